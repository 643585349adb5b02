"""Line scans that skip the lines that cannot matter give what reading every line gave (issue 20).

Three readers read a text line by line in Python and now read only the lines that can change
their answer: Markdown's block lines (:func:`corpus_tools.markdown_text.block_lines`: only the
lines starting with a block mark, and the line above an underline), the download-wall check of
the completeness findings (:func:`corpus_tools.validation.completeness.no_body`: not at all in a
text where one RE2 pass over the column finds no widget word), and the head lines of the
metadata readers (:func:`corpus_tools.structure.metadata._first_lines`: up to the last line
asked for).  Each is compared here with the per-line form it replaced, on the repository's
real pages and on generated texts made of the marks each reader looks for.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from corpus_tools import markdown_text
from corpus_tools.structure import metadata
from corpus_tools.validation import completeness

ROOT = Path(__file__).resolve().parent.parent


def _real_texts() -> list[str]:
    """The repository's real pages (tests/real_pages, the seeds of raw/) as text."""
    paths = sorted((ROOT / "tests" / "real_pages").rglob("*")) + sorted((ROOT / "raw").glob("*.txt"))
    texts = []
    for path in paths:
        if path.is_file() and path.suffix in (".md", ".txt", ".html", ".htm", ".json", ".jsonl"):
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts


REAL = _real_texts()


def _block_lines_per_line(source: str, rendered: str) -> tuple[list[str], list[str]]:
    """``block_lines`` as it read every line of the rendered text (before issue 20's change)."""
    headings, items = markdown_text.block_lines(source, "")
    lines = rendered.split("\n")
    in_code = False
    for k, line in enumerate(lines):
        if markdown_text._CODE_FENCE.match(line):
            in_code = not in_code
            continue
        if in_code or not line.strip():
            continue
        if markdown_text._ATX_HEADING.match(line):
            headings.append(line)
        elif k + 1 < len(lines) and markdown_text._SETEXT_UNDERLINE.match(lines[k + 1]) and not markdown_text._LIST_ITEM.match(line):
            headings.append(line)
        elif markdown_text._LIST_ITEM.match(line):
            following = lines[k + 1] if k + 1 < len(lines) else ""
            if not following.strip() or markdown_text._LIST_ITEM.match(following) or markdown_text._ATX_HEADING.match(following):
                items.append(line)
    return headings, items


#: Lines made of what the Markdown block reader looks for, and what it must pass over.
_MARKDOWN_LINES = [
    "", " ", "\t", "　", "# 标题", "## 第一章 总则", "   ### 第一节", "    # 缩进四格", "#无空格", "###### 六级", "####### 七级",
    "===", "---", "  ===  ", "- ", "-", "- 项目", "* 学术研究", "+ 加号", "  - 缩进项", "-- 非项", "```", "~~~", "   ```python",
    "````", "第一条 本条例自公布之日起施行。", "正文", "\r", "# 标题\r", "=\r", "　# 全角空格后", "\u2028- 项", "*", "**粗体**",
    "~~删除~~", "`代码`", "+", "=====正文", "<h2>条例</h2>", "第二条 （略）",
]


