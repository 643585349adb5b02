"""fieldfix30 (session 30, field test 30): the families behind the field test's findings.

F30-A1: identifiers a text cites (UUIDs, digests, credit codes, numbered codes) are never a spam
brand and are never cut (:mod:`corpus_tools.clean.identifiers`).  Members: the field test's two
(a labelled UUID deleted whole, a UUID cut after ``-3``), siblings written for this room (a GUID in
braces, a procurement number, a SHA-1, a UUID with no label) and two held-out siblings written
before the change and never tuned on (a certificate number, a snake-case record id).
"""

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.identifiers import in_identifier
from corpus_tools.clean.spam import remove_spam_anchors

REAL = Path(__file__).parent / "real_pages" / "fieldfix30"

IDENTIFIERS = [
    # development members (the field test's repro, /work/f30/repro/F30-A1*.{txt,md})
    ("uuid_labelled", "第三条 项目编号：ZB-2021-e3b7-0016，标段编号：a1b2c3d4-e5f6-7890-abcd-ef1234567890。"),
    ("uuid_cut", "第三条 本办法自发布之日起施行。附件编号：79890000-3e3b-0016-cf27-08dd56fd4756。"),
    ("credit_code", "第一条 当事人统一社会信用代码：91110000MA01ABCD2X，住所：北京市。"),
    ("sha256", "第二条 文件校验码：b6697cbbb913f5bb0a49342825596e41136c5638508a340232c3d8da0b5ec247。"),
    # siblings
    ("guid_braces", "第五条 系统记录标识为{3F2504E0-4F89-11D3-9A0C-0305E82C3301}，不得更改。"),
    ("procurement_no", "第六条 采购项目编号为BJJQ-2021-001，采购人为北京市财政局。"),
    ("sha1", "第七条 安装包的SHA1为da39a3ee5e6b4b0d3255bfef95601890afd80709，下载后应核对。"),
    ("uuid_plain", "第八条 本条目对应记录0f8fad5b-d9cb-469f-a165-70867728950e，供查询。"),
    ("uuid_in_sentence", "根据系统记录c9bf9e57-1685-4c89-bafb-ff5af830be8a显示，当事人已签收。"),
    ("tender_mixed", "第十四条 招标编号：SCZC-2021-kb88-0032，开标时间另行通知。"),
    # held-out siblings (written before the change, never tuned on)
    ("ho_cert_no", "第九条 产品认证证书编号：CQC2021010203ab，有效期五年。"),
    ("ho_snake_id", "第十条 数据库中该文件的记录为doc_2021_0315_ab12，由办公厅维护。"),
]


@pytest.mark.parametrize("name, text", IDENTIFIERS, ids=[n for n, _ in IDENTIFIERS])
def test_an_identifier_the_text_cites_comes_out_byte_identical(name: str, text: str) -> None:
    result = clean_and_explain(text)
    assert result.text == text, name
    assert not [e for e in result.edits if e.rule == "spam_anchor"], name


def test_the_real_skeleton_keeps_every_record_id_whole() -> None:
    page = (REAL / "lawverified_labor_contract_law.md").read_text(encoding="utf-8")
    ids = [line.split("条目 ID：`", 1)[1].split("`", 1)[0] for line in page.splitlines() if "条目 ID：`" in line]
    assert len(ids) >= 10
    result = clean_and_explain(page)
    assert not [e for e in result.edits if e.rule == "spam_anchor"]
    for uuid in ids:
        assert f"条目 ID：`{uuid}`" in result.text or f"条目 ID：{uuid}" in result.text, uuid


SPAM = [
    "第一条 为了建设智能制造万博体育APP官方网_万博体育manbetx3.0平台,支持发展。",
    "第二条 依法金彩汇娱乐_jch88管理，以「杏彩彩票官网」欺骗。",
    "第四条 依法提升tt88.com能力。",
]


@pytest.mark.parametrize("text", SPAM)
def test_a_brand_glued_into_the_law_still_goes(text: str) -> None:
    out, found, _ = remove_spam_anchors(text)
    assert found and out != text


def test_a_brand_is_no_identifier() -> None:
    t = "依法金彩汇娱乐_jch88管理，建设万博体育manbetx3.0平台，访问kaiyun-88-com"
    assert not in_identifier(t, t.index("jch88"), t.index("jch88") + 5)
    assert not in_identifier(t, t.index("manbetx3"), t.index("manbetx3") + 8)
    assert not in_identifier(t, t.index("kaiyun"), t.index("kaiyun") + 6)


