"""The fast paths of the structure stage give what the plain computations give, on any text.

Each speed-up of issue 7 replaced a computation by a cheaper one that must be
equal on every input, odd ones included (labels after spaces, ``\\r``, blank
lines, brackets, a text that starts with a label).  Hypothesis draws texts
from the characters those computations look at and compares the fast path with
the plain one, kept here as the reference.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus_tools.structure import _frame, _last_article
from corpus_tools.structure.articles import flatten_rows, outline_rows
from corpus_tools.structure.documents import _ATTACHMENT, _ATTACHMENT_FIRST, _MAYBE_ATTACHMENT
from corpus_tools.structure.tree import (_LIST, _STRUCT, _struct_matches, after_articles, article_paragraphs, layout_paragraph_starts,
                                         outline, parse)

#: Characters that make labels, headings, items, attachments and line structure.
ALPHABET = "第一二三十百条條章节编分之目录錄附件则12３（）()【】[] \t\u3000\xa0\n\r甲乙。；：:、.．①"
texts = st.text(alphabet=ALPHABET, max_size=80)
#: Texts made of plausible lines, so that labels are common.
LINES = ["1 甲：", "2 乙。", "第一条 甲。", "第二条　乙：", "（一）丙；", "1.丁；", "第一章 总则", "  第三条甲", "目录", "附件1",
         "附件", "【第四条】", "第 五 条 戊", "", "　", "\r", "前款…", "第二节 分则", "第一编", "附则",
         "第一章 总则", "第二章 分则", "第一节 甲", "第一分编 乙", "第二编 丙", "第一条之一 丁", "第二条（目的）戊", "第 3 条 己"]
documents = st.lists(st.sampled_from(LINES) | texts, max_size=12).map("\n".join)


def _reference_paragraphs(text: str, body: int, end: int) -> tuple[str, ...]:
    paras: list[str] = []
    kept = [line for line in (piece.strip(" \t\u3000\xa0\r") for piece in text[body:end].split("\n")) if line]
    numbered = layout_paragraph_starts(kept)  # Taiwan's print numbers its paragraphs: they run number to number
    if numbered is not None:
        for i, line in enumerate(kept):
            if i in numbered:
                paras.append(line)
            else:
                paras[-1] += "\n" + line
        return tuple(paras)
    for line in text[body:end].split("\n"):
        line = line.strip(" \t\u3000\xa0\r")
        if not line:
            continue
        if paras and _LIST.match(line):
            paras[-1] += "\n" + line
        else:
            paras.append(line)
    return tuple(paras)


def _reference_last_article(tree):
    last = None
    stack = list(tree.children)
    while stack:
        node = stack.pop()
        if node.type == "article":
            if last is None or node.start > last.start:
                last = node
        elif node.type in ("part", "subpart", "chapter", "section"):
            stack.extend(node.children)
    return last


@settings(max_examples=400, deadline=None)
@given(documents)
def test_candidate_scan_finds_every_match_of_the_full_scan(text: str) -> None:
    fast = [(m.span(), m.groups()) for m in _struct_matches(text)]
    assert fast == [(m.span(), m.groups()) for m in _STRUCT.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(documents, st.integers(0, 40), st.integers(0, 80))
def test_article_paragraphs_equal_the_line_loop(text: str, body: int, end: int) -> None:
    assert article_paragraphs(text, body, end) == _reference_paragraphs(text, body, end)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_attachment_gate_never_hides_an_attachment_line(text: str) -> None:
    if not _MAYBE_ATTACHMENT.search(text) and not _ATTACHMENT_FIRST.match(text):
        assert not list(_ATTACHMENT.finditer(text))


@settings(max_examples=300, deadline=None)
@given(documents)
def test_last_article_is_the_one_that_starts_last(text: str) -> None:
    tree = parse(text, deep=False)
    assert _last_article(tree) is _reference_last_article(tree)


#: Texts made of structural lines only, so that parts, chapters, sections, duplicates and TOCs nest.
STRUCTURAL = ["第一编 甲", "第一分编 乙", "第一章 总则", "第二章 分则", "第一节 丙", "第二节 丁", "第一条 戊。",
              "第二条（目的）己", "第二条之一 庚", "第三条 辛", "目录", "序言", "（一）壬；", ""]
outlines = st.lists(st.sampled_from(STRUCTURAL), max_size=16).map("\n".join)


@settings(max_examples=600, deadline=None)
@given(documents | outlines)
@example("1①\n第一条 甲。\n①")  # a footnote the header calls: a closing block under the last article
def test_outline_rows_equal_the_rows_of_the_tree(text: str) -> None:
    """Rows written straight from the outline (documents with articles) are the tree's rows."""
    plan = outline(text)
    if not plan.has_articles:
        return
    fast_arts: list = []
    fast_provs: list = [("earlier row",)]  # ordinals count this document's rows only
    pre_end, last_article = outline_rows(text, plan.events, plan.toc, "d", "f", fast_arts, fast_provs)
    tree = parse(text, deep=False)
    arts: list = []
    provs: list = [("earlier row",)]
    flatten_rows(tree, text, "d", "f", arts, provs)
    assert fast_provs == provs
    assert fast_arts == arts
    # the closing block under the last article (end matter, footnotes) is the outline's too
    assert (pre_end, after_articles(text, plan.events, plan.toc), last_article) == _frame(tree)


