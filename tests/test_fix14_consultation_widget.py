"""The consultation widget fgw.sh.gov.cn prints under a notice's signature is no text of the notice (field test 13,
closing 13: ``政策性文件留言咨询`` ⏎ ``（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）`` was appended to
the notice's text once it stopped being an attachment).

Real pages: tests/real_pages/field13_lead/shanghai_fgw_2019_7.html (沪发改规范〔2019〕7号, the saved page) and
tests/real_pages/field13_meta/shanghai_fgw_2021_3.txt (沪发改能源〔2021〕3号, a RAG pipeline's text of the site).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.page_edges import consultation_widget_lines
from tests.real_build import page_documents

REAL = Path(__file__).parent / "real_pages"
WIDGET = "政策性文件留言咨询\n（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）"


@pytest.mark.parametrize(("page", "signature_end"), [
    (REAL / "field13_lead" / "shanghai_fgw_2019_7.html", "国家能源局华东监管局\n2019年5月30日"),
    (REAL / "field13_meta" / "shanghai_fgw_2021_3.txt", "上海市发展和改革委员会\n2021年1月5日"),
])
def test_the_notice_ends_with_its_signature(page, signature_end) -> None:
    (notice,) = page_documents(page)
    assert "留言咨询" not in notice.text and "只接收" not in notice.text
    assert notice.text.rstrip().endswith(signature_end)


@pytest.mark.parametrize("text", [
    # blind: other wordings of the widget, at the end of a notice
    "特此通知。\n某某局\n2023年3月1日\n我要留言\n（说明：仅受理与本文件相关的咨询）\n",
    "特此通知。\n某某局\n2023年3月1日\n在线咨询\n",
    "特此通知。\n某某局\n二〇二三年三月一日\n\n在线咨询\n我要留言\n",
    "现予公布。\n某某委员会\n2022年6月1日\n文件留言咨询\n（提示：留言请注明文件名称）\n分享\n打印本页\n",
])
def test_blind_widgets_go(text) -> None:
    cleaned = clean_and_explain(text).text
    assert "咨询" not in cleaned and "留言" not in cleaned and cleaned.rstrip().endswith("日")


@pytest.mark.parametrize("text", [
    # a law that regulates consultations: sentences, an article heading, a list inside the body
    "第五条 在线咨询\n咨询平台应当在三个工作日内答复。\n" + "第六条 某某。\n" * 8,
    "第十条 政府网站应当设置下列栏目：\n（一）政策文件；\n（二）在线咨询；\n（三）我要留言。\n" + "第十一条 某某。\n" * 8,
    "第二十条 咨询人可以通过下列方式留言咨询：\n" + "第二十一条 某某。\n" * 8,
    # the heading word inside a sentence at the end
    "第三十条 本办法自公布之日起施行。市民可以在线咨询。\n",
    # review 14 (R14-F6): a service guide's channels under its 咨询方式 heading, an attachment's heading, no note
    "北京市居住证办理指南\n一、办理条件\n在本市居住半年以上。\n二、办理材料\n身份证明。\n三、咨询方式\n在线咨询\n"
    "登录北京市政务服务网提交。\n网上咨询\n12345市民服务热线。\n",
    "第二十条 某某。\n第二十一条 本条例自2021年1月1日起施行。\n附件\n在线咨询\n",
    # blind: the channels alone closing the guide, under their heading
    "北京市居住证办理指南\n一、办理条件\n在本市居住半年以上。\n二、咨询渠道\n在线咨询\n网上咨询\n",
])
def test_law_text_is_kept(text) -> None:
    assert consultation_widget_lines(text) == []
    assert clean_and_explain(text).text == text


def test_linear() -> None:
    start = time.process_time()
    consultation_widget_lines("在线咨询\n" * 40_000)
    consultation_widget_lines(("政策性文件留言咨询\n（注：" + "咨询" * 50 + "\n") * 3_000)
    assert time.process_time() - start < 3
