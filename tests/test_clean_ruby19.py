"""Ruby kept beside a word that names pinyin on a page whose ruby is everywhere (session 19).

The suite's combined-noise property failed on 上海市地名管理条例 (hypothesis seed 0, index 3899)
and on 上海市实施《国家通用语言文字法》办法 (index 98): a scraper's ruby was removed everywhere
but within 40 characters of ``拼写`` / ``汉语拼音`` (the teaching guard), leaving
``应当符合国（guo）家（gu）公布的《汉语拼音方案》`` and ``第十（shi）四条``.  These laws name pinyin
as a norm to follow; they do not teach readings.  The clean lines below are copied from the two
laws (DLC/上海地方法规/地方性法规/上海/), the ruby written by hand over them.
"""

from __future__ import annotations

import re
import time

import pytest

from corpus_tools.clean.ruby import find_ruby, remove_ruby_pinyin
from corpus_tools.clean.ruby_rows import rt_rows_outside_teaching

# 上海市地名管理条例, 第二十七条 (line 165-167 of the DLC file)
DIMING = (
    "第二十七条 地名应当按照国家语言文字管理机构公布的规范汉字书写，其中门弄号应当同时用阿拉伯数字书写。\n\n"
    "地名的罗马字母拼写，应当符合国家公布的《汉语拼音方案》和《中国地名汉语拼音字母拼写规则》。\n\n"
    "第二十八条 公告、文件、证件、地图、地理教科书、地名志、地名词典、房地产广告必须使用依法批准的地名。但历史上使用的地名除外。\n"
)
DIMING_RUBY = (
    "第二十七条 地名应当按照国（guo）家语言文字管理机构公布的规范汉字书（shu）写，其中门弄号应当同时用阿拉伯数字书写。\n\n"
    "地名的罗马字母拼写，应当符合国（guo）家（gu）公布的《汉语拼音方案》和《中国地名汉语拼音字母拼写规（gui）则》。\n\n"
    "第二十（shi）八条 公告、文件、证件、地图、地理教科书、地名志、地名词典、房（fang）地产广告必须使用依法批准的地名。但历（li）史上使用的地名除外。\n"
)
# 上海市实施《国家通用语言文字法》办法(2005-12-29), 第十三条、第十四条 (lines 99-103)
TONGYONG = (
    "第十三条 国家机关工作人员、教师、普通高等学校学生、编辑记者、中文字幕制作人员、校对人员以及誊印、牌匾、广告制作业文案工作人员等的汉字应用水平，应当分别达到国家规定的要求。\n\n"
    "第十四条 汉语文出版物、国家机关公文应当符合国家关于普通话、规范汉字、汉语拼音、标点符号、数字用法等的规范和标准。\n\n"
    "国家机关公文、教科书不得使用不符合现代汉语词汇和语法规范的网络语汇。\n"
)
TONGYONG_RUBY = (
    "第十三条 国家机（ji）关工作人员、教师、普通高等学（xue）校学生、编辑记者、中文字幕制作人员、校对人员以及誊印、牌匾、广告制作业文案工作人员等的汉字应用水(shui)平，应当分（fen）别达到国家(jia)规定的要求。\n\n"
    "第十(shi)四条 汉语文出版物、国家机关公文应当符合国家关于普通话、规范汉字、汉语拼音、标点符号、数字用法等的规(gui)范和标准。\n\n"
    "国（guo）家机(ji)关公文、教科书不得使用不符合现代汉语词汇和语法规范的网络语汇。\n"
)


@pytest.mark.parametrize("damaged,clean", [(DIMING_RUBY, DIMING), (TONGYONG_RUBY, TONGYONG)], ids=["diming", "tongyong"])
def test_ruby_beside_a_norm_naming_pinyin_goes_on_a_ruby_page(damaged, clean):
    out, _, _ = remove_ruby_pinyin(damaged)
    assert out == clean
    assert not [w for w in find_ruby(damaged)[1] if "teaches" in w.message]


@pytest.mark.parametrize("clean", [DIMING, TONGYONG], ids=["diming", "tongyong"])
def test_the_clean_laws_stay(clean):
    assert remove_ruby_pinyin(clean)[0] == clean


