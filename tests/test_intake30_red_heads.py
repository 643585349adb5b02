"""Session 30 (room intake30), field test 29's F29-D3: a notice whose red head (文号, organs, title) and addressee line
a crawler glued on one short line, its paragraphs joined by their two-em indent and its signature block set apart by
runs of blanks: 文号, issuer and date were lost, and the jurisdiction read national from a cited national text.

The family (how a red head ends up on one line): a CMS crawl that takes the ``text()`` of the content ``<div>``
(kjt.hebei.gov.cn's 规范性文件, the real records here; gxt.hebei.gov.cn's 产业政策), a 文号 in square or round brackets
(``冀政办字[2019]9号``, ``冀政（2019）3号``: typed without 〔〕), the title first and the 文号 in brackets after it
(``…的通知（冀科成市〔2012〕1号）``), blanks between the parts (``冀科资规〔2020〕1号　　河北省科学技术厅　　关于…``), a county's
notice, a notice of several organs.  The shared evidence: three lines of a red head on one (a 文号, an official title
``…关于/印发/转发…的通知``, an addressee line ending ``：``), which clean text never writes.

Held out (written before they were run, never tuned on): the county notice with square brackets and the 转发 notice
with round brackets.  Real records: tests/real_pages/intake30/SOURCE.md; invented ones are marked so.
"""

from __future__ import annotations

import csv
from pathlib import Path

from corpus_tools.clean.linebreaks import restore_line_breaks
from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

REAL = Path(__file__).parent / "real_pages" / "intake30" / "kjt_hebei_red_heads.csv"
BODY = "　　为加强管理，制定本办法，现印发给你们，请遵照执行。　　附件：某某办法.docx" + "　" * 20


def _records() -> list[str]:
    return [row["内容"] for row in csv.DictReader(REAL.open(encoding="utf-8-sig", newline=""))]


def _lines(text: str) -> list[str]:
    return [line.strip("　") for line in restore_line_breaks(text)[0].split("\n") if line.strip()]


def test_a_glued_red_head_gets_its_lines_back():
    """冀科农〔2012〕8号 (324 characters on one line): no break before."""
    lines = _lines(_records()[0])
    assert lines[:3] == ["冀科农〔2012〕8号", "河北省财政厅河北省科学技术厅关于印发《河北省农业科技成果转化资金项目管理办法》的通知",
                         "各设区市科技局、财政局，省直有关单位："]
    assert lines[3].startswith("自设立农业科技成果转化资金以来") and lines[-1] == "二○一二年三月二十六日"


def test_the_notices_number_issuer_and_date_are_read():
    records, _ = read_records(REAL.read_bytes(), "规范性文件汇总表.csv")
    docs = [structure_page(clean_page(record_page(record, "utf-8"))).documents[0] for record in records]
    assert [(d.doc_number, d.issuer, d.jurisdiction) for d in docs] == [
        ("冀科农〔2012〕8号", "河北省财政厅、河北省科学技术厅", "河北省"), ("冀科外〔2019〕10号", "河北省科学技术厅", "河北省")]
    assert docs[1].written == "2019-05-28"


def test_a_title_with_its_number_in_brackets():
    """Invented sibling after kjt's 冀科成市〔2012〕1号: the title first, the 文号 in brackets, then the addressees."""
    text = "河北省科学技术厅关于印发《某某办法》的通知（冀科成市〔2012〕1号）各设区市科技局：" + BODY + "河北省科学技术厅" + "　" * 20 + "二〇一二年二月十七日"
    assert _lines(text)[:3] == ["河北省科学技术厅关于印发《某某办法》的通知", "（冀科成市〔2012〕1号）", "各设区市科技局："]
    assert _lines(text)[-2:] == ["河北省科学技术厅", "二〇一二年二月十七日"]


def test_held_out_a_county_notice_with_square_brackets():
    """Held-out invented sibling: a county's notice, its 文号 typed with square brackets."""
    text = "阜政办字[2020]5号阜平县人民政府办公室关于印发《某某办法》的通知各乡镇人民政府，县直各部门：" + BODY + "阜平县人民政府办公室" + "　" * 20 + "2020年3月2日"
    assert _lines(text)[:3] == ["阜政办字[2020]5号", "阜平县人民政府办公室关于印发《某某办法》的通知", "各乡镇人民政府，县直各部门："]


def test_held_out_a_forwarding_notice_with_round_brackets():
    """Held-out invented sibling: a 转发 notice, blanks between the parts, its 文号 in round brackets."""
    text = "冀政办（2019）3号　　河北省人民政府办公厅　　转发省发展改革委关于某某工作意见的通知　　各市人民政府：" + BODY + "2019年1月5日"
    assert _lines(text)[:3] == ["冀政办（2019）3号", "河北省人民政府办公厅　　转发省发展改革委关于某某工作意见的通知", "各市人民政府："]


def test_a_clean_head_and_a_sentence_citing_a_number_stay():
    """Negatives (invented): the head on its own lines; a line opening with a cited 文号 and a comma."""
    clean = "冀科农〔2012〕8号\n河北省科学技术厅关于印发《某某办法》的通知\n各设区市科技局：\n　　为加强管理，制定本办法。\n"
    assert restore_line_breaks(clean)[1] == []
    cited = "冀政〔2019〕3号印发以来，各地认真落实通知要求，各有关单位：" + "请继续做好工作。" * 5
    assert restore_line_breaks(cited)[1] == []


def test_red_head_scan_is_linear_on_hostile_input():
    """Lines that open like a red head and never close one, and runs of blanks before dates: no rescans."""
    from tests.timing import small_and_large

    unit = "冀科〔2019〕1号河北省科学技术厅关于印发某某的通知各市" + "局" * 40 + "\n" + "　" * 30 + "2019年5月28日　　" + "甲" * 20 + "\n"
    small, large = small_and_large(lambda t: restore_line_breaks(t), unit, 20_000, 200_000)
    assert large < 25 * small + 0.05
