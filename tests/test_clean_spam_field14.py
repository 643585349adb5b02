"""spam_anchor on field test 14's F14-A2 (notes /work/notes/field14.md): a brand string learned from
repetition took the law's words that repeat around it.

Real page: tests/real_pages/field14_spam/eaihelp_2012-04-01_1261.txt (SOURCE.md there), the eaihelp.com copy
of 彩票管理条例实施细则 (2012, 财政部令第67号).  A spam site replaced 部门/工作 by ``pk10彩票官网`` with varying tails;
because the law writes ``民政部门、体育行政部门彩票公益金`` twice, ``体育行政pk10彩票官网注册彩票`` occurs twice verbatim,
and lead14a removed it whole: ``制定民政注册、公益金使用管理办法`` (the law: ``制定民政部门、体育行政部门彩票公益金…``).
"""

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.brands import find_units

PAGE = Path(__file__).parent / "real_pages" / "field14_spam" / "eaihelp_2012-04-01_1261.txt"


def _spam_edits(result):
    return [e for e in result.edits if e.rule.startswith("spam")]


def test_the_real_page_keeps_the_law_words_repeated_around_the_brand() -> None:
    result = clean_and_explain(PAGE.read_text(encoding="utf-8"))
    (article,) = [line for line in result.text.splitlines() if line.startswith("（三）制定民政")]
    # the words the law repeats are all there, in order, twice (the spam's tail 注册 stays: no evidence it is no law word)
    assert article.count("体育行政") == 2 and article.count("彩票公益金") == 2 and article.count("民政") == 2
    assert "pk10" not in result.text
    for edit in _spam_edits(result):
        assert "体育行政" not in edit.before and "民政" not in edit.before, edit
        assert not edit.before.endswith("彩票"), edit


def test_the_units_of_the_real_page_have_no_stem_from_the_repeated_law_words() -> None:
    text = PAGE.read_text(encoding="utf-8")
    stems = {u.stem for u in find_units(text)}
    assert "体育行政" not in stems and "民政" not in stems


# Blind variants of my own (the family: one brand string replacing a word the law repeats in a repeated phrase,
# and standing elsewhere on the page after other words).  Each brand string must go; the law's words stay.
BLIND = [
    # field14's v1 (/work/field14/_variants14/v1_brand_swap.txt): lead14a took 民政, 体育行政 and 彩票
    ("（三）制定民政bet365娱乐平台注册、体育行政bet365娱乐平台注册彩票公益金使用管理办法，指导地方民政bet365娱乐平台注册、"
     "体育行政bet365娱乐平台注册彩票公益金的使用和管理；", "bet365", ("民政", "体育行政", "彩票公益金")),
    # another Latin brand and tail; lead14a: 制定民政平台、公益金使用管理办法
    ("（三）制定民政ag88真人平台、体育行政ag88真人平台彩票公益金使用管理办法，指导地方民政ag88真人平台、"
     "体育行政ag88真人平台彩票公益金的使用和管理；会同有关ag88真人平台提出建议。", "ag88", ("民政", "体育行政", "彩票公益金")),
    ("（二）卫生健康xpj888网址、医疗保障xpj888网址医疗服务价格管理，卫生健康xpj888网址、医疗保障xpj888网址医疗服务价格管理；"
     "本市xpj888网址负责。", "xpj888", ("卫生健康", "医疗保障", "医疗服务价格")),
]


@pytest.mark.parametrize(("text", "brand", "kept"), BLIND, ids=[b for _, b, _ in BLIND])
def test_blind_variants_keep_the_repeated_law_words(text: str, brand: str, kept: tuple[str, ...]) -> None:
    result = clean_and_explain(text)
    assert brand not in result.text
    for word in kept:
        assert result.text.count(word) == text.count(word), (word, result.text)


# Where every copy of the brand stands after the same name, and that name differs from the words around the
# copies, the repetition still places the name: it goes with the brand (no change from lead14a).
def test_a_name_before_every_copy_still_goes_with_the_brand() -> None:
    text = "第四条 依法鑫发pk10彩票官网管理，由鑫发pk10彩票官网负责。"
    assert clean_and_explain(text).text == "第四条 依法管理，由负责。"


# Negative: the true text (field14's v2) and repeated law phrases with Latin words stay byte-identical.
CLEAN = [
    "（三）制定民政部门、体育行政部门彩票公益金使用管理办法，指导地方民政部门、体育行政部门彩票公益金的使用和管理；",
    "第十二条 体育行政部门APP备案、体育行政部门APP备案的管理，由民政部门APP备案负责。",
    "第八条 采用ISO9001标准、采用ISO9001标准认证的企业，应当向市场监管部门报告；市场监管部门ISO9001标准审核。",
]


@pytest.mark.parametrize("text", CLEAN, ids=range(len(CLEAN)))
def test_clean_repeated_phrases_stay_byte_identical(text: str) -> None:
    result = clean_and_explain(text)
    assert result.text == text and not _spam_edits(result)


def test_comparing_the_copies_takes_linear_time() -> None:
    # 200,000 characters of distinct Latin-named strings, each twice after the same words and once cut short after
    # other words: comparing every string with every other (the first form of this fix) took 10.8 s here, 0.04 s now.
    from corpus_tools.clean.brands import page_stems

    parts, units, pos, i = [], [], 0, 0
    while pos < 200_000:
        for lead, name in (("甲乙丙", f"q{i}彩票官网"), ("甲乙丙", f"q{i}彩票官网"), ("丁戊", f"q{i}彩票")):
            units.append((pos + len(lead), pos + len(lead) + len(name)))
            parts.append(lead + name + "。")
            pos += len(parts[-1])
        i += 1
    text = "".join(parts)
    t0 = time.process_time()
    assert page_stems(text, units) == {}  # every string stands after other words once: no stem
    assert time.process_time() - t0 < 3
