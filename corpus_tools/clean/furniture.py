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

This module holds the furniture line vocabulary and the rule, which asks the modules beside it
for the chrome of other shapes, each with its own evidence: :mod:`~corpus_tools.clean.page_edges`
(server errors, site notices and disclaimers, viewer notices, a site header, closing lists and
appended pages), :mod:`~corpus_tools.clean.page_numbers` (a PDF's page numbers),
:mod:`~corpus_tools.clean.mirror_chrome` (wiki edit links, breadcrumbs, doc-share fields, news and
doc-farm wrappers, a mirror's status box), :mod:`~corpus_tools.clean.table_pipes`,
:mod:`~corpus_tools.clean.markup_residue`, :mod:`~corpus_tools.clean.running_heads`,
:mod:`~corpus_tools.clean.copier_notes` and :mod:`~corpus_tools.clean.farm_chrome`;
:mod:`~corpus_tools.clean.page_lines` walks the lines and gives the span a removed block takes.
"""

from __future__ import annotations

import re
from typing import Iterable

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.chrome_runs import SIZE_WORDS, chrome_runs, head_glyph_and_size_lines, toggle_block_lines
from corpus_tools.clean.cms_head import cms_head_lines
from corpus_tools.clean.copier_notes import copier_note_lines, database_code_lines
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.farm_chrome import farm_chrome_lines, farm_chunk_numbers
from corpus_tools.clean.evidence import has_cells, line_kind
from corpus_tools.clean.gazette_box import gazette_record_boxes
from corpus_tools.clean.overlays import overlay_blocks
from corpus_tools.clean.appearances import appearance_lines
from corpus_tools.clean.tool_sessions import tool_output_lines
from corpus_tools.clean.transmission_frames import frame_spans
from corpus_tools.clean.markup_residue import (
    bbcode_runs, cms_page_break_lines, html_tag_residue, literal_markup_runs, markup_lines,
)
from corpus_tools.clean.converter_marks import converter_watermark_lines
from corpus_tools.clean.image_furniture import image_furniture_lines
from corpus_tools.clean.inserted_spans import GLOSSARY_MARK, glossary_marks, renderer_insertions
from corpus_tools.clean.interface_spans import interface_spans
from corpus_tools.clean.editor_additions import (
    article_captions, commentary_units, cross_strait_glosses, machine_summary_lines, version_list_lines,
)
from corpus_tools.clean.encyclopedia_copy import encyclopedia_reference_notes, encyclopedia_widget_lines
from corpus_tools.clean.envelopes import (
    bbs_post_lines,
    envelope_tail,
    forwarded_header_lines,
    running_stamp_lines,
    screen_bar_lines,
)
from corpus_tools.clean.mirror_chrome import (
    breadcrumb_lines,
    docshare_lines,
    empty_relation_rows,
    farm_wrapper_lines,
    mail_signature_tail,
    mirror_status_box,
    news_wrapper_lines,
    wiki_edit_links,
    wiki_footer_block,
    wiki_header_rows,
    wiki_reference_notes,
)
from corpus_tools.clean.page_edges import (
    CLICK_DOWNLOAD,
    DOWNLOAD_LABEL,
    appended_page_tail,
    consultation_widget_lines,
    disclaimer_tail_lines,
    head_contact_and_menu_lines,
    pipe_menu_lines,
    related_list_tail,
    server_error_lines,
    site_notice_lines,
    skip_link_lines,
    viewer_notice_lines,
)
from corpus_tools.clean.page_lines import (
    ARTICLE_LINE_RE,
    CONTENT_LINE_RE,
    ITEM_OPENING_RE,
    MAX_FURNITURE_LINE,
    hinted_lines,
    line_bounds,
    line_bounds_backwards,
    merge_line_spans,
    merge_sorted,
    within_spans,
)
from corpus_tools.clean.inline_pages import inline_page_furniture
from corpus_tools.clean.page_numbers import (
    labelled_page_lines,
    leading_page_numbers,
    lone_page_numbers,
    printed_page_numbers,
    sentence_page_numbers,
)
from corpus_tools.clean.non_law_lines import non_law_lines
from corpus_tools.clean.page_notes import page_foot_notes
from corpus_tools.clean.page_tools import citation_box_lines, viewer_control_lines
from corpus_tools.clean.revision_views import comparison_columns, struck_words
from corpus_tools.clean.print_margins import print_margin_spans
from corpus_tools.clean.margin_marks import margin_mark_spans
from corpus_tools.clean.scan_marks import stray_scan_strokes
from corpus_tools.clean.running_heads import chapter_running_heads, running_head_spans, running_title_spans
from corpus_tools.clean.site_boxes import (
    column_label_lines,
    glued_update_stamps,
    host_name_lines,
    read_more_lines,
    repeated_headline,
    tab_title_head_lines,
    teaser_box_lines,
    toolbar_lines,
    weather_lines,
    date_banner_lines,
    search_box_lines,
)
from corpus_tools.clean.table_pipes import layout_table_pipes
from corpus_tools.clean.ui_widgets import LOGIN_WORDS, widget_blocks
from corpus_tools.clean.wrapped_chrome import wrapped_furniture_lines
from corpus_tools.clean.rules import FURNITURE_SEAMS, RECURRING_FURNITURE, SITE_FURNITURE, RuleResult
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import HSPACE_CLASS, INDENT, INDENT_CLASS, INDENT_RE
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

# --------------------------------------------------------------------------
# The vocabulary of page widgets
# --------------------------------------------------------------------------

#: Page buttons and toolbar switches in Chinese: bare or in brackets.  A mainland page a mirror
#: converted with Taiwan phrases (OpenCC ``s2twp``: ``列印本頁``, ``關閉視窗``, ``字型``, ``開啟``), as
#: Taiwan sites write their own chrome, keeps those words after the script rule (``tw2s`` converts
#: characters, not phrases): ``列印``, ``视窗``, ``字型`` and ``开启`` are the same buttons (mixed pages,
#: issue 15).
_BUTTONS_CN = (
    r"(?:打印|列印)(?:本页|此页|文章|正文|页面|本文|本稿|稿件)?|关闭(?:窗口|视窗|本页|此页|页面|本文)?|返回(?:顶部|顶端|页首|页顶|列表|首页|上一页|上页|栏目|目录)?"
    r"|收藏(?:本页|此页|本文|本站)?|加入收藏夹?|保存(?:本页|此页|本文)?|我要纠错|纠错|设为首页|设为主页|(?:网站)?首页|网站地图|联系我们"
    r"|无障碍(?:浏览|阅读|模式)?|长者模式|长辈版|关怀(?:模式|版)|老年(?:模式|版)|(?:银铃|儿童|夜间|护眼)模式|适老化|读屏|大字版"
    r"|繁体版?|繁體版?|简体版?|簡體版?|手机版|移动版|电脑版|登录|注册|搜索|高级检索|帮助|使用帮助|隐私声明|网站声明"
    r"|意见反馈|我要评论|评论|点赞|置顶|顶部|English|ENGLISH|中文版?|阅读全文|查看全文|展开全文|全文阅读|我要打印|我的收藏"
    r"|葡文版本?|葡文版|英文版本?|葡文|Português|Versão Portuguesa|Versão Chinesa|阅读剩余全文(?:[（(][）)])?"
    r"|视力保护色[:：]?"
    # a read-aloud button (``听全文``, www.gz.gov.cn), the scan widget's second line when the page broke it
    # (``扫一扫在手机<br>打开当前页``) and the print button beside it (``下载、打印``; field test 10, F10-G5)
    r"|听全文|朗读全文|全文朗读|(?:打开|开启)当前页面?|下载[、/]?(?:打印|列印)"
    # a download button, a close button naming the page, click-to-see buttons and footer links (session 12: the edges
    # of field builds, ``【原文下载】`` under five 上海市人民政府 pages, ``【关闭当前页面】``, ``点击查看（图文）``)
    r"|原文下载|下载原文|全文下载|下载全文|下载|关闭当前(?:页面?|窗口)"
    r"|点击(?:查看|收起|展开)(?:更多|全文|详情|原文)?(?:[（(](?:图文|文字|视频)[）)])?|展开阅读全文"
    r"|内容纠错|网站纠错|纠错或建议|关于我们|网站建议"
    # a mobile page's back-to-top button (``回到顶部``: line_kind reads it as an organ's signature, ``…部``)
    r"|回到(?:顶部|顶端|页首|首页|目录)"
)
#: The same buttons in English (any case), whole words.
_BUTTONS_EN = (
    r"(?i:print(?:\s+(?:this\s+)?(?:page|article))?|close(?:\s+(?:this\s+)?(?:window|page))?|back(?:\s+to\s+top)?"
    r"|return|top|home(?:page)?|share(?:\s*:)?(?:\s+(?:wechat|weibo|facebook|twitter|linkedin|whatsapp|qq|e-?mail))*|bookmark|favou?rites?|save|e-?mail|sitemap|site\s+map|contact(?:\s+us)?"
    r"|font(?:\s+size)?|text\s+size|large|medium|small|accessibility|login|log\s+in|register|search|help)(?![A-Za-z])"
)
_SIZES = "(?:" + "|".join(regex.escape(w) for w in SIZE_WORDS) + ")"  # (the toggles' table: clean/chrome_runs.py)
#: A font-size switch: ``【字体：大 中 小】``, ``字号：[大] [中] [小]``, ``字号 A+ A-``; its blanks may be
#: no-break spaces (``【打印】 【字体：大&nbsp;&nbsp;中&nbsp;&nbsp;小】``, www.gz.gov.cn, field test 10, F10-G5).
_FONT = rf"[【\[]?{HSPACE_CLASS}*字[体号型](?:大小)?[:：]?(?:{HSPACE_CLASS}*[【\[]?{_SIZES}[】\]]?){{2,4}}(?:{HSPACE_CLASS}*[】\]])?"
#: A font-size switch without its label: ``A+大 A+中 A+小`` (www.gz.gov.cn and its districts, field test 10, F10-G5).
_SIZE_SWITCH = rf"A[+＋]?[大中小](?:{HSPACE_CLASS}*A[+＋]?[大中小]){{1,3}}"
_SHARE_TARGETS = r"(?:好友和朋友圈|微信朋友圈|朋友圈|微信好友|微信|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|人人网|豆瓣|抖音|今日头条|钉钉|复制链接|更多|好友)"
#: A share bar: ``分享到：微信 微博 QQ空间``, ``分享至：[微信] [朋友圈]``, ``一键分享``.
_SHARE = rf"(?:一键)?分享(?:到|至|给)?[:：]?(?:{INDENT_CLASS}*[【\[]?{_SHARE_TARGETS}[】\]]?)*"
#: A scan-to-phone widget: ``扫一扫在手机打开当前页``, ``手机扫一扫 打开当前页``,
#: ``用微信扫描二维码 分享至好友和朋友圈``, ``扫码阅读``.
_SCAN = (
    r"(?:用|使用)?(?:微信|手机|手机微信)?(?:扫一扫|扫描二维码|扫描|扫码)"
    r"(?:[ \u3000]*(?:在|用|到)?(?:手机|移动端)?(?:上)?(?:打开|开启|查看|浏览|阅读|看|访问)?(?:当前页面?|本页|此页|本文|文章)?)"
    r"(?:[ \u3000]*(?:分享|转发)(?:至|到|给)?(?:好友和朋友圈|好友|朋友圈)?)?"
    r"|扫码(?:加|添加|关注)(?:微信|公众号|客服)"
)
#: One widget of a line of widgets (Chinese or English), maybe in brackets.
_WIDGET = rf"(?:{_FONT}|[【\[]?{HSPACE_CLASS}*(?:{_SIZE_SWITCH}|{_SCAN}|{_SHARE}|{_BUTTONS_CN}|{_BUTTONS_EN}){HSPACE_CLASS}*[】\]]?)"
#: What separates widgets on a line (and a jump link's arrow after it: ``返回顶部 ↑``, ``顶部 ▲``, ``Back to top ↑``).
_WIDGET_SEP = rf"[{INDENT_RE}\u00a0|丨｜/·•,，、▲△▴↑⇧⬆︿∧]*"

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
#: The time may follow 日 with no blank (人民网's dateline ``2015年10月22日08:18    来源:人民网-人民日报``, field test 14
#: F14-E5: the line stayed at the head of the 条例 it carried).
_DATE_TIME = (r"\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)"
              r"(?:(?:[ \u3000\xa0]+|(?<=日))\d{1,2}:\d{2}(?::\d{2})?)?")

#: Heads of a row of links to other sites (``热门站点| 世界资料网 | 专利资料网``, 法律资料网 mirrors;
#: ``友情链接:乐虎国际游戏官网 | 乐虎国际游戏大厅``, a spun copy's footer on hzqdhly.com, field test 9, F9-P15).
_LINK_ROW_HEADS = r"热门站点|友情链接|相关站点|合作站点|站点导航|兄弟站点|推荐站点|相关网站|友情站点"

#: A portal's navigation bar as one line of menu words after 首页 (110.com: ``网站首页 法律咨询
#: 找律师 律师在线 律师热线 法治资讯 法律法规 资料库 法律文书``).
_NAV_LINE = rf"{INDENT_CLASS}*(?:网站|本站)?首页(?:{INDENT_CLASS}+[\p{{Han}}A-Za-z]{{2,6}}){{4,16}}{INDENT_CLASS}*"

#: A widget's icon as a Markdown copy of the page writes it (Jina Reader: ``__ 分享到``, ``__-次``; the
#: www.gz.gov.cn pages of field test 10, F10-G5).
#: A back-to-top link's arrow drawn as a character (``▲ 返回顶部``, ``↑回到顶部``, ``⬆ TOP``: the jump links a page repeats
#: between its articles, kept with their glyph; set 5 of the noise benchmark): only before a widget, never alone.
_ICON_RESIDUE = rf"(?:(?:__|[▲△▴↑⇧⬆︿∧^]){INDENT_CLASS}*)?"

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

#: The home-page toolbar (``加入收藏 | 设为首页``) whose 首页 a spam rewrite of the site replaced by its keyword, as it
#: replaced the breadcrumb's 首页 (eaihelp.com's copy of 彩票管理条例实施细则: ``加入收藏 | 设为送彩金``, field test 14
#: F14-B2: the line stayed and was glued into the title, ``设为送彩金彩票管理条例实施细则``).  Only beside its twin button
#: and a separator: ``设为…`` alone on a line is a line of text.
_BOOKMARK = r"(?:加入收藏夹?|收藏本站)"
_SET_AS = r"设为[^\s|丨｜/。；，,：:]{1,8}"
_TOOLBAR_SEP = rf"{INDENT_CLASS}*[|丨｜/]{INDENT_CLASS}*"
_HOME_TOOLBAR_REWRITTEN = (
    rf"{INDENT_CLASS}*(?:{_BOOKMARK}{_TOOLBAR_SEP}{_SET_AS}|{_SET_AS}{_TOOLBAR_SEP}{_BOOKMARK}){INDENT_CLASS}*"
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
    rf"|^{INDENT_CLASS}*[【\[]?{INDENT_CLASS}*(?:{_META_LABELS})(?:[:：]|{INDENT_CLASS}:{INDENT_CLASS})[^\n]{{0,120}}$"
    rf"|^{INDENT_CLASS}*{_DATE_TIME}{INDENT_CLASS}+(?:{_META_LABELS})[:：][^\n。；，]{{0,80}}$"
    rf"|^{INDENT_CLASS}*(?:{_LINK_ROW_HEADS})[:：]?{INDENT_CLASS}*[|丨｜][^\n。；，,]{{1,200}}$"
    rf"|^{INDENT_CLASS}*(?:{_LINK_ROW_HEADS})[:：]{INDENT_CLASS}*[^\n。；，,|丨｜:：]{{1,30}}"
    rf"(?:{INDENT_CLASS}*[|丨｜]{INDENT_CLASS}*[^\n。；，,|丨｜:：]{{1,30}}){{1,12}}{INDENT_CLASS}*$"
    rf"|^{INDENT_CLASS}*(?:(?:{DOWNLOAD_LABEL}|下载)[:：]?{INDENT_CLASS}*)?{CLICK_DOWNLOAD}{INDENT_CLASS}*$"
    rf"|^{INDENT_CLASS}*{_PAGE_UPDATED}$"
    rf"|^{_SITE_MASTHEAD}$"
    rf"|^{_HOME_TOOLBAR_REWRITTEN}$",
    regex.MULTILINE,
)

#: A field's label and its colon; ASCII colons set apart by blanks too (the Guangdong portal's ``时间 : 2023-02-25 08:51:32
#: 来源：南方日报网络版``, field test 28, F28-B4).
_META_FIELD_RE = lazy_regex(rf"(?:{_META_LABELS})(?:[:：]|{INDENT_CLASS}:{INDENT_CLASS})")
_WIDGET_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*{_ICON_RESIDUE}(?:{_WIDGET}{_WIDGET_SEP})+")
_PAGE_LINE_RE = lazy_regex(_PAGE_LINE)
_STRONG_META = lazy_regex(
    r"发布时间|发布日期|发文时间|更新时间|发表时间|责任编辑|责编|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|阅读量|访问次数|技术支持|主办单位|承办单位"
)
#: Meta labels that are ordinary words too: as the only field of a line, only with a
#: date or a number for a value (``时间：2020-05-14``, ``点击：88``).
_WEAK_META = frozenset(("时间", "日期", "浏览", "阅读", "点击", "审核", "校对", "供稿", "摄影", "字号", "字体"))
_DATE_OR_NUMBER = lazy_regex(r"^[\d\-/年月日:：.\s]+$")

#: Furniture glued onto the end of the last paragraph (only at the very end).  The sentence it
#: follows may end on the ASCII full stop of a page typed with ASCII marks (``起施行.　分享：``):
#: the width rule keeps a ``.`` before a blank, and only the furniture's removal lets the width
#: rule at the seams make it ``。`` (mixed pages, issue 15).
TRAILING_JUNK_RE = lazy_regex(
    rf"(?:(?<=[。！？；;!?”」』）)：:])|(?<=\p{{Han}}[.．])){INDENT_CLASS}*(?:{_WIDGET}[{INDENT_RE}|丨｜/·•]*)+(?=\n?\Z)"
)
#: Furniture that cannot be law text, glued before the first line's text or after
#: the last: bracketed buttons, the scan-to-phone widget, font-size switches, share
#: bars with their targets, English buttons, and a breadcrumb that ends on 正文 (only
#: at the very start of the text).
_STRONG_JUNK_TOKEN = (
    rf"[【\[](?:{_BUTTONS_CN}|{_BUTTONS_EN})[】\]]"
    r"|(?:微信|手机)?扫一扫(?:[ \u3000]*(?:(?:在|用)?手机(?:上)?)?(?:打开|开启|查看|浏览|阅读|看)(?:当前页面?|本页|此页|本文)?)?"
    r"|(?:用|使用)?(?:微信|手机)扫描二维码(?:[ \u3000]*(?:分享|转发)(?:至|到)?(?:好友和朋友圈|好友|朋友圈)?)?"
    rf"|{_FONT}"
    rf"|(?:一键)?分享(?:到|至)[:：](?:{INDENT_CLASS}*[【\[]?{_SHARE_TARGETS}[】\]]?)*"
    r"|(?:打印本页|打印此页|列印本页|列印此页|关闭窗口|关闭视窗|关闭本页)"
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


#: A page's update stamp alone on its line (the :data:`_PAGE_UPDATED` shape of :data:`FURNITURE_LINE_RE`).
_UPDATE_STAMP_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*{_PAGE_UPDATED}")


#: A line of the document's content: a sentence, or an article or chapter label, letter-spaced too (``第 二十四 條``:
#: site_furniture reads the text before ``cjk_spaces`` joins its labels).
_SENTENCE_OR_LABEL_RE = lazy_regex(
    rf"[。；！？]|^{INDENT_CLASS}*第(?:{INDENT_CLASS}?[一二三四五六七八九十百千零〇\d]){{1,8}}{INDENT_CLASS}?[条章节编]", regex.MULTILINE)


def _line_above(text: str, start: int, blanks: str = "\n") -> tuple[int, int] | None:
    """The span of the line above the line starting at ``start``, lines of only ``blanks`` skipped (its trailing
    ``blanks`` left out); None at the page's top.

    >>> t = "甲。\\n\\n乙\\n"
    >>> _line_above(t, 4), _line_above(t, 0)
    ((0, 2), None)
    """
    above_end = start - 1
    while above_end > 0 and text[above_end - 1] in blanks:
        above_end -= 1  # (blank lines skipped: one pass over them per line asked about)
    if above_end <= 0:
        return None
    return text.rfind("\n", 0, above_end) + 1, above_end


def _between_sentences(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` stands between two lines of the document's content
    (:data:`_SENTENCE_OR_LABEL_RE`: a sentence, an article or chapter label), blank lines aside.

    A page's update stamp stands at the page's edge, under its last sentence (``最后修改日期 2020/11/27 下午
    03:40:53`` closing every tncc.gov.tw page) or among the page's labels above the document (``访问量：⏎
    更新日期：2024-01-12``, abrd.gov.cn), never between two of the document's sentences: a dated line there
    (``最后修改日期：2021年3月5日`` between two articles) is the document's own (review 12, F9).

    >>> t = "第一条 甲。\\n最后修改日期：2021年3月5日\\n\\n第二条 乙。\\n最后修改日期 2020/11/27"
    >>> _between_sentences(t, 7, 24), _between_sentences(t, t.rfind("\\n") + 1, len(t))
    (True, False)
    >>> _between_sentences("来源：州人大\\n更新日期：2024-01-12\\n某办法\\n第一条 甲。", 7, 22)
    False
    """
    above = _line_above(text, start)
    if above is None:
        return False
    above_start, above_end = above
    below_start = end
    while below_start < len(text) and text[below_start] == "\n":
        below_start += 1
    if below_start >= len(text):
        return False
    below_end = text.find("\n", below_start)
    below_end = len(text) if below_end < 0 else below_end
    return bool(_SENTENCE_OR_LABEL_RE.search(text, above_start, above_end)
                and _SENTENCE_OR_LABEL_RE.search(text, below_start, below_end))


#: A button's word that a notice also writes as a heading over its own text: a call for comments heads the part that
#: says how to send them (``意见反馈⏎请于2023年1月1日前将意见提交至市司法局。``) or its form (``意见反馈⏎姓名：⏎单位：``).
_HEADING_BUTTON_RE = lazy_regex(rf"{INDENT_CLASS}*[【\[]?意见反馈[】\]]?{INDENT_CLASS}*")
#: The body below such a heading: a sentence, or a form's empty field (``姓名：``).
_HEADING_BODY_RE = lazy_regex(rf"{INDENT_CLASS}*(?:[^\n]*[。；][^\n]*|[\p{{Han}}]{{1,8}}[:：]{INDENT_CLASS}*)")


def _heading_over_its_body(text: str, start: int, end: int) -> bool:
    r"""Whether the line ``text[start:end]`` is a bare 意见反馈 heading followed by its own body, a sentence or a form's
    empty field (furn22's leftover: the button list took the heading of a call-for-comments notice).  The site's
    button stands among other buttons or links (``投诉建议⏎意见反馈⏎账号申诉``), or at the page's end.

    >>> t = "关于征求意见的通知\n\n意见反馈\n请于2023年1月1日前将意见提交至市司法局。\n"
    >>> _heading_over_its_body(t, 11, 15)
    True
    >>> t = "投诉建议\n意见反馈\n账号申诉\n"
    >>> _heading_over_its_body(t, 5, 9), _heading_over_its_body("第一条 甲。\n意见反馈\n", 7, 11)
    (False, False)
    """
    if not _HEADING_BUTTON_RE.fullmatch(text, start, end):
        return False
    below = end
    while below < len(text) and text[below] in " \t\u3000\u00a0\n":
        below += 1
    below_end = text.find("\n", below)
    below_end = len(text) if below_end < 0 else below_end
    return below < below_end and _HEADING_BODY_RE.fullmatch(text, below, below_end) is not None


#: A line a document is signed or dated by its parties on (``甲方：…``, ``法定代表人：``, ``（盖章）``).
_PARTY_LINE_RE = lazy_regex(
    rf"{INDENT_CLASS}*[（(]?(?:甲方|乙方|丙方|委托方|受托方|委托人|受托人|法定代表人|委托代理人|代理人|负责人|签字|签名|盖章|签章)"
)
#: A line holding only one date field (``日期：2021年5月8日``, ``时间：2021-05-08``).
_DATE_FIELD_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*(?:时间|日期)[:：]{INDENT_CLASS}*[\d\-/年月日.\s]*{INDENT_CLASS}*")
_SENTENCE_END_RE = lazy_re(r"[。；！？]")


def _closing_date(text: str, start: int, end: int) -> bool:
    """Whether the date-field line ``text[start:end]`` is the document's own date under its signature: the line above
    it (blank lines skipped) signs the document (an organ's name, or a party's field), and no sentence follows it.

    Real damage undone (field test 24, F24-A1): a 公示 signed ``某某区人民政府⏎日期：2021年5月8日`` and a contract's
    ``甲方：某某有限公司⏎时间：2021-05-08`` lost their dates as a page's publication stamp.

    >>> t = "现将某某项目予以公示。\\n\\n某某区人民政府\\n日期：2021年5月8日\\n"
    >>> _closing_date(t, t.index("日期"), len(t) - 1)
    True
    >>> t = "某某区人民政府网站\\n日期：2021-05-08\\n第一条 为了规范管理。\\n"
    >>> _closing_date(t, t.index("日期"), t.index("\\n第一条"))
    False
    """
    if not _DATE_FIELD_LINE_RE.fullmatch(text, start, end) or _SENTENCE_END_RE.search(text, end) is not None:
        return False
    span = _line_above(text, start, blanks=" \t\u3000\xa0\n")
    if span is None:
        return False
    above = text[span[0] : span[1]]
    return line_kind(above.strip(INDENT + "\xa0")) == "signature" or _PARTY_LINE_RE.match(above) is not None


def _is_furniture_line(line: str) -> bool:
    """Check a line that matched a furniture shape (meta and pagination lines need more).

    >>> _is_furniture_line("来源：常州市司法局 发布时间：2024-11-15")
    True
    >>> _is_furniture_line("来源：本条例所称资金来源，是指财政拨款。")
    False
    >>> _is_furniture_line("发布日期：")
    False
    >>> _is_furniture_line("时间 : 2023-02-25 08:51:32 来源：南方日报网络版")
    True
    >>> _is_furniture_line("时间：2020-05-14 来源：法制办 作者：管理员 点击：88"), _is_furniture_line("时间：每年三月")
    (True, False)
    >>> _is_furniture_line("日期：2020年5月14日"), _is_furniture_line("日期： 年 月 日")
    (True, False)
    >>> _is_furniture_line("第1页 共3页"), _is_furniture_line("1 2 3")
    (True, False)

    A contract's two parties each date it on one line (field test 24, F24-A1: ``时间：    年    月    日
    时间：    年    月    日`` under 甲方/乙方 of a 委托代理合同 was deleted as "two meta fields"):

    >>> _is_furniture_line("时间：2021年5月8日　　时间：2021年5月8日"), _is_furniture_line("时间：    年    月    日     时间：    年    月    日")
    (False, False)
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
    if len(fields) >= 2 and len({field[:-1] for field in fields}) == 1 and fields[0][:-1] in _WEAK_META:
        return False  # the same date field twice (``时间：…　时间：…``): two parties' fields of a contract, never a site's
    if len(fields) >= 2 or _STRONG_META.match(stripped):
        return True
    value = stripped[len(fields[0]):].strip()
    if fields[0][:-1] in _WEAK_META:
        # a date's blanks (``日期： 年 月 日``) are a form's field to fill in, not a page's date
        return bool(_DATE_OR_NUMBER.match(value)) and any(c.isdigit() for c in value)
    return 0 < len(value) <= 30


def is_whole_furniture_line(line: str) -> bool:
    """Whether ``line`` (one line, no newline) is a furniture line whole: its shape spans it and passes the checks.

    >>> is_whole_furniture_line("当前位置：首页 > 政务公开 > 政策法规"), is_whole_furniture_line("第一条 为了规范管理。")
    (True, False)
    """
    match = _furniture_line(line, 0)
    return bool(match and match.end() == len(line) and match.group(0).strip() and _is_furniture_line(match.group(0))
                and not has_cells(line))


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


#: A CMS's box of linked copies (``关联稿件：``), the label alone on its line: words of the site, never of a law.
_LINKED_COPIES_HEAD_RE = lazy_regex(rf"{INDENT_CLASS}*[【\[]?(?:关联稿件|相关稿件|关联文件|关联解读|稿件关联)[】\]]?[:：]?{INDENT_CLASS}*")
#: One item of the box: a linked title (``图文解读：《…》``) and its date at the line's end, no sentence.
_LINKED_COPY_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:[^\n。；：:]{{1,8}}[:：])?[^\n。；]{{2,120}}?{INDENT_CLASS}*(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}{INDENT_CLASS}*"
)
#: The most items such a box holds.
_LINKED_COPIES_MAX = 10


def linked_copies_lines(text: str) -> list[tuple[int, int]]:
    r"""A CMS's box of linked copies: ``关联稿件：`` alone on its line and the dated titles under it (field test 22,
    F22-B2: ``关联稿件：⏎图文解读：《万载县2022年国民经济和社会发展统计公报》 2023-07-12`` under a county bulletin's
    title).  **Evidence**: the label names the site's box (no law writes 关联稿件), and at least one item under it,
    each a title and its date; a label without an item stays.

    >>> t = "某县统计公报\n关联稿件：\n图文解读：《某县统计公报》 2023-07-12\n某县统计局\n"
    >>> [t[a:b] for a, b in linked_copies_lines(t)]
    ['关联稿件：', '图文解读：《某县统计公报》 2023-07-12']
    >>> linked_copies_lines("关联稿件：\n某县统计局\n")
    []
    """
    if "稿件" not in text and "关联" not in text:
        return []
    found: list[tuple[int, int]] = []
    for match in regex.finditer(r"关联稿件|相关稿件|关联文件|关联解读|稿件关联", text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if (start, end) in found or not _LINKED_COPIES_HEAD_RE.fullmatch(text, start, end):
            continue
        items: list[tuple[int, int]] = []
        at = end + 1
        while at < len(text) and len(items) < _LINKED_COPIES_MAX:
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            if not text[at:stop].strip():
                at = stop + 1
                continue
            if not _LINKED_COPY_RE.fullmatch(text, at, stop):
                break
            items.append((at, stop))
            at = stop + 1
        if items:
            found += [(start, end)] + items
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
    """Whether the lines after ``end`` are a signature (issuing bodies, then a date): a file
    named above a notice's signature is the notice's own attachment, which a site links to its
    file (``附件：某某通知（征求意见稿）.wps`` above ``海南省住房公积金管理局`` ⏎ ``2023年5月1日``; a
    field test found such a list deleted as a download list).  Bodies that sign jointly sign
    on a line each or side by side on one line (field test 13: bjtcm's 卫生部 notice,
    ``卫生部　　国家中医药管理局　　总后勤部卫生部`` ⏎ ``二〇一一年一月三十日``; 上海 发改委's
    三 issuers a line each), and the notice's other attachment files may stand between.

    >>> _signed_after("附件：某办法.wps\\n\\n海南省住房公积金管理局\\n2023年5月1日\\n", 10), _signed_after("某办法.pdf\\n版权所有", 7)
    (True, False)
    >>> _signed_after("附件：规定.doc\\n卫生部　　国家中医药管理局\\n二〇一一年一月三十日\\n", 9)
    True
    >>> _signed_after("附件：甲.docx\\n上海市发展和改革委员会\\n上海市经济和信息化委员会\\n国家能源局华东监管局\\n2019年5月31日\\n", 9)
    True
    >>> _signed_after("附件：甲.docx\\n乙.pdf\\n某某局\\n2019年5月31日\\n", 9)
    True
    """
    signers = 0
    for line in text[end:end + 600].split("\n"):
        stripped = line.strip(INDENT + "\xa0")
        if not stripped:
            continue
        if not signers and _FILE_LINE_RE.fullmatch(line):
            continue  # the notice's next attachment file
        kind = line_kind(line)
        if kind == "date":
            return signers > 0
        if kind != "signature" and not _joint_signature(stripped):
            return False
        signers += 1
        if signers > 6:
            return False
    return False


def _joint_signature(line: str) -> bool:
    """Whether a line is two or more issuing bodies side by side (``卫生部　　国家中医药管理局``).

    >>> _joint_signature("卫生部　　国家中医药管理局　　总后勤部卫生部"), _joint_signature("卫生部　国家")
    (True, False)
    """
    parts = [part for part in regex.split(r"[ \u3000\xa0\t]{2,}|[ \u3000\xa0\t]*[、，][ \u3000\xa0\t]*", line) if part]
    return len(parts) >= 2 and all(line_kind(part) == "signature" for part in parts)


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
    return list(hinted_lines(_EXTENSION_GATE, text))


#: A footnote marker: ``[1]``, ``[注1]``, ``（注1）``, ``【注1】``, ``[^1]``.
_MARKER = r"(?:\[\^?注?\d{1,2}\]|[（(]注\d{1,2}[）)]|【注\d{1,2}】|〔注?\d{1,2}〕)"
_MARKER_RE = lazy_regex(_MARKER)
#: The head of a page's notes: ``注释：``, ``【注释】``, ``注：``.
_NOTES_HEAD_RE = lazy_regex(rf"{INDENT_CLASS}*[【\[]?(?:注释|注解|脚注|附注|尾注|注)[】\]]?[:：]?{INDENT_CLASS}*")
_NOTE_LINE_RE = lazy_regex(rf"{INDENT_CLASS}*({_MARKER})[^\n]*")
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
    for _ in ARTICLE_LINE_RE.finditer(text, 0, end):
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
    for start, end in line_bounds_backwards(text):  # (only the page's last lines: not a list of all)
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
    its note; a mark in a margin of some lines (a change bar, a revision, diff or quotation
    mark, a line number on the right) only when the same mark stands at the same side of
    several lines and nowhere else on the page (:mod:`~corpus_tools.clean.margin_marks`).  Never removed: a label whose value is not on its line (``发布日期：`` with
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

    The home-page toolbar whose 首页 a spam rewrite replaced (:data:`_HOME_TOOLBAR_REWRITTEN`); ``设为…`` alone stays:

    >>> remove_site_furniture("加入收藏 | 设为送彩金\\n某条例\\n")[0], remove_site_furniture("设为重点\\n某条例\\n")[0]
    ('某条例\\n', '设为重点\\n某条例\\n')
    """
    spans: list[tuple[int, int, list[str]]] = []
    warnings: list[CleanWarning] = []
    hinted: set[int] = set()
    taken: set[int] = set()  # line starts already removed (or holding glued leading junk)
    runs = chrome_runs(text)  # (runs of chrome lines at the page's edges: corpus_tools/clean/chrome_runs.py)
    footer = footer_block_tail(text)
    directory = link_directory_tail(text)
    cut = min((tail[0] for tail in (footer, directory) if tail is not None), default=len(text))
    if cut < len(text):  # the page's end above a site footer or link directory: a link box there closes the text (F21-B2)
        seen_runs = set(runs)
        last_sentence = max(text.rfind(mark, 0, cut) for mark in "。；！？")
        runs += [span for span in chrome_runs(text[:cut]) if span not in seen_runs and span[0] > last_sentence]
    lead = LEADING_JUNK_RE.match(text) if _leading_gate(text) and not (runs and runs[0][0] == 0) else None
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
        if _heading_over_its_body(text, line_start, match.end()):
            continue  # a notice's heading 意见反馈 over its own text (请于…前将意见提交…), not the site's button
        if _UPDATE_STAMP_LINE_RE.fullmatch(match.group(0)) and _between_sentences(text, line_start, match.end()):
            continue  # a dated line between the document's sentences (修改日期：… above its next article), not the page's stamp
        if _closing_date(text, line_start, match.end()):
            continue  # the document's own date under its signature (某某区人民政府⏎日期：2021年5月8日), not the page's stamp
        taken.add(line_start)
        spans.append((match.start(), match.end(), [match.group(0).strip()[:40]]))
    warnings += [CleanWarning(SITE_FURNITURE, a, "download link named by a document number kept", text[a:b][:60])
                 for a, b in numbered_files(text)]
    # (a comparison table of former and current wording with no mark of the deleted words: both kept,
    # corpus_tools/clean/revision_views.py)
    warnings += [CleanWarning(SITE_FURNITURE, a, "former and current wording side by side with no deletion mark: both kept",
                              text[a:b][:60]) for a, b in comparison_columns(text)]
    note_lines, markers, note_warnings = _footnotes(text)
    foot_notes, foot_markers = page_foot_notes(text)  # (a PDF's notes at each page's foot: corpus_tools/clean/page_notes.py)
    note_lines += [span for span in foot_notes if span not in note_lines]
    markers = sorted(set(markers) | {m for m in foot_markers if not any(a <= m[0] < b for a, b in markers)})
    wiki_notes, wiki_markers = wiki_reference_notes(text)  # (a wiki's ``↑`` reference list: corpus_tools/clean/mirror_chrome.py)
    note_lines += [span for span in wiki_notes if span not in note_lines]
    markers = sorted(set(markers) | {m for m in wiki_markers if not any(a <= m[0] < b for a, b in markers)})
    # (an encyclopedia entry's stamped reference list, its marks and its buttons: corpus_tools/clean/encyclopedia_copy.py)
    entry_notes, entry_markers = encyclopedia_reference_notes(text)
    note_lines += [span for span in entry_notes if span not in note_lines]
    markers = sorted(set(markers) | {m for m in entry_markers if not any(a <= m[0] < b for a, b in markers)})
    note_lines += [span for span in encyclopedia_widget_lines(text, proven=bool(entry_notes)) if span not in note_lines]
    warnings += note_warnings
    page_lines, glued_numbers = printed_page_numbers(text)
    margins, margin_joins = print_margin_spans(text)  # (a browser's print header and footer: clean/print_margins.py)
    page_lines += margins
    page_lines += lone_page_numbers(text)
    page_lines += [span for span in sentence_page_numbers(text) if span not in page_lines]
    page_lines += [span for span in labelled_page_lines(text) if span not in page_lines]
    crumbs, crumb_repeats = breadcrumb_lines(text)
    wiki_rows, wiki_marks = wiki_header_rows(text)
    chrome_lines = (server_error_lines(text) + site_notice_lines(text) + disclaimer_tail_lines(text)
                    + viewer_notice_lines(text) + consultation_widget_lines(text) + head_contact_and_menu_lines(text)
                    + skip_link_lines(text) + pipe_menu_lines(text)
                    + _counters_below(text, spans) + menu_blocks(text)
                    + login_box_lines(text) + crumbs + docshare_lines(text) + empty_widget_lines(text)
                    + farm_wrapper_lines(text) + markup_lines(text) + widget_residue_lines(text, spans)
                    + news_wrapper_lines(text) + copier_note_lines(text) + database_code_lines(text) + linked_copies_lines(text) + farm_chrome_lines(text) + wiki_rows
                    + empty_relation_rows(text) + teaser_box_lines(text) + column_label_lines(text)
                    + read_more_lines(text) + weather_lines(text) + date_banner_lines(text) + search_box_lines(text) + host_name_lines(text)
                    + toolbar_lines(text) + toggle_block_lines(text) + widget_blocks(text, is_whole_furniture_line)
                    + tab_title_head_lines(text) + head_glyph_and_size_lines(text) + overlay_blocks(text) + runs
                    + image_furniture_lines(text)  # (an image's placeholder and caption: clean/image_furniture.py)
                    + converter_watermark_lines(text)  # (a trial converter's notice: clean/converter_marks.py)
                    + cms_page_break_lines(text)  # (an editor's page-break marker: clean/markup_residue.py)
                    + tool_output_lines(text)  # (a terminal session's or a chat answer's lines: clean/tool_sessions.py)
                    # (a law database's version list, a portal's machine summary: clean/editor_additions.py)
                    + version_list_lines(text) + machine_summary_lines(text)
                    # (a PDF viewer's controls, a "how to cite this page" box: clean/page_tools.py)
                    + viewer_control_lines(text) + citation_box_lines(text))
    # (a renderer's insertions into the text flow: icon names, link addresses, comment anchors and their list, a
    # tiled watermark: corpus_tools/clean/inserted_spans.py)
    inserted, inserted_lines = renderer_insertions(text)
    # (a user interface's text inside a sentence: a selection popup, a toast, a fold's control, an assistive label:
    # corpus_tools/clean/interface_spans.py)
    inserted += [(a, b, why) for a, b, why in interface_spans(text) if not any(s < b and a < e for s, e, _ in inserted)]
    chrome_lines += [(a, b) for a, b, _ in inserted_lines]
    related = related_list_tail(text)
    if related is not None:
        chrome_lines.append(related)
    appended = appended_page_tail(text)
    if appended is not None:
        chrome_lines.append(appended)
    signature = mail_signature_tail(text)  # (a mail's or a forum post's signature: corpus_tools/clean/mirror_chrome.py)
    if signature is not None:
        chrome_lines.append(signature)
    # the envelope a carrying channel wraps around the law: a mail's signature block and disclaimers, a list's
    # footer, an app's footer at the end; a forwarded mail's header above; a phone screen's bars; a BBS post's header
    # and footer; a production set's running stamps
    # (corpus_tools/clean/envelopes.py)
    envelope = envelope_tail(text, is_whole_furniture_line)
    if envelope is not None:
        chrome_lines.append(envelope)
    chrome_lines += forwarded_header_lines(text) + screen_bar_lines(text) + bbs_post_lines(text) + running_stamp_lines(text)
    # a portal's floating widgets (a service robot, a live chat, an AI assistant, a hot-line box) and a signed
    # document's signature appearance (Digitally signed by…, 签名有效⏎签名人：…, a seal's verification lines)
    # (corpus_tools/clean/appearances.py)
    chrome_lines += appearance_lines(text, is_whole_furniture_line)

    for start, end in _related_link_lines(text) + _attachment_lines(text) + note_lines + page_lines + chrome_lines:
        if start not in taken:
            taken.add(start)
            spans.append((start, end, [text[start:end].strip()[:40]]))
    # an annotated edition's commentary between the articles (【释义】…, 本条是关于…的规定: clean/editor_additions.py)
    for start, end in commentary_units(text):
        if start not in taken:
            taken.add(start)
            spans.append((start, end, ["an annotated edition's commentary: " + text[start:end].strip()[:40]]))
    # the template above a CMS article's title, known by the article's own header (title over its meta fields: F29-B1,
    # corpus_tools/clean/cms_head.py)
    for start, end in cms_head_lines(text, [(s, e) for s, e, _ in spans]):
        if start not in taken:
            taken.add(start)
            spans.append((start, end, ["template above a CMS article's title: " + text[start:end].strip()[:40]]))
    # the site's title bar: the headline twice with only the chrome above between (corpus_tools/clean/site_boxes.py)
    for start, end in repeated_headline(text, [(s, e) for s, e, _ in spans]):
        if start not in taken:
            taken.add(start)
            spans.append((start, end, [text[start:end].strip()[:40]]))
    # a page break whose running title (no number: the title at each page top) cuts a sentence, with its
    # feet and blank lines (overlapping a page number's line: merged below, not skipped as taken)
    spans += [(a, b, [text[a:b].strip()[:40]]) for a, b in running_title_spans(text)]
    spans += [(a, b, [text[a:b].strip()[:40]]) for a, b in chapter_running_heads(text)]  # (the chapter's name at the page top)
    # a chrome line the page's hard wraps cut in pieces, its first piece furniture alone and taken above (merged with
    # it below; corpus_tools/clean/wrapped_chrome.py)
    spans += [(a, b, [text[a:b].replace("\n", "").strip()[:40]])
              for a, b in wrapped_furniture_lines(text, is_whole_furniture_line)]
    if footer is not None:  # (its lines may be furniture lines already: the block is merged with them)
        spans.append((footer[0], footer[1], [text[footer[0]:footer[1]].strip()[:40]]))
    if directory is not None:  # (merged likewise)
        spans.append((directory[0], directory[1], [text[directory[0]:directory[1]].strip()[:40]]))
    wiki_footer = wiki_footer_block(text)
    if wiki_footer is not None:  # (merged likewise)
        spans.append((wiki_footer[0], wiki_footer[1], [text[wiki_footer[0]:wiki_footer[1]].strip()[:40]]))
    # A mirror's status box: its own edits (the removed text holds the box whole, for whoever
    # reads the mirror's values from the edits), never merged with other furniture.
    box = [(s, e, [text[s:e].strip()[:40]]) for s, e in mirror_status_box(text) if s not in taken]
    taken.update(s for s, _, _ in box)
    # The Macau gazette's record box over an act (corpus_tools/clean/gazette_box.py): its own edit likewise, the
    # metadata reads the act's number and day from it; a box another span already cuts into is left as it was.
    gazette = [(s, e) for s, e in gazette_record_boxes(text)
               if not any(a < e and s < b for a, b, _ in spans + box)]
    if margin_joins:  # (a line another rule took inside a cut the margins' join spans goes with the join)
        spans = [span for span in spans if not any(a <= span[0] and span[1] <= b for a, b in margin_joins)]
    # a transmission's frames around its chunks (short messages, fax headers, a mail's parts, a thread's counters),
    # the chunks joined where the cut fell inside a sentence (corpus_tools/clean/transmission_frames.py); a line
    # another rule took inside a frame's span goes with the frame
    frames = frame_spans(text)
    if frames:
        # a frame that holds nothing but lines another rule took already (a browser's print margins, whose own
        # spans end the page right) is left to that rule
        frames = [(a, b, why) for a, b, why in frames if not _only_taken_lines(text, a, b, spans)]
        spans = [span for span in spans if not any(a <= span[0] and span[1] <= b for a, b, _ in frames)]
        frames = [(a, b, why) for a, b, why in frames if not any(s < b and a < e for s, e, _ in spans)
                  and not any(s < b and a < e for s, e in margin_joins)]
    edits = [
        Edit(SITE_FURNITURE, s, e, text[s:e], "", "furniture line: " + " | ".join(notes))
        for s, e, notes in merge_line_spans(text, spans)
    ]
    # a browser's print margins between the halves of the sentence the printed page cut: gone with the line
    # breaks around them, the sentence joined (its lines are no line span: merged, a span would keep a break)
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "print margins cutting a sentence: " + text[a:b].strip()[:40])
              for a, b in margin_joins if not any(s < b and a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", why) for a, b, why in frames]
    edits += [Edit(SITE_FURNITURE, s, e, text[s:e], "", "mirror status box: " + " | ".join(notes))
              for s, e, notes in merge_line_spans(text, box)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "footnote marker") for a, b in markers]
    # (the mark a glossary's link left after terms, ``人民政府[?]批准``: corpus_tools/clean/inserted_spans.py)
    glossary_marks_taken = [(a, b) for a, b in glossary_marks(text)
                            if not any(s < b and a < e for s, e, _ in spans) and not any(s < b and a < e for s, e in markers)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", GLOSSARY_MARK) for a, b in glossary_marks_taken]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", why) for a, b, why in inserted
              if not any(s < b and a < e for s, e, _ in spans) and not any(s < b and a < e for s, e in markers)
              and not any(s < b and a < e for s, e in glossary_marks_taken)]
    # (an editor's additions inside the law's lines: a compiler's article captions, a cross-strait edition's
    # glosses: corpus_tools/clean/editor_additions.py)
    added = [(a, b, "a compiler's article caption") for a, b in article_captions(text)]
    added += [(a, b, "a cross-strait gloss of the term before it") for a, b in cross_strait_glosses(text)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", why) for a, b, why in added
              if not any(s < b and a < e for s, e, _ in spans) and not any(s < b and a < e for s, e in markers)]
    # (a revision view's former words, ``~~报请~~``, ``[删除：报请]``: corpus_tools/clean/revision_views.py)
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], r, "a revision view's struck former words" if not r
                   else "a revision view's mark around the current words")
              for a, b, r in struck_words(text)
              if not any(s < b and a < e for s, e, _ in spans) and not any(s < b and a < e for s, e, _ in added)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "wiki edit link") for a, b in wiki_edit_links(text)
              if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "a doc farm's chunk number") for a, b in farm_chunk_numbers(text)
              if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "the page's breadcrumb repeated in the text")
              for a, b in crumb_repeats if not any(s <= a < e for s, e, _ in spans)]
    inline_pages = [(a, b) for a, b in inline_page_furniture(text) if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "page furniture inside a sentence") for a, b in inline_pages]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "printed page number") for a, b in glued_numbers
              if not any(s <= a < e for s, e, _ in spans) and not any(s < b and a < e for s, e in inline_pages)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "page number glued before the next page's first line")
              for a, b in leading_page_numbers(text) if not any(s <= a < e for s, e, _ in spans)
              and not any(s < b and a < e for s, e in inline_pages + glued_numbers)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "running head") for a, b in running_head_spans(text)
              if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "the site's update stamp glued after the headline")
              for a, b in glued_update_stamps(text, [(s, e) for s, e, _ in spans])
              if not any(s <= a < e for s, e, _ in spans)]
    removed = merge_line_spans(text, spans)
    removed_starts = [s for s, _, _ in removed]
    pipes = [(a, b, r) for a, b, r in layout_table_pipes(text) if not within_spans(removed, removed_starts, a)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "wiki header border or amendment mark") for a, b in wiki_marks
              if not within_spans(removed, removed_starts, a)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], r, "layout table pipe") for a, b, r in pipes]
    if not pipes:  # (a scan's strokes at the printed lines' edges: corpus_tools/clean/scan_marks.py)
        # marks in a margin of some lines, change bars, quotation and diff marks, line numbers on the right
        # (corpus_tools/clean/margin_marks.py): their column is the evidence, a scan's stroke needs a wrap around it
        margins = [(a, b, why) for a, b, why in margin_mark_spans(text) if not within_spans(removed, removed_starts, a)]
        edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", why) for a, b, why in margins]
        taken = {a for a, _, _ in margins}  # (a stroke a margin's mark took: once, with its margin's blanks)
        edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "a scan's stroke at a line's edge") for a, b in stray_scan_strokes(text)
                  if not within_spans(removed, removed_starts, a) and a not in taken]
    markup = [(a, b, r) for a, b, r in literal_markup_runs(text) if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], r, "literal markup") for a, b, r in markup]
    if not markup:
        edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "html tag residue") for a, b in html_tag_residue(text)
                  if not any(s <= a < e for s, e, _ in spans)]
    edits += [Edit(SITE_FURNITURE, a, b, text[a:b], r, "forum markup (BBCode)") for a, b, r in bbcode_runs(text)
              if not any(s <= a < e for s, e, _ in spans)]
    latin = _gates.latin1_chars(text)
    if (b"http" in latin or b"www." in latin) and ("http" in text or "www." in text):  # exact gate: ASCII words stay contiguous in latin1_chars
        from corpus_tools.clean.spam import is_spam_url

        for match in _BARE_URL_LINE_RE.finditer(text):
            if not is_spam_url(match.group(0).strip()):
                warnings.append(CleanWarning(SITE_FURNITURE, match.start(), "bare link line kept", match.group(0)[:60]))
    # The page's edges are where its text starts and ends once the furniture lines above and below it
    # are gone: a footer block (版权所有…⏎网站标识码…) below the last line hid the button glued to it
    # (``起施行。【打印本页】【关闭窗口】``), a gazette's chrome above the title the junk glued before it.
    page_start, page_end = _edges_inside_removed(text, removed)
    if lead is None and page_start and _leading_gate(text[page_start:page_start + 200]):
        inner = LEADING_JUNK_RE.match(text[page_start:])
        if inner and not any(e.start < page_start + inner.end() and page_start < e.end for e in edits):
            edits.append(Edit(SITE_FURNITURE, page_start, page_start + inner.end(), inner.group(0), "",
                              "glued leading furniture (below the page's chrome)"))
    if lead:
        edits.append(Edit(SITE_FURNITURE, 0, lead.end(), lead.group(0), "", "glued leading furniture"))
    for end in dict.fromkeys((len(text), page_end)):
        junk = _glued_trailing_junk(text, end)
        if junk and junk.group(0).strip() and not any(e.start <= junk.start() < e.end for e in edits):
            edits.append(Edit(SITE_FURNITURE, junk.start(), junk.end(), junk.group(0), "", "glued trailing furniture"))
            break
    if gazette:  # (a pipe, a mark or glued junk inside the box goes with it)
        edits = [e for e in edits if not any(e.start < b and a < e.end for a, b in gazette)]
        edits += [Edit(SITE_FURNITURE, a, b, text[a:b], "", "gazette record box: " + text[a:b].strip()[:40]) for a, b in gazette]
    if frames:  # (a frame's span, a join's above all, is the frame's: another rule's mark inside it goes with it)
        framed = {(a, b) for a, b, _ in frames}
        edits = [e for e in edits if (e.start, e.end) in framed or not any(a < e.end and e.start < b for a, b in framed)]
    edits = merge_sorted(edits)
    return apply_edits(text, edits), edits, warnings


