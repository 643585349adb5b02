"""Structure and metadata failures real pages showed in the field tests of session 6
(/work/notes/field6.md, field6b.md), each with the real page or the real lines that showed it,
and pages that must not change.

Sources: tests/real_pages/*/SOURCE.md; the header excerpts below are the cleaned text of
zitzhen/Chinese-law's PDFs of flk.npc.gov.cn (field6b source 1), copied as the build reads them.
"""

from __future__ import annotations

import pytest

from corpus_tools.structure.metadata import adoption_dates, order_or_court
from tests.real_build import build_real_pages


#: 中华人民共和国刑法.pdf: the list of amendments, wrapped by the PDF inside the last title
#: (``…《中华人民共和国刑法修正案⏎（十二）》修正）①``).
XINGFA_HEADER = '中华人民共和国刑法\n（1979年7月1日第五届全国人民代表大会第二次会议通过 1997年3月14日第八届全国人民代表大会第五次会议修订 根据1998年12月29日第九届全国人民代表大会常务委员会第六次会议通过的《全国人民代表大会常务委员会关于惩治骗购外汇、逃汇和非法买卖外汇犯罪的决定》、1999年12月25日第九届全国人民代表大会常务委员会第十三次会议通过的《中华人民共和国刑法修正案》、2001年8月31日第九届全国人民代表大会常务委员会第二十三次会议通过的《中华人民共和国刑法修正案（二）》、2001年12月29日第九届全国人民代表大会常务委员会第二十五次会议通过的《中华人民共和国刑法修正案（三）》、2002年12月28日第九届全国人民代表大会常务委员会第三十一次会议通过的《中华人民共和国刑法修正案（四）》、2005年2月28日第十届全国人民代表大会常务委员会第十四次会议通过的《中华人民共和国刑法修正案（五）》、2006年6月29日第十届全国人民代表大会常务委员会第二十二次会议通过的《中华人民共和国刑法修正案（六）》、2009年2月28日第十一届全国人民代表大会常务委员会第七次会议通过的《中华人民共和国刑法修正案（七）》、2009年8月27日第十一届全国人民代表大会常务委员会第十次会议通过的《全国人民代表大会常务委员会关于修改部分法律的决定》、2011年2月25日第十一届全国人民代表大会常务委员会第十九次会议通过的《中华人民共和国刑法修正案（八）》、2015年8月29日第十二届全国人民代表大会常务委员会第十六次会议通过的《中华人民共和国刑法修正案（九）》、2017年11月4日第十二届全国人民代表大会常务委员会第三十次会议通过的《中华人民共和国刑法修正案（十）》、\n2020年12月26日第十三届全国人民代表大会常务委员会第二十四次会议通过的《中华人民共和国刑法修正案（十一）》和2023年12月29日第十四届全国人民代表大会常务委员会第七次会议通过的《中华人民共和国刑法修正案\n（十二）》修正）①'
#: 中华人民共和国国徽法.pdf: the date of the second amendment wrapped (``根据2020年10月⏎17日``).
GUOHUIFA_HEADER = '中华人民共和国国徽法\n(1991年3月2日第七届全国人民代表大会常务委员会第十八次会议通过 根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正 根据2020年10月\n17日第十三届全国人民代表大会常务委员会第二十二次会议《关于修改<中华人民共和国国徽法>的决定》第二次修正）'



