"""Brands spelled out with marks between their characters (corpus_tools/clean/spam_spaced.py).

Positive cases: the noise benchmark's spam_blind_spaced pages (session 13's members; 83 % residue through session
14), copied from its failing articles of 2026-12-05 (base 8b8bcc9, seed 0).  No real page holds one (scan of
/work/ref/DLC, /work/shared/real, tests/real_pages, field13/14); the real pages gave the negative cases: a table's
spaced names (gov.cn) and a 人民银行 form's blanks for a date.
"""

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.spam_spaced import spaced_brands

SPACED = [
    # (喜-乐-门-真 holds no whole word of the trade: taken where the page repeats it, review 15 R15-F1)
    ("工资基数由单位喜-乐-门-真确定；单位和职工喜-乐-门-真均无法提供职工工资基数证明材料的，由喜-乐-门-真社会保险经办机构核定。", "喜-乐-门-真"),
    ("区县（市）、乡（镇）人民政府及皇-朝-真-人-娱-乐有关部门不执行环境污染防治法律、法规、规章，", "皇-朝-真-人-娱-乐"),
    ("学习宪法、有关的法律、法规和国家的方针政策，掌握行使职皇.朝.体.育.投权所必备的知识。", "皇.朝.体.育.投"),
    ("学习宪法、有关的法律、法规和国家的方针政策，掌握行使职御 龙 汇 娱 乐权所必备的知识。", "御 龙 汇 娱 乐"),
]


@pytest.mark.parametrize(("text", "brand"), SPACED, ids=range(len(SPACED)))
def test_a_spaced_brand_goes(text: str, brand: str) -> None:
    assert clean_and_explain(text).text == text.replace(brand, "")


REAL = Path(__file__).parent / "real_pages"
NEGATIVE = [
    "出席：王　萍　王　琦　张　军　李　杰",  # a list of spaced names (gov.cn pages)
    "第五条 本 条 例 所 称 体 育 彩 票，是指国家发行的彩票。",  # a line spaced by its layout
    "查获假人民币****元，已于*年*月*日上缴我单位。",  # tests/real_pages/pbc/tiaofasi_normative_document_000309_000.txt
    "编号A-1-2-3的设备，由甲-乙两方共同管理。",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=range(len(NEGATIVE)))
def test_spaced_law_text_stays(text: str) -> None:
    assert spaced_brands(text) == []
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.rule.startswith("spam")]


def test_the_real_form_keeps_its_blanks() -> None:
    text = (REAL / "pbc" / "tiaofasi_normative_document_000309_000.txt").read_text(encoding="utf-8")
    assert spaced_brands(text) == []


def test_the_scan_is_linear() -> None:
    text = "甲-乙*丙-丁*" * 30_000 + "甲 乙 丙 丁 " * 10_000 + "喜-乐-门-真" * 5000
    t0 = time.process_time()
    spaced_brands(text)
    assert time.process_time() - t0 < 3


# The noise benchmark's spam_blind15_spaced_latin_tail pages (written before the rule), failing articles of
# 2026-12-05 (base 8b8bcc9, seed 0): 宁波 住房公积金 and 环境污染防治 rules, 北京 常委会组成人员守则.
SPACED_LATIN = [
    ("或者因盛世豪庭s s h t i n g 6 8 2 . v i p 平台注册本人、配偶及其直系亲属重病、大病造成家庭生活严重困难的，",
     "或者因本人、配偶及其直系亲属重病、大病造成家庭生活严重困难的，"),
    ("学习宪法、有关的法律、法规和国家的方针政策，掌金麒麟j q l 7 3 6平台握行使职权所必备的知识。",
     "学习宪法、有关的法律、法规和国家的方针政策，掌握行使职权所必备的知识。"),
]


@pytest.mark.parametrize(("text", "want"), SPACED_LATIN, ids=range(len(SPACED_LATIN)))
def test_a_spaced_latin_brand_goes_with_its_name_and_tail(text: str, want: str) -> None:
    assert clean_and_explain(text).text == want


@pytest.mark.parametrize("text", ["检测项目：P M 2 . 5 浓度，表格列 A B C D E 为序号。", "型号为 X 1 0 0 6 的设备应当检验。"])
def test_spaced_letters_of_a_law_stay(text: str) -> None:
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.rule.startswith("spam")]


def test_the_spaced_latin_scan_is_linear() -> None:
    from corpus_tools.clean.spam_spaced import spaced_latin_brands
    text = "甲 " + " ".join("abcde1") * 30_000 + "甲" + "a b c d e 丙" * 10_000
    t0 = time.process_time()
    spaced_latin_brands(text[:200_000])
    assert time.process_time() - t0 < 3


# Review 15 (R15-F1): single characters a law joins by a mark, and a word a PDF line letter-spaced, are no brand.
LAW_RUNS = [
    "第三条 学校应当坚持德·智·体·美·劳全面发展，培养社会主义建设者和接班人。",
    "第八条 建立省-市-县-乡四级联动机制，加强统筹协调。",
    "本规划适用于一~三~五~七号线沿线区域。",
    "本人承诺以上_情_况_属_实。",
    "当事人王*某*某*某经传唤拒不到庭。",
    "市体 育 彩 票中心负责本市体育彩票的发行。",
    "单位和职工喜-乐-门-真均无法提供职工工资基数证明材料的，由经办机构核定。",  # once on its page: no evidence
    # R15-F12: words a law writes whole, with a trade word in them, or repeated
    "请在对应选项打勾：选填体/育/彩/票或者福/利/彩/票。",
    "（三）组织文/体/娱/乐活动。",
    "推进文-体-娱-乐一体化。",
    "会议由市文 体 娱 乐中心承办。",
    "第一条 建立省-市-县-乡四级机制。\n第二条 省-市-县-乡四级分别负责。\n第三条 省-市-县-乡四级应当配合。",
]


@pytest.mark.parametrize("text", LAW_RUNS, ids=range(len(LAW_RUNS)))
def test_a_law_s_marked_run_stays(text: str) -> None:
    assert clean_and_explain(text).text == text


# spam15's fresh probes (written after the first rules, /work/notes/spam15/probe_fresh.py): other marks, a bare host.
@pytest.mark.parametrize("brand", ["鸿+运+来+娱+乐", "鸿/运/来/娱/乐", "w w w . h y l 8 8 . c c"])
def test_other_marks_and_a_bare_spaced_host(brand: str) -> None:
    law = "第九条 县级以上人民政府应当加强对食品安全工作的领导。{}建立健全食品安全监督管理工作机制。"
    assert clean_and_explain(law.format(brand)).text == law.format("")


@pytest.mark.parametrize("text", ["长+宽+高+厚之和不超过规定。", "填写省/市/县/区名称，是/否。"])
def test_a_forms_marks_between_characters_stay(text: str) -> None:
    assert spaced_brands(text) == []
