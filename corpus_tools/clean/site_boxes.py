"""Boxes a site prints around the document: its teasers and promotion, its column labels, its title bar.

Real damage undone (field test 18), whole lines only, and only outside the document (above its
first sentence or below its last one):

* a **teaser box** above or below a reposted text: a law firm's service boxes (a short heading, a
  promo sentence addressing the reader, excerpts of its other pages cut with ``...``) above a
  刑事裁定书 (lawking.com.cn, F18-M2), a lawyer's card (name, mobiles, ``律师简介更多>>``, a bio
  cut and closed with ``>> 查看更多``) above a 《人民检察》 article (110sh.cn, F18-M2);
* a portal's **column labels** printed with their English names (``1. 栏目分类 News``) and the
  ``当前新闻`` label under them (a hijacked news page, thefirststepfoundation, F18-N5);
* the page's **title bar**: the headline printed twice at the page's head, once in the site's bar
  and once above the text (the same page, F18-N5): the first copy goes, the document's stays.

**Evidence**: a box is known by its place and its shape, never by a site's words: it closes with
a link to more (``更多>>``, ``>> 查看更多``, ``[详细]``) or holds an excerpt cut short with ``...``
(no law ends a sentence so), its other lines are short headings, contact fields, excerpts closed
so or promotion that addresses the reader (``为您``); and no line of the document stands between
it and the page's edge.  A title, a date, a document number, a signature, a table row or an
article's label inside a block keeps the whole block.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator

from corpus_tools.clean.evidence import line_kind
from corpus_tools.clean.page_lines import ARTICLE_LINE_RE, CONTENT_LINE_RE, line_bounds, line_bounds_backwards
from corpus_tools.lazy_patterns import lazy_re

_BLANKS = " \t\u3000\xa0"
_ARROW = r"(?:>>|＞＞|»|›|>|＞|→)"
#: A link to more of what a box shows, closing its line (``更多>>``, ``>> 查看更多``, ``[详细]``, ``more>>``).
_MORE_LINK_RE = lazy_re(
    rf"(?:(?:(?:查看|阅读|点击查看)?(?:更多|详情|详细|全文|原文)|[Mm]ore|MORE)[{_BLANKS}]*{_ARROW}+"
    rf"|{_ARROW}+[{_BLANKS}]*(?:查看|阅读)?(?:更多|详情|详细|全文)"
    r"|[\[【〔](?:详细|详情|更多|全文|查看全文|阅读全文)[\]】〕]"
    r"|(?:查看更多|阅读全文|查看全文|展开全文|继续阅读))"
    rf"[{_BLANKS}]*$"
)
#: An excerpt cut short: a word (not a mark) then ``...`` or one ``…`` closing the line (``……`` is the law's own).
_CUT_EXCERPT_RE = lazy_re(rf"[\w\u4e00-\u9fff](?:\.{{3,6}}|…|。。。)[{_BLANKS}]*$")
#: Promotion addressing the reader: ``您`` with a service offered.
_PROMO_RE = lazy_re(r"您[^\n]{0,60}?(?:律师|咨询|服务|代理|解答|办理)|(?:律师|咨询|服务|代理|解答)[^\n]{0,60}?您")
#: An answer to a question (a QA page's ``答：``, ``您好，``): it addresses the asker, it promotes nothing.
_ANSWER_RE = lazy_re(rf"[{_BLANKS}]*(?:[答Aa][:：．.、]|回答[:：]|律师回复[:：]|解答[:：])?[{_BLANKS}]*您好")
_HEADING_CHARS = 20
#: Kinds of line only the document holds: a block with one is the document's.
_DOCUMENT_KINDS = frozenset({"title", "date", "document number", "signature", "table row"})
#: How far a box is looked for from each edge (lines holding text), and how big it may be.
_EDGE_REACH = 40
_BOX_LINES = 16
_BOX_CHARS = 1600


def _blocks(text: str, lines) -> Iterator[list[tuple[int, int]]]:
    """Runs of lines holding text (a blank line ends one), from the edge ``lines`` starts at, at most :data:`_EDGE_REACH` lines."""
    run: list[tuple[int, int]] = []
    seen = 0
    for a, b in lines:
        if text[a:b].strip(_BLANKS):
            run.append((a, b))
            seen += 1
            if seen > _EDGE_REACH:
                return  # (a run cut by the reach is no whole box)
        elif run:
            yield run
            run = []
    if run:
        yield run


#: The last character of a line a link to more or a cut excerpt closes (a cheap gate for the patterns).
_CLOSING_LAST = frozenset(">＞»›→]】〕多情细文读.…。")


def _closing(line: str) -> bool:
    stripped = line.rstrip(_BLANKS)
    if not stripped or stripped[-1] not in _CLOSING_LAST:
        return False
    tail = stripped[-24:]  # (both patterns close the line within its last characters)
    return bool(_MORE_LINK_RE.search(tail) or len(stripped.strip(_BLANKS)) >= 12 and _CUT_EXCERPT_RE.search(tail))


def _box(text: str, block: list[tuple[int, int]]) -> bool:
    """Whether a block of lines is a site's teaser box (see the module)."""
    lines = [text[a:b] for a, b in block]
    if len(lines) > _BOX_LINES or sum(len(x) for x in lines) > _BOX_CHARS:
        return False
    closing = [_closing(x) for x in lines]
    if not any(closing):
        return False
    for line in lines:
        if ARTICLE_LINE_RE.match(line) or line_kind(line) in _DOCUMENT_KINDS:
            return False
    if _MORE_LINK_RE.search(lines[-1]):
        return True  # a box closed by its link to more: its excerpt lines above are the box's
    # otherwise the box's shape: headings over excerpts cut short and promotion, two of each at least, one of
    # them promotion (lawking's three services).  One paragraph cut with ``...`` at the page's edge is the
    # page's own text (a news page's last paragraph, a QA answer, an abstract: review 19, F4), and an answer
    # addressing the asker (``答：您好，…律师…``) is no promotion.
    headings = [x for x in lines if not CONTENT_LINE_RE.search(x) and len(x.strip(_BLANKS)) <= _HEADING_CHARS]
    bodies = [(x, c) for x, c in zip(lines, closing) if CONTENT_LINE_RE.search(x) or c]
    if len(headings) < 2 or len(bodies) < 2 or any(_ANSWER_RE.match(x) for x, _ in bodies):
        return False
    promo = [bool(_PROMO_RE.search(x)) for x, _ in bodies]
    return any(promo) and all(c or p for (_, c), p in zip(bodies, promo))


