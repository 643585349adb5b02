"""Field test 29 (room intake29): line breaks a crawler stripped from a regulation printed under its order or
notice (F29-C1), and a damaged label that stopped the restoration for the rest of the law (F29-C5).

Real pages: tests/real_pages/intake29/SOURCE.md.  Invented variants are marked so.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from corpus_tools.clean.linebreaks import LONG_LINE, restore_line_breaks
from tests.timing import small_and_large

REAL = Path(__file__).parent / "real_pages" / "intake29"


def _lines(name: str) -> list[str]:
    return restore_line_breaks((REAL / name).read_text(encoding="utf-8"))[0].split("\n")


def test_a_regulation_under_its_order_gets_its_articles_back():
    """职工带薪年休假条例 under 国务院令第514号: 0 articles of 10 before (第一条 follows the title after the date)."""
    lines = _lines("rst_hebei_leave_regulation.txt")
    assert "二○○七年十二月十四日" in lines
    assert "职工带薪年休假条例" in lines
    labels = [re.match(r"第[一二三四五六七八九十]+条", line).group() for line in lines if re.match(r"第[一二三四五六七八九十]+条", line)]
    assert labels == [f"第{n}条" for n in "一二三四五六七八九十"]
    assert lines[lines.index("职工带薪年休假条例") + 1].startswith("第一条为了维护职工休息休假权利")


def test_only_breaks_go_in_and_the_evidence_names_the_opener():
    text = (REAL / "rst_hebei_leave_regulation.txt").read_text(encoding="utf-8")
    out, edits, _ = restore_line_breaks(text)
    assert out.replace("\n", "") == text.replace("\n", "")
    evidence = [json.loads(edit.detail)["evidence"] for edit in edits]
    assert "article 1 continues the numbering from 1 after the regulation's title" in evidence
    assert "the regulation's title before its first article" in evidence


def test_a_first_article_right_after_the_signature_date_opens_the_sequence():
    """Invented from record #000009's shape (``…二○一二年四月二十八日第一条为了…。第二条…``)."""
    page = ("中华人民共和国国务院令第619号《女职工劳动保护特别规定》已经2012年4月18日国务院第200次常务会议通过，现予公布，"
            "自公布之日起施行。总理温家宝二○一二年四月二十八日第一条为了减少和解决女职工在劳动中因生理特点造成的特殊困难，制定本规定。"
            "第二条中华人民共和国境内的国家机关、社会团体、企业单位应当遵守本规定。第三条用人单位应当加强女职工劳动保护" + "，落实措施" * 120 + "。")
    lines = restore_line_breaks(page)[0].split("\n")
    assert "二○一二年四月二十八日" in lines
    assert [line[:3] for line in lines if line.startswith("第")][-3:] == ["第一条", "第二条", "第三条"]


def test_one_garbled_label_no_longer_stops_the_restoration():
    """河北省软科学研究计划项目管理办法: 3 articles before (第三条 held 第四条…第三十四条)."""
    lines = _lines("kjt_hebei_soft_science.txt")
    opened = [line.split("条")[0] + "条" for line in lines if re.match(r"第[一二三四五六七八九十]+条", line)]
    assert len(opened) >= 30
    assert "第六条" in opened and "第三十四条" in opened and "第四条" not in opened  # the garbled label stays text
    assert "申请第四条重大项目是指" in "\n".join(lines)


def test_a_cited_first_article_opens_nothing():
    """Negative (invented): ``依照本条例第一条规定`` is a citation, never the regulation's first article."""
    page = ("依照本条例第一条规定，现通知如下。第二条的规定继续有效。" + "各单位应当遵照执行，" * 80 + "特此通知。"
            "第二条各单位应当报送材料。第三条本通知自发布之日起施行。")
    assert len(page) > LONG_LINE and restore_line_breaks(page)[1] == []


def test_a_label_far_out_of_sequence_resumes_nothing():
    """Negative (invented): labels beyond the gap a damaged page shows (第九条 after 第二条) prove nothing."""
    page = ("第一条为了规范管理，制定本办法。第二条本办法适用于全省。" + "各部门应当加强协作，" * 80 + "。"
            "第九条本办法自发布之日起施行。第十条由省厅负责解释。第十一条其他。")
    out, edits, _ = restore_line_breaks(page)
    assert "第九条" not in [line[:3] for line in out.split("\n")]


def test_openers_and_gaps_stay_linear():
    """Hostile input: a title before 第一条 and a damaged label, repeated; the scan stays linear."""
    unit = "二○○七年十二月十四日某某管理办法第一条为了甲乙丙丁。第三条乙。第二条丙丁戊。申请第四条重大。"
    small, large = small_and_large(lambda t: restore_line_breaks(t), unit, 20_000, 200_000)
    assert large < 25 * small + 0.05


def test_paragraphs_joined_by_their_indent_get_their_lines_on_a_proven_page():
    """中小企业促进法 (kjt.hebei.gov.cn): article 2's second paragraph stayed inside its first (F29-C2)."""
    lines = _lines("kjt_hebei_sme_law_head.txt")
    second = next(i for i, line in enumerate(lines) if line.startswith("第二条"))
    assert lines[second].endswith("微型企业。")
    assert lines[second + 1].startswith("中型企业、小型企业和微型企业划分标准由")
    assert lines[second + 2].startswith("第三条")
    assert "目录　　第一章　总则　　第二章" in "\n".join(lines)  # the table of contents: no sentence end, kept


def test_indents_stay_where_the_page_joined_its_articles_otherwise():
    """Negative (invented): the proven breaks stand after a plain space, so the page's ``　　`` is no joiner."""
    page = ("第一条 为了规范管理，制定本办法。 第二条 本办法适用于全省。　　各部门应当加强协作。 第三条 各单位"
            + "应当遵照执行，" * 90 + "特此通知。")
    out = restore_line_breaks(page)[0]
    assert "适用于全省。　　各部门" in out and out.count("\n") == 2


def test_a_statute_s_adoption_note_glued_to_its_title_gets_its_own_line():
    """中小企业促进法 (kjt.hebei.gov.cn): ``…促进法（2002年6月29日…通过2017年9月1日…修订）　　目录…`` on one line gave
    title '', issuer and adoption date null (F29-D2)."""
    from corpus_tools.ingest import ingest_bytes
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    lines = _lines("kjt_hebei_sme_law_head.txt")
    assert lines[1].strip("\u3000") == "中华人民共和国中小企业促进法"
    assert lines[2].startswith("（2002年6月29日") and lines[2].endswith("修订）")
    page = ingest_bytes((REAL / "kjt_hebei_sme_law_head.txt").read_bytes(), "x.txt")
    (document,) = structure_page(clean_page(page)).documents
    assert (document.title, document.issuer, document.adopted, document.amended) == (
        "中华人民共和国中小企业促进法", "全国人民代表大会常务委员会", "2002-06-29", "2017-09-01")


def test_a_title_with_a_bracket_that_is_no_adoption_note_stays():
    """Negative (invented): ``（试行）`` after the title is no note; a news dateline before the title is left as is."""
    tail = "第一条　为了规范管理，制定本办法。　　第二条　本办法适用于全省。　　第三条　各单位" + "应当遵照执行，" * 90 + "。"
    for head in ("某省科技项目管理办法（试行）　　", "新华社北京12月24日电中华人民共和国某法（2020年1月1日第十三届全国人民代表大会常务委员会会议通过）　　"):
        out = restore_line_breaks(head + tail)[0]
        assert out.split("\n")[0].startswith(head.rstrip("　"))
