"""``corpus-tools clean --explain``: the edit log of one page as a table or JSON lines."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from corpus_tools.records import CleanedPage, Edit

#: The fields of an edit in the log (``Edit.gap`` is in memory only).
_LOGGED = ("rule", "start", "end", "before", "after", "detail")


def edit_record(edit: Edit) -> dict[str, object]:
    """An edit as the log shows it: rule, span, before, after, detail."""
    return {name: getattr(edit, name) for name in _LOGGED}


def _show(text: str, limit: int = 40) -> str:
    shown = text.replace("\n", "⏎")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def print_explanation(cleaned: CleanedPage, *, as_json: bool = False) -> None:
    """Print every edit (rule, position, before, after, detail) and the warnings."""
    if as_json:
        for step_index, step in enumerate(cleaned.steps):
            for edit in step:
                sys.stdout.write(json.dumps({"step": step_index, **edit_record(edit)}, ensure_ascii=False) + "\n")
        for warning in cleaned.warnings:
            sys.stdout.write(json.dumps({"warning": asdict(warning)}, ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{cleaned.page.source_file}: {len(cleaned.edits)} edits, {len(cleaned.warnings)} warnings")
    for column in ("step", "rule", "position", "before", "after", "detail"):
        table.add_column(column, overflow="fold")
    for step_index, step in enumerate(cleaned.steps):
        for edit in step:
            table.add_row(str(step_index), edit.rule, str(edit.start), _show(edit.before), _show(edit.after), _show(edit.detail, 60))
    console = Console()
    console.print(table)
    for warning in cleaned.warnings:
        console.print(f"[yellow]warning[/] {warning.rule}@{warning.position}: {warning.message} {_show(warning.excerpt)}")
