"""F19-N5: a machine-translation round trip's ``65438+0`` number corruption is a finding, never rewritten.

Real page: tests/real_pages/field19_numcorrupt (crsrw.com's machine-rewritten 婚姻條例, 4 corrupted numbers).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from corpus_tools.validation import quality
from corpus_tools.validation.number_corruption import NUMBER_CORRUPTION, corrupted_numbers

REAL = Path(__file__).parent / "real_pages" / "field19_numcorrupt" / "crsrw_falvzixun_97504.txt"


def _documents(*texts: str) -> pa.Table:
    n = len(texts)
    return pa.table({"doc_id": [f"d{i}" for i in range(n)], "page_id": [f"p{i}" for i in range(n)],
                     "source_file": [f"f{i}" for i in range(n)], "title": [""] * n, "text": list(texts)})


def test_the_real_page_is_flagged_and_its_text_kept():
    text = REAL.read_text(encoding="utf-8")
    why = corrupted_numbers(text)
    assert why is not None and why.startswith("4 corrupted numbers"), why
    assert "65-438+06歲" in why
    found = quality.damage_findings(_documents(text))
    assert found["check"].to_pylist() == [NUMBER_CORRUPTION]
    assert NUMBER_CORRUPTION in quality.CHECK_NAMES


# Blind variants (written in /work/notes/fieldfix19/blind.md before the code): Simplified, other units.
BLIND = ["年满65438+08周岁的公民", "依照本法第65438+02条的规定", "处65438+0000元以下罚款", "（65438+0）申请人应当"]


@pytest.mark.parametrize("text", BLIND)
def test_blind_variants_are_flagged(text):
    assert corrupted_numbers(text) is not None


NEGATIVES = [
    "2026-05-14 01:50:05.065438+00",  # a timestamp's microseconds and zone
    "计算 65438+1=65439",  # a sum
    "编号\t65438\t合计",  # a real number in a table
    "电话：0755-65438201，传真：0755-65438202",  # phone numbers
    "2025-03-21T17:57:54.065438+01:00 更新",
    "第一条 为了规范管理，制定本办法。第二条 本办法自2006年3月3日起施行。",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_numbers_that_are_numbers_are_not_flagged(text):
    assert corrupted_numbers(text) is None
    assert quality.damage_findings(_documents(text)).num_rows == 0


def test_hostile_200k_is_linear():
    import time

    start = time.process_time()
    corrupted_numbers("65-438+" * 30_000)
    corrupted_numbers(("65438+" + "1" * 20 + "中") * 7_000)
    assert time.process_time() - start < 3
