"""spam17 (session 17): spam the code was not written for, and what must stay.

Real snippets (data, copied unchanged unless said):
* CAIL2019 阅读理解 ``context`` paragraph all1191 (GitHub china-ai-law-challenge/CAIL2019 @ 010ebce,
  阅读理解/data; /work/field16b/cail2019_ydlj/all1191_医疗服务合同纠纷.txt): the judgment names an artist's
  WeChat account; the corpus masks the handle (``微信号“×××”``), the test writes one in its place.
"""

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam import remove_spam_anchors

ALL1191 = "经审理查明,陈x0系我国台湾地区知名艺人微信号“×××”、微信名称“丽臻医疗美容”系丽臻门诊部"


def test_a_partys_handle_named_in_a_judgment_stays() -> None:
    # session 16's open item (closing16: ``证人孙某微信号sun_li2020`` lost its handle as a brand-shaped Latin unit)
    for text in (ALL1191, ALL1191.replace("×××", "sun_li2020"), "经审理查明，证人孙某微信号sun_li2020与被告多次联系。",
                 "原告通过微信号sun_li2020向被告转账15000元。"):
        result = clean_and_explain(text)
        assert not [e for e in result.edits if e.rule == "spam_anchor"], text
        assert "sun_li2020" not in text or "sun_li2020" in result.text


def test_a_handle_the_trade_asks_for_still_goes() -> None:
    # (the contact's lead, ``加``, is the trade's: spam_blind16_contact_inline's members)
    assert remove_spam_anchors("组织建立加微信号zxd_8899曹娥江流域")[0] == "组织建立曹娥江流域"
    assert remove_spam_anchors("组织建立加微信zxd8899曹娥江流域")[0] == "组织建立曹娥江流域"


# --- spam in a script foreign to the page (corpus_tools/clean/spam_foreign.py) ---------------------------
# No real page of the project's sets carries one (a scan of DLC, shared/real, seeds, raw, tests/real_pages and
# /work/field13-17 found none); the damage is session 17's blind members spam_blind17_foreign_script and
# spam_blind17_styled_latin, on a clean law's sentence (DLC 深圳经济特区细胞和基因产业促进条例, 第一条).
from corpus_tools.clean.spam_foreign import foreign_script_runs  # noqa: E402
from tests.test_hostile import bounded  # noqa: E402

LAW = ("第一条 为了推动细胞和基因产业健康、持续、高质量发展，探索产业发展模式和监管路径，提升生物医药产业整体发展水平，"
       "更好地满足人民群众对健康生活的需求，根据有关法律、行政法规的基本原则，结合深圳经济特区实际，制定本条例。")


def _inject(at_word: str, spam: str) -> str:
    i = LAW.index(at_word) + 1
    return LAW[:i] + spam + LAW[i:]


FOREIGN = [" 바카라사이트 ", "オンラインカジノ", " nhà cái uy tín ", "สล็อตเว็บตรง", "best online casino", "𝐋𝐄𝐇𝐔体育", "ⓚⓨ棋牌",
           "𝕓𝕖𝕥𝟙𝟠𝟠", "𝘸𝘢𝘯𝘭𝘪776娱乐", " パチンコ攻略 "]


def test_foreign_script_spam_inside_a_sentence_goes() -> None:
    for spam in FOREIGN:
        for word in ("细胞", "监管", "满足"):
            text = _inject(word, spam)
            assert clean_and_explain(text).text == LAW, (spam, word)


# What stays: a page written in the script (a Japanese page), pinyin with tone marks, English in brackets or at a
# line's edge, a law's circled item numbers, a unit, a standard's code, a glossed term.
KEPT = [
    "第二条 本条例所称细胞产品（cell therapy products）是指……",
    "第三条 按照①②项规定的APP应用，符合ISO 9001标准，功率为5 kW。",
    "第四条 汉语拼音 zhōng guó 的写法。",
    "第五条 使用Microsoft Office软件。",
    "呉大使は「中日平和友好条約の精神を堅持し、両国関係の発展を推進する」と述べた。日本の友好関係者300人余りが参加した。",
    "第六条 (1) best practice guidelines apply\n第七条 依法管理。",
]


