"""Chrome, junk and markup field test 10 and review 10 found kept (or wrongly removed) on real pages
(notes field10.md F10-G5, F10-N1, F10-N2, F10-A3/S1; review10.md F4, F6), and the clean text that
must stay byte-identical beside them.

Every positive case is copied from the page that showed it (source noted); every negative case is
a line of the clean corpus (DLC) or of a real page that holds the same words.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.markup_residue import literal_markup_runs
from corpus_tools.clean.spam import adult_keyword_spans, remove_spam_anchors
from tests.real_build import REAL

FOLDER = REAL / "field10_chrome"


# --------------------------------------------------------------------------
# review 10, F6: lines of ordinary words that adult sites also write
# --------------------------------------------------------------------------

#: The adult keyword lines of field test 7b's pages (tests/test_clean_field7b_spam.py: tzsjczs.com,
#: dh635.com) and field test 9's per-better.com (F9-P19): each holds a word only such sites write.
ADULT_LINES = (
    "午夜在线精品不卡国产,成人永久免费福利视频网站,欧美在线观看成人高清视频",
    "国产精品成人一区二区不卡_中文字幕一区二区精品区_亚洲欧洲成人精品av97_成人自拍视频在线",
    "日韩高清亚洲日韩精品一区二区_亚洲成a人片在线观看无码_有奶水三级电视频_婷婷五月天激情综合影院",
)

#: Review 10's cases (/tmp/rv10/adult.py, adult2.py): a seating plan's zones, a shop's goods, a
#: phrase and an adjective; all were removed as adult keyword lines.
ORDINARY_LISTS = (
    "第一条 甲。\n一区,二区,三区,四区\n第二条 乙。\n",
    "分区安排\n一区_二区_三区_四区_五区\n",
    "入围名单\n一区,二区\n",
    "考场安排\n一区,二区,三区,四区,五区\n精品区,普通区\n",
    "丝袜,内裤,袜子\n",
    "春色满园,性感\n",
    "产品类别\n针织内衣,丝袜,内裤,睡衣,文胸\n",
)


@pytest.mark.parametrize("line", ADULT_LINES)
def test_adult_keyword_lines_still_go(line: str) -> None:
    page = line + "\n\n互联网用户账号名称管理规定\n"
    assert [page[a:b] for a, b, _ in adult_keyword_spans(page)] == [line]
    assert remove_spam_anchors(page)[0] == "互联网用户账号名称管理规定\n"


@pytest.mark.parametrize("text", ORDINARY_LISTS)
def test_lists_of_ordinary_words_stay(text: str) -> None:
    assert adult_keyword_spans(text) == []
    result = clean_and_explain(text, rules=["spam_anchor"])
    assert result.text == text and not result.edits


# --------------------------------------------------------------------------
# F10-G5: widgets of www.gz.gov.cn and its districts left in the text
# --------------------------------------------------------------------------

def furniture(text: str) -> str:
    return clean_and_explain(text, rules=["site_furniture"]).text


#: (page, its text as ingest gives it, the text without the widgets).  Pages of
#: /work/field10/shizelengleng+ai-zhengce-tong (www.gz.gov.cn 规范性文件库 and 天河区), pages+store10c
#: (yinchuan.gov.cn 司法局) and field test 8's mhxqwer/gov-clones (zxw1wuhan.gov.cn).
WIDGET_CASES = [
    ("34_电子居住证申领指南.html: a size switch without its label",
     "电子居住证如何申领？一文说清\nA+大 A+中 A+小\n01\xa0什么是电子居住证？\n",
     "电子居住证如何申领？一文说清\n01\xa0什么是电子居住证？\n"),
    ("b3_家庭医生_天河.md: the same, glued, in a Jina Reader copy",
     "天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级\n\nA+大A+中A+小\n\n为深入贯彻落实广州市优化家庭医生签约服务助推“百千万工程”提质增效。\n",
     "天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级\n\n为深入贯彻落实广州市优化家庭医生签约服务助推“百千万工程”提质增效。\n"),
    ("30_老年人助餐配餐服务管理办法: a font switch with no-break spaces",
     "【打印】 【字体：大\xa0\xa0中\xa0\xa0小】\n广州市民政局 广州市财政局 广州市市场监督管理局关于印发广州市老年人助餐配餐服务管理办法的通知\n",
     "广州市民政局 广州市财政局 广州市市场监督管理局关于印发广州市老年人助餐配餐服务管理办法的通知\n"),
    ("zxw1wuhan.gov.cn: no-break spaces inside the brackets",
     "【\xa0打印\xa0】  【\xa0扫一扫\xa0】\n【\xa0字体：大中小\xa0\xa0】\n11月5日，第七届武汉设计双年展在洪山区开幕。\n",
     "11月5日，第七届武汉设计双年展在洪山区开幕。\n"),
    ("33b_老年优待卡用途与办理指南: the read-aloud button and a view counter that never ran",
     "好消息！65岁以上老人免费！快上“穗好办”办理吧\n听全文\n2024-02-28\n-次\n北有冰灯，南有花灯。\n",
     "好消息！65岁以上老人免费！快上“穗好办”办理吧\n2024-02-28\n北有冰灯，南有花灯。\n"),
    ("32_长期护理保险试行办法: the scan widget broken by <br>, the print button, the image viewer's zoom box",
     "第三十二条 本办法自印发之日起施行，有效期3年。\n扫一扫在手机\n打开当前页\n下载、打印\n×\n+\n-\n↺\n",
     "第三十二条 本办法自印发之日起施行，有效期3年。\n"),
    ("28_特困人员救助供养通知: the zoom box twice",
     "广州市人民政府办公厅 2021年4月16日印发\n×\n+\n-\n↺\n×\n+\n-\n↺\n",
     "广州市人民政府办公厅 2021年4月16日印发\n"),
    ("b3_异地就医_穗好办.md: the zoom box between blank lines, the counter behind a Markdown icon",
     "关注 · 广州政府网\n\n×\n\n+\n\n-\n\n↺\n\n无需个人垫付！广州异地就医备案，上“穗好办”快速办理！\n__-次\n\n广州市现已开通异地就医。\n",
     "关注 · 广州政府网\n\n无需个人垫付！广州异地就医备案，上“穗好办”快速办理！\n\n广州市现已开通异地就医。\n"),
    ("b3_广东医保新措_大病保险.md: the share bar and the counter behind Markdown icons",
     "__ 来源：广州日报 \n\n*\n__\n__ 分享到 \n__-次\n\n职工医保个人账户共济范围扩至近亲属。\n",
     "__ 来源：广州日报 \n\n*\n__\n\n职工医保个人账户共济范围扩至近亲属。\n"),
    ("yinchuan_sfj_t20201029_2271003.txt: a share box and its close button (F10-Z3)",
     "《银川市城市住房保障管理办法（修订草案征求意见稿）》公开征求意见\n\n分享至好友和朋友圈\n\n×\n\n为了广泛听取社会各界的意见和建议。\n",
     "《银川市城市住房保障管理办法（修订草案征求意见稿）》公开征求意见\n\n为了广泛听取社会各界的意见和建议。\n"),
]


@pytest.mark.parametrize("case", WIDGET_CASES, ids=[c[0] for c in WIDGET_CASES])
def test_widgets_of_the_page_go(case) -> None:
    _, text, expected = case
    assert furniture(text) == expected


#: Lines that hold the same words or symbols as text: 23_企业职工基本养老金申领详解 (same folder),
#: a table's signs one per cell, a product, a close sign in a sentence.
WIDGET_NEGATIVES = (
    "（一）申办人按《受理回执》上所注明的时间，登录广东省社会保险公共服务平台查询、下载、打印《基本养老金核定表》。\n",
    "项目\n收入\n+\n支出\n-\n合计\n",
    "第十条 面积按长×宽计算。\n×\n第十一条 本办法自公布之日起施行。\n",
    "第五条 每次听全文朗读的，应当登记。\n",
    "第六条 申请人可以在手机上打开当前页面办理。\n",
    "__下划线__\n第七条 填写__处。\n",
)


@pytest.mark.parametrize("text", WIDGET_NEGATIVES)
def test_text_with_widget_words_stays(text: str) -> None:
    result = clean_and_explain(text, rules=["site_furniture"])
    assert result.text == text and not result.edits


# --------------------------------------------------------------------------
# F10-N2: a WeChat editor's HTML shown as text
# --------------------------------------------------------------------------


def test_a_wechat_article_printed_as_markup_loses_every_tag() -> None:
    """320924_archiver_tid-24058.txt: all of ``<section …>``, ``<p style…>``, ``<span …>``, ``<strong>``,
    ``</p>``, ``<p></p>`` go; the headings stay on lines of their own, the words split by
    ``</span><span …>`` join again (``统筹发展和安</span><span…>全``)."""
    page = (FOLDER / "320924_archiver_tid-24058.txt").read_text(encoding="utf-8")
    result = clean_and_explain(page, rules=["site_furniture"])
    assert "<" not in result.text and ">" not in result.text
    assert "筑牢安全防线 深化改革惠民 坚持从严治警\n公安部制修订《机动车登记规定》" in result.text
    assert "统筹发展和安全,进一步改革完善机动车登记" in result.text
    assert result.text.startswith("射阳网编辑 发表于 2021-12-28 09:42:03\n\n权威发布 | 公安部制修订《机动车登记规定》\n\n")
    # every character removed is a tag's
    removed = "".join(e.before for e in result.edits)
    assert all(e.detail == "literal markup" for e in result.edits)
    assert not any(0x4e00 <= ord(c) <= 0x9fff for c in removed.replace("96编辑器", ""))


#: Angle brackets of law text and of a Markdown page's table cells (tests/real_pages/crawler_md
#: writes ``□护照<br>□其他``), and one tag alone: no page of markup.
MARKUP_NEGATIVES = (
    "第五条 排放浓度<100mg/m³的，x<a时适用本条。\n<中华人民共和国香港特别行政区基本法>\n",
    "| 材料 | 说明 |\n|---|---|\n| 证件 | □护照<br>□其他 |\n",
    "第一条 为了规范管理。<strong>重点</strong>\n第二条 本办法自公布之日起施行。\n",
)


@pytest.mark.parametrize("text", MARKUP_NEGATIVES)
def test_angle_brackets_of_text_stay(text: str) -> None:
    assert literal_markup_runs(text) == []
    assert clean(text) == clean_and_explain(text, rules=[r for r in _rules() if r != "site_furniture"]).text


def _rules() -> list[str]:
    from corpus_tools.clean import CLEANING_ORDER

    return [name for name, _ in CLEANING_ORDER]


# --------------------------------------------------------------------------
# F10-S1, F10-A3: marks that are no lost byte, and a lost pair's trace left unflagged
# --------------------------------------------------------------------------


def test_a_line_of_scrambled_punctuation_gets_no_repair() -> None:
    """m_jianbiaoku_164131_4711925.txt: its injected ``?`` were read as lost characters (``，``, margins
    12.9 and 15.0 bits); the line is scrambled, so nothing is changed and a warning says why."""
    page = (FOLDER / "m_jianbiaoku_164131_4711925.txt").read_text(encoding="utf-8")
    result = clean_and_explain(page, rules=["gbk_misalignment"])
    assert result.text == page and not result.edits
    assert [w.message for w in result.warnings] == [
        "punctuation scrambled (marks injected inside words): no mark read as a lost byte"]


def test_lost_bytes_on_ordinary_lines_are_still_repaired() -> None:
    """The rule's own doctest case (a Big5 page's ``?偨Y``) is still repaired; a line of book titles
    and a bracketed label (all paired) is no scrambled line."""
    fixed = clean_and_explain("遴選梳理智能制造典型場景?偨Y“十三五”時期", rules=["gbk_misalignment"])
    assert fixed.text == "遴選梳理智能制造典型場景。總結“十三五”時期"
    titles = "根据《中华人民共和国立法法》《行政法规制定程序条例》【第一条】的规定，结合本市实际，制定本条例。"
    assert clean_and_explain(titles, rules=["gbk_misalignment"]).text == titles


def test_a_lost_pair_before_a_stray_ascii_byte_is_flagged() -> None:
    """taohualuo_post_1187007.txt (field10 pages+store10, 清远市司法局 mirror): ``(征求意見稿)?,F向社會`` is
    ``。現`` lost; kept, now with a warning."""
    line = "我局草擬了《清遠市人民政府規章項目庫管理辦法》(征求意見稿)?,F向社會公開征求意見,歡迎有關單位和個人提出意見。"
    result = clean_and_explain(line, rules=["gbk_misalignment"])
    assert result.text == line and not result.edits
    assert [w.excerpt for w in result.warnings] == ["意見稿)?,F向社會"]
    question = '记者问：这是什么?"他说。'
    assert not clean_and_explain(question, rules=["gbk_misalignment"]).warnings


# --------------------------------------------------------------------------
# F10-N1: a news report's wrapper around the 通告 it reposts
# --------------------------------------------------------------------------

#: tests/real_pages/field10_findings/huayeluhui_sjslczl_4594.txt (huayeluhui.com's copy of a 成都日报 report).
HUAYELUHUI = REAL / "field10_findings" / "huayeluhui_sjslczl_4594.txt"


def test_the_news_wrapper_goes_and_the_notice_stays_whole() -> None:
    page = HUAYELUHUI.read_text(encoding="utf-8")
    result = clean_and_explain(page)
    lines = result.text.splitlines()
    assert lines[0].startswith("为切实加强本市摩托车的管理，")
    assert lines[-1] == "成都市公安局交通管理局年8月15日"  # (the year the farm lost: a finding's business)
    assert sum(1 for line in lines if line[:2] in ("一、", "二、", "三、", "四、", "五、", "六、", "七、")) == 7
    removed = [e.before for e in result.edits if e.rule == "site_furniture"]
    assert removed == [
        "今天，成都市公安局交通管理局发布关于摩托车交通秩序管理的通告，通告规定，未取得入城证的摩托车全天禁止在成都市三环路以内"
        "（不含三环路辅道）的道路行驶。\n以下为通告原文：\n",
        "成都日报锦观新闻记者何良责任编辑何齐铁实习编辑卢娅芮\n转载请注明：http://www.0431\n",
    ]


#: A title above the handover (it stays), a law's sentences on journalists (DLC: 法院组织 mirrors, the
#: kong0107 Taiwan 法庭旁听规则 ``法庭得设记者旁听席，专供记者旁听。``), a title that names the roles, a lone byline.
NEWS_NEGATIVES = (
    "第4条\u3000法庭得设记者旁听席，专供记者旁听。\n",
    "关于加强新闻记者编辑队伍建设的意见\n一、总体要求。\n",
    "见习记者 王一凡\n以“践行新发展理念”为主题的论坛在沪召开。\n",
    "记者证管理办法\n第一条 为了规范记者证的管理，制定本办法。\n",
    "某局关于某事的通告\n经研究，现将有关事项通告如下：\n一、禁止某事。\n",
)


@pytest.mark.parametrize("text", NEWS_NEGATIVES)
def test_text_about_journalists_stays(text: str) -> None:
    result = clean_and_explain(text, rules=["site_furniture"])
    assert result.text == text and not result.edits


def test_a_title_above_the_handover_stays() -> None:
    text = "成都市公安局交通管理局关于摩托车交通秩序管理的通告\n今天，成都市公安局交通管理局发布通告。\n以下为通告原文：\n一、禁止某事。\n"
    assert clean_and_explain(text, rules=["site_furniture"]).text == "成都市公安局交通管理局关于摩托车交通秩序管理的通告\n一、禁止某事。\n"


# --------------------------------------------------------------------------
# junk10's leftovers (issue 15's seen residue): a betting unit inside a word
# --------------------------------------------------------------------------


def test_a_betting_unit_inside_a_word_goes() -> None:
    """The noise benchmark's spam_insert_inline residue (seed 0): 临沂市红色文化保护与传承条例 (DLC) art 45
    ``形成联杏彩电竞客户端合展示体系`` (联|合 split by the unit)."""
    law = "拓展展示路线、内容和形式，形成联合展示体系，促进红色旅游与民俗旅游、乡村旅游等融合发展。"
    damaged = law.replace("形成联合", "形成联杏彩电竞客户端合")
    result = clean_and_explain(damaged, rules=["spam_anchor"])
    assert result.text == law
    assert [e.before for e in result.edits] == ["杏彩电竞客户端"]


#: A lottery's app named by a law, a government's own app (the benchmark's other residue, ``人民政府客户端财政``,
#: is a word with no unit: kept), a category without an app.
UNIT_NEGATIVES = (
    "第十条 不得通过体育彩票APP销售彩票。\n",
    "第十一条 中国福利彩票客户端应当实行实名制。\n",
    "（一）县级以上人民政府客户端财政资助；\n",
    "第十二条 电子竞技客户端游戏应当设置防沉迷系统。\n",
)


@pytest.mark.parametrize("text", UNIT_NEGATIVES)
def test_app_names_of_the_law_stay(text: str) -> None:
    result = clean_and_explain(text, rules=["spam_anchor"])
    assert result.text == text and not result.edits
