"""Hostile raw files: what strangers' scraped folders hold, each with what must become of it.

Every input is small to write and cheap for a linear reader; each one hung, crashed,
blew up or was read wrongly before the hostile-input work (issue 18), unless its ``note``
says it is a guard (handled before, kept so that it stays handled).  ``expect`` is ``"built"`` (the page is read; its documents may be flagged)
or the ``code`` it is rejected with in ``rejected.jsonl``.

The sizes are chosen so that the old quadratic code takes far longer than the suite's
time bound (60 s) while a linear reader needs well under a second.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

#: A title line: a page that is built has a title, so that the combined build validates.
TITLE = "北京市测试条例\n"
LAW = TITLE + "第一条　为了规范，制定本条例。\n第二条　本条例自公布之日起施行。\n"


@dataclass
class Hostile:
    """One hostile raw file: its name, how to make its bytes, and what must become of it."""

    name: str
    make: Callable[[], bytes]
    expect: str  # "built", or the rejection code
    note: str

    @cached_property
    def data(self) -> bytes:
        return self.make()


def _alias_bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for k in range(1, levels):
        lines.append(f"a{k}: &a{k} [" + ", ".join([f"*a{k - 1}"] * 9) + "]")
    return "\n".join(lines)


def byte_inputs() -> list[Hostile]:
    """The hostile files that are bytes (the file-system ones are made by the tests)."""
    return [
        # Markdown: limits before the work they protect, and linear passes.
        Hostile("md_emphasis_line.md", lambda: (TITLE + "**法 " * 49_750 + "\n").encode(), "built",
                "one 199,000-character line of unclosed emphasis: 152 s in the emphasis regex"),
        Hostile("md_emphasis_letters.md", lambda: (TITLE + "**a " * 49_750 + "\n").encode(), "not_chinese",
                "the same line of Latin letters: read in linear time, then no Chinese page"),
        Hostile("md_emphasis_over_limit.md", lambda: (TITLE + "**a " * 62_500 + "\n").encode(), "huge_line",
                "a line over the limit: rejected before Markdown is stripped (was 250 s, then rejected)"),
        Hostile("md_unclosed_comments.md", lambda: (TITLE + "<!--\n" * 40_000).encode(), "built",
                "40,000 unclosed comments: the comment regex scanned to the end from each"),
        Hostile("md_alias_bomb.md", lambda: ("---\n" + _alias_bomb() + "\n---\n" + LAW).encode(), "front_matter",
                "a YAML alias bomb (9**9 values from 400 bytes): memory without bound"),
        Hostile("md_yaml_deep.md", lambda: ("---\na: " + "[" * 10_000 + "\n---\n" + LAW).encode(), "front_matter",
                "YAML nested 10,000 deep: RecursionError in PyYAML's composer"),
        Hostile("md_yaml_huge.md", lambda: ("---\n" + "".join(f"k{i}: {'值' * 40}\n" for i in range(2_000))
                                            + "---\n" + LAW).encode(),
                "front_matter", "front matter of 100,000 characters: over the front-matter limit"),
        # HTML: nesting, tables, spaces.
        Hostile("html_div_10000.html", lambda: ("<html><body>" + "<div>" * 10_000 + LAW).encode(), "too_deep",
                "HTML nested 10,000 deep: RecursionError in the tree walk"),
        Hostile("html_div_900.html", lambda: ("<p>北京市测试条例</p>" + "<div>" * 900 + LAW.replace("\n", "<br>")).encode(),
                "built", "HTML nested 900 deep (under the limit): RecursionError in the recursive walk"),
        Hostile("html_nested_tables.html",
                lambda: ("<p>北京市测试条例</p>" + "<table><tr><td>甲</td><td>" * 200 + "第一条　内容。").encode(), "built",
                "tables nested 200 deep: RecursionError, and each table's rows searched in its whole subtree"),
        Hostile("html_nested_tables_3000.html", lambda: ("<table><tr><td>" * 3_000 + LAW).encode(), "too_deep",
                "tables nested 3,000 deep"),
        Hostile("html_nav_50000.html", lambda: ("<p>北京市测试条例</p>" + "<nav>" * 50_000 + LAW).encode(), "too_deep",
                "50,000 nested <nav>: the parser's time is tags times depth"),
        Hostile("html_nbsp_run.html",
                lambda: ("<p>北京市测试条例</p><p>第一条　内容" + "&nbsp;" * 150_000 + "完。</p>").encode(), "built",
                "150,000 non-breaking spaces in a row: the line-break regex retried from each (quadratic)"),
        Hostile("html_colspan_bomb.html",
                lambda: ("<p>北京市测试条例</p><table>"
                         + '<tr><td colspan="1000">甲</td><td colspan="1000">乙</td></tr>' * 2_000 + "</table>").encode(),
                "too_large", "100 KB of colspan=1000 cells: 4 million tab-separated fields"),
        Hostile("junk.html", lambda: random.Random(18).randbytes(40_000), "binary",
                "binary junk named .html (a guard: rejected before issue 18 too)"),
        # Sizes.
        Hostile("page_60mb.txt", lambda: ("第一条　内容。\n" * 2_800_000).encode(), "too_large",
                "a 60 MB text page: 3.2 GB of memory to build it"),
        Hostile("page_3m_chars.txt", lambda: (TITLE + "第一条　" + "内容。\n" * 790_000).encode(), "too_large",
                "3.16 million characters (9.5 MB): over the page limit, under the file limit"),
        Hostile("huge_line.txt", lambda: ("条" * 250_001).encode(), "huge_line", "a guard: a line over the limit"),
        Hostile("docx_bomb.docx", docx_bomb, "zip_bomb", "a .docx whose document.xml unpacks to 256 MB from 250 KB"),
        # Degenerate files.
        Hostile("empty.txt", lambda: b"", "empty", "a guard: 0 bytes"),
        Hostile("only_bom.txt", lambda: b"\xef\xbb\xbf", "empty", "only a UTF-8 byte-order mark (a guard)"),
        Hostile("bom_and_blanks.md", lambda: b"\xef\xbb\xbf\n \n\t\n", "empty", "a BOM and blank lines (a guard)"),
        Hostile("utf16_bom_only.txt", lambda: b"\xff\xfe", "empty",
                "only a UTF-16 byte-order mark (was 'undecodable')"),
        Hostile("carriage_returns.txt", lambda: b"\r" * 1_000_000, "empty", "a million carriage returns (a guard)"),
        Hostile("ascii_pdf.txt", lambda: b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "pdf",
                "a PDF made of ASCII bytes (fixed on main before issue 18: became a page titled %PDF-1.7)"),
        Hostile("control.txt", lambda: LAW.encode(), "built", "a guard: a clean law"),
    ]


def docx_bomb(size: int = 256 << 20) -> bytes:
    """A minimal .docx whose ``word/document.xml`` declares and holds ``size`` bytes of paragraphs."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            block = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * (1 << 15)
            for _ in range(size // len(block)):
                part.write(block)
            part.write(b"</w:body></w:document>")
    return buffer.getvalue()
