"""What a site prints at the edges of a page, around the document, kept by the scraper.

Real damage undone, each a whole block of lines at the head or the tail of the text:

* a PHP server's **error and warning lines** printed into the page;
* a site's **notices about itself** at the end of the page: its accessibility line, its copyright and
  disclaimer notice, a law database's or platform's **closing disclaimer** written out on the line
  (``免责声明：本库所有资料均来源于网络…仅供参考。``, chinacourt, field test 11 F11-C1);
* a **viewer or browser notice** (``PDF预览``, ``您的浏览器版本过低…``);
* a site header's **contact bullets and a chapter menu glued into one line** (tncc.gov.tw, F11-S3);
* a **closing list of other articles** (``相关新闻``, ``推荐阅读``… with dated items);
* **another page a mirror appends** after its closing download bar (法律资料网, F11-S1);
* a **consultation widget** under the signature (``政策性文件留言咨询`` and its note, fgw.sh.gov.cn, F13).

The site's footer after the last article (:func:`corpus_tools.clean.furniture.footer_block_tail`)
stays beside the furniture vocabulary it is read with.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

import regex

from corpus_tools.clean.evidence import line_kind
from corpus_tools.clean.page_lines import (
    ARTICLE_LINE_RE,
    CONTENT_LINE_RE,
    ITEM_OPENING_RE,
    MAX_FURNITURE_LINE,
    line_bounds,
    line_bounds_backwards,
)
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import INDENT, INDENT_CLASS

#: A download link's label and its button (``下载地址: 点击此处下载``): a furniture line alone, and the bar a
#: mirror closes its document with (:func:`appended_page_tail`).
DOWNLOAD_LABEL = r"下载地址|下载链接|附件下载"
CLICK_DOWNLOAD = r"点击(?:此处|这里|本处)?下载"
#: A chapter's (part's, section's) heading line: where a page's head ends.
_CHAPTER_LINE_RE = lazy_regex(rf"^{INDENT_CLASS}*第[一二三四五六七八九十百千零〇\d]{{1,6}}[章编节]", regex.MULTILINE)


# --------------------------------------------------------------------------
# A page's head and tail: server errors, site notices, disclaimers, viewer notices, a site header
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
            for count, (start, end) in enumerate(line_bounds(text, min(len(text), head.end() + 1))):
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
#: ... but not when the line's subject is the issuer itself (``本公司``, ``本院``, ``本机关``): a listed company's
#: ``法律声明：本公司及董事会全体成员保证…本公告在本公司网站…刊登。`` closing its announcement is its own statement about its
#: own site (review 18, R18-F4).
_DISCLAIMER_OWN_ISSUER_RE = lazy_re(r"本(?:公司|集团|院|机关|单位|行|会|局|委|厅|部|办|中心|协会|学会|基金)")
#: ... and what it says of them: for reference only, the official text prevails, credit the source.
_DISCLAIMER_CLAIM_RE = lazy_re(
    r"仅供(?:参考|学习|研究|查阅)|以(?:正式|官方|政府)[^\n。，,]{0,8}为准|转载(?:请|务必)注明|版权归原|仅提供信息存储"
    r"|未经(?:授权|许可)[^\n。，]{0,6}不得转载"
)
#: A line opening with a disclaimer's label (``免责声明：…``) and its value on the same line.  Matched at a
#: line's start (``match(text, start, end)`` anchors there; a ``^`` without MULTILINE held only on the text's
#: first line, so a labelled line closing a page was never read as labelled: session 18, fix18).
_DISCLAIMER_LINE_RE = lazy_re(r"[ \t\u3000]*[【\[]?(?:版权(?:与|和|及)?免责声明|免责声明|版权声明|法律声明|声明)[】\]]?[:：]")
#: The labels only a disclaimer carries (a bare ``声明：`` also opens a form's or a party's own statement): the ones
#: under which a site named without 本 (网站, 数据库) is the page's site.
_DISCLAIMER_OWN_LABEL_RE = lazy_re(r"[ \t\u3000]*[【\[]?(?:版权(?:与|和|及)?免责声明|免责声明|版权声明|法律声明)[】\]]?[:：]")
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
    转载请注明, 未经授权不得转载, 仅提供信息存储), or one labelled 声明/免责声明/版权声明 that speaks of the site
    (also as 网站/数据库 under a disclaimer's own label, 免责声明/版权声明/法律声明: unlabelled, or under a bare
    ``声明：``, those words are a document's own subject, and so are they when the line speaks as the issuer:
    ``本公司``, ``本院``, ``本机关``).  A law's own
    clause on reference material names no site, and a line in the body, an article or a numbered
    item (``四、本网站登载的资料仅供参考。``) is never taken.  The label is read on any of the last lines,
    not only on the text's first line (session 18: its ``^`` held only there).

    >>> t = "第三十条 本条例自2017年3月1日起施行。\\n免责声明：本库所有资料均来源于网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。\\n"
    >>> [t[a:b][:6] for a, b in disclaimer_tail_lines(t)]
    ['免责声明：本']
    >>> disclaimer_tail_lines("第十条 通知行应当注明该通知仅供参考。\\n第十一条 本办法自公布之日起施行。\\n")
    []
    >>> t = "第十条 本办法自发布之日起施行。\\n法律声明：网站所载法规来源于各级人大及政府网站。\\n"
    >>> [t[a:b][:5] for a, b in disclaimer_tail_lines(t)]
    ['法律声明：']
    >>> disclaimer_tail_lines("第十二条 本办法自公布之日起施行。\\n声明：数据库的内容以登记机关公布为准。\\n")
    []
    >>> disclaimer_tail_lines("特此公告。\\n法律声明：本公司保证信息披露的内容真实，本公告在本公司网站同时刊登。\\n")
    []
    """
    if "本" not in text and "网" not in text and "库" not in text:
        return []
    found: list[tuple[int, int]] = []
    for start, end in line_bounds_backwards(text):
        if start == end or not text[start:end].strip():
            continue
        if (len(found) >= _DISCLAIMER_LINES or end - start > _DISCLAIMER_LINE_MAX or ARTICLE_LINE_RE.match(text, start)
                or ITEM_OPENING_RE.match(text, start)):
            break  # (an article's or an item's words are the document's)
        labelled = _DISCLAIMER_LINE_RE.match(text, start, end) is not None
        if _DISCLAIMER_SUBJECT_RE.search(text, start, end):
            if not (labelled or _DISCLAIMER_CLAIM_RE.search(text, start, end)):
                break
        elif not (_DISCLAIMER_OWN_LABEL_RE.match(text, start, end) and _DISCLAIMER_BARE_SUBJECT_RE.search(text, start, end)
                  and not _DISCLAIMER_OWN_ISSUER_RE.search(text, start, end)):
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


