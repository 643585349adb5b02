"""Structure on real pages of field test 9 (/work/notes/field9.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

PAGES = Path(__file__).parent / "real_pages" / "field9"


def _documents(path: Path):
    return structure_page(clean_page(ingest_file(path, path.parent))).documents


def test_a_bare_breadcrumb_label_does_not_take_the_title_line():
    """F9-P18: 广安区人民政府's page opens with ``您当前所在位置:`` (the crumbs' links lost), and the title
    under it was read as that label's value: title ''."""
    notice = _documents(PAGES / "guanganqu_content_1717747978409553920.txt")[0]
    assert notice.title == "广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知"


@pytest.mark.parametrize("label", ["您当前所在位置：", "当前所在位置：", "您当前所在的位置：", "您目前所处位置：", "当前位置：", "您现在的位置："])
def test_breadcrumb_labels_in_the_wordings_sites_use(tmp_path, label):
    page = tmp_path / "p.txt"
    page.write_text(f"{label}\n\n某市人民政府关于做好防汛工作的通知\n各区人民政府：\n现就做好防汛工作通知如下。\n", encoding="utf-8")
    assert _documents(page)[0].title == "某市人民政府关于做好防汛工作的通知"
