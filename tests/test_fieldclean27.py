"""Field test 26, cleaning findings (room fieldclean27): each fix from the real lines of the field pages
(tests/real_pages/field26, sources in its SOURCE.md), with members of each family the field pages did not show
and negatives that must come out as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.page import clean_page
from corpus_tools.clean.script import SIMPLIFIED_CHARSET_VARIANTS, convert_traditional, residual_traditional
from corpus_tools.ingest import ingest_bytes, markdown_to_text, split_program_output
from corpus_tools.markdown_text import pipe_tables

HERE = Path(__file__).parent / "real_pages" / "field26"


def _page(name: str, source_file: str | None = None):
    data = (HERE / name).read_bytes()
    return ingest_bytes(data, source_file or name)


# --------------------------------------------------------------------------- F26-A4: t2s on a lone variant


def test_a4_repro_name_written_with_a_simplified_charset_variant_is_kept():
    """F26-A4 (repro a4_variant_name.txt): ``韩复榘`` (a person's name) became ``韩复矩`` in a Simplified line: one
    character OpenCC maps, but which GB 2312 (the Simplified character set) encodes, is no evidence of Traditional
    text."""
    line = "民国时期山东省主席韩复榘，"
    assert clean(line) == line
    assert convert_traditional(line)[1] == []


@pytest.mark.parametrize("line", [
    "这里出产的酒麴。", "他捱过了那段日子。", "禁止在公共场所吸菸。", "血液中的醣类含量，", "摺叠式座椅",
    "发扬拚搏精神。", "之後，由市人民政府公布。",
])
def test_a4_every_member_of_the_field_scan_is_kept_in_a_simplified_line(line):
    """The eight characters the field scan saw rewritten (``麴 捱 菸 醣 摺 拚 後`` and ``榘``) are exactly the
    Traditional-only characters GB 2312 encodes: the set comes from the codec, not from a list."""
    assert set("榘麴捱菸醣摺拚後") == SIMPLIFIED_CHARSET_VARIANTS
    assert convert_traditional(line)[0] == line
    assert clean(line + "\n") == line + "\n"


def test_a4_member_a_variant_alone_in_a_line_of_neutral_characters():
    """Not in the field scan: a line with no Simplified-only character (a heading) holding one variant was read as
    a Traditional unit and converted whole."""
    assert convert_traditional("拚搏精神")[1] == []


def test_a4_member_a_variant_beside_a_real_slip_keeps_the_variant():
    """Not in the field scan: a real Traditional slip (``與``) in the same Simplified sentence converts; the
    variant of the name stays."""
    out, edits, _ = convert_traditional("民国时期山东省主席韩复榘與部下，")
    assert out == "民国时期山东省主席韩复榘与部下，"
    assert [(e.before, e.after) for e in edits] == [("與", "与")]


def test_a4_member_variants_on_a_traditional_page_still_convert():
    """Where the paragraph (or the page) is Traditional the variants convert with it, a line of a Traditional page
    holding only a variant too (it takes its neighbours' script)."""
    out = convert_traditional("工業互聯網發展，之後由市政府公布。")[0]
    assert out == "工业互联网发展，之后由市政府公布。"
    out = convert_traditional("為了促進工業互聯網發展。\n之後\n本條例自公布之日起施行。")[0]
    assert out == "为了促进工业互联网发展。\n之后\n本条例自公布之日起施行。"


def test_a4_member_kept_variant_is_no_residual_traditional_character():
    """The validation check does not flag the variant the cleaner keeps on purpose (a slip still is)."""
    assert [m.group() for m in residual_traditional("山东省主席韩复榘，酒麴")] == []
    assert [m.group() for m in residual_traditional("山东省主席韩复榘與部下")] == ["與"]


# --------------------------------------------------------------------------- F26-B2: `- 8 -` page numbers in Markdown


def test_b2_real_page_numbers_under_the_last_article_are_removed():
    """F26-B2: flk's 三江…百家宴保护条例.md ends ``…公布施行。⏎- 8 -⏎- 7 -``: the Markdown reader took each line for a
    list item (``8 -``), and the page numbers stayed in 第二十二条."""
    page = _page("flk_sanjiang_baijiayan.md")
    assert "- 8 -" in page.text  # the line reaches the cleaner whole
    cleaned = clean_page(page).text
    assert cleaned.rstrip().endswith("由自治县人民代表大会常务委员会公布施行。")
    assert "8 -" not in cleaned and "7 -" not in cleaned


@pytest.mark.parametrize("line", ["- 8 -", "-  12 —", "- 2 2 -", "  - 3 -", "- 9 －"])
def test_b2_member_page_number_shapes_keep_their_first_dash(line):
    """Shapes the field page did not show: two blanks, an em or full-width dash on the right, a blank inside the
    number (a scan's OCR), an indented line."""
    assert markdown_to_text(line).strip() == line.strip()


def test_b2_member_page_number_lines_in_markdown_are_removed_like_in_text():
    md = "第一条 为了加强保护，制定本条例。\n-  12 —\n第二条 本条例自公布之日起施行。\n- 1 3 -\n"
    page = ingest_bytes(md.encode(), "a.md")
    assert clean_page(page).text == "第一条 为了加强保护，制定本条例。\n第二条 本条例自公布之日起施行。\n"


@pytest.mark.parametrize("line, shown", [("- 第一条", "第一条"), ("- 5 -3℃以下", "5 -3℃以下"), ("- 8 - 10", "8 - 10"),
                                         ("* 3 -", "3 -"), ("- 2019-", "2019-")])
def test_b2_negatives_list_items_are_still_read_as_items(line, shown):
    assert markdown_to_text(line).strip() == shown


# --------------------------------------------------------------------------- F26-B4: a program's output before <html>


def test_b4_real_crawler_log_lines_before_the_page_are_not_the_page():
    """F26-B4: wuhan_amr_html/test.html opens with the crawler's logging line and the record it printed, then the
    page's doctype: both lines were kept as the document's first paragraph (and spam_anchor cut a path in them)."""
    page = _page("wuhan_amr_test.html")
    assert "PycharmProject" not in page.text and "content_url" not in page.text
    assert len(page.metadata["program_output"]) == 2
    assert page.metadata["program_output"][0].startswith("2020-03-09 16:33:33,237 - D:/PycharmProject/")
    assert "第一条" in page.text and page.metadata.get("html_title")
    result = clean_page(page)
    assert not [e for e in result.edits if e.rule == "spam_anchor"]


@pytest.mark.parametrize("prefix", [
    # a PHP notice a server printed before the page
    "<br />\n<b>Warning</b>:  mysql_connect(): Access denied for user in <b>/var/www/inc/db.php</b> on line <b>12</b><br />\n",
    # a Python traceback, then the record as JSON
    'Traceback (most recent call last):\n  File "spider.py", line 31, in parse\n'
    '{"title": "", "url": "http://www.example.gov.cn/a.html"}\n',
    # a level first, then a scrapy-style line
    "[INFO] fetching http://www.example.gov.cn/a.html\n"
    "2021-05-06 10:00:01 [scrapy.core.engine] DEBUG: Crawled (200) <GET http://www.example.gov.cn/a.html>\n",
])
def test_b4_members_program_output_before_the_doctype(prefix):
    html = prefix + "<!DOCTYPE html>\n<html><head><title>某办法</title></head><body><p>第一条 为了规范管理，制定本办法。</p></body></html>"
    page = ingest_bytes(html.encode(), "a.html")
    assert page.text.startswith("第一条") or page.text.startswith("某办法"), page.text
    assert "Warning" not in page.text and "Traceback" not in page.text and "INFO" not in page.text
    assert page.metadata["program_output"]


def test_b4_member_saved_as_text_is_read_as_the_html_page():
    """A .txt file holding the log line and the page is HTML once the log line is set apart."""
    data = ("2020-03-09 16:33:33,237 - spider.py[line:11] - INFO: http://www.example.gov.cn/a.html\n"
            "<html><body><p>第一条 为了规范管理，制定本办法。</p></body></html>").encode()
    page = ingest_bytes(data, "a.txt")
    assert page.format == "html" and page.text.strip() == "第一条 为了规范管理，制定本办法。"


@pytest.mark.parametrize("prefix", ["中华人民共和国反不正当竞争法\n", "2020-03-09 本站发布\n", "{title}\n"])
def test_b4_negatives_other_text_before_the_page_is_kept(prefix):
    html = prefix + "<html><body><p>第一条 为了规范管理，制定本办法。</p></body></html>"
    assert split_program_output(html) == ({}, html)


# --------------------------------------------------------------------------- F26-B3: pandoc grid tables


def test_b3_real_grid_tables_are_read_as_tables():
    """F26-B3: flk's 复函 (pandoc from .doc) holds its date and document numbers in grid tables, kept as ASCII art
    in the text, the document numbers unread."""
    page = _page("flk_simiao_fuhan.md")
    assert "+---" not in page.text and "|  " not in page.text
    assert "1981年1月27日\t\t〔81〕法民字第2号 〔81〕宗发字第16号" in page.text
    assert "1980年11月11日\t\t〔80〕沪高法民字第44号 〔80〕沪宗清字第41号" in page.text


def test_b3_member_header_separator_alignment_and_wrapped_cells():
    """Shapes the field page did not show: a header under ``+====+``, alignment colons, a cell's sentence wrapped
    over two row lines (joined without a blank between Han characters), several rows."""
    lines = [
        "+:-----+:-------------------+",
        "| 序号 | 事项               |",
        "+======+====================+",
        "| 1    | 本条例自公布之日起 |",
        "|      | 施行               |",
        "+------+--------------------+",
        "| 2    | 罚款               |",
        "+------+--------------------+",
    ]
    assert pipe_tables(lines) == ["序号\t事项", "1\t本条例自公布之日起施行", "2\t罚款"]


@pytest.mark.parametrize("lines", [
    ["+--+--+", "| a | b |", "| c |", "+--+--+"],  # a row of another number of cells
    ["+--+--+", "| a | b |"],  # no closing border
    ["+--+--+", "| a | b |", "第一条 正文", "+--+--+"],  # text inside
    ["a+-b", "+-"],
])
def test_b3_negatives_no_whole_grid_table_is_kept(lines):
    assert pipe_tables(lines) == lines


def test_clean_text_stays_byte_identical():
    for text in ("第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n",
                 "民国时期山东省主席韩复榘。\n这里出产的酒麴。\n"):
        assert clean_and_explain(text).text == text


# --------------------------------------------------------------------------- F26-B7: a question's mark wrapped onto its own line


def test_b7_real_question_marks_a_wrap_put_at_the_line_start_are_no_lost_characters():
    """F26-B7: mfa 2004-07-12.txt (lines 16-18, 40-42, 45-47) wraps three questions before their mark; each ``?``
    was kept ASCII with the warning that it stood for a character a decoder lost.  The mark before a sentence is
    made full-width and its line joined to the question's; no warning says it was lost."""
    text = (HERE / "mfa_2004-07-12_questions.txt").read_text(encoding="utf-8")
    assert text.count("\n?") == 3
    result = clean_and_explain(text)
    assert "中美在哪些方面意见不一？赖斯在记者招待会上表示" in result.text
    assert not [w for w in result.warnings if "decoder lost" in w.message]


@pytest.mark.parametrize("text", [
    "问：你们是否会派人参加\n?\n答：会。\n",  # a question word
    "问：双方是不是还有分歧\n?答：没有。\n",  # an A-not-A question
    "问：这些国家能不能参加会谈\n?\n",
])
def test_b7_members_question_cut_before_its_mark(text):
    from corpus_tools.clean.width import lost_character_mark

    assert not lost_character_mark(text, text.index("?"))


@pytest.mark.parametrize("text", ["本条例所称\n?规定\n", "本法是否适用\n?（一）反对\n", "是否适用\n??? 第一条\n",
                                  "本法是否适用。\n?区\n"])
def test_b7_negatives_a_lost_character_opening_a_line_stays_one(text):
    from corpus_tools.clean.width import lost_character_mark

    assert lost_character_mark(text, text.index("?"))
