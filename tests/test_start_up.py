"""Start-up: a command imports only what it needs (issue 20).

``corpus-tools --help`` and ``corpus-tools clean`` of one page are paid for on every
call from a shell loop; pyarrow, pandera, datasets, the structure parser and the
language model must not load for them.  These tests check which modules a fresh
interpreter holds (a module set, not a timing: ``benchmarks/bench_pipeline.py``
measures the time).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_tools.clean import codec_swap

HEAVY = ("datasets", "pandera", "pandas", "pyarrow", "polars", "huggingface_hub")


def modules_after(code: str) -> set[str]:
    """The top-level and corpus_tools modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_importing_the_cli_loads_neither_a_dataset_library_nor_the_cleaning_rules():
    """``corpus-tools --help`` imports the CLI and typer only (the rules cost 0.4 CPU-s of imports)."""
    loaded = modules_after("import corpus_tools.cli")
    unwanted = set(HEAVY) | {"corpus_tools.clean", "numpy", "regex"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_cleaning_one_page_loads_neither_the_dataset_libraries_nor_structure_nor_the_model():
    code = (
        "from corpus_tools.cli import clean\n"  # the command's own imports, as `corpus-tools clean` runs them
        "from corpus_tools.dataset.restore import clean_alone\n"
        "from corpus_tools.ingest import ingest_bytes\n"
        "page = ingest_bytes('第一条 本市,区\\n第二条 （略）\\n'.encode(), 'a.txt')\n"
        "assert clean_alone(page).text == '第一条 本市，区\\n第二条 （略）\\n'\n"
    )
    loaded = modules_after(code)
    unwanted = set(HEAVY) | {"corpus_tools.structure", "corpus_tools.pipeline", "corpus_tools.language_model", "corpus_tools.dataset.language_model",
                             "corpus_tools.dataset.model_restoration", "ftfy"}
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_the_clean_command_of_one_page_loads_no_pydantic_and_no_process_pool(tmp_path):
    """The real command, through typer: its parameters are checked without pydantic (typer 0.16+
    builds a pydantic adapter per parameter: 0.1 CPU-s of every call), and neither
    multiprocessing is imported."""
    page = tmp_path / "a.txt"
    page.write_text("第一条 本市,区\n第二条 （略）\n", encoding="utf-8")
    out = tmp_path / "a.clean.txt"
    code = (
        "import sys\n"
        f"sys.argv = ['corpus-tools', 'clean', {str(page)!r}, '-o', {str(out)!r}]\n"
        "from corpus_tools.cli import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0, done.code\n"
    )
    loaded = modules_after(code)
    assert out.read_text(encoding="utf-8") == "第一条 本市，区\n第二条 （略）\n"
    unwanted = set(HEAVY) | {"pydantic", "pydantic_core", "typer._adapters", "multiprocessing", "concurrent.futures.process",
                             "corpus_tools.structure", "corpus_tools.pool", "corpus_tools.language_model", "corpus_tools.dataset.language_model",
                             "yaml", "numpy"}  # PyYAML: front matter only (this page has none); numpy: see test_clean_without_numpy
    assert not loaded & unwanted, sorted(loaded & unwanted)


def test_help_and_clean_still_check_their_parameters(tmp_path):
    """What typer checked through pydantic is still checked: a missing ``--config`` file, an
    unknown option, a flag with a value."""
    from typer.testing import CliRunner

    from corpus_tools.cli import app

    page = tmp_path / "a.txt"
    page.write_text("第一条 本市,区\n", encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(app, ["clean", str(page), "--no-model", "--only", "width", "--skip", "blank_lines"])
    assert ok.exit_code == 0 and ok.stdout == "第一条 本市，区\n", ok.output
    missing = runner.invoke(app, ["clean", str(page), "--config", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "nope.yaml" in missing.output
    assert runner.invoke(app, ["clean", str(page), "--bogus"]).exit_code == 2
    assert runner.invoke(app, ["validate", str(tmp_path), "--workers", "0"]).exit_code == 2  # int with min: typer's own check


@pytest.mark.parametrize(("name", "written", "read"), codec_swap.MISREADINGS)
def test_swap_table_decoded_at_once_equals_pair_by_pair(name, written, read):
    """The table is read with one ``decode`` per codec; pair by pair gives the same."""

    def one(pair: bytes, codec: str) -> str | None:
        try:
            ch = pair.decode(codec)
        except UnicodeDecodeError:
            return None
        return ch if len(ch) == 1 else None

    trails = codec_swap._BIG5_TRAILS if written == "big5" else codec_swap._GBK_TRAILS
    expected = {}
    for lead in range(0x81, 0xFF):
        for trail in trails:
            pair = bytes((lead, trail))
            original = one(pair, written)
            if original is None and written == "big5":
                original = one(pair, "cp950")
            shown = one(pair, read)
            if original is not None and shown is not None:  # a pair read alike maps to itself
                expected[shown] = original
    assert codec_swap.swap_table(written, read) == expected
    assert len(expected) > 9_000


def test_shipped_codec_swap_suspects_match_the_codecs():
    """resources/codec_swap_suspects.txt is what scripts/build_codec_swap_suspects.py computes
    (the installed GBK and Big5 codecs, the evidence tables); regenerate it if this fails."""
    assert codec_swap.SUSPECTS_FILE.read_text(encoding="utf-8") == codec_swap.render_suspects(codec_swap.compute_suspects())


def test_importing_the_rules_builds_no_swap_table():
    """The Big5/GBK gate reads its characters from the shipped file: the swap tables (26,000
    pairs decoded) are built only when a page holds such characters."""
    out = subprocess.run(
        [sys.executable, "-c", "from corpus_tools.clean import codec_swap; print(codec_swap.swap_table.cache_info().currsize)"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert out.split() == ["0"]



def decoded_pair_by_pair(codec: str, leads, trails) -> dict[bytes, str]:
    """What ``codec`` reads from each pair it accepts, one ``decode`` per pair (as the tables were built)."""
    out = {}
    for lead in leads:
        for trail in trails:
            pair = bytes((lead, trail))
            try:
                out[pair] = pair.decode(codec)
            except UnicodeDecodeError:
                pass
    return out


def test_legacy_codec_tables_decoded_at_once_equal_pair_by_pair():
    """The rules' tables of what GBK, Big5 and GB18030 read from pairs of bytes (mojibake's, built
    at import or with a page's first suspect run; the evidence's common characters) are built with
    one ``decode`` (``evidence.decode_pairs``); pair by pair gives the same, for every pair of the
    bytes each table reads, and for every pair of non-ASCII bytes."""
    from corpus_tools.clean import evidence, mojibake

    def one_char(table: dict[bytes, str]) -> str:
        return "".join(sorted({ch for ch in table.values() if len(ch) == 1}))

    non_ascii = range(0x80, 0x100)
    for codec in ("gbk", "big5", "gb18030", "gb2312", "cp950"):
        pairs = [bytes((lead, trail)) for lead in range(0x81, 0x100) for trail in range(0x40, 0x100)]
        slow = decoded_pair_by_pair(codec, range(0x81, 0x100), range(0x40, 0x100))
        assert evidence.decode_pairs(pairs, codec) == [slow.get(pair) for pair in pairs], codec
    for codec in ("gbk", "big5"):
        slow = decoded_pair_by_pair(codec, mojibake._LEAD_BYTES[codec], mojibake._TRAIL_BYTES[codec])
        assert mojibake._pair_table(codec) == {pair: ch for pair, ch in slow.items() if len(ch) == 1}
        assert len(mojibake._pair_table(codec)) > 13_000
    assert mojibake._pairs_to_chars(non_ascii, non_ascii) == one_char(decoded_pair_by_pair("gb18030", non_ascii, non_ascii))
    assert mojibake.SIG_LEAD_CHARS == one_char(decoded_pair_by_pair("gb18030", mojibake._UTF8_LEADS, mojibake._UTF8_CONT))
    assert mojibake.RUN_CHARS == one_char(decoded_pair_by_pair("gb18030", mojibake._UTF8_BYTES, mojibake._UTF8_BYTES))
    with pytest.raises(ValueError):
        mojibake._pairs_to_chars([0x41], non_ascii)
    big5_trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    assert evidence._pairs("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF))) == set(
        decoded_pair_by_pair("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)).values())
    assert evidence._pairs("big5", range(0xA4, 0xC6), big5_trails) == set(
        decoded_pair_by_pair("big5", range(0xA4, 0xC6), big5_trails).values())


def test_law_bigram_tables_equal_the_pairs_sliced_one_by_one():
    """The law bigrams (and their frequent tiers) are read two by two with ``map``; slicing each
    pair, as before, gives the same sets (and an odd last character alone)."""
    from corpus_tools import resources
    from corpus_tools.clean import evidence, mojibake

    def sliced(data: str) -> frozenset[str]:
        return frozenset(data[i : i + 2] for i in range(0, len(data), 2))

    data = resources.read("bigrams.txt").strip()
    assert evidence.law_bigrams().as_set() == sliced(data) and len(sliced(data)) > 100_000
    tiers = [line for line in resources.read("bigrams_frequent.txt").split("\n") if line]
    assert mojibake._bigram_tiers() == tuple(sliced(line) for line in tiers)
    for text in ("", "法", "法律", "法律条", "法律条例"):
        assert evidence._pairs_of(text) == sliced(text)


def test_law_bigrams_answer_as_their_set_before_and_after_it_is_built():
    """``law_bigrams()`` searches the sorted file for a page's first look-ups and builds the set
    after ``SET_AFTER`` of them: the same answers as the set of the file's pairs, on pairs of
    the file, pairs that are not (reversed, shifted by one character) and other strings."""
    from corpus_tools import resources
    from corpus_tools.clean.evidence import SortedPairs

    data = resources.read("bigrams.txt").strip()
    pairs = [data[i : i + 2] for i in range(0, len(data), 2)]
    assert pairs == sorted(set(pairs))  # what the binary search relies on
    truth = frozenset(pairs)
    asked = pairs[::5] + [p[::-1] for p in pairs[::7]] + [data[i : i + 2] for i in range(1, len(data) - 1, 9)]
    asked += ["", "中", "中国人", "“", "\uffff\uffff", "\x00\x00"]
    fresh = SortedPairs(data)
    assert fresh.SET_AFTER < len(asked) and any(p in truth for p in asked) and not all(p in truth for p in asked)
    assert [p in fresh for p in asked] == [p in truth for p in asked]  # both ways: the set is built midway
    assert fresh._set == truth
    assert [p in SortedPairs("一二法") for p in ("一二", "法", "二法", "法律")] == [True, True, False, False]


def test_word_pairs_file_equals_the_pairs_of_the_installed_pypinyin():
    """``word_pairs()`` reads the shipped file (sorted, distinct pairs) instead of pairing the words
    of pypinyin's phrase list in every process (0.24 CPU-s of ``clean`` of seed 000): the file holds
    exactly the pairs the installed pypinyin gives, and answers as their set does, on its pairs and
    on others (reversed pairs, law pairs, single characters)."""
    from corpus_tools import resources
    from corpus_tools.clean import evidence

    data = resources.read(evidence.WORD_PAIRS_FILE).strip()
    pairs = [data[i : i + 2] for i in range(0, len(data), 2)]
    assert pairs == sorted(set(pairs))  # what the binary search relies on
    truth = evidence.compute_word_pairs()
    assert frozenset(pairs) == truth and len(truth) > 60_000
    law = resources.read("bigrams.txt").strip()
    asked = pairs[::3] + [p[::-1] for p in pairs[::5]] + [law[i : i + 2] for i in range(0, len(law), 14)] + ["", "什", "什么们"]
    assert any(p not in truth for p in asked)
    assert [p in evidence.word_pairs() for p in asked] == [p in truth for p in asked]


def test_cleaning_a_spammed_page_imports_no_pypinyin():
    """``clean`` of seed 000 (spam anchors: the units and word evidence read everyday pairs) needs no
    pypinyin: its phrase list (0.14 CPU-s to import) is read from ``word_pairs.txt``."""
    seed = Path(__file__).resolve().parents[1] / "raw" / "000_ea6fb625b322cb0c.txt"
    code = ("import sys, contextlib, io; from corpus_tools.cli import main; sys.argv = ['corpus-tools', 'clean', sys.argv[1]]\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
            "    try: main()\n    except SystemExit: pass\n"
            "from corpus_tools.clean import evidence\n"
            "print(evidence.word_pairs.cache_info().currsize, sorted(m for m in sys.modules if m.startswith('pypinyin')))")
    out = subprocess.run([sys.executable, "-c", code, str(seed)], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "[]"]  # the pairs were read, and pypinyin never imported


def test_cleaning_a_page_with_front_matter_loads_no_structure_parser():
    """The seed page raw/002 declares its title and issuer in YAML front matter: the strings are
    picked by :func:`corpus_tools.clean.fields.declared_strings` and cleaned, and the structure
    parser (0.1-0.2 CPU-s of imports) is not loaded for them; the strings are the ones the
    structure module still offers under the same name."""
    from pathlib import Path

    seed = Path(__file__).resolve().parent.parent / "raw" / "002_bcf61e705208e52e.txt"
    code = (
        "from pathlib import Path\n"
        "from corpus_tools.dataset.restore import clean_alone\n"
        "from corpus_tools.ingest import ingest_file\n"
        f"seed = Path({str(seed)!r})\n"
        "cleaned = clean_alone(ingest_file(seed, seed.parent))\n"
        "assert cleaned.fields['title'] == '常州市促进智能制造发展条例', cleaned.fields\n"
        "assert cleaned.fields['issuer'] == '常州市人民代表大会常务委员会', cleaned.fields\n"
    )
    loaded = modules_after(code)
    assert not loaded & {"corpus_tools.structure", "corpus_tools.structure.metadata", "pyarrow"}, sorted(loaded)

    from corpus_tools.clean.fields import declared_strings
    from corpus_tools.structure import metadata

    assert metadata.declared_strings is declared_strings
