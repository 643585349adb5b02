"""Structure on real pages of the field findings fixed in session 11 (/work/notes/field10.md).

Sources: tests/real_pages/field11/SOURCE.md; the inline excerpts name the page they were cut from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure import tree
from corpus_tools.structure.documents import _title_like, signature_block, split_documents

PAGES = Path(__file__).parent / "real_pages" / "field11"


def _structure(name: str, folder: Path = PAGES):
    path = folder / name
    return structure_page(clean_page(ingest_file(path, path.parent)))


# F10-G3: the contact note under a notice's signature ---------------------------------------------------

def test_the_contact_note_under_the_signature_stays_with_the_notice():
    """F10-G3: 天河区教育局's notice ends ``广州市天河区教育局⏎2026年 4月 20 日⏎（联系科室：…，联系电话：38622527）``; the
    note opened the 方案 the notice issues and was its title."""
    page = _structure("tianhe_05_youeryuan_zhaosheng.html")
    notice, plan = page.documents
    assert notice.title == "广州市天河区教育局关于印发《2026年广州市天河区幼儿园招生工作方案》的通知"
    assert notice.text.rstrip().endswith("日\n（联系科室：小学和幼儿教育科，联系电话：38622527）")
    assert (plan.role, plan.title) == ("attachment", "2026年广州市天河区幼儿园招生工作方案")
    assert plan.text.startswith("2026年广州市天河区幼儿园招生工作方案\n根据《广州市教育局关于做好幼儿园招生工作的通知》")
    assert "联系科室" not in plan.text


#: ../shared/real/bjtcm/011_t20210309_2303168.html (北京市中医管理局), cleaned text of its end: a note with ``；``
#: under the date, and nothing issued after it.
BJTCM_011_TAIL = (
    "各有关单位：\n根据统一部署，2021年度第44期中日笹川医学奖学金项目研究员选派工作已正式启动。现将相关通知转发给你们，"
    "请按照工作要求，结合实际情况，积极组织申报。\n附件：《国家卫生健康委员会办公厅关于开展2021年第44期中日笹川医学奖学金项目"
    "研究员选派工作的通知》（国卫办国际函〔2021〕85号）\n北京市中医管理局\n2021年3月9日\n（联系人：刘楠；联系电话：83970053）\n"
)


def test_a_contact_note_with_nothing_after_it_cuts_nothing():
    assert [s.role for s in split_documents(BJTCM_011_TAIL)] == ["main"]
    assert signature_block(BJTCM_011_TAIL) == ("北京市中医管理局", "2021年3月9日")


def test_a_contact_note_between_the_signer_and_the_date_is_no_signer():
    text = "特此通知。\n广州市天河区教育局\n（联系科室：小学和幼儿教育科，联系电话：38622527）\n2026年4月20日\n"
    assert signature_block(text) == ("广州市天河区教育局", "2026年4月20日")


@pytest.mark.parametrize("line", [
    "2026年广州市天河区幼儿园招生工作方案",  # F10-G3's plan
    "2024年度全市政务公开工作要点",
    "二〇二四年政府信息公开工作年度报告",
])
def test_a_title_that_opens_with_its_year_is_a_title(line):
    assert _title_like(line)


@pytest.mark.parametrize("line", [
    "2026年 4月 20 日",  # the signature's date
    "二OO六年二月二十日",
    "2021年3月9日",
    "2019年12月",
    "2024年是全面贯彻落实党的二十大精神的关键之年",  # no instrument's kind at its end
    "2024年工作情况如下：",
    "2008年起，本市实行新的管理办法",  # a clause that ends with a kind word
    "2020 年第 74 号号外公告",  # a gazette number (samiux cgn2020245074.pdf: it took the title)
])
def test_a_date_or_a_sentence_that_opens_with_a_year_is_no_title(line):
    assert not _title_like(line)


# F9-P5: a year with Latin O for its zeros ---------------------------------------------------------------

def test_a_signature_date_typed_with_latin_o_ends_the_notice():
    """F9-P5: 临沧市人民政府's notice dated ``二OO六年二月二十日`` and the 特别规定 it issues were one notice
    with the 规定's 3 articles."""
    page = _structure("law732_lincang_notice.txt")
    notice, rules = page.documents
    assert notice.role == "notice" and notice.text.rstrip().endswith("二OO六年二月二十日")
    assert (rules.role, rules.title) == ("attachment", "临沧市道路交通安全管理特别规定（试行）")
    assert [a.label for a in page.articles] == ["第一条", "第二条", "第三条"]
    assert {a.doc_id for a in page.articles} == {rules.doc_id}


