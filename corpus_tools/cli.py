"""The ``corpus-tools`` command line: arguments -> library call -> summary -> exit code.

This module is the only owner of the exit codes; the library reports outcomes
(:attr:`BuildSummary.outcome <corpus_tools.dataset.build.BuildSummary.outcome>`,
:meth:`ValidationReport.verdict <corpus_tools.validation.report.ValidationReport.verdict>`,
:attr:`PublishError.kind <corpus_tools.publish.hub.PublishError>`) and the tables below
number them: 0 ok; 1 data failed validation; 2 usage or input error; 3 built but
some inputs rejected (build), or the Hub refused or failed (publish, download); 4 valid
but documents have findings and ``--strict`` was given; 5 built without the validation gate;
6 published but not tagged (publish).
``build`` exits 0 only when ``OUT_DIR`` holds the new build and it validates.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, List, NoReturn, Optional

import typer

if TYPE_CHECKING:
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
#: another build holding ``OUT_DIR``, an unreadable page for ``clean``; for ``publish``, a refused
#: request (version exists or not newer, no token, a ``--release-dir`` that is not a release folder).
EXIT_USAGE = 2
#: ``build``: ``OUT_DIR`` written and valid, but some input files were rejected (see ``rejected.jsonl``).
EXIT_REJECTED = 3
#: ``publish``/``download``: the Hub refused or failed (a concurrent commit, network, permissions): nothing was committed.
EXIT_HUB = 3
#: ``--strict`` (``build``, ``validate``): the data is valid, but some documents have quality findings
#: (``build`` still wrote ``OUT_DIR``; the findings are in its ``findings`` config).
EXIT_FINDINGS = 4
#: ``build --no-validate``: ``OUT_DIR`` written without the validation gate, so not known to be valid.
EXIT_UNVALIDATED = 5
#: ``publish``: the release commit is on the Hub's main branch, but tagging it failed (the message says
#: which commit); running the same ``publish`` again tags it.
EXIT_UNTAGGED = 6

#: :attr:`~corpus_tools.dataset.build.BuildSummary.outcome` -> exit code of ``build`` (README).
BUILD_EXIT = {
    "ok": EXIT_OK, "invalid": EXIT_INVALID, "nothing_built": EXIT_USAGE, "rejected": EXIT_REJECTED,
    "findings": EXIT_FINDINGS, "unvalidated": EXIT_UNVALIDATED,
}
#: :meth:`~corpus_tools.validation.report.ValidationReport.verdict` -> exit code of ``validate`` (docs/validate-in-ci.md).
VALIDATE_EXIT = {"valid": EXIT_OK, "invalid": EXIT_INVALID, "unusable": EXIT_USAGE, "findings": EXIT_FINDINGS}
#: :attr:`~corpus_tools.publish.hub.PublishError.kind` -> exit code of ``publish``/``download`` (docs/publishing.md).
PUBLISH_EXIT = {"refused": EXIT_USAGE, "invalid": EXIT_INVALID, "hub_failed": EXIT_HUB, "untagged": EXIT_UNTAGGED}

BUILD_EXIT_HELP = """Exit codes: 0 OUT written and valid (findings about documents are flagged in the data,
not an error); 1 the output failed validation: OUT unchanged, the build kept in OUT.invalid; 2 usage or
input error (or another build is writing OUT), nothing written; 3 OUT written and valid, but some input
files were rejected (rejected.jsonl); 4 with --strict: OUT written and valid, but documents have findings;
5 with --no-validate: OUT written, not validated."""


def build_exit_code(summary: BuildSummary) -> int:
    """The exit code of ``corpus-tools build`` for a finished build."""
    return BUILD_EXIT[summary.outcome]


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,  # never print locals: they may hold a token
    no_args_is_help=True,
    help="Turn scraped Chinese regulatory pages into a clean, structured, validated Hugging Face dataset.",
)


@app.command(epilog=BUILD_EXIT_HELP)
def build(
    raw_dir: Path = typer.Argument(..., help="Folder of raw scraped pages (searched recursively)."),
    out: Path = typer.Option(..., "--out", "-o", help="Dataset folder to write (replaced atomically)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Worker processes; the output is identical for any number."),
    reference: Optional[List[Path]] = typer.Option(None, "--reference", help="Reference corpus (file or folder) used as evidence to restore words replaced by spam. Repeatable."),
    strict: bool = typer.Option(False, "--strict", help="Exit 4 when documents have findings (residual noise, numbering anomalies, empty titles...); OUT is written all the same."),
    summary_json: Optional[Path] = typer.Option(None, "--summary-json", help="Also write the build's summary (build.json's counts, outcome, exit code, time) to this file (- for stdout)."),
    no_validate: bool = typer.Option(False, "--no-validate", help="Skip the validation gate (not recommended): exit 5 instead of 0."),
    max_line_chars: int = typer.Option(200_000, help="Reject files with a longer line."),
    follow_links: bool = typer.Option(False, "--follow-links", help="Read the files that symbolic links in RAW_DIR lead to outside it (by default such links are rejected)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Build the dataset folder OUT from the pages in RAW_DIR."""
    from corpus_tools.dataset.build import BuildSummary, build as run_build
    from corpus_tools.dataset.outdir import OutDirBusy

    try:
        summary = run_build(
            raw_dir, out, workers=workers, reference=reference or (), progress=not quiet,
            validate=not no_validate, max_line_chars=max_line_chars, strict=strict, follow_links=follow_links,
        )
    except (FileNotFoundError, OutDirBusy) as error:
        typer.echo(f"error: {error}", err=True)
        _write_summary(summary_json, {**BuildSummary(out_dir=str(out), strict=strict).to_dict(exit_code=EXIT_USAGE),
                                      "outcome": "usage", "error": str(error)})
        raise typer.Exit(EXIT_USAGE)
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


