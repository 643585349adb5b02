"""The dataset card (``README.md``): YAML metadata, then prose for researchers.

The YAML part is what machines read: ``configs`` (which files make each
config: ``datasets.load_dataset`` follows it), ``dataset_info`` (features and
sizes, measured from the Parquet files), license, language, size category,
task categories and pretty name (the Hub reads those).  The prose describes
every config and column (:data:`COLUMN_DOCS`, checked against
:mod:`corpus_tools.tables` by the tests), gives statistics computed from the
files, says how the data was cleaned (from
:data:`corpus_tools.clean.CLEANING_ORDER` and the rules' docstrings, so it
cannot drift from the code), its limitations, and how to cite it.

The build writes a card without a version; a release writes one naming its
version and repository, with the exact ``load_dataset`` call to reload it.
Nothing in the card depends on the clock: the same files give the same card.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from corpus_tools.tables import CONFIGS

PRETTY_NAME = "Chinese regulations, cleaned and structured (corpus-tools)"
DEFAULT_CONFIG = "articles"
TASK_CATEGORIES = ["text-generation", "text-classification", "text-retrieval"]
PLACEHOLDER_REPO = "ORG/NAME"
#: The card's YAML key for what this tool declares beyond the Hub's fields, and, under it, the
#: list of configs without rows (not in ``data/``, not in ``configs``: ``datasets`` cannot load them).
TOOL_KEY = "corpus_tools"
EMPTY_KEY = "empty_configs"

#: What each config holds (one line each).
CONFIG_DOCS: dict[str, str] = {
    "documents": "One row per instrument cut out of a page (a notice, a regulation, an attachment), with its metadata and full clean text.",
    "articles": "One row per article (第N条, 第N条之一) of a document, with its chapter and section, heading, paragraphs and text. The default config.",
    "provisions": "The provision tree of every document flattened in document order: parts, chapters, sections, articles, paragraphs, items, sub-items.",
    "edits": "The cleaning log: one row per change a cleaning rule made. Replaying a page's edits on its ingested text gives its clean text exactly.",
    "alignments": "Article-level alignment between versions of one instrument (e.g. a draft for comment and the final text).",
    "pages": "One row per scraped page: provenance (sha256 of the raw bytes, encoding, format), the ingested text the edit log starts from, and the clean text.",
    "findings": "One row per quality finding: which row of `documents`, `articles` or `edits` a quality check flagged (residual noise, empty title, dates out of order, numbering anomalies, unresolved spam gaps), the column, the check and an excerpt. Flagged rows are kept, never dropped.",
}

#: Every column of every config, described for researchers.  The tests check
#: that this covers :data:`corpus_tools.tables.CONFIGS` exactly.
COLUMN_DOCS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": "Stable id of the document (derived from the source file and the document's position in it).",
        "page_id": "Id of the page the document was cut from (join with `pages`).",
        "source_file": "Path of the raw file, relative to the raw folder.",
        "ordinal": "Position of the document in its page, from 0.",
        "role": "`main` (a page's only document), `notice` (a notice, order or letter that carries, issues or forwards other documents) or `attachment` (an attachment, or the text a notice issues, promulgates or forwards).",
        "parent_id": "For an attachment or an issued text: the doc_id of the notice that carries it; else null.",
        "attachment_no": "Attachment number (附件1 -> 1) or null.",
        "title": "Title of the instrument: the site's metadata box or front matter when it states one, else the document's own title block (lines joined); empty when the page does not state it.",
        "doc_number": "Document number (文号 / 发文字号, e.g. `国发〔2019〕5号`, `国令第707号`), from the metadata box or the line under the title; null when not stated.",
        "doc_type": "Kind of instrument (e.g. regulation, plan, explanation, notice; `other` when unknown).",
        "jurisdiction": "Place the instrument applies to (`常州市`, `北京市`), or `中华人民共和国` for the central state; null when unknown.",
        "jurisdiction_level": "`national`, `provincial` (省, 自治区, 北京/天津/上海/重庆, 特别行政区), `municipal` (other 市, 自治州, 盟) or `county` (县, 区, 旗); null when unknown.",
        "issuer": "Issuing body, null when unknown.",
        "status": "Legal status (e.g. in force, draft for comment), null when unknown.",
        "adopted": "Adoption date (通过) of the instrument's enactment, ISO 8601, or null; amendments and revisions are not adoptions here.",
        "approved": "Approval date (批准) of that adoption by the higher people's congress, ISO 8601, or null (also when the source's only approval predates the adoption, i.e. approved an earlier text).",
        "written": "Date the document was written and signed (成文日期: the metadata box's, else the signature's date), ISO 8601, or null.",
        "published": "Date this text was published (发布日期 / 公布: the metadata box, front matter or `<meta>`, else the adoption record's 公布 clause; for a text the page gives as revised, the first publication is not this text's), ISO 8601, or null.",
        "effective": "Date of entry into force of this text (its own 施行 clause, not the date of an instrument it repeals), ISO 8601, or null (also when the text leaves it blank).",
        "amended": "Date of the latest amendment or revision (修正/修订) the source lists, ISO 8601 (the amending decision's adoption, or its approval when only that is given), or null.",
        "index_no": "索引号 of the government information-disclosure catalogue, as the site's metadata box states it; else null.",
        "topic": "主题分类 as the site's metadata box states it; else null.",
        "source_url": "URL the page was scraped from, when the page declares it.",
        "script": "Script of the source text before conversion: `simplified`, `traditional` or `mixed`.",
        "version_group": "Documents that are versions of one instrument (drafts and the final text, revisions) share this id (see `alignments`).",
        "duplicate_of": "For an exact or near-exact copy of a text that appears earlier in the corpus (a mirror, a re-post): the doc_id of that first copy; else null. Copies are not versions and are not aligned.",
        "num_articles": "Number of articles (条) in the document.",
        "first_article_no": "The lowest article number, null without articles. Numbering runs from it: a book of a code (合同编 starts at 第四百六十三条), an excerpt or a page carrying articles 10-20 starts above 1.",
        "numbering_gaps": "Article numbers the source itself skips between its first and last article: no article has them, and their label occurs nowhere in the text (no article is invented). Empty for almost every document. A gap that is not declared here is a finding (`article_numbers_contiguous`).",
        "num_chars": "Length of `text` in characters.",
        "page_start": "Start of the document in the clean page text (`pages.text`).",
        "page_end": "End (exclusive) of the document in the clean page text.",
        "findings": "Quality checks that flagged the document, its title or metadata, or any of its articles or edits (sorted, distinct; see `findings` for where and what). Empty for a clean document: `ds.filter(lambda r: not r[\"findings\"])`.",
        "text": "Clean full text of the document.",
    },
    "articles": {
        "doc_id": "The document the article belongs to (join with `documents`).",
        "source_file": "Path of the raw file.",
        "article_no": "Article number: 第十三条 -> 13.",
        "article_suffix": "之N suffix: 第十条之一 -> 1; 0 when there is none.",
        "label": "The article label as written, e.g. `第十三条`.",
        "heading": "The article heading when the law gives one, e.g. `（立法目的）`; else null.",
        "part": "Label of the part (编) containing the article, or null.",
        "chapter_no": "Number of the chapter (章) containing the article, or null.",
        "chapter_title": "Title of that chapter, or null.",
        "section_no": "Number of the section (节) containing the article, or null.",
        "section_title": "Title of that section, or null.",
        "paragraphs": "The article's paragraphs (款), in order.",
        "text": "Article body without label or heading; paragraphs joined by a newline.",
        "start": "Start of the article (label included) in the document text.",
        "end": "End (exclusive) of the article in the document text.",
        "eid": "Stable element id built from the path, e.g. `chp_2__art_13`.",
        "repealed": "True when the article is a repealed number kept in place: its body is only a repeal marker (`第五条 【删除】`, `第五条（删去）`, `（已废止）`). The marker may stand in `heading` (the parser reads a bracketed marker as one) and `text` may then be empty.",
        "findings": "Quality checks that flagged this article (sorted, distinct; see `findings`). Empty for a clean article.",
    },
    "provisions": {
        "doc_id": "The document the provision belongs to.",
        "source_file": "Path of the raw file.",
        "eid": "Stable element id built from the path, e.g. `chp_2__art_13__para_1`.",
        "parent_eid": "eid of the enclosing provision, null at the top.",
        "ordinal": "Position in document order.",
        "depth": "Depth in the tree, 0 at the top.",
        "type": "Level: part, subpart, chapter, section, article, paragraph, item, subitem (or unit for plans and explanations).",
        "num": "Number of the provision at its level, or null.",
        "suffix": "之N suffix, or null.",
        "label": "The label as written (第二章, 第十三条, （一）).",
        "heading": "Heading or title of the provision, or null.",
        "text": "Text of the provision.",
        "start": "Start of the provision in the document text.",
        "end": "End (exclusive) of the provision in the document text.",
    },
    "edits": {
        "doc_id": "Document containing the edit's final position; null when outside every document (e.g. removed site furniture).",
        "page_id": "Page of the edit (join with `pages`).",
        "source_file": "Path of the raw file.",
        "seq": "Order of the edit in the page's log.",
        "step": "Index of the rule run in the page's cleaning pipeline.",
        "rule": "The cleaning rule that made the change (see *How the data was cleaned*).",
        "position": "Start of the changed span in the rule's input text.",
        "end": "End (exclusive) of the changed span in the rule's input text.",
        "before": "The text the rule replaced.",
        "after": "What it put instead (empty for a removal).",
        "detail": "Short explanation; JSON with evidence and confidence for restored words.",
        "field": "Null for an edit of the page text. For an edit of a metadata string the file declares outside its text (front matter, metadata box, `<title>`, `<meta>`): the field it cleaned (`title`, `issuer`, `doc_number` …); `position`/`end` then index that string.",
    },
    "alignments": {
        "version_group": "The instrument whose versions are aligned.",
        "draft_doc_id": "doc_id of the earlier version (e.g. the draft for comment).",
        "final_doc_id": "doc_id of the later version (e.g. the final text).",
        "draft_article_no": "Article number in the draft, null for an article only in the final text.",
        "draft_article_suffix": "之N suffix in the draft, or null.",
        "final_article_no": "Article number in the final text, null for an article only in the draft.",
        "final_article_suffix": "之N suffix in the final text, or null.",
        "similarity": "Text similarity of the two articles, 0 to 1.",
        "status": "`matched`, `draft_only` or `final_only`.",
    },
    "pages": {
        "page_id": "Stable id of the page.",
        "source_file": "Path of the raw file, relative to the raw folder.",
        "sha256": "sha256 of the raw bytes as scraped.",
        "encoding": "Codec that decoded the bytes, e.g. `utf-8`, `gb18030`.",
        "format": "`text`, `markdown`, `html`, `docx` or `pdf`.",
        "script": "Script of the source text: `simplified`, `traditional` or `mixed`.",
        "num_edits": "Number of edits the cleaning made on the page.",
        "num_warnings": "Number of things the cleaning noticed and deliberately left alone.",
        "warnings": "Those warnings, as a JSON list.",
        "metadata": "What the file itself declared (front matter; HTML `<title>`, `<h1>`, `<meta>`, and `info_box`: the fields of its metadata box and the box's span in `ingested_text`), as a JSON object, before cleaning.",
        "ingested_text": "The page after decoding and format conversion, before any cleaning: the base of the edit log.",
        "text": "The clean page text; documents are spans of it.",
    },
    "findings": {
        "doc_id": "The document concerned; null for an edit outside every document.",
        "page_id": "The page (join with `pages`).",
        "source_file": "Path of the raw file.",
        "config": "Config of the flagged row: `documents`, `articles` or `edits`.",
        "eid": "For an article: its eid (with doc_id, the article's key); else null.",
        "label": "For an article: its label as written, e.g. `第十条`; else null.",
        "seq": "For an edit: its seq (with page_id, the edit's key); else null.",
        "column": "The column the check read (several, comma-separated, for `date_order`).",
        "check": "The quality check, as named in the rows' `findings` lists.",
        "excerpt": "What the check found, with a little context; the offending span in [brackets].",
    },
}

LIMITATIONS = """\
- The pages were scraped from government and mirror sites. Where a spam
  injection replaced a word and no evidence in the corpus restores it, the
  text keeps a gap, the `edits` row says `unresolved` and the document carries
  the finding `unresolved_spam_gap`: read such passages with care.