# F30-A4: the half-width twins of Chinese clause punctuation (``;`` for ``；``) are the text's punctuation,
# no line-break token (:func:`corpus_tools.clean.containers._punctuates`).  Development member: the field
# test's notice (/work/f30/repro/F30-A4.txt); siblings: items in ASCII brackets, a list of book titles, items
# in full-width brackets; held-out (written first): an amendment decision's quoted items (still lost: the
# ``;`` follows ``”``, reported) and the numbered (一) list of an application's materials.
SEMICOLON_LISTS = {
    "dev_notice": "关于做好安全生产工作的通知\n\n各区人民政府:\n现就有关事项通知如下:一、加强组织领导;二、落实主体责任;"
                  "三、强化监督检查;四、做好应急准备;五、严肃追责问责;六、加强宣传教育;七、按时报送信息。\n",
    "sib_paren_items": "第三条 本法所称的作品，包括:(一)文字作品;(二)口述作品;(三)音乐、戏剧、曲艺、舞蹈、杂技艺术作品;"
                       "(四)美术、建筑作品;(五)摄影作品;(六)视听作品;(七)计算机软件。\n",
    "sib_book_titles": "现公布下列法律:一、《中华人民共和国甲法》;二、《中华人民共和国乙法》;三、《中华人民共和国丙法》;"
                       "四、《中华人民共和国丁法》;五、《中华人民共和国戊法》。\n",
    "ho_numbered_chinese_paren": "申请人应当提交:（一）申请书;（二）身份证明;（三）营业执照;（四）场所证明;（五）其他材料。\n",
}


@pytest.mark.parametrize("name", sorted(SEMICOLON_LISTS))
def test_a_half_width_semicolon_list_keeps_its_semicolons_on_one_line(name: str) -> None:
    page = SEMICOLON_LISTS[name]
    result = clean_and_explain(page)
    assert result.text.count("；") == page.count(";"), result.text
    assert result.text.count("\n") <= page.count("\n")
    assert "escaped_text" not in {e.rule for e in result.edits}


@pytest.mark.xfail(strict=True, reason="held-out member not tuned on: the ';' follows a closing quote '”'")
def test_held_out_amendment_items_after_quotes() -> None:
    page = ("决定如下:一、将第五条修改为:“县级以上人民政府负责。”;二、将第八条修改为:“应当依法登记。”;三、将第九条修改为:"
            "“不得拒绝。”;四、将第十条修改为:“依法处理。”;五、将第十二条修改为:“本条例自公布之日起施行。”\n")
    assert clean_and_explain(page).text.count("；") == 4


def test_a_tool_s_break_marks_still_decode() -> None:
    """A mark after the sentence's own punctuation is a tool's break, even an ASCII ``;`` (``。;``)."""
    from corpus_tools.clean.edits import apply_edits
    from corpus_tools.clean.containers import _marks

    law = ["某市条例", "第一条 为了规范管理，制定本条例。", "第二条 本条例适用于本市。", "第三条 本条例由市政府解释。",
           "第四条 本条例自公布之日起施行。"]
    for mark in ("¶", "↵", ";", "|"):
        page = mark.join(law) + mark
        decoding = _marks(page)
        assert decoding is not None, mark
        assert apply_edits(page, decoding.edits).split("\n") == law, mark


# F30-C3: one label run in after a sentence, then labels glued to their text at line starts: the scan
# skipped the line labels as out of sequence and the repair (a run of glued labels) took only labels after a
# sentence end inside a line, so every later article was swallowed.  The line labels continuing the run are
# the run's (:func:`corpus_tools.structure.tree._glued_run`).  Development member: the field test's repro;
# siblings: a run-in after ``；``, a gap between a run-in and a spaced label, chapters between; held-out
# (written first): full-width indentation before the labels, Traditional 條.
from corpus_tools.structure.tree import build_tree, walk  # noqa: E402


def _article_numbers(text: str) -> list[int]:
    return [p.num for p, _, _ in walk(build_tree(text)) if p.type == "article"]


RUN_INS = {
    "dev": "某市应急条例\n\n第一章总则\n\n第一条 为建立应急体系，制定本条例。 第二条本条例适用于本市行政区域。\n\n"
           "本条例所称事件，是指重大事件。\n\n第三条突发事件应急工作应当坚持以人为本。\n\n第四条本市建立应急体系。\n",
    "sib_semicolon_runin": "某市条例\n第一条 为了规范管理，制定本条例； 第二条本条例适用于本市。\n第三条市政府负责实施。\n"
                           "第四条各区政府配合。\n第五条本条例自公布之日起施行。\n",
    "sib_gap_to_spaced": "某市条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市。 第三条市政府负责实施。\n"
                         "第四条各区政府配合。\n第五条各部门按职责分工。\n第六条 本条例自公布之日起施行。\n",
    "sib_chapters": "某市条例\n第一章 总则\n第一条 为了规范管理，制定本条例。 第二条本条例适用于本市。\n第二章 管理\n"
                    "第三条市政府负责实施。\n第四条各区政府配合。\n",
    "ho_indented": "某市条例\n　　第一条　为了规范管理，制定本条例。 第二条本条例适用于本市。\n　　第三条市政府负责实施。\n"
                   "　　第四条各区政府配合。\n",
    "ho_traditional": "某市條例\n第一條 為了規範管理，制定本條例。 第二條本條例適用於本市。\n第三條市政府負責實施。\n第四條各區政府配合。\n",
}


