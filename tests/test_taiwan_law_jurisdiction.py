"""F17-M2: a law of Taiwan (it names the Republic of China or its branches, nothing of the People's
Republic) gets no PRC jurisdiction from a central organ's name it shares (``財政部``): null, not
``中华人民共和国``."""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean
from corpus_tools.structure.metadata import NATIONAL, jurisdiction

PAGES = Path(__file__).parent / "real_pages" / "field17_precf"


def test_taiwan_income_tax_law_is_not_national():
    text = clean((PAGES / "curist_md_income_tax_head.md").read_text(encoding="utf-8"))
    assert "财政部" in text and "中华民国" in text
    assert jurisdiction("所得税法", None, text) is None


def test_mainland_texts_keep_their_jurisdiction():
    assert jurisdiction("关于清理整顿社会团体的意见", None, "民政部关于清理整顿社会团体的意见") == NATIONAL
    mention = "第一条 根据《中华人民共和国文物保护法》，保护中华民国时期的优秀近现代建筑，制定本办法。"
    assert jurisdiction("优秀近现代建筑保护办法", "国家文物局", mention) == NATIONAL
