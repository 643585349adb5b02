"""Site furniture: what a government site prints around a law, kept by the scraper.

Real damage undone: the widgets and labels of the page template stay in the text
as lines of their own, or glued to the first or last line of the law:

* **buttons and widgets**, in Chinese or English: ``打印本页 关闭窗口``,
  ``【打印】【关闭】``, ``Print | Close``, ``[Print] [Close]``, ``返回顶部``, ``收藏``,
  ``【字体：大 中 小】``, ``字号 A+ A-``, toolbars (``无障碍``, ``长辈版``, ``繁體``,
  ``English``);
* **share bars and scan-to-phone widgets**: ``分享到：微信 微博 QQ空间``, ``分享至：
  微信 朋友圈``, ``一键分享``, ``扫一扫在手机打开当前页``, ``手机扫一扫 打开当前页``,
  ``用微信扫描二维码 分享至好友和朋友圈``;
* **pagination**: ``上一页 1 2 3 下一页``, ``第1页 共3页``, ``首页 上一页 下一页 尾页``,
  ``< 上一页 1 2 3 4 下一页 >``, ``第2页/共4页``;
* **page labels**: breadcrumbs (``当前位置：首页 > … > 正文``), source and time lines
  (``发布时间：… 来源：… 浏览次数：…``), ICP/公网安备/网站标识码/版权所有 lines,
  previous/next links (``上一篇：…``), related-link lines opening or closing the page
  (``政策文件：…``, ``相关解读：…``);
* **attachment download lists** after the law: ``附件下载：`` and file names
  (``某条例（全文）.doc``);
* **a portal's head**: a login box (``用户名 密码⏎记住我``), a navigation bar (``网站首页 法律咨询
  找律师…``), a breadcrumb without its colon (``您的位置首页 >> 法规库 >> 法规正文``) or of link
  texts (``大萌法律读本 >> 2020-民法典``, and its first crumb pasted into the text), a welcome
  banner (``欢迎访问…网站！``), a language switch (``葡文版本``), a wiki's section edit links
  (``编辑``), a document-sharing site's field list (``- 页数：16⏎- 大小：66.98KB``) and a
  document farm's wrapper (``简介：…小编为你整理了…``);
* **a closing list of other articles** (``相关新闻``, ``推荐阅读``… with dated items);
* **footnotes**: markers in the text (``[1]``, ``[注1]``, ``（注1）``) paired with the
  notes after the law (``注释：`` / ``[1]参见…``): a mirror's editorial notes on a law only,
  never a document's own notes (citations, or a page without articles);
* **printed page numbers** of a PDF turned into text (``— 7 —``, ``－ 5 －``, ``- 3 -``):
  on a line of their own, or where the extraction glued them into a line
  (``收到书面意见后，— 7  —``, ``录入（或— 3 —导入）``).

Precision first: a rule removes whole lines (never a label without its value,
convention 6), glued furniture only at the very start or end of the text, and
footnote markers only where the page's notes pair with them.  Lines that recur at
the edges of many pages of one corpus (a site's own chrome in no list) are found by
the build (:mod:`corpus_tools.dataset.recurring`) and removed by
:func:`remove_recurring_lines`.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.copier_notes import copier_note_lines
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.farm_chrome import farm_chrome_lines
from corpus_tools.clean.evidence import has_cells, line_kind
from corpus_tools.clean.running_heads import running_head_spans
from corpus_tools.clean.rules import RECURRING_FURNITURE, SITE_FURNITURE, RuleResult
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import HSPACE_CLASS, INDENT, INDENT_CLASS, INDENT_RE
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

# --------------------------------------------------------------------------
# The vocabulary of page widgets
# --------------------------------------------------------------------------

#: Page buttons and toolbar switches in Chinese: bare or in brackets.
_BUTTONS_CN = (
    r"打印(?:本页|此页|文章|正文|页面|本文|本稿|稿件)?|关闭(?:窗口|本页|此页|页面|本文)?|返回(?:顶部|列表|首页|上一页|上页|栏目)?"
    r"|收藏(?:本页|此页|本文|本站)?|加入收藏夹?|保存(?:本页|此页|本文)?|我要纠错|纠错|设为首页|设为主页|(?:网站)?首页|网站地图|联系我们"
    r"|无障碍(?:浏览|阅读|模式)?|长者模式|长辈版|关怀(?:模式|版)|老年(?:模式|版)|(?:银铃|儿童|夜间|护眼)模式|适老化|读屏|大字版"
    r"|繁体版?|繁體版?|简体版?|簡體版?|手机版|移动版|电脑版|登录|注册|搜索|高级检索|帮助|使用帮助|隐私声明|网站声明"
    r"|意见反馈|我要评论|评论|点赞|置顶|顶部|English|ENGLISH|中文版?|阅读全文|查看全文|展开全文|全文阅读|我要打印|我的收藏"
    r"|葡文版本?|葡文版|英文版本?|葡文|Português|Versão Portuguesa|Versão Chinesa|阅读剩余全文(?:[（(][）)])?"
    r"|视力保护色[:：]?"
    # a read-aloud button (``听全文``, www.gz.gov.cn), the scan widget's second line when the page broke it
    # (``扫一扫在手机<br>打开当前页``) and the print button beside it (``下载、打印``; field test 10, F10-G5)
    r"|听全文|朗读全文|全文朗读|打开当前页面?|下载[、/]?打印"
    # a download button, a close button naming the page, click-to-see buttons and footer links (session 12: the edges
    # of field builds, ``【原文下载】`` under five 上海市人民政府 pages, ``【关闭当前页面】``, ``点击查看（图文）``)
    r"|原文下载|下载原文|全文下载|下载全文|下载|关闭当前(?:页面?|窗口)"
    r"|点击(?:查看|收起|展开)(?:更多|全文|详情|原文)?(?:[（(](?:图文|文字|视频)[）)])?|展开阅读全文"
    r"|内容纠错|网站纠错|纠错或建议|关于我们|网站建议"
)
#: The same buttons in English (any case), whole words.
_BUTTONS_EN = (
    r"(?i:print(?:\s+(?:this\s+)?(?:page|article))?|close(?:\s+(?:this\s+)?(?:window|page))?|back(?:\s+to\s+top)?"
    r"|return|top|home(?:page)?|share|bookmark|favou?rites?|save|e-?mail|sitemap|site\s+map|contact(?:\s+us)?"
    r"|font(?:\s+size)?|text\s+size|large|medium|small|accessibility|login|log\s+in|register|search|help)(?![A-Za-z])"
)
_SIZES = r"(?:大|中|小|默认|标准|放大|缩小|特大|较大|A\+|A-|A|\+|-)"
#: A font-size switch: ``【字体：大 中 小】``, ``字号：[大] [中] [小]``, ``字号 A+ A-``; its blanks may be
#: no-break spaces (``【打印】 【字体：大&nbsp;&nbsp;中&nbsp;&nbsp;小】``, www.gz.gov.cn, field test 10, F10-G5).
_FONT = rf"[【\[]?{HSPACE_CLASS}*字[体号](?:大小)?[:：]?(?:{HSPACE_CLASS}*[【\[]?{_SIZES}[】\]]?){{2,4}}(?:{HSPACE_CLASS}*[】\]])?"
#: A font-size switch without its label: ``A+大 A+中 A+小`` (www.gz.gov.cn and its districts, field test 10, F10-G5).
_SIZE_SWITCH = rf"A[+＋]?[大中小](?:{HSPACE_CLASS}*A[+＋]?[大中小]){{1,3}}"
_SHARE_TARGETS = r"(?:好友和朋友圈|微信朋友圈|朋友圈|微信好友|微信|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|人人网|豆瓣|抖音|今日头条|钉钉|复制链接|更多|好友)"
#: A share bar: ``分享到：微信 微博 QQ空间``, ``分享至：[微信] [朋友圈]``, ``一键分享``.
_SHARE = rf"(?:一键)?分享(?:到|至|给)?[:：]?(?:{INDENT_CLASS}*[【\[]?{_SHARE_TARGETS}[】\]]?)*"
#: A scan-to-phone widget: ``扫一扫在手机打开当前页``, ``手机扫一扫 打开当前页``,
#: ``用微信扫描二维码 分享至好友和朋友圈``, ``扫码阅读``.
_SCAN = (
    r"(?:用|使用)?(?:微信|手机|手机微信)?(?:扫一扫|扫描二维码|扫描|扫码)"
    r"(?:[ \u3000]*(?:在|用|到)?(?:手机|移动端)?(?:上)?(?:打开|查看|浏览|阅读|看|访问)?(?:当前页面?|本页|此页|本文|文章)?)"
    r"(?:[ \u3000]*(?:分享|转发)(?:至|到|给)?(?:好友和朋友圈|好友|朋友圈)?)?"
    r"|扫码(?:加|添加|关注)(?:微信|公众号|客服)"
)
#: One widget of a line of widgets (Chinese or English), maybe in brackets.
_WIDGET = rf"(?:{_FONT}|[【\[]?{HSPACE_CLASS}*(?:{_SIZE_SWITCH}|{_SCAN}|{_SHARE}|{_BUTTONS_CN}|{_BUTTONS_EN}){HSPACE_CLASS}*[】\]]?)"
#: What separates widgets on a line.
_WIDGET_SEP = rf"[{INDENT_RE}\u00a0|丨｜/·•,，、]*"

#: One token of a pagination line.
_PAGE_TOKEN = (
    r"(?:上一页|下一页|前一页|后一页|上页|下页|首页|尾页|末页|第[ \u3000]*\d+[ \u3000]*页|共[ \u3000]*\d+[ \u3000]*(?:页|条|篇)"
    r"|当前(?:第)?[ \u3000]*\d+[ \u3000]*页|\d+[ \u3000]*/[ \u3000]*\d+[ \u3000]*页?|跳转(?:到|至)?|转到|到第|页|GO|Go|go|确定"
    r"|«|»|‹|›|<<|>>|<|>|…|\.{3}|\d{1,4})"
)
#: A token only pagination holds (a line of numbers alone is no pagination).
_PAGE_WORD = lazy_regex(r"页|«|»|‹|›|<<|>>")
_PAGE_LINE = rf"{INDENT_CLASS}*(?:{_PAGE_TOKEN}[{INDENT_RE}\u00a0|丨｜,，/]*)+"

#: Labels of a page's publication and statistics fields.
_META_LABELS = (
    r"信息来源|文章来源|稿件来源|来源|发布时间|发布日期|发文时间|更新时间|发表时间|归档时间|归档日期|时间|日期|作者|责任编辑|责编|美编|编辑|审核|校对|供稿|摄影"
    r"|浏览次数|阅读次数|点击数|点击量|点击|访问量|浏览量|阅读量|访问次数|浏览|阅读|主办单位|承办单位|主办|承办|技术支持|字号|字体"
)

#: A page's publication date and time before its other fields (``2019-11-20 15:16:15    来源：中国新闻网``).
_DATE_TIME = r"\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)(?:[ \u3000\xa0]+\d{1,2}:\d{2}(?::\d{2})?)?"

#: Heads of a row of links to other sites (``热门站点| 世界资料网 | 专利资料网``, 法律资料网 mirrors;
#: ``友情链接:乐虎国际游戏官网 | 乐虎国际游戏大厅``, a spun copy's footer on hzqdhly.com, field test 9, F9-P15).
_LINK_ROW_HEADS = r"热门站点|友情链接|相关站点|合作站点|站点导航|兄弟站点|推荐站点|相关网站|友情站点"

#: A portal's navigation bar as one line of menu words after 首页 (110.com: ``网站首页 法律咨询
#: 找律师 律师在线 律师热线 法治资讯 法律法规 资料库 法律文书``).
_NAV_LINE = rf"{INDENT_CLASS}*(?:网站|本站)?首页(?:{INDENT_CLASS}+[\p{{Han}}A-Za-z]{{2,6}}){{4,16}}{INDENT_CLASS}*"

#: A widget's icon as a Markdown copy of the page writes it (Jina Reader: ``__ 分享到``, ``__-次``; the
#: www.gz.gov.cn pages of field test 10, F10-G5).
_ICON_RESIDUE = rf"(?:__{INDENT_CLASS}*)?"

#: A download link's label and its button (``下载地址: 点击此处下载``): a furniture line alone, and the bar a
#: mirror closes its document with (:func:`appended_page_tail`).
_DOWNLOAD_LABEL = r"下载地址|下载链接|附件下载"
_CLICK_DOWNLOAD = r"点击(?:此处|这里|本处)?下载"

#: A page's own update stamp, label and date (and time) alone on the line: ``最后修改日期 2020/11/27 下午 03:40:53``
#: closing every tncc.gov.tw page (field test 11 F11-S3: it stood in the last article).
_PAGE_UPDATED = (
    rf"(?:最后|最近)?(?:修改|更新)(?:日期|时间)[:：]?{INDENT_CLASS}*\d{{4}}(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)"
    rf"(?:{INDENT_CLASS}+(?:上午|下午|AM|PM)?{INDENT_CLASS}*\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:{INDENT_CLASS}*(?:AM|PM))?)?{INDENT_CLASS}*"
)

#: A site's masthead line: its name, its address, then the page's fields, one at least (``国家信访局门户网站　www.gjxfj.gov.cn 日期：
#: 2014-05-12 来源：``, ``湘潭市人民政府门户网站 www.xiangtan.gov.cn 发布时间：2024-09-30 09:24 【字体：大 中 小】``;
#: field tests 8 and 9, session 12).
_SITE_MASTHEAD = (
    rf"{INDENT_CLASS}*[^\s。；，,：:]{{2,30}}?(?:门户网站|网站|政府网){INDENT_CLASS}+(?:https?://)?www\.[A-Za-z0-9.\-]+/?"
    rf"{INDENT_CLASS}+(?=[^\n。；]{{0,80}}?(?:{_META_LABELS})[:：])[^\n。；]{{0,160}}"
)

#: Whole lines of furniture.  Each alternative is one shape; the rule
#: validates the line in :func:`_is_furniture_line`.
FURNITURE_LINE_RE = lazy_regex(
    rf"^{INDENT_CLASS}*{_ICON_RESIDUE}(?:{_WIDGET}{_WIDGET_SEP})+$"
    rf"|^{_PAGE_LINE}$"
    rf"|^{INDENT_CLASS}*[【\[]?(?:[您你](?:当前|现在|目前)?(?:所在)?的?|当前的?|目前的?|所在)?位置(?:[:：】\]]|(?={INDENT_CLASS}*首页)){INDENT_CLASS}*"
    rf"[^\n。；]{{0,100}}$"
    rf"|^{_NAV_LINE}$"
    rf"|^{INDENT_CLASS}*欢迎您?(?:访问|来到|光临|进入)[^\n。；，,]{{2,30}}?(?:网站|门户网站|门户|网|政府)[!！。]?{INDENT_CLASS}*$"
    rf"|^(?=[^\n]*\^)[{INDENT_RE}\^\[\]|]{{1,12}}$"
    rf"|^{INDENT_CLASS}*今天是[:：]?{INDENT_CLASS}*(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日)?{INDENT_CLASS}*(?:星期[一二三四五六日天])?{INDENT_CLASS}*$"
    rf"|^{INDENT_CLASS}*首页{INDENT_CLASS}*(?:(?:-*(?:[>＞»›→/]|&gt;))+{INDENT_CLASS}*[^\n>＞»›→。；，]{{1,24}}{INDENT_CLASS}*){{1,8}}$"
    rf"|^{INDENT_CLASS}*首页(?:{INDENT_CLASS}*[|丨｜]{INDENT_CLASS}*[^\n|丨｜。；，、]{{1,12}}){{2,12}}{INDENT_CLASS}*$"
    r"|^[^\n。；]{0,80}(?:ICP[备证]|公网安备|网站标识码|网站识别码|政府网站标识码)[^\n。；]{0,80}$"
    rf"|^{INDENT_CLASS}*(?:版权所有|Copyright|COPYRIGHT|copyright|©|\(C\))[^\n。；]{{0,100}}$"
    rf"|^(?=[^\n]{{0,240}}(?:主办|承办|ICP|地址|电话|技术支持))[^\n。；]{{1,40}}?{INDENT_CLASS}(?:版权所有|Copyright|©)[^\n。；]{{0,200}}$"
    rf"|^{INDENT_CLASS}*(?:上一篇|下一篇|上一条|下一条|上篇|下篇)[:：][^\n]{{0,100}}$"
    rf"|^{INDENT_CLASS}*[【\[]?{INDENT_CLASS}*(?:{_META_LABELS})[:：][^\n]{{0,120}}$"
    rf"|^{INDENT_CLASS}*{_DATE_TIME}{INDENT_CLASS}+(?:{_META_LABELS})[:：][^\n。；，]{{0,80}}$"
    rf"|^{INDENT_CLASS}*(?:{_LINK_ROW_HEADS})[:：]?{INDENT_CLASS}*[|丨｜][^\n。；，,]{{1,200}}$"
    rf"|^{INDENT_CLASS}*(?:{_LINK_ROW_HEADS})[:：]{INDENT_CLASS}*[^\n。；，,|丨｜:：]{{1,30}}"
    rf"(?:{INDENT_CLASS}*[|丨｜]{INDENT_CLASS}*[^\n。；，,|丨｜:：]{{1,30}}){{1,12}}{INDENT_CLASS}*$"
    rf"|^{INDENT_CLASS}*(?:(?:{_DOWNLOAD_LABEL}|下载)[:：]?{INDENT_CLASS}*)?{_CLICK_DOWNLOAD}{INDENT_CLASS}*$"
    rf"|^{INDENT_CLASS}*{_PAGE_UPDATED}$"
    rf"|^{_SITE_MASTHEAD}$",
    regex.MULTILINE,
)

_META_FIELD_RE = lazy_regex(rf"(?:{_META_LABELS})[:：]")
_WIDGET_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*{_ICON_RESIDUE}(?:{_WIDGET}{_WIDGET_SEP})+")
_PAGE_LINE_RE = lazy_regex(_PAGE_LINE)
_STRONG_META = lazy_regex(
    r"发布时间|发布日期|发文时间|更新时间|发表时间|责任编辑|责编|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量|访问次数|技术支持|主办单位|承办单位"
)
#: Meta labels that are ordinary words too: as the only field of a line, only with a
#: date or a number for a value (``时间：2020-05-14``, ``点击：88``).
_WEAK_META = frozenset(("时间", "日期", "浏览", "阅读", "点击", "审核", "校对", "供稿", "摄影", "字号", "字体"))
_DATE_OR_NUMBER = lazy_regex(r"^[\d\-/年月日:：.\s]+$")

#: Furniture glued onto the end of the last paragraph (only at the very end).
TRAILING_JUNK_RE = lazy_regex(
    rf"(?<=[。！？；;!?”」』）)：:]){INDENT_CLASS}*(?:{_WIDGET}[{INDENT_RE}|丨｜/·•]*)+(?=\n?\Z)"
)
#: Furniture that cannot be law text, glued before the first line's text or after
#: the last: bracketed buttons, the scan-to-phone widget, font-size switches, share
#: bars with their targets, English buttons, and a breadcrumb that ends on 正文 (only
#: at the very start of the text).
_STRONG_JUNK_TOKEN = (
    rf"[【\[](?:{_BUTTONS_CN}|{_BUTTONS_EN})[】\]]"
    r"|(?:微信|手机)?扫一扫(?:[ \u3000]*(?:(?:在|用)?手机(?:上)?)?(?:打开|查看|浏览|阅读|看)(?:当前页面?|本页|此页|本文)?)?"
    r"|(?:用|使用)?(?:微信|手机)扫描二维码(?:[ \u3000]*(?:分享|转发)(?:至|到)?(?:好友和朋友圈|好友|朋友圈)?)?"
    rf"|{_FONT}"
    rf"|(?:一键)?分享(?:到|至)[:：](?:{INDENT_CLASS}*[【\[]?{_SHARE_TARGETS}[】\]]?)*"
    r"|(?:打印本页|打印此页|关闭窗口|关闭本页)"
    rf"|(?:{_BUTTONS_CN})(?:[ \u3000]*[|丨｜/][ \u3000]*(?:{_BUTTONS_CN}))+"
    r"|(?i:print(?:\s+this\s+page)?(?:[ \u3000]*[|丨｜/][ \u3000]*|[ \u3000]+)close(?:\s+window)?)"
)
#: The same strong furniture glued after any last character (``2024年1月1日【打印】【关闭】``).
STRONG_TRAILING_JUNK_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:(?:{_STRONG_JUNK_TOKEN})[{INDENT_RE}|丨｜/·•]*)+(?=\n?\Z)"
)
LEADING_JUNK_RE = lazy_regex(
    rf"\A{INDENT_CLASS}*(?:(?:{_STRONG_JUNK_TOKEN}"
    rf"|(?:(?:[您你](?:当前|现在)?的?|当前的?)?位置[:：])?首页{INDENT_CLASS}*(?:[>＞»›→]{INDENT_CLASS}*[^\n>＞»›→。；，]{{1,24}}?{INDENT_CLASS}*){{0,7}}[>＞»›→]{INDENT_CLASS}*正文"
    rf")[{INDENT_RE}|丨｜/·•]*+)++(?=[^\s])"
)
_URL = r"(?:https?://|www\.)[A-Za-z0-9][A-Za-z0-9.\-_/%?=&#:~+]*"
_BARE_URL_LINE_RE = lazy_regex(rf"^{INDENT_CLASS}*{_URL}{INDENT_CLASS}*$", regex.MULTILINE)


#: The ICP/备案 shape of :data:`FURNITURE_LINE_RE` (its only one that may open on any
#: character) and the words it needs within its first 80 characters.
_ICP_LINE_RE = lazy_regex(
    r"^[^\n。；]{0,80}(?:ICP[备证]|公网安备|网站标识码|网站识别码|政府网站标识码)[^\n。；]{0,80}$", regex.MULTILINE
)
#: Words one of which an ICP line holds (parts of its words: a cheap, wider gate).
_ICP_WORDS = "ICP|公网安备|标识码|识别码"
_ICP_WORD = lazy_re(_ICP_WORDS)
#: How far into a line the gate looks: the ICP shape's words start within 80 characters.
_ICP_REACH = 80 + len("政府网站标识码")
_INDENT_RUN = lazy_regex(rf"{INDENT_CLASS}*")
#: A pagination token opening on 第 (``第 2 页``): the only other shape a line opening
#: on 第 may have.
_PAGE_NUMBER_START = lazy_regex(r"第[ \u3000]*\d")


#: The longest line a furniture shape takes (the longest real ones, a row of links or a
#: meta line with its values, stay under 300 characters).  A longer line is never tried:
#: on one long line of digits the pagination shape split the run into 1-4 digit tokens in
#: many ways, quadratic in the line (16k characters 0.56 s, 200k ~90 s; review 10, F4).
MAX_FURNITURE_LINE = 500


def _furniture_line(text: str, start: int) -> "regex.Match[str] | None":
    """``FURNITURE_LINE_RE.match(text, start)`` at a line start, without trying all its shapes
    on a line that opens on 第 (an article or a heading: nine in ten of the lines the hints
    find in the clean corpus, at about 10 µs each).

    After its indentation, such a line can only be pagination (``第2页 共3页``: 第, blanks,
    a digit) or an ICP/备案 line (one of its words in the first 80 characters): every other
    shape opens on a widget, a bracket or a label, none of which starts with 第.  When
    neither can be, no shape matches; when only the ICP line can, its match is the one
    ``FURNITURE_LINE_RE`` returns (the shapes before it fail).

    >>> [bool(_furniture_line(t, 0)) for t in ("第一条 为了。", "第2页 共3页", "第一 京ICP备12345号", "打印本页")]
    [False, True, True, True]
    >>> _furniture_line("1 " * 300, 0) is None
    True
    """
    line_end = text.find("\n", start, start + MAX_FURNITURE_LINE + 1)
    if line_end < 0 and len(text) - start > MAX_FURNITURE_LINE:
        return None  # no furniture line is this long (and its shapes are slow on one: a digit run splits many ways)
    at = start if text.startswith("第", start) else _INDENT_RUN.match(text, start).end()
    if text.startswith("第", at) and not _PAGE_NUMBER_START.match(text, at):
        if _ICP_WORD.search(text, start, start + _ICP_REACH) is None:
            return None
        return _ICP_LINE_RE.match(text, start)
    return FURNITURE_LINE_RE.match(text, start)


#: The organiser labels a site's footer shares with a notice's body (``主办单位：…`` of an event).
_ORGANISER_LABEL = lazy_regex(rf"^{INDENT_CLASS}*[【\[]?(?:主办单位|承办单位|协办单位|主办|承办|协办)[:：]")
#: What a site's footer holds beside its 主办单位 line.
_SITE_FOOTER_WORD = lazy_re(_ICP_WORDS + "|版权所有|Copyright|©|网站地图|联系我们|技术支持|运行维护|网站声明")
#: Characters looked at on each side of an organiser line for the footer's other lines.
_FOOTER_REACH = 200


def _beside_site_footer(text: str, start: int, end: int) -> bool:
    """Whether an organiser line (``主办单位：…``) stands in a site's footer: a footer word (ICP,
    公网安备, 网站标识码, 版权所有, 网站地图…) within :data:`_FOOTER_REACH` characters, or on the line
    itself.  A notice's own organisers (``二、组织单位⏎主办单位：教育部思想政治工作司⏎承办单位：…``,
    a 教育部 notice that lost both lines in a field test) stand beside none.

    >>> t = "主办单位：广州市人民政府办公厅\\n网站标识码：4401000004 粤ICP备05080435号"
    >>> _beside_site_footer(t, 0, 15)
    True
    >>> t = "二、组织单位\\n主办单位：教育部思想政治工作司\\n承办单位：教育部宣传教育中心、上海交通大学\\n三、活动内容"
    >>> _beside_site_footer(t, 7, 22)
    False
    """
    return _SITE_FOOTER_WORD.search(text, max(0, start - _FOOTER_REACH), end + _FOOTER_REACH) is not None


#: A line that announces a list of organisers: a heading naming them (``二、组织单位``,
#: ``（三）活动主办``, ``组织机构：``).
_ANNOUNCING_LINE = lazy_regex(
    rf"^{INDENT_CLASS}*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[^\n。；]{{0,12}}"
    rf"(?:组织|单位|主办|承办|协办|机构)[^\n。；]{{0,8}}[:：]?{INDENT_CLASS}*$"
)


def _announced(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` belongs to a list of organisers the text announces: the
    line before it is a heading naming them, or is itself an organiser line so announced
    (``二、组织单位⏎主办单位：…⏎承办单位：…``).

    >>> t = "二、组织单位\\n主办单位：教育部思想政治工作司\\n承办单位：上海交通大学\\n"
    >>> _announced(t, t.index("主办")), _announced(t, t.index("承办"))
    (True, True)
    >>> t = "第二条 本条例适用于本市。\\n主办单位：常州市司法局\\n"
    >>> _announced(t, t.index("主办"))
    False
    """
    for _ in range(4):  # (a block of organisers is short)
        if line_start == 0:
            return False
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        previous = text[previous_start:line_start - 1]
        if not previous.strip(INDENT + "\xa0"):
            return False
        if _ANNOUNCING_LINE.search(previous):
            return True
        if not _ORGANISER_LABEL.match(previous):
            return False
        line_start = previous_start
    return False