def test_the_laws_own_foreign_letters_stay() -> None:
    for text in KEPT:
        assert foreign_script_runs(text) == [], text
        assert remove_spam_anchors(text)[0] == text, text


def test_a_page_that_writes_the_script_is_not_touched() -> None:
    # (a Korean translation page: its Hangul is no spam, even between two Han characters)
    page = "中华人民共和国公司法 중화인민공화국 회사법 " * 5 + "第一条 为了规范公司的组织和行为，制定本法。"
    assert foreign_script_runs(page) == []


@pytest.mark.parametrize("unit", ["바카라 ", "汉바카라", "ab ", "汉ab cd ", "𝐋汉", "ⓚⓨ1.", "nhà ", "汉パチンコ攻略"])
def test_foreign_scan_is_linear_on_a_hostile_line(unit: str) -> None:
    line = (unit * (200_000 // len(unit) + 1))[:200_000]
    assert bounded(lambda t: len(foreign_script_runs(t)), line, seconds=60) >= 0


# --- the seen shapes with a vocabulary no list holds (session 17's development vocabulary W) ----------------
from corpus_tools.clean.spam_decorations import bracketed_mixed_names  # noqa: E402
from corpus_tools.clean.spam_recurring import recurring_mixed_names  # noqa: E402

ART = "第十二条 以欺骗手段违法获得住房公积金贷款的，市公积金管理中心应当责令借款人限期退回违法所贷款额。"


def test_a_bracketed_mixed_name_in_any_bracket_goes() -> None:
    for spam in ("⟨蓝鲸城番摊=bluewhale⟩", "〘天使之翼angelwing.site〙", "⟨九龙湾赛狗ninedragonv3.6⟩", "<<旋风梭哈whirlwind>>"):
        text = ART.replace("住房公积金", "住房" + spam + "公积金")
        assert remove_spam_anchors(text)[0] == ART, spam


def test_a_mixed_name_the_page_repeats_in_place_of_a_word_goes() -> None:
    text = "第五条 可以蓝鲸城老虎机=bluewhale进行通报，保证顺利蓝鲸城老虎机=bluewhale完成。应当蓝鲸城老虎机=bluewhale按照规定执行。"
    assert remove_spam_anchors(text)[0] == "第五条 可以进行通报，保证顺利完成。应当按照规定执行。"


# Real text that must stay (data, copied unchanged): a law's repeated term with its acronym (DLC 广东省公路条例
# (2022-06-01) 第四十六条), a government app (tests/real_pages/jina_reader/gz_shengyu_jintie.md), Taiwan's cable
# types (/work/field16b/tw_mojlaw_json/J0030018.json), a judgment's watch and shop brands (LeCaRD query.jsonl).
KEPT_MIXED = [
    "经营性收费公路经营期间，等级公路技术状况指数（MQI）应当保持七十以上、高速公路技术状况指数（MQI）应当保持八十以上。",
    "职工可通过穗好办APP、穗好办微信公众号、广东政务服务网申请。以穗好办APP业务办理为例，1.扫码打开穗好办APP。",
    "一般型：包括低壓PVC電纜、低壓XLPE電纜，低壓EPR電纜或低壓PE電纜、低煙無毒電纜。包括低壓XLPE電纜、低壓EPR電纜。",
    "该包内有法兰克．穆勒（franckmuller）牌女式手表（价值人民币22000元），张群在杭州市下城区杭州大厦b2楼pinko专柜，佯装帮助被害人",
    "细胞产品（cell therapy）是指，依照〔2009〕第1号，【立法目的】为了规范，《标准GB》规定。",
]


def test_a_laws_repeated_terms_and_a_judgments_brands_stay() -> None:
    for text in KEPT_MIXED:
        assert recurring_mixed_names(text) == [] and bracketed_mixed_names(text) == [], text
        assert remove_spam_anchors(text)[0] == text, text


@pytest.mark.parametrize("unit", ["⟨蓝鲸城番摊=bluewhale", "住房⟨蓝鲸城番摊=bluewhale⟩", "可以蓝鲸城老虎机=bluewhale进行", "汉abcd", "<<汉字abcd"])
def test_mixed_name_scans_are_linear_on_a_hostile_line(unit: str) -> None:
    line = (unit * (200_000 // len(unit) + 1))[:200_000]
    assert bounded(lambda t: len(recurring_mixed_names(t)) + len(bracketed_mixed_names(t)), line, seconds=60) >= 0


def test_contacts_session16_left() -> None:
    # session 16's open items: ``vx`` glued to its handle; an e-mail address with no channel cutting a word
    assert remove_spam_anchors("组织建立加vxzxd4370曹娥江流域联动机制。")[0] == "组织建立曹娥江流域联动机制。"
    assert remove_spam_anchors("由受托银（kf8899@outlook.com）行办理。")[0] == "由受托银行办理。"
    for kept in ("联系人张三（zhangsan@bj.gov.cn）负责。", "意见请发送至（zqyjfk@163.com）。", "反馈邮箱（zqyjfk@163.com）、电话"):
        assert remove_spam_anchors(kept)[0] == kept


def test_a_line_of_mixed_script_brand_names_goes() -> None:
    from corpus_tools.clean.spam_mixed import mixed_name_lines

    law = "第一条 为了规范管理，制定本条例。\n\n第二条 本条例自公布之日起施行。"
    for line in ("每日救援金——天使之翼老虎机→angelwing", "热门标签：权重提升，钻石海岸diamond.fun，蜘蛛引流，金凤凰台赛狗phoenixgoldv6.5"):
        text = law.replace("\n\n第二条", "\n\n" + line + "\n\n第二条")
        assert remove_spam_anchors(text)[0] == law, line
    # an office's links line, an app line, a site's export header (tests/real_pages/meta11/lawbank_P000221229.txt) stay
    for kept in ("相关链接：中国政府网www.gov.cn，国务院公报", "下载：穗好办APP，粤省事", "法源法律網LawBank                       匯出時間:111.05.10"):
        assert mixed_name_lines(kept) == [], kept
    line = ("金凤凰台赛狗phoenixgoldv6.5，" * 20_000)[:200_000]
    assert bounded(lambda t: len(mixed_name_lines(t)), line, seconds=60) >= 0


def test_a_brand_spelled_out_with_interpuncts_goes_and_the_laws_stay() -> None:
    # session 16's open item (``福·满·多·娱·乐·城``); review 15's R15-F1 members stay
    assert remove_spam_anchors("第三条 加强福·满·多·娱·乐·城管理。")[0] == "第三条 加强管理。"
    for kept in ("坚持德·智·体·美·劳全面发展。", "培养德・智・体・美・劳全面发展的建设者。"):
        assert remove_spam_anchors(kept)[0] == kept


def test_a_judgments_repeated_account_or_shop_stays() -> None:
    # (the page-recurrence and line detectors read a repeated mixed-script string; a judgment repeats a party's
    # handle, account or shop at each place it names it: evidence, kept; the shapes of LeCaRD's ``b2楼pinko专柜``)
    for kept in ("经审理查明，被告人通过微信号sunli2020与被害人联系，被害人向微信号sunli2020转账，后微信号sunli2020注销。",
                 "原告通过支付宝账户zhangwei向被告转账，被告的支付宝账户zhangwei于次日，支付宝账户zhangwei显示",
                 "在天猫旗舰店pinko购买，又在京东旗舰店pinko购买，旗舰店pinko称",
                 "被告人在网站（www.abc.com）发布，该网站（www.abc.com）显示",
                 "第一条 甲。\n涉诈账号：张某微信zhang2020，李某微信号li_si88，王某网址wangwu.com\n第二条 乙。"):
        assert remove_spam_anchors(kept)[0] == kept, kept
