"""Spans a site inserted inside a law's sentence: a link, a glossary link's mark.

Real damage (set 8's ``h8_spam_short_links`` and ``h8_furn_glossary_marks``, session 26): a copy of a law carries,
inside its sentences, spans the law never wrote and whose removal leaves the sentence whole:

* **a link** before a comma or a full stop, or between two words, with or without its scheme and a blank:
  ``…处置不力t.cn/hJW8MxDE，以及…``, ``…缴存 dwz.cn/6ma69UDH。``, ``…执勤https://suo.im/PWMnb，…``: a link
  shortener's address a spam injector glued into the text, with no brand for the spam rule to hold on to;
* **a glossary link's mark** left after the terms the site linked to its glossary, the link's text gone:
  ``报市人民政府[?]批准后执行``, ``有关部门［查看释义］不执行``, ``参加工作委员会ⓘ的常委会组成人员``,
  ``人民政府(词条)依法授予``, ``主管部门〔注释〕的规定``.

One mechanism, not a list of carriers: a span whose characters are outside the law's register (a Latin link; a
bracketed label or an icon) that (1) sits where the law's grammar has no slot for it (glued after a word of the
sentence, before its next word or its comma), and (2) recurs on the page with the same shape (links of one shape;
the same mark after several terms), or (3) for a label in Han characters, whose deletion the law's language model
prefers (:mod:`corpus_tools.language_model`, loaded only when such a label recurs).

The same mechanism reaches the renderer's own insertions (session 30, :func:`renderer_insertions`): what the tool
that turned the document into text (a browser and its print path, an office suite, a PDF viewer, a reader app) wrote
where the content flows: icon fonts' ligature names, link addresses after the linked words, comment anchors and the
comment list, a tiled watermark's stamp; its docstring lists the family's members and states the evidence.

Kept: a link the sentence introduces (``网址：``, ``登录…查询``, ``中国政府网www.gov.cn``) or governs, an official
host (``.gov.cn``…), a link in brackets (the law's own note ``（网址：…）``); a footnote or an item's number
(``[1]``, ``（注1）``, ``①``, ``（一）``); a law's own bracketed words (``（以下简称…）``, ``（含）``, ``（试行）``,
``（签字）：``, ``（复印件）``), which its sentences use elsewhere, its model reads as law, or a form's colon
follows.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache

from corpus_tools.clean.brands import is_official_host
from corpus_tools.clean.cited_spans import introduced
from corpus_tools.clean.ruby import SURNAMES
from corpus_tools.clean.spam_decorations import governed_address
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import SENTENCE_FINAL, is_han

INSERTED_LINK = "link inside a sentence"
GLOSSARY_MARK = "glossary link's mark after a term"

# --------------------------------------------------------------------------
# Links
# --------------------------------------------------------------------------

#: A link glued after a Han character or a sentence's punctuation (one blank between at most): an optional scheme, a
#: host of Latin labels with a top-level domain, an optional port and path; before a Han character, a sentence's
#: punctuation or the line's end (one blank between at most).
_LINK_RE = lazy_regex(
    r"(?<=[\p{Han}，。；！？])(?P<lead>[ \u3000]?)"
    r"(?P<link>(?P<scheme>https?://)?(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,30})\.){1,3}[A-Za-z]{2,6})"
    r"(?::\d{2,5})?(?P<path>(?:/[A-Za-z0-9_\-~%=?&#+.]*)*))"
    r"(?P<trail>[ \u3000]?)(?=[\p{Han}，。；、！？：,;!?]|\n|$)",
)
#: Words that introduce a link in a law's own sentence (``登录www.x.com查询``, ``中国政府网www.gov.cn``).
#: (``见`` only as ``详见``, ``参见``: a sentence's ``意见`` ends in it; ``为`` only as the introducer's ``网址为``,
#: :func:`~corpus_tools.clean.cited_spans.introduced`: a sentence's ``行为`` ends in it)
_LINK_INTRO = ("网", "址", "站", "登录", "登陆", "访问", "浏览", "链接", "进入", "平台", "系统", "APP", "公众号", "邮箱", "详见", "参见",
               "请见", "至", "：", ":")
#: A path's last piece that is an opaque token (a shortener's key): letters and digits both, or upper and lower case
#: mixed past a capitalised word (``hJW8MxDE``, ``JFZYeQcP``, ``rasGc``; not ``index``, ``toPubHome`` nor ``2021``).
_OPAQUE_RE = lazy_re(r"(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,16}|(?=[A-Za-z]*(?:[a-z][A-Z]|[A-Z]{2}[a-z]))[A-Za-z]{4,16}")
_CAMEL_RE = lazy_re(r"[a-z]+(?:[A-Z][a-z]{2,})+|[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")


def _opaque(path: str) -> bool:
    """Whether a link's path ends in an opaque key.

    >>> [_opaque(p) for p in ("/hJW8MxDE", "/s/kH3a", "/JFZYeQcP", "/rasGc", "/toPubHome", "/index.html", "/2021", "")]
    [True, True, True, True, False, False, False, False]
    """
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(last) and _OPAQUE_RE.fullmatch(last) is not None and _CAMEL_RE.fullmatch(last) is None


def inserted_links(text: str) -> list[tuple[int, int]]:
    """Links inserted inside a law's sentences: ``(start, end)`` spans, a blank around a link with it.

    Real damage (set 8's ``h8_spam_short_links``): ``…处置不力t.cn/hJW8MxDE，以及…``, ``…缴存 dwz.cn/6ma69UDH。``: a
    short link glued before the sentence's comma or full stop, no brand, no words around it.

    **Evidence**: a link (a scheme or a path after its host) glued after a word of a sentence or its punctuation, before
    its next word, its punctuation or the line's end, that nothing introduces (no ``网址``, ``登录``, ``访问``… before it, not in brackets, not a site the
    sentence governs) and no official host (``.gov.cn``…); and the page glues two or more links so, or this one link
    ends in an opaque key (``hJW8MxDE``: letters and digits mixed), the shape of a shortener's address.

    >>> t = "缴存 dwz.cn/6ma69UDH。处置不力t.cn/hJW8MxDE，以及登录https://www.x.com/a/b查询，见中国政府网http://www.gov.cn/x。"
    >>> [t[a:b] for a, b in inserted_links(t)]
    [' dwz.cn/6ma69UDH', 't.cn/hJW8MxDE']
    >>> inserted_links("申请人可以登录http://t.cn/A6x9kZ2办理。")
    []
    """
    if "." not in text:
        return []
    found: list[tuple[int, int, bool]] = []
    for m in _LINK_RE.finditer(text):
        if not (m.group("scheme") or m.group("path")):
            continue  # a host alone glued between words is glued_hosts' (spam.py), which asks it recur
        start = m.start("link")
        if is_official_host(m.group("host")) or text[max(0, start - 3):start].rstrip(" \u3000").endswith(_LINK_INTRO):
            continue
        if introduced(text, start) or governed_address(text, start, m.end("link")):
            continue
        path = m.group("path")
        found.append((m.start(), m.end(), _opaque(path)))
    if len(found) >= 2:
        return [(a, b) for a, b, _ in found]
    return [(a, b) for a, b, opaque in found if opaque]


# --------------------------------------------------------------------------
# Glossary marks
# --------------------------------------------------------------------------

_PAIRS = {"[": "]", "［": "］", "(": ")", "（": "）", "〔": "〕", "【": "】", "〖": "〗", "〈": "〉", "｛": "｝", "{": "}"}
#: A mark glued after a Han character, before the sentence's next word or punctuation: a short bracketed label, or
#: an icon (a symbol, or the information sign ``ℹ``, a letter-like one).
_MARK_RE = lazy_regex(
    r"(?<=\p{Han})(?:(?P<open>[\[［(（〔【〖〈｛{])(?P<label>[^\s\[\]［］()（）〔〕【】〖〗<>＜＞〈〉｛｝{}《》“”\"'，。；、：,;:]{1,6})"
    r"(?P<close>[\]］)）〕】〗〉｝}])|(?P<icon>[\p{So}\u2139]))"
    r"(?=[\p{Han}，。；、,;])"
)
#: A label that numbers a note or an item (``[1]``, ``（注1）``, ``（一）``, ``(a)``): the notes reader's, or the law's.
_NUMBERING_RE = lazy_re(r"[^0-9０-９]*[0-9０-９].*|[零〇一二三四五六七八九十百千两]+|[A-Za-z]|[ivxIVX]{1,4}|注|[*＊†‡]+")
_ABBREVIATION_RE = lazy_re(r"[A-Z]{2}")
#: A label written in signs only (no letter, digit, ellipsis or dash: ``（…）``, ``(——)`` mark what a quotation left out).
_SIGN_LABEL_RE = lazy_re(r"[?？!！*＊+＃#~^@]{1,3}")
#: Least number of times the same mark follows a word on the page; a label in Han characters, after as many different
#: terms (their last :data:`_TERM` characters).
_MIN_REPEATS = 2
_TERM = 1
#: How much more likely (natural log, per character of the mark) the law's model finds the sentence without a label
#: in Han characters than with it, at least.
_LABEL_GAIN = 9.0
_LEAST_GAIN = 7.5
#: How likely (natural log, per character) the model finds a label's words after their term, at most.
_LABEL_WORDS = -6.0
#: Longest label in Han characters a glossary writes (``查看释义``, ``名词解释``).
_HAN_LABEL = 4
#: Labels in Han characters judged on a page at most, and their places the model reads at most.
_MAX_LABELS = 3
_JUDGED = 8
#: Longest word a decoration wraps, and what no word holds.
_WORD = 12
#: How far the other half of a pair of symbols around a brand may stand (a brand with its site words is longer).
_PAIR_REACH = 30
_CLAUSE_BREAK_RE = lazy_regex(r"[，。；！？\n]")
_BREAK_RE = lazy_regex(r"[，。；：、！？,;:!?\n]")


def _other_symbol(stretch: str, mark: str) -> bool:
    """Whether ``stretch`` (a word's length beside a mark, up to a sentence break) holds a symbol other than the
    mark: the other half of a pair around a word."""
    return any(ch != mark and unicodedata.category(ch) == "So" for ch in stretch)
#: Context the model reads on each side of a mark.
_CONTEXT = 8


def _mark_kind(m) -> str | None:
    """``"icon"``, ``"sign"`` or ``"han"`` for a mark outside the law's register, or None for a note's or an
    item's number, an unpaired bracket, a symbol the law writes."""
    icon = m.group("icon")
    if icon is not None:
        if "\u2500" <= icon <= "\u25ff" or unicodedata.name(icon, "").startswith(("CIRCLED DIGIT", "DINGBAT")):
            return None  # (a shape masks a name's characters or a year's zero, ``丙○○``, ``二○一○``; a circled number numbers an item)
        return "icon"
    if _PAIRS[m.group("open")] != m.group("close") and not (m.group("open") in "(（" and m.group("close") in ")）"):
        return None
    label = m.group("label")
    if _NUMBERING_RE.fullmatch(label) or _ABBREVIATION_RE.search(label):
        return None  # (a note's or an item's number; an abbreviation the law defines, ``指数（MQI）``)
    if any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in label):
        return "han" if len(label) <= _HAN_LABEL else None  # (a longer one is a note: ``（即系争规定）``)
    if _SIGN_LABEL_RE.fullmatch(label):
        return "sign"  # (``[?]``, ``(+)``: no word, an icon written in signs)
    return None  # (Latin words: a reading ``(jié)``, a tag ``<em>``, a term's English name; none of the law's register to judge)


