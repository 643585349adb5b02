"""``corpus-tools clean`` over files and folders: which pages, where each clean text goes.

The pages are the files named on the command line and every file under the
folders named there (found as ``build`` finds them:
:func:`~corpus_tools.ingest.discover`, ``--include``/``--exclude``), or standard
input (``-``).  Each page is ingested and cleaned on its own (no corpus-level
restoration, which needs the whole corpus: that is ``build``), and its clean text
goes

* to standard output, for a single page without ``-o``;
* to the file ``-o FILE``, for a single page;
* under the folder ``-o FOLDER``, for several pages: a file named on the command
  line under its own name, a file found in a folder under its path relative to
  that folder (the input tree mirrored).  The text is UTF-8 whatever the input's
  format (an HTML page gives its clean text, not HTML).

A crawl's records file (``.json``, ``.jsonl``, ``.csv``, ``.tsv``:
:mod:`corpus_tools.crawl_records`) gives a page per record, as in ``build``, each named
``FILE#NNNNNN`` and written under that name in the ``-o`` folder (a records file is several
pages: it needs ``-o FOLDER``, as a folder does).

A page that cannot be read or ingested is rejected (one line on stderr naming the
file and the reason) and the others are cleaned; a warning a rule records (a word
spam replaced that nothing restores, a repair it was unsure of) goes to stderr too.
The command (:mod:`corpus_tools.cli`) turns :class:`BatchResult` into its exit code.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from corpus_tools.crawl_records import cached_records, is_records_file, record_numbered, record_page
from corpus_tools.ingest import IngestError, discover, ingest_bytes
from corpus_tools.inputs import Selection, overlapping
from corpus_tools.records import CleanedPage, CleanWarning, RawPage

STDIN = "-"


class BatchError(ValueError):
    """A request ``clean`` cannot carry out at all (a missing input, an output that would
    overwrite an input, several pages and nowhere to put them): nothing is cleaned."""


@dataclass(frozen=True)
class Page:
    """One page to clean: where to read it, its name in messages, where its text goes (None: stdout)."""

    path: Path | None  # None: standard input
    name: str
    output: Path | None
    record: int | None = None  # a record of the records file ``path`` (its number from 1)


@dataclass
class BatchResult:
    """What a batch did: pages cleaned, rejected (name, reason), warnings per page."""

    cleaned: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: int = 0
    pages_with_warnings: int = 0

    def render(self) -> str:
        line = f"cleaned {self.cleaned} page{'s' if self.cleaned != 1 else ''}"
        if self.rejected:
            line += f", rejected {len(self.rejected)}"
        if self.warnings:
            line += f"; {self.warnings} warning{'s' if self.warnings != 1 else ''} in {self.pages_with_warnings} page{'s' if self.pages_with_warnings != 1 else ''} (above)"
        return line


def plan_pages(inputs: Sequence[str], output: Path | None, selection: Selection = Selection(), *, explain: bool = False,
               text_field: str | None = None, encoding: str | None = None) -> list[Page]:
    """The pages named by ``inputs`` (files, folders, ``-``) and where each clean text goes.

    Raises :class:`BatchError` for a request that cannot be carried out: an input that
    does not exist, ``-`` with other inputs, several pages without ``-o`` (unless only the
    edits are printed: ``explain``), an output that is an input or holds one.
    """
    if not inputs:
        raise BatchError("no page given: name files or folders, or - for standard input")
    if STDIN in inputs and len(inputs) > 1:
        raise BatchError("- (standard input) cannot be cleaned together with other inputs")
    for name in inputs:
        if name != STDIN and not os.path.exists(name):
            raise BatchError(f"no such file or folder: {name}")
    folders = [name for name in inputs if name != STDIN and (os.path.isdir(name) or is_records_file(name))]
    single = len(inputs) == 1 and not folders
    if output is None and not single and not explain:
        raise BatchError("several pages (a folder, several files or a crawl's records file): give -o/--output FOLDER for "
                         "their clean texts (or --explain to print only their edits)")
    to_folder = output is not None and (not single or output.is_dir())
    written = (output,) if to_folder and output is not None else ()
    selection = Selection(selection.include, selection.exclude, written)
    pages: list[Page] = []
    for name in inputs:
        if name == STDIN:
            pages.append(Page(None, "<stdin>", output))
            continue
        path = Path(name)
        if path.is_dir():
            if output is not None and overlapping(path, output):
                raise BatchError(f"the output folder {output} is the input folder {path} or holds it: the clean texts would replace the pages")
            found, _ = selection.select(discover(path), path)
            for file in found:
                relative = file.relative_to(path)
                pages.append(Page(file, (Path(name) / relative).as_posix(), output / relative if output is not None else None))
        elif to_folder and output is not None:
            pages.append(Page(path, name, output / path.name))
        else:
            pages.append(Page(path, name, output))
    for page in pages:
        if page.path is not None and page.output is not None and _same_file(page.path, page.output):
            raise BatchError(f"{page.name}: the output {page.output} is the input itself")
    return [one for page in pages for one in _record_pages(page, text_field, encoding)]


def _record_pages(page: Page, text_field: str | None, encoding: str | None = None) -> list[Page]:
    """The pages of a records file, one per record, each written under its name (``FILE#000001``);
    any other page, or a records file that cannot be read as records (reading it says why), itself."""
    if page.path is None or not is_records_file(page.name):
        return [page]
    try:
        records, _ = _records_of(page.path, page.name, text_field, encoding)
    except (IngestError, OSError):
        return [page]
    output = page.output
    return [Page(page.path, record.name, None if output is None else output.with_name(output.name + record.name[len(page.name):]),
                 record.number) for record in records]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def read_page(page: Page, *, encoding: str | None = None, text_field: str | None = None) -> RawPage:
    """Read and ingest one page (a record of a records file: :mod:`corpus_tools.crawl_records`, its
    encoding detected), or raise IngestError naming it."""
    try:
        if page.record is not None and page.path is not None:
            file_name = page.name[:page.name.rindex("#")]
            records, codec = _records_of(page.path, file_name, text_field, encoding)
            record = record_numbered(records, page.record)
            if record is None:
                raise IngestError(page.name, "record no longer in the file (it changed meanwhile)", "changed")
            return record_page(record, codec)
        data = sys.stdin.buffer.read() if page.path is None else page.path.read_bytes()
    except OSError as error:
        raise IngestError(page.name, f"unreadable file: {error.strerror or error}", "unreadable") from None
    if is_records_file(page.name) and page.path is not None:
        _records_of(page.path, page.name, text_field, encoding)  # raises why the file gives no records
    return ingest_bytes(data, page.name, encoding=encoding)


def _records_of(path: Path, name: str, text_field: str | None, encoding: str | None) -> Any:
    """The records of the records file ``path``, parsed once for all its pages by the build's own reader's
    cache (:func:`corpus_tools.crawl_records.cached_records`; batch kept a second one, review10 F13), decoded
    with ``--encoding`` when given (it was applied to pages only)."""
    return cached_records(path, name, path.read_bytes, text_field=text_field, encoding=encoding)


def clean_pages(
    pages: Sequence[Page], clean: Callable[[RawPage], CleanedPage], *, encoding: str | None = None,
    text_field: str | None = None, on_rejected: Callable[[str, str], None], on_cleaned: Callable[[Page, CleanedPage], None],
) -> BatchResult:
    """Clean every page with ``clean``; write each clean text where it goes (``on_cleaned``
    then shows it, its edits or its warnings); report rejections through ``on_rejected``."""
    result = BatchResult()
    taken: set[Path] = set()
    for page in pages:
        if page.output is not None:
            if page.output in taken:
                result.rejected.append((page.name, f"another input has the same output {page.output}"))
                on_rejected(*result.rejected[-1])
                continue
            taken.add(page.output)
        try:
            cleaned = clean(read_page(page, encoding=encoding, text_field=text_field))
        except IngestError as error:
            result.rejected.append((page.name, error.reason))
            on_rejected(page.name, error.reason)
            continue
        if page.output is not None:
            page.output.parent.mkdir(parents=True, exist_ok=True)
            page.output.write_text(cleaned.text, encoding="utf-8")
        result.cleaned += 1
        warned = len(cleaned.warnings)
        result.warnings += warned
        result.pages_with_warnings += bool(warned)
        on_cleaned(page, cleaned)
    return result


def warning_lines(name: str, warnings: Sequence[CleanWarning]) -> Iterator[str]:
    """One line per warning: the page, the rule, where, what, the passage.

    >>> from corpus_tools.records import CleanWarning
    >>> list(warning_lines("a.html", [CleanWarning("spam_anchor", 7, "spam anchor removed, replaced word unresolved", "提升〔万博〕能力")]))
    ['warning: a.html: spam_anchor at 7: spam anchor removed, replaced word unresolved: 提升〔万博〕能力']
    """
    for warning in warnings:
        excerpt = " ".join(warning.excerpt.split())
        yield f"warning: {name}: {warning.rule} at {warning.position}: {warning.message}" + (f": {excerpt}" if excerpt else "")


__all__ = ["BatchError", "BatchResult", "Page", "clean_pages", "plan_pages", "read_page", "warning_lines"]
