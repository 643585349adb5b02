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


def _iso2022_cn(line: str) -> str:
    """RFC 1922's ISO-2022-CN of a line of GB 2312 characters and ASCII: the designation once, each double-byte
    stretch between shift-out and shift-in."""
    import regex

    out = regex.sub(r"[^\x00-\x7f]+", lambda m: "\x0e" + bytes(b & 0x7F for b in m.group().encode("gb2312")).decode()
                    + "\x0f", line)
    return "\x1b$)A" + out if out != line else line


def _utf7_marks_plain(line: str) -> str:
    """UTF-7 of a line whose writer left the brackets plain (``（+XgI）``: a run closed by the mark after it)."""
    import regex

    pieces = regex.split(r"([（）()])", line)
    out = [piece if piece in "（）()" and piece else piece.encode("utf-7").decode("ascii") for piece in pieces]
    return "".join(p[:-1] if p.endswith("-") and k + 1 < len(out) and out[k + 1] in "（）()" and out[k + 1] else p
                   for k, p in enumerate(out))


DATED = LAW.replace("第三条", "第三条 自2021年1月1日起，").replace("本市行政", "本市（市）行政").replace("城乡建设", "城乡(乡)建设")

ESCAPED_PAGES = {
    "utf-7 with dates": "\n".join(_utf7_marks_plain(line) for line in DATED.split("\n")),
    "percent gbk with dates": "\n".join(urllib.parse.quote(line.encode("gbk")) for line in DATED.split("\n")),
    "iso-2022-jp-2": _per_line(lambda line: line.encode("iso2022_jp_2").decode("ascii")),
    "iso-2022-cn": _per_line(_iso2022_cn),
    "hz": _per_line(lambda line: line.encode("hz").decode("ascii")),
    "quoted-printable": _per_line(lambda line: quopri.encodestring(line.encode()).decode("ascii")),
    "percent utf-8": _per_line(urllib.parse.quote),
    "json escapes": _per_line(lambda line: json.dumps(line)[1:-1]),
    "python bytes": _per_line(lambda line: "".join(f"\\x{b:02x}" if b > 127 else chr(b) for b in line.encode())),
}


@pytest.mark.parametrize("form", sorted(ESCAPED_PAGES))
def test_a_page_in_an_escaped_form_is_read_and_decoded(form: str) -> None:
    page = ingest_bytes(ESCAPED_PAGES[form].encode(), "x.txt")
    want = DATED.replace("(", "（").replace(")", "）") if "dates" in form else LAW  # (the text's marks are full-width)
    assert clean(page.text).strip() == want.strip()


def test_hz_lines_among_plain_ones_and_hz_of_gb2312_signs() -> None:
    """Set 11's HZ member: lines GB 2312 cannot write stay plain (the page is then Chinese enough, but its HZ lines,
    ending in ``~}`` and holding ``;`` and ``{``, looked like source code); ``Ⅲ类`` is GB 2312 too."""
    law = ("某市水环境保护条例\n\n2010年11月25日 某市人民代表大会常务委员会通过\n\n"
           "第一条 为了保护水环境，制定本条例。\n\n第二条 交接断面水质应达到Ⅲ类水质以上标准，饮用水源达到Ⅱ类标准。\n\n"
           "第三条 本条例由市人民政府负责解释。\n\n第四条 市生态环境主管部门负责统一监督管理。\n\n"
           "第五条 县级人民政府应当加强监督。\n\n第六条 本条例自公布之日起施行。\n")
    lines = [line if not line.startswith("第") else line.encode("hz").decode("ascii") for line in law.split("\n")]
    page = ingest_bytes("\n".join(lines).encode(), "x.txt")
    assert clean(page.text).strip() == law.strip()


@pytest.mark.parametrize("text", [
    "第一条 代码写作 a1+Zwg- 或 (+XnQ)，见附件。\n",  # short UTF-7 runs on a page that proves no UTF-7
    "第二条 合格率2021%C4%EA，详见%E9%99%84表。\n",  # one GBK run after a number, no other GBK run
    "第三条 按ESC $ A 切换字符集。\n",  # an escape sequence named, not written
])
def test_short_or_ambiguous_runs_alone_stay(text: str) -> None:
    from corpus_tools.clean.escapes import unescape_text

    out = unescape_text(text)[0]
    assert all(kept in out for kept in ("+Zwg-", "+XnQ", "%C4%EA", "ESC $ A") if kept in text)


def test_damaged_references_opening_a_line_where_the_page_has_others() -> None:
    from corpus_tools.clean.escapes import unescape_text

    text = ("第十条 规范管理#xff0c;制定本办法#xff1b;加强监督#x3002;\n"
            "#31532;#21313;#19968;#26465; 市政设施的设计应当符合标准。\n&#31532&#21313&#20108&#26465 本办法自公布之日起施行。\n")
    assert unescape_text(text)[0] == "第十条 规范管理，制定本办法；加强监督。\n第十一条 市政设施的设计应当符合标准。\n第十二条 本办法自公布之日起施行。\n"
    label = "第十条 甲。\n&#31532&#21313&#19968&#26465 市政设施的设计应当符合标准。\n#31532;#21313;#20108;#26465; 乙。\n"
    assert unescape_text(label)[0] == "第十条 甲。\n第十一条 市政设施的设计应当符合标准。\n第十二条 乙。\n"
    alone = "编号 #35268;#33539; 见附表。\n"
    assert unescape_text(alone)[0] == alone


