"""Glosses that give MORE than one reading of a character in one bracket: one detector, a table of systems.

Real damage undone: a reading aid printed a character's readings beside it, and the copy kept them in the text:
``管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)``.  The other ruby modules read one reading per bracket in one system at a time; a
bracket holding two readings (or two systems) reads as none of them and stays.

The family's members (the real habits that write such glosses):

1. **two systems of one language**: Taiwan's readers for mainland learners and bilingual teaching sites print
   Zhuyin and pinyin (``管(ㄍㄨㄢˇ guǎn)``, ``管【ㄍㄨㄢˇ；guan3】``); older sinological glossaries pinyin and
   Wade-Giles (``管(guǎn / kuan³)``), Gwoyeu Romatzyh or Tongyong beside pinyin; a dictionary's tone-marked and
   tone-numbered spellings side by side (``guǎn guan3``);
2. **a polyphone's alternative readings** from a dictionary entry (``行(xíng/háng)``, ``长（cháng、zhǎng）``,
   ``行（xíng或háng）``, ``说（shuō，又读shuì）``);
3. **tone sandhi**: a teaching text's dictionary reading and the spoken one (``管(guǎn→guán)``, ``一(yī > yí)``);
4. **another language's reading beside the pinyin**: Hong Kong learners' pages (Cantonese Jyutping or Yale with
   tone numbers, ``管(gun2 / guǎn)``), Hokkien Tâi-lô, Vietnamese Hán-Việt (``quốc / guó``), Korean learners'
   textbooks (the Sino-Korean reading in Hangul, ``管（관 guǎn）``), Japanese learners' (kana, ``国（コク guó）``);
5. **another alphabet's transcription beside the pinyin**: Cyrillic Palladius (``管（гуань guǎn）``), the IPA
   with its tone letters (phonology pages and dictionaries, ``管（guǎn /kuan˨˩˦/）``);
6. **a term's reading in two systems** after the term (``管理（guǎnlǐ / ㄍㄨㄢˇ ㄌㄧˇ）``): each segment reads the
   same characters as a word (:func:`_word_readings`);
7. **a learners' glossary**: the pinyin and the character's English meaning (``管(guǎn: manage)理(lǐ: govern)``):
   the English word reads nothing, so only the page's habit proves the layer (a term's English gloss,
   ``个人信息（personal information）``, is the law's text on bilingual sites and stays: it glosses no single
   character beside its proven reading).

**Evidence**, shared by every member: a short bracket right after a Han character, its content cut by a separator
a gloss uses (a blank, ``/``, ``|``, ``｜``, ``;``, ``；``, ``,``, ``，``, ``、``, ``·``, an arrow, ``或``) into two
parts or more, EVERY part a reading of THAT character in some system of :data:`SYSTEMS`:

* a system with readings (pinyin in any spelling, Zhuyin, Wade-Giles, Gwoyeu Romatzyh, Tongyong, Palladius) proves
  the part on its own (pypinyin's readings of the character and of its script counterpart, lower case): a bracket
  of two readings or more of its character, each proven so, is evidence on its own (stronger than the one pinyin
  syllable the ruby rule takes on its own);
* a system without a table of readings (a Sinitic romanisation with tone digits, a marked Latin syllable, one
  Hangul syllable, a run of kana, an IPA syllable with its tone, a learner's English word) proves the part by its
  shape, and only beside a part proven by readings in the same bracket;

and a bracket with a shaped part needs the page's habit: two different characters (:data:`SHAPED_HABIT` for a
shape words also take) glossed in the same brackets with the same separators, each character carrying one string in the shaped system over the page, a
word glossed character by character once at least (two glossed characters side by side).  A bracket with one unproven part (an English word, a code, a number, a capitalised
name) stays byte-identical: ``个人信息（personal information）``, ``（ISO/IEC）``, ``张(Zhang/Chang)``.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import regex

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit

_OPEN = "(（[［【〔{｛〖〘﹙﹛﹝"
_CLOSE = ")）]］】〕}｝〗〙﹚﹜﹞"
#: A bracket right after a Han character holding 3 to 48 characters (no bracket, no line break): the candidates.
CANDIDATE_RE = lazy_regex(
    rf"(?<=\p{{Han}})([{regex.escape(_OPEN)}])([^{regex.escape(_OPEN + _CLOSE)}\n]{{3,48}})([{regex.escape(_CLOSE)}])"
)
#: The cheap gate: a Han character, an opening bracket, then within a few characters a letter of a reading system
#: and a separator (a clean page's ``（一）``, ``（试行）`` never pass it).
_GATE = lazy_re(
    rf"[\u4e00-\u9fff][{regex.escape(_OPEN)}][ \u3000]?[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u3105-\u312f\u31a0-\u31bf"
    r"\uac00-\ud7a3\u3041-\u30ffа-яɕʂʐʈŋɲɥəɤ][^\n)）\]］】〕}｝〗〙﹚﹜﹞]{0,24}?[ /／|｜;；,，、·・:：→⟶>＞=＝~～或又旧也亦]"
)
#: What a gloss puts between its readings: blanks around any of these, a dictionary's "also read" (``又读``), or a
#: blank alone.
_SEPARATOR = lazy_regex(
    r"[ \u3000]*(?:->|=>|[/／|｜;；,，、·・:：→⟶>＞=＝~～或])?[ \u3000]*(?:又读|又音|旧读|也读|亦读|或读)[ \u3000]*"
    r"|[ \u3000]*(?:->|=>|[/／|｜;；,，、·・:：→⟶>＞=＝~～或])[ \u3000]*|[ \u3000]+(?:[-–—][ \u3000]+)?"
)

#: Different characters a habit with a part proven by a shape words also take must gloss on a page.
SHAPED_HABIT = 3
#: Parts a bracket may hold.
MAX_PARTS = 4


# --------------------------------------------------------------------------- the systems (a table)


def _pinyin(part: str, char: str) -> bool:
    """Pinyin in any spelling (tone marks, tone numbers, superscripts, toneless, ``ü`` as ``v``), lower case.

    >>> _pinyin("guǎn", "管"), _pinyin("guan3", "管"), _pinyin("guán", "管"), _pinyin("gun2", "管")
    (True, True, True, False)
    """
    from corpus_tools.clean.ruby import _fold, readings

    return not part[:1].isupper() and _fold(part) in readings(char)


def _other(part: str, char: str) -> bool:
    """Zhuyin, Wade-Giles (apostrophes, tone numbers), Gwoyeu Romatzyh, Tongyong: pypinyin's converters.

    >>> _other("ㄍㄨㄢˇ", "管"), _other("kuan³", "管"), _other("ch'i2", "其"), _other("ㄍㄨㄢˇ", "理")
    (True, True, True, False)
    """
    from corpus_tools.clean.ruby import _fold, _other_reading

    return not part[:1].isupper() and _other_reading(_fold(part), char)


def _cyrillic(part: str, char: str) -> bool:
    """Palladius' Cyrillic transcription (:mod:`corpus_tools.clean.ruby_scripts`' table).

    >>> _cyrillic("гуань", "管"), _cyrillic("гун", "管")
    (True, False)
    """
    if not regex.fullmatch(r"\p{Cyrillic}{1,8}", part):
        return False
    from corpus_tools.clean.ruby_scripts import table_readings

    return part.lower() in table_readings(char, "CYRILLIC")


#: Systems whose readings of a character are known: a part in one of them reads the character on its own.
READ_SYSTEMS = (("pinyin", _pinyin), ("romanisation", _other), ("palladius", _cyrillic))

_HANGUL_RE = lazy_regex(r"[\uac00-\ud7a3]")
#: A syllable in the International Phonetic Alphabet with its tone (Chao's tone letters or superscript digits), as
#: dictionaries and phonology pages write it (``kuan˨˩˦``, ``ʂʅ˥˩``, ``tɕʰi³⁵``): the tone shows the system.
_IPA_RE = lazy_regex(
    r"[a-zɑɐɒæəɚɛɜɤɨɯɪʊʏɔøœɵʉʌʂʐɕʑʈɖʅʮɻɹŋɲɳɥɰʔʰʷʲˠːˑ\u0303\u0329\u030d\u032f\u0325]{1,10}(?:[˥˦˧˨˩]{1,3}|[¹²³⁴⁵]{1,3})"
)
#: An English gloss of the character: one to three lower-case words (``manage``, ``to manage``).
_GLOSS_RE = lazy_regex(r"[a-z]{2,14}")
_KANA_RE = lazy_regex(r"[\u3041-\u3096\u30a1-\u30fa\u30fcー]{1,4}")


def _sinitic(part: str) -> bool:
    """A syllable of a Sinitic romanisation with a tone digit (Jyutping, Yale, Tâi-lô):
    :mod:`corpus_tools.clean.ruby_systems`' grammar.

    >>> _sinitic("gun2"), _sinitic("zung1"), _sinitic("5g"), _sinitic("manage")
    (True, True, False, False)
    """
    from corpus_tools.clean.ruby_systems import sinitic_syllable

    return sinitic_syllable(part)


def _marked(part: str) -> bool:
    """A marked Latin syllable (Hán-Việt, rōmaji, Pe̍h-ōe-jī): a mark on a letter shows a system; plain ASCII words
    (``manage``) are a gloss's English.

    >>> _marked("quốc"), _marked("hō"), _marked("koku")
    (True, True, False)
    """
    from corpus_tools.clean.ruby_systems import marked_syllable

    return not part.isascii() and marked_syllable(unicodedata.normalize("NFC", part))


#: Systems without a table of readings: a part in one of them is proven by its shape, beside a read part; and the
#: different characters the page must gloss in the habit: two for a shape no text of a law takes (a tone digit, a
#: tone letter, Hangul or kana beside a pinyin reading), :data:`SHAPED_HABIT` for a shape words also take (a marked
#: Latin syllable, an English word).
SHAPED_SYSTEMS = (
    ("sinitic", _sinitic, 2),
    ("hangul", lambda part: bool(_HANGUL_RE.fullmatch(part)), 2),
    ("kana", lambda part: bool(_KANA_RE.fullmatch(part)), 2),
    ("ipa", lambda part: bool(_IPA_RE.fullmatch(part)), 2),
    ("marked", _marked, SHAPED_HABIT),
    ("english", lambda part: bool(_GLOSS_RE.fullmatch(part)), SHAPED_HABIT),
)
_SHAPED_HABIT = {name: habit for name, _shaped, habit in SHAPED_SYSTEMS}


def part_system(part: str, char: str) -> tuple[str, bool] | None:
    """The system ``part`` is written in as a reading of ``char``, and whether readings prove it (``True``) or only
    its shape (``False``); None when it reads ``char`` in no system.

    >>> part_system("guǎn", "管"), part_system("ㄍㄨㄢˇ", "管"), part_system("관", "管"), part_system("kuan˨˩˦", "管")
    (('pinyin', True), ('romanisation', True), ('hangul', False), ('ipa', False))
    >>> part_system("Management", "管"), part_system("12", "管"), part_system("ISO", "管")
    (None, None, None)
    """
    for name, reads in READ_SYSTEMS:
        if reads(part, char):
            return name, True
    for name, shaped, _habit in SHAPED_SYSTEMS:
        if shaped(part):
            return name, False
    return None


# --------------------------------------------------------------------------- the rule


def _parts(content: str) -> list[str] | None:
    """The parts of a bracket's content cut at its separators (two to :data:`MAX_PARTS`), or None."""
    parts = [p for p in _SEPARATOR.split(content.strip(" \u3000")) if p]
    return parts if 2 <= len(parts) <= MAX_PARTS else None


