"""Generators of the line-column family's members (margins30): a tool that shows a law line by line puts a
column of its own before every line.  Plain functions ``(text, rng) -> damaged text`` over a law rendered as
plain text (:func:`tests.noise.wide.render_txt`); they never register a variant (the sealed sets' registry
stays as it is).

Tuned siblings (the mechanism was checked on them): :func:`chat_log` and :func:`grep_hits`.  Held-out
siblings (written first, measured before and after, never tuned on): :func:`syslog_lines` and :func:`svn_blame`.
"""

from __future__ import annotations

import random

NAMES = ("张三", "LawBot", "lisi", "王五", "mirror-sync", "chen.wei", "李小明")


def _lines(text: str) -> list[str]:
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def _cols(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def chat_log(text: str, rng: random.Random) -> str:
    """An instant-messaging export (QQ, WeChat, an IRC log): every message a line of the law, led by its
    time and its sender: ``[2023-04-12 10:22:31] 张三: 第一条 …``; blank lines are skipped."""
    out = []
    h, m, s = rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59)
    who = rng.sample(NAMES, 2)
    colon = rng.choice((": ", "："))
    for line in _lines(text):
        if not line.strip():
            continue
        s += rng.randint(1, 40)
        m, s = m + s // 60, s % 60
        h, m = h + m // 60, m % 60
        out.append(f"[2023-04-12 {h % 24:02d}:{m:02d}:{s:02d}] {rng.choice(who)}{colon}{line}")
    return "\n".join(out) + "\n"


def grep_hits(text: str, rng: random.Random) -> str:
    """``grep -n ''`` (or ``rg -n``) over a folder of laws: every line led by the file's path and its line
    number, ``laws/某市条例.txt:12:第一条 …``; blank lines too (``laws/某市条例.txt:13:``)."""
    path = rng.choice(("laws/某市条例.txt", "data/local/2021_0093.txt", "./法规/条例.md"))
    sep = rng.choice((":", "-"))
    return "".join(f"{path}{sep}{n}{sep}{line}\n" for n, line in enumerate(_lines(text), 1))


def syslog_lines(text: str, rng: random.Random) -> str:
    """HELD OUT.  A daemon that published the law logged each line it sent: syslog's date, host, program and
    pid before every line, ``Apr 12 10:22:31 lawhost lawsync[2318]: 第一条 …`` (the seconds moving on)."""
    host = rng.choice(("lawhost", "srv-03", "gov-mirror"))
    prog = rng.choice(("lawsync", "publisher", "crawld"))
    pid = rng.randint(100, 40000)
    sec = rng.randint(0, 3000)
    out = []
    for line in _lines(text):
        sec += rng.randint(0, 3)
        out.append(f"Apr 12 10:{sec // 60 % 60:02d}:{sec % 60:02d} {host} {prog}[{pid}]: {line}")
    return "\n".join(out) + "\n"


def svn_blame(text: str, rng: random.Random) -> str:
    """HELD OUT.  ``svn blame`` (or ``hg annotate -un``): the revision right-aligned, the author padded to a
    width, then the line: ``  1234   zhangsan 第一条 …``, ``hg annotate``'s ``zhangsan 1234: 第一条 …``."""
    revs = [rng.randint(10, 9999) for _ in range(3)]
    authors = rng.sample(("zhangsan", "lisi", "wangwu", "chenwei", "admin"), 3)
    hg = rng.random() < 0.5
    width = max(len(a) for a in authors)
    out = []
    k = rng.randrange(3)
    for line in _lines(text):
        if rng.random() < 0.2:
            k = rng.randrange(3)
        if hg:
            out.append(f"{authors[k]:>{width}} {revs[k]:>4}: {line}")
        else:
            out.append(f"{revs[k]:>6} {authors[k]:>10} {line}")
    return "\n".join(out) + "\n"


TUNED = {"m30_chat_log": chat_log, "m30_grep_hits": grep_hits}
HELD_OUT = {"m30_syslog_lines": syslog_lines, "m30_svn_blame": svn_blame}


def visible_breaks(text: str, rng: random.Random) -> str:
    """An editor or a web form showing line ends as symbols, the text copied on one line: ``⏎`` (RETURN
    SYMBOL), ``↵``, ``↩``, ``¶`` or ``␤`` where each line break stood (layout symbols; tuned)."""
    mark = rng.choice(("\u23ce", "\u21b5", "\u21a9", "\u00b6", "\u2424"))
    body = text[:-1] if text.endswith("\n") else text
    return body.replace("\n", mark) + "\n"


def visible_breaks_kept(text: str, rng: random.Random) -> str:
    """A text editor with "show invisibles" on, printed or saved as shown: each line keeps its break and ends
    with ``¬``, ``↲`` or ``$`` (vim's ``:set list``), blank lines holding the mark alone."""
    mark = rng.choice(("\u00ac", "\u21b2", "$"))
    body = text[:-1] if text.endswith("\n") else text
    return "\n".join(line + mark for line in body.split("\n")) + "\n"


LAYOUT = {"m30_visible_breaks": visible_breaks, "m30_visible_breaks_kept": visible_breaks_kept}


def visible_spaces(text: str, rng: random.Random) -> str:
    """An editor with "show whitespace" on (Notepad++, VS Code, vim's ``listchars``), printed or saved as shown:
    each blank drawn as ``·`` or ``␣`` (spaces), ``→``/``»`` (tabs), ``□`` (ideographic spaces), line ends as
    ``¶`` or ``↵`` on most pages."""
    dot = rng.choice(("\u00b7", "\u2423"))
    wide = rng.choice(("\u25a1", dot + dot))
    end = rng.choice(("", "\u00b6", "\u21b5"))
    body = text[:-1] if text.endswith("\n") else text
    body = body.replace(" ", dot).replace("\u3000", wide).replace("\t", "\u2192")
    return "\n".join(line + end for line in body.split("\n")) + "\n"


LAYOUT["m30_visible_spaces"] = visible_spaces


def timestamps(text: str, rng: random.Random) -> str:
    """A log or a terminal's timestamping (``ts``, ``moreutils``; a serial console's capture): only the time
    before every line, ``10:22:31 第一条 …`` or ``2023-04-12 10:22:31.123 第一条 …`` (tuned)."""
    sec = rng.randint(0, 80000)
    dated = rng.random() < 0.5
    out = []
    for line in _lines(text):
        sec += rng.randint(0, 5)
        stamp = f"{sec // 3600 % 24:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        if dated:
            stamp = f"2023-04-12 {stamp}.{rng.randint(0, 999):03d}"
        out.append(f"{stamp} {line}")
    return "\n".join(out) + "\n"


TUNED["m30_timestamps"] = timestamps
