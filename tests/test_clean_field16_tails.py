"""Field test 16's page tails kept in the last article (tests/real_pages/field16_fixf/SOURCE.md): a Wikisource footer
in a text dump (F16-N2) and a government site's link directory (F16-S2)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from corpus_tools.clean.furniture import link_directory_tail, remove_site_furniture
from corpus_tools.clean.mirror_chrome import wiki_footer_block
from corpus_tools.pipeline import clean_page
from corpus_tools.ingest import ingest_bytes

PAGES = Path(__file__).parent / "real_pages" / "field16_fixf"
LAST_ARTICLE = "第二百三十条 本法自1994年7月1日起施行。"


def _clean(text: str, name: str = "a.txt") -> str:
    return clean_page(ingest_bytes(text.encode("utf-8"), name)).text


# --------------------------------------------------------------------------- F16-N2: Wikisource footer

def test_the_wikisource_footer_of_a_text_dump_goes_and_the_law_stays():
    raw = (PAGES / "wikisource_1999_tail.txt").read_text("utf-8")
    clean = _clean(raw)
    assert clean.endswith(LAST_ARTICLE + "\n")  # was followed by ~40 lines of the wiki's footer
    for word in ("本作品来自", "公有领域", "检索自", "zh.wikisource.org", "此页面最后编辑于", "维基媒体基金会", "添加话题"):
        assert word not in clean
    assert "第二百二十九条 本法施行前依照法律" in clean and "属于高新技术的股份有限公司" in clean


def test_blind_wikisource_footers():
    """INVENTED before the change (/work/notes/fixf16/blind.md B-N2a, B-N2b): the footer in Traditional
    (``取自“``, ``此頁面最後編輯於``), and the worldwide public-domain licence with the address on the retrieval line."""
    trad = ("第一條 為了規範管理，制定本辦法。\n第二條 本辦法自公布之日起施行。\n本作品來自\n中華人民共和國法律\n，依據《\n"
            "中華人民共和國著作權法\n》第五條，本作品不適用於該法，所以屬於\n公有領域\n。\n取自“\n"
            "https://zh.wikisource.org/w/index.php?title=某某辦法&oldid=1234567\n”\n分類\n：\n中華人民共和國行政法規\n"
            "此頁面最後編輯於2020年5月1日 (星期五) 08:00。\n隱私政策\n關於維基文庫\n免責聲明\n行動版檢視\n")
    assert _clean(trad) == "第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n"
    simp = ("某某条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自公布之日起施行。\n"
            "本作品在全世界都属于公有领域，因为作者逝世已经超过100年，并且于1929年1月1日之前出版。\n"
            "检索自“https://zh.wikisource.org/wiki/某某条例”\n分类：1990年中华人民共和国行政法规\n"
            "本页面最后修订于2021年3月3日 (星期三) 10:10。\n隐私政策\n关于维基文库\n免责声明\n")
    assert _clean(simp) == "某某条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自公布之日起施行。\n"


@pytest.mark.parametrize("text", [
    # a law that cites a wiki page, and names the foundation, keeps every line
    "某某办法\n第一条 本办法所称公有领域作品，是指著作权保护期届满的作品。本作品来自何处，应当注明（检索自“https://zh.wikisource.org/wiki/首页”）。\n"
    "第二条 维基媒体基金会等境外组织在境内活动，应当遵守本办法。\n第三条 本办法自公布之日起施行。\n",
    # the retrieval line without the footer's own words: kept
    "某某条例\n第一条 为了规范。\n检索自“https://zh.wikisource.org/wiki/某某条例”\n分类：行政法规\n",
    # a footer with an article after it (two pages in one file): nothing goes
    "第一条 甲。\n检索自“https://zh.wikisource.org/wiki/甲”\n此页面最后编辑于2013年10月31日。\n第一条 乙。\n",
])
def test_text_that_only_mentions_a_wiki_keeps_its_lines(text):
    assert wiki_footer_block(text) is None
    assert remove_site_furniture(text)[0] == text


# --------------------------------------------------------------------------- F16-S2: a site's link directory

def _record_text() -> str:
    return json.loads((PAGES / "stats_tongjifa_record.json").read_text("utf-8"))["content"]


def test_the_stats_sites_link_directory_is_furniture():
    content = _record_text()
    clean = _clean(content)
    tail = clean[clean.rindex("第五十三条"):]
    for name in ("相关链接", "政府机构网站", "中央人民政府门户网站", "国家发展改革委", "北京局", "天津总队", "世界粮食计划署", "国际组织网站"):
        assert name not in tail  # ~1,900 characters of the directory were inside the last 第五十三条
    # the second copy ends on its last article: the related-links box that followed it goes too (F21-B2)
    assert tail.startswith("第五十三条\n本法自2010年1月1日起施行。")
    assert clean.count("本法自2010年1月1日起施行。") == 2  # the law (twice, as the page prints it) is whole


def test_blind_link_directories():
    """INVENTED before the change (blind.md B-LDa, B-LDb): a provincial portal's 友情链接 of cities and
    departments, and a 网站导航 with bullets and ``|`` separators."""
    cities = [f"{c}市人民政府" for c in "广州 深圳 珠海 汕头 佛山 韶关 河源 梅州 惠州 汕尾 东莞 中山 江门 阳江 湛江 茂名 肇庆 清远 潮州 揭阳 云浮".split()]
    organs = ("省发展改革委 省教育厅 省科技厅 省工业和信息化厅 省民族宗教委 省公安厅 省民政厅 省司法厅 省财政厅 省人力资源社会保障厅 "
              "省自然资源厅 省生态环境厅 省住房城乡建设厅 省交通运输厅 省水利厅 省农业农村厅 省商务厅 省文化和旅游厅 省卫生健康委 省审计厅").split()
    law = "广东省某某条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自2024年1月1日起施行。\n"
    a = law + "友情链接\n中国政府网\n省人大\n省政协\n" + "\n".join(cities) + "\n省直部门\n" + "\n".join(organs) + "\n"
    b = law + "网站导航\n" + "\n".join("· " + c for c in cities) + "\n" + "\n".join(o + " |" for o in organs) + "\n"
    assert _clean(a) == law and _clean(b) == law


COUNTIES = [f"{n}县" for n in ("平山 阜平 灵寿 赞皇 行唐 涞源 易县 曲阳 顺平 望都 唐县 涞水 康保 沽源 尚义 张北 蔚县 阳原 怀安 万全 崇礼 赤城 "
                               "丰宁 围场 隆化 平泉 滦平 宽城 青龙 威县 广宗 巨鹿 新河 平乡 临城 内丘 南宫 武邑 武强 饶阳 阜城 景县").split()]
ORGANS = [f"{n}人民政府" for n in COUNTIES]


@pytest.mark.parametrize("text", [
    # a notice's own list of names under its attachment heading
    "某省人民政府关于公布名单的通知\n特此通知。\n附件：退出贫困县名单\n" + "\n".join(ORGANS) + "\n",
    # a list heading naming sites, but of counties (no organ, no directory head): kept
    "某省人民政府通知\n特此通知。\n县级人民政府网站\n" + "\n".join(COUNTIES) + "\n",
    # too short for a directory
    "某条例\n第一条 为了规范。\n相关链接\n外交部\n国防部\n教育部\n",
    # a table of contents at the end
    "某条例\n第一条 为了规范。\n相关链接\n" + "\n".join(f"第{n}章 总则" for n in "一二三四五六七八九十" * 5) + "\n",
])
def test_a_documents_own_lists_are_no_link_directory(text):
    assert link_directory_tail(text) is None


def test_the_directory_scan_is_linear():
    for text in ["第一条 甲。\n相关链接\n" + "外交部\n" * 100_000, "外交部\n" * 100_000, "相关链接\n" * 100_000]:
        start = time.process_time()
        link_directory_tail(text)
        assert time.process_time() - start < 1.0


def test_the_wiki_footer_scan_is_linear():
    for text in ["检索自“https://zh.wikisource.org/\n" * 6_000, "wiki 检索自“\n" * 20_000 + "此页面最后编辑于",
                 "本作品\n" * 100_000 + "检索自“https://zh.wikisource.org/x\n此页面最后编辑于"]:
        start = time.process_time()
        wiki_footer_block(text)
        assert time.process_time() - start < 1.0
