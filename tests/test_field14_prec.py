"""Precision fixes of session 14 (precwe14) on field test 14's real pages (tests/real_pages/field14_prec, SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean.width import normalize_width
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page

PAGES = Path(__file__).parent / "real_pages" / "field14_prec"


# --------------------------------------------------------------- F14-A5: a Chinese numeral's zeros typed as ０


def test_a_letter_number_in_chinese_numerals_keeps_its_zeros():
    """tw-law-corpus 公司法: ``第０九六０００二二０八號`` became ``第0九六000二二0八号``."""
    cleaned = clean_page(ingest_file(PAGES / "tw_law_corpus_company_act_letter_number.txt", PAGES))
    assert "秘台厅民二字第０九六０００二二０八号函" in cleaned.text
    assert not [e for e in cleaned.edits if "０" in e.before]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第０九六０００二二０八號", "第０九六０００二二０八號"),  # zeros between Chinese numerals
        ("二０００年", "二０００年"),  # a year in Chinese numerals with full-width zeros: kept, not guessed
        ("一九九〇年至２０００年", "一九九〇年至2000年"),  # an Arabic number of its own
        ("第１０条", "第10条"),
        ("自２０２１年", "自2021年"),
        ("０元", "0元"),
        ("二０２１年", "二021年"),  # a run with other digits is an Arabic run: narrowed as before
    ],
)
def test_only_zeros_touching_chinese_numerals_stay(text, expected):
    assert normalize_width(text)[0] == expected


# --------------------------------------------------------------- R13-F4: a form's aligned colons

#: Review 13's form (/work/notes/review13.md, R13-F4): each label padded to its colon, fields in columns.
FORM = "姓名 ：张三    性别 ：男\n" * 4


@pytest.mark.parametrize(
    "text",
    [
        FORM,
        FORM.replace(" ：", "\u3000："),  # aligned with the ideographic space
        FORM.replace(" ：", " :"),  # with ASCII colons: made full width, the columns kept
        "申请人 ：张三\n出生日期 ：1990年1月1日\n联系电话 ：12345678\n住址 ：某市某区\n邮编 ：100000\n" * 2,
    ],
)
def test_a_forms_aligned_colons_keep_their_blanks(text):
    out = normalize_width(text)[0]
    assert out == text.replace(":", "：")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a converter's padded prose: blanks after the marks too, marks after words of a sentence
        ("申请人 ： 张三 ， 性别 ： 男 。\n" * 3, "申请人：张三，性别：男。\n" * 3),
        ("第一条 本市 ，区 、县 ；乡 ：镇 。第二条 甲， 乙。", "第一条 本市，区、县；乡：镇。第二条 甲，乙。"),
        ("来源 : 青岛市司法局", "来源：青岛市司法局"),  # padded after too: a typist's
        # a label longer than a form's: a sentence's words padded before the mark
        ("本条例所称的养老服务机构 ：是指\n" * 5, "本条例所称的养老服务机构：是指\n" * 5),
    ],
)
def test_padded_marks_of_prose_still_close(text, expected):
    assert normalize_width(text)[0] == expected


def test_form_fields_scan_is_linear():
    import time

    for hostile in ("姓名 ：" * 40_000, " " * 200_000 + "：", "一" * 200_000 + " ：张三"):
        t = time.process_time()
        normalize_width(hostile)
        assert time.process_time() - t < 5
