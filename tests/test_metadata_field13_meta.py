"""Field test 13's title, 文号, posting-date and splitting findings (F13-D6, D4, C5, C2), from the real pages of
tests/real_pages/field13_meta (SOURCE.md there), with variants and clean cases that must not change."""

from __future__ import annotations

import time

import pytest

from corpus_tools.structure import metadata as md
from corpus_tools.structure.documents import find_doc_number, find_title, split_documents
from tests.real_build import build_real_pages

NDRC = "ndrc_2020_100.txt"
HUABEI = "huabei_nea_2019_117.txt"
SHANGHAI = "shanghai_fgw_2021_3.txt"
XINJIANG = "xinjiang_nea_2019_chrome.txt"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field13_meta", tmp_path_factory.mktemp("field13meta"), configs=("documents",))


def test_the_page_title_line_gives_way_to_the_text_heading(built):
    """F13-D6: the title was the page's ``【…（发改价格规〔2020〕100号）】-国家发展和改革委员会``, no 文号, no issuer."""
    notice = built["documents:" + NDRC][0]
    assert notice["title"] == "国家发展改革委关于印发《区域电网输电价格定价办法》的通知"
    assert (notice["doc_number"], notice["issuer"]) == ("发改价格规〔2020〕100号", "国家发展改革委")


def test_the_annex_note_over_the_signature_stays_in_the_notice(built):
    """F13-C5: ``附件：⏎区域电网输电价格定价办法⏎国家发展改革委⏎2020年1月19日`` was an attachment of 36 characters and
    the notice lost its date."""
    docs = built["documents:" + NDRC]
    notice = docs[0]
    assert notice["written"] == "2020-01-19"
    assert notice["text"].rstrip().endswith("附件：\n区域电网输电价格定价办法\n国家发展改革委\n2020年1月19日")
    assert "区域电网输电价格定价办法" not in [d["title"] for d in docs[1:]]


def test_the_number_under_the_widgets_and_the_posting_stamp_are_read(built):
    """F13-D6: ``华北监能市场〔2019〕117号`` under the font-size switch and ``2019-03-18 00:00`` under the heading."""
    (notice,) = built["documents:" + HUABEI]
    assert notice["title"] == "华北能源监管局关于延长华北电力调峰辅助服务市场运行时间的通知"
    assert (notice["doc_number"], notice["published"], notice["written"]) == ("华北监能市场〔2019〕117号", "2019-03-18", "2019-03-15")


def test_the_column_suffix_goes_and_the_parenthesised_date_is_read(built):
    """F13-D4: ``…的通知_能源`` kept its column; ``（发布日期：2021年01月07日⏎文号：…）`` was not read.
    F13-C2: the widget ``政策性文件留言咨询⏎（注：…）`` under the signature was an attachment."""
    docs = built["documents:" + SHANGHAI]
    assert [d["title"] for d in docs] == ["关于转发《国家能源局关于印发<坚强局部电网规划建设实施方案>的通知》的通知"]
    assert (docs[0]["published"], docs[0]["doc_number"], docs[0]["written"]) == ("2021-01-07", "沪发改能源〔2021〕3号", "2021-01-05")


def test_an_all_chrome_page_keeps_its_title(built):
    (page,) = built["documents:" + XINJIANG]
    assert page["title"] == "关于转发《国家能源局印发关于加强电力中长期交易监管的意见的通知》的通知"
    assert page["doc_number"] is None


