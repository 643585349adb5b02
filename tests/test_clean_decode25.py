"""decode25: two mechanisms, each tested on members of its family the benchmark does not hold.

* Runs of ASCII that are a textual encoding of the law's own text (:mod:`corpus_tools.clean.encoded_runs`, through
  the ``escaped_text`` rule): set 7's ``h7_enc_base64_paragraphs`` and ``h7_enc_rtf_unicode_words`` are two members;
  the cases here are others (URL-safe base64 of GBK unpadded, ES6 ``\\u{…}`` and ``U+`` code points, a hex dump of
  UTF-8 bytes, base64 wrapped at MIME's 76 characters), and the ordinary ASCII that must stay.
* Look-alikes of the law's own brackets and digits (:mod:`corpus_tools.clean.lookalike_marks`, through the width
  rule): set 7's ``h7_width_paren_lookalikes`` (``⸨⸩`` ``❨❩`` ``⦅⦆``) and ``h7_width_ocr_digit_letters`` (``l``
  ``o`` in dates) are two members; here ``❪❫`` ``⟮⟯`` ``﴾﴿`` ``⁽⁾``, tortoise shells ``⦗⦘`` ``❲❳`` of a document
  number, Cyrillic and Greek letters O in a year, and the real uses that must come out byte-identical.
"""

from __future__ import annotations

import base64

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.encoded_runs import encoded_runs
from corpus_tools.clean.escapes import unescape_text
from corpus_tools.clean.width import normalize_width
from tests.timing import cpu_seconds

ARTICLE = "第十六条 新建建筑物外墙的空调外机应当按照建筑设计指定的位置安装，其下沿高度应当符合民用建筑设计国家标准。"
SECOND = "第十七条 设置架空管线应当符合城市容貌标准。"


def _page(middle: str) -> str:
    return f"第十五条 本市加强市容管理。\n\n{middle}\n\n{SECOND}\n"


def _b64(text: str, codec: str = "utf-8", *, urlsafe: bool = False, pad: bool = True) -> str:
    data = text.encode(codec)
    out = base64.urlsafe_b64encode(data).decode() if urlsafe else base64.b64encode(data).decode()
    return out if pad else out.rstrip("=")


ENCODED_MEMBERS = [
    # imagined 1: the URL-safe alphabet (``-_``) of a JSON web field, GBK bytes, padding dropped
    pytest.param(_b64(ARTICLE, "gbk", urlsafe=True, pad=False), id="base64-urlsafe-gbk-unpadded"),
    # imagined 2: code points as ES6 / Rust / Swift write them, and as Unicode's own notation with blanks
    pytest.param("".join(f"\\u{{{ord(c):x}}}" for c in ARTICLE.replace(" ", "")), id="es6-code-points"),
    pytest.param(" ".join(f"U+{ord(c):04X}" for c in "本市加强市容管理"), id="unicode-notation"),
    # imagined 3: a database's HEX() of the column (UTF-8 bytes in plain hexadecimal)
    pytest.param(ARTICLE.replace(" ", "").encode("utf-8").hex(), id="hex-dump-utf8"),
    # base64 wrapped at 76 characters (MIME), and Big5 bytes of a Traditional text
    pytest.param("\n".join((lambda s: [s[i:i + 76] for i in range(0, len(s), 76)])(_b64(ARTICLE))), id="base64-mime-wrapped"),
    pytest.param(_b64("第十六條 新建建築物外牆的空調外機應當按照建築設計指定的位置安裝。", "big5"), id="base64-big5"),
    # RTF's \uN with a surrogate pair (an extension-B character) and literal ASCII brackets
    pytest.param("\\u31532?\\u21313?\\u20845?\\u26465? \\u-10176?\\u-9216?\\u24066?(\\u21306?)\\u25919?\\u24220?", id="rtf-surrogates"),
]


@pytest.mark.parametrize("encoded", ENCODED_MEMBERS)
def test_encoded_member_is_read_back(encoded: str) -> None:
    out, edits, _ = unescape_text(_page(encoded))
    assert encoded not in out
    assert all(e.rule == "escaped_text" for e in edits) and edits
    decoded = "".join(e.after for e in edits)
    assert decoded.isprintable() and any("\u4e00" <= c <= "\u9fff" for c in decoded)
    assert out.startswith("第十五条 本市加强市容管理。\n\n") and out.endswith(f"\n\n{SECOND}\n")


