"""What a new user reads first: --version, help without typer's artefacts, errors that explain themselves."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from corpus_tools import __version__, cli
from tests.conftest import ROOT

COMMANDS = ["build", "clean", "rules", "validate", "export-schemas", "publish", "download"]


def test_version():
    result = CliRunner().invoke(cli.app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"corpus-tools {__version__}"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_shows_names_not_types(command):
    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(cli.app, args, terminal_width=200)
    assert result.exit_code == 0
    text = result.output
    artefacts = re.findall(r"<[a-z_\[\]A-Za-z ]+>|\{[a-z_]+\}", text)
    assert artefacts == [], f"typer's type markers in the help: {artefacts}"
    usage = next(line for line in text.splitlines() if "Usage:" in line)
    assert not re.search(r"[{}]", usage)


def test_usage_names_the_arguments():
    for command, argument in (("build", "RAW_DIR"), ("clean", "PATH..."), ("validate", "PATH"), ("publish", "BUILD_DIR")):
        usage = CliRunner().invoke(cli.app, [command, "--help"], terminal_width=200).output
        assert f"[OPTIONS] {argument}" in usage, command


def test_rules_lists_every_rule_in_order_with_its_step_and_options():
    from corpus_tools.clean import RULE_NAMES

    lines = CliRunner().invoke(cli.app, ["rules"]).stdout.splitlines()
    listed = [line.split()[:2] for line in lines if re.match(r"\s*\d+\s", line)]
    assert listed == [[str(step), name] for step, name in enumerate(RULE_NAMES)]
    assert any("option conversion: auto | t2s | tw2s | hk2s | tw2sp | none" in line for line in lines)


def test_export_schemas_check_outside_the_repository_explains_itself(tmp_path):
    result = subprocess.run([sys.executable, "-m", "corpus_tools", "export-schemas", "--check"], cwd=tmp_path,
                            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.returncode == 2
    assert "no exported schemas in schemas" in result.stderr and "stale" not in result.stderr
    inside = subprocess.run([sys.executable, "-m", "corpus_tools", "export-schemas", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert inside.returncode == 0, inside.stderr


def test_export_schemas_check_tells_missing_from_stale(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli.app, ["export-schemas", "--out", str(tmp_path)]).exit_code == 0
    (tmp_path / "CHECKS.md").unlink()
    (tmp_path / "edits.schema.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(cli.app, ["export-schemas", "--check", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert f"missing: {tmp_path / 'CHECKS.md'}" in result.stderr and f"stale: {tmp_path / 'edits.schema.json'}" in result.stderr


def test_validate_report_goes_to_stdout_and_one_error_line_to_stderr(tmp_path):
    missing = CliRunner().invoke(cli.app, ["validate", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert "UNUSABLE" in missing.stdout and "UNUSABLE" not in missing.stderr
    assert missing.stderr.startswith("error:") and len(missing.stderr.strip().splitlines()) == 1
