"""Paragraphs cut after every sentence: one sentence (or clause ending ``；``) a line.

Real damage undone: a scraper or a converter that splits text into sentences and writes one a line (a
sentence tokenizer's output saved as the page, a "one sentence per row" export) cuts each paragraph (款)
of an article into as many lines as it has sentences: ``第四条 住房公积金的缴存比例，可以…浮动确定。⏎每年住房
公积金的缴存比例…执行。``.  The structure stage then reads every sentence as a 款 of its own.

Evidence, for the page as a whole (a law whose 款 really are one sentence each writes the same lines, so the
lines alone prove nothing): the page marks where its paragraphs start some other way, by a blank line before
them, and marks 款 so (:data:`MIN_MARKED`: paragraphs not opening on a label, after a
paragraph that ended a sentence) as well as its articles (as many paragraphs opening on an article label: a page
that lost its labels, blank lines between its articles and a line a 款, reads the same otherwise), while lines that end a sentence are followed, without that mark, by a
line that opens no block (:data:`MIN_CUTS`); and the page is cut uniformly: hardly a line holds a sentence
end inside it, the cuts stand in short blocks of lines between blank lines (:data:`MAX_BLOCK_LINES`) and are not
many more than the marked 款 (:data:`CUTS_PER_MARKED`) (a page that writes paragraphs of several sentences and breaks the line after some of them
means those breaks).  Then each unmarked break after a sentence end is joined, unless the next line opens a
block (a label, a list item, a date, a heading, an attachment) or is whole by nature (a table row, a
signature, a date line: :func:`~corpus_tools.clean.evidence.line_kind`).

A page that marks its paragraphs by indentation only is not read here: ``cjk_spaces`` removes line
indentation before this rule runs (hard_wraps), so the mark is gone by then.
"""

from __future__ import annotations

import json

from corpus_tools.clean.rules import HARD_WRAPS
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: A line ending a sentence or an enumeration's clause (a closing quote or bracket after the mark allowed).
_ENDS_SENTENCE = lazy_regex(r"[。；！？][”’」』）)]*[ \t\u3000\xa0]*$")
#: A sentence end inside a line, text going on after it.
_INNER_END = lazy_regex(r"[。；！？][”’」』）)]*(?=[ \t\u3000\xa0]*[^\s”’」』）)])")
_DATE_OPEN = lazy_regex(r"(?:\d{4}|[〇零一二][〇零一二三四五六七八九]{3})[ \u3000]*年")
_DATED_SENTENCE_MIN = 20
#: Unmarked breaks after a sentence end a page needs, marked 款 starts, and how many cut lines each line
#: holding a sentence end inside it outweighs.
MIN_CUTS = 3
MIN_MARKED = 2
UNIFORM_RATIO = 4
#: A block of lines between blank lines longer than this is no paragraph cut into sentences (a page that writes
#: its lines without blank lines there: its breaks are its own), nor are cuts many more than the marked 款.
MAX_BLOCK_LINES = 10
CUTS_PER_MARKED = 6
#: A line opening on a quote opens a paragraph: a quoted paragraph of an amending decision (``“（一）…；``)
#: opens with its quote, the next too (江西省人民政府令第223号).
_OPENING_QUOTES = frozenset("“‘「『")
_CLOSING_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_QUOTED_TERM_MAX = 12
_DETAIL = json.dumps({"evidence": "a paragraph cut after every sentence (the page marks its paragraphs otherwise)"})


def _quoted_paragraph(line: str) -> bool:
    """Whether a line opens a quoted paragraph: it opens on a quote that no short term closes (``“好差评”制度覆盖…``
    quotes a term at a sentence's start).

    >>> _quoted_paragraph("“（一）使用虚假证明材料骗领居住证；"), _quoted_paragraph("“好差评”制度覆盖全部政务服务事项。")
    (True, False)
    """
    if line[0] not in _OPENING_QUOTES:
        return False
    close = line.find(_CLOSING_QUOTES[line[0]], 1, _QUOTED_TERM_MAX + 2)
    return close < 0 or close == len(line) - 1