# --------------------------------------------------------------------------
# The rule's windows and cheap gates
# --------------------------------------------------------------------------

#: Glued junk is looked for only in the last characters of the text.
_TAIL_WINDOW = 400


def _glued_trailing_junk(text: str, end: int) -> regex.Match | None:
    """Furniture glued after the last sentence of ``text[:end]`` (the text's end, or its end once its last
    furniture lines are left out).

    Glued junk runs to the end (or the one newline before it) and holds no newline, so it starts after
    the last newline of the body: searching from there (and no earlier than the window) finds the same
    leftmost match.  The lookbehind still sees the character before.

    >>> _glued_trailing_junk("第九条 本办法自公布之日起施行。【打印本页】【关闭窗口】\\n版权所有\\n", 29).group(0)
    '【打印本页】【关闭窗口】'
    """
    body_end = end - 1 if text.endswith("\n", 0, end) else end
    tail_start = max(0, end - _TAIL_WINDOW, text.rfind("\n", 0, body_end) + 1)
    junk = TRAILING_JUNK_RE.search(text, tail_start, end)
    if junk is None:
        junk = STRONG_TRAILING_JUNK_RE.search(text, tail_start, end)
    return junk


def _edges_inside_removed(text: str, removed: list[tuple[int, int, list[str]]]) -> tuple[int, int]:
    """Where the page's text starts and ends once the removed furniture blocks (sorted, not overlapping)
    at its top and bottom are left out: ``(0, len(text))`` when none stands at an edge.

    >>> text = "相关法规 : | |||\\n某条例\\n第一条 为了。\\n版权所有\\n"
    >>> _edges_inside_removed(text, [(0, 13, []), (26, 31, [])])
    (13, 26)
    """
    start, end = 0, len(text)
    for a, b, _ in removed:
        if text[start:a].strip():
            break
        start = b
    for a, b, _ in reversed(removed):
        if b < start or text[b:end].strip():
            break
        end = a
    return start, max(start, end)


