"""Spam and chrome the field tests of session 7 found kept on real pages (field7b.md F7B-P1, P2,
P9; field6b N-1; closing7), and the clean text that must stay byte-identical beside them.

Every positive case is copied from the page that showed it (source noted); every negative case
is a line of the clean corpus (DLC, ``../shared/corpus``) or of a real page that holds the same
words: a law on gambling, lotteries, entertainment venues or pornography writes sentences, never
a line of keywords, a decorated tag or a brand between separators.
"""

from __future__ import annotations

import json

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.furniture import remove_site_furniture
from corpus_tools.clean.spam import (
    RESIDUAL_HINT_RE, adult_keyword_spans, brand_segments, find_residual_spam, inserted_decorations, remove_spam_anchors,
)


def run_both(text: str) -> str:
    return remove_spam_anchors(remove_site_furniture(text)[0])[0]


# --------------------------------------------------------------------------
# F7B-P1: pictographs and decorated tags inside the words of a 中央网信办 通知
# --------------------------------------------------------------------------

#: heimaoysw.com/article/f79e77873aa9.html (field7b pages+store/heimaoysw_f79e77873aa9.txt), lines 9 and 11.
HEIMAO_F79E = (
    "不🍅得以打赏额🍓度为唯一依据对网络主播排名、引流、推荐，或对用户进行排名。 36 氪获悉，中央网信办发布关于加强网络直※不容错过※播打赏规范管理的通知。"
    " 未经用户同🌰意，网站平台不得公🍋开展示用户充值打赏、购买礼物等消费统计数据。 网络直播账号被禁言的，应同步暂🍍㊙停🥑其打赏营利权限，"
    "时长为禁言期限的 2 至 ※关注※3 倍。 其中提出，网站平台向用户提供充值打赏服务，设置🌰榜单排名，设计互动玩法🥝，应制定明确规则，"
    "并以直接、简洁方式公开，不得采取多次跳转、冗长条款等方式影响用户知➕🌻晓。\n\n"
    "网络直播账号申请开🥔🍏🌳通🍀打赏营利🌼🏵️权🥕限，如有违规🥦记录🍆，应在处🥒置期满 3 🍇🌼个月后🌼，再予以开"
)
HEIMAO_F79E_CLEAN = (
    "不得以打赏额度为唯一依据对网络主播排名、引流、推荐，或对用户进行排名。 36 氪获悉，中央网信办发布关于加强网络直播打赏规范管理的通知。"
    " 未经用户同意，网站平台不得公开展示用户充值打赏、购买礼物等消费统计数据。 网络直播账号被禁言的，应同步暂停其打赏营利权限，"
    "时长为禁言期限的 2 至 3 倍。 其中提出，网站平台向用户提供充值打赏服务，设置榜单排名，设计互动玩法，应制定明确规则，"
    "并以直接、简洁方式公开，不得采取多次跳转、冗长条款等方式影响用户知晓。\n\n"
    "网络直播账号申请开通打赏营利权限，如有违规记录，应在处置期满 3 个月后，再予以开"
)
#: heimaoysw.com/pro/452646f8ae95.html (field7b pages+store/heimaoysw_452646f8ae95.txt), lines 11 and 13.
HEIMAO_4526 = (
    "其中提出，网站平台向用户提供充值打赏服务，设置榜单排【推荐】名，设计互动玩法，应制定明🌸🍐确规则，并以直接🈲、简洁方式公开，"
    "不得采取多次🌴跳转※关注※、冗长条款等方式影响用户知晓。\n\n"
    "不得以★精🌽选★打赏额🥒度为唯一依据对网络主播排名、引【优❌质内容】流、推荐，或对用户进行排名🌱。"
)
HEIMAO_4526_CLEAN = (
    "其中提出，网站平台向用户提供充值打赏服务，设置榜单排名，设计互动玩法，应制定明确规则，并以直接、简洁方式公开，"
    "不得采取多次跳转、冗长条款等方式影响用户知晓。\n\n"
    "不得以打赏额度为唯一依据对网络主播排名、引流、推荐，或对用户进行排名。"
)