def teaser_box_lines(text: str) -> list[tuple[int, int]]:
    """A site's teaser boxes between the page's edges and the document, as whole lines.

    Real damage: a law firm's promotion above a reposted ruling (lawking.com.cn, F18-M2):

    >>> t = ("北京律师在线\\n\\n扰乱市场秩序罪\\n知名北京刑事律师,刑辩律师为您解析扰乱市场秩序罪,提供出庭辩护等法律服务。\\n"
    ...      "聘请律师\\n想请北京律师代写起诉状、答辩状吗?有意者,请登录北京...\\n\\n某某二审刑事裁定书\\n"
    ...      "原公诉机关某县人民检察院。\\n")
    >>> [t[a:b][:6] for a, b in teaser_box_lines(t)]
    ['扰乱市场秩序', '知名北京刑事', '聘请律师', '想请北京律师']

    A box closed by its link to more, below the text:

    >>> t = "第九条 本办法自公布之日起施行。\\n\\n主办律师\\n李明 律师\\n电话:13912345678\\n查看律师详情>>\\n"
    >>> [t[a:b] for a, b in teaser_box_lines(t)]
    ['主办律师', '李明 律师', '电话:13912345678', '查看律师详情>>']

    The document's own lines keep their block; a sentence ends the search:

    >>> teaser_box_lines("某某条例\\n第一条 本条例所称信息，包括...\\n\\n第二条 本条例自公布之日起施行。\\n")
    []
    >>> teaser_box_lines("尊敬的纳税人：\\n您好！为方便您办理业务，本局提供预约服务。\\n详见附件...\\n")
    []
    """
    spans: list[tuple[int, int]] = []
    for blocks in (_blocks(text, line_bounds(text)), _blocks(text, line_bounds_backwards(text))):
        for block in blocks:
            block = sorted(block)
            if _box(text, block):
                spans += block
            elif any(CONTENT_LINE_RE.search(text[a:b]) for a, b in block):
                break  # the document begins (ends) here
        else:
            return []  # no sentence outside the boxes: a page of boxes only, nothing says which is the site's
    return sorted(set(spans))


#: A site's button to read on or to fetch the whole file, alone on its line (``还剩8页未读，继续阅读>>``,
#: ``【阅读全文】``, ``点击下载完整版文档``): no law writes one as a line.
_READ_MORE_LINE_RE = lazy_re(
    rf"[{_BLANKS}]*[\[【〔]?(?:还剩\d{{1,4}}页未读[，,。]?[{_BLANKS}]*)?"
    r"(?:点击)?(?:继续阅读|阅读全文|展开全文|查看全文|阅读原文|查看原文|(?:立即|免费)?下载(?:完整版|全文|原文|本文)(?:文档)?|下载完整版?文档)"
    rf"[\]】〕]?[{_BLANKS}]*{_ARROW}*[{_BLANKS}]*"
)
_READ_MORE_HINT_RE = lazy_re(r"阅读|全文|原文|完整")


