"""``corpus-tools clean`` over files and folders: outputs, encodings, warnings, exit codes, --json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tools import cli
from corpus_tools.tables import EDITS
from tests.conftest import RAW

SPAM_SEED = "000_ea6fb625b322cb0c.txt"  # spam anchors whose replaced word the page alone does not restore
LAW = "第一条　为了规范管理,制定本办法。\n第二条　本办法自发布之日起施行。\n"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli.app, ["clean", *args], input=input)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A raw folder: two seeds at the top, one in a sub-folder, and an HTML page."""
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    shutil.copyfile(RAW / "001_e8836f253944d275.txt", raw / "a.txt")
    shutil.copyfile(RAW / "003_1443a772c3010f68.txt", raw / "b.txt")
    paragraphs = "".join(f"<p>{line}</p>" for line in LAW.splitlines())
    (raw / "sub" / "c.html").write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    return raw


def test_one_page_goes_to_stdout_and_to_a_file_with_o(tree, tmp_path):
    alone = run(str(tree / "a.txt"))
    assert alone.exit_code == 0 and alone.stdout
    result = run(str(tree / "a.txt"), "-o", str(tmp_path / "a.clean.txt"))
    assert result.exit_code == 0 and result.stdout == ""
    assert (tmp_path / "a.clean.txt").read_text(encoding="utf-8") == alone.stdout


def test_a_folder_is_cleaned_into_a_mirrored_tree(tree, tmp_path):
    out = tmp_path / "clean"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["a.txt", "b.txt", "sub/c.html"]
    for name in ("a.txt", "b.txt", "sub/c.html"):
        assert (out / name).read_text(encoding="utf-8") == run(str(tree / name)).stdout, name
    assert "cleaned 3 pages" in result.stderr


def test_several_files_go_under_the_output_folder_by_name(tree, tmp_path):
    out = tmp_path / "clean"
    result = run(str(tree / "a.txt"), str(tree / "sub" / "c.html"), "-o", str(out))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "c.html"]
    assert (out / "c.html").read_text(encoding="utf-8") == "第一条　为了规范管理，制定本办法。\n第二条　本办法自发布之日起施行。\n"


def test_an_output_folder_inside_the_input_folder_is_never_read(tree):
    out = tree / "clean"
    assert run(str(tree), "-o", str(out)).exit_code == 0
    again = run(str(tree), "-o", str(out))
    assert again.exit_code == 0 and "cleaned 3 pages" in again.stderr
    assert not (out / "clean").exists()


@pytest.mark.parametrize("args, message", [
    (lambda t, o: [str(t)], "give -o/--output FOLDER"),
    (lambda t, o: [str(t / "a.txt"), str(t / "b.txt")], "give -o/--output FOLDER"),
    (lambda t, o: [str(t / "a.txt"), "-o", str(t / "a.txt")], "is the input itself"),
    (lambda t, o: [str(t), "-o", str(t)], "is the input folder"),
    (lambda t, o: [str(t / "nope.txt")], "no such file or folder"),
    (lambda t, o: ["-", str(t / "a.txt")], "cannot be cleaned together"),
    (lambda t, o: [str(t / "a.txt"), "--encoding", "gb-2312x"], "unknown encoding"),
])
def test_requests_that_cannot_be_carried_out_exit_2_and_touch_nothing(tree, tmp_path, args, message):
    before = {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()}
    result = run(*args(tree, tmp_path))
    assert result.exit_code == 2 and message in result.stderr
    assert {p: p.read_bytes() for p in tree.rglob("*") if p.is_file()} == before


