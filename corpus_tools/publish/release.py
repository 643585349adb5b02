"""A release folder from a build: the files, ``MANIFEST.json`` and ``CHANGELOG.md``.

A release is what gets published as one commit and one tag.  It holds the
build's Parquet shards byte for byte (the writer makes them deterministic),
``rejected.jsonl``, a dataset card that names the version, a changelog made by
comparing with the previous release, and a manifest:

* ``version`` and ``tag``;
* ``files``: the sha256 and size of every other file of the release;
* ``configs``: per config its files, row count, and a *logical* content hash
  over the rows in a canonical JSON form, sorted by the config's sort keys, so
  it does not depend on the Parquet encoder (compression, row groups, pyarrow
  version): re-encoding the same rows gives the same hash;
* ``tools``: the versions of corpus-tools and the libraries that shaped the data.

Nothing in it depends on the clock or the machine: two releases of the same
build are byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator, Mapping

import pyarrow.parquet as pq

from corpus_tools.tables import CONFIGS, DATA_FORMAT_CHANGES, SORT_KEYS
from corpus_tools.dataset.finish import BUILD_RECORD

MANIFEST = "MANIFEST.json"
CHANGELOG = "CHANGELOG.md"
README = "README.md"
MANIFEST_FORMAT = 1

#: Libraries whose versions are recorded in the manifest (they shape the data or its files).
TOOL_PACKAGES = ("corpus-tools", "datasets", "pyarrow", "pandera", "opencc", "ftfy", "pypinyin", "regex")

_SEMVER = re.compile(r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class ReleaseError(ValueError):
    """A release cannot be made or does not verify (the message says why)."""


# --------------------------------------------------------------------------- versions

def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.0"`` or ``"v1.2.0"`` -> ``(1, 2, 0)``; anything else is refused.

    >>> parse_version("v1.10.0") > parse_version("1.9.3")
    True
    >>> parse_version("1.2")
    Traceback (most recent call last):
    ...
    corpus_tools.publish.release.ReleaseError: not a semantic version X.Y.Z: '1.2'
    """
    match = _SEMVER.match(text.strip())
    if not match:
        raise ReleaseError(f"not a semantic version X.Y.Z: {text!r}")
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def version_tag(version: str) -> str:
    """The git tag of a version: ``"1.2.0"`` -> ``"v1.2.0"``.

    >>> version_tag("v1.2.0")
    'v1.2.0'
    """
    return "v{}.{}.{}".format(*parse_version(version))


def release_tags(tags: Iterable[str]) -> list[str]:
    """The tags that are release versions, oldest first (other tags ignored).

    >>> release_tags(["v1.10.0", "v1.9.0", "draft", "v2.0.0"])
    ['v1.9.0', 'v1.10.0', 'v2.0.0']
    """
    versions = []
    for tag in tags:
        try:
            versions.append((parse_version(tag), tag))
        except ReleaseError:
            continue
    return [tag for _, tag in sorted(versions)]


# --------------------------------------------------------------------------- hashing

def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def canonical_row(row: Mapping[str, Any]) -> str:
    """One row as canonical JSON: keys sorted, no spaces, UTF-8 kept, floats by repr.

    >>> canonical_row({"b": 1, "a": "条", "c": [None, 0.5]})
    '{"a":"条","b":1,"c":[null,0.5]}'
    """
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=True)


def _sort_key(row: Mapping[str, Any], keys: tuple[str, ...]) -> tuple:
    # (is-null, value) pairs: nulls sort first and are never compared with values
    return tuple((row.get(k) is None, row.get(k) if row.get(k) is not None else 0) for k in keys)


