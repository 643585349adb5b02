"""The noise benchmark over pairs and triples of families (tests/noise/wide/pairs.py).

Registers the pair variants, then runs ``bench_noise_families`` on them; takes the
same options (``--variant pair_scr`` for the pairs with script first, ``single_`` for the
single-family pools, ``pair_blind16`` for the three blind combinations); ``--combos17``
registers session 17's combinations too (tests/noise/wide/combos17.py; ``mix17_blind`` for its blind ones);
``--combos18`` session 18's (tests/noise/wide/combos18.py; ``mix18_ho`` for its held-out ones);
``--combos19`` session 19's field carriers (tests/noise/wide/combos19.py; ``mix19_ho`` for its held-out ones);
``--combos20`` session 20's damage inside another family's span (tests/noise/wide/combos20.py; ``mix20_ho`` for its
held-out ones).
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
    if "--combos17" in argv:  # session 17's new members and their combinations (tests/noise/wide/combos17.py)
        from tests.noise.wide import combos17  # noqa: F401

        argv.remove("--combos17")
        if not any(a.startswith("--variant") for a in argv):
            argv += ["--variant", "single_mix17,mix17_"]
    if "--combos18" in argv:  # session 18's compositions (tests/noise/wide/combos18.py)
        from tests.noise.wide import combos18  # noqa: F401

        argv.remove("--combos18")
        if not any(a.startswith("--variant") for a in argv):
            argv += ["--variant", "mix18_"]
    if "--combos19" in argv:  # session 19's field carriers and their compositions (tests/noise/wide/combos19.py)
        from tests.noise.wide import combos19  # noqa: F401

        argv.remove("--combos19")
        if not any(a.startswith("--variant") for a in argv):
            argv += ["--variant", "mix19_,single_mix19_"]
    if "--combos20" in argv:  # session 20's damage inside another's span (tests/noise/wide/combos20.py)
        from tests.noise.wide import combos20  # noqa: F401

        argv.remove("--combos20")
        if not any(a.startswith("--variant") for a in argv):
            argv += ["--variant", "mix20_,single_mix20_"]
    if not any(a.startswith("--variant") for a in argv):
        argv += ["--variant", "single_,pair_"]
    raise SystemExit(bench_noise_families.main(["--family", "mixed", *argv]))
