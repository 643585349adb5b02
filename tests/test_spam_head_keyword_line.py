"""An adult site's keyword line above a page's title goes even when its items hold words of no list
(field test 15, F15-N2).

617180.com (http://617180.com/falufagui/766.html, copied by field15 from the pages store) reposts the
最高法 notice on the 民法典总则编 interpretation under
``丁香六月深婷婷激情五月,国语对白嫖老妇胖老太,天下第二社区在线视频,黑人双人rapper中国老狼大豆``: the line was kept
(its comma widened) and became the document's title.
"""

import pytest

from corpus_tools.clean import clean

REAL_LINE = "丁香六月深婷婷激情五月,国语对白嫖老妇胖老太,天下第二社区在线视频,黑人双人rapper中国老狼大豆"
# The page's next lines, Simplified (the page itself is machine Traditional with toned pinyin).
PAGE_BODY = "最高法出台民法典总则编司法解释（附全文）\n\n为指导各级人民法院贯彻实施好民法典，最高人民法院制定了解释。\n"


def test_the_real_line_goes():
    assert clean(f"{REAL_LINE}\n\n{PAGE_BODY}") == PAGE_BODY


# Written before the rule (field15's invented variant s3): other words of no list in the same places.
def test_an_invented_line_of_the_family_goes():
    line = "久久综合九色综合欧美狠狠,午夜福利视频在线观看,天天躁夜夜躁狠狠躁2021,无码人妻一区二区三区免费"
    assert clean(f"{line}\n\n{PAGE_BODY}") == PAGE_BODY


@pytest.mark.parametrize("line", [
    "张婷婷,李婷婷,王丽在线,赵敏",  # names (婷婷 is a given name)
    "一区,二区,三区",  # an exam's zones
    "丝袜,内裤,袜子,手套",  # goods
    "在线办事,政务公开,视频会议,免费咨询",  # a portal's menu of ordinary words
])
def test_lists_of_ordinary_words_at_a_page_head_stay(line):
    # (kept, its commas between Han widened by the width rule)
    assert clean(f"{line}\n\n{PAGE_BODY}") == f"{line.replace(',', '，')}\n\n{PAGE_BODY}"
