"""Session 18: a mainland law a mirror converted with Taiwan phrases (OpenCC ``s2twp``) is read back with
the page's own evidence.  ``s2twp`` writes both ``设置`` and ``设定`` as ``設定``; the law-text model decides
each use from its sentence, and a law says one word for one thing, so the page's other uses of the
same pair count too (:func:`_with_page_evidence`), unless the page plainly writes both words.  A rare
Taiwan reading (``联络``) is judged by the model as well: ``代表联络站`` stays (the two-character cost
wrote ``联系站``).  The laws are real (the clean corpus); the damage is ``s2twp``, as a mirror applies it.
"""

from __future__ import annotations

import opencc
import pytest

from corpus_tools.clean.script import _mainland_phrasing, _with_page_evidence

_S2TWP = opencc.OpenCC("s2twp")

#: 杭州市户外广告设施和招牌指示牌管理条例 (2014): ``设置`` 53 times, ``设定`` never.
HANGZHOU = "浙江地方法规/地方性法规/浙江/杭州市户外广告设施和招牌指示牌管理条例(2014-04-11).md"
#: 北京市街道办事处条例 (2019): ``代表联络站``.
BEIJING = "北京地方法规/地方性法规/北京/北京市街道办事处条例(2019-11-27).md"


def _law(clean_corpus_dir, name: str) -> str:
    return (clean_corpus_dir / "DLC" / name).read_text(encoding="utf-8")


def _lines_back(law: str, word: str) -> tuple[int, int]:
    """Of the lines of ``law`` holding ``word``: how many come back exactly from s2twp, and how many there are."""
    pairs = [(a, b) for a, b in zip(law.split("\n"), _mainland_phrasing(_S2TWP.convert(law)).split("\n")) if word in a]
    return sum(a == b for a, b in pairs), len(pairs)


def test_a_page_that_says_shezhi_gets_it_back(clean_corpus_dir):
    """Session 17 (the sentence alone, and a two-character cost after it) brought 17 of the 53 back."""
    law = _law(clean_corpus_dir, HANGZHOU)
    assert law.count("设置") == 53 and "设定" not in law
    back, lines = _lines_back(law, "设置")
    assert back >= lines - 2, (back, lines)


def test_a_rare_reading_the_law_wrote_stays(clean_corpus_dir):
    law = _law(clean_corpus_dir, BEIJING)
    line = next(x for x in law.split("\n") if "代表联络站" in x)
    assert "代表联络站" in _mainland_phrasing(_S2TWP.convert(line))
    assert "代表联络站" in _mainland_phrasing(_S2TWP.convert(law))


def test_a_page_writing_both_words_gives_no_evidence():
    """A page whose plain ``装置`` reads plainly somewhere (the model prefers it by more than the veto) writes
    both ``装置`` and ``设备``: no use of the pair gets the page's evidence."""
    strong, doubtful, plain = ("安装", "装置", "设备", "和仪表"), ("配备", "装置", "设备", "。"), ("监测", "装置", "设备", "")
    alone = {strong: 9.0, doubtful: 3.0, plain: -5.0}
    assert _with_page_evidence([strong, doubtful, plain], alone) == alone
    without_plain = _with_page_evidence([strong, doubtful], {strong: 9.0, doubtful: 3.0})
    assert without_plain[doubtful] == pytest.approx(3.0 + 6.0 / 2)


@pytest.mark.parametrize("sentence", ["依法设定抵押权。", "当事人应当全面执行合同。", "归入人事档案。"])
def test_one_use_gets_no_page_evidence(sentence):
    assert _mainland_phrasing(_S2TWP.convert(sentence)) == sentence
