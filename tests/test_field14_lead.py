"""Field test 14's findings the lead fixed, each on its real page (tests/real_pages/field14_lead, SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean.rules import SITE_FURNITURE
from corpus_tools.ingest import ingest_bytes, ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

PAGES = Path(__file__).parent / "real_pages" / "field14_lead"
JUDGMENT = PAGES / "govopendata_caipanwenshu_2016_4_26_31c8a18f.txt"


def test_a_skip_link_at_the_head_is_no_title():
    """F14-B1: cn.govopendata.com's ``跳转到主要内容`` was the title of both judgments."""
    cleaned = clean_page(ingest_file(JUDGMENT, PAGES))
    assert "跳转到主要内容" not in cleaned.text
    assert [e.before for e in cleaned.edits if e.rule == SITE_FURNITURE and "跳转" in e.before] == ["跳转到主要内容\n\n"]
    page = structure_page(cleaned)
    assert all(d.title != "跳转到主要内容" for d in page.documents)
    assert "2016）沪01民终1697号" in cleaned.text


def test_the_same_words_in_a_sentence_or_below_the_head_stay():
    body = ("某市政府网站管理办法\n第一条 为了规范管理，制定本办法。\n第二条 网站首页应当设置“跳转到主要内容”链接。\n"
            "第三条 本办法自公布之日起施行。\n第四条 附则。\n第五条 略。\n第六条 略。\n第七条 略。\n跳转到主要内容\n")
    cleaned = clean_page(ingest_bytes(body.encode(), "t.txt"))
    assert cleaned.text.count("跳转到主要内容") == 2


MOJIBAKE = PAGES / "ahsfa_show_2348_gbk_as_latin1.txt"


def test_kept_code_page_mojibake_is_not_converted_as_traditional():
    """F14-A3: the kept Latin-1 garbage ``½¨É蹤×÷`` had its ``蹤`` converted to ``踪`` (the bytes lost)."""
    raw = ingest_file(MOJIBAKE, PAGES)
    assert "½¨É蹤×÷" in raw.text
    cleaned = clean_page(raw)
    assert "½¨É蹤×÷" in cleaned.text
    assert not [e for e in cleaned.edits if e.rule == "traditional_to_simplified" and "蹤" in e.before]
    assert any(w.rule == "traditional_to_simplified" and "code-page mojibake kept" in w.message for w in cleaned.warnings)


def test_latin1_signs_of_chinese_text_leave_conversion_alone():
    cleaned = clean_page(ingest_bytes("某條例\n第一條 艾力·買買提的房屋面積為3×4×5立方米，溫度25°。\n".encode(), "t.txt"))
    assert "艾力·买买提的房屋面积为3×4×5立方米，温度25°" in cleaned.text


def test_a_forms_placeholder_dates_are_no_code_page_mojibake():
    """Review 14, R14-F11: ``××××年×月×日`` (tests/real_pages/field11/yestaryl_23484.txt, a Traditional
    template) was taken for kept Latin-1 mojibake, and t2s left ``經國務院批準`` Traditional."""
    page = Path(__file__).parent / "real_pages" / "field11" / "yestaryl_23484.txt"
    cleaned = clean_page(ingest_file(page, page.parent))
    assert "已于××××年×月×日经国务院批准" in cleaned.text
    assert not any("code-page mojibake kept" in w.message for w in cleaned.warnings)
    probe = clean_page(ingest_bytes("××××年×月×日簽發\n申請人××××（簽章）\n".encode(), "form.txt"))
    assert "签发" in probe.text and "申请人××××（签章）" in probe.text