#: First characters that may open glued leading junk (cheap gate).
_LEADING_FIRST = frozenset(INDENT + "【[扫微手用使字您你当位首打列关返收加保一分PpCc")


def _leading_gate(text: str) -> bool:
    first = _FIRST_TEXT.search(text, 0, 200)
    return first is not None and text[first.start()] in _LEADING_FIRST


#: Characters a furniture line may open with (after indentation and brackets): the first
#: characters of the widget, pagination, label and footer words (a cheap prefilter; the
#: exact line shapes decide).
_FIRST_CHARS = (
    "打关返收加保纠我设网联无长关老适读大繁简簡繁手移电登注搜高帮使隐意评点置顶中字分一微用扫听朗列"
    "上下前后首尾末第共当跳转到页确当您你所位版信文稿来发更时日作责编审校供摄浏阅访主承技热友相合站兄推银儿青夜护欢今归视查展全葡英最修原内回"
    "EePpCcBbRrTtHhSsFfLlMmAaGgV©(<«‹>»›…0123456789^]"
    "▲△▴↑⇧⬆︿∧"  # (a back-to-top link's arrow: :data:`_ICON_RESIDUE`)
)
_FURNITURE_LEAD = rf"[{INDENT_RE}\u00a0【\[_]*"
#: Not a line that opens (after its indentation) on 第 and a Chinese numeral: an article or a
#: heading (``第一条``, ``第三章``), nine in ten of the lines the hints found in the clean corpus
#: (92,000 of 102,000 on the 1,911 laws).  Such a line can be no furniture shape but an ICP/备案
#: line (see :func:`_furniture_line`: a page number is ``第`` and a digit), and an ICP line holds
#: one of the :data:`_FURNITURE_MARKERS`, whose hints find its line all the same (hints are
#: read in text order, one per line: the same lines are read in the same order).
_NOT_ARTICLE_LINE = rf"(?!{INDENT_CLASS}*第[一二三四五六七八九十百千零〇])"
#: After a newline (a literal first character lets the engine skip ahead fast).
_FURNITURE_HINT_RE = lazy_re("\n" + _NOT_ARTICLE_LINE + _FURNITURE_LEAD + "[" + re.escape(_FIRST_CHARS) + "]")
_FURNITURE_FIRST_LINE_RE = lazy_re(_NOT_ARTICLE_LINE + _FURNITURE_LEAD + "[" + re.escape(_FIRST_CHARS) + "]")
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


