"""Which files of a raw folder a run reads: ``--include``/``--exclude`` and the folders it writes.

:func:`~corpus_tools.ingest.discover` lists a raw folder; :func:`select` keeps
the files a run should read:

* with ``include`` patterns, only the files matching one of them; never a file
  matching an ``exclude`` pattern;
* never a file inside a folder the run writes (``OUT_DIR`` of ``build`` and its
  ``OUT_DIR.invalid``, the ``-o`` folder of ``clean``): an ``OUT_DIR`` inside
  ``RAW_DIR`` would otherwise make the next build read the previous dataset's
  card as a regulation.

Patterns are globs on the file's path relative to the raw folder, written with
``/``, as in ``.gitignore``: a pattern without ``/`` matches the file name at any
depth (``*.html``); one with ``/`` matches the whole relative path (``govcn/*.html``);
``*`` and ``?`` never match ``/``, ``**`` matches any number of folders
(``drafts/**``, ``**/附件*``), ``[...]`` a character of the set.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import regex


@lru_cache(maxsize=256)
def glob_pattern(pattern: str) -> regex.Pattern:
    """The compiled regular expression of one glob (see the module doc).

    >>> bool(glob_pattern("*.html").fullmatch("govcn/a.html")), bool(glob_pattern("govcn/*.html").fullmatch("x/govcn/a.html"))
    (True, False)
    >>> [bool(glob_pattern("drafts/**").fullmatch(p)) for p in ("drafts/a.txt", "drafts/x/y.txt", "a/drafts/b.txt")]
    [True, True, False]
    >>> bool(glob_pattern("**/附件*").fullmatch("附件1.html")), bool(glob_pattern("a?c").fullmatch("a/c"))
    (True, False)
    """
    if not pattern or pattern.strip() != pattern:
        raise ValueError(f"empty glob pattern or one with spaces around it: {pattern!r}")
    anchored = "/" in pattern.rstrip("/")
    body = pattern.strip("/") if anchored else pattern.rstrip("/")
    out = []
    i = 0
    while i < len(body):
        if body.startswith("**/", i):
            out.append(r"(?:[^/]*/)*")
            i += 3
        elif body.startswith("**", i):
            out.append(r".*")
            i += 2
        elif body[i] == "*":
            out.append(r"[^/]*")
            i += 1
        elif body[i] == "?":
            out.append(r"[^/]")
            i += 1
        elif body[i] == "[":
            end = body.find("]", i + 2)
            if end < 0:
                out.append(regex.escape("["))
                i += 1
                continue
            members = body[i + 1:end]
            negate = members.startswith("!")
            members = members[1:] if negate else members
            out.append("[" + ("^" if negate else "") + members.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(regex.escape(body[i]))
            i += 1
    core = "".join(out)
    if pattern.endswith("/"):  # a folder: everything under it
        core += "/.*"
    return regex.compile(core if anchored else r"(?:.*/)?" + core)


def matches(name: str, patterns: Iterable[str]) -> bool:
    """Whether the relative path ``name`` matches one of the glob ``patterns``.

    >>> matches("govcn/001.html", ["*.txt", "govcn/*"]), matches("a.txt", [])
    (True, False)
    """
    return any(glob_pattern(p).fullmatch(name) for p in patterns)


@dataclass(frozen=True)
class Selection:
    """Include and exclude patterns, and the folders a run writes (never read)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    written: tuple[Path, ...] = ()

    def __post_init__(self) -> None:
        for pattern in self.include + self.exclude:
            glob_pattern(pattern)  # a bad pattern fails now, not file by file

    def keeps(self, name: str) -> bool:
        """Whether the file of relative path ``name`` is read (by the patterns alone)."""
        if self.include and not matches(name, self.include):
            return False
        return not matches(name, self.exclude)

    def select(self, paths: Sequence[Path], root: Path) -> tuple[list[Path], int]:
        """The ``paths`` (found under ``root``) to read, and how many the patterns left out.

        A file inside a folder the run writes is never read and not counted: it is no input
        (the same raw folder gives the same count, whether ``OUT_DIR`` is inside it yet or not).
        """
        root_real = os.path.realpath(root)
        written = [os.path.realpath(p) for p in self.written]
        written = [w for w in written if _inside(w, root_real)]  # only a written folder inside root can hold inputs
        if written:
            paths = [p for p in paths if not any(_inside(os.path.realpath(os.path.dirname(p)), w) for w in written)]
        if not (self.include or self.exclude):
            return list(paths), 0
        kept = [path for path in paths if self.keeps(_relative(path, root))]
        return kept, len(paths) - len(kept)


def written_folders(out_dir: Path) -> tuple[Path, ...]:
    """The folders ``build --out OUT_DIR`` writes: ``OUT_DIR`` and ``OUT_DIR.invalid``."""
    out_dir = Path(out_dir)
    return out_dir, out_dir.with_name(out_dir.name + ".invalid")


def _inside(path: str, folder: str) -> bool:
    """Whether ``path`` is ``folder`` or inside it (both real paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _relative(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).name


def overlapping(raw_dir: Path, out_dir: Path) -> bool:
    """Whether writing ``out_dir`` would replace ``raw_dir`` (the same folder, or one holding it).

    >>> overlapping(Path("/tmp/raw"), Path("/tmp/raw/build")), overlapping(Path("/tmp/raw"), Path("/tmp"))
    (False, True)
    """
    return _inside(os.path.realpath(raw_dir), os.path.realpath(out_dir))


__all__ = ["Selection", "glob_pattern", "matches", "overlapping", "written_folders"]
