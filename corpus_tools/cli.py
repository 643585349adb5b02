"""The ``corpus-tools`` command line: arguments -> library call -> summary -> exit code.

This module is the only owner of the exit codes; the library reports outcomes
(:attr:`BuildSummary.outcome <corpus_tools.dataset.build.BuildSummary.outcome>`,
:meth:`ValidationReport.verdict <corpus_tools.validation.report.ValidationReport.verdict>`,
:attr:`PublishError.kind <corpus_tools.publish.hub.PublishError>`) and the tables below
number them: 0 ok; 1 data failed validation; 2 usage or input error; 3 built but
some inputs rejected (build), or the Hub refused or failed (publish, download); 4 valid
but documents have findings and ``--strict`` was given; 5 built without the validation gate;
6 published but not tagged (publish); 141 the reader of standard output closed it
(``corpus-tools clean page.html | head``): the command stopped there, quietly, as a Unix
tool killed by ``SIGPIPE`` does.
``build`` exits 0 only when ``OUT_DIR`` holds the new build and it validates.
"""

from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, List, NoReturn, Optional

import typer
import typer.core


if TYPE_CHECKING:
    from corpus_tools.config import Settings
    from corpus_tools.dataset.build import BuildSummary

# --------------------------------------------------------------------------- exit codes

#: ``build``: ``OUT_DIR`` holds the new build and it validates (documents' findings are flagged in
#: the data); ``validate``: the data is valid.
EXIT_OK = 0
#: The data failed validation: the build's own output (``OUT_DIR`` left unchanged, the build kept in
#: ``OUT_DIR.invalid``), the input of ``validate``, the build ``publish`` was given, a download that
#: does not match its manifest.
EXIT_INVALID = 1
#: Usage or input error: bad arguments, a missing folder, unusable input, no page could be built,
#: another build holding ``OUT_DIR``, no page ``clean`` could read; for ``publish``, a refused
#: request (version exists or not newer, no token, a ``--release-dir`` that is not a release folder).
EXIT_USAGE = 2
#: ``build``: ``OUT_DIR`` written and valid, but some input files were rejected (see ``rejected.jsonl``)
#: or rows of a page quarantined (finding ``structure_invariant``: articles or provisions left out);
#: ``clean``: some pages rejected, the others cleaned.
EXIT_REJECTED = 3
#: ``publish``/``download``: the Hub refused or failed (a concurrent commit, network, permissions): nothing was committed.
EXIT_HUB = 3
#: ``--strict`` (``build``, ``validate``): the data is valid, but some documents have quality findings
#: (``build`` still wrote ``OUT_DIR``; the findings are in its ``findings`` config); ``clean --strict``:
#: a rule left a warning.
EXIT_FINDINGS = 4
#: ``build --no-validate``: ``OUT_DIR`` written without the validation gate, so not known to be valid.
EXIT_UNVALIDATED = 5
#: ``publish``: the release commit is on the Hub's main branch, but tagging it failed (the message says
#: which commit); running the same ``publish`` again tags it.
EXIT_UNTAGGED = 6
#: Any command: the reader of standard output closed it before the command was done (``| head``);
#: the command stops without a traceback and exits as ``cat`` killed by ``SIGPIPE`` does (128 + 13),
#: so ``set -o pipefail`` sees it, and nothing mistakes it for invalid data (1).
EXIT_READER_GONE = 141

#: :attr:`~corpus_tools.dataset.build.BuildSummary.outcome` -> exit code of ``build`` (README).
BUILD_EXIT = {
    "ok": EXIT_OK, "invalid": EXIT_INVALID, "nothing_built": EXIT_USAGE, "rejected": EXIT_REJECTED,
    "findings": EXIT_FINDINGS, "unvalidated": EXIT_UNVALIDATED,
}
#: :meth:`~corpus_tools.validation.report.ValidationReport.verdict` -> exit code of ``validate`` (docs/validate-in-ci.md).
VALIDATE_EXIT = {"valid": EXIT_OK, "invalid": EXIT_INVALID, "unusable": EXIT_USAGE, "findings": EXIT_FINDINGS}
#: :attr:`~corpus_tools.publish.hub.PublishError.kind` -> exit code of ``publish``/``download`` (docs/publishing.md).
PUBLISH_EXIT = {"refused": EXIT_USAGE, "invalid": EXIT_INVALID, "hub_failed": EXIT_HUB, "untagged": EXIT_UNTAGGED}

