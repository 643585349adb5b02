"""The README's first two commands are exactly what CI runs."""

from __future__ import annotations

import regex

from tests.conftest import ROOT


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = regex.findall(r"```bash\n(.*?)\n```", readme, flags=regex.S)
    return [blocks[0].strip(), blocks[1].strip()]


def test_ci_runs_the_readme_install_and_test_commands_verbatim():
    install, test = _readme_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install in ci, "the README's install-and-build command is not a line of .ci/run"
    assert any(line.startswith(test) for line in ci), "the README's test command is not in .ci/run"


def test_readme_install_command_builds_from_raw():
    install, _ = _readme_commands()
    assert "corpus-tools build raw --out" in install
    assert "pip install" in install
