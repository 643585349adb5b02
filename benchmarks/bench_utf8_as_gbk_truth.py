"""Right and wrong ``utf8_as_gbk`` edits per confidence label on a page whose truth is known.

Usage::

    PYTHONPATH=. /work/main/.venv/bin/python benchmarks/bench_utf8_as_gbk_truth.py

``tests/real_pages/renmin_mojibake`` holds one 公文 saved in GB2312 (the truth) and as UTF-8
read as GBK (field finding F7B-R1).  Both are ingested and cleaned; an edit on the mojibake
copy is **right** when its output (whitespace removed) occurs in the clean text of the
GB2312 copy.  Prints the counts per label and every wrong edit.  Seconds to run.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_tools.clean import clean_and_explain  # noqa: E402
from corpus_tools.ingest import ingest_file  # noqa: E402

PAGES = ROOT / "tests" / "real_pages" / "renmin_mojibake"


def main() -> int:
    truth = re.sub(r"\s+", "", clean_and_explain(ingest_file(PAGES / "notice_gb2312.html", PAGES).text).text)
    result = clean_and_explain(ingest_file(PAGES / "notice_utf8_read_as_gbk.html", PAGES).text)
    counts: Counter = Counter()
    for edit in result.edits:
        if edit.rule != "utf8_as_gbk":
            continue
        detail = json.loads(edit.detail)
        right = re.sub(r"\s+", "", edit.after) in truth
        counts[detail["confidence"], right] += 1
        if not right:
            print(f"WRONG {detail['confidence']:6} {detail['method']}: {edit.after!r}")
    kept = sum(w.rule == "utf8_as_gbk" for w in result.warnings)
    for label in ("exact", "high", "medium"):
        print(f"{label:6} right {counts[label, True]:3}  wrong {counts[label, False]:3}")
    print(f"utf8_as_gbk warnings (runs kept): {kept}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
