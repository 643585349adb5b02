"""Sampling clean laws, and a folder of damaged laws with a manifest of what to expect.

:func:`make_noisy_corpus` writes ``n_docs`` damaged laws covering every family
(seen variants only), some of them deliberately damaged beyond repair, plus
the witness pages some damage promises (a mirror of a law whose word a brand
replaced), and ``manifest.json`` saying for every file whether a build should
flag it (document-quality findings) or leave it clean.  Issue 13's acceptance
builds such a folder.
"""

from __future__ import annotations

import json
import os
import random
import tarfile
import tempfile
from pathlib import Path

from tests.noise.wide.core import DamagedDoc, Law, parse_law
from tests.noise.wide.registry import FAMILIES, damage, variants

ROOT = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("CORPUS_TOOLS_SHARED", ROOT.parent / "shared"))


def tarball() -> Path:
    """The shared clean corpus (``../shared/corpus/local-regulations.tar.xz``; /work/shared in a worktree)."""
    path = SHARED / "corpus" / "local-regulations.tar.xz"
    if not path.exists():
        path = Path("/work/shared/corpus/local-regulations.tar.xz")
    return path


def unpack(target: Path, source: Path | None = None) -> Path:
    with tarfile.open(source or tarball()) as tar:
        tar.extractall(target, filter="data")
    return target


def sample_laws(corpus: Path, n: int, seed: int | str, *, max_chars: int = 30000, min_articles: int = 3) -> list[Law]:
    """``n`` laws drawn deterministically (by ``seed``) among those with 3+ articles and at most ``max_chars``."""
    files = sorted(Path(corpus).rglob("*.md"))
    rng = random.Random(f"bench-noise|{seed}")
    rng.shuffle(files)
    out = []
    for path in files:
        md = path.read_text(encoding="utf-8")
        if len(md) > max_chars:
            continue
        law = parse_law(md, str(path.relative_to(corpus)))
        if law.num_articles < min_articles:
            continue
        out.append(law)
        if len(out) == n:
            break
    return out


#: Damage beyond repair, and why a build should flag it.
BEYOND_REPAIR = {
    "spam_replace_no_witness": "a brand replaced a word everywhere and nothing in the corpus shows the word (unresolved spam gap)",
    "enc_gbk_lost_bytes_everywhere": "a lost GBK byte in most lines (mojibake, ? or U+FFFD between Chinese characters)",
    "ruby_unknown_reading": "bracketed syllables that are not readings of their characters (ruby-like groups left in the text)",
    "enc_fffd_replacing": "U+FFFD in place of characters",
    "enc_utf8_as_gbk_lossy_lines": "lines of UTF-8 read as GBK with bytes lost to U+FFFD",
}


def _recoverable(doc: DamagedDoc) -> bool:
    return not any(i.lossy for i in doc.injections)


