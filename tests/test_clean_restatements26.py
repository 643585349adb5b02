"""Restatements (session 26, room script26): a paragraph that says its neighbour's law again in another script
or another language goes; the law stays once.  Members of the family beyond the development variants
(``h8_script_parallel_twins``, ``h8_mixed_bilingual_parallel``): twins in blocks, twins on one line, twins whose
punctuation, labels or line breaks differ, a Traditional page's Simplified twins, a twin before its original;
translations inline, in Korean, in French, in Japanese.  And the law's own repetitions, Latin words, standards
and a wholly foreign page, which stay.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.restatements import removal_spans, translated_paragraphs

S1 = "第一条 为了加强城市绿化管理，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。"
T1 = "第一條 為了加強城市綠化管理，改善生態環境，根據有關法律、法規，結合本市實際，制定本條例。"
S2 = "第二条 本条例适用于本市行政区域内城市绿化的规划、建设、保护和管理。"
T2 = "第二條 本條例適用於本市行政區域內城市綠化的規劃、建設、保護和管理。"
S3 = "第三条 市绿化行政主管部门负责本市城市绿化工作，区县绿化行政主管部门负责本辖区的城市绿化工作。"
T3 = "第三條 市綠化行政主管部門負責本市城市綠化工作，區縣綠化行政主管部門負責本轄區的城市綠化工作。"
S4 = "第四条 本条例自2020年1月1日起施行。"
TITLE = "某市城市绿化条例"


def _clean(text: str) -> str:
    result = clean_and_explain(text)
    assert replay(text, result.steps) == result.text
    return result.text


def _page(*paragraphs: str) -> str:
    return "\n\n".join((TITLE,) + paragraphs) + "\n"


EXPECTED = _page(S1, S2, S3, S4)


def test_twin_after_each_paragraph():
    assert _clean(_page(S1, T1, S2, T2, S3, T3, S4)) == EXPECTED


def test_twins_in_a_block_after_the_block_they_restate():
    assert _clean(_page(S1, S2, S3, T1, T2, T3, S4)) == EXPECTED


def test_twins_on_one_line():
    page = "\n\n".join((TITLE, S1 + T1, S2 + " " + T2, S3, S4)) + "\n"
    assert _clean(page) == EXPECTED


def test_twin_with_other_punctuation_label_and_line_breaks():
    # ASCII punctuation, an Arabic-numeral label, and the copy hard-wrapped over two lines
    t2 = "第2條 本條例適用於本市行政區域內城市綠化的規劃,建設,保護\n和管理."
    t3 = T3.replace("，", ",").replace("。", "")
    assert _clean(_page(S1, T1, S2, t2, S3, t3, S4)) == EXPECTED


def test_twin_before_its_original():
    assert _clean(_page(T1, S1, T2, S2, S3, S4)) == EXPECTED


def test_traditional_page_loses_its_simplified_twins():
    page = _page(T1, S1, T2, S2, T3, S3, "第四條 本條例自2020年1月1日起施行。")
    out = _clean(page)
    assert out.count("第一条") == 1 and out.count("第二条") == 1 and out.count("第三条") == 1
    assert "城市绿化的规划" in out


def test_a_sentence_the_law_repeats_in_one_script_stays():
    twice = "本条例自公布之日起施行。"
    page = "\n\n".join((TITLE, S1, "第二条 " + twice, "某市绿化规定", "第一条 为了规范管理，制定本规定。", "第二条 " + twice)) + "\n"
    assert _clean(page) == page


def test_a_lone_far_sentence_in_the_other_script_is_converted_not_dropped():
    # two documents of one page, the second in Traditional: their closing sentences say the same, far apart
    first = [S1, S2, S3, "第四条 本条例自公布之日起施行。"]
    second = ["某市綠化規定", "第一條 為了規範管理，制定本規定。", "第二條 市綠化部門應當加強監督檢查，及時處理群眾投訴。",
              "第三條 區縣人民政府應當保障綠化經費投入。", "第四條 違反本規定的，依法處理。",
              "第五條 單位和個人應當愛護綠化設施。", "第六條 綠地不得擅自佔用。", "第七條 古樹名木實行掛牌保護。",
              "第八條 本條例自公布之日起施行。"]
    out = _clean(_page(*first, *second))
    assert out.count("本条例自公布之日起施行") == 2


def test_a_traditional_paragraph_that_restates_nothing_is_converted():
    out = _clean(_page(S1, "第二條 本條例適用於本市行政區域內古樹名木的保護和管理。", S3))
    assert "第二条 本条例适用于本市行政区域内古树名木的保护和管理。" in out


EN1 = "Article 1  This Regulation is formulated in accordance with the relevant laws and regulations."
EN2 = "Article 2  This Regulation shall apply to the urban greening within the administrative area of the city."


def test_translation_paragraphs_between_articles():
    assert _clean(_page(S1, EN1, S2, EN2, S3, S4)) == EXPECTED


def test_translation_on_the_article_line():
    assert _clean(_page(S1 + "  " + EN1, S2, S3, S4)) == EXPECTED


def test_translation_in_other_languages():
    fr = "Article 2  Le présent règlement s'applique à la gestion des espaces verts de la ville."
    ko = "제2조 이 조례는 시 행정구역 안의 도시 녹화의 계획, 건설, 보호 및 관리에 적용한다."
    ja = "第3条 市の緑化行政主管部門は、本市の都市緑化業務を担当する。"
    assert _clean(_page(S1, S2, fr, S3, ko, ja, S4)) == EXPECTED


@pytest.mark.parametrize("line", [
    "GB/T 2828.1 Sampling procedures for inspection by attributes",  # a standard's title, no sentence
    "Shanghai Municipal Housing Provident Fund Management Centre.",  # a name
    "ISO 9001, ISO 14001, OHSAS 18001, SA 8000.",  # standards
])
def test_the_laws_own_latin_lines_stay(line):
    page = _page(S1, S2, line, S3, S4)
    assert _clean(page) == page


def test_latin_words_inside_chinese_sentences_stay():
    page = _page(S1, "第二条 本条例所称智慧城市（smart city in the sense of this regulation），是指运用信息技术的城市。", S3, S4)
    assert _clean(page) == page


def test_a_wholly_english_page_is_kept():
    page = "\n\n".join(["Regulations on Urban Greening", EN1, EN2, "Article 3  The competent departments shall do a good job in the relevant work."]) + "\n"
    assert translated_paragraphs(page) == []
    assert _clean(page) == page


def test_english_before_the_first_article_is_not_judged():
    summary = "This page gives the regulation as adopted by the standing committee of the people's congress."
    page = _page(summary, S1, S2, S3, S4)
    assert _clean(page) == page


def test_the_rules_are_registered_and_the_translation_rule_is_last():
    assert RULE_NAMES[-1] == "translated_paragraphs"
    edits = clean_and_explain(_page(S1, T1, S2, EN2, S3, S4)).edits
    assert {e.rule for e in edits if not e.after} == {"traditional_to_simplified", "translated_paragraphs"}


def test_removal_spans_keep_the_layout():
    text = "甲。\n\n乙。\n\n丙。"
    assert [text[a:b] for a, b in removal_spans(text, [(0, 2)])] == ["甲。\n\n"]
    assert [text[a:b] for a, b in removal_spans(text, [(8, 10)])] == ["\n\n丙。"]


def test_two_articles_ending_alike_one_in_traditional_keep_both_endings():
    # set 7's item lines: a mirror converted one article's sentence; the article before ends with the same words
    ending = "对负有直接责任的主管人员和其他直接责任人员，由其所在单位或者上级主管部门给予行政处分。"
    page = _page("第四十三条 违反本条例规定，擅自处置公共图书馆馆藏文献的，由主管部门责令改正；" + ending,
                 "第四十四条 违反本条例规定，擅自改变公共图书馆馆舍用途的，由主管部门责令限期改正；"
                 "對負有直接責任的主管人員和其他直接責任人員，由其所在單位或者上級主管部門給予行政處分。")
    assert _clean(page).count("给予行政处分") == 2


def test_translation_tagged_bracketed_or_cut_short():
    tagged = "【译文】" + EN2
    bracketed = S3 + "（Article 3  The competent departments of greening shall be responsible for the work.）"
    cut = ("Article 4  This Regulation shall come into force on the first day of January in the year two thousand"
           " and twenty and the former rules shall be repealed at the same time")
    assert _clean(_page(S1, S2, tagged, bracketed, S4, cut)) == EXPECTED


def test_an_article_the_page_gives_twice_with_only_its_label_in_traditional_stays():
    # seen variant script20_trad_labels on a page that holds one article twice: the words are Simplified in both
    body = "以欺骗手段违法提取本人住房公积金账户内的存储余额的，由管理中心责令限期退回。"
    page = _page(S1, "第二条 " + body, S3, "第十八條 " + body)
    assert _clean(page).count(body) == 2
