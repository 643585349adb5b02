"""A text's bytes behind a compression and a framing, in a printable alphabet (session 33, room bytes33): siblings
of set 15's ``h15_enc_base64_gzip`` (the law's UTF-8 bytes gzipped or zlib-deflated, then base64, on one line or
wrapped at 76) and ``h15_enc_reg_hex_utf16`` (a regedit ``.reg`` export: ``"Name"=hex(7):2c,67,…,\\`` of UTF-16LE
bytes, a multi-string's lines separated by NULs).

The family is the product of four independent axes, and every member is a point on all four: (d) the FRAMING that
carries the printable payload (a ``.reg`` value, a JSON field or array, an XML element, a ``data:`` URI, a log
line's ``key=value``, a source literal of bytes or of a string, a MIME part, a form body), (a) the ALPHABET
(base64, hexadecimal, numbers, escapes), (c) the COMPRESSION between the text encoding and the alphabet (gzip,
zlib, raw deflate, bzip2, xz, lzma) and (b) the TEXT ENCODING (UTF-8, GB18030, UTF-16…).  The generators here
write points of the product over the suite's laws (:data:`tests.test_family_bytes30.LAWS`), the whole page or the
body below a plain title:

* development members: base64 of gzip/zlib of UTF-8, one line or wrapped at 76; regedit ``hex(2)``/``hex(7)`` of
  UTF-16LE (set 15);
* held-out siblings (written first, their figure recorded before the mechanism, never tuned on): a JSON record on
  one line whose ``content`` field is base64 of bzip2 of UTF-8 (an API's or a queue's message), and a C# byte-array
  literal (``byte[] body = new byte[] { 0x78, 0x9C, … };``) of zlib of UTF-16LE;
* tuned siblings: a ``data:application/gzip;base64,…`` URI (gzip, UTF-8); an XML element wrapped at 76 (raw
  deflate, GB18030); a log line ``value=…`` (xz, UTF-8); Python's ``repr`` of gzip bytes in a parenthesised
  ``b'…'`` concatenation; PowerShell's ``[byte[]]$b = 0x1f,0x8b,…`` (gzip, UTF-16LE); regedit's ``hex:``
  (REG_BINARY) of zlib of UTF-8; a form body percent-encoded byte by byte (gzip, UTF-8); Node's
  ``Buffer.toJSON`` (``{"type":"Buffer","data":[120,156,…]}``, zlib, GB18030); a Java string literal concatenated
  over lines (base64 of gzip, UTF-8); a MIME part ``application/gzip`` in base64; uuencode of bzip2 of GB18030;
  hexadecimal of lzma-alone (``.lzma``) of UTF-8; Git's binary patch (Base85 lines led by their length, zlib,
  UTF-16LE); a zipped attachment in base64 (GB18030); a YAML value of a ``.tar.gz`` in base64; PHP's
  ``json_encode`` (``\\/`` for ``/``) of base64 of ``gzcompress``; a JSON string of ``base64.encodebytes`` (its
  breaks as ``\\n``); base64 of zlib in a URL's query, percent-escaped; Java's ``(byte)0x8b`` casts of gzip of
  GB18030; YAML's ``!!binary |`` of bzip2 (a Kubernetes secret); MySQL's ``X'1F8B…'`` of gzip; ``cat -v`` of a
  ``.gz`` (meta notation); ``less`` on a zlib stream of GB18030 (``<8B>``).

Each member's figure is the share of its pages whose cleaned text holds the law line for line (``python
tests/test_family_bytes33.py``: 3 laws x 4 seeds a member).  Before the mechanism (7061e7ea) every member gave
0.0 %, the held-out siblings included (recorded before the mechanism was written); after it, 100.0 % each (the
held-out siblings measured after the mechanism, never tuned on).  Set 15's development members
``h15_enc_base64_gzip`` and ``h15_enc_reg_hex_utf16``: 0.0 -> 100.0 % exact articles each (benchmark, 30 laws).
"""

from __future__ import annotations

import base64
import binascii
import bz2
import gzip
import json
import lzma
import random
import urllib.parse
import zlib

import pytest

from corpus_tools.clean import clean
from corpus_tools.ingest import IngestError, ingest_bytes
from tests.test_family_bytes30 import LAWS


