"""A text page that opens with its site's chrome and a metadata box starts its document at the heading under them.

Real pages (field test 13, JunFengXiang/electricity-policy-rag):
* tests/real_pages/field13_chunks/knowledge_chunks_head.jsonl: the chunks of 国家能源局's page read back as one page opened the
  notice with ``…的通知-国家能源局网站`` ⏎ ``> 正文`` ⏎ ``目录项的基本信息`` ⏎ ``公开事项名称:`` ⏎ … ⏎ its keywords;
* tests/real_pages/field13_lead/tianjin_gxj_2021_3.txt: 天津政务网's menu and letterspaced box (``名 称 ：`` … ``有效``) opened the
  notice's text.
The box's values are still read (索引号, 制发日期, 有效性, 主题 …).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.structure.metadata import head_box_end
from tests.real_build import page_documents

REAL = Path(__file__).parent / "real_pages"


def test_the_chunk_pages_notice_starts_at_its_heading(tmp_path) -> None:
    from corpus_tools.crawl_records import chunk_pages, read_records, record_page
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    data = (REAL / "field13_chunks" / "knowledge_chunks_head.jsonl").read_bytes()
    records, codec = read_records(data, "knowledge_chunks_head.jsonl", text_field="正文片段")
    pages = chunk_pages(records)
    docs = structure_page(clean_page(record_page(pages[0], codec))).documents
    notice = docs[0]
    assert notice.text.startswith("国家能源局关于印发\n各省（自治区、直辖市）能源局")
    assert "国家能源局网站" not in notice.text and "目录项的基本信息" not in notice.text and "索引号" not in notice.text
    assert (notice.title, notice.doc_number, notice.index_no, notice.written, notice.published) == (
        "国家能源局关于印发《电力市场注册基本规则》的通知", "国能发监管规〔2024〕76号", "000019705/2024-00241",
        "2024-09-13", "2024-09-13")


def test_tianjins_notice_starts_at_its_heading() -> None:
    docs = page_documents(REAL / "field13_lead" / "tianjin_gxj_2021_3.txt")
    notice = docs[0]
    assert notice.text.startswith("市工业和信息化局关于印发\n2021\n年春节期间\n电力需求响应实施细则的通知\n国网天津市电力公司，有关单位：")
    assert "天津政务网" not in notice.text and "索 引 号" not in notice.text
    assert (notice.title, notice.issuer, notice.doc_number, notice.index_no, notice.status) == (
        "市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知", "天津市工业和信息化局", "津工信电力〔2021〕3号",
        "11120000MB1896646L/2021-00073", "in_force")


@pytest.mark.parametrize("page", [
    # blind: a county's 信息公开 page as text, the box's values on its lines, the heading on two lines
    "某县人民政府关于做好防汛工作的通知_通知公告_某县人民政府网\n首页\n>\n政务公开\n索引号：11/2023-01\n发布机构：某县人民政府\n"
    "发文字号：某政发〔2023〕5号\n成文日期：2023-05-01\n某县人民政府关于做好\n防汛工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n",
    # blind: a box whose labels stand alone, values under them, a declared title only in the box
    "某市网\n当前位置：首页 > 文件\n标题：\n某市关于印发某办法的通知\n文号：\n某府发〔2022〕3号\n发布日期：\n2022-03-04\n"
    "某市关于印发某办法的通知\n各区政府：\n现将某办法印发给你们。\n",
])
def test_blind_heads(page) -> None:
    start = head_box_end(page)
    assert start and page[start:].startswith("某")
    assert "：" not in page[start:].split("\n")[0]


@pytest.mark.parametrize("page", [
    # the box after a sentence: a document's own field lines, no page head
    "某某通知\n现将有关事项通知如下。\n索引号：1\n发布机构：某局\n成文日期：2024-01-02\n某某通知\n",
    # only two fields
    "某网\n发布机构：某局\n成文日期：2024-01-02\n某某通知\n正文。\n",
    # no heading under the box that begins a title
    "某网\n索引号：1\n发布机构：某局\n成文日期：2024-01-02\n各有关单位：\n现将有关事项通知如下。\n",
])
def test_no_cut_without_evidence(page) -> None:
    assert head_box_end(page) == 0


def test_clean_dlc_style_page_is_untouched() -> None:
    page = "# 某市养犬管理条例\n\n2020年1月1日 某市人大常委会\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范养犬，制定本条例。\n"
    assert head_box_end(page, ("某市养犬管理条例",)) == 0


def test_linear() -> None:
    start = time.process_time()
    head_box_end("索引号：\n" * 100_000)
    head_box_end("某网\n" + "x" * 200_000)
    head_box_end("某网\n索引号：1\n发布机构：某局\n成文日期：2024-01-02\n" + "某某某某某某\n" * 40_000, ("某某某某某某某",))
    assert time.process_time() - start < 2


def test_a_crawlers_info_block_is_no_notice() -> None:
    """tests/real_pages/crawler_md (a crawler's Markdown: ``文档 ：….md`` ⏎ ``基本信息`` ⏎ ``文档类型：政策类`` ⏎ ``原文链接：无`` ⏎
    ``发布机构：…`` ⏎ ``文件名称：…`` ⏎ ``文件编号：无`` ⏎ ``附件`` over the plan): the block was a "notice" and the plan its
    attachment; the plan is the page's one document now."""
    (plan,) = page_documents(REAL / "crawler_md" / "上海市北斗产业高质量发展三年行动计划.md")
    assert plan.text.startswith("上海市北斗产业高质量发展三年行动计划\n\n（2021-2023年）")
    assert (plan.role, plan.doc_type, plan.title, plan.doc_number) == (
        "main", "plan", "上海市北斗产业高质量发展三年行动计划（2021-2023年）", None)
