"""The exact fast paths of the cleaners and of ingest equal the plain scans they stand for.

Each fast path (a gate, a candidate-position scan, a stdlib ``re`` stand-in)
is compared with the original regex scan, still defined next to it, on
random text drawn from the characters that matter to it, plus the clean
corpus where a corpus-wide check is cheap.  A gate may let through text the
scan finds nothing in, never block text it finds something in.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools import ingest
from corpus_tools.clean import _gates, furniture, layout, mojibake, spam, width


def texts(pieces: str | list[str], max_size: int = 40) -> st.SearchStrategy[str]:
    """Text made of the given characters or strings."""
    items = list(pieces) if isinstance(pieces, str) else pieces
    return st.lists(st.sampled_from(items), max_size=max_size).map("".join)


def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


# --------------------------------------------------------------------------- gates


def test_regex_whitespace_spelled_out_for_re():
    """layout._REGEX_WS (a stdlib ``re`` class) is exactly ``regex``'s ``\\s``."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"\s", every)) == set(re.findall(f"[{layout._REGEX_WS}]", every))


@given(texts("甲乙万博金宝1 \n"))
def test_classes_present_and_pairs(text):
    first, second = _gates.register("_test_first", "万金"), _gates.register("_test_second", "博宝")
    bits = _gates.classes(text)
    assert len(bits) == len(text)
    assert bool(_gates.present(text) & first) == any(c in "万金" for c in text)
    want = [i for i in range(len(text) - 1) if text[i] in "万金" and text[i + 1] in "博宝"]
    assert _gates.pair_starts(text, first, second) == want


@given(texts("甲,;.a\n体育"), st.sampled_from([",;", ".", "体育"]))
def test_find_all_and_positions(text, chars):
    if len(chars) == 1 or chars.isascii():
        want = sorted(i for i, c in enumerate(text) if c in chars)
        assert _gates.positions(text, chars) == want
    else:
        assert _gates.find_all(text, chars) == [i for i in range(len(text)) if text.startswith(chars, i)]


# --------------------------------------------------------------------------- spam

SPAM_PIECES = [
    "万博", "体育", "娱乐", "APP", "_", "-", "·", " ", "\n", "。", "开云", "(中国)", "官方网站", "kaiyun", ".com",
    "188金宝博", "365体育", "彩金博鱼", "新宝", "大发", "立博", "设立博物馆", "九游会", "乐鱼", "leyu", "v2.1",
    "ob", "K8", "x", "1", "8", "规定", "金", "博",
]


@settings(max_examples=300)
@given(texts(SPAM_PIECES))
def test_spam_hints_equal_the_scans(text):
    old_cjk = []
    hint = spam._CJK_HINT_RE.search(text)
    while hint:
        old_cjk.append(hint.start())
        hint = spam._CJK_HINT_RE.search(text, hint.start() + 1)
    assert spam._cjk_hints(text) == old_cjk
    assert spam._latin_hints(text) == [m.start() for m in spam._LATIN_HINT_RE.finditer(text)]
    assert spam._repeat_hints(text) == spans(spam._REPEAT_PREFILTER.finditer(text))


FURNITURE_PIECES = [
    "打印", "关闭", "【", "】", "[", "]", "扫一扫", "在手机打开当前页", "分享到：", "字体：大 中 小", "首页", " > ",
    "正文", "来源：", "ICP备1号", "版权所有", "(C)", "©", "Copyright", "\n", "\n", " ", "\u3000", "。", "第一条", "规定",
    "上一篇：", "您的位置：", "|", "Print", "Close", "上一页", "下一页", " 1 2 3 ", "第1页", "共3页", "分享至：", "朋友圈",
    "扫一扫 手机看", "附件下载：", "某条例.doc", "[1]", "注释：", "English", "长辈版", "时间：2020-05-14",
]


@settings(max_examples=300)
@given(texts(FURNITURE_PIECES))
def test_furniture_fast_paths_equal_the_scans(text):
    # every line that has a furniture shape is reached by a hint
    hinted = {text.rfind("\n", 0, h) + 1 for h in furniture._furniture_hints(text)}
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for start in starts:
        m = furniture.FURNITURE_LINE_RE.match(text, start)
        if m and m.group(0).strip():
            assert start in hinted, text[start:m.end()]
    # glued junk: searching from the last line finds what the window search finds
    window = max(0, len(text) - furniture._TAIL_WINDOW)
    body_end = len(text) - 1 if text.endswith("\n") else len(text)
    tail = max(window, text.rfind("\n", 0, body_end) + 1)
    for pattern in (furniture.TRAILING_JUNK_RE, furniture.STRONG_TRAILING_JUNK_RE):
        a, b = pattern.search(text, window), pattern.search(text, tail)
        assert (a and a.span()) == (b and b.span())


# --------------------------------------------------------------------------- width