def test_rejected_pages_are_named_once_and_the_others_cleaned_exit_3(tree, tmp_path):
    (tree / "empty.txt").write_bytes(b"")
    (tree / "english.txt").write_text("This is a notice in English about the port. " * 5, encoding="utf-8")
    result = run(str(tree), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert result.stderr.count("empty.txt") == 1 and result.stderr.count("english.txt: not Chinese text") == 1
    assert "cleaned 3 pages, rejected 2" in result.stderr
    nothing = run(str(tree / "empty.txt"))
    assert nothing.exit_code == 2 and "empty file" in nothing.stderr


def test_encoding_override_decodes_with_the_named_codec(tmp_path):
    page = tmp_path / "big5.txt"
    page.write_bytes("第一條　本辦法自發布之日起施行。\n".encode("big5"))
    assert run(str(page), "--encoding", "big5", "--convert", "none").stdout == "第一條　本辦法自發布之日起施行。\n"
    wrong = run(str(page), "--encoding", "utf-8")
    assert wrong.exit_code == 2 and "not utf-8" in wrong.stderr


def test_warnings_go_to_stderr_with_a_count_and_strict_exits_4():
    result = run(str(RAW / SPAM_SEED), "--no-model")
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings and all(SPAM_SEED in line for line in warnings)
    assert any("spam_anchor" in line and "unresolved" in line for line in warnings)
    assert f"{len(warnings)} warning" in result.stderr
    assert "第三十二条（平台）" in result.stdout, "the gap stays in the text; the warning says so"
    assert run(str(RAW / SPAM_SEED), "--no-model", "--strict").exit_code == 4
    assert run(str(RAW / SPAM_SEED), "--no-model", "--quiet").stderr == ""


def test_json_implies_explain_and_uses_the_edits_vocabulary(tree):
    result = run(str(tree / "b.txt"), "--json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    edits = [line for line in lines if "warning" not in line]
    assert edits and all(set(line) == {"source_file", "step", "rule", "start", "end", "before", "after", "detail"} for line in edits)
    assert set(edits[0]) - {"source_file"} <= set(EDITS.names), "the same words as the edits config"
    assert all(isinstance(line["detail"], dict) for line in edits)
    assert all(line["source_file"].endswith("b.txt") for line in lines)
    assert result.stdout == run(str(tree / "b.txt"), "--explain", "--json").stdout


def test_explain_of_a_folder_prints_every_page_without_an_output(tree):
    result = run(str(tree), "--json")
    assert result.exit_code == 0
    pages = {json.loads(line)["source_file"] for line in result.stdout.splitlines()}
    assert {Path(p).name for p in pages} <= {"a.txt", "b.txt", "c.html"} and len(pages) >= 2


def test_include_and_exclude_choose_the_files_of_a_folder(tree, tmp_path):
    out = tmp_path / "out"
    assert run(str(tree), "-o", str(out), "--include", "*.txt", "--exclude", "b.*").exit_code == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["a.txt"]


def test_standard_input():
    result = run("-", input=LAW.encode("gb18030"))
    assert result.exit_code == 0 and result.stdout.startswith("第一条　为了规范管理，")


@pytest.mark.parametrize("form", ["--json", "--explain"])
def test_a_reader_that_closes_standard_output_stops_the_command_quietly_exit_141(tmp_path, form):
    """``corpus-tools clean --json … | head``: the reader leaving is no failure of the data (Click and
    rich exit 1) and no traceback; the exit is the one of a Unix tool killed by SIGPIPE."""
    import os
    import subprocess
    import sys

    # unbuffered, a large write that the pipe cuts short is dropped without an error: buffered, as a user's shell runs it
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    page = tmp_path / "long.txt"
    page.write_text("第一条　本市,区\n" * 1500, encoding="utf-8")  # 1,500 width edits: over 64 KiB, a pipe's buffer
    child = subprocess.Popen([sys.executable, "-m", "corpus_tools", "clean", form, "--no-model", str(page)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout.readline()  # the first line, then the reader goes
    child.stdout.close()
    errors = child.stderr.read().decode()
    assert child.wait() == cli.EXIT_READER_GONE == 141
    assert "Traceback" not in errors and "BrokenPipe" not in errors and "Exception ignored" not in errors, errors
