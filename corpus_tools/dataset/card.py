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

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from corpus_tools.config import default_record
from corpus_tools.tables import CONFIGS, DATA_FORMAT

PRETTY_NAME = "Chinese regulations, cleaned and structured (corpus-tools)"
DEFAULT_CONFIG = "articles"
TASK_CATEGORIES = ["text-generation", "text-classification", "text-retrieval"]
PLACEHOLDER_REPO = "ORG/NAME"
#: The card's YAML key for what this tool declares beyond the Hub's fields, and, under it, the
#: list of configs without rows (not in ``data/``, not in ``configs``: ``datasets`` cannot load them).
TOOL_KEY = "corpus_tools"
EMPTY_KEY = "empty_configs"
#: Under :data:`TOOL_KEY`: how the dataset was made (:meth:`corpus_tools.config.Settings.record`).
CONFIGURATION_KEY = "configuration"
#: Under :data:`TOOL_KEY`: :data:`corpus_tools.tables.DATA_FORMAT`, what the columns hold.
FORMAT_KEY = "data_format"

#: What each config holds (one line each).
CONFIG_DOCS: dict[str, str] = {
    "documents": "One row per instrument cut out of a page (a notice, a regulation, an attachment), with its metadata and full clean text.",
    "articles": "One row per article (第N条, 第N条之一) of a document, with its chapter and section, heading and text, and where its paragraphs end in the text (`corpus_tools.dataset.texts.article_paragraph_lists(articles)` gives them as strings). The default config.",
    "provisions": "The provision tree of every document flattened in document order: parts, chapters, sections, articles, paragraphs, items, sub-items. Each row holds the node's own text (its label, heading and lead-in; a leaf: all of it) and the span of its full text in the document: `corpus_tools.dataset.texts.provision_texts(provisions, documents)` gives the full texts.",
    "edits": "The cleaning log: one row per change a cleaning rule made. Replaying a page's edits on its ingested text gives its clean text exactly.",
    "alignments": "Article-level alignment between versions of one instrument (e.g. a draft for comment and the final text).",
    "pages": "One row per scraped page: provenance (sha256 of the raw bytes, encoding, format), the ingested text the edit log starts from, and the sha256 of the clean page text, which replaying the page's edits gives (a page without edits whose documents tile it: its documents, `ingested_text` null): `corpus_tools.dataset.texts.page_texts(pages, edits, documents)`.",
    "findings": "One row per quality finding: which row of `documents`, `articles` or `edits` a quality check flagged (residual noise, empty title, dates out of order, numbering anomalies, unresolved spam gaps, gambling farms' fabricated pages), the column, the check and an excerpt. Flagged rows are kept, never dropped.",
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
        "doc_number": "Document number (文号 / 发文字号, in the form 国发〔2019〕5号 or 国令第707号), from the metadata box or the line under the title; null when not stated.",
        "doc_type": "Kind of instrument (e.g. regulation, plan, explanation, notice, judicial_interpretation, standard, "
                    "court_document; `other` when unknown).",
        "jurisdiction": "Place the instrument applies to (a province, city or county as the text names it, such as 常州市, and only a name in the table of administrative divisions of 2020 that the package cpca ships: a place since renamed or abolished gives null), or 中华人民共和国 for the central state; null when unknown.",
        "jurisdiction_level": "`national`, `provincial` (省, 自治区, 北京/天津/上海/重庆, 特别行政区), `municipal` (other 市, 自治州, 盟) or `county` (县, 区, 旗); null when unknown.",
        "issuer": "The body that issued the instrument (its 发文机关): the metadata box's 发文机关, a 发文机关 line, the congress of the adoption record, the order's organ, the signature or the byline (joint issuers joined by `、`), else the catalogue's 发布机构; null when the page states none. Never a newspaper or website the page credits as its source (see `source`).",
        "status": "Legal status (e.g. in force, draft for comment), null when unknown.",
        "adopted": "Adoption date (通过) of the instrument's enactment, ISO 8601, or null; amendments and revisions are not adoptions here.",
        "approved": "Approval date (批准) of that adoption by the higher people's congress, ISO 8601, or null (also when the source's only approval predates the adoption, i.e. approved an earlier text).",
        "written": "Date the document was written and signed (成文日期: the metadata box's, else the signature's date), ISO 8601, or null.",
        "published": "Date this text was published (发布日期 / 公布: the metadata box, front matter or `<meta>`, else the adoption record's 公布 clause; for a text the page gives as revised, the first publication is not this text's), ISO 8601, or null.",
        "effective": "Date of entry into force of this text (its own 施行 clause, not the date of an instrument it repeals), ISO 8601, or null (also when the text leaves it blank).",
        "amended": "Date of the latest amendment or revision (修正/修订) the source lists, ISO 8601 (the amending decision's adoption, or its approval when only that is given), or null.",
        "index_no": "索引号 of the government information-disclosure catalogue, as the site's metadata box states it; else null.",
        "topic": "主题分类 as the site's metadata box states it; else null.",
        "source": "Where the item comes from as the site credits it (来源 in the metadata box or a 来源 line at the document's head, `<meta name=ContentSource>`, front matter `source`): a newspaper, a website, a department; not the issuer. Null when not stated.",
        "source_url": "URL the page was scraped from, when the page declares it.",
        "script": "Script of the source text before conversion: `simplified`, `traditional` or `mixed`, or the language of a page that is no Chinese text (`japanese`, `korean`: nothing converted).",
        "version_group": "Documents that are versions of one instrument (drafts and the final text, revisions) share this id (see `alignments`).",
        "duplicate_of": "For an exact or near-exact copy of a text that appears earlier in the corpus (a mirror, a re-post): the doc_id of that first copy; else null. Copies are not versions and are not aligned.",
        "num_articles": "Number of articles (条) in the document.",
        "first_article_no": "The lowest article number, null without articles. Numbering runs from it: a book of a code (合同编 starts at 第四百六十三条), an excerpt or a page carrying articles 10-20 starts above 1.",
        "numbering_gaps": "Article numbers the source itself skips between its first and last article: no article has them, and their label occurs nowhere in the text (no article is invented). Empty for almost every document. A gap that is not declared here is a finding (`article_numbers_contiguous`); a declared number alone between two the document has is one too (`article_numbers_missing`: a lost 第N条 line, its text left in the article above), unless the title marks an excerpt (抄, 节选).",
        "num_chars": "Length of `text` in characters.",
        "page_start": "Start of the document in the clean page text (the page's `ingested_text` with its `edits` replayed: `corpus_tools.dataset.texts.page_text`).",
        "page_end": "End (exclusive) of the document in the clean page text.",
        "findings": "Quality checks that flagged the document, its title or metadata, or any of its articles or edits (sorted, distinct; see `findings` for where and what). Empty for a clean document: `ds.filter(lambda r: not r[\"findings\"])`.",
        "text": "Clean full text of the document.",
    },
    "articles": {
        "doc_id": "The document the article belongs to (join with `documents`).",
        "source_file": "Path of the raw file.",
        "article_no": "Article number: 第十三条 -> 13.",
        "article_suffix": "之N suffix: 第十条之一 -> 1; 0 when there is none.",
        "label": "The article label as written: 第十三条, 第十条之一.",
        "heading": "The article's heading when the law gives one in brackets after the label, without the brackets: 第一条【立法目的】 and 第一条（立法目的） give 立法目的; else null.",
        "part": "Label of the part (编) containing the article, or null.",
        "chapter_no": "Number of the chapter (章) containing the article, or null.",
        "chapter_title": "Title of that chapter, or null.",
        "section_no": "Number of the section (节) containing the article, or null.",
        "section_title": "Title of that section, or null.",
        "paragraph_ends": "Where each of the article's paragraphs (款) ends in `text`, in order (offsets in characters): paragraph k is `text[ends[k-1]+1:ends[k]]` (the first starts at 0), the newline between two paragraphs dropped; a paragraph keeps its items' line breaks. `corpus_tools.dataset.texts.article_paragraphs(row)` gives the strings.",
        "text": "Article body without label or heading; paragraphs joined by a newline.",
        "start": "Start of the article (label included) in the document text.",
        "end": "End (exclusive) of the article in the document text.",
        "eid": "Stable element id built from the path: chp_2__art_13 (article 13 in chapter 2), art_10_1 (第十条之一 outside chapters).",
        "repealed": "True when the article is a repealed number kept in place: its body is only a repeal marker (第五条 【删除】, 第五条（删去）, （已废止）). The marker may stand in `heading` (the parser reads a bracketed marker as one) and `text` may then be empty.",
        "findings": "Quality checks that flagged this article (sorted, distinct; see `findings`). Empty for a clean article.",
    },
    "provisions": {
        "doc_id": "The document the provision belongs to.",
        "source_file": "Path of the raw file.",
        "eid": "Stable element id built from the path: chp_2__art_13__para_1 (paragraph 1 of article 13 in chapter 2).",
        "parent_eid": "eid of the enclosing provision, null at the top.",
        "ordinal": "Position in document order.",
        "depth": "Depth in the tree, 1 at the top (a part, chapter, article or unit directly under the document), 2 for their children, and so on.",
        "type": "Level: part, subpart, chapter, section, article, paragraph, item, subitem (or unit for plans and explanations); preamble, toc, closing; note: the legislative reason (释：…, 理由：…, 说明：…) or a site's cross-reference line (被引用条文：…) printed under an article, in no article's text; its label names its marker.",
        "num": "Number of the provision at its level, or null.",
        "suffix": "之N suffix, or null.",
        "label": "The label as written: 第二章, 第十三条, （一）.",
        "heading": "Heading or title of the provision, or null.",
        "text": "The provision's own text: its label, heading and lead-in up to its first child (第二条 and its lead-in before （一）…); a provision without children: all of its text. Its full text is the document's `text[start:end]` (`corpus_tools.dataset.texts.provision_text`): its own text and its children's, with the whitespace between them.",
        "start": "Start of the provision's full text in the document text.",
        "end": "End (exclusive) of the provision's full text in the document text.",
    },
    "edits": {
        "doc_id": "Document containing the edit's final position; null when outside every document (e.g. removed site furniture).",
        "page_id": "Page of the edit (join with `pages`).",
        "source_file": "Path of the raw file.",
        "seq": "Order of the edit in the page's log.",
        "step": "Index of the rule run in the page's cleaning pipeline.",
        "rule": "The cleaning rule that made the change (see *Data Collection and Processing*).",
        "start": "Start of the changed span in the rule's input text (the text as it was when the rule ran).",
        "end": "End (exclusive) of the changed span in the rule's input text.",
        "before": "The text the rule replaced.",
        "after": "What it put instead (empty for a removal).",
        "detail": "Why the rule made the change, as the text of a JSON object: evidence and `confidence` where the rule weighs them (a restored word: {\"gap\": \"restored\", \"confidence\": …}), `note` for a rule's own words, `{}` when there is nothing to add; `json.loads` reads every row.",
        "field": "Null for an edit of the page text. For an edit of a metadata string the file declares outside its text (front matter, metadata box, `<title>`, `<meta>`): the field it cleaned (`title`, `issuer`, `doc_number` …); `start`/`end` then index that string.",
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
        "encoding": "Codec that decoded the bytes (utf-8, gb18030, big5…).",
        "format": "`text`, `markdown`, `html`, `xml` (a law of Taiwan's law database), `docx` or `pdf`.",
        "script": "Script of the source text: `simplified`, `traditional` or `mixed`, or the language of a page that is no Chinese text (`japanese`, `korean`).",
        "num_edits": "Number of edits the cleaning made on the page.",
        "num_warnings": "Number of things the cleaning noticed and deliberately left alone.",
        "warnings": "Those warnings, as a JSON list.",
        "metadata": "What the file itself declared (front matter; HTML `<title>`, `<h1>`, `<meta>`, and `info_box`: the fields of its metadata box and the box's span in `ingested_text`), as a JSON object, before cleaning.",
        "ingested_text": "The page after decoding and format conversion, before any cleaning: the base of the edit log. Null where the page has no edit of its text and its documents tile it (each starting where the one before ends, the first at 0): then the page, before and after cleaning, is its documents' texts joined in `page_start` order.",
        "text_sha256": "sha256 (hex, of the UTF-8 bytes) of the clean page text. The text itself is not stored twice: replaying the page's `edits` (rows with `field` null, in `seq` order) on `ingested_text` gives it (where `ingested_text` is null: its documents' texts joined), `corpus_tools.dataset.texts.page_text(page, edits, documents)`; documents are spans of it.",
    },
    "findings": {
        "doc_id": "The document concerned; null for an edit outside every document.",
        "page_id": "The page (join with `pages`).",
        "source_file": "Path of the raw file.",
        "config": "Config of the flagged row: `documents`, `articles` or `edits`.",
        "eid": "For an article: its eid (with doc_id, the article's key); else null.",
        "label": "For an article: its label as written (第十条); else null.",
        "seq": "For an edit: its seq (with page_id, the edit's key); else null.",
        "column": "The column the check read (several, comma-separated, for `date_order`).",
        "check": "The quality check, as named in the rows' `findings` lists.",
        "excerpt": "What the check found, with a little context; the offending span in [brackets].",
    },
}

