"""The cleaners' fast paths on noisy text equal the slow code they replaced.

tests/clean_slow_reference.py keeps the original code of each path made
faster for noisy pages (per-character loops, per-unit OpenCC calls, a
backtracking scan); here both run on random text drawn from the characters
that matter to the path, on noise-generated damage of clean laws
(:mod:`tests.noise`) and on the seed pages, and must agree exactly:
text, edits and warnings.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corpus_tools.clean import CLEANING_ORDER, layout, mojibake, ruby, script, spam, width
from corpus_tools.ingest import ingest_file
from tests.noise.mojibake import lose_byte
from tests.noise import ruby as ruby_noise
from tests.noise import spam as spam_noise
from tests.noise import width as width_noise
from tests.noise.script import VARIANTS, to_traditional
from tests import clean_slow_reference as slow


def texts(pieces: str | list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    """Text made of the given characters or strings."""
    items = list(pieces) if isinstance(pieces, str) else pieces
    return st.lists(st.sampled_from(items), max_size=max_size).map("".join)


def before_rule(text: str, name: str) -> str:
    """``text`` as the pipeline hands it to rule ``name``."""
    for rule_name, rule in CLEANING_ORDER:
        if rule_name == name:
            return text
        text = rule(text)[0]
    raise KeyError(name)


@pytest.fixture(scope="module")
def seed_texts(seed_paths, raw_dir) -> list[str]:
    return [ingest_file(path, raw_dir).text for path in seed_paths]


@pytest.fixture(scope="module")
def law_excerpts(clean_corpus_files) -> list[str]:
    """Excerpts of 40 clean laws (ingested), a few thousand characters each."""
    out = []
    for path in random.Random(7).sample(sorted(clean_corpus_files), 40):
        text = ingest_file(path, Path(path).parent).text[:3000]
        out.append(text[: text.rfind("\n") + 1] or text)
    return out


# --------------------------------------------------------------------------- script

# Traditional-only, Simplified-only, shared and ambiguous characters, Taiwan and
# Hong Kong forms, stops, newlines.
SCRIPT_PIECES = list("業聯說發展國會關於乾著着説衞綫业联说发会关于后范里干坏示範范") + [
    "。", "；", "，", "\n", "\n\n", " ", "臺灣", "資訊", "顯著", "显著", "二噁英", "隨著", "随着", "工業互聯網",
    "瞭", "解", "答", "覆", "　", "\n- 3 -\n",
]


@settings(max_examples=400, deadline=None)
@given(texts(SCRIPT_PIECES))
def test_convert_traditional_equals_slow_on_random_text(text):
    assert script.convert_traditional(text) == slow.convert_traditional(text)
    assert script.detect_script(text) == slow.detect_script(text)
    assert script.choose_variant(text) == slow.choose_variant(text)


@settings(max_examples=300, deadline=None)
@given(texts(SCRIPT_PIECES), st.integers(0, 60), st.integers(0, 60))
def test_evidence_counts_equal_the_character_scan(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert script._Evidence(text).score(a, b) == slow.score(text[a:b])


@settings(max_examples=300, deadline=None)
@given(texts("甲乙丙丁"), texts("甲乙丙丁"))
def test_difference_helpers_equal_the_loops(x, y):
    assert script._count_differences(x, y) == sum(1 for a, b in zip(x, y) if a != b)
    y = (y + x)[: len(x)]  # equal length
    assert [(i, j, y[i:j]) for i, j in script._equal_length_runs(x, y)] == list(slow.diff_runs_equal_length(x, y))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(texts("甲乙丙丁", 8), texts("甲乙丙丁", 8)), max_size=6))
def test_runs_each_equals_per_unit_runs(pairs):
    befores = [x for x, _ in pairs]
    afters = [(y + x)[: len(x)] for x, y in pairs]
    assert script._runs_each(befores, afters) == [script._equal_length_runs(x, y) for x, y in zip(befores, afters)]


def test_batched_opencc_equals_per_unit_conversion(law_excerpts):
    """One OpenCC call over units joined by newlines == one call per unit."""
    rng = random.Random(3)
    for text in law_excerpts[:20]:
        damaged = to_traditional(text, rng, variant=rng.choice(VARIANTS), slip_rate=0.2)
        units = [u for u in damaged.split("\n") if u]
        for config in ("t2s", "tw2s", "hk2s"):
            assert script._to_simplified_each(config, units) == [script._to_simplified(config, u) for u in units]


@pytest.mark.parametrize("unit", ["page", "paragraph", "sentence"])
def test_convert_traditional_equals_slow_on_generated_damage(law_excerpts, unit):
    rng = random.Random(unit)
    for text in law_excerpts:
        damaged = to_traditional(
            text, rng, variant=rng.choice(VARIANTS), unit=unit, fraction=rng.random(), slip_rate=rng.choice([0, 0.05, 0.3])
        )
        assert script.convert_traditional(damaged) == slow.convert_traditional(damaged)
        assert script.detect_script(damaged) == slow.detect_script(damaged)


def test_convert_traditional_equals_slow_on_seeds(seed_texts):
    for text in seed_texts:
        text = before_rule(text, "traditional_to_simplified")
        assert script.convert_traditional(text) == slow.convert_traditional(text)


# --------------------------------------------------------------------------- layout

LINE_PIECES = list("第一条为了促进发展，。；：）)」  \t\u3000\u00a0\r\u2028abc") + ["第一条", "一、", "附件", "促进发展"]
#: Lines of 0 to ~20 characters, so that many are near the 10-character floor.
WRAPPED = st.lists(texts(LINE_PIECES, 12), max_size=12).map("\n".join)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(WRAPPED)
def test_width_candidate_fast_equals_regex_scan(text):
    def spans(pattern):
        return [(m.span(), m.group()) for m in pattern.finditer(text)]

    assert spans(layout._WIDTH_CANDIDATE_FAST) == spans(layout._WIDTH_CANDIDATE)


# --------------------------------------------------------------------------- mojibake


def _lost_byte_pages(law_excerpts) -> list[str]:
    """Clean law excerpts that lost one or two bytes in GBK (Simplified) or Big5
    (Traditional), the mark folded to ``?`` or kept as U+FFFD."""
    rng = random.Random(11)
    pages = []
    for text in law_excerpts:
        for codec in ("gbk", "big5"):
            page = to_traditional(text, rng, variant="s2t") if codec == "big5" else text
            for _ in range(rng.randint(1, 2)):
                page = lose_byte(page, rng, codec=codec, fold_question_mark=rng.random() < 0.7)
            pages.append(page)
    return pages


def test_gbk_misalignment_equals_uncached_on_generated_damage(law_excerpts):
    pages = _lost_byte_pages(law_excerpts)
    repaired = 0
    for page in pages:
        got = mojibake.fix_gbk_misalignment(page)
        assert got == slow.fix_gbk_misalignment(page)
        repaired += bool(got[1])
    assert repaired >= len(pages) // 4  # the damage does reach the repair


def test_misalignment_choices_equal_uncached_at_every_mark(law_excerpts):
    """The candidate repairs themselves (order, texts, costs, details), run by run."""
    checked = 0
    for page in _lost_byte_pages(law_excerpts)[:30]:
        for m in mojibake._MARKER_RUN.finditer(page):
            end = m.start()
            start = max(page.rfind("\n", 0, end) + 1, end - mojibake._MAX_BACK)
            assert mojibake._misalignment_choices(page, end, start) == slow.misalignment_choices(page, end, start)
            checked += 1
    assert checked > 30


def test_gbk_misalignment_equals_uncached_on_seeds(seed_texts):
    for text in seed_texts:
        assert mojibake.fix_gbk_misalignment(text) == slow.fix_gbk_misalignment(text)


# --------------------------------------------------------------------------- width

WIDTH_PIECES = list(",;:?!().\"'甲乙。（）“０１Ａａ．＠－＋／ 1a\n") + ["https://", "www.", "ｈｔｔｐｓ：／／", "ｗｗｗ．", "@163.com", "(一)"]


@settings(max_examples=500, deadline=None)
@given(texts(WIDTH_PIECES))
@example("甲. 甲")  # (the reference wrote ``甲。 甲``: a ``.`` before a blank ends a sentence only after a clause)
@example("1(Ａ),甲")  # (the reference wrote ``1（A）``: the brackets of notation stay ASCII, F20-A5)
@example("甲乙甲乙甲乙, 甲乙甲乙甲乙, 甲")  # (blanks after marks that end clauses: removed, F20-B4)
def test_normalize_width_equals_edit_applying_passes(text):
    assert width.normalize_width(text) == slow.normalize_width(text)


def test_the_reference_keeps_a_full_stop_before_a_blank_as_the_rule_does():
    """Session 22: the slow reference lagged the rule on ``甲. 甲`` (it wrote ``。``), so the property test
    above could fail on that draw; both keep the ``.`` (no clause before it: one Han character)."""
    assert width.normalize_width("甲. 甲")[0] == "甲. 甲" == slow.normalize_width("甲. 甲")[0]
    assert width.normalize_width("本批示自公布翌日起生效. 二零一零年")[0] == "本批示自公布翌日起生效。 二零一零年"
    assert slow.normalize_width("本批示自公布翌日起生效. 二零一零年") == width.normalize_width("本批示自公布翌日起生效. 二零一零年")


def test_normalize_width_equals_slow_on_generated_damage(law_excerpts):
    rng = random.Random(5)
    changed = 0
    for text in law_excerpts:
        damaged = width_noise.asciify_punctuation(text, rng, rate=rng.random())
        damaged = width_noise.widen_alphanumerics(damaged, rng)
        damaged = width_noise.widen_contacts(damaged, rng)
        got = width.normalize_width(damaged)
        assert got == slow.normalize_width(damaged)
        changed += bool(got[1])
    assert changed >= len(law_excerpts) // 2


def test_normalize_width_equals_slow_on_seeds(seed_texts):
    for text in seed_texts:
        text = before_rule(text, "width")
        assert width.normalize_width(text) == slow.normalize_width(text)


# --------------------------------------------------------------------------- ruby

RUBY_PIECES = list("马鞍山市略行款件额互聯儿（）()一") + ["(an)", "(ma)", "(lve)", "(lüè)", "(hu)", "（hang）", "(xing2)", "(A)", "(E)", "(APP)", "(Ma)", "(r)", "(de0)", "(an"]


@settings(max_examples=500, deadline=None)
@given(texts(RUBY_PIECES))
def test_remove_ruby_pinyin_equals_slow_on_random_text(text):
    assert ruby.remove_ruby_pinyin(text) == slow.remove_ruby_pinyin(text)


def test_remove_ruby_pinyin_equals_slow_on_generated_damage(law_excerpts):
    rng = random.Random(9)
    removed = 0
    for text in law_excerpts:
        damaged = ruby_noise.add_ruby(
            text, rng, rate=rng.choice([0.1, 0.3]), stack_rate=0.3, heteronym_rate=0.2, capital_rate=0.2, digit_rate=0.2
        )
        got = ruby.remove_ruby_pinyin(damaged)
        assert got == slow.remove_ruby_pinyin(damaged)
        removed += len(got[1])
    assert removed > 100


def test_remove_ruby_pinyin_equals_slow_on_seeds(seed_texts):
    for text in seed_texts:
        text = before_rule(text, "ruby_pinyin")
        assert ruby.remove_ruby_pinyin(text) == slow.remove_ruby_pinyin(text)


# --------------------------------------------------------------------------- spam

#: Pieces of spam anchors and of law text around them.
SPAM_EXTRA = ["188金宝博", "365体育", "彩金博鱼", "kaiyun", ".com", "设立博物馆", "九游会", "leyu", "平台", "下载", "。", "，"]
REPEAT_PIECES = ["万博", "开云", "体育", "娱乐", "_", "-", " ", "丨", "APP", "官方网站", "manbetx", "v2.1", "(中国)", "的", "规定", "\n", "金宝博"]


#: A brand of 1 to 5 Han characters written twice around a separator (the
#: repeated-brand shape), with text before, between and after.
REPEATED = st.builds(
    lambda head, brand, cats, sep, mid, tail: f"{head}{brand}{cats[0]}{mid}{sep}{brand}{cats[1]}{tail}",
    texts(REPEAT_PIECES, 6),
    texts("万博开云金宝的规定设立", 5),
    st.tuples(st.sampled_from(["体育", "娱乐"]), st.sampled_from(["体育", "娱乐"])),
    texts("_- 丨·", 3),
    texts(["APP", "官方网站", "v2.1", "(中国)", "", "manbetx"], 2),
    texts(REPEAT_PIECES, 6),
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts(REPEAT_PIECES), REPEATED), st.integers(0, 60), st.integers(0, 60))
def test_repeated_brands_equal_the_scan(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    for lo, hi in ((0, len(text)), (a, b)):
        want = [(m.span(), m.group()) for m in spam.REPEATED_BRAND_RE.finditer(text, lo, hi)]
        assert [(m.span(), m.group()) for m in spam._repeated_brands(text, lo, hi)] == want


@settings(max_examples=300, deadline=None)
@given(texts(REPEAT_PIECES + SPAM_EXTRA))
def test_find_spam_anchors_equals_slow_on_random_text(text):
    assert spam.find_spam_anchors(text) == slow.find_spam_anchors(text)


def test_remove_spam_anchors_equals_slow_on_generated_damage(law_excerpts):
    rng = random.Random(13)
    removed = 0
    for text in law_excerpts:
        damaged, _ = spam_noise.inject_spam_lines(text, rng, n=rng.randint(1, 4))
        damaged, _ = spam_noise.glue_leading_junk(damaged, rng)
        damaged, _ = spam_noise.glue_trailing_junk(damaged, rng)
        replaced = spam_noise.replace_word(damaged, rng)
        if replaced is not None:
            damaged = replaced[0]
        got = spam.remove_spam_anchors(damaged)
        assert got == slow.remove_spam_anchors(damaged)
        removed += len(got[1])
    assert removed >= len(law_excerpts)


def test_remove_spam_anchors_equals_slow_on_seeds(seed_texts):
    for text in seed_texts:
        text = before_rule(text, "spam_anchor")
        assert spam.remove_spam_anchors(text) == slow.remove_spam_anchors(text)


BREAK_PIECES = list("。；！？，甲 \t\u3000\u00a0\n\r\u2028\u0085\x1c") + ["\n\n", "。\n", "。\n\n", "；\u3000\n"]


@settings(max_examples=500, deadline=None)
@given(texts(BREAK_PIECES))
def test_paragraph_break_counts_equal_regex_scans(text):
    assert layout._FINAL_THEN_BLANK_FAST.findall(text) == layout._FINAL_THEN_BLANK.findall(text)
    assert layout._FINAL_THEN_LINE_FAST.findall(text) == layout._FINAL_THEN_LINE.findall(text)


@settings(max_examples=500, deadline=None)
@given(texts(WIDTH_PIECES + ["\u3000", "《", "》", "…", "—", "“", "𠀀", "ａ"]))
def test_width_changes_equal_regex_matches(text):
    """The single-character passes read the neighbours from a memo: same changes."""
    assert width._changes(text) == slow.width_changes(text)
