"""Paragraph marks a page writes at its line starts: evidence that a line break is no wrap.

Real damage undone (field test 25, F25-A1): ``hard_wraps`` joined two paragraphs (項) of a Taiwanese statute,
``　　漁民不得參加二個以上區漁會為會員  ⏎　　第一項各款人員申請加入…`` -> ``…为会员第一项各款人员…``, although the page marks each
paragraph twice, with an ideographic indent and with a Markdown hard break (two blanks ending the line before); a plain
``.txt`` copy whose every paragraph is indented ``　　`` was joined the same way.  ``cjk_spaces`` removes line indentation
before ``hard_wraps`` runs, so the indent had to reach the join decision another way: the chain hands ``hard_wraps`` the
indents ``cjk_spaces`` removed (:func:`removed_indents`), and this module reads them, and the indents still in the text
(``hard_wraps`` run on its own), as the page's marks.  The same marks stop ``sentence_lines`` from joining a line after a
sentence end to a line the page set apart (F25-A3: ``…（以下簡稱本局）。  ⏎> 理由：…``, a Markdown hard break before a
legislative reason).

**Evidence**, for the page as a whole (an indent or a hard break on a line alone proves nothing: a PDF's margin indents
every line, a converter may end every printed line with a hard break): a kind of mark (an indent deeper than the page's
shallowest line, at least one ideographic space or two blanks, each width on its own; a Markdown hard break, Markdown
pages only) counts where
the lines it follows end a sentence (``。；：！？`` or a closing quote after one) at least :data:`MIN_AGREEING` times and
stop mid-sentence (on a Han character, ``，``, ``、``) once at most per :data:`AGREEMENT` sentence ends (once at least:
the damaged line itself); a line before a
mark that is a short heading (no clause mark in it) counts for neither.  A page that indents the wrapped lines of its
paragraphs, or breaks each printed line with a hard break, shows its marks after lines cut mid-sentence and gives no
evidence.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from corpus_tools.clean.rules import CJK_SPACES
from corpus_tools.records import Edit

#: A kind of mark counts where it follows this many sentence ends at least ...
MIN_AGREEING = 3
#: ... and one line cut mid-sentence at most (the damaged line itself) per this many sentence ends, one at least: a form
#: printed with a fixed-width ``<br>`` wrap and every line indented (fabao.com's 刑事上诉状) follows its colons and
#: sentence ends with the same indent as its wrapped lines, 10 to 3.
AGREEMENT = 20
#: For a record's list of one-line paragraphs (``line_blocks``): one line cut mid-sentence at most per this many sentence
#: ends (a list of a PDF's printed lines follows cuts mostly).
AGREEMENT_BLOCKS = 3
#: The width of an indent: an ideographic space is two blanks; a tab four.
_WIDTHS = {"\u3000": 2, "\t": 4}
_INDENT = " \t\u3000\xa0"
#: An indent narrower than this (one blank) is no mark: a stray space.
_MIN_INDENT = 2
_ENDS = frozenset("。；：！？;:!?")
_QUOTES_AFTER_END = "”’」』）)"
#: (Not ``、``: a heading lists with it, ``參、聲請人、關係機關及關係人言詞辯論要旨``.)
_CLAUSE_MARKS = frozenset("，。；：,;")
#: A line before a mark this short, with no clause mark in it, is a heading: evidence neither way.
_HEADING_MAX = 40
_INDENT_NOTE = "line indentation"


def _width(indent: str) -> int:
    return sum(_WIDTHS.get(ch, 1) for ch in indent)


def removed_indents(before: str, edits: Iterable[Edit]) -> dict[int, int]:
    """The line indents ``cjk_spaces`` removed, as {position of the line's text in the rule's output: indent width}.

    >>> removed_indents("甲。\\n\u3000\u3000乙。", [Edit(CJK_SPACES, 3, 5, "\u3000\u3000", "", "line indentation")])
    {3: 4}
    """
    found: dict[int, int] = {}
    shift = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.rule == CJK_SPACES and edit.detail == _INDENT_NOTE and not edit.after and (
                edit.start == 0 or before[edit.start - 1] == "\n"):
            found[edit.start + shift] = _width(edit.before)
        shift += len(edit.after) - len(edit.before)
    return found


def _line_end(line: str) -> bool | None:
    """True for a line ending a sentence, False for one stopping mid-sentence, None for a heading or anything else.

    >>> _line_end("　　当地未设区渔会之渔民，得加入邻近之区渔会为会员。  "), _line_end("渔民不得参加二个以上区渔会，亦不得为会员"), _line_end("渔民不得参加二个以上区渔会为会员")
    (True, False, None)
    >>> _line_end("參、聲請人、關係機關及關係人言詞辯論要旨"), _line_end("三、系爭函未逾越解釋範圍，與憲法尚無牴觸")
    (None, False)
    """
    text = line.rstrip()
    core = text.rstrip(_QUOTES_AFTER_END)
    if not core:
        return None
    last = core[-1]
    if last in _ENDS:
        return True
    if last in "，、,":
        return False
    if len(text.strip()) <= _HEADING_MAX and not any(ch in _CLAUSE_MARKS for ch in text):
        return None
    if last in "，、," or "\u4e00" <= last <= "\u9fff" or "\u3400" <= last <= "\u4dbf":
        return False
    return None


def paragraph_marks(text: str, indents: Mapping[int, int] | None = None, *, markdown: bool = False,
                    line_blocks: bool = False, html: bool = False) -> frozenset[int]:
    """Where ``text``'s lines open paragraphs the page marks: the positions of their first characters.

    ``indents``: indents a rule already removed, {position of the line's text: width} (:func:`removed_indents`);
    ``markdown``: the page is Markdown, where two blanks ending a line are a hard break; ``line_blocks``: each line
    is a block of its own in the page's source (a crawl record's text field holding a list of one-line paragraphs:
    field test 25 F25-A2, a decision's heading ``參、聲請人、關係機關及關係人言詞辯論要旨`` and the paragraph after it,
    two elements of the record's list, were joined as "paragraph cut mid-clause"); weighed as the other marks, but one
    cut at most per :data:`AGREEMENT_BLOCKS` sentence ends (the record's own structure is the stronger evidence).
    ``html``: the page was read as HTML, whose blocks are its markup's: an indent is no mark there (fabao.com's court
    forms indent every line of their ``<br>``-wrapped text alike, a form's one wrap among its labels).

    >>> t = "第十五条　会员资格\\n　　当地渔民，得加入区渔会为会员。\\n　　远洋渔民得加入区渔会为会员。\\n　　渔民不得参加二个以上区渔会为会员\\n　　第一项人员之认定，由主管机关定之。\\n　　会员未满六个月者，无选举权。"
    >>> sorted(paragraph_marks(t))
    [12, 30, 47, 66, 86]

    A record's list of paragraphs, one a line, its heading before a paragraph:

    >>> t = "壹、案由\\n本件聲請人主張系爭規定違憲。\\n其聲請意旨略以：系爭規定侵害財產權。\\n參、言詞辯論要旨\\n本庭於111年5月24日舉行言詞辯論。\\n聲請人主張如下。"
    >>> sorted(paragraph_marks(t)), sorted(paragraph_marks(t, line_blocks=True))
    ([], [5, 20, 39, 48, 68])

    A hanging indent: the items open paragraphs, their wrapped line (deeper) does not.

    >>> t = "第2條\u3000經營左列事業者，最低資本額如左：\\n\u3000一\u3000遠洋漁業：新臺幣四百萬元。\\n\u3000二\u3000汽車製造業：新臺幣一億元。\\n\u3000三\u3000觀光旅館業：一般觀光旅館新\\n\u3000\u3000\u3000臺幣二千六百萬元。\\n\u3000四\u3000建築經理業：新臺幣五千萬元。"
    >>> [t[m:m + 2] for m in sorted(paragraph_marks(t))]
    ['一\u3000', '二\u3000', '三\u3000', '四\u3000']

    Every line indented alike and cut mid-sentence (a quoted block, a PDF's margin): no mark.

    >>> paragraph_marks("\u3000\u3000为了规范管理，根据有关\\n\u3000\u3000法律的规定，结合本市\\n\u3000\u3000实际，制定本条例。\\n\u3000\u3000本条例适用于本市行政\\n\u3000\u3000区域内的管理活动。")
    frozenset()
    """
    if "\n" not in text:
        return frozenset()
    indents = indents or {}
    lines: list[tuple[int, int, str, int, bool]] = []  # (line start, text start, line, indent width, hard break)
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        stripped = line.lstrip(_INDENT)
        if not stripped.strip():
            lines.append((start, start, line, 0, False))
            continue
        lead = len(line) - len(stripped)
        width = _width(line[:lead]) + indents.get(start + lead, 0)
        lines.append((start, start + lead, line, width, markdown and line.endswith("  ")))
    widths = [width for _, _, line, width, _ in lines if line.strip()]
    base = min(widths) if widths else 0
    marks: set[int] = set()
    # each kind of mark weighed on its own; each indent width too: a hanging indent's wrapped line (``　五　觀光旅館業：…
    # 一般觀光旅館新⏎　　　臺幣二千六百萬元。``, law.moj.gov.tw) is deeper than the items that open paragraphs, and follows cuts
    tally: dict[object, list] = {}  # kind -> [agree, disagree, found]
    for k in range(1, len(lines)):
        _, b_text, b_line, width, _ = lines[k]
        a_line = lines[k - 1][2]
        if not b_line.strip() or not a_line.strip():
            continue
        kinds = []
        if width >= _MIN_INDENT and width > base and not html:
            kinds.append(width)
        if lines[k - 1][4]:
            kinds.append("break")
        if line_blocks:
            kinds.append("line")
        if not kinds:
            continue
        end = _line_end(a_line)
        for kind in kinds:
            count = tally.setdefault(kind, [0, 0, []])
            count[2].append(b_text)
            if end is True:
                count[0] += 1
            elif end is False:
                count[1] += 1
    for kind, (agree, disagree, found) in tally.items():
        if agree >= MIN_AGREEING and (disagree <= max(1, agree // AGREEMENT) if kind != "line"
                                      else disagree * AGREEMENT_BLOCKS <= agree):
            marks.update(found)
    return frozenset(marks)


__all__ = ["AGREEMENT", "AGREEMENT_BLOCKS", "MIN_AGREEING", "paragraph_marks", "removed_indents"]
