"""Field test 23's precision findings on real lines (the lead's fixes on the merge of session 23).

F23-A1: a judgment on DDoS services names the sites the defendant ran, twice:
``登陆被告人盛焱山的www．webstress．com或www．webstresser．com在线攻击网站`` (tests/real_pages/field23/judge_243_ddos_sites.txt);
``spam_anchor`` deleted both addresses as hosts glued into sentences (the page repeats them).  An address list held by a
possessor's ``的`` or a verb of visiting and named by the site noun after it is the case's evidence.

F23-A2: ``width`` turned the full-width point of a list label that follows a colon into an ASCII point, fusing label
and year into one decimal: ``具体措施：1．2021年6月底前…`` (国办发〔2020〕43号, 13 times) -> ``1.2021年``, a judgment's
``指控： 1．2019年1月10日`` -> ``1.2019年``.  The label is kept as printed; decimals elsewhere still convert.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean, clean_and_explain

REAL = Path(__file__).parent / "real_pages" / "field23"


def test_the_sites_a_judgment_is_about_stay():
    page = (REAL / "judge_243_ddos_sites.txt").read_text(encoding="utf-8")
    result = clean_and_explain(page)
    assert result.text.count("登陆被告人盛焱山的www.webstress.com或www.webstresser.com在线攻击网站") == 2
    assert not [e for e in result.edits if e.rule == "spam_anchor" and "webstress" in e.before]


def test_a_host_injected_twice_into_sentences_still_goes():
    """The rule that caught the judgment's sites still removes a spam host glued into a law's words twice."""
    text = "第一条 低于被征收hongfa.net房屋所在地段的，依照本条例补偿。\n第二条 涉及总体规划hongfa.net强制性内容的，应当报批。\n"
    assert "hongfa" not in clean(text)


@pytest.mark.parametrize("name", ["policy_guobanfa_2020_43_lines.txt", "judge_221_line.txt"])
def test_a_list_label_after_a_colon_keeps_its_point(name):
    for line in (REAL / name).read_text(encoding="utf-8").splitlines():
        out = clean(line + "\n")
        assert "1．20" in out and "1.20" not in out, out


@pytest.mark.parametrize(("text", "want"), [
    ("价格为3．5元。\n", "价格为3.5元。"),        # a decimal inside a sentence
    ("时间：2023．5．1起施行。\n", "2023.5.1"),     # a date after a colon: its number is no list label
])
def test_decimals_and_dates_still_convert(text, want):
    assert want in clean(text)
