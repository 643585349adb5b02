"""precb16 (session 16, field test 16b): court judgments name the site, the model, the car and the
question they judge; the spam and mojibake rules must keep them byte for byte.

Real snippets (data, copied unchanged):
* CAIL2019 阅读理解 ``context`` paragraphs of 裁判文书 (GitHub china-ai-law-challenge/CAIL2019 @ 010ebce,
  阅读理解/data/{dev,test}_ground_truth.json; /work/field16b/cail2019_ydlj/allNNNN_*.txt, record NNNN);
* LeCaRD's query 33 (GitHub myx666/LeCaRD @ b1a4b72, data/query/query.json, field ``q``).
The spam that must still go: the noise benchmark's seen spam family and the real anchors of earlier tests.
"""

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mojibake import fix_gbk_misalignment, writes_marks_in_ascii
from corpus_tools.clean.spam import glued_hosts, remove_spam_anchors

# F16B-P2: what each judgment names, and the snippet that names it.
CITED = [
    ("all1284", "www.17try.cn", "(2015)京x8内民证字第103473号《公证书》,证明:在2015年7月22日登陆网址为www.17try.cn的网站,"
     "其中名为《让爱更长久私处保养很重要》、《拍马屁之战斗星座看你是否在"),
    ("all0284", "wwww.leshou123.com", "括技术推广服务、组织文化艺术交流活动(不含演出)、会议服务、销售食品、保健食品等首页网址为wwww.leshou123.com"
     "的网站登记在被告名下原告称被告未经同意,在网址为wwww.leshou123.com的网站发布"),
    ("all0288", "http//yc.5sing.com/49564.html", "该网页有该歌曲歌词,并标明“词:一片心曲/编:席x2”,宣传地址:http//yc.5sing.com/49564.html;"
     "歌曲《有你是最美的天堂~金金版》"),
    ("all0337", "v-sbiresar111ledlamp(sl-ar111b01)", "公开被告的英文名称网址、电话、传真、地址、邮箱等信息,被控涉嫌侵权产品型号分别为:"
     "v-sbiresar111ledlamp(sl-ar111a01)、v-sbiresar111ledlamp(sl-ar111b01)、v-sbiresar111ledlamp(sl-ar111a01b)原告认为"),
    ("all0802", "豫R09J96号", "二、危险驾驶罪2013年1月19日22时许，被告人郭某某持超过有效期的驾驶证，醉酒驾驶豫R09J96号小型轿车，"
     "并搭载张某甲、王某沿南阳城区北京路自南向北行至通益摩托车公司门口处，"),
    ("all1691", "hxl.hy16808.com", "州市龙文区万达广场A区4号楼＊＊室内，通过互联网开设一个名为“恒信国际”（网址http：／／hxl.hy16808.com／）、"
     "利用正规彩票“重庆时时彩”开奖号码进行外围投注的网站平台。"),
    ("lecard33", "game456", "2013年1月至7月25日期间，被告人王某明知www．game456．com网站利用网络游戏平台进行网络赌博活动，仍分别于"),
]


@pytest.mark.parametrize("case, named, text", CITED, ids=[c[0] for c in CITED])
def test_a_judgment_keeps_the_site_model_or_plate_it_names(case: str, named: str, text: str) -> None:
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.rule == "spam_anchor"], case
    assert named in text and named.replace("(", "（").replace(")", "）") in result.text or named in result.text, case
    assert not [w for w in result.warnings if w.rule == "spam_anchor"], case  # nothing wrong recorded


def test_every_model_of_a_list_after_its_introducer_stays() -> None:
    text = CITED[3][2]
    assert remove_spam_anchors(text)[0] == text


def test_an_introduced_host_is_no_glued_host() -> None:
    text = CITED[1][2]
    assert glued_hosts(text) == []


