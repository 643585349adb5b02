"""Layout noise: damage clean law text the way scraped pages are damaged.

Each function takes clean text and a :class:`random.Random` and returns the
damaged text; :func:`corrupt` chains them.  They feed the property tests of
:mod:`corpus_tools.clean.layout` (``clean(corrupt(x)) == x`` for the damage
that is recoverable by construction) and benchmark variants.

The clean text is expected in the shared corpus's convention: a title on the
first line, blank lines between paragraphs, division headings (``第一章 总则``)
and articles (``第一条 ``) on lines of their own.

Ambiguous damage is generated only on request (``ambiguous=True``): a
newline before ``第十条规定`` or after ``。`` may be a real paragraph break,
so no cleaner can undo it without inventing evidence.
"""

from __future__ import annotations

import random
import re

_NUM = "零〇一二三四五六七八九十百千两"
_LABEL = re.compile(rf"第([{_NUM}]+)(条|章|节|编)")
_DIVISION_LINE = re.compile(rf"^第[{_NUM}]+(?:分编|[编章节])[^\n]*$", re.M)
_LIST_ITEM = re.compile(rf"^(?:[（(][{_NUM}\d]+[）)]|[{_NUM}]+、|\d+[.、．])")
_BLOCK_START = re.compile(
    rf"^(?:第[{_NUM}\d]|[{_NUM}]+[、是.．]|[（(【\[〔《<]|\d|附[件表录]|目\s*[录次]|[〇零一二][〇零一二三四五六七八九]{{3}}年|[-*•·—①-⑳])"
)
_PROSE = re.compile(r"[，；。！？]")
_NO_LINE_START = set("，。、；：！？）》」』”’…%)]},.;:!?")  # kinsoku: never begins a line
_NO_LINE_END = set("（《「『“‘([{")  # kinsoku: never ends a line
_FINAL = set("。；：！？…”’」』;:!?")

SPACES = (" ", "  ", "\u3000", "\u3000\u3000")


def spread_labels(text: str, rng: random.Random, *, rate: float = 0.5) -> str:
    """Letter-space some labels: ``第十二条`` -> ``第 十 二 条``.

    >>> spread_labels("第一条 为了", random.Random(0), rate=1.0)
    '第 一 条 为了'
    """

    def spread(m: re.Match[str]) -> str:
        if rng.random() >= rate:
            return m.group(0)
        gap = rng.choice((" ", " ", "\u3000"))
        return gap.join(["第", *m.group(1), m.group(2)])

    return _LABEL.sub(spread, text)


