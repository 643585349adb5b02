"""Corpus-level restoration of words replaced by spam anchors."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean import clean
from corpus_tools.dataset.restore import MIN_CONFIDENCE, Gap, collect_gaps, resolve_gaps
from corpus_tools.clean.furniture import remove_site_furniture
from corpus_tools.clean.spam import remove_spam_anchors
from tests.noise import spam as noise

RAW = Path(__file__).resolve().parent.parent / "raw"


def read_seed(prefix: str) -> str:
    path = next(RAW.glob(prefix + "_*.txt"))
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def test_seed_000_restores_public_service_everywhere():
    raw = read_seed("000")
    text, _, _ = remove_site_furniture(raw)
    first, edits, warnings = remove_spam_anchors(text)
    gaps = collect_gaps("000", edits)
    assert len(gaps) == 4 and len(warnings) == 4
    assert [e.gap for e in edits if e.gap] == ["unresolved"] * 4  # the outcome is a field, not JSON to search
    pages = [("001", read_seed("001")), ("002", read_seed("002")), ("000", first)]
    restorations = resolve_gaps(gaps, pages)["000"]
    assert {r.word for r in restorations.values()} == {"公共服务"}
    assert all(r.confidence >= 0.4 and r.evidence for r in restorations.values())
    final, edits2, warnings2 = remove_spam_anchors(text, restorations=restorations)
    assert final.count("公共服务") == first.count("公共服务") + 4
    assert "第三十二条(公共服务平台)" in final
    assert "建设智能制造公共服务平台,支持" in final
    assert "提升公共服务能力。" in final
    assert "安全保障、公共服务等方面" in final
    assert "万博" not in final and "manbetx" not in final.lower()
    assert "扫一扫" not in final
    assert not warnings2
    assert all(json.loads(e.detail)["restored"] == "公共服务" for e in edits2)
    assert [e.gap for e in edits2] == ["restored"] * 4


def test_seed_000_mirrored_many_times_still_restores():
    """Mirrors of the same pages are one witness each, not hundreds.

    With every seed page copied 60 times (a scrape of mirror sites), the weak
    matches elsewhere in seeds 001-003 used to add up, copy by copy, to the
    certainty of the strong one and turned every gap into a conflict.
    """
    raw = read_seed("000")
    text, _, _ = remove_site_furniture(raw)
    first, edits, _ = remove_spam_anchors(text)
    cleaned = {seed: clean(read_seed(seed)) for seed in ("001", "002", "003")}  # as the build scans them
    gaps, pages = [], []
    for copy in range(60):
        gaps += collect_gaps(f"m{copy}/000", edits)
        pages += [(f"m{copy}/{seed}", cleaned[seed]) for seed in ("001", "002", "003")] + [(f"m{copy}/000", first)]
    mirrored = resolve_gaps(gaps, pages)
    alone = resolve_gaps(collect_gaps("000", edits), [(name.split("/")[1], page) for name, page in pages[:4]])["000"]
    assert len(mirrored) == 60
    for copy in range(60):
        restorations = mirrored[f"m{copy}/000"]
        assert {start: r.word for start, r in restorations.items()} == {start: r.word for start, r in alone.items()}
        assert {r.word for r in restorations.values()} == {"公共服务"}


def test_identical_passages_count_as_one_witness():
    gaps = [Gap("a", 10, "万博体育", "鼓励高等院校建设智能制造", "平台，支持标准验证")]
    strong = [("b", "鼓励高等院校建设智能制造公共服务平台，支持标准验证。")]
    weak = [(f"mirror{i}", "另行规定。鼓励建设智能制造创新协同平台，其他事项。") for i in range(40)]
    restoration = resolve_gaps(gaps, strong + weak)["a"][10]
    assert restoration.word == "公共服务"
    different = [(f"law{i}", f"第{i}条 鼓励建设智能制造创新协同平台，其他事项。") for i in range(40)]
    assert not resolve_gaps(gaps, strong + different)["a"][10].resolved  # independent passages still count


def test_no_evidence_leaves_unresolved_gap():
    gaps = [Gap("a", 2, "万博体育", "提升", "能力。")]
    assert resolve_gaps(gaps, [("b", "第一条 本条例自公布之日起施行。")]) == {}


def test_conflicting_words_are_recorded_not_restored():
    gaps = [Gap("a", 10, "万博体育", "鼓励高等院校建设智能制造", "平台，支持标准验证")]
    pages = [
        ("b", "鼓励高等院校建设智能制造公共服务平台，支持标准验证。"),
        ("c", "鼓励高等院校建设智能制造创新协同平台，支持标准验证。"),
    ]
    restoration = resolve_gaps(gaps, pages)["a"][10]
    assert not restoration.resolved
    text, edits, warnings = remove_spam_anchors(
        "鼓励高等院校建设智能制造万博体育manbetx平台，支持标准验证。", restorations={12: restoration}
    )
    assert "万博" not in text and json.loads(edits[0].detail)["gap"] == "conflict" and warnings
    assert edits[0].gap == "conflict"


def test_traditional_ascii_context_matches_simplified_fullwidth_text():
    gaps = [Gap("a", 0, "開雲體育", "數據管理等服務,提升", "能力。鼓勵第三方")]
    pages = [("b", "咨询诊断、数据管理等服务，提升公共服务能力。鼓励第三方机构开展评估。")]
    restoration = resolve_gaps(gaps, pages)["a"][0]
    assert restoration.word == "公共服务" and restoration.confidence >= MIN_CONFIDENCE


def test_same_anchor_on_page_propagates_with_lower_confidence():
    gaps = [
        Gap("a", 10, "开云体育kaiyun", "鼓励高等院校建设智能制造", "平台，支持标准验证"),
        Gap("a", 90, "开云体育kaiyun", "第三十二条(", "平台)"),
    ]
    pages = [("b", "鼓励高等院校建设智能制造公共服务平台，支持标准验证。")]
    result = resolve_gaps(gaps, pages)["a"]
    assert result[90].word == "公共服务"
    assert result[90].confidence < result[10].confidence
    assert result[90].evidence[0]["same_anchor_as"] == 10


def test_reference_corpus_is_used():
    gaps = [Gap("a", 3, "万博体育", "本市推动", "高质量发展，提升")]
    reference = ["本市推動製造業高質量發展，提升產業競爭力。"]
    assert resolve_gaps(gaps, [], reference_texts=reference)["a"][3].word == "制造业"


def test_gap_itself_is_not_evidence():
    # pass 1 left the gap empty: 提升 + 能力 adjacent must not yield a word
    gaps = [Gap("a", 2, "万博体育", "数据管理等服务，提升", "能力。鼓励第三方")]
    assert resolve_gaps(gaps, [("a", "数据管理等服务，提升能力。鼓励第三方。")]) == {}


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_generated_replacement_restored_from_other_page(seed):
    rng = random.Random(seed)
    law = (
        "第二十六条 鼓励行业协会、产业园区、高等院校、科研机构等建设智能制造公共服务平台，支持智能制造标准试验验证平台"
        "提供试验验证、检验检测等服务，提升公共服务能力。\n第二十七条 市人民政府应当加强统筹协调，完善工作机制。\n"
    )
    dirty, rep = noise.replace_word(law, rng)
    first, edits, _ = remove_spam_anchors(dirty)
    gaps = collect_gaps("p", edits)
    assert len(gaps) == len(rep.positions)
    restorations = resolve_gaps(gaps, [("p", first), ("other", law)]).get("p", {})
    final, _, _ = remove_spam_anchors(dirty, restorations=restorations)
    assert final == law
