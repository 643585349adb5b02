"""Traditional to Simplified, only where the text is Traditional.

Real damage undone: mirror sites republish mainland regulations converted to
Traditional characters, whole pages or single paragraphs (``工業互聯網`` for
``工业互联网``), often with slips the converter missed (``示范`` inside
``示範`` text).  The dataset is Simplified, so those spans go back through
OpenCC.  Running OpenCC ``t2s`` over text that is *already* Simplified is
damage of its own: ``t2s`` rewrites characters that are valid Simplified
(``二噁英`` becomes ``二𫫇英``, and ``坏``, ``乾``, ``於``, ``昇`` are rewritten
outside the phrases OpenCC knows).  So the rule first finds evidence, per
paragraph and, in paragraphs that mix both scripts, per sentence:

* :data:`TRADITIONAL_ONLY`: characters that OpenCC rewrites and that no clean
  Simplified text contains (``業``, ``聯``, ``說``);
* :data:`SIMPLIFIED_ONLY`: characters that ``s2t`` rewrites and that are not
  valid Traditional (``业``, ``联``, ``说``, but not ``后``, ``范``, ``里``,
  ``干``, ``于``, which Traditional text uses too);

and converts with OpenCC only the units whose evidence says Traditional.
The OpenCC variant (``t2s``, ``tw2s``, ``hk2s``) is chosen from the page's own
evidence: Hong Kong character forms (``説``, ``衞``, ``綫``), or Taiwan usage
(``著`` as the aspect particle where OpenCC's standard writes ``着``).

Clean Simplified text never reaches OpenCC: it holds no Traditional-only
character, and the rule returns at the first regex scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from collections import Counter
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import ne
from typing import TYPE_CHECKING, Iterator

import opencc
import regex

from corpus_tools import resources
from corpus_tools.clean import _gates
from corpus_tools.clean.alignment import opcodes
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.rules import TRADITIONAL_TO_SIMPLIFIED, RuleResult
from corpus_tools.clean.variant_forms import standardise
from corpus_tools.clean.word_breaks import convert_across_breaks
from corpus_tools.records import Edit
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

if TYPE_CHECKING:
    import numpy as np


# CJK Unified Ideographs: BMP block, extension A, extensions B to H.  The
# compatibility ideographs (U+F900, U+2F800 blocks) are left out on purpose:
# OpenCC normalises them, but they are no evidence of either script.
_CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DC0),
    (0x4E00, 0xA000),
    (0x20000, 0x2A6E0),
    (0x2A700, 0x2EBF0),
    (0x30000, 0x323B0),
)

#: Characters that OpenCC's ``t2s`` rewrites but that Simplified text legitimately
#: contains, so they are no evidence of Traditional text and may survive in the
#: output.  Each is kept by an OpenCC 1.4.2 ``TSPhrases`` phrase (the example
#: given), except two that OpenCC only lists as their own alternative or not at
#: all: ``夥`` ("many", ``获益甚夥``, in the 2013 Table of General Standard
#: Chinese Characters) and ``噁``, which Simplified chemistry keeps (``二噁英``
#: in a clean law; ``t2s`` turns it into ``二𫫇英``).  ``計`` is deliberately absent: OpenCC keeps it only
#: in a typo entry (``不可貲計``), and it is plainly Traditional.
KEPT_IN_SIMPLIFIED: dict[str, str] = {
    "乾": "乾坤", "剋": "剋架", "劄": "目劄", "吒": "哪吒", "夥": "获益甚夥",
    "徵": "宫商角徵羽", "扞": "扞格", "於": "於菟", "昇": "畢昇", "氾": "氾水",
    "濛": "八濛山", "祕": "胤祕", "脩": "束脩", "蒐": "春蒐", "薹": "蒜薹",
    "袷": "袷袢", "谿": "谿工", "釐": "祝釐", "陞": "楊聯陞", "麽": "幺麼",
    "噁": "二噁英",
}

#: Simplified characters that are also valid Traditional characters (``后`` in
#: ``皇后``, ``范`` the surname, ``里`` the length unit, ``干`` in ``干戈``):
#: OpenCC 1.4.2 ``STCharacters`` entries that list the character among its own
#: Traditional forms.  They are no evidence of Simplified text.
SIMPLIFIED_ALSO_TRADITIONAL: frozenset[str] = frozenset(
    "熏淀郁适雇采里辟荐胜苹虫跖腊腌范蚝蝎蜡膻准几凶厂厘划占台叶吁吃后帘岩岳党夸"
    "咨咸尸唇干广征确种筑皂挂涂涌杠杰极游据斗愿朴柜万丑丰伙于云亘仆价余佣㐹"
)

#: Standard Simplified characters that ``tw2s`` rewrites by Taiwan convention
#: (``著`` for the aspect particle, ``么`` for ``幺``): valid Simplified.
_TAIWAN_CONVENTION = frozenset("著么")

#: Hong Kong character forms (OpenCC ``HKVariants``) that are neither Simplified
#: nor the OpenCC/Taiwan standard form: evidence for ``hk2s``.
HONG_KONG_FORMS = frozenset("説閲鋭綫鈎衞敍枱粧糭衹")

#: Taiwan vocabulary (OpenCC ``TWPhrases``) that mainland text never uses:
#: evidence for ``tw2s`` alongside the particle ``著``.
TAIWAN_WORDS: tuple[str, ...] = (
    "臺灣", "軟體", "硬體", "資訊", "網路", "程式", "伺服器", "行政院", "立法院", "鄉鎮市",
)


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _convert(config: str, text: str) -> str:
    return _converter(config).convert(text)


def _char_table(config: str, chars: list[str]) -> dict[str, str]:
    """Convert each of ``chars`` on its own with ``config``; keep the changed ones."""
    out = _convert(config, "\n".join(chars)).split("\n")
    if len(out) != len(chars):  # pragma: no cover - OpenCC never merges lines
        raise RuntimeError(f"OpenCC {config} changed the line count")
    return {c: o for c, o in zip(chars, out) if o != c}


def _build_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Derive the evidence sets from OpenCC's own tables (~0.3 s, once per process)."""
    every = [chr(c) for a, b in _CJK_RANGES for c in range(a, b)]
    t2s, tw2s, hk2s = (_char_table(c, every) for c in ("t2s", "tw2s", "hk2s"))
    # Simplified characters live in the BMP; s2t is slow, so scan only there.
    s2t = _char_table("s2t", [c for c in every if ord(c) < 0x10000])
    rewritten = set(t2s) | (set(tw2s) | set(hk2s)) - _TAIWAN_CONVENTION
    # A character that some conversion produces is Simplified output (坏 from 壞).
    produced = {ch for table in (t2s, tw2s, hk2s) for out in table.values() for ch in out}
    simplified_forms = set(s2t)  # characters s2t rewrites are Simplified forms (坏 -> 壞)
    traditional = rewritten - produced - simplified_forms - set(KEPT_IN_SIMPLIFIED)
    candidates = sorted(simplified_forms - SIMPLIFIED_ALSO_TRADITIONAL - traditional)
    # Hong Kong and Taiwan standards keep some of them (温, 户, 税 in Hong Kong).
    regional = set(candidates) - set(_char_table("s2hk", candidates)).intersection(
        _char_table("s2tw", candidates)
    )
    simplified = set(candidates) - regional
    return frozenset(traditional), frozenset(simplified)


def _char_class(chars: frozenset[str]) -> str:
    """A regex character class for ``chars``, written as code point ranges."""
    ranges: list[list[int]] = []
    for code in sorted(map(ord, chars)):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)
    return f"[{body}]"


#: The sets as shipped (scripts/build_script_sets.py writes the file from
#: :func:`_build_sets`; a test checks that it matches the installed OpenCC).
SCRIPT_SETS_FILE = resources.path("script_sets.txt")
_SCRIPT_SETS_HEADER = "# Generated by scripts/build_script_sets.py from OpenCC's tables; do not edit.\n"


#: The Traditional conversions of mirror slips (:func:`_slip_table`), shipped in the same file.
_SLIP_CONFIGS = ("s2t", "s2tw", "s2hk")


def _build_slip_table(config: str, simplified: frozenset[str]) -> dict[str, str]:
    """Each of ``simplified`` to its one-character Traditional form under OpenCC ``config``
    (characters OpenCC keeps, or writes as more than one, are left out)."""
    return {c: t for c, t in _char_table(config, sorted(simplified)).items() if len(t) == 1}


def render_script_sets(traditional: frozenset[str], simplified: frozenset[str]) -> str:
    """The text of :data:`SCRIPT_SETS_FILE`: a header line, each set on one line, then for
    each of :data:`_SLIP_CONFIGS` the slip table of ``simplified`` as pairs of characters
    (Simplified, Traditional) on one line."""
    slips = ["".join(a + b for a, b in _build_slip_table(config, simplified).items()) for config in _SLIP_CONFIGS]
    return _SCRIPT_SETS_HEADER + "\n".join(["".join(sorted(traditional)), "".join(sorted(simplified)), *slips]) + "\n"


def _load_sets() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """The evidence sets from :data:`SCRIPT_SETS_FILE` (built once, offline), and the
    slip tables' lines by config; derived from OpenCC on the spot only when the file
    is missing (the generator's first run)."""
    if not SCRIPT_SETS_FILE.exists():
        return (*_build_sets(), {})
    lines = SCRIPT_SETS_FILE.read_text(encoding="utf-8").split("\n")
    return frozenset(lines[1]), frozenset(lines[2]), dict(zip(_SLIP_CONFIGS, lines[3:3 + len(_SLIP_CONFIGS)]))


TRADITIONAL_ONLY, SIMPLIFIED_ONLY, _SHIPPED_SLIPS = _load_sets()

#: The same class in the probe shared with the other rules (see _gates).
_TRADITIONAL_BIT = _gates.register("traditional_only", TRADITIONAL_ONLY)


