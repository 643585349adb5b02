"""Session 17's second round on text copied out of PDF and Word files (room pdf17): real pages in
tests/real_pages/pdf17/SOURCE.md, negative cases beside each positive one."""

from __future__ import annotations

import time
from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.wrap_spaces import wrap_spaces

REAL = Path(__file__).parent / "real_pages" / "pdf17"


def _read(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- wrap blanks after names' ends and clause marks


def test_wrap_spaces_after_an_organs_name_go_where_the_print_width_proves_them():
    """医疗保障法（草案） as a RAG repository extracted it from the PDF: the printed lines' ends became spaces 60 columns
    apart; those after 部/行/；/》/） were kept as list separators (``行政部门、财政部 门指导``, ``医药服务行 为``)."""
    out = clean_and_explain(_read("yibaofa_caoan_pdf_spaces.txt")).text
    for words in ("医疗保障行政部门、财政部门指导统筹地区", "规范医药服务行为，", "由医疗保障行政部门责令改正", "责令改正；造成",
                  "《中华人民共和国慈善法》等法律", "（以下统称灵活就业人员）参加职工"):
        assert words in out, words
    assert "给予举报人奖励。 举报" in out  # (a space after a sentence's end: a paragraph's end, for all the rule knows)
    out = clean_and_explain(_read("yibao_pianbao_yijian_pdf_spaces.txt")).text
    assert "以诈骗罪定罪处罚；同时构成" in out and "可以认定行为人具有主观明知" in out
    assert "最高人民法院 最高人民检察院 公安部" in out  # the signers' names on one line: no print width there


def test_names_typed_apart_stay_without_a_print_width():
    """Contacts typed as an organ and a person apart on a page with no periodic spaces stay byte for byte."""
    text = _read("tianjin_xiangying_contacts.txt")
    assert wrap_spaces(text) == []
    out = clean_and_explain(text).text
    assert "市工业和信息化局电力处 章建新" in out and "国网天津市电力公司营销部 李野" in out


def test_an_organ_list_in_a_wrapped_page_stays_when_its_spaces_are_off_the_width():
    """A page whose wraps recur every 30 columns, and a sentence listing organs with spaces at other distances."""
    line = "为了规范本市医疗保障基金的使用和管理，保障参保人员的合法权益，促进医疗保障事业健康发展，制定本办法。"
    wrapped = "\n".join(line[:15] + " " + line[15:30] + " " + line[30:45] + " " + line[45:] for _ in range(4))
    organs = "抄送单位为市财政局 市卫生健康委员会 市市场监管局 市审计局，各单位应当按照职责分工做好相关工作。"
    edits = wrap_spaces(wrapped + "\n" + organs + "\n")
    assert len(edits) == 12 and all(e.start < len(wrapped) for e in edits)


def test_wrap_spaces_stay_linear_on_a_long_page():
    line = "医疗保障行政部门、财政部 门指导统筹地区人民政府医疗保障行政部门、财政部 门指导统筹地区人民政府医疗保障行政部 门"
    text = "\n".join([line] * 2800)  # ~200k characters
    began = time.process_time()
    wrap_spaces(text)
    assert time.process_time() - began < 5
