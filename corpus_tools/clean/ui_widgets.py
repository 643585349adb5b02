r"""Interactive widgets' text kept in a saved page: comment boxes, feedback forms, media players (session 22, furn22).

Real damage undone: a complete saved page (``.mhtml``, "save page as") and a browser's innerText crawl keep, inside
or after the law, the text of the page's interactive widgets, one control a line:

* **comment sections**: ``发表评论``, ``网友评论``, ``评论（0）``, ``已有3条评论``, ``共12条评论 查看全部``, ``请输入验证码``,
  ``看不清？换一张``, ``匿名发表``, ``登录后才能评论``, ``提交``;
* **feedback, correction and satisfaction widgets**: ``我要纠错``, ``意见反馈``, ``本页面对您有帮助吗？`` ``有用``
  ``没用``, ``您对本页面是否满意？`` ``满意`` ``基本满意`` ``不满意``, ``您的意见：``, ``字数限制：500字``;
* **media players**: ``语音播报``, ``听全文``, ``播放`` ``暂停``, ``00:00 / 03:25``, ``倍速`` ``1.0x``, ``音量``,
  ``您的浏览器不支持 audio 标签。``;
* **ratings and counters**: ``评分：★★★★☆ 4.5分``, ``我要评分``, ``阅读 1234 | 点赞 12 | 评论 3``.

A widget is a **block** of short lines, each made only of a widget's words (its buttons, its counters and timers,
its form labels, numbers), and the block holds a control that no law prints as a line of its own: a captcha, a
comment counter or box, a page question (``本页面对您有帮助吗``), a feedback or correction button, a player's timer,
speed or volume, a rating's stars; or a widget's pair of choices (``有用``/``没用``, ``播放``/``暂停``), or a
satisfaction scale with a button to send it (a survey form printed in a law's annex has no ``提交``).

**Evidence** (precision first: legal text is evidence): the block is taken whole, only where a widget stands: the
page's last lines, or a block whose next line opens an article or chapter (``第六条``: a widget between articles),
or is furniture itself (a site's footer, toolbar or link box: the widget between the text and the footer).  A line
with anything else (a sentence of the law mentioning 评论, 意见反馈, 满意度, 提交 or 播放, an article's label, an
item's number, a form's checkbox ``□满意``) is never a widget's line and ends the block; a heading such as ``意见反馈``
followed by the notice's sentence stays (the next line is text).

>>> t = "第一条 为了规范管理。\n第二条 本条例自公布之日起施行。\n发表评论\n请输入验证码\n看不清？换一张\n提交\n"
>>> [t[a:b] for a, b in widget_blocks(t)]
['发表评论', '请输入验证码', '看不清？换一张', '提交']
>>> widget_blocks("第五条 满意度评价分为满意、基本满意、不满意三个等级。\n附件\n评价等级\n满意\n基本满意\n不满意\n")
[]
>>> widget_blocks("关于征求意见的通知\n意见反馈\n请于2023年1月1日前提交意见。\n")
[]
"""

from __future__ import annotations

from typing import Callable

import regex

from corpus_tools.clean.chrome_runs import line_role, site_token
from corpus_tools.clean.page_lines import ARTICLE_LINE_RE, ITEM_OPENING_RE, line_bounds
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

_BLANKS = " \t\u3000\u00a0"

# --------------------------------------------------------------------------- the widgets' words (resources)

#: A comment section's controls and counters.
_COMMENT_WORDS = (
    r"(?:发表|发布|提交|我要|写|查看|查看全部|查看更多|更多|全部|热门|最新|网友|精彩|读者|用户)?评论(?:区|列表|内容)?|暂无评论|还没有评论|"
    r"发表于|发表|发布|回复|取消回复|举报|顶|网友|游客|匿名用户|匿名发表|匿名评论|匿名|热评|沙发|"
    r"(?:已有|共)?\d*条(?:评论|回复|留言)?|已有|共|(?:已有)?\d*人参与|\d*位网友|"
    r"(?:请|您需要|你需要)?(?:先)?登录后(?:才能|才可以|才可|方可|即可|可以|再)?(?:发表)?(?:评论|留言|发言)|请先登录|立即登录|"
    r"(?:请)?(?:输入|写下|填写)(?:您|你)?的?(?:评论|留言)(?:内容)?|说点什么吧?|(?:快来)?抢沙发吧?|文明上网|理性发言|"
    r"查看全部|查看更多|加载更多|点击查看|展开全部|点击登录"
)
#: A captcha.
_CAPTCHA_WORDS = (r"(?:请)?(?:输入|刷新|获取)?(?:图片|短信)?验证码|看不清楚?|换一张|换一个|换一换|(?:点击)?(?:图片)?刷新|"
                  r"(?:点击|单击)?(?:图片)?(?:换一张|更换)")
