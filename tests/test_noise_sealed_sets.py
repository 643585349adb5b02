"""The later sealed held-out sets (tests/noise/heldout2.py … heldout12.py) and how the benchmark reports them.

These tests hold each set to the generator's promises (deterministic, every
variant damages the page, every injection recorded, the recorded originals
give the clean law back) and to its seal: new members only (in neither the
seen generator nor an earlier held-out set), and no variant name or figure in
the benchmark's output unless ``--heldout-variants`` asks for it.  They never
name a variant of a set (parameters are numbered), so reading this file
tells a cleaner developer nothing about the sets' members.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter

import pytest

from tests.noise.wide import REGISTRY, damage, parse_law, render_html, render_txt, variants
from tests.test_noise_wide import LAW
from tests.noise.wide.registry import HELDOUT_SETS

FAMILIES8 = ("ruby", "spam", "furniture", "script", "encoding", "width", "layout", "mixed")
SEALED = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
SETS = {n: variants(heldout=True, heldout_set=n) for n in SEALED}
MEMBERS = [(n, i) for n in SEALED for i in range(len(SETS[n]))]
MEMBER_IDS = [f"set{n}-{i:02d}" for n, i in MEMBERS]


def _law_for(set_number: int):
    """The suite's short law; sets 3 to 13 add a book title and a dash its last article lacks (marks some members damage)."""
    if set_number == 2:
        return parse_law(LAW, "test/绿色旅游.md")
    text = LAW.replace("本条例自2022年1月1日起施行。", "本条例依照《中华人民共和国旅游法》——自2022年1月1日起施行。")
    assert text != LAW
    return parse_law(text, "test/绿色旅游.md")


@pytest.fixture(scope="module")
def laws():
    return {n: _law_for(n) for n in SEALED}


@pytest.mark.parametrize("set_number", SEALED)
def test_set_is_sealed_and_new(set_number):
    members = SETS[set_number]
    counts = Counter(v.family for v in members)
    if set_number == 2:
        assert all(counts[f] >= 5 for f in FAMILIES8), counts
    else:
        # a set may declare a family absent (with its reason) rather than pad it with a member on a known axis
        absent = getattr(importlib.import_module(HELDOUT_SETS[set_number]), "ABSENT_FAMILIES", {})
        assert all(reason.strip() for reason in absent.values()) and not set(absent) & set(counts), absent
        assert all(counts[f] >= 1 for f in FAMILIES8 if f not in absent) and len(members) >= 16, counts
    assert all(v.heldout and v.heldout_set == set_number for v in members)
    earlier = variants()  # the seen generator
    for n in range(1, set_number):
        # each earlier sealed set, unchanged by a later one being loaded
        prior = variants(heldout=True, heldout_set=n)
        assert prior and all(v.heldout_set == n for v in prior)
        earlier += prior
    assert not {v.name for v in members} & {v.name for v in earlier}
    assert not {v.description for v in members} & {v.description for v in earlier}
    source = REGISTRY[members[0].name].apply.__code__.co_filename
    with open(source, encoding="utf-8") as f:
        assert "MUST NOT READ" in f.read(400)
    assert all(REGISTRY[v.name].apply.__code__.co_filename == source for v in members)
    assert all(v.apply.__doc__ and v.apply.__doc__.strip() for v in members)  # each says where its damage comes from


@pytest.mark.parametrize(("set_number", "index"), MEMBERS, ids=MEMBER_IDS)
def test_variant_deterministic_damaging_and_invertible(laws, set_number, index):
    name = SETS[set_number][index].name
    law = laws[set_number]
    doc = damage(law, name, seed=7)
    assert doc is not None, "the variant finds nothing to damage in the test law"
    again = damage(law, name, seed=7)
    assert again.data == doc.data and again.text == doc.text
    assert [i.to_json() for i in again.injections] == [i.to_json() for i in doc.injections]
    # the page is damaged: its bytes are not the clean rendering's
    clean = (render_html(law) if REGISTRY[name].fmt == "html" else render_txt(law)).text
    assert doc.data != clean.encode("utf-8")
    last_end = 0
    for inj in doc.injections:
        assert doc.text[inj.start : inj.end] == inj.injected
        assert doc.base_text[inj.orig_start : inj.orig_end] == inj.original
        assert inj.start >= last_end
        last_end = inj.end
    # the ground truth is the clean law: putting the originals back gives its rendering exactly
    assert doc.base_text == clean
    assert doc.inverse() == clean
    assert doc.data.decode(doc.encoding) == doc.text


@pytest.mark.parametrize("set_number", SEALED)
def test_seed_changes_damage(laws, set_number):
    members = SETS[set_number]
    changed = 0
    for v in members:
        docs = [damage(laws[set_number], v.name, seed=s) for s in (1, 2, 3)]
        pages = {doc.data if doc else b"" for doc in docs}  # None: a seed that placed nothing in the short test law
        changed += len(pages) > 1
    # whole-page conversions and re-encodings do not draw on the seed; the others place their damage by it
    assert changed >= len(members) // 2


@pytest.fixture(scope="module")
def corpus_laws(clean_corpus_dir):
    from tests.noise.wide.corpus import sample_laws

    return sample_laws(clean_corpus_dir, 3, 0, max_chars=8000)


@pytest.mark.parametrize("set_number", SEALED)
def test_set_on_corpus_laws(corpus_laws, set_number):
    members = SETS[set_number]
    applied = set()
    for law in corpus_laws:
        for v in members:
            doc = damage(law, v.name, seed=0)
            if doc is None:
                continue
            applied.add(v.name)
            clean = (render_html(law) if v.fmt == "html" else render_txt(law)).text
            assert doc.inverse() == clean
            assert doc.data != clean.encode("utf-8")
    assert len({v.name for v in members} - applied) <= 2


@pytest.mark.parametrize("set_number", SEALED)
def test_benchmark_reports_per_family_only(tmp_path, clean_corpus_dir, capsys, set_number):
    """Two laws and one variant of the set through the real build: the report has the family
    table and no variant name, in any output, unless ``--heldout-variants`` is given."""
    from benchmarks.bench_noise_families import main

    first = SETS[set_number][0]
    label = f"held-out v{set_number}"
    out = tmp_path / "bench.json"
    md = tmp_path / "bench.md"
    code = main(["--docs", "2", "--heldout-set", str(set_number), "--variant", first.name,
                 "--corpus", str(clean_corpus_dir), "--json", str(out), "--markdown", str(md)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    part = report[label]
    assert "seen" not in report and "held-out" not in report
    assert set(part["families"]) == {first.family} and part["variants"] == {}
    assert part["total"]["docs"] == report["docs"] == 2 and part["total"]["injections"] > 0
    printed = capsys.readouterr()
    for text in (printed.out, printed.err, md.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")):
        assert first.name not in text and first.description not in text
    assert f"Held-out v{set_number} variants: per family" in md.read_text(encoding="utf-8")

    code = main(["--docs", "2", "--heldout-set", str(set_number), "--variant", first.name,
                 "--corpus", str(clean_corpus_dir), "--json", str(out), "--heldout-variants"])
    assert code == 0
    assert first.name in json.loads(out.read_text(encoding="utf-8"))[label]["variants"]
    assert f"| {first.name} |" in capsys.readouterr().out
