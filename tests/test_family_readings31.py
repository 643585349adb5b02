"""Family tests of session 31's readings room: a reading layer interleaved with the text, line by line.

Reading aids and study editions put a layer beside the text, a line of readings over (or under) each line of the
law; once the page is text the layer is a line of romanised (or Zhuyin) syllables inside the law.  Generators of
members over plain strings (a law of the suite's shape, or any clean law of the DLC when run as a script).  Two of
them are this room's held-out members, written before the mechanism and never tuned on: :func:`zhuyin_line_under`
and :func:`word_tone3_line_over`.  The others are tuned siblings: :func:`item_line_over` (the development member's
residue: an item's line, its label's bracket kept in the row), :func:`pinyin_line_under`, :func:`wade_giles_line_over`,
:func:`tone_number_line_over`.

Run as a script to measure every member on clean laws of the DLC (pages that clean back to the clean law exactly):
``PYTHONPATH=. python tests/test_family_readings31.py /work/ref/DLC 40``.
"""

from __future__ import annotations

import random
import sys

import pytest
import regex
from pypinyin import Style, lazy_pinyin

from corpus_tools.clean import clean

_HAN = regex.compile(r"\p{Han}")


def _lines(text: str, *, items: bool = False) -> list[tuple[int, str]]:
    """``(start, line)`` of the law's body lines (articles, paragraphs, items), 8 to 60 characters."""
    out, at = [], 0
    for line in text.split("\n"):
        body = line and not line.startswith(("#", "<", "!")) and _HAN.search(line)
        if body and 8 <= len(line) <= 60 and (not items or line.startswith(("（", "("))):
            out.append((at, line))
        at += len(line) + 1
    return out


def _row(line: str, style, *, words: bool = False, rng: random.Random | None = None, marks: bool = True) -> str:
    """The reading row of ``line`` in pypinyin's ``style``: a syllable over each character, the line's marks
    kept in their places (``marks``), blanks between; ``words`` joins the syllables of runs of one to three
    characters (a word's reading written as one word)."""
    tokens: list[str] = []
    run: list[str] = []

    def flush():
        if not run:
            return
        if words and rng is not None:
            i = 0
            while i < len(run):
                n = rng.randint(1, 3)
                tokens.append("".join(run[i:i + n]))
                i += n
        else:
            tokens.extend(run)
        run.clear()

    for ch in line:
        if _HAN.match(ch):
            run.append(lazy_pinyin(ch, style=style)[0])
        else:
            flush()
            if ch in " \u3000":
                continue
            if marks:
                tokens.append(ch)
    flush()
    return " ".join(tokens)


def _over(text: str, rng: random.Random, row, *, under: bool = False, items: bool = False, k=(1, 3)) -> str:
    lines = _lines(text, items=items)
    rng.shuffle(lines)
    inserts = []
    for at, line in lines[: rng.randint(*k)]:
        r = row(line)
        inserts.append((at + len(line), "\n" + r) if under else (at, r + "\n"))
    for at, s in sorted(inserts, reverse=True):
        text = text[:at] + s + text[at:]
    return text


# --------------------------------------------------------------------------- held-out members (written first)


def zhuyin_line_under(text: str, rng: random.Random) -> str:
    """HELD OUT. A Taiwanese reader's Zhuyin (bopomofo) row under each of one to three lines, marks kept
    (``第二條 本條例…⏎ㄉㄧˋ ㄦˋ ㄊㄧㄠˊ ㄅㄣˇ …``), as 注音 editions for pupils print it beside the text."""
    return _over(text, rng, lambda line: _row(line, Style.BOPOMOFO), under=True)


def word_tone3_line_over(text: str, rng: random.Random) -> str:
    """HELD OUT. A learning app's export: the reading over the line with tone numbers, a word's syllables
    written together (``ben3tiao2li4 shi4yong4 yu2 …``), the line's marks kept."""
    return _over(text, rng, lambda line: _row(line, Style.TONE3, words=True, rng=rng))


# --------------------------------------------------------------------------- tuned siblings


def item_line_over(text: str, rng: random.Random) -> str:
    """The development member on an item: the row over ``（三）按照规定…`` starts with the label's bracket
    (``（ sān ） àn zhào …``)."""
    return _over(text, rng, lambda line: _row(line, Style.TONE), items=True)


def pinyin_line_under(text: str, rng: random.Random) -> str:
    """Karaoke or subtitle style: the tone-marked reading row under each of one to three lines, marks kept."""
    return _over(text, rng, lambda line: _row(line, Style.TONE), under=True)


def wade_giles_line_over(text: str, rng: random.Random) -> str:
    """An older study edition's Wade-Giles row over the line (``ti erh t'iao …``), marks kept."""
    return _over(text, rng, lambda line: _row(line, Style.WADEGILES))


def tone_number_line_over(text: str, rng: random.Random) -> str:
    """A row of tone-numbered syllables over the line, no marks (``di4 er4 tiao2 ben3 …``), as a text-to-speech
    helper dumps its reading."""
    return _over(text, rng, lambda line: _row(line, Style.TONE3, marks=False))


MEMBERS = {
    "zhuyin_line_under (held out)": zhuyin_line_under,
    "word_tone3_line_over (held out)": word_tone3_line_over,
    "item_line_over": item_line_over,
    "pinyin_line_under": pinyin_line_under,
    "wade_giles_line_over": wade_giles_line_over,
    "tone_number_line_over": tone_number_line_over,
}


# --------------------------------------------------------------------------- measuring (a script)


def measure(corpus: str, n: int, seed: int = 0) -> dict[str, tuple[int, int]]:
    """Per member: ``(pages that clean back exactly, pages damaged)`` over ``n`` clean laws of ``corpus``."""
    from pathlib import Path

    paths = sorted(Path(corpus).rglob("*.md"))
    random.Random(seed).shuffle(paths)
    laws = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        if 2000 < len(text) < 12000:
            laws.append((p.name, text))
        if len(laws) >= n:
            break
    out = {}
    for name, member in MEMBERS.items():
        exact = damaged_pages = 0
        for law_name, text in laws:
            damaged = member(text, random.Random(f"{name}-{law_name}"))
            if damaged == text:
                continue
            damaged_pages += 1
            exact += clean(damaged) == clean(text)
        out[name] = (exact, damaged_pages)
    return out


if __name__ == "__main__":
    corpus, n = sys.argv[1], int(sys.argv[2])
    for name, (exact, total) in measure(corpus, n).items():
        print(f"{name:36s} {exact:3d}/{total:3d} exact pages ({100 * exact / max(total, 1):.1f} %)")