def iter_rows(files: Iterable[Path], columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of Parquet files, batch by batch (memory stays flat)."""
    for path in files:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=4096, columns=columns):
            yield from batch.to_pylist()


def logical_hash(config: str, files: Iterable[Path]) -> str:
    """sha256 over a config's schema and its rows in canonical form and canonical order.

    Each row is hashed in canonical JSON; the row digests are ordered by the
    config's :data:`~corpus_tools.tables.SORT_KEYS`, ties broken by the digest,
    and hashed after a header of column names and types.  So the hash depends only on the
    set of rows and the column names and types, never on how the Parquet
    files were encoded or cut into shards.
    """
    files = list(files)
    keys = SORT_KEYS.get(config, ())
    schema = pq.read_schema(files[0]) if files else CONFIGS[config]
    entries = []
    for row in iter_rows(files):
        # keep the row's digest, not its text: memory is ~100 bytes a row whatever the texts
        entries.append((_sort_key(row, keys), hashlib.sha256(canonical_row(row).encode()).digest()))
    entries.sort()
    digest = hashlib.sha256()
    header = [[f.name, str(f.type)] for f in schema if not f.name.startswith("__")]
    digest.update(canonical_row({"config": config, "columns": header}).encode() + b"\n")
    for _, row_digest in entries:
        digest.update(row_digest)
    return digest.hexdigest()


def tool_versions() -> dict[str, str]:
    versions = {}
    for name in TOOL_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


# --------------------------------------------------------------------------- folders

def config_files(folder: Path) -> dict[str, list[Path]]:
    """config -> its shards in ``folder/data``, in shard order (every config listed, maybe empty)."""
    data = Path(folder) / "data"
    return {name: sorted(data.glob(f"{name}-*.parquet")) for name in CONFIGS}


def release_files(folder: Path) -> list[str]:
    """Every file of a release folder except the manifest, as sorted POSIX paths."""
    folder = Path(folder)
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def build_manifest(folder: Path, version: str, *, repo_id: str | None = None) -> dict[str, Any]:
    folder = Path(folder)
    files = {rel: {"sha256": sha256_file(folder / rel), "size": (folder / rel).stat().st_size} for rel in release_files(folder)}
    configs = {}
    for name, paths in config_files(folder).items():
        configs[name] = {
            "files": [p.relative_to(folder).as_posix() for p in paths],
            "num_rows": sum(pq.ParquetFile(p).metadata.num_rows for p in paths),
            "content_sha256": logical_hash(name, paths),
            "sort_keys": list(SORT_KEYS.get(name, ())),
        }
    return {
        "format": MANIFEST_FORMAT,
        "name": repo_id,
        "version": "{}.{}.{}".format(*parse_version(version)),
        "tag": version_tag(version),
        "files": files,
        "configs": configs,
        "tools": tool_versions(),
    }


def write_json(path: Path, data: Any) -> None:
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def read_manifest(folder: Path) -> dict[str, Any]:
    """The manifest of a release folder, its shape checked: every path it lists names a file
    inside the folder (a downloaded manifest is data from elsewhere: ``../../.ssh/x`` or an
    absolute path would make verifying it read files anywhere)."""
    path = Path(folder) / MANIFEST
    if not path.exists():
        raise ReleaseError(f"no {MANIFEST} in {folder}")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise ReleaseError(f"{MANIFEST} is not JSON ({error})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict) or not isinstance(manifest.get("configs"), dict):
        raise ReleaseError(f"{MANIFEST} does not have the shape of a corpus-tools manifest (files, configs)")
    listed = list(manifest["files"])
    for name, info in manifest["configs"].items():
        if not isinstance(info, dict) or not isinstance(info.get("files"), list):
            raise ReleaseError(f"{MANIFEST}: config {name!r} has no list of files")
        listed += info["files"]
    for rel in listed:
        if not is_release_path(rel):
            raise ReleaseError(f"{MANIFEST} lists {rel!r}: not a path inside the release folder; refused")
    return manifest


def is_release_path(rel: Any) -> bool:
    """A path a manifest may list: relative, POSIX, inside the folder, no ``..``.

    >>> [is_release_path(p) for p in ("data/a-00000-of-00001.parquet", "../x", "/etc/passwd", "data/../../x", "a\\\\b", "")]
    [True, False, False, False, False, False]
    """
    if not isinstance(rel, str) or not rel or "\\" in rel or "\x00" in rel:
        return False
    path = PurePosixPath(rel)
    return not path.is_absolute() and ".." not in path.parts and rel == path.as_posix()


def verify_release(folder: Path, *, configs: Iterable[str] | None = None, logical: bool = True) -> list[str]:
    """Problems found checking ``folder`` against its manifest (empty: it verifies).

    With ``configs``, only those configs' files (plus the card, changelog and
    rejected list when present) are expected; a partial download verifies.
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    problems = []
    wanted = set(manifest["configs"]) if configs is None else set(configs)
    unknown = wanted - set(manifest["configs"])
    if unknown:
        return [f"unknown config(s) {sorted(unknown)}; the release has {sorted(manifest['configs'])}"]
    expected = {rel for rel in manifest["files"] if not rel.startswith("data/")}
    for name in wanted:
        expected.update(manifest["configs"][name]["files"])
    data = folder / "data"
    if data.is_dir():  # load_dataset reads every shard of a config's pattern, listed or not
        for path in sorted(data.rglob("*")):
            rel = path.relative_to(folder).as_posix()
            if path.is_file() and not path.name.startswith(".") and rel not in manifest["files"]:
                problems.append(f"{rel}: not in the manifest (a leftover? load_dataset would read it): remove it")
    for rel in sorted(expected):
        path = folder / rel
        entry = manifest["files"].get(rel)
        if entry is None:
            problems.append(f"{rel}: listed by a config but not in the manifest's files")
        elif not path.exists():
            problems.append(f"{rel}: missing")
        elif path.stat().st_size != entry["size"] or sha256_file(path) != entry["sha256"]:
            problems.append(f"{rel}: sha256 differs from the manifest")
    if logical and not problems:
        for name in sorted(wanted):
            info = manifest["configs"][name]
            paths = [folder / rel for rel in info["files"]]
            try:
                rows = sum(pq.ParquetFile(p).metadata.num_rows for p in paths)
                if rows != info.get("num_rows"):
                    problems.append(f"{name}: {rows} rows, the manifest says {info.get('num_rows')}")
                elif logical_hash(name, paths) != info.get("content_sha256"):
                    problems.append(f"{name}: content hash differs from the manifest")
            except (OSError, ValueError, TypeError) as error:  # pyarrow's errors are ValueError/OSError
                problems.append(f"{name}: its files cannot be read as Parquet ({type(error).__name__})")
    if manifest.get("version") is None:
        problems.append("the manifest has no version")
    return problems


