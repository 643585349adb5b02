"""Ruby annotations (the reading of a character) flattened into the text.

Real damage undone: some mirror sites render ``<ruby>`` annotations as plain
text, so every annotated character is followed by its reading in brackets:
``馬鞍(an)山``, stacked when the markup was nested or repeated
(``互(hu)(hu)(hu)``), ``ü`` written ``v`` or ``u`` (``戰略(lve)``), and inside
genuine parentheses (``(2021-2023年(nian))``).  The family seen on the web is
wider than the seeds, and this rule is written for the family:

* **any bracket**: ``()`` ``（）`` ``[]`` ``［］`` ``【】`` ``〔〕`` ``{}`` ``｛｝``
  ``〖〗`` ``〘〙`` ``「」`` ``『』`` ``〈〉`` ``《》`` ``<>``, the small forms ``﹙﹚``,
  superscript ``⁽⁾``, ornaments ``❨❩``…, the two sides of one group of either width
  (``（an)``), a stack mixing widths, blanks before the bracket, inside it or around it
  (``马 ( ma ) 鞍``), a line wrap before it (``建设\\n（she）用地``);
* **no bracket**: a reading stuck to its character (``第dì二èr条``, ``<ruby>`` flattened
  without ``<rp>``), only on a page where such readings are the rule
  (:func:`_bare_readings`);
* **before the character**: ``(mǎ)马(ān)鞍`` (:func:`_readings_ahead`, page consensus);
* **any spelling of the reading**: toneless, tone marks (precomposed or combining),
  tone numbers (``ma3``, neutral ``de0``/``de5``, superscripts), any case
  (``Ma``, ``MA``), ``ü`` as ``v``, ``u``, ``ü`` or ``yu`` (``lyu``), full-width
  letters; Wade-Giles (``ch'ung``), Gwoyeu Romatzyh, Taiwan's Tongyong Pinyin (``jhong``) and
  Zhuyin (``ㄓㄨㄥ``); another writing system than Latin letters, Cyrillic Palladius (``公（гун）``), Greek,
  Hangul, kana (:mod:`corpus_tools.clean.ruby_scripts`: a table, or the page's consistency with Mandarin homophony);
* **word ruby**: one group reading the characters before it (``中国(zhōng guó)``,
  ``中国(zhongguo)``, ``西安(xi'an)``);
* groups on article labels (``第(di)五(wu)条``): the label comes back whole.

A spam brand's romanised name is no ruby (``杏彩（xingcai)官网``): it stays for the
spam rule, which removes the brand as one unit (:func:`is_brand_romanisation`).

Ruby an authoring tool wrote with its own notation (Word's phonetic guide as ``EQ`` field codes,
LaTeX's ``\\ruby{字}{zì}``, Markdown's ``[字]{zì}``, a labelled ``（拼音：zì）``) is read by
:mod:`corpus_tools.clean.ruby_authored`, whose edits this rule makes.

HTML ``<ruby>…<rt>…</rt></ruby>`` markup is handled at ingest
(:func:`corpus_tools.ingest.html_to_text` drops ``rt``/``rp``, inside a ``<ruby>`` or
stray, and records it), and so are readings in other inline markup
(``第<sup>dì</sup>二``, ``<span class="py">``: :func:`markup_reading`).

Genuine brackets must survive: ``(一)``, ``(初稿)``, ``(2021-2023年)``,
``（试行）``, ``(APP)``, ``(5G)``.  The deciding evidence is the reading: a group
goes only when its syllables are readings of the characters before it according
to pypinyin's heteronym dictionary (also consulting the character's
Simplified/Traditional counterpart).  Spellings a Latin label could take by chance
(capitals, ``钠(Na)``, ``帕(Pa)``) and the other romanisations go only on a page
that shows ruby at least :data:`CONSENSUS` times, on :data:`MARKED_WORDS` different words.  A group that looks like
pinyin but is not a reading of the character is kept and reported as a
:class:`~corpus_tools.records.CleanWarning`: precision over recall.

Readings a text states as content stay (review 13): a lettered list's labels
(``(a)阿根廷；(b)巴西``: a reading ahead spells a syllable or shows a tone), names in
pinyin orthography (``中山路(Zhongshan Lu)``, ``华为Huawei``: capitalised, untoned, they
never make the consensus), and readings near a word naming pinyin (``教授汉语拼音：(bā)八``,
kept with a warning: :func:`_outside_teaching`).
"""

from __future__ import annotations

import bisect
import importlib.util
import json
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import regex

from corpus_tools import resources
from corpus_tools.clean import _gates
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.rules import RUBY_PINYIN, RuleResult
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import is_han_script

#: Brackets a ruby group is written in; any opener may meet any closer (``（an)``).
OPENERS = "(（[［【〔{｛〖〘⦅｟「『〈《<＜" + "﹙﹛﹝⁽₍❨❪⟮⦗〚⟨" + "‹«"
CLOSERS = ")）]］】〕}｝〗〙⦆｠」』〉》>＞" + "﹚﹜﹞⁾₎❩❫⟯⦘〛⟩" + "›»"
#: Blanks a site may put before a group or inside its brackets.
_BLANK = "[ \u3000\u00a0]"
#: Tone-marked vowels and other letters of romanised Chinese (precomposed); the third
#: tone typed with a breve instead of the caron (``mă`` for ``mǎ``: the look-alike that
#: word processors' symbol tables offer), and GB 2312's pinyin letters ``ɑ`` and ``ɡ``
#: (row 8, A8BB and A8C0), which Chinese documents type for ``a`` and ``g`` (``fɑnɡ``).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜÊ" + "ăĕĭŏŭĂĔĬŎŬ" + "ɑɡ"
#: Letters a reading may start with: Latin (ASCII and full width), tone-marked, Zhuyin.
_START = "A-Za-zＡ-Ｚａ-ｚ" + _TONED + "\u3105-\u312f\u31a0-\u31bf"
#: Inside a reading: letters, combining marks, tone numbers (superscript too), Zhuyin
#: tone marks, apostrophes and the blanks and hyphens between syllables.
_BODY = _START + "\u0300-\u036f0-5０-５¹²³⁴⁵⁰ˉˊˇˋ˙'’ʼ\\- ·・:"
_GROUP = rf"[{regex.escape(OPENERS)}]{_BLANK}*[{_START}][{_BODY}]{{0,40}}?{_BLANK}*[{regex.escape(CLOSERS)}]"
#: One or more bracketed readings right after a Han character (blanks allowed before
#: each, a line wrap before the first): the candidates.  A group longer than 40
#: characters is no reading.  The wrap may be padded: a layout that wraps its lines can leave
#: blanks or a tab at the end of the wrapped line (``权 \t⏎(quan)益``: the reading, not seen
#: here, was taken for a spam brand once the wrap was joined, and ``权`` went with it).
CANDIDATE_RE = lazy_regex(
    rf"(?<=\p{{Han}})(?:[ \t\u3000\u00a0]{{0,2}}\n(?={_BLANK}{{0,2}}[{regex.escape(OPENERS)}]))?(?:{_BLANK}{{0,2}}{_GROUP})+"
)
_GROUP_RE = lazy_regex(rf"{_BLANK}{{0,2}}({_GROUP})")
#: The cheap gate: an opening bracket (maybe blanks) then a letter a reading starts with.
_GATE = lazy_re(rf"[{re.escape(OPENERS)}][ \u3000\u00a0]*[{_START}]")
#: The gate's classes (:mod:`corpus_tools.clean._gates`): an opening bracket, and what
#: may follow it in a candidate (a letter a reading starts with, or a blank).
_OPENER_BIT = _gates.register("ruby_opener", OPENERS)
_AFTER_OPENER_BIT = _gates.register(
    "ruby_after_opener",
    [chr(c) for a, b in (("A", "Z"), ("a", "z"), ("Ａ", "Ｚ"), ("ａ", "ｚ"), ("\u3105", "\u312f"), ("\u31a0", "\u31bf")) for c in range(ord(a), ord(b) + 1)]
    + list(_TONED) + [" ", "\u3000", "\u00a0"],
)
#: A residual-noise hint every candidate matches (RE2-compatible: no lookbehind).
HINT_RE = lazy_regex(rf"\p{{Han}}{_BLANK}{{0,2}}[{regex.escape(OPENERS)}]{_BLANK}*[{_START}]")

#: Ruby groups a page must show before spellings that a Latin label could also take
#: (capitals, other romanisations) count as ruby.
CONSENSUS = 2
#: Different words a :data:`MARKED` spelling of words must read on a text, unless it reads
#: :data:`CONSENSUS` different single characters (a scraper's ruby reads the characters of whole
#: paragraphs; a 处罚 notice names one or two foreigners with their passport names).
MARKED_WORDS = 3
#: The most characters one bracket may read (word ruby: 中华人民共和国（Zhōnghuá Rénmín Gònghéguó）).
MAX_WORD = 8

# Tone-marked vowels to plain letters; ü (plain or toned) to v, pypinyin's spelling.
_TONES = str.maketrans(
    {
        **{c: "a" for c in "āáǎà"},
        **{c: "e" for c in "ēéěèêếề"},
        **{c: "i" for c in "īíǐì"},
        **{c: "o" for c in "ōóǒò"},
        **{c: "u" for c in "ūúǔù"},
        **{c: "v" for c in "üǖǘǚǜ"},
        **{c: "n" for c in "ńňǹ"},
        "ḿ": "m",
        **{c: "a" for c in "ăĂɑ"},
        **{c: "e" for c in "ĕĔ"},
        **{c: "i" for c in "ĭĬ"},
        **{c: "o" for c in "ŏŎ"},
        **{c: "u" for c in "ŭŬ"},
        "ɡ": "g",
        **{d: None for d in "012345"},
        **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        "Ü": "v",
    }
)


