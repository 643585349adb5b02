"""corpus-tools validate: every check has a fixture that breaks exactly that rule.

Fixtures are generated here: a small valid dataset (two pages, two documents,
articles with a 之一 suffix, provisions, edits, an alignment) written as a
dataset folder.  Two kinds of case:

* integrity (:data:`CASES`): each mutates one thing; validate exits 1, exactly
  the expected check fails, and the report names the offending row and value;
* quality (:data:`QUALITY_CASES`): each damages one document's content.  With
  the findings recomputed (:func:`flagged`, what the build does), the data is
  valid, the finding is reported and flagged on its row, and ``--strict`` exits
  4; with stale findings columns, ``findings_match_data`` fails (exit 1).
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus_tools import tables
from corpus_tools.dataset.texts import paragraph_ends, text_sha256
from corpus_tools.validation import quality, residual, schemas
from corpus_tools.ids import doc_id, page_id
from corpus_tools.structure.numerals import article_label
from corpus_tools.cli import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK as EXIT_VALID, EXIT_USAGE as EXIT_UNUSABLE, run_validate
from corpus_tools.validation.report import failing_checks
from corpus_tools.validation.run import validate_path, validate_tables

Rows = dict[str, list[dict[str, Any]]]

DOC_A, DOC_B = doc_id("a.txt", 0), doc_id("b.txt", 0)
PAGE_A, PAGE_B = page_id("a.txt"), page_id("b.txt")
ORPHAN = doc_id("zzz.txt", 0)

ARTICLES_A = [  # (article_no, suffix, label, text)
    (1, 0, "第一条", "为了促进本市智能制造发展，制定本条例。"),
    (2, 0, "第二条", "本条例适用于本市行政区域内的智能制造活动。"),
    (2, 1, "第二条之一", "市人民政府应当加强对智能制造工作的领导。"),
    (3, 0, "第三条", "本条例自2022年1月1日起施行。"),
]
ARTICLES_B = [
    (1, 0, "第一条", "为了规范公共服务平台建设，制定本办法。"),
    (2, 0, "第二条", "本办法自公布之日起施行。"),
]


def _document(did: str, pid: str, source: str, title: str, articles: list[tuple], **extra: Any) -> tuple[dict, list, list]:
    text, rows, provisions = title + "\n", [], []
    for k, (no, suffix, label, body) in enumerate(articles):
        start = len(text)
        text += f"{label} {body}\n"
        eid = f"art_{no}" + (f"_{suffix}" if suffix else "")
        rows.append(dict(
            doc_id=did, source_file=source, article_no=no, article_suffix=suffix, label=label, heading=None,
            part=None, chapter_no=1, chapter_title="总则", section_no=None, section_title=None,
            paragraphs=[body], text=body, start=start, end=len(text) - 1, eid=eid, repealed=False, findings=[],
        ))
        provisions.append(dict(
            doc_id=did, source_file=source, eid=eid, parent_eid=None, ordinal=k, depth=0, type="article",
            num=no, suffix=suffix or None, label=label, heading=None, text=f"{label} {body}",
            start=start, end=len(text) - 1,
        ))
    document = dict(
        doc_id=did, page_id=pid, source_file=source, ordinal=0, role="main", parent_id=None, attachment_no=None,
        title=title, doc_type="regulation", jurisdiction="常州市", issuer="常州市人民代表大会常务委员会",
        status="in_force", adopted=None, approved=None, published=None, effective=None, amended=None,
        source_url="https://example.gov.cn/a.html", script="simplified", version_group="vg-1",
        num_articles=len(rows), first_article_no=min((a[0] for a in articles), default=None), numbering_gaps=[],
        num_chars=len(text), page_start=0, page_end=len(text), findings=[], text=text,
    )
    document.update(extra)
    return document, rows, provisions


def valid_rows() -> Rows:
    """A small dataset that passes every check, without findings (its findings config is empty)."""
    doc_a, arts_a, prov_a = _document(
        DOC_A, PAGE_A, "a.txt", "常州市智能制造促进条例", ARTICLES_A,
        adopted="2024-10-30", approved="2024-11-28", published="2024-12-05", effective="2025-01-01",
    )
    doc_b, arts_b, prov_b = _document(DOC_B, PAGE_B, "b.txt", "常州市公共服务平台管理办法", ARTICLES_B, doc_type="rules")
    comma = doc_a["text"].index("，")  # the page was ingested with an ASCII comma there, which width replaced
    ingested = {PAGE_A: doc_a["text"][:comma] + "," + doc_a["text"][comma + 1:], PAGE_B: doc_b["text"]}
    pages = [
        dict(page_id=pid, source_file=src, sha256=f"{i:064x}", encoding="utf-8", format="text", script="simplified",
             num_edits=n, num_warnings=0, warnings="[]", metadata="{}", ingested_text=ingested[pid], text=doc["text"])
        for i, (pid, src, doc, n) in enumerate(((PAGE_A, "a.txt", doc_a, 1), (PAGE_B, "b.txt", doc_b, 0)))
    ]
    edits = [dict(doc_id=DOC_A, page_id=PAGE_A, source_file="a.txt", seq=0, step=9, rule="width", start=comma,
                  end=comma + 1, before=",", after="，", detail="{}")]
    alignments = [dict(version_group="vg-1", draft_doc_id=DOC_B, final_doc_id=DOC_A, draft_article_no=1,
                       draft_article_suffix=0, final_article_no=1, final_article_suffix=0, similarity=0.8,
                       status="matched")]
    return {
        "documents": [doc_a, doc_b],
        "articles": arts_a + arts_b,
        "provisions": prov_a + prov_b,
        "edits": edits,
        "alignments": alignments,
        "pages": pages,
        "findings": [],
    }


def stored(name: str, row: dict) -> dict:
    """A row as data format 4 stores it: the fixtures keep a page's cleaned text as ``text`` (what
    its edits replay to), the dataset its sha256 (``text_sha256``, unless the row sets one); they
    keep an article's paragraphs as strings, the dataset where each ends in its text
    (``paragraph_ends``, unless the row sets them)."""
    if name == "articles" and "paragraphs" in row:
        return {("paragraph_ends" if k == "paragraphs" else k): (paragraph_ends(v) if k == "paragraphs" else v)
                for k, v in row.items() if not (k == "paragraphs" and "paragraph_ends" in row)}
    if name != "pages" or "text" not in row:
        return row
    return {"text_sha256": text_sha256(row["text"] or ""), **{k: v for k, v in row.items() if k != "text"}}


def to_tables(rows: Rows) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pylist([stored(name, row) for row in rows[name]], schema=tables.CONFIGS[name])
            for name in tables.CONFIGS if name in rows}


def flagged(data: Rows | dict[str, pa.Table]) -> dict[str, pa.Table]:
    """The tables with their findings recomputed from their content, as the build writes them."""
    tabs = data if all(isinstance(v, pa.Table) for v in data.values()) else to_tables(data)  # type: ignore[arg-type]
    tabs = {name: table for name, table in tabs.items() if name != "findings"}
    out = quality.flagged(tabs, quality.find(tabs))
    out.setdefault("findings", tables.FINDINGS.empty_table())
    return out


def write_dataset(folder: Path, data: Rows | dict[str, pa.Table], cuts: dict[str, list[int]] | None = None) -> Path:
    """A dataset folder: the shards of every config with rows (cut at the given row numbers, else one),
    and a card declaring the configs without rows empty."""
    (folder / "data").mkdir(parents=True, exist_ok=True)
    for old in (folder / "data").glob("*.parquet"):
        old.unlink()
    tabs = data if all(isinstance(v, pa.Table) for v in data.values()) else to_tables(data)  # type: ignore[arg-type]
    empty = [name for name in tables.CONFIGS if name not in tabs or tabs[name].num_rows == 0]
    for name, table in tabs.items():
        if table.num_rows:
            bounds = [0, *(cuts or {}).get(name, []), table.num_rows]
            for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
                pq.write_table(table.slice(a, b - a), folder / "data" / f"{name}-{i:05d}-of-{len(bounds) - 1:05d}.parquet")
    listed = "".join(f"  - {name}\n" for name in empty) if empty else "    []\n"  # (a card of valid YAML: the validator reads it)
    (folder / "README.md").write_text("---\ncorpus_tools:\n  empty_configs:\n" + listed + "---\n", encoding="utf-8")
    return folder


def _article(rows: Rows, did: str, no: int, suffix: int = 0) -> dict:
    return next(a for a in rows["articles"] if a["doc_id"] == did and a["article_no"] == no and a["article_suffix"] == suffix)


def _set_article_text(rows: Rows, did: str, no: int, text: str) -> None:
    art = _article(rows, did, no)
    art["text"] = text
    _relay(rows, did)


def _relay(rows: Rows, did: str) -> None:
    """Lay a document out again from its rows, as a build derives it: its text up to the first article
    (the title line), then one line per article (label, heading in 【】, body), the articles' spans and
    paragraphs, one provision per article, and the page's text (the page is the document) with its
    ingested text and the width edit that replaced its first comma.  After a change to an article
    (text, label, heading, one more), every text still derives from its source (texts checks)."""
    document = next(d for d in rows["documents"] if d["doc_id"] == did)
    articles = [a for a in rows["articles"] if a["doc_id"] == did]
    text = document["text"][: min(a["start"] for a in articles)] if articles else document["text"]
    provisions: list[dict] = []
    for k, article in enumerate(articles):
        body = article["text"]
        line = article["label"] + (f"【{article['heading']}】{body}" if article["heading"] else f" {body}" if body else "")
        article.update(start=len(text), end=len(text) + len(line), paragraphs=[body] if body else [])
        provisions += [] if any(p["eid"] == article["eid"] for p in provisions) else [dict(
            doc_id=did, source_file=article["source_file"], eid=article["eid"], parent_eid=None, ordinal=k, depth=0,
            type="article", num=article["article_no"], suffix=article["article_suffix"] or None, label=article["label"],
            heading=article["heading"], text=line, start=article["start"], end=article["end"],
        )]
        text += line + "\n"
    rows["provisions"] = [p for p in rows["provisions"] if p["doc_id"] != did] + provisions
    document.update(text=text, num_chars=len(text), page_start=0, page_end=len(text))
    page = next(p for p in rows["pages"] if p["page_id"] == document["page_id"])
    ingested = text
    for edit in (e for e in rows["edits"] if e["page_id"] == page["page_id"]):
        comma = text.index(edit["after"])
        edit.update(start=comma, end=comma + len(edit["before"]))
        ingested = text[:comma] + edit["before"] + text[comma + len(edit["after"]):]
    page.update(text=text, ingested_text=ingested)


def _elide(rows: Rows, page: int) -> None:
    """Leave out a page's ingested text, as data format 4 does where the page has no edit of its text and
    its documents tile it (PAGE_B, the page of DOC_B alone; PAGE_A has an edit)."""
    rows["pages"][page].update(ingested_text=None)


def _shift_spans(rows: Rows, did: str, by: int) -> None:
    """Move the spans of a document's articles and provisions by ``by`` characters (its text lost or gained them in front)."""
    for row in (*rows["articles"], *rows["provisions"]):
        if row["doc_id"] == did:
            row.update(start=row["start"] + by, end=row["end"] + by)


