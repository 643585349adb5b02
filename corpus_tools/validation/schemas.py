"""pandera models of every dataset config: the dataset's promise, enforced.

These :class:`~pandera.api.pandas.model.DataFrameModel` classes are the source
of truth of what a valid dataset is; ``schemas/`` (JSON Schema, Hugging Face
features, ``CHECKS.md``) is generated from them by
:mod:`corpus_tools.validation.export`.  Column order and Arrow types come from
:mod:`corpus_tools.tables`; a frame is validated with Arrow-backed pandas
dtypes (:func:`to_frame`), so every check below is vectorised (pyarrow
compute, RE2, numpy) and never loops over rows in Python.

These are the *integrity* checks: what the corpus promises as a whole.  A
failure is an error: it gates the build and fails ``validate``.  What is wrong
in one document's content (residual noise, an empty title, dates out of order,
numbering anomalies, an unresolved spam gap) is a *quality* finding instead,
recorded as data on the row it concerns: :mod:`corpus_tools.validation.quality`.

Three kinds of integrity check:

* column and row checks inside the models (types, nullability, ranges,
  closed vocabularies, uniqueness, ISO dates, spans, the repealed flag);
* :data:`RELATIONS`: foreign keys between configs (an article's ``doc_id``
  must be a document);
* :data:`CROSS_CHECKS`: what one config states about another: counts
  (``documents.num_articles``), the numbering facts documents state
  (:data:`NUMBERING_CHECKS`: ``first_article_no``, ``numbering_gaps``), and the
  findings columns against the data (:data:`FLAGS_CHECK`, run by the validator
  with the quality checks' own functions).

Checks across configs and uniqueness need every row; the validator streams
shards and keeps only the columns they read across shards: each check of
:data:`RELATIONS` and :data:`CROSS_CHECKS` says which in ``reads``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandera.pandas import DataFrameModel, Field, check, dataframe_check
from pandera.typing import Series

from corpus_tools import tables
from corpus_tools.clean import RULE_NAMES
from corpus_tools.clean.script import FOREIGN_SCRIPTS
from corpus_tools.structure.articles import REPEALED_MAX_CHARS, is_repealed
from corpus_tools.structure.metadata import DOC_TYPES, JURISDICTION_LEVELS, STATUSES
from corpus_tools.structure.tree import PROVISION_TYPES
from corpus_tools.validation import quality

STR = pd.ArrowDtype(pa.string())
INT = pd.ArrowDtype(pa.int64())
FLOAT = pd.ArrowDtype(pa.float64())
STR_LIST = pd.ArrowDtype(pa.list_(pa.string()))
INT_LIST = pd.ArrowDtype(pa.list_(pa.int64()))
INT32_LIST = pd.ArrowDtype(pa.list_(pa.int32()))
BOOL = pd.ArrowDtype(pa.bool_())

DOC_ID_PATTERN = r"^d-[0-9a-f]{16}-[0-9]+$"
PAGE_ID_PATTERN = r"^p-[0-9a-f]{16}$"
ISO_DATE_PATTERN = quality.ISO_DATE_PATTERN

# --------------------------------------------------------------------------
# Closed vocabularies
# --------------------------------------------------------------------------

ROLES: tuple[str, ...] = ("main", "notice", "attachment")
SCRIPTS: tuple[str, ...] = ("simplified", "traditional", "mixed", *FOREIGN_SCRIPTS)
FORMATS: tuple[str, ...] = ("text", "markdown", "html", "xml", "docx", "pdf")
ALIGNMENT_STATUSES: tuple[str, ...] = ("matched", "draft_only", "final_only")

#: (config, column) -> its closed vocabulary.  Document types and statuses belong to
#: :mod:`corpus_tools.structure.metadata`, provision types to :mod:`corpus_tools.structure.tree`,
#: rule names to :data:`corpus_tools.clean.CLEANING_ORDER`: they are read from there, never copied.
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("documents", "doc_type"): DOC_TYPES,
    ("documents", "status"): STATUSES,
    ("documents", "role"): ROLES,
    ("documents", "jurisdiction_level"): JURISDICTION_LEVELS,
    ("documents", "script"): SCRIPTS,
    ("pages", "script"): SCRIPTS,
    ("pages", "format"): FORMATS,
    ("provisions", "type"): PROVISION_TYPES,
    ("alignments", "status"): ALIGNMENT_STATUSES,
    ("edits", "rule"): RULE_NAMES,
    ("findings", "config"): quality.FLAGGED_CONFIGS,
    ("findings", "check"): quality.CHECK_NAMES,
}

#: check name -> "finding" for the quality checks (:mod:`corpus_tools.validation.quality`):
#: reported without failing (unless --strict), recorded as data; every other check is an error.
SEVERITY: dict[str, str] = {name: "finding" for name in quality.CHECK_NAMES}

#: Row-level checks -> the columns that show why a row failed (for reports).
ROW_CHECK_COLUMNS: dict[str, tuple[str, ...]] = {
    "repealed_matches_text": ("repealed", "heading", "text"),
    "findings_sorted_and_known": ("findings",),
    "finding_row_key": ("config", "eid", "seq"),
    "finding_column_of_its_config": ("config", "column"),
    "span_order": ("start", "end"),
    "page_span_order": ("page_start", "page_end"),
    "num_chars_matches_text": ("num_chars",),
    "before_matches_span": ("start", "end", "before"),
    "detail_is_json_object": ("detail",),
    "alignment_sides_match_status": ("status", "draft_article_no", "final_article_no"),
}


def severity(check_name: str) -> str:
    return SEVERITY.get(check_name, "error")


# --------------------------------------------------------------------------
# Vectorised helpers
# --------------------------------------------------------------------------


def _vocab_check(config: str, column: str) -> Callable[[pd.Series], pd.Series]:
    def in_vocabulary(series: pd.Series) -> pd.Series:
        return series.isin(VOCABULARIES[(config, column)])

    return in_vocabulary


def _iso_date(series: pd.Series) -> pd.Series:
    return quality.valid_iso_dates(series)


def _int_values(series: pd.Series, na: int = 0) -> np.ndarray:
    return series.to_numpy(dtype=np.int64, na_value=na)


def declared_gaps(documents: pd.DataFrame) -> dict[str, frozenset[int]]:
    """doc_id -> its ``numbering_gaps``, for the documents that declare any (read with pyarrow)."""
    gaps = pa.chunked_array(documents["numbering_gaps"].array.__arrow_array__())
    lengths = pc.fill_null(pc.list_value_length(gaps), 0).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(lengths > 0)
    if not len(rows):
        return {}
    ids = documents["doc_id"].take(rows).astype(object).tolist()
    values = gaps.take(pa.array(rows)).to_pylist()
    return {str(i): frozenset(int(v) for v in vs if v is not None) for i, vs in zip(ids, values)}


def _gaps_ascending(series: pd.Series) -> pd.Series:
    """Each list is strictly ascending and holds numbers >= 1 (vectorised over the flattened lists)."""
    gaps = pa.chunked_array(series.array.__arrow_array__()).combine_chunks()
    ok = np.ones(len(gaps), dtype=bool)
    flat = pc.list_flatten(gaps).to_numpy(zero_copy_only=False)
    if len(flat):
        parents = pc.list_parent_indices(gaps).to_numpy(zero_copy_only=False)
        same = parents[1:] == parents[:-1]
        bad_step = same & (flat[1:] <= flat[:-1])
        ok[parents[1:][bad_step]] = False
        ok[parents[flat < 1]] = False
    return pd.Series(ok, index=series.index)


def _findings_lists(series: pd.Series) -> pd.Series:
    """Each list names quality checks (:data:`corpus_tools.validation.quality.CHECK_NAMES`), each once,
    in that order."""
    rank = {name: k for k, name in enumerate(quality.CHECK_NAMES)}
    lists = pa.chunked_array(series.array.__arrow_array__()).combine_chunks()
    ok = np.ones(len(lists), dtype=bool)
    lengths = pc.fill_null(pc.list_value_length(lists), 0).to_numpy(zero_copy_only=False)
    for row in np.flatnonzero(lengths > 0).tolist():
        names = lists[row].as_py()
        ranks = [rank.get(name, -1) for name in names]
        ok[row] = all(r >= 0 for r in ranks) and all(a < b for a, b in zip(ranks, ranks[1:]))
    return pd.Series(ok, index=series.index)


#: ``check`` under another name, for :class:`FindingsModel`, whose column ``check`` hides the decorator.
column_check = check


def _objects(series: pd.Series) -> list:
    """The values of a column as Python objects (None for null)."""
    return [None if v is pd.NA or v is None else v for v in series.astype(object).tolist()]


def _json_kind(kind: type) -> Callable[[pd.Series], pd.Series]:
    def parses(series: pd.Series) -> pd.Series:
        def ok(value: object) -> bool:
            try:
                return isinstance(json.loads(value), kind)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                return False

        return pd.Series([ok(v) for v in series.astype(object)], index=series.index, dtype=bool)

    return parses


# --------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------


class DocumentsModel(DataFrameModel):
    """One instrument cut out of a page: a regulation, a notice, an attachment."""

    doc_id: Series[STR] = Field(unique=True, str_matches=DOC_ID_PATTERN, description="stable id d-<page hash>-<ordinal>")
    page_id: Series[STR] = Field(str_matches=PAGE_ID_PATTERN, description="the page the document was cut from")
    source_file: Series[STR] = Field(description="path of the raw file, relative to the raw folder")
    ordinal: Series[INT] = Field(ge=0, description="position of the document in its page, from 0")
    role: Series[STR] = Field(description="main | notice | attachment")
    parent_id: Series[STR] = Field(nullable=True, description="doc_id of the notice an attachment belongs to")
    attachment_no: Series[INT] = Field(nullable=True, ge=1, description="附件N")
    title: Series[STR] = Field(description="title of the instrument")
    doc_number: Series[STR] = Field(nullable=True, description="document number (文号 / 发文字号), e.g. 国发〔2019〕5号")
    doc_type: Series[STR] = Field(description="kind of instrument (closed vocabulary)")
    jurisdiction: Series[STR] = Field(nullable=True, description="place the instrument applies to (常州市, 北京市), or 中华人民共和国 for the central state")
    jurisdiction_level: Series[STR] = Field(nullable=True, description="national | provincial | municipal | county")
    issuer: Series[STR] = Field(nullable=True, description="the body that issued the instrument (发文机关), null when the page does not state it")
    status: Series[STR] = Field(nullable=True, description="legal status (closed vocabulary); null when unknown")
    adopted: Series[STR] = Field(nullable=True, description="date the instrument was enacted (通过; amendments and revisions excluded), ISO 8601")
    approved: Series[STR] = Field(nullable=True, description="date that enactment was approved (批准), ISO 8601")
    written: Series[STR] = Field(nullable=True, description="date the document was written and signed (成文日期, the signature's date), ISO 8601")
    published: Series[STR] = Field(nullable=True, description="date published (发布日期 / 公布) of this text, ISO 8601")
    effective: Series[STR] = Field(nullable=True, description="date this text enters into force (its own 施行 clause), ISO 8601")
    amended: Series[STR] = Field(nullable=True, description="latest amendment or revision (修正/修订), ISO 8601")
    index_no: Series[STR] = Field(nullable=True, description="索引号 of the government information-disclosure catalogue, as the site states it")
    topic: Series[STR] = Field(nullable=True, description="主题分类 as the site states it")
    source: Series[STR] = Field(nullable=True, description="where the item comes from as the site credits it (来源, <meta name=ContentSource>): a newspaper, a website, a department; not the issuer")
    source_url: Series[STR] = Field(nullable=True, str_matches=r"^https?://\S+$", description="where the page was scraped")
    script: Series[STR] = Field(description="script of the source: simplified | traditional | mixed")
    version_group: Series[STR] = Field(nullable=True, description="documents that are versions of one instrument share it")
    duplicate_of: Series[STR] = Field(nullable=True, str_matches=DOC_ID_PATTERN, description="doc_id of the first copy of the same text in the corpus (exact or near-exact copies)")
    num_articles: Series[INT] = Field(ge=0, description="number of rows of this document in articles")
    first_article_no: Series[INT] = Field(nullable=True, ge=1, description="lowest article number (null without articles): numbering runs from it")
    numbering_gaps: Series[INT_LIST] = Field(description="article numbers the source itself skips between its first and last article (label found nowhere in the text)")
    num_chars: Series[INT] = Field(ge=0, description="length of text in characters")
    page_start: Series[INT] = Field(ge=0, description="start of the document in the cleaned page text")
    page_end: Series[INT] = Field(ge=0, description="end of the document in the cleaned page text")
    findings: Series[STR_LIST] = Field(description="quality checks that flagged the document or any of its rows")
    text: Series[STR] = Field(description="cleaned text of the document")

    class Config:
        name = "documents"
        strict = True
        ordered = True

    @check("doc_type", name="doc_type_in_vocabulary")
    def doc_type_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """doc_type is one of corpus_tools.structure.metadata.DOC_TYPES."""
        return _vocab_check("documents", "doc_type")(series)

    @check("status", name="status_in_vocabulary")
    def status_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """status, where present, is one of corpus_tools.structure.metadata.STATUSES."""
        return _vocab_check("documents", "status")(series)

    @check("role", name="role_in_vocabulary")
    def role_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """role is main, notice or attachment."""
        return _vocab_check("documents", "role")(series)

    @check("script", name="script_in_vocabulary")
    def script_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """script is simplified, traditional or mixed."""
        return _vocab_check("documents", "script")(series)

    @check("jurisdiction_level", name="jurisdiction_level_in_vocabulary")
    def jurisdiction_level_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """jurisdiction_level, where present, is national, provincial, municipal or county."""
        return _vocab_check("documents", "jurisdiction_level")(series)

    @check("adopted", "approved", "written", "published", "effective", "amended", name="iso_date")
    def iso_date(cls, series: pd.Series) -> pd.Series:
        """Dates, where present, are real calendar dates written YYYY-MM-DD."""
        return _iso_date(series)

    @check("numbering_gaps", name="numbering_gaps_ascending")
    def numbering_gaps_ascending(cls, series: pd.Series) -> pd.Series:
        """numbering_gaps is strictly ascending and holds article numbers (>= 1)."""
        return _gaps_ascending(series)

    @dataframe_check(name="num_chars_matches_text")
    def num_chars_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        """num_chars is the length of text in characters."""
        return (df["num_chars"] == df["text"].str.len()).fillna(False).astype(bool)

    @dataframe_check(name="page_span_order")
    def page_span_order(cls, df: pd.DataFrame) -> pd.Series:
        """page_start <= page_end."""
        return (df["page_start"] <= df["page_end"]).fillna(False).astype(bool)

    @check("findings", name="findings_sorted_and_known")
    def findings_sorted_and_known(cls, series: pd.Series) -> pd.Series:
        """findings lists quality checks, each once, in the order of quality.CHECK_NAMES."""
        return _findings_lists(series)


class ArticlesModel(DataFrameModel):
    """One 第N条 of a document, flat: the row most users read."""

    doc_id: Series[STR] = Field(str_matches=DOC_ID_PATTERN, description="the document the article belongs to")
    source_file: Series[STR] = Field(description="path of the raw file")
    article_no: Series[INT] = Field(ge=1, description="N of 第N条")
    article_suffix: Series[INT] = Field(ge=0, description="M of 第N条之M; 0 without suffix")
    label: Series[STR] = Field(description="the label as written, e.g. 第十条之一")
    heading: Series[STR] = Field(nullable=True, description="article heading, e.g. 立法目的")
    part: Series[STR] = Field(nullable=True, description="编 the article is in")
    chapter_no: Series[INT] = Field(nullable=True, ge=1, description="章 number")
    chapter_title: Series[STR] = Field(nullable=True, description="章 title")
    section_no: Series[INT] = Field(nullable=True, ge=1, description="节 number")
    section_title: Series[STR] = Field(nullable=True, description="节 title")
    paragraph_ends: Series[INT32_LIST] = Field(description="款: where each paragraph of the body ends in text (paragraphs are separated by one newline)")
    text: Series[STR] = Field(description="body without label or heading")
    start: Series[INT] = Field(ge=0, description="start of the article in the document text")
    end: Series[INT] = Field(ge=0, description="end of the article in the document text")
    eid: Series[STR] = Field(description="stable element id, e.g. chp_2__art_13")
    repealed: Series[BOOL] = Field(description="the body is only a repeal marker (【删除】, （删去）, （已废止）)")
    findings: Series[STR_LIST] = Field(description="quality checks that flagged the article")

    class Config:
        name = "articles"
        strict = True
        ordered = True
        unique = ["doc_id", "eid"]

    @dataframe_check(name="span_order")
    def span_order(cls, df: pd.DataFrame) -> pd.Series:
        """start < end."""
        return (df["start"] < df["end"]).fillna(False).astype(bool)

    @dataframe_check(name="repealed_matches_text")
    def repealed_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        """repealed is true exactly when heading and text are only a repeal marker (structure.articles.is_repealed)."""
        short = (df["heading"].fillna("").str.len() + df["text"].fillna("").str.len()).to_numpy(dtype=np.int64, na_value=0)
        expected = np.zeros(len(df), dtype=bool)
        rows = np.flatnonzero(short <= REPEALED_MAX_CHARS)  # is_repealed is false beyond: Python only looks at these
        headings, texts = df["heading"].take(rows).astype(object).tolist(), df["text"].take(rows).astype(object).tolist()
        expected[rows] = [is_repealed(h if isinstance(h, str) else None, t if isinstance(t, str) else None) for h, t in zip(headings, texts)]
        return pd.Series(expected == df["repealed"].to_numpy(dtype=bool, na_value=False), index=df.index)

    @check("findings", name="findings_sorted_and_known")
    def findings_sorted_and_known(cls, series: pd.Series) -> pd.Series:
        """findings lists quality checks, each once, in the order of quality.CHECK_NAMES."""
        return _findings_lists(series)


class ProvisionsModel(DataFrameModel):
    """Every node of the provision tree (编 章 节 条 款 项 目), in document order."""

    doc_id: Series[STR] = Field(str_matches=DOC_ID_PATTERN, description="the document")
    source_file: Series[STR] = Field(description="path of the raw file")
    eid: Series[STR] = Field(description="stable element id built from the path")
    parent_eid: Series[STR] = Field(nullable=True, description="eid of the parent node; null at the top")
    ordinal: Series[INT] = Field(ge=0, description="document order")
    depth: Series[INT] = Field(ge=0, description="depth in the tree")
    type: Series[STR] = Field(description="level: part, chapter, section, article, paragraph, item, ...")
    num: Series[INT] = Field(nullable=True, description="number of the node at its level")
    suffix: Series[INT] = Field(nullable=True, ge=0, description="之M suffix")
    label: Series[STR] = Field(description="label as written")
    heading: Series[STR] = Field(nullable=True, description="heading")
    text: Series[STR] = Field(description="own text of the node: label, heading, lead-in before its first child (a leaf: all of it)")
    start: Series[INT] = Field(ge=0, description="start of the node's full text in the document text")
    end: Series[INT] = Field(ge=0, description="end of the node's full text in the document text")

    class Config:
        name = "provisions"
        strict = True
        ordered = True
        unique = ["doc_id", "eid"]

    @check("type", name="type_in_vocabulary")
    def type_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """type is a known provision level."""
        return _vocab_check("provisions", "type")(series)

    @dataframe_check(name="span_order")
    def span_order(cls, df: pd.DataFrame) -> pd.Series:
        """start <= end."""
        return (df["start"] <= df["end"]).fillna(False).astype(bool)


class EditsModel(DataFrameModel):
    """Every change a cleaning rule made: the page's text can be replayed from them."""

    doc_id: Series[STR] = Field(nullable=True, str_matches=DOC_ID_PATTERN, description="document holding the edit's final position")
    page_id: Series[STR] = Field(str_matches=PAGE_ID_PATTERN, description="the page")
    source_file: Series[STR] = Field(description="path of the raw file")
    seq: Series[INT] = Field(ge=0, description="order of the edit in the page's log")
    step: Series[INT] = Field(ge=0, description="index of the rule run in the page's pipeline")
    rule: Series[STR] = Field(description="the cleaning rule")
    start: Series[INT] = Field(ge=0, description="start of the changed span in the rule's input text")
    end: Series[INT] = Field(ge=0, description="end in the rule's input text")
    before: Series[STR] = Field(description="input[start:end]")
    after: Series[STR] = Field(description="the replacement")
    detail: Series[STR] = Field(description="a JSON object: why the rule made the change (evidence, confidence; note: a rule's words)")
    field: Series[STR] = Field(nullable=True, description="null: an edit of the page text; else the declared metadata string it cleaned (title, issuer, doc_number …)")

    class Config:
        name = "edits"
        strict = True
        ordered = True
        unique = ["page_id", "seq"]

    @check("rule", name="rule_in_vocabulary")
    def rule_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """rule is a rule of corpus_tools.clean.CLEANING_ORDER."""
        return _vocab_check("edits", "rule")(series)

    @dataframe_check(name="before_matches_span")
    def before_matches_span(cls, df: pd.DataFrame) -> pd.Series:
        """start <= end and before is exactly end - start characters long."""
        length = df["end"] - df["start"]
        return ((length >= 0) & (df["before"].str.len() == length)).fillna(False).astype(bool)

    @check("detail", name="detail_is_json_object")
    def detail_is_json_object(cls, series: pd.Series) -> pd.Series:
        """detail is the text of a JSON object ({} when there is nothing to say)."""
        return (series.str.startswith("{") & series.str.endswith("}")).fillna(False).astype(bool)