def _dated_sentence(line: str) -> bool:
    """Whether a line opening on a date is a sentence of prose, not a date line: long, one sentence to its end
    (``2000年7月29日…通过的《…办法》同时废止。``, the second sentence of a law's last article).

    >>> _dated_sentence("2000年7月29日河南省人大常委会通过的《河南省实施办法》同时废止。"), _dated_sentence("2019年1月1日")
    (True, False)
    """
    return (len(line) >= _DATED_SENTENCE_MIN and bool(_DATE_OPEN.match(line)) and line.endswith("。")
            and not _INNER_END.search(line))


def sentence_cut_joins(text: str) -> list[Edit]:
    """The joins that put back paragraphs a page cut after every sentence, when the page proves the cut.

    >>> t = ("某市条例\\n\\n第一条 为了规范管理，制定本条例。\\n\\n第二条 本条例适用于本市。\\n除法律另有规定外，适用本条例。\\n\\n"
    ...      "本条例所称管理，是指登记活动。\\n登记应当公开。\\n\\n第三条 市政府负责实施。\\n区政府配合。\\n\\n本条例自公布之日起施行。")
    >>> from corpus_tools.clean.edits import apply_edits
    >>> print(apply_edits(t, sentence_cut_joins(t)))
    某市条例
    <BLANKLINE>
    第一条 为了规范管理，制定本条例。
    <BLANKLINE>
    第二条 本条例适用于本市。除法律另有规定外，适用本条例。
    <BLANKLINE>
    本条例所称管理，是指登记活动。登记应当公开。
    <BLANKLINE>
    第三条 市政府负责实施。区政府配合。
    <BLANKLINE>
    本条例自公布之日起施行。

    A law that writes each 款 on a line of its own, blank lines between its articles only, stays:

    >>> sentence_cut_joins("第一条 为了规范管理，制定本条例。\\n本条例适用于本市。\\n\\n第二条 市政府负责实施。\\n区政府配合。\\n\\n第三条 本条例自公布之日起施行。\\n")
    []
    """
    from corpus_tools.clean.layout import _ARTICLE_LABEL, _BLOCK_START, _whole_line_kind  # (layout calls this module)

    if "\n" not in text:
        return []
    lines = text.split("\n")
    cuts: list[tuple[int, int]] = []  # (end of the cut line's text, start of the next line's text)
    block: list[tuple[int, int]] = []  # the cuts of the block of lines going on
    block_lines = 0
    marked = inner = labelled = 0
    pos = 0
    prev: str | None = None  # the line before (None after a blank line)
    prev_end = 0  # where its text ends
    prev_ended = False  # whether the paragraph before a blank line ended a sentence
    for line in lines:
        stripped = line.strip()
        start = pos
        pos += len(line) + 1
        if not stripped:
            if prev is not None:
                prev_ended = bool(_ENDS_SENTENCE.search(prev))
                if block_lines <= MAX_BLOCK_LINES:
                    cuts += block
            block, block_lines = [], 0
            prev = None
            continue
        block_lines += 1
        inner += bool(_INNER_END.search(stripped))
        opens = (bool(_BLOCK_START.match(stripped)) and not _dated_sentence(stripped)
                 or _quoted_paragraph(stripped) or _whole_line_kind(stripped) is not None)
        if prev is None:  # (a paragraph start the page marks with a blank line)
            labelled += bool(_ARTICLE_LABEL.match(stripped))
            marked += prev_ended and not opens and bool(_ENDS_SENTENCE.search(stripped))
        elif _ENDS_SENTENCE.search(prev) and not opens:
            block.append((prev_end, start + len(line) - len(line.lstrip())))
        prev = line
        prev_end = start + len(line.rstrip())
    if block_lines <= MAX_BLOCK_LINES:
        cuts += block
    if (len(cuts) < MIN_CUTS or marked < MIN_MARKED or labelled < MIN_MARKED or inner * UNIFORM_RATIO > len(cuts)
            or len(cuts) > CUTS_PER_MARKED * marked):
        return []
    return [Edit(HARD_WRAPS, a, b, text[a:b], "", _DETAIL) for a, b in cuts]


__all__ = ["sentence_cut_joins"]
