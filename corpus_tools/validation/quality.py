"""Quality checks: what is wrong in one document's content, recorded as data, never a reason to refuse.

The dataset's checks are of two kinds.  *Integrity* (types, unique and
resolvable ids, spans inside their text, edits that replay, references between
configs, and the findings columns agreeing with the data) is what a corpus
promises as a whole: it gates the build and fails ``validate``
(:mod:`corpus_tools.validation.schemas`).  *Quality*, here, is about one
document's content: residual noise of every family (the cleaners' own
detectors, :mod:`corpus_tools.validation.residual`), an empty title or text,
dates out of order, a word that spam replaced and no evidence restored, an
article number that repeats or leaves an undeclared gap, articles or provisions the
build left out because they broke a span invariant (``structure_invariant``: a
structure bug quarantined on its page, :func:`quarantine_warning`).  A quality check never
blocks: each finding is recorded on the row it concerns, in the spirit of
datatrove's exclusion writer (nothing is silently dropped):

* ``documents.findings`` and ``articles.findings``: the sorted, distinct names
  of the checks that flagged the row; a document's list also holds the checks
  that flagged any of its articles or edits, so
  ``ds.filter(lambda r: not r["findings"])`` keeps the clean documents in one line;
* the ``findings`` config: one row per finding (document, config, row key,
  column, check, excerpt).

The build computes the findings in its workers, per chunk, with the functions
below (:func:`find`), and writes them with the chunk; ``validate`` computes them
again from the data with the same functions, reports them (``--strict`` makes
them fail), and checks as integrity that the stored flags are complete and true
(``findings_match_data``).  Every check here is a pure function of one page's
rows, so a chunk of pages gives the same findings as the whole corpus.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools import tables
from corpus_tools.clean import script
from corpus_tools.records import CleanWarning
from corpus_tools.validation import (
    completeness, damaged_values, injected_text, markup_residue, masked_text, number_corruption, ocr_copies, residual, spam_pages, spun_text,
)

#: The configs whose rows can be flagged (``findings.config``).
FLAGGED_CONFIGS = ("documents", "articles", "edits")

#: Columns of documents and articles that are not free text: ids, closed vocabularies, URLs.  Every
#: other string column is scanned for residual noise, so metadata added later (a 文号, an issuer
#: taken from a page's first lines) is covered without a change here.
_NOT_TEXT = frozenset({
    "doc_id", "page_id", "source_file", "parent_id", "role", "doc_type", "status", "script", "version_group",
    "source_url", "eid", "jurisdiction_level", "index_no", "duplicate_of",
    "adopted", "approved", "written", "published", "effective", "amended",
})


def noise_columns(config: str) -> tuple[str, ...]:
    """The string columns of ``config`` the residual-noise checks read (documents: title, text and
    every metadata string; articles: text, heading, label and the part/chapter/section titles).

    >>> noise_columns("articles")
    ('label', 'heading', 'part', 'chapter_title', 'section_title', 'text')
    """
    if config not in ("documents", "articles"):
        return ()
    schema = tables.CONFIGS[config]
    return tuple(f.name for f in schema if pa.types.is_string(f.type) and f.name not in _NOT_TEXT)


@dataclass(frozen=True)
class QualityCheck:
    """One quality check: its name (the word in ``findings``), the config and columns it reads."""

    name: str
    config: str
    columns: tuple[str, ...]
    description: str


def _registry() -> dict[str, QualityCheck]:
    checks: list[QualityCheck] = []
    for name in residual.NOISE_CHECKS:
        description = residual.SPECS[name].description
        for config in ("documents", "articles"):
            checks.append(QualityCheck(name, config, noise_columns(config), description))
    checks += [
        QualityCheck("non_empty_title", "documents", ("title",), "the document has a title (not null, not blank)"),
        QualityCheck("non_empty_text", "documents", ("text",), "the document's text holds a non-space character"),
        QualityCheck("non_empty_text", "articles", ("text",),
                     "the article's text holds a non-space character, unless the article is repealed"),
        QualityCheck("has_sentence", "documents", ("text",),
                     "the document's text holds a sentence (a Han character and eight characters or more up to "
                     "。 or ；); one without is a list, a table or a form, or a page of site chrome: a page a site "
                     "renders with JavaScript, saved before its text loaded, gives only its menus"),
        QualityCheck(LISTING_CHECK, "documents", ("text",),
                     "the document's text is not a document but a site's list or home page the crawler saved instead "
                     "(a URL that redirected): three headline lines or more that end in a date, with a 更多 (more) "
                     "link line, or five or more such lines most of them cut short with …/...; or a list a crawler flattened into "
                     "running text (five dated headlines or more inside its lines: …的通知 [03-23] …, with a 更多 link or three "
                     "teasers cut short); the text is kept"),
        QualityCheck(completeness.LINE_BREAKS_LOST, "documents", ("text",),
                     "the document's lines are as written: no line of 600 characters or more holds two article labels "
                     "or list items after sentence ends, and no line of 1,000 or more holds ten sentences in an "
                     "official text (a crawler removed the line breaks and the lost_line_breaks rule could not "
                     "prove them back)"),
        QualityCheck(completeness.TRUNCATED, "documents", ("text",),
                     "the document's text reaches its end: it does not stop on a comma or an opening bracket, inside "
                     "an open quotation, or (a statute: 法, 条例, 规定, 办法, 细则) with chapters that stop before a "
                     "final chapter (附则, 法律责任) while nothing in it says when it takes effect (施行), and its last "
                     "provision (after its last article label) does not stop without a terminal mark (mid-word, on "
                     "its label, on a list it announces) unless what ends the text is a date, a table, a signature, an "
                     "attachment or a commencement sentence"),
        QualityCheck(completeness.NO_BODY, "documents", ("text",),
                     "the document's text is a document, not what stands where its text should be: a line saying the "
                     "text is missing (未取得正文, 正文暂缺…) in a text without an article, a text whose only line says it is "
                     "elsewhere (本文使用PDF预览窗口，无法加载的请点击查看全文。, 详见附件！), or a download or login wall "
                     "(short widget lines of three families or more: captcha 验证码/换一换, login 忘记密码, download "
                     "快捷下载/下载须知, payment 支付方式) without a mark of an official text, or a page of site chrome only (its font-size "
                     "switch 字体：小 中 大 and an empty 来源：/附件： or a lone time stamp, no sentence, no mark of an official "
                     "text); the text is kept"),
        QualityCheck(completeness.NOT_A_DOCUMENT, "documents", ("text",),
                     "the document is a document, not a site's page that is none: a site search's result page (its "
                     "facets and sort widgets on lines of their own: 相关结果：约 103 个, 排序方式：, 按相关度 按时间, "
                     "检索方式：, 时间不限…) or a Q&A site's question thread (采纳数：, 获赞数：, 我来答, 你对这个回答的评价是？, "
                     "其他类似问题), widget lines of three families or more of one kind and five lines or more; the text "
                     "is kept, the finding lets users drop the page"),
        QualityCheck(completeness.ORPHAN_STOP, "documents", ("text",),
                     "no line opens with a full stop 。: one that does lost the words the stop closed (a crawler kept "
                     "each paragraph's text and lost the bold run-in heading before it, （一）…。); nothing says what "
                     "they were, the text is kept"),
        QualityCheck(completeness.PLACEHOLDER_BODY, "documents", ("text",),
                     "the document's articles hold text: no article's body is an editor's placeholder (the text named "
                     "and said to be pending, absent, left out or elsewhere: （正文待补：…）, 内容从略, 本条内容待更新, "
                     "or bare: （略）, 暂无内容, 详见附件, ……, TODO); the excerpt counts them, the text is kept"),
        QualityCheck(completeness.PLACEHOLDER_BODY, "articles", ("text",),
                     "the article's body is text, not an editor's placeholder (（正文待补：…）, （略）, 内容从略, 详见附件, "
                     "……, TODO: completeness.placeholder_body); the text is kept"),
        QualityCheck(completeness.ARTICLE_NUMBERS_MISSING, "documents", ("numbering_gaps",),
                     "no article label is lost: a number the document declares in numbering_gaps (no article has it, "
                     "its label is nowhere in the text) with neither neighbour declared too stands alone only when "
                     "its title marks an excerpt (抄, 节选, 摘录); otherwise a 第N条 line was lost and that article's "
                     "text closes the article above (5 Shandong laws of the DLC corpus); runs of declared numbers "
                     "are the source's own (an excerpt)"),
        QualityCheck(completeness.LOST_GLYPHS, "documents", ("text",),
                     "the document's characters are characters: no private-use code point inside a line (a font's "
                     "own glyph where a character was, e.g. 2\\ue0105米 for 2.5米; an icon between blanks is a menu's) "
                     "nor left as an HTML reference (&#xE010;); the invisible_chars rule keeps them (nothing says what "
                     "they were), the finding says the text lost characters"),
        QualityCheck("date_order", "documents", DATE_COLUMNS,
                     "adopted <= approved <= effective and adopted <= approved <= amended, for the valid dates present"),
        QualityCheck("unresolved_spam_gap", "edits", ("detail",),
                     'no word replaced by a spam anchor was left unrestored ({"gap": "unresolved"} in the edit\'s detail)'),
        QualityCheck(SPAM_PAGE_CHECK, "documents", ("title", "text"),
                     "the document is no gambling farm's page: a fabricated 公文 written around lottery tips, i.e. a "
                     "tip shape (四肖八码, 特马, 期期三码必中, 三期必出, 新澳门天天开好彩…) in the title, the first "
                     "lines, a 主题： field or a heading, and two tip phrases or more (开奖结果查询 and other draw "
                     "look-ups count too), none in a line that warns against gambling (spam_pages.spam_page_evidence; "
                     "real lottery regulations speak of 彩票, 开奖, 投注, never of tips)"),
        QualityCheck(spun_text.SPUN_TEXT, "documents", ("title", "text"),
                     "the document is no word-spun copy of an official text: it does not hold two fixed formulas of "
                     "公文 or more as a synonym spinner breaks them (告诉如下 for 通知如下, 特此告诉, a title 《…的告诉》, "
                     "“三定规则” for 三定规定; spun_text.spun_formulas); the spun words cannot be repaired, the text is kept"),
        QualityCheck("article_numbers_contiguous", "articles", ("article_no",),
                     "per document, the distinct article numbers run from its first_article_no without a gap "
                     "(之一 articles share their base number), except numbers it declares in numbering_gaps; "
                     "the first article after a gap is flagged"),
        QualityCheck("article_numbers_unique", "articles", ("article_no", "article_suffix"),
                     "no two articles of a document have the same number and suffix; the repetitions are flagged"),
        QualityCheck(QUARANTINE_CHECK, "documents", ("text",),
                     "the build wrote every article and provision the structure read in the document: rows that broke "
                     "a span invariant (articles.text_is_document_span, provisions.text_is_document_span) were left "
                     f"out, each recorded as a warning of rule {QUARANTINE_RULE!r} in its page's warnings, which this "
                     "finding reads (the document's text is complete; its articles or provisions are not)"),
    ]
    checks += [QualityCheck(name, "documents", columns, description) for name, columns, description in DAMAGE_CHECKS]
    return {(c.config, c.name): c for c in checks}  # type: ignore[misc]


#: Damage the text or the metadata carries that no rule may repair (field test 10): name, the
#: documents' columns it reads, what it promises.
DAMAGE_CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (ocr_copies.OCR_DUPLICATE, ("text",),
     "the document's text is not read twice: no stretches that re-read the text just before them with an OCR's "
     "scattered character errors (a PDF extraction that wrote each page's text layer, then an OCR of the same page: "
     "辽宁省高级人民法院 then 了亡省昌级人民决防); two such stretches of 200 Han characters or more, or one of 400, at an "
     "offset that stays constant, 60 % of their characters equal to the original's, not all, the differences scattered "
     "(5 places or more per 100 characters); the excerpt gives the stretches' lines and offsets and their share of "
     "the text, which is kept"),
    *damaged_values.CHECKS,
    *markup_residue.CHECKS,
    *masked_text.CHECKS,
    *injected_text.CHECKS,
    *number_corruption.CHECKS,
)


DATE_COLUMNS = ("adopted", "approved", "effective", "amended")
#: The finding on a document that is a gambling farm's fabricated page (:mod:`.spam_pages`).
SPAM_PAGE_CHECK = "spam_page"
#: The finding on a document whose rows the build quarantined, and the ``rule`` of the page warning
#: that records each (:func:`quarantine_warning`).
QUARANTINE_CHECK = "structure_invariant"
QUARANTINE_RULE = "structure"
#: The finding on a document that is a site's list or home page (:func:`is_listing_page`).
LISTING_CHECK = "listing_page"
#: A sentence (RE2, for :func:`pyarrow.compute.match_substring_regex`): a Han character, then
#: eight characters or more on one line up to a full stop or semicolon.  The pages of
#: flk.npc.gov.cn a crawler saves without running their scripts hold menus, empty labels
#: (``制定机关：``) and 您的浏览器版本过低，暂不支持，请下载最新版本！, none of which is one.
SENTENCE_PATTERN = r"\p{Han}[^\n]{8,}?[。；;]"
#: (config, check name) -> the check.
QUALITY_CHECKS: dict[tuple[str, str], QualityCheck] = _registry()
#: Every quality check name, in report order (the vocabulary of the ``findings`` columns).
CHECK_NAMES: tuple[str, ...] = tuple(dict.fromkeys(name for _, name in QUALITY_CHECKS))

#: Columns of what :func:`find` returns: the ``findings`` config, plus ``row`` (the flagged row's
#: index in the table it was found in), which is not written.
_FOUND = pa.schema([*tables.FINDINGS, ("row", pa.int64())])


def _empty_found() -> pa.Table:
    return _FOUND.empty_table()


# --------------------------------------------------------------------------- helpers


def _strings(table: pa.Table, column: str) -> pa.ChunkedArray:
    return table.column(column)


def _take_list(table: pa.Table, column: str, rows: np.ndarray) -> list:
    if not len(rows):
        return []
    return table.column(column).take(pa.array(rows, type=pa.int64())).to_pylist()


def _found(config: str, table: pa.Table, rows: np.ndarray, column: str, check: str, excerpts: list[str],
           page_ids: list | None = None) -> pa.Table:
    """Findings of ``check`` on ``rows`` of ``table`` (a ``config`` table), keyed as the config is."""
    n = len(rows)
    if not n:
        return _empty_found()
    doc_ids = _take_list(table, "doc_id", rows)
    source_files = _take_list(table, "source_file", rows)
    if page_ids is None:
        page_ids = _take_list(table, "page_id", rows) if "page_id" in table.schema.names else [None] * n
    eids = _take_list(table, "eid", rows) if config == "articles" else [None] * n
    labels = _take_list(table, "label", rows) if config == "articles" else [None] * n
    seqs = _take_list(table, "seq", rows) if config == "edits" else [None] * n
    return pa.table({
        "doc_id": pa.array(doc_ids, pa.string()), "page_id": pa.array(page_ids, pa.string()),
        "source_file": pa.array(source_files, pa.string()), "config": pa.array([config] * n, pa.string()),
        "eid": pa.array(eids, pa.string()), "label": pa.array(labels, pa.string()), "seq": pa.array(seqs, pa.int64()),
        "column": pa.array([column] * n, pa.string()), "check": pa.array([check] * n, pa.string()),
        "excerpt": pa.array(excerpts, pa.string()), "row": pa.array(rows, pa.int64()),
    }, schema=_FOUND)


def _rows(mask: np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.asarray(mask, dtype=bool)).astype(np.int64)


def _blank(values: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """Per row: null, or nothing but whitespace (Unicode White_Space: U+3000 included)."""
    length = pc.utf8_length(pc.utf8_trim_whitespace(values))
    return np.asarray(pc.fill_null(pc.equal(length, 0), True).to_numpy(zero_copy_only=False), dtype=bool)


ISO_DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def valid_iso_dates(series: pd.Series) -> pd.Series:
    """Per value: a real calendar date written YYYY-MM-DD (False for null)."""
    shaped = series.str.match(ISO_DATE_PATTERN).fillna(False).astype(bool)
    parsed = pd.to_datetime(series.astype(object), format="%Y-%m-%d", errors="coerce")
    return shaped & pd.Series(parsed, index=series.index).notna()


def _valid_dates(df: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, np.ndarray]:
    """column -> per row, its value (null as "") is a valid ISO date."""
    return {column: valid_iso_dates(df[column].fillna("")).to_numpy(dtype=bool) for column in dict.fromkeys(columns)}


def not_after(df: pd.DataFrame, earlier: str, later: str, valid: Mapping[str, np.ndarray] | None = None) -> pd.Series:
    """True unless both dates are valid ISO dates and ``earlier`` > ``later``.

    ``valid`` (column -> :func:`valid_iso_dates` of its values, nulls as "") lets
    :func:`dates_in_order` parse each column once, not once per pair.
    """
    a, b = df[earlier], df[later]
    valid = valid if valid is not None else _valid_dates(df, (earlier, later))
    both = valid[earlier] & valid[later]
    later_first = (a.fillna("") > b.fillna("")).to_numpy(dtype=bool, na_value=False)
    return pd.Series(~(both & later_first), index=df.index)


def dates_in_order(df: pd.DataFrame) -> pd.Series:
    """Per document: adopted <= approved <= effective and adopted <= approved <= amended, for the
    valid dates present (the promise of ``date_order``)."""
    valid = _valid_dates(df, DATE_COLUMNS)
    return (
        not_after(df, "adopted", "approved", valid)
        & not_after(df, "approved", "effective", valid)
        & not_after(df, "adopted", "effective", valid)
        & not_after(df, "approved", "amended", valid)
        & not_after(df, "adopted", "amended", valid)
    )


UNRESOLVED_GAP_PATTERN = r'"gap"\s*:\s*"unresolved"'


def unresolved_gap(series: pd.Series) -> pd.Series:
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


def _series(values: pa.ChunkedArray | pa.Array) -> pd.Series:
    chunked = values if isinstance(values, pa.ChunkedArray) else pa.chunked_array([values])
    return pd.Series(pd.arrays.ArrowExtensionArray(chunked))


def _shown(value: object) -> str:
    """A blank value as the excerpt of an empty-title or empty-text finding: ``null``, or quoted.

    >>> _shown(None), _shown("　"), _shown("")
    ('null', "'　'", "''")
    """
    return "null" if value is None else "'" + residual.visible(str(value)) + "'"


# --------------------------------------------------------------------------- list and home pages

#: A headline line of a list: a headline (cut short by the site or not), then a date and
#: nothing after it (``省住房城乡建设厅任海涛厅长到济南住房公积金中心调...\t2026-07-06``,
#: ``市政协召开重点提案办理协商会2026-07-20``, ``关于2026年端午节假期停...\t26-06-17``).
_DATED_HEADLINE = lazy_re(
    r"^[^\n]{4,80}?(?P<cut>\.{3}|…)?[ \t\u3000]*[\[【(（]?(?:(?:19|20)\d{2}|\d{2})[-/.](?:0?[1-9]|1[0-2])[-/.]"
    r"(?:0?[1-9]|[12]\d|3[01])[\]】)）]?[ \t\u3000]*$", re.M)
#: A list's link to its next page: ``更多...``, ``查看更多 >>``.
_MORE_LINK = lazy_re(r"^[ \t\u3000]*(?:查看|点击查看|阅读)?更多(?:\.{2,}|…+|[ \t]*(?:>>|»|＞＞|>|＞))?[ \t\u3000]*$", re.M)
#: A list page's headline as a crawler flattened it into running text (one line for the page: rowancy66/zhengce's
#: records of mofcom.gov.cn/zcfb/ and xihaian.gov.cn/zwgk/, F14-D2): after a headline's last character, a blank,
#: then a date (``…的决定 2026-04-24 【对外贸易】…``, ``…的通知 [03-23] 青岛…``) and a blank or the end.
_INLINE_DATED_HEADLINE = lazy_re(
    r"(?<=[\u3400-\u9fff》）)\]】”])[ \t\u3000]+(?:[\[【(（]?(?:19|20)\d{2}[-/.](?:0[1-9]|1[0-2])[-/.](?:0[1-9]|[12]\d|3[01])"
    r"[\]】)）]?|[\[【](?:0[1-9]|1[0-2])[-/.](?:0[1-9]|[12]\d|3[01])[\]】])(?=[ \t\u3000]|$)", re.M)
#: What a flattened list shows beside its headlines: its 更多 link, or teasers the site cut short (``…的通知...``).
_INLINE_MORE_LINK = lazy_re(r"(?:^|[ \t\u3000])(?:查看|点击查看)?更多(?:[ \t\u3000]*(?:>>|»|＞＞|>|＞))?(?=[ \t\u3000]|$)", re.M)
_CUT_TEASER = lazy_re(r"(?<=[\u3400-\u9fff”》）])(?:\.{3}|…)(?=[ \t\u3000]|$)", re.M)
#: Cheap gate (RE2) on the text column: a date closing a line, or after a blank and before one (a flattened list).
_DATE_AT_LINE_END = (r"[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[\]】)）]?[ \t\x{3000}]*(\n|$)"
                     r"|[ \t\x{3000}][\[【(（]?[0-9]{2,4}[-/.][0-9]{1,2}([-/.][0-9]{1,2})?[\]】)）]?([ \t\x{3000}]|$)")
#: Headline lines a list page shows with its 更多 link, or alone when most are cut short.
_LIST_HEADLINES_WITH_MORE, _LIST_HEADLINES = 3, 5
#: Teasers cut short a flattened list shows at least, when it shows no 更多 link.
_CUT_TEASERS = 3


def is_listing_page(text: str) -> bool:
    """Whether ``text`` is a site's list or home page, not a document (field test 8b, F8B-R8: a
    crawler saved 济南住房公积金中心's home page, ``新闻动态`` and twenty headline lines with their
    dates, and 常州市政府's home page, instead of the policies their URLs named).

    Evidence: :data:`_LIST_HEADLINES_WITH_MORE` lines or more that end in a date after a
    headline, with a ``更多`` link line; or :data:`_LIST_HEADLINES` such lines or more, most
    of them cut short (``…``, ``...``).  A regulation's table of documents and dates has no
    更多 link and does not cut its titles.

    >>> is_listing_page("新闻动态\\n济南住房公积金中心举办学...\\t2026-07-06\\n政务公开零距离 政银协同惠民生——济南住房公积金...\\t2026-07-06\\n"
    ...                 "住建部就《住房公积金管理条例（修订征求意见稿）》...\\t2026-06-17\\n更多...")
    True
    >>> is_listing_page("附件：废止文件目录\\n关于加强管理的通知 2010-05-01\\n关于规范收费的通知 2012-03-01\\n关于调整标准的通知 2015-07-01")
    False

    A list a crawler flattened into one line (F14-D2: records of rowancy66/zhengce holding no document, only the
    list page a policy radar read) shows :data:`_LIST_HEADLINES` dated headlines or more inside its lines, with a
    更多 link or :data:`_CUT_TEASERS` teasers cut short; a flattened table of documents and dates shows neither:

    >>> row = "青岛西海岸新区管委关于印发某某实施方案的通知 [03-23] "
    >>> is_listing_page("政策文件 区政府文件 规范性文件 更多 " + row * 5 + "网站地图 联系我们"), is_listing_page(row * 5)
    (True, False)
    """
    dated = _DATED_HEADLINE.findall(text)
    if len(dated) >= _LIST_HEADLINES_WITH_MORE:
        if _MORE_LINK.search(text):
            return True
        if len(dated) >= _LIST_HEADLINES and 2 * sum(1 for cut in dated if cut) >= len(dated):
            return True
    inline = 0
    for _ in _INLINE_DATED_HEADLINE.finditer(text):
        inline += 1
        if inline >= _LIST_HEADLINES:
            break
    else:
        return False
    if _INLINE_MORE_LINK.search(text):
        return True
    cut = 0
    for _ in _CUT_TEASER.finditer(text):
        cut += 1
        if cut >= _CUT_TEASERS:
            return True
    return False


def listing_page_findings(documents: pa.Table) -> pa.Table:
    """``listing_page`` findings on the documents whose text is a site's list or home page."""
    text = documents.column("text")
    gate = pc.fill_null(pc.match_substring_regex(text, _DATE_AT_LINE_END), False).to_numpy(zero_copy_only=False)
    candidates = np.flatnonzero(np.asarray(gate, dtype=bool))
    rows = np.array([r for r, value in zip(candidates, _take_list(documents, "text", candidates))
                     if value and is_listing_page(value)], dtype=np.int64)
    return _found("documents", documents, rows, "text", LISTING_CHECK,
                  [residual.visible(v[:60]) + ("…" if len(v) > 60 else "") for v in _take_list(documents, "text", rows)])


