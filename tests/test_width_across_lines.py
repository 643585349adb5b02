"""Width rule: quotes and brackets whose pair is split over a line break (field tests 8 and 8b).

A hard-wrapped paragraph breaks a quoted term or a bracketed note over two lines.  Pairing the
marks line by line then converts one half of a bracket pair (``(…⏎…）``) or turns every quote
pair after the break around (``"国务⏎大臣“、”大法官“…``).  The rule converts both halves or
neither; the quotes of such lines are paired in order over the break when they pair up so (session
15: an even number of them, each pair with text at both ends and at most one break inside), and
otherwise stay ASCII with a warning.
"""

from __future__ import annotations

from pathlib import Path

import regex

from corpus_tools.clean.width import normalize_width

#: http://www.legco.gov.hk/yr97-98/chinese/bills/c013-c.htm (field test 8b, F8B-K1; the pages
#: store's copy, /work/field8b/_repro/quote_pairs_reversed): 11 lines of the 1997 bill, the
#: last line closed after 政務司司長 (the stored page is cut there).
LEGCO_DEFINITIONS = """第3條現予修訂──
  1. 廢除下列詞語或詞句的定義:"大臣"、"國務
    大臣"、"大法官"、"大律師"、"公印"、"公眾
    假期"、"公眾假日"、"公職人員"、"公務員"、
    "立法局"、"立法局秘書"、"外籍人士"、"地方
    法院"、"交付審判"、"行政局"、"行政局秘書"
    、"地院法官"、"地方法院法官"、"法定聲明"、
    "官契"、"法律"、"法例"、"法"、"受英國保護
    人士"、"法院"、"法庭"、"附屬法例"、"規例"
    、"政府"、"政府一般收入"、"政府印務局"、"
    政務司司長"、"律政司司長"。
"""

#: law600 (field test 8, F8-P5: /work/field8/pages+store8/law600_shanghai_srhjws.txt, lines 13-14).
LAW600_NOTE = (
    " (2001年11月14日上海市第十一届人民代表大会常务委员会第三十三次会议通过\n"
    "  根据2003年4月24日上海市第十二届人民代表大会常务委员会第三次会议"
    "《关于修改〈上海市市容环境卫生管理条例〉的决定》修正)\n"
)
#: mzt333 (field test 8, F8-P18: mzt333_39151.txt lines 11-12, its ruby readings removed).
MZT333_NOTE = "(1992年10月24日安徽省第七屆人民代表大會\n常務委員會第三十三次會議通過)第一章 總則\n"
#: lenchy (field test 8, F8-P18: lenchy_19b01e68.txt lines 18-20): a quotation over two lines,
#: then a one-line quotation.
LENCHY_AMENDMENT = (
    '  一、第三条第二款修改为:"本省行政区域内的机关、企事业单位、社会团体及个人都有依法参加防震减灾活动的义务。\n'
    '  中国人民解放军驻川部队、武警部队和民兵应当依法执行防震减灾任务。"\n'
    '  二、第四条第一款修改为:"防震减灾工作,实行预防为主、防御与救助相结合的方针。"\n'
)


def _reversed_pair(text: str) -> bool:
    """Whether a curly double quote points the wrong way: the text's marks do not alternate “ then
    ”, or an opening mark stands before the list's separator or a closing one after it (``大臣“、”大法官``)."""
    marks = "".join(ch for ch in text if ch in "“”")
    if marks and not regex.fullmatch(r"(?:“”)*“?", marks):
        return True
    return regex.search(r"“[、。，]|[、：]”", text) is not None


def test_the_reversal_check_sees_the_field_output():
    """The check of the tests below fails on what the rule wrote before (field test 8b)."""
    assert _reversed_pair('定义：“大臣”、"国务\n大臣“、”大法官“、”大律师“、”公印“')
    assert not _reversed_pair("定义：“大臣”、“国务大臣”、“大法官”")


