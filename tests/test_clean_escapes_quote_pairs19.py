"""Named quotation marks left as references on a plain-text page are unescaped when they pair around Chinese text.

Real damage undone (session 19, marks19): LawBench's CAIL judgments (open-compass/LawBench @ e30981b, zero_shot_3-7.json,
Apache-2.0, as field test 18 fetched it into /work/field18/lawbench_qa) carry the court's quotes as HTML references:
``被告人郑海平接受&ldquo;阿X&rdquo;（未查获）请托``, ``一部&ldquo;中兴&rdquo;Q529C手机`` (159 pairs in 500 records).
A lone name on a plain-text page (``&nbsp;``, ``&middot;``, a text about markup) stays as before.
"""

import time

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.escapes import unescape_text

REAL = [
    ("2016年10月的一天，被告人郑海平接受&ldquo;阿X&rdquo;（未查获）请托，用自己身份信息申请了一个支付宝账号",
     "2016年10月的一天，被告人郑海平接受“阿X”（未查获）请托，用自己身份信息申请了一个支付宝账号"),
    ("将被害人一部&ldquo;中兴&rdquo;Q529C手机、两部&ldquo;锋达通&rdquo;手机和50元现金盗走",
     "将被害人一部“中兴”Q529C手机、两部“锋达通”手机和50元现金盗走"),
]


@pytest.mark.parametrize("raw,fixed", REAL)
def test_real_judgment_quotes(raw, fixed):
    out, edits, _ = unescape_text(raw, source_format="text")
    assert out == fixed and {e.before for e in edits} == {"&ldquo;", "&rdquo;"}
    assert clean(raw) == fixed


@pytest.mark.parametrize("text", [
    "定最低工資並不適用於他們。&nbsp;",                      # a lone name (labour.gov.hk FAQ text): stays
    "在HTML中，左引号写作&ldquo;，右引号写作&rdquo;。",        # a text about markup: no Chinese between the names
    "写作&amp;ldquo;中&amp;rdquo;",                          # escaped twice, on a plain-text page: stays
    "第一条　本条例所称“智能制造”，是指……。",                  # no reference at all
])
def test_plain_text_keeps_what_is_no_pair(text):
    assert unescape_text(text, source_format="text")[:2] == (text, [])


def test_the_pair_scan_is_linear():
    hostile = "&ldquo;" + "中" * 200_000 + "&rdquo;"
    started = time.process_time()
    unescape_text(hostile, source_format="text")
    unescape_text("&ldquo;中" * 30_000, source_format="text")
    assert time.process_time() - started < 5