WIDTH_PIECES = list(",;:?!.()\"'（）“”：，。０１Ａｚ．＠－＋／@/:a1 \n中文条") + ["://", "www.", "...", "0519－85681627"]


@settings(max_examples=300)
@given(texts(WIDTH_PIECES))
def test_width_candidate_scans_equal_finditer(text):
    latin = _gates.latin1_chars(text)
    assert spans(width._paren_pairs(text)) == spans(width._PAREN_PAIR_RE.finditer(text))
    assert spans(width._half_pairs(text, latin)) == spans(width._HALF_PAIR_RE.finditer(text))
    for pattern, chars in ((width._SIMPLE_RE, ",;:?!"), (width._PERIOD_RE, "."), (width._LONE_PAREN_RE, "()")):
        fast = [m.span() for i in _gates.positions(text, chars) if (m := pattern.match(text, i))]
        assert fast == spans(pattern.finditer(text))


# --------------------------------------------------------------------------- layout

LAYOUT_PIECES = [
    "第", "一", "条", "章", "总", "则", " ", "  ", "\u3000", "\u3000\u3000", "\n", "\n\n", "。", "，", "）", "a", "\xa0",
    "\t", "\x1c", "目录", "目 录", "第一章 总则", "附件",
]


@settings(max_examples=400)
@given(texts(LAYOUT_PIECES))
def test_layout_fast_paths_equal_the_scans(text):
    assert spans(layout._suspicious_gaps(text)) == spans(layout._SUSPICIOUS_GAP.finditer(text))
    if layout._WRAP_CANDIDATE.search(text):
        assert layout._WRAP_GATE.search(text)
    assert spans(layout._division_lines(text)) == spans(layout._DIVISION_LINE.finditer(text))
    for pos in (1, 3):
        assert spans(layout._division_lines(text, pos)) == spans(layout._DIVISION_LINE.finditer(text, pos))


# --------------------------------------------------------------------------- mojibake


@given(st.binary(max_size=12), st.lists(st.sampled_from("中文为了规范第一条发布日期"), min_size=1, max_size=6))
def test_dropped_pair_prune_is_exact(noise, chars):
    """_pairs_after keeps every pair that can lead to valid UTF-8 after a prefix."""
    data = "".join(chars).encode() + noise
    for cut in range(len(data) + 1):
        prefix = data[:cut]
        try:
            import codecs

            decoder = codecs.getincrementaldecoder("utf-8")()
            decoder.decode(prefix)
        except UnicodeDecodeError:
            continue
        allowed = set(mojibake._pairs_after(decoder.getstate()[0]))
        for pair in mojibake._DROPPED_PAIRS:
            if pair not in allowed:
                try:
                    (prefix + pair + data[cut:]).decode("utf-8")
                except UnicodeDecodeError:
                    continue
                raise AssertionError((prefix, pair))


# --------------------------------------------------------------------------- ingest

MD_PIECES = ["# ", "## ", "   ### ", "> ", ">", "- ", "* ", "+ ", "  ", "\t", "---", "***", "___", "<!-- c -->",
             "\x00", "**粗**", "第一条", "-3℃", "*", "-", "#", "\n", "\n", " ", "文本", "- **第二条**"]


@settings(max_examples=400)
@given(texts(MD_PIECES))
def test_markdown_line_passes_equal_the_multiline_scans(body):
    assert ingest._strip_line_prefixes(body) == ingest._MD_PREFIX.sub("", body)
    assert ingest._drop_comment_lines(body) == ingest._MD_COMMENT_LINE.sub("", body)


def test_relative_name_equals_pathlib(tmp_path):
    cases = [
        (Path("/tmp/corpus/DLC/a.md"), Path("/tmp/corpus")),
        (Path("/tmp/corpus2/a.md"), Path("/tmp/corpus")),
        (Path("raw/b.txt"), Path("raw")),
        (Path("a/b"), Path(".")),
        (Path("/a/b"), Path("/")),
        ("raw/x/y.txt", "raw"),
    ]
    for path, root in cases:
        try:
            want = Path(path).relative_to(root).as_posix()
        except ValueError:
            want = ValueError
        try:
            got = ingest._relative_name(path, root)
        except ValueError:
            got = ValueError
        assert got == want, (path, root)


def test_clean_corpus_markdown_passes(clean_corpus_files):
    """On clean corpus files the fast Markdown passes give the plain passes' text."""
    for path in clean_corpus_files[::7]:
        body = ingest.split_front_matter(Path(path).read_text(encoding="utf-8"), str(path))[1]
        commented = ingest._MD_COMMENT.sub("\x00", body)
        assert ingest._drop_comment_lines(commented) == ingest._MD_COMMENT_LINE.sub("", commented)
        assert ingest._strip_line_prefixes(body) == ingest._MD_PREFIX.sub("", body)