# --------------------------------------------------------------------------
# The case table: one broken rule per case
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    config: str
    check: str
    mutate: Callable[[Rows], Any]
    doc_id: str | None = None
    article: str | None = None
    value: str | None = None  # a substring the reported value must contain
    also: tuple[str, ...] = ()  # checks the same damage breaks too, necessarily (e.g. an unknown name matches no finding);
    # "config.check" for a check of another config (an edit that does not fit its text breaks the page's replay)
    echo: tuple[str, ...] = ()  # quality: configs where the same finding necessarily is too (an article's text is its document's)


def _duplicate_article(rows: Rows, eid: str = "art_2_dup", **changes: Any) -> None:
    """DOC_B's 第二条 twice (a second eid: its number repeats; the same eid: its key repeats), laid out
    after it (``changes``: to the copy)."""
    dup = copy.deepcopy(_article(rows, DOC_B, 2))
    dup.update(eid=eid, **changes)
    rows["articles"].append(dup)
    rows["documents"][1]["num_articles"] += 1
    _relay(rows, DOC_B)


def _gap(rows: Rows) -> None:
    _renumber(rows, DOC_A, 3, 5)


def _renumber(rows: Rows, did: str, no: int, new: int, label: str | None = None) -> None:
    """Article ``no`` of a document becomes article ``new`` (its label in the text too)."""
    _article(rows, did, no).update(article_no=new, label=label or article_label(new), eid=f"art_{new}")
    _relay(rows, did)


def _declare(*gaps: int, doc: int = 0) -> Callable[[Rows], None]:
    return lambda rows: rows["documents"][doc].update(numbering_gaps=list(gaps))


def _orphan(rows: Rows) -> None:
    rows["articles"].append(dict(_article(rows, DOC_B, 1), doc_id=ORPHAN, source_file="zzz.txt"))


def _duplicate_document(rows: Rows) -> None:
    rows["documents"].append(dict(rows["documents"][1]))


def _noise(text: str) -> Callable[[Rows], None]:
    return lambda rows: _set_article_text(rows, DOC_A, 2, text)


def _doc(**changes: Any) -> Callable[[Rows], None]:
    return lambda rows: rows["documents"][0].update(changes)


def _first(config: str, **changes: Any) -> Callable[[Rows], None]:
    return lambda rows: rows[config][0].update(changes)


def _chapter(rows: Rows, *, text: str = "", end_shift: int = 0) -> None:
    """DOC_A's articles become the children of one more node, a chapter that starts where they do (so its
    own text is empty) and ends where the last one ends (``end_shift`` moves its end); ``text`` its stored text."""
    articles = [p for p in rows["provisions"] if p["doc_id"] == DOC_A]
    chapter = dict(articles[0], eid="chp_1", ordinal=0, type="chapter", num=1, suffix=None, label="第一章", text=text,
                   end=articles[-1]["end"] + end_shift)
    for article in articles:
        article.update(parent_eid="chp_1", eid="chp_1__" + article["eid"], ordinal=article["ordinal"] + 1, depth=1)
    rows["provisions"].insert(rows["provisions"].index(articles[0]), chapter)


def test_a_chapter_around_the_articles_is_valid(tmp_path):
    """(The fixture of the cases above that add a chapter is valid without their damage.)"""
    rows = valid_rows()
    _chapter(rows)
    assert validate_path(write_dataset(tmp_path / "ds", flagged(rows))).ok


def _finding(**changes: Any) -> Callable[[Rows], None]:
    """Record one finding on DOC_A's title (the data has it: the title carries a Traditional character),
    then change the finding row."""
    def mutate(rows: Rows) -> None:
        rows["documents"][0]["title"] = "常州市智能製造促进条例"
        tabs = flagged(rows)
        for name in ("documents", "articles", "findings"):
            rows[name] = tabs[name].to_pylist()
        rows["findings"][0].update(changes)
    return mutate


