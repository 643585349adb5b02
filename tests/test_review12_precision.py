"""Clean texts the new chrome rules of session 12 took (review 12: /work/notes/review12.md F4-F8), each built from the
rule's own docstring as a near miss: every text must come out of the furniture rule unchanged.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.furniture import remove_site_furniture
from corpus_tools.clean.page_numbers import lone_page_numbers

ROW = "某某单位{0}\n某某路{0}号\n张三\n1234567\n甲类\n100\n2\n300\n无\n"


@pytest.mark.parametrize("text", [
    # F5: a notice's attachment list whose items name footer words
    "关于规范网站建设的通知\n各单位：\n请按附件要求完成网站改版。\n附件：1.网站地图样式\n2.法律声明范本\n3.隐私声明范本\n",
    # F6: a notice about a database, and a law's last paragraph on one
    "关于开通地方性法规数据库的公告\n为方便公众查询，我委建成地方性法规数据库，现向社会开放。\n数据库所载法规文本仅供参考，以正式文件为准。\n",
    "某条例\n第二条 国家建立统一的基因数据库。\n数据库中的数据仅供研究使用，未经许可不得转载。\n",
    # F8: a rule's sentence on browsers
    "某某条例\n第一条 为了规范管理。\n浏览器不支持的网页应当提供替代方式。\n",
])
def test_near_misses_are_kept(text):
    assert remove_site_furniture(text)[0] == text


def test_row_numbers_of_a_table_laid_one_cell_per_line_are_no_page_numbers():
    """F4: ten cells a row, a blank line between rows."""
    text = "序号\n\n单位名称\n地址\n联系人\n电话\n类别\n面积\n数量\n金额\n备注\n\n" + "".join(
        f"{n}\n\n" + ROW.format(n) + "\n" for n in range(1, 6))
    assert lone_page_numbers(text) == []


@pytest.mark.parametrize("text, gone", [
    ("第三十条 本条例自2017年3月1日起施行。\n免责声明：本库所有资料均来源于网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。\n", "免责声明"),
    ("第一条 为了规范管理。\n您的浏览器版本过低，请升级。\n", "浏览器"),
    ("第一条 为了规范管理。\n浏览器不支持，请更换浏览器。\n", "浏览器"),
])
def test_the_real_chrome_still_goes(text, gone):
    assert gone not in remove_site_furniture(text)[0]


@pytest.mark.parametrize("text, kept", [
    # F11: a brand dressed as a file goes whole, its extension too (a cited file alone stays: test_field12_precision)
    ("依法开云体育kaiyun.pdf管理", "依法管理"),
    ("依法bet365.html管理", "依法管理"),
    ("依法亚博体育yabo.do官网管理", "依法管理"),
])
def test_a_spam_brand_dressed_as_a_file_goes_whole(text, kept):
    from corpus_tools.clean.spam import remove_spam_anchors

    assert remove_spam_anchors(text)[0] == kept


def test_a_documents_table_of_contents_linking_into_its_file_is_no_menu():
    """F10: a Firecrawl capture of a .docx report (autumn-picnic/xiaoan 为平七周年_案例.md), its TOC one link a paragraph."""
    from corpus_tools.markdown_text import link_menus

    toc = [f"[{words}](https://parse.firecrawl.dev/uploads/为平七周年_案例.docx#_Toc12865418{k})"
           for k, words in enumerate(("背景和方法 2", "案例和点评 2", "一、 民政 2", "二、 公安 5"))]
    lines = [line for entry in toc for line in (entry, "")]
    assert link_menus(lines) == set()
