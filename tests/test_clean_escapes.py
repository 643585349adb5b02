"""Text left escaped (``corpus_tools.clean.escapes``, rule ``escaped_text``).

The escaped runs are real: copied byte for byte from files in public repositories (found
with the search index of session 13, which names no repository: each is noted by its file
id there and what the file is).  Data only.
"""

from __future__ import annotations


import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.escapes import unescape_text
from tests.timing import small_and_large

# A Java test's law text as \u escapes (file 66682087418).
U_ESCAPED = ("\\u7b2c\\u4e00\\u6761 \\u4e3a\\u4e86\\u4fdd\\u62a4\\u52b3\\u52a8\\u8005\\u5408\\u6cd5\\u6743\\u76ca\\u3002",
             "第一条 为了保护劳动者合法权益。")
# An HTML export of notes kept as text, references throughout (file 10009262206) ...
REFERENCES = ("&#21017;&#31532;&#19968;&#26465;&#32447;&#23558;&#20026;&#32418;&#33394;&#65292;&#31532;&#20108;&#26465;"
              "&#32447;&#20026;&#34013;&#33394;", "则第一条线将为红色，第二条线为蓝色")
# ... and with ASCII between the runs (file 42686722917).
MIXED = ("&#20294;&#26159;&#31532;&#20108;&#26465;sql&#36824;&#26159;&#34987;&#38459;&#22622;&#20102;",
         "但是第二条sql还是被阻塞了")


@pytest.mark.parametrize("escaped, text", [U_ESCAPED, REFERENCES, MIXED])
def test_real_escapes(escaped: str, text: str) -> None:
    out, edits, _ = unescape_text(escaped)
    assert out == text
    assert all(e.rule == "escaped_text" for e in edits)


def test_a_law_page_with_an_escaped_article() -> None:
    page = "第一条　本条例适用于本市。\n" + U_ESCAPED[0].replace("\\u7b2c\\u4e00\\u6761 ", "第二条　") + "\n"
    assert clean_and_explain(page).text == "第一条　本条例适用于本市。\n第二条　为了保护劳动者合法权益。\n"


def test_escapes_of_mojibake_are_read_back_after() -> None:
    """What references name may be code-page mojibake (UTF-8 of 中文 shown as Windows-1252)."""
    assert clean_and_explain("第一条 &#228;&#184;&#173;&#230;&#150;&#135;。\n").text == "第一条 中文。\n"


def test_percent_and_x_escaped_bytes() -> None:
    assert unescape_text("第三条 %E6%9C%AC%E6%9D%A1%E4%BE%8B自公布之日起施行。")[0] == "第三条 本条例自公布之日起施行。"
    assert unescape_text("第三条 \\xe6\\x9c\\xac\\xe6\\x9d\\xa1\\xe4\\xbe\\x8b自公布之日起施行。")[0] == "第三条 本条例自公布之日起施行。"
    assert unescape_text("%B1%BE%CC%F5%C0%FD")[0] == "本条例"  # GBK bytes


def test_hz_runs() -> None:
    """HZ: RFC 1843's own example (its section 2, a line continued by ``~``), and a law's line of ours."""
    rfc = "The next sentence is in GB.~{<:Ky2;S{#,~}~\n~{NpJ)l6HK!#~}Bye.\n"
    assert unescape_text(rfc)[0] == "The next sentence is in GB.己所不欲，勿施於人。Bye.\n"
    line = "第一条 为了规范管理，制定本条例。\n"
    hz = line.encode("hz").decode("ascii")
    assert hz.startswith("~{5ZR;Lu~} ~{N*AK")
    assert clean_and_explain("第零条 本市。\n" + hz).text == "第零条 本市。\n" + line


def test_utf7_runs() -> None:
    """UTF-7: a law's line of ours; RFC 2152's own Japanese example (``+ZeVnLIqe-``, 日本語: 語 is no GB 2312 character)
    and a ``+`` before words and numbers stay."""
    line = "第一条 为了规范管理，制定本条例。\n"
    utf7 = line.encode("utf-7").decode("ascii")
    assert utf7.startswith("+eyxOAGdh +TjpO")
    assert clean_and_explain("第零条 本市。\n" + utf7).text == "第零条 本市。\n" + line
    for kept in ("A +ZeVnLIqe- B。", "电话 +8610-12345678，C++ 与 +Hello，Google+ +chNar3OS。"):
        assert unescape_text(kept)[0] == kept


def test_a_forms_plus_between_escapes_is_a_space() -> None:
    line = "第一条 为了规范管理，制定本条例。"
    import urllib.parse

    form = urllib.parse.quote_plus(line)
    assert "%9D%A1+%E4" in form
    assert unescape_text(form)[0] == line
    assert unescape_text("%E6%9C%AC%E6%9D%A1%E4%BE%8B+2021")[0] == "本条例+2021"  # a + before no escape stays


CLEAN = [
    "波浪号~{与}~、LaTeX 的 ~{x}~ 以及 ~{wwww~} 保持原样。",
    "见 http://www.gov.cn/search?q=%E6%B3%95%E8%A7%84 ，折扣 50%，增长 3%-5%。",
    "https://flk.npc.gov.cn/detail2.html?ZmY4MDgxODE3%E6%B3%95",
    "下载：/files/%E9%99%84%E4%BB%B6.pdf",
    "&amp; &lt;p&gt; &#169; 2024 &#39;quoted&#39;",
    "正则 \\d+ 与 \\n 换行；路径 C:\\users\\xa 与 \\x4",
    "税率 %20 与 20%%",
    "第一条　为了规范管理，制定本条例。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_stays(text: str) -> None:
    assert unescape_text(text) == (text, [], [])


@pytest.mark.parametrize("unit", ["&#20026;", "\\u4e00", "%E6%9C%AC", "%", "&#", "a/%E6%9C%AC", "~{VPND", "~{VPND~}~\n", "~{", "+eyxOAGdh", "+", "%E7%AC%AC+"])
def test_linear_on_hostile_input(unit: str) -> None:
    small, large = small_and_large(unescape_text, unit)
    assert large < max(30 * small, 0.5), (small, large)


def test_javascript_escape_and_addresses_per_kind() -> None:
    """``%u`` escapes (JavaScript's ``escape()``) are read; an address's stay, whichever kind
    of escape comes first on the page."""
    text = "见 http://x.cn/s?q=%u6CD5%u89C4 与 %E6%9C%AC%E6%9D%A1；第四条 %u672C%u6761%u4F8B由市政府解释。"
    out = unescape_text(text)[0]
    assert out == "见 http://x.cn/s?q=%u6CD5%u89C4 与 本条；第四条 本条例由市政府解释。"
