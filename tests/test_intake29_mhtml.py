"""Field test 29 (room intake29): a web page saved as a MIME archive (MHTML) is read as its HTML part, whatever
its name (F29-E2).  Real file: tests/real_pages/intake29/SOURCE.md.  Invented variants are marked so."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools import formats
from corpus_tools.ingest import IngestError, ingest_bytes

REAL = Path(__file__).parent / "real_pages" / "intake29"


def test_an_mhtml_page_saved_as_doc_is_read_as_its_html_part():
    """The Wuhan page was refused as "source code, not a page of text"."""
    page = ingest_bytes((REAL / "wuhan_hukou_mhtml.doc").read_bytes(), "武汉_市人民政府关于进一步推进户籍制度改革的实施意见.doc")
    assert page.format == "html"
    assert page.metadata["url"] == "https://www.wuhan.gov.cn/zwgk/xxgk/zfwj/gfxwj/202003/t20200316_973280.shtml"
    lines = page.text.splitlines()
    assert lines[0] == "市人民政府关于进一步推进户籍制度改革的实施意见"
    assert "发文字号： 武政规〔2016〕33号" in lines
    assert "各区人民政府，市人民政府各部门：" in lines
    assert "base64" not in page.text and "NEXT.ITEM-BOUNDARY" not in page.text


@pytest.mark.parametrize("name", ["a.mht", "a.mhtml", "a.html", "a.txt"])
def test_the_archive_is_read_whatever_its_name(name):
    """Invented variant: a browser's single-file save (Blink's header, quoted-printable HTML) under any name."""
    data = (b'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.example.gov.cn/a.html\r\n'
            b'Subject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
            b'\tboundary="----MultipartBoundary--X----"\r\n\r\n------MultipartBoundary--X----\r\n'
            b'Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            b'<html><body><p>=E7=AC=AC=E4=B8=80=E6=9D=A1=E3=80=80=E4=B8=BA=E4=BA=86=E8=A7=84=E8=8C=83=E7=AE=A1=E7=90=86=E3=80=82</p>'
            b'</body></html>\r\n------MultipartBoundary--X------\r\n')
    page = ingest_bytes(data, name)
    assert page.text.strip() == "第一条　为了规范管理。"
    assert page.metadata["url"] == "https://www.example.gov.cn/a.html"


def test_a_text_that_names_mime_headers_is_no_archive():
    """Negative (invented): a page of text quoting a MIME header is read as text, unchanged."""
    text = "Content-Type: multipart/related 是一种网页存档格式。\n第一条　为了规范网页存档，制定本办法。\n"
    assert formats.sniff(text.encode()).kind == ""
    assert ingest_bytes(text.encode(), "a.txt").text == text


def test_a_word_97_document_is_still_refused():
    """Negative: an OLE2 .doc is refused as before."""
    with pytest.raises(IngestError):
        ingest_bytes(formats.OLE2_MAGIC + "WordDocument".encode("utf-16-le"), "a.doc")
