"""A page whose structure fails stays in the dataset: its text as one document, no articles, and a finding.

Real damage this prevents: a bug of the structure stage or a metadata extractor on one page (an outline
that meets a label shape it did not foresee, a date reader given an impossible date) raised out of
:func:`corpus_tools.structure.structure_rows`, and the build rejected the page (``internal_error``): its
cleaned text, its edits and its warnings were lost with the rows the structure could not give.  The same
family as a cleaning rule's failure (:mod:`corpus_tools.clean.rule_guard`), one stage later.

What the page keeps (:func:`unstructured`): one ``main`` document holding the whole cleaned text (the
documents schema asks nothing more: its title empty, its type ``other``, no date; the quality checks
flag what is missing, as on any such page), no articles and no provisions, and a page warning of rule
``structure`` (:func:`corpus_tools.validation.quality.quarantine_warning`) that names the error, which the
findings report as ``structure_invariant`` on that document: "the build wrote every article and provision
the structure read" is exactly what fails.  In strict mode (:func:`corpus_tools.clean.rule_guard.strict`:
the tests, ``build --raise-errors``) the error is raised as it was.

**Evidence**: the exception itself; the page's cleaned text is kept whole.
"""

from __future__ import annotations

from corpus_tools.clean import rule_guard
from corpus_tools.ids import doc_id as make_doc_id
from corpus_tools.records import CleanedPage, CleanWarning, Document

def unstructured(cleaned: CleanedPage, error: Exception) -> tuple[tuple[Document, ...], list[tuple], list[tuple], list[CleanWarning]]:
    """The rows of a page whose structure raised ``error`` (call it in the ``except`` block): its whole text as
    one document, no article or provision rows, and the warning; raises ``error`` in strict mode.

    >>> import os
    >>> from corpus_tools.clean import rule_guard
    >>> from corpus_tools.records import RawPage
    >>> page = CleanedPage(RawPage("a.txt", "0", "utf-8", "text", "第一条 本条例自公布之日起施行。"), "第一条 本条例自公布之日起施行。", ())
    >>> env = os.environ.pop(rule_guard.STRICT_ENV, None)
    >>> docs, articles, provisions, warnings = unstructured(page, IndexError("label past the end"))
    >>> _ = env is None or os.environ.setdefault(rule_guard.STRICT_ENV, env)
    >>> (docs[0].text == page.text, docs[0].page_end, articles, provisions, warnings[0].rule)
    (True, 16, [], [], 'structure')
    >>> warnings[0].message.split(": ", 1)[1]
    'the whole page as one document, its articles and provisions left out: structure fails: IndexError: label past the end'
    """
    if rule_guard.strict():
        raise error
    from corpus_tools.validation import quality  # (the validation package is not loaded by a build's cleaning)

    page = cleaned.page
    text = cleaned.text
    did = make_doc_id(page.source_file, 0)
    document = Document(doc_id=did, page_id=page.page_id, source_file=page.source_file, ordinal=0, text=text,
                        page_start=0, page_end=len(text), script=cleaned.script)
    warning = quality.quarantine_warning(did, "the whole page as one document, its articles and provisions", "structure",
                                         rule_guard.error_text(error), 0, text[:40])
    return (document,), [], [], [warning]


__all__ = ["unstructured"]
