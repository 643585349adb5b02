"""Field test 20's notice fused with the rules it forwards (F20-C2; tests/real_pages/field20_fix/SOURCE.md).

Family: a notice's date, then its issuers stacked one a line UNDER the date (法律资料网's copies of joint notices:
``二〇〇九年八月三十日`` ⏎ ``沧州市发展改革委`` ⏎ … ⏎ ``沧州市文化局`` ⏎ ``支持农村邮政物流发展实施办法`` ⏎ ``第一条 …``),
then the title of what it issues.  The stack is passed and the title must sit over a first chapter or article.
Variants: (a) eight organs and 第一条 (law798 沧州, real); (b) the same layout without the stack (law505 濮阳,
real, already split: it must stay so); (c) held out (written after the rule): two organs, 第一章 总则.
Negatives: a stack and a title over prose (no chapter, no article) does not cut; nor do organ lines that are
the body of a list of members.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def _structure(page: Path):
    return structure_page(clean_page(ingest_file(page, page.parent)))


def _documents(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    page = tmp_path / "probe.txt"
    page.write_text(text, encoding="utf-8")
    return [(d.role, d.title) for d in _structure(page).documents]


def test_the_cangzhou_notice_and_its_rules_are_two_documents():
    """law798 gave ONE document (notice, 3 articles); law505's layout without the stack split already."""
    structure = _structure(PAGES / "law798_cangzhou_youzheng.txt")
    assert [(d.role, d.title) for d in structure.documents] == [
        ("notice", "沧州市人民政府办公室转发市发改委等部门《支持农村邮政物流发展实施办法》的通知"),
        ("attachment", "支持农村邮政物流发展实施办法"),
    ]
    notice, rules = structure.documents
    assert notice.text.rstrip().endswith("沧州市文化局")  # the stack signs the notice
    assert rules.doc_type == "rules"
    assert {a.doc_id for a in structure.articles} == {rules.doc_id}
    assert [a.article_no for a in structure.articles] == [1, 2, 3]


def test_the_puyang_layout_without_a_stack_stays_split():
    structure = _structure(PAGES / "law505_puyang_yinjing.txt")
    assert [d.role for d in structure.documents] == ["notice", "attachment"]
    assert structure.documents[1].title == "濮阳市城市道路窨井设施管理暂行办法"


def test_held_out_two_organs_over_a_first_chapter(tmp_path):
    t = ("某某市人民政府办公室转发市财政局等部门《某某资金管理办法》的通知\n"
         "各县（市、区）人民政府：\n市财政局、市审计局《某某资金管理办法》已经市政府同意，现转发，请认真贯彻执行。\n"
         "二〇一〇年五月六日\n某某市财政局\n某某市审计局\n某某资金管理办法\n第一章 总则\n"
         "第一条 为加强某某资金管理，制定本办法。\n第二条 本办法自发布之日起施行。\n")
    assert [role for role, _ in _documents(tmp_path, t)] == ["notice", "attachment"]
    assert _documents(tmp_path, t)[1][1] == "某某资金管理办法"


def test_a_stack_over_prose_does_not_cut(tmp_path):
    t = ("某某市人民政府办公室转发市财政局等部门《某某工作方案》的通知\n"
         "各县（市、区）人民政府：\n市财政局、市审计局《某某工作方案》已经市政府同意，现转发，请认真贯彻执行。\n"
         "二〇一〇年五月六日\n某某市财政局\n某某市审计局\n某某工作方案\n"
         "为做好某某工作，现制定方案如下，各单位要认真组织实施，确保工作落到实处，按时完成各项任务。\n")
    assert [role for role, _ in _documents(tmp_path, t)] == ["main"]
