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
    started = time.process_time()
    clean_and_explain(page)
    assert time.process_time() - started < 30
    assert len(page) > 200_000


#: 上海市住房公积金管理若干规定 (DLC, 上海地方法规/地方性法规/上海/上海市住房公积金管理若干规定.md), 第十六条-第十九条,
#: printed as a PDF copy with its title at each page's top and the page's number at its foot (layout_pdf_page_breaks'
#: shape, 浙江/宁波 gazette PDFs), wrapped at 36; ruby (ruby_tone_marks) left one reading at a page's first line,
#: cut off from the character it reads by the page break (mix19_probe_vuepress_pages_tones_digits, 30 laws: 2 pages).
_HEAD = "上海市住房公积金管理若干规定（修订）"
RUBY_PDF_PAGE = (
    "上海市住房公积金管理若干规定\n\n"
    "第十六条 对违反住房公积金管理规定的行为，任何单位和个人都可以向市公积金管理中心投诉、举报。市公积金管理\n"
    "－1－\n" + _HEAD + "\n"
    "中心应当在接到投诉、举报后三十日内提出处理意见，并书面告知投诉、举报人。\n\n"
    "第十七条 单位不依法办理住房公积金缴存登记，不为本单位职工办理住房公积金账户设立手续，逾期不依法缴存住房公积\n"
    "金，或者少缴住房公积金的，由市公积金管理中心依照国务院《住房公积金管理条例》的规定予以处理。\n\n"
    "第十八条 以欺骗手段违法提取本人住房公积金账户内的存储余额的，市公积金管理中心应当责令限期退回违法所提款额，\n"
    "并可处违法所提款额百分之十以上百分之五十以下的罚款。\n\n"
    "第十九条 以欺骗手段违法获得住房公积金贷款的，市公积金管理中心应当责令借款人限期退回违法所贷款额，并可取消\n"
    "－2－\n" + _HEAD + "\n"
    "其一年至五年的住房公积金贷款资格，或者处违法所贷款额百分之十以上百分之五十以下的罚款；构成犯罪的，依法追究刑\n"
    "事责任。第十九条 以欺骗手段违法获得住房公积金贷款的，市公积金管理中心应当责令借款人限期退回违法所贷款额，并可\n"
    "取消其一年至五年的住房公积金贷款资格，或者处违法所贷款额百分之十以上百分之五十以下的罚款；构成犯罪的，依法追究\n"
    "刑事责任。第十八条 以欺骗手段违法提取本人住房公积金账户内的存储余额的，市公积金管理中心应当责令限期退回违法所提\n"
    "款额，并可处违法所提款额百分之十以上百分之五十以下的罚款。对违反住房公积金管理规定的行为，任何单位和个人都可以向\n"
    "市公积金管理中心投诉、举报。并可取消其一年至五年的住房\n"
    "－3－\n" + _HEAD + "\n"
    "（fáng）公积金贷款资格，或者处违法所贷款额百分之十以上百分之五十以下的罚款。\n"
)


def test_a_running_title_goes_when_a_reading_cut_off_by_the_page_break_opens_the_next_line():
    """The line after the title opened on ``（fáng）``, read as an item's bracket: the title stayed inside the sentence
    (``…的住房上海市住房公积金管理若干规定（修订）⏎（fáng）公积金…``) and so did the reading."""
    out = clean_and_explain(RUBY_PDF_PAGE).text
    assert _HEAD not in out, out
    assert "取消其一年至五年的住房公积金贷款资格，或者处" in out
    assert "fáng" not in out


def test_a_bracket_that_reads_no_character_before_the_page_break_is_not_taken_for_a_reading():
    """Negative: an item ``（a）`` (HK laws) after a page break is no reading of the character before it: the cut
    sentence is not proven there, and the text keeps ``（a）``."""
    page = RUBY_PDF_PAGE.replace("（fáng）公积金贷款", "（a）公积金贷款")
    out = clean_and_explain(page).text
    assert "（a）公积金贷款" in out


#: Spam lines a spam site appends below a page (the noise vocabulary's link and promotion lines, tests/noise/wide/
#: families/spam.py: spam_lines_links, spam_lines_promo), standing after the glued furniture.
SPAM_LINES = ("http://yingjia.vip/index.html", "官方直营 鑫利来彩票xinlilaiv2.7 xhtd39.net", "首存加送 聚宝盆体育_jbp jch88.net")


def test_furniture_glued_to_the_last_sentence_goes_once_the_spam_line_below_it_is_gone():
    """The furniture rule runs before the spam rule: the spam line below hid the text's end, and the glued buttons
    stayed joined to the last article (all 18 pages of a probe of glued junk + spam lines)."""
    for spam_line in SPAM_LINES:
        for glued in ("【打印本页】【关闭窗口】", " 扫一扫在手机打开当前页", "\u3000分享到：微信 微博 QQ空间"):
            result = clean_and_explain(LAST_ARTICLES + glued + "\n" + spam_line + "\n")
            assert result.text.rstrip("\n").endswith("第三十九条 本条例自2001年8月1日起施行。"), (spam_line, glued)
            assert any(e.rule == "furniture_seams" for e in result.edits)
        result = clean_and_explain(spam_line + "\n【字体：大 中 小】" + LAST_ARTICLES + "\n")
        assert result.text.startswith("重庆市民兵预备役工作条例\n"), result.text[:40]


def test_the_furniture_seams_leave_a_page_without_spam_as_the_furniture_rule_left_it():
    """Negatives: no spam line, the furniture rule took the junk and the seams find nothing; prose ending on 分享 stays."""
    result = clean_and_explain(LAST_ARTICLES + "【打印本页】【关闭窗口】\n")
    assert [e.rule for e in result.edits] == ["site_furniture"]
    prose = "某条例\n\n第一条 成果由各方分享：\n" + SPAM_LINES[0] + "\n"
    assert "第一条 成果由各方分享：" in clean_and_explain(prose).text
