"""UTF-8 read through any single-byte code page (session 23, room width23): not only cp1252 / Latin-1.

Members of the family: the Greek Windows page cp1253 (noise benchmark set 5), and members the benchmark does not
show: Hebrew cp1255, Arabic cp1256, Baltic cp1257, Vietnamese cp1258, ISO 8859-2/-5/-7/-15, KOI8-U, Mac Greek and
Mac Central European.  Negative cases: real Greek, Russian, Hebrew, Arabic and Lithuanian text, Greek letters of a
formula, and a Latin-1 page "repaired" as UTF-8 in places (no proof) stay byte-identical.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.codepage import repaired_as_utf8

_LAW = (
    "第十二条 有下列情形之一的，由县级以上人民政府环境保护主管部门责令改正：\n"
    "（一）使用家用电器、乐器或者进行其他家庭室内娱乐活动，不得从室内发出严重干扰周围居民生活的环境噪声；\n"
)
_DAMAGED = "科普教育等公益性设施应当免费向公众开放"


def _shown_by(text: str, reader: str) -> str:
    """``text``'s UTF-8 bytes shown by ``reader``: a byte it leaves undefined as the C1 control (as browsers do)."""
    return "".join(bytes([b]).decode(reader, errors="ignore") or chr(b) for b in text.encode())


@pytest.mark.parametrize("reader", [
    "cp1253", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_15", "koi8_u", "mac_greek", "mac_latin2",
])
def test_utf8_shown_by_a_single_byte_page_is_read_back(reader):
    page = _LAW + "（二）健身、" + _shown_by(_DAMAGED, reader) + "。\n第十三条 本条例自2019年7月1日起施行。"
    assert clean(page) == _LAW + "（二）健身、" + _DAMAGED + "。\n第十三条 本条例自2019年7月1日起施行。"


def test_greek_run_inside_a_clause_is_read_back():
    page = _LAW + "（三）" + _shown_by("其他滥用职权", "cp1253") + "、徇私舞弊、玩忽职守的行为。"
    assert "（三）其他滥用职权、徇私舞弊" in clean(page)


@pytest.mark.parametrize("text", [
    "第五条 希腊文本：Η Ελληνική Δημοκρατία είναι προεδρευόμενη κοινοβουλευτική δημοκρατία。",
    "第五条 俄文：Российская Федерация есть демократическое федеративное правовое государство。",
    "第五条 参数α、β、γ、δ的取值见附表，λ=0.5，μ≥2。",
    "第六条 שלום עולם 希伯来文，مرحبا بالعالم 阿拉伯文。",
    "第七条 Lietuvos Respublika yra nepriklausoma demokratinė respublika。",
])
def test_real_foreign_text_is_kept(text):
    assert clean(text) == text


def test_latin1_page_repaired_in_places_is_still_no_proof():
    assert repaired_as_utf8("¸÷λ»úÆ÷ÈË´´ÒµÕßÃÇ")
    assert not repaired_as_utf8("（δΈ‰οΌ‰δ½Ώη”¨、乐器")
