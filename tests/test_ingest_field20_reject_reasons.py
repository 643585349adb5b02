"""Field test 20's reject reasons that named the symptom or a wrong part (F20-E2; tests/real_pages/field20_fix/SOURCE.md).

(a) A Big5 page decoded as UTF-8 before it was saved (landagent's F425, real: 57 % U+FFFD) was rejected
    ``not_chinese`` "not Chinese text": right outcome, misleading reason.  It is ``replacement_chars`` now, the
    share of U+FFFD in the reason; held out (written after the rule): another Big5 text read as UTF-8.
    Negative: an English page with a few U+FFFD stays ``not_chinese``; a Chinese page with some is no reject.
(b) A corrupt ``.docx`` (every local header's magic bad: cmde b15) was rejected ``unreadable .docx altChunk (…)``:
    the package failed before any altChunk was looked for.  The reason is ``unreadable .docx (BadZipFile: …)``.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from corpus_tools.formats import FormatError, docx_to_html
from corpus_tools.ingest import IngestError, ingest_file, language_problem

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def test_the_landagent_big5_page_read_as_utf8_names_the_lost_characters():
    page = PAGES / "landagent_tw_F425_mojibake.txt"
    with pytest.raises(IngestError) as caught:
        ingest_file(page, page.parent)
    assert caught.value.code == "replacement_chars"
    assert "57% of them are U+FFFD" in str(caught.value)


def test_held_out_another_big5_text_read_as_utf8():
    text = ("臺北市政府公告：修正「臺北市建築管理自治條例」第五條、第十條，並自公布日施行。" * 6).encode("big5").decode("utf-8", "replace")
    assert language_problem(text)[0] == "replacement_chars"


def test_an_english_page_stays_not_chinese_and_a_chinese_page_is_no_reject():
    english = "Notice on the administration of ports. Article 1 applies to all ports \ufffd. " * 10
    assert language_problem(english)[0] == "not_chinese"
    assert language_problem("第一条 为了规范管理\ufffd\ufffd，制定本办法。Article 1.") is None


def _corrupt_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buffer.getvalue())
    second = data.index(b"PK\x03\x04", 4)
    data[second:second + 4] = b"PK\x00\x00"  # a local header's magic broken, as in cmde b15
    return bytes(data)


def test_a_corrupt_docx_is_unreadable_not_an_unreadable_altchunk():
    with pytest.raises(FormatError) as caught:
        docx_to_html(_corrupt_docx())
    assert str(caught.value).startswith("unreadable .docx (BadZipFile: ")
    assert "altChunk" not in str(caught.value)
