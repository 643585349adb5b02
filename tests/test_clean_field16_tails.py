"""Field test 16's page tails kept in the last article (tests/real_pages/field16_fixf/SOURCE.md): a Wikisource footer
in a text dump (F16-N2)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.clean.furniture import remove_site_furniture
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


def test_the_wiki_footer_scan_is_linear():
    for text in ["检索自“https://zh.wikisource.org/\n" * 6_000, "wiki 检索自“\n" * 20_000 + "此页面最后编辑于",
                 "本作品\n" * 100_000 + "检索自“https://zh.wikisource.org/x\n此页面最后编辑于"]:
        start = time.process_time()
        wiki_footer_block(text)
        assert time.process_time() - start < 1.0