def _toneless(reading: str) -> str:
    """``lüè`` -> ``lve``, ``Ma3`` -> ``ma``; combining tone marks dropped (a combining
    diaeresis makes the ``u`` a ``v``)."""
    plain = reading.translate(_TONES)
    if plain.isascii():
        return plain
    decomposed = unicodedata.normalize("NFD", plain).replace("u\u0308", "v").replace("U\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_TONES)


@lru_cache(maxsize=1 << 14)
def normalize_syllable(syllable: str) -> str:
    """Spell a scraped syllable the way pypinyin's toneless readings are spelled.

    Cached: a ruby page repeats a few hundred syllables thousands of times.

    >>> [normalize_syllable(s) for s in ("lve", "lüe", "lüè", "ma3", "nian", "Ma", "de0", "MA", "ma\u030c", "ｍａ")]
    ['lve', 'lve', 'lve', 'ma', 'nian', 'ma', 'de', 'ma', 'ma', 'ma']
    >>> [normalize_syllable(s) for s in ("mă", "lĭ", "fɑnɡ", "ɡuī")]
    ['ma', 'li', 'fang', 'gui']
    """
    if not syllable.isascii():
        syllable = unicodedata.normalize("NFKC", syllable)  # full-width letters and digits, superscripts
    return _toneless(syllable).rstrip("012345")


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
    """The text of :data:`SYLLABLES_FILE` (and :data:`OTHER_SYLLABLES_FILE`): a header
    line, then one syllable per line."""
    return "\n".join([_SYLLABLES_HEADER, *sorted(syllables)]) + "\n"


#: :func:`other_syllables` as shipped (written by scripts/build_pinyin_syllables.py).
OTHER_SYLLABLES_FILE = resources.path("romanised_syllables.txt")


def compute_other_syllables() -> frozenset[str]:
    """Every syllable of pypinyin's dictionary in Wade-Giles, Gwoyeu Romatzyh, Tongyong and Zhuyin,
    spelled as :func:`_fold` spells a group (imports pypinyin: for the script only)."""
    return _other_spellings(r for readings in _pinyin_dict().values() for r in readings.split(","))


def _other_spellings(readings) -> frozenset[str]:
    """``readings`` (pinyin with tone marks) in the other romanisations, folded (with and
    without apostrophes); Tongyong Pinyin from :func:`tongyong`."""
    from pypinyin import Style
    from pypinyin.style import convert

    out: set[str] = set()
    for r in readings:
        out.add(tongyong(_toneless(r)))
        for style in _OTHER_STYLES(Style):
            spelled = _convert_or_empty(convert, r, style)
            if spelled:
                folded = _fold(spelled).replace(" ", "")
                out.update((folded, folded.replace("'", "")))
    return frozenset(out)


#: Tongyong Pinyin (Taiwan's official romanisation 2002-2008, still on Taiwan's street signs
#: and in its pages' ruby): whole syllables that differ from Hanyu Pinyin, then its rules.
_TONGYONG_WHOLE = {"zhi": "jhih", "chi": "chih", "shi": "shih", "ri": "rih", "zi": "zih", "ci": "cih", "si": "sih",
                   "feng": "fong", "weng": "wong", "wen": "wun"}
_TONGYONG_RULES = (
    (lazy_re(r"^([jqx])u"), r"\1yu"),  # ju qu xu (ü written u): jyu cyu syu
    (lazy_re(r"^([ln])v"), r"\1yu"),  # lü nü: lyu nyu
    (lazy_re(r"^zh"), "jh"),
    (lazy_re(r"^q"), "c"),
    (lazy_re(r"^x"), "s"),
    (lazy_re(r"(?<=.)iong$"), "yong"),  # jiong: jyong
    (lazy_re(r"(?<=[bcdfghjklmnpqrstxz])iu$"), "iou"),  # liu: liou
    (lazy_re(r"(?<=[cdghkrstz])ui$"), "uei"),  # gui: guei
)


def tongyong(syllable: str) -> str:
    """A toneless Hanyu Pinyin syllable (``ü`` as ``v``) in Tongyong Pinyin.

    >>> [tongyong(s) for s in ("zhong", "xin", "qu", "xue", "lv", "zhi", "feng", "jiong", "liu", "gui", "an")]
    ['jhong', 'sin', 'cyu', 'syue', 'lyu', 'jhih', 'fong', 'jyong', 'liou', 'guei', 'an']
    """
    if syllable in _TONGYONG_WHOLE:
        return _TONGYONG_WHOLE[syllable]
    for pattern, repl in _TONGYONG_RULES:
        syllable = pattern.sub(repl, syllable)
    return syllable


def _OTHER_STYLES(style):  # noqa: N802 -- the Style enum is imported lazily
    return (style.WADEGILES, style.GWOYEU, style.BOPOMOFO)


def _convert_or_empty(convert, reading: str, style) -> str:
    try:
        return convert(reading, style, strict=False) or ""
    except Exception:  # noqa: BLE001 -- a converter that cannot spell a reading proves nothing
        return ""


@lru_cache(maxsize=1)
def other_syllables() -> frozenset[str]:
    """The syllables of :func:`compute_other_syllables` (read from :data:`OTHER_SYLLABLES_FILE`):
    a group outside them never makes the rule import pypinyin's converters.

    >>> {"chung", "ch'ung", "ㄓㄨㄥ"} <= other_syllables(), "app" in other_syllables()
    (True, False)
    """
    if not OTHER_SYLLABLES_FILE.exists():
        return compute_other_syllables()
    return frozenset(OTHER_SYLLABLES_FILE.read_text(encoding="utf-8").split("\n")[1:-1])


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

    return "".join({_convert("t2s", char), _s2t_form(char)} - {char})


#: Each character whose OpenCC ``s2t`` form, converted on its own, is another character: the
#: pairs, as :func:`compute_s2t_forms` gives them (``scripts/build_pinyin_syllables.py`` writes
#: the file; a test checks it against the installed OpenCC).  OpenCC's ``s2t`` converter loads
#: its phrase dictionary, 0.06 CPU-s of ``corpus-tools clean`` of a page with ruby, for the
#: forms of a few dozen characters.
S2T_FORMS_FILE = resources.path("s2t_forms.txt")
_S2T_FORMS_HEADER = "# Generated by scripts/build_pinyin_syllables.py from OpenCC's s2t; do not edit."


def _s2t_domain() -> list[str]:
    """Every character the shipped forms cover: all code points but the surrogates and the line feed."""
    return [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and c != 0x0A]


def compute_s2t_forms() -> dict[str, str]:
    """Each character of :func:`_s2t_domain` whose ``s2t`` form differs, with that form (one
    OpenCC call over the characters a line each: OpenCC converts each line on its own)."""
    from corpus_tools.clean.script import _convert

    chars = _s2t_domain()
    forms = _convert("s2t", "\n".join(chars)).split("\n")
    if len(forms) != len(chars):  # pragma: no cover - OpenCC never merges lines
        raise RuntimeError("OpenCC s2t changed the line count")
    return {char: form for char, form in zip(chars, forms) if form != char}


def render_s2t_forms(forms: dict[str, str]) -> str:
    """The text of :data:`S2T_FORMS_FILE`: a header line, then each character and its form, a pair a line."""
    return "\n".join([_S2T_FORMS_HEADER, *(char + form for char, form in sorted(forms.items()))]) + "\n"


@lru_cache(maxsize=1)
def _shipped_s2t_forms() -> dict[str, str] | None:
    """The forms of :data:`S2T_FORMS_FILE` (None when the file is missing: OpenCC answers)."""
    if not S2T_FORMS_FILE.exists():  # pragma: no cover - the generator's first run
        return None
    return {line[0]: line[1:] for line in S2T_FORMS_FILE.read_text(encoding="utf-8").split("\n")[1:] if line}


def _s2t_form(char: str) -> str:
    """OpenCC's ``s2t`` form of the single character ``char``, from the shipped forms.

    >>> _s2t_form("马"), _s2t_form("馬"), _s2t_form("a")
    ('馬', '馬', 'a')
    """
    forms = _shipped_s2t_forms()
    if forms is None or len(char) != 1 or char == "\n" or "\ud800" <= char <= "\udfff":
        from corpus_tools.clean.script import _convert

        return _convert("s2t", char)
    return forms.get(char, char)


def _raw_readings(char: str) -> list[str]:
    """pypinyin's tone-marked readings of ``char`` and of its script counterparts."""
    out: list[str] = []
    for ch in char + _counterparts(char):
        out += [r for r in _pinyin_dict().get(ord(ch), "").split(",") if r]
    return out


@lru_cache(maxsize=None)
def readings(char: str) -> frozenset[str]:
    """Toneless pinyin readings of ``char`` (heteronyms, neutral tone included).

    Each reading with ``ü`` is also accepted as ``v``, ``u`` and ``yu`` (``lve``,
    ``lue``, ``lyue``); ``儿`` and ``兒`` also read ``r`` (erhua).  Readings of the
    character's Simplified/Traditional counterpart are added: pypinyin's list for a
    variant form can miss one (``乾`` reads ``gan`` as ``干``).

    >>> sorted(readings("行"))
    ['hang', 'heng', 'xing']
    >>> {"lve", "lue", "lyue"} <= readings("略") and "an" in readings("鞍")
    True
    """
    out: set[str] = set()
    for r in _raw_readings(char):
        s = _toneless(r)
        out.update((s, s.replace("v", "u"), s.replace("v", "yu")))
    if char in "儿兒":
        out.add("r")
    return frozenset(out)


@lru_cache(maxsize=None)
def other_readings(char: str) -> frozenset[str]:
    """The readings of ``char`` in the other romanisations sites use: Wade-Giles,
    Gwoyeu Romatzyh and Zhuyin (bopomofo), spelled as :func:`_fold` spells a group.
    pypinyin's converters are imported only here (a page with such a group).

    >>> {"chung", "ㄓㄨㄥ"} <= other_readings("中")
    True
    """
    return _other_spellings(_raw_readings(char))


def _other_reading(syllable: str, char: str) -> bool:
    """Whether ``syllable`` (folded) reads ``char`` in another romanisation; pypinyin's
    converters are consulted only for a syllable of :func:`other_syllables`."""
    return syllable in other_syllables() and syllable in other_readings(char)


_ZHUYIN_TONES = str.maketrans("", "", "ˉˊˇˋ˙")
_SEPARATORS = lazy_re(r"[ '’ʼ\-]+")


@lru_cache(maxsize=1 << 14)
def _fold(group: str) -> str:
    """A group's reading in one spelling: toneless, lower case, ``ü`` as ``v``, a blank
    between syllables (separators and tone numbers end a syllable); Wade-Giles
    apostrophes kept inside a syllable (``ch'ung``).

    >>> [_fold(s) for s in ("Zhōng guó", "zhong1guo2", "xi'an", "ㄓㄨㄥˊ", "ｍａ", "ch'ung1", "zhōng·guó", "lu:e4")]
    ['zhong guo', 'zhong guo', "xi'an", 'ㄓㄨㄥ', 'ma', "ch'ung", 'zhong guo', 'lve']
    """
    text = unicodedata.normalize("NFKC", group) if not group.isascii() else group
    text = _toneless_keep_digits(text).translate(_ZHUYIN_TONES).lower().replace("u:", "v")
    text = re.sub(r"[0-5]+", " ", text).replace("’", "'").replace("ʼ", "'")
    return re.sub(r"[ \-·・]+", " ", text).strip(" '")


def _toneless_keep_digits(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text).replace("u\u0308", "v").replace("U\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_TONES_KEEP_DIGITS)


_TONES_KEEP_DIGITS = str.maketrans({k: v for k, v in _TONES.items() if chr(k) not in "012345"})


def is_reading(syllable: str, char: str) -> bool:
    """Whether the scraped ``syllable`` is a pinyin reading of ``char``.

    >>> is_reading("lve", "略"), is_reading("an", "鞍"), is_reading("an", "款"), is_reading("ān", "鞍")
    (True, True, False, True)
    """
    return normalize_syllable(syllable) in readings(char)


# --------------------------------------------------------------------------- one group


#: How a group reads the characters before it: ``pinyin`` (one lower-case pinyin
#: syllable, the seeds' member: evidence on its own), ``marked`` (capitals, other
#: romanisations, a word's reading, which is also how a text glosses a term: ruby
#: only with the page's consensus).
PINYIN, MARKED = "pinyin", "marked"


def _segments(word: str, chars: str, read) -> bool:
    """Whether ``word`` (no blanks) is the readings of ``chars`` run together.

    >>> _segments("zhongguo", "中国", readings), _segments("zhongguo", "中华", readings)
    (True, False)
    """
    if not chars:
        return not word
    first = read(chars[0])
    return any(word.startswith(r) and _segments(word[len(r):], chars[1:], read) for r in first if r)


def _segments_pieces(pieces: list[str], chars: str) -> bool:
    """Whether each of ``pieces`` is the readings of a run of ``chars``, in order, all of
    them used (a word reading written the way pinyin orthography writes it: a word's
    syllables together, words apart).

    >>> _segments_pieces(["zhonghua", "renmin", "gongheguo"], "中华人民共和国"), _segments_pieces(["zhonghua", "renmin"], "中华人民共和国")
    (True, False)
    """
    if not pieces:
        return not chars
    return any(
        _segments(pieces[0], chars[:j], readings) and _segments_pieces(pieces[1:], chars[j:])
        for j in range(1, len(chars) - len(pieces) + 2)
    )


def group_reading(group: str, before: str) -> tuple[int, str] | None:
    """How many characters at the end of ``before`` the bracket content ``group``
    reads, and how (:data:`PINYIN` or :data:`MARKED`); None when it reads none.

    >>> group_reading("an", "马鞍"), group_reading("zhōng guó", "中国"), group_reading("AN", "马鞍")
    ((1, 'pinyin'), (2, 'marked'), (1, 'marked'))
    >>> group_reading("app", "平台"), group_reading("A", "附件"), group_reading("E", "额")
    (None, None, (1, 'marked'))
    >>> group_reading("Zhōnghuá Rénmín Gònghéguó", "根据中华人民共和国"), group_reading("jīngjì", "经济"), group_reading("guo jia", "中华人民共和国")
    ((7, 'marked'), (2, 'marked'), None)
    """
    raw = group.strip(" \u3000\u00a0")
    folded = _fold(raw)
    if not folded:
        return None
    kind = PINYIN if raw.islower() or not any(c.isalpha() and c.isupper() for c in raw) else MARKED
    if raw[:1].isupper() and len(raw) == 1 and raw not in "AEO":
        return None  # a single capital is a label (附件(A)), except a vowel syllable (额(E))
    syllables = folded.split(" ")
    n = len(syllables)
    chars = before[-MAX_WORD:]
    if not chars or not all(is_han_script(c) for c in chars[-min(n, len(chars)):]):
        return None
    if n > 1:
        if n > len(chars) or not all(is_han_script(c) for c in chars[-n:]):
            return None
        if all(s.replace("'", "") in readings(c) for s, c in zip(syllables, chars[-n:])):
            return n, MARKED  # a word's reading: also how a text glosses a term (拼音(pinyin))
        if all(_other_reading(s, c) for s, c in zip(syllables, chars[-n:])):
            return n, MARKED
        pieces = [s.replace("'", "") for s in syllables]
        for k in range(n + 1, len(chars) + 1):  # words spelled apart (中华人民共和国（Zhōnghuá Rénmín Gònghéguó）)
            if not is_han_script(chars[-k]):
                break
            if _segments_pieces(pieces, chars[-k:]):
                return k, MARKED
        return None
    word = folded.replace("'", "") if "'" in folded and not folded.startswith(("ch'", "k'", "p'", "t'", "ts'", "tz'")) else folded
    if word in readings(chars[-1]):
        return 1, kind
    plain = word.replace("'", "")
    for k in range(2, len(chars) + 1):
        if not all(is_han_script(c) for c in chars[-k:]):
            break
        if _segments(plain, chars[-k:], readings):
            return k, MARKED
    if _other_reading(word, chars[-1]) or _other_reading(plain, chars[-1]):
        return 1, MARKED
    return None


@lru_cache(maxsize=1 << 16)
# --------------------------------------------------------------------------- the rule


def find_ruby(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """The ruby groups of ``text`` as edits (removals), and the pinyin-like groups kept.

    **Evidence**: every removed group reads the character(s) right before it; a
    :data:`MARKED` spelling needs :data:`CONSENSUS` reading groups on the text, reading
    :data:`CONSENSUS` different characters or :data:`MARKED_WORDS` different words (foreigners'
    names with their passport spelling, repeated, are no ruby):

    >>> edits, _ = find_ruby("依法对张三（ZHANG SAN）作出决定。\\n张三（ZHANG SAN）已缴清。")
    >>> edits
    []
    >>> [e.before for e in find_ruby("中（ZHONG）华（HUA）人（REN）民共和国")[0]]
    ['（ZHONG）', '（HUA）', '（REN）']

    A reading in another glyph set or set off by another delimiter is read on
    :func:`~corpus_tools.clean.ruby_glyphs.latin_view` (one character for one), and its own
    characters go; what the text as it stands reads wins where both read (a ruby syntax's own
    bars, ``{马鞍山|mǎ|ān|shān}``, are no pair of bars around a reading):

    >>> [e.before for e in find_ruby("维ʷᵉⁱ护住房，促进ʲⁱⁿ城镇，管ᵍᵘᵃⁿ理ˡⁱ条例，结合本/ben/市")[0]]
    ['ʷᵉⁱ', 'ʲⁱⁿ', 'ᵍᵘᵃⁿ', 'ˡⁱ', '/ben/']
    >>> [e.before for e in find_ruby("{马鞍山|mǎ|ān|shān}市，本/ben/市")[0]]
    ['{', '|mǎ|ān|shān}', '/ben/']
    """
    from corpus_tools.clean import ruby_glyphs

    edits, warnings = _find_ruby_in(text)
    view = ruby_glyphs.latin_view(text)
    if view is text:
        return edits, warnings
    seen = _find_ruby_in(view)[0]
    if not seen:
        return edits, warnings
    edits = _preferring(edits, [replace(e, before=text[e.start:e.end]) for e in seen])
    removed = [(e.start, e.end) for e in edits]
    return edits, [w for w in warnings if not any(a <= w.position < b for a, b in removed)]


def _find_ruby_in(text: str, *, gate: bool = True) -> tuple[list[Edit], list[CleanWarning]]:
    """:func:`find_ruby` on the text as it reads it (``gate=False``: every candidate looked at, for the equivalence
    tests' slow reference; the other writing systems and reading systems are read either way)."""
    from corpus_tools.clean import ruby_annotations, ruby_authored

    if gate and (
        not _gated(text) and not _literal_gated(text) and not _letters_gated(text) and not _source_gated(text)
        and not ruby_authored.gated(text)
    ):
        edits, warnings = [], []  # no bracket opens on a letter, no letter sticks to Han or opens a line, no tool's ruby
    else:
        edits, warnings = _find_ruby_ungated(text)
    edits, warnings = _with_scripts(text, edits, warnings)
    return _with_annotations(text, edits, warnings, ruby_annotations)


def _with_scripts(text: str, edits: list[Edit], warnings: list[CleanWarning]) -> tuple[list[Edit], list[CleanWarning]]:
    """``edits`` with the readings written in another writing system than Latin letters
    (:func:`corpus_tools.clean.ruby_scripts.script_readings`: ``公（гун）积金``), kept near a word
    that names pinyin or sound, as any reading.

    >>> [e.before for e in find_ruby("住房公（гун）积金，促[цу]进，提（ти）高，普京（Путин）")[0]]
    ['（гун）', '[цу]', '（ти）']

    Several readings in one bracket (:func:`corpus_tools.clean.ruby_multi.multi_readings`) go the same way:

    >>> [e.before for e in find_ruby("监督管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)，依法进行（xíng/háng）")[0]]
    ['(ㄍㄨㄢˇ guǎn)', '(ㄌㄧˇ lǐ)', '（xíng/háng）']
    """
    from corpus_tools.clean import ruby_multi, ruby_scripts, ruby_systems

    scripted = ruby_scripts.script_readings(text)
    glossed = ruby_systems.gloss_readings(text)
    if glossed:
        scripted = sorted(scripted + glossed, key=lambda e: (e.start, e.end))
    multi = ruby_multi.multi_readings(text)  # several readings in one bracket, each proven: the whole bracket wins
    if not scripted and not multi:
        return edits, warnings
    scripted, taught = _outside_teaching(text, scripted)
    if scripted:
        edits = _without_overlaps(sorted(edits + scripted, key=lambda e: (e.start, e.end)))
    if multi:
        multi, taught_multi = _outside_teaching(text, multi)
        taught += taught_multi
        if multi:
            edits = _preferring(multi, edits)  # (a cut group's edit, ``（guǎn-`` of ``（guǎn->guán）``, is part of one)
            removed = [(e.start, e.end) for e in multi]
            warnings = [w for w in warnings if not any(a <= w.position < b for a, b in removed)]
    return edits, warnings + taught


def _with_annotations(text: str, edits: list[Edit], warnings: list[CleanWarning], annotations) -> tuple[list[Edit], list[CleanWarning]]:
    """``edits`` with the readings of :mod:`corpus_tools.clean.ruby_annotations`: Unicode's interlinear
    annotations (their marks name the reading: they win where both read) and bracketed homophone glosses
    (kept near a word that names pinyin or sound, as any reading)."""
    interlinear = annotations.interlinear_edits(text)
    if interlinear:
        edits = _preferring(interlinear, edits)
    glosses = annotations.homophone_glosses(text)
    if glosses:
        glosses, taught = _outside_teaching(text, glosses, labels=annotations.label_spans(glosses))
        warnings = warnings + taught
        if glosses:
            edits = _without_overlaps(sorted(edits + glosses, key=lambda e: (e.start, e.end)))
    return edits, warnings


def _letters_gated(text: str) -> bool:
    """:func:`_bare_gated` or :func:`_rows_gated`, the letters' positions found once.

    >>> _letters_gated("第dì二条"), _letters_gated("第一条\\ndì èr"), _letters_gated("第1条，GB/T 5G")
    (True, True, False)
    """
    if not _gates.present(text) & _LETTER_BIT:
        return False
    positions = _gates.class_positions(text, _LETTER_BIT)
    if _bare_at(text, positions):
        return True
    from corpus_tools.clean.ruby_rows import rows_gated

    return rows_gated(text, positions)


def _rows_gated(text: str) -> bool:
    """Whether a letter opens a line: the gate of :func:`corpus_tools.clean.ruby_rows.rt_rows`."""
    if not _gates.present(text) & _LETTER_BIT:
        return False
    from corpus_tools.clean.ruby_rows import rows_gated

    return rows_gated(text, _gates.class_positions(text, _LETTER_BIT))


def _wrapped_group(text: str, end: int) -> bool:
    """Whether a group that opens a line (``建设\\n（she）用地``) is wrapped ruby: the line
    goes on after it (blanks aside).

    Real damage: a page's lines were wrapped after the ruby was flattened, and a wrap
    fell between a character and its reading (``第十条\\n（tiao） 企业…``,
    ``2013年\\n(nian)10月``).  The wrap goes with the reading: the reading sits on the
    character, so the line broke inside the text.  A group alone on its line is left as it
    is (a note, a heading's gloss).

    >>> [_wrapped_group(t, 8) for t in ("建设\\n（she）用地", "根据\\n（ju）《法》", "建设\\n（she）", "建设\\n（she） 用", "建设\\n（she）  \\n")]
    [True, True, False, True, False]
    """
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return bool(rest.strip(" \u3000\u00a0\t"))


#: A bracketed reading a line break cut in two (``住房(fa⏎ng)``, ``中华(zhōng⏎huá)``,
#: ``建设(SHE⏎)``): a half of up to 30 characters of a reading on each side of the break, blanks
#: around it (bounded: the scan stays linear).
CUT_GROUP_RE = lazy_regex(
    rf"(?<=\p{{Han}})[{regex.escape(OPENERS)}]{_BLANK}{{0,2}}([{_START}][{_BODY}]{{0,30}}?){_BLANK}{{0,2}}\n"
    rf"{_BLANK}{{0,2}}([{_BODY}]{{0,30}}?){_BLANK}{{0,2}}[{regex.escape(CLOSERS)}]"
)


def _cut_groups(text: str):
    """Bracketed readings a line break cut in two: ``(start, end, char, kind, chars read, reading)``.

    Real damage: a page's lines were wrapped after its ruby was flattened, and a wrap fell
    inside a reading (``中國(g⏎uó)要聞`` on a mirror of a 新华社 notice, field test 14): the
    halves of a syllable, or the syllables of a word's reading (``中华(zhōng⏎huá)``), sit on
    two lines.  A paragraph never ends inside a bracketed reading.  **Evidence**: the halves
    joined (or, for a word, joined by a blank) read the characters before the bracket, as
    :func:`group_reading` reads one group; a capitalised or word reading takes part in the
    page's consensus as any other group.  (``ruby_seams`` reads such a group again after the
    spam and furniture rules, for one that a removed unit held apart.)

    >>> [(t[s:e], kind, chars) for t in ("住房(fa\\nng)建设，中华（zhōng\\nhuá）人民，附件(a\\nb)，住房(fa\\nng）",) for s, e, _, kind, chars, _ in _cut_groups(t)]
    [('(fa\\nng)', 'pinyin', '房'), ('（zhōng\\nhuá）', 'marked', '中华')]
    """
    if "\n" not in text:
        return
    for m in CUT_GROUP_RE.finditer(text):
        if OPENERS.index(m.group()[0]) != CLOSERS.index(m.group()[-1]):
            continue  # 住房(fa⏎ng）: brackets of two widths around a break read as no one group
        first, second = m.group(1), m.group(2)
        before = text[max(0, m.start() - MAX_WORD):m.start()]
        for content in (first + second, f"{first} {second}"):
            if len(_fold(content).replace(" ", "")) < 2:
                continue  # (a⏎) : a list's letter
            found = group_reading(content, before)
            if found is None:
                continue
            chars = before[-found[0]:]
            if found[0] >= 2 and is_brand_romanisation(text, m.start(), m.end(), chars):
                break
            yield m.start(), m.end(), text[m.start() - 1], found[1], chars, _fold(content)
            break


_DIGITS = "0123456789０１２３４５６７８９"
_HAN_DIGITS = "〇一二三四五六七八九"
#: A bracketed reading right after Arabic digits (``第3(sān)条``, ``2021(èr líng èr yī)年``).
NUMBER_GROUP_RE = lazy_regex(rf"(?<=[{_DIGITS}]){_BLANK}{{0,2}}{_GROUP}")
#: The longest number whose reading is looked for (a year, an article's number).
MAX_NUMBER = 4


def number_spellings(digits: str) -> list[str]:
    """How a number written in Arabic digits is read, in Han characters: digit by digit (a
    year, ``二〇二一``) and as a value (``二千零二十一``, ``两千零二十一``; ``十二``, ``一十二``).

    >>> number_spellings("2021"), number_spellings("12"), number_spellings("3"), number_spellings("105")
    (['二〇二一', '二千零二十一', '两千零二十一'], ['一二', '十二', '一十二'], ['三'], ['一〇五', '一百零五'])
    """
    digits = digits.translate(_FULL_DIGITS)
    out = ["".join(_HAN_DIGITS[int(d)] for d in digits)]
    if len(digits) > 1 and digits[0] != "0":
        value = _value_spelling(digits)
        out.append(value)
        if value.startswith("一十"):
            out.insert(len(out) - 1, value[1:])
        if value.startswith("二") and len(digits) >= 3:
            out.append("两" + value[1:])
    return list(dict.fromkeys(out))


_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _value_spelling(digits: str) -> str:
    """``2021`` -> ``二千零二十一``, ``10`` -> ``一十`` (the caller adds ``十``), ``100`` -> ``一百``."""
    units = ("", "十", "百", "千")[: len(digits)][::-1]
    out: list[str] = []
    zero = False
    for d, unit in zip(digits, units):
        if d == "0":
            zero = True
            continue
        if zero and out:
            out.append("零")
        zero = False
        out.append(_HAN_DIGITS[int(d)] + unit)
    return "".join(out)


def _number_groups(text: str):
    """Readings of Arabic numbers (``第3(sān)条``, ``2021(èr líng èr yī)年``): ``(start, end, number)``.

    Real damage: a converter that annotates every character of a line annotates its digits
    as well, with the number's reading.  **Evidence**: the group reads the whole number (up to
    :data:`MAX_NUMBER` digits) digit by digit or as a value (:func:`number_spellings`); such a
    group goes only on a page whose other groups make the ruby consensus (a ``(m)``, a
    ``(a)`` after a number reads nothing and stays).

    >>> [(t[s:e], n) for t in ("第3(sān)条，2021(èr líng èr yī)年，3(m)，10(shí)",) for s, e, n in _number_groups(t)]
    [('(sān)', '3'), ('(èr líng èr yī)', '2021'), ('(shí)', '10')]
    """
    if not any(c in text for c in "0123456789０１２３４５６７８９"):
        return
    for m in NUMBER_GROUP_RE.finditer(text):
        start = m.start()
        first = start
        while first > 0 and start - first <= MAX_NUMBER and text[first - 1] in _DIGITS:
            first -= 1
        number = text[first:start]
        if start - first > MAX_NUMBER or (first > 0 and text[first - 1] in _DIGITS):
            continue
        content = m.group().strip(" \u3000\u00a0")[1:-1]
        for spelled in number_spellings(number):
            found = group_reading(content, spelled)
            if found is not None and found[0] == len(spelled):
                yield start, m.end(), number
                break


def _gated(text: str) -> bool:
    """``_GATE.search(text)``, found faster: the regex runs only when an opening bracket
    is followed by a letter or a blank somewhere (one vectorised probe of the class
    table the other rules share, :func:`_gates.pair_starts`)."""
    if not _gates.present(text) & _OPENER_BIT:
        return False
    if not len(_gates.pair_starts(text, _OPENER_BIT, _AFTER_OPENER_BIT)):
        return False
    return bool(_GATE.search(text))


def _find_ruby_ungated(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """:func:`find_ruby` without its gate (the equivalence tests compare both)."""
    syllables = valid_syllables()
    runs: list[tuple[int, int, str, list[tuple[int, int, str]]]] = []  # start, end, char, [(g_start, g_end, kind)]
    warnings: list[CleanWarning] = []
    accepted = marked = 0
    distinct: set[tuple[str, str]] = set()  # (the characters read, the reading)
    glossed: set[str] = set()  # words no name's shape read by capitalised untoned readings (Jingji)
    for match in CANDIDATE_RE.finditer(text):
        start = match.start()
        char = text[start - 1]
        if "\n" in match.group() and not _wrapped_group(text, match.end()):  # (a group holds no line break: the wrap's)
            continue
        before = text[max(0, start - MAX_WORD):start]
        groups: list[tuple[int, int, str]] = []
        for g in _GROUP_RE.finditer(text, start, match.end()):
            content = g.group(1)[1:-1]
            found = group_reading(content, before)
            if found is not None and found[0] >= 2 and is_brand_romanisation(text, g.start(1), g.end(), before[-found[0]:]):
                break  # a spam brand's Latin name (杏彩（xingcai)官网): the spam rule takes the whole unit
            if found is None:
                norm = normalize_syllable(content.strip(" \u3000\u00a0"))
                if norm in syllables and not content.strip()[:1].isupper():
                    warnings.append(
                        CleanWarning(
                            RUBY_PINYIN,
                            g.start(1),
                            f"pinyin-like {g.group(1)!r} is not a reading of {char!r}; kept",
                            text[start - 1 : g.end()],
                        )
                    )
                break
            groups.append((g.start(), g.end(), found[1]))
            words_read = before[-found[0]:]
            if not (found[0] >= 2 and _capitalised(content) and not _shows_tone(content)):
                distinct.add((words_read, _fold(content)))
            elif not _name_like(words_read):
                glossed.add(words_read)
        if groups:
            runs.append((start, groups[-1][1], char, groups))
            accepted += len(groups)
            marked += sum(1 for g in groups if g[2] == MARKED)
    for start, end, number in _number_groups(text):  # 第3(sān)条: goes with the page's consensus, makes none
        runs.append((start, end, number, [(start, end, MARKED)]))
        accepted += 1
        marked += 1
    for start, end, char, kind, chars, reading in _cut_groups(text):
        runs.append((start, end, char, [(start, end, kind)]))
        accepted += 1
        marked += kind == MARKED
        distinct.add((chars, reading))
    runs.sort(key=lambda run: run[0])
    edits: list[Edit] = []
    # one word glossed again and again is a name's or a term's romanisation, not a scraper's ruby:
    # 吴亦凡（WU YI FAN） fifteen times in a 税务 notice is the passport name (field test 11, F11-T2);
    # a capitalised reading of a word without tones (中山路(Zhongshan Lu)、人民路(Renmin Lu), 王芳(Wang Fang))
    # is how pinyin orthography writes names on signs and passports: it goes only on a page whose single
    # characters carry ruby (R13-F5), it never makes the consensus itself; a toned one is a gloss
    # (中华人民共和国（Zhōnghuá Rénmín Gònghéguó）)
    single_characters = sum(1 for chars, _ in distinct if len(chars) == 1)
    consensus = accepted >= CONSENSUS and (
        single_characters >= CONSENSUS or len(distinct) >= MARKED_WORDS or len(glossed) >= GLOSSED_WORDS
    )
    for start, end, char, groups in runs:
        if not consensus:
            kept_groups = []
            for g in groups:
                if g[2] == MARKED:
                    break
                kept_groups.append(g)
            groups = kept_groups
            if not groups:
                continue
            end = groups[-1][1]
        if text[start] in " \u3000\u00a0" and text[end:end + 1] == text[start] and end + 1 < len(text) and is_han_script(text[end + 1]):
            end += 1  # 马 (ma) 鞍: the blanks the site put around the group go with it
        edits.append(Edit(RUBY_PINYIN, start, end, text[start:end], "", f"reading of {char}"))
    from corpus_tools.clean.ruby_rows import rt_rows_outside_teaching

    rows, taught_rows = rt_rows_outside_teaching(text)
    warnings += taught_rows
    ahead = _readings_ahead(text, edits) + _bare_readings(text) + _bare_readings_ahead(text) + _spaced_readings(text) + rows
    if ahead:
        removed = {i for e in ahead for i in range(e.start, e.end)}  # a group read ahead is no kept group
        warnings = [w for w in warnings if w.position not in removed]
        edits = _without_overlaps(sorted(edits + ahead, key=lambda e: (e.start, e.end)))
    glosses_only = consensus and not (single_characters >= CONSENSUS or len(distinct) >= MARKED_WORDS)
    from corpus_tools.clean import ruby_authored

    authored, authored_warnings = ruby_authored.authored_ruby(text)  # a tool's notation names the reading: it wins where both read
    if authored:
        edits = _preferring(authored, edits)
        removed = {i for e in authored for i in range(e.start, e.end)}
        warnings = [w for w in warnings if w.position not in removed]
    warnings += authored_warnings
    labels = ruby_authored.label_spans(text)  # a label's 拼音 or 注音 names the reading after it: it teaches nothing
    edits, taught = _outside_teaching(text, edits, whole_line=glosses_only, labels=labels)
    warnings += taught
    literal = _literal_ruby_markup(text) + _source_markup(text) + _base_marks(text, edits)  # markup names the reading
    if literal:
        removed = {i for e in literal for i in range(e.start, e.end)}
        warnings = [w for w in warnings if w.position not in removed]
        edits = _without_overlaps(sorted(edits + literal, key=lambda e: (e.start, e.end)))
    return edits, warnings


#: Words of a text that teaches or regulates pinyin itself (汉语拼音, 声调, 读音, 注音, 音节, 拼写,
#: 拼法, 发音, 声母, 韵母; not 普通话, which laws name to promote it, 推广使用普通话): the readings near them are its content (``教授汉语拼音：(bā)八(lā)拉``,
#: ``妈(mā)、麻(má)、马(mǎ)、骂(mà)四个字声调不同``).  A scraper's ruby splits these words
#: (``拼(pin)音(yin)``), so they are read in the text as it stands.
TEACHING_RE = lazy_re(r"拼音|声调|聲調|读音|讀音|注音|音节|音節|拼写|拼寫|拼法|发音|發音|声母|聲母|韵母|韻母")
#: Characters of the line on either side of a group in which a teaching word counts.
TEACHING_WINDOW = 40


def _outside_teaching(
    text: str, edits: list[Edit], *, whole_line: bool = False, labels: list[tuple[int, int]] = ()
) -> tuple[list[Edit], list[CleanWarning]]:
    """``edits`` without those near a word that names pinyin (:data:`TEACHING_RE`), and a
    warning for each one kept.  ``whole_line``: a teaching word anywhere on the group's line
    counts, for a page whose consensus rests on capitalised word glosses alone
    (:data:`GLOSSED_WORDS`): an article on the spelling of culture words lists nine of them,
    ``关系（Guanxi）、功夫（Gongfu）…等词汇采用汉语拼音拼写``, and its teaching words stand at the
    list's end, beyond :data:`TEACHING_WINDOW` of the first glosses (review 15, R15-F14).

    Real damage avoided: a 国家通用语言文字 article, a textbook annex or the 汉语拼音方案 states
    readings as its content, before or after their characters
    (``学校应当教授汉语拼音：(bā)八(lā)拉(dā)搭``, ``拼音练习：妈mā 麻má``); they read
    their characters, so the rule's evidence holds and only the words around them tell.
    Precision over recall: such a page keeps its readings and says so.  A teaching word
    that carries a reading itself (``拼音(pinyin)方案``, ``拼(pin)音(yin)``) is part of the
    ruby page, not its subject, and so is one in the label of a labelled reading (``labels``, the spans of
    :func:`corpus_tools.clean.ruby_authored.label_spans`: ``（拼音：huì zhǔ）``), read or not.

    >>> edits, warnings = find_ruby("学校应当教授汉语拼音：(bā)八(lā)拉(dā)搭。")
    >>> edits, [w.excerpt for w in warnings]
    ([], ['(bā)', '(lā)', '(dā)'])
    >>> [e.before for e in find_ruby("拼(pin)音(yin)方(fang)案(an)，拼音(pinyin)")[0]]
    ['(pin)', '(yin)', '(fang)', '(an)', '(pinyin)']
    """
    if not edits or not TEACHING_RE.search(text):
        return edits, []
    starts = {e.start for e in edits}
    spans = [(e.start, e.end) for e in edits]
    ends = [e.end for e in edits]
    label_ends = [b for _, b in labels]
    words = [  # 拼音(pinyin): read, not taught; a label's 拼音 (（拼音：huì）) names the reading after it
        m.start() for m in TEACHING_RE.finditer(text)
        if m.end() not in starts and not _inside_spans(spans, ends, m.start()) and not _inside_spans(labels, label_ends, m.start())
    ]
    if not words:
        return edits, []
    kept: list[Edit] = []
    warnings: list[CleanWarning] = []
    whole_start = whole_end = -1  # the line of the last edit read whole (edits are sorted: each line read once)
    for e in edits:
        if whole_line:
            if not whole_start <= e.start < whole_end:
                whole_start = text.rfind("\n", 0, e.start) + 1
                newline = text.find("\n", e.start)
                whole_end = len(text) if newline < 0 else newline
            lo, hi = whole_start, max(whole_end, e.end)
        else:
            line_start = text.rfind("\n", max(0, e.start - TEACHING_WINDOW), e.start) + 1
            line_end = text.find("\n", e.end, e.end + TEACHING_WINDOW)
            lo = max(line_start, e.start - TEACHING_WINDOW)
            hi = min(len(text), e.end + TEACHING_WINDOW) if line_end < 0 else line_end
        at = bisect.bisect_left(words, lo)
        if at < len(words) and words[at] < hi:
            warnings.append(CleanWarning(RUBY_PINYIN, e.start, "reading on a text that teaches pinyin; kept", e.before))
        else:
            kept.append(e)
    if warnings and ruby_beyond_teaching(_on_lines_without(text, kept, words), len(warnings)):
        return edits, []
    return kept, warnings


def _inside_spans(spans: list[tuple[int, int]], ends: list[int], at: int) -> bool:
    """Whether position ``at`` lies inside one of ``spans`` (sorted, disjoint; ``ends`` their ends)."""
    i = bisect.bisect_right(ends, at)
    return i < len(spans) and spans[i][0] <= at


def _on_lines_without(text: str, edits: list[Edit], words: list[int]) -> list[Edit]:
    """The ``edits`` whose line holds none of the teaching ``words`` (their starts, sorted): a
    lesson lists its examples on the line of its teaching word, past the window too
    (``声母练习：波(bō)、坡(pō)…吃(chī)``), a ruby page reads the lines of its other articles.

    >>> text = "声母练习：波(bō)\\n第一条 本(ben)条"
    >>> [e.before for e in _on_lines_without(text, find_ruby(text + "例(li)")[0], [0])]
    ['(ben)', '(li)']
    """
    breaks = [i for i, c in enumerate(text) if c == "\n"] if "\n" in text else []
    kept = []
    for e in edits:
        at = bisect.bisect_left(breaks, e.start)
        line_start = breaks[at - 1] + 1 if at else 0
        line_end = breaks[at] if at < len(breaks) else len(text)
        w = bisect.bisect_left(words, line_start)
        if not (w < len(words) and words[w] < line_end):
            kept.append(e)
    return kept


#: Different readings that the groups far from every teaching word must spell, beside being
#: the most of the page's groups, for the page to be a ruby page that merely names pinyin.
FAR_READINGS = 3


def ruby_beyond_teaching(far: list[Edit], near: int) -> bool:
    """Whether the readings far from every teaching word (``far``, already judged a scraper's
    ruby) show that the page is a ruby page whose teaching words name pinyin as a norm, so
    that the ``near`` readings beside those words are the same scraper's and go too.

    Real damage undone: laws that regulate names and writing cite pinyin as the standard to
    follow (上海市地名管理条例: ``地名的罗马字母拼写，应当符合国家公布的《汉语拼音方案》``;
    上海市实施《国家通用语言文字法》办法: ``应当符合国家关于普通话、规范汉字、汉语拼音…的规范``).
    A scraper's ruby over such a page was removed everywhere but within
    :data:`TEACHING_WINDOW` of these words, leaving ``国（guo）家（gu）公布的《汉语拼音方案》`` and
    ``第十（shi）四条``.  **Evidence**: the readings far from every teaching word are the most of
    the page's (a text that teaches pinyin states its readings beside the words that teach them)
    and spell :data:`FAR_READINGS` different syllables.  A page whose readings stand mostly
    near the teaching words keeps them all, as before.

    >>> law = ("第五条 地名的拼写（xie）应当符合《汉语拼音方案》。\\n"
    ...        "第（di）六条 地名应当规范，不得重（chong）名。\\n第七条 本市行（xing）政区域内的地名由市人民政府命（ming）名。")
    >>> [e.before for e in find_ruby(law)[0]]
    ['（xie）', '（di）', '（chong）', '（xing）', '（ming）']
    >>> find_ruby("妈(mā)、麻(má)、马(mǎ)、骂(mà)四个字声调不同。")[0]
    []
    """
    if len(far) <= near:
        return False
    return len({_fold(e.before.strip(" \u3000\u00a0\n" + OPENERS + CLOSERS)) for e in far}) >= FAR_READINGS


#: Different words, none of a name's shape (:func:`_name_like`), that capitalised untoned
#: readings must gloss on a page to make the consensus by themselves (``经济(Jingji)``,
#: ``社会(Shehui)``, ``根据(Genju)``…: a converter's word ruby glosses the page's vocabulary; a
#: 地名 list glosses roads, stations and people).  Hyphens between the syllables (``Jing-ji``) are no
#: evidence of their own: a text on terms writes ``一带一路（Yi-dai-yi-lu）`` as its content (review 15,
#: R15-F14: three such terms made the consensus).
GLOSSED_WORDS = 8
#: Last characters of place names (roads, gates, waters, mountains, districts, stations…).
PLACE_GENERICS = frozenset("路街巷道胡同里弄门桥山岭峰江河湖海湾溪泉港岛村镇乡区县市州省盟旗园场站馆宫寺庙塔楼坊院厦城关口坝")
#: Common surnames (a person's name is two or three characters that open with one).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司诸葛上官"
)


def _name_like(word: str) -> bool:
    """Whether ``word`` has a name's shape: a place's generic at its end, or two or three
    characters opening with a common surname (``中山路``, ``西直门``, ``王芳``; not ``经济``).

    >>> [_name_like(w) for w in ("中山路", "西直门", "王芳", "经济", "根据", "社会")]
    [True, True, True, False, False, False]
    """
    return word[-1:] in PLACE_GENERICS or (2 <= len(word) <= 3 and word[0] in SURNAMES)


def _capitalised(reading: str) -> bool:
    """Whether ``reading`` shows a capital letter (``Zhongshan Lu``, ``Wang Fang``, ``ZHANG SAN``).

    >>> _capitalised("Zhongshan Lu"), _capitalised("zhōng guó"), _capitalised("Ｍａ")
    (True, False, True)
    """
    return any(c.isalpha() and c.isupper() for c in reading)


#: A stack of groups (blanks allowed between): a reading written before what it reads when
#: a Han character follows (checked apart: a lookahead after the repetition would make the
#: scan quadratic on a long run of groups).
AHEAD_RE = lazy_regex(rf"(?:{_GROUP}{_BLANK}{{0,2}})+")


def _readings_ahead(text: str, taken: list[Edit]) -> list[Edit]:
    """Groups that read the characters right after them (``(mǎ)马(ān)鞍山``), as removals.

    Real damage: a page whose ruby markup put the reading before its base (an ``<rt>``
    first, a right-to-left ruby position) flattens into readings that precede their
    characters.  **Evidence**: every group of the stack reads the characters right after
    it (pypinyin), none was read as a reading of the character before it (``taken``), and
    the text shows such groups reading :data:`CONSENSUS` different single characters or
    :data:`MARKED_WORDS` different words: one ``(a)`` before 啊 is no ruby.  A group read
    ahead spells a full syllable (two letters or more) or shows its tone: a flattened
    ``<rt>`` before its base gives ``(mǎ)马``, while ``(a)阿根廷；(b)巴西；(e)俄罗斯`` are a
    list's labels, whose letters happen to read the next character.

    >>> [e.before for e in _readings_ahead("(mǎ)马(ān)鞍山，(a)啊，(ā)啊", [])]
    ['(mǎ)', '(ān)', '(ā)']
    >>> _readings_ahead("下列缔约方：(a)阿根廷；(b)巴西；(c)智利；(d)丹麦；(e)俄罗斯。", [])
    []
    >>> _readings_ahead("附件(a)啊", []), _readings_ahead("(Beijing)北京、(Shanghai)上海、(Guangzhou)广州", [])
    ([], [])
    """
    found: list[tuple[int, int, str, str, str]] = []  # start, end, the characters read, the reading folded and as written
    spans = sorted((e.start, e.end) for e in taken)
    next_span = 0  # spans before the match are passed once: the scan stays linear
    for match in AHEAD_RE.finditer(text):
        start, end = match.start(), match.end()
        while next_span < len(spans) and spans[next_span][1] <= start:
            next_span += 1
        if end >= len(text) or not is_han_script(text[end]) or (next_span < len(spans) and spans[next_span][0] < end):
            continue
        after = text[end:end + MAX_WORD]
        reads = []
        for g in _GROUP_RE.finditer(text, start, end):
            k = _reading_ahead(g.group(1)[1:-1], after)
            if k is None:
                break
            reads.append((after[:k], _fold(g.group(1)[1:-1]), g.group(1)))
        else:
            if reads:
                found.append((start, end, *reads[0]))
    # a word's reading counts in lower case only: (Beijing)北京 is a name's gloss
    distinct = {(chars, reading) for _, _, chars, reading, raw in found if len(chars) == 1 or raw.islower()}
    single = sum(1 for chars, _ in distinct if len(chars) == 1)
    if len(found) < CONSENSUS or (single < CONSENSUS and len(distinct) < MARKED_WORDS):
        return []
    return [Edit(RUBY_PINYIN, start, end, text[start:end], "", f"reading of {chars}, before it") for start, end, chars, _, _ in found]


#: Latin letters (tone-marked too) and Zhuyin (with its tone marks) stuck to the Han character
#: before them, the whole run of letters (possessive: the scan is linear).  A digit after them
#: is no part of the run: one tone number goes with it only on a page that writes its readings
#: with tone numbers (:data:`TONE_NUMBER_SHARE`), since alone it cannot be told from the text's
#: own number (``年nian3月`` is 3月 on a toneless page).
_ZHUYIN = "\u3105-\u312f\u31a0-\u31bf"
_LETTERS = "A-Za-zＡ-Ｚａ-ｚ" + _TONED + _ZHUYIN
_RUN_BODY = _LETTERS + "\u0300-\u036fˉˊˇˋ˙'’"
BARE_RE = lazy_regex(rf"(?<=\p{{Han}})[{_LETTERS}][{_RUN_BODY}]*+")
_LETTER_BIT = _gates.register(
    "ruby_letter",
    [chr(c) for a, b in (("A", "Z"), ("a", "z"), ("Ａ", "Ｚ"), ("ａ", "ｚ"), ("\u3105", "\u312f"), ("\u31a0", "\u31bf")) for c in range(ord(a), ord(b) + 1)]
    + list(_TONED),
)
#: Tone numbers a reading without brackets may end on (superscripts too).
_TONE_DIGITS = "012345⁰¹²³⁴⁵"
#: The share of a page's toneless bare readings followed by a tone number (and at least
#: :data:`BARE_CONSENSUS` of them) from which the page writes its readings with tone numbers (a
#: neutral tone may go without: ``de``), and one digit after each goes with it.
TONE_NUMBER_SHARE = 0.7
#: Different readings a page must show without brackets before any of them counts as
#: ruby, and the share of the letters stuck to Han characters they must make up.
BARE_CONSENSUS = 3
BARE_SHARE = 0.5


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """``edits`` (sorted) without any that overlaps one kept before it (the passes read
    different shapes, but a page may show two at one place)."""
    out: list[Edit] = []
    for e in edits:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _preferring(first: list[Edit], others: list[Edit]) -> list[Edit]:
    """``first`` and the ``others`` that overlap none of them, sorted (both sorted and disjoint).

    >>> [e.before for e in _preferring([Edit(RUBY_PINYIN, 2, 6, "abcd", "")], [Edit(RUBY_PINYIN, 0, 1, "x", ""), Edit(RUBY_PINYIN, 5, 7, "ef", "")])]
    ['x', 'abcd']
    """
    out = list(first)
    at = 0
    for e in others:
        while at < len(first) and first[at].end <= e.start:
            at += 1
        if at < len(first) and first[at].start < e.end:
            continue
        out.append(e)
    return sorted(out, key=lambda e: (e.start, e.end))


#: Ruby markup printed as text: an annotation element with its content (``<rt>ān</rt>``,
#: ``<rp>(</rp>``), or a ``<ruby>``/``<rb>`` tag (its content is the text).
LITERAL_RUBY_RE = lazy_regex(
    r"<(rt|rp|rtc)(?:[ \t][^<>\n]{0,200})?>[^<>\n]{0,60}</\1[ \t]*>|</?(?:ruby|rb|rbc)(?:[ \t][^<>\n]{0,200})?>",
    regex.IGNORECASE,
)


def _literal_gated(text: str) -> bool:
    return "</" in text and ("<ruby" in text or "<RUBY" in text or "<Ruby" in text)


def _literal_ruby_markup(text: str) -> list[Edit]:
    """Ruby markup a text page prints (``马<ruby>鞍<rt>ān</rt></ruby>山``), as removals: the
    annotations with their content, the ``<ruby>``/``<rb>`` tags around the text.

    Real damage: a Markdown or text page carries the ``<ruby>`` markup of the editor it was
    written in (Markdown keeps inline HTML it does not know as text); the reading shows
    between the characters, inside its tags.  **Evidence**: the page opens a ``<ruby>``
    element and closes an annotation (``</rt>``): the tags are markup, their names say what
    is the reading.  Annotations outside such a page, and ``<rt>`` spelled in prose
    without its ``<ruby>``, stay.

    >>> [e.before for e in _literal_ruby_markup("马<ruby>鞍<rp>(</rp><rt>ān</rt><rp>)</rp></ruby>山")]
    ['<ruby>', '<rp>(</rp>', '<rt>ān</rt>', '<rp>)</rp>', '</ruby>']
    >>> _literal_ruby_markup("标签<rt>表示注音</rt>")
    []
    """
    if not _literal_gated(text):
        return []
    matches = list(LITERAL_RUBY_RE.finditer(text))
    if not any(m.group(1) and m.group(1).lower() != "rp" for m in matches):
        return []
    if not any(m.group().lower().startswith("<ruby") for m in matches):
        return []
    return [Edit(RUBY_PINYIN, m.start(), m.end(), m.group(), "", "ruby markup printed as text") for m in matches]


#: A ruby plugin's source syntax printed as text (markdown-it-ruby, and the Markdown editors
#: that copied it): ``{base|reading}``, the reading of each character after its own bar or
#: all of them after one (``{马鞍山|mǎ|ān|shān}``, ``{马鞍山|mǎ ān shān}``).
SOURCE_RUBY_RE = lazy_regex(r"\{(\p{Han}{1,8})\|([^{}|\n]{1,40}(?:\|[^{}|\n]{1,40}){0,7})\}")
#: Marks a ruby syntax puts before its base, to say where the base begins (the reading follows
#: the base in brackets): the bar of Japanese and Chinese e-text conventions (``｜马鞍山《mǎ ān shān》``).
BASE_MARKS = "｜|"


def _source_gated(text: str) -> bool:
    return "|" in text and "{" in text


def _source_markup(text: str) -> list[Edit]:
    """A ruby plugin's source syntax printed as text, as removals: the brace that opens the
    base, and the bars with the readings and the closing brace.

    Real damage: a page written in a Markdown editor with a ruby plugin (markdown-it-ruby's
    ``{漢字|かん|じ}``) is published, or copied, without the plugin: the source shows.
    **Evidence**: the syntax names base and reading, and the reading is the base's (each
    character's reading, or the word's): braces around a word and a bar with any other
    content stay.

    >>> [e.before for e in _source_markup("{马鞍山|mǎ|ān|shān}市、{中国|zhong guo}")]
    ['{', '|mǎ|ān|shān}', '{', '|zhong guo}']
    >>> _source_markup("{甲|乙}、{条件|A}")
    []
    """
    if not _source_gated(text):
        return []
    edits: list[Edit] = []
    for m in SOURCE_RUBY_RE.finditer(text):
        base = m.group(1)
        found = group_reading(m.group(2).replace("|", " "), base)
        if found is None or found[0] != len(base):
            continue
        edits.append(Edit(RUBY_PINYIN, m.start(), m.start() + 1, "{", "", f"ruby markup before {base}"))
        edits.append(Edit(RUBY_PINYIN, m.end(1), m.end(), text[m.end(1):m.end()], "", f"reading of {base}, in ruby markup"))
    return edits


def _base_marks(text: str, edits: list[Edit]) -> list[Edit]:
    """The marks of :data:`BASE_MARKS` that open the base of a removed group, as removals.

    A ruby syntax that marks where its base begins (``｜马鞍山《mǎ ān shān》``) leaves the mark
    when the reading goes.  **Evidence**: the mark stands right before the run of Han
    characters that ends at the removed group, and the group reads that whole run.

    >>> text = "广东省｜市场《shì chǎng》监管，｜马鞍《mǎ ān》山｜市《shì》"
    >>> [e.before for e in find_ruby(text)[0]]
    ['｜', '《shì chǎng》', '｜', '《mǎ ān》', '｜', '《shì》']
    >>> _base_marks("｜广东省《shì》", [Edit(RUBY_PINYIN, 4, 9, "《shì》", "", "")])
    []
    """
    out: list[Edit] = []
    for e in edits:
        if e.rule != RUBY_PINYIN or e.after or not e.before.strip(" \u3000\u00a0")[:1] in OPENERS:
            continue
        i = e.start
        while i > 0 and e.start - i < MAX_WORD and is_han_script(text[i - 1]):
            i -= 1
        if i == e.start or i == 0 or text[i - 1] not in BASE_MARKS:
            continue
        content = e.before.strip(" \u3000\u00a0")
        found = group_reading(content[1:-1], text[i:e.start])
        if found is not None and found[0] == e.start - i:
            out.append(Edit(RUBY_PINYIN, i - 1, i, text[i - 1], "", f"ruby markup before {text[i:e.start]}"))
    return out


def _bare_gated(text: str) -> bool:
    """Whether a Latin letter (tone-marked too) sticks to a Han character before or after
    it, or follows one after a blank: the gate of :func:`_bare_readings`,
    :func:`_bare_readings_ahead` and :func:`_spaced_readings` (the letters
    found by the class table the rules share, then the characters around each one looked at).

    >>> _bare_gated("第dì二条"), _bare_gated("dì第"), _bare_gated("为 wèi"), _bare_gated("第1条，GB/T 5G")
    (True, True, True, False)
    """
    if not _gates.present(text) & _LETTER_BIT:
        return False
    return _bare_at(text, _gates.class_positions(text, _LETTER_BIT))


def _bare_at(text: str, positions) -> bool:
    """Whether one of the letters at ``positions`` sticks to a Han character or follows one after a blank."""
    last = len(text) - 1
    return any(
        (at and is_han_script(text[at - 1]))
        or (at < last and is_han_script(text[at + 1]))
        or (at > 1 and text[at - 1] in " \u3000" and is_han_script(text[at - 2]))  # 为 wèi: :func:`_spaced_readings`
        for at in positions
    )


#: Different words in lower case without tones (``有中youzhong``) that readings stuck to their words must read
#: on a page when no single character's reading and no toned word makes the consensus.
BARE_WORDS = 5
#: A blank between the syllables of a word's reading stuck to the word (``和其hé qí他``).
_NEXT_SYLLABLE_RE = lazy_regex(rf" [{_LETTERS}][{_RUN_BODY}]{{0,7}}+")


def _spaced_word_end(text: str, end: int, before: str) -> int:
    """Where a word's reading stuck to the word ends when its syllables are spaced (``和其hé qí他``: the run
    of letters ends at ``hé``), the blanks and the syllables after ``end`` read with it: only when the whole
    reads the characters before (else ``end``).  Up to :data:`MAX_WORD` syllables: the scan stays linear.

    >>> t = "和其hé qí他，法律fǎ lǜ is，本法fǎ lǜ"
    >>> _spaced_word_end(t, 4, "和其"), _spaced_word_end(t, 13, "和其他，法律"), _spaced_word_end(t, 25, "，本法")
    (7, 16, 25)
    """
    if text[end:end + 1] != " ":
        return end
    start = end
    while start > 0 and not is_han_script(text[start - 1]) and end - start <= 30:
        start -= 1
    stops, at = [], end
    for _ in range(MAX_WORD - 1):
        m = _NEXT_SYLLABLE_RE.match(text, at)
        if m is None:
            break
        at = m.end()
        stops.append(at)
    for stop in reversed(stops):  # the longest reading first
        content = text[start:stop]
        found = group_reading(content, before)
        if found is not None and found[0] == len(_fold(content).split(" ")):
            return stop
    return end


def _bare_readings(text: str) -> list[Edit]:
    """Readings stuck to their characters without brackets (``第dì二èr条tiáo``), as removals.

    Real damage: a scraper flattened ``<ruby>`` markup that had no ``<rp>`` fallback
    brackets, so each reading sticks to its character.  **Evidence**: the run of letters
    right after a Han character is a reading of it, or the readings of the characters
    before it run together (pypinyin); the page shows :data:`BARE_CONSENSUS` different
    such readings of single characters (a bilingual page's ``北京Beijing``, ``上海Shanghai``
    read words), and they are at least :data:`BARE_SHARE` of all the letter runs that
    stick to a Han character on the page (a law's ``A股``, ``B超``, ``X射线``, ``ISO``
    stay: they read nothing, and a page of them is no ruby page).

    >>> [e.before for e in _bare_readings("第dì二èr条tiáo 本běn条例，A股")], len(_bare_readings("第ｄｉ二ｅｒ条ｔｉａｏ"))
    (['dì', 'èr', 'tiáo', 'běn'], 3)
    >>> _bare_readings("第dì二条，A股、B超、X射线"), _bare_readings("北京Beijing、上海Shanghai、广州Guangzhou")
    ([], [])
    >>> [e.before for e in _bare_readings("第di4二er4条tiao2 2021年nian23月")], [e.before for e in _bare_readings("第di二er条tiao 年nian3月")]
    (['di4', 'er4', 'tiao2', 'nian2'], ['di', 'er', 'tiao', 'nian'])
    >>> [e.before for e in _bare_readings("中ㄓㄨㄥ華ㄏㄨㄚˊ民ㄇㄧㄣˊ國ㄍㄨㄛˊ")]
    ['ㄓㄨㄥ', 'ㄏㄨㄚˊ', 'ㄇㄧㄣˊ', 'ㄍㄨㄛˊ']
    """
    found: list[tuple[int, int, str, str]] = []
    candidates = 0
    for match in BARE_RE.finditer(text):
        candidates += 1
        content = match.group()
        if len(content) > 30:
            continue
        if _capitalised(content) and not _shows_tone(content):
            continue  # 华为Huawei、小米Xiaomi: a name's romanisation (R13-F7); flattened <rt> is lower case or toned
        start = match.start()
        before = text[max(0, start - MAX_WORD):start]
        end = _spaced_word_end(text, match.end(), before)
        if end != match.end():
            content = text[start:end]
        reading = group_reading(content, before)
        if reading is not None:
            found.append((start, end, before[-reading[0]:], _fold(content)))
    # single characters read, or words with their tones: a bilingual page's glued names (北京Beijing、上海Shanghai)
    # read words without tones, capitalised (skipped above); words in lower case without tones count apart, in
    # greater number (建设有中youzhong国: an interlinear annotation whose marks a reader dropped)
    distinct = {(chars, reading) for start, end, chars, reading in found if len(chars) == 1 or _shows_tone(text[start:end])}
    lower_words = {(chars, reading) for start, end, chars, reading in found if len(chars) > 1 and text[start:end].islower()}
    if (len(distinct) < BARE_CONSENSUS and len(lower_words) < BARE_WORDS) or len(found) < BARE_SHARE * candidates:
        return []
    # 第di4二er4条tiao2: a page whose toneless readings carry tone numbers (a tone-marked one never does:
    # 自zì2006年 is the text's 2006)
    plain = [(start, end) for start, end, _, _ in found if not _shows_tone(text[start:end])]
    numbered = {end for _, end in plain if text[end:end + 1] != "" and text[end] in _TONE_DIGITS}
    if len(numbered) >= BARE_CONSENSUS and len(numbered) >= TONE_NUMBER_SHARE * len(plain):
        found = [(start, end + (end in numbered), chars, r) for start, end, chars, r in found]
    return [Edit(RUBY_PINYIN, start, end, text[start:end], "", f"reading of {chars}, without brackets") for start, end, chars, _ in found]


#: Latin letters (tone-marked too) stuck to the Han character after them, the whole run of
#: letters (possessive, and never starting inside a run: the scan is linear), with one tone
#: number between them and the character (``di4第``: a text's own number stands before, not
#: inside, what it counts).
BARE_AHEAD_RE = lazy_regex(rf"(?<![{_RUN_BODY}])[{_LETTERS}][{_RUN_BODY}]*+[{_TONE_DIGITS}]?(?=\p{{Han}})")


def _bare_readings_ahead(text: str) -> list[Edit]:
    """Readings stuck before their characters without brackets (``dì第èr二tiáo条``), as removals.

    Real damage: a scraper flattened ``<ruby>`` markup whose ``<rt>`` came before its base
    (an annotation written first, as some editors and converters store it) and had no
    ``<rp>`` brackets, so each reading sticks to the front of its character.  **Evidence**,
    as for :func:`_bare_readings` read the other way: the run of letters right before a Han
    character is a reading of it, or the readings of the characters after it run together
    (a one-letter run without its tone, ``e额``, only on a page whose other runs make the
    consensus: it makes none); the page shows
    :data:`BARE_CONSENSUS` different such readings of single characters, and they are at
    least :data:`BARE_SHARE` of the letter runs stuck before a Han character (``A股``,
    ``B超``, ``ISO标准``, ``Beijing北京`` stay: capitalised untoned runs are names).

    >>> [e.before for e in _bare_readings_ahead("dì第èr二tiáo条 běn本条例，A股，限e额")]
    ['dì', 'èr', 'tiáo', 'běn', 'e']
    >>> [e.before for e in _bare_readings_ahead("di4第er4二tiao2条，A4纸")]
    ['di4', 'er4', 'tiao2']
    >>> [e.before for e in _bare_readings_ahead("wèile为了bǎohù保护和gǎishàn改善")]
    ['wèile', 'bǎohù', 'gǎishàn']
    >>> _bare_readings_ahead("dì第二条，A股、B超、X射线"), _bare_readings_ahead("Beijing北京、Shanghai上海、Guangzhou广州")
    ([], [])
    """
    found: list[tuple[int, int, str, str]] = []
    candidates = 0
    for match in BARE_AHEAD_RE.finditer(text):
        candidates += 1
        content = match.group()
        if len(content) > 30:
            continue
        if _capitalised(content) and not _shows_tone(content):
            continue  # Beijing北京: a name's romanisation, as after its characters
        end = match.end()
        after = text[end:end + MAX_WORD]
        k = _reading_ahead(content, after)
        if k is not None:
            found.append((match.start(), end, after[:k], _fold(content)))
        elif len(content) == 1 and after and content in readings(after[0]):
            found.append((match.start(), end, after[0], ""))  # e额: goes with the page's consensus, makes none
    distinct = {
        (chars, reading) for start, end, chars, reading in found if reading and (len(chars) == 1 or _shows_tone(text[start:end]))
    }
    if len(distinct) < BARE_CONSENSUS or len(found) < BARE_SHARE * candidates:
        return []
    return [Edit(RUBY_PINYIN, start, end, text[start:end], "", f"reading of {chars}, before it without brackets") for start, end, chars, _ in found]


#: A run of letters a blank sets apart from the Han character before it (``为 wèi 了``).
SPACED_RE = lazy_regex(rf"(?<=\p{{Han}})[ \u3000][{_LETTERS}][{_RUN_BODY}]*+")


def _spaced_readings(text: str) -> list[Edit]:
    """Readings a blank sets apart from their characters (``为 wèi 了 le 保 bǎo``), as removals.

    Real damage: ``<ruby>`` flattened by a converter that puts a blank between the base and
    its ``<rt>`` (and after it).  **Evidence**, as for :func:`_bare_readings`, counted apart
    from the glued runs: the run after the blank reads the character(s) before it, the page
    shows :data:`BARE_CONSENSUS` different single characters (or toned words) read so, and
    such readings are :data:`BARE_SHARE` of the letter runs a blank sets after a Han
    character (``使用 GPS 定位``, ``单位 kg``, ``登录 app 下单`` stay).  The blank after a
    reading goes with it on a page whose readings mostly have one (a blank on each side is
    the converter's; one the text had stays).

    >>> t = "第一条 为 wèi 了 le 保 bǎo 护 hù 和改善环境，使用 GPS 定位。"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> apply_edits(t, _spaced_readings(t))
    '第一条 为了保护和改善环境，使用 GPS 定位。'
    >>> apply_edits("中心 xīn （以下简称 chēng 中心 xīn ）负 fù 责 zé", _spaced_readings("中心 xīn （以下简称 chēng 中心 xīn ）负 fù 责 zé"))
    '中心（以下简称中心）负责'
    >>> _spaced_readings("采用 app 下单，使用 GPS 定位，重量以 kg 计")
    []
    """
    found: list[tuple[int, int, str, str]] = []
    candidates = 0
    for match in SPACED_RE.finditer(text):
        candidates += 1
        start, end = match.start(), match.end()
        content = text[start + 1:end]
        if len(content) > 30 or (_capitalised(content) and not _shows_tone(content)):
            continue
        before = text[max(0, start - MAX_WORD):start]
        reading = group_reading(content, before)
        if reading is not None:
            found.append((start, end, before[-reading[0]:], _fold(content)))
    distinct = {(chars, reading) for start, end, chars, reading in found if len(chars) == 1 or _shows_tone(text[start:end])}
    if len(distinct) < BARE_CONSENSUS or len(found) < BARE_SHARE * candidates:
        return []
    blank_after = [end for _, end, _, _ in found if text[end:end + 1] in (" ", "\u3000")]
    if len(blank_after) >= TONE_NUMBER_SHARE * len(found):  # the converter's blank on each side (中心 xīn （以下: its blank too)
        ends = set(blank_after)
        found = [(start, end + (end in ends), chars, r) for start, end, chars, r in found]
    return [Edit(RUBY_PINYIN, start, end, text[start:end], "", f"reading of {chars}, after a blank") for start, end, chars, _ in found]


def _shows_tone(reading: str) -> bool:
    """Whether ``reading`` carries a tone: a tone mark (precomposed or combining) or a tone number.

    >>> _shows_tone("mǎ"), _shows_tone("ma3"), _shows_tone("a"), _shows_tone("Ｅ")
    (True, True, False, False)
    """
    decomposed = unicodedata.normalize("NFKD", reading)
    return any(unicodedata.combining(c) or c in "012345" for c in decomposed) or any(c in _TONED and c not in "ɑɡ" for c in reading)


def _reading_ahead(content: str, after: str) -> int | None:
    """How many characters at the start of ``after`` the group ``content`` reads (pinyin
    syllables, a word's syllables together or apart), or None.

    >>> _reading_ahead("mǎ", "马鞍"), _reading_ahead("Mǎ'ānshān", "马鞍山市"), _reading_ahead("an", "马鞍")
    (1, 3, None)
    """
    raw = content.strip(" \u3000\u00a0")
    if len(_fold(raw).replace(" ", "")) < 2 and not _shows_tone(raw):
        return None  # (a)阿根廷；(b)巴西；(e)俄罗斯: a list's letter, not a flattened <rt> (R13-F16)
    pieces = [p.replace("'", "") for p in _fold(raw).split(" ") if p]
    if not pieces:
        return None
    for k in range(len(pieces), len(after) + 1):
        if not is_han_script(after[k - 1]):
            return None
        if _segments_pieces(pieces, after[:k]):
            return k
    return None


#: What a spam unit shows besides its name and that name's romanisation before a bracketed
#: romanisation counts as a brand's (:func:`is_brand_romanisation`): a spam-site word, a link,
#: a Latin name, a version, separators between the scripts, a decoration the unit fills
#: (a game category is law vocabulary too: 体育(tiyu)彩票).
_BRAND_REASONS = ("site word", "host", "latin", "version", "separator between scripts", "decoration filled")
#: Characters of the line read around the group to judge it (a brand's words follow it closely).
_BRAND_WINDOW_BEFORE, _BRAND_WINDOW_AFTER = 8, 40


def is_brand_romanisation(text: str, group_start: int, group_end: int, name: str) -> bool:
    """Whether the bracketed romanisation ``text[group_start:group_end]`` of the characters
    ``name`` is a spam brand's Latin name, not word ruby.

    Real damage: a spam site writes a brand with its name romanised in brackets
    (``杏彩（xingcai)官网``, ``博乐彩(bolecai)官方网站``); the romanisation spells the
    brand's characters, so on a page with ruby this rule took it for word ruby and left
    ``杏彩官网``, which the spam rule no longer recognises as a unit.  **Evidence**: the
    brand shape of :func:`corpus_tools.clean.brands.find_units` over the group's
    stretch of line (Simplified, as the spam rule will see it), with more than the name
    and its romanisation (:data:`_BRAND_REASONS`), and a name that is no word of law text
    (a pair of its characters that clean law never shows: 杏彩, not 中国 or 体育).  Called
    only for a group that reads two characters or more: the romanisation of one character
    is ruby (``中（zhong）华``).

    >>> t = "杏彩（xingcai)官网、中国(zhongguo)官网、博乐彩(bolecai)官方网站、拼音(pinyin)方案"
    >>> [is_brand_romanisation(t, t.index(g), t.index(g) + len(g), n) for n, g in (("杏彩", "（xingcai)"), ("中国", "(zhongguo)"), ("博乐彩", "(bolecai)"), ("拼音", "(pinyin)"))]
    [True, False, True, False]
    """
    from corpus_tools.clean.evidence import law_bigrams

    pairs = law_bigrams()
    if all(name[i:i + 2] in pairs for i in range(len(name) - 1)):
        return False  # a word of law text read aloud (中国(zhongguo)官网), not a made-up brand name
    from corpus_tools.clean.brands import find_units
    from corpus_tools.clean.script import _convert

    line_start = text.rfind("\n", 0, group_start) + 1
    line_end = text.find("\n", group_end)
    lo = max(line_start, group_start - _BRAND_WINDOW_BEFORE)
    hi = min(len(text) if line_end < 0 else line_end, group_end + _BRAND_WINDOW_AFTER)
    window = text[lo:hi]
    simplified = _convert("t2s", window)
    if len(simplified) == len(window):  # positions kept: judge the Simplified text (官網 -> 官网)
        window = simplified
    return any(
        u.start <= group_start - lo and u.end >= group_end - lo and any(r.startswith(_BRAND_REASONS) for r in u.why)
        for u in find_units(window)
    )


#: A bare reading in markup (``<sup>zì</sup>``): a letter a reading starts with, then up to 40
#: characters of a reading's body, nothing else.
_BARE_READING = lazy_regex(rf"[{_START}][{_BODY}]{{0,40}}")


def markup_reading(content: str, before: str) -> tuple[int, str] | None:
    """How many characters at the end of ``before`` the text ``content`` of an inline
    element reads (``<sup>``, ``<span class="py">``…: a page's own ruby markup without
    ``<rt>``), and how (:data:`PINYIN`, :data:`MARKED`); None when it is no reading.

    Real damage undone: a site writes a reading in a superscript or a span after its
    character (``第<sup>dì</sup>二<sup>èr</sup>条``); flattened, the reading sticks to the
    text with no bracket to show it (``第dì二èr条``).  The markup still shows it: the
    element holds nothing but a romanised reading of the characters right before it.

    >>> markup_reading("dì", "第"), markup_reading("zhōng guó", "中国"), markup_reading("2", "平方米m")
    ((1, 'pinyin'), (2, 'marked'), None)
    >>> markup_reading("(zì)", "字"), markup_reading("APP", "平台"), markup_reading("a", "第三款")
    (None, None, None)
    """
    content = content.strip(" \u3000\u00a0\t\n")
    if not content or not _BARE_READING.fullmatch(content):
        return None
    return group_reading(content, before)


def remove_ruby_pinyin(text: str) -> RuleResult:
    """Remove bracketed readings of the characters before them.

    One edit per removed run of groups (a stack goes in one edit, with the blanks
    before it).  In a stack, groups are removed from the left while they read the
    character; the first group that does not is kept, with the rest of the stack,
    and a warning is recorded when it looks like pinyin all the same.

    **Evidence**: a bracketed Latin (or Zhuyin) reading right after a Han character
    that is one of that character's readings (pypinyin heteronyms), or the readings
    of the characters before it run together (word ruby); capitals and the other
    romanisations only on a page with :data:`CONSENSUS` such groups.  A Latin word
    that reads as no syllable of its characters stays.

    >>> remove_ruby_pinyin("馬鞍(an)山市(2021-2023年(nian))，互(hu)(hu)(hu)聯")[0]
    '馬鞍山市(2021-2023年)，互聯'
    >>> remove_ruby_pinyin("戰略（lve）、（一）、(初稿)、(APP)、(5G)、Internet(an)")[0]
    '戰略、（一）、(初稿)、(APP)、(5G)、Internet(an)'
    >>> remove_ruby_pinyin("济(Ji)南(Nan)市(shì)的(de0)额(E)、附件(A)、平台(APP)")[0]
    '济南市的额、附件(A)、平台(APP)'
    >>> remove_ruby_pinyin("马鞍【an】山〔shan〕市 [SHI]，中国（zhōng guó）、第(di)五(wu)条")[0]
    '马鞍山市，中国、第五条'
    >>> remove_ruby_pinyin("钠（Na）离子")[0]
    '钠（Na）离子'
    >>> remove_ruby_pinyin("馬鞍(an)山(shan)，杏彩（xingcai)官网，中国(zhongguo)")[0]
    '馬鞍山，杏彩（xingcai)官网，中国'
    >>> text, edits, warnings = remove_ruby_pinyin("第三款(a)项")
    >>> text, edits, [w.excerpt for w in warnings]
    ('第三款(a)项', [], ['款(a)'])
    """
    edits, warnings = find_ruby(text)
    edits, warnings = _with_notations(text, edits, warnings)
    notes = _reading_notes(text)
    if notes:  # (its readings go with the block, not one by one)
        edits = sorted([e for e in edits if not any(a < e.end and e.start < b for a, b, _ in notes)]
                       + [Edit(RUBY_PINYIN, a, b, text[a:b], "", why) for a, b, why in notes], key=lambda e: (e.start, e.end))
    if not edits:
        return text, [], warnings
    return apply_edits(text, edits), edits, warnings


def _with_notations(text: str, edits: list[Edit], warnings: list[CleanWarning]) -> tuple[list[Edit], list[CleanWarning]]:
    """``edits`` with the readings and controls of reading aids and speech synthesisers
    (:func:`corpus_tools.clean.ruby_notations.notation_edits`: ``行[=hang2]``, ``<phoneme ph="hang2">行</phoneme>``,
    ``{{Ruby|管理|guǎn lǐ}}``): their notation names the reading, so they win where both read.

    >>> remove_ruby_pinyin("旅游行[=hang2]业，[p300]应当重[=zhong4]视，加强{{Ruby|管理|guǎn lǐ}}")[0]
    '旅游行业，应当重视，加强管理'
    """
    from corpus_tools.clean import ruby_notations

    notations, kept = ruby_notations.notation_edits(text)
    if notations:
        edits = _preferring(notations, edits)
        spans = [(e.start, e.end) for e in notations]
        warnings = [w for w in warnings if not any(a <= w.position < b for a, b in spans)]
    return edits, warnings + kept


def _reading_notes(text: str) -> list[tuple[int, int, str]]:
    """A study edition's reading notes, ``溥①`` in the text and ``【注音】①溥（pǔ）…`` at the page's end
    (:func:`corpus_tools.clean.editor_additions.reading_notes`): the block (with its line breaks) and
    each mark, ``(start, end, why)``.

    >>> t = "第一条 为了普惠①民生。\\n第二条 本办法自公布之日起施行。\\n\\n【注音】\\n①惠（huì）\\n"
    >>> remove_ruby_pinyin(t)[0]
    '第一条 为了普惠民生。\\n第二条 本办法自公布之日起施行。\\n'
    """
    from corpus_tools.clean.editor_additions import reading_notes
    from corpus_tools.clean.page_lines import merge_line_spans

    lines, marks = reading_notes(text)
    if not lines:
        return []
    block = [(a, b, "a study edition's reading notes") for a, b, _ in merge_line_spans(text, [(a, b, []) for a, b in lines])]
    return block + [(a, b, "a reading note's mark") for a, b in marks]


def find_residual_ruby(text: str) -> list[Edit]:
    """What :func:`remove_ruby_pinyin` would remove from ``text``: residual ruby
    (validation's ``no_ruby_pinyin`` check).

    >>> [e.before for e in find_residual_ruby("马鞍(an)山")], find_residual_ruby("（一）")
    (['(an)'], [])
    """
    return find_ruby(text)[0]
