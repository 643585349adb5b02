"""Field leftovers of site chrome at a page's head (furn22): gov.cn and stats.gov.cn heads between the tab title and
the headline (field test 21, F21-B1), and a news page's glyphs and unlabelled size switch (field test 20, F20-B5).

Real excerpts (shortened): /work/field21/rpa_lawcrawl (反洗钱法, 统计法 records of a law crawler) and
/work/field20/mhxqwer_clones (lfygxzf, hjhbjdx, ljywhlyw.cq).  Negatives come out byte-identical.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.chrome_runs import head_glyph_and_size_lines
from corpus_tools.clean.site_boxes import tab_title_head_lines

GOVCN = ("中华人民共和国反洗钱法__中国政府网\n首页\n|\n简\n|\n繁\n|\nEN\n|\n登录\n个人中心\n退出\n|\n邮箱\n|\n无障碍\nEN\n"
         "https://www.gov.cn/\n中华人民共和国反洗钱法\n2024-11-09 08:02\n来源： \n新华社\n新华社北京11月8日电\n"
         "中华人民共和国反洗钱法\n第一章\u3000总则\n第一条\u3000为了预防洗钱活动，制定本法。\n")
STATS = ("中华人民共和国统计法 - 国家统计局\nEN\n搜索\n首页\n机构\n新闻\n时政要闻\n统计新闻\n数据\n公开\n服务\n互动\n知识\n专题\n"
         "中华人民共和国统计法\n2024/10/10 18:07\n中华人民共和国统计法\n第一条\n为了科学、有效地组织统计工作，制定本法。\n")


def test_govcn_head_between_tab_title_and_headline_goes():
    out = clean(GOVCN)
    assert out.startswith("中华人民共和国反洗钱法__中国政府网\n中华人民共和国反洗钱法\n2024-11-09 08:02\n"), out[:120]
    for word in ("个人中心", "退出", "邮箱", "https://www.gov.cn/", "\nEN\n", "\n|\n"):
        assert word not in out, word


def test_stats_menu_between_tab_title_and_headline_goes():
    out = clean(STATS)
    assert out.startswith("中华人民共和国统计法 - 国家统计局\n中华人民共和国统计法\n2024/10/10 18:07\n"), out[:120]


@pytest.mark.parametrize("text", [
    # no tab title: a law's title, a chapter's name, the title again (a table of contents)
    "某某条例\n总则\n附则\n某某条例\n第一条 为了规范。\n",
    # a dated line between: the page's own
    "某某条例__中国政府网\n2024年1月1日\n某某条例\n第一条 为了规范。\n",
    # a line of text between
    "某某条例 - 某市司法局\n本条例已经市人大常委会通过，现予公布。\n某某条例\n第一条 为了规范。\n",
    # the headline never repeats
    "某某条例__中国政府网\n首页\n新闻\n第一条 为了规范。\n",
])
def test_tab_title_head_negatives(text):
    assert tab_title_head_lines(text) == []


def test_news_head_glyphs_and_size_switch_go():
    page = (">\n×\n国务院150项重大水利工程之一\n下六甲灌区工程重要节点全面开工\n来源： 广西日报 2024-10-17 08:03\n大 小  打印\n"
            "广西来宾市下六甲灌区工程是国务院150项重大水利工程之一。10月15日，工程迈出全面建设的第一步。\n")
    out = clean(page)
    assert out.startswith("国务院150项重大水利工程之一\n下六甲灌区工程重要节点全面开工\n广西来宾市"), out[:80]
    page = "重庆文旅之窗成功首秀\n日期：2021-07-13\n大中小\n7月7日下午，重庆国际文旅之窗成功首秀。\n"
    assert clean(page) == "重庆文旅之窗成功首秀\n7月7日下午，重庆国际文旅之窗成功首秀。\n"
    page = "某书画活动\nX\n为弘扬书法艺术，9月25日，采育镇开展书画活动。\n"
    assert clean(page) == "某书画活动\n为弘扬书法艺术，9月25日，采育镇开展书画活动。\n"


@pytest.mark.parametrize("text", [
    "大型企业\n大\n第一条 为了规范。\n",  # one size is no switch
    "某办法\n第一条 为了规范。\n×\n>\n大 中 小\n",  # below the first sentence: a table's cells, a list's marks
    "大中小学校安全管理办法\n第一条 为了规范。\n",
])
def test_head_glyph_negatives(text):
    assert head_glyph_and_size_lines(text) == []
    assert clean(text) == text