def _only_taken_lines(text: str, start: int, end: int, spans: list[tuple[int, int, list[str]]]) -> bool:
    """Whether ``text[start:end]`` holds nothing but blanks outside the ``spans`` that lie inside it (and one at least).

    >>> _only_taken_lines("甲。\\nhttps://a.gov.cn　1/3\\n乙。", 3, 20, [(3, 19, ["url"])])
    True
    >>> _only_taken_lines("甲。\\n【某局】(1/3)乙。", 3, 11, [])
    False
    """
    inside = sorted((a, b) for a, b, _ in spans if start <= a and b <= end)
    if not inside:
        return False
    pos = start
    for a, b in inside:
        if text[pos:a].strip():
            return False
        pos = max(pos, b)
    return not text[pos:end].strip()


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
        for line_start, line_end in line_bounds(text, start, end):
            if line_key(text[line_start:line_end]) in recurring and not has_cells(text[line_start:line_end]):
                spans.append((line_start, line_end, [text[line_start:line_end].strip()[:40]]))
    edits = [
        Edit(RECURRING_FURNITURE, s, e, text[s:e], "", "recurring line: " + " | ".join(notes))
        for s, e, notes in merge_line_spans(text, spans)
    ]
    return apply_edits(text, edits), edits, []


def remove_glued_furniture_at_seams(text: str) -> RuleResult:
    """Furniture glued before the first or after the last sentence, once more: for the junk a spam line at
    the page's edge hid from :func:`remove_site_furniture`, which runs before the spam rule.

    Mixed pages (spam and furniture on one page, issue 15): a spam site appends its link or promotion
    lines below the page (``…本条例自2001年8月1日起施行。【打印本页】【关闭窗口】⏎http://yingjia.vip/index.html``);
    the glued buttons were not at the text's end when the furniture rule looked, and once the spam rule had
    removed the link line they stayed joined to the last article.

    **Evidence**: the furniture rule's own shapes of glued junk (:data:`TRAILING_JUNK_RE`,
    :data:`STRONG_TRAILING_JUNK_RE`, :data:`LEADING_JUNK_RE`) at the edges of the text the spam rule leaves;
    nothing else is looked for.  On a page where nothing stood beyond the junk, the furniture rule took it
    already and nothing is left to do.

    >>> remove_glued_furniture_at_seams("第九条 本办法自公布之日起施行。【打印本页】【关闭窗口】\\n")[0]
    '第九条 本办法自公布之日起施行。\\n'
    >>> remove_glued_furniture_at_seams("第一条 成果由各方分享：\\n")[1]
    []
    """
    edits: list[Edit] = []
    lead = LEADING_JUNK_RE.match(text) if _leading_gate(text) else None
    if lead:
        edits.append(Edit(FURNITURE_SEAMS, 0, lead.end(), lead.group(0), "", "glued leading furniture (below a spam line)"))
    junk = _glued_trailing_junk(text, len(text))
    if junk and junk.group(0).strip() and (lead is None or junk.start() >= lead.end()):
        edits.append(Edit(FURNITURE_SEAMS, junk.start(), junk.end(), junk.group(0), "", "glued trailing furniture (above a spam line)"))
    # whole lines the law-text model reads as another register, in the law's span (clean/non_law_lines.py):
    # here, once the spam and furniture rules took the lines their words prove
    # (a line read near the threshold is kept, and a warning records it)
    warnings: list[CleanWarning] = []
    lines = merge_line_spans(text, [(a, b, [detail]) for a, b, detail in non_law_lines(text, warnings, FURNITURE_SEAMS)])
    edits += [Edit(FURNITURE_SEAMS, a, b, text[a:b], "", " | ".join(notes)) for a, b, notes in lines
              if not any(e.start < b and a < e.end for e in edits)]
    edits.sort(key=lambda e: e.start)
    return apply_edits(text, edits), edits, warnings


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
    lead = _before_content(text, line_bounds(text))
    if lead is None:
        return []
    lead = lead[-EDGE_LINES:]
    trail = _before_content(text, line_bounds_backwards(text))[::-1][:EDGE_LINES]  # a content line exists: the first
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
            if CONTENT_LINE_RE.search(text, a, b):
                return kept
            kept.append((a, b))
    return None


