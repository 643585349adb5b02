r"""Runs of site chrome at a page's edges, read by what each line is made of (session 20, furn20).

Real damage undone: a saved page keeps, above its title and below its last sentence, the lines its
template printed, in whatever words and language the site chose.  The lines seen on real pages
(gov.cn, most.gov.cn, sz.gov.cn, shb's 上海科委, jl.gov.cn, public crawls' regression tests, this
project's real pages) are of a few shapes only:

* **buttons, toggles and counters** in Chinese, English or both: every word on the line is a
  site's word (``打印 | 关闭``, ``Font size: A A A | Print | Close``, ``Accessibility | Elderly
  Mode | 简 | 繁 | EN``, ``展开全文``/``收起``, ``点赞 收藏 转发``, ``阅读量：1234``,
  ``Previous 1 2 3 Next``, ``Page 2 of 5``);
* **menus**: three cells or more between bars, half of them a site's words
  (``首页 Home | 政务公开 Government | English``, ``2022年11月28日 星期一 | 设为首页 | 加入收藏``);
* **breadcrumbs**: a location label, or crumbs from the home page (``您的位置: / 正文``,
  ``You are here: Home > Laws > Local Regulations``);
* **the page's empty fields** whose values the scraper lost (``来源：``, ``发布日期：``,
  ``浏览次数： 次``), taken only inside a run (a label whose value stands below stays);
* **QR captions and the leaving-site pop-up** (``扫描二维码关注我们``, ``您即将离开本网站``…);
* **the template's CSS and script** read as text (``img#imgConac {``, ``height: 55px;``, ``}``,
  ``$('#share-1').share();``, ``document.write('相关政策');``);
* **link boxes**: a box's head (``相关解读``, ``【相关信息】``, ``网站导航：``, ``Related Links``)
  and below it its items, short lines without a sentence's mark.

A run is taken whole at the end of the text (after its last sentence) or at its start (before its
title; never an item there: a title is a short line too), and only from a line that is chrome by
itself: a signature, a date or an attachment's name under the last article, with no box head above
them, stay.  Between articles only a page-turn or expand widget made of site words goes.
Precision first: a line with a sentence's mark, an article's label or an item's number is never
chrome here, and no string list decides: the words compose lines of any site.

What a line must carry to be chrome (furn21): chrome *whole*.  Every token of a widget is a site's
word; a breadcrumb or a menu does not end (nor a menu open) on a title (a subject then a kind:
``正文某市停车场管理条例``: the page's text glued to it); a QR caption opens on its code's words.  A structural label
anywhere on a line (``第一章``, ``附件：某表格``, ``附录A``, a bilingual page's ``Article 1``) makes it the
document's, and the run stops there.  The template's CSS and script go only with other chrome in
their run: code alone may be the document's own (a web standard's example).

>>> t = "某条例\n第一条 为了规范管理。\n相关解读\n某条例解读\n扫一扫在手机打开当前页\n登录\n注册\n"
>>> [t[a:b] for a, b in chrome_runs(t)]
['相关解读', '某条例解读', '扫一扫在手机打开当前页', '登录', '注册']
>>> chrome_runs("某条例\n第一条 为了规范管理。\n某市人民政府\n2022年1月1日\n")
[]
"""

from __future__ import annotations

import regex

from corpus_tools.clean.page_lines import ARTICLE_LINE_RE, ITEM_OPENING_RE, line_bounds
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import STRUCTURE_TITLE_KINDS, kinds_alternation

_BLANKS = " \t\u3000\u00a0"

# --------------------------------------------------------------------------- the site's words (resources)

