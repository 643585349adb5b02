"""intake31 (session 31): the field findings on completeness and metadata, as families.

F30-C2, truncated law: every way a copy stops before its end leaves the same evidence, the last
provision ends without a terminal mark.  Members (tools that cut): a search store's excerpt limit
(field test 30's pages30, the development members), a RAG chunker's window (ends on a label), a
database column's length limit (mid-word), a PDF extraction that lost its last page (mid-clause after
a conjunction), a preview that stops before 阅读全文 (inside 《 or an open bracket), a download cut
mid-transfer (mid-date), an item list announced (``下列…：``) and not given.  Held-out siblings,
written before the change and never tuned on: ``ho_cut_in_book_title``, ``ho_cut_mid_date``.

F30-C1, placeholder bodies: an article whose body is what an editor wrote where the text should be.
Members: a maintainer's TODO (``（正文待补：…）``, the development member), a database's omitted body
(``（略）``, ``内容从略``), a gazette index's ``详见附件``, an excerpt's ``……``, a CMS template's ``暂无内容``,
a translation stub ``TODO``/``TBD``.  Held-out siblings: ``ho_update_pending``, ``ho_see_original``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.validation.completeness import placeholder_body, placeholder_articles, truncated

REAL = Path(__file__).parent / "real_pages" / "intake31"

HEAD = "某省某某管理条例\n第一章 总则\n第一条 为了加强管理，根据有关法律，结合本省实际，制定本条例。\n第二条 本省行政区域内的有关活动，适用本条例。\n"

CUT = [
    # development members (field test 30: pages30 01, 05, 12, 13, 14, pages30b 11), in short
    ("mid_word_label_line", HEAD + "第三条 县人民政府实行县长负责制。县长领导县人"),
    ("mid_word_glued_label", HEAD + "第三条按照有关人民政府批准的人工影响"),
    ("mid_word_continuation", HEAD + "第三条 国务院办公厅协助国务院领导处理日常工作。\n国务院组成部门依法分别履行职能。国务院组"),
    ("item_after_conjunction", HEAD + "第三条 客运企业应当遵守下列规定：\n（一）建立安全制度；\n（二）具体办法由各客运企业制定和"),
    ("short_item", HEAD + "第三条 本规则所称建议包括：\n（一）代表建议；\n（二）市政"),
    # siblings
    ("ends_on_label", HEAD + "第三条 有关部门应当按照职责做好工作。\n第四条"),
    ("open_bracket", HEAD + "第三条 具体办法（由省人民政府另行制定"),
    ("list_announced", HEAD + "第三条 有下列情形之一的，由有关部门责令改正："),
    ("after_or", HEAD + "第三条 违反本条例规定的，由县级以上人民政府责令改正或"),
    # held-out siblings (written before the change, never tuned on)
    ("ho_cut_in_book_title", HEAD + "第三条 违反本条例规定的，依照《中华人民共和国行政处"),
    ("ho_cut_mid_date", HEAD + "第三条 本条例自2011年2月"),
]

COMPLETE = [
    ("full_stop", HEAD + "第三条 本条例自2020年1月1日起施行。"),
    ("commencement_without_stop", HEAD + "第三条 本条例自2020年1月1日起施行"),
    ("signature_after", HEAD + "第三条 本条例自2020年1月1日起施行。\n省长  张某某"),
    ("date_after", HEAD + "第三条 本条例自2020年1月1日起施行。\n2019年12月25日"),
    ("chinese_date_after", HEAD + "第三条 本条例自2020年1月1日起施行。\n二○一○年十二月二十五日"),
    ("attachment_after", HEAD + "第三条 本条例自2020年1月1日起施行。\n附件：某某名录\n序号 名称\n1 某某"),
    ("table_after", HEAD + "第三条 收费标准见下表。\n| 项目 | 标准 |\n| 登记 | 10元 |"),
    ("closing_bracket", HEAD + "第三条 本条例自2020年1月1日起施行。（2019年12月25日省人大常委会通过）"),
    ("no_article_notice", "关于做好某项工作的通知\n各单位：\n现就有关事项通知如下\n某某办公室"),
    ("repealed_last", HEAD + "第三条 （删去）"),
]


@pytest.mark.parametrize("name, text", CUT, ids=[n for n, _ in CUT])
def test_a_law_whose_last_provision_stops_mid_sentence_is_truncated(name: str, text: str) -> None:
    assert truncated("某省某某管理条例", text), name


@pytest.mark.parametrize("name, text", COMPLETE, ids=[n for n, _ in COMPLETE])
def test_a_law_that_ends_is_not_truncated(name: str, text: str) -> None:
    assert truncated("某省某某管理条例", text) is None, name


CUT_PAGES = [p for p in sorted(REAL.glob("*.txt")) if p.name[:2] in ("01", "05", "11", "12", "13", "14")]


@pytest.mark.parametrize("path", CUT_PAGES, ids=lambda p: p.name[:2])
def test_the_real_cut_pages_are_flagged_truncated(path: Path, tmp_path: Path) -> None:
    """Field test 30 F30-C2: 5 of 9 pages the store cut mid-word got no ``truncated``."""
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / path.name).write_bytes(path.read_bytes())
    build(raw, tmp_path / "out", progress=False, workers=1)
    documents = pq.read_table(sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))).to_pylist()
    laws = [d for d in documents if "第" in (d["text"] or "")]
    assert laws and "truncated" in laws[-1]["findings"], [(d["title"], d["findings"]) for d in documents]


PLACEHOLDERS = [
    # development member (field test 30, lawverified_skeleton)
    ("todo_fill_in", "第一条\n（正文待补：来自 flk.npc.gov.cn 的 WPS/OFD 文档无法在公网下载；详见 laws/README 段。条目 ID：`79890000-3e3b-0016-3d78-08dd56fd4756`）"),
    # siblings
    ("omitted", "第二条 （略）"),
    ("omitted_content", "第三条 内容从略。"),
    ("see_attachment", "第四条 详见附件。"),
    ("excerpt_dots", "第五条 ……"),
    ("cms_empty", "第六条 暂无内容"),
    ("stub_todo", "第七条 TODO"),
    ("to_be_added", "第八条 【待补充】"),
    # held-out siblings (written before the change, never tuned on)
    ("ho_update_pending", "第九条 （本条内容待更新）"),
    ("ho_see_original", "第十条 条文内容见原文。"),
]

REAL_BODIES = [
    "第二条 （删去）",
    "第三条 本条例自2020年1月1日起施行。",
    "第四条 收费标准见附件。",
    "第五条 具体办法由省人民政府另行规定，详见附件一的名录。",
    "第六条 建设项目的审批，按照国家有关规定执行（具体程序略有不同的，从其规定）。",
    "第七条 有下列情形之一的，可以从略：\n（一）情节轻微的；",
    "第八条 （根据《中华人民共和国刑法修正案（九）》删去本条内容）",
]


@pytest.mark.parametrize("name, text", PLACEHOLDERS, ids=[n for n, _ in PLACEHOLDERS])
def test_an_article_whose_body_is_a_placeholder_is_flagged(name: str, text: str) -> None:
    assert placeholder_body(text), name
    assert placeholder_articles(HEAD + text), name


@pytest.mark.parametrize("text", REAL_BODIES)
def test_a_real_article_body_is_no_placeholder(text: str) -> None:
    assert placeholder_body(text) is None
    assert placeholder_articles(HEAD + text) is None


def test_the_real_skeleton_law_carries_placeholder_findings(tmp_path: Path) -> None:
    """Field test 30 F30-C1: 13 placeholder articles of 劳动合同法 published as the law, no finding."""
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "labor.md").write_bytes((REAL / "lawverified_placeholder_bodies.md").read_bytes())
    build(raw, tmp_path / "out", progress=False, workers=1)
    data = tmp_path / "out" / "data"
    documents = pq.read_table(sorted(data.glob("documents-*.parquet"))).to_pylist()
    articles = pq.read_table(sorted(data.glob("articles-*.parquet"))).to_pylist()
    assert any("placeholder_body" in d["findings"] for d in documents), [d["findings"] for d in documents]
    flagged = [a for a in articles if "placeholder_body" in a["findings"]]
    assert len(flagged) == 13, [(a["label"], a["findings"]) for a in articles]
    assert all("正文待补" in a["text"] for a in flagged)  # nothing deleted


# F30-D3: a law record's declared fields (its latest amendment, whether it is repealed, its level) and its
# commencement in the ROC's calendar without 起.  Members: tw-laws-viewer's camelCase record (development), a
# snake_case record of the same fields and a record saying the law is repealed (siblings).

TW_LAW = REAL / "tw_viewer_I0020004.json"


def _documents_of(tmp_path: Path, name: str, data: bytes) -> list[dict]:
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / name).write_bytes(data)
    build(raw, tmp_path / "out", progress=False, workers=1)
    return pq.read_table(sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))).to_pylist()


def test_a_taiwan_law_record_s_declared_fields_and_roc_commencement_are_read(tmp_path: Path) -> None:
    """Field test 30 F30-D3: 國家賠償法 (``lastAmended``, ``isAbolished``, ``lawLevel``, ``本法自中華民國七十年七月一日施行``)
    got amended, status and effective null."""
    (doc,) = _documents_of(tmp_path, TW_LAW.name, TW_LAW.read_bytes())
    assert doc["title"] == "国家赔偿法"
    assert (doc["effective"], doc["amended"], doc["status"], doc["doc_type"]) == ("1981-07-01", "2019-12-18", "in_force", "regulation")


def test_a_record_that_says_its_law_is_repealed(tmp_path: Path) -> None:
    import json

    record = json.loads(TW_LAW.read_text(encoding="utf-8"))
    record["isAbolished"] = True
    (doc,) = _documents_of(tmp_path, "repealed.json", json.dumps(record, ensure_ascii=False).encode())
    assert doc["status"] == "repealed"


def test_snake_case_record_fields() -> None:
    from corpus_tools.structure.metadata import front_matter

    fm = front_matter({"title": "某法", "last_amended": "2019-12-18", "is_abolished": True, "law_level": "法律"})
    assert (fm["amended"], fm["status"], fm["level"]) == ("2019-12-18", "废止", "regulation")


# F30-C6: a law XML that gives a provision's or an item's number an element of its own beside the text.  Members:
# Japan's e-Gov schema as a converter writes Chinese laws (ItemTitle, development), its sub-items (Subitem1Title),
# Akoma Ntoso's <point><num>, JATS/DocBook's <label>.

NUMBERED_XML = [
    ("egov_item", '<Law><Article><ArticleTitle>第三条</ArticleTitle><Paragraph><ParagraphNum/><ParagraphSentence>'
                  '<Sentence>作品包括：</Sentence></ParagraphSentence><Item Num="1"><ItemTitle>（一）</ItemTitle>'
                  '<ItemSentence><Sentence>文字作品；</Sentence></ItemSentence></Item></Paragraph></Article></Law>',
     "第三条\u3000作品包括：\n（一）文字作品；\n"),
    ("egov_subitem", '<Law><Article><ArticleTitle>第五条</ArticleTitle><Paragraph><ParagraphSentence><Sentence>下列：'
                     '</Sentence></ParagraphSentence><Item><ItemTitle>（一）</ItemTitle><ItemSentence><Sentence>甲；'
                     '</Sentence></ItemSentence><Subitem1><Subitem1Title>1.</Subitem1Title><Subitem1Sentence>'
                     '<Sentence>乙；</Sentence></Subitem1Sentence></Subitem1></Item></Paragraph></Article></Law>',
     "第五条\u3000下列：\n（一）甲；\n1.乙；\n"),
    ("akn_point", '<akomaNtoso><act><body><article><num>第二条</num><content><p>本条例所称：</p></content>'
                  '<point><num>（一）</num><content><p>甲；</p></content></point></article></body></act></akomaNtoso>',
     "第二条\u3000本条例所称：\n（一）甲；\n"),
    ("jats_label", '<doc><sec><label>第四条</label><p>应当：</p><list><list-item><label>一、</label><p>登记；</p>'
                   '</list-item></list></sec></doc>',
     "第四条\u3000应当：\n一、登记；\n"),
]


@pytest.mark.parametrize("name, xml, expected", NUMBERED_XML, ids=[n for n, _, _ in NUMBERED_XML])
def test_a_number_element_is_written_before_its_text(name: str, xml: str, expected: str) -> None:
    from corpus_tools.xml_text import xml_to_text

    assert xml_to_text(xml)[0] == expected, name


def test_the_real_egov_law_keeps_each_item_on_its_line(tmp_path: Path) -> None:
    """Field test 30 F30-C6: 著作权法 in e-Gov XML gave ``（一）⏎文字作品；`` in 34 of 67 articles."""
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "law.xml").write_bytes((REAL / "egov_copyright_law_article3.xml").read_bytes())
    build(raw, tmp_path / "out", progress=False, workers=1)
    (article,) = [a for a in pq.read_table(sorted((tmp_path / "out" / "data").glob("articles-*.parquet"))).to_pylist()
                  if a["label"] == "第三条"]
    assert "（一）文字作品；\n（二）口述作品；" in article["text"], article["text"]


# F30-A2: ASCII quotes that are code's own, in a text that quotes code.  Members: a Markdown code span with a shell
# argument and an HTML attribute written as code (the field test's two), a reStructuredText literal, an XML attribute
# outside a tag, a JSON pair in a code span; and backticks typed as quotation marks, which are no code.

CODE_QUOTES = [
    ("attribute", "官方详情页为 552 字节 SPA 空壳（仅 id=\"app\"），正文经查看器渲染。"),
    ("shell_span", "5. 运行 `python3 scripts/search.py \"关键词\"` 验收。"),
    ("rst_literal", "配置项写作 ``name=\"测试\"``，不得省略。"),
    ("xml_attribute", "文件头应声明 encoding=\"UTF-8\"，否则无法读取。"),
    ("json_span", "接口返回 `{\"code\": \"成功\"}` 时表示办理完毕。"),
]


@pytest.mark.parametrize("name, text", CODE_QUOTES, ids=[n for n, _ in CODE_QUOTES])
def test_code_a_text_quotes_keeps_its_ascii_quotes(name: str, text: str) -> None:
    from corpus_tools.clean import clean

    assert clean(text) == text, name


def test_quotes_outside_code_are_still_chinese() -> None:
    from corpus_tools.clean import clean

    assert clean("参见 `config.yaml` 中\"路径\"一项。") == "参见 `config.yaml` 中“路径”一项。"
    assert clean("他说\"你好\"，然后离开。") == "他说“你好”，然后离开。"
    assert clean("称`甲,乙`为本办法的当事人。") == "称`甲，乙`为本办法的当事人。"


@pytest.mark.parametrize("unit", ['a="`b="本市,区', "`code " * 3 + '"甲",乙', 'x=' * 7 + '"' * 3])
def test_the_code_span_scan_is_linear(unit: str) -> None:
    from corpus_tools.clean.width import normalize_width
    from tests.timing import small_and_large

    small, large = small_and_large(normalize_width, unit)
    assert large < max(30 * small, 0.5), (small, large)


# F30-D2: a law site's tag after a title for what else its page carries.  Members: law.lenchy.com's ``附:修正本``
# (development), ``附：修订本``, ``（附：条文释义）``, ``附 全文``; a title that names an attachment itself stays.

TAGGED_TITLES = [
    ("lenchy_amended_text", "某省人民代表大会常务委员会关于修改《某省某某条例》的决定 附：修正本", "某省人民代表大会常务委员会关于修改《某省某某条例》的决定"),
    ("revised_text", "某市某某管理办法 附：修订本", "某市某某管理办法"),
    ("interpretation", "某省某某条例（附：条文释义）", "某省某某条例"),
    ("full_text", "国务院关于修改部分行政法规的决定 附 全文", "国务院关于修改部分行政法规的决定"),
    ("own_title", "关于印发某某办法及附件说明的通知", "关于印发某某办法及附件说明的通知"),
]


@pytest.mark.parametrize("name, title, expected", TAGGED_TITLES, ids=[n for n, _, _ in TAGGED_TITLES])
def test_a_site_s_tag_after_a_title_goes(name: str, title: str, expected: str) -> None:
    from corpus_tools.structure.metadata import tidy_title

    assert tidy_title(title, "", 0) == expected, name


def test_the_real_decision_s_title_stops_at_its_last_word(tmp_path: Path) -> None:
    path = next(REAL.glob("04_lenchy_*.txt"))
    docs = _documents_of(tmp_path, path.name, path.read_bytes())
    assert docs[0]["title"] == "四川省人民代表大会常务委员会关于修改《四川省防震减灾条例》的决定", [d["title"] for d in docs]