@pytest.fixture(scope="module")
def waystowork(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("waystowork", tmp_path_factory.mktemp("waystowork"))


# W-3: a ministry's order in the header ----------------------------------------------------------

@pytest.mark.parametrize("name, issuer, number", [
    ("中华人民共和国内河交通事故调查处理规定.md", "交通部", "交通部令2006年第12号"),
    ("城市房地产抵押管理办法.md", "建设部", "建设部令第56号"),
    ("城乡规划违法违纪行为处分办法.md", "监察部、人力资源社会保障部、住房城乡建设部",
     "监察部、人力资源社会保障部、住房城乡建设部令第29号"),
])
def test_a_ministrys_order_in_the_header_gives_issuer_and_number(waystowork, name, issuer, number):
    (doc,) = waystowork["documents:" + name]
    assert (doc["issuer"], doc["doc_number"]) == (issuer, number)


@pytest.mark.parametrize("name, issuer, number", [
    ("中华人民共和国野生植物保护条例.md", "国务院", "国务院令第204号"),
])
def test_a_state_council_order_is_read_as_before(waystowork, name, issuer, number):
    (doc,) = waystowork["documents:" + name]
    assert (doc["issuer"], doc["doc_number"]) == (issuer, number)


def test_an_amending_order_or_a_ministry_without_order_is_no_issuer():
    assert order_or_court("根据2015年4月2日国家安全生产监督管理总局令第77号修正") is None
    assert order_or_court("2016年1月18日住房城乡建设部《关于修改部分规章的决定》修正") is None


# P1-7 / Z-5 / Z-6: the amended date is the latest amendment -------------------------------------

def test_the_last_amendment_wrapped_inside_its_title_dates_the_law():
    assert adoption_dates(XINGFA_HEADER)["amended"] == "2023-12-29"
    assert adoption_dates(XINGFA_HEADER)["adopted"] == "1979-07-01"


def test_the_last_amendment_with_its_date_wrapped_dates_the_law():
    dates = adoption_dates(GUOHUIFA_HEADER)
    assert (dates["adopted"], dates["amended"]) == ("1991-03-02", "2020-10-17")


def test_amendments_in_one_line_and_clauses_glued():
    glued = ("（1990年6月28日第七届全国人民代表大会常务委员会第十四次会议通过 根据2009年8月27日第十一届全国人民代表大会"
             "常务委员会第十次会议《关于修改部分法律的决定》第一次修正根据2020年10月17日第十三届全国人民代表大会常务委员会"
             "第二十二次会议《关于修改〈中华人民共和国国旗法〉的决定》第二次修正）")
    assert adoption_dates(glued)["amended"] == "2020-10-17"
    # the list shape of 宪法: 根据A、B…和C通过的《…修正案》修正
    listed = ("（1982年12月4日第五届全国人民代表大会第五次会议通过　1982年12月4日全国人民代表大会公告公布施行　"
              "根据1988年4月12日第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》、1993年3月29日"
              "第八届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》和2018年3月11日第十三届全国人民代表大会"
              "第一次会议通过的《中华人民共和国宪法修正案》修正）")
    assert adoption_dates(listed)["amended"] == "2018-03-11"


def test_an_adoption_record_without_amendment_keeps_no_amended_date():
    dates = adoption_dates("（2003年12月27日第十届全国人民代表大会⏎常务委员会第六次会议通过）".replace("⏎", "\n"))
    assert (dates["adopted"], dates["amended"]) == ("2003-12-27", None)


# P1-9 / Z-4: end matter and footnotes under the last article ------------------------------------

@pytest.fixture(scope="module")
def pbc(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("pbc", tmp_path_factory.mktemp("pbc"))


@pytest.mark.parametrize("name, label, last_line", [
    ("tiaofasi_departmental_rule_000058_000.txt", "第五十条", "本办法自2009年5月4日起施行。"),
    ("tiaofasi_departmental_rule_000081_000.txt", "第四十一条", "本办法自发布之日起施行。"),
    ("tiaofasi_normative_document_000106_000.txt", "第十七条", "应当于2019年底前完成整改。"),
    ("tiaofasi_normative_document_000180_000.txt", "第五十条", "本规范自 2018 年 4 月 1 日起实施。"),
])
def test_a_documents_end_matter_is_no_part_of_its_last_article(pbc, name, label, last_line):
    article = [a for a in pbc["articles:" + name] if a["label"] == label][-1]
    assert article["text"].endswith(last_line)
    for word in ("主题词", "抄送：", "内部发送", "日印发"):
        assert word not in article["text"].split("\n")[-1]
    (document,) = [d for d in pbc["documents:" + name] if d["doc_id"] == article["doc_id"]]
    assert "内部发送：" in document["text"][article["end"]:]  # the end matter stays in the document


def test_a_notices_closing_and_articles_before_it_are_as_before(pbc):
    """000153: an order's rules whose last article is followed by nothing of the kind: unchanged."""
    articles = pbc["articles:tiaofasi_normative_document_000153_000.txt"]
    assert articles[-1]["text"].startswith("本办法") and articles[-1]["text"].endswith("。")


def test_a_footnote_the_header_calls_is_no_part_of_the_last_article():
    from corpus_tools.structure.tree import after_articles, outline
    text = (XINGFA_HEADER + "\n第一条\n【立法宗旨】为了惩罚犯罪，保护人民，根据宪法，制定本法。\n附则\n第四百五十二条\n"
            "【施行日期】本法自1997年10月1日起施行。\n①刑法、历次刑法修正案、涉及修改刑法的决定的施行日期，分别依据各法律所规定的施行日期确定。\n")
    plan = outline(text)
    assert text[after_articles(text, plan.events, plan.toc):].startswith("①刑法、历次刑法修正案")


def test_circled_items_of_the_last_article_stay_in_it():
    """A circled number the header does not call is an item (DLC: 浙江省 regulations list ①②③)."""
    from corpus_tools.structure.tree import after_articles, outline
    text = "某某条例\n（2019年1月1日通过）\n第一条 甲。\n第二条 下列情形：\n①乙；\n②丙。\n"
    plan = outline(text)
    assert after_articles(text, plan.events, plan.toc) is None


# P1-8: a chapter heading glued before an article ---------------------------------------------

def test_a_chapter_heading_with_the_next_article_on_its_line_opens_the_chapter(pbc):
    articles = {a["label"]: a for a in pbc["articles:tiaofasi_normative_document_000309_000.txt"]}
    assert (articles["第十一条"]["chapter_no"], articles["第十一条"]["chapter_title"]) == (2, "奖励标准")
    assert not articles["第十一条"]["text"].rstrip().endswith("申请、审批与拨付")
    for label in ("第十二条", "第二十条"):
        assert (articles[label]["chapter_no"], articles[label]["chapter_title"]) == (3, "申请、审批与拨付")
    assert articles["第十二条"]["text"].startswith("反假人民币奖励实行一案一批")


def test_a_sentence_that_starts_with_a_chapter_and_cites_an_article_is_no_heading():
    from corpus_tools.structure.tree import outline
    text = "第一条 甲。\n第二条 乙。\n第三章规定的事项，依照第三条办理。\n第三条 丙。\n"
    events = [(e.type, e.num) for e in outline(text).events]
    assert events == [("article", 1), ("article", 2), ("article", 3)]


# P1-3: attachment markers glued to the end of the line above ------------------------------------

@pytest.fixture(scope="module")
def pbc_attachments(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("pbc_attachments", tmp_path_factory.mktemp("pbc_attachments"))


def test_a_notice_and_its_attachments_whose_markers_are_glued_to_the_line_above(pbc_attachments):
    pbc = pbc_attachments
    docs = pbc["documents:tiaofasi_normative_document_000146_000.txt"]
    assert [(d["role"], d["attachment_no"], d["title"]) for d in docs] == [
        ("notice", None, "中国人民银行关于修订《电子商业汇票系统管理办法》等四项制度的通知"),
        ("attachment", 1, "电子商业汇票系统管理办法"),
        ("attachment", 2, "电子商业汇票系统运行管理办法"),
        ("attachment", 3, "电子商业汇票系统数字证书管理办法"),
    ]
    assert [d["num_articles"] for d in docs] == [0, 53, 90, 27]
    for doc in docs[1:]:
        labels = [a["label"] for a in pbc["articles:tiaofasi_normative_document_000146_000.txt"] if a["doc_id"] == doc["doc_id"]]
        assert labels[0] == "第一条" and len(labels) == len(set(labels))
    # the notice keeps its list of attachments; the marker opens the attachment
    assert docs[0]["text"].rstrip().endswith("4. 电子商业汇票系统危机处置预案")
    assert docs[1]["text"].startswith("附件 1\n电子商业汇票系统管理办法\n第一章")


def test_a_pointer_to_an_attachment_at_a_line_end_cuts_nothing():
    from corpus_tools.structure.documents import split_documents
    text = ("某某局关于印发某某办法的通知\n各单位：\n现将有关事项通知如下，具体要求详见附件1\n某某办法\n"
            "第一条 为了规范管理，制定本办法。\n第二条 本办法自发布之日起施行。\n")
    assert [s.role for s in split_documents(text)] == ["main"]


# Z-3: a law with annexes; Z-8: a title inside book-title marks ------------------------------------

def test_a_law_followed_by_its_annexes_is_a_law_and_the_annexes_are_named():
    from corpus_tools.structure.documents import find_title, split_documents
    from corpus_tools.structure.metadata import classify_doc_type
    # the end of 刑法 (zitzhen/Chinese-law 中华人民共和国刑法.pdf, cleaned text), shortened to its last article
    text = (XINGFA_HEADER + "\n第四百五十二条\n【施行日期】本法自1997年10月1日起施行。\n"
            "列于本法附件一的全国人民代表大会常务委员会制定的条例、补充规定和决定，已纳入本法或者已不适用，自本法施行之日起，予以废止。\n"
            "附件一\n全国人民代表大会常务委员会制定的下列条例、补充规定和决定，已纳入本法或者已不适用，自本法施行之日起，予以废止：\n"
            "1．中华人民共和国惩治军人违反职责罪暂行条例\n2．关于严惩严重破坏经济的罪犯的决定\n"
            "附件二\n全国人民代表大会常务委员会制定的下列补充规定和决定予以保留：\n1．关于禁毒的决定\n2．关于严禁卖淫嫖娼的决定\n")
    segments = split_documents(text)
    assert [s.role for s in segments] == ["notice", "attachment", "attachment"]
    assert [find_title(text[s.start:s.end])[0] for s in segments] == ["中华人民共和国刑法", "附件一", "附件二"]
    assert classify_doc_type("中华人民共和国刑法", role="notice", has_articles=True, by_congress=True) == "regulation"


def test_a_notice_with_attachments_is_still_a_notice():
    from corpus_tools.structure.metadata import classify_doc_type
    assert classify_doc_type("中国人民银行关于修订《电子商业汇票系统管理办法》等四项制度的通知", role="notice") == "notice"
    assert classify_doc_type("某某条例", role="notice", has_articles=False) == "notice"


def test_an_attachment_without_a_number_gets_no_made_up_title():
    """gov.cn 046 (shared/real/govcn): ``附件：`` is never the title; the title under it opens with its year and
    wraps before its kind, and is read since session 11 (it was left untitled)."""
    from corpus_tools.structure.documents import find_title
    text = "附件：\n2008年北京奥运会首都国际机场\n协 调 委 员 会 组 建 方 案\n为做好工作，组建协调委。\n"
    assert find_title(text)[0] == "2008年北京奥运会首都国际机场协调委员会组建方案"
    assert find_title("附件：\n为做好工作，组建协调委。\n")[0] == ""


@pytest.mark.parametrize("line, title", [
    ("《中华人民共和国选举法》", "中华人民共和国选举法"),  # zitzhen/Chinese-law 中华人民共和国选举法.pdf, first line
    ("关于《某某办法》的通知", "关于《某某办法》的通知"),
    ("国务院关于印发《甲方案》和《乙方案》的通知", "国务院关于印发《甲方案》和《乙方案》的通知"),
])
def test_a_title_line_inside_book_title_marks_loses_the_marks_only(line, title):
    from corpus_tools.structure.documents import find_title
    assert find_title(line + "\n第一条 为了规范选举，制定本法。\n")[0] == title


def test_rows_from_the_outline_equal_the_trees_and_render_is_exact_with_end_matter(pbc):
    from corpus_tools.structure.articles import flatten_rows, outline_rows
    from corpus_tools.structure.tree import build_tree, outline, parse, render
    for name in ("tiaofasi_departmental_rule_000058_000.txt", "tiaofasi_normative_document_000180_000.txt"):
        for doc in pbc["documents:" + name]:
            text = doc["text"]
            plan = outline(text)
            tree_articles, tree_rows, rows_articles, rows = [], [], [], []
            flatten_rows(parse(text, deep=False), text, "d", "f", tree_articles, tree_rows)
            if plan.has_articles:
                outline_rows(text, plan.events, plan.toc, "d", "f", rows_articles, rows)
                assert (rows_articles, rows) == (tree_articles, tree_rows)
                assert rows[-1][6] == "closing" and "内部发送：" in rows[-1][11]
            assert render(build_tree(text)) == text


def test_the_printing_organ_above_the_printing_date_is_end_matter_too():
    """Fungwingwaa/cee P5/gdssthjxzcfzyclqgd.md (广东省生态环境行政处罚自由裁量权规定), its last lines as built."""
    from corpus_tools.structure.articles import outline_rows
    from corpus_tools.structure.tree import outline
    text = ("广东省生态环境行政处罚自由裁量权规定\n第二十四条 本规定由广东省生态环境厅负责解释。\n"
            "第二十五条 本规定自2022年1月1日起施行，有效期五年。\n\n广东省生态环境厅办公室\n\n2021年11月14日印发\n")
    plan = outline(text)
    articles, rows = [], []
    outline_rows(text, plan.events, plan.toc, "d", "f", articles, rows)
    assert articles[-1][3] == "本规定自2022年1月1日起施行，有效期五年。"
    assert rows[-1][6] == "closing" and rows[-1][11] == "广东省生态环境厅办公室\n\n2021年11月14日印发"


def test_a_signature_under_the_last_article_is_not_taken_for_end_matter():
    """pbc 000020: …本通知自2024年5月1日起实施。⏎中国人民银行⏎2024年2月21日 (no 印发): as before."""
    from corpus_tools.structure.tree import after_articles, outline
    text = "某某通知\n第十二条 本通知自2024年5月1日起实施。\n中国人民银行\n2024年2月21日\n"
    plan = outline(text)
    assert after_articles(text, plan.events, plan.toc) is None


# pbc.gov.cn orders: a number per year under the order's header, the signatory glued to the date ---

@pytest.mark.parametrize("name, order, rules, articles", [
    ("tiaofasi_departmental_rule_000058_000.txt", "中国人民银行令（2009）第1号", "银行间债券市场债券登记托管结算管理办法", 50),
    ("tiaofasi_departmental_rule_000081_000.txt", "中国人民银行令〔2000〕第2号", "全国银行间债券市场债券交易管理办法", 41),
])
def test_an_order_numbered_per_year_and_the_rules_it_promulgates(pbc, name, order, rules, articles):
    """000058: ``中国人民银行令`` ⏎ ``（2009）第 1 号`` ⏎ … ⏎ ``行长：周小川二〇〇九年三月二十六日`` ⏎ the rules:
    one untitled document before; 000081 (the signatory on its own line) was split but untitled."""
    docs = pbc["documents:" + name]
    assert [(d["role"], d["title"], d["num_articles"]) for d in docs] == [
        ("notice", order, 0), ("attachment", rules, articles)]
    assert docs[1]["issuer"] == "中国人民银行"
