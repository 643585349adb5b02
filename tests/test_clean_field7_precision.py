"""False edits and missed damage the field test of session 7 found (/work/notes/field7.md),
each with the real lines that showed it, and clean real text that must not change.

Sources (copied as the build ingests them):
- samiux/samiux.github.io @ 9499a58, pdf/basiclaw_full_text_gb.pdf (宪法及香港基本法全文 booklet,
  文件十三 国务院令第221号) and pdf/cs220202444136.pdf (HK Gazette L.N. 136 of 2020, bilingual);
- CHINGBOH/law-corpus @ 341b67f, object-store/company_law/{2013,2018,2023}/raw.txt;
- Teetrition/teetrition.github.io @ 6f9ff42, laws/H25.86.html (Japanese-style items).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.width import normalize_width

#: basiclaw_full_text_gb.pdf, 文件十三 (国务院令第221号): boundary points with minutes and seconds.
COORDINATES = (
    "二、国务院令第221号\n"
    "1. 由深圳河入海口处至沙头角镇的中英街两街中心线的交点(3号点，北纬22˚32'52.26\"，东经114˚13'36.91\")；\n"
    "2. 由3号点起以直线连接沙头角河桥西侧河中心桥墩底部的西端(4号点，北纬22˚32'52.83\"，东经114˚13'36.86\")。\n"
)


def test_coordinate_primes_stay_and_brackets_still_turn_full_width() -> None:
    out, edits, _ = normalize_width(COORDINATES)
    assert "北纬22˚32'52.26\"，东经114˚13'36.91\"）；" in out
    assert "（4号点，北纬22˚32'52.83\"，东经114˚13'36.86\"）。" in out
    assert sorted({(e.before, e.after) for e in edits}) == [("(", "（"), (")", "）")]


@pytest.mark.parametrize(
    "text",
    [
        "身高5'6\"，体重60公斤",  # feet and inches
        "屏幕尺寸为5\"，称为小屏",  # inches, then a Chinese sentence
        "the Law of the People's Republic of China，即中国法律",  # an English apostrophe
    ],
)
def test_primes_and_apostrophes_are_not_quotation_marks(text: str) -> None:
    out, _, _ = normalize_width(text)
    assert out.count("'") == text.count("'") and out.count('"') == text.count('"')
    assert not set("‘’“”") & set(out)


def test_chinese_quotations_still_curl_also_around_numbers() -> None:
    assert normalize_width('拨打"12345"热线，称为"大屏"')[0] == "拨打“12345”热线，称为“大屏”"
    assert normalize_width("简称'十四五'规划")[0] == "简称‘十四五’规划"


#: cs220202444136.pdf: the English note of the gazette, its sentence ending in a curly quote.
ENGLISH_NOTE = (
    "Note:* For reference, an English translation of the title “《中华人民共和国香港特别行政区维护国家安全法》” "
    "is “Law of the People’s Republic of China on Safeguarding National Security in the Hong Kong Special\n"
    "Administrative Region”.\nSchedule\n"
)


def test_english_sentence_end_after_a_quotation_stays_ascii() -> None:
    out, edits, _ = normalize_width(ENGLISH_NOTE)
    assert "Administrative Region”.\n" in out
    assert out == ENGLISH_NOTE and edits == []


def test_chinese_sentence_end_after_a_quotation_still_becomes_full_width() -> None:
    assert normalize_width("简称“国安法”.\n")[0] == "简称“国安法”。\n"
    assert normalize_width("使用平台（APP）.\n")[0] == "使用平台（APP）。\n"
