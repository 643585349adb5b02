"""Japanese character forms (shinjitai: ``関`` for ``關``, ``発`` for ``發``) on a Traditional Chinese page,
written as the Traditional character before OpenCC converts the unit (``関係`` stayed ``関系``).

No real Chinese page of the field folders writes one (scanned at session 18: field10-18, shared/real,
tests/real_pages: only Japanese pages, people.cn's Japanese edition, and one ``20鉄21年`` typo in a
Simplified judgment); the damage is session 18's blind variant (script_shinjitai_blind18, written in
words before the rule).  The sentences are real (sources by each); the forms are put in as a Japanese
input method or font writes them.  The negatives are real pages.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import opencc
import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.script import HONG_KONG_FORMS, convert_traditional
from corpus_tools.clean.variant_forms import SHINJITAI_FORMS_FILE, render_shinjitai_forms, shinjitai_pairs, variant_pairs

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "real_pages"

# field14/tw_law_corpus/地方制度_地方制度法.md, line 233 (§52), as test_clean_variant_forms.py
TW_LOCAL = "直轄市議員、縣（市）議員、鄉（鎮、市）民代表得支研究費等必要費用"
# field16/tw_laws_md/中華民國刑法.md (§10): a definition with 關 and 處
TW_CRIMINAL = "稱公務員者，謂依法令服務於國家、地方自治團體所屬機關而具有法定職務權限者。"
#: What a Japanese input method writes for the Traditional characters of the two sentences.
JAPANESE = {"縣": "県", "關": "関", "團": "団", "屬": "属", "權": "権"}


def _japanese(text: str) -> str:
    return "".join(JAPANESE.get(c, c) for c in text)


def test_the_table_holds_japanese_forms_only() -> None:
    pairs = shinjitai_pairs()
    assert len(pairs) > 150 and pairs["関"] == "關" and pairs["発"] == "發" and pairs["県"] == "縣"
    for form in pairs:
        for codec in ("gb2312", "big5"):  # a character of a Chinese set is Chinese text (条)
            with pytest.raises(UnicodeEncodeError):
                form.encode(codec)
        assert form not in HONG_KONG_FORMS and form not in variant_pairs()
        assert opencc.OpenCC("t2s").convert(form) == form  # what the table is for


def test_the_shipped_table_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("build_shinjitai_forms", ROOT / "scripts" / "build_shinjitai_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert render_shinjitai_forms(module.shinjitai_pairs()) == SHINJITAI_FORMS_FILE.read_text(encoding="utf-8")


def test_no_clean_law_writes_a_japanese_form(clean_corpus_files) -> None:
    forms = frozenset(shinjitai_pairs())
    for path in clean_corpus_files:
        assert forms.isdisjoint(path.read_text(encoding="utf-8")), path.name


def test_a_traditional_page_with_japanese_forms_converts_them() -> None:
    page = TW_LOCAL + "\n" + TW_CRIMINAL
    damaged = _japanese(page)
    assert "県" in damaged and "団" in damaged and "権" in damaged
    expected = convert_traditional(page)[0]
    assert "县（市）议员" in expected and "地方自治团体所属机关" in expected
    assert convert_traditional(damaged)[0] == expected
    assert clean_and_explain(damaged).text == clean_and_explain(page).text


def test_a_japanese_page_keeps_its_forms() -> None:
    """people.cn's Japanese edition (tests/real_pages/field9): no Chinese text, nothing converted."""
    page = (REAL / "field9" / "people_jp_page_text.txt").read_text(encoding="utf-8")
    assert "政府関連文献" in page
    assert convert_traditional(page) == (page, [], [])


def test_a_simplified_line_keeps_a_japanese_form() -> None:
    """field18/lawbench_qa/zero_shot_2-1.json: a Simplified judgment's typo ``20鉄21年``: only units the evidence
    shows Traditional are written otherwise."""
    line = "因涉嫌容留他人吸毒罪，于20鉄21年4月2日被兰州市公安局安宁分局刑事拘留。"
    assert convert_traditional(line) == (line, [], [])


def test_a_hong_kong_page_is_converted_as_before() -> None:
    """field13/legco_parallel/legco_companion_ch5_tc.txt (tests/real_pages copy used by the word-break tests):
    the Hong Kong forms (``説``) are no Japanese forms; hk2s reads them."""
    line = "5.1在《基本法》訂立的香港特區政治體制下,行政機關與立法機關的關係是\"相互制衡、相互配合\"。本章説明身為行政機關首長的行政長官"
    out = convert_traditional(line)[0]
    assert "本章说明" in out and "关系" in out
