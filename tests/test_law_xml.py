"""Taiwan's law database XML (全國法規資料庫 open data) read as a law: name, history, headings,
articles (第 15-1 條 as 第15條之1), repeal mark and dates as metadata.  The XML here is written
by hand in the database's published element names; no file of the database is committed."""

from __future__ import annotations

import pytest

from corpus_tools.ingest import IngestError, ingest_bytes
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

_LAW = """<?xml version="1.0" encoding="utf-8"?>
<LAWS><法規>
<法規性質>法律</法規性質>
<法規名稱>某某管理法</法規名稱>
<法規網址>https://law.example/LawAll.aspx?pcode=X0000001</法規網址>
<法規類別>行政＞某部＞某目</法規類別>
<最新異動日期>20200115</最新異動日期>
<生效日期></生效日期>
<廢止註記>{repealed}</廢止註記>
<沿革內容><![CDATA[1.中華民國九十八年七月一日制定公布全文 4 條
2.中華民國一百零九年一月十五日修正公布第 2 條條文]]></沿革內容>
<前言><![CDATA[]]></前言>
<法規內容>
<編章節>第 一 章 總則</編章節>
<條文><條號>第 1 條</條號><條文內容><![CDATA[為管理某事，特制定本法。]]></條文內容></條文>
<條文><條號>第 1-1 條</條號><條文內容><![CDATA[本法所稱某事如下：
一、甲。
二、乙。]]></條文內容></條文>
<編章節>第 二 章 附則</編章節>
<條文><條號>第 2 條</條號><條文內容><![CDATA[違反第 1-1 條規定者，處新臺幣一萬元罰鍰。]]></條文內容></條文>
<條文><條號>第 3 條</條號><條文內容><![CDATA[本法自公布日施行。]]></條文內容></條文>
</法規內容>
</法規></LAWS>
"""


def _structure(xml: str, name: str = "X0000001.xml"):
    page = ingest_bytes(xml.encode("utf-8"), name)
    return page, structure_page(clean_page(page))


def test_a_law_of_the_database_is_one_document_with_its_articles_and_headings():
    page, ps = _structure(_LAW.format(repealed=""))
    assert page.format == "xml"
    (doc,) = ps.documents
    # the history's numbered entries are the law's record (``2.中華民國一百零九年一月十五日修正公布…``): amended, and a
    # law with a dated amendment is in force (metadata.classify_status)
    assert (doc.title, doc.source_url, doc.status) == ("某某管理法", "https://law.example/LawAll.aspx?pcode=X0000001", "in_force")
    assert (doc.adopted, doc.amended) == ("2009-07-01", "2020-01-15")
    assert [(a.article_no, a.article_suffix) for a in ps.articles] == [(1, 0), (1, 1), (2, 0), (3, 0)]
    assert [a.chapter_title for a in ps.articles] == ["总则", "总则", "附则", "附则"]
    assert ps.articles[1].text.startswith("本法所称某事如下：\n一、甲。")
    assert ps.articles[2].text.startswith("违反第 1-1 条规定者")  # a citation stays as written
    assert "制定公布全文" in doc.text  # the history is part of the page


def test_the_repeal_mark_makes_the_law_repealed():
    _, ps = _structure(_LAW.format(repealed="廢"))
    assert ps.documents[0].status == "repealed"


@pytest.mark.parametrize("xml,why", [
    ("<法規><法規名稱>某法</法規名稱>", "malformed"),
    ('<?xml version="1.0"?><!DOCTYPE 法規 [<!ENTITY a "aaaa">]><法規><法規名稱>某法&a;</法規名稱></法規>', "DTD"),
    ("<LAWS><其他><法規名稱></法規名稱></其他></LAWS>", "no <法規>"),
])
def test_a_law_xml_that_cannot_be_read_is_rejected_naming_why(xml, why):
    with pytest.raises(IngestError) as error:
        ingest_bytes(xml.encode("utf-8"), "bad.xml")
    assert error.value.code == "xml" and why in str(error.value)


def test_other_xml_is_read_by_its_text_content():
    """Other XML is no longer read as plain text with its tags (field16 F16-I1: a law corpus's own XML of 公司法
    became a document titled with a tag): its text content, by :mod:`corpus_tools.xml_text`."""
    page = ingest_bytes("<rss><item>某市发布通知</item></rss>".encode("utf-8"), "feed.xml")
    assert page.format == "xml" and page.text == "某市发布通知\n" and page.metadata == {}
