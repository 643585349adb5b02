"""Ruby written by authoring tools, session 24 (ruby24): :mod:`corpus_tools.clean.ruby_authored`.

Family: a reading a word processor or a typesetting/markup system put over its characters, flattened to
text with the tool's notation.  Members the benchmark showed (set 6): Word's phonetic guide as ``EQ`` field
codes with braces or without, and readings introduced by a label (``（拼音：…）``, ``(pinyin: …)``,
``（注音：ㄓㄨˋ）``).  Members written down before the code and tested here without having been seen:

* W1 the field's other spellings: ``\\o\\ac`` and ``\\s\\do`` (centred, under), the base first, a
  ``;`` list separator, full-width backslashes and brackets, a word's reading (``中国``), ``eq`` in lower
  case, a LibreOffice export (``"Font:Liberation Serif"``), RTF's doubled backslashes, the marks
  U+0013/U+0015 left around it (the invisible characters' rule used to delete the base with the field);
* W3 a field a ``.doc`` reader wrapped at its blanks (catdoc wraps at 72 columns): ``…\\* jc2⏎\\* "Font:…``;
* W2 an article label under the guide (``第五条`` in three fields) comes back and opens its line;
* L1 other labels and brackets: ``【读音：…】``, ``[拼音 …]``, ``<拼音:…>``, ``（音běn）``, ``（拼音为：…）``,
  ``（读作：…）`` before the characters, a capitalised ``Pinyin`` label;
* M1 LaTeX ``\\ruby{中国}{zhōng|guó}``, ``\\ruby[g]{…}{…}``, xpinyin's ``法\\pinyin{fǎ}``; Markdown ``[政府]{zhèng fǔ}``,
  ``[法]^(fǎ)``; reStructuredText ``:ruby:`规定|guī dìng```.

Negative cases (byte-identical): a text about Word showing a field, a field whose reading reads nothing,
one genuine gloss of a rare character (``圩（音：wéi）区``), labels whose content reads nothing, readings
on a text that teaches them, ``阅读作为`` (a label's word inside a word).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.ruby import find_residual_ruby, remove_ruby_pinyin


def field(reading: str, base: str, bs: str = "\\", font: str = "宋体") -> str:
    """Word's phonetic guide over ``base`` as its field code shows it (Alt+F9)."""
    return f'{{ EQ {bs}* jc2 {bs}* "Font:{font}" {bs}* hps10 {bs}o{bs}ad({bs}s{bs}up 9({reading}),{base}) }}'


def bare_field(reading: str, base: str) -> str:
    """The same field as an extractor that drops the field's braces leaves it."""
    return f'EQ \\* jc2 \\* "Font:仿宋_GB2312" \\* hps10 \\o\\ad(\\s\\up 9({reading}),{base})'


GOLDEN = [
    ("eq_braces", "第一条 本条例" + field("shì", "适") + field("yòng", "用") + "于本市。", "第一条 本条例适用于本市。"),
    ("eq_bare", "依法" + bare_field("lǚ", "履") + bare_field("xíng", "行") + "职责。", "依法履行职责。"),
    ("eq_centred_under_fullwidth", "中华人民共和国＼o＼ac（＼s＼do 4（zhōng guó）；中国）境内", "中华人民共和国中国境内"),
    ("eq_base_first_lower", "国eq \\o\\ad(家,\\s\\up 9(jiā))机关", "国家机关"),
    ("eq_libreoffice", 'EQ \\* jc0 \\* "Font:Liberation Serif" \\* hps12 \\o\\ad(\\s\\up 11(zhèng),政)'
     'EQ \\* jc0 \\* "Font:Liberation Serif" \\* hps12 \\o\\ad(\\s\\up 11(fǔ),府)负责', "政府负责"),
    ("eq_rtf_doubled", "市" + field("zhèng", "政", bs="\\\\") + "府", "市政府"),
    ("eq_marked", '第一条\x13 EQ \\* jc2 \\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(běn),本)\x15条例', "第一条本条例"),
    ("labelled_brackets", "第二条 管理【读音：guǎn lǐ】部门、单位[拼音 dan wei]应当、地震（注音：ㄉㄧˋ ㄓㄣˋ）灾区，"
     "依法执行<拼音:zhixing>。", "第二条 管理部门、单位应当、地震灾区，依法执行。"),
    ("labelled_ahead", "第三条 （读作：zhèng fǔ）政府和（音běn）本市、（Pinyin：Zhōngguó）中国", "第三条 政府和本市、中国"),
    ("labelled_verb", "第四条 本规定（拼音为：guī dìng）所称行为（读音为xíng wéi）", "第四条 本规定所称行为"),
    ("labelled_seen", "常委会组成人员要学习社会主（拼音： huì zhǔ）义的理论，对犯罪的(pinyin: zuide)依法处理。",
     "常委会组成人员要学习社会主义的理论，对犯罪的依法处理。"),
    ("latex_markdown_rst", "\\ruby{中国}{zhōng|guó}、\\ruby[g]{人民}{rén mín}、[政府]{zhèng fǔ}、[法]^(fǎ)律、"
     ":ruby:`规定|guī dìng`、办法\\pinyin{fǎ}", "中国、人民、政府、法律、规定、办法"),
]