def _in_simplified_charset(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


#: The Traditional-only characters that GB 2312, the national character set of Simplified text, encodes
#: (``榘``, ``麴``, ``捱``, ``菸``, ``醣``, ``摺``, ``拚``, ``後``): names and words Simplified text writes with them
#: (``韩复榘``, ``酒麴``), so one of them is no evidence that its line is Traditional.  Derived from the codec, not
#: listed: whatever OpenCC's table marks Traditional-only and GB 2312 encodes.  (The characters OpenCC itself
#: keeps, ``乾``, ``於``, are :data:`KEPT_IN_SIMPLIFIED` and no Traditional-only characters at all.)
SIMPLIFIED_CHARSET_VARIANTS: frozenset[str] = frozenset(filter(_in_simplified_charset, TRADITIONAL_ONLY))
#: The Traditional-only characters that are evidence of a Traditional unit (:class:`_Evidence`).
_TRADITIONAL_EVIDENCE = TRADITIONAL_ONLY - SIMPLIFIED_CHARSET_VARIANTS


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """TRADITIONAL_ONLY and SIMPLIFIED_ONLY as lookup tables over code points (built when
    numpy is first used here, see :func:`_gates.vectorised`): one vectorised probe of a
    page's UTF-32 code units (``take``) runs many times faster than a set scan."""
    import numpy as np

    traditional = np.zeros(0x110000, dtype=np.uint8)
    traditional[[ord(c) for c in TRADITIONAL_ONLY]] = 1
    simplified = np.zeros(0x110000, dtype=np.uint8)
    simplified[[ord(c) for c in SIMPLIFIED_ONLY]] = 1
    return traditional, simplified


@lru_cache(maxsize=1)
def _evidence_table() -> np.ndarray:
    """:data:`_TRADITIONAL_EVIDENCE` as a lookup table over code points (see :func:`_tables`)."""
    evidence = _tables()[0].copy()
    evidence[[ord(c) for c in SIMPLIFIED_CHARSET_VARIANTS]] = 0
    return evidence


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` (one UTF-32 unit per character, as ``str`` indexes)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _prefix_counts(table: np.ndarray, codes: np.ndarray) -> list[int]:
    """``out[i]``: how many of the first ``i`` code points ``table`` marks."""
    import numpy as np

    out = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(table.take(codes), out=out[1:])
    return out.tolist()


class _Evidence:
    """Prefix counts of the Traditional-only and Simplified-only characters of
    one text: the score of any span in O(1), where counting each paragraph,
    then each sentence of the mixed ones, rescanned the text character by
    character several times.

    >>> _Evidence("工業互联网").score(0, 5), _Evidence("工業互联网").score(2, 5)
    ((1, 2), (0, 2))

    With ``variants=False`` a Traditional-only character of the Simplified character set
    (:data:`SIMPLIFIED_CHARSET_VARIANTS`) counts for neither script (:func:`_page_evidence`): ``拚搏精神`` is no
    Traditional line (F26-A4).

    >>> _Evidence("拚搏精神").score(0, 4), _Evidence("拚搏精神", variants=False).score(0, 4)
    ((1, 0), (0, 0))
    >>> _Evidence("拚搏精神", variants=False).t == _Evidence("拚搏精神", variants=False, numpy=False).t
    True
    """

    __slots__ = ("t", "s")

    def __init__(self, text: str, *, variants: bool = True, numpy: bool = True) -> None:
        if numpy and _gates.vectorised(2 * len(text)) is not None:
            codes = _codes(text)
            self.t = _prefix_counts(_tables()[0] if variants else _evidence_table(), codes)
            self.s = _prefix_counts(_tables()[1], codes)
        else:  # the same counts without numpy (see _gates.vectorised)
            chars = TRADITIONAL_ONLY if variants else _TRADITIONAL_EVIDENCE
            self.t = list(accumulate(map(chars.__contains__, text), initial=0))
            self.s = list(accumulate(map(SIMPLIFIED_ONLY.__contains__, text), initial=0))

    def score(self, a: int, b: int) -> tuple[int, int]:
        """(Traditional-only, Simplified-only) counts of ``text[a:b]``."""
        t, s = self.t, self.s
        return t[b] - t[a], s[b] - s[a]


#: How many Traditional-only characters besides :data:`SIMPLIFIED_CHARSET_VARIANTS` show that a converter went
#: over a page (as many as make a mixed unit a converted one).
_CONVERTED_PAGE_MIN = 2


def _page_evidence(text: str) -> tuple[_Evidence, bool]:
    """The script evidence of ``text``, and whether its Simplified-charset variants are kept.

    Real damage undone (field test 26, F26-A4): t2s converted one variant in a Simplified line, ``韩复榘`` (a
    person's name) into ``韩复矩``, ``酒麴`` into ``酒曲``, ``拚搏`` into ``拼搏``.  Each of them is a character GB 2312,
    the Simplified character set, encodes (:data:`SIMPLIFIED_CHARSET_VARIANTS`).  **Evidence**: on a page holding
    fewer than :data:`_CONVERTED_PAGE_MIN` other Traditional-only characters no converter went over the page, and
    a variant is no evidence of Traditional text: it counts for neither script and stays in a unit that is not
    Traditional.  On a page a converter went over (clauses flipped to Traditional, ``之後`` in one of them) the
    variants are evidence as before, and convert.

    >>> [keep for _, keep in map(_page_evidence, ("韩复榘，", "韩复榘與部下", "之後，經過研究，處理"))]
    [True, True, False]
    """
    evidence = _Evidence(text)
    variants = sum(text.count(c) for c in SIMPLIFIED_CHARSET_VARIANTS)
    if not variants or evidence.t[-1] - variants >= _CONVERTED_PAGE_MIN:
        return evidence, False
    return _Evidence(text, variants=False), True


def _any_traditional_only(text: str) -> bool:
    """Whether ``text`` holds a Traditional-only character (vectorised).

    >>> _any_traditional_only("馬鞍山"), _any_traditional_only("马鞍山")
    (True, False)
    """
    if not text:
        return False
    np = _gates.vectorised(len(text))
    if np is None:
        return not TRADITIONAL_ONLY.isdisjoint(text)
    return bool(_tables()[0].take(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)).any())
#: Matches one character of :data:`TRADITIONAL_ONLY` (stdlib ``re``: the class
#: compiles in milliseconds, where ``regex`` takes 0.4 s).  For a yes/no answer
#: over whole texts prefer :func:`has_traditional_only` (a set scan, ~20x faster).
TRADITIONAL_ONLY_RE = lazy_re(_char_class(TRADITIONAL_ONLY))
_TRADITIONAL_RUN_RE = lazy_re(TRADITIONAL_ONLY_RE.pattern + "+")

_PARAGRAPH_RE = lazy_regex(r"[^\n]+")
# A sentence ends after its stop (full-width or ASCII) and any closing quote.
_SENTENCE_RE = lazy_regex(r"[^。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|$)")

# Unit classes (``foreign``: a line in Japanese or Korean, see :func:`foreign_lines`).
_NEUTRAL, _SIMPLIFIED, _TRADITIONAL, _MIXED, _FOREIGN = "neutral", "simplified", "traditional", "mixed", "foreign"
# How strongly one script must dominate a unit to convert it whole: mirror slips
# (示范 in 示範 text) leave a few Simplified-only characters in Traditional text.
_DOMINANCE = 4
_PAGE_DOMINANCE = 2
# Traditional-only characters that make a mixed unit convert whole (slips filled in).
_MIXED_MIN_TRADITIONAL = 2
# Share of the evidence that Traditional units must hold for a Traditional page.
_TRADITIONAL_SHARE = 0.9


#: Kana: hiragana U+3041-3096 and katakana U+30A1-30FA; not the middle dot ``・`` (U+30FB) nor
#: the prolonged sound mark ``ー`` (U+30FC), which Chinese pages use as a name separator and a dash.
_KANA_CLASS = "\u3041-\u3096\u30a1-\u30fa"
#: Hangul syllables: no Chinese codec writes them (GBK and Big5 have none), so no misreading shows them.
_HANGUL_CLASS = "\uac00-\ud7a3"
_KANA_OR_HANGUL_RE = lazy_re(f"[{_KANA_CLASS}{_HANGUL_CLASS}]")
_HANGUL_RE = lazy_re(f"[{_HANGUL_CLASS}]")
#: Japanese grammar written in hiragana (verb endings, particles, pronouns): a Japanese
#: sentence of any length holds some.  Kana that a misreading shows do not make them: a
#: Big5 character read as GBK gives one kana at a time, among rare characters (``中月``
#: for ``いる``, ``仇及`` for ``この``: no Chinese words), and UTF-8 read as GBK never two kana
#: in a row (a UTF-8 continuation byte never leads a character).
JAPANESE_WORDS: tuple[str, ...] = tuple(
    "する した して され させ ている ました ます です ない った れた れる られ ある あり いる いた "
    "この その これ それ から まで など という として により による について において ため こと "
    "もの には では とは への での との おり よう だろう なっ なる".split()
)
_JAPANESE_WORD_RE = lazy_re("|".join(JAPANESE_WORDS))


#: On a Japanese page, a line without kana this short (a menu item, a caption) between Japanese lines is Japanese.
_SHORT_FOREIGN_LINE = 24
#: Japanese character forms (shinjitai) that neither GB 2312 nor Big5 holds (``関``, ``発``, ``雑``):
#: on a Japanese page, a line without kana that writes one (a menu's ``政府関連文献``) is Japanese too.
JAPANESE_ONLY_FORMS = frozenset(
    "関発対雑続読売転県営図広団歩戦悪拡権処検険験気帰楽薬鉄価駅円両黒経総様恵徳聴専仏実観覧乗剤蔵穏隠桜沢滝"
    "絵撃圧闘亜悩齢醸壊懐拝単巣児塩猟獣縄縁鶏髄囲隣拠挙効娯厳抜択渋渓摂窓粋砕荘焼畳嬢譲浄剰縦軽継鋭謡揺"
)


def foreign_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text`` written in Japanese or Korean.

    Real damage avoided: a Japanese page (people.cn's Japanese edition, kana in every
    sentence) went through ``t2s`` as if its kanji were Traditional Chinese
    (``条約締結`` -> ``条约缔结``, ``関係`` -> ``関系``, field test 8) and drew Big5/GBK warnings.
    A line is Japanese when it holds Japanese grammar (:data:`JAPANESE_WORDS`), Korean when
    it holds two hangul syllables; on a page where such lines are half at least of the
    lines holding kana or hangul, or hold half its kana, every line holding them is (a headline
    ``…が東京で開催`` has particles but no word of the list, a menu ``お問い合わせ`` neither), and
    so is a line without kana that writes a Japanese-only form (:data:`JAPANESE_ONLY_FORMS`), and
    short lines without kana between Japanese lines (a menu's ``理論動向``).
    A Chinese page with a stray kana (OCR's ``ロ`` for ``口``) or a misreading's kana keeps its
    lines.

    >>> t = "条約締結45周年記念集会が東京で開催\\n集会には日本の友好関係者が参加した。\\n第一條 為規範管理"
    >>> [t[a:b] for a, b in foreign_lines(t)]
    ['条約締結45周年記念集会が東京で開催', '集会には日本の友好関係者が参加した。']
    >>> foreign_lines("ビ叫莱讽恶糶ビ叫ㄣΤ闽靡ゅン\\n阿卜杜勒・卡德尔")
    []
    """
    if not _KANA_OR_HANGUL_RE.search(text):
        return []
    # each non-blank line: (start, end, kind): "grammar", "kana" (kana or hangul, no grammar),
    # "forms" (no kana, a Japanese-only form: ``政府関連文献``), "short" (neither, a menu's length), None
    lines: list[tuple[int, int, str | None]] = []
    kana = kana_in_grammar = 0
    for m in _PARAGRAPH_RE.finditer(text):
        line = m.group()
        count = len(_KANA_OR_HANGUL_RE.findall(line))
        if count:
            grammar = _JAPANESE_WORD_RE.search(line) is not None or len(_HANGUL_RE.findall(line)) >= 2
            lines.append((m.start(), m.end(), "grammar" if grammar else "kana"))
            kana += count
            kana_in_grammar += count if grammar else 0
        elif line.isspace():
            continue
        elif not JAPANESE_ONLY_FORMS.isdisjoint(line):
            lines.append((m.start(), m.end(), "forms"))
        else:
            lines.append((m.start(), m.end(), "short" if len(line.strip()) <= _SHORT_FOREIGN_LINE else None))
    written = sum(kind == "grammar" for _, _, kind in lines)
    with_kana = sum(kind in ("grammar", "kana") for _, _, kind in lines)
    # the page is Japanese (or Korean) when such lines are half of those holding kana, or hold half its kana
    if not written or 2 * written < with_kana and 2 * kana_in_grammar < kana:
        return [(a, b) for a, b, kind in lines if kind == "grammar"]
    foreign = [kind in ("grammar", "kana", "forms") for _, _, kind in lines]
    # short lines between foreign ones (a menu's ``理論動向``, ``影像資料``) are foreign too
    k = 0
    while k < len(lines):
        if foreign[k] or lines[k][2] != "short":
            k += 1
            continue
        end = k
        while end < len(lines) and not foreign[end] and lines[end][2] == "short":
            end += 1
        if k > 0 and foreign[k - 1] and end < len(lines) and foreign[end]:
            foreign[k:end] = [True] * (end - k)
        k = end
    return [(a, b) for (a, b, _), is_foreign in zip(lines, foreign) if is_foreign]


#: The page scripts of a page that is no Chinese text (:func:`page_language`): the ``script`` of its
#: documents, which nothing converts and the ``no_traditional_char`` check does not read.
FOREIGN_SCRIPTS: tuple[str, ...] = ("japanese", "korean")
_KANA_RE = lazy_re(f"[{_KANA_CLASS}]")


def page_language(text: str) -> str | None:
    """``japanese`` or ``korean`` when the lines of ``text`` written in that language
    (:func:`foreign_lines`) hold half of its characters or more (spaces not counted), else None.

    Real damage avoided: people.cn's Japanese edition (field test 8, magic-html 452b8128babdcbc5.html)
    is no Chinese page: its title went through ``t2s`` on its own (``条約締結…記念集会が東京で開催`` ->
    ``条约缔结…记念集会が东京で开催``), so did its credit line (``人民網日本語版``), and its kanji drew the
    ``no_traditional_char`` finding.  A Chinese page that quotes a Japanese line is Chinese.

    >>> page_language("条約締結45周年記念集会が東京で開催\\n集会には日本の友好関係者が参加した。\\n「人民網日本語版」")
    'japanese'
    >>> page_language("第一条 为了规范管理，制定本条例。\\n月が綺麗ですね、とでもしておきなさい。\\n第二条 本条例适用于本市。") is None
    True
    """
    lines = foreign_lines(text)
    if not lines:
        return None
    foreign = "".join("".join(text[a:b].split()) for a, b in lines)
    if 2 * len(foreign) < len("".join(text.split())):
        return None
    return "korean" if len(_HANGUL_RE.findall(foreign)) > len(_KANA_RE.findall(foreign)) else "japanese"


@lru_cache(maxsize=None)
def written_in_simplified_text() -> frozenset[str]:
    """The Traditional-only characters whose Simplified form OpenCC writes outside the BMP
    (``鱀`` -> U+2CDA8, ``頔`` -> U+2CC56): the forms were encoded late (2013's table of standard
    characters), GBK has none of them, so Simplified text writes the older form.  The official 长江保护法
    names ``白鱀豚`` (waystowork.github.io's copy, field test 6), a people.cn editor is ``王頔`` (magic-html
    14b709df543c9c22.html): neither is Traditional text.  (Built once, on first use, from OpenCC.)

    >>> sorted(set("鱀頔") & written_in_simplified_text()), "國" in written_in_simplified_text()
    (['頔', '鱀'], False)
    """
    table = _char_table("t2s", sorted(TRADITIONAL_ONLY))
    return frozenset(c for c, simplified in table.items() if any(ord(x) > 0xFFFF for x in simplified))


def residual_traditional(text: str) -> Iterator["re.Match[str]"]:
    """The Traditional-only characters of ``text`` (:data:`TRADITIONAL_ONLY_RE`) outside its lines written
    in Japanese or Korean (:func:`foreign_lines`), but those Simplified text writes too
    (:func:`written_in_simplified_text`): the ``no_traditional_char`` check's detector.  A Japanese
    line quoted on a Chinese page (``小説家・夏目漱石が英語教師をしていたとき``, magic-html 5c427eeeb30fce80.html)
    writes its kanji as Japanese does.

    >>> [m.group() for m in residual_traditional("小説家・夏目漱石が英語教師をしていたとき\\n這是中文。")]
    ['這']
    >>> [m.group() for m in residual_traditional("长江流域江豚、白鱀豚、白鲟、中华鲟")]
    []

    Nor a character the cleaner keeps on purpose on a Simplified page (:func:`_written_on_purpose`, the test
    :func:`_isolated_edits` asks of the same run): a name's registered writing in parentheses, a quoted place
    name, a certificate number (field test 18, F18-A5: kept by the cleaner, then flagged by this check).  A slip
    in running text, an organ's document number or a defined term is still found (R18-F8).

    >>> [m.group() for m in residual_traditional("被告平x4(啟)签名，经侦査查明，鑫森林场“黄枝崙”山场（國发〔2004〕2号）")]
    ['査', '國']

    Nor a character of the Simplified character set the cleaner keeps in a Simplified unit
    (:data:`SIMPLIFIED_CHARSET_VARIANTS`: ``韩复榘``, F26-A4).

    >>> [m.group() for m in residual_traditional("山东省主席韩复榘")]
    []
    """
    foreign = foreign_lines(text) if _KANA_OR_HANGUL_RE.search(text) else []
    k = 0
    older_forms = written_in_simplified_text()
    run_end, on_purpose = -1, False
    for match in TRADITIONAL_ONLY_RE.finditer(text):
        if match.start() >= run_end:  # the first character of the next run of Traditional-only characters
            run = _TRADITIONAL_RUN_RE.match(text, match.start())
            run_end, on_purpose = run.end(), _written_on_purpose(text, run.start(), run.end())
        if on_purpose or match.group() in older_forms or match.group() in SIMPLIFIED_CHARSET_VARIANTS:
            continue
        while k < len(foreign) and foreign[k][1] <= match.start():
            k += 1
        if k < len(foreign) and foreign[k][0] <= match.start():
            continue
        yield match


def has_traditional_only(text: str) -> bool:
    """Whether ``text`` holds any Traditional-only character (fast: ~70 MB/s).

    A set scan in C; the compiled :data:`TRADITIONAL_ONLY_RE` is some 40 times
    slower over whole texts, so use this (or :func:`traditional_only_chars`)
    for whole-corpus checks.

    >>> has_traditional_only("第一条 为了促进发展"), has_traditional_only("促進")
    (False, True)
    """
    return _any_traditional_only(text)


def traditional_only_chars(text: str) -> list[str]:
    """The Traditional-only characters of ``text``, in order (for residual checks).

    >>> traditional_only_chars("工業互聯网，坏了，乾坤，二噁英")
    ['業', '聯']

    A character of the Simplified character set that a Simplified unit keeps (:data:`SIMPLIFIED_CHARSET_VARIANTS`,
    ``韩复榘``) is no residue, as for :func:`residual_traditional`.

    >>> traditional_only_chars("山东省主席韩复榘與部下")
    ['與']
    """
    if not _any_traditional_only(text):
        return []
    return [c for c in text if c in _TRADITIONAL_EVIDENCE]


def _classify(t: int, s: int, dominance: int) -> str:
    """Class of a unit with ``t`` Traditional-only and ``s`` Simplified-only characters.

    Traditional needs ``t >= dominance * s``: 4 on a page that is not itself
    clearly Traditional, a bare majority on one that is (mirror slips such as
    ``处於`` leave Simplified characters in short Traditional lines).
    """
    if t == 0:
        return _SIMPLIFIED if s else _NEUTRAL
    if t > s and t >= dominance * s:
        return _TRADITIONAL
    if s >= _DOMINANCE * t:
        return _SIMPLIFIED
    return _MIXED


def _fill_neutral(classes: list[str]) -> list[str]:
    """A unit without evidence takes its neighbours' script when they agree.

    A neutral unit between two Traditional units (or at the edge next to one)
    is Traditional: its ambiguous characters (``乾燥``, ``於``) read as such.
    """
    out = list(classes)
    nxt: list[str | None] = [None] * len(classes)
    following = None
    for i in range(len(classes) - 1, -1, -1):
        nxt[i] = following
        if classes[i] != _NEUTRAL:
            following = classes[i]
    prev = None
    for i, c in enumerate(classes):
        if c != _NEUTRAL:
            prev = c
            continue
        before, after = prev or nxt[i], nxt[i] or prev
        if before == _TRADITIONAL and after == _TRADITIONAL:
            out[i] = _TRADITIONAL
    return out


def _units(text: str, pattern: "regex.Pattern[str]") -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


#: What closes a paragraph's last line (a sentence's end, a lead-in's colon, before any closing quote or bracket): a
#: line ending on anything else was cut by a wrap and goes on in the next line.
_PARAGRAPH_CLOSE = "。！？；：!?;:"


def _closes_paragraph(line: str) -> bool:
    """
    >>> _closes_paragraph("制定本规定。”　"), _closes_paragraph("向社会公")
    (True, False)
    """
    return line.rstrip(" \t\u3000").rstrip("”’」』）)")[-1:] in tuple(_PARAGRAPH_CLOSE)


def _wrapped_paragraph_classes(text: str, lines: list[tuple[int, int]], classes: list[str], score, dominance: int) -> list[str]:
    """``classes`` with a mixed line that a wrap cut out of a Traditional paragraph classed Traditional.

    Real damage (mixed18: a mirror converted the page with slips, ``script_s2t_slips``, and it was then copied out
    of a PDF or an OCR, ``layout_blind3_ocr_edges``): a line is this rule's unit, and a short line a wrap cut out of a
    paragraph can hold as many slips as converted characters (``開徵求意见的期限一般不少於三十日。``: 開 against 见).
    Read alone it is mixed, whose sentences keep their ambiguous characters (徵, 於); read with the lines it was
    wrapped from, the paragraph is plainly Traditional and converts whole, as it does when no wrap cut it.
    **Evidence**: the line is mixed; it and its neighbours are one paragraph cut by wraps (each line but the last
    ends on no sentence end or colon, no blank line between); that paragraph's own evidence classes it Traditional.
    Never a Simplified or neutral line, nor a line of another paragraph.

    >>> t = "向社会公開徵求意見，並建立健全意見採納情況反饋機制。向社会公\\n開徵求意见的期限一般不少於三十日。"
    >>> lines = _units(t, _PARAGRAPH_RE)
    >>> _wrapped_paragraph_classes(t, lines, [_TRADITIONAL, _MIXED], _Evidence(t).score, 1)
    ['traditional', 'traditional']
    >>> u = t.replace("公\\n", "公。\\n")  # (a sentence's end before the break: two paragraphs, each read alone)
    >>> _wrapped_paragraph_classes(u, _units(u, _PARAGRAPH_RE), [_TRADITIONAL, _MIXED], _Evidence(u).score, 1)
    ['traditional', 'mixed']
    """
    if _MIXED not in classes:
        return classes
    out = list(classes)
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and lines[i][0] == lines[i - 1][1] + 1 and not _closes_paragraph(text[lines[i - 1][0] : lines[i - 1][1]]):
            continue  # (line i goes on line i - 1's paragraph: one newline, no sentence's end before it)
        group = range(start, i)
        if len(group) > 1 and any(out[k] == _MIXED for k in group) and _FOREIGN not in (out[k] for k in group):
            t = s = 0
            for k in group:
                kt, ks = score(*lines[k])
                t, s = t + kt, s + ks
            if _classify(t, s, dominance) == _TRADITIONAL:
                for k in group:
                    if out[k] == _MIXED:
                        out[k] = _TRADITIONAL
        start = i
    return out


def _plan(text: str, evidence: _Evidence | None = None) -> list[tuple[int, int, str]]:
    """Spans of ``text`` with their script class (paragraphs, or sentences in mixed ones)."""
    if evidence is None:
        evidence = _page_evidence(text)[0]
    from corpus_tools.clean.mojibake import lost_lines  # (mojibake imports this module)

    score = evidence.score
    # Lines that are no Chinese text: Japanese or Korean, or noise a decoder could not read
    # (field test 8: a lossy Big5 page's garbage ``餧`` went through t2s).
    foreign = sorted(set(foreign_lines(text)).union(lost_lines(text)))
    t, s = score(0, len(text))
    for a, b in foreign:  # their characters are no evidence of either script
        ft, fs = score(a, b)
        t, s = t - ft, s - fs
    # A page whose evidence is mostly Traditional (mirror slips leave up to a
    # third Simplified characters) classes its units by a bare majority.
    dominance = 1 if t >= _PAGE_DOMINANCE * s else _DOMINANCE
    paragraphs = _units(text, _PARAGRAPH_RE)
    foreign_starts = {a for a, _ in foreign}
    classes = _wrapped_paragraph_classes(
        text, paragraphs,
        [_FOREIGN if a in foreign_starts else _classify(*score(a, b), dominance) for a, b in paragraphs],
        score, dominance,
    )
    classes = _fill_neutral(classes)
    plan: list[tuple[int, int, str]] = []
    for (a, b), cls in zip(paragraphs, classes):
        if cls == _FOREIGN:
            plan.append((a, b, cls))
            continue
        # A Simplified paragraph with Traditional-only characters may hold a
        # converted sentence (``…的决议；撤銷市人民政府關於預算…``): look per sentence.
        if cls != _MIXED and not (cls == _SIMPLIFIED and score(a, b)[0]):
            plan.append((a, b, cls))
            continue
        sentences = [(a + x, a + y) for x, y in _units(text[a:b], _SENTENCE_RE)]
        sub = _fill_neutral([_classify(*score(x, y), dominance) for x, y in sentences])
        plan.extend((x, y, c) for (x, y), c in zip(sentences, sub))
    return plan


def detect_script(text: str) -> str:
    """Source script of a page or document: ``simplified``, ``traditional`` or ``mixed``, or the
    language of a page that is no Chinese text (:func:`page_language`: ``japanese``, ``korean``).

    Call it on the text *before* :func:`convert_traditional`.  A page is
    Traditional when the paragraphs (or sentences) classed Traditional hold at
    least 90% of the script evidence (mirror slips leave a few lines that look
    Simplified), mixed when some Traditional unit exists below that share,
    Simplified otherwise (an isolated Traditional-only character in a
    Simplified sentence does not count).

    >>> detect_script("第一条 为了促进工业互联网发展，制定本条例。")
    'simplified'
    >>> detect_script("為了促進工業互聯網發展,制定本條例。")
    'traditional'
    >>> detect_script("為了促進工業互聯網發展。\\n第二条 本条例适用于本市行政区域。")
    'mixed'
    """
    language = page_language(text)
    if language:
        return language
    if not _any_traditional_only(text):
        return "simplified"
    counts = _page_evidence(text)[0]
    traditional = evidence = 0
    for a, b, cls in _plan(text, counts):
        if cls == _FOREIGN:
            continue
        t, s = counts.score(a, b)
        evidence += t + s
        if cls == _TRADITIONAL:
            traditional += t + s
    if traditional == 0:
        return "simplified"
    return "traditional" if traditional >= _TRADITIONAL_SHARE * evidence else "mixed"


#: Institutions and phrases of mainland law that a text written in Taiwan never holds (both
#: scripts): a page that holds them and Taiwan phrasing (``資訊``, ``軟體``, ``登出``) is a
#: mainland text a mirror converted with Taiwan phrases (OpenCC ``s2twp``).
MAINLAND_MARKERS: tuple[str, ...] = (
    "人民代表大会", "人民代表大會", "人民政府", "常务委员会", "常務委員會", "国务院", "國務院",
    "中华人民共和国", "中華人民共和國", "县级以上", "縣級以上", "自治区", "自治區",
)
#: What only a text written in Taiwan holds: the state's name and its branches of government.
TAIWAN_MARKERS: tuple[str, ...] = ("中華民國", "中华民国", "行政院", "立法院", "司法院", "考試院", "監察院")


def choose_variant(text: str) -> str:
    """Pick the OpenCC config for Traditional ``text`` from its own evidence.

    ``hk2s`` for Hong Kong forms (``説``, ``衞``); ``tw2s`` for Taiwan
    vocabulary or ``著`` used as the particle with no ``着`` anywhere (OpenCC's
    standard Traditional writes ``着``, so ``t2s`` would leave ``隨著``);
    ``tw2sp`` when that Taiwan text is a mainland text a mirror converted with Taiwan
    phrases (:func:`_taiwan_phrased_mainland`); ``t2s`` otherwise.

    >>> choose_variant("工業互聯網發展")
    't2s'
    >>> choose_variant("隨著資訊科技發展")
    'tw2s'
    >>> choose_variant("保安局局長説明")
    'hk2s'
    >>> choose_variant("縣級以上人民政府應當公開相關資訊，督促單位辦理登出手續")
    'tw2sp'
    """
    hk = sum(text.count(c) for c in HONG_KONG_FORMS)
    tw = sum(text.count(w) for w in TAIWAN_WORDS)
    if "著" in text and "着" not in text:
        unmarked = _keep_zhu(text)[0]  # a zhù 著 (土著, 著有) is no Taiwan particle
        tw += _count_differences(_convert("t2s", unmarked), _convert("tw2s", unmarked))
    if hk > tw:
        return "hk2s"
    if _taiwan_phrased_mainland(text):
        return "tw2sp"
    return "tw2s" if tw else "t2s"


def _taiwan_phrased_mainland(text: str) -> bool:
    """Whether Traditional ``text`` is a mainland text converted with Taiwan phrases.

    Evidence: Taiwan phrases that OpenCC's own phrase table maps back to a mainland word
    that law text makes likelier (:func:`_mainland_phrasing` changes something:
    ``資訊``/``信息``, ``專案``/``项目``; not ``執行``, which plain conversion writes too) in a
    text that names mainland institutions (:data:`MAINLAND_MARKERS`) more often than
    Taiwan's (:data:`TAIWAN_MARKERS`).  A text written in Taiwan keeps its own words.

    Evidence against: mainland phrases that ``s2twp`` would have rewritten still in the
    text (``信息`` written 信息, not 資訊).  Many Taiwan phrases are mainland words too
    (``智慧``, ``即時``, ``檔案``), so a page converted with ``s2t`` holds some; it holds the
    mainland's own phrases as well, which a ``s2twp`` page never does.  Taiwan phrasing
    counts only when two different phrases at least are rewritten and they outnumber the mainland ones left more than twice (on
    192 clean laws converted each way: ``s2twp`` pages 191 phrased, ``s2t``/``s2tw``/``s2hk``
    pages 1 each; without this test 1,405 of 1,911 ``s2t`` pages read as phrased and
    智慧 became 智能, 即时 实时, 档案 文件).

    >>> _taiwan_phrased_mainland("市人民政府應當公開相關資訊和專案"), _taiwan_phrased_mainland("行政院應當公開相關資訊和專案")
    (True, False)
    >>> _taiwan_phrased_mainland("市人民政府批准後執行")
    False
    >>> _taiwan_phrased_mainland("市人民政府推進智慧城市建設，實現信息共享")
    False
    """
    mainland = sum(text.count(w) for w in MAINLAND_MARKERS)
    if mainland <= sum(text.count(w) for w in TAIWAN_MARKERS):
        return False
    plain = _convert("tw2s", text)
    phrased = _mainland_phrasing(text, plain)
    if plain == phrased:
        return False
    taiwan = _differing_segments(plain, phrased)
    left = _differing_segments(_convert("s2tw", plain), _convert("s2twp", plain))
    return len(taiwan) >= 2 and sum(taiwan.values()) > 2 * sum(left.values())


def _differing_segments(x: str, y: str) -> Counter:
    """The places two texts of as many lines differ in (line by line): how often each
    segment of ``y`` stands where ``x`` has another.

    >>> sorted(_differing_segments("应当公开信息\\n项目和信息", "应当公开资讯\\n专案和资讯").items())
    [('专案', 1), ('资讯', 2)]
    """
    found: Counter = Counter()
    for a, b in zip(x.split("\n"), y.split("\n")):
        if a != b:
            for tag, _, _, j1, j2 in opcodes(a, b):
                if tag != "equal":
                    found[b[j1:j2]] += 1
    return found


def _count_differences(x: str, y: str) -> int:
    """How many positions ``i < min(len(x), len(y))`` hold different characters
    (``sum(1 for a, b in zip(x, y) if a != b)``, vectorised).

    >>> _count_differences("随著发展", "随着发展了")
    1
    """
    n = min(len(x), len(y))
    np = _gates.vectorised(2 * n)
    if np is None:
        return sum(map(ne, x, y))
    return int(np.count_nonzero(_codes(x)[:n] != _codes(y)[:n]))


def _equal_length_runs(before: str, after: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the maximal runs where two equal-length texts differ
    (vectorised: one comparison of their code points)."""
    np = _gates.vectorised(2 * len(before))
    if np is None:  # the same runs without numpy (see _gates.vectorised)
        runs: list[tuple[int, int]] = []
        start = end = -1
        for i in compress(count(), map(ne, before, after)):
            if i != end:
                if end >= 0:
                    runs.append((start, end))
                start = i
            end = i + 1
        if end >= 0:
            runs.append((start, end))
        return runs
    differ = np.flatnonzero(_codes(before) != _codes(after))
    if not differ.size:
        return []
    breaks = np.flatnonzero(np.diff(differ) != 1)
    starts = [int(differ[0])] + (differ[breaks + 1]).tolist()
    ends = (differ[breaks] + 1).tolist() + [int(differ[-1]) + 1]
    return list(zip(starts, ends))


def _diff_runs(before: str, after: str) -> Iterator[tuple[int, int, str]]:
    """Runs ``(start, end, replacement)`` where ``after`` differs from ``before``."""
    if len(before) == len(after):
        yield from ((i, j, after[i:j]) for i, j in _equal_length_runs(before, after))
        return
    for tag, i1, i2, j1, j2 in opcodes(before, after):
        if tag != "equal":
            yield i1, i2, after[j1:j2]


#: Words in which 著 reads zhù ("write", "notable") and that Simplified text writes with 著:
#: OpenCC's ``tw2s`` reads 著 as the aspect particle (着) outside the few it knows
#: (``土著`` -> ``土着``, ``著有`` -> ``着有``, ``卓著`` -> ``卓着``).  Ending in 著: the
#: character before binds it; starting with 著: only when the character before does not
#: make it a particle (``隨著有關`` is 随着有关).  Both scripts are listed (mirror slips).
ZHU_WORDS_ENDING = frozenset(
    "土著 顯著 显著 卓著 昭著 名著 論著 论著 編著 编著 原著 專著 专著 巨著 鉅著 遺著 遗著 譯著 译著 合著 新著 拙著 "
    "撰著 彰著 大著 較著 较著 頗著 颇著 素著 宏著 力著 "
    # (the honours of Taiwan's 陸海空軍勳賞條例: ``特著忠勇戰功``, ``功績懋著``, ``夙著勳勞``: field test 24, F24-A3)
    "特著 懋著 夙著 "
    # (a cited work's author: ``參閱王澤鑑所著之民法總則``, Taiwan's 憲法法庭 judgments: field test 25, F25-A4)
    "所著".split()
)
ZHU_WORDS_STARTING = frozenset("著作 著名 著有 著稱 著称 著述 著錄 著录 著者 著書 著书 著文 著論 著论 著成 著說 著说 著聞 著闻 著明".split())
#: Characters before 著 that make it the particle or zhuó (隨著, 沿著, 意味著, 存在著, 面對著…).
PARTICLE_BEFORE_ZHU = frozenset(
    "隨随沿味本有為为向朝對对接跟帶带憑凭靠藉借依照順顺拿等試试在看聽听坐站躺穿戴掛挂放擺摆留抱握盯忙笑守護护持"
    "維维伴陪含睡想說说寫写做唱走跑跳扶推拉閃闪亮響响開开關关掩鎖锁空懷怀揣攜携滿满臨临擔担揮挥行起定表示現现映"
    "係系約约負负受記记管急緊紧衣沉執执穿"
)
#: Characters that end a verb 著 follows as the aspect particle: those of
#: :data:`PARTICLE_BEFORE_ZHU`, and the last characters of 象徵著/象征著, 標誌著/标志着.
ASPECT_VERB_END = PARTICLE_BEFORE_ZHU | frozenset("徵征誌志")


def _aspect_particles(text: str) -> list[int]:
    """Positions of 著 that are plainly the aspect particle (着 in Simplified): after a verb
    (:data:`ASPECT_VERB_END`), in no zhù word on either side (``显著``, ``著作``, ``著名``, ``著录``).

    >>> t = "五颗星象征著香港同胞，随著2017年，显著提高，在著作权法，沿著名山，有著录"
    >>> [t[i - 2 : i + 2] for i in _aspect_particles(t)]
    ['象征著香', '，随著2']
    """
    found = []
    at = text.find("著")
    while at >= 0:
        if (at and text[at - 1] in ASPECT_VERB_END and text[at - 1 : at + 1] not in ZHU_WORDS_ENDING
                and text[at : at + 2] not in ZHU_WORDS_STARTING):
            found.append(at)
        at = text.find("著", at + 1)
    return found


def _particles_to_simplified(text: str) -> str:
    """``text`` (converted by ``t2s`` or ``hk2s``) with the aspect particle 著 written 着.

    OpenCC's standard Traditional (and Hong Kong's) writes the particle 着, so ``t2s`` keeps
    every 著 as the zhù of ``著作``; a page that writes the particle 著 in some places and 着 in
    others (the Basic Law's Traditional edition: ``象徵著香港同胞``, ``隨著2017年`` beside
    ``沿着``) kept those 著 (field test 7, samiux.github.io).  Only a 著 right after a verb
    changes (:func:`_aspect_particles`).

    >>> _particles_to_simplified("象征著香港同胞，显著提高，著作权")
    '象征着香港同胞，显著提高，著作权'
    """
    found = _aspect_particles(text)
    if not found:
        return text
    chars = list(text)
    for at in found:
        chars[at] = "着"
    return "".join(chars)


#: Stands for a protected character while OpenCC converts (a noncharacter: never text).
_KEEP_MARK = "\ufdd0"


def _zhu_positions(text: str) -> list[int]:
    """Positions of 著 that read zhù and must stay 著 (see :data:`ZHU_WORDS_ENDING`).

    >>> t = "土著人民著有成績，隨著有關規定，他著有專著"
    >>> [t[i - 1 : i + 2] for i in _zhu_positions(t)]
    ['土著人', '民著有', '他著有', '專著']
    """
    found = []
    at = text.find("著")
    while at >= 0:
        before = text[at - 1 : at + 1] if at else ""
        after = text[at : at + 2]
        if before in ZHU_WORDS_ENDING or after in ZHU_WORDS_STARTING and text[at - 1 : at] not in PARTICLE_BEFORE_ZHU:
            found.append(at)
        at = text.find("著", at + 1)
    return found


def _keep_zhu(text: str) -> tuple[str, list[int]]:
    """``text`` with its zhù 著 replaced by :data:`_KEEP_MARK` (none when the mark occurs)."""
    if "著" not in text or _KEEP_MARK in text:
        return text, []
    found = _zhu_positions(text)
    if not found:
        return text, []
    chars = list(text)
    for at in found:
        chars[at] = _KEEP_MARK
    return "".join(chars), found


def _to_simplified(config: str, text: str) -> str:
    """Convert with ``config``; regional forms it leaves (``衞`` under ``t2s``) go
    through the other regional configs, so no Traditional-only character remains.

    A 著 that reads zhù stays 著 (:func:`_zhu_positions`): OpenCC's ``tw2s`` turns
    every 著 it has no phrase for into the particle 着.

    >>> _to_simplified("tw2s", "土著人民著有成績，隨著發展")
    '土著人民著有成绩，随着发展'

    Under ``t2s``/``hk2s``, which keep 著, a 著 right after a verb is the particle 着
    (:func:`_particles_to_simplified`).

    >>> _to_simplified("t2s", "象徵著香港同胞，顯著提高，著作權")
    '象征着香港同胞，显著提高，著作权'
    """
    text, kept = _keep_zhu(text)
    out = _convert(config, text) if config != "tw2sp" else _mainland_phrasing(text)
    if kept:
        out = out.replace(_KEEP_MARK, "著")
    if config in ("t2s", "hk2s") and "著" in out:
        out = _particles_to_simplified(out)
    if not _any_traditional_only(out):
        return out
    for other in ("hk2s", "tw2s", "t2s"):
        if other != config:
            out = _TRADITIONAL_RUN_RE.sub(lambda m: _convert(other, m.group()), out)
    return out


def _mainland_phrasing(text: str, plain: str | None = None) -> str:
    """Taiwan-phrased ``text`` to Simplified, each Taiwan phrase back to the mainland word
    only where law text makes that word likelier.

    OpenCC's ``tw2sp`` maps every Taiwan phrase it knows back to one mainland word, but
    ``s2twp`` made some of them from several: ``執行`` is what both ``执行`` and ``运行``
    become, ``建立`` both ``建立`` and ``创建``; ``tw2sp`` then writes ``运行``, ``创建``
    where a law says ``执行``, ``建立``.  So ``tw2s`` (characters only) and ``tw2sp`` are
    both run, and where they differ the reading that the law-text model
    (:func:`corpus_tools.clean.mojibake._cost`, with two characters of context on each side)
    finds more probable is kept: ``專案`` -> ``项目``, ``資訊`` -> ``信息``, ``建立`` stays.
    Measured on 300 clean laws converted with ``s2twp``, over the 9,251 lines where the two
    disagree: 78 % come back exactly (``tw2s`` alone: 25 %, ``tw2sp`` alone: 59 %); the rest
    is lost for good (``存储`` became ``儲存``, which reads back as ``储存`` or ``保存``).

    A phrase whose plain reading is itself an ordinary word of mainland law text
    (:func:`_is_ordinary_reading`) keeps it unless its sentence rules it out
    (:func:`_context_demands`): the two-character model wrote ``遵照运行``, ``人事文件``,
    ``应当设备``, ``紧急调用``, ``实时冲水`` for the ``遵照执行``, ``人事档案``, ``应当装置``,
    ``紧急呼叫``, ``即时冲水`` of the laws (a real s2twp mirror page of a 周口 notice:
    ``請認真遵照執行``).  A reading law text barely writes (``资讯``, ``网路``, ``专案``,
    ``支援`` beside ``支持``) goes back unless the model finds it about as likely
    (:data:`RARE_MARGIN`: ``联络站`` stays).  Each judgement counts the page's other uses of
    the same word (:func:`_with_page_evidence`: a law says one word for one thing), and a
    reading the model chose needs no second opinion from the two-character cost.
    On 180 held-out laws converted with ``s2twp`` (never tuned on), characters of the law
    rewritten wrongly: 668 (two-character cost), 48 (session 17: the sentence alone, ordinary
    words only), 35 now; restored: 7,840, 7,376, 7,537.

    ``plain``: ``text`` through ``tw2s`` when the caller has it already.

    >>> _mainland_phrasing("應當公開相關資訊和專案，批准後執行")
    '应当公开相关信息和项目，批准后执行'
    >>> _mainland_phrasing("請認真遵照執行，歸入人事檔案")
    '请认真遵照执行，归入人事档案'
    """
    from corpus_tools.clean.mojibake import _cost

    if plain is None:
        plain = _convert("tw2s", text)
    phrased = _convert("tw2sp", text)
    if plain == phrased:
        return plain
    lines = [
        (source, line, alt, opcodes(line, alt) if line != alt else [])
        for source, line, alt in zip(text.split("\n"), plain.split("\n"), phrased.split("\n"))
    ]
    # the language model's judgement of every ordinary reading at stake, in one batch, then
    # each weighed with the page's other uses of the same word (_with_page_evidence)
    occurrences = [
        key
        for source, line, _, codes in lines
        if len(source) == len(line)
        for key in _judged_reading_keys(source, line, [(i1, i2) for tag, i1, i2, _, _ in codes if tag != "equal"])
    ]
    known = _with_page_evidence(occurrences, _context_preferences(occurrences))
    out: list[str] = []
    for source, line, alt, codes in lines:
        if line == alt:
            out.append(line)
            continue
        pieces: list[str] = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal":
                pieces.append(line[i1:i2])
                continue
            # each Taiwan phrase whose plain reading is an ordinary word keeps it; a line
            # tw2s did not keep aligned with its source keeps the plain reading
            judged: list[bool] = []
            reading = (_phrasewise_reading(source, line, i1, i2, known, judged) if len(source) == len(line)
                       else line[i1:i2])
            left, right = line[max(0, i1 - 2) : i1], line[i2 : i2 + 2]
            mine, theirs = left + line[i1:i2] + right, left + reading + right
            # per character: a shorter reading is not likelier for being shorter; a reading
            # that drops or adds characters on its own is a phrase cut elsewhere (建立專案).
            # A reading the language model chose over an ordinary word, phrase by phrase, with
            # six characters each side and the page's evidence, needs no second opinion from
            # the two-character cost (which kept ``设定的`` where the model wrote ``设置的``).
            better = i1 < i2 and j1 < j2 and (
                bool(judged) and all(judged) or _cost(theirs) / len(theirs) < _cost(mine) / len(mine)
            )
            pieces.append(reading if better else line[i1:i2])
        out.append("".join(pieces))
    return "\n".join(out)


#: Longest Taiwan phrase (characters) :func:`_phrase_windows` looks for around a character.
_LONGEST_PHRASE = 6


@lru_cache(maxsize=1 << 16)
def _phrase_reading(piece: str) -> str:
    """``piece`` of Traditional text through OpenCC ``tw2sp`` (cached: law text repeats its phrases)."""
    return _convert("tw2sp", piece)


def _phrase_windows(source: str, plain: str, i: int) -> list[tuple[int, int]]:
    """The shortest stretches ``(a, b)`` holding ``plain[i]`` that OpenCC's ``tw2sp`` reads,
    on their own, otherwise than ``tw2s`` did: the Taiwan phrase behind a difference
    (``執行`` for the ``执`` -> ``运`` of ``遵照執行``); none up to :data:`_LONGEST_PHRASE`
    characters: ``[]``.  ``source`` and ``plain`` are aligned character by character.

    >>> _phrase_windows("請遵照執行", "请遵照执行", 3)
    [(3, 5)]
    """
    for size in range(1, _LONGEST_PHRASE + 1):
        found = [
            (a, a + size)
            for a in range(max(0, i - size + 1), min(i, len(plain) - size) + 1)
            if _phrase_reading(source[a : a + size]) != plain[a : a + size]
        ]
        if found:
            return found
    return []


def _pair_tier(pair: str) -> int:
    """How common a pair of characters is in clean law text: 0 unseen, 1 seen (>= 5 times),
    2 frequent (>= 100), 3 very frequent (>= 1,000) (``resources/bigrams*.txt``).

    >>> _pair_tier("执行"), _pair_tier("呼叫"), _pair_tier("资讯"), _pair_tier("网路")
    (3, 1, 1, 0)
    """
    from corpus_tools.clean.evidence import law_bigrams
    from corpus_tools.clean.mojibake import _bigram_tiers

    if pair not in law_bigrams():
        return 0
    return 1 + sum(pair in tier for tier in _bigram_tiers())


def _word_tier(word: str) -> int:
    """:func:`_pair_tier` of a word: that of its rarest pair (0 for one character)."""
    return min((_pair_tier(word[k : k + 2]) for k in range(len(word) - 1)), default=0)


@lru_cache(maxsize=1 << 16)
def _is_ordinary_reading(plain: str, mainland: str) -> bool:
    """Whether ``plain``, a Taiwan phrase converted character by character, is an ordinary
    word of mainland law text, so that ``tw2sp``'s ``mainland`` reading of it would rewrite
    a word the law may well have said.

    Evidence: the counts of law text's pairs (:func:`_word_tier`): frequent (>= 100 times:
    ``执行``, ``档案``, ``装置``, ``储存``, ``即时``, ``设定``) or no rarer than the mainland
    reading (``呼叫`` beside ``调用``, ``序列`` beside ``串行``; two readings law text never
    writes give no evidence either).  ``资讯``, ``网路``, ``程式``, ``专案`` are not, nor
    ``支援`` beside ``支持``.

    >>> _is_ordinary_reading("执行", "运行"), _is_ordinary_reading("呼叫", "调用")
    (True, True)
    >>> _is_ordinary_reading("资讯", "信息"), _is_ordinary_reading("支援", "支持")
    (False, False)
    """
    mine = _word_tier(plain)
    return mine >= 2 or mine >= _word_tier(mainland)


#: How much likelier (natural log: 1,000 times) the law-text language model must find the
#: mainland reading of a phrase than its ordinary plain reading, in the sentence and with what
#: the rest of the page says of the same word (:func:`_with_page_evidence`), to write it.
#: On the windows of 200 held-out laws converted with ``s2twp`` (calibration half; 2,940
#: mainland words in all): the sentence alone at 100 times (session 17) brought back 2,087
#: and rewrote 21 plain words; at 1,000 times with the page's evidence, 2,197 and 16 (on the
#: other 180 held-out laws, never tuned on: 1,313 and 14 before, 1,338 and 14 after).
CONTEXT_MARGIN = 6.9
#: The page's evidence (:func:`_with_page_evidence`): each other use's judgement counts up to
#: this much (natural log), and their mean is shrunk as if one more use said nothing.
PAGE_EVIDENCE_CAP = 6.0
PAGE_EVIDENCE_PRIOR_USES = 1
#: A page that writes the plain reading of a pair where the model prefers it this much (natural
#: log: 55 times; ``监测装置`` beside ``设备``) says both words: the page gives no evidence then.
PAGE_EVIDENCE_VETO = 4.0
#: A rare plain reading (``资讯``, ``视窗``, ``丛集``: not :func:`_is_ordinary_reading`) goes
#: back to the mainland word unless the model finds that word no more than this much likelier
#: (natural log: 20 times) in its sentence with the page's evidence: ``联络站`` stays, where the
#: two-character cost wrote ``联系站``, and ``一视窗`` becomes ``一窗口``, which it kept.
RARE_MARGIN = 3.0


def _context_key(plain: str, a: int, b: int, mainland: str) -> tuple[str, str, str, str]:
    """What the language model reads of a choice: six characters of context on each side,
    the plain reading and the mainland one (normalised as the model's training text)."""
    from corpus_tools.language_model import normalize

    left, right = plain[max(0, a - 6) : a], plain[b : b + 6]
    return normalize(left), normalize(plain[a:b]), normalize(mainland), normalize(right)


def _context_preferences(keys: list[tuple[str, str, str, str]]) -> dict[tuple[str, str, str, str], float]:
    """For each :func:`_context_key`, how much likelier (natural log) the language model of
    law text (:mod:`corpus_tools.language_model`, the mean of its two directions)
    finds the mainland reading than the plain one in that context; one batch for all."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return {}
    import numpy as np

    from corpus_tools.language_model import shipped

    models = shipped()
    rows: list[tuple[str, str, str]] = []  # context, reading, what follows, per direction
    for left, mine, theirs, right in keys:
        for reading in (theirs, mine):
            rows.append((left, reading, right))

    def scores(model, texts: list[tuple[str, str]]) -> np.ndarray:
        width = max(len(c) + len(t) for c, t in texts)
        ids = np.full((len(texts), width), -1, np.int64)
        for k, (context, continuation) in enumerate(texts):
            coded = model.encode(context + continuation)
            ids[k, : coded.size] = coded
        return model.score_ids(ids, np.array([len(c) for c, _ in texts]))

    total = scores(models.forward, [(left, reading + right) for left, reading, right in rows])
    if models.backward is not None:
        back = scores(models.backward, [(right[::-1], (left + reading)[::-1]) for left, reading, right in rows])
        total = (total + back) / 2
    return {key: float(total[2 * k] - total[2 * k + 1]) for k, key in enumerate(keys)}


def _context_demands(plain: str, a: int, b: int, mainland: str, known: dict | None = None) -> bool:
    """Whether the sentence around ``plain[a:b]`` makes the ``mainland`` reading far likelier
    than the plain one under the language model of law text (:func:`_context_preferences`;
    :data:`CONTEXT_MARGIN`): ``规范性檔案`` of a mainland page converted with Taiwan phrases
    is ``规范性文件``, while ``人事檔案`` and ``遵照執行`` stay ``人事档案``, ``遵照执行``.
    ``known``: judgements computed already (:func:`_context_preferences`), filled as it goes.

    >>> _context_demands("保证规范性档案合法、有效", 5, 7, "文件"), _context_demands("归入人事档案", 4, 6, "文件")
    (True, False)
    """
    key = _context_key(plain, a, b, mainland)
    known = {} if known is None else known
    if key not in known:
        known.update(_context_preferences([key]))
    return known[key] > CONTEXT_MARGIN


def _model_judges(plain: str, mainland: str) -> bool:
    """Whether the language model chooses between the two readings of a phrase: an ordinary
    plain reading (:func:`_is_ordinary_reading`), or a rare one of the mainland word's length
    (a phrase of another length, ``網際網路`` -> ``互联网``, is left to the two-character cost:
    the model's likelihoods of strings of different lengths do not compare).

    >>> _model_judges("执行", "运行"), _model_judges("资讯", "信息"), _model_judges("网际网路", "互联网")
    (True, True, False)
    """
    return _is_ordinary_reading(plain, mainland) or len(plain) == len(mainland)


def _keeps_plain(plain: str, a: int, b: int, mainland: str, known: dict | None) -> bool:
    """Whether the phrase ``plain[a:b]`` keeps its plain reading against ``mainland``: an ordinary
    word unless its context demands the other (:func:`_context_demands`), a rare one only when the
    model does not find the mainland word :data:`RARE_MARGIN` likelier (``known``: judgements
    computed already, with the page's evidence: :func:`_with_page_evidence`).

    >>> _keeps_plain("推进网路安全", 2, 4, "网络", None), _keeps_plain("依法执行公务", 2, 4, "运行", None)
    (False, True)
    """
    if _is_ordinary_reading(plain[a:b], mainland):
        return not _context_demands(plain, a, b, mainland, known)
    if len(mainland) == b - a:
        key = _context_key(plain, a, b, mainland)
        known = {} if known is None else known
        if key not in known:
            known.update(_context_preferences([key]))
        return known[key] <= RARE_MARGIN
    return False


def _judged_reading_keys(source: str, plain: str, spans: list[tuple[int, int]]) -> list[tuple[str, str, str, str]]:
    """The :func:`_context_key` of every reading the language model weighs (:func:`_model_judges`)
    that :func:`_phrasewise_reading` may meet in the ``spans`` of one line ``plain``, each window
    once (a two-character phrase is found from both of its characters)."""
    keys = []
    seen: set[tuple[int, int]] = set()
    for i1, i2 in spans:
        for i in range(i1, i2):
            for a, b in _phrase_windows(source, plain, i):
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                mainland = _phrase_reading(source[a:b])
                if _model_judges(plain[a:b], mainland):
                    keys.append(_context_key(plain, a, b, mainland))
    return keys


def _with_page_evidence(
    occurrences: list[tuple[str, str, str, str]], alone: dict[tuple[str, str, str, str], float]
) -> dict[tuple[str, str, str, str], float]:
    """Each judgement of ``alone`` (:func:`_context_preferences`: how much likelier the mainland
    reading is in its sentence) plus the mean judgement of the page's OTHER uses of the same
    pair of readings (``occurrences``: one key per use, repeated when a context repeats), each
    capped at :data:`PAGE_EVIDENCE_CAP`, the mean shrunk by :data:`PAGE_EVIDENCE_PRIOR_USES`.

    Page evidence: a law says one word for one thing.  ``s2twp`` wrote both ``设置`` and
    ``设定`` as ``設定``; a page whose other ``設定`` read plainly as ``设置`` (``设置机构``,
    ``设置标志``) says ``设置`` in a sentence the model finds only somewhat likelier too, and a
    page whose other uses read as ``设定`` keeps a doubtful one.  A single use gets nothing.

    >>> k1, k2, k3 = ("应当", "设定", "设置", "标志"), ("依法", "设定", "设置", "的"), ("划定", "装置", "设备", "")
    >>> out = _with_page_evidence([k1, k2, k2, k3], {k1: 9.0, k2: 5.0, k3: 5.0})
    >>> round(out[k1], 2), round(out[k2], 2), out[k3]  # 9 + (5 + 5) / 3, 5 + (6 + 5) / 3, alone
    (12.33, 8.67, 5.0)
    """
    cap = PAGE_EVIDENCE_CAP
    uses: Counter = Counter(occurrences)
    total: dict[tuple[str, str], float] = {}
    count: Counter = Counter()
    both: set[tuple[str, str]] = set()  # pairs the page plainly writes both ways
    for key, n in uses.items():
        pair = key[1:3]
        total[pair] = total.get(pair, 0.0) + n * max(-cap, min(cap, alone[key]))
        count[pair] += n
        if alone[key] < -PAGE_EVIDENCE_VETO:
            both.add(pair)
    out = {}
    for key, judgement in alone.items():
        pair = key[1:3]
        others = count[pair] - 1
        if key not in uses or others <= 0 or pair in both:
            out[key] = judgement
            continue
        rest = total[pair] - max(-cap, min(cap, judgement))
        out[key] = judgement + rest / (others + PAGE_EVIDENCE_PRIOR_USES)
    return out


def _phrasewise_reading(
    source: str, plain: str, i1: int, i2: int, known: dict | None = None, judged: list[bool] | None = None
) -> str:
    """``plain[i1:i2]`` with each Taiwan phrase in it read back as ``tw2sp`` reads it,
    unless its plain reading stands (:func:`_keeps_plain`); where two phrases could be meant,
    a reading of either that stands keeps the text.
    ``source``: the Traditional line; ``plain``: it through ``tw2s``, as long; ``known``: the
    language model's judgements (:func:`_context_preferences`, :func:`_with_page_evidence`);
    ``judged``: filled with, for each phrase read back, whether the model chose it
    (:func:`_model_judges`).

    >>> _phrasewise_reading("行賄犯罪檔案資訊查詢", "行贿犯罪档案资讯查询", 4, 8)
    '档案信息'
    >>> _phrasewise_reading("重大專案執行情況", "重大专案执行情况", 2, 5)
    '项目执'
    """
    pieces: list[str] = []
    i = i1
    while i < i2:
        windows = _phrase_windows(source, plain, i)
        readings = [(a, b, _phrase_reading(source[a:b])) for a, b in windows]
        if not readings or any(_keeps_plain(plain, a, b, mainland, known) for a, b, mainland in readings):
            end = min(max((b for a, b, _ in readings), default=i + 1), i2)
            pieces.append(plain[i:end])
            i = end
            continue
        a, b, mainland = readings[0]
        end = min(b, i2)
        if judged is not None:  # whether the language model chose this phrase's reading, as long as the phrase
            judged.append(len(mainland) == b - a and _model_judges(plain[a:b], mainland))
        if len(mainland) == b - a:
            pieces.append(mainland[i - a : end - a])
        elif a >= i and b <= i2:  # a phrase of another length (網際網路 -> 互联网) read whole
            pieces.append(plain[i:a] + mainland)
        else:
            pieces.append(plain[i:end])
        i = end
    return "".join(pieces)


def to_simplified(text: str) -> str:
    """``text`` through OpenCC ``t2s`` (regional forms included), for comparisons only: the
    cleaning rule converts by evidence, unit by unit (:func:`convert_traditional`).

    >>> to_simplified("範圍")
    '范围'
    """
    return _to_simplified("t2s", text)


#: The Traditional conversion matching each ``*2s`` config, for mirror slips.
_BACK_TO_TRADITIONAL = {"t2s": "s2t", "tw2s": "s2tw", "hk2s": "s2hk", "tw2sp": "s2tw"}

#: The values of the rule's option ``conversion`` (``corpus-tools clean --convert``, like opencc's
#: ``-c``): ``auto`` picks ``t2s``, ``tw2s``, ``hk2s`` or ``tw2sp`` per page from its own evidence
#: (:func:`choose_variant`); ``t2s``, ``tw2s``, ``hk2s`` and ``tw2sp`` (Taiwan vocabulary to the
#: mainland's too: ``軟體`` -> ``软件``) force that OpenCC config; ``none`` keeps Traditional text
#: as it is.  Whatever the config, only the units the evidence shows Traditional are converted.
CONVERSIONS: tuple[str, ...] = ("auto", "t2s", "tw2s", "hk2s", "tw2sp", "none")


@lru_cache(maxsize=None)
def _slip_table(config: str) -> dict[int, str]:
    """Each Simplified-only character to its one-character Traditional form (a
    ``str.translate`` table), as shipped in :data:`SCRIPT_SETS_FILE`: building it
    from OpenCC loads the large ``s2t`` dictionaries (0.06-0.07 CPU-s at the first
    Traditional page with a slip, in every ``corpus-tools clean``).

    >>> "关於发展".translate(_slip_table("s2t"))
    '關於發展'
    """
    pairs = _SHIPPED_SLIPS.get(config)
    if pairs is None:  # not shipped (the generator's first run)
        return {ord(c): t for c, t in _build_slip_table(config, SIMPLIFIED_ONLY).items()}
    return {ord(pairs[k]): pairs[k + 1] for k in range(0, len(pairs), 2)}


def _to_simplified_each(config: str, sources: list[str]) -> list[str]:
    """:func:`_to_simplified` of each of ``sources`` (newline-free units), in one
    OpenCC call over them joined by newlines.

    Exact: OpenCC segments by longest dictionary match and no dictionary key
    holds a newline, so no phrase spans two units; the regional fallback
    converts runs of Traditional-only characters, which never span a newline
    either, one run at a time.  (One call per unit cost more than the
    conversion itself on pages of short paragraphs.)

    >>> _to_simplified_each("t2s", ["工業", "互聯網"])
    ['工业', '互联网']
    """
    if not sources:
        return []
    out = _to_simplified(config, "\n".join(sources)).split("\n")
    if len(out) != len(sources):  # pragma: no cover - OpenCC never adds or drops a newline
        return [_to_simplified(config, source) for source in sources]
    return out


def _span_source(text: str, start: int, end: int, config: str, evidence: _Evidence) -> str:
    """A Traditional unit as it goes to OpenCC.  Mirror slips (Simplified
    characters left in it) break OpenCC's phrases (``显著`` from a slipped
    ``顯著`` becomes ``显着``; ``关於`` keeps ``於``), so a unit holding
    Simplified-only characters is first made wholly Traditional.  Variant forms
    OpenCC has no entry for (``報吿``, ``硏究``: :mod:`~corpus_tools.clean.variant_forms`)
    are written as the standard characters they stand for first."""
    before = standardise(text[start:end])
    if evidence.score(start, end)[1]:
        # Character by character, never by phrase: a phrase-level s2t round trip
        # rewrites valid Simplified text (修 -> 脩, 坐 -> 座).
        return before.translate(_slip_table(_BACK_TO_TRADITIONAL[config]))
    return before


def _runs_each(befores: list[str], afters: list[str]) -> list[list[tuple[int, int]]]:
    """:func:`_equal_length_runs` of each pair of newline-free units of equal
    length, from one comparison of the units joined by newlines (the newlines
    are equal, so no run crosses one).

    >>> _runs_each(["工業", "互聯網"], ["工业", "互联网"])
    [[(1, 2)], [(1, 3)]]
    """
    out: list[list[tuple[int, int]]] = [[] for _ in befores]
    if not befores:
        return out
    offsets = [0]
    for before in befores:
        offsets.append(offsets[-1] + len(before) + 1)
    unit = 0
    for i, j in _equal_length_runs("\n".join(befores), "\n".join(afters)):
        while i >= offsets[unit + 1]:
            unit += 1
        out[unit].append((i - offsets[unit], j - offsets[unit]))
    return out


def _isolated_edits(text: str, start: int, end: int, config: str, *, keep_variants: bool = False) -> list[Edit]:
    """Convert only the Traditional-only characters of a non-Traditional unit.

    A character whose Simplified form lies outside the Basic Multilingual Plane stays: official
    Simplified texts write the form every font has (长江保护法 writes 白鱀豚; OpenCC's 𬶨, U+2CDA8,
    is missing from most fonts: a field test's clean page was "converted").

    >>> [e.after for e in _isolated_edits("长江江豚、白鱀豚、白鲟和國家", 0, 14, "t2s")]
    ['国']

    Nor, with ``keep_variants`` (:func:`_page_evidence`: a page no converter went over), a character of the
    Simplified character set (:data:`SIMPLIFIED_CHARSET_VARIANTS`): a unit that is not Traditional writes it on
    purpose, a name (``韩复榘``, not ``韩复矩``) or a word (``酒麴``); F26-A4.

    >>> t = "民国时期山东省主席韩复榘，與酒麴"
    >>> [(e.before, e.after) for e in _isolated_edits(t, 0, len(t), "t2s", keep_variants=True)]
    [('與', '与')]
    """
    edits = []
    for m in _TRADITIONAL_RUN_RE.finditer(text, start, end):
        if keep_variants and SIMPLIFIED_CHARSET_VARIANTS.issuperset(m.group()):
            continue
        after = _to_simplified(config, m.group())
        if keep_variants and len(after) == len(m.group()) and not SIMPLIFIED_CHARSET_VARIANTS.isdisjoint(m.group()):
            after = "".join(old if old in SIMPLIFIED_CHARSET_VARIANTS else new for new, old in zip(after, m.group()))
        if after != m.group() and max(after) > "\uffff":
            # keep each character whose Simplified form is supplementary (the rest converts)
            after = ("".join(old if new > "\uffff" else new for new, old in zip(after, m.group()))
                     if len(after) == len(m.group()) else m.group())
        if after != m.group() and not _written_on_purpose(text, m.start(), m.end()):
            a, b, before = m.start(), m.end(), m.group()
            if len(after) == len(before):  # (the edit spans only what changes: 韩复榘與 -> 與)
                i = next(k for k, (x, y) in enumerate(zip(before, after)) if x != y)
                j = len(before) - next(k for k, (x, y) in enumerate(zip(before[::-1], after[::-1])) if x != y)
                a, b, before, after = a + i, a + j, before[i:j], after[i:j]
            edits.append(Edit(TRADITIONAL_TO_SIMPLIFIED, a, b, before, after, f"{config}; isolated"))
    return edits


#: What follows the Traditional character of a certificate number: up to four Han characters of its prefix, a year
#: written bare or in round brackets, then ``字第…号`` / ``第…号`` (``浙湖雙结2002字第301号``, ``闽泉國用（2008）第0012号``).
#: An organ's document number (``國发〔2004〕2号``, ``国办發〔2015〕20号``: a year in 〔〕 or [], no 第) is no
#: certificate: a Traditional character there is a converter's slip and converts (R18-F8).
_CERTIFICATE_AFTER = lazy_regex(r"\p{Han}{0,4}(?:\d{4}年?字?|[（(]\d{4}[）)])第\d+号")
#: A short quoted name: no mark inside (``“黄枝崙”``), not a quoted sentence (``“我們走吧，快点”``).
_QUOTED_NAME = lazy_regex(r"[“「‘\"]([^“”「」‘’\"\p{P}\s]{1,8})[”」’\"]")
#: Characters that end a place name or follow it (``“黄枝崙”山场``, ``“石門坳”``, ``“羅家坪”``).
_PLACE_CHARS = frozenset("山村路街巷坳岭嶺坡坪场場塘湾灣河江湖溪沟溝坑洞岛島桥橋镇鎮乡鄉屯寨庄莊堡港埠峰谷垄垅塆冲沖田林岗崗崙仑坝壩")
#: Words before a quote that say it names a place (``位于“大嶺背”``, ``土名“羅家坪”``).
_PLACE_INTRO = ("位于", "坐落", "地名", "土名", "小地名", "地处", "座落")
#: Words around a quote that make it a defined term or an abbreviation, never a proper name (``本条例所称“網络运营者”，
#: 是指``, ``（以下简称“協会”）``): a Traditional character there is a slip (R18-F8).
_DEFINED_BEFORE = ("所称", "简称", "称为", "是指", "所谓", "统称", "合称")
_DEFINED_AFTER = ("是指", "，是指", ",是指", "指", "包括", "，包括")


def _quoted_place_name(text: str, quoted) -> bool:
    """Whether the quote ``quoted`` (a :data:`_QUOTED_NAME` match) names a place: its last character or the one
    after it is a place's (``“黄枝崙”山场``, ``“石門坳”``), or a word before it says so (``位于“大嶺背”``), and
    nothing makes it a defined term (``本条例所称“網络运营者”，是指``: a converter's slip, R18-F8).

    >>> [_quoted_place_name(t, _QUOTED_NAME.search(t)) for t in ("鑫森林场“黄枝崙”山场", "位于“大嶺背”，",
    ...                                                            "本条例所称“網络运营者”，是指", "所称“林區道路”是指")]
    [True, True, False, False]
    """
    before = text[max(0, quoted.start() - 4):quoted.start()]
    after = text[quoted.end():quoted.end() + 3]
    if any(before.endswith(w) for w in _DEFINED_BEFORE) or any(after.startswith(w) for w in _DEFINED_AFTER):
        return False
    if any(before.endswith(w) for w in _PLACE_INTRO):
        return True
    return quoted.group(1)[-1] in _PLACE_CHARS or after[:1] in _PLACE_CHARS


def _on_purpose_count(text: str, start: int, end: int) -> int:
    """How many Traditional-only characters of ``text[start:end]`` stand where a writer keeps them on purpose
    (:func:`_written_on_purpose`): a name's registered writing repeated six times (``平x4(啟)``, F18-A5) is no
    sign of a converted unit with slips.

    >>> _on_purpose_count("平x4(啟)签名，平x4(啟)名字前写有", 0, 18)
    2
    """
    return sum(len(m.group()) for m in _TRADITIONAL_RUN_RE.finditer(text, start, end)
               if _written_on_purpose(text, m.start(), m.end()))


#: What stands for a name's masked characters before its registered writing (``平x4(啟)``, ``林某（鋒）``).
_MASKED_NAME_END = frozenset("某×＊*Xx0123456789○")


def _registered_writing(text: str, start: int, end: int) -> bool:
    """Whether the Traditional character alone in brackets ``text[start:end]`` notes how a name is written: after a
    masked name (``平x4(啟)``, ``林某（鋒）``) or after the character it writes (``王启（啟）``).  After another word it
    is a converter's slip in the word's alternative (``县（區）``, ``乡（鎮）``, ``交易量（額）``: a law's ``县（区）``).

    >>> [_registered_writing(t, i, i + 1) for t, i in (("平x4(啟)签名", 4), ("原告林某（鋒）系", 5), ("王启（啟）", 3),
    ...                                                   ("市、县（區）人民政府", 4), ("交易量（額）比例", 4))]
    [True, True, True, False, False]
    """
    before = text[start - 2] if start >= 2 else ""
    return not ("\u4e00" <= before <= "\u9fff" or "\u3400" <= before <= "\u4dbf") or before in _MASKED_NAME_END or _to_simplified("t2s", text[start:end]) == before


#: The roles after which a judgment or a record writes a person's name (``书记员周佳雲``, ``辩护人许培頲``): the
#: name is written as the person writes it, a Traditional character included (field test 23, F23-A6).
_NAMED_PERSON = lazy_regex(
    r"(?:书记员|审判员|审判长|人民陪审员|陪审员|法官助理|执行员|辩护人|代理人|法定代表人|被告人|上诉人|申请人|记录人|证人)"
    r"[ \t\u3000：:]{0,2}(\p{Han}{2,4})(?=[\s，,、。；;（(）)]|$)"
)


def _in_a_named_person(text: str, start: int, end: int) -> bool:
    """Whether the Traditional run ``text[start:end]`` is inside a person's name after a role word of a judgment
    (``书记员周佳雲``; F23-A6): two to four Han characters closed by a blank, a mark or the line's end.

    >>> _in_a_named_person("书记员周佳雲\\n", 5, 6), _in_a_named_person("辩护人许培頲，", 5, 6), _in_a_named_person("被告人于当日到案發", 9, 10)
    (True, True, False)
    """
    for m in _NAMED_PERSON.finditer(text, max(0, start - 12), min(len(text), end + 5)):
        if m.start(1) <= start and end <= m.end(1):
            return True
    return False


def _written_on_purpose(text: str, start: int, end: int) -> bool:
    """Whether the isolated Traditional run ``text[start:end]`` is a writing a court or an office kept on purpose:
    alone in parentheses (a name's registered writing after the name, ``平x4(啟)``; not a word's alternative,
    ``县（區）``: :func:`_registered_writing`), inside a person's name after its role in a judgment (``书记员周佳雲``:
    :func:`_in_a_named_person`, F23-A6), inside a short quoted place name
    (``“黄枝崙”山场``) or inside a certificate number (``浙湖雙结2002字第301号``).  An organ's document number with
    its year in 〔〕 (``國发〔2004〕2号``) and a quoted defined term (``所称“網络运营者”``) are no such writing: a
    Traditional character there is a converter's slip on a Simplified page and converts (R18-F8).

    Real damage undone (field test 18, F18-A5; LawBench 2-5 #45, 3-1 #395, 2-5 #282): those three were converted
    (``平x4（启）``: the note on how the name is written says nothing any more).  A slip in running text
    (``侦査``, ``质証``, ``丟失``) is none of these and still converts.

    >>> [_written_on_purpose(t, i, i + 1) for t, i in (("平x4(啟)签名", 4), ("鑫森林场“黄枝崙”山场", 7),
    ...                                                  ("证号为浙湖雙结2002字第301号", 5), ("经侦査查明", 2),
    ...                                                  ("（國发〔2004〕2号）", 1), ("所称“網络运营者”，是指", 3))]
    [True, True, True, False, False, False]
    """
    if 0 < start and end < len(text) and text[start - 1] in "(（" and text[end] in ")）":
        return _registered_writing(text, start, end)
    if _in_a_named_person(text, start, end):
        return True
    if _CERTIFICATE_AFTER.match(text, end, min(len(text), end + 24)):
        return True
    lo = max(0, start - 9)
    for quoted in _QUOTED_NAME.finditer(text, lo, min(len(text), end + 9)):
        if quoted.start(1) <= start and end <= quoted.end(1) and _quoted_place_name(text, quoted):
            return True
    return False


def convert_traditional(text: str, *, conversion: str = "auto") -> RuleResult:
    """Convert the Traditional paragraphs or sentences of ``text`` to Simplified.

    ``conversion`` is one of :data:`CONVERSIONS`: the OpenCC config (``auto``: chosen from
    the page's evidence), or ``none`` to keep Traditional text.

    One edit per changed run of characters.  Simplified text is returned as is
    (it never reaches OpenCC); ambiguous characters (``坏``, ``乾``, ``於``)
    change only inside units that the evidence shows to be Traditional.

    **Evidence**: Traditional-only characters (which no clean Simplified text holds)
    dominating the paragraph or sentence; a Simplified unit is never converted, an
    isolated Traditional-only character alone; 著 reading zhù stays 著; a page written in Japanese
    or Korean (:func:`page_language`) is not converted at all.

    >>> convert_traditional("促進工業互聯網發展,坏了")[0]
    '促进工业互联网发展,坏了'
    >>> convert_traditional("二噁英、乾坤、后来、里面、发展、干部、系统、示范")[1]
    []
    >>> [(e.before, e.after) for e in convert_traditional("推進製造強國")[1]]
    [('進製', '进制'), ('強國', '强国')]
    >>> convert_traditional("北京市人民代表大會常务委員會关於加强市級預算審查监督的決定，有显著成效")[0]
    '北京市人民代表大会常务委员会关于加强市级预算审查监督的决定，有显著成效'
    >>> convert_traditional("軟體產業", conversion="tw2sp")[0], convert_traditional("軟體產業", conversion="none")[0]
    ('软件产业', '軟體產業')
    """
    if conversion not in CONVERSIONS:
        raise ValueError(f"unknown conversion {conversion!r}; one of: {', '.join(CONVERSIONS)}")
    if conversion == "none":
        return text, [], []
    if not _gates.present(text) & _TRADITIONAL_BIT:  # exact: no Traditional-only character
        return (text, [], []) if "於" not in text else _preposition_yu(text)
    if page_language(text):  # a Japanese or Korean page: its kanji are no Traditional Chinese, its last line neither
        return text, [], []
    out, edits = _convert_units(text, conversion)
    if _KEPT_SLIP_GATE.search(out) and sum(map(SIMPLIFIED_ONLY.__contains__, text)) >= _YU_SIMPLIFIED_MIN:
        # a Simplified page with slips scattered in it: its 於 徵 祕 are slips too (read on the page as converted)
        out, edits = _with_kept_slips(text, out, edits)
    # a sentence given again in the other script (clean/restatements.py) goes, its twin stays
    out, edits = _without_script_twins(text, out, edits)
    return out, edits, []


def _fold_to_simplified(piece: str) -> str:
    return _convert("t2s", standardise(piece))


def _without_script_twins(text: str, out: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """``out`` and ``edits`` (of ``text``) less the sentences that restate a neighbour in the page's other script
    (:func:`~corpus_tools.clean.restatements.script_twins`): each removal one edit, the conversions inside it
    dropped.  A removal that would cut a conversion's run in two is not made (the twin stays).

    >>> text = "第二条 本条例适用于本市。\\n\\n第二條 本條例適用於本市。\\n\\n第三条 本条例自公布之日起施行。"
    >>> out, edits, _ = convert_traditional(text)
    >>> out, [(e.before, e.after) for e in edits]
    ('第二条 本条例适用于本市。\\n\\n第三条 本条例自公布之日起施行。', [('\\n\\n第二條 本條例適用於本市。', '')])
    """
    from corpus_tools.clean.restatements import SCRIPT_TWIN, removal_spans, script_twins

    spans = script_twins(text, TRADITIONAL_ONLY, _fold_to_simplified)
    if not spans:
        return out, edits
    ordered = sorted(edits, key=lambda e: e.start)
    kept: list[Edit] = []
    k = 0
    for s, e in removal_spans(text, spans):
        inside: list[Edit] = []
        while k < len(ordered) and ordered[k].end <= s and not (ordered[k].start == ordered[k].end == s):
            kept.append(ordered[k])
            k += 1
        j = k
        cut = False
        while j < len(ordered) and ordered[j].start < e:
            if ordered[j].start < s or ordered[j].end > e:
                cut = True
            inside.append(ordered[j])
            j += 1
        if cut:
            continue  # the conversions stay where they were; the next removal reads on from them
        kept.append(Edit(TRADITIONAL_TO_SIMPLIFIED, s, e, text[s:e], "", SCRIPT_TWIN))
        k = j
    kept.extend(ordered[k:])
    kept.sort(key=lambda e: (e.start, e.end))
    return apply_edits(text, kept), kept


_KEPT_SLIP_GATE = lazy_re("[於徵祕]")


def _with_kept_slips(text: str, out: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """``out`` and ``edits`` (of ``text``) with the slips of :func:`_preposition_yu` read on ``out``: each one outside
    the edits made, moved to its place in ``text``.

    >>> text = "本条例适用於本市。應当徵求意见。" + "这里发展出版为适应资讯电子化的发展请认真贯彻执行加强监督检查请读者浏览"
    >>> convert_traditional(text)[0][:16]
    '本条例适用于本市。应当征求意见。'
    """
    _, slips, _ = _preposition_yu(out, gate=False)
    if not slips:
        return out, edits
    merged: list[Edit] = []
    shift = 0  # len(out) - len(text) before the current position
    k = 0
    ordered = sorted(edits, key=lambda e: e.start)
    for slip in slips:
        while k < len(ordered) and ordered[k].start + shift + len(ordered[k].after) <= slip.start:
            shift += len(ordered[k].after) - (ordered[k].end - ordered[k].start)
            k += 1
        if k < len(ordered) and ordered[k].start + shift <= slip.start:
            continue  # (inside a converted run)
        at = slip.start - shift
        if text[at] == slip.before:
            merged.append(replace(slip, start=at, end=at + 1))
    if not merged:
        return out, edits
    edits = sorted(edits + merged, key=lambda e: e.start)
    return apply_edits(text, edits), edits


#: The words of the preposition 于 whose 于 a conversion proxy left as ``於`` (``鉴於``, ``适用於``, ``关於``): the character
#: before it.  ``於`` the surname and ``於菟`` stand after none of them as a word (``由於`` is 由于, never 由 + a name).
_YU_WORDS_BEFORE = frozenset("鉴关对由至属位在基用处等终便过急限免归善勇乐敢易难见载系忠寓甚莫始源异同类近少低高附资出介")
#: A date after ``於`` (``於二○一○年七月``, ``於2010年``): the preposition dating an act.
_YU_DATE_AFTER = lazy_regex(r"[〇○零一二三四五六七八九十0-9０-９]{1,4}\s*[年月日]|[〇○零一二][〇○零一二三四五六七八九]{3}\s*年|[0-9]{4}\s*年")
#: A page this Simplified (Simplified-only characters, none Traditional-only) writes 于, so its ``於`` is a slip.
_YU_SIMPLIFIED_MIN = 20
#: ``detail`` of an edit of :func:`_preposition_yu`.
YU_DETAIL = "於 left in Simplified text"


def _preposition_yu(text: str, *, gate: bool = True) -> RuleResult:
    """``於`` as the preposition ``于`` in a page otherwise written in Simplified characters, with one edit each.

    Real damage (field test 20, F20-B7): the Simplified proxy of a Hong Kong government site (sc.isd.gov.hk) converts
    every character but ``於``, which OpenCC's ``t2s`` keeps (``於菟``): ``鉴於由活页版过渡``, ``律政司於二○一○年七月``,
    ``同样适用於活页版`` in a page holding no Traditional-only character.  **Evidence**: the page holds no
    Traditional-only character and :data:`_YU_SIMPLIFIED_MIN` Simplified-only ones or more, and the ``於`` is the
    preposition: after the first character of one of its words (:data:`_YU_WORDS_BEFORE`: 鉴於, 适用於, 关於) or before a
    date.  ``於`` elsewhere (the surname 於, 於菟) stays, and so does every ``於`` of a page not that Simplified.
    ``徵`` and ``祕`` in the words of 征 and 秘 (:data:`_KEPT_SLIP_WORDS`: ``徵求``, ``特徵``, ``祕密``) are the same slip.
    ``gate=False``: the page was judged Simplified already (:func:`_with_kept_slips`, on a page whose scattered
    Traditional-only characters were converted).

    >>> page = "为适应法例资料电子化的发展，政府资讯科技总监办公室与律政司於二○一○年七月推出电子版，同样适用於活页版。电子版与活页版内容一样，请读者浏览。"
    >>> out, edits, _ = _preposition_yu(page)
    >>> [(e.start, e.before, e.after) for e in edits], out.count("於")
    ([(29, '於', '于'), (47, '於', '于')], 0)
    >>> _preposition_yu("作家於梨华的小说在这里发展出版，为适应资讯电子化的发展，请认真贯彻执行，加强监督检查，请读者浏览。")[1]
    []
    >>> _preposition_yu("关於加强管理的通知")[1]  # too little Simplified evidence
    []
    """
    if gate and sum(map(SIMPLIFIED_ONLY.__contains__, text)) < _YU_SIMPLIFIED_MIN:
        return text, [], []
    edits: list[Edit] = []
    at = text.find("於")
    while at >= 0:
        before = text[at - 1] if at else ""
        if before in _YU_WORDS_BEFORE or _YU_DATE_AFTER.match(text, at + 1):
            edits.append(Edit(TRADITIONAL_TO_SIMPLIFIED, at, at + 1, "於", "于", YU_DETAIL))
        at = text.find("於", at + 1)
    if "徵" in text or "祕" in text:
        for m in _KEPT_SLIP_WORDS.finditer(text):
            at = m.start() + max(m.group().find("徵"), m.group().find("祕"))
            edits.append(Edit(TRADITIONAL_TO_SIMPLIFIED, at, at + 1, text[at], _KEPT_SLIP_OF[text[at]], KEPT_DETAIL))
        edits.sort(key=lambda e: e.start)
    if not edits:
        return text, [], []
    out = list(text)
    for edit in edits:
        out[edit.start] = edit.after
    return "".join(out), edits, []


#: The words of 征 and 秘 a Simplified page writes, whose 徵 and 祕 a converter's proxy or a typist left (OpenCC's
#: ``t2s`` keeps both for ``宫商角徵羽``, ``胤祕``): ``徵求意见``, ``特徵``, ``国家祕密``.  徵 the note of the scale
#: (``宫商角徵羽``) and 祕 of a name stand in none of these words.
_KEPT_SLIP_WORDS = lazy_regex(r"徵(?=[求收集信用地兵税询得召文稿候兆])|(?<=[特象表])徵|祕(?=[密书方诀])")
_KEPT_SLIP_OF = {"徵": "征", "祕": "秘"}
KEPT_DETAIL = "徵/祕 left in Simplified text"


#: A document number (文号) inside a line: an office's word code and a serial (``院臺金字第 1121004401 號``,
#: ``華總一經字第 11200004641 號``, ``國發〔2018〕44號``).
_DOCUMENT_NUMBER = lazy_regex(
    r"\p{Han}{2,5}字第\s*\d+\s*[號号]|\p{Han}{1,6}[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*第?\s*\d+\s*[號号]"
)
#: What every document number holds within its first seven characters: the word code's ``字第``
#: (``字`` 2 to 5 characters after the start) or the year's opening bracket and four digits (the
#: bracket 1 to 6 characters after it).
_DOCUMENT_NUMBER_HINT = lazy_regex(r"字第|[〔\[［(（【]\s*\d{4}")
#: What the detail of an edit inside a document number says (see :func:`_mark_document_numbers`).
IN_DOCUMENT_NUMBER = "in a document number"


def _document_number_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_DOCUMENT_NUMBER.finditer(text)``, found by trying the pattern only at the
    six places before each hint where a number can begin, in order (the same leftmost matches:
    a match begins 1 to 6 characters before a hint, and the next is looked for from its end).

    Issue 20: scanning a whole page for ``\\p{Han}{2,5}`` then ``字第`` tries several lengths at
    every Han character (about 2 ms a Traditional seed page); hints are rare.

    >>> t = "依據行政院院臺金字第 1121004401 號令及國發〔2018〕44號辦理"
    >>> _document_number_spans(t) == [m.span() for m in _DOCUMENT_NUMBER.finditer(t)] == [(3, 23), (23, 36)]
    True
    """
    spans: list[tuple[int, int]] = []
    free = 0  # where the next match may begin
    match = _DOCUMENT_NUMBER.match
    for hint in _DOCUMENT_NUMBER_HINT.finditer(text):
        at = hint.start()
        for start in range(max(free, at - 6), at):
            found = match(text, start)
            if found:
                spans.append(found.span())
                free = found.end()
                break
    return spans


def _mark_document_numbers(text: str, edits: list[Edit]) -> list[Edit]:
    """``edits`` with those that touch a document number marked in their detail.

    A document number is an identifier: the office's word code (``院臺金字``) is its own word.
    It is converted like the text around it all the same (field test 8b, F8B-W4): the dataset
    is Simplified and is searched in Simplified (``院台金字``), a half-converted line would
    hold Traditional-only characters that the ``no_traditional_char`` check flags, and ``臺`` and
    ``台`` are one character in two forms, not two codes.  The original stays in the edit's
    ``before`` and in the page's ingested text; the mark lets a user find and restore every
    such edit (``detail`` ending in :data:`IN_DOCUMENT_NUMBER`).

    >>> t = "行政院院臺金字第 1121004401 號令發布"
    >>> [(e.before, e.detail) for e in convert_traditional(t)[1]]
    [('臺', 'tw2s; in a document number'), ('號', 'tw2s; in a document number'), ('發', 'tw2s')]
    """
    spans = _document_number_spans(text)
    if not spans:
        return edits
    starts, ends = [a for a, _ in spans], [b for _, b in spans]  # in order, none overlapping
    out = []
    for edit in edits:
        first = bisect_right(ends, edit.start)  # the first number ending after the edit's start
        if first < len(spans) and starts[first] < edit.end:  # (a run may begin before: 總統華總)
            edit = Edit(edit.rule, edit.start, edit.end, edit.before, edit.after, f"{edit.detail}; {IN_DOCUMENT_NUMBER}")
        out.append(edit)
    return out


def _keep_dioxin(before: str, after: str) -> str:
    """``after`` with the ``噁`` of ``before`` kept where OpenCC wrote ``𫫇`` (``二噁英``).

    Simplified chemistry writes ``二噁英`` (a clean law, :data:`KEPT_IN_SIMPLIFIED`), and so does
    Traditional text; OpenCC's ``t2s``/``tw2s`` turn it into ``二𫫇英`` in a unit they convert
    whole (a page converted by s2tw and back: ``开展一次二𫫇英监测``).

    >>> _keep_dioxin("開展一次二噁英監測", "开展一次二𫫇英监测")
    '开展一次二噁英监测'
    """
    if "噁" not in before or len(before) != len(after):
        return after
    return "".join("噁" if b == "噁" and a == "𫫇" else a for b, a in zip(before, after))


def _convert_units(text: str, conversion: str = "auto") -> tuple[str, list[Edit]]:
    """:func:`convert_traditional` past its gate (its own function: the
    closures of this body would cost every clean page a few cells)."""
    evidence, keep_variants = _page_evidence(text)
    plan = _plan(text, evidence)
    traditional = "".join(text[a:b] for a, b, cls in plan if cls == _TRADITIONAL)
    if conversion != "auto":
        config = conversion
    else:
        config = choose_variant(traditional) if traditional else "t2s"
    # (start, end, detail) of each unit to change: detail None converts only
    # its isolated Traditional-only characters, else the unit converts whole.
    jobs: list[tuple[int, int, str | None]] = []
    for a, b, cls in plan:
        if cls == _TRADITIONAL or (cls == _MIXED and evidence.score(a, b)[0] >= _MIXED_MIN_TRADITIONAL
                                   and evidence.score(a, b)[0] - _on_purpose_count(text, a, b) >= _MIXED_MIN_TRADITIONAL):
            # a mixed unit with several Traditional-only characters is a converted
            # one with many slips (``北京市人民代表大會常务委員會关於加强``)
            jobs.append((a, b, config if cls == _TRADITIONAL else f"{config}; mixed"))
        elif cls != _FOREIGN and evidence.score(a, b)[0]:
            jobs.append((a, b, None))
    whole = [(a, b) for a, b, detail in jobs if detail is not None]
    sources = [_span_source(text, a, b, config, evidence) for a, b in whole]
    # a word a wrap, a page foot or letter-spacing cut in two is converted whole (顯⏎著, 瞭⏎解)
    converted = convert_across_breaks(text, whole, sources, lambda stream: _to_simplified(config, stream))
    if converted is None:
        converted = _to_simplified_each(config, sources)
    befores = [text[a:b] for a, b, detail in jobs if detail is not None]
    converted = [_keep_dioxin(before, after) for before, after in zip(befores, converted)]
    same = [k for k, (x, y) in enumerate(zip(befores, converted)) if len(x) == len(y)]
    same_runs = dict(zip(same, _runs_each([befores[k] for k in same], [converted[k] for k in same])))
    k = 0
    edits: list[Edit] = []
    pieces: list[str] = []  # the output, built unit by unit (as apply_edits would)
    cursor = 0
    for a, b, detail in jobs:
        if detail is None:
            unit = _isolated_edits(text, a, b, config, keep_variants=keep_variants)
            for edit in unit:
                pieces += (text[cursor : edit.start], edit.after)
                cursor = edit.end
        else:
            before, after = befores[k], converted[k]
            runs = same_runs.get(k)
            if runs is not None:
                unit = [Edit(TRADITIONAL_TO_SIMPLIFIED, a + i, a + j, before[i:j], after[i:j], detail) for i, j in runs]
            else:
                unit = [Edit(TRADITIONAL_TO_SIMPLIFIED, a + i, a + j, before[i:j], repl, detail) for i, j, repl in _diff_runs(before, after)]
            k += 1
            if unit:
                pieces += (text[cursor:a], after)
                cursor = b
        edits.extend(unit)
    if not edits:
        return text, edits
    pieces.append(text[cursor:])
    return "".join(pieces), _mark_document_numbers(text, edits)
