"""Ruby-style pinyin after characters.

Real damage undone: some mirror sites render ``<ruby>`` annotations as plain
text, so every annotated character is followed by its reading in brackets:
``馬鞍(an)山``, stacked when the markup was nested or repeated
(``互(hu)(hu)(hu)``), ``ü`` written ``v`` or ``u`` (``戰略(lve)``), and inside
genuine parentheses (``(2021-2023年(nian))``).  Both ASCII ``()`` and
full-width ``（）`` brackets occur.

Genuine parentheses must survive: ``(一)``, ``(初稿)``, ``(2021-2023年)``,
``（试行）``, ``(APP)``, ``(5G)``.  A cheap regex finds candidates (a Han
character followed by bracketed lowercase Latin syllables); a group is removed
only when its syllable is a reading of that character according to pypinyin's
heteronym dictionary (also consulting the character's Simplified/Traditional
counterpart, since pypinyin's lists for variant forms can be incomplete).  A
group that looks like pinyin but is not a reading of the character is kept and
reported as a :class:`~corpus_tools.records.CleanWarning`: precision over recall.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from corpus_tools import resources
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.rules import RUBY_PINYIN, RuleResult
from corpus_tools.records import CleanWarning, Edit


# Letters of a scraped syllable: lowercase ASCII, ü, and tone-marked vowels
# (some sites keep the tone); an optional tone digit.
_LETTERS = "a-zü" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# A capitalised first letter (``(Ma)``, as some sites write every syllable or a
# name's) is accepted; of single capitals only the vowels that are syllables
# (``额(E)``), still only where they read the character (``附件(A)`` stays), and
# all capitals (``(APP)``, ``(MA)``) are Latin labels, never ruby.  Tone digits
# 1-5 and 0 (the neutral tone, as some tools write it).
_SYLLABLE = rf"(?:[{_LETTERS}]{{1,6}}|[A-ZÜ][{_LETTERS}]{{1,5}}|[AEO])"
_GROUP = rf"[（(]{_SYLLABLE}[0-5]?[)）]"
#: One or more bracketed syllables right after a Han character (the candidates).
#: The lookbehind keeps the scan bracket-first: ~200 MB/s on clean text.
CANDIDATE_RE = regex.compile(rf"(?<=\p{{Han}})(?:{_GROUP})+")
_GROUP_RE = regex.compile(_GROUP)
_GATE = re.compile(rf"[（(][{_LETTERS}A-ZÜ]")
# The same gate as two searches that each start on a literal bracket: the
# engine skips to the bracket at memchr speed (~6x faster than the class).
_GATE_FULL = re.compile(rf"（[{_LETTERS}A-ZÜ]")
_GATE_ASCII = re.compile(rf"\([{_LETTERS}A-ZÜ]")

# Tone-marked vowels to plain letters; ü (plain or toned) to v, pypinyin's spelling.
_TONES = str.maketrans(
    {
        **{c: "a" for c in "āáǎà"},
        **{c: "e" for c in "ēéěè"},
        **{c: "i" for c in "īíǐì"},
        **{c: "o" for c in "ōóǒò"},
        **{c: "u" for c in "ūúǔù"},
        **{c: "v" for c in "üǖǘǚǜ"},
        **{c: "n" for c in "ńňǹ"},
        "ḿ": "m",
        **{d: None for d in "012345"},
        **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        "Ü": "v",
    }
)


def _toneless(reading: str) -> str:
    """``lüè`` -> ``lve``, ``ê̄`` -> ``ê``; combining tone marks dropped."""
    plain = reading.translate(_TONES)
    return "".join(c for c in unicodedata.normalize("NFC", plain) if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 14)
def normalize_syllable(syllable: str) -> str:
    """Spell a scraped syllable the way pypinyin's toneless readings are spelled.

    Cached: a ruby page repeats a few hundred syllables thousands of times.

    >>> [normalize_syllable(s) for s in ("lve", "lüe", "lüè", "ma3", "nian", "Ma", "de0")]
    ['lve', 'lve', 'lve', 'ma', 'nian', 'ma', 'de']
    """
    return _toneless(syllable)


@lru_cache(maxsize=1)
def _pinyin_dict() -> dict[int, str]:
    """pypinyin's character dictionary (code point -> comma-separated readings), read on first use.

    It is read from the JSON file that pypinyin's own ``pinyin_dict`` module
    loads (0.05 s, 9 MB): importing that module imports the whole package with
    its phrase dictionary (0.7 s and 55 MB in every build worker that meets
    ruby-like text).  A test checks that both give the same dictionary; if the
    file ever moves, the module import is the fallback.
    """
    spec = importlib.util.find_spec("pypinyin")
    folders = list(spec.submodule_search_locations or ()) if spec else []
    for folder in folders:
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            return {int(code): readings for code, readings in json.loads(path.read_text(encoding="utf-8")).items()}
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


#: :func:`valid_syllables` as shipped: scripts/build_pinyin_syllables.py writes
#: it from :func:`compute_valid_syllables`; a test checks that it matches the
#: installed pypinyin.  (Scanning pypinyin's dictionary takes ~0.9 s.)
SYLLABLES_FILE = resources.path("pinyin_syllables.txt")
_SYLLABLES_HEADER = "# Generated by scripts/build_pinyin_syllables.py from pypinyin's dictionary; do not edit."


def compute_valid_syllables() -> frozenset[str]:
    """Every toneless syllable in pypinyin's dictionary, plus the ``u`` spelling of ``ü``."""
    out: set[str] = set()
    for readings in _pinyin_dict().values():
        for r in readings.split(","):
            s = _toneless(r)
            out.add(s)
            out.add(s.replace("v", "u"))
    return frozenset(out)


