"""Site chrome field test 11 and review 11 found kept in documents (notes field11.md F11-C1, F11-S3; review11.md F9),
and the clean text that must stay byte-identical beside it.

Every positive case starts from the real page that showed it (tests/real_pages/field12_chrome/SOURCE.md); every
negative case is a line of the clean corpus (DLC) or of a real page holding the same words.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mirror_chrome import news_wrapper_lines
from corpus_tools.clean.page_edges import disclaimer_tail_lines
from corpus_tools.clean.table_pipes import layout_table_pipes
from tests.real_build import REAL, page_documents

FOLDER = REAL / "field12_chrome"


def furniture(text: str):
    return clean_and_explain(text, rules=["site_furniture"])


# --------------------------------------------------------------------------
# F11-C1: a law database's disclaimer under the last article
# --------------------------------------------------------------------------

#: (the page field test 11 saved: tests/real_pages/field11_metadata/SOURCE.md)
CHINACOURT = REAL / "field11_metadata" / "chinacourt_dangnei_fagui.html"
DISCLAIMER = "免责声明：本库所有资料均来源于网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。"


def test_the_database_disclaimer_leaves_the_last_article() -> None:
    documents = page_documents(CHINACOURT)
    assert len(documents) == 1
    assert documents[0].text.rstrip().endswith("第三十条 本条例自2017年3月1日起施行。")
    assert "免责声明" not in documents[0].text


#: The same family on news pages (opendatalab/magic-html, field test 8: 网易号 pages bb5f5ce0c70bc623, fd0a94a0e3bc8c58;
#: 39健康网 d997d758e164d764): their platform's disclaimer closes the text.
NEWS_DISCLAIMERS = (
    "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
    "39健康网（www.39.net）原创内容，未经授权不得转载，违者必究。内容合作请联系：020-85501999-8819或39media@mail.39.net",
)


@pytest.mark.parametrize("line", NEWS_DISCLAIMERS)
def test_a_platforms_disclaimer_goes(line: str) -> None:
    text = "记者从市卫健委获悉，该项目将于明年投入使用。\n" + line + "\n"
    assert furniture(text).text == "记者从市卫健委获悉，该项目将于明年投入使用。\n"


def test_the_disclaimer_is_recorded_as_furniture() -> None:
    text = "第二十九条 本条例由中央办公厅商中央组织部、中央机构编制委员会办公室解释。\n第三十条 本条例自2017年3月1日起施行。\n" + DISCLAIMER + "\n"
    result = furniture(text)
    assert result.text == text.replace(DISCLAIMER + "\n", "")
    assert [e.before.strip() for e in result.edits] == [DISCLAIMER]


#: A law's own words on reference material and on sites (DLC; the 信用证 line of a real bank rule in field test 8's
#: pages), a disclaimer line inside the body (not the page's end), and an article about a database's notice.
DISCLAIMER_NEGATIVES = (
    "第十条 通知行应当在信用证通知书或信用证修改通知书上注明该通知仅供参考，通知行不负任何责任。\n",
    "第二十条 网站发布的信息仅供参考，以正式文件为准。\n",
    "第五条 数据库的建设单位应当注明数据来源。\n第六条 本办法自公布之日起施行。\n",
    "免责声明：本库所有资料均来源于网络，仅供参考。\n第一条 为了规范管理，制定本办法。\n",
    "四、本网站登载的资料仅供参考。\n",
)


@pytest.mark.parametrize("text", DISCLAIMER_NEGATIVES[:3] + DISCLAIMER_NEGATIVES[4:])
def test_a_laws_own_reference_clause_stays(text: str) -> None:
    result = furniture(text)
    assert result.text == text and not result.edits


def test_a_disclaimer_above_the_text_is_not_a_tail() -> None:
    assert disclaimer_tail_lines(DISCLAIMER_NEGATIVES[3]) == []


def test_a_site_line_without_a_label_or_claim_stays() -> None:
    assert disclaimer_tail_lines("第九条 本办法自公布之日起施行。\n本站地址：某市某路1号\n") == []


# --------------------------------------------------------------------------
# F11-S3: a layout table printed as pipe rows (mcrc.gov.tw), a page's update stamp (tncc.gov.tw)
# --------------------------------------------------------------------------

MCRC = FOLDER / "mcrc_yishiguize.txt"
TNCC = FOLDER / "tncc_yishiguize_richeng.txt"


def test_the_council_rules_keep_no_pipe() -> None:
    result = clean_and_explain(MCRC.read_text(encoding="utf-8"))
    assert "|" not in result.text
    lines = result.text.splitlines()
    assert lines[0] == "第一章 总 则"
    assert lines[1] == "第一条\t本规则依苗栗县苗栗市民代表会组织自治条例第二十三条规定订定之。。"  # (the site's own 。。)
    pipes = [e for e in result.edits if e.detail == "layout table pipe"]
    assert pipes and all(set(e.before) <= set(" |") and e.after in ("", "\t") for e in pipes)


def test_the_council_rules_give_twelve_articles_without_pipes() -> None:
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from corpus_tools.structure import structure_page

    articles = structure_page(clean_page(ingest_file(MCRC, MCRC.parent))).articles
    assert [a.article_no for a in articles] == list(range(1, 13))
    assert not any("|" in a.text for a in articles)
    assert articles[0].text == "本规则依苗栗县苗栗市民代表会组织自治条例第二十三条规定订定之。。"
    assert articles[-1].text == "代表之提案，提案人如欲修正时，准用会议规范第四十三条第一项"  # the row the store cut


#: Pipes that are no layout table: a GFM table with its delimiter row (the Markdown reader's), two rows only, pipes
#: inside lines (a law's ``甲|乙`` and a Markdown link row), and a row whose pipe is escaped.
PIPE_NEGATIVES = (
    "| 序号 | 名称 |\n| --- | --- |\n| 1 | 二氯甲烷 |\n| 2 | 三氯甲烷 |\n",
    "甲 | 乙 |\n丙 | 丁 |\n第一条 为了规范管理，制定本办法。\n",
    "第一条 甲|乙\n第二条 丙|丁\n第三条 戊|己\n",
    "a \\|\nb \\|\nc \\|\n",
    # a menu's link separators (ljz060707-lang/China-Real-Estate-Policy-Database, a 铜陵市 page's head)
    "中国政府网 |\n安徽省人民政府网 |\n铜陵市人民政府网\n微博 |\n微信 |\n长者版 |\n政务公开\n",
)


@pytest.mark.parametrize("text", PIPE_NEGATIVES)
def test_pipes_of_no_layout_table_stay(text: str) -> None:
    assert layout_table_pipes(text) == []
    result = furniture(text)
    assert result.text == text and not result.edits


def test_the_update_stamp_leaves_the_last_article() -> None:
    result = clean_and_explain(TNCC.read_text(encoding="utf-8"))
    assert result.text.rstrip().endswith("前项变更议程动议须有二人以上附议，并经出席议员过半数以上之同意为可决。")
    assert "最后修改日期" not in result.text


UPDATE_NEGATIVES = (
    "第十条 修改日期由主管部门确定。\n",
    "最后修改日期：\n2020年11月27日\n",
    "第三条 合同的修改日期为2020年11月27日。\n",
)


@pytest.mark.parametrize("text", UPDATE_NEGATIVES)
def test_dates_of_amendments_in_the_text_stay(text: str) -> None:
    result = furniture(text)
    assert result.text == text and not result.edits


#: Review 12 F9: a dated 修改日期 line between a document's sentences is the document's own, not the page's stamp.
#: The tncc page's stamp line (above) moved between two of its articles, as site_furniture reads them (Simplified,
#: full-width), and with a colon; a date in Chinese between a law's last two articles (中华人民共和国民法典 附则).
STAMP = "最後修改日期 2020/11/27 下午 03:40:53"
IN_BODY_DATED_LINES = (
    "第 二十三 条 （议事日程之编拟）\n前项议事日程得提报预备会议或大会通过。\n最后修改日期 2020/11/27 下午 03:40:53\n"
    "第 二十四 条 （议事日程之变更）\n前项变更议程动议须有二人以上附议，并经出席议员过半数以上之同意为可决。\n",
    "前项议事日程得提报预备会议或大会通过。\n最后修改日期：2020/11/27\n第二十四条 有下列情形之一者，主席得提出动议。\n",
    "第一千二百五十九条 民法所称的“以上”、“以下”、“以内”、“届满”，包括本数。\n最后修改日期：2020年5月28日\n"
    "第一千二百六十条 本法自2021年1月1日起施行。\n",
)


def test_a_stamp_among_the_pages_labels_goes_under_a_slogan() -> None:
    # abrd.gov.cn (tests/real_pages/meta11): the site's slogan (a sentence) above, ``来源：⏎访问量：⏎更新日期：2024-01-12``
    # above the document's title: the page's stamp, though a sentence stands above it
    page = (REAL / "meta11" / "abrd_12efe566.txt").read_text(encoding="utf-8")
    assert "更新日期:2024-01-12" in page
    assert "更新日期" not in furniture(page).text


def test_the_pages_stamp_moved_between_two_articles_stays() -> None:
    lines = TNCC.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[-1].startswith(STAMP)
    text = "".join(lines[:-5] + [lines[-1].rstrip("\n") + "\n"] + lines[-5:-1])  # above 第 二十四 條
    assert "最后修改日期 2020/11/27" in clean_and_explain(text).text


@pytest.mark.parametrize("text", IN_BODY_DATED_LINES)
def test_a_dated_line_between_the_documents_sentences_stays(text: str) -> None:
    result = furniture(text)
    assert result.text == text and not result.edits


@pytest.mark.parametrize("text", IN_BODY_DATED_LINES)
def test_the_same_line_at_the_pages_edge_goes(text: str) -> None:
    lines = text.splitlines(keepends=True)
    stamp = next(line for line in lines if "修改日期" in line)
    body = "".join(line for line in lines if line is not stamp)
    assert furniture(body + stamp).text == body  # after the last sentence
    assert furniture(stamp + body).text == body  # above the first


# --------------------------------------------------------------------------
# review 11 F9: a 公告's own handover line (``附条例全文：``) is no news wrapper
# --------------------------------------------------------------------------

GONGGAO = "关于公布《某市物业管理条例》的公告\n《某市物业管理条例》已经市人大常委会通过，现予公布。\n附条例全文：\n某市物业管理条例\n第一条 为了规范物业管理，制定本条例。\n"


def test_a_notices_own_handover_line_stays() -> None:
    assert news_wrapper_lines(GONGGAO) == []
    result = furniture(GONGGAO)
    assert result.text == GONGGAO and not result.edits


def test_the_handover_goes_with_the_reports_credits() -> None:
    text = GONGGAO + "成都日报锦观新闻记者何良责任编辑何齐铁实习编辑卢娅芮\n"
    assert furniture(text).text == GONGGAO.replace("附条例全文：\n", "")


# --------------------------------------------------------------------------
# Jina Reader captures: the site's menus as Markdown lists of links (www.gz.gov.cn)
# --------------------------------------------------------------------------

JINA = FOLDER / "jina_gz_yidijiuyi.md"


def test_the_menus_of_a_jina_capture_go() -> None:
    from corpus_tools.ingest import ingest_file

    text = ingest_file(JINA, JINA.parent).text
    lines = [line.strip() for line in text.splitlines()]
    for menu_word in ("用户登录", "政务公开", "· 白云区", "· 市委统战部", "· 市发展改革委"):
        assert menu_word not in lines
    # the item itself stays whole
    assert "温馨提示" in lines
    assert any(line.startswith("步骤1：打开“穗好办”APP") for line in lines)


def test_the_icons_of_a_jina_capture_leave_no_marks() -> None:
    from corpus_tools.markdown_text import render_line

    # the date and source lines of the item (jina_gz_yidijiuyi.md), each behind an icon in emphasis
    assert render_line("*   _![Image 11](https://www.gz.gov.cn/ztglobal/content\\_icon\\_r1\\_c3\\_s1.png)_ 2023-12-14") == [
        "*    2023-12-14"]
    assert render_line("*   _![Image 14](https://www.gz.gov.cn/ztglobal/content\\_icon03.png)_") == []
    assert render_line("见_图1_所示。") == ["见_图1_所示。"]  # emphasis without an image stays


#: Lists that are the document's own: links to files beside it (a law repository's README), items with sentences,
#: links within the page, and two links only.
MENU_NEGATIVES = (
    "# 法律\n\n- [中华人民共和国宪法](宪法.md)\n- [民法典](民法典.md)\n- [刑法](刑法.md)\n",
    "附件：\n\n- [附件1：申请表](https://www.gz.gov.cn/a.docx)，请于3月1日前提交。\n- [附件2：承诺书](https://www.gz.gov.cn/b.docx)，一式两份。\n"
    "- [附件3：名单](https://www.gz.gov.cn/c.xls)，按顺序填写。\n",
    "目录\n\n* [第一章 总则](#c1)\n* [第二章 管理](#c2)\n* [第三章 附则](#c3)\n",
    "相关链接\n\n* [国务院](https://www.gov.cn/)\n* [广东省人民政府](https://www.gd.gov.cn/)\n\n第一条 为了规范管理，制定本办法。\n",
)


@pytest.mark.parametrize("body", MENU_NEGATIVES)
def test_a_documents_own_list_is_no_menu(body: str) -> None:
    from corpus_tools.markdown_text import link_menus

    assert link_menus(body.split("\n")) == set()


# --------------------------------------------------------------------------
# Buttons, viewer notices and a copyright line at the edges of field builds (session 12)
# --------------------------------------------------------------------------

#: (where, text as the page gives it, text without the chrome).
EDGE_CASES = [
    ("zgch1238/Huace: 上海市人民政府 pages end on a download button",
     "本意见自2025年1月1日起施行。\n【原文下载】\n", "本意见自2025年1月1日起施行。\n"),
    ("ljz060707 (广州 住建 page): a download button and the 解读 buttons",
     "特此通知。\n【 下载 】\n点击查看（图文）\n点击查看（文字）\n", "特此通知。\n"),
    ("ljz060707 (a 南昌 page): the close button naming the page",
     "特此公告。\n【关闭当前页面】\n", "特此公告。\n"),
    ("Fungwingwaa/cee: every law page opens with its PDF viewer's notice",
     "本文使用PDF预览窗口，无法加载的请点击查看全文。\n中华人民共和国环境保护法\n", "中华人民共和国环境保护法\n"),
    ("pages store (taipei law pages, Traditional as stored): the browser notice",
     "您的浏览器不支援JavaScript功能，若网页功能无法正常使用时，请开启浏览器JavaScript状态 跳到主要内容\n臺北市某自治條例\n",
     "臺北市某自治條例\n"),
    ("pages store (bo.io.gov.mo): the Adobe reader line",
     "第一条 本行政命令自公布翌日起生效。\n请使用Adobe Reader 7.0或以上阅读PDF版本档案。\n", "第一条 本行政命令自公布翌日起生效。\n"),
    ("www.gz.gov.cn (Jina capture): the copyright line opening on the site's name, and the footer links",
     "正文。\n内容纠错 |使用帮助| 关于我们| 隐私声明| 网站地图| 网站建议\n广州市人民政府 版权所有 主办单位：广州市人民政府办公厅 联系我们：020-12345\n",
     "正文。\n"),
    ("CHINGBOH/law-corpus 2018_raw.txt (sipf.com.cn): the copyright line with the site's address",
     "第二百一十八条 本法自2006年1月1日起施行。\n中国证券投资者保护基金有限责任公司 版权所有 地址：北京西城区金融大街5号新盛大厦B座22层\n",
     "第二百一十八条 本法自2006年1月1日起施行。\n"),
]


EDGE_CASES += [
    ("CHINGBOH/law-corpus 2005_gjxfj page: the site's masthead with the page's fields",
     "国家信访局门户网站\u3000www.gjxfj.gov.cn 日期： 2014-05-12 来源：\n中华人民共和国公司法\n", "中华人民共和国公司法\n"),
    ("mhxqwer/gov-clones qzhxiangtan: the masthead with the date and the font switch",
     "湘潭市人民政府门户网站 www.xiangtan.gov.cn 发布时间：2024-09-30 09:24 【字体：大 中 小】\n某通知\n", "某通知\n"),
    ("pages store (fabao365): a breadcrumb opening on 您所在位置",
     "您所在位置：法邦网 > 法律法规 > 法规浏览\n某法\n", "某法\n"),
    ("cityhtml 6bb0487fbbda (德州市住房公积金): a breadcrumb opening on 您所在的位置, the title under it",
     "×\n您所在的位置： 德州市住房公积金  >  通知公告 > 正文\n德州市住房公积金管理委员会办公室关于调整住房公积金贷款政策的通知\n",
     "×\n德州市住房公积金管理委员会办公室关于调整住房公积金贷款政策的通知\n"),
    ("pages store (yuan, shenyang): a font switch whose sizes a script draws, beside the print button",
     "字号： 打印\n[字体： ] 打印\n沈阳市人民代表大会常务委员会办公室公告（第7号）\n", "沈阳市人民代表大会常务委员会办公室公告（第7号）\n"),
    ("pages store (jiaxiang.gov.cn): an empty counter as a list item",
     "- 浏览次数：\n\n某县人民政府关于某事的通知\n", "某县人民政府关于某事的通知\n"),
    ("shizelengleng/ai-zhengce-tong 17_天河港澳青年办法: the link to the 解读 above the text",
     "点击查看政策解读：【音频解读】关于《广州市天河区深化支持港澳青年创新创业若干措施》的解读\n广州市天河区某办法\n第一条 为了规范管理，制定本办法。\n",
     "广州市天河区某办法\n第一条 为了规范管理，制定本办法。\n"),
    ("ljz060707 (南京 page): the home button",
     "网站首页\n南京市某通知\n", "南京市某通知\n"),
]


@pytest.mark.parametrize("case", EDGE_CASES, ids=[c[0] for c in EDGE_CASES])
def test_chrome_at_the_edges_goes(case: tuple[str, str, str]) -> None:
    _, page, expected = case
    assert furniture(page).text == expected


#: The same words in laws and notices (DLC: 著作权 rules, 电子政务 rules; real notices).
EDGE_NEGATIVES = (
    "第十二条 本法所称版权所有人，是指依法享有著作权的公民、法人或者非法人组织。\n",
    "第五条 网站的版权所有人应当在首页标明其名称、地址和联系电话\n",
    "第八条 网络服务提供者不得诱导用户更换浏览器。\n",
    "二、下载与打印\n申请人可点击查看办理进度。\n",
    "第三条 申请人应当下载申请表，填写后提交。\n",
    "第三条 企业名称由行政区划、字号、行业、组织形式依次组成。\n",
    "字号：\n某某商贸\n",
    "请登录网站 www.abc.gov.cn 查询\n",
    "第五条 申请人可登录某市人民政府网站 www.abc.gov.cn 查询。\n",
    "政策解读：\n一、出台背景\n",
)


@pytest.mark.parametrize("text", EDGE_NEGATIVES)
def test_the_same_words_in_text_stay(text: str) -> None:
    result = furniture(text)
    assert result.text == text and not result.edits


# --------------------------------------------------------------------------
# Lone page numbers of a PDF's text (closing11 "left undone": layout11 keeps them apart from wraps)
# --------------------------------------------------------------------------

#: (黑龙江_一.txt of nonameche/law-pdf-extract: tests/real_pages/field10_findings/SOURCE.md)
HEILONGJIANG = REAL / "field10_findings" / "heilongjiang_lianggui_ocr_only.txt"


def test_the_page_numbers_of_a_pdf_text_go() -> None:
    from corpus_tools.clean.page_numbers import lone_page_numbers

    text = HEILONGJIANG.read_text(encoding="utf-8")
    assert [text[a:b] for a, b in lone_page_numbers(text)] == ["1O", "11", "12", "3", "4", "15", "16"]
    result = clean_and_explain(text)
    lines = result.text.splitlines()
    assert not any(line.strip() in ("1O", "11", "12", "3", "4", "15", "16") for line in lines)
    assert "（3）纠集3人以上公然破坏生产经营的；" in lines  # the text around the numbers stays


#: Numbers alone on lines that count no pages: a table's row numbers (十四五国家应急体系规划 as Markdown, zgch1238/Huace;
#: a 最高人民法院 目录 of abolished interpretations, Elysia4), numbered points of a Taiwan 要點 (kong0107 L0020048),
#: two numbers only, and numbers out of order.
def _page(n: int) -> str:
    return "本款规定适用于全部情形。\n" * n


LONE_NUMBER_NEGATIVES = (
    # 十四五国家应急体系规划.md (zgch1238/Huace_policy-document-analyzer): the 主要指标 table, a cell per paragraph
    "主要指标\n\n序号\n\n指\u3000\u3000标\n\n预期值\n\n属性\n\n1\n\n生产安全事故死亡人数\n\n下降15%\n\n约束性\n\n2\n\n"
    "重特大生产安全事故起数\n\n下降20%\n\n约束性\n\n3\n\n单位国内生产总值生产安全事故死亡率\n\n下降33%\n\n约束性\n\n4\n\n"
    "工矿商贸就业人员十万人生产安全事故死亡率\n\n下降20%\n\n约束性\n\n5\n\n年均每百万人口因自然灾害死亡率\n\n<1\n\n预期性\n",
    "指标\t属性\n\n1\n\n生产安全事故死亡人数\n\n2\n\n重特大生产安全事故起数\n\n3\n\n单位国内生产总值生产安全事故死亡率\n",
    "1\n一、本标准依紧急医疗救护法第十四条规定订定之。\n2\n二、救护车分为一般救护车及加护救护车。\n3\n三、一般救护车应有下列之装备：\n",
    _page(9) + "7\n\n" + _page(9) + "8\n\n" + _page(9),
    _page(9) + "7\n\n" + _page(9) + "3\n\n" + _page(9) + "12\n\n" + _page(9),
)


@pytest.mark.parametrize("text", LONE_NUMBER_NEGATIVES)
def test_numbers_that_count_no_pages_stay(text: str) -> None:
    result = furniture(text)
    assert result.text == text and not result.edits


def test_the_council_sites_header_goes() -> None:
    result = clean_and_explain(TNCC.read_text(encoding="utf-8"))
    head = result.text.split("第四章")[0]
    assert "708008" not in head and "+886" not in head
    assert "总则提案人民请愿案" not in head
    assert head.lstrip().startswith("台南市议会议事规则-议事日程")


#: Lines of a document's head like them: a notice's contact line with a label, a law's table of contents one
#: chapter per line, a 总则 chapter title with its number, a bullet holding a sentence.
HEAD_NEGATIVES = (
    "某市人民政府关于某事的通知\n联系电话：0755-12345678\n第一条 为了规范管理，制定本办法。\n",
    "目录\n第一章 总则\n第二章 管理\n第三章 附则\n第一条 为了规范管理，制定本办法。\n",
    "总则\n第一条 为了规范管理，制定本办法。\n",
    "• 申请人应当提交身份证明，地址为永华路二段2号\n",
)


@pytest.mark.parametrize("text", HEAD_NEGATIVES)
def test_a_documents_own_head_stays(text: str) -> None:
    result = furniture(text)
    assert result.text == text and not result.edits


# --------------------------------------------------------------------------
# A standard's clause heading at a page's edge is the standard's, not the site's
# --------------------------------------------------------------------------

#: The openings of three emission standards of the cee site (Fungwingwaa/cee, field test 8: blgydqwrwpfbz.md,
#: ddswrwpfbz.md, gyfstwrwpfbz.md) once their PDF viewer notice is removed: each now opens on ``适用范围``.
CEE_OPENINGS = (
    "适用范围\n\n本标准规定了平板玻璃、电子玻璃制造企业或生产设施的大气污染物中颗粒物、二氧化硫、氮氧化物的排放限值、监测和监控要求。\n",
    "适用范围\n\n本标准规定了广东省辖区内电镀企业、电镀专业园区的水污染物排放控制要求。\n",
    "适用范围\n\n本标准规定了广东省辖区内工业废水铊污染物的排放限值、监测监控要求。\n",
)


def test_a_standards_clause_heading_is_no_recurring_chrome() -> None:
    from corpus_tools.dataset.recurring import recurring_lines

    pages = [(f"cee/{k}.md", text) for k, text in enumerate(CEE_OPENINGS)]
    assert recurring_lines(pages) == {}
    site_line = [(f"cee/{k}.md", "某环境网\n" + text) for k, text in enumerate(CEE_OPENINGS)]
    assert {key for keys in recurring_lines(site_line).values() for key in keys} == {"某环境网"}


# --------------------------------------------------------------------------
# A site's footer after the last article (pages saved whole as text)
# --------------------------------------------------------------------------

def _raw_tails() -> dict[str, str]:
    import json

    return json.loads((FOLDER / "chingboh_raw_tails.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["2005_raw.txt", "2018_raw.txt", "2023_raw.txt"])
def test_the_sites_footer_leaves_the_last_article(name: str) -> None:
    tail = _raw_tails()[name]
    text = furniture(tail).text.rstrip("\n")
    last = {"2005_raw.txt": "第二百一十九条 本法自2006年1月1日起施行。",
            "2018_raw.txt": "日起施行。",
            "2023_raw.txt": "具体实施办法由国务院规定。"}[name]
    assert text.endswith(last)
    for chrome in ("ICP", "版权所有", "友情链接", "法律声明", "用户登录", "地址："):
        assert chrome not in text


#: Ends of documents a footer's words stand near: a notice's contact fields, a signature and date above the
#: footer, an attachment list of short lines above it, a table of short cells closing a notice.
FOOTER_CASES = (
    ("特此通知。\n某市人民政府\n2020年1月1日\n地址：某市某路1号\n电话：12345678\n", None),
    ("特此通知。\n某市人民政府办公厅\n2020年1月1日\n网站地图\n版权所有：某市人民政府 京ICP备12345678号\n",
     "特此通知。\n某市人民政府办公厅\n2020年1月1日\n"),
    ("特此通知。\n附件：1.申请表\n2.承诺书\n版权所有：某市人民政府\n地址：某市某路1号\n",
     "特此通知。\n附件：1.申请表\n2.承诺书\n"),
    ("各区名单如下：\n北京\n天津\n河北\n", None),
    # a 百度百科 page (opendatalab/magic-html 21475f4bb9752111.html, field test 8): its references stay, its footer goes
    ("北至规划道路E63、E64、E1。 [2]\n参考资料\n1\n规划用地超952公顷 河北省同意雄安设立省级高新区．金台资讯 [引用日期2024-01-12]\n"
     "2\n雄安高新区正式启动运行．界面新闻．2024-05-09\n浏览次数：5741次\n编辑次数：7次历史版本\n"
     "©2024\xa0Baidu\xa0使用百度前必读\xa0|\xa0百科协议\xa0|\xa0京ICP证030173号\n京公网安备11000002000001号\n",
     "北至规划道路E63、E64、E1。 [2]\n参考资料\n1\n规划用地超952公顷 河北省同意雄安设立省级高新区．金台资讯 [引用日期2024-01-12]\n"
     "2\n雄安高新区正式启动运行．界面新闻．2024-05-09\n"),
)


@pytest.mark.parametrize("case", FOOTER_CASES)
def test_the_documents_end_stays(case: tuple[str, str | None]) -> None:
    text, expected = case
    result = furniture(text)
    assert result.text == (text if expected is None else expected)
