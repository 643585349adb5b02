"""Field test 22, fixes of session 23's room fieldfix23 (tests/real_pages/fieldfix23/SOURCE.md).

F22-A6: a raised note mark in a PDF is given as the superscript the page shows, on its line, never as the first
digit of the figure after it.  Invented variants are marked so.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.formats import read_pdf
from corpus_tools.ingest import markdown_to_text
from corpus_tools.markdown_text import unescape_backslashes

from tests.real_build import build_files, page_documents

PAGES = Path(__file__).parent / "real_pages" / "fieldfix23"
SHENZHEN = PAGES / "shenzhen_gender_statistics_2021_pages2-4.pdf"


# --------------------------------------------------------------------------- F22-A6

def test_raised_note_marks_stay_marks_and_the_figures_stay_whole():
    """深圳市统计局 prints ``常住人口¹1761.48 万人`` and ``户籍人口⁴630.94 万人`` (311.85 + 319.09 = 630.94): the reader gave
    ``11761.48`` and ``4630.94``, two official figures changed, and broke the lines at each mark."""
    text, _ = read_pdf(SHENZHEN.read_bytes())
    lines = text.splitlines()
    for line in ("2021 年，深圳市常住人口¹1761.48 万人，其中男性 969.57",
                 "的 45.0%，常住人口性别比²为 122.44³。",
                 "2021 年，深圳市户籍人口⁴630.94 万人，其中男性 311.85",
                 "0.77‰⁵；出生人口性别比为 113.39。"):
        assert line in lines, line
    assert "2021 年，深圳市房产户主⁶人数为 145.82 万人，其中女性 74.83 万人，" in text
    assert "11761.48" not in text and "4630.94" not in text
    # the notes themselves at the pages' feet keep their labels as printed, on their own lines
    assert "1 注：此数据不包含深汕特别合作区常住人口数据。2012-2019 年常住人口总数根据“七人" in lines
    assert "4 注：此处户籍人口数据来自市公安局。" in lines
    # the figures of the table keep their digits (body size, on their baseline)
    assert "156.23 114.82 21.54 181.41 448.29 401.53 253.51 56.65 111.57 15.94" in lines


def test_the_marks_survive_cleaning():
    text, _ = read_pdf(SHENZHEN.read_bytes())
    out = clean_and_explain(text).text
    assert "常住人口¹1761.48 万人" in out and "户籍人口⁴630.94 万人" in out and "性别比²为 122.44³。" in out


# --------------------------------------------------------------------------- F22-B1

GONGKUAN = PAGES / "xtjeyvc_8gui_12_gongkuan_lvyou.md"


def test_markdown_backslash_escapes_show_their_character_and_the_doc_number_is_found():
    """``【发文字号】中共中央纪委\\[2005\\]8号``: a Markdown renderer shows ``[2005]``; the text kept the backslashes and the
    document had no doc_number."""
    (doc,) = page_documents(GONGKUAN)
    assert "【发文字号】中共中央纪委[2005]8号" in doc.text and "\\" not in doc.text
    assert doc.doc_number == "中共中央纪委[2005]8号"
    assert doc.title == "关于制止以革命传统和爱国主义教育为名组织公款旅游的通知"


def test_backslashes_that_escape_nothing_or_stand_in_code_stay(tmp_path):
    """INVENTED variants beside the real page: a backslash before a Han character or a letter escapes nothing, a
    doubled backslash is kept, and a code span, a fenced block and inline TeX show theirs as written."""
    text = GONGKUAN.read_text(encoding="utf-8") + (
        "\n存放于C:\\Users\\公文目录，注\\1不变。\n\n示例`\\[2005\\]`与$\\{x\\}$。\n\n```\n\\[1\\]原样\n```\n\n脚注\\[1\\]与\\\\。\n")
    (doc,) = page_documents(GONGKUAN, text, tmp_path)
    # a doubled backslash stays doubled, as tests/test_html17_layout.py has asked since session 17 (``C:\\``)
    for kept in ("C:\\Users\\公文目录，注\\1不变。", "示例`\\[2005\\]`与$\\{x\\}$。", "\\[1\\]原样", "脚注[1]与\\\\。"):
        assert kept in doc.text, kept


def test_a_markdown_page_without_escapes_reads_as_before():
    page = "### 关于某事项的通知\n\n【发文字号】中纪发〔2005〕8号\n\n各单位：现就有关问题通知如下。\n"
    assert markdown_to_text(page) == "关于某事项的通知\n\n【发文字号】中纪发〔2005〕8号\n\n各单位：现就有关问题通知如下。\n"
    assert unescape_backslashes("中纪发\\〔2005\\〕8号") == "中纪发\\〔2005\\〕8号"  # full-width: CommonMark escapes none


# --------------------------------------------------------------------------- F22-D1

def test_a_case_number_line_over_the_name_gives_the_name_as_title():
    """``### （检例第166号）`` ⏎ ``最高人民检察院督促整治万峰湖流域生态环境受损公益诉讼案``: the title was empty."""
    (doc,) = page_documents(PAGES / "xtjeyvc_jian_0017_head.md")
    assert doc.title == "最高人民检察院督促整治万峰湖流域生态环境受损公益诉讼案"