# The spam the rule was built for still goes: a brand or a host that REPLACED or was INSERTED into the
# law's words (the noise benchmark's spam family; glued_hosts' own real damage: 低于被征收hongfa.net房屋).
SPAM = [
    ("第一条 为了建设智能制造万博体育APP官方网_万博体育manbetx3.0平台,支持发展。", "manbetx"),
    ("第二条 依法金彩汇娱乐_jch88管理，以「杏彩彩票官网」欺骗。", "jch88"),
    ("第三条 低于被征收hongfa.net房屋所在地段的，涉及总体规划m.hongfa.net强制性内容的，依法处理。", "hongfa"),
    ("第四条 依法提升tt88.com能力。", "tt88"),
    ("最新网址：kaiyun88.com\n第一条 为了规范管理，制定本条例。", "kaiyun88"),
]


@pytest.mark.parametrize("text, brand", SPAM, ids=[s[1] for s in SPAM])
def test_spam_that_replaced_or_was_inserted_into_a_word_still_goes(text: str, brand: str) -> None:
    assert brand not in clean_and_explain(text).text


# F16B-P1: pages that write every mark in ASCII write their question marks in ASCII too.
QUESTIONS = [
    ("all0132", "亲笔签名?", "以下二者之和给付身故或身体全残保险金,本合同终止1、本保险实际交纳的基本责任的保险费的105%;2、基本责任的累积"
     "红利保险金额对应的现金价值”原告就该保单留存的《业务员告知书》中,对“你是否见证投保人及被保险人在投保书上亲笔签名?”、"
     "“被保险人是否知道并同意投保人为其投保?”两选项,均勾选了“是”,《业务员告知书》最后有“康4”签名字样"),
    ("all1191", "最好看?》", ",该公证书中涉及多家美容医院,陈x0支付公证费3000元2017年3月6日、3月18日、4月8日、4月16日、4月21日,丽臻门诊部"
     "在上述微信公众号上分别发表名为《V脸女生吸引男性目光比圆脸长35秒!》《女人,留什么发型最好看?》《舒淇因为一脸雀斑才美,"
     "可夏天来了要不要祛斑呢?》"),
    ("all1463", "归还给原告?被告", "万林场通知,至今从未有人领取过租赁林地的租金另查明,本案讼争的双计英林场,面积557.6亩,权属育梧村定21一(1)"
     "屯集体所有本案的争议焦点:一、两被告于2003年签订的《租赁林地合同》是否有效?二、被告应否将租赁的林地归还给原告?"
     "被告应否赔偿原告的经济损失500000元?"),
]


@pytest.mark.parametrize("case, mark, text", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_a_question_mark_on_a_page_of_ascii_marks_is_no_lost_byte(case: str, mark: str, text: str) -> None:
    assert writes_marks_in_ascii(text)
    out, edits, _ = fix_gbk_misalignment(text)
    assert edits == [] and out == text, case
    cleaned = clean_and_explain(text)
    assert not [e for e in cleaned.edits if e.rule == "gbk_misalignment"], case
    assert mark.replace("?", "") in cleaned.text.replace("?", "").replace("？", ""), case


def test_a_lost_byte_on_a_page_of_wide_marks_is_still_repaired() -> None:
    # the rule's own case: 计划，确定 whose ``，`` lost its lead byte (A3 AC), on a page of full-width marks
    # (with another lost byte on the page: alone, a lone ``?`` is kept, F18-A3)
    assert fix_gbk_misalignment("结合本市实际?制定本条例。第一条　为了规范管理，根据有关法律，制定本条例。\n兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰?。")[0] \
        == "结合本市实际，制定本条例。第一条　为了规范管理，根据有关法律，制定本条例。\n兼顧防災減災、人民防空和通信等需要。"
    assert not writes_marks_in_ascii("第一条　为了规范管理，根据有关法律,制定本条例；")


def test_the_habit_scans_are_linear() -> None:
    import time
    text = ("原告主张,被告应赔偿;被告辩称:已经支付?" * 10_000)[:200_000]
    t0 = time.process_time()
    writes_marks_in_ascii(text)
    fix_gbk_misalignment(text)
    hostile = ("网址为" * 70_000)[:200_000] + "www.a1.com"
    remove_spam_anchors(hostile)
    assert time.process_time() - t0 < 30
