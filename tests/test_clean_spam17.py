"""spam17 (session 17): spam the code was not written for, and what must stay.

Real snippets (data, copied unchanged unless said):
* CAIL2019 阅读理解 ``context`` paragraph all1191 (GitHub china-ai-law-challenge/CAIL2019 @ 010ebce,
  阅读理解/data; /work/field16b/cail2019_ydlj/all1191_医疗服务合同纠纷.txt): the judgment names an artist's
  WeChat account; the corpus masks the handle (``微信号“×××”``), the test writes one in its place.
"""

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
