"""width: quotation marks typed in ASCII strokes (TeX's ````…''`` and ```…'``, a typewriter's ``,,…''``) around Chinese
text become ``“…”``/``‘…’`` (:func:`corpus_tools.clean.lookalike_marks.typed_quotes`).

Set 9's ``h9_width_tex_quotes`` is one member (````零门槛''``).  The cases below are others of the family it did not
show (a single ```…'``, the low-high ``,,…''`` and ``,,…“``, a mixed ````…"``, acute closers ``´´``, a single nested in
a double closed by ``'''``) and what must stay (Markdown's code, Latin text in TeX quotes, a farm's doubled commas, an
apostrophe, wiki italics).
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.width import normalize_width


def _page(line: str) -> str:
    return f"某市优化营商环境条例\n\n第一条 为了优化营商环境，制定本条例。\n\n{line}\n\n第三条 本条例自公布之日起施行。\n"


@pytest.mark.parametrize("typed, want", [
    ("第二条 吸引中介服务机构``零门槛''入驻，实现网上展示。", "第二条 吸引中介服务机构“零门槛”入驻，实现网上展示。"),
    ("第二条 推行`最多跑一次'改革，实现网上展示。", "第二条 推行‘最多跑一次’改革，实现网上展示。"),
    ("第二条 吸引中介服务机构,,零门槛''入驻，实现网上展示。", "第二条 吸引中介服务机构“零门槛”入驻，实现网上展示。"),
    ("第二条 吸引中介服务机构,,零门槛“入驻，实现网上展示。", "第二条 吸引中介服务机构“零门槛”入驻，实现网上展示。"),
    ("第二条 治理``大城市病\"，建设宜居之都。", "第二条 治理“大城市病”，建设宜居之都。"),
    ("第二条 治理``大城市病´´，建设宜居之都。", "第二条 治理“大城市病”，建设宜居之都。"),
    ("第二条 所称``交通拥堵、`住房紧张'''等问题，由市政府统筹。", "第二条 所称“交通拥堵、‘住房紧张’”等问题，由市政府统筹。"),
    ("第二条 推行``一网通办''``一窗受理''，实现``不见面审批''。", "第二条 推行“一网通办”“一窗受理”，实现“不见面审批”。"),
])
def test_typed_quotes_become_chinese_quotes(typed: str, want: str) -> None:
    assert normalize_width(typed)[0] == want
    assert want in clean_and_explain(_page(typed)).text


@pytest.mark.parametrize("text", [
    "第二条 在命令行输入``ls -l``查看，或者`pwd`。",            # Markdown's code: a backtick closes it
    "第二条 代码写作``x = 1''即可。",                            # TeX quotes around Latin text
    "第二条 写作``甲``的字样。",                                 # Markdown's code around Han
    "第二条 it's the ``rule'' of law。",                       # English
    "第二条 共产党员是先锋队,,是党的骨干。",                     # no closer: a doubled comma, not a quote
])
def test_what_stays_typed(text: str) -> None:
    out = normalize_width(text)[0]
    assert "“" not in out and "‘" not in out, out
    assert "``" in out or "`" in out or ",," in out or "，，" in out or "'" in out


def test_every_mark_is_one_edit() -> None:
    _, edits, _ = normalize_width("机构``零门槛''入驻")
    assert [(e.before, e.after) for e in edits] == [("``", "“"), ("''", "”")]