def _han_label_inserted(text: str, label: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the law's model prefers the sentences without the label ``text[a:b]`` (``spans``) by far (on average
    by :data:`_LABEL_GAIN` per character, each by :data:`_LEAST_GAIN`), and reads the label's words after their
    term as no law would write them."""
    from corpus_tools.language_model import deletion_gain, normalize, shipped

    lm = shipped().forward
    gains = []
    for a, b in spans:
        read = deletion_gain(lm, text, a, b, _CONTEXT)
        if read is None:
            return False  # (a label that normalises to nothing: no words to weigh)
        left, mark, gain = read
        words = lm.logprob(left + mark[:1], normalize(label)) / len(label)
        if gain < _LEAST_GAIN or words > _LABEL_WORDS:
            return False
        gains.append(gain)
    return sum(gains) / len(gains) >= _LABEL_GAIN


def _wraps_words(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the marks come in pairs each around a word (``打击★非法集资★和★电信网络诈骗★``): a decoration.

    >>> t = "打击★非法集资★和★电信网络诈骗★，整治★私彩★。"
    >>> _wraps_words(t, [(i, i + 1) for i, ch in enumerate(t) if ch == "★"])
    True
    >>> t = "提升⌜鼎盛娱乐⌟能力，加强⌜金沙⌟管理。"
    >>> _wraps_words(t, [(i, i + 1) for i, ch in enumerate(t) if ch == "⌜"]), _wraps_words(t, [(i, i + 1) for i, ch in enumerate(t) if ch == "⌟"])
    (True, True)
    """
    mark = text[spans[0][0]:spans[0][1]]
    if all(_other_symbol(_CLAUSE_BREAK_RE.split(text[b:b + _PAIR_REACH])[0], mark) for _, b in spans) \
            or all(_other_symbol(_CLAUSE_BREAK_RE.split(text[max(0, a - _PAIR_REACH):a])[-1], mark) for a, _ in spans):
        return True  # (each opens or closes a pair of other symbols around a word: ``⌜鼎盛娱乐⌟``)
    if len(spans) % 2:
        return False
    for (_, open_end), (close_start, _) in zip(spans[::2], spans[1::2]):
        if close_start - open_end > _WORD or _BREAK_RE.search(text, open_end, close_start):
            return False
    return True


