"""Arrow schemas of every dataset config: the public contract of the dataset.

The build writes exactly these columns in exactly this order; the pandera
models in :mod:`corpus_tools.validation.schemas` validate them; the dataset card's
``dataset_info`` is derived from them.  Add a column here first.
"""

from __future__ import annotations

import pyarrow as pa

_str = pa.string()
_int = pa.int64()

DOCUMENTS = pa.schema(
    [
        ("doc_id", _str),
        ("page_id", _str),
        ("source_file", _str),
        ("ordinal", _int),
        ("role", _str),
        ("parent_id", _str),
        ("attachment_no", _int),
        ("title", _str),
        ("doc_number", _str),
        ("doc_type", _str),
        ("jurisdiction", _str),
        ("jurisdiction_level", _str),
        ("issuer", _str),
        ("status", _str),
        ("adopted", _str),
        ("approved", _str),
        ("written", _str),
        ("published", _str),
        ("effective", _str),
        ("amended", _str),
        ("index_no", _str),
        ("topic", _str),
        ("source", _str),  # where the item comes from as the site credits it (来源, <meta ContentSource>): not the issuer
        ("source_url", _str),
        ("script", _str),
        ("version_group", _str),
        ("duplicate_of", _str),
        ("num_articles", _int),
        ("first_article_no", _int),  # lowest article number (null: no articles); numbering runs from it
        ("numbering_gaps", pa.list_(_int)),
        ("num_chars", _int),
        ("page_start", _int),
        ("page_end", _int),
        ("findings", pa.list_(_str)),  # quality checks that flagged the document or any of its rows (sorted, distinct)
        ("text", _str),
    ]
)

ARTICLES = pa.schema(
    [
        ("doc_id", _str),
        ("source_file", _str),
        ("article_no", _int),
        ("article_suffix", _int),
        ("label", _str),
        ("heading", _str),
        ("part", _str),
        ("chapter_no", _int),
        ("chapter_title", _str),
        ("section_no", _int),
        ("section_title", _str),
        ("paragraph_ends", pa.list_(pa.int32())),  # where each paragraph ends in text (dataset.texts.article_paragraphs)
        ("text", _str),
        ("start", _int),
        ("end", _int),
        ("eid", _str),
        ("repealed", pa.bool_()),  # the body is only a repeal marker (第N条 【删除】, （删去）, （已废止）)
        ("findings", pa.list_(_str)),  # quality checks that flagged this article (sorted, distinct)
    ]
)

PROVISIONS = pa.schema(
    [
        ("doc_id", _str),
        ("source_file", _str),
        ("eid", _str),
        ("parent_eid", _str),
        ("ordinal", _int),  # document order
        ("depth", _int),
        ("type", _str),
        ("num", _int),
        ("suffix", _int),
        ("label", _str),
        ("heading", _str),
        ("text", _str),  # own text: label, heading, lead-in before the first child (a leaf: all of it)
        ("start", _int),  # span of the full text in the document (dataset.texts.provision_text)
        ("end", _int),
    ]
)

EDITS = pa.schema(
    [
        ("doc_id", _str),  # document containing the edit's final position (null: outside every document)
        ("page_id", _str),
        ("source_file", _str),
        ("seq", _int),  # order of the edit in the page's log
        ("step", _int),  # index of the rule run in the page's pipeline
        ("rule", _str),
        ("start", _int),  # start of the changed span in the rule's input text
        ("end", _int),
        ("before", _str),
        ("after", _str),
        ("detail", _str),  # a JSON object: why (evidence, confidence), never free text
        ("field", _str),  # null: an edit of the page text; else the metadata string it cleaned (title, issuer …)
    ]
)

ALIGNMENTS = pa.schema(
    [
        ("version_group", _str),
        ("draft_doc_id", _str),
        ("final_doc_id", _str),
        ("draft_article_no", _int),
        ("draft_article_suffix", _int),
        ("final_article_no", _int),
        ("final_article_suffix", _int),
        ("similarity", pa.float64()),
        ("status", _str),  # "matched" | "draft_only" | "final_only"
    ]
)

PAGES = pa.schema(
    [
        ("page_id", _str),
        ("source_file", _str),
        ("sha256", _str),
        ("encoding", _str),
        ("format", _str),
        ("script", _str),
        ("num_edits", _int),
        ("num_warnings", _int),
        ("warnings", _str),  # JSON list
        ("metadata", _str),  # JSON object: front matter / HTML meta
        ("ingested_text", _str),  # base of the edit log; null: no edit of the page text, its documents tile it
        ("text_sha256", _str),  # of the cleaned page text, which ingested_text and the edits give (dataset.texts.page_text)
    ]
)

