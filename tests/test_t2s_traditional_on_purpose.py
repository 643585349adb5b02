"""traditional_to_simplified: a Traditional character a court wrote on purpose in Simplified text is kept
(field test 18, F18-A5).

LawBench (GitHub open-compass/LawBench @ e30981b; /work/field18/lawbench_qa) holds CAIL judgments that write a
party as ``平x4(啟)`` (``zero_shot_2-5.json`` record 44: how the name is written, noted after it, six times), a
quoted place name ``鑫森林场“黄枝崙”山场`` (3-1/3-4/3-5 #395, quoted in /work/notes/field18.md) and a marriage
certificate number ``浙湖雙结2002字第301号`` (2-5 record 281).  The isolated conversion wrote ``平x4(启)``,
``黄枝仑``, ``浙湖双结``.  A slip in running text (``侦査``, ``质証``, ``丟失``, ``特別``) still converts.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.script import convert_traditional

# zero_shot_2-5.json record 44, question, verbatim
REAL_44 = ("原告王x0、被告武x3、平x4(啟)分别在该欠条的下方签名捺印,平x4(啟)名字前写有“证”字。2000年1月20日出生,经原告催要,"
           "被告武x3在该欠条的背面书写了“94年5月份王x0退伙,他的投资款贰(原处为别字)万壹仟贰(原处为别字)佰零柒元陆角伍分,"
           "由平x4(啟)和武x3共同承担。")
# zero_shot_2-5.json record 281, question, verbatim
REAL_281 = "经审理查明:原告于2002年10月25日与潘新峰在浙江省湖州市双林镇人民政府登记结婚,结婚证号为浙湖雙结2002字第301号。"
# 3-1 #395 (field18.md)
REAL_395 = "鑫森林场“黄枝崙”山场"


@pytest.mark.parametrize("text", [REAL_44, REAL_281, REAL_395], ids=["name-in-parentheses", "certificate", "place"])
def test_real_deliberate_traditional_is_kept(text):
    out, edits, _ = convert_traditional(text)
    assert out == text and edits == []


@pytest.mark.parametrize("text", [
    # blind variants (precf18b blind.md d1-d5)
    "被告陈x2(華)在借条上签名，陈x2(華)名字前写有字。",
    "原告林某（鋒）系该公司股东。",
    "双方争议位于“石門坳”的林地。",
    "房产证号为粤穗房權2010字第1234号。",
    "土地证号为闽泉國用（2008）第0012号。",
])
def test_blind_deliberate_traditional_is_kept(text):
    out, edits, _ = convert_traditional(text)
    assert out == text and edits == []


@pytest.mark.parametrize("text,expected", [
    ("经侦査查明，被告人于当日到案。", "经侦查查明，被告人于当日到案。"),
    ("被告对该证据质証认为不真实。", "被告对该证据质证认为不真实。"),
    ("原告钱包丟失后报警。", "原告钱包丢失后报警。"),
    ("他说“我們走吧，快点”，随即离开。", "他说“我们走吧，快点”，随即离开。"),  # a quoted sentence, no name
    ("被告特別授权代理人参加诉讼(见附件)。", "被告特别授权代理人参加诉讼(见附件)。"),
])
def test_slips_in_running_text_still_convert(text, expected):
    assert convert_traditional(text)[0] == expected


@pytest.mark.parametrize("unit", ["平x4(啟)", "“黄枝崙”", "雙结2002字第"])
def test_hostile_repetition_is_linear(unit):
    import time

    text = unit * (200_000 // len(unit))
    start = time.process_time()
    convert_traditional(text)
    assert time.process_time() - start < 10.0


# R18-F8 (review18 probes p20, p21): precision kept by F18-A5 must not keep a converter's slip on a Simplified page.
# p20_slip_docnum.txt, verbatim line of a Simplified notice (an organ's document numbers with the year in 〔〕)
P20 = ("根据《国务院关于进一步加强安全生产工作的决定》（國发〔2004〕2号）和《国务院办公厅关于加强安全生产监管执法的通知》"
       "（国办發〔2015〕20号）精神，现就有关事项通知如下：")
# p21_slip_quoted.txt, a law's quoted defined terms (the commonest quote in a law)
P21 = ("第二条 本条例所称“網络运营者”，是指网络的所有者、管理者和网络服务提供者。\n"
       "第三条 本条例所称“个人資料”，是指以电子或者其他方式记录的能够单独或者与其他信息结合识别自然人个人身份的各种信息。")


@pytest.mark.parametrize("text,expected", [
    (P20, P20.replace("國", "国").replace("發", "发")),
    (P21, P21.replace("網", "网").replace("資", "资")),
    # blind variants (precr18b blind.md b1-b7)
    ("依据《通知》（粤府辦〔2019〕5号）执行。", "依据《通知》（粤府办〔2019〕5号）执行。"),
    ("（國办发〔2010〕12号）", "（国办发〔2010〕12号）"),
    ("本办法所称“電子商务”，是指通过互联网销售商品。", "本办法所称“电子商务”，是指通过互联网销售商品。"),
    ("前款所称“生產经营单位”包括个体工商户。", "前款所称“生产经营单位”包括个体工商户。"),
    ("（以下简称“協会”）", "（以下简称“协会”）"),
    ("推行“網格化”管理。", "推行“网格化”管理。"),
    ("本条例所称“林區道路”是指林区内的道路。", "本条例所称“林区道路”是指林区内的道路。"),
], ids=["p20-docnum", "p21-defined", "b1", "b2", "b3", "b4", "b5", "b6", "b7"])
def test_slip_in_document_number_or_defined_term_converts(text, expected):
    assert convert_traditional(text)[0] == expected


@pytest.mark.parametrize("text", [
    # blind variants (precr18b blind.md k1-k3)
    "争议山林位于“大嶺背”，双方各执一词。",
    "林权证号为闽林證2005字第88号。",
    "该地块土名“羅家坪”。",
])
def test_blind_place_and_certificate_still_kept(text):
    out, edits, _ = convert_traditional(text)
    assert out == text and edits == []


# Session 19 (tidy19): the `no_traditional_char` check flagged the characters the cleaner had kept on purpose above.
@pytest.mark.parametrize("text", [REAL_44, REAL_281, REAL_395], ids=["name-in-parentheses", "certificate", "place"])
def test_the_check_does_not_flag_what_the_cleaner_kept_on_purpose(text):
    from corpus_tools.validation import residual

    cleaned = convert_traditional(text)[0]
    assert cleaned == text
    assert residual.detector("no_traditional_char").find(cleaned) is None


@pytest.mark.parametrize("text", [
    "被告陈x2(華)在借条上签名，陈x2(華)名字前写有字。",  # precf18b blind d1-d5, kept by the cleaner
    "原告林某（鋒）系该公司股东。",
    "双方争议位于“石門坳”的林地。",
    "房产证号为粤穗房權2010字第1234号。",
    "土地证号为闽泉國用（2008）第0012号。",
])
def test_the_check_does_not_flag_the_blind_kept_variants(text):
    from corpus_tools.validation import residual

    assert residual.detector("no_traditional_char").find(text) is None


@pytest.mark.parametrize("text,flagged", [
    (P20, ["國", "發"]),  # an organ's document number: a slip the cleaner converts, still flagged if left
    (P21, ["網", "資"]),  # defined terms in quotes
    ("经侦査查明，被告人于当日到案。", ["査"]),
    ("他说“我們走吧，快点”，随即离开。", ["們"]),  # a quoted sentence, no name
    (REAL_44.replace("平x4(啟)分别", "平x4啟分别"), ["啟"]),  # out of its parentheses: no registered writing
])
def test_the_check_still_flags_slips_beside_kept_writings(text, flagged):
    from corpus_tools.clean.script import residual_traditional

    assert [m.group() for m in residual_traditional(text)] == flagged


def test_the_check_on_hostile_runs_is_linear():
    import time

    from corpus_tools.clean.script import residual_traditional

    for unit in ("平x4(啟)", "“黄枝崙”", "雙结2002字第", "國"):
        text = unit * (200_000 // len(unit))
        start = time.process_time()
        sum(1 for _ in residual_traditional(text))
        assert time.process_time() - start < 10.0
