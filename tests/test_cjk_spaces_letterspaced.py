"""cjk_spaces joins letterspaced heading lines (struct10's leftover of field test 9, F9-C2).

国家煤矿安全监察局's 执法文书样式 (matianrou/coal_monitor_electron @ e73ebd9, text layer of 35-1pdf.pdf as
tests/real_pages/field9_layout/form_lines_35-1.txt holds it; 35-2pdf.pdf's head in tests/real_pages/meta10/): the
forms' headings came out letterspaced (``现 场 处 理 决 定 书``, ``执 法 文 书 制 作 规 范``), matching neither their
目录 entries nor a search.  The form's blank dates (``年 月 日``, ``于 年 月 日 时 分，在…``) have the blanks between
Han characters too: they stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import remove_spaces_inside_cjk

REAL = Path(__file__).parent / "real_pages"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")]


def test_form_headings_joined_blank_dates_kept():
    text = (REAL / "field9_layout" / "form_lines_35-1.txt").read_text(encoding="utf-8")
    result = clean_and_explain(text)
    lines = _lines(result.text)
    assert "现场处理决定书" in lines and "撤出作业人员命令书" in lines
    assert "年 月 日" in lines
    assert any("于 年 月 日 时 分，" in line for line in lines)
    spaced = [e for e in result.edits if e.detail == "letterspaced heading"]
    assert len(spaced) == 6 + 8 and all(e.before == " " and e.after == "" for e in spaced)


def test_letterspaced_title_line_joined():
    text = (REAL / "meta10" / "coal_35-2_head.txt").read_text(encoding="utf-8")
    assert "执法文书制作规范" in _lines(clean_and_explain(text).text)


@pytest.mark.parametrize("text", [
    "第一章 总 则\n第一条 为了保护环境，制定本法。",  # the clean corpus's chapter title: house style
    "第 一 章 总 则",  # a spread label: the spaced-label rule's (it keeps the title's blank)
    "年 月 日 时 分",  # a form's blank date and time
    "目 录\n总 则\n附 则",  # fewer than 4 characters
    "张 三 李 四 王 五 赵 六 记录",  # not the whole line
])
def test_other_spaced_lines_keep_their_blanks(text):
    out, edits, _ = remove_spaces_inside_cjk(text)
    assert not [e for e in edits if e.detail == "letterspaced heading"]
    if text.startswith("第一章"):
        assert out == text
