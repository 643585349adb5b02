"""Faster validation, same verdicts: each sped-up check against the logic it replaced.

The reference implementations below are the old code, kept verbatim in
spirit; inputs include failing rows (noise of every family, nulls, edge
dates), so a faster version that drops or adds a row fails here.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from corpus_tools import residual, schemas

PIECES = ["本市", "人民政府", "总", "?", "结", "马鞍", "(an)", "山", "們", ",", "区", "\u200b", "\ufffd", "鏂囦欢",
          "万博体育", "manbetx3.0", "平台", "官方", "。", "\n", "(", ")", "http://x.cn", " ", "Ã©", "锛", "APP"]


def _texts(seed: int, n: int) -> list[str | None]:
    rng = random.Random(seed)
    return [None if rng.random() < 0.05 else "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def _reference_scan(values: list[str | None]) -> dict[str, list[int]]:
    """The scan before the narrowing pass was split: every prefilter over every union candidate."""
    data = pa.array(values, type=pa.string())
    detectors = [residual.detector(c) for c in residual.NOISE_CHECKS]
    fast = [d for d in detectors if d.prefilter is not None]
    out: dict[str, list[int]] = {}
    union = "|".join(f"(?:{d.prefilter})" for d in fast)
    candidates = np.flatnonzero(pc.fill_null(pc.match_substring_regex(data, pattern=union), False).to_numpy(zero_copy_only=False))
    subset = data.take(pa.array(candidates, type=pa.int64()))
    texts = subset.to_pylist()
    for d in fast:
        narrowed = np.flatnonzero(pc.fill_null(pc.match_substring_regex(subset, pattern=d.prefilter), False).to_numpy(zero_copy_only=False))
        out[d.check] = [int(candidates[k]) for k in narrowed if texts[k] is not None and d.find(texts[k])]
    for d in detectors:
        if d.prefilter is None:
            out[d.check] = [i for i, t in enumerate(values) if t is not None and d.find(t)]
    return out


@pytest.mark.parametrize("union_bytes", [0, 1 << 20, 1 << 40], ids=["union-always", "default", "union-never"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_scan_equals_the_reference_scan(seed: int, union_bytes: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(residual, "_UNION_BYTES", union_bytes)
    values = _texts(seed, 400)
    try:
        got = {c: h.tolist() for c, h in residual.scan(pa.array(values, type=pa.string())).items()}
    finally:
        residual.clear_cache()
    assert got == _reference_scan(values)
    exact = {c: [i for i, t in enumerate(values) if t is not None and residual.detector(c).find(t)] for c in residual.NOISE_CHECKS}
    assert got == exact
    assert sum(1 for hits in got.values() if hits) >= 4, "the inputs must make several checks fail"


@pytest.mark.parametrize("union_bytes", [0, 1 << 40])
def test_narrow_keeps_exactly_each_prefilters_rows(union_bytes: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(residual, "_UNION_BYTES", union_bytes)
    subset = pa.array(_texts(7, 300), type=pa.string())
    detectors = [residual.detector(c) for c in residual.NOISE_CHECKS if residual.detector(c).prefilter is not None]
    got = residual._narrow(detectors, subset)  # noqa: SLF001
    for d in detectors:
        want = np.flatnonzero(pc.fill_null(pc.match_substring_regex(subset, pattern=d.prefilter), False).to_numpy(zero_copy_only=False))
        assert got[d.check].tolist() == want.tolist(), d.check
    assert list(got) == [d.check for d in detectors]
