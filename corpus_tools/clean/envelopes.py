"""The envelope a carrying channel wraps around a law: what the mail, the app, the screen put outside its text.

A law that reached the corpus through a channel (a mail, a messaging app, a phone's screen, a mailing list) keeps
what that channel adds around every message it carries.  The family's real-world members:

* a **mail client's signature block** under the text: the ``-- `` separator (RFC 3676), an Outlook rule of
  underscores or a ``——`` line, then the sender's name, unit, phone and mail (``--⏎张伟⏎市司法局法制科⏎电话：…``);
* a **mail server's confidentiality disclaimer** appended to every outgoing mail, in Chinese or English
  (``本邮件及其附件含有保密信息…``, ``This email and any attachments are confidential…``,
  ``CONFIDENTIALITY NOTICE: …``), and the **auto-sent notice** (``本邮件由系统自动发送，请勿直接回复``);
* a mail gateway's **antivirus stamp** (``此邮件已经过病毒扫描``, ``This email has been scanned by …``,
  ``Virus-free. www.avast.com``);
* a **mailing list's or newsletter's footer** (``You received this message because you are subscribed to the Google
  Groups …``, ``To unsubscribe from this group…``, ``如需退订，请回复TD``, ``您收到这封邮件是因为您订阅了…``);
* a **client's own signature line** (``发自我的iPhone``, ``Sent from my iPad``, ``来自微信客户端``: the pattern of
  :mod:`~corpus_tools.clean.mirror_chrome`);
* a **messaging app's article footer** (``阅读原文``, ``长按识别二维码关注``, ``点赞 在看 分享``);
* a **forwarded mail's header** above the text (``-------- 转发邮件信息 --------⏎发件人：…⏎发送时间：…⏎收件人：…⏎
  主题：…``, ``-----Original Message-----⏎From: …⏎Sent: …⏎To: …⏎Subject: …``, ``Begin forwarded message:``);
* a **phone screenshot's bars** OCR'd with each screen: the status bar (time, carrier, network, battery) and the app's
  title bar (a back arrow, the page's title, a menu glyph: ``←   温州市电梯安全条例  ⋮``).

What every member shares: the envelope's lines stand **outside the law's structure** (after its last article's
sentences, above its title, or as a screen's bars between pieces), each line follows **one channel's formula** (a
vocabulary and a shape per channel: a mail's self-reference with a notice's concern, a header field's label, a
contact's label, a screen's time and battery), and a block of them goes as a unit.  The law's own closing (the
issuer, the date, ``附件``, a notice's ``联系人：``/``联系电话：``) holds no such formula and stays byte-identical.
"""

from __future__ import annotations

import regex

# (a client's own signature line, ``发自我的iPhone``, ``Sent from my iPad``: one table, mirror_chrome's)
from corpus_tools.clean.mirror_chrome import _CLIENT_SIGNATURE_RE
from corpus_tools.clean.page_lines import ITEM_OPENING_RE, line_bounds, line_bounds_backwards
from corpus_tools.lazy_patterns import lazy_regex

#: A line that opens an article, a chapter or an item: the law's own structure, never an envelope.
_STRUCTURE_RE = lazy_regex(r"^[ \t\u3000>＞]*第[一二三四五六七八九十百千零〇\d]{1,6}[条條章节節编編]")
_LAW_LABEL_RE = lazy_regex(r"^[ \t\u3000>＞]*第[一二三四五六七八九十百千零〇\d]{1,6}[条條]", regex.M)

# --------------------------------------------------------------------------
# The channel formulas (one table per channel)
# --------------------------------------------------------------------------

#: A message speaking of itself: the mail, the message, the communication (Chinese and English).
_SELF = (r"(?:本|此|该|該|这封|這封|本封|此封)(?:电子|電子)?(?:邮件|郵件|电邮|電郵|邮箱|函件|信息|讯息|訊息|消息|短信|通知邮件)"
         r"|(?i:\b(?:this|the)\s+(?:e-?mail|message|communication|transmission|electronic\s+mail)\b)")
