"""hard_wraps joins a line break that cuts a bracket or title mark pair (field test 8b, F8B-R1).

PDF text of 北京市科学技术奖励办法 and of 福州 长乐区 人才补贴细则 (ljz060707-lang/China-Real-Estate-Policy-Database):
``（以下简称奖励委⏎员会）``, ``三、我们已充分了解《“好年华 聚福州”长乐区人才购房补贴的⏎实施细则（试行）》`` — the
first line opened the pair, the next closes it a few characters in.  Sources: tests/real_pages/field8b_layout/SOURCE.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _pair_cut, join_hard_wraps

PAGES = Path(__file__).parent / "real_pages" / "field8b_layout"


def _clean_pdf_text(name: str) -> str:
    return clean_and_explain((PAGES / name).read_text(encoding="utf-8"), source_format="pdf").text


def test_a_bracket_cut_by_the_break():
    out = _clean_pdf_text("beijing_sci_award_rules_ingested.txt")
    assert "第六条 本市设立市科学技术奖励委员会（以下简称奖励委员会）。奖励委员会聘请有关方面的专家组成若干评审委员会和监督委员会，" in out
    assert "报市委、市人民政府批准。\n第二章 市科学技术奖的设置\n第七条" in out


def test_a_title_mark_cut_inside_a_list_item():
    out = _clean_pdf_text("changle_pledge_ingested.txt")
    assert "三、我们已充分了解《“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）》等文件有关规定，" in out
    assert "）。\n二、本人、配偶及未成年子女（以下仅勾选一项）\n" in out  # whole lines stay whole
    # the item, a sentence once its first line is joined, keeps the joins its later lines had as running text
    assert "对填写内容和申报材料的真实性负法律责任。如有弄虚作假、隐瞒家庭有关情况或伪造证明材料的，同意接受有关部门" in out


def test_idempotent():
    for name in ("beijing_sci_award_rules_ingested.txt", "changle_pledge_ingested.txt"):
        once = _clean_pdf_text(name)
        assert clean_and_explain(once, source_format="pdf").text == once


def test_balanced_or_late_pairs_are_no_evidence():
    assert not _pair_cut("（一）依照《中华人民共和国行政许可法》", "第二十条规定办理。")
    assert not _pair_cut("根据《甲法", "《乙法》的规定")
    assert not _pair_cut("本市设立委员会（以下简称", "委员会在本市人民政府的领导下统一负责全市的科学技术奖励工作）")


def test_a_note_keeps_its_events_on_their_lines():
    """A note's bracket spans its events (``（2000年…通过⏎…修正）``): the open bracket is no evidence."""
    note = "（2000年3月15日第九届全国人民代表大会第三次会议通过\n2015年3月15日修正）"
    assert join_hard_wraps(note)[1] == []
    note = "（1997年3月14日第八届全国人民代表大会第五次会议修订\n第十届会议修正）"
    assert join_hard_wraps(note)[1] == []


def test_a_title_list_line_stays():
    """A list of titles one per line: each line closes its own title."""
    text = "附件：1.《北京市科学技术奖励办法》\n2.《北京市科学技术奖励办法实施细则》"
    assert join_hard_wraps(text)[1] == []