#: A login box's words (its fields, check boxes, buttons and links).
LOGIN_WORDS = (
    r"用户名|用户登录|会员登录|账号|帐号|密码|验证码|记住我|记住密码|忘记密码|找回密码|下次自动登录|自动登录"
    r"|登录|登陆|注册|免费注册|立即注册|退出"
)
#: A form's buttons and the labels of its fields (their values empty).
_FORM_WORDS = (
    r"提交|确定|确认|取消|重置|清空|重填|发送|投票|评价|点赞|赞|踩|姓名|称呼|昵称|手机|手机号|联系电话|电话|邮箱|电子邮箱|"
    r"标题|主题|内容|您的意见|意见建议|留言|我要留言|字数限制|(?:限|最多|不超过)\d+字|(?:还可以|还能|可以|您还可以)?输入\d+字|\d+字(?:以内)?"
)
#: A feedback, correction or satisfaction widget.
_FEEDBACK_WORDS = (
    r"我要纠错|(?:内容|网站|页面|信息)?纠错|意见反馈|反馈|"
    r"(?:本|此|该|这个?)?(?:页面?|篇文章|篇|文章|信息|内容)(?:内容|信息)?(?:对您|对你)?(?:是否)?有(?:帮助|用)吗?|"
    r"您对(?:本|此|该)?(?:页面?|文章|信息|内容|服务|网站)(?:的(?:内容|服务))?(?:是否)?满意吗?|"
    r"有帮助|没帮助|没有帮助|无帮助|有用|没用|无用|满意|基本满意|不满意|非常满意|比较满意|很满意|一般"
)
#: A media player's controls, timer and speed, its read-aloud buttons.
_PLAYER_WORDS = (
    r"播放|暂停|停止|继续播放|重播|语音播报|(?:语音)?朗读(?:全文)?|全文朗读|听全文|收听|音量|静音|全屏|退出全屏|倍速|语速|"
    r"\d(?:\.\d{1,2})?[xX×倍]|[xX×]\d(?:\.\d{1,2})?|[▶►▷⏵⏸⏯⏹⏺❚🔊🔈🔉🔇♪♫🎵]+"
)
#: A rating and a page's counters.
_RATING_WORDS = (
    r"评分|我要评分|点击评分|打分|[★☆✩✫⭐]+|\d(?:\.\d)?分|\d+人(?:评分|参与|已评|点赞|觉得有用|阅读|浏览)|"
    r"已有\d+人(?:评分|参与|点赞|阅读)|阅读|阅读量|阅读数|浏览|浏览量|浏览次数|点击|点击量|访问量|\d+(?:\.\d)?万?次?"
)
#: A form's prompts and a widget's particles (last: a longer word that opens like them is tried first).
_PROMPT_WORDS = r"请输入|请填写|请选择|输入|填写|选择|您的|你的|哦|吧|呢|啦"
_WIDGET_WORDS = (rf"(?:{_COMMENT_WORDS}|{_CAPTCHA_WORDS}|{LOGIN_WORDS}|{_FORM_WORDS}|{_FEEDBACK_WORDS}|{_PLAYER_WORDS}"
                 rf"|{_RATING_WORDS}|{_PROMPT_WORDS})")
