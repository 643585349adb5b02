"""The 法律资料网 mirror prints another page's article after its closing download bar (field test 11, F11-S1;
tests/real_pages/field11_mirror/SOURCE.md): the court's 批复 and 复函 end where they end, the other text goes as
site furniture (recorded, so the removal can be read and replayed)."""

from __future__ import annotations

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.page_edges import appended_page_tail
from tests.real_build import REAL

FOLDER = REAL / "field11_mirror"


def _clean(name: str):
    return clean_and_explain((FOLDER / name).read_text(encoding="utf-8"))


def test_the_pifu_ends_with_its_reply():
    result = _clean("infoeach_law18_pifu.txt")
    assert result.text.rstrip().endswith("自本批复发布之日起作废。\n此复。")
    assert "隐私权" not in result.text
    assert any("隐私权的含义" in e.before for e in result.edits if e.rule == "site_furniture")


def test_the_fuhan_ends_with_its_answer():
    result = _clean("infoeach_law702_fuhan.txt")
    assert result.text.rstrip().endswith("是欠妥当的。")
    assert "陈龙仁" not in result.text and "投资环境" not in result.text


def test_one_download_bar_takes_nothing():
    text = (FOLDER / "infoeach_law18_pifu.txt").read_text(encoding="utf-8")
    head, _, _ = text.rpartition("下载地址: 点击此处下载")
    assert appended_page_tail(head) is None  # the page without its closing bar: no tail
    assert appended_page_tail(head + "下载地址: 点击此处下载\n") is None  # a closing bar with nothing after it