#: The words of a page's display toggles, one table for every rule that reads them (furniture's font switch
#: ``【字体：大 中 小】``, the site words of chrome lines, the toggle blocks written one word a line, the unlabelled size
#: switch at a page's head): the script switch's words, the size switch's labels, its sizes (a size's single
#: characters: :data:`SIZE_CHARS`).
SCRIPT_WORDS = ("简", "繁", "简体", "繁体", "繁體", "簡體", "EN", "En")
SIZE_LABELS = ("字号", "字体", "字型", "字体大小", "文字大小")
SIZE_CHARS = "大中小"
SIZE_WORDS = ("默认", "标准", "大", "中", "小", "超大", "特大", "较大", "放大", "缩小", "Aa", "A+", "A-", "A", "+", "-")
_TOGGLE_NOUNS = "|".join(w for w in SCRIPT_WORDS + SIZE_LABELS if not w.isascii())

#: A site's action verbs and the objects they take: a button is a verb with or without its object.
_VERBS = (r"打印|列印|关闭|收藏|分享(?:到|至)?|转发|转载|点赞|评论|留言|纠错|我要纠错|返回|回到|设为|加入|保存|复制|下载|"
          r"扫一扫|扫描|扫码|长按|识别|登录|登陆|注册|退出|搜索|检索|查看|展开|收起|折叠|继续|放弃|取消|确定|订阅|关注")
_OBJECTS = (r"本页|此页|页面|本文|全文|正文|窗口|链接|网址|顶部|首页|收藏|二维码|更多|访问|我们|详情|原文|文章|"
            r"导航|菜单|当前页(?:面)?|在手机(?:上)?(?:打开|查看)(?:当前页(?:面)?)?|手机(?:打开|查看)|用户")
#: The site's nouns: its places, channels, toggles and counters.
_NOUNS = (r"首页|主页|网站首页|上一页|下一页|上页|下页|末页|尾页|上一篇|下一篇|微信|微博|QQ|QQ空间|空间|朋友圈|公众号|"
          r"客户端|小程序|二维码|抖音|头条|网站地图|联系我们|关于我们|站内搜索|无障碍|无障碍浏览|长者模式|关怀模式|长辈版|"
          rf"适老化|{_TOGGLE_NOUNS}|背景色|背景|{SIZE_CHARS}|阅读|阅读量|阅读数|浏览|浏览量|浏览次数|点击|"
          r"点击量|点击数|次数|次|评论数|点赞数|分享数|收藏数")
_PREFIX = r"(?:文章|正文|页面|本页|官方|微信|手机|移动|政务|网站|扫码)?"
#: One token of a site's Chinese chrome.
_SITE_WORD_RE = lazy_regex(rf"{_PREFIX}(?:(?:{_VERBS})(?:{_OBJECTS})?|{_NOUNS}|(?:{_OBJECTS}))")
#: A site's English words (a line of them only: ``Print | Close``, ``Page 2 of 5``).
_EN_WORDS = frozenset(
    "print close window this page pages home share previous prev next first last of go to font size text a a+ a- "
    "large medium small accessibility accessible elderly mode version en english cn chinese sitemap site map "
    "contact us about privacy top back login log in sign register search menu related links link wechat weibo "
    "email e-mail copy more expand collapse read full article you are here current location bookmark favorites "
    "favourites continue cancel ok leave leaving zoom reset simplified traditional qq qzone wechat weibo".split()
)
_NUMBER_RE = lazy_re(r"[\d０-９]+|[<>«»‹›]+|\.{2,}|…+")
#: The separators between a chrome line's tokens.
_TOKEN_SEP_RE = lazy_regex(r"[\s\u3000\u00a0|｜/／·•・\[\]【】<>《》()（）:：,，、\-－—–_»«›‹>]+")
_SENTENCE_MARK_RE = lazy_re(r"[。；;！!？?]")
_HAN_RE = lazy_regex(r"\p{Han}")
_LATIN_WORD_RE = lazy_re(r"[A-Za-z][A-Za-z+\-]*")

