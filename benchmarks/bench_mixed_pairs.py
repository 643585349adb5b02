"""The noise benchmark over pairs and triples of families (tests/noise/wide/pairs.py).

Registers the pair variants, then runs ``bench_noise_families`` on them; takes the
same options (``--variant pair_scr`` for the pairs with script first, ``single_`` for the
single-family pools, ``pair_blind16`` for the three blind combinations).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_noise_families  # noqa: E402
from tests.noise.wide import pairs  # noqa: E402,F401  (registers the variants)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if not any(a.startswith("--variant") for a in argv):
        argv += ["--variant", "single_,pair_"]
    raise SystemExit(bench_noise_families.main(["--family", "mixed", *argv]))
