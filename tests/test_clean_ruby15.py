"""Ruby readings away from brackets (session 15, ruby15): rows of readings on a line of their
own, and readings stuck before their characters.

Positive cases are real law text (the source is named with each snippet) damaged the way the
blind members ``ruby_blind_rt_rows`` and ``ruby_blind_glued_before`` of
tests/noise/wide/families/ruby.py damage it; negative cases are clean text that holds Latin
letters next to Han characters or on lines of their own, which must come out byte-identical;
the real ruby pages of field test 14 (toned pinyin in brackets) must get no edit from the new
passes.
"""

from __future__ import annotations

import time
import pytest

from corpus_tools.clean.ruby import _bare_readings_ahead, find_ruby, remove_ruby_pinyin
from corpus_tools.clean.ruby_rows import rt_rows

def _kept(text: str) -> None:
    out, edits, _ = remove_ruby_pinyin(text)
    assert out == text, [e.before for e in edits]


# --------------------------------------------------------------------------- rows of readings

# 宁波市环境污染防治规定(2019-04-18) 第二条 and 第三条 (/work/ref/DLC, 浙江地方法规)
NINGBO = (
    "第一条 为了保护和改善环境，防治污染，保障环境安全与公众健康，制定本规定。\n\n"
    "第二条 本规定适用于本市行政区域内的环境污染防治活动。\n\n"
    "海洋环境污染防治依照海洋环境保护有关法律、法规执行。\n\n"
    "第三条 各级人民政府应当对本行政区域的环境质量负责。\n"
)


@pytest.mark.parametrize(
    "rows",
    [
        ("dì èr tiáo\n", "hǎi yáng huán jìng\n"),  # tone marks, one blank
        ("di  er  tiao\n", "hai  yang\n"),  # toneless, aligned with two blanks
        ("dì\u3000èr\u3000tiáo\n", "dì\u3000sān\u3000tiáo\n"),  # ideographic spaces
        ("di4 er4 tiao2\n", "hai3 yang2 huan2 jing4\n"),  # tone numbers
        ("dì-èr-tiáo\n", "hǎiyáng huánjìng\n"),  # words run together, hyphens
    ],
)
def test_rows_above_their_line_go(rows):
    first, second = rows
    damaged = NINGBO.replace("第二条", first + "第二条").replace("海洋", second + "海洋", 1)
    if "sān" in second:
        damaged = NINGBO.replace("第二条", first + "第二条").replace("第三条", second + "第三条")
    out, edits, _ = remove_ruby_pinyin(damaged)
    assert out == NINGBO, [e.before for e in edits]


def test_row_below_its_line_and_over_the_middle_of_a_line_goes():
    """ruby-position: under puts the row after its line; a ruby over 防治污染 starts mid-line."""
    damaged = NINGBO.replace("活动。\n", "活动。\nhuó dòng\n").replace("第一条", "fáng zhì wū rǎn\n第一条")
    out, _, _ = remove_ruby_pinyin(damaged)
    assert out == NINGBO


# clean text with Latin lines: an English title over its Chinese one, codes, a bilingual list,
# names in pinyin orthography over the characters they spell, a single row
ROWS_KEPT = [
    "Regulations on Environmental Protection\n宁波市环境污染防治规定\n\nArticle 1\n第一条 为了保护和改善环境。\n",
    "ISO 9001\n质量管理体系 要求\n\nGB T 19001\n质量管理体系\n",
    "Zhonghua Renmin Gongheguo\n中华人民共和国\n\nBeijing Shi\n北京市\n",
    "dì èr tiáo\n第二条 本规定适用于本市行政区域内的环境污染防治活动。\n",
    "附件\na\n阿司匹林\nb\n布洛芬\n",
    "www nbepb gov cn\n宁波市生态环境局\nemail\n电子邮箱\n",
]


@pytest.mark.parametrize("text", ROWS_KEPT)
def test_latin_lines_that_read_nothing_stay(text):
    _kept(text)


def test_rows_on_a_page_teaching_pinyin_stay():
    text = "汉语拼音教学：\nbā lā\n八拉\ndā mā\n搭妈\n"
    out, edits, warnings = remove_ruby_pinyin(text)
    assert out == text and warnings


# --------------------------------------------------------------------------- readings stuck before

