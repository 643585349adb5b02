"""Review 16's findings on session 16's spam and escape rules (/work/notes/review16.md, R16-F1 to F5): text they
changed that is no spam and no damage, byte-identical after the fix.

The probes are the review's (/work/notes/rev16/mk_p1.py): invented but written after real pages' shapes (a court
judgment naming the accounts used in an offence, as pages14_court's judgments do; gov.cn's service hotlines
12333/12349/12367; a gov page's link text ``点击进入下载``; a ticket ``#20013;``; CSS leaked into text); no real
page of the project's sets holds them (the review's grep).  Each is cleaned whole (``clean_page``) and must come
out as main (2e4c9d3) cleaned it: unchanged, but for ``width``'s ``;`` -> ``；`` on the ticket line, main's too.
The spam the rules were written for still goes: tests/test_clean_spam_contacts16.py, tests/test_clean_encoding16.py.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import escapes
from corpus_tools.clean.page import clean_page
from corpus_tools.clean.spam import remove_spam_anchors
from corpus_tools.clean.spam_contacts import contact_insertions, contact_lines
from corpus_tools.clean.spam_promotion import promotion_clauses
from corpus_tools.records import RawPage

LAW = "第一条 为了规范管理，制定本条例。\n"

KEPT = {
    # F1: a party's accounts in a judgment
    "court_qq": "经审理查明，被告人王某某以其QQ号123456789与被害人李某联系，骗取人民币五万元。",
    "court_qq2": "被害人张某QQ号码987654321被盗后，被告人冒充其身份借款。",
    "court_mobile": "被告人李某使用手机13912345678拨打被害人电话，被害人张某手机13800138000于当日收到短信。",
    "court_wechat": "被告人通过微信与被害人联系，被告人微信号wxid_abc123转账五千元，被害人陈某微信zhang8899收款。",
    # F2: gov service hotlines, each a line of its own
    "gov_hotline_line": "人力资源服务热线：12333\n居家养老上门服务热线：12349\n出入境办证咨询电话：12367\n学历认证咨询电话：12345678",
    "gov_hotline_line2": "再生资源回收热线：13912345678\n废旧物资回收 电话：13800138000",
    # F4: a gov page's link texts and slogans, a law naming an offer it forbids
    "clause_gov1": "详见附件，点击进入下载。\n推行一网通办，秒批秒办，提升效率。",
    "clause_gov2": "相关链接，请点击进入，查看全文。\n企业开办实现秒批，当天放款的贷款应当登记。",
    "clause_caipiao": "第五条 彩票发行机构应当公布中奖彩金，首存首充的，不得赠送。\n第六条 彩票销售，注册就送，属于违法行为。",
    "clause_deco": "本市设立〔新用户专区〕，提供【秒批服务】，实行※当日到账※。",
    # F5: a Latin name after a channel
    "wechat_android": "本办法所称客户端，包括微信Android版本和微信iPhone版本。",
    "tg_standard": "样品采用TG 209F3型热重分析仪测定。热重分析仪VX：Netzsch仪器。",
    # F3: number signs that are no references
    "esc_css": "body{color:#181818;font-size:14px;}\n.title{color:#151515;}",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_review16_probe_comes_out_as_on_main(name: str) -> None:
    text = LAW + KEPT[name] + "\n"
    assert clean_page(RawPage(name + ".txt", "0", "utf-8", "text", text)).text == text


def test_a_ticket_number_is_no_reference() -> None:
    text = LAW + "工单编号#20013;已办结。序号#23456;\n"
    out = clean_page(RawPage("ticket.txt", "0", "utf-8", "text", text)).text
    assert out == LAW + "工单编号#20013；已办结。序号#23456;\n"  # main's width rule, nothing read
    assert escapes.unescape_text("工单编号#20013;已办结。序号#23456;")[1] == []


@pytest.mark.parametrize("text", [
    "被告人赵某使用其QQ号码1234567890登录被害人账户。",  # precr16's blind variants (notes/precr16/blind.md)
    "被害人钱某手机号13611112222被冒用后报警。",
    "被告人周某微信kf888收取货款。",
    "支持微信Windows客户端登录。适配微信HarmonyOS版本。",
])
def test_no_contact_is_read_in_a_partys_account_or_a_name(text: str) -> None:
    assert contact_insertions(text) == [] and remove_spam_anchors(text)[0] == text


@pytest.mark.parametrize("text", [
    "纳税服务热线：12366", "证件办理咨询热线：12367", "上门服务预约电话：13600001111", "旧衣物回收 联系电话：15900001111",
    "办证大厅咨询邮箱：bzzx@gaj.gov.cn",
])
def test_an_offices_contact_line_stays(text: str) -> None:
    assert contact_lines(text) == []


@pytest.mark.parametrize("text", [
    "办理结果，点击进入查询。", "退税款，当日到账，无需等待。", "网上申报，立即进入，在线办理。", "第八条 禁止以返利，注册即送，等方式诱导。",
])
def test_an_offers_words_bare_are_no_offer(text: str) -> None:
    assert promotion_clauses(text) == []


@pytest.mark.parametrize("text", ["订单号#31245;已发货。", "票号#21834;作废", ".note{color:#131313;}", "编号#x12;"])
def test_number_signs_stay(text: str) -> None:
    assert escapes.unescape_text(text)[0] == text


@pytest.mark.parametrize(("damaged", "law"), [  # the spam and damage the guards must still see (blind.md P1-P5)
    ("对用于医疗器（VX：dk5521）械的管理。", "对用于医疗器械的管理。"),
    ("组织建立联薇信bz_3321动机制。", "组织建立联动机制。"),
    ("组织建立联QQ：2875541236动机制。", "组织建立联动机制。"),
    ("负有职责的部门委托检测的，首充50送50，其出具的数据应当真实。", "负有职责的部门委托检测的，其出具的数据应当真实。"),
    ("负有职责的部门委托检测的，日入过万点击进入，其出具的数据应当真实。", "负有职责的部门委托检测的，其出具的数据应当真实。"),
])
def test_the_spam_still_goes(damaged: str, law: str) -> None:
    assert remove_spam_anchors(damaged)[0] == law


@pytest.mark.parametrize(("damaged", "text"), [
    ("第二条 规范#20013;#21326;管理。", "第二条 规范中华管理。"),
    ("第二条 为了&#35268;#33539;管理。", "第二条 为了规范管理。"),
])
def test_damaged_references_in_a_run_are_still_read(damaged: str, text: str) -> None:
    assert escapes.unescape_text(damaged)[0] == text
