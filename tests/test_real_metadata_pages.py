"""Metadata of real pages a field test found wrong (session 6): the title, 文号, issuer and dates
each page itself states.  tests/real_pages/{cityhtml,laosheng,pbc_meta}/SOURCE.md say where each
page comes from and what went wrong; pages that were right keep their values (the last tests).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.structure.documents import find_title, is_breadcrumb, is_chrome_line

REAL = Path(__file__).parent / "real_pages"
SITES = Path(__file__).resolve().parents[2] / "shared" / "real"
if not SITES.is_dir():
    SITES = Path("/work/shared/real")


def _documents(folder: str, out: Path) -> dict[str, list[dict]]:
    """Every document of a build of tests/real_pages/FOLDER, by file, in page order."""
    raw = out / "raw"
    raw.mkdir(parents=True)
    for path in sorted((REAL / folder).iterdir()):
        if path.name != "SOURCE.md":
            (raw / path.name).write_bytes(path.read_bytes())
    summary = build(raw, out / "build", progress=False)
    assert summary.outcome == "ok", summary.render()
    rows = [row for path in sorted((out / "build" / "data").glob("documents-*.parquet"))
            for row in pq.read_table(path).to_pylist()]
    by_file: dict[str, list[dict]] = {}
    for row in sorted(rows, key=lambda r: (r["source_file"], r["ordinal"])):
        by_file.setdefault(row["source_file"], []).append(row)
    return by_file


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> dict[str, list[dict]]:
    return _documents("cityhtml", tmp_path_factory.mktemp("cityhtml"))


@pytest.fixture(scope="module")
def laosheng(tmp_path_factory) -> dict[str, list[dict]]:
    return _documents("laosheng", tmp_path_factory.mktemp("laosheng"))


@pytest.fixture(scope="module")
def pbc(tmp_path_factory) -> dict[str, list[dict]]:
    return _documents("pbc_meta", tmp_path_factory.mktemp("pbc_meta"))


# 1. chrome taken as the title ---------------------------------------------------------------

def test_the_title_under_a_menu_and_breadcrumb_not_the_footer(city):
    assert city["6bb0487fbbda.html"][0]["title"] == "德州市住房公积金管理委员会办公室关于调整住房公积金贷款政策的通知"


def test_a_columns_name_above_the_title_is_not_the_title(city):
    assert city["b21e279d7c8f.html"][0]["title"] == "市规划资源局关于印发《天津市建设用地使用权转让实施细则》的通知"


def test_a_portal_home_page_names_no_document(city):
    """我的常州, 智能问答, 移动服务 …: links of the portal; its <title> is the site's name."""
    assert [d["title"] for d in city["03368babc809.html"]] == [""]


def test_the_h1_naming_the_notice_in_quotes_wins_over_joined_menu_items(city):
    title = city["9f1f31224cbf.html"][0]["title"]
    assert "".join(title.split()) == "保定市住房公积金管理委员会关于《关于调整住房公积金贷款相关政策的通知》（市房金委字〔2022〕2号）"


def test_a_markdown_breadcrumb_is_not_the_title(laosheng):
    assert laosheng["duben_2012-治安管理处罚法.md"][0]["title"] == "中华人民共和国治安管理处罚法"
    assert laosheng["duben_2015-lifafa.txt.md"][0]["title"] == "中华人民共和国立法法"


@pytest.mark.parametrize("line", [
    "[大萌法律读本2](../duben2) >> 2012-治安管理处罚法", "政务公开\u3000>\u3000政策服务\u3000>\u3000政策文件",
    "您所在的位置： 德州市住房公积金 \xa0>\xa0 通知公告 >\xa0正文", "字号：\xa0\xa0 大\xa0\xa0 中\xa0\xa0 小",
    "【打印】 【字体：大\xa0\xa0中\xa0\xa0小】", "【字号： 大 中 小】", "----------------------------", "==========",
    "<http://www.npc.gov.cn/zgrdw/npc/dbdhhy/12_3/2015-03/18/content_1930713.htm>", "中国政府网 |", "繁\xa0\xa0|",
    "德州市住房公积金中心主办", "智能问答", "我的常州", "更多...", "正文 附件", "热门搜索",
    "·\xa0西双版纳州住房公积金管理中心关于2026年...", "国务院关于全国部分地区要素市场化配置 综合改革试点实施方案的批复2025-09-11",
])
def test_chrome_lines_of_real_pages_are_chrome(line):
    assert is_chrome_line(line)