# 上海市住房公积金管理若干规定 (/work/ref/DLC, 上海地方法规), damaged by ruby_blind_glued_before
SHANGHAI = "职工和单位住房公积金的缴存比例，由市公积金管理中心拟订，经市住房公积金管理委员会审核后，报市人民政府批准。"
SHANGHAI_DAMAGED = "zhí职工和单位zhù住房公ji积金的jiǎo缴存比例，由市公积jīn金guǎn管理中心拟订，经shì市住房公积金管理委员会审hé核后，报市人民政府批准。"


def test_readings_stuck_before_their_characters_go():
    out, edits, _ = remove_ruby_pinyin(SHANGHAI_DAMAGED)
    assert out == SHANGHAI, [e.before for e in edits]


def test_a_single_vowel_goes_only_with_the_page():
    damaged = "dì第èr二tiáo条 缴存最高限e额"
    assert remove_ruby_pinyin(damaged)[0] == "第二条 缴存最高限额"
    _kept("缴存最高限e额，A股、B超")


# 宁波市环境污染防治规定 第二条 (/work/ref/DLC): readings stuck after or before their characters
# with tone numbers (pypinyin TONE3), and in Zhuyin (a Taiwan page's ruby without <rp>)
NINGBO_2 = "第二条 本规定适用于本市行政区域内的环境污染防治活动。2019年3月28日批准。"


@pytest.mark.parametrize(
    "damaged",
    [
        "第di4二er4条tiao2 本ben3规定适shi4用于本市行xing2政区域内的环境污染防治活动。2019年nian23月28日批准。",
        "di4第er4二条 本规定shi4适用于本市xing2行政区域nei4内的环境污染防治活动。2019年3月28日批准。",
        "第ㄉㄧˋ二ㄦˋ条ㄊㄧㄠˊ 本规定适用于本市行政区域内的环境污染防治活动。2019年3月28日批准。",
    ],
)
def test_bare_readings_with_tone_numbers_or_zhuyin_go(damaged):
    out, edits, _ = remove_ruby_pinyin(damaged)
    assert out == NINGBO_2, [e.before for e in edits]


def test_a_toneless_page_keeps_the_number_after_a_reading():
    damaged = "第di二er条tiao 本ben规定适用于本市。2019年nian3月28日批准。"
    assert remove_ruby_pinyin(damaged)[0] == "第二条 本规定适用于本市。2019年3月28日批准。"


BEFORE_KEPT = [
    "第十条 A股、B股和H股的上市公司，应当按照X射线、B超检查标准执行。",
    "Beijing北京、Shanghai上海、Guangzhou广州、Shenzhen深圳",
    "下载ofo单车、vivo手机、iPhone手机、eBay网站的应用。",
    "pH值、Q值、ISO标准、e租宝案件",
    "使用A4纸、B5纸打印，存入U盘，mp3播放器、a1区、b2区不在此列。",
    "注音符号ㄅㄆㄇㄈ是汉字的注音，不得删除。",
]


@pytest.mark.parametrize("text", BEFORE_KEPT)
def test_latin_stuck_before_han_that_reads_nothing_stays(text):
    _kept(text)


# --------------------------------------------------------------------------- real ruby pages


# field test 14: pages14_spam/nakedoat_govweb_2011-01_content_1779393.txt and
# pages14_trad/zgkjsz_2021_1201_12182467.txt (/work/field14), first lines
REAL_RUBY_PAGES = [
    "  當(dāng)前位置: 首頁(yè)>> 今日中國(guó)>> 中國(guó)要聞\n \n財(cái)政部發(fā)布2011年我國(guó)彩票市場(chǎng)春節(jié)休市公告\n"
    "中央政府門(mén)戶網(wǎng)站 www.nakedoat.com   2011年01月06日   來(lái)源:新華社\n\n"
    "    新華社北京1月6日電 財(cái)政部日前發(fā)布2011年第1號(hào)公告,根據(jù)《財(cái)政部關(guān)于實(shí)行彩票市場(chǎng)春節(jié)休市制度的通知》等有關(guān)規(guī)定\n",
    "陶俊怡\n(中山大學(xué) 馬克思主義學(xué)院,廣東 廣州 510275)\n"
    "探索百年大黨永葆生機活力,不改先進本色的奧秘,“黨的紀律建設(shè)”毫無疑問占據(jù)重要位置。"
    "從根本上來講,黨的紀律是黨創(chuàng)制的,各級黨組和全體黨員必須遵守的行為規(guī)則,其本身就是黨內(nèi)制度的核心。\n",
]


