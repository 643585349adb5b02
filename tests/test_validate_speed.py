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

from corpus_tools.validation import quality, residual, schemas

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


def _reference_unresolved(series: pd.Series) -> pd.Series:
    """unresolved_spam_gap's old body: the regex over the whole column."""
    return series.str.contains(r'"gap"\s*:\s*"unresolved"', regex=True).fillna(False).astype(bool)


def test_unresolved_gap_equals_the_regex_over_every_row() -> None:
    rng = random.Random(5)
    parts = ['"gap"', ":", " ", "\t", "\n", '"unresolved"', '"resolved"', "{", "}", ",", '"word": "平台"', "unresolved", "gap"]
    values = [None if rng.random() < 0.05 else "".join(rng.choice(parts) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    spaces = ["", " ", "\t", "\n", "\v", "\u3000", "  "]
    values += [
        "{" + rng.choice(['"gap"', '"Gap"', "gap"]) + rng.choice(spaces) + ":" + rng.choice(spaces)
        + rng.choice(['"unresolved"', '"resolved"', '"unresolved']) + "}"
        for _ in range(500)
    ]
    values += ['{"gap": "unresolved"}', '{"gap":"unresolved"}', '{"gap" :\t"unresolved"}', '{"gap": "unresolved_x"}', '"unresolved"']
    for chunks in (1, 7):
        size = -(-len(values) // chunks)
        data = pa.chunked_array([pa.array(values[i : i + size], type=pa.string()) for i in range(0, len(values), size)])
        series = pd.Series(pd.arrays.ArrowExtensionArray(data))
        got = quality.unresolved_gap(series)
        want = _reference_unresolved(series)
        assert got.tolist() == want.tolist()
        assert 10 < int(want.sum()) < len(values) - 10, "the inputs must hold gaps and non-gaps"
    plain = pd.Series(values, dtype=object)  # not Arrow-backed: the regex route
    assert quality.unresolved_gap(plain).tolist() == _reference_unresolved(plain).tolist()


def _reference_not_after(df: pd.DataFrame, earlier: str, later: str) -> pd.Series:
    a, b = df[earlier], df[later]
    both = (quality.valid_iso_dates(a.fillna("")) & quality.valid_iso_dates(b.fillna(""))).to_numpy(dtype=bool)
    later_first = (a.fillna("") > b.fillna("")).to_numpy(dtype=bool, na_value=False)
    return pd.Series(~(both & later_first), index=df.index)


def test_date_order_equals_the_pairwise_reference() -> None:
    rng = random.Random(9)
    dates = [None, "", "2024-10-30", "2024-11-28", "2024-02-30", "2025年1月1日", "2024-13-01", "2023-01-01", "2025-01-01",
             "1600-01-01", "2024-1-1", "9999-12-31"]
    columns = ("adopted", "approved", "effective", "amended")
    frame = pd.DataFrame({c: pd.array([rng.choice(dates) for _ in range(2000)], dtype=schemas.STR) for c in columns})
    want = (
        _reference_not_after(frame, "adopted", "approved")
        & _reference_not_after(frame, "approved", "effective")
        & _reference_not_after(frame, "adopted", "effective")
        & _reference_not_after(frame, "approved", "amended")
        & _reference_not_after(frame, "adopted", "amended")
    )
    got = quality.dates_in_order(frame)
    assert got.tolist() == want.tolist()
    assert 10 < int((~want).sum()) < len(frame) - 10
    for earlier, later in (("adopted", "approved"), ("approved", "amended")):
        assert quality.not_after(frame, earlier, later).tolist() == _reference_not_after(frame, earlier, later).tolist()


def _spam_texts() -> list[str]:
    """Texts with spam of every shape the cleaner knows: the spam cases, generated brand
    strings and spam lines inside a sentence, the noisy seeds' lines, and shapes the brand
    rules find by themselves (a Latin name glued to Han text, a spam-site word)."""
    import json
    from pathlib import Path

    from tests.noise import spam as noise_spam

    root = Path(__file__).resolve().parent
    cases = json.loads((root / "cases" / "spam.json").read_text(encoding="utf-8"))
    texts = [c["original"] for c in cases]
    rng = random.Random(20)
    for _ in range(1500):
        texts.append(f"为了{noise_spam.brand_string(rng)}规范管理，制定本办法。")
        texts.append(noise_spam.spam_line(rng))
    for path in sorted((root.parent / "raw").glob("*.txt")):
        texts += path.read_text(encoding="utf-8", errors="replace").splitlines()
    texts += ["依法金彩汇娱乐_jch88管理", "以「杏彩彩票官网」欺骗", "上年盈丰国际电竞-yfgj度", "188金宝博", "新宝体育APP_新宝体育"]
    return texts


def test_the_spam_hint_is_a_superset_of_the_residual_spam_finder() -> None:
    """``no_spam`` runs its finder only on rows its RE2 prefilter keeps (it ran on every row of
    every text column: the finder's old hint, ANCHOR_RE, is beyond RE2); a row with spam that
    the hint missed would pass validation."""
    from corpus_tools.clean import spam

    texts = _spam_texts()
    flagged = [t for t in texts if spam.find_residual_spam(t)]
    assert len(flagged) > 1000, "the inputs must hold spam"
    assert [t for t in flagged if not spam.RESIDUAL_HINT_RE.search(t)] == []
    prefilter = residual.detector("no_spam").prefilter
    assert prefilter is not None
    kept = pc.match_substring_regex(pa.array(flagged, type=pa.string()), pattern=prefilter)
    assert pc.all(kept).as_py()
    law = ["第一条　为了规范本市公共服务平台建设，制定本办法。", "第二条　本办法自公布之日起施行。"]
    assert not pc.any(pc.match_substring_regex(pa.array(law), pattern=prefilter)).as_py()