#: A site's consultation or message widget, its heading alone on a line (fgw.sh.gov.cn's ``政策性文件留言咨询``): what the
#: visitor may do on the page, no words of a document.
_CONSULTATION_HEAD_RE = lazy_regex(
    rf"^{INDENT_CLASS}*(?:政策性?文件|政策|信息公开|本文|文件)?(?:留言咨询|咨询留言|在线咨询|在线留言|网上咨询|网上留言|我要留言|我要咨询)"
    rf"{INDENT_CLASS}*$",
    regex.MULTILINE,
)
#: The widget's note under its heading: one parenthesised note on the consultations it takes
#: (``（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）``).
_CONSULTATION_NOTE_RE = lazy_regex(rf"{INDENT_CLASS}*[（(](?:注|说明|提示)[:：][^\n]{{0,160}}?(?:咨询|留言)[^\n]{{0,160}}[）)]{INDENT_CLASS}*")
#: The heading stands among the last lines of the page (non-blank lines from the end).
_CONSULTATION_TAIL_LINES = 6
#: What a notice ends with above a widget that has no note: its date (``2023年3月1日``, ``二〇二三年三月一日``) or its
#: signing organ alone on a line (``上海市发展和改革委员会``).
_SIGNATURE_OR_DATE_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:(?:\d{{4}}|[〇零一二][〇零一二三四五六七八九]{{3}}){INDENT_CLASS}*年[^\n。；，]{{1,12}}日"
    rf"|\p{{Han}}{{2,30}}(?:局|厅|委|委员会|办公室|办公厅|人民政府|政府|部|署|院)){INDENT_CLASS}*"
)