_WIDGET_WORD_RE = lazy_regex(_WIDGET_WORDS)
#: Widgets' words written without a blank between them (a saved page's inline controls: ``取消回复``, ``请输入您的意见``);
#: each word taken whole (atomic: linear in the token).
_WIDGET_WORDS_RE = lazy_regex(rf"(?>{_WIDGET_WORDS})++")
#: A captcha's code, as the page printed it beside its label (``验证码：8K3F``).
_CAPTCHA_CODE_RE = lazy_re(r"[A-Za-z0-9]{4,6}")
#: The same widgets' English words (a saved English page or a bilingual widget: ``Comments (0)``, ``Submit``).
_EN_WORDS = frozenset(
    "comment comments post leave a reply submit reset cancel captcha verification code refresh was this page "
    "article helpful useful yes no feedback play pause stop mute volume speed listen read aloud rate rating "
    "views likes like".split()
)
#: A whole line a widget prints: a player's timer, the notice of a browser without audio or video.
_WHOLE_LINE_RE = lazy_regex(
    rf"[{_BLANKS}]*(?:(?:[▶►⏸❚]+[{_BLANKS}]*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[{_BLANKS}]*/[{_BLANKS}]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    rf"|(?:您的|你的)?浏览器(?:暂)?不支持[{_BLANKS}]*(?:HTML5[{_BLANKS}]*)?(?:audio|video|音频|视频)[^\n]{{0,20}}"
    rf"|Your\s+browser\s+does\s+not\s+support\s+the\s+(?:audio|video)[^\n]{{0,20}}"
    rf")[{_BLANKS}]*",
    regex.IGNORECASE,
)
#: A comment box's notice to its writers (``网友评论仅代表其个人观点``, ``请自觉遵守互联网相关的政策法规，严禁发布色情、
#: 暴力、反动的言论。``, ``文明上网，理性发言``): a line of the box, never its evidence (a campus network's rules may
#: write the same ban as a paragraph).
_NOTICE_LINE_RE = lazy_regex(
    rf"[{_BLANKS}]*(?:(?:网友)?评论仅(?:供|代表)(?:网友|其|作者)?(?:表达)?(?:个人|本人)(?:看法|观点|立场)[^\n]{{0,40}}"
    rf"|(?:请)?(?:自觉)?遵守互联网相关的?政策法规[^\n]{{0,60}}"
    rf"|(?:所有|您的)?评论(?:需|须|需要|将)?(?:经)?(?:管理员)?审核(?:通过)?后(?:才能|方可)?(?:显示|发布|公开)[^\n]{{0,20}}"
    rf"|[【\[]?(?:请)?文明上网[，,、 \u3000]*理性发言[^\n]{{0,30}})[{_BLANKS}]*"
)
#: What a widget's tokens are split on (a chrome line's separators, and a widget's question and exclamation marks).
_SEP_RE = lazy_regex(r"(?:[\s\u3000\u00a0|｜/／·•・\[\]【】<>()（）:：,，、\-－—–_»«›‹？?！!~～*＊…]|\.{2,})+")
_LATIN_WORD_RE = lazy_re(r"[A-Za-z][A-Za-z+\-]*")
#: A control no law prints as a line of its own (searched on a line made of widget words only).  A bare field label
#: (``验证码``, ``用户名``, ``密码``) is none: an annex lists a system's fields one a line (field test 8).
_STRONG_RE = lazy_regex(
    r"请输入(?:图片|短信)?验证码|验证码[:：]?[ \t\u3000]*[A-Za-z0-9]{4,6}\b|看不清|换一张|(?:发表|我要|网友|查看|全部|热门|最新|暂无|没有|的)评论|评论(?:区|列表|内容)|评论[ \t\u3000]*[（(]?\d|"
    r"条[ \t\u3000]*(?:评论|回复)|登录后|匿名|抢沙发|说点什么|"
    r"纠错|帮助吗|满意吗|有用吗|倍速|语音播报|朗读|听全文|\d(?:\.\d{1,2})?[xX×]$|^[xX×]\d|我要评分|点击评分|人评分|"
    r"\b(?:comments?|captcha|helpful|pause)\b",
    regex.IGNORECASE,
)
#: The strong controls no heading of a law names.
_UNMISTAKABLE_RE = lazy_regex(
    r"请输入(?:图片|短信)?验证码|验证码[:：]?[ \t\u3000]*[A-Za-z0-9]{4,6}\b|看不清|换一张|\d[ \t\u3000]*条[ \t\u3000]*(?:评论|回复)|评论[ \t\u3000]*[（(]\d|登录后|匿名发表|抢沙发|帮助吗|满意吗|有用吗"
)
#: The end of a paragraph (a block of widgets stands between paragraphs, never inside a sentence).
_CLOSED_RE = lazy_re(r"[。；：:！？!?”」』）)]$")
#: Pairs of choices or controls only a widget offers together (in one block): the first word and the second.
_PAIRS = (
    (lazy_regex(r"(?<!没|无)有用"), lazy_regex(r"没用|无用")),
    (lazy_regex(r"(?<!没|无)有帮助"), lazy_regex(r"没有?帮助|无帮助")),
    (lazy_regex(r"播放"), lazy_regex(r"暂停|音量|静音|全屏")),
    (lazy_regex(r"[★☆✩✫⭐]"), lazy_regex(r"评分|^\d(?:\.\d)?分$")),
    # a satisfaction scale or a text box with the button that sends it (an annex's survey form has no button;
    # an essay contest's 字数限制 is a sentence's field)
    (lazy_regex(r"(?<!不)满意|字数限制|(?:限|最多|不超过|输入)\d+字"), lazy_regex(r"^(?:提交|确定|投票|发送|发表)$")),
)
#: A chapter's or section's label opening the next line (a widget stood between the law's parts).
_PART_LABEL_RE = lazy_regex(rf"[{_BLANKS}]*第[一二三四五六七八九十百千零〇\d]{{1,6}}[章节编]")
#: The page's gate: a word of a strong control or of a pair's first choice.
_GATE_RE = lazy_regex(
    r"验证码|看不清|换一张|评论|登录后|匿名|纠错|帮助|满意|有用|播放|倍速|语音播报|朗读|听全文|评分|[★☆✩✫⭐]|字数限制|\d字|"
    r"\d[xX×]|[xX×]\d|不支持|\d:\d\d[ \t]*/|comment|captcha|helpful|pause",
    regex.IGNORECASE,
)
#: The longest widget line (a counter row with its bars), the longest block, in lines.
_MAX_LINE = 160
_MAX_BLOCK = 24
#: The longest line of other words a block holds between its widget lines.
_MAX_FILLER = 20


