"""A cleaning rule that fails costs its own step, never the page (corpus_tools.clean.rule_guard).

Session 31: ``furniture_seams`` raised ``ValueError: overlapping or unsorted edits`` on every page of a blind
member, and the build rejected each page whole.  Here: a rule that raises, or returns edits that do not
replay to its text, is skipped with a warning (a build, ``STRICT_ENV`` unset) or raises (strict: the tests,
``build --raise-errors``), and a skipped rule is the same as a rule that did not run.
"""

from __future__ import annotations

import json

import pytest

import corpus_tools.clean as clean_module
from corpus_tools.clean import CLEANING_ORDER, RULE_NAMES, clean_and_explain, paragraph_marks, rule_guard
from corpus_tools.clean.rules import CJK_SPACES, FURNITURE_SEAMS, WIDTH
from corpus_tools.pipeline import clean_page, page_columns
from corpus_tools.records import Edit, RawPage

PAGE = (
    "某市物业管理条例\n\n第一条　为了规范物业管理活动,维护业主的合法权益，制定本条例。\n\n"
    "第二条 本 条 例 适用于本市行政区域内的物业管理活动。\n【打印本页】【关闭窗口】\n\n"
    "　　第三条 本條例自2021年11月1日起施行。\n"
)


@pytest.fixture
def lenient(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build's mode: a failing rule is skipped with a warning."""
    monkeypatch.delenv(rule_guard.STRICT_ENV, raising=False)


def _replace(monkeypatch: pytest.MonkeyPatch, name: str, rule) -> None:
    monkeypatch.setattr(clean_module, "CLEANING_ORDER", tuple((n, rule if n == name else r) for n, r in CLEANING_ORDER))


def _crash(text: str, **options):
    raise ValueError("overlapping or unsorted edits at 3 (test)")


def _without(name: str):
    return clean_and_explain(PAGE, rules=[n for n in RULE_NAMES if n != name], source_format="text")


@pytest.mark.parametrize("name", RULE_NAMES)
def test_a_crashing_rule_is_the_rule_not_run_plus_a_warning(name: str, lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _without(name)
    _replace(monkeypatch, name, _crash)
    result = clean_and_explain(PAGE, source_format="text")
    assert result.text == expected.text
    assert result.steps == expected.steps and len(result.steps) == len(RULE_NAMES)
    failed = [w for w in result.warnings if w.message.startswith("rule failed")]
    assert [(w.rule, w.position) for w in failed] == [(name, 0)]
    assert "ValueError: overlapping or unsorted edits at 3 (test)" in failed[0].message
    assert [w for w in result.warnings if w not in failed] == list(expected.warnings)


def test_strict_mode_raises_the_rules_own_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(rule_guard.STRICT_ENV, "1")
    _replace(monkeypatch, FURNITURE_SEAMS, _crash)
    with pytest.raises(ValueError, match="overlapping or unsorted edits at 3"):
        clean_and_explain(PAGE)


def test_the_suite_runs_in_strict_mode() -> None:
    assert rule_guard.strict()  # tests/conftest.py: a crashing rule fails its test


def test_strict_rules_block_raises_even_when_the_environment_does_not_ask(lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _replace(monkeypatch, WIDTH, _crash)
    assert not rule_guard.strict()
    with rule_guard.strict_rules(), pytest.raises(ValueError):
        clean_and_explain(PAGE)
    with rule_guard.strict_rules(False):
        assert [w.rule for w in clean_and_explain(PAGE).warnings if w.message.startswith("rule failed")] == [WIDTH]


def _width_result(make):
    """A stand-in for the width rule that returns ``make(text)``: (text, edits, warnings)."""
    def rule(text: str, **options):
        return make(text)
    return rule


_COMMA = PAGE.index(",")
_BAD_RESULTS = {
    "overlapping": lambda t: (t, [Edit(WIDTH, _COMMA, _COMMA + 1, ",", "，"), Edit(WIDTH, _COMMA, _COMMA + 1, ",", "，")], []),
    "unsorted": lambda t: (t, [Edit(WIDTH, _COMMA, _COMMA + 1, ",", "，"), Edit(WIDTH, 0, 1, t[0], t[0])], []),
    "past the end": lambda t: (t + "x", [Edit(WIDTH, len(t) + 5, len(t) + 5, "", "x")], []),
    "negative start": lambda t: (t, [Edit(WIDTH, -3, -2, t[-3], t[-3])], []),
    "end before start": lambda t: (t, [Edit(WIDTH, 5, 4, "", "")], []),
    "before is not the text": lambda t: (t, [Edit(WIDTH, _COMMA, _COMMA + 1, "，", ",")], []),
    "text changed, no edit": lambda t: (t.replace(",", "，"), [], []),
    "edits do not give the text": lambda t: (t, [Edit(WIDTH, _COMMA, _COMMA + 1, ",", "，")], []),
    "two values": lambda t: (t, []),
    "an after that is no string": lambda t: (t, [Edit(WIDTH, _COMMA, _COMMA + 1, ",", None)], []),
    "None": lambda t: None,
}


@pytest.mark.parametrize("shape", sorted(_BAD_RESULTS))
def test_a_rule_whose_edits_do_not_replay_is_skipped(shape: str, lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _without(WIDTH)
    _replace(monkeypatch, WIDTH, _width_result(_BAD_RESULTS[shape]))
    result = clean_and_explain(PAGE, source_format="text")
    assert (result.text, result.steps) == (expected.text, expected.steps)
    assert [w.rule for w in result.warnings if w.message.startswith("rule failed")] == [WIDTH]


@pytest.mark.parametrize("shape", sorted(_BAD_RESULTS))
def test_a_rule_whose_edits_do_not_replay_raises_in_strict_mode(shape: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _replace(monkeypatch, WIDTH, _width_result(_BAD_RESULTS[shape]))
    with pytest.raises(Exception):
        clean_and_explain(PAGE, source_format="text")


def test_a_failure_after_the_rule_leaves_the_carried_state_as_it_was(lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The indents cjk_spaces removed are read by hard_wraps: a step that fails while they are computed is
    the step not run (no indents carried, no edits), and every later rule sees the state of before it."""
    expected = _without(CJK_SPACES)

    def broken(before, edits):
        raise IndexError("indent past the line")

    monkeypatch.setattr(paragraph_marks, "removed_indents", broken)
    result = clean_and_explain(PAGE, source_format="text")
    assert (result.text, result.steps) == (expected.text, expected.steps)
    assert [w.rule for w in result.warnings if "IndexError: indent past the line" in w.message] == [CJK_SPACES]


def test_a_valid_step_is_unchanged_by_the_check() -> None:
    result = clean_and_explain(PAGE, source_format="text")
    assert not [w for w in result.warnings if w.message.startswith("rule failed")]
    assert any(result.steps[RULE_NAMES.index(WIDTH)])  # the comma: the width rule did run and its edits stand
    text = PAGE
    for step in result.steps:
        text = rule_guard.checked("replay", text, (clean_module.apply_edits(text, step), step, []))[0]
    assert text == result.text


def test_the_page_keeps_its_articles_and_the_warning_is_in_the_dataset(lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _replace(monkeypatch, FURNITURE_SEAMS, _crash)
    columns = page_columns(clean_page(RawPage("a.txt", "0", "utf-8", "text", PAGE)))
    assert len(columns["articles"]["text"]) == 3
    warnings = json.loads(columns["pages"]["warnings"][0])
    failed = [w for w in warnings if w["rule"] == FURNITURE_SEAMS and w["message"].startswith("rule failed")]
    assert len(failed) == 1 and "ValueError" in failed[0]["message"]
    assert columns["pages"]["num_warnings"][0] == len(warnings)


@pytest.mark.parametrize("page", ["", "x", "\r\n", "第一条", "第一条 本条例自公布之日起施行。\r\n" * 3, "\r" * 50])
def test_hostile_pages_through_a_crashing_rule(page: str, lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _replace(monkeypatch, RULE_NAMES[0], _crash)
    result = clean_and_explain(page)
    assert [w.rule for w in result.warnings if w.message.startswith("rule failed")] == [RULE_NAMES[0]]
    assert len(result.steps) == len(RULE_NAMES)


def test_a_long_message_is_cut(lenient: None) -> None:
    warning = rule_guard.skipped(WIDTH, RuntimeError("x\n" * 1000))
    assert len(warning.message) < 500 and warning.message.endswith("…") and "\n" not in warning.message


# --------------------------------------------------------------------------- the structure stage


def _structure_crash(cleaned):
    raise IndexError("label past the end (test)")


def test_a_page_whose_structure_fails_stays_as_one_document_with_a_finding(lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow as pa

    import corpus_tools.pipeline as pipeline
    from corpus_tools.validation import quality

    cleaned = clean_page(RawPage("a.txt", "0", "utf-8", "text", PAGE))
    monkeypatch.setattr(pipeline, "structure_rows", _structure_crash)
    columns = page_columns(cleaned)
    documents = columns["documents"]
    assert documents["text"] == [cleaned.text] and (documents["page_start"], documents["page_end"]) == ([0], [len(cleaned.text)])
    assert columns["articles"]["text"] == [] and columns["provisions"]["doc_id"] == []
    assert columns["pages"]["text"] == [cleaned.text]
    warnings = json.loads(columns["pages"]["warnings"][0])
    assert [w["rule"] for w in warnings if "IndexError: label past the end (test)" in w["message"]] == [quality.QUARANTINE_RULE]
    found = quality.quarantine_findings(pa.table({name: columns["pages"][name] for name in ("page_id", "source_file", "warnings")}),
                                        pa.table({"doc_id": documents["doc_id"]}))
    assert found.column("check").to_pylist() == [quality.QUARANTINE_CHECK]
    assert found.column("doc_id").to_pylist() == documents["doc_id"] and found.column("row").to_pylist() == [0]


def test_a_structure_failure_raises_in_strict_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus_tools.pipeline as pipeline

    cleaned = clean_page(RawPage("a.txt", "0", "utf-8", "text", PAGE))
    monkeypatch.setattr(pipeline, "structure_rows", _structure_crash)
    with pytest.raises(IndexError, match="label past the end"):
        page_columns(cleaned)


# --------------------------------------------------------------------------- a build


def _two_seeds(tmp_path):
    from pathlib import Path

    seeds = Path(__file__).resolve().parents[1] / "raw"
    raw = tmp_path / "raw"
    raw.mkdir()
    names = sorted(p.name for p in seeds.iterdir() if p.suffix == ".txt")[:2]
    for name in names:
        (raw / name).write_bytes((seeds / name).read_bytes())
    return raw, names


def test_a_build_keeps_every_page_of_a_crashing_rule(tmp_path, lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build

    raw, names = _two_seeds(tmp_path)
    _replace(monkeypatch, FURNITURE_SEAMS, _crash)
    summary = build(raw, tmp_path / "out", progress=False, workers=1)
    assert summary.rejected == [] and summary.outcome == "ok"
    pages = pq.read_table(next((tmp_path / "out" / "data").glob("pages-*.parquet"))).to_pylist()
    assert sorted(p["source_file"] for p in pages) == names
    for page in pages:
        assert [w["rule"] for w in json.loads(page["warnings"]) if w["message"].startswith("rule failed")] == [FURNITURE_SEAMS]
    assert pq.read_table(next((tmp_path / "out" / "data").glob("articles-*.parquet"))).num_rows > 10


def test_build_raise_errors_raises_a_crashing_rule(tmp_path, lenient: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus_tools.dataset.build import PageFailed, build

    raw, names = _two_seeds(tmp_path)
    _replace(monkeypatch, FURNITURE_SEAMS, _crash)
    with pytest.raises(PageFailed) as caught:
        build(raw, tmp_path / "out", progress=False, workers=1, raise_errors=True)
    assert isinstance(caught.value.__cause__, ValueError)