# --------------------------------------------------------------------------- quarantined structure


def quarantine_warning(doc_id: str, what: str, check: str, problem: str, position: int, excerpt: str) -> CleanWarning:
    """The page warning recording that ``what`` (an article, a document's provisions) of document
    ``doc_id`` was left out of the dataset because it failed ``check``; ``position``: where in the
    page's cleaned text.  :func:`quarantine_findings` reads it back as a ``structure_invariant``
    finding on the document, so the finding is computed from the data, as every finding is.

    >>> w = quarantine_warning("d-0123456789abcdef-0", "第一条 (art_1)", "articles.text_is_document_span",
    ...                        "text is not the body of the document's text[0:12]", 4, "【第一条】为了")
    >>> w.rule, w.message
    ('structure', "d-0123456789abcdef-0: 第一条 (art_1) left out: articles.text_is_document_span fails: text is not the body of the document's text[0:12]")
    """
    return CleanWarning(QUARANTINE_RULE, position, f"{doc_id}: {what} left out: {check} fails: {problem}", excerpt)


#: A quarantine warning's message: the document's id (the findings schema checks its form), then
#: what was left out and why.
_QUARANTINED = lazy_re(r"^(?P<doc>[^\s:]+): (?P<what>.*)$", re.S)
#: Every quarantine warning holds this (JSON as the pipeline writes it): the pages scanned in Python.
_QUARANTINE_MARK = f'"rule": "{QUARANTINE_RULE}"'


