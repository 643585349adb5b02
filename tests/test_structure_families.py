"""Metadata families beyond the two development sites (issue 17, part 2), on hand-made snippets.

Each family is what pages of many sites share, not one site's habit: document numbers in
the mainland's and Taiwan's conventions, dates of the ROC calendar, ``label：value`` lines
at a document's head (one line, or the label alone and its value under it), titles on
complete saved pages (chrome first), bylines, the organ that issued an instrument apart from
the one that published the page and from the source a site credits.
"""

from __future__ import annotations

import pytest

from corpus_tools.html_meta import strip_site_name
from corpus_tools.ingest import ingest_bytes
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.documents import find_doc_number, is_doc_number
from corpus_tools.structure.metadata import DATE, byline, head_fields, iso_date


def _documents(raw: str, name: str = "page.html"):
    return structure_page(clean_page(ingest_bytes(raw.encode("utf-8"), name))).documents


# --------------------------------------------------------------------------- document numbers

@pytest.mark.parametrize("number", [
    "国发〔2019〕5号", "国办发[2015]32号", "沪卫基层［2024］5号", "京政发【2021】1号", "粤府（2020）12号",
    "国卫办医函﹝2019﹞1号", "京中医科字〔2021〕118号", "国令第707号", "第　499　号",
    "府法字第1100012345號", "某管銀字第1030000001C號", "台財稅字第10300000720號", "京政发〔2021〕第3号",
])
def test_document_numbers_of_every_convention(number):
    assert is_doc_number(number)
    assert find_doc_number(f"关于某事的通知\n{number}\n各有关单位：", 8) == "".join(number.split())


@pytest.mark.parametrize("line", [
    "依同法第12條第3款規定", "第二条　本办法所称", "字第号", "根据国发〔2019〕5号文件精神", "第三章　法律责任",
    "2021年第5号", "府法字第",
])
def test_what_is_not_a_document_number(line):
    assert not is_doc_number(line)


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text,iso", [
    ("中華民國110年5月3日", "2021-05-03"),
    ("中华民国98年7月1日", "2009-07-01"),
    ("民國一百年一月一日", "2011-01-01"),
    ("中華民國九十八年七月一日施行", "2009-07-01"),
    ("2021年9月27日", "2021-09-27"),
    ("二〇二一年九月二十七日", "2021-09-27"),
])
def test_dates_of_both_calendars(text, iso):
    assert iso_date(DATE.search(text)) == iso


@pytest.mark.parametrize("text", ["110年5月3日", "人民国101年2月17日", "中華民國110年2月30日"])
def test_no_date_without_its_era_or_calendar(text):
    m = DATE.search(text)
    assert m is None or iso_date(m) is None


# --------------------------------------------------------------------------- label lines

def test_taiwan_decision_states_its_number_and_date_in_label_lines():
    page = ("某某委員會　處分書\n受文者：某某股份有限公司\n發文日期：中華民國108年3月8日\n"
            "發文字號：府法字第1080012345號\n受處分人：某某股份有限公司\n"
            "主旨：受處分人違反某某法第12條第3款規定，處罰鍰新臺幣10萬元。\n"
            "事實：經查受處分人……。\n")
    doc = _documents(page, "decision.txt")[0]
    assert (doc.doc_number, doc.published) == ("府法字第1080012345号", "2019-03-08")


def test_label_alone_on_its_line_takes_the_next_line_as_its_value():
    fields = head_fields("索 引 号：\n11350000/2023-00123\n发文字号：\n某统字〔2023〕3号\n成文日期：\n2023-04-18\n某某公报\n正文")
    assert fields == {"index_no": "11350000/2023-00123", "doc_number": "某统字〔2023〕3号", "written": "2023-04-18"}


@pytest.mark.parametrize("lines", [
    "字号：大 中 小",  # a font-size control, not a number
    "文号：详见附件",
    "发布日期：近日",
    "发文机关：根据有关规定，现将有关事项通知如下。",
])
def test_label_lines_whose_value_is_not_of_the_fields_kind_are_ignored(lines):
    assert head_fields(lines + "\n正文") == {}


