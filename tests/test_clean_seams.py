"""Rules run once more at the seams another rule's edit leaves (issue 15: damage that comes together).

``ruby_seams``: a spam anchor between a character and its reading; the spam rule restores the
word the anchor replaced and the reading follows the character it reads again.
``width_joins``: a pair of ASCII quotes cut by a hard wrap, paired once the lines are joined.
Negative cases: real pages the pipeline already cleans come out as before, with no edit of
either rule.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.rules import HARD_WRAPS, RUBY_PINYIN, RUBY_SEAMS, SPAM_ANCHOR, WIDTH, WIDTH_JOINS, WIDTH_SEAMS
from corpus_tools.clean.seams import normalize_width_at_joins, remove_ruby_at_seams
from tests.test_width_across_lines import LEGCO_DEFINITIONS, LENCHY_AMENDMENT

SEEDS = Path(__file__).resolve().parents[1] / "raw"

#: 上海市住房公积金管理若干规定 (the shared corpus, line 49), as the benchmark's ``mixed_seedlike``
#: member damaged it (seed 0; lines 49 and 79): ASCII ruby after characters, a brand in place of
#: every 受托银行, the reading ``(hang)`` of its last character now after the brand.  (The brand
#: twice on the page: it is the page's own string, and the anchor is that string alone.)
SHANGHAI_SPAM_RUBY = (
    "第八条 市(shi)公积金管理中心应当自受理提取住房公积金申请之日起三个工作日内，作出准予提取或者不准提取的决定，"
    "并书面通知申请人。准予提取的，由受委(wei)托办理住(zhu)房公(gong)积(ji)金金融(rong)业务的银行"
    "（以下简称盈丰国际时时彩·yfgj(hang)）办理(li)支付手续；不准提取的，市公积金管理中心应当说明理由。\n\n"
    "第十三条 市公积金管理中心和盈丰国际时时彩·yfgj应当于每年八月向单位和职工发放住房公积金的缴存凭证。\n"
)
SHANGHAI_CLEAN = (
    "第八条 市公积金管理中心应当自受理提取住房公积金申请之日起三个工作日内，作出准予提取或者不准提取的决定，"
    "并书面通知申请人。准予提取的，由受委托办理住房公积金金融业务的银行（以下简称受托银行）办理支付手续；"
    "不准提取的，市公积金管理中心应当说明理由。\n\n"
    "第十三条 市公积金管理中心和受托银行应当于每年八月向单位和职工发放住房公积金的缴存凭证。\n"
)

#: 德州市优化营商环境条例 (2021-10-08, the shared corpus, line 87) as the blind member
#: ``mixed_blind_wrap_spam_hk`` damaged it (seed 0, its script conversion left out): wrapped
#: at 20 characters, its quotation marks typed ASCII; the wrap falls inside ``"一窗通办"``.
DEZHOU_WRAPPED = (
    "第二十一条 完善市、县、乡镇综合性政务服务大厅集中服\n"
    "务模式，推动依申请政务服务事项纳入综合性\n"
    "政务大厅集中办理，优化提升政务服务大厅“一\n"
    '站式”功能，实行一窗受理、集成服务，实现"一\n'
    '窗通办"；进驻政务服务大厅的有关部门、单\n'
    "位应当加强窗口服务力量配置和窗口工作人员\n"
    "业务培训，赋予派驻人员充分的行政审批办理\n"
    "权限。\n"
)
DEZHOU_CLEAN = (
    "第二十一条 完善市、县、乡镇综合性政务服务大厅集中服务模式，推动依申请政务服务事项纳入综合性政务大厅集中办理，"
    "优化提升政务服务大厅“一站式”功能，实行一窗受理、集成服务，实现“一窗通办”；进驻政务服务大厅的有关部门、"
    "单位应当加强窗口服务力量配置和窗口工作人员业务培训，赋予派驻人员充分的行政审批办理权限。\n"
)


def _restoring(text: str, anchor: str, word: str) -> dict[int, object]:
    """The corpus-level restoration of ``word`` for the anchor at ``anchor``, keyed as the build
    keys it: on the anchor's start in the spam rule's input."""
    before_spam = clean_and_explain(text, rules=RULE_NAMES[: RULE_NAMES.index(SPAM_ANCHOR)]).text
    starts = [i for i in range(len(before_spam)) if before_spam.startswith(anchor, i)]
    return {start: SimpleNamespace(word=word, confidence=0.9, evidence=()) for start in starts}


def _rules_that_edited(result) -> set[str]:
    return {RULE_NAMES[step] for step, edits in enumerate(result.steps) if edits}


def test_a_reading_the_spam_anchor_held_apart_goes_once_the_word_is_restored():
    result = clean_and_explain(SHANGHAI_SPAM_RUBY, restorations=_restoring(SHANGHAI_SPAM_RUBY, "盈丰", "受托银行"))
    assert result.text == SHANGHAI_CLEAN
    seams = [e for e in result.edits if e.rule == RUBY_SEAMS]
    assert [e.before for e in seams] == ["（hang）"]
    assert {RUBY_PINYIN, SPAM_ANCHOR} <= _rules_that_edited(result)


def test_a_reading_after_an_unrestored_gap_stays():
    """Negative: with no word restored, the reading follows 称, which it does not read."""
    result = clean_and_explain(SHANGHAI_SPAM_RUBY)
    assert "（以下简称（hang））" in result.text or "（以下简称(hang)）" in result.text
    assert not [e for e in result.edits if e.rule == RUBY_SEAMS]


#: 上海市住房公积金管理若干规定, 第一条 (the shared corpus), with ruby after characters as the
#: seed 004 writes it, wrapped at 30 characters after the ruby was flattened: the wraps fall
#: inside ``(fang)`` and before ``（jin）``'s closing bracket.
SHANGHAI_CUT_READINGS = (
    "第一条 为了加强本市住房公积金的管理，维护住(zhu)房(fa\n"
    "ng)公积金所有者的合法权益，促进城镇住房建设，提高城镇居民的居住水平，根据国务院有关规定，结合本市实际情况，"
    "制定本规定。\n\n第二条 本市住房公积(ji)金（jin\n）的缴存、提取、使用和管理，适用本规定。\n"
)
SHANGHAI_CUT_CLEAN = (
    "第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，促进城镇住房建设，提高城镇居民的居住水平，"
    "根据国务院有关规定，结合本市实际情况，制定本规定。\n\n第二条 本市住房公积金的缴存、提取、使用和管理，适用本规定。\n"
)


def test_a_reading_a_wrap_cut_in_two_goes_with_the_break():
    """(Since session 15 the ruby rule reads such a group itself, with the page's consensus, and
    the seam rule finds it gone; the seam rule still cuts one that a removed unit held apart.)"""
    result = clean_and_explain(SHANGHAI_CUT_READINGS)
    assert result.text == SHANGHAI_CUT_CLEAN
    cut = [e for e in result.edits if "\n" in e.before and e.rule in (RUBY_PINYIN, RUBY_SEAMS)]
    assert sorted(e.before.replace("（", "(").replace("）", ")") for e in cut) == ["(fa\nng)", "(jin\n)"]
    assert {e.rule for e in cut} == {RUBY_PINYIN}


@pytest.mark.parametrize("text", [
    "附件(A\nB)所列",  # capitals: a Latin term, no reading
    "附件(a\nb)所列",  # letters that read no syllable of 件
    "第三款(a\n)项",  # one letter: too little to read
    "住房(fa\nn)建设",  # no reading of 房
    "住房(fa\n\nng)建设",  # a paragraph break: no wrap
    "住房(fa\nng）建设",  # brackets of two widths
])
def test_what_a_break_cuts_that_reads_no_character_stays(text):
    assert remove_ruby_at_seams(text) == (text, [], [])


def test_quotes_a_wrap_cut_are_paired_once_the_lines_are_joined():
    result = clean_and_explain(DEZHOU_WRAPPED)
    assert result.text == DEZHOU_CLEAN
    assert HARD_WRAPS in _rules_that_edited(result)
    # (the width rule pairs the two quotes over the break itself since session 15; width_joins did after the join)
    assert [(e.before, e.after) for e in result.edits if e.rule in (WIDTH, WIDTH_JOINS) and e.before == '"'] == [('"', "“"), ('"', "”")]


@pytest.mark.parametrize("text, paired", [
    (LEGCO_DEFINITIONS, '“国务\n大臣”'),
    (LENCHY_AMENDMENT, '修改为：“本省'),
], ids=["legco_definitions", "lenchy_amendment"])
def test_quotations_over_a_line_are_paired_in_order_never_turned_around(text, paired):
    """Field tests 8 and 8b, real pages: the LegCo definition list, whose first wrapped term stays
    over a line after the joins, and a quotation over two paragraphs.  Pairing their quotes line by
    line would turn them around, so they kept ASCII; since session 15 the width rule pairs a run of
    lines in order over its breaks when it pairs up (width_joins the rest once joined): every quote
    curly, none turned around."""
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.rule == RUBY_SEAMS]
    assert paired in result.text and '"' not in result.text
    marks = "".join(ch for ch in result.text if ch in "“”")
    assert marks == "“”" * (len(marks) // 2)


REAL_PAGES = Path(__file__).resolve().parent / "real_pages"


@pytest.mark.parametrize("name", [
    "field7/hk_ln136_2020_head.txt",  # ``(2020 年 6 月 30 日…通过 )``: padded brackets the width rule keeps
    "hkgazette/cs220202449139_excerpt.txt",  # ``( 由行政长官会同…制定 )``
    "field8b_layout/hk_cap139_sections.txt",  # ``( 不论是否可移动的或是否离岸的 )``
    "field12_layout/yearbook_hk_2005_legal_system_spaced.txt",  # ``包括:`` and ``;`` in a spaced table
])
def test_marks_the_width_rule_kept_stay_after_the_layout_rules(name):
    """Negative, real pages (a first version of width_joins converted their marks once the layout
    rules had removed the blanks beside them): the rule takes the width rule's quotes only."""
    from corpus_tools.clean.page import clean_page
    from corpus_tools.ingest import ingest_bytes

    path = REAL_PAGES / name
    result = clean_page(ingest_bytes(path.read_bytes(), path.name))
    assert not [e for e in result.edits if e.rule in (WIDTH_JOINS, RUBY_SEAMS)]


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("00*.txt")) or ["(no seeds)"])
def test_the_seed_pages_get_no_seam_edit(seed):
    """Negative: the five real seed pages (ruby, spam, Traditional, mojibake, ASCII marks) are
    cleaned by the first pass of each rule; its second pass finds nothing."""
    if not (SEEDS / seed).is_file():
        pytest.skip("the project's raw/ seeds are not beside the tests")
    result = clean_and_explain((SEEDS / seed).read_text(encoding="utf-8"))
    assert not [e for e in result.edits if e.rule in (WIDTH_JOINS, RUBY_SEAMS)]


