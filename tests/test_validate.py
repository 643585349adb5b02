"""corpus-tools validate: every check has a fixture that breaks exactly that rule.

Fixtures are generated here: a small valid dataset (two pages, two documents,
articles with a 之一 suffix, provisions, edits, an alignment) written as a
dataset folder; each case mutates one thing, and the test asserts that
validate exits 1, that exactly the expected check fails, and that the report
names the offending row (doc_id, article) and value.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus_tools import tables
from corpus_tools.validation import residual, schemas
from corpus_tools.ids import doc_id, page_id
from corpus_tools.cli import EXIT_INVALID, EXIT_OK as EXIT_VALID, EXIT_USAGE as EXIT_UNUSABLE, run_validate
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
            paragraphs=[body], text=body, start=start, end=len(text) - 1, eid=eid,
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
        num_articles=len(rows), numbering_gaps=[], num_chars=len(text), page_start=0, page_end=len(text), text=text,
    )
    document.update(extra)
    return document, rows, provisions


def valid_rows() -> Rows:
    """A small dataset that passes every check."""
    doc_a, arts_a, prov_a = _document(
        DOC_A, PAGE_A, "a.txt", "常州市智能制造促进条例", ARTICLES_A,
        adopted="2024-10-30", approved="2024-11-28", published="2024-12-05", effective="2025-01-01",
    )
    doc_b, arts_b, prov_b = _document(DOC_B, PAGE_B, "b.txt", "常州市公共服务平台管理办法", ARTICLES_B, doc_type="rules")
    pages = [
        dict(page_id=pid, source_file=src, sha256=f"{i:064x}", encoding="utf-8", format="text", script="simplified",
             num_edits=n, num_warnings=0, warnings="[]", metadata="{}", ingested_text=doc["text"], text=doc["text"])
        for i, (pid, src, doc, n) in enumerate(((PAGE_A, "a.txt", doc_a, 1), (PAGE_B, "b.txt", doc_b, 0)))
    ]
    edits = [dict(doc_id=DOC_A, page_id=PAGE_A, source_file="a.txt", seq=0, step=9, rule="width", position=5,
                  end=6, before=",", after="，", detail="")]
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
    }


def to_tables(rows: Rows) -> dict[str, pa.Table]:
    return {name: pa.Table.from_pylist(rows[name], schema=tables.CONFIGS[name]) for name in tables.CONFIGS if name in rows}


def write_dataset(folder: Path, data: Rows | dict[str, pa.Table]) -> Path:
    (folder / "data").mkdir(parents=True, exist_ok=True)
    tabs = data if all(isinstance(v, pa.Table) for v in data.values()) else to_tables(data)  # type: ignore[arg-type]
    for name, table in tabs.items():
        pq.write_table(table, folder / "data" / f"{name}-00000-of-00001.parquet")
    (folder / "README.md").write_text("---\n---\n", encoding="utf-8")
    return folder


def _article(rows: Rows, did: str, no: int, suffix: int = 0) -> dict:
    return next(a for a in rows["articles"] if a["doc_id"] == did and a["article_no"] == no and a["article_suffix"] == suffix)


def _set_article_text(rows: Rows, did: str, no: int, text: str) -> None:
    art = _article(rows, did, no)
    art["text"] = text
    art["paragraphs"] = [text]


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


def _duplicate_article(rows: Rows) -> None:
    dup = copy.deepcopy(_article(rows, DOC_B, 2))
    dup["start"] += 100
    dup["end"] += 100
    dup["eid"] = "art_2_dup"
    rows["articles"].append(dup)
    rows["documents"][1]["num_articles"] += 1


def _gap(rows: Rows) -> None:
    art = _article(rows, DOC_A, 3)
    art.update(article_no=5, label="第五条", eid="art_5")


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


CASES = [
    # articles: keys, numbering, relations
    Case("duplicate article", "articles", "multiple_fields_uniqueness", _duplicate_article, DOC_B, "第二条", "article_no=2"),
    Case("gap in numbering", "articles", "article_numbers_contiguous", _gap, DOC_A, "第五条", "5"),
    Case("gap only partly declared", "articles", "article_numbers_contiguous",
         lambda r: _gap(r) or _declare(3)(r), DOC_A, "第五条", "5"),
    Case("gap declared by the other document", "articles", "article_numbers_contiguous",
         lambda r: _gap(r) or _declare(3, 4, doc=1)(r) or _article(r, DOC_B, 2).update(article_no=5, label="第五条"),
         DOC_A, "第五条", "5"),
    Case("orphan article", "articles", "doc_id_in_documents", _orphan, ORPHAN, "第一条", ORPHAN),
    Case("empty article text", "articles", "non_empty", _noise("　 "), DOC_A, "第二条"),
    Case("article end before start", "articles", "span_order", lambda r: _article(r, DOC_A, 1).update(end=0), DOC_A, "第一条", "end=0"),
    Case("article number 0", "articles", "greater_than_or_equal_to(1)",
         lambda r: r["articles"].append(dict(_article(r, DOC_B, 1), doc_id=DOC_B, article_no=0, label="第零条")) or r["documents"][1].update(num_articles=3),
         DOC_B, "第零条", "0"),
    # residual noise, one family each, in an article body only
    Case("residual pinyin", "articles", "no_ruby_pinyin", _noise("马鞍(an)山市人民政府负责本条例的实施。"), DOC_A, "第二条", "(an)"),
    Case("spam", "articles", "no_spam", _noise("建设智能制造万博体育manbetx3.0平台。"), DOC_A, "第二条", "万博"),
    Case("traditional character", "articles", "no_traditional_char", _noise("市人民政府和我們的部门负责实施。"), DOC_A, "第二条", "[們]"),
    Case("ascii comma between cjk", "articles", "no_ascii_punct_between_cjk", _noise("本市,区人民政府负责实施。"), DOC_A, "第二条", "[,]"),
    Case("replacement character", "articles", "no_invisible_char", _noise("本市\ufffd区人民政府负责实施。"), DOC_A, "第二条", "\ufffd"),
    Case("zero-width character", "articles", "no_invisible_char", _noise("本市\u200b区人民政府负责实施。"), DOC_A, "第二条", "<U+200B>"),
    Case("control character", "articles", "no_invisible_char", _noise("本市\x07区人民政府负责实施。"), DOC_A, "第二条", "<U+0007>"),
    Case("question mark between cjk", "articles", "no_question_mark_between_cjk", _noise("现将有关情况总?结如下。"), DOC_A, "第二条", "[?]"),
    Case("mojibake", "articles", "no_mojibake", _noise("本市鏂囦欢管理工作。"), DOC_A, "第二条", "鏂"),
    Case("noise in a heading", "articles", "no_traditional_char",
         lambda r: _article(r, DOC_A, 1).update(heading="立法目的與依據"), DOC_A, "第一条", "與"),
    # documents
    Case("duplicate doc_id", "documents", "field_uniqueness", _duplicate_document, DOC_B, None, DOC_B),
    Case("bad date", "documents", "iso_date", _doc(adopted="2024-02-30"), DOC_A, None, "2024-02-30"),
    Case("non-ISO date", "documents", "iso_date", _doc(effective="2025年1月1日"), DOC_A, None, "2025年1月1日"),
    Case("date order", "documents", "date_order", _doc(approved="2024-10-01"), DOC_A, None, "approved=2024-10-01"),
    Case("amended before adopted", "documents", "date_order", _doc(amended="2024-01-01"), DOC_A, None, "amended=2024-01-01"),
    Case("bad amended date", "documents", "iso_date", _doc(amended="2024-13-01"), DOC_A, None, "2024-13-01"),
    Case("numbering gaps not ascending", "documents", "numbering_gaps_ascending", _declare(0), DOC_A, None, "0"),
    Case("declared gap that has an article", "documents", "numbering_gaps_match_articles", _declare(2), DOC_A, None, "2"),
    Case("declared gap beyond the last article", "documents", "numbering_gaps_match_articles",
         _declare(7), DOC_A, None, "7"),
    Case("null numbering_gaps", "documents", "not_nullable", _doc(numbering_gaps=None), DOC_A, None, "null"),
    Case("unknown doc_type", "documents", "doc_type_in_vocabulary", _doc(doc_type="statute"), DOC_A, None, "statute"),
    Case("unknown status", "documents", "status_in_vocabulary", _doc(status="valid"), DOC_A, None, "valid"),
    Case("unknown role", "documents", "role_in_vocabulary", _doc(role="appendix"), DOC_A, None, "appendix"),
    Case("unknown script", "documents", "script_in_vocabulary", _doc(script="latin"), DOC_A, None, "latin"),
    Case("unknown jurisdiction level", "documents", "jurisdiction_level_in_vocabulary", _doc(jurisdiction_level="national"[:4]), DOC_A, None, "nati"),
    Case("empty title", "documents", "non_empty", _doc(title=" "), DOC_A),
    Case("null source_file", "documents", "not_nullable", _doc(source_file=None), DOC_A, None, "null"),
    Case("malformed doc_id", "documents", "str_matches('^d-[0-9a-f]{16}-[0-9]+$')",
         lambda r: r["documents"].append(dict(r["documents"][1], doc_id="doc-1", num_articles=0)), "doc-1", None, "doc-1"),
    Case("num_chars wrong", "documents", "num_chars_matches_text", _doc(num_chars=3), DOC_A, None, "num_chars=3"),
    Case("page span reversed", "documents", "page_span_order", _doc(page_start=50, page_end=10), DOC_A, None, "page_start=50"),
    Case("num_articles wrong", "documents", "num_articles_matches_articles", _doc(num_articles=9), DOC_A, None, "num_articles=9"),
    Case("unknown page", "documents", "page_id_in_pages", _doc(page_id="p-" + "f" * 16), DOC_A, None, "p-ffff"),
    Case("unknown parent", "documents", "parent_id_in_documents", _doc(parent_id=ORPHAN), DOC_A, None, ORPHAN),
    Case("noise in a title", "documents", "no_spam", _doc(title="万博体育manbetx3.0平台管理条例"), DOC_A, None, "万博"),
    # provisions
    Case("unknown provision type", "provisions", "type_in_vocabulary", _first("provisions", type="clause"), DOC_A, None, "clause"),
    Case("provision end before start", "provisions", "span_order", _first("provisions", start=9, end=2), DOC_A, None, "start=9"),
    Case("duplicate eid", "provisions", "multiple_fields_uniqueness",
         lambda r: r["provisions"][1].update(eid=r["provisions"][0]["eid"]), DOC_A, None, "eid=art_1"),
    Case("orphan provision", "provisions", "doc_id_in_documents", _first("provisions", doc_id=ORPHAN), ORPHAN, None, ORPHAN),
    # edits
    Case("unknown rule", "edits", "rule_in_vocabulary", _first("edits", rule="magic"), DOC_A, None, "magic"),
    Case("before does not match span", "edits", "before_matches_span", _first("edits", end=8), DOC_A, None, "end=8"),
    Case("duplicate edit seq", "edits", "multiple_fields_uniqueness",
         lambda r: r["edits"].append(dict(r["edits"][0])) or r["pages"][0].update(num_edits=2), DOC_A, None, "seq=0"),
    Case("edit on unknown document", "edits", "doc_id_in_documents", _first("edits", doc_id=ORPHAN), ORPHAN, None, ORPHAN),
    Case("edit on unknown page", "edits", "page_id_in_pages",
         lambda r: r["edits"][0].update(page_id="p-" + "e" * 16) or r["pages"][0].update(num_edits=0), DOC_A, None, "p-eeee"),
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
    Case("noise in page text", "pages", "no_ascii_punct_between_cjk",
         lambda r: r["pages"][1].update(text="本市,区"), PAGE_B, None, "[,]"),
]


@pytest.fixture
def valid_dir(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "ds", valid_rows())


def test_valid_dataset_passes(valid_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert run_validate(valid_dir, json_out=out) == EXIT_VALID
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["ok"] and report["errors"] == 0 and report["checks"] == []
    assert report["rows"] == {name: len(rows) for name, rows in valid_rows().items()}
    assert report["skipped"] == []
    assert "VALID" in capsys.readouterr().out


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_check_has_a_breaking_fixture(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = valid_rows()
    case.mutate(rows)
    folder = write_dataset(tmp_path / "ds", rows)
    out = tmp_path / "report.json"

    assert run_validate(folder, json_out=out) == EXIT_INVALID
    report = json.loads(out.read_text(encoding="utf-8"))
    failing = {(g["config"], g["check"]) for g in report["checks"]}
    assert failing == {(case.config, case.check)}, "the fixture must break exactly its rule"
    group = report["checks"][0]
    assert group["severity"] == "error" and group["count"] >= 1
    named = [
        f for f in group["failures"]
        if f["doc_id"] == case.doc_id and (case.article is None or f["article"] == case.article)
    ]
    assert named, f"no failure names {case.doc_id} {case.article}: {group['failures']}"
    if case.value is not None:
        assert any(case.value in f["value"] for f in named), named
    text = capsys.readouterr().err
    assert "INVALID" in text and case.check in text and str(case.doc_id) in text


def _declared_checks() -> set[tuple[str, str]]:
    """Every custom check the models, relations and count checks declare."""
    declared = set()
    for config, model in schemas.MODELS.items():
        schema = model.to_schema()
        declared |= {(config, c.name) for c in schema.checks}
        for col in schema.columns.values():
            declared |= {
                (config, c.name) for c in col.checks
                if c.name not in ("greater_than_or_equal_to", "less_than_or_equal_to", "str_matches")
                and schemas.severity(c.name) == "error"
            }
        if getattr(model.Config, "unique", None):
            declared.add((config, "multiple_fields_uniqueness"))
    declared |= {(r.config, r.name) for r in schemas.RELATIONS}
    declared |= {(c.config, c.name) for c in schemas.CROSS_CHECKS if schemas.severity(c.name) == "error"}
    return declared


def test_every_declared_check_has_a_case() -> None:
    covered = {(c.config, c.check) for c in CASES}
    residual_everywhere = {(cfg, chk) for cfg, chk in _declared_checks() if chk in residual.NOISE_CHECKS}
    # Residual-noise checks are the same code on every config: one config each is enough, but all 7 families.
    missing = {
        (cfg, chk) for cfg, chk in _declared_checks() - covered
        if not (chk in residual.NOISE_CHECKS and any(c.check == chk for c in CASES))
    }
    assert not missing, f"checks without a breaking fixture: {sorted(missing)}"
    assert {c for _, c in residual_everywhere} == set(residual.NOISE_CHECKS)


def test_suffix_articles_do_not_count_as_gaps() -> None:
    rows = valid_rows()
    assert any(a["article_suffix"] for a in rows["articles"])
    assert validate_tables(to_tables(rows)).ok


def _declared_gap(rows: Rows) -> None:
    """DOC_A skips 第四条 and says so: its source has no 第四条 at all."""
    _gap(rows)
    _declare(3, 4)(rows)


def test_declared_numbering_gap_is_a_warning_unless_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = valid_rows()
    _declared_gap(rows)
    folder = write_dataset(tmp_path / "ds", rows)
    report = validate_path(folder)
    assert report.ok and not report.errors
    assert [(w.check, w.doc_id, w.article) for w in report.warnings] == [("declared_numbering_gap", DOC_A, "第五条")]
    assert run_validate(folder) == EXIT_VALID
    assert run_validate(folder, strict=True) == EXIT_INVALID
    assert "WARNING" in capsys.readouterr().out


def test_undeclared_gap_is_an_error_next_to_a_declared_one(tmp_path: Path) -> None:
    rows = valid_rows()
    _declared_gap(rows)
    _article(rows, DOC_B, 2).update(article_no=4, label="第四条", eid="art_4")  # DOC_B skips 2 and 3, undeclared
    folder = write_dataset(tmp_path / "ds", rows)
    report = validate_path(folder)
    assert [(f.severity, f.check, f.doc_id, f.article) for f in report.failures] == [
        ("error", "article_numbers_contiguous", DOC_B, "第四条"),
        ("warning", "declared_numbering_gap", DOC_A, "第五条"),
    ]
    assert run_validate(folder) == EXIT_INVALID


def test_numbering_breaks_declared_and_undeclared() -> None:
    ids = pd.Series(["a", "a", "a", "b", "b", "c", "c"])
    nums = pd.Series([1, 3, 6, 2, 3, 1, 2])
    undeclared, declared = schemas.numbering_breaks(ids, nums, {"a": frozenset({2}), "b": frozenset({1})})
    assert undeclared.tolist() == [False, False, True, False, False, False, False]  # a: 4, 5 not declared
    assert declared.tolist() == [False, True, False, True, False, False, False]


def test_unresolved_spam_gap_is_a_warning_unless_strict(tmp_path: Path) -> None:
    rows = valid_rows()
    rows["edits"][0].update(rule="spam_anchor", detail=json.dumps({"gap": "unresolved", "left": "建设智能制造"}, ensure_ascii=False))
    folder = write_dataset(tmp_path / "ds", rows)
    report = validate_path(folder)
    assert report.ok and not report.errors
    assert [(w.check, w.doc_id) for w in report.warnings] == [("unresolved_spam_gap", DOC_A)]
    assert run_validate(folder) == EXIT_VALID
    assert run_validate(folder, strict=True) == EXIT_INVALID
    assert "WARNING" in report.render()


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
    }
    assert report.verdict() == "invalid"


def test_counts_are_grouped(tmp_path: Path) -> None:
    rows = valid_rows()
    for art in rows["articles"]:
        art["text"] = "本市,区" + art["text"]
    report = validate_tables(to_tables(rows))
    (group,) = report.groups()
    assert group["count"] == len(rows["articles"])
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
    # numbering needs the documents' declared gaps: without them it is skipped, and says so
    assert any("article_numbers_contiguous" in s for s in report.skipped)


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
    assert "UNUSABLE" in capsys.readouterr().err


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


def test_unknown_file_name_in_folder(valid_dir: Path) -> None:
    pq.write_table(pa.table({"x": [1]}), valid_dir / "data" / "stuff.parquet")
    assert validate_path(valid_dir).verdict() == "unusable"


# --------------------------------------------------------------------------
# JSON report, the detectors, and the real build
# --------------------------------------------------------------------------


def test_json_report_to_stdout(valid_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = valid_rows()
    _gap(rows)
    write_dataset(valid_dir, rows)
    assert run_validate(valid_dir, json_out="-") == EXIT_INVALID
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert report["exit_code"] == EXIT_INVALID and report["errors"] == 1
    (group,) = report["checks"]
    assert group["failures"] == [{"row": 3, "doc_id": DOC_A, "article": "第五条", "value": "5"}]
    assert "article_numbers_contiguous" in captured.err
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


def _relay(rows: Rows, did: str) -> None:
    """Rebuild a document's text (and its page's, when the page is the document) from its articles."""
    document = next(d for d in rows["documents"] if d["doc_id"] == did)
    page = next(p for p in rows["pages"] if p["page_id"] == document["page_id"])
    whole_page = page["text"] == document["text"]
    text = document["title"] + "\n"
    for article in (a for a in rows["articles"] if a["doc_id"] == did):
        article["start"] = len(text)
        text += f"{article['label']} {article['text']}\n"
        article["end"] = len(text) - 1
    document.update(text=text, num_chars=len(text), page_start=0, page_end=len(text))
    if whole_page:
        page.update(text=text, ingested_text=text)


def _article_only(rows: Rows) -> None:
    _set_article_text(rows, DOC_A, 2, "本市,区人民政府负责实施。")


def _everywhere(rows: Rows) -> None:
    """The same residual string in an article, its document and the page that is the document."""
    _set_article_text(rows, DOC_A, 2, "现将有关情况总?结如下。")
    _relay(rows, DOC_A)


def _document_outside_articles(rows: Rows) -> None:
    """A Traditional character in the document's first line (no article holds it), and so in its page."""
    for row in (rows["documents"][0], rows["pages"][0]):
        row["text"] = row["text"].replace("促进", "促進", 1)
    for key in ("text", "ingested_text"):
        rows["pages"][0][key] = rows["documents"][0]["text"]


