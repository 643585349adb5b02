"""Session 23, room spam23: brands dressed so that no rule expects them.

1. Dressed in Unicode (:mod:`corpus_tools.clean.spam_dressed`): combining marks over every character, enclosed,
   mathematical, small-capital or look-alike letters.  The run goes whole, as one edit.
2. Dressed as social tags (``#X#``, ``＃X＃``, ``@X``) and as domains in other clothes (Han labels, punycode, a dot
   spelled otherwise) (:mod:`corpus_tools.clean.spam_tags`).
3. Real pages quote tags, handles, e-mail addresses and the sites a judgment is about: byte-identical.

The brands and sentences here are none of the benchmark's members (family members written for the room).
"""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.rules import SPAM_ANCHOR
from corpus_tools.clean.spam_tags import CLOTHED_HOST, HAN_LABEL_DOMAIN

LAW = "第五条 县级以上人民政府应当加强对本行政区域内{}环境卫生工作的领导。"
CLEAN = LAW.format("")


@pytest.mark.parametrize("dressed", [
    # combining marks over Han characters (strike, solidus, overline, diacritics stacked)
    "金̶樽̶娱̶乐̶", "鸿̸运̸棋̸牌̸", "御̸龙̸汇̸", "金̈́沙̈́城̈́", "皇⃥朝⃥真⃥人⃥",
    # over Latin letters, with the host glued after
    "k̶a̶i̶y̶u̶n̶.com", "j̷z̷8̷8̷", "m̲a̲n̲b̲e̲t̲x̲",
    # letters of other blocks whose skeleton is a brand
    "ⓚⓐⓘⓨⓤⓝ", "𝐣𝐳𝟖𝟖.𝐯𝐢𝐩", "𝓶𝓪𝓷𝓫𝓮𝓽𝔁", "ᴋᴀɪʏᴜɴ", "mаnbеtx",  # (the last with Cyrillic а and е)
])
def test_dressed_brand_goes_whole(dressed):
    result = clean_and_explain(LAW.format(dressed))
    assert result.text == CLEAN
    spam = [e for e in result.edits if e.rule == SPAM_ANCHOR]
    assert len(spam) == 1 and spam[0].before == dressed


@pytest.mark.parametrize("tagged, page", [
    ("#御龙汇娱乐#", None),
    ("＃金樽国际官网＃", None),
    ("#鸿运88棋牌# @鸿运88棋牌", None),
    ("@金樽国际官网", None),
    ("@澳门金沙", None),
])
def test_social_tag_goes_whole(tagged, page):
    result = clean_and_explain(LAW.format(tagged))
    assert result.text == CLEAN
    assert [e.before for e in result.edits if e.rule == SPAM_ANCHOR] == [tagged]


def test_tag_pair_of_a_name_and_a_word_of_the_trade():
    """``#X# @X`` once on the page, a name and a word of the trade (no brand of a list, no site word)."""
    assert clean(LAW.format("#御龙汇体育# @御龙汇体育")) == CLEAN


def test_one_sided_tag_learned_from_the_page():
    text = LAW.format("#御龙汇娱乐#") + "\n" + "第六条 本市@御龙汇娱乐各级人民政府应当组织开展爱国卫生运动。"
    assert clean(text) == CLEAN + "\n" + "第六条 本市各级人民政府应当组织开展爱国卫生运动。"


@pytest.mark.parametrize("domain", [
    "www.御龙汇.中国", "http://金樽国际.网络", "https://鸿运棋牌.公司", "www.金樽娱乐.com",
    "kaiyun[.]com", "www . jz88 . vip", "manbetx点com", "jz88。vip", "http://xn--fjq720ad2m6r2b.com", "澳门金沙.网址",
])
def test_domain_in_other_clothes_goes(domain):
    result = clean_and_explain(LAW.format(domain))
    assert result.text == CLEAN
    spam = [e for e in result.edits if e.rule == SPAM_ANCHOR]  # (the width rule wrote ``。`` for a dot between Han)
    assert len(spam) == 1 and spam[0].before.replace("。", ".") == domain.replace("。", ".")
    detail = json.loads(spam[0].detail)  # (an insertion, or the gap of an anchor that grew over the host: ``kaiyun[.]com``)
    assert detail.get("inserted") in (HAN_LABEL_DOMAIN, CLOTHED_HOST) or detail.get("gap")