@pytest.mark.parametrize(("dirty", "clean"), [(HEIMAO_F79E, HEIMAO_F79E_CLEAN), (HEIMAO_4526, HEIMAO_4526_CLEAN)])
def test_insertions_inside_words_are_removed(dirty: str, clean: str) -> None:
    text, edits, warnings = remove_spam_anchors(dirty)
    assert text == clean
    assert all(json.loads(e.detail)["inserted"] in ("pictograph", "decorated tag") for e in edits)
    assert not warnings  # an insertion replaced nothing: no gap to restore
    assert find_residual_spam(dirty) and RESIDUAL_HINT_RE.search(dirty)
    assert find_residual_spam(text) == []


def test_title_line_of_the_farm_loses_tags_and_glued_keywords() -> None:
    # heimaoysw_f79e77873aa9.txt line 5 and heimaoysw_452646f8ae95.txt line 5 (the page titles)
    assert run_both("※不容错过※ 中央网信办发布关于加强网络直播打赏规范管理的通知{ 五月色}综合小说在线 ※关注※\n") == (
        "中央网信办发布关于加强网络直播打赏规范管理的通知\n"
    )
    assert run_both("🈲 中央网信办发布关于加强网络直「播打赏」规范管理的通知 极度性感美图av ➕\n") == (
        "中央网信办发布关于加强网络直「播打赏」规范管理的通知\n"  # the 「」 around half a word stay (left alone)
    )


@pytest.mark.parametrize(
    "clean",
    [
        # bjtcm 038_t20191219_1338160.html: a drug label's sections in brackets, between Han characters
        "第七条\u3000主治病证未在国家批准的中成药【功能主治】中收载的新药，属于《药品注册管理办法》规定的情形。",
        "（六）该类中药复方制剂的药品说明书【临床试验】项内容重点描述对中医证候的疗效。",
        # field6 kong0107/mojLawSplitXML O0020113.xml: Traditional quotation marks inside a sentence
        "所列屬「行政院環境保護署」之權責事項，自一百十二年八月二十二日起改由「環境部」管轄",
        # symbols forms and tables use (no pictograph, no tag between two copies of one symbol)
        "联系电话：☎ 010-12345678\n标注★的项目为必选项目，标注☆的为可选项目。\n①②③ ✓ ✔ ○ ●",
        # 广东省市场监管条例(2021-09-29), 深圳经济特区细胞和基因产业促进条例(2023-01-06): 关注, 推荐 in sentences
        "对社会关注的市场监管问题，监管部门应当按照规定及时向媒体和社会公众发布相关信息。",
        "第四十二条 市市场监管部门可以根据生物医药产业创新服务的规定向广东省药品监督管理部门提出重点项目、重点企业推荐。",
    ],
)
def test_law_brackets_symbols_and_quotes_stay(clean: str) -> None:
    assert inserted_decorations(clean) == []
    assert run_both(clean) == clean


# --------------------------------------------------------------------------
# F7B-P2: adult keyword lines and tails, a casino brand between separators
# --------------------------------------------------------------------------

#: tzsjczs.com/show/id/5926.html (field7b pages+store/tzsjczs_5926.txt, _repro/seo_title), lines 1-3.
TZSJCZS = "午夜在线精品不卡国产,成人永久免费福利视频网站,欧美在线观看成人高清视频\n\n互聯網用戶賬號名稱管理規定\n"
#: dh635.com/hywj/p/633777.html and scolliance.net/tbch/2019/1120/521827225.html, line 1 each.
DH635 = "国产精品成人一区二区不卡_中文字幕一区二区精品区_亚洲欧洲成人精品av97_成人自拍视频在线\n\n廣電有線享TV全新改版升級(jí)\n"
SCOLLIANCE = (
    "高清一区二区三区四区五区_在线观看亚洲专区_久久亚洲春色中文字幕久久久_91黄色激情网站_丁香婷婷综合色啪_"
    "中文一区二区完整视频在线观看_欧美日韩爱爱视频_在线播放国产精品二区一二区四区_一区二区三区国产豹纹内裤在线_亚洲欧美成人在线\n\n"
    "文化和旅游部:娛樂場(chǎng)所電子游戲設(shè)備非法定節(jié)假日不得向未成年人提供\n"
)


@pytest.mark.parametrize("page", [TZSJCZS, DH635, SCOLLIANCE])
def test_adult_keyword_line_is_removed_before_the_title(page: str) -> None:
    first = page.split("\n", 1)[0]
    assert [page[a:b] for a, b, _ in adult_keyword_spans(page)] == [first]
    assert run_both(page) == page.split("\n\n", 1)[1]