@app.command()
def clean(
    file: str = typer.Argument(..., help="A raw page, or - for standard input."),
    explain: bool = typer.Option(False, "--explain", help="Print the edits as a table instead of the text."),
    json_out: bool = typer.Option(False, "--json", help="With --explain: the edits as JSON lines."),
    model: bool = typer.Option(True, "--model/--no-model", help="Restore words spam replaced with the model of legal Chinese (the page's own gaps; no corpus)."),
) -> None:
    """Print the cleaned text of one page (words spam replaced: from the page itself and the model, no corpus)."""
    from corpus_tools.clean.explain import print_explanation
    from corpus_tools.dataset.restore import clean_alone
    from corpus_tools.ingest import IngestError, ingest_bytes

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        typer.echo(f"error: {file}: unreadable file: {error.strerror or error}", err=True)
        raise typer.Exit(EXIT_USAGE)
    try:
        page = ingest_bytes(data, "<stdin>" if file == "-" else Path(file).name)
    except IngestError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE)
    cleaned = clean_alone(page, model=model)
    if explain:
        print_explanation(cleaned, as_json=json_out)
    else:
        sys.stdout.write(cleaned.text)


@app.command()
def validate(
    path: Path = typer.Argument(..., help="A built dataset folder, or a parquet file."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write a machine-readable report to this file (- for stdout)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 4 when documents have quality findings (residual noise, empty titles, numbering anomalies, unresolved spam gaps)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes checking batches of shards (same report for any number)."),
) -> None:
    """Validate a dataset: integrity checks fail it, quality findings are reported. Exit 0 valid, 1 invalid,
    2 unusable input, 4 valid but with findings and --strict."""
    raise typer.Exit(run_validate(path, json_out=json_out, strict=strict, workers=workers))


def run_validate(path: str | Path, *, json_out: str | Path | None = None, strict: bool = False, workers: int = 1) -> int:
    """Validate ``path``, print the report, write ``json_out`` (``-``: stdout); return the exit code."""
    from corpus_tools.dataset.outdir import interrupted_swap
    from corpus_tools.validation.run import validate_path

    previous = interrupted_swap(Path(path))
    if previous is not None:
        print(f"{path} is missing: a build was killed while swapping it in; the previous dataset is in "
              f"{previous} (the next `corpus-tools build --out {path}` puts it back)", file=sys.stderr)
    report = validate_path(path, workers=workers)
    code = VALIDATE_EXIT[report.verdict(strict=strict)]
    stream = sys.stdout if code == EXIT_OK else sys.stderr
    if json_out is not None and str(json_out) == "-":
        sys.stdout.write(report.to_json(strict=strict, exit_code=code) + "\n")
        stream = sys.stderr
    elif json_out is not None:
        Path(json_out).write_text(report.to_json(strict=strict, exit_code=code) + "\n", encoding="utf-8")
    print(report.render(strict=strict), file=stream)
    return code


@app.command("export-schemas")
def export_schemas(
    out_dir: Path = typer.Option(Path("schemas"), "--out", help="Where to write the exports."),
    check: bool = typer.Option(False, "--check", help="Exit 1 if the committed exports are stale instead of writing."),
) -> None:
    """Regenerate schemas/ (JSON Schema, HF features, check descriptions) from the pandera models."""
    from corpus_tools.validation.export import export_schemas as run_export, stale_files

    if check:
        stale = stale_files(out_dir)
        for name in stale:
            typer.echo(f"stale: {out_dir / name}", err=True)
        if stale:
            typer.echo("run `corpus-tools export-schemas` and commit the result", err=True)
            raise typer.Exit(EXIT_INVALID)
        typer.echo(f"{out_dir}: up to date")
        raise typer.Exit(EXIT_OK)
    written = run_export(out_dir)
    typer.echo(f"wrote {len(written)} files to {out_dir}")
    raise typer.Exit(EXIT_OK)


@app.command()
def publish(
    build_dir: Path = typer.Argument(..., help="A built dataset folder (corpus-tools build --out)."),
    repo_id: str = typer.Option(..., "--repo-id", help="Dataset repository ORG/NAME on the Hub."),
    version: str = typer.Option(..., "--version", help="Semantic version X.Y.Z of this release; tagged vX.Y.Z."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Validate, make the release folder and the changelog, show the plan; upload nothing."),
    allow_older: bool = typer.Option(False, "--allow-older", help="Allow a version lower than the latest release (a maintenance line)."),
    private: bool = typer.Option(False, "--private", help="Create the repository private if it does not exist."),
    release_dir: Optional[Path] = typer.Option(None, "--release-dir", help="Keep the release folder here (default: a temporary folder)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Hub endpoint (default: HF_ENDPOINT or https://huggingface.co)."),
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


@app.command()
def download(
    repo_id: str = typer.Option(..., "--repo-id", help="Dataset repository ORG/NAME on the Hub."),
    version: str = typer.Option(..., "--version", help="Release X.Y.Z to fetch (tag vX.Y.Z), or 'latest'."),
    config: Optional[List[str]] = typer.Option(None, "--config", help="Only this config (repeatable); default: all."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Copy the release here (default: stay in the Hugging Face cache)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Hub endpoint (default: HF_ENDPOINT or https://huggingface.co)."),
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
