r"""Terminal control sequences left in a page's text: ``\x1b[1;32m第一条\x1b[0m``, ``[1m第一章 总则[0m``, ``第\b第一\b一条\b条``.

Real damage undone: a command-line law viewer, a pager (``less -R``, ``more``), ``grep --color`` or a
scraper's log prints labels and headings in bold or colour, clears lines and moves the cursor with
ECMA-48 control sequences; its output redirected to a file keeps them, and the file is crawled or
pasted as the page.  The family, by what the terminal was sent:

* **control sequences with their ESC** (U+001B, or the 8-bit CSI U+009B): Select Graphic Rendition
  (``\x1b[1;32m``, ``\x1b[0m``, ``\x1b[m``, 256 and true colours ``\x1b[38;5;208m``), erase and cursor
  moves (``\x1b[K``, ``\x1b[2J``, ``\x1b[1A``, ``\x1b[H``), private modes (``\x1b[?25l``), the
  operating-system commands (a window title or a hyperlink's target, ``\x1b]8;;http://…\x1b\\``: the
  link's shown text stays), character-set designations (``\x1b(B``) and the two-character escapes
  (``\x1b7``, ``\x1b8``, ``\x1bM``).  The invisible-characters rule removed the ESC alone, and the
  rest of the sequence stayed before the label (``[1;32m第一条[0m``): no line started with a label, and
  a page wrapped so lost every article.
* **their remains without the ESC**: a program that deleted the control characters leaves
  ``[1m…[0m``, ``[01;34m…[m``, grep's ``[01;31m[K…[m[K`` in the lines, and a progress display's
  ``[?25l`` (cursor hidden) and ``[2K`` (line erased) before its lines;
* **overstrike** (man, nroff, ``more``): bold as the character, a backspace and the character again
  (``第\b第``, twice for a wide character ``第\b\b第``), underline as ``_`` and a backspace before it;
  removing only the backspaces doubled every character (``第第一一条条``).

Evidence: a sequence with its ESC (or U+009B) is a terminal's control sequence by itself (what is
after the ESC is the sequence's grammar: parameters, intermediates, a final byte), and a backspace
is one; what it overstrikes is the same character again or an underscore.  The remains without the
ESC only on a page that shows the pattern: Select Graphic Rendition remains (``[`` digits and ``;``,
``m``) that open a style and reset it on one line, on :data:`MIN_PAIRED_LINES` lines at least; then
each such remain goes (a bracketed ``[5m]``, a measurement, stays).  A page with one ``[1m`` keeps it.
Erase and cursor remains (``[2K``, ``[1A``) go on a page that shows the style pattern or a private mode's
remain (``[?25l``: no text but a terminal's writes it); alone they stay.
"""

from __future__ import annotations

from corpus_tools.clean import rules
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: A control sequence with its introducer: CSI (ESC ``[`` or U+009B; parameters, intermediates, a final
#: byte), an operating-system command (ESC ``]`` up to BEL or ESC ``\``), a character-set designation, and
#: the two-character escapes a terminal program writes (save and restore the cursor, keypad modes, reset,
#: index, reverse index, next line, tab set).  Each part bounded: linear over any line.
_WITH_ESC = lazy_regex(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]{0,32}[\x20-\x2f]{0,4}[\x40-\x7e]"
    r"|\x1b\][^\x07\x1b\n]{0,2000}(?:\x07|\x1b\\)"
    r"|\x1b[()*+][0-9A-Za-z]"
    r"|\x1b[78=>cDEHM]"
)
#: The remains of Select Graphic Rendition (and of grep's erase-line after it) once the ESC went: one run.
_REMAIN = lazy_regex(r"(?<![\x1b\[A-Za-z0-9])(?:\[(?:[0-9]{1,3}(?:;[0-9]{1,3}){0,15})?[mK]){1,6}(?!\])")
#: One remain of the run: its parameters and its final byte.
_ONE = lazy_regex(r"\[([0-9;]*)([mK])")
#: A run of remains of the other control sequences once the ESC went (with any style remains among them): private
#: modes set or reset (``[?25l`` the cursor hidden, ``[?1049h`` the alternate screen), erase and cursor moves (``[2K``,
#: ``[K``, ``[1A``, ``[2J``, ``[H``, ``[10;1H``, ``[1G``).  Bounded: linear over any line.
_CURSOR_RUN = lazy_regex(
    r"(?<![\x1b\[A-Za-z0-9])(?:\[\?[0-9]{1,4}[hl]|\[[0-9]{0,3}(?:;[0-9]{1,3}){0,2}[ABCDEFGHJKm]){1,8}(?![\]A-Za-z0-9])"
)
#: A private mode's remain: no text but a terminal's writes ``[?`` digits and ``h`` or ``l``.
_PRIVATE = lazy_regex(r"\[\?[0-9]{1,4}[hl]")
#: A remain in a run that is no style's: an erase, a cursor move or a private mode.
_NOT_STYLE = lazy_regex(r"\[\??[0-9;]*[ABCDEFGHJKhl]")
#: Lines a page's remains must open and reset a style on, at least, to be read as terminal output.
MIN_PAIRED_LINES = 2
#: Overstrike: a character struck again after one or two backspaces (bold), an underscore struck under a
#: character, or a character struck over an underscore.
_OVERSTRIKE = lazy_regex(r"([^\x08\n])(?:\x08{1,2}\1)+|_\x08{1,2}(?=[^\x08\n_])|(?<=[^\x08\n_])\x08{1,2}_")


def _is_reset(run: str) -> bool:
    """Whether a run of remains resets the style (``[0m``, ``[m``, ``[00m``, ``[m[K``).

    >>> _is_reset("[0m"), _is_reset("[m[K"), _is_reset("[1;32m"), _is_reset("[01;31m[K")
    (True, True, False, False)
    """
    return any(final == "m" and not params.strip("0;") for params, final in _ONE.findall(run))


def _remain_edits(text: str) -> list[Edit]:
    """Deletions of the style remains without ESC on a page that shows the pattern (see the module).

    >>> t = "[1m上海市条例[0m\\n[1;32m第一条[0m 为了规范。\\n[1;32m第二条[0m 本条例。\\n"
    >>> [e.before for e in _remain_edits(t)][:3]
    ['[1m', '[0m', '[1;32m']
    >>> _remain_edits("[1;32m第一条[0m 为了规范。\\n第二条 本条例。\\n")  # one line: no pattern
    []
    """
    if "m" not in text or "[" not in text:
        return []
    runs = list(_REMAIN.finditer(text))
    if len(runs) < 2 * MIN_PAIRED_LINES:
        return []
    paired: set[int] = set()
    open_line = -1
    line_no, at = 0, 0  # the line of each run, by walking the text's line breaks in order (one pass)
    for m in runs:
        nl = text.find("\n", at, m.start())
        while nl >= 0:
            line_no += 1
            at = nl + 1
            nl = text.find("\n", at, m.start())
        if _is_reset(m.group()):
            if open_line == line_no:
                paired.add(line_no)
        elif "m" in m.group():
            open_line = line_no
    if len(paired) < MIN_PAIRED_LINES:
        return []
    return [Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                 "a terminal's style code whose ESC an earlier program removed") for m in runs]


