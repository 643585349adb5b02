"""The pieces family (:mod:`corpus_tools.clean.piece_joins`): a text joined from pieces that overlap or come in the
wrong order, members the mechanism was not shown.

Development members: set 14's paged reader view that repeats the last paragraph of a page at the top of the next,
set 13's pages joined in the order of their file names.  The generators here are siblings written for this room:
three tuned on (a retrieval chunker's character overlap cut mid-sentence, joined by a newline; scrolled
screenshots OCR'd screen by screen, each repeating the previous screen's last lines; a Markdown reader view
repeating the last paragraph with blank lines between paragraphs), two held out and never tuned on (a page scanned
twice, the scans kept one after the other; a chunker's overlap joined with no separator at all).  Their figures
before and after the mechanism are in the room's report; the tests pin the after.
"""

from __future__ import annotations

import random

import pytest

from corpus_tools.clean import clean_and_explain
from tests.test_family_order30 import _articles, _law as _law30


def _law(seed: int, articles: int = 30) -> tuple[str, list[str]]:
    """order30's law without two identical paragraphs in a row (its sentences are drawn with replacement)."""
    title, lines = _law30(seed, articles)
    out: list[str] = []
    for line in lines:
        if not out or out[-1] != line:
            out.append(line)
    return title, out


def _runs(lines: list[str], r: random.Random, low: int = 4, high: int = 9) -> list[list[str]]:
    pages, k = [], 0
    while k < len(lines):
        n = r.randint(low, high)
        pages.append(lines[k : k + n])
        k += n
    return pages


# --------------------------------------------------------------------------- the members


def chunk_overlap_newline(seed: int) -> str:
    """Tuned sibling: a retrieval pipeline's fixed-size chunker (N characters, an overlap of M) whose chunks a
    crawler joined with a newline: each chunk starts with the previous chunk's last M characters, cut anywhere."""
    r = random.Random(seed)
    title, lines = _law(seed)
    body = "\n".join(lines) + "\n"
    size, overlap = r.randint(180, 320), r.randint(20, 60)
    step = size - overlap
    chunks = [body[k : k + size] for k in range(0, max(1, len(body) - overlap), step)]
    return title + "\n" + "\n".join(c.rstrip("\n") for c in chunks) + "\n"


def scrolled_screens(seed: int) -> str:
    """Tuned sibling: a long page captured as scrolled screenshots and OCR'd screen by screen; each screen repeats
    the previous screen's last one to three lines."""
    r = random.Random(seed)
    title, lines = _law(seed)
    out: list[str] = []
    k = 0
    while k < len(lines):
        n = r.randint(6, 11)
        screen = lines[k : k + n]
        if out:
            screen = lines[max(0, k - r.randint(1, 3)) : k] + screen
        out.extend(screen)
        k += n
    return title + "\n" + "\n".join(out) + "\n"