def quarantine_findings(pages: pa.Table, documents: pa.Table | None) -> pa.Table:
    """``structure_invariant`` findings: one per quarantine warning (:func:`quarantine_warning`) in
    ``pages.warnings``, on the document it names; ``row`` is the document's row in ``documents``
    (None when the batch does not hold it)."""
    if "warnings" not in pages.schema.names or not pages.num_rows:
        return _empty_found()
    marked = np.flatnonzero(pc.fill_null(pc.match_substring(pages.column("warnings"), _QUARANTINE_MARK), False)
                            .to_numpy(zero_copy_only=False))
    if not len(marked):
        return _empty_found()
    row_of: dict[str, int] = {}
    if documents is not None and documents.num_rows:
        row_of = {doc: k for k, doc in enumerate(documents.column("doc_id").to_pylist())}
    found: dict[str, list] = {name: [] for name in ("doc_id", "page_id", "source_file", "excerpt", "row")}
    for page_id, source_file, warnings in zip(*(_take_list(pages, c, marked) for c in ("page_id", "source_file", "warnings"))):
        try:
            entries = json.loads(warnings)
        except (TypeError, ValueError):
            continue  # not JSON: pages.json_list says so
        for entry in entries if isinstance(entries, list) else ():
            match = _QUARANTINED.match(str(entry.get("message", ""))) if isinstance(entry, dict) else None
            if match is None or entry.get("rule") != QUARANTINE_RULE:
                continue
            found["doc_id"].append(match["doc"])
            found["page_id"].append(page_id)
            found["source_file"].append(source_file)
            found["excerpt"].append(residual.visible(match["what"]))
            found["row"].append(row_of.get(match["doc"]))
    n = len(found["doc_id"])
    if not n:
        return _empty_found()
    return pa.table({
        "doc_id": pa.array(found["doc_id"], pa.string()), "page_id": pa.array(found["page_id"], pa.string()),
        "source_file": pa.array(found["source_file"], pa.string()), "config": pa.array(["documents"] * n, pa.string()),
        "eid": pa.nulls(n, pa.string()), "label": pa.nulls(n, pa.string()), "seq": pa.nulls(n, pa.int64()),
        "column": pa.array(["text"] * n, pa.string()), "check": pa.array([QUARANTINE_CHECK] * n, pa.string()),
        "excerpt": pa.array(found["excerpt"], pa.string()), "row": pa.array(found["row"], pa.int64()),
    }, schema=_FOUND)


