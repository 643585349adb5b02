"""The pieces family (:mod:`corpus_tools.clean.piece_joins`): a text joined from pieces that overlap or come in the
wrong order, members the mechanism was not shown.

Development members: set 14's paged reader view that repeats the last paragraph of a page at the top of the next,
set 13's pages joined in the order of their file names.  The generators here are siblings written for this room:
three tuned on (a retrieval chunker's character overlap cut mid-sentence, joined by a newline; scrolled
screenshots OCR'd screen by screen, each repeating the previous screen's last lines; a Markdown reader view
repeating the last paragraph with blank lines between paragraphs), two held out and never tuned on (a page scanned
twice, the scans kept one after the other; a chunker's overlap joined with no separator at all).  Their figures
before and after the mechanism are in the room's report; the tests pin the after.
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean_and_explain
from tests.test_family_order30 import _articles, _law as _law30


def _law(seed: int, articles: int = 30) -> tuple[str, list[str]]:
    """order30's law without two identical paragraphs in a row (its sentences are drawn with replacement)."""
    title, lines = _law30(seed, articles)
    out: list[str] = []
    for line in lines:
        if not out or out[-1] != line:
            out.append(line)
    return title, out


def _runs(lines: list[str], r: random.Random, low: int = 4, high: int = 9) -> list[list[str]]:
    pages, k = [], 0
    while k < len(lines):
        n = r.randint(low, high)
        pages.append(lines[k : k + n])
        k += n
    return pages


# --------------------------------------------------------------------------- the members


def chunk_overlap_newline(seed: int) -> str:
    """Tuned sibling: a retrieval pipeline's fixed-size chunker (N characters, an overlap of M) whose chunks a
    crawler joined with a newline: each chunk starts with the previous chunk's last M characters, cut anywhere."""
    r = random.Random(seed)
    title, lines = _law(seed)
    body = "\n".join(lines) + "\n"
    size, overlap = r.randint(180, 320), r.randint(20, 60)
    step = size - overlap
    chunks = [body[k : k + size] for k in range(0, max(1, len(body) - overlap), step)]
    return title + "\n" + "\n".join(c.rstrip("\n") for c in chunks) + "\n"


def scrolled_screens(seed: int) -> str:
    """Tuned sibling: a long page captured as scrolled screenshots and OCR'd screen by screen; each screen repeats
    the previous screen's last one to three lines."""
    r = random.Random(seed)
    title, lines = _law(seed)
    out: list[str] = []
    k = 0
    while k < len(lines):
        n = r.randint(6, 11)
        screen = lines[k : k + n]
        if out:
            screen = lines[max(0, k - r.randint(1, 3)) : k] + screen
        out.extend(screen)
        k += n
    return title + "\n" + "\n".join(out) + "\n"


def reader_view_blank_lines(seed: int) -> str:
    """Tuned sibling: a Markdown reader view (paragraphs between blank lines) paged every few paragraphs, each page
    opening with the previous page's last paragraph."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r)
    out: list[str] = []
    for i, page in enumerate(pages):
        out.extend(([pages[i - 1][-1]] if i else []) + page)
    return title + "\n\n" + "\n\n".join(out) + "\n"


def rescanned_page(seed: int) -> str:
    """HELD-OUT sibling: a scanned document whose operator fed one page or two twice: the page's text twice in a
    row, each copy a page of its own (form feeds between pages)."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 6, 12)
    again = set(r.sample(range(len(pages)), min(2, len(pages))))
    out: list[str] = []
    for i, page in enumerate(pages):
        out.extend(["\n".join(page) + "\n"] * (2 if i in again else 1))
    return title + "\n\n" + "\f".join(out)


def chunk_overlap_glued(seed: int) -> str:
    """HELD-OUT sibling: a sentence-window chunker's chunks (overlapping by M characters) concatenated with no
    separator: the overlap stands twice in a row, inside a line or across one."""
    r = random.Random(seed)
    title, lines = _law(seed)
    body = "\n".join(lines) + "\n"
    size, overlap = r.randint(200, 400), r.randint(16, 50)
    step = size - overlap
    chunks = [body[k : k + size] for k in range(0, max(1, len(body) - overlap), step)]
    return title + "\n" + "".join(chunks)


TUNED = {"chunk_overlap_newline": chunk_overlap_newline, "scrolled_screens": scrolled_screens,
         "reader_view_blank_lines": reader_view_blank_lines}
HELD_OUT = {"rescanned_page": rescanned_page, "chunk_overlap_glued": chunk_overlap_glued}


def _score(clean: str, lines: list[str]) -> float:
    """The share of the law's articles that ``clean`` holds once, whole, in the law's order (a copy left by the
    joiner costs the article: order30's score finds the first copy and would not see it)."""
    body = [s.strip() for s in clean.replace("\f", "\n").split("\n") if s.strip()]
    got = _articles(body)
    want = _articles(lines)
    heads = [a.split(" ", 1)[0] for a in got]
    ok, cursor = 0, 0
    for a in want:
        head = a.split(" ", 1)[0]
        if heads.count(head) == 1 and got[heads.index(head)] == a and heads.index(head) >= cursor:
            ok += 1
            cursor = heads.index(head)
    return ok / len(want)


def figure(member, seeds=range(6)) -> float:
    """The share of the law's articles that come out of the cleaner once, whole and in order, over ``seeds``."""
    got = []
    for seed in seeds:
        _, lines = _law(seed)
        got.append(_score(clean_and_explain(member(seed), source_format="text").text, lines))
    return sum(got) / len(got)
