"""``corpus-tools clean --explain``: the edit log of a page as a table or JSON lines.

The words are the ``edits`` config's: ``step`` (the rule's index in
:data:`~corpus_tools.clean.CLEANING_ORDER`), ``rule``, ``start`` and ``end`` (the
changed span in the rule's input), ``before``, ``after`` and ``detail`` (a JSON
object: :func:`~corpus_tools.clean.edits.detail_json`); each JSON line adds
``source_file``, the page's name.  A warning is a JSON line ``{"source_file": …,
"warning": {rule, position, message, excerpt}}`` (a warning is at one position, not a span).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import IO

from corpus_tools.clean.edits import detail_json
from corpus_tools.records import CleanedPage, Edit

#: The fields of an edit in the log, in the ``edits`` config's order (``Edit.gap`` is in memory only).
LOGGED = ("rule", "start", "end", "before", "after", "detail")


def edit_record(edit: Edit) -> dict[str, object]:
    """An edit as ``--explain --json`` shows it: rule, span, before, after, detail (an object).

    >>> edit_record(Edit("width", 2, 3, ",", "，"))
    {'rule': 'width', 'start': 2, 'end': 3, 'before': ',', 'after': '，', 'detail': {}}
    """
    record: dict[str, object] = {name: getattr(edit, name) for name in LOGGED}
    record["detail"] = json.loads(detail_json(edit.detail))
    return record


def _show(text: str, limit: int = 40) -> str:
    shown = text.replace("\n", "⏎")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def explanation_lines(cleaned: CleanedPage) -> list[str]:
    """The JSON lines of one page: one per edit (pipeline order), then one per warning."""
    name = cleaned.page.source_file
    lines = [json.dumps({"source_file": name, "step": step_index, **edit_record(edit)}, ensure_ascii=False)
             for step_index, step in enumerate(cleaned.steps) for edit in step]
    lines += [json.dumps({"source_file": name, "warning": asdict(warning)}, ensure_ascii=False) for warning in cleaned.warnings]
    return lines


def print_explanation(cleaned: CleanedPage, *, as_json: bool = False, file: IO[str] | None = None) -> None:
    """Print every edit (step, rule, span, before, after, detail) and the warnings of one page."""
    import sys

    out = file or sys.stdout
    if as_json:
        for line in explanation_lines(cleaned):
            out.write(line + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{cleaned.page.source_file}: {len(cleaned.edits)} edits, {len(cleaned.warnings)} warnings")
    for column in ("step", *LOGGED):
        table.add_column(column, overflow="fold")
    for step_index, step in enumerate(cleaned.steps):
        for edit in step:
            table.add_row(str(step_index), edit.rule, str(edit.start), str(edit.end), _show(edit.before), _show(edit.after),
                          _show(detail_json(edit.detail), 60))
    class _Console(Console):
        def on_broken_pipe(self) -> None:  # rich would exit 1, the code of invalid data: the CLI decides
            raise BrokenPipeError

    console = _Console(file=out)
    console.print(table)
    for warning in cleaned.warnings:
        console.print(f"[yellow]warning[/] {warning.rule} at {warning.position}: {warning.message} {_show(warning.excerpt)}")
