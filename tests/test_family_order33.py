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


def print_header_running_head(seed: int) -> str:
    """Tuned sibling: a browser's print of the law page with its header and footer on (date and page title at each
    page's top, the address and ``N/M`` at its foot), read back without form feeds and with blank lines between
    pages; the line the page break split printed again after the next page's header."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 6, 11)
    stamp = f"2024/{r.randint(1, 12)}/{r.randint(1, 28)} {r.randint(8, 18)}:{r.randint(10, 59)}"
    out = []
    for i, page in enumerate(pages):
        body = ([pages[i - 1][-1]] if i else []) + page
        out.append(f"{stamp}  {title}\n" + "\n".join(body) + "\n" * r.randint(2, 6)
                   + f"https://www.example.gov.cn/zwgk/2024/{seed}.html  {i + 1}/{len(pages)}\n")
    return title + "\n" + "\n".join(out)


TUNED = {"print_header_running_head": print_header_running_head, "print_pdf_footer": print_pdf_footer, "paginated_page_fetched_twice": paginated_page_fetched_twice,
         "pasted_section_twice": pasted_section_twice, "infinite_scroll_batch_twice": infinite_scroll_batch_twice,
         "read_more_preview": read_more_preview}
HELD_OUT = {"ebook_location_pages": ebook_location_pages, "chunk_resent": chunk_resent}


#: The figures measured after the mechanism (before: base 7061e7ea without piece joins, in the room's report).
TUNED_AFTER = {"print_header_running_head": 1.0, "print_pdf_footer": 1.0, "paginated_page_fetched_twice": 0.95, "pasted_section_twice": 1.0,
               "infinite_scroll_batch_twice": 1.0, "read_more_preview": 1.0}
#: The held-out siblings' figures after the mechanism, measured once and never tuned on (before: 76.7 % and 85.0 %;
#: the e-book's misses are its progress lines, ``17%``, that no rule removes: page furniture, not a join).
HELD_OUT_AFTER = {"ebook_location_pages": 0.92, "chunk_resent": 1.0}


@pytest.mark.parametrize("name", sorted(TUNED))
def test_tuned_siblings_come_out_once(name):
    assert figure(TUNED[name]) >= TUNED_AFTER[name]


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_siblings_come_out_once(name):
    assert figure(HELD_OUT[name]) >= HELD_OUT_AFTER[name]


# --------------------------------------------------------------------------- precision: no witness, no edit

from pathlib import Path  # noqa: E402

from corpus_tools.clean.edits import apply_edits  # noqa: E402
from corpus_tools.clean.piece_joins import overlap_edits  # noqa: E402
from tests.timing import small_and_large  # noqa: E402

_A = "第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n"
_B = "第十条 旅游经营者应当遵守法律、法规和本条例的规定，明码标价。\n"
_P = "本标准规定了城市供水水质的要求、检验和监测方法等内容。\n"


@pytest.mark.parametrize("page", [
    # a block of whole lines twice with nothing between and no label: a standard's repeated paragraphs
    "1\n范围\n" + _P + "本标准适用于城市公共集中式供水、自建设施供水和二次供水。\n" + _P + "本标准适用于城市公共集中式供水、自建设施供水和二次供水。\n2\n术语\n",
    # filler lines, a poem's couplets, a labelled filler line: three copies or more in a row are the page's own
    _P * 8, "床前明月光，疑是地上霜。 举头望明月，低头思故乡。 " * 4 + "\n", "第十一条 某某某某某某某。\n" * 8,
    # one overlap of two lines (a CSV export's truncated field and the next field), no second join on the page
    "报国务院决定。《组建方案》和《章程》由你委根据本批复精神，作必要修改后印发。附件：主要成员企业名单\n"
    "根据本批复精神，作必要修改后印发。附件：主要成员企业名单国务院一九九八年七月二十一日\n",
    # the law's own: a paragraph's last sentence alone on the next line, across a page break and its number
    "第二十一条 市人民政府应当加强领导。区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n- 3 -\n区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n",
    # a table's rows across a page's number; the same sentence in two articles; a heading between copies
    "| 绿色旅游示范区 | 市人民政府 | 二〇二一年 | 合格 |\n第 2 页\n| 绿色旅游示范区 | 市人民政府 | 二〇二一年 | 合格 |\n",
    "第一条 本条例自二〇二一年三月一日起施行。\n第二条 本条例自二〇二一年三月一日起施行。\n",
    _A + "第二章 管理\n" + _A.replace("第九条", "第十条"),
])
def test_a_repeat_without_join_evidence_stays(page):
    assert overlap_edits(page) == []
    assert clean_and_explain(page, source_format="text").text.count("区人民政府负责本区域") == page.count("区人民政府负责本区域")


@pytest.mark.parametrize("gap", ["", "\n- 3 -\n", "\n第 2 页 共 5 页\n\f", "\n[Page 2]\n", "\n<!-- page 2 -->\n",
                                 "\n位置 123/4567\n", "\n36%\n", "\n加载更多\n", "\n=== 分页 ===\n", "\f"])
def test_a_labelled_line_after_itself_goes_whatever_the_boundary(gap):
    page = "某市绿色旅游促进条例\n" + _A + gap + _A + _B
    out = apply_edits(page, overlap_edits(page))
    assert out.count("第九条") == 1 and out.startswith("某市绿色旅游促进条例\n" + _A) and out.endswith(_B)
    assert out.replace(_A, "").replace(_B, "").strip("\n\f") in ("某市绿色旅游促进条例", *gap.strip("\n\f").split("\n")) or \
        gap.strip("\n\f") in out  # (a page's number stays for its rules; a widget's word goes)


def test_a_running_head_a_chunk_size_and_blank_lines_are_boundaries_too():
    head = "2024/3/5 10:23  某市绿色旅游促进条例\n"
    page = "某市条例\n" + head + _B + head + _P + "\n" + head + _P + _B
    assert apply_edits(page, overlap_edits(page)) == "某市条例\n" + head + _B + head + _P + "\n" + head + _B
    page = "某市条例\r\n" + _A.replace("\n", "\r\n") + "1f4\r\n" + _A.replace("\n", "\r\n") + _B
    assert apply_edits(page, overlap_edits(page)).count("第九条") == 1
    page = "某市条例\n" + _A + "\n" * 8 + _A + _B  # (blank lines alone: the scraper's repeated paragraph, flagged)
    assert overlap_edits(page) == []
    assert overlap_edits("某市条例\n" + _B + head + _P + "\n" + head + _P + _B) == []  # (a head twice is no running head)


def test_page_furniture_between_whole_lines_stays_for_its_rules_a_widget_goes():
    page = "某市条例\n" + _P + "\n- 3 -\n" + _P + _B
    assert apply_edits(page, overlap_edits(page)) == "某市条例\n" + _P + "\n- 3 -\n" + _B
    page = "某市条例\n" + _A + "点击加载更多\n" + _A + _B
    assert apply_edits(page, overlap_edits(page)) == "某市条例\n" + _A + _B


def test_an_unlabelled_line_goes_on_a_page_whose_other_joins_are_witnessed():
    para = "旅游经营者应当遵守法律、法规和本条例的规定，明码标价，不得欺骗。\n"
    page = "某市条例\n" + _A + _A + _B + para + para + "第十一条 本条例自公布之日起施行。\n"
    assert apply_edits(page, overlap_edits(page)) == "某市条例\n" + _A + _B + para + "第十一条 本条例自公布之日起施行。\n"
    assert overlap_edits("某市条例\n" + _B + para + para + "第十一条 本条例自公布之日起施行。\n") == []


def test_a_cut_line_completed_by_the_repeat_goes_when_the_page_has_two_joins():
    one = "第九条 区人民政府负责本区域的具体工作，乡镇人民政府\n负责本区域的具体工作，乡镇人民政府予以配合。\n"
    two = "第十条 旅游经营者应当遵守法律、法规和本条例的规定\n旅游经营者应当遵守法律、法规和本条例的规定，明码标价。\n"
    assert overlap_edits(one) == []
    assert apply_edits(one + two, overlap_edits(one + two)) == (
        "第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n第十条 旅游经营者应当遵守法律、法规和本条例的规定，明码标价。\n")


def test_a_pdf_printing_its_pages_overlapping_keeps_each_article_once():
    """field 7's Hong Kong gazette (L.N. 136 of 2020, pdftotext): its pages overlap, the numbering runs 一 to 五,
    then 一 to 十 again, then 六 to 十 again: each repeated stretch holds labels that open lines twice."""
    import re

    page = (Path(__file__).parent / "real_pages" / "field7" / "hk_ln136_2020_head.txt").read_text(encoding="utf-8")
    out = apply_edits(page, overlap_edits(page))
    labels = re.findall(r"(?m)^第([一二三四五六七八九十]+)條", out)
    assert labels[:15] == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize("page", [
    "", "\n", "\f", _A, _A[:-1], _A + _A, (_A + "\r\n").replace("\n\r\n", "\r\n") * 2 + _B, "\f" + _A + "\f" + _A + "\f",
    _A + "- 3 -\n" + _A, ("- 3 -\n" + _A) * 40, "- 3 -\n" * 500, "加载更多\n" * 500, ("…展开全文\n" + _A) * 30,
    "第" * 3000, ("第九条，" + "是" * 5) * 900, _A[:-1] + "\n加载更多" + _A[:-1],
])
def test_hostile_pages_never_raise(page):
    edits = overlap_edits(page)
    out = apply_edits(page, edits)
    assert all(not e.after for e in edits)
    assert len(out) <= len(page)
    clean_and_explain(page, source_format="text")


def test_crlf_copies_across_a_page_number_keep_one():
    page = "某市条例\r\n" + _A.replace("\n", "\r\n") + "- 3 -\r\n" + _A.replace("\n", "\r\n") + _B.replace("\n", "\r\n")
    out = apply_edits(page, overlap_edits(page))
    assert out.count("第九条") == 1 and "- 3 -" in out


def test_boundary_scan_is_linear():
    # keys that recur at every distance with a page's furniture between, near-copies that differ at their end
    unit = ("第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n- 3 -\n第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以支持。\n"
            "加载更多\n县级以上人民政府应当，县级以上人民政府应当，县级以上人民政府负责。\n第 2 页\n")
    small, large = small_and_large(overlap_edits, unit, 20_000, 200_000)
    assert large < 20 * small + 0.05