#: The card's license: ``license: other`` with this name and the file :data:`LICENSE_FILE` the build
#: writes beside the card (the Hub links ``license_link`` to it).
LICENSE_NAME = "prc-official-documents"
LICENSE_FILE = "LICENSE.md"
LICENSE_TEXT = """\
# License

The texts in this dataset are official documents of state organs of the People's Republic of
China: laws, administrative and local regulations, rules, plans, notices and their drafting
explanations, as published by the issuing authorities and scraped from government and mirror
websites. Article 5 of the Copyright Law of the People's Republic of China excludes from its
protection "laws and regulations, resolutions, decisions and orders of state organs, and other
documents of a legislative, administrative or judicial nature, and their official translations".

What corpus-tools added (the cleaning, the edit log, the structure, the metadata columns, the
alignments, the findings and the dataset card) is released under the Apache License, Version
2.0 (https://www.apache.org/licenses/LICENSE-2.0).

This is not an official publication. For legal use, consult the official text published by
the issuing authority.
"""

#: Patterns (RE2, through ``pyarrow.compute``) of what the card counts as personal contact data in
#: a document's text: an e-mail address; a phone number (a mobile number, a number with its
#: area code, a 400/800 service number, or digits after 电话/手机/传真/热线/联系方式).
EMAIL_PATTERN = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
PHONE_PATTERN = (r"(^|[^0-9])(1[3-9][0-9]{9}|0[0-9]{2,3}[-－ ]?[0-9]{7,8}|[（(]0[0-9]{2,3}[)）][0-9]{7,8}"
                 r"|[48]00[-－]?[0-9]{3}[-－]?[0-9]{4})([^0-9]|$)|(电话|手机|传真|热线|联系方式)[:：]?[ 　]*[0-9（(]")


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
_YAML_DTYPES = {pa.string(): "string", pa.int64(): "int64", pa.int32(): "int32", pa.float64(): "float64", pa.bool_(): "bool"}


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


