"""Chrome and notes the field tests of session 8 found on real pages (field8.md F8-M4, field8b.md
F8B-W1, K3, L4, W5), and the clean text that must stay byte-identical beside them.

Every positive case is copied from the page that showed it (source noted); every negative case
is a line of the clean corpus (/work/ref/DLC) or of a real page that holds the same words.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.furniture import remove_site_furniture

# --------------------------------------------------------------------------
# F8-M4: a document's own notes are its text; a mirror's notes on a law are furniture
# --------------------------------------------------------------------------

#: theorychina 《中国式现代化发展之路》 (field8 opendatalab+magic-html/b931df70657ce14d.html,
#: repro field8/_repro/endnotes): two body paragraphs with their markers, the 注释 head and
#: four of its 35 notes (lines 42, 48, 365, 366, 368, 395 of the extracted page).
REPORT = (
    "  中国共产党一经诞生，就把为中国人民谋幸福、为中华民族谋复兴确立为自己的初心使命。"
    "一百年来，中国共产党团结带领中国人民进行的一切奋斗、一切牺牲、一切创造，归结起来就是一个主题：实现中华民族伟大复兴。[1]\n"
    "  “国家蒙辱、人民蒙难、文明蒙尘”[2]是对这一时期中国被迫卷入西方主导的现代化浪潮的深刻总结。\n"
    "  注释：\n"
    "  [1] 《习近平在庆祝中国共产党成立100周年大会上的讲话》，新华社，2021年7月1日。\n"
    "  [2] 《习近平：在庆祝中国共产党成立100周年大会上的讲话》，新华社，2021年7月1日。\n"
    "  [4] 王治东：《新中国70年发展成就具有世界历史意义》，《光明日报》2019年10月16日，第6版。\n"
    "  [31] ［德］卡尔·马克思、弗里德里希·恩格斯著，陈望道译：《共产党宣言》，湖南人民出版社2021年版。\n"
)

#: 广东省市场监管条例 (/work/ref/DLC, 广东地方法规/…/广东省市场监管条例(2021-09-29).md), 第一条 and
#: 第三条 as a mirror site serves them, with the mirror's editorial notes under the law (the shape
#: of issue 15's ``furn_footnotes`` family: ``[1]参见…``, ``[2]根据…修订``).
LAW_WITH_MIRROR_NOTES = (
    "第一条 为了规范市场监管行为，健全市场监管制度，维护公平竞争的市场秩序，保护市场主体和消费者的合法权益，"
    "加快建设高标准市场体系，营造市场化、法治化、国际化营商环境，根据有关法律、行政法规[1]，结合本省实际，制定本条例。\n"
    "第三条 各级人民政府及其监管部门实施市场监管，应当遵循合法适当、公平公正、诚信透明、便民高效、权责一致的原则。[2]\n"
    "注释：\n"
    "[1]参见《中华人民共和国立法法》。\n"
    "[2]本条根据2021年9月29日广东省第十三届人民代表大会常务委员会第三十五次会议修订。\n"
)


def test_a_reports_citations_and_their_markers_stay_with_a_warning() -> None:
    text, edits, warnings = remove_site_furniture(REPORT)
    assert text == REPORT
    assert edits == []
    assert [w.message for w in warnings] == ["notes and markers kept as text: no articles, or a note cites a source"]
    assert warnings[0].excerpt.startswith("  [1] 《习近平在庆祝")


def test_a_mirrors_editorial_notes_on_a_law_go_with_their_markers() -> None:
    text, edits, warnings = remove_site_furniture(LAW_WITH_MIRROR_NOTES)
    assert "[1]" not in text and "[2]" not in text and "注释" not in text
    assert text.endswith("权责一致的原则。\n")
    assert "根据有关法律、行政法规，结合本省实际" in text
    assert warnings == []


def test_a_citation_among_a_laws_notes_keeps_them_all() -> None:
    """A law page whose note cites a source (a book, a newspaper) is not a mirror's remark."""
    page = LAW_WITH_MIRROR_NOTES.replace(
        "[1]参见《中华人民共和国立法法》。", "[1] 《习近平在庆祝中国共产党成立100周年大会上的讲话》，新华社，2021年7月1日。")
    text, edits, warnings = remove_site_furniture(page)
    assert text == page and edits == []
    assert len(warnings) == 1