def test_no_title_a_site_lists_is_chrome():
    """Negative: the 108 titles gov.cn and zyj.beijing.gov.cn give their pages (``<…>`` as 《…》
    included: 关于修改<…>的决定 is no breadcrumb)."""
    titles = []
    for tsv in sorted(SITES.glob("*.metadata.tsv")):
        rows = tsv.read_text(encoding="utf-8").splitlines()[1:]
        titles += [row.split("\t")[2] for row in rows if row.split("\t")[2]]
    if not titles:
        pytest.skip("../shared/real is not beside the checkout")
    assert len(titles) >= 100
    assert [t for t in titles if is_chrome_line(t)] == []
    assert not is_breadcrumb("全国人民代表大会常务委员会关于修改<中华人民共和国治安管理处罚法>的决定")


def test_no_clean_law_title_is_chrome_and_each_is_found(clean_corpus_files):
    """Negative: the 1,911 clean laws' titles (``# 某某条例``) are no chrome, and their text's
    title is found as before."""
    wrong = []
    for path in clean_corpus_files:
        text = path.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0].removeprefix("# ").strip()
        if is_chrome_line(title) or find_title(title + "\n" + text.split("\n", 1)[1])[0] != title:
            wrong.append(path.name)
    assert len(clean_corpus_files) > 1900 and wrong == []


# 2. letterheads and titles over several lines ------------------------------------------------

def test_a_letterhead_is_not_the_title_and_its_number_is_the_documents(pbc):
    doc = pbc["tiaofasi_normative_document_000123_000.txt"][0]
    assert (doc["title"], doc["doc_number"]) == ("中国人民银行关于规范人民币银行结算账户管理有关问题的通知", "银发〔2006〕71号")
    assert (doc["doc_type"], doc["issuer"]) == ("notice", "中国人民银行")  # the letterhead names it; no signature survived


@pytest.mark.parametrize("name,title,adopted", [
    ("flk_全国人民代表大会常务委员会关于加强中央预算审查监督的决定_20210429.txt",
     "全国人民代表大会常务委员会关于加强中央预算审查监督的决定", "1999-12-25"),
    ("flk_中华人民共和国农村土地承包经营纠纷调解仲裁法_20090627.txt", "中华人民共和国农村土地承包经营纠纷调解仲裁法", "2009-06-27"),
    ("flk_第五届全国人民代表大会常务委员会关于批准《国务院关于职工探亲待遇的规定》的决议_19810306.txt",
     "第五届全国人民代表大会常务委员会关于批准《国务院关于职工探亲待遇的规定》的决议", "1981-03-06"),
])
def test_a_title_over_two_or_three_lines_is_one_document(laosheng, name, title, adopted):
    docs = laosheng[name]
    assert [(d["role"], d["title"], d["adopted"]) for d in docs] == [("main", title, adopted)]


def test_a_title_a_label_gives_over_two_lines(pbc):
    doc = pbc["zhengwugongkai_administrative_normative_documents_000361_000.txt"][0]
    assert doc["title"] == "中国人民银行 财政部 国家税务总局关于跨境税费缴库退库业务管理有关事项的通知"


# 3. joint issuers, box labels -----------------------------------------------------------------

def test_organs_signing_one_per_line_are_all_the_issuer(pbc, city):
    assert pbc["zhengwugongkai_administrative_normative_documents_000361_000.txt"][0]["issuer"] == "中国人民银行、财政部、国家税务总局"
    issuer = city["c9a29f7a082a.html"][0]["issuer"]
    assert issuer.split("、") == [
        "佛山市住房和城乡建设局", "佛山市自然资源局", "佛山市发展和改革局", "佛山市公安局", "佛山市政务服务和数据管理局",
        "佛山市金融工作局", "佛山市住房公积金管理中心", "国家税务总局佛山市税务局", "国家金融监督管理总局佛山监管分局"]


def test_joint_issuers_a_head_line_names_are_joined_like_a_signatures(pbc):
    notice = pbc["zhengwugongkai_administrative_normative_documents_000025_000.txt"][0]
    assert notice["issuer"] == "中国人民银行、国家金融监督管理总局"


def test_an_empty_box_label_does_not_take_the_next_label_as_its_value(city):
    doc = city["37205d852260.html"][0]
    assert doc["doc_number"] is None and doc["index_no"] == "467286401/2023-00014"


