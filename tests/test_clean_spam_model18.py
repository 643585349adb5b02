"""Brands of no list glued into a law's sentence, delimited by the law-text model (session 18, spam18).

The positive cases are the damage of the noise benchmark's R and B members (``tests/noise/wide/families/spam.py``,
``spam_r18d_*``: the seen shapes with a vocabulary drawn at random per page); no real page of the project's
collections shows this damage with a vocabulary no list holds (the real spam pages' brands are read by the
other rules).  The negative cases are real pages, copied with their source: a judgment's exhibits, a masked
party, a news article's product names, a site's notice, an attachment's file name.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from corpus_tools.clean.spam import remove_spam_anchors
from corpus_tools.clean.spam_model import model_delimited_brands

LAW = "第九条 建设单位应当按照有关安全技术规范和标准采购、配置电梯设备，并对电梯的安全运行负责。"


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in model_delimited_brands(text)]


@pytest.mark.parametrize("brand, at", [
    ("昊霆游艺厅»daji", "技"),          # spam_r18d_insert_separators, law 029 of the benchmark's sample
    ("沁琅璟游艺厅•y7178", "单"),
    ("烨澄逸大小单双r4090.ink", "按"),
])
def test_a_brand_inside_a_word_is_removed_whole(brand, at):
    i = LAW.index(at) + 1
    damaged = LAW[:i] + brand + LAW[i:]
    assert _found(damaged) == [brand]
    out, edits, _ = remove_spam_anchors(damaged)
    assert out == LAW
    assert [e.before for e in edits] == [brand]


def test_one_name_at_several_places_between_other_neighbours():
    # spam_b18_repeated_bare-like: the same name at three places; each place alone breaks its sentence less than
    # MIN_JUNCTION, together they are the evidence
    law = ("第三条 各级人民政府应当加强对安全生产工作的领导，支持、督促各有关部门依法履行安全生产监督管理职责。\n"
           "第四条 生产经营单位应当建立健全安全生产责任制度，完善安全生产条件，确保安全生产。\n"
           "第五条 生产经营单位的主要负责人对本单位的安全生产工作全面负责。")
    brand = "琪熙水果机::qixi"
    places = [law.index("对安全"), law.index("全生产责任"), law.index("要负责人")]
    damaged = law
    for p in sorted(places, reverse=True):
        damaged = damaged[:p] + brand + damaged[p:]
    out, edits, _ = remove_spam_anchors(damaged)
    assert out == law
    assert [e.before for e in edits] == [brand] * 3


@pytest.mark.parametrize("text", [
    # /work/field18/lawbench_qa/zero_shot_3-7.json (LawBench, a theft judgment): the stolen phone's model
    "盗走被害人赵某1存放在该车内的vivox5手机1部及人民币4500元。经鉴定，该被盗vivox5手机价格为",
    # /work/field18/lawbench_qa/zero_shot_2-5.json (LawBench, a bribery judgment): masked parties
    "人房x1陪同顾x13夫妻赴南非旅游,并为其支付旅游费用人民币4万元。2012年7月期间,被告人房x1分别给予顾x13人民币10万元、江10人民币5万元。",
    # tests/real_pages/enc16/dolphinsci_lost_ampersands.txt (a news page): a product's name
    "熟我们正迎来一场法律文献处理方式的根本变革。以腾讯混元OCRHunyuanOCR为代表的新一代智能文档理解系统正在将这一设想变为现实只需上传扫描件",
    # tests/real_pages/meta9/taipei_head.txt (a Taiwan law site's notice)
    "您的瀏覽器不支援JavaScript功能,若網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態",
    # tests/real_pages/field11/tianhe_05_youeryuan_zhaosheng.html (attachments a notice links)
    "附件：天河区幼儿园招生工作安排附件1.docx　　附件2.docx　　附件3.docx",
    # law text with Latin of its own
    "第五条 鼓励企业开发APP，推进5G网络和PM2.5监测，建设10kV线路，电子邮箱zqyjfk@163.com，网址www.beijing.gov.cn。",
    "第六条 信息系统应当支持iOS和Android操作系统，数据以xml格式报送，微信号gzrs2020可以查询。",
])
def test_latin_a_text_writes_stays(text):
    assert model_delimited_brands(text) == []
    assert remove_spam_anchors(text)[0] == text


def test_linear_on_hostile_lines():
    for text in ("加强瀚岳泓扎金花•n8726监督" * 12_000, "推荐访问鼎盛国际官网www.dsgj88.com，" * 6_000,
                 "应当加强管理ab12" * 20_000, "甲" * 199_990 + "乙ab12丙"):
        t0 = time.process_time()
        model_delimited_brands(text[:200_000])
        assert time.process_time() - t0 < 10


def test_the_model_loads_only_on_a_page_that_asks():
    code = (
        "import sys\n"
        "from corpus_tools.clean.spam import remove_spam_anchors\n"
        "remove_spam_anchors('第五条 鼓励企业开发APP，推进5G网络和PM2.5监测，建设10kV线路。\\n第六条 电子邮箱zqyjfk@163.com。')\n"
        "assert 'numpy' not in sys.modules, 'numpy loaded'\n"
        "remove_spam_anchors('第九条 建设单位应当按照有关安全技昊霆游艺厅»daji术规范和标准采购、配置电梯设备。')\n"
        "assert 'numpy' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
