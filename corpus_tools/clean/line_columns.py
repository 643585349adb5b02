r"""A column a tool put before every line of a law it showed line by line (margins30).

Real damage undone: a law copied out of a tool that shows a file line by line carries the tool's column before
each of its lines, ``3f9a2c1d (张三 2019-04-12 10:22:31 +0800 12) 第一条 为了…``: no line of the page opens on an
article label, and the structure finds no article at all (every clean article lost).  The family, by the tool
that writes the column:

* **version-control annotations**: ``git blame`` (hash, author padded to a width, time, line number), ``svn
  blame`` (revision and author), ``hg annotate -un`` (``zhangsan 1234: …``), a code host's blame view saved as
  text;
* **search hits**: ``grep -n``/``rg -n``/``ack`` over a folder of laws, ``laws/某市条例.txt:12:第一条 …`` (``-`` for
  a context line);
* **logs**: a publishing daemon's or a crawler's log, one line of the law a record, led by syslog's ``Apr 12
  10:22:31 host prog[2318]: `` or a logger's ``2023-04-12 10:22:31,123 INFO [main] ``;
* **chat and messaging exports** (QQ, WeChat, IRC, a mailing list digest): ``[2023-04-12 10:22:31] 张三: …``,
  ``10:22 <lisi> …``;
* **viewers' gutters** with more than a number (a pastebin's ``L12 | ``, a terminal viewer's ``  12 │ ``); a bare
  line number counting the page's lines is :func:`~corpus_tools.clean.line_marks.gutter_lines`' (its own
  evidence, the sequence);
* **quotation and prompts** with a counter or a time (a forum quote ``[12] > ``, a REPL's ``In [3]: ``).

(A column of one fixed mark and no number, ``> `` or a bullet, is
:func:`~corpus_tools.clean.line_marks.line_mark_edits`'; a patch's ``+`` is :mod:`~corpus_tools.clean.patches`';
line breaks shown as visible symbols, ``¶`` ``↵`` ``␊``, are the break marks of
:mod:`~corpus_tools.clean.containers`.)

Evidence, the column's shape recurring: each line's opening is read as a sequence of shape tokens (a number,
an id or a hash is one token ``9`` whatever its digits; a word, Chinese or Latin, is one token ``w``; blanks are
one token; any other character is itself), and the column is the longest opening shared by
:data:`SHARE` of the page's lines with text, cut back to its last separator (a punctuation mark, or a Latin
word, such as an author's name, that no line's text opens with).  It must hold a number (a line number, a time,
a revision, a hash), more than a number and its separator (a bare counter is a gutter's or a list's), and
no structure marker of the law (``第1条：`` on every line is the law's own labels), and the lines must not close
what it opened (``[color=#000]…[/color]``: a markup's or a record's wrapper, the other decoders').  Then it goes, with the
blanks after it, from every line whose opening has the shape; the caller
(:func:`~corpus_tools.clean.containers.serialised_page`) keeps the decoding only when more of the page's lines
then open on a structure marker than before.  A clean law's numbered items (``（一）``, ``1.``), its dates and
its Arabic labels never share one opening on most of its lines and stay as they are.
"""

from __future__ import annotations

from collections import Counter

import regex

from corpus_tools.lazy_patterns import lazy_regex

#: The share of the page's lines with text whose opening must have the column's shape.
SHARE = 0.8
#: The most tokens, and characters, a column takes.
MAX_TOKENS = 32
MAX_CHARS = 120
#: Lines with text a page needs, at least.
MIN_LINES = 4

