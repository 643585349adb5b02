"""A reading spelled in another glyph set, or set off by another delimiter: the view the ruby rule reads.

Real damage undone: a converter or a mirror wrote the ruby it flattened in letters that are not
ASCII Latin: superscript modifier letters glued to their character (``维ʷᵉⁱ护``, ``管ᵍᵘᵃⁿ理ˡⁱ``:
an ``<rt>`` drawn small above the base), small capitals (``维ᴡᴇɪ护``), subscripts, mathematical
or circled letters (``维𝐰𝐞𝐢护``, ``维ⓦⓔⓘ护``); or it set the reading off with a separator pair
instead of brackets (``维/wei/护``, ``维|wei|护``, ``维“wei”护``, ``维_wei_护``); or it joined a word's
syllables with a mark glued to the word (``维护wéi-hù``, ``维护wei_hu``).

The family is read from Unicode's data, not from a list of glyph sets: :func:`latin_letter` folds
a character to the Latin letter it *is* (its compatibility decomposition, else its name: ``LATIN
LETTER SMALL CAPITAL W``, ``MODIFIER LETTER SMALL H``), and a separator pair is any one punctuation
or symbol character on both sides of letters (or a pair of quotation marks).

:func:`latin_view` gives the text with those letters folded, those pairs written as brackets and
those joiners as blanks, one character for one: the ruby rule reads the view with its own evidence
(the reading must spell a reading of the Han characters next to it, pypinyin's dictionary, the
page's consensus for capitals and words) and removes the *original* characters at the same
offsets.  The view is no edit: characters the rule does not remove stay as they were (``CO₂``,
``ℓ``, ``Ⅴ类``, ``№``, a table's ``|北京|Beijing|`` row).
"""

from __future__ import annotations

import unicodedata

from corpus_tools.lazy_patterns import lazy_regex

#: The words a Unicode name may hold besides its letter for the character to *be* that letter in
#: another dress (case, size, position, enclosure, style); a name with any other word (``WITH``,
#: ``TURNED``, ``REVERSED``, ``LONG``…) names another letter.
_DRESS = frozenset(
    "LATIN SMALL CAPITAL LETTER MODIFIER SUBSCRIPT SUPERSCRIPT REGIONAL INDICATOR SYMBOL DOTLESS SCRIPT "
    "NEGATIVE CIRCLED SQUARED PARENTHESIZED FULLWIDTH".split()
)
#: Characters the ruby rule already reads as they are (ASCII, full-width Latin, its tone-marked
#: vowels and GB 2312's ``ɑ ɡ``): the view leaves them alone, so that a page without another glyph
#: set reads exactly as before.
_READ_AS_IS = frozenset(
    [chr(c) for c in range(0xFF21, 0xFF3B)] + [chr(c) for c in range(0xFF41, 0xFF5B)]
    + list("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜÊăĕĭŏŭĂĔĬŎŬɑɡ")
)

_CACHE: dict[str, str] = {}


def latin_letter(char: str) -> str:
    """The ASCII Latin letter ``char`` is in another glyph set, or ``""``.

    Unicode's data decides: the compatibility decomposition (NFKC) when it gives one ASCII letter
    (superscripts, mathematical, circled, double-struck letters), else the name of the character (or
    of its decomposition), when the name is a Latin letter's in some dress (small capitals, modifier
    and subscript letters, regional indicators).  A letter of another alphabet (Greek ``α``, Cyrillic
    ``а``), a letter with a diacritic or a changed shape (``ç``, ``ɐ``), a number (``Ⅴ``), a sign
    (``K`` KELVIN SIGN, ``ℹ``, ``ª``) or a unit (``℃``, ``㎡``) is none.  A small capital is small.

    >>> [latin_letter(c) for c in "ʷᵉⁱᴡɪɴ𝐰ⓦᴬₐ🇼𝗐"]
    ['w', 'e', 'i', 'w', 'i', 'n', 'w', 'w', 'A', 'a', 'W', 'w']
    >>> [latin_letter(c) for c in "aｗéɡαаçɐⅤKℹª℃㎡二，"]
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '']
    """
    found = _CACHE.get(char)
    if found is None:
        found = _CACHE[char] = _compute_letter(char)
    return found


def _compute_letter(char: str) -> str:
    if char.isascii() or char in _READ_AS_IS or len(char) != 1:
        return ""
    category = unicodedata.category(char)
    if not (category[0] == "L" or category == "So"):
        return ""
    name = unicodedata.name(char, "")
    if not any(word in name.split() for word in ("LETTER", "SMALL", "CAPITAL")):
        return ""  # a sign or an indicator that decomposes to a letter (KELVIN SIGN, ª, ℹ)
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) != 1:
        return ""
    if folded.isascii():
        return folded if folded.isalpha() else ""
    words = unicodedata.name(folded, "").split()
    if len(words) < 2 or len(words[-1]) != 1 or not "A" <= words[-1] <= "Z" or not set(words[:-1]) <= _DRESS:
        return ""
    if "LATIN" not in words and words[:2] != ["MODIFIER", "LETTER"] and words[:2] != ["REGIONAL", "INDICATOR"]:
        return ""
    small = "SMALL" in words or category == "Ll"
    return words[-1].lower() if small else words[-1]


