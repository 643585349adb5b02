"""Display toggles written one word a line and the ``相关…：`` link-box family (field test 21, F21-B1/B2).

Real excerpts: tests/real_pages/furn21b/SOURCE.md (gov.cn and stats.gov.cn records of a law crawler).
Negatives: law text that mentions 字号, 字体 or 相关 comes out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.chrome_runs import line_role, toggle_block_lines

FOLDER = Path(__file__).parent / "real_pages" / "furn21b"


def _read(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")


def test_govcn_script_and_size_toggles_go():
    raw = _read("govcn_fanxiqianfa_head.txt")
    out = clean(raw)
    lines = out.split("\n")
    for word in ("简", "繁", "字号：", "默认", "超大"):
        assert word not in lines, word
    assert "新华社北京11月8日电" in out
    assert "来源： \n新华社\n新华社北京11月8日电" in out  # (the print button and its bars beside the size toggle went)
    assert "第一条\u3000为了预防洗钱活动" in out
    assert "中华人民共和国反洗钱法\n（2006年10月31日" in out


def test_stats_font_toggle_goes():
    raw = _read("stats_tongjifa_head.txt")
    out = clean(raw)
    lines = out.split("\n")
    for word in ("Aa", "字体：", "小", "中", "大"):
        assert word not in lines, word
    assert "第一章" in out and "为了科学、有效地组织统计工作" in out


def test_stats_related_policy_readings_box_goes():
    raw = _read("stats_tongjifa_tail.txt")
    out = clean(raw)
    assert "相关政策解读" not in out
    assert "新修改统计法系列解读之一" not in out
    assert "奋力谱写首都高质量发展新篇章" not in out
    assert out.rstrip("\n").endswith("第五十三条\n本法自2010年1月1日起施行。")


@pytest.mark.parametrize("head", ["相关政策解读：", "相关法律法规链接：", "【相关政策解读】："])
def test_related_family_heads(head):
    assert line_role(head) == "head"


@pytest.mark.parametrize("line", ["相关规定：", "相关单位应当报告：", "相关政策解读", "相关部门"])
def test_related_non_heads(line):
    assert line_role(line) != "head"


NEGATIVES = [
    # a law on official documents: 字号/字体 are its own fields
    "党政机关公文格式\n第十条 公文用字：\n字体：\n宋体\n字号：\n三号\n第十一条 本标准自发布之日起施行。\n",
    "某办法\n第五条 标题一般用2号小标宋体字，字号：大\n第六条 本办法自公布之日起施行。\n",
    # 相关 inside a law's last lines
    "某条例\n第一条 为了规范管理。\n第二条 本条例自公布之日起施行。\n附件：相关政策解读材料清单\n",
    "某条例\n第一条 为了规范管理，相关部门应当配合。\n相关单位：\n某市财政局\n某市民政局\n",
    # a character table of a language law
    "某规定\n第三条 下列字形对照：\n简\n繁\n第四条 本规定自公布之日起施行。\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_law_text_stays(text):
    assert clean(text) == text


def test_toggle_block_needs_a_whole_toggle():
    assert toggle_block_lines("某法\n|\n大\n|\n第一条 为了规范。") == []
    assert toggle_block_lines("某法\n简\n|\n第一条 为了规范。") == []
