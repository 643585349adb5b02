"""hard_wraps never joins two events of a document's note (field test 8b, F8B-L7).

DiamonWoo/Laosheng.top ``2015-lifafa.md`` (立法法): ``（2000年3月15日…会议通过⏎根据2015年3月15日…《关于修改…的决定》修正）``
was joined as "newline inside a blank-line separated paragraph" into ``…会议通过根据2015年…`` — the separator
between the events lost (the official text has ``通过　根据``).  Source: tests/real_pages/field8b_layout/SOURCE.md.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import join_hard_wraps

PAGE = (Path(__file__).parent / "real_pages" / "field8b_layout" / "lifafa_head.md").read_text(encoding="utf-8")


def test_the_note_keeps_its_two_events_apart():
    out = clean_and_explain(PAGE, source_format="markdown").text
    assert "第三次会议通过\n根据2015年3月15日" in out
    assert "会议通过根据" not in out


def test_amendment_after_amendment():
    note = "（1997年3月14日第八届全国人民代表大会第五次会议修订\n根据1999年12月25日第九届全国人民代表大会常务委员会第十三次会议通过的《中华人民共和国刑法修正案》修正\n根据2001年8月31日第九届全国人民代表大会常务委员会第二十三次会议通过的《中华人民共和国刑法修正案（二）》修正）"
    body = "\n\n第一条 为了惩罚犯罪，保护人民，制定本法。\n\n第二条 本法的任务。\n\n第三条 法律明文规定为犯罪行为的，依照法律定罪处刑。\n\n"
    out, edits, _ = join_hard_wraps(note + body)
    assert edits == []


def test_a_sentence_wrapped_before_根据_is_still_joined():
    """Only an event's end (…通过, …修正) before ``根据<date>`` is a separator: a sentence cut before it is a wrap."""
    text = ("第一条 为了规范立法活动，健全国家立法制度，提高立法质量，完善中国特色社会主义法律体系，发挥立法的引领和推动作用，"
            "保障和发展社会主义民主，全面推进依法治国，建设社会主义法治国家，\n根据2018年3月11日通过的宪法修正案，制定本法。\n\n"
            "第二条 法律、行政法规的制定、修改和废止，适用本法。\n\n第三条 立法应当遵循宪法的基本原则。")
    out, edits, _ = join_hard_wraps(text)
    assert "国家，根据2018年" in out
