"""Field test 13's cleaning findings (notes field13.md F13-A2, F13-B2, F13-B3) and the clean text that must stay
byte-identical beside them.

Every positive case starts from the real page that showed it (tests/real_pages/field13_fix/SOURCE.md); every
negative case is real or clean text holding the same characters for a reason.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mojibake import SIG_LEAD_CHARS
from corpus_tools.clean.rules import TRADITIONAL_TO_SIMPLIFIED, UTF8_AS_GBK

FOLDER = Path(__file__).parent / "real_pages" / "field13_fix"

# --------------------------------------------------------------------------
# F13-A2: t2s converted the residue utf8_as_gbk left (鏈 -> 链)
# --------------------------------------------------------------------------

DZX = FOLDER / "dz-x_mip_article_1890.txt"
RESIDUE = "suspected UTF-8-as-GBK mojibake residue kept byte-exact"


def test_residue_of_utf8_read_as_gbk_is_not_converted() -> None:
    """dz-x.net: utf8_as_gbk repairs ``鏃ワ紝`` -> ``日，``; the ``鏈`` before it (月's first two bytes, its third lost)
    and the ``闃`` of ``绗洓闃舵銆`` (第四阶段。) became ``链`` and ``阒`` on lead13 6a1af6b."""
    result = clean_and_explain(DZX.read_text(encoding="utf-8"))
    assert [e.after for e in result.edits if e.rule == UTF8_AS_GBK][:3] == ["进入", "作为三大", "日，"]  # the repairs stay
    assert "3鏈30日，" in result.text and "链" not in result.text
    assert "绗洓闃舵銆" in result.text and "阒" not in result.text
    assert [e for e in result.edits if e.rule == TRADITIONAL_TO_SIMPLIFIED] == []
    named = sorted(w.excerpt for w in result.warnings if w.message.startswith(RESIDUE))
    assert named == ["3鏈30日", "L进入绗洓闃舵銆"]


def test_a_traditional_sentence_beside_the_residue_still_converts() -> None:
    """Negative: the guard keeps residue only. A Traditional sentence (the Basic Law's art. 18) on the same page is a
    Traditional unit and converts, its 鏈-shaped characters too (鐵 is no UTF-8 lead pair; 鏈 in a Traditional sentence
    is Traditional text)."""
    page = DZX.read_text(encoding="utf-8")
    traditional = "第十八條 在香港特別行政區實行的法律為本法以及本法第八條規定的香港原有法律和香港特別行政區立法機關制定的法律，產業鏈。"
    result = clean_and_explain(page + "\n" + traditional + "\n")
    assert "在香港特别行政区实行的法律为本法以及本法第八条规定的香港原有法律和香港特别行政区立法机关制定的法律，产业链。" in result.text


def test_an_isolated_traditional_character_on_a_clean_page_still_converts() -> None:
    """Negative: without mojibake on the page nothing says 鏈 is residue: the isolated Traditional character converts."""
    result = clean_and_explain("第一条 为了完善产业鏈，制定本办法。\n")
    assert result.text == "第一条 为了完善产业链，制定本办法。\n"
    assert not [w for w in result.warnings if w.message.startswith(RESIDUE)]


def test_an_isolated_traditional_character_that_no_utf8_byte_makes_still_converts() -> None:
    """Negative: on the mojibake page, an isolated Traditional character whose GBK bytes are no UTF-8 lead pair (國:
    87 F8) is no residue and converts."""
    assert "國" not in SIG_LEAD_CHARS
    result = clean_and_explain(DZX.read_text(encoding="utf-8") + "\n腾讯云在中國的市场。\n")
    assert "腾讯云在中国的市场。" in result.text
