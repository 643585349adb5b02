"""Chinese punctuation written as a symbol that looks like it.

Real damage undone: a converter, an OCR engine or a typist's symbol palette put a symbol of
another block where a Chinese text has its mark; the symbol looks the same on screen and
nothing decodes it back:

* the full stop ``。`` as a circle (``○`` U+25CB, ``◯`` U+25EF, ``⚪``, ``⚬``, ``◦``, ``∘``,
  ``⭕``, ``❍``, ``°``): ``依法履行行政处罚职能◯`` (:func:`circle_stops`);
* the book-title marks ``《》`` as angle quotes or brackets of other scripts and of mathematics
  (``«»`` ``‹›`` ``≪≫`` ``⟪⟫`` ``⟨⟩``, or the single ``〈〈…〉〉`` doubled):
  ``根据国务院«住房公积金管理条例»`` (:func:`title_lookalikes`);
* the enumeration comma ``、`` as the radical ``丶`` or the kana iteration mark ``ヽ``:
  ``建设丶财政丶审计`` (:func:`comma_lookalikes`), or as a single dot of another block (``‧`` ``・`` ``･``
  ``∙`` ``•``…, derived from Unicode's names): ``建设‧财政‧审计`` (:func:`enumeration_dots`);
* the quotation marks ``“”``/``‘’`` in another language's convention (``„`` ``‟`` ``‛`` ``❝❞`` ``″``…, derived
  from Unicode's names): ``机构„零门槛”入驻`` (:func:`quote_lookalikes`), or typed in ASCII strokes by TeX's or a
  typewriter's convention (````零门槛''`` ```三同时'`` ``,,零门槛''``: :func:`typed_quotes`).

The marks with a compatibility or confusable mapping of their own (``﹒`` ``﹐`` ``﹑`` ``∶`` ``‚``)
are :mod:`corpus_tools.clean.compat_forms`'.  These here have none, and each is a real
character elsewhere, so each is decided per page, on evidence:

* a circle is a full stop only where it stands as the page's sentences end (after a Han
  character or a closing mark, before a line's end, a Han character or a quotation's mark),
  at three line ends at least, and nowhere in another role on the page.  ``○``/``〇`` is a
  zero in Chinese numerals (``二○一九年``, ``一○八``), ``◯`` a form's tick box (``◯是 ◯否``),
  ``○○`` a placeholder (``○○市○○区``), ``°`` a degree (``20°``): a zero or a degree is
  kept and blocks nothing; a box, a bullet or a placeholder keeps every circle of the page;
* an angle pair is a title only on one line, around Han text that holds no sentence's
  marks, touching Chinese text; a single ``〈〉`` is GB/T 15834's inner title mark
  (``《关于修改〈国旗法〉的决定》``) and stays, and so does a look-alike pair inside a title
  (it becomes ``〈〉``); ``«»`` around Latin text (a French quotation) and ``≪`` ``⟨`` of
  mathematics (``a≪b``, ``⟨x,y⟩``) are never touched;
* ``丶``/``ヽ`` stand for ``、`` only between two Han characters, twice on the page at least,
  on a page that writes no kana;
* a dot stands for ``、`` on the page's habit: between Han three times at least with three neighbour pairs, half
  in a list's grammar, joining items the page recombines (a foreign name's ``·`` joins parts that never part), never
  inside a quotation or a title;
* a foreign quotation mark, or one typed in strokes, only in a pair around Han text on one line touching Chinese
  text (a typed pair hugs its text: Markdown's ````code```` and an English ``don't`` stay).

Each function returns the width rule's changes, position -> (end, replacement)
(:func:`corpus_tools.clean.width.normalize_width` records them as its edits).
"""

from __future__ import annotations

import re
import unicodedata

from corpus_tools.clean.visible_blanks import shown_blanks
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import is_han

#: Symbols a page writes for ``。``.
CIRCLES = "○◯〇⚪⚬◦∘⭕❍°"
#: A circle that is a digit zero between these (``二○一九年``, ``一百○八``, ``2○19``).
_NUMERAL_BEFORE = frozenset("〇○◯零一二两三四五六七八九十百千0123456789０１２３４５６７８９")
_NUMERAL_AFTER = frozenset("〇○◯零一二两三四五六七八九十百千万亿年月日号號元0123456789０１２３４５６７８９")
#: What a sentence's full stop follows: a Han character, a closing bracket or quotation mark.
_CLOSING = frozenset("》）」』】”’〉〕")
#: What may follow a sentence's full stop inside a line: a Han character, or a quotation's or bracket's mark.
_AFTER_STOP = frozenset("“”‘’「」『』《（【〔）】〕")
#: A sentence may end on a figure (``不得超过100◯``, ``比例为5%◯``).
_FIGURE_END = frozenset("0123456789%％")
#: How many line ends a circle must end before the page's circles count as its full stops, and the share of
#: its stop places that must be line ends (a Taiwan judgment's anonymised ``王○明`` stands mid-line, never
#: at a line's end; a law's sentences end their lines).
_MIN_LINE_END_STOPS = 3
_LINE_END_SHARE = 3  # (line ends * 3 >= stop places)
#: Blanks a line may end with after its full stop.
_TRAILING = " \t\u3000\xa0"
_DEGREE = "°"


