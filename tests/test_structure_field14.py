"""Structure on real pages of field test 14's structure findings (F14-C6 …), fixed in session 14.

Sources: tests/real_pages/field14_struct/SOURCE.md; the inline excerpts name the page they were cut from.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from corpus_tools.ingest import ingest_file, markdown_to_text
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.documents import split_documents
from corpus_tools.structure.tree import build_tree, walk
from corpus_tools.validation.ocr_copies import ocr_copies
from tests.test_hostile import bounded

REAL = Path(__file__).parent / "real_pages" / "field14_struct"


def _structure(page: Path):
    """The documents and the article numbers of each, as the real page gives them (ingest, clean, structure)."""
    built = structure_page(clean_page(ingest_file(page, page.parent)))
    numbers = defaultdict(list)
    for article in built.articles:
        numbers[article.doc_id].append(article.article_no)
    return list(built.documents), numbers


def _article_numbers(text: str) -> list[int]:
    return [node.num for node, _, _ in walk(build_tree(text)) if node.type == "article"]


# F14-C6: a crawler's concatenated gov.cn texts ----------------------------------------------------------------------

def test_concatenated_texts_are_documents_of_their_own():
    """The news item, 国务院令第693号 with its regulation, 国务院令第682号 with its 决定 and regulation, and the two
    title blocks after them (a 文号 glued to its title, a 文号 under its title) are five documents, none an attachment
    of another (base: a notice and one attachment holding the rest)."""
    documents, numbers = _structure(REAL / "zhengce_result_excerpt.txt")
    # session 15 (fix15): 国务院令第693号, whose sentence, signatory and date stand on one line, is cut from the
    # regulation it promulgates (a notice and its attachment), as the orders 559 and 561 of the same page were
    assert [d.role for d in documents] == ["main", "notice", "attachment", "main", "main", "main"]
    assert documents[2].parent_id == documents[1].doc_id
    assert all(d.parent_id is None for k, d in enumerate(documents) if k != 2)
    assert [d.title for d in documents[1:4]] == ["中华人民共和国国务院令第693号", "中华人民共和国环境保护税法实施条例",
                                                 "中华人民共和国国务院令第682号"]
    assert [d.doc_number for d in documents[4:]] == ["国发〔2011〕35号", "国发〔2016〕65号"]
    assert documents[0].text.startswith("党中央高度重视志愿服务工作") and "国务院令" not in documents[0].text
    assert documents[5].title == "国务院关于印发“十三五”生态环境保护规划的通知"


def test_articles_glued_after_sentence_ends_are_read_in_a_complete_run():
    """建设项目环境保护管理条例 (articles glued per chapter: ``…制定本条例。第二条　在中华人民共和国领域…``) has its 30
    articles (base: 1, 6, 15, 21, 27, 28); 环境保护税法实施条例 its 26, each article's text ending where the next
    label starts."""
    documents, numbers = _structure(REAL / "zhengce_result_excerpt.txt")
    assert numbers[documents[2].doc_id] == list(range(1, 27))  # (the regulation 国务院令第693号 promulgates)
    assert numbers[documents[3].doc_id] == list(range(1, 31))
    text = documents[3].text
    assert "制定本条例。第二条\u3000在中华人民共和国领域" in text  # the text itself is kept as it was


def test_an_incomplete_run_of_glued_labels_makes_no_article():
    """Negative: a gap the glued labels do not fill whole stays a gap (a cited 第三条 is no label), and labels
    citing articles after a sentence's comma are never read; a clean law (labels on their lines) is unchanged."""
    assert _article_numbers("第一条　甲。第二条　乙，依照第三条处理。第四条　丁。\n第五条　戊。\n") == [1, 5]
    assert _article_numbers("第一条　甲，第二条　乙。\n第三条　丙。\n") == [1, 3]
    assert _article_numbers("第一条　甲。\n第二条　乙。\n第三条　丙。\n") == [1, 2, 3]


def test_a_news_item_naming_the_regulation_keeps_it_as_its_attachment():
    """Negative: a news item that quotes the order it reports (it names the title the order promulgates) keeps
    the order and its law as its attachment, as before (field test 7's 新闻 + 主席令)."""
    page = ("国务院总理李克强日前签署国务院令，公布《某某管理条例》，自2020年1月1日起施行。\n"
            "中华人民共和国国务院令\n第700号\n《某某管理条例》已经国务院常务会议通过，现予公布。\n"
            "总理　李克强\n2019年10月22日\n某某管理条例\n第一条　为了规范某某管理，制定本条例。\n")
    assert [s.role for s in split_documents(page)] == ["notice", "attachment"]


