"""Build the character n-gram model of legal Chinese shipped in ``corpus_tools/resources``.

Reads the clean corpus (``../shared/corpus/local-regulations.tar.xz``: 1,911
laws in Markdown), keeps the laws :func:`corpus_tools.language_model.split_of`
assigns to ``train`` (80 %, by the hash of the file name; the other 20 % are
held out for the restoration benchmark's calibration and test), and writes
``corpus_tools/resources/legal_lm.npz`` (the left-to-right model and the
model of the reversed lines).  The same corpus gives a
byte-identical file (files read in name order, fixed zip timestamps).

Usage::

    PYTHONPATH=. .venv/bin/python scripts/build_legal_lm.py [--corpus TARBALL_OR_DIR]
        [--out corpus_tools/resources/legal_lm.npz] [--order 7] [--prune 1,1,2,3,3,4,4] [--forward-only]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tarfile
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_tools import language_model  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "local-regulations.tar.xz"
DEFAULT_OUT = ROOT / "corpus_tools" / "resources" / language_model.RESOURCE


def corpus_laws(source: Path) -> Iterator[tuple[str, str]]:
    """``(name, markdown)`` of every law of the corpus, in name order (tarball or folder)."""
    if source.is_dir():
        for path in sorted(source.rglob("*.md")):
            yield path.relative_to(source).as_posix(), path.read_text(encoding="utf-8")
        return
    texts = {}
    with tarfile.open(source) as tar:  # one pass over the stream (an .xz member cannot be sought cheaply)
        for member in tar:
            if member.isfile() and member.name.endswith(".md"):
                texts[member.name] = tar.extractfile(member).read().decode("utf-8")
    yield from sorted(texts.items())


def train_lines(source: Path) -> tuple[list[str], int]:
    lines: list[str] = []
    laws = 0
    for name, text in corpus_laws(source):
        if language_model.split_of(name) == "train":
            lines.extend(language_model.training_lines(text))
            laws += 1
    return lines, laws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--order", type=int, default=language_model.ORDER)
    parser.add_argument("--prune", default=",".join(map(str, language_model.PRUNE)))
    parser.add_argument("--forward-only", action="store_true", help="no right-to-left model")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    lines, laws = train_lines(args.corpus)
    chars = sum(len(line) for line in lines)
    prune = tuple(int(x) for x in args.prune.split(","))
    arrays = language_model.build_models(lines, order=args.order, prune=prune, backward=not args.forward_only)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    language_model.save(arrays, args.out)
    nodes = sum(arrays[f"charlo{n}"].size for n in range(1, args.order + 1))
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(
        f"{laws} train laws, {chars:,} characters -> order {args.order}, prune {prune}: {nodes:,} n-grams per direction "
        f"({', '.join(str(arrays[f'charlo{n}'].size) for n in range(1, args.order + 1))}); "
        f"{args.out.stat().st_size / 1e6:.2f} MB sha256 {digest} in {time.perf_counter() - start:.0f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
