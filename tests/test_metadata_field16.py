"""Field test 16's metadata findings on real pages (tests/real_pages/field16_fixf/SOURCE.md): a crawler's head of
law.moj.gov.tw's fields (F16-M5) and the issuer of a 国务院令 that cites a congress's decision (F16-M4)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.structure.documents import find_title
from corpus_tools.structure.metadata import field_block_end, head_fields, issuer_from_text

PAGES = Path(__file__).parent / "real_pages" / "field16_fixf"


def _documents(tmp_path: Path, *files: tuple[str, bytes]) -> list[dict]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files:
        (raw / name).write_bytes(data)
    build(raw, tmp_path / "out")
    return [row for f in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for row in pq.read_table(f).to_pylist()]


def test_a_crawlers_head_of_law_moj_fields_is_read_and_set_apart(tmp_path):
    page = PAGES / "tw_crawler_319_commission.md"
    (doc,) = _documents(tmp_path, (page.name, page.read_bytes()))
    assert doc["title"] == "三一九枪击事件真相调查特别委员会条例"
    assert doc["source_url"] == "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0010030"  # was null
    assert doc["text"].startswith("第 1 条\n为查明")  # the four head lines were the text's first lines
    assert doc["num_articles"] == 22
    # 修正日期：20060501 is the database's latest change (中華民國憲法's is 19470101, its promulgation): no amendment,
    # and no status inferred from it
    assert doc["amended"] is None and doc["status"] is None


def test_the_heads_address_label_needs_an_address():
    assert head_fields("法规网址：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001\n第 1 条")["source_url"] \
        == "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=A0000001"
    assert "source_url" not in head_fields("法规网址：见附件\n第一条 为了规范。")


def test_an_order_citing_a_congress_decision_is_the_state_councils(tmp_path):
    page = PAGES / "basiclaw_gb_order221.txt"
    docs = _documents(tmp_path, (page.name, page.read_bytes()))
    assert docs[0]["title"] == "中华人民共和国国务院令第221号"
    assert docs[0]["issuer"] == "国务院"  # was 全国人民代表大会, the body of the decision the order cites


@pytest.mark.parametrize("preamble, issuer", [
    # the adoption record of a local regulation and its amendment record: the congress stays the issuer
    ("（2021年9月27日天津市第十七届人民代表大会常务委员会第二十九次会议通过）", "天津市人民代表大会常务委员会"),
    ("（根据2010年7月30日天津市第十五届人民代表大会常务委员会第十九次会议通过的《天津市人民代表大会常务委员会关于修改部分地方性"
     "法规的决定》修正）", "天津市人民代表大会常务委员会"),
    ("（2005年1月1日天津市第十四届人民代表大会常务委员会第十次会议通过 根据2010年7月30日天津市第十五届人民代表大会常务委员会第十九次"
     "会议通过的《关于修改〈天津市某条例〉的决定》修正）", "天津市人民代表大会常务委员会"),
])
def test_adoption_and_amendment_records_still_name_the_congress(preamble, issuer):
    assert issuer_from_text(preamble, "") == issuer


def test_a_law_librarys_numbered_field_list_is_read(tmp_path):
    """gesswein's mirror numbers the 法律圖書館 block (``5. 【頒布單位】最高人民法院 最高人民檢察院 公安部``): issuer, date and
    source were null (F16-M6)."""
    page = PAGES / "gesswein.com.cn_law_view_541857.txt"
    (doc,) = _documents(tmp_path, (page.name, page.read_bytes()))
    assert doc["title"] == "关于办理刑事案件收集提取和审查判断电子数据若干问题的规定"
    assert doc["issuer"] == "最高人民法院、最高人民检察院、公安部"
    assert doc["published"] == "2016-09-20"
    assert doc["source_url"] == "http://www.spp.gov.cn/xwfbh/wsfbt/201609/t20160920_167380_1.shtml"


def test_numbered_lines_of_no_known_label_are_no_field_block():
    text = "1. 【注意】本页面内容仅供参考\n2. 【联系】某某\n某某办法\n第一条 为了规范。\n"
    assert head_fields(text) == {} and field_block_end(text) == 0


def test_a_short_title_under_a_sites_widgets_is_not_glued_to_them(tmp_path):
    """The registrar's ``歷史記錄`` ⏎ ``幫助中心`` over ``網絡出版服務管理規定``: the title was 历史记录帮助中心网络出版服务管理规定."""
    page = PAGES / "m.gsky-link.com.cn_help_447.txt"
    docs = _documents(tmp_path, (page.name, page.read_bytes()))
    assert docs[0]["title"] == "网络出版服务管理规定"


def test_a_booklets_colophon_is_not_part_of_its_first_title():
    """The first lines of the HK government's booklet basiclaw_full_text_tc.pdf as the PDF reader gives them (after t2s,
    samiux/samiux.github.io @ 9499a58): the title was the colophon glued to 中华人民共和国宪法, the jurisdiction 香港 (F16-M4)."""
    head = ("香港特别行政区政府政制及内地事务局出版\n政府新闻处设计 政府物流服务署印\n中华人民共和国宪法\n中华人民共和国\n"
            "香港特别行政区基本法\n2020 年7月版本\n重要告示\n本小册子所载的资料并无法律地位，只供参考之用，不应援引作\n")
    assert find_title(head)[0] == "中华人民共和国宪法"


@pytest.mark.parametrize("text, title", [
    ("国家新闻出版署关于规范网络出版\n服务的通知\n各省、自治区：\n为了规范。\n", "国家新闻出版署关于规范网络出版服务的通知"),
])
def test_a_title_wrapped_after_a_publishing_word_is_no_colophon(text, title):
    assert find_title(text)[0] == title
