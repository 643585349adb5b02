"""Spans a site inserted inside a law's sentence (corpus_tools/clean/inserted_spans.py): a link glued before a comma
or between words, a glossary link's mark after terms.  The members of set 8 (``h8_spam_short_links``,
``h8_furn_glossary_marks``) and members of the same families it does not hold; what a law writes stays."""

from __future__ import annotations

import time

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.inserted_spans import glossary_marks, inserted_links


def _links(text: str) -> list[str]:
    return [text[a:b] for a, b in inserted_links(text)]


def _marks(text: str) -> list[str]:
    return [text[a:b] for a, b in glossary_marks(text)]


@pytest.mark.parametrize("text, want", [
    # set 8's shapes: a shortener's address before a comma or a full stop, with or without scheme and blank
    ("由单位及其在职职工缴存 dwz.cn/6ma69UDH。对突发事件处置不力t.cn/hJW8MxDE，以及其他情形。",
     [" dwz.cn/6ma69UDH", "t.cn/hJW8MxDE"]),
    ("掌握行使职权所必备的知识 https://tb.cn/b9VKS3B。", [" https://tb.cn/b9VKS3B"]),
    # members set 8 does not hold: a link between two words, an ideographic blank, a link before 、 or ；,
    # a trailing slash, a key of letters only in mixed case, a long path of one site's shape twice
    ("县级以上人民政府应当依法v.gd/k9TzQ2履行职责。", ["v.gd/k9TzQ2"]),
    ("单位缴存\u3000suo.im/PWMnb。", ["\u3000suo.im/PWMnb"]),
    ("各级人民政府goo.gl/Xy7Kp2；有关部门https://is.gd/Ab3xYz/、依法处理。", ["goo.gl/Xy7Kp2", "https://is.gd/Ab3xYz/"]),
    ("保护历史风貌ow.ly/JFZYeQcP。", ["ow.ly/JFZYeQcP"]),
    ("本条例自2020年1月1日起施行。https://t.cn/Ab3dE9\n第二条", ["https://t.cn/Ab3dE9"]),  # after the full stop, at the line's end
    ("依法处理 t.cn/Ab3dE9 ，并公布。", [" t.cn/Ab3dE9 "]),
    ("对违法犯罪行为tb.cn/RdqSuTb，应当依法处理；听取公众的意见 bit.ly/tzxBCuJ。", ["tb.cn/RdqSuTb", " bit.ly/tzxBCuJ"]),
    ("组织实施http://www.shop-site.net/item/list，加强监督www.shop-site.net/page/about。",
     ["http://www.shop-site.net/item/list", "www.shop-site.net/page/about"]),
])
def test_links_inserted_in_sentences_go(text, want):
    assert _links(text) == want


@pytest.mark.parametrize("text", [
    "申请人可以登录http://t.cn/A6x9kZ2办理。",  # introduced: the law's own link
    "详见中国政府网http://www.gov.cn/zhengce/abc123。",  # official host, introduced
    "信息在门户网站（网址：www.xx.com/abc123）公布。",  # in brackets: the law's note
    "依照xyz.com/rules，办理。",  # one link, no opaque key: not enough to judge
    "浓度PM2.5/m3以下，单位mg/L。",  # units
    "访问网址为www.abc-site.com/Ab3xYz的网站，访问bit.ly/Qx9Zk2W的网站。",  # a judgment names the sites
    "采用GB/T 50016标准，执行ISO/IEC 17025。",  # standards
])
def test_links_the_law_writes_stay(text):
    assert _links(text) == []