- Cleaning favours precision over recall: when a rule is unsure it leaves the
  text alone and records a warning (`pages.warnings`), so some noise remains.
- Traditional-script pages are converted to Simplified span by span; rare
  variant characters may be converted imperfectly. `script` tells which
  documents were converted, and `pages.ingested_text` keeps the original.
- Metadata (type, jurisdiction, status, dates) is extracted by rules from the
  text and front matter; null means unknown, not absent.
- This is not an official publication. For legal use, check the official text
  published by the issuing authority."""

LICENSE_NOTE = """\
The texts are official documents of state organs (laws, regulations, plans
and their explanations), which Article 5 of the Copyright Law of the People's
Republic of China excludes from copyright protection. The cleaning, structure
and metadata added by corpus-tools are released under Apache-2.0. The card's
`license: other` reflects this mixed status."""


# --------------------------------------------------------------------------- metadata

def size_category(n: int) -> str:
    """The Hub's ``size_categories`` label for ``n`` examples.

    >>> size_category(5), size_category(1911), size_category(2_000_000)
    ('n<1K', '1K<n<10K', '1M<n<10M')
    """
    bounds = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
              (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B")]
    for bound, label in bounds:
        if n < bound:
            return label
    return "n>1T" if n >= 10**12 else "1B<n<10B"


#: Arrow type -> the ``dtype`` name the Hub's ``dataset_info`` YAML uses for it.
_YAML_DTYPES = {pa.string(): "string", pa.int64(): "int64", pa.float64(): "float64", pa.bool_(): "bool"}


def yaml_features(schema: pa.Schema) -> list[dict[str, str]]:
    """The ``features`` list of ``dataset_info`` for a schema of flat columns and lists.

    The same as ``datasets.Features.from_arrow_schema(schema)._to_yaml_list()``
    (a test holds them equal for every config) without importing ``datasets``,
    which alone would cost a build a second.

    >>> yaml_features(pa.schema([("id", pa.string()), ("nums", pa.list_(pa.int64()))]))
    [{'name': 'id', 'dtype': 'string'}, {'name': 'nums', 'list': 'int64'}]
    """
    features = []
    for field in schema:
        if pa.types.is_list(field.type):
            features.append({"name": field.name, "list": _YAML_DTYPES[field.type.value_type]})
        else:
            features.append({"name": field.name, "dtype": _YAML_DTYPES[field.type]})
    return features


def config_info(config: str, schema: pa.Schema, files: list[Path]) -> dict[str, Any]:
    """The ``dataset_info`` entry of one config, measured from its files."""
    metas = [pq.ParquetFile(f).metadata for f in files]
    num_examples = sum(m.num_rows for m in metas)
    num_bytes = sum(m.row_group(i).total_byte_size for m in metas for i in range(m.num_row_groups))
    download_size = sum(Path(f).stat().st_size for f in files)
    return {
        "config_name": config,
        "features": yaml_features(schema),
        "splits": [{"name": "train", "num_bytes": num_bytes, "num_examples": num_examples}],
        "download_size": download_size,
        "dataset_size": num_bytes,
    }


def present_configs(files: Mapping[str, Iterable[Path]]) -> list[str]:
    """The configs that have rows (at least one shard), in :data:`~corpus_tools.tables.CONFIGS` order."""
    return [config for config in CONFIGS if list(files.get(config, []))]


def empty_configs(files: Mapping[str, Iterable[Path]]) -> list[str]:
    """The configs with no rows: left out of ``data/`` and of the card's ``configs``, declared empty.

    >>> empty_configs({"documents": [Path("d.parquet")], "articles": [], "pages": [Path("p.parquet")]})
    ['articles', 'provisions', 'edits', 'alignments', 'findings']
    """
    present = set(present_configs(files))
    return [config for config in CONFIGS if config not in present]


def default_config(configs: Iterable[str]) -> str | None:
    """The config ``load_dataset(folder)`` opens without a name: articles, else the first present."""
    configs = list(configs)
    return DEFAULT_CONFIG if DEFAULT_CONFIG in configs else (configs[0] if configs else None)


def card_metadata(out_dir: Path, files: Mapping[str, list[Path]], *, num_documents: int | None = None) -> dict[str, Any]:
    """The card's YAML: only configs with rows are declared loadable (``configs``, ``dataset_info``);
    the others are listed under ``corpus_tools.empty_configs`` (:data:`EMPTY_CONFIGS_KEY`), because
    ``datasets`` cannot load a split without rows."""
    configs = []
    infos = []
    present = present_configs(files)
    default = default_config(present)
    for config in present:
        entry: dict[str, Any] = {
            "config_name": config,
            "data_files": [{"split": "train", "path": f"data/{config}-*.parquet"}],
        }
        if config == default:
            entry["default"] = True
        configs.append(entry)
        infos.append(config_info(config, CONFIGS[config], list(files[config])))
    if num_documents is None:
        num_documents = sum(i["splits"][0]["num_examples"] for i in infos if i["config_name"] == "documents")
    return {
        "pretty_name": PRETTY_NAME,
        "language": ["zh"],
        "license": "other",
        "license_name": "prc-official-documents",
        "size_categories": [size_category(num_documents)],
        "task_categories": TASK_CATEGORIES,
        "tags": ["legal", "chinese", "regulations", "law"],
        "configs": configs,
        "dataset_info": infos,
        TOOL_KEY: {EMPTY_KEY: empty_configs(files)},
    }


def declared_empty_configs(folder: Path) -> frozenset[str] | None:
    """The configs the card of ``folder`` declares empty (``corpus_tools.empty_configs`` in its
    YAML), or None when the folder has no card or the card declares nothing (not a build of
    this tool, or an older one).

    The validator accepts a missing config exactly when it is declared here.
    """
    path = Path(folder) / "README.md"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("---"):
        return None
    front = text[3:].split("\n---", 1)[0]
    try:
        data = yaml.safe_load(front)
    except yaml.YAMLError:
        return None
    declared = (data or {}).get(TOOL_KEY) if isinstance(data, dict) else None
    if not isinstance(declared, dict) or not isinstance(declared.get(EMPTY_KEY), list):
        return None
    return frozenset(str(name) for name in declared[EMPTY_KEY])


def render_card(metadata: Mapping[str, Any], body: str) -> str:
    front = yaml.safe_dump(dict(metadata), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body.strip()}\n"


# --------------------------------------------------------------------------- statistics

def _batches(files: Iterable[Path], columns: list[str]) -> Iterator[pa.RecordBatch]:
    """The given columns of a config's files, a batch at a time (memory stays flat)."""
    for path in files:
        yield from pq.ParquetFile(path).iter_batches(batch_size=65_536, columns=columns)