def _reference_order_start(text: str, lo: int, hi: int) -> int | None:
    """Every non-blank line squeezed and matched (the code before the 令 gate)."""
    from corpus_tools.structure.documents import ORDER_HEADER, _split_lines, _squeezed, is_doc_number

    lines = _split_lines(text, lo, hi)
    for k in range(1, len(lines) - 1):
        if ORDER_HEADER.match(_squeezed(text[lines[k][0]:lines[k][1]])) and is_doc_number(text[lines[k + 1][0]:lines[k + 1][1]]):
            return lines[k][0]
    return None


#: Lines of orders, their numbers, other lines that hold 令, and blank lines of every kind.
ORDER_LINES = ["中华人民共和国主席令", "国务院令", "主 席 令", "主席令　", "第十二号", "第 5 号", "国令第707号", "责令改正。",
               "令", "新闻", "", " ", "\u3000", "\u200b", "\r", "甲令乙", "&nbsp;", "某法已通过。", "第一条 甲。"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(ORDER_LINES) | texts, max_size=10).map("\n".join), st.integers(0, 30), st.integers(0, 120))
def test_order_start_equals_the_scan_of_every_line(text: str, lo: int, hi: int) -> None:
    from corpus_tools.structure.documents import _order_start

    lo, hi = min(lo, len(text)), min(max(hi, lo), len(text))
    assert _order_start(text, lo, hi) == _reference_order_start(text, lo, hi)


def _reference_unique_eid(own: str, seen: dict) -> str:
    """The eid dedup before issue 18: ``-2``, ``-3``… tried from ``-2`` on every call."""
    if own in seen:
        k = 2
        while f"{own}-{k}" in seen:
            k += 1
        own = f"{own}-{k}"
    seen[own] = 2
    return own


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["art_1", "art_1-2", "art_1-3", "art_2", "chp_1", "art_1-2-2", "preamble"]), max_size=40))
def test_unique_eid_gives_the_eids_of_the_scan_from_two(owns: list[str]) -> None:
    from corpus_tools.structure.tree import unique_eid

    fast: dict = {}
    slow: dict = {}
    assert [unique_eid(own, fast) for own in owns] == [_reference_unique_eid(own, slow) for own in owns]


#: Labels repeated, so that siblings share eids (``art_1``, ``art_1-2`` …), with and without articles.
REPEATED = ["第一条", "第一条 甲。", "第一条之一", "第二条", "第一章", "第一章 总则", "第一节", "第一编", "第一分编",
            "一、甲", "（一）乙", "1.丙", "（1）丁", "①戊", "目录", "", "附件", "特此公告。"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(REPEATED), max_size=40).map("\n".join))
def test_structure_rows_equal_those_of_the_old_eid_dedup(text: str) -> None:
    """Documents, article rows and provision rows are those of the dedup that scanned from ``-2``."""
    from unittest import mock

    from corpus_tools.records import CleanedPage, RawPage
    from corpus_tools.structure import structure_rows
    from corpus_tools.structure.tree import build_tree

    text = "某市物业管理条例\n" + text
    cleaned = CleanedPage(RawPage("page.txt", "0" * 64, "utf-8", "text", text), text)
    fast = structure_rows(cleaned), build_tree(text)
    with mock.patch("corpus_tools.structure.tree.unique_eid", _reference_unique_eid), \
            mock.patch("corpus_tools.structure.articles.unique_eid", _reference_unique_eid):
        slow = structure_rows(cleaned), build_tree(text)
    assert fast == slow
