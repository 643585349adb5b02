"""hard_wraps on forms and 公文 heads: lines that are whole by their shape are no wrap halves
(field test 9, F9-C3 and F9-P2; the pages are in tests/real_pages/field9_layout, see SOURCE.md there).

* F9-C3, 国家煤矿安全监察执法文书样式 (4 template PDFs, 89 joins): a form number line and the blank
  addressee line under it (``A 煤安监 B 处〔 〕D 号⏎：``, its underline lost by the PDF's text layer) were
  joined into ``…D 号：``; ``签发人：⏎：`` into ``签发人：：``; and a wrap after a form's blank (``…60 日内向 ⏎
  申请行政复议``) lost the blank.
* F9-P2 (deguomolian.com, xintaonong.com): the red-header field lines and the rows of a GFM table written
  without a leading ``|`` set a page's "wrap width" of 14 / 12, and field lines, a title and its 主送 line
  and the table's rows were joined as lines of that width.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _wrap_width, join_hard_wraps

PAGES = Path(__file__).parent / "real_pages" / "field9_layout"


def _clean(name: str):
    return clean_and_explain((PAGES / name).read_text(encoding="utf-8"))


def _joins(result) -> list:
    return [e for e in result.edits if e.rule == "hard_wraps"]


def test_the_form_number_line_keeps_its_addressee_line():
    result = _clean("form_lines_35-1.txt")
    lines = result.text.split("\n")
    # both copies of the number line stay above their own addressee line ``：``
    numbers = [i for i, line in enumerate(lines) if line.endswith("〔 〕D 号")]
    assert len(numbers) == 2
    assert all(lines[i + 1] == "：" for i in numbers)
    assert "号：" not in result.text


def test_a_wrap_after_a_form_blank_keeps_the_blank_the_page_writes_inline():
    result = _clean("form_lines_35-1.txt")
    # the same sentence elsewhere on the page reads ``60 日内向 申请``: the blank is the form's
    assert result.text.count("60 日内向 申请行政复议") == 2
    assert "日内向申请" not in result.text


@pytest.mark.parametrize("head", [
    # 35-1pdf.pdf, 35-3pdf.pdf: a number line then the addressee's blank ``________：``
    "现 场 处 理 决 定 书\nA 煤安监 B 处〔 〕D 号\n：\n我局（分局）于 （时间） 现场检查时，发现你单位有下列违法违规行为：",
    # style172pdf.pdf: the addressee line goes on with the body
    "撤 出 作 业 人 员 命 令 书\nA 煤安监 B 撤〔 〕D 号\n： 我局于 年 月 日 时 分，在对你单位安全监察时，发现在 有",
    # a number line with the signer's blank after it
    "移 送 书\nA 煤安监 B 移〔 〕D 号 签发人：\n：\n经我局（分局）检查，发现 存在",
    # a form's blank between a comma and the sentence's end (35-1pdf.pdf, 履行催告书)
    "现催告你单位（个人）自收到本催告书之日起十日内，\n。\n收到本催告书后，你单位（个人）有权进行陈述和申辩。",
])
def test_two_marks_or_a_number_and_a_colon_across_a_break_stay_apart(head):
    out, edits, _ = join_hard_wraps(head)
    assert edits == [] and out == head


@pytest.mark.parametrize("text,joined", [
    # pbc.gov.cn HTML, each inline element on a line: the comma goes on the title's sentence
    ("中国人民银行制定了\n《企业集团财务公司管理办法》\n，现予以发布施行。", "《企业集团财务公司管理办法》，现予以发布施行。"),
    # supervision_manufacturing-instructions41pdf.pdf: ``；`` put on its own line after a closing quote
    ("现场处理决定书简称为“处”\n；\n撤出作业人员指令书简称为“撤”\n；", "现场处理决定书简称为“处”；"),
    # a colon after a number that is no document number: the rest of the sentence
    ("经审查，现将第一批试点单位的名单\n：\n某某", "名单："),
])
def test_punctuation_opening_a_line_still_joins_where_nothing_was_lost(text, joined):
    out, edits, _ = join_hard_wraps(text)
    assert joined in out and edits


def test_padding_is_still_dropped_where_the_page_writes_no_blank_inline():
    text = ("第一条 为了保护外商投资合法权益，优化外商投资环境，促进 \n外商投资，根据《中华 \n人民共和国外商投资法》等法律，结合本 \n"
            "省实际，制定本条例。\n第二条 本省行政区域内的外商投资，外商投 \n资企业的权益保护，适用本条例。县级以上人民政府 \n应当加强领导。\n")
    out, _, _ = join_hard_wraps(text)
    assert "根据《中华人民共和国外商投资法》" in out and "外商投资企业" in out


@pytest.mark.parametrize("name", ["deguomolian_head.txt", "xintaonong_head.txt"])
def test_a_gongwen_head_of_short_lines_is_not_joined(name):
    result = _clean(name)
    assert _joins(result) == []
    assert result.text.count("\n") == (PAGES / name).read_text(encoding="utf-8").count("\n")


def test_field_lines_and_gfm_rows_set_no_wrap_width():
    for name in ("deguomolian_head.txt", "xintaonong_head.txt"):
        assert _wrap_width((PAGES / name).read_text(encoding="utf-8")) is None
    # prose lines of one length still do
    prose = "一二三四五六七八九十一二\n三四五六七八九十一二三四\n五六七八九十一二三四五六\n七。"
    assert _wrap_width(prose) == 12


def test_gfm_rows_without_a_leading_pipe_stay_rows_in_a_wrapped_page():
    """xintaonong.com's table inside a page whose prose is wrapped at 12: the rows stay apart, the
    prose is joined."""
    table = "肖生肖 | 数字1 | 数字2 |\n---|---|---|\n兔 | 06 | 45 |\n羊 | 01 | 02 |\n马 | 10 | 33 |\n鸡 | T | 04 |\n"
    prose = "为促进博彩小游戏市场的健康发展\n，增强游戏的多样性和趣味性，并\n提高博彩行业的公信力和透明度，\n本委决定推出此项活动方案如下。\n"
    out, _, _ = join_hard_wraps(prose + table)
    assert out.endswith(table)
    assert out.startswith("为促进博彩小游戏市场的健康发展，增强游戏的多样性和趣味性，并提高")


def test_a_title_is_not_joined_to_its_addressee_line_at_a_wrap_width():
    """The title and 主送 line of xintaonong.com in a page whose prose is wrapped at a fixed width."""
    head = "关于印发“摇钱树四肖八码期期三码必中”活动方案的通知\n各市区博彩局、博彩小游戏运营商：\n"
    prose = ("为促进博彩小游戏市场的健康发展而制定本方案的内容\n增强游戏的多样性和趣味性并提高行业的公信力和透明\n"
             "度本委决定推出此项活动且具体的活动方案内容如下所\n述。\n")
    assert _wrap_width(head + prose) is not None
    out, _, _ = join_hard_wraps(head + prose)
    assert out.startswith(head)


def test_a_sentence_tail_closed_by_a_colon_is_no_addressee_line():
    """Seen noise (layout_hard_wrap_narrow, 重庆市民兵预备役工作条例 art. 8 wrapped at 15): the piece
    ``…法规的规定`` reads like a title by its last word, and ``外，还应当执行下列规定：`` is the rest of its
    sentence, not a 主送 line: joined."""
    text = ("第八条 民兵的组建原则和范围，\n除执行国家有关法律、法规的规定\n外，还应当执行下列规定：\n"
            "（一）适龄人员满六十人并且符合\n国家规定的条件的企业事业单位，\n应当建立民兵组织；其他企业事业\n单位，由所在地负责组建民兵组织。\n")
    out, _, _ = join_hard_wraps(text)
    assert "法规的规定外，还应当执行下列规定：" in out