def _flagged(findings: pa.Array) -> int:
    """Rows whose ``findings`` list is not empty."""
    return pc.sum(pc.greater(pc.fill_null(pc.list_value_length(findings), 0), 0).cast(pa.int64())).as_py() or 0


def _count_values(counter: Counter, column: pa.Array) -> None:
    for item in pc.value_counts(column).to_pylist():
        value = item["values"]
        counter[value if value is not None else "(unknown)"] += item["counts"]


def _total_length(column: pa.Array) -> int:
    return pc.sum(pc.utf8_length(column)).as_py() or 0


_COUNTERS = ("by_jurisdiction", "by_doc_type", "by_status", "by_rule", "chars_removed_by_rule", "by_finding")
_TOTALS = ("documents", "characters", "articles", "article_characters", "edits", "pages", "warnings",
           "documents_flagged", "articles_flagged", "findings")


def _file_statistics(job: tuple[str, Path]) -> dict[str, Any]:
    """The card's counts over one Parquet file of config ``job[0]`` (streamed batch by batch)."""
    config, path = job
    stats: dict[str, Any] = {**dict.fromkeys(_TOTALS, 0), **{key: Counter() for key in _COUNTERS}}
    if config == "documents":
        for batch in _batches([path], ["jurisdiction", "doc_type", "status", "num_chars", "findings"]):
            stats["documents"] += batch.num_rows
            stats["characters"] += pc.sum(batch.column("num_chars")).as_py() or 0
            stats["documents_flagged"] += _flagged(batch.column("findings"))
            for key in ("jurisdiction", "doc_type", "status"):
                _count_values(stats[f"by_{key}"], batch.column(key))
    elif config == "articles":
        for batch in _batches([path], ["text", "findings"]):
            stats["articles"] += batch.num_rows
            stats["article_characters"] += _total_length(batch.column("text"))
            stats["articles_flagged"] += _flagged(batch.column("findings"))
    elif config == "findings":
        for batch in _batches([path], ["config", "check"]):
            stats["findings"] += batch.num_rows
            stats["by_finding"].update(f"`{check}` on {name}" for name, check in zip(batch.column("config").to_pylist(), batch.column("check").to_pylist()))
    elif config == "edits":
        for batch in _batches([path], ["rule", "before", "after"]):
            stats["edits"] += batch.num_rows
            _count_values(stats["by_rule"], batch.column("rule"))
            removed = pc.subtract(
                pc.fill_null(pc.utf8_length(batch.column("before")), 0), pc.fill_null(pc.utf8_length(batch.column("after")), 0)
            )
            table = pa.table({"rule": batch.column("rule"), "removed": removed}).group_by("rule").aggregate([("removed", "sum")])
            stats["chars_removed_by_rule"].update(dict(zip(table.column("rule").to_pylist(), table.column("removed_sum").to_pylist())))
    elif config == "pages":
        for batch in _batches([path], ["num_warnings"]):
            stats["pages"] += batch.num_rows
            stats["warnings"] += pc.sum(batch.column("num_warnings")).as_py() or 0
    return stats


