"""Structure failures field test 8b showed on real pages (/work/notes/field8b.md), each with the real
page or the real lines that showed it, and pages that must not change.

Sources: tests/real_pages/field8b_toc/SOURCE.md.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.evidence import table_row_guard
from corpus_tools.clean.layout import drop_table_of_contents
from corpus_tools.records import Edit
from corpus_tools.structure.documents import holds_articles, split_documents
from tests.real_build import REAL, build_real_pages


@pytest.fixture(scope="module")
def laosheng(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field8b_toc", tmp_path_factory.mktemp("field8b_toc"))


def _shape(documents: list[dict]) -> list[tuple]:
    return [(d["role"], d["title"], d["attachment_no"], d["num_articles"]) for d in documents]


# F8B-L1: a 目录 that ends with annex entries -----------------------------------------------------------

def test_the_annex_entries_of_a_toc_go_with_it_and_the_law_heads_its_annexes(laosheng):
    """刑法 (Laosheng Markdown): ``附则⏎\\t\\t附件一⏎\\t\\t附件二`` closed the 目录; the law was an attachment
    titled 附件二 and its title page a notice."""
    documents = laosheng["documents:xingfa_head_and_annexes.md"]
    assert _shape(documents) == [
        ("main", "中华人民共和国刑法", None, 3), ("attachment", "附件一", 1, 0), ("attachment", "附件二", 2, 0)]
    law = documents[0]["text"]
    assert "目录" not in law and "附件" not in law.split("第一编")[0]
    assert documents[0]["doc_type"] == "regulation"
    assert {d["parent_id"] for d in documents[1:]} == {documents[0]["doc_id"]}
    articles = laosheng["articles:xingfa_head_and_annexes.md"]
    assert [a["label"] for a in articles] == ["第一条", "第二条", "第四百五十二条"]


def test_the_basic_laws_toc_with_titled_annex_entries_goes_whole(laosheng):
    """澳门基本法 (flk.npc txt): ``附件一：澳门特别行政区行政长官的产生办法`` … closed the 目录; the 145 articles were an
    untitled attachment opened by the ``附件三：…`` entry."""
    documents = laosheng["documents:macau_basic_law_flk.txt"]
    assert _shape(documents)[:4] == [
        ("main", "中华人民共和国澳门特别行政区基本法", None, 145),
        ("attachment", "澳门特别行政区行政长官的产生办法", 1, 0),
        ("attachment", "澳门特别行政区立法会的产生办法", 2, 0),
        ("attachment", "在澳门特别行政区实施的全国性法律", 3, 0),
    ]
    assert documents[0]["text"].startswith("中华人民共和国澳门特别行政区基本法\n\n序")


def test_annex_entries_of_a_toc_the_cleaner_kept_open_no_annex(laosheng):
    """The tester's cuts: the TOC's entries do not all come again (香港基本法: 2 articles kept), or only
    some annexes do (刑法: only 附件一's head): the entries are no annexes all the same."""
    hk = laosheng["documents:hk_basic_law_head.txt"]
    assert _shape(hk) == [("main", "中华人民共和国香港特别行政区基本法", None, 2)]
    xingfa = laosheng["documents:xingfa_toc_annex_cut.md"]
    assert [(d["role"], d["title"], d["num_articles"]) for d in xingfa] == [
        ("main", "中华人民共和国刑法", 2), ("attachment", "附件一", 0)]


def test_an_annex_entry_that_does_not_come_again_stays():
    """All or none: an annex the text never opens is no proven TOC entry (刑法's 目录 tail, shortened)."""
    text = ("目录\n第一编　总则\n附则\n附件一\n附件二\n\n第一编　总则\n第一条　为了惩罚犯罪，制定本法。\n附则\n"
            "第二条　本法自1997年10月1日起施行。\n附件一\n下列条例予以废止：\n1．某条例\n")
    cleaned, edits, _ = drop_table_of_contents(text)
    assert len(edits) == 1 and cleaned.startswith("附件一\n附件二\n\n第一编")


def test_a_law_and_its_real_annexes_split_as_before():
    """The end of 刑法 (zitzhen/Chinese-law 中华人民共和国刑法.pdf, shortened; tests/test_structure_field7.py): the
    annexes after the last article are annexes; with articles from 第一条 the law is their main document."""
    tail = ("第四百五十二条　本法自1997年10月1日起施行。\n附件一\n全国人民代表大会常务委员会制定的下列条例，予以废止：\n"
            "1．中华人民共和国惩治军人违反职责罪暂行条例\n2．关于严惩严重破坏经济的罪犯的决定\n"
            "附件二\n全国人民代表大会常务委员会制定的下列补充规定和决定予以保留：\n1．关于禁毒的决定\n2．关于严禁卖淫嫖娼的决定\n")
    law = "中华人民共和国刑法\n第一编　总则\n第一条　为了惩罚犯罪，制定本法。\n第二条　刑法的任务。\n" + tail
    assert [(s.role, s.attachment_no) for s in split_documents(law)] == [("main", None), ("attachment", 1), ("attachment", 2)]
    assert [s.role for s in split_documents("中华人民共和国刑法\n" + tail)] == ["notice", "attachment", "attachment"]


@pytest.mark.parametrize("text", [
    # a notice that cites articles is no body of articles
    "关于印发某办法的通知\n现将《某办法》印发给你们。\n第三条所称单位，见附件。\n",
    # a decision amending a law lists the articles it changes, not from 第一条
    "关于修改某法的决定\n一、将第三条修改为：“甲。”\n第五条修改为：“乙。”\n第七条删去。\n",
])
def test_a_notice_or_a_decision_holds_no_articles(text):
    assert not holds_articles(text, 0, len(text))


def test_a_notice_with_an_attachment_list_and_attachments_is_still_a_notice():
    """The shape of gov.cn notices (shared/real/govcn): the notice, its list, the attachments."""
    page = ("关于印发某某办法的通知\n各区人民政府：\n现将《某某办法》印发给你们，请认真贯彻执行。\n附件：1．某某办法\n2．某某表\n"
            "某市人民政府\n2020年1月1日\n附件1\n某某办法\n第一条　为了规范管理，制定本办法。\n第二条　本办法自公布之日起施行。\n"
            "附件2\n某某表\n序号\t名称\n")
    assert [(s.role, s.attachment_no) for s in split_documents(page)] == [("notice", None), ("attachment", 1), ("attachment", 2)]


def test_an_annex_titled_on_the_line_under_its_marker_is_an_annex():
    """An annex opening with its own title and then its chapters stays an annex after a law's last heading."""
    page = ("某某条例\n第一章　总则\n第一条　为了甲，制定本条例。\n第二章　附则\n第二条　本条例自公布之日起施行。\n"
            "附件\n某某实施细则\n第一章　总则\n第一条　乙。\n")
    assert [s.role for s in split_documents(page)] == ["main", "attachment"]


# F8B-L3: a 目录 whose chapter entries list their sections in brackets -------------------------------

def test_a_toc_listing_sections_in_tabbed_brackets_goes(laosheng):
    documents = laosheng["documents:minfadian_toc_and_headings.md"]
    assert _shape(documents) == [("main", "中华人民共和国民法典", None, 2)]
    text = documents[0]["text"]
    assert "目录" not in text and "\t" not in text and "（第一节" not in text
    assert "第二章　自然人\n" in text  # the real heading stays


def test_the_constitutions_toc_between_blank_lines_goes(laosheng):
    documents = laosheng["documents:xianfa_2018.md"]
    assert _shape(documents) == [("main", "中华人民共和国宪法", None, 143)]
    assert "目" not in documents[0]["text"].split("序")[0]


def test_only_the_toc_rule_may_drop_whole_table_rows():
    """The guard lets the table of contents rule drop whole lines with tabs (its entries, each a heading the
    text repeats); any other rule, or a TOC edit cutting inside a row, is refused as before."""
    text = ("目录\n第二章　自然人  （第一节　民事权利能力和民事行为能力\t第二节　监护）\n"
            "第三章　法人  （第一节　一般规定\t第二节　营利法人）\n\n第二章　自然人\n")
    end = text.index("\n\n") + 2
    whole = Edit("table_of_contents", 0, end, text[:end], "", "{}")
    assert table_row_guard("table_of_contents", text, [whole], whole_rows_may_go=True)[0] == [whole]
    assert table_row_guard("site_furniture", text, [whole])[0] == []
    tab = text.index("\t") + 1
    inside = Edit("table_of_contents", 3, tab, text[3:tab], "", "{}")  # part of a row, its tab with it
    assert table_row_guard("table_of_contents", text, [inside], whole_rows_may_go=True)[0] == []


@pytest.mark.parametrize("name", ["macau_basic_law_flk.txt", "xingfa_head_and_annexes.md"])
def test_the_body_after_a_toc_is_byte_identical(name):
    """What follows the dropped 目录 is the page's text unchanged, annex entries aside (no other edit)."""
    from corpus_tools.ingest import ingest_bytes
    page = ingest_bytes((REAL / "field8b_toc" / name).read_bytes(), name)
    result = clean_and_explain(page.text, rules=["table_of_contents"])
    (edit,) = result.edits
    assert page.text[:edit.start] + page.text[edit.end:] == result.text
    assert edit.before.lstrip().startswith("目") and "第一条" not in edit.before


# F8-P2 / F8-P7: a head of titles and site fields above an order or a law is no notice ---------------

@pytest.fixture(scope="module")
def orders(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field8_order", tmp_path_factory.mktemp("field8_order"))


def test_an_order_under_a_mirrors_title_lines_is_one_document_with_its_regulation(orders):
    """law604 (法律资料网): the order promulgating the 条例 is its preamble; the 条例 is no attachment titled with
    the order's number, and the order's number and date describe it."""
    (doc,) = orders["documents:law604_gwy_jgsz.txt"]
    assert (doc["role"], doc["title"], doc["num_articles"]) == ("main", "国务院行政机构设置和编制管理条例", 6)
    assert (doc["doc_number"], doc["issuer"], doc["published"], doc["effective"]) == (
        "国务院令第227号", "国务院", "1997-08-03", "1997-08-03")


def test_an_aggregators_head_above_a_law_is_no_notice(orders):
    (doc,) = orders["documents:ruilaw_1673165061139972.txt"]
    assert (doc["role"], doc["title"], doc["num_articles"], doc["adopted"]) == ("main", "山南市立法条例", 3, "2018-12-31")


def test_an_order_that_states_its_promulgation_heads_the_regulation_as_before(orders):
    """gov.cn 国令第707号: the order is a notice, the 实施条例 the text it issues (negative case)."""
    documents = orders["documents:govcn_033_content_5351177.html"]
    assert [(d["role"], d["title"]) for d in documents] == [
        ("notice", "中华人民共和国国务院令第707号"), ("attachment", "中华人民共和国个人所得税法实施条例")]
    assert documents[1]["num_articles"] == 36


def test_a_news_item_quoting_an_order_still_splits_before_it():
    """A page that reports (sentences) and then prints the order and the law it promulgates."""
    page = ("新华社北京12月22日电　国务院总理李克强日前签署国务院令，公布修订后的某某条例。\n"
            "中华人民共和国国务院令\n第707号\n现公布修订后的《某某条例》，自2019年1月1日起施行。\n总理　李克强\n2018年12月18日\n"
            "某某条例\n第一条　为了甲，制定本条例。\n第二条　本条例自2019年1月1日起施行。\n")
    assert [s.role for s in split_documents(page)] == ["notice", "attachment", "attachment"]


# F8B-R3: a red-header PDF: header, 文号 and title on one line; the 解读 after the notice ----------

@pytest.fixture(scope="module")
def redhead(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field8b_redhead", tmp_path_factory.mktemp("field8b_redhead"))


def test_a_red_header_glued_to_its_number_and_title_is_read_apart(redhead):
    notice = redhead["documents:dongguan_gjjw_2020_2.pdf"][0]
    assert (notice["title"], notice["doc_number"], notice["issuer"]) == (
        "关于调整部分住房公积金贷款和提取规定的通知", "东公积金委〔2020〕2号", "东莞市住房公积金管理委员会")


def test_an_interpretation_after_the_notice_is_a_document_of_its_own(redhead):
    documents = redhead["documents:dongguan_gjjw_2020_2.pdf"]
    assert [(d["role"], d["title"], d["doc_type"]) for d in documents] == [
        ("notice", "关于调整部分住房公积金贷款和提取规定的通知", "notice"),
        ("attachment", "关于调整部分住房公积金贷款提取规定的解读", "drafting_explanation")]
    assert documents[0]["text"].rstrip().endswith("三、停止受理物业管理费提取。")
    assert documents[1]["parent_id"] == documents[0]["doc_id"]


@pytest.mark.parametrize("text", [
    # a sentence wrapped before the 解读 it names: the line above ends no sentence
    "关于印发某办法的通知\n现将《某办法》及\n关于某办法的解读\n印发给你们，请认真贯彻执行。\n某局\n2020年1月1日\n",
    # a 解读 page opens with its own title: nothing to cut
    "关于调整某规定的解读\n一、关于调整额度\n资金压力加大。\n二、关于停止受理\n为落实审计整改要求。\n",
    # a sentence that names a 解读 is no title
    "某通知\n请认真学习。\n关于某规定的解读，请见附件。\n特此通知。\n",
])
def test_a_named_interpretation_cuts_nothing(text):
    assert len(split_documents(text)) == 1


def test_a_letterhead_on_its_own_line_reads_as_before():
    """pbc.gov.cn's letterheads (tests/test_structure_field7.py): the header line, the 文号 line, the title."""
    from corpus_tools.structure.documents import find_doc_number, find_title, letterhead_organs
    text = "中国人民银行文件\n银发〔2006〕71号\n中国人民银行关于某事的通知\n各分行：\n"
    assert find_title(text)[0] == "中国人民银行关于某事的通知"
    assert find_doc_number(text, find_title(text)[1]) == "银发〔2006〕71号"
    assert letterhead_organs(text) == ["中国人民银行"]


def test_decisions_after_the_annexes_are_cut_one_by_one_with_their_whole_titles(laosheng):
    """澳门基本法 (flk.npc txt): the NPCSC decisions printed after 附件三, each a title over three lines
    (``全国人民代表大会常务委员会关于⏎增加《…基本法》⏎附件三所列全国性法律的决定``) and its record; only the first was
    cut, at its last title line (title ``附件三所列全国性法律的决定``)."""
    documents = laosheng["documents:macau_basic_law_flk.txt"]
    decision = "全国人民代表大会常务委员会关于增加《中华人民共和国澳门特别行政区基本法》附件三所列全国性法律的决定"
    assert [(d["title"], d["adopted"] or d["approved"]) for d in documents[4:]] == [
        (decision, "1999-12-20"), (decision, "2005-10-27"),
        ("中华人民共和国澳门特别行政区基本法附件一澳门特别行政区行政长官的产生办法修正案", "2012-06-30"),
        (decision, "2017-11-04")]
    assert documents[3]["text"].rstrip().endswith("澳门特别行政区区徽图案")  # 附件三 keeps nothing of the decision's title
    for d in documents[4:]:
        assert d["text"].startswith(d["title"][:8])