@pytest.mark.parametrize("text, want", [
    # set 8's shapes
    ("报市人民政府[?]批准后执行，办理缴存登记[?]，不为本单位职工缴存。", ["[?]", "[?]"]),
    ("参加工作委员会ⓘ的常委会组成人员，有关部门ⓘ，加强管理。", ["ⓘ", "ⓘ"]),
    ("乡镇人民政府ⓘ应当推进，区人民政府ⓘ及其有关部门，乡镇人民政府ⓘ应当严格。", ["ⓘ", "ⓘ", "ⓘ"]),
    ("有关部门［查看释义］不执行法律，环境保护主管部门［查看释义］和其他负有监督管理职责的部门，建设单位［查看释义］应当配合。",
     ["［查看释义］", "［查看释义］", "［查看释义］"]),
    # members set 8 does not hold: other labels, other brackets, other icons
    ("县级以上人民政府【名词解释】应当加强领导，有关主管部门【名词解释】负责监督管理，建设单位【名词解释】应当配合。",
     ["【名词解释】"] * 3),
    ("县级以上人民政府〖百科〗应当加强领导，有关主管部门〖百科〗负责监督管理。", ["〖百科〗"] * 2),
    ("县级以上人民政府🔍应当加强领导，有关主管部门🔍负责监督管理。", ["🔍"] * 2),
    ("县级以上人民政府（？）应当加强领导，有关主管部门（？）负责监督管理。", ["（？）"] * 2),
    ("县级以上人民政府ℹ应当加强领导，有关主管部门ℹ负责监督管理。", ["ℹ"] * 2),
    ("县级以上人民政府☞应当加强领导，有关主管部门☞负责监督管理。", ["☞"] * 2),
])
def test_glossary_marks_go(text, want):
    assert _marks(text) == want


@pytest.mark.parametrize("text", [
    "罚款五万元以下（含）的，处十万元以上（含）的罚款。",  # the law's own note, its model reads it
    "无车票（卡）、持无效车票（卡）的，乘客无票（卡）的。",  # an alternative after one term
    "专门从事选（洗）矿生产的企业，选（洗）矿设计方案。",
    "技术状况指数（MQI）应当保持七十，高速公路技术状况指数（MQI）应当保持八十。",  # an abbreviation
    "由当事人丙○○与乙○○协商；二○一○年七月。",  # masks and a year's zero
    "团体（丙组）第九名，单打（丙组）第十二名。",  # the page's own words
    "见注释[1]和注释[2]，依照第（一）项和第（一）项。",  # notes and items
    "申请人（签字）：\n代理人（签字）：",  # a form's fields
    "环（huán）节（jié）和结（jié）合。",  # readings (the ruby rule's)
    "县级以上人民政府[?]应当加强领导。",  # once: no recurrence
    "甲乙（…）丙，丁（…）戊。",  # a quotation's omission
    "重点整治★地下六合彩★、★私彩赌博网站★和★网络赌博平台★。",  # a decoration wraps the word (the spam rule's)
    "打击★非法集资★和★电信网络诈骗★，整治★私彩★。",
    "提升⌜鼎盛娱乐⌟能力，加强⌜金沙国际⌟管理。",  # a pair of other symbols around a brand (the spam rule's)
])
def test_what_the_law_writes_stays(text):
    assert _marks(text) == []


def test_the_pipeline_records_each_removal():
    text = ("第三条 住房公积金由单位及其在职职工缴存 dwz.cn/6ma69UDH。对突发事件处置不力t.cn/hJW8MxDE，依法问责。\n"
            "第四条 报市人民政府[?]批准后执行，有关部门[?]应当公布。\n")
    result = clean_and_explain(text)
    assert result.text == "第三条 住房公积金由单位及其在职职工缴存。对突发事件处置不力，依法问责。\n第四条 报市人民政府批准后执行，有关部门应当公布。\n"
    assert [(e.rule, e.before) for e in result.edits] == [
        ("site_furniture", "[?]"), ("site_furniture", "[?]"),
        ("spam_anchor", " dwz.cn/6ma69UDH"), ("spam_anchor", "t.cn/hJW8MxDE"),
    ]
    assert all("link inside a sentence" in e.detail for e in result.edits if e.rule == "spam_anchor")
    assert all("glossary" in e.detail for e in result.edits if e.rule == "site_furniture")


@pytest.mark.parametrize("text", [
    "政府[?]" * 60_000,
    "政府【释义】" * 40_000,
    "".join(f"政府【{chr(0x4e00 + i % 5000)}{chr(0x4e01 + i % 4000)}】" for i in range(30_000)),
    "单位t.cn/Ab3dE9，" * 30_000,
    "单位a.b.c.d.e.f.g" * 20_000,
])
def test_scans_are_linear_on_hostile_input(text):
    t0 = time.process_time()
    glossary_marks(text)
    inserted_links(text)
    assert time.process_time() - t0 < 20