@pytest.mark.parametrize("text", [
    # a law that cites a year with O in the middle of a sentence: no signature, nothing cut
    "第一条 为了规范某某工作，制定本办法。\n第二条 本办法所称二OO六年规划，是指市政府批准的规划。\n第三条 本办法自发布之日起施行。\n",
    # a date line in Latin O without anything titled after it
    "现印发给你们，请认真遵照执行。\n某某市人民政府\n二OO六年二月二十日\n（此件公开发布）\n",
])
def test_a_latin_o_year_cuts_nothing_without_a_signature_and_a_title(text):
    assert [s.role for s in split_documents(text)] == ["main"]


# F10-M3: the amended articles an amending act quotes ----------------------------------------------------

def test_the_articles_a_macau_despacho_quotes_are_not_its_own():
    """F10-M3: the 批示 quotes (``行文如下:⏎“第十三條⏎投注項目⏎一、......``) the two articles it amends; 第十七條 was
    read as its article, 第十三條 (behind the quote mark) not."""
    page = _structure("bo_io_gov_mo_2009_25_despsef.txt")
    assert [a.label for a in page.articles] == []
    (doc,) = page.documents
    assert "第十七條" in doc.text or "第十七条" in doc.text


#: An amending decision's shape (the 刑法修正案 / 修改决定 of the NPC): its own articles around the quoted one.
AMENDING_DECISION = (
    "第一条　将第十条修改为：\n“第十条　本条例自公布之日起施行。\n第十一条　本条例由市人民政府负责解释。”\n"
    "第二条　本决定自公布之日起施行。\n"
)


def test_an_amending_decision_keeps_its_own_articles_around_the_quoted_ones():
    events, _ = tree._scan(AMENDING_DECISION)
    assert [(e.type, e.label) for e in events] == [("article", "第一条"), ("article", "第二条")]


@pytest.mark.parametrize("text", [
    # DLC style: a definition in quotes inside an article, labels at line starts
    "第一条　为了规范管理，制定本条例。\n第二条　本条例所称“第三方机构”，是指依法设立的机构。\n第三条　本条例自公布之日起施行。\n",
    # a quote opening a line after a colon that holds no label
    "第一条　有下列情形之一的，依照规定处理：\n“甲”类情形；\n第二条　本条例自公布之日起施行。\n",
])
def test_labels_outside_an_amending_quotation_are_all_read(text):
    events, _ = tree._scan(text)
    assert [e.label for e in events if e.type == "article"][-1] in ("第三条", "第二条")
    assert len([e for e in events if e.type == "article"]) == text.count("\n第") + 1


# F10-T2: the next document's Markdown heading under the last article --------------------------------------

def test_the_next_documents_markdown_heading_is_no_part_of_the_last_article():
    """F10-T2: medical-policy-rag's 医疗保障法草案.txt (cut, tests/real_pages/field10) ends ``第五十条 本法自年月日起施行。``
    ⏎ ``# 六、司法解释`` ⏎ ``最高人民法院 最高人民检察院 公安部印发`` ⏎ ``《``: the head of the repo's next document."""
    page = _structure("yibaofa_caoan_cut_pdf_spaces.txt", PAGES.parent / "field10")
    last = page.articles[-1]
    assert (last.label, last.text) == ("第五十条", "本法自年月日起施行。")
    (doc,) = page.documents
    assert doc.text.rstrip().endswith("公安部印发\n《")  # the text keeps every character


@pytest.mark.parametrize("tail", [
    "第二条 本办法自公布之日起施行。\n#1 号楼的管理，依照前款规定执行。\n",  # no blank after the #: a text's number sign
    "第二条 本办法自公布之日起施行。\n本办法由市人民政府负责解释。\n",
])
def test_lines_that_are_no_markdown_heading_stay_in_the_last_article(tail):
    assert tree.end_matter(tail, 0, 0) is None


# F10-H1: labels glued after an ordinance's history note and after a marginal note ----------------------

def test_an_old_ordinances_glued_labels_are_read():
    """F10-H1: 香港公司条例 (1932) on a document farm: ``…各条例修正在案)第一条本例定名为公司条例。`` ⏎ ``诠释第二条(一)本例称--…``."""
    page = _structure("360docs_0e10356511.txt")
    assert [(a.label, a.heading) for a in page.articles] == [("第一条", None), ("第二条", "诠释")]
    assert page.articles[0].text == "本例定名为公司条例。"
    assert page.articles[1].text.startswith("（一）本例称--“周年报告”")
    (doc,) = page.documents
    assert tree.render(tree.build_tree(doc.text)) == doc.text


