"""The command line owns the exit codes: every outcome the library reports has one."""

from __future__ import annotations

from typer.testing import CliRunner

from corpus_tools import cli
from corpus_tools.dataset.build import BuildSummary
from corpus_tools.publish import hub


def test_every_build_outcome_has_its_documented_exit_code():
    rejected = [{"source_file": "a", "code": "empty", "reason": "empty file"}]
    done = {"written": True, "validated": True}
    cases = {
        "ok": BuildSummary(pages=1, **done),
        "rejected": BuildSummary(pages=1, rejected=rejected, **done),
        "nothing_built": BuildSummary(pages=0, rejected=rejected),
        "invalid": BuildSummary(pages=1, validation_errors=2, validated=True),
        "unvalidated": BuildSummary(pages=1, written=True),
    }
    assert {name: summary.outcome for name, summary in cases.items()} == {name: name for name in cases}
    assert {name: cli.build_exit_code(summary) for name, summary in cases.items()} == {
        "ok": 0, "rejected": 3, "nothing_built": 2, "invalid": 1, "unvalidated": 5,
    }


def test_exit_0_needs_a_written_and_validated_output():
    """No summary without a written, validated OUT_DIR maps to 0, whatever else it says."""
    for written in (False, True):
        for validated in (False, True):
            for errors in (0, 3):
                summary = BuildSummary(pages=4, written=written, validated=validated, validation_errors=errors)
                if cli.build_exit_code(summary) == 0:
                    assert written and validated


def test_build_help_lists_every_exit_code():
    result = CliRunner().invoke(cli.app, ["build", "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for code in sorted(set(cli.BUILD_EXIT.values())):
        assert f"{code} " in text
    assert "--strict" in text and "--summary-json" in text and "OUT_DIR.invalid" in text


def test_validate_and_publish_outcomes_map_to_the_documented_codes():
    assert cli.VALIDATE_EXIT == {"valid": 0, "invalid": 1, "unusable": 2, "findings": 4}
    assert cli.PUBLISH_EXIT == {hub.REFUSED: 2, hub.INVALID: 1, hub.HUB_FAILED: 3, hub.UNTAGGED: 6}


def test_refused_publish_and_unreadable_clean_input_exit_2(tmp_path):
    runner = CliRunner()
    refused = runner.invoke(cli.app, ["publish", str(tmp_path), "--repo-id", "acme/laws", "--version", "one"])
    assert refused.exit_code == 2 and "error:" in refused.stderr
    missing = runner.invoke(cli.app, ["clean", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file or folder" in missing.stderr