def test_percent_escaped_utf8_of_a_text_with_its_own_signs() -> None:
    from corpus_tools.clean.escapes import unescape_text

    text = "第十条 " + urllib.parse.quote("交接断面水质应达到Ⅲ类水质以上标准。") + "\n"
    assert unescape_text(text)[0] == "第十条 交接断面水质应达到Ⅲ类水质以上标准。\n"


def test_an_english_page_quoting_an_escape_stays_rejected() -> None:
    text = "Notice on the administration of ports. Search %E6%B3%95 or ~{VPND~} to find it.\n" * 5
    with pytest.raises(IngestError, match="not Chinese text"):
        ingest_bytes(text.encode(), "x.txt")


# --------------------------------------------------------------------------- protocol framing

import gzip  # noqa: E402

from corpus_tools.transport import unwrap  # noqa: E402

HTML = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>某市物业管理条例</title>\n</head>\n<body>\n"
        + "".join(f"<p>{line}</p>\n" for line in LAW.split("\n") if line) + "</body>\n</html>\n")
HEAD = ("HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: Mon, 02 Mar 2018 07:35:13 GMT\r\n"
        "Content-Type: text/html; charset=utf-8\r\n")


def _chunked(body: bytes, sizes: tuple[int, ...], *, eol: bytes = b"\r\n") -> bytes:
    out, pos, k = bytearray(), 0, 0
    while pos < len(body):
        piece = body[pos : pos + sizes[k % len(sizes)]]
        out += f"{len(piece):x}".encode() + eol + piece + eol
        pos, k = pos + len(piece), k + 1
    return bytes(out) + b"0" + eol + eol


def _articles(data: bytes, name: str = "x.html") -> str:
    return clean(ingest_bytes(data, name).text)


def _law_lines() -> list[str]:
    return [line for line in LAW.split("\n") if line]


def _holds_the_law(text: str) -> bool:
    return [line for line in text.split("\n") if line.strip()] == _law_lines()


@pytest.mark.parametrize("sizes", [(97,), (64, 300), (1, 2, 3, 500)])
def test_a_raw_http_response_in_chunked_coding_gives_the_page(sizes) -> None:
    data = (HEAD + "Transfer-Encoding: chunked\r\n\r\n").encode() + _chunked(HTML.encode(), sizes)
    page = ingest_bytes(data, "x.html")
    assert page.metadata["transport"][0] == "HTTP/1.1 200 OK"
    assert page.metadata["transport_kind"] == "HTTP response, chunked"
    assert _holds_the_law(clean(page.text))


def test_chunked_coding_of_a_file_whose_line_ends_were_converted() -> None:
    body = HTML.replace("\n", "\r\n").encode()
    data = (HEAD + "Transfer-Encoding: chunked\r\n\r\n").encode() + _chunked(body, (120,))
    assert _holds_the_law(_articles(data.replace(b"\r\n", b"\n")))


def test_sizes_that_disagree_with_the_bytes_are_no_chunks() -> None:
    framed = _chunked(HTML.encode(), (97,))
    wrong = framed.replace(b"\r\n61\r\n", b"\r\n62\r\n", 1)
    assert wrong != framed
    data = (HEAD + "Transfer-Encoding: chunked\r\n\r\n").encode() + wrong
    assert b"62" in unwrap(data).data  # the head is read; the framing, which does not add up, stays


def test_a_gzip_body_a_redirect_and_a_request_before_it() -> None:
    page = gzip.compress(HTML.encode("gb18030").replace(b'charset="utf-8"', b'charset="gbk"'))
    data = ("GET /flfg/t1.html HTTP/1.1\r\nHost: www.gov.cn\r\nAccept-Encoding: gzip\r\n\r\n"
            "HTTP/1.1 301 Moved Permanently\r\nLocation: /flfg/t2.html\r\nContent-Length: 5\r\n\r\nmoved"
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\nContent-Encoding: gzip\r\n"
            f"Content-Length: {len(page)}\r\n\r\n").encode() + page
    got = ingest_bytes(data, "x.html")
    assert got.encoding == "gb18030" and len(got.metadata["transport"]) == 10
    assert _holds_the_law(clean(got.text))