def statistics(files: Mapping[str, list[Path]], *, mapper: Any = map) -> dict[str, Any]:
    """Counts the card reports, computed from the Parquet files (one streaming pass per file;
    ``mapper``, an ordered ``map`` such as a pool's, may read the files in parallel)."""
    stats: dict[str, Any] = {**dict.fromkeys(_TOTALS, 0), **{key: Counter() for key in _COUNTERS}}
    jobs = [(config, path) for config in ("documents", "articles", "edits", "pages", "findings") for path in files.get(config, [])]
    for part in mapper(_file_statistics, jobs):
        for key in _TOTALS:
            stats[key] += part[key]
        for key in _COUNTERS:
            stats[key].update(part[key])  # update keeps zero and negative counts (chars added)
    return stats


def _table(title: str, counter: Counter, header: str = "documents") -> list[str]:
    lines = [f"| {title} | {header} |", "| --- | ---: |"]
    for key, count in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"| {key} | {count:,} |")
    if not counter:
        lines.append("| (none) | 0 |")
    return lines


def _cleaning_section(by_rule: Counter, removed: Counter) -> list[str]:
    from corpus_tools.clean import CLEANING_ORDER

    lines = [
        "Every page goes through the same ordered chain of rules (`corpus_tools.clean.CLEANING_ORDER`).",
        "Each rule records every change it makes as one row of the `edits` config (rule, span, before,",
        "after), so the clean text can be replayed from the ingested text and every removed character",
        "is accounted for. When a rule is unsure it keeps the text and records a warning instead.",
        "",
        "| step | rule | what it undoes | edits | chars removed |",
        "| ---: | --- | --- | ---: | ---: |",
    ]
    for index, (name, rule) in enumerate(CLEANING_ORDER):
        doc = (rule.__doc__ or "").strip().split("\n\n")[0]
        doc = " ".join(doc.split()).replace("|", "\\|") or "(undocumented)"
        lines.append(f"| {index} | `{name}` | {doc} | {by_rule.get(name, 0):,} | {removed.get(name, 0):,} |")
    extra = sorted(set(by_rule) - {name for name, _ in CLEANING_ORDER})
    for name in extra:
        lines.append(f"| - | `{name}` | (rule not in the current order) | {by_rule[name]:,} | {removed.get(name, 0):,} |")
    lines += [
        "",
        "After cleaning, each page is cut into documents (notice, instrument, attachments) and each",
        "document parsed into its provision tree (编 part, 章 chapter, 节 section, 条 article with",
        "之一 suffixes, 款 paragraph, 项 item, 目 sub-item). Every output is validated against the",
        "schemas before it is published.",
    ]
    return lines


