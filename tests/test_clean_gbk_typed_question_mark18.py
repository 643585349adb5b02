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


def test_a_mark_with_no_question_context_is_kept_on_a_clean_page():
    # ``月薪工资?然后``, ``法院的判决?就可以`` (no question word, particle or closer next to the mark) and ``…骨折了，
    # 您好?`` at the line's end were rewritten to ``，`` / ``您和民`` until session 19.  The lead's decision (session 19,
    # precision wins): a ``?`` is read as a lost byte only on a page that shows other GBK damage; the cost is the
    # seen lost-byte repair of a page whose only trace is the ``?`` (``结合本市实际?制定``, below).
    for name, mark in (("lawbench_3-8_307.txt", "月薪工资?然后"),
                       ("lawbench_2-7_411.txt", "的判决?就可以"),
                       ("lawbench_3-8_491.txt", "锁骨骨折了,您好?")):
        text = (PAGES / name).read_text(encoding="utf-8")
        assert mark in text
        fixed, edits, _ = fix_gbk_misalignment(text)
        assert fixed == text and edits == []
        assert mark.replace("?", "？").replace(",", "，") in clean(text).replace("?", "？")


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
# Invented by marks19 before the session-19 change (notes/marks19/blind.md, Q1-Q5): typed marks with no question
# context, at a line's end or between words; all were kept, or rewritten, by the page gate alone.
BLIND += [
    "这个合同有效吗?",
    "我想问一下?公司不给发工资",
    "工资是8000元?还是税前的",
    "老板说不给赔偿?",
    "请问律师?我该怎么办",
]


@pytest.mark.parametrize("line", BLIND)
def test_blind_clean_questions_are_byte_identical(line):
    assert fix_gbk_misalignment(line)[:2] == (line, [])


def test_a_damaged_page_is_still_repaired():
    # the rule's own real damage (a lost byte, the rest of the run out of step): the gate does not stop it
    fixed, edits, _ = fix_gbk_misalignment("遴選梳理智能制造典型場景?偨Y“十三五”時期")
    assert fixed == "遴選梳理智能制造典型場景。總結“十三五”時期" and edits


def test_a_lone_lost_character_is_repaired_only_on_a_damaged_page():
    # ``实际，`` lost its lead byte (``?``): on a page that shows other lost bytes it is read as one
    page = "结合本市实际?制定本条例。\n兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰\ufffd。"
    assert shows_gbk_damage(page)
    assert "结合本市实际，制定本条例" in fix_gbk_misalignment(page)[0]
    # alone, the same ``?`` cannot be told from a typed one (``月薪工资?然后``): kept (session 19's decision)
    assert fix_gbk_misalignment("结合本市实际?制定本条例。")[:2] == ("结合本市实际?制定本条例。", [])


def test_the_page_gate_is_linear():
    text = "怎么写？也要" * 40_000
    assert not shows_gbk_damage(text)
    assert fix_gbk_misalignment(text)[1] == []
    # one 200k-character line of lone marks: the gate reads the page once, not the line per mark
    hostile = ("字" * 50 + "?制") * 4_000
    started = time.process_time()
    fix_gbk_misalignment(hostile)
    assert time.process_time() - started < 15
