"""A text's letters and digits after NFKC, casefolded: what copies of one text share.

:func:`letters_and_digits` is ``regex.sub(r"[^\\p{L}\\p{N}]+", "", unicodedata.normalize("NFKC",
text)).casefold()`` (the lineage's :func:`~corpus_tools.structure.lineage.copy_key`), computed
without normalising the whole text where that gives the same string (issue 20: NFKC of every
document was 1.5-2.2 CPU-s of the clean corpus's 33 MB build, C code at about 130 ns a
character, though nearly every character of Chinese law text is its own NFKC).

**Why a character table is exact here.**  NFKC of a text is the NFKC of each character, put
end to end, when no character can act on its neighbour: none is a combining mark (canonical
reordering, composition with the starter before it), and none is a starter that composes
with the starter before it (the second half of a canonical pair, such as ``\\u0b3e`` or the
Hangul vowel and final jamo).  A character is *unsafe* when its full compatibility
decomposition opens on such a character (``\\u3161`` HANGUL LETTER EU decomposes to a vowel
jamo); a text holding one takes the normalisation of the whole text, as before.  Otherwise
every character is looked up in one table (numpy ``take``, as the cleaners' gates do):
kept (a letter or digit whose NFKC is itself), dropped (neither), or replaced by the letters
and digits of its NFKC (``１`` → ``1``, ``⑴`` → ``1``, ``㎡`` → ``m2``, ``Ⅲ`` → ``III``), which
is done with ``str.replace`` for the few such characters a text holds.  Letters and digits
are the ``regex`` module's ``\\p{L}`` and ``\\p{N}`` (read from it, not from ``unicodedata``,
whose Unicode version may differ); casefolding is per character, so it applies last to the
whole key as before.

The table is worked out for the code points below U+30000 on first use (about 0.05 CPU-s); a
text with a character above (CJK extensions G and H, plane 14 tags and variation selectors)
or a lone surrogate takes the whole-text normalisation.  A test compares the two ways on every
code point below U+30000, in pairs, and on generated text.

>>> letters_and_digits("第一条　为了规范管理，制定本办法。\\n第２条 ⑴ ＡＢｃ１㎡")
'第一条为了规范管理制定本办法第2条1abc1m2'
>>> letters_and_digits("Cafe\\u0301 ㅡ한글") == reference_letters_and_digits("Cafe\\u0301 ㅡ한글")
True
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import compress
from typing import Any

from corpus_tools.lazy_patterns import lazy_regex

#: What the key keeps: letters and digits (``regex``'s Unicode classes).
_NOT_CONTENT = lazy_regex(r"[^\p{L}\p{N}]+")

#: Code points the table works out; from here on, the whole text is normalised.
_TABLE_END = 0x30000
_KEEP, _REPLACE, _UNSAFE = 1, 2, 4


def reference_letters_and_digits(text: str) -> str:
    """The definition: NFKC of the whole text, its letters and digits, casefolded."""
    return _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", text)).casefold()


def letters_and_digits(text: str) -> str:
    """:func:`reference_letters_and_digits`, by a character table where that is exact (see the module)."""
    import numpy as np

    table, replacements = _table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    flags = table.take(codes)
    if (flags & (_UNSAFE | _REPLACE)).any():
        if (flags & _UNSAFE).any():
            return reference_letters_and_digits(text)
        for code in np.unique(codes[(flags & _REPLACE) != 0]).tolist():
            text = text.replace(chr(code), replacements[code])  # letters and digits only: kept below
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        flags = table.take(codes)
    return codes[(flags & _KEEP) != 0].tobytes().decode("utf-32-le").casefold()


#: The blocks of ideographs and Hangul syllables (two thirds of the code points below U+30000):
#: none has a decomposition mapping or is a combining mark, so the table build skips them
#: (the tests compare every code point with the definition all the same).
_IDEOGRAPHS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xAC00, 0xD7A4), (0x20000, 0x2A6E0), (0x2A700, 0x2EBF0))


@lru_cache(maxsize=1)
def _table() -> tuple[Any, dict[int, str]]:
    """Per code point: keep / replace / unsafe bits (unsafe from :data:`_TABLE_END` on), and
    the replacement (the letters and digits of its NFKC) of each replaced one."""
    import numpy as np

    def text_of(codes: Any) -> str:
        return codes.astype(np.uint32).tobytes().decode("utf-32-le")

    everything = np.arange(_TABLE_END, dtype=np.uint32)
    not_surrogate = (everything < 0xD800) | (everything >= 0xE000)
    outside = np.ones(_TABLE_END, dtype=bool)
    for a, b in _IDEOGRAPHS:
        outside[a:b] = False
    table = np.zeros(0x110000, dtype=np.uint8)
    table[_TABLE_END:] = _UNSAFE
    table[0xD800:0xE000] = _UNSAFE  # lone surrogates
    # letters and digits as the regex module sees them
    letters = _NOT_CONTENT.sub("", text_of(everything[not_surrogate]))
    table[np.frombuffer(letters.encode("utf-32-le"), dtype=np.uint32)] |= _KEEP
    candidates = text_of(everything[outside & not_surrogate])
    decompositions = list(map(unicodedata.decomposition, candidates))
    mappings = dict(zip(compress(candidates, decompositions), filter(None, decompositions)))
    # starters that are the second half of a canonical pair, and the Hangul vowel and final jamo
    seconds = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
    for mapping in mappings.values():
        parts = mapping.split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    unsafe = [*compress(candidates, map(unicodedata.combining, candidates)), *seconds]
    replacements: dict[int, str] = {}
    for ch in mappings:
        first = unicodedata.normalize("NFKD", ch)[0]
        if first in seconds or unicodedata.combining(first):
            unsafe.append(ch)
            continue
        content = _NOT_CONTENT.sub("", unicodedata.normalize("NFKC", ch))
        if content != _NOT_CONTENT.sub("", ch):
            replacements[ord(ch)] = content
            table[ord(ch)] = _REPLACE
    table[np.array([ord(ch) for ch in unsafe], dtype=np.int64)] = _UNSAFE
    return table, replacements


__all__ = ["letters_and_digits", "reference_letters_and_digits"]


#: A title's closing qualifier in brackets (``…的答复（2003）``, ``…条例（2019年修订）``): a copy's heading may print the title
#: without it.
_TITLE_QUALIFIER = lazy_regex(r"(?:[（(][^（）()\n]{1,20}[）)]\s*)+$")
#: The fewest letters and digits a repeated heading must have to be counted once (a short title recurs by chance).
_HEADING_MIN = 8


def titled_copy_key(text: str, title: str | None) -> str:
    """:func:`letters_and_digits` of a document's text, its heading printed twice at its head counted once: the text
    opens with its title, and the title (or the title without its bracketed qualifier) follows it at once.

    Real damage undone (field test 22 F22-C1): two copies of 最高人民检察院法律政策研究室's 答复 高检研发〔2003〕第1号, one
    of them printing the bold title again under the page's heading, were not marked duplicates (their keys differed
    by that line alone).

    >>> a = "关于对海事局工作人员如何适用法律问题的答复（2003）\\n\\n高检研发〔2003〕第1号\\n\\n辽宁省人民检察院研究室："
    >>> b = "关于对海事局工作人员如何适用法律问题的答复（2003）\\n\\n关于对海事局工作人员如何适用法律问题的答复\\n\\n高检研发〔2003〕第1号\\n\\n辽宁省人民检察院研究室："
    >>> t = "关于对海事局工作人员如何适用法律问题的答复（2003）"
    >>> titled_copy_key(a, t) == titled_copy_key(b, t) == letters_and_digits(a)
    True
    >>> titled_copy_key("某市条例\\n某市条例\\n第一条", "某市条例") == letters_and_digits("某市条例\\n某市条例\\n第一条")  # too short
    True
    """
    key = letters_and_digits(text)
    if not title:
        return key
    heading = letters_and_digits(title)
    if len(heading) < _HEADING_MIN or not key.startswith(heading):
        return key
    rest = key[len(heading):]
    for repeat in (heading, letters_and_digits(_TITLE_QUALIFIER.sub("", title))):
        if len(repeat) >= _HEADING_MIN and rest.startswith(repeat):
            return heading + rest[len(repeat):]
    return key
