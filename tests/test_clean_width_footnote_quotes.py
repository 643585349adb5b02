"""width: a footnote written in Chinese punctuation quotes as the body does (field test 23, F23-R1).

court_cases_md (人民司法 articles, rmsf0314/0343/0360): ``[1]张明楷："共犯的本质------'共同'的含义"，载《政治与法律》…``.
The ``[n]`` opening made the line a bibliographic reference (width rule 7), whose ASCII marks stay by GB/T 7714; a
note that writes ``，：《》`` is no such reference, and its typed ASCII quotes are decided as the body's.  A reference's
own marks (``.`` ``,`` ``[J]``, ``(2000-2010)``) stay.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.width import normalize_width

REAL = "[1]张明楷：\"共犯的本质------'共同'的含义\"，载《政治与法律》"


def test_the_real_footnote_curls_its_quotes():
    out = normalize_width("正文。\n" + REAL + "\n")[0]
    assert out == "正文。\n[1]张明楷：“共犯的本质------‘共同’的含义”，载《政治与法律》\n"


@pytest.mark.parametrize("line", [
    "[2]刘文忠,吕农华.借鉴国际共识[J].中华消化杂志,2017",  # a GB/T 7714 reference
    "[3]Smith J. \"Law and Order\"[J]. 中华法学,2001",  # its quotes too
    "[4]王利明.\"民法总论\"[M].北京:法律出版社,2005",
])
def test_a_reference_keeps_its_marks(line):
    text = "正文。\n" + line + "\n"
    assert normalize_width(text)[0] == text


def test_a_chinese_footnote_keeps_its_reference_marks_but_the_quotes():
    text = "[5]参见\"两高\"的解释，载《人民司法》(2000-2010),第3期."
    assert normalize_width(text)[0] == "[5]参见“两高”的解释，载《人民司法》(2000-2010),第3期."
