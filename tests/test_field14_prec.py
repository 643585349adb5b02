"""Precision fixes of session 14 (precwe14) on field test 14's real pages (tests/real_pages/field14_prec, SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean.width import normalize_width
from corpus_tools.ingest import ingest_bytes, ingest_file
from corpus_tools.pipeline import clean_page

PAGES = Path(__file__).parent / "real_pages" / "field14_prec"


# --------------------------------------------------------------- F14-A5: a Chinese numeral's zeros typed as ０


def test_a_letter_number_in_chinese_numerals_keeps_its_zeros():
    """tw-law-corpus 公司法: ``第０九六０００二二０八號`` became ``第0九六000二二0八号``."""
    cleaned = clean_page(ingest_file(PAGES / "tw_law_corpus_company_act_letter_number.txt", PAGES))
    assert "秘台厅民二字第０九六０００二二０八号函" in cleaned.text
    assert not [e for e in cleaned.edits if "０" in e.before]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第０九六０００二二０八號", "第０九六０００二二０八號"),  # zeros between Chinese numerals
        ("二０００年", "二０００年"),  # a year in Chinese numerals with full-width zeros: kept, not guessed
        ("一九九〇年至２０００年", "一九九〇年至2000年"),  # an Arabic number of its own
        ("第１０条", "第10条"),
        ("自２０２１年", "自2021年"),
        ("０元", "0元"),
        ("二０２１年", "二021年"),  # a run with other digits is an Arabic run: narrowed as before
    ],
)
def test_only_zeros_touching_chinese_numerals_stay(text, expected):
    assert normalize_width(text)[0] == expected


# --------------------------------------------------------------- R13-F4: a form's aligned colons

#: Review 13's form (/work/notes/review13.md, R13-F4): each label padded to its colon, fields in columns.
FORM = "姓名 ：张三    性别 ：男\n" * 4


@pytest.mark.parametrize(
    "text",
    [
        FORM,
        FORM.replace(" ：", "\u3000："),  # aligned with the ideographic space
        FORM.replace(" ：", " :"),  # with ASCII colons: made full width, the columns kept
        "申请人 ：张三\n出生日期 ：1990年1月1日\n联系电话 ：12345678\n住址 ：某市某区\n邮编 ：100000\n" * 2,
    ],
)
def test_a_forms_aligned_colons_keep_their_blanks(text):
    out = normalize_width(text)[0]
    assert out == text.replace(":", "：")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a converter's padded prose: blanks after the marks too, marks after words of a sentence
        ("申请人 ： 张三 ， 性别 ： 男 。\n" * 3, "申请人：张三，性别：男。\n" * 3),
        ("第一条 本市 ，区 、县 ；乡 ：镇 。第二条 甲， 乙。", "第一条 本市，区、县；乡：镇。第二条 甲，乙。"),
        ("来源 : 青岛市司法局", "来源：青岛市司法局"),  # padded after too: a typist's
        # one ideographic space each side of every mark (width_blind_other_blanks): prose, not an empty field
        ("第一条\u3000本市\u3000：\u3000区\u3000，\u3000县\u3000；\u3000乡\u3000、\u3000镇\u3000。", "第一条\u3000本市：区，县；乡、镇。"),
        # a label longer than a form's: a sentence's words padded before the mark
        ("本条例所称的养老服务机构 ：是指\n" * 5, "本条例所称的养老服务机构：是指\n" * 5),
    ],
)
def test_padded_marks_of_prose_still_close(text, expected):
    assert normalize_width(text)[0] == expected


def test_form_fields_scan_is_linear():
    import time

    for hostile in ("姓名 ：" * 40_000, " " * 200_000 + "：", "一" * 200_000 + " ：张三"):
        t = time.process_time()
        normalize_width(hostile)
        assert time.process_time() - t < 5


# --------------------------------------------------------------- F14-B7: UTF-8 shown by a Cyrillic code page

from corpus_tools.clean import codepage  # noqa: E402
from corpus_tools.clean.rules import LATIN1_MOJIBAKE  # noqa: E402
from corpus_tools.validation.residual import detector  # noqa: E402

ZHENGCE = PAGES / "zhengce_result_622_mac_cyrillic.txt"


def test_a_law_shown_as_mac_cyrillic_is_read_back():
    """zhengce result.txt: 国务院令第622号 and 无障碍环境建设条例 as ``дЄ≠еНОдЇЇж∞СеЕ±еТМеЫљ…`` were kept, no warning."""
    cleaned = clean_page(ingest_file(ZHENGCE, PAGES))
    assert "\n中华人民共和国国务院令\n" in cleaned.text
    assert "《无障碍环境建设条例》已经2012年6月13日国务院第208次常务会议通过，现予公布，自2012年8月1日起施行。" in cleaned.text
    assert "无障碍环境建设条例第一章\u3000总\u3000\u3000则\xa0\u3000\u3000第一条\u3000为了创造无障碍环境" in cleaned.text
    read = [e for e in cleaned.edits if e.rule == LATIN1_MOJIBAKE]
    assert read and all("utf-8 read as mac_cyrillic" in e.detail for e in read)
    assert all(e.before.encode("mac_cyrillic").decode("utf-8") == e.after for e in read)  # the exact round trip
    assert cleaned.text.count("\xa0") == ZHENGCE.read_text(encoding="utf-8").count("\xa0")  # the page's own no-break spaces stay


def test_short_stretches_are_read_by_the_pages_consensus():
    """Short stretches (``зђђгАА622гААеПЈ`` for ``第　622　号``) prove nothing alone; session 15 kept them and the
    validator said so.  Session 16 (enc16) reads them by the page's own consensus: the page shows three or more
    proven readings by one code page (Mac Cyrillic), and each short stretch decodes strictly, as UTF-8, the same way."""
    cleaned = clean_page(ingest_file(ZHENGCE, PAGES))
    assert "зђђгАА622гААеПЈ" not in cleaned.text and "第　622　号" in cleaned.text
    assert detector("no_mojibake").find(cleaned.text) is None


@pytest.mark.parametrize(
    ("shown_by", "law"),
    [("cp1251", "第一条 为了规范养老服务，保障老年人合法权益，制定本条例。"), ("mac_cyrillic", "第二条 本市行政区域内的养老服务活动，适用本条例。"),
     ("koi8_r", "第三条 县级以上人民政府民政部门负责本行政区域内的养老服务工作。")],
)
def test_blind_laws_shown_by_cyrillic_code_pages_are_read_back(shown_by, law):
    """Blind variants (written for this test): each line of a law shown by a Cyrillic code page."""
    shown = law.encode("utf-8").decode(shown_by, "replace")
    assert "\ufffd" not in shown
    page = "某市人民政府关于公布条例的通知\n\n现将条例全文公布如下：\n\n" + shown + "\n"
    assert [r.after for r in codepage.readings(page)] == [law]


def test_the_variants_title_line_is_no_furniture():
    """field14's v6 (cp1251): the law's title ``жџђеё‚е…»иЂЃжњЌеЉЎжќЎдѕ‹`` was removed as site furniture."""
    cleaned = clean_page(ingest_file(PAGES / "variant_v6_utf8_as_cp1251.txt", PAGES))
    assert "\n某市养老服务条例\n" in cleaned.text
    assert "第二条 本市行政区域内的养老服务及其监督管理活动，适用本条例。" in cleaned.text


@pytest.mark.parametrize(
    "text",
    [
        "根据《俄罗斯联邦宪法》（Конституция Российской Федерации）第十五条，женщина и мужчина равны。",
        "俄文译名：Положение о порядке рассмотрения обращений граждан；日本語：中文测试。",
        "温度≤25℃，湿度≥60%，误差±0.5，√表示合格，∞表示无穷。",
        "┌──┬──┐\n│甲│乙│\n└──┴──┘",
    ],
)
def test_russian_and_signs_are_neither_read_back_nor_flagged(text):
    assert codepage.readings(text) == []
    assert detector("no_mojibake").find(text) is None
    cleaned = clean_page(ingest_bytes((text + "\n").encode(), "t.txt"))
    assert not [e for e in cleaned.edits if e.rule == LATIN1_MOJIBAKE]


def test_cyrillic_signature_is_linear():
    import time

    for hostile in ("дЄ" * 100_000, "жџђ" * 70_000, "женщина " * 25_000):
        t = time.process_time()
        detector("no_mojibake").find(hostile)
        codepage.readings(hostile[:200_000])
        assert time.process_time() - t < 10


# --------------------------------------------------------------- F14-B4: marks beside characters a decoder lost


def test_marks_glued_to_a_misread_character_stay_ascii():
    """zgkjsz.com: ``的歷史?!盵1]`` (for ``。”[1]``) became ``历史？！盵1]``: damage made to look like prose marks."""
    cleaned = clean_page(ingest_file(PAGES / "zgkjsz_2021_1201_12182467.txt", PAGES))
    assert "历史?!盵1]" in cleaned.text
    assert not [e for e in cleaned.edits if e.before in ("?", "!")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("危险的历史?!盵1]探索", "危险的历史?!盵1]探索"),
        ("这是历史!?偨Y文件", "这是历史!?偨Y文件"),  # blind: another order, another misread character
        ("你好吗?!我很好", "你好吗？！我很好"),  # a writer's marks: words follow
        ("真的吗?!", "真的吗？！"),
        ("欢迎光临!鑫达公司", "欢迎光临！鑫达公司"),  # no lost character in the run: a rare name stays a name
    ],
)
def test_only_marks_glued_to_a_misread_character_stay(text, expected):
    assert normalize_width(text)[0] == expected


def test_an_unreadable_mojibake_title_is_no_breadcrumb():
    """Blind variant of field14's v6: the title lost its last byte (no strict reading). cp1251 shows the byte BB
    as ``»``, a breadcrumb's separator: the line was removed as a site's breadcrumb."""
    page = (PAGES / "variant_v6_utf8_as_cp1251.txt").read_text(encoding="utf-8").replace("жќЎдѕ‹\n", "жќЎд\n", 1)
    cleaned = clean_page(ingest_bytes(page.encode(), "v6_lost_byte.txt"))
    assert "\nжџђеё‚е…»иЂЃжњЌеЉЎжќЎд\n" in cleaned.text
    assert not [e for e in cleaned.edits if e.rule == "site_furniture"]


def test_a_chinese_breadcrumb_still_goes():
    cleaned = clean_page(ingest_bytes("首页 » 政策文件 » 通知公告\n\n某市养老服务条例\n\n第一条 为了规范养老服务，制定本条例。\n".encode(), "c.txt"))
    assert "首页" not in cleaned.text