def _page_outside_documents(rows: Rows) -> None:
    """Site furniture after the document, on the page only."""
    rows["pages"][0]["text"] += "扫一扫在手机打开当前页,关闭窗口"


def _across_a_document_boundary(rows: Rows) -> None:
    """Two documents on one page: 总 ends the first, ?结 opens the second; only the page holds 总?结."""
    doc_a, doc_b = rows["documents"]
    doc_a["text"] += "现将有关情况总"
    doc_b["text"] = "?结如下。" + doc_b["text"]
    for article in rows["articles"]:
        if article["doc_id"] == DOC_B:
            article["start"] += 5
            article["end"] += 5
    page = rows["pages"][0]
    page.update(text=doc_a["text"] + doc_b["text"], ingested_text=doc_a["text"] + doc_b["text"])
    doc_a.update(num_chars=len(doc_a["text"]), page_end=len(doc_a["text"]))
    doc_b.update(page_id=PAGE_A, num_chars=len(doc_b["text"]), page_start=len(doc_a["text"]), page_end=len(page["text"]))
    rows["pages"][1]["text"] = rows["pages"][1]["ingested_text"] = "本页已无文件。"


def _heading_and_chapter_title(rows: Rows) -> None:
    _article(rows, DOC_A, 1).update(heading="立法目的與依據")
    _article(rows, DOC_B, 2).update(chapter_title="总,则")


