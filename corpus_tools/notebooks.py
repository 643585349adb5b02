r"""A Jupyter notebook (``.ipynb`` JSON) whose cells hold a law's text: read as the page it shows.

Real damage undone: data-science notebooks that scrape a law and print it are published and crawled as
``.ipynb`` files.  The law is what a reader of the notebook sees: the output of a code cell (``print``
of the scraped text: a stream output whose ``text`` is a list of JSON strings, one printed line each,
ending in ``\n``), the value a cell displayed (``text/plain`` or ``text/markdown`` of an
``execute_result`` or ``display_data``), or a Markdown cell the author pasted it into.  Read as plain
text the page is JSON syntax (``"第一条 为了…\n",``): no line starts with a label, and a JSON page is
refused as a crawler's records, so every article was lost.

The reader takes what a notebook renders as text, in the notebook's order: Markdown and raw cells'
sources, code cells' standard output and displayed values (Markdown; HTML, read as the HTML reader reads
a fragment; text, a Python string's repr read as the string it shows), nbformat 4 and nbformat 3's
worksheets; a code cell's source (the program, not its result), standard error (warnings and logs) and
images are left out.

**Evidence**: the file is one JSON object with the notebook format's keys (``nbformat`` and a ``cells``
list, or nbformat 3's ``worksheets``), and the text read from it has a law's structure: at least
:data:`~corpus_tools.clean.containers.MIN_LED_LINES` of its lines start with a structure marker
(``第X条``, ``第X章``, ``一、``, ``（一）``).  A notebook without a law's text stays refused as JSON data.
"""

from __future__ import annotations

import json
from typing import Any

#: Output streams whose text is what the program printed for the reader (standard error holds warnings).
_STREAMS = frozenset({"stdout"})


def _joined(value: Any) -> str:
    """A notebook's multiline string: a list of lines (each with its ``\\n``) or one string.

    >>> _joined(["第一条 甲。\\n", "第二条 乙。"]), _joined("第一条"), _joined(None)
    ('第一条 甲。\\n第二条 乙。', '第一条', '')
    """
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "".join(value)
    return ""


def _cells(notebook: dict[str, Any]) -> list[Any] | None:
    """The notebook's cells (nbformat 4's ``cells``, or nbformat 3's worksheets' cells), or None."""
    if not isinstance(notebook.get("nbformat"), int):
        return None
    cells = notebook.get("cells")
    if isinstance(cells, list):
        return cells
    sheets = notebook.get("worksheets")
    if isinstance(sheets, list):
        return [c for s in sheets if isinstance(s, dict) and isinstance(s.get("cells"), list) for c in s["cells"]]
    return None