def _wrap(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def _gzip(raw: bytes) -> bytes:
    return gzip.compress(raw, compresslevel=9, mtime=0)


def _deflate(raw: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(raw) + packer.flush()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# --------------------------------------------------------------------------- held-out siblings (never tuned on)

def json_field_bzip2(law: str, r: random.Random) -> str:
    """An API's or a message queue's record on one line, its ``content`` field base64 of bzip2 of UTF-8."""
    record = {"id": r.randint(1, 99999), "encoding": "bzip2+base64", "content": _b64(bz2.compress(law.encode())),
              "ts": "2026-11-0%dT08:00:00Z" % r.randint(1, 9)}
    return json.dumps(record) + "\n"


def csharp_array_zlib_utf16(law: str, r: random.Random) -> str:
    """A C# byte-array literal of zlib of UTF-16LE (a resource or a test fixture), twelve bytes a line."""
    data = zlib.compress(law.encode("utf-16-le"), 9)
    rows = [", ".join(f"0x{b:02X}" for b in data[k : k + 12]) for k in range(0, len(data), 12)]
    return "byte[] body = new byte[] {\n" + ",\n".join("    " + row for row in rows) + "\n};\n"


# --------------------------------------------------------------------------- development members (set 15)

def base64_gzip(law: str, r: random.Random) -> str:
    raw = law.encode()
    enc = _b64(_gzip(raw) if r.random() < 0.5 else zlib.compress(raw, 9))
    return ("\n".join(_wrap(enc, 76)) if r.random() < 0.6 else enc) + "\n"


def reg_hex_utf16(law: str, r: random.Random, *, kind: str = "", raw: bytes | None = None) -> str:
    multi = r.random() < 0.5
    if raw is None:
        raw = (law.replace("\n", "\x00").encode("utf-16-le") + b"\x00" * 4 if multi
               else law.encode("utf-16-le") + b"\x00\x00")
        kind = "hex(7)" if multi else "hex(2)"
    row, rows = f'"{r.choice(("Lines", "Text", "Body"))}"={kind}:', []
    for k, b in enumerate(raw):
        piece = f"{b:02x}" + ("," if k < len(raw) - 1 else "")
        if len(row) + len(piece) > 77 and row.strip():
            rows.append(row + "\\")
            row = "  "
        row += piece
    rows.append(row)
    key = f"[HKEY_CURRENT_USER\\Software\\LawReader\\Docs\\{r.randint(1, 9999):04d}]"
    return "Windows Registry Editor Version 5.00\n\n" + key + "\n" + "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- tuned siblings

def data_uri_gzip(law: str, r: random.Random) -> str:
    return "data:application/gzip;base64," + _b64(_gzip(law.encode())) + "\n"


def xml_element_deflate_gb18030(law: str, r: random.Random) -> str:
    lines = _wrap(_b64(_deflate(law.encode("gb18030"))), 76)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<record id="%d">\n  <body encoding="base64" compression="deflate">\n'
            % r.randint(1, 999) + "\n".join("    " + line for line in lines) + "\n  </body>\n</record>\n")


def log_line_xz(law: str, r: random.Random) -> str:
    return (f"2026-11-02 10:21:0{r.randint(0, 9)},114 INFO  [cache-writer] put key=law/{r.randint(1, 9999)} "
            f"codec=xz value={_b64(lzma.compress(law.encode()))}\n")


def python_repr_gzip(law: str, r: random.Random) -> str:
    data = _gzip(law.encode())
    rows = []
    for k in range(0, len(data), 20):
        rows.append("    " + repr(data[k : k + 20]))
    return "data = (\n" + "\n".join(rows) + "\n)\n"


def powershell_gzip_utf16(law: str, r: random.Random) -> str:
    data = _gzip(law.encode("utf-16-le"))
    return "[byte[]]$bytes = " + ",".join(f"0x{b:02x}" for b in data) + "\n"


def reg_binary_zlib(law: str, r: random.Random) -> str:
    return reg_hex_utf16(law, r, kind="hex", raw=zlib.compress(law.encode(), 9))


def form_body_gzip(law: str, r: random.Random) -> str:
    return "payload=" + urllib.parse.quote_from_bytes(_gzip(law.encode()), safe="") + "&v=2\n"


def node_buffer_zlib_gb18030(law: str, r: random.Random) -> str:
    return json.dumps({"type": "Buffer", "data": list(zlib.compress(law.encode("gb18030")))},
                      separators=(",", ":")) + "\n"


def java_string_concat_gzip(law: str, r: random.Random) -> str:
    lines = _wrap(_b64(_gzip(law.encode())), 60)
    return ("String body =\n" + " +\n".join(f'    "{line}"' for line in lines) + ";\n")


def mime_part_gzip(law: str, r: random.Random) -> str:
    lines = _wrap(_b64(_gzip(law.encode())), 76)
    return ("--b1_4c2f\nContent-Type: application/gzip; name=\"law.txt.gz\"\nContent-Transfer-Encoding: base64\n"
            "Content-Disposition: attachment; filename=\"law.txt.gz\"\n\n" + "\n".join(lines) + "\n--b1_4c2f--\n")


def uuencode_bzip2_gb18030(law: str, r: random.Random) -> str:
    data = bz2.compress(law.encode("gb18030"))
    rows = [binascii.b2a_uu(data[k : k + 45]).decode().rstrip("\n") for k in range(0, len(data), 45)]
    return "begin 644 law.txt.bz2\n" + "\n".join(rows) + "\n`\nend\n"


def hex_lzma_alone(law: str, r: random.Random) -> str:
    data = lzma.compress(law.encode(), format=lzma.FORMAT_ALONE)
    return "\n".join(_wrap(data.hex(), 64)) + "\n"


def git_binary_patch_utf16(law: str, r: random.Random) -> str:
    """``git format-patch`` of a file Git took for binary (UTF-16LE): its zlib stream in Base85 lines led by their
    length, between the diff's header and the reverse hunk."""
    data = zlib.compress(law.encode("utf-16-le"), 9)
    rows = []
    for k in range(0, len(data), 52):
        chunk = data[k : k + 52]
        rows.append((chr(ord("A") + len(chunk) - 1) if len(chunk) <= 26 else chr(ord("a") + len(chunk) - 27))
                    + base64.b85encode(chunk, pad=True).decode())
    return ("diff --git a/law.txt b/law.txt\nnew file mode 100644\nindex 0000000..%07x\nGIT binary patch\nliteral %d\n"
            % (r.randrange(1 << 28), len(law.encode("utf-16-le"))) + "\n".join(rows) + "\n\nliteral 0\nHcmV?d00001\n\n")


def zip_base64(law: str, r: random.Random) -> str:
    """A zipped attachment (one entry, deflated) in base64, as a web form's or a database's field keeps it."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("law.txt", law.encode("gb18030"))
    return "\n".join(_wrap(_b64(buffer.getvalue()), 76)) + "\n"


def tar_gz_base64(law: str, r: random.Random) -> str:
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        raw = law.encode()
        info = tarfile.TarInfo("law.txt")
        info.size = len(raw)
        archive.addfile(info, io.BytesIO(raw))
    return "content: " + _b64(buffer.getvalue()) + "\n"


def php_json_escaped_slashes(law: str, r: random.Random) -> str:
    """PHP's ``json_encode`` of a record whose field is base64 of ``gzcompress``: every ``/`` written ``\\/``."""
    return '{"status":1,"data":{"body":"' + _b64(zlib.compress(law.encode(), 6)).replace("/", "\\/") + '"}}\n'


def json_with_newline_escapes(law: str, r: random.Random) -> str:
    """Python's ``base64.encodebytes`` (lines of 76) of gzip, put in a JSON string: its breaks written ``\\n``."""
    return json.dumps({"name": "law", "gz": base64.encodebytes(_gzip(law.encode())).decode()}) + "\n"


def url_query_base64(law: str, r: random.Random) -> str:
    """base64 of zlib in a URL's query, percent-escaped (``%2B``, ``%2F``, ``%3D``): a logged request."""
    return ("GET /api/doc?id=%d&body=" % r.randint(1, 999) + urllib.parse.quote(_b64(zlib.compress(law.encode())), safe="")
            + " HTTP/1.1\n")


def java_byte_casts_gzip(law: str, r: random.Random) -> str:
    data = _gzip(law.encode("gb18030"))
    rows = [", ".join(f"(byte)0x{b:02x}" if b > 127 else f"0x{b:02x}" for b in data[k : k + 8]) for k in range(0, len(data), 8)]
    return "byte[] law = new byte[] {\n" + ",\n".join("        " + row for row in rows) + "\n};\n"


def yaml_binary_bzip2(law: str, r: random.Random) -> str:
    return ("apiVersion: v1\nkind: Secret\ndata:\n  law.txt.bz2: !!binary |\n"
            + "\n".join("    " + line for line in _wrap(_b64(bz2.compress(law.encode())), 76)) + "\n")


def mysql_hex_literal_gzip(law: str, r: random.Random) -> str:
    return "INSERT INTO docs (id, body) VALUES (%d, X'%s');\n" % (r.randint(1, 99), _gzip(law.encode()).hex().upper())


def cat_v_gzip(law: str, r: random.Random) -> str:
    """``cat -v law.txt.gz`` pasted into a bug report: the compressed bytes in meta notation, its 0x0A bytes as line
    breaks."""
    out = []
    for b in _gzip(law.encode()):
        if b in (9, 10):
            out.append(chr(b))
            continue
        meta = "M-" if b >= 128 else ""
        b &= 127
        out.append(meta + ("^" + chr(b + 64) if b < 32 else "^?" if b == 127 else chr(b)))
    return "".join(out) + "\n"


def less_zlib_gb18030(law: str, r: random.Random) -> str:
    """``less`` on a zlib stream of GB18030 bytes: each byte it will not print as ``<8B>``."""
    return "".join(f"<{b:02X}>" if b > 126 or b < 32 and b != 10 else chr(b)
                   for b in zlib.compress(law.encode("gb18030"))) + "\n"


HELD_OUT = {"JSON field / base64 / bzip2 / UTF-8": json_field_bzip2,
            "C# byte[] / zlib / UTF-16LE": csharp_array_zlib_utf16}
DEVELOPMENT = {"base64 / gzip or zlib / UTF-8": base64_gzip, "regedit hex(2|7) / UTF-16LE": reg_hex_utf16}
TUNED = {"data: URI / base64 / gzip / UTF-8": data_uri_gzip,
         "XML element / base64 / deflate / GB18030": xml_element_deflate_gb18030,
         "log line / base64 / xz / UTF-8": log_line_xz, "Python repr / gzip / UTF-8": python_repr_gzip,
         "PowerShell [byte[]] / gzip / UTF-16LE": powershell_gzip_utf16, "regedit hex: / zlib / UTF-8": reg_binary_zlib,
         "form body %XX / gzip / UTF-8": form_body_gzip, "Node Buffer JSON / zlib / GB18030": node_buffer_zlib_gb18030,
         "Java string concat / base64 / gzip / UTF-8": java_string_concat_gzip,
         "MIME part / base64 / gzip / UTF-8": mime_part_gzip, "uuencode / bzip2 / GB18030": uuencode_bzip2_gb18030,
         "hex / lzma-alone / UTF-8": hex_lzma_alone, "git binary patch / zlib / UTF-16LE": git_binary_patch_utf16,
         "base64 / zip / GB18030": zip_base64, "YAML field / base64 / tar.gz / UTF-8": tar_gz_base64,
         "PHP json_encode \\/ / base64 / zlib / UTF-8": php_json_escaped_slashes,
         "JSON string \\n / base64 / gzip / UTF-8": json_with_newline_escapes,
         "URL query %2B / base64 / zlib / UTF-8": url_query_base64, "Java (byte) casts / gzip / GB18030": java_byte_casts_gzip,
         "YAML !!binary / bzip2 / UTF-8": yaml_binary_bzip2, "cat -v / gzip / UTF-8": cat_v_gzip,
         "less <XX> / zlib / GB18030": less_zlib_gb18030, "MySQL X'' / gzip / UTF-8": mysql_hex_literal_gzip}
MEMBERS = {**HELD_OUT, **DEVELOPMENT, **TUNED}


def page(member: str, law: str, seed: int) -> bytes:
    """A page of ``member``: the whole law, or its body below the plain title."""
    r = random.Random(f"{member}/{seed}")
    if r.random() < 0.5:
        return MEMBERS[member](law, r).encode("ascii")
    title, body = law.split("\n", 1)
    return (title + "\n\n" + MEMBERS[member](body.lstrip("\n"), r)).encode("utf-8")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def recovered(member: str, seeds: int = 4) -> float:
    """The share of ``member``'s pages whose cleaned text holds the law, line for line."""
    good = total = 0
    for law in LAWS:
        for seed in range(seeds):
            total += 1
            try:
                text = clean(ingest_bytes(page(member, law, seed), "x.txt").text)
            except IngestError:
                continue
            good += _lines(text) == _lines(clean(law))
    return good / total


@pytest.mark.parametrize("member", sorted(DEVELOPMENT) + sorted(TUNED))
@pytest.mark.parametrize("law", range(len(LAWS)))
def test_each_member_gives_the_law_back(member: str, law: int) -> None:
    for seed in range(2):
        text = clean(ingest_bytes(page(member, LAWS[law], seed), "x.txt").text)
        assert _lines(text) == _lines(clean(LAWS[law])), (member, seed)


def test_the_product_of_compression_and_framing() -> None:
    """Every compression with every framing of a line's payload and every text encoding: the axes are independent."""
    law = LAWS[0]
    packers = {"gzip": _gzip, "zlib": zlib.compress, "deflate": _deflate, "bzip2": bz2.compress,
               "xz": lzma.compress, "lzma": lambda raw: lzma.compress(raw, format=lzma.FORMAT_ALONE)}
    frames = {"json": lambda p: json.dumps({"k": 1, "v": p}), "log": lambda p: f"12:00:01 DEBUG body={p} len=3",
              "uri": lambda p: f"data:application/octet-stream;base64,{p}", "yaml": lambda p: f"content: {p}",
              "xml": lambda p: f"<data>{p}</data>", "quoted": lambda p: f"'{p}',"}
    for codec in ("utf-8", "gb18030", "utf-16-le"):
        for packer_name, packer in packers.items():
            payload = _b64(packer(law.encode(codec)))
            for frame_name, frame in frames.items():
                text = ingest_bytes((frame(payload) + "\n").encode(), "x.txt").text
                assert _lines(text) == _lines(law), (codec, packer_name, frame_name)


def test_a_reg_file_with_several_values_and_the_frame_kept_beside_a_law() -> None:
    """A ``.reg`` export's other values (a DWORD, a plain string) are its frame: dropped when the text read back is
    the page; a law page that quotes a registry path and a short value stays byte-identical."""
    r = random.Random(3)
    shown = reg_hex_utf16(LAWS[1], r).replace("\n\n[", '\n\n[HKEY_CURRENT_USER\\Software\\X]\n"Size"=dword:00000400\n\n[', 1)
    page = ingest_bytes(shown.encode(), "x.reg")
    assert _lines(page.text) == _lines(LAWS[1])
    assert page.metadata["shown_bytes"][0]["frame"]["lines"] >= 3
    law = ("某市计算机信息系统安全管理办法\n\n第一条 设置项位于 HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies 下，例如：\n"
           '"Flags"=hex:01,00,00,00\n"Name"=hex(2):41,00,42,00,00,00\n第二条 本办法自公布之日起施行。\n')
    assert ingest_bytes(law.encode(), "x.txt").text == law


def test_a_payload_inside_a_law_page_keeps_its_frame() -> None:
    """A law page with a log line whose value is a compressed paragraph: the paragraph is read back, the line's key
    stays as a line of its own (the payload does not replace the page)."""
    law = LAWS[0] * 3
    paragraph = "第九条 物业服务企业应当按照合同约定提供服务，并公开收费项目和标准。"
    shown = law + "2026-01-02 INFO cache put value=" + _b64(_gzip(paragraph.encode())) + " ttl=60\n"
    page = ingest_bytes(shown.encode(), "x.txt")
    assert page.text == law + "2026-01-02 INFO cache put value=\n" + paragraph + "\nttl=60\n"
    assert "frame" not in page.metadata["shown_bytes"][0]


def test_a_short_field_above_a_wrapped_payload_is_its_frame() -> None:
    """An element of an id's run just above an element's wrapped lines: the id's line is the frame, not the payload."""
    lines = _wrap(_b64(_gzip(LAWS[1].encode())), 76)
    shown = "<doc>\n  <id>QUJDREVGR0hJSktMTU5PUA</id>\n" + "\n".join("  " + line for line in lines) + "\n</doc>\n"
    assert _lines(ingest_bytes(shown.encode(), "x.txt").text) == _lines(LAWS[1])


def _clean_page() -> str:
    r = random.Random(7)
    image = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(600))).decode()
    gz_binary = _b64(_gzip(bytes(r.randrange(256) for _ in range(400))))
    return ("某市数据安全管理条例\n\n第一条 为了规范数据处理活动，制定本条例。\n"
            f'<img src="data:image/png;base64,{image}">\n'
            f"![附图](data:image/png;base64,{image[:300]})\n"
            f'{{"id": 12, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "blob": "{gz_binary}"}}\n'
            "token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U\n"
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA2kp4Af7ZmgBxq0Kb9Ab0hA1a9jJ6lzZ user@host\n"
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\n"
            "第二条 下载地址：https://www.example.gov.cn/attach/2021/0a1b2c3d4e5f60718293a4b5c6d7e8f9/file.pdf\n"
            "校验值：0x1f8b0800 d41d8cd98f00b204e9800998ecf8427e\n"
            "-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(_wrap(_b64(bytes(r.randrange(256) for _ in range(300))), 64))
            + "\n-----END PGP MESSAGE-----\n"
            + "".join(f"第{n}条 数据处理者应当依照法律、法规的规定，建立健全全流程数据安全管理制度，组织开展数据安全"
                      "教育培训，采取相应的技术措施和其他必要措施，保障数据安全。\n" for n in "三四五六七八九十" * 4)
            + "第十一条 本条例自2021年1月1日起施行。\n")


