"""Which files a build reads: --include/--exclude, never its own OUT_DIR, never a page that is not Chinese."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_tools import cli
from corpus_tools.dataset.build import BuildRefused, build
from corpus_tools.ingest import IngestError, MIN_HAN_SHARE, discover, ingest_bytes, ingest_file, language_problem
from corpus_tools.inputs import Selection, matches
from tests.conftest import RAW, SHARED
from tests.noise.ruby import add_ruby

REAL = SHARED / "real"


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ----------------------------------------------------------------- globs


@pytest.mark.parametrize("name, patterns, expected", [
    ("govcn/001.html", ["*.html"], True),  # no "/": the name at any depth
    ("govcn/001.html", ["govcn/*.html"], True),
    ("x/govcn/001.html", ["govcn/*.html"], False),  # with "/": the whole path
    ("drafts/a/b.txt", ["drafts/**"], True),
    ("drafts/a/b.txt", ["drafts/*"], False),  # * never crosses a folder
    ("a/附件1.docx", ["**/附件*"], True),
    ("附件1.docx", ["**/附件*"], True),
    ("a.txt", ["[ab].txt"], True),
    ("c.txt", ["[!ab].txt"], True),
    ("drafts/x.txt", ["drafts/"], True),
])
def test_globs(name, patterns, expected):
    assert matches(name, patterns) is expected


def test_include_then_exclude(tmp_path):
    for name in ("a.html", "b.txt", "sub/c.html", "sub/d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("第一条", encoding="utf-8")
    kept, left_out = Selection(("*.html",), ("sub/**",)).select(discover(tmp_path), tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in kept] == ["a.html"] and left_out == 3


def test_a_bad_pattern_is_refused_before_anything_is_read(tmp_path):
    with pytest.raises(BuildRefused, match="empty glob"):
        build(_raw(tmp_path), tmp_path / "out", include=[""], progress=False)


# ----------------------------------------------------------------- the build's own folders


def test_out_dir_inside_raw_dir_is_never_read(tmp_path):
    raw = _raw(tmp_path)
    out = raw / "dataset"
    first = build(raw, out, progress=False)
    files = _files(out)
    second = build(raw, out, progress=False)
    assert (first.outcome, second.outcome) == ("ok", "ok")
    assert second.files == first.files == 5
    assert _files(out) == files, "the second build reads the same pages and writes the same bytes"
    (out.with_name("dataset.invalid")).mkdir()
    (out.with_name("dataset.invalid") / "README.md").write_text("# 无效\n第一条 测试。\n", encoding="utf-8")
    assert build(raw, out, progress=False).files == 5


def test_out_dir_that_is_raw_dir_or_holds_it_is_refused_and_nothing_is_touched(tmp_path):
    raw = _raw(tmp_path)
    before = _files(raw)
    for out in (raw, tmp_path):
        result = CliRunner().invoke(cli.app, ["build", str(raw), "--out", str(out), "-q"])
        assert result.exit_code == 2 and "is RAW_DIR or holds it" in result.stderr
    assert _files(raw) == before


def test_a_file_given_as_raw_dir_says_so(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("第一条 测试。\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["build", str(page), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "RAW_DIR is a file, not a folder" in result.stderr
    missing = CliRunner().invoke(cli.app, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert missing.exit_code == 2 and "raw folder not found" in missing.stderr


def test_include_and_exclude_on_the_command_line_are_recorded(tmp_path):
    raw = _raw(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.app, ["build", str(raw), "--out", str(out), "--include", "00[0-2]_*", "--exclude", "001_*", "-q"])
    assert result.exit_code == 0, result.stderr
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert record["input"]["files"] == 2 and record["input"]["left_out"] == 3
    assert record["configuration"]["input"] == {"include": ["00[0-2]_*"], "exclude": ["001_*"]}
    assert "3 left out by --include/--exclude" in result.stderr


# ----------------------------------------------------------------- Chinese enough


#: Source code whose comments are Chinese (Han characters about a third of its letters: not "not Chinese").
SOURCE = '''"""读取本市各区的配置文件，按条例的规定校验每一项的取值范围。"""
import os
from pathlib import Path


def read(path):
    # 读取文件的全部内容，编码按国家标准处理
    with open(path) as handle:
        return handle.read()


class Config:
    # 配置：每个区一份，字段与条例第三条一致
    def __init__(self, path):
        self.path = Path(path)
'''
ENGLISH = """<html><head><title>Port notice</title></head><body>
<h1>Notice on the Administration of Ports</h1>
<p>Article 1 These Measures are formulated in accordance with the Port Law.</p>
<p>Article 2 The port authority shall publish the list of berths every year.</p>
</body></html>"""


@pytest.mark.parametrize("name, data, code", [
    ("tool.py", SOURCE.encode(), "source_code"),
    ("notice.html", ENGLISH.encode(), "not_chinese"),
    ("data.json", json.dumps({"rows": [{"id": i, "name": "item"} for i in range(20)]}).encode(), "json"),  # named as JSON, before any language check
])
def test_pages_that_are_not_chinese_are_rejected_with_the_reason(name, data, code):
    with pytest.raises(IngestError) as error:
        ingest_bytes(data, name)
    assert error.value.code == code and name in str(error.value)


def test_json_lines_records_are_rejected_with_the_reason_not_read_as_text():
    """A real statute dump (tests/real_pages/jsonl/SOURCE.md): its syntax was rewritten by width."""
    path = Path(__file__).parent / "real_pages" / "jsonl" / "company_law_3records.jsonl"
    for name in (path.name, "statutes.txt"):  # the content decides, not the name
        with pytest.raises(IngestError) as error:
            ingest_bytes(path.read_bytes(), name)
        assert error.value.code == "jsonl" and name in str(error.value) and "JSON Lines" in str(error.value)
    one_record = path.read_bytes().split(b"\n")[0]
    with pytest.raises(IngestError) as error:  # a single record is one JSON document
        ingest_bytes(one_record, path.name)
    assert error.value.code == "json"


@pytest.mark.parametrize("text", [
    '{"a": 1}\n第一条 为了规范，制定本条例。\n',  # a page that opens with a JSON-like line, then text
    "[第一条] 为了规范，制定本条例。\n[第二条] 本条例自公布之日起施行。\n",
])
def test_a_page_with_json_like_lines_is_still_read(text):
    assert "第一条" in ingest_bytes(text.encode(), "page.txt").text


def test_a_build_rejects_them_and_builds_the_rest(tmp_path):
    raw = _raw(tmp_path)
    (raw / "tool.py").write_text(SOURCE, encoding="utf-8")
    (raw / "notice.html").write_text(ENGLISH, encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "rejected" and summary.pages == 5
    assert {r["source_file"]: r["code"] for r in summary.rejected} == {"tool.py": "source_code", "notice.html": "not_chinese"}


def _pages(folders: list[Path]) -> list[tuple[str, str]]:
    pages = []
    for folder in folders:
        for path in discover(folder):
            try:
                pages.append((f"{folder.name}/{path.relative_to(folder)}", ingest_file(path, folder).text))
            except IngestError as error:
                assert error.code not in ("not_chinese", "source_code"), error
    return pages


def test_no_real_page_is_rejected_as_not_chinese(clean_corpus_dir):
    """Zero false rejections on raw/, ../shared/real and the 1,911 clean laws (README: "Bad input")."""
    folders = [RAW, REAL / "govcn", REAL / "bjtcm", clean_corpus_dir]
    pages = _pages(folders)
    assert len(pages) > 1_900
    assert [name for name, text in pages if language_problem(text)] == []


def test_pages_damaged_with_ruby_pinyin_everywhere_are_chinese(clean_corpus_files):
    """The worst ruby damage (a group after every character, stacked three deep) is still Chinese."""
    rng = random.Random(0)
    for path in clean_corpus_files[:40]:
        damaged = add_ruby(path.read_text(encoding="utf-8"), rng, rate=1.0, stack_rate=1.0, max_stack=3)
        assert language_problem(damaged) is None, path.name


def test_the_threshold_is_far_from_both_sides():
    assert language_problem("第一条" + " word" * 200) is not None  # 3 Han among 803 letters
    assert language_problem("第一条规定" * 2 + " word" * 20) is None  # 10 Han among 90 letters
    assert MIN_HAN_SHARE == 0.10
