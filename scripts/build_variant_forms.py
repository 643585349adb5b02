"""Build corpus_tools/resources/variant_forms.txt: the variant forms (異體字) OpenCC keeps, each with
the standard character it stands for, from Unicode's Unihan database.

Real damage: Taiwan, Hong Kong and Japanese-font PDFs and old Big5/HKSCS pages write older or
regional glyph forms as their own code points (``吿`` U+543F for ``告``, ``郞`` for ``郎``, ``緖`` for
``緒``, ``値`` for ``值``, ``硏`` for ``研``); OpenCC's ``t2s`` has no entry for them, so a converted
page keeps them, and a search for ``报告`` misses ``報吿``.

Source: ``Unihan_Variants.txt`` and ``Unihan_IRGSources.txt`` of the Unicode Character Database as
Debian's ``unicode-data`` package installs them (``/usr/share/unicode``, Unihan 15.0; ``apt-get install
unicode-data``).  A pair is kept when, all of it:

* the variant ``V`` is a unified ideograph of the BMP (U+3400-4DBF, U+4E00-9FFF) that OpenCC ``t2s``
  leaves as it is, and that GB 2312 cannot encode (every GB 2312 character is a standard Simplified
  character: ``甯``, a surname, is one and stays);
* ``V`` has a ``kZVariant`` (the same abstract character, drawn otherwise), or a ``kSemanticVariant``
  with the same radical and the same count of residual strokes (``kRSUnicode``: the same character
  drawn otherwise, ``吿``/``告``; a semantic variant that is another character, ``佋``/``紹``, differs there);
* ``V`` is no radical alone (residual strokes 0: ``艸``, ``爫`` are components, not words);
* the target ``T`` converts by ``t2s`` to one GB 2312 character ``S`` and back by ``s2t`` to ``T``
  (no merger: ``鞦`` -> ``秋`` <- ``秋`` is left out, its variant ``鞧`` with it).

The file holds one pair a line: ``V T`` (``T`` the target as Unihan writes it, which the script rule
puts in the text before OpenCC converts it, so that OpenCC's phrases see the standard form).
tests/test_clean_variant_forms.py checks the shipped file against this script when the Unihan files are there.

Usage: python scripts/build_variant_forms.py [UNIHAN_DIR]
"""

from __future__ import annotations

import bz2
import re
import sys
from collections import defaultdict
from pathlib import Path

import opencc

from corpus_tools.clean.variant_forms import VARIANT_FORMS_FILE, render_variant_forms

UNIHAN_DIR = Path("/usr/share/unicode")


def _read(folder: Path, name: str, fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    path = folder / f"Unihan_{name}.txt.bz2"
    opener = bz2.open if path.exists() else open
    if not path.exists():
        path = folder / f"Unihan_{name}.txt"
    out: dict[str, dict[str, str]] = defaultdict(dict)
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            code, field, value = line.rstrip("\n").split("\t")
            if field in fields:
                out[chr(int(code[2:], 16))][field] = value
    return out


def _gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _unified_bmp(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def variant_pairs(folder: Path = UNIHAN_DIR) -> dict[str, str]:
    """Variant -> target, as the module docstring says."""
    variants = _read(folder, "Variants", ("kZVariant", "kSemanticVariant"))
    radicals = _read(folder, "IRGSources", ("kRSUnicode",))
    t2s, s2t = opencc.OpenCC("t2s").convert, opencc.OpenCC("s2t").convert

    def radical_strokes(char: str) -> str:
        return radicals.get(char, {}).get("kRSUnicode", "").split(" ")[0].replace("'", "")

    pairs: dict[str, str] = {}
    for variant, fields in sorted(variants.items()):
        rs = radical_strokes(variant)
        if not _unified_bmp(variant) or _gb2312(variant) or t2s(variant) != variant or not rs or rs.endswith(".0"):
            continue
        for field in ("kZVariant", "kSemanticVariant"):
            targets = [chr(int(h, 16)) for h in re.findall(r"U\+([0-9A-F]+)", fields.get(field, ""))]
            if field == "kSemanticVariant":
                targets = [t for t in targets if radical_strokes(t) == rs]
            targets = [t for t in targets if _unified_bmp(t) and len(t2s(t)) == 1 and _gb2312(t2s(t)) and s2t(t2s(t)) == t]
            if len({t2s(t) for t in targets}) == 1:
                pairs[variant] = targets[0]
                break
    return pairs


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else UNIHAN_DIR
    text = render_variant_forms(variant_pairs(folder))
    Path(VARIANT_FORMS_FILE).write_text(text, encoding="utf-8")
    print(f"wrote {VARIANT_FORMS_FILE} ({text.count(chr(10)) - 1} pairs)")


if __name__ == "__main__":
    main()
