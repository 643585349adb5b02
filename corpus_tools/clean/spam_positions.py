"""Spam hidden by position: a brand spelt along a path the reader does not read, one character at each place.

Real damage undone: an injector that must get a brand past filters reading along the lines spreads it over the
page, one character at each of a run of positions, so that the brand reads only along that path:

* **an acrostic** (藏头): one character before the first character of each of a run of lines
  (``永第五条　…⏎利第六条　…⏎皇第七条　…⏎宫第八条　…``);
* **a telestich** (藏尾): one character after the last mark of each of a run of lines (``…施行。永⏎…规定。利``);
* the same with a bracket, a space or a mark after the character (``【永】第五条``, ``永 第五条``): the path is
  the line's edge, whatever dresses it;
* and, the same family read elsewhere: a brand stored backwards under a bidi override
  (:mod:`corpus_tools.clean.bidi_order` reads it forwards, then the spam rules take it), a brand with invisible or
  spacing characters between its characters (:mod:`corpus_tools.clean.spam_spaced`,
  :func:`corpus_tools.clean.spam.interleaved_brands`), a brand written in pinyin initials or homophones
  (:mod:`corpus_tools.clean.spam_homophones`).

**Evidence** (the page's lines, not a list of brands): each character stands outside its line's grammar at the
line's edge: before an article or division label or an item's number (``永第五条``: no law writes a character
before its label), after the line's sentence-final mark (``施行。永``: no sentence is one character long), or,
on a paragraph line next to such lines, as a head the law-text model reads the line much better without
(``太劳动``: :data:`MIN_GAIN`); and such lines follow one another (:data:`MAX_GAP` lines between them at most, none beside a line only the model reads), :data:`MIN_RUN` of them at least, most of them
(:data:`CERTAIN_SHARE`) by a label or a final mark, or the column they spell reads as no law's words.  One line
alone is no path and stays.
"""

from __future__ import annotations

from corpus_tools.clean.evidence import reads_as_law_words
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import is_han_script

#: Consecutive lines a path must cross (a brand's characters: two-character words are law's too often).
MIN_RUN = 3
#: The longest path read (the longest brand spelt so).
MAX_RUN = 8
#: Lines in a row a path may skip (an injector spells along the lines it likes: the articles and paragraphs, not the
#: items between them, a list of eight items at most).
MAX_GAP = 8
#: Share of a run's lines whose character a label or a final mark proves outside the line (else the column must
#: read as no law's words).
CERTAIN_SHARE = 0.5