def _role(text: str, i: int) -> str:
    """How the circle at ``i`` stands: ``zero`` (a digit of a number), ``degree``, ``end`` (a full stop
    ending its line), ``stop`` (a full stop inside its line) or ``other`` (a box, a bullet, a placeholder).

    >>> t = "二○一九年施行○\\n本市◯规定；○是 ○否；20°；○○区"
    >>> [_role(t, i) for i in (1, 7, 11, 15, 18, 23, 25)]
    ['zero', 'end', 'stop', 'other', 'other', 'degree', 'other']
    """
    ch = text[i]
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before == ch or after == ch:
        return "other"  # (``○○``: a placeholder or a number's zeros, never two full stops)
    if ch == _DEGREE and before.isdigit():
        return "degree"
    if before in _NUMERAL_BEFORE and after in _NUMERAL_AFTER:
        return "zero"
    if not before or not (is_han(before) or before in _CLOSING or before in _FIGURE_END):
        return "other"
    j = i + 1
    while j < len(text) and text[j] in _TRAILING:
        j += 1
    if j == len(text) or text[j] == "\n":
        return "end"
    if j == i + 1 and (is_han(after) or after in _AFTER_STOP or after in "0123456789" and is_han(before)):
        return "stop"  # (``施行◯2021年起``: a sentence may open on a figure)
    return "other"


def circle_stops(text: str) -> dict[int, tuple[int, str]]:
    """The circles of ``text`` that stand for its full stop ``。``, each to ``。``.

    **Evidence**, per circle symbol: it ends three lines at least after a Han character or a
    closing mark, a third of its full stop places at least are line ends, and the page writes
    it in no other role (a box, a bullet, a placeholder); a zero of a Chinese numeral and a
    degree stay and block nothing.

    >>> t = "第一条 为了规范管理○\\n第二条 本办法适用于本市○本市另有规定的除外○\\n第三条 二○一九年起施行○"
    >>> "".join(circle_stops(t).get(i, (i + 1, ch))[1] for i, ch in enumerate(t))
    '第一条 为了规范管理。\\n第二条 本办法适用于本市。本市另有规定的除外。\\n第三条 二○一九年起施行。'
    >>> circle_stops("性别：◯男 ◯女\\n同意◯\\n不同意◯\\n弃权◯\\n")
    {}
    >>> circle_stops("被告王○明、李○华、张○强于二○一九年")
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    for symbol in set(CIRCLES).intersection(text):
        places: list[int] = []
        ends = 0
        at = text.find(symbol)
        while at >= 0:
            role = _role(text, at)
            if role == "other":
                places = []
                break
            if role in ("end", "stop"):
                places.append(at)
                ends += role == "end"
            at = text.find(symbol, at + 1)
        if ends >= _MIN_LINE_END_STOPS and ends * _LINE_END_SHARE >= len(places):
            out.update((i, (i + 1, "。")) for i in places)
    return out


#: Each look-alike opening of a title pair -> its closing.  (ASCII ``<<…>>`` is the width rule's own
#: matter: it keeps it.)
_PAIRS = {"«": "»", "‹": "›", "≪": "≫", "⟪": "⟫", "⟨": "⟩", "〈〈": "〉〉"}
_OPENINGS = lazy_re("«|‹|≪|⟪|⟨|〈〈")
#: What a title holds no one of: a sentence's marks, a line break, markup's signs.
_NOT_IN_TITLE = frozenset("。；;！？!?，,\n=<>\"'《》")
_MAX_TITLE = 120
#: Characters of Chinese text a title pair touches on a side (or holds).
_CHINESE_MARKS = frozenset("，。、；：？！“”‘’（）《》〈〉「」『』【】…—")


def _chinese(ch: str) -> bool:
    return bool(ch) and (is_han(ch) or ch in _CHINESE_MARKS)


def title_lookalikes(text: str) -> dict[int, tuple[int, str]]:
    """The look-alike angle pairs of ``text`` that stand for the book-title marks ``《…》``, each mark to
    ``《``/``》`` (a doubled ``〈〈`` is one edit to ``《``); a pair inside a title is the title's inner title
    and becomes ``〈…〉``.

    **Evidence**: the pair on one line, at most 120 characters apart, around text that holds a Han
    character and none of a sentence's marks (``。；，``), nor another angle mark; the pair touches
    Chinese text outside, or holds Han text only.

    >>> t = "根据国务院«住房公积金管理条例»和≪关于修改‹国旗法›的决定≫、〈〈办法〉〉，制定本规定。"
    >>> out = title_lookalikes(t)
    >>> "".join(out.get(i, (i + 1, ch))[1] for i, ch in enumerate(t) if not any(a < i < b for a, (b, _) in out.items()))
    '根据国务院《住房公积金管理条例》和《关于修改〈国旗法〉的决定》、《办法》，制定本规定。'
    >>> title_lookalikes("Il a dit «bonjour». 若a≪b，则⟨x,y⟩=0；《关于修改〈国旗法〉的决定》")
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    covered = 0  # the end of the last title found: its inner pairs are decided with it
    for m in _OPENINGS.finditer(text):
        start, opening = m.start(), m.group()
        if start < covered:
            continue
        closing = _PAIRS[opening]
        end = text.find(closing, m.end(), m.end() + _MAX_TITLE)
        if end < 0:
            continue
        inner = text[m.end() : end]
        if (not inner or not any(is_han(ch) for ch in inner) or any(ch in _NOT_IN_TITLE for ch in inner)
                or opening in inner):
            continue
        if inner[0] in " \t0123456789":
            continue
        before = text[start - 1] if start else ""
        after = text[end + len(closing)] if end + len(closing) < len(text) else ""
        if not (_chinese(before) or _chinese(after) or all(_chinese(ch) for ch in inner)):
            continue
        out[start] = (m.end(), "《")
        out[end] = (end + len(closing), "》")
        covered = end + len(closing)
        # an inner look-alike pair (``≪关于修改‹国旗法›的决定≫``): the inner title mark
        for k in _OPENINGS.finditer(text, m.end(), end):
            inner_closing = _PAIRS[k.group()]
            j = text.find(inner_closing, k.end(), end)
            if j > k.end() and any(is_han(ch) for ch in text[k.end() : j]):
                out[k.start()] = (k.end(), "〈")
                out[j] = (j + len(inner_closing), "〉")
    return out