#: A work's author field alone on its line (``作者：白居易``), and the dynasty field that goes with it.
_AUTHOR_LINE = lazy_regex(rf"{INDENT_CLASS}*作者[:：]{INDENT_CLASS}*[^\s:：。；，,]{{1,12}}{INDENT_CLASS}*")
_DYNASTY_LINE = lazy_regex(rf"{INDENT_CLASS}*朝代[:：]{INDENT_CLASS}*[^\s:：。；，,]{{1,8}}{INDENT_CLASS}*")


def _work_attribution(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is the author of a classical work quoted in the text: a
    ``作者：`` line right below or above its ``朝代：`` line, the work's own fields.

    Real damage: a poetry page's head ``夜雨⏎朝代：唐代⏎作者：白居易⏎原文：`` lost its author line as a
    page's byline (magic-html benchmark page 9f4c1adb9f61d954, field test 8; left by session 9).
    A page's byline (``作者：张三`` among the page's fields, ``作者：佚名`` over a commentary) has no
    dynasty beside it and still goes.

    >>> t = "夜雨\\n朝代：唐代\\n作者：白居易\\n原文：\\n我有所念人。"
    >>> _work_attribution(t, 9, 15), _work_attribution("作者：佚名\\n此诗写于元和六年。", 0, 5)
    (True, False)
    """
    if not _AUTHOR_LINE.fullmatch(text, start, end) or "朝代" not in text:
        return False
    before_end = start - 1
    before_start = text.rfind("\n", 0, max(0, before_end)) + 1
    if before_end > 0 and _DYNASTY_LINE.fullmatch(text, before_start, before_end):
        return True
    after_end = text.find("\n", end + 1)
    after_end = len(text) if after_end < 0 else after_end
    return end < len(text) and bool(_DYNASTY_LINE.fullmatch(text, end + 1, after_end))


#: Fields only a document's own record carries (a law database's header block, a 公文 info box):
#: a page's publication stamp has none of them beside it.
_DOCUMENT_FIELD_LINE = lazy_regex(
    rf"{INDENT_CLASS}*[【\[]?(?:发文字号|文号|制定机关|发布机关|发文机关|颁布机关|实施日期|施行日期|生效日期|失效日期|"
    rf"效力等级|效力级别|时效性|时{INDENT_CLASS}*效{INDENT_CLASS}*性|公布日期|颁布日期|成文日期|索引号|主题分类)[】\]]?[:：][^\n]*"
)


def _in_document_record(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` stands in a block of the document's own fields: the line
    above or below is one of :data:`_DOCUMENT_FIELD_LINE`.

    Real damage: a 北大法宝 export's header ``发文字号：公通字[2005]98号⏎制定机关：公安部⏎发布日期：2005.12.27⏎
    实施日期：2006.02.01`` lost its ``发布日期`` line as a page's publication stamp, and the 规定 its date
    (autumn-picnic/xiaoan, field test 12, F12-A2). A page's stamp under a title has no such field beside
    it, or more than one field on its line (``发布日期：2024-11-15 来源：本站``), and still goes.

    >>> t = "制定机关：公安部\\n发布日期：2005.12.27\\n实施日期：2006.02.01"
    >>> _in_document_record(t, 9, 24), _in_document_record("某条例\\n发布日期：2024-11-15\\n第一条", 4, 19)
    (True, False)
    """
    before_end = start - 1
    if before_end > 0 and _DOCUMENT_FIELD_LINE.fullmatch(text, text.rfind("\n", 0, before_end) + 1, before_end):
        return True
    after_end = text.find("\n", end + 1)
    after_end = len(text) if after_end < 0 else after_end
    return end < len(text) and bool(_DOCUMENT_FIELD_LINE.fullmatch(text, end + 1, after_end))


def _is_furniture_line(line: str) -> bool:
    """Check a line that matched a furniture shape (meta and pagination lines need more).

    >>> _is_furniture_line("来源：常州市司法局 发布时间：2024-11-15")
    True
    >>> _is_furniture_line("来源：本条例所称资金来源，是指财政拨款。")
    False
    >>> _is_furniture_line("发布日期：")
    False
    >>> _is_furniture_line("时间：2020-05-14 来源：法制办 作者：管理员 点击：88"), _is_furniture_line("时间：每年三月")
    (True, False)
    >>> _is_furniture_line("日期：2020年5月14日"), _is_furniture_line("日期： 年 月 日")
    (True, False)
    >>> _is_furniture_line("第1页 共3页"), _is_furniture_line("1 2 3")
    (True, False)
    """
    if _WIDGET_LINE_RE.fullmatch(line):
        return True  # widgets only
    stripped = line.strip(INDENT + "\u00a0【】[]")
    if _PAGE_LINE_RE.fullmatch(stripped):
        return bool(_PAGE_WORD.search(stripped))
    fields = _META_FIELD_RE.findall(stripped)
    if not fields or not _META_FIELD_RE.match(stripped):
        return True  # not a meta line: its shape alone decided
    if regex.search(r"[。；，,;]", stripped):
        return False
    if _META_FIELD_RE.sub("", stripped).strip(INDENT + "\xa0") == "":
        return False  # labels without their values (``发布日期：``, the value on the next line): never half a field
    if len(fields) >= 2 or _STRONG_META.match(stripped):
        return True
    value = stripped[len(fields[0]):].strip()
    if fields[0][:-1] in _WEAK_META:
        # a date's blanks (``日期： 年 月 日``) are a form's field to fill in, not a page's date
        return bool(_DATE_OR_NUMBER.match(value)) and any(c.isdigit() for c in value)
    return 0 < len(value) <= 30


# --------------------------------------------------------------------------
# Removing whole lines
# --------------------------------------------------------------------------


def _within(spans: list[tuple[int, int, list[str]]], starts: list[int], at: int) -> bool:
    """Whether ``at`` falls in one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


def _text_end(text: str) -> int:
    """Where the text's trailing whitespace starts."""
    return len(text.rstrip())


def line_removal_span(text: str, start: int, end: int, *, text_end: int | None = None) -> tuple[int, int]:
    """Span removing the lines ``text[start:end]`` and the line break that held them.

    The newline after the lines goes with them; the last line without a
    newline takes the newline before it instead, so no empty line is left
    behind.  A block that stood as a paragraph of its own (a blank line, or
    the start of the text, before it) also takes one blank line with it, so
    ``甲。\\n\\n<junk>\\n\\n乙。`` becomes ``甲。\\n\\n乙。`` and junk after the
    last paragraph leaves the text's own ending.

    >>> t = "甲。\\n\\n分享到：\\n\\n乙。\\n"
    >>> s, e = line_removal_span(t, 4, 8); t[:s] + t[e:]
    '甲。\\n\\n乙。\\n'
    >>> t = "甲。\\n\\n分享到：\\n"
    >>> s, e = line_removal_span(t, 4, 8); t[:s] + t[e:]
    '甲。\\n'
    """
    blank_before = _paragraph_block(text, start)
    if blank_before and text.startswith("\n\n", end):
        return start, end + 2
    # (``text_end``: :func:`_text_end`, given by a caller that removes many blocks; the rest
    # of the text is not copied for each)
    if blank_before and start >= 2 and end >= (_text_end(text) if text_end is None else text_end):
        # trailing junk paragraph: drop the blank line before it, keep the ending
        return start - 2, end
    if end < len(text) and text[end] == "\n":
        return start, end + 1
    if start > 0 and text[start - 1] == "\n":
        return start - 1, end
    return start, end


def _paragraph_block(text: str, start: int) -> bool:
    """Whether lines starting at ``start`` stand as a paragraph (a blank line or the text start before)."""
    return start == 0 or text.startswith("\n\n", start - 2)


