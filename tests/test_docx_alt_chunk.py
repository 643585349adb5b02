"""A .docx whose body imports an MHT page with ``w:altChunk`` (tests/real_pages/flkdocx, SOURCE.md) is read
from that page: the law's title, its articles and its adoption record; a .docx with no text stays rejected."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from corpus_tools.formats import alt_chunk_html
from corpus_tools.ingest import IngestError, ingest_bytes
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

FLK = Path(__file__).parent / "real_pages" / "flkdocx"
_ARTICLE_LINE = re.compile(r"^第[一二三四五六七八九十百零]+条[ 　]", re.M)


def _law(name: str):
    data = (FLK / f"中华人民共和国{name}.docx").read_bytes()
    (chunk,) = alt_chunk_html(data)
    expected_articles = len(_ARTICLE_LINE.findall(re.sub(r"<[^>]+>", "\n", chunk)))
    page = ingest_bytes(data, f"{name}.docx")
    structure = structure_page(clean_page(page))
    return page, structure, expected_articles


@pytest.mark.parametrize("name, articles", [("国旗法", 24), ("宪法", 143)])
def test_the_law_in_the_imported_mht_part_is_built_whole(name, articles):
    page, structure, expected_articles = _law(name)
    assert page.format == "docx" and expected_articles == articles  # counted in the MHT's HTML
    assert [document.title for document in structure.documents] == [f"中华人民共和国{name}"]
    assert [article.article_no for article in structure.articles] == list(range(1, articles + 1))


def test_the_adoption_record_of_the_law_is_read():
    page, structure, _ = _law("国旗法")
    assert "根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正" in page.text
    law = structure.documents[0]
    assert str(law.adopted) == "1990-06-28" and str(law.amended) == "2020-10-17"


def _docx(body: str, parts: dict[str, bytes] | None = None, target: str = "chunk.htm") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml",
                         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         f"<w:body>{body}</w:body></w:document>")
        package.writestr("word/_rels/document.xml.rels",
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         '<Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
                         f'Target="{target}"/></Relationships>')
        for name, data in (parts or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


def test_an_html_chunk_follows_the_documents_own_paragraphs_and_an_embedded_docx_is_read():
    inner = _docx('<w:p><w:r><w:t>第二条 内嵌文件的条文。</w:t></w:r></w:p>')
    data = _docx('<w:p><w:r><w:t>某某办法</w:t></w:r></w:p><w:altChunk r:id="c1"/>',
                 {"word/chunk.htm": "<html><head><title>x</title></head><body><p>第一条 导入页面的条文。</p></body></html>".encode()})
    assert ingest_bytes(data, "a.docx").text.splitlines() == ["某某办法", "第一条 导入页面的条文。"]
    nested = _docx('<w:altChunk r:id="c1"/>', {"word/inner.docx": inner}, target="inner.docx")
    assert "第二条 内嵌文件的条文。" in ingest_bytes(nested, "b.docx").text


def test_a_docx_without_text_or_with_an_unread_chunk_is_still_rejected_as_empty():
    for data in (_docx(""), _docx('<w:altChunk r:id="c1"/>', {"word/chunk.htm": b""}),
                 _docx('<w:altChunk r:id="missing"/>')):
        with pytest.raises(IngestError, match="empty file: no text in the docx document"):
            ingest_bytes(data, "empty.docx")