CASES = [
    # articles: keys, relations, spans, flags
    Case("duplicate article key", "articles", "multiple_fields_uniqueness",
         lambda r: _duplicate_article(r, eid="art_2", article_no=3, label="第三条"),
         DOC_B, "第二条", "eid=art_2"),
    Case("orphan article", "articles", "doc_id_in_documents", _orphan, ORPHAN, "第一条", ORPHAN),
    Case("article end before start", "articles", "span_order", lambda r: _article(r, DOC_A, 1).update(end=0), DOC_A, "第一条", "end=0"),
    Case("article outside its document", "articles", "end_inside_document",
         lambda r: _article(r, DOC_B, 2).update(end=500), DOC_B, "第二条", "end=500"),
    Case("article number 0", "articles", "greater_than_or_equal_to(1)",
         lambda r: r["articles"].append(dict(_article(r, DOC_B, 1), doc_id=DOC_B, article_no=0, label="第零条", eid="art_0"))
         or r["documents"][1].update(num_articles=3) or _relay(r, DOC_B),
         DOC_B, "第零条", "0"),
    Case("article text changed, same length", "articles", "text_is_document_span",
         lambda r: _article(r, DOC_A, 2).update(text=_article(r, DOC_A, 2)["text"].replace("本", "木", 1),
                                                paragraphs=[_article(r, DOC_A, 2)["text"].replace("本", "木", 1)]),
         DOC_A, "第二条", "木条例适用"),
    Case("article paragraphs not its text", "articles", "text_is_document_span",
         lambda r: _article(r, DOC_A, 2).update(paragraphs=["本条例适用于", "本市行政区域内的智能制造活动。"]), DOC_A, "第二条",
         "are not the ends of paragraphs"),
    Case("article paragraph ends past its text", "articles", "text_is_document_span",
         lambda r: _article(r, DOC_A, 2).update(paragraph_ends=[len(_article(r, DOC_A, 2)["text"]) + 1]), DOC_A, "第二条",
         "are not the ends of paragraphs"),
    Case("article paragraph ends empty", "articles", "text_is_document_span",
         lambda r: _article(r, DOC_A, 2).update(paragraph_ends=[]), DOC_A, "第二条", "paragraph_ends is empty"),
    Case("article body cut short", "articles", "text_is_document_span",
         lambda r: _article(r, DOC_A, 2).update(text=_article(r, DOC_A, 2)["text"][1:], paragraphs=[_article(r, DOC_A, 2)["text"][1:]]),
         DOC_A, "第二条", "条例适用"),
    Case("repealed flag without a repeal marker", "articles", "repealed_matches_text",
         lambda r: _article(r, DOC_A, 1).update(repealed=True), DOC_A, "第一条", "repealed=True"),
    Case("repeal marker not flagged", "articles", "repealed_matches_text",
         lambda r: _set_article_text(r, DOC_A, 2, "【删除】"), DOC_A, "第二条", "repealed=False"),
    Case("article findings unsorted or unknown", "articles", "findings_sorted_and_known",
         lambda r: _article(r, DOC_A, 1).update(findings=["bogus_check"]), DOC_A, "第一条", "bogus_check", also=("findings_match_data",)),
    Case("article flagged without a finding", "articles", "findings_match_data",
         lambda r: _article(r, DOC_A, 1).update(findings=["no_spam"]), DOC_A, "第一条", "findings=['no_spam']"),
    # documents
    Case("duplicate doc_id", "documents", "field_uniqueness", _duplicate_document, DOC_B, None, DOC_B),
    Case("bad date", "documents", "iso_date", _doc(adopted="2024-02-30"), DOC_A, None, "2024-02-30"),
    Case("non-ISO date", "documents", "iso_date", _doc(effective="2025年1月1日"), DOC_A, None, "2025年1月1日"),
    Case("bad amended date", "documents", "iso_date", _doc(amended="2024-13-01"), DOC_A, None, "2024-13-01"),
    Case("numbering gaps not ascending", "documents", "numbering_gaps_ascending", _declare(0), DOC_A, None, "0", also=("numbering_gaps_match_articles",)),
    # a number declared alone is also an article_numbers_missing finding the fixture's flags lack
    Case("declared gap that has an article", "documents", "numbering_gaps_match_articles", _declare(2), DOC_A, None, "2",
         also=("findings_match_data", "findings.findings_match_data")),
    Case("declared gap beyond the last article", "documents", "numbering_gaps_match_articles",
         _declare(7), DOC_A, None, "7", also=("findings_match_data", "findings.findings_match_data")),
    Case("declared gap below the first article", "documents", "numbering_gaps_match_articles",
         lambda r: _gap(r) or _article(r, DOC_A, 1).update(article_no=4, label="第四条", eid="art_4") or _declare(3)(r)
         or _article(r, DOC_A, 2).update(article_no=6, label="第六条", eid="art_6")
         or _article(r, DOC_A, 2, 1).update(article_no=6, label="第六条之一", eid="art_6_1") or _doc(first_article_no=4)(r)
         or _relay(r, DOC_A),
         DOC_A, None, "3", also=("findings_match_data", "findings.findings_match_data")),
    Case("first article number wrong", "documents", "first_article_no_matches_articles", _doc(first_article_no=2), DOC_A, None, "2"),
    Case("first article number without articles", "documents", "first_article_no_matches_articles",
         lambda r: r["documents"].append(dict(r["documents"][1], doc_id=doc_id("b.txt", 1), ordinal=1, num_articles=0)),
         doc_id("b.txt", 1), None, "1"),
    Case("null numbering_gaps", "documents", "not_nullable", _doc(numbering_gaps=None), DOC_A, None, "null"),
    Case("unknown doc_type", "documents", "doc_type_in_vocabulary", _doc(doc_type="statute"), DOC_A, None, "statute"),
    Case("unknown status", "documents", "status_in_vocabulary", _doc(status="valid"), DOC_A, None, "valid"),
    Case("unknown role", "documents", "role_in_vocabulary", _doc(role="appendix"), DOC_A, None, "appendix"),
    Case("unknown script", "documents", "script_in_vocabulary", _doc(script="latin"), DOC_A, None, "latin"),
    Case("unknown jurisdiction level", "documents", "jurisdiction_level_in_vocabulary", _doc(jurisdiction_level="national"[:4]), DOC_A, None, "nati"),
    Case("null source_file", "documents", "not_nullable", _doc(source_file=None), DOC_A, None, "null"),
    Case("malformed doc_id", "documents", "str_matches('^d-[0-9a-f]{16}-[0-9]+$')",
         lambda r: r["documents"].append(dict(r["documents"][1], doc_id="doc-1", num_articles=0, first_article_no=None)),
         "doc-1", None, "doc-1"),
    Case("document text changed, same length", "documents", "text_is_page_span",
         _doc(text=valid_rows()["documents"][0]["text"].replace("条", "绦", 1)), DOC_A, None, "differs at character"),
    Case("num_chars wrong", "documents", "num_chars_matches_text", _doc(num_chars=300), DOC_A, None, "num_chars=300"),
    Case("page span reversed", "documents", "page_span_order", _doc(page_start=50, page_end=10), DOC_A, None, "page_start=50"),
    Case("num_articles wrong", "documents", "num_articles_matches_articles", _doc(num_articles=9), DOC_A, None, "num_articles=9"),
    Case("unknown page", "documents", "page_id_in_pages", _doc(page_id="p-" + "f" * 16), DOC_A, None, "p-ffff"),
    Case("unknown parent", "documents", "parent_id_in_documents", _doc(parent_id=ORPHAN), DOC_A, None, ORPHAN),
    Case("document findings unknown", "documents", "findings_sorted_and_known", _doc(findings=["no_spam", "no_spam"]), DOC_A, None, "no_spam", also=("findings_match_data",)),
    Case("document flagged without a finding", "documents", "findings_match_data", _doc(findings=["date_order"]), DOC_A, None, "date_order"),
    # provisions
    Case("unknown provision type", "provisions", "type_in_vocabulary", _first("provisions", type="clause"), DOC_A, None, "clause"),
    Case("provision end before start", "provisions", "span_order", _first("provisions", start=9, end=2), DOC_A, None, "start=9"),
    Case("provision outside its document", "provisions", "end_inside_document", _first("provisions", end=900), DOC_A, None, "end=900"),
    Case("provision text changed, same length", "provisions", "text_is_document_span",
         lambda r: r["provisions"][0].update(text=r["provisions"][0]["text"].replace("条", "绦", 1)), DOC_A, None, "绦"),
    Case("provision's own text runs into its first child", "provisions", "text_is_document_span",
         lambda r: _chapter(r, text="第一章 总则"), DOC_A, None, "own text"),
    Case("provision ends before its last child", "provisions", "text_is_document_span",
         lambda r: _chapter(r, end_shift=-3), DOC_A, None, "not where its last child ends"),
    Case("provision misses text between its children", "provisions", "text_is_document_span",
         lambda r: r["provisions"].pop(1), DOC_A, None, "what lies between is not whitespace"),
    Case("duplicate eid", "provisions", "multiple_fields_uniqueness",
         lambda r: r["provisions"][1].update(eid=r["provisions"][0]["eid"]), DOC_A, None, "eid=art_1"),
    Case("orphan provision", "provisions", "doc_id_in_documents", _first("provisions", doc_id=ORPHAN), ORPHAN, None, ORPHAN),
    # edits
    Case("unknown rule", "edits", "rule_in_vocabulary", _first("edits", rule="magic"), DOC_A, None, "magic"),
    Case("before does not match span", "edits", "before_matches_span", lambda r: r["edits"][0].update(end=r["edits"][0]["end"] + 2),
         DOC_A, None, "end=", also=("pages.text_replays_edits",)),
    Case("free-text detail", "edits", "detail_is_json_object", _first("edits", detail="t2s; isolated"), DOC_A, None, "t2s; isolated"),
    Case("duplicate edit seq", "edits", "multiple_fields_uniqueness",
         lambda r: r["edits"].append(dict(r["edits"][0])) or r["pages"][0].update(num_edits=2), DOC_A, None, "seq=0",
         also=("pages.text_replays_edits",)),
    Case("edits that do not replay", "pages", "text_replays_edits", lambda r: r["edits"][0].update(after="、"), PAGE_A, None,
         "sha256 is not text_sha256"),
    Case("ingested text changed, same length", "pages", "text_replays_edits",
         lambda r: r["pages"][0].update(ingested_text=r["pages"][0]["ingested_text"].replace("条", "绦", 1)), PAGE_A, None,
         "sha256 is not text_sha256"),
    Case("cleaned page hash wrong", "pages", "text_replays_edits", _first("pages", text_sha256="0" * 64), PAGE_A, None,
         "sha256 is not text_sha256"),
    Case("ingested text changed where an edit applies", "pages", "text_replays_edits",
         lambda r: r["pages"][0].update(ingested_text=r["pages"][0]["ingested_text"].replace(",", "，", 1)), PAGE_A, None,
         "does not replay"),
    Case("page without ingested text, its document changed, same length", "pages", "text_replays_edits",
         lambda r: _elide(r, 1) or r["documents"][1].update(text=r["documents"][1]["text"].replace("常州市", "常洲市", 1)),
         PAGE_B, None, "documents' texts joined give a text whose sha256 is not text_sha256"),
    Case("page without ingested text that has an edit of its text", "pages", "text_replays_edits",
         lambda r: _elide(r, 0), PAGE_A, None, "has 1 edits of its text"),
    Case("page without ingested text whose document does not start it", "pages", "text_replays_edits",
         lambda r: _elide(r, 1) or r["documents"][1].update(text=r["documents"][1]["text"][1:], page_start=1, num_chars=len(r["documents"][1]["text"]) - 1)
         or _shift_spans(r, DOC_B, -1),
         PAGE_B, None, "do not tile the page"),
    Case("edit of a string the page does not declare", "edits", "field_edits_replay",
         lambda r: r["edits"].append(dict(r["edits"][0], seq=1, field="title")) or r["pages"][0].update(num_edits=2),
         PAGE_A, None, "does not declare"),
    Case("edit of a declared string that does not replay", "edits", "field_edits_replay",
         lambda r: r["edits"].append(dict(r["edits"][0], seq=1, field="title", start=2, end=3))
         or r["pages"][0].update(num_edits=2, metadata=json.dumps({"title": "常州市,智能制造促进条例"}, ensure_ascii=False)),
         PAGE_A, None, "do not replay"),
    Case("edit on unknown document", "edits", "doc_id_in_documents", _first("edits", doc_id=ORPHAN), ORPHAN, None, ORPHAN),
    Case("edit on unknown page", "edits", "page_id_in_pages",
         lambda r: r["edits"][0].update(page_id="p-" + "e" * 16) or r["pages"][0].update(num_edits=0, ingested_text=r["pages"][0]["text"]),
         DOC_A, None, "p-eeee"),
    # alignments
    Case("unknown alignment status", "alignments", "status_in_vocabulary", _first("alignments", status="same"), DOC_B, None, "same"),
    Case("alignment sides", "alignments", "alignment_sides_match_status", _first("alignments", status="draft_only"), DOC_B, None, "status=draft_only"),
    Case("similarity above 1", "alignments", "less_than_or_equal_to(1.0)", _first("alignments", similarity=1.5), DOC_B, None, "1.5"),
    Case("alignment to unknown draft", "alignments", "draft_doc_id_in_documents", _first("alignments", draft_doc_id=ORPHAN), ORPHAN, None, ORPHAN),
    Case("alignment to unknown final", "alignments", "final_doc_id_in_documents", _first("alignments", final_doc_id=ORPHAN), ORPHAN, None, ORPHAN),
    # pages
    Case("num_edits wrong", "pages", "num_edits_matches_edits", _first("pages", num_edits=4), PAGE_A, None, "num_edits=4"),
    Case("unknown format", "pages", "format_in_vocabulary", _first("pages", format="pptx"), PAGE_A, None, "pptx"),
    Case("unknown page script", "pages", "script_in_vocabulary", _first("pages", script="cyrillic"), PAGE_A, None, "cyrillic"),
    Case("warnings not a JSON list", "pages", "json_list", _first("pages", warnings="{oops"), PAGE_A, None, "{oops"),
    Case("metadata not a JSON object", "pages", "json_object", _first("pages", metadata="[]"), PAGE_A, None, "[]"),
    Case("bad sha256", "pages", "str_matches('^[0-9a-f]{64}$')", _first("pages", sha256="xyz"), PAGE_A, None, "xyz"),
    # findings: the records of the quality checks
    Case("unknown check", "findings", "check_in_vocabulary", _finding(check="no_typos"), DOC_A, None, "no_typos", also=("findings_match_data",)),
    Case("unknown flagged config", "findings", "config_in_vocabulary", _finding(config="pages"), DOC_A, None, "pages", also=("findings_match_data", "finding_column_of_its_config")),
    Case("finding keyed as an article", "findings", "finding_row_key", _finding(eid="art_1"), DOC_A, None, "eid=art_1", also=("findings_match_data",)),
    Case("finding on a column its config lacks", "findings", "finding_column_of_its_config", _finding(column="detail"), DOC_A, None, "column=detail", also=("findings_match_data",)),
    Case("finding on an unknown document", "findings", "doc_id_in_documents", _finding(doc_id=ORPHAN), ORPHAN, None, ORPHAN,
         also=("findings_match_data",)),
    Case("finding on an unknown page", "findings", "page_id_in_pages", _finding(page_id="p-" + "d" * 16), DOC_A, None, "p-dddd", also=("findings_match_data",)),
    Case("finding recorded twice", "findings", "findings_match_data",
         lambda r: _finding()(r) or r["findings"].append(dict(r["findings"][0])), DOC_A, None, "recorded, but"),
    Case("finding not recorded", "findings", "findings_match_data",
         lambda r: _finding()(r) or r["findings"].clear(), DOC_A, None, "not recorded: no_traditional_char on documents"),
]


@pytest.fixture
def valid_dir(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "ds", valid_rows())


