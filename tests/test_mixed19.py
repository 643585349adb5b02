"""Session 19's interplay fixes (mixed19): one family's damage that hid the evidence another rule needs.

Each case is a real text with the damage a noise member composes (said so), and what must come out;
negatives are real texts that must stay as they are.
"""

from __future__ import annotations

import time

from corpus_tools.clean import clean_and_explain

#: 重庆市民兵预备役工作条例 (DLC, 重庆地方法规/地方性法规/重庆/重庆市民兵预备役工作条例(2010-07-30).md), its last two
#: articles.
LAST_ARTICLES = (
    "重庆市民兵预备役工作条例\n\n"
    "第三十八条 民兵、预备役人员的权利义务、工作职责、纪律及违纪责任，由重庆警备区制定。\n\n"
    "第三十九条 本条例自2001年8月1日起施行。"
)
#: The footer of a real page (field13/electricity_rag, 2019-03-18_华北区域_…华北能源监管局关于延长华北电力调峰辅助服务
#: 市场运行时间的通知.txt), its last lines as they stand.
REAL_FOOTER = (
    "网站地图\n联系我们\n"
    "通信地址：北京市西城区月坛街道复兴门外大街地藏庵南巷1号（电研大厦C座7层、8层）\n"
    "邮政编码：100045\n主办单位: 国家能源局华北监管局\n京公网安备 11010202007691\n网站标识码：bm62000015号\n"
    "京ICP备11044902号\n国家能源局华北监管局版权所有，如需转载，请注明来源\n"
)
#: The Macau gazette's LegisMac chrome (field18/macau18_gazette/bo_io_gov_mo_2022_34_despce.txt), its first two rows.
MACAU_ROWS = "相關法規 : | |||\n相關類別 : | |||\n"


def test_a_button_glued_to_the_last_sentence_goes_with_a_footer_below_it():
    """furn_glued_end's button (``【打印本页】【关闭窗口】``) glued after the last sentence, the site's footer below: the
    glued junk was looked for only at the text's very end, which the footer (removed by the same rule) hid."""
    for glued in ("【打印本页】【关闭窗口】", " 扫一扫在手机打开当前页", "\u3000分享到：微信 微博 QQ空间", " Print | Close"):
        out = clean_and_explain(LAST_ARTICLES + glued + "\n" + REAL_FOOTER).text
        assert out.rstrip("\n").endswith("第三十九条 本条例自2001年8月1日起施行。"), (glued, out[-80:])


def test_a_button_glued_to_the_last_sentence_goes_with_a_gazettes_chrome_below_it():
    out = clean_and_explain(LAST_ARTICLES + " 分享：\n" + MACAU_ROWS).text
    assert out.rstrip("\n").endswith("本条例自2001年8月1日起施行。"), out[-60:]


def test_junk_glued_before_the_title_goes_below_a_chrome_block():
    """furn_glued_start's font switch glued before the title, the gazette's empty relation rows above it."""
    out = clean_and_explain(MACAU_ROWS + "【字体：大 中 小】" + LAST_ARTICLES + "\n").text
    assert out.startswith("重庆市民兵预备役工作条例\n"), out[:40]


def test_a_last_sentence_that_is_the_laws_own_stays_above_a_footer():
    """Negatives: the law's own last words stay whole, with the footer below or not (a 分享 that is prose)."""
    for page in (LAST_ARTICLES + "\n" + REAL_FOOTER, LAST_ARTICLES + "\n"):
        out = clean_and_explain(page).text
        assert out.rstrip("\n").endswith("第三十九条 本条例自2001年8月1日起施行。"), out[-60:]
    prose = "某条例\n\n第一条 成果由各方分享：\n" + REAL_FOOTER
    assert "第一条 成果由各方分享：" in clean_and_explain(prose).text


def test_the_edges_scan_is_linear():
    page = MACAU_ROWS * 4000 + LAST_ARTICLES + "【打印本页】\n" + REAL_FOOTER * 600
    started = time.perf_counter()
    clean_and_explain(page)
    assert time.perf_counter() - started < 30
    assert len(page) > 200_000
