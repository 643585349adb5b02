"""An editor's additions to a law's text (session 28, room notes28): captions, reading notes,
cross-strait glosses, version lists and machine summary boxes, with members the benchmark's
set 10 does not show and the negatives that must come out byte-identical."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.editor_additions import (
    article_captions,
    cross_strait_glosses,
    machine_summary_lines,
    reading_notes,
    version_list_lines,
)
from tests.timing import cpu_seconds

LAW = ["某市物业管理条例", "第一章 总则", "第一条 为了规范物业管理活动，制定本条例。", "第二条 本条例适用于本市行政区域内的物业管理。",
       "第三条 市住房城乡建设部门负责全市物业管理的监督管理工作。", "第四条 物业服务企业应当公开服务内容和收费标准。",
       "第五条 本条例自2024年1月1日起施行。"]
CLEAN = "\n".join(LAW) + "\n"


def _law(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _captioned(left: str, right: str, blank: str = "") -> str:
    caps = ["立法目的", "适用范围", "部门职责", "信息公开", "施行日期"]
    lines, k = [], 0
    for line in LAW:
        if line.startswith("第") and "条 " in line:
            label, body = line.split(" ", 1)
            line = f"{label}{blank}{left}{caps[k]}{right}{blank or ' '}{body}"
            k += 1
        lines.append(line)
    return _law(lines)


@pytest.mark.parametrize(("left", "right", "blank"), [("【", "】", ""), ("〔", "〕", ""), ("［", "］", ""), ("【", "】", "\u3000")])
def test_a_compilers_captions_on_every_article_go(left, right, blank):
    assert clean(_captioned(left, right, blank)) == (CLEAN if not blank else CLEAN.replace("条 ", "条" + blank))


@pytest.mark.parametrize("text", [
    _captioned("（", "）"),  # a draft's own headings (seed 000: 第一条(立法目的))
    _captioned("〖", "〗"),  # 遵义人大's own headings
    "第一条【立法目的】为了规范管理。\n第二条 甲。\n第三条 乙。\n第四条 丙。\n",  # one article of four
    "第一条　【甲罪】甲。\n第二条　【乙罪】乙。\n第三条　【丙罪】丙。\n",  # a criminal law's 罪名
    "第一条【本条例所称物业，是指房屋。】甲。\n第二条【本条例适用于本市，另有规定的除外。】乙。\n第三条【丙，丁。】丙。\n",  # sentences
])
def test_brackets_that_are_the_documents_own_stay(text):
    assert article_captions(text) == []


@pytest.mark.parametrize(("marked", "block"), [
    ("第一条 为了规范物业①管理活动，制定本条例。", "【注音】①业（yè）"),
    ("第一条 为了规范物业⑴管理活动，制定本条例。", "读音：⑴业：yè"),
    ("第一条 为了规范物业¹²管理活动，制定本条例。", "生僻字注音\n¹² 业 ye4"),
    ("第一条 为了规范物业[3]管理活动，制定本条例。", "难字注音：[3]业（ㄧㄝˋ）"),
])
def test_reading_notes_go_with_their_marks(marked, block):
    text = _law([LAW[0], LAW[1], marked, *LAW[3:], "", block])
    assert clean(text) == CLEAN


@pytest.mark.parametrize("text", [
    _law([*LAW[:2], "第一条 为了规范物业①管理活动，制定本条例。", *LAW[3:], "注音：①业（zhōng）"]),  # not the character's reading
    _law([*LAW[:2], "第一条 为了规范物业管理活动，制定本条例。", *LAW[3:], "注音：①业（yè）"]),  # no mark in the text
    _law([*LAW, "①物业服务合同示范文本", "②前期物业服务协议"]),  # a list, no readings
])
def test_notes_without_their_evidence_stay(text):
    assert reading_notes(text) == ([], [])


@pytest.mark.parametrize("gloss", ["（台：資訊）", "(資訊)", "（臺灣稱「資訊」）", "〔台译：資訊〕", "（台湾称“资讯”）", "（港译：資訊）"])
def test_a_cross_strait_gloss_after_a_term_goes(gloss):
    text = _law([*LAW[:5], f"第四条 物业服务企业应当公开服务信息{gloss}和收费标准。", LAW[6]])
    assert clean(text) == _law([*LAW[:5], "第四条 物业服务企业应当公开服务信息和收费标准。", LAW[6]])


@pytest.mark.parametrize("text", [
    "公开服务信息（包括收费标准）。", "本条例所称软件（软件产品）。", "信息（第三条）", "发展（發展规划）", "台湾同胞（台胞）投资",
])
def test_brackets_that_say_something_else_stay(text):
    assert cross_strait_glosses(text) == []


@pytest.mark.parametrize("box", [
    ["历史版本", "2001年6月6日　公布", "2004年5月8日　修正", "2020年5月28日　修订（现行有效）"],
    ["版本：2022-09-06（现行） | 2001-08-23 | 1997-07-27　[版本对比]"],
    ["时效性变化：1995.01.26 公布 → 2006.04.02 修正 → 2015.03.14 修订"],
    ["【版本沿革】", "1998年3月1日 通过", "2010年9月1日 修正"],
])
@pytest.mark.parametrize("where", ["top", "end"])
def test_a_databases_version_list_goes(box, where):
    text = _law([LAW[0], *box, *LAW[1:]]) if where == "top" else _law([*LAW, *box])
    assert clean(text) == CLEAN


@pytest.mark.parametrize("box", [
    ["AI摘要", "本条例共五条，主要规定了物业管理的职责。", "以上内容由AI生成，仅供参考"],
    ["智能摘要：本条例共五条，主要规定了物业管理的职责。", "（内容由大模型生成，请以原文为准）"],
    ["✨ AI总结", "• 本条例共五条。", "• 明确了物业服务企业的义务。", "AI生成 仅供参考"],
    ["【AI解读】", "本条例规范物业管理活动。", "本内容由人工智能生成，不代表本站观点"],
])
def test_a_portals_machine_summary_box_goes(box):
    assert clean(_law([LAW[0], *box, *LAW[1:]])) == CLEAN


@pytest.mark.parametrize("text", [
    _law([LAW[0], "（2001年6月6日某市第十一届人民代表大会常务委员会第二十七次会议通过　2010年9月1日修正）", *LAW[1:]]),
    _law([*LAW[:6], "第五条 本条例的版本以2024年1月1日公布的文本为准。"]),
    _law([*LAW[:6], "第五条 生成式人工智能服务提供者应当标明由AI生成的内容，仅供参考的除外。"]),
])
def test_the_laws_own_dates_and_words_stay(text):
    assert version_list_lines(text) == [] and machine_summary_lines(text) == []
    assert clean(text) == text


def test_a_label_and_a_disclaimer_with_articles_between_are_no_box():
    text = _law([LAW[0], "AI摘要", *LAW[1:], "以上内容由AI生成，仅供参考"])
    assert machine_summary_lines(text) == []


def test_the_scans_are_linear_on_hostile_lines():
    units = ["第一条【立法目的", "①业（yè）　", "信息（台：資", "版本：2020-01-01 | " + " " * 30, "AI摘要\n生成" + "甲" * 20]
    scans = [article_captions, lambda t: reading_notes(t + "\n注音：①业（yè）"), cross_strait_glosses, version_list_lines,
             machine_summary_lines]
    for unit, scan in zip(units, scans):
        small, large = (cpu_seconds(scan, unit * (n // len(unit))) for n in (20_000, 200_000))
        assert large < 30 * max(small, 5e-3), (unit, small, large)


def test_a_screen_readers_note_hidden_by_a_class_the_pages_style_clips_is_not_the_text(tmp_path):
    """``《…》<span class="wai-txt">（在新窗口打开）</span>``: an accessible portal's note for screen readers after a
    linked law name, in a class no list of names knows; the page's own ``<style>`` clips it to nothing."""
    from corpus_tools.ingest import ingest_file

    style = ".wai-txt{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);border:0}"
    law = "".join(f"<p>{line}</p>" for line in LAW).replace(
        "制定本条例。", '根据<a href="/flfg/1.html">《物业管理条例》</a><span class="wai-txt">（在新窗口打开）</span>，制定本条例。')
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><style>{style}</style></head><body><div class='nav'><a href='/'>首页</a></div>"
                    f"<div class='content'>{law}</div></body></html>", encoding="utf-8")
    text = ingest_file(path, tmp_path).text
    assert "《物业管理条例》，制定本条例。" in text and "在新窗口打开" not in text