def test_valid_dataset_passes(valid_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert run_validate(valid_dir, json_out=out) == EXIT_VALID
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["ok"] and report["errors"] == 0 and report["findings"] == 0 and report["checks"] == []
    assert report["rows"] == {name: len(rows) for name, rows in valid_rows().items()}
    assert report["empty_configs"] == ["findings"]
    assert report["skipped"] == []
    assert run_validate(valid_dir, strict=True) == EXIT_VALID
    assert "VALID" in capsys.readouterr().out


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_check_has_a_breaking_fixture(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = valid_rows()
    case.mutate(rows)
    folder = write_dataset(tmp_path / "ds", rows)
    out = tmp_path / "report.json"

    assert run_validate(folder, json_out=out) == EXIT_INVALID
    report = json.loads(out.read_text(encoding="utf-8"))
    failing = {(g["config"], g["check"]) for g in report["checks"] if g["severity"] == "error"}
    also = {tuple(a.split(".")) if "." in a else (case.config, a) for a in case.also}
    assert failing == {(case.config, case.check), *also}, "the fixture must break exactly its rule"
    group = next(g for g in report["checks"] if g["severity"] == "error" and g["check"] == case.check)
    assert group["count"] >= 1
    named = [
        f for f in group["failures"]
        if f["doc_id"] == case.doc_id and (case.article is None or f["article"] == case.article)
    ]
    assert named, f"no failure names {case.doc_id} {case.article}: {group['failures']}"
    if case.value is not None:
        assert any(case.value in f["value"] for f in named), named
    captured = capsys.readouterr()
    assert "is invalid" in captured.err, "one error line on stderr"
    text = captured.out  # the report is the command's output (`validate > report.txt` holds it)
    assert "INVALID" in text and case.check in text and str(case.doc_id) in text


# --------------------------------------------------------------------------
# Quality: findings are data on the row they concern, never an error
# --------------------------------------------------------------------------


def _declared_gap(rows: Rows) -> None:
    """DOC_A skips 第四条 and says so: its source has no 第四条 at all."""
    _gap(rows)
    _declare(3, 4)(rows)


def _empty_document(rows: Rows) -> None:
    """DOC_B holds only white space: no articles, no provisions."""
    rows["articles"] = [a for a in rows["articles"] if a["doc_id"] != DOC_B]
    rows["provisions"] = [p for p in rows["provisions"] if p["doc_id"] != DOC_B]
    rows["alignments"] = []
    rows["documents"][1].update(text="　", num_chars=1, page_end=1, num_articles=0, first_article_no=None)
    rows["pages"][1].update(text="　", ingested_text="　")


def _chrome_document(rows: Rows) -> None:
    """DOC_B holds only a site's menu lines (a page saved before its scripts loaded the law)."""
    _empty_document(rows)
    menu = "欢迎您访问国家法律法规数据库\n制定机关：\n联系我们"
    rows["documents"][1].update(text=menu, num_chars=len(menu), page_end=len(menu))
    rows["pages"][1].update(text=menu, ingested_text=menu)


def _placeholder_document(rows: Rows) -> None:
    """DOC_B is a metadata-only file of a law mirror (field 9, F9-E9: Elysia4/chinese-law-vector-codex-skill
    有关法律问题的决定/全国人民代表大会关于设立香港特别行政区的决定(无日期).md, its title line and last line)."""
    _empty_document(rows)
    page = "全国人民代表大会关于设立香港特别行政区的决定\n（未取得正文，请通过官方链接查阅。）"
    rows["documents"][1].update(text=page, num_chars=len(page), page_end=len(page))
    rows["pages"][1].update(text=page, ingested_text=page)


def _listing_document(rows: Rows) -> None:
    """DOC_B is a site's home page a crawler saved instead of a policy (field8b F8B-R8:
    ljz060707-lang/China-Real-Estate-Policy-Database webpages/…d47050d99ee2438cdb568e15b3fd9749c8a.html,
    济南住房公积金中心, lines 2 and 7-12 of its text), under one sentence of a notice so that has_sentence stays
    quiet (the real page has none: it gets both findings)."""
    _empty_document(rows)
    page = ("为进一步发挥住房公积金作用，现将有关事项通知如下。\n新闻动态\n省住房城乡建设厅任海涛厅长到济南住房公积金中心调...\t2026-07-06\n"
            "政务公开零距离 政银协同惠民生——济南住房公积金...\t2026-07-06\n"
            "济南住房公积金中心举办树立和践行正确政绩观学习教...\t2026-06-24\n"
            "校准政绩观 筑牢廉洁线 护航新征程 ——济南住房...\t2026-06-22\n"
            "住建部就《住房公积金管理条例（修订征求意见稿）》...\t2026-06-17\n更多...")
    rows["documents"][1].update(text=page, num_chars=len(page), page_end=len(page))
    rows["pages"][1].update(text=page, ingested_text=page)


def _qa_thread_document(rows: Rows) -> None:
    """DOC_B is a 百度知道 question page a law crawler saved (field 21, F21-B5: Yuhamixli/Law-Crawler-RPA-RAG-MCP
    data/raw/json/b159466213e66e86_…json, lines of its content; tests/real_pages/fieldfix22/zhidao_accounting_law_qa.json)."""
    _empty_document(rows)
    page = ("《中华人民共和国会计法》属于（　） A. 会计法律 B. 会计行政法规 C. 会计规章 D. 会计规范行文件\n 我来答\n4个回答\n"
            "采纳数：\n6329\n获赞数：\n169974\n展开全部\n选A，《中华人民共和国会计法》属于会计法律。\n已赞过\n已踩过\n<\n"
            "你对这个回答的评价是？\n其他类似问题")
    rows["documents"][1].update(text=page, num_chars=len(page), page_end=len(page))
    rows["pages"][1].update(text=page, ingested_text=page)


def _orphan_stop_document(rows: Rows) -> None:
    """DOC_B is a 江西 notice whose crawler lost a bold run-in heading (field 21, F21-B4: chairmenfrog/Policy_crawler
    data/JX_text/art_4975_1568494.txt, line 1 and line 3 cut after its first sentence)."""
    _empty_document(rows)
    page = "各市、县（区）人民政府，省政府各部门：\n。进一步强化国家级开发区招商引资、投资服务、项目建设、科技创新等经济发展功能。"
    rows["documents"][1].update(text=page, num_chars=len(page), page_end=len(page))
    rows["pages"][1].update(text=page, ingested_text=page)


def _ocr_copy_text() -> str:
    """The first 300 lines of a PDF extraction that wrote every page twice, text layer then OCR (field 10,
    F10-L1: nonameche/law-pdf-extract 辽宁_一.txt; tests/real_pages/field10_findings), its ASCII punctuation
    full-width (the OCR's stray ``.`` as ``。``) so that no residual-noise check fires beside ocr_duplicate."""
    path = Path(__file__).parent / "real_pages" / "field10_findings" / "liaoning_lianggui_head300.txt"
    text = path.read_text(encoding="utf-8").translate(str.maketrans(",;:()!?.", "，；：（）！？。"))
    return "\n".join(line for line in text.split("\n") if line.strip())


_OCR_COPIES = _ocr_copy_text()


def _unresolved(rows: Rows) -> None:
    rows["edits"][0].update(rule="spam_anchor", detail=json.dumps({"gap": "unresolved", "left": "建设智能制造"}, ensure_ascii=False))


def _quarantined_article(rows: Rows) -> None:
    """DOC_A's 第二条 left out by the build (its row broke a span invariant: a structure bug on the
    page), recorded as a warning of its page (:func:`corpus_tools.pipeline.page_columns`)."""
    article = _article(rows, DOC_A, 2)
    rows["articles"].remove(article)
    rows["documents"][0]["num_articles"] -= 1
    warning = quality.quarantine_warning(DOC_A, "第二条 (art_2)", "articles.text_is_document_span",
                                         "text is not the body of the document's text", article["start"], "第二条 本条例")
    rows["pages"][0].update(warnings=json.dumps([dataclasses.asdict(warning)], ensure_ascii=False), num_warnings=1)


QUALITY_CASES = [
    # residual noise, one family each, in an article body
    Case("residual pinyin", "articles", "no_ruby_pinyin", _noise("马鞍(an)山市人民政府负责本条例的实施。"), DOC_A, "第二条", "(an)", echo=("documents",)),
    Case("spam", "articles", "no_spam", _noise("建设智能制造万博体育manbetx3.0平台。"), DOC_A, "第二条", "万博", echo=("documents",)),
    Case("traditional character", "articles", "no_traditional_char", _noise("市人民政府和我們的部门负责实施。"), DOC_A, "第二条", "[們]", echo=("documents",)),
    Case("ascii comma between cjk", "articles", "no_ascii_punct_between_cjk", _noise("本市,区人民政府负责实施。"), DOC_A, "第二条", "[,]", echo=("documents",)),
    Case("replacement character", "articles", "no_invisible_char", _noise("本市\ufffd区人民政府负责实施。"), DOC_A, "第二条", "\ufffd", echo=("documents",)),
    Case("zero-width character", "articles", "no_invisible_char", _noise("本市\u200b区人民政府负责实施。"), DOC_A, "第二条", "<U+200B>", echo=("documents",)),
    Case("control character", "articles", "no_invisible_char", _noise("本市\x07区人民政府负责实施。"), DOC_A, "第二条", "<U+0007>", echo=("documents",)),
    Case("question mark between cjk", "articles", "no_question_mark_between_cjk", _noise("现将有关情况总?结如下。"), DOC_A, "第二条", "[?]", echo=("documents",)),
    Case("mojibake", "articles", "no_mojibake", _noise("本市鏂囦欢管理工作。"), DOC_A, "第二条", "鏂", echo=("documents",)),
    # a GBK run kept out of step (field test 16, m.gsky-link.com.cn: the lead byte of 将 and more lost)
    Case("misaligned run kept", "articles", "misaligned_kept", _noise("（三）?。ㄈ⑸鲜鲎髌吠ㄟ^选择、编排。"), DOC_A, "第二条", "ㄈ",
         also=("no_question_mark_between_cjk",), echo=("documents",)),
    Case("noise in a heading", "articles", "no_traditional_char",
         lambda r: _article(r, DOC_A, 1).update(heading="立法目的與依據") or _relay(r, DOC_A), DOC_A, "第一条", "與",
         echo=("documents",)),
    # residual noise in a document's title and metadata
    Case("noise in a title", "documents", "no_spam", _doc(title="万博体育manbetx3.0平台管理条例"), DOC_A, None, "万博"),
    Case("ruby in a title", "documents", "no_ruby_pinyin", _doc(title="马鞍(an)山市智能制造促进条例"), DOC_A, None, "(an)"),
    Case("noise in the issuer", "documents", "no_traditional_char", _doc(issuer="常州市人民代表大會常务委员会"), DOC_A, None, "會"),
    # empty title and text, dates
    Case("empty title", "documents", "non_empty_title", _doc(title=" "), DOC_A, None, "' '"),
    Case("empty document text", "documents", "non_empty_text", _empty_document, DOC_B, None, "'　'"),
    Case("empty article text", "articles", "non_empty_text", _noise(""), DOC_A, "第二条"),
    Case("no sentence", "documents", "has_sentence", _chrome_document, DOC_B, None, "欢迎您访问"),
    Case("list page", "documents", "listing_page", _listing_document, DOC_B, None, "新闻动态"),
    Case("no body", "documents", "no_body", _placeholder_document, DOC_B, None, "未取得正文"),
    Case("qa thread", "documents", "not_a_document", _qa_thread_document, DOC_B, None, "question thread"),
    Case("orphan stop", "documents", "orphan_stop", _orphan_stop_document, DOC_B, None, "。进一步强化"),
    # a font's decimal point where the clean corpus lost it (/work/ref/DLC 杭州市建设工程施工安全管理条例)
    Case("lost glyph", "documents", "lost_glyphs", _noise("本市建筑工地的围挡高度不得低于2\ue0105米。"), DOC_A, None, "U+E010 ×1"),
    Case("lost line breaks", "documents", "line_breaks_lost",
         _noise("本条例适用于本市。第三条市人民政府负责实施。第四条各区人民政府配合实施。" + "智能制造活动应当依法进行。" * 45),
         DOC_A, None, "labels after sentence ends"),
    # an editor's placeholder published as an article's body (field test 30 F30-C1: ``（正文待补：…）``)
    Case("placeholder body", "articles", "placeholder_body", _noise("（略）"), DOC_A, "第二条", "（略）", echo=("documents",)),
    Case("placeholder articles", "documents", "placeholder_body", _noise("【正文待补】"), DOC_A, None, "articles have a placeholder",
         echo=("articles",)),
    Case("truncated text", "documents", "truncated",
         lambda r: _set_article_text(r, DOC_A, 3, "本条例自2022年1月1日起施行，"), DOC_A, None, "ends on '，'"),
    Case("date order", "documents", "date_order", _doc(approved="2024-10-01"), DOC_A, None, "approved=2024-10-01"),
    Case("amended before adopted", "documents", "date_order", _doc(amended="2024-01-01"), DOC_A, None, "amended=2024-01-01"),
    # an edit, numbering
    Case("unresolved spam gap", "edits", "unresolved_spam_gap", _unresolved, DOC_A, None, "removed ','"),
    # a gambling farm's page (field 9, F9-P1: news.gxbie.com/article/403.html's headline)
    Case("spam page", "documents", "spam_page", _doc(title="澳门特马今期开奖结果查询016期猪、狗、羊、牛，三期必出一期免费"),
         DOC_A, None, "in title: 澳门特马"),
    # a word-spun copy of a 公文 (field 9, F9-P15: hzqdhly.com/rivet/312.html's first line)
    Case("spun text", "documents", "spun_text_suspected",
         _doc(title="国务院现已下发《国务院关于组织设置的告诉》（国发〔2003〕8号），现将有关事项告诉如下"),
         DOC_A, None, "'告诉如下' for 通知如下"),
    Case("gap in numbering", "articles", "article_numbers_contiguous", _gap, DOC_A, "第五条", "3..4 missing"),
    Case("gap only partly declared", "articles", "article_numbers_contiguous",
         lambda r: _renumber(r, DOC_A, 3, 6) or _declare(3, 4)(r), DOC_A, "第六条"),
    Case("gap declared by the other document", "articles", "article_numbers_contiguous",
         lambda r: _gap(r) or _renumber(r, DOC_B, 2, 4) or _declare(2, 3, doc=1)(r),
         DOC_A, "第五条"),
    # one number declared alone: a lost 第N条 line (dump9's 5 Shandong laws of the DLC corpus)
    Case("lost article label", "documents", "article_numbers_missing",
         lambda r: _renumber(r, DOC_A, 3, 4) or _declare(3)(r), DOC_A, None, "第3条 missing"),
    Case("repeated article number", "articles", "article_numbers_unique", _duplicate_article, DOC_B, "第二条", "repeats 第二条"),
    # rows of a page's structure the build quarantined
    Case("quarantined article", "documents", "structure_invariant", _quarantined_article, DOC_A, None,
         "第二条 (art_2) left out: articles.text_is_document_span fails"),
    # damage no rule may repair (field 10; tests/real_pages/field10_findings/SOURCE.md)
    Case("ocr copy", "documents", "ocr_duplicate", _noise(_OCR_COPIES), DOC_A, None, "% of the text"),
    Case("date lost 年/月", "documents", "date_damaged",
         _noise("本办法经2017822日阿坝藏族羌族自治州第十二届人民代表大会常务委员会第二次会议修订。"), DOC_A, None, "reads 2017-08-22"),
    Case("cut 文号", "documents", "doc_number_damaged", _noise("根据牟政办发〔201746的要求，制定本条例。"), DOC_A, None,
         "reads 〔2017〕46号"),
    Case("digits lost", "documents", "digits_lost", _noise("禁止发动机排量毫升以上的两轮摩托车在本市道路上行驶。"), DOC_A, None, "'毫升'"),
    # field 11 (tests/real_pages/field11_findings/SOURCE.md): a ruby mirror's lost 條 with its reading spliced in
    Case("ruby residue", "documents", "ruby_residue", _noise("依据《广播电视管理?xiàng)l例》，制定本办法。"), DOC_A, None,
         "'?xiàng)'"),
    # field 12 (tests/real_pages/field12_findings/SOURCE.md): a converter's LaTeX, a day run into the next year
    Case("latex residue", "documents", "latex_residue", _noise("宜包含如下阈值：三元锂电池： $ V=60^{\\circ}C,T=0,C=0; $ 。"), DOC_A,
         None, "1 LaTeX span"),
    Case("word field code", "documents", "field_code_residue", _noise("除依照本法\\l“Z6T53”第五十三条第（二）项规定给予的强制许可外。"),
         DOC_A, None, "1 field code"),
    Case("html entity shown as text", "documents", "html_entity_residue",
         _noise("试点&ldquo;探索建立拔尖创新人才培养基地&rdquo;项目的普通高中学校。"), DOC_A, None, "2 character references"),
    Case("masked characters", "documents", "masked_chars",  # owba.cn's copy of 中国共产党纪律处分条例 (F14-B3)
         _noise("为维护*的章程和其他*内法规，严肃*的纪律，纯洁*的组织。"), DOC_A, None, "4 masked marks"),
    Case("injected characters", "documents", "injected_chars",  # zhzhwenwen.com's anti-copy injection (F15-N3)
         _noise("字体格式：仿宋GB2知顾讨武312，四号；正文格式：仿宋GB2312，四号。"), DOC_A, None, "'GB2知顾讨武312'"),
    Case("machine translator's number corruption", "documents", "number_corruption",  # as crsrw.com's 婚姻條例 (F19-N5)
         _noise("如果婚姻的任何一方年龄在65-438+06岁以下，则不发给登记员证书。"), DOC_A, None, "1 corrupted number"),
    Case("day run into a year", "documents", "date_damaged", _noise("部分修改，2012年11月142017年10月24日通过。"), DOC_A, None,
         "runs into the year 2017"),
    Case("declared doc_number of no form", "documents", "doc_number_form",
         _doc(doc_number="（依据《居住证暂行条例》《广东省流动人口服务管理条例》）"), DOC_A, None, "no document number"),
    Case("repost credit as issuer", "documents", "issuer_form", _doc(issuer="粤省事微信公众号（天河区政府网转载）"), DOC_A, None,
         "a repost credit"),
]


def _quality_report(case: Case, tmp_path: Path, *, reflag: bool) -> tuple[Any, dict[str, pa.Table], Path]:
    rows = valid_rows()
    case.mutate(rows)
    data = flagged(rows) if reflag else to_tables(rows)
    folder = write_dataset(tmp_path / "ds", data)
    return validate_path(folder), data, folder


@pytest.mark.parametrize("case", QUALITY_CASES, ids=[c.id for c in QUALITY_CASES])
def test_each_quality_check_flags_its_row_and_never_fails(case: Case, tmp_path: Path) -> None:
    report, data, folder = _quality_report(case, tmp_path, reflag=True)
    assert report.ok and not report.errors, report.render()
    groups = {(f.config, f.check) for f in report.findings}
    assert groups == {(case.config, case.check), *((c, case.check) for c in case.echo)}, "the fixture must make exactly its finding"
    named = [f for f in report.findings if f.doc_id == case.doc_id and (case.article is None or f.article == case.article)]
    assert named, report.render()
    if case.value is not None:
        assert any(case.value in f.value for f in named), named
    # the finding is data: on its row, on its document, and in the findings config
    documents = data["documents"].to_pylist()
    assert case.check in next(d for d in documents if d["doc_id"] == case.doc_id)["findings"]
    assert all(not d["findings"] for d in documents if d["doc_id"] != case.doc_id)
    if case.config == "articles":
        flagged_articles = [a for a in data["articles"].to_pylist() if a["findings"]]
        assert {(a["doc_id"], a["label"]) for a in flagged_articles} >= {(case.doc_id, case.article)}
        assert all(a["findings"] == [case.check] for a in flagged_articles)
    recorded = data["findings"].to_pylist()
    assert recorded and all(r["check"] == case.check and r["config"] in (case.config, *case.echo) for r in recorded)
    assert run_validate(folder) == EXIT_VALID
    assert run_validate(folder, strict=True) == EXIT_FINDINGS


@pytest.mark.parametrize("case", QUALITY_CASES, ids=[c.id for c in QUALITY_CASES])
def test_stale_findings_columns_fail_integrity(case: Case, tmp_path: Path) -> None:
    """The same damage with the findings columns left as they were: the flags are incomplete (exit 1)."""
    report, _, folder = _quality_report(case, tmp_path, reflag=False)
    assert {(f.check) for f in report.errors} == {"findings_match_data"}
    assert {f.config for f in report.errors} <= {"findings", "documents", "articles"}
    assert any(case.check in f.value for f in report.errors if f.config == "findings")
    assert {(f.config, f.check) for f in report.findings} == {(case.config, case.check), *((c, case.check) for c in case.echo)}
    assert run_validate(folder) == EXIT_INVALID


def test_every_declared_check_has_a_case() -> None:
    covered = {(c.config, c.check) for c in CASES}
    declared = set()
    for config, model in schemas.MODELS.items():
        schema = model.to_schema()
        declared |= {(config, c.name) for c in schema.checks}
        for col in schema.columns.values():
            declared |= {(config, c.name) for c in col.checks
                         if c.name not in ("greater_than_or_equal_to", "less_than_or_equal_to", "str_matches")}
        if getattr(model.Config, "unique", None):
            declared.add((config, "multiple_fields_uniqueness"))
    declared |= {(r.config, r.name) for r in schemas.RELATIONS}
    declared |= {(c.config, c.name) for c in schemas.CROSS_CHECKS}
    declared |= {(c.config, c.name) for c in schemas.TEXT_CHECKS}
    declared.add((schemas.FLAGS_CHECK.config, schemas.FLAGS_CHECK.name))
    assert not declared - covered, f"integrity checks without a breaking fixture: {sorted(declared - covered)}"
    quality_covered = {(c.config, c.check) for c in QUALITY_CASES}
    # residual-noise checks are the same code on every config: one config each is enough, but all 7 families
    missing = {key for key in quality.QUALITY_CHECKS if key not in quality_covered
               and not (key[1] in residual.NOISE_CHECKS and any(c.check == key[1] for c in QUALITY_CASES))}
    assert not missing, f"quality checks without a case: {sorted(missing)}"
    assert {c.check for c in QUALITY_CASES} >= set(residual.NOISE_CHECKS)


def test_suffix_articles_do_not_count_as_gaps() -> None:
    rows = valid_rows()
    assert any(a["article_suffix"] for a in rows["articles"])
    assert validate_tables(to_tables(rows)).ok and not validate_tables(to_tables(rows)).findings


def test_numbering_as_the_law_writes_it_is_no_finding(tmp_path: Path) -> None:
    """A declared gap, a document that starts above 1 (a book of a code), a repealed article kept in
    place: described in the data (numbering_gaps, first_article_no, repealed), not findings, even --strict."""
    rows = valid_rows()
    _declared_gap(rows)  # DOC_A: 1, 2, 2之一, 5 with 3 and 4 declared
    for no in (1, 2):  # DOC_B: a book starting at 463
        _renumber(rows, DOC_B, no, 462 + no)
    rows["documents"][1]["first_article_no"] = 463
    _article(rows, DOC_B, 464).update(heading="删去", repealed=True)
    _set_article_text(rows, DOC_B, 464, "")  # 第四百六十四条（删去）: the marker read as its heading
    folder = write_dataset(tmp_path / "ds", flagged(rows))
    report = validate_path(folder)
    assert report.ok and report.failures == [], report.render()
    assert run_validate(folder, strict=True) == EXIT_VALID


def test_undeclared_gap_is_a_finding_next_to_a_declared_one(tmp_path: Path) -> None:
    rows = valid_rows()
    _declared_gap(rows)
    _renumber(rows, DOC_B, 2, 4)  # DOC_B skips 2 and 3, undeclared
    folder = write_dataset(tmp_path / "ds", flagged(rows))
    report = validate_path(folder)
    assert [(f.severity, f.check, f.doc_id, f.article, f.value) for f in report.failures] == [
        ("finding", "article_numbers_contiguous", DOC_B, "第四条", "第四条 follows 1: 2..3 missing"),
    ]
    assert run_validate(folder) == EXIT_VALID and run_validate(folder, strict=True) == EXIT_FINDINGS


def test_numbering_findings_declared_and_undeclared() -> None:
    documents = pa.table({"doc_id": ["a", "b", "c"], "page_id": ["p"] * 3, "numbering_gaps": [[2], [1], []]})
    articles = pa.table({
        "doc_id": ["a", "a", "a", "b", "b", "c", "c", "c"], "source_file": ["f"] * 8,
        "article_no": [1, 3, 6, 2, 3, 4, 5, 5], "article_suffix": [0, 0, 0, 0, 0, 0, 0, 0],
        "label": [None] * 8, "eid": [f"e{i}" for i in range(8)],
    })
    found = quality.numbering_findings(documents, articles)
    assert list(zip(found.column("row").to_pylist(), found.column("check").to_pylist())) == [
        (2, "article_numbers_contiguous"),  # a: 4, 5 not declared (2 is: 3 follows 1 silently)
        (7, "article_numbers_unique"),  # c: 5 twice; c starting at 4 and b at 2 are the law's own numbering
    ]


def test_unresolved_spam_gap_is_a_finding(tmp_path: Path) -> None:
    rows = valid_rows()
    _unresolved(rows)
    folder = write_dataset(tmp_path / "ds", flagged(rows))
    report = validate_path(folder)
    assert report.ok and not report.errors
    assert [(f.check, f.doc_id) for f in report.findings] == [("unresolved_spam_gap", DOC_A)]
    assert run_validate(folder) == EXIT_VALID
    assert run_validate(folder, strict=True) == EXIT_FINDINGS
    assert "FINDING" in report.render()


def test_lazy_validation_collects_every_failure(tmp_path: Path) -> None:
    rows = valid_rows()
    _gap(rows)
    _orphan(rows)
    _doc(adopted="2024-02-30")(rows)
    _set_article_text(rows, DOC_B, 1, "本市,区")
    report = validate_tables(to_tables(rows))
    assert set(failing_checks(report)) == {
        ("articles", "article_numbers_contiguous"),
        ("articles", "doc_id_in_documents"),
        ("documents", "iso_date"),
        ("articles", "no_ascii_punct_between_cjk"),
        ("documents", "no_ascii_punct_between_cjk"),
        ("documents", "findings_match_data"),
        ("articles", "findings_match_data"),
        ("findings", "findings_match_data"),
    }
    assert report.verdict() == "invalid"


def test_counts_are_grouped(tmp_path: Path) -> None:
    rows = valid_rows()
    for art in rows["articles"]:
        art["chapter_title"] = "总,则"  # one finding per article, in a column no other config holds
    report = validate_tables(flagged(rows))
    (group,) = report.groups()
    assert group["count"] == len(rows["articles"]) and group["severity"] == "finding"
    assert "and 1 more" in report.render(max_examples=5)


def test_wrong_arrow_type_is_a_dtype_error(tmp_path: Path) -> None:
    tabs = to_tables(valid_rows())
    arts = tabs["articles"]
    index = arts.schema.get_field_index("article_no")
    tabs["articles"] = arts.set_column(index, "article_no", arts.column("article_no").cast(pa.int32()))
    folder = write_dataset(tmp_path / "ds", tabs)
    report = validate_path(folder)
    assert ("articles", "dtype('int64[pyarrow]')") in failing_checks(report)
    assert run_validate(folder) == EXIT_INVALID


def test_extra_column_is_an_error(tmp_path: Path) -> None:
    tabs = to_tables(valid_rows())
    tabs["pages"] = tabs["pages"].append_column("extra", pa.array([1, 2]))
    report = validate_tables(tabs)
    assert [(f.check, f.column) for f in report.errors] == [("column_in_schema", "extra")]


def test_pandas_frames_are_accepted() -> None:
    frames = {name: table.to_pandas() for name, table in to_tables(valid_rows()).items() if name == "documents"}
    report = validate_tables(frames)
    assert report.ok
    assert any("num_articles_matches_articles" in s for s in report.skipped)


def test_single_parquet_file_infers_its_config(tmp_path: Path) -> None:
    rows = valid_rows()
    _gap(rows)
    _article(rows, DOC_A, 1).update(end=0)
    path = tmp_path / "whatever.parquet"
    pq.write_table(to_tables(rows)["articles"], path)
    report = validate_path(path)
    assert set(failing_checks(report)) == {("articles", "span_order")}
    assert report.files == {"articles": [str(path)]}
    assert any("doc_id_in_documents" in s for s in report.skipped), "checks not run are listed, not passed"
    # the flags need the documents and the findings config: without them the check is skipped, and says so
    assert any("findings_match_data" in s for s in report.skipped)


def test_several_shards_are_concatenated(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path / "ds", valid_rows())
    arts = pq.read_table(folder / "data" / "articles-00000-of-00001.parquet")
    (folder / "data" / "articles-00000-of-00001.parquet").unlink()
    pq.write_table(arts.slice(0, 3), folder / "data" / "articles-00000-of-00002.parquet")
    pq.write_table(arts.slice(3), folder / "data" / "articles-00001-of-00002.parquet")
    report = validate_path(folder)
    assert report.ok and report.rows["articles"] == arts.num_rows


# --------------------------------------------------------------------------
# Unusable input: exit 2
# --------------------------------------------------------------------------


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_validate(tmp_path / "nope") == EXIT_UNUSABLE
    captured = capsys.readouterr()
    assert "UNUSABLE" in captured.out, "the report is the command's output, on stdout"
    assert "could not be validated" in captured.err and "UNUSABLE" not in captured.err


def test_unreadable_parquet(valid_dir: Path) -> None:
    (valid_dir / "data" / "articles-00000-of-00001.parquet").write_bytes(b"not parquet at all")
    report = validate_path(valid_dir)
    assert report.verdict() == "unusable" and not report.ok
    assert any("unreadable parquet" in p for p in report.unusable)


def test_missing_config(valid_dir: Path) -> None:
    (valid_dir / "data" / "pages-00000-of-00001.parquet").unlink()
    report = validate_path(valid_dir)
    assert report.verdict() == "unusable"
    assert any("'pages' missing" in p for p in report.unusable)


def test_missing_column(tmp_path: Path) -> None:
    tabs = to_tables(valid_rows())
    tabs["articles"] = tabs["articles"].drop_columns(["eid"])
    folder = write_dataset(tmp_path / "ds", tabs)
    assert run_validate(folder) == EXIT_UNUSABLE
    assert any("missing columns eid" in p for p in validate_path(folder).unusable)


def _card_listing(folder: Path, configs: dict[str, list[str]]) -> None:
    """Give the card of ``folder`` a ``configs`` list as the build writes it: config -> data_files paths."""
    card = (folder / "README.md").read_text(encoding="utf-8")
    listed = "".join(f"- config_name: {name}\n  data_files:\n" + "".join(f"  - split: train\n    path: {path}\n" for path in paths)
                     for name, paths in configs.items())
    (folder / "README.md").write_text(card.replace("---\n", "---\nconfigs:\n" + listed, 1), encoding="utf-8")


def _folder_errors(folder: Path) -> list[tuple[str, str, str]]:
    report = validate_path(folder)
    assert report.verdict() == "invalid", report.render()
    return [(f.config, f.check, f.value) for f in report.errors]


def test_a_missing_shard_is_an_error_naming_it(tmp_path: Path) -> None:
    """provisions in three shards, the middle one gone: the rows left are valid, the names say one is missing."""
    folder = write_sharded(tmp_path / "ds", valid_rows(), {"provisions": [2, 4]})
    (folder / "data" / "provisions-00001-of-00003.parquet").unlink()
    assert _folder_errors(folder) == [("provisions", "shards_complete", "1 of its 3 shards missing: provisions-00001-of-00003.parquet")]
    (folder / "data" / "provisions-00001-of-00004.parquet").write_bytes((folder / "data" / "provisions-00000-of-00003.parquet").read_bytes())
    [(_, check, value)] = [e for e in _folder_errors(folder) if e[1] == "shards_complete"]
    assert "disagree on the number of shards: 3, 4" in value


def test_a_card_listing_the_files_of_each_config_passes(tmp_path: Path) -> None:
    folder = write_sharded(tmp_path / "ds", valid_rows(), {"articles": [3]})
    present = sorted({f.name.split("-")[0] for f in (folder / "data").glob("*.parquet")})
    _card_listing(folder, {name: [f"data/{name}-*.parquet"] for name in present})
    assert validate_path(folder).ok


@pytest.mark.parametrize("listing, expected", [
    ({"documents": ["data/nothing-*.parquet"]}, "'data/nothing-*.parquet' match 0 files, not its 1"),
    ({"documents": ["data/documents-*.parquet", "data/pages-*.parquet"]}, "match 2 files, not its 1 (matching pages-"),
    ({"articles": ["data/articles-00000-of-00002.parquet"]}, "match 1 files, not its 2 (leaving out articles-00001-of-00002"),
    ({"documents": ["../ds/data/documents-*.parquet"]}, "leads outside the folder"),
    ({"statutes": ["data/documents-*.parquet"]}, "lists a config 'statutes' this dataset does not have"),
    ({"pages": []}, "does not list config 'pages', which has files"),
])
def test_a_card_that_names_wrong_files_is_an_error(tmp_path: Path, listing: dict, expected: str) -> None:
    """What ``load_dataset`` reads is what the card's ``configs`` name: each config with files, its files exactly."""
    folder = write_sharded(tmp_path / "ds", valid_rows(), {"articles": [3]})
    present = sorted({f.name.split("-")[0] for f in (folder / "data").glob("*.parquet")})
    configs = {name: [f"data/{name}-*.parquet"] for name in present}
    for name, paths in listing.items():
        if paths:
            configs[name] = paths
        else:
            del configs[name]
    _card_listing(folder, configs)
    errors = _folder_errors(folder)
    assert {check for _, check, _ in errors} == {"card_names_the_files"}
    assert any(expected in value for _, _, value in errors), errors


def test_json_report_into_a_missing_folder_is_a_usage_error(valid_dir: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "report.json"
    assert run_validate(valid_dir, json_out=target) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert f"--json {target}: folder {target.parent} does not exist" in err and "nothing validated" in err
    assert run_validate(valid_dir, json_out=tmp_path) == EXIT_UNUSABLE
    assert "is a folder, not a file" in capsys.readouterr().err


def test_unknown_file_name_in_folder(valid_dir: Path) -> None:
    pq.write_table(pa.table({"x": [1]}), valid_dir / "data" / "stuff.parquet")
    assert validate_path(valid_dir).verdict() == "unusable"


# --------------------------------------------------------------------------
# JSON report, the detectors, and the real build
# --------------------------------------------------------------------------


def test_json_report_to_stdout(valid_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = valid_rows()
    _gap(rows)
    write_dataset(valid_dir, flagged(rows))
    assert run_validate(valid_dir, json_out="-", strict=True) == EXIT_FINDINGS
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["exit_code"] == EXIT_FINDINGS and report["errors"] == 0 and report["findings"] == 1 and report["strict"]
    (group,) = report["checks"]
    assert group["severity"] == "finding" and group["check"] == "article_numbers_contiguous"
    assert group["failures"] == [{"row": 3, "doc_id": DOC_A, "article": "第五条", "value": "第五条 follows 2: 3..4 missing"}]
    assert "article_numbers_contiguous" in captured.err and "FINDINGS" in captured.err
    assert set(report["detectors"]) == set(residual.NOISE_CHECKS)


@pytest.mark.parametrize("check", residual.NOISE_CHECKS)
def test_prefilter_is_a_superset_on_the_raw_seeds(check: str, seed_paths: list[Path]) -> None:
    """The RE2 prefilter must keep every line the exact detector flags (speed never changes a verdict)."""
    lines = [line for p in seed_paths for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += [c.id for c in CASES] + ["马鞍(an)山", "本市,区", "总?结", "本市\u200b区", "我們", "鏂囦欢", "万博体育manbetx3.0"]
    det = residual.detector(check)
    exact = {i for i, line in enumerate(lines) if det.find(line)}
    fast = set(residual.scan(pd.Series(lines, dtype=schemas.STR), [check])[check].tolist())
    assert fast == exact


def _clean_corpus_hits(files: list[Path], check: str) -> list[int]:
    texts = [p.read_text(encoding="utf-8") for p in files]
    return residual.scan(pd.Series(texts, dtype=schemas.STR), [check])[check].tolist()


@pytest.mark.parametrize("check", ["no_ruby_pinyin", "no_invisible_char", "no_question_mark_between_cjk"])
def test_clean_corpus_has_no_false_positive(check: str, clean_corpus_files: list[Path]) -> None:
    """Residual checks that must never fire on clean law."""
    assert _clean_corpus_hits(clean_corpus_files, check) == []


def test_clean_corpus_has_no_false_positive_spam(clean_corpus_files: list[Path]) -> None:
    """立博 (a brand) inside 设立博物馆 once fired here: the check now asks the spam rule itself."""
    assert _clean_corpus_hits(clean_corpus_files, "no_spam") == []


def test_build_of_raw_validates(raw_dir: Path, tmp_path: Path) -> None:
    from corpus_tools.dataset.build import build

    out = tmp_path / "out"
    summary = build(raw_dir, out, progress=False)
    assert summary.validation_errors == 0
    report = validate_path(out)
    assert report.ok, report.render()
    assert report.rows["articles"] > 0


# --------------------------------------------------------------------------
# Residual noise: one scan for every config, each config judged on its own text
# --------------------------------------------------------------------------


def _everywhere(rows: Rows) -> None:
    """The same residual string in an article, its document and the page that is the document (an
    article's text is always in its document's)."""
    _set_article_text(rows, DOC_A, 2, "现将有关情况总?结如下。")


def _document_outside_articles(rows: Rows) -> None:
    """A Traditional character in the document's first line (no article holds it), and so in its page."""
    for row, key in ((rows["documents"][0], "text"), (rows["pages"][0], "text"), (rows["pages"][0], "ingested_text")):
        row[key] = row[key].replace("促进", "促進", 1)


def _page_outside_documents(rows: Rows) -> None:
    """Site furniture after the document, on the page only: in no document, so no finding."""
    for key in ("text", "ingested_text"):
        rows["pages"][0][key] += "扫一扫在手机打开当前页,关闭窗口"


def _heading_and_chapter_title(rows: Rows) -> None:
    _article(rows, DOC_A, 1).update(heading="立法目的與依據")
    _relay(rows, DOC_A)
    _article(rows, DOC_B, 2).update(chapter_title="总,则")


def _metadata(rows: Rows) -> None:
    rows["documents"][1].update(title="常州市公共服务平台管(guan)理办法", issuer="常州市人民政府\u200b")


def _exact_noise(data: dict[str, pa.Table]) -> dict[tuple[str, str, str, int], str]:
    """(config, check, column, row) -> report value, every row of every noise column through the exact detector.

    No prefilter, no shared pass: what the validator must report.
    """
    found = {}
    for config in ("documents", "articles"):
        for column in quality.noise_columns(config):
            for row, text in enumerate(data[config].column(column).to_pylist()):
                for check in residual.NOISE_CHECKS:
                    if text is not None and residual.detector(check).find(text):
                        found[(config, check, column, row)] = residual.excerpt(check, text)
    return found


def _reported_noise(report: Any) -> dict[tuple[str, str, str, int], tuple[str | None, str | None, str]]:
    return {
        (f.config, f.check, f.column, f.row): (f.doc_id, f.article, f.value)
        for f in report.failures if f.check in residual.NOISE_CHECKS
    }


NOISE_PLACES = [
    # (id, mutation, the (config, column) pairs that must be flagged)
    ("article and its document", _everywhere, {("articles", "text"), ("documents", "text")}),
    ("document outside any article", _document_outside_articles, {("documents", "text")}),
    ("page outside any document", _page_outside_documents, set()),
    ("heading and chapter title", _heading_and_chapter_title,
     {("articles", "heading"), ("articles", "chapter_title"), ("documents", "text")}),
    ("title and issuer", _metadata, {("documents", "title"), ("documents", "issuer")}),
]


@pytest.mark.parametrize(("mutate", "expected"), [p[1:] for p in NOISE_PLACES], ids=[p[0] for p in NOISE_PLACES])
def test_residual_noise_is_reported_in_its_own_configs_rows(mutate: Callable[[Rows], None], expected: set, tmp_path: Path) -> None:
    """One pass over every noise column of documents and articles still names exactly each config's rows."""
    rows = valid_rows()
    mutate(rows)
    data = flagged(rows)
    report = validate_path(write_dataset(tmp_path / "ds", data))
    assert report.ok, report.render()
    reported = _reported_noise(report)
    assert {(config, column) for config, _, column, _ in reported} == expected
    exact = _exact_noise(data)
    assert {key: value for key, (_, _, value) in reported.items()} == exact
    for (config, _, _, row), (doc, article, _) in reported.items():
        own = rows[config][row]
        assert doc == own["doc_id"]
        assert article == (own["label"] if config == "articles" else None)
    recorded = {(r["config"], r["column"], r["check"]) for r in data["findings"].to_pylist()}
    assert recorded == {(config, column, check) for config, check, column, _ in reported}


def test_one_residual_scan_per_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every noise column of documents and articles (nullable ones included) is read in one shared scan."""
    rows = valid_rows()
    _heading_and_chapter_title(rows)
    _everywhere(rows)
    calls = []
    real = residual.scan

    def counting(values: Any, checks: Any = residual.NOISE_CHECKS) -> dict:
        calls.append(len(values))
        return real(values, checks)

    data = flagged(rows)
    monkeypatch.setattr(residual, "scan", counting)
    report = validate_tables(data)
    assert len(calls) == 1, "a column was scanned on its own"
    assert calls[0] == sum(len(rows[c]) * len(quality.noise_columns(c)) for c in ("documents", "articles"))
    assert {("articles", "heading"), ("articles", "chapter_title"), ("documents", "text")} <= {
        (f.config, f.column) for f in report.failures
    }


def test_scan_columns_equals_scanning_each_column() -> None:
    """Random rows over noise fragments (many chunks, nulls, repeats with unknown or stale positions)."""
    import random

    rng = random.Random(11)
    pieces = ["本市", "人民政府", "总", "?", "结", "马鞍", "(an)", "山", "們", ",", "区", "\u200b", "鏂囦欢", "万博体育",
              "manbetx3.0", "。", "\n", "(", ")", "http://x.cn", " "]

    def text() -> str | None:
        return None if rng.random() < 0.05 else "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))

    pages = [text() for _ in range(300)]
    positions = [rng.choice([None, -1, len(pages) + 5, *range(len(pages))]) for _ in range(400)]
    docs = [pages[p] if p is not None and 0 <= p < len(pages) and rng.random() < 0.7 else text() for p in positions]
    titles = [text() for _ in range(50)]
    chunked = pa.chunked_array([pa.array(pages[i : i + 7], type=pa.string()) for i in range(0, len(pages), 7)])
    in_order = [pages[i] if rng.random() < 0.8 else text() for i in range(len(pages))]  # one document per page
    got = residual.scan_columns(
        [chunked, pa.array(docs), pa.array(titles), pa.array(in_order)],
        repeats={1: (0, pa.array(positions, type=pa.int64())), 3: (0, list(range(len(pages))))},
    )
    for values, hits in zip((pages, docs, titles, in_order), got):
        want = residual.scan(pa.array(values, type=pa.string()))
        assert {c: h.tolist() for c, h in hits.items()} == {c: h.tolist() for c, h in want.items()}
        exact = {c: [i for i, t in enumerate(values) if t is not None and residual.detector(c).find(t)] for c in residual.NOISE_CHECKS}
        assert {c: h.tolist() for c, h in hits.items()} == exact
    assert sum(len(h) for h in got[1].values()) > 0


# --------------------------------------------------------------------------
# Streaming: several shards per config give the report of one shard
# --------------------------------------------------------------------------


def write_sharded(folder: Path, data: Rows | dict[str, pa.Table], cuts: dict[str, list[int]]) -> Path:
    """A dataset folder whose configs are split into shards at the given row numbers (others: one shard)."""
    return write_dataset(folder, data, cuts)


def _comparable(report: Any) -> tuple[dict, list]:
    out = report.to_dict()
    out.pop("seconds")
    out.pop("files")
    out.pop("empty_configs")  # in memory a config has zero rows; in a folder it is declared empty
    return out, [(f.severity, f.config, f.check, f.column, f.row, f.doc_id, f.article, f.value) for f in report.failures]


@pytest.fixture(params=[0, None], ids=["batch-per-shard", "default-batches"])
def batch_bytes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """0: every chunk of shards is validated on its own (what a big corpus does); None: the default."""
    from corpus_tools.validation import run as validate

    if request.param is not None:
        monkeypatch.setattr(validate, "BATCH_BYTES", request.param)
    return validate.BATCH_BYTES


def _same_as_one_shard(rows: Rows | dict[str, pa.Table], cuts: dict[str, list[int]], tmp_path: Path) -> Any:
    sharded = validate_path(write_sharded(tmp_path / "sharded", rows, cuts))
    whole = validate_path(write_dataset(tmp_path / "whole", rows))
    assert _comparable(sharded) == _comparable(whole)
    assert _comparable(validate_tables(rows if all(isinstance(v, pa.Table) for v in rows.values()) else to_tables(rows))) == _comparable(whole)
    # the batches checked in two processes: the same report, failures in the same order
    assert _comparable(validate_path(tmp_path / "sharded", workers=2)) == _comparable(whole)
    assert len(sharded.files["documents"]) == len(cuts.get("documents", [])) + 1
    return sharded


def test_duplicate_doc_id_across_two_shards(tmp_path: Path, batch_bytes: int) -> None:
    rows = valid_rows()
    _duplicate_document(rows)  # documents: A, B | B
    report = _same_as_one_shard(rows, {"documents": [2]}, tmp_path)
    assert [(f.check, f.row, f.doc_id, f.value) for f in report.failures] == [
        ("field_uniqueness", 1, DOC_B, DOC_B),
        ("field_uniqueness", 2, DOC_B, DOC_B),
    ]


def test_duplicate_key_across_shards_of_articles_and_edits(tmp_path: Path, batch_bytes: int) -> None:
    rows = valid_rows()
    _duplicate_article(rows, eid="art_2", article_no=3, label="第三条")
    rows["edits"].append(dict(rows["edits"][0]))
    rows["pages"][0].update(num_edits=2)
    report = _same_as_one_shard(rows, {"articles": [3, 6], "edits": [1]}, tmp_path)
    assert {(f.config, f.check, f.row) for f in report.failures} == {
        ("articles", "multiple_fields_uniqueness", 5), ("articles", "multiple_fields_uniqueness", 6),
        ("edits", "multiple_fields_uniqueness", 0), ("edits", "multiple_fields_uniqueness", 1),
        ("pages", "text_replays_edits", 0),  # the same edit twice does not replay
    }


def test_article_whose_document_is_in_another_shard(tmp_path: Path, batch_bytes: int) -> None:
    """DOC_B's articles sit in the first articles shard, DOC_B in the second documents shard: no orphan;
    the one real orphan, in the last shard, is named with its row across all shards."""
    rows = valid_rows()
    rows["articles"] = rows["articles"][4:] + rows["articles"][:4]  # B's two articles first
    _orphan(rows)
    report = _same_as_one_shard(rows, {"documents": [1], "articles": [2, 5]}, tmp_path)
    assert [(f.check, f.row, f.doc_id, f.article, f.value) for f in report.failures] == [
        ("doc_id_in_documents", 6, ORPHAN, "第一条", ORPHAN),
    ]


def test_a_page_whose_documents_are_in_another_batch_is_rebuilt_from_them(tmp_path: Path, batch_bytes: int) -> None:
    """PAGE_B stores no ingested text (data format 4: no edit, DOC_B tiles it) and sits in the second pages
    shard, DOC_B in the one documents shard, read with PAGE_A's: the page is rebuilt from its document
    read back at the end, valid; the same with DOC_B's text changed (same length) fails on the page, in
    a folder, sharded, in memory and in two processes alike."""
    rows = valid_rows()
    _elide(rows, 1)
    assert _same_as_one_shard(rows, {"pages": [1]}, tmp_path / "valid").ok
    rows["documents"][1].update(text=rows["documents"][1]["text"].replace("常州市", "常洲市", 1))
    report = _same_as_one_shard(rows, {"pages": [1]}, tmp_path / "changed")
    assert [(f.config, f.check, f.row, f.doc_id) for f in report.failures] == [("pages", "text_replays_edits", 1, PAGE_B)]


def test_numbering_gap_spanning_shards(tmp_path: Path, batch_bytes: int) -> None:
    rows = valid_rows()
    _gap(rows)  # DOC_A: 1, 2, 2之一 | 5
    report = _same_as_one_shard(flagged(rows), {"articles": [3]}, tmp_path)
    assert [(f.severity, f.check, f.row, f.doc_id, f.article, f.value) for f in report.failures] == [
        ("finding", "article_numbers_contiguous", 3, DOC_A, "第五条", "第五条 follows 2: 3..4 missing"),
    ]
    # stale flags are found across shards too
    stale = _same_as_one_shard(rows, {"articles": [3]}, tmp_path / "stale")
    assert {(f.config, f.check) for f in stale.errors} == {
        ("findings", "findings_match_data"), ("articles", "findings_match_data"), ("documents", "findings_match_data"),
    }
    # the same gap declared by a document in another shard is no finding, as with one shard
    _declare(3, 4)(rows)
    report = _same_as_one_shard(flagged(rows), {"articles": [3], "documents": [1]}, tmp_path / "declared")
    assert report.failures == []


def test_counts_across_shards(tmp_path: Path, batch_bytes: int) -> None:
    """num_articles counts a document's articles in every shard; a wrong count is still found."""
    rows = valid_rows()
    rows["documents"][1]["num_articles"] = 5
    report = _same_as_one_shard(rows, {"articles": [1, 2, 5], "documents": [1]}, tmp_path)
    assert [(f.check, f.row, f.doc_id, f.value) for f in report.failures] == [
        ("num_articles_matches_articles", 1, DOC_B, "num_articles=5 (counted 2)"),
    ]


def test_noise_in_the_second_shard_only(tmp_path: Path, batch_bytes: int) -> None:
    rows = valid_rows()
    _set_article_text(rows, DOC_B, 2, "本办法自公布之日起施行,请遵守。")
    rows["documents"][1]["title"] += "們"
    report = _same_as_one_shard(flagged(rows), {"articles": [4], "pages": [1], "documents": [1]}, tmp_path)
    assert [(f.config, f.check, f.row, f.doc_id, f.article) for f in report.failures] == [
        ("documents", "no_traditional_char", 1, DOC_B, None),
        ("documents", "no_ascii_punct_between_cjk", 1, DOC_B, None),
        ("articles", "no_ascii_punct_between_cjk", 5, DOC_B, "第二条"),
    ]


def test_a_wrong_type_in_every_shard_is_one_failure(tmp_path: Path, batch_bytes: int) -> None:
    tabs = to_tables(valid_rows())
    arts = tabs["articles"]
    index = arts.schema.get_field_index("article_no")
    tabs["articles"] = arts.set_column(index, "article_no", arts.column("article_no").cast(pa.int32()))
    sharded = validate_path(write_sharded(tmp_path / "sharded", tabs, {"articles": [2, 4]}))
    whole = validate_path(write_dataset(tmp_path / "whole", tabs))
    assert _comparable(sharded) == _comparable(whole)
    assert failing_checks(sharded)[("articles", "dtype('int64[pyarrow]')")] == 1


def test_shards_disagreeing_on_the_schema_are_unusable(tmp_path: Path) -> None:
    tabs = to_tables(valid_rows())
    folder = write_sharded(tmp_path / "ds", tabs, {"articles": [3]})
    second = folder / "data" / "articles-00001-of-00002.parquet"
    pq.write_table(pq.read_table(second).drop_columns(["eid"]), second)
    report = validate_path(folder)
    assert report.verdict() == "unusable"
    assert any("shards disagree on the schema" in p for p in report.unusable)


def test_validation_reads_one_chunk_of_shards_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shard numbers need not align across configs (a chunk without edits has no edits shard): shards
    are grouped by source file, every batch holds at most one shard per config, and only light
    columns (never a text column) are kept from one batch to the next."""
    from corpus_tools.validation import run as validate

    monkeypatch.setattr(validate, "BATCH_BYTES", 0)
    rows = valid_rows()
    folder = write_sharded(tmp_path / "ds", rows, {c: [1] for c in ("documents", "pages")} | {"articles": [4], "provisions": [4]})
    batches: list[dict[str, int]] = []
    real_check = validate._check_batch

    def check(batch: Any, **options: Any) -> Any:
        batches.append({name: len(parts) for name, parts in batch.items()})
        return real_check(batch, **options)

    monkeypatch.setattr(validate, "_check_batch", check)
    report = validate_path(folder)
    assert report.ok, report.render()
    assert batches[:2] == [
        {"pages": 1, "documents": 1, "articles": 1, "provisions": 1, "edits": 1},  # a.txt (its only edit)
        {"pages": 1, "documents": 1, "articles": 1, "provisions": 1},  # b.txt: no edits shard
    ]
    assert all(max(b.values()) == 1 for b in batches) and sum(sum(b.values()) for b in batches) == 10
    text_columns = {"text", "ingested_text", "paragraphs", "title", "before", "after", "detail", "warnings", "metadata"}
    for config in tables.CONFIGS:
        assert not text_columns & set(validate._light_columns(config)), config


@pytest.mark.parametrize("old", [2, 3])
def test_a_dataset_of_another_data_format_is_unusable_with_the_reason(tmp_path, old):
    """A release of data format 2 (downloaded: ``pages.text``, full provision texts) or 3
    (``articles.paragraphs``) is not checked against format 4's columns: validate says which format
    the card states and which it checks, instead of reporting missing columns and every provision
    as wrong (issue 20)."""
    folder = write_dataset(tmp_path / "ds", flagged(valid_rows()))
    card = folder / "README.md"
    card.write_text(card.read_text(encoding="utf-8").replace("corpus_tools:\n", f"corpus_tools:\n  data_format: {old}\n", 1), encoding="utf-8")
    for where in (folder, folder / "data"):
        report = validate_path(where)
        assert not report.ok and report.unusable == [f"{folder}: the dataset card states data format {old}; this validator "
                                                     f"checks data formats 4 to {tables.DATA_FORMAT} (CHANGELOG.md says what "
                                                     "changed; corpus_tools.dataset.texts reads the whole texts of every format)"]
    card.write_text(card.read_text(encoding="utf-8").replace(f"data_format: {old}", f"data_format: {tables.DATA_FORMAT}"), encoding="utf-8")
    assert validate_path(folder).ok


@pytest.mark.parametrize("stated,usable", [(4, True), (5, True), (6, True), (7, False)])
def test_formats_5_and_6_only_added_values_so_format_4_is_checked(tmp_path, stated, usable):
    """Data format 5 added values to ``documents.doc_type`` (judicial_interpretation, standard, court_document),
    format 6 to ``edits.rule`` (furniture_seams); neither changed a column: a release of format 4 or 5 is checked as
    it stands; one of a later format is not (sessions 18, 19)."""
    assert tables.DATA_FORMAT == 6 and tables.COLUMNS_SINCE == 4
    folder = write_dataset(tmp_path / "ds", flagged(valid_rows()))
    card = folder / "README.md"
    card.write_text(card.read_text(encoding="utf-8").replace("corpus_tools:\n", f"corpus_tools:\n  data_format: {stated}\n", 1), encoding="utf-8")
    assert validate_path(folder).ok is usable
