"""Binary input formats: which container a file is, and the text of Word (.docx) and PDF files.

Government sites publish many regulations as attachments: ``.docx``, PDF,
the old Word 97-2003 ``.doc`` (which WPS also writes), Kingsoft ``.wps``,
OFD.  The format is decided from the bytes, before any text decoding, because
an ASCII-only PDF decodes as text and used to become a page titled
``%PDF-1.4``, and a ``.docx`` used to be rejected as "binary file" with no
format named.

* ``.docx``: mammoth turns the document into HTML (tables keep their
  ``rowspan``/``colspan``), and :func:`corpus_tools.ingest.html_to_text` reads
  it like any page.  Images are never opened: WPS writes image relationships
  to ``../NULL`` that crash readers which open them.
* PDF with a text layer: pypdfium2 gives the characters and their boxes; a
  line whose right edge reaches the right edge of the page's text block
  continues on the next line (:func:`unwrap_lines`), which is the evidence a
  join of lines needs.  A PDF with no text layer (a scan) or a text layer
  without Unicode mapping (control characters where the glyphs are) is
  rejected with that reason.
* Word's "XML Document" (Flat OPC: the parts of a ``.docx`` in one XML file, ``<pkg:package>``,
  which Word and WPS save as ``.xml`` and sites publish as ``.doc``) is put back into a ``.docx``
  container (:func:`flat_opc_to_docx`) and read like one.
* RTF is read to its text (:func:`rtf_text`, typeset33).
* ``.doc``/``.wps``/encrypted OOXML/OFD/Word 2003 XML are rejected with a reason that
  names the format and how to convert it.

mammoth and pypdfium2 are the optional extra ``office``
(``pip install 'corpus-tools[office]'``); without them a ``.docx`` or PDF is
rejected with a reason that says so.
"""

from __future__ import annotations

import base64
import io
import math
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

import regex
from corpus_tools.lazy_patterns import lazy_regex

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: A .docx whose parts (images aside, which are never opened) unpack to more than this is
#: refused before it is read: the zip's own declared sizes bound what unzipping gives.
MAX_UNZIPPED_BYTES = 128 * 1024 * 1024
_CONVERT = "convert it to .docx first (for example `soffice --headless --convert-to docx FILE`)"


@dataclass(frozen=True)
class Sniffed:
    """What the first bytes of a file say it is: a ``kind`` we read, or a ``reason`` we refuse it."""

    kind: str  # "pdf" | "docx" | "notebook" | "rejected" | "" (not a known binary container: decode as text)
    reason: str = ""
    code: str = ""


def _ole2_streams(data: bytes) -> set[str]:
    """Names of the well-known streams a compound file holds.

    Directory entries store their names in UTF-16LE, so a linear byte search
    finds them without parsing the sector chains.

    >>> sorted(_ole2_streams(OLE2_MAGIC + "WordDocument".encode("utf-16-le")))
    ['WordDocument']
    """
    names = ("WordDocument", "EncryptionInfo", "EncryptedPackage", "CONTENTS", "Workbook", "PowerPoint Document")
    return {name for name in names if name.encode("utf-16-le") in data}