def card_metadata(
    out_dir: Path, files: Mapping[str, list[Path]], *, num_documents: int | None = None, configuration: Mapping[str, Any] | None = None
) -> dict[str, Any]:
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
    return card_data(
        size=size_category(num_documents), configs=configs, infos=infos,
        tool={FORMAT_KEY: DATA_FORMAT, EMPTY_KEY: empty_configs(files), CONFIGURATION_KEY: dict(configuration or default_record())},
    ).to_dict()


def card_data(*, size: str, configs: list[dict[str, Any]], infos: list[dict[str, Any]], tool: dict[str, Any]) -> Any:
    """The card's metadata as the Hub's :class:`~huggingface_hub.DatasetCardData`: the Hub's fields
    (language, license with ``license_name`` and ``license_link``, creators, size, tasks, pretty
    name), the ``configs`` and ``dataset_info`` that ``datasets`` reads, and :data:`TOOL_KEY`."""
    from huggingface_hub.repocard_data import DatasetCardData

    return DatasetCardData(
        language=["zh"],
        license="other",
        annotations_creators=["machine-generated"],  # structure, metadata and findings are made by rules
        language_creators=["found"],  # the texts are the state organs', as published
        multilinguality=["monolingual"],
        size_categories=[size],
        source_datasets=["original"],
        task_categories=TASK_CATEGORIES,
        pretty_name=PRETTY_NAME,
        license_name=LICENSE_NAME,
        license_link=LICENSE_FILE,
        tags=["legal", "chinese", "regulations", "law"],
        configs=configs,
        dataset_info=infos,
        **{TOOL_KEY: tool},
    )


def card_front_matter(folder: Path) -> dict[str, Any] | None:
    """The YAML front matter of the card ``folder/README.md`` as a mapping, or None when there is
    no card, no front matter, or it is not a YAML mapping (:func:`read_card` says which).

    Parsed with libyaml where installed: a build's card (the features of every config) took
    0.1 s in pure Python, and validation reads it twice (the configs declared empty, the
    configs' files)."""
    return read_card(folder)[0]


#: YAML's safe loader, in C when libyaml is installed (same documents, same errors).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Nesting a card's front matter may have (a build's card: 5 levels).
MAX_CARD_DEPTH = 50