def read_more_lines(text: str) -> list[tuple[int, int]]:
    """A site's read-on and download buttons alone on their lines, anywhere on the page (a doc
    farm cuts its preview with one; ytlst.gansu, field test 19: ``【阅读全文】`` above the title).

    >>> t = "【阅读全文】\\n某某条例\\n第一条 为了规范管理。\\n还剩8页未读，继续阅读>>\\n第二条 本条例自公布之日起施行。\\n"
    >>> [t[a:b] for a, b in read_more_lines(t)]
    ['【阅读全文】', '还剩8页未读，继续阅读>>']
    >>> read_more_lines("第三条 申请人应当提交申请书全文。\\n阅读全文后签字确认\\n")
    []
    """
    if not _READ_MORE_HINT_RE.search(text):
        return []
    out = []
    line_end = -1  # the end of the last line looked at: each line is looked at once (linear)
    for match in _READ_MORE_HINT_RE.finditer(text):
        if match.start() <= line_end:
            continue
        a = text.rfind("\n", line_end + 1, match.start()) + 1 or line_end + 1
        b = text.find("\n", match.end())
        line_end = b = len(text) if b < 0 else b
        if b - a <= 40 and _READ_MORE_LINE_RE.fullmatch(text, a, b):
            out.append((a, b))
    return out


#: A site's weather widget alone on its line (``天气：晴 12℃``, ``多云转晴 -3~8°C``): the page's head, never a law's line.
_WEATHER_LINE_RE = lazy_re(
    rf"[{_BLANKS}]*(?:今日|今天|明天)?(?:天气[:：]?)?[{_BLANKS}]*[晴阴雨雪雾霾云风雷阵多少小中大暴转有间]{{0,4}}[晴阴雨雪雾霾云][晴阴雨雪雾霾云风雷阵多少小中大暴转有间]{{0,4}}[{_BLANKS}]*"
    rf"-?\d{{1,2}}(?:[{_BLANKS}]*[~～\-－至/][{_BLANKS}]*-?\d{{1,2}})?[{_BLANKS}]*(?:℃|°C|°)"
    rf"(?:[{_BLANKS}]*[\u4e00-\u9fff]{{0,4}}风?[0-9\-~～]{{0,5}}级?)?[{_BLANKS}]*"
)


