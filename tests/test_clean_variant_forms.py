"""Variant forms (異體字) OpenCC keeps, written as their standard characters on Traditional units.

The sentences are real (Taiwan laws of the field folders, sources by each); the variant forms are put
in as a Japanese-font or HKSCS copy writes them (``吿`` U+543F for ``告``, ``硏`` for ``研``, ``郷``
for ``鄉``): no page of the field folders holds one outside a GBK garble (scanned: field13-17,
shared/real, shared/seeds: one ``鎻`` inside m.gsky-link.com.cn's kept misaligned run, which stays).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import opencc
import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.script import convert_traditional
from corpus_tools.clean.variant_forms import VARIANT_FORMS, VARIANT_FORMS_FILE, render_variant_forms, variant_pairs

ROOT = Path(__file__).resolve().parents[1]
UNIHAN = Path("/usr/share/unicode/Unihan_Variants.txt.bz2")

# field16/tw_laws_md/中華民國刑法.md, lines 193-194 (§37)
TW_CRIMINAL = "宣告死刑或無期徒刑者，宣告褫奪公權終身。\n宣告一年以上有期徒刑，依犯罪之性質認為有褫奪公權之必要者，宣告一年以上十年以下褫奪公權。"
# field14/tw_law_corpus/地方制度_地方制度法.md, line 233 (§52)
TW_LOCAL = "直轄市議員、縣（市）議員、鄉（鎮、市）民代表得支研究費等必要費用"


def test_the_forms_are_variants_opencc_keeps_and_no_standard_character() -> None:
    t2s = opencc.OpenCC("t2s").convert
    assert len(VARIANT_FORMS) > 100
    for variant, target in variant_pairs().items():
        assert t2s(variant) == variant, variant  # what the table is for; a new OpenCC that knows it makes it moot
        with pytest.raises(UnicodeEncodeError):
            variant.encode("gb2312")  # no standard Simplified character is a variant (甯, a surname, is one and stays)
    assert "甯" not in VARIANT_FORMS and "吿" in VARIANT_FORMS and "硏" in VARIANT_FORMS


def test_no_clean_law_writes_a_variant_form(clean_corpus_files) -> None:
    for path in clean_corpus_files:
        assert VARIANT_FORMS.isdisjoint(path.read_text(encoding="utf-8")), path.name


@pytest.mark.skipif(not UNIHAN.exists(), reason="Unihan of Debian's unicode-data not installed (apt-get install unicode-data)")
def test_the_shipped_table_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("build_variant_forms", ROOT / "scripts" / "build_variant_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert render_variant_forms(module.variant_pairs(UNIHAN.parent)) == VARIANT_FORMS_FILE.read_text(encoding="utf-8")


def test_a_traditional_page_with_variant_forms_converts_them() -> None:
    damaged = TW_CRIMINAL.replace("告", "吿") + "\n" + TW_LOCAL.replace("研", "硏").replace("鄉", "郷")
    expected = convert_traditional(TW_CRIMINAL + "\n" + TW_LOCAL)[0]
    assert "宣告死刑" in expected and "研究费" in expected and "乡（镇" in expected
    assert convert_traditional(damaged)[0] == expected
    assert clean_and_explain(damaged).text == clean_and_explain(TW_CRIMINAL + "\n" + TW_LOCAL).text


def test_a_simplified_page_keeps_a_variant_form() -> None:
    """Only units the evidence shows Traditional are converted: a Simplified line's one ``吿`` stays (no evidence
    that its writer did not mean that code point)."""
    text = "第三条 有关部门应当及时报吿处理结果。"
    assert convert_traditional(text) == (text, [], [])


def test_a_variant_form_inside_a_garble_stays() -> None:
    """field16/pages16_spam_trad/m.gsky-link.com.cn_help_447.txt: ``（四）國家新聞出版廣電總局`` as GBK bytes read out of
    step; its ``鎻`` is a piece of the garble (an ASCII ``V`` after it), not a glyph of ``鎖``: the build of session 17's
    first table wrote ``锁`` there."""
    line = " ?。ㄋ模﹪倚侣劤霭鎻V電總局認定的其他類型的數字化作品。"
    assert "鎻" in convert_traditional(line)[0]