def glossary_marks(text: str) -> list[tuple[int, int]]:
    """Marks a glossary's links left after terms inside the law's sentences: ``(start, end)`` spans.

    Real damage (set 8's ``h8_furn_glossary_marks``): ``报市人民政府[?]批准后执行``, ``有关部门［查看释义］不执行``,
    ``参加工作委员会ⓘ的常委会组成人员``: the site linked terms to its glossary, the copy kept the link's mark.

    **Evidence**: the same mark (a bracketed label of signs or of one to four Han characters, or an icon) glued after a
    word and before the sentence's next word or punctuation (not a form's colon) two or more times on the page, and
    nowhere else on it, not in pairs around words (a star that wraps a word, ``★六合彩★``, is a decoration);
    no number of a note or an item (``[1]``, ``（注1）``, ``（一）``, ``①``); a label in Han characters only where the
    page never writes its words outside the marks (a law's ``（签字）``, ``（含）`` are its own words) and the
    law's model reads every sentence far better without it than with it.

    >>> t = "报市人民政府[?]批准后执行，办理缴存登记[?]，参加委员会ⓘ的人员，有关部门ⓘ，加强管理。"
    >>> [t[a:b] for a, b in glossary_marks(t)]
    ['[?]', '[?]', 'ⓘ', 'ⓘ']
    >>> glossary_marks("罚款五万元以上（含）的，或者十万元以上（含）的；见注释[1]和注释[2]，依照第（一）项和第（一）项。")
    []
    """
    if not _MARK_CHARS.search(text):
        return []
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for m in _MARK_RE.finditer(text):
        kind = _mark_kind(m)
        if kind is None:
            continue
        mark = m.group(0)
        kinds[mark] = kind
        groups[mark].append((m.start(), m.end()))
    found: list[tuple[int, int]] = []
    labels: list[tuple[str, list[tuple[int, int]]]] = []
    for mark, spans in groups.items():
        if len(spans) < _MIN_REPEATS:
            continue
        if kinds[mark] != "han":
            if text.count(mark) == len(spans) and not _wraps_words(text, spans):
                found += spans  # (a star that wraps a word, ``★地下六合彩★、★私彩★``, is a decoration: the spam rule's)
        elif len({text[max(0, a - _TERM):a] for a, _ in spans}) >= _MIN_REPEATS:
            labels.append((mark, spans))
        # (a law's alternative after one term, ``车票（卡）`` twice, ``选（洗）矿``, is its own writing)
    # the most frequent labels only (a page holds one glossary; the page is read once per label judged)
    for mark, spans in sorted(labels, key=lambda item: -len(item[1]))[:_MAX_LABELS]:
        label = mark[1:-1]
        if text.count(label) == len(spans) and _han_label_inserted(text, label, spans[:_JUDGED]):
            found += spans
    return sorted(found)


#: A character a mark holds (a cheap gate: most pages hold no bracket glued to a word twice, all hold ``（``).
_MARK_CHARS = lazy_regex(r"\p{Han}[\[［(（〔【〖〈｛{\p{So}\u2139]")


# --------------------------------------------------------------------------
# Romanised brand names
# --------------------------------------------------------------------------

ROMANISED_BRAND = "romanised name inside a sentence"

#: A Latin word: letters, a capital inside only where a part starts, an apostrophe or a hyphen between parts (atomic:
#: one way to read a word, no backtracking inside it).
_ROMAN_WORD = r"(?>[A-Za-z][a-z]*(?:['’\-]?[A-Z][a-z]*|['’\-][a-z]+)*)"
#: A run of one to four Latin words (letters, a romanisation's apostrophes and hyphens inside) between two Han
#: characters, one blank between at most on each side: the place a name is put into a sentence, where a law's Latin
#: stands with a bracket, a unit, a number or an article's label around it.
_ROMAN_RUN_RE = lazy_regex(rf"{_ROMAN_WORD}(?: {_ROMAN_WORD}){{0,3}}(?=[ \u3000]?\p{{Han}})")
#: Latin letters: where a run may start, after a Han character (one blank between at most, :func:`_after_han`).
#: (``re`` on the letters, rare in a law, not on the Han characters: the scan of every page, 0.2 CPU-s on the 11.5
#: million characters of the DLC laws, where ``regex``'s ``\p{Han}`` with a lookbehind took 0.6.)
_LETTERS_RE = lazy_re(r"[A-Za-z]+")
_HAN_CHAR = lazy_regex(r"\p{Han}")
#: Places on the page a name must take, each between other characters: a brand is repeated through the page, a law's
#: Latin term is glued to the word it qualifies (``Yamagata系``, ``Sanger测序法``) every time.
_ROMAN_REPEATS = 2
#: The longest word of Han characters a name's syllables are checked against on each side (a gloss, ``中关村Zhongguancun``).
_GLOSSED_CHARS = 8
#: Names always at one place judged on a page (each searches the page for the word they split).
_JUDGED_PLACES = 4
#: Letters of the shortest name (two syllables at least: ``Aomen``, ``yule``; one syllable is a label or a unit).
_ROMAN_LETTERS = 4


@lru_cache(maxsize=1)
def _romanised_syllables() -> frozenset[str]:
    """The syllables a Chinese name is spelled with in Latin letters: pinyin's, and Wade-Giles', Gwoyeu Romatzyh's and
    Tongyong's (no apostrophe), those of a vowel only (``m``, ``n``, ``ng``, ``hm`` are interjections, never in a name).

    >>> {"ao", "men", "xin", "hsin", "ching", "yu"} <= _romanised_syllables(), {"m", "n", "ng", "hm"} & _romanised_syllables()
    (True, set())
    """
    from corpus_tools.clean.ruby import other_syllables, valid_syllables

    return frozenset(s for s in valid_syllables() | {o for o in other_syllables() if o.isascii() and "'" not in o}
                     if _VOWEL_RE.search(s))


_VOWEL_RE = lazy_re("[aeiouv]")


def _syllables(letters: str) -> int:
    """How many syllables of :func:`_romanised_syllables` spell lower-case ``letters`` at the fewest (0: they spell none).

    >>> [_syllables(w) for w in ("aomen", "xinpujing", "hsinpuching", "yule", "victoria", "mri", "sanger")]
    [2, 3, 3, 2, 0, 0, 2]
    """
    syllables = _romanised_syllables()
    n = len(letters)
    best = [0] + [-1] * n
    for i in range(n):
        if best[i] < 0:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if letters[i:j] in syllables and (best[j] < 0 or best[j] > best[i] + 1):
                best[j] = best[i] + 1
    return max(best[n], 0)


_CAMEL_PART_RE = lazy_re(r"[A-Z]?[a-z]+|[A-Z]")
_WORD_SEPARATORS = lazy_re(r"['’\- ]")
_WORD_BREAKS = lazy_re(r"[\- ]")
_APOSTROPHES = lazy_re(r"['’]")


def _romanised_name(run: str) -> str | None:
    """``run`` as one key of lower-case letters when every word of it spells Chinese syllables, two syllables at least
    in all, a capital only where a syllable starts (``AomenXinpujing``, ``Hsin-p'u-ching``); None for an acronym or
    an English word (``MRI``, ``Victoria``, ``pH``).

    >>> [_romanised_name(r) for r in ("AomenXinpujing", "Weinisiren yule", "Hsin-p'u-ching", "MRI", "Victoria", "pH", "wang")]
    ['aomenxinpujing', 'weinisirenyule', 'hsinpuching', None, None, None, None]
    """
    key = _WORD_SEPARATORS.sub("", run).lower()
    if len(key) < _ROMAN_LETTERS:
        return None
    count = 0
    for word in _WORD_BREAKS.split(run):
        parts = _CAMEL_PART_RE.findall(_APOSTROPHES.sub("", word))  # (Wade-Giles' ``p'u``: one syllable)
        if any(len(p) == 1 and p.isupper() for p in parts):
            return None  # a capital alone (an acronym's, ``MRI``; ``pH``) starts no syllable
        for part in parts:
            n = _syllables(part.lower())
            if not n:
                return None
            count += n
    return key if count >= 2 else None