def test_wrapped_quoted_terms_are_never_turned_around():
    out, edits, warnings = normalize_width(LEGCO_DEFINITIONS)
    assert not _reversed_pair(out)
    assert all(e.before == '"' and e.after in "“”" for e in edits if e.before == '"')
    # the wrapped terms are paired in order over their breaks (session 15) ...
    for paired in ('“國務\n    大臣”', '“公眾\n    假期”', '“地方\n    法院”', '“受英國保護\n    人士”'):
        assert paired in out
    assert '、“地院法官”、“地方法院法官”、“法定聲明”、' in out
    # ... but not the run whose opening mark ends its line (``"⏎政務司司長"``: no pair with text at
    # both ends): its line keeps its ASCII quotes, reported once
    assert '、"政府"、"政府一般收入"、"政府印務局"、"\n    政務司司長"、"律政司司長"。' in out
    assert len([w for w in warnings if w.excerpt.count('"')]) == 1
    assert sum(e.before == '"' for e in edits) == 56


def test_a_quotation_over_two_lines_is_paired_and_the_next_line_too():
    """A quotation over two lines is one pair over the break (session 15; it kept its ASCII quotes
    with a warning before)."""
    out, _, warnings = normalize_width(LENCHY_AMENDMENT)
    assert '修改为：“本省行政区域内' in out and '防震减灾任务。”\n' in out
    assert "修改为：“防震减灾工作，实行预防为主、防御与救助相结合的方针。”" in out
    assert warnings == []


def test_quotes_paired_on_each_line_are_unchanged():
    """Negative: every line opens and closes its own quotations (a blank line ends a paragraph,
    so a lone ``"`` of one paragraph does not hold back the next)."""
    text = '本法所称"公务员",是指"依法履行公职"的人员。\n"立法局"、"行政局"\n\n他说"\n\n"法院"、"法庭"'
    out, _, warnings = normalize_width(text)
    assert out.startswith('本法所称“公务员”，是指“依法履行公职”的人员。\n“立法局”、“行政局”\n\n')
    assert out.endswith("\n\n“法院”、“法庭”")
    assert len(warnings) == 1


def test_a_bracket_pair_split_over_a_line_is_converted_whole_or_not_at_all():
    for note in (LAW600_NOTE, MZT333_NOTE):
        out, _, _ = normalize_width(note)
        assert out.count("(") == 1 and out.count(")") == 1, out
        assert "（" not in out and "）" not in out
    # both halves touch Han: both become full-width, as before
    out, _, _ = normalize_width("本条例(第一\n款)规定")
    assert out == "本条例（第一\n款）规定"
    # a bracket on one line stays decided on its own
    out, _, _ = normalize_width("（一）甲(乙)丙\n1)信函")
    assert out == "（一）甲（乙）丙\n1）信函"


#: tests/real_pages/field9/douban_classical_quotations.txt (a 红楼梦 chapter copied from douban, review 15
#: R15-F9): the page writes “” and, in a few places, an ASCII ``"`` for one half of a pair.
DOUBAN_QUOTATIONS = Path(__file__).parent / "real_pages" / "field9" / "douban_classical_quotations.txt"


def test_ascii_quotes_of_a_page_mixing_curly_ones_are_not_paired_with_each_other():
    """Negative (R15-F9): the ASCII quotes of a span that also writes “” are partners of the curly
    ones, not of each other; pairing them in order turned the closing mark of ``作酸呢．'"說的賈母``
    into an opening one.  The span keeps its ASCII quotes (and its warning), as before session 15."""
    text = DOUBAN_QUOTATIONS.read_text(encoding="utf-8")
    closing = "所以今日有些作酸呢．'\"說的賈母"
    assert closing in text
    out, edits, warnings = normalize_width(text)
    assert '作酸呢。‘"說的賈母' in out and "作酸呢。‘“說" not in out  # (．and ' are decided apart)
    assert not any(e.before == '"' for e in edits)
    assert any('"' in w.excerpt for w in warnings)
    # the snippet alone: two lines, each with one ASCII quote between curly pairs
    snippet = '賈母忙道：“如何又要作詩？"賈政道：“他能的。”\n說：`所以今日有些作酸呢．\'"說的賈母与眾人都笑了．'
    out, edits, _ = normalize_width(snippet)
    assert out.count('"') == 2 and not any(e.before == '"' for e in edits)


def test_a_wrapped_quotation_without_curly_quotes_is_still_paired():
    """The guard of R15-F9 keeps the pairing of a span that writes only ASCII quotes."""
    out, _, _ = normalize_width('甲方应当在"合同\n约定"的期限内，按照"规定"履行。')
    assert out == "甲方应当在“合同\n约定”的期限内，按照“规定”履行。"
