"""Metadata read wrong on real pages of field test 12 (/work/notes/field12.md); each case starts from the real page
(tests/real_pages/field12_precision/SOURCE.md), with negatives.
"""

from __future__ import annotations

from corpus_tools.clean.fields import declared_strings, labelled_fields
from corpus_tools.structure.metadata import front_matter
from tests.real_build import REAL, page_documents

# --- F12-B1: front matter in Chinese (标题/文号/发布单位/发布日期/状态/官方链接) ---------------------------------------

SHANGHAI = REAL / "field12_precision" / "shanghai_jtw_feizhi.md"


def test_chinese_front_matter_gives_the_date_status_and_address():
    (doc, *_) = page_documents(SHANGHAI)
    assert (doc.title, doc.doc_number, doc.published, doc.status) == (
        "上海市交通委员会关于废止和宣布失效部分文件的通知", "沪交法〔2024〕604号", "2024-08-23", "in_force")
    assert doc.source_url == (
        "https://www.shanghai.gov.cn/zhengce/detail?businessId=e3daf91d6d544456b1a07486e8812e2a&siteId=0010")


def test_english_keys_come_first_and_other_chinese_keys_are_no_field():
    md = {"title": "某条例", "标题": "别的标题", "层级": "市级", "类型": "通知公告", "发布日期": "2024-08-23"}
    assert declared_strings(md)["title"] == "某条例"
    assert labelled_fields(md) == {"title": "别的标题", "published": "2024-08-23"}
    assert front_matter({"published": "2020-01-02", "发布日期": "2024-08-23"})["published"] == "2020-01-02"


def test_a_source_label_holding_an_address_is_the_address_not_the_source():
    fm = front_matter({"来源": "http://www.jl.gov.cn/zw/yw/201601/t2016.html"})
    assert (fm["source"], fm["source_url"]) == (None, "http://www.jl.gov.cn/zw/yw/201601/t2016.html")
    assert front_matter({"来源": "人民日报"})["source"] == "人民日报"


# --- F12-A5: the page's address on a ``URL:`` line under the title (12 pages of autumn-picnic/xiaoan) -------------

def test_a_url_line_at_the_head_is_the_source_url(tmp_path):
    text = "吉林省反家庭暴力条例\nURL：http://www.jl.gov.cn/gb/2020/t20201119_7764916.html\n\n第一条 为了预防和制止家庭暴力，制定本条例。\n"
    (doc,) = page_documents(tmp_path / "jilin.md", text, tmp_path)
    assert doc.source_url == "http://www.jl.gov.cn/gb/2020/t20201119_7764916.html"


# --- F12-C1: a ministry's order number before the date of its note, or in brackets after the title -------------

MOT = REAL / "field12_metadata_lead"


def test_an_order_number_before_the_date_of_the_note():
    (doc,) = page_documents(MOT / "express_buling_2023_22.txt")
    assert (doc.doc_number, doc.issuer, doc.published, doc.effective, doc.doc_type) == (
        "交通运输部令2023年第22号", "交通运输部", "2023-12-17", "2024-03-01", "rules")


def test_an_order_in_brackets_after_the_title():
    (doc,) = page_documents(MOT / "mot_rural_highway_2018_4.txt")
    assert (doc.doc_number, doc.issuer, doc.doc_type) == ("交通运输部令2018年第4号", "交通运输部", "rules")


# --- F12-E3: the order's sentence without its header -----------------------------------------------------------------

def test_the_promulgation_sentence_gives_adoption_entry_into_force_and_issuer():
    (doc,) = page_documents(MOT / "whlrfk_yibao_jijin_tiaoli_ruby.txt")
    assert (doc.title, doc.adopted, doc.effective, doc.issuer) == (
        "医疗保障基金使用监督管理条例", "2020-12-09", "2021-05-01", "国务院")


def test_a_congress_committees_sentence_names_no_session_as_issuer(tmp_path):
    """autumn-picnic/xiaoan 安徽省实施《中华人民共和国反家庭暴力法》办法.md: the 公告 signs with the committee's name; the
    session (第十三届) of its sentence is no part of the issuer (review 12)."""
    text = ("安徽省人民代表大会常务委员会\n\n公告\n\n（第七十二号）\n\n《安徽省实施〈中华人民共和国反家庭暴力法〉办法》已经2022年7月29日"
            "安徽省第十三届人民代表大会常务委员会第三十五次会议通过，现予公布，自2022年11月1日起施行。\n\n"
            "安徽省人民代表大会常务委员会\n\n2022年7月29日\n")
    (doc, *_) = page_documents(tmp_path / "anhui.md", text, tmp_path)
    assert doc.issuer == "安徽省人民代表大会常务委员会"