# --------------------------------------------------------------------------- changelog

@dataclass
class DocumentChange:
    doc_id: str
    title: str
    articles_added: list[str] = field(default_factory=list)
    articles_removed: list[str] = field(default_factory=list)
    articles_changed: list[str] = field(default_factory=list)
    fields_changed: list[str] = field(default_factory=list)


@dataclass
class ReleaseDiff:
    added: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, title)
    removed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[DocumentChange] = field(default_factory=list)
    unchanged: int = 0
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)  # config -> (old, new)
    columns: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # config -> (added, removed)
    formats: tuple[int | None, int | None] = (None, None)  # the cards' data formats, old and new
    configuration: tuple[dict[str, Any] | None, dict[str, Any] | None] = (None, None)  # how each was made

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    @property
    def format_changes(self) -> list[str]:
        """What the data format changes between the two releases say (:data:`~corpus_tools.tables.DATA_FORMAT_CHANGES`)."""
        old, new = self.formats
        if old is None or new is None or new <= old:
            return []
        return [f"data format {version}: {DATA_FORMAT_CHANGES[version]}" for version in range(old + 1, new + 1)
                if version in DATA_FORMAT_CHANGES]


_DOC_FIELDS = [f.name for f in CONFIGS["documents"] if f.name not in ("doc_id",)]


def _article_label(row: Mapping[str, Any]) -> str:
    label = row.get("label") or f"article {row.get('article_no')}"
    return label


def _documents(folder: Path) -> dict[str, dict[str, Any]]:
    return {row["doc_id"]: row for row in iter_rows(config_files(folder)["documents"])}


