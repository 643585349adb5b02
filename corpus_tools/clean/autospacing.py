"""Blanks an autospacing tool put between Chinese and Latin letters or digits.

Real damage undone: a CMS, an editor plug-in or a publishing pipeline that "spaces" mixed text (pangu.js and its
ports, the typography plug-ins of blog engines and note apps) put one blank at every boundary between a Han
character and a Latin letter or a digit: ``本规定自 2019 年 7 月 1 日起施行``, ``第 3 条``, ``IC 卡``.  Mainland Chinese
official text (GB/T 15834, the style of every law of the corpus) writes them together: ``本规定自2019年7月1日起施行``.

The blanks are a **page habit**, and the evidence is the page's: a writer who spaces an English term
(``采用 GPS 定位``) leaves ``2019年`` and ``第3条`` together, while the tool spaced them all.  So the blanks go when, on
the page's running text (its lines ending on a sentence's mark: a title, a date line or a signature above the law
is often typed apart and left alone by the tool),

* (nearly) every Han-Latin/digit boundary is spaced: :data:`MIN_SPACED` spaced boundaries at least, and at most one
  glued boundary in :data:`GLUED_SHARE` spaced ones;
* among them a number between Han characters, spaced on both sides, in :data:`MIN_NUMBERS` places at least
  (``自 2019 年``, ``第 3 条``, ``超过 8 小时``): the places no writer of Simplified text spaces;
* and the page writes no convention of its own that spaces numbers: Taiwan's and Hong Kong's legislative drafting
  does (``第 1 條``, ``中華民國 108 年``, ``全文 12 條``), which the page shows by an article label numbered in spaced
  Arabic digits opening a line (``第 1 条``) or a Republic-of-China year in them (``民国 108 年``).  (The script rule
  has made such a page Simplified before this rule reads it.)

On such a page each blank at a boundary goes where the Latin or numeric phrase it touches stands inside Chinese text
on both sides (a blank then a Han character, or a Chinese mark, or a Han character), or opens a line that shows
another such blank (``2018 年 5 月 30 日``); a phrase opening a line alone (a numbered heading ``1 范围``) or ending
its line (a table's last column) and the blanks inside a Latin phrase (``GB/T 19001-2016``) stay, and so do two blanks
or more (a table aligned with blanks).
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex

#: A blank at a boundary of Han and a Latin letter or a digit (one ASCII space).
_SPACED = lazy_regex(r"(?<=\p{Han}) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) (?=\p{Han})")
#: A boundary without a blank.
_GLUED = lazy_regex(r"(?<=\p{Han})(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=\p{Han})")
#: A number spaced between Han characters (``自 2019 年``, ``第 3 条``, ``超过 0.5 公顷``).
_SPACED_NUMBER = lazy_regex(r"(?<=\p{Han}) [0-9]+(?:\.[0-9]+)? (?=\p{Han})")
#: A line of running text ends on one of these (then perhaps a closing quotation mark or bracket, blanks).
_SENTENCE_ENDS = frozenset("。；：？！")
_AFTER_END = "”’）」』 \t\u3000\r"
#: The conventions that space numbers themselves: an article label in spaced Arabic digits opening a line, a year of
#: the Republic of China in them.
_OWN_CONVENTION = lazy_regex(r"(?m)^[ \t\u3000]*第 [0-9]+ [条條章节節]|民[国國] [0-9]{1,3} 年")
#: A phrase of printable ASCII, its words one blank apart.
_PHRASE = lazy_regex(r"[!-~]+(?: [!-~]+)*")

MIN_SPACED = 4
MIN_NUMBERS = 2
GLUED_SHARE = 10


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0003134f"


def _chinese(ch: str) -> bool:
    """A non-ASCII character of text (Han or a Chinese mark), not a blank."""
    return not ch.isascii() and not ch.isspace()


def _sentence_lines(text: str):
    """The spans of the lines of ``text`` that end on a sentence's mark (running text)."""
    a = 0
    n = len(text)
    while a < n:
        b = text.find("\n", a)
        b = n if b < 0 else b
        line = text[a:b].rstrip(_AFTER_END)
        if line and line[-1] in _SENTENCE_ENDS:
            yield a, b
        a = b + 1


def autospaced(text: str) -> bool:
    """Whether ``text`` is a page an autospacing tool spaced (module docstring).

    >>> autospaced("第一条 本规定自 2019 年 7 月 1 日起施行。\\n第二条 每日不超过 8 小时。")
    True
    >>> autospaced("第一条 本规定自2019年7月1日起施行，采用 GPS 定位。\\n第二条 每日不超过8小时。")
    False
    >>> autospaced("第 1 条 本细则自 2019 年 7 月 1 日起施行。\\n第 2 条 每日不超过 8 小时。")
    False
    """
    if " " not in text:
        return False
    if not _SPACED.search(text):
        return False
    spaced = glued = numbers = 0
    for a, b in _sentence_lines(text):
        spaced += sum(1 for _ in _SPACED.finditer(text, a, b))
        glued += sum(1 for _ in _GLUED.finditer(text, a, b))
        numbers += sum(1 for _ in _SPACED_NUMBER.finditer(text, a, b))
    if spaced < MIN_SPACED or numbers < MIN_NUMBERS or GLUED_SHARE * glued > spaced:
        return False
    return _OWN_CONVENTION.search(text) is None


def autospacing_blanks(text: str) -> list[int]:
    """The positions of the blanks an autospacing tool put in ``text`` (empty unless :func:`autospaced`).

    >>> t = "第一条 本规定自 2019 年 7 月 1 日起施行，按 GB/T 19001-2016 执行。\\n第二条 每日不超过 8 小时，IC 卡除外。\\n1 范围"
    >>> "".join(ch for i, ch in enumerate(t) if i not in set(autospacing_blanks(t)))
    '第一条 本规定自2019年7月1日起施行，按GB/T 19001-2016执行。\\n第二条 每日不超过8小时，IC卡除外。\\n1 范围'
    """
    if not autospaced(text):
        return []
    out: list[int] = []
    n = len(text)
    pending = -1  # (the blank after a phrase opening its line: it goes if its line shows another that goes)
    for m in _PHRASE.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else ""
        after = text[b] if b < n else ""
        left_blank = before == " " and a >= 2 and _is_han(text[a - 2])
        right_blank = after == " " and b + 1 < n and _is_han(text[b + 1])
        if right_blank and before in ("", "\n") and text[b - 1].isalnum():
            pending = b  # (``2018 年 5 月``, not ``1 范围``)
            continue
        if not (left_blank or _chinese(before)) or not (right_blank or _chinese(after)):
            continue  # (a phrase ending its line, or beside two blanks: kept)
        if pending >= 0 and (left_blank and text[a].isalnum() or right_blank and text[b - 1].isalnum()):
            if text.find("\n", pending, a) < 0:
                out.append(pending)
            pending = -1
        if left_blank and text[a].isalnum():
            out.append(a - 1)
        if right_blank and text[b - 1].isalnum():
            out.append(b)
    return sorted(out)


__all__ = ["autospaced", "autospacing_blanks"]
