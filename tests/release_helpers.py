"""Builds for the release, card and publishing tests: the seeds, and the seeds changed.

``changed_raw`` is what a maintainer's next scrape looks like: one page
dropped, one article of another page amended.  Both build with the real
pipeline (validation is left to the publish gate under test).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from corpus_tools.dataset.build import build

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
DROPPED = "004_1a32719b4d74e475.txt"
AMENDED = "001_e8836f253944d275.txt"
AMENDMENT = "本条所称智能制造，以本条例为准。"


def copy_raw(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(RAW.glob("*.txt")):
        shutil.copyfile(path, target / path.name)
    return target


def changed_raw(target: Path) -> Path:
    """The seeds with one page removed and one sentence added to the third article of another."""
    copy_raw(target)
    (target / DROPPED).unlink()
    page = target / AMENDED
    text = page.read_text(encoding="utf-8")
    start = text.index("第三条")
    end = text.index("\n", start)
    page.write_text(text[:end] + AMENDMENT + text[end:], encoding="utf-8")
    return target


def make_build(raw: Path, out: Path) -> Path:
    summary = build(raw, out, progress=False, validate=False)
    assert summary.pages > 0, summary.render()
    return out