@pytest.mark.parametrize("name", sorted(RUN_INS))
def test_glued_line_labels_after_a_run_in_label_are_articles(name: str) -> None:
    text = RUN_INS[name]
    want = list(range(1, text.count("条") + text.count("條") + 1))
    got = _article_numbers(text)
    assert got == [n for n in want if n <= max(got)] and len(got) >= 4, got


def test_a_line_citing_the_next_article_after_a_wrap_is_no_label() -> None:
    text = "某市条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市，\n第三条规定的事项除外。\n第三条 市政府负责实施。\n"
    assert _article_numbers(text) == [1, 2, 3]
    tree = build_tree(text)
    second = [p for p, _, _ in walk(tree) if p.type == "article" and p.num == 2][0]
    assert "第三条规定的事项除外" in text[second.start:second.end]


def test_the_real_repost_keeps_its_third_article() -> None:
    page = (REAL / "ivcon_beijing_emergency_regulation.txt").read_text(encoding="utf-8")
    from corpus_tools.clean import clean_and_explain as _clean

    numbers = _article_numbers(_clean(page).text)
    assert numbers[:3] == [1, 2, 3]


# F30-C5: a law stored as a tree of nodes is one law, whatever the depth and the field names
# (:func:`corpus_tools.crawl_records._flattened_tree`).  Development: the two tw-laws-viewer files; siblings:
# a scraper's chapters/articles, 编→章→节→条 at depth 4, an article holding its paragraphs as nodes; held-out
# (written first): an article's ``items`` under ``article_no`` (passes), Akoma Ntoso's ``num`` + ``heading`` as two
# fields of a chapter (still refused: reported, xfail).
import json  # noqa: E402

from corpus_tools.crawl_records import read_records  # noqa: E402


def _laws(value) -> list[tuple[str, str]]:
    records = read_records(json.dumps(value, ensure_ascii=False).encode(), "law.json")[0]
    return [(r.fields.get("law_name") or r.fields.get("name") or r.fields.get("title"), r.text or "") for r in records]


def _art(n: str, text: str) -> dict:
    return {"type": "article", "no": f"第{n}条", "content": text, "children": []}


TREES = {
    "sib_scraper_chapters": {"title": "某市条例", "chapters": [
        {"title": "第一章 总则", "articles": [{"no": "第一条", "text": "为了规范，制定本条例。"}, {"no": "第二条", "text": "本条例适用于本市。"}]},
        {"title": "第二章 附则", "articles": [{"no": "第三条", "text": "本条例自公布之日起施行。"}]}]},
    "sib_parts_depth4": {"name": "某法典", "body": [
        {"name": "第一编 总则", "children": [{"name": "第一章 基本规定", "children": [{"name": "第一节 一般规定", "children": [
            {"no": "第一条", "content": "为了规范，制定本法。"}, {"no": "第二条", "content": "本法适用于全国。"}]}]}]},
        {"name": "第二编 分则", "children": [{"name": "第二章 其他", "children": [{"no": "第三条", "content": "本法自公布之日起施行。"}]}]}]},
    "sib_article_paragraphs": {"name": "某法", "body": [{"name": "第一章 总则", "children": [
        {"no": "第一条", "content": "下列事项适用本法：", "children": [{"content": "（一）甲事项；"}, {"content": "（二）乙事项。"}]},
        {"no": "第二条", "content": "本法自公布之日起施行。"}, {"no": "第三条", "content": "本法由国务院解释。"}]}]},
    "ho_items_key": {"law_title": "某条例", "chapters": [{"chapter": "第一章 总则", "articles": [
        {"article_no": "第一条", "text": "下列事项：", "items": [{"text": "（一）甲；"}, {"text": "（二）乙。"}]},
        {"article_no": "第二条", "text": "丙。"}, {"article_no": "第三条", "text": "丁。"}]}]},
}


@pytest.mark.parametrize("name", sorted(TREES))
def test_a_law_tree_is_one_law_with_its_headings_and_articles(name: str) -> None:
    (law,) = _laws(TREES[name])
    title, text = law
    assert title in ("某市条例", "某法典", "某法", "某条例")
    assert "第一章" in text and "第一条" in text and "第三条" in text or "第二条" in text
    assert text.index("第一章") < text.index("第一条")
    if "（一）" in json.dumps(TREES[name], ensure_ascii=False):
        assert text.index("（一）") < text.index("（二）") < text.index("第二条")


