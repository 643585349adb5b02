"""hard_wraps never makes one number of two (field test 8, F8-P14).

law223 (/work/field8/pages+store8/law223_caijian2013_644.txt, a 财建 notice a mirror stored with its
table flattened one cell per line): the cells ``750<CM≤865`` set the page's wrap width at 10 and
each was joined to the next cell, ``750<CM≤8654.9``: four limit values changed.
"""

from __future__ import annotations

from corpus_tools.clean.layout import _wrap_width, join_hard_wraps

#: /work/field8/_repro/table_wrap_width/flattened_table.txt (27 lines of law223), after the
#: rules before hard_wraps removed the two-space indent.
FLATTENED_TABLE = """具有两排及以下座椅

L/100 km
具有三排或三排以上座椅

L/100 km

CM≤750
4.7
5.0

750<CM≤865
4.9
5.2

865<CM≤980
5.1
5.4

980<CM≤1090
5.3
5.6

1090<CM≤1205
5.6
5.9
"""


def test_a_flattened_table_keeps_its_numbers_apart():
    out, edits, _ = join_hard_wraps(FLATTENED_TABLE)
    assert out == FLATTENED_TABLE
    assert edits == []


def test_cells_without_han_set_no_wrap_width():
    assert _wrap_width(FLATTENED_TABLE) is None
    # Han lines of one length still do (and the wider width wins over the cells')
    prose = "一二三四五六七八九十一二\n三四五六七八九十一二三四\n五六七八九十一二三四五六\n七。"
    assert _wrap_width(prose) == 12
    assert _wrap_width(prose + "\n\n" + FLATTENED_TABLE) is None  # cells outnumber the prose: none


def test_a_break_between_two_digits_is_never_joined():
    """Even in a page wrapped at a fixed width: ``86⏎5千克`` stays apart (a number split by the
    wrap is rarer than two numbers of a table, and joining the wrong pair changes a value)."""
    text = (
        "第一条 为了规范乘用车燃料消耗量的管理，根据\n"
        "有关法律、行政法规的规定，结合本市实际情况\n"
        "，制定本办法。整备质量不超过750千克的车型，\n"
        "其燃料消耗量限值为每百公里4.7升；不超过86\n"
        "5千克的，其限值为每百公里4.9升，超过的车型\n"
        "按照附表执行。\n"
    )
    out, edits, _ = join_hard_wraps(text)
    assert "不超过86\n5千克" in out
    assert len(edits) == 4  # the other breaks of the wrapped paragraph are joined


def test_the_whole_pipeline_keeps_the_cells_of_the_field_page():
    from corpus_tools.clean import clean

    raw = "\n".join("  " + line if line else line for line in FLATTENED_TABLE.split("\n"))  # the page's indent
    out = clean(raw)
    for cell in ("750<CM≤865\n4.9", "865<CM≤980\n5.1", "980<CM≤1090\n5.3", "1090<CM≤1205\n5.6\n5.9"):
        assert cell in out
