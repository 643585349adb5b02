"""Build the tables of corpus_tools/resources/ that are counted from the clean corpus.

One pass over the corpus's Markdown laws counts characters and adjacent pairs;
each table is made by its own function:

- ``common_chars.txt`` (:func:`common_chars`): the 4,000 most frequent Han
  characters plus their Traditional forms (OpenCC s2t, s2tw, s2hk); ingest tells
  a right decoding (nearly every character common) from a wrong one (GB bytes
  read as Big5 or the reverse give rare characters);
- ``common_chars_ranked.txt`` (:func:`ranked_chars`): the characters of law text,
  most frequent first (count >= 30), each Traditional form (s2t) with the rank of
  its Simplified form; the mojibake repairs score candidates with it (a Zipf
  prior: cost ~ log(rank));
- ``bigrams.txt`` (:func:`bigrams`): adjacent pairs seen >= 5 times, Simplified
  and their s2t forms, so that ``中文`` beats ``个文``;
- ``bigrams_frequent.txt`` (:func:`bigram_tiers`): the pairs seen >= 100 and
  >= 1,000 times, one tier a line, so that ``正确`` beats ``政确`` (both are seen:
  ``行政确认``).

Usage: python scripts/build_corpus_tables.py CORPUS_DIR [--out DIR]
(default DIR: corpus_tools/resources/).  The shared corpus
(``../shared/corpus/local-regulations.tar.xz``, unpacked) gives the shipped files.
"""

from __future__ import annotations

import argparse
import collections
import pathlib

import opencc
import regex

RESOURCES = pathlib.Path(__file__).resolve().parent.parent / "corpus_tools" / "resources"

#: Characters of Chinese text that the tables count: Han, CJK punctuation, full-width
#: punctuation, curly quotes, ellipsis, dash, middle dot.
WANTED = r"[\p{Han}\u3001-\u303F\uFF01-\uFF0F\uFF1A-\uFF1F“”‘’…—·]"
_WANTED = regex.compile(WANTED)
_RUNS = regex.compile(WANTED + "{2,}")
_HAN = regex.compile(r"\p{Han}")

COMMON_TOP = 4000
RANKED_MIN_COUNT = 30
BIGRAM_MIN_COUNT = 5
BIGRAM_TIERS = (100, 1000)


class Counts:
    """Characters and adjacent pairs of the corpus's laws (``*.md``, in path order)."""

    def __init__(self, corpus: pathlib.Path) -> None:
        self.chars: collections.Counter[str] = collections.Counter()
        self.pairs: collections.Counter[str] = collections.Counter()
        for path in sorted(pathlib.Path(corpus).rglob("*.md")):
            text = path.read_text(encoding="utf-8")
            self.chars.update(_WANTED.findall(text))
            for run in _RUNS.findall(text):
                self.pairs.update(run[i : i + 2] for i in range(len(run) - 1))

    def han(self) -> collections.Counter[str]:
        """The Han characters' counts, in the order they were first seen."""
        return collections.Counter({char: n for char, n in self.chars.items() if _HAN.fullmatch(char)})


def common_chars(counts: Counts) -> str:
    common = {char for char, _ in counts.han().most_common(COMMON_TOP)}
    simplified = "".join(sorted(common))
    for config in ("s2t", "s2tw", "s2hk"):
        common.update(_HAN.findall(opencc.OpenCC(config).convert(simplified)))
    return "".join(sorted(common)) + "\n"


def ranked_chars(counts: Counts) -> str:
    s2t = opencc.OpenCC("s2t")
    ordered: list[str] = []
    seen: set[str] = set()
    for char, n in counts.chars.most_common():
        if n < RANKED_MIN_COUNT:
            break
        for form in (char, s2t.convert(char)):
            if len(form) == 1 and form not in seen:
                seen.add(form)
                ordered.append(form)
    return "".join(ordered) + "\n"


def _pairs_seen(counts: Counts, floor: int, s2t: opencc.OpenCC) -> set[str]:
    keep: set[str] = set()
    for pair, n in counts.pairs.items():
        if n >= floor:
            keep.add(pair)
            trad = s2t.convert(pair)
            if len(trad) == 2:
                keep.add(trad)
    return keep


def bigrams(counts: Counts) -> str:
    return "".join(sorted(_pairs_seen(counts, BIGRAM_MIN_COUNT, opencc.OpenCC("s2t")))) + "\n"


def bigram_tiers(counts: Counts) -> str:
    s2t = opencc.OpenCC("s2t")
    return "\n".join("".join(sorted(_pairs_seen(counts, floor, s2t))) for floor in BIGRAM_TIERS) + "\n"


TABLES = {
    "common_chars.txt": common_chars,
    "common_chars_ranked.txt": ranked_chars,
    "bigrams.txt": bigrams,
    "bigrams_frequent.txt": bigram_tiers,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, default=RESOURCES)
    args = parser.parse_args()
    counts = Counts(args.corpus)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in TABLES.items():
        text = make(counts)
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"{name}: {len(text)} characters -> {args.out / name}")


if __name__ == "__main__":
    main()