def make_noisy_corpus(
    out_dir: Path | str,
    n_docs: int = 120,
    seed: int = 0,
    *,
    corpus_dir: Path | None = None,
    beyond_repair: float = 0.15,
    max_chars: int = 30000,
) -> dict:
    """Write ``n_docs`` damaged laws into ``out_dir`` (plus ``witness/`` pages and ``manifest.json``).

    About ``beyond_repair`` of the documents get damage no cleaner can undo
    (:data:`BEYOND_REPAIR`, ``expect: flagged``); the others get one to three
    recoverable seen variants of different families (``expect: clean``: a
    cleaner that knows the families restores every article).  Every seen
    family appears; variants are dealt round-robin so that every recoverable
    variant appears when ``n_docs`` allows.  Witness pages (clean copies or
    quotations of a law) are listed with ``expect: clean``.  Returns the
    manifest.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="noisy-corpus-") as tmp:
        corpus = corpus_dir or unpack(Path(tmp))
        laws = sample_laws(corpus, n_docs, f"noisy-corpus|{seed}", max_chars=max_chars)
    rng = random.Random(f"make_noisy_corpus|{seed}")
    pool = [v for v in variants() if not v.lossy and v.family != "control"]
    rng.shuffle(pool)
    by_family: dict[str, list] = {}
    for v in pool:
        by_family.setdefault(v.family, []).append(v.name)
    n_broken = max(len(BEYOND_REPAIR), round(n_docs * beyond_repair)) if n_docs >= 20 else max(1, round(n_docs * beyond_repair))
    broken_idx = set(rng.sample(range(len(laws)), min(n_broken, len(laws))))
    broken_kinds = list(BEYOND_REPAIR)
    deal = iter([v.name for _ in range(1000) for v in pool])  # round-robin over every recoverable variant
    families = [f for f in FAMILIES if f in by_family]
    docs_manifest = []
    bases: list[str] = [law.md for law in laws]
    for i, law in enumerate(laws):
        if i in broken_idx:
            kind = broken_kinds[len([j for j in broken_idx if j < i]) % len(broken_kinds)]
            doc = damage(law, kind, f"{seed}|{i}")
            expect, reason = "flagged", BEYOND_REPAIR[kind]
            if kind == "spam_replace_no_witness" and doc is not None:
                others = [b for j, b in enumerate(bases) if j != i]
                if _witnessed(doc, others):
                    doc = damage(law, "enc_gbk_lost_bytes_everywhere", f"{seed}|{i}")
                    reason = BEYOND_REPAIR["enc_gbk_lost_bytes_everywhere"]
        else:
            doc = None
            for attempt in range(12):
                names = [next(deal)]
                fam0 = _family(names[0])
                extra = [f for f in families if f != fam0 and f != "mixed"]
                for f in rng.sample(extra, rng.randint(0, 2)):
                    names.append(rng.choice(by_family[f]))
                doc = _compose(law, names, f"{seed}|{i}|{attempt}")
                if doc is not None and _recoverable(doc):
                    break
                doc = None
            expect, reason = "clean", "recoverable damage only"
        if doc is None:
            doc = damage(law, "control_txt_plain", seed)
            expect, reason = "clean", "no damage (no variant applied)"
        name = f"{i:03d}{doc.suffix}"
        (out / name).write_bytes(doc.data)
        witness = []
        for extra_name, data in sorted(doc.extra_files.items()):
            rel = f"witness/{i:03d}_{extra_name}"
            (out / rel).parent.mkdir(exist_ok=True)
            (out / rel).write_bytes(data)
            witness.append(rel)
        entry = {"file": name, "expect": expect, "reason": reason, **doc.manifest(), "witness_files": witness}
        docs_manifest.append(entry)
    manifest = {
        "seed": seed,
        "n_docs": len(docs_manifest),
        "flagged": sum(d["expect"] == "flagged" for d in docs_manifest),
        "clean": sum(d["expect"] == "clean" for d in docs_manifest),
        "families": sorted({f for d in docs_manifest for f in d["families"]}),
        "documents": docs_manifest,
        "witness_pages": [{"file": w, "expect": "clean"} for d in docs_manifest for w in d["witness_files"]],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def _family(name: str) -> str:
    from tests.noise.wide.registry import REGISTRY

    return REGISTRY[name].family


def _compose(law: Law, names: list[str], seed: str) -> DamagedDoc | None:
    """Several variants on one page (the first decides the format; variants of another format are dropped)."""
    import random as _random

    from tests.noise.wide.core import Damager, render_html, render_txt
    from tests.noise.wide.registry import REGISTRY, run_as

    fmt = REGISTRY[names[0]].fmt
    names = [n for n in names if REGISTRY[n].fmt == fmt]
    # Whole-page conversions go last, so that they skip what the others inserted.
    names.sort(key=lambda n: n.startswith(("script_", "enc_big5_page")))
    base = render_html(law) if fmt == "html" else render_txt(law)
    d = Damager(base, _random.Random(f"{seed}|{'+'.join(names)}|{law.name}"))
    for n in names:
        run_as(d, n)
    if not d.edits:
        return None
    doc = d.render(names, [REGISTRY[n].family for n in names])
    try:
        doc.data
    except UnicodeEncodeError:  # an inserted string has no code in the page's legacy encoding
        return None
    return doc


def _witnessed(doc: DamagedDoc, others: list[str]) -> bool:
    base = doc.base_text
    for inj in doc.injections:
        if inj.kind == "replace":
            passage = base[max(0, inj.orig_start - 6) : inj.orig_start] + inj.original + base[inj.orig_end : inj.orig_end + 6]
            if any(passage in o for o in others):
                return True
    return False
