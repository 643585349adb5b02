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
    start = time.perf_counter()
    convert_traditional(text)
    assert time.perf_counter() - start < 10.0
