"""Structure on real pages of the field findings fixed in session 10 (/work/notes/field9.md).

Sources: tests/real_pages/field10/SOURCE.md; the inline excerpts name the page they were cut from.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.documents import find_title, split_documents

PAGES = Path(__file__).parent / "real_pages" / "field10"


def _structure(name: str, folder: Path = PAGES):
    path = folder / name
    return structure_page(clean_page(ingest_file(path, path.parent)))


# F9-E4: an annex under 附 / 附： after the last article ----------------------------------------------

def test_an_annex_table_under_fu_after_the_last_article_is_its_own_document():
    """F9-E4: the 野生动物 interpretation's 数量认定标准表 (a docx table flattened one cell per paragraph)
    under ``附：`` was the text of 第十二条 (6,167 characters for a 37-character article)."""
    page = _structure("wildlife_interpretation_annex.md")
    law, annex = page.documents
    assert (law.role, annex.role, annex.attachment_no, annex.parent_id) == ("main", "attachment", 1, law.doc_id)
    assert annex.title == "非法猎捕、杀害、收购、运输、出售珍贵、濒危野生动物刑事案件“情节严重”、“情节特别严重”数量认定标准表"
    last = [a for a in page.articles if a.doc_id == law.doc_id][-1]
    assert (last.label, last.text) == ("第十二条", "单位犯刑法第三百四十一条规定之罪，定罪量刑标准依照本解释的有关规定执行。")
    assert annex.text.startswith("附：") and "Nycticebus spp." in annex.text


def test_a_tax_table_under_a_bare_fu_line_leaves_the_last_article():
    """F9-E4: 车船税法 (flk docx as Markdown) sets its 车船税税目税额表 under a bare ``附`` line after 第十三条."""
    page = _structure("中华人民共和国车船税法(20110225).md")
    law, annex = page.documents
    assert (law.role, annex.role, annex.title) == ("main", "attachment", "车船税税目税额表")
    articles = [a for a in page.articles if a.doc_id == law.doc_id]
    assert len(articles) == len(page.articles) == 13
    last = articles[-1]
    assert last.label == "第十三条" and last.text.endswith("同时废止。")
    assert "每辆" not in law.text and "游艇" in annex.text


def test_a_law_with_its_annex_is_the_main_document():
    """F9-E6: 国徽法 with its 附件 (国徽图案, 制作说明) heads them as the main document, never a notice."""
    page = _structure("guohuifa_annex.md")
    law, *annexes = page.documents
    assert (law.role, law.title) == ("main", "中华人民共和国国徽法")
    assert [a.label for a in page.articles if a.doc_id == law.doc_id] == ["第一条", "第二条", "第十九条"]
    assert [a.role for a in annexes] == ["attachment", "attachment"]
    assert {a.parent_id for a in annexes} == {law.doc_id}


#: gov.cn 052_content_5345284.html (../shared/real/govcn), cleaned text: the end of the 请示 the notice
#: forwards, its own list line, its signature, then ``附：`` over the table it annexes (rows shortened).
GOVCN_052_TAIL = (
    "以上意见如无不妥，请批转各有关省（市）人民政府执行。\n附：内地西藏初中班（校）扩大招生计划表\n国家教委\n一九九六年五月十三日\n"
    "附：\n内地西藏初中班（校）扩大招生计划表\n单位：人\n省（市）\t1995年招生人数\t扩招\t分年度招生任务\t\t\n"
    "\t\t\t1996年\t1997年\t1998年\n总计\t1445\t555\t1600\t1800\t2000\n江苏\t100\t100\t120\t140\t200\n"
)


def test_an_annexed_table_after_a_signature_is_an_annex_and_the_request_stays_main():
    segments = split_documents(GOVCN_052_TAIL)
    assert [(s.role, s.annex) for s in segments] == [("main", False), ("attachment", True)]
    assert GOVCN_052_TAIL[segments[1].start:].startswith("附：\n内地西藏初中班")
    assert find_title(GOVCN_052_TAIL[segments[1].start:segments[1].end])[0] == "内地西藏初中班（校）扩大招生计划表"


#: samiux/samiux.github.io basiclaw_full_text_gb.pdf (the booklet 宪法及香港基本法全文), cleaned text of 文件十五:
#: the NPC's decision and, under ``附``, the proposal it approves.
BASIC_LAW_PART_15 = (
    "文件十五\n全国人民代表大会关于批准\n香港特别行政区基本法起草委员会关于\n设立全国人民代表大会常务委员会香港\n"
    "特别行政区基本法委员会的\n建议的决定\n(1990年4月4日第七届全国人民代表大会\n第三次会议通过)\n"
    "第七届全国人民代表大会第三次会议决定：\n"
    "一、批准香港特别行政区基本法起草委员会关于设立全国人民代表大会常务委员会香港特别行政区基本法委员会的建议。\n"
    "二、在《中华人民共和国香港特别行政区基本法》实施时，设立全国人民代表大会常务委员会香港特别行政区基本法委员会。\n"
    "附\n香港特别行政区基本法起草委员会\n关于设立全国人民代表大会常务委员会\n香港特别行政区基本法委员会的建议\n"
    "一、名称：全国人民代表大会常务委员会香港特别行政区基本法委员会。\n"
    "二、隶属关系：是全国人民代表大会常务委员会下设的工作委员会。\n"
)


def test_a_decision_with_the_proposal_it_approves_under_fu_stays_main():
    segments = split_documents(BASIC_LAW_PART_15)
    assert [(s.role, s.annex) for s in segments] == [("main", False), ("attachment", True)]
    title = find_title(BASIC_LAW_PART_15[segments[1].start:segments[1].end])[0]
    assert title == "香港特别行政区基本法起草委员会关于设立全国人民代表大会常务委员会香港特别行政区基本法委员会的建议"


# annex markers that cut nothing ------------------------------------------------------------------------

def test_a_table_annexed_inside_an_article_with_articles_after_it_cuts_nothing():
    """kong0107/mojLawSplitXML J0030007 (工廠設立登記規則, Taiwan): ``附表一：`` … ``附表三：`` stand inside
    第 5 條, 第 8 條 and 第 11 條; the articles go on after them, so the law stays one document."""
    page = _structure("J0030007.xml")
    (law,) = page.documents
    assert law.text.count("\n附表") == 3
    assert [(a.article_no, a.article_suffix) for a in page.articles][-3:] == [(21, 0), (21, 1), (22, 0)]


#: A Hong Kong gazette PDF (L.N. 139 of 2020, the field-7 repro /work/field7/_repro/speed_t2s/cs139_ingested.txt):
#: the schedule's marker ``附表 1`` is the running header of every page, over its own sections (第 1 條).
CS139_SCHEDULE = (
    "L.N. 139 of 2020\nB2411\n附表 1\n第 1 條\nSchedule 1\nSection 1\n附表 1\n[ 第 2 條 ]\n關於為搜證而搜查有關地方的細則\n"
    "1. 釋義\n在本附表中——\n地方 (place) 指任何地方，並包括——\nL.N. 139 of 2020\nB2413\n附表 1\n第 3 條\nSchedule 1\n"
    "Section 3\n(a) 任何車輛、船隻、航空器、氣墊船或其他運輸工具；\n"
)


def test_a_schedules_running_header_over_its_own_sections_cuts_nothing():
    assert len(split_documents(CS139_SCHEDULE)) == 1


def test_a_running_header_repeating_the_annex_marker_cuts_once():
    text = ("第一条 甲。\n第二条 乙。\n附表 1\n某某登记表\n姓名 性别\n年龄 住址\n附表 1\n籍贯 职业\n电话 邮编\n"
            "附表 2\n某某汇总表\n序号 名称\n数量 金额\n")
    segments = split_documents(text)
    assert [(s.role, s.attachment_no) for s in segments] == [("main", None), ("attachment", 1), ("attachment", 2)]


def test_lines_that_mention_an_annex_are_no_marker():
    """Negatives: an article that cites its annex (车船税法 第二条: ``依照本法所附《车船税税目税额表》执行``), a
    notice's own list under ``附：``, and a clean law without annexes stay one document, byte for byte."""
    law = "某法\n第一条 车船的适用税额依照本法所附《车船税税目税额表》执行。\n第二条 附表所列项目，按年申报。\n"
    notice = "某局关于某事的通知\n各单位：\n现将有关事项通知如下。\n附：\n1.某某登记表\n2.某某汇总表\n某局\n2020年1月1日\n"
    for text in (law, notice):
        (segment,) = split_documents(text)
        assert (segment.start, segment.end) == (0, len(text))


