"""Compare two dataset folders file by file: the same relative paths, the same bytes.

Usage: python scripts/compare_builds.py BUILD_A BUILD_B

Prints each file that differs or that only one side has, and a one-line verdict;
exits 0 when the two folders are byte-identical, 1 on any difference, 2 when a
folder is missing.  Used to prove that a refactor leaves the build's output as it was.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def files_of(folder: Path) -> dict[str, Path]:
    """Relative POSIX path -> file, for every file below ``folder``."""
    return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def compare(a: Path, b: Path) -> list[str]:
    """One line per difference between the folders ``a`` and ``b`` (empty: identical)."""
    left, right = files_of(a), files_of(b)
    problems = []
    for name in sorted(left.keys() | right.keys()):
        if name not in right:
            problems.append(f"only in {a}: {name}")
        elif name not in left:
            problems.append(f"only in {b}: {name}")
        elif left[name].stat().st_size != right[name].stat().st_size or _digest(left[name]) != _digest(right[name]):
            problems.append(f"differs: {name}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    a, b = (Path(arg) for arg in argv)
    missing = [str(p) for p in (a, b) if not p.is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    problems = compare(a, b)
    for line in problems:
        print(line)
    count = len(files_of(a))
    print(f"{len(problems)} differences" if problems else f"identical: {count} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
