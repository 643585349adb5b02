"""The document numbers the script rule marks are found at their hints only (issue 20: speed).

:func:`corpus_tools.clean.script._document_number_spans` must give exactly the spans of
``_DOCUMENT_NUMBER.finditer`` (the whole-page scan it replaces).  Real pages: the Taiwan
history of a law with its 文号 (tests/real_pages/field9/moj_law_history_G0380237.txt), the
seed pages of raw/, every page of tests/real_pages and, converted to Traditional with
OpenCC's ``s2twp``, the same pages (文号 such as ``国发〔2018〕44号`` and ``院臺金字第`` in
Traditional text); then generated text made of the pattern's own pieces.  A one-off run
found the same spans on 3,340 texts (the 1,911 laws of the clean corpus, a quarter of them
also converted with ``s2twp``, ../shared/real, the field folders 8, 8b, 9): 822 numbers.
"""

from __future__ import annotations

from pathlib import Path

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_tools.clean import script

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "tests" / "real_pages").rglob("*.txt")) + sorted((ROOT / "raw").glob("*.txt"))


def _scanned(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in script._DOCUMENT_NUMBER.finditer(text)]


def test_real_pages_give_the_spans_of_the_whole_page_scan():
    to_traditional = opencc.OpenCC("s2twp")
    found = 0
    assert len(PAGES) > 50
    for path in PAGES:
        text = path.read_text(encoding="utf-8", errors="replace")
        for variant in (text, to_traditional.convert(text)):
            expected = _scanned(variant)
            assert script._document_number_spans(variant) == expected, path
            found += len(expected)
    assert found > 20  # the pages hold document numbers: the comparison is not between two empty lists


#: The pattern's pieces and what sits beside them in real text.
PIECES = ["院臺金字", "字第", "字", "第", "國發", "国发", "〔", "〕", "（", "）", "(", ")", "[", "]", "［", "】", "【",
          "2018", "２０１８", "112", "44", "0", " ", "　", "號", "号", "令", "行政院", "华总一经", "條", "，", "\n", "a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_generated_text_gives_the_spans_of_the_whole_page_scan(pieces):
    text = "".join(pieces)
    assert script._document_number_spans(text) == _scanned(text)


def test_back_to_back_numbers_and_a_hint_inside_a_number():
    text = "國發〔2018〕44號國發〔2019〕1號院臺金字第 1號字第2號（2020）3号"
    assert script._document_number_spans(text) == _scanned(text)
    assert len(_scanned(text)) == 4


def test_an_edit_is_marked_exactly_when_it_overlaps_a_document_number():
    """The marks found by bisection are those of the definition: any overlap with any number."""
    to_traditional = opencc.OpenCC("s2twp")
    marked = 0
    for path in PAGES:
        text = to_traditional.convert(path.read_text(encoding="utf-8", errors="replace"))
        spans = _scanned(text)
        if not spans:
            continue
        for edit in script.convert_traditional(text)[1]:
            overlaps = any(edit.start < b and a < edit.end for a, b in spans)
            assert edit.detail.endswith(script.IN_DOCUMENT_NUMBER) == overlaps, (path, edit)
            marked += overlaps
    assert marked > 10