def _is_pair_mark(char: str) -> bool:
    """Whether ``char`` may set a reading off as a pair around it: one punctuation or symbol
    character, not a bracket (the rule reads brackets itself), not a mark a reading holds inside
    (apostrophes, hyphens, middle dots, colons), not a CJK sentence mark.

    >>> [_is_pair_mark(c) for c in "/|_*~“"], [_is_pair_mark(c) for c in "(（-'’·:，。a二 "]
    ([True, True, True, True, True, True], [False, False, False, False, False, False, False, False, False, False, False, False])
    """
    if char in "-'’ʼ·・:" or char.isspace():
        return False
    category = unicodedata.category(char)
    if category in ("Ps", "Pe") or category[0] not in "PS":
        return False
    return not ("\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uff65")


def _is_joiner(char: str) -> bool:
    """Whether ``char`` may join two syllables of a reading: a pair mark, a hyphen or a middle dot
    (an apostrophe is a part of a syllable: Wade-Giles ``ch'ung``, ``xi'an``).

    >>> [_is_joiner(c) for c in "-_·/~"], [_is_joiner(c) for c in "'’，(a"]
    ([True, True, True, True, True], [False, False, False, False, False])
    """
    return char in "-·・" or _is_pair_mark(char)


#: Closing quotation marks of the opening ones a reading may be quoted in.
_QUOTE_PAIRS = {"“": "”", "‘": "’", "«": "»", "‹": "›", "〝": "〞", "„": "“", "‚": "‘"}


#: Letters of a reading (Latin, tone-marked or combining marks, Zhuyin) and what may follow them inside
#: one syllable (tone numbers, Zhuyin tones).
_LETTER = r"[\p{Latin}\p{Bopomofo}]"
_SYLLABLE = r"[\p{Latin}\p{Bopomofo}][\p{Latin}\p{Bopomofo}\p{M}0-5ˉˊˇˋ˙]{0,11}"
#: A Han character, maybe a blank, then a mark, a reading (letters first, up to 40 characters),
#: and a mark: a candidate pair (``维/wei/``, ``维 |wei|``).  The marks are checked by :func:`_pair`.
_PAIR_RE = lazy_regex(
    r"(?<=\p{Han}[ \u3000]?)([\p{P}\p{S}])(" + _LETTER + r"[\p{Latin}\p{Bopomofo}\p{M}0-5ˉˊˇˋ˙'’ ·\-]{0,39}?)([\p{P}\p{S}])"
)
#: Syllables joined by one mark each, the run glued to a Han character after or before it
#: (``维护wéi-hù``, ``wei_hu维护``).
_JOINED_RE = lazy_regex(
    rf"(?<=\p{{Han}}){_SYLLABLE}(?:[\p{{P}}\p{{S}}]{_SYLLABLE})+|{_SYLLABLE}(?:[\p{{P}}\p{{S}}]{_SYLLABLE})+(?=\p{{Han}})"
)


def latin_view(text: str) -> str:
    """``text`` as the ruby rule reads it: letters of other glyph sets folded to Latin
    (:func:`latin_letter`), a separator pair around letters right after a Han character written as
    brackets, a joiner between the syllables of a run glued to a Han character written as a blank.
    One character for one: offsets are the text's.  The text itself when nothing changes.

    >>> latin_view("维ʷᵉⁱ护，管ᴳᵁᴬᴺ理")
    '维wei护，管GUAN理'
    >>> latin_view("维/wei/护，管|guan|理，本“ben”市，华为Wi-Fi，维护wéi-hù住房")
    '维(wei)护，管(guan)理，本(ben)市，华为Wi Fi，维护wéi hù住房'
    >>> latin_view("|北京|Beijing|\\n元/kg，第Ⅴ类，CO₂，25℃")
    '|北京|Beijing|\\n元/kg，第Ⅴ类，CO₂，25℃'
    """
    table = {}
    for char in set(text):
        if char > "\u00a9" and not "\u3400" <= char <= "\u9fff":
            letter = latin_letter(char)
            if letter:
                table[ord(char)] = letter
    view = text.translate(table) if table else text
    if view.isascii() or not _has_marks(view):
        return view
    chars = None
    for m in _PAIR_RE.finditer(view):
        opener, closer = m.group(1), m.group(3)
        if not _pair(opener, closer) or not _pair_context(view, m.start(), m.end()):
            continue
        if chars is None:
            chars = list(view)
        chars[m.start()], chars[m.end() - 1] = "(", ")"
    for m in _JOINED_RE.finditer(view):
        for i in range(m.start(), m.end()):
            if _is_joiner(view[i]) and (chars is None or chars[i] not in "()"):
                if chars is None:
                    chars = list(view)
                chars[i] = " "
    return view if chars is None else "".join(chars)


def _has_marks(view: str) -> bool:
    return any(not c.isalnum() and not c.isspace() and c < "\u3000" for c in set(view))


def _pair(opener: str, closer: str) -> bool:
    """Whether ``opener`` and ``closer`` make a separator pair: the same mark twice, or quotation marks."""
    if opener in _QUOTE_PAIRS:
        return _QUOTE_PAIRS[opener] == closer and closer not in "’"
    return opener == closer and _is_pair_mark(opener)


def _pair_context(view: str, start: int, end: int) -> bool:
    """Whether a pair at ``start:end`` can set off a reading: the line does not open with its mark (a
    table's row, ``|北京|Beijing|``) and text goes on after it on the line, not the same mark again."""
    mark = view[start]
    line_start = view.rfind("\n", 0, start) + 1
    if view[line_start:start].lstrip(" \u3000\t")[:1] == mark:
        return False
    nxt = view[end:end + 1]
    return bool(nxt) and nxt != "\n" and nxt != mark and (not nxt.isalnum() or not nxt.isascii())