def test_label_lines_below_the_head_are_not_the_documents():
    body = "\n".join(f"第{n}段正文。" for n in range(20))
    assert head_fields(f"关于某事的通知\n{body}\n文号：京政发〔2021〕1号\n", 7) == {}


# --------------------------------------------------------------------------- titles on saved pages

_CHROME = ("<div class=top><a>设为首页</a><a>加入收藏</a><a>手机版</a><a>繁体</a></div>"
           "<div class=nav><p>首 页</p><p>时政要闻</p><p>网信政务</p><p>互动服务</p></div>")


def test_saved_page_title_is_the_line_its_h1_names_not_the_chrome():
    html = (f"<html><head><title>某区召开安全生产工作会议_某区应急管理局</title></head><body>{_CHROME}"
            "<h1>某区召开安全生产工作会议</h1><p>2024年03月05日 09:15 来源： 某区融媒体中心</p>"
            "<p>会议指出，要压实各方责任，扎实开展隐患排查整治，确保全区安全生产形势稳定。</p></body></html>")
    assert _documents(html)[0].title == "某区召开安全生产工作会议"


def test_saved_page_without_h1_finds_the_title_its_title_tag_names():
    html = ("<html><head><title>某市人民政府门户网站-某某博物馆-某某纪念馆</title></head><body>"
            "<div><a>无障碍浏览</a> <a>我的某市</a></div><div>长者模式</div><h2>某某纪念馆</h2>"
            "<p>某某纪念馆位于某某博物馆东侧，是一座由两进院落组成的仿古建筑。</p></body></html>")
    assert _documents(html)[0].title == "某某纪念馆"


def test_a_title_tag_with_a_column_beside_the_title_names_no_title_the_text_does_not_show():
    """``<title>`` of three parts (the site, a column, the title): which of the last two is the
    title is a guess unless a line of the text spells one; no guess is written."""
    html = ("<html><head><title>某市人民政府门户网站-某某博物馆-某某纪念馆</title></head><body>"
            "<div><a>无障碍浏览</a> <a>我的某市</a></div>"
            "<p>某某纪念馆位于某某博物馆东侧，是一座由两进院落组成的仿古建筑。</p></body></html>")
    assert _documents(html)[0].title not in ("某某博物馆", "某某纪念馆")


def test_a_line_of_links_is_never_a_title():
    html = ("<html><head><title>某县人民政府</title></head><body>"
            "<p>政务云平台 | 邮件系统 | 办公系统 | 设为首页 | 加入收藏</p><p>首页</p>"
            "<p>本县今年共完成植树造林面积一万亩，较上年增长百分之五。</p></body></html>")
    assert "|" not in _documents(html)[0].title


def test_notice_keeps_the_title_its_text_gives_when_the_page_names_only_the_site():
    html = ("<html><head><title>某市人民政府门户网站</title></head><body>"
            "<p>关于开展安全生产检查的通知</p><p>各区人民政府：</p><p>为做好安全生产工作，现将有关事项通知如下。</p></body></html>")
    assert _documents(html)[0].title == "关于开展安全生产检查的通知"


@pytest.mark.parametrize("title,expected", [
    ("推动构建和谐社会_某市网络安全和信息化委员会办公室", "推动构建和谐社会"),
    ("春风十里 共赴新程——某省青年书画作品展开幕 _ 某省文化厅", "春风十里 共赴新程——某省青年书画作品展开幕"),
    ("关于举办培训班的通知 - 某市人民政府", "关于举办培训班的通知"),
    ("某县人民政府-2015年某县国民经济和社会发展统计公报", "2015年某县国民经济和社会发展统计公报"),
    ("推动构建和谐社会 | 某某学会", "推动构建和谐社会"),
])
def test_site_name_is_stripped_from_the_title_tag(title, expected):
    assert strip_site_name(title) == expected


# --------------------------------------------------------------------------- issuers