def reader_view_blank_lines(seed: int) -> str:
    """Tuned sibling: a Markdown reader view (paragraphs between blank lines) paged every few paragraphs, each page
    opening with the previous page's last paragraph."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r)
    out: list[str] = []
    for i, page in enumerate(pages):
        out.extend(([pages[i - 1][-1]] if i else []) + page)
    return title + "\n\n" + "\n\n".join(out) + "\n"


def rescanned_page(seed: int) -> str:
    """HELD-OUT sibling: a scanned document whose operator fed one page or two twice: the page's text twice in a
    row, each copy a page of its own (form feeds between pages)."""
    r = random.Random(seed)
    title, lines = _law(seed)
    pages = _runs(lines, r, 6, 12)
    again = set(r.sample(range(len(pages)), min(2, len(pages))))
    out: list[str] = []
    for i, page in enumerate(pages):
        out.extend(["\n".join(page) + "\n"] * (2 if i in again else 1))
    return title + "\n\n" + "\f".join(out)


def chunk_overlap_glued(seed: int) -> str:
    """HELD-OUT sibling: a sentence-window chunker's chunks (overlapping by M characters) concatenated with no
    separator: the overlap stands twice in a row, inside a line or across one."""
    r = random.Random(seed)
    title, lines = _law(seed)
    body = "\n".join(lines) + "\n"
    size, overlap = r.randint(200, 400), r.randint(16, 50)
    step = size - overlap
    chunks = [body[k : k + size] for k in range(0, max(1, len(body) - overlap), step)]
    return title + "\n" + "".join(chunks)


TUNED = {"chunk_overlap_newline": chunk_overlap_newline, "scrolled_screens": scrolled_screens,
         "reader_view_blank_lines": reader_view_blank_lines}
HELD_OUT = {"rescanned_page": rescanned_page, "chunk_overlap_glued": chunk_overlap_glued}


def _score(clean: str, lines: list[str]) -> float:
    """The share of the law's articles that ``clean`` holds once, whole, in the law's order (a copy left by the
    joiner costs the article: order30's score finds the first copy and would not see it)."""
    body = [s.strip() for s in clean.replace("\f", "\n").split("\n") if s.strip()]
    got = _articles(body)
    want = _articles(lines)
    heads = [a.split(" ", 1)[0] for a in got]
    ok, cursor = 0, 0
    for a in want:
        head = a.split(" ", 1)[0]
        if heads.count(head) == 1 and got[heads.index(head)] == a and heads.index(head) >= cursor:
            ok += 1
            cursor = heads.index(head)
    return ok / len(want)


def figure(member, seeds=range(6)) -> float:
    """The share of the law's articles that come out of the cleaner once, whole and in order, over ``seeds``."""
    got = []
    for seed in seeds:
        _, lines = _law(seed)
        got.append(_score(clean_and_explain(member(seed), source_format="text").text, lines))
    return sum(got) / len(got)


@pytest.mark.parametrize("name", sorted(TUNED))
def test_tuned_siblings_come_out_once(name):
    # (before the mechanism: 52.8 %, 76.7 %, 76.1 %; the chunker's one miss is a copy of whole sentences after a
    # label, the shape of the law's own repeat, kept)
    # (session 33: a labelled paragraph set apart by a blank line with no page boundary stays, the scraper's repeated
    # paragraph that validation flags, tests/test_every_scrape_builds: the Markdown reader view 100 % -> 77.2 %)
    assert figure(TUNED[name]) >= {"chunk_overlap_newline": 0.99, "reader_view_blank_lines": 0.77}.get(name, 1.0)


#: The held-out siblings' figures after the mechanism, measured once and never tuned on (before: 68.9 % and 61.1 %).
HELD_OUT_AFTER = {"rescanned_page": 1.0, "chunk_overlap_glued": 0.97}


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_siblings_come_out_once(name):
    assert figure(HELD_OUT[name]) >= HELD_OUT_AFTER[name]


# --------------------------------------------------------------------------- precision

from corpus_tools.clean.edits import apply_edits  # noqa: E402
from corpus_tools.clean.piece_joins import overlap_edits  # noqa: E402
from tests.timing import small_and_large  # noqa: E402


def test_a_law_in_one_piece_stays_byte_identical():
    for seed in range(4):
        title, lines = _law(seed)
        page = title + "\n\n" + "\n\n".join(lines) + "\n"
        assert overlap_edits(page) == []
        assert _score(clean_and_explain(page, source_format="text").text, lines) == 1.0


@pytest.mark.parametrize("page", [
    # one sentence in two articles, in several annexes, one 款 in two 条
    "第一条 本条例自二〇二一年三月一日起施行。\n第二条 本条例自二〇二一年三月一日起施行。\n",
    "附件一\n本办法由市人民政府负责解释，自发布之日起施行。\n附件二\n本办法由市人民政府负责解释，自发布之日起施行。\n",
    # a paragraph's last sentence opening the next paragraph alone (whole sentences, after a label)
    "第四条 违反本条例规定的，依法给予处罚。具体办法由市人民政府另行制定。\n具体办法由市人民政府另行制定。\n",
    "第三十一条 经鉴定，农业机械的适用性、安全性、可靠性不符合国家和省有关规定的，由省农业机械化主管部门按照下列规定处理：\n\n"
    "经鉴定，农业机械的适用性、安全性、可靠性不符合国家和省有关规定的，由省农业机械化主管部门按照下列规定处理：\n\n（一）已取得证书的，注销。\n",
    # a table's identical rows, a short answer twice, a title above itself, metadata twice
    "| 绿色旅游示范区 | 市人民政府 | 二〇二一年 | 合格 |\n| 绿色旅游示范区 | 市人民政府 | 二〇二一年 | 合格 |\n",
    "是\n是\n否\n否\n",
    "某市绿色旅游促进条例实施细则\n某市绿色旅游促进条例实施细则\n第一条 为了规范。\n",
    "发布机关：某市人民代表大会常务委员会办公厅\n发布机关：某市人民代表大会常务委员会办公厅\n",
    # an amendment quoting the old text next to the new
    "一、将第三条修改为：“本市应当加强绿色旅游工作的领导。”\n原第三条：“本市应当加强旅游工作的领导。”\n",
    # a whole short document given twice (two documents: the structure stage's to split)
    "第一条 为了规范本市绿色旅游工作，制定本规定。\n第二条 本规定自公布之日起施行。\n"
    "第一条 为了规范本市绿色旅游工作，制定本规定。\n第二条 本规定自公布之日起施行。\n",
])
def test_the_laws_own_repeats_stay(page):
    assert overlap_edits(page) == []


def test_a_labelled_item_after_itself_goes_however_short():
    page = "下列行为：\n（一）擅自设置户外广告设施；\n（一）擅自设置户外广告设施；\n（二）张贴商业广告。\n"
    assert apply_edits(page, overlap_edits(page)) == "下列行为：\n（一）擅自设置户外广告设施；\n（二）张贴商业广告。\n"


def test_a_scrolled_screen_repeating_two_lines_and_a_page_fed_three_times():
    a = "第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n"
    b = "第十条 旅游经营者应当遵守法律、法规和本条例的规定，明码标价。\n"
    c = "第十一条 鼓励旅游经营者采用节能、节水、减排的技术和设备。\n"
    assert apply_edits(a + b + a + b + c, overlap_edits(a + b + a + b + c)) == a + b + c
    page = "某市条例\n\n" + "\f".join([a + b] * 3 + [c])
    assert clean_and_explain(page, source_format="text").text.count("第九条") == 1


# --------------------------------------------------------------------------- robustness

_LINE = "第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。"


@pytest.mark.parametrize("page", [
    "", "\n", _LINE, _LINE + "\n", "\f" + _LINE + "\f" + _LINE, (_LINE + "\r\n") * 2 + "第十条 本条例自公布之日起施行。\r\n",
    (_LINE + "\n") * 50, _LINE + _LINE, "是" * 5000, ("，" + "是" * 5) * 900, "\n".join("甲乙丙丁戊己" for _ in range(300)),
])
def test_hostile_pages_never_raise(page):
    edits = overlap_edits(page)
    out = apply_edits(page, edits)
    assert all(not e.after for e in edits)
    if page.count("第九条") == 2 and "第十条" in page:  # (session 33: a page that is nothing but its two copies stays)
        assert out.count("第九条") == 1
    if page.count("第九条") > 2:  # (session 33: three copies or more in a row, nothing between, are the page's own)
        assert out == page
    clean_and_explain(page, source_format="text")


def test_crlf_copies_keep_one():
    page = (_LINE + "\r\n") * 2 + "第十条 本条例自公布之日起施行。\r\n"
    assert apply_edits(page, overlap_edits(page)) == _LINE + "\r\n" + "第十条 本条例自公布之日起施行。\r\n"


def test_overlap_scan_is_linear():
    # keys that recur at every distance, near-copies that differ at their end, and true copies
    unit = ("第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以配合。\n第九条 区人民政府负责本区域的具体工作，乡镇人民政府予以支持。\n"
            "县级以上人民政府应当，县级以上人民政府应当，县级以上人民政府负责。\n")
    small, large = small_and_large(overlap_edits, unit, 20_000, 200_000)
    assert large < 20 * small + 0.05