def test_keyword_line_no_longer_becomes_the_title() -> None:
    # _repro/seo_title/seo_title.txt: the title was 午夜在线精品不卡国产，…高清视频互联网用户账号名称管理规定
    from corpus_tools.structure.documents import find_title

    cleaned = clean_and_explain(TZSJCZS + "\n第一条 為加強對互聯網用戶賬號名稱的管理，制定本規定。\n").text
    assert cleaned.splitlines()[0] == "互联网用户账号名称管理规定"
    assert find_title(cleaned)[0] == "互联网用户账号名称管理规定"


#: ivcon.net/post/14589.html (field7b pages+store/ivcon_14589.txt), lines 1 and 3.
IVCON = "首页 - 天富娱乐招商 - 《北京市突发公共卫生事件应急条例》全文发布-天富娱乐登陆\n\n《北京市突发公共卫生事件应急条例》全文发布-天富娱乐登陆\n"


def test_casino_brand_between_separators_is_removed() -> None:
    text, edits, _ = remove_spam_anchors(IVCON)
    # the home link of the brand's title bar goes with it
    assert text == "《北京市突发公共卫生事件应急条例》全文发布\n\n《北京市突发公共卫生事件应急条例》全文发布\n"
    assert [json.loads(e.detail)["inserted"] for e in edits] == ["casino brand segment"] * 4
    assert find_residual_spam(text) == []


def test_brand_segment_needs_repetition_and_a_casino_word() -> None:
    once = "首页 - 天富娱乐招商 - 《某条例》全文发布\n"
    site = "首页 - 中国体育彩票网站 - 通知公告\n中国体育彩票网站 - 首页\n首页 - 国家体育总局 - 政策法规\n国家体育总局 - 政策法规\n"
    assert brand_segments(once) == [] and brand_segments(site) == []


#: Lines of the clean corpus (DLC) on gambling, lotteries, entertainment venues and pornography.
DLC_LINES = (
    # 重庆市查禁赌博条例(2011-11-29)
    "第二条 本条例查禁的赌博，是指以财物作注比输赢，依照本条例规定应受处罚的行为。\n"
    "第三条 查禁赌博，应当坚持社会治安综合治理的方针，实行专门机关与群众路线相结合，惩罚与教育相结合的原则。\n"
    # 重庆市残疾人保障条例(2011-11-25)
    "市、区县（自治县）留存的福利彩票公益金应当按照不低于百分之十的比例用于发展残疾人事业，体育彩票公益金\n"
    # 东莞市文明行为促进条例(2023-02-23), and the lines grep finds beside it
    "（二）抵制网络谣言、迷信、色情、赌博、暴力等有害信息；\n"
    "（三）场所内不得从事色情、卖淫嫖娼、赌博、吸毒、贩毒以及其他违法犯罪活动；\n"
    "（二）向学前儿童宣传恐怖、暴力、迷信、色情等内容；\n"
    "（四）不参与网络赌博等违法活动；\n"
    # words of the adult vocabulary in law: 成人, 视频, 在线, 自拍 (拍摄), 福利, 午夜
    "第五十四条 城市建成区建设项目的施工现场出入口应当安装监控车辆出场冲洗情况及车辆车牌号码视频监控设备。\n"
    "第十条 开展成人教育、在线教育和社区教育，提供免费视频课程。\n"
    "每日午夜至次日凌晨五时，娱乐场所不得营业。\n"
    "成人 高等教育 自学考试\n"
)


def test_gambling_lottery_and_pornography_law_stays_byte_identical() -> None:
    assert adult_keyword_spans(DLC_LINES) == [] and brand_segments(DLC_LINES) == []
    assert run_both(DLC_LINES) == DLC_LINES
    assert clean_and_explain(DLC_LINES).text == DLC_LINES


# --------------------------------------------------------------------------
# F7B-P1 (PHP), F7B-P9, closing7, field6b N-1: chrome of other shapes
# --------------------------------------------------------------------------