def test_editorial_notes_without_articles_stay() -> None:
    """Without articles the page is not a law: its notes are its own (precision over recall)."""
    page = REPORT.split("  注释：")[0] + "注释：\n[1]参见《中华人民共和国立法法》。\n[2]参见《中华人民共和国宪法》。\n"
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# F8B-W1: a wiki's section edit link at every article heading
# --------------------------------------------------------------------------

#: zh.wikisource 第26/2024號法律 (field8b pages+store8b/zh_wikisource_macau_law_26_2024.txt, lines 5-12).
WIKISOURCE = (
    "第一條 標的\n"
    "编辑本法律旨在對一九七六年至一九九三年公佈的若干法律及法令進行下列處理,以明晰澳門特別行政區的法律體系:\n"
    "(一)適應化及整合;\n"
    "(二)確認默示廢止或失效;\n"
    "(三)修改;\n"
    "(四)廢止。\n"
    "第二條 適應化及整合\n"
    "编辑一、對作為本法律組成部分的附件一所載法律及法令進行適應化及整合。\n"
)


def test_wiki_edit_links_under_article_headings_go() -> None:
    text, edits, _ = remove_site_furniture(WIKISOURCE)
    assert text == WIKISOURCE.replace("\n编辑", "\n")
    assert [(e.before, e.detail) for e in edits] == [("编辑", "wiki edit link")] * 2


def test_wiki_edit_links_closing_the_heading_line_go() -> None:
    """The same link where the dump keeps its brackets, at the end of the heading's line."""
    page = WIKISOURCE.replace("標的\n编辑", "標的 [编辑]\n").replace("整合\n编辑", "整合[编辑]\n")
    text, _, _ = remove_site_furniture(page)
    assert text == WIKISOURCE.replace("\n编辑", "\n")


def test_one_paragraph_opening_with_the_word_under_a_heading_stays() -> None:
    page = WIKISOURCE.replace("\n编辑一、", "\n一、")
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# F8B-K3: a portal's login box, navigation bar and breadcrumb above the law
# --------------------------------------------------------------------------

#: 110.com's copy of 釋義及通則條例 (field8b pages+store8b-hk, repro _repro/login_box_title/110_com_fagui_law_13361.txt,
#: lines 1-17).
PORTAL_HEAD = (
    "用户名 密码\n"
    "记住我\n"
    "加入收藏\n"
    "全国站 [进入分站]\n"
    "发布免费法律咨询\n"
    "网站首页 法律咨询 找律师 律师在线 律师热线 法治资讯 法律法规 资料库 法律文书\n"
    "   您的位置首页 >> 法规库 >> 法规正文\n"
)
LAW_BELOW = (
    "\n第 1 章 - 释义及通则条例\n\n"
    "状态:有效 发布日期:1970-01-01 生效日期: 1970-01-01\n"
    "发布部门: 香港特别行政区\n"
    "发布文号:\n\n"
    "- 详题 - 30/06/1997\n\n"
    "本条例旨在综合和修订有关法例的释疑、适用范围、释义的法律,订立关于这些事宜的一般条文。\n"
)


def test_a_portals_login_box_menu_and_breadcrumb_go() -> None:
    text, _, _ = remove_site_furniture(PORTAL_HEAD + LAW_BELOW)
    assert text == LAW_BELOW.lstrip("\n")


def test_a_login_box_alone_goes() -> None:
    text, _, _ = remove_site_furniture("用户名 密码\n记住我\n" + LAW_BELOW)
    assert text == LAW_BELOW.lstrip("\n")


@pytest.mark.parametrize("line", [
    "网站首页 法律咨询 找律师 律师在线 律师热线 法治资讯 法律法规 资料库 法律文书",
    "   您的位置首页 >> 法规库 >> 法规正文",
])
def test_a_navigation_bar_and_a_breadcrumb_without_colon_go_alone(line: str) -> None:
    text, _, _ = remove_site_furniture(line + "\n" + LAW_BELOW)
    assert text == LAW_BELOW.lstrip("\n")


