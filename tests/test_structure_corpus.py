"""The clean corpus: every article of every law found, exact round trip, ordered dates, speed report."""

from __future__ import annotations

import time

import pytest
import regex

from corpus_tools.ingest import ingest_file
from corpus_tools.records import CleanedPage
from corpus_tools.structure import structure_page
from corpus_tools.structure.numerals import parse_numeral
from corpus_tools.structure.tree import build_tree, render

DASH = str.maketrans("－—―‐‑ー─-", "一" * 8)

_CN = "一二三四五六七八九十百千零〇两"
#: A line that starts with a 第N条 label followed by a space (ASCII or ideographic),
#: or a spaced label (第三十五 条) which is never running text.  A dash typed for 一
#: (第三十－条) is still a label.
LABEL_LINE = regex.compile(
    rf"^第(?:(?P<n>[{_CN}－—―‐‑ー─-]+)条(?:之[一二三四五六七八九十]+)?[ \u3000]"
    rf"|(?P<n>[{_CN}]+)[ \u3000]+条)",
    regex.M,
)
#: A label inside a line that is not a cross-reference (第N条规定 / 第N条第二款 / 第N条、…),
#: with what precedes it on its line.
MID_LINE_LABEL = regex.compile(rf"(?P<before>[^\n]{{1,4}})第(?P<n>[{_CN}]+)条(?![之规第款项、，；至和或及与的中所关以有])")
SENTENCE_END = regex.compile(r"[。；！？][ \u3000]*$")


def glued_labels(text: str) -> tuple[int, int]:
    """(glued labels with strong evidence, other glued-looking labels) of a page.

    A source that lost a newline glues an article to the end of the previous
    one (…由主席团会议决定。 第十六条市人民代表大会…).  A mid-line label whose
    number the label lines lack, while they have the number before it, counts
    when it follows the end of a sentence, or when the label lines also have
    the number after it (the label fills a hole between two real articles).
    The rest are reported, not counted (…刑事责任。第六章附则第四十条本条例…:
    a chapter heading glued in between).
    """
    numbers = {parse_numeral(m.group("n").translate(DASH)) for m in LABEL_LINE.finditer(text)}
    strong, weak = set(), set()
    for m in MID_LINE_LABEL.finditer(text):
        n = parse_numeral(m.group("n"))
        if n in numbers or n - 1 not in numbers:
            continue
        (strong if SENTENCE_END.search(m.group("before")) or n + 1 in numbers else weak).add(n)
    return len(strong), len(weak - strong)


def expected_articles(text: str) -> int:
    """Articles a reader counts: label lines plus labels glued into the line above (strong evidence)."""
    return len(LABEL_LINE.findall(text)) + glued_labels(text)[0]


@pytest.mark.slow
def test_clean_corpus_articles_round_trip_and_speed(clean_corpus_dir, clean_corpus_files):
    pages = [ingest_file(path, clean_corpus_dir) for path in clean_corpus_files]
    start = time.process_time()
    results = [structure_page(CleanedPage(page, page.text)) for page in pages]
    seconds = time.process_time() - start
    megabytes = sum(len(p.text.encode("utf-8")) for p in pages) / 1e6
    mismatched, broken, disordered, holes = [], [], [], []
    glued = [glued_labels(page.text) for page in pages]
    for page, ps in zip(pages, results):
        for doc in ps.documents:
            chain = [d for d in (doc.adopted, doc.approved, doc.effective) if d]
            if chain != sorted(chain) or (doc.amended and doc.amended < (doc.approved or doc.adopted or "")):
                disordered.append(page.source_file)
            numbers = {a.article_no for a in ps.articles if a.doc_id == doc.doc_id}
            if numbers and numbers | set(doc.numbering_gaps) != set(range(min(numbers), max(numbers) + 1)):
                holes.append(page.source_file)
        if expected_articles(page.text) != len(ps.articles):
            mismatched.append(page.source_file)
        if "".join(d.text for d in ps.documents) != page.text or any(
            render(build_tree(d.text)) != d.text for d in ps.documents
        ):
            broken.append(page.source_file)
    n = len(pages)
    print(f"\nstructure: {megabytes:.1f} MB in {seconds:.2f} s CPU = {megabytes / seconds:.1f} MB/s; "
          f"article count matches label lines in {n - len(mismatched)}/{n} laws; "
          f"round trip exact in {n - len(broken)}/{n}; glued labels taken {sum(g[0] for g in glued)}, "
          f"left in the article above for want of evidence {sum(g[1] for g in glued)}")
    assert not mismatched, mismatched[:10]
    assert not broken, broken[:10]
    assert not disordered, disordered[:10]  # adopted <= approved <= effective, adopted/approved <= amended
    assert not holes, holes[:10]  # article numbers run from the first to the last but for the gaps the source itself has
