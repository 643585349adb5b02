"""Structure failures the field tests of session 7 showed on real pages (/work/notes/field7.md,
field7b.md), each with the real page or the real lines that showed it, and pages that must not change.

Sources: tests/real_pages/field8/SOURCE.md and the SOURCE.md of the other folders named below.
"""

from __future__ import annotations

import pytest

from corpus_tools.structure.tree import outline
from tests.real_build import REAL, build_real_pages


@pytest.fixture(scope="module")
def field8(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field8", tmp_path_factory.mktemp("field8"))


# F7B-P3: ``??? 第一條``, the indentation a crawler wrote as question marks ----------------------------

@pytest.mark.parametrize("name, second", [
    ("shkps_70653.txt", "本条例所称娱乐场所"),
    ("dh635_633777_body.txt", "本办法适用于"),
])
def test_an_article_behind_lost_indentation_is_read(field8, name, second):
    articles = field8["articles:" + name]
    assert [a["label"] for a in articles[:2]] == ["第一条", "第二条"]
    assert articles[0]["text"].startswith("为")
    assert articles[1]["text"].startswith(second)


@pytest.mark.parametrize("indent", ["???", "？？？", "?", "\ufffd\ufffd", "??\u3000"])
def test_any_run_of_question_marks_before_a_label_is_indentation(indent):
    text = f"某条例\n第一章 总则\n{indent} 第一条 为了甲，制定本条例。\n第二条 乙。\n"
    assert [e.label for e in outline(text).events] == ["第一章", "第一条", "第二条"]


def test_question_marks_before_other_text_or_a_mid_line_label_open_nothing():
    text = ("某条例\n第一条 为了甲，制定本条例。\n？。（一）反对宪法确定的基本原则的；\n"
            "是否适用？第二条规定的程序。\n第二条 乙。\n")
    assert [e.label for e in outline(text).events] == ["第一条", "第二条"]


# F7-S10: the Hong Kong gazette's ``[ 第 2 條 ]`` and its bilingual page headers ------------------------

GAZETTE = REAL / "hkgazette" / "cs220202449139_excerpt.txt"


def test_a_schedules_bracketed_authority_and_the_page_headers_are_no_articles():
    """L.N. 139 of 2020 (tests/real_pages/hkgazette): ``附表 4⏎[ 第 2 條 ]⏎關於移除…的細則`` cites rule 2
    (the English page's ``[r. 2]``); ``附表 4——第 1 部⏎第 1 條⏎Schedule 4—Part 1⏎Section 1`` heads a page.
    Its provisions are ``1. 釋義``, ``2. …``: no 第N條 of this text is an article."""
    text = GAZETTE.read_text(encoding="utf-8")
    assert "\n[ 第 2 條 ]\n" in text and "\n第 1 條\nSchedule 4—Part 1" in text
    assert [e for e in outline(text).events if e.type == "article"] == []


@pytest.mark.parametrize("text, labels", [
    ("某条例\n[第一条]为了甲，制定本条例。\n[第二条]本条例自公布之日起施行。\n", ["第一条", "第二条"]),
    ("某条例\n【第一条】\n为了甲，制定本条例。\n【第二条】\n本条例自公布之日起施行。\n", ["第一条", "第二条"]),
    ("某条例\n第一条\n为了甲，制定本条例。\n第二条\nSection 2 of the Ordinance applies.\n", ["第一条", "第二条"]),
])
def test_bracketed_labels_with_their_body_and_labels_over_other_english_stay_articles(text, labels):
    assert [e.label for e in outline(text).events if e.type == "article"] == labels


# F7B-P8: a notice that puts a draft out for comment, the draft under its signature --------------------

@pytest.mark.parametrize("name, draft", [
    ("xmrd_46.txt", "厦门经济特区社会信用条例"),
    ("shenyang_4342086.txt", "沈阳市社会信用条例（草案）"),
])
def test_a_notice_for_comment_and_the_draft_under_its_signature_are_two_documents(field8, name, draft):
    documents = field8["documents:" + name]
    assert [d["role"] for d in documents] == ["notice", "attachment"]
    assert documents[1]["title"] == draft
    assert documents[1]["status"] == "draft_for_comment"
    assert documents[1]["text"].lstrip().startswith(draft[:8])


def test_a_notice_for_comment_signed_without_a_text_under_it_stays_whole():
    from corpus_tools.structure.documents import split_documents
    notice = ("关于某某事项公开征求意见的公告\n现将有关事项向社会公开征求意见，请于11月23日前反馈。\n"
              "某某市人大常委会办公厅\n2018年11月12日\n联系电话：0592-1234567\n")
    assert [s.role for s in split_documents(notice)] == ["main"]


# F7-T2: captions above articles; F7-T6: supplementary provisions numbered anew --------------------------

@pytest.fixture(scope="module")
def teetrition(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field8", tmp_path_factory.mktemp("teetrition"), ("laws_S47.17.html", "laws_H25.86.html"))


def _provisions(text: str) -> list[tuple]:
    from corpus_tools.structure.articles import outline_rows
    from corpus_tools.structure.tree import outline as plan
    o = plan(text)
    articles: list[tuple] = []
    provisions: list[tuple] = []
    outline_rows(text, o.events, o.toc, "d", "f", articles, provisions)
    return provisions


def test_a_caption_above_an_article_is_its_heading_not_the_end_of_the_article_above(teetrition):
    law = teetrition["documents:laws_S47.17.html"][0]
    articles = [a for a in teetrition["articles:laws_S47.17.html"] if a["doc_id"] == law["doc_id"]]
    assert [a["label"] for a in articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert all("（" not in a["text"].split("\n")[-1][:1] for a in articles)  # no caption closes an article
    assert articles[0]["text"].endswith("用于对人的生命、身体或财产施加危害的物。")
    assert articles[2]["text"].endswith("该物即成为燃烧瓶的，同前项规定。")
    rows = [r for r in _provisions(law["text"]) if r[6] == "article"]
    assert [r[10] for r in rows] == ["定义", "燃烧瓶的使用", "燃烧瓶的制造、持有等", "国外犯"]
    assert rows[1][11].startswith("（燃烧瓶的使用）\n第二条")


def test_supplementary_provisions_numbered_anew_are_documents_of_the_law(teetrition):
    documents = teetrition["documents:laws_S47.17.html"]
    assert [(d["role"], d["title"]) for d in documents] == [
        ("main", "有关处罚燃烧瓶的使用等的法律"),
        ("attachment", "附则（平成十三年十一月十六日法律第一百二十一号）抄"),
        ("attachment", "附则（平成十七年五月二十日法律第四十四号）抄"),
        ("attachment", "附则（平成十九年五月十一日法律第三十八号）抄"),
    ]
    assert all(d["parent_id"] == documents[0]["doc_id"] for d in documents[1:])
    assert "附　则\n本法自公布之日起起算经过二十日后施行。" in documents[0]["text"]  # the law's own 附则 stays
    by_doc = {}
    for a in teetrition["articles:laws_S47.17.html"]:
        by_doc.setdefault(a["doc_id"], []).append(a["label"])
    assert [by_doc.get(d["doc_id"], []) for d in documents] == [
        ["第一条", "第二条", "第三条", "第四条"], ["第一条", "第二条"], ["第一条"], ["第一条"]]
    h25 = teetrition["documents:laws_H25.86.html"]
    assert [(d["role"], d["title"]) for d in h25] == [("main", "有关处罚因驾驶机动车而致人死伤行为等的法律"), ("attachment", "附则抄"),
                                                     ("attachment", "附则（令和二年六月十二日法律第四十七号）")]


def test_one_bracketed_line_above_one_article_is_no_caption():
    text = "某某条例\n（草案）\n第一条　为了甲，制定本条例。\n第二条　本条例自公布之日起施行。\n"
    assert [e.heading for e in outline(text).events] == [None, None]


# Z-10: an unnumbered 附则 heading between running articles -------------------------------------------

def test_the_unnumbered_supplementary_heading_of_the_criminal_law_is_a_part():
    text = (REAL / "field8" / "xingfa_pdf_tail.txt").read_text(encoding="utf-8")
    rows = _provisions(text)
    articles = {r[9]: r for r in rows if r[6] == "article"}
    assert not articles["第四百五十一条"][11].endswith("附则")
    assert [(r[6], r[9], r[10]) for r in rows if r[6] != "article"][-1] == ("part", "", "附则")
    assert articles["第四百五十二条"][3] == "part_suppl"


def test_the_unnumbered_last_chapter_of_a_clean_law_holds_its_articles(tmp_path):
    name = "郑州市燃气管理条例(2022-01-01).md"
    built = build_real_pages("field8", tmp_path, (name,))
    articles = {a["label"]: a for a in built["articles:" + name]}
    assert len(articles) == 53
    assert articles["第五十条"]["text"].endswith("依法追究刑事责任。")
    assert [(articles[k]["chapter_no"], articles[k]["chapter_title"]) for k in ("第五十一条", "第五十三条")] == [
        (None, "附则"), (None, "附则")]


def test_a_supplementary_heading_where_numbering_restarts_or_without_articles_around_is_no_division():
    restart = "第一章 总则\n第一条 甲。\n第二条 乙。\n附则\n第一条 丙。\n"
    assert [e.type for e in outline(restart).events] == ["chapter", "article", "article", "article"]
    prose = "第一章 总则\n第一条 甲。\n第二条 乙：\n附则\n本条例自公布之日起施行。\n"
    assert [e.type for e in outline(prose).events] == ["chapter", "article", "article"]


# F7-S7: the booklet's 文件N parts; titles wrapped over annex markers ------------------------------------

def test_the_parts_of_a_compilation_are_documents_with_their_whole_titles(tmp_path):
    built = build_real_pages("field8", tmp_path, ("basiclaw_booklet_gb_parts.txt",))
    documents = built["documents:basiclaw_booklet_gb_parts.txt"]
    assert [(d["role"], d["title"]) for d in documents] == [
        ("attachment", "香港特别行政区行政长官的产生办法"),
        ("main", "全国人民代表大会常务委员会关于批准《中华人民共和国香港特别行政区基本法附件一香港特别行政区行政长官的产生办法修正案》的决定"),
        ("main", "中华人民共和国香港特别行政区基本法附件一香港特别行政区行政长官的产生办法修正案"),
        ("main", "香港特别行政区立法会的产生办法和表决程序"),
        ("main", "全国人民代表大会常务委员会公告"),
        ("main", "中华人民共和国香港特别行政区基本法附件二香港特别行政区立法会的产生办法和表决程序修正案"),
        ("main", "在香港特别行政区实施的全国性法律"),
        ("main", "全国人民代表大会常务委员会关于《中华人民共和国香港特别行政区基本法》附件三所列全国性法律增减的决定"),
        ("main", "全国人民代表大会常务委员会关于增加《中华人民共和国香港特别行政区基本法》附件三所列全国性法律的决定"),
    ]
    assert [d["text"].split("\n")[0] for d in documents[1:3]] == ["文件一", "文件二"]


def test_part_headings_cut_only_when_they_number_a_compilation():
    from corpus_tools.structure.documents import split_documents
    cited = "关于某事的通知\n各单位：\n请按文件一、文件二执行。\n文件一\n某某办法\n第一条 甲。\n"
    assert [s.role for s in split_documents(cited)] == ["main"]


@pytest.mark.parametrize("line", ["附件三所列全国性法律增减的决定", "附件一所附名单的说明"])
def test_a_line_that_cites_an_annex_is_no_marker(line):
    from corpus_tools.structure.documents import split_documents
    text = f"全国人民代表大会常务委员会关于\n《某某法》\n{line}\n（1997年7月1日通过）\n一、在附件中增加。\n二、删去。\n"
    assert [s.role for s in split_documents(text)] == ["main"]


def test_a_notice_with_a_real_annex_after_its_signature_still_cuts():
    from corpus_tools.structure.documents import split_documents
    text = ("关于印发某某办法的通知\n各单位：\n现将办法印发给你们。\n某某局\n2020年1月1日\n"
            "附件1\n某某办法\n第一条 为了甲，制定本办法。\n第二条 本办法自公布之日起施行。\n")
    assert [s.role for s in split_documents(text)] == ["notice", "attachment"]


def test_a_title_with_a_footnote_mark_is_the_whole_title():
    from corpus_tools.structure.documents import find_title
    # the booklet's Basic Law (basiclaw_full_text_gb.pdf): 中华人民共和国 ⏎ 香港特别行政区基本法*
    text = "中华人民共和国\n香港特别行政区基本法*\n(1990年4月4日第七届全国人民代表大会\n第三次会议通过）\n序言\n"
    assert find_title(text)[0] == "中华人民共和国香港特别行政区基本法"


def test_a_caption_above_an_article_fills_the_articles_heading(teetrition):
    """struct8's leftover: the caption was the provision's heading only; the article row now starts at the
    caption and carries it as ``heading`` (the validator reads the caption's brackets before the label)."""
    from corpus_tools.validation.texts import article_matches_span
    law = teetrition["documents:laws_S47.17.html"][0]
    articles = [a for a in teetrition["articles:laws_S47.17.html"] if a["doc_id"] == law["doc_id"]]
    assert [a["heading"] for a in articles] == ["定义", "燃烧瓶的使用", "燃烧瓶的制造、持有等", "国外犯"]
    for a in articles:
        assert law["text"][a["start"]:].startswith("（" + a["heading"] + "）")
        assert article_matches_span(law["text"], a["start"], a["end"], a["text"], a["label"], a["heading"])


def test_lost_indentation_before_a_label_still_starts_the_article_at_its_label():
    from corpus_tools.structure.tree import outline
    from corpus_tools.structure.articles import outline_rows
    text = "某条例\n??? 第一条 为了甲，制定本条例。\n??? 第二条 乙。\n"
    o = outline(text)
    articles: list[tuple] = []
    outline_rows(text, o.events, o.toc, "d", "f", articles, [])
    assert [(a[5], a[6], text[a[-3]:a[-3] + 3]) for a in articles] == [("第一条", None, "第一条"), ("第二条", None, "第二条")]
