"""An article label whose 之X suffix stands on the next line (flk.npc.gov.cn's 刑法 PDF, as the zitzhen/Chinese-law
repository keeps it; field test of session 6: 49 of 53 之X articles lost their suffix)."""

from __future__ import annotations

from corpus_tools.records import CleanedPage, RawPage
from corpus_tools.structure import structure_page

XINGFA = (
    "中华人民共和国刑法\n"
    "第十七条\n【刑事责任年龄】已满十六周岁的人犯罪，应当负刑事责任。\n"
    "第十七条\n之一\n【刑事责任年龄】已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚；过失犯罪的，应当从轻或者减轻处罚。\n"
    "第十八条\n【特殊人员的刑事责任能力】醉酒的人犯罪，应当负刑事责任。\n"
)


def _labels(text: str) -> list[tuple[str, int]]:
    page = RawPage(source_file="x.txt", sha256="0" * 64, encoding="utf-8", format="text", text=text)
    return [(a.label, a.article_suffix) for a in structure_page(CleanedPage(page, text)).articles]


def test_a_suffix_on_the_line_below_the_label_is_the_labels():
    assert _labels(XINGFA) == [("第十七条", 0), ("第十七条之一", 1), ("第十八条", 0)]


def test_running_text_opening_with_zhi_stays_text():
    text = "第十七条\n之一的罚款，由县级以上人民政府决定。\n第十八条\n本法自公布之日起施行。\n"
    assert _labels(text) == [("第十七条", 0), ("第十八条", 0)]
