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


def test_a_wrapped_pages_next_sentence_is_no_telestich():
    """The merge review (set 12's two-column member after the columns are put back): lines wrapped right after a
    sentence's first character (``…处理；构`` ⏎ ``成犯罪的…``) lost that character as a brand spelt down the lines' ends."""
    from corpus_tools.clean import clean
    from corpus_tools.clean.spam_positions import positional_brands

    text = ("第三十二条　违反本条例第十八条第一款规定的，按照下列规定处理；构\n"
            "成犯罪的，依法追究刑事责任。任何单位和个人不得擅自挖掘城市道路。新\n"
            "建、扩建、改建的城市道路交付使用后五年内不得挖掘；因\n"
            "建设工程施工确需挖掘的，报县级以上人民政府批准。挖\n"
            "掘道路应当防止影响市容、污染环境，挖掘现场应当设置\n"
            "明显标志和安全防护设施，竣工后及时清理现场，恢复\n"
            "道路原状。城市道路的养护、维修由市政工程行政主管\n"
            "部门负责，其他单位和个人不得擅自占用城市道路\n"
            "或者改变城市道路的用途，确需临时占用的，应当\n"
            "经市政工程行政主管部门批准。\n")
    assert positional_brands(text) == []
    han = [c for c in clean(text) if "\u4e00" <= c <= "\u9fff"]
    assert han == [c for c in text if "\u4e00" <= c <= "\u9fff"]