def test_clean_text_is_left_alone():
    text = "第一条 本规定所称“住房公积金”，是指单位及其在职职工缴存的长期住房储金。平台（APP）、钠（Na）离子、（一）\n"
    for rule in (remove_ruby_at_seams, normalize_width_at_joins):
        assert rule(text) == (text, [], [])


def test_the_seam_rules_edit_under_their_own_names_and_replay():
    out, edits, warnings = remove_ruby_at_seams("受托银行（hang）办理，互(hu)(hu)联")
    assert out == "受托银行办理，互联" and {e.rule for e in edits} == {RUBY_SEAMS} and warnings == []
    assert apply_edits("受托银行（hang）办理，互(hu)(hu)联", edits) == out
    out, edits, warnings = normalize_width_at_joins('实现"一窗通办";进驻:')
    assert out == "实现“一窗通办”;进驻:" and {e.rule for e in edits} == {WIDTH_JOINS} and warnings == []
    assert WIDTH not in {e.rule for e in edits} and WIDTH_SEAMS not in {e.rule for e in edits}


@pytest.mark.parametrize("rule, unit", [(remove_ruby_at_seams, "中(zhong)"), (remove_ruby_at_seams, "(中"),
                                        (remove_ruby_at_seams, "房(fa\n"), (remove_ruby_at_seams, "房(fa\nng)"),
                                        (normalize_width_at_joins, '中"'), (normalize_width_at_joins, '"中\n')])
