"""pandera models of every dataset config: the dataset's promise, enforced.

These :class:`~pandera.api.pandas.model.DataFrameModel` classes are the source
of truth of what a valid dataset is; ``schemas/`` (JSON Schema, Hugging Face
features, ``CHECKS.md``) is generated from them by
:mod:`corpus_tools.validation.export`.  Column order and Arrow types come from
:mod:`corpus_tools.tables`; a frame is validated with Arrow-backed pandas
dtypes (:func:`to_frame`), so every check below is vectorised (pyarrow
compute, RE2, numpy) and never loops over rows in Python.

Three kinds of check:

* column and row checks inside the models (types, nullability, ranges,
  closed vocabularies, uniqueness, ISO dates, numbering, residual noise);
* :data:`RELATIONS`: foreign keys between configs (an article's ``doc_id``
  must be a document);
* :data:`CROSS_CHECKS`: counts that one config states about another
  (``documents.num_articles``), and article numbering against the gaps
  documents declare (:data:`NUMBERING_CHECKS`: an undeclared gap is an error,
  a declared one a warning).

Every check is an error unless :data:`SEVERITY` says ``warning``.

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
from corpus_tools.structure.metadata import DOC_TYPES, JURISDICTION_LEVELS, STATUSES
from corpus_tools.structure.tree import PROVISION_TYPES
from corpus_tools.validation import residual

STR = pd.ArrowDtype(pa.string())
INT = pd.ArrowDtype(pa.int64())
FLOAT = pd.ArrowDtype(pa.float64())
STR_LIST = pd.ArrowDtype(pa.list_(pa.string()))
INT_LIST = pd.ArrowDtype(pa.list_(pa.int64()))

DOC_ID_PATTERN = r"^d-[0-9a-f]{16}-[0-9]+$"
PAGE_ID_PATTERN = r"^p-[0-9a-f]{16}$"
ISO_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

# --------------------------------------------------------------------------
# Closed vocabularies
# --------------------------------------------------------------------------

ROLES: tuple[str, ...] = ("main", "notice", "attachment")
SCRIPTS: tuple[str, ...] = ("simplified", "traditional", "mixed")
FORMATS: tuple[str, ...] = ("text", "markdown", "html", "docx", "pdf")
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
}

#: check name -> "warning" for checks that report without failing (unless --strict).
SEVERITY: dict[str, str] = {"unresolved_spam_gap": "warning", "declared_numbering_gap": "warning"}

#: Row-level checks -> the columns that show why a row failed (for reports).
ROW_CHECK_COLUMNS: dict[str, tuple[str, ...]] = {
    "date_order": ("adopted", "approved", "effective", "amended"),
    "span_order": ("start", "end"),
    "page_span_order": ("page_start", "page_end"),
    "num_chars_matches_text": ("num_chars",),
    "before_matches_span": ("position", "end", "before"),
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


def _non_empty(series: pd.Series) -> pd.Series:
    return series.str.strip().str.len() > 0


def _iso_date(series: pd.Series) -> pd.Series:
    shaped = series.str.match(ISO_DATE_PATTERN).fillna(False).astype(bool)
    parsed = pd.to_datetime(series.astype(object), format="%Y-%m-%d", errors="coerce")
    return shaped & pd.Series(parsed, index=series.index).notna()


def _not_after(df: pd.DataFrame, earlier: str, later: str, valid: Mapping[str, np.ndarray] | None = None) -> pd.Series:
    """True unless both dates are valid ISO dates and ``earlier`` > ``later``.

    ``valid`` (column -> ``_iso_date`` of its values, nulls as "") lets
    :meth:`DocumentsModel.date_order` parse each column once, not once per pair.
    """
    a, b = df[earlier], df[later]
    valid = valid if valid is not None else _valid_dates(df, (earlier, later))
    both = valid[earlier] & valid[later]
    later_first = (a.fillna("") > b.fillna("")).to_numpy(dtype=bool, na_value=False)
    return pd.Series(~(both & later_first), index=df.index)


def _valid_dates(df: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, np.ndarray]:
    """column -> per row, its value (null as "") is a valid ISO date."""
    return {column: _iso_date(df[column].fillna("")).to_numpy(dtype=bool) for column in dict.fromkeys(columns)}


def _int_values(series: pd.Series, na: int = 0) -> np.ndarray:
    return series.to_numpy(dtype=np.int64, na_value=na)


def _numbering_keys(doc_ids: pd.Series, numbers: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(row keys, valid rows, distinct keys, the distinct keys that follow a gap) of an articles frame.

    A key packs (document code, article_no); the flagged key is the first
    number after a gap (or the first number when it is not 1).
    """
    codes, _ = pd.factorize(doc_ids)
    numbers_ = _int_values(numbers)
    valid = (codes >= 0) & (numbers_ >= 1)
    keys = (codes.astype(np.int64) << 32) | np.where(valid, numbers_, 0)
    unique = np.unique(keys[valid])
    doc, num = unique >> 32, unique & 0xFFFFFFFF
    first = np.r_[True, doc[1:] != doc[:-1]] if len(unique) else np.zeros(0, dtype=bool)
    previous = np.r_[0, num[:-1]] if len(unique) else np.zeros(0, dtype=np.int64)
    bad = np.where(first, num != 1, num != previous + 1)
    return keys, valid, unique, np.flatnonzero(bad)