__all__ = [
    "FURNITURE_LINE_RE",
    "edge_blocks",
    "line_key",
    "remove_recurring_lines",
    "remove_site_furniture",
]


# --------------------------------------------------------------------------
# A site's footer after the document (read with the furniture line shapes above)
# --------------------------------------------------------------------------

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
    for count, (start, end) in enumerate(line_bounds_backwards(text)):
        if count > _FOOTER_LINES:
            return None
        line = text[start:end]
        if not line.strip():
            continue
        if ARTICLE_LINE_RE.match(text, start) or _REFERENCES_HEAD_RE.match(line):
            break  # (a list of references is the text's sources: 百度百科's ``参考资料`` with its cited reports)
        if ITEM_OPENING_RE.match(line) or _ATTACHMENT_OPENING_RE.match(line):
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


#: The head of a site's link directory (``相关链接``, ``友情链接``, ``政府机构网站``, ``地方政府网站``, ``国际组织网站``).
_DIRECTORY_HEAD_RE = lazy_regex(r"[ \t\u3000]*(?:相关链接|友情链接|网站链接|链接导航|网站导航|网站群导航|\p{Han}{2,6}网站(?:群)?|\p{Han}{2,6}网站导航)[:：]?[ \t\u3000]*")
#: One link of the directory: an organ's or place's name, a site's (``国家发展改革委``, ``北京局``, ``天津总队``,
#: ``联合国统计司``, ``世界粮食计划署``, ``中央人民政府门户网站``), a bullet or separator allowed around it.
_DIRECTORY_NAME_RE = lazy_regex(
    r"[ \t\u3000]*[·•|｜]?[ \t\u3000]*[\p{Han}（）()]{1,20}"
    r"(?:部|委|局|署|院|行|会|办|厅|府|网|网站|组织|基金|银行|总队|学会|协会|中心|办公室|集团|联盟|大学|司|盟|社|台|馆|所|处|队)"
    r"[ \t\u3000]*[|｜]?[ \t\u3000]*"
)
#: Provinces and regions a directory lists by their short names (``北京``, ``内蒙古``, ``兵团``).
_DIRECTORY_PLACES = frozenset(
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州"
    " 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾 兵团 欧盟 联合国".split()
)
#: A directory lists many links: this many lines at least, most of them names.
_DIRECTORY_LINES, _DIRECTORY_NAME_SHARE = 40, 0.6
#: The longest line of a directory (a name), and how far up from the end one is looked for.
_DIRECTORY_LINE_CHARS, _DIRECTORY_MAX_LINES = 24, 3000


