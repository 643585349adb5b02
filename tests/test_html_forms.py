"""A ``<form>`` that holds the page's prose is content; a control form (search, login) is chrome.

Real page: tests/real_pages/vsb_form/sxmu_1.html (field test 8; source in SOURCE.md there): the 博达/VSB
CMS wraps the article body in ``<form name="_newscontent_fromname">``; every form used to be dropped,
and with it all 69 articles of the 中华人民共和国监察法.
"""

from pathlib import Path

import pytest

from corpus_tools import ingest

PAGES = Path(__file__).parent / "real_pages" / "vsb_form"


def _labels(text: str) -> list[str]:
    import re

    return re.findall(r"^第[一二三四五六七八九十]+条", text, flags=re.M)


def test_vsb_form_body_keeps_the_whole_law():
    text, meta = ingest.html_to_text((PAGES / "sxmu_1.html").read_text(encoding="utf-8"))
    labels = _labels(text)
    assert len(labels) == 69
    assert labels[0] == "第一条" and labels[-1] == "第六十九条"
    assert "本法自公布之日起施行。《中华人民共和国行政监察法》同时废止。" in text
    assert meta["forms_kept"] == 1


def test_aspnet_form_around_the_body_is_not_an_empty_page():
    text, meta = ingest.html_to_text((PAGES / "aspnet_form_body_variant.html").read_text(encoding="utf-8"))
    assert _labels(text) == ["第一条", "第二条", "第三条", "第四条"]
    assert "__VIEWSTATE" not in text and "/wEPDwUKMTY1NDU2MTA1MmRk" not in text
    assert meta["forms_kept"] == 1


@pytest.mark.parametrize(
    "form",
    [
        # search boxes of real portals (field test 8: shanxi_1.html, gzggw_1.html)
        '<form id="searchForm" method="post" name="shanxigov_search_box" action="/search/sxgovsearch.jsp">'
        '<input type="text" name="q" value="请输入关键词"><a href="#">搜索</a> 热门搜索：转型 综改</form>',
        '<form id="search-form" action="http://search.zj.gov.cn/jrobotfront/search.do" method="get">'
        '站内搜索<input name="q"><button>搜索</button></form>',
        '<form action="/login">用户名<input name="u">密码<input name="p" type="password">登录 注册 忘记密码</form>',
    ],
)
def test_control_forms_are_dropped(form):
    page = f"<html><body>{form}<p>第一条 为了规范管理，制定本办法。</p></body></html>"
    text, meta = ingest.html_to_text(page)
    assert text == "第一条 为了规范管理，制定本办法。\n"
    assert "forms_kept" not in meta


def test_a_page_without_forms_reads_as_before():
    text, meta = ingest.html_to_text("<p>第一条 为了规范管理，制定本办法。</p><p>第二条 本办法自公布之日起施行。</p>")
    assert text == "第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n"
    assert "forms_kept" not in meta