@pytest.mark.parametrize("text", REAL_RUBY_PAGES)
def test_real_bracketed_ruby_pages_get_nothing_from_the_new_passes(text):
    assert find_ruby(text)[0], "the page's bracketed ruby is found"
    assert rt_rows(text) == [] and _bare_readings_ahead(text) == []


# --------------------------------------------------------------------------- linear scans


@pytest.mark.parametrize(
    "text",
    [
        "dì第" * 50_000,
        "a" * 200_000 + "第",
        ("de " * 120 + "\n" + "的" * 360 + "\n") * 250,
        ("dì èr\n" + "第二" * 5) * 16_000,
        "\n" + " " * 200_000 + "dì",
        "中 wèi " * 30_000,
        "房(fa\n" * 30_000,
        "房(fa\nng)" * 25_000,
        "1(yī)" * 40_000,
        "12345678(a)" * 18_000,
        ("a" * 450 + "\n") * 450,
        "中(Jing-ji)" * 20_000,
    ],
)
def test_scans_stay_linear(text):
    t0 = time.process_time()
    find_ruby(text)
    assert time.process_time() - t0 < 10


# --------------------------------------------------------------------------- cut by a wrap, other spellings

# field test 14, pages14_spam/nakedoat_govweb_2011-01_content_1779393.txt: the wrap fell inside 國's reading
NAKEDOAT_CUT = "當(dāng)前位置: 首頁(yè)>> 今日中國(guó)>> 中國(g\nuó)要聞\n財(cái)政部發(fā)布2011年我國(guó)彩票市場(c\nhǎng)春節(jié)休市公告"


def test_readings_a_wrap_cut_go_in_the_ruby_rule():
    out, edits, _ = remove_ruby_pinyin(NAKEDOAT_CUT)
    assert out == "當前位置: 首頁>> 今日中國>> 中國要聞\n財政部發布2011年我國彩票市場春節休市公告", [e.before for e in edits]


@pytest.mark.parametrize(
    "damaged",
    [
        # capitals and a word reading cut by a wrap, on a page whose ruby makes the consensus
        "第一条 为了规范住房(FA\nNG)建设(SHE)的管理(LI)，制定本办法。",
        "第一条 为了规范中华(zhōng\nhuá)人(rén)民(mín)的管理，制定本办法。",
        # ü written u: (CC-CEDICT's spelling), guillemets
        "第一条 为了规范绿(lu:4)化(hua4)略(lu:e4)的管理，制定本办法。",
        "第一条 为了规范住房‹fáng›建设«shè»的管理，制定本办法。",
    ],
)
def test_more_spellings_go(damaged):
    out, edits, _ = remove_ruby_pinyin(damaged)
    assert not any(c.isascii() and c.isalpha() for c in out), out
    assert all(c not in out for c in "()‹›«»"), out


@pytest.mark.parametrize(
    "text",
    [
        "第一条 附件(a\nb)所列事项，依照(see\nalso)办理。",
        "第一条 本办法所称中华(Zhong\nhua)，是指……",  # one capitalised word reading: no consensus
        "第五条 比例为(1:2)，详见«WTO协定»、‹附件›。",
    ],
)
def test_wrapped_or_guillemet_latin_that_reads_nothing_stays(text):
    _kept(text)


# --------------------------------------------------------------------------- readings of numbers

# 宁波市环境污染防治规定 (/work/ref/DLC): its dates and article numbers in Arabic digits, read
DATES = "2018年12月26日 宁波市第十五届人民代表大会常务委员会第十六次会议修订"


def test_readings_of_arabic_numbers_go_with_the_page():
    damaged = "2018(èr líng yī bā)年(nián)12(shí èr)月(yuè)26(èr shí liù)日(rì) 宁波市第十五届人民代表大会常务委员会第十六次会议修订"
    assert remove_ruby_pinyin(damaged)[0] == DATES


@pytest.mark.parametrize(
    "text",
    [
        "第3(sān)条",  # one group: no page consensus
        "面积为30(m)，共3(a)类，比例为1(一)比2",
        "附件3(san)所列",  # one toneless group after a number, nothing else on the page
    ],
)
def test_groups_after_numbers_without_the_page_stay(text):
    _kept(text)


# --------------------------------------------------------------------------- blanks, toned word readings without brackets

# 宁波市环境污染防治规定 第一条 (/work/ref/DLC)
NINGBO_1 = "第一条 为了保护和改善环境，防治污染，保障环境安全与公众健康，制定本规定。"


