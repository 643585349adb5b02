"""Build corpus_tools/clean/_bigrams_frequent.txt: the frequent tiers of law-text bigrams.

``_bigrams.txt`` (scripts/build_common_chars.py) holds every pair seen >= 5 times, so it
tells ``正确`` from ``政确`` only by presence; both occur (``行政确认``).  This file adds
two tiers, one line each: pairs seen >= 100 times, then >= 1,000 times (Simplified and
their s2t forms), so the mojibake repairs' cost prefers the frequent reading.

Usage: python scripts/build_bigram_tiers.py /tmp/corpus
"""

from __future__ import annotations

import collections
import pathlib
import sys

import opencc
import regex

TIERS = (100, 1000)


def main(corpus: str) -> None:
    pairs: collections.Counter[str] = collections.Counter()
    runs = regex.compile(r"[\p{Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF1F“”‘’…—·]{2,}")
    for path in sorted(pathlib.Path(corpus).rglob("*.md")):
        for run in runs.findall(path.read_text(encoding="utf-8")):
            pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    s2t = opencc.OpenCC("s2t")
    lines = []
    for floor in TIERS:
        keep: set[str] = set()
        for pair, n in pairs.items():
            if n >= floor:
                keep.add(pair)
                trad = s2t.convert(pair)
                if len(trad) == 2:
                    keep.add(trad)
        lines.append("".join(sorted(keep)))
        print(f">= {floor}: {len(keep)} bigrams")
    target = pathlib.Path(__file__).resolve().parent.parent / "corpus_tools" / "clean" / "_bigrams_frequent.txt"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
