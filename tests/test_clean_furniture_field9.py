"""Site furniture on real pages of field test 9 (/work/notes/field9.md), session 10.

Pages: tests/real_pages/field9/SOURCE.md.  Each case starts from the real page that showed the damage,
with negative cases (the law's own text, clean real text) that must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.furniture import mirror_status_box

PAGES = Path(__file__).parent / "real_pages" / "field9"


def _cleaned(name: str):
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page

    page = PAGES / name
    raw = ingest_file(page, page.parent)
    return raw, clean_page(raw)


# --- F9-E3: the flk.npc mirror's status box, its 提示 and ⚠️ notes ------------------------------------------

@pytest.mark.parametrize("name, notes", [
    ("彩票管理条例(20090504).md", 0),
    ("flk_md_zhiwu_xinpinzhong_2001.md", 1),  # 【已修改】 box, ⚠️ disclaimer
    ("flk_md_chengbao_1988_head.md", 2),  # 【已废止】 box, 提示：施行日期取自正文附则…, ⚠️
    ("flk_md_xianggang_jueding.md", 1),  # 【时效性未标注（…）】 box right above the ⚠️ line
])
def test_the_mirror_status_box_goes_and_the_note_stays(name, notes):
    raw, cleaned = _cleaned(name)
    box_line = next(line for line in raw.text.splitlines() if line.startswith("【") and "公布：" in line)
    assert "制定机关：" not in cleaned.text and "⚠" not in cleaned.text and "提示：" not in cleaned.text
    assert ("沿革：" in cleaned.text) == ("沿革：" in raw.text)  # the law's own 题注 stays
    box_edits = [e for e in cleaned.edits if e.rule == "site_furniture" and "mirror status box" in e.detail]
    # the status line is removed whole, in one edit (its values can be read from the edit)
    assert sum(box_line in e.before for e in box_edits) == 1
    removed = "".join(e.before for e in box_edits)
    assert removed.count("⚠") + removed.count("提示：") == notes
    # and no false cjk_spaces warning on the box's blanks any more
    assert not [w for w in cleaned.warnings if w.rule == "cjk_spaces"]


@pytest.mark.parametrize("text", [
    # the law's own lines that open with a bracket or carry the box's labels
    "【现行有效】\n提示：本条例自公布之日起施行。",
    "第二条 本办法公布：2009-05-04 施行：2009-07-01 制定机关：国务院 文号：无。",
    # a site's info box without the mirror's status (read by the metadata, not furniture)
    "公布：2009-05-04\u3000施行：2009-07-01\u3000制定机关：国务院\u3000文号：国务院令第554号\n第一条 为了规范管理。",
    "【重要提示】\u3000公布：以下事项\u3000施行：如下\u3000制定机关：国务院\n提示：请注意。",
])
def test_lines_like_the_box_stay(text):
    assert mirror_status_box(text) == []
    assert clean_and_explain(text).text == text
