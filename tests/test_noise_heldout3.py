"""The third sealed held-out set (tests/noise/heldout3.py) and how the benchmark reports it.

These tests hold the set to the generator's promises (deterministic, every
variant damages the page, every injection recorded, the recorded originals
give the clean law back) and to its seal: new members only (in neither the
seen generator nor the first two held-out sets), and no variant name or figure in
the benchmark's output unless ``--heldout-variants`` asks for it.  They never
name a variant of the set (parameters are numbered), so reading this file
tells a cleaner developer nothing about the set's members.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.noise.wide import REGISTRY, damage, parse_law, render_html, render_txt, variants
from tests.test_noise_wide import LAW

FAMILIES8 = ("ruby", "spam", "furniture", "script", "encoding", "width", "layout", "mixed")
SET3 = variants(heldout=True, heldout_set=3)
IDS = [f"set3-{i:02d}" for i in range(len(SET3))]


@pytest.fixture(scope="module")
def law():
    # the suite's short law, with a book title and a dash its last article lacks (marks some members damage)
    text = LAW.replace("本条例自2022年1月1日起施行。", "本条例依照《中华人民共和国旅游法》——自2022年1月1日起施行。")
    assert text != LAW
    return parse_law(text, "test/绿色旅游.md")


def test_set3_is_sealed_and_new():
    counts = Counter(v.family for v in SET3)
    assert all(counts[f] >= 1 for f in FAMILIES8) and len(SET3) >= 16, counts
    assert all(v.heldout and v.heldout_set == 3 for v in SET3)
    seen = variants()
    first = variants(heldout=True)  # the first sealed set, unchanged by the third one being loaded
    second = variants(heldout=True, heldout_set=2)
    assert first and all(v.heldout_set == 1 for v in first) and second and all(v.heldout_set == 2 for v in second)
    names3 = {v.name for v in SET3}
    assert not names3 & {v.name for v in seen + first + second}
    assert not {v.description for v in SET3} & {v.description for v in seen + first + second}
    source = REGISTRY[SET3[0].name].apply.__code__.co_filename
    with open(source, encoding="utf-8") as f:
        assert "MUST NOT READ" in f.read(400)
    assert all(REGISTRY[v.name].apply.__code__.co_filename == source for v in SET3)
    assert all(v.apply.__doc__ and v.apply.__doc__.strip() for v in SET3)  # each says where its damage comes from


@pytest.mark.parametrize("name", [v.name for v in SET3], ids=IDS)
def test_set3_variant_deterministic_damaging_and_invertible(law, name):
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


def test_set3_seed_changes_damage(law):
    changed = 0
    for v in SET3:
        docs = [damage(law, v.name, seed=s) for s in (1, 2, 3)]
        pages = {doc.data if doc else b"" for doc in docs}  # None: a seed that placed nothing in the short test law
        changed += len(pages) > 1
    # whole-page conversions and re-encodings do not draw on the seed; the others place their damage by it
    assert changed >= len(SET3) // 2


@pytest.fixture(scope="module")
def corpus_laws(clean_corpus_dir):
    from tests.noise.wide.corpus import sample_laws

    return sample_laws(clean_corpus_dir, 3, 0, max_chars=8000)


def test_set3_on_corpus_laws(corpus_laws):
    applied = set()
    for law in corpus_laws:
        for v in SET3:
            doc = damage(law, v.name, seed=0)
            if doc is None:
                continue
            applied.add(v.name)
            clean = (render_html(law) if v.fmt == "html" else render_txt(law)).text
            assert doc.inverse() == clean
            assert doc.data != clean.encode("utf-8")
    assert len({v.name for v in SET3} - applied) <= 2


def test_benchmark_reports_set3_per_family_only(tmp_path, clean_corpus_dir, capsys):
    """Two laws and one variant of the set through the real build: the report has the family
    table and no variant name, in any output, unless ``--heldout-variants`` is given."""
    from benchmarks.bench_noise_families import main

    name = SET3[0].name
    out = tmp_path / "bench.json"
    md = tmp_path / "bench.md"
    code = main(["--docs", "2", "--heldout-set", "3", "--variant", name, "--corpus", str(clean_corpus_dir),
                 "--json", str(out), "--markdown", str(md)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    part = report["held-out v3"]
    assert "seen" not in report and "held-out" not in report
    assert set(part["families"]) == {SET3[0].family} and part["variants"] == {}
    assert part["total"]["docs"] == report["docs"] == 2 and part["total"]["injections"] > 0
    printed = capsys.readouterr()
    for text in (printed.out, printed.err, md.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")):
        assert name not in text and SET3[0].description not in text
    assert "Held-out v3 variants: per family" in md.read_text(encoding="utf-8")

    code = main(["--docs", "2", "--heldout-set", "3", "--variant", name, "--corpus", str(clean_corpus_dir),
                 "--json", str(out), "--heldout-variants"])
    assert code == 0
    assert name in json.loads(out.read_text(encoding="utf-8"))["held-out v3"]["variants"]
    assert f"| {name} |" in capsys.readouterr().out
