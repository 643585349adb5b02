"""The lead's fixes of session 30, each from a real page (tests/real_pages/field30/SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import IngestError, images_shown, ingest_bytes
from tests.timing import small_and_large

PAGES = Path(__file__).parent / "real_pages" / "field30"


@pytest.mark.parametrize(("name", "image"), [("055_t20210106_2199952.html", "12月绩效（自管）.png"),
                                             ("056_t20210106_2199955.html", "主要任务.png")])
def test_an_image_only_page_is_refused_for_what_it_is(name, image):
    """bjtcm posts a table or a plan as one picture in an empty article: the page is refused (no text to keep), and the
    reason names the image instead of calling the page empty."""
    with pytest.raises(IngestError) as caught:
        ingest_bytes((PAGES / name).read_bytes(), name)
    assert caught.value.code == "empty"
    assert "only 1 image" in caught.value.reason and image in caught.value.reason, caught.value.reason


def test_a_page_without_text_or_image_is_still_called_empty():
    with pytest.raises(IngestError) as caught:
        ingest_bytes(b"<html><body><div class='view'><p><br></p></div></body></html>", "blank.html")
    assert caught.value.reason.startswith("empty file"), caught.value.reason


@pytest.mark.parametrize("unit", ["<img title=a ", "<img " + "alt=x " * 50 + ">", "<img src='" + "a/" * 30])
def test_images_shown_is_linear_on_a_hostile_page(unit):
    small, large = small_and_large(images_shown, unit)
    assert large < max(30 * small, 0.5), (small, large)


@pytest.mark.parametrize("text", ["依照甲(ka)乙(ko)丙(ti)的规定办理。", "依照甲（an）乙（ma）丙（hu）的规定办理。"])
def test_plain_latin_letters_after_three_characters_are_no_reading_system(text):
    """Session 30's reading systems without a reading table (Jyutping, Sino-Vietnamese, …) are proven by the page's
    habit; plain ASCII letters alone (a label's or an abbreviation's shape) show no system and stay (the merge's
    review: the equivalence test's random pieces ``山(an)马(an)鞍(ma)`` were removed as readings)."""
    from corpus_tools.clean.ruby_systems import gloss_readings

    assert gloss_readings(text) == []


def test_a_marked_reading_system_is_still_read():
    from corpus_tools.clean.ruby_systems import gloss_readings

    text = "依法加强监(giám)督(đốc)管(quản)理(lý)工作。"
    assert [e.before for e in gloss_readings(text)] == ["(giám)", "(đốc)", "(quản)", "(lý)"]