def _noise_columns() -> dict[str, list[str]]:
    """config -> the columns its residual-noise checks read (from the pandera models)."""
    out = {}
    for config, model in schemas.MODELS.items():
        columns = model.to_schema().columns
        named = [c for c, spec in columns.items() if any(check.name in residual.NOISE_CHECKS for check in spec.checks)]
        if named:
            out[config] = named
    return out


def _exact_noise(data: dict[str, pa.Table]) -> dict[tuple[str, str, str, int], str]:
    """(config, check, column, row) -> report value, every row of every column through the exact detector.

    No prefilter, no cache, no reuse between configs: what the validator must report.
    """
    found = {}
    for config, columns in _noise_columns().items():
        for column in columns:
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
    # (id, mutation, the (config, column) pairs that must fail)
    ("article only", _article_only, {("articles", "text")}),
    ("article, its document and page", _everywhere, {("articles", "text"), ("documents", "text"), ("pages", "text")}),
    ("document outside any article", _document_outside_articles, {("documents", "text"), ("pages", "text")}),
    ("page outside any document", _page_outside_documents, {("pages", "text")}),
    ("across a document boundary", _across_a_document_boundary, {("pages", "text")}),
    ("heading and chapter title", _heading_and_chapter_title, {("articles", "heading"), ("articles", "chapter_title")}),
]


