"""An ordered ``map`` over worker processes, shared by the build and validation."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from typing import Any


class Mapper:
    """``map`` in source order, in-process for one worker, in processes for more."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = None
        if self.workers > 1:
            self._pool = get_context("fork" if sys.platform != "win32" else "spawn").Pool(self.workers)

    def map(self, fn: Any, items: Iterable[Any]) -> Iterator[Any]:
        if self._pool is None:
            return map(fn, items)
        return self._pool.imap(fn, items, chunksize=1)

    def __enter__(self) -> "Mapper":
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if self._pool is not None:
            # an error or an interrupt: stop the workers at once; else let them finish
            (self._pool.terminate if kind is not None else self._pool.close)()
            self._pool.join()