@pytest.mark.xfail(strict=True, reason="held-out member not tuned on: a chapter's num and heading in two fields")
def test_held_out_akn_num_and_heading() -> None:
    tree = {"name": "某条例", "body": [
        {"type": "chapter", "num": "第一章", "heading": "总则", "children": [_art("一", "甲。"), _art("二", "乙。")]},
        {"type": "chapter", "num": "第二章", "heading": "附则", "children": [_art("三", "丙。")]}]}
    assert len(_laws(tree)) == 1


@pytest.mark.parametrize("pcode, name, chapters, sections, articles", [
    ("A0030133", "中央法規標準法", 6, 0, 26), ("A0030055", "行政程序法", 8, 14, 176)])
def test_the_real_viewer_law_is_one_document(pcode: str, name: str, chapters: int, sections: int, articles: int) -> None:
    data = (REAL / f"tw_viewer_{pcode}.json").read_bytes()
    (law,) = read_records(data, f"{pcode}.json")[0]
    assert law.fields.get("name") == name or law.fields.get("law_name") == name
    lines = law.text.splitlines()
    assert sum(1 for x in lines if x.startswith("第") and "章" in x.split()[0][:6]) >= chapters
    assert sum(1 for x in lines if x.startswith("第") and "條" in x[:10]) >= articles
    assert sum(1 for x in lines if x.startswith("第") and "節" in x.split()[0][:6]) >= sections
    assert "第1章" in lines[0]


def test_a_flat_law_is_read_as_before() -> None:
    flat = {"name": "某法", "body": [_art("一", "甲。"), _art("二", "乙。")]}
    (law,) = _laws(flat)
    assert law[0] == "某法" and "第一条" in law[1] and "第二条" in law[1]


# F30-E1: a header-less table of JSON arrays (:func:`corpus_tools.crawl_records._array_rows`).  Development: the
# LAW-GPT triples; siblings: [title, article] pairs, a label column, two laws in one file; held-out (written first):
# the text column first (passes), a null cell (still refused: reported, xfail).
ARTICLES = ["第一条 为了规范管理，制定本办法。", "第二条 本办法适用于全国。", "第三条 本办法自发布之日起施行。"]
TABLES = {
    "dev_triples": [["公安部", "某规定2004-07-12", t] for t in ARTICLES],
    "sib_pairs": [["某办法", t] for t in ARTICLES],
    "sib_label_column": [["某法", *t.split(" ")] for t in ARTICLES],
    "ho_text_first": [[t, "某条例", "2020-01-01"] for t in ARTICLES],
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_of_arrays_is_read_as_one_law(name: str) -> None:
    (law,) = _laws(TABLES[name])
    assert law[0] in ("某规定2004-07-12", "某办法", "某法", "某条例")
    assert all(t.split(" ")[1] in law[1] for t in ARTICLES)


def test_two_laws_in_one_table_are_two_pages() -> None:
    table = [["部", "甲办法", t] for t in ARTICLES] + [["部", "乙规定", t] for t in ARTICLES]
    assert [name for name, _ in _laws(table)] == ["甲办法", "乙规定"]


@pytest.mark.xfail(strict=True, reason="held-out member not tuned on: a null cell in the table")
def test_held_out_table_with_null_cells() -> None:
    assert len(_laws([["公安部", "某规定", t, None] for t in ARTICLES])) == 1


def test_the_real_triples_keep_every_article() -> None:
    data = (REAL / "lawgpt_triples_12.json").read_bytes()
    records = read_records(data, "lawgpt_triples_12.json")[0]
    law = [r for r in records if "第一条" in (r.text or "")]
    assert len(law) == 1 and law[0].fields.get("law_name", "").startswith("处方药与非处方药分类管理办法")
    assert all(f"第{n}条" in law[0].text for n in ("一", "五", "十", "十四"))


def test_a_table_of_a_document_s_pieces_is_one_page() -> None:
    pieces = ["某标准：范围 #", "本标准规定了鉴定的原则。", "本标准适用于鉴定。"]
    table = [["类别", "某鉴定标准2014-01-01", p] for p in pieces]
    (page,) = _laws(table)
    assert page[0] == "某鉴定标准2014-01-01" and all(p in page[1] for p in pieces)


def test_question_and_answer_pairs_stay_records_of_their_own() -> None:
    pairs = [["什么是劳动合同？", "劳动合同是劳动者与用人单位确立劳动关系的协议。"],
             ["试用期多久？", "试用期最长不得超过六个月。"], ["工资何时发放？", "工资应当按月支付。"]]
    assert len(_laws(pairs)) == 3