def _generated_markdown(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["\n".join(rng.choice(_MARKDOWN_LINES) for _ in range(rng.randint(0, 30))) for _ in range(count)]


@pytest.mark.parametrize("rendered", REAL + _generated_markdown(13, 3000) + ["", "\n", "===\n", "- 项\n===", "正文\n==="])
def test_markdown_block_lines_as_when_every_line_was_read(rendered):
    assert markdown_text.block_lines("", rendered) == _block_lines_per_line("", rendered)


def test_markdown_block_lines_of_the_real_pages_rendered_as_ingest_renders_them():
    checked = 0
    for text in REAL:
        body, _ = markdown_text.render_markup(text)
        assert markdown_text.block_lines(text, body) == _block_lines_per_line(text, body)
        checked += bool(markdown_text.block_lines(text, body) != ([], []))
    assert checked > 20  # pages with headings or items among them: the comparison saw some


def _no_body_every_line(title: str | None, text: str) -> str | None:
    """``no_body`` as it read every line for a download wall (before issue 20's whole-text check)."""
    c = completeness
    placeholder = c._PLACEHOLDER.search(text)
    if placeholder and not c._ARTICLE_LABEL.search(text):
        return f"the text says it is missing: {placeholder.group().strip(' >*_')[:60]}"
    elsewhere = c._ELSEWHERE.search(text)
    if elsewhere:
        heading = (title or "").strip()
        if all(not line.strip() or line.strip() == heading or c._ELSEWHERE.match(line) for line in text.split("\n")):
            return f"the text says it is elsewhere: {elsewhere.group().strip(' >*_')[:60]}"
    families: dict[str, None] = {}
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or len(line) > c._WIDGET_LINE:
            continue
        found = [family for family, pattern in c._WALL_WIDGETS.items() if pattern.search(line)]
        if found:
            families.update(dict.fromkeys(found))
            lines.append(line)
    if len(families) >= c._WALL_FAMILIES and len(lines) >= c._WALL_LINES and not c._OFFICIAL.search(text):
        return (f"a download or login wall, no document: {len(lines)} widget lines ({', '.join(families)}): "
                + " | ".join(lines[:3]) + ("…" if len(lines) > 3 else ""))
    return c._chrome_only(text)  # (a page of site chrome, F13-B7: read whether or not a widget word is there)


#: Widget lines of each family (from the doc-farm pages of tests/real_pages) and lines of a notice.
_WALL_LINES = ["ImageVerifierCode 换一换", "验证码:   换一换", "看不清", "忘记密码?", "微信登录", "账号：", "快捷下载", "立即下载",
               "下载积分", "开通VIP", "支付方式: 支付宝", "微信支付", "已付费", "各单位：", "现将名单公布如下。", "第一条 为了规范管理，制定本办法。",
               "国务院", "1996年7月17日", "请输入账号、密码和验证码后登录本系统办理相关业务，忘记密码的请联系管理员。", ""]


def _wall_texts() -> list[str]:
    rng = random.Random(20)
    return REAL + ["\n".join(rng.choice(_WALL_LINES) for _ in range(rng.randint(0, 12))) for _ in range(3000)]


def test_the_wall_check_as_when_every_line_was_read():
    """:func:`no_body` told by the column's RE2 pass which texts hold a widget word gives what reading every
    line of every text gave."""
    import pyarrow as pa

    texts = _wall_texts()
    widgets = completeness.widget_rows(pa.array(texts))
    found = completeness.document_findings(["某通知"] * len(texts), texts, widgets=widgets)[completeness.NO_BODY]
    expected = [(row, why) for row, text in enumerate(texts) if text and (why := _no_body_every_line("某通知", text))]
    assert found == expected
    assert sum(why.startswith("a download") for _, why in expected) > 50  # walls among them: both branches compared
    assert 0 < widgets.sum() < len(texts)


def test_the_re2_pass_finds_a_widget_word_exactly_where_python_finds_one():
    """The RE2 union and the Python patterns agree on every text, row by row (same words, same classes)."""
    import pyarrow as pa

    rng = random.Random(21)
    extra = ["账号:", "帐号：", "账号", "密码：", "QQ登录", "第三方登录", "VIP下载", "vip下载", "Vip下载", "资源ID", "资源id", "金币", "金 币",
             "ImageVerifierCode", "imageverifiercode", "看不清", "验 证码"]
    texts = _wall_texts() + ["".join(rng.choice(extra + _WALL_LINES) for _ in range(rng.randint(0, 4))) for _ in range(3000)]
    widgets = completeness.widget_rows(pa.array(texts))
    python = [any(pattern.search(text) for pattern in completeness._WALL_WIDGETS.values()) for text in texts]
    assert widgets.tolist() == python


def test_the_widget_patterns_are_plain_words():
    """What the RE2 pass relies on: no anchor or look-around, which a line and the whole text could read apart."""
    for pattern in completeness._WALL_WIDGETS.values():
        assert not re.search(r"\\[bBAZ]|[\^$]|\(\?[=!<]", pattern.pattern), pattern.pattern


def _first_lines_every_line(text: str, count: int, scan: int) -> list[str]:
    strip = metadata.LINE_STRIP
    return [line.strip(strip) for line in text.split("\n", scan)[:scan] if line.strip(strip)][:count]


def test_first_lines_as_when_every_line_was_stripped():
    rng = random.Random(8)
    pieces = ["", " ", "　", "\t", "国务院令", "第227号", "  条例  ", "\r", "＊", "第一条 某"]
    texts = REAL[:200] + ["\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(500)]
    for text in texts:
        for count, scan in ((1, 1), (2, 40), (8, 60), (16, 200), (6, 40), (12, 60), (3, 2), (0, 10), (-1, 10), (5, 0)):
            assert metadata._first_lines(text, count, scan) == _first_lines_every_line(text, count, scan), (count, scan)


def test_html_tables_are_looked_for_only_where_a_table_tag_can_be():
    """``render_markup`` reads the lines for ``<table>`` only when the body holds ``<`` and a spelling
    of ``table``: on every other text the per-line reading finds none (so the guard changes nothing)."""
    rng = random.Random(5)
    pieces = ["<table>", "</table>", "<TABLE border=1>", "</Table>", "<td>序号</td>", "`<table>`", "```", "正文", "<p>", "表"]
    texts = REAL + ["\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    for text in texts:
        guarded = "<" in text and ("table" in text or "TABLE" in text or "Table" in text)
        found = markdown_text._html_tables(text.split("\n"))
        assert guarded or found == {}, text[:80]
