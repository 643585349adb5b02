"""Precision of the ruby rule (review of session 13, /work/notes/review13.md, ruby_pinyin).

Each finding is a negative case: text a law or a teaching page states as content, which the
rule must leave byte-identical.  The snippets are the reviewer's probes, shaped on the real
texts they stand for (a treaty's lettered list, an annex of drugs, 地名 regulations' road
names, a 国家通用语言文字 teaching article); the positive real cases stay in
tests/cases/ruby.json and tests/test_clean_ruby.py.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.ruby import find_ruby, remove_ruby_pinyin


def _kept(text: str) -> None:
    out, edits, _ = remove_ruby_pinyin(text)
    assert out == text, [e.before for e in edits]
    assert edits == []


# R13-F16: a lettered list whose letter is the toneless reading of the next character
LISTS = [
    "第三条 本协定适用于下列缔约方：(a)阿根廷；(b)巴西；(c)智利；(d)丹麦；(e)俄罗斯。",
    "附件二 可报销药品\n(a)阿司匹林\n(b)布洛芬\n(e)额外用药\n",
    # variants not in the finding: full-width brackets, full-width letters, other vowels
    "下列情形之一：（a）阿片类药物；（o）哦；（e）恶意串通的；（a）啊。",
    "第五条 （ａ）阿根廷；（ｅ）俄罗斯；（ｏ）欧盟。",
    "缔约方：[a]阿尔及利亚；[e]厄瓜多尔；[o]欧盟。",
]


@pytest.mark.parametrize("text", LISTS)
def test_lettered_list_labels_stay(text):
    _kept(text)


def test_toned_readings_ahead_still_go():
    """The recall the rule had: a flattened <rt> before its base spells a syllable or a tone."""
    out, edits, _ = remove_ruby_pinyin("(yī)依(zhào)照(běn)本(fǎ)法规定，(ā)啊。")
    assert out == "依照本法规定，啊。", out
    out, _, _ = remove_ruby_pinyin("(ma)马(an)鞍(shan)山市")
    assert out == "马鞍山市", out