def _articles(folder: Path) -> dict[str, dict[tuple, tuple[str, str]]]:
    """doc_id -> {(article_no, suffix, occurrence): (label, canonical text+heading)}."""
    out: dict[str, dict[tuple, tuple[str, str]]] = {}
    cols = ["doc_id", "article_no", "article_suffix", "label", "heading", "text", "start"]
    rows = sorted(iter_rows(config_files(folder)["articles"], cols), key=lambda r: (r["doc_id"], r["start"] or 0))
    for row in rows:
        per_doc = out.setdefault(row["doc_id"], {})
        base = (row["article_no"], row["article_suffix"] or 0)
        n = sum(1 for key in per_doc if key[:2] == base)
        per_doc[base + (n,)] = (_article_label(row), canonical_row({"heading": row["heading"], "text": row["text"]}))
    return out


def diff_releases(old: Path, new: Path) -> ReleaseDiff:
    """Documents added, removed and changed between two release (or build) folders,
    and for each changed document the articles added, removed and changed."""
    old_docs, new_docs = _documents(old), _documents(new)
    old_arts, new_arts = _articles(old), _articles(new)
    diff = ReleaseDiff()
    for doc_id in sorted(new_docs.keys() - old_docs.keys()):
        diff.added.append((doc_id, new_docs[doc_id]["title"] or ""))
    for doc_id in sorted(old_docs.keys() - new_docs.keys()):
        diff.removed.append((doc_id, old_docs[doc_id]["title"] or ""))
    for doc_id in sorted(old_docs.keys() & new_docs.keys()):
        before, after = old_docs[doc_id], new_docs[doc_id]
        change = DocumentChange(doc_id, after["title"] or "")
        change.fields_changed = [f for f in _DOC_FIELDS if before.get(f) != after.get(f)]
        a, b = old_arts.get(doc_id, {}), new_arts.get(doc_id, {})
        change.articles_added = [b[k][0] for k in sorted(b.keys() - a.keys())]
        change.articles_removed = [a[k][0] for k in sorted(a.keys() - b.keys())]
        change.articles_changed = [b[k][0] for k in sorted(a.keys() & b.keys()) if a[k][1] != b[k][1]]
        if change.fields_changed or change.articles_added or change.articles_removed or change.articles_changed:
            diff.changed.append(change)
        else:
            diff.unchanged += 1
    old_rows, new_rows = row_counts(old), row_counts(new)
    for name in CONFIGS:
        diff.rows[name] = (old_rows.get(name, 0), new_rows.get(name, 0))
    from corpus_tools.dataset.card import declared_configuration, declared_format

    old_columns, new_columns = _column_names(old), _column_names(new)
    for name in CONFIGS:
        if name in old_columns and name in new_columns and old_columns[name] != new_columns[name]:
            diff.columns[name] = ([c for c in new_columns[name] if c not in old_columns[name]],
                                  [c for c in old_columns[name] if c not in new_columns[name]])
    diff.formats = (declared_format(old), declared_format(new))
    diff.configuration = (declared_configuration(old), declared_configuration(new))
    return diff


def _column_names(folder: Path) -> dict[str, list[str]]:
    """The columns of each config that has files in ``folder`` (read from its first file's schema)."""
    return {name: pq.read_schema(paths[0]).names for name, paths in config_files(folder).items() if paths}


def row_counts(folder: Path) -> dict[str, int]:
    """Rows per config: from the manifest when the folder has one (a partial
    download holds only some configs), else from the Parquet files."""
    folder = Path(folder)
    if (folder / MANIFEST).exists():
        return {name: info["num_rows"] for name, info in read_manifest(folder)["configs"].items()}
    return {name: sum(pq.ParquetFile(p).metadata.num_rows for p in paths) for name, paths in config_files(folder).items()}


def _listing(labels: list[str], limit: int = 12) -> str:
    shown = ", ".join(labels[:limit])
    return shown + (f" and {len(labels) - limit} more" if len(labels) > limit else "")