def _directory_name(line: str) -> bool:
    name = line.strip(" \t\u3000·•|｜")
    return name in _DIRECTORY_PLACES or _DIRECTORY_NAME_RE.fullmatch(line) is not None


def link_directory_tail(text: str) -> tuple[int, int] | None:
    """A site's directory of links after the document, from its head (``相关链接``, ``友情链接``, ``…网站``) to
    the end of the text.

    Real damage: stats.gov.cn's page of 统计法 (a crawler's record, field test 16 F16-S2) ended, after the
    last article, with the site's link directory printed twice: ``相关链接⏎政府机构网站⏎地方政府网站⏎…⏎中央人民政府
    门户网站⏎外交部⏎国防部⏎国家发展改革委⏎…⏎北京⏎天津⏎河北⏎…⏎北京局⏎天津局⏎…⏎天津总队⏎山西总队⏎…⏎联合国⏎…⏎
    世界粮食计划署⏎国际组织网站``: about 350 one-name lines, 1,900 characters inside 第五十三条.  The footer rule
    looks at a hundred lines (:func:`footer_block_tail`) and wants the site's marks (版权所有, ICP备), which
    the record had lost.

    **Evidence**: below the last line with a sentence's end, only short lines (at most
    :data:`_DIRECTORY_LINE_CHARS` characters, no sentence's end, no article label, no attachment or
    list opening), among them a directory head, and from the first head to the end at least
    :data:`_DIRECTORY_LINES` lines, :data:`_DIRECTORY_NAME_SHARE` of them names of organs, sites or
    provinces (``外交部``, ``北京局``, ``天津总队``, ``北京``).  A document's own list of names stands under an
    attachment or a list heading (``附件：…名单``) and stays; so does a list of fewer lines.

    >>> names = "\\n".join(["中央人民政府门户网站", "外交部", "国防部", "国家发展改革委", "教育部"] * 4 + ["北京", "天津", "河北"] * 4
    ...                   + ["北京局", "天津总队", "联合国统计司"] * 3)
    >>> t = "第五十三条 本法自2010年1月1日起施行。\\n相关链接\\n政府机构网站\\n" + names + "\\n国际组织网站\\n"
    >>> start, end = link_directory_tail(t)
    >>> t[:start], t[end:]
    ('第五十三条 本法自2010年1月1日起施行。\\n', '\\n')
    >>> link_directory_tail("第一条 名单见附件。\\n附件：\\n相关链接\\n" + names + "\\n") is None
    True
    """
    if "网站" not in text and "链接" not in text:
        return None
    block: list[tuple[int, int]] = []
    for count, (start, end) in enumerate(line_bounds_backwards(text)):
        if count > _DIRECTORY_MAX_LINES:
            return None
        line = text[start:end]
        if not line.strip():
            continue
        if ARTICLE_LINE_RE.match(text, start) or _SENTENCE_END_RE.search(line):
            break
        if ITEM_OPENING_RE.match(line) or _ATTACHMENT_OPENING_RE.match(line) or "名单" in line or "名录" in line:
            return None  # the document's own list
        footer = _FOOTER_MARK_RE.search(line) or _FOOTER_CONTACT_RE.match(line)
        if len(line.strip()) > (_FOOTER_MARKED_LINE_CHARS if footer else _DIRECTORY_LINE_CHARS):
            break  # (the site's copyright and address lines below the directory are longer than a name)
        block.append((start, end))
    else:
        return None  # no document above
    block.reverse()
    head = next((k for k, (a, b) in enumerate(block) if _DIRECTORY_HEAD_RE.fullmatch(text, a, b)), None)
    if head is None:
        return None
    links = block[head:]
    names = sum(1 for a, b in links if _directory_name(text[a:b]))
    if len(links) < _DIRECTORY_LINES or names < _DIRECTORY_NAME_SHARE * len(links):
        return None
    return links[0][0], links[-1][1]


