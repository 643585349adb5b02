"""Session 20's interplay fixes (mixed20): a hard wrap that cuts the page's chrome and its sentences.

The family (tests/noise/wide/combos20.py): one family's damage inside another family's span.  Its members here:
a chrome line cut by the page's own hard wraps (the furniture rule reads whole lines and runs before the layout rules
join the wraps, so only the first piece went); a piece of a wrapped sentence that reads like another furniture shape
once cut (``摄氏度或者低于十二摄氏度`` read as a news report's credits, two 摄 for two roles); and, held out, the same
cuts on the other chrome shapes (a share bar below the last line).  Each case is a real text with the damage a noise
member composes (said so), and what must come out; negatives must stay as they are.
"""

from __future__ import annotations

import time

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.furniture import is_whole_furniture_line, remove_site_furniture
from corpus_tools.clean.mirror_chrome import news_wrapper_lines
from corpus_tools.clean.wrapped_chrome import wrapped_furniture_lines

#: 上海市公共汽车和电车客运管理条例 (DLC, 上海地方法规/地方性法规/上海/上海市公共汽车和电车客运管理条例(2020-05-14).md):
#: its title and 第二十二条, as a copier hard-wrapped them at 12 characters (layout_hard_wrap_narrow's width,
#: the cuts where the benchmark's page mix20_wrapped_chrome_trad had them).
ARTICLE_22 = (
    "第二十二条 采用装有空调设施的车辆营运的，经营者应当定期维护车辆空调设施，保持其良好的工作状态，并在车厢内显著位置设置温度计。\n\n"
    "每年的六月一日至九月三十日期间和十二月一日至次年三月一日期间，以及在此期间外车厢内温度高于二十八摄氏度或者低于十二摄氏度时，"
    "经营者应当开启车辆空调设施。\n\n"
    "除前款规定应当开启车辆空调设施的情形外，经营者应当开启车辆通风换气设施。"
)
TITLE = "上海市公共汽车和电车客运管理条例"


def _wrap(text: str, width: int) -> str:
    out = []
    for para in text.split("\n\n"):
        out.append("\n".join(para[i : i + width] for i in range(0, len(para), width)))
    return "\n\n".join(out)


def _page(top: list[str], bottom: list[str], width: int = 12) -> str:
    """The article wrapped at ``width``, with chrome lines wrapped at the same width above the title and below."""
    chrome_top = "".join(_wrap(s, width) + "\n\n" for s in top)
    chrome_bottom = "".join("\n\n" + _wrap(s, width) for s in bottom)
    return chrome_top + TITLE + "\n\n" + _wrap(ARTICLE_22, width) + chrome_bottom + "\n"


def _clean_article(text: str) -> str:
    return clean_and_explain(text).text


def test_a_breadcrumb_and_a_publication_line_cut_by_the_wraps_go_whole():
    """mix20_furn_wrapped_lines: furn_breadcrumb_publish's lines (the furniture family's seen strings) cut at the
    page's width; only the first piece of each went before (``> 政策法规`` and ``办 作者：管理员 点击：88`` stayed)."""
    for width in (12, 16, 18):
        page = _page(["当前位置：首页 > 政务公开 > 政策法规", "时间：2020-05-14 来源：法制办 作者：管理员 点击：88"], [], width)
        out = _clean_article(page)
        assert out.startswith(TITLE), (width, out[:80])
        assert "管理员" not in out and "政策法规" not in out.split(TITLE)[0]


def test_a_share_bar_cut_by_the_wraps_goes_whole():
    """The same cut below the last line (furn_share's ``分享到：微信 朋友圈 QQ`` at the page's width)."""
    page = _page([], ["分享到： 新浪微博 腾讯微博 微信"], 12)
    out = _clean_article(page)
    assert out.rstrip("\n").endswith("经营者应当开启车辆通风换气设施。"), out[-60:]


def test_a_wrapped_sentence_reading_like_credits_stays():
    """The wraps cut ``…温度高于二十八⏎摄氏度或者低于十二摄氏度⏎时，…``: the middle piece read as a news report's
    credits line (role 摄 twice) and went (``温度高于二十八时``: a loss of the law's text)."""
    page = _page([], [], 12)
    assert "摄氏度或者低于十二摄氏度" in page.replace("\n", "")
    assert news_wrapper_lines(page) == []
    out = _clean_article(page)
    assert "高于二十八摄氏度或者低于十二摄氏度时" in out.replace("\n", "")


def test_credits_lines_still_go():
    """A real credits line (field test 10, F10-N1's 成都日报 report) and a photo credit in brackets still go."""
    t = ("今天，某局发布关于某事的通告，通告规定，禁止某事。\n以下为通告原文：\n为了某事，通告如下：\n一、禁止某事。\n某局\n"
         "成都日报锦观新闻记者何良责任编辑何齐铁实习编辑卢娅芮\n")
    assert "成都日报锦观新闻记者何良责任编辑何齐铁实习编辑卢娅芮" in [t[a:b] for a, b in news_wrapper_lines(t)]
    t2 = "某通告\n以下为通告原文：\n为了某事。\n（新华社记者 张三 摄）\n"
    assert "（新华社记者 张三 摄）" in [t2[a:b] for a, b in news_wrapper_lines(t2)]


def test_a_page_without_wraps_keeps_its_chrome_pieces_alone():
    """No wrap width, no evidence: two lines above a title that join into a furniture shape stay for the furniture
    rule's own reading (``发布日期：2022-03-28`` above a title joins into a 'publication line' too)."""
    text = "发布日期：2022-03-28\n某市物业管理条例\n\n第一条 为了规范物业管理活动，制定本条例。\n"
    assert is_whole_furniture_line("发布日期：2022-03-28某市物业管理条例")  # why the wrap width is needed
    assert wrapped_furniture_lines(text, is_whole_furniture_line) == []


def test_clean_wrapped_text_is_untouched_by_the_new_reading():
    """Negative: the wrapped article without chrome comes out as the article (its wraps joined)."""
    out = _clean_article(TITLE + "\n\n" + _wrap(ARTICLE_22, 12) + "\n")
    assert out == TITLE + "\n\n" + ARTICLE_22 + "\n", out


def test_a_clean_text_is_byte_identical():
    text = TITLE + "\n\n" + ARTICLE_22 + "\n"
    assert remove_site_furniture(text)[0] == text
    assert clean_and_explain(text).text == text


def test_the_edge_scan_is_linear():
    """Many short lines at both edges: the scan reads a bounded number of lines (process time, generous bound)."""
    text = ("当前位置：首页 > 政务公\n开 > 政策法规\n" * 20000) + _wrap(ARTICLE_22, 12)
    t0 = time.process_time()
    wrapped_furniture_lines(text, is_whole_furniture_line)
    assert time.process_time() - t0 < 2.0


def test_a_title_right_under_a_breadcrumb_as_long_as_the_width_stays():
    """Negative: a breadcrumb that happens to be as long as the page's wrap width, the title on the next line and the
    first article below: joined, the two lines read as one breadcrumb (its last crumb free text), but the title is the
    law's; the breadcrumb goes alone, the title stays."""
    width = len("当前位置：首页 > 政务公开 > 政策")
    page = "当前位置：首页 > 政务公开 > 政策\n" + TITLE + "\n\n" + _wrap(ARTICLE_22, width) + "\n"
    assert is_whole_furniture_line("当前位置：首页 > 政务公开 > 政策" + TITLE)  # why the line below is read
    assert wrapped_furniture_lines(page, is_whole_furniture_line) == []
    assert _clean_article(page).startswith(TITLE + "\n")
