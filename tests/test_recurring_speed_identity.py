"""The recurring-chrome counting of the build (:mod:`corpus_tools.dataset.recurring`), made cheaper
(issue 20): the page's edge blocks found once for both keys, and the content key's line keys in two
whole-text passes (:func:`~corpus_tools.dataset.recurring.line_keys`) instead of one
:func:`~corpus_tools.clean.furniture.line_key` per line.  Only the speed changes: each is compared
here with the per-line form the module had before, on every blank of Unicode and on real pages
(the clean regression corpus, the gov.cn and bjtcm pages, the repository's real pages).
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

import pytest

from corpus_tools.clean.furniture import edge_blocks, line_key
from corpus_tools.dataset import recurring

ROOT = Path(__file__).resolve().parent.parent
REAL = [ROOT / "tests" / "real_pages", ROOT.parent.parent / "shared" / "real", Path("/work/shared/real")]
DLC = Path("/work/ref/DLC")


def _line_keys_per_line(text: str) -> str:
    """What the content key joined before: each line's key, empty ones left out."""
    return "\n".join(key for key in map(line_key, text.split("\n")) if key)


def _content_key_per_line(text: str) -> str:
    """:func:`recurring.content_key` as it was: its own edge blocks, one line key per line."""
    blocks = edge_blocks(text)
    start = blocks[0][1] if blocks and blocks[0][0] == len(text) - len(text.lstrip()) else 0
    end = blocks[-1][0] if blocks and blocks[-1][0] > start else len(text)
    body = _line_keys_per_line(text[start:end])
    return hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest() if body else ""


#: Every character a line key removes, and a few it keeps (line and paragraph separators are blanks too).
_EVERY = "".join(map(chr, range(sys.maxunicode + 1)))
BLANKS = sorted(set(_EVERY) - set(line_key(_EVERY)))


def test_the_blanks_are_the_ones_expected():
    assert {"\n", "\r", "\t", " ", "\u3000", "\u00a0", "\u2028", "\x85"} <= set(BLANKS)
    assert "第" not in BLANKS and "\u200b" not in BLANKS  # a zero-width space is no blank to line_key


@pytest.mark.parametrize("blank", BLANKS)
def test_every_blank_is_read_as_line_key_reads_it(blank):
    for text in (f"第一条{blank}甲。", f"{blank}甲\n{blank}\n乙{blank}", f"甲{blank}\n{blank}乙", f"{blank}\n{blank}", blank * 3):
        assert recurring.line_keys(text) == _line_keys_per_line(text), repr(text)


def test_generated_texts_of_blanks_and_breaks():
    rng = random.Random(20)
    alphabet = ["\n", "\n", "甲", "乙", "。", "a", *BLANKS[:40], "\u3000", "\u00a0", "\r\n"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        assert recurring.line_keys(text) == _line_keys_per_line(text), repr(text)


def _real_texts() -> list[tuple[str, str]]:
    texts = []
    for folder in REAL:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and path.suffix in {".html", ".htm", ".txt", ".md"} and path.stat().st_size < 400_000:
                    texts.append((str(path), path.read_bytes().decode("utf-8", "replace")))
    if DLC.is_dir():
        texts += [(str(p), p.read_text("utf-8")) for p in sorted(DLC.rglob("*.md"))[::19]]
    return texts


def test_real_pages_give_the_keys_they_gave():
    texts = _real_texts()
    if len(texts) < 100:
        pytest.skip("the real pages are not on this machine")
    for name, text in texts:
        blocks = edge_blocks(text)
        assert recurring.content_key(text, blocks) == _content_key_per_line(text) == recurring.content_key(text), name
        assert recurring.edge_keys(text, blocks) == recurring.edge_keys(text), name


def _edge_blocks_every_line(text: str) -> list[tuple[int, int]]:
    """:func:`edge_blocks` as it was: every line of the page asked whether it is content."""
    from corpus_tools.clean.furniture import EDGE_LINES
    from corpus_tools.clean.page_lines import CONTENT_LINE_RE, line_bounds

    lines = [span for span in line_bounds(text) if text[span[0]:span[1]].strip()]
    content = [i for i, (a, b) in enumerate(lines) if CONTENT_LINE_RE.search(text, a, b)]
    if not content:
        return []
    first, last = content[0], content[-1]
    out = []
    lead = lines[max(0, first - EDGE_LINES):first]
    if lead:
        out.append((lead[0][0], lead[-1][1]))
    trail = lines[last + 1:last + 1 + EDGE_LINES]
    if trail:
        out.append((trail[0][0], trail[-1][1]))
    return out


def test_edge_blocks_read_from_each_end_are_the_blocks_of_every_line():
    texts = _real_texts()
    if len(texts) < 100:
        pytest.skip("the real pages are not on this machine")
    for name, text in texts:
        assert edge_blocks(text) == _edge_blocks_every_line(text), name


def test_edge_blocks_of_generated_pages():
    rng = random.Random(12)
    lines = ["网站首页", "  ", "", "第一条 为了规范管理。", "第二章 总则", "　　施行。", "版权所有", "\u3000", "当前位置：首页",
             "第一条", "甲；乙", "2020年1月1日"]
    for _ in range(3000):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randrange(0, 40))) + rng.choice(["", "\n", "\n\n"])
        assert edge_blocks(text) == _edge_blocks_every_line(text), repr(text)
