"""Recovery per noise family and per variant, measured on the articles the dataset holds.

A deterministic sample of clean laws of ``../shared/corpus/local-regulations.tar.xz``
is damaged by the wide noise generator (``tests/noise/wide``; ``--heldout`` adds
the sealed variants of ``tests/noise/heldout.py``; ``--heldout-set 2`` runs only
the second sealed set, ``tests/noise/heldout2.py``, ``--heldout-set 3`` the third,
``tests/noise/heldout3.py``, ``--heldout-set 4`` the fourth, ``tests/noise/heldout4.py``, ``--heldout-set 5`` the fifth, ``tests/noise/heldout5.py``, ``--heldout-set 6`` the sixth, ``tests/noise/heldout6.py``, ``--heldout-set 7`` the seventh, ``tests/noise/heldout7.py``, ``--heldout-set 8`` the eighth, ``tests/noise/heldout8.py``, ``--heldout-set 9`` the ninth, ``tests/noise/heldout9.py``, ``--heldout-set 10`` the tenth, ``tests/noise/heldout10.py``, ``--heldout-set 11`` the eleventh, ``tests/noise/heldout11.py``, ``--heldout-set 12`` the twelfth, ``tests/noise/heldout12.py``, ``--heldout-set 13`` the thirteenth, ``tests/noise/heldout13.py``, ``--heldout-set 14`` the fourteenth, ``tests/noise/heldout14.py``, ``--heldout-set 15`` the fifteenth, ``tests/noise/heldout15.py``, ``--heldout-set 16`` the sixteenth, ``tests/noise/heldout16.py``), one variant at a time.
Each variant's damaged pages (with the witness pages a variant promises, such
as a mirror of a law whose word a brand replaced) go through the real pipeline,
``python -m corpus_tools build RAW --out OUT --no-validate`` (so corpus-level
work, such as spam restoration, takes part), and the articles of each damaged
page are compared with the articles of the same law built undamaged.

Per variant and per family (Markdown and ``--json``):

``exact``
    articles of the undamaged build found, with the same number, heading and
    text, in the damaged page's build, over the articles no lossy injection
    touched (``dmg exact``: only those some injection touched);
``false edits`` / ``clean lost``
    articles no injection touched that came out under their number with
    another text (a cleaner changed clean text) / that did not come out under
    their number at all (merged into a neighbour whose label the damage hid,
    a page that gave no articles);
``residual``
    recorded injections whose noise survives in the damaged page's articles
    (each injection lists tokens, such as a brand and its parts, a ruby
    syllable, a Traditional character; an injection survives while the
    articles hold more of one of its tokens than the undamaged build does),
    over the recoverable injections that have tokens; ``resid art``: output
    articles holding a surplus of any injection's token, lossy ones included
    (a syllable that is no reading of its character stays by design);
    ``resid art rec``: output articles holding a surplus of a token of a
    recoverable injection (issue 15's "residual noise ... on recoverable
    damage"); ``page resid``: the same count on the
    whole cleaned page (noise outside articles, or on a page that gave none);
``extra art``
    output articles under a number the undamaged law does not have (or more
    often than it has it);
``none`` / ``deletion``
    baselines computed from the records: doing nothing (the articles no
    injection touched) and oracle plain deletion of every injected string
    without restoring what a string replaced (articles whose injections are
    all pure insertions); both assume structure sees every article;
``lossy``
    articles touched by lossy damage (a replaced word with no witness in the
    page or the corpus, a lost byte, a syllable that is not a reading of its
    character, ...), and how many came out exactly anyway.

Usage::

    .venv/bin/python benchmarks/bench_noise_families.py [--docs 60] [--seed 0] [--family ruby,spam]
        [--variant ruby_] [--heldout | --heldout-only | --heldout-set 2|3|4|5|6|7|8] [--workers 2] [--json out.json]
        [--markdown out.md] [--corpus DIR] [--keep DIR] [--show 2]

Cleaner developers: run it with ``--heldout`` only to read the held-out totals;
the held-out variant table is for the lead (``--heldout-variants``).  The later
sealed sets (``--heldout-set 2``, ``3``) report per family only: their variants' names
and figures appear nowhere (progress lines, examples, ``--json``) without
``--heldout-variants``.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.noise.wide.core import DamagedDoc, Law  # noqa: E402
from tests.noise.wide.corpus import sample_laws, unpack  # noqa: E402
from tests.noise.wide.registry import FAMILIES, damage, variants  # noqa: E402

_WORDISH = regex.compile(r"^[A-Za-z0-9\u00c0-\u024f\u0300-\u036f]+$")
SEP = "\u0001"


# --------------------------------------------------------------------------- building


def run_build(raw: Path, out: Path) -> tuple[int, str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    t0 = time.perf_counter()
    proc = subprocess.run(  # cwd=ROOT: ``-m`` puts the working folder first on sys.path
        [sys.executable, "-m", "corpus_tools", "build", str(raw), "--out", str(out), "--no-validate", "--workers", "1", "--quiet"],
        env=env, capture_output=True, text=True, cwd=ROOT,
    )
    return proc.returncode, proc.stderr[-4000:], time.perf_counter() - t0


#: Exit codes of ``build`` that mean OUT was written: 5 (``--no-validate``: written, not validated),
#: and 0 and 3 (valid; some files rejected) should the gate ever be turned on here.
WRITTEN = (0, 3, 5)


def read_build(out: Path) -> tuple[dict[str, list[dict]], dict[str, str], set[str]]:
    """Articles per source file (in page order), cleaned page text per source file, rejected files."""
    import pyarrow.parquet as pq

    arts: dict[str, list[dict]] = defaultdict(list)
    pages: dict[str, str] = {}
    for path in sorted((out / "data").glob("articles-*.parquet")):
        t = pq.read_table(path, columns=["source_file", "article_no", "article_suffix", "heading", "text", "start", "doc_id"])
        for row in t.to_pylist():
            arts[row["source_file"]].append(row)
    import pyarrow as pa

    from corpus_tools.dataset.texts import EDIT_COLUMNS, page_texts

    edit_paths = sorted((out / "data").glob("edits-*.parquet"))
    edits = (pa.concat_tables([pq.read_table(p, columns=list(EDIT_COLUMNS)) for p in edit_paths]) if edit_paths
             else {c: [] for c in EDIT_COLUMNS})
    doc_paths = sorted((out / "data").glob("documents-*.parquet"))
    documents = (pa.concat_tables([pq.read_table(p, columns=["page_id", "page_start", "page_end", "text"]) for p in doc_paths])
                 if doc_paths else None)
    for path in sorted((out / "data").glob("pages-*.parquet")):  # the edits replayed on ingested_text, or the documents (format 4)
        t = pq.read_table(path)
        pages.update(zip(t.column("source_file").to_pylist(), page_texts(t, edits, documents)))
    rejected = set()
    rj = out / "rejected.jsonl"
    if rj.exists():
        for line in rj.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rejected.add(json.loads(line)["source_file"])
    for rows in arts.values():
        rows.sort(key=lambda r: (r["doc_id"], r["start"]))
    return arts, pages, rejected


def write_docs(raw: Path, docs: list[tuple[int, DamagedDoc]]) -> dict[int, str]:
    raw.mkdir(parents=True)
    names = {}
    for i, doc in docs:
        name = f"{i:03d}{doc.suffix}"
        (raw / name).write_bytes(doc.data)
        names[i] = name
        for extra, data in doc.extra_files.items():
            w = raw / "witness" / f"{i:03d}_{extra}"
            w.parent.mkdir(exist_ok=True)
            w.write_bytes(data)
    return names


# --------------------------------------------------------------------------- scoring


def count(token: str, text: str) -> int:
    if _WORDISH.match(token):
        return len(regex.findall(rf"(?<![A-Za-z0-9\u00c0-\u024f\u0300-\u036f]){regex.escape(token)}(?![A-Za-z0-9\u00c0-\u024f])", text))
    return text.count(token)


def article_string(a: dict) -> str:
    return (a.get("heading") or "") + SEP + (a.get("text") or "")


@dataclass
class Score:
    docs: int = 0
    skipped: int = 0  # the variant found nothing to damage in the law
    rejected: int = 0
    zero_article_docs: int = 0
    ref_articles: int = 0
    rec_articles: int = 0
    rec_exact: int = 0
    dmg_articles: int = 0
    dmg_exact: int = 0
    clean_articles: int = 0
    clean_exact: int = 0
    clean_changed: int = 0  # untouched articles found under their number with another text (false edits)
    clean_lost: int = 0  # untouched articles not found under their number (merged, split, lost)
    lossy_articles: int = 0
    lossy_exact: int = 0
    out_articles: int = 0
    extra_articles: int = 0
    residual_articles: int = 0
    residual_rec_articles: int = 0  # output articles holding a surplus of a recoverable injection's token
    injections: int = 0
    lossy_injections: int = 0
    tokened: int = 0
    survived: int = 0
    tokened_lossy: int = 0
    survived_lossy: int = 0
    page_survived: int = 0
    base_none: int = 0
    base_delete: int = 0
    reclassified: int = 0  # lossy injections found witnessed in the corpus
    build_seconds: float = 0.0
    examples: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k, v in vars(other).items():
            if k == "examples":
                for ex in v:  # keep up to 3 damaged and 3 untouched examples
                    if sum(e["touched"] == ex["touched"] for e in self.examples) < 3:
                        self.examples.append(ex)
            else:
                setattr(self, k, getattr(self, k) + v)

    def pct(self, a: str, b: str) -> float | None:
        den = getattr(self, b)
        return None if not den else 100.0 * getattr(self, a) / den

    def summary(self) -> dict:
        d = {k: v for k, v in vars(self).items() if k != "examples"}
        d.update(
            exact=self.pct("rec_exact", "rec_articles"),
            damaged_exact=self.pct("dmg_exact", "dmg_articles"),
            false_edits=self.pct("clean_changed", "clean_articles"),
            clean_lost_pct=self.pct("clean_lost", "clean_articles"),
            page_residual=self.pct("page_survived", "tokened"),
            residual=self.pct("survived", "tokened"),
            residual_articles_pct=self.pct("residual_articles", "out_articles"),
            residual_rec_articles_pct=self.pct("residual_rec_articles", "out_articles"),
            baseline_none=self.pct("base_none", "rec_articles"),
            baseline_deletion=self.pct("base_delete", "rec_articles"),
            lossy_exact=self.pct("lossy_exact", "lossy_articles"),
            lossy_residual=self.pct("survived_lossy", "tokened_lossy"),
        )
        return d

    def pct_inv(self, a: str, b: str) -> float | None:
        den = getattr(self, b)
        return None if not den else 100.0 * (den - getattr(self, a)) / den


def reclassify_witnessed(doc: DamagedDoc, others: list[str]) -> int:
    """A 'no witness' replacement is recoverable after all when another law of the build holds the same passage."""
    n = 0
    base = doc.base_text
    for inj in doc.injections:
        if inj.lossy and inj.kind == "replace" and inj.note.startswith("no witness"):
            left = base[max(0, inj.orig_start - 6) : inj.orig_start]
            right = base[inj.orig_end : inj.orig_end + 6]
            passage = left + inj.original + right
            if "\n" not in passage and any(passage in o for o in others):
                inj.lossy = False
                inj.note = "witnessed by another law of the build"
                n += 1
    return n


def consume(budget: dict[str, int], tokens: tuple[str, ...]) -> bool:
    """True when one of ``tokens`` still has surplus in ``budget`` (the injection survives); uses one of each.

    >>> b = {"乐天堂": 1, "ltt": 0}
    >>> consume(b, ("乐天堂", "ltt")), consume(b, ("乐天堂", "ltt"))
    (True, False)
    """
    hit = [t for t in tokens if budget.get(t, 0) > 0]
    for t in hit:
        budget[t] -= 1
    return bool(hit)


def score_doc(doc: DamagedDoc, ref: list[dict], ref_page: str, got: list[dict], got_page: str | None, rejected: bool) -> Score:
    s = Score(docs=1, ref_articles=len(ref), injections=len(doc.injections), lossy_injections=sum(i.lossy for i in doc.injections))
    if rejected:
        s.rejected = 1
    n = len(ref)
    touched = [False] * n
    lossy = [False] * n
    only_inserts = [True] * n
    for inj in doc.injections:
        for k in doc.articles_of(inj):
            if k >= n:
                continue
            touched[k] = True
            lossy[k] = lossy[k] or inj.lossy
            if inj.kind != "insert":
                only_inserts[k] = False
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for a in got:
        pool[(a["article_no"], a["article_suffix"])].append(a)
    first_by_key = {key: rows[0] for key, rows in pool.items()}
    consumed: set[int] = set()
    exact = [False] * n
    for k, r in enumerate(ref):
        key = (r["article_no"], r["article_suffix"])
        want = article_string(r)
        for a in pool.get(key, ()):
            if id(a) not in consumed and article_string(a) == want:
                consumed.add(id(a))
                exact[k] = True
                break
    ref_keys = Counter((r["article_no"], r["article_suffix"]) for r in ref)
    got_keys = Counter((a["article_no"], a["article_suffix"]) for a in got)
    s.extra_articles = sum(max(0, c - ref_keys.get(k, 0)) for k, c in got_keys.items())
    s.out_articles = len(got)
    s.zero_article_docs = int(not got)
    for k in range(n):
        if lossy[k]:
            s.lossy_articles += 1
            s.lossy_exact += exact[k]
            continue
        s.rec_articles += 1
        s.rec_exact += exact[k]
        s.base_none += not touched[k]
        s.base_delete += only_inserts[k]
        if touched[k]:
            s.dmg_articles += 1
            s.dmg_exact += exact[k]
        else:
            s.clean_articles += 1
            s.clean_exact += exact[k]
            if not exact[k]:
                if (ref[k]["article_no"], ref[k]["article_suffix"]) in pool:
                    s.clean_changed += 1
                else:
                    s.clean_lost += 1
    # residual: token surplus over the undamaged build
    tokens = sorted({t for inj in doc.injections for t in inj.tokens})
    got_all = SEP.join(article_string(a) for a in got)
    ref_all = SEP.join(article_string(r) for r in ref)
    budget = {t: max(0, count(t, got_all) - count(t, ref_all)) for t in tokens}
    page_budget = {t: max(0, count(t, got_page or "") - count(t, ref_page)) for t in tokens} if got_page is not None else {}
    for inj in doc.injections:
        if not inj.tokens:
            continue
        if inj.lossy:
            s.tokened_lossy += 1
        else:
            s.tokened += 1
        if consume(budget, inj.tokens):
            if inj.lossy:
                s.survived_lossy += 1
            else:
                s.survived += 1
        if consume(page_budget, inj.tokens):
            s.page_survived += not inj.lossy
    ref_by_key = {(r["article_no"], r["article_suffix"]): article_string(r) for r in ref}
    rec_tokens = sorted({t for inj in doc.injections if not inj.lossy for t in inj.tokens})
    for a in got:
        mine = article_string(a)
        theirs = ref_by_key.get((a["article_no"], a["article_suffix"]), "")
        if any(count(t, mine) > count(t, theirs) for t in tokens if t in mine or _WORDISH.match(t)):
            s.residual_articles += 1
            if any(count(t, mine) > count(t, theirs) for t in rec_tokens if t in mine or _WORDISH.match(t)):
                s.residual_rec_articles += 1
    for want_touched in (True, False):  # one damaged and one untouched article that did not come out exactly
        for k, r in enumerate(ref):
            if not exact[k] and not lossy[k] and touched[k] == want_touched:
                key = (r["article_no"], r["article_suffix"])
                cand = first_by_key.get(key)
                want, got_text = r["text"] or "", (cand["text"] or "") if cand else None
                at = 0
                if got_text is not None:
                    while at < min(len(want), len(got_text)) and want[at] == got_text[at]:
                        at += 1
                lo = max(0, at - 30)
                s.examples.append({
                    "law": doc.law_name, "article": key[0], "touched": touched[k], "at": at, "want": want[lo : at + 90],
                    "got": got_text[lo : at + 90] if got_text is not None else None,
                })
                break
    return s


# --------------------------------------------------------------------------- driver


def reference_build(laws: list[Law], work: Path) -> tuple[dict[int, list[dict]], dict[int, str], list[int]]:
    raw = work / "reference" / "raw"
    raw.mkdir(parents=True)
    for i, law in enumerate(laws):
        (raw / f"{i:03d}.md").write_text(law.md, encoding="utf-8")
    out = work / "reference" / "out"
    code, err, _ = run_build(raw, out)
    if code not in WRITTEN:
        raise SystemExit(f"reference build failed ({code}):\n{err}")
    arts, pages, _ = read_build(out)
    refs, ref_pages, dropped = {}, {}, []
    for i, law in enumerate(laws):
        rows = arts.get(f"{i:03d}.md", [])
        if len(rows) != law.num_articles:
            dropped.append(i)  # structure and the generator disagree on the clean law: not scored
            continue
        refs[i], ref_pages[i] = rows, pages.get(f"{i:03d}.md", "")
    return refs, ref_pages, dropped


def run_variant(name: str, laws: list[Law], refs, ref_pages, seed: int, work: Path, keep: Path | None) -> Score:
    docs = []
    skipped = 0
    for i, law in enumerate(laws):
        if i not in refs:
            continue
        doc = damage(law, name, seed)
        if doc is None:
            skipped += 1
            continue
        docs.append((i, doc))
    total = Score(skipped=skipped)
    if not docs:
        return total
    bases = {i: html.unescape(doc.base_text) for i, doc in docs}
    for i, doc in docs:
        total.reclassified += reclassify_witnessed(doc, [b for j, b in bases.items() if j != i])
    root = (keep or work) / name
    raw, out = root / "raw", root / "out"
    names = write_docs(raw, docs)
    code, err, seconds = run_build(raw, out)
    total.build_seconds = seconds
    if code not in WRITTEN or not out.exists():
        print(f"  {name}: build failed ({code}): {err[-500:]}", file=sys.stderr)
        arts, pages, rejected = {}, {}, set(names.values())
    else:
        arts, pages, rejected = read_build(out)
    for i, doc in docs:
        src = names[i]
        total.add(score_doc(doc, refs[i], ref_pages[i], arts.get(src, []), pages.get(src), src in rejected))
    return total


def provenance() -> dict:
    """Which corpus_tools the builds ran (the checkout this script belongs to) and its commit."""
    where = subprocess.run([sys.executable, "-c", "import corpus_tools; print(corpus_tools.__file__)"], cwd=ROOT,
                           capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT))).stdout.strip()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "corpus_tools"], cwd=ROOT, capture_output=True, text=True).stdout.strip())
    return {"corpus_tools": where, "commit": commit, "corpus_tools_modified": dirty}


def fmt_pct(x: float | None, digits: int = 1) -> str:
    """A percentage; never rounds a shortfall to 100.0 or a trace to 0.0 (99.96, 0.04)."""
    if x is None:
        return "–"
    for d in range(digits, 7):
        text = f"{x:.{d}f}"
        if (float(text) != 100.0 or x == 100) and (float(text) != 0.0 or x == 0):
            return text
    return text


COLUMNS = (
    ("exact %", "exact"), ("dmg exact %", "damaged_exact"), ("false edits %", "false_edits"), ("clean lost %", "clean_lost_pct"),
    ("residual %", "residual"), ("resid art %", "residual_articles_pct"), ("resid art rec %", "residual_rec_articles_pct"), ("page resid %", "page_residual"), ("none %", "baseline_none"),
    ("deletion %", "baseline_deletion"),
)


def table(rows: list[tuple[str, str, dict]], first: str) -> str:
    fam_col = first != "family"
    head = f"| {first} | " + ("family | " if fam_col else "") + "pages | articles | " + " | ".join(c for c, _ in COLUMNS) + " | extra art | lossy art | lossy exact % |"
    sep = "|" + "---|" * (head.count("|") - 1)
    out = [head, sep]
    for name, fam, s in rows:
        cells = [fmt_pct(s[k]) for _, k in COLUMNS]
        out.append(
            f"| {name} | " + (f"{fam} | " if fam_col else "") + f"{s['docs']} | {s['rec_articles']} | " + " | ".join(cells)
            + f" | {s['extra_articles']} | {s['lossy_articles']} | {fmt_pct(s['lossy_exact'])} |"
        )
    return "\n".join(out)


#: Report sections: the seen variants, the first sealed set, the second and third sealed sets.
LABELS = ("seen", "held-out", "held-out v2", "held-out v3", "held-out v4", "held-out v5", "held-out v6", "held-out v7", "held-out v8", "held-out v9", "held-out v10", "held-out v11", "held-out v12", "held-out v13", "held-out v14", "held-out v15", "held-out v16")


def section_label(heldout: bool, heldout_set: int) -> str:
    """The report section of a variant (``held-out v2`` for the second sealed set, ``held-out v3`` for the third)."""
    return "seen" if not heldout else ("held-out" if heldout_set <= 1 else f"held-out v{heldout_set}")


def render(report: dict, *, heldout_variants: bool = False) -> str:
    """The Markdown tables of a report (per family, then per variant; held-out variants only on request)."""
    md = []
    for label in LABELS:
        if label not in report:
            continue
        part = report[label]
        fam_rows = [(f, f, s) for f, s in part["families"].items()] + [("**all (no control)**", "", part["total"])]
        md.append(f"### {label.capitalize()} variants: per family\n\n{table(fam_rows, 'family')}\n")
        if (label == "seen" or heldout_variants) and part.get("variants"):
            var_rows = [(n, s["family"], s) for n, s in part["variants"].items()]
            md.append(f"### {label.capitalize()} variants: per variant\n\n{table(var_rows, 'variant')}\n")
    return "\n".join(md)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--family", default="", help="comma-separated families")
    ap.add_argument("--variant", default="", help="comma-separated variant names or prefixes")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--heldout", action="store_true", help="also run the held-out variants (reported apart)")
    g.add_argument("--heldout-only", action="store_true")
    g.add_argument("--heldout-set", type=int, choices=(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16),
                   help="run only a later sealed held-out set (2: tests/noise/heldout2.py, 3: tests/noise/heldout3.py, 4: tests/noise/heldout4.py, 5: tests/noise/heldout5.py, 6: tests/noise/heldout6.py, 7: tests/noise/heldout7.py, 8: tests/noise/heldout8.py, 9: tests/noise/heldout9.py, 10: tests/noise/heldout10.py, 11: tests/noise/heldout11.py, 12: tests/noise/heldout12.py, 13: tests/noise/heldout13.py, 14: tests/noise/heldout14.py, 15: tests/noise/heldout15.py, 16: tests/noise/heldout16.py), "
                        "reported per family")
    ap.add_argument("--heldout-variants", action="store_true", help="print the held-out per-variant table (for the lead)")
    ap.add_argument("--workers", type=int, default=1, help="builds run at the same time (each build uses one process)")
    ap.add_argument("--corpus", type=Path, help="an unpacked corpus folder (default: unpack the shared tarball)")
    ap.add_argument("--max-chars", type=int, default=30000)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--markdown", type=Path)
    ap.add_argument("--keep", type=Path, help="keep each variant's raw pages and build here")
    ap.add_argument("--show", type=int, default=0, help="print this many failing articles per variant")
    ap.add_argument("--render", type=Path, help="only print the tables of a saved --json report")
    args = ap.parse_args(argv)
    if args.render:
        print(render(json.loads(args.render.read_text(encoding="utf-8")), heldout_variants=args.heldout_variants))
        return 0

    which = None if (args.heldout or args.heldout_only) else False
    vs = variants(heldout=which)
    if args.heldout_only:
        vs = [v for v in vs if v.heldout]
    if args.heldout_set:
        vs = variants(heldout=True, heldout_set=args.heldout_set)
    #: variant names and figures of the second sealed set stay out of every output unless asked for
    quiet = {v.name for v in vs if v.heldout_set >= 2 and not args.heldout_variants}
    if args.family:
        fams = set(args.family.split(","))
        unknown = fams - set(FAMILIES)
        if unknown:
            ap.error(f"unknown families: {sorted(unknown)}")
        vs = [v for v in vs if v.family in fams]
    if args.variant:
        wanted = args.variant.split(",")
        vs = [v for v in vs if any(v.name == w or v.name.startswith(w) for w in wanted)]
    if not vs:
        ap.error("no variant selected")

    t0 = time.perf_counter()
    code = provenance()  # at the start: the code the builds run
    with tempfile.TemporaryDirectory(prefix="bench-noise-") as tmp:
        work = Path(tmp)
        corpus = args.corpus or unpack(work / "corpus")
        laws = sample_laws(corpus, args.docs, args.seed, max_chars=args.max_chars)
        refs, ref_pages, dropped = reference_build(laws, work)
        print(f"{len(laws)} laws sampled (seed {args.seed}), {len(dropped)} dropped (article count disagrees), "
              f"{len(vs)} variants", file=sys.stderr)
        results: dict[str, Score] = {}

        def job(v):
            return v.name, run_variant(v.name, laws, refs, ref_pages, args.seed, work, args.keep)

        with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
            for done, (name, score) in enumerate(pool.map(job, vs), 1):
                results[name] = score
                if name in quiet:
                    print(f"  sealed variant {done}/{len(vs)} built ({score.build_seconds:.1f}s)", file=sys.stderr)
                    continue
                s = score.summary()
                print(f"  {name:36s} exact {fmt_pct(s['exact']):>5} resid {fmt_pct(s['residual']):>5} "
                      f"page resid {fmt_pct(s['page_residual']):>5} lossy exact {fmt_pct(s['lossy_exact']):>5} "
                      f"({score.build_seconds:.1f}s)", file=sys.stderr)
                if args.show:
                    shown = [e for e in score.examples if e["touched"]][: args.show] + [e for e in score.examples if not e["touched"]][: args.show]
                    for ex in shown:
                        what = "damaged" if ex["touched"] else "UNTOUCHED"
                        print(f"      {what} {ex['law']} art {ex['article']} (first difference at {ex['at']})\n"
                              f"        want {ex['want']!r}\n        got  {ex['got']!r}", file=sys.stderr)

    by_name = {v.name: v for v in vs}
    report: dict = {
        "docs": len(laws) - len(dropped), "seed": args.seed, "dropped": len(dropped), "seconds": round(time.perf_counter() - t0, 1),
        "code": code,
    }
    for label in LABELS:
        names = [v.name for v in vs if section_label(v.heldout, v.heldout_set) == label]
        if not names:
            continue
        fam_scores: dict[str, Score] = defaultdict(Score)
        total = Score()
        for name in names:
            fam_scores[by_name[name].family].add(results[name])
            if by_name[name].family != "control":
                total.add(results[name])
        var_order = sorted(names, key=lambda n: (FAMILIES.index(by_name[n].family), n))
        report[label] = {
            "families": {f: fam_scores[f].summary() for f in FAMILIES if f in fam_scores},
            "total": total.summary(),
            "variants": {
                n: dict(results[n].summary(), family=by_name[n].family, description=by_name[n].description, lossy_by_design=by_name[n].lossy)
                for n in var_order if n not in quiet
            },
        }
    text = render(report, heldout_variants=args.heldout_variants)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
