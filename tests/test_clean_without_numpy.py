"""Cleaning without numpy: ``corpus-tools clean`` of a page does not import it (issue 20: start-up).

numpy's import costs about 0.15 CPU-s, more than the rules spend on a whole
seed page; the shared gates (:mod:`corpus_tools.clean._gates`) and the script
rule's probes use it only where it pays (:func:`_gates.vectorised`: numpy loaded
already, as in a build, or a process that has probed many pages), and answer the
same from the standard library otherwise.  Here: which modules a page's cleaning
imports (a module set, not a timing), and both ways give the same answers, on
random text and on whole pages.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean import _gates, script
from corpus_tools.dataset.restore import clean_alone
from corpus_tools.ingest import ingest_bytes
from tests.noise.mojibake import lose_byte
from tests.noise.ruby import add_ruby
from tests.noise.script import to_traditional
from tests.noise.wide.families.encoding import big5_as_gbk

ROOT = Path(__file__).resolve().parents[1]


def texts(pieces: str | list[str], max_size: int = 60) -> st.SearchStrategy[str]:
    items = list(pieces) if isinstance(pieces, str) else pieces
    return st.lists(st.sampled_from(items), max_size=max_size).map("".join)


def with_probes(monkeypatch: pytest.MonkeyPatch, vectorised: bool) -> None:
    """Make the gates and the script rule probe with numpy, or with the standard library."""
    monkeypatch.setattr(_gates, "vectorised", (lambda chars: numpy) if vectorised else (lambda chars: None))
    for name in ("_present_last", "_classes_last", "_chars_last"):  # remembered probes of the last text
        monkeypatch.setattr(_gates, name, None)


def both_ways(monkeypatch: pytest.MonkeyPatch, compute):
    """``compute()`` with the numpy probes and with the standard library's."""
    out = []
    for vectorised in (True, False):
        with monkeypatch.context() as patch:
            with_probes(patch, vectorised)
            out.append(compute())
    return out


# --------------------------------------------------------------------------- what a page imports