def test_a_headline_cut_with_an_ellipsis_is_completed_from_the_name_under_it():
    """court.gov.cn's listing cut the heading (``…海上货物运输保险合同...``); the name stands whole on three lines below."""
    (doc,) = page_documents(PAGES / "xtjeyvc_fa_160_head.md")
    assert doc.title == "指导案例52号：海南丰海粮油工业有限公司诉中国人民财产保险股份有限公司海南省分公司海上货物运输保险合同纠纷案"


def test_case_titles_the_heading_names_stay_and_unrelated_lines_are_not_joined(tmp_path):
    """INVENTED variants: the heading that names the case keeps it; a cut heading over lines that spell another name
    is not completed from them; a number line over a second number line gives no title from it."""
    head = (PAGES / "xtjeyvc_jian_0017_head.md").read_text(encoding="utf-8")
    named = head.replace("### （检例第166号）\n最高人民检察院", "### （检例第166号） 最高人民检察院", 1)
    (doc,) = page_documents(PAGES / "xtjeyvc_jian_0017_head.md", named, tmp_path)
    assert doc.title == "（检例第166号） 最高人民检察院督促整治万峰湖流域生态环境受损公益诉讼案"
    cut = (PAGES / "xtjeyvc_fa_160_head.md").read_text(encoding="utf-8").replace("海南丰海粮油工业有限公司诉中国人民\n", "另一公司诉中国人民\n", 1)
    (doc,) = page_documents(PAGES / "xtjeyvc_fa_160_head.md", cut, tmp_path)
    assert "海上货物运输保险合同纠纷案" not in doc.title


# --------------------------------------------------------------------------- F22-D2

WANZAI = PAGES / "wanzai_2015_bulletin.html"


def test_the_printed_publication_date_wins_over_a_pubdate_that_is_the_pages_generation(tmp_path):
    """万载县's 2015 bulletin: ``PubDate`` 2022-04-24 10:00:43 = ``页面生成时间`` (a CMS re-render); the page prints
    ``发布日期：2017-05-15 10:49:00``.  published was 2022-04-24."""
    (doc,) = page_documents(WANZAI)
    assert doc.published == "2017-05-15"


def test_a_pubdate_of_the_day_the_page_prints_or_no_generation_stamp_is_kept(tmp_path):
    """INVENTED variants of the real page: the bar prints the day the page was generated (a page generated when it
    was published), or the page carries no generation stamp: the PubDate stands."""
    from corpus_tools.ingest import ingest_file

    page = WANZAI.read_text(encoding="utf-8")
    for variant in (page.replace("2017-05-15 10:49:00", "2022-04-24 09:58:00"),
                    page.replace('<meta name="others" content="页面生成时间 2022-04-24 10:00:43">', "")):
        path = tmp_path / WANZAI.name
        path.write_text(variant, encoding="utf-8")
        raw = ingest_file(path, tmp_path)
        assert raw.metadata["meta_published"] == "2022-04-24 10:00:43" and "meta_generated" not in raw.metadata


# --------------------------------------------------------------------------- F22-C1

