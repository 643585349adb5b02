"""One page through every cleaning rule: :func:`clean_page`, a :class:`RawPage` -> a :class:`CleanedPage`.

This is all ``corpus-tools clean`` needs of the pipeline, so it lives apart
from :mod:`corpus_tools.pipeline` (structure, Arrow columns): cleaning one page
from a shell loop imports neither the structure parser nor pyarrow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.fields import clean_fields, declared_strings
from corpus_tools.clean.rules import (HARD_WRAPS, LOST_LINE_BREAKS, RECURRING_FURNITURE, SPAM_ANCHOR, SPAM_WRAPS,
                                      TRADITIONAL_TO_SIMPLIFIED)
from corpus_tools.clean.script import detect_script, page_language
from corpus_tools.records import CleanedPage, RawPage

if TYPE_CHECKING:
    from corpus_tools.clean.plan import CleaningPlan


#: The rules that join or split lines as a law's layout does (a PDF's wraps, line breaks a crawler lost).  A QA or RAG
#: dump's record (:func:`corpus_tools.crawl_records.is_qa_record`) does not go through them: its lines are a question's
#: stem, statement and instruction, or an answer's, as their writer set them (lead's decision, session 19; field test
#: 18 F18-S3: lawyer-llama's statement joined to its instruction, ``…并非必须采用书面形式请给出详细的推理过程…``).
LINE_STRUCTURE_RULES = frozenset({LOST_LINE_BREAKS, HARD_WRAPS})


def clean_page(
    page: RawPage,
    *,
    restorations: Mapping[int, object] | None = None,
    plan: CleaningPlan | None = None,
    recurring: frozenset[str] | None = None,
    brands: frozenset[str] | None = None,
) -> CleanedPage:
    """Run the cleaners over one page (every rule, or those of ``plan`` with its options) and
    its declared metadata strings; keep the per-step edit log.  ``recurring`` are the lines of
    the page's site chrome the build found (:mod:`corpus_tools.dataset.recurring`), for the
    ``recurring_furniture`` rule; ``brands`` the brand names the build learned for the page's
    site (:mod:`corpus_tools.dataset.learned_brands`), for the ``spam_anchor`` rule.

    >>> from corpus_tools.records import RawPage
    >>> clean_page(RawPage("a.txt", "0", "utf-8", "text", "本市,区\\n")).text
    '本市，区\\n'
    """
    rules, options = (None, None) if plan is None or plan.is_default else (plan.rules, plan.options)
    if recurring:
        options = {**(options or {}), RECURRING_FURNITURE: {**(options or {}).get(RECURRING_FURNITURE, {}), "recurring": recurring}}
    if brands:
        options = {**(options or {}), SPAM_ANCHOR: {**(options or {}).get(SPAM_ANCHOR, {}), "brands": brands},
                   SPAM_WRAPS: {**(options or {}).get(SPAM_WRAPS, {}), "brands": brands}}
    # a Japanese or Korean page (people.cn's Japanese edition): no Chinese text to convert, nor its metadata
    unconverted = {TRADITIONAL_TO_SIMPLIFIED: {"conversion": "none"}} if page_language(page.text) else None
    if unconverted:
        options = {**(options or {}), TRADITIONAL_TO_SIMPLIFIED: {
            **(options or {}).get(TRADITIONAL_TO_SIMPLIFIED, {}), "conversion": "none"}}
    # (a Markdown page's one-line list items are whole blocks too: ingest._markdown_blocks)
    headings = (*page.metadata.get("heading_lines", ()), *page.metadata.get("list_item_lines", ())) if page.metadata else None
    if headings:  # the headings the page's markup sets apart (ingest): no wrap is joined across one
        options = {**(options or {}), HARD_WRAPS: {**(options or {}).get(HARD_WRAPS, {}), "headings": tuple(headings)}}
    if page.metadata and page.metadata.get("split_title"):  # a title the reader found broken in two (F17-L1)
        options = {**(options or {}), HARD_WRAPS: {**(options or {}).get(HARD_WRAPS, {}),
                                                   "split_title": page.metadata["split_title"]}}
    if page.metadata and (page.metadata.get("crawl_record") or {}).get("qa_record"):
        rules = [name for name in (rules if rules is not None else RULE_NAMES) if name not in LINE_STRUCTURE_RULES]
    # a web crawl's record holding a page's extracted blocks, one a line (CCNet's raw_content): its lines are read
    # as an HTML page's, no wrap joined from line-length evidence alone (crawl_records.is_web_blocks_record)
    if page.metadata and (page.metadata.get("crawl_record") or {}).get("web_blocks"):
        options = {**(options or {}), HARD_WRAPS: {**(options or {}).get(HARD_WRAPS, {}), "source_blocks": True}}
    # a crawl record's list of one-line paragraphs: each line one of the record's blocks, a paragraph mark where the
    # page's lines end sentences (crawl_records.one_line_items, clean/paragraph_marks.py; F25-A2)
    if page.metadata and (page.metadata.get("crawl_record") or {}).get("line_blocks"):
        options = {**(options or {}), HARD_WRAPS: {**(options or {}).get(HARD_WRAPS, {}), "line_blocks": True}}
    result = clean_and_explain(page.text, restorations=restorations, source_format=page.format, rules=rules, options=options)
    if page.metadata:
        fields, field_steps = clean_fields(declared_strings(page.metadata), plan=plan, options=unconverted)
    else:
        fields, field_steps = {}, {}
    converted = ((rules is None or TRADITIONAL_TO_SIMPLIFIED in rules)
                 and (options or {}).get(TRADITIONAL_TO_SIMPLIFIED, {}).get("conversion") != "none")
    return CleanedPage(
        page=page,
        text=result.text,
        edits=result.edits,
        warnings=result.warnings,
        script=_source_script(page.text, result.steps, converted=converted),
        steps=result.steps,
        fields=fields,
        field_steps=field_steps,
    )


_SCRIPT_STEP = RULE_NAMES.index(TRADITIONAL_TO_SIMPLIFIED)


def _source_script(ingested: str, steps: tuple, *, converted: bool = True) -> str:
    """The page's source script; nothing converted by a conversion that ran means Simplified
    (no second scan)."""
    if converted and steps and not steps[_SCRIPT_STEP]:
        return "simplified"
    return detect_script(ingested)


__all__ = ["LINE_STRUCTURE_RULES", "clean_page"]
