"""Ruby-style pinyin: case table, seed 004, properties, clean corpus."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean.rules import RUBY_PINYIN as RULE
from corpus_tools.clean.ruby import remove_ruby_pinyin
from corpus_tools.clean.edits import apply_edits
from tests.noise.ruby import add_ruby
from tests.conftest import case_params, load_cases

CASES = load_cases("ruby")

#: Seed-like clean law text, Simplified and Traditional, with genuine parentheses.
LAW = (
    "关于《马鞍山市工业互联网创新发展行动计划(2021-2023年)》的起草说明\n"
    "(一)文件起草。在此基础上起草《若干政策》(初稿)和《行动计划》(初稿)。\n"
    "第一条(立法目的) 为了促进智能制造发展，推动制造业高质量发展，制定本条例。\n"
    "第二条 本市建设5G网络(含APP)和工业互联网平台，成立咨询委员会(以下简称咨询委)。\n"
    "第三条 银行、重要行业的绿色发展战略，由市人民政府统筹（试行）。\n"
    "為深入實施工業互聯網創新發展戰略,推動工業互聯網賦能智造名城建設,促進工業轉型升級。\n"
)

# Independent count of ruby groups: a bracketed run of lowercase ASCII letters.
GROUP = re.compile(r"[（(][a-z]+[)）]")
GENUINE = re.compile(r"[（(][^()（）]*[^a-z()（）][^()（）]*[)）]")


@pytest.mark.parametrize(
    "case",
    case_params(CASES),
)
def test_case_table(case):
    text, edits, warnings = remove_ruby_pinyin(case["original"])
    assert text == case["fixed"]
    assert apply_edits(case["original"], edits) == text
    assert len(warnings) == case["warnings"]
    assert all(w.rule == RULE for w in warnings)


def test_case_table_has_both_kinds():
    negatives = [c for c in CASES if c["original"] == c["fixed"]]
    positives = [c for c in CASES if c["original"] != c["fixed"]]
    assert len(negatives) >= 10 and len(positives) >= 10


def test_stack_is_one_edit():
    text, edits, _ = remove_ruby_pinyin("互(hu)(hu)(hu)聯(lian)(lian)網")
    assert text == "互聯網"
    assert [(e.before, e.after) for e in edits] == [("(hu)(hu)(hu)", ""), ("(lian)(lian)", "")]
    assert all(e.rule == RULE and "互" in edits[0].detail for e in edits)


def test_seed_004(raw_dir):
    raw = (raw_dir / "004_1a32719b4d74e475.txt").read_text(encoding="utf-8")
    text, edits, warnings = remove_ruby_pinyin(raw)
    before = len(GROUP.findall(raw))
    assert before == 327, "the seed's own count (NOISE.md)"
    assert len(GROUP.findall(text)) == 0
    removed = sum(len(GROUP.findall(e.before)) for e in edits)
    assert removed == 327
    assert "".join(e.before for e in edits) == "".join(GROUP.findall(raw))
    assert not warnings
    # No genuine parenthesis lost: the same genuine groups, in the same order.
    assert GENUINE.findall(text) == GENUINE.findall(GROUP.sub("", raw))
    for genuine in ("(2021-2023年)", "(初稿)", "(一)", "(2021—2023年)"):
        assert text.count(genuine) >= 1, genuine
    assert "馬鞍山" in text and "(2021-2023年(nian))" not in text
    assert apply_edits(raw, edits) == text


def test_other_seeds_unchanged(seed_paths):
    for path in seed_paths:
        if path.name.startswith("004"):
            continue
        raw = path.read_text(encoding="utf-8")
        assert remove_ruby_pinyin(raw) == (raw, [], []), path.name


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), rate=st.floats(0.05, 1.0))
def test_clean_corrupt_roundtrip(seed, rate):
    rng = random.Random(seed)
    corrupted = add_ruby(LAW, rng, rate=rate, stack_rate=0.3, fullwidth_rate=0.4, heteronym_rate=0.2)
    text, edits, warnings = remove_ruby_pinyin(corrupted)
    assert text == LAW
    assert apply_edits(corrupted, edits) == text
    assert remove_ruby_pinyin(text) == (text, [], [])  # idempotent
    assert not warnings


@settings(max_examples=30, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("马鞍山市行重略(（)）anhulveg1 2APP")), max_size=40))
def test_replay_and_idempotence_on_arbitrary_text(text):
    out, edits, _ = remove_ruby_pinyin(text)
    assert apply_edits(text, edits) == out
    assert remove_ruby_pinyin(out)[0] == out


@pytest.mark.slow
def test_clean_corpus_unchanged_and_throughput(clean_corpus_files):
    texts = [p.read_text(encoding="utf-8") for p in clean_corpus_files]
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.process_time()
    changed = [p.name for p, t in zip(clean_corpus_files, texts) if remove_ruby_pinyin(t)[0] != t]
    elapsed = time.process_time() - start
    assert len(texts) == 1911
    assert changed == []
    print(f"ruby_pinyin: {len(texts)} files, {size / 1e6:.1f} MB, {size / 1e6 / elapsed:.1f} MB/s")


@pytest.mark.slow
def test_clean_corpus_roundtrip_sample(clean_corpus_files):
    rng = random.Random(4)
    for path in rng.sample(clean_corpus_files, 40):
        text = path.read_text(encoding="utf-8")
        start = rng.randrange(max(1, len(text) - 2000))
        clean = text[start : start + 2000]
        corrupted = add_ruby(clean, rng, rate=0.3, stack_rate=0.2, heteronym_rate=0.1)
        assert remove_ruby_pinyin(corrupted)[0] == clean, path.name


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), rate=st.floats(0.05, 1.0))
def test_capitalised_and_tone_digit_ruby_roundtrip(seed, rate):
    """Variants the benchmark may use: (Ma), ma3, de0, on Simplified and Traditional text."""
    rng = random.Random(seed)
    corrupted = add_ruby(LAW, rng, rate=rate, stack_rate=0.3, fullwidth_rate=0.4, capital_rate=0.5, digit_rate=0.5)
    text, edits, warnings = remove_ruby_pinyin(corrupted)
    assert text == LAW
    assert apply_edits(corrupted, edits) == text
    assert not warnings


def test_shipped_syllables_match_the_installed_pypinyin():
    """resources/pinyin_syllables.txt is what scripts/build_pinyin_syllables.py computes
    from the installed pypinyin (regenerate it with that script on an upgrade)."""
    from corpus_tools.clean.ruby import SYLLABLES_FILE, compute_valid_syllables, render_syllables, valid_syllables

    computed = compute_valid_syllables()
    assert SYLLABLES_FILE.read_text(encoding="utf-8") == render_syllables(computed)
    assert valid_syllables() == computed


def test_every_reading_is_a_valid_syllable_its_yu_spelling_or_erhua():
    """readings() holds the syllables of pypinyin's dictionary and nothing else but
    the ``yu`` spelling of ``ü`` (``lyue``) and erhua ``r``."""
    from corpus_tools.clean.ruby import _pinyin_dict, readings, valid_syllables

    allowed = valid_syllables() | {"r"} | {s.replace("v", "yu") for s in valid_syllables()}
    chars = [chr(code) for code in list(_pinyin_dict())[::7]] + list("儿兒乾干略行鞍款")
    assert all(readings(ch) <= allowed for ch in chars)


def test_shipped_romanised_syllables_match_the_installed_pypinyin():
    from corpus_tools.clean.ruby import OTHER_SYLLABLES_FILE, compute_other_syllables, render_syllables

    assert OTHER_SYLLABLES_FILE.read_text(encoding="utf-8") == render_syllables(compute_other_syllables())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="（()）[]【】〔〕{}「」aAüÜǎ1中 ", max_size=12))
def test_fast_gate_lets_every_candidate_through(text):
    """The gate is exact in the direction that matters: a text holding a candidate passes it."""
    from corpus_tools.clean.ruby import _GATE, CANDIDATE_RE

    if CANDIDATE_RE.search(text):
        assert _GATE.search(text)


def test_pinyin_dictionary_read_from_its_file_equals_pypinyins_module():
    """_pinyin_dict reads pypinyin's JSON file directly (no package import, no phrase dictionary):
    it must be exactly the dictionary pypinyin's own module exposes."""
    from pypinyin.pinyin_dict import pinyin_dict

    from corpus_tools.clean.ruby import _pinyin_dict

    assert _pinyin_dict() == pinyin_dict


