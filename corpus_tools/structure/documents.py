"""Pages into documents, and each document's title and document number (文号).

A page can carry several instruments:

* a public-comment notice followed by ``附件1`` (the draft) and ``附件2`` (its
  drafting explanation);
* a notice that issues, publishes or forwards a text (国务院关于印发…的通知,
  …转发…报告的通知, an order 国务院令 with the regulation it promulgates): the
  notice ends with its signature (organ or signatory, date, optionally
  ``（此件公开发布）``) and the issued text starts on the next line with its
  own title.  The issued text is a document of its own, with the notice as its
  parent, like an attachment.

Each becomes a :class:`~corpus_tools.records.Document` whose text is a span of
the cleaned page text.  The spans follow one another from the page's body start
(after a metadata box, whose rows stay in the page text but belong to no
document) to the end; the notice is the parent of the documents after it.

A notice's own list of attachments (``附件：`` then ``1.…`` ``2.…`` then the
signature) is part of the notice, never a document.

Titles are found where documents put them: the first lines, joined when the
title block runs over several lines (``国务院关于在市场监管领域全面推行`` +
``部门联合“双随机、一公开”监管的意见``) until it ends with what a title ends
with (意见, 通知, 条例 …); after a site header (``馬鞍山市``); after a summary
paragraph; for a public-comment notice without a title line, inside its first
``《》`` when the sentence announces that text.  Never a title: a 文号, an order's
header (``中华人民共和国国务院令``), a table row, a pointer (``点击下方查看附件``), a
related-link line (``政策文件：…``), a date line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Sequence

import regex

from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.structure.compilations import compiled_title, recorded_heads
from corpus_tools.structure.dumps import dump_parts
from corpus_tools.structure.gazette import gazette_act_starts
from corpus_tools.structure.numerals import parse_numeral
from corpus_tools.text import HSPACE, HSPACE_CLASS as _HS, LINE_STRIP as _LINE_BLANKS, STRUCTURE_TITLE_KINDS, kinds_alternation, nonblank_lines, HAN_CHAR as _HAN

#: What a line holds when it is blank to the reader: spaces, and the zero-width characters a
#: clean text keeps as blank-line markers (``\u200b`` lines of Word files converted to text:
#: the title of 克拉玛依市文明行为促进条例, under such a line, was left empty).
LINE_STRIP = _LINE_BLANKS + "\u200b\u200c\u200d\u2060\ufeff"

#: A line that opens an attachment: 附件 / 附件1 / 附件一： / 附件 2 (nothing else on the line),
#: or 附件1：<title> when a number is given and the title is not a list (1.《…》).  A title
#: holds no clause of a sentence: a line that a PDF wrap opened with a cited annex
#: (``…可對列於本法⏎附件三的法律作出增減，任何列入附件三的法律，限於有關國``, the Basic Law
#: of Hong Kong) goes on with a particle (的, 之…) or carries a comma; it is no marker.
#: An annex's table (附表, 附表一：…) or appendix (附录) is marked the same way, and so is an annex
#: under a bare ``附`` / ``附：`` line (a docx of flk.npc.gov.cn sets 车船税法's 税目税额表 under ``附``,
#: the 野生动物 interpretation's 数量认定标准表 under ``附：``); group ``kind`` says which word (empty
#: for a bare ``附``): those markers open an annex only after the last article (see
#: :func:`_attachment_segments`).
_ATTACHMENT = lazy_regex(
    rf"""^{_HS}*附{_HS}*(?:
        (?P<kind>[件表录錄]){_HS}*(?:
            (?P<n>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})?{_HS}*[:：.．]?{_HS}*$
          | (?P<n2>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}){_HS}*[:：]?{_HS}*
            (?P<title>(?![的之者等及与與或和]|所[列附载述])[^\s0-9０-９《][^\n，,。；;]{{3,60}})$
        )
      | [:：]?{_HS}*$
    )""",
    regex.M | regex.X,
)
#: Necessary for an :data:`_ATTACHMENT` line: 附 opening a line (after spaces), on the
#: first line or after a newline.  A cheap gate (a literal first character lets the
#: engine jump from newline to newline) so that most pages skip the full pattern.
_MAYBE_ATTACHMENT = lazy_re(rf"\n{_HS}*附")
_ATTACHMENT_FIRST = lazy_re(rf"{_HS}*附")
_SENTENCE_END = ("。", "；", ";", "，", ",", "：", ":", "！", "？")
_LABEL_START = lazy_regex(
    rf"^{_HS}*(?:第{_HS}*[0-9一二三四五六七八九十百零〇两]+{_HS}*[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+{_HS}*[.、．]|[（(][0-9]+[）)])"
)
#: A numbered list item (1. / 1、 / （1）): the lines of a notice's attachment list.
_LIST_ITEM = lazy_regex(rf"^{_HS}*(?:[0-9０-９]{{1,2}}{_HS}*[.、．]|[（(][0-9０-９]{{1,2}}[）)])")
#: The year of a date: four digits, or a year of the ROC calendar with its era (中華民國110年), or a year
#: 20xx in Chinese digits whose zero is typed as a Latin letter O or a digit 0 (临沧市人民政府's signature
#: ``二OO六年二月二十日``, field test 9 F9-P5: the date was no date, so the notice and the 规定 it issues
#: stayed one document; metadata reads the same stand-ins), or a year 19xx so typed (``一九八０年``, F27-D1).
_YEAR = (r"(?:[0-9〇零○一二三四五六七八九]{4}|(?:二[〇零○OoＯｏ0０]|一九)[〇零○OoＯｏ0０一二三四五六七八九]{2}"
         r"|(?:中华民国|中華民國|民国|民國)\s*[0-9〇零一二三四五六七八九十百]{1,5})")
_DATE_LINE = lazy_regex(rf"^[（(]?\s*(?:[0-9〇零○一二三四五六七八九十]{{4}}|{_YEAR})\s*年")
#: A title that opens with the year it is for (``2026年广州市天河区幼儿园招生工作方案``, ``2024年政务公开工作要点``):
#: the year is followed by words, not by a month nor by a serial number of the year (a gazette's
#: ``2020 年第 74 号号外公告``), and the line ends with an instrument's kind.
_YEAR_TITLE = lazy_regex(rf"^{_YEAR}\s*年度?(?![\s0-9０-９一二三四五六七八九十]*月|\s*第)\p{{Han}}")
_DATE_ONLY = lazy_regex(
    rf"^{_YEAR}\s*年\s*[0-9一二三四五六七八九十]{{1,3}}\s*月(?:\s*[0-9一二三四五六七八九十]{{1,3}}\s*日)?$"
)
#: A site header: a bare place or site name on its own line (馬鞍山市, 天津市人民政府网).
_SITE_HEADER = lazy_regex(
    r"^\p{Han}{2,10}(?:省|市|县|縣|区|區|州|盟|旗|自治区|自治區|网|網|门户|門戶|政府)$"
)
_QUALIFIER = lazy_regex(r"^[（(][^（）()\n]{1,24}[）)]$")
#: A title in book-title marks, as long as :data:`_ANNOUNCES` reads one (the title an announcing first line names).
_BOOK_TITLE = lazy_regex(r"《(?P<title>[^《》\n]{2,80})》")
#: A sentence that announces the text it names (现将《…》公开征求意见), unlike a citation (根据《…》): the book title
#: nearest before 征求意见 (清远市司法局's 公告 cites its basis first, ``根据《…意见》，我局草拟了《…办法》（征求意见稿）``:
#: the cited 意见 was the title, field test 10, F10-A2).
_ANNOUNCES = lazy_regex(r"现将《[^《》\n]{2,80}》|《[^《》\n]{2,80}》[^。\n《]{0,30}(?:公开征求意见|征求意见)")
#: How far into an untitled text's first line :data:`_ANNOUNCES` is looked for: its opening sentences.  A line that
#: is a whole page (a crawl's flattened text) names other texts deep inside it: a press conference's transcript was
#: titled after ``起草《…实施办法》，…正在向全社会公开征求意见`` at character 9 103 of 14 494 (field test 23, F23-D1).
_ANNOUNCE_REACH = 300

#: The year of a 文号 in brackets: the standard's 〔2019〕 (GB/T 9704), and what sites type for
#: it: [2019], ［2019］, 【2019】, (2019), （2019）, the small form ﹝2019﹞.
_NUMBER_YEAR = r"[〔\[［【(（﹝]\s*[12][0-9]{3}\s*[〕\]］】)）﹞]"
#: An organ's abbreviation with its department's code in round brackets (``法（交）发``, ``法(刑一)复``, ``高检（研）发``):
#: none of its parts holds a word of a sentence (的, 关于, 对, 和 …).
_ABBREVIATION_PART = r"(?:(?![的之和与及或对关于在是为把被])\p{Han})"
_DEPARTMENT_CODE = rf"{_ABBREVIATION_PART}{{1,6}}\s*[（(]\s*{_ABBREVIATION_PART}{{1,4}}\s*[）)]\s*{_ABBREVIATION_PART}{{1,4}}"
#: A document number (文号), in the conventions of the mainland, Taiwan and Hong Kong:
#: a 发文字号 with its year in brackets (国发〔2019〕5号, 京中医科字〔2021〕118号, 沪卫基层[2024]5号),
#: Taiwan's 字第…號 (府法字第1100012345號, 台財稅字第1030000001C號: the serial may end in a
#: letter), an order's number (国令第707号, 第　499　号, and per year: 中国人民银行令〔2009〕第1号, （2009）第 1 号); 号 or 號.
#: The organ's abbreviation may hold its department's code in round brackets of either width, as the Supreme People's
#: Court numbered its papers in the 1980s-90s (``法（交）发〔1990〕8号``, ``法（经）发〔1986〕30号``, ``法（人）奖〔1988〕1号``,
#: ``法(研)复〔1988〕5号``; field test 26 F26-D3: never read): a short abbreviation, a code of one to four characters,
#: the kind of paper (发, 复, 函, 奖…) right after it; :data:`_DEPARTMENT_CODE` keeps a sentence's aside
#: (``关于（某事）的通知〔2019〕1号``) out.
DOC_NUMBER = lazy_regex(
    rf"^[（(]?(?P<n>(?:\p{{Han}}{{1,20}}|{_DEPARTMENT_CODE}){_NUMBER_YEAR}\s*第?\s*[0-9]{{1,5}}\s*[号號]"
    r"|\p{Han}{1,20}字\s*第\s*[0-9][0-9A-Za-z]{0,13}\s*[号號]"
    rf"|(?:\p{{Han}}{{1,20}}令\s*)?{_NUMBER_YEAR}\s*第\s*[0-9]{{1,5}}\s*[号號]"  # an order's number per year: （2009）第 1 号
    r"|(?:\p{Han}{1,20}令\s*)?第\s*[0-9〇零一二三四五六七八九十百千]{1,8}\s*[号號])[）)]?$"
)
#: A court's case number (案号): the year in brackets first, then the court's code and the kind of the case
#: (``(2016)沪01民终1697号``, ``（2014）徐民二(商)初字第1489号``, ``（2019）最高法民终123号``): cn.govopendata.com's mirror of
#: 裁判文书网 sets it alone on the judgment's first line (field test 14 F14-B1: doc_number was null).  Only a number that
#: names a kind of case (民, 刑, 行, 执, 赔, 商, 知, 破, 申, and 引 for extradition: the 最高人民法院公报's ``（2001）法引字第1号``,
#: field test 15) is one; :func:`case_number` checks it.
_CASE_NUMBER = lazy_regex(
    r"^(?P<n>[（(〔\[]\s*(?:19|20)[0-9]{2}\s*[）)〕\]]\s*\p{Han}{1,4}[0-9]{0,4}\p{Han}{1,5}(?:[（(]\p{Han}{1,3}[）)]\p{Han}{0,3})?"
    r"(?:字第|第)?\s*[0-9]{1,6}\s*号)$"
)
_CASE_KIND = lazy_regex(r"[民刑行执赔商知破申引]")


def case_number(line: str) -> str | None:
    """The court's case number a line is (:data:`_CASE_NUMBER`), spaces removed, or None.

    >>> case_number("(2016)沪01民终1697号"), case_number("（2014）徐民二(商)初字第1489号")
    ('(2016)沪01民终1697号', '（2014）徐民二(商)初字第1489号')
    >>> case_number("（2016）第5号") is None, case_number("(2020)京政发12号") is None
    (True, True)
    >>> case_number("（2001）法引字第1号")
    '（2001）法引字第1号'
    """
    m = _CASE_NUMBER.match("".join(line.split()))
    if m is None or not _CASE_KIND.search(m.group("n")[6:]):
        return None
    return m.group("n")


#: An order's header (中华人民共和国国务院令, 北京市人民政府令): ``…令`` alone on its line.
ORDER_HEADER = lazy_regex(r"^\p{Han}{2,24}令$")
#: A signatory of an order or a report: 总理　李克强, 部　长　陈　竺, 中华人民共和国主席 习近平, 行长：周小川.
_SIGNATORY = lazy_regex(
    r"^\p{Han}{0,12}(?:总理|主席|省长|市长|部长|主任|局长|委员长|县长|区长|州长|署长|行长|代总理|代省长|代市长)[：:]?\p{Han}{2,4}$"
)
#: An organ signing a text: a line of organ names (one or several, spaces between).
#: What the name of an organ ends with (局, 办公厅, 人民政府, 研究所, a ministry's department 司 …), as a regex alternation.
ORGAN_ENDINGS = r"(?:局|厅|委|委员会|办公室|办公厅|人民政府|政府|部|院|会|会议|中心|署|处|办|所|组|室|队|公司|(?<!公)司|学院|大学|医院|银行)"
_ORGAN = lazy_regex(rf"^(?:\p{{Han}}{{2,30}}{ORGAN_ENDINGS}[\s、，,]*){{1,6}}$")
#: The adoption record under a law's title: （2016年12月25日第十二届…会议通过）.
_ADOPTION_RECORD = lazy_regex(r"^[（(][0-9〇零○一二三四五六七八九]{4}年[^）)]{0,200}(?:通过|公布|发布|修订|修正|批准)")
#: The first line of a regulation's body: its first chapter or article, or 总则.
_OPENS_ARTICLES = lazy_regex(rf"^{_HS}*(?:第{_HS}*[一1]{_HS}*[章条]|总{_HS}*则{_HS}*$)")
#: Parenthesised notes under a signature that still belong to the notice, and a rule of dashes drawn
#: under it above the text it publishes (xgll.com.cn: ``------…`` between the 法制办's date and the draft).
#: The notes are GB/T 9704's 附注: the release note (``（此件公开发布）``) and the contact note
#: (``（联系科室：小学和幼儿教育科，联系电话：38622527）`` under 天河区教育局's signature, above the 招生工作方案
#: it issues: it opened that text and became its title, field test 10 F10-G3; ``（联系人：刘楠；联系电话：83970053）``
#: under 北京市中医管理局's).
_AFTER_SIGNATURE = lazy_regex(
    r"^(?:[（(](?:此件|本文|此文)[^（）()]{0,12}[）)]"
    r"|[（(](?:联系人|联系科室|联系处室|联系部门|联系单位|联系电话|联系方式|经办人)[：:][^（）()]{1,80}[）)]"
    r"|[-—─－_=＝━]{3,})$"
)
#: Junk a page left at the end of a signature line (an HTML entity the site broke: ``&sp;``),
#: and the note that a body signs with another's seal (``…厅际联席会议（代章）``).
_LINE_JUNK = lazy_regex(r"(?:&[A-Za-z]{1,8};?)+$|[（(](?:代章|盖章|印章|公章)[）)]$")
#: What separates the links of a site's menu or toolbar set on one line.
_LINK_SEPARATORS = lazy_regex(r"[|｜丨]")
#: A ``label：value`` line (报送地址：…, 联系人：…): a field, not a title.
_FIELD_LINE = lazy_regex(rf"^\p{{Han}}{{1,6}}(?:{_HS}*\p{{Han}}){{0,4}}{_HS}*[：:]")
#: Lines that are never a title; a line naming the page's source address (``source: https://…``,
#: ``URL：https://…``: the 反家庭暴力法 copy of autumn-picnic/xiaoan's wiki, field test 12, was titled with it).
_NOT_TITLE = lazy_regex(
    r"^(?:政策文件|相关文件|相关政策|相关解读|相关链接|相关新闻|来源|发布时间|发布日期|信息来源|文章来源)[：:]"
    r"|^(?i:source|url|link)\s*[：:]\s*(?i:https?://|www\.)"
    r"|点击|详见附件|见附件|下载附件|附件下载|^附件[：:]|\.(?:docx?|pdf|wps|xlsx?|zip|rar|ofd)$"
    # a report's lead cut after its subject by a crawler's lost span: an adverb of time and its comma open a
    # sentence, never a title (jiangxi.gov.cn, field test 17 F17-M3: ``近期，江西省市场监督管理局``)
    r"|^(?:近期|近日|日前|近来|连日来|近年来|今年以来|入春以来|入夏以来|入冬以来|目前|当前)[，,]"
)
#: A line of a saved page's chrome that stands where a title would (each seen taken as the
#: title of a real page): a "more" link (``更多...``), a menu item that ends with its separator
#: (``中国政府网 |``), a font-size bar (``【字体：大  中  小】``, ``字号：大 中 小``), a site's
#: footer (``德州市住房公积金中心主办``), a chatbot's or a portal's widget (``智能问答``,
#: ``我的常州``, ``热门搜索``), a box of related links (``相关稿件``), a tab strip (``正文 附件``), a site's name (``铜陵市人民政府网``), a
#: list entry: bulleted (``· 联学联建促发展``), cut short (``…关于2026年...``) or dated
#: (``…的批复2025-09-11``), a legal database's stamp of the time it printed or exported the page
#: (lawbank.com.tw's ``法源法律網LawBank  匯出時間:111.05.10``, 臺中市's ``列印時間:113.11.22 08:46``) and its
#: box of cited articles (lawbank's ``相關法條``: the stamp, the box's name and the law's name were glued
#: into one title, field test 10), and a forum's poster line, a name, a posting verb and the time
#: (dalianlaw.com's archiver: ``王希胜律师 发表于 2022-3-3 14:27:32`` over a repost of 法释〔2022〕6号 became the
#: 司法解释's title, field test 15, F15-M1).  Breadcrumbs are :func:`is_breadcrumb`.
_CHROME_LINE = lazy_regex(
    rf"""^(?:更多|查看更多|more\b)
      | [|｜丨]$
      | [字号體体]{_HS}*[：:]?{_HS}*[【\[（(]?{_HS}*大{_HS}*中{_HS}*小
      | (?:主办|承办|协办|主办单位|承办单位|技术支持)(?:{_HS}*[：:].*)?$
      | ^(?:智能问答|智能客服|在线客服|智能助手|智能导读|AI助手|小助手|网上大厅|网上服务厅|个人中心|政务邮箱|
           移动服务|无障碍浏览|长者模式|关怀模式|繁体|简体|繁體|我的\p{{Han}}{{2,4}}|
           首页|网站首页|热门搜索|站内搜索|高级搜索|搜索|正文(?:{_HS}*附件)+|政策全文|文件全文|全文|原文|
           相关稿件|关联稿件|相关附件|相关链接|相关文件|相关阅读|相关新闻|相关解读|相关政策|相关法条|相關法條)[：:]?$
      | (?:列印|打印|匯出|汇出|導出|导出|下載|下载)(?:時間|时间|日期){_HS}*[：:]{_HS}*[0-9０-９](?:[0-9０-９./\-:：年月日]|{_HS})*$
      | ^[·•●◆■▪►]
      | (?:人民政府|政府|政务)(?:网|网站|门户网站|门户)$
      | (?:\.{{3}}|…{{1,2}})$
      | [0-9]{{4}}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}$
      | (?:^|{_HS})(?:发表于|发布于|发帖于|回复于|发表时间|发帖时间|回复时间)[：:]?{_HS}*[0-9]{{4}}[-/.年][0-9]{{1,2}}[-/.月]
        [0-9]{{1,2}}日?(?:{_HS}+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?{_HS}*$
      | (?:发表于|发布于|发帖于|回复于)[：:]?{_HS}*[0-9]{{4}}[-/.][0-9]{{1,2}}[-/.][0-9]{{1,2}}{_HS}+[0-9]{{1,2}}:[0-9]{{2}}
        (?::[0-9]{{2}})?{_HS}*$
    """,
    regex.X | regex.I,
)
#: A line of a page's toolbar: one of its cells, set off by a bar, is a toolbar button (``加入收藏 | 设为首页``).  A spam
#: rewrite changes the other cell (eaihelp.com: ``加入收藏 | 设为送彩金``, field test 14 F14-B2: the line was glued into
#: the title); the button's cell still names the line.
_TOOLBAR_BUTTON = r"(?:加入收藏夹?|收藏本站|收藏本页|设为首页|设为主页|网站地图|联系我们)"
_TOOLBAR_CELL = lazy_regex(
    rf"(?:^|[|｜丨/]){_HS}*{_TOOLBAR_BUTTON}{_HS}*[|｜丨/]|[|｜丨/]{_HS}*{_TOOLBAR_BUTTON}$"
)
#: A column's name (通知公告, 政策文件) set above the title of the document it lists: skipped
#: when a title follows it.  Alone, it may be what a column's page calls itself.
#: A case's number on a line of its own above its name: ``（检例第166号）``, ``指导案例52号``, ``【第1058号】`` (刑事审判参考's).
_CASE_NUMBER_LINE = lazy_regex(
    r"[（(【\[]?\s*(?:检例|指导性?案例|参考性?案例|典型案例)\s*第?\s*[0-9０-９]{1,5}\s*号\s*[）)】\]]?"
    r"|【\s*第\s*[0-9０-９]{1,5}\s*号\s*】"
)
#: A headline a listing cut short with an ellipsis: ``指导案例52号：海南丰海粮油…海上货物运输保险合同...``.
_CUT_HEADLINE = lazy_regex(r"(?P<head>[^\n]{8,}?)(?:\.{3,6}|…{1,2})")
#: How many lines under a cut headline may hold its whole title, and how many lines that title may take.
_UNCUT_SEARCH_LINES, _UNCUT_TITLE_LINES = 4, 4


def _uncut_headline(text: str, lines: list[tuple[int, int]], i: int, head: str) -> tuple[str, int, None] | None:
    """The whole title of a headline cut short (``head``, its ellipsis gone) on line ``i``: the lines under it that
    spell the cut name and go on to a title's end (a case's name set over three lines of a PDF copy), with the
    headline's number before its colon (``指导案例52号：``); None when no lines under it do.

    Real damage undone (field test 22 F22-D1): court.gov.cn's listing cuts guiding cases' names
    (``### 指导案例52号：海南丰海粮油工业有限公司诉…海上货物运输保险合同...``); the copy's title was empty although the
    name stands whole under it.

    >>> t = "指导案例52号：海南丰海粮油工业有限公司诉中国人民财产保险...\\n原文网址：https://x\\n海南丰海粮油工业有限公司诉中国人民\\n财产保险股份有限公司海南省分公司\\n海上货物运输保险合同纠纷案\\n（最高人民法院审判委员会讨论通过）\\n"
    >>> find_title(t)[0]
    '指导案例52号：海南丰海粮油工业有限公司诉中国人民财产保险股份有限公司海南省分公司海上货物运输保险合同纠纷案'
    >>> t = "指导案例52号：海南丰海粮油工业有限公司诉中国人民财产保险...\\n另一家公司诉某某纠纷案\\n"
    >>> _uncut_headline(t, _non_empty_lines(t, 0, 8), 0, "指导案例52号：海南丰海粮油工业有限公司诉中国人民财产保险") is None
    True
    """
    number, colon, name = head.rpartition("：") if "：" in head else head.rpartition(":")
    prefix = number + colon if colon and len(number) <= 16 else ""
    name = name if prefix else head
    if len(name) < 6:
        return None
    for j in range(i + 1, min(i + 1 + _UNCUT_SEARCH_LINES, len(lines))):
        joined = ""
        for k in range(j, min(j + _UNCUT_TITLE_LINES, len(lines))):
            joined += _squeezed(_strip(text[lines[k][0]:lines[k][1]]))
            if not (joined.startswith(name) or name.startswith(joined)):
                break
            if len(joined) > len(name) and (TITLE_END.search(joined) or joined.endswith("案")):
                return prefix + joined, lines[k][1], None  # (a case's name ends on 案: …纠纷案, …公益诉讼案)
    return None


_COLUMN_HEADER = lazy_regex(
    r"^(?:通知公告|公示公告|公告公示|新闻中心|新闻动态|工作动态|政务公开|信息公开|政府信息公开|政策文件|政策法规|"
    r"政策解读|部门文件|政府文件|文件通知|公告通知)$"
)
#: A breadcrumb's label (``您所在的位置：``, ``当前位置：``).
_BREADCRUMB_LABEL = lazy_regex(r"^(?:您?(?:当前|现在|目前)?(?:所在|所处)?的?位置|当前位置|所在位置)[：:]")
#: A letterhead: the issuing organs' names and ``文件`` (``中国人民银行文件``, ``某某市人民政府文件``,
#: ``中国人民银行办公厅 文件人力资源社会保障部办公厅`` as a PDF interleaves a two-organ one).  It
#: stands above the document number and the title, and is neither.
_LETTERHEAD = lazy_regex(rf"^(?:\p{{Han}}{{2,30}}?{ORGAN_ENDINGS})+文件(?:\p{{Han}}{{2,30}}?{ORGAN_ENDINGS})*$")
#: Marks a letterhead carries above or beside it: urgency (特急, 加急) and secrecy (秘密★1年).
_LETTERHEAD_MARK = lazy_regex(r"^(?:特急|加急|急件|平急|特提|紧急|秘密|机密|绝密)(?:★.*)?$")


#: The 文号 that opens what follows a letterhead glued to it on one line (see :func:`glued_letterhead`).
_NUMBER_AHEAD = lazy_regex(rf"\p{{Han}}{{1,20}}{_NUMBER_YEAR}\s*第?\s*[0-9]{{1,5}}\s*[号號]")
#: A letterhead glued to what follows it names its organs in at most this many characters.
_LETTERHEAD_MAX = 60


def glued_letterhead(line: str) -> tuple[str, str, str] | None:
    """(letterhead, 文号, rest) of a line whose text layer set the red header, the 文号 and the title on one
    line (东莞市住房公积金管理委员会's PDF, field test 8b F8B-R3: ``东莞市住房公积金管理委员会文件 东公积金委〔2020〕2号
    关于调整部分住房公积金贷款和提取规定的通知各住房公积金缴存职工：``); None for any other line.

    >>> glued_letterhead("某市管理委员会文件 某委〔2020〕2号关于调整某规定的通知各单位：")
    ('某市管理委员会文件', '某委〔2020〕2号', '关于调整某规定的通知各单位：')
    >>> glued_letterhead("某市管理委员会文件"), glued_letterhead("关于印发某市文件管理办法的通知")
    (None, None)
    """
    s = line.strip(LINE_STRIP)
    end = s.find("文件", 0, _LETTERHEAD_MAX + 2)
    if end < 0 or not _LETTERHEAD.match(_squeezed(s[:end + 2])):
        return None
    rest = s[end + 2:].lstrip(LINE_STRIP)
    m = _NUMBER_AHEAD.match(rest)
    if m is None:
        return None
    return s[:end + 2], "".join(m.group().split()), rest[m.end():].lstrip(LINE_STRIP)


def _after_letterhead(title: str) -> str:
    """A title without the red header and the 文号 its line opens with (:func:`glued_letterhead`).

    >>> _after_letterhead("某市管理委员会文件 某委〔2020〕2号关于调整某规定的通知"), _after_letterhead("关于调整某规定的通知")
    ('关于调整某规定的通知', '关于调整某规定的通知')
    """
    glued = glued_letterhead(title)
    return glued[2] if glued is not None and glued[2] else title


def letterhead_organs(text: str) -> list[str]:
    """The organs a letterhead among the first lines of ``text`` names (``中国人民银行文件`` ->
    中国人民银行; a PDF's interleaved ``中国人民银行办公厅 文件人力资源社会保障部办公厅`` -> both).

    >>> letterhead_organs("加 急\\n中国人民银行办公厅文件\\n银办发〔2014〕263号\\n")
    ['中国人民银行办公厅']
    >>> letterhead_organs("中国人民银行办公厅 文件人力资源社会保障部办公厅\\n"), letterhead_organs("某某文件管理办法\\n")
    (['中国人民银行办公厅', '人力资源社会保障部办公厅'], [])
    """
    for s, e in _non_empty_lines(text, 0, 3):
        line = text[s:e].strip(LINE_STRIP)
        if _LETTERHEAD.match(_squeezed(line)):
            return [part for part in regex.split(r"文件|\s+", line) if part]
        glued = glued_letterhead(line)
        if glued is not None:  # 某委员会文件 某委〔2020〕2号关于…的通知: the red header, the 文号, the title
            return [part for part in regex.split(r"文件|\s+", glued[0]) if part]
    return []


def is_breadcrumb(line: str) -> bool:
    """A breadcrumb: a path of links (``首页 > 通知公告 > 正文``, ``[大萌法律读本2](../duben2) >>
    2012-治安管理处罚法``) or a line under a breadcrumb's label (``您所在的位置：``).  ``<…>`` used
    for 《…》 (``关于修改<某某法>的决定``) is no path: a path has more ``>`` than ``<``.

    >>> [is_breadcrumb(s) for s in ("首页\u3000>\u3000政策解读", "[读本](../x) >> 2015-立法法", "当前位置：首页")]
    [True, True, True]
    >>> [is_breadcrumb(s) for s in ("关于修改<中华人民共和国某某法>的决定", "某某办法")]
    [False, False]
    """
    s = line.strip(LINE_STRIP)
    if _BREADCRUMB_LABEL.match(s):
        return True
    closing = s.count(">") + s.count("＞") + s.count("»") + s.count("›")
    return closing > s.count("<") + s.count("＜") + s.count("«") + s.count("‹")


def is_chrome_line(line: str) -> bool:
    """A line of a saved page's chrome, never a title: :data:`_CHROME_LINE`, a breadcrumb, or a
    line without a Han character (a Markdown setext underline ``====``, a URL ``<https://…>``); a site's name
    (``铜陵市人民政府网``); a list entry cut short (``…关于2026年...``) or dated (``…的批复2025-09-11``).

    >>> [is_chrome_line(s) for s in ("更多...", "中国政府网 |", "【字体：大\xa0\xa0中\xa0\xa0小】", "=========", "<https://flk.npc.gov.cn/>")]
    [True, True, True, True, True]
    >>> [is_chrome_line(s) for s in ("德州市住房公积金中心主办", "智能问答", "我的常州", "正文 附件", "铜陵市人民政府网")]
    [True, True, True, True, True]
    >>> [is_chrome_line(s) for s in ("关于开展检查的通知", "某某公告", "我的家乡建设规划", "首都之窗主办单位联系方式的说明")]
    [False, False, False, False]

    A toolbar whose other cell a spam rewrite changed (``加入收藏 | 设为送彩金``, :data:`_TOOLBAR_CELL`):

    >>> is_chrome_line("加入收藏 | 设为送彩金"), is_chrome_line("关于设为首页的说明 | 某某网")
    (True, False)

    A forum's poster line (F15-M1); a title that only names a posting is none:

    >>> is_chrome_line("王希胜律师 发表于 2022-3-3 14:27:32"), is_chrome_line("admin 发布于 2021年5月6日")
    (True, True)
    >>> is_chrome_line("关于2022年3月3日发表的声明的说明"), is_chrome_line("某某办法发表于2022-3-3的解读")
    (False, False)
    >>> is_chrome_line("本公告发布于2022年3月3日"), is_chrome_line("admin发表于2022-3-3 14:27")
    (False, True)
    """
    s = line.strip(LINE_STRIP)
    return not _HAN.search(s) or bool(_CHROME_LINE.search(s)) or is_breadcrumb(s) or bool(_TOOLBAR_CELL.search(s))


#: What a title block ends with: the kind of instrument (optionally followed by qualifiers
#: in parentheses: （试行）, （2015—2020年）, （征求意见稿）, or a ``全文`` tag).
_KINDS = kinds_alternation(STRUCTURE_TITLE_KINDS)  # (corpus_tools.text: structure's part of the vocabulary)
TITLE_END = lazy_regex(_KINDS + r"(?:[（(][^（）()]{1,20}[）)])*(?:全文)?$")
#: A title that names its instrument inside 《》 with its number after it (``保定市住房公积金管理委员会
#: 关于《关于调整住房公积金贷款相关政策的通知》（市房金委字〔2022〕2号）``): a title all the same.
_KIND_QUOTED = lazy_regex(_KINDS + r"》(?:[（(][^（）()]{1,30}[）)])*$")
#: Words before 的 that mark a title's kind when the kind word itself is cut (… 两个规定的通知).
_MULTIPLE = lazy_regex(r"(?P<count>[两二三四五六七八九十])(?:个|项|件)(?P<kind>规定|办法|文件|意见|方案|细则|制度)")
#: The verbs of a notice that issues, publishes, forwards or promulgates a text, or puts it out
#: for comment (厦门人大: ``现将草案修改二稿征求意见稿向社会公开征求意见``, the draft under the signature).
_ISSUES = lazy_regex(r"印发|发布|公布|转发|批转|颁布|下发|现予|予以发布|予以公布|现[将就][^。\n]{0,60}?征求意见")


@dataclass(frozen=True)
class Segment:
    """One document's span of the page text and its place among the page's documents."""

    start: int
    end: int
    role: str  # "main" | "notice" | "attachment"
    attachment_no: int | None = None
    issued: bool = False  # a text the notice before it issues, forwards or promulgates
    supplementary: bool = False  # supplementary provisions (附则) numbered anew, of the document before
    compiled: bool = False  # a part of a compilation (文件N), a document of its own
    annex: bool = False  # a table or text annexed under 附表 / 附录 / 附 to the document before it
    concatenated: bool = False  # one of the unrelated texts a crawler set one after another (F14-C6)
    copy_of: int | None = None  # the index of the segment this one repeats word for word (a page printing its law twice)


def _non_empty_lines(text: str, pos: int, limit: int, end: int | None = None) -> list[tuple[int, int]]:
    """The first ``limit`` non-blank lines from ``pos`` (before ``end``): :func:`corpus_tools.text.nonblank_lines`
    with this module's blanks (:data:`LINE_STRIP`: zero-width characters too), as a list."""
    return list(nonblank_lines(text, pos, end, limit=limit, strip=LINE_STRIP))


def _strip(line: str) -> str:
    return line.strip(LINE_STRIP)


def _squeezed(line: str) -> str:
    """A line without any whitespace (``总\u3000理\u3000 温家宝`` -> ``总理温家宝``)."""
    return "".join(_without_junk(line.strip(LINE_STRIP)).split())


def _without_junk(line: str) -> str:
    """``_LINE_JUNK.sub("", line)``, the substitution run only on a line holding what it
    needs: an entity's ``&`` or a seal note's ``章``.

    >>> _without_junk("国务院办公厅 &sp;"), _without_junk("某局（盖章）"), _without_junk("某局")
    ('国务院办公厅 ', '某局', '某局')
    """
    if "&" in line or "章" in line:
        return _LINE_JUNK.sub("", line)
    return line


def is_doc_number(line: str) -> bool:
    """A 文号 line.

    >>> [is_doc_number(s) for s in ("国发〔2019〕5号", "第\u3000499\u3000号", "国令第707号", "国务院关于某事的意见")]
    [True, True, True, False]
    >>> [is_doc_number(s) for s in ("府法字第1100012345號", "台財稅字第1030000001C號", "沪卫基层﹝2024﹞5號")]
    [True, True, True]
    >>> [is_doc_number(s) for s in ("（2009）第 1 号", "〔2000〕第2号", "中国人民银行令〔2009〕第1号", "（2009）年度报告")]
    [True, True, True, False]
    >>> [is_doc_number(s) for s in ("依同法第12條第3款規定", "第二条　本办法所称", "字第号")]
    [False, False, False]
    >>> [is_doc_number(s) for s in ("法（交）发〔1990〕8号", "法(人)奖[1988]1号", "高检（研）发〔1991〕3号", "法（刑一）复〔1993〕2号")]
    [True, True, True, True]
    >>> [is_doc_number(s) for s in ("关于（某事）的通知〔2019〕1号", "本办法（试行）〔2019〕1号", "见（附件）的第〔2019〕1号")]
    [False, False, False]
    """
    return bool(DOC_NUMBER.match(_squeezed(line)))


#: The presidium of a people's congress session, which signs the 公告 promulgating what the session adopted
#: (fymate.net: ``贵州省人大公告 (第3号)`` signed ``贵州省第九届人民代表大会第四次会议主席团`` ⏎ ``2001年1月18日`` over the
#: 贵州省地方立法条例 it promulgates: the two were one document, the 条例's articles the 公告's, field test 15, F15-S2).
_PRESIDIUM = lazy_regex(r"^\p{Han}{4,40}(?:代表大会|会议)主席团$")


def _is_signature_line(line: str) -> bool:
    """An organ's name, a signatory or a session's presidium signing a text.

    >>> _is_signature_line("贵州省第九届人民代表大会第四次会议主席团"), _is_signature_line("国务院办公厅")
    (True, True)
    >>> _is_signature_line("主席团"), _is_signature_line("主席团会议纪要")
    (False, False)
    """
    s = _squeezed(line)
    return bool(_ORGAN.match(_without_junk(_strip(line))) or _SIGNATORY.match(s) or _PRESIDIUM.match(s)) and len(s) <= 60


#: How the line under an organ's name goes on from it as one title (``…起草委员会`` ⏎ ``关于设立…的建议``).
_ORGAN_GOES_ON = ("关于", "印发", "转发", "批转", "对", "就", "致")


#: A number's tail: a year, a separator and a serial (``邯组通字〔2018〕39号`` with its brackets read as mojibake).
_NUMBER_TAIL = lazy_regex(r"[12][0-9]{3}\D{0,3}[0-9]{1,5}\D{0,2}$")


def _headline_like(line: str) -> bool:
    """Whether ``line``, under an organ's name, is a headline of its own: it does not go on from the name
    (:data:`_ORGAN_GOES_ON`), holds no character lost in decoding (U+FFFD) and does not end as a 文号 does (a letterhead's
    number that mojibake kept :func:`is_doc_number` from reading: ``邯组通字銆�2018銆�39鍙�`` under 中共邯郸市委组织部).

    >>> _headline_like("最高法出台民法典总则编司法解释（附全文）"), _headline_like("关于设立某委员会的建议")
    (True, False)
    >>> _headline_like("邯组通字銆\ufffd2018銆\ufffd39鍙\ufffd"), _headline_like("邯组通字2018 39号")
    (False, False)
    """
    s = _squeezed(line)
    return not s.startswith(_ORGAN_GOES_ON) and "\ufffd" not in s and _NUMBER_TAIL.search(s) is None


#: The most organs a joint order stacks above its ``令`` (eight ministries: 电子招标投标办法's 令第20号).
_JOINT_ORGANS = 12


def _joint_order_title(text: str, lines: list[tuple[int, int]], i: int) -> tuple[str, int, None] | None:
    r"""The title of a joint order whose organs stand one a line above a ``令`` of its own, its number under it
    (gov.cn's 公报: eight ministries, then ``令``, then ``第　20　号``: the 令 had no title, F16-S1), the organs joined
    with ``、`` as a joint issuer is written; None for any other head.

    >>> t = "中华人民共和国国家发展和改革委员会\n中 华 人 民 共 和 国 商 务 部\n令\n第　20　号\n为了规范…"
    >>> _joint_order_title(t, _non_empty_lines(t, 0, 10), 0)
    ('中华人民共和国国家发展和改革委员会、中华人民共和国商务部令第20号', 46, None)
    >>> t = "某某公司\n令\n第1号"
    >>> _joint_order_title(t, _non_empty_lines(t, 0, 10), 0) is None
    True
    """
    organs = []
    k = i
    while k < len(lines) and k - i < _JOINT_ORGANS:
        line = _squeezed(text[lines[k][0]:lines[k][1]])
        if not (_ORGAN.match(line) and TITLE_END.search(line) is None and len(line) <= 40) or not _names_organ(line):
            break
        organs.append(line)
        k += 1
    if len(organs) < 2 or k + 1 >= len(lines) or _squeezed(text[lines[k][0]:lines[k][1]]) != "令":
        return None
    number = text[lines[k + 1][0]:lines[k + 1][1]]
    if not is_doc_number(number):
        return None
    return "、".join(organs) + "令" + _squeezed(number), lines[k + 1][1], None


def _names_organ(line: str) -> bool:
    from corpus_tools.structure.metadata import names_organ  # (metadata imports this module)

    return names_organ(line)


def _is_organ_line(line: str) -> bool:
    r"""Whether ``line`` is an organ's or a company's name and nothing else: the name of whoever runs the site
    (a hijacked company site, 617180.com, set ``四川发展资产管理有限公司`` over the headline of the news item it
    carried, field test 15 F15-N2: it became the title), never a document's title (a title names a kind of
    document).  :func:`find_title` passes it when the line under it is a longer title that does not go on
    from it (``某某股份有限公司`` ⏎ ``关于召开股东大会的通知`` is one title).

    >>> _is_organ_line("四川发展资产管理有限公司"), _is_organ_line("国务院办公厅"), _is_organ_line("关于某公司的通知")
    (True, True, False)
    >>> find_title("四川发展资产管理有限公司\n最高法出台民法典总则编司法解释（附全文）\n0\n为指导各级人民法院贯彻实施好民法典，……")[0]
    '最高法出台民法典总则编司法解释（附全文）'
    >>> find_title("某某股份有限公司\n关于召开2024年第一次临时股东大会的通知\n本公司董事会……")[0]
    '某某股份有限公司关于召开2024年第一次临时股东大会的通知'
    """
    s = _without_junk(_strip(line))
    return bool(_ORGAN.match(s)) and len(s) <= 40 and TITLE_END.search(s) is None


def _title_like(line: str) -> bool:
    s = _strip(line)
    return (
        2 <= len(s) <= 90
        and "\t" not in s  # a table row
        and len(_LINK_SEPARATORS.findall(s)) < 2  # a line of links: 政务云平台 | 邮件系统 | 设为首页
        and not s.endswith(_SENTENCE_END)
        and not _LABEL_START.match(s)
        and not (_DATE_LINE.match(s) and not (_YEAR_TITLE.match(s) and TITLE_END.search(s) and not _CLAUSE_MARK.search(s)))
        and not _QUALIFIER.match(s)
        and "".join(s.split()) not in ("目录", "目錄")
        and not _ATTACHMENT.match(s)
        and not _NOT_TITLE.search(s)
        and not is_doc_number(s)
        and not ORDER_HEADER.match(_squeezed(s))
        and not _FIELD_LINE.match(s)
        and not is_chrome_line(s)
        and not _LETTERHEAD.match(_squeezed(s))
    )


def _year_title_like(line: str) -> bool:
    """Whether ``line`` opens with a year followed by words (no month: no date) and the rest is
    :func:`_title_like`: the first line of a title that opens with its year.

    >>> _year_title_like("2008年北京奥运会首都国际机场"), _year_title_like("2008年8月8日"), _year_title_like("2008年起，甲。")
    (True, False, False)
    """
    s = _strip(line)
    m = _YEAR_TITLE.match(s)
    return m is not None and len(s) - m.end() >= 3 and not _CLAUSE_MARK.search(s) and _title_like(s[m.end() - 1:])


def _split_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text[lo:hi]`` (:func:`corpus_tools.text.nonblank_lines`, this module's blanks)."""
    return list(nonblank_lines(text, lo, hi, strip=LINE_STRIP))


#: An item of a notice's list of attachments numbered with Chinese numerals (``一、中华人民共和国司法部令（格式之一）``).
_NAMED_LIST_ITEM = lazy_regex(rf"^{_HS}*[一二三四五六七八九十]{{1,3}}{_HS}*、")


def _attachment_list_at(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    r"""Whether the marker at line ``k`` opens the notice's list of attachments (附件： then
    1.… 2.…, or 附件1.… then 2.…) rather than an attachment.

    The list may number its items 一、 二、 when each names an attachment without a sentence's end
    (司法部's 1989 notice, yestaryl.com: ``附件：`` ⏎ ``一、中华人民共和国司法部令（格式之一）`` ⏎ ``二、…（格式之二）``
    above ``附件一：`` and ``附件二：`` was a document of its own) and the attachments follow under their own
    markers; an attachment whose text opens with 一、 items has sentences in them:

    >>> t = "附件：\n一、某某令（格式之一）\n二、某某令（格式之二）\n附件一：\n某某令\n"
    >>> _attachment_list_at(t, _split_lines(t, 0, len(t)), 0)
    True
    >>> t = "附件：\n一、申报条件：具有独立法人资格。\n二、申报程序：各单位于5月前报送。\n"
    >>> _attachment_list_at(t, _split_lines(t, 0, len(t)), 0)
    False
    """
    first = text[lines[k][0]:lines[k][1]]
    items = 0
    m = _ATTACHMENT.match(first)
    if m is not None and not m.group("title"):
        named = 0
        for s, e in lines[k + 1:k + 4]:
            item = _strip(text[s:e])
            if not _NAMED_LIST_ITEM.match(item) or item.endswith(_SENTENCE_END) or _CLAUSE_MARK.search(item):
                break
            named += 1
        if named >= 2 and any(_ATTACHMENT.match(text, *lines[j]) for j in range(k + 1 + named, len(lines))):
            return True  # and the attachments it names follow under their own markers
    if m and m.group("title") and k + 1 < len(lines) and _LIST_ITEM.match(text[lines[k + 1][0]:lines[k + 1][1]]):
        return True
    for s, e in lines[k + 1:k + 4]:
        if _LIST_ITEM.match(text[s:e]):
            items += 1
        else:
            break
    return items >= 2 or (items == 1 and m is not None and not (m.group("n") or m.group("n2")) and
                          k + 2 < len(lines) and _is_signature_line(text[lines[k + 2][0]:lines[k + 2][1]]))


#: How many attachments' names a notice's 附件说明 lists at most over its signature (:func:`_annex_note_at`).
_ANNEX_NOTE_NAMES = 6
#: How many signature lines a joint notice sets (:func:`_annex_note_at`).
_ANNEX_NOTE_SIGNERS = 4


def _annex_note_at(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    r"""Whether the bare marker at line ``k`` opens the notice's 附件说明: in the layout of a 公文 the names of the
    attachments stand ABOVE the signature and the date, which close the notice; so a marker whose names (up to
    :data:`_ANNEX_NOTE_NAMES` lines, none a sentence) are followed by signature lines and a date annexes nothing
    here (ndrc.gov.cn's page of 发改价格规〔2020〕100号, field test 13 F13-C5: ``附件：`` ⏎ ``区域电网输电价格定价办法`` ⏎
    ``国家发展改革委`` ⏎ ``2020年1月19日`` was cut off as an attachment, and the notice lost its signature and date).

    >>> t = "现印发你们，请按照执行。\n附件：\n区域电网输电价格定价办法\n国家发展改革委\n2020年1月19日\n"
    >>> _annex_note_at(t, _split_lines(t, 0, len(t)), 1)
    True

    A bare label with no name under it, right above the signature and date that close the text (jiangxi.gov.cn's
    notices as a crawler kept them, the attachment a link it dropped, field test 17 F17-S1: ``附件：`` ⏎
    ``江西省市场监管局`` ⏎ ``2020年2月20日`` became an attachment titled with the organ), annexes nothing either:

    >>> t = "特此通告。\n附件：\n江西省市场监管局\n2020年2月20日\n"
    >>> _annex_note_at(t, _split_lines(t, 0, len(t)), 1)
    True

    An attachment with a text under its title is one, whatever signs it:

    >>> t = "附件：\n某某办法\n第一条 为了规范某事，制定本办法。\n某某委员会\n2020年1月19日\n"
    >>> _annex_note_at(t, _split_lines(t, 0, len(t)), 0)
    False
    """
    m = _ATTACHMENT.match(text, *lines[k])
    if m is None or m.group("title"):
        return False
    j, names = k + 1, 0
    while j < len(lines) and names < _ANNEX_NOTE_NAMES:
        line = text[lines[j][0]:lines[j][1]]
        if _is_signature_line(line) or not _title_like(line) and not _LIST_ITEM.match(line):
            break
        names, j = names + 1, j + 1
    signers = 0
    while j < len(lines) and signers < _ANNEX_NOTE_SIGNERS and _is_signature_line(text[lines[j][0]:lines[j][1]]):
        signers, j = signers + 1, j + 1
    dated = signers > 0 and j < len(lines) and _DATE_ONLY.match(_squeezed(text[lines[j][0]:lines[j][1]])) is not None
    if names == 0:
        # a bare label whose names the crawler lost (the attachment was a link): the signature and date right under
        # it close the text (or stand before the next marker), so they are the notice's
        return dated and (j + 1 == len(lines) or _ATTACHMENT.match(text, *lines[j + 1]) is not None)
    return dated


#: An attachment's marker an extraction glued to the end of the line above it (pbc.gov.cn's PDF
#: 000146: ``4. 电子商业汇票系统危机处置预案附件 1`` ⏎ ``电子商业汇票系统管理办法`` ⏎ ``第一章 总 则``):
#: ``附件`` and its number closing a line that has other text before them.
#: Without a number the marker keeps its colon (pbc.gov.cn's 000044: the 版记's printing line
#: ``…中国人民银行办公厅  一九九六年十二月二日印发附件：`` over ``银行间外汇市场管理暂行规定`` ⏎ ``第一章 总 则``: the
#: 规定's 34 articles were the notice's).
_GLUED_ATTACHMENT = lazy_regex(
    rf"(?<=[^\s见如按照详]){_HS}*附{_HS}*件{_HS}*(?:(?P<n>[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}})|[:：]){_HS}*$", regex.M
)


#: The notice's list of its one attachment with that attachment's bare marker glued to its end, the
#: attachment's title opening the next line (pbc.gov.cn's PDF of 银发〔2013〕30号, 000368:
#: ``附件：农信银资金清算中心有限责任公司监督管理办法附件`` ⏎ ``农信银资金清算中心有限责任公司监督管理办法第一条　为加强…``:
#: the 办法's articles were the notice's).  The title listed and the title under it must be the same.
_LISTED_THEN_MARKER = lazy_regex(
    rf"^{_HS}*附{_HS}*件{_HS}*[:：]{_HS}*(?P<title>[^\n]{{4,80}}?){_HS}*(?P<marker>附{_HS}*件){_HS}*$", regex.M
)


#: Necessary for a :data:`_GLUED_ATTACHMENT`: 附件 and a number closing a line (a literal first
#: character: the engine jumps from 附 to 附; most laws hold 附 in 附则 but no such line).  Its
#: 附 is needed too: without it 211 of the 1,911 clean laws passed (``具备下列条件：``), and the
#: look-behind pattern then scanned each of them.
_MAYBE_GLUED = lazy_re(rf"附{_HS}*件{_HS}*(?:[0-9０-９]{{1,2}}|[一二三四五六七八九十]{{1,3}}|[:：]){_HS}*$", re.M)


def _glued_attachments(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(start of the marker, its number) of each :data:`_GLUED_ATTACHMENT` whose next line is a
    title and the line after it opens a regulation (第一章, 第一条, 总则): only there is the
    end of the line above an attachment's marker rather than words of the text.

    >>> t = "附件：1．甲办法2．乙办法\\n2. 乙办法附件 1\\n甲办法\\n第一章 总 则\\n第一条 为了甲，制定本办法。\\n"
    >>> [(t[at:at + 4], n) for at, n in _glued_attachments(t, _split_lines(t, 0, len(t)))]
    [('附件 1', '1')]
    >>> t = "具体要求详见附件1\\n某某办法\\n第一条 为了甲，制定本办法。\\n"
    >>> _glued_attachments(t, _split_lines(t, 0, len(t)))
    []
    """
    out = []
    for k, (s, e) in enumerate(lines[:-2]):
        title = text[lines[k + 1][0]:lines[k + 1][1]]
        listed = _LISTED_THEN_MARKER.match(text, s, e)
        if listed is not None:
            if _squeezed(listed.group("title")) in (_squeezed(title), _squeezed(title_before_first_article(_strip(title)) or "")):
                out.append((listed.start("marker"), None))
            continue
        m = _GLUED_ATTACHMENT.search(text, s, e)
        if m is None or not text[s:m.start()].strip(LINE_STRIP):
            continue
        if ((_OPENS_ARTICLES.match(text[lines[k + 2][0]:lines[k + 2][1]]) and TITLE_END.search(_strip(title))
                and _title_like(title)) or title_before_first_article(_strip(title)) is not None):
            out.append((m.start() + len(m.group()) - len(m.group().lstrip(HSPACE)), m.group("n")))
    return out


def _accessories_at(text: str, lines: list[tuple[int, int]], k: int, m: regex.Match[str]) -> bool:
    r"""Whether the bare ``附件`` on line ``k`` (no number, no colon) means a device's *accessories*, not an
    attachment: a cell of a table (the line carries a tab: ``附件\t\t\t\t`` opening a parameter table's
    accessories rows), or an item whose next line is a sentence, not a title (``附件`` ⏎ ``应提供承重等技术指标。``).
    Field test 20, F20-C9 (a cmde guideline's 产品规格参数表 and 产品技术要求模板 were each cut in two, the
    second half an attachment with an empty title). An attachment marker is 附件N, 附件：, or 附件 over a
    title line.

    >>> t = "附件1\nPET产品规格参数表\n序号\t部件名称\n1\t扫描架\t\n附件\t\t\t\t\n1\t头托\t\t最大负载\t\n"
    >>> ls = _split_lines(t, 0, len(t)); _accessories_at(t, ls, 4, _ATTACHMENT.match(t, *ls[4]))
    True
    >>> t = "诊断显示器\n附件\n应提供承重等技术指标。\n外观\n"
    >>> ls = _split_lines(t, 0, len(t)); _accessories_at(t, ls, 1, _ATTACHMENT.match(t, *ls[1]))
    True
    >>> t = "特此通知。\n附件\n某某管理办法\n第一条 为了规范某事，制定本办法。\n"
    >>> ls = _split_lines(t, 0, len(t)); _accessories_at(t, ls, 1, _ATTACHMENT.match(t, *ls[1]))
    False
    """
    if m.group("kind") != "件" or m.group("n") or m.group("n2"):
        return False
    s, e = lines[k]
    line = text[s:e]
    if "：" in line or ":" in line:
        return False
    if "\t" in line:
        return True
    if k + 1 >= len(lines):
        return False
    nxt = text[lines[k + 1][0]:lines[k + 1][1]].rstrip()
    return nxt.endswith(("。", "；", ";"))


def _last_article_line(text: str, start: int, stop: int) -> int:
    """Start of the last article line (``第十二条 …``) in ``text[start:stop]``, ``start`` when there is none.

    >>> t = "第一条 甲。\\n第二条 乙。\\n附：\\n某表\\n"
    >>> _last_article_line(t, 0, len(t)), _last_article_line("附：\\n某表\\n", 0, 7)
    (7, 0)
    """
    last = start
    for m in _ARTICLE_LINE.finditer(text, start, stop):
        last = m.start()
    return last


def _attachment_segments(text: str, start: int, stop: int | None = None) -> list[Segment]:
    """Cut ``text[start:stop]`` at attachment marker lines (``附件1`` alone on its line), and at
    markers glued to the end of the line above a regulation's title (:func:`_glued_attachments`).
    A marker line inside a title block (:func:`_inside_title`) cuts nothing."""
    stop = len(text) if stop is None else stop
    # a line opening on 附: the only lines a marker, or a listed attachment (_LISTED_THEN_MARKER), opens
    maybe_marker = _MAYBE_ATTACHMENT.search(text, start, stop) is not None or _ATTACHMENT_FIRST.match(text, start, stop) is not None
    maybe_glued = ((_MAYBE_GLUED.search(text, start, stop) is not None and _GLUED_ATTACHMENT.search(text, start, stop) is not None)
                   or (maybe_marker and _LISTED_THEN_MARKER.search(text, start, stop) is not None))
    if not maybe_glued and not maybe_marker:
        return [Segment(start, stop, "main")]
    lines = _split_lines(text, start, stop)
    marks: list[tuple[int, str | None]] = []
    last_article: int | None = None  # start of the last article line, found once when an annex marker needs it
    annex_cut: tuple[str, str | None] | None = None  # (kind, number) of the last annex marker that cut
    annexes: set[int] = set()  # starts of the annex markers (附表, 附录, 附) that cut
    for k, (s, e) in enumerate(lines):
        m = _ATTACHMENT.match(text, s, e)
        if (m is None or _attachment_list_at(text, lines, k) or _inside_title(text, lines, k)
                or _contents_entry(text, lines, k) or _annex_note_at(text, lines, k)
                or _accessories_at(text, lines, k, m)):
            continue
        if m.group("kind") != "件":
            if last_article is None:
                last_article = _last_article_line(text, start, stop)
            if s < last_article:
                continue  # 附表一： inside an article (a Taiwan law's 第5條 carries its table), or a
                # schedule with articles of its own: the body goes on
            if (m.group("kind"), m.group("n") or m.group("n2")) == annex_cut:
                continue  # a PDF's running header repeating the annex's marker on every page
        body = lines[k + 1:k + 3]
        nxt_mark = next((lines[j][0] for j in range(k + 1, len(lines)) if _ATTACHMENT.match(text, *lines[j])), stop)
        if len([b for b in body if b[0] < nxt_mark]) < 2:
            continue
        if m.group("kind") != "件":
            annex_cut = (m.group("kind"), m.group("n") or m.group("n2"))
            annexes.add(m.start())
        marks.append((m.start(), m.group("n") or m.group("n2")))
    if maybe_glued:
        marks = sorted(marks + _glued_attachments(text, lines))
    supplementary = _supplementary_marks(text, start, stop)
    if supplementary:
        marks = sorted(marks + supplementary)
    if not marks:
        return [Segment(start, stop, "main")]
    segments: list[Segment] = []
    if text[start:marks[0][0]].strip():
        # a law whose only cuts are its supplementary provisions stays a law (main), their parent;
        # so does a law followed by its annexes (刑法's 附件一, 附件二): its articles are no notice;
        # and a text whose only cuts are its annexed tables (附表, 附：): it annexes them, it issues nothing
        only_supplementary = len(supplementary) + len(annexes) == len(marks)
        main = only_supplementary or holds_articles(text, start, marks[0][0])
        segments.append(Segment(start, marks[0][0], "main" if main else "notice"))
    cut_supplementary = {at for at, _ in supplementary}
    for i, (at, raw) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else stop
        begin = start if i == 0 and not segments else at
        no = parse_numeral(raw) if raw else None
        segments.append(Segment(begin, end, "attachment", no if no is not None else i + 1,
                                supplementary=at in cut_supplementary, annex=at in annexes))
    return segments


#: A line a table of contents lists: a division heading (第一编, 第三章　国家机构, 第二节), a bare
#: 序言 / 总则 / 附则, or an annex marker (附件一, 附件二　香港特别行政区立法会的产生办法…).
_CONTENTS_LINE = lazy_regex(
    rf"^{_HS}*(?:第{_HS}*[0-9一二三四五六七八九十百零〇两]+{_HS}*(?:分编|[编章节])(?:{_HS}+[^\n。；，]{{1,40}})?"
    rf"|序{_HS}*言|总{_HS}*则|附{_HS}*则){_HS}*$",
    regex.M,
)
#: A line that opens a law's body: its first part, chapter or article, its 序言 or 总则.
_OPENS_LAW = lazy_regex(
    rf"^{_HS}*(?:第{_HS}*[一1]{_HS}*(?:分编|[编章条])|序{_HS}*言{_HS}*$|总{_HS}*则{_HS}*$)", regex.M
)


#: A line of a table of contents' leaders, a page number after them or alone (``..........``, ``…… 7``, ``- 7 -``), and
#: leaders ending a line before its page number (``附录1：方案实施流程图……………7``).  Four marks at least (an
#: ellipsis ``……`` is two).
_LEADERS_LINE = lazy_regex(rf"{_HS}*(?:[.．·…⋯‧]{{4,}}{_HS}*(?:[0-9]{{1,4}}|-{_HS}*[0-9]{{1,4}}{_HS}*-)?|-{_HS}*[0-9]{{1,4}}{_HS}*-){_HS}*$")
_LEADERS_END = lazy_regex(rf"[.．·…⋯‧]{{4,}}{_HS}*[0-9]{{0,4}}{_HS}*$")
_LEADERS_TAIL = 24
#: A table of contents' entry without leaders: its text, a space, then its page number closing the line
#: (``附录1：常见的统计分析方法 20``, ``（三）统计学分析方法 13``).
_PAGE_NUMBER_END = lazy_regex(rf"[^\s0-9０-９]{_HS}+[0-9]{{1,3}}{_HS}*$")


def _contents_entry(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether the annex marker on line ``k`` is an entry of a table of contents, not an annex: the
    line above is another entry (an annex marker, a division heading, 附则) and the line below opens
    the law's body (第一编, 第一章, 序言, 第一条), which an annex never does without its own title.
    A 目录 the cleaner kept or cut short left such lines (field test 8b, F8B-L1: ``附则⏎附件一⏎附件二⏎
    第一编　总则`` on the 刑法 Markdown, ``附件三　在香港特别行政区实施的全国性法律⏎序　　言`` on the Basic
    Law): the law became an attachment titled ``附件二`` and its title page a notice.

    >>> t = "某法\\n目录\\n第一章 总则\\n附则\\n附件一\\n附件二\\n第一章 总则\\n第一条 甲。\\n附件一\\n名单\\n一、乙。\\n"
    >>> [_contents_entry(t, _split_lines(t, 0, len(t)), k) for k in (4, 5, 8)]
    [False, True, False]
    >>> t = "某法\\n第一条 甲。\\n第二条 乙。\\n附件一\\n第一章 某名单\\n一、乙。\\n"
    >>> _contents_entry(t, _split_lines(t, 0, len(t)), 3)
    False

    An entry with leaders to its page number (``附录⏎1⏎：方案实施流程图⏎........⏎- 7 -``, the leaders on the
    line or on one of the two under it) is one too (field test 13, F13-C3: 天津's 实施细则 was cut at its 目录's
    ``附录⏎1：方案实施流程图``, which became an attachment's title):

    >>> t = "目录\\n七、保障措施\\n.......\\n附录\\n1：方案实施流程图\\n..........\\n附录\\n2：竞价指引\\n.......\\n"
    >>> [_contents_entry(t, _split_lines(t, 0, len(t)), k) for k in (3, 6)]
    [True, True]
    >>> t = "某细则\\n附录1：方案实施流程图……………7\\n附录2：竞价指引\\n一、竞价目的\\n需求侧竞价是……\\n"
    >>> [_contents_entry(t, _split_lines(t, 0, len(t)), k) for k in (1, 2)]
    [True, False]

    An entry whose page number follows its title after a space, no leaders, among entries that end in
    page numbers too (field test 20, F20-C1: a cmde guideline's 目录 ``（十一）上市后监测 17`` ⏎
    ``附录1：常见的统计分析方法 20`` ⏎ ``一、实效性随机对照试验的统计方法 20`` opened an attachment titled
    ``常见的统计分析方法 20`` that held the whole guideline):

    >>> t = "目 录\\n（十一）上市后监测 17\\n附录1：常见的统计分析方法 20\\n一、实效性随机对照试验的统计方法 20\\n某某原则\\n"
    >>> _contents_entry(t, _split_lines(t, 0, len(t)), 2)
    True
    >>> t = "某某办法\\n附件1：某某统计表 2\\n一、甲。\\n二、乙。\\n"
    >>> _contents_entry(t, _split_lines(t, 0, len(t)), 1)
    False
    """
    if _page_numbered_entry(text, lines, k):
        return True
    # the leaders that end a line are sought among its last characters only (a line of dots is searched once)
    if _LEADERS_END.search(text, max(lines[k][0], lines[k][1] - _LEADERS_TAIL), lines[k][1]) or any(
            _LEADERS_LINE.match(text, *lines[j]) for j in range(k + 1, min(k + 3, len(lines)))):
        return True
    if k == 0 or k + 1 >= len(lines):
        return False
    above = text[lines[k - 1][0]:lines[k - 1][1]]
    if not (_ATTACHMENT.match(above) or _CONTENTS_LINE.match(above)):
        return False
    return _OPENS_LAW.match(text, lines[k + 1][0], lines[k + 1][1]) is not None


def _page_numbered_entry(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether line ``k`` is a titled marker ending in a page number (``附录1：某某 20``) next to another
    line ending in a page number (the entry above or below it in the 目录): both, not one alone, since an
    annex's title may end in a figure of its own."""
    s, e = lines[k]
    m = _ATTACHMENT.match(text, s, e)  # a bare ``附件 2`` is a marker and its number, no entry
    if m is None or not m.group("title") or not _PAGE_NUMBER_END.search(text, max(s, e - _LEADERS_TAIL), e):
        return False
    return any(_PAGE_NUMBER_END.search(text, max(lines[j][0], lines[j][1] - _LEADERS_TAIL), lines[j][1])
               for j in (k - 1, k + 1) if 0 <= j < len(lines))


def holds_articles(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a body of articles: two article lines or more, the first 第一条.
    A law followed by its annexes is their main document, not a notice (F8B-L1: the 刑法 PDF's 505
    articles were a ``notice``).

    >>> holds_articles("某法\\n第一条 甲。\\n第二条 乙。\\n", 0, 20), holds_articles("通知\\n现将办法印发。\\n第三条 见。\\n", 0, 20)
    (True, False)
    """
    labels = [m.group("n") for m in itertools.islice(_ARTICLE_LINE.finditer(text, lo, hi), 2)]
    return len(labels) == 2 and parse_numeral(labels[0]) == 1


#: The heading of a part of a compilation (``文件一`` … ``文件二十七`` in the booklet of the Constitution and
#: the Basic Law of Hong Kong): ``文件`` and its number alone on a line.
_COMPILATION_PART = lazy_regex(rf"^{_HS}*文件{_HS}*(?P<n>[一二三四五六七八九十百]{{1,4}}|[0-9]{{1,3}}){_HS}*$", regex.M)
#: (public: an order's header under a part's heading, :func:`corpus_tools.structure._order_issuer`)
COMPILATION_PART = _COMPILATION_PART
#: A compilation has at least this many parts numbered from one on before its headings cut.
COMPILATION_MIN_PARTS = 3


def _compilation_parts(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:]`` cut before each heading of a compilation's part (``文件一`` …): the
    booklet 宪法及香港基本法全文 sets 27 decisions, explanations and orders each under ``文件N`` on its
    own line, then its title over several lines, then its adoption record (F7-S7: the headings cut
    nothing, while wrapped title lines did).  The headings must be at least
    :data:`COMPILATION_MIN_PARTS`, numbered 1, 2, 3 … in order (a 目录's entries, which carry the same
    words with page numbers, are no line of their own); otherwise the whole text is one span.

    >>> t = "目录\\n文件一 甲 ...... 1\\n文件一\\n甲的决定\\n正文。\\n文件二\\n乙的决定\\n正文。\\n文件三\\n丙的说明\\n正文。\\n"
    >>> [t[a:b].split("\\n")[0] for a, b in _compilation_parts(t, 0)]
    ['目录', '文件一', '文件二', '文件三']
    >>> _compilation_parts("见文件一。\\n文件二\\n甲。\\n", 0)
    [(0, 13)]
    """
    stop = len(text)
    heads: list[int] = []
    at = text.find("文件", start)
    while at >= 0:  # the headings' lines, found from their 文件 (a regex over every line cost more)
        line_start = at
        while line_start > start and text[line_start - 1] in LINE_STRIP:  # blanks before it on its line
            line_start -= 1
        if line_start == start or text[line_start - 1] == "\n":
            m = _COMPILATION_PART.match(text, line_start)
            if m is not None and parse_numeral(m.group("n")) == len(heads) + 1:
                heads.append(m.start())
        at = text.find("文件", at + 1)
    if len(heads) < COMPILATION_MIN_PARTS:
        heads = recorded_heads(text, start)  # 1. 宪法 ⏎ （1982年12月4日通过…）: a compendium's instruments
        if not heads:
            # a law database's text dump: laws one after another, a separator line between them (F27-C1/C2)
            return dump_parts(text, start)
    bounds = ([start] if text[start:heads[0]].strip(LINE_STRIP + "\n") else []) + heads + [stop]
    return list(zip(bounds, bounds[1:]))


def _inside_title(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether the attachment marker on line ``k`` is a line of a title that runs over several
    lines: the line above opens a book title it does not close (``《中华人民共和国香港特别行政区基本法`` ⏎
    ``附件一`` ⏎ ``香港特别行政区行政长官的产生办法`` ⏎ ``修正案》的决定``), or the lines above it up to
    a compilation's part heading (``文件四`` ⏎ ``中华人民共和国香港特别行政区基本法`` ⏎ ``附件二`` ⏎ …) are
    title lines.  The booklet of the Basic Law cut 6 titles so.

    >>> t = "文件四\\n中华人民共和国香港特别行政区基本法\\n附件二\\n立法会的产生办法修正案\\n(2010年8月28日备案）\\n"
    >>> _inside_title(t, _split_lines(t, 0, len(t)), 2)
    True
    >>> t = "特此通知。\\n某局\\n2020年1月1日\\n附件1\\n某办法\\n第一条 甲。\\n"
    >>> _inside_title(t, _split_lines(t, 0, len(t)), 3)
    False
    """
    if k == 0:
        return False
    above = _strip(text[lines[k - 1][0]:lines[k - 1][1]])
    if above.count("《") > above.count("》"):
        return True
    for j in range(k - 1, max(-1, k - 4), -1):
        line = _strip(text[lines[j][0]:lines[j][1]])
        if _COMPILATION_PART.match(line):
            return j < k - 1  # 文件N, then title lines, then the marker
        if not _title_like(line) or _DATE_LINE.match(line):
            return False
    return False


#: A line that opens supplementary provisions (附則) of a Japanese statute in translation: ``附　则``
#: alone, or with the amending act they come from and the excerpt mark (``附　则　（平成十三年十一月
#: 十六日法律第一百二十一号）　抄``).
_SUPPLEMENTARY = lazy_regex(rf"^{_HS}*附{_HS}*则(?:{_HS}*[（(][^（）()\n]{{1,60}}[）)])?(?:{_HS}*抄)?{_HS}*$", regex.M)
#: An article's label opening a line (its number in group ``n``), not a 之N label.
_ARTICLE_LINE = lazy_regex(
    rf"^{_HS}*第{_HS}*(?P<n>[0-9０-９一二三四五六七八九十百千零〇两]+){_HS}*[条條](?!之)", regex.M)


def _supplementary_marks(text: str, start: int, stop: int | None = None) -> list[tuple[int, str | None]]:
    """Where supplementary provisions that number their articles anew start: from the first
    :data:`_SUPPLEMENTARY` line whose first article, before the next such line, is 第一条 while
    articles stand above it, that line and every such line after it (each an amending act's
    附则, its articles from 第一条 again).  Teetrition's statutes (``附　则　（平成十三年…）　抄⏎
    （施行期日）⏎第一条　本法自…施行。``) had them in the law: 11 articles flagged as repeated
    numbers, under the law's last chapter.  附则 whose articles go on with the law's numbers
    (``附 则⏎第四十七条 本条例自…施行。``, a heading of the law) cut nothing.

    >>> t = "某法\\n第一条　甲。\\n第二条　乙。\\n附　则\\n本法自公布之日起施行。\\n附　则　（平成十三年法律第一百二十一号）　抄\\n第一条　丙。\\n附　则\\n第一条　丁。\\n"
    >>> [t[at:at + 4] for at, _ in _supplementary_marks(t, 0)]
    ['附　则　', '附　则\\n']
    >>> _supplementary_marks("某条例\\n第四十六条 甲。\\n附 则\\n第四十七条 本条例自公布之日起施行。\\n", 0)
    []
    """
    stop = len(text) if stop is None else stop
    if text.find("则", start, stop) < 0:
        return []
    heads = [m.start() for m in _SUPPLEMENTARY.finditer(text, start, stop)]
    if not heads:
        return []
    labels = [(m.start(), m.group("n")) for m in _ARTICLE_LINE.finditer(text, start, stop)]
    k = 0  # labels[k] is the first label after the current head
    for i, head in enumerate(heads):
        while k < len(labels) and labels[k][0] < head:
            k += 1
        following = heads[i + 1] if i + 1 < len(heads) else stop
        if k == 0 or k >= len(labels) or labels[k][0] > following:
            continue
        if parse_numeral(labels[k][1]) == 1:
            return [(at, None) for at in heads[i:]]
    return []


# --------------------------------------------------------------------------- laws set one after another in one file

#: A line that opens a law's numbering: its first article (第一条, 第1条), not a 之N label; the match starts at the
#: label (a literal 第 to look for: 0.016 CPU-s over the 1,911 laws, where ``^`` first took 0.10).
_FIRST_ARTICLE = lazy_regex(rf"(?<=^{_HS}*)第{_HS}*[一1１]{_HS}*[条條](?!之)", regex.M)
#: What a law's own head holds between its title and its first article, besides chapter headings: its
#: table of contents, the row of an info box that names its issuer, number, dates or force (颁布机关：…,
#: 文 号：…, 颁布时间：…, 效力状态：…, the box of a bilingual PDF of 北大法宝 / huaxincem), or a line naming
#: its number.  (Its adoption record or date line is read by :func:`_own_head_line`.)
_OWN_HEAD_ROW = lazy_regex(
    rf"^{_HS}*(?:目{_HS}*[录錄]{_HS}*$"
    rf"|(?:颁{_HS}*布|发{_HS}*布|公{_HS}*布|通{_HS}*过|施{_HS}*行|实{_HS}*施|生{_HS}*效|成{_HS}*文|制{_HS}*定|发{_HS}*文)"
    rf"{_HS}*(?:机{_HS}*关|时{_HS}*间|日{_HS}*期){_HS}*[：:]"
    rf"|(?:文{_HS}*号|发文字号|效{_HS}*力{_HS}*(?:状{_HS}*态|级{_HS}*别|位{_HS}*阶)|时{_HS}*效{_HS}*性){_HS}*[：:])"
)
#: A title that amends another text (宪法修正案, 关于修改《…》的决定): the articles under it are the amendment's
#: own or quote the law it amends, which the page sets before it; one text with that law.
_AMENDS = lazy_regex(r"修正案|修改|修订|修正")
#: A sentence of prose (a clause mark): a line holding one belongs to a text, not to a law's head.
_PROSE_MARK = lazy_regex(r"[。；，！？]")
#: A law's first article numbered anew is looked for this many lines under its title at most.
_OWN_HEAD_LINES = 80


def _own_head_line(line: str) -> bool:
    """Whether ``line`` belongs to a law's own head under its title: a row of its info box, its 目录, its
    number, or its date or adoption record (``（1994年8月4日国务院令第160号发布）``, ``2019年10月17日``,
    ``中華民國九十年一月一日公布``: a short line opening with a date, no sentence in it).

    >>> [_own_head_line(s) for s in ("颁布机关： 国务院", "目　录", "中華民國九十年一月一日公布", "2001年起，甲。", "某某办法")]
    [True, True, True, False, False]
    """
    s = _strip(line)
    squeezed = _squeezed(s)
    return bool(_OWN_HEAD_ROW.match(s) or is_doc_number(s) or _ADOPTION_RECORD.match(squeezed)
                or _DATE_ONLY.match(squeezed)
                or (_DATE_LINE.match(squeezed) and len(squeezed) <= 40 and not _PROSE_MARK.search(squeezed)))


def restarted_laws(text: str, lo: int, hi: int) -> list[int]:
    r"""Starts of the laws after the first in ``text[lo:hi]`` when a file sets several one after another
    with no marker between them: where the numbering of articles starts again at 第一条 under a title line
    of its own, and that law's own head (an info box row, a 目录, its number, its date or adoption record:
    :func:`_own_head_line`) stands between that title and the article.  A bilingual PDF turned to text
    (zhongpengqun's blog, field test 15b F15B-S1) holds 公司法, then 国务院关于股份有限公司境外募集股份及上市的特别规定,
    then 到境外上市公司章程必备条款, each under its own title and box: one document, 415 articles, 197 repeated
    numbers.

    >>> t = ("某某法\n第一条　甲。\n第二条　乙。\nArticle 2 B.\nPage 1\n某某特别规定\n颁布机关： 国务院\n"
    ...      "效力状态：\n有效\n第一条　丙。\n第二条　丁。\n")
    >>> [t[at:].split("\n")[0] for at in restarted_laws(t, 0, len(t))]
    ['某某特别规定']

    The title is the first line that can be one after the last sentence above the article: a 批复 set
    between the two laws stays with the first (its sentences come before the second's title).

    Nothing starts where the numbering starts again without a title and a head of its own: a page that
    prints a law's first articles twice (the HK gazette's PDF of L.N. 136 of 2020), an index page that
    quotes each law's first article under its name (laosheng's 大萌法律读本), a 目录 that lists the
    articles before the body, supplementary provisions or an annex (附件, 附录) of the same law, an
    amendment (修正案) set under the law it amends:

    >>> t = "某某法\n第一条　甲。\n第二条　乙。\n第一章　总则\n第一条　甲。\n"
    >>> restarted_laws(t, 0, len(t))
    []
    >>> t = "某某法\n目录\n第一条　宗旨\n第二条　范围\n某某法\n（2001年1月1日通过）\n第一条　为了甲，制定本法。\n"
    >>> restarted_laws(t, 0, len(t))
    []
    >>> t = "某某法\n第一条　甲。\n第二条　乙。\n附件\n某某实施细则\n（2001年1月1日发布）\n第一条　丙。\n"
    >>> restarted_laws(t, 0, len(t))
    []
    >>> t = "某某法\n第一条　甲。\n第二条　乙。\n某某法修正案\n（1988年4月12日通过）\n第一条　丙。\n"
    >>> restarted_laws(t, 0, len(t))
    []
    """
    firsts = [text.rfind("\n", lo, m.start()) + 1 or lo for m in itertools.islice(_FIRST_ARTICLE.finditer(text, lo, hi), 64)]
    if len(firsts) < 2:
        return []
    starts: list[int] = []
    labels = [(m.start(), parse_numeral(m.group("n"))) for m in _ARTICLE_LINE.finditer(text, lo, hi)]
    k = 0  # labels[k] is the label at or after the current first article
    previous = firsts[0]
    for first in firsts[1:]:
        run = []  # the labels of the numbering before this one, from its first article
        while k < len(labels) and labels[k][0] < first:
            if labels[k][0] >= previous:
                run.append(labels[k][0])
            k += 1
        if len(run) < 2 or labels[k - 1][1] < 2:
            previous = first
            continue
        # a body of articles above (not a 目录's list of them): two article lines or more hold a sentence
        if sum(1 for at in run if _PROSE_MARK.search(text, at, _line_end_of(text, at, first))) < 2:
            previous = first
            continue
        top = _title_above_restart(text, run[-1], first)
        if top is not None:
            starts.append(top)
        previous = first
    return starts


def _title_above_restart(text: str, last_label: int, first: int) -> int | None:
    """The start of the title line of the law whose first article is at ``first``, the article of the law
    before it starting at ``last_label`` (None: no title with a head of its own between them)."""
    lines = _split_lines(text, _line_end_of(text, last_label, first), first)[-_OWN_HEAD_LINES:]
    after_prose = 0
    for j, (a, b) in enumerate(lines):
        line = text[a:b]
        if _ATTACHMENT.match(line) or _squeezed(line).startswith(("附件", "附录", "附錄", "附表")):
            return None  # an annex of the law above, whatever it holds
        if _HAN.search(line) and _PROSE_MARK.search(line):
            after_prose = j + 1
    for j in range(after_prose, len(lines)):
        line = _strip(text[lines[j][0]:lines[j][1]])
        if len(_HAN.findall(line)) < 4 or not _title_like(line):
            continue
        if _AMENDS.search(line):
            return None
        if any(_own_head_line(text[a:b]) for a, b in lines[j + 1:]):
            return lines[j][0]
        return None
    return None


#: A date closing a line (the date of a signature an extraction glued to the signatory).
_DATE_AT_END = lazy_regex(
    r"[0-9〇零○一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$"
)


def _signed_with_date(line: str) -> bool:
    """A signatory and the date of the signature on one line, as a PDF's extraction glues them
    (pbc.gov.cn's orders: ``行长：周小川二〇〇九年三月二十六日`` above the rules they promulgate), or an
    organ and its date, as a page that lost its line breaks keeps them (xgll.com.cn, F9-P14:
    ``迪庆州人民政府法制办公室 2016年12月1日`` above the draft it publishes).

    >>> _signed_with_date("行长：周小川二〇〇九年三月二十六日"), _signed_with_date("行长：戴相龙二〇〇二年十一月一日")
    (True, True)
    >>> _signed_with_date("迪庆州人民政府法制办公室 2016年12月1日")
    True
    >>> _signed_with_date("本办法自2009年5月4日"), _signed_with_date("二〇〇九年三月二十六日"), _signed_with_date("自2016年12月1日")
    (False, False, False)
    """
    squeezed = _squeezed(line)
    m = _DATE_AT_END.search(squeezed)
    if m is None or m.start() == 0:
        return False
    signer = squeezed[:m.start()]
    return bool(_SIGNATORY.match(signer) or _ORGAN.match(signer))


def _opens_with_order(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` opens with an order's header (``中华人民共和国国务院令第693号``, or the header and its
    number on the next line)."""
    first = _non_empty_lines(text, lo, 2, hi)
    return any(_GLUED_ORDER.match(_squeezed(text[s:e])) or ORDER_HEADER.match(_squeezed(text[s:e])) for s, e in first)


def _signed_after_sentence(line: str) -> bool:
    """An order's or notice's last sentence with its signatory and date glued after it on one line, as a crawler
    joined gov.cn's orders (HuangFaShengH/ZhengCeWenBenWaJue, 国务院令第693号 and 第722号, F14-C6:
    ``…现予公布，自2020年1月1日起施行。总　理　　李克强 … 2019年10月22日``): the line ends with a signatory (not an
    organ: a sentence may end with one) and a date after its last ``。``.

    >>> _signed_after_sentence("《优化营商环境条例》已经国务院常务会议通过，现予公布，自2020年1月1日起施行。总理李克强2019年10月22日")
    True
    >>> _signed_after_sentence("本办法自2020年1月1日起施行。北京市人民政府2019年10月22日")
    False
    >>> _signed_after_sentence("自2020年1月1日起施行。2019年10月22日"), _signed_after_sentence("总理李克强2019年10月22日")
    (False, False)
    """
    if "。" not in line:
        return False
    after = line.rsplit("。", 1)[1]
    m = _DATE_AT_END.search(after)
    return m is not None and m.start() > 0 and bool(_SIGNATORY.match(after[:m.start()]))


#: A line that is one note in parentheses (``（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）``).
_NOTE_LINE = lazy_regex(r"^[（(][^\n]*[）)]$")


def _sentence_outside_notes(text: str, lines: list[tuple[int, int]]) -> bool:
    r"""Whether ``lines`` hold a clause of a sentence (:data:`_CLAUSE_MARK`) outside lines that are one note in
    parentheses: the body of a text, not a site's widget (fgw.sh.gov.cn's ``政策性文件留言咨询`` ⏎
    ``（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）`` under a notice's signature, field test 13
    F13-C2: an attachment of its own).

    >>> t = "（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）\nAa"
    >>> _sentence_outside_notes(t, _split_lines(t, 0, len(t)))
    False
    >>> t = "一、总体要求\n坚持问题导向，突出重点。\n"
    >>> _sentence_outside_notes(t, _split_lines(t, 0, len(t)))
    True
    """
    for s, e in lines:
        line = _strip(text[s:e])
        if not _NOTE_LINE.match(line) and _CLAUSE_MARK.search(line):
            return True
    return False


def _issued_start(text: str, lo: int, hi: int) -> int | None:
    """Where the text a notice issues starts inside ``text[lo:hi]``: the line after the
    notice's signature (organ or signatory, then a date, then optionally ``（此件公开发布）``)
    when that line is a title and a body follows it.  None when there is no such point.
    """
    lines = _split_lines(text, lo, hi)
    for k in range(1, len(lines) - 2):
        line = text[lines[k][0]:lines[k][1]]
        if "月" not in line or "年" not in line:  # no date (squeezing only removes characters)
            continue
        date = _squeezed(line)
        above = k - 1  # the signature: above the date, past a release note set between them (牟定县: organ ⏎
        while above > 0 and _AFTER_SIGNATURE.match(_squeezed(text[lines[above][0]:lines[above][1]])):
            above -= 1  # （此件公开发布） ⏎ 2017年6月23日, field test 10 F10-D1)
        glued = False
        if _DATE_ONLY.match(date):
            signed = _is_signature_line(text[lines[above][0]:lines[above][1]])
        elif date.endswith("日") and _signed_with_date(date):
            signed = True  # 行长：周小川二〇〇九年三月二十六日: the signatory and the date on one line
        elif date.endswith("日") and _signed_after_sentence(date) and _opens_with_order(text, lo, hi):
            signed = glued = True  # …现予公布，自2020年1月1日起施行。总理李克强2019年10月22日: the order's last line
        else:
            continue
        if not signed and not text[lines[above][0]:lines[above][1]].rstrip(LINE_STRIP).endswith("。"):
            continue
        j = k + 1
        while j < len(lines) and _AFTER_SIGNATURE.match(_squeezed(text[lines[j][0]:lines[j][1]])):
            j += 1
        # the issuers stacked one a line under the date (法律资料网's copies set a joint notice's signature so:
        # 二〇〇九年八月三十日 ⏎ 沧州市发展改革委 ⏎ 沧州市邮政局 ⏎ … ⏎ 沧州市文化局 ⏎ 支持农村邮政物流发展实施办法 ⏎
        # 第一条 …, field test 20 F20-C2: notice and rules were one document): passed, and the line after
        # them must be a title over a regulation's first chapter or article
        stack = j
        while (j < len(lines) and j - stack < _JOINT_ORGANS
               and _is_organ_line(text[lines[j][0]:lines[j][1]]) and _names_organ(text[lines[j][0]:lines[j][1]])):
            j += 1
        stacked = j > stack
        if j + 1 >= len(lines):
            return None
        candidate = text[lines[j][0]:lines[j][1]]
        if not _title_like(candidate) or _is_signature_line(candidate) or _LIST_ITEM.match(candidate):
            continue
        # a date under the notice's last sentence with no signature (the organs head the page:
        # 中国人民银行 中国银行业监督管理委员会 ⏎ （2016）第10号 ⏎ …现予公布。⏎ 2016年4月27日 ⏎
        # 国内信用证结算办法 ⏎ 第一章 总 则): only before a regulation's first chapter or article
        if (not signed or glued or stacked) and not _OPENS_ARTICLES.match(text[lines[j + 1][0]:lines[j + 1][1]]):
            continue  # (an order glued to its signature: only before the first chapter or article of what it issues)
        if hi - lines[j][0] < 40:  # a title needs a body
            continue
        if not TITLE_END.search(_strip(candidate)) and not _sentence_outside_notes(text, lines[j + 1:]):
            continue  # a site's widget under the signature: 政策性文件留言咨询 ⏎ （注：1.只接收…；2.…） (F13-C2)
        return lines[j][0]
    # a law's title with its adoption record under it (…法 ⏎ （2016年12月25日…通过）), after
    # the order or notice that promulgates it and whatever note the page put between; never a
    # line of the segment's own title block (全国人民代表大会常务委员会 ⏎ 关于加强中央预算审查
    # 监督的决定 ⏎ （1999年12月25日…通过）: one title over two lines, not a notice and a decision)
    k = _recorded_title(text, lines)
    return None if k is None else lines[k][0]


def _recorded_title(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Index among ``lines`` of the first line of a title with an adoption record under it, after the
    title block of ``lines[0]`` (the segment's own), or None.  A title wrapped over lines starts where
    its first line does (:func:`_title_top`)."""
    own_title = _title_block(text, lines, 0)[2] if lines and _title_like(text[lines[0][0]:lines[0][1]]) else 0
    for k in range(max(1, own_title + 1), len(lines) - 2):
        line = text[lines[k][0]:lines[k][1]]
        following = text[lines[k + 1][0]:lines[k + 1][1]]
        # the cheap tests first (all three are pure): the record under it, then the title's end
        if ("年" in following and _ADOPTION_RECORD.match(_squeezed(following)) and TITLE_END.search(_strip(line))
                and _title_like(line)):
            return _title_top(text, lines, k, own_title)
    return None


#: How many lines above its last a title with an adoption record may start.
_TITLE_LINES_ABOVE = 3


def _title_top(text: str, lines: list[tuple[int, int]], k: int, floor: int) -> int:
    """The first line of the title whose last line is ``lines[k]``: the lines above it that cannot end a
    title (``全国人民代表大会常务委员会关于``, ``《中华人民共和国香港特别行政区基本法》``, ``增加《…》``), at most
    :data:`_TITLE_LINES_ABOVE` of them, never ``lines[floor]`` or above.  The Basic Law's flk txt sets
    the NPCSC decisions on its 附件三 so (field test 8b): the decision was titled ``附件三所列全国性法律增减的决定``,
    its first two lines left at the end of the document before it.

    >>> t = "区徽图案\\n全国人民代表大会常务委员会关于\\n《某基本法》\\n附件三所列全国性法律增减的决定\\n（1997年7月1日通过）\\n"
    >>> t[_split_lines(t, 0, len(t))[_title_top(t, _split_lines(t, 0, len(t)), 3, 0)][0]:].split("\\n")[0]
    '全国人民代表大会常务委员会关于'
    """
    top = k
    while top - 1 > floor and k - top < _TITLE_LINES_ABOVE:
        above = _strip(text[lines[top - 1][0]:lines[top - 1][1]])
        if not _title_like(above) or not (above.endswith(("关于", "的", "和", "及")) or above.endswith("》") and "《" in above):
            break
        top -= 1
    return top


def _issues_text(text: str, lo: int, hi: int) -> bool:
    """Whether the notice ``text[lo:hi]`` issues, publishes, forwards or promulgates a text
    (an issuing verb, or an order's header), as opposed to closing with its signature."""
    head = text[lo:min(hi, lo + 600)]
    first = _non_empty_lines(text, lo, 3, hi)
    if any(ORDER_HEADER.match(_squeezed(text[s:e])) for s, e in first):
        return True
    return bool(_ISSUES.search(head)) or bool(regex.search(r"附件", text[lo:hi]))


#: An order's header with its number on the same line (gov.cn's texts as a crawler joined them:
#: ``中华人民共和国国务院令第693号``, field test 14 F14-C6), or with the order's sentence after it
#: (``中华人民共和国国务院令第　623　号　　《气象设施和气象探测环境保护条例》已经…``); a ministry numbers its orders
#: by year (``中华人民共和国商务部令2019年第1号``).
_GLUED_ORDER = lazy_regex(r"^\p{Han}{2,24}令(?:[0-9]{4}年)?(?P<number>第[0-9０-９〇零一二三四五六七八九十百千]{1,8}号)(?:$|(?=《))")


#: An order's number with the order's text glued after it on its line (``\xa0第\u3000559\u3000号\xa0\u3000\u3000《规划环境影响评价条例》
#: 已经…``: gov.cn's 国务院令第559号 as a crawler joined it, F14-C6).
_NUMBER_THEN_TEXT = lazy_regex(rf"^{_HS}*第{_HS}*[0-9０-９]{{1,5}}{_HS}*号{_HS}+[《\p{{Han}}]")


def _order_start(text: str, lo: int, hi: int) -> int | None:
    r"""Start of an order (``…令`` then ``第N号``) that opens after other text in ``text[lo:hi]``
    (a news item that quotes the 主席令 and the law it promulgates).

    An order's header ends in 令: only the lines holding 令 are looked at, found with
    ``str.find`` (every line of every document was squeezed and matched: 0.8 CPU-s of the
    clean corpus's structure stage), each with the first non-blank line after it.

    >>> t = "新闻\n中华人民共和国主席令\n第十二号\n某法已通过。"
    >>> _order_start(t, 0, len(t)), _order_start(t, 3, len(t)), _order_start("责令改正。\n主席令\n", 0, 11)
    (3, None, None)

    A page's heading that names the order itself (pbc.gov.cn: ``中国人民银行令〔2020〕第5号（…办法）`` above
    ``中国人民银行令`` ⏎ ``〔2020〕第5号``) is no other text:

    >>> t = "某某银行令〔2020〕第5号（某某办法）\n某某银行令\n〔2020〕第5号\n《某某办法》现予发布。"
    >>> _order_start(t, 0, len(t)) is None
    True

    The header and its number on one line (a crawler's joined gov.cn text) open an order too:

    >>> t = "新闻。\n中华人民共和国国务院令第693号\n现公布《某条例》。"
    >>> _order_start(t, 0, len(t))
    4
    """
    at = text.find("令", lo, hi)
    while at >= 0:
        newline = text.rfind("\n", lo, at)
        start = lo if newline < 0 else newline + 1
        end = text.find("\n", at, hi)
        end = hi if end < 0 else end
        before = text[lo:start].strip(LINE_STRIP + "\n")
        glued = _GLUED_ORDER.match(_squeezed(text[start:end]))
        if glued and before and is_doc_number(glued.group("number")) and not _COMPILATION_PART.fullmatch(before):
            return start  # 中华人民共和国国务院令第693号: header and number on one line
        if ORDER_HEADER.match(_squeezed(text[start:end])) and before and not _COMPILATION_PART.fullmatch(before):
            following = _next_line(text, end, hi)
            if following is None:
                return None
            if is_doc_number(following) or _NUMBER_THEN_TEXT.match(following):
                named = _squeezed(text[start:end]) + _squeezed(following)
                if not _squeezed(text[lo:start].strip(LINE_STRIP + "\n")).startswith(named):
                    return start
        at = text.find("令", end, hi)
    return None


def _next_line(text: str, end: int, hi: int) -> str | None:
    """The first non-blank line of ``text[end:hi]`` after the line ending at ``end`` (None: none)."""
    while end < hi:
        start = end + 1
        end = text.find("\n", start, hi)
        end = hi if end < 0 else end
        if text[start:end].strip(LINE_STRIP):
            return text[start:end]
    return None


def _multiple_issued(text: str, lo: int, hi: int, title: str) -> list[int]:
    """Starts of the further texts a notice issues together (…两个规定的通知): title lines that
    end with the same kind word, each after a line that ends a sentence."""
    m = _MULTIPLE.search(title)
    if not m:
        return []
    count = parse_numeral(m.group("count")) or 0
    kind = m.group("kind")
    lines = _split_lines(text, lo, hi)
    starts = []
    for k in range(1, len(lines) - 1):
        line = _strip(text[lines[k][0]:lines[k][1]])
        previous = _strip(text[lines[k - 1][0]:lines[k - 1][1]])
        if line.endswith(kind) and _title_like(line) and len(line) <= 60 and previous.endswith("。"):
            starts.append(lines[k][0])
    return starts if len(starts) == count - 1 else []


def split_documents(text: str, start: int = 0) -> list[Segment]:
    """Cut a page into documents from its body start ``start`` (a metadata box before it
    belongs to no document): at attachment lines (``附件1`` alone on its line), and where a
    notice that issues a text signs off and the issued text's title follows.

    A marker followed by at most one more line before the next marker, or by a numbered
    list, is an attachment *list* in a notice, not an attachment, and does not cut.

    >>> [(s.role, s.attachment_no) for s in split_documents("通知正文。\\n附件1\\n条例\\n第一条 甲。\\n附件2\\n说明\\n一、乙。\\n")]
    [('notice', None), ('attachment', 1), ('attachment', 2)]
    >>> [s.role for s in split_documents("附件：1.《条例》\\n2.说明\\n")]
    ['main']
    >>> page = ("国务院关于印发某某办法的通知\\n国发〔2018〕41号\\n现将《某某办法》印发给你们，请认真贯彻执行。\\n"
    ...         "国务院\\n2018年12月13日\\n（此件公开发布）\\n某某办法\\n第一条　为了规范某某工作，根据有关法律，制定本办法。\\n"
    ...         "第二条　本办法自2019年1月1日起施行。\\n")
    >>> [(s.role, page[s.start:s.end].split("\\n")[0]) for s in split_documents(page)]
    [('notice', '国务院关于印发某某办法的通知'), ('attachment', '某某办法')]
    """
    out: list[Segment] = []
    parts = _compilation_parts(text, start)
    for k, (lo, hi) in enumerate(parts):
        segments = _attachment_segments(text, lo, hi)
        if k > 0 and len(segments) > 1 and segments[1].attachment_no != 1:
            # a compilation's part followed by an annex numbered on from another document (the booklet
            # prints the Basic Law's 附件二 after 文件二, the decision amending its 附件一): not the
            # part's attachments, documents of their own
            segments = [Segment(seg.start, seg.end, "main", compiled=True) for seg in segments]
        for seg in segments:
            if seg.role == "attachment" and any(piece.concatenated for piece in out):
                # the page already shows unrelated texts one after another: an attachment may be followed by another
                cut = _concatenated_parts(text, seg)
            else:
                cut = _split_issued(text, seg)
            cut = [piece for issued in cut for piece in _embedded_parts(text, issued)]
            split = [piece for issued in cut for piece in _split_explanations(text, issued)]
            split = [part for piece in split for part in _restarted_parts(text, piece)]
            split = [part for piece in split for part in _gazette_parts(text, piece)]
            if k > 0 and split[0].role == "main":  # a part of the compilation: a document of its own
                split[0] = Segment(split[0].start, split[0].end, "main", compiled=True)
            out.extend(split)
    if len(parts) > 1:
        return out
    if (len(out) > 1 and out[0].role == "main" and not out[1].concatenated
            and not all(seg.supplementary or seg.annex for seg in out[1:])
            and not holds_articles(text, out[0].start, out[0].end)):
        out[0] = Segment(out[0].start, out[0].end, "notice", out[0].attachment_no, out[0].issued)
    return out


#: What a notice holds and a page's head of titles, site names and fields does not: a clause of a sentence.
_CLAUSE_MARK = lazy_regex(r"[，。；！？]")


def holds_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a clause of a sentence (``，。；！？``): a notice or an order does
    (``现发布《…》，自发布之日起施行。``); the lines a mirror or an aggregator sets above the text it
    reprints do not (field test 8, F8-P2: ``瑞律网⏎2023年山南市立法条例最新全文⏎瑞律网整理发布 169°c
    2023-12-05⏎效力位阶：地方性条例``; F8-P7: the title three times and ``国务院`` above a 国务院令): such a
    head is no notice, and the text under it is no attachment.

    >>> holds_sentence("瑞律网\\n瑞律网整理发布 169°c 2023-12-05\\n效力位阶：地方性条例\\n", 0, 40)
    False
    >>> holds_sentence("中华人民共和国国务院令\\n第227号\\n现发布《某条例》，自发布之日起施行。\\n", 0, 40)
    True
    """
    return _CLAUSE_MARK.search(text, lo, hi) is not None


#: A title in book-title marks that an order promulgates (``现公布《某某条例》``), at most 60 characters.  Until
#: session 19 this pattern was a second ``_BOOK_TITLE`` that replaced the one above at import, so the announcing
#: first line of :func:`find_title` read titles of 2-60 characters while :data:`_ANNOUNCES` matched 2-80: a page
#: opening ``现将《<61-80 characters>》`` raised AttributeError.
_ISSUED_TITLE = lazy_regex(r"《(?P<title>[^《》\n]{2,60})》")


def _names_issued(text: str, lo: int, order: int, hi: int) -> bool:
    r"""Whether the text before the order at ``order`` is about what the order promulgates: it names one
    of the titles in 《》 of the order's first lines, or the order has none to compare (then it is
    taken for the news item that quotes it, as before).

    A crawler that concatenated unrelated gov.cn texts (HuangFaShengH/ZhengCeWenBenWaJue's result.txt,
    field test 14 F14-C6) put a news item on 优化营商环境条例 before 国务院令第693号 (环境保护税法实施条例):
    the order and its regulation became an attachment of the news item.

    >>> t = "李克强签署国务院令，公布《某某条例》。\n某某令\n第1号\n现公布《某某条例》，自公布之日起施行。"
    >>> _names_issued(t, 0, t.index("某某令"), len(t))
    True
    >>> t = "志愿服务工作取得成效。\n某某令\n第1号\n现公布《某某条例》，自公布之日起施行。"
    >>> _names_issued(t, 0, t.index("某某令"), len(t))
    False
    """
    titles = [m.group("title") for m in _ISSUED_TITLE.finditer(text, order, min(hi, order + 300))]
    if not titles:
        return True
    before = text[lo:order]
    return any(title in before for title in titles)


#: The addressees under a title (``各省、自治区、直辖市人民政府，国务院各部委、各直属机构：``).
_ADDRESSEES = lazy_regex(rf"^[^。；;\n]{{2,120}}{ORGAN_ENDINGS}[：:]$")
#: A title with its 文号 glued to its end (``国务院办公厅关于部分地方优化营商环境典型做法的通报国办函〔2018〕46号``).
_TITLE_WITH_NUMBER = lazy_regex(r"^(?P<title>[^\n。；，]{4,80}?" + _KINDS + r")(?P<number>(?!的)\p{Han}{1,8}[〔［\[（(][0-9]{4}[〕］\]）)]第?[0-9]{1,5}号)$")
#: The last line of a text: its sentence end, or the date or the publication note under its signature.
_TEXT_CLOSED = lazy_regex(r"(?:[。！？]”?|日|[（(]此件[^（）()]{1,10}[）)])$")


def _title_blocks_after(text: str, lo: int, hi: int) -> list[int]:
    r"""Starts of the further texts a crawler concatenated after the one at ``lo`` (its own title block
    is not looked at): a title line (a kind word at its end, :data:`TITLE_END`) after a line that closes a
    text (:data:`_TEXT_CLOSED`), with a 文号 or the addressees (:data:`_ADDRESSEES`) under it.  Only asked
    of a part the page already shows to be one of unrelated texts (an order after another order's text:
    :func:`_split_issued`): HuangFaShengH/ZhengCeWenBenWaJue's result.txt (field test 14 F14-C6) held
    ~20 gov.cn texts in the "attachment" of 国务院令第682号, 152,764 characters.

    >>> t = "某令\n第1号\n现公布。\n第一条　甲。\n国务院关于加强某工作的意见\n各省、自治区人民政府，国务院各部委：\n一、乙。\n"
    >>> [t[at:].split("\n")[0] for at in _title_blocks_after(t, 0, len(t))]
    ['国务院关于加强某工作的意见']

    A title quoted after a sentence with no addressee nor number under it starts nothing:

    >>> t = "某令\n第1号\n现公布。\n国务院关于修改某条例的决定\n国务院决定对某条例作如下修改：\n"
    >>> _title_blocks_after(t, 0, len(t))
    []
    """
    lines = _split_lines(text, lo, hi)
    starts = []
    for k in range(2, len(lines) - 1):
        line = _strip(text[lines[k][0]:lines[k][1]])
        if len(line) > 100 or not _TEXT_CLOSED.search(_strip(text[lines[k - 1][0]:lines[k - 1][1]])):
            continue
        numbered = _TITLE_WITH_NUMBER.match(_squeezed(line))  # 国务院关于…的意见 国发 〔2011〕 35 号 too
        if numbered and is_doc_number(numbered.group("number")) and TITLE_END.search(numbered.group("title")) \
                and _title_like(numbered.group("title")):
            starts.append(lines[k][0])  # 国务院办公厅关于…的函国办函〔2021〕12号: the number glued to its title
            continue
        if len(line) > 80 or not TITLE_END.search(line) or not _title_like(line):
            continue
        following = _strip(text[lines[k + 1][0]:lines[k + 1][1]])
        if is_doc_number(following) or _ADDRESSEES.match(_squeezed(following)):
            starts.append(lines[k][0])
    return starts


def _concatenated_starts(text: str, lo: int, hi: int, *, shown: bool) -> list[int]:
    """Starts, after ``lo``, of the further texts in ``text[lo:hi]`` a crawler set one after another: each
    order that opens after a sentence (:func:`_order_start`), and, once the page shows such a run (``shown``, or
    a second order here), each title block (:func:`_title_blocks_after`).  One pass: each order is looked for
    after the line of the one before."""
    orders: list[int] = []
    previous = lo
    order = _order_start(text, lo, hi)
    while order is not None:
        if holds_sentence(text, previous, order):
            orders.append(order)
            previous = order
        order = _order_start(text, _line_end_of(text, order, hi), hi)
    if not shown and not orders:
        return []
    titles = _title_blocks_after(text, lo if shown else orders[0], hi)
    return sorted(at for at in set(orders + titles) if at > lo)


def _concatenated_parts(text: str, seg: Segment, *, shown: bool = True) -> list[Segment]:
    """``seg`` cut where another order or another title block opens (:func:`_concatenated_starts`): the texts
    after the first are documents of their own, each then cut as a notice and what it issues
    (:func:`_issued_parts`).  Asked of an attachment of a page already shown to hold unrelated texts one after
    another (result.txt, F14-C6: ``附件⏎铁路沿线安全环境治理部际联席会议制度`` went on with 国务院办公厅关于进一步
    优化营商环境…的意见, 2020, and its 通报), and of what an order issues."""
    starts = _concatenated_starts(text, seg.start, seg.end, shown=shown)
    if not starts:
        return _issued_parts(text, seg)
    bounds = [seg.start] + starts + [seg.end]
    head = Segment(bounds[0], bounds[1], seg.role, seg.attachment_no, seg.issued, seg.supplementary, seg.compiled,
                   annex=seg.annex, concatenated=seg.concatenated)
    out = _issued_parts(text, head)
    for a, b in zip(bounds[1:], bounds[2:]):
        out.extend(_issued_parts(text, Segment(a, b, "main", compiled=True, concatenated=True)))
    return out


def _restarted_parts(text: str, seg: Segment) -> list[Segment]:
    """A main document cut where another law starts its numbering again under its own title
    (:func:`restarted_laws`): each law after the first is a document of its own, as a compilation's part."""
    if seg.role != "main" or seg.supplementary or seg.annex:
        return [seg]
    return _main_cut_at(seg, restarted_laws(text, seg.start, seg.end), concatenated=False)


def _main_cut_at(seg: Segment, starts: list[int], *, concatenated: bool) -> list[Segment]:
    """``seg`` (a main document) cut at ``starts``: its head keeps what it was, each part after it is a compiled main
    document (``concatenated``: set one after another as a crawler's unrelated texts are)."""
    if not starts:
        return [seg]
    bounds = [seg.start] + starts + [seg.end]
    head = Segment(bounds[0], bounds[1], seg.role, seg.attachment_no, seg.issued, seg.supplementary, seg.compiled,
                   annex=seg.annex, concatenated=seg.concatenated)
    return [head] + [Segment(a, b, "main", compiled=True, concatenated=concatenated) for a, b in zip(bounds[1:], bounds[2:])]


def _gazette_parts(text: str, seg: Segment) -> list[Segment]:
    """A main document cut where a gazette page's next signed act starts (:func:`.gazette.gazette_act_starts`: the
    Macau gazette's several 批示 on one page, F18-S1): each act after the first a document of its own, set one after
    another as a crawler's unrelated texts are (no notice and its attachments)."""
    if seg.role != "main" or seg.supplementary or seg.annex:
        return [seg]
    return _main_cut_at(seg, gazette_act_starts(text, seg.start, seg.end), concatenated=True)


def _unsqueezed_end(line: str, count: int) -> int:
    """The offset in ``line`` after its first ``count`` characters that are no whitespace (where
    :func:`_squeezed`'s ``count`` ends in the line as written)."""
    seen = 0
    for k, ch in enumerate(line):
        if seen == count:
            return k
        if not ch.isspace():
            seen += 1
    return len(line)


def _line_end_of(text: str, pos: int, hi: int) -> int:
    end = text.find("\n", pos, hi)
    return hi if end < 0 else end


def _split_issued(text: str, seg: Segment) -> list[Segment]:
    """A segment cut where the notice in it signs off before the text it issues (and where an
    order starts after other text)."""
    lo, hi = seg.start, seg.end
    order = _order_start(text, lo, hi)
    if order is not None and seg.role != "attachment" and holds_sentence(text, lo, order):
        if not _names_issued(text, lo, order, hi):  # unrelated texts a crawler concatenated
            return _concatenated_parts(text, seg)
        head = Segment(lo, order, "notice" if seg.role == "main" else seg.role, seg.attachment_no)
        rest = _split_issued(text, Segment(order, hi, "attachment", None, True))
        return [head] + rest
    if seg.issued:
        # another order, or a text under its own title block, after the text an order issued: a document of its own,
        # not an attachment of the first
        return _concatenated_parts(text, seg, shown=True)
    return _issued_parts(text, seg)


def _issued_parts(text: str, seg: Segment) -> list[Segment]:
    """``seg`` cut where the notice in it signs off before the text it issues."""
    lo, hi = seg.start, seg.end
    if not _issues_text(text, lo, hi):
        return [seg]
    at = _issued_start(text, lo, hi)
    if at is None or not holds_sentence(text, lo, at):
        return [seg]
    role = "notice" if seg.role == "main" else seg.role
    head = Segment(lo, at, role, seg.attachment_no, seg.issued, annex=seg.annex, concatenated=seg.concatenated)
    title, _, _ = find_title(text[lo:at])
    more = _multiple_issued(text, at, hi, title) or _recorded_titles_after(text, at, hi)
    bounds = [at] + more + [hi]
    if _GLUED_ORDER.match(title) or ORDER_HEADER.match(_squeezed(text[lo:at].lstrip(_LINE_BLANKS + "\n").split("\n", 1)[0])):
        # what an order promulgates ends where a text under its own title block starts (a notice with its 文号 set
        # after the regulation: a crawler's concatenation, F14-C6)
        last = Segment(bounds[-2], hi, "attachment", None, True)
        tail = _concatenated_parts(text, last, shown=True)
        return [head] + [Segment(a, b, "attachment", None, True) for a, b in zip(bounds[:-2], bounds[1:-1])] + tail
    issued = [Segment(a, b, "attachment", None, True) for a, b in zip(bounds, bounds[1:])]
    return [head] + issued


#: A line that announces the full text of an instrument under it, as a news item or a notice that reports the instrument
#: announces it (most.gov.cn: ``《伦理规范》全文如下：``; ``现将《某条例》全文公布如下：``, ``条例原文如下：``, ``附：办法全文``
#: lines end so too).  The word says that what follows is the instrument itself (全文, 原文, 文本), not a summary of its
#: points (``主要内容如下：``, ``通知如下：`` announce the notice's own items).
_FULL_TEXT_FOLLOWS = lazy_regex(r"(?:全文|原文|文本)[^。；\n]{0,10}?如下[：:]$|^附?[：:]?[^。；，\n]{0,40}(?:全文|原文)[：:]?$")


def _embedded_start(text: str, lo: int, hi: int) -> int | None:
    r"""Where an instrument a news item or a notice embeds starts in ``text[lo:hi]``: the line under a line that announces
    its full text (:data:`_FULL_TEXT_FOLLOWS`, or a line ending with ``：`` that names in 《》 the title the next line opens
    with), when the text above holds a sentence and no article, and the text under it holds the instrument's articles
    (:func:`holds_articles`) under its own title (a title line, or a title glued to the preamble or the first article).
    None when there is no such point.

    most.gov.cn's news item on 新一代人工智能伦理规范 (field test 28, F28-C1) reports the norm, then ``《伦理规范》全文如下：``,
    then the norm with its 25 articles and its issuer's signature: the norm was one document with the news, under the
    news headline.

    >>> t = "某委员会发布了《某某规范》。\n《规范》全文如下：\n某某规范\n第一条 甲。\n第二条 乙。\n"
    >>> t[_embedded_start(t, 0, len(t)):].split("\n")[0]
    '某某规范'
    >>> t = "某委员会发布了《某某规范》。\n全文如下：\n某某规范为了规范某事，制定本规范。\n第一条 甲。\n第二条 乙。\n"
    >>> t[_embedded_start(t, 0, len(t)):].split("\n")[0]
    '某某规范为了规范某事，制定本规范。'
    >>> t = "某委员会今天发布《某某管理规范》。现将《某某管理规范》刊发：\n某某管理规范\n第一条 甲。\n第二条 乙。\n"
    >>> t[_embedded_start(t, 0, len(t)):].split("\n")[0]
    '某某管理规范'

    A law whose note stands above its title, a notice's own items, a summary of the points are none:

    >>> t = "某某条例\n第一条 甲。\n第二条 乙。\n说明：条例全文如下：\n某某条例\n第一条 甲。\n第二条 乙。\n"
    >>> _embedded_start(t, 0, len(t)) is None
    True
    >>> t = "为做好某工作，现将有关事项通知如下：\n某某规定\n第一条 甲。\n第二条 乙。\n"
    >>> _embedded_start(t, 0, len(t)) is None
    True
    >>> t = "某委员会发布了《某某规范》，主要内容如下：\n一、甲。\n二、乙。\n"
    >>> _embedded_start(t, 0, len(t)) is None
    True
    """
    if text.find("如下", lo, hi) < 0 and text.find("全文", lo, hi) < 0 and text.find("原文", lo, hi) < 0 \
            and text.find("》", lo, hi) < 0:
        return None  # (cheap gate: nothing announces a text)
    lines = _split_lines(text, lo, hi)
    for k in range(len(lines) - 2):
        s, e = lines[k]
        line = _strip(text[s:e])
        if not line.endswith(("：", ":")) and not line.endswith(("全文", "原文")):
            continue
        at = lines[k + 1][0]
        first = _strip(text[at:lines[k + 1][1]])
        quoted = [m.group("title") for m in _BOOK_TITLE.finditer(line)]
        named = any(len(_squeezed(title)) >= 4 and _squeezed(first).startswith(_squeezed(title)) for title in quoted)
        if not _FULL_TEXT_FOLLOWS.search(line) and not (named and line.endswith(("：", ":"))):
            continue
        if not holds_sentence(text, lo, e) or holds_articles(text, lo, s) or not holds_articles(text, at, hi):
            return None  # (the text above is an instrument itself, or nothing of a wrapper: no cut anywhere)
        titled = (_title_like(first) and TITLE_END.search(first)) or title_before_preamble(first) \
            or title_before_first_article(first)
        if not titled and not named:
            continue
        return at
    return None


def _embedded_parts(text: str, seg: Segment) -> list[Segment]:
    """A main document cut where the instrument it embeds starts (:func:`_embedded_start`): the wrapper (a news item, a
    notice that reports a text) stays the main document, the instrument is a document of its own issued under it."""
    if seg.role != "main" or seg.compiled or seg.supplementary or seg.annex or seg.concatenated:
        return [seg]
    at = _embedded_start(text, seg.start, seg.end)
    if at is None:
        return [seg]
    return [Segment(seg.start, at, seg.role, seg.attachment_no), Segment(at, seg.end, "attachment", None, True)]


#: The title of an interpretation or a drafting explanation published with the text it explains
#: (``关于调整部分住房公积金贷款提取规定的解读``, ``《某某办法》政策解读``, ``关于《某某条例》的起草说明``).
_EXPLANATION_TITLE = lazy_regex(r"^(?:关于|《)[^\n。；;，,：:]{2,60}(?:解读|起草说明)$")


def _split_explanations(text: str, seg: Segment) -> list[Segment]:
    """``seg`` cut before each interpretation (解读) or drafting explanation (起草说明) that follows the
    text it explains without a marker: a title line of that kind right after a line that ends a
    sentence, with a body under it.  A red-header PDF of 东莞市住房公积金管理委员会 (field test 8b, F8B-R3)
    prints its notice's last item ``三、停止受理物业管理费提取。`` and then ``关于调整部分住房公积金贷款提取规定的
    解读``: the 解读 was kept inside the notice.

    >>> t = "关于调整某规定的通知\\n一、调整额度。\\n二、停止受理。\\n关于调整某规定的解读\\n一、关于调整额度\\n资金压力加大。\\n"
    >>> [(s.role, t[s.start:s.end].split("\\n")[0]) for s in _split_explanations(t, Segment(0, len(t), "main"))]
    [('main', '关于调整某规定的通知'), ('attachment', '关于调整某规定的解读')]
    >>> t = "某通知\\n附件：\\n关于某办法的解读\\n现将解读印发。\\n"
    >>> len(_split_explanations(t, Segment(0, len(t), "main")))
    1
    """
    if seg.compiled or (text.find("解读", seg.start, seg.end) < 0 and text.find("起草说明", seg.start, seg.end) < 0):
        return [seg]
    lines = _split_lines(text, seg.start, seg.end)
    starts = []
    for k in range(1, len(lines) - 1):
        line = _strip(text[lines[k][0]:lines[k][1]])
        if (_EXPLANATION_TITLE.match(line) and _title_like(line)
                and _strip(text[lines[k - 1][0]:lines[k - 1][1]]).endswith(("。", "；", "！", "？"))):
            starts.append(lines[k][0])
    if not starts:
        return [seg]
    bounds = [seg.start] + starts + [seg.end]
    pieces = [Segment(bounds[0], bounds[1], seg.role, seg.attachment_no, seg.issued, seg.supplementary, annex=seg.annex)]
    return pieces + [Segment(a, b, "attachment") for a, b in zip(bounds[1:], bounds[2:])]


def _recorded_titles_after(text: str, at: int, hi: int) -> list[int]:
    """Starts of the further texts with a title and an adoption record after the one at ``at``: the
    decisions a page sets one after another (the Basic Law's flk txt: three NPCSC decisions on its
    附件三 and the amendments of 附件一/附件二 after the law; only the first was cut)."""
    starts: list[int] = []
    while True:
        lines = _split_lines(text, at, hi)
        k = _recorded_title(text, lines)
        if k is None:
            return starts
        at = lines[k][0]
        starts.append(at)


def letter_spaced(line: str) -> str:
    """A title set with a space between its characters (``国 务 院 工 作 规 则``) without them.

    >>> letter_spaced("国 务 院 工 作 规 则"), letter_spaced("国务院办公厅　中央军委办公厅")
    ('国务院工作规则', '国务院办公厅　中央军委办公厅')
    """
    parts = line.split()
    if len(parts) >= 3 and all(len(p) == 1 for p in parts):
        return "".join(parts)
    if len(parts) >= 2 and sum(len(p) == 1 for p in parts) >= len(parts) - 1 and len(parts) >= 4:
        return "".join(parts)
    return line


#: What the title of an annex ends with besides an instrument's kind: a table (``…数量认定标准表``,
#: ``车船税税目税额表``), a figure (``…纵断面图``), a proposal an act approves (the Basic Law booklet's
#: ``香港特别行政区基本法起草委员会⏎关于设立…⏎…基本法委员会的建议`` under ``附``).
ANNEX_TITLE_END = lazy_regex(_KINDS + r"(?:[（(][^（）()]{1,20}[）)])*(?:全文)?$|(?:[表图]|建议)(?:[（(][^（）()]{1,20}[）)])*$")


def _title_block(text: str, lines: list[tuple[int, int]], i: int, *,
                 ends: regex.Pattern[str] = TITLE_END) -> tuple[str, int, int]:
    """The title starting at line ``i``: the line, joined with the lines after it while the
    block has not ended with what a title ends with (``ends``: :data:`TITLE_END`, or
    :data:`ANNEX_TITLE_END` under an annex's marker).  (title, end offset, last line index)."""
    raw = letter_spaced(_strip(text[lines[i][0]:lines[i][1]]))
    marked = raw[:1] not in ("*", "＊", "#", "＃")  # not a Markdown heading or emphasis (**…**)
    first = _unmarked(raw) if marked else raw
    title, last = first, i
    # a line that ends like a title inside an open book title is cut (``…关于公开征求《遵义市地方立法条例`` ⏎
    # ``(修订草案)》意见的公告``: field test 10, F10-Z1)
    if not ends.search(title) or title.count("《") > title.count("》"):
        joined, j = title, i
        while j + 1 < len(lines):
            # a book title opened and not closed goes on (《…基本法 ⏎ 附件一 ⏎ …修正案》的决定), its
            # lines whatever they look like, over at most TITLE_OPEN_LINES lines
            open_quote = joined.count("《") > joined.count("》")
            if j - i >= (TITLE_OPEN_LINES if open_quote else 3):
                break
            nxt = text[lines[j + 1][0]:lines[j + 1][1]]
            if len(joined) + len(_strip(nxt)) > 120 or not (
                    _title_like(nxt) or open_quote and not _strip(nxt).endswith(_SENTENCE_END)) or _SITE_HEADER.match(_strip(nxt)):
                break
            joined += _unmarked(letter_spaced(_strip(nxt))) if marked else letter_spaced(_strip(nxt))
            j += 1
            if ends.search(joined) and joined.count("《") <= joined.count("》"):
                title, last = joined, j
                break
    return title, lines[last][1], last


#: The first line of an adoption record, which may wrap before its verb (``(1990年4月4日第七届全国人民代表大会`` ⏎
#: ``第三次会议通过）``).
_RECORD_START = lazy_regex(r"^[（(][0-9〇零○一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月")


#: What opens the second line of a title wrapped before a conjunction (``…立法会的产生办法`` ⏎ ``和表决程序``).
_GOES_ON = ("和", "及", "与", "與", "或")


def _marker_title(text: str, lines: list[tuple[int, int]], title: str) -> tuple[str, int, None]:
    """The title an attachment's marker line carries (``附件二 香港特别行政区立法会的产生办法``), with the
    next line when the title wrapped before a conjunction (``和表决程序^@``), footnote marks dropped.

    >>> t = "附件二 香港特别行政区立法会的产生办法 \\n和表决程序^@\\n一、立法会的产生办法\\n"
    >>> _marker_title(t, _split_lines(t, 0, len(t)), "香港特别行政区立法会的产生办法 ")[:2]
    ('香港特别行政区立法会的产生办法和表决程序', 28)
    """
    title, end = _unmarked(_strip(title)), lines[0][1]
    if len(lines) > 1:
        nxt = _strip(text[lines[1][0]:lines[1][1]])
        if nxt.startswith(_GOES_ON) and len(nxt) <= 30 and not nxt.endswith(_SENTENCE_END):
            title, end = title + _unmarked(nxt), lines[1][1]
    return title, end, None


def _title_over_record(text: str, lines: list[tuple[int, int]]) -> tuple[str, int, None] | None:
    """The title of a compilation's part (``lines[0]`` is its heading ``文件N``): every line from the
    next down to its adoption record (``(1997年2月23日第八届…通过）``), when that record comes within
    :data:`TITLE_OPEN_LINES` lines and no line before it ends a sentence.  The booklet's titles run over
    up to five lines, some opening with an article they interpret (``…关于根据⏎《…基本法》⏎第一百六十条
    处理香港原有法律的决定``).

    >>> t = "文件十八\\n全国人民代表大会常务委员会关于根据\\n《中华人民共和国香港特别行政区基本法》\\n第一百六十条处理香港原有法律的决定\\n(1997年2月23日第八届全国人民代表大会常务委员会第二十四次会议通过）\\n"
    >>> _title_over_record(t, _split_lines(t, 0, len(t)))[0]
    '全国人民代表大会常务委员会关于根据《中华人民共和国香港特别行政区基本法》第一百六十条处理香港原有法律的决定'
    """
    parts: list[str] = []
    for k in range(1, min(len(lines), TITLE_OPEN_LINES + 2)):
        line = _strip(text[lines[k][0]:lines[k][1]])
        if _RECORD_START.match(_squeezed(line)):
            return ("".join(parts), lines[k - 1][1], None) if parts else None
        if line.endswith(_SENTENCE_END) or len(parts) >= TITLE_OPEN_LINES:
            return None
        parts.append(_unmarked(letter_spaced(line)))
    return None


#: Lines a title runs over while a book title it opened is not closed.
TITLE_OPEN_LINES = 6
#: Footnote marks a printed title carries at its end (the booklet of the Basic Law: ``香港特别行政区
#: 基本法*``, ``…产生办法^@``): no part of the title.
_TITLE_FOOTNOTE = lazy_regex(r"(?<=[\p{Han}》）)])[*＊#＃^@]{1,3}$")


def _unmarked(line: str) -> str:
    """A title line without the footnote marks at its end.

    >>> _unmarked("香港特别行政区基本法*"), _unmarked("和表决程序^@"), _unmarked("C++"), _unmarked("**若干措施**")
    ('香港特别行政区基本法', '和表决程序', 'C++', '**若干措施**')
    """
    if line and line[-1] in "*＊#＃^@" and line[0] not in "*＊#＃":  # **…** is emphasis, # a heading
        return _TITLE_FOOTNOTE.sub("", line)
    return line


_KIND_AFTER_DE = lazy_regex(r"的" + _KINDS)
#: A kind word anywhere in a line (:func:`title_before_preamble`).
_KIND_IN_LINE = lazy_regex(_KINDS)
#: What cannot follow a title's kind word when the title goes on (…的意见的通知, …的通知和…).
_TITLE_GOES_ON = "的和及与、》”）)"


def glued_title(line: str) -> str | None:
    """A title an extraction glued to the salutation under it: the line opens with ``…关于…的通知``
    and goes on with the addressees, ending with ``：`` (pbc.gov.cn PDFs: ``中国人民银行关于印发
    《…》的通知农信银资金清算中心有限责任公司：``).  None for any other line.

    >>> glued_title("中国人民银行关于规范单位结算卡业务管理的通知中国人民银行上海总部，各分行、营业管理部：")
    '中国人民银行关于规范单位结算卡业务管理的通知'
    >>> glued_title("国务院关于同意某某的批复的通知各省、自治区人民政府：")
    '国务院关于同意某某的批复的通知'
    >>> [glued_title(s) for s in ("各有关单位：", "根据《关于某事的通知》要求，现将有关事项通知如下：", "关于《某某细则》的解读如下：")]
    [None, None, None]
    """
    if not line.endswith(("：", ":")) or "关于" not in line[:60] or "。" in line:
        return None
    for m in _KIND_AFTER_DE.finditer(line, line.index("关于")):
        rest = line[m.end():]
        if len(rest) < 6 or rest[0] in _TITLE_GOES_ON or not _HAN.match(rest) or rest.startswith("如下"):
            continue
        title = line[:m.end()]
        if "《" in line[:line.index("关于")] or title.count("《") != title.count("》") or "，" in title:
            return None
        return title
    return None


#: The label of a text's first article and the blank after it (``第一条　``), where an extraction glued it
#: to the title above it; not before words that go on citing it (``第一条 的规定``, ``第一条 第二款``).
_FIRST_ARTICLE_LABEL = lazy_regex(rf"第{_HS}*[一1]{_HS}*[条條]{_HS}+(?=\S)(?![之规第款项、，,；;至和或及与的中所关以有])")
#: How a clause that cites an article of a text opens or what it names just before the label
#: (``根据本办法第一条``, ``依照某某条例第一条``): no title.
_CITES_BEFORE = ("本法", "本办法", "本条例", "本规定", "本细则", "本规则", "本决定", "本章")
_CITES_OPENING = ("根据", "依照", "按照", "依据", "违反", "适用", "参照", "执行", "对照", "比照")


def title_before_first_article(line: str) -> str | None:
    """A title an extraction glued to the first article under it: the line opens with a title that
    ends with its kind (``…监督管理办法``) and goes on with ``第一条``, a blank and the article's text
    (pbc.gov.cn's PDF of 银发〔2013〕30号, 000368: ``农信银资金清算中心有限责任公司监督管理办法第一条　为加强对…``:
    the 办法 had no title and no 第一条).  None for any other line.

    >>> title_before_first_article("农信银资金清算中心有限责任公司监督管理办法第一条　为加强监督管理，制定本办法。")
    '农信银资金清算中心有限责任公司监督管理办法'

    A clause citing an article, a label at the line start, a title with nothing after the label are none:

    >>> [title_before_first_article(s) for s in ("根据本办法第一条 规定的情形，处罚款。", "第一条　为了规范，制定本办法。",
    ...                                          "依照某某条例第一条 办理。", "某某办法第一条 ", "《某某办法》第一条 规定")]
    [None, None, None, None, None]
    """
    m = _FIRST_ARTICLE_LABEL.search(line, 0, 100)
    if m is None:
        return None
    title = _strip(line[:m.start()])
    if (len(_squeezed(title)) < 4 or not TITLE_END.search(title) or not _title_like(title)
            or title.endswith(_CITES_BEFORE) or title.startswith(_CITES_OPENING)
            or title.count("《") != title.count("》")):
        return None
    return title


#: A title an extraction glued to its preamble: the title (ending with its kind), then the purpose or basis clause
#: (为, 为了, 根据, 依据 …) that names the text as 本 + the same kind (``…伦理规范为深入贯彻…，制定本规范。``).
_PREAMBLE_OPENING = ("为了", "为", "根据", "依据", "依照", "按照", "鉴于")


def title_before_preamble(line: str) -> str | None:
    """A title an extraction glued to the preamble under it: the line opens with a title that ends with its kind
    (``新一代人工智能伦理规范``) and goes on with a purpose or basis clause (``为深入贯彻…``) that calls the text by that
    kind (``制定本规范``), the evidence that the clause is the title's own text's (most.gov.cn's crawl, field test 28
    F28-C1).  None for any other line.

    >>> title_before_preamble("新一代人工智能伦理规范为深入贯彻《新一代人工智能发展规划》，增强伦理意识，制定本规范。")
    '新一代人工智能伦理规范'
    >>> title_before_preamble("某某市物业管理办法为了规范物业管理，根据有关法律，结合本市实际，制定本办法。")
    '某某市物业管理办法'

    A sentence that names the text otherwise, or a clause with no 本 + the kind, is none:

    >>> [title_before_preamble(s) for s in ("本办法为了规范物业管理，制定本办法。", "某某市物业管理办法为了规范物业管理，制定本条例。",
    ...                                     "根据某某办法为了规范，制定本办法。", "某某办法为期三年。")]
    [None, None, None, None]
    """
    if len(line) < 12 or "，" not in line:
        return None
    for m in _KIND_IN_LINE.finditer(line, 0, 60):
        rest = line[m.end():]
        if not rest.startswith(_PREAMBLE_OPENING):
            continue
        title = line[:m.end()]
        kind = m.group()
        if (len(_squeezed(title)) < 4 or not _title_like(title) or title.startswith(("本", "该", "此") + _CITES_OPENING)
                or title.count("《") != title.count("》")
                or not any(f"本{kind[j:]}" in rest for j in range(max(1, len(kind) - 1)))):  # 管理办法: 本办法
            return None
        return title
    return None


#: How many lines at a document's head :func:`find_title` reads past chrome for its title.
TITLE_HEAD_LINES = 8
#: How far :func:`find_title` looks for a breadcrumb under a saved page's menus.
CHROME_SEARCH_LINES = 40


def _breadcrumb_after(text: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Index of a breadcrumb among ``lines`` after line ``i`` when every line from ``i`` down to
    it is a menu's (short, no sentence): the 德州 page's ``德州市住房公积金中心主办`` ⏎ ``首　页`` ⏎
    ``网上服务厅`` … ⏎ ``您所在的位置： 德州市住房公积金 > 通知公告 > 正文`` ⏎ its title."""
    for k in range(i, len(lines)):
        line = _strip(text[lines[k][0]:lines[k][1]])
        if is_breadcrumb(line):
            return k if k > i or i > 0 else None
        if len(_squeezed(line)) > 30 or line.endswith(_SENTENCE_END) or "\t" in line:
            return None
    return None


#: A menu's item: a link's few words (``首　页``, ``网上服务厅``, ``资讯中心``, ``×``).
MENU_ITEM_CHARS = 8
#: A title under a menu is longer than any of the menu's items (``通知公告`` ends as a title does).
MENU_TITLE_MIN_CHARS = 12
#: A booklet's colophon line: organs, each followed by what it did for the booklet (出版, 设计, 印…), nothing else
#: (the HK government's 憲法及基本法 booklet: ``香港特别行政区政府政制及内地事务局出版`` ⏎ ``政府新闻处设计 政府物流服务署印`` were
#: the first lines of the title 香港特别行政区政府政制及内地事务局出版政府新闻处设计 政府物流服务署印中华人民共和国宪法, field
#: test 16 F16-M4).  The verb follows an organ's name directly: a title wrapped after 出版 (``国家新闻出版署关于规范网络出版``
#: ⏎ ``服务的通知``) is none.
_COLOPHON_LINE = lazy_regex(rf"(?:\p{{Han}}{{2,30}}?{ORGAN_ENDINGS}(?:出版|设计|設計|印制|印製|印刷|编印|編印|承印|发行|發行|监制|監製|印)){{1,4}}")
_COLOPHON_CHARS = 60
#: ... or, when the items are short, more than twice as long as the longest and this long at least.
MENU_SHORT_TITLE_CHARS = 8


def _title_under_menu(text: str, lines: list[tuple[int, int]], i: int, items: int = 2) -> int | None:
    """Index of the title under a saved page's menu that runs from line ``i``: every line from ``i`` on is a
    menu's item (at most :data:`MENU_ITEM_CHARS` characters, no sentence, not ending as a title does), at least two
    of them (``items``: one under chrome lines already passed), down to a line that ends as a title does
    (:data:`TITLE_END`) and is longer than any item.  A line a title wraps after (``国务院关于``, ``…的``), an organ's
    name above a title that opens with 关于 (``中共中央`` ⏎ ``国务院`` ⏎ ``关于…的意见``) are the title's.  The 德州
    page's ``德州市住房公积金中心主办`` ⏎ ``首　页`` ⏎ ``网上服务厅`` ⏎ ``资讯中心`` ⏎ ``信息公开`` ⏎ ``政务服务`` ⏎ ``×`` ⏎ its
    title: found under its breadcrumb (:func:`_breadcrumb_after`) until the cleaner removed that line as furniture.

    >>> t = "首\\u3000页\\n网上服务厅\\n资讯中心\\n×\\n某市住房公积金管理委员会关于调整贷款政策的通知\\n"
    >>> _title_under_menu(t, _split_lines(t, 0, len(t)), 0)
    4

    A heading over the text's sections, a short title, a menu over no title are none:

    >>> t = "工作总结\\n一、基本情况\\n二、主要做法\\n"
    >>> _title_under_menu(t, _split_lines(t, 0, len(t)), 0) is None
    True
    >>> t = "首页\\n通知公告\\n"
    >>> _title_under_menu(t, _split_lines(t, 0, len(t)), 0) is None
    True

    A short title more than twice as long as the menu's items (a domain registrar's help page, F16-M6):

    >>> t = "历史记录\\n\\n帮助中心\\n\\n网络出版服务管理规定\\n\\n《网络出版服务管理规定》已经…通过，现予公布。\\n"
    >>> _title_under_menu(t, _split_lines(t, 0, len(t)), 0)
    2
    """
    longest = 0  # the longest item of the menu
    for k in range(i, len(lines)):
        line = _strip(text[lines[k][0]:lines[k][1]])
        squeezed = _squeezed(line)
        if len(squeezed) <= MENU_ITEM_CHARS and not line.endswith(_SENTENCE_END) and "\t" not in line \
                and not TITLE_END.search(squeezed) and not _LABEL_START.match(line) and not _DATE_LINE.match(line) \
                and not squeezed.endswith(_TITLE_GOES_ON_AFTER):
            longest = max(longest, len(squeezed))
            continue
        # a short title under short items (歷史記錄 ⏎ 幫助中心 ⏎ 網絡出版服務管理規定, a registrar's help page, F16-M6)
        long_enough = len(squeezed) >= MENU_TITLE_MIN_CHARS or len(squeezed) >= max(MENU_SHORT_TITLE_CHARS, 2 * longest + 1)
        if (k - i >= items and long_enough and TITLE_END.search(squeezed)
                and _title_like(line)
                and not (squeezed.startswith("关于") and _ORGAN.match(_strip(text[lines[k - 1][0]:lines[k - 1][1]])))):
            return k
        return None
    return None


#: An order's number opening the line its text goes on (``第　561　号 　　《防治船舶污染海洋环境管理条例》已经…``: the page's
#: breaks lost, field test 23 F23-D4; the order had no title and no 文号).
_ORDER_NUMBER_OPENS = lazy_regex(r"[ \t\u3000\xa0]*(?P<number>第[ \t\u3000]*[0-9]{1,4}[ \t\u3000]*号)(?=[ \t\u3000\xa0]+\S)")

#: What a title's line ends with when the title goes on below it (``国务院关于`` ⏎ ``印发…的通知``).
_TITLE_GOES_ON_AFTER = ("关于", "的", "和", "及", "与", "印发", "转发", "批转", "、")


def find_title(text: str, *, one_headline: bool = False) -> tuple[str, int, str | None]:
    """The title of a document, the end of its title block (0 if none), and a qualifier line.

    The qualifier is a parenthesised line right under the title such as
    ``（征求意见稿）`` or ``（2021年修订）``.

    >>> find_title("马鞍山市\\n关于《马鞍山市若干政策》的起草说明\\n一、背景")[0]
    '关于《马鞍山市若干政策》的起草说明'
    >>> find_title("附件1\\n常州市促进智能制造发展条例\\n(征求意见稿)\\n目 录")
    ('常州市促进智能制造发展条例', 17, '征求意见稿')
    >>> find_title("为推进科学立法，现将《某市条例(草案)》公开征求意见。\\n一、时间")[0]
    '某市条例(草案)'
    >>> find_title("根据《某市人民政府关于加强立法工作的意见》，我局草拟了《某市规章项目库管理办法》（征求意见稿），现公开征求意见。\\n")[0]
    '某市规章项目库管理办法'
    >>> find_title("国家能源局举行新闻发布会，并回答记者提问。" + "介绍有关情况。" * 60 + "起草《某某实施办法》，正在向全社会公开征求意见。")[0]
    ''
    >>> find_title("国务院关于在市场监管领域全面推行\\n部门联合“双随机、一公开”监管的意见\\n国发〔2019〕5号\\n各省：")[0]
    '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见'
    >>> find_title("某市人大常委会办公室关于公开征求《某市地方立法条例\\n(修订草案)》意见的公告\\n某日，会议审议。")[0]
    '某市人大常委会办公室关于公开征求《某市地方立法条例(修订草案)》意见的公告'
    >>> find_title("京中医科字〔2021〕118号\\n各有关单位：\\n根据《关于某事的通知》要求，现公示。")[0]
    ''
    >>> find_title("沪府发〔2017〕92号\\n上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知\\n各区人民政府：")[0]
    '上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知'
    >>> find_title("中华人民共和国国务院令\\n第707号\\n现公布《某条例》。\\n总理　李克强\\n2018年12月18日\\n")[0]
    '中华人民共和国国务院令第707号'
    >>> find_title("中华人民共和国国务院令\\n\\n第　561　号 　　《某条例》已经国务院常务会议通过，现予公布。\\n")[:2]
    ('中华人民共和国国务院令第561号', 20)

    A case's number on a line of its own is no title; its name under it is (F22-D1):

    >>> find_title("（检例第166号）\\n最高人民检察院督促整治万峰湖流域生态环境受损公益诉讼案\\n\\n（检例第166号）\\n\\n【关键词】\\n")[0]
    '最高人民检察院督促整治万峰湖流域生态环境受损公益诉讼案'

    An annex with no title line is called by its marker, supplementary provisions by their heading:

    >>> find_title("附件一\\n全国人民代表大会常务委员会制定的下列条例，予以废止：\\n1．某某条例\\n")[:2]
    ('附件一', 3)
    >>> find_title("附　则　抄\\n（施行期日）\\n第一条　本法自公布之日起施行。\\n")[:2]
    ('附则抄', 5)

    ``one_headline``: the text is a web crawl's blocks, one a line (a CCNet record's ``raw_content``,
    ``crawl_record.web_blocks``): a title is one headline, joined with the next line only when it cannot end there
    (:func:`_headline_goes_on`; R19-F5: two headlines ``区委理论学习中心组开展专题学习`` ⏎ ``全市经济运行情况通报``
    were one title):

    >>> find_title("区委理论学习中心组开展专题学习\\n全市经济运行情况通报\\n会议强调，要认真学习。", one_headline=True)[0]
    '区委理论学习中心组开展专题学习'
    >>> find_title("关于进一步加强安全生产工作的\\n通知\\n各区县人民政府：", one_headline=True)[0]
    '关于进一步加强安全生产工作的通知'
    """
    lines = _non_empty_lines(text, 0, CHROME_SEARCH_LINES)
    if not lines:
        return "", 0, None
    i = 0
    marker = None
    compiled = compiled_title(text) if lines[0][1] - lines[0][0] < 90 else None
    if compiled is not None:
        return compiled[0], compiled[1], None  # 1. 宪法 ⏎ （1982年12月4日通过…）: an instrument of a compendium
    if _COMPILATION_PART.match(text, lines[0][0], lines[0][1]):
        titled = _title_over_record(text, lines)
        if titled is not None:
            return titled
        i = 1  # 文件十: the title is under the part's heading
    elif (marker := _ATTACHMENT.match(text, lines[0][0], lines[0][1])) is not None:
        inline = marker.group("title")
        if inline and _title_like(inline) and len(_squeezed(inline)) >= 4:
            # 附件一 香港特别行政区行政长官的产生办法^@: the title on the marker's line (not a field
            # set beside the marker: 附件一　…　鉴证编号：E2－)
            return _marker_title(text, lines, inline)
        i = 1
    header = _squeezed(text[lines[i][0]:lines[i][1]]) if i < len(lines) else ""
    if i == 0 and "则" in header and _SUPPLEMENTARY.match(text, lines[0][0], lines[0][1]):
        return header, lines[0][1], None  # supplementary provisions: 附　则　抄 is what the law calls them
    if ORDER_HEADER.match(header) and i + 1 < len(lines) and is_doc_number(text[lines[i + 1][0]:lines[i + 1][1]]):
        return header + _squeezed(text[lines[i + 1][0]:lines[i + 1][1]]), lines[i + 1][1], None
    opening = _ORDER_NUMBER_OPENS.match(text, lines[i + 1][0], lines[i + 1][1]) if (
        ORDER_HEADER.match(header) and i + 1 < len(lines)) else None
    if opening is not None:  # 第　561　号 　　《…》已经…: the order's text goes on on its number's line (F23-D4)
        return header + _squeezed(opening.group("number")), opening.end("number"), None
    joint = _joint_order_title(text, lines, i)
    if joint is not None:
        return joint
    numbered = _TITLE_WITH_NUMBER.match(header) if i == 0 else None
    if numbered and is_doc_number(numbered.group("number")) and TITLE_END.search(numbered.group("title")):
        # 国务院关于加强环境保护重点工作的意见 国发 〔2011〕 35 号: the title, its number glued after it
        return numbered.group("title"), lines[i][0] + _unsqueezed_end(text[lines[i][0]:lines[i][1]], numbered.end("title")), None
    glued_order = _GLUED_ORDER.match(header)
    if glued_order and is_doc_number(glued_order.group("number")):  # 中华人民共和国国务院令第693号 on one line
        return glued_order.group(), lines[i][1] if glued_order.end() == len(header) else lines[i][0], None
    found: tuple[str, int, int] | None = None
    letterhead = False
    while i < len(lines):
        line = text[lines[i][0]:lines[i][1]]
        stripped = _strip(line)
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if i < TITLE_HEAD_LINES and stripped[-1:] in ".…" and (cut := _CUT_HEADLINE.fullmatch(_squeezed(stripped))) is not None:
            whole = _uncut_headline(text, lines, i, cut.group("head"))
            if whole is not None:
                return whole
        if _SITE_HEADER.match(stripped) and _title_like(nxt) and len(nxt.strip()) > len(stripped):
            i += 1
            continue
        if (i < TITLE_HEAD_LINES and _title_like(nxt) and len(_squeezed(nxt)) > len(_squeezed(stripped))
                and _is_organ_line(stripped) and _headline_like(nxt)
                and _title_block(text, lines, i, ends=ANNEX_TITLE_END if marker is not None else TITLE_END)[2] == i):
            i += 1  # a site's or a company's name over a headline that does not go on from it (617180.com, F15-N2)
            continue
        if _COLUMN_HEADER.match(stripped) and _title_like(nxt) and TITLE_END.search(_strip(nxt)):
            i += 1  # 通知公告 ⏎ 市规划资源局关于印发《…》的通知
            continue
        if i < TITLE_HEAD_LINES and (is_chrome_line(stripped) or _LETTERHEAD_MARK.match(_squeezed(stripped))):
            i += 1  # a breadcrumb, a menu item, a font-size bar … above the title
            continue
        if i < TITLE_HEAD_LINES and _LETTERHEAD.match(_squeezed(stripped)):
            letterhead = True  # 中国人民银行文件 ⏎ 银发〔2006〕71号 ⏎ the title
            i += 1
            continue
        if letterhead and (is_doc_number(stripped) or _FIELD_LINE.match(stripped)):
            i += 1  # the letterhead's 文号 and 签发人：…
            continue
        if i < TITLE_HEAD_LINES and is_doc_number(stripped) and _title_like(nxt) and len(_squeezed(nxt)) >= 4:
            i += 1  # a 公文 printed without its letterhead: 沪府发〔2017〕92号 ⏎ the title (F9-P12)
            continue
        if (i < TITLE_HEAD_LINES and _CASE_NUMBER_LINE.fullmatch(stripped) and _title_like(nxt)
                and len(_squeezed(nxt)) >= 4 and not _CASE_NUMBER_LINE.fullmatch(_strip(nxt))):
            i += 1  # a case's number above its name: ``（检例第166号）`` ⏎ ``最高人民检察院督促整治…公益诉讼案`` (F22-D1)
            continue
        if i < TITLE_HEAD_LINES and len(stripped) <= _COLOPHON_CHARS and _COLOPHON_LINE.fullmatch(_squeezed(stripped)):
            i += 1  # a booklet's colophon above its first title (…事务局出版 ⏎ 政府新闻处设计 政府物流服务署印, F16-M4)
            continue
        if _title_like(line) and len(_squeezed(line)) >= 4:
            if marker is None and len(_squeezed(line)) <= MENU_ITEM_CHARS and not TITLE_END.search(stripped):
                # 资讯中心 ⏎ 信息公开 ⏎ … ⏎ the title: a menu's items (one is enough under chrome lines passed: 首页 ⏎ 机构概况)
                under = _title_under_menu(text, lines, i, 1 if i > 0 else 2)
                if under is not None:
                    i = under
                    continue
            found = _title_block(text, lines, i, ends=ANNEX_TITLE_END if marker is not None else TITLE_END)
            if one_headline and found[2] > i and not _headline_goes_on(_strip(text[lines[i][0]:lines[i][1]])):
                found = _title_block(text, lines[i:i + 1], 0)  # a crawl's block: one headline (R19-F5)
            break
        if _year_title_like(stripped):
            # a title that opens with its year, wrapped before its kind (gov.cn 046: ``附件：`` ⏎
            # ``2008年北京奥运会首都国际机场`` ⏎ ``协 调 委 员 会 组 建 方 案``): the block must end as a title does
            ends = ANNEX_TITLE_END if marker is not None else TITLE_END
            block = _title_block(text, lines, i, ends=ends)
            if block[2] > i and ends.search(block[0]):
                found = block
                break
        # a summary or lead paragraph above the real title (003): look one line further
        if i == 0 and len(stripped) > 90 and nxt and _title_like(nxt) and not title_before_preamble(stripped):
            i += 1
            continue
        glued = glued_title(stripped) or title_before_first_article(stripped) or title_before_preamble(stripped)
        if glued:  # the title and the salutation, or its first article, on one line: the title ends inside it
            return _after_letterhead(glued), lines[i][0] + line.index(stripped) + len(glued), None
        crumb = _breadcrumb_after(text, lines, i)
        if crumb is not None:
            i = crumb + 1  # a saved page's menus down to its breadcrumb, the title under it
            continue
        under = _title_under_menu(text, lines, i, 1 if i > 0 else 2) if marker is None else None
        if under is not None:
            i = under  # a saved page's menus (首　页 ⏎ 网上服务厅 …) without a breadcrumb, the title under them
            continue
        break
    if found is not None and marker is None:
        found = _echoed_title(text, lines, found)
        found = _notice_title_under(text, lines, found)
    if found is None:
        first = text[lines[0][0]:lines[0][1]]
        m = _ANNOUNCES.search(first[:_ANNOUNCE_REACH])
        if m:
            inner = _BOOK_TITLE.search(m.group())
            return inner.group("title").strip(), 0, None
        marker = _ATTACHMENT.match(first)
        if marker is not None and marker.group("n"):
            # a numbered annex without a title line (刑法's 附件一, a list of repealed decisions):
            # its marker is what the text calls it
            return _squeezed(first).rstrip("：:.．"), lines[0][1], None
        return "", 0, None
    title, end, last = found
    title = _unquoted(_after_letterhead(title))
    qualifier = None
    if last + 1 < len(lines):
        q = _strip(text[lines[last + 1][0]:lines[last + 1][1]])
        if _QUALIFIER.match(q):
            qualifier = q[1:-1].strip()
    return title, end, qualifier


#: How a headline ends that goes on on the next line: on a particle, a preposition, a conjunction, a clause mark or an
#: opening mark (``关于进一步加强安全生产工作的`` ⏎ ``通知``).
_HEADLINE_CUT_END = lazy_regex(r"(?:[的之和及与與或对對于於在为為把将將从從向以由就、，《（(“「]|关于|關於)$")


def _headline_goes_on(line: str) -> bool:
    """Whether a crawl block's headline ``line`` cannot end where it does (a cut end, a book title or bracket left open).

    >>> _headline_goes_on("关于进一步加强安全生产工作的"), _headline_goes_on("市政府召开常务会议"), _headline_goes_on("关于印发《某市")
    (True, False, True)
    """
    return bool(_HEADLINE_CUT_END.search(line)) or line.count("《") > line.count("》") or line.count("（") > line.count("）")


#: How a notice's own title ends (…的通知, …的决定, …的公告): the title of a text that issues, promulgates or
#: announces another.
_NOTICE_TITLE_END = lazy_regex(r"(?:通知|决定|公告|通告|批复|复函)$")


def _notice_title_under(text: str, lines: list[tuple[int, int]], found: tuple[str, int, int]) -> tuple[str, int, int]:
    r"""The notice's own title when the title ``found`` on a document's first line is a page's heading
    naming the text the notice issues: the next title block (past a rule ``--``, a tab's name or a date line) ends as a
    notice's title does and holds the heading (zgch1238/Huace's copies of 国发〔2021〕36号: ``“十四五”国家应急体系规划`` ⏎
    ``国务院关于印发`` ⏎ ``“十四五”国家应急体系规划的通知``: the notice was titled with the plan's name, as was the plan).
    Else ``found``.

    >>> t = "某某规划\n\n国务院关于印发\n\n某某规划的通知\n\n国发〔2021〕36号\n"
    >>> lines = _split_lines(t, 0, len(t))
    >>> _notice_title_under(t, lines, _title_block(t, lines, 0))[0]
    '国务院关于印发某某规划的通知'

    A title over a text that does not name it, or the same title twice, stays:

    >>> t = "某某规划\n关于做好某事的通知\n"
    >>> _notice_title_under(t, _split_lines(t, 0, len(t)), ("某某规划", 4, 0))[0]
    '某某规划'
    """
    title, _end, last = found
    if _NOTICE_TITLE_END.search(title):
        return found  # the heading is a notice's title itself (ytlst: the 甘肃 决定 over its byline 甘肃省人大常委会)
    k = last + 1
    for _skip in range(2):  # a rule under the page's heading (``--``), a tab's name (``政策全文``), the date it was posted
        if k < len(lines) and (is_chrome_line(text[lines[k][0]:lines[k][1]]) or _DATE_ONLY.match(_squeezed(text[lines[k][0]:lines[k][1]]))):
            k += 1
    if k >= len(lines) or not _title_like(text[lines[k][0]:lines[k][1]]):
        return found
    block = _title_block(text, lines, k)
    own, named = _squeezed(block[0]), _squeezed(title)
    if (_NOTICE_TITLE_END.search(own) and len(own) > len(named) and not own.endswith(named)
            and named in own.replace("《", "").replace("》", "")):
        return block
    return found


#: A page's ``<title>`` as an extractor wrote it on the text's first line: the title in lenticular brackets and the
#: site's name after a dash (``【关于印发《…》的通知（发改价格规〔2020〕100号）】-国家发展和改革委员会``, ndrc.gov.cn), or the
#: column's or site's name after an underscore, a dash or a bar (``…的通知_能源``, fgw.sh.gov.cn).
_PAGE_TITLE_WRAP = lazy_regex(
    r"^【(?P<bracketed>[^【】\n]{4,150})】(?:\s*[-_－—|｜]\s*\S{2,30})?$"
    r"|^(?P<suffixed>[^\n]{4,150}?)\s*[-_＿－—|｜]\s*\p{Han}{2,20}$"
)
#: A document number in parentheses closing a title (``…的通知（发改价格规〔2020〕100号）``).
_TITLE_NUMBER_TAIL = lazy_regex(r"[（(][^（）()\n]{1,20}[〔\[［(（][12][0-9]{3}[〕\]］)）][^（）()\n]{0,8}号[）)]$")
#: How many non-empty lines under the page's title :func:`_echoed_title` reads for the text's own heading.
_ECHO_LINES = 24
_ECHO_ORGANS = lazy_regex(rf"^\p{{Han}}{{2,40}}?{ORGAN_ENDINGS}(?:[、，]\p{{Han}}{{2,40}}?{ORGAN_ENDINGS}){{0,6}}$")


def _echoed_title(text: str, lines: list[tuple[int, int]], found: tuple[str, int, int]) -> tuple[str, int, int]:
    r"""The text's own heading when the title ``found`` on its first line is the page's ``<title>`` as an extractor
    wrote it (field test 13, electricity-policy-rag's texts of ndrc.gov.cn and fgw.sh.gov.cn: the title was
    ``【关于印发《区域电网输电价格定价办法》的通知（发改价格规〔2020〕100号）】-国家发展和改革委员会`` and
    ``…的通知_能源``).  The evidence is the page itself: the title without its wrapping (:data:`_PAGE_TITLE_WRAP`)
    is spelled again below, as a line or a block of up to three lines; the heading under it that puts its
    organs before it (``国家发展改革委关于印发`` ⏎ ``《区域电网输电价格定价办法》的通知``, the number left out) is
    the document's own; else the repeated title.  The wrapped line stays the title when nothing repeats it.

    >>> t = "【关于印发《某办法》的通知（某发〔2020〕1号）】-某委员会\n政务公开\n关于印发《某办法》的通知（某发〔2020〕1号）\n来源：\n某司\n某某委关于印发\n《某办法》的通知\n某发〔2020〕1号\n各省："
    >>> lines = _split_lines(t, 0, len(t))
    >>> title, end, last = _echoed_title(t, lines, _title_block(t, lines, 0))
    >>> title, t[end:end + 4]
    ('某某委关于印发《某办法》的通知', '\n某发〔')
    >>> t = "关于转发《某方案》的通知_能源\n/ 能源\n关于转发\n《某方案》的通知\n（发布日期：2021年01月07日\n各有关单位："
    >>> lines = _split_lines(t, 0, len(t))
    >>> _echoed_title(t, lines, _title_block(t, lines, 0))[0]
    '关于转发《某方案》的通知'

    A title with a dash that the page does not repeat stays whole:

    >>> t = "粤港澳大湾区-深圳前海规划\n一、总则\n"
    >>> lines = _split_lines(t, 0, len(t))
    >>> _echoed_title(t, lines, _title_block(t, lines, 0))[0]
    '粤港澳大湾区-深圳前海规划'
    """
    first = _strip(text[lines[0][0]:lines[0][1]])
    m = _PAGE_TITLE_WRAP.match(first)
    menus_only = False  # an unwrapped title repeated: only under a menu (a mirror repeats a title under its organ)
    if m is not None and _key(found[0]).startswith(_key(first)):  # the title block found opens on the first line
        bare = (m.group("bracketed") or m.group("suffixed")).strip()
    elif _key(found[0]) == _key(first) and TITLE_END.search(first):
        bare, menus_only = first, True  # the page's title over its menus, the text's heading under them (华北能源监管局's page)
    else:
        return found
    key = _key(bare)
    if not _title_like(bare) or len(key) < 6:
        return found
    stop = min(len(lines), 1 + _ECHO_LINES)
    squeezed = [_key(text[s:e]) for s, e in lines[:stop]]
    for i in range(1, stop):
        above = _strip(text[lines[i - 1][0]:lines[i - 1][1]])
        if i > 1 and (len(squeezed[i - 1]) > 30 or "\t" in above or above.endswith(_SENTENCE_END)):
            return found  # only a page's menus and breadcrumbs stand between the page's title and the text's heading
        if menus_only and i > 1 and (len(squeezed[i - 1]) > MENU_ITEM_CHARS or squeezed[i - 1] == key or _is_signature_line(above)):
            return found  # 河北省人工影响天气管理规定 ⏎ 河北省人民政府 ⏎ the title again: a mirror's head, no menu
        if menus_only and i == 1:
            continue  # the title repeated right under itself is no heading under a menu
        joined = ""
        for j in range(i, min(i + 3, stop)):
            joined += squeezed[j]
            if joined == key:
                echo = (_unquoted(bare), lines[j][1], j)  # as the page's title spells it: no blank of a wrap
                return _organ_heading(text, lines, echo, stop) or echo
            if len(joined) >= len(key) or not key.startswith(joined):
                break
    return found


def _organ_heading(text: str, lines: list[tuple[int, int]], echo: tuple[str, int, int], stop: int) -> tuple[str, int, int] | None:
    """The heading below a page's repeated title ``echo`` that is that title with its organs before it and without
    its closing number (``某委关于印发《某办法》的通知`` under ``关于印发《某办法》的通知（某发〔2020〕1号）``), or None."""
    bare = _TITLE_NUMBER_TAIL.sub("", _key(echo[0]))
    if not bare.startswith("关于"):
        return None
    for i in range(echo[2] + 1, stop):
        joined = ""
        head = len(_key(text[lines[i][0]:lines[i][1]]))
        for j in range(i, min(i + 4, stop)):
            joined += _key(text[lines[j][0]:lines[j][1]])
            # the organs open the heading's first line, and the title goes on on it (国家发展改革委关于印发)
            if (head > len(joined) - len(bare) > 0 and joined.endswith(bare)
                    and _ECHO_ORGANS.match(joined[:-len(bare)])):
                return "".join(_strip(text[s:e]) for s, e in lines[i:j + 1]), lines[j][1], j
            if len(joined) >= len(bare) + 40:
                break
    return None


def _unquoted(title: str) -> str:
    """A title line set inside book-title marks (an unofficial copy's first line
    ``《中华人民共和国选举法》``) without them; marks inside a title stay (``关于《某办法》的通知``,
    ``《甲》和《乙》``).

    >>> _unquoted("《中华人民共和国选举法》"), _unquoted("关于《某办法》的通知"), _unquoted("《甲办法》与《乙办法》")
    ('中华人民共和国选举法', '关于《某办法》的通知', '《甲办法》与《乙办法》')
    """
    if len(title) > 2 and title[0] == "《" and title[-1] == "》" and not any(c in "《》" for c in title[1:-1]):
        return title[1:-1].strip()
    return title


#: How far into a document :func:`choose_title` looks for the title its page names: a saved
#: page's chrome (menus, breadcrumbs, toolbars) runs to some dozens of lines above it.
TITLE_SEARCH_LINES = 120


def _key(title: str) -> str:
    return "".join(title.split())


def _locate_title(text: str, keys: list[str]) -> tuple[str, int, str | None] | None:
    """The first of ``keys`` (in their order) that a line, or up to three lines joined, of the
    head of ``text`` spells: (that title as the text sets it, its end, the qualifier under it)."""
    lines = _non_empty_lines(text, 0, TITLE_SEARCH_LINES)
    squeezed = [_key(text[s:e]) for s, e in lines]
    for key in keys:
        for i in range(len(lines)):
            joined = ""
            for j in range(i, min(i + 3, len(lines))):
                joined += squeezed[j]
                if joined == key:
                    title = _unquoted("".join(_strip(text[s:e]) for s, e in lines[i:j + 1]))
                    q = _strip(text[lines[j + 1][0]:lines[j + 1][1]]) if j + 1 < len(lines) else ""
                    return title, lines[j][1], q[1:-1].strip() if _QUALIFIER.match(q) else None
                if len(joined) >= len(key) or not key.startswith(joined):
                    break
    return None


def choose_title(text: str, found: tuple[str, int, str | None], candidates: Sequence[str],
                 fallback: str | None = None) -> tuple[str, int, str | None]:
    r"""The title of a document whose page also names it (``candidates``, best first: its
    ``<h1>``, ``<title>`` without the site's name, that title's parts), given what
    :func:`find_title` ``found`` in the text.  A complete saved page starts with the site's
    chrome (``设为首页加入收藏手机版繁体``, a line of links), whose first line
    :func:`find_title` would take; so, in this order:

    1. the text's title when the page names it too;
    2. the line (or title block) near the top that the page names, unless the text's title
       ends with the kind of instrument and that line does not (a Word file's first
       heading, ``一、前言``, is no title: its title paragraph is not styled as one);
    3. the text's title when it looks like one: it ends with the kind of instrument
       (通知, 办法, 条例, 意见, 决定, 规定, 公告 …);
    4. ``fallback``, the title the page names unambiguously (its ``<h1>``), said by the page
       if not by its text; else the text's title.

    >>> page = "设为首页加入收藏手机版繁体\n首页\n要闻动态\n某区召开安全生产工作会议\n2024年03月05日 来源：某区融媒体中心\n会议指出……"
    >>> choose_title(page, find_title(page), ["某区召开安全生产工作会议"])[:2]
    ('某区召开安全生产工作会议', 34)
    >>> notice = "关于开展检查的通知\n各区："
    >>> choose_title(notice, find_title(notice), ["某市人民政府门户网站"])[0]
    '关于开展检查的通知'
    >>> guide = "某试剂技术审查指导原则（征求意见稿）\n一、前言\n本指导原则旨在指导注册申请人。"
    >>> choose_title(guide, find_title(guide), ["一、前言"])[0]
    '某试剂技术审查指导原则（征求意见稿）'
    >>> choose_title("无障碍浏览 我的某市\n正文……", ("无障碍浏览 我的某市", 10, None), ["某某纪念馆"], "某某纪念馆")
    ('某某纪念馆', 0, None)
    >>> choose_title("无障碍浏览 我的某市\n正文……", ("无障碍浏览 我的某市", 10, None), ["某某博物馆", "某某纪念馆"])
    ('无障碍浏览 我的某市', 10, None)

    The notice that issues the text the page is named after keeps its own title (gov.cn's page of the
    ``“十四五”国家应急体系规划`` opens with 国务院关于印发“十四五”国家应急体系规划的通知, zgch1238/Huace's copy):

    >>> page = "某某规划\n政策全文\n国务院关于印发\n某某规划的通知\n国发〔2021〕36号\n"
    >>> choose_title(page, find_title(page), ["某某规划"])[0]
    '国务院关于印发某某规划的通知'
    """
    keys = [key for key in map(_key, candidates) if key]
    if not keys:
        return found
    title = found[0]
    if title and _key(title) in keys:
        return found
    if title and _NOTICE_TITLE_END.search(title) and any(key in _key(title).replace("《", "").replace("》", "") for key in keys):
        return found  # the notice that issues the text the page is named after (…关于印发《X》的通知 on X's page)
    located = _locate_title(text, keys)
    if located is not None and not (title and TITLE_END.search(title) and not TITLE_END.search(located[0])
                                    and not _KIND_QUOTED.search(located[0])):
        return located
    if title and TITLE_END.search(title) or not (fallback and _key(fallback)):
        return found
    return _unquoted(fallback.strip()), 0, None


#: The label cell of a form's 文号 row (``行政处罚决定书文号``, ``发文字号``, ``文　号``).
_NUMBER_LABEL = lazy_regex(r"(?:文号|字号|文书号)[：:]?$")


#: How many non-empty lines :func:`find_doc_number` reads at most, repeats of a line and an issuer's line included.
_NUMBER_LINES_PAST_REPEATS = 8


def find_doc_number(text: str, after: int = 0) -> str | None:
    """The document's own 文号: a 文号 line among the first lines after ``after`` (the end
    of its title block), spaces removed; in a form's row (``label⇥value``, house convention 4)
    the value when the label names a 文号 (nfra.gov.cn's 行政处罚信息公开表: the label was glued
    to the number, ``行政处罚决定书文号金罚决字〔2024〕27号``).

    >>> find_doc_number("国务院关于某事的意见\\n国发〔2019〕5号\\n各省：", 10)
    '国发〔2019〕5号'
    >>> find_doc_number("京中医科字〔2021〕118号\\n各有关单位：")
    '京中医科字〔2021〕118号'
    >>> find_doc_number("行政处罚决定书文号\\t金罚决字〔2024〕27号\\n被处罚当事人\\t某公司")
    '金罚决字〔2024〕27号'
    >>> find_doc_number("序号\\t京政发〔2021〕1号\\n") is None, find_doc_number("京政发〔2021〕1号\\t\\n")
    (True, '京政发〔2021〕1号')

    An order's number under its header is cited with the header (``中国人民银行令`` ⏎
    ``〔2020〕第5号`` is 中国人民银行令〔2020〕第5号), also a number that starts with 第 (gz.gov.cn's
    ``广州市人民政府令`` ⏎ ``第179号`` gave ``第179号``), and so is the number of an organ's numbered 公告 (a
    人大常委会's 公告 that promulgates a law: pkulaw's ``河北省第十三届人民代表大会常务委员会公告`` ⏎ ``（第134号）``,
    field test 12):

    >>> find_doc_number("某某办法\\n中国人民银行令\\n〔2020〕第5号\\n现予发布。", 4)
    '中国人民银行令〔2020〕第5号'
    >>> find_doc_number("某办法\\n广州市人民政府令\\n第179号\\n现予公布。", 3)
    '广州市人民政府令第179号'
    >>> find_doc_number("某条例\\n河北省第十三届人民代表大会常务委员会公告\\n（第134号）\\n现予公布。", 3)
    '河北省第十三届人民代表大会常务委员会公告第134号'

    A mirror's header repeats the title and names the issuer over the 文号 (法律资料网's copy of 白山政令[1997]3号, field
    test 20 F20-D1: ``某规定`` ×3, ``吉林省白山市人民政府``, then the number): a line that repeats one read before is
    passed without counting among the first three:

    >>> find_doc_number("某某暂行规定\\n某某暂行规定\\n吉林省白山市人民政府\\n某某暂行规定\\n白山政令[1997]3号\\n第3号 现予发布施行。", 6)
    '白山政令[1997]3号'
    """
    header = ""
    seen: set[str] = set()  # the lines read so far: a mirror's header repeats the title (F20-D1)
    counted, skipped = 0, False
    for s, e in _non_empty_lines(text, _past_page_widgets(text, after), _NUMBER_LINES_PAST_REPEATS):
        if counted >= 3:
            break
        line = _squeezed(text[s:e])
        if line in seen:
            skipped = True
            continue  # the title again over the 文号 (法律资料网's header: title ×3, the issuer)
        seen.add(line)
        counted += 1
        cells = [cell for cell in text[s:e].split("\t") if cell.strip()]
        if len(cells) > 1:  # a table's row: a 文号 only as the value of a 文号 label
            if len(cells) != 2 or not _NUMBER_LABEL.search(_squeezed(cells[0])):
                continue
            squeezed = _squeezed(cells[1])
        else:
            squeezed = _squeezed(text[s:e])
        m = DOC_NUMBER.match(squeezed)
        if m is None and case_number(squeezed):  # a judgment's 案号 alone on its line
            return case_number(squeezed)
        if m:
            number = m.group("n")
            if skipped and "令" in number and "第" in number:
                break  # an order's number under a mirror's header: the order's own reading names its organ (F8B: law582)
            return header + number if header and (number[0] == "第" or not _HAN.match(number)) else number
        header = squeezed if ORDER_HEADER.match(squeezed) or _NUMBERED_NOTICE_HEADER.match(squeezed) else ""
    return _letterhead_number(text, after)


#: A line of a page's widgets under its heading: empty ``来源：``/``字体：`` labels and the font-size switch split one
#: item a line (``字体：`` ⏎ ``小`` ⏎ ``|`` ⏎ ``中`` ⏎ ``|`` ⏎ ``大``, 华北能源监管局's page).
_PAGE_WIDGET_LINE = lazy_regex(r"^(?:(?:来源|字体|字号|作者|浏览|点击|分享)\s*[：:]|[大中小])$")
#: How many widget lines :func:`_past_page_widgets` passes at most.
_PAGE_WIDGET_LINES = 16


def _past_page_widgets(text: str, pos: int) -> int:
    r"""Where the text goes on after the page's widget lines right under ``pos`` (the end of a heading): lines
    without a Han character (``2019-03-18 00:00``, ``Aa``, ``|``) and :data:`_PAGE_WIDGET_LINE`; ``pos`` when none.
    华北能源监管局's page set its 文号 ``华北监能市场〔2019〕117号`` under eleven such lines (field test 13, F13-D6).

    >>> t = "某通知\n2019-03-18 00:00\n来源：\nAa\n字体：\n小\n|\n大\n华北监能市场〔2019〕117号\n"
    >>> t[_past_page_widgets(t, 3):][:7]
    '\n华北监能市场'
    >>> _past_page_widgets("某通知\n各省：\n", 3)
    3
    """
    end = pos
    for s, e in _non_empty_lines(text, pos, _PAGE_WIDGET_LINES):
        line = _strip(text[s:e])
        if _HAN.search(line) and not _PAGE_WIDGET_LINE.match(line):
            break
        end = e
    return end


#: The header of an organ's numbered 公告 (``河北省第十三届人民代表大会常务委员会公告``, ``海南省人民代表大会常务委员会公告``),
#: its number on the next line: an organ's name and 公告, alone on the line.
_NUMBERED_NOTICE_HEADER = lazy_regex(rf"^\p{{Han}}{{2,40}}?{ORGAN_ENDINGS}公告$")


def _letterhead_number(text: str, title_start: int) -> str | None:
    """The 文号 under a letterhead, above the title (``中国人民银行文件`` ⏎ ``银发〔2006〕71号`` ⏎ the
    title): the first 文号 line right after a letterhead line among the lines before ``title_start``.

    >>> _letterhead_number("中国人民银行文件\\n银发〔2006〕71号\\n中国人民银行关于某事的通知\\n", 28)
    '银发〔2006〕71号'

    A 公文 printed without its letterhead keeps the 文号 above the title all the same (F9-P12:
    ``沪府发〔2017〕92号`` ⏎ ``上海市人民政府印发《…》的通知``), a number cited in a line is none:

    >>> _letterhead_number("国发〔2019〕5号\\n国务院关于某事的意见\\n", 22)
    '国发〔2019〕5号'
    >>> _letterhead_number("根据国发〔2019〕5号文件要求，现通知如下。\\n国务院关于某事的意见\\n", 34) is None
    True
    """
    lines = _non_empty_lines(text, 0, TITLE_HEAD_LINES, title_start)
    if lines and (glued := glued_letterhead(text[lines[0][0]:lines[0][1]])) is not None:
        return glued[1]  # the red header, the 文号 and the title on one line
    for k in range(1, len(lines)):
        if _LETTERHEAD.match(_squeezed(text[lines[k - 1][0]:lines[k - 1][1]])):
            m = DOC_NUMBER.match(_squeezed(text[lines[k][0]:lines[k][1]]))
            if m:
                return m.group("n")
    for k in range(len(lines) - 1):
        line = _strip(text[lines[k][0]:lines[k][1]])
        if is_doc_number(line) and _title_like(text[lines[k + 1][0]:lines[k + 1][1]]):
            return _squeezed(line)
    return None


#: The first line of a signer's name wrapped in two (``省市场监管局新型冠状病毒感染的`` ⏎ ``肺炎疫情防控工作领导小组``, a
#: jiangxi.gov.cn notice, field test 17 F17-M3: the issuer was the second line alone): words without a mark, ending
#: on a word that cannot end a name (的, 和, 与, 及, 暨, 、).
_WRAPPED_SIGNER_HEAD = lazy_regex(r"[\p{Han}A-Za-z0-9（）()“”]{4,30}(?:的|和|与|及|暨|、)")


def signature_block(text: str) -> tuple[str, str] | None:
    """(organ line, date line) of the last signature in ``text``: an organ or signatory line
    followed by a date line, near the end (contact lines and notes may follow).

    >>> signature_block("正文。\\n国务院办公厅 \\xa0 &sp;\\n一九九六年七月十七日\\n")
    ('国务院办公厅', '一九九六年七月十七日')

    Organs that sign jointly, one per line, are all the signature's (a joint notice of
    中国人民银行, 财政部 and 国家税务总局 gave the last one only):

    >>> signature_block("十三、本通知自2024年2月18日起执行。\\n中国人民银行\\n财政部\\n国家税务总局\\n2024年1月4日\\n")
    ('中国人民银行 财政部 国家税务总局', '2024年1月4日')

    A release note between the signer and the date (牟定县人民政府办公室's notice) is no signer:

    >>> signature_block("特此通知。\\n牟定县人民政府办公室\\n（此件公开发布）\\n2017年6月23日\\n")
    ('牟定县人民政府办公室', '2017年6月23日')

    An organ and its date on one line, as a page that lost its line breaks keeps them (xgll.com.cn, F9-P14):

    A signer's name wrapped after its 的 is one name:

    >>> signature_block("特此通知。\\n省市场监管局新型冠状病毒感染的\\n肺炎疫情防控工作领导小组\\n2020年3月9日\\n")
    ('省市场监管局新型冠状病毒感染的肺炎疫情防控工作领导小组', '2020年3月9日')

    >>> signature_block("将意见反馈我办。\\n迪庆州人民政府法制办公室 2016年12月1日\\n------\\n")
    ('迪庆州人民政府法制办公室', '2016年12月1日')
    >>> signature_block("转发至辖区内银行业金融机构。\\n中国人民银行\u3000财政部\\n海关总署\u3000银监会二〇一二年二月三日\\n主题词：人民币\\n")
    ('中国人民银行\u3000财政部 海关总署\u3000银监会', '二〇一二年二月三日')
    """
    lines = [_without_junk(_strip(text[s:e])).strip(HSPACE) for s, e in _split_lines(text, max(0, len(text) - 1500), len(text))]
    for k in range(len(lines) - 1, 0, -1):
        if len(lines) - k > 8:
            break
        if _DATE_ONLY.match(_squeezed(lines[k])):
            above = k - 1  # past a release note set between the signer and the date (（此件公开发布）: F10-D1)
            while above > 0 and _AFTER_SIGNATURE.match(_squeezed(lines[above])):
                above -= 1
            if _is_signature_line(lines[above]):
                first = above
                if _ORGAN.match(lines[first]):
                    while first > 0 and k - first < JOINT_SIGNERS and _ORGAN.match(lines[first - 1]) and _is_signature_line(lines[first - 1]):
                        first -= 1
                if first > 0 and first == above and _WRAPPED_SIGNER_HEAD.fullmatch(lines[first - 1]):
                    return lines[first - 1] + lines[first], lines[k]  # a long signer's name wrapped after its 的
                return " ".join(lines[first:above + 1]), lines[k]
        if lines[k].endswith("日") and _signed_with_date(lines[k]):
            date = _DATE_AT_END.search(_squeezed(lines[k]))
            organ = _before_squeezed(lines[k], date.start()).strip(HSPACE)
            if _ORGAN.match(_squeezed(organ)):
                first = k
                while first > 0 and k - first < JOINT_SIGNERS and _ORGAN.match(lines[first - 1]) and _is_signature_line(lines[first - 1]):
                    first -= 1
                return " ".join(lines[first:k] + [organ]), date.group()
    return None


def closing_signature(text: str, lo: int) -> int | None:
    r"""Start of the signature that closes ``text`` after ``lo``: the signing organs or signatory, one a line (at most
    :data:`JOINT_SIGNERS`), a release note, then a date alone on the last line, under a line that ends a sentence.
    None when the text does not end so.  A norm a news item embeds (most.gov.cn's 新一代人工智能伦理规范, field test 28
    F28-C1) ends with its issuer and date under its last article: they are its signature, none of the article's text.

    >>> t = "第二十五条 本规范自公布之日起施行。\n国家新一代人工智能治理专业委员会\n2021年9月25日\n"
    >>> t[closing_signature(t, 0):]
    '国家新一代人工智能治理专业委员会\n2021年9月25日\n'

    A date after a sentence with no signer, a signer under a line that goes on, are none:

    >>> closing_signature("第二条 本办法自公布之日起施行。\n2021年9月25日\n", 0), closing_signature("第二条 甲，\n某某委员会\n2021年9月25日", 0)
    (None, None)
    """
    lines = _split_lines(text, lo, len(text))
    if len(lines) < 3 or not _DATE_ONLY.match(_squeezed(text[lines[-1][0]:lines[-1][1]])):
        return None
    k = len(lines) - 2
    while k > 0 and _AFTER_SIGNATURE.match(_squeezed(text[lines[k][0]:lines[k][1]])):
        k -= 1
    if k < 1 or not _is_signature_line(text[lines[k][0]:lines[k][1]]):
        return None
    while k > 1 and len(lines) - k <= JOINT_SIGNERS and _is_signature_line(text[lines[k - 1][0]:lines[k - 1][1]]) \
            and _ORGAN.match(_without_junk(_strip(text[lines[k - 1][0]:lines[k - 1][1]]))):
        k -= 1
    if not _strip(text[lines[k - 1][0]:lines[k - 1][1]]).endswith(("。", "！", "？", "。”")):
        return None
    return lines[k][0]


def _before_squeezed(line: str, count: int) -> str:
    """The start of ``line`` that holds its first ``count`` characters other than white space.

    >>> _before_squeezed("海关总署　银监会二〇一二年", 7)
    '海关总署　银监会'
    """
    seen = 0
    for at, char in enumerate(line):
        if not char.isspace():
            if seen == count:
                return line[:at]
            seen += 1
    return line


#: At most this many organs sign one text jointly, one per line.
JOINT_SIGNERS = 20
