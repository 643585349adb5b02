"""Damage of two families that meet on one page (mixed16: the pairs of tests/noise/wide/pairs.py).

The pages in ``tests/real_pages/mixed16`` are laws of the clean corpus damaged by two seen members of the
noise generator at once (``SOURCE.md`` says which law, which pair and which seed): the damage each rule
undoes alone, meeting another family's.  Negative cases are real pages whose text must stay as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from corpus_tools.clean import clean
from corpus_tools.clean.ruby import remove_ruby_pinyin
from corpus_tools.clean.seams import join_wrapped_anchors
from corpus_tools.clean.wrap_spaces import wrap_spaces

PAGES = Path(__file__).parent / "real_pages" / "mixed16"
REAL = Path(__file__).parent / "real_pages"


# --------------------------------------------------------------------------- a wrap between a character and its reading


def test_a_reading_after_a_padded_wrap_goes_and_the_character_stays():
    """德州市优化营商环境条例 第一条, layout_hard_wrap_trailing_blank + ruby_stacked (pair_lay+rub): the wrap, padded
    with a blank and a tab, fell between 权 and its stacked reading.  The ruby rule read no group there; the spam-wraps
    rule joined ``权（quan）（quan）（quan）`` and the spam rule took it for a brand: the law lost 权."""
    page = "第一条 为了持续优化营商环境，维护市场主体的合法权 \t\n(quan)(quan)(quan)益，激发市场活力，推动高质量发展。"
    assert clean(page) == "第一条 为了持续优化营商环境，维护市场主体的合法权益，激发市场活力，推动高质量发展。"


def test_a_reading_after_an_ideographic_blank_and_a_wrap():
    """浙江省曹娥江流域水环境保护条例 第一条 (pair_lay+rub): ``防　⏎（fáng）治法`` kept its reading on a line of its own."""
    text = "根据《中华人民共和国水污染防　\n（fáng）治法》和其他有关法律、行政法规的规定，制定本条例。"
    assert remove_ruby_pinyin(text)[0] == "根据《中华人民共和国水污染防治法》和其他有关法律、行政法规的规定，制定本条例。"


@pytest.mark.parametrize("text", [
    # tests/real_pages/field12_findings/samiux_cs220202449139_fines.txt (Hong Kong national security rules): items (a)/(b)
    "活动的目的，向律政司及其他警务人员披露；及\n(b) 由任何警务人员为防止及遏止危害国家安全行为及",
    "活动的目的，向律政司及其他警务人员披露；及 \n(b) 由任何警务人员为防止及遏止危害国家安全行为及",
    # tests/real_pages/field8b_layout/hk_cap139_sections.txt: an item list after a Han line end, padded
    "地方 (place) 指任何地方，並包括——\n(a) 任何車輛、船隻、航空器、氣墊船或其他運輸工具；",
    "本条例所称住房　\n（fang）\n第二条",  # a group alone on its line stays (a note, a gloss)
])
def test_items_and_glosses_after_a_wrap_stay(text):
    assert remove_ruby_pinyin(text)[1] == []


def test_spam_wraps_joins_no_character_with_its_readings():
    text = "维护市场主体的合法权 \t\n（quan）（quan）（quan）益，激发市场活力"
    assert join_wrapped_anchors(text)[1] == []
    joined = join_wrapped_anchors("第三条 做到事实清楚、责乐天\n堂真人·ltt任明确、处理得当。")[0]
    assert joined == "第三条 做到事实清楚、责乐天堂真人·ltt任明确、处理得当。"  # (a brand cut by a wrap still joined)


@pytest.mark.parametrize("page, joined", [
    # the seen mixed variant mixed_blind15_cut_inside (DLC laws, seed 0): brands whose Latin name stands in brackets,
    # cut by the page's wrap; a first version of the guard above took their bracketed names for readings
    ("乡、镇人民政府责令其补办审批手续；不乐天堂（ltt）最\n新版符合村庄规划的，责令限期拆除",
     "乡、镇人民政府责令其补办审批手续；不乐天堂（ltt）最新版符合村庄规划的，责令限期拆除"),
    ("配合做好盐业监（xh\ntd）官网督管理工作。", "配合做好盐业监（xhtd）官网督管理工作。"),
])
def test_spam_wraps_still_joins_brands_with_a_bracketed_latin_name(page, joined):
    assert join_wrapped_anchors(page)[0] == joined


# --------------------------------------------------------------------------- wrap blanks another family moved or took


def test_wrap_blanks_a_ruby_reading_took_with_it():
    """宁波市环境污染防治规定 (pair_lay+rub): PDF wraps read as ideographic spaces, and ruby readings; where a wrap fell
    before a reading (``说明　(Ming)情况``) the ruby rule removed the blank with the reading, and the next wrap of the
    line, two printed lines from the last one kept, was no longer at the page's width."""
    cleaned = clean((PAGES / "ningbo_pdf_spaces_ruby.txt").read_text(encoding="utf-8"))
    for sentence in ("说明情况，并提出整改措施。", "采取措施落实有关要求", "为公民、法人和其他组织参与", "等途径告知申请人。",
                     "可以处一万元以上十万元以下的罚款。"):
        assert sentence in cleaned


def test_wrap_spaces_of_a_page_that_counted_digits_full_width():
    """北京市实施《农民专业合作社法》办法 (pair_wid+lay): a page wrapped every 35 characters, digits counted as wide as
    Chinese characters (``成员超过500人 的``), with ASCII commas and blanks after them: the lines holding figures were
    a few columns short of the width and kept their wrap blanks (``由章 程规定``)."""
    cleaned = clean((PAGES / "beijing_coops_pdf_spaces_digits.txt").read_text(encoding="utf-8"))
    assert "成员代表大会代表的选举办法由章程规定。" in cleaned
    assert "成员151人至500人的，理事会成员一般不少于5人，监事会成员一般不少于3人" in cleaned
    for sentence in ("本社接受国家财政直接补助", "按比例分配给成员。", "成员资格终止前的可分配盈余", "由章程规定。"):
        assert sentence in cleaned
    gaps = [cleaned[m.start() - 2 : m.end()] for m in regex.finditer(r"\p{Han}[ \u3000]\p{Han}", cleaned) if m.group()[0] not in "条章日"]
    # left: blanks after 社 and 行 (the wrap rule reads them as the end of an organ's name in a list: the layout
    # rules' concern) and one after a sentence's end (no wrap shown there)
    assert set(gaps) <= {"合作社 建", "合作社 实", "合作社 的", "务。鼓 励", "相应行 政"}, gaps


def test_a_typed_gap_off_the_width_stays():
    """A gap between two Chinese characters that is one and a half printed lines from the last wrap is no wrap."""
    line = "推进医保基金即时结算改革是贯彻落实党的二十届三中全会精 神的具体举措，有助于进一步优化医保基金结算运行管理机制，提高 结算效率。"
    page = "\n".join([line] * 6) + "\n第一条 " + "本办法所称" * 6 + "张三 李四" + "共同负责" * 3 + "。"
    removed = {e.start for e in wrap_spaces(page)}
    at = page.index("张三 李四") + 2
    assert at not in removed and len(removed) == 12


@pytest.mark.parametrize("text", [
    "权 \t\n(" * 40000,
    "权\u3000\n（quan）" * 25000,
    ("成员超过500人 的" * 20 + "\n") * 1000,
])
def test_hostile_pages_are_read_in_linear_time(text):
    import time

    t0 = time.process_time()
    remove_ruby_pinyin(text)
    wrap_spaces(text)
    join_wrapped_anchors(text)
    assert time.process_time() - t0 < 20