#: Symbols a page writes for ``、``: the radical 丶 (an IME's stand-in), the kana iteration mark ヽ.
COMMA_LOOKALIKES = "丶ヽ"
_MIN_COMMAS = 2
_KANA = lazy_re("[\u3041-\u3096\u30a1-\u30fa]")


def comma_lookalikes(text: str) -> dict[int, tuple[int, str]]:
    """The ``丶``/``ヽ`` of ``text`` that stand for the enumeration comma ``、``, each to ``、``.

    **Evidence**: each between two Han characters, twice on the page at least, on a page with no kana
    (``ヽ`` repeats a kana in Japanese).

    >>> sorted(comma_lookalikes("建设丶财政丶审计等部门"))
    [2, 5]
    >>> comma_lookalikes("网名为丶的用户"), comma_lookalikes("いすゞ、こゝろ、建设ヽ财政ヽ审计")
    ({}, {})
    """
    places = [i for i, ch in enumerate(text) if ch in COMMA_LOOKALIKES] if any(c in text for c in COMMA_LOOKALIKES) else []
    places = [i for i in places if 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1])
              and text[i - 1] not in COMMA_LOOKALIKES and text[i + 1] not in COMMA_LOOKALIKES]
    if len(places) < _MIN_COMMAS or _KANA.search(text):
        return {}
    return {i: (i + 1, "、") for i in places}


def _dot_lookalikes() -> str:
    """The single dots of other blocks a page may write for the enumeration comma ``、``, derived from Unicode's
    names: a punctuation or mathematical sign (P*, Sm) or a letter-like sign (``ꞏ``) whose name, its block's dress
    (HALFWIDTH, KATAKANA, LATIN LETTER, WORD SEPARATOR) aside, is one dot: MIDDLE DOT, RAISED DOT, SINOLOGICAL DOT,
    HYPHENATION POINT, ONE DOT LEADER, BULLET, or a DOT or BULLET OPERATOR.  Marks of two dots and more, with a
    shape around them (CIRCLED, TRIANGULAR, WHITE) or of a script's letters (Arabic, Canadian syllabics) are not
    one dot; the full stops (``．`` ``｡``) are the full stop's.

    >>> _dot_lookalikes()
    '·•․‧∙⋅⸱⸳・ꞏ･'
    """
    one_dot = ("MIDDLE DOT", "RAISED DOT", "SINOLOGICAL DOT", "HYPHENATION POINT", "ONE DOT LEADER", "BULLET",
               "DOT OPERATOR", "BULLET OPERATOR")
    dresses = ("HALFWIDTH ", "KATAKANA ", "LATIN LETTER ", "WORD SEPARATOR ")
    out = []
    for code in (*range(0xA0, 0x100), *range(0x2000, 0x2E80), *range(0x3000, 0x3100), *range(0xA700, 0xA800),
                 *range(0xFF00, 0xFFF0)):
        ch = chr(code)
        category = unicodedata.category(ch)
        if not (category[0] == "P" or category in ("Sm", "Lo")):
            continue
        name = unicodedata.name(ch, "")
        for dress in dresses:
            name = name.removeprefix(dress)
        if name in one_dot:
            out.append(ch)
    return "".join(out)


#: Single dots a page may write for ``、`` (:func:`_dot_lookalikes`).
DOT_LOOKALIKES = _dot_lookalikes()
#: What a page may write for ``、`` between Han: the dots, and the backslash, which the ``、`` key of a Chinese
#: keyboard types in the input method's English mode (``生产\经营``).
ENUMERATION_STAND_INS = DOT_LOOKALIKES + "\\"
#: What bounds a clause, the stretch of a list: a sentence's marks, a line's end, a bracket or quotation's mark.
_CLAUSE_ENDS = frozenset("，。；：！？,;:!?\n（）()“”《》「」『』【】")
#: The words that close a list after its last item (``建设、财政和审计``, ``法律、法规等``).
_LIST_CLOSERS = frozenset("等和及与或")
#: Quotation and title marks: a dot inside them is a name's or a title's (``《唐律疏议·名例》``, ``“中国梦·劳动美”``).
_QUOTE_OPEN = {"“": "”", "《": "》", "「": "」", "『": "』"}
_MIN_DOT_PLACES = 3