#: What a gloss puts between the readings of a word in two systems (not a blank: a blank parts a word's syllables).
_SYSTEM_SEPARATOR = lazy_regex(r"[ \u3000]*(?:->|=>|[/／|｜;；,，、:：→⟶=＝])[ \u3000]*")
#: Characters a word read in one bracket may have.
MAX_WORD = 6


def _word_readings(content: str, before: str) -> int | None:
    """How many characters at the end of ``before`` each segment of ``content`` (cut at a separator that is no blank)
    reads as a word, the same for every segment, two at least (a term's reading in two systems); None otherwise.

    >>> _word_readings("guǎnlǐ / ㄍㄨㄢˇ ㄌㄧˇ", "监督管理"), _word_readings("zhèng fǔ bù mén｜zheng4 fu3 bu4 men2", "政府部门")
    (2, 4)
    >>> _word_readings("zhōng guó / China", "中国"), _word_readings("Zhong Guo / Chung Kuo", "中国")
    (None, None)
    """
    segments = [s for s in _SYSTEM_SEPARATOR.split(content.strip(" \u3000")) if s]
    if not 2 <= len(segments) <= MAX_PARTS or any(s[:1].isupper() for s in segments):
        return None
    from corpus_tools.clean.ruby import group_reading

    counts = set()
    for segment in segments:
        found = group_reading(segment, before)
        if found is None or found[0] < 2:
            return None
        counts.add(found[0])
    return counts.pop() if len(counts) == 1 else None