# --------------------------------------------------------------------------- damage no rule may repair


def damage_findings(documents: pa.Table) -> pa.Table:
    """Findings of :data:`DAMAGE_CHECKS` on the documents: OCR copies
    (:func:`corpus_tools.validation.ocr_copies.ocr_copies`), damaged values
    (:func:`corpus_tools.validation.damaged_values.document_damage`) and a converter's LaTeX
    (:func:`corpus_tools.validation.markup_residue.document_residue`) and a keyword filter's masks
    (:func:`corpus_tools.validation.masked_text.document_masks`) and an anti-copy script's characters inside a code
    (:func:`corpus_tools.validation.injected_text.document_injections`).  Each module gates its own
    scan (a text too short for copies is not read; a cheap RE2 pass keeps the few texts where a
    damaged date, lost digits or a declared value can stand)."""
    if not documents.num_rows or "text" not in documents.schema.names:
        return _empty_found()
    parts = []
    texts = documents.column("text")
    lengths = np.asarray(pc.fill_null(pc.utf8_length(texts), 0).to_numpy(zero_copy_only=False))
    rows, excerpts = [], []
    candidates = np.flatnonzero(lengths >= ocr_copies.MIN_HAN)
    for row, text in zip(candidates.tolist(), _take_list(documents, "text", candidates)):
        found = ocr_copies.ocr_copies(text or "")
        if found is not None:
            rows.append(row)
            excerpts.append(residual.visible(found.describe(text)))
    parts.append(_found("documents", documents, np.asarray(rows, dtype=np.int64), "text", ocr_copies.OCR_DUPLICATE, excerpts))
    for check, column, hits in [*damaged_values.document_damage(documents), *markup_residue.document_residue(documents),
                                *masked_text.document_masks(documents), *injected_text.document_injections(documents),
                                *number_corruption.document_corruptions(documents)]:
        rows = np.asarray([row for row, _ in hits], dtype=np.int64)
        parts.append(_found("documents", documents, rows, column, check, [residual.visible(why) for _, why in hits]))
    parts = [p for p in parts if p.num_rows]
    return pa.concat_tables(parts) if parts else _empty_found()