def _glosses(letters: str, before: str, after: str) -> bool:
    """Whether ``letters`` read the Han word just before or just after them (a gloss, a bilingual sign's name:
    ``中关村Zhongguancun``), in pinyin.

    >>> _glosses("zhongguancun", "位于中关村", "科技园"), _glosses("aomenxinpujing", "组织的", "检查")
    (True, False)
    """
    from corpus_tools.clean.ruby import _segments, readings

    for k in range(1, _GLOSSED_CHARS + 1):
        if (len(before) >= k and _segments(letters, before[-k:], readings)) or (
                len(after) >= k and _segments(letters, after[:k], readings)):
            return True
    return False


def romanised_names(text: str, learned: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Names spelled in Latin letters put into a law's sentences: ``(start, end)`` spans (the letters only; the spam
    rule takes the blanks that pad them, :func:`corpus_tools.clean.spam.remnant_edits`).

    Real damage (set 9's ``h9_spam_pinyin_brand``, session 27): a spam injector puts a gambling brand into the law's
    sentences in pinyin, with no Han character, no domain and no decoration for the brand rules to hold on to:
    ``…常委会组织的 AomenXinpujing 检查法律…``, ``…泥浆等废Yongli Huiyule弃物；``, ``…自然 Weinisiren yule 资源和规划…``,
    two to four times on a page, at places of no sense, inside words too.

    **Evidence**: a run of Latin words between two Han characters (one blank between at most on each side, no bracket,
    no figure, no unit or label beside it) whose words all spell Chinese syllables (pinyin's, or another
    romanisation's: pypinyin's syllables are the data), two at least, with capitals only where a syllable starts
    (an acronym, ``MRI``, ``PAGE``, ``NEMA``, is a law's term); that reads no Han word beside it (a gloss,
    ``中关村Zhongguancun``); and that the page puts at such places :data:`_ROMAN_REPEATS` times or more, beside
    different words on each side (a law's Latin term is glued to the word it qualifies: ``Yamagata系`` every time), or
    each time inside the same word, which the page writes whole elsewhere (``馆 huangguan tiyu 藏``, ``馆藏``); or once,
    when the build learned the name or a word of it from the spam removed on the site's other pages (``learned``, lower
    case: :mod:`corpus_tools.dataset.learned_brands`).
    The laws of the DLC corpus hold no such run at all: a law writes Chinese names in Han characters.

    >>> t = "组织的 AomenXinpujing 检查，泥浆等废AomenXinpujing弃物，乙型流感Yamagata系和丙型Yamagata系。"
    >>> [t[a:b] for a, b in romanised_names(t)]
    ['AomenXinpujing', 'AomenXinpujing']
    >>> romanised_names("位于中关村Zhongguancun科技园，中关村Zhongguancun大街，采用MRI检查，按MRI检查。")
    []
    >>> t = "组织的 Aomen Xinpujing 检查。"
    >>> romanised_names(t), [t[a:b] for a, b in romanised_names(t, frozenset({"aomen"}))]
    ([], ['Aomen Xinpujing'])
    """
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for letters in _LETTERS_RE.finditer(text):
        if not _after_han(text, letters.start()):
            continue
        m = _ROMAN_RUN_RE.match(text, letters.start())
        if m is None:
            continue
        key = _romanised_name(m.group())
        if key is not None:
            groups[key].append((m.start(), m.end()))
    found: list[tuple[int, int]] = []
    judged = 0  # names always at one place, whose word the page is searched for (a page holds a brand or two)
    for key, spans in groups.items():
        if len(spans) < _ROMAN_REPEATS:
            if learned and _learned(text, spans[0], learned) and not _glosses(key, *_beside(text, *spans[0])):
                found.append(_past_label_pad(text, *spans[0]))
            continue
        lefts = {_han_before(text, a) for a, _ in spans}
        rights = {_han_after(text, b) for _, b in spans}
        if (len(lefts) < 2) != (len(rights) < 2):
            continue  # (glued to the same word each time: a term and the word it qualifies, ``Yamagata系``)
        if len(lefts) < 2:  # (at one place each time: inside a word the page writes whole elsewhere, ``馆 huangguan tiyu 藏``)
            judged += 1
            if judged > _JUDGED_PLACES or (lefts.pop() + rights.pop()) not in text:
                continue
        if any(_glosses(key, *_beside(text, a, b)) for a, b in spans):
            continue
        found += [_past_label_pad(text, a, b) for a, b in spans]
    return sorted(found)


def _after_han(text: str, at: int) -> bool:
    """Whether a Han character stands before ``at``, one blank between at most.

    >>> _after_han("的 Aomen", 2), _after_han("的Aomen", 1), _after_han("a Aomen", 2), _after_han("Aomen", 0)
    (True, True, False, False)
    """
    before = at - 1
    if before >= 0 and text[before] in " \u3000":
        before -= 1
    return before >= 0 and _HAN_CHAR.match(text, before) is not None


def _beside(text: str, start: int, end: int) -> tuple[str, str]:
    """The Han text a gloss may read before and after ``text[start:end]``, its pads left out."""
    return text[max(0, start - _GLOSSED_CHARS - 1):start].rstrip(" \u3000"), text[end:end + _GLOSSED_CHARS + 1].lstrip(" \u3000")


def _learned(text: str, span: tuple[int, int], learned: frozenset[str]) -> bool:
    """Whether the build learned the name at ``span`` or a word of it (in lower case: ``aomen`` of ``Aomen Xinpujing yule``,
    whose other words a brand list knows or are too short to learn)."""
    run = text[span[0]:span[1]].lower()
    return _WORD_SEPARATORS.sub("", run) in learned or any(w in learned for w in run.split(" "))


def _past_label_pad(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)``, run on over the blank after the name when an article's or an item's label and its blank stand
    before it (``第七条 AomenXinpujing 开发``: the label's blank stays, the pad goes; the spam rule keeps both pads
    beside a label).

    >>> t = "第七条 AomenXinpujing 开发，的 AomenXinpujing 检查"
    >>> [t[a:b] for a, b in (_past_label_pad(t, 4, 18), _past_label_pad(t, 24, 38))]
    ['AomenXinpujing ', 'AomenXinpujing']
    """
    from corpus_tools.clean.spam import _LABEL_END

    if text[start - 1] in " \u3000" and end < len(text) and text[end] in " \u3000" and _LABEL_END.search(
            text, max(0, start - 13), start - 1):
        return start, end + 1
    return start, end


def _han_before(text: str, at: int) -> str:
    return text[at - 1] if text[at - 1] not in " \u3000" else text[at - 2]


def _han_after(text: str, at: int) -> str:
    return text[at] if text[at] not in " \u3000" else text[at + 1]


# --------------------------------------------------------------------------
# Credentials put inside a phrase
# --------------------------------------------------------------------------

INSERTED_CREDENTIAL = "credential inserted inside a phrase the page writes whole"

#: The titles and honours a self-promoter puts before a name (``…有限公司董事长``, ``北京大学特邀讲师``, ``…协会会员``).
_CREDENTIAL_TITLE = lazy_re(
    r"(?:董事长|执行董事|总经理|总裁|创始人|首席[\u4e00-\u9fff]{1,4}官|讲师|教授|研究员|会员|院士|副?主席|秘书长|导师|"
    r"理事长?|顾问|艺术家|书法家|画家|大师|传承人)"
)
#: The organisations a credential names (``方墨广告传媒（广州）有限公司``, ``北京大学``, ``中国美术家协会``).
_CREDENTIAL_ORGAN = lazy_re(r"公司|集团|大学|学院|协会|学会|研究院|画院|传媒|中心|工作室")
#: What a credential is written with: Han characters, the list mark between its titles, a bracketed place.
_CREDENTIAL_CHARS = lazy_re(r"[\u4e00-\u9fff、（）()]+")
#: How far before its title a credential may start, and how long a name after it is.
_CREDENTIAL_REACH = 40
_NAME_LENGTHS = (2, 3)
#: The fewest places a page writes the phrase whole, and the most title words read on one page.
_PHRASE_PLACES = 2
_TITLES_MAX = 24
_OCCURRENCES_MAX = 64


#: The shortest phrase the characters around a credential must make (two or more on each side).
_PHRASE_MIN = 5


def _phrase_around(text: str, start: int, end: int) -> bool:
    """Whether two to four Han characters before ``start`` and two to four after ``end`` make a phrase of at least
    :data:`_PHRASE_MIN` characters that the page writes whole at :data:`_PHRASE_PLACES` places or more.

    >>> t = "参访团成员；参访团成员；参访团张三成员"
    >>> _phrase_around(t, t.rindex("张"), t.rindex("张") + 2), _phrase_around("访团成员；访团成员；访团张三成员", 12, 14)
    (True, False)
    """
    apart: str | None = None  # the text with every copy of the span cut out, made when a phrase is a candidate
    for i in (4, 3, 2):
        if start - i < 0 or not all(_han(ch) for ch in text[start - i:start]):
            continue
        for j in (4, 3, 2):
            if i + j < _PHRASE_MIN or end + j > len(text) or not all(_han(ch) for ch in text[end:end + j]):
                continue
            phrase = text[start - i:start] + text[end:end + j]
            if text.count(phrase) >= _PHRASE_PLACES and apart is None:
                # (written whole where no copy of the span stands: a copy of the credential holds its own characters,
                # ``…书法家协会驻会…`` twice, title and body: no phrase of the sentence)
                apart = text.replace(text[start:end], "\x00")
            if apart is not None and apart.count(phrase) >= _PHRASE_PLACES:
                return True
    return False


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def inserted_credentials(text: str) -> list[tuple[int, int]]:
    """Credentials (an organisation, a title, a person's name) put inside a phrase that the page writes whole
    elsewhere: ``(start, end)`` spans.

    Real damage (field test 28, F28-B3): cloned government news pages carry a self-promoter's name and titles put into
    their sentences; the Guangdong portal's clone writes ``参访团方墨广告传媒（广州）有限公司董事长、北京大学特邀讲师马艺甄成员
    热烈分享…`` where the article wrote ``参访团成员热烈分享…``, and the same page writes ``参访团成员`` whole twice
    (``介绍了参访团成员以及…``, ``参访团成员表示，…``).  Nothing was replaced: the phrase reads whole without the span.

    **Evidence** (all of it): the span is a credential, an organisation's name (:data:`_CREDENTIAL_ORGAN`) and a title
    (:data:`_CREDENTIAL_TITLE`) followed by a name of two or three characters that ends the span, written in Han
    characters, ``、`` and brackets only, the name opening with a common surname (:data:`~corpus_tools.clean.ruby.SURNAMES`:
``执行董事依据`` and ``会员的律师`` in two clean laws are no credential); it stands between two Han characters; and the characters around it, two or
    more on each side, make a phrase that the page writes whole at :data:`_PHRASE_PLACES` other places or more.  A
    credential the page gives no such phrase around (``中国美术家协会会员齐子厚既是参展艺术家``) is kept: nothing on the page
    shows that the sentence went without it.

    >>> t = "介绍了参访团成员以及主要安排。参访团方墨广告传媒（广州）有限公司董事长、北京大学特邀讲师马艺甄成员热烈分享感受。参访团成员表示，振奋。"
    >>> [t[s:e] for s, e in inserted_credentials(t)]
    ['方墨广告传媒（广州）有限公司董事长、北京大学特邀讲师马艺甄']

    A credential the sentence introduces, or a phrase written whole once only, stays:

    >>> inserted_credentials("参访团成员有北京大学教授张三。参访团北京大学教授李四成员发言。")
    []
    >>> inserted_credentials("会议由某某有限公司董事长王五主持。王五表示，将继续支持。")
    []

    Nor is a phrase that the copies of the credential itself hold (a headline repeated as the first line of the body):

    >>> t = "中国书法协会会员、大兴书法家协会驻会副主席胡文成参加活动\\n中国书法协会会员、大兴书法家协会驻会副主席胡文成参加活动。"
    >>> inserted_credentials(t)
    []
    """
    spans: list[tuple[int, int]] = []
    seen = 0
    for m in _CREDENTIAL_TITLE.finditer(text):
        seen += 1
        if seen > _TITLES_MAX:
            break
        if spans and m.start() < spans[-1][1]:
            continue
        found = _credential_at(text, m.start(), m.end())
        if found is not None:
            spans.append(found)
    return spans


def _credential_at(text: str, title_start: int, title_end: int) -> tuple[int, int] | None:
    """The credential span whose (last) title is ``text[title_start:title_end]``, with the page's phrase around it, or
    None (:func:`inserted_credentials`)."""
    floor = max(0, title_start - _CREDENTIAL_REACH)
    # (the credential's own characters reach back from its title: its start is one of them)
    lo = title_start
    while lo > floor and _CREDENTIAL_CHARS.fullmatch(text, lo - 1, lo):
        lo -= 1
    for k in _NAME_LENGTHS:
        end = title_end + k
        if end + 2 > len(text) or not all(_han(ch) for ch in text[title_end:end + 2]):
            continue
        if text[title_end] not in SURNAMES:
            continue  # no person's name after the title: ``执行董事依据公司法``, ``会员的律师`` (clean laws, session 29)
        right = text[end:end + 2]
        before: set[str] = set()  # the two characters before each other place of the right side's first two
        at = text.find(right)
        count = 0
        while at >= 0 and count < _OCCURRENCES_MAX:
            if at != end and at >= 2:
                before.add(text[at - 2:at])
            count += 1
            at = text.find(right, at + 1)
        if not before:
            continue
        for start in range(lo, title_start):  # the longest span first
            if start < 2 or text[start - 2:start] not in before or not _han(text[start - 1]):
                continue
            span = text[start:end]
            if _CREDENTIAL_ORGAN.search(span) is None or text[start] in "、（）()":
                continue
            if _phrase_around(text, start, end):
                return start, end
    return None


# --------------------------------------------------------------------------
# A renderer's insertions into the text flow
# --------------------------------------------------------------------------

RENDERER_INSERTION = "a renderer's insertion into the text flow"

#: Sentence-final and closing marks after which a line's own text ends (a tool row glued after them is no sentence).
_CLOSERS = "。；！？：」』”’）》】"
#: An icon font's ligature names, or a tool's identifiers, glued after a line's last sentence (one blank between at
#: most): lowercase ASCII words of identifier characters, run together or blanks apart, each with the tool's label
#: after it or none (``share分享 print打印``), up to the line's end.  (Words blanks apart, each of bounded length: one
#: way to read a run, linear.)
_IDENT_TAIL_RE = lazy_re(
    r"(?<=[^\x00-\x7f])([ \u3000]?)([a-z][a-z0-9_]{1,80}[\u4e00-\u9fff]{0,4}(?:[ \u3000]+[a-z][a-z0-9_]{1,80}[\u4e00-\u9fff]{0,4}){0,5})"
    r"[ \u3000]*(?=\n|$)")
#: A line of icon names alone (a tool row under each article whose icons lost their font).
_IDENT_LINE_RE = lazy_re(r"(?m)^[ \t\u3000]*([a-z][a-z0-9_]{1,80}(?:[ \u3000]+[a-z][a-z0-9_]{1,80}){0,7})[ \t\u3000]*$")
#: Icon names before a line's text (a list's or a link's leading icon: ``chevron_right第一条…``, ``description 附件``).
_IDENT_HEAD_RE = lazy_re(r"(?m)^[ \t\u3000]*([a-z][a-z0-9_]{1,80}(?:[ \u3000][a-z][a-z0-9_]{1,80}){0,3})[ \u3000]?(?=[\u4e00-\u9fff])")
#: A snake_case identifier glued between two Han characters (``的content_copy规定``): a name no sentence writes.
_IDENT_INSIDE_RE = lazy_regex(r"(?<=\p{Han})[ \u3000]?([a-z][a-z0-9]{1,20}(?:_[a-z0-9]{1,20}){1,4})[ \u3000]?(?=\p{Han})")
#: A link's address in brackets right after the linked words (a print stylesheet's ``a[href]:after``, a text
#: browser's dump): any bracket pair, an absolute address or the raw ``href`` (``/flfg/…``, ``#tiao10``), printable
#: ASCII without blanks or brackets inside, one blank before at most.
_BRACKET_URL_RE = lazy_re(
    r"(?<=[^\s\[［(（〔【<＜])([ \u3000]?)([\[［(（〔【<＜])((?:(?:https?|ftp|file)://|www\.)[!-'*-;=?-Z^-~]{2,300}|\.{0,2}/[A-Za-z0-9_\-]{1,80}[/.][!-'*-;=?-Z^-~]{1,300}"
    r"|#[A-Za-z_][A-Za-z0-9_\-]{1,60})([\]］)）〕】>＞])")
#: Cheap gate: a bracket opening an address.
_BRACKET_URL_GATE = lazy_re(r"[\[［(（〔【<＜](?:https?:|ftp:|file:|www\.|\.{0,2}/[A-Za-z0-9_]|#[A-Za-z_])")
_URL_PAIRS = {"[": "]", "［": "］", "(": ")", "（": "）", "〔": "〕", "【": "】", "<": ">", "＜": "＞"}
#: A reviewer's comment anchor: the reviewer's initials or name (Latin letters, or two to six Han characters) and the
#: comment's number, in brackets (a word processor's ``[ZW1]``, ``[微软用户1]``; WPS's ``[批注1]``), or a lettered
#: anchor (an online editor's ``[a]``, ``[ab]``).  No digit-only label (``[1]``: a footnote's) and no ``注``.
_ANCHOR_RE = lazy_regex(
    r"[\[［【](?P<label>[A-Za-z]{1,6}|[a-z]{1,2}(?=[\]］】])|(?!注)[\p{Han}]{2,6})(?P<number>\d{0,3})[\]］】]")
#: Words that introduce a link in brackets in a law's own sentence (``网站（http://…）``, ``网址：``).
_URL_INTRO = ("网", "址", "站", "页", "平台", "系统", "主页", "门户", "邮箱", "公众号", "：", ":")
#: A line of a comment list's rule above it (a word processor writes a rule or the word 批注 between body and list).
_RULE_LINE_RE = lazy_re(r"[ \t\u3000]*(?:[_\-—=─━]{6,}|批注|审阅意见|Comments?|评论)[ \t\u3000]*")
#: A tiled watermark's line: a viewer's or a system's stamp of words, blanks and figures (a staff number, a phone
#: number with its middle masked, an account, a date and time), no sentence punctuation.
_STAMP_RE = lazy_regex(r"(?=[^\n]*[\p{Han}A-Za-z])[\p{Han}A-Za-z0-9 \u3000*@._:/\-]{6,48}")
#: A stamp's line opens no article, chapter or item, and is no date line or number of the law's.
_LAW_LINE_RE = lazy_regex(r"[ \t\u3000#]*(?:第[一二三四五六七八九十百千零〇两\d]+[条章节编款项]|[（(][一二三四五六七八九十\d]+[）)]|\d{4}年|[一二三四五六七八九十]+、)")
#: What the line below a stamp that cut a sentence opens with: the sentence's next word, figure or bracket, no label.
_GOES_ON_RE = lazy_re(r"(?![（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十百千零〇两\d]+[条章节编])[\u4e00-\u9fff0-9０-９（(“《，、]")
#: A stamp's figures: a number of three digits or more, a date or a time.
_DIGIT_RUN_RE = lazy_re(r"\d{3}|\d+[-/:]\d+")
#: The fewest places a page writes one insertion at.
_INSERTION_PLACES = 2
#: The most stamps judged on a page.
_STAMPS_MAX = 4
#: The fewest copies of a tiled watermark (a stamp line a law writes twice is a signature or a date).
_STAMP_PLACES = 3


def renderer_insertions(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """What the tool that turned a document into text inserted into the law's text flow: ``(inline, lines)``, the
    ``(start, end, why)`` of spans to delete inside lines (a break with them where a stamp cut a sentence) and of whole
    lines.

    The family (one mechanism, the real tools that produce it): the renderer, print path, office suite, PDF viewer
    or reader app writes its own strings where the content flows:

    * an **icon font** that did not load: each icon's ligature name (Material Icons' ``content_copy``, ``share``,
      ``bookmark_border``; Material Symbols; a reader app's tool row) left as words after each article, or before
      each line (a list's ``chevron_right``);
    * a **print stylesheet** (``a[href]:after { content: " (" attr(href) ")" }``) writing each link's address, or
      its raw relative ``href``, after its words: ``《…》 [http://…]``, ``第十条（http://…#tiao10）``, ``第十条 (#art10)``;
    * a **text browser's dump** (``lynx -dump``, a PDF converter's link notes): each link's number in the text,
      ``[1]《…法》``, and the numbered addresses under ``References`` after the body;
    * a **word processor's comments** (Word's ``[ZW1]``, ``[微软用户1]``; WPS's ``[批注1]``; an online editor's
      lettered ``[a]``) anchored after the commented words, the comment list after the body (``批注 [A1]: …``);
    * a **tiled watermark** of a document system, a PDF viewer or a data-loss tool (the viewer's name or account,
      staff or phone digits, an address, a date) that the text layer puts between paragraphs or inside one where the
      page broke, and a **scanner app's stamp** (``扫描全能王 创建``) on every scanned page;
    * and their kin the same evidence reaches: tracked changes' author tags, a form's field values, hidden
      accessibility labels, alt texts.

    **Evidence** (what every member shares): the same foreign string, or strings of one shape, recurring on the page
    at :data:`_INSERTION_PLACES` places or more where the law's grammar has no slot for it, and whose removal joins
    the law's text: a run of identifiers after a line's last sentence or before a line's text (or a snake_case one
    between two Han characters); a bracketed address right after the linked words, nothing introducing it
    (``网站（http://…）``, ``网址：`` stay; one alone only after a cited law's title, or an anchor of the page,
    ``(#art7)``, which no printed text writes); a link's number that a list of addresses alone after the body refers
    back to; an anchor whose label (letters, not digits: ``[1]`` is a footnote) the comment list after the body refers
    back to, or that numbers its comments on the page in order; a stamp line (no sentence) written verbatim
    :data:`_STAMP_PLACES` times or more between the law's lines, holding a stamp's figures (a number, a date, a time)
    or, of words only, where a copy cuts a sentence.  A law's own recurring terms are Han words and sentences (never
    keys), its own links are introduced or single, its footnotes are numbers and words.

    >>> t = "第一条 为了规范，制定本规定。 linkvolume_up\\n第二条 本规定自公布之日起施行。 linkvolume_up\\n"
    >>> inline, lines = renderer_insertions(t)
    >>> [t[a:b] for a, b, _ in inline], lines
    ([' linkvolume_up', ' linkvolume_up'], [])
    >>> t = "依照《甲法》 [http://a.cn/1.htm]和第十条 [http://a.cn/x#tiao10]的规定。\\n"
    >>> [t[a:b] for a, b, _ in renderer_insertions(t)[0]]
    [' [http://a.cn/1.htm]', ' [http://a.cn/x#tiao10]']
    >>> t = "应当加强[ZW1]领导，保障[ZW2]经费。\\n\\n[ZW1]建议删除。\\n\\n[ZW2]请核实。\\n"
    >>> inline, lines = renderer_insertions(t)
    >>> [t[a:b] for a, b, _ in inline], [t[a:b] for a, b, _ in lines]
    (['[ZW1]', '[ZW2]'], ['[ZW1]建议删除。', '[ZW2]请核实。'])

    A law's own links, footnotes and terms stay:

    >>> renderer_insertions("登录网站（http://www.x.gov.cn）查询，见注释[1]和[2]。\\n\\n[1]本条经修改。\\n")
    ([], [])
    """
    inline: list[tuple[int, int, str]] = []
    lines: list[tuple[int, int, str]] = []
    inline += _icon_names(text)
    lines += _icon_name_lines(text) if _ASCII_LOWER.search(text) else []
    inline += _bracketed_addresses(text)
    references, reference_lines = _link_references(text)
    inline += references
    lines += reference_lines
    anchors, comment_lines = _comment_anchors(text)
    inline += anchors
    lines += comment_lines
    joins, stamp_lines = _stamp_lines(text)
    inline += joins
    lines += stamp_lines
    return sorted(inline), sorted(lines)


def _icon_name_lines(text: str) -> list[tuple[int, int, str]]:
    """Lines of icon names alone, the same line at two places or more (:func:`renderer_insertions`)."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _IDENT_LINE_RE.finditer(text):
        groups[m.group(1)].append((m.start(), m.end()))
    return [(a, b, f"{RENDERER_INSERTION}: a line of icon names at {len(spans)} places")
            for spans in groups.values() if len(spans) >= _INSERTION_PLACES for a, b in spans]


def _icon_names(text: str) -> list[tuple[int, int, str]]:
    """Icon names (or a tool's identifiers) after a line's last sentence, the same string at two lines' ends or more;
    a snake_case identifier between Han characters, the same at two places or more (:func:`renderer_insertions`)."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    if not _ASCII_LOWER.search(text):
        return []
    closed: set[str] = set()  # (the strings standing after a sentence's end once at least)
    for m in _IDENT_TAIL_RE.finditer(text):
        groups["tail:" + m.group(2)].append((m.start(), m.end()))
        if text[m.start() - 1] in _CLOSERS:
            closed.add("tail:" + m.group(2))
    for m in _IDENT_HEAD_RE.finditer(text):
        groups["head:" + m.group(1)].append((m.start(1), m.end()))
    for m in _IDENT_INSIDE_RE.finditer(text):
        groups["inside:" + m.group(1)].append((m.start(), m.end()))
    out: list[tuple[int, int, str]] = []
    for key, spans in groups.items():
        if len(spans) >= _INSERTION_PLACES and (not key.startswith("tail:") or key in closed):
            out += [(a, b, f"{RENDERER_INSERTION}: icon names or identifiers at {len(spans)} places") for a, b in spans]
    return out


_ASCII_LOWER = lazy_re(r"[a-z]{2}")


def _bracketed_addresses(text: str) -> list[tuple[int, int, str]]:
    """Link addresses in brackets right after the linked words, two places or more with one bracket pair, nothing
    introducing them (:func:`renderer_insertions`)."""
    if not _BRACKET_URL_GATE.search(text):
        return []
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in _BRACKET_URL_RE.finditer(text):
        if _URL_PAIRS[m.group(2)] != m.group(4):
            continue
        start = m.start()
        before = text[max(0, start - 4):start].rstrip(" \u3000")
        if before.endswith(_URL_INTRO) or introduced(text, start):
            continue  # (a law's own address: ``网站（http://…）``, ``网址：``)
        groups[m.group(2)].append((m.start(), m.end()))
    out: list[tuple[int, int, str]] = []
    for pair, spans in groups.items():
        if len(spans) >= _INSERTION_PLACES or all(_CITED_TITLE_RE.search(text, max(0, a - 40), a)
                                                  or _FRAGMENT_RE.search(text, a, b) for a, b in spans):
            # (one place: a link to a law the sentence cites by its title, or to an anchor of the page, ``(#art7)``,
            # which no printed text writes)
            out += [(a, b, f"{RENDERER_INSERTION}: a link's address after its words, {len(spans)} places") for a, b in spans]
    return out


#: The title of a law the sentence cites, right before a bracketed address: the words of a link to that law (a law
#: writes no address after a cited law's title; a site's name in 《》 ends otherwise, ``《某某网》``).
_CITED_TITLE_RE = lazy_re(r"《[^《》\n]{1,38}(?:法|条例|规定|办法|决定|细则|规则|规程|决议|章程|解释)》[ \u3000]?$")


#: An entry of a link reference list (a text browser's dump, ``lynx -dump``; a PDF converter's link notes): a number
#: (``12.``, ``[12]``) and an address alone on its line.
_REFERENCE_ENTRY_RE = lazy_re(r"(?m)^[ \t\u3000]*(?:\[(\d{1,3})\]|(\d{1,3})[.．、])[ \t\u3000]*(?:(?:https?|ftp|file)://|www\.)[!-~]{2,300}[ \t\u3000]*$")
#: The heading a reference list opens with.
_REFERENCE_HEAD_RE = lazy_re(r"[ \t\u3000]*(?:References|Links|Visible links|Hidden links|参考链接|链接|相关链接)[:：]?[ \t\u3000]*")
#: A link's number in the text, glued to the link's words before or after it.
_REFERENCE_MARK_RE = lazy_regex(r"\[(\d{1,3})\](?=[\p{Han}《“（])|(?<=[\p{Han}》”）])\[(\d{1,3})\]")


_FRAGMENT_RE = lazy_re(r"[(（\[［〔【<＜]#[A-Za-z_][A-Za-z0-9_\-]{1,60}[)）\]］〕】>＞]$")


def _link_references(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """A link reference list after the body (two entries or more, each a number and an address only) and the numbers in
    the text that refer to it (:func:`renderer_insertions`); a law's footnotes hold words, not an address alone."""
    if "://" not in text and "www." not in text:
        return [], []
    entries: dict[str, tuple[int, int]] = {}
    for m in _REFERENCE_ENTRY_RE.finditer(text):
        entries.setdefault(m.group(1) or m.group(2), (m.start(), m.end()))
    if not entries:
        return [], []
    first = min(a for a, _ in entries.values())
    above = text[:first].rstrip("\n \t\u3000")
    head_start = above.rfind("\n") + 1
    headed = _REFERENCE_HEAD_RE.fullmatch(above, head_start) is not None
    marks = [(m.start(), m.end()) for m in _REFERENCE_MARK_RE.finditer(text, 0, first)
             if (m.group(1) or m.group(2)) in entries]
    numbers = {text[a + 1:b - 1] for a, b in marks}
    if len(numbers) < (1 if headed else _INSERTION_PLACES) or len(numbers) < len(entries) / 2:
        return [], []  # (two entries referred to at least, or one under the list's heading; most entries referred to)
    why = f"{RENDERER_INSERTION}: a link's number and the reference list after the body"
    lines = [(a, b, why) for a, b in entries.values()]
    if headed:
        lines.append((head_start, len(above), why))
    return [(a, b, why) for a, b in marks], lines


def _comment_anchors(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Comment anchors in the text and the comment list after the body that refers back to them
    (:func:`renderer_insertions`)."""
    if not _ANCHOR_GATE.search(text):
        return [], []
    body: dict[str, list[tuple[int, int]]] = defaultdict(list)
    listed: dict[str, tuple[int, int]] = {}
    for m in _ANCHOR_RE.finditer(text):
        a, b = m.span()
        line_start = a
        while line_start > 0 and a - line_start < 8 and text[line_start - 1] in " \t\u3000":
            line_start -= 1  # (a list's entry may be indented; a few blanks looked at, the scan stays linear)
        label = _ENTRY_LABEL_RE.search(text, max(0, line_start - 12), line_start)
        if label is not None:
            line_start = label.start()  # (the list's word before the entry: ``批注 [ZW1]: …``, ``Comment [A1]: …``)
        if line_start == 0 or text[line_start - 1] == "\n":
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            if text[b:line_end].strip(" \t\u3000"):
                listed.setdefault(m.group(), (line_start, line_end))  # (an entry of the list: the anchor opens a line with the comment)
            continue
        if a == 0 or not (is_han(text[a - 1]) or text[a - 1] in _CLOSERS):
            continue  # (glued after the commented words)
        body[m.group()].append((a, b))
    inline: list[tuple[int, int, str]] = []
    lines: list[tuple[int, int, str]] = []
    by_label: dict[str, list[str]] = defaultdict(list)
    for mark in body:
        by_label[_ANCHOR_RE.match(mark).group("label")].append(mark)
    for label, marks in by_label.items():
        referred = [mk for mk in marks if mk in listed and listed[mk][0] > body[mk][-1][1]]
        numbers = sorted(int(n) for n in (_ANCHOR_RE.match(mk).group("number") for mk in marks) if n)
        in_order = len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))
        if len(referred) >= _INSERTION_PLACES or (referred and len(referred) == len(marks)):
            chosen = marks
        elif in_order and any(ch.isascii() for ch in label) or in_order and len(numbers) >= 4:
            chosen = marks
        else:
            continue
        for mk in chosen:
            inline += [(a, b, f"{RENDERER_INSERTION}: a reviewer's comment anchor") for a, b in body[mk]]
            if mk in listed:
                a, b = listed[mk]
                lines.append((a, b, f"{RENDERER_INSERTION}: a reviewer's comment"))
    if lines:  # (the rule or the word 批注 the list opens with)
        first = min(a for a, _, _ in lines)
        above = text[:first].rstrip("\n \t\u3000")
        rule_start = above.rfind("\n") + 1
        if _RULE_LINE_RE.fullmatch(above, rule_start):
            lines.append((rule_start, len(above), f"{RENDERER_INSERTION}: the comment list's rule"))
    return inline, lines


#: The word a comment list puts before each entry, at the line's start.
_ENTRY_LABEL_RE = lazy_re(r"(?:^|(?<=\n))[ \t\u3000]*(?:批注|评论|注释|Comment|comment)[ \t\u3000]*$")


_ANCHOR_GATE = lazy_regex(r"[\p{Han}。；）][\[［【](?:[A-Za-z]|\p{Han}{2})")


def _stamp_lines(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """A tiled watermark's lines: one stamp written verbatim three times or more as a line of its own; where it cuts a
    sentence (the line above ends no sentence, the line below goes on), it goes with the breaks around it, the
    sentence joined (:func:`renderer_insertions`)."""
    copies: dict[str, list[tuple[int, int]]] = defaultdict(list)
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        line = text[start:end].strip(" \t\u3000\r")
        if 6 <= len(line) <= 48 and _STAMP_RE.fullmatch(line) and not _LAW_LINE_RE.match(line):
            copies[line].append((start, end))
        start = end + 1
    joins: list[tuple[int, int, str]] = []
    lines: list[tuple[int, int, str]] = []
    judged = 0
    for stamp, spans in sorted(copies.items(), key=lambda item: -len(item[1])):
        if len(spans) < _STAMP_PLACES or judged >= _STAMPS_MAX:
            break
        judged += 1  # (a page holds a watermark or two: the most copied stamps only, the scan stays linear)
        # (the line above goes on with no sentence's end, right above; the line below goes on with a Han character)
        cutting = {(a, b) for a, b in spans if a >= 2 and text[a - 1] == "\n" and text[a - 2] not in "\n" + SENTENCE_FINAL + "：:"
                   and text[a - 2] not in " \t\u3000" and b + 1 < n and text[b] == "\n" and _GOES_ON_RE.match(text, b + 1)}
        stamped = _DIGIT_RUN_RE.search(stamp) is not None and (
            " " in stamp or "*" in stamp or any(ch.isascii() and ch.isalpha() for ch in stamp))
        if not stamped and not (cutting and " " in stamp.strip()):
            continue  # (a stamp of words only: only where a copy cuts a sentence, ``扫描全能王 创建``)
        why = f"{RENDERER_INSERTION}: a tiled watermark at {len(spans)} places"
        for a, b in spans:
            if (a, b) in cutting:
                joins.append((a - 1, b + 1, why + " (cutting a sentence)"))
            else:
                lines.append((a, b, why))
        # the same stamp inside a line (a text layer that put it into the sentence with no break)
        at = text.find(stamp)
        found = 0
        while at >= 0 and found < _OCCURRENCES_MAX:
            end = at + len(stamp)
            if (at and text[at - 1] != "\n" or end < n and text[end] != "\n") and is_han(text[at - 1:at] or "\n"):
                joins.append((at, end, why + " (inside a line)"))
            found += 1
            at = text.find(stamp, end)
    return joins, lines


__all__ = ["GLOSSARY_MARK", "INSERTED_CREDENTIAL", "INSERTED_LINK", "RENDERER_INSERTION", "ROMANISED_BRAND", "glossary_marks",
           "inserted_credentials", "inserted_links", "renderer_insertions", "romanised_names"]
