"""Clean official texts that field test 11 found damaged by three rules (tests/real_pages/field11_precision/SOURCE.md).

- spam_anchor removed ``non-lane`` from a national standard's term (its English equivalent then named the opposite
  function) and ``天的td1`` from a test method's example (F11-G1): a Latin word of an English phrase, or a symbol with
  its index, is no brand name.
- cjk_spaces removed the spaces between the elements of cited standards' titles (F11-G3).
- ruby_pinyin removed a foreigner's passport name ``吴亦凡（WU YI FAN）`` 11 times from a 税务 notice (F11-T2): one word
  glossed again and again is no ruby.
Each file builds with no edit of those rules, and the words stand in the documents' text.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.brands import is_brand_latin
from corpus_tools.clean.spam import find_spam_anchors
from tests.real_build import build_real_pages, built_rows

FOLDER = "field11_precision"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("field11"), configs=("documents", "edits"))


def _text(built: dict[str, list[dict]], name: str) -> str:
    return "\n".join(row["text"] for row in built_rows(built, "documents", name))


def _rules(built: dict[str, list[dict]], name: str) -> set[str]:
    return {row["rule"] for row in built_rows(built, "edits", name)}


def test_a_standards_english_term_and_a_symbol_are_kept(built):
    terms = _text(built, "terms_3.md")
    assert "非车道巡航控制功能 non-lane cruise manoeuvre function" in terms
    assert "车道巡航控制功能 lane cruise manoeuvre function" in terms
    assert "当天的td1对应时段" in _text(built, "example_td1.md")
    assert "spam_anchor" not in _rules(built, "terms_3.md") | _rules(built, "example_td1.md")


def test_the_titles_of_cited_standards_keep_their_spaces(built):
    text = _text(built, "normative_references.md")
    assert "GB 5768.2 道路交通标志和标线 第2部分" in text
    assert "GB/T 28046.1-2011 道路车辆 电气及电子设备的环境条件和试验 第1部分：一般规定" in text
    assert "cjk_spaces" not in _rules(built, "normative_references.md")


def test_a_passport_name_repeated_in_a_tax_notice_is_kept(built):
    text = _text(built, "chinatax_wuyifan.csv")
    assert text.count("吴亦凡（WU YI FAN）") >= 10
    assert "ruby_pinyin" not in _rules(built, "chinatax_wuyifan.csv")


def test_the_same_shapes_are_still_read_as_damage():
    """The guards are narrow: a brand's Latin name, a spam unit's English site words, ruby over many characters."""
    assert [a.text for a in find_spam_anchors("依法金彩汇娱乐_jch88管理")] == ["金彩汇娱乐_jch88"]
    assert find_spam_anchors("开云 kaiyun sports 体育")  # English spam words make no English prose
    assert is_brand_latin("hg0088") and not is_brand_latin("td1")
    assert clean("中（zhōng）华（huá）人（rén）民（mín）共和国") == "中华人民共和国"
    assert clean("中（ZHONG）华（HUA）人（REN）民（MIN）共和国") == "中华人民共和国"
    two_names = "对张三（ZHANG SAN）、李四（LI SI）依法处理。张三（ZHANG SAN）已缴清。"
    assert clean(two_names) == two_names


def test_parallel_headings_between_one_line_paragraphs_stay_lines(built):
    """F11-T1: the headings' shared length is no wrap width when the paragraphs run far longer."""
    text = _text(built, "chinatax_subheadings.csv")
    for heading in ("数据预警显异常，经营反常露疑点\n前期", "“黄金旺铺”购销失衡\u2002数据差异显露端倪\n前期",
                    "对公入账寥寥无几\u2002私户收款隐匿收入\n检查人员"):
        assert heading in text
    assert "hard_wraps" not in _rules(built, "chinatax_subheadings.csv")
