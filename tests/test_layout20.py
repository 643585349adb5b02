"""layout20: how a page's lines are ended and decorated (session 20).

The family: the line layout of the source hides the law's structure.  Members this module holds golden and negative
cases for (the words, and the held-apart members, in tests/noise/wide/families/layout20.py):

1. **Line ends no reader splits on** (clean/mojibake.py, ``_page_line_separators``): a page whose own line convention
   is Word's manual line break U+000B (Word's object model of a Shift+Enter document) or EBCDIC's NEL U+0085 (a
   mainframe export converted to Unicode).  Removed as invisible characters they glued every paragraph; read as the
   page's line ends they are line breaks.  A control character injected inside sentences stays a deletion.
2. **Marks before every paragraph** (clean/line_marks.py): a Word list's bullet through a non-symbol font (``Ø``,
   ``l``, ``§``), a rendered HTML list's (``●``, ``•``, ``-``), a mail quotation's ``> ``: when the mark opens the
   page's article labels (a law writes none there) it goes from every line it opens.  A notice's own few bullets,
   a dressed page number (``- 3 -``) and every page whose labels stand bare keep their characters.
3. **A quotation's blank line** (ingest.py, Markdown reader): ``>`` alone on a line loses its marker as ``> `` does.
4. **The HTML reader's depth** (html_content.py): linear in nesting depth (reader19's leftover).
5. **A text box holding the text** (ingest.py): a ``<textarea>`` with prose in a kept ``<form>`` stays.
6. **A forum post's BBCode** (clean/markup_residue.py, site_furniture): tags go when 3+ elements open and close.
7. **Line numbers in the margin** (clean/line_marks.py): numbers that count the page's lines go.
8. **A page break after a lead-in** (clean/mojibake.py): ``职责：\f（一）`` is a line break.

No real page of these members was found this session (the search index holds none with a bulleted or quoted article
label); the law text is copied from the shared corpus (重庆市统计管理条例, /work/ref/DLC), the layout is the writers'.
"""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.line_marks import line_mark_edits
from corpus_tools.ingest import _MD_PREFIX, _strip_line_prefixes
from corpus_tools.pipeline import process_record

TITLE = "重庆市统计管理条例"
LINES = [
    "第一章　总则",
    "第一条　为了科学、有效地组织统计工作，保障统计资料的真实性，根据有关法律，结合本市实际，制定本条例。",
    "第二条　本条例适用于本市各级人民政府组织实施的统计活动。",
    "第三条　各级人民政府应当加强对统计工作的组织领导。",
    "市、区县（自治县）人民政府应当将统计工作所需经费列入财政预算。",
    "第四条　统计机构履行下列职责：",
    "（一）组织实施统计调查；",
    "（二）管理统计资料；",
    "（三）监督检查。",
    "第五条　本条例自2017年1月1日起施行。",
]
WANTED = [
    ("第一条", "为了科学、有效地组织统计工作，保障统计资料的真实性，根据有关法律，结合本市实际，制定本条例。"),
    ("第二条", "本条例适用于本市各级人民政府组织实施的统计活动。"),
    ("第三条", "各级人民政府应当加强对统计工作的组织领导。\n市、区县（自治县）人民政府应当将统计工作所需经费列入财政预算。"),
    ("第四条", "统计机构履行下列职责：\n（一）组织实施统计调查；\n（二）管理统计资料；\n（三）监督检查。"),
    ("第五条", "本条例自2017年1月1日起施行。"),
]


def _articles(text: str, name: str = "page.txt") -> list[tuple[str, str]]:
    rows = process_record({"source_file": name, "bytes": text.encode("utf-8")})
    return [(a["label"], a["text"]) for a in rows["articles"]]


# --------------------------------------------------------------------------- 1. line ends


@pytest.mark.parametrize("sep, blank", [("\x0b", "\x0b\x0b"), ("\x0b", "\x0b"), ("\x85", "\x85\x85"), ("\x85", "\x85")])
def test_a_page_ended_by_a_control_character_keeps_its_lines(sep, blank):
    text = TITLE + blank + blank.join(LINES) + sep
    assert _articles(text) == WANTED


def test_word_text_closed_by_its_paragraph_mark():
    assert _articles(TITLE + "\x0b" + "\x0b".join(LINES) + "\r") == WANTED


