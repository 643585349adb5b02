"""A spam brand's romanised name in brackets is no ruby: the spam rule takes the whole unit.

Real damage: spam sites write a brand with its Latin name in brackets, mixed widths
and all (``杏彩（xingcai)官网``, the noise benchmark's spam_replace_mirror pages, see the
``page_learned_name_before_site_word`` case of ``tests/cases/spam.json``).  The name
spells the brand's characters in pinyin, so on a page that shows ruby (seed 004, 327
groups) the ruby rule took it for word ruby, removed it, and left ``杏彩官网``, which
the spam rule no longer recognises.  Real ruby must still go.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.ruby import is_brand_romanisation, remove_ruby_pinyin
from tests.conftest import RAW

SEED_004 = next(RAW.glob("004_*.txt"))
#: Where the brand goes: a sentence of seed 004 with ruby all around it.
AT = "推動(dong)(dong)工業互聯(lian)(lian)網賦能"


def _seed_004() -> str:
    return SEED_004.read_text(encoding="utf-8")


@pytest.mark.parametrize("brand", ["杏彩（xingcai)官网", "杏彩（xingcai)官網", "博乐彩(bolecai)官方网站"])
def test_brand_with_its_romanised_name_on_a_ruby_page_goes_whole(brand):
    raw = _seed_004()
    assert raw.count(AT) == 1
    dirty = raw.replace(AT, AT + brand)
    assert clean(dirty) == clean(raw)


def test_ruby_rule_keeps_the_brand_group_and_removes_the_readings_around_it():
    text, edits, _ = remove_ruby_pinyin("推動(dong)(dong)工業互聯(lian)網賦能杏彩（xingcai)官网智造名城")
    assert text == "推動工業互聯網賦能杏彩（xingcai)官网智造名城"
    assert [e.before for e in edits] == ["(dong)(dong)", "(lian)"]


@pytest.mark.parametrize(
    "text, fixed",
    [
        # seed 004's own members, and word ruby, on a page with ruby (consensus)
        ("馬鞍(an)山(shan)市", "馬鞍山市"),
        ("中（zhong）华人民共和国，馬鞍(an)山", "中华人民共和国，馬鞍山"),
        ("中国(zhongguo)官网，馬鞍(an)山(shan)", "中国官网，馬鞍山"),  # a word of law text before a site word
        ("拼音(pinyin)方案，馬鞍(an)山(shan)", "拼音方案，馬鞍山"),  # a word's reading and no spam vocabulary
        ("体育(tiyu)彩票，馬鞍(an)山(shan)", "体育彩票，馬鞍山"),  # a game category is law vocabulary too
    ],
)
def test_real_ruby_is_still_removed(text, fixed):
    assert remove_ruby_pinyin(text)[0] == fixed


def test_word_ruby_before_a_site_word_needs_the_brand_shape():
    text = "杏彩（xingcai)官网、中国(zhongguo)、博乐彩(bolecai)官方网站、拼音(pinyin)方案、中国(zhongguo)官网"
    names = {"（xingcai)": "杏彩", "(zhongguo)": "中国", "(bolecai)": "博乐彩", "(pinyin)": "拼音"}
    judged = {g: is_brand_romanisation(text, text.index(g), text.index(g) + len(g), n) for g, n in names.items()}
    assert judged == {"（xingcai)": True, "(zhongguo)": False, "(bolecai)": True, "(pinyin)": False}
    last = text.rindex("(zhongguo)")
    assert not is_brand_romanisation(text, last, last + len("(zhongguo)"), "中国")  # 中国官网: law words, site word or not

