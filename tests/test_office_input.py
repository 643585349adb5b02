"""Word and PDF input: a .docx and a text PDF of each seed page give the same documents and
articles as the seed's text; .doc/.wps/OFD and PDFs without a usable text layer are
rejected with a reason naming the format.  The files are made in the tests
(:mod:`tests.office_fixtures`)."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import pytest

from corpus_tools.formats import OLE2_MAGIC, pdf_to_text, sniff
from corpus_tools.ingest import IngestError, ingest_bytes, ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from tests.office_fixtures import make_docx, make_pdf

pytest.importorskip("mammoth", reason="the office extra is not installed")
pytest.importorskip("pypdfium2", reason="the office extra is not installed")

RAW = Path(__file__).resolve().parent.parent / "raw"
SEEDS = sorted(p.name for p in RAW.glob("*.txt"))


@lru_cache(maxsize=None)
def _seed(name: str):
    page = ingest_file(RAW / name, RAW)
    return page, structure_page(clean_page(page))


def _shape(structure):
    documents = [(d.role, d.attachment_no, d.title, d.doc_type) for d in structure.documents]
    articles = [(a.label, a.heading, a.chapter_title, a.paragraphs) for a in structure.articles]
    return documents, articles


@pytest.mark.parametrize("kind", ["docx", "pdf"])
@pytest.mark.parametrize("name", SEEDS)
def test_office_file_of_a_seed_gives_the_seed_documents_and_articles(name, kind):
    page, expected = _seed(name)
    lines = page.text.split("\n")
    data = make_docx(lines) if kind == "docx" else make_pdf(lines)
    converted = ingest_bytes(data, Path(name).stem + "." + kind)
    assert converted.format == kind
    documents, articles = _shape(structure_page(clean_page(converted)))
    expected_documents, expected_articles = _shape(expected)
    assert documents == expected_documents
    assert articles == expected_articles


def test_pdf_lines_wrapped_by_the_typesetter_are_joined_and_labels_start_lines():
    long = "第一条　" + "为了促进智能制造发展，推动制造业高质量发展，" * 4 + "制定本条例。"
    page = ingest_bytes(make_pdf([long, "第二条　本条例适用于本市。"]), "a.pdf")
    assert page.text.split("\n")[:2] == [long, "第二条　本条例适用于本市。"]


def _ascii_only_pdf() -> bytes:
    """A PDF whose every byte is ASCII (uncompressed, the binary comment line overwritten
    with as many ASCII bytes, so the cross-reference offsets still hold)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pageCompression=0)
    page.setFont("Helvetica", 12)
    page.drawString(72, 700, "Article 1 This regulation applies.")
    page.save()
    data = bytearray(buffer.getvalue())
    for i, byte in enumerate(data):
        if byte > 127:
            data[i] = ord("x")
    return bytes(data)


def test_ascii_only_pdf_is_read_as_pdf_not_as_a_text_page():
    data = _ascii_only_pdf()
    assert data.isascii()
    assert sniff(data).kind == "pdf"  # the name says text: the bytes decide
    assert pdf_to_text(data) == "Article 1 This regulation applies.\n"
    with pytest.raises(IngestError) as error:  # read as a PDF, its English text is no Chinese page
        ingest_bytes(data, "a.txt")
    assert error.value.code == "not_chinese"


def _image_only_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawImage(ImageReader(Image.new("RGB", (40, 20), "white")), 72, 600, 200, 100)
    page.save()
    return buffer.getvalue()


REJECTED = [
    ("scanned pdf", _image_only_pdf, "no_text_layer", "without a text layer"),
    ("word 97 .doc", lambda: OLE2_MAGIC + b"\0" * 500 + "WordDocument".encode("utf-16-le") + b"\0" * 100, "doc", ".doc"),
    ("works .wps", lambda: OLE2_MAGIC + b"\0" * 500 + "CONTENTS".encode("utf-16-le"), "wps", ".wps"),
    ("encrypted docx", lambda: OLE2_MAGIC + "EncryptionInfo".encode("utf-16-le"), "encrypted", "password"),
    ("ofd", lambda: _zip({"OFD.xml": "<ofd/>"}), "ofd", "OFD"),
    ("broken docx", lambda: _zip({"word/document.xml": "<not xml"}), "docx", ".docx"),
    ("json crawl", lambda: '{"法規名稱": "國籍法", "法規內容": [{"條號": "第 1 條", "條文內容": "中華民國國籍之取得。"}]}'.encode(),
     "json", "JSON"),
    ("word 2003 xml", lambda: b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n'
     b'<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body/></w:wordDocument>',
     "word2003xml", "Word 2003 XML"),
    ("flat opc with entities", lambda: b'<?xml version="1.0"?><?mso-application progid="Word.Document"?>'
     b'<!DOCTYPE p [<!ENTITY a "aaaa">]><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>',
     "docx", "entities"),
]


def _zip(files: dict[str, str]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize("label,make,code,words", REJECTED, ids=[r[0] for r in REJECTED])
def test_unreadable_formats_are_rejected_naming_the_format(label, make, code, words):
    with pytest.raises(IngestError) as caught:
        ingest_bytes(make(), "attachment.bin")
    assert caught.value.code == code
    assert words in caught.value.reason and "attachment.bin" in str(caught.value)


def test_text_is_never_sniffed_as_a_binary_container():
    for name in SEEDS:
        assert sniff((RAW / name).read_bytes()).kind == ""


def test_a_real_pdf_whose_text_layer_is_glyph_numbers_is_rejected():
    """tests/real_pages/govpdf/SOURCE.md: a gazette page whose fonts have no Unicode map."""
    pytest.importorskip("pypdfium2")
    path = Path(__file__).parent / "real_pages" / "govpdf" / "gazette_glyph_codes.pdf"
    with pytest.raises(IngestError) as caught:
        ingest_bytes(path.read_bytes(), "gazette.pdf")
    assert caught.value.code == "text_layer_without_unicode" and "glyph" in caught.value.reason
