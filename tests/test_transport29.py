"""Text that arrives in a transport form (session 29, room transport29).

1. A page written in a reversible 7-bit or escaped form of Chinese (HZ, quoted-printable, percent-encoded bytes,
   ``\\u`` and ``\\x`` escapes, character references): ingest must not reject it as "not Chinese text" before the
   cleaner that decodes it runs; a page of English that quotes one escape stays rejected.
2. Protocol framing saved with the body (a raw HTTP response, chunked transfer coding, curl's output, a WARC
   record, a MIME message): unwrapped at ingest by its grammar, only when the sizes it declares agree with the
   bytes; a law that quotes such lines stays as it is.
"""

from __future__ import annotations

import json
import quopri
import urllib.parse

import pytest

from corpus_tools.clean import clean
from corpus_tools.ingest import IngestError, ingest_bytes

LAW = ("某市物业管理条例\n\n第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，根据有关法律、行政法规，"
       "结合本市实际，制定本条例。\n\n第二条 本条例适用于本市行政区域内的物业管理活动。\n\n"
       "第三条 市住房和城乡建设管理部门负责本市物业管理活动的监督管理工作。\n")


def _per_line(encode) -> str:
    return "\n".join(encode(line) if line else line for line in LAW.split("\n"))


ESCAPED_PAGES = {
    "hz": _per_line(lambda line: line.encode("hz").decode("ascii")),
    "quoted-printable": _per_line(lambda line: quopri.encodestring(line.encode()).decode("ascii")),
    "percent utf-8": _per_line(urllib.parse.quote),
    "json escapes": _per_line(lambda line: json.dumps(line)[1:-1]),
    "python bytes": _per_line(lambda line: "".join(f"\\x{b:02x}" if b > 127 else chr(b) for b in line.encode())),
}


@pytest.mark.parametrize("form", sorted(ESCAPED_PAGES))
def test_a_page_in_an_escaped_form_is_read_and_decoded(form: str) -> None:
    page = ingest_bytes(ESCAPED_PAGES[form].encode("ascii"), "x.txt")
    assert clean(page.text).strip() == LAW.strip()


def test_an_english_page_quoting_an_escape_stays_rejected() -> None:
    text = "Notice on the administration of ports. Search %E6%B3%95 or ~{VPND~} to find it.\n" * 5
    with pytest.raises(IngestError, match="not Chinese text"):
        ingest_bytes(text.encode(), "x.txt")