def test_curl_include_and_verbose_output() -> None:
    included = (HEAD + "Transfer-Encoding: chunked\r\n\r\n").encode() + HTML.encode()  # curl decoded the chunks
    assert _holds_the_law(_articles(included))
    verbose = ("*   Trying 203.0.113.5:80...\n* Connected to www.gov.cn (203.0.113.5) port 80 (#0)\n"
               "> GET /flfg/t1.html HTTP/1.1\n> Host: www.gov.cn\n> User-Agent: curl/7.81.0\n>\n"
               "* Mark bundle as not supporting multiuse\n< HTTP/1.1 200 OK\n< Content-Type: text/html; charset=utf-8\n"
               "< Content-Length: 1234\n<\n{ [1234 bytes data]\n" + HTML + "* Connection #0 to host www.gov.cn left intact\n")
    page = ingest_bytes(verbose.encode(), "x.html")
    assert page.metadata["transport_kind"] == "curl -v output"
    assert _holds_the_law(clean(page.text))


def test_a_warc_response_record() -> None:
    http = (HEAD + "Transfer-Encoding: chunked\r\n\r\n").encode() + _chunked(HTML.encode(), (200,))
    info = b"software: wget/1.21\r\nformat: WARC File Format 1.0\r\n"
    data = (b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\n"
            + f"Content-Length: {len(info)}\r\n\r\n".encode() + info + b"\r\n\r\n"
            + b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://www.gov.cn/flfg/t1.html\r\n"
            + b"Content-Type: application/http; msgtype=response\r\n"
            + f"Content-Length: {len(http)}\r\n\r\n".encode() + http + b"\r\n\r\n")
    page = ingest_bytes(data, "x.warc")
    assert page.metadata["transport"][0] == "WARC/1.0"
    assert _holds_the_law(clean(page.text))


def test_a_mime_message_in_quoted_printable() -> None:
    body = quopri.encodestring(HTML.encode()).decode("ascii")
    data = ("From: office@example.gov.cn\nSubject: =?UTF-8?B?5p2h5L6L?=\nDate: Mon, 2 Mar 2018 07:35:13 +0800\n"
            "MIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + body).encode("ascii")
    page = ingest_bytes(data, "x.eml")
    assert page.metadata["transport_kind"] == "MIME message"
    assert _holds_the_law(clean(page.text))


def test_a_news_post_in_hz_from_an_mbox() -> None:
    post = (b"From news@cnd.org Mon Mar  2 07:35:13 1998\nPath: cnd.org!news\nFrom: news@cnd.org\n"
            b"Newsgroups: alt.chinese.text\nSubject: law\nDate: Mon, 2 Mar 1998 07:35:13 GMT\n\n" + LAW.encode("hz"))
    page = ingest_bytes(post, "x.txt")
    assert page.metadata["transport"][0].startswith("From news@cnd.org") and _holds_the_law(clean(page.text))
    declared = post.replace(b"Subject: law\n", b"Subject: law\nMIME-Version: 1.0\nContent-Type: text/plain; charset=HZ-GB-2312\n")
    assert _holds_the_law(clean(ingest_bytes(declared, "x.txt").text))


@pytest.mark.parametrize("text", [
    "HTTP/1.1 200 OK\n第一条 本办法所称状态行，是指响应的第一行。\n",
    "HTTP/1.1 200 OK 是状态行的例子\n第一条 本办法所称状态行，是指响应的第一行。\n",
    "From: 办公室\nSubject: 通知\n\n第一条 为了规范管理，制定本办法。\n",
    "WARC/1.0 是网页归档的格式。\n第一条 为了规范管理，制定本办法。\n",
])
def test_a_page_that_only_looks_like_framing_is_kept(text: str) -> None:
    assert unwrap(text.encode()) is None


@pytest.mark.parametrize("prefix, unit", [
    ("", "HTTP/1.1 100 Continue\r\n\r\n"),
    ("", "HTTP/1.1 301 Moved\r\nContent-Length: 0\r\n\r\n"),
    ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "1\r\na\r\n"),
    ("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n", "3\na\nb\n"),
    ("HTTP/1.1 200 OK\r\n", "X-A: b\r\n"),
    ("", "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 0\r\n\r\n"),
    ("* x\n< HTTP/1.1 200 OK\n<\nbody\n", "* Closing connection 0\n"),
    ("", "* Trying\n> GET / HTTP/1.1\n"),
    ("From: a\nDate: b\nMIME-Version: 1.0\n", "X-A: b\n"),
])
def test_unwrap_is_linear(prefix: str, unit: str) -> None:
    from tests.timing import small_and_large

    small, large = small_and_large(lambda text: unwrap((prefix + text).encode()), unit)
    assert large < max(30 * small, 0.5), (small, large)


@pytest.mark.parametrize("unit", ["\x1b$)A\x0e5Z", "\x1b$)Aab \x0e5ZR", "\x1b$)A\x0e5Z\x0f ", "\x1b$A5ZR;", "\x1b$B\x1b(B",
                                  "1+XnQ-", "+Zwg-1+XnQ-", "2021%C4%EA ", "~{5Z~} "])
def test_transport_escapes_are_linear(unit: str) -> None:
    from corpus_tools.clean.escapes import unescape_text
    from tests.timing import small_and_large

    small, large = small_and_large(unescape_text, unit)
    assert large < max(30 * small, 0.5), (small, large)