# Variants written after the real pages (not from them): other sites' wrappings, two organs, a bar.
@pytest.mark.parametrize("page, title", [
    ("关于做好2024年春耕工作的通知 - 某某市人民政府\n首页\n政务公开\n关于做好2024年春耕工作的通知\n某府办〔2024〕3号\n各区：\n",
     "关于做好2024年春耕工作的通知"),
    ("【某某省住房公积金管理办法】_某某省人民政府网\n当前位置\n某某省住房公积金管理办法\n第一条　为了规范管理，制定本办法。\n",
     "某某省住房公积金管理办法"),
    ("关于印发《某某方案》的通知｜某某网\n首页\n关于印发《某某方案》的通知\n发布时间\n国家发展改革委 国家能源局关于印发\n《某某方案》的通知\n发改能源〔2023〕5号\n",
     "国家发展改革委国家能源局关于印发《某某方案》的通知"),
])
def test_variants_of_the_page_title(page, title):
    assert "".join(find_title(page)[0].split()) == title


@pytest.mark.parametrize("page", [
    "粤港澳大湾区-深圳前海合作区总体发展规划\n一、总则\n第一条　为了推进合作，制定本规划。\n",
    "某某条例_2021修正\n第一条　为了规范某事，制定本条例。\n某某条例\n",  # the repeat stands under a sentence
    "关于开展检查的通知\n各区：\n为做好工作，现将有关事项通知如下。\n关于开展检查的通知\n",
    "某某市物业管理条例\n2020年1月1日\n第一条　为了规范物业管理，制定本条例。\n",
])
def test_clean_titles_stay(page):
    before = page.split("\n")[0]
    assert find_title(page)[0] == before


def test_a_real_attachment_after_the_signature_still_cuts():
    page = ("某某局关于印发《某某办法》的通知\n各单位：\n现将《某某办法》印发给你们，请遵照执行。\n附件：\n某某办法\n"
            "第一条　为了规范某事，制定本办法。\n第二条　本办法自印发之日起施行。\n某某局\n2020年1月19日\n")
    assert [s.role for s in split_documents(page)] == ["notice", "attachment"]


@pytest.mark.parametrize("issued", ["某某工作安排", "某某工作要求", "某某行动"])
def test_an_issued_text_without_a_kind_in_its_title_still_cuts(issued):
    """Its title ends with no kind of instrument, but a sentence under it says it is a text (the widget's note does not)."""
    page = (f"国务院关于印发{issued}的通知\n国发〔2018〕41号\n现将《{issued}》印发给你们，请认真贯彻执行。\n国务院\n2018年12月13日\n"
            f"（此件公开发布）\n{issued}\n一、总体要求\n坚持问题导向，突出重点，全面推进各项工作。\n二、重点任务\n加快推进某某建设。\n")
    assert [s.role for s in split_documents(page)] == ["notice", "attachment"]


def test_parenthesised_fields_and_stamps():
    assert md.head_fields("某通知\n（发布日期：2021年01月07日\n文号：沪发改能源〔2021〕3号）\n各单位：", 3) == {
        "published": "2021-01-07", "doc_number": "沪发改能源〔2021〕3号"}
    assert md.posting_stamp("某通知\n2019-03-18\n", 3) is None  # a date alone is no stamp
    assert md.posting_stamp("某通知\n各单位：\n现通知如下。\n请遵照执行。\n2019-03-18 00:00\n", 3) is None  # too far down
    assert find_doc_number("某通知\n2019-03-18 00:00\n来源：\n字体：\n小\n|\n大\n华北监能市场〔2019〕117号\n", 3) == "华北监能市场〔2019〕117号"
    assert find_doc_number("某通知\n各单位：\n根据京政发〔2021〕1号文件，现通知如下。\n", 3) is None