def _load_examples(metadata: Mapping[str, Any]) -> list[str]:
    """The configs the card's ``load_dataset`` example shows: articles and documents when present."""
    present = [entry["config_name"] for entry in metadata["configs"]]
    shown = [name for name in (DEFAULT_CONFIG, "documents") if name in present]
    return shown or present[:1]


def render_body(metadata: Mapping[str, Any], stats: Mapping[str, Any], *, version: str | None, repo_id: str | None) -> str:
    """The card's prose: what the data is and how to load it, its configs and columns, statistics,
    how it was cleaned, limitations, license and citation (and a release's files)."""
    repo = repo_id or PLACEHOLDER_REPO
    tag = f"v{version}" if version else None
    lines = [
        *_introduction(version, repo_id),
        *_how_to_load(repo, version, _load_examples(metadata)),
        *_configs(metadata),
        *_statistics(stats),
        *_findings(stats),
        "## How the data was cleaned",
        "",
        *_cleaning_section(stats["by_rule"], stats["chars_removed_by_rule"]),
        "",
        "## Limitations",
        "",
        LIMITATIONS,
        "",
        "## License",
        "",
        LICENSE_NOTE,
        "",
        *_citation(repo, version),
    ]
    if tag:
        lines += ["", *_RELEASE_FILES]
    return "\n".join(lines)


