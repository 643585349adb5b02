"""Choosing what runs: --only/--skip, rule options (--convert), the config files and their precedence,
and a dataset that says how it was made."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from corpus_tools import cli
from corpus_tools.clean import CLEANING_ORDER, RULE_NAMES, clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.plan import CleaningPlan, PlanError
from corpus_tools.config import ConfigError, default_record, resolve
from corpus_tools.dataset.build import build
from corpus_tools.dataset.card import declared_configuration
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.validation.run import validate_path
from tests.conftest import RAW

TRADITIONAL_SEED = "003_1443a772c3010f68.txt"  # a Traditional page of raw/ (detect_script says so)
NOWHERE = Path("/nonexistent-folder")  # no pyproject.toml: the defaults


def _seed(name: str = TRADITIONAL_SEED):
    return ingest_file(RAW / name, RAW)


# ----------------------------------------------------------------- the plan


@pytest.mark.parametrize("seed, skipped", [
    (TRADITIONAL_SEED, ["width"]), ("000_ea6fb625b322cb0c.txt", ["spam_anchor", "site_furniture"]),
    ("004_1a32719b4d74e475.txt", ["ruby_pinyin", "traditional_to_simplified"]),
])
def test_skipped_rules_leave_empty_steps_and_the_log_still_replays(seed, skipped):
    page = _seed(seed)
    plan = CleaningPlan.make(skip=skipped)
    result = clean_and_explain(page.text, rules=plan.rules, options=plan.options)
    assert len(result.steps) == len(CLEANING_ORDER)
    for index, step in enumerate(result.steps):
        assert all(edit.rule == RULE_NAMES[index] for edit in step), "an edit's step is its rule's index"
        if RULE_NAMES[index] in skipped:
            assert step == ()
    assert replay(page.text, result.steps) == result.text
    everything = clean_and_explain(page.text)
    assert {edit.rule for edit in everything.edits} >= set(skipped), "each skipped rule acts on this page when it runs"


def test_only_runs_the_named_rules_in_their_order():
    result = clean_and_explain("本市,區  第 一 条", rules=CleaningPlan.make(only=["cjk_spaces", "width"]).rules)
    assert {edit.rule for edit in result.edits} == {"width", "cjk_spaces"}
    assert "區" in result.text, "traditional_to_simplified did not run"


def test_conversion_none_keeps_traditional_and_the_page_is_still_known_traditional():
    cleaned = clean_page(_seed(), plan=CleaningPlan.make(options={"traditional_to_simplified": {"conversion": "none"}}))
    assert not cleaned.steps[RULE_NAMES.index("traditional_to_simplified")]
    assert "條" in cleaned.text or "國" in cleaned.text
    assert cleaned.script == "traditional", "no conversion ran: the script is detected, not assumed Simplified"
    skipped = clean_page(_seed(), plan=CleaningPlan.make(skip=["traditional_to_simplified"]))
    assert skipped.text == cleaned.text and skipped.script == "traditional"


def test_forced_conversion_tw2sp_converts_taiwan_vocabulary():
    plan = CleaningPlan.make(options={"traditional_to_simplified": {"conversion": "tw2sp"}})
    text = "第一條　為促進軟體產業發展，特制定本條例。\n"
    assert "软件产业" in clean_and_explain(text, rules=plan.rules, options=plan.options).text
    assert "软体产业" in clean_and_explain(text).text, "auto picks tw2s/t2s, which keep the word"


@pytest.mark.parametrize("make, message", [
    (lambda: CleaningPlan.make(skip=["hard_wrap"]), "did you mean 'hard_wraps'"),
    (lambda: CleaningPlan.make(only=["nope"]), "unknown rule 'nope' in only"),
    (lambda: CleaningPlan.make(options={"traditional_to_simplified": {"conversoin": "t2s"}}), "unknown option 'conversoin'"),
    (lambda: CleaningPlan.make(options={"traditional_to_simplified": {"conversion": "s2t"}}), "is not one of: auto, t2s"),
    (lambda: CleaningPlan.make(options={"width": {"x": 1}}), "rule 'width' takes no options"),
])
def test_unknown_rules_options_and_values_are_refused_by_name(make, message):
    with pytest.raises(PlanError, match=message.replace("(", r"\(")):
        make()


# ----------------------------------------------------------------- the config files


def _pyproject(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text("[project]\nname = 'x'\n\n[tool.corpus-tools]\n" + body, encoding="utf-8")
    return folder


def test_precedence_command_line_over_config_file_over_pyproject_over_defaults(tmp_path):
    folder = _pyproject(tmp_path / "work", 'skip = ["hard_wraps"]\nexclude = ["drafts/**"]\nworkers = 2\n'
                                           '[tool.corpus-tools.rules.traditional_to_simplified]\nconversion = "tw2s"\n')
    config = tmp_path / "run.yaml"
    config.write_text("skip: [width]\nworkers: 3\nrules:\n  traditional_to_simplified:\n    conversion: hk2s\n", encoding="utf-8")

    assert resolve({}, folder=NOWHERE).record() == default_record()
    from_pyproject = resolve({}, folder=folder)
    assert from_pyproject.plan.skipped == ("hard_wraps",) and from_pyproject.workers == 2
    assert from_pyproject.plan.options_of("traditional_to_simplified") == {"conversion": "tw2s"}
    from_file = resolve({}, config_file=config, folder=folder)
    assert from_file.plan.skipped == ("width", "width_seams", "width_joins"), "a key of --config replaces the same key of pyproject"
    assert from_file.exclude == ("drafts/**",), "a key --config does not give stays as pyproject set it"
    assert (from_file.workers, from_file.plan.options_of("traditional_to_simplified")) == (3, {"conversion": "hk2s"})
    from_cli = resolve({"skip": ["blank_lines"], "rules": {"traditional_to_simplified": {"conversion": "none"}}},
                       config_file=config, folder=folder)
    assert from_cli.plan.skipped == ("blank_lines",) and from_cli.workers == 3
    assert from_cli.plan.options_of("traditional_to_simplified") == {"conversion": "none"}


@pytest.mark.parametrize("body, message", [
    ('onyl = ["width"]\n', "unknown key 'onyl' in .*pyproject.toml \\[tool.corpus-tools\\] \\(did you mean 'only'\\?\\)"),
    ('skip = ["spam"]\n', "unknown rule 'spam' in skip of .*pyproject.toml"),
    ('workers = 0\n', "workers in .*pyproject.toml .* at least 1"),
    ('include = "*.html"\nexclude = [1]\n', "exclude in .* must be a list of strings"),
])
def test_unknown_keys_and_bad_values_in_pyproject_name_the_file_and_the_key(tmp_path, body, message):
    folder = _pyproject(tmp_path, body)
    with pytest.raises(ConfigError, match=message):
        resolve({}, folder=folder)


def test_config_file_errors_name_the_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        resolve({}, config_file=tmp_path / "missing.yaml", folder=NOWHERE)
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  traditional_to_simplified: {conversion: opencc}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml"):
        resolve({}, config_file=bad, folder=NOWHERE)
    bad.write_text("- only\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="a config file is a mapping"):
        resolve({}, config_file=bad, folder=NOWHERE)


def test_cli_rejects_an_unknown_rule_with_exit_2(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("第一条 本市,区。\n", encoding="utf-8")
    result = CliRunner().invoke(cli.app, ["clean", str(page), "--skip", "witdh"])
    assert result.exit_code == 2
    assert "unknown rule 'witdh'" in result.stderr and "did you mean 'width'" in result.stderr
    result = CliRunner().invoke(cli.app, ["clean", str(page), "--convert", "s2t"])
    assert result.exit_code == 2 and "conversion = 's2t'" in result.stderr


def test_cli_reads_pyproject_of_the_working_folder(tmp_path, monkeypatch):
    folder = _pyproject(tmp_path, 'skip = ["width", "width_seams", "width_joins"]\n')
    (folder / "a.txt").write_text("第一条 本市,区。\n", encoding="utf-8")
    monkeypatch.chdir(folder)
    assert CliRunner().invoke(cli.app, ["clean", "a.txt"]).stdout == "第一条 本市,区。\n"
    assert CliRunner().invoke(cli.app, ["clean", "a.txt", "--skip", "blank_lines"]).stdout == "第一条 本市，区。\n"


# ----------------------------------------------------------------- the dataset says how it was made


@pytest.fixture(scope="module")
def configured_build(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("configured")
    raw = tmp / "raw"
    shutil.copytree(RAW, raw)
    plan = CleaningPlan.make(skip=["hard_wraps"], options={"traditional_to_simplified": {"conversion": "none"}})
    build(raw, tmp / "out", plan=plan, exclude=["002_*"], progress=False)
    return tmp / "out"


def test_build_json_and_card_record_the_configuration(configured_build):
    record = json.loads((configured_build / "build.json").read_text(encoding="utf-8"))
    configuration = record["configuration"]
    assert configuration["cleaning"]["skipped"] == ["hard_wraps"]
    assert "hard_wraps" not in configuration["cleaning"]["rules"]
    assert configuration["cleaning"]["options"] == {"traditional_to_simplified": {"conversion": "none"}}
    assert configuration["input"] == {"include": [], "exclude": ["002_*"]}
    assert record["input"]["left_out"] == 1
    assert declared_configuration(configured_build) == configuration
    card = (configured_build / "README.md").read_text(encoding="utf-8")
    processing = card.split("#### Data Collection and Processing", 1)[1].split("\n#### ", 1)[0]
    assert "skipped: `hard_wraps`" in processing and "conversion `none`" in processing
    rows = {line.split("|")[2].strip(): line.split("|")[4].strip() for line in processing.splitlines() if line.startswith("| ") and "`" in line}
    assert rows["`hard_wraps`"] == "skipped"
    assert rows["`traditional_to_simplified`"] == "yes (conversion: none)"


def test_a_build_that_keeps_traditional_script_is_valid_and_flags_it_as_data(configured_build):
    report = validate_path(configured_build)
    assert report.ok
    documents = pq.read_table(configured_build / "data" / "documents-00000-of-00001.parquet").to_pylist()
    traditional = [d for d in documents if d["source_file"] == TRADITIONAL_SEED]
    assert traditional and all(d["script"] == "traditional" for d in traditional)
    assert all("no_traditional_char" in d["findings"] for d in traditional)
    edits = pq.read_table(configured_build / "data" / "edits-00000-of-00001.parquet").to_pylist()
    assert all(e["step"] == RULE_NAMES.index(e["rule"]) for e in edits)
    assert not {e["rule"] for e in edits} & {"hard_wraps", "traditional_to_simplified"}


def test_a_default_build_records_the_defaults(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(RAW / "001_e8836f253944d275.txt", raw / "a.txt")
    build(raw, tmp_path / "out", progress=False)
    assert json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))["configuration"] == default_record()