def merge_line_spans(text: str, spans: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """Merge removals of consecutive lines (and of junk paragraphs with only
    blank lines between), then give each block its newline.

    >>> merge_line_spans("a\\nb\\nc", [(2, 3, ["b"]), (4, 5, ["c"])])
    [(1, 5, ['b', 'c'])]
    """
    blocks: list[list] = []
    for start, end, notes in sorted(spans):
        if blocks and (start <= blocks[-1][1] + 1 or _paragraph_block(text, blocks[-1][0]) and not text[blocks[-1][1]:start].strip()):
            blocks[-1][1] = max(blocks[-1][1], end)
            blocks[-1][2].extend(notes)  # (not ``+``: a block of many lines was quadratic)
        else:
            blocks.append([start, end, list(notes)])
    result = []
    text_end = _text_end(text) if len(blocks) > 1 else None
    for start, end, notes in blocks:
        start, end = line_removal_span(text, start, end, text_end=text_end)
        result.append((start, end, notes))
    return result


def merge_sorted(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlap an earlier one."""
    result: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if result and edit.start < result[-1].end:
            continue
        result.append(edit)
    return result


def _lines(text: str, start: int = 0, end: int | None = None) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]`` (``end`` without the newline)."""
    end = len(text) if end is None else end
    at = start
    while at < end:
        nl = text.find("\n", at, end)
        stop = end if nl < 0 else nl
        yield at, stop
        at = stop + 1


def _lines_backwards(text: str) -> Iterable[tuple[int, int]]:
    """The lines of :func:`_lines` (``text`` whole), last first.

    >>> [list(_lines_backwards(t)) == list(_lines(t))[::-1] for t in ("a\\n\\nb", "a\\n", "\\n\\n", "")]
    [True, True, True, True]
    """
    stop = len(text) - 1 if text.endswith("\n") else len(text)
    if not text:
        return
    while True:
        start = text.rfind("\n", 0, stop) + 1
        yield start, stop
        if start == 0:
            return
        stop = start - 1


# --------------------------------------------------------------------------
# Related links, attachment lists, footnotes
# --------------------------------------------------------------------------

#: A site's box of related links, printed above or below the document: a label and the
#: linked title (``政策文件：…的通知``, ``相关解读：《…》解读``), no sentence in it.
_RELATED_LINK_RE = lazy_regex(r"(?:政策文件|相关文件|相关政策|相关解读|相关链接|相关阅读|延伸阅读|(?:点击查看)?政策解读)[:：][^\n。；！？]{1,160}")
_FIRST_TEXT = lazy_re(r"[^\s\u3000]")
#: What a related-link line opens with once its indentation is skipped (a cheap gate).
_RELATED_LINK_FIRST = frozenset("政相延点")


def _edge_lines(text: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The first and the last line with text: ``(start, end)`` each."""
    first = _FIRST_TEXT.search(text)
    if first is None:
        return None, None
    last_end = len(text)
    while last_end > 0 and text[last_end - 1].isspace():
        last_end -= 1  # (no rstrip: it copies the page)
    last_start = text.rfind("\n", 0, last_end) + 1
    first_end = text.find("\n", first.start())
    first_end = len(text) if first_end < 0 else first_end
    return (first.start(), first_end), (last_start, last_end)


def _related_link_lines(text: str) -> list[tuple[int, int]]:
    """The first and last lines of ``text`` when they are related-link furniture.

    Evidence: the label, a title for a value, and the place: the very first or last
    line of the page (inside a document, ``相关文件：`` may open a list of the law's own).

    >>> t = "政策文件：中医诊所备案管理暂行办法\\n一、问：什么是中医诊所？\\n答：……。\\n相关解读：《办法》解读\\n"
    >>> [t[a:b] for a, b in _related_link_lines(t)]
    ['政策文件：中医诊所备案管理暂行办法', '相关解读：《办法》解读']
    """
    found = []
    for span in sorted({s for s in _edge_lines(text) if s is not None}):
        start, end = span
        if text[start] in _RELATED_LINK_FIRST and _RELATED_LINK_RE.fullmatch(text, start, end):
            found.append((text.rfind("\n", 0, start) + 1, end))
    return found


#: A file a site offers for download: a name ending in a document's extension.
_FILE_NAME = r"[^\n。；]{1,160}?\.(?i:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z|txt|pptx?|ceb|tiff?|jpe?g|png)"
#: The head of a download list (alone on its line, or before one file on the same line).
_ATTACHMENT_HEAD = r"[【\[]?(?:附件下载|相关附件|附件列表|下载附件|相关文件下载|附件|附)[】\]]?[:：]?"
_ATTACHMENT_HEAD_RE = lazy_regex(rf"{INDENT_CLASS}*{_ATTACHMENT_HEAD}{INDENT_CLASS}*")
#: A line naming a file to download (a list number allowed): ``1. 某条例（全文）.doc``.  A link
#: is no file name (``[12]https://www.accessdata.fda.gov/…/K161139.pdf`` is a guideline's
#: reference; a bare link line is kept with a warning, see :func:`remove_site_furniture`).
_FILE_LINE_RE = lazy_regex(
    rf"(?![^\n]*(?i:://|www\.)){INDENT_CLASS}*(?:{_ATTACHMENT_HEAD}{INDENT_CLASS}*)?(?:\d{{1,2}}[.．、]{INDENT_CLASS}*)?{_FILE_NAME}{INDENT_CLASS}*"
)
_EXTENSION_GATE = lazy_re(r"\.(?:[dD][oO][cC]|[pP][dD][fF]|[xX][lL][sS]|[wW][pP][sS]|[eE][tT]|[oO][fF][dD]|[zZ][iI][pP]|[rR][aA][rR]|7[zZ]|[tT][xX][tT]|[pP][pP][tT]|[cC][eE][bB]|[tT][iI][fF]|[jJ][pP][eE]?[gG]|[pP][nN][gG])[xX]?\s*$", re.M)


def _signed_after(text: str, end: int) -> bool:
    """Whether the lines after ``end`` are a signature (an issuing body, then a date): a file
    named above a notice's signature is the notice's own attachment, which a site links to its
    file (``附件：某某通知（征求意见稿）.wps`` above ``海南省住房公积金管理局`` ⏎ ``2023年5月1日``; a
    field test found such a list deleted as a download list).

    >>> _signed_after("附件：某办法.wps\\n\\n海南省住房公积金管理局\\n2023年5月1日\\n", 10), _signed_after("某办法.pdf\\n版权所有", 7)
    (True, False)
    """
    kinds = []
    for line in text[end:end + 400].split("\n"):
        if line.strip(INDENT + "\xa0"):
            kinds.append(line_kind(line))
            if len(kinds) == 2:
                break
    return kinds == ["signature", "date"]


#: A file named by a document number (``市政办发〔2022〕167号.pdf``): the page's own document, the
#: only place its 文号 may be written.
_NUMBERED_FILE_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:{_ATTACHMENT_HEAD}{INDENT_CLASS}*)?\p{{Han}}{{1,12}}[〔\[［(（]\d{{4}}[〕\]］)）]第?\d{{1,5}}号"
    rf"\.(?i:docx?|pdf|wps|ofd){INDENT_CLASS}*"
)


def _attachment_lines(text: str) -> list[tuple[int, int]]:
    """Download lists: file-name lines, and the head line (``附件下载：``) right above them.

    Evidence: the line is a file name with a document's extension and nothing else (a
    notice's own list of attachments, ``附件：1.某某办法``, names no file and stays).  A file
    named by a document number stays (:func:`numbered_files`): the name is the evidence of
    the page's 文号 (白银 ``市政办发〔2022〕167号.pdf``, field test 8b).

    >>> t = "第九条 本条例自公布之日起施行。\\n附件下载：\\n1. 某条例（全文）.doc\\n某条例解读.pdf\\n"
    >>> [t[a:b] for a, b in _attachment_lines(t)]
    ['附件下载：', '1. 某条例（全文）.doc', '某条例解读.pdf']
    >>> _attachment_lines("参考文献：\\n[12]https://www.accessdata.fda.gov/cdrh_docs/reviews/K161139.pdf\\n")
    []
    """
    found = [(start, end) for start, end in _lines_naming_files(text)
             if _FILE_LINE_RE.fullmatch(text, start, end) and not has_cells(text[start:end])
             and not _NUMBERED_FILE_RE.fullmatch(text, start, end)]
    found = [span for span in found if not _signed_after(text, span[1])]
    heads = []
    for start, _ in found:
        prev_end = start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1  # blank lines between the head and the list
        prev_start = text.rfind("\n", 0, prev_end) + 1 if prev_end > 0 else 0
        if prev_end > prev_start and _ATTACHMENT_HEAD_RE.fullmatch(text, prev_start, prev_end):
            heads.append((prev_start, prev_end))
    return sorted(set(found) | set(heads))


def numbered_files(text: str) -> list[tuple[int, int]]:
    """Lines of a download list naming a file by a document number, which
    :func:`_attachment_lines` keeps (a warning says so).

    >>> t = "白银银保监分局负责监督。\\n市政办发〔2022〕167号.pdf\\n分享：\\n"
    >>> [t[a:b] for a, b in numbered_files(t)]
    ['市政办发〔2022〕167号.pdf']
    """
    return [(start, end) for start, end in _lines_naming_files(text) if _NUMBERED_FILE_RE.fullmatch(text, start, end)]


def _lines_naming_files(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a file name's extension (:data:`_EXTENSION_GATE`), once each.

    >>> t = "附件下载：\\n某条例.doc 某解读.pdf\\n第一条 施行。"
    >>> [t[a:b] for a, b in _lines_naming_files(t)]
    ['某条例.doc 某解读.pdf']
    """
    found: list[tuple[int, int]] = []
    for m in _EXTENSION_GATE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if found and found[-1][0] == start:
            continue
        end = text.find("\n", m.start())
        found.append((start, len(text) if end < 0 else end))
    return found


#: A footnote marker: ``[1]``, ``[注1]``, ``（注1）``, ``【注1】``, ``[^1]``.
_MARKER = r"(?:\[\^?注?\d{1,2}\]|[（(]注\d{1,2}[）)]|【注\d{1,2}】|〔注?\d{1,2}〕)"
_MARKER_RE = lazy_regex(_MARKER)
#: The head of a page's notes: ``注释：``, ``【注释】``, ``注：``.
_NOTES_HEAD_RE = lazy_regex(rf"{INDENT_CLASS}*[【\[]?(?:注释|注解|脚注|附注|尾注|注)[】\]]?[:：]?{INDENT_CLASS}*")
_NOTE_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*({_MARKER})[^\n]*")


#: A line that opens an article: ``第一条``, ``第12条`` (the page is a law with articles).
_ARTICLE_LINE_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}条", regex.MULTILINE)
_CHAPTER_LINE_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}[章编节]", regex.MULTILINE)
#: A mirror's editorial note on a law: a cross-reference, a remark, an amendment record.
_EDITORIAL_NOTE_RE = lazy_regex(
    rf"{INDENT_CLASS}*{_MARKER}{INDENT_CLASS}*(?:参见|详见|见|注|本条|本款|本项|本法|根据|依据|编者|按|此|该)"
    r"|修正|修改|修订|废止|删去|删除|增加"
)
#: A citation: a work's title followed by its source, date, edition or page
#: (``《…》，新华社，2021年7月1日。``, ``…出版社2016年版``, ``《求是》2024年第3期``).
_CITATION_NOTE_RE = lazy_regex(
    r"》[ \u3000]*[，,][^\n]*?(?:\d{4}[年\-/.]|社|报|网)|》[^\n]*?\d{4}年(?:第\d+期|\d{1,2}月)"
    r"|出版社|第\d+[-—–]?\d*[页版]|https?://"
)


def _articles_before(text: str, end: int) -> bool:
    """Whether two article labels (``第一条``) open lines before ``end``: the page is a law."""
    found = 0
    for _ in _ARTICLE_LINE_RE.finditer(text, 0, end):
        found += 1
        if found == 2:
            return True
    return False


def _footnotes(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[CleanWarning]]:
    """The page's notes (lines) and the markers in its text that they explain.

    Evidence: a block of note lines after the law, each opening with a marker, under a
    head (``注释：``) or as the last lines of the page; and in the text, the same
    markers right after a word.  A marker without its note stays, and so do notes whose
    markers the text does not show.

    Only a mirror's editorial notes on a law are furniture (issue 15): the page has
    articles (``第N条`` lines) and every note is a remark (``参见…``, ``注：…``,
    ``本条…``, an amendment record), none a citation.  A document's own notes are its
    text (field test F8-M4: the 35 endnotes of a report, ``[1] 《…的讲话》，新华社，
    2021年7月1日。``, were deleted with their markers): without articles, or with a
    citation among the notes, notes and markers stay and a warning says so.

    >>> t = "第一条 为了规范管理[1]，制定本条例。\\n第二条 本条例自公布之日起施行。\\n\\n注释：\\n\\n[1]参见《立法法》。\\n"
    >>> lines, marks, kept = _footnotes(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in marks], kept
    (['注释：', '[1]参见《立法法》。'], ['[1]'], [])
    >>> t = "实现中华民族伟大复兴。[1]\\n注释：\\n[1] 《习近平的讲话》，新华社，2021年7月1日。\\n"
    >>> lines, marks, kept = _footnotes(t)
    >>> lines, marks, [w.message for w in kept]
    ([], [], ['notes and markers kept as text: no articles, or a note cites a source'])
    """
    if "[" not in text and "注" not in text and "〔" not in text:
        return [], [], []
    notes: list[tuple[int, int, str]] = []  # the last block of note lines
    head: tuple[int, int] | None = None
    before: tuple[int, int] | None = None  # the line above the notes
    for start, end in _lines_backwards(text):  # (only the page's last lines: not a list of all)
        if start == end:
            continue
        m = _NOTE_LINE_RE.fullmatch(text, start, end)
        if not m:
            before = (start, end)
            break
        notes.append((start, end, m.group(1)))
    if not notes:
        return [], [], []
    if before is not None and _NOTES_HEAD_RE.fullmatch(text, *before):
        head = before
    body_end = head[0] if head else notes[-1][0]
    wanted = {marker for _, _, marker in notes}
    marks = [
        (m.start(), m.end()) for m in _MARKER_RE.finditer(text, 0, body_end)
        if m.group() in wanted and m.start() > 0 and not text[m.start() - 1].isspace()
    ]
    if not marks:
        return [], [], []
    found_markers = {text[a:b] for a, b in marks}
    note_lines = [(s, e) for s, e, marker in notes if marker in found_markers]
    if len(note_lines) < len(notes) // 2 + (len(notes) % 2):
        return [], [], []  # most notes explain nothing on the page: not this page's notes
    editorial = _articles_before(text, body_end) and all(
        _EDITORIAL_NOTE_RE.search(text, s, e) and not _CITATION_NOTE_RE.search(text, s, e) for s, e, _ in notes
    )
    if not editorial:
        first = notes[-1][0]
        return [], [], [CleanWarning(SITE_FURNITURE, first, "notes and markers kept as text: no articles,"
                                     " or a note cites a source", text[first:notes[-1][1]][:60])]
    return sorted(([head] if head else []) + [(s, e) for s, e, _ in notes]), marks, []


# --------------------------------------------------------------------------
# The rule
# --------------------------------------------------------------------------


def remove_site_furniture(text: str) -> RuleResult:
    """Remove page chrome the scraper kept: furniture lines, glued junk, download lists, footnotes.

    Whole lines only (a line ``来源：…`` inside an article stays), plus furniture
    glued before the first or after the last sentence of the text, and footnote
    markers paired with the page's notes.  A bare link line that does not look like
    spam is kept with a warning.

    **Evidence**: the whole line has a furniture shape (buttons and widgets in Chinese
    or English, share bars, scan-to-phone, pagination, a breadcrumb, an ICP or copyright
    line, a source/publish-time line whose values are short and carry no sentence
    punctuation), or a related-link line (``政策文件：…``, ``相关解读：…``) that opens or
    closes the page, or a file name offered for download; a footnote marker only with
    its note.  Never removed: a label whose value is not on its line (``发布日期：`` with
    the date below: half a field would be left, convention 6), a table row, a line of
    prose that opens like a field.

    >>> remove_site_furniture("第一条 为了规范管理。\\n【字体：大 中 小】 打印本页 关闭窗口\\n")[0]
    '第一条 为了规范管理。\\n'
    >>> remove_site_furniture("……具体措施等。扫一扫在手机打开当前页 |")[0]
    '……具体措施等。'
    >>> remove_site_furniture("来源：本条例所称资金来源，是指财政拨款。")[0]
    '来源：本条例所称资金来源，是指财政拨款。'
    >>> remove_site_furniture("Print | Close\\n某条例\\n第一条 为了规范管理。\\n上一页 1 2 3 下一页\\n")[0]
    '某条例\\n第一条 为了规范管理。\\n'
    """
    spans: list[tuple[int, int, list[str]]] = []
    warnings: list[CleanWarning] = []
    hinted: set[int] = set()
    taken: set[int] = set()  # line starts already removed (or holding glued leading junk)
    lead = LEADING_JUNK_RE.match(text) if _leading_gate(text) else None
    if lead:  # the first line is junk glued to text: only the junk goes
        hinted.add(0)
        taken.add(0)
    for hint in _furniture_hints(text):
        line_start = text.rfind("\n", 0, hint) + 1
        if line_start in hinted:
            continue
        hinted.add(line_start)
        match = _furniture_line(text, line_start)
        if not match or not match.group(0).strip() or not _is_furniture_line(match.group(0)):
            continue
        if has_cells(match.group(0)):
            continue  # a table row (its cells are data, convention 4)
        if (_ORGANISER_LABEL.match(match.group(0)) and not _beside_site_footer(text, line_start, match.end())
                and _announced(text, line_start)):
            continue  # an event's organisers (二、组织单位⏎主办单位：教育部思想政治工作司), not the site's
        if _work_attribution(text, line_start, match.end()):
            continue  # a poem's author beside its dynasty (朝代：唐代⏎作者：白居易), not the page's byline
        if len(_META_FIELD_RE.findall(match.group(0))) == 1 and _in_document_record(text, line_start, match.end()):
            continue  # the document's own field among its others (制定机关：…⏎发布日期：…), not the page's stamp
        taken.add(line_start)
        spans.append((match.start(), match.end(), [match.group(0).strip()[:40]]))
    warnings += [CleanWarning(SITE_FURNITURE, a, "download link named by a document number kept", text[a:b][:60])
                 for a, b in numbered_files(text)]
    note_lines, markers, note_warnings = _footnotes(text)
    warnings += note_warnings
    page_lines, glued_numbers = printed_page_numbers(text)
    page_lines += lone_page_numbers(text)
    crumbs, crumb_repeats = breadcrumb_lines(text)
    chrome_lines = (server_error_lines(text) + site_notice_lines(text) + disclaimer_tail_lines(text)
                    + viewer_notice_lines(text) + head_contact_and_menu_lines(text)
                    + _counters_below(text, spans) + menu_blocks(text)
                    + login_box_lines(text) + crumbs + docshare_lines(text) + empty_widget_lines(text)
                    + farm_wrapper_lines(text) + markup_lines(text) + widget_residue_lines(text, spans)
                    + news_wrapper_lines(text) + copier_note_lines(text) + farm_chrome_lines(text))
    related = related_list_tail(text)
    if related is not None:
        chrome_lines.append(related)
    appended = appended_page_tail(text)
    if appended is not None:
        chrome_lines.append(appended)

    for start, end in _related_link_lines(text) + _attachment_lines(text) + note_lines + page_lines + chrome_lines:
        if start not in taken:
            taken.add(start)
            spans.append((start, end, [text[start:end].strip()[:40]]))
    footer = footer_block_tail(text)
    if footer is not None:  # (its lines may be furniture lines already: the block is merged with them)
        spans.append((footer[0], footer[1], [text[footer[0]:footer[1]].strip()[:40]]))
    # A mirror's status box: its own edits (the removed text holds the box whole, for whoever
    # reads the mirror's values from the edits), never merged with other furniture.
    box = [(s, e, [text[s:e].strip()[:40]]) for s, e in mirror_status_box(text) if s not in taken]
    taken.update(s for s, _, _ in box)
    edits = [
        Edit(SITE_FURNITURE, s, e, text[s:e], "", "furniture line: " + " | ".join(notes))
        for s, e, notes in merge_line_spans(text, spans)
    ]
    edits += [Edit(SITE_FURNITURE, s, e, text[s:e], "", "mirror status box: " + " | ".join(notes))
              for s, e, notes in merge_line_spans(text, box)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "footnote marker") for a, b in markers]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "wiki edit link") for a, b in wiki_edit_links(text)
              if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "the page's breadcrumb repeated in the text")
              for a, b in crumb_repeats if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "printed page number") for a, b in glued_numbers
              if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "running head") for a, b in running_head_spans(text)
              if not any(s <= a < e for s, e, _ in spans)]
    removed = merge_line_spans(text, spans)
    removed_starts = [s for s, _, _ in removed]
    pipes = [(a, b, r) for a, b, r in layout_table_pipes(text) if not _within(removed, removed_starts, a)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], r, "layout table pipe") for a, b, r in pipes]
    markup = [(a, b, r) for a, b, r in literal_markup_runs(text) if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], r, "literal markup") for a, b, r in markup]
    if not markup:
        edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "html tag residue") for a, b in html_tag_residue(text)
                  if not any(s <= a < e for s, e, _ in spans)]
    latin = _gates.latin1_chars(text)
    if (b"http" in latin or b"www." in latin) and ("http" in text or "www." in text):  # exact gate: ASCII words stay contiguous in latin1_chars
        from corpus_tools.clean.spam import is_spam_url

        for match in _BARE_URL_LINE_RE.finditer(text):
            if not is_spam_url(match.group(0).strip()):
                warnings.append(CleanWarning(SITE_FURNITURE, match.start(), "bare link line kept", match.group(0)[:60]))
    if lead:
        edits.append(Edit(SITE_FURNITURE, 0, lead.end(), lead.group(0), "", "glued leading furniture"))
    # Glued junk runs to the end of the text (or the one newline before it)
    # and holds no newline, so it starts after the last newline of the body:
    # searching from there (and no earlier than the window) finds the same
    # leftmost match.  The lookbehind still sees the character before.
    body_end = len(text) - 1 if text.endswith("\n") else len(text)
    tail_start = max(0, len(text) - _TAIL_WINDOW, text.rfind("\n", 0, body_end) + 1)
    junk = TRAILING_JUNK_RE.search(text, tail_start)
    if junk is None:
        junk = STRONG_TRAILING_JUNK_RE.search(text, tail_start)
    if junk and junk.group(0).strip() and not any(e.start <= junk.start() < e.end for e in edits):
        edits.append(Edit(SITE_FURNITURE, junk.start(), junk.end(), junk.group(0), "", "glued trailing furniture"))
    edits = merge_sorted(edits)
    return apply_edits(text, edits), edits, warnings


