"""Layout members of session 18 (layout18): printed documents copied as text.

Double-spaced copies (a blank line after every printed line, field test 17's F17-L2 and four laws of the shared
corpus): the page is read single-spaced, the hard-wrap rule weighs its breaks there, and a break its characters
prove to fall inside a sentence (``…，⏎⏎``, ``…规⏎⏎限。``) is joined.

Real data: tests/real_pages/layout18 (README.md there names the sources).  Negative cases: a clean law whose
paragraphs open on ``市、县``, a clean law with one stray blank line inside a sentence (no page-level evidence: kept),
blank-line paragraphs of a notice, headings and labels of the double-spaced page.
"""

from __future__ import annotations

import time
from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.double_spacing import collapse, is_double_spaced, proven_breaks, restore_edits
from corpus_tools.clean.layout import join_hard_wraps

PAGES = Path(__file__).parent / "real_pages" / "layout18"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def _hard_wraps(result):
    return [e for e in result.edits if e.rule == "hard_wraps"]


# --------------------------------------------------------------------------- a law of the shared corpus, double-spaced


def test_a_double_spaced_law_reads_as_its_paragraphs():
    page = _page("pingdingshan_greening_double_spaced.md")
    assert is_double_spaced(page)
    result = clean_and_explain(page)
    text = result.text
    # the words the printed lines cut are whole again
    assert "科学合理配置乔木、灌木" in text
    assert "第四条 市城市绿化行政主管部门负责本市行政区域内的城市绿化工作，并对全市城市绿化工作进行检查、监督和指导。" in text
    assert "对在城市绿化工作中成绩显著的单位和个人，市、县（市、区）人民政府应当给予表彰和奖励。" in text
    # the paragraphs stay paragraphs, the headings and labels open their lines
    assert "\n\n任何单位和个人都有依法保护城市绿化及设施的义务" in text
    assert "\n\n## 第二章  规划和建设\n\n第七条 " in text
    assert "\n\n第五条 城市绿化应当坚持" in text
    joins = _hard_wraps(result)
    assert joins and all(e.before.strip() == "" and e.before.count("\n") == 2 and e.after == "" for e in joins)
    # never after a sentence's end
    for step in result.steps:
        for e in step:
            if e.rule == "hard_wraps":
                assert "double-spaced" in e.detail


def test_a_double_spaced_law_cleaned_twice_is_unchanged():
    once = clean_and_explain(_page("pingdingshan_greening_double_spaced.md")).text
    assert clean_and_explain(once).text == once


def test_no_join_follows_a_sentence_end():
    page = _page("pingdingshan_greening_double_spaced.md")
    _, edits, _ = join_hard_wraps(page)
    assert len(edits) > 20
    for e in edits:
        assert page[e.start - 1] not in "。；：！？", page[e.start - 20 : e.end + 10]


# --------------------------------------------------------------------------- field test 17, F17-L2


def test_f17_l2_wtabcd_double_spaced_pdf_copy():
    result = clean_and_explain(_page("wtabcd_cap1_double_spaced.txt"))
    text = result.text
    # a character carried down with its mark (限。, 例。, 书。”。): proven, joined
    assert "香港人权法案第十二规限。该第1（3）内容如下" in text
    assert "亦无含义指本例的其他文不适用于该另一例。（由1993年第89号第2增补）" in text
    assert "订立或发出的任何文书。”。" in text
    # a line stopping on a comma: joined; a line stopping on a Han character mid-sentence: joined
    assert "订立关于这些事宜的一般文，对法例和公共文件中的词语" in text
    assert "及根据或凭借这些例而订立或发出的文书。" in text
    # the page's headings and its farm furniture keep their lines
    assert "\n\n适用范围\n\n原有法律\n\n" in text
    assert "\n\n附注：\n\n" in text


# --------------------------------------------------------------------------- negative cases


def test_a_clean_law_whose_paragraphs_open_on_city_and_county_is_unchanged():
    page = _page("yunfu_clean_city_county_openings.md")
    assert not is_double_spaced(page)
    assert proven_breaks(page) == []
    assert _hard_wraps(clean_and_explain(page)) == []  # (its one edit is the width rule's ASCII comma)


