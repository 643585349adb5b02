"""Advertising sentences with a bare brand between a law's sentences (corpus_tools/clean/spam_promotion.py).

Positive cases: the noise benchmark's spam_blind_ad_sentence pages (session 13's members, 100 % residue through
session 14), copied from its failing articles of 2026-12-05 (base 8b8bcc9, seed 0).  No real page of the project
holds such a sentence (scan of /work/ref/DLC, /work/shared/real, tests/real_pages, field13/14: none found);
the negative cases are real pages' sentences that name prizes, bonuses and welcomes.
"""

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam_promotion import promotion_sentences

AD = [
    # 北京市人大常委会组成人员守则 art 4 (benchmark page)
    ("每次会议由秘书长通报出席情况。欢迎来到喜乐门娱乐城，官方认证信誉平台！常委会办公厅每年统计常委会组成人员出席情况，予以公布。",
     "欢迎来到喜乐门娱乐城，官方认证信誉平台！"),
    ("被检查者应当如实反映情况，提供必要的资料。星耀彩票网，新人首充翻倍。实施检查的部门、机构及其工作人员应当为被检查者保守商业秘密。",
     "星耀彩票网，新人首充翻倍。"),
    ("起十五日内作出准予贷款或者不准贷款的决定，并书面通知申请人。准予贷款的，由受托银行办理贷款手续；聚鑫电玩城，注册即送88元！不准贷款的，应当说明理由。",
     "聚鑫电玩城，注册即送88元！"),
]


@pytest.mark.parametrize(("text", "ad"), AD, ids=range(len(AD)))
def test_an_advertising_sentence_goes_and_the_law_around_it_stays(text: str, ad: str) -> None:
    out = clean_and_explain(text).text
    assert out == text.replace(ad, "")


REAL = Path(__file__).parent / "real_pages"
NEGATIVE = [
    # Macau 第25/2009号 批示 (tests/real_pages/field11): a prize the law allows
    "十三、在承批公司/ 獲轉批給人提出申請時,博彩監察協調局局長得許可以上數項所規定的額外彩金。",
    # a site's welcome in its header (tests/real_pages/meta9/wuhan_gjj_91e61e46.html), as text
    "首页。欢迎来到武汉住房公积金管理中心网站！无障碍阅读。",
    # realistic law sentences naming lotteries, platforms and bonuses
    "第七条 彩票发行机构应当公布彩金。新人首充的，不得赠送彩票。彩票返奖实行专户管理。",
    "第八条 禁止以注册即送、首充返利等方式诱导未成年人充值。网络游戏平台应当履行实名注册义务。",
    "第九条 福利彩票、体育彩票的发行机构应当建立网站，方便公众访问。彩票销售机构不得向未成年人销售彩票。",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=range(len(NEGATIVE)))
def test_law_sentences_on_prizes_and_platforms_stay(text: str) -> None:
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.rule.startswith("spam")], result.text  # (the Macau text is converted to Simplified)


def test_the_real_pages_hold_no_promotion_sentence() -> None:
    for name in ("field11/bo_io_gov_mo_2009_25_despsef.txt", "field14_spam/eaihelp_2012-04-01_1261.txt",
                 "field13_spam/znkccd_career_article_1708.txt"):
        assert promotion_sentences((REAL / name).read_text(encoding="utf-8")) == [], name


def test_the_scan_is_linear() -> None:
    text = ("注册即送。" * 40_000)[:200_000] + "\n" + "第一条 欢迎光临" * 25_000
    t0 = time.process_time()
    promotion_sentences(text)
    assert time.process_time() - t0 < 3


def test_an_offer_in_chinese_numerals() -> None:  # spam15's fresh probe
    law = "第九条 县级以上人民政府应当加强对食品安全工作的领导。{}建立健全食品安全监督管理工作机制。"
    assert clean_and_explain(law.format("豪运来棋牌，充值就送百分之二十！")).text == law.format("")