#: A page's meta label (its value lost, or a counter): ``来源：``, ``发布日期：``, ``浏览次数： 次``, ``阅读量：1234``.
_EMPTY_LABEL_RE = lazy_regex(
    rf"[{_BLANKS}]*[【\[]?(?:来源|信息来源|文章来源|稿件来源|发布日期|发布时间|更新日期|更新时间|日期|时间|作者|编辑|"
    rf"责任编辑|浏览次数|浏览量|访问量|阅读量|阅读次数|阅读数|点击数|点击量|点击次数|点击|字号|字体|文章字号)[】\]]?"
    rf"[{_BLANKS}]*[:：][{_BLANKS}]*(?:[\d０-９]{{0,9}}[{_BLANKS}]*次?)?[{_BLANKS}]*"
)
#: A breadcrumb: a location label with crumbs, or crumbs from the home page.
_LOCATION_RE = lazy_regex(
    rf"[{_BLANKS}]*(?:(?:您的|你的|当前|您现在的|您当前的|您所在的?|所在)位置|You\s+are\s+here|(?:Current\s+)?Location)"
    rf"[{_BLANKS}]*[:：]"
    , regex.IGNORECASE,
)
_HOME_CRUMB_RE = lazy_regex(rf"[{_BLANKS}]*(?:首页|网站首页|主页|Home)[{_BLANKS}]*(?:>>?|»|›|/|＞|→)", regex.IGNORECASE)
_CRUMB_SEP_RE = lazy_re(r">>?|»|›|/|＞|→")
#: A QR code's caption, the leaving-site pop-up.
_QR_RE = lazy_re(r"二维码|扫一扫|扫码")
_LEAVING_RE = lazy_regex(r"(?:即将|将要|正在)离开|(?:leaving|leave)\s+(?:this|our|the)\s+(?:site|website)", regex.IGNORECASE)
#: The kinds of a link box (its head's last word).
_BOX_KINDS = r"解读|链接|文章|阅读|稿件|新闻|信息|资讯|文档|附件|推荐|导航|专题|报道"
#: A link box's head: ``相关解读``, ``【相关信息】``, ``网站导航：``, ``Related Links`` (a bare ``附件`` or ``信息`` is
#: no box's head: the law's own attachment label stays).  ``相关`` heads a family: with words between it and the
#: box's kind (``相关政策解读：``, stats.gov.cn, field test 21, F21-B2) the head ends on its colon, as a site prints it.
_BOX_HEAD_RE = lazy_regex(
    rf"[{_BLANKS}]*[【\[]?(?:(?:相关|部门|政策|专家|图文|视频|媒体|热点|最新|推荐|精彩|更多)"
    rf"(?:{_BOX_KINDS})|解读|导航|网站导航|友情链接|网站群|"
    rf"Related(?:\s+(?:Links|Articles|News|Documents|Files))?|Links|More)[】\]]?[{_BLANKS}]*[:：]?[{_BLANKS}]*"
    rf"|[{_BLANKS}]*[【\[]?相关\p{{Han}}{{1,4}}?(?:{_BOX_KINDS})[】\]]?[{_BLANKS}]*[:：][{_BLANKS}]*",
    regex.IGNORECASE,
)
#: Heads of boxes of *links* (their items follow); a box of the page's files (相关附件, 相关文档) takes none.
_FILE_HEAD_RE = lazy_re(r"附件|文档")
#: The template's CSS or script read as text.
_CODE_RE = lazy_regex(
    r"[ \t]*(?:"
    r"[.#]?[A-Za-z][\w\-]*+(?:[ .#:>,+~]++[\w\-]*+)*+[{｛][^{}｛｝]*(?:[}｝][ \t]*)?"  # a selector with its rules (possessive: linear)
    r"|[a-z\-]{2,30}[ \t]*[:：][ \t]*[#\w .%,\-()（）'\"]{1,80}[;；]"  # a declaration
    r"|[}｝]"  # a rule's end
    r"|(?:\$[(（]|jQuery[(（.]|document\.|window\.|var\s|function\s*[(（]|//)[^\n]{0,300}"  # script
    r")[ \t]*"
)
#: The document's own structure: a label of its parts in Chinese (``第一章``, ``第三条``, ``附件：某表``,
#: ``附录A``) or in the English of a bilingual page (``Article 1``, ``Chapter II``, ``Annex 3``).  Never chrome,
#: wherever it stands on a line (a breadcrumb glued to the first chapter: ``首页 > 政策法规 > 正文 第一章 总则``).
_STRUCTURE_LABEL_RE = lazy_regex(
    r"第[一二三四五六七八九十百千零〇\d０-９]{1,6}[编章节条]"
    r"|(?:附件|附录|附表)(?:[\d０-９一二三四五六七八九十]{1,3}|[A-ZＡ-Ｚ])?[ \t\u3000\u00a0]*[:：．.、]?[ \t\u3000\u00a0]*"
    r"(?=[\p{Han}A-Za-z\d《“])"
    r"|\b(?:Article|Chapter|Section|Part|Annex|Appendix|Schedule|Attachment)\s+(?:[\dIVXLC]+|[A-Z]\b|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b",
    regex.IGNORECASE,
)
_TITLE_END_RE = lazy_regex(kinds_alternation(STRUCTURE_TITLE_KINDS) + r"(?:[（(][^（）()\n]{1,20}[）)])?$")
#: A title names its subject before its kind (``某市停车场管理条例``); a channel's name is shorter
#: (``政策法规``, ``部门解读``, ``通知公告``).
_MIN_TITLE = 7
#: What may stand before a QR code's words in its caption: ``微信扫一扫``, ``请用手机扫描二维码``.
_QR_LEAD_RE = lazy_re(r"(?:请|可)?(?:用|使用|打开)?(?:手机微信|微信|手机|QQ|支付宝|浏览器|手机版|移动版|移动端|客户端|APP|App|app)?"
                      r"(?:长按)?(?:识别|扫描)?(?:图中|下方|上方|左侧|右侧)?")