FINDINGS = pa.schema(
    [
        ("doc_id", _str),  # the document concerned (null: an edit outside every document)
        ("page_id", _str),
        ("source_file", _str),
        ("config", _str),  # the config of the flagged row: documents | articles | edits
        ("eid", _str),  # articles: the article's eid (with doc_id, its key); else null
        ("label", _str),  # articles: the article's label, e.g. 第十条; else null
        ("seq", _int),  # edits: the edit's seq (with page_id, its key); else null
        ("column", _str),  # the column the check read
        ("check", _str),  # the quality check, as in documents.findings / articles.findings
        ("excerpt", _str),  # what was found, with a little context
    ]
)

#: The articles as the pipeline makes them in memory (:func:`corpus_tools.pipeline.page_columns`,
#: ``Dataset.map``'s rows): ``paragraphs`` as strings where the config stores ``paragraph_ends``.
ARTICLES_IN_MEMORY = pa.schema([pa.field("paragraphs", pa.list_(_str)) if f.name == "paragraph_ends" else f for f in ARTICLES])

#: config name -> schema, in the order the card lists them.
CONFIGS: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "articles": ARTICLES,
    "provisions": PROVISIONS,
    "edits": EDITS,
    "alignments": ALIGNMENTS,
    "pages": PAGES,
    "findings": FINDINGS,
}

#: Version of what the configs' columns hold (the card's YAML states it: ``corpus_tools.data_format``;
#: a release's changelog says what changed since the previous release's).  No statement means 1.  It is bumped
#: when a column changes and when a column gains values (a reader that checks the values it knows would reject the
#: new ones: the lead's decision, session 18).
DATA_FORMAT = 6
#: The first data format whose columns this tool's are (a later format only added values): the validator checks
#: releases of this format up to :data:`DATA_FORMAT` (their values are a subset of today's).
COLUMNS_SINCE = 4
#: What each version changed, for the changelog.
DATA_FORMAT_CHANGES: dict[int, str] = {
    2: "`edits.position` is renamed `start` (the word `--explain --json` and the edit records use), and "
       "`edits.detail` is always the text of a JSON object (`{}`, a rule's evidence, or `{\"note\": …}` for "
       "a rule's words) instead of free text for most rules",
    3: "each text is stored once: `provisions.text` is the node's own text (its label, heading and lead-in "
       "before its first child; a leaf's whole text), its full text being its document's `text[start:end]`; "
       "`pages.text` (the cleaned page) is gone, replaying the page's `edits` on `ingested_text` gives it and "
       "the new `pages.text_sha256` is its sha256 (`corpus_tools.dataset.texts.provision_texts`, `page_texts` "
       "give the whole texts on releases of either format)",
    4: "`articles.paragraphs` (the paragraphs as strings, a second copy of the body) is replaced by "
       "`articles.paragraph_ends`, where each paragraph ends in `articles.text` (a list of int32; paragraphs are "
       "separated by one newline and may hold their items' line breaks); `pages.ingested_text` is null where the "
       "page has no edit of its text and its documents tile it, their texts joined giving the page "
       "(`corpus_tools.dataset.texts.article_paragraph_lists` and `page_texts(pages, edits, documents)` give the "
       "whole texts on releases of any format)",
    5: "no column changed; `documents.doc_type` gained three values, `judicial_interpretation` (a 司法解释), "
       "`standard` (a national or local standard) and `court_document` (a judgment, ruling or mediation statement), "
       "read since session 17: a validator of data format 4 rejects a release of format 5 (it checks format 4 "
       "only, and its `doc_type` check knew none of the three); this one checks releases of formats 4 and 5",
    6: "no column changed; `edits.rule` gained `furniture_seams` (site furniture glued to the text's first or last "
       "sentence, found again once spam and recurring lines are gone; session 19): a validator of data format 5 "
       "rejects a release of format 6 that holds such an edit; this one checks releases of formats 4 to 6",
}

#: sort keys that make every config's row order deterministic.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("source_file", "ordinal"),
    "articles": ("source_file", "doc_id", "start"),
    "provisions": ("source_file", "doc_id", "ordinal"),
    "edits": ("source_file", "seq"),
    "alignments": ("version_group", "draft_doc_id", "final_doc_id", "draft_article_no", "final_article_no"),
    "pages": ("source_file",),
    "findings": ("source_file", "doc_id", "config", "eid", "seq", "column", "check"),
}