BUILD_EXIT_HELP = """Exit codes: 0 OUT_DIR written and valid (findings about documents are flagged in the data,
not an error); 1 the output failed validation: OUT_DIR unchanged, the build kept in OUT_DIR.invalid; 2 usage
or input error (or another build is writing OUT_DIR, or a worker process died), nothing written; 3 OUT_DIR written and valid, but some
input files were rejected (rejected.jsonl); 4 with --strict: OUT_DIR written and valid, but documents have
findings; 5 with --no-validate: OUT_DIR written, not validated."""


def build_exit_code(summary: BuildSummary) -> int:
    """The exit code of ``corpus-tools build`` for a finished build."""
    return BUILD_EXIT[summary.outcome]


CLEAN_EXIT_HELP = """Exit codes: 0 every page cleaned (the rules' warnings, if any, on stderr with a count);
2 usage error, or no page could be read; 3 some pages rejected (each named on stderr), the others
cleaned; 4 with --strict: a rule left a warning (a word spam replaced that nothing restores, a
repair it was unsure of); 141 the reader of standard output closed it (| head)."""

#: ``--convert``: the OpenCC conversion of Traditional text (the option ``conversion`` of the rule
#: ``traditional_to_simplified``).
CONVERT_HELP = ("OpenCC conversion of Traditional text, like opencc's -c: auto (the default: t2s, tw2s, hk2s or tw2sp "
                "from each page's evidence), t2s, tw2s, hk2s, tw2sp (also Taiwan vocabulary), or none to keep Traditional script.")
ONLY_HELP = "Run only these cleaning rules (comma-separated or repeated; they run in their fixed order). See `corpus-tools rules`."
SKIP_HELP = "Do not run these cleaning rules (comma-separated or repeated)."
CONFIG_HELP = ("YAML file of settings (only, skip, rules, include, exclude, workers, text_field); it overrides the table "
               "tool.corpus-tools of ./pyproject.toml, and the command line overrides both.")
#: The options that choose the cleaning rules, the same for ``build`` and ``clean``.
ONLY_OPTION = typer.Option(None, "--only", metavar="RULES", help=ONLY_HELP)
SKIP_OPTION = typer.Option(None, "--skip", metavar="RULES", help=SKIP_HELP)
CONVERT_OPTION = typer.Option(None, "--convert", metavar="CONVERSION", help=CONVERT_HELP)
CONFIG_OPTION = typer.Option(None, "--config", metavar="FILE", help=CONFIG_HELP)


@lru_cache(maxsize=1)
def _plain_coercion() -> Any:
    """typer's coercion of a parameter, without pydantic, for the plain types the commands use.

    typer (0.16 and later) checks every parameter's value through a pydantic ``TypeAdapter``
    built when the command runs: importing pydantic and building the adapters of ``clean``'s
    fourteen parameters cost about 0.1 CPU-s of every ``corpus-tools clean`` of one page.  For
    ``str``, ``Path``, lists of them (no ``parser``, no file) and flags the parser already made
    ``bool``, the check is typer's own without pydantic: a ``str`` as given, a ``Path`` made
    from it and checked by typer's ``coerce_cli_path`` (the same messages); anything else
    (``int`` with ``min``, a value not from the command line, a typer without this layer)
    keeps typer's way.  None when typer has no such layer (it needs no pydantic then)."""
    try:
        from typer._coercion import RuntimeParam, build_runtime_param, resolve_type_descriptor
        from typer._param_types import coerce_cli_path
    except ImportError:  # pragma: no cover - typer before 0.16: no pydantic either
        return None

    class PlainCoercion(RuntimeParam):  # type: ignore[misc, valid-type]
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            many = _is_list(self.annotation)
            items = (list(value) if isinstance(value, (list, tuple)) else [value]) if many else [value]
            leaf = self.annotation.__args__[0] if many else self.annotation
            if leaf is bool and isinstance(value, bool):
                return value
            if leaf is bool or not all(isinstance(item, str) or (leaf is Path and isinstance(item, Path)) for item in items):
                # not as a command line gives it: typer's way
                typer_way = build_runtime_param(resolve_type_descriptor(self.annotation, self.parameter_info))
                return typer_way._coerce_value(value, param=param, ctx=ctx)
            out = [item if leaf is str else coerce_cli_path(Path(item), self.parameter_info, path_type=Path, param=param, ctx=ctx)
                   for item in items]
            return out if many else out[0]

    return PlainCoercion