#: Glued junk is looked for only in the last characters of the text.
_TAIL_WINDOW = 400

_PAGE_DASH = "—－–"
#: A page number as a PDF prints it, centred between dashes with blanks inside (``— 7 —``):
#: no line of the 1,911 clean laws holds this shape, while a range (``2019—2021``,
#: ``第一章—第三章``) never has blanks on both sides of a short number.
_PRINTED_PAGE_NUMBER_RE = lazy_re(
    rf"(?<![\d{_PAGE_DASH}-])[{_PAGE_DASH}]{{1,2}}[ \t\u3000\xa0]+\d{{1,3}}[ \t\u3000\xa0]+"
    rf"[{_PAGE_DASH}]{{1,2}}(?![\d{_PAGE_DASH}-])[ \t\u3000\xa0]*"
)
#: The same alone on its line, where ASCII hyphens and no blanks also occur (``-3-``).
_PAGE_NUMBER_LINE_RE = lazy_re(
    rf"^[ \t\u3000\xa0]*[{_PAGE_DASH}-]{{1,2}}[ \t\u3000\xa0]*\d{{1,3}}[ \t\u3000\xa0]*"
    rf"[{_PAGE_DASH}-]{{1,2}}[ \t\u3000\xa0]*$",
    re.MULTILINE,
)


def printed_page_numbers(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The printed page numbers of a PDF's text: (whole lines, marks glued into a line).

    Real damage: text extracted from gazette and ministry PDFs keeps the page footer
    (``— 7 —``) on a line of its own or glued to the line it interrupts, in the middle of
    an article (``…收到书面意见后，— 7  —⏎应在 10 个工作日内…``; pbc.gov.cn normative
    documents, field test of session 6).  A mark glued into a line counts only on a page
    showing two marks or more: one such shape alone is no numbered page.

    >>> t = "第二十一条 收到书面意见后，— 7  —\\n应在10个工作日内答复。\\n— 8 —\\n"
    >>> lines, glued = printed_page_numbers(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in glued]
    (['— 8 —'], ['— 7  —'])
    >>> printed_page_numbers("2019—2021年，第一章—第三章，（一）— （三）项")
    ([], [])
    """
    if not any(dash in text for dash in _PAGE_DASH) and "-" not in text:
        return [], []
    lines = [(m.start(), m.end()) for m in _PAGE_NUMBER_LINE_RE.finditer(text)]
    whole = {start for start, _ in lines}
    glued = []
    for m in _PRINTED_PAGE_NUMBER_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in whole:
            glued.append((m.start(), m.end()))
    if len(lines) + len(glued) < 2:
        glued = []
    return lines, glued
#: A page number alone on its line, as a PDF's text layer or its OCR gives it (``12``, ``1O`` with O for 0).
_LONE_NUMBER_RE = lazy_re(r"^[ \t\u3000]*([0-9OoIl]{1,3})[ \t\u3000]*$", re.MULTILINE)
_OCR_DIGITS = str.maketrans("OoIl", "0011")
#: The fewest numbers in a run of pages, and the fewest lines between two of them (a page holds more;
#: a table's row numbers stand a few lines apart).
_PAGE_RUN_MIN = 3
_PAGE_LINES_MIN = 8
#: A page of a document holds a sentence: the rows of a table laid one cell per line (``序号⏎⏎单位名称⏎地址…⏎⏎1⏎⏎某某单位1…``,
#: ten cells a row) hold none between their numbers (review 12, F4).
_PAGE_PROSE_RE = lazy_re(r"[。；，！？;,!?]")  # (a PDF text writes ASCII marks: ``破坏生产经营的;``)


def lone_page_numbers(text: str) -> list[tuple[int, int]]:
    """Page numbers a PDF's text keeps alone on their lines, as whole lines: only a run of them
    counting the pages.

    Real damage: 黑龙江's 量刑指导意见 实施细则 as the repository extracted it from the PDF (nonameche/law-pdf-extract,
    field test 10) keeps ``1O``, ``11``, ``12``, ``3``, ``4``, ``15``, ``16`` (13 and 14 lost their first digit, 10 was read
    with an O) between the sentences, one every page: ``(3)纠集3人以上公然破坏生产经营的;⏎1O⏎⏎(4)其他…``, and a wrap
    across the page (``…致使枯⏎12⏎⏎萎或者死亡3株以上的``) kept the number inside the sentence.

    **Evidence**: at least :data:`_PAGE_RUN_MIN` such lines, each standing apart (a blank line on one side), each
    the page after the one before (the page after next when a page lost its number; its last digit alone
    when the first was lost), at least :data:`_PAGE_LINES_MIN` lines apart with a sentence between them.  Row numbers of
    a table (a few lines apart, or cells without a sentence however many), numbered points (``1⏎一、本标准依…``) and a lone number elsewhere stay.

    >>> page = "甲。\\n" * 9
    >>> t = "第一条 甲。\\n" + page + "1O\\n\\n" + page + "11\\n\\n" + page + "2\\n\\n" + page
    >>> [t[a:b] for a, b in lone_page_numbers(t)]
    ['1O', '11', '2']
    >>> row = "某某单位{0}\\n某某路{0}号\\n张三\\n1234567\\n甲类\\n100\\n2\\n300\\n无\\n"
    >>> lone_page_numbers("序号\\n单位名称\\n地址\\n\\n" + "".join(f"{n}\\n\\n" + row.format(n) + "\\n" for n in range(1, 6)))
    []
    >>> lone_page_numbers("序号\\n\\n1\\n\\n甲\\n\\n2\\n\\n乙\\n\\n3\\n\\n丙\\n")
    []
    """
    candidates = []
    for m in _LONE_NUMBER_RE.finditer(text):
        token = m.group(1)
        if not any(c.isdigit() for c in token):
            continue
        start, end = m.start(1), m.end(1)
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, m.end()
        apart = text.startswith("\n\n", line_end) or text.endswith("\n\n", 0, line_start) or line_end == len(text)
        if apart:
            candidates.append((line_start, line_end, int(token.translate(_OCR_DIGITS)), start, end))
    if len(candidates) < _PAGE_RUN_MIN:
        return []
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int, int, int]] = []  # (line start, line end, page, text lines before it)
    line_no, counted = 0, 0
    for line_start, line_end, value, _, _ in candidates:
        line_no += _text_lines(text, counted, line_start)  # (blank lines aside: a table's cells stand between them)
        counted = line_start
        if run:
            previous = run[-1][2]
            page = next((p for p in (previous + 1, previous + 2) if value in (p, p % 10, p % 100)), None)
            if (page is not None and line_no - run[-1][3] >= _PAGE_LINES_MIN
                    and _PAGE_PROSE_RE.search(text, run[-1][1], line_start)):
                run.append((line_start, line_end, page, line_no))
                continue
            if len(run) >= _PAGE_RUN_MIN:
                found += [(a, b) for a, b, _, _ in run]
        run = [(line_start, line_end, value, line_no)]
    if len(run) >= _PAGE_RUN_MIN:
        found += [(a, b) for a, b, _, _ in run]
    return found


_TEXT_LINE_RE = lazy_re(r"[^\s\u3000][^\n]*")


def _text_lines(text: str, start: int, end: int) -> int:
    """How many lines of ``text[start:end]`` hold some text (blank ones aside)."""
    return sum(1 for _ in _TEXT_LINE_RE.finditer(text, start, end))


#: First characters that may open glued leading junk (cheap gate).
_LEADING_FIRST = frozenset(INDENT + "【[扫微手用使字您你当位首打关返收加保一分PpCc")


def _leading_gate(text: str) -> bool:
    first = _FIRST_TEXT.search(text, 0, 200)
    return first is not None and text[first.start()] in _LEADING_FIRST


#: Characters a furniture line may open with (after indentation and brackets): the first
#: characters of the widget, pagination, label and footer words (a cheap prefilter; the
#: exact line shapes decide).
_FIRST_CHARS = (
    "打关返收加保纠我设网联无长关老适读大繁简簡繁手移电登注搜高帮使隐意评点置顶中字分一微用扫听朗"
    "上下前后首尾末第共当跳转到页确当您你所位版信文稿来发更时日作责编审校供摄浏阅访主承技热友相合站兄推银儿青夜护欢今归视查展全葡英最修原内"
    "EePpCcBbRrTtHhSsFfLlMmAaGgV©(<«‹>»›…0123456789^]"
)
_FURNITURE_LEAD = rf"[{INDENT_RE}\u00a0【\[_]*"
#: After a newline (a literal first character lets the engine skip ahead fast).
_FURNITURE_HINT_RE = lazy_re("\n" + _FURNITURE_LEAD + "[" + re.escape(_FIRST_CHARS) + "]")
_FURNITURE_FIRST_LINE_RE = lazy_re(_FURNITURE_LEAD + "[" + re.escape(_FIRST_CHARS) + "]")
#: Markers of ICP/备案, copyright and masthead lines, anywhere on a line (``广州市人民政府 版权所有 主办单位：…``,
#: ``国家信访局门户网站　www.gjxfj.gov.cn``).
_FURNITURE_MARKERS = tuple(_ICP_WORDS.split("|")) + ("版权所有", "网站\u3000www.", "网站 www.")


def _furniture_hints(text: str) -> list[int]:
    """Positions on lines that may be furniture (cheap prefilter, then exact line rules)."""
    hints = [m.start() + 1 for m in _FURNITURE_HINT_RE.finditer(text)]
    if _FURNITURE_FIRST_LINE_RE.match(text):
        hints.append(0)
    latin = _gates.latin1_chars(text)
    for marker in _FURNITURE_MARKERS:
        if marker.isascii() and marker.encode() not in latin:
            continue  # exact: an ASCII word of the text is a substring of its Latin-1 characters
        at = text.find(marker)
        while at >= 0:
            hints.append(at)
            at = text.find(marker, at + 1)
    return sorted(hints)


# --------------------------------------------------------------------------
# Lines a corpus shows at the edges of many pages
# --------------------------------------------------------------------------

_SPACE_RE = lazy_regex(r"[\s\u3000\u00a0]+")


def line_key(line: str) -> str:
    """The form in which recurring lines are compared: without blanks.

    >>> line_key("  某区人民政府　门户网站 ")
    '某区人民政府门户网站'
    """
    return _SPACE_RE.sub("", line)


def remove_recurring_lines(text: str, *, recurring: frozenset[str] | None = None) -> RuleResult:
    """Remove lines of a site's chrome that the corpus shows at the edges of many pages.

    ``recurring`` holds the :func:`line_key` of such lines, found by the build over
    every page of the corpus (:mod:`corpus_tools.dataset.recurring`); a page cleaned
    alone has none, and nothing changes.

    **Evidence**: the line recurs, as a whole line, in the leading or trailing block
    of many pages of the corpus (the corpus decides); here it is removed only where it
    stands in this page's leading or trailing block too (:func:`edge_blocks`), never
    from inside the document.

    >>> page = "某区人民政府门户网站\\n某条例\\n第一条 为了规范管理。\\n某区人民政府门户网站\\n"
    >>> remove_recurring_lines(page, recurring=frozenset({"某区人民政府门户网站"}))[0]
    '某条例\\n第一条 为了规范管理。\\n'
    """
    if not recurring:
        return text, [], []
    spans = []
    for start, end in edge_blocks(text):
        for line_start, line_end in _lines(text, start, end):
            if line_key(text[line_start:line_end]) in recurring and not has_cells(text[line_start:line_end]):
                spans.append((line_start, line_end, [text[line_start:line_end].strip()[:40]]))
    edits = [
        Edit(RECURRING_FURNITURE, s, e, text[s:e], "", "recurring line: " + " | ".join(notes))
        for s, e, notes in merge_line_spans(text, spans)
    ]
    return apply_edits(text, edits), edits, []


#: A line that opens the document: an article or chapter label, or a sentence.
_CONTENT_LINE = lazy_regex(r"[。；！？]|^[ \u3000\u00a0]*第[一二三四五六七八九十百千零〇\d]+[条章节编]")
#: Lines looked at, at most, at each edge of a page.
EDGE_LINES = 12


def edge_blocks(text: str) -> list[tuple[int, int]]:
    """The page's leading block (the lines before its first sentence or label, at most
    :data:`EDGE_LINES`) and trailing block (the lines after its last one): where a site's
    chrome stands, outside the documents.

    >>> t = "网站名\\n当前位置\\n某条例\\n第一条 为了规范管理。\\n某市人民政府\\n版权所有\\n"
    >>> [t[a:b] for a, b in edge_blocks(t)]
    ['网站名\\n当前位置\\n某条例', '某市人民政府\\n版权所有']
    """
    lead = _before_content(text, _lines(text))
    if lead is None:
        return []
    lead = lead[-EDGE_LINES:]
    trail = _before_content(text, _lines_backwards(text))[::-1][:EDGE_LINES]  # a content line exists: the first
    out = []
    if lead:
        out.append((lead[0][0], lead[-1][1]))
    if trail:
        out.append((trail[0][0], trail[-1][1]))
    return out


def _before_content(text: str, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The lines of ``lines`` that hold more than blanks, up to the first that is content (a
    sentence or an outline label), or None when none is: :func:`edge_blocks` reads a page from
    each end only as far as its first and last line of content."""
    kept = []
    for a, b in lines:
        if text[a:b].strip():
            if _CONTENT_LINE.search(text, a, b):
                return kept
            kept.append((a, b))
    return None


__all__ = [
    "FURNITURE_LINE_RE",
    "edge_blocks",
    "line_key",
    "line_removal_span",
    "merge_line_spans",
    "merge_sorted",
    "remove_recurring_lines",
    "remove_site_furniture",
]


# --------------------------------------------------------------------------
# Chrome of other shapes: server errors, site notices, counters, tag residue
# --------------------------------------------------------------------------

#: A PHP error or warning the server printed into the page (``Warning: file_get_contents(…):
#: Failed to open stream: … in /www/…/TemplateEngine.php on line 2691``).
_SERVER_ERROR_LINE_RE = lazy_re(
    r"^[ \t]*(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error)"
    r"[ \t]*:[ \t]+[^\n]{1,600}? in [^\n]{1,300}?\.php(?: on line \d{1,7}|:\d{1,7})?[ \t]*$",
    re.MULTILINE,
)


def server_error_lines(text: str) -> list[tuple[int, int]]:
    """The error and warning lines a PHP server printed into the page, as whole lines.

    Real damage: an SEO farm's page opens with four ``Warning: file_get_contents(…): Failed
    to open stream: No such file or directory in /www/wwwroot/…/TemplateEngine.php on line
    2691`` lines (heimaoysw.com, field test 7b); the next line was then joined to the last one.

    **Evidence**: the line is a PHP message: its level (``Warning``, ``Notice``,
    ``Deprecated``, ``Fatal error``…) and a colon, then where it happened (``in ….php on
    line N``).  No law writes a ``.php`` file's line number.

    >>> t = "Warning: include(a.txt): Failed to open stream in /www/x/T.php on line 26\\n某条例\\n"
    >>> [t[a:b] for a, b in server_error_lines(t)]
    ['Warning: include(a.txt): Failed to open stream in /www/x/T.php on line 26']
    >>> server_error_lines("Warning: 本条例所称预警，是指发布警报。")
    []
    """
    if ".php" not in text:
        return []
    return [(m.start(), m.end()) for m in _SERVER_ERROR_LINE_RE.finditer(text)]


#: A site's notice on its accessibility tool (``按回车键在新窗口打开无障碍说明页面，按Alt+~键打开导盲模式。``).
_ACCESSIBILITY_LINE_RE = lazy_re(
    r"^(?=[^\n]{0,120}(?:回车键|Alt\+|ALT\+|Ctrl\+|快捷键))[^\n]{0,60}无障碍[^\n]{0,80}$", re.MULTILINE
)
#: The head of a site's copyright and disclaimer notice.
_DISCLAIMER_HEAD_RE = lazy_re(r"^[ \t\u3000]*(?:版权(?:与|和|及)?免责声明|免责声明|版权声明|法律声明)[:：]?[ \t\u3000]*$", re.MULTILINE)
#: What each line of such a notice speaks of: the site, its articles, reposting.
_SITE_WORDS_RE = lazy_re(r"本站|本网|网站|转载|子站")
#: The longest such notice (lines).
_NOTICE_LINES = 12


def site_notice_lines(text: str) -> list[tuple[int, int]]:
    """A site's notices about itself at the end of a page: its accessibility line and its
    copyright and disclaimer notice, as whole lines.

    Real damage: every nfra.gov.cn page ends with ``版权与免责声明⏎1.凡本站及其子站注明“文章类型：
    原创”的所有作品…⏎2.凡本站及其子站注明“文章类型：转载”…⏎按回车键在新窗口打开无障碍说明页面，
    按Alt+~键打开导盲模式。`` (field test 6b): the notice stood in the document's text.

    **Evidence**: the accessibility line names the site's tool (无障碍) and the keys that work
    it (``回车键``, ``Alt+``, ``快捷键``: a law on accessibility names no key); the notice opens with its head alone on a line (``版权与免责声明``,
    ``免责声明``) and runs to the end of the text, each of its lines speaking of the site
    (本站, 本网, 网站, 转载), at most :data:`_NOTICE_LINES` lines.  A law's own 免责 clause
    is a sentence in an article, never a head alone at the end with the site's lines below.

    >>> t = "第九条 本办法自公布之日起施行。\\n版权与免责声明\\n1.凡本站注明“原创”的作品，版权属于本站。\\n按回车键在新窗口打开无障碍说明页面，按Alt+~键打开导盲模式。\\n"
    >>> [t[a:b][:7] for a, b in site_notice_lines(t)]
    ['版权与免责声明', '1.凡本站注明', '按回车键在新窗']
    >>> site_notice_lines("免责声明\\n第一条 保险人对下列损失不承担赔偿责任。\\n")
    []
    """
    found: list[tuple[int, int]] = []
    if "无障碍" in text:
        found += [(m.start(), m.end()) for m in _ACCESSIBILITY_LINE_RE.finditer(text)]
    if "声明" in text:
        accessibility = {start for start, _ in found}
        for head in _DISCLAIMER_HEAD_RE.finditer(text):
            block = [(head.start(), head.end())]
            ok = True
            for count, (start, end) in enumerate(_lines(text, min(len(text), head.end() + 1))):
                if count > _NOTICE_LINES:
                    ok = False
                    break
                if start == end or not text[start:end].strip():
                    continue
                if start in accessibility:
                    continue
                if not _SITE_WORDS_RE.search(text, start, end):
                    ok = False
                    break
                block.append((start, end))
            if ok and len(block) > 1:
                found += block
    return sorted(set(found))


