"""Completeness findings: a document whose text is not all there, or not laid out as written.

Two kinds of damage leave a document that looks clean and complete while it is not, and no
cleaning rule may repair them (the text is evidence; nothing may be invented):

* ``line_breaks_lost``: a crawler removed the line breaks (``get_text(strip=True)``), and the
  ``lost_line_breaks`` rule could not prove every break back: a line still holds article labels or
  list items after sentence ends (``…制定本条例。第二条…。第三条…``), or a line of 1,000 characters
  or more holds ten sentences or more in an official text (no paragraph of the clean corpora, 1,911
  DLC laws, govcn, bjtcm, is longer than 700 characters).  Field test 8b F8B-G2 (GCCMPD records).
* ``truncated``: the text stops before its end: on a comma or an opening bracket, inside an open
  quotation (``修改为：“…土地的使用权可以依照法律的规定转让。`` with no closing ``”``:
  18_constitution_1988.mdx.md), or a statute's chapters stop before its final chapter (no 附则, no
  法律责任) and nothing in the text says when it takes effect (``施行``): 长江保护法 cut after
  第七章 第七十九条 (the law has nine chapters).  Field test 8b F8B-C4 (lvwzhen/law-cn-ai).
  Or the last provision stops without a terminal mark (:func:`_last_provision_cut`): every tool that cuts a copy
  leaves it, whatever it cut: a search store's excerpt limit (``第八条 县人民政府实行县长负责制。县长领导县人``,
  ``第七条按照有关人民政府批准的人工影响``: field test 30 F30-C2, 5 of 9 cut pages were not flagged), a RAG chunker's
  window (a text ending on the label ``第二十条``), a database column's length limit, a PDF extraction that lost its
  last page (``…具体办法由各客运企业制定和``), a preview that stops inside ``《`` or a bracket, a transfer cut mid-date
  (``本条例自2011年2月``), a list announced (``有下列情形之一的：``) and not given.  A law ending on its attachment, a
  table, a signature, a date or a commencement sentence that lost its stop is no such cut: the 1,911 DLC laws and the
  287 clean national laws of lawdatas_all get no new flag.
* ``placeholder_body``: an article whose body is what an editor wrote where the text should be
  (:func:`placeholder_body`): a maintainer's ``（正文待补：…条目 ID：…）`` (field test 30 F30-C1: 13 such articles of
  劳动合同法 published as the law, no finding), a database's omitted body ``（略）``/``内容从略``, a gazette index's
  ``详见附件``, an excerpt's ``……``, a CMS template's ``暂无内容``, a translation stub ``TODO``.  The shared evidence: the
  whole first paragraph of the body speaks of the text (正文, 内容, 条文…) and says it is absent, pending or elsewhere.
  The article and its document are flagged; nothing is deleted.  No article of the clean corpora has such a body (a
  repealed article ``（删去）`` is an article).
* ``no_body``: the page holds no text of a document at all, only what stands where the text should
  be: a placeholder that says so (``（未取得正文，请通过官方链接查阅。）``, a metadata-only file of a law
  mirror, field test 9 F9-E9) or that it is elsewhere (``本文使用PDF预览窗口，无法加载的请点击查看全文。``: a
  PDF viewer the saved page lost), or a download or login wall (a document-sharing site's captcha
  ``ImageVerifierCode 换一换``, ``登录下载``, ``忘记密码``, ``支付方式``…, field test 9 F9-P11: m.bdocx.com).
* ``not_a_document``: the page is a site's page that is no document at all: a site search's result page (its facets
  ``排序方式：``, ``按相关度 按时间``, ``检索方式：``, ``时间不限``…, the results' snippets) or a Q&A site's question
  thread (``采纳数：``, ``获赞数：``, ``我来答``, ``你对这个回答的评价是？``, ``其他类似问题``).  Field test 21 F21-B5: gov.cn's
  ``中国政府网站内搜索`` and a 百度知道 page on 会计法 became unflagged documents.  Also a document-sharing site's
  preview that serves filler instead of the document (``全文预览已结束`` and a repeated run of rare characters, field
  test 20 F20-B11: renrendoc.com).
* ``orphan_stop``: a line opens with ``。``: the crawler lost what stood before it (a bold run-in heading ``（一）…。``
  kept in an element of its own), the ``。`` that closed it left opening the paragraph.  Field test 21 F21-B4
  (江西 notices: ``。进一步强化国家级开发区招商引资…``).  Nothing says what was lost: the text is kept.
* ``lost_glyphs``: characters the text lost to a font: private-use code points inside its lines
  (a font's own glyphs, which no reader can tell: the clean corpus writes ``2\\ue0105米`` for
  ``2.5米``, gov.cn's pages ``\\ue004``; an icon alone between blanks is a menu's, not counted), or such a
  code point left as an HTML reference (``&#xE010;``).  The ``invisible_chars`` rule keeps them with a
  warning on the page (nothing says what they were); the finding puts it on the document.  Field test 9
  F9-E5 asked for the family: a .docx converted to Markdown lost rare characters of a bird list; their
  substitutes (``NFACE形目`` for 鸮形目, ``朱环`` for 朱鹮) are ordinary letters and characters and stay
  unflagged (no trace tells them from an acronym glued to a word, ``RCEP政策``).

* ``article_numbers_missing``: an article's label line is lost, its text left in the article above:
  one number the document declares in ``numbering_gaps`` (no article has it, its label is nowhere in
  the text) with neither neighbour declared.  The 5 declared gaps of the 1,911 DLC laws are all
  such (烟台市森林防火条例 goes 第二条 ⏎ …适用本条例。 ⏎ 森林防火工作坚持预防为主、积极消灭的原则。 ⏎ 第四条:
  the second paragraph is the law's 第三条; 山东省中医药条例 13, 山东省突发事件应对条例 12, 山东省企业工资集体
  协商条例 16, 山东省人民代表大会代表建议、批评和意见办理工作条例 4, each the last paragraph of the article above).
  A law's own gaps are no finding: a run of numbers an excerpt leaves out (Teetrition's Japanese statutes:
  ``附则抄`` goes 第一条, 第十四条), any gap of a document whose title says it is an excerpt (抄, 节选, 摘录…);
  a repealed article kept in place (``第三条 （删去）``) is an article, no gap.

A gap in the article numbering is :func:`corpus_tools.validation.quality.numbering_findings`'s
``article_numbers_contiguous`` (its excerpt names the missing numbers) where the missing label occurs
somewhere in the text; a number whose label is nowhere is declared in ``numbering_gaps``, and is the
``article_numbers_missing`` finding above when it is one number alone.

All read ``documents`` only (title, text, numbering_gaps), so a build's worker and ``validate`` find
the same rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any
from corpus_tools.lazy_patterns import lazy_re

LINE_BREAKS_LOST = "line_breaks_lost"
TRUNCATED = "truncated"
NO_BODY = "no_body"
ARTICLE_NUMBERS_MISSING = "article_numbers_missing"
LOST_GLYPHS = "lost_glyphs"
NOT_A_DOCUMENT = "not_a_document"
PLACEHOLDER_BODY = "placeholder_body"
ORPHAN_STOP = "orphan_stop"

#: A line at least this long is scanned for labels a lost break left inside it.
LONG_LINE = 600
#: A line this long with :data:`MANY_SENTENCES` full stops is paragraphs run together.
VERY_LONG_LINE = 1000
MANY_SENTENCES = 10

_NUM = "零〇○一二两三四五六七八九十百千0-9"
#: A label or a list item that starts a unit in the middle of a line, after a sentence end (ASCII
#: ends too: a page whose punctuation is scrambled keeps them, ``…的.第十五条``, F8-P4).
_INLINE_LABEL = lazy_re(rf"[。；：.;:](?:第[{_NUM}]+[条章节]|[一二三四五六七八九十]{{1,3}}、)")
#: Marks of an official text: a 文号, an article label, a list item opening a line or a sentence, or the text naming
#: itself by its kind (``制定本办法``, ``本规定自…起施行``): a 规章 whose crawl lost every label and every break (the Hebei
#: provincial government's 规章 as gerry0208/spider_project stored them, ``\xa0 为了…制定本办法。 科学技术奖励工作坚持…``)
#: keeps no other mark, and 8 of 15 got no finding at all (field test 29, F29-C3).
_OFFICIAL = lazy_re(rf"〔[0-9]{{4}}〕[0-9]+号|第[{_NUM}]+条|(?:^|[。：\n])[一二三四五六七八九十]{{1,3}}、"
                    r"|本(?:条例|规定|办法|细则|规则|实施办法|实施细则|决定)(?:自|所称|由|适用|的)")
#: Characters a text cannot end on.
_OPEN_END = "，、（“《「『【"
_CHAPTER = lazy_re(rf"^[ \u3000\t]*(?:#+ *)?第([{_NUM}]+)章[ \u3000\t]*([^\n]*)$", re.M)
#: An ellipsis right after a word or a figure at the very end of a text: a copy its source cut mid-sentence (the gov.cn
#: policy-library API's summaries end ``…请认真...``, ``…数据管理部门...``, ``…2026年5...``: field test 15, F15-M2).
#: An ellipsis after a stop or inside quotation marks (``修改为：“……”``) is the text's own.
_CUT_WITH_DOTS = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff0-9](?:\.{3,6}|…{1,2}|。{3})$")
#: A list page's link to more entries, its ellipsis the link's own (``更多...``, ``查看更多…``, ``more...``).
_MORE_LINK = lazy_re(r"(?:查看|点击查看)?更多(?:\.{3,6}|…{1,2}|>>|»)?|[Mm]ore\s*(?:\.{3}|…)")
#: Titles of statutes, whose chapters end on a final chapter (附则) or a commencement article.
_STATUTE = lazy_re(r"(?:法|条例|规定|办法|细则)(?:（[^（）]{1,12}）)?$")
#: Chapter titles a statute may end on.
_FINAL_CHAPTER = lazy_re(r"附[\s\u3000]*则|附[\s\u3000]*录|法[\s\u3000]*律[\s\u3000]*责[\s\u3000]*任|罚|奖惩")
_COMMENCEMENT_WORDS = ("施行", "生效")
#: A statute's first article label at a line's start (what stands above it is its header: title, record, notes).
_FIRST_ARTICLE = lazy_re(r"^[ \u3000\t]*(?:#+ *)?(?:\*\*)?第[一1][条條]", re.M)
#: A law's or a regulation's title (``…法``, ``…条例``), whose last article states the commencement its header dates.  A
#: judicial interpretation (``最高人民法院关于…的规定``) often states it only in its header: seven complete ones of the
#: lawdatas corpus (field test 29) were flagged truncated when any statute's title counted.
_ENACTED = lazy_re(r"(?:法|条例)(?:（[^（）]{1,12}）)?$")
#: A commencement date in a statute's header (``（2014年4月24日修订，2015年1月1日起施行）``).
_HEADER_COMMENCEMENT = lazy_re(r"[0-9〇零○一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日起施行")


def lost_line_breaks(text: str) -> str | None:
    """Why ``text`` still shows lost line breaks (the excerpt of the finding), or None.

    >>> lost_line_breaks("第一条 为了。\\n第二条 本条例。") is None
    True
    >>> lost_line_breaks("条例" + "为了规范管理，制定本条例。第二条本条例适用于本市。第三条" * 25)
    'a line of 702 characters holds 50 labels after sentence ends: 条例为了规范管理，制定本条例。第二条本条…'
    """
    if len(text) < LONG_LINE or max(map(len, text.split("\n"))) < LONG_LINE:  # one pass in C
        return None
    official: bool | None = None
    start = 0
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        length = end - start
        if length >= LONG_LINE:
            line = text[start:end]
            labels = len(_INLINE_LABEL.findall(line))
            if labels >= 2:
                return f"a line of {length} characters holds {labels} labels after sentence ends: {line[:20]}…"
            if length >= VERY_LONG_LINE and line.count("。") >= MANY_SENTENCES:
                if official is None:
                    official = _OFFICIAL.search(text) is not None
                if official:
                    return f"a line of {length} characters holds {line.count('。')} sentences: {line[:20]}…"
        start = end + 1
    return None


#: An article label opening a line (a Markdown heading or bold run allowed).
_LINE_LABEL = lazy_re(rf"^[ \u3000\t]*(?:#+ *)?(?:\*\*)?第[{_NUM}]+[条條]", re.M)
#: A list item opening a line (``（三）``, ``三、``, ``3.``).
_ITEM_START = lazy_re(r"^[ \u3000\t]*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．](?![0-9]))")
#: Marks a provision, a heading or a line of Markdown may end on (a stop, a closing bracket or quotation, emphasis).
_TERMINAL = frozenset("。；：！？.;:!?）)」』”’》】〕]>*`_…")
#: A list announced at the end of a line (``有下列情形之一的：``): the items must follow.
_ANNOUNCED = lazy_re(r"(?:下列|如下|以下)[^。；\n]{0,20}[：:]$")
#: What may follow a law's last article without being part of it: its attachment, a table, a date, a 抄送 line.
_AFTER_LAW = lazy_re(r"^[ \u3000\t#*]*(?:附[ \u3000]*[件表录图]|附[：:]|抄[ \u3000]*[送报]|主[ \u3000]*送|印[ \u3000]*发|联系(?:人|电话))", re.M)
#: A date closing a line (a law's signature date or a record of its adoption).
_LINE_DATE = lazy_re(r"[0-9〇零○一二三四五六七八九十]{2,4}[年.\-/][0-9一二三四五六七八九十]{1,3}[月.\-/][0-9一二三四五六七八九十]{1,3}日?$")
#: A sentence that ends the law whole (a commencement or a repeal), kept though it lost its stop (临沂市美丽乡村条例's
#: ``第六十七条 本条例自2020年10月1日起施行`` in the DLC corpus).
_FINAL_SENTENCE = lazy_re(r"(?:施行|生效|实施|执行|废止)$")
#: Cells of a table row (two gaps of two blanks or more).
_CELL_GAPS = lazy_re(r"\S[ \u3000]{2,}\S[^\n]*\S[ \u3000]{2,}\S")


def _last_provision_cut(body: str, last: str) -> str | None:
    """Why the last provision of ``body`` (an official text with article labels) stops mid-sentence, or None:
    its last line ``last`` ends without a terminal mark (:data:`_TERMINAL`) or announces a list that does not follow,
    and is the provision's own (an article's label line, a list item, or a line of prose with a clause mark), not a
    signature, a date, a table row or what follows the law (its attachment, a 抄送 line).

    >>> _last_provision_cut("第一条 为了。\\n第二条 县人民政府实行县长负责制。县长领导县人", "第二条 县人民政府实行县长负责制。县长领导县人")
    'the last provision stops without a terminal mark: …第二条 县人民政府实行县长负责制。县长领导县人'
    >>> _last_provision_cut("第一条 为了。\\n第二条 有下列情形之一的，责令改正：", "第二条 有下列情形之一的，责令改正：")
    'the last provision announces a list that does not follow: …第二条 有下列情形之一的，责令改正：'
    >>> _last_provision_cut("第一条 为了。\\n第二条 本条例自2020年1月1日起施行。\\n省长  张某某", "省长  张某某") is None
    True
    """
    label = None
    for label in _LINE_LABEL.finditer(body):
        pass
    if label is None or _AFTER_LAW.search(body, label.start()):
        return None
    if last[-1] in _TERMINAL:
        if last[-1] in "：:" and _ANNOUNCED.search(last) and (_LINE_LABEL.match(last) or _ITEM_START.match(last)):
            return f"the last provision announces a list that does not follow: …{last[-30:]}"
        return None
    if ("|" in last or "\t" in last or _CELL_GAPS.search(last) or _LINE_DATE.search(last)
            or _FINAL_SENTENCE.search(last)):
        return None
    if _LINE_LABEL.match(last) or _ITEM_START.match(last) or any(mark in last for mark in "，、；。"):
        return f"the last provision stops without a terminal mark: …{last[-30:]}"
    return None


def truncated(title: str | None, text: str) -> str | None:
    """Why ``text`` stops before its end (the excerpt of the finding), or None.

    >>> truncated("中华人民共和国宪法修正案（1988年）", "第二条 宪法第十条第四款修改为：“土地的使用权可以依照法律的规定转让。")
    'ends inside an open quotation: …法第十条第四款修改为：“土地的使用权可以依照法律的规定转让。'
    >>> truncated("某条例", "第一条 为了规范，")
    "ends on '，': …第一条 为了规范，"
    >>> truncated("某通知", "现将《规划》印发给你们，请认真..."), truncated("某令", "自2026年7月1日起施行。 总 理 李 强 2026年5…")
    ('ends on an ellipsis mid-sentence: …现将《规划》印发给你们，请认真...', 'ends on an ellipsis mid-sentence: …自2026年7月1日起施行。 总 理 李 强 2026年5…')
    >>> truncated("某决定", "二、将第十条修改为：“……”"), truncated("某表", "填表人：……"), truncated("某文", "如下。……")
    (None, None, None)
    >>> truncated("某通知", "2026年1—2月 我国服务出口总额增长... 第六届消博会：开局之年“首展” 全岛封关...") is None
    True
    >>> truncated("新闻动态", "省住房城乡建设厅任海涛厅长到济南住房公积金中心调...\\t2026-07-06\\n更多...") is None
    True
    >>> truncated("某条例", "第一章 总则\\n第一条 为了。\\n第二章 管理\\n第二条 应当。\\n第三章 附则\\n第三条 本条例自2020年1月1日起施行。") is None
    True

    An excerpt of a statute whose header dates its commencement, with no article that states it (F28-D3):

    >>> truncated("中华人民共和国环境保护法", "中华人民共和国环境保护法\\n（2014年4月24日修订，2015年1月1日起施行）\\n第一条 为保护环境，制定本法。\\n第二条 本法所称环境，是指自然因素的总体。")
    'the header dates the commencement (2015年1月1日起施行) and no article states it: …二条 本法所称环境，是指自然因素的总体。'
    >>> truncated("某法", "某法\\n（2015年1月1日起施行）\\n第一条 甲。\\n第二条 本法自2015年1月1日起施行。") is None
    True

    A law whose last provision stops mid-word (F30-C2), or on its label alone (a chunker's window):

    >>> truncated("河北省人工影响天气管理规定", "第六条 各级气象主管机构应当加强研究。\\n\\n第七条按照有关人民政府批准的人工影响")
    'the last provision stops without a terminal mark: …第七条按照有关人民政府批准的人工影响'
    >>> truncated("某办法", "第十九条 应当报告。\\n第二十条")
    'the last provision stops without a terminal mark: …第二十条'
    """
    body = text.rstrip()
    if not body:
        return None
    last = body[body.rfind("\n") + 1:].strip()
    if not last:
        return None
    if last[-1] in _OPEN_END:
        return f"ends on {last[-1]!r}: …{last[-30:]}"
    cut = _CUT_WITH_DOTS.search(last)
    if (cut and "..." not in last[:cut.start()] and "…" not in last[:cut.start()]  # (a line of cut headlines is a
            # site's list of links, F15-M2: rowancy66/zhengce's pages end on ``…增长... 第六届消博会…全岛封关...``)
            and _MORE_LINK.fullmatch(last) is None):  # (a list page's ``更多...`` link: nothing cut)
        return f"ends on an ellipsis mid-sentence: …{last[-30:]}"
    if last.count("“") > last.count("”") and not last.endswith("”"):
        return f"ends inside an open quotation: …{last[-30:]}"
    if title and _STATUTE.search(title.strip()) and not any(word in body for word in _COMMENCEMENT_WORDS):
        chapters = _CHAPTER.findall(body)
        if len(chapters) >= 2:
            number, heading = chapters[-1]
            if not _FINAL_CHAPTER.search(heading):
                return f"a statute's chapters stop at 第{number}章 {heading.strip()} with no final chapter and no commencement: …{last[-20:]}"
    if title and _ENACTED.search(title.strip()) and "关于" not in title and (first := _FIRST_ARTICLE.search(body)) is not None:
        # an excerpt: the header dates the statute's commencement, and no article after it says 施行 (a law revised or
        # enacted with a commencement date states it in its last article: 环境保护法's 第七十条; F28-D3's excerpt of
        # articles 1-20, ``环境保护法_节选.txt``, had no finding)
        dated = _HEADER_COMMENCEMENT.search(body, 0, first.start())
        if dated and not any(word in body[first.start():] for word in (*_COMMENCEMENT_WORDS, "起实施")):
            return f"the header dates the commencement ({dated.group()}) and no article states it: …{last[-20:]}"
    return _last_provision_cut(body, last)


#: A line saying that the page holds no text: the mirror did not get it (``（未取得正文，请通过官方链接查阅。）``:
#: Elysia4/chinese-law-vector-codex-skill's metadata-only files), in brackets or a quotation block or not.
_PLACEHOLDER = lazy_re(
    r"^[ \u3000\t>*_（(【\[]*(?:未(?:能)?(?:取得|获取|获得|抓取|收录|找到)(?:到)?(?:正文|全文)"
    r"|(?:正文|全文)(?:暂缺|缺失|暂无|暂未(?:收录|取得|获取)|未(?:能)?(?:取得|获取|收录))|(?:暂无|没有)(?:正文|全文))"
    r"[^\n]{0,40}$", re.M)
#: A line saying that the text is elsewhere: in a PDF viewer the saved page did not keep
#: (``本文使用PDF预览窗口，无法加载的请点击查看全文。``: Fungwingwaa/cee's VuePress pages), in an attachment
#: (``详见附件！``: a bjtcm notice whose body is its attachment).  Such a line is no body only when it is the
#: text's only line besides the title: a notice's ``名单详见附件1。`` closes a body of its own.
_ELSEWHERE = lazy_re(
    r"^[ \u3000\t>*_（(【\[]*(?:本文使用PDF预览窗口|PDF预览|无法加载的?请点击|(?:请)?点击(?:此处)?(?:查看|下载|阅读)(?:全文|原文|正文|附件)"
    r"|(?:全文|正文|原文|具体内容|内容)?(?:请)?(?:详见|见|参见)附件)[^\n]{0,40}$", re.M)
#: The widgets of a download or login wall, by family: a page of a document-sharing site saved without
#: its document shows them on short lines of their own (``验证码:   换一换``, ``忘记密码?``, ``快捷下载``).
_WALL_WIDGETS: dict[str, re.Pattern[str]] = {
    "captcha": lazy_re(r"ImageVerifierCode|验证码|换一换|看不清"),
    "login": lazy_re(r"忘记密码|(?:三方|第三方|微信|QQ)登录|已注册用户请登录|[账帐]号[:：]|密码[:：]"),
    "download": lazy_re(r"(?:快捷|立即|登录|免费|VIP|vip)下载|下载须知|下载积分|资源ID|加入VIP|开通VIP"),
    "payment": lazy_re(r"支付方式|微信支付|支付宝|金币|已付费"),
}
#: A widget line is this short (a sentence of a guide that says 输入账号、密码和验证码 is no widget).
_WIDGET_LINE = 24
#: Any widget word of :data:`_WALL_WIDGETS`, for RE2 (the patterns are words and classes of characters, no
#: anchor, no look-around: what one of them finds on a line, this finds in the text holding the line).
_ANY_WIDGET = "|".join(f"(?:{pattern.pattern})" for pattern in _WALL_WIDGETS.values())
#: A wall: widget lines of this many families or more, and this many lines in all.
_WALL_FAMILIES, _WALL_LINES = 3, 4
_ARTICLE_LABEL = lazy_re(rf"第[{_NUM}]+条")
#: The widgets of a page that is no document, by kind of page and family: a site search's result page (gov.cn's
#: ``相关结果：约 103 个``, ``排序方式：``, ``按相关度 按时间``, ``检索方式：``, ``全文 标题``, ``时间不限``…) and a Q&A site's question
#: thread (百度知道's ``采纳数：``, ``获赞数：``, ``我来答``, ``你对这个回答的评价是？``, ``其他类似问题``), each on a short line
#: of its own.
_PAGE_WIDGETS: dict[str, dict[str, re.Pattern[str]]] = {
    "a site search's result page": {
        "result_count": lazy_re(r"^(?:相关结果|搜索结果|找到相关结果|共找到|找到约)[：:]?\s*(?:约\s*)?(?:[0-9,]+\s*(?:个|条|篇|项)?)?$"),
        "sort": lazy_re(r"^(?:排序方式[：:]?|按相关度(?:排序)?(?:\s+按时间(?:排序)?)?|按时间(?:排序)?)$"),
        "scope": lazy_re(r"^(?:检索方式[：:]?|搜索位置[：:]?|全文\s*(?:仅)?标题|仅标题|包含全部关键词|包含任一关键词|不包含关键词"
                         r"|开始检索|高级检索)$"),
        "time_filter": lazy_re(r"^(?:时间不限|一周内|一月内|一年内|全部时间(?:\s+一年内\s+一月内\s+一周内(?:\s+自定义)?)?|时间范围[：:]?)$"),
    },
    "a Q&A site's question thread": {
        "accepted": lazy_re(r"^(?:采纳数|采纳率)[：:]|^本回答(?:被提问者|由提问者)?(?:采纳|推荐)|^提问者采纳$"),
        "liked": lazy_re(r"^获赞数[：:]|^已赞过$|^已踩过$|^TA获得超过[0-9.]+万?个赞$"),
        "answering": lazy_re(r"^我来答$|^回答量[：:]|^你对这个回答的评价是[？?]?$|^我也去答题$|^向TA提问$|^[0-9]+个回答$"),
        "similar": lazy_re(r"^(?:其他|更多)类似问题$|^等你来答$"),
    },
}
#: A document-sharing site's preview wall: the words it writes where the preview stops (renrendoc's
#: ``全文预览已结束⏎下载本文档⏎版权说明：本文档由用户提供并上传…⏎文档简介``).
_PREVIEW_WALL = "全文预览已结束|预览已结束|试读已结束|下载本文档|文档简介"
#: Any word of :data:`_PAGE_WIDGETS` or :data:`_PREVIEW_WALL`, for RE2 (no anchor): a text without one is no such page.
_ANY_PAGE_WIDGET = ("排序方式|按相关度|检索方式|搜索位置|时间不限|相关结果|采纳数|采纳率|获赞数|已赞过|我来答|回答量|类似问题|等你来答|"
                    + _PREVIEW_WALL)
#: The commonest characters of written Chinese (function words, numerals, 法/条/国…): a line of prose or law of
#: :data:`_FILLER_LINE` Han characters holds many of them; a document-sharing site's anti-copy filler holds none.
_COMMON_HAN = frozenset("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
                        "种面而方后多定行学法所民得经十三之进着等部度家条款应当其或者及与并由本第规章县市省政府")
#: Han characters a filler line has at least, and the share of :data:`_COMMON_HAN` it stays under.
_FILLER_LINE, _FILLER_COMMON = 60, 0.03
#: A page of such widget lines of this many families or more, and this many lines in all.
_PAGE_FAMILIES, _PAGE_LINES = 3, 5
#: A line that opens with a full stop (after its indent).
_ORPHAN_STOP_LINE = lazy_re(r"^[ \u3000\t\u00a0]*。[^\n]*", re.M)
#: A site's chrome as lines of their own, by family: the font-size switch its page script draws (``字体：⏎小⏎|⏎中⏎|⏎大``,
#: ``Aa``), a field label left empty (``来源：``, ``附件：``), the page's time stamp alone (``2019-12-26 18:51``).
_CHROME_WIDGETS: dict[str, re.Pattern[str]] = {
    "font_switch": lazy_re(r"^(?:字体|字號|字号|字體)[:：]?(?:\s*[大中小](?:\s*[|｜]?\s*[大中小]){2})?$|^(?:Aa|A\+|A-|[|｜])$"),
    "empty_label": lazy_re(r"^(?:来源|來源|附件|作者|编辑|責任編輯|责任编辑|浏览次数|点击数|发布时间|发布日期|信息来源)[:：]$"),
    "timestamp": lazy_re(r"^[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$"),
}
#: A sentence: a Han character, eight characters or more, a stop (the ``has_sentence`` check's pattern).
_SENTENCE = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff][^\n]{8,}?[。；;]")


def no_body(title: str | None, text: str, *, widgets: bool = True) -> str | None:
    """Why ``text`` holds no text of a document (the excerpt of the finding), or None.

    Three kinds of page have no body: a file that says so on a line of its own (a placeholder:
    ``（未取得正文，请通过官方链接查阅。）``) and holds no article; a file whose only line says the text is
    elsewhere (``本文使用PDF预览窗口，无法加载的请点击查看全文。``, ``详见附件！``); and a download or login wall,
    widget lines (:data:`_WALL_WIDGETS`) of three families or more and no mark of an official text
    (no article label, no 文号, no ``一、`` item).  A short real notice or 批复 has neither.

    >>> no_body("全国人民代表大会关于设立香港特别行政区的决定", "全国人民代表大会关于设立香港特别行政区的决定\\n（未取得正文，请通过官方链接查阅。）")
    'the text says it is missing: （未取得正文，请通过官方链接查阅。）'
    >>> no_body("废弃电器电子产品处理目录", "本文使用PDF预览窗口，无法加载的请点击查看全文。")
    'the text says it is elsewhere: 本文使用PDF预览窗口，无法加载的请点击查看全文。'
    >>> no_body("关于公布名单的通知", "各单位：\\n现将名单公布如下。\\n详见附件。") is None
    True
    >>> no_body("ImageVerifierCode 换一换", "ImageVerifierCode 换一换\\n快捷下载\\n登录下载\\n支付方式: 支付宝\\n忘记密码?")
    'a download or login wall, no document: 5 widget lines (captcha, download, payment, login): ImageVerifierCode 换一换 | 快捷下载 | 登录下载…'
    >>> no_body("国务院关于同意设立某市的批复", "某省人民政府：\\n你省关于设立某市的请示收悉。现批复如下：同意设立某市。\\n国务院\\n1996年7月17日") is None
    True

    ``widgets`` False says that the text holds no widget word at all (the caller read the whole
    column at once, :func:`widget_rows`): no line of it is read for a wall.
    """
    placeholder = _PLACEHOLDER.search(text)
    if placeholder and not _ARTICLE_LABEL.search(text):
        return f"the text says it is missing: {placeholder.group().strip(' >*_')[:60]}"
    elsewhere = _ELSEWHERE.search(text)
    if elsewhere:
        heading = (title or "").strip()
        if all(not line.strip() or line.strip() == heading or _ELSEWHERE.match(line) for line in text.split("\n")):
            return f"the text says it is elsewhere: {elsewhere.group().strip(' >*_')[:60]}"
    if not widgets:  # no widget word anywhere in the text (:func:`widget_rows`): no line is one
        return _chrome_only(text)
    families, lines = _widget_lines(text, _WALL_WIDGETS)
    if len(families) >= _WALL_FAMILIES and len(lines) >= _WALL_LINES and not _OFFICIAL.search(text):
        return (f"a download or login wall, no document: {len(lines)} widget lines ({', '.join(families)}): "
                + " | ".join(lines[:3]) + ("…" if len(lines) > 3 else ""))
    return _chrome_only(text)


def _widget_lines(text: str, widgets: dict) -> tuple[dict[str, None], list[str]]:
    """The families of ``widgets`` found on ``text``'s short lines (in order of first sight), and those lines.

    >>> _widget_lines("来源：\\n第一条 为了规范管理，制定本办法。", _CHROME_WIDGETS)
    ({'empty_label': None}, ['来源：'])
    """
    families: dict[str, None] = {}
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or len(line) > _WIDGET_LINE:
            continue
        found = [family for family, pattern in widgets.items() if pattern.search(line)]
        if found:
            families.update(dict.fromkeys(found))
            lines.append(line)
    return families, lines


def _chrome_only(text: str) -> str | None:
    """Why ``text`` is a site's chrome and nothing else, or None: its page script's font-size switch and
    another family of chrome lines (:data:`_CHROME_WIDGETS`: an empty field label, the page's time stamp
    alone), no sentence, no mark of an official text.

    Real case (field test 13, F13-B7): 国家能源局新疆监管办's page whose notice exists only as linked PDFs was
    published as a notice: its title, the menu (``工作邮箱``, ``机构概览``…), ``2019-12-26 18:51``, ``来源：``,
    ``Aa``, ``字体：⏎小⏎|⏎中⏎|⏎大`` and ``附件：``.  The same chrome above a real notice (华北监管局's, with its
    sentences) is no such page.

    >>> _chrome_only("关于转发某通知的通知\\n工作邮箱\\n机构概览\\n2019-12-26 18:51\\n来源：\\nAa\\n字体：\\n小\\n|\\n中\\n|\\n大\\n附件：")
    'a page of site chrome, no document: 7 chrome lines (timestamp, empty_label, font_switch): 2019-12-26 18:51 | 来源： | Aa…'
    >>> _chrome_only("关于某事项的通知\\n2019-03-18 00:00\\n来源：\\n字体：\\n小\\n各有关单位：\\n现将有关事项通知如下，请遵照执行。") is None
    True
    """
    if "字" not in text and "Aa" not in text or _SENTENCE.search(text):
        return None  # (a document's first sentence stands near its start: the common case is cheap)
    families, lines = _widget_lines(text, _CHROME_WIDGETS)
    if "font_switch" not in families or len(families) < 2 or _OFFICIAL.search(text):
        return None
    return (f"a page of site chrome, no document: {len(lines)} chrome lines ({', '.join(families)}): "
            + " | ".join(lines[:3]) + ("…" if len(lines) > 3 else ""))


def not_a_document(text: str) -> str | None:
    """Why ``text`` is a site's page that is no document (the excerpt of the finding), or None: widget lines of a site
    search's result page or of a Q&A site's question thread (:data:`_PAGE_WIDGETS`), three families or more of one kind
    and five lines or more.  A regulation that speaks of search or of answers does so in sentences, not in widget
    lines of their own.

    >>> not_a_document("中国政府网站内搜索\\n相关结果：约 103 个\\n排序方式：\\n按相关度 按时间\\n检索方式：\\n全文 标题\\n时间不限\\n一周内")
    "a site search's result page, no document: 7 widget lines (result_count, sort, scope, time_filter): 相关结果：约 103 个 | 排序方式： | 按相关度 按时间…"
    >>> not_a_document("某题_百度知道\\n我来答\\n采纳数：\\n6329\\n获赞数：\\n169974\\n选A。\\n已赞过\\n已踩过\\n你对这个回答的评价是？")
    "a Q&A site's question thread, no document: 6 widget lines (answering, accepted, liked): 我来答 | 采纳数： | 获赞数：…"
    >>> not_a_document("某市政府网站管理办法\\n第五条 站内搜索应当提供按相关度、按时间排序方式，时间不限或者一周内的检索方式。") is None
    True
    """
    for kind, widgets in _PAGE_WIDGETS.items():
        families, lines = _widget_lines(text, widgets)
        if len(families) >= _PAGE_FAMILIES and len(lines) >= _PAGE_LINES:
            return (f"{kind}, no document: {len(lines)} widget lines ({', '.join(families)}): "
                    + " | ".join(lines[:3]) + ("…" if len(lines) > 3 else ""))
    return None


def preview_filler(text: str) -> str | None:
    """Why ``text`` is a document-sharing site's preview with filler in place of the document (the excerpt of the
    finding), or None: the site's preview-wall words (:data:`_PREVIEW_WALL`) and lines of
    :data:`_FILLER_LINE` Han characters or more that repeat a run of rare characters and hold almost none of the
    commonest characters (:data:`_COMMON_HAN`), over half of the text's Han characters.

    Real damage (field test 20, F20-B11): renrendoc.com's preview of a document serves ``全文预览已结束``,
    ``下载本文档`` and 600 characters of ``蒄蚄袀膇莀蚃羂羀芆…`` (one run of 96 characters again and again) to a
    crawler; the build made it a document titled ``全文预览已结束``, and ``traditional_to_simplified`` even
    "converted" the filler.

    >>> run = "蒄蚄袀膇莀蚃羂羀芆蚃蚂膅膂艿螄羈肇芈袇膄莆莇薆羇节莆虿膂膈莆螁羅膄莅羃螈蒃莄蚃肃荿莃螅袆芅莂袇肁膁莁"
    >>> preview_filler("全文预览已结束\\n下载本文档\\n文档简介\\n" + run * 3)
    "a document-sharing site's preview, no document: 150 of 166 Han characters are filler (a repeated run of rare characters)"
    >>> preview_filler("全文预览已结束\\n第一条 为了规范城市管理，根据有关法律、法规，结合本市实际，制定本办法。" * 3) is None
    True
    """
    if not re.search(_PREVIEW_WALL, text):
        return None
    han = filler = 0
    for line in text.split("\n"):
        chars = [c for c in line if "\u4e00" <= c <= "\u9fff"]
        han += len(chars)
        if len(chars) < _FILLER_LINE or sum(c in _COMMON_HAN for c in chars) > _FILLER_COMMON * len(chars):
            continue
        unit = "".join(chars[:20])
        if "".join(chars).find(unit, 20) > 0:  # the filler repeats its run
            filler += len(chars)
    if not han or filler * 2 < han:
        return None
    return f"a document-sharing site's preview, no document: {filler} of {han} Han characters are filler (a repeated run of rare characters)"


def page_widget_rows(texts: Any) -> Any:
    """Per row of an Arrow string column: whether the text holds any word of :data:`_PAGE_WIDGETS` (one RE2 pass;
    :func:`not_a_document` reads the lines of those rows only).

    >>> import pyarrow as pa
    >>> page_widget_rows(pa.array(["第一条 为了规范管理。", "我来答\\n采纳数：", None])).tolist()
    [False, True, False]
    """
    import numpy as np
    import pyarrow.compute as pc

    found = pc.fill_null(pc.match_substring_regex(texts, _ANY_PAGE_WIDGET), False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def orphan_stop(text: str) -> str | None:
    """Why ``text`` lost what stood before a full stop (the excerpt of the finding), or None: lines that open with
    ``。``.  No line of a text opens with a full stop: one that does lost the words the stop closed.

    Real damage (field test 21, F21-B4): the crawler of 江西's notices kept each ``<p>``'s text and lost the bold
    run-in heading before it (``（一）…。``), the stop that closed it left opening the paragraph:
    ``。进一步强化国家级开发区招商引资…``.  Nothing says what the heading was: the text is kept, the finding says it
    lost words.

    >>> orphan_stop("各设区市人民政府：\\n。进一步强化国家级开发区招商引资，提升开放水平。\\n\\u3000\\u3000。完善电子口岸平台功能。")
    '2 lines open with 。 (the words it closed were lost): 。进一步强化国家级开发区招商引资，提升开 | 。完善电子口岸平台功能。'
    >>> orphan_stop("（一）坚持政府主导。各级政府要加强领导。\\n第二条 本办法自发布之日起施行。") is None
    True
    """
    if "。" not in text:
        return None
    lines = [m.group().strip(" \u3000\t\u00a0") for m in _ORPHAN_STOP_LINE.finditer(text)]
    if not lines:
        return None
    return (f"{len(lines)} line{'s' if len(lines) > 1 else ''} open{'' if len(lines) > 1 else 's'} with 。 (the words it "
            f"closed were lost): " + " | ".join(line[:20] for line in lines[:3]) + ("…" if len(lines) > 3 else ""))


#: What opens a placeholder: brackets, Markdown marks, blanks.
_PH_OPEN = r"[ \u3000\t>*_`（(【\[〔<]*"
#: What closes one: a stop, brackets, Markdown marks.
_PH_CLOSE = r"[ \u3000\t。.！!*_`）)】\]〕>]*"
#: The text itself as a placeholder names it (``正文``, ``本条内容``, ``条文内容``).
_PH_SUBJECT = r"(?:本[条章节款]|该条|此条)?的?(?:具体)?(?:正文|全文|条文|原文|文本|内容)(?:内容)?|本[条章节款]"
#: What a placeholder says of the text: pending, absent, left out, elsewhere; then nothing, or a note after a colon.
_PH_STATE = (r"(?:待(?:补|补充|补全|补齐|更新|录入|完善|定|添加|上传)|暂缺|缺失|暂无|暂未(?:收录|取得|获取)|"
             r"未(?:能)?(?:取得|获取|收录|找到)|(?:从|省)?略|(?:详|参)?见[^\n，,。；;]{1,12})")
_PH_TAIL = r"(?:[：:][^\n]{0,300}?)?"
#: A placeholder with no subject: the bare words an editor writes (``（略）``, ``暂无内容``, ``【待补充】``, ``详见附件``,
#: ``……``, ``TODO``).
_PH_BARE = (r"(?:待补(?:充|全|齐)?|暂无(?:正文|全文|内容)|(?:从|省)?略|(?:详|参)?见附件[一二三四五六七八九十0-9]*|…{1,6}|\.{3,12}|"
            r"TODO|TBD|FIXME|[Pp]laceholder|[Ll]orem ipsum)")
#: A placeholder body, matched from the body's start to its first line's end.
_PLACEHOLDER_LINE = lazy_re(rf"{_PH_OPEN}(?:(?:{_PH_SUBJECT}){_PH_STATE}|{_PH_BARE}){_PH_TAIL}{_PH_CLOSE}$", re.M)
#: An article label and the blanks (a line break too) before its body.
_LABEL_THEN_BODY = lazy_re(rf"[ \u3000\t]*(?:#+ *)?(?:\*\*)?第[{_NUM}]+[条條](?:之[一二三四五六七八九十]+)?(?:\*\*)?[ \u3000\t]*\n?")


def placeholder_body(text: str) -> str | None:
    """Why an article's ``text`` (its label, then its body) holds no text but a placeholder, or None: the body's first
    line is an editor's placeholder, the text named (正文, 本条内容, 条文内容…) and said to be pending, absent, left out or
    elsewhere, or a bare placeholder (``（略）``, ``暂无内容``, ``【待补充】``, ``详见附件``, ``……``, ``TODO``).

    >>> placeholder_body("第一条\\n（正文待补：来自 flk.npc.gov.cn 的文档无法下载。条目 ID：`79890000-3e3b`）")
    'the body is a placeholder: （正文待补：来自 flk.npc.gov.cn 的文档无法下载。条目 ID：`79890000-3e…'
    >>> placeholder_body("第二条 （略）"), placeholder_body("第三条 内容从略。")
    ('the body is a placeholder: （略）', 'the body is a placeholder: 内容从略。')
    >>> placeholder_body("第二条 （删去）"), placeholder_body("第四条 收费标准见附件。"), placeholder_body("第五条 内容略有不同的，从其规定。")
    (None, None, None)
    """
    label = _LABEL_THEN_BODY.match(text)
    start = label.end() if label else 0
    line_end = text.find("\n", start)
    line = text[start:] if line_end < 0 else text[start:line_end]
    if not line.strip() or len(line) > 400 or _PLACEHOLDER_LINE.match(line) is None:
        return None
    shown = line.strip()
    return f"the body is a placeholder: {shown[:50]}{'…' if len(shown) > 50 else ''}"


def placeholder_articles(text: str) -> str | None:
    """Why the document ``text`` publishes placeholders as articles (the excerpt of the ``placeholder_body`` finding),
    or None: its articles (label lines) whose body is a placeholder (:func:`placeholder_body`), counted.

    >>> placeholder_articles("第一条 为了规范管理，制定本条例。\\n第二条 （略）\\n第三条\\n（正文待补）")
    '2 of 3 articles have a placeholder for a body: （略） | （正文待补）'
    >>> placeholder_articles("第一条 为了规范管理，制定本条例。\\n第二条 （删去）") is None
    True
    """
    if "第" not in text:
        return None
    labels = list(_LINE_LABEL.finditer(text))
    found = []
    for label in labels:
        why = placeholder_body(text[label.start():label.start() + 420])
        if why:
            found.append(why.split(": ", 1)[1])
    if not found:
        return None
    return (f"{len(found)} of {len(labels)} articles have a placeholder for a body: " + " | ".join(found[:2])
            + (" …" if len(found) > 2 else ""))


#: A title that says its document is an excerpt of a law, whose skipped numbers are its own (附则抄, （节选）).
_EXCERPT_TITLE = lazy_re(r"抄$|节选|節選|节录|節錄|摘录|摘錄|摘编|摘編|（节）|\(节\)")


def missing_article_numbers(title: str | None, gaps: Iterable[int] | None) -> str | None:
    """Why the document lost an article's label (the excerpt of the ``article_numbers_missing``
    finding), or None: the numbers of ``gaps`` (its ``numbering_gaps``) that stand alone (neither
    neighbour declared too: one label line lost drops one number, an excerpt leaves out runs), unless
    its title marks an excerpt.

    >>> missing_article_numbers("烟台市森林防火条例", [3])
    '第3条 missing: label nowhere in the text (a lost 第N条 line leaves its text in the article above)'
    >>> missing_article_numbers("某条例", [13, 20, 30, 31])
    '第13条, 第20条 missing: label nowhere in the text (a lost 第N条 line leaves its text in the article above)'
    >>> missing_article_numbers("附则抄", [2, 3, 4]), missing_article_numbers("某法（节选）", [5]), missing_article_numbers("某条例", [])
    (None, None, None)
    """
    numbers = sorted({n for n in gaps or () if n is not None and n >= 2})  # a gap lies above a first article
    if not numbers or (title and _EXCERPT_TITLE.search(title.strip())):
        return None
    present = set(numbers)
    alone = [n for n in numbers if n - 1 not in present and n + 1 not in present]
    if not alone:
        return None
    listed = ", ".join(f"第{n}条" for n in alone)
    return f"{listed} missing: label nowhere in the text (a lost 第N条 line leaves its text in the article above)"


#: Private-use code points (the BMP's area; the supplementary planes' are too rare to matter), in runs.
_PRIVATE_USE_RUN = lazy_re("[\ue000-\uf8ff]+")
#: A numeric character reference left as text (``&#xE010;``, ``&#57360;``): its value decides.
_CHARACTER_REFERENCE = lazy_re(r"&#(?:[xX]([0-9a-fA-F]{4})|([0-9]{5}));")


def _private_use(value: int) -> bool:
    return 0xE000 <= value <= 0xF8FF


def lost_glyphs(text: str) -> str | None:
    """Which characters of ``text`` are a font's glyphs, no character (the excerpt of the finding), or None.

    >>> lost_glyphs("建筑工地的围挡高度不得低于2\\ue0105米，市政基础设施工地的围挡不得低于2\\ue0101米。")
    '2 private-use characters (U+E010 ×2), glyphs of a font where characters were: …工地的围挡高度不得低于2<U+E010>5米，市政基础设施工地…'
    >>> lost_glyphs("首页\\n\\ue613 \\ue609\\n第一条 为了规范管理，制定本条例。") is None  # icons between blanks: a menu
    True
    >>> lost_glyphs("高程103&#xE010;5米以上")
    '1 private-use characters (U+E010 ×1), glyphs of a font where characters were: …高程103&#xE010;5米以上…'
    """
    counts: dict[str, int] = {}
    first = -1
    size = len(text)
    for match in _PRIVATE_USE_RUN.finditer(text):
        a, b = match.span()
        if (a == 0 or text[a - 1].isspace()) and (b == size or text[b].isspace()):
            continue  # an icon between blanks
        for ch in match.group():
            counts[f"U+{ord(ch):04X}"] = counts.get(f"U+{ord(ch):04X}", 0) + 1
        first = a if first < 0 else first
    if "&#" in text:
        for match in _CHARACTER_REFERENCE.finditer(text):
            value = int(match[1], 16) if match[1] else int(match[2])
            if _private_use(value):
                counts[f"U+{value:04X}"] = counts.get(f"U+{value:04X}", 0) + 1
                first = match.start() if first < 0 else min(first, match.start())
    if not counts:
        return None
    shown = ", ".join(f"{code} ×{n}" for code, n in sorted(counts.items())[:6]) + (", …" if len(counts) > 6 else "")
    excerpt = "".join(f"<U+{ord(c):04X}>" if _private_use(ord(c)) else "⏎" if c == "\n" else c
                      for c in text[max(0, first - 12):first + 12])
    return f"{sum(counts.values())} private-use characters ({shown}), glyphs of a font where characters were: …{excerpt}…"


def widget_rows(texts: Any) -> Any:
    """Per row of an Arrow string column: whether the text holds any word of a download or login
    wall's widgets (:data:`_WALL_WIDGETS`), in one RE2 pass over the column (numpy booleans).

    Reading every line of every document for the widgets cost 0.3 CPU-s over the 1,911 laws of the
    clean corpus, 25 of which hold a widget word at all (``支付方式`` in a sentence): the pass
    costs a quarter of that, and :func:`no_body` reads the lines of those 25 only (issue 20).

    >>> import pyarrow as pa
    >>> widget_rows(pa.array(["第一条 为了规范管理。", "快捷下载\\n忘记密码?", None])).tolist()
    [False, True, False]
    """
    import numpy as np
    import pyarrow.compute as pc

    found = pc.fill_null(pc.match_substring_regex(texts, _ANY_WIDGET), False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def document_findings(titles: Iterable[str | None], texts: Iterable[str | None],
                      gaps: Iterable[Iterable[int] | None] | None = None, *,
                      widgets: Sequence[bool] | None = None,
                      page_widgets: Sequence[bool] | None = None) -> dict[str, list[tuple[int, str]]]:
    """check name -> [(row, excerpt)] of :func:`lost_line_breaks`, :func:`truncated`, :func:`no_body`,
    :func:`not_a_document`, :func:`orphan_stop`, :func:`lost_glyphs`, :func:`placeholder_articles` and (given the documents' ``numbering_gaps``)
    :func:`missing_article_numbers` over the documents' titles and texts (in row order).  ``widgets`` (:func:`widget_rows`
    of the texts) spares :func:`no_body` the lines of texts without a widget word, ``page_widgets``
    (:func:`page_widget_rows`) :func:`not_a_document` those without a word of its widgets."""
    titles = list(titles)
    found: dict[str, list[tuple[int, str]]] = {LINE_BREAKS_LOST: [], TRUNCATED: [], NO_BODY: [], NOT_A_DOCUMENT: [],
                                               ORPHAN_STOP: [], LOST_GLYPHS: [], ARTICLE_NUMBERS_MISSING: [],
                                               PLACEHOLDER_BODY: []}
    for row, (title, text) in enumerate(zip(titles, texts)):
        if not text:
            continue
        why = lost_line_breaks(text)
        if why:
            found[LINE_BREAKS_LOST].append((row, why))
        why = truncated(title, text)
        if why:
            found[TRUNCATED].append((row, why))
        why = no_body(title, text, widgets=True if widgets is None else bool(widgets[row]))
        if why:
            found[NO_BODY].append((row, why))
        why = (not_a_document(text) or preview_filler(text)) if page_widgets is None or page_widgets[row] else None
        if why:
            found[NOT_A_DOCUMENT].append((row, why))
        why = orphan_stop(text)
        if why:
            found[ORPHAN_STOP].append((row, why))
        why = lost_glyphs(text)
        if why:
            found[LOST_GLYPHS].append((row, why))
        why = placeholder_articles(text)
        if why:
            found[PLACEHOLDER_BODY].append((row, why))
    for row, declared in enumerate(gaps or ()):
        if declared is not None and len(declared):
            why = missing_article_numbers(titles[row] if row < len(titles) else None, declared)
            if why:
                found[ARTICLE_NUMBERS_MISSING].append((row, why))
    return found


__all__ = ["ARTICLE_NUMBERS_MISSING", "LINE_BREAKS_LOST", "LOST_GLYPHS", "NOT_A_DOCUMENT", "NO_BODY", "ORPHAN_STOP",
           "PLACEHOLDER_BODY", "TRUNCATED", "document_findings", "lost_glyphs", "lost_line_breaks", "missing_article_numbers",
           "no_body", "not_a_document", "orphan_stop", "page_widget_rows", "placeholder_articles", "placeholder_body",
           "preview_filler", "truncated"]