# dump9: an article label lost in the source ----------------------------------------------------------

def test_a_lost_article_label_is_declared_and_flagged():
    """烟台市森林防火条例 (DLC): 第三条's label line is lost, its text the second paragraph of 第二条."""
    from corpus_tools.validation.completeness import missing_article_numbers
    page = _structure("烟台市森林防火条例(2016-09-23).md")
    (law,) = page.documents
    assert law.numbering_gaps == (3,)
    second = next(a for a in page.articles if a.article_no == 2)
    assert second.paragraphs[-1] == "森林防火工作坚持预防为主、积极消灭的原则。"
    assert missing_article_numbers(law.title, law.numbering_gaps).startswith("第3条 missing")


def test_an_excerpts_own_gaps_are_no_finding():
    """Teetrition's 附　則　抄 (an excerpt of a Japanese statute's supplementary provisions) skips 2..13."""
    from corpus_tools.validation.completeness import missing_article_numbers
    documents = _structure("laws_H25.86.html", PAGES.parent / "field8").documents  # (field8's copy of the page)
    excerpts = [d for d in documents if d.numbering_gaps]
    assert excerpts and all(len(d.numbering_gaps) > 1 for d in excerpts)
    assert all(missing_article_numbers(d.title, d.numbering_gaps) is None for d in excerpts)
    assert missing_article_numbers("某条例", (2, 3, 4)) is None  # a run: the source's own, even untitled


