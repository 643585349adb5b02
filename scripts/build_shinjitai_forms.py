"""Build corpus_tools/resources/shinjitai_forms.txt: Japanese character forms (shinjitai, 新字体) that
no Chinese character set holds, each with the Traditional character it stands for, from OpenCC's
``jp2t`` table (``JPVariants``).

Real damage: a Traditional Chinese page typed with a Japanese input method, set in a Japanese font's
PDF, or copied through a Japanese code page writes ``関`` for ``關``, ``発`` for ``發``, ``経`` for ``經``,
``総`` for ``總`` (session 18's blind variant, written before the rule); OpenCC's ``t2s`` has no entry
for them (``関係`` stays ``関系``), so a converted page kept them and a search for ``关系`` missed it.

A pair ``J T`` is kept when, all of it:

* OpenCC ``jp2t`` writes the unified ideograph ``J`` (U+3400-4DBF, U+4E00-9FFF) as one character ``T``;
* neither GB 2312 nor Big5 encodes ``J``, nor is it a Hong Kong form the script rule reads as such
  (:data:`corpus_tools.clean.script.HONG_KONG_FORMS`: ``説``, ``閲``): a character of a Chinese set is
  Chinese text (``条`` is Simplified).  HKSCS is no test: it holds Japanese forms for names (``関``);
* ``T`` converted by ``t2s`` (after the variant-form table, which has ``鄕``) is one GB 2312 character:
  the pair brings the text to a standard Simplified character (``桝`` -> ``枡``, a Japanese form too, is
  left out);
* OpenCC ``t2s`` keeps ``J`` (``殻`` it reads already: ``壳``);
* ``J`` is not in the variant-form table already (``晩``, ``歳``: resources/variant_forms.txt wins).

Usage: python scripts/build_shinjitai_forms.py (writes the file; tests/test_clean_variant_forms.py
checks the shipped file against this script).
"""

from __future__ import annotations

import opencc

from corpus_tools.clean.script import HONG_KONG_FORMS
from corpus_tools.clean.variant_forms import SHINJITAI_FORMS_FILE, render_shinjitai_forms, variant_pairs


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def shinjitai_pairs() -> dict[str, str]:
    """Japanese-only form -> the Traditional character, as the module docstring says."""
    jp2t, t2s = opencc.OpenCC("jp2t"), opencc.OpenCC("t2s")
    variants = variant_pairs()
    every = [chr(c) for lo, hi in ((0x3400, 0x4DC0), (0x4E00, 0xA000)) for c in range(lo, hi)]
    out = jp2t.convert("\n".join(every)).split("\n")
    pairs = {}
    kept = t2s.convert("\n".join(every)).split("\n")
    for j, t, k in zip(every, out, kept):
        if k != j or t == j or len(t) != 1 or j in variants or j in HONG_KONG_FORMS or _encodes(j, "gb2312") or _encodes(j, "big5"):
            continue
        simplified = t2s.convert(variants.get(t, t))
        if len(simplified) == 1 and _encodes(simplified, "gb2312"):
            pairs[j] = t
    return pairs


if __name__ == "__main__":
    SHINJITAI_FORMS_FILE.write_text(render_shinjitai_forms(shinjitai_pairs()), encoding="utf-8")
    print(SHINJITAI_FORMS_FILE)