class AlignmentsModel(DataFrameModel):
    """Draft and final versions of one instrument, paired article by article."""

    version_group: Series[STR] = Field(description="the instrument")
    draft_doc_id: Series[STR] = Field(nullable=True, str_matches=DOC_ID_PATTERN, description="the draft document")
    final_doc_id: Series[STR] = Field(nullable=True, str_matches=DOC_ID_PATTERN, description="the final document")
    draft_article_no: Series[INT] = Field(nullable=True, ge=1, description="article of the draft")
    draft_article_suffix: Series[INT] = Field(nullable=True, ge=0, description="its suffix")
    final_article_no: Series[INT] = Field(nullable=True, ge=1, description="article of the final text")
    final_article_suffix: Series[INT] = Field(nullable=True, ge=0, description="its suffix")
    similarity: Series[FLOAT] = Field(nullable=True, ge=0.0, le=1.0, description="text similarity of the pair, 0..1")
    status: Series[STR] = Field(description="matched | draft_only | final_only")

    class Config:
        name = "alignments"
        strict = True
        ordered = True

    @check("status", name="status_in_vocabulary")
    def status_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """status is matched, draft_only or final_only."""
        return _vocab_check("alignments", "status")(series)

    @dataframe_check(name="alignment_sides_match_status")
    def alignment_sides_match_status(cls, df: pd.DataFrame) -> pd.Series:
        """matched rows name both articles, draft_only only the draft's, final_only only the final's."""
        draft = df["draft_article_no"].notna().to_numpy(dtype=bool)
        final = df["final_article_no"].notna().to_numpy(dtype=bool)
        status = df["status"].astype(object).to_numpy()
        ok = np.where(
            status == "matched", draft & final,
            np.where(status == "draft_only", draft & ~final, np.where(status == "final_only", ~draft & final, True)),
        )
        return pd.Series(ok.astype(bool), index=df.index)


