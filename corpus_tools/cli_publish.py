"""``corpus-tools publish`` and ``corpus-tools download``: arguments -> library call -> summary -> exit code.

Registered in :mod:`corpus_tools.cli` as ``app.command("publish")(publish)``
and ``app.command("download")(download)``.  Exit codes (docs/publishing.md):
0 ok; 1 invalid data (the build failed validation, or a download does not
match its manifest); 2 usage or refused request (bad version, tag exists,
version not newer, no token); 3 the Hub refused or failed (e.g. a concurrent
commit): nothing was tagged.  The token is never printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer


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
    from corpus_tools.hub import EXIT_OK, PublishError, publish as run_publish

    def log(message: str) -> None:
        if not quiet:
            typer.echo(message, err=True)

    try:
        result = run_publish(
            build_dir, repo_id, version, dry_run=dry_run, allow_older=allow_older, private=private,
            endpoint=endpoint, release_dir=release_dir, log=log,
        )
    except PublishError as error:
        _fail(error)
    typer.echo(result.render())
    raise typer.Exit(EXIT_OK)


def _fail(error: Exception) -> None:
    """Report a refused or failed publish/download (details first) and exit with its code."""
    details = getattr(error, "details", None)
    if details:
        typer.echo(details, err=True)
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(error.exit_code)


def download(
    repo_id: str = typer.Option(..., "--repo-id", help="Dataset repository ORG/NAME on the Hub."),
    version: str = typer.Option(..., "--version", help="Release X.Y.Z to fetch (tag vX.Y.Z), or 'latest'."),
    config: Optional[List[str]] = typer.Option(None, "--config", help="Only this config (repeatable); default: all."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Copy the release here (default: stay in the Hugging Face cache)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Hub endpoint (default: HF_ENDPOINT or https://huggingface.co)."),
) -> None:
    """Fetch a release, verify it against its MANIFEST.json, and say where it is."""
    from corpus_tools.hub import EXIT_OK, PublishError, download as run_download

    try:
        result = run_download(repo_id, version, configs=config or None, out_dir=out, endpoint=endpoint)
    except PublishError as error:
        _fail(error)
    typer.echo(result.render())
    raise typer.Exit(EXIT_OK)