def test_one_stray_blank_line_inside_a_sentence_is_no_double_spaced_page():
    # 聊城市历史文化名城名镇名村保护条例 (shared corpus) has one: the page shows no double spacing, kept
    law = ("第一条 为了加强历史文化名城、名镇、名村以及历史文化街区、\n\n传统风貌区的保护，制定本条例。\n\n"
           + "".join(f"第{n}条 本市行政区域内的保护工作适用本条例。\n\n" for n in "二三四五六七八九十"))
    assert not is_double_spaced(law)
    assert join_hard_wraps(law)[1] == []


def test_blank_line_paragraphs_of_a_notice_with_commas_at_line_ends_are_no_double_spacing():
    # a paragraph per line, blank lines between, no line stops inside a sentence
    notice = "各区人民政府，市政府各部门：\n\n现将有关事项通知如下。\n\n一、工作目标\n\n（一）完善制度；\n\n（二）加强监督。\n\n"
    assert not is_double_spaced(notice * 3)


def test_single_line_breaks_veto_double_spacing():
    # a page wrapped with single newlines whose paragraphs are set apart by blank lines is no double-spaced page
    para = "第一条 为了保护和改善城市生态环境，促进城市绿化事业的发展，\n根据有关法律、法规，结合本市实际，制定本条\n例。\n\n"
    assert not is_double_spaced(para * 5)


# --------------------------------------------------------------------------- mapping and speed


def test_joins_on_the_single_spaced_reading_map_back_onto_the_page():
    page = "第一条 为了保护和改善城市生态环境，促进城市绿化事业的发展，\n\n根据有关法律、法规，结合本市实际，制定本条\n\n例。\n\n" * 4
    single = collapse(page)
    assert "\n\n" not in single.text.rstrip("\n")
    _, joins, _ = join_hard_wraps(single.text)
    edits = restore_edits(page, single, joins)
    assert [page[e.start : e.end] for e in edits] == [e.before for e in edits]
    assert all(e.before == "\n\n" for e in edits)


def test_double_spacing_scan_is_linear_on_hostile_input():
    for hostile in ("一，\n\n" * 50_000, "\n \n\t\n" * 60_000 + "，", "甲\n\n限。" * 40_000, " \n\n" * 70_000):
        hostile = hostile[:200_000]
        started = time.process_time()
        if is_double_spaced(hostile):
            join_hard_wraps(hostile)
        else:
            proven_breaks(hostile)
            collapse(hostile)
        assert time.process_time() - started < 10, repr(hostile[:10])


# --------------------------------------------------------------------------- labels an OCR misread


def test_ocr_dash_for_one_in_labels_of_a_law_of_the_shared_corpus():
    result = clean_and_explain(_page("pengshui_ocr_label_dash.md"))
    assert "\n第三十一条 在城乡规划区内新建" in result.text and "\n第五十一条 凡在自治县城镇规划区" in result.text
    assert [(e.before, e.after) for e in result.edits if e.rule == "invisible_chars"] == [("－", "一"), ("－", "一")]


def test_ocr_misread_labels_are_read_back_and_only_their_misread_characters():
    from corpus_tools.clean.ocr_labels import misread_label_edits

    page = "笫十二条 市公积金管委会应当听取意见。\n第+三条 本规定自公布之日起施行。\n弟十四条　附则。\n笫3条 依照笫五章规定。\n"
    edits = misread_label_edits(page)
    assert [(e.before, e.after) for e in edits] == [("笫", "第"), ("+", "十"), ("弟", "第"), ("笫", "第"), ("笫", "第")]
    assert all(e.end - e.start == 1 for e in edits)


def test_look_alikes_that_are_text_stay():
    from corpus_tools.clean.ocr_labels import misread_label_edits

    for clean in ("床笫之私，不得宣扬。", "表弟三条鱼。", "第十—二十条、第三—五条规定的情形。", "第1—3条", "他弟弟三条建议。",
                  "依照第十条—第十二条的规定。", "第一条 为了规范。\n弟 三条", "2+3条", "第—二—三条"):
        assert misread_label_edits(clean) == [], clean


def test_ocr_label_scan_is_linear_on_hostile_input():
    from corpus_tools.clean.ocr_labels import misread_label_edits

    for hostile in ("笫" + "十" * 200_000, "第" + "+" * 200_000, ("弟十" * 100_000), "第十+" * 70_000):
        started = time.process_time()
        misread_label_edits(hostile[:200_000])
        assert time.process_time() - started < 5, hostile[:5]


# --------------------------------------------------------------------------- page feet of other shapes
# (no real page of these shapes was found in the local sources: a law of the shared corpus, 临沂市红色文化保护与传承条例
# (2020-06-12), printed with the shape, as layout15's tests do; the blind variants' noise is in
# tests/noise/wide/families/layout18.py)