#: A page turn or an expand widget between articles (the rest of a run is only at the edges).
_MIDDLE_GATE = lazy_regex(r"\b(?:Prev(?:ious)?|Next|Page)\b|展开|收起|折叠", regex.IGNORECASE)
_MIDDLE_WORD = lazy_regex(r"^(?:prev(?:ious)?|next|page|展开|收起|折叠)", regex.IGNORECASE)

#: Longest chrome line (a menu row with its cells), longest box item.
_MAX_LINE = 160
_MAX_ITEM = 60
#: At most this many lines make a run (a link directory stays under it).
_MAX_RUN = 80
_MENU_SEP_RE = lazy_re(r"[|｜]")
_SCRIPT_OPENINGS = ("//", "$", "document.", "window.", "jQuery", "var ", "function")


# --------------------------------------------------------------------------- one line


def _site_tokens(line: str) -> list[str]:
    return [t for t in _TOKEN_SEP_RE.split(line) if t]


def site_token(token: str) -> bool:
    """A token of a site's chrome: a site word, a number or counter, a lone letter or Han (``A``, ``大``)."""
    if _NUMBER_RE.fullmatch(token):
        return True
    if token.isascii():
        return all(w.lower() in _EN_WORDS for w in _LATIN_WORD_RE.findall(token)) and bool(_LATIN_WORD_RE.search(token))
    if len(token) == 1:
        return token in SIZE_CHARS or token in SCRIPT_WORDS
    return bool(_SITE_WORD_RE.fullmatch(token))


def widget_line(line: str) -> bool:
    """Every token of ``line`` is a site's word and one of them is a word of two letters or more.

    >>> widget_line("Font size: A A A | Print | Close"), widget_line("【大】【中】【小】 【打印】 【关闭窗口】")
    (True, True)
    >>> widget_line("中 小"), widget_line("微信支付应当遵守本规定"), widget_line("Print")
    (False, False, True)
    """
    tokens = _site_tokens(line)
    if not tokens or not all(site_token(t) for t in tokens):
        return False
    return any(len(t) >= 2 and not _NUMBER_RE.fullmatch(t) for t in tokens)


