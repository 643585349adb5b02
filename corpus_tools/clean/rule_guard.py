"""A cleaning rule that fails costs its own step, never the page.

Real damage this prevents (session 31, a blind member of the noise benchmark): one rule,
``furniture_seams``, raised ``ValueError: overlapping or unsorted edits`` on every page of one
kind of damage; the build rejected each such page as ``internal_error``, so the page's other
cleaning and every clean article on it were lost for one rule's bug.  The family is wider than
that one crash: any rule that meets a shape its author did not foresee can

* raise (an index past the end of a page cut short, a sort comparing a bool with a str on a page
  of lost GBK bytes, session 16; a lookup of a line a previous rule removed),
* return edits that cannot be replayed: overlapping or unsorted (two scanners merged without
  :func:`~corpus_tools.clean.edits.beside`), out of the text's range, negative, ``end`` before
  ``start``, or whose ``before`` is not the text at their place (a position computed on a CRLF
  page's other line ends, or on the text before a normalisation),
* return a text its edits do not give (the text changed with no edit, an edit left out of the log):
  the edit log would no longer replay to the cleaned text, which validation refuses.

The orchestrator (:func:`corpus_tools.clean.clean_and_explain`) runs each rule's step through
:func:`checked`; a step that raises or fails the check is skipped (:func:`skipped`): its step is
empty, the text is the rule's input, the state the orchestrator carries between rules (the chrome
seams, the removed indents, the column breaks) is left as it was, and a warning on the page names
the rule, the error's type and message (owner's rule: findings about a document are data; the
warning is in ``pages.warnings`` and the card's count, like every warning).  The rules after it
still run.

**Evidence** that a step failed is the exception itself, or an edit log that does not replay to the
rule's returned text: checked in one linear pass over the rule's edits (the order, the range and
each ``before``), and one join of the text, only for a rule that made edits (a rule that made none
must return its input, checked by identity first).

Strict mode (:data:`STRICT_ENV` set to anything but ``""`` or ``"0"``, or :func:`strict_rules`):
the error is raised as it was, so a test suite (``tests/conftest.py`` sets it), the fuzzer
(``benchmarks/fuzz_rules.py``) and ``build --raise-errors`` see a crashing rule's traceback.

>>> from corpus_tools.records import Edit
>>> checked("width", "本市,区", ("本市，区", [Edit("width", 2, 3, ",", "，")], []))[0]
'本市，区'
>>> try:
...     checked("width", "本市,区", ("本市，区", [Edit("width", 2, 3, ",", "，"), Edit("width", 1, 3, "市,", "市")], []))
... except InvalidEdits as error:
...     print(error)
width: overlapping or unsorted edits at 1 (width)
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from corpus_tools.clean.edits import apply_edits
from corpus_tools.records import CleanWarning, Edit

#: The environment variable that makes a failing rule raise (the tests, the fuzzer).
STRICT_ENV = "CORPUS_TOOLS_STRICT_RULES"

#: How much of an error's message the warning keeps.
_MESSAGE_CHARS = 300

_strict_override: list[bool] = []


class InvalidEdits(ValueError):
    """A rule's edits do not replay to the text it returned (see the module's docstring)."""


def strict() -> bool:
    """Whether a failing rule raises (:data:`STRICT_ENV`, or inside :func:`strict_rules`).

    >>> with strict_rules():
    ...     strict()
    True
    """
    if _strict_override:
        return _strict_override[-1]
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


@contextmanager
def strict_rules(on: bool = True) -> Iterator[None]:
    """Within the block, a failing rule raises when ``on`` (``build --raise-errors``: the maintainer wants the
    traceback, whatever :data:`STRICT_ENV` says); not ``on`` leaves the mode as it is.

    >>> with strict_rules(False):
    ...     strict() == (os.environ.get(STRICT_ENV, "") not in ("", "0"))
    True
    """
    if not on:
        yield
        return
    _strict_override.append(True)
    try:
        yield
    finally:
        _strict_override.pop()


def checked(name: str, before: str, result: Any) -> tuple[str, Sequence[Edit], list[CleanWarning]]:
    """The rule ``name``'s ``result`` on ``before`` as ``(text, edits, warnings)``, after checking that
    its edits are sorted, disjoint, inside ``before``, each ``before`` the text at its place, and that
    they give the returned text; else :class:`InvalidEdits` (a malformed result raises its own error).

    >>> checked("width", "本市", ("本市", [], []))[0]
    '本市'
    >>> try:
    ...     checked("width", "本市", ("本巿", [], []))
    ... except InvalidEdits as error:
    ...     print(error)
    width: the rule changed the text but logged no edit
    """
    text, edits, found = result
    if not edits:
        if text is not before and text != before:
            raise InvalidEdits(f"{name}: the rule changed the text but logged no edit")
        return text, edits, found
    try:
        replayed = apply_edits(before, edits)
    except ValueError as error:
        raise InvalidEdits(f"{name}: {error}") from None
    if replayed != text:
        raise InvalidEdits(f"{name}: the rule's edits do not give the text it returned")
    return text, edits, found


def skipped(name: str, error: Exception) -> CleanWarning:
    """The page's warning for the rule ``name`` that failed with ``error`` and was skipped; raises the
    error instead in strict mode (:func:`strict`).  Call it inside the ``except`` block.

    >>> env = os.environ.pop(STRICT_ENV, None)  # (a build's mode; the test suite runs strict)
    >>> warning = skipped("furniture_seams", ValueError("overlapping or unsorted edits at 12 (furniture_seams)"))
    >>> _ = env is None or os.environ.setdefault(STRICT_ENV, env)
    >>> warning.message
    'rule failed and was skipped (its edits are not applied, the text is as before it): ValueError: overlapping or unsorted edits at 12 (furniture_seams)'
    """
    if strict():
        raise error
    return CleanWarning(name, 0, "rule failed and was skipped (its edits are not applied, the text is as before it): "
                                 + error_text(error))


def error_text(error: Exception) -> str:
    r"""``error`` as a warning names it: its type and its message on one line, cut at :data:`_MESSAGE_CHARS`.

    >>> error_text(ValueError("overlapping or unsorted\n edits")), error_text(IndexError())
    ('ValueError: overlapping or unsorted edits', 'IndexError')
    """
    message = " ".join(str(error).split())
    if len(message) > _MESSAGE_CHARS:
        message = message[:_MESSAGE_CHARS] + "…"
    return f"{type(error).__name__}" + (f": {message}" if message else "")


__all__ = ["STRICT_ENV", "InvalidEdits", "checked", "error_text", "skipped", "strict", "strict_rules"]