def read_card(folder: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The card ``folder/README.md``: its YAML front matter as a mapping, and what is wrong with
    it (``None``: nothing), for the validator to report.

    A card's YAML may not use aliases (``*name``) or nest deeper than :data:`MAX_CARD_DEPTH`:
    a card from elsewhere is written by a stranger, and nine lists of nine aliases make 9**9
    values out of 400 bytes (harmless while shared, but every reader that copies or prints
    a value expands it: gigabytes).  A build's card uses neither.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> read_card(folder)[1]
    'no dataset card (README.md)'
    >>> _ = (folder / "README.md").write_text("---\\na: &x [1]\\nb: *x\\n---\\n", encoding="utf-8")
    >>> read_card(folder)[1]
    'invalid YAML front matter (line 3): aliases (*name) are not allowed in a dataset card'
    >>> _ = (folder / "README.md").write_text("---\\nlicense: other\\n---\\n", encoding="utf-8")
    >>> read_card(folder)
    ({'license': 'other'}, None)
    """
    try:
        text = (Path(folder) / "README.md").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, "no dataset card (README.md)"
    except (OSError, UnicodeDecodeError) as error:
        return None, f"dataset card unreadable ({type(error).__name__}: {error})"
    if not text.startswith("---"):
        return None, "the dataset card has no YAML front matter (--- at its start)"
    try:
        data = _load_card_yaml(text[3:].split("\n---", 1)[0])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return None, f"invalid YAML front matter{where}: {problem}"
    if not isinstance(data, dict):
        return None, f"the front matter is not a mapping ({type(data).__name__})"
    return data, None


def _load_card_yaml(text: str) -> Any:
    """``yaml.load(text)`` with the safe loader, refusing aliases and deep nesting before any
    value is built (the composed nodes are walked once: an alias is a node reached twice)."""
    loader = _SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        stack, seen = [(node, 1)], set()
        while stack:
            item, depth = stack.pop()
            if id(item) in seen:
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in a dataset card", item.start_mark)
            seen.add(id(item))
            if depth > MAX_CARD_DEPTH:
                raise yaml.composer.ComposerError(None, None, f"nested deeper than {MAX_CARD_DEPTH} levels", item.start_mark)
            if isinstance(item, yaml.SequenceNode):
                stack.extend((child, depth + 1) for child in item.value)
            elif isinstance(item, yaml.MappingNode):
                stack.extend((child, depth + 1) for pair in item.value for child in pair)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _tool_section(folder: Path) -> dict[str, Any] | None:
    """The :data:`TOOL_KEY` mapping of the card of ``folder``'s YAML, or None (no card, no YAML, none there)."""
    declared = (card_front_matter(folder) or {}).get(TOOL_KEY)
    return declared if isinstance(declared, dict) else None


def declared_empty_configs(folder: Path) -> frozenset[str] | None:
    """The configs the card of ``folder`` declares empty (``corpus_tools.empty_configs`` in its
    YAML), or None when the folder has no card or the card declares nothing (not a build of
    this tool, or an older one).

    The validator accepts a missing config exactly when it is declared here.
    """
    declared = _tool_section(folder)
    if declared is None or not isinstance(declared.get(EMPTY_KEY), list):
        return None
    return frozenset(str(name) for name in declared[EMPTY_KEY])


def declared_format(folder: Path) -> int | None:
    """The :data:`~corpus_tools.tables.DATA_FORMAT` the card of ``folder`` states; 1 for a card of
    this tool that states none (written before the format was stated); None without such a card."""
    declared = _tool_section(folder)
    if declared is None:
        return None
    value = declared.get(FORMAT_KEY, 1)
    return value if isinstance(value, int) else None


def stated_format(folder: Path) -> int | None:
    """The data format the card of ``folder`` states in so many words (``corpus_tools.data_format``), or
    None (no card, or a card that states none: a fixture, a build from before the format was stated)."""
    declared = _tool_section(folder)
    value = None if declared is None else declared.get(FORMAT_KEY)
    return value if isinstance(value, int) else None


def declared_configuration(folder: Path) -> dict[str, Any] | None:
    """How the dataset in ``folder`` was made, as its card declares it (``corpus_tools.configuration``),
    or None (no card, or one written before the configuration was recorded)."""
    declared = _tool_section(folder)
    configuration = None if declared is None else declared.get(CONFIGURATION_KEY)
    return configuration if isinstance(configuration, dict) else None


def render_card(metadata: Mapping[str, Any], body: str) -> str:
    """The card's text as the Hub's :class:`~huggingface_hub.DatasetCard` writes it (``content``):
    the YAML of ``metadata`` dumped by :class:`~huggingface_hub.DatasetCardData`, then ``body``.

    (``DatasetCard`` itself would make a build import the Hub client, half a second; a test
    holds ``DatasetCard(text).content == text``.)
    """
    from huggingface_hub.repocard_data import DatasetCardData

    data = DatasetCardData(**dict(metadata))
    return f"---\n{data.to_yaml()}\n---\n\n{body.strip()}\n"


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


_COUNTERS = ("by_jurisdiction", "by_doc_type", "by_status", "by_rule", "chars_removed_by_rule", "by_finding",
             "by_issuer", "by_format")
_TOTALS = ("documents", "characters", "articles", "article_characters", "edits", "pages", "warnings",
           "documents_flagged", "articles_flagged", "findings", "with_phone", "with_email", "with_contact")
#: The document dates the card's span of years is read from, the first stated of each document.
_DATE_COLUMNS = ("published", "adopted", "written", "effective")


def _count_true(mask: pa.Array) -> int:
    return pc.sum(pc.fill_null(mask, False).cast(pa.int64())).as_py() or 0


def _file_statistics(job: tuple[str, Path]) -> dict[str, Any]:
    """The card's counts over one Parquet file of config ``job[0]`` (streamed batch by batch)."""
    config, path = job
    stats: dict[str, Any] = {**dict.fromkeys(_TOTALS, 0), **{key: Counter() for key in _COUNTERS}}
    stats["years"] = None
    if config == "documents":
        columns = ["jurisdiction", "doc_type", "status", "issuer", "num_chars", "findings", "text", *_DATE_COLUMNS]
        for batch in _batches([path], columns):
            stats["documents"] += batch.num_rows
            stats["characters"] += pc.sum(batch.column("num_chars")).as_py() or 0
            stats["documents_flagged"] += _flagged(batch.column("findings"))
            for key in ("jurisdiction", "doc_type", "status", "issuer"):
                _count_values(stats[f"by_{key}"], batch.column(key))
            phone = pc.match_substring_regex(batch.column("text"), PHONE_PATTERN)
            email = pc.match_substring_regex(batch.column("text"), EMAIL_PATTERN)
            stats["with_phone"] += _count_true(phone)
            stats["with_email"] += _count_true(email)
            stats["with_contact"] += _count_true(pc.or_(phone, email))
            dated = pc.coalesce(*(batch.column(name) for name in _DATE_COLUMNS))
            stats["years"] = _merge_range(stats["years"], pc.min_max(pc.utf8_slice_codeunits(dated, 0, 4)).as_py())
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
        for batch in _batches([path], ["num_warnings", "format"]):
            stats["pages"] += batch.num_rows
            stats["warnings"] += pc.sum(batch.column("num_warnings")).as_py() or 0
            _count_values(stats["by_format"], batch.column("format"))
    return stats


def _merge_range(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Two ``{"min", "max"}`` ranges (None or null ends: nothing known) as one.

    >>> _merge_range({"min": "2001", "max": "2010"}, {"min": "1999", "max": None})
    {'min': '1999', 'max': '2010'}
    """
    ends = [r for r in (a, b) if r]
    lows = [r["min"] for r in ends if r.get("min")]
    highs = [r["max"] for r in ends if r.get("max")]
    return {"min": min(lows), "max": max(highs)} if lows and highs else None


def statistics(files: Mapping[str, list[Path]], *, mapper: Any = map) -> dict[str, Any]:
    """Counts the card reports, computed from the Parquet files (one streaming pass per file;
    ``mapper``, an ordered ``map`` such as a pool's, may read the files in parallel)."""
    stats: dict[str, Any] = {**dict.fromkeys(_TOTALS, 0), **{key: Counter() for key in _COUNTERS}}
    stats["years"] = None
    jobs = [(config, path) for config in ("documents", "articles", "edits", "pages", "findings") for path in files.get(config, [])]
    for part in mapper(_file_statistics, jobs):
        for key in _TOTALS:
            stats[key] += part[key]
        for key in _COUNTERS:
            stats[key].update(part[key])  # update keeps zero and negative counts (chars added)
        stats["years"] = _merge_range(stats["years"], part["years"])
    return stats


#: How many rows of each config's first file the card looks at for its example row.
EXAMPLE_ROWS = 256


def example_value(value: Any, limit: int = 36) -> str:
    """How the card shows a value of the data in its example column (a test reads it back).

    >>> example_value("第一条\\n为了规范管理，制定本办法。", 10), example_value(None), example_value(["a", "b"])
    ('第一条⏎为了规范管…', 'null', '["a", "b"]')
    """
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        value = json.dumps(list(value), ensure_ascii=False)
    text = str(value).replace("\n", "⏎").replace("\t", "⇥").replace("|", "¦").replace("`", "ˋ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def example_rows(files: Mapping[str, list[Path]]) -> dict[str, dict[str, Any]]:
    """One row of each config with rows, to show in the card: among the first :data:`EXAMPLE_ROWS`
    rows of its first file, the one with the most columns set (not null, not empty); the first
    such row on a tie.  The same files give the same rows."""
    rows: dict[str, dict[str, Any]] = {}
    for config, paths in files.items():
        if not paths:
            continue
        batch = next(pq.ParquetFile(paths[0]).iter_batches(batch_size=EXAMPLE_ROWS), None)
        if batch is None or not batch.num_rows:
            continue
        candidates = batch.to_pylist()
        rows[config] = max(candidates, key=lambda row: sum(v not in (None, "", [], "[]", "{}") for v in row.values()))
    return rows


def _table(title: str, counter: Counter, header: str = "documents", *, limit: int | None = None) -> list[str]:
    lines = [f"| {title} | {header} |", "| --- | ---: |"]
    ranked = sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
    shown = ranked if limit is None else ranked[:limit]
    for key, count in shown:
        lines.append(f"| {key} | {count:,} |")
    if len(shown) < len(ranked):
        lines.append(f"| ({len(ranked) - len(shown):,} more) | {sum(c for _, c in ranked[len(shown):]):,} |")
    if not counter:
        lines.append("| (none) | 0 |")
    return lines


def _cleaning_table(by_rule: Counter, removed: Counter, configuration: Mapping[str, Any]) -> list[str]:
    """The rules in :data:`~corpus_tools.clean.CLEANING_ORDER` (``step`` as in the ``edits``
    config, from 0), whether this build ran each, and what each did."""
    from corpus_tools.clean import CLEANING_ORDER
    from corpus_tools.clean.plan import rule_summary

    cleaning = configuration.get("cleaning", {})
    skipped = set(cleaning.get("skipped", ()))
    options = cleaning.get("options", {})
    lines = ["| step | rule | what it undoes | ran | edits | chars removed |", "| ---: | --- | --- | --- | ---: | ---: |"]
    for index, (name, rule) in enumerate(CLEANING_ORDER):
        doc = rule_summary(rule).replace("|", "\\|") or "(undocumented)"
        ran = "skipped" if name in skipped else "yes"
        settings = ", ".join(f"{key}: {value}" for key, value in sorted(options.get(name, {}).items()))
        if settings and name not in skipped:
            ran += f" ({settings})"
        lines.append(f"| {index} | `{name}` | {doc} | {ran} | {by_rule.get(name, 0):,} | {removed.get(name, 0):,} |")
    for name in sorted(set(by_rule) - {name for name, _ in CLEANING_ORDER}):
        lines.append(f"| - | `{name}` | (rule not in the current order) | - | {by_rule[name]:,} | {removed.get(name, 0):,} |")
    return lines


def _load_examples(metadata: Mapping[str, Any]) -> list[str]:
    """The configs the card's ``load_dataset`` example shows: articles and documents when present."""
    present = [entry["config_name"] for entry in metadata["configs"]]
    shown = [name for name in (DEFAULT_CONFIG, "documents") if name in present]
    return shown or present[:1]


def _percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage for the card.

    >>> _percent(1, 3), _percent(0, 0)
    ('33.3 %', '0 %')
    """
    return f"{100 * part / whole:.1f} %" if whole else "0 %"


def render_body(
    metadata: Mapping[str, Any], stats: Mapping[str, Any], *, version: str | None, repo_id: str | None,
    examples: Mapping[str, Mapping[str, Any]] | None = None,
) -> str:
    """The card's prose, in the sections of the Hub's dataset card template
    (``huggingface_hub/templates/datasetcard_template.md``): summary, details, uses, structure
    (configs, columns with an example row of this dataset, findings, statistics), creation
    (rationale, source data and its processing, annotations, personal and sensitive information),
    bias, risks and limitations, citation, glossary, more information, authors and contact."""
    configuration = metadata.get(TOOL_KEY, {}).get(CONFIGURATION_KEY) or default_record()
    lines = [
        *_summary(stats, version, repo_id),
        *_details(repo_id, version),
        *_uses(metadata, repo_id, version),
        *_structure(metadata, stats, examples or {}),
        *_creation(stats, configuration),
        *_risks(stats),
        *_citation(repo_id, version),
        *_glossary(),
        *_more_information(version),
        "## Dataset Card Authors",
        "",
        "Written by corpus-tools from the files it describes: every number, table and example row is",
        "computed from this folder's Parquet files when it is built (or released), so the card cannot",
        "drift from the data.",
        "",
        "## Dataset Card Contact",
        "",
        (f"The maintainers of `{repo_id}` on the Hugging Face Hub (its Community tab)." if repo_id else
         "Whoever built this folder: a local build names no maintainer. A published release names its repository here."),
    ]
    return "\n".join(lines)


def _summary(stats: Mapping[str, Any], version: str | None, repo_id: str | None) -> list[str]:
    lines = [
        f"# Dataset Card for {PRETTY_NAME}" + (f" — v{version}" if version else ""),
        "",
        f"{stats['documents']:,} Chinese laws, regulations, plans, notices and drafting explanations from "
        f"{stats['pages']:,} scraped government and mirror web pages, cleaned of web damage (mojibake, injected",
        "spam, ruby pinyin, site furniture, layout noise), cut into documents and parsed into chapters,",
        "articles and paragraphs, with every cleaning change logged so that each clean text can be traced",
        "back to the page it came from.",
        "",
    ]
    if version:
        lines += [f"This is release **v{version}**" + (f" of `{repo_id}`." if repo_id else "."), ""]
    return lines


def _details(repo_id: str | None, version: str | None) -> list[str]:
    from corpus_tools import __version__

    source = (f"`{repo_id}` on the Hugging Face Hub (https://huggingface.co/datasets/{repo_id}), release tag `v{version}`"
              if repo_id and version else "this folder: a local build, not published")
    return [
        "## Dataset Details",
        "",
        "### Dataset Description",
        "",
        "Each scraped page is decoded, cleaned by an ordered chain of rules that change characters only with",
        "evidence of damage, cut into the documents it holds (a notice and the regulation it issues are two),",
        "parsed into its provision tree (编 part, 章 chapter, 节 section, 条 article, 款 paragraph, 项 item,",
        "目 sub-item), and described by metadata read from the page (document number, issuer, jurisdiction,",
        "status, dates). Versions of one instrument (a draft for comment and the final text) are aligned",
        "article by article. Every row is validated against the dataset's schemas before the folder is",
        "written, and what quality checks find about a document is recorded on its row, never by dropping it.",
        "",
        "- **Curated by:** the publisher of this copy" + (f" (`{repo_id}`)" if repo_id else "") +
        f", with corpus-tools {__version__}, which made every row and this card.",
        "- **Language(s) (NLP):** Chinese (`zh`), in Simplified script unless the build kept Traditional",
        "  script (see *Data Collection and Processing*); `documents.script` gives each source's script.",
        f"- **License:** `other` (`{LICENSE_NAME}`): the texts are official documents of state organs, which",
        "  Article 5 of the Copyright Law of the People's Republic of China excludes from copyright; what",
        f"  corpus-tools added is Apache-2.0. Full terms in [{LICENSE_FILE}]({LICENSE_FILE}).",
        "",
        "### Dataset Sources",
        "",
        f"- **Repository:** {source}.",
        f"- **Tool:** corpus-tools {__version__}; how it was run is in this card's YAML, `corpus_tools.configuration`",
        "  (the cleaning rules run and skipped, their options, the input patterns), and in `build.json`.",
        "",
    ]


def _uses(metadata: Mapping[str, Any], repo_id: str | None, version: str | None) -> list[str]:
    """Direct use (how to load it: the release by name and tag, or this folder from inside it) and out-of-scope use."""
    configs = _load_examples(metadata)
    if repo_id:
        revision = f', revision="v{version}"' if version else ""
        calls = [f'{name} = load_dataset("{repo_id}", "{name}", split="train"{revision})' for name in configs]
        where = ("`revision` pins the rows of this release; without it you get the repository's latest commit. The same "
                 "release, verified against its `MANIFEST.json`:")
        download = [f"corpus-tools download --repo-id {repo_id} --version {version or 'X.Y.Z'} --config {configs[0]}"]
    else:
        calls = ["folder = str(Path.cwd())  # this folder: run inside it, or give its path",
                 *[f'{name} = load_dataset(folder, "{name}", split="train")' for name in configs]]
        where = "Check the folder first (from inside it):"
        download = ["corpus-tools validate ."]
    lines = [
        "## Uses",
        "",
        "### Direct Use",
        "",
        "```python",
        *([] if repo_id else ["from pathlib import Path", ""]),
        "from datasets import load_dataset",
        "",
        *calls,
        "```",
        "",
        where,
        "",
        "```bash",
        *download,
        "```",
        "",
        "Language modelling and retrieval on legal Chinese (`articles` for article-sized passages, `documents`",
        "for whole texts), classification by `doc_type`, `jurisdiction_level` or `status`, the study of how drafts",
        "become law (`alignments`), and auditing or improving text cleaning (`edits`, `pages`). Rows a quality",
        "check flagged are kept and marked; `documents.filter(lambda r: not r[\"findings\"])` keeps the clean ones",
        "(see *Findings*).",
        "",
        "### Out-of-Scope Use",
        "",
        "This is not an official publication: the texts come from web pages, some damaged, and are cleaned by",
        "rules; use the issuing authority's official text for any legal purpose. It is no complete or current",
        "collection of Chinese law: it holds what the scraped sites held, `status` is what a page states (null",
        "when unknown), and a text may have been amended or repealed since. The contact lines of notices (names,",
        "phone numbers, e-mail addresses of officials) are not for contacting or profiling people.",
        "",
    ]
    return lines


def _structure(metadata: Mapping[str, Any], stats: Mapping[str, Any], examples: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The configs with their row counts, every column of every config with an example row, the
    findings, and the statistics."""
    lines = [
        "## Dataset Structure",
        "",
        "One split (`train`) per config; the configs join on `doc_id` and `page_id`.",
        "",
        "| config | rows | description |",
        "| --- | ---: | --- |",
    ]
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
    lines += ["", *_texts_once()]
    lines += [
        "### Columns",
        "",
        "The example column shows one row of this dataset (the first of the config's first file with the most",
        "columns set; long values cut with …, line breaks shown as ⏎).",
        "",
    ]
    for config, schema in CONFIGS.items():
        example = examples.get(config)
        lines += [f"#### `{config}`", ""]
        if example is None:
            lines += ["| column | type | description |", "| --- | --- | --- |"]
        else:
            lines += ["| column | type | description | example |", "| --- | --- | --- | --- |"]
        for column in schema:
            doc = COLUMN_DOCS.get(config, {}).get(column.name, "")
            shown = "" if example is None else f" `{example_value(example.get(column.name))}` |"
            lines.append(f"| `{column.name}` | {column.type} | {doc} |{shown}")
        lines.append("")
    return [*lines, *_findings(stats), *_statistics(stats)]


def _texts_once() -> list[str]:
    """How the configs hold each text once (:data:`~corpus_tools.tables.DATA_FORMAT`), and the one call
    that gives a provision's full text or a page's clean text (:mod:`corpus_tools.dataset.texts`)."""
    return [
        f"### Each text stored once (data format {DATA_FORMAT})",
        "",
        "`documents.text` and `articles.text` are whole. An article's paragraphs are `paragraph_ends`, where each",
        "ends in its `text`. A `provisions` row holds the node's own text (its label, heading and lead-in before",
        "its first child; a node without children: all of it) and the span `start`/`end` of its full text in its",
        "document. `pages` holds `ingested_text` and the sha256 of the clean page (`text_sha256`), which replaying",
        "the page's `edits` on `ingested_text` gives; a page without edits of its text whose documents tile it",
        "stores no `ingested_text` (null): its documents' texts joined are the page. `corpus-tools validate`",
        "checks every one of these promises. With corpus-tools installed, one call gives the whole texts:",
        "",
        "```python",
        "from corpus_tools.dataset.texts import article_paragraph_lists, page_texts, provision_texts",
        "",
        "full = provision_texts(provisions, documents)  # the full text of each provisions row, in order",
        "clean = page_texts(pages, edits, documents)  # the clean text of each pages row, in order",
        "paragraphs = article_paragraph_lists(articles)  # the paragraphs of each articles row, as strings",
        "```",
        "",
        "(`provision_text(row, document_text)`, `page_text(page_row, edits, documents)` and",
        "`article_paragraphs(row)` do it for one row.) Releases of data format 2 stored these texts whole",
        "(`pages.text`, full `provisions.text`), format 3 the paragraphs as strings; the same calls read them.",
        "",
    ]


def _statistics(stats: Mapping[str, Any]) -> list[str]:
    years = stats.get("years")
    span = f"{years['min']}–{years['max']}" if years else "unknown"
    return [
        "### Statistics",
        "",
        f"- pages: {stats['pages']:,} ({', '.join(f'{name} {count:,}' for name, count in sorted(stats['by_format'].items())) or 'none'})",
        f"- documents: {stats['documents']:,}; years (the first date each document states): {span}",
        f"- articles: {stats['articles']:,}",
        f"- characters (document texts): {stats['characters']:,}",
        f"- characters (article texts): {stats['article_characters']:,}",
        f"- cleaning edits: {stats['edits']:,}; warnings (left alone): {stats['warnings']:,}",
        "",
        "#### Documents by jurisdiction",
        "",
        *_table("jurisdiction", stats["by_jurisdiction"]),
        "",
        "#### Documents by type",
        "",
        *_table("type", stats["by_doc_type"]),
        "",
        "#### Documents by status",
        "",
        *_table("status", stats["by_status"]),
        "",
        "#### Edits by cleaning rule",
        "",
        *_table("rule", stats["by_rule"], header="edits"),
        "",
    ]


def _findings(stats: Mapping[str, Any]) -> list[str]:
    """What the findings are, how many, how to filter them in one line, and what ``--strict`` does."""
    return [
        "### Findings",
        "",
        "Every page the crawl brought back is in the dataset. What is wrong in one document's content",
        "does not remove it: quality checks (residual noise of every family, an empty title or text,",
        "dates out of order, an article number that repeats or leaves an undeclared gap, a word that spam",
        "replaced and no evidence restored, a gambling farm's fabricated 公文 written around lottery tips:",
        "`spam_page`) flag the row they concern. `documents.findings` and",
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
        "a run of numbers the source itself skips (`numbering_gaps`; one number alone is `article_numbers_missing`,",
        "a lost label line), 之一 articles, repealed articles kept in place",
        "(`articles.repealed`). A rule the build skipped leaves its noise, flagged the same way (a build that",
        "keeps Traditional script flags its Traditional documents `no_traditional_char`). `corpus-tools build",
        "--strict` and `corpus-tools validate --strict` exit 4 when there are findings; without `--strict`",
        "they are reported and flagged, and the exit code stays 0.",
        "",
        f"- findings: {stats['findings']:,}; documents flagged: {stats['documents_flagged']:,} of {stats['documents']:,}; "
        f"articles flagged: {stats['articles_flagged']:,} of {stats['articles']:,}",
        "",
        *_findings_table(stats["by_finding"]),
        "",
    ]


def _findings_table(by_finding: Counter) -> list[str]:
    """The findings per check and config, each with what its check promises (the description
    ``corpus-tools validate`` prints), so that a reader of the card knows what a name such as
    ``latex_residue`` or ``date_damaged`` says about a row without the tool's source.

    >>> _findings_table(Counter({"`date_damaged` on documents": 2}))[2].startswith("| `date_damaged` | documents | 2 | the document's dates are whole")
    True
    """
    import re

    from corpus_tools.validation.quality import QUALITY_CHECKS

    lines = ["| check | config | findings | what the check expects (the row is kept) |", "| --- | --- | ---: | --- |"]
    for key, count in sorted(by_finding.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        m = re.fullmatch(r"`(?P<check>[^`]+)` on (?P<config>\w+)", str(key))
        check, config = (m["check"], m["config"]) if m else (str(key), "")
        known = QUALITY_CHECKS.get((config, check))
        what = " ".join(known.description.split()).replace("|", "\\|").replace("$", "\\$") if known else ""  # $…$ is math on the Hub
        lines.append(f"| `{check}` | {config} | {count:,} | {what} |")
    if not by_finding:
        lines.append("| (none) | | 0 | |")
    return lines


def _creation(stats: Mapping[str, Any], configuration: Mapping[str, Any]) -> list[str]:
    cleaning = configuration.get("cleaning", {})
    skipped = cleaning.get("skipped", [])
    patterns = configuration.get("input", {})
    ran = ("every rule ran" if not skipped else "skipped: " + ", ".join(f"`{name}`" for name in skipped))
    conversion = cleaning.get("options", {}).get("traditional_to_simplified", {}).get("conversion", "auto")
    chosen = ", ".join(f"{key} {', '.join(f'`{p}`' for p in ([values] if isinstance(values, str) else values))}"
                       for key, values in sorted(patterns.items()) if values)  # text_field: one name
    return [
        "## Dataset Creation",
        "",
        "### Curation Rationale",
        "",
        "Chinese regulatory texts are public, but on the web they come damaged: pages decoded with the wrong",
        "codec, words of the law replaced by gambling-site spam injected into compromised government sites,",
        "pinyin printed after characters, navigation and share buttons, lines wrapped by a layout. A model",
        "trained on such pages learns the damage, and a researcher cannot tell a law's words from a scraper's.",
        "This dataset keeps every page and says what was done to it: the cleaning changes characters only",
        "with evidence of damage (when unsure it keeps the text and records a warning), logs each change so",
        "that it can be audited and replayed, and marks what it could not repair instead of hiding it.",
        "",
        "### Source Data",
        "",
        "#### Data Collection and Processing",
        "",
        "The pages were collected by web crawlers from government and mirror sites and given to corpus-tools as",
        f"files ({stats['pages']:,} pages read"
        + (f"; the input patterns: {chosen}" if chosen else "") + "; files that could not be read are listed",
        "with the reason in `rejected.jsonl`). corpus-tools decodes each file (byte-order mark, declared charset,",
        "UTF-8, then GB18030 or Big5 only when the text reads as Chinese), reads HTML, Markdown, plain text,",
        "`.docx` and PDF text layers, rejects files that are not Chinese text, then cleans each page with the",
        f"rules below, in this order ({ran}; Traditional script: conversion `{conversion}`).",
        "",
        *_cleaning_table(stats["by_rule"], stats["chars_removed_by_rule"], configuration),
        "",
        "Each change is one row of `edits` (rule, span, before, after, detail); replaying a page's edits on its",
        "`pages.ingested_text` gives its clean text exactly. After cleaning, each page is cut into",
        "documents, each document parsed into its provision tree and described by its metadata, versions of",
        "one instrument are aligned, and every table is validated against the schemas before it is written.",
        "",
        "#### Who are the source data producers?",
        "",
        "The texts were written and issued by state organs of the People's Republic of China: the people's",
        "congresses and their standing committees, the State Council, local governments and their departments.",
        "The pages were published by government websites and sites mirroring them, and brought back by crawlers",
        "written by others; the damage is theirs and the spam is third parties'. `issuer` names the issuing body",
        "where the text states it; the most frequent in this dataset:",
        "",
        *_table("issuer", Counter({k: v for k, v in stats["by_issuer"].items() if k != "(unknown)"}), limit=10),
        "",
        "### Annotations",
        "",
        "#### Annotation process",
        "",
        "No person annotated anything. The structure (documents, provisions, articles), the metadata columns,",
        "the alignments and the findings are made by rules from the text and from what the page states about",
        "itself (its metadata box, front matter, `<title>`); null means the page does not say, not that the",
        "value does not exist.",
        "",
        "#### Who are the annotators?",
        "",
        "corpus-tools' rules (machine-generated); the rule behind each value is documented in its column.",
        "",
        "#### Personal and Sensitive Information",
        "",
        "The texts are published official documents and are kept as published: nothing was anonymized. Notices",
        "carry contact lines with the names of officials, office phone numbers and e-mail addresses, and some",
        "documents name people (appointments, awards, penalties). Measured on `documents.text` (an e-mail address;",
        "a phone number: a mobile number, a number with its area code, a 400/800 number, or digits after",
        "电话/手机/传真/热线/联系方式; the patterns are `EMAIL_PATTERN` and `PHONE_PATTERN` of",
        "`corpus_tools/dataset/card.py`):",
        "",
        f"- documents with a phone number: {stats['with_phone']:,} of {stats['documents']:,} ({_percent(stats['with_phone'], stats['documents'])})",
        f"- documents with an e-mail address: {stats['with_email']:,} of {stats['documents']:,} ({_percent(stats['with_email'], stats['documents'])})",
        f"- documents with either: {stats['with_contact']:,} ({_percent(stats['with_contact'], stats['documents'])})",
        "",
        "Filter them out if your use does not need them; never use them to contact or profile the people named.",
        "",
    ]


def _risks(stats: Mapping[str, Any]) -> list[str]:
    return [
        "## Bias, Risks, and Limitations",
        "",
        "- Coverage is what the crawled sites held, not Chinese law: some jurisdictions, levels and periods are",
        "  over-represented (see *Statistics*), and central legislation may be absent or present many times over",
        "  (exact copies are marked by `duplicate_of`).",
        "- Where spam replaced a word and no evidence restores it, the text keeps a gap, the `edits` row says",
        "  `unresolved` and the document carries the finding `unresolved_spam_gap`: read such passages with care.",
        "  A restored word carries its evidence and a `confidence` in `edits.detail`.",
        "- Cleaning favours precision over recall: when a rule is unsure it leaves the text alone and records a",
        f"  warning (`pages.warnings`; {stats['warnings']:,} in this dataset), so some noise remains; the findings say where.",
        "- Traditional-script pages are converted to Simplified paragraph by paragraph; rare variant characters",
        "  may be converted imperfectly. `script` tells which sources were Traditional, and",
        "  `pages.ingested_text` keeps the text before any change (a page without changes: its documents).",
        "- Metadata (type, jurisdiction, status, dates) is extracted by rules; null means unknown, not absent,",
        "  and `status` is what the page said when it was scraped.",
        "",
        "### Recommendations",
        "",
        "Filter on `findings` for training (one line, see *Findings*), keep `edits` and `pages` to audit what",
        "you use, cite the release tag you used, and check the official text for any legal purpose.",
        "",
    ]


def _citation(repo_id: str | None, version: str | None) -> list[str]:
    from corpus_tools import __version__

    tag = f"v{version}" if version else None
    key = "corpus_tools_chinese_regulations" + (f"_{version.replace('.', '_')}" if version else "")
    where = f"https://huggingface.co/datasets/{repo_id}" if repo_id else None
    bibtex = [
        "@misc{" + key + ",",
        "  author       = {{corpus-tools contributors}},",
        "  title        = {{" + PRETTY_NAME + "}},",
        "  year         = {n.d.},",
        "  publisher    = {" + ("Hugging Face" if repo_id else "local build, unpublished") + "},",
        "  howpublished = {" + (f"Hugging Face dataset {repo_id}" if repo_id else "a dataset folder built with corpus-tools") + "},",
    ]
    if tag:
        bibtex.append("  version      = {" + tag + "},")
    if where:
        bibtex.append("  url          = {" + where + (f"/tree/{tag}" if tag else "") + "},")
    bibtex.append("  note         = {Built with corpus-tools " + __version__ + (f"; file hashes in MANIFEST.json of {tag}" if tag else "") + "},")
    bibtex.append("}")
    apa = (f"corpus-tools contributors. (n.d.). *{PRETTY_NAME}*" + (f" (Version {tag})" if tag else "") + " [Data set]. "
           + (f"Hugging Face. {where}" + (f"/tree/{tag}" if tag else "") if where else "Unpublished local build made with corpus-tools " + __version__ + "."))
    return ["## Citation", "", "**BibTeX:**", "", "```bibtex", *bibtex, "```", "", "**APA:**", "", apa, ""]


def _glossary() -> list[str]:
    return [
        "## Glossary",
        "",
        "- **编 / 章 / 节** part / chapter / section; **条** article (第十三条); **之一** an article inserted after",
        "  another (第十条之一); **款** paragraph of an article; **项** item (（一）); **目** sub-item.",
        "- **文号 / 发文字号** the document number an issuing body gives (国发〔2019〕5号); **成文日期** the date a",
        "  document was signed; **发布日期** the date it was published.",
        "- **ruby pinyin** pinyin printed after characters (马鞍(an)山); **spam anchor** a gambling-site string",
        "  injected into a page, often in place of a word; **site furniture** a site's navigation, share and print",
        "  lines; **mojibake** text decoded with the wrong codec.",
        "- **finding** a quality check's flag on a row; **edit** one change a cleaning rule made.",
        "",
    ]


def _more_information(version: str | None) -> list[str]:
    lines = [
        "## More Information",
        "",
        "- `build.json`: the build for machines (configuration, rows and files per config, edits per rule,",
        "  findings per check, rejected files, validation).",
        "- `rejected.jsonl`: input files the build refused, with the reason.",
        f"- `{LICENSE_FILE}`: the license terms.",
    ]
    if version:
        lines += [
            "- `MANIFEST.json`: version, sha256 of every file, rows and a logical content hash per config,",
            "  tool and library versions.",
            "- `CHANGELOG.md`: documents added, removed and changed since the previous release, and changes to",
            "  the columns or to how the data was made.",
        ]
    return [*lines, ""]


def write_card(
    out_dir: Path,
    files: Mapping[str, list[Path]],
    summary: Mapping[str, Any],
    *,
    version: str | None = None,
    repo_id: str | None = None,
    mapper: Any = map,
    stats: Mapping[str, Any] | None = None,
    configuration: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``README.md`` and :data:`LICENSE_FILE` for a built dataset folder (``version``/``repo_id``
    for a release; ``mapper``: an ordered ``map`` to read the files for the statistics in parallel;
    ``stats``: :func:`statistics` of ``files`` when the caller has them already; ``configuration``:
    how the dataset was made, :meth:`corpus_tools.config.Settings.record`)."""
    out_dir = Path(out_dir)
    stats = statistics(files, mapper=mapper) if stats is None else stats
    metadata = card_metadata(out_dir, files, num_documents=stats["documents"], configuration=configuration)
    body = render_body(metadata, stats, version=version, repo_id=repo_id, examples=example_rows(files))
    (out_dir / LICENSE_FILE).write_text(LICENSE_TEXT, encoding="utf-8")
    path = out_dir / "README.md"
    path.write_text(render_card(metadata, body), encoding="utf-8")
    return path
