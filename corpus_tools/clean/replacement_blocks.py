"""Injected blocks of U+FFFD: a spam page's filler, not a lost character.

Real damage (field test 12, F12-E1, jindiou.com/show-15227.html, a news item on 法释〔2022〕6号):
the farm injected the same block of replacement characters and filler,
``\\ufffd×5 ␠ \\ufffd×7 Ƴ \\ufffd×12 ␠ … Ƴ \\ufffd×7``, eight times into the text, each time
inside a word (``统一正…确实施``, ``司法解…释``, ``&n…bsp;``).  No decoder writes that: a
lost character is one U+FFFD (or two), never a run of dozens repeating a segment
verbatim.  The block goes whole and the word closes (``统一正确实施``), one edit per
block; a single U+FFFD standing for a lost character is evidence and stays for the
``invisible_chars`` rule as before.
"""

from __future__ import annotations

import html
from collections import Counter

from corpus_tools.lazy_patterns import lazy_re

#: A segment of a block: runs of two or more U+FFFD, joined by single filler characters
#: (the farm's ``Ƴ``).
_SEGMENT = r"\ufffd{2,}(?:[^\s\ufffd]\ufffd{2,})*"
#: A block: segments separated by blanks (never a line break).
_BLOCK_RE = lazy_re(rf"{_SEGMENT}(?:[ \t\u3000\xa0]+{_SEGMENT})+")

#: The evidence a block needs: this many segments, one of them (this long) repeated verbatim,
#: and this many U+FFFD in all.
MIN_SEGMENTS = 3
MIN_REPEATED_SEGMENT = 8
MIN_REPLACEMENT_CHARS = 20


def injected_replacement_blocks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each injected block of U+FFFD in ``text`` (module docstring).

    >>> seg = "\\ufffd" * 7 + "Ƴ" + "\\ufffd" * 12
    >>> block = "\\ufffd" * 5 + " " + " ".join([seg, seg, seg])
    >>> t = "确保民法典统一正" + block + "确实施"
    >>> [(a, b - a) for a, b in injected_replacement_blocks(t)]
    [(8, 68)]

    A character a decoder lost stays (one U+FFFD, or a short run that repeats nothing):

    >>> injected_replacement_blocks("本市\\ufffd区 第\\ufffd\\ufffd条 \\ufffd\\ufffd\\ufffd 某某")
    []
    """
    if text.count("\ufffd") < MIN_REPLACEMENT_CHARS:
        return []
    found = []
    for match in _BLOCK_RE.finditer(text):
        block = match.group()
        segments = block.split()
        if len(segments) < MIN_SEGMENTS or block.count("\ufffd") < MIN_REPLACEMENT_CHARS:
            continue
        repeats = Counter(s for s in segments if len(s) >= MIN_REPEATED_SEGMENT)
        if repeats and max(repeats.values()) >= 2:
            found.append((match.start(), match.end()))
    return found


#: The two halves of an HTML character reference a block was injected into: its head before the
#: block (``&n``, ``&#12``) and its tail after it (``bsp;``, ``288;``).
_ENTITY_HEAD_RE = lazy_re(r"&#?[A-Za-z0-9]{0,10}$")
_ENTITY_TAIL_RE = lazy_re(r"[A-Za-z0-9]{0,10};")


def split_entity(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """``(start, end, character)`` of the HTML character reference the block ``text[start:end]`` was
    injected into, the block included, and the character the reference names; ``None`` when the
    block stands beside no reference it split.

    Real damage (F12-E1, jindiou.com): the farm injected a block into the page's escaped
    indentation, ``&n<block>bsp; 为指导…``; once the block went, ``&nbsp;`` stood in the text,
    an entity no reader had decoded.  Only a reference that the block splits (its head before
    the block, its tail after, together a reference HTML knows) goes with the block and becomes
    the character it names, as the HTML reader gives it; a whole ``&nbsp;`` beside a block, or
    elsewhere, is none of the block's (the page's literal markup, a finding's concern).

    >>> seg = "\\ufffd" * 9
    >>> t = "&n" + seg + "bsp; 为指导"
    >>> split_entity(t, 2, 11)
    (0, 15, '\\xa0')
    >>> split_entity("&nbsp;" + seg + "为指导", 6, 15), split_entity("AT&" + seg + "T;", 3, 12)
    (None, None)
    """
    head = _ENTITY_HEAD_RE.search(text, max(0, start - 12), start)
    tail = _ENTITY_TAIL_RE.match(text, end, end + 11)
    if head is None or tail is None:
        return None
    reference = head.group() + tail.group()
    character = html.unescape(reference)
    if character == reference or len(character) != 1 or character == "\ufffd":
        return None
    return head.start(), tail.end(), character


def masked(text: str, blocks: list[tuple[int, int]]) -> str:
    """``text`` with each block blanked (same length: positions stay), for the rules that
    look at the U+FFFD a decoder left.

    >>> masked("甲\\ufffd\\ufffd乙", [(1, 3)])
    '甲  乙'
    """
    if not blocks:
        return text
    parts, at = [], 0
    for start, end in blocks:
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts)


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones merged (a block inside a lost line is part of it).

    >>> merged([(5, 9), (0, 20), (30, 31)])
    [(0, 20), (30, 31)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
