"""The script rule's start-up: what it ships instead of building from OpenCC on first use.

The slip tables (each Simplified-only character's one-character Traditional form, used to
make a Traditional unit with mirror slips wholly Traditional before conversion) are read
from resources/script_sets.txt; built from OpenCC they loaded its ``s2t`` dictionaries at
the first Traditional page with a slip (0.06-0.07 CPU-s of every ``corpus-tools clean`` of
such a page).  They must equal what OpenCC gives, character by character.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from corpus_tools.clean import script


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_shipped_slip_tables_are_what_opencc_gives_each_character(config):
    from_opencc = {ord(c): t for c, t in script._build_slip_table(config, script.SIMPLIFIED_ONLY).items()}
    assert script._slip_table(config) == from_opencc
    assert len(from_opencc) > 2000


def test_a_traditional_page_with_slips_loads_no_simplified_to_traditional_dictionary(raw_dir):
    """Seed 003 is Traditional with slips: cleaning it converts with ``t2s`` (and ``tw2s`` for
    the choice) and builds no ``s2t`` converter."""
    seed = sorted(raw_dir.glob("003_*.txt"))[0]
    code = (
        "import json, opencc\n"
        "made = []\n"
        "class Spy(opencc.OpenCC):\n"
        "    def __init__(self, config='t2s'):\n"
        "        made.append(config); super().__init__(config)\n"
        "opencc.OpenCC = Spy\n"
        "from pathlib import Path\n"
        "from corpus_tools.dataset.restore import clean_alone\n"
        "from corpus_tools.ingest import ingest_file\n"
        f"path = Path({str(seed)!r})\n"
        "edits = clean_alone(ingest_file(path, path.parent)).edits\n"
        "print(json.dumps([made, sum(e.rule == 'traditional_to_simplified' for e in edits)]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    made, converted = json.loads(out.splitlines()[-1])
    assert converted > 100  # the page was converted
    assert [c for c in made if c.startswith("s2")] == [], made
