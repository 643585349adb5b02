"""Field test 17's leftovers in the site furniture (session 18, fix18): AsianLII's pipe menu and empty relation
fields (F17-N3), and a labelled disclaimer closing a page (``page_edges._DISCLAIMER_LINE_RE`` read only line 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.furniture import remove_site_furniture
from corpus_tools.clean.mirror_chrome import empty_relation_rows
from corpus_tools.clean.page_edges import disclaimer_tail_lines, pipe_menu_lines

FOLDER = Path(__file__).parent / "real_pages" / "fix18"
ASIANLII = FOLDER / "asianlii_mo_legis_14020000.txt"


def furniture(text: str) -> tuple[str, list]:
    out, edits, _ = remove_site_furniture(text)
    return out, edits


# --------------------------------------------------------------------------
# F17-N3: AsianLII's menu and empty relation fields (real page)
# --------------------------------------------------------------------------


def test_asianlii_menu_and_empty_fields_go() -> None:
    text = clean_and_explain(ASIANLII.read_text(encoding="utf-8")).text
    assert text.startswith("鉴于判给长江建筑有限公司执行「水塘新道路」的承揽工程")
    for chrome in ("主页", "WorldLII", "| 资料库", "澳门特别行政区法例 |", "已更改", "相关法规", "相关类别", "|"):
        assert chrome not in text
    # the filled record fields are the gazette's record box (session 19, fixmeta19: removed with one edit, the metadata
    # reads them from it: tests/test_clean_gazette_record_box19.py), and both 批示 are whole
    assert "公报编号" not in text and "行政长官 何厚铧\n\n鉴于判给美昌/上海建工公司" in text
    assert "行政长官 何厚铧\n" in text


def test_asianlii_menu_lines_are_the_six_links() -> None:
    raw = ASIANLII.read_text(encoding="utf-8")
    assert [raw[a:b] for a, b in pipe_menu_lines(raw)] == ["主頁", "| 資料庫", "| WorldLII", "| 搜尋", "| 意見", "澳門特別行政區法例 |"]
    assert [raw[a:b] for a, b in empty_relation_rows(raw)] == ["已更改 : | ||", "相關法規 : | ||", "相關類別 : |"]


BODY = "鉴于判给某建筑有限公司执行的承揽工程，施工期跨越一财政年度，因此必须保证其财政支付。\n"

#: The same family, written before the code (/work/notes/fix18/blind.md): separators at the ends, full-width bars.
MENUS = (
    ("首页\n| 法律数据库\n| CommonLII\n| 检索\n| 帮助\n香港法例 |\n", ""),
    ("首頁\n｜ 法規查詢\n｜ 最新消息\n｜ English\n", ""),
    # the last link without a bar cannot be told from the document's title: it stays
    ("主页 |\n资料库 |\n搜寻 |\n意见 |\n澳门法例\n", "澳门法例\n"),
)


@pytest.mark.parametrize("menu,left", MENUS)
def test_a_pipe_menu_above_the_text_goes(menu: str, left: str) -> None:
    assert furniture(menu + BODY)[0] == left + BODY


#: What stays: a table's rows (bars at both edges), quoted sentences, a menu that is the whole text (the 铜陵 head
#: of test_clean_field12_chrome), a title below the menu, a menu of two links.
MENU_NEGATIVES = (
    "| 第一条 为了规范管理，制定本办法。\n| 第二条 本办法适用于本市。\n| 第三条 本办法自公布之日起施行。\n",
    "中国政府网 |\n安徽省人民政府网 |\n铜陵市人民政府网\n微博 |\n微信 |\n长者版 |\n政务公开\n",
    "首页 |\n法规 |\n" + BODY,
    "甲|乙\n丙|丁\n戊|己\n" + BODY,
)


@pytest.mark.parametrize("text", MENU_NEGATIVES)
def test_no_menu_without_its_shape(text: str) -> None:
    assert pipe_menu_lines(text) == []


def test_the_title_below_a_menu_stays() -> None:
    text = "主页\n| 资料库\n| 搜寻\n| 意见\n关于加强管理的通知\n" + BODY
    assert furniture(text)[0] == "关于加强管理的通知\n" + BODY


def test_a_blank_form_in_an_annex_stays() -> None:
    text = "附件\n申请表\n申请人 : | ||\n联系电话 : | ||\n地址 : |\n"
    assert empty_relation_rows(text) == []


def test_one_empty_relation_field_alone_stays() -> None:
    assert empty_relation_rows("备案情况\n相关文件 : | ||\n" + BODY) == []


# --------------------------------------------------------------------------
# A labelled disclaimer on the page's last lines, not only on its first line
# --------------------------------------------------------------------------

#: A law mirror's footer as its template prints it (a PHP site template found with the search tool's code store,
#: GitHub file ids 2526651498 and 31780308608: ``<p>版权声明：…</p><p>免责声明：…</p>`` under every page): neither
#: line holds a claim word the rule knows (仅供参考, 转载请注明…), so only the label says what they are.
TEMPLATE_FOOTER = (
    "版权声明：本网站为非赢利性站点，本网站所有内容均来源于互联网相关站点自动搜索采集信息，相关链接已经注明来源。\n"
    "免责声明：本站所有信息均为采集引用,不存有资源,若有侵权行为,请联系站长删除。请大家支持正版。\n"
)
LAW_END = "第九条 违反本办法的，依法处理。\n第十条 本办法自发布之日起施行。\n"


def test_a_labelled_footer_closing_the_page_goes() -> None:
    text = LAW_END + TEMPLATE_FOOTER
    assert [text[a:b][:4] for a, b in disclaimer_tail_lines(text)] == ["版权声明", "免责声明"]
    assert furniture(text)[0] == LAW_END


def test_a_bare_site_word_needs_a_disclaimers_own_label() -> None:
    assert furniture(LAW_END + "法律声明：网站所载法规来源于各级人大及政府网站。\n")[0] == LAW_END
    kept = LAW_END + "声明：数据库的内容以登记机关公布为准。\n"
    assert furniture(kept)[0] == kept


DISCLAIMER_NEGATIVES = (
    "附件\n承诺书\n本人承诺所填信息真实。\n声明：本人自愿放弃上述权利。\n",  # a form's own statement
    "免责声明：本网站所载法规仅供参考。\n第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n",  # above the body
    LAW_END + "第十一条 声明：本网站用户应当遵守本办法。\n",  # an article
)


@pytest.mark.parametrize("text", DISCLAIMER_NEGATIVES)
def test_a_documents_own_statement_stays(text: str) -> None:
    assert disclaimer_tail_lines(text) == []


@pytest.mark.parametrize("func", [pipe_menu_lines, empty_relation_rows, disclaimer_tail_lines])
@pytest.mark.parametrize("hostile", ["| 甲\n" * 50_000, "已更改 : " + "| " * 100_000, "甲 |\n" * 50_000 + "第一条 为了。", "声明：本站" * 40_000])
def test_the_scans_are_linear(func, hostile: str) -> None:
    import time

    began = time.process_time()
    func(hostile)
    assert time.process_time() - began < 1.0