#: What a mail notice speaks of: secrecy, the addressee, deleting, viruses, automatic sending, subscriptions.
_CONCERN = (r"保密|機密|机密|收件人|收件者|发件人|發件人|寄件人|删除|刪除|销毁|病毒|扫描|掃描|自动发送|自動發送|直接回复|直接回覆|"
            r"退订|退訂|订阅|訂閱|转发|轉發|授权|授權|法律保护|法律保護|"
            r"(?i:confidential|privileged|intended|recipient|addressee|sender|delete|destroy|virus|scanned|"
            r"unsubscribe|subscribed|do\s+not\s+reply|automatically|disclaimer|prohibited|notify)")
_SELF_RE = lazy_regex(_SELF)
_CONCERN_RE = lazy_regex(_CONCERN)
#: Formulas that prove the envelope alone: a notice's label, an antivirus stamp, an unsubscribe line, an app footer.
_FORMULA_RE = lazy_regex(
    r"^[ \t\u3000]*(?:"
    r"(?i:confidentiality\s+notice|disclaimer|legal\s+notice|privileged\s*(?:&|and)\s*confidential)\s*[:：]"
    r"|(?:保密声明|保密聲明|免责声明|免責聲明|邮件声明|郵件聲明|保密提示|温馨提示：本邮件)[:：]"
    r"|(?i:virus-free\.?|this\s+e-?mail\s+has\s+been\s+(?:scanned|checked)|scanned\s+by\s|to\s+unsubscribe\b|"
    r"you\s+received\s+this\s+(?:message|e-?mail)\s+because|unsubscribe\s+from\s+this)"
    r"|(?:如需|如要|如果?不想|若不希望|若不想|如不希望|如不想)[^\n]{0,24}(?:退订|退訂|取消订阅|取消訂閱)"
    r"|(?:退订|退訂)请回复|点击(?:此处)?退订|回复\s*(?:TD|T|N)\s*退订"
    r"|(?:此|本)(?:邮件|郵件)已(?:经|經)?(?:过|過|通过|通過)?[^\n]{0,12}(?:病毒|杀毒|殺毒|安全)(?:扫描|掃描|检测|檢測)"
    r")"
)
#: A messaging app's footer line: its buttons and calls to follow, alone on the line.
_APP_FOOTER_RE = lazy_regex(
    r"[ \t\u3000]*(?:阅读原文|閱讀原文|(?:长按|長按)(?:识别|識別|扫描|掃描)?(?:图中)?二维码(?:关注|關注)?[^\n]{0,12}|"
    r"(?:点击|點擊)(?:上方|下方)?(?:蓝字|藍字)(?:关注|關注)[^\n]{0,12}|"
    r"(?:(?:点赞|點讚|在看|分享|收藏|转发|轉發|留言|赞|讚)(?:[ \t\u3000|·]+|$)){3,})[ \t\u3000]*"
)

#: A signature separator alone on its line: ``--`` (RFC 3676 ``-- ``), a rule of underscores, dashes or equals signs.
_SEPARATOR_RE = lazy_regex(r"[ \t\u3000>＞]*(?:--|——|—{3,}|_{4,}|-{4,}|={4,}|\*{4,}|~{4,}|～{2,}|－{2,})[ \t\u3000]*")
#: A signature's contact or closing words (what makes a run of short lines a signature).
_CONTACT_RE = lazy_regex(
    r"电话|電話|手机|手機|座机|传真|傳真|邮箱|郵箱|邮件|地址|此致|敬礼|敬禮|顺颂|祝好|谢谢|謝謝|QQ|微信|"
    r"(?i:\btel\b|phone|mobile|fax|e-?mail|address|regards|thanks|cheers)|@[A-Za-z0-9-]+\."
)
#: A contact's label with its value (``电话：0571-…``, ``Tel: +86 …``, ``邮箱：a@b.cn``): what a signature without a
#: separator must hold.
_CONTACT_FIELD_RE = lazy_regex(
    r"^[ \t\u3000]*(?:电话|電話|手机|手機|座机|传真|傳真|邮箱|郵箱|电邮|電郵|(?i:tel|phone|mobile|fax|e-?mail))[ \t\u3000]*[:：][ \t\u3000]*"
    r"[(（+]?\d|@[A-Za-z0-9-]+\.[A-Za-z]"
)
#: A letter's closing formula over its signature (``此致⏎敬礼``, ``Best regards,``).
_CLOSING_FORMULA_RE = lazy_regex(
    r"[ \t\u3000]*(?:此致|敬礼|敬禮|顺颂(?:商祺|时祺)?|順頌(?:商祺|時祺)?|祝好[！!]?|谢谢[！!]?|謝謝[！!]?|"
    r"(?i:best\s+regards|kind\s+regards|regards|best|thanks|cheers)[,，]?)[ \t\u3000]*"
)
#: A law's or a notice's own closing lines, never a signature: a contact under its notice's labels, an attachment,
#: a date, a copy list.
_OWN_CLOSING_RE = lazy_regex(
    r"联系人|聯繫人|联系电话|聯繫電話|联系方式|聯繫方式|联系地址|咨询电话|監督電話|监督电话|举报电话|附件|附表|抄送|抄报|印发|"
    r"^[ \t\u3000]*[0-9０-９〇零一二三四五六七八九十]{2,4}年[0-9０-９〇零一二三四五六七八九十]{1,2}月"
)
#: A link or an address (a footer's link line under a separator).
_LINK_RE = lazy_regex(r"(?i:https?://|www\.)[A-Za-z0-9]|@[A-Za-z0-9-]+\.[A-Za-z]")
#: Sentence marks: a signature's short lines hold none.
_SENTENCE_RE = lazy_regex(r"[。；！？]")