def test_the_readers_are_linear_on_hostile_input():
    shapes = ["【" + "关于印发《某办法》的通知" * 9 + "】-某委员会\n", "附件：\n" + "某某办法\n" * 5, "政策性文件留言咨询\n（注：" + "只接收；" * 20 + "）\n",
              "2019-03-18 00:00\n字体：\n|\n"]
    for shape in shapes:
        page = (shape * (200_000 // len(shape) + 1))[:200_000]
        started = time.process_time()
        find_title(page)
        split_documents(page)
        md.head_fields(page)
        assert time.process_time() - started < 20, shape
    one_line = "关于印发《某办法》的通知" + "甲" * 200_000 + "_能源\n关于印发《某办法》的通知\n"
    started = time.process_time()
    find_title(one_line)
    assert time.process_time() - started < 10


def test_an_organ_named_by_its_level_is_placed_by_its_number(tmp_path):
    """F13-D2: ``省人民政府关于进一步优化营商环境的若干意见`` over ``鄂政发〔2018〕26号``: issuer and jurisdiction were null."""
    built = build_real_pages("field13_meta", tmp_path, names=("chaincentury_hubei_2018_26.txt",), configs=("documents",))
    (doc,) = built["documents:chaincentury_hubei_2018_26.txt"]
    assert (doc["issuer"], doc["jurisdiction"], doc["doc_number"]) == ("湖北省人民政府", "湖北省", "鄂政发〔2018〕26号")


@pytest.mark.parametrize("organ, number, placed", [
    ("省人民政府", "鄂政发〔2018〕26号", "湖北省人民政府"),
    ("市工业和信息化局", "津工信电力〔2021〕3号", "天津市工业和信息化局"),  # 天津政务网's title (its box said the same)
    ("自治区人民政府", "桂政发〔2019〕8号", "广西壮族自治区人民政府"),
    ("省人民政府办公厅", "苏政办发〔2020〕12号", "江苏省人民政府办公厅"),
    ("市人民政府", "宁政发〔2020〕1号", None),  # 宁 for 南京: a city's character names no municipality
    ("市人民政府", "青政发〔2020〕1号", None),  # 青岛
    ("省人民政府", "宁政发〔2020〕1号", None),  # 宁夏 is no 省
    ("市场监管局", "京市监发〔2020〕1号", None),
    ("国务院", "国发〔2018〕26号", None),
    ("湖北省人民政府", "鄂政发〔2018〕26号", None),  # placed already
])
def test_placed_by_number(organ, number, placed):
    assert md.placed_by_number(organ, number) == placed


def test_a_forwarded_text_is_its_author_lines(tmp_path):
    """F13-D1: the 实施意见 the office forwards opens ``省人力资源社会保障厅`` under its title; its issuer was the office."""
    built = build_real_pages("field13_meta", tmp_path, names=("wisor_shanxi_2012_forward.txt",), configs=("documents",))
    notice, opinion = built["documents:wisor_shanxi_2012_forward.txt"]
    assert notice["issuer"] == "山西省人民政府办公厅"
    assert (opinion["issuer"], opinion["jurisdiction"]) == ("山西省人力资源社会保障厅", "山西省")


@pytest.mark.parametrize("text, author", [
    ("某某实施意见\n省人力资源社会保障厅\n为贯彻落实某规划，现提出如下意见：\n", "省人力资源社会保障厅"),
    ("某某工作方案\n某某市发展和改革委员会　某某市财政局\n为做好某项工作，制定本方案。\n", "某某市发展和改革委员会、某某市财政局"),
    ("某某条例\n某某市人民代表大会常务委员会\n2021年9月27日\n", None),  # a byline with its date: byline() reads it
    ("某某办法\n第一章　总则\n第一条　为了规范某事，制定本办法。\n", None),
    ("某某通知\n办公室\n各单位：\n", None),  # no sentence under it
])
def test_author_line(text, author):
    assert md.author_line(text, text.index("\n")) == author


def test_a_mirror_repeating_its_title_under_the_organ_keeps_the_first():
    """A law mirror's head (field 8's law582: the title, again, the organ, the title again, the order) is no page menu:
    the 文号 ``政府令〔2010〕第15号`` under it is read with the organ above it, as before."""
    page = "某某管理规定\n某某管理规定\n河北省人民政府\n某某管理规定\n政府令〔2010〕第15号\n现予公布。\n"
    assert find_title(page)[:2] == ("某某管理规定", 6)
