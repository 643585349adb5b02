"""Glosses of a character's reading in a reading system the other ruby modules do not read: one detector, a table
of systems.

Real damage undone: a reading aid (a learners' page, an annotated edition, a dictionary quoted into the text, a
browser extension that glosses characters) wrote a character's reading right after it, in brackets, in SOME
system of writing sounds, and the text kept it: ``依（于希切）照``, ``保(bou2)护(wu6)``, ``为（去声）``.

The family's members (the real habits that write such glosses; where each is read):

1. Mandarin pinyin in any spelling, Wade-Giles, Gwoyeu Romatzyh, Tongyong, Zhuyin
   (:mod:`corpus_tools.clean.ruby`);
2. transcriptions of the Mandarin sound in another alphabet: Cyrillic Palladius, Greek, Hangul, kana
   (:mod:`corpus_tools.clean.ruby_scripts`);
3. homophone glosses, the traditional 直音 and 读若 (``鞍（音安）``: :mod:`corpus_tools.clean.ruby_annotations`);
4. **fanqie spellings** (反切), the traditional notation of annotated classics and of the old dictionaries
   (康熙字典, 广韵 quoted into an edition): the initial of one character and the final of another, then ``切``,
   ``反`` or ``翻`` (``政（之盛切）``, ``依〔于希反〕``): here, :func:`spells`;
5. **romanisations of other Sinitic languages with tone numbers**: Cantonese Jyutping (Hong Kong learners'
   pages, ``国(gwok3)``), Cantonese Yale with numbers (``gwok3``, ``yan4``), Hokkien Pe̍h-ōe-jī and Tâi-lô written
   with tone digits (Taiwan's dictionary pages, ``tiong1``), Hakka Pha̍k-fa-sṳ, Wu (Shanghainese) romanisation:
   here, :func:`sinitic_syllable`, a syllable grammar that covers them, with the page's consistency as evidence
   (no library ships their readings); and **the Sino-xenic readings** in Latin letters with their marks, a
   character's reading in Vietnamese (Hán-Việt ``国（quốc）``), Japanese (on'yomi in rōmaji ``国（koku）``) or
   Korean: :func:`marked_syllable`, the same evidence;
6. **tone-class glosses** (破读), an annotated edition's note of which tone a character with several readings
   takes (``为（去声）``, ``长〔上声〕``): here, :data:`TONE_CLASSES`, on a character pypinyin gives two readings
   at least.

**Evidence**, shared by every member: a short bracketed gloss right after a Han character whose content is a
READING of that character under one system of :data:`SYSTEMS`, recurring over the page in one habit (the same
system, the same opening and closing bracket) on :data:`HABIT` different characters at least.  What reads
depends on the system: a fanqie's first character shares the character's initial or its second character the
character's final (pypinyin's readings; the old sound changed, so one of the two is enough, and the page's
habit is the rest of the evidence); a Sinitic syllable has the system's grammar and each character carries one
string only, and a word's characters are glossed one by one (a run of two glossed characters at least); a tone
class names a tone of a character that has several.

Genuine brackets stay: ``（试行）``, ``（一）``, ``（2021年）``, ``（APP）``, ``（5G）``, ``（一刀切）`` read nothing
under any system, and one isolated gloss is no habit.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import regex

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit

_OPEN = "(（[［【〔{｛〖〘﹙﹛﹝"
_CLOSE = ")）]］】〕}｝〗〙﹚﹜﹞"
#: A bracket right after a Han character holding up to 12 characters (no bracket, no line break): the candidates.
CANDIDATE_RE = lazy_regex(
    rf"(?<=\p{{Han}})([{regex.escape(_OPEN)}])([^{regex.escape(_OPEN + _CLOSE)}\n]{{1,12}})([{regex.escape(_CLOSE)}])"
)
#: The cheap gate: an opening bracket right after a common Han character.
_GATE = lazy_re(rf"[\u4e00-\u9fff][{re.escape(_OPEN)}]")

#: Different characters one habit (system, opening and closing bracket) must gloss on a page.
HABIT = 2
#: Different characters a system read by its grammar only (no readings) must gloss on a page.
GRAMMAR_HABIT = 3
#: Share of a habit's candidates that must read their character for the habit to be the page's.
READ_SHARE = 0.6


# --------------------------------------------------------------------------- pinyin parts

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")


@lru_cache(maxsize=1 << 14)
def _parts(char: str) -> frozenset[tuple[str, str]]:
    """The (initial, final) pairs of ``char``'s toneless pinyin readings; ``y``/``w`` read as the zero initial
    and their final written out (``yi`` → ``i``, ``wu`` → ``u``, ``yu`` → ``v``).

    >>> sorted(_parts("行")), sorted(_parts("安")), sorted(_parts("依")), sorted(_parts("律"))
    ([('h', 'ang'), ('h', 'eng'), ('x', 'ing')], [('', 'an')], [('', 'i')], [('l', 'v')])
    """
    from corpus_tools.clean.ruby import _raw_readings, _toneless

    out = set()
    for reading in _raw_readings(char):
        s = _toneless(reading).replace("ü", "v")
        initial = next((i for i in _INITIALS if s.startswith(i) and len(s) > len(i)), "")
        final = s[len(initial):]
        if not initial and final[:1] in ("y", "w"):
            final = {"yi": "i", "yin": "in", "ying": "ing", "wu": "u"}.get(final) or (
                "v" + final[2:] if final.startswith("yu") else ("i" if final[0] == "y" else "u") + final[1:]
            )
        if initial in ("j", "q", "x") and final.startswith("u"):
            final = "v" + final[1:]
        out.add((initial, final))
    return frozenset(out)


#: Initials the old sound split or merged (voicing lost, palatals from velars and sibilants, the zero initial
#: from old ``w``/``y``/``ng``): a fanqie's initial may stand for any of its class today.
_INITIAL_CLASSES = (
    frozenset("b p".split()), frozenset("d t zh ch".split()), frozenset("g k j q h x".split()),
    frozenset("z c s j q x zh ch sh r".split()), frozenset("f p b".split()), frozenset(("", "w", "y", "m")),
)


def _rhyme(final: str) -> str:
    """A final without its medial (``uan`` → ``an``, ``iang`` → ``ang``; ``ui`` → ``ei``, ``iu`` → ``ou``, ``un`` → ``en``)."""
    final = {"ui": "uei", "iu": "iou", "un": "uen", "vn": "ven"}.get(final, final)
    return final[1:] if len(final) > 1 and final[0] in "iuv" and final[1] in "aeo" else final


def spells(spelling: str, char: str) -> bool:
    """Whether the fanqie ``spelling`` (two characters: the upper gives the initial, the lower the final) spells a
    reading of ``char``: the upper character shares the initial (or its class: the old sound split some) or the
    lower character shares the final (medials aside).

    >>> [spells(s, c) for s, c in (("之盛", "政"), ("于希", "依"), ("乌寒", "安"), ("徒径", "定"), ("古满", "管"))]
    [True, True, True, True, True]
    >>> [spells(s, c) for s, c in (("一刀", "是"), ("人民", "国"))]
    [False, False]
    """
    if len(spelling) != 2:
        return False
    upper, lower = spelling
    base = _parts(char)
    if not base:
        return False
    initials = {i for i, _ in _parts(upper)}
    finals = {_rhyme(f) for _, f in _parts(lower)}
    for initial, final in base:
        if initial in initials or _rhyme(final) in finals:
            return True
    return False


# --------------------------------------------------------------------------- Sinitic syllables

#: One syllable of a romanisation of a Sinitic language written with a tone digit: an onset (the consonants and
#: clusters of Jyutping, Yale, Pe̍h-ōe-jī/Tâi-lô, Pha̍k-fa-sṳ and Wu romanisation), a nucleus of one to three
#: vowels, a coda (nasal, stop, glottal ``h``, ``nn`` of Tâi-lô's nasal vowel), a tone digit 1-9; or a syllabic nasal.
_SINITIC_RE = lazy_re(
    r"(?:(?:ng|gw|kw|ch|chh|ts|tsh|ph|th|kh|sh|zh|dz|gn|[bcdfghjklmnpqrstvwxyz])?"
    r"(?:[aeiou]|eo|oe|yu|ee|oo|ir|er|ö|ü|ṳ){1,3}(?:ng|nn|[mnptkh])?|m|ng|hm|hng)[1-9]"
)


def sinitic_syllable(content: str) -> bool:
    """Whether ``content`` is one syllable of a Sinitic romanisation written with a tone digit (lower case).

    >>> [sinitic_syllable(s) for s in ("gwok3", "zung1", "jyun6", "tiong1", "ng4", "hoeng1", "cit3")]
    [True, True, True, True, True, True, True]
    >>> [sinitic_syllable(s) for s in ("5g", "a", "b2", "app", "pm2", "zhong")]
    [False, False, False, False, False, False]
    """
    return bool(_SINITIC_RE.fullmatch(content))


# --------------------------------------------------------------------------- tone classes

#: The tone classes an annotated edition names (破读): the four tones, their registers, the modern four.
TONE_CLASSES = frozenset(
    "平声 上声 去声 入声 阴平 阳平 阴上 阳上 阴去 阳去 阴入 阳入 平聲 上聲 去聲 入聲 读平声 读上声 读去声 读入声 轻声 輕聲".split()
)


def _tone_class(content: str, char: str) -> bool:
    """Whether ``content`` names a tone class of ``char``, a character with several readings (``为（去声）``).

    >>> _tone_class("去声", "为"), _tone_class("去声", "府")
    (True, False)
    """
    from corpus_tools.clean.ruby import _raw_readings

    return content in TONE_CLASSES and len(set(_raw_readings(char))) > 1


# --------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class System:
    """A system of writing a character's reading: how a gloss in it looks (``shape``: its content as the part
    that reads, or ``None``), and whether that part reads the character (``reads``; ``None``: the system has no
    readings, its grammar and the page's consistency are its evidence)."""

    name: str
    shape: Callable[[str], str | None]
    reads: Callable[[str, str], bool] | None


_FANQIE_RE = lazy_regex(r"(?:音)?(\p{Han}{2})(?:切|反|翻)(?:[，,、]?音\p{Han})?")


def _fanqie_shape(content: str) -> str | None:
    m = _FANQIE_RE.fullmatch(content)
    return m.group(1) if m else None


#: One syllable of another romanisation of a character's reading, in lower-case Latin letters with their tone and
#: vowel marks, no digit: Vietnamese Hán-Việt (``quốc``, ``pháp``), Japanese on'yomi in rōmaji (``koku``, ``hō``),
#: Korean Hanja readings romanised (``guk``), Pe̍h-ōe-jī with its marks (``tiông``, ``tiâⁿ``), Jyutping without tones.
_MARKED_RE = lazy_regex(r"(?:[^\P{Latin}\P{Ll}]|\p{Mn}|ⁿ){1,8}")
_VOWELS = frozenset("aeiouy")


def marked_syllable(content: str) -> bool:
    """Whether ``content`` is one syllable of a romanisation in lower-case Latin letters (marks allowed, a vowel in
    it, no digit): the shape only; the page's consistency is the evidence.

    >>> [marked_syllable(s) for s in ("quốc", "pháp", "koku", "hō", "tiâⁿ", "guk")]
    [True, True, True, True, True, True]
    >>> [marked_syllable(s) for s in ("km", "ppm", "pH", "a1", "www.gov")]
    [False, False, False, False, False]
    """
    if not _MARKED_RE.fullmatch(content):
        return False
    return any(unicodedata.normalize("NFD", c)[0] in _VOWELS for c in content)


def _marked(part: str) -> bool:
    """Whether a gloss shows its system: a tone digit or a letter with a mark (``zung1``, ``quốc``, ``hō``), not plain
    ASCII letters a label or an abbreviation also writes.

    >>> [_marked(s) for s in ("zung1", "quốc", "hō", "tiâⁿ", "ka", "an", "guk")]
    [True, True, True, True, False, False, False]
    """
    return not (part.isascii() and part.isalpha())


def _sinitic_shape(content: str) -> str | None:
    return content if sinitic_syllable(content) or marked_syllable(content) else None


def _tone_shape(content: str) -> str | None:
    return content if content in TONE_CLASSES else None


#: The systems the detector tries on each gloss, in order (the first whose shape fits reads it).
SYSTEMS: tuple[System, ...] = (
    System("fanqie", _fanqie_shape, lambda part, char: spells(part, char)),
    System("tone class", _tone_shape, lambda part, char: _tone_class(part, char)),
    System("sinitic romanisation", _sinitic_shape, None),
)


def gloss_readings(text: str) -> list[Edit]:
    """The bracketed glosses of :data:`SYSTEMS` after their characters, as removals (one edit per gloss).

    **Evidence**: the gloss reads the character before it in its system (see the module's docstring), and the
    page glosses :data:`HABIT` different characters in the same habit (system, brackets), :data:`READ_SHARE` of
    the habit's glosses reading; a system without readings needs :data:`GRAMMAR_HABIT` characters, one string
    each, a word glossed character by character, and a gloss that shows its system (a tone digit or a marked
    letter: plain ASCII letters alone, ``甲(ka)乙(ko)丙(ti)``, are no evidence).

    >>> t = "第一条 为了规范管（古满切）理，依（于希切）照本法，保障权（巨员切）利。"
    >>> [e.before for e in gloss_readings(t)]
    ['（古满切）', '（于希切）', '（巨员切）']
    >>> t = "坚持建设（cit3）有（jau5）中（zung1）国特色，保(bou2)护(wu6)环境。"
    >>> [e.before for e in gloss_readings(t)]
    ['（cit3）', '（jau5）', '（zung1）']
    >>> gloss_readings("本办法（试行）自公布之日起施行。（一）反对一刀切（一刀切）；（二）使用5G（5G）。")
    []
    >>> gloss_readings("管（古满切）理")  # one gloss: no habit
    []
    >>> gloss_readings("依照甲(ka)乙(ko)丙(ti)的规定")  # plain letters: no system shown
    []
    """
    if not _GATE.search(text):
        return []
    habits: dict[tuple[str, str, str], list[tuple[int, int, str, str]]] = defaultdict(list)
    for m in CANDIDATE_RE.finditer(text):
        content = m.group(2).strip(" \u3000")
        for system in SYSTEMS:
            part = system.shape(content)
            if part is not None:
                habits[(system.name, m.group(1), m.group(3))].append((m.start(), m.end(), text[m.start() - 1], part))
                break
    edits: list[Edit] = []
    for (name, _opener, _closer), found in habits.items():
        system = next(s for s in SYSTEMS if s.name == name)
        kept = _read(system, found) if system.reads else _consistent(text, found)
        edits += [Edit(RUBY_PINYIN, a, b, text[a:b], "", f"{name} gloss of {char}") for a, b, char, _ in kept]
    return sorted(edits, key=lambda e: e.start)


def _read(system: System, found: list) -> list:
    """The glosses of one habit that read their characters, when they make the page's evidence; else none."""
    read = [g for g in found if system.reads(g[3], g[2])]
    if len({g[2] for g in read}) < HABIT or len(read) < READ_SHARE * len(found):
        return []
    return read


def _consistent(text: str, found: list) -> list:
    """The glosses of one habit of a system without readings, when the page's glosses behave as readings: each
    character carries one string, :data:`GRAMMAR_HABIT` characters are glossed, two glossed characters stand
    side by side once at least (a word glossed character by character).  A gloss that reads as pinyin does not
    count (the ruby rule reads pinyin); it goes with the page's glosses when it reads its one character, and stays
    when it reads the word before it (a brand's romanised name, ``博乐彩(bolecai)``: the spam rule's)."""
    from corpus_tools.clean.ruby import group_reading

    read = [(g, group_reading(g[3], text[max(0, g[0] - 8):g[0]])) for g in found]
    own = [g for g, r in read if r is None]
    strings: dict[str, set[str]] = defaultdict(set)
    for _a, _b, char, part in own:
        strings[char].add(part)
    if len(strings) < GRAMMAR_HABIT or any(len(s) > 1 for s in strings.values()):
        return []
    if not any(_marked(part) for _a, _b, _c, part in own):
        return []  # plain ASCII letters alone (甲(ka)乙(ko)丙(ti)) are a label's or an abbreviation's shape, no system's
    ends = {b for _a, b, _c, _p in found}
    if not any(a - 1 in ends for a, _b, _c, _p in own):
        return []
    # (the page's habit proven, a gloss that happens to spell its character's pinyin too, 保（bảo）, is one of its
    # glosses; one that spells a word's, a brand's romanised name, stays the ruby and spam rules')
    return sorted(own + [g for g, r in read if r is not None and r[0] == 1 and strings.get(g[2], {g[3]}) == {g[3]}])