#: A database's or mirror's one-line disclaimer: what it speaks of (the site, its library, its
#: copies) ...
_DISCLAIMER_SUBJECT_RE = lazy_re(r"本库|本站|本网|本数据库|本文库|本资料库|本网站|本平台|网[（(]www\.")
#: ... or names a site or a database without 本: only under a disclaimer's label (a notice about a database the
#: document sets up says ``数据库所载法规文本仅供参考``: review 12, F6).
_DISCLAIMER_BARE_SUBJECT_RE = lazy_re(r"网站|数据库|资料库|法规库")
#: ... and what it says of them: for reference only, the official text prevails, credit the source.
_DISCLAIMER_CLAIM_RE = lazy_re(
    r"仅供(?:参考|学习|研究|查阅)|以(?:正式|官方|政府)[^\n。，,]{0,8}为准|转载(?:请|务必)注明|版权归原|仅提供信息存储"
    r"|未经(?:授权|许可)[^\n。，]{0,6}不得转载"
)
#: A line opening with a disclaimer's label (``免责声明：…``) and its value on the same line.
_DISCLAIMER_LINE_RE = lazy_re(r"^[ \t\u3000]*[【\[]?(?:版权(?:与|和|及)?免责声明|免责声明|版权声明|法律声明|声明)[】\]]?[:：]")
#: An item's number opening a line (``四、``, ``（二）``, ``3.``): the document's own list.
_ITEM_OPENING_RE = lazy_re(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.、．])")
#: The longest such line (characters) and how many of them close a page.
_DISCLAIMER_LINE_MAX = 200
_DISCLAIMER_LINES = 3


def disclaimer_tail_lines(text: str) -> list[tuple[int, int]]:
    """The last lines of a page when they are its database's or mirror's disclaimer about
    itself, written out on the line (``免责声明：本库所有资料均来源于网络…仅供参考。``).

    Real damage: chinacourt's 法律文库 prints ``<div class="disclaimer">免责声明：本库所有资料均来源于
    网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。</div>`` under every law: it
    became the end of the last article (第三十条 of 中国共产党工作机关条例（试行）, field test 11 F11-C1).

    **Evidence**: at the end of the text (at most :data:`_DISCLAIMER_LINES` lines, each at
    most :data:`_DISCLAIMER_LINE_MAX` characters), a line that speaks of the site or its
    library (本库, 本站, 本网, 本平台, ``某网（www.…）``) and disclaims (仅供参考, 以正式文件为准,
    转载请注明, 未经授权不得转载, 仅提供信息存储), or one labelled 免责声明/版权声明 that speaks of the site (also
    as 网站/数据库: unlabelled, those words are a document's own subject).  A law's own
    clause on reference material names no site, and a line in the body, an article or a numbered
    item (``四、本网站登载的资料仅供参考。``) is never taken.

    >>> t = "第三十条 本条例自2017年3月1日起施行。\\n免责声明：本库所有资料均来源于网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。\\n"
    >>> [t[a:b][:6] for a, b in disclaimer_tail_lines(t)]
    ['免责声明：本']
    >>> disclaimer_tail_lines("第十条 通知行应当注明该通知仅供参考。\\n第十一条 本办法自公布之日起施行。\\n")
    []
    """
    if "本" not in text and "网" not in text and "库" not in text:
        return []
    found: list[tuple[int, int]] = []
    for start, end in _lines_backwards(text):
        if start == end or not text[start:end].strip():
            continue
        if (len(found) >= _DISCLAIMER_LINES or end - start > _DISCLAIMER_LINE_MAX or _ARTICLE_LINE_RE.match(text, start)
                or _ITEM_OPENING_RE.match(text, start)):
            break  # (an article's or an item's words are the document's)
        labelled = _DISCLAIMER_LINE_RE.match(text, start, end) is not None
        if _DISCLAIMER_SUBJECT_RE.search(text, start, end):
            if not (labelled or _DISCLAIMER_CLAIM_RE.search(text, start, end)):
                break
        elif not (labelled and _DISCLAIMER_BARE_SUBJECT_RE.search(text, start, end)):
            break
        found.append((start, end))
    return found[::-1]


#: A page's notice on the reader's software: its PDF viewer, an outdated browser, JavaScript turned off.
_VIEWER_NOTICE_RE = lazy_regex(
    rf"^{INDENT_CLASS}*(?:本(?:文|页)使用PDF预览窗口[^\n]{{0,60}}"
    r"|(?:您的|您当前使用的|当前)(?:浏览器|瀏覽器)(?:版本过低|版本過低|不支持|不支援)[^\n]{0,100}"
    # (without the reader addressed, only with the notice's advice: ``浏览器不支持的网页应当提供替代方式`` is a rule's
    # sentence, review 12 F8)
    r"|(?:浏览器|瀏覽器)(?:版本过低|版本過低|不支持|不支援)[^\n。]{0,40}?(?:请|請|建议|建議|升级|升級|更换|更換|开启|開啟)[^\n]{0,60}"
    r"|(?:请|請)使用Adobe Reader[^\n]{0,40}|Get Adobe Reader)"
    rf"{INDENT_CLASS}*$",
    regex.MULTILINE,
)
#: Words one of which such a notice holds (a cheap gate).
_VIEWER_WORDS = ("PDF预览", "浏览器", "瀏覽器", "Adobe")


def viewer_notice_lines(text: str) -> list[tuple[int, int]]:
    """A page's notice about the reader's software, as whole lines.

    Real damage: every law page of the cee site (Fungwingwaa/cee, field test 8) opens with ``本文使用PDF预览窗口，
    无法加载的请点击查看全文。`` (10 documents began with it, session 12); Taipei's law pages with ``您的瀏覽器不支援
    JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態 跳到主要內容``; Macau's 公报 with ``請使用Adobe
    Reader 7.0或以上閱讀PDF版本檔案。``.

    **Evidence**: the line opens with the notice's subject, the site's PDF viewer (``本文使用PDF预览窗口``), the
    reader's browser failing (``浏览器版本过低``, ``浏览器不支持``) or the Adobe reader asked for.  A law's
    sentence on browsers opens with its own subject (``网络服务提供者…``), never with the browser failing.

    >>> t = "本文使用PDF预览窗口，无法加载的请点击查看全文。\\n中华人民共和国环境保护法\\n"
    >>> [t[a:b][:10] for a, b in viewer_notice_lines(t)]
    ['本文使用PDF预览窗']
    >>> viewer_notice_lines("第十条 网络服务提供者不得诱导用户更换浏览器。\\n")
    []
    """
    if not any(word in text for word in _VIEWER_WORDS):
        return []
    return [(m.start(), m.end()) for m in _VIEWER_NOTICE_RE.finditer(text) if m.end() - m.start() <= MAX_FURNITURE_LINE]


#: A site's contact line in its header, as a bullet: a postcode and an address (``• 708008 台南市安平区永华路二段2号``)
#: or a telephone number (``• +886 6 297 6688``).
_HEAD_CONTACT_RE = lazy_regex(
    r"[ \t\u3000]*[•●▪][ \t\u3000]*(?:\+?\d[\d \t\-()（）]{6,20}\d"
    r"|\d{5,6}[ \t\u3000]*\p{Han}[^\n。；，,]{3,40}?[号號楼樓室])[ \t\u3000]*"
)
#: A chapter menu glued into one line: the chapter titles from 总则 to 附则, nothing between them.
_GLUED_CHAPTER_MENU_RE = lazy_regex(r"[ \t\u3000]*总则\p{Han}{4,196}附则[ \t\u3000]*")
#: How many lines of a page's head are looked at for its header's lines.
_HEAD_LINES = 8


def head_contact_and_menu_lines(text: str) -> list[tuple[int, int]]:
    """A site header's contact bullets and a chapter menu glued into one line, among the first
    :data:`_HEAD_LINES` lines of the text (before its first article or chapter heading).

    Real damage: every tncc.gov.tw page (臺南市議會, field test 11 F11-S3) opens with the council's address and
    telephone as bullets (``• 708008 台南市安平區永華路二段2號``, ``• +886 6 297 6688``) and its rules' chapter menu
    with the links' boundaries lost (``总则提案人民请愿案议事日程…秩序附则``): all of it stood at the head of the
    document.

    **Evidence**: a bullet holding only a postcode with an address (ending on 号, 楼, 室) or only a
    telephone number; a line of Han characters only, opening on 总则 and closing on 附则 (a law's own table of
    contents sets its chapters apart, one per line, with their numbers).

    >>> t = "• 708008 台南市安平区永华路二段2号\\n  • +886 6 297 6688\\n\\n某议会议事规则\\n\\n总则提案议事日程附则\\n第四章 议事日程\\n"
    >>> [t[a:b].strip() for a, b in head_contact_and_menu_lines(t)]
    ['• 708008 台南市安平区永华路二段2号', '• +886 6 297 6688', '总则提案议事日程附则']
    >>> head_contact_and_menu_lines("目录\\n第一章 总则\\n第二章 附则\\n第一条 为了规范管理。\\n")
    []
    """
    if "•" not in text[:2000] and "●" not in text[:2000] and "▪" not in text[:2000] and "附则" not in text[:2000]:
        return []
    found: list[tuple[int, int]] = []
    seen = 0
    for start, end in _lines(text):
        if start == end or not text[start:end].strip():
            continue
        seen += 1
        if seen > _HEAD_LINES or _ARTICLE_LINE_RE.match(text, start) or _CHAPTER_LINE_RE.match(text, start):
            break
        if _HEAD_CONTACT_RE.fullmatch(text, start, end) or _GLUED_CHAPTER_MENU_RE.fullmatch(text, start, end):
            found.append((start, end))
    return found


#: What only a site's footer says: its copyright, registrations, its own links and tools.
_FOOTER_MARK_RE = lazy_re(
    r"版权所有|Copyright|©|ICP[备证]|公网安备|网站标识码|网站地图|友情链接|网站管理|网站纠错|访问统计|法律声明|免责声明"
    r"|隐私声明|用户登录|忘记密码|支持[iI][pP][vV]6|Produced By|内容管理系统|联系我们"
)
#: A contact field a footer holds beside them (also a notice's own: never evidence alone).
_FOOTER_CONTACT_RE = lazy_re(r"[ \t\u3000]*(?:地址|电话|邮编|传真)[:：]")
#: The head of a list of references or notes, the text's own.
_REFERENCES_HEAD_RE = lazy_re(r"[ \t\u3000]*(?:参考资料|参考文献|参考书目|引用资料|资料来源|注释|脚注)[:：]?[ \t\u3000]*$")
#: A login box's prompt (``没有账号？``, ``忘记密码？``).
_LOGIN_PROMPT_RE = lazy_re(r"账号|账户|密码|注册|登录")
#: A line of a document's own text: it holds a sentence's end.
_SENTENCE_END_RE = lazy_re(r"[。；！？]")
#: A line opening a notice's attachment list (``附件：``, ``附件1``): the document's.
_ATTACHMENT_OPENING_RE = lazy_re(r"[ \t\u3000]*附\s*件\s*[0-9一二三四五六七八九十：:]")
#: The longest footer line (a link or a label; the copyright line may be longer), and how far up a footer runs.
_FOOTER_LINE_CHARS = 60
_FOOTER_MARKED_LINE_CHARS = 200
_FOOTER_LINES = 100


def footer_block_tail(text: str) -> tuple[int, int] | None:
    """A site's footer after the document: from its first widget or footer line to the end of the text.

    Real damage: pages saved whole as text (CHINGBOH/law-corpus ``*_raw.txt``, field test 8: 公司法 from
    sipf.com.cn and chinatax.gov.cn) end with the site's footer after the last article: ``本站已支持ipv6访问``,
    ``…有限责任公司 版权所有 地址：…``, ``告投资者声明``, ``|``, ``法律声明``; the tax site's ``【下载】``, ``纠错或建议``,
    ``用户登录``, ``忘记密码``, then its link lists (``中国政府网``, ``北京``, ``天津``…, ``友情链接``, ``财政部``…),
    ``访问统计``, ``地址：北京市海淀区羊坊店西路5号``, ``移动端``: all of it stood in the last article.

    **Evidence**: below the last line with a sentence's end, only short lines without one (at most
    :data:`_FOOTER_LINE_CHARS` characters; a footer mark's line at most :data:`_FOOTER_MARKED_LINE_CHARS`), and among
    them at least two footer marks (版权所有, ICP备, 网站地图, 友情链接, 法律声明, 用户登录, ``支持IPv6``…), or one with a
    contact field (``地址：``).  The footer starts at the first of those lines that is a mark, a contact field
    or a widget: a signature, a date or an attachment list above it stays.

    >>> t = "第二百一十八条 本法自2006年1月1日起施行。\\n本站已支持ipv6访问\\n某公司 版权所有 地址：某街5号\\n告投资者声明\\n|\\n法律声明\\n"
    >>> a, b = footer_block_tail(t); t[:a]
    '第二百一十八条 本法自2006年1月1日起施行。\\n'
    >>> footer_block_tail("特此通知。\\n某市人民政府\\n2020年1月1日\\n地址：某市某路1号\\n电话：12345678\\n") is None
    True
    """
    if _FOOTER_MARK_RE.search(text, max(0, len(text) - 5000)) is None:
        return None
    block: list[tuple[int, int]] = []
    for count, (start, end) in enumerate(_lines_backwards(text)):
        if count > _FOOTER_LINES:
            return None
        line = text[start:end]
        if not line.strip():
            continue
        if _ARTICLE_LINE_RE.match(text, start) or _REFERENCES_HEAD_RE.match(line):
            break  # (a list of references is the text's sources: 百度百科's ``参考资料`` with its cited reports)
        if _ITEM_OPENING_RE.match(line) or _ATTACHMENT_OPENING_RE.match(line):
            break  # the document's own list or its attachments (附件：1.网站地图样式⏎2.法律声明范本: review 12, F5)
        if _SENTENCE_END_RE.search(line) and not (len(line) <= 20 and _LOGIN_PROMPT_RE.search(line)):
            break  # (a login box's prompt, ``没有账号？``, is the footer's)
        marked = _FOOTER_MARK_RE.search(line) is not None
        if len(line.strip()) > (_FOOTER_MARKED_LINE_CHARS if marked else _FOOTER_LINE_CHARS):
            return None
        block.append((start, end))
    else:
        return None  # no document above: nothing tells its end from a footer
    block.reverse()
    marks = sum(1 for a, b in block if _FOOTER_MARK_RE.search(text, a, b))
    contacts = sum(1 for a, b in block if _FOOTER_CONTACT_RE.match(text, a, b))
    if marks < 2 and not (marks and contacts):
        return None
    for a, b in block:
        line = text[a:b]
        if (_FOOTER_MARK_RE.search(line) or _FOOTER_CONTACT_RE.match(line) or _WIDGET_LINE_RE.fullmatch(line)
                or (FURNITURE_LINE_RE.fullmatch(line) and _is_furniture_line(line))):
            return a, block[-1][1]
    return None


# --------------------------------------------------------------------------
# A layout table's pipes (``第 一 條 | 本規則依…訂定之。 |``)
# --------------------------------------------------------------------------

#: The blanks around a layout table's cell separator.
_PIPE_BLANKS = " \t\u3000\xa0"
#: A GFM delimiter row (``| --- | :--: |``): a real Markdown table, the Markdown reader's to read.
_PIPE_DELIMITER_CELL_RE = lazy_re(r"\|[ \t]*:?-{3,}:?[ \t]*\|")
#: The fewest rows that make a layout table, and the longest row looked at.
_PIPE_ROWS_MIN = 3
_PIPE_ROW_MAX = 5000


def layout_table_pipes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each cell separator of a layout table written as pipe
    rows: a separator between cells becomes a tab (one per pipe), the ones at a row's edges go.

    Real damage: Taiwan council sites (mcrc.gov.tw 議事規則, field test 11 F11-S3) set their
    articles in a layout ``<table>``; the ``pages`` store (and Markdown-writing crawlers such as
    Jina Reader or Firecrawl) print it as ``第 一 條 | 本規則依…第二十三條規定訂定之。。 |`` with no
    delimiter row, so no Markdown reader takes it for a table and every article kept the pipes
    (``| 本规则依…。 |``, ``第一章 总 则 | |``).  The same table as HTML gives ``第一条⇥本规则…``.

    **Evidence**: a run of at least :data:`_PIPE_ROWS_MIN` lines (blank lines between allowed)
    each closing on a pipe, at least two and a third of them with a pipe between two cells; a run
    holding a GFM delimiter row is a Markdown table and is left to the Markdown reader, a run of
    words each closed by a pipe (``中国政府网 |``, ``微博 |``: a menu's link separators) is no table;
    the text's last line continues a run when it holds a pipe (a row the crawler's length limit
    cut: ``第 十二 條 | 代表之提案…第一項``).  A pipe inside a line that does not
    close on one (``甲|乙``) stays.

    >>> t = "第一章 总 则 | |\\n第一条 | 本规则依法订定之。 |\\n第二条 | 本会会议依本规则行之。 |\\n第十条 |\\n代表临时提案须有附署。 |\\n"
    >>> new = list(t)
    >>> for a, b, r in reversed(layout_table_pipes(t)): new[a:b] = r
    >>> print("".join(new).replace("\\t", "⇥"), end="")
    第一章 总 则
    第一条⇥本规则依法订定之。
    第二条⇥本会会议依本规则行之。
    第十条
    代表临时提案须有附署。
    >>> layout_table_pipes("| 序号 | 名称 |\\n| --- | --- |\\n| 1 | 甲 |\\n| 2 | 乙 |\\n"), layout_table_pipes("甲 | 乙 |\\n丙。\\n")
    ([], [])
    """
    if " |" not in text and "|\n" not in text:
        return []
    found: list[tuple[int, int, str]] = []
    run: list[tuple[int, int]] = []
    text_end = _text_end(text)

    def close_run() -> None:
        if len(run) >= _PIPE_ROWS_MIN and not any(_PIPE_DELIMITER_CELL_RE.search(text, a, b) for a, b in run):
            rows = [_row_separators(text, a, b) for a, b in run]
            inner = sum(1 for separators in rows if any(r.startswith("\t") for _, _, r in separators))
            if inner >= 2 and 3 * inner >= len(rows):
                found.extend(separator for separators in rows for separator in separators)
        run.clear()

    for start, end in _lines(text):
        if not text[start:end].strip():
            continue
        row = text[start:end].rstrip(_PIPE_BLANKS)
        if end - start <= _PIPE_ROW_MAX and row.endswith("|") and not row.endswith("\\|"):
            run.append((start, end))
        elif run and end >= text_end and "|" in row and end - start <= _PIPE_ROW_MAX:
            run.append((start, end))  # the last row, cut by the crawler's length limit
        else:
            close_run()
    close_run()
    return found


def _row_separators(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The separators of the pipe row ``text[start:end]`` (see :func:`layout_table_pipes`): each run
    of pipes with only blanks between, and the blanks around it; one pass over the row."""
    separators = []
    at = text.find("|", start, end)
    while at >= 0:
        if at > start and text[at - 1] == "\\":
            at = text.find("|", at + 1, end)
            continue
        left = at
        while left > start and text[left - 1] in _PIPE_BLANKS:
            left -= 1
        right, pipes = at + 1, 1
        while True:
            while right < end and text[right] in _PIPE_BLANKS:
                right += 1
            if right < end and text[right] == "|":
                right, pipes = right + 1, pipes + 1
                continue
            break
        edge = left == start or right == end
        separators.append((left, right, "" if edge else "\t" * pipes))
        at = text.find("|", right, end)
    return separators


