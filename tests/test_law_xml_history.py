"""The history (<沿革內容>) of Taiwan's law database XML: one record per line, never an article, and its first
record as the law's publication date and issuer.  Real laws in tests/real_pages/moj_xml (see SOURCE.md)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_bytes
from corpus_tools.law_xml import article_label, enactment, history_lines
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.metadata import simplify

MOJ = Path(__file__).parent / "real_pages" / "moj_xml"
LAWS = sorted(MOJ.glob("*.xml"))
#: What the structure stage would read as an article's label at a line's start.
LABEL_START = re.compile(r"^\s*第\s*[0-9０-９一二三四五六七八九十百]+\s*[條条]")


def _law(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    return root if root.tag == "法規" else root.find(".//法規")


def _history(path: Path) -> str:
    return _law(path).findtext("沿革內容") or ""


@pytest.mark.parametrize("path", LAWS, ids=lambda p: p.name)
def test_the_articles_are_the_databases_articles_and_no_more(path):
    numbers = [article_label(n.text or "") for n in _law(path).iter("條號")]
    page = ingest_bytes(path.read_bytes(), path.name)
    ps = structure_page(clean_page(page))
    assert len(ps.articles) == len([n for n in numbers if n])
    assert [a.article_no for a in ps.articles] == sorted(a.article_no for a in ps.articles)


def test_the_real_histories_did_wrap_a_label_onto_a_line_start():
    wrapped = [p.name for p in LAWS if any(LABEL_START.match(line) for line in _history(p).split("\n"))]
    assert wrapped == ["J0000006.xml", "O0020113.xml"]  # the damage the reader must undo is in the data


@pytest.mark.parametrize("path", LAWS, ids=lambda p: p.name)
def test_no_history_line_starts_with_a_label_and_no_character_is_lost(path):
    history = _history(path)
    lines = history_lines(history)
    assert not [line for line in lines if LABEL_START.match(line)]
    squeeze = lambda text: re.sub(r"\s+", "", text)  # noqa: E731
    assert squeeze("".join(lines)) == squeeze(history)
    entries = re.findall(r"^[0-9]{1,3}\.", history, re.M)
    assert [line.lstrip()[:len(e)] for line, e in zip([ln for ln in lines if re.match(r"[0-9]", ln)], entries)] == entries


def test_a_wrap_inside_a_number_is_joined_and_a_note_under_a_short_line_is_its_own_line():
    lines = history_lines(_history(MOJ / "O0020113.xml"))
    assert "第 1070074601 號令" in lines[0]
    lines = history_lines(_history(MOJ / "M0010035.xml"))
    note = [line for line in lines if line.lstrip().startswith("（原名稱")]
    assert len(note) == 1 and note[0].rstrip().endswith("）")


@pytest.mark.parametrize("name,date,organ", [
    ("J0000006.xml", "1960-05-03", "行政院"),                 # 中華民國四十九年五月三日行政院訂定發布
    ("O0020113.xml", "2018-09-19", "行政院環境保護署"),        # …環境保護署環署空字第 … 號令訂定發布
    ("M0010035.xml", "2015-07-15", "行政院農業委員會特有生物研究保育中心"),
    ("D0020023.xml", "1930-10-07", "國民政府"),               # 國民政府制定公布
])
def test_the_first_record_dates_the_law_and_names_its_issuer(name, date, organ):
    first = history_lines(_history(MOJ / name))[0]
    assert first.startswith("1.中華民國")
    assert enactment(_history(MOJ / name)) == (date, organ)
    page = ingest_bytes((MOJ / name).read_bytes(), name)
    (doc,) = structure_page(clean_page(page)).documents
    assert doc.published == date
    assert doc.issuer == simplify(organ)  # the declared organ, in the page's script after cleaning


@pytest.mark.parametrize("history", [
    "",
    "本法自公布日施行",
    "1.中華民國九十一年九月十一日行政院環境保護署環署空字第 0910060153D  號令、交通部交路發字第 091B000123 號令會銜訂定發布",
])
def test_no_organ_is_guessed_where_the_first_record_names_none_alone(history):
    assert enactment(history)[1] is None


def test_a_day_that_does_not_exist_gives_no_date():
    assert enactment("1.中華民國五十八年二月三十日教育部令訂定發布") == (None, "教育部")
