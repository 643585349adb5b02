"""Text copied out of PDF files (session 16, pdf16): wraps after a mark at the page's measure, page breaks
whose foot left blank lines, page feet with their word (``Page 2``), page furniture a browser copy glued
inside a sentence, prose lines spread whole by distributed alignment.

Real data (tests/real_pages/pdf16/README.md): pdftotext 24.02 (with -layout) of the 民法典 PDF of
zitzhen/Chinese-law (field test 14) and of the 宪法及基本法 booklet re-hosted by samiux (field test 16),
checked against the 民法典's .docx (its paragraphs: the truth); the bilingual 公司法 of field test 15b.
Negative cases: a paragraph that ends one short of the measure (民法典 §519), a signature below blank
lines (基本法 booklet), cited page numbers, name lists, numbers in prose.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.inline_pages import inline_page_furniture
from corpus_tools.clean.layout import _mark_wrap_edits, _page_break_edits, _spread_prose_lines, remove_spaces_inside_cjk
from corpus_tools.clean.page_numbers import labelled_page_lines
from corpus_tools.formats import PdfLine, paragraph_spacing_pitch, unwrap_lines

PAGES = Path(__file__).parent / "real_pages" / "pdf16"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- wraps after a mark (F14-C3)


def test_a_wrap_after_a_semicolon_at_the_measure_is_joined_though_a_page_break_lost_its_blank_line():
    # 民法典 §309 (pdftotext -layout): ``…按照出资额确定；⏎不能确定出资额的，视为等额享有。``; the page break
    # before it wrote one paragraph end with a single newline, which vetoed every join of the page before.
    text = clean_and_explain(_page("civilcode_layout_309.txt")).text
    assert "按照出资额确定；不能确定出资额的，视为等额享有。" in text
    assert "\n第三百一十条" in text  # the next article stays apart


def test_a_paragraph_ending_one_short_of_the_measure_stays_apart():
    # 民法典 §519: ``…可以向该债务人主张。`` is 49 characters on a page set at 50, and the .docx starts a
    # new paragraph there (``被追偿的连带债务人…``): a Han character would have fitted on the line.
    text = clean_and_explain(_page("civilcode_layout_519.txt")).text
    assert "可以向该债务人主张。\n" in text
    assert "被追偿的连带债务人不能履行其应分担份额的" in text


def test_the_mark_rule_needs_the_page_to_end_its_paragraphs_with_blank_lines():
    para = "第一条 一二三四五六七八九十一二三四五六七，\n甲乙丙丁戊己庚辛壬癸一二三四五六七八九十。\n子丑寅卯辰巳午未申酉戌亥。\n\n"
    assert len(_mark_wrap_edits(para * 20, 21)) == 20
    # a page that writes its paragraphs with single newlines (short ends before prose) joins nothing
    single = "第九条 一二三。\n二三四。\n\n"
    assert _mark_wrap_edits(para * 3 + single * 2, 21) == []
    # a short end before a label is no such evidence: the label opens its own paragraph anyway
    assert len(_mark_wrap_edits(para * 20 + "第十条 一二三。\n第十一条 四五六。\n\n", 21)) == 20


def _civilcode_lines() -> tuple[list[PdfLine], float]:
    data = json.loads((PAGES / "civilcode_pdf_lines.json").read_text(encoding="utf-8"))
    return [PdfLine(*row) for row in data["lines"]], data["font_size"]


def test_the_pdf_reader_joins_a_sentence_ending_at_the_edge_where_the_next_line_follows_at_the_line_pitch():
    # the 民法典's PDF as pypdfium2 reads it (F14-C3): lines 16.0 points apart, paragraphs 26.7
    lines, size = _civilcode_lines()
    assert paragraph_spacing_pitch(lines, size) == 16.0
    text = "\n".join(unwrap_lines(lines, size))
    assert "合同自通知载明的期限届满时解除。对方对解除合同有异议的" in text  # §565
    assert "买受人可以拒绝接受标的物或者解除合同。买受人拒绝接受标的物" in text  # §610
    # a paragraph ending at the edge before the paragraph space stays a paragraph's end
    assert "确认解除行为的效力。\n当事人一方未通知对方" in text


def test_without_paragraph_spacing_the_pdf_reader_keeps_a_sentence_end_at_the_edge():
    lines, size = _civilcode_lines()
    flat = [PdfLine(line.text, line.left, line.right, line.page, 0.0) for line in lines]  # no vertical extent known
    assert paragraph_spacing_pitch(flat, size) is None
    assert "期限届满时解除。\n对方对解除合同有异议的" in "\n".join(unwrap_lines(flat, size))


# --------------------------------------------------------------------------- page breaks with blank lines


def test_a_page_break_whose_foot_left_three_blank_lines_is_joined():
    # 基本法 booklet p.28 (pdftotext -layout): ``…对本级人民代表大会负⏎⏎⏎⏎<centred 28>⏎\f責並報告工作。``
    text = clean_and_explain(_page("basiclaw_layout_page28.txt")).text
    assert "组成，对本级人民代表大会负责并报告工作。" in text
    assert "\n28\n" not in text


def test_a_signature_below_blank_lines_is_no_page_break():
    # 基本法 booklet p.107: ``附：…行政區域界線文字表述⏎⏎⏎⏎總理⏎李鵬⏎一九九七年七月一日`` (no page's foot)
    text = clean_and_explain(_page("basiclaw_layout_signature.txt")).text
    assert "文字表述\n" in text
    assert "\n总理\n" in text  # its own line, converted with the page


def test_blank_line_page_breaks_on_a_page_of_blank_line_paragraphs_need_prose_filling_the_measure():
    para = "第五条 一二三四五六七八九十，一二三四五六七八九十一\n\n甲乙丙。\n\n"
    assert len(_page_break_edits(para * 3, 26)) == 3
    assert _page_break_edits(para.replace("，", "一") * 3, 26) == []  # no mark: a heading may fill a line
    assert _page_break_edits(para.replace("七八九十一\n", "七八九\n") * 3, 26) == []  # short of the measure


def test_a_label_set_in_a_block_of_its_own_counts_in_the_printed_line_under_it():
    # 民法典 (pdftotext without -layout): ``第五十二条⏎⏎被宣告死亡的人…不得以未经本⏎⏎人同意为由主张收养行为无效。``:
    # the line under the label is short by the label's length, yet its printed line was full.
    text = clean_and_explain(_page("civilcode_raw_label_blocks.txt")).text
    assert "在死亡宣告被撤销后，不得以未经本人同意为由主张收养行为无效。" in text
    assert "\n第五十三条 " in text


# --------------------------------------------------------------------------- page feet with their word (F15B-N3)


def test_page_lines_of_the_bilingual_company_law_go():
    raw = _page("cpc_company_law_pages.txt")
    assert raw.count("\nPage ") >= 3
    text = clean_and_explain(raw).text
    assert "\nPage " not in text and not text.startswith("Page ")
    assert "Company Law of the People's Republic of China" in text
    assert "次会议《关于修改〈中华人民共和国公司法〉的决定》第四次修正）" in text


def test_page_words_that_count_no_pages_stay():
    page = "甲乙丙丁，戊己庚辛。\n" * 9
    assert labelled_page_lines(page + "第3页\n" + page + "第7页\n" + page + "第9页\n") == []
    assert labelled_page_lines(page + "详见第3页。\n" + page + "详见第4页。\n" + page + "详见第5页。\n") == []
    t = page + "第 1 页 共 3 页\n" + page + "第 2 页 共 3 页\n" + page + "第 3 页 共 3 页\n"
    assert [t[a:b] for a, b in labelled_page_lines(t)] == ["第 1 页 共 3 页", "第 2 页 共 3 页", "第 3 页 共 3 页"]


# --------------------------------------------------------------------------- furniture inside a sentence


def _browser_copy(pages: list[str], foot: str, head: str) -> str:
    """The booklet's pages as a browser copies a PDF: each page's lines run on, its foot and the next
    page's head glued in with blanks (the shape of F15B-N3's inline ``Page N``; no real copy of this
    shape is at hand: the pages are real, the gluing is the copier's as described)."""
    out = ""
    for n, page in enumerate(pages, 1):
        body = "".join(line.strip() for line in page.split("\n") if line.strip() and not line.strip().isdigit())
        out += body + (" " + foot.format(n=n) + (" " + head if head else "") + " " if n < len(pages) else "")
    return out