def test_two_copies_of_one_reply_one_printing_its_title_twice_are_duplicates(tmp_path):
    """guofa0065/0066: the same 答复 (高检研发〔2003〕第1号); 0066 prints the bold title again under its heading.  Both
    had ``duplicate_of`` None."""
    first, second = PAGES / "xtjeyvc_guofa_0065_dafu.md", PAGES / "xtjeyvc_guofa_0066_dafu.md"
    docs, _ = build_files(tmp_path, (first.name, first.read_bytes()), (second.name, second.read_bytes()))
    by_file = {Path(d["source_file"]).name: d for d in docs}
    original, copy = by_file[first.name], by_file[second.name]
    assert original["duplicate_of"] is None and copy["duplicate_of"] == original["doc_id"]
    assert original["text"] != copy["text"]  # (both texts are kept as they are)


def test_a_text_that_goes_on_differently_under_a_repeated_title_is_no_copy(tmp_path):
    """INVENTED variant: the second copy's body differs by one sentence: no duplicate."""
    first, second = PAGES / "xtjeyvc_guofa_0065_dafu.md", PAGES / "xtjeyvc_guofa_0066_dafu.md"
    changed = second.read_text(encoding="utf-8").replace("收悉。", "收悉，另有补充。", 1).encode("utf-8")
    docs, _ = build_files(tmp_path, (first.name, first.read_bytes()), (second.name, changed))
    assert all(d["duplicate_of"] is None for d in docs)


# --------------------------------------------------------------------------- members of the families not in field test 22

def test_a_two_digit_mark_mid_line_after_a_percent_sign_is_raised_too():
    """INVENTED member of F22-A6: ``增长 9.3%¹²，其中…`` where pdfium kept the mark on its line (no break), two digits."""
    from corpus_tools.formats import raised_marks

    text = "增长9.3%12，其中"
    boxes = [(100, 500, 112, 512), (113, 500, 125, 512), (126, 500, 132, 511), (133, 500, 135, 501.5), (136, 500, 142, 511),
             (143, 500, 153, 511), (154, 507, 157.5, 513), (158, 507, 161.5, 513), (163, 499, 167, 503),
             (176, 500, 188, 512), (189, 500, 201, 512)]
    marks, joined = raised_marks(text, boxes)
    assert "".join(marks.get(i, c) for i, c in enumerate(text)) == "增长9.3%¹²，其中" and joined == set()


def test_a_small_digit_on_the_baseline_is_no_mark():
    """INVENTED negative: a table's figure set in a smaller font on the line's baseline (a unit column)."""
    from corpus_tools.formats import raised_marks

    text = "面积12"
    boxes = [(100, 500, 112, 512), (113, 500, 125, 512), (127, 500, 131, 507), (132, 500, 136, 507)]
    assert raised_marks(text, boxes) == ({}, set())


def test_other_escaped_punctuation_shows_as_written():
    """INVENTED members of F22-B1: ``\\*`` (a list star kept as text), ``\\|`` and ``\\_`` in a sentence, ``\\#``."""
    assert markdown_to_text("\\*1979年7月1日通过\n甲\\|乙，文件\\_1号\n\\# 非标题\n") == "*1979年7月1日通过\n甲|乙，文件_1号\n# 非标题\n"


def test_other_case_number_lines_and_cut_headlines():
    """INVENTED members of F22-D1: 刑事审判参考's ``【第1058号】`` over the case's name, a guiding case's heading cut with
    ``…`` over its name on two lines."""
    from corpus_tools.structure.documents import find_title

    assert find_title("【第1058号】\n任海玲故意杀人案——如何把握“疑罪”的认定标准\n\n一、基本案情\n")[0] == (
        "任海玲故意杀人案——如何把握“疑罪”的认定标准")
    assert find_title("指导性案例223号：张某龙诉北京某蝶文化传播有限公司、程某、马某侵害作品信息…\n\n"
                      "张某龙诉北京某蝶文化传播有限公司、程某、马某\n侵害作品信息网络传播权纠纷案\n\n关键词\n")[0] == (
        "指导性案例223号：张某龙诉北京某蝶文化传播有限公司、程某、马某侵害作品信息网络传播权纠纷案")
