"""Session 26, ruby room: a reading written in another glyph set or set off by another delimiter
(:mod:`corpus_tools.clean.ruby_glyphs`).  The glyph set is read from Unicode's data (compatibility
decompositions, letter names), the delimiters as any pair of one mark, or a joiner between syllables;
the evidence is the ruby rule's own (the reading spells a reading of the neighbouring Han characters).
The benchmark showed superscript modifier letters glued to their characters; the members marked
"imagined" were written before coding and never seen in a benchmark."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.ruby import find_residual_ruby, find_ruby, remove_ruby_pinyin
from corpus_tools.clean.ruby_glyphs import latin_letter, latin_view

LAW = "第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，促进城镇住房建设，根据国务院《住房公积金管理条例》，结合本市实际情况，制定本规定。"


def _dress(glue) -> str:
    """LAW with the readings of 维 进 管 理 本 况 written by ``glue(reading)`` after their characters."""
    out = LAW
    for char, reading in (("维", "wei"), ("进", "jin"), ("管", "guan"), ("理", "li"), ("本", "ben"), ("况", "kuang")):
        out = out.replace(char, char + glue(reading), 1)
    return out


def _spell(table: dict[str, str]):
    return lambda reading: "".join(table[c] for c in reading)


SUPERSCRIPT = dict(zip("abeghijklnruwgz", "ᵃᵇᵉᵍʰⁱʲᵏˡⁿʳᵘʷᵍᶻ"))
SMALL_CAPITALS = dict(zip("abeghijklnruwz", "ᴀʙᴇɢʜɪᴊᴋʟɴʀᴜᴡᴢ"))
MATH_BOLD = {c: chr(0x1D41A + ord(c) - ord("a")) for c in "abcdefghijklmnopqrstuvwxyz"}
MATH_SANS = {c: chr(0x1D5BA + ord(c) - ord("a")) for c in "abcdefghijklmnopqrstuvwxyz"}
CIRCLED = {c: chr(0x24D0 + ord(c) - ord("a")) for c in "abcdefghijklmnopqrstuvwxyz"}
SUBSCRIPT_CAPITAL = dict(zip("abeghijklnruwz", "ᴬᴮᴱᴳᴴᴵᴶᴷᴸᴺᴿᵁᵂ\u1dbb"))


@pytest.mark.parametrize(
    "glue",
    [
        pytest.param(_spell(SUPERSCRIPT), id="benchmark: superscript modifier letters glued"),
        pytest.param(_spell(SMALL_CAPITALS), id="imagined: small capitals glued (names only, no decomposition)"),
        pytest.param(_spell(MATH_BOLD), id="imagined: mathematical bold glued"),
        pytest.param(_spell(MATH_SANS), id="imagined: mathematical sans-serif glued"),
        pytest.param(_spell(CIRCLED), id="imagined: circled letters glued"),
        pytest.param(lambda r: "(" + _spell(SUPERSCRIPT)(r) + ")", id="imagined: superscript letters in brackets"),
        pytest.param(lambda r: _spell(SUPERSCRIPT)(r) + "³", id="imagined: superscript letters with tone numbers"),
        pytest.param(lambda r: "/" + r + "/", id="imagined: slashes as the pair"),
        pytest.param(lambda r: "|" + r + "|", id="imagined: bars as the pair"),
        pytest.param(lambda r: "“" + r + "”", id="imagined: quotation marks as the pair"),
        pytest.param(lambda r: "_" + r + "_", id="imagined: underscores as the pair"),
        pytest.param(lambda r: "/" + _spell(SMALL_CAPITALS)(r) + "/", id="imagined: small capitals between slashes"),
    ],
)
def test_reading_in_another_glyph_set_or_delimiter_goes(glue):
    raw = _dress(glue)
    assert raw != LAW
    assert clean_and_explain(raw).text == LAW


def test_word_reading_joined_by_a_mark_glued_to_its_word_goes():
    # imagined: a word's syllables joined by a hyphen, glued after the word, toned
    raw = "第一条 为了维护wéi-hù权益，促进cù-jìn城镇住房建设，根据国务院《住房公积金管理guǎn-lǐ条例》，结合本市běn-shì实际，制定本规定。"
    assert clean_and_explain(raw).text == "第一条 为了维护权益，促进城镇住房建设，根据国务院《住房公积金管理条例》，结合本市实际，制定本规定。"


def test_removed_characters_are_the_originals():
    raw = "维ʷᵉⁱ护住房，促进ʲⁱⁿ城镇，管ᵍᵘᵃⁿ理ˡⁱ条例，本/ben/市"
    text, edits, _ = remove_ruby_pinyin(raw)
    assert text == "维护住房，促进城镇，管理条例，本市"
    assert [e.before for e in edits] == ["ʷᵉⁱ", "ʲⁱⁿ", "ᵍᵘᵃⁿ", "ˡⁱ", "/ben/"]
    assert all(raw[e.start:e.end] == e.before for e in edits)
    assert [e.before for e in find_residual_ruby(raw)] == ["ʷᵉⁱ", "ʲⁱⁿ", "ᵍᵘᵃⁿ", "ˡⁱ", "/ben/"]


@pytest.mark.parametrize(
    "raw",
    [
        "价格为每千克10元/kg，和/或",
        "二氧化碳CO₂排放，容量5ℓ，面积100m²，温度25℃",
        "第Ⅴ类水体，Ⓐ级企业，其中ᵃ项、ᵇ项，注释ⁱ、注释ⁱⁱ",
        "|名称|拼写|\n|北京|Beijing|\n|上海|Shanghai|\n|广州|Guangzhou|\n|深圳|Shenzhen|",
        "北京/Beijing/、上海/Shanghai/、广州/Guangzhou/、深圳/Shenzhen/、天津/Tianjin/、重庆/Chongqing/、成都/Chengdu/",
        "华为Wi-Fi设备，GB/T 5G标准，本规定所称“App”是指，称“AI”，公式x_i和y_i",
        "接口/api/v1/，中华人民共和国民法典（Civil Code），例如e-mail、t-shirt",
        "他说“hao”，我说“ma”，见附件*A*和附件*B*",
        "教授汉语拼音：维/wéi/护，声调ˊ",
    ],
)
def test_clean_text_with_other_glyphs_and_marks_is_byte_identical(raw):
    assert find_ruby(raw)[0] == []
    assert remove_ruby_pinyin(raw)[0] == raw


def test_glyph_sets_are_read_from_unicode_data_not_a_list():
    # every letter of the mathematical alphanumeric block that decomposes to a Latin letter folds,
    # and nothing of another alphabet does
    import unicodedata

    folded = {chr(c) for c in range(0x1D400, 0x1D6A4) if latin_letter(chr(c))}
    decomposing = {chr(c) for c in range(0x1D400, 0x1D6A4) if unicodedata.normalize("NFKC", chr(c)).isascii() and unicodedata.normalize("NFKC", chr(c)).isalpha()}
    assert folded == decomposing and len(folded) > 600
    assert [latin_letter(c) for c in "αβγабвçñ"] == [""] * 8


def test_view_is_one_character_for_one_and_identity_on_plain_text():
    plain = LAW + "（一）(APP)、（试行）"
    assert latin_view(plain) is plain
    for raw in (_dress(_spell(SUPERSCRIPT)), _dress(lambda r: "/" + r + "/"), "维护wéi-hù权益"):
        assert len(latin_view(raw)) == len(raw)


@pytest.mark.parametrize(
    "mark",
    [
        pytest.param("，", id="imagined: a gloss between commas"),
        pytest.param(" ", id="imagined: a gloss between blanks"),
        pytest.param("/", id="imagined: a gloss between slashes"),
        pytest.param("、", id="imagined: a gloss between enumeration commas"),
    ],
)
def test_homophone_gloss_without_brackets_goes_with_the_page_habit(mark):
    raw = f"第一条 马鞍{mark}音安{mark}山市的财政{mark}音证{mark}部门，构成{mark}音城{mark}犯罪的，依法处理。"
    assert clean_and_explain(raw).text == "第一条 马鞍山市的财政部门，构成犯罪的，依法处理。"


@pytest.mark.parametrize(
    "raw",
    [
        "第一条 马鞍，音安，山市的规定。",  # one gloss is no habit
        "第一条 事实，实施，是，市，式，方式，方法，录音，音像，声音，音乐。",  # homophones listed, no label
        "第一条 甲、乙、丙、丁，录制，音像制品，音乐作品，声音，音量。",
    ],
)
def test_text_that_looks_like_unbracketed_glosses_stays(raw):
    assert remove_ruby_pinyin(raw)[0] == raw


def test_shipped_latin_letters_match_unicode_data():
    from corpus_tools.clean.ruby_glyphs import LATIN_LETTERS_FILE, compute_latin_letters, render_latin_letters

    assert LATIN_LETTERS_FILE.read_text(encoding="utf-8") == render_latin_letters(compute_latin_letters())