# --------------------------------------------------------------------------- spam pages


def spam_page_findings(documents: pa.Table) -> pa.Table:
    """``spam_page`` findings: documents that are a gambling farm's fabricated page
    (:func:`corpus_tools.validation.spam_pages.spam_page_evidence`).  One RE2 pass over the titles
    and texts keeps the few documents holding a tip-sheet shape; only those are read line by line.

    >>> docs = pa.table({"doc_id": ["a", "b"], "page_id": ["p", "q"], "source_file": ["f", "g"],
    ...     "title": ["彩票管理条例", "澳门特马今期开奖结果查询016期猪、狗、羊、牛，三期必出一期免费"],
    ...     "text": ["第一条 为了加强彩票管理，制定本条例。", "笔走龙蛇 2025-01-17 行业动态"]})
    >>> found = spam_page_findings(docs)
    >>> found["doc_id"].to_pylist(), found["check"].to_pylist()
    (['b'], ['spam_page'])
    """
    if not documents.num_rows or "title" not in documents.schema.names:
        return _empty_found()
    candidates = spam_pages.candidate_rows(documents.column("title"), documents.column("text"))
    if not len(candidates):
        return _empty_found()
    titles, texts = _take_list(documents, "title", candidates), _take_list(documents, "text", candidates)
    rows, excerpts = [], []
    for row, title, text in zip(candidates.tolist(), titles, texts):
        evidence = spam_pages.spam_page_evidence(title, text)
        if evidence is not None:
            rows.append(row)
            excerpts.append(residual.visible(evidence.describe()))
    return _found("documents", documents, np.asarray(rows, dtype=np.int64), "title,text", SPAM_PAGE_CHECK, excerpts)


# --------------------------------------------------------------------------- spun copies