def _introduction(version: str | None, repo_id: str | None) -> list[str]:
    lines = [
        f"# {PRETTY_NAME}" + (f" — v{version}" if version else ""),
        "",
        "Chinese laws, regulations, plans and drafting explanations scraped from government and mirror",
        "sites, cleaned of web damage (mojibake, injected spam, ruby pinyin, site furniture, layout",
        "noise), cut into documents and parsed into chapters, articles and paragraphs. Every cleaning",
        "change is logged, so each clean text can be traced back to the page it came from.",
        "",
    ]
    if version:
        lines += [f"This is release **v{version}**" + (f" of `{repo_id}`." if repo_id else "."), ""]
    return lines


def _how_to_load(repo: str, version: str | None, configs: list[str]) -> list[str]:
    """How to load ``configs`` (those the card declares: :func:`_load_examples`)."""
    revision = f', revision="v{version}")' if version else ")"
    return [
        "## Load it",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        *[f'{name} = load_dataset("{repo}", "{name}", split="train"' + revision for name in configs],
        "```",
        "",
        "Pass `revision` (a release tag such as `v1.2.0`) to get exactly the rows of that release;",
        "without it you get the latest commit. The same release, verified against its `MANIFEST.json`:",
        "",
        "```bash",
        f"corpus-tools download --repo-id {repo} --version {version or 'X.Y.Z'} --config articles",
        "```",
        "",
    ]


