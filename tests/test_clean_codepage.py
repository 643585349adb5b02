"""Chinese bytes shown by a single-byte code page (``corpus_tools.clean.codepage``, rule ``latin1_mojibake``).

The positive cases are real: lines of GBK text that programs showed with Windows-1252,
Turkish Windows-1254 and Mac OS Roman, as they are stored in public repositories (found
with the search index of session 13; the index gives no repository name, so each is noted
by its file id there and what the file is).  Data only, copied byte for byte.
"""

from __future__ import annotations


import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.codepage import readings, shown_by
from corpus_tools.clean.mojibake import fix_latin1_mojibake
from tests.timing import small_and_large

# A PHP template's copyright page (search index file 20867954641): GBK shown as Windows-1252.
LICENCE = [
    ("2¡¢±¾Èí¼þÊÜÖÐ»ªÈËÃñ¹²ºÍ¹ú¡¶Öø×÷È¨·¨¡·¡¶¼ÆËã»úÈí¼þ±£»¤ÌõÀý¡·µÈÏà¹Ø·¨ÂÉ¡¢·¨¹æ±£»¤£¬×÷Õß±£ÁôÒ»ÇÐÈ¨Àû¡£ ",
     "2、本软件受中华人民共和国《著作权法》《计算机软件保护条例》等相关法律、法规保护，作者保留一切权利。 "),
    ("3¡¢ÓÃ»§×ÔÓÉÑ¡ÔñÊÇ·ñÊ¹ÓÃ,ÔÚÊ¹ÓÃÖÐ³öÏÖÈÎºÎÎÊÌâºÍÓÉ´ËÔì³ÉµÄÒ»ÇÐËðÊ§ÖÐÒ×Èí¼þ½«²»³Ðµ£ÈÎºÎÔðÈÎ¡£ ",
     "3、用户自由选择是否使用,在使用中出现任何问题和由此造成的一切损失中易软件将不承担任何责任。 "),
    ("5¡¢Èç¹ûÖÐÒ×È·¶¨ËûÈËÐÐÎªÓÐËðÆäÆóÒµµÄÀûÒæ£¬ÔòÖÐÒ×ºÍÆä¹ØÁªÆóÒµ»òÊÇ¸öÈË½«¶ÔÆä½øÐÐ·¨ÂÉËßËÏÒÔ±£ÕÏ×ÔÉíÈ¨Òæ¡£ ",
     "5、如果中易确定他人行为有损其企业的利益，则中易和其关联企业或是个人将对其进行法律诉讼以保障自身权益。 "),
    ("°æÈ¨ÉùÃ÷", "版权声明"),
    ("ÃâÔðÉùÃ÷", "免责声明"),
    ("¹«Ë¾Ãû³Æ£º¸ÓÖÝÓ¯ÖÚÐÅÏ¢¿Æ¼¼ÓÐÏÞ¹«Ë¾", "公司名称：赣州盈众信息科技有限公司"),
]

# Turkish Windows-1254 (ş, Ğ, ı where Windows-1252 has þ, Ð, ý): a game's Lua script
# (file 42672210), a C++ header (27190977415), a README of a pinyin library (47331331322).
TURKISH = [
    ("TT_ATTRI_TWO = 181; --¼ÇÂ¼µÚ¶şÌõÊôĞÔ", "TT_ATTRI_TWO = 181; --记录第二条属性"),
    ("TT_ATTRI_TYPE = 183; --¼ÇÂ¼Íæ¼ÒÑ¡ÔñµÄÊôĞÔÀàĞÍ", "TT_ATTRI_TYPE = 183; --记录玩家选择的属性类型"),
    ("¹æÔòÁ´±íµÄÎ»ÖÃÒ»Ö±ÔÚ±ä£¬±ÈÈçÒÔÇ°µÚÒ»Ìõ¹æÔò£¬ÓĞ¿ÉÄÜ", "规则链表的位置一直在变，比如以前第一条规则，有可能"),
    ("7. Ê¹ÓÃ·½·¨£º¿ÉÒÔÖ±½Ó¿´±¾ÎÄ¼ş£¨.hÎÄ¼ş£©µÄ×¢ÊÍ »ò ½øÈëÏêÇéÒ³Ãæ¿ª£¬¼ûµÚ¶şÌõµÄÍøÖ· ",
     "7. 使用方法：可以直接看本文件（.h文件）的注释 或 进入详情页面开，见第二条的网址 "),
    ("\tV2.0 2020Äê04ÔÂ10ÈÕ£º", "\tV2.0 2020年04月10日："),
]

