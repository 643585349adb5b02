"""A file's bytes shown as text (session 30, room bytes30): siblings of set 12's uuencoded member.

The family: a mail client, a news archive, a debugger, a database export or a paste site shows a document's BYTES
through a binary-to-text representation instead of its text.  Set 12 showed one member (a uuencoded attachment,
``begin 644 law.txt``); the generators here write other members of the same family over the suite's laws, whole
pages or a page whose title stays plain, in GB18030/GBK, UTF-8 or Big5:

* tuned siblings: ``uuencode -m`` (``begin-base64``), ``xxd``, ``od -A x -t x1z``, a Java ``byte[]`` literal of
  signed bytes, Ascii85 (``<~ … ~>``), base32 wrapped at 64, a PEM-armoured base64 block, MIME's base64 part;
* held-out siblings (written before the mechanism, never tuned on): xxencode (``begin 644`` with the
  ``+-0-9A-Za-z`` alphabet) and ``hexdump -C`` (offset, sixteen bytes, ``|ascii|``).

Each member's figure is the share of its pages whose cleaned text holds the law line for line.
"""

from __future__ import annotations

import base64
import binascii
import random

import pytest

from corpus_tools.clean import clean
from corpus_tools.ingest import IngestError, ingest_bytes

LAWS = (
    "某市物业管理条例\n\n第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，根据有关法律、行政法规，"
    "结合本市实际，制定本条例。\n\n第二条 本条例适用于本市行政区域内的物业管理活动。\n\n"
    "第三条 市住房和城乡建设管理部门负责本市物业管理活动的监督管理工作。\n",
    "某省河道管理办法\n\n第一章 总则\n\n第一条 为了加强河道管理，保障防洪安全，发挥河道的综合效益，制定本办法。\n\n"
    "第二条 本办法适用于本省行政区域内河道（包括湖泊、人工水道、行洪区、蓄洪区、滞洪区）的管理。\n\n"
    "第二章 河道整治与建设\n\n第三条 河道的整治与建设，应当服从流域综合规划，符合国家规定的防洪标准。\n\n"
    "第四条 本办法自2021年3月1日起施行。\n",
    "某縣消防安全管理規定\n\n第一條 為了預防火災和減少火災危害，保護人身、財產安全，制定本規定。\n\n"
    "第二條 機關、團體、企業、事業等單位應當履行下列消防安全職責：\n\n（一）落實消防安全責任制；\n\n"
    "（二）按照國家標準配置消防設施、器材。\n\n第三條 本規定自公布之日起施行。\n",
)

XX = "+-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _uu_rows(raw: bytes, alphabet: str | None = None) -> list[str]:
    rows = [binascii.b2a_uu(raw[k : k + 45]).decode("ascii").rstrip("\n") for k in range(0, len(raw), 45)]
    if alphabet is None:
        return rows
    return ["".join(alphabet[(ord(ch) - 32) % 64] for ch in row) for row in rows]


def xxencode(raw: bytes, r: random.Random) -> str:
    name = r.choice(("law.txt", "tiaoli.txt", "fagui.doc.txt"))
    return f"begin 644 {name}\n" + "\n".join(_uu_rows(raw, XX)) + "\n+\nend\n"


def hexdump_c(raw: bytes, r: random.Random) -> str:
    rows = []
    for k in range(0, len(raw), 16):
        chunk = raw[k : k + 16]
        cells = " ".join(f"{b:02x}" for b in chunk[:8]) + "  " + " ".join(f"{b:02x}" for b in chunk[8:])
        shown = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{k:08x}  {cells:<48}  |{shown}|")
    rows.append(f"{len(raw):08x}")
    return "\n".join(rows) + "\n"


def uuencode_m(raw: bytes, r: random.Random) -> str:
    body = base64.encodebytes(raw).decode("ascii").replace("\n", "\n")  # 76 a line
    body = "\n".join(body[k : k + 60] for k in range(0, len(body.replace("\n", "")), 60)) if False else body
    text = "".join(base64.b64encode(raw[k : k + 45]).decode() + "\n" for k in range(0, len(raw), 45))
    return f"begin-base64 644 {r.choice(('law.txt', 'a.txt'))}\n" + text + "====\n"


def xxd(raw: bytes, r: random.Random) -> str:
    rows = []
    for k in range(0, len(raw), 16):
        chunk = raw[k : k + 16]
        hexed = chunk.hex()
        cells = " ".join(hexed[j : j + 4] for j in range(0, len(hexed), 4))
        shown = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{k:08x}: {cells:<39}  {shown}")
    return "\n".join(rows) + "\n"


def od_x1z(raw: bytes, r: random.Random) -> str:
    rows = []
    for k in range(0, len(raw), 16):
        chunk = raw[k : k + 16]
        shown = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{k:06x} " + " ".join(f"{b:02x}" for b in chunk).ljust(47) + f"  >{shown}<")
    rows.append(f"{len(raw):06x}")
    return "\n".join(rows) + "\n"


def java_bytes(raw: bytes, r: random.Random) -> str:
    signed = [b - 256 if b > 127 else b for b in raw]
    rows = [", ".join(str(v) for v in signed[k : k + 16]) for k in range(0, len(signed), 16)]
    return "byte[] data = {\n" + ",\n".join("    " + row for row in rows) + "\n};\n"


def ascii85(raw: bytes, r: random.Random) -> str:
    text = base64.a85encode(raw, adobe=True, wrapcol=72).decode("ascii")
    return text + "\n"


def base32(raw: bytes, r: random.Random) -> str:
    text = base64.b32encode(raw).decode("ascii")
    return "\n".join(text[k : k + 64] for k in range(0, len(text), 64)) + "\n"


def pem(raw: bytes, r: random.Random) -> str:
    text = base64.b64encode(raw).decode("ascii")
    return ("-----BEGIN DOCUMENT-----\n" + "\n".join(text[k : k + 64] for k in range(0, len(text), 64))
            + "\n-----END DOCUMENT-----\n")


def mime_part(raw: bytes, r: random.Random) -> str:
    text = base64.encodebytes(raw).decode("ascii")
    charset = r.choice(("gb2312", "utf-8"))
    return (f"Content-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: attachment; filename=\"law.txt\"\n\n{text}")


HELD_OUT = {"xxencode": xxencode, "hexdump -C": hexdump_c}
TUNED = {"uuencode -m": uuencode_m, "xxd": xxd, "od -t x1z": od_x1z, "java byte[]": java_bytes, "ascii85": ascii85,
         "base32": base32, "pem": pem, "mime part": mime_part}
MEMBERS = {**HELD_OUT, **TUNED}


def page(member: str, law: str, seed: int) -> bytes:
    """A page of ``member``: the law's bytes in a codec it can write, the whole page or its body below the title."""
    r = random.Random(f"{member}/{seed}")
    codecs = ("big5", "utf-8") if "條" in law else ("gbk", "utf-8", "gb18030")
    codec = r.choice(codecs)
    if member == "mime part" and "條" not in law:
        codec = "gbk" if r.random() < 0.5 else "utf-8"
    whole = r.random() < 0.5
    title, body = law.split("\n", 1)
    encoded = MEMBERS[member]((law if whole else body.lstrip("\n")).encode(codec), r)
    return (encoded if whole else title + "\n\n" + encoded).encode("utf-8")


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


if __name__ == "__main__":
    for name in MEMBERS:
        print(f"{name:14} {'held-out' if name in HELD_OUT else 'tuned':8} {100 * recovered(name):5.1f} %")