def test_clean_pages_that_quote_payloads_stay_byte_identical() -> None:
    """An image's data URI, a JSON record of a hash and a compressed binary, a JWT, a key, a registry path, a URL
    with a hash, a short hex string, a PGP block: byte-identical, no record."""
    from corpus_tools.shown_bytes import shown_bytes

    text = _clean_page()
    out, read, _ = shown_bytes(text)
    assert (out, read) == (text, [])
    page = ingest_bytes(text.encode(), "x.txt")
    assert page.text == text and "shown_bytes" not in page.metadata


def test_a_compression_without_a_decoder_is_kept_with_a_finding() -> None:
    from corpus_tools.shown_bytes import shown_bytes

    text = "某市条例\n\n" + "\n".join(_wrap(_b64(b"\x28\xb5\x2f\xfd" + LAWS[0].encode() * 2), 76)) + "\n"
    out, read, kept = shown_bytes(text)
    assert (out, read) == (text, [])
    assert "zstd" in kept[0]["why"]


def test_a_bomb_is_not_inflated() -> None:
    from corpus_tools.shown_bytes import MAX_INFLATED, decompressed

    bomb = zlib.compress(b"\x00" * (MAX_INFLATED + 10))
    assert decompressed(bomb) is None
    text = "\n".join(_wrap(_b64(bomb), 76)) + "\n"
    assert ingest_bytes(text.encode(), "x.txt").text == text