# Mac OS Roman: a bank system's C source (file 46204273661), a charger's C source
# (13808974429), a graph exercise (23950979618), a BLE queue (21609407017).
MAC_ROMAN = [
    ("\t\t/* µ⁄“ªÃıº«¬º */", "\t\t/* 第一条记录 */"),
    ("    if(Gun_num==1)//÷ª”–µ⁄“ªÃı«π¥¥Ω®TCP∑˛ŒÒ∆˜", "    if(Gun_num==1)//只有第一条枪创建TCP服务器"),
    (" trans=0,¥˙±Ì∑…ª˙£ªtrans=1£¨¥˙±Ì¡–≥µ°£", " trans=0,代表飞机；trans=1，代表列车。"),
    ("\t{//Ã¯π˝∂”¡–µ⁄“ªÃı£¨“ÚŒ™µ⁄“ªÃı”√”⁄¥Ê¥¢∂”¡––≈œ¢", "\t{//跳过队列第一条，因为第一条用于存储队列信息"),
]


@pytest.mark.parametrize("shown, written", LICENCE + TURKISH + MAC_ROMAN)
def test_real_lines_read_back(shown: str, written: str) -> None:
    text, edits, warnings = fix_latin1_mojibake(shown)
    assert text == written
    assert edits and not warnings


def test_real_lines_in_a_law_page() -> None:
    """The whole pipeline: a law page one line of which a code page showed; the rest stays."""
    page = "第一条　为了规范管理，制定本条例。\n第二条　" + LICENCE[0][0].strip() + "\n第三条　本条例自公布之日起施行。\n"
    out = clean_and_explain(page)
    assert out.text == "第一条　为了规范管理，制定本条例。\n第二条　" + LICENCE[0][1].strip() + "\n第三条　本条例自公布之日起施行。\n"
    assert {e.rule for e in out.edits} == {"latin1_mojibake"}


# The same page's first line lost a byte on its way into the repository (未经 ``CEB4 BEAD``
# shows as ``Î´¾¹``: the soft hyphen ``AD`` is gone), so the line is out of step from there.
LOSSY = "1¡¢±¾Èí¼þÎªÉÌÒµÈí¼þ,Î´¾¹Ù·½ÊÚÈ¨£¬²»µÃÏòÈÎºÎµÚÈý·½Ìá¹©±¾Èí¼þÏµÍ³¡£ "


def test_lost_byte_is_kept_with_a_warning() -> None:
    text, edits, warnings = fix_latin1_mojibake(LOSSY)
    assert "Î´¾¹Ù" in text  # what no strict reading proves stays as it came
    for e in edits:  # what is read back is read back right
        assert e.after in "1、本软件为商业软件,未经官方授权，不得向任何第三方提供本软件系统。 "
    assert [w.rule for w in warnings] == ["latin1_mojibake"]
    assert "Î´¾¹Ù" not in "".join(e.before for e in edits)


def test_ftfy_does_not_turn_gbk_mojibake_into_other_scripts() -> None:
    """Before session 13 ftfy "repaired" stretches of GBK shown as Windows-1252 that look like
    UTF-8 (``Ð»`` -> Cyrillic ``л``, ``ñ¹²ºÍ¹`` -> an unassigned code point, ``È¨`` -> ``Ȩ``)."""
    for shown in ("Î´¾¹Ù·½ÊÚÈ¨", "ÖÐ»ªÈËÃñ¹²ºÍ¹ú¸ß¼¶¾÷Ò"):
        text, edits, _ = fix_latin1_mojibake(shown)
        for e in edits:
            assert all(not ("\u0100" <= ch < "\u2000") for ch in e.after), e
            assert all(ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in e.after), e


