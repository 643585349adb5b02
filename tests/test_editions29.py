"""Editions that carry more than the law (session 29, room edition29): an annotated edition's commentary
between the articles, a revision view's struck former words, a citation box and a PDF viewer's controls,
with members the benchmark's set 11 does not show and the negatives that must come out byte-identical."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.editor_additions import commentary_units
from corpus_tools.ingest import html_to_text
from tests.timing import small_and_large

LAW = ["某市物业管理条例", "第一章 总则", "第一条 为了规范物业管理活动，制定本条例。", "第二条 本条例适用于本市行政区域内的物业管理。",
       "第三条 市住房城乡建设部门负责全市物业管理的监督管理工作。", "第四条 物业服务企业应当公开服务内容和收费标准。",
       "第五条 本条例自2024年1月1日起施行。"]
CLEAN = "\n".join(LAW) + "\n"


def _law(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _annotated(units: dict[int, list[str]], blank: bool = False) -> str:
    """The law with the lines of ``units`` after its line of each key (paragraphs blank-separated with ``blank``,
    as the clean laws of the corpus are)."""
    lines = []
    for k, line in enumerate(LAW):
        lines += ([""] if blank and lines else []) + [line]
        for extra in units.get(k, []):
            lines += ([""] if blank else []) + [extra]
    return _law(lines)


# --------------------------------------------------------------------------- commentary


@pytest.mark.parametrize("head", ["【释义】", "【条文主旨】", "理解与适用：", "【注释】", "【解读】", "〔条文释义〕", "编者按：", "【立法说明】"])
def test_a_headed_commentary_after_several_articles_goes(head):
    text = _annotated({2: [head + "本条规定制定本条例的目的。"], 4: [head + "本款明确了主管部门。", "实践中，区县部门也有职责。"]})
    assert clean(text) == CLEAN


def test_a_head_on_its_own_line_takes_its_paragraphs_up_to_the_next_article():
    text = _annotated({3: ["【理解与适用】", "本条是关于适用范围的规定。", "一是本市行政区域；二是物业管理活动。"],
                       5: ["【理解与适用】", "本条要求公开。"]}, blank=True)
    assert clean(text) == _annotated({}, blank=True)


def test_related_provisions_and_cases_are_units_too():
    text = _annotated({2: ["【相关规定】", "《物业管理条例》第一条"], 3: ["【相关规定】", "《物业管理条例》第二条", "《民法典》第九百三十七条"],
                       5: ["【典型案例】某物业公司未公示收费标准案。"], 6: ["【典型案例】某小区业主诉物业公司案。"]})
    assert clean(text) == CLEAN


def test_headless_commentary_in_its_grammar_goes():
    text = _annotated({2: ["本条是关于立法目的的规定。理解本条应当结合上位法。"], 6: ["本条是关于施行日期的规定。"]})
    assert clean(text) == CLEAN


@pytest.mark.parametrize("text", [
    _annotated({3: ["【说明】本市另有规定的，从其规定。"]}),  # a head once, no commentary's grammar
    _annotated({3: ["本条所称物业，是指房屋及配套设施。"], 5: ["本条规定的收费标准，由市价格主管部门公布。"]}),  # the law's own paragraphs
    _annotated({3: ["本条规定了物业服务区域。"]}),  # a weaker form once
    "【释义】某市物业管理条例\n" + CLEAN,  # before the first article
    _law([*LAW, "附件：", "【说明】表中金额以元计。", "【说明】按月计算。"]),  # an annex's notes
])
def test_the_laws_own_words_stay(text):
    assert commentary_units(text) == []
    assert clean(text) == text


def test_commentary_units_is_linear():
    unit = "第一条 甲。\n【释义】本条是关于乙的规定。\n实践中注意丙。\n"
    small, large = small_and_large(commentary_units, unit)
    assert large < 20 * small + 0.05


# --------------------------------------------------------------------------- revision views


@pytest.mark.parametrize("markup", [
    "应当<del>报请</del><ins>报经</ins>批准",
    "应当<s>报请</s>报经批准",
    "应当<strike>报请</strike><u>报经</u>批准",
    '应当<span style="text-decoration: line-through">报请</span><span style="color:red">报经</span>批准',
    '应当<font style="TEXT-DECORATION-LINE:line-through">报请</font>报经批准',
])
def test_a_revision_views_struck_words_go(markup):
    text, meta = html_to_text(f"<html><body><p>第一条 物业服务企业{markup}后公开收费标准。</p><p>第二条 本条例自公布之日起施行。</p></body></html>")
    assert text == "第一条 物业服务企业应当报经批准后公开收费标准。\n第二条 本条例自公布之日起施行。\n"
    assert meta["struck_text_dropped"]["first"] == ["报请"]


def test_a_class_the_pages_sheet_strikes_through():
    html = ("<html><head><style>.old { color:#999; text-decoration:line-through } .new{color:red}</style></head><body>"
            "<p>第一条 由<span class='old'>市政府</span><span class='new'>市人民政府</span>决定。</p></body></html>")
    assert html_to_text(html)[0] == "第一条 由市人民政府决定。\n"


def test_a_text_struck_through_whole_stays():
    html = "<html><body><p><del>第一条 本规定自公布之日起施行。</del></p><p>（已废止）</p></body></html>"
    text, meta = html_to_text(html)
    assert "第一条 本规定自公布之日起施行。" in text and "struck_text_dropped" not in meta


def test_an_empty_struck_element_changes_nothing():
    html = "<html><body><p>第一条 甲<span style='text-decoration:line-through'></span>乙。</p></body></html>"
    text, meta = html_to_text(html)
    assert text == "第一条 甲乙。\n" and "struck_text_dropped" not in meta


@pytest.mark.parametrize(("marked", "current"), [
    ("应当~~报请~~报经批准", "应当报经批准"),
    ("应当[删除：报请][增加：报经]批准", "应当报经批准"),
    ("应当【删去：报请】报经批准", "应当报经批准"),
    ("应当〔删除：报请〕〔修改为：报经〕批准", "应当报经批准"),
])
def test_a_revision_views_marks_in_text_keep_the_current_words(marked, current):
    text = _law([*LAW[:5], f"第四条 物业服务企业{marked}后公开服务内容和收费标准。", LAW[6]])
    assert clean(text) == _law([*LAW[:5], f"第四条 物业服务企业{current}后公开服务内容和收费标准。", LAW[6]])


@pytest.mark.parametrize("line", [
    "第四条 每日8~10时开放，气温~5℃时停止。",  # ranges and approximations
    "第四条 本条例[增加：甲]。",  # an insertion's wrapper with no deletion on the page
    "第四条 有下列情形之一的，处理者应当主动删除个人信息。",
])
def test_tildes_and_the_laws_own_words_stay(line):
    text = _law([*LAW[:5], line, LAW[6]])
    assert clean(text) == text


# --------------------------------------------------------------------------- a PDF viewer's controls, a citation box

from corpus_tools.clean.page_tools import citation_box_lines, viewer_control_lines  # noqa: E402


@pytest.mark.parametrize(("top", "bottom"), [
    (["切换侧栏", "查找", "上一页", "下一页", "第 1 页，共 5 页", "自动缩放", "演示模式", "打印", "下载"], ["正在载入…"]),
    (["Toggle Sidebar　Find　Previous　Next　Page 1 of 5　Automatic Zoom　Presentation Mode　Print　Download"], []),
    (["在线预览　1 / 5　放大　缩小　适合宽度　下载原文件　全屏"], ["文档加载完成"]),
    (["实际大小 | 适合页面 | 顺时针旋转 | 逆时针旋转 | 文档属性"], []),  # other controls of pdf.js's zh-CN menu
    ([], ["Loading..."]),  # the loading line alone closing the page
])
def test_a_viewers_controls_go(top, bottom):
    assert clean(_law([*top, *LAW, *bottom])) == CLEAN


@pytest.mark.parametrize("text", [
    _law(["打印　下载", *LAW, "1 / 3"]),  # a print button and a counter with no viewer: other rules' business
    _law([*LAW[:5], "第四条 政务服务平台应当提供在线预览、下载原文件等功能。", LAW[6]]),
    _law([*LAW[:6], "下载", LAW[6]]),  # between the articles
])
def test_a_pages_own_buttons_and_the_laws_words_stay_for_the_viewer_scan(text):
    assert viewer_control_lines(text) == []


CITE = "某市人民代表大会常务委员会. 某市物业管理条例[EB/OL]. (2023-11-29)[2024-03-02]. http://www.example.gov.cn/fg/1.html."


@pytest.mark.parametrize("box", [
    ["引用格式：", CITE],
    [f"【引用本文】{CITE}"],
    ["如何引用本页", CITE, "导出：EndNote | NoteExpress | RefWorks | BibTeX"],
    ["参考引用", f"GB/T 7714-2015：{CITE}", "APA：某市人民代表大会常务委员会. (2023). 某市物业管理条例. 检索自 http://www.example.gov.cn/fg/1.html"],
    [CITE.replace("[EB/OL]", "[DB/OL]"), "复制引用　导出引用"],
])
def test_a_citation_box_for_the_page_goes(box):
    assert clean(_law([*LAW, *box])) == CLEAN


@pytest.mark.parametrize("text", [
    # a standard's bibliography: references to other documents
    _law(["某市物业服务规范", "1 范围", "本文件规定了物业服务的要求。", "参考文献",
          "[1] 国务院. 物业管理条例[EB/OL]. (2018-03-19)[2024-03-02]. http://www.gov.cn/1.html."]),
    _law([*LAW, "引用格式：", "2024-03-02"]),  # a heading with no reference
])
def test_references_to_other_documents_stay(text):
    assert citation_box_lines(text) == []


def test_the_page_tools_scans_are_linear():
    for scan, unit in ((viewer_control_lines, "查找 " * 30 + "\n"), (citation_box_lines, "甲. 乙[EB/OL]. " * 20 + "\n")):
        small, large = small_and_large(scan, "某条例\n" + unit)
        assert large < 20 * small + 0.05, scan.__name__


def test_an_interpretations_own_page_keeps_its_commentary():
    text = "《某市物业管理条例》释义\n" + _annotated({2: ["【释义】本条是关于立法目的的规定。"], 3: ["【释义】本条是关于适用范围的规定。"]})
    assert commentary_units(text) == []


def _docx(paragraph_xml: str) -> bytes:
    import io
    import zipfile

    from tests.office_fixtures import _CONTENT_TYPES, _RELS, _W

    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
                f'{paragraph_xml}<w:p><w:r><w:t>第二条 本条例自公布之日起施行。</w:t></w:r></w:p></w:body></w:document>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("_rels/.rels", _RELS)
        package.writestr("word/document.xml", document)
    return buffer.getvalue()


@pytest.mark.parametrize("struck", [
    # Word's tracked changes: the deletion and the insertion
    '<w:del w:id="1" w:author="a"><w:r><w:delText>报请</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>报经</w:t></w:r></w:ins>',
    # a comparison document typed by hand: the former words formatted struck through
    '<w:r><w:rPr><w:strike/></w:rPr><w:t>报请</w:t></w:r><w:r><w:t>报经</w:t></w:r>',
])
def test_a_word_comparisons_former_words_go(struck):
    pytest.importorskip("mammoth")
    from corpus_tools.ingest import ingest_bytes

    paragraph = f'<w:p><w:r><w:t>第一条 物业服务企业应当</w:t></w:r>{struck}<w:r><w:t>批准。</w:t></w:r></w:p>'
    page = ingest_bytes(_docx(paragraph), "a.docx")
    assert clean(page.text) == "第一条 物业服务企业应当报经批准。\n第二条 本条例自公布之日起施行。\n"


@pytest.mark.parametrize("header", ["修改前\t修改后", "| 原条文 | 修改后条文 |", "现行条文｜修订草案"])
def test_a_comparison_table_without_marks_keeps_both_wordings_with_a_finding(header):
    from corpus_tools.clean import clean_and_explain

    rows = ["第一条 应当报请批准。\t第一条 应当报经批准。", "第二条 按月报送。\t第二条 按季度报送。"]
    text = _law(["某市物业管理条例修改对照表", header, *rows])
    result = clean_and_explain(text)
    assert "报请" in result.text and "报经" in result.text and "按月" in result.text
    assert any("side by side" in w.message for w in result.warnings)