def _is_list(annotation: Any) -> bool:
    return getattr(annotation, "__origin__", None) is list


#: The annotations :func:`_plain_coercion` checks (the others go through typer's pydantic adapters).
_PLAIN = {str, Path, bool, List[str], List[Path]}


def _check_plainly(param: Any) -> None:
    """Give ``param`` :func:`_plain_coercion`'s check when its type is plain (see there)."""
    plain = _plain_coercion()
    descriptor = getattr(param, "type_descriptor", None)
    if (plain is not None and descriptor is not None and descriptor.annotation in _PLAIN
            and descriptor.file_annotation is None and descriptor.parameter_info.parser is None
            and getattr(param, "_runtime_param", None) is None):
        param._runtime_param = plain(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)


class _NamesNotTypes:
    """Help that shows names, not types: ``Usage: corpus-tools build [OPTIONS] RAW_DIR``, flags
    without ``<bool>``, options with their metavar (``--workers N``) instead of typer's ``<int>``
    or ``<list[Path]>``, arguments without ``{raw_dir}``.  Plain parameters are checked without
    pydantic (:func:`_plain_coercion`)."""

    params: list
    options_metavar: str | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            _check_plainly(param)
            if param.param_type_name == "argument":  # typer's own click: no isinstance with the click package
                param.display_type_rich = lambda ctx: None  # the argument's name says it; no "<path>"
            if param.metavar is not None:
                continue
            if param.param_type_name == "argument":
                param.metavar = (param.name or "").upper()
            elif param.param_type_name == "option":
                param.metavar = "" if getattr(param, "is_flag", False) else (param.name or "").upper()

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.metavar = ""
            _check_plainly(option)
        return option


class _Command(_NamesNotTypes, typer.core.TyperCommand):
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = (param.metavar or "").rstrip(".") + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces


class _Group(_NamesNotTypes, typer.core.TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _reader_gone()


def _reader_gone() -> NoReturn:
    """Standard output's reader closed it (``| head``): stop, exit :data:`EXIT_READER_GONE`.

    Click would exit 1 (the code of invalid data) and Python would print ``BrokenPipeError``
    while flushing at exit; standard output is pointed at ``os.devnull`` so that final flush
    has somewhere to go."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor (a test's captured stream)
        pass
    raise typer.Exit(EXIT_READER_GONE)


app = typer.Typer(
    cls=_Group,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # never print locals: they may hold a token
    no_args_is_help=True,
    help="Turn scraped Chinese regulatory pages into a clean, structured, validated Hugging Face dataset.",
)


def _print_version(value: bool) -> None:
    if value:
        from corpus_tools import __version__

        typer.echo(f"corpus-tools {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn scraped Chinese regulatory pages into a clean, structured, validated Hugging Face dataset."""


def _names(values: Optional[List[str]]) -> Optional[List[str]]:
    """Repeated and comma-separated values as one list (None when none was given).

    >>> _names(["width,blank_lines", "hard_wraps"]), _names(None)
    (['width', 'blank_lines', 'hard_wraps'], None)
    """
    if not values:
        return None
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _settings(
    *, only: Optional[List[str]], skip: Optional[List[str]], convert: Optional[str], config: Optional[Path],
    include: Optional[List[str]] = None, exclude: Optional[List[str]] = None, workers: Optional[int] = None,
    text_field: Optional[str] = None,
) -> Settings:
    """The run's settings (defaults < ./pyproject.toml < --config < the command line), or exit 2 with the reason."""
    from corpus_tools.clean.rules import TRADITIONAL_TO_SIMPLIFIED  # here: importing the rules costs --help 0.4 s
    from corpus_tools.config import ConfigError, resolve

    command_line = {
        "only": _names(only), "skip": _names(skip), "include": include or None, "exclude": exclude or None, "workers": workers,
        "text_field": text_field,
        "rules": {TRADITIONAL_TO_SIMPLIFIED: {"conversion": convert}} if convert is not None else None,
    }
    try:
        return resolve(command_line, config_file=config)
    except (ConfigError, ValueError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


@app.command(cls=_Command, epilog=BUILD_EXIT_HELP)
def build(
    raw_dir: Path = typer.Argument(..., metavar="RAW_DIR", help="Folder of raw scraped pages (searched recursively)."),
    out: Path = typer.Option(..., "--out", "-o", metavar="OUT_DIR", help="Dataset folder to write (replaced atomically; never read as input, even inside RAW_DIR)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, metavar="N", help="Worker processes (default 1); the output is identical for any number."),
    reference: Optional[List[Path]] = typer.Option(None, "--reference", metavar="PATH", help="Reference corpus (file or folder) used as evidence to restore words replaced by spam. Repeatable."),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help="Read only the files matching this glob (repeatable; `*.html`, `govcn/**`: see README)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help="Never read the files matching this glob (repeatable)."),
    only: Optional[List[str]] = ONLY_OPTION,
    skip: Optional[List[str]] = SKIP_OPTION,
    convert: Optional[str] = CONVERT_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    strict: bool = typer.Option(False, "--strict", help="Exit 4 when documents have findings (residual noise, numbering anomalies, empty titles...); OUT_DIR is written all the same."),
    summary_json: Optional[Path] = typer.Option(None, "--summary-json", metavar="FILE", help="Also write the build's summary (build.json's counts, outcome, exit code, time) to this file (- for stdout)."),
    no_validate: bool = typer.Option(False, "--no-validate", help="Skip the validation gate (not recommended): exit 5 instead of 0."),
    max_line_chars: Optional[int] = typer.Option(None, min=1, metavar="N", show_default=False, help="Reject files with a line longer than N characters (default: ingest's limit, README \"Bad input\")."),
    follow_links: bool = typer.Option(False, "--follow-links", help="Read the files that symbolic links in RAW_DIR lead to outside it (by default such links are rejected)."),
    text_field: Optional[str] = typer.Option(None, "--text-field", metavar="NAME", help="The text field of a crawl's records (.json, .jsonl, .csv, .tsv: one page per record); default: the first of content, text, body, article, html, 正文, 内容… the records hold (README, \"Crawl records\")."),
    raise_errors: bool = typer.Option(False, "--raise-errors", help="Stop at the first page corpus-tools fails on, with the error's traceback (by default the page is rejected as internal_error and the rest builds)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress on stderr (the summary is still printed)."),
) -> None:
    """Build the dataset folder OUT_DIR from the pages in RAW_DIR."""
    from corpus_tools.dataset.build import BuildRefused, BuildSummary, build as run_build
    from corpus_tools.dataset.outdir import OutDirBusy
    from corpus_tools.pool import WorkerDied

    def refuse(message: str) -> NoReturn:
        typer.echo(f"error: {message}", err=True)
        _write_summary(summary_json, {**BuildSummary(out_dir=str(out), strict=strict).to_dict(exit_code=EXIT_USAGE),
                                      "outcome": "usage", "error": message})
        raise typer.Exit(EXIT_USAGE)

    unwritable = _unwritable(summary_json, "--summary-json")
    if unwritable:
        typer.echo(f"error: {unwritable}; nothing built", err=True)
        raise typer.Exit(EXIT_USAGE)
    settings = _settings(only=only, skip=skip, convert=convert, config=config, include=include, exclude=exclude, workers=workers,
                         text_field=text_field)
    try:
        summary = run_build(
            raw_dir, out, workers=settings.workers, reference=reference or (), progress=not quiet,
            validate=not no_validate, strict=strict, plan=settings.plan,
            include=settings.include, exclude=settings.exclude, follow_links=follow_links, text_field=settings.text_field,
            raise_errors=raise_errors, **({} if max_line_chars is None else {"max_line_chars": max_line_chars}),
        )
    except (FileNotFoundError, BuildRefused, OutDirBusy, WorkerDied) as error:
        refuse(str(error))
    typer.echo(summary.render(), err=True)
    if summary.outcome == "nothing_built":
        typer.echo("error: no page could be built; nothing written", err=True)
    code = build_exit_code(summary)
    _write_summary(summary_json, summary.to_dict(exit_code=code))
    raise typer.Exit(code)


def _write_summary(target: Path | None, data: dict) -> None:
    """``--summary-json``: the summary as JSON into ``target`` (``-``: stdout)."""
    if target is None:
        return
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if str(target) == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8")


@app.command(cls=_Command, epilog=CLEAN_EXIT_HELP)
def clean(
    inputs: List[str] = typer.Argument(..., metavar="PATH...", help="Raw pages: files, folders (searched recursively), or - for standard input."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="PATH", help="Where the clean text goes: a file for one page, a folder for several (the input tree mirrored, names kept). Default: standard output, for one page."),
    explain: bool = typer.Option(False, "--explain", help="Print the edits (step, rule, start, end, before, after, detail) as a table instead of the text."),
    json_out: bool = typer.Option(False, "--json", help="Print the edits as JSON lines (implies --explain)."),
    encoding: Optional[str] = typer.Option(None, "--encoding", metavar="CODEC", help="Decode the pages with this codec (gbk, gb18030, big5, utf-8...) instead of detecting it."),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help="In folders: clean only the files matching this glob (repeatable)."),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help="In folders: never clean the files matching this glob (repeatable)."),
    only: Optional[List[str]] = ONLY_OPTION,
    skip: Optional[List[str]] = SKIP_OPTION,
    convert: Optional[str] = CONVERT_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    model: bool = typer.Option(True, "--model/--no-model", help="Restore words spam replaced with the model of legal Chinese (each page's own gaps; no corpus)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 4 when a rule left a warning."),
    text_field: Optional[str] = typer.Option(None, "--text-field", metavar="NAME", help="The text field of a crawl's records (.json, .jsonl, .csv, .tsv: one page per record, written as FILE#NNNNNN under -o FOLDER); default: found by name."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No warnings and no summary on stderr (rejected pages are still named)."),
) -> None:
    """Print or write the clean text of pages, each cleaned on its own.

    A word spam replaced is restored from the page itself and the model of legal Chinese;
    restoring from a whole corpus is `build`."""
    from corpus_tools.batch import BatchError, clean_pages, plan_pages, warning_lines
    from corpus_tools.clean.explain import print_explanation
    from corpus_tools.ingest import known_encoding
    from corpus_tools.inputs import Selection
    from corpus_tools.dataset.restore import clean_alone

    explain = explain or json_out
    settings = _settings(only=only, skip=skip, convert=convert, config=config, include=include, exclude=exclude,
                         text_field=text_field)
    if encoding is not None and not known_encoding(encoding):
        typer.echo(f"error: unknown encoding {encoding!r} (a Python codec name: gbk, gb18030, big5, utf-8...)", err=True)
        raise typer.Exit(EXIT_USAGE)
    if output is not None and str(output).endswith(("/", "\\")):
        output.mkdir(parents=True, exist_ok=True)  # "-o out/" names a folder even for one page
    try:
        pages = plan_pages(inputs, output, Selection(settings.include, settings.exclude), explain=explain,
                           text_field=settings.text_field, encoding=encoding)
    except BatchError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None

    def rejected(name: str, reason: str) -> None:
        typer.echo(f"error: {name}: {reason}", err=True)

    def cleaned(page: Any, result: Any) -> None:
        if explain:
            print_explanation(result, as_json=json_out)
        elif page.output is None:
            sys.stdout.write(result.text)
        if not quiet:
            for line in warning_lines(page.name, result.warnings):
                typer.echo(line, err=True)

    plan = settings.plan
    result = clean_pages(pages, lambda raw: clean_alone(raw, model=model, plan=plan), encoding=encoding,
                         text_field=settings.text_field, on_rejected=rejected, on_cleaned=cleaned)
    if not quiet and (len(pages) > 1 or result.warnings):
        typer.echo(result.render(), err=True)
    if not result.cleaned:
        raise typer.Exit(EXIT_USAGE)
    if result.rejected:
        raise typer.Exit(EXIT_REJECTED)
    raise typer.Exit(EXIT_FINDINGS if strict and result.warnings else EXIT_OK)


@app.command(cls=_Command)
def rules() -> None:
    """List the cleaning rules in the order they run, with their step and options.

    The names are those --only, --skip and --config take; the step is the one of their edits."""
    from corpus_tools.clean import CLEANING_ORDER
    from corpus_tools.clean.plan import RULE_OPTIONS, rule_summary

    for step, (name, rule) in enumerate(CLEANING_ORDER):
        typer.echo(f"{step:2d}  {name:<26} {rule_summary(rule)}")
        for option, values in RULE_OPTIONS.get(name, {}).items():
            typer.echo(f"    {'':<26} option {option}: {' | '.join(values)} (default {values[0]})")


@app.command(cls=_Command)
def validate(
    path: Path = typer.Argument(..., metavar="PATH", help="A built dataset folder, or a parquet file."),
    json_out: Optional[Path] = typer.Option(None, "--json", metavar="FILE", help="Also write a machine-readable report to this file (- for stdout)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 4 when documents have quality findings (residual noise, empty titles, numbering anomalies, unresolved spam gaps)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, metavar="N", help="Processes checking batches of shards (same report for any number)."),
) -> None:
    """Validate a dataset: integrity checks fail it, quality findings are reported.

    The report goes to stdout. Exit 0 valid, 1 invalid, 2 unusable input, 4 valid but with
    findings and --strict."""
    raise typer.Exit(run_validate(path, json_out=json_out, strict=strict, workers=workers))


def run_validate(path: str | Path, *, json_out: str | Path | None = None, strict: bool = False, workers: int = 1) -> int:
    """Validate ``path``, print the report, write ``json_out`` (``-``: stdout); return the exit code."""
    from corpus_tools.dataset.outdir import interrupted_swap
    from corpus_tools.validation.run import validate_path

    unwritable = _unwritable(json_out, "--json")
    if unwritable:
        print(f"error: {unwritable}; nothing validated", file=sys.stderr)
        return EXIT_USAGE
    previous = interrupted_swap(Path(path))
    if previous is not None:
        print(f"{path} is missing: a build was killed while swapping it in; the previous dataset is in "
              f"{previous} (the next `corpus-tools build --out {path}` puts it back)", file=sys.stderr)
    import pyarrow as pa

    # Arrow's default pool keeps what a huge row's columns freed: the system allocator returns
    # it (a 30 MB row: peak 397 -> 300 MB; same CPU on govcn, 1.9 s either way)
    pa.set_memory_pool(pa.system_memory_pool())
    report = validate_path(path, workers=workers)
    verdict = report.verdict(strict=strict)
    code = VALIDATE_EXIT[verdict]
    stream = sys.stdout  # the report is the command's output: `validate > report.txt` holds it
    if json_out is not None and str(json_out) == "-":
        sys.stdout.write(report.to_json(strict=strict, exit_code=code) + "\n")
        stream = sys.stderr  # stdout holds the JSON
    elif json_out is not None:
        try:
            Path(json_out).write_text(report.to_json(strict=strict, exit_code=code) + "\n", encoding="utf-8")
        except OSError as error:
            print(report.render(strict=strict), file=stream)
            print(f"error: --json {json_out}: cannot write the report ({error.strerror or error})", file=sys.stderr)
            return EXIT_USAGE
    print(report.render(strict=strict), file=stream)
    if code != EXIT_OK:
        what = {"invalid": "is invalid: integrity checks failed", "unusable": "could not be validated",
                "findings": "is valid, but documents have findings (--strict)"}[verdict]
        print(f"error: {path} {what} (exit {code}; the report says which)", file=sys.stderr)
    return code


def _unwritable(target: str | Path | None, option: str) -> str | None:
    """Why the file an option names (``-``: stdout) cannot be written, checked before the work whose
    result it would hold; None when it can (its folder exists and it is not a folder)."""
    if target is None or str(target) == "-":
        return None
    target = Path(target)
    if target.is_dir():
        return f"{option} {target}: is a folder, not a file"
    folder = target.parent
    if not folder.is_dir():
        return f"{option} {target}: folder {folder} does not exist"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{option} {target}: folder {folder} is not writable"
    return None


@app.command("export-schemas", cls=_Command)
def export_schemas(
    out_dir: Path = typer.Option(Path("schemas"), "--out", metavar="DIR", help="Where to write the exports."),
    check: bool = typer.Option(False, "--check", help="Compare instead of writing: exit 1 if an export is stale or missing, 2 if DIR holds none (not a checkout)."),
) -> None:
    """Regenerate schemas/ (JSON Schema, HF features, check descriptions) from the pandera models."""
    from corpus_tools.validation.export import export_schemas as run_export, export_states

    if check:
        states = export_states(out_dir)
        if all(state == "missing" for state in states.values()):
            typer.echo(f"error: no exported schemas in {out_dir}: --check compares the committed exports of a "
                       "corpus-tools checkout with the models; run it at the root of the repository, or give "
                       "--out DIR where the exports are", err=True)
            raise typer.Exit(EXIT_USAGE)
        for name, state in states.items():
            if state != "current":
                typer.echo(f"{state}: {out_dir / name}", err=True)
        if any(state != "current" for state in states.values()):
            typer.echo("run `corpus-tools export-schemas` and commit the result", err=True)
            raise typer.Exit(EXIT_INVALID)
        typer.echo(f"{out_dir}: up to date")
        raise typer.Exit(EXIT_OK)
    written = run_export(out_dir)
    typer.echo(f"wrote {len(written)} files to {out_dir}")
    raise typer.Exit(EXIT_OK)


@app.command(cls=_Command)
def publish(
    build_dir: Path = typer.Argument(..., metavar="BUILD_DIR", help="A built dataset folder (corpus-tools build --out)."),
    repo_id: str = typer.Option(..., "--repo-id", metavar="ORG/NAME", help="Dataset repository ORG/NAME on the Hub."),
    version: str = typer.Option(..., "--version", metavar="X.Y.Z", help="Semantic version X.Y.Z of this release; tagged vX.Y.Z."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate, make the release folder and the changelog, show the plan; upload nothing."),
    allow_older: bool = typer.Option(False, "--allow-older", help="Allow a version lower than the latest release (a maintenance line)."),
    private: bool = typer.Option(False, "--private", help="Create the repository private if it does not exist."),
    release_dir: Optional[Path] = typer.Option(None, "--release-dir", metavar="DIR", help="Keep the release folder here (default: a temporary folder)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", metavar="URL", help="Hub endpoint (default: HF_ENDPOINT or https://huggingface.co)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress messages."),
) -> None:
    """Publish BUILD_DIR as release X.Y.Z: validated, one commit, tagged vX.Y.Z."""
    from corpus_tools.publish.hub import PublishError, publish as run_publish

    def log(message: str) -> None:
        if not quiet:
            typer.echo(message, err=True)

    try:
        result = run_publish(
            build_dir, repo_id, version, dry_run=dry_run, allow_older=allow_older, private=private,
            endpoint=endpoint, release_dir=release_dir, log=log,
        )
    except PublishError as error:
        _publish_failed(error)
    typer.echo(result.render())
    raise typer.Exit(EXIT_OK)


@app.command(cls=_Command)
def download(
    repo_id: str = typer.Option(..., "--repo-id", metavar="ORG/NAME", help="Dataset repository ORG/NAME on the Hub."),
    version: str = typer.Option(..., "--version", metavar="X.Y.Z", help="Release X.Y.Z to fetch (tag vX.Y.Z), or 'latest'."),
    config: Optional[List[str]] = typer.Option(None, "--config", metavar="CONFIG", help="Only this config (repeatable); default: all."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="DIR", help="Copy the release here (default: stay in the Hugging Face cache)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", metavar="URL", help="Hub endpoint (default: HF_ENDPOINT or https://huggingface.co)."),
) -> None:
    """Fetch a release, verify it against its MANIFEST.json, and say where it is."""
    from corpus_tools.publish.hub import PublishError, download as run_download

    try:
        result = run_download(repo_id, version, configs=config or None, out_dir=out, endpoint=endpoint)
    except PublishError as error:
        _publish_failed(error)
    typer.echo(result.render())
    raise typer.Exit(EXIT_OK)


def _publish_failed(error: Exception) -> NoReturn:
    """Report a refused or failed publish/download (details first) and exit with its code.
    The token is never printed."""
    details = getattr(error, "details", None)
    if details:
        typer.echo(details, err=True)
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(PUBLISH_EXIT[error.kind])


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