CLEAN = [
    "第一条　为了规范管理，制定本条例。",
    "联系人：张先生；电话：0519-85681627；邮箱：zqyjfk@163.com",
    "Café Müller, São Paulo; Ångström; naïve façade; Société Générale élémentaire à Genève.",
    "温度不得超过 20°C，误差 ±0.5，面积 5×3 m²；单价 ¥200；§ 3。",
    "阿卜杜拉·艾买提，“草案”……——",
    "\u00a0\u00a0\u00a0\u00a0第一条 为了规范管理。",
    "拼音：nóng yè、zhōng huá、lǜ sè、Běijīng Shì",
    "Tiếng Việt: Điều 1. Phạm vi điều chỉnh; Luật này quy định về tổ chức.",
    "ÆÐÖÜ",  # four Latin-1 letters alone: no Chinese reading with words
    "第1条 µg/m³ ½ ¼ ¾ ‰ • ™ © ®",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_stays(text: str) -> None:
    assert readings(text) == []
    assert fix_latin1_mojibake(text)[0] == text


@pytest.mark.parametrize("reader", ["cp1252", "cp1254", "mac_roman"])
@pytest.mark.parametrize("writer", ["gbk", "utf-8"])
def test_round_trip_of_law_lines(reader: str, writer: str) -> None:
    """Lines of a law (seed 001) shown by each code page read back exactly."""
    lines = [
        "第一条　为了推进智能制造发展，促进制造业高质量发展，根据有关法律、行政法规，结合本市实际，制定本条例。",
        "第三十七条　本条例自2021年8月1日起施行。",
        "（九）法律、法规规定的其他情形。",
    ]
    table = {b: ch for ch, b in shown_by(reader).items()}
    for line in lines:
        shown = "".join(table.get(b, chr(b)) for b in line.encode(writer))
        assert fix_latin1_mojibake(shown)[0] == line, (reader, writer, shown)


@pytest.mark.parametrize("unit", ["ÖÐ", "Ö ", "µ⁄“ª", "Î´¾¹Ù·½"])
def test_linear_on_hostile_input(unit: str) -> None:
    """200,000 characters of one stretch (or of many): time grows with the input, no more."""

    small, large = small_and_large(fix_latin1_mojibake, unit)
    assert large < max(30 * small, 0.5), (small, large)


# A news page (m.sjzmusicexpo.com, collected by field13 in session 13: /work/field13/mojibake13):
# GBK shown as Latin-1, then "repaired" in places as UTF-8 (``Î»`` -> ``λ``, ``Â¶`` -> ``¶``).
REDECODED = ("¸÷λ»úÆ÷ÈË´´ÒµÕßÃÇ£º³ýÁË¿áìŵŦÄÜÍ⣬ÄãÃÇ¿¼ÂǹýΪ²úÆ·×ö°²È«ÈÏÖ¤Âð£¿\n"
             "ÔÚÕû¸ö»úÆ÷ÈËÐÐÒµÖУ¬³ýÈ¥¾üÓü°Ä³Ð©ÌØÖÖ»úÆ÷ÈË£¬Ö»Óй¤Òµ»úÆ÷È˵ݲȫ¹æ·¶Ïà¶Ô½¡È«¡£\n")


def test_page_redecoded_as_utf8_is_kept_with_warnings() -> None:
    """A byte there is now one character, now two, now gone (``¿áìŵŦÄÜ`` is ``酷炫的功能``,
    but ``酷矛诺纽能`` gives the same characters back): no reading is proof."""
    text, edits, warnings = fix_latin1_mojibake(REDECODED)
    assert (text, edits) == (REDECODED, [])
    assert len(warnings) == 2 and all("re-decoded as UTF-8" in w.message for w in warnings)


def test_clause_by_clause_where_names_do_not_read() -> None:
    """The stretch decodes whole as GBK; the clauses the model proves are read back, the one of
    bird names it does not know stays (DLC, 商丘市 wetland regulation, shown as Windows-1252)."""
    law = "本条例所称湿地，包括青头潜鸭、鸿雁、白琵鹭、灰鹤等的栖息地。"
    shown = law.encode("gbk").decode("cp1252")
    text, edits, _ = fix_latin1_mojibake(shown)
    assert text.startswith("本条例所称湿地，") and text.endswith("灰鹤等的栖息地。")
    assert all(e.after in law for e in edits)


def test_whole_page_shown_by_a_code_page_is_ingested() -> None:
    """A GBK page shown as Windows-1252 has no Han character and a few ASCII letters: it is
    Chinese text all the same, and cleaning reads it back (it was rejected as not Chinese)."""
    from corpus_tools.ingest import language_problem

    page = "\n".join(shown for shown, _ in LICENCE) + "\nQ Q£º381611116 MSN£ºzjq8188@hotmail.com\n"
    assert language_problem(page) is None
    assert language_problem("Notice on the administration of ports. Article 1. Café Müller.") is not None


def test_unreadable_code_page_page_is_rejected_with_a_clear_reason() -> None:
    from corpus_tools.ingest import language_problem

    code, reason = language_problem("Uploads AI+AR cnk vhjxyaa2os shenzhenware\n" + REDECODED)
    assert code == "not_chinese" and "Chinese bytes shown by a code page" in reason


@pytest.mark.parametrize("trace", ["ï»¿", "ï¿½"])
def test_bom_and_replacement_shown_as_cp1252_still_go(trace: str) -> None:
    """UTF-8's BOM (``EF BB BF``) and U+FFFD (``EF BF BD``) shown by Windows-1252 are read back
    by ftfy and then removed by invisible_chars, as before session 13 (the guard on ftfy's
    output had refused them: they are no text, but invisible_chars' own)."""
    law = "第一条　为了规范管理，制定本条例。"
    assert clean_and_explain(law[:6] + trace + law[6:]).text == law
    assert clean_and_explain(trace + law).text == law


@pytest.mark.parametrize("ch", ["\u3164", "\uffa0", "\u115f", "\u1160", "\u17b4", "\u17b5", "\U0001d173", "\U0001d17a"])
def test_other_default_ignorable_letters_go(ch: str) -> None:
    """Hangul fillers, Khmer inherent vowels, musical formatting: render as nothing, slipped
    between characters by obfuscated text; a variation selector stays where it chooses a glyph, after a
    symbol (``⚖\ufe0f``: an emoji's presentation).  After a Han character it chooses none Chinese text
    needs and goes since session 18 (:mod:`corpus_tools.clean.textless`)."""
    law = "第一条　为了规范管理，制定本条例。"
    assert clean_and_explain(law[:6] + ch + law[6:]).text == law
    assert clean_and_explain(law[:6] + "\ufe0f" + law[6:]).text == law
    assert clean_and_explain(law[:6] + "⚖\ufe0f" + law[6:]).text == law[:6] + "⚖\ufe0f" + law[6:]


def test_the_shared_han_test_reads_plausible_pairs_as_the_contiguous_range_did():
    """Session 19 (tidy19): ``plausible`` tests its pairs with :func:`corpus_tools.text.is_han` (Extension A and the
    Unified block) instead of a private copy reading U+3400-U+9FFF in one piece, which also took in the Yijing
    hexagram block U+4DC0-U+4DFF.  Identical because no hexagram is common in Chinese nor a Taiwan form of a
    common character, so none passes the filter before the pairs are read."""
    from corpus_tools.clean.codepage import _variant_of_common
    from corpus_tools.clean.evidence import common_in_chinese
    from corpus_tools.text import is_han

    hexagrams = [chr(code) for code in range(0x4DC0, 0x4E00)]
    assert not any(is_han(ch) for ch in hexagrams)
    common = common_in_chinese()
    assert not [ch for ch in hexagrams if ch in common or _variant_of_common(ch)]