@pytest.mark.parametrize("law", [
    # DLC lines that speak of passwords and user names: sentences, never a login box
    "（六）密钥、密码安全管理措施；\n第二十九条 密码管理部门应当加强对计算机信息系统内使用密码产品的单位的监督、检查和指导。\n",
    "第二十五条 管道燃气用户需要变更用户名称、扩大用气范围、改变燃气用途和安装、改装、拆迁固定的燃气设施，"
    "应当向管道燃气企业申请办理有关手续，并承担所需费用。\n",
    # a form's field labels under a law (a table flattened one cell per line) are no login box of the head
    "第一条 为了规范管理，制定本办法。\n附件\n用户名\n密码\n验证码\n",
])
def test_law_lines_on_passwords_stay(law: str) -> None:
    text, edits, _ = remove_site_furniture(law)
    assert text == law and edits == []


# --------------------------------------------------------------------------
# F8B-L4: a site's breadcrumb, and its repeat pasted into an article
# --------------------------------------------------------------------------

#: Laosheng.top duben/2020-minfadian.txt.md as the Markdown reader renders it (repro field8b
#: _repro/md_breadcrumb_mid_article/minfadian_art347_348.md, lines 1-16; the link
#: ``[大萌法律读本](../duben)`` shows its text).
MINFADIAN_HEAD = "大萌法律读本 >> 2020-民法典\n\n"
MINFADIAN = (
    "中华人民共和国民法典\n\n"
    "　　第三百四十七条　设立建设用地使用权，可以采取出让或者划拨等方式。  \n"
    "　　严格限制以划拨方式设立建设用地使用权。\n\n"
    "　　第三百四十八条　通过招标、拍卖、协议等出让方式设立建设用地使用权的，当事人应当采用书面形式订立建设用地使用权出让合同。  \n"
    "　　建设用地使用权出让合同一般包括下列条款：{repeat}\n"
    "（一）当事人的名称和住所；\n"
)


def test_the_breadcrumb_and_its_repeat_inside_an_article_go() -> None:
    page = MINFADIAN_HEAD + MINFADIAN.format(repeat=" 大萌法律读本 >> ")
    text, edits, _ = remove_site_furniture(page)
    assert text == MINFADIAN.format(repeat="")
    assert "the page's breadcrumb repeated in the text" in {e.detail for e in edits}


def test_the_pdf_copys_breadcrumb_goes() -> None:
    """The PDF of the same collection prints it with ``»`` (duben 2020-刑法 PDF, first line)."""
    text, _, _ = remove_site_furniture("大萌法律读本 » 2020-刑法\n\n" + MINFADIAN.format(repeat=""))
    assert text == MINFADIAN.format(repeat="")


def test_a_line_ending_with_other_words_and_a_separator_stays_without_the_breadcrumb() -> None:
    page = MINFADIAN.format(repeat=" 大萌法律读本 >> ")
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


@pytest.mark.parametrize("head", [
    # DLC heads with angle brackets inside a title (广东省建设工程质量管理条例, 重庆市 notes)
    "2017年7月27日 广东省第十二届人民代表大会常务委员会第三十四次会议《关于修改<广东省建设工程质量管理条例>和"
    "<广东省港口管理条例>的决定》第一次修正  根据\n",
    "1987年2月25日 北京市第八届人民代表大会常务委员会第三十五次会议《修改<关于议案的若干暂行规定>的决定》第一次修正\n",
])
def test_law_heads_with_angle_brackets_stay(head: str) -> None:
    page = head + MINFADIAN.format(repeat="")
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


def test_a_note_on_an_amended_title_with_angle_brackets_stays() -> None:
    """DLC 山东地方法规/…/山东省实施《全国人民代表大会和地方各级人民代表大会代表法》办法(2015-12-03).md, line 11: the
    note's wrapped line ``〈山东省乡镇人民代表大会工作若干规定>的决定》修正`` is no breadcrumb."""
    page = "〈山东省乡镇人民代表大会工作若干规定>的决定》修正\n\n" + MINFADIAN.format(repeat="")
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# F8B-W5: a document-sharing site's field list and share line
# --------------------------------------------------------------------------