def holds_content(piece: str) -> bool:
    """A piece of a chrome-shaped line (a crumb, a menu's cell, the words around a QR code) that is the
    document's own: a structural label anywhere in it, or a title's shape (a subject, then a kind).

    >>> holds_content("正文某市停车场管理条例"), holds_content("正文 第一章 总则"), holds_content("Article 1")
    (True, True, True)
    >>> holds_content("政策法规"), holds_content("部门解读"), holds_content("关注中国福建微信")
    (False, False, False)
    """
    p = piece.strip(_BLANKS + "【】[]")
    return bool(_STRUCTURE_LABEL_RE.search(p)) or (len(p) >= _MIN_TITLE and bool(_TITLE_END_RE.search(p)))


def _menu_line(line: str) -> bool:
    cells = [c.strip(_BLANKS) for c in _MENU_SEP_RE.split(line)]
    if len(cells) < 3 or not cells[0] or not cells[-1] or any(not c or len(c) > 20 for c in cells):
        return False
    if holds_content(cells[0]) or holds_content(cells[-1]):
        return False  # (text glued to a menu's end: a channel's name such as 政府信息公开目录 may stand between)
    site = sum(1 for c in cells if any(site_token(t) and len(t) >= 2 and not _NUMBER_RE.fullmatch(t) for t in _site_tokens(c)))
    return site >= 2 and site * 2 >= len(cells)


def _breadcrumb(line: str) -> bool:
    """A location label or crumbs from the home page ending on a channel's name: a last crumb that holds
    a title (or a structural label anywhere) is the page's own text glued to the breadcrumb (its junk is
    furniture's glued-junk rule's, the line is no chrome run's); the crumbs between are the site's
    channels, whatever their names (``政府信息公开目录``)."""
    location = _LOCATION_RE.match(line)
    if not location and not (_HOME_CRUMB_RE.match(line) and len(_CRUMB_SEP_RE.findall(line)) >= 2):
        return False
    crumbs = _CRUMB_SEP_RE.split(line[location.end():] if location else line)
    return not holds_content(crumbs[-1])


def _qr_caption(line: str) -> bool:
    """A QR code's caption: its words open the line (after ``微信``, ``请用手机``…), nothing in it is the
    document's (``附件：某表格扫一扫…`` and an article's wrapped ``付款二维码`` are text)."""
    found = _QR_RE.search(line)
    if not found or len(line) > 30:
        return False
    lead = line[:found.start()].strip(_BLANKS + "【[“\"「『")
    site_lead = _QR_LEAD_RE.fullmatch(lead) or widget_line(lead)  # (``官方微信二维码``, ``微信公众号二维码``)
    return bool(site_lead) and not holds_content(line[found.end():])


def _code_line(line: str) -> bool:
    """A line of the template's CSS or script (a style rule is ASCII; a script may quote the page's words)."""
    s = line.strip(_BLANKS)
    return bool(_CODE_RE.fullmatch(line)) and (s.startswith(_SCRIPT_OPENINGS) or not _HAN_RE.search(s))


def line_role(line: str) -> str | None:
    """What a line of a page's edge is: ``chrome`` (chrome by itself), ``head`` (a link box's head),
    ``label`` (an empty meta field), ``item`` (a short line a box may hold) or None (the page's text).

    >>> [line_role(x) for x in ("分享到 - 微信", "【相关信息】", "来源：", "某市人民政府", "第三条 本条例自公布之日起施行。")]
    ['chrome', 'head', 'label', 'item', None]
    """
    s = line.strip(_BLANKS)
    if not s or len(s) > _MAX_LINE:
        return None
    if _STRUCTURE_LABEL_RE.search(s):
        return None  # (the document's own structure, in any of its languages, wherever it stands)
    if _code_line(line):
        return "chrome"  # (taken only with other chrome in its run: _corroborated)
    if ARTICLE_LINE_RE.match(line) or ITEM_OPENING_RE.match(line):
        return None
    if _LEAVING_RE.search(s) and len(s) <= 60:
        return "chrome"
    if _SENTENCE_MARK_RE.search(s):
        return None
    if _EMPTY_LABEL_RE.fullmatch(line):
        return "label"
    if _BOX_HEAD_RE.fullmatch(line):
        return "head"
    if widget_line(s) or _menu_line(s) or _breadcrumb(s) or _qr_caption(s):
        return "chrome"
    if len(s) <= _MAX_ITEM:
        return "item"
    return None


