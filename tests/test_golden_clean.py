"""Golden files: each raw seed in, its cleaned text and edit log out.

The expected files live in tests/golden/clean/.  After an intended change to a
cleaner, regenerate them with ``CORPUS_TOOLS_UPDATE_GOLDEN=1 pytest
tests/test_golden_clean.py`` and review the diff like code.  The seed-level
promises of the cleaners issue are asserted here too, independently of the
goldens: no spam, no ruby group, no Traditional-only character, no ? or U+FFFD
inside CJK text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import regex

from corpus_tools.clean.script import TRADITIONAL_ONLY
from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.clean.explain import edit_record
from tests.conftest import RAW

GOLDEN = Path(__file__).parent / "golden" / "clean"
UPDATE = os.environ.get("CORPUS_TOOLS_UPDATE_GOLDEN") == "1"
SEEDS = sorted(p.name for p in RAW.glob("*.txt"))


@pytest.fixture(scope="module")
def restored_pages():
    """The seeds cleaned as the build cleans them: with corpus-level restoration."""
    from corpus_tools.dataset.restore import compute_restorations

    restorations = compute_restorations(RAW)
    return {name: clean_page(ingest_file(RAW / name, RAW), restorations=restorations.get(name)) for name in SEEDS}


def _edits_jsonl(cleaned) -> str:
    lines = []
    for step_index, step in enumerate(cleaned.steps):
        for edit in step:
            lines.append(json.dumps({"step": step_index, **edit_record(edit)}, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", SEEDS)
def test_seed_matches_golden(restored_pages, name):
    cleaned = restored_pages[name]
    outputs = {GOLDEN / f"{name}.clean.txt": cleaned.text, GOLDEN / f"{name}.edits.jsonl": _edits_jsonl(cleaned)}
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for path, content in outputs.items():
            path.write_text(content, encoding="utf-8")
    for path, content in outputs.items():
        assert path.exists(), f"missing golden {path.name}: run with CORPUS_TOOLS_UPDATE_GOLDEN=1"
        assert content == path.read_text(encoding="utf-8"), f"{path.name} differs from the golden file"


SPAM_STRINGS = ("万博", "manbetx", "扫一扫在手机打开当前页", "官方网_")
RUBY_GROUP = regex.compile(r"\p{Han}[(（][a-zü]{1,6}[)）]")
QUESTION_IN_CJK = regex.compile(r"\p{Han}[?？\ufffd]|[?？\ufffd]\p{Han}")


@pytest.mark.parametrize("name", SEEDS)
def test_seed_output_carries_no_residual_noise(restored_pages, name):
    text = restored_pages[name].text
    assert not [s for s in SPAM_STRINGS if s in text]
    assert RUBY_GROUP.findall(text) == []
    assert sorted(set(text) & TRADITIONAL_ONLY) == []
    # a question mark inside CJK text is damage here: none of the seeds asks a question
    assert QUESTION_IN_CJK.findall(text) == []


def test_seed_000_reads_gong_gong_fu_wu_at_all_four_places(restored_pages):
    text = restored_pages["000_ea6fb625b322cb0c.txt"].text
    assert "第三十二条（公共服务平台）" in text
    assert "建设智能制造公共服务平台" in text
    assert "提升公共服务能力" in text
    assert "安全保障、公共服务等方面" in text


def test_seed_003_gbk_damage_is_repaired(restored_pages):
    text = restored_pages["003_1443a772c3010f68.txt"].text
    assert text.count("。总结") == 2
    assert "偨" not in text


def test_seed_004_loses_every_ruby_group_and_no_genuine_parenthesis(restored_pages):
    text = restored_pages["004_1a32719b4d74e475.txt"].text
    for genuine in ("（2021-2023年）", "（初稿）", "（一）"):
        assert genuine in text
