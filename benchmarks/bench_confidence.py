"""Precision of the cleaners' confidence labels, on damaged text and on clean text.

Usage::

    /work/main/.venv/bin/python benchmarks/bench_confidence.py [--corpus /tmp/corpus]
        [--docs 150] [--chars 1500] [--seeds 3] [--json out.json]

The rules that label their repairs (``gbk_misalignment`` and ``utf8_as_gbk``: a
``confidence`` of ``exact``, ``high``, ``medium`` or ``low`` in the edit's detail; a lone lost
character of ``gbk_misalignment`` carries ``lost_character``) are run through the whole
pipeline (:func:`corpus_tools.clean.clean_and_explain`) on

* **damaged text**: a sample of clean laws (cut to ``--chars`` at a line end), each damaged
  once per seed by every mojibake variant of ``benchmarks/bench_cleaners_text.py`` and by the
  generators of ``tests/noise/mojibake.py`` (one damaged stretch per text).  An edit is
  **correct** when every character it writes is the original's: aligned (difflib) with
  the original, the rule's output matches there (:func:`is_correct`);
* **clean text**: the 1,911 laws of the shared corpus, the clean regression corpus
  (``tests/regression/handmade``) and the 106 real pages of ``../shared/real``: there every
  labelled edit is wrong.

It prints, per rule and label, the edits on damaged text, how many were correct, the
precision, and the labelled edits on clean text.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_tools.clean import RULE_NAMES, clean_and_explain  # noqa: E402
from corpus_tools.clean.edits import replay  # noqa: E402
from corpus_tools.ingest import IngestError, discover, ingest_file  # noqa: E402

LABELLED_RULES = ("gbk_misalignment", "utf8_as_gbk")


def label_of(edit) -> str | None:
    """The confidence label an edit carries, or None.

    >>> from corpus_tools.records import Edit
    >>> label_of(Edit("gbk_misalignment", 0, 1, "?", "，", '{"lost_character": true, "margin": 9.2}'))
    'lost_character'
    """
    if edit.rule not in LABELLED_RULES or not edit.detail.startswith("{"):
        return None
    detail = json.loads(edit.detail)
    if "confidence" in detail:
        return str(detail["confidence"])
    return "lost_character" if detail.get("lost_character") else None


def matched_positions(out: str, original: str) -> list[bool]:
    """For each character of ``out``, whether an alignment with ``original`` (difflib,
    no junk heuristics) matches it to the same character there.

    >>> matched_positions("推廣。总結", "推廣。總結")
    [True, True, True, False, True]
    """
    from difflib import SequenceMatcher

    matched = [False] * len(out)
    for block in SequenceMatcher(None, original, out, autojunk=False).get_matching_blocks():
        for k in range(block.b, block.b + block.size):
            matched[k] = True
    return matched


def is_correct(matched: list[bool], start: int, end: int) -> bool:
    """Whether every character one edit wrote (``out[start:end]``) is the original's;
    an edit that only deleted is correct when its neighbours are.

    >>> is_correct([True, True, False], 0, 2), is_correct([True, True, False], 1, 3)
    (True, False)
    """
    if end > start:
        return all(matched[start:end])
    return (start == 0 or matched[start - 1]) and (start >= len(matched) or matched[start])


def labelled_edits(text: str):
    """(rule, label, the rule's output, start, end) for every labelled edit of a clean run:
    ``output[start:end]`` is what the edit wrote."""
    result = clean_and_explain(text)
    current = text
    for rule, step in zip(RULE_NAMES, result.steps):
        output = replay(current, [step])
        shift = 0
        for edit in step:
            label = label_of(edit)
            start = edit.start + shift
            if label is not None:
                yield rule, label, output, start, start + len(edit.after)
            shift += len(edit.after) - (edit.end - edit.start)
        current = output


def damaged_cases(corpus: Path, docs: int, chars: int, seeds: int):
    """(variant, original, damaged) triples from both noise sources."""
    import bench_cleaners_text as bench
    from tests.noise import mojibake as noise

    texts = bench.load_sample(corpus, docs, chars, 7)
    generators = {
        "noise: lost byte gbk, ? folded": lambda t, r: noise.lose_byte(t, r, codec="gbk"),
        "noise: lost byte gbk, unfolded": lambda t, r: noise.lose_byte(t, r, codec="gbk", fold_question_mark=False),
        "noise: lost byte big5, ? folded": lambda t, r: noise.lose_byte(bench._s2t(t), r, codec="big5"),
        "noise: utf8 line as gbk": lambda t, r: noise.corrupt_line_utf8_as_gbk(t, r)[0],
    }
    for family, name, damage, base, _lossy in bench.VARIANTS:
        if family != "mojibake" or "latin-1" in name or "gbk" not in name and "big5" not in name:
            continue
        for seed in range(seeds):
            for i, text in enumerate(texts):
                original = base(text) if base else text
                damaged = damage(original, random.Random(seed * 100_003 + i))
                if damaged != original:
                    yield name, original, damaged
    for name, damage in generators.items():
        for seed in range(seeds):
            for i, text in enumerate(texts):
                rng = random.Random(f"{name}:{seed}:{i}")
                original = bench._s2t(text) if "big5" in name else text
                damaged = damage(text, rng)
                if damaged != original:
                    yield name, original, damaged


def clean_texts(corpus: Path):
    """(source, text) of every clean text: the shared corpus, the regression corpus, the real pages."""
    for path in discover(corpus):
        yield "shared corpus", ingest_file(path, corpus).text
    for path in sorted((ROOT / "tests" / "regression" / "handmade").glob("*.txt")):
        yield "regression corpus", path.read_text(encoding="utf-8")
    real = Path(os.environ.get("CORPUS_TOOLS_SHARED", ROOT.parent / "shared")) / "real"
    for path in sorted(real.glob("*/*.html")):
        try:
            yield "real pages", ingest_file(path, real).text
        except IngestError:
            continue


def measure(corpus: Path, docs: int, chars: int, seeds: int) -> dict:
    tried = Counter()
    correct = Counter()
    pages = Counter()
    for name, original, damaged in damaged_cases(corpus, docs, chars, seeds):
        pages["damaged"] += 1
        alignments: dict[str, list[bool]] = {}
        for rule, label, output, start, end in labelled_edits(damaged):
            key = (rule, label)
            tried[key] += 1
            if rule not in alignments:
                alignments[rule] = matched_positions(output, original)
            correct[key] += is_correct(alignments[rule], start, end)
    on_clean = Counter()
    for source, text in clean_texts(corpus):
        pages[source] += 1
        for rule, label, *_ in labelled_edits(text):
            on_clean[rule, label] += 1
    keys = sorted(set(tried) | set(on_clean))
    return {
        "pages": dict(pages),
        "labels": [
            {
                "rule": rule,
                "label": label,
                "damaged_edits": tried[rule, label],
                "correct": correct[rule, label],
                "precision": correct[rule, label] / tried[rule, label] if tried[rule, label] else None,
                "clean_edits": on_clean[rule, label],
            }
            for rule, label in keys
        ],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus"))
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--chars", type=int, default=1500)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    figures = measure(args.corpus, args.docs, args.chars, args.seeds)
    print("pages:", ", ".join(f"{k} {v}" for k, v in figures["pages"].items()))
    print(f"{'rule':18} {'label':15} {'damaged: edits':>15} {'correct':>8} {'precision':>10} {'clean: edits':>13}")
    for row in figures["labels"]:
        precision = f"{row['precision']:.1%}" if row["precision"] is not None else "-"
        print(f"{row['rule']:18} {row['label']:15} {row['damaged_edits']:>15} {row['correct']:>8} {precision:>10} {row['clean_edits']:>13}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
