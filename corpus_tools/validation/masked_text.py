"""Masked characters: a keyword filter's asterisks where a copy's characters stood, found, never rewritten.

Field test 14 (F14-B3) read a copy of 中国共产党纪律处分条例 (2015) on a mirror (n4g1u1.owba.cn) whose site replaced
党, 政, 习近平 and 书记 by ``*``: ``为维护*的章程和其他*内法规``, ``保证*的路线、方针、*策``, ``深入贯彻*总*系列重要讲话精神``.
Nothing may restore them (the characters are gone; another copy, people.cn's, holds them), so the text is kept
and ``masked_chars`` says how much was masked and where, for a reader who needs the unmasked text.

Evidence: runs of one to four ``*`` (or full-width ``＊``) between two Han characters, three at least in the
document, every mask counted then (one beside Han on one side only: ``*章是…`` at a line's start).  A footnote
mark stands after a word, before punctuation or a line's end (``本条例*。``); Markdown emphasis is read away
by ingest; a product's ``5*3`` stands between digits.  ``×`` and ``□`` are left out: templates write ``××市``
and forms ``□是 □否`` on purpose.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import TYPE_CHECKING

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.text import HAN_BLOCKS
from corpus_tools.validation.text_gate import gated_texts

if TYPE_CHECKING:
    import pyarrow as pa

MASKED_CHARS = "masked_chars"
#: A document holds this many masks between Han characters at least before it is named.
MIN_MASKS_BETWEEN_HAN = 3

_HAN = HAN_BLOCKS
#: A mask between two Han characters (lookarounds of one character: linear).
_BETWEEN_HAN = lazy_re(rf"(?<=[{_HAN}])[*＊]{{1,4}}(?=[{_HAN}])")
#: Any mask touching a Han character on one side, the other side no ASCII letter, digit or mask.
_BESIDE_HAN = lazy_re(rf"(?<![*＊A-Za-z0-9])[*＊]{{1,4}}(?=[{_HAN}])|(?<=[{_HAN}])[*＊]{{1,4}}(?![*＊A-Za-z0-9])")
#: RE2 gate over the text column: a mask between two Han characters.
TEXT_GATE = r"\p{Han}[*＊]{1,4}\p{Han}"

#: (name, the documents' columns it reads, description) of the check, for the quality registry.
CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (MASKED_CHARS, ("text",),
     "the document's characters are not masked: no keyword filter's * (or ＊) stands where a copy's characters "
     "stood (为维护*的章程和其他*内法规: 党 masked), three such marks between Han characters at least; the excerpt "
     "gives the marks and characters masked, the share of the text, the commonest contexts and the first lines; "
     "nothing can restore them, the text is kept"),
)


def masked_characters(text: str) -> str | None:
    """How much of ``text`` a keyword filter masked, or None.

    The owba.cn copy of 中国共产党纪律处分条例 (F14-B3):

    >>> t = ("第一条 为维护*的章程和其他*内法规,严肃*的纪律,纯洁*的组织,保障*员民主权利\\n"
    ...      "第二条 深入贯彻*总*系列重要讲话精神,落实全面从严治*战略部署。\\n*章是最根本的*内法规")
    >>> print(masked_characters(t))
    10 masked marks (10 characters, 13% of the Han text); commonest: '*的' ×3, '*内' ×2; first: '为维护*的章程', '和其他*内法规', ',严肃*的纪律'

    Footnote marks, products, emphasis and templates are no masks:

    >>> masked_characters("本条例*所称，见注*。面积5*3米；**重要**；关于××市□是□否*的通知") is None
    True
    """
    if len(_BETWEEN_HAN.findall(text)) < MIN_MASKS_BETWEEN_HAN:
        return None
    marks = list(_BESIDE_HAN.finditer(text))
    chars = sum(len(m.group()) for m in marks)
    han = len(re.findall(rf"[{_HAN}]", text))
    contexts = Counter(text[m.start():m.end() + 1] for m in marks if m.end() < len(text))
    common = ", ".join(f"{c!r} ×{n}" for c, n in contexts.most_common(2) if n > 1)
    first = ", ".join(repr(text[max(0, m.start() - 3):m.end() + 3].replace("\n", " "))
                      for m in islice(_BETWEEN_HAN.finditer(text), 3))
    return (f"{len(marks)} masked marks ({chars} characters, {round(100 * chars / max(1, han + chars))}% of the Han text)"
            + (f"; commonest: {common}" if common else "") + f"; first: {first}")


def document_masks(documents: pa.Table) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(check, column, [(row, excerpt)]) of :data:`CHECKS` over the documents (one RE2 pass keeps the few
    texts with a mask between Han characters)."""
    hits: list[tuple[int, str]] = []
    for row, text in gated_texts(documents.column("text"), TEXT_GATE):
        why = masked_characters(text or "")
        if why:
            hits.append((row, why))
    return [(MASKED_CHARS, "text", hits)] if hits else []


__all__ = ["CHECKS", "MASKED_CHARS", "MIN_MASKS_BETWEEN_HAN", "TEXT_GATE", "document_masks", "masked_characters"]
