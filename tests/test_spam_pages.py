"""The ``spam_page`` finding: gambling farms' fabricated "government documents" (field test 9, F9-P1).

Real pages in tests/real_pages/spam_pages9 (SOURCE.md): four lottery-tip farm pages the build published as
regulations and drafts of 澳门特别行政区 with no finding, and the negative controls: the official 彩票管理条例,
a real 福利彩票 regulation reposted on a gambling domain, Macau's official gazette.  The clean corpus (1,911
laws, 81 of them about 彩票, 赌博 or 博彩) must give no finding.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.validation import quality, spam_pages
from corpus_tools.validation.spam_pages import spam_page_evidence

PAGES = Path(__file__).parent / "real_pages" / "spam_pages9"
FARMS = ("gxbie_article_403.txt", "xintaonong_article_1376.txt", "deguomolian_news_2503.txt",
         "chaoweidianchi_post_7485.txt")
CONTROLS = ("6065bob_fagui_77749.txt", "bo_io_gov_mo_2023_50_ordem90.txt", "caipiao_tiaoli.md")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    tmp = tmp_path_factory.mktemp("spam-pages")
    shutil.copytree(PAGES, tmp / "raw", ignore=shutil.ignore_patterns("SOURCE.md"))
    summary = build(tmp / "raw", tmp / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    return {config: [row for path in sorted((tmp / "out" / "data").glob(f"{config}-*.parquet"))
                     for row in pq.read_table(path).to_pylist()]
            for config in ("documents", "findings")}


def test_every_farm_page_is_flagged_and_no_control(built):
    flagged = {d["source_file"].rsplit("/", 1)[-1] for d in built["documents"] if "spam_page" in d["findings"]}
    assert flagged == set(FARMS)
    controls = [d for d in built["documents"] if d["source_file"].rsplit("/", 1)[-1] in CONTROLS]
    assert len(controls) >= len(CONTROLS)


def test_the_finding_says_which_phrases_and_where(built):
    rows = {f["source_file"].rsplit("/", 1)[-1]: f for f in built["findings"] if f["check"] == "spam_page"}
    assert rows["gxbie_article_403.txt"]["column"] == "title,text"
    assert "in title: 澳门特马今期开奖结果查询016期" in rows["gxbie_article_403.txt"]["excerpt"]
    assert "四肖八码" in rows["xintaonong_article_1376.txt"]["excerpt"]
    assert "主 题：新澳今晚上9点30开奖结果查询" in rows["deguomolian_news_2503.txt"]["excerpt"]
    # the Traditional page is read after conversion: 新澳門天天開好彩 -> 新澳门天天开好彩
    assert "新澳门天天开好彩" in rows["chaoweidianchi_post_7485.txt"]["excerpt"]


@pytest.mark.parametrize("name", FARMS)
def test_the_raw_farm_page_is_read_in_either_script(name):
    """Before cleaning too (Traditional, ASCII punctuation, ruby pinyin left in): a build that skips
    conversion keeps 開好彩, and the page is still a farm's."""
    text = (PAGES / name).read_text(encoding="utf-8")
    title = text.split("\n", 1)[0]
    assert spam_page_evidence(title, text) is not None


# Lines of real laws about lotteries and gambling (the clean corpus, /work/ref/DLC, and the official
# 彩票管理条例 of tests/real_pages/spam_pages9): the law's own vocabulary is no tip.
LAW_LINES = [
    ("上海市反不正当竞争条例", "（三）对所设奖项的种类、中奖概率、获奖方法、开奖日期等作虚假的表示；"),
    ("河南省反不正当竞争条例", "第十九条 抽奖式有奖销售，最高奖的金额不得超过五千元。同一奖券或购买一次商品具有两次以上获奖机会的，各次开奖"),
    ("彩票管理条例", "第十六条 彩票销售机构应当为彩票代销者配置彩票投注专用设备。彩票投注专用设备属于彩票销售机构所有，彩票代销者不得转借、出租、出售。"),
    ("彩票管理条例", "第二十一条 彩票发行机构、彩票销售机构应当及时将彩票发行、销售情况向社会全面公布，接受社会公众的监督。"),
]


