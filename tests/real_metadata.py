"""Score the metadata of built real pages against what the site lists (``*.metadata.tsv``).

For each page and field (title, issuer, doc_number) the expected value is the site's,
when the page itself states it: the title as a line of the page (or up to four
consecutive lines joined, as title blocks are set), the issuer or number anywhere in
the page text outside the titles it cites (spaces and zero-width characters ignored; a
name inside ``《…》`` is part of another document's title: 《北京市中医管理局 北京市财政局
关于…的通知》 does not say who wrote the page that cites it).  What a page does not state
cannot be extracted; there the right answer is an empty value.  A page is right for a
field when the document the site lists it under (the one whose title is the site's
title, else the page's first document) holds exactly the expected value.

Values are compared in one script: the dataset writes Traditional text in Simplified
characters (the ``traditional_to_simplified`` rule), so the site's 府法字第1080012345號
and the dataset's 府法字第1080012345号 are the same value.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from corpus_tools.ingest import IngestError, ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.metadata import simplify

FIELDS = ("title", "issuer", "doc_number")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"))


_CITED_TITLE = re.compile(r"《[^《》]*》")


def _norm(value: str | None) -> str:
    return simplify("".join((value or "").translate(_INVISIBLE).split()))


def _unbracket(title: str) -> str:
    """A listed title wrapped whole in 《》 names the text itself."""
    return title[1:-1] if title.startswith("《") and title.endswith("》") and title.count("《") == 1 else title


@dataclass(frozen=True)
class Outcome:
    page: str
    field: str
    expected: str | None  # None: the page does not state it
    got: str | None

    @property
    def right(self) -> bool:
        return _norm(self.expected) == _norm(self.got) if self.expected else not _norm(self.got)


def _stated_title(title: str, lines: list[str]) -> bool:
    key = _norm(title)
    for i in range(len(lines)):
        joined = ""
        for line in lines[i:i + 4]:
            joined += line
            if joined == key:
                return True
            if len(joined) >= len(key):
                break
    return False


def score_site(folder: Path, tsv: Path) -> list[Outcome]:
    rows = list(csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"))
    outcomes: list[Outcome] = []
    for row in rows:
        path = folder / row["file"]
        try:
            page = ingest_file(path, folder)
        except IngestError:
            continue  # a rejected page has no documents to score (reported by the build)
        documents = structure_page(clean_page(page)).documents
        lines = [_norm(line) for line in page.text.split("\n") if _norm(line)]
        flat = _norm(_CITED_TITLE.sub("", page.text))
        listed_title = _unbracket((row.get("title") or "").strip())
        listed = next((d for d in documents if _norm(d.title) and _norm(d.title) == _norm(listed_title)),
                      documents[0] if documents else None)
        for field in FIELDS:
            value = (row.get(field) or "").strip()
            if not value or value == "None":
                continue  # the site gives nothing to compare with
            value = _unbracket(value) if field == "title" else value
            stated = _stated_title(value, lines) if field == "title" else _norm(value) in flat
            got = getattr(listed, field) if listed is not None else None
            outcomes.append(Outcome(row["file"], field, value if stated else None, got))
    return outcomes


def table(sites: Iterable[tuple[str, list[Outcome]]]) -> str:
    """Exact-match table: per site and field, right / scored (pages stating it: right / stated)."""
    out = ["| site | field | exact (all scored pages) | where the page states it | where it does not (empty expected) |",
           "| --- | --- | --- | --- | --- |"]
    for site, outcomes in sites:
        for field in FIELDS:
            rows = [o for o in outcomes if o.field == field]
            if not rows:
                continue
            stated = [o for o in rows if o.expected]
            unstated = [o for o in rows if not o.expected]
            right = sum(o.right for o in rows)
            out.append(f"| {site} | {field} | {right}/{len(rows)} = {right / len(rows):.1%} | "
                       f"{sum(o.right for o in stated)}/{len(stated)} | {sum(o.right for o in unstated)}/{len(unstated)} |")
    return "\n".join(out)