def _configs(metadata: Mapping[str, Any]) -> list[str]:
    """The configs with their row counts, then every column of every config."""
    lines = ["## Configs", "", "| config | rows | description |", "| --- | ---: | --- |"]
    for info in metadata["dataset_info"]:
        name = info["config_name"]
        lines.append(f"| `{name}` | {info['splits'][0]['num_examples']:,} | {CONFIG_DOCS.get(name, '')} |")
    empty = metadata.get(TOOL_KEY, {}).get(EMPTY_KEY, [])
    for name in empty:
        lines.append(f"| `{name}` | 0 | {CONFIG_DOCS.get(name, '')} |")
    if empty:
        lines += [
            "",
            "A config without rows (" + ", ".join(f"`{name}`" for name in empty) + ") has no files and is not",
            "in the YAML `configs`, because `datasets` cannot load a split without rows; the YAML lists it",
            f"under `{TOOL_KEY}.{EMPTY_KEY}`, and `corpus-tools validate` accepts it missing for that reason only.",
            "Its columns are described below all the same.",
        ]
    lines += ["", "### Columns", ""]
    for config, schema in CONFIGS.items():
        lines += [f"#### `{config}`", "", "| column | type | description |", "| --- | --- | --- |"]
        for column in schema:
            doc = COLUMN_DOCS.get(config, {}).get(column.name, "")
            lines.append(f"| `{column.name}` | {column.type} | {doc} |")
        lines.append("")
    return lines


