"""One cheap RE2 pass over a column of texts, then the few rows it keeps, for the slow check.

The whole-dataset text checks (masked characters, injected characters) read every document's text;
their Python scan is slow, so a pattern RE2 runs over the whole column (pyarrow's
``match_substring_regex``) first keeps only the texts that can hold the damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa


def gated_texts(texts: "pa.ChunkedArray | pa.Array", gate: str) -> Iterator[tuple[int, str]]:
    """(row, text) of the texts RE2's ``gate`` finds a match in, in row order (a null text is never kept).

    >>> import pyarrow as pa
    >>> list(gated_texts(pa.chunked_array([["第一条", None, "代码GB2知312"]]), r"[A-Za-z0-9]\\p{Han}+[A-Za-z0-9]"))
    [(2, '代码GB2知312')]
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    gate_mask = pc.fill_null(pc.match_substring_regex(texts, gate), False).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(np.asarray(gate_mask, dtype=bool))
    if len(rows):
        yield from zip(rows.tolist(), texts.take(pa.array(rows, pa.int64())).to_pylist())


__all__ = ["gated_texts"]
