"""The clean corpus: every article of every law found, exact round trip, speed report."""

from __future__ import annotations

import time

import pytest
import regex

from corpus_tools.ingest import ingest_file
from corpus_tools.records import CleanedPage
from corpus_tools.structure import structure_page
from corpus_tools.structure.tree import build_tree, render

#: A line that starts with a 第N条 label followed by a space (ASCII or ideographic),
#: or a spaced label (第三十五 条) which is never running text.
LABEL_LINE = regex.compile(
    r"^第(?:[一二三四五六七八九十百千零〇两]+条(?:之[一二三四五六七八九十]+)?[ \u3000]"
    r"|[一二三四五六七八九十百千零〇两]+[ \u3000]+条)",
    regex.M,
)


@pytest.mark.slow
def test_clean_corpus_articles_round_trip_and_speed(clean_corpus_dir, clean_corpus_files):
    pages = [ingest_file(path, clean_corpus_dir) for path in clean_corpus_files]
    start = time.process_time()
    results = [structure_page(CleanedPage(page, page.text)) for page in pages]
    seconds = time.process_time() - start
    megabytes = sum(len(p.text.encode("utf-8")) for p in pages) / 1e6
    mismatched, broken = [], []
    for page, ps in zip(pages, results):
        if len(LABEL_LINE.findall(page.text)) != len(ps.articles):
            mismatched.append(page.source_file)
        if "".join(d.text for d in ps.documents) != page.text or any(
            render(build_tree(d.text)) != d.text for d in ps.documents
        ):
            broken.append(page.source_file)
    n = len(pages)
    print(f"\nstructure: {megabytes:.1f} MB in {seconds:.2f} s CPU = {megabytes / seconds:.1f} MB/s; "
          f"article count matches label lines in {n - len(mismatched)}/{n} laws; "
          f"round trip exact in {n - len(broken)}/{n}")
    assert not mismatched, mismatched[:10]
    assert not broken, broken[:10]
