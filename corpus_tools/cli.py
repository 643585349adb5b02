"""The ``corpus-tools`` command line: arguments -> library call -> summary -> exit code.

Exit codes: 0 ok; 1 data failed validation; 2 usage or input error;
3 (build only) built and valid, but some input files were rejected.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_show_locals=False,  # never print locals: they may hold a token
    no_args_is_help=True,
    help="Turn scraped Chinese regulatory pages into a clean, structured, validated Hugging Face dataset.",
)


@app.command()
def build(
    raw_dir: Path = typer.Argument(..., help="Folder of raw scraped pages (searched recursively)."),
    out: Path = typer.Option(..., "--out", "-o", help="Dataset folder to write (replaced atomically)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Worker processes; the output is identical for any number."),
    reference: Optional[List[Path]] = typer.Option(None, "--reference", help="Reference corpus (file or folder) used as evidence to restore words replaced by spam. Repeatable."),
    no_validate: bool = typer.Option(False, "--no-validate", help="Skip the validation gate (not recommended)."),
    max_line_chars: int = typer.Option(200_000, help="Reject files with a longer line."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Build the dataset folder OUT from the pages in RAW_DIR."""
    from corpus_tools.dataset.build import EXIT_USAGE, build as run_build

    try:
        summary = run_build(
            raw_dir, out, workers=workers, reference=reference or (), progress=not quiet,
            validate=not no_validate, max_line_chars=max_line_chars,
        )
    except FileNotFoundError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE)
    typer.echo(summary.render(), err=True)
    if summary.pages == 0 and not summary.validation_errors:
        typer.echo("error: no page could be built; nothing written", err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def clean(
    file: str = typer.Argument(..., help="A raw page, or - for standard input."),
    explain: bool = typer.Option(False, "--explain", help="Print the edits as a table instead of the text."),
    json_out: bool = typer.Option(False, "--json", help="With --explain: the edits as JSON lines."),
) -> None:
    """Print the cleaned text of one page (no corpus-level restoration)."""
    from corpus_tools.clean.explain import print_explanation
    from corpus_tools.ingest import IngestError, ingest_bytes
    from corpus_tools.pipeline import clean_page

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as error:
        typer.echo(f"error: {file}: unreadable file: {error.strerror or error}", err=True)
        raise typer.Exit(2)
    try:
        page = ingest_bytes(data, "<stdin>" if file == "-" else Path(file).name)
    except IngestError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    cleaned = clean_page(page)
    if explain:
        print_explanation(cleaned, as_json=json_out)
    else:
        sys.stdout.write(cleaned.text)


@app.command()
def validate(
    path: Path = typer.Argument(..., help="A built dataset folder, or a parquet file."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write a machine-readable report to this file (- for stdout)."),
    strict: bool = typer.Option(False, "--strict", help="Fail on warnings too (e.g. unresolved spam gaps)."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Processes checking batches of shards (same report for any number)."),
) -> None:
    """Validate a dataset against the pandera schemas. Exit 0 valid, 1 invalid, 2 unusable input."""
    from corpus_tools.validation.run import run_validate

    raise typer.Exit(run_validate(path, json_out=json_out, strict=strict, workers=workers))


@app.command("export-schemas")
def export_schemas(
    out_dir: Path = typer.Option(Path("schemas"), "--out", help="Where to write the exports."),
    check: bool = typer.Option(False, "--check", help="Exit 1 if the committed exports are stale instead of writing."),
) -> None:
    """Regenerate schemas/ (JSON Schema, HF features, check descriptions) from the pandera models."""
    from corpus_tools.validation.export import export_schemas as run_export

    raise typer.Exit(run_export(out_dir=out_dir, check=check))


from corpus_tools import cli_publish  # noqa: E402  (publish and download live in their own module)

app.command("publish")(cli_publish.publish)
app.command("download")(cli_publish.download)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
