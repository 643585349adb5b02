"""Session 27, ruby room: a reading written in another writing system than Latin letters
(:mod:`corpus_tools.clean.ruby_scripts`).  The benchmark (set 9, development) showed Cyrillic
readings in the Palladius system after their characters (``公（гун）积金``); the members marked
"imagined" were written before coding and never seen in a benchmark: a Greek-letter, a Hangul
and a katakana transcription of the Mandarin sound, none of which the rule holds a table for
(the page's consistency is their evidence), and Palladius as a word reading."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.ruby import find_residual_ruby, find_ruby, remove_ruby_pinyin
from corpus_tools.clean.ruby_scripts import palladius, script_readings

LAW = (
    "第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，促进城镇住房建设，提高城镇居民的居住水平，"
    "根据国务院《住房公积金管理条例》，结合本市实际情况，制定本规定。\n"
    "第二条 本规定适用于本市行政区域内住房公积金的缴存、提取、使用和监督管理。\n"
    "第三条 市住房公积金管理委员会是本市住房公积金管理的决策机构。"
)

#: Each annotated character's reading in a transcription system, as a learner's page writes it.
PALLADIUS = {"市": "ши", "适": "ши", "是": "ши", "实": "ши", "金": "цзинь", "进": "цзинь", "居": "цзюй",
             "据": "цзюй", "建": "цзянь", "监": "цзянь", "理": "ли", "例": "ли", "本": "бэнь", "管": "гуань",
             "提": "ти", "决": "цзюэ", "策": "цэ"}
#: Greek letters as Greek pages spell Mandarin (Σι Τζινπίνγκ), accents included.
GREEK = {"市": "σι", "适": "σι", "是": "σι", "实": "σι", "金": "τζιν", "进": "τζιν", "居": "τζιού",
         "据": "τζιού", "建": "τζιέν", "监": "τζιέν", "理": "λι", "例": "λι", "本": "μπεν", "管": "γκουάν",
         "提": "τι", "决": "τζουέ", "策": "τσε"}
#: Hangul as the Korean standard transcribes Mandarin (not the Sino-Korean reading).
HANGUL = {"市": "스", "适": "스", "是": "스", "实": "스", "金": "진", "进": "진", "居": "쥐", "据": "쥐",
          "建": "젠", "监": "젠", "理": "리", "例": "리", "本": "번", "管": "관", "提": "티", "决": "줴", "策": "처"}
#: Katakana as Japanese textbooks transcribe Mandarin (long vowels marked ー).
KATAKANA = {"市": "シー", "适": "シー", "是": "シー", "实": "シー", "金": "ジン", "进": "ジン", "居": "ジュイ",
            "据": "ジュイ", "建": "ジエン", "监": "ジエン", "理": "リー", "例": "リー", "本": "ベン", "管": "グアン",
            "提": "ティー", "决": "ジュエ", "策": "ツォー"}


def _annotate(table: dict[str, str], opener: str = "（", closer: str = "）", text: str = LAW) -> str:
    return "".join(c + (opener + table[c] + closer if c in table else "") for c in text)


@pytest.mark.parametrize(
    "table, brackets",
    [
        pytest.param(PALLADIUS, "（）", id="benchmark: Cyrillic Palladius in full-width brackets"),
        pytest.param(PALLADIUS, "[]", id="benchmark: Cyrillic Palladius in square brackets"),
        pytest.param({k: v.upper() for k, v in PALLADIUS.items()}, "()", id="imagined: Palladius in capitals"),
        pytest.param(GREEK, "（）", id="imagined: Greek-letter transcription (no table: consistency)"),
        pytest.param(HANGUL, "（）", id="imagined: Hangul transcription of the Mandarin sound (no table)"),
        pytest.param(KATAKANA, "（）", id="imagined: katakana transcription (no table)"),
        pytest.param(KATAKANA, "【】", id="imagined: katakana transcription in lenticular brackets"),
    ],
)
def test_reading_in_another_writing_system_goes(table, brackets):
    raw = _annotate(table, *brackets)
    assert raw != LAW
    assert clean_and_explain(raw).text == LAW


def test_palladius_reading_on_a_short_text_goes_by_the_table():
    # benchmark's shape: a few characters of one article read, no homophones needed
    raw = "为了加强本市住房公（гун）积金的管理，促（цу）进城镇住房建设，提（ти）高城镇居民的居住水平，根据（цзюй）国（го）务院规定。"
    assert remove_ruby_pinyin(raw)[0] == "为了加强本市住房公积金的管理，促进城镇住房建设，提高城镇居民的居住水平，根据国务院规定。"


def test_palladius_word_reading_goes():
    # imagined: a word's reading, syllables apart or hyphened, with the page's other readings
    raw = "中国（чжун го）人民，公（гун）积金，促（цу）进，维护（вэй-ху）权益。"
    assert remove_ruby_pinyin(raw)[0] == "中国人民，公积金，促进，维护权益。"


def test_palladius_table():
    assert [palladius(s) for s in ("zhong", "ju", "gen", "he", "guo", "guan", "shi", "zi", "ye", "you", "wei", "lve", "xiong", "er")] == [
        "чжун", "цзюй", "гэнь", "хэ", "го", "гуань", "ши", "цзы", "е", "ю", "вэй", "люэ", "сюн", "эр"]


def test_removed_characters_are_the_originals_and_residual_sees_them():
    raw = "住房公（гун）积金，促[цу]进，提（ти）高，根据（цзюй）规定"
    text, edits, _ = remove_ruby_pinyin(raw)
    assert text == "住房公积金，促进，提高，根据规定"
    assert all(raw[e.start:e.end] == e.before for e in edits)
    assert [e.before for e in find_residual_ruby(raw)] == ["（гун）", "[цу]", "（ти）", "（цзюй）"]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("第五条 俄罗斯联邦总统普京（Путин）与国家主席会谈，双方签署联合声明。", id="a Russian name"),
        pytest.param("第一条 缔约双方（Договаривающиеся Стороны）同意，本协定（Соглашение）依照各自法律（законы）执行，"
                     "协定（Соглашение）自签字之日起生效，缔约双方（Стороны）另有约定的除外。", id="a treaty's Russian terms"),
        pytest.param("系数（α）取0.85，角度（β）不小于30度，系数（α）按附表确定，温度系数（γ）取1.2，摩擦角（φ）按试验确定。",
                     id="Greek letters of formulas"),
        pytest.param("代表团访问首尔（서울）、釜山（부산）、仁川（인천）和大邱（대구），会见市长（시장）。", id="Korean place names"),
        pytest.param("通知（お知らせ）：申请（しんせい）人应当于期限（きげん）内提交材料（ざいりょう），申请（しんせい）书一式两份。",
                     id="a bilingual Japanese notice"),
        pytest.param("第三条 本规定所称“物业”（ملكية）是指房屋（بيت）及配套设施（مرافق）。", id="Arabic terms"),
        pytest.param("大（да）会决定，那（на）些事项另行规定。", id="Russian words that spell one syllable by chance, once each"),
    ],
)
def test_foreign_words_in_brackets_stay(raw):
    assert clean_and_explain(raw).text == raw
    assert script_readings(raw) == []


def test_a_russian_name_on_a_palladius_page_stays():
    raw = _annotate(PALLADIUS) + "\n第四条 普京（Путин）来访。"
    assert clean_and_explain(raw).text == LAW + "\n第四条 普京（Путин）来访。"


def test_teaching_text_keeps_its_readings():
    raw = "俄语拼音对照：中（чжун）、国（го）、公（гун）、人（жэнь）。"
    edits, warnings = find_ruby(raw)
    assert edits == [] and len(warnings) == 4


#: A page's other readings set off by slashes (the consensus a word's reading needs).
SLASHED = "第一条 本/běn/市/shì/的住/zhù/房，"


@pytest.mark.parametrize(
    "raw, clean",
    [
        pytest.param(SLASHED + "每年/měinián/5月12日所在周为宣传周，维护/wéihù/权益。", "第一条 本市的住房，每年5月12日所在周为宣传周，维护权益。",
                     id="benchmark: slash pair before a digit"),
        pytest.param(SLASHED + "开放时间不少于/shǎoyú/8小时，维护/wéihù/权益。", "第一条 本市的住房，开放时间不少于8小时，维护权益。",
                     id="benchmark: slash pair before a digit (2)"),
        pytest.param(SLASHED + "维护/wéihù/权益。\n养护和维修/hé wéi xiū/\n第二条 本规定自公布之日起施行。",
                     "第一条 本市的住房，维护权益。\n养护和维修\n第二条 本规定自公布之日起施行。", id="benchmark: slash pair at a line's end"),
        pytest.param("第|dì|3条 维护|wéihù|权益，自公布之日|rì|起施行|shīxíng|", "第3条 维护权益，自公布之日起施行",
                     id="imagined: bars before a digit and at the text's end"),
        pytest.param("第“dì”3条 本“běn”市“shì”维护“wéihù”权益，自公布之日“rì”起施行“shīxíng”\n", "第3条 本市维护权益，自公布之日起施行\n",
                     id="imagined: quotation marks before a digit and at a line's end"),
    ],
)
def test_pair_before_a_digit_or_at_a_line_end_goes(raw, clean):
    assert clean_and_explain(raw).text == clean


@pytest.mark.parametrize(
    "raw",
    [
        "每千克10元/kg/5天，和/或/3项",
        "接口地址为政府网/api/\n标准/GB/",
        "北京/Beijing/\n上海/Shanghai/\n广州/Guangzhou/",
    ],
)
def test_pairs_that_read_nothing_stay_before_digits_and_at_line_ends(raw):
    assert remove_ruby_pinyin(raw)[0] == raw


#: Sino-Korean readings of the characters (how Korean reads Hanja, not the Mandarin sound).
SINO_KOREAN = {"市": "시", "适": "적", "是": "시", "实": "실", "金": "금", "进": "진", "居": "거", "据": "거",
               "建": "건", "监": "감", "理": "리", "例": "례", "本": "본", "管": "관", "提": "제", "决": "결", "策": "책"}


def test_another_languages_readings_of_the_characters_stay():
    # homophones of Mandarin written apart (市 시, 实 실, 适 적: all shi) are no transcription of the Mandarin sound
    raw = _annotate(SINO_KOREAN)
    assert script_readings(raw) == []
    assert clean_and_explain(raw).text == raw


@pytest.mark.parametrize(
    "glue",
    [
        pytest.param(lambda r: "/" + r + "/", id="imagined: Palladius between slashes"),
        pytest.param(lambda r: "|" + r + "|", id="imagined: Palladius between bars"),
        pytest.param(lambda r: r, id="imagined: Palladius glued between its character and the next"),
    ],
)
def test_palladius_reading_set_off_otherwise_goes(glue):
    raw = "".join(c + (glue(PALLADIUS[c]) if c in PALLADIUS else "") for c in LAW)
    assert clean_and_explain(raw).text == LAW


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("申請の期限は、市の規則で定める。本市は公布の日から施行する。市長は必要な措置を講ずる。", id="Japanese text: kana between kanji"),
        pytest.param("俄罗斯首都莫斯科Москва市，圣彼得堡Петербург市，新西伯利亚Новосибирск市。", id="Russian names glued"),
        pytest.param("本市/ши/的规定，系数/α/取值", id="one slashed Cyrillic syllable is no page's evidence"),
    ],
)
def test_glued_or_paired_foreign_letters_that_are_no_page_of_readings_stay(raw):
    assert script_readings(raw) == []
