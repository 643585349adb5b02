"""A book title typed half in ASCII (``<住房公积金管理条例》``) gets its other full-width mark (session 19, marks19).

No real page shows the damage (a search of the field folders of sessions 10-19 and shared/real found none): built from
the blind member ``width_blind19_pair_half_narrowed`` (so that member is reported as tuned on), on the principle of the
``<…>`` rule (real: ``依照<中华人民共和国宪法>,制定``).  Negatives: the inner titles clean laws write with ``<>`` inside
``《》`` (71 in the regression corpus), comparisons, markup.
"""

import time

import pytest

from corpus_tools.clean.width import normalize_width


@pytest.mark.parametrize("damaged,fixed", [
    ("住房公积金的缴存、提取和使用实行<住房公积金管理条例》的规定。", "住房公积金的缴存、提取和使用实行《住房公积金管理条例》的规定。"),
    ("依照《中华人民共和国行政许可法>的规定，办理许可。", "依照《中华人民共和国行政许可法》的规定，办理许可。"),
])
def test_half_titles_get_their_other_mark(damaged, fixed):
    assert normalize_width(damaged)[0] == fixed


@pytest.mark.parametrize("text", [
    "《全国人民代表大会常务委员会关于修改<中华人民共和国国旗法>的决定》",
    "关于修改<中华人民共和国国旗法>的决定》",
    "收入<10万元的家庭》；浓度<标准限值》；当x<y》时",
    "致<单位名称》：",
    "<條號>第3條</條號>《条例》",
])
def test_what_is_no_half_title_stays(text):
    assert normalize_width(text)[1] == [] or all(e.before not in "<>" for e in normalize_width(text)[1])


def test_linear():
    hostile = ("<" + "法" * 59) * 4000 + "》" + ("《" + "条" * 59) * 4000
    started = time.process_time()
    normalize_width(hostile)
    assert time.process_time() - started < 10