def consultation_widget_lines(text: str) -> list[tuple[int, int]]:
    """A site's consultation widget at the end of a page (its heading and the note under it), as whole lines.

    Real damage: fgw.sh.gov.cn's policy pages (field test 13, 沪发改规范〔2019〕7号 as HTML, 沪发改能源〔2021〕3号 as a
    pipeline's text) end with ``政策性文件留言咨询`` ⏎ ``（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）``
    under the notice's signature and date: the notice's text ended with them.

    **Evidence**: the heading names the consultation (留言咨询, 在线咨询, 我要留言…) alone on its line, and either the note
    on the consultations it takes stands right under it, or, without the note, the heading (alone or with other such
    headings) is the page's last non-blank lines, right under the notice's date or signing organ, among its last
    :data:`_CONSULTATION_TAIL_LINES` lines.  A law that regulates consultations says so in sentences.

    A guide's channels (``三、咨询方式⏎在线咨询⏎登录…提交。⏎网上咨询⏎12345市民服务热线。``) and an attachment's heading
    (``附件⏎在线咨询``) are text, with no note and no date or signature above them (review 14, R14-F6):

    >>> consultation_widget_lines("三、咨询方式\\n在线咨询\\n登录北京市政务服务网提交。\\n网上咨询\\n12345市民服务热线。\\n")
    []
    >>> consultation_widget_lines("第二十一条 本条例自2021年1月1日起施行。\\n附件\\n在线咨询\\n")
    []

    >>> t = "特此通知。\\n上海市发展和改革委员会\\n2021年1月5日\\n政策性文件留言咨询\\n（注：1.只接收对该政策性文件的相关咨询；2.留言时请注明政策性文件名称）\\n"
    >>> [t[a:b][:9] for a, b in consultation_widget_lines(t)]
    ['政策性文件留言咨询', '（注：1.只接收对']
    >>> consultation_widget_lines("第五条 在线咨询\\n咨询平台应当在三个工作日内答复。\\n" + "第六条 某。\\n" * 8)
    []
    """
    if "咨询" not in text and "留言" not in text:
        return []
    # without its note, a heading goes only in the page's closing run of such headings right under a date or an organ
    tail_starts: set[int] = set()
    signed = False
    for count, (start, end) in enumerate((b for b in line_bounds_backwards(text) if text[b[0]:b[1]].strip())):
        if count >= _CONSULTATION_TAIL_LINES:
            break
        if not _CONSULTATION_HEAD_RE.fullmatch(text, start, end):
            signed = _SIGNATURE_OR_DATE_RE.fullmatch(text, start, end) is not None
            break
        tail_starts.add(start)
    if not signed:
        tail_starts.clear()
    found: list[tuple[int, int]] = []
    for head in _CONSULTATION_HEAD_RE.finditer(text):
        note = None
        for start, end in line_bounds(text, min(len(text), head.end() + 1)):
            if text[start:end].strip():
                note = (start, end) if _CONSULTATION_NOTE_RE.fullmatch(text, start, end) else None
                break
        if note is None and head.start() not in tail_starts:
            continue
        found.append((head.start(), head.end()))
        if note is not None:
            found.append(note)
    return found


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