@pytest.mark.parametrize("label, damaged, want", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_members(label: str, damaged: str, want: str) -> None:
    assert clean_and_explain(damaged).text == want


def test_article_label_under_the_guide_opens_its_line() -> None:
    label = field("dì", "第") + field("wǔ", "五") + field("tiáo", "条")
    text = clean_and_explain("第四条 总则。\n" + label + " 本条例自公布之日起施行。").text
    assert text.split("\n")[1] == "第五条 本条例自公布之日起施行。"


NEGATIVE = [
    '在Word中选中文字，使用拼音指南后按Alt+F9可见域代码：EQ \\* jc2 \\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(pīn),拼)',
    "第五条 EQ \\o\\ad(\\s\\up 9(ABC),中)",
    "本条例所称圩（音：wéi）区，是指四周筑堤的低洼地区。",
    "单位（拼音：abc）、部门（拼音：xyz）",
    "例如“长（读音：cháng）城”与“长（读音：zhǎng）大”的读音不同。",
    "汉语拼音字母：啊（拼音：a）、波（拼音：bo）、坡（拼音：po）。",
    "少年儿童阅读作为全民阅读（读作：yue du）的重点。",
    "[甲]{A}、[附件]^(1)、\\ruby{中}{ABC}",
    "第一条 为了规范管理，制定本条例。\n第二条 本条例适用于本市行政区域。",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_byte_identical(text: str) -> None:
    assert remove_ruby_pinyin(text)[0] == text


def test_kept_field_is_reported() -> None:
    _, edits, warnings = remove_ruby_pinyin("第五条 EQ \\o\\ad(\\s\\up 9(ABC),中)")
    assert not edits and any("phonetic guide" in w.message for w in warnings)


def test_residual_check_sees_the_fields() -> None:
    assert [e.after for e in find_residual_ruby("依法" + bare_field("lǚ", "履"))] == ["履"]


def test_cleaning_is_idempotent_on_the_members() -> None:
    for _, damaged, _ in GOLDEN:
        once = clean_and_explain(damaged).text
        assert clean_and_explain(once).text == once


def test_traditional_label_and_quoted_reading() -> None:
    text = "第六條 機關（註音：ㄐㄧ ㄍㄨㄢ）應當依（拼音：“yī”）法辦理。"
    assert remove_ruby_pinyin(text)[0] == "第六條 機關應當依法辦理。"


def test_a_markdown_link_is_no_ruby() -> None:
    text = "详见[政府](zhengfu)和[规定](guiding)。"
    assert remove_ruby_pinyin(text)[0] == text


@pytest.mark.parametrize("text", [g[1] for g in GOLDEN] + NEGATIVE)
def test_gate_lets_every_member_through(text: str) -> None:
    from corpus_tools.clean.ruby import _find_ruby_ungated, find_ruby

    assert find_ruby(text) == _find_ruby_ungated(text)


def test_an_unread_label_protects_no_neighbour() -> None:
    # the label of a group that reads nothing (一个符号) names a reading; it teaches nothing: its neighbours go
    text = "申请人签字承（注音：ㄑㄧㄢ ㄗˋ ㄔㄥˊ）诺，符号（拼音：abc）、议程的（注音：ㄧˋ ㄔㄥˊ ㄉㄜ˙）地方"
    assert remove_ruby_pinyin(text)[0] == "申请人签字承诺，符号（拼音：abc）、议程的地方"


def test_a_field_wrapped_at_its_blanks() -> None:
    wrapped = '依法{ EQ \\* jc2\n\\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(lǚ\nxíng),履行)\n}职责。'
    assert remove_ruby_pinyin(wrapped)[0] == "依法履行职责。"