def _statistics(stats: Mapping[str, Any]) -> list[str]:
    return [
        "## Statistics",
        "",
        f"- pages: {stats['pages']:,}",
        f"- documents: {stats['documents']:,}",
        f"- articles: {stats['articles']:,}",
        f"- characters (document texts): {stats['characters']:,}",
        f"- characters (article texts): {stats['article_characters']:,}",
        f"- cleaning edits: {stats['edits']:,}; warnings (left alone): {stats['warnings']:,}",
        "",
        "### Documents by jurisdiction",
        "",
        *_table("jurisdiction", stats["by_jurisdiction"]),
        "",
        "### Documents by type",
        "",
        *_table("type", stats["by_doc_type"]),
        "",
        "### Documents by status",
        "",
        *_table("status", stats["by_status"]),
        "",
        "### Edits by cleaning rule",
        "",
        *_table("rule", stats["by_rule"], header="edits"),
        "",
    ]


def _findings(stats: Mapping[str, Any]) -> list[str]:
    """What the findings are, how many, how to filter them in one line, and what ``--strict`` does."""
    return [
        "## Findings",
        "",
        "Every page the crawl brought back is in the dataset. What is wrong in one document's content",
        "does not remove it: quality checks (residual noise of every family, an empty title or text,",
        "dates out of order, an article number that repeats or leaves an undeclared gap, a word that spam",
        "replaced and no evidence restored) flag the row they concern. `documents.findings` and",
        "`articles.findings` list the checks that flagged the row (a document's list includes its",
        "articles' and edits'); the `findings` config has one row per finding, with the column and an",
        "excerpt. Keep the clean rows in one line:",
        "",
        "```python",
        'clean_documents = documents.filter(lambda r: not r["findings"])',
        'clean_articles = articles.filter(lambda r: not r["findings"])',
        'no_spam = documents.filter(lambda r: "no_spam" not in r["findings"])',
        "```",
        "",
        "A check is named by what it expects (`no_spam` flags spam that survived cleaning). Numbering as",
        "the law writes it is no finding: a document that starts above article 1 (`first_article_no`),",
        "a gap the source itself has (`numbering_gaps`), 之一 articles, repealed articles kept as",
        "`第五条 【删除】` (`articles.repealed`). `corpus-tools build --strict` and `corpus-tools validate",
        "--strict` exit 4 when there are findings; without `--strict` they are reported and flagged, and",
        "the exit code stays 0.",
        "",
        f"- findings: {stats['findings']:,}; documents flagged: {stats['documents_flagged']:,} of {stats['documents']:,}; "
        f"articles flagged: {stats['articles_flagged']:,} of {stats['articles']:,}",
        "",
        *_table("check", stats["by_finding"], header="findings"),
        "",
    ]


def _citation(repo: str, version: str | None) -> list[str]:
    tag = f"v{version}" if version else None
    return [
        "## Citation",
        "",
        "```bibtex",
        "@misc{corpus_tools_chinese_regulations" + (f"_{version.replace('.', '_')}" if version else "") + ",",
        "  title        = {" + PRETTY_NAME + "},",
        "  howpublished = {Hugging Face dataset " + repo + (f", revision {tag}" if tag else "") + "},",
        "  note         = {Built with corpus-tools" + (f"; release {tag}, see MANIFEST.json for file hashes" if tag else "") + "},",
        "}",
        "```",
    ]


_RELEASE_FILES = [
    "## Release files",
    "",
    "- `MANIFEST.json`: version, sha256 of every file, rows and a logical content hash per config,",
    "  tool and library versions.",
    "- `CHANGELOG.md`: documents added, removed and changed since the previous release.",
    "- `rejected.jsonl`: input files the build refused, with the reason.",
]


def write_card(
    out_dir: Path,
    files: Mapping[str, list[Path]],
    summary: Mapping[str, Any],
    *,
    version: str | None = None,
    repo_id: str | None = None,
    mapper: Any = map,
    stats: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``README.md`` for a built dataset folder (``version``/``repo_id`` for a release;
    ``mapper``: an ordered ``map`` to read the files for the statistics in parallel; ``stats``:
    :func:`statistics` of ``files`` when the caller has them already)."""
    out_dir = Path(out_dir)
    stats = statistics(files, mapper=mapper) if stats is None else stats
    metadata = card_metadata(out_dir, files, num_documents=stats["documents"])
    path = out_dir / "README.md"
    path.write_text(render_card(metadata, render_body(metadata, stats, version=version, repo_id=repo_id)), encoding="utf-8")
    return path