def _head_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the first :data:`_HEAD_LINES` lines of ``text`` that are not blank.

    >>> t = "网站首页\\n\\n  \\n某某条例\\n"
    >>> [t[a:b] for a, b in _head_lines(t)]
    ['网站首页', '某某条例']
    """
    seen = 0
    for start, end in line_bounds(text):
        if start == end or not text[start:end].strip():
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return
        yield start, end


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
    for start, end in _head_lines(text):
        if ARTICLE_LINE_RE.match(text, start) or _CHAPTER_LINE_RE.match(text, start):
            break
        if _HEAD_CONTACT_RE.fullmatch(text, start, end) or _GLUED_CHAPTER_MENU_RE.fullmatch(text, start, end):
            found.append((start, end))
    return found


#: A menu's separators: an ASCII or full-width vertical bar.
_MENU_PIPES = "|｜"
#: The blanks around a menu's link.
_MENU_BLANKS = " \t\u3000\xa0"
#: The longest link of a pipe menu (characters), the fewest links with a separator that make one, and how far into
#: the page its lines are looked for.
_PIPE_MENU_LINK = 20
_PIPE_MENU_LINKS_MIN = 3
_PIPE_MENU_REACH = 2000
#: A mark of a sentence, a field or a citation: never in a menu's link.
_MENU_LINK_MARK_RE = lazy_re(r"[。；;：:，,！？!?、《》“”（）()]")
#: An item number opening a link (``1. 申请表 |``): a list's member, which a menu's link never is (a table's lost column
#: or a list's stray bars leave them: review 18, R18-F5).  (``（一）`` and ``一、`` carry marks already; ``3.15专题`` is no item.)
_MENU_LINK_ITEM_RE = lazy_re(r"[0-9０-９]{1,3}[.．](?![0-9０-９])")
#: Kinds of line a document's head holds (:func:`~corpus_tools.clean.evidence.line_kind`): a link without a
#: separator is never one of them.
_DOCUMENT_HEAD_KINDS = frozenset({"title", "date", "document number"})


def _menu_link(line: str) -> str | None:
    """``"lead"``, ``"trail"`` or ``"bare"`` when ``line`` is one link of a pipe menu with its separator before it
    (``| 資料庫``), after it (``澳門特別行政區法例 |``) or without one (``主頁``); ``None`` otherwise."""
    stripped = line.strip(_MENU_BLANKS)
    lead = stripped[:1] in ("|", "｜")
    trail = len(stripped) > 1 and stripped[-1:] in ("|", "｜")
    link = stripped[1 if lead else 0:len(stripped) - 1 if trail else len(stripped)].strip(_MENU_BLANKS)
    if (lead and trail) or not link or len(link) > _PIPE_MENU_LINK or any(p in link for p in _MENU_PIPES):
        return None
    if _MENU_LINK_MARK_RE.search(link) or _MENU_LINK_ITEM_RE.match(link):
        return None
    return "lead" if lead else "trail" if trail else "bare"


def pipe_menu_lines(text: str) -> list[tuple[int, int]]:
    """A site's navigation menu above the document, one link a line with its pipe separator, as whole lines.

    Real damage: AsianLII's pages of Macau law (asianlii.austlii.edu.au, 行政長官批示 139/2000, field test 17 F17-N3)
    open with the site's menu printed one link a line, ``主頁⏎| 資料庫⏎| WorldLII⏎| 搜尋⏎| 意見⏎澳門特別行政區法例 |``:
    all of it stood above the 批示's text.

    **Evidence**: before the text's first article label or sentence (in its first :data:`_PIPE_MENU_REACH`
    characters), a block of lines (no blank line inside) each one short link (at most :data:`_PIPE_MENU_LINK`
    characters, no mark of a sentence, a field or a citation) with a bar (``|``, ``｜``) at one edge of the
    line and none inside, at least :data:`_PIPE_MENU_LINKS_MIN` of them: a menu's separators, which no official
    text sets at a line's edge.  A link without a bar is taken when the next line opens on one (the menu's first
    link) or when links with bars stand on both sides of it; a document's title, date or number never.  A row
    with bars at both edges is a table's (:mod:`corpus_tools.clean.table_pipes`), and a menu with no sentence or
    article after it is all the text there is: it stays.

    >>> t = "主页\\n| 资料库\\n| WorldLII\\n| 搜寻\\n| 意见\\n澳门特别行政区法例 |\\n鉴于施工期跨越一财政年度，因此必须保证其财政支付。\\n"
    >>> [t[a:b] for a, b in pipe_menu_lines(t)]
    ['主页', '| 资料库', '| WorldLII', '| 搜寻', '| 意见', '澳门特别行政区法例 |']
    >>> pipe_menu_lines("中国政府网 |\\n微博 |\\n微信 |\\n长者版 |\\n"), pipe_menu_lines("| 序号 | 名称 |\\n| 1 | 甲 |\\n| 2 | 乙 |\\n第一条 为了规范。")
    ([], [])
    >>> pipe_menu_lines("附件：\\n1. 申请表 |\\n2. 承诺书 |\\n3. 材料清单 |\\n第一条 申请人应当提交下列材料。\\n")
    []
    """
    head = text[:_PIPE_MENU_REACH]
    if "|" not in head and "｜" not in head:
        return []
    found: list[tuple[int, int]] = []
    block: list[tuple[int, int, str | None]] = []
    for start, end in line_bounds(text):
        if start > _PIPE_MENU_REACH:
            return []
        if CONTENT_LINE_RE.search(text, start, end):
            break
        kind = _menu_link(text[start:end]) if text[start:end].strip(_MENU_BLANKS) else None
        if kind is None:
            found += _pipe_menu(text, block)
            block = []
        else:
            block.append((start, end, kind))
    else:
        return []  # no article or sentence: nothing tells the page's head from a menu
    return found + _pipe_menu(text, block)


def _pipe_menu(text: str, block: list[tuple[int, int, str | None]]) -> list[tuple[int, int]]:
    """The lines of ``block`` (``(start, end, kind)`` of consecutive links) that are a pipe menu's (see
    :func:`pipe_menu_lines`)."""
    if sum(1 for _, _, kind in block if kind != "bare") < _PIPE_MENU_LINKS_MIN:
        return []
    taken: list[tuple[int, int]] = []
    for at, (start, end, kind) in enumerate(block):
        if kind == "bare":
            before = block[at - 1][2] if at > 0 else None
            after = block[at + 1][2] if at + 1 < len(block) else None
            first_link = after == "lead"
            between = before in ("lead", "trail") and after in ("lead", "trail")
            if not (first_link or between) or line_kind(text[start:end]) in _DOCUMENT_HEAD_KINDS:
                continue
        taken.append((start, end))
    return taken


#: An accessibility skip link written out as a line: ``跳转到主要内容`` (cn.govopendata.com), ``跳到主要內容``,
#: ``跳过导航``, ``Skip to main content``.
_SKIP_LINK_RE = lazy_regex(
    r"[ \t\u3000]*(?:(?:直接)?(?:跳转|跳轉|跳|转|轉)(?:到|至)?(?:本页|本頁|页面|頁面)?(?:主要|主体|主體|主)?(?:内容|內容|正文)(?:区|區)?"
    r"|跳过(?:导航|主菜单)(?:栏)?|跳過(?:導航|主選單)(?:欄)?|[Ss]kip (?:to|navigation)(?: (?:the )?(?:main )?content)?)[ \t\u3000]*"
)


def skip_link_lines(text: str) -> list[tuple[int, int]]:
    """A skip link alone on a line among the first :data:`_HEAD_LINES` lines of the text.

    Real damage (field test 14, F14-B1): the 裁判文书 mirror cn.govopendata.com opens every judgment with
    its accessibility link ``跳转到主要内容``, which became the title of both documents.

    **Evidence**: the whole line is the link's words (to jump to the main content, to skip the
    navigation), at the page's head; a law says such words inside a sentence, never as a line of their own.

    >>> t = "跳转到主要内容\\n\\n(2016)沪01民终1697号\\n"
    >>> [t[a:b] for a, b in skip_link_lines(t)]
    ['跳转到主要内容']
    >>> skip_link_lines("第五条 网站应当设置跳转到主要内容的链接。\\n")
    []
    """
    head = text[:2000]
    if "跳" not in head and "转到" not in head and "轉到" not in head and "kip " not in head:
        return []
    return [(start, end) for start, end in _head_lines(text) if _SKIP_LINK_RE.fullmatch(text, start, end)]


# --------------------------------------------------------------------------
# A list of related articles closing the page
# --------------------------------------------------------------------------

#: The words that head a page's list of other articles.
_RELATED_HEAD_WORDS = ("相关新闻|相关阅读|相关文章|相关报道|相关稿件|推荐阅读|猜你喜欢|热门推荐|精彩推荐|热点推荐|延伸阅读"
                       "|热门文章|最新文章|往期回顾")
#: The head of a page's list of other articles.
_RELATED_HEAD_RE = lazy_regex(
    rf"^{INDENT_CLASS}*[【\[]?(?:{_RELATED_HEAD_WORDS})[】\]]?[:：]?{INDENT_CLASS}*$",
    regex.MULTILINE,
)
#: One of the head's words anywhere (the cheap gate: an alternation of plain words, without the line
#: anchor at which the head's pattern is tried on every line, costs a third of it on clean text).
_RELATED_HEAD_WORD_RE = lazy_re(_RELATED_HEAD_WORDS)
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
    rf"^{INDENT_CLASS}*(?:{DOWNLOAD_LABEL})[:：]?{INDENT_CLASS}*{CLICK_DOWNLOAD}{INDENT_CLASS}*$", regex.M)


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
    if _RELATED_HEAD_WORD_RE.search(text) is None:
        return None  # exact: every head holds one of its words
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