def render_changelog_entry(version: str, diff: ReleaseDiff | None, previous: str | None, *, new_folder: Path | None = None) -> str:
    """The Markdown section of one release."""
    tag = version_tag(version)
    lines = [f"## {tag}", ""]
    if diff is None:
        docs = len(_documents(new_folder)) if new_folder is not None else 0
        lines += [f"First release: {docs} documents."]
        if new_folder is not None:
            rows = row_counts(new_folder)
            lines += ["", "| config | rows |", "| --- | ---: |"] + [f"| {n} | {r} |" for n, r in rows.items()]
        return "\n".join(lines) + "\n"
    lines += [
        f"Compared with {previous}: {len(diff.added)} documents added, {len(diff.removed)} removed, "
        f"{len(diff.changed)} changed, {diff.unchanged} unchanged.",
        "",
        "| config | rows before | rows after |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| {name} | {old} | {new} |" for name, (old, new) in diff.rows.items()]
    if diff.added:
        lines += ["", "### Documents added", ""] + [f"- `{d}` {t}" for d, t in diff.added]
    if diff.removed:
        lines += ["", "### Documents removed", ""] + [f"- `{d}` {t}" for d, t in diff.removed]
    if diff.changed:
        lines += ["", "### Documents changed", ""]
        for change in diff.changed:
            parts = []
            if change.articles_changed:
                parts.append(f"{len(change.articles_changed)} articles changed ({_listing(change.articles_changed)})")
            if change.articles_added:
                parts.append(f"{len(change.articles_added)} added ({_listing(change.articles_added)})")
            if change.articles_removed:
                parts.append(f"{len(change.articles_removed)} removed ({_listing(change.articles_removed)})")
            if change.fields_changed:
                parts.append("fields changed: " + ", ".join(change.fields_changed))
            lines.append(f"- `{change.doc_id}` {change.title}: " + "; ".join(parts))
    if diff.empty:
        lines += ["", "No document changed."]
    lines += _format_lines(diff)
    return "\n".join(lines) + "\n"


def _format_lines(diff: ReleaseDiff) -> list[str]:
    """The changelog's account of changes to the columns, to what they hold and to how the data was made."""
    lines: list[str] = []
    notes = diff.format_changes
    if diff.columns or notes:
        lines += ["", "### Columns and formats changed", ""]
        for name, (added, removed) in diff.columns.items():
            parts = ([f"added {', '.join(f'`{c}`' for c in added)}"] if added else []) + (
                [f"removed {', '.join(f'`{c}`' for c in removed)}"] if removed else [])
            lines.append(f"- `{name}`: " + ("; ".join(parts) or "columns reordered"))
        lines += [f"- {note}" for note in notes]
    old, new = diff.configuration
    if old is not None and new is not None and old != new:
        lines += ["", "### How the data was made changed", ""]
        for key in sorted(set(old) | set(new)):
            for part in sorted(set(old.get(key, {})) | set(new.get(key, {}))):
                before, after = old.get(key, {}).get(part), new.get(key, {}).get(part)
                if before != after:
                    lines.append(f"- {key}.{part}: {json.dumps(before, ensure_ascii=False)} -> {json.dumps(after, ensure_ascii=False)}")
    return lines


def render_changelog(entry: str, previous_changelog: str | None) -> str:
    """The new entry on top of the previous release's changelog (its title line dropped)."""
    head = "# Changelog\n\nEach release compared with the one before it.\n\n"
    history = ""
    if previous_changelog:
        body = previous_changelog.split("\n## ", 1)
        history = "## " + body[1] if len(body) == 2 else ""
    return head + entry + ("\n" + history if history else "")


# --------------------------------------------------------------------------- make a release

class ReleaseDirRefused(ReleaseError):
    """The folder asked for the release is not one that may be replaced."""


def check_release_dir(release_dir: Path, build_dir: Path) -> None:
    """Refuse a release folder that making the release would destroy something in.

    Making a release replaces ``release_dir``.  That is allowed only for a folder that
    does not exist, an empty folder, or a release folder made before (its ``MANIFEST.json``
    lists every file it holds); never for the build folder, a folder inside it or one
    holding it.  ``--release-dir`` pointed at the build, or at a folder of one's own work,
    used to delete it, even with ``--dry-run``.
    """
    target, build = Path(release_dir).resolve(), Path(build_dir).resolve()
    if target == build or build in target.parents or target in build.parents:
        raise ReleaseDirRefused(f"--release-dir {release_dir} is (or is inside, or holds) the build folder {build_dir}; "
                                "choose a folder of its own")
    if not os.path.lexists(release_dir):
        return
    if not target.is_dir():
        raise ReleaseDirRefused(f"--release-dir {release_dir} exists and is not a folder; refusing to replace it")
    foreign = _not_in_release(target)
    if foreign:
        raise ReleaseDirRefused(
            f"--release-dir {release_dir} is not empty and is not a release folder made by corpus-tools "
            f"(it holds {', '.join(foreign[:3])}{' …' if len(foreign) > 3 else ''}, which no MANIFEST.json in it lists); "
            "refusing to replace it: choose a new or empty folder"
        )


