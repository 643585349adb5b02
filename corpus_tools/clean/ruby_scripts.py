"""A character's reading written in another writing system than Latin letters: the readings the ruby rule removes.

Real damage undone: a learners' site or a converter for readers of another language flattened its ruby
into the text in the letters its readers read, after each annotated character, in brackets:
Cyrillic in the Palladius system (``住房公（гун）积金``, ``根据（цзюй）``, ``努[ну]力``), and, the same
family, Greek letters (``市（σι）``), Hangul (``市（스）``), Japanese kana (``市（シー）``), Arabic-script
Xiao'erjing… each a transcription of the Mandarin sound, one syllable per character.

Two kinds of evidence, both read per page and per writing system:

* **a transcription table** (:func:`palladius`: Palladius's initials and finals, data derived from pinyin
  syllable by syllable): a group goes when it spells a reading of the character before it
  (pypinyin's heteronyms, :func:`corpus_tools.clean.ruby.readings`), or a word's readings syllable by
  syllable, on a page where such groups read :data:`TABLE_CHARACTERS` different characters and are
  the most of that system's groups.  A group the table does not read stays (``普京（Путин）``).
* **the page's consistency**, for a system without a table: the page's groups behave as readings do:
  every character carries one string each time (a heteronym at most one per reading), strings are one
  syllable long (:data:`MAX_LETTERS`), and characters that share a pinyin reading share their string:
  :data:`HOMOPHONES` strings carried by different characters that are homophones, no more strings carried
  by characters that are none, on :data:`SCRIPT_CHARACTERS` different characters.  Foreign words are
  not like that: a translation follows a word, a name follows its last character once, a formula's
  ``α`` follows any character, and none of them tracks Mandarin homophony.

Precision over recall: a group of a system that fails its evidence stays, and so does a group whose
character carries more strings than it has readings; a reading near a word that names pinyin or sound
is kept by the ruby rule as any reading (``俄语拼音对照：中（чжун）``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import is_han_script

#: Blocks of the alphabets and syllabaries a reading may be written in (not Latin, Zhuyin or Han: the
#: ruby rule reads those): Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Tibetan,
#: Georgian, Mongolian, Hangul, kana.  Only the gate uses them; the pattern reads Unicode's scripts.
_BLOCKS = (
    (0x0370, 0x03FF), (0x1F00, 0x1FFF), (0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F),
    (0x0530, 0x058F), (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF), (0x0900, 0x097F), (0x0E00, 0x0E7F), (0x0F00, 0x0FFF), (0x10A0, 0x10FF), (0x1800, 0x18AF),
    (0x1100, 0x11FF), (0x3131, 0x318E), (0xAC00, 0xD7A3), (0x3041, 0x30FA), (0x31F0, 0x31FF), (0xFF66, 0xFF9D),
)
_LETTER_BIT = _gates.register(
    "ruby_script_letter",
    [chr(c) for a, b in _BLOCKS for c in range(a, b + 1) if unicodedata.category(chr(c))[0] == "L"],
)
_OPENERS = "(（[［【〔{｛〖〘「『〈《<＜﹙﹛﹝"
_CLOSERS = ")）]］】〕}｝〗〙」』〉》>＞﹚﹜﹞"
_OPENER_BIT = _gates.register("ruby_script_opener", _OPENERS)

_BLANK = "[ \u3000\u00a0]"
#: A letter of a writing system the ruby rule does not read as it stands.
_LETTER = r"[^\P{L}\p{Han}\p{Latin}\p{Bopomofo}ー]"
#: Inside a reading: letters, combining marks, kana's long-vowel mark, tone numbers, and one blank,
#: hyphen or middle dot between syllables.
_BODY = r"(?:[^\P{L}\p{Han}\p{Latin}\p{Bopomofo}]|\p{M}|[0-5¹²³⁴⁵⁰]|[ \-·‧'ʼ](?=" + _LETTER + "))"
_GROUP = rf"[{regex.escape(_OPENERS)}]{_BLANK}*{_LETTER}{_BODY}{{0,39}}{_BLANK}*[{regex.escape(_CLOSERS)}]"
#: One or more bracketed groups right after a Han character (blanks allowed before each).
RUN_RE = lazy_regex(rf"(?<=\p{{Han}})(?:{_BLANK}{{0,2}}{_GROUP})+")
_GROUP_RE = lazy_regex(rf"{_BLANK}{{0,2}}({_GROUP})")

#: Different characters (or words) table readings must read on a page.
TABLE_CHARACTERS = 3
#: Share of a system's groups the table must read for the page to be a ruby page in that system.
TABLE_SHARE = 0.5
#: Different characters a system without a table must carry groups on.
SCRIPT_CHARACTERS = 5
#: Strings that different homophone characters must carry (and at least as many as different
#: characters that are no homophones carry).
HOMOPHONES = 2
#: Share of the characters that may carry more strings than they have readings.
OVERREAD_SHARE = 0.1
#: A transcription of the Mandarin sound writes one reading one way: homophones written apart (a reading
#: carried by characters with different strings) may be at most one in this many homophone strings.
SPLIT_RATIO = 4
#: The longest string one syllable is written with (Greek ``τζιουάνγκ``; Hangul and kana use three).
MAX_LETTERS = 9

# --------------------------------------------------------------------------- Palladius

_PALLADIUS_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз", "c": "ц",
    "s": "с",
}
_PALLADIUS_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ", "van": "юань",
    "vn": "юнь",
}
#: Syllables spelled whole: the apical vowel after the sibilants, and the zero initial (y, w).
_PALLADIUS_WHOLE = {
    "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи", "zi": "цзы", "ci": "цы", "si": "сы",
    "yi": "и", "ya": "я", "ye": "е", "yo": "ё", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
    "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
    "weng": "вэн",
}


@lru_cache(maxsize=None)
def palladius(syllable: str) -> str:
    """A toneless pinyin syllable (``ü`` as ``v``, pypinyin's spelling) in the Palladius system, the
    Cyrillic transcription of Mandarin; ``""`` for one it has no spelling of (``hm``, ``ng``).

    >>> [palladius(s) for s in ("zhong", "ju", "xue", "lv", "guo", "bo", "yuan", "er", "hm")]
    ['чжун', 'цзюй', 'сюэ', 'люй', 'го', 'бо', 'юань', 'эр', '']
    """
    if syllable in _PALLADIUS_WHOLE:
        return _PALLADIUS_WHOLE[syllable]
    initial = syllable[:2] if syllable[:2] in _PALLADIUS_INITIALS else syllable[:1]
    if initial not in _PALLADIUS_INITIALS:
        return _PALLADIUS_FINALS.get(syllable, "")  # the zero initial: a, e, ai, ao, ou, an, en, ang, eng, er, o
    final = syllable[len(initial):]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju, que, xuan: ü written u
    spelled = _PALLADIUS_FINALS.get(final)
    return _PALLADIUS_INITIALS[initial] + spelled if spelled else ""


def _palladius_spellings(syllable: str) -> tuple[str, ...]:
    """:func:`palladius` and the plain variants pages write: the soft sign left out (``цзин``), ``е``
    for ``э`` (``хе``).

    >>> _palladius_spellings("jin"), _palladius_spellings("he")
    (('цзинь', 'цзин'), ('хэ', 'хе'))
    """
    spelled = palladius(syllable)
    if not spelled:
        return ()
    return tuple(dict.fromkeys((spelled, spelled.replace("ь", ""), spelled.replace("э", "е"), spelled.replace("ь", "").replace("э", "е"))))


#: Each writing system with a table: the spellings of a toneless pinyin syllable in it.
TABLES = {"CYRILLIC": _palladius_spellings}


@lru_cache(maxsize=1 << 14)
def _pinyin_readings(char: str) -> frozenset[str]:
    """The toneless pinyin readings of ``char`` (and of its script counterparts), ``ü`` as ``v``."""
    from corpus_tools.clean.ruby import _raw_readings, _toneless

    return frozenset(_toneless(r) for r in _raw_readings(char))


@lru_cache(maxsize=1 << 14)
def table_readings(char: str, system: str) -> frozenset[str]:
    """The spellings of ``char``'s readings in ``system``'s table (empty without a table).

    >>> sorted(table_readings("行", "CYRILLIC"))
    ['син', 'хан', 'хен', 'хэн']
    """
    spell = TABLES.get(system)
    if spell is None:
        return frozenset()
    return frozenset(s for r in _pinyin_readings(char) for s in spell(r))


# --------------------------------------------------------------------------- groups

#: Marks a reading's letters may carry that are no part of the letter: tones and stress (acute, grave,
#: circumflex, macron, caron), Greek breathings and perispomeni.
_TONE_MARKS = frozenset("\u0300\u0301\u0302\u0304\u030c\u0313\u0314\u0342\u0345")


@lru_cache(maxsize=1 << 14)
def fold(content: str) -> str:
    """A group's content as one spelling: lower case, tone and stress marks and tone numbers dropped
    (a letter's own marks kept: ``й``), ``ё`` as ``е``, final sigma as sigma, blanks, hyphens and
    middle dots between syllables as one blank.

    >>> [fold(s) for s in ("Гун", "ГУ́Н1", "τζιού", "Σις", "シー", "чжун-го", "цзюй")]
    ['гун', 'гун', 'τζιου', 'σισ', 'シー', 'чжун го', 'цзюй']
    """
    out = []
    for c in content.strip(" \u3000\u00a0"):
        if "\uac00" <= c <= "\ud7a3" or "\u3040" <= c <= "\u30ff":
            out.append(c)  # Hangul syllables and kana: no decomposition
            continue
        for d in unicodedata.normalize("NFD", c):
            if d in _TONE_MARKS or d in "012345¹²³⁴⁵⁰":
                continue
            out.append(" " if d in " -·‧\u3000\u00a0" else d)
    text = unicodedata.normalize("NFC", "".join(out)).lower().replace("ё", "е").replace("ς", "σ")
    return " ".join(text.split())


def _system(content: str) -> str:
    """The writing system of a group's letters (the first word of their Unicode names; kana's two
    syllabaries one system), or ``""`` when the letters mix systems.

    >>> _system("гун"), _system("σι"), _system("スー"), _system("すー"), _system("гσ")
    ('CYRILLIC', 'GREEK', 'KANA', 'KANA', '')
    """
    found = ""
    for c in content:
        if not c.isalpha() or c == "ー":
            continue
        name = unicodedata.name(c, "").split(" ")[0]
        if name in ("HIRAGANA", "KATAKANA", "HALFWIDTH"):
            name = "KANA"
        if found and name != found:
            return ""
        found = name
    return found


def _letters(spelling: str) -> int:
    return sum(1 for c in spelling if c.isalpha())


def _table_read(spelling: str, before: str, system: str) -> int:
    """How many characters at the end of ``before`` the folded ``spelling`` reads in ``system``'s
    table, syllable by syllable (0: none)."""
    syllables = spelling.split(" ")
    n = len(syllables)
    chars = before[-n:]
    if len(chars) < n or not all(is_han_script(c) for c in chars):
        return 0
    return n if all(s in table_readings(c, system) for s, c in zip(syllables, chars)) else 0


#: The cheap gate's scan (the standard library's, three times as fast as the candidates' patterns): an
#: opening bracket (maybe blanks), a Han character (maybe a blank and a mark), then a letter of one of
#: :data:`_BLOCKS`.
_GATE_RE = lazy_re(
    f"(?:[{re.escape(_OPENERS)}][ \\u3000\\u00a0]*|[\\u3400-\\u9fff\\uf900-\\ufaff\\U00020000-\\U0003134f][ \\u3000]?[^\\w\\s]?)["
    + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _BLOCKS) + "]"
)


def _gated(text: str) -> bool:
    """Whether an opening bracket (maybe blanks) or a Han character (maybe a mark) comes before a letter
    of another writing system.

    >>> _gated("公（гун）积金"), _gated("公/гун/积金"), _gated("公гун积金"), _gated("系数取0.5α（试行）"), _gated("（一）")
    (True, True, True, False, False)
    """
    present = _gates.present(text)
    return bool(present & _LETTER_BIT) and _GATE_RE.search(text) is not None


#: A reading set off by a pair of one mark (``公/гун/积金``, ``公|гун|``): the marks are checked as
#: :mod:`corpus_tools.clean.ruby_glyphs` checks a Latin reading's pair.
PAIR_RE = lazy_regex(rf"(?<=\p{{Han}}[ \u3000]?)([\p{{P}}\p{{S}}])({_LETTER}{_BODY}{{0,39}}?)([\p{{P}}\p{{S}}])")
#: A reading glued to its Han character (``公гун积金``, ``管理ли，``), a word's syllables joined by a mark.
BARE_RE = lazy_regex(rf"(?<=\p{{Han}}){_LETTER}(?:[^\P{{L}}\p{{Han}}\p{{Latin}}\p{{Bopomofo}}]|\p{{M}}|[0-5¹²³⁴⁵⁰]|[\-·‧'ʼ](?={_LETTER})){{0,23}}(?![^\P{{L}}\p{{Han}}]|\p{{M}}|[0-9])")
#: How a group is set off: brackets (the evidence of either kind), a pair of marks, or nothing (a table's
#: evidence only: kana between kanji is how Japanese is written).
BRACKETS, PAIR, BARE = "brackets", "pair", "bare"


def _groups(text: str):
    """The candidate groups: ``(run start, group start, group end, char, system, spelling, shape)`` for
    each group of each run of bracketed groups after a Han character (a run's groups in order), each
    pair of marks and each glued run (:data:`BRACKETS`, :data:`PAIR`, :data:`BARE`).

    >>> [(s, sp, shape) for _, s, _, _, _, sp, shape in _groups("公（гун）积，促/цу/进，提ти高，系数α")]
    [(1, 'гун', 'brackets'), (9, 'цу', 'pair'), (16, 'ти', 'bare'), (22, 'α', 'bare')]
    """
    from corpus_tools.clean.ruby_glyphs import _pair, _pair_context

    found = []
    for run in RUN_RE.finditer(text):
        char = text[run.start() - 1]
        for g in _GROUP_RE.finditer(text, run.start(), run.end()):
            content = g.group(1)[1:-1]
            system = _system(content)
            if not system:
                break
            found.append((run.start(), g.start(), g.end(), char, system, fold(content), BRACKETS))
    for m in PAIR_RE.finditer(text):
        content = m.group(2)
        if _pair(m.group(1), m.group(3)) and _pair_context(text, m.start(), m.end()) and (system := _system(content)):
            found.append((m.start(), m.start(), m.end(), text[m.start() - 1] if is_han_script(text[m.start() - 1]) else text[m.start() - 2], system, fold(content), PAIR))
    for m in BARE_RE.finditer(text):
        if system := _system(m.group()):
            found.append((m.start(), m.start(), m.end(), text[m.start() - 1], system, fold(m.group()), BARE))
    found.sort(key=lambda g: g[1])
    return found


def script_readings(text: str) -> list[Edit]:
    """The bracketed readings in another writing system than Latin letters, as removals (one edit per
    group, with the blanks before it).

    **Evidence**: a table's spelling of a reading of the character(s) before the group on a page where
    such groups read :data:`TABLE_CHARACTERS` characters and make the most of that system's groups; or,
    for a system without a table, the page's groups behaving as readings (see the module's docstring).

    >>> [e.before for e in script_readings("住房公（гун）积金，促[цу]进，提（ти）高，普京（Путин）")]
    ['（гун）', '[цу]', '（ти）']
    >>> script_readings("大（да）会决定，那（на）些事项另行规定。")
    []
    """
    if not _gated(text):
        return []
    by_system: dict[str, list[tuple[int, int, str, str, int, str]]] = defaultdict(list)
    for run_start, g_start, g_end, char, system, spelling, shape in _groups(text):
        by_system[system].append((g_start, g_end, char, spelling, run_start, shape))
    edits: list[Edit] = []
    for system, groups in by_system.items():
        kept = _table_groups(text, system, groups) if system in TABLES else []
        if not kept:
            kept = _consistent_groups([g for g in groups if g[5] == BRACKETS])
        for g_start, g_end, char, *_rest in kept:
            edits.append(Edit(RUBY_PINYIN, g_start, g_end, text[g_start:g_end], "", f"reading of {char}"))
    edits.sort(key=lambda e: e.start)
    return edits


def _table_groups(text: str, system: str, groups: list) -> list:
    """The groups ``system``'s table reads, when they make the page's evidence; else none."""
    read = []
    words: set[str] = set()
    for group in groups:
        _g_start, _g_end, _char, spelling, run_start, _shape = group
        before = text[max(0, run_start - 8):run_start].rstrip(" \u3000")
        n = _table_read(spelling, before, system)
        if n:
            read.append(group)
            words.add(before[-n:])
    if len(words) >= TABLE_CHARACTERS and len(read) >= TABLE_SHARE * len(groups):
        return read
    return []


def _consistent_groups(groups: list) -> list:
    """The groups of a system without a table (or that its table does not read) that behave as a
    page's readings do; none when the page's groups do not.

    >>> page = "".join(c + ("（" + r + "）" if r else "") for c, r in zip("本市适用，是实施，金进，居据", ["번", "스", "스", "", "", "스", "스", "", "", "진", "진", "", "쥐", "쥐"]))
    >>> len(_consistent_groups([(s, e, c, sp, r, shape) for r, s, e, c, _, sp, shape in _groups(page)]))
    9
    """
    strings_of: dict[str, set[str]] = defaultdict(set)
    chars_of: dict[str, set[str]] = defaultdict(set)
    for _s, _e, char, spelling, *_rest in groups:
        if " " in spelling or _letters(spelling) > MAX_LETTERS:
            continue
        strings_of[char].add(spelling)
        chars_of[spelling].add(char)
    if len(strings_of) < SCRIPT_CHARACTERS:
        return []
    homophones = unrelated = 0
    mixed: set[str] = set()
    for spelling, chars in chars_of.items():
        if len(chars) < 2:
            continue
        common = None
        for c in chars:
            common = _pinyin_readings(c) if common is None else common & _pinyin_readings(c)
        if common:
            homophones += 1
        else:
            unrelated += 1
            mixed.add(spelling)
    overread = {c for c, strings in strings_of.items() if len(strings) > max(1, len(_pinyin_readings(c)))}
    if homophones < HOMOPHONES or unrelated > homophones or len(overread) > OVERREAD_SHARE * len(strings_of):
        return []
    if _splits(strings_of) * SPLIT_RATIO > homophones:
        return []  # homophones written apart: another language's readings of the characters (Sino-Korean 市 시, 实 실)
    return [g for g in groups if g[2] in strings_of and g[2] not in overread and g[3] in strings_of[g[2]] and g[3] not in mixed]


def _splits(strings_of: dict[str, set[str]]) -> int:
    """How many pinyin readings characters of that main reading (:func:`_main_reading`) carry with
    different strings: a transcription of the Mandarin sound writes none (it may merge two readings, Greek ``σι``
    for ``shi`` and ``xi``, never split one); another language's readings of the characters split many
    (Sino-Korean ``市 시``, ``实 실``, ``事 사``, all ``shi``).

    >>> _splits({"市": {"시"}, "实": {"실"}, "是": {"시"}, "本": {"본"}}), _splits({"市": {"스"}, "实": {"스"}, "本": {"번"}})
    (1, 0)
    """
    spellings: dict[str, set[str]] = defaultdict(set)
    for char, strings in strings_of.items():
        reading = _main_reading(char)
        if reading and len(strings) == 1:
            spellings[reading] |= strings
    return sum(1 for strings in spellings.values() if len(strings) > 1)


@lru_cache(maxsize=1 << 14)
def _main_reading(char: str) -> str:
    """The first (most common) of pypinyin's readings of ``char``, toneless; ``""`` for none.

    >>> _main_reading("市"), _main_reading("行"), _main_reading("a")
    ('shi', 'xing', '')
    """
    from corpus_tools.clean.ruby import _raw_readings, _toneless

    found = _raw_readings(char)
    return _toneless(found[0]) if found else ""