@pytest.mark.parametrize("hostile", [
    "", "\n", "\r\n", "H4sI", "H4sI" + "A" * 80, "eJx" + "z" * 100, '"a"=hex(7):', '"a"=hex(7):\\', '"a"=hex:zz,\\\n  \\',
    "@=hex(2):" + ",".join(["00"] * 300), "x=" + "%1F%8B" * 40, "data:;base64," + "A" * 100, '{"a": "' + "B" * 100,
    "[byte[]]$b = " + "0x1f," * 100, "\n".join(["  " + "Q" * 76] * 5), "+" * 200 + "\n" + "'" * 200,
])
def test_hostile_input_never_raises(hostile: str) -> None:
    from corpus_tools.shown_bytes import shown_bytes

    text, read, kept = shown_bytes(hostile)
    assert text == hostile and read == []
    try:  # (a page of no text is refused, as any: never a crash)
        ingest_bytes(hostile.encode(), "x.txt")
    except IngestError:
        pass


def test_evidence_at_the_page_s_first_and_last_character_and_crlf() -> None:
    enc = _b64(_gzip(LAWS[0].encode()))
    for shown in (enc, "v=" + enc, "\r\n".join(_wrap(enc, 76)) + "\r\n", reg_hex_utf16(LAWS[0], random.Random(1)).replace("\n", "\r\n"),
                  '{"c":"' + enc + '"}'):
        assert _lines(ingest_bytes(shown.encode(), "x.txt").text) == _lines(LAWS[0]), shown[:20]


@pytest.mark.parametrize("unit", [
    "x=" + "A" * 70 + "\n", '  "' + "A" * 60 + '" +\n', '"a"=hex:' + "00," * 20 + "\\\n", "  00,01,\\\n",
    "%1F" * 30 + "\n", "k " + "a" * 17 + " ", "[byte[]]$b = 0x1f,0x8b\n", "某" * 30 + "A" * 64 + "\n",
    '  "' + "A+_" * 25 + '" +\n', "literal 9\n", "GIT binary patch\nliteral 40\n" + "zcmV" * 16 + "A\n",
])
def test_scan_is_linear(unit: str) -> None:
    from corpus_tools.shown_bytes import shown_bytes
    from tests.timing import small_and_large

    small, large = small_and_large(shown_bytes, unit)
    assert large < max(30 * small, 0.5), (unit, small, large)


if __name__ == "__main__":
    import sys

    names = sys.argv[1:] or list(MEMBERS)
    for name in names:
        kind = "held-out" if name in HELD_OUT else "development" if name in DEVELOPMENT else "tuned"
        print(f"{name:45} {kind:11} {100 * recovered(name):5.1f} %")
