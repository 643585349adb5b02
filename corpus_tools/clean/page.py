"""One page through every cleaning rule: :func:`clean_page`, a :class:`RawPage` -> a :class:`CleanedPage`.

This is all ``corpus-tools clean`` needs of the pipeline, so it lives apart
from :mod:`corpus_tools.pipeline` (structure, Arrow columns): cleaning one page
from a shell loop imports neither the structure parser nor pyarrow.
"""

from __future__ import annotations

from typing import Mapping

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.fields import clean_fields
from corpus_tools.clean.rules import TRADITIONAL_TO_SIMPLIFIED
from corpus_tools.clean.script import detect_script
from corpus_tools.records import CleanedPage, RawPage


def clean_page(page: RawPage, *, restorations: Mapping[int, object] | None = None) -> CleanedPage:
    """Run every cleaner over one page; keep the per-step edit log.

    >>> from corpus_tools.records import RawPage
    >>> clean_page(RawPage("a.txt", "0", "utf-8", "text", "本市,区\\n")).text
    '本市，区\\n'
    """
    result = clean_and_explain(page.text, restorations=restorations, source_format=page.format)
    if page.metadata:
        from corpus_tools.structure.metadata import declared_strings  # only pages that declare metadata

        fields, field_steps = clean_fields(declared_strings(page.metadata))
    else:
        fields, field_steps = {}, {}
    return CleanedPage(
        page=page,
        text=result.text,
        edits=result.edits,
        warnings=result.warnings,
        script=_source_script(page.text, result.steps),
        steps=result.steps,
        fields=fields,
        field_steps=field_steps,
    )


_SCRIPT_STEP = RULE_NAMES.index(TRADITIONAL_TO_SIMPLIFIED)


def _source_script(ingested: str, steps: tuple) -> str:
    """The page's source script; nothing converted means Simplified (no second scan)."""
    if steps and not steps[_SCRIPT_STEP]:
        return "simplified"
    return detect_script(ingested)


__all__ = ["clean_page"]
