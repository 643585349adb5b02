"""hard_wraps: an exam's lettered options and a doc farm's repeated page links set no wrap width
(field test 18, F18-A6 and F18-N3).

F18-A6: lawyer-llama's 法考 items (GitHub AndrewZhe/lawyer-llama @ abaa095, ``data/fakao_gpt4.json``,
field ``input``; copied to /work/field18/lawyer_llama_exam) list four options ``A. …``–``D. …`` one a
line.  When the options had one length and a comma, their length was taken for the page's wrap
width and the breaks BETWEEN options were removed (``…以一次为限B. 应当…``); the stem was glued to
option A the same way (``这主要表现为A. 天皇…``).  A letter and a dot opening a line begin an item.

F18-N3: a doc farm's preview (/work/field18/pages18_trad/bubsandbeans_paper_189253526.txt) lists
its page links ``訴與訴的標的若干問題探析_第1頁`` … ``_第5頁``: five times one line, numbers aside,
made a "wrap width" of 16 and the five links were joined into one line.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.layout import _wrap_width, join_hard_wraps

# fakao_gpt4.json record 276 (0-based), verbatim (the width rule's `?`→`？` is not hard_wraps')
REAL_276 = (
    "Question: 我国刑事诉讼规定了补充侦查制度。在人民检察院审查起诉阶段，关于补充侦查的说法，下列哪一选项是正确的?\n"
    "A. 应当在一个月内补侦完毕，以一次为限\n"
    "B. 应当在一个月内补侦完毕，以两次为限\n"
    "C. 应当在两个月内补侦完毕，以一次为限\n"
    "D. 应当在两个月内补侦完毕，以两次为限\n"
)
# record 37, verbatim: the stem ends without a mark before option A
REAL_37 = (
    "Question: 日本在1947年实施的宪法被为“和平宪法”，这主要表现为\n"
    "A. 天皇成为象征性的国家元首\n"
    "B. 放弃战争，仅保留自卫权\n"
    "C. 扩大国民的基本权利和自由\n"
    "D. 实行三权分立，责任内阁制\n"
)
# the farm's five page links after ruby removal and t2s, then its next lines (verbatim shape)
FARM_LINKS = "".join(f"诉与诉的标的若干问题探析_第{n}页\n" for n in range(1, 6)) + "已阅读5页，还剩3页未读， 继续免费阅读\n\n下载本文档\n"


@pytest.mark.parametrize("text", [REAL_276, REAL_37], ids=["fakao-276", "fakao-37"])
def test_real_exam_options_stay_one_a_line(text):
    out, edits, _ = join_hard_wraps(text)
    assert out == text and edits == []


@pytest.mark.parametrize("marker", ["A. ", "A.", "A、", "Ａ．", "A．"])
def test_equal_length_options_with_a_comma_are_not_glued(marker):
    """Blind variants (precf18b blind.md b1, b3, b4): other ways of writing the letter."""
    letters = "ABCD" if marker[0] == "A" else "ＡＢＣＤ"
    bodies = ["合同成立时即生效，但法律另有规定", "合同成立时不生效，但法律另有规定",
              "合同登记时即生效，但法律另有规定", "合同批准时即生效，但法律另有规定"]
    text = "下列关于合同效力的说法，哪一项是正确的？\n" + "".join(
        f"{letter}{marker[1:]}{body}\n" for letter, body in zip(letters, bodies))
    out, edits, _ = join_hard_wraps(text)
    assert out == text and edits == []


def test_repeated_page_links_set_no_width():
    assert _wrap_width(FARM_LINKS) is None
    out, _, _ = join_hard_wraps(FARM_LINKS)
    assert out == FARM_LINKS


def test_a_paragraph_wrapped_at_a_width_is_still_joined():
    """Negative (blind b7): prose wrapped at 20 characters is still joined."""
    text = ("为了规范行政执法行为，保护公民、法人和其\n他组织的合法权益，根据有关法律、行政法规\n"
            "的规定，结合本市实际，制定本办法。本办法\n适用于本市行政区域内的行政执法活动。\n")
    out, edits, _ = join_hard_wraps(text)
    assert out == text.replace("\n", "") + "\n", out


@pytest.mark.parametrize("line", ["E.coli是一种细菌，常见于肠道", "A.B.C三家公司共同出资设立", "B.1 本标准适用于"])
def test_a_letter_not_opening_an_option_is_no_block_start(line):
    """A Latin word, initials or a numbered annex clause after the letter is no option marker."""
    from corpus_tools.clean.layout import _BLOCK_START

    assert not _BLOCK_START.match(line)


@pytest.mark.parametrize("links", [
    "".join(f"诉与诉的标的若干问题探析_第{n}页\n" for n in "一二三四五"),  # R1: the page numbers in Chinese numerals
    "".join(f"（{n}）诉与诉的标的若干问题探析下载\n" for n in range(1, 6)),  # R1b: the number in front
], ids=["R1-chinese-numerals", "R1b-number-first"])
def test_blind_repeated_links_numbered_otherwise_set_no_width(links):
    """Blind variants of F18-N3 (/work/notes/fix19/blind.md, written after the first code, before measuring)."""
    text = links + "已阅读5页，还剩3页未读， 继续免费阅读\n\n下载本文档\n"
    out, _, _ = join_hard_wraps(text)
    assert out == text