@pytest.mark.parametrize(("mutate", "expected"), [p[1:] for p in NOISE_PLACES], ids=[p[0] for p in NOISE_PLACES])
def test_residual_noise_is_reported_in_its_own_configs_rows(mutate: Callable[[Rows], None], expected: set, tmp_path: Path) -> None:
    """One pass over all configs, documents reusing their page's verdicts, still names exactly each config's rows."""
    rows = valid_rows()
    mutate(rows)
    data = to_tables(rows)
    report = validate_path(write_dataset(tmp_path / "ds", data))
    assert not report.unusable
    assert {(config, check) for config, check in failing_checks(report)} <= {(c, k) for c, _ in expected for k in residual.NOISE_CHECKS}
    reported = _reported_noise(report)
    assert {(config, column) for config, _, column, _ in reported} == expected
    exact = _exact_noise(data)
    assert {key: value for key, (_, _, value) in reported.items()} == exact
    for (config, _, _, row), (doc, article, _) in reported.items():
        own = rows[config][row]
        assert doc == own.get("doc_id", own.get("page_id"))
        assert article == (own["label"] if config == "articles" else None)


def test_one_residual_scan_per_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every noise check of every column (nullable ones included) reads one shared scan."""
    rows = valid_rows()
    _heading_and_chapter_title(rows)
    _everywhere(rows)
    calls = []
    real = residual.scan

    def counting(values: Any, checks: Any = residual.NOISE_CHECKS) -> dict:
        calls.append(len(values))
        return real(values, checks)

    monkeypatch.setattr(residual, "scan", counting)
    report = validate_tables(to_tables(rows))
    assert len(calls) == 1, "the cache missed: a column was scanned again"
    documents_are_pages = len(rows["documents"])  # each document is its whole page: read once, as the page
    texts = sum(len(rows[c]) for c, cols in _noise_columns().items() for _ in cols)
    assert calls[0] == texts - documents_are_pages
    assert {("articles", "heading"), ("articles", "chapter_title"), ("documents", "text"), ("pages", "text")} <= {
        (f.config, f.column) for f in report.failures
    }


def test_a_dropna_copy_finds_the_cached_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    series = pd.Series(["本市,区", None, "总?结", None], dtype=schemas.STR)
    residual.clear_cache()
    try:
        full = residual.cached_scan(series)
        monkeypatch.setattr(residual, "scan", lambda *a, **k: pytest.fail("scanned again"))
        dropped = residual.cached_scan(series.dropna())
    finally:
        residual.clear_cache()
    assert full["no_ascii_punct_between_cjk"].tolist() == [0] and full["no_question_mark_between_cjk"].tolist() == [2]
    assert dropped["no_ascii_punct_between_cjk"].tolist() == [0] and dropped["no_question_mark_between_cjk"].tolist() == [1]


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
    tabs = data if all(isinstance(v, pa.Table) for v in data.values()) else to_tables(data)  # type: ignore[arg-type]
    (folder / "data").mkdir(parents=True, exist_ok=True)
    for name, table in tabs.items():
        bounds = [0, *cuts.get(name, []), table.num_rows]
        for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
            pq.write_table(table.slice(a, b - a), folder / "data" / f"{name}-{i:05d}-of-{len(bounds) - 1:05d}.parquet")
    return folder


def _comparable(report: Any) -> tuple[dict, list]:
    out = report.to_dict()
    out.pop("seconds")
    out.pop("files")
    return out, [(f.severity, f.config, f.check, f.column, f.row, f.doc_id, f.article, f.value) for f in report.failures]


@pytest.fixture(params=[0, None], ids=["batch-per-shard", "default-batches"])
def batch_bytes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """0: every chunk of shards is validated on its own (what a big corpus does); None: the default."""
    from corpus_tools.validation import run as validate

    if request.param is not None:
        monkeypatch.setattr(validate, "BATCH_BYTES", request.param)
    return validate.BATCH_BYTES


def _same_as_one_shard(rows: Rows, cuts: dict[str, list[int]], tmp_path: Path) -> Any:
    sharded = validate_path(write_sharded(tmp_path / "sharded", rows, cuts))
    whole = validate_path(write_dataset(tmp_path / "whole", rows))
    assert _comparable(sharded) == _comparable(whole)
    assert _comparable(validate_tables(to_tables(rows))) == _comparable(whole)
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
    _duplicate_article(rows)
    rows["edits"].append(dict(rows["edits"][0]))
    rows["pages"][0].update(num_edits=2)
    report = _same_as_one_shard(rows, {"articles": [3, 6], "edits": [1]}, tmp_path)
    assert {(f.config, f.check, f.row) for f in report.failures} == {
        ("articles", "multiple_fields_uniqueness", 5), ("articles", "multiple_fields_uniqueness", 6),
        ("edits", "multiple_fields_uniqueness", 0), ("edits", "multiple_fields_uniqueness", 1),
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


def test_numbering_gap_spanning_shards(tmp_path: Path, batch_bytes: int) -> None:
    rows = valid_rows()
    _gap(rows)  # DOC_A: 1, 2, 2之一 | 5
    report = _same_as_one_shard(rows, {"articles": [3]}, tmp_path)
    assert [(f.check, f.row, f.doc_id, f.article, f.value) for f in report.failures] == [
        ("article_numbers_contiguous", 3, DOC_A, "第五条", "5"),
    ]
    # the same gap declared by a document in another shard is a warning, as with one shard
    _declare(3, 4)(rows)
    report = _same_as_one_shard(rows, {"articles": [3], "documents": [1]}, tmp_path / "declared")
    assert [(f.severity, f.check, f.row, f.article) for f in report.failures] == [("warning", "declared_numbering_gap", 3, "第五条")]


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
    rows["pages"][1]["text"] = rows["pages"][1]["text"] + "我們"
    report = _same_as_one_shard(rows, {"articles": [4], "pages": [1], "documents": [1]}, tmp_path)
    assert [(f.config, f.check, f.row, f.doc_id, f.article) for f in report.failures] == [
        ("articles", "no_ascii_punct_between_cjk", 5, DOC_B, "第二条"),
        ("pages", "no_traditional_char", 1, PAGE_B, None),
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

    def check(batch: Any) -> Any:
        batches.append({name: len(parts) for name, parts in batch.items()})
        return real_check(batch)

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