@settings(max_examples=400)
@given(texts(["\n", "\n\n", "\n\n\n", " ", "  ", "\t", "\u3000", "\xa0", "第一条 为了。", "甲", "\x1c"]))
def test_blank_line_gate_holds_the_three_padding_scans(text):
    padded = (
        layout._WHITESPACE_LINE.search(text) is not None
        or layout._TAB_PAD.search(text) is not None
        or layout._SPACE_PAD.search(text) is not None
    )
    if padded:
        assert layout._might_need_blank_fix(text)


@settings(max_examples=300)
@given(texts(["第", " ", "\u3000", "\xa0", "\t", "一", "十二", "条", "章", "分", "编", "款", "\n", "总则"]))
def test_spaced_labels_equal_finditer(text):
    assert spans(layout._spaced_labels(text)) == spans(layout._SPACED_LABEL.finditer(text))


# --------------------------------------------------------------------------- linear rewrites (issue 18)

#: ``_BLANK_LAYOUT`` before its ``pad`` branch was made linear (cubic on a run of tabs
#: that does not end its line): the definition the rewrite must equal.
_HS = layout._HS
_BLANK_LAYOUT_BEFORE = regex.compile(
    rf"""
    (?P<lead>\A\s*\n)
  | (?P<wsline>(?<=\n|\A){_HS}+(?=\n|\Z))
  | (?P<pad>{_HS}*(?:\t|[ ]{{2}}){_HS}*(?=\n|\Z))
  | (?P<tail>\n(?:{_HS}*\n){{2,}}{_HS}*\Z)
  | (?P<run>\n(?:{_HS}*\n){{4,}})
  | (?P<short>\n(?:{_HS}*\n){{2,3}})
    """,
    regex.VERBOSE,
)
TAB_PIECES = ["\t", "\t\t", " ", "  ", "\u3000", "\xa0", "\u2003", "\n", "\n\n", "中", "a", "第一章", "\x1c", "\x0b", "\r"]


def test_blank_layout_reference_is_the_old_pattern():
    assert _BLANK_LAYOUT_BEFORE.pattern != layout._BLANK_LAYOUT.pattern


@settings(max_examples=500)
@given(texts(TAB_PIECES))
def test_table_rows_and_padding_equal_the_regex_scans(text):
    from corpus_tools.clean import evidence

    assert evidence._tab_lines(text) == spans(evidence._TAB_LINE.finditer(text))
    for line in text.split("\n"):
        assert evidence._has_separator(line) == bool(evidence._TABLE_ROW.match(line))
    assert layout._has_line_end_padding(text) == bool(layout._TAB_PAD.search(text) or layout._SPACE_PAD.search(text))
    assert [(m.lastgroup, m.span()) for m in layout._BLANK_LAYOUT.finditer(text)] == [
        (m.lastgroup, m.span()) for m in _BLANK_LAYOUT_BEFORE.finditer(text)
    ]


DIVISION_PIECES = ["第", "一", "十", "1", "１", "章", "节", "分编", "条", " ", "\t", "\u3000", ".", "…", "·", "—", "-", "．",
                   "x", "总则", "\n", "目录"]


@settings(max_examples=500)
@given(texts(DIVISION_PIECES))
def test_division_lines_equal_the_regex_with_labels_and_titles(text):
    for pos in (0, 1, 3):
        assert [(m.span(), m.label, m.title) for m in layout._division_lines(text, pos)] == [
            (m.span(), m.group("label"), m.group("title")) for m in layout._DIVISION_LINE.finditer(text, pos)
        ]


def _headerless_lists_by_definition(text: str, heads: list) -> list[int]:
    """The loop the rule ran before issue 18 (a run, then a scan of every later heading)."""
    found, i = [], 0
    while i < len(heads) - 2:
        if not layout._only_space(text, heads[i].end, heads[i + 1].start):
            i += 1
            continue
        run = layout._toc_run(text, heads, i, heads[i].start)
        later, k = heads[i + len(run):], 0
        for head in later:
            if k < len(run) and head.key == run[k].key:
                k += 1
        if len(run) >= 3 and k == len(run):
            found.append(i)
            i += len(run)
        else:
            i += 1
    return found


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["第一章 甲\n", "第二章 乙\n", "第三章 丙\n", "第四章 丁\n", "正文。\n", "\n"]), max_size=40).map("".join))
def test_headerless_heading_lists_equal_the_definition(text):
    heads = layout._headings(text)
    assert layout._headerless_lists(text, heads) == _headerless_lists_by_definition(text, heads)


@settings(max_examples=500)
@given(texts(FURNITURE_PIECES + ["第", "第一条 为了。", "第2页", "第 3 页", "　　第一条", "京ICP备1号", "公网安备", "网站标识码：1", "。", "x" * 30]))
def test_furniture_line_gate_equals_the_line_regex(text):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for start in starts:
        a, b = furniture._furniture_line(text, start), furniture.FURNITURE_LINE_RE.match(text, start)
        assert (a and a.span()) == (b and b.span()), text[start:]