def test_page_furniture_glued_inside_sentences_goes_when_its_numbers_count_the_pages():
    pages = _page("basiclaw_layout_page28.txt").split("\f")[1:5]
    for foot, head in (("- {n} -", "中华人民共和国宪法"), ("Page {n}", ""), ("— {n} —", ""), ("第{n}页", "宪法")):
        glued = _browser_copy(pages, foot, head)
        spans = inline_page_furniture(glued)
        assert len(spans) == len(pages) - 1, (foot, spans)
        kept = "".join(glued[b:a] for (_, b), (a, _) in zip([(0, 0)] + spans, spans + [(len(glued), 0)]))
        assert foot.format(n=2) not in kept
        assert "對本級人民代表大會負責並報告工作" in kept  # the sentence the page cut, whole again


def test_a_bare_number_glued_in_is_never_taken_for_a_page_and_a_laws_own_article_numbers_stay():
    # field 16's tw_laws_md (law.moj.gov.tw as Markdown): ``第 1 條``, ``第 2 條``… count too, between blanks
    raw = _page("tw_law_article_numbers.md")
    assert inline_page_furniture(raw) == []
    text = clean_and_explain(raw).text
    assert [n for n in range(1, 14) if f"第 {n} 条" not in text] == []  # every label whole (converted, blanks kept)
    pages = _page("basiclaw_layout_page28.txt").split("\f")[1:5]
    assert inline_page_furniture(_browser_copy(pages, "{n}", "")) == []  # a bare number: no evidence it is a page's