def indent_lines(text: str, rng: random.Random, *, rate: float = 0.3) -> str:
    """Indent some non-empty lines with blanks or ideographic spaces.

    >>> indent_lines("第一条 为了", random.Random(0), rate=1.0).lstrip(" \\u3000")
    '第一条 为了'
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and rng.random() < rate:
            lines[i] = rng.choice(SPACES) + line
    return "\n".join(lines)


def _break_points(line: str, width: int, *, ambiguous: bool) -> list[int]:
    points: list[int] = []
    pos = width
    while pos < len(line) - 1:
        cut = pos
        # kinsoku: move the break so the next line does not start with closing
        # punctuation or a blank and this line does not end with an opening bracket
        while cut < len(line) - 1 and (
            line[cut] in _NO_LINE_START or line[cut - 1] in _NO_LINE_END or line[cut].isspace()
        ):
            cut += 1
        if cut >= len(line) - 1:
            break
        head, tail = line[:cut], line[cut:]
        ok = True
        if not ambiguous:
            ok = (
                line[cut - 1] not in _FINAL
                and line[cut - 1] not in "）)】]》〉>"
                and not line[cut].isspace()
                and not line[cut - 1].isspace()
                and not _BLOCK_START.match(tail)
                # a list item cut before its first comma reads as a list heading
                and not (_LIST_ITEM.match(line) and not _PROSE.search(_LIST_ITEM.sub("", head, count=1)))
            )
        if ok:
            points.append(cut)
        pos = cut + width
    return points


def hard_wrap(text: str, rng: random.Random, *, width: int | None = None, ambiguous: bool = False) -> str:
    """Break paragraph lines at a fixed width, as a PDF or a narrow page does.

    Headings and lines shorter than the width are left alone.  With
    ``ambiguous=False`` breaks that no cleaner could tell from a paragraph
    break (after ``。``, before a label, a list marker, a digit or a bracket)
    are skipped.

    >>> hard_wrap("第一条 为了促进智能制造发展，落实制造业立市战略。", random.Random(0), width=12)
    '第一条 为了促进智能制造\\n发展，落实制造业立市战略。'
    """
    width = width or rng.randint(16, 40)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or _DIVISION_LINE.match(line):
            out.append(line)
            continue
        cuts = _break_points(line, width, ambiguous=ambiguous)
        pieces, last = [], 0
        for cut in cuts:
            pieces.append(line[last:cut])
            last = cut
        pieces.append(line[last:])
        out.append("\n".join(pieces))
    return "\n".join(out)


def extra_blank_lines(text: str, rng: random.Random, *, rate: float = 0.2) -> str:
    """Stretch some blank-line separators to 4-7 blank lines, fill some blank
    lines with spaces, pad some line ends with ASCII blanks or a tab.

    >>> extra_blank_lines("甲。\\n\\n乙。", random.Random(1), rate=1.0).count("\\n") >= 5
    True
    """
    parts = re.split(r"(?<=\S)\n\n(?=\S)", text)  # exactly one blank line between two lines
    out = [parts[0]]
    for part in parts[1:]:
        sep = "\n\n"
        roll = rng.random()
        if roll < rate:
            sep = "\n" + "\n".join(rng.choice(("", "", " ", "\u3000", "\t")) for _ in range(rng.randint(4, 7))) + "\n"
        elif roll < 2 * rate:
            sep = "\n" + rng.choice((" ", "\u3000", "  ", "\t")) + "\n"
        if rng.random() < rate and out[-1] and not out[-1].endswith((" ", "\t", "\u3000")):
            out[-1] += rng.choice(("  ", "   ", "\t", " \t"))
        out.append(sep)
        out.append(part)
    return "".join(out)


def _heading_variant(heading: str, rng: random.Random) -> str:
    m = re.match(rf"(第[{_NUM}]+(?:分编|[编章节]))\s*(.*)$", heading)
    if m is None:
        return heading
    label, title = m.group(1), re.sub(r"\s+", "", m.group(2))
    if len(title) == 2 and rng.random() < 0.5:
        title = rng.choice(SPACES).join(title)
    entry = label + rng.choice(SPACES) + title
    if rng.random() < 0.3:
        entry += rng.choice(("……", "………………", "·····", " ")) + str(rng.randint(1, 40))
    return entry


def add_table_of_contents(text: str, rng: random.Random) -> str:
    """Insert a 目录 block listing the division headings before the first one.

    >>> t = "条例\\n\\n第一章 总则\\n\\n第一条 目的。\\n\\n第二章 附则\\n\\n第二条 施行。"
    >>> add_table_of_contents(t, random.Random(0)).count("第二章")
    2
    """
    heads = []
    for head in _DIVISION_LINE.finditer(text):  # up to a repeat (a page may already list them)
        if heads and re.sub(r"\s", "", head.group(0)) == re.sub(r"\s", "", heads[0].group(0)):
            break
        heads.append(head)
    if len(heads) < 2:
        return text
    header = rng.choice(("目录", "目 录", "目\u3000\u3000录", "目  录", "目次"))
    sep = rng.choice(("\n", "\n\n"))
    entries = sep.join(_heading_variant(h.group(0), rng) for h in heads)
    block = header + sep + entries + rng.choice(("\n", "\n\n", "\n\n\n"))
    at = heads[0].start()
    return text[:at] + block + text[at:]


def add_repeated_summary(text: str, rng: random.Random) -> str:
    """Put one to three sentences of the body above the title, as a mirror
    site's summary does.

    >>> t = "某办法\\n\\n第一条 为了保护和改善环境，防治污染和其他公害，制定本办法。"
    >>> add_repeated_summary(t, random.Random(0)).startswith("为了保护和改善环境")
    True
    """
    sentences = [
        s.strip()
        for para in text.split("\n")[1:]
        for s in re.findall(r"[^。！？；\n]+[。！？]", re.sub(rf"^第[{_NUM}]+条\s*", "", para))
        if "，" in s and len(s.strip()) >= 12
    ]
    if not sentences:
        return text
    start = rng.randrange(len(sentences))
    summary = "".join(sentences[start : start + rng.randint(1, 3)])
    if len(summary) < 20:
        return text
    return summary + rng.choice(("\n", "\n\n")) + text


def single_newline(text: str) -> str:
    """The same text with one newline between paragraphs (no blank lines).

    >>> single_newline("条例\\n\\n\\n第一条 甲。\\n\\n第二条 乙。\\n")
    '条例\\n第一条 甲。\\n第二条 乙。\\n'
    """
    return re.sub(r"\n{2,}", "\n", text)


def stretch_body_breaks(text: str, rng: random.Random, *, rate: float = 0.3) -> str:
    """Widen some paragraph breaks after the first label to 2-3 blank lines
    (the metadata gap before it is left alone: clean texts widen only that one).

    >>> stretch_body_breaks("条例\\n\\n第一条 甲。\\n\\n第二条 乙。", random.Random(0), rate=1.0).count("\\n") in (5, 6)
    True
    """
    first = re.search(rf"^第[{_NUM}]+(?:分编|[编章节条])", text, re.M)
    if first is None:
        return text
    body = re.sub(r"(?<=\S)\n\n(?=\S)", lambda m: "\n" * rng.randint(3, 4) if rng.random() < rate else m.group(0), text[first.start():])
    return text[: first.start()] + body


#: The generators :func:`corrupt` may apply, in the order it applies them.
GENERATORS = ("spread_labels", "add_table_of_contents", "hard_wrap", "indent_lines", "extra_blank_lines", "add_repeated_summary")


def corrupt(text: str, rng: random.Random, *, kinds: tuple[str, ...] = GENERATORS, ambiguous: bool = False) -> str:
    """Apply the chosen layout damage to clean ``text`` (recoverable by default).

    >>> corrupt("条例\\n\\n第一条 为了", random.Random(0), kinds=("spread_labels",)).startswith("条例")
    True
    """
    for name in GENERATORS:
        if name not in kinds:
            continue
        if name == "hard_wrap":
            text = hard_wrap(text, rng, ambiguous=ambiguous)
        else:
            text = globals()[name](text, rng)
    return text