def enumeration_dots(text: str) -> dict[int, tuple[int, str]]:
    """The single dots of ``text`` (:data:`DOT_LOOKALIKES`), or backslashes, that stand for the enumeration comma
    ``、``, each to ``、``.

    Real damage: a converter or an input method wrote the enumeration comma of a page's lists as a dot of another
    block (``建设‧财政‧审计``, ``法律・法规``), or the IME in English mode typed the ``、`` key's ``\\`` (``生产\\经营``);
    a backslash between Han is also a category path's (gov.cn's 主题分类 ``科技、教育\\科技``, one on a page), a dot between two Han characters is also a foreign name's separator
    (``简·迪安·米勒``, ``梦特娇·梅蒸``), a title's (``《唐律疏议·名例》``) or a slogan's (``“中国梦·劳动美”``).

    **Evidence**, per dot symbol, the page's own habit: the page writes no kana (the dot is Japanese's own), the
    symbol stands between two Han characters three times at least, with three different neighbour pairs at least
    (a name repeats its one pair); half of these places at least are in a list's grammar (their clause holds a
    ``、`` or another such dot, or an item is closed after it by ``等和及与或``) and one in six at least joins items
    the page recombines (a word beside the dot stands beside another partner across a ``、`` or the dot: a name's
    parts never part).  Then each of its places between Han outside a quotation or a title becomes ``、``.

    >>> t = "建设‧财政‧审计等部门，劳动保障‧民政、人力部门；有关法律‧法规，财政‧税务和审计；简·迪安·米勒"
    >>> "".join(enumeration_dots(t).get(i, (i + 1, ch))[1] for i, ch in enumerate(t))
    '建设、财政、审计等部门，劳动保障、民政、人力部门；有关法律、法规，财政、税务和审计；简·迪安·米勒'
    >>> enumeration_dots("授予简·迪安·米勒教授、约翰·史密斯教授和玛丽·居里女士等5名外国专家")
    {}
    >>> enumeration_dots("标有“梦特娇·梅蒸”字样，“梦特娇·梅蒸”标志，被告梦特娇·梅蒸公司，梦特娇·梅蒸、拼音")
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    symbols = set(ENUMERATION_STAND_INS).intersection(text)
    if not symbols or _KANA.search(text):
        return out
    shown = shown_blanks(text)
    for symbol in symbols:
        if symbol in shown:
            continue  # (an editor's shown blank after the page's labels, ``第一条·为了``: visible_blanks')
        places = []
        at = text.find(symbol)
        while at >= 0:
            if 0 < at < len(text) - 1 and is_han(text[at - 1]) and is_han(text[at + 1]):
                places.append(at)
            at = text.find(symbol, at + 1)
        if len(places) < _MIN_DOT_PLACES or len({(text[i - 1], text[i + 1]) for i in places}) < _MIN_DOT_PLACES:
            continue
        listed = _listed(text, places, symbol)
        recombined = _recombined(text, places, symbol)
        if 2 * listed < len(places) or 6 * recombined < len(places):
            continue
        out.update((i, (i + 1, "、")) for i in places if not _quoted(text, i))
    return out


def _clause(text: str, i: int) -> tuple[int, int]:
    """The clause around ``i``: bounded by :data:`_CLAUSE_ENDS`, at most 60 characters either side (linear)."""
    a = i
    while a > 0 and i - a < 60 and text[a - 1] not in _CLAUSE_ENDS:
        a -= 1
    b = i + 1
    while b < len(text) and b - i < 60 and text[b] not in _CLAUSE_ENDS:
        b += 1
    return a, b


def _listed(text: str, places: list[int], symbol: str) -> int:
    """How many of the dot ``places`` stand in a list's grammar (:func:`enumeration_dots`).

    >>> t = "建设‧财政等，法律‧法规，甲‧乙、丙"
    >>> _listed(t, [2, 9, 13], "‧")
    2
    """
    count = 0
    for i in places:
        a, b = _clause(text, i)
        clause = text[a:b]
        if ("、" in clause or clause.count(symbol) > 1
                or any(ch in _LIST_CLOSERS for ch in text[i + 1 : b])):
            count += 1
    return count


def _recombined(text: str, places: list[int], symbol: str) -> int:
    """How many of the dot ``places`` join a word (the two characters on one side of the dot) that the page joins to
    another partner on that side, across a ``、`` or the dot: a list's items recombine (``建设‧财政`` and ``财政、审计``
    or ``财政‧税务``), a name's parts never part (``约翰·克里`` is always ``约翰·克里``, ``简·迪安·米勒`` a chain).

    >>> t = "建设‧财政，财政‧审计，财政、税务，约翰·克里，约翰·克里，简·迪安·米勒"
    >>> _recombined(t, [2, 8], "‧"), _recombined(t, [20, 26, 31, 34], "·")
    (1, 0)
    """
    lefts: dict[str, set[str]] = {}
    rights: dict[str, set[str]] = {}
    for m in re.finditer(f"(?<=..)[{re.escape(symbol)}、](?=..)", text, re.S):
        i = m.start()
        if is_han(text[i - 1]) and is_han(text[i + 1]):
            left, right = text[i - 2 : i], text[i + 1 : i + 3]
            lefts.setdefault(left, set()).add(right)
            rights.setdefault(right, set()).add(left)
    return sum(1 for i in places if len(lefts.get(text[max(0, i - 2) : i], ())) > 1
               or len(rights.get(text[i + 1 : i + 3], ())) > 1)


def _quoted(text: str, i: int) -> bool:
    """Whether ``i`` stands inside a quotation or a title opened on its line and closed after it (120 characters
    either side at most: the look stays linear).

    >>> t = "《唐律疏议·名例》，甲·乙"
    >>> _quoted(t, 5), _quoted(t, 11)
    (True, False)
    """
    start = text.rfind("\n", max(0, i - _MAX_TITLE), i) + 1 or max(0, i - _MAX_TITLE)
    stop = text.find("\n", i, i + _MAX_TITLE)
    stop = stop if stop >= 0 else i + _MAX_TITLE
    for opening, closing in _QUOTE_OPEN.items():
        before = text.rfind(opening, start, i)
        if before >= 0 and text.rfind(closing, before, i) < 0 and text.find(closing, i, stop) >= 0:
            return True
    return False


def _quote_lookalikes() -> dict[str, int]:
    """The quotation marks of other conventions a page may write for Chinese text's ``“”``/``‘’``, derived from
    Unicode's names, each -> how many strokes it has (2 for ``“”``, 1 for ``‘’``): a sign named a QUOTATION MARK (the
    German and Polish low-9 ``„``, the high-reversed-9 ``‟`` ``‛``, the ornaments ``❝❞`` ``❛❜``) or a PRIME (``″`` ``‶``
    ``′``), DOUBLE in its name or not.  The Chinese marks themselves, the ANGLE ones (titles' look-alikes, read by
    :func:`title_lookalikes`), the single LOW ones (a comma's look-alikes: ``‚`` is
    :mod:`corpus_tools.clean.compat_forms`'), those of three strokes and more and the CJK block's (``〝〞``:
    compat_forms') are not here.

    >>> table = _quote_lookalikes()
    >>> "".join(sorted(ch for ch, n in table.items() if n == 2)), "".join(sorted(ch for ch, n in table.items() if n == 1))
    ('„‟″‶❝❞❠⹂🙶🙷🙸', '‛′‵❛❜')
    """
    out: dict[str, int] = {}
    for code in (*range(0x2000, 0x2E80), *range(0x1F676, 0x1F679)):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        if ch in "“”‘’" or "ANGLE" in name or "TRIPLE" in name or "QUADRUPLE" in name:
            continue
        if "QUOTATION MARK" in name or name.endswith(" PRIME") or name == "PRIME":
            double = "DOUBLE" in name
            if not double and "LOW" in name:
                continue
            out[ch] = 2 if double else 1
    return out


#: Quotation marks of other conventions -> their strokes (:func:`_quote_lookalikes`).
QUOTE_LOOKALIKES = _quote_lookalikes()
_QUOTE_MARKS = lazy_re("[\n“”‘’" + "".join(QUOTE_LOOKALIKES) + "]")
_QUOTE_GATE = lazy_re("[" + "".join(QUOTE_LOOKALIKES) + "]")
#: What a quoted term holds none of: a sentence's end.
_NOT_IN_QUOTE = frozenset("。！？")


def quote_lookalikes(text: str) -> dict[int, tuple[int, str]]:
    """The quotation marks of other conventions in ``text`` (:data:`QUOTE_LOOKALIKES`) that open or close a Chinese
    quotation, each to ``“``/``”`` (``‘``/``’`` for a single one).

    Real damage: a converter or a typesetting font of another language wrote the page's quotation marks in its
    own convention (``吸引中介服务机构„零门槛”入驻``, ``治理‟大城市病”``, ``❝放管服❞改革``); nothing decodes them back.

    **Evidence**: a pair on one line, at most 120 characters apart: the look-alike opens it (or the Chinese
    ``“``/``‘`` does) and the Chinese closing mark, a look-alike of as many strokes or, after a look-alike, the German closing ``“``
    (unless it opens its own ``“…”``) closes it, around text holding
    a Han character and no sentence's end; the pair touches Chinese text outside, or holds Han text only; a prime
    after a figure is a unit (``5″``, ``30°15′``) and pairs nothing.  A German quotation (``„Recht“``), a lone mark,
    a mark whose pair holds no Han (``„2009‟``: a document number's brackets, :mod:`corpus_tools.clean.width`'s), and
    the pair ``„…‟`` (a Symbol font's ``〔〕`` as much as quotes: width reports it, F13-B) stay.

    >>> t = "吸引中介服务机构„零门槛”入驻，治理‟大城市病”，推进❝放管服❞改革，“一网通办‟，所谓‛三同时’，„免申即享“"
    >>> "".join(quote_lookalikes(t).get(i, (i + 1, ch))[1] for i, ch in enumerate(t))
    '吸引中介服务机构“零门槛”入驻，治理“大城市病”，推进“放管服”改革，“一网通办”，所谓‘三同时’，“免申即享”'
    >>> quote_lookalikes("Er sagte „Recht“. 国发„2009‟14号，长5″与6″，一个„孤立的“标记”，见„通知‟第三条")
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    opened: tuple[int, str, int] | None = None  # (position, mark, strokes)
    for m in _QUOTE_MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            opened = None
            continue
        strokes = QUOTE_LOOKALIKES.get(ch) or (2 if ch in "“”" else 1)
        if i and text[i - 1].isdigit() and "PRIME" in unicodedata.name(ch, ""):
            continue  # (a unit: ``5″``)
        if opened is not None and opened[2] == 2 and strokes == 1:
            continue  # (a single quotation inside a double one)
        german = ch in "“‘" and opened is not None and opened[1] in QUOTE_LOOKALIKES and not _opens_own_pair(text, i)
        if opened is not None and strokes == opened[2] and (ch not in "“‘" or german):
            start, opening, _ = opened
            opened = None
            if opening in "“‘" and ch in "”’":
                continue  # (a Chinese pair: nothing to read)
            if opening == "„" and ch == "‟":
                continue  # (a Symbol font's 〔〕 as much as quotes: width's symbol-font rule reports it, F13)
            inner = text[start + 1 : i]
            if (not inner or i - start > _MAX_TITLE or not any(is_han(c) for c in inner)
                    or any(c in _NOT_IN_QUOTE for c in inner)):
                continue
            before = text[start - 1] if start else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if not (_chinese(before) or _chinese(after) or all(_chinese(c) for c in inner)):
                continue
            if opening in QUOTE_LOOKALIKES:
                out[start] = (start + 1, "“" if strokes == 2 else "‘")
            if ch in QUOTE_LOOKALIKES or german:
                out[i] = (i + 1, "”" if strokes == 2 else "’")
            continue
        opened = (i, ch, strokes) if ch not in "”’" else None
    return out


#: Quotation marks typed in ASCII strokes by a typesetting system's or a typewriter's convention: TeX's ````…''```` and
#: ```…'``, the typewriter's low-high ``,,…''``; a token of the line, longest first (``'''`` closes a single and a
#: double quotation at once: ````甲`乙'''``).
_TYPED_TOKENS = lazy_re("``|,,|`|'''|''|'|´´|´|\"|”|“|\n")
#: Openers: their strokes.  Closers: their strokes (``”`` and ``"`` close a double one after a typed opener, the German
#: ``“`` after ``,,``).
_TYPED_OPENERS = {"``": 2, ",,": 2, "`": 1}
_TYPED_CLOSERS = {"''": 2, "´´": 2, '"': 2, "”": 2, "“": 2, "'": 1, "´": 1}
_TYPED_GATE = lazy_re("`|,,")
#: What a typed quotation holds none of: a sentence's end, in either width.
_NOT_IN_TYPED_QUOTE = _NOT_IN_QUOTE | frozenset("．")


def typed_quotes(text: str) -> dict[int, tuple[int, str]]:
    """The quotation marks typed in ASCII strokes around Chinese text, each to ``“``/``”`` (``‘``/``’`` for a single
    one): an opener of two strokes (````` or ``,,``) is one edit to ``“``, its closer of two (``''`` ``´´``) one to ``”``.

    Real damage: a page typeset with TeX (or written by a writer used to it) keeps TeX's quotes, ````零门槛''`` for
    ``“零门槛”``, ```三同时'`` for ``‘三同时’``; a typewriter's convention writes ``,,零门槛''``; a converter that knows
    ``“”`` but not these leaves them, and the width rule reads ``,,`` as two commas.

    **Evidence**: the pair on one line, at most 120 characters apart: an opener no Chinese text writes otherwise (a
    backtick, two commas) and a closer of as many strokes (a double ``"`` or ``”`` closes a double one too), around
    text holding a Han character and no sentence's end, hugged by its marks (no blank inside either); the pair touches Chinese text outside, or holds Han text
    only; a single quotation nests inside a double one (``'''`` closes both).  Markdown's code ````x```` and ```x```
    (a backtick closes it), wiki italics ``''甲''`` (no typed opener), a lone mark, an English ``don't`` and a pair
    around Latin text stay.

    >>> t = "机构``零门槛''入驻，所谓`三同时'，推行,,放管服''改革，治理``大城市病\\"，``交通拥堵、`住房紧张'''等,,一网通办“"
    >>> _typed(t)
    '机构“零门槛”入驻，所谓‘三同时’，推行“放管服”改革，治理“大城市病”，“交通拥堵、‘住房紧张’”等“一网通办”'
    >>> [typed_quotes(t) for t in ("代码 ``x = 1''即可", "命令`ls`列出", "写作``甲``，先锋队,,是党的", "it's ''甲''")]
    [{}, {}, {}, {}]
    >>> typed_quotes("先锋队,,是，it's ''甲'' 等")
    {}
    """
    out: dict[int, tuple[int, str]] = {}
    if not _TYPED_GATE.search(text):
        return out
    stack: list[tuple[int, str, int]] = []  # (position, opener, strokes)
    for m in _TYPED_TOKENS.finditer(text):
        i, token = m.start(), m.group()
        if token == "\n":
            stack.clear()
            continue
        if token in _TYPED_OPENERS:
            strokes = _TYPED_OPENERS[token]
            while stack and stack[-1][2] <= strokes:
                stack.pop()  # (an opener left open by one of its kind: ``甲`` of Markdown opens nothing)
            stack.append((i, token, strokes))
            continue
        if token == "“" and not (stack and stack[-1][1] == ",," and not _opens_own_pair(text, i)):
            continue  # (the German closing ``“`` closes a low ``,,`` only: elsewhere it opens its own pair)
        closers = [(i, "'"), (i + 1, "''")] if token == "'''" else [(i, token)]
        for at, closer in closers:
            strokes = _TYPED_CLOSERS[closer]
            while stack and stack[-1][2] < strokes:
                stack.pop()  # (a single quotation left open inside a double one)
            if not stack or stack[-1][2] != strokes:
                continue  # (an apostrophe, a double quote of its own: width's)
            start, opener, _ = stack.pop()
            inner = text[start + len(opener) : at]
            after_at = at + len(closer)
            if (not inner or inner[0].isspace() or inner[-1].isspace() or after_at - start > _MAX_TITLE
                    or not any(is_han(c) for c in inner)
                    or any(c in _NOT_IN_TYPED_QUOTE for c in inner)):
                continue  # (a quotation of sentences: the ``．`` of a page stopping so too, R15-F9's 紅樓夢 page)
            before = text[start - 1] if start else ""
            after = text[after_at] if after_at < len(text) else ""
            if not (_chinese(before) or _chinese(after) or all(_chinese(c) for c in inner if c not in "`',´\"")):
                continue
            out[start] = (start + len(opener), "“" if strokes == 2 else "‘")
            if closer != "”":
                out[at] = (after_at, "”" if strokes == 2 else "’")
    return out


def _typed(text: str) -> str:
    """``text`` with :func:`typed_quotes` applied (for the examples)."""
    changes = typed_quotes(text)
    parts, cursor = [], 0
    for start, (end, after) in sorted(changes.items()):
        parts += (text[cursor:start], after)
        cursor = end
    return "".join(parts) + text[cursor:]


def _opens_own_pair(text: str, i: int) -> bool:
    """Whether the Chinese opening mark at ``i`` is closed by its own closing mark, the next quotation mark on its
    line (``„甲“乙”``: the ``“`` opens ``“乙”``, it closes no German pair)."""
    m = _QUOTE_MARKS.search(text, i + 1)
    return m is not None and m.group() == {"“": "”", "‘": "’"}[text[i]]


def _bracket_lookalikes() -> dict[str, str]:
    """Each bracket of another block whose shape imitates a bracket of Chinese text -> that bracket, derived from
    Unicode's names: an opening or closing punctuation (Ps/Pe) named a LEFT or RIGHT PARENTHESIS of any dress
    (double, white, flattened, ornament, ornate, superscript, subscript: ``⸨`` ``⦅`` ``❨`` ``❪`` ``⟮`` ``﴾``
    ``⁽``) is ``（``/``）``; one named a TORTOISE SHELL BRACKET (``⦗`` ``❲`` ``⟬``) is ``〔``/``〕``; one named a
    LENTICULAR BRACKET is ``【``/``】``.  The marks of the CJK and full-width blocks are the width rule's own, and
    the compatibility forms :mod:`corpus_tools.clean.compat_forms`'; ASCII ``()`` the width rule's.

    >>> table = _bracket_lookalikes()
    >>> "".join(table[ch] for ch in "⸨⸩❨❩⦅⦆❪❫⟮⟯﴾﴿⁽⁾⦗⦘❲❳")
    '（）（）（）（）（）（）（）〔〕〔〕'
    >>> "(" in table or "（" in table or "﹙" in table or "〘" in table or "⟨" in table
    False
    """
    out: dict[str, str] = {}
    for code in (*range(0x2000, 0x2C00), *range(0x2E00, 0x2E80), 0xFD3E, 0xFD3F):
        ch = chr(code)
        if unicodedata.category(ch) not in ("Ps", "Pe"):
            continue
        name = unicodedata.name(ch, "")
        side = 0 if " LEFT " in f" {name} " else 1 if " RIGHT " in f" {name} " else None
        if side is None:
            continue
        for shape, marks in (("PARENTHESIS", "（）"), ("TORTOISE SHELL BRACKET", "〔〕"), ("LENTICULAR BRACKET", "【】")):
            if shape in name:
                out[ch] = marks[side]
    return out


#: Look-alike brackets (:func:`_bracket_lookalikes`); none is ASCII, so none is special in a character class.
BRACKET_LOOKALIKES = _bracket_lookalikes()
_LOOKALIKE_BRACKET = lazy_re("[" + "".join(BRACKET_LOOKALIKES) + "]")
_OPENING_LOOKALIKES = frozenset(ch for ch, mark in BRACKET_LOOKALIKES.items() if mark in "（〔【")
_MAX_BRACKETED = 120
#: What an item's label holds between its brackets (``⸨一⸩``, ``❨12❩``).
_LABEL = frozenset("一二三四五六七八九十0123456789")


def _closing_of(opening: str) -> str:
    """The closing bracket of the look-alike ``opening``, by its Unicode name (LEFT -> RIGHT)."""
    try:
        return unicodedata.lookup(unicodedata.name(opening).replace("LEFT", "RIGHT"))
    except KeyError:
        return ""


#: Each opening look-alike's own closing one (the same dress), read once.
_MIRROR = {ch: _closing_of(ch) for ch in _OPENING_LOOKALIKES}


def bracket_lookalikes(text: str) -> dict[int, tuple[int, str]]:
    """The look-alike brackets of ``text`` (:data:`BRACKET_LOOKALIKES`) that stand for a bracket of Chinese text,
    each to that bracket.

    **Evidence**: an opening one and its own closing one (the same dress) on one line, at most 120 characters
    apart, with no look-alike bracket between, around text holding a Han character, around an item's label
    (a number, ``一``-``十``) that Han text follows, or, as a tortoise shell, around a document number's year.  A lone one, one around Latin text or mathematics
    (``⟮x+y⟯``), or two of different dresses, stay.

    >>> t = "管理委员会⸨以下简称管委会⸩负责；县❨市、区❩人民政府\\n⦅一⦆城市道路；⁽二⁾其他；国发⦗2013⦘14号"
    >>> "".join(bracket_lookalikes(t).get(i, (i + 1, ch))[1] for i, ch in enumerate(t))
    '管理委员会（以下简称管委会）负责；县（市、区）人民政府\\n（一）城市道路；（二）其他；国发〔2013〕14号'
    >>> bracket_lookalikes("若⟮x+y⟯为正，⸨甲❩，❨乙"), bracket_lookalikes("❨1❩ see below")
    ({}, {})
    """
    out: dict[int, tuple[int, str]] = {}
    found = list(_LOOKALIKE_BRACKET.finditer(text))
    for k, m in enumerate(found[:-1]):
        start, opening = m.start(), m.group()
        if opening not in _OPENING_LOOKALIKES:
            continue
        end = found[k + 1].start()
        if found[k + 1].group() != _MIRROR[opening] or end - start > _MAX_BRACKETED:
            continue
        inner = text[start + 1 : end]
        if "\n" in inner or not inner:
            continue
        before = text[start - 1] if start else ""
        after = text[end + 1] if end + 1 < len(text) else ""
        year = BRACKET_LOOKALIKES[opening] == "〔" and len(inner) == 4 and inner.isdigit() and is_han(before)
        if not (any(is_han(ch) for ch in inner) or all(ch in _LABEL for ch in inner) and is_han(after) or year):
            continue  # (a document number's year: ``国发⦗2013⦘14号``)
        out[start] = (start + 1, BRACKET_LOOKALIKES[opening])
        out[end] = (end + 1, BRACKET_LOOKALIKES[found[k + 1].group()])
    return out


#: A letter whose shape imitates a digit, derived from Unicode's names: the letter O of the Latin, Greek
#: (OMICRON) and Cyrillic alphabets, either case, for ``0``; the small L, the capital I, Greek IOTA, Cyrillic's
#: BYELORUSSIAN-UKRAINIAN I and PALOCHKA, for ``1``.
def _digit_lookalikes() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in range(0x41, 0x530):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        if not any(name.startswith(script) for script in ("LATIN ", "GREEK ", "CYRILLIC ")) or "WITH" in name:
            continue
        letter = name.rsplit(" LETTER ", 1)[-1] if " LETTER " in name else ""
        if letter in ("O", "OMICRON"):
            out[ch] = "0"
        elif letter in ("I", "IOTA", "BYELORUSSIAN-UKRAINIAN I", "PALOCHKA") and "CAPITAL" in name or name == "LATIN SMALL LETTER L":
            out[ch] = "1"
    return out


DIGIT_LOOKALIKES = _digit_lookalikes()
_LOOKALIKE_DIGITS = "".join(DIGIT_LOOKALIKES)
#: A number written with look-alike letters: digits and look-alikes, one real digit at least, a decimal point
#: between digits; a digit next to a look-alike is the gate.
_DIGIT_GATE = lazy_re(f"[0-9][{_LOOKALIKE_DIGITS}]|[{_LOOKALIKE_DIGITS}][0-9]")
_NUMBER_WITH_LOOKALIKES = lazy_re(f"[0-9{_LOOKALIKE_DIGITS}]+(?:\\.[0-9{_LOOKALIKE_DIGITS}]+)?")
#: What follows a number in a law (its unit, a date's part, an article's word) or precedes it (第): the number
#: evidence a look-alike letter needs.
_NUMBER_AFTER = frozenset("年月日时分秒号条款项章节编%％‰元万亿千百个次人名户家天周岁米吨台件辆倍")
_NUMBER_BEFORE = frozenset("第约")
#: A date's slots: the month between 年 and 月, the day between 月 and 日 (号).
_DATE_SLOT_END = {"年": "月", "月": "日号"}


def digit_lookalikes(text: str) -> dict[int, tuple[int, str]]:
    """The letters of ``text`` written for a digit inside a number (an OCR engine's misreading: ``1996年4月l2日``,
    ``自2o01年``, ``20l4年``), each to its digit (:data:`DIGIT_LOOKALIKES`).

    **Evidence**: a run of digits and look-alike letters holding a real digit, glued to no other letter, that a
    number's word follows (a unit, a date's ``年月日``, an article's ``条``, ``%``) or ``第`` precedes, or that holds
    two real digits and stands in Chinese text (a Han character or a Chinese mark beside it: ``拨打11o、12o``).
    A letter opening the number needs a date's slot (``4月l2日``, the year ``I996年``): ``依托I2345热线``, ``第一年为l000元`` (the shared clean
    corpus's 北京市养犬管理规定 writes so) stay.  ``CO2``, ``H1N1``, ``ISO 9001``, a Roman ``第II类``, a model number ``A3O8``, letters without
    a digit (``第l条``), one digit and a letter with no number's word (``吸入O2``), a litre (``15l水``) stay.

    >>> t = "本规定自2006年1月1日起施行。1996年4月l2日，自2o01年起，20l4年，增长1O%，共IO人，拨打11o、12o，自I996年"
    >>> "".join(digit_lookalikes(t).get(i, (i + 1, ch))[1] for i, ch in enumerate(t))
    '本规定自2006年1月1日起施行。1996年4月12日，自2001年起，2014年，增长10%，共IO人，拨打110、120，自1996年'
    >>> digit_lookalikes("排放CO2年均值，H1N1病毒，ISO 9001认证，第II类，A3O8号，第l条，2Oo4mm，吸入O2后，加15l水，为l000元")
    {}
    """
    if not _DIGIT_GATE.search(text):
        return {}
    out: dict[int, tuple[int, str]] = {}
    for m in _NUMBER_WITH_LOOKALIKES.finditer(text):
        a, b = m.span()
        number = m.group()
        if not any(ch in DIGIT_LOOKALIKES for ch in number) or not any("0" <= ch <= "9" for ch in number):
            continue
        before = text[a - 1] if a else ""
        after = text[b] if b < len(text) else ""
        if before.isalpha() and not is_han(before) or after.isalpha() and not is_han(after):
            continue  # (glued to a word: ``CO2``, ``A3O8``, ``2Oo4mm``)
        digits = sum(1 for ch in number if "0" <= ch <= "9")
        in_chinese = _chinese(before) or _chinese(after)
        if not (after in _NUMBER_AFTER or before in _NUMBER_BEFORE and is_han(after)
                or digits >= 2 and in_chinese and number[-1] != "l"):
            continue  # (a trailing ``l`` may be a litre: ``15l水`` wants the unit's evidence)
        year = len(number) == 4 and after == "年"
        if number[0] in DIGIT_LOOKALIKES and not (year or before in "年月" and after in _DATE_SLOT_END.get(before, "")):
            continue  # (a letter opening a number only in a date's slot: ``4月l2日``, ``I996年``; ``为l000元`` is no evidence)
        for i, ch in enumerate(number, a):
            if ch in DIGIT_LOOKALIKES:
                out[i] = (i + 1, DIGIT_LOOKALIKES[ch])
    return out


def lookalike_changes(text: str) -> dict[int, tuple[int, str]]:
    """Every look-alike mark of ``text`` decided (:func:`circle_stops`, :func:`title_lookalikes`,
    :func:`comma_lookalikes`, :func:`enumeration_dots`, :func:`quote_lookalikes`); empty at once on a page that writes none of the symbols.

    >>> lookalike_changes("第一条 本条例自公布之日起施行。")
    {}
    """
    out = digit_lookalikes(text)
    if _DOT_GATE.search(text):
        out.update(enumeration_dots(text))
    if _LOOKALIKE_BRACKET.search(text):
        out.update(bracket_lookalikes(text))
    if _QUOTE_GATE.search(text):
        out.update(quote_lookalikes(text))
    out.update(typed_quotes(text))
    if not _GATE.search(text):
        return out
    out.update(circle_stops(text))
    out.update(title_lookalikes(text))
    out.update(comma_lookalikes(text))
    return out


_DOT_GATE = lazy_regex(f"\\p{{Han}}[{DOT_LOOKALIKES}\\\\]\\p{{Han}}")
_GATE = lazy_re("[" + CIRCLES + "«‹≪⟪⟨〈" + COMMA_LOOKALIKES + "]")

__all__ = ["BRACKET_LOOKALIKES", "CIRCLES", "COMMA_LOOKALIKES", "DIGIT_LOOKALIKES", "DOT_LOOKALIKES", "ENUMERATION_STAND_INS", "QUOTE_LOOKALIKES",
           "bracket_lookalikes",
           "circle_stops", "comma_lookalikes", "digit_lookalikes", "enumeration_dots", "lookalike_changes",
           "quote_lookalikes", "title_lookalikes", "typed_quotes"]