#: A counter alone on its line (``4874268``): the value of a page's view counter.
_COUNTER_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*\d{{3,10}}{INDENT_CLASS}*")


def _counters_below(text: str, spans: list[tuple[int, int, list[str]]]) -> list[tuple[int, int]]:
    """A number alone on the line right below a removed line of the page's fields: its view
    counter (``发布时间：2018-11-12 17:25:15  字体大小：[大][中][小]⏎4874268``, 厦门人大, field
    test 7b).  A number elsewhere (a table's cell, a page number) stays.

    >>> t = "发布时间：2018-11-12 17:25:15 字体大小：[大][中][小]\\n4874268\\n某公告"
    >>> [t[a:b] for a, b in _counters_below(t, [(0, t.index("\\n"), [])])]
    ['4874268']
    """
    out = []
    for _, end, _ in spans:
        if end >= len(text) or text[end] != "\n" or not _META_FIELD_RE.search(text, text.rfind("\n", 0, end) + 1, end):
            continue
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if _COUNTER_LINE_RE.fullmatch(text, end + 1, next_end):
            out.append((end + 1, next_end))
    return out


#: A view counter whose script never ran: its placeholder and unit alone on a line (``2025-12-03⏎-次``:
#: ``<span id="NFCMS-POST-VISIT-4">-</span>次``, www.gz.gov.cn; ``__-次`` with a Markdown copy's icon).
_COUNTER_PLACEHOLDER_GATE = lazy_re(rf"[-－—–]{INDENT_CLASS}*次")
_COUNTER_PLACEHOLDER_RE = lazy_regex(rf"^{INDENT_CLASS}*(?:__{INDENT_CLASS}*)?[-－—–]{{1,2}}{INDENT_CLASS}*次{INDENT_CLASS}*$", regex.M)
#: The buttons of an image viewer's zoom box (``<div class="zoom-controls">``: ``+``, ``-``, ``↺``; its
#: close button ``&times;``), one per line.
_ZOOM_BUTTONS = frozenset("×✕✖+＋-－↺↻⟲⟳")
_ZOOM_RESET = "↺↻⟲⟳"
_ZOOM_RESET_RE = lazy_re(f"[{_ZOOM_RESET}]")
#: A close button alone on its line (``×``).
_CLOSE_BUTTONS = frozenset("×✕✖")


#: The longest line a lone button takes (the button and its indent).
_SYMBOL_LINE_MAX = 16


def _symbol_line(text: str, start: int, end: int, symbols: frozenset[str]) -> bool:
    """Whether the line ``text[start:end]`` is one of ``symbols`` between blanks."""
    if end - start > _SYMBOL_LINE_MAX:
        return False  # never sliced: a long line is no button
    line = text[start:end].strip(INDENT + "\xa0")
    return len(line) == 1 and line in symbols


def widget_residue_lines(text: str, spans: list[tuple[int, int, list[str]]]) -> list[tuple[int, int]]:
    """Lines a page's scripted widgets leave: a view counter without its number (``-次``), an image
    viewer's zoom box (``×⏎+⏎-⏎↺``), the close button of a share box right below it (``分享至好友和
    朋友圈⏎⏎×``).

    Real damage: every www.gz.gov.cn page (field test 10, F10-G5: 12 of 45 pages ``-次`` under the
    date, the zoom box of ``<div id="imageModal">`` at the end of 30, twice on 8; its Markdown copies
    by Jina Reader ``__-次``); a yinchuan.gov.cn 司法局 notice kept the share box's ``×`` (F10-Z3).

    **Evidence**: ``-次`` alone on its line (a count's unit without its count: no law writes it);
    three or more lines, blank lines between them aside, each a single zoom button, one of them the
    reset arrow (``↺``) that no text writes alone; a lone ``×`` only right below (blank lines aside)
    a line removed as furniture.  A ``-`` or ``+`` line elsewhere (a table's empty cell) stays.

    >>> t = "某通知\\n2025-12-03\\n-次\\n正文。\\n×\\n+\\n-\\n↺\\n"
    >>> [t[a:b] for a, b in widget_residue_lines(t, [])]
    ['-次', '×\\n+\\n-\\n↺']
    >>> t = "某办法\\n\\n分享至好友和朋友圈\\n\\n×\\n\\n为了广泛听取。\\n长×宽\\n×\\n"
    >>> [t[a:b] for a, b in widget_residue_lines(t, [(5, 14, [])])]
    ['×']
    >>> widget_residue_lines("项目\\n+\\n-\\n+\\n合计\\n", [])
    []
    """
    found: list[tuple[int, int]] = []
    if _COUNTER_PLACEHOLDER_GATE.search(text):
        found += [m.span() for m in _COUNTER_PLACEHOLDER_RE.finditer(text)]
    boxes = _zoom_boxes(text) if any(arrow in text for arrow in _ZOOM_RESET) else []
    found += boxes
    if any(close in text for close in _CLOSE_BUTTONS):
        for _, end, _ in spans:
            at = end
            while at < len(text) and text[at] == "\n":
                at += 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            if at > end and _symbol_line(text, at, line_end, _CLOSE_BUTTONS) and not any(a <= at < b for a, b in boxes):
                found.append((at, line_end))
    return sorted(set(found))


def _zoom_boxes(text: str) -> list[tuple[int, int]]:
    """Blocks of zoom-button lines (see :func:`widget_residue_lines`), from each reset arrow."""
    found: list[tuple[int, int]] = []
    covered = -1
    for arrow in _ZOOM_RESET_RE.finditer(text):
        at = arrow.start()
        if at < covered:
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not _symbol_line(text, start, end, _ZOOM_BUTTONS):
            covered = end  # the line's other arrows fail alike (review 11, F1: each re-read the line)
            continue
        first, last, count = start, end, 1
        while True:  # up over blank lines and buttons
            probe = first - 1
            while probe > 0 and text[probe - 1] == "\n":
                probe -= 1
            if probe <= 0:
                break
            above = text.rfind("\n", 0, probe) + 1
            if not _symbol_line(text, above, probe, _ZOOM_BUTTONS):
                break
            first, count = above, count + 1
        while True:  # down likewise
            probe = last
            while probe < len(text) and text[probe] == "\n":
                probe += 1
            if probe >= len(text) or probe == last:
                break
            below = text.find("\n", probe)
            below = len(text) if below < 0 else below
            if not _symbol_line(text, probe, below, _ZOOM_BUTTONS):
                break
            last, count = below, count + 1
        covered = last
        if count >= 3:
            found.append((first, last))
    return found


#: An HTML tag the page's text kept: an opening tag with attributes (maybe cut at the line's
#: end: ``<a target=``), the closing tag of an inline element.  Never ``<br>`` or ``</p>``: they
#: stand for a line break (a Markdown table's cell writes ``□护照<br>□其他``).
_HTML_TAG_RESIDUE_RE = lazy_re(
    r"(?:<(?:a|img|span|div|p|font|iframe|script|link|b|strong)[ \t]+[A-Za-z-]{1,20}=(?:[^<>\n]{0,200}>|[^<>\n]{0,200}$)"
    r"|</(?:a|span|font)>)",
    re.MULTILINE | re.IGNORECASE,
)


def html_tag_residue(text: str) -> list[tuple[int, int]]:
    """HTML tags left in the text: ``资料图：民众体验电子游戏。 <a target=`` (a repost's image
    caption, its link cut at the line's end; scolliance.net, field test 7b).

    **Evidence**: a tag's shape: ``<a`` (or another common tag) with an attribute
    (``name=``), an inline element's closing tag (``</a>``).  A law's comparison (``x<a``,
    ``1<a<5``) has no attribute; a line break tag (``<br>``) is left alone.

    >>> t = "资料图：民众体验电子游戏。 <a target=\\n当 x<a 时，适用本条。"
    >>> [t[a:b] for a, b in html_tag_residue(t)]
    [' <a target=']
    """
    if "<" not in text:
        return []
    out = []
    for m in _HTML_TAG_RESIDUE_RE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1  # the blank that set the tag apart goes with it
        out.append((start, m.end()))
    return out


#: An HTML element's tag, opening (with its attributes) or closing.
_MARKUP_TAG = (
    r"</?(?:a|abbr|b|big|blockquote|body|button|caption|center|cite|code|col|colgroup|dd|del|dfn|div|dl|dt|em"
    r"|embed|fieldset|font|footer|form|frame|h[1-6]|head|header|i|iframe|img|input|ins|kbd|label|legend|li|link"
    r"|map|meta|nav|noscript|object|ol|option|pre|q|s|samp|script|section|select|small|span|strike|strong|style"
    r"|sub|sup|table|tbody|td|textarea|tfoot|th|thead|title|tr|tt|u|ul|var|video)"
    r"""(?:[ \t]+[A-Za-z][A-Za-z0-9_:-]{0,30}(?:=(?:"[^"\n<>]{0,200}"|'[^'\n<>]{0,200}'|[^\s<>"']{1,100}))?)*[ \t]*/?>"""
)
#: A line of tags and nothing else, maybe behind a list bullet (``• <tr id="yyy80"></tr>``).
_MARKUP_LINE_RE = lazy_re(
    rf"^[ \t\u3000\u00a0•·*-]*(?:{_MARKUP_TAG}[ \t\u3000]*)+$", re.MULTILINE | re.IGNORECASE
)


def markup_lines(text: str) -> list[tuple[int, int]]:
    """Lines made only of HTML tags that a page printed as text.

    Real damage: m.jizihe.com (a cloaking mirror of a 人大研究 article, field test 9, F9-P8) opens
    with ``• <tr id="yyy80"></tr>``, ``• <sup id="yyy80"></sup>``, ``• <tfoot id="yyy80"><noscript
    id="yyy80"></noscript></tfoot>``: escaped tags shown as list items, kept as lines of the text.

    **Evidence**: the whole line is tags of HTML elements (opening with attributes, or closing),
    behind at most a bullet; no word of text between them.  A law's comparison (``x<a``), a book
    title in angle brackets (``<中华人民共和国香港特别行政区基本法>``) or a tag inside a sentence stays
    (:func:`html_tag_residue` takes the latter when it has an attribute).

    >>> t = "• <tr id=\\"yyy80\\"></tr>\\n  • <tfoot id=\\"y\\"><noscript id=\\"y\\"></noscript></tfoot>\\n法规草案公开征求意见\\n当 x<a 时适用。"
    >>> [t[a:b] for a, b in markup_lines(t)]
    ['• <tr id="yyy80"></tr>', '  • <tfoot id="y"><noscript id="y"></noscript></tfoot>']
    """
    if "<" not in text or ">" not in text:
        return []
    return [m.span() for m in _MARKUP_LINE_RE.finditer(text)]


#: Elements whose tags a text page shows when it prints an HTML source (a WeChat editor's article:
#: ``<section style=…>``, ``<p style=…><span style=…><strong>``): the names of :data:`_MARKUP_TAG`
#: and the paragraph.
_LITERAL_TAG_NAMES = (
    r"a|abbr|article|aside|b|big|blockquote|body|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font"
    r"|footer|h[1-6]|header|i|img|ins|label|li|main|mark|nav|ol|p|pre|q|s|section|small|span|strike|strong|sub|sup"
    r"|table|tbody|td|tfoot|th|thead|tr|tt|u|ul"
)
_LITERAL_ATTRIBUTE = r"""[ \t]+[A-Za-z][A-Za-z0-9_:-]{0,30}(?:=(?:"[^"\n<>]{0,600}"|'[^'\n<>]{0,600}'|[^\s<>"']{1,100}))?"""
#: One tag: opening (maybe with attributes) or closing.
_LITERAL_TAG_RE = lazy_regex(
    rf"<(?P<close>/)?(?P<name>{_LITERAL_TAG_NAMES})(?P<attrs>(?:{_LITERAL_ATTRIBUTE})*)[ \t]*/?>", regex.IGNORECASE
)
#: Elements that stand for a line break where their tags stand between words.
_BLOCK_TAGS = frozenset(
    "article aside blockquote body caption center dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li"
    " main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
#: The evidence of a page printed as markup: opening tags with attributes and closing tags of
#: elements the page opens, this many of each at least.
_LITERAL_MARKUP_MIN = 3


def literal_markup_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of HTML tags a text page shows around its words, when the page prints an HTML source:
    ``(start, end, replacement)``, the replacement a line break where a block's tag stood between
    two words of a line, else nothing.

    Real damage: 射阳网's forum archiver (320924.com, field test 10, F10-N2) shows a WeChat article's
    source: ``<section style="margin-top: 5px;…" data-mpa-powered-by="yiban.io">…<p style="line-height:
    2em;"><span style=…><strong>筑牢安全防线 深化改革惠民 坚持从严治警</strong></span></p><section …>…``;
    the tags with attributes went (:func:`html_tag_residue`) but ``<section …>``, ``<strong>``, ``</p>``
    and ``<p></p>`` stayed, ~1,000 characters of markup around the article.

    **Evidence**, on the page: at least :data:`_LITERAL_MARKUP_MIN` opening tags with attributes and as
    many closing tags of elements the page opens (balanced tag syntax, names of HTML elements); then
    every such tag goes.  A law's ``<100``, ``x<a``, a title in angle brackets
    (``<中华人民共和国香港特别行政区基本法>``) or a lone tag is no such page.

    >>> t = '标题\\n<section style="a"><p style="b"><span style="c"><strong>筑牢安全防线</strong></span></p><section>公安部制修订</section></section><p></p>为主动适应。'
    >>> [(t[a:b], r) for a, b, r in literal_markup_runs(t)][:3]
    [('<section style="a"><p style="b"><span style="c"><strong>', ''), ('</strong></span></p><section>', '\\n'), ('</section></section><p></p>', '\\n')]
    >>> literal_markup_runs("第五条 浓度<100 mg时，x<a。\\n<中华人民共和国香港特别行政区基本法>")
    []
    """
    if "</" not in text:
        return []
    tags = list(_LITERAL_TAG_RE.finditer(text))
    opened = {m.group("name").lower() for m in tags if not m.group("close")}
    with_attributes = sum(1 for m in tags if not m.group("close") and m.group("attrs"))
    closing = sum(1 for m in tags if m.group("close") and m.group("name").lower() in opened)
    if with_attributes < _LITERAL_MARKUP_MIN or closing < _LITERAL_MARKUP_MIN:
        return []
    runs: list[tuple[int, int, str]] = []
    for m in tags:
        block = m.group("name").lower() in _BLOCK_TAGS
        if runs and not text[runs[-1][1]:m.start()].strip(" \t"):
            start, _, was_block = runs[-1]
            runs[-1] = (start, m.end(), was_block or block)
        else:
            runs.append((m.start(), m.end(), block))
    out = []
    for start, end, block in runs:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        between = text[line_start:start].strip(INDENT + "\xa0") and text[end:line_end].strip(INDENT + "\xa0")
        out.append((start, end, "\n" if block and between else ""))
    return out


#: The fewest lines of a portal's menu block, and the fewest widgets among them.
_MENU_LINES, _MENU_WIDGETS = 6, 2
#: The longest line of a menu (a headline link).
_MENU_LINE_CHARS = 30
_MENU_PUNCT = lazy_re(r"[。；;：:，,！？!?]")
#: Kinds of line a law's head holds (:func:`~corpus_tools.clean.evidence.line_kind`): never in a menu.
_HEAD_KINDS = frozenset({"title", "date", "document number", "signature", "field", "table row", "columns"})


def menu_blocks(text: str) -> list[tuple[int, int]]:
    """A portal's menu kept above the law: a block of short link lines holding its toolbar switches.

    Real damage: a repost of 广播电视有线数字付费频道业务管理暂行办法 opens with the site's menu,
    ten lines (``广电有线享TV全新改版升级⏎银铃模式⏎儿童模式⏎【官方公告】中国广电5G现全面支持
    iPhone⏎高质量发展年⏎…⏎安全生产``, dh635.com, field test 7b); its first line became the title.

    **Evidence**: a block of lines (no blank line inside) before the text's first article
    label or sentence, of at least :data:`_MENU_LINES` lines, each short (at most
    :data:`_MENU_LINE_CHARS` characters) with no punctuation of a sentence or a field, at
    least :data:`_MENU_WIDGETS` of them widgets of the page (``银铃模式``, ``儿童模式``,
    ``打印本页``), and none a line of a law's head (a title, date, document number,
    signature: :func:`~corpus_tools.clean.evidence.line_kind`).

    >>> t = "广电有线享TV全新改版升级\\n银铃模式\\n儿童模式\\n高质量发展年\\n中国广电\\n有线优享 新版上线\\n安全生产\\n\\n某办法\\n\\n第一条 为了规范。"
    >>> [len(t[a:b].splitlines()) for a, b in menu_blocks(t)]
    [7]
    >>> menu_blocks("国务院办公厅\\n关于印发某办法的通知\\n国办发〔2020〕1号\\n打印本页\\n关闭窗口\\n分享到\\n\\n第一条 为了。")
    []
    """
    if _WIDGET_HINT.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    for start, end in _lines(text):
        line = text[start:end]
        if _CONTENT_LINE.search(line):
            break
        if not line.strip(INDENT + "\xa0"):
            found += _menu(text, block)
            block = []
            continue
        block.append((start, end))
    else:
        return []  # no article or sentence: nothing tells the page's head from a menu
    return found + _menu(text, block)


#: A widget a menu's line may be (the cheap gate of :func:`menu_blocks`).
_WIDGET_HINT = lazy_re(r"模式|打印|关闭|收藏|首页|无障碍|长辈版|繁體|简体|English")


def _menu(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``block`` (whole lines) when it is a menu (see :func:`menu_blocks`), else nothing."""
    if len(block) < _MENU_LINES:
        return []
    widgets = 0
    for start, end in block:
        line = text[start:end].strip(INDENT + "\xa0")
        if _WIDGET_LINE_RE.fullmatch(line) or _LOGIN_LINE_RE.fullmatch(line) or _PORTAL_LINE_RE.fullmatch(line):
            widgets += 1  # (a navigation bar or a breadcrumb may be longer than a menu's link)
            continue
        if len(line) > _MENU_LINE_CHARS or _MENU_PUNCT.search(line) or line_kind(line) in _HEAD_KINDS:
            return []
    return [(block[0][0], block[-1][1])] if widgets >= _MENU_WIDGETS else []