_LINYI = (
    "第十二条 市、县（区）人民政府应当组织{1}红色文化物质资源普查，对红{0}色文化物质资源{1}予以保存。\n"
    "市、县（区）人民政府文化和旅游主管部门负责红色文化物质资源普查的具体工作，收集代表性实物，整理相关资料，"
    "建立红色文化物质资源档案和相关数据信息库。除依法应当保密的外，红色文化物质资源档案和相关数据信息应当公开，便于公众查阅。\n"
    "第十三条 红色文化物质资源实行名录保护制度。市、县（区）人民政府文化和旅游主管部门应当会同有关部门，"
    "根据红色文化物质资源普查情况，提出红色文化物质资源保护名录建议，报本级人民政府批准后公布，并报上一级人民政府备案。\n"
)


def _printed(foot) -> str:
    # (each page's text differs, as a law's pages do: a passage printed twice is no running line's evidence)
    return "".join(_LINYI.format(foot(n), place) for n, place in zip(range(1, 5), ("市区", "兰山区", "罗庄区", "河东区")))


def test_a_two_line_foot_with_its_bracketed_page_count_goes_whole():
    page = _printed(lambda n: f"\n抄送：临沂市委办公室，临沂市人大常委会办公室。\n（共7页 第{n}页）\n")
    text = clean_and_explain(page).text
    assert "抄送" not in text and "共7页" not in text
    assert text.count("对红色文化物质资源") == 4 and text.count("\n") == 12, text


def test_bracketed_page_count_lines_count_the_pages():
    from corpus_tools.clean.page_numbers import labelled_page_lines

    body = "本条例所称的市容环境卫生管理，是指对城市道路、广场、公共场所的管理。\n" * 9
    t = body + "（共9页 第2页）\n" + body + "（共9页 第3页）\n" + body + "（共9页 第4页）\n" + body
    assert [t[a:b] for a, b in labelled_page_lines(t)] == ["（共9页 第2页）", "（共9页 第3页）", "（共9页 第4页）"]
    # a cited page in brackets inside a sentence is no line of its own
    assert labelled_page_lines(body + "见附件（第2页）。\n" + body + "见附件（第3页）。\n" + body + "见附件（第4页）。\n") == []


def test_a_page_number_glued_before_the_next_pages_first_line_goes():
    page = _printed(lambda n: f"\n－{n + 2}－ ")
    result = clean_and_explain(page)
    assert result.text.count("对红色文化物质资源") == 4 and result.text.count("\n") == 12
    assert [e.before for e in result.edits if e.rule == "site_furniture"] == ["－3－ ", "－4－ ", "－5－ ", "－6－ "]


def test_fractions_and_numbers_opening_wrapped_lines_stay():
    from corpus_tools.clean.page_numbers import leading_page_numbers

    body = "本条例所称的市容环境卫生管理，是指对城市道路、广场、公共场所的管理。" * 5
    # a fraction opening a wrapped line, counting by chance (1/3, 2/3): one more is needed, and T >= N
    assert leading_page_numbers(body + "不少于\n1/3以上。" + body + "不少于\n2/3以上。" + body) == []
    # a cited page opening a line after a sentence's end
    assert leading_page_numbers(body + "。\n第3页所列事项。" + body + "。\n第4页所列事项。" + body) == []
    # dash ranges at line starts are no page numbers (no digits between dashes alone)
    assert leading_page_numbers(body + "的\n—3—5年内" + body + "的\n—4—6年内" + body) == []


def test_leading_page_numbers_scan_is_linear_on_hostile_input():
    from corpus_tools.clean.page_numbers import leading_page_numbers

    for hostile in ("甲\n－1－乙" * 30_000, "甲\n1/2乙" * 35_000, "\n" * 200_000, "甲\n第1页乙" * 30_000):
        started = time.process_time()
        leading_page_numbers(hostile[:200_000])
        assert time.process_time() - started < 5, hostile[:8]


def test_the_constitutions_lists_written_one_member_a_line_stay():
    page = _page("constitution_readme_lists_one_member_a_line.md")
    assert not is_double_spaced(page)
    assert "委员长，\n\n副委员长若干人，\n\n秘书长，\n\n委员若干人。" in page
    result = clean_and_explain(page)
    assert "委员长，\n\n副委员长若干人，\n\n秘书长，\n\n委员若干人。" in result.text
    assert _hard_wraps(result) == []