# Blind variants (notes/ruby19fix/blind.md), invented before the change: other brackets, toned
# readings, other teaching words, rare listed readings beside a title.
BLIND = [
    # B1: full-width brackets, toned readings, 读音 in running text
    ("第五条 播（bō）音员、主（zhǔ）持人应当使用普通话，读音准（zhǔn）确。\n"
     "第六条 广播电视节目的字（zì）幕应当使用规（guī）范汉字，不得出（chū）现错别字。\n"
     "第七条 违反本办法的，由有（yǒu）关部门责令改正。\n"),
    # B2: 【】 and 〔〕, toneless, 声调
    ("第一条 为了规【gui】范语言文字的使用，根据有关法律，制〔zhi〕定本办法。\n"
     "第二条 教材中汉字的声调标注应当准确，不得随意更〔geng〕改。\n"
     "第三条 本办法由市教育行政部门负【fu】责解释。\n第四条 本办法自公布之日起施【shi】行。\n"),
    # B3: rare listed readings (家 gū, 长 zhǎng, 行 héng) beside a title naming pinyin
    ("第九条 路牌应当符合国家（gū）标准《汉语拼音正词法基本规则》，由市长（zhǎng）签发。\n"
     "第十条 道（dao）路名称的标牌，由区（qu）人民政府设置。\n第十一条 任何单（dan）位不得擅自更（geng）改、涂（tu）改路牌。\n"),
]


@pytest.mark.parametrize("damaged", BLIND, ids=["b1_toned_duyin", "b2_brackets_shengdiao", "b3_rare_readings_title"])
def test_blind_variants_lose_their_ruby(damaged):
    clean = _GROUP.sub("", damaged)  # every bracketed run of letters in these texts is ruby
    assert remove_ruby_pinyin(damaged)[0] == clean


_GROUP = re.compile(r"[（【〔(][a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+[）】〕)]")


TAUGHT = [
    # N1: a lesson: its readings stand beside the words that teach them
    "妈(mā)、麻(má)、马(mǎ)、骂(mà)四个字声调不同。",
    # N2: a lesson whose examples run past the window on both sides of its teaching words: most stay near them
    ("汉语拼音教学：爸(bà)、妈(mā)、哥(gē)、弟(dì)。\n声母练习：波(bō)、坡(pō)、摸(mō)、佛(fó)。\n"
     "韵母练习：阿(ā)、喔(ō)、鹅(é)、衣(yī)。"),
    # N3: a law citing 《汉语拼音方案》 with a name's romanisation
    "第八条 外文译写应当符合《汉语拼音方案》，例如张三（Zhang San）、鲁迅（Lǔ Xùn）。",
]


@pytest.mark.parametrize("text", TAUGHT, ids=["n1_lesson", "n2_lesson_rows", "n3_name_glosses"])
def test_taught_readings_and_name_glosses_stay(text):
    assert remove_ruby_pinyin(text)[0] == text


def test_rows_beside_a_norm_naming_pinyin_go_on_a_ruby_page():
    """Rows of readings over their lines (a flattened <rt>): the same page-level evidence."""
    page = ("dì yī tiáo\n第一条\nběn tiáo lì shì yòng yú běn shì\n本条例适用于本市\ndì èr tiáo\n第二条\n"
            "shì mín zhèng jú fù zé shí shī\n市民政局负责实施\ndì sān tiáo\n第三条\n"
            "dì míng pīn xiě yīng dāng fú hé hàn yǔ pīn yīn\n地名拼写应当符合汉语拼音\n")
    edits, warnings = rt_rows_outside_teaching(page)
    assert warnings == []
    assert "".join(page[e.start:e.end] for e in edits) == "".join(line + "\n" for line in page.split("\n")[::2] if line)
    taught = "汉语拼音教学：\nbā lā\n八拉\ndā mā\n搭妈\n"
    assert rt_rows_outside_teaching(taught)[0] == []


def test_hostile_page_naming_pinyin_is_linear():
    text = ("拼音" + "马(ma)牛(niu)羊(yang)" * 20 + "\n") * 1500
    assert len(text) > 200_000
    t = time.process_time()
    find_ruby(text)
    assert time.process_time() - t < 30


def test_a_lesson_listing_past_the_window_keeps_the_readings_beside_its_word():
    """Examples listed on the teaching word's line, past the window, are no evidence of a ruby page
    (invented after the first version of the change had removed all sixteen)."""
    lesson = "声母练习：波(bō)、坡(pō)、摸(mō)、佛(fó)、得(dé)、特(tè)、讷(nè)、勒(lè)、哥(gē)、科(kē)、喝(hē)、基(jī)、欺(qī)、希(xī)、知(zhī)、吃(chī)。\n"
    assert remove_ruby_pinyin(lesson)[0].startswith("声母练习：波(bō)、坡(pō)、摸(mō)、佛(fó)")


def test_hostile_single_line_naming_pinyin_is_linear():
    text = "拼音" + "马(ma)牛(niu)羊(yang)" * 12_000
    assert len(text) > 200_000 and "\n" not in text
    t = time.process_time()
    find_ruby(text)
    assert time.process_time() - t < 30