def spun_text_findings(documents: pa.Table) -> pa.Table:
    """``spun_text_suspected`` findings: documents holding fixed formulas of 公文 that a word spinner
    broke (:func:`corpus_tools.validation.spun_text.spun_formulas`).  One RE2 pass over the texts
    keeps the few documents holding a character pair every broken formula holds.

    >>> docs = pa.table({"doc_id": ["a", "b"], "page_id": ["p", "q"], "source_file": ["f", "g"], "title": ["", ""],
    ...     "text": ["现将有关事项通知如下：", "《国务院关于组织设置的告诉》(国发〔2003〕8号)。现将有关事项告诉如下:"]})
    >>> spun_text_findings(docs)["doc_id"].to_pylist()
    ['b']
    """
    if not documents.num_rows or "title" not in documents.schema.names:
        return _empty_found()
    gate = pc.or_(pc.fill_null(pc.match_substring_regex(documents.column("text"), spun_text.GATE), False),
                  pc.fill_null(pc.match_substring_regex(documents.column("title"), spun_text.GATE), False))
    candidates = np.flatnonzero(np.asarray(gate.to_numpy(zero_copy_only=False), dtype=bool))
    rows, excerpts = [], []
    for row, title, text in zip(candidates.tolist(), _take_list(documents, "title", candidates),
                                _take_list(documents, "text", candidates)):
        why = spun_text.spun_formulas(title, text or "")
        if why:
            rows.append(row)
            excerpts.append(residual.visible(why))
    return _found("documents", documents, np.asarray(rows, dtype=np.int64), "title,text", spun_text.SPUN_TEXT, excerpts)


# --------------------------------------------------------------------------- row checks


#: The residual check that a Japanese or Korean page's rows skip (:func:`_foreign_documents`).
TRADITIONAL_CHECK = "no_traditional_char"

#: The residual checks a Japanese or Korean page's rows skip: their kanji are no Traditional Chinese, and
#: their ASCII marks between kanji are the language's own, which the width rule keeps on purpose (a
#: Japanese translation of 党内监督条例 writes 「監督」,(F19-A1): flagging them asked for an edit the cleaner refuses).
FOREIGN_SKIPPED_CHECKS: frozenset[str] = frozenset({TRADITIONAL_CHECK, "no_ascii_punct_between_cjk"})


def _foreign_documents(documents: pa.Table | None) -> frozenset[str]:
    """The ids of the documents of a page that is no Chinese text (``script`` japanese or korean:
    :func:`corpus_tools.clean.script.page_language`): their kanji are not Traditional Chinese, and
    ``no_traditional_char`` does not read their rows (text, title, metadata, articles)."""
    if documents is None or not documents.num_rows or "script" not in documents.schema.names:
        return frozenset()
    mask = pc.fill_null(pc.is_in(documents.column("script"), pa.array(script.FOREIGN_SCRIPTS)), False)
    rows = np.flatnonzero(np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool))
    return frozenset(_take_list(documents, "doc_id", rows))


def row_findings(tables_: Mapping[str, pa.Table]) -> pa.Table:
    """The findings of every check that reads one row at a time, on the given configs' tables
    (any of documents, articles, edits, and pages for the quarantine warnings; others are ignored),
    ``row`` numbered within each table.

    Residual noise is scanned in one RE2 pass over every noise column of every
    table (:func:`corpus_tools.validation.residual.scan_columns`); only the rows it
    keeps go through the cleaners' exact detectors.
    """
    parts: list[pa.Table] = []
    keys = [(name, column) for name in ("documents", "articles") if name in tables_ for column in noise_columns(name)]
    keys = [(name, column) for name, column in keys if column in tables_[name].schema.names]
    foreign = _foreign_documents(tables_.get("documents"))
    try:
        hits = residual.scan_columns([tables_[name].column(column) for name, column in keys]) if keys else []
        for (name, column), found in zip(keys, hits):
            table = tables_[name]
            for check in residual.NOISE_CHECKS:
                rows = found[check]
                if check in FOREIGN_SKIPPED_CHECKS and foreign and len(rows):
                    rows = rows[~np.isin(np.asarray(_take_list(table, "doc_id", rows), dtype=object), list(foreign))]
                if len(rows):
                    texts = _take_list(table, column, rows)
                    parts.append(_found(name, table, rows, column, check, [residual.excerpt(check, t) for t in texts],
                                        page_ids=None if name == "documents" else [None] * len(rows)))
    finally:
        residual.clear_cache()
    documents = tables_.get("documents")
    if documents is not None and documents.num_rows:
        for column, check in (("title", "non_empty_title"), ("text", "non_empty_text")):
            rows = _rows(_blank(documents.column(column)))
            parts.append(_found("documents", documents, rows, column, check, [_shown(v) for v in _take_list(documents, column, rows)]))
        text = documents.column("text")
        prose = pc.fill_null(pc.match_substring_regex(text, SENTENCE_PATTERN), False).to_numpy(zero_copy_only=False)
        rows = _rows(~np.asarray(prose, dtype=bool) & ~_blank(text))
        parts.append(_found("documents", documents, rows, "text", "has_sentence",
                            [residual.visible(v[:60]) + ("…" if len(v) > 60 else "") for v in _take_list(documents, "text", rows)]))
        parts.append(listing_page_findings(documents))
        gaps = documents.column("numbering_gaps").to_pylist() if "numbering_gaps" in documents.schema.names else None
        complete = completeness.document_findings(documents.column("title").to_pylist(), text.to_pylist(), gaps,
                                                  widgets=completeness.widget_rows(text),
                                                  page_widgets=completeness.page_widget_rows(text))
        for check, hits in complete.items():
            rows = np.asarray([row for row, _ in hits], dtype=np.int64)
            column = "numbering_gaps" if check == completeness.ARTICLE_NUMBERS_MISSING else "text"
            parts.append(_found("documents", documents, rows, column, check, [residual.visible(why) for _, why in hits]))
        parts.append(spam_page_findings(documents))
        parts.append(spun_text_findings(documents))
        frame = pd.DataFrame({c: _series(documents.column(c)) for c in DATE_COLUMNS})
        rows = _rows(~dates_in_order(frame).to_numpy(dtype=bool))
        excerpts = [", ".join(f"{c}={frame[c].iat[r]}" for c in DATE_COLUMNS if not pd.isna(frame[c].iat[r])) for r in rows]
        parts.append(_found("documents", documents, rows, ",".join(DATE_COLUMNS), "date_order", excerpts))
        parts.append(damage_findings(documents))
    articles = tables_.get("articles")
    if articles is not None and articles.num_rows:
        blank = _blank(articles.column("text"))
        if blank.any():
            repealed = np.asarray(articles.column("repealed").to_numpy(zero_copy_only=False), dtype=bool) if "repealed" in articles.schema.names else np.zeros(len(blank), bool)
            rows = _rows(blank & ~repealed)
            parts.append(_found("articles", articles, rows, "text", "non_empty_text", [_shown(v) for v in _take_list(articles, "text", rows)], page_ids=[None] * len(rows)))
        hits = [(row, why) for row, text in enumerate(articles.column("text").to_pylist())
                if text and (why := completeness.placeholder_body(text))]
        if hits:
            rows = np.asarray([row for row, _ in hits], dtype=np.int64)
            parts.append(_found("articles", articles, rows, "text", completeness.PLACEHOLDER_BODY,
                                [residual.visible(why) for _, why in hits], page_ids=[None] * len(rows)))
    edits = tables_.get("edits")
    if edits is not None and edits.num_rows:
        rows = _rows(unresolved_gap(_series(edits.column("detail"))).to_numpy(dtype=bool))
        parts.append(_found("edits", edits, rows, "detail", "unresolved_spam_gap",
                            [residual.visible(f"removed {b!r}") for b in _take_list(edits, "before", rows)]))
        if documents is not None and documents.num_rows:  # a posting line with a year-less date went as furniture (F12-E2)
            for row, why in damaged_values.yearless_posting_dates(edits, documents):
                parts.append(_found("documents", documents, np.asarray([row], dtype=np.int64), "published",
                                    damaged_values.DATE_DAMAGED, [residual.visible(why)]))
    pages = tables_.get("pages")
    if pages is not None and pages.num_rows:
        parts.append(quarantine_findings(pages, documents))
        if documents is not None and documents.num_rows:  # declared values set apart at ingest (F10-J1)
            for check, column, hits in damaged_values.declared_not_taken(pages, documents):
                rows = np.asarray([row for row, _ in hits], dtype=np.int64)
                parts.append(_found("documents", documents, rows, column, check, [residual.visible(why) for _, why in hits]))
            for field, row, why in damaged_values.declared_dates_damaged(pages, documents):  # a declared date no calendar has
                parts.append(_found("documents", documents, np.asarray([row], dtype=np.int64), field,
                                    damaged_values.DATE_DAMAGED, [residual.visible(why)]))
    parts = [p for p in parts if p.num_rows]
    found = pa.concat_tables(parts) if parts else _empty_found()
    return _with_page_ids(found, documents)


