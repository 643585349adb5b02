"""Brand names dressed in Unicode to slip past keyword filters: marks laid over their letters, letters of other blocks.

Real damage (the noise benchmark's development set 5, ``h5_spam_combining_overlay``; the trade's habit of
dodging keyword filters): ``经济收新̶葡̶京̶入和贷款``, ``损宝̵马̵会̵害``, ``人天҉天҉彩҉票҉员``: a combining
stroke, solidus or the Cyrillic millions sign after every character of a brand put into a sentence of the law.
No rule read them: the brand's characters are not side by side, and the marks stayed in the dataset (residue
98 %).  The same family dresses Latin names: ``b̶e̶t̶3̶6̶5̶``, enclosed letters ``Ⓑⓔⓣ365``, mathematical letters
``𝐁𝐄𝐓365``, small capitals ``ʙᴇᴛ365``, Greek or Cyrillic look-alikes ``bеt365`` (a Cyrillic ``е``).

The dressing itself is the evidence, judged on the token's *skeleton* (:func:`skeleton`: NFKD, combining marks
stripped, look-alikes folded to Latin):

* a law never lays combining marks on Han characters: two Han characters side by side that each carry one is
  a dressed run (a stray mark of damaged bytes stands alone), unless they read on as the law's words pair by pair
  (``心̶理̶``: a styler's strike-through on the law's own text, which the invisible-character rule warns of);
* over Latin letters, a mark is a word's accent (``Société``, a pinyin tone) unless it stands on three letters
  or more in a row, or is an overlay no language writes (a stroke, a solidus, an enclosing mark) on two;
* letters of other blocks (enclosed, mathematical, small capitals, look-alikes) are taken only when their
  skeleton is a brand name or a host of a spam site (:func:`~corpus_tools.clean.brands.is_brand_latin`,
  :func:`~corpus_tools.clean.spam.is_spam_url`): a formula's 𝑥𝑦, a list's Ⓐ, a Greek ``α-淀粉酶`` stay.

The run goes whole, as one recorded edit (``inserted``), with the Latin letters and host glued to it.
"""

from __future__ import annotations

import unicodedata

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.text import HAN_BLOCKS

DRESSED_BRAND = "brand dressed in Unicode (marks over its letters, letters of other blocks)"

#: Combining marks (the general blocks, Cyrillic's, the extended and supplement blocks, the marks for symbols and
#: the half marks); without the combining grapheme joiner U+034F, which the invisible-character rule owns.
_MARKS = "\u0300-\u034e\u0350-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: Marks no language writes over a letter: overlays (stroke, solidus, tilde), enclosing marks, the millions sign.
_OVERLAYS = frozenset("\u0334\u0335\u0336\u0337\u0338\u0488\u0489\u20d2\u20d3\u20d8\u20d9\u20da\u20dd\u20de\u20df\u20e0"
                      "\u20e2\u20e3\u20e4\u20e5\u20e6\u20ea\u20eb")
#: Letters of other blocks a brand is dressed in: enclosed Latin (Ⓐ-ⓩ, 🄰-🅉), mathematical alphanumerics, small
#: capitals and the IPA and Greek and Cyrillic letters that look like Latin ones (:data:`_LOOK_ALIKES`).
_OTHER_LETTERS = "\u24b6-\u24e9\U0001f130-\U0001f149\U0001f150-\U0001f169\U0001f170-\U0001f189\U0001d400-\U0001d7ff" \
                 "\u1d00-\u1d22\u0262\u029c\u026a\u0274\u0280\u028f\u0299\u029f\u0370-\u03ff\u0400-\u04ff"
#: Look-alikes that NFKD leaves: small capitals, Greek and Cyrillic letters shaped as Latin ones.
_LOOK_ALIKES = str.maketrans({
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k",
    "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y",
    "ᴢ": "z",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ζ": "Z",
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y",
    "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M",
    "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
})
#: A Han character carrying combining marks, two or more in a row.
_HAN_RUN_RE = lazy_re(rf"(?:[{HAN_BLOCKS}][{_MARKS}]+){{2,}}")
#: A Latin token with a letter of another block or a combining mark in it (with the host glued after it).
_LATIN_RUN_RE = lazy_re(
    rf"(?:[A-Za-z0-9{_OTHER_LETTERS}][{_MARKS}]*)*[{_OTHER_LETTERS}{_MARKS}](?:[A-Za-z0-9{_OTHER_LETTERS}][{_MARKS}]*)*"
    rf"(?:\.[A-Za-z{_OTHER_LETTERS}]{{2,8}})*"
)
_GATE = lazy_re(rf"[{_MARKS}{_OTHER_LETTERS}]")
_MARK_RE = lazy_re(rf"[{_MARKS}]")
#: Latin letters in a row that must carry marks (an accent stands on one or two of a word's letters).
_MARKED_LETTERS = 3