@pytest.mark.parametrize("text", [
    "依照《某某条例》(2019年修订)第一条规定办理。\n",  # a citation after a bracket: 规定 follows
    "某某条例(试行)第一条\n",  # no history in the note, no body after the label
    "某某办法（2019年12月1日起施行）第一条\n",  # the label ends its line
])
def test_a_label_after_a_bracket_that_is_no_history_note_is_no_article(text):
    events, _ = tree._scan(text)
    assert [e for e in events if e.type == "article"] == []


# Survey: an attachment marker without a number glued to the end of the 版记 ---------------------------

def test_a_numberless_attachment_marker_glued_to_the_printing_line_cuts():
    """pbc.gov.cn 银发〔1996〕423号 (angelala00/pbc_regulations 000044): ``…一九九六年十二月二日印发附件：`` ⏎
    ``银行间外汇市场管理暂行规定`` ⏎ ``第一章 总 则``."""
    page = _structure("pbc_000044_000.txt")
    notice, rules = page.documents
    assert (notice.role, notice.title) == ("notice", "关于印发《银行间外汇市场管理暂行规定》的通知")
    assert notice.text.rstrip().endswith("一九九六年十二月二日印发")
    assert (rules.role, rules.title) == ("attachment", "银行间外汇市场管理暂行规定")
    assert len(page.articles) == 34 and {a.doc_id for a in page.articles} == {rules.doc_id}


@pytest.mark.parametrize("text", [
    # a sentence that refers to the attachment at its end, a title and articles after it: the list of a notice
    "现将有关事项通知如下，具体要求详见附件：\n某某管理办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自公布之日起施行。\n",
    # the colon closes a line, but no article opens under the next line
    "请各单位按要求报送材料附件：\n某某管理办法\n一、总体要求\n",
])
def test_a_numberless_glued_marker_without_a_regulation_under_it_cuts_nothing(text):
    assert [s.role for s in split_documents(text)] == ["main"]


def test_an_attachment_title_that_opens_with_its_year_over_two_lines():
    """gov.cn 国函〔2006〕38号: ``附件：`` ⏎ ``2008年北京奥运会首都国际机场`` ⏎ ``协 调 委 员 会 组 建 方 案`` (letter-spaced)."""
    page = _structure("govcn_046_content_5345402.html")
    reply, plan = page.documents
    assert reply.title == "国务院关于同意组建2008年北京奥运会首都国际机场协调委员会的批复"
    assert (plan.role, plan.title) == ("attachment", "2008年北京奥运会首都国际机场协调委员会组建方案")


@pytest.mark.parametrize("text", [
    "2008年起，本市实行新的管理办法\n第一条 为了规范管理，制定本办法。\n",  # a clause, not a title
    "2008年8月8日\n北京奥运会开幕\n",  # a date over a line
])
def test_a_year_line_that_is_no_title_start_gives_no_year_title(text):
    from corpus_tools.structure.documents import find_title
    assert not find_title(text)[0].startswith("2008年")


# Survey: a notice's list of attachments numbered 一、 二、 ----------------------------------------------

def test_a_list_of_attachments_numbered_with_chinese_numerals_stays_in_the_notice():
    """yestaryl.com's copy of 司法部's 1989 notice: ``附件：`` ⏎ ``一、中华人民共和国司法部令（格式之一）`` ⏎ ``二、…（格式之二）``,
    then ``附件一：`` and ``附件二：`` with the templates."""
    page = _structure("yestaryl_23484.txt")
    notice, first, second = page.documents
    assert notice.role == "notice" and notice.text.rstrip().endswith("二、中华人民共和国司法部令（格式之二）")
    assert [(d.role, d.attachment_no) for d in (first, second)] == [("attachment", 1), ("attachment", 2)]
    assert first.text.startswith("附件一：") and second.text.startswith("附件二：")


@pytest.mark.parametrize("text", [
    # an attachment whose text opens with 一、 items that hold sentences
    "现将有关事项通知如下。\n附件：\n一、申报条件：具有独立法人资格。\n二、申报程序：各单位于5月前报送。\n三、其他事项。\n",
    # 一、 headings right under the marker, but no attachment marked after them: the attachment itself
    "现将有关事项通知如下。\n附件：\n一、总体要求\n二、主要任务\n加强管理，提高质量。\n",
])
def test_an_attachment_that_opens_with_chinese_numbered_items_is_still_cut(text):
    assert [s.role for s in split_documents(text)] == ["notice", "attachment"]