# --------------------------------------------------------------------------- one line


def _widget_token(token: str) -> bool:
    if token.isascii() and _LATIN_WORD_RE.search(token):
        words = _LATIN_WORD_RE.findall(token)
        if all(w.lower() in _EN_WORDS for w in words):
            return True
    return bool(_WIDGET_WORD_RE.fullmatch(token) or _WIDGET_WORDS_RE.fullmatch(token)) or site_token(token)


def widget_line(line: str) -> bool:
    """Every token of ``line`` is a widget's word (or a site's, :func:`~corpus_tools.clean.chrome_runs.site_token`),
    or the line is a player's timer or a browser's media notice.

    >>> widget_line("看不清？换一张"), widget_line("评论（0）"), widget_line("00:00 / 03:25"), widget_line("倍速 1.0x")
    (True, True, True, True)
    >>> widget_line("第三条 评论"), widget_line("□满意 □基本满意 □不满意"), widget_line("1 2 3")
    (False, False, False)
    """
    s = line.strip(_BLANKS)
    if not s or len(s) > _MAX_LINE:
        return False
    if _WHOLE_LINE_RE.fullmatch(s) or _NOTICE_LINE_RE.fullmatch(s):
        return True
    if _labelled(s) or "。" in s or "；" in s:
        return False
    tokens = [t for t in _SEP_RE.split(s) if t]
    if "验证码" in s:  # (the code beside its label)
        tokens = [t for t in tokens if not _CAPTCHA_CODE_RE.fullmatch(t)]
    if not tokens or not all(_widget_token(t) for t in tokens):
        return False
    return any(not t.isdigit() for t in tokens)


def _labelled(line: str) -> bool:
    """Whether ``line`` opens on a label of the law's articles, parts or items (``1.`` of a speed ``1.0x`` is none)."""
    item = ITEM_OPENING_RE.match(line)
    return bool(ARTICLE_LINE_RE.match(line) or _PART_LABEL_RE.match(line)
                or item and not line[item.end():item.end() + 1].isdigit())


def _strong(lines: list[str]) -> bool:
    """Whether a block of widget lines holds a control no law prints alone, or a widget's pair of choices."""
    lines = [s for s in lines if not _NOTICE_LINE_RE.fullmatch(s)]  # (a notice is a line of the box, not its evidence)
    if any(_STRONG_RE.search(s.strip(_BLANKS)) or _WHOLE_LINE_RE.fullmatch(s) for s in lines):
        return True
    tokens = [t for s in lines for t in _SEP_RE.split(s.strip(_BLANKS)) if t]
    return any(any(first.search(t) for t in tokens) and any(second.search(t) for t in tokens) for first, second in _PAIRS)


