"""Numerals and article label forms: case tables in tests/cases/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.structure.articles import flatten
from corpus_tools.structure.numerals import article_label, parse_numeral, to_chinese
from corpus_tools.structure.tree import build_tree, parse, render

CASES = Path(__file__).parent / "cases"
NUMERALS = json.loads((CASES / "numerals.json").read_text(encoding="utf-8"))
LABELS = json.loads((CASES / "labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", NUMERALS, ids=[c["label"] for c in NUMERALS])
def test_numeral_cases(case):
    assert parse_numeral(case["original"]) == case["expect"]


@pytest.mark.parametrize("n", [*range(0, 130), 199, 200, 205, 999, 1000, 1001, 1010, 2021, 9999, 10005])
def test_to_chinese_round_trips(n):
    assert parse_numeral(to_chinese(n)) == n


def test_article_label_normalised():
    assert article_label(32) == "第三十二条"
    assert article_label(10, 1) == "第十条之一"
    assert article_label(105) == "第一百零五条"


@pytest.mark.parametrize("case", LABELS, ids=[c["label"] for c in LABELS])
def test_label_forms(case):
    text = case["text"]
    arts, _ = flatten(parse(text, deep=False), text, "d", "f")
    assert render(build_tree(text)) == text
    if case["expect"] is None:
        assert arts == []
        return
    assert len(arts) == 1
    art = arts[0]
    exp = case["expect"]
    assert (art.article_no, art.article_suffix, art.heading) == (exp["num"], exp["suffix"], exp["heading"])
    assert art.text == exp["body"]
    assert art.label == article_label(exp["num"], exp["suffix"])