_BLANK = " \t\u3000"
#: One shape token: a word holding a digit (a number, an id, a hash: ``9``), a word of letters or Chinese
#: characters (``w``; ``.``, ``-``, ``_``, ``@`` inside it), a run of blanks, any other character.
_TOKEN = lazy_regex(
    r"(?P<num>[0-9A-Za-z_]*[0-9][0-9A-Za-z_]*)"
    r"|(?P<word>[\p{Han}A-Za-z]+(?:[._\-@][\p{Han}A-Za-z]+)*)"
    r"|(?P<blank>[ \t\u3000]+)"
    r"|(?P<other>.)",
    regex.DOTALL,
)
_ASCII_WORD = lazy_regex(r"[A-Za-z._\-@]+")
#: A structure marker of the law: a column that holds one is the law's own labels.
_MARKER = lazy_regex(r"第[一二三四五六七八九十百零〇0-9０-９]{1,8}[条章节编]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、")
#: What the gate needs: a digit near the start of a line.
_GATE = lazy_regex(r"(?:^|\n)[^\n]{0,60}?[0-9]", regex.MULTILINE)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The shape tokens ``(class, start, end)`` of the line's opening (at most :data:`MAX_TOKENS`, within
    :data:`MAX_CHARS`); leading blanks skipped (a right-aligned field pads its lines differently).

    >>> t = "ae2d964c (张三  2023-10-26 16:13:22 +0800 12) 第一条 甲"
    >>> "".join(c for c, _, _ in _tokens(t, 0, len(t)))
    '9 (w 9-9-9 9:9:9 +9 9) w w'
    """
    pos = start
    while pos < end and text[pos] in _BLANK:
        pos += 1
    stop = min(end, start + MAX_CHARS)
    out: list[tuple[str, int, int]] = []
    while pos < stop and len(out) < MAX_TOKENS:
        m = _TOKEN.match(text, pos, stop)
        kind = m.lastgroup
        cls = "9" if kind == "num" else "w" if kind == "word" else " " if kind == "blank" else m.group()
        out.append((cls, m.start(), m.end()))
        pos = m.end()
    return out


def column_spans(text: str) -> list[tuple[int, int]]:
    r"""``(start, end)`` of the tool's column (with the blanks after it) on every line of ``text`` that opens
    with it; ``[]`` when the page shows no such column (see the module's docstring).  Linear in the text.

    >>> t = ("3f9a2c1d (张三        2019-04-12 10:22:31 +0800 1) 某市条例\n"
    ...      "3f9a2c1d (张三        2019-04-12 10:22:31 +0800 2) \n"
    ...      "77ab01ce (mirror-sync 2021-01-02 08:00:11 +0800 3) 第一条 为了规范。\n"
    ...      "77ab01ce (mirror-sync 2021-01-02 08:00:11 +0800 4) 第二条 适用。\n"
    ...      "3f9a2c1d (张三        2019-04-12 10:22:31 +0800 5) 第三条 施行。")
    >>> [t[a:b] for a, b in column_spans(t)][1:3]
    ['3f9a2c1d (张三        2019-04-12 10:22:31 +0800 2) ', '77ab01ce (mirror-sync 2021-01-02 08:00:11 +0800 3) ']
    >>> t = "法规.txt:1:某市条例\n法规.txt:2:第一条 甲。\n法规.txt:3:第二条 乙。\n法规.txt:4:第三条 丙。"
    >>> [t[a:b] for a, b in column_spans(t)]
    ['法规.txt:1:', '法规.txt:2:', '法规.txt:3:', '法规.txt:4:']

    A law's own labels, items and numbered lines are no column:

    >>> column_spans("第1条：甲。\n第2条：乙。\n第3条：丙。\n第4条：丁。")
    []
    >>> column_spans("（1）甲；\n（2）乙；\n（3）丙；\n（4）丁。"), column_spans("1. 甲；\n2. 乙；\n3. 丙；\n4. 丁。")
    ([], [])
    >>> column_spans("4.1 范围\n4.2 术语\n4.2.1 定义\n4.3 要求\n4.4 检验")  # a standard's clause numbers
    []
    """
    if _GATE.search(text) is None:
        return []
    lines: list[list[tuple[str, int, int]]] = []
    starts: list[int] = []
    pos = 0
    size = len(text)
    while pos <= size:
        end = text.find("\n", pos)
        end = size if end < 0 else end
        if text[pos:end].strip(_BLANK + "\r"):
            lines.append(_tokens(text, pos, end))
            starts.append(pos)
        pos = end + 1
    if len(lines) < MIN_LINES:
        return []
    need = SHARE * len(lines)
    # the longest opening shared by SHARE of the lines: count every opening (a trie of the classes)
    children: dict[int, dict[str, list[int]]] = {}  # node -> class -> [child node, lines through it]
    nodes = 1
    for toks in lines:
        node = 0
        for cls, _, _ in toks:
            entry = children.setdefault(node, {}).get(cls)
            if entry is None:
                entry = children[node][cls] = [nodes, 0]
                nodes += 1
            entry[1] += 1
            node = entry[0]
    shape: list[str] = []
    node = 0
    while node in children:
        best = max(children[node].items(), key=lambda item: item[1][1])
        if best[1][1] < need:
            break
        shape.append(best[0])
        node = best[1][0]
    members = _members(lines, shape)
    # cut back to the column's last separator: a mark, or a Latin word (a name) no line's text opens with
    while shape and shape[-1] in (" ", "w"):
        k = len(shape) - 1
        if shape[-1] == "w" and all(_ASCII_WORD.fullmatch(text, lines[i][k][1], lines[i][k][2])
                                    and len(lines[i]) > k + 1 and lines[i][k + 1][0] == " " for i in members):
            break
        shape.pop()
        members = _members(lines, shape)
    if not shape:
        return []
    if shape[-1] == "9" and (shape.count("9") < 2 or not any(c in ":-/" for c in shape)):
        return []  # (a bare number ending the column: a gutter's or a list's, line_marks'; a time, ``10:22:31``, is a column)
    members = _members(lines, shape)
    solid = [c for c in shape if c != " "]
    if "9" not in solid or solid.count("9") < 2 and "w" not in solid:
        return []  # (one number among marks, ``（1）``, ``12 |``: an enumerator, a list's or a gutter's)
    if len(members) < need:
        return []
    tails = Counter(_tail(text, starts[i]) for i in members)
    tail, n = tails.most_common(1)[0]
    if len(tail) >= 2 and n >= SHARE * len(members):
        return []  # (the lines close what the column opened, ``[color=#000]…[/color]``: a markup's or a record's)
    spans: list[tuple[int, int]] = []
    k = len(shape) - 1
    for i in members:
        toks = lines[i]
        end = toks[k][2]
        if len(toks) > k + 1 and toks[k + 1][0] == " ":
            end = toks[k + 1][2]
        if _MARKER.search(text, starts[i], toks[k][2]):
            return []  # (the law's own label in the column: no tool's)
        spans.append((starts[i], end))
    return spans


def _tail(text: str, start: int) -> str:
    """What ends the line at ``start`` in printable ASCII (a markup's closing tag, a record's closing quote and
    brace; 40 characters at most), blanks left out."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    k = end
    while k > start and end - k < 40 and "!" <= text[k - 1] <= "~":
        k -= 1
    return text[k:end]


def _members(lines: list[list[tuple[str, int, int]]], shape: list[str]) -> list[int]:
    return [i for i, toks in enumerate(lines)
            if len(toks) >= len(shape) and all(toks[k][0] == shape[k] for k in range(len(shape)))]


__all__ = ["column_spans"]
