"""Lines of another register between a law's sentences, judged by the law-text model (clean/non_law_lines.py).

The development members (set 7: a wallet's address, a lottery tip, a browser's advice, a clipper's note) are
examples; the rule knows none of their words.  The three members below were imagined before the rule was
tuned and never seen in a benchmark: a part-time job ad with a chat group number, a stock tip, a forum reply.
Clean law lines in the same places (a list's lead-in, a section's name, a technical sentence, code kept by
review 16) stay byte-identical.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.furniture import remove_glued_furniture_at_seams
from corpus_tools.clean.non_law_lines import candidate_lines, non_law_lines
from corpus_tools.clean.page import clean_page
from corpus_tools.records import RawPage

HEAD = "某市养犬管理条例\n\n第一条 为了规范养犬行为，保障公民健康和人身安全，制定本条例。\n"
TAIL = "\n第二条 本条例自2024年1月1日起施行。\n"

IMAGINED = {
    "job ad with a chat group": "兼职刷单日结，加QQ群：826351947，名额有限先到先得",
    "stock tip": "今日龙头股推荐：600519 002594 300750 涨停预测准确率98%",
    "forum reply": "楼主说得对，顶一个！！！mark一下回头再看",
}
DEVELOPMENT = {
    "wallet": "USDT（TRC20）充值地址：TQi8pmvhy17dzbocXx4Y2bKRg367KGfQcr　秒到账 高返利",
    "lottery": "福彩3D第2023004期：独胆7 杀码09 必中三码",
    "browser": "建议使用IE9及以上版本浏览器，1366×768分辨率浏览本站",
    "clipper": "来自 印象笔记·剪藏",
}
KEPT = {
    "list lead-in": "知识城重点发展下列产业：",
    "section name": "饲料与饲料添加剂",
    "technical sentence": "样品采用TG 209F3型热重分析仪测定。热重分析仪VX：Netzsch仪器。",
    "css": "body{color:#181818;font-size:14px;}",
    "regional prose": "本条例所称扒鸡是指始创并根植于德州，经过三百多年的传承和发展，以鸡为原料，以植物香辛料为主要辅料",
    "signature": "某市人民代表大会常务委员会",
    "date": "2023年12月1日",
}


@pytest.mark.parametrize("name", sorted(IMAGINED) + sorted(DEVELOPMENT))
def test_a_line_of_another_register_between_articles_goes(name):
    line = {**IMAGINED, **DEVELOPMENT}[name]
    out, edits, _ = remove_glued_furniture_at_seams(HEAD + line + "\n" + TAIL)
    assert out == HEAD + TAIL, name
    assert len(edits) == 1 and "law-text model" in edits[0].detail and "cost" in edits[0].detail


@pytest.mark.parametrize("name", sorted(IMAGINED))
def test_a_line_of_another_register_under_the_last_article_goes(name):
    out, _, _ = remove_glued_furniture_at_seams(HEAD + TAIL + IMAGINED[name] + "\n")
    assert out == HEAD + TAIL, name


@pytest.mark.parametrize("name", sorted(KEPT))
def test_law_lines_and_kept_lines_stay(name):
    text = HEAD + KEPT[name] + "\n" + TAIL
    assert remove_glued_furniture_at_seams(text)[0] == text, name
    assert clean_page(RawPage(name + ".txt", "0", "utf-8", "text", text)).text == text


def test_a_line_continuing_a_wrapped_sentence_is_never_judged():
    text = "第一条 为了规范管理，\n兼职刷单日结，加QQ群：826351947，名额有限先到先得\n"
    assert candidate_lines(text) == []


def test_lines_before_the_first_article_and_after_an_annex_are_never_judged():
    text = "今日龙头股推荐：600519 涨停预测\n第一条 为了规范管理。\n附件\n今日龙头股推荐：600519 涨停预测\n"
    assert non_law_lines(text) == []


def test_a_list_item_is_a_structure_line():
    text = "第一条 为了规范管理。\n+\tmd格式阅读：[2013-传染病防治法](duben/2021-传染病防治法)\n- 兼职刷单日结，加QQ群：826351947\n"
    assert candidate_lines(text) == []


TAIWAN = {  # (field24 tw_moj_json, Simplified by the pipeline: the model of mainland laws reads them 6.0-7.1)
    "lead-in": "称性交者，谓非基于正当目的所为之下列性侵入行为：",
    "spaced chapter": "第 十八 章 亵渎祀典及侵害坟墓尸体罪",
    "wrapped line": "前项保证金于得标时，无息抵充应缴之租金或价款；未得标者，无息退还\n之。",
    "editor's note": " （编      注：附表一请参阅考选周刊第 777  期 2  版）",
}


@pytest.mark.parametrize("name", sorted(TAIWAN))
def test_taiwan_law_lines_stay(name):
    text = HEAD + TAIWAN[name] + "\n" + TAIL
    assert remove_glued_furniture_at_seams(text)[0] == text, name
