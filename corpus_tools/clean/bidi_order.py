"""Text stored in reverse under a bidi override: read in the order a browser displays it.

Real damage undone: injectors that want a string past keyword filters store it backwards and wrap it in
the RIGHT-TO-LEFT OVERRIDE (U+202E) and a POP DIRECTIONAL FORMATTING (U+202C): a browser lays the string
out right to left, so readers see it forwards, while the stored characters read backwards
(``防止环境\\u202e网官宫皇利永\\u202c污染``).  The invisible-characters rule removed the two controls and left the
stored order, ``网官宫皇利永``: no spam rule knew the brand backwards, and it stayed in the law.  The family:
every explicit bidi control a page may carry (the embeddings LRE/RLE U+202A/U+202B, the overrides
LRO/RLO U+202D/U+202E, their PDF U+202C; the isolates LRI/RLI/FSI U+2066-U+2068 and their PDI U+2069),
nested in any way, closed or left open to the end of the paragraph.

**Evidence**: the controls themselves: the Unicode Bidirectional Algorithm (UAX #9) says which characters a
reader sees in which order, and this module computes that order for a line of left-to-right text (the
explicit levels and overrides of rules X1-X8, the characters' levels of I1-I2, the reordering of L2 and
the mirrored glyph of a bracket shown right to left, L4).  Two limits, both towards keeping the text:

* a line that holds a right-to-left letter or an Arabic digit (Hebrew, Arabic: bidi classes R, AL, AN) is
  left to the invisible-characters rule as before (its order is the writer's and the algorithm's
  weak and neutral rules would decide it);
* a character that is not overridden keeps the direction of a left-to-right letter (Han characters, Latin
  letters, digits, and the marks between them): the neutral rules of the algorithm move a mark at the edge
  of a right-to-left embedding, a move no injector means and that would put a law's full stop before its
  sentence.  So embeddings and isolates alone change no order; an override does.

An override that the line leaves open (no PDF) reverses, in a browser, the rest of the paragraph; an
injector that forgot the PDF meant only its string.  There the reversed string ends where the law's
text reads on best: the law-text model (:mod:`corpus_tools.language_model`, loaded only for such a line)
scores each end up to :data:`MAX_OPEN_RUN` characters, the whole rest of the line one candidate among
them.  What the line then shows is left to the spam rules, which run later and read the displayed brand.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

from corpus_tools.clean import rules
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
#: The explicit bidi controls.
CONTROLS = frozenset(LRE + RLE + PDF + LRO + RLO + LRI + RLI + FSI + PDI)
_GATE = lazy_re("[\u202a-\u202e\u2066-\u2069]")
#: Bidi classes whose letters make a line right to left of its own (then its order is the writer's).
_RTL_CLASSES = frozenset(("R", "AL", "AN"))
#: The deepest embedding level (UAX #9, BD2).
MAX_DEPTH = 125
#: The longest string an open override is taken to reverse when the rest of its line is longer.
MAX_OPEN_RUN = 64
#: Open overrides of a line whose end the model weighs (the others end at the next control or the line's end).
MAX_OPEN_PER_LINE = 8
#: Characters of context on each side that the model reads around an open override's candidates.
_CONTEXT = 16
#: Brackets and other paired glyphs a right-to-left run shows mirrored (Bidi_Mirroring_Glyph, the pairs a
#: Chinese page uses).
_MIRROR_PAIRS = "()[]{}<>«»‹›（）［］｛｝＜＞【】《》〈〉「」『』〔〕〖〗〘〙〚〛⁅⁆⁽⁾₍₎"
MIRROR = {a: b for a, b in zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2])} | {
    b: a for a, b in zip(_MIRROR_PAIRS[::2], _MIRROR_PAIRS[1::2])}
_DETAIL = "bidi controls: the order a browser displays (stored reversed under an override)"


def _levels(segment: str, open_end: dict[int, int]) -> list[tuple[str, int]]:
    """The visible characters of ``segment`` with their resolved levels (rules X1-X8, I1-I2, simplified as the
    module says).  ``open_end`` maps the index of an override left open to the index where it is taken to end.

    >>> _levels("甲\\u202e乙丙\\u202c丁", {})
    [('甲', 0), ('乙', 1), ('丙', 1), ('丁', 0)]
    """
    stack: list[tuple[int, str | None, bool]] = [(0, None, False)]  # (level, override, isolate)
    overflow = isolates = 0
    closes: dict[int, int] = {}  # index -> how many virtual PDFs are taken there
    for at, end in open_end.items():
        closes[end] = closes.get(end, 0) + 1
    out: list[tuple[str, int]] = []
    for i, ch in enumerate(segment):
        for _ in range(closes.get(i, 0)):
            if len(stack) > 1 and not stack[-1][2]:
                stack.pop()
        level, override, _ = stack[-1]
        if ch in (LRE, RLE, LRO, RLO, LRI, RLI, FSI):
            rtl = ch in (RLE, RLO, RLI)
            new = level + 1 + ((level + 1) % 2 == 0 if rtl else (level + 1) % 2 == 1)
            if new <= MAX_DEPTH and not overflow:
                isolate = ch in (LRI, RLI, FSI)
                isolates += isolate
                stack.append((new, "R" if ch == RLO else "L" if ch == LRO else None, isolate))
            else:
                overflow += 1
        elif ch == PDI:
            if isolates:
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                isolates -= 1
                overflow = 0
        elif ch == PDF:
            if overflow:
                overflow -= 1
            elif len(stack) > 1 and not stack[-1][2]:
                stack.pop()
        elif ch not in CONTROLS:
            rtl = override == "R"
            out.append((ch, level + (level % 2 == 0 if rtl else level % 2 == 1)))
    return out


def _visual(chars: list[tuple[str, int]]) -> str:
    """The display order of characters with their levels (rule L2: from the highest level down to the lowest odd
    one, every run at that level or higher reversed), a glyph shown right to left mirrored (L4).

    >>> _visual([("甲", 0), ("(", 1), ("乙", 1), ("丙", 2), ("丁", 2), ("戊", 0)])
    '甲丙丁乙)戊'
    """
    if not chars:
        return ""
    order = list(range(len(chars)))
    levels = [lv for _, lv in chars]
    top = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(MIRROR.get(chars[k][0], chars[k][0]) if levels[k] % 2 else chars[k][0] for k in order)


def _open_override_end(line: str, at: int, stop: int) -> int:
    """Where an override opened at ``at`` and left open is taken to end (an index of ``line``, at most ``stop``),
    by the forward law-text model: for each end, how well the text stored after it reads on from the text
    before the override (the log-probability of its next :data:`_CONTEXT` characters, and of the line's end
    when they reach it), plus how much better the string reads as displayed than as stored.  An injector's
    string ends where the law reads on across it; the law's own words, stored forwards, read worse displayed.

    >>> line = "防止环境\\u202e网官宫皇利永污染。"
    >>> line[_open_override_end(line, 4, len(line)):]
    '污染。'
    >>> line = "第一条 \\u202e理管范规了为，制定本条例。"
    >>> line[_open_override_end(line, 4, len(line)):]
    '，制定本条例。'
    >>> line = "第一条 \\u202e。例条本定制，理管范规了为"
    >>> _open_override_end(line, 4, len(line)) == len(line)
    True
    """
    from corpus_tools.language_model import normalize

    rest = line[at + 1:stop]
    limit = min(len(rest), MAX_OPEN_RUN)
    if limit == 0:
        return stop
    model = _model()
    before = "".join(c for c in line[max(0, at - _CONTEXT):at] if c not in CONTROLS)
    left = ("\n" if at <= _CONTEXT else "") + normalize(before)
    best, best_score = stop, float("-inf")
    for k in range(1, limit + 1):
        chunk = rest[:k]
        after = normalize(rest[k:k + _CONTEXT]) + ("\n" if k + _CONTEXT >= len(rest) and stop == len(line) else "")
        shown = normalize("".join(MIRROR.get(c, c) for c in reversed(chunk)))
        score = (model.logprob(left[-(_CONTEXT // 2):], after)
                 + model.logprob("\n", shown) - model.logprob("\n", normalize(chunk)))
        if score > best_score:
            best, best_score = at + 1 + k, score
    return best


def _model():
    from corpus_tools.language_model import shipped

    return shipped().forward


def bidi_order_edits(text: str) -> list[Edit]:
    """Edits that replace each stretch of a line under bidi controls with what a browser displays, the controls
    gone, where that order differs from the stored one (see the module): sorted, disjoint.

    >>> t = "防止环境\\u202e网官宫皇利永\\u202c污染。"
    >>> [(e.before, e.after) for e in bidi_order_edits(t)] == [("\\u202e网官宫皇利永\\u202c", "永利皇宫官网")]
    True

    Nested overrides, and a bracket shown right to left mirrored:

    >>> [e.after for e in bidi_order_edits("甲\\u202e丙\\u202d(乙)\\u202c\\u202c丁")]
    ['(乙)丙']
    >>> [e.after for e in bidi_order_edits("甲\\u202e(moc.ab)\\u202c丁")]
    ['(ba.com)']

    An embedding or an isolate alone shows left-to-right text in its order: the invisible-characters rule removes
    the controls as before; a line with a Hebrew or Arabic letter is the writer's order:

    >>> bidi_order_edits("第一条\\u202b为了规范，\\u202c制定本条例。\\u2067本市\\u2069"), bidi_order_edits("甲\\u202eאב乙\\u202c")
    ([], [])
    """
    if not _GATE.search(text):
        return []
    edits: list[Edit] = []
    start = 0
    for line in text.split("\n"):
        if _GATE.search(line) and not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in line):
            edits += _line_edits(line, start)
        start += len(line) + 1
    return edits


def _line_edits(line: str, offset: int) -> list[Edit]:
    """The edit of one line with bidi controls (at most one: from its first control to its last, or to where an
    open override is taken to end)."""
    first = next(i for i, c in enumerate(line) if c in CONTROLS)
    last = max(i for i, c in enumerate(line) if c in CONTROLS) + 1
    open_end = {}
    controls = [i for i, c in enumerate(line) if c in CONTROLS]
    for n, at in enumerate(_open_overrides(line)):
        k = bisect_right(controls, at)
        nxt = controls[k] if k < len(controls) else len(line)
        end = _open_override_end(line, at, nxt) if line[at] == RLO and n < MAX_OPEN_PER_LINE else nxt
        open_end[at] = end
        last = max(last, end)
    segment = line[first:last]
    shown = _visual(_levels(segment, {at - first: end - first for at, end in open_end.items()}))
    if shown == "".join(c for c in segment if c not in CONTROLS):
        return []
    return [Edit(rules.INVISIBLE_CHARS, offset + first, offset + last, segment, shown, _DETAIL)]


def _open_overrides(line: str) -> list[int]:
    """The indexes of the overrides (RLO, LRO) of ``line`` that no PDF closes before its end.

    >>> _open_overrides("甲\\u202e乙\\u202c丙\\u202e丁"), _open_overrides("甲\\u202e乙\\u202d丙\\u202c丁")
    ([5], [1])
    """
    stack: list[tuple[int, str]] = []
    for i, ch in enumerate(line):
        if ch in (LRE, RLE, LRO, RLO):
            stack.append((i, ch))
        elif ch == PDF and stack:
            stack.pop()
        elif ch in (LRI, RLI, FSI):
            stack.append((i, ch))
        elif ch == PDI:
            while stack and stack[-1][1] not in (LRI, RLI, FSI):
                stack.pop()
            if stack:
                stack.pop()
    return [i for i, ch in stack if ch in (LRO, RLO)]


# --------------------------------------------------------------------------- lines stored reversed, no control left

#: Reversed labels a page must end lines on (``…了为 条一第``), at least, to be read so.
MIN_REVERSED_LABELS = 2
#: How much better (natural log, per character, the forward law-text model) a line without a reversed label must read
#: reversed than as stored, on such a page.
MIN_REVERSED_GAIN = 1.0
#: A line ending on a label stored reversed: ``条一第``, ``章二第``, ``一之条三第``.
_REVERSED_LABEL_END = lazy_regex(
    r"(?:[一二三四五六七八九十]{1,3}之)?(?:编分|[编章节条])[零〇一二三四五六七八九十百千0-9]{1,8}第[ \t\u3000]*$")
_REVERSED_GATE = lazy_re(r"(?:编分|[编章节条])[零〇一二三四五六七八九十百千0-9]{1,8}第[ \t\u3000]*(?:\n|$)")
_OPENING = frozenset("([{<«‹（［｛＜【《〈「『〔〖〘〚")
_REVERSED_DETAIL = "a line stored reversed (no bidi control left): read in its order, as the page's reversed labels show"


def _reversed(line: str) -> str:
    """``line`` read backwards; its brackets mirrored when, read so, a bracket closes before it opens (the
    stored glyphs were the displayed, mirrored ones).

    >>> _reversed("。行施起日之布公自）行试（例条本"), _reversed("。行施起日之布公自(行试)例条本")
    ('本条例（试行）自公布之日起施行。', '本条例(试行)自公布之日起施行。')
    """
    plain = line[::-1]
    depth = 0
    for c in plain:
        if c in _OPENING:
            depth += 1
        elif c in MIRROR:
            depth -= 1
            if depth < 0:
                return "".join(MIRROR.get(ch, ch) for ch in plain)
    return plain


def reversed_line_edits(text: str) -> list[Edit]:
    """Edits that read back the lines a page stores reversed, with no control left to say so (a crawler that kept a
    right-to-left layer's visual order, or removed the override of a whole line): ``。例条本定制，理管范规了为 条一第``.

    **Evidence**: :data:`MIN_REVERSED_LABELS` lines at least end on a division or article label read backwards
    (``条一第``: no law writes it); on such a page those lines, and every other line that
    the law-text model reads :data:`MIN_REVERSED_GAIN` better per character reversed than as stored (a title,
    a paragraph without a label), are reversed.  A page with one such line keeps it.

    >>> t = "定规理管某市某\\n\\n。例条本定制，理管范规了为 条一第\\n。市本于用适例条本 条二第\\n本条例自公布之日起施行。\\n"
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, reversed_line_edits(t)))
    某市某管理规定
    <BLANKLINE>
    第一条 为了规范管理，制定本条例。
    第二条 本条例适用于本市。
    本条例自公布之日起施行。
    <BLANKLINE>
    >>> reversed_line_edits("第一条 见下表：\\n条一第\\n")
    []
    """
    if not _REVERSED_GATE.search(text):
        return []
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    labelled = {i for i, (_, line) in enumerate(lines) if _REVERSED_LABEL_END.search(line)}
    if len(labelled) < MIN_REVERSED_LABELS:
        return []
    edits: list[Edit] = []
    for i, (start, line) in enumerate(lines):
        core = line.strip(" \t\u3000\r")
        if len(core) < 2:
            continue
        shown = _reversed(core)
        if i not in labelled and not _reads_better(shown, core):
            continue
        a = start + line.index(core)
        edits.append(Edit(rules.INVISIBLE_CHARS, a, a + len(core), core, shown, _REVERSED_DETAIL))
    return edits


def _reads_better(shown: str, stored: str) -> bool:
    """Whether the forward law-text model reads ``shown`` :data:`MIN_REVERSED_GAIN` better per character than ``stored``."""
    from corpus_tools.language_model import normalize

    model = _model()
    a, b = normalize(shown), normalize(stored)
    if len(a) < 2:
        return False
    return (model.logprob("\n", a + "\n") - model.logprob("\n", b + "\n")) / len(a) >= MIN_REVERSED_GAIN


__all__ = ["CONTROLS", "MAX_OPEN_RUN", "MIN_REVERSED_GAIN", "MIN_REVERSED_LABELS", "MIRROR", "bidi_order_edits",
           "reversed_line_edits"]