@pytest.mark.parametrize(("title", "line"), LAW_LINES)
def test_a_lottery_laws_own_words_are_no_tip(title, line):
    text = f"{title}\n{line}\n{line}"
    assert spam_page_evidence(title, text) is None
    assert not len(spam_pages.candidate_rows(pa.array([title]), pa.array([text])))


# Words that share characters with the tips (constructed lines, each a title over a repeated line: placement and
# repetition are met, so only the phrase shapes decide).
LOOKALIKES = [
    "用户应当妥善保管密码中特别重要的部分",           # 码中特 without a numeral: no 一码中特
    "澳门旅游免费资料索取办法",                       # 澳门 … 免费资料: no lottery word
    "中新澳三方合作精彩纷呈的资料汇编",                # 新澳 (New Zealand and Australia), 精彩
    "管家婆财务软件注册码管理规定",                    # 管家婆 the accounting software
    "本学期期中考试安排",                             # 期期中
    "往返澳门天天有班车",                             # 澳门天天 without 彩/开奖
    "关于开通体育彩票开奖结果查询服务的通知",           # a draw look-up only
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_lookalike_words_are_no_tip(line):
    assert spam_page_evidence(line, f"{line}\n{line}。\n{line}。") is None


def test_the_official_lottery_regulation_is_no_farm_page():
    text = (PAGES / "caipiao_tiaoli.md").read_text(encoding="utf-8")
    assert text.count("彩票") > 200
    assert spam_page_evidence("彩票管理条例", text) is None


def test_one_tip_phrase_or_draw_lookups_alone_are_not_enough():
    """Placement without repetition, or only the words a real 彩票 service notice may use."""
    head = "关于印发“摇钱树四肖八码期期三码必中”活动方案的通知"  # xintaonong, line 3
    assert spam_page_evidence("澳门特别行政区政策文件草案", head.replace("期期三码必中", "")) is None
    lookups = "关于开通开奖结果查询服务的通知\n彩民可通过官方网站进行开奖结果查询。"  # constructed: a plausible real notice
    assert spam_page_evidence("关于开通开奖结果查询服务的通知", lookups) is None


def test_the_title_and_its_own_line_are_one_phrase_not_two():
    """A title joined from two lines is not the text's first line, and holds the same phrase."""
    title = "关于印发“摇钱树四肖八码”活动方案的通知"  # xintaonong, line 3, without 期期三码必中
    text = "关于印发“摇钱树四肖八码”活动方案\n的通知\n各有关单位：\n现将活动方案印发给你们。"
    assert spam_page_evidence(title, text) is None
    assert spam_page_evidence(title, text + "\n其中，T代表特码。") is not None  # xintaonong: a second phrase


def test_a_line_warning_against_gambling_does_not_count():
    """An anti-gambling notice quotes the farms' phrases (constructed lines in the style of a 公安 通告)."""
    text = ("关于严厉打击“地下六合彩”赌博违法犯罪活动的通告\n"
            "一、所谓“四肖八码”“期期必中”“一码中特”都是诈骗分子的骗局。\n"
            "二、对参与“特码”赌博的，依法查处。")
    assert spam_page_evidence("关于严厉打击“地下六合彩”赌博违法犯罪活动的通告", text) is None


def test_the_prefilter_keeps_every_page_the_check_flags():
    texts = [(PAGES / name).read_text(encoding="utf-8") for name in (*FARMS, *CONTROLS)]
    titles = [t.split("\n", 1)[0] for t in texts]
    kept = set(spam_pages.candidate_rows(pa.array(titles), pa.array(texts)).tolist())
    flagged = {k for k, (title, text) in enumerate(zip(titles, texts)) if spam_page_evidence(title, text)}
    assert flagged == set(range(len(FARMS)))
    assert flagged <= kept


def test_the_check_is_in_the_vocabulary_and_reads_title_and_text():
    check = quality.QUALITY_CHECKS[("documents", "spam_page")]
    assert check.columns == ("title", "text")
    assert "spam_page" in quality.CHECK_NAMES


def test_no_law_of_the_clean_corpus_is_a_farm_page(clean_corpus_files):
    about_gambling = 0
    for path in clean_corpus_files:
        text = path.read_text(encoding="utf-8")
        about_gambling += bool(re.search("彩票|赌博|博彩|开奖", text))
        assert spam_page_evidence(text.split("\n", 1)[0], text) is None, path.name
    assert about_gambling >= 50
