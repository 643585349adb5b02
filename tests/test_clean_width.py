"""Width rule: case table, properties, seed 000 and the clean corpus."""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings, strategies as st

from corpus_tools.clean.mojibake import COMMON_CHARS
from corpus_tools.clean.width import ASCII_PUNCT_BETWEEN_CJK_RE, CJK, normalize_width
from corpus_tools.clean.edits import apply_edits
from tests.noise import width as noise
from tests.conftest import load_cases

CASES = load_cases("width")


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["expect"] == "fail" else c for c in CASES],
    ids=[c["label"] for c in CASES],
)
def test_case_table(case: dict) -> None:
    out, edits, _ = normalize_width(case["original"])
    assert out == case["fixed"]
    assert all(e.rule == "width" for e in edits)


def test_seed_000_gets_chinese_punctuation(raw_dir: Path) -> None:
    text = (raw_dir / "000_ea6fb625b322cb0c.txt").read_text(encoding="utf-8")
    out, edits, _ = normalize_width(text)
    assert not ASCII_PUNCT_BETWEEN_CJK_RE.search(out)
    for kept in ("0519-85681627", "zqyjfk@163.com", "2024年11月15日", "1.信函", "213022"):
        assert kept in out
    assert "第一条（立法目的）为了促进智能制造高质量发展，" in out
    assert all(len(e.before) == 1 or regex.fullmatch(r"[０-９Ａ-Ｚａ-ｚ]+", e.before) for e in edits)


SENTENCES = [
    "第一条　为了促进智能制造高质量发展，根据有关法律、法规，结合本市实际，制定本条例。",
    "（一）遴选梳理智能制造典型场景，总结“十三五”时期实践经验；",
    "发送至0519-85681627；请在首页注明“促进智能制造发展立法建议”字样。",
    "本条例自2021年11月1日起施行，是否符合规定？请说明！",
    "推动5G、Wi-Fi等新型基础设施建设（2021-2023年），详见https://flk.npc.gov.cn/detail?id=1。",
]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(COMMON_CHARS[:300] + "0123456789AZaz０９Ａｚ．％,.;:?!()\"' \n@/-"), max_size=80))
def test_idempotent_and_replayable(text: str) -> None:
    out, edits, warnings = normalize_width(text)
    assert apply_edits(text, edits) == out
    again, more, reported = normalize_width(out)
    assert (again, more) == (out, [])
    # (a ``?`` kept for a lost character is kept, and reported, again: same places)
    assert [w.position for w in reported] == [w.position for w in warnings]
    assert all(text[e.start : e.end] == e.before for e in edits)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SENTENCES), st.randoms(use_true_random=False))
def test_width_swaps_are_recovered(text: str, rng: random.Random) -> None:
    assert normalize_width(text)[0] == text  # the samples are fixpoints
    damaged = noise.widen_alphanumerics(noise.asciify_punctuation(text, rng), rng)
    assert normalize_width(damaged)[0] == text


@pytest.mark.slow
def test_clean_corpus_only_width_of_punctuation_in_cjk_context(clean_corpus_files: list[Path]) -> None:
    """The width rule changes, in the clean corpus, only ASCII punctuation in
    CJK context (to its full-width form) and full-width digits (to ASCII)."""
    texts = [p.read_text(encoding="utf-8") for p in clean_corpus_files]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.process_time()
    results = [normalize_width(t) for t in texts]
    speed = megabytes / (time.process_time() - start)
    by_char: Counter[str] = Counter()
    between = one_sided = 0
    allowed = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。"}
    cjk = regex.compile(CJK)
    for text, (_, edits, _) in zip(texts, results):
        for e in edits:
            by_char[f"{e.before}->{e.after}"] += 1
            if regex.fullmatch(r"[０-９Ａ-Ｚａ-ｚ]+", e.before):
                assert e.after == e.before.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B)})
                continue
            assert e.before in allowed or e.before == '"', e
            assert e.after in (allowed.get(e.before), "“", "”"), e
            left = cjk.fullmatch(text[e.start - 1]) if e.start else None
            right = cjk.fullmatch(text[e.end]) if e.end < len(text) else None
            if left and right:
                between += 1
            else:
                one_sided += 1
                assert e.before in "();:\".,", e  # line-final ; : . and item brackets
    changed = sum(1 for _, edits, _ in results if edits)
    print(f"\nwidth on the clean corpus: {speed:.1f} MB/s, {changed} files changed, "
          f"{between} between CJK, {one_sided} touching CJK on one side, {dict(by_char.most_common())}")
    assert not any(ASCII_PUNCT_BETWEEN_CJK_RE.search(out) for out, _, _ in results)


CONTACT_LINE = (
    "联系电话：0519-85681627，电子邮箱：zqyjfk@163.com；网址：https://www.gov.cn/zhengce/2021-11/01/content_5648.htm，"
    "传真：（0551）62999999。"
)


@settings(max_examples=40, deadline=None)
@given(st.randoms(use_true_random=False), st.floats(0.2, 1.0))
def test_fullwidth_contacts_and_ascii_punctuation_are_recovered(rng: random.Random, rate: float) -> None:
    """Full-width URLs, e-mail addresses and phone numbers, with ASCII punctuation
    around them (decided again on the changed text): back to the clean line."""
    to_ascii = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"}
    damaged = "".join(
        to_ascii[ch] if ch in to_ascii and rng.random() < rate else ch for ch in noise.widen_contacts(CONTACT_LINE, rng, rate)
    )
    assert normalize_width(damaged)[0] == CONTACT_LINE


def _width_length(text: str) -> int:
    return len(normalize_width(text)[0])


@pytest.mark.parametrize("pattern", ["参考文献\n本市,区\n", "[1]甲,乙.丙[J].\n本市,区\n"])
def test_reference_spans_are_linear(pattern):
    """Each 参考文献 heading looked for the next part's heading from its own position: 32,000
    headings (320,000 characters) took 68 CPU-s; one scan of the parts now, about 0.1 s."""
    from tests.test_hostile import bounded

    text = pattern * (320_000 // len(pattern))
    assert bounded(_width_length, text, seconds=20) == len(text)
