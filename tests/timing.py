"""CPU-time measures for the suite's linearity tests.

A linearity test compares the CPU seconds a scan takes on a small and a ten-times larger
input.  One run of each is at the mercy of the machine: under ``pytest -n 2`` on a two-core
CI box another worker's burst, a garbage collection or a page-cache miss can double one
run (session 27: ``unescape_text`` on 200,000 characters of ``a/%E6%9C%AC`` took 0.54 s in
CI where it takes 0.21 s alone, and the test failed at 0.51 s).  The best of three runs of
each size measures the scan, not the neighbours: a quadratic scan stays slow in all three.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def cpu_seconds(function: Callable[[str], object], text: str, *, repeats: int = 3) -> float:
    """The fewest CPU seconds ``function(text)`` took over ``repeats`` runs."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        function(text)
        best = min(best, time.process_time() - started)
    return best


def small_and_large(function: Callable[[str], object], unit: str, small: int = 20_000,
                    large: int = 200_000) -> tuple[float, float]:
    """The best CPU seconds of ``function`` on ``unit`` repeated to about ``small`` and to
    about ``large`` characters."""
    return (cpu_seconds(function, unit * (small // len(unit))),
            cpu_seconds(function, unit * (large // len(unit))))