def test_control_characters_inside_sentences_are_still_removed():
    text = "第一条　为了科学\x0b、有效地组织统计工作。\n\n第二条　本条例适用于\x0b本市\x0b各级人民政府。\n"
    cleaned = clean_and_explain(text).text
    assert cleaned == "第一条　为了科学、有效地组织统计工作。\n\n第二条　本条例适用于本市各级人民政府。\n"


@pytest.mark.parametrize("sep", ["\x0b", "\x85"])
def test_a_line_end_inside_an_articles_sentence_joins_it_on_such_a_page(sep):
    # the page's own line end typed inside a sentence (R18-F6's Word text): no line of the law, it goes
    lines = LINES[:2] + ["第二条　本条例适用于本市各级人民政府" + sep + "组织实施的统计活动。"] + LINES[3:]
    text = TITLE + sep + sep.join(lines) + sep
    assert _articles(text) == WANTED


def test_an_ellipsis_read_as_latin1_is_no_line_end():
    text = "第一条　应当遵守法律\x85\x85的规定。\n\n第二条　应当报告\x85\x85等事项。\n\n第三条　施行\x85\x85。\n"
    assert "\n第二条" in clean_and_explain(text).text
    assert "法律\n" not in clean_and_explain(text).text


# --------------------------------------------------------------------------- 2. marks before every paragraph


@pytest.mark.parametrize("prefix", ["Ø\t", "Ø  ", "l ", "§\u3000", "● ", "•\t", "◆", "- ", "* ", "> ", "> > "])
def test_a_mark_before_every_paragraph_goes(prefix):
    text = TITLE + "\n\n" + "\n\n".join(prefix + line for line in LINES) + "\n"
    assert _articles(text) == WANTED


def test_a_mark_after_indentation_goes_and_the_indentation_too():
    text = TITLE + "\n" + "\n".join("\u3000\u3000● " + line for line in LINES) + "\n"
    assert _articles(text) == WANTED


def test_a_quoted_law_with_bare_quote_lines():
    text = ">" + TITLE + "\n>\n" + "\n>\n".join("> " + line for line in LINES) + "\n"
    assert _articles(text) == WANTED


@pytest.mark.parametrize("text", [
    # a notice's own bullet list; the labels stand bare
    "第一条　各单位应当：\n● 加强组织领导；\n● 落实工作责任；\n● 第二条所列事项按期报告。\n第二条　本办法自印发之日起施行。\n第三条　解释。",
    # page numbers dressed with the mark
    "- 1 -\n第一条　为了规范。\n- 2 -\n第二条　本条例适用。\n- 3 -\n第三条　施行。",
    # two marked labels only
    "● 第一条　为了规范。\n● 第二条　本条例适用。\n第三条　施行。\n第四条　附则。\n第五条　施行。",
    # a mark inside the line, and a law without labels
    "第一条　甲●乙。\n第二条　丙•丁。\n第三条　戊。",
    "● 加强组织领导；\n● 落实工作责任；\n● 强化考核。",
])
def test_marks_the_page_does_not_put_before_its_labels_stay(text):
    assert line_mark_edits(text) == []
    assert clean_and_explain(text).text.count("●") == text.count("●")


def test_a_clean_law_is_untouched():
    text = "# " + TITLE + "\n\n<!-- INFO END -->\n\n## " + LINES[0] + "\n\n" + "\n\n".join(LINES[1:]) + "\n"
    assert line_mark_edits(text) == []


def test_line_marks_are_linear():
    text = "> 第一条　为了规范。\n>\n" * 100_000
    start = time.process_time()
    edits = line_mark_edits(text)
    assert len(edits) == 200_000
    assert time.process_time() - start < 20


# --------------------------------------------------------------------------- 3. the Markdown reader's quotation


@pytest.mark.parametrize("body, wanted", [
    ("> 甲\n>\n> 乙\n> \n>> 丙", "甲\n\n乙\n\n丙"),
    (">\n>", "\n"),
    ("a>\nb>\n   \n-\n#", "a>\nb>\n   \n-\n#"),  # no quotation, blank and bare-marker lines as before
])
def test_a_quotation_blank_line_loses_its_marker(body, wanted):
    assert _strip_line_prefixes(body) == wanted == _MD_PREFIX.sub("", body)


# --------------------------------------------------------------------------- 4. the HTML reader, linear in nesting depth