def modules_after_cleaning(path: Path, out: Path) -> set[str]:
    """The modules a fresh interpreter holds after ``corpus-tools clean PATH -o OUT`` (the real command)."""
    code = (
        "import json, sys\n"
        f"sys.argv = ['corpus-tools', 'clean', {str(path)!r}, '-o', {str(out)!r}]\n"
        "from corpus_tools.cli import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0, done.code\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return set(json.loads(out.splitlines()[-1]))


def seed(prefix: str) -> Path:
    return sorted((ROOT / "raw").glob(f"{prefix}_*.txt"))[0]


@pytest.mark.parametrize("prefix", ["001", "003", "004"])
def test_cleaning_a_seed_page_imports_no_numpy(tmp_path, prefix):
    """Seed 001 is Simplified (furniture, spam); 003 and 004 are Traditional with slips, ruby
    and a Big5/GBK suspect: the gates, the script rule and the codec-swap rule run without numpy.

    Since session 17 two precision checks read the law-text language model (numpy arrays) on the pages that
    need its evidence, and only there: a GBK repair asks whether a character was lost with the byte
    (``clean/lost_characters.py``: seed 003 has such repairs), and a Taiwan-phrased reading of an ordinary
    word (``执行`` / ``运行``) is taken only where the model prefers it (``script._context_preferences``:
    seed 004 is Traditional).  numpy may come with the model, never otherwise."""
    loaded = modules_after_cleaning(seed(prefix), tmp_path / "out.txt")
    if prefix == "001":
        assert "numpy" not in loaded and "corpus_tools.language_model" not in loaded
    else:
        assert "numpy" not in loaded or "corpus_tools.language_model" in loaded
    assert "corpus_tools.clean.script" in loaded and "corpus_tools.clean.codec_swap" in loaded  # the rules did run


def test_cleaning_a_clean_simplified_page_imports_neither_numpy_nor_pypinyin(tmp_path):
    page = tmp_path / "law.txt"
    page.write_text("第一条 为了规范管理（试行），制定本条例。\n第二条 本条例自公布之日起施行。\n", encoding="utf-8")
    loaded = modules_after_cleaning(page, tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("第一条 为了规范管理（试行），制定本条例。\n")
    assert not loaded & {"numpy", "pypinyin", "pypinyin.pinyin_dict"}, sorted(loaded & {"numpy", "pypinyin"})


def test_numpy_is_imported_once_enough_text_was_probed():
    """A process that cleans many pages imports numpy after NUMPY_AFTER_CHARS characters."""
    code = (
        "import sys\n"
        "from corpus_tools.clean import _gates\n"
        "_gates.NUMPY_AFTER_CHARS = 1000\n"
        "before = _gates.vectorised(600) is None and 'numpy' not in sys.modules\n"
        "after = _gates.vectorised(600) is not None and 'numpy' in sys.modules\n"
        "print(before, after)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["True", "True"]


# --------------------------------------------------------------------------- the same answers both ways


@given(texts("甲乙万博金宝1 \n（(za"))
def test_gates_answer_the_same_both_ways(text):
    first, second = _gates.register("_test_first", "万金（("), _gates.register("_test_second", "博宝z")
    want_pairs = [i for i in range(len(text) - 1) if text[i] in "万金（(" and text[i + 1] in "博宝z"]
    want_firsts = [i for i, c in enumerate(text) if c in "万金（("]
    with pytest.MonkeyPatch.context() as monkeypatch:
        for vectorised in (True, False):
            with_probes(monkeypatch, vectorised)
            assert bool(_gates.present(text) & first) == any(c in "万金（(" for c in text)
            assert bool(_gates.present(text) & second) == any(c in "博宝z" for c in text)
            assert _gates.pair_starts(text, first, second) == want_pairs
            assert _gates.class_positions(text, first) == want_firsts


SCRIPT_PIECES = list("業聯說發展國會關於乾著着説衞綫业联说发会关于后范里干坏示範范甲") + ["。", "\n", " ", "臺灣", "工業互聯網"]


@settings(max_examples=200, deadline=None)
@given(texts(SCRIPT_PIECES), texts(SCRIPT_PIECES), st.integers(0, 60), st.integers(0, 60))
def test_script_probes_answer_the_same_both_ways(x, y, a, b):
    a, b = sorted((min(a, len(x)), min(b, len(x))))
    same_length = (y + x)[: len(x)]
    with pytest.MonkeyPatch.context() as monkeypatch:
        answers = both_ways(monkeypatch, lambda: (
            script._Evidence(x).score(a, b), script._any_traditional_only(x), script._count_differences(x, y),
            script._equal_length_runs(x, same_length),
        ))
    assert answers[0] == answers[1]
    assert answers[1][2] == sum(1 for c, d in zip(x, y) if c != d)


DAMAGE = {
    "s2tw with slips": lambda text, rng: to_traditional(text, rng, variant="s2tw", slip_rate=0.1),
    "half the paragraphs Traditional": lambda text, rng: to_traditional(text, rng, unit="paragraph", fraction=0.5, slip_rate=0.1),
    "ruby": lambda text, rng: add_ruby(text, rng),
    "Big5 lines read as GBK": lambda text, rng: "\n".join(
        [line if k % 7 != 3 else (big5_as_gbk(line) or line) for k, line in enumerate(text.split("\n"))]),
    "a lost GBK byte": lambda text, rng: lose_byte(text, rng),
}


def clean_both_ways(monkeypatch: pytest.MonkeyPatch, text: str, name: str) -> None:
    page = ingest_bytes(text.encode("utf-8"), name)
    with_numpy, without = both_ways(monkeypatch, lambda: clean_alone(page))
    assert (with_numpy.text, with_numpy.edits, with_numpy.warnings) == (without.text, without.edits, without.warnings)
    assert with_numpy.edits or with_numpy.warnings  # the damage was seen: the paths were reached


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_seed_pages_clean_the_same_both_ways(monkeypatch, prefix):
    clean_both_ways(monkeypatch, seed(prefix).read_text(encoding="utf-8"), seed(prefix).name)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_laws_clean_the_same_both_ways(monkeypatch, clean_corpus_files, damage):
    rng = random.Random(20)
    for law in clean_corpus_files[::600]:
        text = law.read_text(encoding="utf-8")[:6000]
        clean_both_ways(monkeypatch, DAMAGE[damage](text, rng), law.name)
