"""Field test 22's precision findings on ``spam_anchor`` in court texts (F22-A2 HIGH, F22-A3 MEDIUM).

1. A measured value typed flat is evidence, not a brand (F22-A2, the family of F20-A2's formulas:
   :func:`corpus_tools.clean.notation.is_measurement`): ``总锌浓度为2.85x102mg/L`` (2.85×10² mg/L) lost its value
   (``2.85`` read as an app's version, ``x102mg`` as a brand's Latin name with digits), and in the gazette copy its
   label too; ``pg`` of ``25pg/mL`` (picograms) is a listed brand's name (PG电子) and took its line with it.
2. A phone number under its field's label in brackets, in a sentence of a judgment, is the text's own datum (F22-A3):
   ``与被告华仁公司工作人员（手机号13357798456）的通话录音`` lost its bracket as a contact put into a sentence.

Real lines: tests/real_pages/field22 (SOURCE.md); the one-line repros of the field test (/work/f22/repro/a2*.txt).
"""

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.brands import find_units
from corpus_tools.clean.notation import is_measurement
from corpus_tools.clean.spam import remove_spam_anchors
from corpus_tools.clean.spam_contacts import contact_insertions

PAGES = Path(__file__).parent / "real_pages" / "field22"

#: The field test's repros (a2_value.txt, a2b.txt): measurements among notation that already stayed.
REPROS = [
    "经执法人员采样监测分析发现外排废水重金属超标，违法排放废水总铬浓度为55.5mg/L，总锌浓度为2.85x102mg/L，总铜浓度为27.2mg/L，"
    "总镍浓度为41mg/L。",
    "经监测，该厂排放废水中化学需氧量（COD）浓度为356mg/L，氨氮浓度为45.2mg/L，六价铬（Cr6+）浓度为0.8mg/L，"
    "总锌浓度为2.85x102mg/L，细菌总数为3.2x104CFU/mL。废气中SO2浓度为520mg/m3，NO2浓度为210mg/m3，PM2.5日均浓度为75μg/m3。"
    "被告人使用H2O2溶液及Na2S2O5处理，涉案车辆为沪A12345，尺寸为2x3米。",
]

#: Written for this room (no real page): other units and powers a food-safety or pollution judgment types flat.
MEASUREMENTS = [
    "活度为2.3x104Bq/kg，菌落总数为3.0x106cfu/ml，大肠菌群为2.0x103copies/mL。",
    "镉含量为0.35mgkg，超标2.5倍。",
    "检测结果如下：\nIL-6 25pg/mL\n以上。",
    "检测结果如下：\n4.5x103pg/mL\t2.0mg/L\n以上。",
]


@pytest.mark.parametrize("name", ["anlifa80_zinc.txt", "fygb0108_zinc.txt", "fygb0341_phone.txt"])
def test_real_lines_keep_their_values(name):
    """Golden (negative): no spam_anchor edit on the real lines; the value and its label are kept."""
    text = (PAGES / name).read_text(encoding="utf-8")
    result = clean_and_explain(text)
    assert [e for e in result.edits if e.rule == "spam_anchor"] == []
    for datum in ("总锌浓度为2.85x102mg/L，", "（手机号13357798456）"):
        if datum in text:
            assert datum in result.text


@pytest.mark.parametrize("line", REPROS + MEASUREMENTS)
def test_measurements_are_byte_identical(line):
    assert remove_spam_anchors(line)[0] == line


def test_a_measurement_is_no_unit_of_spam():
    t = REPROS[1]
    assert [t[u.start:u.end] for u in find_units(t)] == []


@pytest.mark.parametrize("line,law", [
    ("组织建立3.0kaiyun平台管理。", "组织建立平台管理。"),
    ("依法jch88v2.1管理。", "依法管理。"),
    ("提升万博体育APP官方网_万博体育manbetx3.0能力。", "提升能力。"),
    ("依法PG电子官网管理", "依法管理"),
])
def test_brands_with_versions_still_go(line, law):
    """Positive: a brand's Latin name after a number is no unit; a version beside it stays the app's."""
    assert remove_spam_anchors(line)[0] == law


def test_a_version_before_a_brand_name_still_goes():
    assert "2.0dafa888" not in remove_spam_anchors("依法金彩汇2.0dafa888管理。")[0]


@pytest.mark.parametrize("text,token,expected", [
    ("总锌浓度为2.85x102mg/L", "x102mg", True),
    ("细菌总数为3.2X104CFU/mL", "X104CFU", True),
    ("菌落总数为5x105cfu/g", "x105cfu", True),
    ("镉含量为0.35mgkg", "mgkg", True),
    ("IL-6 25pg/mL", "pg", True),
    ("含量为25ppm", "ppm", True),
    ("金彩汇2.0dafa888", "dafa888", False),
    ("开元3.0kaiyun", "kaiyun", False),
    ("5x105kaiyun", "x105kaiyun", False),  # (an integer mantissa: the unit must be one)
    ("体育x102mg", "x102mg", False),  # (no number before it)
    ("皇冠365hg", "hg", False),
])
def test_is_measurement(text, token, expected):
    a = text.index(token)
    assert is_measurement(text, a, a + len(token)) is expected


def test_a_labelled_phone_in_a_judgment_stays():
    """F22-A3 (negative): the real line alone (its sentence names 原告, 被告) and under a judgment's words."""
    line = (PAGES / "fygb0341_phone.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert contact_insertions(line) == []
    assert remove_spam_anchors(line)[0] == line
    page = "原告诉称：\n本院认为，证据包括：双方工作人员（联系电话：13357798456）的通话录音。"
    assert remove_spam_anchors(page)[0] == page


@pytest.mark.parametrize("line,law", [
    # session 16's blind members in a law's sentence (tests/test_clean_spam_contacts16.py's law)
    ("对用于贸易结算、安全防护、医疗（电话：13912345678）卫生、环境监测", "对用于贸易结算、安全防护、医疗卫生、环境监测"),
    ("对用于贸易结算、安全防护、医疗（手机13912345678）卫生、环境监测", "对用于贸易结算、安全防护、医疗卫生、环境监测"),
    ("对用于贸易结算、安全防护、医疗（咨询QQ：2875541236）卫生、环境监测", "对用于贸易结算、安全防护、医疗卫生、环境监测"),
])
def test_contacts_in_a_law_still_go(line, law):
    """Positive: a bracketed phone in a law's sentence (no party named, no judgment's words) is the trade's."""
    assert remove_spam_anchors(line)[0] == law


def test_a_service_contact_in_a_judgment_still_goes():
    """Positive: in a judgment, a bracket offering a service (``客服电话``) is no field's label."""
    page = "原告诉称：\n被告应当对用于贸易结算、安全防护、医疗（客服电话13912345678）卫生的器具负责。"
    assert "13912345678" not in remove_spam_anchors(page)[0]
