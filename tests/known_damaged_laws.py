"""Laws of the shared corpus of 1,911 (``corpus/local-regulations.tar.xz``) that are not clean, and the repair a
cleaner makes of each (session 18, layout18).  The tests that prove cleaning changes nothing on clean laws leave
these out, and check that what changes there is exactly this repair, nothing else.

* Double-spaced copies: a blank line after every printed line, words cut across it (``…科学合理配置乔⏎⏎木、灌木…``);
  ``hard_wraps`` joins breaks inside sentences, each with its blank line (``corpus_tools/clean/double_spacing.py``).
* A scan's OCR read the 一 of two labels as a full-width hyphen (``第三十－条``, ``第五十－条`` between 第三十条 and
  第三十二条); ``invisible_chars`` reads them back (``corpus_tools/clean/ocr_labels.py``).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from corpus_tools.records import Edit

DOUBLE_SPACED = frozenset({
    "平顶山市城市绿化条例(2018-11-01).md",
    "焦作市城市绿化条例(2018-11-05).md",
    "商丘市市区饮用水水源保护条例(2018-09-03).md",
    "浙江省测绘地理信息条例(2019-03-28).md",
})
#: How many blank-line breaks the repair joins on each (session 18: 308 in all, each re-read by review 18): a join more
#: or fewer is no documented repair (review 18, R18-F2: any blank-line join on these laws passed).
DOUBLE_SPACED_JOINS = {
    "平顶山市城市绿化条例(2018-11-01).md": 104,
    "焦作市城市绿化条例(2018-11-05).md": 70,
    "商丘市市区饮用水水源保护条例(2018-09-03).md": 61,
    "浙江省测绘地理信息条例(2019-03-28).md": 73,
}
OCR_LABELS = {"彭水苗族土家族自治县城乡建设管理条例(2013-05-31).md": frozenset({("－", "一")})}
KNOWN_DAMAGED = DOUBLE_SPACED | frozenset(OCR_LABELS)


#: What a join inside a sentence never follows, and what it never precedes (a label opening a line).
_SENTENCE_ENDS = "。；：！？"
_LABEL_OPENING = re.compile(r"第[一二三四五六七八九十百千零〇两0-9]{1,8}[条章节编款项]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}、")


def documented_repair(name: str, edit: Edit, text: str | None = None) -> bool:
    """Whether ``edit``, made on the law named ``name`` (a path or a file name), is its documented repair.  Given
    ``text``, the text the edit was made on, a double-spaced law's join must also fall inside a sentence: not after
    a sentence's end, not before a label (count them with :data:`DOUBLE_SPACED_JOINS`)."""
    name = PurePath(name).name
    if name in DOUBLE_SPACED:
        if not (edit.rule == "hard_wraps" and edit.after == "" and not edit.before.strip() and edit.before.count("\n") == 2):
            return False
        return text is None or (edit.start > 0 and text[edit.start - 1] not in _SENTENCE_ENDS
                                and _LABEL_OPENING.match(text, edit.end) is None)
    if name in OCR_LABELS:
        return edit.rule == "invisible_chars" and (edit.before, edit.after) in OCR_LABELS[name]
    return False
