"""A typed question mark on a page with no other GBK damage is punctuation, never a lost byte (field test 18, F18-A3).

gbk_misalignment rewrote real users' questions and a judgment's quoted article title, "confidence: high":
``怎么写？也要`` -> ``怎么行代也要``, ``会怎么样呀？绿本`` -> ``会怎么样已建绿本``, ``《芙xx9整容了?》`` -> ``《芙xx9整容量水》``,
``可以当政协?他是`` -> ``可以当政协助他是``, ``月薪工资?然后`` -> ``月薪工资，然后``.  Sources: real_pages/field18_qmark/SOURCE.md.
"""

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.mojibake import fix_gbk_misalignment, shows_gbk_damage

PAGES = Path(__file__).parent / "real_pages" / "field18_qmark"

REAL = {
    "lawbench_2-4_483.txt": "会怎么样呀？绿本",
    "lawbench_2-5_412.txt": "《芙xx9整容了?》",
    "lawbench_2-7_411.txt": "当政协?他是政协",
    "lawyer_llama_advice_1149.txt": "怎么写？也要",
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_question_marks_are_kept(name):
    text = (PAGES / name).read_text(encoding="utf-8")
    assert REAL[name] in text
    assert REAL[name] in fix_gbk_misalignment(text)[0]
    # the width rule may write a typed ``?`` full-width; the words and the mark itself stay
    assert REAL[name].replace("?", "？") in clean(text).replace("?", "？")


def test_known_misses_a_mark_with_no_question_context_is_still_read_as_a_lost_comma():
    # ``月薪工资?然后`` and ``法院的判决?就可以``: no question word, particle or closer next to the mark, so it cannot be
    # told from ``结合本市实际?制定`` (a seen lost byte); still rewritten to ``，`` (F18-A3 left open: a page-wide
    # "this writer types ?" signal cost a seen lost-byte repair, enc_gbk_lost_byte_qmark 55.6 -> 53.7)
    # ``…骨折了，您好?`` at the line's end -> ``您和民``: a lost byte's ``?`` ends lines too (``改装动力爸谩?``)
    for name, before, after in (("lawbench_3-8_307.txt", "工资?然后", "工资，然后"),
                                ("lawbench_2-7_411.txt", "判决?就可以", "判决，就可以"),
                                ("lawbench_3-8_491.txt", "您好?", "您和民")):
        text = (PAGES / name).read_text(encoding="utf-8")
        assert before in text and after in fix_gbk_misalignment(text)[0]


# Invented before the fix (notes/precf18c/blind.md): clean lines with typed marks; B6 was damaged before.
BLIND = [
    "问：单位不给交社保怎么办？答：可以向劳动监察投诉。",
    "他说的是真的吗?我该相信吗?",
    "请问这种情况算工伤么？谢谢",
    "判决书引用文章《她到底离婚了没?》，该文章发布于网站。",
    "对方欠钱不还，我能起诉他吧?他住在外地",
    "合同到期了不续签有补偿呀？公司说没有",
    "房子是婚前买的?还是婚后买的?这个很重要",
    "你好?我想咨询一下工伤的事",
]
# (blind B8-like ``…骨折了，您好?`` at a line's end is still rewritten: a lost byte's ``?`` ends lines too)


@pytest.mark.parametrize("line", BLIND)
def test_blind_clean_questions_are_byte_identical(line):
    assert fix_gbk_misalignment(line)[:2] == (line, [])


def test_a_damaged_page_is_still_repaired():
    # the rule's own real damage (a lost byte, the rest of the run out of step): the gate does not stop it
    fixed, edits, _ = fix_gbk_misalignment("遴選梳理智能制造典型場景?偨Y“十三五”時期")
    assert fixed == "遴選梳理智能制造典型場景。總結“十三五”時期" and edits


def test_a_lone_lost_character_is_still_repaired():
    # ``实际，`` lost its lead byte (``?``): no question before the mark, so it is read as a lost byte on any page
    page = "结合本市实际?制定本条例。\n兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰\ufffd。"
    assert shows_gbk_damage(page)
    assert "结合本市实际，制定本条例" in fix_gbk_misalignment(page)[0]
    assert fix_gbk_misalignment("结合本市实际?制定本条例。")[0] == "结合本市实际，制定本条例。"


def test_the_page_gate_is_linear():
    text = "怎么写？也要" * 40_000
    assert not shows_gbk_damage(text)
    assert fix_gbk_misalignment(text)[1] == []
    # one 200k-character line of lone marks: the gate reads the page once, not the line per mark
    hostile = ("字" * 50 + "?制") * 4_000
    started = time.perf_counter()
    fix_gbk_misalignment(hostile)
    assert time.perf_counter() - started < 15