def _cursor_remain_edits(text: str, styled: bool) -> list[Edit]:
    """Deletions of the erase, cursor and private-mode remains without ESC (``[?25l[2K``), on a page that shows
    terminal output: a private mode's remain (no law writes ``[?25l``) or, ``styled``, the style remains' pattern.

    Real damage undone: a scraper's log or a progress display captured to a file hides and shows the cursor and
    clears the line before each print (``\\x1b[?25l``, ``\\x1b[2K``); with the ESC removed the remains stayed before
    the title and the labels (``[?25l[2K某市条例``: the document's title; ``…本条例。\\n[2K`` in an article).

    >>> t = "[?25l[2K某市条例\\n第一条 为了规范。\\n[2K第二条 本条例。[?25h"
    >>> [e.before for e in _cursor_remain_edits(t, False)]
    ['[?25l[2K', '[2K', '[?25h']
    >>> _cursor_remain_edits("[2K第二条 本条例。[1A", False)  # erase and move remains alone: no evidence
    []
    """
    if "[" not in text:
        return []
    runs = [m for m in _CURSOR_RUN.finditer(text) if _NOT_STYLE.search(m.group())]  # (style-only runs: _remain_edits)
    if not runs or not (styled or any(_PRIVATE.search(m.group()) for m in runs)):
        return []
    return [Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                 "a terminal's erase, cursor or mode code whose ESC an earlier program removed") for m in runs]


def terminal_code_edits(text: str) -> list[Edit]:
    """Deletions of the terminal control sequences and overstrikes in ``text`` (see the module): sorted, disjoint.

    >>> t = "\\x1b[1;32m第一条\\x1b[0m 为了规范。\\x1b[K"
    >>> [e.before for e in terminal_code_edits(t)]
    ['\\x1b[1;32m', '\\x1b[0m', '\\x1b[K']
    >>> [e.before for e in terminal_code_edits("见\\x1b]8;;http://www.gov.cn/\\x1b\\\\本条例\\x1b]8;;\\x1b\\\\。")]
    ['\\x1b]8;;http://www.gov.cn/\\x1b\\\\', '\\x1b]8;;\\x1b\\\\']
    >>> [(e.before, e.after) for e in terminal_code_edits("第\\b第一\\b一条\\b条 _\\b总_\\b则")]
    [('\\x08第', ''), ('\\x08一', ''), ('\\x08条', ''), ('_\\x08', ''), ('_\\x08', '')]
    >>> terminal_code_edits("本条例[5m]以上的建筑，见附件[1]。")  # brackets of the law's own
    []
    """
    edits: list[Edit] = []
    if "\x1b" in text or "\x9b" in text:
        edits += [Edit(rules.INVISIBLE_CHARS, m.start(), m.end(), m.group(), "",
                       "a terminal's control sequence (ESC and its parameters)") for m in _WITH_ESC.finditer(text)]
    if "\x08" in text:
        for m in _OVERSTRIKE.finditer(text):
            a = m.start() + 1 if m.group(1) else m.start()  # bold: the first strike stays
            edits.append(Edit(rules.INVISIBLE_CHARS, a, m.end(), text[a:m.end()], "",
                              "a terminal's overstrike (backspace and the character struck again)"))
    styles = _remain_edits(text)
    edits += styles + _cursor_remain_edits(text, bool(styles))
    edits.sort(key=lambda e: (e.start, -e.end))
    kept: list[Edit] = []
    for e in edits:  # disjoint (an overlap cannot arise from the patterns; kept safe)
        if not kept or kept[-1].end <= e.start:
            kept.append(e)
    return kept
