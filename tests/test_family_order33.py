"""The pieces family (:mod:`corpus_tools.clean.piece_joins`), session 33: members joined twice with JOIN evidence.

A repeated stretch goes only where the page witnesses that two pieces were joined there (a page boundary between
the copies, a line the joiner cut that the repeat completes, the law's own numbering repeating).  The generators
here are siblings the room was not shown (the development member is set 14's paged reader view; order32's five
siblings live in ``tests/test_family_order32.py``), spread over the mechanism's axes: what stands between the two
copies (nothing, a line break, a form feed, a page footer, a page marker, a reader's progress line, a loader
widget), what unit is repeated (characters cut anywhere, a line, a block of lines, a whole page) and where the
join's witness is (a cut, a boundary, the numbering):

* tuned on: a browser's print-to-PDF (``pdftotext``: a footer ``第 N 页 共 M 页`` and a form feed, the line the
  page break split printed again at the next page's top); a paginated CMS article with a page fetched twice (a
  page marker between the pages); a section of articles pasted twice (nothing between: the numbering repeats); an
  infinite-scroll page whose last batch was loaded twice (a ``加载更多`` widget line between); a "read more"
  preview cut mid-sentence and followed by the full text;
* HELD OUT (written first, their figure recorded before the mechanism and never tuned on): an e-book reader's
  pages (a progress line ``位置 123/4567`` or ``12%`` between pages, each page repeating the previous page's last
  line); a chunked transfer whose chunk was resent (a chunk's bytes twice, glued anywhere in a line).
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean_and_explain
from tests.test_family_order32 import _law, _runs, _score


def figure(member, seeds=range(6)) -> float:
    """The share of the law's articles that come out of the cleaner once, whole and in order, over ``seeds``."""
    got = []
    for seed in seeds:
        _, lines = _law(seed)
        got.append(_score(clean_and_explain(member(seed), source_format="text").text, lines))
    return sum(got) / len(got)


# --------------------------------------------------------------------------- held out (written first)


def ebook_location_pages(seed: int) -> str:
    """HELD-OUT sibling: an e-book reader's text export (or OCR of its screens): each page ends with a progress
    line (``位置 123/4567``, ``12%``, ``第 3 页``) and opens with the previous page's last line."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 5, 9)
    total = sum(len(s) for s in lines)
    style = r.choice(("loc", "pct", "frac"))
    out: list[str] = []
    seen = 0
    for i, page in enumerate(pages):
        body = ([pages[i - 1][-1]] if i else []) + page
        out.extend(body)
        seen += sum(len(s) for s in page)
        if i < len(pages) - 1:
            out.append({"loc": f"位置 {seen // 3}/{total // 3}", "pct": f"{100 * seen // total}%",
                        "frac": f"{i + 1} / {len(pages)}"}[style])
    return title + "\n" + "\n".join(out) + "\n"


def chunk_resent(seed: int) -> str:
    """HELD-OUT sibling: a chunked transfer (HTTP chunks, a serial or modem link) whose chunk was resent after a
    lost acknowledgement, and the receiver appended both: one chunk's characters twice in a row, the cut anywhere
    in a line (mid-word, mid-sentence)."""
    r = random.Random(seed)
    title, lines = _law(seed)
    body = "\n".join(lines) + "\n"
    size = r.randint(120, 300)
    chunks = [body[k : k + size] for k in range(0, len(body), size)]
    again = set(r.sample(range(1, len(chunks) - 1), min(2, len(chunks) - 2)))
    return title + "\n" + "".join(c * (2 if i in again else 1) for i, c in enumerate(chunks))


# --------------------------------------------------------------------------- tuned siblings


def print_pdf_footer(seed: int) -> str:
    """Tuned sibling: a browser's print-to-PDF of the law page, read back with ``pdftotext``: each page ends with
    the browser's footer (``第 N 页 共 M 页`` or ``N/M``) and a form feed, and the line the page break split is
    printed again at the next page's top."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 6, 11)
    style = r.choice(("第 {n} 页 共 {m} 页", "{n}/{m}", "- {n} -"))
    out = []
    for i, page in enumerate(pages):
        body = ([pages[i - 1][-1]] if i else []) + page
        out.append("\n".join(body) + "\n\n" + style.format(n=i + 1, m=len(pages)) + "\n")
    return title + "\n" + "\f".join(out)


