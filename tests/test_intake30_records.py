"""Session 30 (room intake30), field test 29's F29-D1 (rest): a crawl record's bare ``时间``/``日期`` column is the day
the site posted the page: the text's publication date when the text dates none that contradicts it, weighed as a
site's 发布日期 line is (never a regulation's, never a date months after every date the text writes).

The family (crawls that keep the posting date in a bare column): gerry0208/spider_project's Hebei CSVs (``时间`` at
kjt/jyt, ``日期`` at rst, values ``2019-05-29``, ``2023年11月16日``, ``2020-03-30 16:05:17``), a site's list page
scraped to a table (``日期`` beside ``标题``), a Scrapy item's ``时间``.  The repost is the trap: a provincial
site's column of national policies posted the 2015 若干意见 in 2018.  Real records: tests/real_pages/intake30/SOURCE.md
(and tests/real_pages/intake29/kjt_hebei_record.csv); invented ones are marked so.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from corpus_tools.crawl_records import read_records, record_page
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

HERE = Path(__file__).parent / "real_pages"


def _documents(data: bytes, name: str) -> list:
    records, _ = read_records(data, name)
    return [doc for record in records for doc in structure_page(clean_page(record_page(record, "utf-8"))).documents]


def _csv(header: list[str], row: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerow(row)
    return out.getvalue().encode("utf-8")


def test_a_notice_is_published_the_day_its_own_site_posted_it():
    """冀科外〔2019〕10号 (kjt.hebei.gov.cn, signed 2019年5月28日 on its one line, posted 2019-05-29): published null before."""
    (doc,) = _documents((HERE / "intake30" / "kjt_hebei_normative_notice.csv").read_bytes(), "规范性文件汇总表.csv")
    assert doc.published == "2019-05-29"


def test_a_repost_years_later_does_not_date_the_text():
    """中共中央国务院's 若干意见 of 2015-03-13, posted by a provincial site's column on 2018-03-09: no publication date."""
    docs = _documents((HERE / "intake30" / "kjt_hebei_national_repost.csv").read_bytes(), "国家政策文件.csv")
    assert docs and all(doc.published != "2018-03-09" for doc in docs)


def test_a_regulation_keeps_its_orders_date():
    """人类遗传资源管理条例 under 国务院令第717号 (signed 2019年5月28日), posted 2019-07-15: the posting dates nothing."""
    docs = _documents((HERE / "intake29" / "kjt_hebei_record.csv").read_bytes(), "法律法规.csv")
    assert all(doc.published != "2019-07-15" for doc in docs)


def test_a_date_column_in_chinese_form_dates_an_undated_notice():
    """Invented sibling: jyt's ``日期`` in 年月日 form over a notice whose text writes no date (the real record's shape)."""
    text = "河北省教育厅关于做好教师节有关工作的通知\n各市（含定州、辛集市）教育局：\n现就做好教师节有关工作通知如下。\n"
    (doc,) = _documents(_csv(["标题", "日期", "内容"], ["河北省教育厅关于做好教师节有关工作的通知", "2024年08月19日", text]), "政策文件.csv")
    assert doc.published == "2024-08-19"


def test_a_validity_column_is_the_status():
    """Invented sibling: 省政府办公厅文件.csv's ``效力状态`` column (有效 / 失效) is the document's status (a guard: read
    already through the box labels, html_meta.LABELS; it passes without this session's change)."""
    text = "河北省人民政府办公厅关于印发某某预案的通知\n各市人民政府：\n现将《某某预案》印发给你们，请认真贯彻执行。\n"
    (doc,) = _documents(_csv(["标题", "时间", "内容", "效力状态"], ["河北省人民政府办公厅关于印发某某预案的通知", "2020-01-02", text, "失效"]),
                        "省政府办公厅文件.csv")
    assert doc.status == "repealed"


def test_a_chapter_of_a_law_is_not_dated_by_its_posting():
    """Negative (invented after 合同法-技术合同, posted 2014-10-21): a text of articles that no notice issues."""
    text = "第十八章　技术合同\n第一节　一般规定\n" + "".join(f"第三百二十{c}条　当事人应当按照约定履行。\n" for c in "二三四五")
    (doc,) = _documents(_csv(["标题", "时间", "内容"], ["中华人民共和国合同法-技术合同", "2014-10-21", text]), "法律法规.csv")
    assert doc.published is None
