"""Session 25, ruby room: annotations whose content is a reading of the characters next to them
(:mod:`corpus_tools.clean.ruby_annotations`): Unicode's interlinear annotations and bracketed
homophone glosses, read by the match between the annotation and the characters, not by a list of
carriers.  The family members imagined before coding (none seen in a benchmark) are marked."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mojibake import remove_invisible_characters
from corpus_tools.clean.ruby import find_ruby, remove_ruby_pinyin
from corpus_tools.clean.ruby_annotations import homophone_glosses, interlinear_readings

A, S, Z = "\ufff9", "\ufffa", "\ufffb"


def _clean(text: str) -> str:
    return clean_and_explain(text).text


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # the benchmark's shapes: a word's reading, toned or not, glued or spaced
        (f"第一条 为了{A}规范{S}guīfàn{Z}管理，制定本办法。", "第一条 为了规范管理，制定本办法。"),
        (f"第一条 坚持建设{A}有中{S}youzhong{Z}国特色社会主义。", "第一条 坚持建设有中国特色社会主义。"),
        (f"第一条 根据{A}法律{S}fǎ lǜ{Z}、法规，制定本条例。", "第一条 根据法律、法规，制定本条例。"),
        # imagined member 1: the annotation in Zhuyin
        (f"第一条 {A}中国{S}ㄓㄨㄥ ㄍㄨㄛˊ{Z}公民的权利。", "第一条 中国公民的权利。"),
        # imagined member 2: the annotation a homophone character
        (f"第一条 马{A}鞍{S}安{Z}山市的规定。", "第一条 马鞍山市的规定。"),
        # imagined member 3: tone numbers, word by word, back to back with the next annotation
        (f"第一条 {A}保护{S}bao3 hu4{Z}{A}环境{S}huan2 jing4{Z}，制定本条例。", "第一条 保护环境，制定本条例。"),
    ],
)
def test_interlinear_annotation_reading_goes_base_stays(raw, want):
    assert _clean(raw) == want


def test_interlinear_annotation_that_reads_nothing_keeps_its_text():
    # a translation between the marks is no reading: the marks go as invisible characters, the text stays
    raw = f"第一条 {A}世界贸易组织{S}WTO{Z}的规则。"
    assert interlinear_readings(raw) == []
    assert _clean(raw) == "第一条 世界贸易组织WTO的规则。"


def test_invisible_rule_leaves_reading_marks_to_the_ruby_rule():
    raw = f"建设{A}有中{S}youzhong{Z}国\u200b"
    text, edits, _ = remove_invisible_characters(raw)
    assert text == f"建设{A}有中{S}youzhong{Z}国"
    assert [e.before for e in edits] == ["\u200b"]
    out, ruby_edits, _ = remove_ruby_pinyin(text)
    assert out == "建设有中国"
    assert [e.before for e in ruby_edits] == [A, f"{S}youzhong{Z}"]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("第一条 财政〔音证〕、人民银行，构成〔音城〕犯罪，本条第〔音地〕二款。", "第一条 财政、人民银行，构成犯罪，本条第二款。"),
        ("第一条 公共图（音同途）书馆，实（音同十）行，街（音同接）道。", "第一条 公共图书馆，实行，街道。"),
        ("第一条 县（读若限）人民政府，旅（读若履）游，精（读若经）神。", "第一条 县人民政府，旅游，精神。"),
        # imagined member 2 (homophones): a label never seen, in 【】, a word glossed as a word
        ("第一条 加强管理【读如馆里】，依法行政【读如形正】，保障权利【读如全力】。", "第一条 加强管理，依法行政，保障权利。"),
        # a quoted homophone after a colon
        ("第一条 马鞍（音：“安”）山，财政（音：“证”）部门。", "第一条 马鞍山，财政部门。"),
    ],
)
def test_homophone_glosses_of_one_habit_go(raw, want):
    assert _clean(raw) == want


@pytest.mark.parametrize(
    "raw",
    [
        "第一条 本条例所称以上（含）、以下（不含），图书（音像制品）除外。",
        "第一条 世界贸易组织（WTO）、国家标准（GB/T 1234）。",
        "第一条 北京市人民政府（以下简称“市政府”）负责。",
        "第一条 马鞍（音安）山市。",  # one isolated gloss: a law may gloss one rare character
        "第一条 金额大写：壹（一）、贰（二）、叁（三）、肆（四）、伍（五）。",
        "第一条 下列字的注音：鞍（音安）、政（音证）、成（音城）。",  # a text that teaches sound
    ],
)
def test_genuine_parentheses_stay(raw):
    assert _clean(raw) == raw


def test_homophone_gloss_on_a_page_without_brackets_is_not_read():
    assert homophone_glosses("第一条 鞍，音安。政，音证。") == []


def test_clean_law_page_is_untouched():
    raw = "第一条 为了规范城市管理（以下简称“管理”），根据《中华人民共和国城乡规划法》，制定本条例。\n第二条 本条例自公布之日起施行。"
    assert find_ruby(raw) == ([], [])
    assert _clean(raw) == raw


def test_interlinear_annotation_whose_marks_a_reader_dropped():
    # what is left when the marks are gone: a word's reading glued after the word, toneless or spaced
    raw = (
        "第一条 坚持建设有中youzhong国特色，和其hé qí他有关法律，满足人民群众qun zhong对科学文化知识zhishi的需求。\n"
        "第二条 城市管理guanli工作应当依法行政xingzheng。"
    )
    want = "第一条 坚持建设有中国特色，和其他有关法律，满足人民群众对科学文化知识的需求。\n第二条 城市管理工作应当依法行政。"
    assert _clean(raw) == want


def test_a_few_lowercase_names_glued_to_their_words_stay():
    raw = "第一条 通过微信weixin、支付宝zhifubao缴纳。"
    assert find_ruby(raw)[0] == []


def test_an_erratum_naming_the_right_homophone_stays():
    # a correction names the character that fits the sentence on both sides (账户, 步骤, 行使职权); a gloss
    # follows the law's own word.  (At a line's edge or where the law's pairs know neither, 帐（应为账）簿, the
    # guard cannot tell: see the room's report.)
    raw = "勘误：第三条“开立帐（应为账）户”，第五条“下一部（应为步）骤”，第七条“依法行驶（应为使）职权”。"
    assert _clean(raw) == raw


def test_alternatives_in_brackets_stay():
    # a law's alternatives (厂 or 场) read alike without being glosses: no label, no usual reading shared
    # (站/点), or a word that introduces anything else too (或者…)
    raw = "第一条 屠宰厂（场）、加油站（点）、因公（工）负伤、抚（扶）养、收购站（点）、出厂（场）。"
    assert _clean(raw) == raw
    raw = "第一条 屠宰厂（或场）、收购站（或点）、因公（或工）、委托单位（或者个人）、本人（或者近亲属）。"
    assert _clean(raw) == raw