# F9-P14: a notice and the draft it publishes on one line (line breaks lost, a short page) ------------------

def test_a_short_page_that_lost_its_breaks_gets_them_back_and_splits_notice_and_draft():
    """xgll.com.cn: the 法制办's notice, its signature ``迪庆州人民政府法制办公室 2016年12月1日``, a rule of dashes
    and the draft ``…条例（草案） （征求意见稿） 第一章 总则 第一条 … 第四条 …`` on one line of ~480 characters
    (under the 600 of a long line): 1 document, 0 articles."""
    page = _structure("xgll_content_250121.txt")
    notice, draft = page.documents
    assert (notice.role, notice.issuer, notice.written) == ("notice", "迪庆州人民政府法制办公室", "2016-12-01")
    assert (draft.role, draft.parent_id, draft.status) == ("attachment", notice.doc_id, "draft_for_comment")
    assert draft.title.startswith("迪庆藏族自治州发展藏医药条例（草案）")
    assert [a.label for a in page.articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert all(a.doc_id == draft.doc_id and a.chapter_no == 1 for a in page.articles)
    # only breaks were put in: every edit of the rule replaces one space
    cleaned = clean_page(ingest_file(PAGES / "xgll_content_250121.txt", PAGES))
    breaks = [e for e in cleaned.edits if e.rule == "lost_line_breaks"]
    assert len(breaks) == 7 and all((e.before, e.after) == (" ", "\n") for e in breaks)


def test_labels_after_spaces_in_a_short_line_prove_nothing_out_of_sequence():
    """Negatives: a clean law keeps its lines; a line citing 第一条、第二条、第三条 is no joined body; a
    sentence that names 第二条 and 第三条 after full stops without 第一条 is left alone."""
    from corpus_tools.clean.linebreaks import restore_line_breaks
    law = "某条例\n第一条 为了甲，制定本条例。\n第二条 乙。\n第三条 依照第一条、第二条、第三条执行。\n"
    prose = "通知。\n本条例第一条已废止。 第二条 修改。 第四条 删去。 第三条 不变。\n"
    for text in (law, prose):
        assert restore_line_breaks(text) == (text, [], [])