def test_split_documents_is_linear_on_hostile_input():
    """Orders and titled blocks repeated over 200k characters: the cut stays linear."""
    unit = "中华人民共和国国务院令第1号\n现公布《某条例》。\n某条例\n第一条　甲。第二条　乙。第三条　丙。\n国务院关于某事的通知国发〔2011〕1号\n各省人民政府：\n"
    page = unit * (200_000 // len(unit))
    bounded(split_documents, page)


# F14-C2: Hong Kong section headings ---------------------------------------------------------------------------------

def test_hong_kong_section_headings_with_their_version_dates():
    """``第 54A 条 - 移转公职人员职能的权力 - 01/07/1997``: 54A is section 54之一 (inserted after 54, as Taiwan's 9-1
    is 第九条之一), and the heading is the article's heading, its version date no part of the text."""
    built = structure_page(clean_page(ingest_file(REAL / "fsou_83886572_6.txt", REAL)))
    rows = [(a.article_no, a.article_suffix, a.label, a.heading) for a in built.articles]
    assert rows == [(54, 1, "第五十四条之一", "移转公职人员职能的权力"), (55, 0, "第五十五条", "职位名称的改变"),
                    (56, 0, "第五十六条", "以指名或指定职位方式委任公职人员的情况")]
    assert built.articles[1].text.startswith("政务司司长可藉宪报公告")
    assert not any("01/07/1997" in a.text or "30/06/1997" in a.text for a in built.articles)


def test_a_letter_after_a_number_is_no_suffix_without_evidence():
    """Negative: a letter after an article's digits with running text after it and no heading block, where the
    numbering does not run on, is no label (``第 3A 条规定`` wrapped to a line start), and a Chinese numeral takes no
    letter (``第十A条``)."""
    assert _article_numbers("第 1 条　甲。\n第 3A 条规定的情形除外。\n第 2 条　乙。\n") == [1, 2]
    assert _article_numbers("第一条　甲。\n第十A条 乙。\n") == [1]


# F14-C1: the legislative reason under an article --------------------------------------------------------------------

def test_a_legislative_reason_is_a_note_not_the_articles_text():
    """tw-law-corpus's ``> 釋：…`` under an amended article (提審法 §1, 3, 4, 6, 9) is commentary: the article's text and
    paragraphs end before it, the reason is a ``note`` provision after the article, and the document keeps it."""
    built = structure_page(clean_page(ingest_file(REAL / "tw_tishen_fa.md", REAL)))
    articles = {a.article_no: a for a in built.articles}
    assert sorted(articles) == list(range(1, 12))
    assert not any("释：" in a.text or any("释：" in p for p in a.paragraphs) for a in built.articles)
    assert articles[1].text == "人民被法院以外之任何机关逮捕拘禁时，其本人或他人得向逮捕拘禁地之地方法院声请提审。"
    notes = [p for p in built.provisions if p["type"] == "note"]
    assert [(n["eid"], n["num"]) for n in notes] == [("note_1", 1), ("note_3", 3), ("note_4", 4), ("note_6", 6), ("note_9", 9)]
    assert notes[0]["text"].startswith("释：宪法第八条第二项规定并未以「非法逮捕拘禁」为声请提审之前提要件")
    assert "释：宪法第八条第二项" in built.documents[0].text


def test_explanation_words_that_are_no_reason_note_stay_text():
    """Negative: ``解释：`` at a line start, ``释：`` inside a sentence, and a ``释：`` line before the first article are
    no note; the fast rows and the tree agree on a page with notes."""
    text = "说明\n释：前言。\n第一条 甲。\n解释：乙。\n第二条 丙，释：丁。\n"
    assert [n.type for n, _, _ in walk(build_tree(text)) if n.type in ("article", "note")] == ["article", "article"]
    text = "第一条 甲。\n释：理由。\n第二条 乙。\n"
    tree = build_tree(text)
    assert [(n.type, n.eid) for n, _, _ in walk(tree) if n.type in ("article", "note")] == [
        ("article", "art_1"), ("note", "note_1"), ("article", "art_2")]


# F14-C5: a converter's Markdown -------------------------------------------------------------------------------------

def test_a_heading_typed_with_a_full_width_hash_is_a_heading():
    """民法典's README ends ``#＃ 附则``: §1259-1260 are under 附则 (as in the PDF and DOCX), not 侵权责任编's chapter 10."""
    built = structure_page(clean_page(ingest_file(REAL / "minfadian_readme_excerpt.md", REAL)))
    rows = {a.article_no: (a.chapter_no, a.chapter_title) for a in built.articles}
    assert rows[1258] == (10, "建筑物和物件损害责任")
    assert rows[1259] == rows[1260] == (None, "附则")  # the whole README: part 附则, as the PDF's
    assert "＃" not in built.documents[0].text and "#" not in built.documents[0].text


def test_a_line_in_bold_italics_loses_all_its_stars():
    """``***目录***`` (the same README's line 4) is ``目录``; a censor's single stars (``深入贯彻*总*系列``, owba.cn,
    F14-B3) and a horizontal rule stay as before; a full-width hash with no ASCII one before it is text."""
    assert markdown_to_text("***目录***\n") == "目录\n"
    assert markdown_to_text("为维护*的章程\n深入贯彻*总*系列重要讲话精神\n") == "为维护*的章程\n深入贯彻*总*系列重要讲话精神\n"
    assert markdown_to_text("＃ 附则\n") == "＃ 附则\n"
    assert markdown_to_text("甲\n***\n乙") == "甲\n乙\n"


def test_markdown_passes_stay_linear():
    """Hostile: 200k characters of unclosed bold-italic openers and of hash runs."""
    bounded(markdown_to_text, "***甲 " * 40_000)
    bounded(markdown_to_text, "#＃＃＃＃＃＃＃\n" * 20_000)


# F14-E3: parallel articles are no OCR copy --------------------------------------------------------------------------

def test_parallel_articles_with_another_subject_are_no_ocr_copy():
    """地方制度法 §18-20 (直辖市 / 县（市） / 乡（镇、市）自治事项) and the councils' powers after them repeat each other with
    the subject changed: no ``ocr_duplicate`` (7 stretches were reported); the OCR copies of F10-L1 still are found."""
    built = structure_page(clean_page(ingest_file(REAL / "tw_difang_zhidu_fa.md", REAL)))
    (document,) = built.documents
    assert "第19条 下列各款为县（市）自治事项" in document.text
    assert ocr_copies(document.text) is None
    ocr_page = (REAL.parent / "field10_findings" / "liaoning_lianggui_head300.txt").read_text(encoding="utf-8")
    assert len(ocr_copies(ocr_page).stretches) == 8


def test_hong_kong_sections_pass_the_span_invariant():
    """The validator's span check reads ``第 54A 条`` as 第五十四条之一 and the dashes and date around the heading as
    part of the head (the build quarantined all three sections before it did)."""
    from corpus_tools.validation.texts import article_matches_span

    built = structure_page(clean_page(ingest_file(REAL / "fsou_83886572_6.txt", REAL)))
    (document,) = built.documents
    for a in built.articles:
        assert article_matches_span(document.text, a.start, a.end, a.text, a.label, a.heading), a.label
    assert not article_matches_span(document.text, built.articles[1].start, built.articles[1].end,
                                    built.articles[1].text, "第五十五条", None)  # the heading must be declared


def test_invented_variants_of_concatenated_orders():
    """INVENTED variants of F14-C6 (not real pages; written after the fix, to probe the family): two ministries'
    orders numbered by year (``…商务部令2019年第1号``) one after the other are two orders, each with its 办法; a notice
    with its 文号 and addressees after the regulation an order promulgates is a document of its own."""
    page = ("中华人民共和国商务部令2019年第1号\n《某某经营管理办法》已经部务会议审议通过，现予公布，自2019年3月1日起施行。\n"
            "部长　钟山\n2019年1月10日\n某某经营管理办法\n第一条　为了规范某某经营活动，制定本办法。\n第二条　本办法自2019年3月1日起施行。\n"
            "中华人民共和国交通运输部令2019年第2号\n《某某运输规定》已经部务会议通过，现予公布，自2019年5月1日起施行。\n"
            "部长　李小鹏\n2019年2月20日\n某某运输规定\n第一条　为了规范某某运输，制定本规定。\n第二条　本规定自2019年5月1日起施行。\n")
    assert [s.role for s in split_documents(page)] == ["notice", "attachment", "notice", "attachment"]
    page = ("中华人民共和国国务院令\n第800号\n《某某条例》已经国务院常务会议通过，现予公布，自2021年1月1日起施行。\n总理　李克强\n"
            "2020年12月1日\n某某条例\n第一条　为了规范某某，制定本条例。\n第二条　本条例自2021年1月1日起施行。\n"
            "国务院办公厅关于做好某某工作的通知\n国办发〔2020〕50号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "为做好某某工作，现就有关事项通知如下：一、加强组织领导。\n国务院办公厅\n2020年12月5日\n")
    segments = split_documents(page)
    assert [s.role for s in segments] == ["notice", "attachment", "main"]
    assert page[segments[2].start:].startswith("国务院办公厅关于做好某某工作的通知")


def test_notes_and_glued_runs_stay_linear_on_hostile_input():
    """Hostile: 200k characters of reason lines under one article, and of glued labels none of which runs on
    (each 第二条 again), and a gap of 300 glued articles (more than a run may fill) before a label on its line."""
    bounded(build_tree, "第一条 甲。\n" + "释：乙。\n" * 40_000)
    bounded(build_tree, "第一条 甲。" + "第二条　乙。" * 30_000 + "\n第九十九条 丙。\n")
    glued = "".join(f"第{n}条　乙。" for n in range(2, 302))
    tree = build_tree("第1条 甲。" + glued + "\n第302条 丙。\n")
    assert [n.num for n, _, _ in walk(tree) if n.type == "article"] == [1, 302]
