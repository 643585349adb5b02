"""One non-blank-lines helper (corpus_tools.text.nonblank_lines) for the three near-copies review 19 found (R19-F13):
structure/documents.py's ``_non_empty_lines`` (and ``_split_lines``), structure/metadata.py's ``_nonblank_lines`` and
clean/gazette_box.py's ``_nonblank``.  Each old helper is copied here verbatim as the reference; the new calls give
the same spans on texts built from every character class that tells them apart (CR, ideographic and typographic
spaces, zero-width characters, empty lines, a start and an end inside a line)."""

from __future__ import annotations

import random
import re
import time

import pytest

from corpus_tools.clean.page_lines import line_bounds
from corpus_tools.structure import documents
from corpus_tools.text import LINE_STRIP as TEXT_LINE_STRIP, nonblank_lines

_LINE = re.compile(r"[^\n]+")
DOC_STRIP = documents.LINE_STRIP


def old_non_empty_lines(text, pos, limit, end=None):  # structure/documents.py before left20
    out = []
    for m in _LINE.finditer(text, pos, len(text) if end is None else end):
        if m.group().strip(DOC_STRIP):
            out.append(m.span())
            if len(out) >= limit:
                break
    return out


def old_split_lines(text, lo, hi):  # structure/documents.py before left20
    return [m.span() for m in _LINE.finditer(text, lo, hi) if m.group().strip(DOC_STRIP)]


def old_nonblank_lines(text):  # structure/metadata.py before left20
    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if text[pos:nl].strip(TEXT_LINE_STRIP):
            yield pos, text[pos:nl]
        pos = nl + 1


def old_nonblank(text):  # clean/gazette_box.py before left20
    return [(a, b) for a, b in line_bounds(text) if text[a:b].strip(" \t\u3000\xa0")]


PIECES = ["甲", "第一条", "\n", "\n", " ", "\t", "\u3000", "\xa0", "\r", "\u2002", "\u200b", "\ufeff", "乙丙丁", "x"]


def _texts(count=400, seed=7):
    rng = random.Random(seed)
    yield ""
    yield "\n\n"
    yield "甲"
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("text", list(_texts()))
def test_same_spans_as_each_old_helper(text):
    n = len(text)
    for pos in {0, n // 3, n // 2}:
        for end in {None, n, (n * 2) // 3}:
            for limit in (1, 3, 50):
                if end is None or end >= pos:
                    assert documents._non_empty_lines(text, pos, limit, end) == old_non_empty_lines(text, pos, limit, end)
        assert documents._split_lines(text, pos, n) == old_split_lines(text, pos, n)
    assert [(a, text[a:b]) for a, b in nonblank_lines(text)] == list(old_nonblank_lines(text))
    assert list(nonblank_lines(text, strip=" \t\u3000\xa0")) == old_nonblank(text)


def test_lazy_and_linear():
    text = "甲\n\n" * 200_000
    started = time.process_time()
    assert next(iter(nonblank_lines(text))) == (0, 1)
    assert len(list(nonblank_lines(text))) == 200_000
    assert time.process_time() - started < 10