def sniff(data: bytes) -> Sniffed:
    r"""The container of a raw file, from its bytes.

    >>> sniff(b"%PDF-1.4\n%ascii only\n").kind
    'pdf'
    >>> sniff(OLE2_MAGIC + "WordDocument".encode("utf-16-le")).code
    'doc'
    >>> sniff("第一条".encode()).kind
    ''
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return Sniffed("pdf")
    if data.startswith(OLE2_MAGIC):
        streams = _ole2_streams(data)
        if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
            return Sniffed("rejected", "password-protected Office document (encrypted OOXML in an OLE2 container): "
                           "remove the password and save it as .docx", "encrypted")
        if "WordDocument" in streams:
            return Sniffed("rejected", "Word 97-2003 document (.doc, OLE2 with a WordDocument stream; WPS writes "
                           f"this format too, also as .wps): not supported, {_CONVERT}", "doc")
        if "CONTENTS" in streams:
            return Sniffed("rejected", f"Microsoft Works document (.wps, OLE2 with a CONTENTS stream): not supported, {_CONVERT}", "wps")
        if "Workbook" in streams or "PowerPoint Document" in streams:
            return Sniffed("rejected", "Excel or PowerPoint 97-2003 file (OLE2): not a text document", "office_other")
        return Sniffed("rejected", "OLE2 compound file of an unknown kind (not a text page)", "ole2")
    if data.startswith(b"PK\x03\x04"):
        try:
            entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
        except zipfile.BadZipFile:
            return Sniffed("rejected", "broken zip container (a truncated .docx?)", "zip")
        names = {entry.filename for entry in entries}
        if "word/document.xml" in names:
            unpacked = sum(entry.file_size for entry in entries if not entry.filename.startswith("word/media/"))
            if unpacked > MAX_UNZIPPED_BYTES:
                return Sniffed("rejected", f"a .docx whose parts unpack to {unpacked:,} bytes (limit {MAX_UNZIPPED_BYTES:,}): "
                               "a zip bomb, or not a document a person wrote", "zip_bomb")
            return Sniffed("docx")
        if "OFD.xml" in names:
            return Sniffed("rejected", "OFD document (GB/T 33190 zip container): not supported, export it as PDF or .docx", "ofd")
        if "content.xml" in names:
            return Sniffed("rejected", f"OpenDocument file (.odt): not supported, {_CONVERT}", "odf")
        return Sniffed("rejected", "zip archive: not a text page", "zip")
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" and b'"nbformat"' in data and _is_json(data):
        from corpus_tools.notebooks import is_law_notebook

        if is_law_notebook(data):
            return Sniffed("notebook")  # a Jupyter notebook whose outputs or cells hold a law (robust28)
    if (head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") and _is_json(data) and not _law_lines(data)
            and not _BYTE_ARRAY.fullmatch(data)  # (a document's bytes as an array of numbers: shown_bytes reads them)
            and not _l10n_json(data)  # (a resource file's strings, i18next/ARB: l10n_files reads them, l10n32)
            and not _shows_bytes(data)):  # (a document's bytes in a field: shown_bytes reads them, bytes33)
        return Sniffed("rejected", "JSON data (a crawler's records, not a page of text): not read as one page, its "
                       "syntax would be taken for text; `corpus-tools build` reads each record of a .json file as a "
                       "page (README, \"Crawl records\")", "json")
    if (head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") and _is_json_lines(data) and not _law_records(data)
            and not _annotated_records(data)):  # (an annotation tool's export of a law: annotated_corpora, corpus33)
        return Sniffed("rejected", "JSON Lines data (one JSON record per line: a crawler's records, not a page of "
                       "text): not read as one page, its syntax would be taken for text; `corpus-tools build` reads "
                       "each record of a .jsonl file as a page (README, \"Crawl records\")", "jsonl")
    if b"<?mso-application" in head and b'progid="Word.Document"' in head:
        if b"<pkg:package" in head:
            return Sniffed("docx")  # Flat OPC: :func:`docx_to_html` unpacks it
        if b"<w:wordDocument" in head:
            return Sniffed("rejected", f"Word 2003 XML document (WordprocessingML 2003, <w:wordDocument>): not supported, {_CONVERT}",
                           "word2003xml")
    if mime_archive(data[:4096]):
        return Sniffed("mhtml")  # a web page saved as a MIME archive, whatever its name (:func:`mht_page`)
    if data.startswith(b"{\\rtf"):
        return Sniffed("rtf")  # an RTF document (Word, WPS, WordPad, LibreOffice): :func:`rtf_text` reads it (typeset33)
    return Sniffed("")


#: RTF's tokens: a control word with its parameter (and the one blank that ends it), a hex byte, a control symbol,
#: a group's braces, a run of text.
_RTF_TOKEN = lazy_regex(r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?[0-9]{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[^a-zA-Z'])"
                        r"|(?P<brace>[{}])|(?P<text>[^\\{}\r\n]+)|[\r\n]+|\\")
#: Destinations whose group is no text (tables, document information, pictures, fields' instructions, headers).
_RTF_SKIPPED = frozenset("fonttbl colortbl stylesheet info pict object themedata colorschememapping datastore "
                         "latentstyles rsidtbl listtable listoverridetable generator xmlnstbl mmathPr pgdsctbl "
                         "fldinst header footer headerl headerr headerf footerl footerr footerf footnote bkmkstart "
                         "bkmkend filetbl revtbl userprops docvar nonshppict shpinst sp".split())
_RTF_WORDS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "cell": "\t", "tab": "\t",
              "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
              "bullet": "•", "emspace": "\u3000", "enspace": " ", "qmspace": " "}
_RTF_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "-": "", "*": ""}


def rtf_text(data: bytes) -> str:
    r"""The text of an RTF document: its paragraphs, its characters decoded (``\'hh`` bytes in the document's code
    page, ``\uN`` code units with their fallbacks skipped), its tables, styles, pictures and fields' instructions
    left out.

    Real damage undone: a law published or crawled as RTF (Word's, WPS's, WordPad's or LibreOffice's "Rich Text"
    save, a site's ``.rtf`` attachment, a ``.doc`` that is RTF inside) was refused whole at ingest, every article
    lost.  RTF is a typesetting source like TeX's (control words ``\par``, ``\b``, groups ``{…}``): its text is
    what stands outside the control words and the skipped destinations.  **Evidence**: the file opens with
    ``{\rtf``.

    >>> rtf_text(rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 \'cb\'ce\'cc\'e5;}}\f0 {\b \'b5\'da\'d2\'bb\'cc\'f5}\'a1\'a1\'bc\'d7\'a1\'a3\par}")
    '第一条\u3000甲。\n'
    >>> rtf_text(rb"{\rtf1\ansi\uc1{\b \u31532?\u19968?\u26465?} \u-28707?\par\pard{\*\generator x;}A\{B\}\par}")
    '第一条 违\nA{B}\n'
    """
    text = data.decode("latin-1")
    codepage = regex.search(r"\\ansicpg([0-9]{3,5})", text[:4096])
    codec = f"cp{codepage.group(1)}" if codepage else "gb18030"
    if codec == "cp936":
        codec = "gb18030"
    out: list[str] = []
    pending = bytearray()
    stack: list[tuple[bool, int]] = []
    skipping, uc, skip_next, fresh = False, 1, 0, False

    def flush() -> None:
        if pending:
            try:
                out.append(pending.decode(codec))
            except (LookupError, UnicodeDecodeError):
                out.append(pending.decode("gb18030", "replace"))
            pending.clear()

    for m in _RTF_TOKEN.finditer(text):
        if m.group("hex") is not None:
            if skip_next:
                skip_next -= 1
            elif not skipping:
                pending.append(int(m.group("hex"), 16))
            fresh = False
            continue
        flush()
        brace, word = m.group("brace"), m.group("word")
        if brace == "{":
            stack.append((skipping, uc))
            fresh, skip_next = True, 0
            continue
        if brace == "}":
            skipping, uc = stack.pop() if stack else (False, 1)
            fresh, skip_next = False, 0
            continue
        if word is not None:
            if fresh and word in _RTF_SKIPPED:
                skipping = True
            fresh = False
            if skipping:
                continue
            if word == "u" and m.group("arg"):
                n = int(m.group("arg"))
                out.append(chr(n + 65536 if n < 0 else n) if -65536 < n < 65536 else "")
                skip_next = uc
            elif word == "uc" and m.group("arg"):
                uc = min(int(m.group("arg")), 8)
            elif word in _RTF_WORDS:
                out.append(_RTF_WORDS[word])
            continue
        symbol = m.group("symbol")
        if symbol is not None:
            if symbol == "*" and fresh:
                skipping = True
            fresh = False
            if not skipping:
                out.append(_RTF_SYMBOLS.get(symbol, ""))
            continue
        fresh = False
        chunk = m.group("text")
        if chunk is None or skipping:
            continue
        if skip_next:
            cut = min(skip_next, len(chunk))
            chunk, skip_next = chunk[cut:], skip_next - cut
        out.append(chunk)
    flush()
    joined = "".join(out)
    # (surrogate pairs RTF writes as two \uN words)
    return joined.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _is_json(data: bytes) -> bool:
    """Whether the bytes are one JSON document (an object or an array).  A crawl saved as JSON
    (Taiwan's laws as ``{"法規名稱": …, "法規內容": [{"條號": "第 1 條", …}]}``) was read as plain
    text in a field test: no title, no article, its quotes and colons half turned into Chinese
    punctuation, its ``\\r\\n`` escapes left in the law.

    >>> _is_json('{"法規名稱": "國籍法"}'.encode()), _is_json("[第一条]".encode()), _is_json(b"{not json")
    (True, False, False)
    """
    import json

    try:
        return isinstance(json.loads(data), (dict, list))
    except (ValueError, RecursionError):
        return False


def _l10n_json(data: bytes) -> bool:
    """Whether the bytes are a localisation resource of Chinese strings (:func:`corpus_tools.l10n_files.json_resource`)."""
    from corpus_tools.l10n_files import json_resource

    return json_resource(data)


def _law_lines(data: bytes) -> bool:
    """Whether the bytes are a JSON array of strings that are a law's lines (a scraper's ``json.dumps(lines)``,
    no crawler's records): read as a page, whose cleaner decodes it (:mod:`corpus_tools.clean.containers`).

    >>> _law_lines('["某市条例", "第一条 甲。", "第二条 乙。", "第三条 丙。"]'.encode())
    True
    >>> _law_lines('[{"条号": "第一条"}, {"条号": "第二条"}, {"条号": "第三条"}]'.encode()), _law_lines(b'["a", "b"]')
    (False, False)
    """
    import json

    from corpus_tools.clean.containers import is_serialised_law

    try:
        text = data.decode("utf-8-sig")
        lines = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(lines, list) and all(isinstance(line, str) for line in lines) and is_serialised_law(text)


def _annotated_records(data: bytes) -> bool:
    """Whether JSON Lines are an annotation tool's export of one law (:func:`corpus_tools.annotated_corpora.annotated_records`)."""
    from corpus_tools.annotated_corpora import annotated_records

    try:
        return annotated_records(data.decode("utf-8-sig"))
    except ValueError:
        return False


def _law_records(data: bytes) -> bool:
    """Whether the bytes are JSON Lines whose every record wraps one line of a law, in one shape (an export's
    ``{"paragraph": "第一条 为了…", "id": 2}`` per line; no crawler's records of documents or of articles, a
    label and its text in two fields, which stay rejected): read as a page,
    whose cleaner decodes it (:mod:`corpus_tools.clean.containers`).

    >>> _law_records("\\n".join('{"p": "%s", "id": %d}' % (x, i) for i, x in enumerate(["某市条例", "第一条 甲。", "第二条 乙。", "第三条 丙。"])).encode())
    True
    >>> _law_records('{"条号": "第一条", "内容": "甲。"}\\n{"条号": "第二条", "内容": "乙。"}\\n{"条号": "第三条", "内容": "丙。"}\\n{"条号": "第四条", "内容": "丁。"}'.encode())
    False
    """
    from corpus_tools.clean.containers import serialised_page

    try:
        text = data.decode("utf-8-sig")
    except ValueError:
        return False
    decoding = serialised_page(text)[0]
    return decoding is not None and decoding.kind == "line records"


#: Lines of a file read to decide that it is JSON Lines (every one must be a JSON record).
_JSON_LINES_PROBE = 20


def _is_json_lines(data: bytes) -> bool:
    """Whether the bytes are JSON Lines: their first lines (up to :data:`_JSON_LINES_PROBE`,
    at least two) are each one JSON object or array.  A dump of statutes as ``.jsonl``
    (``{"article_number": "第1条", "content": "为了规范…"}`` per line) was read as plain text in a
    field test: the width rule turned its syntax into Chinese punctuation (3,888 edits,
    ``"第1条",`` to ``“第1条”，``) and no article was found in 480 records.

    >>> _is_json_lines('{"条": "第1条"}\\n{"条": "第2条"}\\n'.encode()), _is_json_lines('{"条": "第1条"}\\n第二条 某。'.encode())
    (True, False)
    >>> _is_json_lines("[第一条]\\n[第二条]".encode())
    False
    """
    import json

    lines = [line for line in data.split(b"\n", _JSON_LINES_PROBE + 1)[:_JSON_LINES_PROBE] if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return all(isinstance(json.loads(line), (dict, list)) for line in lines)
    except (ValueError, RecursionError):
        return False


class FormatError(Exception):
    """A Word or PDF file that gives no text, with the reason and a short code."""

    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


_PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"


def flat_opc_to_docx(data: bytes) -> bytes:
    """The ``.docx`` container of a Flat OPC document: each ``<pkg:part>`` becomes the zip entry
    it names (``pkg:xmlData`` as XML, ``pkg:binaryData`` base64-decoded), with the
    ``[Content_Types].xml`` its content types give.  A field test met local regulations that
    a site published as ``.doc`` in this form; they were rejected as a 210,427-character line.

    >>> flat = (b'<?xml version="1.0"?><?mso-application progid="Word.Document"?>'
    ...         b'<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
    ...         b'<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/xml"><pkg:xmlData><d>text</d></pkg:xmlData></pkg:part>'
    ...         b'<pkg:part pkg:name="/media/x.bin" pkg:contentType="application/octet-stream"><pkg:binaryData>AAE=</pkg:binaryData></pkg:part>'
    ...         b'</pkg:package>')
    >>> z = zipfile.ZipFile(io.BytesIO(flat_opc_to_docx(flat)))
    >>> z.namelist(), z.read("word/document.xml").decode().splitlines()[-1], z.read("media/x.bin")
    (['[Content_Types].xml', 'word/document.xml', 'media/x.bin'], '<d>text</d>', b'\\x00\\x01')
    """
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data:
        raise FormatError("a Word XML document with a DTD or entities (no Word file has them): refused", "docx")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise FormatError(f"unreadable Word XML document ({error})", "docx") from None
    parts: list[tuple[str, bytes]] = []
    types: list[str] = []
    for part in root.iter(f"{_PKG}part"):
        name = (part.get(f"{_PKG}name") or "").lstrip("/")
        if not name or ".." in name.split("/"):
            continue
        xml_data, binary = part.find(f"{_PKG}xmlData"), part.find(f"{_PKG}binaryData")
        if xml_data is not None and len(xml_data):
            body = ElementTree.tostring(xml_data[0], encoding="utf-8", xml_declaration=True)
        elif binary is not None:
            body = base64.b64decode("".join((binary.text or "").split()))
        else:
            continue
        parts.append((name, body))
        content_type = part.get(f"{_PKG}contentType") or "application/octet-stream"
        types.append(f'<Override PartName="/{_xml_attr(name)}" ContentType="{_xml_attr(content_type)}"/>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?>'
                      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                      + "".join(types) + "</Types>")
        for name, body in parts:
            docx.writestr(name, body)
    return buffer.getvalue()


def _xml_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def docx_to_html(data: bytes, *, nesting: int = 0) -> str:
    """The HTML mammoth makes of a ``.docx`` (images never opened); a Flat OPC document
    (:func:`flat_opc_to_docx`) is put in its container first.  Parts the body imports with
    ``w:altChunk`` (:func:`alt_chunk_html`) follow the document's own paragraphs."""
    if not data.startswith(b"PK\x03\x04"):
        data = flat_opc_to_docx(data)
    chunks = alt_chunk_html(data, nesting=nesting)
    own = _mammoth_html(data)
    if not chunks:
        return own
    if len(chunks) == 1 and not _TAG_OR_BLANK.sub("", own):
        return chunks[0]  # the whole document is one imported page: keep its <head> (title, meta)
    return own + "".join(_body_of(chunk) for chunk in chunks)


def _mammoth_html(data: bytes) -> str:
    try:
        import mammoth
        import mammoth.images
    except ImportError:
        raise FormatError("a .docx file, and mammoth is not installed (pip install 'corpus-tools[office]')",
                          "missing_extra") from None
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), convert_image=mammoth.images.img_element(lambda image: {}))
    except Exception as error:  # noqa: BLE001 -- any failure of the reader is a bad file, named
        raise FormatError(f"unreadable .docx ({type(error).__name__}: {error})", "docx") from None
    return result.value


# --------------------------------------------------------------------------- altChunk

_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_TAG_OR_BLANK = lazy_regex(r"<[^<>]*>|\s+")
_BODY = lazy_regex(r"<body\b[^>]*>(.*)</body\s*>", regex.I | regex.S)
_HTML_CHARSET = lazy_regex(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
#: A JSON array of numbers alone (``[231, 172, 172, …]``): a document's bytes a program printed, not records.
_BYTE_ARRAY = lazy_regex(rb"[\xef\xbb\xbf \t\r\n]*\[[-0-9, \t\r\n]*\][ \t\r\n]*")
#: A payload's run in a JSON document (a base64 or hexadecimal string, an array of numbers): the gate of
#: :func:`_shows_bytes`.
_PAYLOAD_RUN = lazy_regex(rb"[A-Za-z0-9+/_-]{64}|(?:[0-9]{1,3}, ?){24}")
#: Largest JSON document asked whether a field holds a document's bytes (a record set is larger and is refused).
MAX_SHOWN_JSON_BYTES = 4_000_000


def _shows_bytes(data: bytes) -> bool:
    """A JSON document whose field holds a Chinese document's bytes (an API's record with a compressed text field in
    base64, Node's ``Buffer.toJSON``), which :mod:`corpus_tools.shown_bytes` reads back: a page, not records."""
    if len(data) > MAX_SHOWN_JSON_BYTES or not _PAYLOAD_RUN.search(data):
        return False
    from corpus_tools.shown_bytes import shown_bytes

    try:
        return bool(shown_bytes(data.decode("utf-8"))[1])
    except UnicodeDecodeError:
        return False

#: An embedded .docx may embed another; deeper than this is no document a person wrote.
MAX_CHUNK_NESTING = 3


def alt_chunk_html(data: bytes, *, nesting: int = 0) -> list[str]:
    r"""The HTML of each part a ``.docx`` body imports with ``<w:altChunk r:id=…/>``, in order.

    HTML→Word exporters (html-docx-js and the "下载Word" buttons of sites built on it) write a
    ``.docx`` whose body is only ``<w:altChunk r:id="htmlChunk"/>``: Word shows the imported page,
    mammoth ignores it.  A field test lost 13 of 13 national laws downloaded from
    flk.npc.gov.cn as "empty file: no text in the docx document" (each a ``word/afchunk.mht``
    holding the whole law).  The part is read by its content type (or, failing that, its
    extension): MHT → its ``text/html`` part; HTML as it is; an embedded ``.docx`` by
    :func:`docx_to_html`; plain text as paragraphs.  Other parts (RTF) give nothing.

    >>> def docx(parts):
    ...     buffer = io.BytesIO()
    ...     with zipfile.ZipFile(buffer, "w") as z:
    ...         for name, body in parts.items():
    ...             z.writestr(name, body)
    ...     return buffer.getvalue()
    >>> mht = ("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"B\"\n\n--B\n"
    ...        "Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
    ...        "<p class=3D\"x\">第一条 为了=\n规范</p>\n--B--\n").encode()
    >>> parts = {"word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    ...          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
    ...          '<w:altChunk r:id="c1"/></w:body></w:document>',
    ...          "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    ...          '<Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
    ...          'Target="/word/afchunk.mht"/></Relationships>',
    ...          "word/afchunk.mht": mht}
    >>> alt_chunk_html(docx(parts))
    ['<p class="x">第一条 为了规范</p>']
    >>> alt_chunk_html(docx({**parts, "word/afchunk.mht": '<meta charset="gbk"><p>第一条</p>'.encode("gb18030")}))
    ['<meta charset="gbk"><p>第一条</p>']
    >>> alt_chunk_html(docx({**parts, "word/afchunk.mht": b"{\\rtf1 x}",
    ...                      "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    ...                      '<Override PartName="/word/afchunk.mht" ContentType="application/rtf"/></Types>'}))
    []
    """
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
        if "word/document.xml" not in names:
            return []
        document = package.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, RuntimeError) as error:
        # the package itself, before any altChunk is looked for (a corrupt zip whose every member has a bad local
        # header, cmde b15: "unreadable .docx altChunk", field test 20 F20-E2, named a part the file may not have)
        raise FormatError(f"unreadable .docx ({type(error).__name__}: {error})", "docx") from None
    try:
        if b"altChunk" not in document:
            return []
        ids = [chunk.get(_R_ID) for chunk in _parse_xml(document).iter(f"{_W_NS}altChunk")]
        targets = _relationship_targets(package, names, "word/_rels/document.xml.rels", "word")
        content_types = _content_types(package, names)
        html = []
        for rel_id in ids:
            name = targets.get(rel_id or "")
            if name not in names:
                continue
            chunk = _chunk_to_html(package.read(name), _content_type(name, content_types), nesting)
            if chunk:
                html.append(chunk)
        return html
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, RuntimeError) as error:
        raise FormatError(f"unreadable .docx altChunk ({type(error).__name__}: {error})", "docx") from None


def _parse_xml(xml: bytes) -> ElementTree.Element:
    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:
        raise FormatError("a .docx part with a DTD or entities (no Word file has them): refused", "docx")
    return ElementTree.fromstring(xml)


def _relationship_targets(package: zipfile.ZipFile, names: set[str], rels: str, base: str) -> dict[str, str]:
    """``Id → part name`` of a part's internal relationships (targets relative to ``base``)."""
    import posixpath

    if rels not in names:
        return {}
    targets = {}
    for rel in _parse_xml(package.read(rels)).iter(f"{_RELS_NS}Relationship"):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        targets[rel.get("Id") or ""] = posixpath.normpath(path)
    return targets


def _content_types(package: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """``/part/name`` (Override) and ``.ext`` (Default) → content type, from ``[Content_Types].xml``."""
    if "[Content_Types].xml" not in names:
        return {}
    types = {}
    for entry in _parse_xml(package.read("[Content_Types].xml")):
        if entry.tag == f"{_TYPES_NS}Override":
            types[(entry.get("PartName") or "").lower()] = (entry.get("ContentType") or "").lower()
        elif entry.tag == f"{_TYPES_NS}Default":
            types["." + (entry.get("Extension") or "").lower()] = (entry.get("ContentType") or "").lower()
    return types


def _content_type(name: str, types: dict[str, str]) -> str:
    """A part's content type; its extension (``.mht``, ``.html``, ``.docx``) when none is declared."""
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
    declared = types.get("/" + name.lower()) or types.get(extension, "")
    return declared if declared and declared != "application/octet-stream" else extension


_MHT_TYPES = ("message/rfc822", "multipart/related", "application/x-mimearchive", ".mht", ".mhtml")
_HTML_TYPES = ("text/html", "application/xhtml+xml", ".htm", ".html", ".xhtml")
_DOCX_TYPES = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ".docx")
_TEXT_TYPES = ("text/plain", ".txt")


def _chunk_to_html(body: bytes, content_type: str, nesting: int) -> str:
    """The HTML of one imported part, read by its content type; ``""`` for a kind not read."""
    if content_type in _MHT_TYPES:
        return _mht_html(body)
    if content_type in _HTML_TYPES:
        return _decode_html(body, "")
    if content_type in _TEXT_TYPES:
        return _text_as_html(_decode_html(body, ""))
    if content_type in _DOCX_TYPES:
        if nesting >= MAX_CHUNK_NESTING:
            raise FormatError(f"a .docx nesting embedded .docx parts more than {MAX_CHUNK_NESTING} deep: refused", "docx")
        sniffed = sniff(body)
        if sniffed.kind != "docx":
            raise FormatError(f"a .docx embedding a part that is no .docx ({sniffed.reason or 'unknown content'})", "docx")
        return docx_to_html(body, nesting=nesting + 1)
    return ""


def _mht_html(body: bytes) -> str:
    """The ``text/html`` part of a MIME (MHT) archive, decoded (quoted-printable, base64, charset);
    its ``text/plain`` part when it has no HTML; ``""`` when it is no MIME message."""
    import email
    import email.policy

    message = email.message_from_bytes(body, policy=email.policy.compat32)
    if not message.keys():
        return _decode_html(body, "")  # no MIME header: a page saved under an .mht name
    parts = [part for part in message.walk() if not part.is_multipart()]
    for wanted in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() == wanted:
                payload = part.get_payload(decode=True) or b""
                text = _decode_html(payload, part.get_content_charset() or "")
                return text if wanted == "text/html" else _text_as_html(text)
    return ""


#: A line of a MIME header block: a field's name and its value, or a folded value's continuation.
_MIME_HEADER_LINE = lazy_regex(rb"^(?:[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]?[^\r\n]*|[ \t]+[^\r\n]*)$")
#: The header fields that make a header block a web archive's: the archive's own type.
_MIME_ARCHIVE_TYPE = lazy_regex(rb"^content-type:[ \t]*(?:multipart/related|message/rfc822)\b", regex.I | regex.M)
#: Fields only a MIME message carries (one of them with the archive type is enough).
_MIME_FIELD = lazy_regex(rb"^(?:mime-version|content-location|content-base|x-mimeole|snapshot-content-location):",
                         regex.I | regex.M)
#: At most this many header lines before the blank line that ends a MIME archive's header block.
_MIME_HEADER_LINES = 40


def mime_archive(head: bytes) -> bool:
    r"""Whether a file's first bytes are a MIME web archive's header block (MHTML): a page saved by a browser
    ("Web page, single file"), or given by a site's download button under a ``.doc`` name.

    Real damage undone (field test 29, F29-E2): the Wuhan government site's policy documents saved as ``.doc``
    are MIME archives (``Mime-Version: 1.0`` / ``Content-Type: Multipart/related``); read as text, 8 of 8 were
    refused as "source code", "not Chinese text" or "huge single line" (a base64 image).  **Evidence**: the file
    opens with a header block only a MIME message has: header lines up to a blank line, among them a
    ``Content-Type`` of ``multipart/related`` (or ``message/rfc822``) and ``MIME-Version``, ``Content-Location``
    or ``Content-Base``; no page of text opens so.

    >>> mime_archive(b'Mime-Version: 1.0\r\nContent-Type: Multipart/related; boundary="B";type="text/html"\r\n\r\n--B')
    True
    >>> mime_archive(b'From: <Saved by Blink>\nSnapshot-Content-Location: https://a.cn/\nSubject: x\n'
    ...              b'MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="B"\n\n')
    True
    >>> mime_archive("Content-Type: multipart/related 是一种格式\n第一条　为了规范。".encode())
    False
    >>> mime_archive(b"MIME-Version: 1.0\nContent-Type: text/plain\n\nhello")
    False
    """
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    block = regex.split(rb"\r?\n[ \t]*\r?\n", head, maxsplit=1)
    if len(block) < 2:
        return False
    lines = block[0].replace(b"\r\n", b"\n").split(b"\n")
    if len(lines) > _MIME_HEADER_LINES or not all(_MIME_HEADER_LINE.match(line) for line in lines):
        return False
    return bool(_MIME_ARCHIVE_TYPE.search(block[0]) and _MIME_FIELD.search(block[0]))


#: The header fields of a MIME archive that give the address of the page it saved, best first.
_MIME_LOCATION = lazy_regex(rb"^(?:snapshot-content-location|content-location|content-base):[ \t]*(https?://[^\s\"<>]{1,2000})",
                            regex.I | regex.M)


def mht_page(data: bytes) -> tuple[str, dict[str, Any]]:
    r"""The page a MIME web archive saved: its ``text/html`` part decoded (:func:`_mht_html`), and the page's
    address as the archive's header names it (``url``: ``Snapshot-Content-Location``, ``Content-Location`` or
    ``Content-Base``, or the HTML part's ``Content-Location``).

    >>> html, meta = mht_page(b'Mime-Version: 1.0\nContent-Base: https://www.wuhan.gov.cn/a.shtml\n'
    ...     b'Content-Type: Multipart/related; boundary="B"\n\n--B\nContent-Type: text/html; charset="utf-8"\n\n'
    ...     + "<p>第一条</p>".encode() + b"\n--B--\n")
    >>> html.strip(), meta
    ('<p>第一条</p>', {'url': 'https://www.wuhan.gov.cn/a.shtml'})
    """
    html = _mht_html(data)
    header = regex.split(rb"\r?\n[ \t]*\r?\n", data[:65536], maxsplit=2)
    location = None
    for block in header[:2]:  # the archive's header, then its first part's
        found = _MIME_LOCATION.search(block)
        if found is not None:
            location = found.group(1).decode("ascii", "replace")
            break
    return html, ({"url": location} if location else {})


def _decode_html(body: bytes, charset: str) -> str:
    """Bytes of an imported page as text: its BOM, the charset its MIME header or ``<meta>``
    declares, else UTF-8 (a byte that does not decode becomes U+FFFD, which the cleaner reports)."""
    import codecs

    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared = _HTML_CHARSET.search(body[:4096])
    for name in (charset, declared.group(1).decode("ascii") if declared else "", "utf-8"):
        name = {"gb2312": "gb18030", "gbk": "gb18030"}.get(name.lower(), name.lower())
        if not name:
            continue
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _text_as_html(text: str) -> str:
    import html

    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def _body_of(page: str) -> str:
    """What is inside ``<body>`` of an imported page (the whole of it when it has no body tag)."""
    match = _BODY.search(page)
    return match.group(1) if match else page


#: Characters a text layer without a Unicode mapping gives instead of the glyphs.
_UNMAPPED = lazy_regex(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
#: A line that ends a sentence or opens a list: not continued by the next line (a
#: paragraph that ends exactly at the margin is as likely as a sentence that does).
_LINE_END = ("。", "：", "！", "？", ":", "!", "?")
#: Marks a paragraph never ends on, and how many characters short of the edge a line ending on one may
#: stop when the typesetter carried the next word over: an opening mark never ends a line, so ``《`` goes
#: to the next line with the title's first character (the 民法典's PDF, §1260: ``…《中华人民共和国继承法》、``
#: stops 2.2 characters short, field test 14 F14-C3, where the sentence was cut in two paragraphs).
_MID_SENTENCE_END = ("、", "，")
_CARRIED_OVER = 3.5
#: The start of a labelled unit (第N条, 一、, （一）, 1.): always a new line.
_LABEL = lazy_regex(r"^[ \u3000]*(?:第[一二三四五六七八九十百零〇两0-9]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])")


#: An English word at a line's end and at the next line's start: joined they would run two words
#: into one (the space or hyphen a Latin wrap needs is not in the text layer), so they are left.
_LATIN_END = lazy_regex(r"[A-Za-z]$")
_LATIN_START = lazy_regex(r"[ ]*[A-Za-z]")


#: An adoption note's events, one a line: an event ends in its verb and the next opens with its
#: date (``…第五次会议通过⏎1982 年 12 月 4 日全国人民代表大会公告公布施行``); a line as long as
#: the measure is no wrap there (the 基本法 booklet's 宪法 note, joined into one event).
_EVENT_END = lazy_regex(r"(?:通过|通過|公布|发布|發布|施行|修正|修订|修訂|批准|印发|印發)[\s)）]*$")
_DATE_START = lazy_regex(r"[\s(（]*[0-9一二三四五六七八九〇○零]{4}\s*年")
#: A line that is a date and nothing else: a signature's date, which the typesetter sets flush right, so that it
#: reaches the text block's edge though it wraps nothing (the HK booklet's 国务院令第221号: ``一九九七年七月一日``
#: at a page's end was joined to the next page's ``附：``, field test 16 F16-S4).
_DATE_ONLY_LINE = lazy_regex(
    r"[ \u3000]*[0-9０-９〇○零一二三四五六七八九]{4}[ \u3000]*年[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*月"
    r"[ \u3000]*[0-9０-９一二三四五六七八九十]{1,3}[ \u3000]*日[ \u3000]*"
)


#: A line that ends in a page reference: a contents entry's dot leader and page number
#: (``A. 概論 ...... 1773``), or a gazette's page stamp alone (``B2345``).  It reaches the right
#: margin because it is set flush right, not because its text goes on.
_PAGE_REFERENCE_END = lazy_regex(r"(?:(?:\.\s?){4,}|…{2,}|(?:·\s?){4,})\s*[A-Z]?[0-9]{1,5}\s*$|^\s*[A-Z]?[0-9]{1,5}\s*$")


@dataclass(frozen=True)
class PdfLine:
    """One line of a PDF page: its text and the horizontal extent of its ink."""

    text: str
    left: float
    right: float
    #: The index of its page in the file (the pages of the body share one text block: :func:`text_blocks`).
    page: int = 0
    #: The lowest point of its ink (PDF units, up from the page's foot; 0: unknown): the distance from one
    #: line's to the next's is the page's line pitch, or more where the page sets a paragraph apart.
    bottom: float = 0.0


def unwrap_lines(lines: list[PdfLine], font_size: float) -> list[str]:
    """Join lines the typesetter wrapped: a line whose ink reaches the right edge of its
    page's text block (:func:`text_blocks`) continues on the next line, unless it ends a sentence or a page
    reference (:data:`_PAGE_REFERENCE_END`), or the next line opens a label (第N条, 一、) or
    is indented (a paragraph's first line), or an English word stands on both sides, or an
    event of an adoption note ends and the next opens with its date.

    Real damage undone (field test field7 F7-S9): the HK Gazette's page stamp and a contents
    entry's page number were glued to the next line, ``B23452020 年第 136 號法律公告``,
    ``A. 概論 ........ 1773B. 發出訂明授權…``.

    >>> rows = [PdfLine("第一条　为了促进智能制造发展，", 72, 520), PdfLine("制定本条例。", 72, 150),
    ...         PdfLine("第二条　本条例适用于本市。", 72, 300)]
    >>> unwrap_lines(rows, 12.0)
    ['第一条　为了促进智能制造发展，制定本条例。', '第二条　本条例适用于本市。']

    A signature's date set flush right at a page's foot stays apart from the next page's first line:

    >>> body = [PdfLine(f"第{n}条　" + "某" * 30, 72, 520) for n in "一二三"]
    >>> unwrap_lines(body + [PdfLine("总理", 440, 470), PdfLine("李鹏", 440, 470), PdfLine("一九九七年七月一日", 410, 520),
    ...                      PdfLine("附：", 72, 96, 1), PdfLine("某某文字表述", 72, 200, 1)], 12.0)[-3:]
    ['一九九七年七月一日', '附：', '某某文字表述']
    >>> unwrap_lines([PdfLine("A. 概論 ............ 1773", 72, 520), PdfLine("B. 發出訂明授權", 72, 300),
    ...               PdfLine("B2345", 480, 520), PdfLine("2020 年第 136 號法律公告", 72, 200)], 12.0)
    ['A. 概論 ............ 1773', 'B. 發出訂明授權', 'B2345', '2020 年第 136 號法律公告']
    """
    if not lines:
        return []
    blocks = text_blocks(lines, font_size)
    pitch = paragraph_spacing_pitch(lines, font_size, blocks)
    out: list[str] = []
    buffer = ""
    for k, line in enumerate(lines):
        buffer += line.text
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        right = blocks[line.page][1]
        reaches_edge = line.right > 0 and line.right >= right - 1.5 * font_size  # 0: extent unknown
        if not reaches_edge and line.right > 0 and line.text.rstrip().endswith(_MID_SENTENCE_END):
            # a line stopping on 、 or ， (never a paragraph's end) a few characters short of the edge: the
            # typesetter carried an opening mark and its word over (``…、⏎《中华人民共和国民法通则》、…``)
            reaches_edge = line.right >= right - _CARRIED_OVER * font_size
        ends = line.text.rstrip().endswith(_LINE_END)
        if ends and pitch and nxt is not None and reaches_edge and line.text.rstrip().endswith(_STOP_END):
            # a sentence ending at the edge, the next line at the line pitch on a page that sets its
            # paragraphs apart: the typesetter's wrap, not the paragraph's end (the 民法典's §565, F14-C3)
            ends = not _at_pitch(line, nxt, pitch, font_size)
        continues = (
            nxt is not None and reaches_edge and not ends
            and not _PAGE_REFERENCE_END.search(line.text) and not _LABEL.match(nxt.text)
            and _ink_start(nxt, font_size) <= blocks[nxt.page][0] + 0.5 * font_size
            and not (_LATIN_END.search(line.text) and _LATIN_START.match(nxt.text))
            and not (_EVENT_END.search(line.text) and _DATE_START.match(nxt.text))
        )
        if continues and _DATE_ONLY_LINE.fullmatch(line.text):
            continues = False  # a signature's date set flush right (总理⏎李鹏⏎一九九七年七月一日), no wrapped text (F16-S4)
        if not continues:
            out.append(buffer)
            buffer = ""
    return out


#: A sentence's stop: a line ending on one reaches the edge by chance as often as a paragraph does.
_STOP_END = ("。", "！", "？")
#: How far from the line pitch (in characters) a distance between two lines may be and still be that pitch,
#: and how much more than it a paragraph's spacing is at least.
_PITCH_SLACK, _PARAGRAPH_SPACE = 0.15, 0.4
#: The fewest paragraph ends a file must show set apart (and the share of them) for the spacing to be its way.
_SPACED_ENDS_MIN, _SPACED_ENDS_SHARE = 8, 0.9


def _at_pitch(line: PdfLine, nxt: PdfLine, pitch: float, font_size: float) -> bool:
    """Whether ``nxt`` follows ``line`` on the same page at the line pitch."""
    return (nxt.page == line.page and line.bottom > 0 and nxt.bottom > 0
            and abs((line.bottom - nxt.bottom) - pitch) <= _PITCH_SLACK * font_size)


def paragraph_spacing_pitch(lines: list[PdfLine], font_size: float,
                            blocks: dict[int, tuple[float, float]] | None = None) -> float | None:
    """The line pitch of a file that sets its paragraphs apart with more space, else None.

    Real damage undone: the 民法典's PDF (zitzhen/Chinese-law, field test 14 F14-C3) sets its lines
    16.0 points apart and its paragraphs 26.7; a sentence that ends at the right edge was read as
    the paragraph's end (``…合同自通知载明的期限届满时解除。⏎对方对解除合同有异议的…``: §565, §610,
    §741, §1019, §1256 split in two 款).  **Evidence**: the pitch is the most common distance after a
    line a wrap surely cut (it reaches the edge and stops mid-sentence); the file's paragraph ends that stop short of the edge on a stop
    (``。！？``) before a line that opens no label are followed by at least :data:`_PARAGRAPH_SPACE`
    of a character more, :data:`_SPACED_ENDS_MIN` of them at least and :data:`_SPACED_ENDS_SHARE` of all.

    >>> rows = [PdfLine("一二三四五六七八九十，", 72, 520, 0, 900 - 16 * i) for i in range(12)]
    >>> ends = [PdfLine("甲乙丙。", 72, 200, 0, 700 - 26.7 * i) for i in range(9)]
    >>> paragraph_spacing_pitch(rows + ends, 14.0)
    16.0
    >>> paragraph_spacing_pitch(rows + [PdfLine("甲乙丙。", 72, 200, 0, 700 - 16 * i) for i in range(9)], 14.0) is None
    True
    """
    if blocks is None:
        blocks = text_blocks(lines, font_size)
    gaps: Counter[float] = Counter()  # after the lines a wrap surely cut (at the edge, mid-sentence)
    for line, nxt in zip(lines, lines[1:]):
        if (nxt.page == line.page and line.bottom > nxt.bottom > 0 and line.right >= blocks[line.page][1] - 1.5 * font_size
                and not line.text.rstrip().endswith(_LINE_END) and not _LABEL.match(nxt.text)):
            gaps[round(float(line.bottom - nxt.bottom), 1)] += 1
    if not gaps:
        return None
    pitch = max(gaps, key=lambda g: (gaps[g], -g))
    spaced = tight = 0
    for line, nxt in zip(lines, lines[1:]):
        if (nxt.page != line.page or not line.bottom or not nxt.bottom or not line.text.rstrip().endswith(_STOP_END)
                or line.right >= blocks[line.page][1] - 1.5 * font_size or _LABEL.match(nxt.text)):
            continue
        if line.bottom - nxt.bottom >= pitch + _PARAGRAPH_SPACE * font_size:
            spaced += 1
        else:
            tight += 1
    if spaced < _SPACED_ENDS_MIN or spaced < _SPACED_ENDS_SHARE * (spaced + tight):
        return None
    return pitch


#: Full-width opening brackets and quotes: their ink sits in the right half of their square,
#: so a line opening with one starts half a character right of the margin without an indent.
_OPENING_PUNCT = ("（", "《", "“", "‘", "〈", "【", "〔", "「", "『")


def _ink_start(line: PdfLine, font_size: float) -> float:
    """Where the line's first character's square starts: its ink, less half a character when
    it opens with a full-width bracket (field8b: the 长乐区 rules' page 2 opens with
    ``（人才与企业…`` at x = 78.8 on a margin of 71.4, a parenthesis going on from page 1).

    >>> _ink_start(PdfLine("（人才与企业签订劳动合同", 78.8, 522.8), 14.4), _ink_start(PdfLine("工养老保险", 71.8, 523.0), 14.4)
    (71.6, 71.8)
    """
    return line.left - 0.5 * font_size if line.text.lstrip().startswith(_OPENING_PUNCT) else line.left


def text_blocks(lines: list[PdfLine], font_size: float) -> dict[int, tuple[float, float]]:
    """page -> the left and right edges of the text block its lines are measured against.

    A page of the body is a page whose ink is as wide as on the pages that hold the most text
    (within half a character: pages of prose set full measure); it is measured by its
    own ink, so that a book's mirrored margins (left pages set 5 points further left than
    right pages) do not make every other page look indented.  The other pages (a form, a
    table, a cover, a last page of short lines) are measured by the outermost ink of the
    whole file, as before.

    Real damage undone (field test field8b F8B-R1): the 长乐区 人才购房补贴 rules are set from
    x = 72 to 523 and the file's application forms reach from x = 32 to 804 (a landscape page)
    and from 53 to 542 (portrait forms); measured on the whole file, no line of the rules
    reached the edge and 52 typesetter wraps stayed inside words (``外籍、台⏎港澳人才``).  The
    刑法 printed as a book (left pages from x = 68.6, right pages from 74.2) kept hundreds.

    >>> rules = [PdfLine("第一条　为了促进智能制造发展，", 72, 523, 0), PdfLine("制定本条例。", 72, 150, 0),
    ...          PdfLine("第二条　本条例适用于本市行政区域内", 66, 518, 1), PdfLine("的智能制造活动。", 66, 300, 1)]
    >>> text_blocks(rules + [PdfLine("序号 姓名 性别 身份证号码", 32, 246, 2), PdfLine("1 张三 女 6 型 本科", 40, 804, 2)], 14.0)
    {0: (72, 523), 1: (66, 518), 2: (32, 804)}
    """
    spans: dict[int, tuple[float, float]] = {}
    ink: dict[int, int] = defaultdict(int)  # characters by page: a page of prose outweighs a form of short cells
    for line in lines:
        left, right = spans.get(line.page, (line.left, line.right))
        spans[line.page] = (min(left, line.left), max(right, line.right))
        ink[line.page] += len(line.text.strip())
    whole = (min(left for left, _ in spans.values()), max(right for _, right in spans.values()))
    near = 0.5 * font_size
    widths = {page: right - left for page, (left, right) in spans.items()}
    cells: dict[int, int] = defaultdict(int)  # characters by the width of their page, in cells of `near`
    for page, width in widths.items():
        cells[math.floor(width / near)] += ink[page]

    def ink_alike(page: int) -> tuple[int, int]:  # on pages of about its width; then in its own cell
        cell = math.floor(widths[page] / near)
        return cells.get(cell - 1, 0) + cells[cell] + cells.get(cell + 1, 0), cells[cell]

    typical = widths[max(widths, key=lambda page: (*ink_alike(page), ink[page], -page))]
    return {page: span if abs(widths[page] - typical) <= near else whole for page, span in spans.items()}


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF's text layer, wrapped lines joined (:func:`unwrap_lines`), pages in order
    (running heads, feet and page numbers dropped: :func:`read_pdf`)."""
    return read_pdf(data)[0]


def read_pdf(data: bytes) -> tuple[str, dict[str, Any]]:
    """The text of a PDF's text layer and what reading it dropped, for the page's metadata.

    Pages are read apart; the lines each page repeats at its top or bottom (a gazette's
    running head, page numbers: :func:`page_furniture`) are dropped before the wrapped
    lines are joined (:func:`unwrap_lines`), so that a sentence cut by a page break reads
    on; the metadata (``page_furniture``) says which lines went, on how many pages."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        raise FormatError("a PDF file, and pypdfium2 is not installed (pip install 'corpus-tools[office]')",
                          "missing_extra") from None
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception as error:  # noqa: BLE001
        raise FormatError(f"unreadable PDF ({error})", "pdf") from None
    pages: list[list[PdfLine]] = []
    sizes: list[float] = []
    chars = unmapped = images = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = textpage.get_text_range(0, count) if count else ""
            chars += len(text.strip())
            unmapped += len(_UNMAPPED.findall(text))
            if not text.strip():
                images += sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
                continue
            pages.append([])
            _page_lines(textpage, text, count, pages[-1], sizes, index)
    finally:
        pdf.close()
    if chars == 0:
        if images:
            raise FormatError("PDF without a text layer (scanned pages, images only): OCR it first", "no_text_layer")
        raise FormatError("PDF with no text at all", "empty")
    if unmapped > 0.05 * chars:
        raise FormatError(f"PDF whose text layer has no Unicode mapping ({unmapped} of {chars} characters are "
                          "control characters): the glyphs cannot be read as text", "text_layer_without_unicode")
    sizes.sort()
    size = sizes[len(sizes) // 2] if sizes else 10.0
    kept, dropped = page_furniture(pages)
    kept, printings = duplicate_printings(kept)
    text = "\n".join(unwrap_lines([line for page in kept for line in page], size)) + "\n"
    if _glyph_codes(text):
        raise FormatError("PDF whose text layer gives its fonts' glyph numbers, not characters (runs such as "
                          "!\"#$%&'()*+: fonts without a Unicode map): the glyphs cannot be read as text",
                          "text_layer_without_unicode")
    metadata: dict[str, Any] = {"page_furniture": dropped} if dropped else {}
    if printings:
        metadata["duplicate_printings"] = {"count": len(printings), "lines": sum(p["lines"] for p in printings),
                                           "chars": sum(p["chars"] for p in printings), "first": printings[:PRINTINGS_RECORDED]}
    return text, metadata


#: A second printing is at least this many lines and non-blank characters (a heading or a
#: closing formula may stand twice on a page; a block of text does not).
PRINTING_MIN_LINES, PRINTING_MIN_CHARS = 3, 60
#: Short lines between two printings of one block that go with the second (its own heading:
#: ``附表`` on the Chinese side, when the first printing stood under ``Schedule``).
PRINTING_GAP_LINES, PRINTING_GAP_CHARS = 2, 20
#: Places where a page's last line stood before that are tried as the end of a first printing.
PRINTING_TRIES = 8
#: Second printings recorded one by one per file (the first ones; all are counted).
PRINTINGS_RECORDED = 8


def duplicate_printings(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], list[dict[str, Any]]]:
    """The pages without the second printing of text the file already gave, and a record of each.

    A bilingual gazette prints a Chinese-only schedule on both its English and its Chinese
    pages: the HK Gazette's L.N. 136 of 2020 (the 国家安全法, field test field7 F7-S10) puts both
    pages on one PDF page, so the text layer gives each block of the law twice, one after the
    other, and the law was built with 132 articles for 66.  Dropped: a page whose lines are the
    lines of the page before, verbatim; and at a page's end, a run of lines that repeats
    verbatim the run right before it (at most :data:`PRINTING_GAP_LINES` short lines apart,
    which go too), of :data:`PRINTING_MIN_LINES` lines and :data:`PRINTING_MIN_CHARS`
    characters at least.  Text printed once comes out unchanged.

    >>> law = [PdfLine(t, 0, 0) for t in ("第一條　為堅定不移並全面準確貫徹“一國兩制”、“港人治", "港”、高度自治的方針，維護國家安全，制定本法。",
    ...                                    "第二條　關於香港特別行政區法律地位的基本法條款是根本性條款。")]
    >>> kept, record = duplicate_printings([[PdfLine("Schedule", 0, 0), *law, PdfLine("附表", 0, 0), *law]])
    >>> [line.text[:3] for line in kept[0]]
    ['Sch', '第一條', '港”、', '第二條']
    >>> record
    [{'page': 1, 'lines': 4, 'chars': 80, 'first': '附表'}]
    >>> duplicate_printings([law, law[:2]])[1]
    []
    """
    kept: list[list[PdfLine]] = []
    record: list[dict[str, Any]] = []
    previous: list[str] | None = None
    for index, page in enumerate(pages):
        texts = [line.text for line in page]
        if texts == previous and _chars(texts) >= PRINTING_MIN_CHARS and len(texts) >= PRINTING_MIN_LINES:
            record.append(_printing(index, texts))
            kept.append([])
            continue
        previous = texts
        start = _second_printing(texts)
        if start is None:
            kept.append(page)
            continue
        record.append(_printing(index, texts[start:]))
        kept.append(page[:start])
    return kept, record


def _chars(texts: list[str]) -> int:
    return sum(len(_SPACES.sub("", text)) for text in texts)


def _printing(index: int, texts: list[str]) -> dict[str, Any]:
    return {"page": index + 1, "lines": len(texts), "chars": _chars(texts), "first": texts[0].strip()[:40]}


def _second_printing(texts: list[str]) -> int | None:
    """Where the second printing at the end of a page's lines starts (its gap lines first), or None.

    >>> law = ["第一章　總則", "第一條　為了維護國家安全，防範、制止和懲治危害國家安全的犯罪，制定本法。",
    ...        "第二條　本法適用於香港特別行政區全境，特別行政區的機構、組織和個人均須遵守。"]
    >>> _second_printing(["附表 Schedule", "Schedule", *law, "附表", *law]), _second_printing(["附表 Schedule", "Schedule", *law])
    (5, None)
    """
    n = len(texts)
    if n < 2 * PRINTING_MIN_LINES:
        return None
    last = texts[-1]
    ends = [p for p in range(n - 1) if texts[p] == last][:PRINTING_TRIES]  # (bounded: a page of one line repeated)
    best: tuple[int, int] | None = None  # (run, start) of the longest second printing
    for end in ends:
        shift = n - 1 - end
        run = 0
        while run < shift and run <= end and texts[n - 1 - run] == texts[end - run]:
            run += 1
        gap = texts[n - shift:n - run]
        if (run >= PRINTING_MIN_LINES and len(gap) <= PRINTING_GAP_LINES
                and all(len(_SPACES.sub("", line)) <= PRINTING_GAP_CHARS for line in gap)
                and _chars(texts[n - run:]) >= PRINTING_MIN_CHARS and (best is None or run > best[0])):
            best = (run, n - shift)
    return None if best is None else best[1]



#: How many lines at the top and at the bottom of a page may be its furniture.
_EDGE_LINES = 3
#: Rounds of :func:`page_furniture`: each looks at the edges the one before left.
_ROUNDS = 3
#: A page number alone on its line: ``- 12 -``, ``— 12 —``, ``－1－``, ``第 3 页``, ``第 3 页 共 10 页``,
#: ``3/10``, ``12``.  Group 1 or 2 is the page's number.
_PAGE_NUMBER = lazy_regex(r"^[\s\-—－–―]*(?:第\s*([0-9]{1,4})\s*页(?:\s*[，,/]?\s*共\s*[0-9]{1,4}\s*页)?"
                          r"|([0-9]{1,4})(?:\s*/\s*[0-9]{1,4})?)[\s\-—－–―]*$")
_DIGITS = lazy_regex(r"[0-9]+")
_SPACES = lazy_regex(r"\s+")
#: A running head or foot is a name, never a sentence: a line ending so is body text.
_SENTENCE_END = ("。", "，", "；", "：", "！", "？", ",", ";", ":", "!", "?")
#: A repeated table header row: three or more cells apart (``序号 所属区/单位 公园名称``).
_TABLE_ROW = lazy_regex(r"\S+(?:\s+\S+){2,}")


def _edges(page: list[PdfLine]) -> list[tuple[str, int]]:
    """The lines of a page that may be furniture: ``("top", k)`` for the first lines,
    ``("bottom", k)`` for the last (in the text layer's order, which puts a footer first
    as often as last)."""
    top = [("top", k) for k in range(min(_EDGE_LINES, len(page)))]
    return top + [("bottom", k) for k in range(max(0, len(page) - _EDGE_LINES), len(page))]


def _page_numbers(pages: list[list[PdfLine]]) -> dict[tuple[int, int], str]:
    """(page, line) -> text of the lines that number the pages: a number alone on a line at
    a page's edge that grows with the page (the same offset from the page's index on two
    pages or more); on a one-page file, only a number set off as one (``- 1 -``, ``第 1 页``)."""
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for index, page in enumerate(pages):
        for _, k in dict.fromkeys(_edges(page)):
            match = _PAGE_NUMBER.match(page[k].text)
            if match:
                found[int(match.group(1) or match.group(2)) - index].append((index, k))
    if not found:
        return {}
    offset, where = max(found.items(), key=lambda item: (len({i for i, _ in item[1]}), -item[0]))
    pages_numbered = {i for i, _ in where}
    decorated = all(not pages[i][k].text.strip().isdigit() for i, k in where)
    if len(pages_numbered) < 2 and not (len(pages) == 1 and decorated):
        return {}
    return {(i, k): pages[i][k].text for i, k in where}


def page_furniture(pages: list[list[PdfLine]]) -> tuple[list[list[PdfLine]], dict[str, Any]]:
    """The pages without their furniture, and what was dropped.

    Gazettes and official documents printed to PDF carry on every page a running head
    (``北京市人民政府规章``, ``北京市人民政府公报``), a page number (``- 12 -``, ``第 3 页 共 10 页``)
    or both; read page after page they fall in the middle of articles, between the two halves
    of a cut sentence.  Dropped: a line at the top or the bottom of the pages (the first or
    last three lines) that recurs there, the same up to its digits and spaces, on most pages
    (60% and at least two), at most 40 characters long and not ending a sentence or clause
    (``。``, ``，``, ``；`` …: body text, as a closing ``特此通知。``); and the page numbers
    (:func:`_page_numbers`).  A table header row repeated on each page keeps its first copy.
    Nothing else changes: a PDF without such lines comes out as before.

    >>> head = PdfLine("北京市人民政府规章", 0, 0)
    >>> pages = [[head, PdfLine("- 1 -", 0, 0), PdfLine("第一条 为了规范管理，制定本办", 0, 0)],
    ...          [head, PdfLine("- 2 -", 0, 0), PdfLine("法。", 0, 0)]]
    >>> kept, dropped = page_furniture(pages)
    >>> [[line.text for line in page] for page in kept], dropped
    ([['第一条 为了规范管理，制定本办'], ['法。']], {'running': [{'text': '北京市人民政府规章', 'pages': 2}], 'page_numbers': ['- 1 -', '- 2 -']})
    """
    counts: dict[str, int] = defaultdict(int)
    first_text: dict[str, str] = {}
    numbers: list[str] = []
    header_rows_kept: set[str] = set()
    for _ in range(_ROUNDS):  # a head of three lines hides the page number under it: look again
        before = sum(map(len, pages))
        pages = _drop_furniture_once(pages, counts, first_text, numbers, header_rows_kept)
        if sum(map(len, pages)) == before:
            break
    record: dict[str, Any] = {}
    if counts:
        record["running"] = [{"text": first_text[key], "pages": n} for key, n in counts.items()]
    if numbers:
        record["page_numbers"] = numbers
    return pages, record


def _drop_furniture_once(pages: list[list[PdfLine]], counts: dict[str, int], first_text: dict[str, str],
                         numbers: list[str], header_rows_kept: set[str]) -> list[list[PdfLine]]:
    """One round of :func:`page_furniture` over the pages' edges as they are now; what it
    drops is counted into ``counts`` (running lines by key) and ``numbers``."""
    numbered = _page_numbers(pages)
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, page in enumerate(pages):
        for edge, k in _edges(page):
            if (index, k) in numbered:
                continue
            key = _SPACES.sub("", _DIGITS.sub("0", page[k].text))
            if key and len(key) <= 40 and not key.isdigit() and not key.endswith(_SENTENCE_END):
                seen[(edge, key)].add(index)
                first_text.setdefault(key, page[k].text.strip())
    needed = max(2, math.ceil(0.6 * len(pages)))
    running = {edge_key for edge_key, on in seen.items() if len(on) >= needed}
    if not running and not numbered:
        return pages
    numbers.extend(numbered[where].strip() for where in sorted(numbered))
    kept: list[list[PdfLine]] = []
    for index, page in enumerate(pages):
        edges: dict[int, list[str]] = defaultdict(list)
        for edge, k in _edges(page):
            edges[k].append(edge)
        out = []
        for k, line in enumerate(page):
            if (index, k) in numbered:
                continue
            if k in edges:
                key = _SPACES.sub("", _DIGITS.sub("0", line.text))
                if any((edge, key) in running for edge in edges[k]):
                    if _TABLE_ROW.fullmatch(line.text.strip()) and key not in header_rows_kept:
                        header_rows_kept.add(key)
                    else:
                        counts[key] += 1
                        continue
            out.append(line)
        kept.append(out)
    return kept


_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _glyph_codes(text: str) -> bool:
    """Whether a text layer is glyph numbers read as characters: few Han characters and a
    third or more ASCII punctuation.  A font subset without a ToUnicode map numbers its glyphs
    1, 2, 3… and a reader gives them as ``!"#$%&'()*+``; three pages of 北京市人民政府公报 in a
    field test gave only their running head in Han (4–7 % of the characters) and were built
    as documents, then "repaired" by the mojibake and spam rules.

    >>> _glyph_codes("北京市人民政府公报\\n!\\"#$%&'()*+\\n,-./#$%&'01#$\\n23*#$456789:;<\\n")
    True
    >>> _glyph_codes("第一条 为了规范管理（2024年12月24日）。\\n- 1 -\\n"), _glyph_codes("Article 1. The rules (2024).")
    (False, False)
    """
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return False
    han = sum(1 for c in visible if "\u4e00" <= c <= "\u9fff")
    punct = sum(1 for c in visible if c in _ASCII_PUNCT)
    return han < 0.2 * len(visible) and punct >= 0.3 * len(visible)


#: A footnote or note mark set raised: at most this many digits, its ink at most this share of its neighbour's height,
#: its foot raised above the neighbour's by at least this share of that height.
_MARK_DIGITS, _MARK_HEIGHT, _MARK_RAISE = 2, 0.7, 0.35
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_OPENERS, _CLOSERS = frozenset("[［(（〔【"), frozenset("]］)）〕】")

Box = tuple[float, float, float, float]  # left, bottom, right, top (PDF units)


def raised_marks(text: str, boxes: list[Box | None]) -> tuple[dict[int, str], set[int]]:
    r"""The raised note marks of one page's text layer: index -> the superscript digit the page shows,
    and the indexes of the line breaks around them that are no line's end.

    A mark is a run of at most :data:`_MARK_DIGITS` digits, each smaller than :data:`_MARK_HEIGHT` of the
    letter or digit before it on its line and raised by :data:`_MARK_RAISE` of that height, set right after
    the character before it (within a character's width).  pdfium starts a new line at the mark (its foot
    is not on the line's baseline), and at the text that goes on after it; both breaks are taken back.

    Real damage undone (field test 22 F22-A6): 深圳市统计局's 社会性别统计报告 prints ``常住人口¹1761.48 万人``;
    the reader gave ``常住人口⏎11761.48 万人`` (``户籍人口⁴630.94`` -> ``4630.94``): the mark became the first
    digit of an official figure.

    >>> text = "常住人口\r\n11761.48"
    >>> boxes = [(231, 614, 243, 629), (246, 614, 260, 629), (262, 615, 276, 629), (281, 616, 290, 627), None, None,
    ...          (293.8, 623.9, 295.7, 630.1)] + [(298 + 8 * i, 615.7, 304 + 8 * i, 627.8) for i in range(7)]
    >>> raised_marks(text, boxes)
    ({6: '¹'}, {5})

    A digit of the body's size on the line's baseline is no mark, nor a small digit opening a line of its own:

    >>> raised_marks("人口\r\n1761", [(262, 615, 276, 629), (281, 616, 290, 627), None, None]
    ...              + [(298 + 8 * i, 615.7, 304 + 8 * i, 627.8) for i in range(4)])
    ({}, set())
    >>> raised_marks("人口[1]", [(262, 615, 276, 629), (281, 616, 290, 627), (291, 622, 293, 630), (293.5, 623, 295.5, 629),
    ...              (296, 622, 298, 630)])  # a bracketed mark stays as printed
    ({}, set())
    >>> raised_marks("如下:\r\n1 注", [(100, 237, 112, 245), (112, 237, 124, 245), (124, 237, 125, 245), None, None,
    ...              (111.8, 167.5, 115, 172.9), None, (121.5, 163.7, 129.8, 172.3)])
    ({}, set())
    """
    marks: dict[int, str] = {}
    joined: set[int] = set()
    n = len(text)
    prev = ref = None  # the last character with ink (not a mark), and the last letter or digit among them
    k = 0
    while k < n:
        box = boxes[k]
        if box is None:
            k += 1
            continue
        end = k
        if prev is not None and ref is not None and _adjacent(boxes[prev], box):
            while end < n and end - k <= _MARK_DIGITS and text[end].isdigit() and boxes[end] is not None \
                    and _raised(boxes[end], boxes[ref]):
                end += 1
        if 0 < end - k <= _MARK_DIGITS and (text[prev] in _OPENERS or (end < n and text[end] in _CLOSERS)):
            end = k  # a bracketed mark (``[1]`` set raised) is apart from any figure already: kept as printed
        if not 0 < end - k <= _MARK_DIGITS:
            prev = k
            if text[k].isalnum():
                ref = k
            k += 1
            continue
        for j in range(k, end):
            marks[j] = text[j].translate(_SUPERSCRIPT)
        joined.update(j for j in range(prev + 1, k) if text[j] == "\n")
        after = end  # the text going on after the mark on its line: that break is no line's end either
        while after < n and text[after] in "\r\n":
            after += 1
        if end < after < n and boxes[after] is not None and _adjacent(boxes[end - 1], boxes[after]) \
                and _same_line(boxes[after], boxes[ref]):
            joined.update(j for j in range(end, after) if text[j] == "\n")
        k = end
    return marks, joined


def _raised(mark: Box, neighbour: Box) -> bool:
    """Whether ``mark`` is set small and raised beside ``neighbour`` (a letter or digit of the line)."""
    height = neighbour[3] - neighbour[1]
    return (height > 0 and mark[3] - mark[1] <= _MARK_HEIGHT * height
            and mark[1] - neighbour[1] >= _MARK_RAISE * height and mark[1] < neighbour[3])


def _adjacent(left: Box, right: Box) -> bool:
    """Whether ``right`` follows ``left`` on its line: starting where it ends, within a character's width."""
    width = max(left[3] - left[1], left[2] - left[0], 1.0)
    return -0.5 <= right[0] - left[2] <= width


def _same_line(box: Box, other: Box) -> bool:
    """Whether two boxes share a line: each one's ink reaches into the other's height."""
    return box[1] < other[3] and other[1] < box[3]


def _page_lines(textpage, text: str, count: int, lines: list[PdfLine], sizes: list[float], page: int = 0) -> None:
    """Append one page's non-empty lines with their ink extent (and the heights of its
    characters to ``sizes``); the pages of the body share one text block (:func:`text_blocks`),
    so a paragraph that runs over a page break is joined like any wrapped line.  A raised note
    mark is given as the superscript the page shows, on its line (:func:`raised_marks`)."""
    if len(text) != count:  # characters and boxes do not line up: lines as given, never joined
        lines.extend(PdfLine(line, 0.0, 0.0, page) for line in text.replace("\r\n", "\n").split("\n") if line.strip())
        return
    boxes: list[Box | None] = [textpage.get_charbox(index) if char.strip() else None for index, char in enumerate(text)]
    marks, joined = raised_marks(text, boxes)
    chars: list[str] = []
    left = right = low = None
    for index, char in enumerate(text):
        if char in "\r\n":
            if char == "\n" and index not in joined:
                if right is not None:  # a line with ink
                    lines.append(PdfLine("".join(chars), left or 0.0, right, page, low or 0.0))
                chars, left, right, low = [], None, None, None
            continue
        box = boxes[index]
        if box is not None:
            x0, bottom, x1, top = box
            left = x0 if left is None else min(left, x0)
            right = x1 if right is None else max(right, x1)
            low = bottom if low is None else min(low, bottom)
            sizes.append(max(top - bottom, x1 - x0))  # (a box without height: a font pdfium could not measure)
        chars.append(marks.get(index, char))
    if right is not None:
        lines.append(PdfLine("".join(chars), left or 0.0, right, page, low or 0.0))
