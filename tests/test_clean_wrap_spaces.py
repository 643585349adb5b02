"""PDF line wraps read as single spaces inside Chinese words (field test 10, F10-T1): removed where the page's
spaces recur at its print width, and only there (tests/real_pages/field10/SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.wrap_spaces import wrap_spaces

REAL = Path(__file__).parent / "real_pages"
FIELD10 = REAL / "field10"


def _read(name: str) -> str:
    return (FIELD10 / name).read_text(encoding="utf-8")


def test_a_notice_extracted_from_pdf_gets_its_words_back():
    """医保办函〔2025〕82号 as a RAG repository extracted it: 41 spaces where the PDF's lines ended."""
    text = _read("ybj_jishi_jiesuan_notice_pdf_spaces.txt")
    result = clean_and_explain(text)
    wraps = [e for e in result.edits if e.rule == "cjk_spaces" and "line wrap" in e.detail]
    assert len(wraps) == 38  # of 41: the 3 after a sentence's end stay (a space between items, for all a rule knows)
    assert all(e.before == " " and e.after == "" for e in wraps)
    assert result.text.count("。 ") == 3
    for word in ("三中全会精神的具体举措", "现就有关事项通知如下", "纳入即时结算范围", "提高结算效率"):
        assert word in result.text, word


def test_label_separators_and_names_stay_in_a_draft_with_wrap_spaces():
    """The draft law's wraps go; ``第一条 为了`` (the house separator) and ``最高人民法院 最高人民检察院`` stay."""
    text = _read("yibaofa_caoan_cut_pdf_spaces.txt")
    out = clean_and_explain(text).text
    assert "维护公民医疗保障合法权益" in out and "推进健康中国建设" in out and "坚持以人民为中心" in out
    assert "第一条 为了规范医疗保障关系" in out
    assert "最高人民法院 最高人民检察院 公安部" in out


def test_a_taiwan_interpretation_page_loses_its_wraps_not_its_spaced_label():
    text = _read("moj_shizi_150_excerpt.txt")
    edits = wrap_spaces(text)
    assert len(edits) >= 10
    out = clean_and_explain(text).text
    assert "任期之规定" in out and "尚无抵触" in out
    assert "理 由 书" in out  # a letterspaced field label, not a wrap


@pytest.mark.parametrize("name", ["lawbank_P000221229_excerpt.txt"])
def test_item_separators_without_a_print_width_stay(name):
    assert wrap_spaces(_read(name)) == []


def test_clean_pages_with_spaces_between_han_keep_them():
    """Joint issuers, name lists and signatures use single spaces; without a print width nothing goes."""
    page = ("广州市民政局 广州市财政局关于印发标准的通知\n各区人民政府：\n现将有关事项通知如下。\n"
            "参加人员：张三 李四 王五 赵六 钱七 孙八 周九 吴十\n广州市民政局 广州市财政局\n2025年5月30日\n")
    assert wrap_spaces(page) == []
    assert clean_and_explain(page).text == page


def test_real_pages_without_the_damage_keep_every_space():
    """The repository's real pages (HTML, Markdown, text of several sites): not one wrap found."""
    pages = [p for p in REAL.rglob("*") if p.suffix in {".txt", ".md"} and "pdf_spaces" not in p.name
             and p.name not in {"moj_shizi_150_excerpt.txt", "moj_ExContent_C_D_150.txt",  # 釋字 150: the damage itself
                                "police_handbook_pages_50_57.md",  # (a PDF→text handbook of field test 12: its wraps too)
                                "weiping8_footnotes_lines_1_135.md"}]  # (PDF→text report of field test 12: wraps at its width)
    assert len(pages) > 50
    hits = [p.name for p in pages if wrap_spaces(p.read_text(encoding="utf-8", errors="replace"))]
    assert hits == []


@pytest.mark.parametrize("page", [
    # the review of session 10 (review10 F2): lists of same-length items recur at a width too
    "附件：被约谈企业名单\n北京京东世纪贸易有限公司 北京三快在线科技有限公司 上海拉扎斯信息科技有限公司 北京小桔科技有限公司 "
    "深圳市腾讯计算机系统有限公司 杭州阿里巴巴广告有限公司 北京百度网讯科技有限公司 北京字节跳动科技有限公司\n",
    "抄送：北京京东世纪贸易有限公司 北京三快在线科技有限公司 上海拉扎斯信息科技有限公司\n北京小桔科技有限公司 深圳市腾讯计算机系统有限公司 "
    "杭州阿里巴巴广告有限公司\n北京百度网讯科技有限公司 北京字节跳动科技有限公司 上海寻梦信息技术有限公司\n",
    "床前明月光，疑是地上霜。 举头望明月，低头思故乡。 " * 4 + "\n",
    "专家组成员：" + "".join(f"张三{n}（北京大学法学院教授） 李四{n}（中国政法大学法学院副教授） " for n in "一二三四") + "\n",
])
def test_lists_of_items_of_one_length_keep_their_spaces(page):
    assert wrap_spaces(page) == []
    assert clean_and_explain(page).text.count(" ") == page.count(" ")