class PagesModel(DataFrameModel):
    """One scraped file: ingest facts, the ingested text (base of the edit log; null where the documents
    give the page whole), the cleaned text's sha256."""

    page_id: Series[STR] = Field(unique=True, str_matches=PAGE_ID_PATTERN, description="stable id of the page")
    source_file: Series[STR] = Field(unique=True, description="path of the raw file")
    sha256: Series[STR] = Field(str_matches=r"^[0-9a-f]{64}$", description="of the raw bytes")
    encoding: Series[STR] = Field(description="codec that decoded the bytes")
    format: Series[STR] = Field(description="text | markdown | html")
    script: Series[STR] = Field(description="script of the source")
    num_edits: Series[INT] = Field(ge=0, description="number of rows of this page in edits")
    num_warnings: Series[INT] = Field(ge=0, description="number of cleaning warnings")
    warnings: Series[STR] = Field(description="JSON list of the cleaning warnings")
    metadata: Series[STR] = Field(description="JSON object: front matter / HTML meta")
    ingested_text: Series[STR] = Field(nullable=True, description="the decoded page before cleaning; null where the page has no edit of its text and its documents tile it")
    text_sha256: Series[STR] = Field(str_matches=r"^[0-9a-f]{64}$", description="of the cleaned page text (ingested_text with its edits replayed, or its documents joined)")

    class Config:
        name = "pages"
        strict = True
        ordered = True

    @check("format", name="format_in_vocabulary")
    def format_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """format is text, markdown or html."""
        return _vocab_check("pages", "format")(series)

    @check("script", name="script_in_vocabulary")
    def script_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """script is simplified, traditional or mixed."""
        return _vocab_check("pages", "script")(series)

    @check("warnings", name="json_list")
    def json_list(cls, series: pd.Series) -> pd.Series:
        """warnings is a JSON list."""
        return _json_kind(list)(series)

    @check("metadata", name="json_object")
    def json_object(cls, series: pd.Series) -> pd.Series:
        """metadata is a JSON object."""
        return _json_kind(dict)(series)