def _with_page_ids(found: pa.Table, documents: pa.Table | None) -> pa.Table:
    """Fill the page_id of findings on articles from their documents (articles have no page_id column)."""
    missing = pc.is_null(found.column("page_id"))
    if not found.num_rows or not pc.any(missing).as_py():
        return found
    page_of: dict[str, str] = {}
    if documents is not None and documents.num_rows:
        page_of = dict(zip(documents.column("doc_id").to_pylist(), documents.column("page_id").to_pylist()))
    pages = [page if page is not None else page_of.get(doc) for page, doc in zip(found.column("page_id").to_pylist(), found.column("doc_id").to_pylist())]
    return found.set_column(found.schema.get_field_index("page_id"), "page_id", pa.array(pages, pa.string()))


# --------------------------------------------------------------------------- numbering


def _declared(documents: pa.Table) -> dict[str, frozenset[int]]:
    """doc_id -> its ``numbering_gaps``, for the documents that declare any."""
    gaps = documents.column("numbering_gaps")
    lengths = pc.fill_null(pc.list_value_length(gaps), 0).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(lengths > 0)
    if not len(rows):
        return {}
    ids = _take_list(documents, "doc_id", rows)
    values = _take_list(documents, "numbering_gaps", rows)
    return {str(i): frozenset(int(v) for v in vs if v is not None) for i, vs in zip(ids, values)}


