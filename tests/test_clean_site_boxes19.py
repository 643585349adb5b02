"""A site's boxes around a reposted text (session 19, furn19): teaser and promo boxes, column labels with their
English names, the headline printed twice, read-on buttons (``corpus_tools/clean/site_boxes.py``; field test 18,
F18-M2 and F18-N5).  Real pages in ``tests/real_pages/furn19`` (SOURCE.md); negatives from the clean corpus and
real pages: the law's own lines never go."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.site_boxes import (
    column_label_lines,
    glued_update_stamps,
    host_name_lines,
    read_more_lines,
    repeated_headline,
    teaser_box_lines,
    toolbar_lines,
    weather_lines,
)

FOLDER = Path(__file__).parent / "real_pages" / "furn19"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


def clean(name: str) -> str:
    return clean_and_explain((FOLDER / name).read_text(encoding="utf-8")).text


# --------------------------------------------------------------------------
# F18-M2: a law firm's promo boxes and a lawyer's card above the reposted text (real pages)
# --------------------------------------------------------------------------


def test_law_firm_promo_boxes_go_the_ruling_stays() -> None:
    text = clean("lawking_show_252_6555.txt")
    for chrome in ("知名北京刑事律师", "法律咨询服务", "聘请律师", "想请北京律师", "扰乱市场秩序罪\n", "lawking.com.cn"):
        assert chrome not in text
    assert "张兴财、黎铁军损害商业信誉、商品声誉二审刑事裁定书\n\n广东省惠州市中级人民法院\n刑事裁定书\n（2015）惠中法刑二终字第294号\n" in text
    assert "原公诉机关广东省博罗县人民检察院。\n" in text


def test_lawyer_card_closed_by_its_more_link_goes() -> None:
    text = clean("110sh_lihun_3216.txt")
    for chrome in ("手机", "18217668868", "律师简介更多", "查看更多", "王国强", "首席律师", "联系我们"):
        assert chrome not in text
    assert text.startswith("认罪认罚从宽证明标准问题\n")  # (the site's update stamp glued after it goes)
    assert "更新时间" not in text
    assert "本文系最高检理论研究课题《起诉标准与定罪标准关系研究》的阶段性研究成果。" in text


def test_teaser_boxes_are_whole_lines_of_the_head_only() -> None:
    raw = (FOLDER / "110sh_lihun_3216.txt").read_text(encoding="utf-8")
    spans = teaser_box_lines(raw)
    assert raw[spans[0][0]:spans[-1][1]] == raw[:raw.index(">> 查看更多") + len(">> 查看更多")]
    assert all(raw[b:b + 1] in ("\n", "") for _, b in spans)


# --------------------------------------------------------------------------
# F18-N5: a news portal's column labels and its title bar (real page)
# --------------------------------------------------------------------------


def test_column_labels_and_the_title_bar_go() -> None:
    text = clean("thefirststepfoundation_2021_0108_10384.txt")
    assert "News" not in text and "当前新闻" not in text
    assert text.count("中共中央印发《中国共产党地方组织选举工作条例》") == 1
    assert text.startswith("中共中央印发《中国共产党地方组织选举工作条例》\n\n近日，中共中央印发了修订后的")


# --------------------------------------------------------------------------
# Negatives: the law's own lines (real) never go
# --------------------------------------------------------------------------

NEGATIVES = [
    # a law's history repeats the decision that amended it (the clean corpus: 北京市实施《节约能源法》办法)
    "# 北京市实施《中华人民共和国节约能源法》办法\n\n1999年9月16日 北京市第十一届人民代表大会常务委员会第十三次会议通过\n\n"
    "2019年11月27日 北京市第十五届人民代表大会常务委员会第十六次会议通过的《关于修改〈北京市实施中华人民共和国节约能源法办法〉"
    "等八部地方性法规的决定》修正\n\n1999年10月28日 北京市第十一届人民代表大会常务委员会第十四次会议通过\n\n"
    "2019年11月27日 北京市第十五届人民代表大会常务委员会第十六次会议通过的《关于修改〈北京市实施中华人民共和国节约能源法办法〉"
    "等八部地方性法规的决定》修正\n\n第一条 为了推动全社会节约能源，制定本办法。\n",
    # Taiwan's law database: the law's record fields, its title and its articles (field test 17, curist_twlaws)
    "# 高速船管理規則\n\n**法規位階**：命令\n\n**法規類別**：行政＞交通部＞航政目\n\n第 1 條\n本規則依船舶法第八十七條規定訂定之。\n",
    # a notice's own closing (signature, date) and a table row
    "第十条 本办法自2021年1月1日起施行。\n\n北京市中医管理局\n2020年12月1日\n\n序号\t名称\t备注\n1\t某某\t……\n",
    # the law's own ellipsis (……) closing a line, an item list
    "第五条 下列行为应当遵守本条例：\n（一）……\n（二）生产、销售……\n第六条 本条例自公布之日起施行。\n",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_the_law_s_own_lines_stay(text: str) -> None:
    for finder in (teaser_box_lines, column_label_lines, repeated_headline, read_more_lines, weather_lines, host_name_lines,
                   glued_update_stamps, toolbar_lines):
        assert finder(text) == []


@pytest.mark.parametrize("name", sorted(p.name for p in (REAL / "govcn").glob("*"))[:60] if (REAL / "govcn").is_dir() else [])
def test_no_box_on_real_gov_pages(name: str) -> None:
    text = (REAL / "govcn" / name).read_text(encoding="utf-8", errors="replace")
    assert teaser_box_lines(text) == [] and column_label_lines(text) == [] and read_more_lines(text) == []
    assert weather_lines(text) == [] and host_name_lines(text) == [] and glued_update_stamps(text) == []


def test_a_law_firm_s_toolbar_goes() -> None:
    # the shape of a law firm's header toolbar (lawyer123.cn, the search tool's pages store): buttons between bars
    text = "某某律师网\n合作加盟 | 设为首页 | 加入收藏 | 网站地图 | 下载APP\n某某条例\n第一条 为了规范管理，制定本条例。\n"
    assert clean_and_explain(text).text == "某某律师网\n某某条例\n第一条 为了规范管理，制定本条例。\n"
    assert toolbar_lines("| 序号 | 下载地址 | 备注 |\n| 1 | 首页 | 收藏 |\n") == []


def test_a_notice_addressing_the_reader_is_no_promo_box() -> None:
    # a box needs a closing link or a cut excerpt; the promotion words alone are a notice's own
    text = "尊敬的纳税人：\n您好！为方便您办理涉税业务，本局提供预约咨询服务。\n\n一、预约方式\n请拨打12366。\n"
    assert teaser_box_lines(text) == []


def test_scans_stay_linear() -> None:
    import time

    for hostile in ("全文" * 100_000, "阅读全文\n" * 40_000, "您律师..." * 30_000, "1. 栏目 News\n" * 20_000, "某某某某某某某某\n" * 30_000,
                    "晴 12℃" * 30_000, "a." * 100_000, "x 更新时间:2019/9/19" * 10_000,
                    "首页 | 收藏 | " * 30_000, ("首页 | 收藏 | 网站地图\n" * 20_000)):
        t0 = time.process_time()  # CPU time of this process: other jobs on the machine do not count
        for finder in (teaser_box_lines, column_label_lines, repeated_headline, read_more_lines, weather_lines, host_name_lines,
                       glued_update_stamps, toolbar_lines):
            finder(hostile)
        assert time.process_time() - t0 < 2.0  # ~0.2 s at most today; a quadratic scan takes minutes


def test_mobile_and_english_buttons_go() -> None:
    # a mobile page's back-to-top button (line_kind took ``回到顶部`` for an organ's signature, ``…部``) and an English
    # share bar with its targets (furn19's blind variants B6/B8, after their held-out measurement)
    from corpus_tools.clean.furniture import remove_site_furniture

    assert remove_site_furniture("第一条 甲。\n\n回到顶部\n")[0] == "第一条 甲。\n"
    assert remove_site_furniture("第一条 甲。\n\nShare: WeChat Weibo\nPrint  Email\nBack to top\n")[0] == "第一条 甲。\n"
    for kept in ("第一条 甲。\nShare the data with WeChat users\n", "第五条 国务院有关部回到顶部\n", "回到原单位工作。\n"):
        assert remove_site_furniture(kept)[0] == kept