class FindingsModel(DataFrameModel):
    """One quality finding: which row of which config a quality check flagged, and what it saw."""

    doc_id: Series[STR] = Field(nullable=True, str_matches=DOC_ID_PATTERN, description="the document concerned (null: an edit outside every document)")
    page_id: Series[STR] = Field(str_matches=PAGE_ID_PATTERN, description="the page")
    source_file: Series[STR] = Field(description="path of the raw file")
    config: Series[STR] = Field(description="config of the flagged row: documents | articles | edits")
    eid: Series[STR] = Field(nullable=True, description="articles: the article's eid; else null")
    label: Series[STR] = Field(nullable=True, description="articles: the article's label; else null")
    seq: Series[INT] = Field(nullable=True, ge=0, description="edits: the edit's seq; else null")
    column: Series[STR] = Field(description="the column the check read")
    check: Series[STR] = Field(description="the quality check (closed vocabulary: quality.CHECK_NAMES)")
    excerpt: Series[STR] = Field(description="what the check found, with a little context")

    class Config:
        name = "findings"
        strict = True
        ordered = True

    @column_check("config", name="config_in_vocabulary")
    def config_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """config is documents, articles or edits."""
        return _vocab_check("findings", "config")(series)

    @column_check("check", name="check_in_vocabulary")
    def check_in_vocabulary(cls, series: pd.Series) -> pd.Series:
        """check is a quality check (quality.CHECK_NAMES)."""
        return _vocab_check("findings", "check")(series)

    @dataframe_check(name="finding_row_key")
    def finding_row_key(cls, df: pd.DataFrame) -> pd.Series:
        """The flagged row's key is given as its config keys rows: documents by doc_id alone, articles by
        doc_id and eid, edits by page_id and seq."""
        config = df["config"].astype(object).to_numpy()
        has_doc = df["doc_id"].notna().to_numpy(dtype=bool)
        has_eid = df["eid"].notna().to_numpy(dtype=bool)
        has_seq = df["seq"].notna().to_numpy(dtype=bool)
        ok = np.where(config == "documents", has_doc & ~has_eid & ~has_seq,
                      np.where(config == "articles", has_doc & has_eid & ~has_seq,
                               np.where(config == "edits", ~has_eid & has_seq, True)))
        return pd.Series(ok.astype(bool), index=df.index)

    @dataframe_check(name="finding_column_of_its_config")
    def finding_column_of_its_config(cls, df: pd.DataFrame) -> pd.Series:
        """column names columns of the flagged row's config (comma-separated for a check reading several)."""
        ok = [
            config in tables.CONFIGS and all(c in tables.CONFIGS[config].names for c in str(column).split(","))
            for config, column in zip(_objects(df["config"]), _objects(df["column"]))
        ]
        return pd.Series(np.asarray(ok, dtype=bool), index=df.index)