def _repr_value(text: str) -> str:
    """A displayed ``text/plain`` value: a Python string's repr (a cell that ends in the scraped text shows
    ``'第一条 …\\n第二条 …'``) read as the string it shows, else the text as it is.

    >>> print(_repr_value("'第一条 甲。\\\\n第二条 乙。'"))
    第一条 甲。
    第二条 乙。
    >>> _repr_value("'甲' + '乙'"), _repr_value("第一条 甲。")
    ("'甲' + '乙'", '第一条 甲。')
    """
    import ast

    stripped = text.strip()
    if len(stripped) < 2 or stripped[0] not in "'\"" or stripped[-1] != stripped[0]:
        return text
    try:
        node = ast.parse(stripped, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return text
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else text


def _output_text(output: Any) -> tuple[str, str]:
    """What a code cell's output shows as text, and its kind (``output``, or ``html`` for markup to read): a
    stream's standard output, a displayed value's Markdown, HTML or text (a string's repr read as the string)."""
    if not isinstance(output, dict):
        return "", ""
    kind = output.get("output_type")
    if kind == "stream":
        return (_joined(output.get("text")), "output") if output.get("name", "stdout") in _STREAMS else ("", "")
    if kind in ("execute_result", "display_data", "pyout"):
        data = output.get("data", output)  # (nbformat 3 writes the types beside output_type)
        if isinstance(data, dict):
            if "text/markdown" in data:
                return _joined(data["text/markdown"]), "output"
            if "text/html" in data or "html" in data:  # (its text/plain is the object's repr)
                return _joined(data.get("text/html", data.get("html"))), "html"
            if "text/plain" in data:
                return _repr_value(_joined(data["text/plain"])), "output"
            if "text" in data and isinstance(data["text"], (str, list)):
                return _repr_value(_joined(data["text"])), "output"
    return "", ""


def notebook_parts(data: bytes) -> tuple[list[tuple[str, str]], int] | None:
    """The texts a notebook shows, in order, as ``(kind, text)`` (``markdown``, ``raw``, ``output``), and the
    number of its cells; None when the bytes are not a notebook.

    >>> nb = {"nbformat": 4, "cells": [{"cell_type": "markdown", "source": ["# 条例\\n"]},
    ...       {"cell_type": "code", "source": ["print(law)"], "outputs": [
    ...           {"output_type": "stream", "name": "stdout", "text": ["第一条 甲。\\n", "第二条 乙。\\n"]},
    ...           {"output_type": "stream", "name": "stderr", "text": ["Warning: ssl\\n"]}]}]}
    >>> notebook_parts(json.dumps(nb, ensure_ascii=False).encode())
    ([('markdown', '# 条例\\n'), ('output', '第一条 甲。\\n第二条 乙。\\n')], 2)
    >>> notebook_parts(b'{"cells": []}'), notebook_parts(b'["a"]')
    (None, None)
    """
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(notebook, dict):
        return None
    cells = _cells(notebook)
    if cells is None:
        return None
    parts: list[tuple[str, str]] = []
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        if kind in ("markdown", "raw", "heading"):
            text = _joined(cell.get("source", cell.get("input")))
            if text.strip():
                parts.append(("markdown" if kind != "raw" else "raw", text))
        elif kind == "code":
            outputs = cell.get("outputs")
            for output in outputs if isinstance(outputs, list) else ():
                text, shown = _output_text(output)
                if text.strip():
                    parts.append((shown, text))
    return parts, len(cells)


def notebook_page(data: bytes) -> tuple[str, str, dict[str, Any]] | None:
    """A notebook read as a page: its text, the format to read that text as (``markdown`` when a Markdown
    cell gives text, else ``text``) and metadata; None when the bytes are no notebook or its text has no
    law's structure (module docstring).

    >>> nb = {"nbformat": 4, "nbformat_minor": 5, "cells": [{"cell_type": "code", "source": "import requests",
    ...       "outputs": [{"output_type": "stream", "name": "stdout",
    ...                    "text": ["某市条例\\n", "\\n", "第一条 甲。\\n", "第二条 乙。\\n", "第三条 丙。\\n"]}]}]}
    >>> text, fmt, meta = notebook_page(json.dumps(nb, ensure_ascii=False).encode())
    >>> text, fmt, meta
    ('某市条例\\n\\n第一条 甲。\\n第二条 乙。\\n第三条 丙。\\n', 'text', {'notebook': {'cells': 1, 'parts_read': 1}})
    >>> nb["cells"][0]["outputs"][0]["text"] = ["accuracy: 0.93\\n", "loss: 0.12\\n"]
    >>> notebook_page(json.dumps(nb).encode()) is None  # a notebook, but no law in it
    True
    """
    from corpus_tools.clean.containers import MIN_LED_LINES, led_lines

    read = notebook_parts(data)
    if read is None:
        return None
    parts, cells = read
    if any(kind == "html" for kind, _ in parts):
        from corpus_tools.ingest import IngestError, html_fragment_text

        def markup(fragment: str) -> str:
            try:
                return html_fragment_text(fragment, "notebook output")
            except IngestError:
                return ""

        parts = [("output", markup(t)) if kind == "html" else (kind, t) for kind, t in parts]
    text = "\n\n".join(t.rstrip("\n") for _, t in parts) + "\n" if parts else ""
    if led_lines(text) < MIN_LED_LINES:
        return None
    fmt = "markdown" if any(kind == "markdown" for kind, _ in parts) else "text"
    return text, fmt, {"notebook": {"cells": cells, "parts_read": len(parts)}}


def is_law_notebook(data: bytes) -> bool:
    """Whether the bytes are a notebook whose text is a law's (:func:`notebook_page`), read as a page."""
    return notebook_page(data) is not None


__all__ = ["is_law_notebook", "notebook_page", "notebook_parts"]