def test_bare_han_domain_learned_from_a_link():
    text = LAW.format("http://御龙汇.网址") + "\n" + "第六条 本市各级人民政府应当组织开展御龙汇.中国爱国卫生运动。"
    assert clean(text) == CLEAN + "\n" + "第六条 本市各级人民政府应当组织开展爱国卫生运动。"


# Real lines (field folders, DLC, the base builds of govcn and bjtcm) with tags, handles, addresses and domains.
REAL_LINES = (
    "4个回答\n#热议#\n普通体检能查出癌症吗？",  # (field 21, rpa_lawcrawl: a Q&A page's topic)
    "#刘柯妤诉刘茂勇、周忠容共有房屋分割案\n【裁判摘要】",  # (field 21, court_cases_md: a case's heading)
    "公众可以通过电子邮件方式，将意见发送至电子邮箱zqyjfk@163.com；请在邮件主题注明“意见反馈”字样。",  # (govcn)
    "联系电话：0791-86249025（邮箱：szfdcs@jiangxi.gov.cn）。",  # (field 21, jx_gov_saved)
    "[5]中国医师协会检验医师分会.肿瘤标志物临床应用专家共识.中国癌症防治杂志,2012,4(2):101-110.",  # (cmde)
    "第二十条 网络数据处理者应当建立健全网络数据安全管理制度。网络数据处理者处理个人信息的，应当遵守本条例。",
    "以官网“百姓心声”栏目、微博“北京中医局”、微信公众号“首都中医”等为重要的载体。",  # (bjtcm)
    "注重结合重大活动、重要节日及纪念日、主题日等设置话题、策划活动，探索政民互动新方式。",  # (govcn)
    # (bjtcm: an official site's address with a Han label, in a list after 网址)
    "医疗机构对本机构的医疗美容主诊医师专业进行核定后，通过医师管理信息系统（网址http://www.cndocsys.cn或http://www.医师系统.cn）"
    "填报《北京市医疗美容主诊医师备案表》。",
    "中国政府网（www.gov.cn）是国务院和国务院办公厅在国际互联网上发布政务信息和提供在线服务的综合平台。",
    "参与话题#全民健身体育#讨论，关注@北京发布的通知。",  # (a notice names a Weibo topic and a handle)
    "不同年龄的心̶理̶特点",  # (a styler's strike-through over the law's own words: the invisible rule's warning)
    "设𝑥为变量，Ⓐ项，α-淀粉酶，β受体，Société Générale。",
)


@pytest.mark.parametrize("line", REAL_LINES)
def test_real_lines_stay(line):
    result = clean_and_explain(line)
    assert [e for e in result.edits if e.rule == SPAM_ANCHOR] == []


def test_judgment_keeps_the_sites_it_is_about():
    """Field test 22 (anli-xingcan): a judgment on video-chat sites names their addresses (main deleted them)."""
    line = ("同年10月，郑立要求本公司技术部门开发视频聊天网站平台，后与刘峻松将视频聊天软件上传到视频聊天网站平台，"
            "并于11月建立WWW.27bY.COM、WWW.UD99.COM视频聊天网站。郑立、戴泽焱、刘峻松在原有网站WWW.27bY.COM的基础上，"
            "又建立了WWW.10VE65.COM、WWW.10VE31.COM等网站并进行推广。")
    result = clean_and_explain(line)
    assert result.text == line
    assert [e for e in result.edits if e.rule == SPAM_ANCHOR] == []
    assert any("the law names it" in w.message for w in result.warnings)


def test_address_put_into_a_sentence_still_goes():
    assert clean(LAW.format("www.kaiyun88.com")) == CLEAN
