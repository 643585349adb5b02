"""The completeness findings (``line_breaks_lost``, ``truncated``) on the real pages that showed the
damage, and on complete texts that must carry none.

Field test 8b: F8B-C4 (truncated laws built as complete, no finding; tests/real_pages/truncated/SOURCE.md)
and F8B-G2 (a crawler's dump without line breaks, no finding; tests/real_pages/gccmpd/SOURCE.md).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.ingest import ingest_file
from corpus_tools.validation.completeness import lost_line_breaks, truncated
from corpus_tools.validation.quality import CHECK_NAMES
from tests.conftest import SHARED

REAL = Path(__file__).parent / "real_pages"


def _build(out: Path, *sources: Path) -> dict[str, list[dict]]:
    raw = out / "raw"
    raw.mkdir(parents=True)
    for path in sources:
        (raw / path.name).write_bytes(path.read_bytes())
    summary = build(raw, out / "build", progress=False)
    assert summary.outcome == "ok", summary.render()  # the validation gate: stored findings match the data
    rows: dict[str, list[dict]] = {}
    for config in ("documents", "articles", "findings"):
        for path in sorted((out / "build" / "data").glob(f"{config}-*.parquet")):
            for row in pq.read_table(path).to_pylist():
                rows.setdefault(config + ":" + Path(row["source_file"]).name, []).append(row)
    return rows


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    folder = REAL / "truncated"
    gccmpd = REAL / "gccmpd"
    return _build(tmp_path_factory.mktemp("complete"), *sorted(p for p in folder.iterdir() if p.name != "SOURCE.md"),
                  gccmpd / "03_2005.txt", gccmpd / "jianbiaoku_7594_218145.txt")


def _checks(built: dict, name: str) -> dict[str, str]:
    return {f["check"]: f["excerpt"] for f in built.get("findings:" + name, [])}


def test_the_checks_are_registered():
    assert {"line_breaks_lost", "truncated"} <= set(CHECK_NAMES)


def test_a_law_cut_after_its_seventh_chapter_is_truncated(built):
    """长江保护法 as law-cn-ai has it: 79 articles, chapters 一…七, no 法律责任, no 附则, no 施行 anywhere."""
    (law,) = built["documents:changjiang_2020.mdx"]
    assert "truncated" in law["findings"]
    assert "第七章 保障与监督" in _checks(built, "changjiang_2020.mdx")["truncated"]
    assert len(built["articles:changjiang_2020.mdx"]) == 79  # nothing invented, nothing dropped


def test_an_amendment_that_stops_inside_its_quotation_is_truncated(built):
    (amendment,) = built["documents:constitution_amendment_1988.md"]
    assert amendment["findings"] == ["truncated"]
    assert _checks(built, "constitution_amendment_1988.md")["truncated"].startswith("ends inside an open quotation")


def test_a_complete_law_without_final_chapter_that_states_its_commencement_is_not(built):
    (law,) = built["documents:npc_organic_law_2021.txt"]
    assert law["findings"] == []


def test_restored_line_breaks_leave_no_finding_and_unproved_ones_do(built):
    regulation = [d for d in built["documents:03_2005.txt"] if d["title"] == "电力监管条例"]
    assert regulation and all("line_breaks_lost" not in d["findings"] for d in built["documents:03_2005.txt"])
    (scrambled,) = built["documents:jianbiaoku_7594_218145.txt"]
    assert "line_breaks_lost" in scrambled["findings"]
    assert "labels after sentence ends" in _checks(built, "jianbiaoku_7594_218145.txt")["line_breaks_lost"]


def test_paragraphs_run_together_in_a_notice_are_found():
    """06_1980-like: after the head and the items are split, the notice's prose paragraphs are one line
    (here the real 02_1987 record, with the rule's output read back: its first paragraph is 478
    characters, so the whole record as the crawler stored it stands for the case)."""
    raw = (REAL / "gccmpd" / "02_1987.txt").read_text(encoding="utf-8")
    assert lost_line_breaks(raw).startswith("a line of 2387 characters holds")


@pytest.mark.parametrize("title, text", [
    ("某某条例", "第一章 总则\n第一条 为了规范管理，制定本条例。\n第二章 附则\n第二条 本条例自2020年1月1日起施行。"),
    ("国务院关于某事的通知", "各省、自治区、直辖市人民政府：\n现将有关事项通知如下：\n一、加强领导。\n国务院\n2020年1月1日"),
    ("某某办法", "第一条 为了规范管理，制定本办法。\n第二条 本办法所称“公共场所”，是指向公众开放的场所。"),
    ("某某表", "附件：\n申请表\n备注："),  # a form's field label is no cut sentence
])
def test_complete_texts_are_not_truncated(title, text):
    assert truncated(title, text) is None


@pytest.mark.skipif(not (SHARED / "real").is_dir(), reason="../shared/real is not beside the checkout")
@pytest.mark.parametrize("folder", ["govcn", "bjtcm"])
def test_real_pages_carry_none_of_the_findings(folder):
    root = SHARED / "real" / folder
    for path in sorted(root.iterdir()):
        try:
            page = ingest_file(path, root)
        except Exception:  # noqa: BLE001 - a page ingest refuses is no text to test here
            continue
        assert lost_line_breaks(page.text) is None, path.name


def test_a_hole_whose_label_occurs_elsewhere_is_article_numbers_contiguous(tmp_path):
    """The existing check names the gap on a real page that lost an article whose label still occurs
    (长江保护法 with its 第七十八条 cut, a cross-reference to it left in)."""
    text = (REAL / "truncated" / "changjiang_2020.mdx").read_text(encoding="utf-8")
    start = text.index("第七十八条")
    text = text[:start] + text[text.index("第七十九条"):] + "\n依照第七十八条的规定。\n"
    source = tmp_path / "changjiang_mention.mdx"
    source.write_text(text, encoding="utf-8")
    rows = _build(tmp_path / "out", source)
    checks = {f["check"]: f["excerpt"] for f in rows["findings:changjiang_mention.mdx"]}
    assert checks["article_numbers_contiguous"] == "第七十九条 follows 77: 78 missing"


def test_a_hole_whose_label_is_nowhere_is_declared_not_found(tmp_path):
    """Without the cross-reference the structure declares the hole (numbering_gaps, the source's own
    numbering as the structure stage reads it) and no check fires: recorded, not flagged (see the report)."""
    text = (REAL / "truncated" / "changjiang_2020.mdx").read_text(encoding="utf-8")
    start = text.index("第七十八条")
    source = tmp_path / "changjiang_gap.mdx"
    source.write_text(text[:start] + text[text.index("第七十九条"):], encoding="utf-8")
    rows = _build(tmp_path / "out", source)
    (law,) = rows["documents:changjiang_gap.mdx"]
    assert law["numbering_gaps"] == [78]
    assert "article_numbers_contiguous" not in {f["check"] for f in rows["findings:changjiang_gap.mdx"]}