def render_syllables(syllables: frozenset[str]) -> str:
    """The text of :data:`SYLLABLES_FILE`: a header line, then one syllable per line."""
    return "\n".join([_SYLLABLES_HEADER, *sorted(syllables)]) + "\n"


@lru_cache(maxsize=1)
def valid_syllables() -> frozenset[str]:
    """Every toneless syllable pypinyin knows, plus the ``u`` spelling of ``ü``
    (read from :data:`SYLLABLES_FILE`; computed only when it is missing).

    >>> {"zhuang", "lve", "lue", "er"} <= valid_syllables(), "app" in valid_syllables()
    (True, False)
    """
    if not SYLLABLES_FILE.exists():
        return compute_valid_syllables()
    return frozenset(SYLLABLES_FILE.read_text(encoding="utf-8").split("\n")[1:-1])


def _counterparts(char: str) -> str:
    """The character's Simplified and Traditional forms (OpenCC), when they differ."""
    from corpus_tools.clean.script import _convert

    return "".join({_convert("t2s", char), _convert("s2t", char)} - {char})


@lru_cache(maxsize=None)
def readings(char: str) -> frozenset[str]:
    """Toneless readings of ``char`` (heteronyms, neutral tone included).

    Each reading is also accepted with ``u`` for ``ü`` (``lve``, ``lue``); ``儿``
    and ``兒`` also read ``r`` (erhua).  Readings of the character's
    Simplified/Traditional counterpart are added: pypinyin's list for a variant
    form can miss one (``乾`` reads ``gan`` as ``干``).

    >>> sorted(readings("行"))
    ['hang', 'heng', 'xing']
    >>> {"lve", "lue"} <= readings("略") and "an" in readings("鞍")
    True
    """
    out: set[str] = set()
    for ch in char + _counterparts(char):
        for r in _pinyin_dict().get(ord(ch), "").split(","):
            if r:
                s = _toneless(r)
                out.update((s, s.replace("v", "u")))
    if char in "儿兒":
        out.add("r")
    return frozenset(out)


def is_reading(syllable: str, char: str) -> bool:
    """Whether the scraped ``syllable`` is a reading of ``char``.

    >>> is_reading("lve", "略"), is_reading("an", "鞍"), is_reading("an", "款")
    (True, True, False)
    """
    return normalize_syllable(syllable) in readings(char)


def remove_ruby_pinyin(text: str) -> RuleResult:
    """Remove bracketed pinyin that reads the character before it.

    One edit per removed run of groups (a stack goes in one edit).  In a stack,
    groups are removed from the left while they read the character; the first
    group that does not is kept, with the rest of the stack, and a warning is
    recorded when it looks like pinyin all the same.

    **Evidence**: a bracketed Latin syllable right after a Han character that is one of
    that character's readings (pypinyin heteronyms), or a group of such; a Latin word
    that reads as no syllable of its characters stays.

    >>> remove_ruby_pinyin("馬鞍(an)山市(2021-2023年(nian))，互(hu)(hu)(hu)聯")[0]
    '馬鞍山市(2021-2023年)，互聯'
    >>> remove_ruby_pinyin("戰略（lve）、（一）、(初稿)、(APP)、(5G)、Internet(an)")[0]
    '戰略、（一）、(初稿)、(APP)、(5G)、Internet(an)'
    >>> remove_ruby_pinyin("济(Ji)南(Nan)市(shì)的(de0)额(E)、附件(A)、平台(APP)")[0]
    '济南市的额、附件(A)、平台(APP)'
    >>> text, edits, warnings = remove_ruby_pinyin("第三款(a)项")
    >>> text, edits, [w.excerpt for w in warnings]
    ('第三款(a)项', [], ['款(a)'])
    """
    if not (_GATE_FULL.search(text) or _GATE_ASCII.search(text)):  # no bracket opens on a pinyin letter
        return text, [], []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    syllables = valid_syllables()
    for match in CANDIDATE_RE.finditer(text):
        start = cursor = match.start()
        char = text[start - 1]
        run = match.group()
        if run.count(")") + run.count("）") == 1:  # one group (most runs): the match itself
            groups: list[tuple[int, int]] = [(start, match.end())]
        else:
            groups = [g.span() for g in _GROUP_RE.finditer(text, start, match.end())]
        for group_start, group_end in groups:
            syllable = text[group_start + 1 : group_end - 1]
            norm = normalize_syllable(syllable)
            # is_reading(syllable, char), without loading pypinyin's dictionary
            # for a syllable no character reads: readings() holds only
            # syllables of that dictionary (all in ``syllables``) and ``r``.
            if (norm in syllables or norm == "r") and norm in readings(char):
                cursor = group_end
                continue
            if norm in syllables and not syllable[0].isupper():  # ``件(A)``: a label
                warnings.append(
                    CleanWarning(
                        RUBY_PINYIN,
                        group_start,
                        f"pinyin-like {text[group_start:group_end]!r} is not a reading of {char!r}; kept",
                        text[start - 1 : group_end],
                    )
                )
            break
        if cursor > start:
            before = text[start:cursor]
            edits.append(Edit(RUBY_PINYIN, start, cursor, before, "", f"reading of {char}"))
    return apply_edits(text, edits), edits, warnings