# --------------------------------------------------------------------------
# A portal's login box
# --------------------------------------------------------------------------

#: The words of a login box (field, check box, button, link).
_LOGIN_WORDS = (
    r"用户名|用户登录|会员登录|账号|帐号|密码|验证码|记住我|记住密码|忘记密码|找回密码|下次自动登录|自动登录"
    r"|登录|登陆|注册|免费注册|立即注册|退出"
)
#: Words only a login box holds (a field's label, a check box): the evidence.
_LOGIN_FIELD_RE = lazy_re(r"用户名|密码|验证码|记住我|自动登录")
#: A line of login-box words only: ``用户名 密码``, ``记住我``, ``[登录] [注册]``.
_LOGIN_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*(?:[【\[]?(?:{_LOGIN_WORDS})[】\]]?{_WIDGET_SEP})+")
#: The lines of a portal's head a menu may hold beside widgets: a breadcrumb, a navigation bar.
_PORTAL_LINE_RE = lazy_regex(
    rf"{_NAV_LINE}"
    rf"|{INDENT_CLASS}*[【\[]?(?:[您你](?:当前|现在|目前)?的?|当前的?|目前的?|所在)?位置(?:[:：】\]]|(?={INDENT_CLASS}*首页))"
    rf"{INDENT_CLASS}*[^\n。；，]{{0,100}}"
)
#: A login box shows a field label and a check box, or two fields: two of its words at least.
_LOGIN_FIELDS_MIN = 2


def login_box_lines(text: str) -> list[tuple[int, int]]:
    """A portal's login box kept above the text: lines of login-box words only.

    Real damage: 110.com's copy of 釋義及通則條例 opens ``用户名 密码⏎记住我⏎加入收藏⏎全国站
    [进入分站]…``; ``用户名 密码`` became the document's title (field test 8b, F8B-K3).

    **Evidence**: lines before the text's first article label or sentence made only of
    login-box words (``用户名``, ``密码``, ``记住我``, ``登录``, ``注册``…), together holding
    :data:`_LOGIN_FIELDS_MIN` field words (``用户名``, ``密码``, ``验证码``, ``记住我``) or
    more: a login form's labels, never a law's head.  ``登录`` or ``注册`` alone is a
    button (:data:`FURNITURE_LINE_RE`).

    >>> t = "用户名 密码\\n记住我\\n\\n第 1 章 - 释义及通则条例\\n本条例旨在综合和修订有关法例。"
    >>> [t[a:b] for a, b in login_box_lines(t)]
    ['用户名 密码', '记住我']
    >>> login_box_lines("用户名\\n第一条 用户名和密码应当妥善保管。")
    []
    """
    if _LOGIN_FIELD_RE.search(text, 0, _LOGIN_REACH) is None:
        return []
    box: list[tuple[int, int]] = []
    fields = 0
    for start, end in _lines(text):
        if start > _LOGIN_REACH or _CONTENT_LINE.search(text[start:end]):
            break
        if _LOGIN_LINE_RE.fullmatch(text, start, end) and text[start:end].strip(INDENT + "\xa0"):
            box.append((start, end))
            fields += len(_LOGIN_FIELD_RE.findall(text, start, end))
    return box if fields >= _LOGIN_FIELDS_MIN else []


#: A login box stands in a page's first characters.
_LOGIN_REACH = 600


# --------------------------------------------------------------------------
# A wiki's section edit links
# --------------------------------------------------------------------------

#: A heading a wiki gives an edit link: an article or division label with a short
#: heading and no sentence punctuation (``第一條 標的``, ``第二章 總則``).
_WIKI_HEADING = (
    rf"{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}[條条章節节編编部]"
    rf"(?:{INDENT_CLASS}*[^\n。；，：:,;]{{0,40}}?)"
)
_WIKI_HEADING_RE = lazy_regex(_WIKI_HEADING)
#: The edit link's word.
_EDIT_WORD_RE = lazy_re("编辑|編輯")
_BRACKETS = ("[［【", "]］】")
#: A wiki page shows the link at every heading: one alone proves nothing.
_EDIT_LINKS_MIN = 2


_LINE_BLANKS = INDENT + "\xa0"


def _blanks_before(text: str, pos: int) -> int:
    """``pos`` moved back over the blanks (indentation) before it."""
    while pos > 0 and text[pos - 1] in _LINE_BLANKS:
        pos -= 1
    return pos


def _blanks_after(text: str, pos: int) -> int:
    """``pos`` moved on over the blanks after it."""
    while pos < len(text) and text[pos] in _LINE_BLANKS:
        pos += 1
    return pos


def wiki_edit_links(text: str) -> list[tuple[int, int]]:
    """A wiki's section edit link (``编辑``, ``[编辑]``) kept at the article headings of a text dump.

    Real damage: zh.wikisource renders an edit link after each article heading; the page's
    text has it glued to the first paragraph (``第一條 標的⏎编辑本法律旨在對…``), and every
    article of 第26/2024號法律 (Macau) began ``编辑`` (field test 8b, F8B-W1).

    **Evidence**: ``编辑`` opening the line right under a heading (an article or division
    label with a short heading, no sentence punctuation; blank lines between allowed), or
    ``[编辑]`` closing the heading's line, at :data:`_EDIT_LINKS_MIN` headings of the page
    or more, and the page writes the word nowhere else: a law about editing (``第十条 编辑责任`` ⏎
    ``编辑应当对稿件负责。``) uses it in its own text, a wiki page's law does not.  A paragraph that
    opens with the word (``编辑出版…``) under a heading once is not enough.

    >>> t = "第一條 標的\\n编辑本法律旨在對若干法律進行處理：\\n第二條 適應化及整合\\n编辑一、對附件一所載法律進行適應化。"
    >>> [t[a:b] for a, b in wiki_edit_links(t)]
    ['编辑', '编辑']
    >>> wiki_edit_links("第一章 总则\\n编辑出版活动应当遵守宪法和法律。\\n第一条 为了规范。")
    []
    >>> wiki_edit_links("第十条 编辑责任\\n编辑应当对稿件负责。\\n第十一条 编辑审核\\n编辑部门应当审核。")
    []
    """
    if "编辑" not in text and "編輯" not in text:
        return []
    found: list[tuple[int, int]] = []
    for word in _EDIT_WORD_RE.finditer(text):  # (each test reads the word's own line and the one above)
        start, end = word.span()
        if start > 0 and text[start - 1] in _BRACKETS[0] and text[end:end + 1] in _BRACKETS[1]:
            after = _blanks_after(text, end + 1)
            if after < len(text) and text[after] != "\n":
                continue  # not closing its line
            head_end = _blanks_before(text, start - 1)
            line_start = text.rfind("\n", 0, head_end) + 1
            if _WIKI_HEADING_RE.fullmatch(text, line_start, head_end):
                found.append((head_end, end + 1))
            continue
        line_start = _blanks_before(text, start)
        if line_start == 0 or text[line_start - 1] != "\n":
            continue  # not at the line's start
        above_end, blanks = line_start - 1, 0
        while above_end > 0 and blanks < 3 and _blanks_before(text, above_end) in (0, text.rfind("\n", 0, above_end) + 1):
            above_end, blanks = text.rfind("\n", 0, above_end), blanks + 1  # blank lines between heading and link
        above_start = text.rfind("\n", 0, above_end) + 1
        if above_end > 0 and _WIKI_HEADING_RE.fullmatch(text, above_start, above_end):
            found.append((start, end))
    if len(found) < _EDIT_LINKS_MIN:
        return []
    uses = sum(1 for _ in _EDIT_WORD_RE.finditer(text))
    return sorted(found) if uses == len(found) else []  # the page writes the word elsewhere: it is its text


# --------------------------------------------------------------------------
# A site's breadcrumb of link texts (``大萌法律读本 >> 2020-民法典``)
# --------------------------------------------------------------------------

#: A breadcrumb's separator: ``>>``, ``»``, ``›``, ``>``.
_CRUMB_SEP = r"(?:>>|＞＞|»|›|>|＞)"
#: One crumb: a short link text without sentence punctuation, brackets or quotes (a title
#: ``《关于修改〈某条例〉的决定》`` holds angle brackets that are no separators).
_CRUMB = r"[^\s>＞»›<。；，：:,;！？!?|《》〈〉()（）“”\"'‘’「」]{1,20}"
#: A breadcrumb line of crumbs between separators: two crumbs at least.
_CRUMB_GAP = rf"[{INDENT_RE}\u00a0]*"
_CRUMB_LINE_RE = lazy_regex(
    rf"{_CRUMB_GAP}(?P<first>{_CRUMB}){_CRUMB_GAP}{_CRUMB_SEP}"
    rf"(?:{_CRUMB_GAP}{_CRUMB}{_CRUMB_GAP}{_CRUMB_SEP}){{0,6}}{_CRUMB_GAP}{_CRUMB}{_CRUMB_GAP}"
)
#: A breadcrumb stands in a page's first characters.
_CRUMB_REACH = 600
_CRUMB_HINT = lazy_re(_CRUMB_SEP)