def test_a_head_lines_value_ends_at_the_next_label_on_its_line(city):
    doc = city["7b3f26211f1f.html"][0]
    assert (doc["index_no"], doc["doc_number"]) == ("42820293-0/2023-98682", "琼公积金贷〔2023〕14号")


# 4. amendments on a line that opens with 根据 -----------------------------------------------------

def test_an_amendment_line_opening_with_genju_dates_the_amendment(laosheng):
    assert [(d["adopted"], d["amended"], d["status"]) for d in laosheng["duben_2012-治安管理处罚法.md"]] == [
        ("2005-08-28", "2012-10-26", "in_force")]
    assert [(d["adopted"], d["amended"]) for d in laosheng["duben_2015-lifafa.txt.md"]] == [("2000-03-15", "2015-03-15")]


# pages that were right stay right ------------------------------------------------------------

def test_pages_with_a_font_size_bar_keep_their_title(city):
    assert city["015b3e276596.html"][0]["title"] == "佛山市住房公积金管理中心关于开办外籍人员住房公积金个人住房贷款业务的通知"
    assert [d["title"] for d in city["045d30563805.html"]] == [
        "北京市科学技术委员会、中关村科技园区管理委员会关于印发《北京市科技行政处罚裁量权适用规定》的通知",
        "北京市科技行政处罚裁量权适用规定"]


# 5. a notice and the text it issues after its signature -----------------------------------------

@pytest.mark.parametrize("name,issuer,issued", [
    ("c9be23430ea0.html", "滁州市房地产工作联席会议", "关于进一步促进房地产市场平稳健康发展的若干措施"),
    ("3855aa22771c.html", "省完善促进消费体制机制厅际联席会议", "进一步做好近期促进消费工作若干措施"),
])
def test_a_notice_signed_by_a_joint_conference_and_the_measures_it_issues(city, name, issuer, issued):
    notice, measures = city[name]
    assert (notice["role"], notice["issuer"]) == ("notice", issuer)
    assert (measures["role"], measures["title"], measures["parent_id"]) == ("attachment", issued, notice["doc_id"])
    assert notice["text"].rstrip().endswith("日") and measures["text"].startswith(issued)


@pytest.mark.parametrize("name,title,articles", [
    ("tiaofasi_departmental_rule_000098_000.txt", "金融机构大额和可疑外汇资金交易报告管理办法", 22),
    ("tiaofasi_normative_document_000293_000.txt", "国内信用证结算办法", 60),
])
def test_an_order_or_announcement_and_the_rules_it_publishes(pbc, name, title, articles):
    head, rules = pbc[name]
    assert (head["role"], head["num_articles"]) == ("notice", 0)
    assert (rules["role"], rules["title"], rules["num_articles"], rules["first_article_no"]) == ("attachment", title, articles, 1)


def test_a_title_glued_to_the_salutation_under_it(pbc):
    doc = pbc["tiaofasi_normative_document_000368_000.txt"][0]
    assert (doc["title"], doc["doc_number"]) == ("中国人民银行关于印发《农信银资金清算中心有限责任公司监督管理办法》的通知", "银发〔2013〕30号")
    assert doc["text"].split("\n")[2].startswith(doc["title"] + "农信银资金清算中心有限责任公司：")  # the text is unchanged


def test_a_regulation_whose_record_has_only_a_revision_is_in_force(clean_corpus_dir):
    """北京市人民代表大会代表视察办法 (clean corpus): its record is one line, ``2007年10月30日 北京市
    第十二届人民代表大会常务委员会第三十九次会议修订``; no adoption, no entry into force."""
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    path = next(clean_corpus_dir.rglob("北京市人民代表大会代表视察办法.md"))
    doc = structure_page(clean_page(ingest_file(path, clean_corpus_dir))).documents[0]
    assert (doc.adopted, doc.amended, doc.status) == (None, "2007-10-30", "in_force")


def test_a_box_of_related_links_under_a_notice_is_no_document(city):
    (doc,) = city["fdd7eeb83bbb.html"]
    assert (doc["role"], doc["title"]) == ("main", "海南省住房公积金管理局关于进一步优化调整住房公积金贷款政策的通知")
    # the site's box (相关稿件 with its item) goes since furn20's chrome runs; the notice's own attachment line stays
    assert doc["text"].rstrip().endswith("2026年7月2日") and "相关稿件" not in doc["text"]
    assert "附件：《海南省住房公积金管理局关于进一步优化调整住房公积金贷款政策的通知》政策解读" in doc["text"]