def test_php_warning_lines_are_removed() -> None:
    # heimaoysw_452646f8ae95.txt lines 1-8: the next line was then joined to the last warning
    page = (
        "Warning: file_get_contents(/www/wwwroot/hg.aiheimao.top/yzlseo/../config/wenzhangku/161.txt): Failed to open stream:"
        " No such file or directory in /www/wwwroot/hg.aiheimao.top/yzlseo/TemplateEngine.php on line 2691\n\n"
        "Notice: Undefined index: id in /www/wwwroot/site/index.php on line 12\n"
        "Deprecated: Function create_function() is deprecated in /www/wwwroot/site/lib.php on line 88\n"
        "中央网信办发布关于加强网络直播打赏规范管理的通知\n"
    )
    assert clean_and_explain(page).text == "中央网信办发布关于加强网络直播打赏规范管理的通知\n"
    law = "Warning: 预警信息发布后，应当及时处置。\n第八条 发布警告（Warning）的，应当载明理由。\n"
    assert run_both(law) == law


def test_mirror_site_chrome_is_removed() -> None:
    # infoeach law907 (法律资料网 mirror), lines 1-8
    page = (
        "热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛\n收藏本站| 设为首页| 首页\n\n"
        "关于印发《国防科技工业标准制定工作程序(试行)》的通知\n\n"
        "作者:法律资料网 时间:2024-07-22 04:02:42  浏览:9347   来源:法律资料网\n下载地址: 点击此处下载\n\n"
        "关于印发《国防科技工业标准制定工作程序(试行)》的通知\n"
    )
    # the headline printed twice with the site's byline between: its first copy goes with the chrome (furn19's
    # repeated_headline, session 19; this test kept both copies before)
    assert run_both(page) == "关于印发《国防科技工业标准制定工作程序(试行)》的通知\n"


def test_view_counter_below_the_field_line_is_removed() -> None:
    # xmrd.gov.cn 厦门人大 (field7b pages+store/xmrd_46.txt), lines 3-5
    page = " 发布时间:2018-11-12 17:25:15      字体大小:[大][中][小]\n4874268\n\n《厦门经济特区社会信用条例(草案)》已经市人大常委会两次审议。\n"
    assert run_both(page) == "《厦门经济特区社会信用条例(草案)》已经市人大常委会两次审议。\n"
    table = "第三条 各区指标如下：\n2035\n4874268\n"  # numbers not below a page's field line stay
    assert run_both(table) == table


def test_html_tag_residue_is_removed() -> None:
    # scolliance.net (field7b pages+store/scolliance_521827225.txt), line 9
    assert run_both("資料圖:民眾體驗(yàn)電子游戲。 <a target=\n\n資料圖") == "資料圖:民眾體驗(yàn)電子游戲。\n\n資料圖"
    formula = "当 x<a 且 a>0 时，适用本条；<b>、<c> 两项除外。"
    assert run_both(formula) == formula
    # field6 angelala00/pbc_regulations tiaofasi_normative_document_000146_000.txt: a line break inside a cell
    cell = "| 证件类型 | □身份证 □军官证 □港澳通行证 □护照<br>□其他，请注明： || | 证件号码 |  ||\n"
    assert run_both(cell) == cell


def test_font_switch_with_inner_blanks_and_print_button() -> None:
    # field7 CHINGBOH/law-corpus 2005_gjxfj_company_law_2005.html (closing7 list)
    page = "中华人民共和国公司法\n【  字体：大 中 小 】 【打印本稿】 【关闭】\n( 1993年12月29日第八届全国人民代表大会常务委员会第五次会议通过\n"
    assert run_both(page) == "中华人民共和国公司法\n( 1993年12月29日第八届全国人民代表大会常务委员会第五次会议通过\n"


#: field6b Yuhamixli/nfra.gov.cn merged_cells_page_source.html: the end of the page's text.
NFRA_TAIL = (
    "附件信息：\n版权与免责声明\n"
    "1.凡本站及其子站注明“文章类型：原创”的所有作品，其版权属于国家金融监督管理总局网站及其子站所有。其他媒体、网站或个人转载使用时必须注明：“文章来源：国家金融监督管理总局网站”。\n"
    "2.凡本站及其子站注明“文章类型：转载”、“文章类型：编译”、“文章类型：摘编”的所有作品，均转载、编译或摘编自其他媒体，转载、编译或摘编的目的在于传递更多信息，并不代表本站及子站赞同其观点和对其真实性负责。其他媒体、网站或个人转载使用时必须注明文章来源，并自负法律责任。\n"
    "按回车键在新窗口打开无障碍说明页面，按Alt+~键打开导盲模式。\n"
)