def test_bulletin_byline_names_its_issuers_and_date():
    page = ("某县2022年国民经济和社会发展统计公报\n某县统计局\u3000\u3000国家统计局某县调查队\n（2023年5月12日）\n"
            "2022年，全县上下坚持稳中求进工作总基调，经济运行总体平稳。\n一、综合\n全年地区生产总值100亿元。\n")
    doc = _documents(page, "bulletin.txt")[0]
    assert (doc.issuer, doc.written) == ("某县统计局、国家统计局某县调查队", "2023-05-12")
    assert byline("某条例\n（2021年9月27日某市人民代表大会常务委员会通过）\n第一条", 3) is None


def test_the_catalogue_that_published_a_repost_is_not_its_issuer():
    """A city's disclosure catalogue (发布机构) re-posting the province's notice: the issuer is the
    signature's organ; the publisher is the issuer only when the text names none."""
    box = ("<table><tr><td>索引号：</td><td>11350000/2023-00402</td><td>发布机构：</td><td>某市统计局</td></tr>"
           "<tr><td>发文日期：</td><td>2023-04-18</td><td>公开方式：</td><td>主动公开</td></tr></table>")
    signed = ("<p>关于开展统计执法检查的通知</p><p>各设区市统计局：</p><p>为加强统计执法，现将有关事项通知如下。</p>"
              "<p>某省统计局</p><p>2023年4月10日</p>")
    unsigned = "<p>关于开展统计执法检查的通知</p><p>各县统计局：</p><p>为加强统计执法，现将有关事项通知如下。</p>"
    assert _documents(f"<html><body>{box}{signed}</body></html>")[0].issuer == "某省统计局"
    assert _documents(f"<html><body>{box}{unsigned}</body></html>")[0].issuer == "某市统计局"


# --------------------------------------------------------------------------- how the real pages are scored

def test_a_name_inside_a_cited_title_is_not_stated_by_the_page(tmp_path):
    """tests/real_metadata: the issuer a site lists is stated by a page only outside the titles
    it cites; values are compared in one script (the dataset writes Simplified)."""
    from tests.real_metadata import score_site

    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.txt").write_text("一、总体情况\n我局与市财政局联合发布了《北京市中医管理局 北京市财政局关于修订某目录的通知》。\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("受文者：某某股份有限公司\n發文字號：府法字第1080012345號\n主旨：處分……\n", encoding="utf-8")
    tsv = tmp_path / "site.metadata.tsv"
    tsv.write_text("file\ttitle\tissuer\tdoc_number\na.txt\t\t北京市中医管理局\t\nb.txt\t\t\t府法字第1080012345號\n",
                   encoding="utf-8")
    outcomes = {(o.page, o.field): o for o in score_site(folder, tsv)}
    assert outcomes[("a.txt", "issuer")].expected is None and outcomes[("a.txt", "issuer")].right
    assert outcomes[("b.txt", "doc_number")].got == "府法字第1080012345号" and outcomes[("b.txt", "doc_number")].right


def test_the_source_a_page_credits_is_not_its_issuer():
    """The national template's <meta name="ContentSource"> and a 来源 line name where a news item
    comes from (a newspaper, a website): ``source``, never ``issuer``."""
    html = ('<html><head><meta name="ContentSource" content="某某日报"><title>某区开展消防演练_某区人民政府</title></head>'
            "<body><h1>某区开展消防演练</h1><p>近日，某区组织辖区企业开展消防演练，提升应急处置能力。</p></body></html>")
    doc = _documents(html)[0]
    assert (doc.title, doc.issuer, doc.source) == ("某区开展消防演练", None, "某某日报")
    box = ("<table><tr><td>索引号：</td><td>11440100/2024-01</td><td>来源：</td><td>某某晚报</td></tr>"
           "<tr><td>发布日期：</td><td>2024-05-11</td><td>主题分类：</td><td>公共安全</td></tr></table>")
    boxed = _documents(f"<html><body>{box}<p>某区开展消防演练</p><p>近日，某区组织辖区企业开展消防演练。</p></body></html>")[0]
    assert (boxed.issuer, boxed.source, boxed.published) == (None, "某某晚报", "2024-05-11")