def skeleton(token: str) -> str:
    """The letters a dressed token shows: NFKD (enclosed and mathematical letters to plain ones), combining marks
    stripped, small capitals and Greek and Cyrillic look-alikes folded to Latin.

    >>> skeleton("b̶e̶t̶365"), skeleton("Ⓑⓔⓣ365"), skeleton("𝐁𝐄𝐓365"), skeleton("ʙᴇᴛ365"), skeleton("bеt365"), skeleton("新̶葡̶京̶")
    ('bet365', 'Bet365', 'BET365', 'bet365', 'bet365', '新葡京')
    """
    plain = unicodedata.normalize("NFKD", token.translate(_LOOK_ALIKES))
    return _MARK_RE.sub("", plain).translate(_LOOK_ALIKES)


def dressed_brands(text: str) -> list[tuple[int, int]]:
    """Runs of a brand dressed in Unicode: ``(start, end)``.

    **Evidence**: two Han characters or more in a row, each carrying a combining mark (a law never lays one on a
    Han character); Latin letters carrying marks three in a row, or an overlay two in a row; letters of other
    blocks whose skeleton (:func:`skeleton`) is a brand name or a spam site's host.

    >>> t = "经济收新̶葡̶京̶入和贷款，损宝҉马҉会҉害，访问b̶e̶t̶365.com或Ⓑⓔⓣ365、𝐤𝐚𝐢𝐲𝐮𝐧"
    >>> [t[a:b] for a, b in dressed_brands(t)] == ["新̶葡̶京̶", "宝҉马҉会҉", "b̶e̶t̶365.com", "Ⓑⓔⓣ365", "𝐤𝐚𝐢𝐲𝐮𝐧"]
    True

    Accents, formulas, list letters and Greek terms stay:

    >>> dressed_brands("Société Générale，Nguyễn，设𝑥𝑦为变量，Ⓐ项，α-淀粉酶，β受体，第一条̈，不同年龄的心̶理̶特点")
    []
    """
    if not _GATE.search(text):
        return []
    from corpus_tools.clean.spam_invisible import _reads_on_as_law

    out: list[tuple[int, int]] = [m.span() for m in _HAN_RUN_RE.finditer(text) if not _reads_on_as_law(skeleton(m.group()))]
    for m in _LATIN_RUN_RE.finditer(text):
        if _dressed_latin(m.group()):
            out.append(m.span())
    out.sort()
    return out


def _dressed_latin(token: str) -> bool:
    """Whether a Latin token with marks or letters of other blocks is a dressed brand.

    >>> _dressed_latin("b̶e̶t̶"), _dressed_latin("Société"), _dressed_latin("k̲a̲i̲y̲u̲n̲"), _dressed_latin("𝑥𝑦"), _dressed_latin("ⓚⓐⓘⓨⓤⓝ")
    (True, False, True, False, True)
    """
    from corpus_tools.clean.brands import is_brand_latin
    from corpus_tools.clean.spam import is_spam_url

    run = overlays = best = best_overlays = 0
    for i, c in enumerate(token):
        if _MARK_RE.match(c):
            continue
        marks = ""
        j = i + 1
        while j < len(token) and _MARK_RE.match(token[j]):
            marks += token[j]
            j += 1
        if marks and c.isalnum():
            run += 1
            overlays = overlays + 1 if any(m in _OVERLAYS for m in marks) else 0
        else:
            run = overlays = 0
        best, best_overlays = max(best, run), max(best_overlays, overlays)
    if best >= _MARKED_LETTERS or best_overlays >= 2:
        return True
    plain = skeleton(token)
    if not plain.isascii() or not any(c.isalpha() for c in plain) or plain == token:
        return False
    label = plain.rsplit(".", 1)[0] if "." in plain else plain
    return "." in plain and is_spam_url("www." + plain.lower()) or len(label) >= 3 and (
        is_brand_latin(label.lower()) and not label.isalpha() or is_spam_url(f"www.{label.lower()}.com"))


__all__ = ["DRESSED_BRAND", "dressed_brands", "skeleton"]
