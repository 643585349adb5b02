"""Compare the documents' metadata of two builds, page by page.

Usage: python scripts/compare_metadata.py BUILD_A BUILD_B

For every source file whose documents differ in any metadata column (role, title, 文号,
doc_type, issuer, status, the dates, index_no, num_articles) prints the file and, per
document (in page order), each column that changed with its value before and after; then
one line: how many pages changed and the document counts.  Exits 0 when no page changed,
1 otherwise, 2 when a build has no documents.  Used to show that a metadata change touches
only the pages it means to (a before/after on /work/shared/real/govcn and bjtcm).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq

FIELDS = ("role", "title", "doc_number", "doc_type", "issuer", "status", "adopted", "approved", "written",
          "published", "effective", "amended", "index_no", "num_articles")


def documents_by_page(build: Path) -> dict[str, list[dict]]:
    """Source file -> its documents' metadata (FIELDS), in page order."""
    paths = sorted((build / "data").glob("documents-*.parquet"))
    if not paths:
        raise FileNotFoundError(f"{build}: no data/documents-*.parquet")
    pages: dict[str, list[dict]] = {}
    for path in paths:
        for row in pq.read_table(path, columns=["source_file", "ordinal", *FIELDS]).to_pylist():
            pages.setdefault(row["source_file"], []).append(row)
    return {page: [{f: d[f] for f in FIELDS} for d in sorted(docs, key=lambda d: d["ordinal"])]
            for page, docs in pages.items()}


def differences(a: dict[str, list[dict]], b: dict[str, list[dict]]) -> list[str]:
    """Lines describing every page whose documents differ."""
    out: list[str] = []
    for page in sorted(set(a) | set(b)):
        docs_a, docs_b = a.get(page, []), b.get(page, [])
        if docs_a == docs_b:
            continue
        out.append(f"== {page}")
        for k in range(max(len(docs_a), len(docs_b))):
            x = docs_a[k] if k < len(docs_a) else {}
            y = docs_b[k] if k < len(docs_b) else {}
            out += [f"   doc{k} {f}: {x.get(f)!r} -> {y.get(f)!r}" for f in FIELDS if x.get(f) != y.get(f)]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        a, b = (documents_by_page(Path(p)) for p in argv)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    lines = differences(a, b)
    print("\n".join(lines))
    changed = sum(line.startswith("== ") for line in lines)
    print(f"pages changed: {changed} of {len(set(a) | set(b))}; documents "
          f"{sum(map(len, a.values()))} -> {sum(map(len, b.values()))}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
