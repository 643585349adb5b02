"""Laws of the shared corpus of 1,911 (``corpus/local-regulations.tar.xz``) that are not clean, and the repair a
cleaner makes of each (session 18, layout18).  The tests that prove cleaning changes nothing on clean laws leave
these out, and check that what changes there is exactly this repair, nothing else.

* Double-spaced copies: a blank line after every printed line, words cut across it (``…科学合理配置乔⏎⏎木、灌木…``);
  ``hard_wraps`` joins breaks inside sentences, each with its blank line (``corpus_tools/clean/double_spacing.py``).
* A scan's OCR read the 一 of two labels as a full-width hyphen (``第三十－条``, ``第五十－条`` between 第三十条 and
  第三十二条); ``invisible_chars`` reads them back (``corpus_tools/clean/ocr_labels.py``).
"""

from __future__ import annotations

from pathlib import PurePath

from corpus_tools.records import Edit

DOUBLE_SPACED = frozenset({
    "平顶山市城市绿化条例(2018-11-01).md",
    "焦作市城市绿化条例(2018-11-05).md",
    "商丘市市区饮用水水源保护条例(2018-09-03).md",
    "浙江省测绘地理信息条例(2019-03-28).md",
})
OCR_LABELS = {"彭水苗族土家族自治县城乡建设管理条例(2013-05-31).md": frozenset({("－", "一")})}
KNOWN_DAMAGED = DOUBLE_SPACED | frozenset(OCR_LABELS)


def documented_repair(name: str, edit: Edit) -> bool:
    """Whether ``edit``, made on the law named ``name`` (a path or a file name), is its documented repair."""
    name = PurePath(name).name
    if name in DOUBLE_SPACED:
        return edit.rule == "hard_wraps" and edit.after == "" and not edit.before.strip() and edit.before.count("\n") == 2
    if name in OCR_LABELS:
        return edit.rule == "invisible_chars" and (edit.before, edit.after) in OCR_LABELS[name]
    return False
