"""Site furniture on real pages of field test 9 (/work/notes/field9.md), session 10.

Pages: tests/real_pages/field9/SOURCE.md.  Each case starts from the real page that showed the damage,
with negative cases (the law's own text, clean real text) that must come out byte-identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mirror_chrome import mirror_status_box

PAGES = Path(__file__).parent / "real_pages" / "field9"


def _cleaned(name: str):
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page

    page = PAGES / name
    raw = ingest_file(page, page.parent)
    return raw, clean_page(raw)


# --- F9-E3: the flk.npc mirror's status box, its 提示 and ⚠️ notes ------------------------------------------

@pytest.mark.parametrize("name, notes", [
    ("彩票管理条例(20090504).md", 0),
    ("flk_md_zhiwu_xinpinzhong_2001.md", 1),  # 【已修改】 box, ⚠️ disclaimer
    ("flk_md_chengbao_1988_head.md", 2),  # 【已废止】 box, 提示：施行日期取自正文附则…, ⚠️
    ("flk_md_xianggang_jueding.md", 1),  # 【时效性未标注（…）】 box right above the ⚠️ line
])
def test_the_mirror_status_box_goes_and_the_note_stays(name, notes):
    raw, cleaned = _cleaned(name)
    box_line = next(line for line in raw.text.splitlines() if line.startswith("【") and "公布：" in line)
    assert "制定机关：" not in cleaned.text and "⚠" not in cleaned.text and "提示：" not in cleaned.text
    assert ("沿革：" in cleaned.text) == ("沿革：" in raw.text)  # the law's own 题注 stays
    box_edits = [e for e in cleaned.edits if e.rule == "site_furniture" and "mirror status box" in e.detail]
    # the status line is removed whole, in one edit (its values can be read from the edit)
    assert sum(box_line in e.before for e in box_edits) == 1
    removed = "".join(e.before for e in box_edits)
    assert removed.count("⚠") + removed.count("提示：") == notes
    # and no false cjk_spaces warning on the box's blanks any more
    assert not [w for w in cleaned.warnings if w.rule == "cjk_spaces"]


@pytest.mark.parametrize("text", [
    # the law's own lines that open with a bracket or carry the box's labels
    "【现行有效】\n提示：本条例自公布之日起施行。",
    "第二条 本办法公布：2009-05-04 施行：2009-07-01 制定机关：国务院 文号：无。",
    # a site's info box without the mirror's status (read by the metadata, not furniture)
    "公布：2009-05-04\u3000施行：2009-07-01\u3000制定机关：国务院\u3000文号：国务院令第554号\n第一条 为了规范管理。",
    "【重要提示】\u3000公布：以下事项\u3000施行：如下\u3000制定机关：国务院\n提示：请注意。",
])
def test_lines_like_the_box_stay(text):
    assert mirror_status_box(text) == []
    assert clean_and_explain(text).text == text


# --- F9-P19 / F9-P7: a porn keyword line with words in no list ---------------------------------------------

@pytest.mark.parametrize("name, line_start, title", [
    # 成a人片, 有奶水, 三级, 五月天 are in no list (per-better.com, F9-P19: the line was the notice's title)
    ("per-better_rule_46420.txt", "日韩高清亚洲日韩精品一区二区_亚洲成a人片", "成都市人民政府关于印发〈成都市市级财政专项资金管理暂行办法〉的通知"),
    # 传媒, a: half the line was removed, the other half glued to the title (6065bob.com, F9-P7)
    ("6065bob_fagui_77749.txt", "国产传媒在线", "中国福利彩票（电脑型）联合发行与销售管理暂行办法"),
])
def test_a_keyword_line_with_unlisted_words_goes_whole(name, line_start, title):
    from corpus_tools.structure import structure_page

    raw, cleaned = _cleaned(name)
    line = next(line for line in raw.text.splitlines() if line.startswith(line_start))
    spam = [e for e in cleaned.edits if e.rule == "spam_anchor"]
    assert len(spam) == 1 and spam[0].before.strip().replace("，", ",") == line.strip() and "spam_line" in spam[0].detail
    assert structure_page(cleaned).documents[0].title == title


def test_an_underscored_keyword_line_behind_a_bullet_goes():
    """m.jizihe.com (F9-P7): ``_``-separated, ``www``/``熟女``/``野战`` in no list, a lost character `` ?`` at its end."""
    raw, cleaned = _cleaned("m_jizihe_2024_0709_24538180.txt")
    assert "精品" not in cleaned.text and "法规草案公开征求意见" in cleaned.text


@pytest.mark.parametrize("line", [
    # real law lines (DLC, field pages) citing pornography or adult education: sentences, not keyword lists
    "第十条 开展成人教育，提供在线视频课程。",
    "关于严厉打击淫秽色情信息的通知",
    "成人高清视频_在线观看不卡 在线旅游经营服务管理暂行规定",  # a glued head: only the head goes (field 7b)
    "午夜_成人高等教育招生工作管理办法",  # an unknown run longer than a farm word
])
def test_lines_that_are_no_keyword_list(line):
    from corpus_tools.clean.spam import adult_keyword_spans

    assert all(kind != "adult keyword line" for _, _, kind in adult_keyword_spans(line + "\n"))


# --- F9-P8: lines of HTML tags printed as text ---------------------------------------------------------------

def test_lines_of_tags_go():
    raw, cleaned = _cleaned("m_jizihe_2024_0709_24538180.txt")
    assert raw.text.count("<tr id=") == 1 and "<" not in cleaned.text
    furniture = [e for e in cleaned.edits if e.rule == "site_furniture"]
    assert furniture and furniture[0].before.count("id=\"yyy80\"") == 4


@pytest.mark.parametrize("text", [
    "当 x<a 时，适用本条。",
    "《全国人民代表大会常务委员会关于<中华人民共和国香港特别行政区基本法>第一百零四条的解释》",
    "<中华人民共和国香港特别行政区基本法>",
    "第三条 <b>本条</b>所称单位，是指机关。",  # tags inside a sentence are no line of tags
])
def test_text_in_angle_brackets_stays(text):
    from corpus_tools.clean.markup_residue import markup_lines

    assert markup_lines(text) == []
    if "<b>" not in text:
        assert clean_and_explain(text).text == text


# --- F9-P15: a casino's row of friendly links closing a spun copy -------------------------------------------

def test_a_link_row_after_its_colon_goes():
    raw, cleaned = _cleaned("hzqdhly_rivet_312.txt")
    assert "友情链接" in raw.text and "乐虎" not in cleaned.text and "扫码加微信" not in cleaned.text
    assert cleaned.text.startswith(raw.text.split("\n")[0][:20])  # the notice's text stays (spun: a finding's job)


@pytest.mark.parametrize("text", [
    "友情链接：各区人民政府网站均已开设。",  # a sentence
    "友情链接：中国政府网",  # one link: no row
    "第五条 扫码加微信群的，应当实名登记。",
])
def test_lines_like_a_link_row_stay(text):
    assert clean_and_explain(text).text == text


# --- session 9 leftover: a poem's author beside its dynasty is the work's, not the page's byline -------------

def test_a_poems_author_line_stays_and_a_byline_goes():
    # magic-html benchmark page 9f4c1adb9f61d954 (a poetry site; /work/field8/opendatalab+magic-html), its text as ingested
    text = ("yè yǔ\n夜雨\n朝代：唐代\n作者：白居易\n原文：\n我有所念人，隔在远远乡。\n我有所感事，结在深深肠。\n"
            "创作背景\n更多\n作者：佚名\n此诗写于元和六年，时年白居易四十岁。\n")
    out = clean_and_explain(text).text
    assert "作者：白居易" in out and "作者：佚名" not in out


# --- session 9 leftover: Taiwan's inserted article labels are the outline's, never recurring chrome ------------

@pytest.mark.parametrize("line", ["第 9-1 條", "第 10-1 條", "第9-1條", "第 84-2 条"])  # law.moj.gov.tw print (F9-T1)
def test_taiwan_inserted_article_labels_are_no_chrome(line):
    from corpus_tools.clean.furniture import line_key
    from corpus_tools.dataset.recurring import _may_be_chrome

    assert not _may_be_chrome(line, line_key(line))


# --- F9-H2 / F6B G-3: a private person's biography injected under 关于专家组 ---------------------------------

# The ingested text of /work/field9/_repro/columnar_info_table/lgcwsjkw.sh.gov.cn.html (mhxqwer/lgcwsjkw.sh.gov.cn
# @ 95754c2, a saved 上海市卫生健康委员会 notice), the lines around the insertion, sentences shortened with …
SHANGHAI = ("三、关心关爱基层医务人员\n各区卫生健康委要结合实际，采取走访慰问、表扬鼓励等方式，关心基层医务人员生活和工作。\n"
            "四、关于专家组\n刘高冲，毕业于河南省针灸推拿学院。海盛禾健康咨询有限公司监事。\n"
            "近日国家卫生健康委发布了主题宣传活动海报，请各区卫生健康委组织发动，予以宣传推广。\n")
# /work/field6b/mhxqwer+gov-clones/wjmoe.gov.cn.html and hjhbjft.gov.cn.html (field test 6b, G-3), the lines as ingested
WJMOE = ("\u3000\u3000协办单位：微言教育、中国教育发布、全国高校思想政治工作网、中国大学生在线、全国高校博物馆育人联盟、新华网等\n"
         "\u3000\u3000关于专家组： 王佳，华熠智库专家、中国东方文化研究会美育工作委员会客座教授。\n"
         "\u3000\u3000三、活动时间\n")
HJHBJFT = ("关于专家组： 黄金海，福建泉州人，上海华东师范大学中文系毕业，文化中国主题巡展组委会特约嘉宾、中国教育联盟艺术教育终身客座教授、书法家。\n"
           "此次书法展搭建了社区邻里以及书画爱好者沟通交流的平台，增强了社区居民热爱生活、热爱艺术的动力，营造出民族团结祥和的社区氛围。\n")


@pytest.mark.parametrize("text, biography", [
    (SHANGHAI, "四、关于专家组\n刘高冲，毕业于河南省针灸推拿学院。海盛禾健康咨询有限公司监事。\n"),
    (WJMOE, "\u3000\u3000关于专家组： 王佳，华熠智库专家、中国东方文化研究会美育工作委员会客座教授。\n"),
    (HJHBJFT, HJHBJFT.split("\n")[0] + "\n"),
])
def test_an_injected_biography_goes_whole(text, biography):
    result = clean_and_explain(text)
    assert [e.before for e in result.edits if e.rule == "spam_anchor"] == [biography]
    # (the snippet's indentation is layout's to judge)
    assert result.text.replace("\u3000", "") == text.replace(biography, "").replace("\u3000", "")


@pytest.mark.parametrize("text", [
    # sentences of real pages on an expert group (the same clone sites' own text, DLC laws)
    "经专家组评审后，遴选出300余名学生晋级总决赛。\n",
    "第八十一条 开展主要与中医药有关的下列活动时，应当成立中医药评审、评估、鉴定专家组。\n",
    "四、关于专家组\n专家组由省卫生健康委从专家库中随机抽取组成，组长由专家推选产生。\n",
    "四、关于专家组\n组长：张华，省卫生健康委副主任。\n",
])
def test_an_expert_group_of_the_text_stays(text):
    assert clean_and_explain(text).text == text


# --- issue 15, seen spam residue (bench_noise_families --family spam, seed 0): the law lines are the DLC's ------

@pytest.mark.parametrize("law, spam", [
    # 北京市实施《农民专业合作社法》办法 art 28 / 广东省外商投资权益保护条例 art 25 (spam_lines_vocabulary): a greeting
    # and a brand's app, no word of GAMBLING_WORDS
    ("合作社制定章程、建立健全内部运行机制、财务会计等管理制度；\n（二）指导农民专业合作社申报建设项目；", "欢迎光临 | 旺财棋牌棋牌客户端"),
    ("投诉工作机构应当做好下列工作：\n（一）受理投诉事项；", "欢迎光临，博乐彩电子APP"),
    # 重庆市民兵预备役工作条例 art 27 (spam_html_links): a brand's app alone on its line
    ("役部队组建任务的区县（自治县）人民政府纳入财政预算予以解决。\n第二十八条 本条例自公布之日起施行。", "大发快三彩票APP"),
])
def test_a_brand_line_between_the_law_lines_goes(law, spam):
    first, second = law.split("\n")
    dirty = f"{first}\n{spam}\n{second}\n"
    assert clean_and_explain(dirty).text == f"{first}\n{second}\n"


@pytest.mark.parametrize("law, at, spam", [
    # 德州市优化营商环境条例 art 21 (spam_insert_decorated)
    ("进驻政务服务大厅的有关部门、单位应当加强窗口服务力量配置和窗口工作人员业务培训。", "力", "【大发快三真人客户端】"),
])
def test_a_brand_inserted_into_a_word_goes(law, at, spam):
    i = law.index(at) + len(at)
    result = clean_and_explain(law[:i] + spam + law[i:])
    assert result.text == law
    assert [e.rule for e in result.edits] == ["spam_anchor"]


def test_a_site_glued_into_the_words_of_a_page_twice_goes():
    """杭州市历史文化街区和历史建筑保护条例 art 37, 北京市城乡规划条例 art 50 (spam_insert_domain): an injector glues its
    site into the law's words, and does so more than once on a page."""
    laws = [("或者选择房屋产权调换且安置房所在地段等级低于被征收房屋所在地段等级的，可以另行给予奖励。", "被征收", "hongfa.net"),
            ("控制性详细规划修改涉及总体规划强制性内容的，应当先修改总体规划。", "总体规划", "m.hongfa.net")]
    dirty = "".join(law[:law.index(at) + len(at)] + spam + law[law.index(at) + len(at):] + "\n" for law, at, spam in laws)
    result = clean_and_explain(dirty)
    assert result.text == "".join(law + "\n" for law, _, _ in laws)
    assert [e.rule for e in result.edits] == ["spam_anchor", "spam_anchor"]


def test_a_site_named_once_after_its_name_stays():
    """review10 F3: a text that names a company's site after its name glues the host between Han characters too."""
    text = "当事人在携程ctrip.com预订机票后，可以申请退改。\n"
    assert clean_and_explain(text).text == text


@pytest.mark.parametrize("text", [
    # links a law introduces or sets off, brackets of a law's own words (DLC style)
    "消费者可以登录www.12315.cn进行投诉。",
    "具体目录在中国政府网www.gov.cn公布。",
    "申请人可以通过省政务服务网zwfw.zj.gov.cn在线办理。",
    "本市设立【体育彩票】专区的，应当报市体育行政部门备案。",
    "福利彩票、体育彩票的发行，应当遵守本条例。",
])
def test_links_and_lottery_words_of_a_law_stay(text):
    assert clean_and_explain(text).text == text