def multi_readings(text: str) -> list[Edit]:
    """Brackets giving several readings of the character before them, as removals (one edit per bracket).

    **Evidence**: every part of the bracket reads the character before it in a system of the table (a part proven
    by its shape only stands beside a part proven by readings, and needs the page's habit: two different
    characters in the same brackets and separators, :data:`SHAPED_HABIT` for a shape words also take, one string
    each, two of them side by side).

    >>> t = "第一条 为了加强监督管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)，保障计量。"
    >>> [e.before for e in multi_readings(t)]
    ['(ㄍㄨㄢˇ guǎn)', '(ㄌㄧˇ lǐ)']
    >>> t = "依法进行（xíng/háng）审批，增长（cháng/zhǎng）经费，监督管（guǎn→guán）理。"
    >>> [e.before for e in multi_readings(t)]
    ['（xíng/háng）', '（cháng/zhǎng）', '（guǎn→guán）']
    >>> [e.before for e in multi_readings("游说（shuō，又读shuì）")]
    ['（shuō，又读shuì）']
    >>> [e.before for e in multi_readings("依法监督管理（guǎnlǐ / ㄍㄨㄢˇ ㄌㄧˇ）")]  # a word's reading in two systems
    ['（guǎnlǐ / ㄍㄨㄢˇ ㄌㄧˇ）']
    >>> multi_readings("个人信息（personal information）受法律保护，数据（data / information）。")
    []
    >>> multi_readings("管（guǎn, manage）理（lǐ, govern）")  # an English word reads nothing: two are no habit
    []
    >>> multi_readings("管(gun2 guǎn)本市")  # a system without readings: no habit on one character
    []
    >>> [e.before for e in multi_readings("管(gun2 guǎn)理(lei5 lǐ)")]
    ['(gun2 guǎn)', '(lei5 lǐ)']
    """
    if not _GATE.search(text):
        return []
    habits: dict[tuple, list[tuple[int, int, str, tuple, list]]] = defaultdict(list)
    words: list[Edit] = []
    for m in CANDIDATE_RE.finditer(text):
        n = _word_readings(m.group(2), text[max(0, m.start() - MAX_WORD):m.start()])
        if n:  # a term's reading in two systems: every segment proven by the word's readings
            words.append(Edit(RUBY_PINYIN, m.start(), m.end(), m.group(), "", f"readings of {text[m.start() - n:m.start()]}"))
            continue
        parts = _parts(m.group(2))
        char = text[m.start() - 1]
        systems = [part_system(part, char) for part in parts] if parts is not None else [None]
        if None in systems:
            continue
        if not any(proven for _name, proven in systems):
            continue  # shapes alone prove nothing
        shaped = tuple(part for part, (_n, proven) in zip(parts, systems) if not proven)
        seps = frozenset(s.strip(" \u3000") or " " for s in _SEPARATOR.findall(m.group(2).strip(" \u3000")))
        habits[(m.group(1), m.group(3), seps)].append((m.start(), m.end(), char, shaped, systems))
    edits: list[Edit] = words
    for found in habits.values():
        habit = max((_SHAPED_HABIT.get(name, 0) for g in found for name, _p in g[4]), default=0)
        if habit:
            if len({g[2] for g in found}) < habit:
                continue
            strings: dict[str, set[tuple]] = defaultdict(set)
            for _a, _b, char, shaped, _systems in found:
                strings[char].add(shaped)
            if any(len(s) > 1 for s in strings.values()):
                continue  # a character carrying two strings in a system without readings: no reading layer
            ends = {g[1] for g in found}
            if not any(g[0] - 1 in ends for g in found):
                continue  # no word glossed character by character: a term's gloss, not a reading layer
        edits += [
            Edit(RUBY_PINYIN, a, b, text[a:b], "", f"readings of {char} ({'+'.join(n for n, _p in systems)})")
            for a, b, char, _s, systems in found
        ]
    return sorted(edits, key=lambda e: e.start)