#: How many lines, and characters, of the page's end the walk reads; a signature's lines and their length.
_TAIL_LINES, _TAIL_CHARS = 40, 6000
_SIGNATURE_LINES, _SIGNATURE_CHARS = 8, 60
#: The longest envelope line (a disclaimer in one paragraph).
_MAX_LINE = 800

_TAIL_GATE_RE = lazy_regex(
    r"--|__|——|==|~~|邮件|郵件|电邮|電郵|信息|消息|(?i:mail|message|virus|scanned|subscri|sent\s+from|outlook|confidential)|"
    r"发自|發自|来自|來自|送自|退订|退訂|阅读原文|閱讀原文|二维码|蓝字|点赞|在看"
)


def _is_notice_line(line: str) -> bool:
    """A line of the channel's notices: a disclaimer, a stamp, an unsubscribe line, an app footer, a client line."""
    if _FORMULA_RE.match(line) or _APP_FOOTER_RE.fullmatch(line) or _CLIENT_SIGNATURE_RE.fullmatch(line):
        return True
    return _SELF_RE.search(line) is not None and _CONCERN_RE.search(line) is not None


def _signature_run(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether the lines under a separator (``run``, top first) are a signature's or a footer's: short lines of a
    name, a unit, contacts, the channel's notices and links; one of them a contact or a notice at least."""
    if not run or len(run) > _SIGNATURE_LINES:
        return False
    proven = False
    for a, b in run:
        line = text[a:b]
        if _OWN_CLOSING_RE.search(line) or _STRUCTURE_RE.match(line) or ITEM_OPENING_RE.match(line):
            return False
        if _is_notice_line(line):
            proven = True
            continue
        if b - a > _SIGNATURE_CHARS or _SENTENCE_RE.search(line):
            if _LINK_RE.search(line) is None:
                return False
            continue  # (a footer's link line: ``To view this discussion on the web visit https://…``)
        proven = proven or _CONTACT_RE.search(line) is not None
    return proven


def _signature_line(line: str) -> bool:
    """A line a signature holds: short, no sentence mark, no closing of the law's own, no label."""
    return (len(line) <= _SIGNATURE_CHARS and _SENTENCE_RE.search(line) is None and _OWN_CLOSING_RE.search(line) is None
            and _STRUCTURE_RE.match(line) is None and ITEM_OPENING_RE.match(line) is None)


def _bare_signature(text: str, run: list[tuple[int, int]]) -> int | None:
    """The start of a signature without a separator at the bottom of ``run`` (the lines met over a proven notice,
    last first): the longest stretch of signature lines there, holding a contact's label with its value; or None."""
    top = None
    contact = False
    for a, b in run[:_SIGNATURE_LINES]:
        line = text[a:b]
        if not _signature_line(line) and not _CLOSING_FORMULA_RE.fullmatch(line):
            break
        contact = contact or _CONTACT_FIELD_RE.search(line) is not None
        top = a
    return top if contact else None


def envelope_tail(text: str, passable=None) -> tuple[int, int] | None:
    """The channel's envelope closing a law (whole lines, to the end of the text), or None.

    Real damage: a regulation circulated by e-mail and archived from the mailbox ends with the sender's signature
    block and the disclaimer the mail server appends (``…起施行。⏎⏎--⏎张伟⏎市司法局法制科⏎电话：0571-87051234⏎⏎
    本邮件及其附件含有保密信息…``); a mailing list adds its unsubscribe footer, a gateway its antivirus stamp, an app
    its ``阅读原文`` footer (the module docstring lists the members).

    **Evidence**: after the last article's label, a run of lines to the end of the text each of which is one
    channel's formula: a notice in which the message speaks of itself (``本邮件``, ``this email``) with a mail
    notice's concern (secrecy, the addressee, deleting, viruses, automatic sending, subscriptions), a notice's label
    (``CONFIDENTIALITY NOTICE:``, ``免责声明：`` with the same), an antivirus or unsubscribe line, an app footer, a
    client's signature line; or a signature separator (``--``, ``——``, a rule of underscores) over at most
    :data:`_SIGNATURE_LINES` lines, each a short line without sentence marks, a notice or a link line, one of them
    a contact's or closing's words or a notice (a list's footer under ``--``: ``You received this message because…``,
    ``To view this discussion on the web visit https://…``).  The walk
    stops at the first line of another shape: the law's own closing (an issuer, a date, ``附件``, a notice's
    ``联系人：``/``联系电话：``, an item, a label) stays.  Over a proven notice, a signature without a separator goes too
    when its short lines hold a contact's label with its value (``电话：0571-…``), maybe under a letter's closing
    formula (``此致⏎敬礼``); a line ``passable`` accepts (the caller's whole furniture lines: a site's copyright line
    under a newsletter's footer) is walked over, and never makes an envelope alone.

    >>> t = "第九条 本条例自2020年1月1日起施行。\\n\\n--\\n张伟\\n市司法局法制科\\n电话：0571-87051234\\n\\n本邮件及其附件含有保密信息，如果您错收了本邮件，请删除本邮件。\\n"
    >>> t[slice(*envelope_tail(t))].splitlines()[0], t[slice(*envelope_tail(t))].splitlines()[-1][:7]
    ('--', '本邮件及其附件')
    >>> t = "第九条 本条例自2020年1月1日起施行。\\n\\nThis email and any attachments are confidential. If you are not the intended recipient, please delete it.\\n"
    >>> t[slice(*envelope_tail(t))][:10]
    'This email'

    A notice's own contact lines, a date and an attachment stay:

    >>> envelope_tail("第九条 本办法自公布之日起施行。\\n\\n联系人：张伟\\n联系电话：0571-87051234\\n") is None
    True
    >>> envelope_tail("第九条 本办法自公布之日起施行。\\n\\n——\\n某市人民政府\\n2020年1月1日\\n") is None
    True
    >>> envelope_tail("第九条 发送电子邮件的，应当提供退订方式。\\n（一）隐匿发件人信息的；\\n") is None
    True
    """
    window = max(0, len(text) - _TAIL_CHARS)
    if _TAIL_GATE_RE.search(text, window) is None:
        return None  # exact gate: every formula holds one of these
    start: int | None = None
    proven = False  # (a notice or a signature taken, not only passable lines)
    run: list[tuple[int, int]] = []  # short lines met under the last accepted line, a signature's maybe
    seen = 0
    for a, b in line_bounds_backwards(text):
        if a < window or seen >= _TAIL_LINES:
            break
        line = text[a:b]
        if not line.strip(" \t\u3000\r"):
            continue
        seen += 1
        if b - a > _MAX_LINE or _STRUCTURE_RE.match(line) or ITEM_OPENING_RE.match(line):
            break
        if _SEPARATOR_RE.fullmatch(line):
            if run and not _signature_run(text, run[::-1]):
                break
            proven = proven or bool(run)
            run = []
            start = a
            continue
        if not run and _is_notice_line(line):
            start = a
            proven = True
            continue
        if not run and passable is not None and passable(line):
            start = a
            continue
        run.append((a, b))  # (under a separator maybe: its signature or its footer)
        if len(run) > _SIGNATURE_LINES:
            break
    if run and proven:  # a signature without a separator over the proven notice
        top = _bare_signature(text, run)
        if top is not None:
            start = top
    if start is None or not proven or _LAW_LABEL_RE.search(text, 0, start) is None:
        return None
    end = len(text)
    while end > start and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    return start, end


# --------------------------------------------------------------------------
# A forwarded mail's header above the text
# --------------------------------------------------------------------------

#: A forwarded or quoted mail's opening line (``-------- 转发邮件信息 --------``, ``-----Original Message-----``).
_FORWARD_OPENING_RE = lazy_regex(
    r"[ \t\u3000>＞]*(?:[-－—_=]{2,}[ \t\u3000]*)?(?:转发邮件信息|轉寄郵件信息|转发的邮件|轉寄的郵件|原始邮件|原始郵件|邮件原文|"
    r"(?i:original\s+message|forwarded\s+message|begin\s+forwarded\s+message:?))[ \t\u3000]*(?:[-－—_=]{2,})?[ \t\u3000]*"
)
#: A mail header's field, by kind (the sender, the time, the addressees, the subject), Chinese clients and English.
_HEADER_FIELD_RE = lazy_regex(
    r"[ \t\u3000>＞]*(?:(?P<from>发件人|發件人|寄件者|寄件人|(?i:from))|(?P<when>发送时间|發送時間|发送日期|時間|时间|日期|(?i:sent|date))|"
    r"(?P<to>收件人|收件者|抄送|副本|(?i:to|cc))|(?P<subject>主题|主題|主旨|标题|(?i:subject)))[ \t\u3000]*[:：][^\n]{0,200}"
)
_HEAD_GATE_RE = lazy_regex(r"发件人|發件人|寄件者|寄件人|(?i:\bfrom\s*:)|转发邮件|轉寄郵件|原始邮件|(?i:original\s+message|forwarded)")
#: How far from the page's start a forwarded header stands.
_HEAD_CHARS = 3000


def forwarded_header_lines(text: str) -> list[tuple[int, int]]:
    """A forwarded mail's header block above the law (whole lines), or nothing.

    Real damage: a law forwarded between offices and saved from the mailbox opens with the client's forward header
    (``-------- 转发邮件信息 --------⏎发件人："张伟"⏎发送日期：2020-05-06 10:12⏎收件人：…⏎主题：转发：某某条例``,
    Outlook's ``-----Original Message-----⏎From: …⏎Sent: …⏎To: …⏎Subject: …``).

    **Evidence**: before the first article's label, a run of consecutive lines each a mail header's field
    (``发件人：``, ``From:``, ``发送时间：``, ``收件人：``, ``主题：``…), at least three, among them a sender's and a time's or
    subject's; with the forward's own opening line (``转发邮件信息``, ``Original Message``) above it when it stands
    there.  A law's own ``抄送：`` or ``日期：`` line alone is no header block.

    >>> t = "-------- 转发邮件信息 --------\\n发件人：张伟\\n发送时间：2020-05-06\\n收件人：李娜\\n主题：某条例\\n\\n某条例\\n第一条 为了规范。\\n"
    >>> [t[a:b] for a, b in forwarded_header_lines(t)][:2]
    ['-------- 转发邮件信息 --------', '发件人：张伟']
    >>> forwarded_header_lines("某条例\\n日期：2020年\\n第一条 为了规范。\\n抄送：各区\\n")
    []
    """
    if _HEAD_GATE_RE.search(text, 0, _HEAD_CHARS) is None:
        return []
    first = _LAW_LABEL_RE.search(text, 0, min(len(text), 20000))
    if first is None:
        return []
    lines: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    kinds: set[str] = set()
    opening: tuple[int, int] | None = None

    def close() -> None:
        if len(block) >= 3 and "from" in kinds and ({"when", "subject"} & kinds):
            if opening is not None:
                lines.append(opening)
            lines.extend(block)

    for a, b in line_bounds(text, 0, first.start()):
        if a > _HEAD_CHARS:
            break
        m = _HEADER_FIELD_RE.fullmatch(text, a, b)
        if m:
            block.append((a, b))
            kinds.add(m.lastgroup or "")
            continue
        close()
        block, kinds = [], set()
        opening = (a, b) if _FORWARD_OPENING_RE.fullmatch(text, a, b) else None
    close()
    return lines


# --------------------------------------------------------------------------
# A phone screenshot's status bar and title bar
# --------------------------------------------------------------------------

#: A phone's status bar: the time, maybe the carrier and the network, the battery's percentage (in any order after
#: the time), nothing else.
_STATUS_BAR_RE = lazy_regex(
    r"[ \t\u3000]*(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t\u3000]+(?:中国移动|中国联通|中国电信|中國移動|中國聯通|中國電信|"
    r"(?i:cmcc|china\s+(?:mobile|unicom|telecom))|(?:HD[ \t]?)?[2-5]G\+?|(?i:wi-?fi|lte|volte|hd)|📶|🔋|[•·ᯤ▂▃▅▆▇]+)){0,5}"
    r"[ \t\u3000]+(?:🔋[ \t]?)?(?:100|[1-9]?\d)[%％](?:[ \t\u3000]*🔋)?[ \t\u3000]*"
)
#: An app's title bar: a back arrow (or 返回), the title, a menu glyph.
_TITLE_BAR_RE = lazy_regex(
    r"[ \t\u3000]*(?:[←‹〈<＜](?:[ \t\u3000]*返回)?|返回)[ \t\u3000]*(?P<title>[^\n]{2,40}?)[ \t\u3000]*"
    r"(?:…|\.\.\.|⋯)?[ \t\u3000]*(?:⋮|⋯|···|…|•••|\.\.\.|≡|☰)?[ \t\u3000]*"
)
_SCREEN_GATE_RE = lazy_regex(r"\d:[0-5]\d[^\n]{0,40}[%％]")


def screen_bar_lines(text: str) -> list[tuple[int, int]]:
    """A phone screenshot's bars OCR'd with each screen: the status bar and the app's title bar under it.

    Real damage: laws passed around as phone screenshots and OCR'd screen by screen keep each screen's status bar
    (``14:22　中国移动 4G　　87%``) and the app's title bar (``←   温州市电梯安全条例  ⋮``) above its lines.

    **Evidence**: a status bar is a whole line of a clock time, then only a carrier's, a network's or a signal's
    tokens, then a battery's percentage; a title bar is a whole line opened by a back arrow (or ``返回``) whose words
    are the start of the page's own title (its first line), maybe cut with ``…`` and closed by a menu glyph, and it is
    taken only on a page that shows a status bar.

    >>> t = "某市电梯安全条例\\n\\n09:16　中国电信 WiFi　　95%\\n〈  某市电梯安全条例  ⋯\\n第一条 为了规范。\\n"
    >>> [t[a:b] for a, b in screen_bar_lines(t)]
    ['09:16\\u3000中国电信 WiFi\\u3000\\u300095%', '〈  某市电梯安全条例  ⋯']
    >>> screen_bar_lines("第一条 会议于9:30开始，出席率95%。\\n< 返回\\n")
    []
    """
    if _SCREEN_GATE_RE.search(text) is None:
        return []
    bars = [(a, b) for a, b in line_bounds(text) if b - a <= 80 and _STATUS_BAR_RE.fullmatch(text, a, b)]
    if not bars:
        return []
    title = ""
    for a, b in line_bounds(text):
        line = text[a:b].strip(" \t\u3000\r")
        if line and not _STATUS_BAR_RE.fullmatch(line):
            title = line
            break
    out = list(bars)
    if len(title) >= 4:
        for a, b in line_bounds(text):
            if b - a > 80 or not text[a:b].strip():
                continue
            m = _TITLE_BAR_RE.fullmatch(text, a, b)
            if m is None:
                continue
            words = m.group("title").rstrip("…. \t\u3000⋯")
            if len(words) >= 4 and title.startswith(words):
                out.append((a, b))
    return sorted(out)


# --------------------------------------------------------------------------
# A bulletin board's post header and footer
# --------------------------------------------------------------------------

#: A BBS post's header fields: the poster (Firebird/SMTH ``发信人:``, Maple/PTT ``作者:``), the board, the title, the
#: station and the time.  The first field opens the block.
_BBS_FIRST_RE = lazy_regex(r"[ \t\u3000]*(?:发信人|發信人|作者)[ \t\u3000]*[:：][^\n]{1,120}")
_BBS_FIELD_RE = lazy_regex(
    r"[ \t\u3000]*(?:标[ \t\u3000]*题|標[ \t\u3000]*題|发信站|發信站|转信站|轉信站|信[ \t\u3000]*区|信[ \t\u3000]*區|看板|"
    r"时[ \t\u3000]*间|時[ \t\u3000]*間)[ \t\u3000]*[:：][^\n]{0,160}"
)
#: The poster line names its board or its nick (``发信人: lawfan (法律爱好者), 信区: Law``, ``作者: user (nick) 看板: Law``).
_BBS_POSTER_RE = lazy_regex(r"信[ \t\u3000]*[区區]|看板|[(（][^\n]{1,30}[)）]")
#: A BBS post's footer: the station's stamp lines after ``※`` (the source with the poster's address, an edit note, a
#: station line, the article's address), and a forum's edit note (Discuz ``[本帖最后由 … 于 … 编辑]``).
_BBS_FOOT_RE = lazy_regex(
    r"[ \t\u3000]*(?:※[ \t\u3000]*(?:来源|來源|修改|发信站|發信站|转载|轉載|转录|轉錄|文章网址|文章網址|编辑|編輯)[ \t\u3000]*[:：][^\n]{0,200}"
    r"|[\[［【]?本帖最后由[^\n]{1,60}?编辑[\]］】]?)[ \t\u3000]*"
)
_BBS_GATE_RE = lazy_regex(
    r"^[ \t\u3000]*(?:发信人|發信人|作者)[ \t\u3000]*[:：]|※[ \t\u3000]*(?:来源|來源|修改|发信站|發信站|转载|轉載|转录|轉錄|文章网址|文章網址|编辑|編輯)[ \t\u3000]*[:：]"
    r"|本帖最后由", regex.M)


def bbs_post_lines(text: str) -> list[tuple[int, int]]:
    """A bulletin board's post header and footer around each post of a law reposted there (whole lines).

    Real damage: university and public BBSes (the Telnet-era boards whose archives are still crawled: SMTH, PKU's
    未名, Fudan's 日月光华, PTT) took a long text in several posts; each post opens with its header (``发信人: lawfan
    (法律爱好者), 信区: Law⏎标  题: 某条例(2)⏎发信站: 水木社区 (Mon Mar  5 14:22:33 2019), 站内``) and closes with the
    signature separator and the station's stamp (``--⏎⏎※ 来源:·水木社区 newsmth.net·[FROM: 202.112.3.*]``); a
    Discuz forum writes its edit note over the post (``[本帖最后由 lawfan 于 2012-3-5 14:22 编辑]``).

    **Evidence**: a header is a poster's line (``发信人:``/``作者:`` naming a board or a nick) directly followed by at
    least one more of the header's fields (``标  题:``, ``发信站:``, ``信区:``, ``看板:``, ``时间:``), all whole lines; a
    footer is a whole line of the station's stamp after ``※`` (``※ 来源:``, ``※ 修改:``, ``※ 发信站:``, ``※ 文章网址:``),
    with the ``--`` separator line above it (blank lines between), or a forum's edit note as a whole line.  A field
    line alone (``标题：`` in a form) and a ``※`` note of the law's own (``※本条例…``) stay.

    >>> t = "发信人: lawfan (法律爱好者), 信区: Law\\n标  题: 某条例(2)\\n发信站: 水木社区 (Mon Mar  5 2019), 站内\\n\\n第二条 乙。\\n--\\n\\n※ 来源:·水木社区 newsmth.net·[FROM: 202.112.3.*]\\n"
    >>> [t[a:b][:6] for a, b in bbs_post_lines(t)]
    ['发信人: l', '标  题: ', '发信站: 水', '--', '※ 来源:·']
    >>> bbs_post_lines("标题：某条例\\n作者：张三\\n※本条例自公布之日起施行。\\n")
    []
    """
    if _BBS_GATE_RE.search(text) is None:
        return []
    bounds = list(line_bounds(text))
    out: set[tuple[int, int]] = set()
    k = 0
    while k < len(bounds):
        a, b = bounds[k]
        if b - a <= 200 and _BBS_FIRST_RE.fullmatch(text, a, b) and _BBS_POSTER_RE.search(text, a, b):
            j = k + 1
            while j < len(bounds) and bounds[j][1] - bounds[j][0] <= 200 and _BBS_FIELD_RE.fullmatch(text, *bounds[j]):
                j += 1
            if j > k + 1:
                out.update(bounds[k:j])
                k = j
                continue
        if b - a <= 260 and _BBS_FOOT_RE.fullmatch(text, a, b):
            out.add((a, b))
            p = k - 1
            while p >= 0 and not text[bounds[p][0]:bounds[p][1]].strip(" \t\u3000\r"):
                p -= 1
            if p >= 0 and text[bounds[p][0]:bounds[p][1]].strip(" \t\u3000\r") in ("--", "-- "):
                out.add(bounds[p])
        k += 1
    return sorted(out)


# --------------------------------------------------------------------------
# A production set's running stamps (Bates numbers)
# --------------------------------------------------------------------------

#: A running stamp alone on its line: a prefix of capitals (with ``-``/``_``), a zero-padded running number, maybe a
#: short label after it (``SFJ-LAW-000123``, ``ZFB0004772 CONFIDENTIAL``, ``GOV-00012（内部）``).
_STAMP_RE = lazy_regex(
    r"[ \t\u3000]*(?P<prefix>[A-Z]{1,12}(?:[-_][A-Z0-9]{1,12}){0,3}?[-_]?)(?P<n>\d{5,9})"
    r"(?P<label>[ \t\u3000]*(?:(?i:confidential|privileged|highly\s+confidential|attorneys'?\s+eyes\s+only)|"
    r"[（(【\[]?(?:内部|內部|机密|機密|秘密|保密|内部资料|仅供参考)[）)】\]]?))?[ \t\u3000]*"
)
_STAMP_GATE_RE = lazy_regex(r"^[ \t\u3000]*[A-Z][A-Z0-9_-]{0,40}\d{5,9}", regex.M)
#: The fewest stamps that prove the run (one stamp alone is a code of the law's own).
_STAMPS_MIN = 2


def running_stamp_lines(text: str) -> list[tuple[int, int]]:
    """A production set's running stamps (Bates numbers) at each page's foot (whole lines).

    Real damage: documents produced in litigation, archived or reviewed are stamped page by page with a running
    number (Bates numbering: ``SFJ-LAW-000123``, ``ZFB0004772 CONFIDENTIAL``); the text layer of the stamped PDF
    gives each stamp as a line of its own after the page's last line.

    **Evidence**: at least :data:`_STAMPS_MIN` whole lines of one prefix of capitals and a running number of one
    width (zero-padded), the numbers rising by one from stamp to stamp in the page's order, maybe with a
    confidentiality label; a code alone, or codes whose numbers do not run, stay.

    >>> t = "第一条 甲。\\nSFJ-LAW-000123\\n第二条 乙。\\nSFJ-LAW-000124（内部）\\n第三条 丙。\\n"
    >>> [t[a:b] for a, b in running_stamp_lines(t)]
    ['SFJ-LAW-000123', 'SFJ-LAW-000124（内部）']
    >>> running_stamp_lines("GB50016-201400\\n第一条 甲。\\nGB50017-201700\\n")
    []
    """
    if _STAMP_GATE_RE.search(text) is None:
        return []
    groups: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for m in _STAMP_GATE_RE.finditer(text):
        a = m.start()
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        if b - a > 60:
            continue
        s = _STAMP_RE.fullmatch(text, a, b)
        if s is None:
            continue
        groups.setdefault((s.group("prefix"), len(s.group("n"))), []).append((a, b, int(s.group("n"))))
    out: list[tuple[int, int]] = []
    for members in groups.values():
        if len(members) >= _STAMPS_MIN and all(q[2] == p[2] + 1 for p, q in zip(members, members[1:])):
            out += [(a, b) for a, b, _ in members]
    return sorted(out)
