"""Runs of site chrome at a page's edges (session 20, furn20; ``corpus_tools/clean/chrome_runs.py``).

The family: what a site's template prints above a law's title and below its last sentence, kept as lines:
buttons, toggles and counters made only of a site's words (Chinese, English, both), bar menus, breadcrumbs,
the page's fields whose values were lost, QR captions, the leaving-site pop-up, the template's CSS and script,
and link boxes (a head, then other pages' titles).  Members: real tails (gov.cn, most.gov.cn, Suzhou, shb,
jl.gov.cn, gjj.hainan.gov.cn, fujian, wuhan gjj; tests/real_pages/furn20/SOURCE.md) and composed ones; held-out
members (expand widgets in English or with arrows, a mobile site's promo tail, an English leaving pop-up) are
benchmark variants only (tests/noise/wide/families/furniture20.py).  Negatives: the law's own last lines (a
signature, a date, an editor's note, an attachment label, a bilingual title) come out byte-identical.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.chrome_runs import chrome_runs, line_role, widget_line

FOLDER = Path(__file__).parent / "real_pages" / "furn20"

LAW = "某市养犬管理条例\n\n第一条 为了加强养犬管理，制定本条例。\n\n第二条 本条例自2022年1月1日起施行。"
NOTICE = "某局关于优化贷款政策的通知\n\n各有关单位：\n本通知自发布之日起施行。\n某市住房公积金管理局\n2026年7月2日"

#: (label, source, head lines, tail lines): each must go whole, the law around them stay byte for byte.
CASES = [
    ("related box under the date", "real: cityhtml fdd7eeb83bbb (gjj.hainan.gov.cn)", "",
     "相关稿件\n·《某局关于进一步优化调整住房公积金贷款政策的通知》政策解读"),
    ("QR caption", "real: field11_metadata ndict_fujian_shenyi_jieguo", "", "扫码关注中国福建微信"),
    ("collapse widget", "real: cityhtml 03368babc809", "", "收起导航\n收起\n导航"),
    ("empty box label", "real: meta9 wuhan_gjj_91e61e46", "", "政策解读："),
    ("gov.cn tail", "replica: gov.cn", "",
     "扫一扫在手机打开当前页\n解读\n我国最新对可制造毒品的5种物质予以管制\n国务院办公厅关于同意将溴素列入易制毒化学品品种目录的函\n登录\n注册"),
    ("Suzhou tail with CSS", "replica: Suzhou", "",
     "相关解读\n扫一扫在手机打开当前页\n分享到：\n$('#share-1').share();\nimg#imgConac {\nheight: 55px;\n}\n网站导航：\n中国政府网\n苏州辖市（区）网站"),
    ("most.gov.cn tail", "replica: most.gov.cn", "", "扫一扫在手机打开当前页\n打印本页\n相关文档\n相关附件"),
    ("shb tail", "replica: shb (stcsm)", "",
     ".xxgk_xgxx a{ color:blue;}\n【相关信息】\n关于印发《上海市科技创新券管理办法》的通知\n【部门解读】《上海市科技创新券管理办法》政策解读\n【打印】\n【关闭】"),
    ("jl CSS head", "replica: jl.gov.cn", ".bsClose span{font-size: 20px; color: #999;}\n.bsTop{width: 220px;text-align:center}\n分享到 - 微信", ""),
    ("empty fields head", "replica: a portal's head", "您的位置: / 正文\n来源：\n发布日期：\n浏览次数： 次\n文章字号：大中小\n分享到：\n微博\n微信", ""),
    ("script tail", "replica: bjb fgw", "", "//相关政策\ndocument.write('相关政策');\n分享到：\n微信"),
    ("English chrome", "composed", "Home > Policies > Regulations\nFont size: A A A | Print | Close", "Page 2 of 5"),
    ("bilingual menu", "composed", "首页 Home | 政务公开 Government | English", "打印 Print | 关闭 Close"),
    ("date toolbar", "composed", "2022年11月28日 星期一 | 设为首页 | 加入收藏", ""),
    ("accessibility toggles", "composed", "Accessibility | Elderly Mode | 简 | 繁 | EN", ""),
    ("English breadcrumb", "composed", "You are here: Home > Laws > Local Regulations", ""),
    ("breadcrumb through channels named like titles", "composed (furn21)",
     "您的位置：首页 > 政府信息公开 > 政府信息公开目录 > 规范性文件\n打印 | 关闭", ""),
    ("leaving pop-up", "composed", "", "您即将离开本网站\n您访问的链接即将离开\"某市人民政府\"门户网站 是否继续？\n继续访问\n放弃"),
    ("QR and channels", "composed", "", "扫描二维码关注我们\n微信公众号\n官方微博"),
    ("QR captions after site words", "composed (furn21)", "", "官方微信二维码\n用微信“扫一扫”\n手机版二维码"),
    ("share targets", "composed", "", "分享到：\n微信\n微博\nQQ\n复制链接"),
    ("counters", "composed", "", "阅读量：1234\n点赞 收藏 转发"),
    ("related links in English", "composed", "", "Related Links\nMinistry of Justice\nNPC Database"),
]


def _page(body: str, head: str, tail: str) -> str:
    return (head + "\n\n" if head else "") + body + ("\n\n" + tail if tail else "") + "\n"


@pytest.mark.parametrize("label,source,head,tail", CASES, ids=[c[0] for c in CASES])
def test_chrome_run_goes_the_law_stays(label: str, source: str, head: str, tail: str) -> None:
    body = NOTICE if source.startswith("real: cityhtml fdd7") or "wuhan" in source else LAW
    assert clean(_page(body, head, tail)).strip() == body


def test_page_widgets_between_articles() -> None:
    text = LAW.replace("\n\n第二条", "\n\nPrevious 1 2 3 Next\n\n第二条")
    assert clean(text) == LAW
    text = LAW.replace("\n\n第二条", "\n\n展开全文\n\n第二条")
    assert clean(text) == LAW


# --------------------------------------------------------------------------- negatives: byte-identical

NEGATIVES = [
    ("signature, date, publication note", LAW + "\n\n某市人民政府\n2022年1月1日\n（此件公开发布）\n"),
    ("bare attachment label", LAW + "\n某市人民政府\n2020年3月9日\n附件\n"),
    ("attachment list", LAW + "\n\n附件：\n1.某市犬只登记名录\n2.某市重点管理区域表\n"),
    ("site words inside articles", "某条例\n第一条 鼓励通过微信、微博等方式宣传。\n第二条 点赞、收藏、转发应当遵守本条例。\n"),
    ("bilingual law title", "中华人民共和国公司法\nCompany Law of the People's Republic of China\n第一条 为了规范公司的组织和行为，制定本法。\n"),
    ("label with its value below", "发布日期：\n2022-01-01\n某条例\n第一条 为了规范管理，制定本条例。\n"),
    ("titles with no box head", LAW + "\n\n某市人民政府关于实施本条例的决定\n某市人大常委会关于修改本条例的决定\n"),
    ("a law's list of channels", "某条例\n第五条 政务新媒体包括：\n（一）微信公众号；\n（二）官方微博。\n"),
]


@pytest.mark.parametrize("label,text", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_the_law_s_own_lines_stay(label: str, text: str) -> None:
    assert chrome_runs(text) == []


# --------------------------------------------------------------------------- negatives (furn21): content stops a run

#: A chrome line must be chrome whole: the document's own content on it, or on a line among chrome lines, is
#: never part of a run (the full suite's failures of furn20: a title, 第一章, 附件：…, ``Article 1``, CSS text).
CONTENT_IN_CHROME_SHAPES = [
    # a title line
    ("title glued to a breadcrumb", "首页 > 政策法规 > 正文某市停车场管理条例\n第一条 为了规范管理。"),
    ("title as the last crumb", "首页 > 政策法规 > 某市停车场管理条例\n第一条 为了规范管理，制定本条例。\n"),
    ("title in a menu's cell", "首页 | 政策法规 | 某市停车场管理条例\n第一条 为了规范管理，制定本条例。\n"),
    ("title before a QR caption", "某市停车场管理条例扫一扫在手机打开当前页\n第一条 为了规范管理，制定本条例。\n"),
    # structural labels
    ("chapter glued to a breadcrumb", "首页 > 政策法规 > 正文 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n"),
    ("chapter behind a location label", "您的位置：首页 > 法规 > 第一章 总则\n第一条 为了规范管理，制定本条例。\n"),
    ("part in a crumb", "首页 > 政策法规 > 第一编 总则\n第一条 为了规范管理，制定本条例。\n"),
    ("chapter glued to buttons", "【打印】【关闭】第一章 总则\n\n第一条 为了规范管理，制定本条例。\n"),
    ("attachment glued to a QR caption", "第一条 甲。\n附件：某表格扫一扫在手机打开当前页\n"),
    ("annex under a box head", LAW + "\n相关解读\n附录A 某市犬只登记表\n"),
    ("attachment under a share widget", LAW + "\n分享到：\n附件1：某市犬只登记名录\n"),
    # an article's text
    ("article wrapped on a QR word", "某条例\n第一条 为了规范管理，制定本条例。\n第二条 停车场应当公示收费标准和\n付款二维码\n"),
    ("article wrapped on site words", "某条例\n第一条 为了规范管理，制定本条例。\n第二条 经营者应当在显著位置公示\n扫码关注第三条规定的信息\n"),
    # another language's content
    ("English article labels", "Article 1\n第一条 为了规范管理，制定本条例。\nArticle 2\n第二条 本条例自公布之日起施行。\n"),
    ("English chapter label", "Chapter II\n第二章 管理\n第三条 养犬应当登记。\n"),
    ("English annex label at the tail", LAW + "\nAnnex 1\n附件1\n"),
    # code that no widget corroborates (a web standard's example, review16's esc_css probe)
    ("CSS alone at the tail", LAW + "\nbody{color:#181818;font-size:14px;}\n.title{color:#151515;}\n"),
    ("CSS alone at the head", "body{color:#181818;}\n.title{color:#151515;}\n" + LAW + "\n"),
    ("a script line alone", LAW + "\ndocument.write('某条例');\n"),
]

#: Those of them that every rule leaves byte-identical (the others hold junk that furniture's other rules take).
BYTE_IDENTICAL = ("title before a QR caption", "annex under a box head", "article wrapped on a QR word",
                  "article wrapped on site words", "English article labels", "English chapter label",
                  "English annex label at the tail", "CSS alone at the tail", "CSS alone at the head")


@pytest.mark.parametrize("label,text", CONTENT_IN_CHROME_SHAPES, ids=[c[0] for c in CONTENT_IN_CHROME_SHAPES])
def test_content_is_never_in_a_run(label: str, text: str) -> None:
    assert [text[a:b] for a, b in chrome_runs(text)] == []
    if label in BYTE_IDENTICAL:
        assert clean(text) == text


def test_content_under_chrome_stays_and_the_chrome_goes() -> None:
    """Content among chrome lines stops the run; the chrome below it still goes."""
    text = LAW + "\nChapter II\nPrint | Close\n"
    assert clean(text) == LAW + "\nChapter II\n"
    text = "首页 > 政策法规 > 正文某市停车场管理条例\n第一条 为了规范管理。"
    assert clean(text) == "某市停车场管理条例\n第一条 为了规范管理。"  # (furniture's glued-junk rule: only the junk)


def test_linear_on_hostile_content_shapes() -> None:
    """Long lines of crumbs, cells and labels are read once each (lines over the longest chrome line are
    never read at all)."""
    crumbs = "\n".join("首页 > " + " > ".join(["政策法规"] * 20) for _ in range(3000))
    cells = "\n".join(" | ".join(["首页"] * 30) for _ in range(3000))
    labels = "\n".join("附件" * 80 for _ in range(3000)) + "\n" + "\n".join("Article " * 20 for _ in range(3000))
    hostile = crumbs + "\n" + cells + "\n" + labels + "\n" + ("首页 > " * 30000) + "\n"
    start = time.process_time()
    chrome_runs(LAW + "\n" + hostile)
    chrome_runs(hostile + LAW)
    assert time.process_time() - start < 10


@pytest.mark.parametrize("name", sorted(p.name for p in FOLDER.glob("*.html")))
def test_real_gov_pages_keep_their_last_lines(name: str) -> None:
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page

    text = clean_page(ingest_file(FOLDER / name, FOLDER)).text
    assert text.rstrip().endswith(("（此件公开发布）", "（本文有删减）"))


def test_line_roles() -> None:
    assert [line_role(x) for x in ("Print | Close", "img#imgConac {", "【相关信息】", "浏览次数： 次", "2022年1月1日",
                                   "第二条 本条例自公布之日起施行。", "（一）微信公众号；")] == [
        "chrome", "chrome", "head", "label", "item", None, None]
    assert widget_line("【大】【中】【小】 【打印】 【关闭窗口】 【收藏】") and not widget_line("大 中 小")


def test_linear_on_hostile_input() -> None:
    """Many short lines, a long line of site words and a long pipe row: time stays linear."""
    dots = "\n".join("a" + ".#" * 75 + "!" for _ in range(100))  # (a selector's separators: no backtracking)
    hostile = dots + "\n" + "\n".join(["微信"] * 20000) + "\n" + "打印 " * 20000 + "\n" + "|".join(["首页"] * 20000) + "\n"
    start = time.process_time()
    chrome_runs(LAW + "\n" + hostile)
    chrome_runs(hostile + LAW)
    assert time.process_time() - start < 10