_DEGREE_RE = lazy_re("[℃°]")
#: The site's greeting of the day, anywhere in the page's head (``今天是：…``, ``星期六``).
_WIDGET_WEEKDAY_RE = lazy_re(r"今天是|星期[一二三四五六日天]")
#: The day a weather widget stands beside (``今天是：2025年3月1日``, ``星期六``, ``2025-03-01``).
_WIDGET_DAY_RE = lazy_re(r"今天是|今日|星期[一二三四五六日天]|周[一二三四五六日]|\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def weather_lines(text: str) -> list[tuple[int, int]]:
    """A site's weather widget alone on a line of the page's head (a local site prints the day's weather
    beside its date), above the first sentence.

    >>> t = "今天是：2025年3月1日\\n天气：晴 12℃\\n某某条例\\n第一条 室内温度不得低于18℃。\\n"
    >>> [t[a:b] for a, b in weather_lines(t)]
    ['天气：晴 12℃']
    >>> weather_lines("第九条 气温低于-5℃时，应当停止作业。\\n晴 -3~8℃\\n"), weather_lines("（一）大 18℃\\n第二条 甲。\\n")
    ([], [])
    >>> weather_lines("气象灾害预警信号\\n暴雨 30℃\\n第一条 为了规范预警信号发布。\\n")
    []
    """
    if not _DEGREE_RE.search(text, 0, 3000):
        return []
    head = _head(text)
    out = []
    for i, (a, b) in enumerate(head):
        if b - a <= 40 and _WEATHER_LINE_RE.fullmatch(text, a, b):
            # the widget's shape: the day's date or weekday beside the reading (a weather word and a
            # temperature alone are a warning notice's own heading: ``暴雨 30℃``, review 19, F11)
            beside = [head[j] for j in (i - 1, i + 1) if 0 <= j < len(head)]
            if any(_WIDGET_WEEKDAY_RE.search(text, c, d) for c, d in head) or any(_WIDGET_DAY_RE.search(text, c, d) for c, d in beside):
                out.append((a, b))
    return out


#: A site's host name alone on a line (its logo's text: ``lawking.com.cn``), no scheme, no path.
_HOST_LINE_RE = lazy_re(
    rf"[{_BLANKS}]*(?:www\.)?[a-z0-9][a-z0-9\-]{{0,62}}(?:\.[a-z0-9\-]{{1,62}}){{0,3}}"
    r"\.(?:com|cn|net|org|gov|edu|info|cc|top|vip|biz|hk|tw|mo)(?:\.(?:cn|hk|tw|mo))?"
    rf"[{_BLANKS}]*",
    re.IGNORECASE,
)
#: A site's update stamp glued after the headline (``认罪认罚从宽证明标准问题 更新时间:2019/9/19 15:00:52``):
#: an update time is the page's, a document has no such field.
_GLUED_UPDATE_STAMP_RE = lazy_re(
    rf"[{_BLANKS}]+(?:最后|最近)?更新(?:时间|日期)[:：][{_BLANKS}]*\d{{4}}(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)"
    rf"(?:[{_BLANKS}]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[{_BLANKS}]*$"
)


def host_name_lines(text: str) -> list[tuple[int, int]]:
    """A site's host name alone on a line of the page's head, above the first sentence (the text
    of the site's logo: lawking.com.cn, F18-M2).  A link with its scheme or path is a citation's
    business (kept with a warning by ``site_furniture``).

    >>> t = "lawking.com.cn\\n\\n北京律师在线\\n某某刑事裁定书\\n原公诉机关某县人民检察院。\\nwww.gov.cn\\n"
    >>> [t[a:b] for a, b in host_name_lines(t)]
    ['lawking.com.cn']
    >>> host_name_lines("第一条 为了规范管理。\\nwww.gov.cn\\n"), host_name_lines("GB/T 9704.2012\\n第一条 甲。\\n")
    ([], [])
    """
    if "." not in text[:2000]:
        return []
    return [(a, b) for a, b in _head(text) if b - a <= 80 and _HOST_LINE_RE.fullmatch(text, a, b)]


def glued_update_stamps(text: str, chrome: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """A site's update stamp glued after a line of the page's head (110sh.cn, F18-M2: the headline
    ``认罪认罚从宽证明标准问题 更新时间:2019/9/19 15:00:52``, under the lawyer's box that ``chrome`` holds):
    the stamp and the blanks before it.

    >>> t = "认罪认罚从宽证明标准问题 更新时间:2019/9/19 15:00:52\\n\\n本文系课题的阶段性研究成果。\\n"
    >>> [t[a:b] for a, b in glued_update_stamps(t)]
    [' 更新时间:2019/9/19 15:00:52']
    >>> glued_update_stamps("某某办法 发布日期:2019-09-19\\n第一条 甲。\\n"), glued_update_stamps("更新时间:2019/9/19\\n第一条 甲。\\n")
    ([], [])
    """
    if "更新" not in text[:3000]:
        return []
    out = []
    for a, b in _head(text, sorted(chrome)):
        m = _GLUED_UPDATE_STAMP_RE.search(text[a:b])
        if m and text[a:a + m.start()].strip(_BLANKS):
            out.append((a + m.start(), b))
    return out


#: A site's own buttons, whole items of its toolbar (in Chinese and English): an item that merely holds such a
#: word (``用户注册``, ``微信办理``) is a document's list item (review 19, F8).
_SITE_BUTTON_RE = lazy_re(
    r"(?:网站|網站|返回|回到|设为|設為)?(?:首页|首頁)|加入收藏|收藏本站|收藏本页|网站地图|網站地圖|站点地图|联系我们|聯繫我們|关于我们|關於我們"
    r"|合作加盟|(?:下载|下載)(?:APP|App|app|客户端)|手机版|手機版|移动版|(?:会员|用户)?(?:登录|登錄)|(?:免费|会员)?(?:注册|註冊)"
    r"|English|ENGLISH|繁體|繁体|简体|簡體|繁體版|简体版|无障碍|無障礙|RSS|帮助中心|幫助中心|(?:在线)?留言|在线投稿|订阅|訂閱"
    r"|官方微博|官方微信|Home|HOME|Login|Sitemap|Contact(?: Us)?"
)
_TOOLBAR_SEP_RE = lazy_re(r"[|丨｜]")
_TOOLBAR_ITEM_CHARS = 10
_TOOLBAR_MARK_RE = lazy_re(r"[。；，,！？!?：:、《》“”（）()]")


def _foot(text: str) -> list[tuple[int, int]]:
    """The lines holding text below the page's last sentence, at most :data:`_HEAD_LINES`."""
    out = []
    for a, b in line_bounds_backwards(text):
        if not text[a:b].strip(_BLANKS):
            continue
        if CONTENT_LINE_RE.search(text[a:b]) or len(out) >= _HEAD_LINES:
            break
        out.append((a, b))
    return out[::-1]


def toolbar_lines(text: str) -> list[tuple[int, int]]:
    """A site's toolbar: a line of short buttons between bars, three at least and half of them the
    site's own buttons (home, bookmark, site map, contact, app, login, languages…), at the page's
    head or foot, outside the document's first and last sentence (a law firm's header:
    ``合作加盟 | 设为首页 | 加入收藏 | 网站地图 | 下载APP``).

    >>> t = "合作加盟 | 设为首页 | 加入收藏 | 网站地图 | 下载APP\\n某某条例\\n第一条 为了规范管理。\\n"
    >>> [t[a:b] for a, b in toolbar_lines(t)]
    ['合作加盟 | 设为首页 | 加入收藏 | 网站地图 | 下载APP']

    A row of a table, a line of the law, a bar between two words stay, and so does a list inside the
    document whose items merely hold a button's word (review 19, F8):

    >>> toolbar_lines("| 序号 | 下载地址 | 备注 |\\n"), toolbar_lines("甲方 | 乙方\\n"), toolbar_lines("行业动态 | 联系我们\\n")
    ([], [], [])
    >>> toolbar_lines("第八条 平台应当设置以下入口：\\n用户注册 | 账号登录 | 首页 | 网站地图\\n第九条 平台应当保存日志。\\n")
    []
    """
    if not _TOOLBAR_SEP_RE.search(text):
        return []
    head = _head(text)
    edges = head + [line for line in _foot(text) if not head or line[0] > head[-1][0]]
    out = []
    for a, b in edges:
        if b - a > 160 or not _TOOLBAR_SEP_RE.search(text, a, b):
            continue
        line = text[a:b]
        items = [x.strip(_BLANKS) for x in _TOOLBAR_SEP_RE.split(line)]
        if not items[0] or not items[-1] or any(not x or len(x) > _TOOLBAR_ITEM_CHARS or _TOOLBAR_MARK_RE.search(x) for x in items):
            continue  # (a table row opens and closes with a bar; an empty cell, a long or punctuated item is text)
        buttons = sum(1 for x in items if _SITE_BUTTON_RE.fullmatch(x))
        if len(items) >= 3 and buttons >= 2 and buttons * 2 >= len(items) and line_kind(line) != "table row":
            out.append((a, b))
    return out


#: A portal's column label with its English name (``1. 栏目分类 News``, ``新闻中心 News Center``).
_COLUMN_LABEL_RE = lazy_re(
    rf"[{_BLANKS}]*(?:\d{{1,2}}[.．、][{_BLANKS}]*)?[\u4e00-\u9fff]{{2,8}}[{_BLANKS}]+"
    rf"[A-Z][a-z]+(?:[{_BLANKS}]+(?:[A-Z][a-z]*|&|and|of))*[{_BLANKS}]*"
)
#: The label of the column a page stands in (``当前新闻``, ``当前栏目``).
_CURRENT_COLUMN_RE = lazy_re(rf"[{_BLANKS}]*当前[\u4e00-\u9fff]{{2,4}}[{_BLANKS}]*")
_HEAD_LINES = 12
#: A law's name in either language (``僱傭條例 Employment Ordinance``, ``民法典 Civil Code``): a title, never a column.
_LAW_NAME_RE = lazy_re(
    r"(?:法|法典|条例|條例|规定|規定|办法|辦法|规则|規則|细则|細則|章程|公约|公約|条约|條約|决定|決定)[\s\u3000\xa0]+[A-Z]"
    r"|\b(?:Ordinance|Law|Code|Act|Regulations?|Constitution|Convention|Treaty|Decree)\b"
)
_LATIN_HINT_RE = lazy_re(r"[A-Z][a-z]")


def _head(text: str, chrome: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The lines holding text above the page's first sentence or label, at most :data:`_HEAD_LINES`
    (the lines inside ``chrome``, sorted spans found to be the site's, passed over)."""
    out = []
    for a, b in line_bounds(text):
        if not text[a:b].strip(_BLANKS) or chrome and _within(chrome, (a, b)):
            continue
        if CONTENT_LINE_RE.search(text[a:b]) or len(out) >= _HEAD_LINES:
            break
        out.append((a, b))
    return out


def column_label_lines(text: str) -> list[tuple[int, int]]:
    """A portal's column labels at the page's head: labels with their English names, and the
    current column's label beside them (F18-N5).

    >>> t = "1. 栏目分类 News\\n当前新闻\\n某某条例\\n第一条 为了规范管理，制定本条例。\\n"
    >>> [t[a:b] for a, b in column_label_lines(t)]
    ['1. 栏目分类 News', '当前新闻']

    A current column's label alone, or a law's own bilingual heading among its sentences, stays:

    >>> column_label_lines("当前形势\\n第一条 为了规范管理。\\n"), column_label_lines("第一条 本法所称互联网。\\n附录 Annex\\n")
    ([], [])

    A law's bilingual title, or a label with no current column beside it, stays (review 19, F10):

    >>> column_label_lines("民法典 Civil Code\\n第一条 法律渊源\\n"), column_label_lines("栏目分类 News\\n某某条例\\n第一条 甲。\\n")
    ([], [])
    """
    if not _LATIN_HINT_RE.search(text, 0, 2000):
        return []
    head = _head(text)
    labels = [(a, b) for a, b in head if _COLUMN_LABEL_RE.fullmatch(text, a, b) and not _LAW_NAME_RE.search(text[a:b])
              and line_kind(text[a:b]) not in _DOCUMENT_KINDS]
    if not labels:
        return []
    labelled = {a for a, _ in labels}
    current = []
    for i, (a, b) in enumerate(head):  # a current column's label next to a column label: the real page's evidence
        if _CURRENT_COLUMN_RE.fullmatch(text, a, b) and (i and head[i - 1][0] in labelled or i + 1 < len(head) and head[i + 1][0] in labelled):
            current.append((a, b))
    if not current:
        return []  # a bilingual line alone is a title's shape (``民法典 Civil Code``: review 19, F10)
    out = set(current)
    for i, line in enumerate(head):  # the run of labels the current column's label stands beside
        if line in current:
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(head) and head[j][0] in labelled:
                    out.add(head[j])
                    j += step
    return sorted(out)


#: A headline long enough to be one (a short line twice may be a label and its value).
_HEADLINE_MIN = 8
_HAN_RE = lazy_re(r"[\u4e00-\u9fff]")
#: A dated line (a law's history repeats its amending decision: ``2019年11月27日 …通过的《…决定》修正``).
_DATED_RE = lazy_re(r"\d{1,4}\s*年|\d{4}[-/.]\d|[〇零一二三四五六七八九]{4}年")
#: Lines at most between the two copies (the site's time and author line, a breadcrumb).
_HEADLINE_GAP = 3
_NOT_HEADLINE_KINDS = frozenset({"date", "document number", "signature", "table row", "columns", "field"})


def repeated_headline(text: str, chrome: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The first of two copies of the page's headline above its first sentence, when the site's
    chrome (``chrome``: spans found so), one line at least, and only it stands between them: the
    site's title bar above the document's own title (F18-N5: ``中共中央印发《…条例》``, the site's time
    and author line between the copies).  Two copies with only blank lines between stay: nothing
    tells the bar from the title, and the metadata reads the title from the pair (gaj.pds.gov.cn,
    field test 16b, lost its title when one copy went).

    >>> t = "中共中央印发《某某条例》\\n时间:2021-01-07 作者:纪检监察\\n\\n中共中央印发《某某条例》\\n\\n近日，中共中央印发了修订后的条例。\\n"
    >>> meta = (t.index("时间"), t.index("\\n", t.index("时间")))  # the site's line, which site_furniture takes
    >>> [t[a:b] for a, b in repeated_headline(t, [meta])], repeated_headline(t)
    (['中共中央印发《某某条例》'], [])
    >>> repeated_headline("公安部发布五类高发电诈案防骗指南\\n\\n公安部发布五类高发电诈案防骗指南\\n\\n诈骗分子往往以低利息为噱头。\\n")
    []

    A line of the document between the copies keeps both (the clean corpus: a law's header, its
    date line, then the title the law prints), and so does a copy that differs inside:

    >>> t = "北京市某某条例\\n\\n2024年7月26日 北京市第十六届人民代表大会常务委员会第十一次会议通过\\n\\n北京市某某条例\\n第一条 为了规范。\\n"
    >>> repeated_headline(t), repeated_headline("北京市某某条例\\n\\n北京市某某 条例\\n第一条 为了规范。\\n")
    ([], [])

    A law's history repeats the decision that amended it: dated lines are never a headline.

    >>> repeated_headline("某某办法\\n2019年11月27日 通过的《关于修改等八部法规的决定》修正\\n"
    ...                   "2019年11月27日 通过的《关于修改等八部法规的决定》修正\\n第一条 为了节约能源。\\n")
    []
    """
    head = _head(text)
    if len(head) < 2:
        return []
    keys = [text[a:b].strip(_BLANKS) for a, b in head]
    covered = sorted(chrome)
    out = []
    for i, key in enumerate(keys):
        if len(key) < _HEADLINE_MIN or not _HAN_RE.search(key) or _DATED_RE.search(key) or keys.count(key) != 2:
            continue
        later = keys.index(key, i + 1) if key in keys[i + 1:] else -1
        if (1 < later - i <= _HEADLINE_GAP + 1 and line_kind(text[head[i][0]:head[i][1]]) not in _NOT_HEADLINE_KINDS
                and all(_within(covered, line) for line in head[i + 1:later])):
            out.append(head[i])
    return out


def _within(spans: list[tuple[int, int]], line: tuple[int, int]) -> bool:
    """Whether a line lies inside one of ``spans`` (sorted)."""
    at = bisect.bisect_right(spans, (line[0], float("inf"))) - 1
    return at >= 0 and spans[at][0] <= line[0] and line[1] <= spans[at][1]


#: A browser tab's title: the page's headline, a separator, the site's name (``某法__中国政府网``,
#: ``某法 - 国家统计局``): group 1 the headline.
_TAB_TITLE_RE = lazy_re(
    rf"[{_BLANKS}]*(\S[^\n]{{3,80}}?)[{_BLANKS}]*(?:__|_|[{_BLANKS}]+[-－—|｜][{_BLANKS}]+)"
    r"[\u4e00-\u9fff]{2,16}(?:网|局|部|厅|委|办|院|政府|委员会|办公室|门户网站|网站|平台)[ \t\u3000\xa0]*$"
)
#: A line of a site's head between the tab title and the headline: a menu item, a button, a bar, the home page's
#: address; never a sentence, a date or a structural label.
_HEAD_MENU_MAX = 8
_BARE_HOME_URL_RE = lazy_re(r"(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/?")
_NOT_MENU_RE = lazy_re(r"[。；，！？:：\d]")
#: How many lines a site's head holds between the tab title and the headline.
_TAB_HEAD_LINES = 40


def tab_title_head_lines(text: str) -> list[tuple[int, int]]:
    """The site's head that a browser's innerText keeps between the tab's title and the page's headline.

    Real damage: gov.cn and stats.gov.cn records of a public crawler (field test 21, F21-B1) open
    ``中华人民共和国反洗钱法__中国政府网⏎个人中心⏎退出⏎|⏎邮箱⏎|⏎EN⏎https://www.gov.cn/⏎中华人民共和国反洗钱法`` and
    ``中华人民共和国统计法 - 国家统计局⏎EN⏎机构⏎新闻⏎时政要闻⏎…⏎专题⏎中华人民共和国统计法``: the account links, the
    language switch and the site's menu, one a line.

    **Evidence**: the first line is a tab title (the headline, ``__`` or `` - ``, a site's name ending like one: 网,
    局, 政府…), the same headline stands alone on a line below it within :data:`_TAB_HEAD_LINES` lines, and every
    line between is a menu item or a button (at most :data:`_HEAD_MENU_MAX` characters, no digit, no sentence's or
    label's mark), a bar, or the site's bare address.  The tab title and the headline stay (the metadata reads them).

    >>> t = "某某条例__中国政府网\\n个人中心\\n退出\\n|\\n邮箱\\n|\\nEN\\nhttps://www.gov.cn/\\n某某条例\\n第一条 为了规范。\\n"
    >>> [t[a:b] for a, b in tab_title_head_lines(t)]
    ['个人中心', '退出', '|', '邮箱', '|', 'EN', 'https://www.gov.cn/']
    >>> tab_title_head_lines("某某条例__中国政府网\\n2024年1月1日\\n某某条例\\n第一条 为了规范。\\n")
    []
    >>> tab_title_head_lines("某某条例\\n总则\\n某某条例\\n第一条 为了规范。\\n")
    []
    """
    if "_" not in text[:200] and " - " not in text[:200] and "－" not in text[:200] and "|" not in text[:200]:
        return []
    lines = [(a, b) for a, b in line_bounds(text, 0, min(len(text), 4000)) if text[a:b].strip(_BLANKS)]
    if len(lines) < 3:
        return []
    tab = _TAB_TITLE_RE.fullmatch(text, lines[0][0], lines[0][1])
    if tab is None:
        return []
    headline = tab.group(1).strip(_BLANKS)
    for k in range(1, min(len(lines), _TAB_HEAD_LINES + 2)):
        a, b = lines[k]
        line = text[a:b].strip(_BLANKS)
        if line == headline:
            return lines[1:k]  # (line by line: a line of the head may be another rule's already)
        if not (_BARE_HOME_URL_RE.fullmatch(line) or set(line) <= set("|｜/")
                or len(line) <= _HEAD_MENU_MAX and not _NOT_MENU_RE.search(line)):
            return []
    return []


__all__ = ["column_label_lines", "tab_title_head_lines", "glued_update_stamps", "host_name_lines", "read_more_lines", "repeated_headline", "teaser_box_lines", "toolbar_lines", "weather_lines"]


_DAY = r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
_WEEKDAY = r"(?:星期[一二三四五六日天]|周[一二三四五六日]|礼拜[一二三四五六日天]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_LUNAR = r"(?:农历|農曆|阴历)[\u4e00-\u9fff]{0,4}?(?:[正一二三四五六七八九十冬腊臘]{1,2}月)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
_WEATHER = (r"[晴阴雨雪雾霾云风雷阵多少小中大暴转有间]{0,4}[晴阴雨雪雾霾云][晴阴雨雪雾霾云风雷阵多少小中大暴转有间]{0,4}"
            r"(?:[ \t\u3000]*-?\d{1,2}(?:℃|°C|°)?(?:[ \t\u3000]*[~～\-－至/][ \t\u3000]*-?\d{1,2})?[ \t\u3000]*(?:℃|°C|°))?"
            r"(?:[ \t\u3000]*[东南西北]{0,2}风[0-9\-~～]{0,5}级?)?")
_SEP = r"[ \t\u3000,，|｜]*"
#: A site's date banner: the day with its weekday, maybe the lunar day, a solar term and the day's weather.
_DATE_BANNER_RE = lazy_re(
    rf"[ \t\u3000]*(?:今天是|今日|今天)?[:：]?{_SEP}(?:{_DAY}{_SEP}{_WEEKDAY}|{_WEEKDAY}{_SEP}{_DAY})"
    rf"(?:{_SEP}{_LUNAR})?(?:{_SEP}[\u4e00-\u9fff]{{2}}(?=[ \t\u3000]|$))?(?:{_SEP}{_WEATHER})?{_SEP}"
)


def date_banner_lines(text: str) -> list[tuple[int, int]]:
    """A site's date banner alone on a line of the page's head: the day and its weekday (``2024年7月14日 星期日``),
    maybe the lunar day (``农历六月初五``), a solar term and the weather (``晴 -1℃～19℃``).

    Real damage (set 6's ``h6_furn_date_banner``, session 24): a portal prints the day above every page; saved as
    text, ``2024年7月14日 星期日 农历六月初五`` or ``今天是：2021年8月8日　星期一`` stood above the title.  A law
    dates itself without a weekday (its adoption line, its signature), so the weekday beside the date is the
    banner's mark.

    >>> t = "2018年01月18日　星期一　晴 -1℃～19℃\\n某某条例\\n第一条 为了规范管理。\\n"
    >>> [t[a:b] for a, b in date_banner_lines(t)]
    ['2018年01月18日　星期一　晴 -1℃～19℃']
    >>> date_banner_lines("某某条例\\n2018年1月18日 某市人民代表大会常务委员会通过\\n第一条 为了规范管理。\\n")
    []
    """
    if _WEEKDAY_HINT_RE.search(text, 0, 3000) is None:
        return []
    out = []
    seen = 0
    for a, b in line_bounds(text):  # (the page's head: its first lines above the first article; a date line is content for _head)
        if not text[a:b].strip(_BLANKS):
            continue
        seen += 1
        if seen > _HEAD_LINES or ARTICLE_LINE_RE.match(text, a, b):
            break
        if b - a <= 60 and _DATE_BANNER_RE.fullmatch(text, a, b):
            out.append((a, b))
    return out


_WEEKDAY_HINT_RE = lazy_re(r"星期|周[一二三四五六日]|礼拜|day")


#: A site's search box as text: its label, its prompt and its buttons, nothing else (``站内搜索：　　搜 索``,
#: ``请输入关键字　搜索　高级搜索``, ``全站搜索 | 本栏目搜索　请输入关键词``, ``请输入您要搜索的内容　检索``).
_SEARCH_WORD = (r"(?:(?:站内|全站|本站|本栏目|全文|站点|网站)?(?:搜索|检索|搜\s?索|检\s?索)(?:[:：])?|高级搜索|高级检索|搜一搜|"
                r"请输入(?:您要搜索的|您要查询的|要搜索的|搜索)?(?:内容|关键字|关键词|关键字词|查询内容)|关键(?:字|词)[:：]|Search|搜索\.{0,3}|GO|Go)")
_SEARCH_BOX_RE = lazy_re(rf"[{_BLANKS}]*{_SEARCH_WORD}(?:[{_BLANKS}|｜/]*{_SEARCH_WORD}){{0,6}}[{_BLANKS}|｜/]*")
#: Its hot words beside it: a label and a few short items (``热点：疫情防控　优化营商环境``, ``热搜词：…``).
_HOT_WORDS_RE = lazy_re(
    rf"[{_BLANKS}]*(?:热点|热词|热搜词|热搜|热门搜索|热门关键词|热门|大家都在搜)[:：][{_BLANKS}]*"
    rf"[^\s。；！？，,]{{1,10}}(?:[{_BLANKS}|｜、]+[^\s。；！？，,]{{1,10}}){{0,8}}[{_BLANKS}]*"
)


def search_box_lines(text: str) -> list[tuple[int, int]]:
    """A site's search box at the page's head, and the hot words beside it.

    Real damage (set 6's ``h6_furn_search_box``, session 24): a portal's search box saved as text stood above the
    title: ``站内搜索：　　搜 索`` with ``热点：疫情防控　优化营商环境`` under it.  A law names searching in sentences; a line of
    a search box's words alone (at least one prompt or two of its words, as the box prints them) is no law's.  The hot
    words go only beside a search box.

    >>> t = "站内搜索：　　搜 索\\n热点：疫情防控　优化营商环境\\n某某条例\\n第一条 为了规范管理。\\n"
    >>> [t[a:b] for a, b in search_box_lines(t)]
    ['站内搜索：　　搜 索', '热点：疫情防控　优化营商环境']
    >>> search_box_lines("热点：疫情防控\\n某某条例\\n第一条 为了规范管理。\\n"), search_box_lines("检索\\n第一条 甲。\\n")
    ([], [])
    """
    if "搜" not in text[:3000] and "检索" not in text[:3000] and "请输入" not in text[:3000]:
        return []
    head = []
    for a, b in line_bounds(text):
        if not text[a:b].strip(_BLANKS):
            continue
        if len(head) >= _HEAD_LINES or ARTICLE_LINE_RE.match(text, a, b):
            break
        head.append((a, b))
    boxes = [k for k, (a, b) in enumerate(head)
             if b - a <= 40 and _SEARCH_BOX_RE.fullmatch(text, a, b) and _box_shaped(text[a:b])]
    if not boxes:
        return []
    out = [head[k] for k in boxes]
    near = {j for k in boxes for j in (k - 1, k + 1)}
    out += [head[j] for j in sorted(near) if 0 <= j < len(head) and j not in boxes
            and head[j][1] - head[j][0] <= 60 and _HOT_WORDS_RE.fullmatch(text, *head[j])]
    return sorted(out)


def _box_shaped(line: str) -> bool:
    """A prompt (``请输入…``), a labelled box (``站内搜索：``) or two of the box's words: one word alone is a heading."""
    return "请输入" in line or re.search(r"[:：]", line) is not None or len(re.findall(r"搜\s?索|检\s?索|Search|GO|Go", line)) >= 2
