"""Generators of the margin-mark family's members (margins31): an edition, a tool or a reader puts a mark in a
margin of SOME of a law's lines (the lines it changed, quoted or numbered), before or after the text.  Plain
functions ``(text, rng) -> damaged text`` over a law rendered as plain text (:func:`tests.noise.wide.render_txt`);
they never register a variant (the sealed sets' registry stays as it is).

Development member: set 13's ``h13_layout_change_bars`` (a consolidated edition's bar before the changed lines).
Held-out siblings (written first, measured before the mechanism, never tuned on): :func:`quoted_reply` and
:func:`right_change_bars`.  Tuned siblings: :func:`revision_bars`, :func:`context_diff`,
:func:`right_line_numbers`, :func:`bill_line_numbers` and :func:`pastebin_gutter`.
"""

from __future__ import annotations

import random


def _lines(text: str) -> list[str]:
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def _runs(n: int, rng: random.Random, share: float = 0.34) -> set[int]:
    """Indices of runs of one to four lines (of ``n``), a gap of two to seven between runs, at most ``share``."""
    out: set[int] = set()
    k = rng.randint(0, 3)
    while k < n and len(out) < share * n:
        run = rng.randint(1, 4)
        out.update(range(k, min(n, k + run)))
        k += run + rng.randint(2, 7)
    return out


def _cols(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def quoted_reply(text: str, rng: random.Random) -> str:
    """HELD OUT.  A mail or forum reply that quotes the paragraphs it answers, the law pasted whole: the quoted
    runs carry the client's quotation mark (``> ``, ``>> `` when quoted twice, ``>`` on a quoted blank line),
    the others stand bare (a reviewer's reply to a draft, the unquoted lines being the text copied in)."""
    mark = rng.choice(("> ", ">", ">> ", "> > "))
    lines = _lines(text)
    body = [i for i, line in enumerate(lines) if line.strip() and i > 0]
    marked = {body[i] for i in _runs(len(body), rng, 0.4)}
    return "\n".join(mark + line if i in marked else line for i, line in enumerate(lines)) + "\n"


def right_change_bars(text: str, rng: random.Random) -> str:
    """HELD OUT.  A redline or a track-changes print (Word, LibreOffice, a consolidated edition laid out with the
    bars on the outer margin): the bar stands in the RIGHT margin of the changed lines, and the text layer gives
    it after the line's text, padded to the margin: ``第十二条　县级以上人民政府…。      |``."""
    bar = rng.choice(("|", "│", "┃", "｜"))
    width = rng.choice((0, 60, 80))
    lines = _lines(text)
    body = [i for i, line in enumerate(lines) if line.strip() and i > 0]
    marked = {body[i] for i in _runs(len(body), rng)}
    out = []
    for i, line in enumerate(lines):
        if i in marked:
            pad = max(2, width - _cols(line)) if width else rng.randint(1, 3)
            line = line + " " * pad + bar
        out.append(line)
    return "\n".join(out) + "\n"


HELD_OUT = {"m31_quoted_reply": quoted_reply, "m31_right_change_bars": right_change_bars}


def revision_bars(text: str, rng: random.Random) -> str:
    """A structured editor's or a standard's revision marks (DITA/FrameMaker/XMetaL change bars, an ISO or GB
    standard's heavy bar, a scanned gazette's margin rule read by OCR): ``‖``, ``┃``, ``▌``, ``¦`` or ``*`` in the
    LEFT margin of the changed lines, the margin's blanks around it (tuned)."""
    bar = rng.choice(("‖ ", "┃ ", "▌", "¦ ", "* ", "  |  "))
    lines = _lines(text)
    body = [i for i, line in enumerate(lines) if line.strip() and i > 0]
    marked = {body[i] for i in _runs(len(body), rng, 0.25)}
    return "\n".join(bar + line if i in marked else line for i, line in enumerate(lines)) + "\n"


def context_diff(text: str, rng: random.Random) -> str:
    """A compare tool's context listing (``diff -c``, a CMS's compare-revisions view saved as text): the changed
    lines led by ``! `` (or ``+ `` for added ones), the others by two blanks (tuned)."""
    mark = rng.choice(("! ", "+ "))
    lines = _lines(text)
    body = [i for i, line in enumerate(lines) if line.strip() and i > 0]
    marked = {body[i] for i in _runs(len(body), rng)}
    return "\n".join((mark if i in marked else "  ") + line if line.strip() else line
                     for i, line in enumerate(lines)) + "\n"


def right_line_numbers(text: str, rng: random.Random) -> str:
    """A bill printed for deliberation, a court transcript or a viewer with its line numbers in the RIGHT margin:
    every fifth line (or every line) ends on its number, padded to the margin, ``…制定本条例。      15`` (tuned)."""
    step = rng.choice((1, 5, 5))
    width = rng.choice((0, 72))
    out = []
    for n, line in enumerate(_lines(text), 1):
        if n % step == 0 and line.strip():
            pad = max(2, width - _cols(line)) if width else rng.randint(2, 4)
            line = line + " " * pad + str(n)
        out.append(line)
    return "\n".join(out) + "\n"


def pastebin_gutter(text: str, rng: random.Random) -> str:
    """A pastebin's or a code host's view saved as text: ``L12 | `` (or ``#12 ``, ``line 12: ``) before every
    line, the blank lines numbered too (tuned)."""
    form = rng.choice(("L{n} | ", "L{n}| ", "#{n} ", "line {n}: "))
    return "".join(form.format(n=n) + line + "\n" for n, line in enumerate(_lines(text), 1))


def bill_line_numbers(text: str, rng: random.Random) -> str:
    """A bill printed for deliberation (a legislature's 草案 with numbered lines) or a court transcript: every fifth
    line carries its number in the LEFT margin, the others stand bare (``5   第三条 …``); the blank lines counted or
    not (tuned)."""
    step = rng.choice((5, 5, 10))
    count_blank = rng.random() < 0.5
    pad = rng.choice(("{n:<4}", "{n:>3}  ", "{n}\t"))
    out = []
    n = 0
    for line in _lines(text):
        if line.strip() or count_blank:
            n += 1
        if n % step == 0 and line.strip():
            line = pad.format(n=n) + line
        out.append(line)
    return "\n".join(out) + "\n"


TUNED = {"m31_revision_bars": revision_bars, "m31_context_diff": context_diff,
         "m31_right_line_numbers": right_line_numbers, "m31_pastebin_gutter": pastebin_gutter,
         "m31_bill_line_numbers": bill_line_numbers}