# --------------------------------------------------------------------------- runs at the edges


def _tail_run(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chrome run after the page's last line of text (``lines``: the non-blank lines, in order)."""
    run: list[tuple[tuple[int, int], str]] = []
    for a, b in reversed(lines[-_MAX_RUN:]):
        role = line_role(text[a:b])
        if role is None:
            break
        run.append(((a, b), role))
    run.reverse()
    # the earliest start where the run is chrome by itself: items only under a box head of links, a label
    # only with chrome below it
    start = None
    for i, (_, role) in enumerate(run):
        if role in ("chrome", "head") and _valid_from(text, run, i):
            start = i
            break
    if start is None:
        return []
    spans = [span for span, _ in run[start:]]
    return spans if _corroborated(text, [span for span, role in run[start:] if role in ("chrome", "head")]) else []


def _corroborated(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a run's chrome is more than code: CSS or script alone may be the document's own (a web
    standard's example, a guideline quoting a style rule); the template's code comes with the widgets
    it styles or runs."""
    return any(not _code_line(text[a:b]) for a, b in spans)


def _valid_from(text: str, run: list[tuple[tuple[int, int], str]], i: int) -> bool:
    links = False
    for k in range(i, len(run)):
        (a, b), role = run[k]
        if role == "head":
            links = not _FILE_HEAD_RE.search(text, a, b)
        elif role == "item" and not links:
            return False
        elif role == "label" and k + 1 < len(run) and run[k + 1][1] == "item" and not links:
            return False
    return True


def _head_run(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The chrome run above the page's title: chrome lines and empty labels, no items."""
    run = []
    for a, b in lines[:_MAX_RUN]:
        role = line_role(text[a:b])
        if role == "chrome":
            run.append((a, b))
        elif role == "label" and run or role == "label" and _next_is_chrome(text, lines, a):
            run.append((a, b))
        else:
            break
    while run and line_role(text[run[-1][0]:run[-1][1]]) == "label":
        run.pop()  # (a label whose value may be the line below stays: convention 6)
    chrome = [(a, b) for a, b in run if line_role(text[a:b]) == "chrome"]
    return run if _corroborated(text, chrome) else []


def _next_is_chrome(text: str, lines: list[tuple[int, int]], at: int) -> bool:
    for a, b in lines:
        if a > at:
            return line_role(text[a:b]) in ("chrome", "label")
    return False


def _middle(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Page-turn and expand widgets between the page's lines of text."""
    out = []
    for k in range(1, len(lines) - 1):
        a, b = lines[k]
        s = text[a:b].strip(_BLANKS)
        if len(s) > 40 or not _MIDDLE_GATE.search(s):
            continue
        tokens = _site_tokens(s)
        if widget_line(s) and any(_MIDDLE_WORD.match(t) for t in tokens):
            out.append((a, b))
    return out



def chrome_runs(text: str) -> list[tuple[int, int]]:
    """The lines of the chrome runs at the start and end of ``text`` and the page widgets between its
    lines, as ``(line start, line end)``, in order."""
    lines = [(a, b) for a, b in line_bounds(text) if text[a:b].strip(_BLANKS)]
    if len(lines) < 2:
        return []
    tail = _tail_run(text, lines)
    if len(tail) == len(lines):
        tail = []  # (a page of chrome only: nothing to tell it from)
    head = _head_run(text, lines)
    if len(head) + len(tail) >= len(lines):
        head = []
    middle = _middle(text, lines) if _MIDDLE_GATE.search(text) else []
    seen = set(head) | set(tail)
    return sorted(set(head) | set(tail) | {s for s in middle if s not in seen})


# --------------------------------------------------------------------------- display toggles, one word a line

#: The words of a page's display toggles: its script switch (``简 | 繁 | EN``) and its font-size switch
#: (``字号：默认 大 超大``, ``Aa 字体：小 中 大``).
_SCRIPT_WORDS = frozenset(SCRIPT_WORDS)
_SIZE_LABELS = frozenset(SIZE_LABELS)
_SIZE_WORDS = frozenset(SIZE_WORDS)
_TOGGLE_SEP_RE = lazy_regex(rf"[{_BLANKS}|｜/／:：【】\[\]]+")
#: Where the page's text opens: a sentence's mark or an article's label (the toggles stand above it).
_TEXT_OPENS_RE = lazy_regex(rf"[。；！？]|^[{_BLANKS}]*第[一二三四五六七八九十百千零〇\d]{{1,6}}[条章]", regex.MULTILINE)
#: The page head a toggle block is looked for in.
_TOGGLE_REACH = 2000


def _toggle_tokens(line: str) -> list[str] | None:
    """The toggle words of ``line`` when the whole line is made of them (bars alone give ``[]``), else None."""
    if len(line) > 40:
        return None
    tokens = [t for t in _TOGGLE_SEP_RE.split(line) if t]
    if all(t in _SCRIPT_WORDS or t in _SIZE_LABELS or t in _SIZE_WORDS for t in tokens):
        return tokens
    return None


def toggle_block_lines(text: str) -> list[tuple[int, int]]:
    """A page's display toggles above its text that the scraper wrote one word a line (browser innerText).

    Real damage: gov.cn and stats.gov.cn records of a public crawl (field test 21, F21-B1) open
    ``|⏎简⏎|⏎繁⏎|⏎EN⏎|`` and ``字号：⏎默认⏎大⏎超大⏎|⏎|``, ``|⏎Aa⏎字体：⏎小⏎中⏎大⏎|``: a toggle's words,
    one a line, that no line-by-line chrome rule reads (a lone ``简`` or ``大`` is no word).

    **Evidence**: a block of consecutive lines above the page's first sentence or article (a page without
    one keeps its chrome: the completeness check reads it as a page of chrome), each line made
    only of toggle words and bars, holding a whole toggle: both ``简`` and ``繁`` (the script switch), or a
    size label (``字号``, ``字体``) with two sizes or more; inside a block a line of site words only (a button,
    :func:`widget_line`: ``打印``) goes with it.  Lines of other words end the block; a lone ``大`` or ``字体：``
    with a value (``宋体``) is never one.

    >>> t = "某法__中国政府网\\n|\\n简\\n|\\n繁\\n|\\nEN\\n|\\n个人中心\\n来源：\\n新华社\\n字号：\\n默认\\n大\\n超大\\n|\\n打印\\n|\\n第一条 为了规范。"
    >>> [t[a:b] for a, b in toggle_block_lines(t)]
    ['|\\n简\\n|\\n繁\\n|\\nEN\\n|', '字号：\\n默认\\n大\\n超大\\n|\\n打印\\n|']
    >>> toggle_block_lines("表一\\n字体：\\n宋体\\n字号：\\n小\\n第一条 公文用字。")
    []
    """
    head_end = min(len(text), _TOGGLE_REACH)
    opens = _TEXT_OPENS_RE.search(text, 0, head_end)
    if opens is None:
        return []  # no sentence or article below: nothing tells a page's head from a page of chrome (no_body reads it)
    head_end = opens.start()
    if not any(w in text[:head_end] for w in ("繁", "字号", "字体", "文字大小")):
        return []
    found: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    words: list[str] = []

    def close() -> None:
        script = "简" in words or "简体" in words
        script = script and any(w in ("繁", "繁体", "繁體") for w in words)
        sizes = any(w in _SIZE_LABELS for w in words) and sum(w in _SIZE_WORDS for w in words) >= 2
        if block and (script or sizes):
            found.append((block[0][0], block[-1][1]))

    for a, b in line_bounds(text):
        if a >= head_end:
            break
        line = text[a:b].strip(_BLANKS)
        tokens = _toggle_tokens(line) if line else None
        if tokens is None and block and widget_line(line):
            tokens = []  # (a button beside the toggle, chrome whole: ``打印``; its bar below goes with it)
        if tokens is None:
            close()
            block, words = [], []
            continue
        block.append((a, b))
        words += tokens
    close()
    return found


#: A widget's glyph alone on a line: a close button (``×``, ``X``), a slider's arrow (``>``).
_GLYPH_LINE_RE = lazy_regex(rf"[{_BLANKS}]*[×✕✖Xx>＞<＜›‹»«][{_BLANKS}]*")
_SIZE_CHARS = frozenset(SIZE_CHARS)


def _size_toggle(line: str) -> bool:
    """A font-size switch without its label (``大中小``, ``大 小  打印``): two sizes or more, and a site's buttons."""
    tokens = [t for t in _TOGGLE_SEP_RE.split(line.strip(_BLANKS)) if t]
    if not tokens or len(line) > 40:
        return False
    sizes = {c for t in tokens if set(t) <= _SIZE_CHARS for c in t}
    return len(sizes) >= 2 and all(set(t) <= _SIZE_CHARS or len(t) >= 2 and site_token(t) for t in tokens)


def head_glyph_and_size_lines(text: str) -> list[tuple[int, int]]:
    """A widget's glyph or a font-size switch without its label, alone on a line above the page's text.

    Real damage: news pages of government sites saved by a mirror (field test 20, F20-B5) keep a slider's ``>``
    and a pop-up's ``×`` above the headline, a close button ``X`` under it, and the size switch ``大中小`` or
    ``大 小  打印`` between the headline and the first sentence.

    **Evidence**: the line stands above the page's first sentence or article (:data:`_TEXT_OPENS_RE`), and it is a
    single glyph of a close button or an arrow, or two sizes of ``大 中 小`` or more with only a site's buttons
    beside them (``打印``; a single ``大`` is no switch).  Below the first sentence such lines stay (a table's cell,
    a list's mark).

    >>> t = ">\\n×\\n某工程全面开工\\n大 小  打印\\n10月15日，工程迈出全面建设的第一步。\\n大中小\\n"
    >>> [t[a:b] for a, b in head_glyph_and_size_lines(t)]
    ['>', '×', '大 小  打印']
    >>> head_glyph_and_size_lines("大型企业\\n大\\n第一条 为了规范。\\n")
    []
    """
    head_end = min(len(text), _TOGGLE_REACH)
    opens = _TEXT_OPENS_RE.search(text, 0, head_end)
    if opens is None:
        return []
    head_end = text.rfind("\n", 0, opens.start()) + 1
    found = []
    lines = list(line_bounds(text, 0, head_end))
    for k, (a, b) in enumerate(lines):
        line = text[a:b]
        if not line.strip(_BLANKS):
            continue
        if _GLYPH_LINE_RE.fullmatch(line):
            if _half_of_a_split_pair(text, lines, k):
                continue
            found.append((a, b))
        elif _size_toggle(line):
            found.append((a, b))
    return found


#: The bracket halves a glyph line may be, and the other half of each.
_GLYPH_PAIRS = {"<": ">", "＜": "＞", "‹": "›", "«": "»", ">": "<", "＞": "＜", "›": "‹", "»": "«"}


def _half_of_a_split_pair(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether glyph line ``k`` is half of a bracket pair a headline split over lines (``关于印发⏎<⏎某方案> 的通知``):
    an opening half whose next line closes it, or a closing half whose line before opens it.

    >>> t = "关于印发\\n<\\n某方案> 的通知\\n各单位：\\n"
    >>> _half_of_a_split_pair(t, list(line_bounds(t)), 1)
    True
    >>> _half_of_a_split_pair(">\\n某工程全面开工\\n", [(0, 1), (2, 9)], 0)
    False
    """
    glyph = text[lines[k][0] : lines[k][1]].strip(_BLANKS)
    other = _GLYPH_PAIRS.get(glyph)
    if other is None:
        return False
    if glyph in "<＜‹«":
        return k + 1 < len(lines) and other in text[lines[k + 1][0] : lines[k + 1][1]]
    return k > 0 and other in text[lines[k - 1][0] : lines[k - 1][1]]
