"""False edits and missed damage the field test of session 7 found (/work/notes/field7.md),
each with the real lines that showed it, and clean real text that must not change.

Sources (copied as the build ingests them):
- samiux/samiux.github.io @ 9499a58, pdf/basiclaw_full_text_gb.pdf (宪法及香港基本法全文 booklet,
  文件十三 国务院令第221号) and pdf/cs220202444136.pdf (HK Gazette L.N. 136 of 2020, bilingual);
- CHINGBOH/law-corpus @ 341b67f, object-store/company_law/{2013,2018,2023}/raw.txt;
- Teetrition/teetrition.github.io @ 6f9ff42, laws/H25.86.html (Japanese-style items).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.layout import join_hard_wraps
from corpus_tools.clean.width import normalize_width

FIELD7 = Path(__file__).parent / "real_pages" / "field7"  # SOURCE.md there

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


#: cs220202444136.pdf: the English note of the gazette, its sentence ending in a curly quote (as the
#: width rule gets it: after the script rule).
ENGLISH_NOTE = (
    "Note:* For reference, an English translation of the title “《中华人民共和国香\n"
    "港特别行政区维护国家安全法》” is “Law of the People’s Republic of \n"
    "China on Safeguarding National Security in the Hong Kong Special \n"
    "Administrative Region”.\nSchedule\n"
)


def test_english_sentence_end_after_a_quotation_stays_ascii() -> None:
    out, edits, _ = normalize_width(ENGLISH_NOTE)
    assert "Administrative Region”.\n" in out
    assert out == ENGLISH_NOTE and edits == []


def test_chinese_sentence_end_after_a_quotation_still_becomes_full_width() -> None:
    assert normalize_width("简称“国安法”.\n")[0] == "简称“国安法”。\n"
    assert normalize_width("使用平台（APP）.\n")[0] == "使用平台（APP）。\n"


# --------------------------------------------------------------------------- hard_wraps


def _wraps(text: str) -> list:
    return [e for e in clean_and_explain(text, source_format="pdf").edits if e.rule == "hard_wraps"]


def test_english_paragraphs_of_a_bilingual_gazette_stay_apart() -> None:
    out = clean_and_explain((FIELD7 / "hk_ln136_2020_head.txt").read_text(encoding="utf-8"), source_format="pdf").text
    for kept in (
        "Promulgation of National Law 2020\nWHEREAS Article 18",
        "and the government of the Region.\nAND WHEREAS at its Twentieth",
        "of the People’s Republic of China.\nNOW, THEREFORE, I, Carrie LAM",
        "Kong Special Administrative Region.\nNote:* For reference",
        "Administrative Region”.\nSchedule",
    ):
        assert kept in out
    # the English lines the PDF wrapped are still joined, with their space
    assert "from 11 p.m. on 30 June 2020, in the Hong Kong Special Administrative Region." in out


def test_entries_of_a_dotted_table_of_contents_are_not_joined() -> None:
    text = (FIELD7 / "basiclaw_booklet_gb_head.txt").read_text(encoding="utf-8")
    out = clean_and_explain(text, source_format="pdf", rules=[r for r in RULE_NAMES if r != "table_of_contents"]).text
    assert "第五节 地方各级人民代表大会和地方各级人民政府... 27\n第六节" in out
    assert regex.search(r"全国性法律\.{12} 85 ?\n文件五", out)
    assert not regex.search(r"\.{4,} ?\d+ ?(?:文件|第|附件|序|中华)", out)
    # the page's width still joins its wrapped sentences
    assert any("wrap width" in (e.detail or "") for e in _wraps(text))


#: laws_H25.86.html (自動車運転死傷処罰法, Teetrition/teetrition.github.io): Japanese-style items
#: end without punctuation; the next item opens with its numeral and U+3000.
JAPANESE_ITEMS = (
    "第二条\u3000有以下行为，因而使人负伤的，处十五年以下的惩役；造成人员死亡的，处一年以上的有期惩役。\n"
    "一\u3000因酒精或者药物的影响，在难以进行正常驾驶的状态下驾驶机动车的行为\n"
    "二\u3000以难以控制机动车行驶的高速度驾驶机动车的行为\n"
    "五\u3000以妨害车辆的通行为目的，在正在行驶的车辆（限于以可能产生重大交通危险的速度行驶中的车辆。）前方停止，"
    "或以其他显著接近该车的方法驾驶机动车的行为\n"
    "六\u3000在高速机动车国道（指高速机动车国道法（昭和三十二年法律第七十九号）第四条第一项所规定的道路。）或机动车"
    "专用道路（指道路法（昭和二十七年法律第一百八十号）第四十八条之四所规定的机动车专用道路。）上，以妨害机动车的通行"
    "为目的，在正在行驶的机动车前方停止，或以其他显著接近该车的方法驾驶机动车，因而使得行驶中的机动车停止或缓慢前行"
    "（指以机动车可立刻停止的速度前进。）的行为\n"
    "七\u3000故意无视红灯或者与之具有相当意义的信号，且以可能发生重大交通危险的速度驾驶机动车的行为\n"
)


def test_japanese_style_items_are_not_joined() -> None:
    out, edits, _ = join_hard_wraps(JAPANESE_ITEMS, source_format="html")
    assert edits == [] and out == JAPANESE_ITEMS


@pytest.mark.parametrize(
    "text",
    [
        # a wrapped line opening with 一 as a word is still the rest of the sentence
        "第十条 对违反本条例规定的行为，有关部门应当\n一律依法予以查处，并向社会公布。",
        "第十一条 本市各级人民政府应当加强对相关工作的领导，\n一般情况下应当在三十日内作出决定。",
    ],
)
def test_wrapped_lines_opening_with_one_as_a_word_are_still_joined(text: str) -> None:
    out, edits, _ = join_hard_wraps(text)
    assert len(edits) == 1 and "\n" not in out


# --------------------------------------------------------------------------- invisible_chars: icon glyphs

from corpus_tools.clean.mojibake import remove_invisible_characters  # noqa: E402

#: object-store/company_law/2023/raw.txt (CHINGBOH/law-corpus; chinatax.gov.cn's page as the crawler
#: extracted it), lines 974-981: the portal's menu with its icon font's glyph U+E61A on lines of its own.
CHINATAX_MENU = "中国政府网\n国家税务总局各省级税务局\n\ue61a\n北京\n天津\n河北\n"


def test_icon_glyph_alone_on_its_line_goes_with_its_line() -> None:
    out, edits, _ = remove_invisible_characters(CHINATAX_MENU)
    assert out == "中国政府网\n国家税务总局各省级税务局\n北京\n天津\n河北\n"
    assert [(e.before, e.after) for e in edits] == [("\ue61a\n", "")]
    assert "U+E61A" in edits[0].detail


def test_private_use_characters_inside_lines_stay(clean_corpus_files) -> None:
    """The clean corpus writes private-use characters inside its sentences (a font's mapping of a
    character): none of them is removed."""
    seen = 0
    for path in clean_corpus_files:
        text = path.read_text(encoding="utf-8")
        if not regex.search(r"[\ue000-\uf8ff]", text):
            continue
        seen += 1
        out, edits, _ = remove_invisible_characters(text)
        assert not [e for e in edits if regex.search(r"[\ue000-\uf8ff]", e.before)], path
    assert seen >= 5


# --------------------------------------------------------------------------- hard_wraps: inline spans split into lines

#: object-store/company_law/2013/raw.txt (CHINGBOH/law-corpus), lines 31-33: the cited title was an
#: inline link the crawler's extraction put on a line of its own.
COMPANY_LAW_2013_ART18 = (
    "第十八条 公司职工依照《\n中华人民共和国工会法\n》组织工会，开展工会活动，维护职工合法权益。"
    "公司应当为本公司工会提供必要的活动条件。\n"
)
#: object-store/company_law/2023/raw.txt, lines 953-961: the date of the closing article, each span a line.
COMPANY_LAW_2023_ART266 = (
    "第二百六十六条\n本法自\n2024\n年\n7\n月\n1\n日起施行。\n"
    "本法施行前已登记设立的公司，出资期限超过本法规定的期限的，除法律、行政法规或者国务院另有规定外，"
    "应当逐步调整至本法规定的期限以内；对于出资期限、出资额明显异常的，公司登记机关可以依法要求其及时调整。"
    "具体实施办法由国务院规定。\n"
)


def test_a_line_ending_on_an_opened_title_mark_is_joined() -> None:
    out, edits, _ = join_hard_wraps(COMPANY_LAW_2013_ART18)
    assert out.startswith("第十八条 公司职工依照《中华人民共和国工会法》组织工会，")
    assert len(edits) == 2


def test_a_date_split_into_lines_is_joined() -> None:
    out, edits, _ = join_hard_wraps(COMPANY_LAW_2023_ART266)
    assert out.startswith("第二百六十六条\n本法自2024年7月1日起施行。\n本法施行前")
    assert {e.detail for e in edits} == {"a date the extractor split into lines"}


def test_a_signature_before_a_split_date_stays_on_its_line() -> None:
    out, _, _ = join_hard_wraps("本办法自发布之日起施行。\n某市人民政府\n2024\n年\n7\n月\n1\n日\n")
    assert "某市人民政府\n2024年7月1日" in out


@pytest.mark.parametrize(
    "text",
    [
        "下列法律同时废止：\n《中华人民共和国公司登记管理条例》、\n《中华人民共和国企业法人登记管理条例》\n",
        "二〇二四年\n七月一日\n",
        "2024\n年度报告\n",
    ],
)
def test_title_lists_and_dates_on_their_own_lines_are_not_joined(text: str) -> None:
    assert join_hard_wraps(text)[1] == []


# --------------------------------------------------------------------------- table_of_contents: a printed book's 目录


def test_a_table_of_contents_with_page_numbers_is_dropped() -> None:
    text = (FIELD7 / "basiclaw_booklet_gb_head.txt").read_text(encoding="utf-8")
    result = clean_and_explain(text, source_format="pdf")
    tocs = [e for e in result.edits if e.rule == "table_of_contents"]
    assert len(tocs) == 1 and '"entries": 66' in tocs[0].detail
    assert tocs[0].before.startswith("目\u3000\u3000录\n中华人民共和国宪法\n序 言 ....")
    assert tocs[0].before.rstrip().endswith("156")
    # the text right after the 目录 is the Constitution itself, whole
    assert "重要告示" in result.text and "1982 年 12 月 4 日第五届全国人民代表大会第五次会议通过" in result.text
    assert not regex.search(r"\.{4,} ?\d+ ?$", result.text, regex.M)


@pytest.mark.parametrize(
    "text",
    [
        # a 目录 without page numbers whose entries do not repeat: kept (as before)
        "目录\n第一章 总则\n第二章 附则\n第一条 为了规范管理，制定本条例。\n",
        # a few leader lines only
        "目录\n第一章 总则......1\n第二章 附则......5\n第一章 总则\n第一条 为了规范管理，制定本条例。\n",
    ],
)
def test_other_tables_of_contents_are_left_to_the_heading_rule(text: str) -> None:
    from corpus_tools.clean.layout import drop_table_of_contents

    out, edits, _ = drop_table_of_contents(text)
    assert not [e for e in edits if "page numbers" in (e.detail or "")]


def test_a_table_of_contents_in_a_scrambled_reading_order_is_dropped_whole() -> None:
    text = (FIELD7 / "basiclaw_booklet_tc_toc.txt").read_text(encoding="utf-8")
    result = clean_and_explain(text, source_format="pdf")
    tocs = [e for e in result.edits if e.rule == "table_of_contents"]
    assert len(tocs) == 1 and '"entries": 66' in tocs[0].detail
    assert "文件二十七" not in result.text and "中华人民共和国宪法\n1982 年 12 月 4 日" in result.text
