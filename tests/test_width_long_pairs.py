"""A balanced ASCII bracket pair on one line converts whole, whatever its length (field test 15).

F15-A1, shandan.gov.cn (张掖市立法条例, 2025): the amendment note after the title is a 299-character
``(…)``; the width rule paired brackets only up to 120 characters inside, judged each bracket of a
longer pair alone, converted the ``)`` after ``修正`` and kept the ``(`` before ``2016``: the page
read ``(2016年…修正）``, an unbalanced pair made out of a balanced one.
"""


import pytest

from corpus_tools.clean import clean


# The note as the page writes it (shandan.gov.cn/zfxxgk/…/202504/t20250418_1389878.html, copied by field15).
NOTE = (
    "(2016年11月13日张掖市第四届人民代表大会第一次会议通过 2017年3月30日甘肃省第十二届人民代表大会常务委员会"
    "第三十次会议批准 根据2024年5月7日张掖市第五届人民代表大会常务委员会第十六次会议通过 2024年5月30日甘肃省"
    "第十四届人民代表大会常务委员会第九次会议批准的《张掖市人民代表大会常务委员会关于修改〈张掖市立法条例〉的决定》修正)"
)


def _page(note: str) -> str:
    return f"张掖市立法条例\n{note}\n第一条 为了规范立法活动，制定本条例。\n"


def test_the_real_note_converts_both_brackets():
    out = clean(_page(NOTE))
    line = out.splitlines()[1]
    assert line[0] == "（" and line[-1] == "）"
    assert line[1:-1] == NOTE[1:-1]


@pytest.mark.parametrize("inner", [100, 119, 120, 121, 125, 150, 200, 300, 1000])
def test_a_pair_is_both_or_neither_at_any_length(inner):
    body = ("根据2024年5月7日常务委员会第十六次会议通过" * 40)[: inner - 2] + "修正"
    line = clean(_page(f"({body})")).splitlines()[1]
    assert (line[0], line[-1]) == ("（", "）")
    assert line[1:-1] == body


def test_latin_pairs_of_any_length_stay_ascii():
    latin = "(" + "see Article 12 of the Regulations on Administration " * 5 + ")"
    assert clean(_page(latin)).splitlines()[1] == latin


def test_a_clean_note_stays_byte_identical():
    page = _page("（" + NOTE[1:-1] + "）")
    assert clean(page) == page


def test_hostile_lines_of_brackets_finish():
    # one line of 200k characters: pairs and lone brackets alternating (each match stops at the next bracket)
    text = ("(甲" + "乙" * 50 + ")" + "(丙" * 20) * 1500
    out = clean(text)
    assert out.count("（") + out.count("(") == text.count("(")