def test_numbers_between_blanks_in_prose_stay():
    page = "本条例所称的市容环境卫生管理，是指对城市道路、广场、公共场所的管理。" * 5
    assert inline_page_furniture(page + "依法 - 1 - 办理" + page) == []  # one alone
    assert inline_page_furniture(page + "共有 3 人" + page + "另有 5 人" + page + "还有 7 人" + page) == []  # no count
    assert inline_page_furniture("共有 3 人，另有 4 人，还有 5 人。") == []  # too close for pages
    hk = "有 11 條全國性法律適用於香港，另有 12 條" + page + "有 13 條"
    assert inline_page_furniture(hk) == []


# --------------------------------------------------------------------------- prose spread whole


def test_a_prose_line_spread_whole_is_closed_and_name_lists_stay():
    t = "前款规定：\n（ 一 ） 购 买 、 建 造 自 住 住 房 的 ；\n第 二 十 条 本 条 例 自 公 布 之 日 起 施 行 。\n"
    out = remove_spaces_inside_cjk(t)[0]
    assert "（一）购买、建造自住住房的；" in out and "第二十条 本条例自公布之日起施行。" in out
    names = "参会人员：\n张 伟 王 芳 李 娜 赵 强\n王　芳、李　娜、张　伟\n年 月 日\n"
    assert _spread_prose_lines(names) == []


# --------------------------------------------------------------------------- linear on hostile input


def test_the_new_scans_are_linear_on_200k_characters():
    hostile = [
        "甲 " * 100_000,  # a spread line that never ends
        ("依法 1 办理" * 20_000),  # numbers between blanks everywhere
        ("Page 1\n" * 30_000),
        ("一二三四五六七八九十一二三四五六七八九十一。\n" * 9_000 + "\n"),
        ("负" + "\n \n" * 60_000 + "责"),
    ]
    for text in hostile:
        start = time.process_time()
        inline_page_furniture(text)
        _spread_prose_lines(text)
        labelled_page_lines(text)
        _mark_wrap_edits(text, 21)
        _page_break_edits(text, 21)
        assert time.process_time() - start < 5, text[:20]