def numbering_findings(documents: pa.Table, articles: pa.Table) -> pa.Table:
    """Findings about article numbering, per document: an article number (with its suffix) that
    repeats (``article_numbers_unique``: the repetitions are flagged), and the first article after
    a gap in the distinct base numbers, counted from the document's lowest number, unless the
    document declares every skipped number in ``numbering_gaps`` (``article_numbers_contiguous``).

    Needs only ids and numbers (``documents``: doc_id, page_id, numbering_gaps; ``articles``:
    doc_id, source_file, article_no, article_suffix, label, eid), so the validator runs it on the
    columns it keeps across shards.  A document that starts above 1 (a book of a code, an
    excerpt), a 之一 article and a declared gap are the law's own numbering: no finding.

    >>> docs = pa.table({"doc_id": ["a", "b"], "page_id": ["p", "q"], "numbering_gaps": [[], [13]]})
    >>> arts = pa.table({"doc_id": ["a"] * 4 + ["b"] * 3, "source_file": ["f"] * 7,
    ...     "article_no": [463, 464, 464, 466, 12, 14, 14], "article_suffix": [0, 0, 1, 0, 0, 0, 0],
    ...     "label": ["第四百六十三条", "第四百六十四条", "第四百六十四条之一", "第四百六十六条", "第十二条", "第十四条", "第十四条"],
    ...     "eid": [f"art_{i}" for i in range(7)]})
    >>> found = numbering_findings(docs, arts)
    >>> list(zip(found["row"].to_pylist(), found["check"].to_pylist(), found["excerpt"].to_pylist()))
    [(3, 'article_numbers_contiguous', '第四百六十六条 follows 464: 465 missing'), (6, 'article_numbers_unique', '第十四条 repeats 第十四条')]
    """
    n = articles.num_rows
    if not n:
        return _empty_found()
    codes = np.asarray(pc.fill_null(pc.dictionary_encode(articles.column("doc_id")).combine_chunks().indices, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
    names = pc.dictionary_encode(articles.column("doc_id")).combine_chunks().dictionary.to_pylist()
    numbers = np.asarray(pc.fill_null(articles.column("article_no"), 0).to_numpy(zero_copy_only=False), dtype=np.int64)
    suffixes = np.asarray(pc.fill_null(articles.column("article_suffix"), 0).to_numpy(zero_copy_only=False), dtype=np.int64)
    valid = (codes >= 0) & (numbers >= 1)
    order = np.lexsort((np.arange(n), suffixes, numbers, codes))  # stable: first occurrence first
    o_codes, o_numbers, o_suffixes = codes[order], numbers[order], suffixes[order]
    same_as_previous = np.r_[False, (o_codes[1:] == o_codes[:-1]) & (o_numbers[1:] == o_numbers[:-1]) & (o_suffixes[1:] == o_suffixes[:-1])]
    repeated_rows = np.sort(order[same_as_previous & valid[order]])
    # where each run of one number starts, in one pass (walking back from each repetition was quadratic: a
    # document of 8,000 第一条 took 2.6 s, the review of session 10)
    run_start = np.maximum.accumulate(np.where(same_as_previous, 0, np.arange(n)))
    first_of_key = {}
    for position in np.flatnonzero(same_as_previous & valid[order]).tolist():
        first_of_key[int(order[position])] = int(order[run_start[position]])

    keep = valid[order]
    d_codes, d_numbers = o_codes[keep], o_numbers[keep]
    distinct = np.r_[True, (d_codes[1:] != d_codes[:-1]) | (d_numbers[1:] != d_numbers[:-1])] if len(d_codes) else np.zeros(0, bool)
    u_codes, u_numbers = d_codes[distinct], d_numbers[distinct]
    new_doc = np.r_[True, u_codes[1:] != u_codes[:-1]] if len(u_codes) else np.zeros(0, bool)
    previous = np.r_[0, u_numbers[:-1]] if len(u_numbers) else np.zeros(0, np.int64)
    breaks = np.flatnonzero(~new_doc & (u_numbers != previous + 1))
    declared = _declared(documents) if len(breaks) else {}
    gap_keys: dict[tuple[int, int], str] = {}
    for i in breaks.tolist():
        code, number, low = int(u_codes[i]), int(u_numbers[i]), int(previous[i]) + 1
        skipped = range(low, number)
        if all(k in declared.get(str(names[code]), frozenset()) for k in skipped):
            continue
        missing = f"{low}" if number - low == 1 else f"{low}..{number - 1}"
        gap_keys[(code, number)] = f"follows {low - 1}: {missing} missing"
    labels = articles.column("label").to_pylist() if (gap_keys or len(repeated_rows)) else []
    parts = []
    if gap_keys:
        packed = (codes << 32) | np.where(valid, numbers, 0)
        wanted = np.asarray([(code << 32) | number for code, number in gap_keys], dtype=np.int64)
        rows = np.flatnonzero(valid & np.isin(packed, wanted)).astype(np.int64)
        excerpts = [f"{labels[r] or numbers[r]} {gap_keys[(int(codes[r]), int(numbers[r]))]}" for r in rows]
        parts.append(_found("articles", articles, rows, "article_no", "article_numbers_contiguous", excerpts, page_ids=[None] * len(rows)))
    if len(repeated_rows):
        excerpts = [f"{labels[r] or numbers[r]} repeats {labels[first_of_key[int(r)]] or numbers[first_of_key[int(r)]]}" for r in repeated_rows]
        parts.append(_found("articles", articles, repeated_rows, "article_no", "article_numbers_unique", excerpts, page_ids=[None] * len(repeated_rows)))
    found = pa.concat_tables(parts) if parts else _empty_found()
    return _with_page_ids(found, documents)


# --------------------------------------------------------------------------- flags


def find(tables_: Mapping[str, pa.Table]) -> pa.Table:
    """Every finding on one page's (or one chunk's) tables: :func:`row_findings` and
    :func:`numbering_findings`, ``row`` numbered within each config's table."""
    parts = [row_findings(tables_)]
    if "documents" in tables_ and "articles" in tables_:
        parts.append(numbering_findings(tables_["documents"], tables_["articles"]))
    return pa.concat_tables(parts)


_CONFIG_RANK = {name: k for k, name in enumerate(tables.CONFIGS)}
_CHECK_RANK = {name: k for k, name in enumerate(CHECK_NAMES)}


def _column_rank(config: str, column: str) -> int:
    names = tables.CONFIGS[config].names
    first = column.split(",")[0]
    return names.index(first) if first in names else len(names)


def findings_rows(found: pa.Table) -> pa.Table:
    """The ``findings`` config's rows of ``found``: grouped by page (source order within a chunk is
    the order of the rows found), then config, flagged row, column and check; ``row`` dropped."""
    if not found.num_rows:
        return tables.FINDINGS.empty_table()
    configs = found.column("config").to_pylist()
    columns = found.column("column").to_pylist()
    checks = found.column("check").to_pylist()
    rows = found.column("row").to_pylist()
    sources = found.column("source_file").to_pylist()
    first_row: dict[str, tuple] = {}
    for source, config, row in zip(sources, configs, rows):
        key = (_CONFIG_RANK[config], row)
        if source not in first_row or key < first_row[source]:
            first_row[source] = key
    order = sorted(range(found.num_rows), key=lambda i: (
        first_row[sources[i]], _CONFIG_RANK[configs[i]], rows[i], _column_rank(configs[i], columns[i]), _CHECK_RANK[checks[i]],
    ))
    return found.take(pa.array(order, pa.int64())).select(tables.FINDINGS.names).cast(tables.FINDINGS)


def _names_per_row(n: int, rows: Iterable[int], checks: Iterable[str]) -> list[list[str]]:
    flagged: list[set[str] | None] = [None] * n
    for row, check in zip(rows, checks):
        if flagged[row] is None:
            flagged[row] = set()
        flagged[row].add(check)  # type: ignore[union-attr]
    return [sorted(names, key=_CHECK_RANK.__getitem__) if names else [] for names in flagged]


def article_flags(found: pa.Table, articles: pa.Table) -> pa.Array:
    """``articles.findings``: per article row, the checks that flagged it (in :data:`CHECK_NAMES` order)."""
    mine = found.filter(pc.equal(found.column("config"), "articles"))
    return pa.array(_names_per_row(articles.num_rows, mine.column("row").to_pylist(), mine.column("check").to_pylist()),
                    type=pa.list_(pa.string()))


def document_flags(found: pa.Table, documents: pa.Table) -> pa.Array:
    """``documents.findings``: per document, the checks that flagged it or any of its rows
    (articles, edits), in :data:`CHECK_NAMES` order."""
    position = {doc: k for k, doc in enumerate(documents.column("doc_id").to_pylist())}
    rows, checks = [], []
    for doc, check in zip(found.column("doc_id").to_pylist(), found.column("check").to_pylist()):
        if doc in position:
            rows.append(position[doc])
            checks.append(check)
    return pa.array(_names_per_row(documents.num_rows, rows, checks), type=pa.list_(pa.string()))


def flagged(tables_: dict[str, pa.Table], found: pa.Table) -> dict[str, pa.Table]:
    """``tables_`` with ``documents.findings`` and ``articles.findings`` set from ``found``, and the
    ``findings`` config's table (present only when something was found)."""
    out = dict(tables_)
    for name, flags in (("documents", document_flags), ("articles", article_flags)):
        if name in out:
            table = out[name]
            out[name] = table.set_column(table.schema.get_field_index("findings"), "findings", flags(found, table))
    if found.num_rows:
        out["findings"] = findings_rows(found)
    return out


__all__ = [
    "CHECK_NAMES",
    "DAMAGE_CHECKS",
    "DATE_COLUMNS",
    "FLAGGED_CONFIGS",
    "QUALITY_CHECKS",
    "QualityCheck",
    "article_flags",
    "damage_findings",
    "dates_in_order",
    "document_flags",
    "find",
    "findings_rows",
    "flagged",
    "noise_columns",
    "not_after",
    "QUARANTINE_CHECK",
    "QUARANTINE_RULE",
    "SPAM_PAGE_CHECK",
    "quarantine_findings",
    "quarantine_warning",
    "numbering_findings",
    "row_findings",
    "spam_page_findings",
    "spun_text_findings",
    "unresolved_gap",
    "valid_iso_dates",
]
