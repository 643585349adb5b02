"""Number corruption: a machine-translation round trip's ``65438+0`` where a digit 1 stood, found, never rewritten.

Field test 19 (F19-N5) read a legal-Q&A farm's machine-rewritten copy of Hong Kong's 婚姻條例 (Cap. 181,
crsrw.com/falvzixun/97504) whose numbers went through a known online translator's bug: a ``1`` before other
digits comes back as ``65438+0`` (sometimes split ``65-438+0``) and the digits after it are mangled too:
``年齡在65-438+06歲以下`` (16歲), ``由0998年第65438+25號第2條修訂``, ``法律公告65438+2006年3月3日``.  Ages, years
and numbers of a legal text are then wrong.  What the digits stood for is not recoverable (``65438+25號`` is no
number the ordinance cites; ``0998年`` lost its 1 another way), so nothing is repaired: the text is kept and
``number_corruption`` says where, for a reader who must not trust the page's figures.

Evidence: ``65438+`` (or ``65-438+``) then digits, not after a digit or a point (``…58.065438+00:00`` is a
timestamp's microseconds and time zone), and touching Han text: a Han character or full-width mark right before it
or right after its digits (``+1=``, ``+1;`` in a sum are arithmetic).  One occurrence is enough: no legal text
writes a number so.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.text import HAN_BLOCKS
from corpus_tools.validation.text_gate import gated_texts

if TYPE_CHECKING:
    import pyarrow as pa

NUMBER_CORRUPTION = "number_corruption"

_HAN = HAN_BLOCKS
_CJK_MARKS = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
#: The artefact, its digits after it bounded (linear: one lookbehind, one bounded run, one lookahead).
_HAN_OR_MARK = lazy_re(rf"[{_HAN}{_CJK_MARKS}]")
_ARTEFACT = lazy_re(r"(?<![0-9.])65-?438\+[0-9]{1,12}")
#: RE2 gate over the text column.
TEXT_GATE = r"65-?438\+[0-9]"

#: (name, the documents' columns it reads, description) of the check, for the quality registry.
CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (NUMBER_CORRUPTION, ("text",),
     "the document's numbers are as written: no machine-translation round trip wrote 65438+0 (or 65-438+0) where a "
     "digit 1 stood (年齡在65-438+06歲以下 for 16歲, 法律公告65438+2006年), i.e. 65438+ and digits touching Han text, not "
     "after a digit or a point; the excerpt gives the count and the first places; what the digits stood for cannot be "
     "known, the text is kept"),
)


def _touches_han(text: str, start: int, end: int) -> bool:
    """Whether the character before ``start`` or the one at ``end`` is Han or a full-width mark."""
    return any(_HAN_OR_MARK.fullmatch(c) for c in (text[start - 1 : start], text[end : end + 1]) if c)


def corrupted_numbers(text: str) -> str | None:
    """Where ``text`` holds a translator's ``65438+0`` number corruption, or None.

    The crsrw.com copy of 婚姻條例 (F19-N5):

    >>> print(corrupted_numbers("如果婚姻的任何壹方年齡在65-438+06歲以下，則不發給登記員證書。\\n由0998年第65438+25號第2條修訂"))
    2 corrupted numbers; first: '年齡在65-438+06歲以下', '8年第65438+25號第2'

    A timestamp, a sum, a table's number and a phone number are no corruption:

    >>> corrupted_numbers("2026-05-14 01:50:05.065438+00\\n计算 65438+1=65439\\n编号\\t65438\\n电话：0755-65438201") is None
    True
    """
    hits = [m for m in _ARTEFACT.finditer(text) if _touches_han(text, m.start(), m.end())]
    if not hits:
        return None
    first = ", ".join(repr(text[max(0, m.start() - 3):m.end() + 3].replace("\n", " ")) for m in islice(hits, 3))
    return f"{len(hits)} corrupted number{'s' if len(hits) > 1 else ''}; first: {first}"


def document_corruptions(documents: pa.Table) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(check, column, [(row, excerpt)]) of :data:`CHECKS` over the documents (one RE2 pass keeps the few
    texts that hold ``65438+`` and a digit)."""
    hits: list[tuple[int, str]] = []
    for row, text in gated_texts(documents.column("text"), TEXT_GATE):
        why = corrupted_numbers(text or "")
        if why:
            hits.append((row, why))
    return [(NUMBER_CORRUPTION, "text", hits)] if hits else []


__all__ = ["CHECKS", "NUMBER_CORRUPTION", "TEXT_GATE", "corrupted_numbers", "document_corruptions"]