#: 冰豆网 bdocx.com/doc/9031322 (field8b pages+store8b/bdocx_com_doc_9031322.txt, lines 1-10 and 11-12).
BDOCX_HEAD = (
    "生物化工制度汇编修改征求意见版本 1.docx\n"
    "- 文档编号:9031322\n"
    "- 上传时间:2023-02-02\n"
    "- 格式:DOCX\n"
    "- 页数:16\n"
    "- 大小:66.98KB\n"
    "生物化工制度汇编修改征求意见版本 1.docx\n"
    "《生物化工制度汇编修改征求意见版本 1.docx》由会员分享,可在线阅读,更多相关《生物化工制度汇编修改征求意见版本 1.docx(16页珍藏版)》"
    "请在冰豆网上搜索。\n"
)
BDOCX_TEXT = (
    "生物化工制度汇编修改征求意见版本1\n"
    "2018年《制度汇编》修改内容讨论稿\n"
    "为提高公司《制度汇编》的可行性和适应性,更好的强化和完善公司管理,根据公司新增加的管理制度,结合2017年管理中遇到的实际问题,"
    "拟对《制度汇编》作如下修改,请各位员工认真审阅,并广泛征集意见,于公司职工代表会上审议表决。\n"
)


def test_a_docshare_sites_field_list_and_share_line_go() -> None:
    text, _, _ = remove_site_furniture(BDOCX_HEAD + BDOCX_TEXT)
    assert text == BDOCX_TEXT


@pytest.mark.parametrize("fields", [
    # a regulation's own form fields (two at most, or ordinary labels): never the site's list
    "格式:DOCX\n页数:16\n",
    "分类:规范性文件\n格式:见附件\n大小:不限\n",
])
def test_field_lines_that_are_not_a_docshare_list_stay(fields: str) -> None:
    page = fields + BDOCX_TEXT
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# field8b (site_furniture read on the real-estate crawl): a download link named by the document's 文号
# --------------------------------------------------------------------------

#: 白银市人民政府办公室 notice, ljz060707-lang/China-Real-Estate-Policy-Database webpages/4d0349bb…a120.html
#: (field8b), the last lines of its text: the notice's PDF is offered under its document number.
BAIYIN_TAIL = "白银银保监分局负责对商业银行预售资金监管的操作风险和合规性进行监督检查。\n市政办发〔2022〕167号.pdf\n"


def test_a_file_named_by_a_document_number_stays_with_a_warning() -> None:
    text, _, warnings = remove_site_furniture(BAIYIN_TAIL + "分享：\n打印本页 关闭窗口\n")
    assert text == BAIYIN_TAIL
    assert [w.message for w in warnings] == ["download link named by a document number kept"]


def test_a_download_list_of_named_files_still_goes() -> None:
    page = BAIYIN_TAIL.replace("市政办发〔2022〕167号.pdf", "附件下载：\n白银市促进房地产市场平稳健康发展工作方案.pdf")
    text, _, _ = remove_site_furniture(page)
    assert text == BAIYIN_TAIL.split("\n")[0] + "\n"


# --------------------------------------------------------------------------
# field8b: a site's welcome banner and its date widget above the text
# --------------------------------------------------------------------------

#: 厦门市发展和改革委员会 征求意见 notice, ljz060707-lang/China-Real-Estate-Policy-Database webpages/…50d004a1c76645e6076822a34d6c92d86bc.html
#: (field8b), its first lines as built.
XIAMEN = (
    "关于公开征求厦门市关于进一步稳增长转动能推动经济高质量发展的若干措施意见的通知\n"
    "征集主题：\n关于公开征求厦门市关于进一步稳增长转动能推动经济高质量发展的若干措施意见的通知\n"
)


@pytest.mark.parametrize("banner", [
    "欢迎访问厦门市发展和改革委员会网站！\n今天是：\n",  # the 厦门 page
    "欢迎来到武汉住房公积金管理中心网站！  \n",  # gjj.wuhan.gov.cn, same crawl webpages/91e61e46…8402ddb.html
    "欢迎您光临南沙区政府！\n",  # field6b mhxqwer+gov-clones/wyxgzns.gov.cn.html
])
def test_a_welcome_banner_and_an_empty_date_widget_go(banner: str) -> None:
    text, _, _ = remove_site_furniture(banner + XIAMEN)
    assert text == XIAMEN


