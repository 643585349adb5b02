"""Whether a whole character is missing where a one-byte repair puts its byte back.

Real damage: a GBK stream that lost three bytes (a character and a byte: ``机动轮椅车`` lost the trail
byte of ``动`` and all of ``轮``) reads out of step just as one that lost one byte, and the repair of
:func:`corpus_tools.clean.mojibake.fix_gbk_misalignment` puts ONE byte back: it writes ``机动椅车``,
fluent enough for its character-pair model, with one character of the law gone and nothing said.
The byte story cannot tell the two apart; the words can: a law never writes ``机动椅车``, and the
law-text model (:mod:`corpus_tools.language_model`, a 7-gram model of clean laws, read left
to right and right to left) finds the repaired text far likelier with one character more at the
repair (``轮``).  Such a run is kept as the decoder left it, with a warning: whatever the repair
wrote there would hide the loss.

Measured (session 17, the rule alone): precf16's C3 lines (GBK, three bytes lost): 72 wrong repairs,
33 of them now kept; right one-byte repairs lost to the guard: 3 of 767 (sets B3, B4, C2).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the model loads on the first repair a page asks about, never on a clean page)
    from corpus_tools.language_model import LegalLM

#: Natural-log gain, in both reading directions, above which one character more at the repair is the
#: likelier text: a character is missing (set at 4 on precf16's B3/B4/C2/C3 cases; 3 to 6 keep 29 to
#: 33 of the 72 wrong C3 repairs and lose 1 to 3 of the 767 right ones).
MISSING_GAIN = 4.0
#: Characters of context read on each side: the model's order less one on the left, a few on the right.
_LEFT, _RIGHT = 6, 3
#: Candidates tried for the missing character: the likeliest next characters after the left context.
_CANDIDATES = 60


@lru_cache(maxsize=1)
def _models():
    from corpus_tools.language_model import shipped

    return shipped()


def _insertion_gain(lm: "LegalLM", left: str, right: str) -> float:
    """The most that one character between ``left`` and ``right`` adds to log P(right | left) under ``lm``."""
    import numpy as np

    from corpus_tools.language_model import normalize

    before, after = lm.encode(normalize(left)), lm.encode(normalize(right))
    if not len(after):
        return float("-inf")
    context = np.full((1, lm.order - 1), lm.size - 1, np.int64)
    tail = before[-(lm.order - 1):]
    if len(tail):
        context[0, -len(tail):] = tail
    likely = np.argsort(-lm.next_logprobs(context)[0])[:_CANDIDATES]
    likely = [c for c in likely if 1 < c < lm.size - 1]  # no boundary, unknown or padding symbol
    rows = [np.concatenate([before, after])] + [np.concatenate([before, [c], after]) for c in likely]
    ids = np.full((len(rows), max(len(r) for r in rows)), -1, np.int64)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = row
    scores = lm.score_ids(ids, len(before))
    return float(scores[1:].max() - scores[0]) if len(rows) > 1 else float("-inf")


def missing_character_gain(text: str, at: int) -> float:
    """How much likelier ``text`` reads with one character more at ``at`` (natural log, the smaller of
    the two reading directions: both must find the gap).

    >>> missing_character_gain("残疾人机动椅车不得改装", 5) > MISSING_GAIN
    True
    >>> missing_character_gain("残疾人机动轮椅车不得改装", 5) < MISSING_GAIN
    True
    """
    left, right = text[max(0, at - _LEFT) : at], text[at : at + _RIGHT]
    if not left or not right:
        return float("-inf")
    models = _models()
    forward = _insertion_gain(models.forward, left, right)
    if forward < MISSING_GAIN:
        return forward
    return min(forward, _insertion_gain(models.backward, right[::-1], left[::-1]))


def character_missing_at_repair(text: str, start: int, end: int, after: str) -> bool:
    """Whether a repair writing ``after`` for ``text[start:end]`` leaves a character missing right before
    or right after the first character it writes (where its byte went back).

    >>> character_missing_at_repair("残疾人机兑纬挡坏酶淖岸?力装置", 4, 12, "动椅车不得改装动")
    True
    >>> character_missing_at_repair("为了加强管理?偨Y经验", 6, 9, "。总结")
    False
    """
    if not after:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    repaired = text[max(line_start, start - _LEFT) : start] + after + text[end : end + _RIGHT]
    at = start - max(line_start, start - _LEFT)
    return max(missing_character_gain(repaired, at), missing_character_gain(repaired, at + 1)) >= MISSING_GAIN


__all__ = ["MISSING_GAIN", "character_missing_at_repair", "missing_character_gain"]