def test_site_disclaimer_and_accessibility_line_are_removed() -> None:
    page = "2\t陈首伟\t\t\t警告并罚款14万元\t\n" + NFRA_TAIL
    assert run_both(page) == "2\t陈首伟\t\t\t警告并罚款14万元\t\n附件信息：\n"


def test_a_law_disclaimer_clause_stays() -> None:
    law = "免责声明\n第十二条 因不可抗力造成损失的，保险人不承担赔偿责任。\n第十三条 本网站用户应当遵守本办法。\n"
    assert run_both(law) == law


def test_arrow_breadcrumb_and_date_first_field_line_are_removed() -> None:
    # shenyang.gov.cn (field7b pages+store/shenyang_4342086.txt) line 1: then joined to the notice's title (F7B-P5)
    page = "首页 -> 政务公开 -> 其他政府信息 -> 公 告\n沈阳市人民代表大会常务委员会办公室公告（第7号）\n"
    assert run_both(page) == "沈阳市人民代表大会常务委员会办公室公告（第7号）\n"
    # scolliance.net line 5 (after script and width): the date before the source field
    page = "2019-11-20 15:16:15    来源：中国新闻网    \n中新网11月20日电 据文化和旅游部网站消息。\n"
    assert run_both(page) == "中新网11月20日电 据文化和旅游部网站消息。\n"
    law = "2020年1月1日 来源：本条例所称资金来源，是指财政拨款。\n首页设计应当符合下列要求：\n"
    assert run_both(law) == law


#: dh635.com/hywj/p/633777.html (field7b pages+store/dh635_633777.txt), lines 3-15, after script and ruby.
DH635_MENU = (
    "广电有线享TV全新改版升级\n银铃模式\n儿童模式\n【官方公告】中国广电5G现全面支持 iPhone\n高质量发展年\n5g精彩启航\n"
    "中国广电\n电视端“强国TV”山东上线\n有线优享 新版上线\n安全生产\n\n"
    "广播电视有线数字付费频道业务管理暂行办法\n\n第一章 总则\n\n第一条 为促进和规范广播电视有线数字付费频道业务健康发展，制定本办法。\n"
)


def test_portal_menu_above_the_law_is_removed() -> None:
    assert run_both(DH635_MENU) == DH635_MENU.split("\n\n", 1)[1]


def test_a_head_of_short_lines_is_no_menu() -> None:
    # a 公文's head with its widgets: the issuer, the title and the number stay, only the widgets go
    page = "国务院办公厅\n关于印发某办法的通知\n国办发〔2020〕1号\n打印本页\n关闭窗口\n分享到\n\n第一条 为了规范管理，制定本办法。\n"
    assert run_both(page) == "国务院办公厅\n关于印发某办法的通知\n国办发〔2020〕1号\n\n第一条 为了规范管理，制定本办法。\n"
    # short lines without widgets (the parts of a 目录)
    page = "总则\n规划\n建设\n管理\n保障\n附则\n\n第一条 为了规范管理，制定本办法。\n"
    assert run_both(page) == page
    # widgets among short lines, and no law below: nothing tells a page's head from a menu
    assert run_both("首页\n银铃模式\n儿童模式\n新闻\n公告\n专题\n") == "新闻\n公告\n专题\n"


def test_an_accessibility_law_stays() -> None:
    # the words of the accessibility line in law: 无障碍, 盲人, 导盲犬 (no key of a keyboard)
    law = "第二十条 公共场所应当设置无障碍设施，方便盲人通行；视力残疾人可以携带导盲犬出入。\n无障碍信息交流\n"
    assert run_both(law) == law


def test_keywords_glued_before_the_title_on_its_line() -> None:
    # the line of tzsjczs_5926.txt glued to its title (the title the build had made of the two)
    line = "午夜在线精品不卡国产,成人永久免费福利视频网站,欧美在线观看成人高清视频 互联网用户账号名称管理规定\n"
    assert run_both(line) == "互联网用户账号名称管理规定\n"
    # the head ends at its last separator: 在线 opening the title stays the title's
    assert run_both("成人高清视频_在线观看不卡 在线旅游经营服务管理暂行规定\n") == "在线旅游经营服务管理暂行规定\n"
