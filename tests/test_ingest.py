"""Ingest: encodings and formats, as a case table, plus bad input."""

from __future__ import annotations

import codecs

import pytest

from corpus_tools.ingest import IngestError, ingest_bytes

LAW = "第一条　为了规范智能制造发展，制定本条例。\n第二条　本条例自2021年11月1日起施行。\n"
TRAD = "第一條　為了規範智慧製造發展，制定本條例。\n"

ENCODINGS = [
    ("utf-8", LAW.encode("utf-8"), "utf-8", LAW),
    ("utf-8 with BOM", codecs.BOM_UTF8 + LAW.encode("utf-8"), "utf-8-sig", LAW),
    ("utf-16 LE BOM", LAW.encode("utf-16"), "utf-16", LAW),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + LAW.encode("utf-16-be"), "utf-16", LAW),
    ("gbk", LAW.encode("gbk"), "gb18030", LAW),
    ("gb18030", LAW.encode("gb18030"), "gb18030", LAW),
    ("big5", TRAD.encode("big5"), "big5", TRAD),
    ("crlf line ends", LAW.replace("\n", "\r\n").encode(), "utf-8", LAW),
]


@pytest.mark.parametrize("label,data,codec,text", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_are_detected(label, data, codec, text):
    page = ingest_bytes(data, "law.txt")
    assert page.encoding == codec
    assert page.text == text


def test_html_meta_charset_wins():
    html = '<html><head><meta charset="gbk"><title>条例</title></head><body><p>第一条 为了</p></body></html>'
    page = ingest_bytes(html.encode("gbk"), "page.html")
    assert page.encoding == "gbk" or page.encoding == "gb18030"
    assert page.text == "第一条 为了\n"
    assert page.metadata["html_title"] == "条例"


def test_html_keeps_paragraphs_and_drops_script_style_navigation():
    html = (
        "<!DOCTYPE html><html><head><style>p{}</style><script>var a=1;</script></head><body>"
        "<nav>首页 &gt; 法规</nav><div class='content'><h1>某某条例</h1><p>第一条　为了<br>规范。</p>"
        "<p>第二条　本市。</p></div><footer>版权所有</footer></body></html>"
    )
    page = ingest_bytes(html.encode(), "page.html")
    assert page.format == "html"
    assert page.text == "某某条例\n第一条　为了\n规范。\n第二条　本市。\n"


def test_markdown_front_matter_becomes_metadata_and_markup_goes():
    md = "---\ntitle: 某条例\ndate: 2025-08-06\nurls:\n  - https://example.org/x\n---\n\n**某条例**\n\n## 第一章　总则\n\n- **第一条**　　为了。\n\n  本条例所称。\n"
    page = ingest_bytes(md.encode(), "law.txt")
    assert page.format == "markdown"
    # the front matter's fields, and the blocks the markup keeps whole (headings, one-line list items)
    assert page.metadata == {"title": "某条例", "date": "2025-08-06", "urls": ["https://example.org/x"],
                             "heading_lines": ["第一章　总则"], "list_item_lines": ["第一条　　为了。"]}
    assert page.text == "某条例\n\n第一章　总则\n\n第一条　　为了。\n\n本条例所称。\n"


def test_plain_text_is_left_alone():
    page = ingest_bytes(LAW.encode(), "law.txt")
    assert (page.format, page.text) == ("text", LAW)


BAD = [
    ("empty", b"", "empty"),
    ("whitespace only", b" \n\t\n", "empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("undecodable", b"\x80\x81\xfd not text \x90\x91\x92\xff" * 20, "undecodable"),
    ("truncated multibyte", LAW.encode("utf-8")[:-2], "truncated"),
    ("malformed front matter", "---\ntitle: [unclosed\n---\n正文\n".encode(), "front_matter"),
    ("unclosed front matter", "---\ntitle: x\n正文\n".encode(), "front_matter"),
    ("utf-16 BOM then garbage", codecs.BOM_UTF16_LE + bytes(range(1, 256)) * 4, "undecodable"),
    ("huge single line", ("条" * 300_000).encode(), "huge_line"),
]


@pytest.mark.parametrize("label,data,code", BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_rejected_with_a_reason_naming_the_file(label, data, code):
    with pytest.raises(IngestError) as caught:
        ingest_bytes(data, "dir/bad.txt")
    assert caught.value.code == code
    assert str(caught.value).startswith("dir/bad.txt: ")
    assert caught.value.reason


# --------------------------------------------------------------------------- tables (convention 4)

TABLES = [
    (
        "one row per line, cells TAB-separated",
        "<p>代码如下：</p><table><tr><td>专业名称</td><td>专业代码</td></tr><tr><td>中医</td><td>3500</td></tr></table>",
        "代码如下：\n专业名称\t专业代码\n中医\t3500\n",
    ),
    (
        "rowspan leaves an empty field below, never the value again",
        "<table><tr><td rowspan='2'>一、医疗质量</td><td>1.门诊人次数</td><td>定量</td></tr>"
        "<tr><td>2.下转患者人次数</td><td>定量</td></tr></table>",
        "一、医疗质量\t1.门诊人次数\t定量\n\t2.下转患者人次数\t定量\n",
    ),
    (
        "colspan is followed by empty fields",
        "<table><tr><td colspan='2'>收费项目</td><td>计费单位</td></tr><tr><td>考务费</td><td>医师</td><td>人次</td></tr></table>",
        "收费项目\t\t计费单位\n考务费\t医师\t人次\n",
    ),
    (
        "a line break inside a cell becomes one space",
        "<table><tr><td>计算方法：门诊患者人次数。<br>指标来源：医院填报。</td><td>定量</td></tr></table>",
        "计算方法：门诊患者人次数。 指标来源：医院填报。\t定量\n",
    ),
    (
        "empty cells are kept as empty fields; empty rows go",
        "<table><tr><td>1</td><td></td><td>15172.500</td></tr><tr><td> </td><td></td><td></td></tr></table>",
        "1\t\t15172.500\n",
    ),
    (
        "caption on its own line",
        "<table><caption>医师资格考试收费标准</caption><tr><td>项目</td><td>元</td></tr></table>",
        "医师资格考试收费标准\n项目\t元\n",
    ),
    (
        "layout table (holds a table) is read as paragraphs, its data table as rows",
        "<table><tr><td><p>第一条 为了。</p><table><tr><td>甲</td><td>乙</td></tr></table></td><td>侧栏</td></tr></table>",
        "第一条 为了。\n甲\t乙\n侧栏\n",
    ),
    (
        "one-column box is read as paragraphs",
        "<table><tr><td>专栏1　建设项目</td></tr><tr><td><p>治未病服务。</p><p>康复服务。</p></td></tr></table>",
        "专栏1　建设项目\n治未病服务。\n康复服务。\n",
    ),
    (
        "a cell holding a page region makes a layout table",
        "<table><tr><td>导航</td><td>" + "".join(f"<p>第{n}段。</p>" for n in "一二三四五六") + "</td></tr></table>",
        "导航\n第一段。\n第二段。\n第三段。\n第四段。\n第五段。\n第六段。\n",
    ),
    (
        "a tab typed inside a cell is a space",
        "<table><tr><td>甲\t乙</td><td>丙</td></tr></table>",
        "甲 乙\t丙\n",
    ),
]


@pytest.mark.parametrize("label,html,text", TABLES, ids=[t[0] for t in TABLES])
def test_html_tables_become_tab_separated_rows(label, html, text):
    assert ingest_bytes(html.encode(), "page.html").text == text


def test_huge_spans_are_clamped_and_stay_linear():
    html = '<table><tr><td colspan="99999999">甲</td><td rowspan="99999999">乙</td></tr><tr><td>丙</td></tr></table>'
    lines = ingest_bytes(html.encode(), "page.html").text.split("\n")
    assert lines[0].count("\t") == 1000 and lines[1].startswith("丙")


# Rows the real-page survey (notes/real_survey.md §5.3, §7) read off the raw HTML by hand.
REAL_TABLE_ROWS = {
    "bjtcm/058_t20210326_2330617.html": ["专业名称\t专业代码", "中医\t3500", "中医全科\t3600"],
    "bjtcm/001_t20210408_2349156.html": [
        "2\t北京市中医管理局\t中医药文件政策资料印刷服务\t印刷服务\t5\t2021.3\t",
        "18\t北京市中医管理局\t医师资格（中医医师）考试组织管理服务\t组织管理医师资格（中医医师）考试，并提供相关考试服务等\t260\t2021.5\t",
    ],
    "bjtcm/008_t20210219_2284920.html": [
        "医师资格（中医类）考试收费标准",
        "医师资格（中医类）考试考务费\t医师资格考试考务费 （医师）\t人次\t120\t参加考试考生\t京发改〔2021〕190号",
        "\t医师资格考试考务费 （助理医师）\t人次\t100\t参加考试考生\t京发改〔2021〕190号",
    ],
    "bjtcm/050_t20191219_1338513.html": [
        "序号\t发文单位\t文号\t标题\t发文日期\t备注",
        "1\t北京市人民政府\t京政发[2017]9号\t北京市人民政府关于支持中医药振兴发展的意见\t2017年2月7日\t保留",
    ],
    "govcn/052_content_5345284.html": ["总计\t1445\t555\t1600\t1800\t2000", "江苏\t100\t100\t120\t140\t200"],
    "govcn/044_content_5345410.html": ["1\t15172.500\t103655.000\t"],
    "govcn/010_content_5355837.html": ["序号\t改革举措\t主 要 内 容\t指导部门\t推广范围"],
}


@pytest.mark.parametrize("name", sorted(REAL_TABLE_ROWS))
def test_real_tables_keep_their_rows(name):
    from tests.conftest import SHARED

    path = SHARED / "real" / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    lines = ingest_bytes(path.read_bytes(), name).text.split("\n")
    for row in REAL_TABLE_ROWS[name]:
        assert row in lines