def _not_in_release(folder: Path, *, enough: int = 4) -> list[str]:
    """What ``folder`` holds besides the files its manifest lists (everything, without a
    manifest), up to ``enough`` of them; walked without recursion, links not followed."""
    try:
        listed = set(read_manifest(folder)["files"]) | {MANIFEST}
    except ReleaseError:
        listed = set()
    foreign: list[str] = []
    pending = [folder]
    while pending and len(foreign) < enough:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif Path(entry.path).relative_to(folder).as_posix() not in listed:
                    foreign.append(Path(entry.path).relative_to(folder).as_posix())
    return sorted(foreign)


@dataclass
class Release:
    folder: Path
    version: str
    tag: str
    manifest: dict[str, Any]
    diff: ReleaseDiff | None
    previous: str | None


def prepare_release(
    build_dir: Path,
    release_dir: Path,
    version: str,
    *,
    repo_id: str | None = None,
    previous_dir: Path | None = None,
    previous_version: str | None = None,
) -> Release:
    """Make the release folder ``release_dir`` (replaced if present) from ``build_dir``.

    ``previous_dir`` is the previous release (downloaded, or a local folder):
    the changelog compares with it and continues its ``CHANGELOG.md``.
    """
    from corpus_tools.dataset.card import declared_configuration, declared_empty_configs, declared_format, write_card

    build_dir, release_dir = Path(build_dir), Path(release_dir)
    version = "{}.{}.{}".format(*parse_version(version))
    files = config_files(build_dir)
    declared_empty = declared_empty_configs(build_dir) or frozenset()
    missing = [name for name, paths in files.items() if not paths and name not in declared_empty]
    if missing:
        raise ReleaseError(f"{build_dir} is not a built dataset: no shards for {', '.join(missing)} (and its card does not declare them empty)")
    check_release_dir(release_dir, build_dir)
    if release_dir.exists():
        shutil.rmtree(release_dir)
    (release_dir / "data").mkdir(parents=True)
    for paths in files.values():
        for path in paths:
            shutil.copyfile(path, release_dir / "data" / path.name)
    # the card's "More Information" promises both beside the data: the build's record for
    # machines (configuration, rows, edits per rule) and the files it refused
    for name in (BUILD_RECORD, "rejected.jsonl"):
        if (build_dir / name).exists():
            shutil.copyfile(build_dir / name, release_dir / name)

    diff = None
    previous_changelog = None
    if previous_dir is not None:
        previous_dir = Path(previous_dir)
        diff = diff_releases(previous_dir, release_dir)
        # the release's card is written below: its format and configuration are the build's card's
        diff.formats = (diff.formats[0], declared_format(build_dir))
        diff.configuration = (diff.configuration[0], declared_configuration(build_dir))
        if (previous_dir / CHANGELOG).exists():
            previous_changelog = (previous_dir / CHANGELOG).read_text(encoding="utf-8")
    previous_tag = version_tag(previous_version) if previous_version else None
    entry = render_changelog_entry(version, diff, previous_tag, new_folder=release_dir)
    (release_dir / CHANGELOG).write_text(render_changelog(entry, previous_changelog), encoding="utf-8")

    write_card(release_dir, config_files(release_dir), {}, version=version, repo_id=repo_id,
               configuration=declared_configuration(build_dir))
    manifest = build_manifest(release_dir, version, repo_id=repo_id)
    write_json(release_dir / MANIFEST, manifest)
    return Release(release_dir, version, version_tag(version), manifest, diff, previous_tag)