@pytest.mark.parametrize("shape", ["<div>", "<div><p>\u3000</p><span> </span>"])
def test_the_html_reader_is_linear_in_nesting_depth(shape):
    """reader19's leftover: 5,000 nested divs took 1.3 s, 10,000 5.4 s (a subtree read per element: the split title's
    inner blocks, the empty panels' deep text); 10,000 now take well under a second of CPU (the parser's own part)."""
    from corpus_tools.ingest import html_to_text

    depth = 10_000
    html = "<html><body>" + shape * depth + "<p>第一条　为了规范。</p>" + "</div>" * depth + "</body></html>"
    start = time.process_time()
    text = html_to_text(html)[0]
    assert time.process_time() - start < 4
    assert text.endswith("第一条　为了规范。\n")


# --------------------------------------------------------------------------- 5. a text box holding the text


def test_a_draft_shown_in_a_text_box_of_the_comment_form_is_kept():
    """reader19's leftover: the form holds prose, so it was kept, but its ``<textarea>`` went as a control: the draft
    with it.  The box that holds prose stays (its lines kept); the empty opinion box and the button go."""
    from corpus_tools.ingest import html_to_text

    law = ("第一条　为了规范口岸开放，提高口岸通关效率，保障口岸安全畅通，制定本条例。\n"
           "第二条　本条例所称的口岸，是指供人员、货物直接出入国境的港口。\n第三条　本市口岸开放工作，适用本条例。")
    html = ('<html><body><h1>上海口岸服务条例（草案）</h1><form action="/submit" method="post"><p>请提出意见：</p>'
            f'<textarea name="draft" readonly rows="30">{law}</textarea><textarea name="opinion">请在此输入您的意见</textarea>'
            '<input type="submit" value="提交"></form></body></html>')
    text = html_to_text(html)[0]
    assert text == "上海口岸服务条例（草案）\n请提出意见：\n" + law + "\n"
    search = '<form action="/search"><textarea name="q">站内搜索</textarea><input type="submit"></form><p>第一条　为了规范。</p>'
    assert html_to_text(search)[0] == "第一条　为了规范。\n"


def test_a_page_break_between_a_lead_in_and_its_first_item_is_a_line_break():
    text = TITLE + "\n\n" + "\n\n".join(LINES).replace("职责：\n\n", "职责：\f") + "\n"
    assert _articles(text) == WANTED
    assert "规定：为了" in clean_and_explain("第一条　依照下列规定：\f为了规范。\n").text  # no label after it: as before


# --------------------------------------------------------------------------- 6. a forum post's BBCode


@pytest.mark.parametrize("opening, closing", [
    ("[p=30, 2, left][size=3][font=宋体]", "[/font][/size][/p]"),
    ("[color=#000000]\u3000\u3000", "[/color]"),
    ("[align=left][size=4]", "[/size][/align]"),
])
def test_a_forum_post_markup_goes(opening, closing):
    text = "[align=center][b]" + TITLE + "[/b][/align]\n" + "\n".join(opening + line + closing for line in LINES) + "\n"
    assert _articles(text) == WANTED


@pytest.mark.parametrize("text", [
    "第一条　依据[2019]3号文件[注]，见[附件]。\n第二条　[b]重要[/b]事项。\n第三条　施行。",
    "第一条　数组a[i]与b[i]之和[/i]。\n第二条　适用。",
])
def test_bracketed_words_of_a_law_are_no_forum_markup(text):
    assert clean_and_explain(text).text == text


# --------------------------------------------------------------------------- 7. line numbers in the margin


@pytest.mark.parametrize("fmt", ["{n:>3}  {line}", "{n} {line}", "{n}\u3000{line}"])  # (``{n}\t``, cat -n: tests/test_layout22.py)
def test_a_page_whose_lines_are_numbered_loses_the_numbers(fmt):
    lines = [TITLE] + LINES
    text = "\n".join(fmt.format(n=n, line=line) for n, line in enumerate(lines, 1)) + "\n"
    assert _articles(text) == WANTED


def test_numbers_that_do_not_count_the_lines_stay():
    from corpus_tools.clean.line_marks import line_number_edits

    table = "第一条　下列单位：\n1  市统计局  负责汇总\n2  区统计局  负责调查\n3  街道办事处  负责配合\n第二条　适用。\n第三条　施行。\n"
    assert line_number_edits(table) == []
    odd = "".join(f"{n}  第{c}条　甲。\n" for n, c in ((1, "一"), (5, "二"), (9, "三"), (13, "四")))  # not one line apart
    assert line_number_edits(odd) == []