#: What a line's text starts with after an acrostic's character: an article or division label, an item's number.
_LABEL_RE = lazy_regex(
    r"[ \u3000]*(?:第[零〇一二三四五六七八九十百千0-9０-９]{1,8}[条條章节節编編]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)
#: Marks that end a law's sentence at the end of a line (a character after them is no sentence).
_FINAL = "。；！？：.;!?:"
#: Decorations an edge character may carry (brackets around it, a blank after it).
_DRESS_OPEN = "【[〔（(「『《<〈"
_DRESS_CLOSE = "】]〕）)」』》>〉"

CERTAIN, LIKELY, POSSIBLE = 2, 1, 0
#: How much better (natural log, the forward law-text model) a paragraph line's first characters must read without
#: its head for the head to stand outside the line (measured on 1,718 clean paragraph lines of the DLC: 0.6 % of
#: their heads read so much better away; a gambling brand's character put before 246 of them did each time).
MIN_GAIN = 6.0
#: The most paragraph lines the model reads on a page (a page of thousands of labels with a character before each
#: is no law's: the labels' own characters go, the model is not asked about every line between them).
MAX_READS = 64
#: The characters of a line the model reads for that.
_READ = 12
#: The kind of the insertions this module finds (the word in the edit's detail).
POSITIONAL_BRAND = "brand spelt one character a line at the lines' edges"


def _head(line: str) -> tuple[int, int, int] | None:
    """The acrostic character at the start of ``line``, if it stands outside the line: ``(start, end, strength)``
    of the span to remove (the character with its dressing), ``strength`` :data:`CERTAIN` before a label,
    :data:`POSSIBLE` for any other Han head (the model decides, :func:`_reads_better`).

    >>> _head("永第五条　本市。"), _head("【永】第五条　本市。"), _head("太劳动保障部门。")
    ((0, 1, 2), (0, 3, 2), (0, 1, 0))
    >>> _head("第五条　本市。"), _head("（一）本市。"), _head("附件：第一条")
    (None, None, None)
    """
    i = len(line) - len(line.lstrip(" \u3000\t"))
    start = i
    if i < len(line) and line[i] in _DRESS_OPEN:
        if i + 2 < len(line) and line[i + 2] == _DRESS_CLOSE[_DRESS_OPEN.index(line[i])]:
            char, end = line[i + 1], i + 3
        else:
            return None
    elif i < len(line):
        char, end = line[i], i + 1
    else:
        return None
    if not is_han_script(char) or char in "第一二三四五六七八九十":
        return None
    rest = end + (1 if line[end:end + 1] == " " else 0)
    if _LABEL_RE.match(line, rest):
        return start, rest, CERTAIN
    if end != i + 1 or rest + 2 > len(line) or not (is_han_script(line[rest]) and is_han_script(line[rest + 1])):
        return None
    return start, rest, POSSIBLE


def _tail(line: str) -> tuple[int, int, int] | None:
    """The telestich character at the end of ``line`` (after its sentence-final mark): ``(start, end, strength)``.

    >>> _tail("本条例自公布之日起施行。永"), _tail("本条例自公布之日起施行。【永】"), _tail("本条例自公布之日起施行。")
    ((12, 13, 2), (12, 15, 2), None)
    >>> _tail("第二章　总则"), _tail("本市。本")
    (None, (3, 4, 2))
    """
    core = line.rstrip(" \u3000\t\r")
    if not core:
        return None
    end = len(core)
    if core[-1] in _DRESS_CLOSE and len(core) >= 3 and core[-3] == _DRESS_OPEN[_DRESS_CLOSE.index(core[-1])]:
        char, start = core[-2], end - 3
    else:
        char, start = core[-1], end - 1
    before = start - (1 if start > 0 and core[start - 1] == " " else 0)
    if not is_han_script(char) or before < 2 or core[before - 1] not in _FINAL:
        return None
    return before, end, CERTAIN


def positional_brands(text: str) -> list[tuple[int, int]]:
    """The characters of brands spelt down the page at the lines' edges (acrostic, telestich): ``(start, end)``.

    **Evidence**: see the module's docstring: each character outside its line's grammar at the line's edge, on
    :data:`MIN_RUN` consecutive lines or more, :data:`CERTAIN_SHARE` of them proved by a label or a final mark or
    the column reading as no law's words.

    >>> t = "第四条　本市。\\n永第五条　甲。\\n利第六条　乙。\\n皇第七条　丙。\\n宫第八条　丁。\\n第九条　戊。"
    >>> "".join(t[a:b] for a, b in positional_brands(t))
    '永利皇宫'
    >>> t = "第一条　本市。永\\n第二条　甲。利\\n第三条　乙。皇\\n第四条　丙。"
    >>> "".join(t[a:b] for a, b in positional_brands(t))
    '永利皇'
    >>> positional_brands("永第五条　甲。\\n第六条　乙。\\n利第七条　丙。")  # no run
    []
    """
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip(" \u3000\t\r"):
            lines.append((at, line))
        at += len(line) + 1
    out: list[tuple[int, int]] = []
    wrapped = _hard_wrapped(lines)
    for edge in (_head, _tail):
        if edge is _tail and wrapped:
            continue  # (a wrapped page ends lines anywhere, ``…处理；构`` ⏎ ``成犯罪的``: a character after a final mark is no proof)
        found = [(at, line, edge(line)) for at, line in lines]
        if wrapped:  # (and starts them mid-word, ``全周`` ⏎ ``期服务``: only a label proves a head there)
            found = [(at, line, f if f and f[2] == CERTAIN else None) for at, line, f in found]
        if not any(f and f[2] == CERTAIN for _at, _line, f in found):
            continue  # (no label or final mark proves a character outside its line: no path; most pages end here)
        run: list[tuple[int, int, int, str]] = []
        gap = reads = 0
        for k, (at, line, f) in enumerate(found + [(len(text), "", None)]):
            if f and f[2] == POSSIBLE:
                near = reads < MAX_READS and _near_certain(found, k)
                reads += near
                f = (f[0], f[1], LIKELY) if near and _reads_better(line, f[1]) else None
            if f and run and gap and LIKELY in (f[2], run[-1][2]):
                out += _accepted(run)  # (a line the model reads is a path's only next to another of its lines)
                run, gap = [], 0
            if f and len(run) < MAX_RUN:
                a, b, strength = f
                run.append((at + a, at + b, strength, line[a:b].strip(" " + _DRESS_OPEN + _DRESS_CLOSE)))
                gap = 0
                continue
            if not f and run and line and gap < MAX_GAP:
                gap += 1  # (a line the path skips: an item without a final mark, a heading)
                continue
            gap = 0
            out += _accepted(run)
            run = [(at + f[0], at + f[1], f[2], line[f[0]:f[1]].strip(" " + _DRESS_OPEN + _DRESS_CLOSE))] if f else []
    return sorted(out)


#: A page whose lines end mid-sentence this often (and at least :data:`MIN_RUN` times) is hard-wrapped.
WRAPPED_SHARE = 0.2


def _hard_wrapped(lines: list[tuple[int, str]]) -> bool:
    """Whether the page's lines end mid-sentence (a Han character after a Han character) often enough to be a
    hard-wrapped text (a PDF's or a column's lines), where a character after a final mark at a line's end is the
    next sentence's first, not a telestich's (the merge review: a two-column page's ``…不得擅自挖掘城市道路。新`` ⏎
    ``建、扩建…`` lost its ``新``).

    >>> _hard_wrapped([(0, "第一条　为了规范管理，根据有关法律"), (0, "的规定，结合本市实际，制定本条"), (0, "例。本条例适用于本市行政区域内的"),
    ...                (0, "管理活动。市人民政府负责组织实施"), (0, "本条例。")])
    True
    >>> _hard_wrapped([(0, "第一条　为了规范管理，制定本条例。永"), (0, "第二条　本条例适用于本市。利"), (0, "第三条　本条例自公布之日起施行。")])
    False
    """
    ended = [line.rstrip(" \u3000\t\r") for _at, line in lines]
    mid = sum(1 for s in ended if len(s) >= 8 and is_han_script(s[-1]) and is_han_script(s[-2]))
    return mid >= MIN_RUN and mid >= WRAPPED_SHARE * len(ended)


def _near_certain(found: list, k: int) -> bool:
    """Whether a line within :data:`MAX_RUN` lines of line ``k`` has a character a label or a final mark proves."""
    return any(f and f[2] == CERTAIN for _at, _line, f in found[max(0, k - MAX_RUN + 1):k + MAX_RUN])


def _reads_better(line: str, rest: int) -> bool:
    """Whether the law-text model reads the first characters of ``line`` from ``rest`` on :data:`MIN_GAIN` better
    without what stands before ``rest`` than with it."""
    from corpus_tools.language_model import normalize, shipped

    model = shipped().forward
    body = normalize(line[rest:rest + _READ])
    whole = normalize(line[:rest].lstrip(" \u3000\t")) + body
    if len(body) < 2:
        return False
    return model.logprob("\n", body) - model.logprob("\n", whole) >= MIN_GAIN


def _accepted(run: list[tuple[int, int, int, str]]) -> list[tuple[int, int]]:
    """The spans of a run of edge characters when it is a path (:func:`positional_brands`), else none."""
    if len(run) < MIN_RUN:
        return []
    certain = sum(1 for _a, _b, strength, _c in run if strength == CERTAIN)
    if not certain:
        return []
    column = "".join(c for _a, _b, _s, c in run)
    if certain < CERTAIN_SHARE * len(run) and reads_as_law_words(column[:4]):
        return []
    return [(a, b) for a, b, _s, _c in run]
