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