def test_ruby_rule_does_not_import_pypinyin():
    """The rule needs only the character dictionary: importing pypinyin costs 0.7 s and 55 MB per worker."""
    code = (
        "import sys\n"
        "from corpus_tools.clean.ruby import remove_ruby_pinyin\n"
        "assert remove_ruby_pinyin('馬鞍(an)山')[0] == '馬鞍山'\n"
        "print('pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_shipped_s2t_forms_match_the_installed_opencc():
    """resources/s2t_forms.txt is what scripts/build_pinyin_syllables.py computes from the installed
    OpenCC (every code point converted with ``s2t``), and each character's form read there is what
    OpenCC gives for that character alone (all of the table's characters, and a sample of the rest)."""
    import random

    from corpus_tools.clean.ruby import S2T_FORMS_FILE, _s2t_form, _shipped_s2t_forms, compute_s2t_forms, render_s2t_forms
    from corpus_tools.clean.script import _convert

    computed = compute_s2t_forms()
    assert S2T_FORMS_FILE.read_text(encoding="utf-8") == render_s2t_forms(computed)
    assert _shipped_s2t_forms() == computed and len(computed) > 4000
    rng = random.Random(20)
    others = [chr(code) for code in (rng.randrange(0x3400, 0x30000) for _ in range(3000)) if not 0xD800 <= code < 0xE000]
    sample = list(computed) + others + list("马馬干乾后後a\n\r\u2028")
    assert [_s2t_form(c) for c in sample] == [_convert("s2t", c) for c in sample]


def test_cleaning_a_ruby_page_builds_no_s2t_converter(raw_dir):
    """Seed 004 (ruby on Traditional and Simplified characters) reads the characters' counterparts
    from the shipped forms: OpenCC's ``s2t`` dictionaries (0.06 CPU-s) are never loaded."""
    seed = sorted(raw_dir.glob("004_*.txt"))[0]
    code = (
        "import json, opencc\n"
        "made = []\n"
        "class Spy(opencc.OpenCC):\n"
        "    def __init__(self, config='t2s'):\n"
        "        made.append(config); super().__init__(config)\n"
        "opencc.OpenCC = Spy\n"
        "from pathlib import Path\n"
        "from corpus_tools.dataset.restore import clean_alone\n"
        "from corpus_tools.ingest import ingest_file\n"
        f"path = Path({str(seed)!r})\n"
        "edits = clean_alone(ingest_file(path, path.parent)).edits\n"
        "print(json.dumps([made, sum(e.rule == 'ruby_pinyin' for e in edits)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    made, ruby = json.loads(out.splitlines()[-1])
    assert ruby > 50  # the ruby was removed
    assert "s2t" not in made, made
