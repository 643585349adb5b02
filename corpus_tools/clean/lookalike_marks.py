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
  ``建设丶财政丶审计`` (:func:`comma_lookalikes`).

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
  on a page that writes no kana.

Each function returns the width rule's changes, position -> (end, replacement)
(:func:`corpus_tools.clean.width.normalize_width` records them as its edits).
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re
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


def lookalike_changes(text: str) -> dict[int, tuple[int, str]]:
    """Every look-alike mark of ``text`` decided (:func:`circle_stops`, :func:`title_lookalikes`,
    :func:`comma_lookalikes`); empty at once on a page that writes none of the symbols.

    >>> lookalike_changes("第一条 本条例自公布之日起施行。")
    {}
    """
    if not _GATE.search(text):
        return {}
    out = circle_stops(text)
    out.update(title_lookalikes(text))
    out.update(comma_lookalikes(text))
    return out


_GATE = lazy_re("[" + CIRCLES + "«‹≪⟪⟨〈" + COMMA_LOOKALIKES + "]")

__all__ = ["CIRCLES", "COMMA_LOOKALIKES", "circle_stops", "comma_lookalikes", "lookalike_changes", "title_lookalikes"]