#: config name -> its model, in the order of :data:`corpus_tools.tables.CONFIGS`.
MODELS: dict[str, type[DataFrameModel]] = {
    "documents": DocumentsModel,
    "articles": ArticlesModel,
    "provisions": ProvisionsModel,
    "edits": EditsModel,
    "alignments": AlignmentsModel,
    "pages": PagesModel,
    "findings": FindingsModel,
}

# --------------------------------------------------------------------------
# Checks across configs
# --------------------------------------------------------------------------


def _merge_reads(*pairs: tuple[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for config, columns in pairs:
        out[config] = tuple(dict.fromkeys(out.get(config, ()) + columns))
    return out


@dataclass(frozen=True)
class Relation:
    """A foreign key: every non-null ``config.column`` is some ``ref_config.ref_column``."""

    config: str
    column: str
    ref_config: str
    ref_column: str

    @property
    def name(self) -> str:
        return f"{self.column}_in_{self.ref_config}"

    @property
    def description(self) -> str:
        return f"every {self.config}.{self.column} (where present) is a {self.ref_config}.{self.ref_column}"

    @property
    def reads(self) -> dict[str, tuple[str, ...]]:
        """config -> the columns :meth:`passes` reads (the validator keeps only these across shards)."""
        return _merge_reads((self.config, (self.column,)), (self.ref_config, (self.ref_column,)))

    def passes(self, frames: Mapping[str, pd.DataFrame]) -> pd.Series:
        values = frames[self.config][self.column]
        known = frames[self.ref_config][self.ref_column].dropna().unique()
        return values.isna() | values.isin(known)


RELATIONS: tuple[Relation, ...] = (
    Relation("documents", "page_id", "pages", "page_id"),
    Relation("documents", "parent_id", "documents", "doc_id"),
    Relation("articles", "doc_id", "documents", "doc_id"),
    Relation("provisions", "doc_id", "documents", "doc_id"),
    Relation("edits", "doc_id", "documents", "doc_id"),
    Relation("edits", "page_id", "pages", "page_id"),
    Relation("alignments", "draft_doc_id", "documents", "doc_id"),
    Relation("alignments", "final_doc_id", "documents", "doc_id"),
    Relation("findings", "doc_id", "documents", "doc_id"),
    Relation("findings", "page_id", "pages", "page_id"),
)


@dataclass(frozen=True)
class CountCheck:
    """``config.column`` equals the number of ``counted`` rows whose ``counted_key`` is the row's ``key``."""

    config: str
    column: str
    key: str
    counted: str
    counted_key: str

    @property
    def name(self) -> str:
        return f"{self.column}_matches_{self.counted}"

    @property
    def description(self) -> str:
        return f"{self.config}.{self.column} is the number of {self.counted} rows with its {self.key}"

    @property
    def reads(self) -> dict[str, tuple[str, ...]]:
        """config -> the columns :meth:`passes` reads."""
        return _merge_reads((self.config, (self.key, self.column)), (self.counted, (self.counted_key,)))

    def passes(self, frames: Mapping[str, pd.DataFrame]) -> pd.Series:
        frame = frames[self.config]
        counts = frames[self.counted][self.counted_key].value_counts()
        actual = frame[self.key].map(counts).fillna(0).to_numpy(dtype=np.int64)
        stated = frame[self.column].to_numpy(dtype=np.int64, na_value=-1)
        return pd.Series(actual == stated, index=frame.index)


@dataclass(frozen=True)
class NumberingCheck(Relation):
    """The numbering facts a document states about its articles (integrity: they are derived from
    the articles, so they must agree with them; numbering *anomalies* are quality findings,
    :func:`corpus_tools.validation.quality.numbering_findings`).

    It needs two configs, so it runs with the checks across configs (it has a
    relation's shape: ``config.column`` checked against ``ref_config``, the
    failing row's ``column`` value reported).  ``kind`` selects the promise:

    * ``first``: ``first_article_no`` is the document's lowest article number (null without articles);
    * ``declarations``: every declared gap is a real one: between the document's
      first and last article numbers, and no article has it.
    """

    kind: str = "declarations"
    check_name: str = ""
    text: str = ""

    @property
    def name(self) -> str:
        return self.check_name

    @property
    def description(self) -> str:
        return self.text

    @property
    def reads(self) -> dict[str, tuple[str, ...]]:
        """config -> the columns :meth:`passes` reads (ids, numbers and declared gaps)."""
        return {"documents": ("doc_id", "first_article_no", "numbering_gaps"), "articles": ("doc_id", "article_no")}

    def passes(self, frames: Mapping[str, pd.DataFrame]) -> pd.Series:
        documents, articles = frames["documents"], frames["articles"]
        if self.kind == "first":
            lowest = articles[articles["article_no"].fillna(0) >= 1].groupby("doc_id", observed=True)["article_no"].min()
            expected = documents["doc_id"].map(lowest).to_numpy(dtype=np.int64, na_value=-1)
            stated = documents["first_article_no"].to_numpy(dtype=np.int64, na_value=-1)
            return pd.Series(expected == stated, index=documents.index)
        return self._declarations_hold(documents, articles)

    @staticmethod
    def _declarations_hold(documents: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
        ok = np.ones(len(documents), dtype=bool)
        declared = declared_gaps(documents)
        if not declared:
            return pd.Series(ok, index=documents.index)
        mine = articles[articles["doc_id"].isin(list(declared))]
        numbers: dict[str, set[int]] = {}
        for doc, no in zip(mine["doc_id"].astype(object).tolist(), mine["article_no"].astype(object).tolist()):
            if no is not None and no is not pd.NA:
                numbers.setdefault(str(doc), set()).add(int(no))
        position = {doc: i for i, doc in enumerate(documents["doc_id"].astype(object).tolist())}
        for doc, gaps in declared.items():
            have = numbers.get(doc, set())
            if not have or max(gaps) >= max(have) or min(gaps) <= min(have) or gaps & have:
                ok[position[doc]] = False
        return pd.Series(ok, index=documents.index)


NUMBERING_CHECKS: tuple[NumberingCheck, ...] = (
    NumberingCheck(
        "documents", "first_article_no", "articles", "article_no", kind="first",
        check_name="first_article_no_matches_articles",
        text="documents.first_article_no is the lowest article number of the document (null without articles)",
    ),
    NumberingCheck(
        "documents", "numbering_gaps", "articles", "article_no", kind="declarations",
        check_name="numbering_gaps_match_articles",
        text="every number in documents.numbering_gaps lies between the document's first and last article "
             "numbers and no article of the document has it",
    ),
)


@dataclass(frozen=True)
class FlagsCheck:
    """The findings columns agree with the data: every quality finding the checks of
    :mod:`corpus_tools.validation.quality` make on the data is recorded (a ``findings`` row, and
    its check name in the flagged row's ``findings`` list and its document's), and nothing else is.

    The validator runs it (it needs the quality checks' results on every row, which it computes
    shard by shard); ``reads`` says which columns it keeps across shards.
    """

    config: str = "findings"
    column: str = "check"

    @property
    def name(self) -> str:
        return "findings_match_data"

    @property
    def description(self) -> str:
        return ("the findings are complete and true: every quality finding on the data has its findings row and "
                "its check name in the flagged row's findings (and in its document's), and no other is recorded")

    @property
    def reads(self) -> dict[str, tuple[str, ...]]:
        return {
            "documents": ("doc_id", "findings"),
            "articles": ("doc_id", "eid", "findings"),
            "findings": ("doc_id", "page_id", "config", "eid", "seq", "column", "check"),
        }


FLAGS_CHECK = FlagsCheck()


@dataclass(frozen=True)
class InsideCheck:
    """A span lies inside its document's text: ``config.end`` is at most the document's ``num_chars``
    (a row whose document is unknown is the relation's failure, not this one's)."""

    config: str
    column: str = "end"

    @property
    def name(self) -> str:
        return "end_inside_document"

    @property
    def description(self) -> str:
        return f"{self.config}.end is at most its document's num_chars: the span lies inside the document text"

    @property
    def reads(self) -> dict[str, tuple[str, ...]]:
        return _merge_reads((self.config, ("doc_id", self.column)), ("documents", ("doc_id", "num_chars")))

    def passes(self, frames: Mapping[str, pd.DataFrame]) -> pd.Series:
        frame, documents = frames[self.config], frames["documents"]
        lengths = frame["doc_id"].map(documents.drop_duplicates("doc_id").set_index("doc_id")["num_chars"])
        limit = lengths.to_numpy(dtype=np.int64, na_value=np.iinfo(np.int64).max)
        end = frame[self.column].to_numpy(dtype=np.int64, na_value=0)
        return pd.Series(end <= limit, index=frame.index)

    def describe_row(self, frames: Mapping[str, pd.DataFrame], row: int) -> str:
        frame = frames[self.config]
        doc = frame["doc_id"].iat[row]
        chars = frames["documents"].loc[frames["documents"]["doc_id"] == doc, "num_chars"]
        return f"{self.column}={frame[self.column].iat[row]} (document num_chars={chars.iat[0] if len(chars) else 'null'})"

CROSS_CHECKS: tuple[CountCheck | NumberingCheck | InsideCheck, ...] = (
    CountCheck("documents", "num_articles", "doc_id", "articles", "doc_id"),
    CountCheck("pages", "num_edits", "page_id", "edits", "page_id"),
    *NUMBERING_CHECKS,
    InsideCheck("articles"),
    InsideCheck("provisions"),
)

@dataclass(frozen=True)
class TextCheck:
    """A stored text is the one the dataset derives it from (a page's text the replay of its edits, a
    document its page's span, an article or a provision its document's span), whatever the lengths:
    one character changed for another fails it.  Run by the validator on each batch of shards
    (:mod:`corpus_tools.validation.texts`); ``reads`` says which columns."""

    config: str
    name: str
    column: str
    description: str
    reads: Mapping[str, tuple[str, ...]]


_EDIT_LOG = ("page_id", "seq", "step", "rule", "start", "end", "before", "after", "field")

_PAGE_REPLAY = ("page_id", "num_edits", "ingested_text", "text_sha256")

TEXT_CHECKS: tuple[TextCheck, ...] = (
    TextCheck("pages", "text_replays_edits", "text_sha256",
              "replaying the page's edit log (the edits rows with field null, step by step in seq order) on "
              "ingested_text works and gives the cleaned page whose sha256 is text_sha256; where ingested_text is "
              "null, the page has no edit of its text and its documents tile it (each starting where the one before "
              "ends, the first at 0), their texts joined giving that page",
              {"pages": _PAGE_REPLAY, "edits": _EDIT_LOG, "documents": ("page_id", "page_start", "page_end", "text")}),
    TextCheck("edits", "field_edits_replay", "field",
              "the edits of a declared metadata string (field set) replay, step by step, on the string the "
              "page's metadata declares", {"edits": _EDIT_LOG, "pages": ("page_id", "metadata")}),
    TextCheck("documents", "text_is_page_span", "text",
              "text is [page_start:page_end] of its page's cleaned text (its edits replayed on its ingested_text)",
              {"documents": ("doc_id", "page_id", "page_start", "page_end", "text"), "pages": _PAGE_REPLAY, "edits": _EDIT_LOG}),
    TextCheck("articles", "text_is_document_span", "text",
              "text is the body of its document's text[start:end] (lines trimmed, blank lines dropped) after the "
              "label and the heading, and paragraph_ends are ends of paragraphs of text (ascending, a newline "
              "after each but the last, which ends text)",
              {"articles": ("doc_id", "eid", "label", "heading", "start", "end", "paragraph_ends", "text"),
               "documents": ("doc_id", "text")}),
    TextCheck("provisions", "text_is_document_span", "text",
              "text is the node's own text: its document's text from start to its first child's start, whitespace "
              "before the child dropped (a node without children: text[start:end]); in document order the own texts "
              "follow one another with only whitespace between, and a node ends where its last child ends, so its "
              "own text and its children's make up its full text, the document's text[start:end]",
              {"provisions": ("doc_id", "eid", "parent_eid", "ordinal", "start", "end", "text"), "documents": ("doc_id", "text")}),
)


@dataclass(frozen=True)
class FolderCheck:
    """A promise about a dataset folder's files rather than its rows: what ``datasets.load_dataset``
    reads is the whole dataset.  Checked by the validator on a folder (``OUT`` or ``OUT/data``)
    before any row is read; a failure names the config and the files."""

    name: str
    description: str


FOLDER_CHECKS: tuple[FolderCheck, ...] = (
    FolderCheck("shards_complete", "the shard files of a config are numbered 00000 to N-1 of N, every name saying the "
                "same N: none is missing (a removed shard would leave its rows silently out of the dataset)"),
    FolderCheck("card_names_the_files", "a dataset folder (one holding data/) has a dataset card, README.md, whose YAML "
                "front matter reads (no aliases, at most 50 levels deep); when the card lists configs (what load_dataset "
                "reads), it lists every config that has files, only known configs, and each one's data_files patterns "
                "match exactly that config's files inside the folder"),
)


# --------------------------------------------------------------------------
# Frames
# --------------------------------------------------------------------------


def to_frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as the pandas frame the models validate (Arrow-backed dtypes)."""
    return table.to_pandas(types_mapper=pd.ArrowDtype, split_blocks=True, self_destruct=False)


def arrow_schema(config: str) -> pa.Schema:
    """The Arrow schema of a config (:mod:`corpus_tools.tables`)."""
    return tables.CONFIGS[config]


__all__ = [
    "ALIGNMENT_STATUSES",
    "CROSS_CHECKS",
    "FORMATS",
    "MODELS",
    "RELATIONS",
    "ROLES",
    "SCRIPTS",
    "SEVERITY",
    "TEXT_CHECKS",
    "FOLDER_CHECKS",
    "VOCABULARIES",
    "AlignmentsModel",
    "ArticlesModel",
    "CountCheck",
    "NUMBERING_CHECKS",
    "NumberingCheck",
    "DocumentsModel",
    "EditsModel",
    "PagesModel",
    "ProvisionsModel",
    "Relation",
    "FLAGS_CHECK",
    "FindingsModel",
    "FlagsCheck",
    "FolderCheck",
    "InsideCheck",
    "TextCheck",
    "declared_gaps",
    "severity",
    "to_frame",
]