def numbering_breaks(
    doc_ids: pd.Series, numbers: pd.Series, declared: Mapping[str, frozenset[int]] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Per article row: (follows an undeclared gap, follows a declared gap).

    Distinct article numbers of a document must run 1..N; articles with a
    suffix (第十条之一) share their base number.  The first article after a
    gap is flagged.  The gap is *declared* when every number it skips is in
    ``declared[doc_id]`` (the document's ``numbering_gaps``: numbers the
    source itself skips); otherwise it is undeclared.  Python only looks at
    the gaps, never at every row.

    >>> ids, nums = pd.Series(["a"] * 4 + ["b", "c"]), pd.Series([1, 2, 2, 4, 2, 3])
    >>> [m.tolist() for m in numbering_breaks(ids, nums, {"a": frozenset({3}), "c": frozenset({1})})]
    [[False, False, False, False, True, True], [False, False, False, True, False, False]]
    """
    keys, valid, unique, bad = _numbering_keys(doc_ids, numbers)
    if not len(bad):
        zeros = np.zeros(len(keys), dtype=bool)
        return zeros, zeros.copy()
    codes, names = pd.factorize(doc_ids)
    declared = declared or {}
    undeclared_keys, declared_keys = [], []
    for i in bad.tolist():
        key = int(unique[i])
        doc, num = key >> 32, key & 0xFFFFFFFF
        low = int(unique[i - 1] & 0xFFFFFFFF) + 1 if i > 0 and int(unique[i - 1]) >> 32 == doc else 1
        gaps = declared.get(str(names[doc]), frozenset())
        (declared_keys if all(n in gaps for n in range(low, num)) else undeclared_keys).append(key)
    return (valid & np.isin(keys, undeclared_keys)), (valid & np.isin(keys, declared_keys))


def contiguous_numbering(doc_ids: pd.Series, numbers: pd.Series) -> np.ndarray:
    """Per document, True for the rows that do not break the run 1..N (no gap is declared).

    >>> contiguous_numbering(pd.Series(["a"] * 4 + ["b"]), pd.Series([1, 2, 2, 4, 2])).tolist()
    [True, True, True, False, False]
    """
    undeclared, declared = numbering_breaks(doc_ids, numbers)
    return ~(undeclared | declared)


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


UNRESOLVED_GAP_PATTERN = r'"gap"\s*:\s*"unresolved"'


def _unresolved_gap(series: pd.Series) -> pd.Series:
    """Per row, ``detail`` holds ``"gap": "unresolved"`` (False for null).

    Every match holds the literal ``"unresolved"``, so the regex runs only on
    the rows a substring search keeps (an edits shard has ~100,000 details,
    almost none with a gap): the same rows as the regex over the whole column.
    """
    found = np.zeros(len(series), dtype=bool)
    data = residual.arrow_strings(series) if isinstance(series.dtype, pd.ArrowDtype) else None  # zero-copy
    if data is None or not (pa.types.is_string(data.type) or pa.types.is_large_string(data.type)):
        return series.str.contains(UNRESOLVED_GAP_PATTERN, regex=True).fillna(False).astype(bool)
    rows = np.flatnonzero(pc.fill_null(pc.match_substring(data, '"unresolved"'), False).to_numpy(zero_copy_only=False))
    if len(rows):
        hits = series.iloc[rows].str.contains(UNRESOLVED_GAP_PATTERN, regex=True).fillna(False).to_numpy(dtype=bool)
        found[rows[hits]] = True
    return pd.Series(found, index=series.index)


def noise_mask(series: pd.Series, name: str) -> pd.Series:
    """True where the residual-noise check ``name`` finds nothing."""
    hits = residual.cached_scan(series)[name]
    ok = np.ones(len(series), dtype=bool)
    ok[hits] = False
    return pd.Series(ok, index=series.index)


def _noise_checks(*columns: str) -> tuple:
    """One pandera check per residual-noise family over ``columns``, in NOISE_CHECKS order."""
    made = []
    for name in residual.NOISE_CHECKS:

        def fn(cls, series: pd.Series, _name: str = name) -> pd.Series:
            return noise_mask(series, _name)

        fn.__name__ = name
        description = residual.SPECS[name].description
        fn.__doc__ = description[:1].upper() + description[1:] + "."
        made.append(check(*columns, name=name)(fn))
    return tuple(made)


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
    issuer: Series[STR] = Field(nullable=True, description="issuing body")
    status: Series[STR] = Field(nullable=True, description="legal status (closed vocabulary); null when unknown")
    adopted: Series[STR] = Field(nullable=True, description="date the instrument was enacted (通过; amendments and revisions excluded), ISO 8601")
    approved: Series[STR] = Field(nullable=True, description="date that enactment was approved (批准), ISO 8601")
    written: Series[STR] = Field(nullable=True, description="date the document was written and signed (成文日期, the signature's date), ISO 8601")
    published: Series[STR] = Field(nullable=True, description="date published (发布日期 / 公布) of this text, ISO 8601")
    effective: Series[STR] = Field(nullable=True, description="date this text enters into force (its own 施行 clause), ISO 8601")
    amended: Series[STR] = Field(nullable=True, description="latest amendment or revision (修正/修订), ISO 8601")
    index_no: Series[STR] = Field(nullable=True, description="索引号 of the government information-disclosure catalogue, as the site states it")
    topic: Series[STR] = Field(nullable=True, description="主题分类 as the site states it")
    source_url: Series[STR] = Field(nullable=True, str_matches=r"^https?://\S+$", description="where the page was scraped")
    script: Series[STR] = Field(description="script of the source: simplified | traditional | mixed")
    version_group: Series[STR] = Field(nullable=True, description="documents that are versions of one instrument share it")
    duplicate_of: Series[STR] = Field(nullable=True, str_matches=DOC_ID_PATTERN, description="doc_id of the first copy of the same text in the corpus (exact or near-exact copies)")
    num_articles: Series[INT] = Field(ge=0, description="number of rows of this document in articles")
    numbering_gaps: Series[INT_LIST] = Field(description="article numbers the source itself skips (label found nowhere in the text)")
    num_chars: Series[INT] = Field(ge=0, description="length of text in characters")
    page_start: Series[INT] = Field(ge=0, description="start of the document in the cleaned page text")
    page_end: Series[INT] = Field(ge=0, description="end of the document in the cleaned page text")
    text: Series[STR] = Field(description="cleaned text of the document")

    class Config:
        name = "documents"
        strict = True
        ordered = True

    @check("title", "text", name="non_empty")
    def non_empty(cls, series: pd.Series) -> pd.Series:
        """Title and text hold at least one non-space character."""
        return _non_empty(series)

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

    @dataframe_check(name="date_order")
    def date_order(cls, df: pd.DataFrame) -> pd.Series:
        """adopted <= approved <= effective and adopted <= approved <= amended, for the dates present."""
        valid = _valid_dates(df, ("adopted", "approved", "effective", "amended"))
        return (
            _not_after(df, "adopted", "approved", valid)
            & _not_after(df, "approved", "effective", valid)
            & _not_after(df, "adopted", "effective", valid)
            & _not_after(df, "approved", "amended", valid)
            & _not_after(df, "adopted", "amended", valid)
        )

    @dataframe_check(name="num_chars_matches_text")
    def num_chars_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        """num_chars is the length of text in characters."""
        return (df["num_chars"] == df["text"].str.len()).fillna(False).astype(bool)

    @dataframe_check(name="page_span_order")
    def page_span_order(cls, df: pd.DataFrame) -> pd.Series:
        """page_start <= page_end."""
        return (df["page_start"] <= df["page_end"]).fillna(False).astype(bool)

    (
        no_ruby_pinyin,
        no_spam,
        no_traditional_char,
        no_ascii_punct_between_cjk,
        no_invisible_char,
        no_question_mark_between_cjk,
        no_mojibake,
    ) = _noise_checks("title", "text")


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
    paragraphs: Series[STR_LIST] = Field(description="款: the paragraphs of the body")
    text: Series[STR] = Field(description="body without label or heading")
    start: Series[INT] = Field(ge=0, description="start of the article in the document text")
    end: Series[INT] = Field(ge=0, description="end of the article in the document text")
    eid: Series[STR] = Field(description="stable element id, e.g. chp_2__art_13")

    class Config:
        name = "articles"
        strict = True
        ordered = True
        unique = ["doc_id", "article_no", "article_suffix"]

    @check("text", name="non_empty")
    def non_empty(cls, series: pd.Series) -> pd.Series:
        """The article text holds at least one non-space character."""
        return _non_empty(series)

    @dataframe_check(name="span_order")
    def span_order(cls, df: pd.DataFrame) -> pd.Series:
        """start < end."""
        return (df["start"] < df["end"]).fillna(False).astype(bool)

    (
        no_ruby_pinyin,
        no_spam,
        no_traditional_char,
        no_ascii_punct_between_cjk,
        no_invisible_char,
        no_question_mark_between_cjk,
        no_mojibake,
    ) = _noise_checks("text", "heading", "chapter_title", "section_title")


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
    text: Series[STR] = Field(description="text of the node")
    start: Series[INT] = Field(ge=0, description="start in the document text")
    end: Series[INT] = Field(ge=0, description="end in the document text")

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
    position: Series[INT] = Field(ge=0, description="start in the rule's input text")
    end: Series[INT] = Field(ge=0, description="end in the rule's input text")
    before: Series[STR] = Field(description="input[position:end]")
    after: Series[STR] = Field(description="the replacement")
    detail: Series[STR] = Field(description="free-form explanation; JSON for restorations")
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
        """position <= end and before is exactly end - position characters long."""
        length = df["end"] - df["position"]
        return ((length >= 0) & (df["before"].str.len() == length)).fillna(False).astype(bool)

    @check("detail", name="unresolved_spam_gap")
    def unresolved_spam_gap(cls, series: pd.Series) -> pd.Series:
        """Warning: a word replaced by a spam anchor could not be restored ({"gap": "unresolved"})."""
        return ~_unresolved_gap(series)


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
    """One scraped file: ingest facts, the ingested text (base of the edit log), the cleaned text."""

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
    ingested_text: Series[STR] = Field(description="the decoded page before cleaning")
    text: Series[STR] = Field(description="the cleaned page text")

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

    (
        no_ruby_pinyin,
        no_spam,
        no_traditional_char,
        no_ascii_punct_between_cjk,
        no_invisible_char,
        no_question_mark_between_cjk,
        no_mojibake,
    ) = _noise_checks("text")


#: config name -> its model, in the order of :data:`corpus_tools.tables.CONFIGS`.
MODELS: dict[str, type[DataFrameModel]] = {
    "documents": DocumentsModel,
    "articles": ArticlesModel,
    "provisions": ProvisionsModel,
    "edits": EditsModel,
    "alignments": AlignmentsModel,
    "pages": PagesModel,
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
    """Article numbering against the gaps documents declare (``documents.numbering_gaps``).

    It needs two configs, so it runs with the checks across configs (it has a
    relation's shape: ``config.column`` checked against ``ref_config``, the
    failing row's ``column`` value reported).  ``kind`` selects the promise:

    * ``undeclared``: an article that follows a gap its document does not declare;
    * ``declared``: an article that follows a gap its document declares (a warning:
      the source itself skips those numbers);
    * ``declarations``: every declared gap is a real one: below the document's
      highest article number, and no article has it.
    """

    kind: str = "undeclared"
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
        return {"documents": ("doc_id", "numbering_gaps"), "articles": ("doc_id", "article_no")}

    def passes(self, frames: Mapping[str, pd.DataFrame]) -> pd.Series:
        documents = frames["documents"]
        if self.kind == "declarations":
            return self._declarations_hold(documents, frames["articles"])
        articles = frames["articles"]
        undeclared, declared = numbering_breaks(articles["doc_id"], articles["article_no"], declared_gaps(documents))
        return pd.Series(~(undeclared if self.kind == "undeclared" else declared), index=articles.index)

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
            if not have or max(gaps) >= max(have) or gaps & have:
                ok[position[doc]] = False
        return pd.Series(ok, index=documents.index)


NUMBERING_CHECKS: tuple[NumberingCheck, ...] = (
    NumberingCheck(
        "articles", "article_no", "documents", "numbering_gaps", kind="undeclared",
        check_name="article_numbers_contiguous",
        text="per document, the distinct article numbers are 1..N without gaps (之一 articles share their base "
             "number), except numbers the document declares in documents.numbering_gaps",
    ),
    NumberingCheck(
        "articles", "article_no", "documents", "numbering_gaps", kind="declared",
        check_name="declared_numbering_gap",
        text="warning: the article follows a gap its document declares in documents.numbering_gaps "
             "(the source itself skips those numbers)",
    ),
    NumberingCheck(
        "documents", "numbering_gaps", "articles", "article_no", kind="declarations",
        check_name="numbering_gaps_match_articles",
        text="every number in documents.numbering_gaps is below the document's highest article number "
             "and no article of the document has it",
    ),
)

CROSS_CHECKS: tuple[CountCheck | NumberingCheck, ...] = (
    CountCheck("documents", "num_articles", "doc_id", "articles", "doc_id"),
    CountCheck("pages", "num_edits", "page_id", "edits", "page_id"),
    *NUMBERING_CHECKS,
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
    "contiguous_numbering",
    "declared_gaps",
    "numbering_breaks",
    "noise_mask",
    "severity",
    "to_frame",
]