def paginated_page_fetched_twice(seed: int) -> str:
    """Tuned sibling: a paginated CMS article (``index.html``, ``index_1.html`` …) whose crawler fetched a page twice
    (a retry after a timeout) and joined the pages with a marker of its own between them."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 5, 10)
    twice = r.randrange(1, len(pages))
    marker = r.choice(("----- 第{n}页 -----", "[Page {n}]", "<!-- page {n} -->", "【第{n}页】", "=== 分页 ==="))
    out: list[str] = []
    for i, page in enumerate(pages):
        for _ in range(2 if i == twice else 1):
            if out:
                out.append(marker.format(n=i + 1))
            out.extend(page)
    return title + "\n" + "\n".join(out) + "\n"


def pasted_section_twice(seed: int) -> str:
    """Tuned sibling: an editor who pasted a section of two to four articles twice (the clipboard's content pasted
    again), nothing between the copies: the law's numbering repeats."""
    r = random.Random(seed)
    title, lines = _law(seed)
    labelled = [k for k, s in enumerate(lines) if s.startswith("第") and "条 " in s[:8]]
    out = list(lines)
    floor = 0  # the second paste falls after the first one's copies
    for _ in range(2):
        choices = [j for j in labelled[1:-4] if j > floor]
        if not choices:
            break
        k = r.choice(choices[: max(1, len(choices) // 2)])
        n = r.randint(2, 4)
        end = k
        seen = 0
        while end < len(out) and seen <= n:
            if out[end].startswith("第") and "条 " in out[end][:8]:
                seen += 1
                if seen > n:
                    break
            end += 1
        out[end:end] = out[k:end]
        floor = end + (end - k)
        labelled = [j for j, s in enumerate(out) if s.startswith("第") and "条 " in s[:8]]
    return title + "\n" + "\n".join(out) + "\n"


def infinite_scroll_batch_twice(seed: int) -> str:
    """Tuned sibling: an infinite-scroll page saved after a batch of paragraphs was loaded twice (the "load more"
    request fired twice): the batch twice, the loader widget's line between."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 6, 12)
    twice = r.randrange(1, len(pages))
    widget = r.choice(("加载更多", "点击加载更多", "正在加载...", "查看更多 ∨"))
    out: list[str] = []
    for i, page in enumerate(pages):
        out.extend(page)
        if i == twice:
            out.append(widget)
            out.extend(page)
    return title + "\n" + "\n".join(out) + "\n"


def read_more_preview(seed: int) -> str:
    """Tuned sibling: a page that shows a preview of the law (the first N characters, cut mid-sentence, a "read
    more" link after it) and then the full text, both kept by the crawler."""
    r = random.Random(seed)
    title, lines = _law(seed)
    body = "\n".join(lines) + "\n"
    cut = r.randint(80, 240)
    while body[cut - 1] in "。；：\n":
        cut += 1
    more = r.choice(("...展开全文", "…阅读全文>>", "……[查看全文]", "... 展开阅读全文 ∨"))
    return title + "\n" + body[:cut] + more + "\n" + body


TUNED = {"print_pdf_footer": print_pdf_footer, "paginated_page_fetched_twice": paginated_page_fetched_twice,
         "pasted_section_twice": pasted_section_twice, "infinite_scroll_batch_twice": infinite_scroll_batch_twice,
         "read_more_preview": read_more_preview}
HELD_OUT = {"ebook_location_pages": ebook_location_pages, "chunk_resent": chunk_resent}
