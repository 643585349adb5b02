"""Regenerate ``common_chars.txt``: the Han characters that make up Chinese law.

The set is the 4,000 most frequent Han characters of the shared clean corpus of
local regulations plus their Traditional forms (OpenCC s2t, s2tw, s2hk).
:mod:`corpus_tools.ingest` uses it to tell a right decoding (nearly every
character common) from a wrong one (GB bytes read as Big5 or the reverse give
rare characters).

Usage: ``python -m corpus_tools.resources.make_common_chars CORPUS_DIR``
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import opencc
import regex

TOP = 4000


def main(corpus_dir: str) -> None:
    counts: Counter[str] = Counter()
    for path in sorted(Path(corpus_dir).rglob("*.md")):
        counts.update(regex.findall(r"\p{Han}", path.read_text(encoding="utf-8")))
    common = {char for char, _ in counts.most_common(TOP)}
    simplified = "".join(sorted(common))
    for config in ("s2t", "s2tw", "s2hk"):
        common.update(regex.findall(r"\p{Han}", opencc.OpenCC(config).convert(simplified)))
    out = Path(__file__).with_name("common_chars.txt")
    out.write_text("".join(sorted(common)) + "\n", encoding="utf-8")
    print(f"{len(common)} characters -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