def breadcrumb_lines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A site's breadcrumb above the text (lines), and the same breadcrumb's first crumb pasted
    at the end of a line of the text (spans).

    Real damage: every page of a Markdown law collection opens with the site's breadcrumb
    (``[大萌法律读本](../duben) >> 2020-民法典``, rendered ``大萌法律读本 >> 2020-民法典``; the
    PDF copies print ``大萌法律读本 » 2020-刑法``), and 民法典 第三百四十八条 kept a repeat of it
    at the end of its first paragraph: ``…一般包括下列条款： 大萌法律读本 >>`` (Laosheng.top,
    field test 8b, F8B-L4).

    **Evidence**: above the text's first article label or sentence, a line of two to eight
    short crumbs between breadcrumb separators (``>>``, ``»``, ``›``, ``>``); inside the
    text, only that breadcrumb's own first crumb and separator closing a line
    (``大萌法律读本 >>``) — words of the page's own breadcrumb, nothing else.

    >>> t = "大萌法律读本 >> 2020-民法典\\n\\n中华人民共和国民法典\\n　　第三百四十八条　建设用地使用权出让合同一般包括下列条款： 大萌法律读本 >> \\n（一）当事人的名称和住所；"
    >>> lines, tails = breadcrumb_lines(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in tails]
    (['大萌法律读本 >> 2020-民法典'], [' 大萌法律读本 >> '])
    >>> breadcrumb_lines("第一条 x>5 的，处罚款。\\n甲 > 乙")
    ([], [])
    """
    if _CRUMB_HINT.search(text, 0, _CRUMB_REACH) is None:
        return [], []
    lines: list[tuple[int, int]] = []
    firsts: set[str] = set()
    for start, end in _lines(text):
        if start > _CRUMB_REACH or _CONTENT_LINE.search(text[start:end]):
            break
        m = _CRUMB_LINE_RE.fullmatch(text, start, end)
        if m:
            lines.append((start, end))
            firsts.add(m.group("first"))
    if not lines:
        return [], []
    tails: list[tuple[int, int]] = []
    for first in firsts:
        tail = regex.compile(rf"{_CRUMB_GAP}{regex.escape(first)}{_CRUMB_GAP}{_CRUMB_SEP}{_CRUMB_GAP}$", regex.M)
        tails += [m.span() for m in tail.finditer(text, lines[-1][1]) if m.start() > 0 and text[m.start() - 1] != "\n"
                  and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].isspace()]
    return lines, sorted(tails)


# --------------------------------------------------------------------------
# A document-sharing site's field list and share line
# --------------------------------------------------------------------------

#: Labels of a document-sharing site's field list (冰豆网, 原创力, 道客巴巴, 人人文库 shapes).
_DOCSHARE_LABELS = (
    r"文档编号|文档ID|上传时间|上传日期|上传者|上传人|贡献者|文档格式|格式|页数|文档页数|大小|文件大小|文档大小"
    r"|下载积分|所需积分|下载次数|浏览次数|阅读次数|文档分类|分类"
)
#: Labels only a document-sharing site's list holds (the evidence; 格式/分类 alone are ordinary words).
_DOCSHARE_STRONG = frozenset(("文档编号", "文档ID", "上传时间", "上传日期", "上传者", "上传人", "页数", "文档页数", "大小",
                              "文件大小", "文档大小", "下载积分", "所需积分", "下载次数", "文档格式"))
_DOCSHARE_FIELD_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:[-*•·]{INDENT_CLASS}*)?(?P<label>{_DOCSHARE_LABELS}){INDENT_CLASS}*[:：]{INDENT_CLASS}*"
    rf"[^\n。；，,;]{{1,30}}"
)
#: The site's share line: ``《….docx》由会员分享，可在线阅读，更多相关《…》请在冰豆网上搜索。``
_DOCSHARE_LINE_RE = lazy_regex(r"[^\n]{0,200}由(?:会员|用户|网友)(?:分享|上传)[，,]\s*可在线阅读[^\n]{0,240}")
#: A field list holds three of its fields, two of them only such a site's.
_DOCSHARE_FIELDS_MIN, _DOCSHARE_STRONG_MIN = 3, 2
_DOCSHARE_HINT = lazy_re(r"页数|文档编号|上传时间|由会员分享|由用户分享|由网友分享")


def docshare_lines(text: str) -> list[tuple[int, int]]:
    """A document-sharing site's field list and share line kept with the document.

    Real damage: 冰豆网 (bdocx.com) serves an uploaded .docx under ``- 文档编号：9031322⏎- 上传时间：
    2023-02-02⏎- 格式：DOCX⏎- 页数：16⏎- 大小：66.98KB`` and ``《生物化工制度汇编修改征求意见版本 1.docx》
    由会员分享，可在线阅读，更多相关《…（16页珍藏版）》请在冰豆网上搜索。``; the first field line
    became the document's title (field test 8b, F8B-W5).

    **Evidence**: a run of :data:`_DOCSHARE_FIELDS_MIN` field lines or more (a ``- `` list
    mark allowed) whose labels are the site's (文档编号, 上传时间, 格式, 页数, 大小…), at least
    :data:`_DOCSHARE_STRONG_MIN` of them labels no regulation's own fields use (页数, 大小,
    文档编号, 上传时间), each with a short value and no sentence punctuation; and a line
    saying the file was shared by a member and can be read online (``由会员分享，可在线阅读``).

    >>> t = "某制度.docx\\n- 文档编号：9031322\\n- 上传时间：2023-02-02\\n- 格式：DOCX\\n- 页数：16\\n- 大小：66.98KB\\n正文。"
    >>> [t[a:b] for a, b in docshare_lines(t)]
    ['- 文档编号：9031322\\n- 上传时间：2023-02-02\\n- 格式：DOCX\\n- 页数：16\\n- 大小：66.98KB']
    >>> docshare_lines("附件：\\n格式：见附表\\n页数：不超过两页\\n第一条 申请材料应当齐全。")
    []
    """
    if _DOCSHARE_HINT.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []
    for start, end in [*_lines(text), (len(text) + 1, len(text) + 1)]:
        m = _DOCSHARE_FIELD_RE.fullmatch(text, start, end) if start < end else None
        if m:
            run.append((start, end, m.group("label")))
            continue
        if len(run) >= _DOCSHARE_FIELDS_MIN and sum(label in _DOCSHARE_STRONG for _, _, label in run) >= _DOCSHARE_STRONG_MIN:
            found.append((run[0][0], run[-1][1]))
        run = []
        if start < end and _DOCSHARE_LINE_RE.fullmatch(text, start, end):
            found.append((start, end))
    return found


# --------------------------------------------------------------------------
# A widget's label whose value the page loads with its scripts
# --------------------------------------------------------------------------

#: Labels of a page's counters and display switches, whose value a script fills in.
_EMPTY_WIDGET_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:[-*•][ \t]+)?[【\[]?(?:浏览量|浏览次数|访问量|访问次数|阅读量|阅读次数|点击数|点击量|点击率|视力保护色|护眼色|背景色)"
    rf"[】\]]?{INDENT_CLASS}*[:：]{INDENT_CLASS}*"
    # a font switch whose sizes a script draws, beside the print button (``字号： 打印``, ``[字体： ] 打印``; the
    # yuan and shenyang pages of the ``pages`` store, session 12)
    rf"|{INDENT_CLASS}*[【\[]?字[号体][:：]{INDENT_CLASS}*[】\]]?{INDENT_CLASS}*(?:{_BUTTONS_CN})(?:{_WIDGET_SEP}{_WIDGET})*{INDENT_CLASS}*"
)
_EMPTY_WIDGET_HINT = lazy_re(r"量|次数|点击|色|字号|字体")


def empty_widget_lines(text: str) -> list[tuple[int, int]]:
    """A counter or display switch whose value a script loads, alone on its line with nothing
    after its label and no number under it (``视力保护色：⏎浏览量：`` above a 岳阳市委办公室 notice,
    pingjiang.gov.cn, field test 8, F8-P13).  A label with its value on the next line is half
    a field and stays (``浏览量：⏎1024``, convention 6).

    >>> t = "某通知\\n视力保护色：\\n浏览量：\\n\\n各县市区委、人民政府："
    >>> [t[a:b] for a, b in empty_widget_lines(t)]
    ['视力保护色：', '浏览量：']
    >>> empty_widget_lines("浏览量：\\n1024\\n")
    []
    """
    if _EMPTY_WIDGET_HINT.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    line_end = -1
    for hint in _EMPTY_WIDGET_HINT.finditer(text):
        if hint.start() <= line_end:
            continue  # (one look per line)
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.start())
        end = line_end = len(text) if end < 0 else end
        if not _EMPTY_WIDGET_RE.fullmatch(text, start, end):
            continue
        below = text[end:end + 40].lstrip("\n" + INDENT + "\xa0")
        if below[:1].isdigit():
            continue  # the value below its label: a field, kept whole
        found.append((start, end))
    return found


# --------------------------------------------------------------------------
# A news report's wrapper around the document it reposts
# --------------------------------------------------------------------------

#: The phrase that hands over from a news report to the document it reposts (``以下为通告原文：``).
_HANDOVER_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:以下为|以下是|下面是|下附|附)(?:该|本|此)?(?:通告|通知|公告|决定|办法|条例|规定|意见|细则|方案|文件|政策)?"
    rf"(?:原文|全文)(?:如下)?[:：]?{INDENT_CLASS}*"
)
#: A news lead's words: when (今天, 近日…) and what (发布, 印发…).
_NEWS_WHEN = lazy_re(r"今天|今日|昨天|昨日|近日|日前|记者|获悉|据悉|\d{1,2}月\d{1,2}日")
_NEWS_WHAT = lazy_re(r"发布|印发|出台|公布|下发|发出")
#: The most lines of a news lead above its handover phrase.
_NEWS_LEAD_LINES = 3
#: The roles of a report's credits (``记者何良``, ``责任编辑何齐铁``, ``通讯员``, ``摄``).
_CREDIT_ROLE = r"(?:见习记者|记者|通讯员|责任编辑|实习编辑|见习编辑|编辑|实习生|摄影|摄)"
#: A credits line: a medium's name, then roles each with its names (two roles at least, or in brackets).
_CREDITS_LINE_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?P<open>[（(])?[\p{{Han}}·]{{0,16}}?"
    rf"(?:{_CREDIT_ROLE}[{INDENT_RE}]*(?!{_CREDIT_ROLE})\p{{Han}}{{2,4}}(?:[{INDENT_RE}、]+\p{{Han}}{{2,4}})*[{INDENT_RE}]*){{1,6}}(?:摄影|摄)?"
    rf"(?(open)[）)]){INDENT_CLASS}*"
)
_CREDIT_ROLE_RE = lazy_re(_CREDIT_ROLE)
#: Words one of which each line of a news wrapper holds (the lines looked at).
_NEWS_HINT = lazy_re("原文|全文|转载|记者|通讯员|编辑|摄")
#: A repost notice (``转载请注明：http://…``, ``转载请注明出处``).
_REPOST_NOTICE_RE = lazy_regex(rf"{INDENT_CLASS}*(?:如需)?转载(?:请|务必)(?:注明|保留)[^\n。]{{0,120}}")


def news_wrapper_lines(text: str) -> list[tuple[int, int]]:
    """A news report's wrapper around the document it reposts: the handover phrase (``以下为通告原文：``)
    with the news lead above it, the report's credits line and its repost notice.

    Real damage: a content farm's copy of a 成都日报 report (huayeluhui.com, field test 10, F10-N1)
    wraps a 成都市公安局交通管理局 通告: ``今天，成都市公安局交通管理局发布关于…的通告，通告规定，…`` ⏎
    ``以下为通告原文：`` ⏎ the 通告 ⏎ ``成都日报锦观新闻记者何良责任编辑何齐铁实习编辑卢娅芮`` ⏎
    ``转载请注明：http://www.0431``; all of it stood in the document.

    **Evidence**: the handover phrase alone on its line; the lines above it (at most
    :data:`_NEWS_LEAD_LINES`, from the text's start or a line without a sentence's end, such as
    the title, which stays) only when each is a sentence of news: a time word (今天, 近日, 记者…)
    and a release (发布, 印发…).  A credits line is made only of a medium's name, roles and names,
    two roles at least (``记者…责任编辑…``) or in brackets (``（总台央视记者 奚丹霓 张赛）``); a repost
    notice opens on ``转载请注明``.  The handover line goes only beside another of these parts: alone
    it is the document's own (a 公告's ``附条例全文：`` above the law it publishes, review 11 F9).
    The document between stays whole; a law's sentence on journalists (``法庭得设记者旁听席，
    专供记者旁听。``) has its punctuation.

    >>> t = "今天，某局发布关于某事的通告，通告规定，禁止某事。\\n以下为通告原文：\\n为了某事，通告如下：\\n一、禁止某事。\\n某局\\n某日报记者何良责任编辑何齐铁\\n转载请注明：http://www.0431"
    >>> [t[a:b] for a, b in news_wrapper_lines(t)]
    ['今天，某局发布关于某事的通告，通告规定，禁止某事。', '以下为通告原文：', '某日报记者何良责任编辑何齐铁', '转载请注明：http://www.0431']
    >>> news_wrapper_lines("某通告\\n以下为通告原文：\\n为了某事。\\n第4条 法庭得设记者旁听席，专供记者旁听。\\n记者何良")
    []
    >>> news_wrapper_lines("某通告\\n以下为通告原文：\\n为了某事。\\n转载请注明出处")
    [(4, 12), (19, 26)]
    """
    found: list[tuple[int, int]] = []
    handovers: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    line_end = -1
    for hint in _NEWS_HINT.finditer(text):
        if hint.start() <= line_end:
            continue  # (one look per line)
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.start())
        end = line_end = len(text) if end < 0 else end
        if end - start > 80:
            continue
        if _HANDOVER_RE.fullmatch(text, start, end):
            lead = _news_lead(text, start)
            handovers.append(((start, end), lead))
            found += lead
        elif _REPOST_NOTICE_RE.fullmatch(text, start, end):
            found.append((start, end))
        else:
            m = _CREDITS_LINE_RE.fullmatch(text, start, end)
            if m and (m.group("open") or len(_CREDIT_ROLE_RE.findall(text, start, end)) >= 2):
                found.append((start, end))
    # a handover alone is a notice's own line (``附条例全文：`` of a 公告): it goes only with
    # another part of the wrapper (its news lead, or the report's credits or repost notice)
    wrapped = bool(found)
    found += [line for line, lead in handovers if lead or wrapped]
    return sorted(found)


def _news_lead(text: str, handover: int) -> list[tuple[int, int]]:
    """The news lead's lines right above the handover line starting at ``handover`` (see
    :func:`news_wrapper_lines`), blank lines skipped, at most :data:`_NEWS_LEAD_LINES` lines looked at."""
    lead = []
    end = handover - 1
    for _ in range(_NEWS_LEAD_LINES):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip(INDENT + "\xa0"):
            if not (line.rstrip(INDENT + "\xa0").endswith("。") and _NEWS_WHEN.search(line) and _NEWS_WHAT.search(line)):
                break
            lead.append((start, end))
        end = start - 1
    return lead


# --------------------------------------------------------------------------
# A document farm's wrapper (写写帮文库: ``简介：…小编为你整理了多篇相关的《…》…``)
# --------------------------------------------------------------------------

#: The farm's introduction: its editor "collected several documents on 《X》 for you".
_FARM_INTRO_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:简介[:：])?[^\n]{{0,30}}小编(?:为你|为您|给你|给您|为大家|给大家)(?:精心)?(?:整理|收集|搜集|准备|编辑)了"
    rf"[^\n]{{0,80}}?《(?P<topic>[^《》\n]{{1,60}})》[^\n]{{0,300}}"
)
#: The farm's item heads: ``第一篇：<topic>``.
_FARM_ITEM_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十]{{1,3}}篇[:：]{INDENT_CLASS}*(?P<topic>[^\n]{{1,60}}?){INDENT_CLASS}*$", regex.M)


def farm_wrapper_lines(text: str) -> list[tuple[int, int]]:
    """A document farm's wrapper around the documents it reposts: its introduction line and its
    item heads naming the same topic.

    Real damage: 写写帮文库 serves a 湖南省人民政府办公厅 notice under ``简介：写写帮文库小编为你整理了
    多篇相关的《湖南省人民政府办公厅文件》，但愿对你工作学习有帮助…`` and ``第一篇：湖南省人民政府
    办公厅文件`` (xiexiebang.com, field test 8, F8-P13).

    **Evidence**: a line saying the farm's editor (小编) collected the documents for the reader,
    naming their topic 《X》 (a regulation never speaks of 小编); with it, ``第N篇：X`` lines
    naming the same topic.  Without the introduction a ``第一篇：`` line (a part of a book) stays.

    >>> t = "简介：写写帮文库小编为你整理了多篇相关的《某厅文件》，但愿对你工作学习有帮助。\\n\\n第一篇：某厅文件\\n\\n某厅文件\\n正文。"
    >>> [t[a:b] for a, b in farm_wrapper_lines(t)]
    ['简介：写写帮文库小编为你整理了多篇相关的《某厅文件》，但愿对你工作学习有帮助。', '第一篇：某厅文件']
    >>> farm_wrapper_lines("第一篇：总则\\n第一章 一般规定")
    []
    """
    if "小编" not in text:
        return []
    found: list[tuple[int, int]] = []
    topics: set[str] = set()
    for start, end in _lines(text):
        m = _FARM_INTRO_RE.fullmatch(text, start, end)
        if m:
            found.append((start, end))
            topics.add(m.group("topic"))
    if topics:
        found += [m.span() for m in _FARM_ITEM_RE.finditer(text) if m.group("topic") in topics]
    return sorted(found)


# --------------------------------------------------------------------------
# A law mirror's status box
# --------------------------------------------------------------------------

#: The labels of a law mirror's status box (its own summary of the catalogue's fields).
_BOX_LABELS = r"公布|施行|制定机关|文号|发布|实施|生效|失效|废止|修改|效力级别|时效性|公布日期|施行日期|发布机关|制定机构"
#: The box: the mirror's status in brackets, then three or more ``label：value`` fields and
#: nothing else (``【现行有效】　公布：2001-02-05　施行：2001-02-14　制定机关：最高人民法院　文号：…``).
_STATUS_BOX_RE = lazy_regex(
    rf"{INDENT_CLASS}*【(?=[^】\n]{{0,40}}(?:有效|修改|废止|失效|生效|时效|决定))[^】\n]{{2,40}}】"
    rf"(?:{INDENT_CLASS}*(?:{_BOX_LABELS})：[^\s：]{{1,40}}){{3,}}{INDENT_CLASS}*"
)
#: The mirror's own notes printed in its box: a hint on where a value came from
#: (``提示：施行日期取自正文附则…``) and its warning sign on old versions (``⚠️ 本文件不是现行有效版本…``).
_BOX_NOTE_RE = lazy_regex(rf"{INDENT_CLASS}*(?:提示：|⚠\ufe0f?)[^\n]*")
#: The most lines a mirror's box holds after its status line.
_BOX_LINES = 6


def mirror_status_box(text: str) -> list[tuple[int, int]]:
    """A law mirror's status box under the title: its status line and its own notes, as whole lines.

    Real damage: the Markdown mirror of flk.npc.gov.cn (Elysia4/chinese-law-vector-codex-skill,
    field test 9, F9-E3) prints under each law's title a blockquote ``【现行有效】　公布：2009-05-04
    施行：2009-07-01（正文推定）　制定机关：国务院　文号：中华人民共和国国务院令第554号``, on old versions
    ``⚠️ 本文件不是现行有效版本，仅供了解沿革或处理旧案；引用前务必核对现行文本。`` and on some a
    ``提示：施行日期取自正文附则（官方清单未提供）…``: the mirror's summary of the catalogue (it
    repeats the front matter), not the official text; it stood in 19 of 19 laws' text.

    **Evidence**: a line made only of a status in brackets (``【已废止】``: a status word) and three or
    more fields of a status box's labels (公布, 施行, 制定机关, 文号…) with values without blanks;
    the ``提示：`` and ``⚠️`` lines only in the same block of lines, right below it.  The law's own
    note in the block (``沿革：（…通过）``, its 题注) stays.  The status line is removed whole
    (its values are the mirror's metadata: they can be read from the edit).

    >>> t = "某条例\\n\\n【已废止】\\u3000公布：2011-01-08\\u3000施行：1988-03-01\\u3000制定机关：国务院\\u3000文号：—\\n沿革：（1988年2月27日国务院发布）\\n⚠️ 本文件不是现行有效版本。\\n\\n第一条 为了规范管理。"
    >>> [t[a:b][:6] for a, b in mirror_status_box(t)]
    ['【已废止】\\u3000', '⚠️ 本文件']
    >>> mirror_status_box("【现行有效】\\n提示：本条例自公布之日起施行。")
    []
    """
    if "】" not in text or "：" not in text:
        return []
    found: list[tuple[int, int]] = []
    at = 0
    while True:
        close = text.find("】", at)
        if close < 0:
            return found
        start = text.rfind("\n", 0, close) + 1
        end = text.find("\n", close)
        end = len(text) if end < 0 else end
        at = end + 1
        if not _STATUS_BOX_RE.fullmatch(text, start, end):
            continue
        found.append((start, end))
        for count, (line_start, line_end) in enumerate(_lines(text, min(len(text), end + 1))):
            if count >= _BOX_LINES or not text[line_start:line_end].strip():
                break
            if _BOX_NOTE_RE.fullmatch(text, line_start, line_end):
                found.append((line_start, line_end))


# --------------------------------------------------------------------------
# A list of related articles closing the page
# --------------------------------------------------------------------------

#: The head of a page's list of other articles.
_RELATED_HEAD_RE = lazy_regex(
    rf"^{INDENT_CLASS}*[【\[]?(?:相关新闻|相关阅读|相关文章|相关报道|相关稿件|推荐阅读|猜你喜欢|热门推荐|精彩推荐|热点推荐|延伸阅读"
    rf"|热门文章|最新文章|往期回顾)[】\]]?[:：]?{INDENT_CLASS}*$",
    regex.MULTILINE,
)
#: A line of the list that ends in its item's date (and time): ``2024-04-20 17:03``,
#: ``强图打榜 2024-05-23 09:41:17``.
_DATED_LINE_END_RE = lazy_regex(
    r"(?:19|20)\d{2}[-/.年](?:0?[1-9]|1[0-2])[-/.月](?:0?[1-9]|[12]\d|3[01])日?(?:[ \t\u3000\xa0]+\d{1,2}:\d{2}(?::\d{2})?)?"
    rf"[\]】)）]?{INDENT_CLASS}*$",
    regex.MULTILINE,
)
_ARTICLE_LABEL_LINE_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}条", regex.MULTILINE)
#: A related list shows several items with their dates.
_RELATED_DATED_MIN = 3


#: A mirror's download bar: ``下载地址: 点击此处下载`` (法律资料网, law*.infoeach.com).
_DOWNLOAD_BAR_RE = lazy_regex(
    rf"^{INDENT_CLASS}*(?:{_DOWNLOAD_LABEL})[:：]?{INDENT_CLASS}*{_CLICK_DOWNLOAD}{INDENT_CLASS}*$", regex.M)


def appended_page_tail(text: str) -> tuple[int, int] | None:
    """Another page's text that a mirror appends below the document, from the line after the
    mirror's closing download bar to the end of the text.

    Real damage: every page of the 法律资料网 mirrors (law18/law702…infoeach.com; field test 11,
    F11-S1) frames the document between two ``下载地址: 点击此处下载`` bars and prints another
    article below the second: a 1990 批复 of 最高人民法院 ended ``此复。`` + ``（一）隐私权的含义⏎隐私权
    是指…``, a 1951 复函 ended with a paper ``谈司法权地方化的弊端及改革对策⏎——从投资环境的视角⏎
    陈龙仁⏎一、前言…``.  Once the bars went as furniture nothing told the two texts apart.

    **Evidence**: the same bar line twice, a sentence of the document between the two, and text
    after the second.  One bar (a page's only download link) takes nothing.

    >>> t = "批复\\n下载地址: 点击此处下载\\n某某批复\\n此复。\\n\\n下载地址: 点击此处下载\\n（一）隐私权的含义\\n隐私权是指。"
    >>> start, end = appended_page_tail(t)
    >>> t[start:end].splitlines(), end == len(t)
    (['（一）隐私权的含义', '隐私权是指。'], True)
    >>> appended_page_tail("通知\\n为了规范。\\n下载地址: 点击此处下载\\n附件1") is None
    True
    """
    if "点击" not in text:
        return None
    bars = list(_DOWNLOAD_BAR_RE.finditer(text))
    if len(bars) < 2:
        return None
    first, last = bars[0], bars[-1]
    if first.group().strip() != last.group().strip() or not _SENTENCE_BEFORE.search(text, first.end(), last.start()):
        return None
    tail = last.end() + 1  # the bar itself goes as a furniture line
    if not text[tail:].strip() or _own_text_after_bar(text, first.end(), last.start(), tail):
        return None
    return tail, len(text)


#: What opens a notice's own attachment (``附件``, ``附件1``, ``附表：``, ``附：``).
_ATTACHMENT_OPENING = lazy_regex(rf"{INDENT_CLASS}*附(?:件|表|录)?[0-9一二三四五六七八九十]*{INDENT_CLASS}*[:：]?")
_TAIL_ARTICLE_LABEL = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十百零〇0-9]{{1,6}}条", regex.M)
_CITED_TITLE = lazy_regex(r"《([^《》\n]{2,60})》")


def _own_text_after_bar(text: str, body_start: int, body_end: int, tail: int) -> bool:
    """Whether the text after a repeated download bar is the page's own: it opens with an attachment
    marker, holds article labels, or its first lines name a title the text above cites (a notice
    that repeats its bar above the 办法 it issues; review 11, F11: the first rule removed it).

    >>> own = "印发《某办法》。\\n附件：某办法\\n"
    >>> _own_text_after_bar(own + "附件\\n某办法\\n", 0, len(own), len(own))
    True
    >>> _own_text_after_bar(own + "（一）隐私权的含义\\n隐私权是指。", 0, len(own), len(own))
    False
    """
    head = text[tail:tail + 200].lstrip("\n" + INDENT + "\xa0")
    if _ATTACHMENT_OPENING.match(head) and head[:1] == "附":
        return True
    if _TAIL_ARTICLE_LABEL.search(text, tail):
        return True
    first_lines = "".join(head.split("\n")[:3])
    return any(title in first_lines for title in _CITED_TITLE.findall(text, body_start, body_end))


def related_list_tail(text: str) -> tuple[int, int] | None:
    """A list of other articles closing the page, from its head (``相关新闻``, ``推荐阅读``…) to
    the end of the text.

    Real damage: news and mirror pages keep, after the article, the site's lists of other
    articles with their leads and dates (``相关阅读⏎您此时的心情⏎…⏎推荐阅读⏎内蒙古鄂尔多斯：
    棒垒球邀请赛开赛⏎…⏎2024-04-20 17:03``, ``相关新闻⏎山东日照：小蓝莓助力农业发展⏎…【详细】⏎
    强图打榜 2024-05-23 09:41:17``; magic-html pages of field test 8).

    **Evidence**: a head line alone on its line, after a sentence of the text; from it to the
    end of the text, :data:`_RELATED_DATED_MIN` lines or more that end in a date, and no
    article label (``第N条``: a law goes on).

    >>> t = "正文第一句。\\n相关新闻\\n山东日照：小蓝莓助力农业发展\\n强图打榜 2024-05-23 09:41:17\\n西藏：课堂\\n强图打榜 2024-05-23 09:29:34\\n河南：开镰\\n2024-05-22 23:32:46\\n"
    >>> start, end = related_list_tail(t)
    >>> t[start:end].splitlines()[0], end == len(t)
    ('相关新闻', True)
    >>> related_list_tail("第一条 为了规范。\\n相关文章\\n第二条 2024-05-23\\n2024-05-22\\n2024-05-21\\n") is None
    True
    """
    heads = [m.start() for m in _RELATED_HEAD_RE.finditer(text)]
    if not heads:
        return None
    dated = [m.start() for m in _DATED_LINE_END_RE.finditer(text, heads[0])]
    if len(dated) < _RELATED_DATED_MIN:
        return None
    labels = [m.start() for m in _ARTICLE_LABEL_LINE_RE.finditer(text, heads[0])]
    first_sentence = _SENTENCE_BEFORE.search(text, 0, heads[-1])
    for head in heads:
        if len(dated) - bisect.bisect_left(dated, head) < _RELATED_DATED_MIN:
            return None
        if labels and labels[-1] > head:
            continue  # a law goes on below the head
        if first_sentence is None or first_sentence.start() > head:
            continue  # the page's top: no article above the list
        return head, len(text)
    return None


_SENTENCE_BEFORE = lazy_re(r"[。！？；]")
