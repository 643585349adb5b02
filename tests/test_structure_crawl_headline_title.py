"""A web crawl's record of blocks (CCNet's ``raw_content``: ``crawl_record.web_blocks``) is titled by one headline
(review 19, R19-F5; left20, session 20): its first two headline lines were joined into one title.

The family: a crawl record opening on headline-shaped lines with no end mark, each whole.  Variants: two news headlines
(``市政府召开常务会议`` ⏎ ``部署下一阶段工作``); a column's headline over a bracketed tag headline (real: ChineseWebText
``fasttext/data/dirty.jsonl`` record 0, tests/real_pages/precf19b/ccnet_dirty_0_headlines.txt: ``煤矿防治水知识专项考试题``
⏎ ``【干货】200个建筑工程施工技术强制措施`` was one title); a site's menu path glued to a headline repeated on the next
line (real: ``2021-43/cleared1.jsonl`` record 63, ``首页基金理财重磅！P2P网站应用安全报告`` twice).  Kept: a headline the
block wrapped where it cannot end (``关于进一步加强安全生产工作的`` ⏎ ``通知``), and any plain record's title block.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.clean.page import clean_page
from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.structure import structure_page

REAL = Path(__file__).parent / "real_pages" / "precf19b" / "ccnet_dirty_0_headlines.txt"
CCNET = {"url": "https://news.example.cn/a.htm", "nlines": 6, "source_domain": "news.example.cn",
         "cc_segment": "crawl-data/CC-MAIN-2022-21/segments/1652662526009.35/wet/x.warc.wet.gz"}


def _title(raw: str, fields=CCNET, text_field="raw_content") -> str:
    record = {**fields, text_field: raw}
    records, codec = read_records((json.dumps(record, ensure_ascii=False) + "\n").encode(), "x.jsonl")
    return structure_page(clean_page(record_page(records[0], codec))).documents[0].title


def test_real_dirty_record_0_is_titled_by_its_first_headline():
    assert _title(REAL.read_text(encoding="utf-8")) == "煤矿防治水知识专项考试题"


@pytest.mark.parametrize("raw, title", [
    ("市政府召开常务会议\n部署下一阶段工作\n12月5日，市政府召开常务会议，研究部署下一阶段重点工作。\n", "市政府召开常务会议"),
    ("区委理论学习中心组开展专题学习\n全市经济运行情况通报\n会议强调，要认真学习贯彻。\n", "区委理论学习中心组开展专题学习"),
    # real (record 63): the repeated headline is not glued to the first
    ("首页基金理财重磅！P2P网站应用安全报告\n重磅！P2P网站应用安全报告\n2016年1月4日20:38:20\n", "首页基金理财重磅！P2P网站应用安全报告"),
])
def test_two_headlines_are_not_one_title(raw, title):
    assert _title(raw) == title


def test_a_headline_cut_where_it_cannot_end_is_still_joined():
    assert _title("关于进一步加强安全生产工作的\n通知\n各区县人民政府：\n现将有关事项通知如下。\n") == "关于进一步加强安全生产工作的通知"


def test_a_plain_record_keeps_its_title_block():
    """Control: without CCNet's fields, the lines are read as a page's and the title block is joined as before."""
    raw = "区委理论学习中心组开展专题学习\n全市经济运行情况通报\n会议强调，要认真学习贯彻。\n"
    assert _title(raw, {"url": "https://news.example.cn/a.htm"}, "content") == "区委理论学习中心组开展专题学习全市经济运行情况通报"