# --------------------------------------------------------------------------- blocks


def widget_blocks(text: str, is_furniture: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """The lines of the blocks of widget lines of ``text`` a widget's evidence holds for, as ``(line start, line end)``.

    ``is_furniture`` tells a furniture line below a block (the site's footer or toolbar; chrome lines of
    :func:`~corpus_tools.clean.chrome_runs.line_role` are read without it).
    """
    if not _GATE_RE.search(text):
        return []
    lines = list(line_bounds(text))
    found: list[tuple[int, int]] = []
    k = 0
    n = len(lines)
    content_before = False
    prev = 0  # the last line of other words above
    while k < n:
        a, b = lines[k]
        line = text[a:b]
        if not line.strip(_BLANKS):
            k += 1
            continue
        if not widget_line(line):
            content_before = content_before or not _chrome(line, is_furniture)  # (the site's chrome above: still the head)
            prev = k
            k += 1
            continue
        block = [k]  # the run of widget lines (blank lines inside it go with it)
        widgets = [k]
        pending = -1  # a short line of other words between two widget lines (a commenter's name, a comment's date)
        j = k + 1
        while j < n:
            s = text[lines[j][0]:lines[j][1]]
            if s.strip(_BLANKS):
                if widget_line(s):
                    if pending >= 0:
                        block.append(pending)
                        pending = -1
                    block.append(j)
                    widgets.append(j)
                elif pending < 0 and _filler(s):
                    pending = j
                else:
                    break
            j += 1
        if pending >= 0:
            j = pending  # (the block ends on a widget line)
        shown = [text[lines[i][0]:lines[i][1]] for i in widgets]
        if len(block) <= _MAX_BLOCK and _strong(shown):
            nxt = text[lines[j][0]:lines[j][1]] if j < n else None
            if not content_before:
                take = nxt is not None  # (the page's head: the text follows)
            else:
                take = (nxt is None or _stands_before(nxt, is_furniture)
                        or _unmistakable(shown) and _sentence_closed(text[lines[prev][0]:lines[prev][1]]))
            if take:
                found += [lines[i] for i in block]  # (line by line: a line of it may be another rule's already)
        content_before = True
        prev = block[-1]
        k = j
    return found


def _unmistakable(lines: list[str]) -> bool:
    """Whether a block's widget lines show a control no heading names (a captcha, a comment counter, a page
    question, a player's timer) or two strong controls: such a block is a widget wherever it stands between the
    law's paragraphs."""
    lines = [s for s in lines if not _NOTICE_LINE_RE.fullmatch(s)]
    if any(_UNMISTAKABLE_RE.search(s) or _WHOLE_LINE_RE.fullmatch(s) for s in lines):
        return True
    return sum(1 for s in lines if _STRONG_RE.search(s.strip(_BLANKS))) >= 2


def _sentence_closed(line: str) -> bool:
    """Whether the law's line above a block ends where a paragraph may end (a sentence, a colon, a part's label)."""
    s = line.rstrip(_BLANKS)
    return bool(_CLOSED_RE.search(s)) or bool(_PART_LABEL_RE.match(s))


def _filler(line: str) -> bool:
    """A short line of other words that a widget's block may hold between two of its lines (a commenter's name, a
    comment's date): no sentence, no label of the law's parts or items."""
    s = line.strip(_BLANKS)
    return (len(s) <= _MAX_FILLER and "。" not in s and "；" not in s
            and not _labelled(s))


def _stands_before(line: str, is_furniture: Callable[[str], bool] | None) -> bool:
    """Whether a widget's block may stand right above ``line``: a new article or part of the law, or furniture."""
    return bool(ARTICLE_LINE_RE.match(line) or _PART_LABEL_RE.match(line)) or _chrome(line, is_furniture)


def _chrome(line: str, is_furniture: Callable[[str], bool] | None) -> bool:
    """A line of the site's chrome: a chrome run's line or head (:func:`~corpus_tools.clean.chrome_runs.line_role`)
    or a furniture line."""
    return line_role(line) in ("chrome", "head", "label") or bool(is_furniture and is_furniture(line))
