"""Benchmark of witness-free restoration (:mod:`corpus_tools.dataset.model_restoration`) on laws the model never saw.

The model (``corpus_tools/resources/legal_lm.npz``, built by
``scripts/build_legal_lm.py``) is trained on the laws that
:func:`corpus_tools.language_model.split_of` puts in ``train`` (80 % of the
corpus by file-name hash).  The other 20 % are split again, by another hash,
into **calibration** laws (to choose the margin threshold) and **test** laws
(reported with the threshold fixed).

In each held-out law (ingested and cleaned as the build does), one word is
replaced everywhere with one spam brand string from the project's own
generator (:func:`tests.noise.spam.brand_string`), the law goes
through the real cleaning pipeline (the ``spam_anchor`` rule records the
gaps), and :func:`corpus_tools.dataset.model_restoration.decide` decides one word for all
gaps of the string, with no witness and the page's own damaged text as its
document.  A law where the rule's gaps do not match the replaced occurrences
one to one (it kept or ate characters around an anchor) is counted apart as
a spam-rule miss: the restoration cannot be judged there.

**Words.**  With ``jieba`` importable (``pip install -e '.[bench]'``; not a
dependency of the package) and unless ``--words ngrams``, a word is a token of jieba's segmentation (precise
mode, no HMM: deterministic) of 2-6 Han characters; without it, a "word" is
a Han n-gram of 2-6 characters bounded on both sides by punctuation, a line
edge or a function character (的, 和, 或, 及, 在, 对, 由, 为, 是, 与, 并, 应当).  Either
way every occurrence of the string in the law is replaced (as a spam site
does), and a word that the cleaner could not tell from a continuation of the
brand string (followed by 网站, 官方 …: the generator's own exclusion) is
not chosen.  Family ``frequent``: the word occurs 3+ times in the law;
family ``rare``: 1-2 times.  The word and the brand string are drawn with a
fixed seed per law.

Usage::

    .venv/bin/pip install -e '.[bench]'     # jieba, for the word definition
    .venv/bin/python benchmarks/bench_restore_model.py
        [--corpus TARBALL_OR_DIR] [--family frequent|rare|both] [--parts calibration,test]
        [--calibration-words 4] [--words jieba|ngrams] [--model FILE] [--limit N]
        [--margin X | --shipped] [--target-wrong 0.0025] [--json out.json] [--from-json a.json ...]

Prints the calibration (per bucket of gap counts, the buckets of
:data:`corpus_tools.dataset.model_restoration.MARGINS`: the smallest margin per
gap whose wrongly restored gaps on the calibration cases of the families run
stay within ``--target-wrong``; ``--calibration-words K`` draws K words per
calibration law, K cases, for a steadier calibration) and the tables by
word length and number of gaps; the model's size, load time, memory, and the
time per gap.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import resource
import sys
import tarfile
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_tools import language_model  # noqa: E402
from corpus_tools.dataset import model_restoration  # noqa: E402
from corpus_tools.clean import RULE_NAMES, clean_and_explain  # noqa: E402
from corpus_tools.dataset import restore  # noqa: E402
from corpus_tools.ingest import ingest_bytes  # noqa: E402
from tests.noise import spam as spam_noise  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "local-regulations.tar.xz"
SPAM_STEP = RULE_NAMES.index("spam_anchor")
SEED = 16
#: The models under test (the shipped ones unless --model gives a file).
MODELS: list = []

try:
    import jieba  # type: ignore

    jieba.setLogLevel(60)
except ImportError:  # pragma: no cover - the n-gram definition is the fallback
    jieba = None

_HAN_WORD = regex.compile(r"^\p{Han}{2,6}$")
_FUNCTION = "的和或及在对由为是与并"
_BOUNDED = regex.compile(r"(?<=^|[^\p{Han}]|[%s]|应当)(\p{Han}{2,6}?)(?=$|[^\p{Han}]|[%s]|应当)" % (_FUNCTION, _FUNCTION), regex.M)
_AMBIGUOUS_NEXT = spam_noise._AMBIGUOUS_NEXT


#: The word definition in use: "jieba" (tokens) or "ngrams" (bounded n-grams); --words sets it.
WORDS = ["jieba" if jieba is not None else "ngrams"]


def words_of(text: str) -> set[str]:
    """Candidate words of a law (see the module docstring)."""
    if WORDS[0] == "jieba":
        return {w for w in jieba.cut(text, HMM=False) if _HAN_WORD.match(w)}
    return {m.group(1) for m in _BOUNDED.finditer(text, overlapped=True) if not any(c in _FUNCTION for c in m.group(1))}


def pick_word(text: str, rng: random.Random, family: str, exclude: frozenset = frozenset()) -> str | None:
    """One word of the family, at random (``exclude``: words drawn before for this law)."""
    lo, hi = (3, 10 ** 9) if family == "frequent" else (1, 2)
    pool = []
    for word in sorted(words_of(text)):
        count = text.count(word)
        if not lo <= count <= hi:
            continue
        if word in exclude or any(_AMBIGUOUS_NEXT.match(text, m.end()) for m in regex.finditer(regex.escape(word), text)):
            continue
        pool.append(word)
    return rng.choice(pool) if pool else None


def laws(source: Path):
    if source.is_dir():
        for path in sorted(source.rglob("*.md")):
            yield path.relative_to(source).as_posix(), path.read_bytes()
        return
    texts = {}
    with tarfile.open(source) as tar:  # one pass over the stream (an .xz member cannot be sought cheaply)
        for member in tar:
            if member.isfile() and member.name.endswith(".md"):
                texts[member.name] = tar.extractfile(member).read()
    yield from sorted(texts.items())


def run_cases(name: str, data: bytes, family: str, draws: int = 1) -> list[dict]:
    """``draws`` cases of one law (a different word each; the first is the one a single draw picks)."""
    page = ingest_bytes(data, name)
    target = clean_and_explain(page.text).text
    records: list[dict] = []
    for draw in range(draws):
        seed = f"{SEED}:{family}:{name}" + (f":{draw}" if draw else "")
        record = run_case(name, target, family, random.Random(zlib.crc32(seed.encode())), frozenset(r["word"] for r in records))
        if record is None:
            break
        record["draw"] = draw
        records.append(record)
    return records


def run_case(name: str, target: str, family: str, rng: random.Random, exclude: frozenset) -> dict | None:
    """Damage one law, clean it, decide; the record of what happened (None: no word to pick)."""
    word = pick_word(target, rng, family, exclude)
    if word is None:
        return None
    anchor = spam_noise.brand_string(rng)
    occurrences = target.count(word)
    dirty = anchor.join(target.split(word))
    cleaned = clean_and_explain(dirty)
    gaps = restore.collect_gaps(name, cleaned.steps[SPAM_STEP])
    record = {"law": name, "family": family, "word": word, "anchor": anchor, "occurrences": occurrences, "gaps": len(gaps)}
    # Judged only where filling every gap with the word gives the law back exactly.
    truth = {g.start: restore.Restoration(word, 1.0) for g in gaps}
    if not gaps or len({g.anchor for g in gaps}) != 1 or clean_and_explain(dirty, restorations=truth).text != target:
        record["spam_rule_miss"] = True
        return record
    start = time.perf_counter()
    scored = model_restoration.score_candidates(gaps, cleaned.text, models=MODELS[0], extra=[word])
    decision = model_restoration.choose(scored, margin=float("-inf"), extra=[word])
    record["seconds"] = time.perf_counter() - start
    record["scored"] = scored
    record["model_word"] = decision.evidence.get("model_word", "")
    record["margin"] = decision.margin
    record["evidence"] = decision.evidence
    return record


def bucket(gaps: int, margins: dict[int, float]) -> int:
    """The key of ``margins`` (least number of gaps) that applies to a string with ``gaps`` gaps."""
    return max(k for k in margins if k <= gaps)


def outcome(record: dict, margins: dict[int, float]) -> str:
    """restored / wrong / unresolved under per-gap-count thresholds (``{least gaps: margin per gap}``)."""
    if not record.get("model_word") or record["margin"] < margins[bucket(record["gaps"], margins)]:
        return "unresolved"
    return "restored" if record["model_word"] == record["word"] else "wrong"


def calibrate(records: list[dict], target_wrong: float) -> dict[int, float]:
    """Per bucket of gap counts (the buckets of :data:`model_restoration.MARGINS`): the smallest
    margin whose wrongly restored gaps stay within ``target_wrong`` of that bucket's gaps (inf: no
    margin does)."""
    margins: dict[int, float] = {}
    keys = dict(model_restoration.MARGINS)
    for key in keys:
        chosen = [r for r in records if bucket(r["gaps"], keys) == key]
        total = sum(r["gaps"] for r in chosen) or 1
        margins[key] = float("inf")
        for margin in sorted({r["margin"] for r in chosen} | {0.0}):
            wrong = sum(r["gaps"] for r in chosen if outcome(r, {**keys, key: margin}) == "wrong")
            if wrong / total <= target_wrong:
                margins[key] = round(float(margin), 2) if margin == round(margin, 2) else float(np.ceil(margin * 100) / 100)
                break
    return margins


def _bucket_gaps(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-9" if n <= 9 else "10+"


def table(records: list[dict], margin: dict[int, float], title: str) -> str:
    rows: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in records:
        kind = outcome(r, margin)
        for key in (("length", str(len(r["word"]))), ("gaps", _bucket_gaps(r["gaps"])), ("all", "")):
            rows[key][kind] += r["gaps"]
            rows[key]["laws"] += 1
            rows[key]["laws_" + kind] += 1
    keys = sorted(margin)
    shown = ", ".join(f"{k}{'+' if i == len(keys) - 1 else '' if i + 1 < len(keys) and keys[i + 1] == k + 1 else f'-{keys[i + 1] - 1}'} gaps {margin[k]:.2f}" for i, k in enumerate(keys))
    lines = [f"{title} (margin per gap >= {shown})", "| by | value | cases | gaps | restored | wrong | unresolved |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    order = {"length": 0, "gaps": 1, "all": 2}
    buckets = {"1": 0, "2": 1, "3-4": 2, "5-9": 3, "10+": 4}
    def rank(key: tuple[str, str]) -> tuple:
        by, value = key
        return (order[by], int(value) if by == "length" else buckets.get(value, 0))

    for (by, value), c in sorted(rows.items(), key=lambda kv: rank(kv[0])):
        gaps = c["restored"] + c["wrong"] + c["unresolved"]
        pct = lambda k: f"{c[k]} ({100 * c[k] / gaps:.1f}%)" if gaps else "0"
        lines.append(f"| {by} | {value or 'all'} | {c['laws']} | {gaps} | {pct('restored')} | {pct('wrong')} | {pct('unresolved')} |")
    return "\n".join(lines)


def model_costs(path: Path | None) -> dict:
    """Load the models under test (into :data:`MODELS`): file size, n-grams, load time and memory."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    models = language_model.load(path) if path else language_model.shipped()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    MODELS[:] = [models]
    path = path or ROOT / "corpus_tools" / "resources" / language_model.RESOURCE
    return {"file": path.name, "file_mb": round(path.stat().st_size / 1e6, 2), "ngrams": models.nodes, "order": models.forward.order,
            "backward": models.backward is not None, "load_seconds": round(seconds, 3), "load_peak_rss_mb_increase": round((after - before) / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--family", choices=("frequent", "rare", "both"), default="both")
    parser.add_argument("--parts", default="calibration,test", help="held-out parts to run (calibration, test)")
    parser.add_argument("--calibration-words", type=int, default=1, help="words drawn per calibration law (each a case of its own; test laws: one)")
    parser.add_argument("--limit", type=int, default=0, help="at most N laws per split (0: all)")
    parser.add_argument("--margin", type=float, default=None, help="use this margin (all gap counts) instead of calibrating")
    parser.add_argument("--from-json", type=Path, action="append", default=[], help="tabulate the records of earlier --json runs again (repeatable: e.g. a calibration run and a test run)")
    parser.add_argument("--rescore", type=Path, action="append", default=[], help="with --from-json: the --scores pickles of those runs, to decide again with the current choose() (same order)")
    parser.add_argument("--shipped", action="store_true", help="tabulate at the shipped thresholds (model_restoration.MARGINS) instead of calibrating")
    parser.add_argument("--target-wrong", type=float, default=0.0025, help="calibration: share of gaps allowed wrong")
    parser.add_argument("--json", type=Path, default=None, help="write every case's record here")
    parser.add_argument("--model", type=Path, default=None, help="a model file to test instead of the shipped one")
    parser.add_argument("--scores", type=Path, default=None, help="pickle every case's scored candidates here (for offline analysis)")
    parser.add_argument("--words", choices=("jieba", "ngrams"), default=WORDS[0], help="what a word is: jieba tokens (needs jieba) or bounded n-grams")
    args = parser.parse_args(argv)
    if args.words == "jieba" and jieba is None:
        parser.error("--words jieba needs jieba (pip install -e '.[bench]')")
    WORDS[0] = args.words
    families = ("frequent", "rare") if args.family == "both" else (args.family,)
    records: dict[tuple[str, str], list[dict]] = defaultdict(list)
    if args.from_json:
        for source in args.from_json:
            saved = json.loads(source.read_text(encoding="utf-8"))
            costs = saved["costs"]
            for key, found in saved["records"].items():
                family, part = key.split("/")
                records[(family, part)].extend(found)
        for source in args.rescore:  # decide again from the saved candidates' scores
            with source.open("rb") as handle:
                for (family, part), scored in pickle.load(handle).items():
                    found = [r for r in records[(family, part)] if "rescored" not in r][:len(scored)]
                    for record, (law, word, candidates) in zip(found, scored):
                        assert (record["law"], record["word"]) == (law, word), "the pickle does not belong to the JSON"
                        record["rescored"] = True
                        if candidates is not None:
                            decision = model_restoration.choose(candidates, margin=float("-inf"))
                            record["model_word"], record["margin"] = decision.evidence.get("model_word", ""), decision.margin
    else:
        costs = model_costs(args.model)
        counts: dict[str, int] = defaultdict(int)
        for name, data in laws(args.corpus):
            if language_model.split_of(name) != "held_out":
                continue
            part = language_model.held_out_part(name)
            if part not in args.parts.split(","):
                continue
            if args.limit and counts[part] >= args.limit:
                continue
            counts[part] += 1
            for family in families:
                for record in run_cases(name, data, family, args.calibration_words if part == "calibration" else 1):
                    record["part"] = part
                    records[(family, part)].append(record)
    print(f"words: {'jieba tokens' if WORDS[0] == 'jieba' else 'bounded n-grams'}; model: {json.dumps(costs)}")
    if args.margin is not None:
        calibrated = {1: args.margin}
    elif args.shipped:
        calibrated = dict(model_restoration.MARGINS)
        print(f"shipped margins per gap: {calibrated}")
    else:
        pool = [r for family in families for r in records[(family, "calibration")] if not r.get("spam_rule_miss")]
        calibrated = calibrate(pool, args.target_wrong)
        print(f"calibrated margins per gap on {len(pool)} calibration cases ({', '.join(families)}; wrong gaps <= {args.target_wrong:.2%} per gap count): {calibrated}")
    for family in families:
        for part in ("calibration", "test"):
            if part not in args.parts.split(","):
                continue
            found = records[(family, part)]
            judged = [r for r in found if not r.get("spam_rule_miss")]
            missed = len(found) - len(judged)
            print()
            print(table(judged, calibrated, f"{family} words, {part} laws ({missed} spam-rule misses not judged)"))
            seconds = sum(r["seconds"] for r in judged)
            gaps = sum(r["gaps"] for r in judged)
            if gaps:
                print(f"time: {seconds / gaps * 1000:.1f} ms per gap, {seconds / len(judged) * 1000:.0f} ms per law")
    if args.scores:
        with args.scores.open("wb") as handle:
            pickle.dump({key: [(r["law"], r["word"], r.get("scored")) for r in found] for key, found in records.items()}, handle)
    for found in records.values():
        for r in found:
            r.pop("scored", None)
    if args.json:
        args.json.write_text(json.dumps({"margin": calibrated, "costs": costs, "records": {f"{f}/{p}": r for (f, p), r in records.items()}}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