def test_encoded_members_decode_to_the_text() -> None:
    assert unescape_text(_page(_b64(ARTICLE, "gbk", urlsafe=True, pad=False)))[0] == _page(ARTICLE)
    wrapped = _b64(ARTICLE)
    wrapped = "\n".join(wrapped[i:i + 76] for i in range(0, len(wrapped), 76))
    assert unescape_text(_page(wrapped))[0] == _page(ARTICLE)
    assert unescape_text(_page(" ".join(f"U+{ord(c):04X}" for c in "本市加强市容管理")))[0] == _page("本市加强市容管理")
    rtf = "\\u31532?\\u21313?\\u20845?\\u26465? \\u-10176?\\u-9216?\\u24066?(\\u21306?)\\u25919?\\u24220?"
    assert unescape_text(_page(rtf))[0] == _page("第十六条 \U00020000市(区)政府")


ORDINARY_ASCII = [
    "网址：https://www.gov.cn/zhengce/content/2021-01/05/content_5577140.htm?id=5LiA5p2h5LiA",
    "执行GB/T19001-2016标准，ISO9001:2015认证，编号DB33/T2222-2019。",
    "Administration Procedures for Enterprise Registration and Supervision",
    "提交校验码e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855即可。",
    "图片iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==已上传。",
    "汉字“中”的码位是U+4E2D，写作\\u{4e2d}。",
    "联系电话13800138000，邮箱zhengce@gov.cn，账号6222021234567890123。",
    "序号20210101，批次ABCDEFGHabcdefgh，令牌dGhpcyBpcyBhIHRlc3Q=。",
]


@pytest.mark.parametrize("text", ORDINARY_ASCII)
def test_ordinary_ascii_stays(text: str) -> None:
    assert encoded_runs(text) == []
    page = f"第一条 为了规范管理，制定本办法。\n{text}\n"
    assert not [e for e in clean_and_explain(page).edits if e.rule == "escaped_text"]


def test_the_search_is_linear() -> None:
    unit = "\\u31532?\\u21313? 5LiA5p2h5LiA5p2h 第一条 e7acace4b880 "
    small, big = unit * 200, unit * 2000
    t_small, t_big = cpu_seconds(encoded_runs, small), cpu_seconds(encoded_runs, big)
    assert t_big < 25 * max(t_small, 1e-3), (t_small, t_big)


WIDTH_MEMBERS = [
    # imagined 1: medium flattened parenthesis ornaments, mathematical flat parentheses, ornate ones, superscripts
    ("居❪村❫民委员会和县❪市、区❫人民政府", "居（村）民委员会和县（市、区）人民政府"),
    ("⟮一⟯城市道路、背街小巷；⟮二⟯其他场所", "（一）城市道路、背街小巷；（二）其他场所"),
    ("本市﴾以下简称市﴿的规定", "本市（以下简称市）的规定"),
    ("⁽三⁾建筑物外立面", "（三）建筑物外立面"),
    # imagined 2: tortoise shell look-alikes of a document number's brackets
    ("依据国办发⦗2013⦘14号和浙政发❲2020❳5号文件", "依据国办发〔2013〕14号和浙政发〔2020〕5号文件"),
    # imagined 3: the letter O of another script in a year, an I for a one in a count
    ("本条例自2О19年1月1日起施行，共1I2条", "本条例自2019年1月1日起施行，共112条"),
    ("于2Ο21年3月l5日通过", "于2021年3月15日通过"),
]


@pytest.mark.parametrize("text, expected", WIDTH_MEMBERS)
def test_width_lookalike_member(text: str, expected: str) -> None:
    assert normalize_width(text)[0] == expected


WIDTH_REAL_USES = [
    "设函数⟮x+y⟯为正，则❨a❩成立。",
    "排放CO2年均值下降，H1N1病毒，ISO 9001认证，第II类，A3O8号，第l条，2Oo4mm。",
    "表1 Olivia 10 pages; Model IO8 and COVID-19 cases",
    "引用❨见上文",
    "⸨甲❩不成对。",
]


@pytest.mark.parametrize("text", WIDTH_REAL_USES)
def test_width_real_uses_stay(text: str) -> None:
    out, edits, _ = normalize_width(text)
    assert not [e for e in edits if e.before in "⟮⟯❨❩⸨OolI"] and all(ch in out for ch in "⟮❨⸨" if ch in text)