def test_a_sentence_that_welcomes_stays() -> None:
    page = XIAMEN + "欢迎社会各界人士积极参与，提出宝贵意见。\n"
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# F8-P13: empty widget labels and the site's archive time above a notice
# --------------------------------------------------------------------------

#: pingjiang.gov.cn content_1202379 (field8 pages+store8/pingjiang_content_1202379.txt, lines 1-10).
PINGJIANG_HEAD = (
    "归档时间:2018-11-21\n"
    "当前位置: 首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规\n\n"
)
PINGJIANG_TITLE = "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n\n"
PINGJIANG_WIDGETS = "视力保护色:\n浏览量:\n\n"
PINGJIANG_BODY = "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:\n"


def test_empty_widget_labels_and_the_archive_time_go() -> None:
    text, _, _ = remove_site_furniture(PINGJIANG_HEAD + PINGJIANG_TITLE + PINGJIANG_WIDGETS + PINGJIANG_BODY)
    assert "视力保护色" not in text and "浏览量" not in text and "归档时间" not in text
    assert text.startswith(PINGJIANG_TITLE) and text.endswith(PINGJIANG_BODY)


@pytest.mark.parametrize("lines", [
    "浏览量:\n1024\n\n",  # the counter's value under its label: a field, kept whole (convention 6)
    "发布日期:\n2017-01-12\n\n",
])
def test_a_label_with_its_value_below_stays(lines: str) -> None:
    page = PINGJIANG_TITLE + lines + PINGJIANG_BODY
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


def test_law_sentences_on_archiving_stay() -> None:
    """DLC 广东省司法鉴定管理条例(2022-03-29).md, line 369: 归档 in a sentence."""
    law = "第五十条 司法鉴定机构应当对鉴定档案实行集中统一管理，任何组织和个人不得据为己有或者拒绝归档。\n"
    text, edits, _ = remove_site_furniture(law)
    assert text == law and edits == []


#: xiexiebang.com d2bb0893c964bd97 (field8 pages+store8/xiexiebang_d2bb0893c964bd97.txt, lines 1-12).
XIEXIEBANG_WRAPPER = (
    "简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助,"
    "当然你在写写帮文库还可以找到更多《湖南省人民政府办公厅文件》。\n\n"
    "第一篇:湖南省人民政府办公厅文件\n\n"
)
XIEXIEBANG_NOTICE = (
    "湖南省人民政府办公厅文件\n\n湘政办发〔2009〕24号\n\n湖南省人民政府办公厅关于加强普通高等学校\n\n毕业生就业工作的通知\n\n"
    "各市州、县市区人民政府,省政府各厅委、各直属机构:\n"
)


def test_a_document_farms_wrapper_goes() -> None:
    text, _, _ = remove_site_furniture("湖南省人民政府办公厅文件\n\n" + XIEXIEBANG_WRAPPER + XIEXIEBANG_NOTICE)
    assert text == "湖南省人民政府办公厅文件\n\n" + XIEXIEBANG_NOTICE


def test_a_part_heading_without_the_farms_introduction_stays() -> None:
    page = "第一篇:湖南省人民政府办公厅文件\n\n" + XIEXIEBANG_NOTICE
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# Clean real text stays byte-identical beside the rules above
# --------------------------------------------------------------------------