# --------------------------------------------------------------------------
# What a page's scripted widgets leave: counters, zoom boxes, a portal's menu
# --------------------------------------------------------------------------

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
    for start, end in line_bounds(text):
        line = text[start:end]
        if CONTENT_LINE_RE.search(line):
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
_WIDGET_HINT = lazy_re(r"模式|打印|列印|关闭|收藏|首页|无障碍|长辈版|繁體|简体|English")


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

#: The words of a login box (field, check box, button, link): the widgets' table (corpus_tools/clean/ui_widgets.py).
_LOGIN_WORDS = LOGIN_WORDS
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
    for start, end in line_bounds(text):
        if start > _LOGIN_REACH or CONTENT_LINE_RE.search(text[start:end]):
            break
        if _LOGIN_LINE_RE.fullmatch(text, start, end) and text[start:end].strip(INDENT + "\xa0"):
            box.append((start, end))
            fields += len(_LOGIN_FIELD_RE.findall(text, start, end))
    return box if fields >= _LOGIN_FIELDS_MIN else []


#: A login box stands in a page's first characters.
_LOGIN_REACH = 600


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
    for start, end in hinted_lines(_EMPTY_WIDGET_HINT, text):
        if not _EMPTY_WIDGET_RE.fullmatch(text, start, end):
            continue
        below = text[end:end + 40].lstrip("\n" + INDENT + "\xa0")
        if below[:1].isdigit():
            continue  # the value below its label: a field, kept whole
        found.append((start, end))
    return found
