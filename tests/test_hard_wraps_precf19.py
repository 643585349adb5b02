"""Precision of hard_wraps on field test 19's findings (precf19b).

F19-A2: a line where the website speaks of itself (``本站为…平台``, ``本网站所载文章…``, ``免责声明：``) is no rest of
a cut sentence.  F19-A3: a few headlines of one length between longer body lines are no wrap width.
Real probes: tests/real_pages/precf19b (README.md names their sources).
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.layout import _wrap_width, join_hard_wraps

PROBES = Path(__file__).parent / "real_pages" / "precf19b"


def _probe(name: str) -> str:
    return (PROBES / name).read_text(encoding="utf-8")


def _wrap_joins(text: str) -> list:
    return [e for e in clean_and_explain(text).edits if e.rule == "hard_wraps"]


# --------------------------------------------------------------------------- F19-A2: the site's voice after a cut line


def test_f19_a2_a_doc_farm_preview_cut_mid_list_is_not_glued_to_the_sites_sentence():
    page = _probe("wenke99_dimingpinxie_tail.txt")
    result = clean_and_explain(page)
    assert not [e for e in result.edits if e.rule == "hard_wraps"]
    assert "东街修文/西小巷\n本站为C2C交文档易平台" in result.text


def test_f19_a2_field_testers_blind_h2_inside_an_article_is_kept_apart():
    # field test 19's blind H2 (/work/notes/field19/blind.md), furniture already removed
    text = ("某县村庄规划管理办法\n第一条　为了加强村庄规划管理，根据有关法律法规，结合本县实际，制定本办法。\n"
            "第二条　村庄规划由乡镇人民政府组织编制，报县人民政府审批后\n本网站所载文章仅代表作者观点，不代表本站立场。")
    assert join_hard_wraps(text)[1] == []


def test_f19_a2_blind_a_disclaimer_label_and_an_upload_note_after_cut_lines():
    label = ("某条例\n第四条　本条例适用于本县行政区域内的村庄规划管理活动。\n第五条　县级以上人民政府应当加强对\n"
             "免责声明：本站所有内容均来自网络，如有侵权请联系删除。")
    upload = ("某市物业管理办法\n" + "街道办事处、乡镇人民政府负责组织、协调本辖区内业主大会成立和业主委员会选举工作，" * 3
              + "负责组织实施\n本文由网友上传，仅供学习交流使用，不代表本网观点。")
    assert join_hard_wraps(label)[1] == []
    assert join_hard_wraps(upload)[1] == []


def test_f19_a2_a_law_naming_its_own_website_still_joins_its_wrap():
    # the page named 网站 before the break: 本网站 is the document's own word, the article's wrap is joined
    text = "第九条　网站经营者应当在\n本网站显著位置公示营业执照信息。"
    joined, edits, _ = join_hard_wraps(text)
    assert joined == "第九条　网站经营者应当在本网站显著位置公示营业执照信息。"
    assert len(edits) == 1


def test_f19_a2_a_document_word_beginning_with_ben_is_no_site_voice():
    # 本文件 / 本网络 are a document's words: the article's cut sentence is joined as before
    for text in ("第三条　本办法所称文件管理，是指各单位应当依照\n本文件规定执行的活动。",
                 "第三条　本法所称网络运营者，是指保障\n本网络安全稳定运行的单位。"):
        assert len(join_hard_wraps(text)[1]) == 1, text


# --------------------------------------------------------------------------- F19-A3: headlines of one length


def test_f19_a3_common_crawl_headlines_of_one_length_set_no_wrap_width():
    page = _probe("ccnet_dirty_0_headlines.txt")
    assert _wrap_width(page) is None
    assert _wrap_joins(page) == []
    assert "【干货】200个建筑工程施工技术强制措施\n给你的安装造价技巧，注意查收\n" in clean_and_explain(page).text


def test_f19_a3_a_page_wrapped_at_its_width_keeps_its_joins():
    # blind positive: a news page wrapped at 28 under its headline (headline kept, body joined)
    text = ("我市召开冬季安全生产工作会议\n12月5日，我市召开冬季安全生产工作会议，深入学习贯彻上级\n"
            "关于安全生产工作的决策部署，分析研判当前安全生产形势，安\n排部署冬季安全生产重点工作。会议指出，要坚持问题导向，聚\n"
            "焦重点行业领域，扎实开展隐患排查整治，坚决遏制重特大事故\n发生。\n")
    joined, edits, _ = join_hard_wraps(text)
    assert len(edits) == 4
    assert joined.startswith("我市召开冬季安全生产工作会议\n12月5日，")


def test_f19_a3_width_check_is_linear_on_hostile_input():
    import time
    text = ("一二三四五六七八九十一二\n" * 8000) + ("长" * 40 + "\n") * 8000
    started = time.process_time()
    _wrap_width(text)
    join_hard_wraps(text[:200_000])
    assert time.process_time() - started < 30


# --------------------------------------------------------------------------- teasers cut by the site (F19-A3 family)


def test_f19_a3_a_teaser_the_site_cut_with_dots_is_not_joined_to_the_next_headline():
    page = _probe("ccnet_2021-43_011_teasers.txt")
    text = clean_and_explain(page).text
    assert "下面小编为大.......\n肉桂茶应该怎么冲泡，肉桂茶的禁忌有哪些" in text
    assert ".......肉" not in text and ".......我" not in text


def test_f19_a3_blind_an_ellipsis_teaser_in_a_wrapped_page_keeps_the_pages_other_joins():
    # blind: a page wrapped at 20 whose last line is a teaser; the wraps are joined, the teaser's break is kept
    text = ("第一条　为了规范行政机关的行政执法行\n为，保障和监督行政机关有效实施行政管\n理，保护公民的合法权益，根据宪法，制\n"
            "定本条例。\n相关阅读：关于行政执法公示制度的解读...\n行政执法三项制度\n")
    joined, edits, _ = join_hard_wraps(text)
    assert "解读...\n行政执法三项制度" in joined
    assert "行政执法行为，保障" in joined and "有效实施行政管理，保护" in joined