CLEAN_LINES = [
    # DLC 重庆市残疾人保障条例(2011-11-25).md: lotteries
    "市、区县（自治县）留存的福利彩票公益金应当按照不低于百分之十的比例用于发展残疾人事业，体育彩票公益金应当按照不低于百分之五的比例用于发展残疾人体育事业。\n"
    "财政、审计等部门应当加强对残疾人事业经费和彩票公益金使用情况的检查、监督。\n",
    # DLC 东莞市文明行为促进条例(2023-02-23).md (the item) and 广东省乡村振兴促进条例(2022-06-01).md (第三十三条): gambling
    "（二）抵制网络谣言、迷信、色情、赌博、暴力等有害信息；\n"
    "第三十三条 乡镇人民政府应当指导村民委员会推进移风易俗，破除高价彩礼、人情攀比、重男轻女、厚葬薄养、铺张浪费、封建迷信等陈规陋习，"
    "抵制邪教、非法宗教活动和赌博行为，提倡孝老爱亲、勤俭节约、诚实守信，促进男女平等，推动形成文明乡风、良好家风、淳朴民风，建设文明乡村。\n",
    # DLC 汕头经济特区消防条例(2022-12-30).md: entertainment venues
    "（一）在车间、仓库、集贸市场、商场、公共娱乐场所内设立员工集体宿舍；\n",
    # bjtcm 038_t20191219_1338160.html (../shared/real): a bracketed section label of a guideline
    "【临床试验】项内容重点描述对中医证候的疗效，并可说明对相关疾病的影响。\n",
    # the report's own notes (F8-M4 above): a document's sources
    REPORT,
]


@pytest.mark.parametrize("clean", CLEAN_LINES)
def test_clean_real_text_stays_byte_identical(clean: str) -> None:
    text, edits, _ = remove_site_furniture(clean)
    assert text == clean and edits == []


def test_a_read_the_whole_text_button_goes() -> None:
    """F8-P9: ytlst (field8 pages+store8/ytlst_gansu_6343.txt, lines 1-3): the aggregator's button line became part
    of the title (``【阅读全文】甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定``)."""
    body = "甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定\n甘肃省人大常委会\n"
    text, _, _ = remove_site_furniture("【阅读全文】\n" + body)
    assert text == body


# --------------------------------------------------------------------------
# field8b real-estate crawl (site_furniture read page by page): a breadcrumb with no-break spaces,
# a toolbar with 我要打印 and 视力保护色, a 我的收藏 widget
# --------------------------------------------------------------------------

#: ljz060707-lang/China-Real-Estate-Policy-Database webpages/…8402ddb.html (gjj.wuhan.gov.cn, F8B-R6), lines 1-3.
WUHAN = (
    "",
    "首页\xa0>\xa0政府信息公开\xa0>\xa0政策\xa0>\xa0规范性文件\n",
    "【贷款】武公中规〔2026〕2号武汉住房公积金管理中心关于优化住房公积金使用政策的通知\n各住房公积金业务受托银行：\n",
)
#: Same crawl, …4dd47ac.html (六盘水市住房公积金管理中心), lines 1-3 (the line under the toolbar shortened).
LIUPANSHUI = (
    "六盘水市住房公积金管理中心关于公开征求《关于支持青年人解决住房问题有关工作的通知（征求意见稿）》意见建议的通知\n",
    "字号：[小中大]  [我要打印]  [关闭] 视力保护色：\n",
    "为进一步深入贯彻落实国发〔2022〕2号文件精神。\n",
)
#: Same crawl, …c836ac1.html (广东省人民政府办公厅), lines 2-4.
GUANGDONG = ("", "我的收藏  收藏\n", "广东省人民政府办公厅关于印发广东省进一步\n提振和扩大消费若干措施的通知\n")


@pytest.mark.parametrize(("before", "chrome", "after"), [WUHAN, LIUPANSHUI, GUANGDONG])
def test_toolbar_and_breadcrumb_lines_of_the_crawl_go(before: str, chrome: str, after: str) -> None:
    assert remove_site_furniture(before + chrome + after)[0] == before + after


# --------------------------------------------------------------------------
# F8B-W3: a gazette page's language switch and its menu glyphs above an order
# --------------------------------------------------------------------------

#: bo.io.gov.mo 第18/2015號行政命令 (field8b pages+store8b/bo_io_gov_mo_ordem18_2015.txt, lines 1-7; repro
#: _repro/gazette_title_chrome): the title had become 葡文版本第18/2015号行政命令.
MACAU_ORDER = (
    "第18/2015號行政命令\n\n"
    "行政長官行使《澳門特別行政區基本法》第五十條(四)項規定的職權,並根據第2/1999號法律《政府組織綱要法》第五條第一款及"
    "第十一條第一款,發佈本行政命令。\n"
)


