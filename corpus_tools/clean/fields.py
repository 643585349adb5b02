"""Metadata strings through the same cleaners as the text.

A title, an issuer or a document number that a file declares outside its text
(Markdown front matter, an HTML metadata box, ``<title>``, ``<meta>``) carries
the same damage as the text: ruby pinyin (``馬鞍(an)山``), spam, Traditional
characters, ASCII punctuation.  Each such string runs through
:func:`~corpus_tools.clean.clean_and_explain`, the pipeline the page text runs
through, and its edits are kept per field: the build writes them to the
``edits`` config with ``field`` naming the string (an edit of the page text has
``field`` null), so every change to a metadata value is logged and replayable
like a change to the text.  Titles and issuers read from the page text itself
are slices of the cleaned text, whose edits are the page's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from corpus_tools.clean import clean_and_explain
from corpus_tools.records import Edit

if TYPE_CHECKING:
    from corpus_tools.clean.plan import CleaningPlan

#: Edits of one field, per rule run (the same steps as the page's).
FieldSteps = tuple[tuple[Edit, ...], ...]


def clean_fields(strings: Mapping[str, str], *, plan: CleaningPlan | None = None,
                 options: Mapping[str, Mapping[str, object]] | None = None) -> tuple[dict[str, str], dict[str, FieldSteps]]:
    """Each string cleaned (by the rules of ``plan``, default all), and the edits of the strings
    the cleaners changed.  ``options`` (rule -> options) override the plan's: the page's own
    judgement, e.g. no conversion of the title of a Japanese page (``条約締結…が東京で開催``).

    >>> cleaned, steps = clean_fields({"title": "馬鞍(an)山市條例", "issuer": "常州市司法局"})
    >>> cleaned["title"], sorted(steps)
    ('马鞍山市条例', ['title'])
    """
    rules, planned = (None, None) if plan is None or plan.is_default else (plan.rules, plan.options)
    if options:
        planned = {**(planned or {}), **{rule: {**(planned or {}).get(rule, {}), **values} for rule, values in options.items()}}
    options = planned
    cleaned: dict[str, str] = {}
    steps: dict[str, FieldSteps] = {}
    for name, value in strings.items():
        result = clean_and_explain(value if value.endswith("\n") else value + "\n", rules=rules, options=options)
        cleaned[name] = result.text.strip("\n")
        if result.edits:
            steps[name] = result.steps
    return cleaned, steps