@pytest.mark.parametrize(
    "damaged",
    [
        "第一条 为 wèi 了 le 保 bǎo 护 hù 和改善环境，防治污染，保障环境安全与公众健康，制定本规定。",
        "第一条 为了wèile保护bǎohù和改善gǎishàn环境huánjìng，防治污染，保障环境安全与公众健康，制定本规定。",
        "第一条 wèile为了bǎohù保护和gǎishàn改善huánjìng环境，防治污染，保障环境安全与公众健康，制定本规定。",
    ],
)
def test_spaced_readings_and_toned_word_readings_go(damaged):
    out, edits, _ = remove_ruby_pinyin(damaged)
    assert out == NINGBO_1, [e.before for e in edits]


@pytest.mark.parametrize(
    "text",
    [
        "第一条 采用 app 下单，使用 GPS 定位，重量以 kg 计，登录 www 网站。",
        "北京beijing、上海shanghai、广州guangzhou",  # untoned lower-case words: names, no consensus
        "第十条 本条所称 ISO 标准、IEC 标准，是指国际标准。",
    ],
)
def test_latin_words_a_blank_sets_apart_stay(text):
    _kept(text)


# --------------------------------------------------------------------------- capitalised word readings

# 浙江省曹娥江流域水环境保护条例(2020-11-27) 第一条 and 枣庄市环城绿道管理条例 第一条 (/work/ref/DLC), with
# word readings as the session-13 member ruby_blind_word writes them (capitalised, untoned)
CAOEJIANG = "为了保护和改善曹娥江生态环境，保障曹娥江流域的经济和社会可持续发展，根据《中华人民共和国水污染防治法》和其他有关法律、行政法规的规定，制定本条例。"
ZAOZHUANG = "为了加强枣庄市环城绿道的保护和管理，提升环城绿道的综合功能，促进生态文明建设，根据有关法律、法规，结合本市实际，制定本条例。"


@pytest.mark.parametrize("sep", ["-", " ", ""])
def test_capitalised_word_readings_of_a_page_vocabulary_go(sep):
    def gloss(text, words):
        for word, reading in words:
            text = text.replace(word, word + "（" + sep.join(reading) + "）", 1)
        return text

    words = [("保护", ("Bao", "hu")), ("改善", ("Gai", "shan")), ("生态", ("Sheng", "tai")), ("经济", ("Jing", "ji")),
             ("社会", ("She", "hui")), ("发展", ("Fa", "zhan")), ("根据", ("Gen", "ju")), ("法律", ("Fa", "lv")),
             ("规定", ("Gui", "ding"))]
    more = [("加强", ("Jia", "qiang")), ("管理", ("Guan", "li")), ("功能", ("Gong", "neng")), ("建设", ("Jian", "she"))]
    if sep == " ":
        words = [(w, (r[0], r[1].capitalize())) for w, r in words]  # 经济（Jing Ji）
        more = [(w, (r[0], r[1].capitalize())) for w, r in more]
    damaged = gloss(CAOEJIANG, words) + "\n" + gloss(ZAOZHUANG, more)
    out, edits, _ = remove_ruby_pinyin(damaged)
    assert out == CAOEJIANG + "\n" + ZAOZHUANG, [e.before for e in edits]


NAME_LISTS = [
    # a 地名 regulation's roads, gates and stations: ten names, each glossed once
    "本市主要道路：中山路(Zhongshan Lu)、人民路(Renmin Lu)、解放路(Jiefang Lu)、建设路(Jianshe Lu)、和平路(Heping Lu)、"
    "长江路(Changjiang Lu)、黄河路(Huanghe Lu)、延安路(Yan'an Lu)、胜利街(Shengli Jie)、文化街(Wenhua Jie)。"
    "站名：西直门（Xizhimen）、东直门（Dongzhimen）、复兴门（Fuxingmen）、建国门（Jianguomen）。",
    # a 处罚 notice's parties
    "当事人：王芳(Wang Fang)，李明(Li Ming)，张伟(Zhang Wei)，刘洋(Liu Yang)，陈静(Chen Jing)，杨磊(Yang Lei)，"
    "赵强(Zhao Qiang)，黄敏(Huang Min)，周杰(Zhou Jie)，吴刚(Wu Gang)。",
]


@pytest.mark.parametrize("text", NAME_LISTS)
def test_long_lists_of_romanised_names_stay(text):
    _kept(text)