def test_a_language_switch_and_menu_glyphs_go() -> None:
    assert remove_site_furniture("^ ]\n\n葡文版本\n\n" + MACAU_ORDER)[0] == MACAU_ORDER


@pytest.mark.parametrize("line", [
    "[1966年12月31日]  1966年第88号法律公告(本为1966年第31号)\n",  # 110.com Cap. 1 (field8b pages+store8b-hk): brackets, no caret
    "第九条 本办法所称的“x^2”为面积单位。\n",  # constructed: a caret inside a sentence
])
def test_lines_with_brackets_or_a_caret_inside_text_stay(line: str) -> None:
    page = MACAU_ORDER + line
    text, edits, _ = remove_site_furniture(page)
    assert text == page and edits == []


# --------------------------------------------------------------------------
# field8 magic-html (top problem 10): the site's lists of other articles closing a news page
# --------------------------------------------------------------------------

#: opendatalab/magic-html benchmark/data/article …8ab41.html (field8 opendatalab+magic-html): the end of the article
#: and the first three items of its 相关新闻 list.
NEWS_END = "哈马斯本月6日宣布同意斡旋方提出的加沙地带停火提议，但以方表示哈马斯答应的条件与其要求相去甚远。\n原标题：以战时内阁审查重启停火谈判提案\n"
RELATED_NEWS = (
    "相关新闻\n山东日照：小蓝莓助力农业发展\n"
    "5月22日，在山东省日照市东港区陈疃镇蓝莓产学研基地，农户在采摘蓝莓。自2005年发展蓝莓种植以来，陈疃镇蓝莓...【详细】\n"
    "强图打榜 2024-05-23 09:41:17\n西藏：拉鲁湿地的科普自然教育课堂\n"
    "5月22日，拉鲁湿地国家级自然保护区管理局局长拉姆次仁在活动中邀请小学生做“小小宣讲员”和“拉鲁湿地小卫士...【详细】\n"
    "强图打榜 2024-05-23 09:29:34\n河南山东等地小麦陆续开镰收割\n近日，河南、山东等地小麦进入成熟期，陆续开镰收割。【详细】\n"
    "强图打榜 2024-05-22 23:32:46\n"
)
#: …22c44.html (same folder): the reading widget, the emotion widget and the 推荐阅读 list.
EMOTIONS_AND_LIST = (
    "阅读剩余全文（）\n相关阅读\n您此时的心情\n新闻表情排行 日/周\n开心\n0\n难过\n0\n0\n飘过\n0\n推荐阅读\n"
    "内蒙古鄂尔多斯：棒垒球邀请赛开赛\n奔跑吧·少年2024年内蒙古自治区棒垒球邀请赛在鄂尔多斯市康巴什区开赛。\n2024-04-20 17:03\n"
    "巴南高铁进入联调联试阶段\n2024-04-03 15:11\n巡山防火 守护安全\n为切实织密森林“防火网”各地组织人员巡查防火。\n2024-04-03 15:11\n"
)


@pytest.mark.parametrize("tail", [RELATED_NEWS, EMOTIONS_AND_LIST])
def test_a_list_of_related_articles_closing_the_page_goes(tail: str) -> None:
    assert remove_site_furniture(NEWS_END + tail)[0] == NEWS_END.rstrip("\n")  # (the text ends where the list began)


def test_a_related_head_with_a_law_below_stays() -> None:
    """A list head above article lines is no closing list (DLC 重庆市残疾人保障条例(2011-11-25).md lines below it)."""
    page = (NEWS_END + "相关文章\n第三十条 市、区县（自治县）留存的福利彩票公益金应当按照不低于百分之十的比例用于发展残疾人事业。\n"
            "2024-04-20\n2024-04-03\n2024-04-02\n")
    text, edits, _ = remove_site_furniture(page)
    assert "相关文章" in text and "第三十条" in text


def test_an_editor_line_in_spaced_brackets_goes() -> None:
    """magic-html …22c44.html (field8): ``[  责编：杨煜 ]`` under the article."""
    end = "共同把“蛋糕”做大，实现“多赢”“共赢”。（钟才文）\n"
    assert remove_site_furniture(end + "[  责编：杨煜 ]\n")[0] == end
