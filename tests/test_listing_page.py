"""listing_page: a site's list or home page the crawler saved instead of a document (field8b F8B-R8).

The text is kept (a corpus is never refused for one page); the finding makes the page recognisable.
"""

from __future__ import annotations

import pyarrow as pa
import pytest

from corpus_tools.validation.quality import LISTING_CHECK, is_listing_page, listing_page_findings

#: ljz060707-lang/China-Real-Estate-Policy-Database @ 9ece7ea, data/raw webpages/82bd3bd1…d47050d99ee2438cdb568e15b3fd9749c8a.html
#: (field8b): the URL of a 济南住房公积金中心 policy redirected to the centre's home page; its text as built (first 24 lines).
JINAN_HOME = (
    "网上大厅\n新闻动态\n济南住房公积金中心举办数...\n济南住房公积金中心举办学...\n济南住房公积金中心接听1...\n"
    "济南住房公积金中心举办党...\n济南住房公积金中心组织参...\n"
    "省住房城乡建设厅任海涛厅长到济南住房公积金中心调...\t2026-07-06\n"
    "政务公开零距离 政银协同惠民生——济南住房公积金...\t2026-07-06\n"
    "济南住房公积金中心举办树立和践行正确政绩观学习教...\t2026-06-24\n"
    "校准政绩观 筑牢廉洁线 护航新征程 ——济南住房...\t2026-06-22\n"
    "住建部就《住房公积金管理条例（修订征求意见稿）》...\t2026-06-17\n"
    "更多...\n政务公开\n政策法规\n"
    "自然资源部、住房城乡建设部联合发文进一步支持城市更新行动\t2026-02-27\n"
    "商务部关于印发促进外贸稳定增长若干政策措施的通知\t2024-11-29\n"
    "国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见\t2024-03-06\n"
    "更多...\n便民服务\n公积金经办网点\t智能问答\n公示公告\n"
    "2025年度济南住房公积金...\t26-01-22\n职工投诉企业（单位）欠缴住...\t26-07-10\n"
)
#: The same crawl, webpages/…4eef5cd8da43e120b29a5d537170223c564c9.cn: 常州市人民政府's home page (lines 19-24 and 48).
CHANGZHOU_HOME = (
    "政声传递\n市政协召开重点提案办理协商会2026-07-20\n常州市举办专题研讨班2026-07-20\n"
    "常州市高架治堵出新招 7月21日晚高峰试点匝2026-07-20\n夜间兜底 常州机场“云公交”升级2026-07-20\n"
    "2026“华罗庚杯”常州市创新创业大赛新型储2026-07-20\n查看更多 >>\n政策文件库\n"
)
#: opendatalab/magic-html benchmark/data/article 21475f4bb9752111.html (field8 magic-html, 河北雄安高新技术产业开发区):
#: an encyclopedia article's references, five lines ending in dates: a document's sources, no list page.
XIONGAN_REFERENCES = (
    "1\n规划用地超952公顷 河北省同意雄安设立省级高新区．金台资讯 [引用日期2024-01-12]\n"
    "2\n河北省人民政府关于同意设立河北雄安高新技术产业开发区的批复．河北省人民政府 [引用日期2024-01-12]\n"
    "3\n雄安高新区正式启动运行．界面新闻．2024-05-09\n4\n河北雄安新区高新技术产业开发区正式揭牌运行．中国新闻网．2024-05-09\n"
    "5\n雄安高新区正式启动运行．新华社．2024-05-10\n"
)


@pytest.mark.parametrize("text", [JINAN_HOME, CHANGZHOU_HOME])
def test_a_home_pages_headline_lists_make_it_a_listing_page(text: str) -> None:
    assert is_listing_page(text)


@pytest.mark.parametrize("text", [
    XIONGAN_REFERENCES,
    # a list of headlines without 更多 and not cut short: a document's own table (the 济南 policy lines alone)
    "自然资源部、住房城乡建设部联合发文进一步支持城市更新行动\t2026-02-27\n"
    "商务部关于印发促进外贸稳定增长若干政策措施的通知\t2024-11-29\n"
    "国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见\t2024-03-06\n",
])
def test_a_documents_own_dated_lines_are_no_listing_page(text: str) -> None:
    assert not is_listing_page(text)


def test_the_finding_is_on_the_list_page_only() -> None:
    documents = pa.table({
        "doc_id": ["d-a-0", "d-b-0"], "page_id": ["p-a", "p-b"], "source_file": ["a.html", "b.html"],
        "text": [JINAN_HOME, XIONGAN_REFERENCES],
    })
    found = listing_page_findings(documents).to_pylist()
    assert [(f["doc_id"], f["check"], f["row"]) for f in found] == [("d-a-0", LISTING_CHECK, 0)]
    assert found[0]["excerpt"].startswith("网上大厅")