def test_the_seam_rules_are_linear(rule, unit):
    """200,000 characters of a unit each rule reads (hostile input): well under the bound."""
    text = unit * (200_000 // len(unit))
    started = time.process_time()
    rule(text)
    assert time.process_time() - started < 20, (rule.__name__, unit)


#: 上海市住房公积金管理若干规定, 第一条 (the shared corpus) with ruby after characters as the seed
#: 004 writes it and its commas typed ASCII (seed 003's habit).
RUBY_ASCII = "第一条 为了加强本市住(zhu)房公(gong)积金的管理,维护住房公积金所有者的合法权益。\n"


@pytest.mark.parametrize("skip, kept, seams", [
    (["ruby_pinyin"], "住（zhu）房公（gong）积金", [RUBY_SEAMS]),
    (["width"], "的管理,维护", [WIDTH_SEAMS, WIDTH_JOINS]),
], ids=["skip_ruby", "skip_width"])
def test_a_skipped_rule_skips_its_seams(skip, kept, seams):
    """``--skip ruby_pinyin`` kept no reading before (``ruby_seams``, the ruby rule once more, removed
    them all) and ``--skip width`` no ASCII comma (``width_seams``): a seam rule follows its rule's skip."""
    from corpus_tools.clean.plan import CleaningPlan

    plan = CleaningPlan.make(skip=skip)
    assert set(seams) <= set(plan.skipped)
    result = clean_and_explain(RUBY_ASCII, rules=plan.rules)
    assert kept in result.text
    assert not [e for e in result.edits if e.rule in seams]
    everything = clean_and_explain(RUBY_ASCII, rules=[name for name in RULE_NAMES if name not in skip])
    assert kept not in everything.text  # (what the seams did when they ran without their rule)


def test_a_seam_named_alone_still_runs():
    """``--only ruby_seams`` (or skipping only a seam) is the user's explicit choice: kept as asked."""
    from corpus_tools.clean.plan import CleaningPlan

    assert CleaningPlan.make(only=["ruby_seams"]).rules == (RUBY_SEAMS,)
    assert WIDTH_SEAMS in CleaningPlan.make(skip=["width_joins"]).rules
