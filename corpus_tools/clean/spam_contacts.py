"""Contact details a spam injector put into a law's page: a QQ number, a WeChat or Telegram handle, a mobile.

Damage: a hijacked mirror sells more than casinos (invoices, certificates, loans, adult content,
lotteries), and what it wants from the reader is a contact, not only a brand.  It puts the contact
inside a sentence of the law (``组织建立加微信zxd8899曹娥江流域…``, ``医疗（咨询QQ：2875541236）卫生``) or on a
line of its own with the service it sells (``代开各地增值税发票 联系QQ：3185526604``,
``网贷秒批不看征信 电话：17722339911``).  Session 16's blind noise members (``spam_blind16_contact_*``,
tests/noise/wide/families/spam.py; no real page of the project's sets carried one) measured the family.

A government page writes contacts too, and they stay: ``举报电话：12345``, ``联系电话：0519-85681627``,
``联系人：刘楠；联系电话：83970053``, ``联系邮箱：zyjyzc@zyj.beijing.gov``, ``关注微信公众号…``.  The evidence that
tells the two apart is where the contact stands and what it is for:

* a channel only the trade uses (``加微信``, ``VX``, ``薇信``, ``TG``, ``飞机@…``) with a handle or a number;
* a common channel (QQ, 微信, 电话, 手机, 客服, 邮箱) glued inside a sentence, a Han character on both sides
  and no word before it that introduces a contact (``拨打``, ``通过``, ``关注``…) or names the account's owner
  (``被告人``, ``张某``, ``其``: a judgment names the accounts used in an offence, ``被害人张某手机13800138000
  于当日收到短信``), cutting a word in two (``受托银[邮箱…]行``: the characters on its two sides read as one
  word).  A value of the trade's shape alone (a QQ number, a handle, a mobile) is no evidence: a party's is the same;
* a line made of a contact and a service no office advertises (``代开``, ``办证``, ``网贷``, ``刻章``…)
  or a channel only the trade uses, and nothing of a law's grammar.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from corpus_tools.clean import _gates
from corpus_tools.clean.brands import PROMO, STRONG_SUFFIX_WORDS, alternation
from corpus_tools.lazy_patterns import lazy_re, lazy_regex

CONTACT_DETAIL = "contact detail"

#: Channels only the trade writes before a handle (``加微信``, ``薇信``, ``VX``, ``TG``, ``扣扣``).  (``飞机``
#: and ``电报`` are words of a law too: :data:`_AT_CHANNELS` only with an ``@handle``.)
_TRADE_CHANNELS = (
    r"加微信|加微|薇信|威信|[Vv]信|(?<![A-Za-z])(?:[Vv][Xx]|[Ww][Xx]|TG|tg|Tg|[Tt]elegram)(?![A-Za-z])|扣扣"
    # ``vx`` glued to the handle it gives (``加vxzxd4370``, session 16's open item): letters, then three digits or more
    r"|(?<![A-Za-z])[Vv][Xx](?=[a-z]{2,8}\d{3,}(?![A-Za-z0-9]))"
)
_AT_CHANNELS = r"纸飞机|飞机|电报"
#: Channels an office writes as well: only glued inside a sentence with a value of the trade's shape.
_COMMON_CHANNELS = r"(?<![A-Za-z])(?:QQ|qq|Qq)(?![A-Za-z])|微信|客服电话|客服|手机号|手机|电话|热线|邮箱"
_LEAD = r"(?:咨询|联系|添加|加(?!微)|私聊|找)?"  # (``加微信`` is a trade channel of its own, not 加 + 微信)
#: The values: an ``@handle``, an e-mail address, a mobile number (``1`` + ten digits, maybe in groups),
#: a QQ number (five to eleven digits), a handle (a letter, then letters, digits, ``_`` or ``-``, with a digit or a
#: ``_``: ``wxid_abc123``, ``zxd8899``, ``hkb_666``; a word of letters alone is a name, review 16 F5: ``微信Android版本``,
#: ``热重分析仪VX：Netzsch仪器``).
_AT_HANDLE = r"@[A-Za-z0-9_]{3,32}"
_EMAIL = r"[A-Za-z0-9][A-Za-z0-9._\-]{0,39}@[A-Za-z0-9\-]{1,30}(?:\.[A-Za-z]{2,6}){1,3}"
_MOBILE = r"1[3-9]\d(?:[- ]?\d{4}){2}"
_NUMBER = r"[1-9]\d{4,10}"
_HANDLE = r"[A-Za-z](?=[A-Za-z\-]{0,18}[0-9_])[A-Za-z0-9_\-]{3,19}"
_VALUE = rf"(?P<value>{_AT_HANDLE}|{_EMAIL}|{_MOBILE}|{_NUMBER}|{_HANDLE})(?![A-Za-z0-9_@.\-])"
_SEPARATOR = r"[：:]?[ \u3000]?"
#: One contact: maybe a lead (``咨询``, ``加``), a channel and a second one (``微信/QQ``), a colon, the value.
CONTACT_RE = lazy_regex(
    rf"{_LEAD}(?P<channel>{_TRADE_CHANNELS}|{_AT_CHANNELS}|{_COMMON_CHANNELS})(?:号码|号)?"
    rf"(?:[/／](?:QQ|qq|微信|[Vv][Xx]|电话))?{_SEPARATOR}{_VALUE}"
)
_TRADE_CHANNEL_RE = lazy_regex(rf"^(?:{_TRADE_CHANNELS})$")
_AT_CHANNEL_RE = lazy_regex(rf"^(?:{_AT_CHANNELS})$")
#: The first characters of every channel: pages without one are skipped at C speed.
_CHANNEL_HINT = lazy_re(r"加微|薇信|威信|[Vv]信|[VvWw][Xx]|TG|tg|Tg|[Tt]elegram|扣扣|飞机|电报|QQ|qq|Qq|微信|客服|手机|电话|热线|邮箱")
#: A channel right before the first character of a value, or an e-mail address's ``@`` between two: the gate of both
#: scans (``re``, on the whole page: the clean laws write 电话 and 微信 often, before a value seldom).
#: (The lookahead names the channels' first characters: ``re`` skips to them, 0.1 CPU-s on the clean laws against 0.5.)
_CONTACT_GATE = lazy_re(
    r"(?=[加薇威VvWwTt扣飞电Qq微客手热邮])(?:加微|薇信|威信|[Vv]信|[VvWw][Xx]|TG|tg|Tg|[Tt]elegram|扣扣|飞机|电报|QQ|qq|Qq|微信|客服电话"
    r"|客服|手机号|手机|电话|热线|邮箱)(?:号码|号)?(?:[/／](?:QQ|qq|微信|[Vv][Xx]|电话))?[：:]?[ \u3000]?[0-9A-Za-z@]"
)


@_gates.remembered_for_last_text
def _may_hold_contact(text: str) -> bool:
    """Whether a contact may stand in ``text``: a channel before a value's first character, or an ``@`` (remembered
    for the last text: both scans ask).

    >>> _may_hold_contact("加微信zxd8899"), _may_hold_contact("kf@qq.com"), _may_hold_contact("举报电话和电子邮箱")
    (True, True, False)
    """
    return "@" in text or _CONTACT_GATE.search(text) is not None
#: A channel or an e-mail address's ``@``: where a contact line may be.
_LINE_HINT = lazy_re(_CHANNEL_HINT.pattern + "|@")
#: Words before a contact that introduce it as an office's (``拨打电话…``, ``通过手机…``, ``关注微信…``).
_INTRODUCED = lazy_regex(r"(?:拨打|致电|拨|发送至|发至|寄至|发到|关注|搜索|通过|请与|请|与|向|为|是|至|用|和|或|及|、|的)$")
#: Words before a common channel that name whose account it is (review 16 F1: ``被告人王某某以其QQ号123456789与
#: 被害人李某联系``, ``被害人陈某微信zhang8899收款``): a party's contact in a judgment, evidence of the case.
_ACCOUNT_OWNER = lazy_regex(r"(?:[其某人者方他她我你]|登录|登陆|冒用|盗用|绑定|将|把)$")
#: Services no office advertises beside a contact (the trades of a hijacked mirror).
_SERVICE_WORDS = (
    "代开", "发票代开", "开发票", "办证", "办假证", "假证", "刻章", "各类证件", "证件办理", "学历证书", "学历认证",
    "网贷", "贷款秒批", "秒批", "秒下款", "下款", "放款", "黑户", "口子", "套现", "代还", "不看征信", "刷单", "兼职日结",
    "成人影视", "成人视频", "福利视频", "裸聊", "约炮", "上门服务", "资源", "点卡", "回收", "代孕", "私家侦探", "代考",
    "替考", "六合彩", "时时彩", "内部资料", "计划群", "跟单", "彩票计划", "百家乐", "博彩",
)
_SERVICE_RE = lazy_regex(alternation(_SERVICE_WORDS))
#: The services of :data:`_SERVICE_WORDS` no law names as a keyword of its own (``回收``, ``资源``, ``上门服务``,
#: ``点卡`` are words of a law's lists too: ``再生资源 回收利用``).
TRADE_SERVICE_WORDS = tuple(w for w in _SERVICE_WORDS if w not in {"回收", "资源", "上门服务", "点卡", "跟单", "内部资料", "学历证书", "学历认证", "证件办理", "各类证件", "放款"})
_TRADE_SERVICE_RE = lazy_re(alternation(TRADE_SERVICE_WORDS))  # (``re``: an alternation of Chinese words)
_STRONG_SITE_RE = lazy_regex(alternation(w for w in STRONG_SUFFIX_WORDS if not w.isascii()))
#: What a contact line may hold besides its contacts: services, promotion, site words, marks, figures.
_LINE_FILLER_RE = lazy_regex(
    rf"{alternation(_SERVICE_WORDS)}|{PROMO}|{alternation(STRONG_SUFFIX_WORDS)}|专业|办理|各地|各类|增值税|联系|咨询|添加|服务|[\s\p{{P}}\p{{S}}\d]+"
)
_HAN = lazy_regex(r"\p{Han}")
#: A law's grammar: a line that writes one of these words is the law's, whatever contact it gives.
_LAW_GRAMMAR_RE = lazy_re(r"应当|不得|可以|必须|依法|按照|依照|根据|规定|予以|禁止|责令|处以|负责|条例|本法|办法|第[一二三四五六七八九十百零〇\d]+条")
#: Words of an office that fights or registers a trade: a line naming one is the office's contact, whatever
#: trade it names (``非法网贷举报电话：…``, ``代开发票举报电话：…``, ``刻章备案咨询电话：…``; review 16's R16-F14).
_OFFICE_LINE_RE = lazy_re(r"举报|投诉|监督|备案|打击|整治|反诈|报警|受理")
#: The longest line read as a contact line, and the most Han characters it may hold besides its filler (a brand).
_LINE_CHARS = 120
_LINE_RESIDUE = 4
_OPENERS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "[": "]", "［": "］"}
#: The trade's values on a common channel glued in a sentence, by channel: a QQ number after QQ, a handle or a
#: mobile after 微信, a mobile after a phone's channel (an office's hotline ``热线12320``, ``电话：12345`` is none).
_QQ_VALUE = lazy_regex(rf"^{_NUMBER}$")
_WECHAT_VALUE = lazy_regex(rf"^(?:{_MOBILE}|{_HANDLE})$")
_PHONE_VALUE = lazy_regex(rf"^{_MOBILE}$")


def _trade_value(channel: str, value: str) -> bool:
    """Whether ``value`` has the trade's shape on the common ``channel``.

    >>> _trade_value("QQ", "2875541236"), _trade_value("热线", "12320"), _trade_value("电话", "13912345678"), _trade_value("邮箱", "a@b.cn")
    (True, False, True, False)
    """
    if channel.lower() == "qq":
        return _QQ_VALUE.match(value) is not None
    if channel == "微信":
        return _WECHAT_VALUE.match(value) is not None
    if channel == "邮箱":
        return False
    return _PHONE_VALUE.match(value) is not None


def _channel_kind(channel: str, value: str) -> str:
    """``trade`` for a channel only the trade writes, ``common`` for one an office writes, ``""`` for a
    word of the law that is no channel without an ``@handle`` (``飞机``, ``电报``).

    >>> _channel_kind("VX", "hkb_666"), _channel_kind("飞机", "@daikai88"), _channel_kind("飞机", "12345"), _channel_kind("QQ", "123456")
    ('trade', 'trade', '', 'common')
    """
    if _TRADE_CHANNEL_RE.match(channel):
        return "trade"
    if _AT_CHANNEL_RE.match(channel):
        return "trade" if value.startswith("@") else ""
    return "common"


_BARE_EMAIL_RE = lazy_regex(rf"(?<![A-Za-z0-9._\-]){_EMAIL}(?![A-Za-z0-9_@.\-])")


def _contacts(text: str, start: int = 0, end: int | None = None, *, bare_emails: bool = False):
    """The contacts of ``text[start:end]`` as ``(start, end, kind, value, channel)``, in order; with ``bare_emails``
    an e-mail address without a channel too (a line's: ``六合彩内部资料 | service1472@gmail.com``).

    >>> [c[3] for c in _contacts("六合彩内部资料 | kf1472@gmail.com QQ:123456", bare_emails=True)]
    ['kf1472@gmail.com', '123456']
    """
    end = len(text) if end is None else end
    found = []
    for m in CONTACT_RE.finditer(text, start, end):
        kind = _channel_kind(m.group("channel"), m.group("value"))
        if kind:
            found.append((m.start(), m.end(), kind, m.group("value"), m.group("channel")))
    if bare_emails and "@" in text[start:end]:
        # (the channel contacts are in order and apart: one bisection per address, not a scan of all of them,
        # which was quadratic on a page of many addresses)
        ends = [b for _, b, *_ in found]
        emails = []
        for m in _BARE_EMAIL_RE.finditer(text, start, end):
            k = bisect_right(ends, m.start())  # the first channel contact ending after the address starts
            if k == len(found) or found[k][0] >= m.end():
                emails.append((m.start(), m.end(), "common", m.group(), ""))
        found = sorted(found + emails)
    return found


def contact_insertions(text: str) -> list[tuple[int, int]]:
    """Contacts put inside a sentence of the law: ``(start, end)``, the brackets around one included.

    **Evidence**: the contact stands between two Han characters of one sentence (in brackets or bare),
    no word before it introduces a contact (``拨打``, ``通过``, ``关注``, ``请``…), and either its channel is
    the trade's only (``加微信``, ``VX``, ``薇信``, ``TG``, ``飞机@…``) or, on a common channel, it cuts a word
    in two (:func:`_inside_word`) and no word before it names the account's owner (``其``, ``张某``, ``被告人``:
    a judgment's evidence).  A line of contacts is :func:`contact_lines`'s.

    >>> t = "组织建立加微信zxd8899曹娥江流域联动机制。"
    >>> [t[a:b] for a, b in contact_insertions(t)]
    ['加微信zxd8899']
    >>> t = "组织建立加vxzxd4370曹娥江流域联动机制。"
    >>> [t[a:b] for a, b in contact_insertions(t)]
    ['加vxzxd4370']
    >>> t = "安全防护、医疗（咨询QQ：2875541236）卫生、环境监测"
    >>> [t[a:b] for a, b in contact_insertions(t)]
    ['（咨询QQ：2875541236）']

    An office's contacts stay, as a sentence gives them:

    >>> contact_insertions("市民可以通过电话12345反映问题，或者拨打手机13912345678咨询。")
    []
    >>> contact_insertions("联系人：刘楠；联系电话：83970053；电子邮箱：zyjkjc@126.com")
    []

    A party's accounts in a judgment stay (review 16 F1), and so does a name after a channel (F5):

    >>> contact_insertions("本办法所称客户端，包括微信Android版本和微信iPhone版本。热重分析仪VX：Netzsch仪器。")
    []

    >>> contact_insertions("被告人王某某以其QQ号123456789与被害人李某联系，被害人陈某微信zhang8899收款。")
    []

    An e-mail address with no channel, in brackets or bare, when it cuts a word (session 16's open item; blind16's
    contact members write ``（service123@qq.com）`` with no channel word); a person's address after a name stays:

    >>> t = "由受托银（kf8899@outlook.com）行办理，联系人张三（zhangsan@bj.gov.cn）负责。"
    >>> [t[a:b] for a, b in contact_insertions(t)]
    ['（kf8899@outlook.com）']
    """
    if not _may_hold_contact(text):
        return []
    found: list[tuple[int, int]] = []
    judged: list[bool] = []  # whether the page is a court's (searched once, at its first labelled phone)

    def judgment() -> bool:
        if not judged:
            judged.append(_JUDGMENT_RE.search(text) is not None)
        return judged[0]

    for start, end, kind, value, channel in _contacts(text, bare_emails=True):
        bracketed = start > 0 and text[start - 1] in _OPENERS and text[end : end + 1] == _OPENERS[text[start - 1]]
        if bracketed:
            start, end = start - 1, end + 1
        if start == 0 or end >= len(text) or not _HAN.match(text, start - 1) or not _HAN.match(text, end):
            continue  # not glued inside a sentence: a line's contact, or an office's after a colon
        if _INTRODUCED.search(text, max(0, start - 4), start):
            continue
        if bracketed and kind == "common" and _labelled_phone(text, start + 1, end - 1, value) and (
            _names_party(text, start, end) or judgment()
        ):
            continue  # (F22-A3: 与被告华仁公司工作人员（手机号13357798456）的通话录音, an item of a court's evidence list)
        if kind == "common" and (_ACCOUNT_OWNER.search(text, max(0, start - 2), start) or not _inside_word(text, start, end)):
            continue  # (review 16 F1: a party's QQ number or mobile in a judgment has the trade's shape too)
        if not channel and "@" in value and _office_mail_after_name(text, start, end, value):
            continue  # (review 17 F6: 市发展改革委（fgw@bj.gov.cn）和…, 编辑部（bianjibu@163.com）或者…)
        found.append((start, end))
    return found


#: The label of a phone number's field, as a record gives it (``手机号``, ``电话``, ``联系电话``, ``手机号码：``; not a
#: service's line, ``客服电话``, ``咨询电话``, ``热线``).
_PHONE_LABEL = lazy_regex(r"(?:联系)?(?:手机|电话)(?:号码|号)?[：:]?[ \u3000]?")
#: Words only a court's judgment or its report writes (a law about courts names 审判长 and 书记员 too).
_JUDGMENT_RE = lazy_re(r"本院认为|经审理查明|审理查明|诉称|辩称|判决如下|裁定如下|裁判理由|裁判要点|生效裁判认为")
#: The parties and witnesses of a case, as a judgment names them.
_PARTY_RE = lazy_re(r"原告|被告|上诉人|申请人|第三人|证人|被害人|犯罪嫌疑人")
#: How far a sentence is read on either side of a contact for a party's name.
_SENTENCE_REACH = 120


def _names_party(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (within :data:`_SENTENCE_REACH` characters) names a party or a
    witness of a case (``被告``, ``上诉人``, ``证人``): a judgment's sentence.

    >>> t = "张生平与被告华仁公司工作人员（手机号13357798456）的通话录音。"
    >>> _names_party(t, t.index("（"), t.index("）") + 1), _names_party("应当依法管理（电话13912345678）。被告", 6, 21)
    (True, False)
    """
    lo = max(0, start - _SENTENCE_REACH)
    hi = min(len(text), end + _SENTENCE_REACH)
    left = max(text.rfind(mark, lo, start) for mark in "。！？\n") + 1
    right = min((p for p in (text.find(mark, end, hi) for mark in "。！？\n") if p >= 0), default=hi)
    return _PARTY_RE.search(text, max(lo, left), right) is not None


def _labelled_phone(text: str, start: int, end: int, value: str) -> bool:
    """Whether ``text[start:end]``, a bracket's content, is a phone number under its field's label and nothing else
    (``手机号13357798456``, ``联系电话：0519-85681627``): a record's datum on the person or the party named before it.

    In a court's judgment such a bracket is the text's own evidence: the SPC gazette's 石鸿林诉泰州市华仁电子资讯有限公司
    lists ``与被告华仁公司工作人员（手机号13357798456）的通话录音电话录音磁带一盒`` among the plaintiff's evidence, and
    ``spam_anchor`` deleted the bracket as a contact put into a sentence (field test 22, F22-A3).  A contact the trade
    puts in brackets offers a service (``（咨询QQ：2875541236）``, ``（客服电话13912345678）``).

    >>> t = "与被告华仁公司工作人员（手机号13357798456）的通话录音"
    >>> _labelled_phone(t, t.index("手"), t.index("）"), "13357798456")
    True
    >>> t = "医疗（咨询电话：13912345678）卫生，医疗（客服电话13912345678）卫生"
    >>> _labelled_phone(t, t.index("咨"), t.index("）"), "13912345678"), _labelled_phone(t, t.index("客"), t.rindex("）"), "13912345678")
    (False, False)
    """
    return text.endswith(value, start, end) and _PHONE_LABEL.fullmatch(text, start, end - len(value)) is not None


#: The last character of an organ's or a unit's name (市司法局, 市发展改革委, 编辑部, 法制处, 办公室, 服务中心, 某公司).
_UNIT_NAME_END_RE = lazy_regex(r"(?:[局委部处室厅院办所站社会组科馆校队庭司]|中心|公司)$")
#: A conjunction or a verb after the address: the sentence goes on to the next item, no word is cut (委和, 部或, 局及).
_GOES_ON = "和或及与并、，"


def _office_mail_after_name(text: str, start: int, end: int, value: str) -> bool:
    """Whether a bare e-mail address is an office's, as a notice gives it: on an office's domain, after an organ's or
    a unit's name, or followed by a conjunction (the pair across it is no word cut in two).

    >>> t = "将意见发送至市发展改革委（fgw@bj.gov.cn）和市财政局。寄送至本报编辑部（bianjibu@163.com）或者法制处。"
    >>> a = t.index("（"); b = t.index("）") + 1; c = t.index("（", b); d = t.index("）", c) + 1
    >>> _office_mail_after_name(t, a, b, "fgw@bj.gov.cn"), _office_mail_after_name(t, c, d, "bianjibu@163.com")
    (True, True)
    >>> t = "由受托银（kf8899@outlook.com）行办理"
    >>> _office_mail_after_name(t, 4, t.index("行"), "kf8899@outlook.com")
    False
    """
    if _OFFICE_MAIL.search(value.lower()):
        return True
    return _UNIT_NAME_END_RE.search(text, max(0, start - 2), start) is not None or text[end : end + 1] in _GOES_ON


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a word: the characters on its two sides read as a pair of Chinese
    text, and the one before it does not read on into its first Han character (``受托银[邮箱…]行``: 银行, not 银邮;
    an office's ``卫生热线12320所接`` has no pair 生所).

    >>> t = "由受托银邮箱service44386@gmail.com行办理"
    >>> _inside_word(t, 4, t.index("行")), _inside_word("北京市卫生热线12320所接的", 5, 12)
    (True, False)
    >>> _inside_word("组织建立联QQ：2875541236动机制", 5, 18)
    True
    """
    from corpus_tools.clean.evidence import reads_as_words

    first = next((c for c in text[start:end] if _HAN.match(c)), "")
    # (a contact with no Han character, ``QQ：2875541236``, has none to read on into: ``联QQ：…动`` cuts 联动)
    return reads_as_words(text[start - 1] + text[end]) and not (first and reads_as_words(text[start - 1] + first))


#: The domains of an office's or a school's mail (``bzzx@gaj.gov.cn``): never the trade's.
_OFFICE_MAIL = lazy_regex(r"\.(?:gov|edu|org|mil)(?:\.[a-z]{2})?$")


def _line_trade_value(channel: str, value: str) -> bool:
    """Whether a contact line's ``value`` has the trade's shape: a QQ number, a handle, a mobile (:func:`_trade_value`),
    or a mail address outside an office's domain; an office's hotline (``12333``) or landline has not.

    >>> _line_trade_value("热线", "12333"), _line_trade_value("电话", "13800138000"), _line_trade_value("", "kf1472@gmail.com")
    (False, True, True)
    >>> _line_trade_value("邮箱", "bzzx@gaj.gov.cn")
    False
    """
    if "@" in value and not value.startswith("@"):
        return _OFFICE_MAIL.search(value.lower()) is None
    return _trade_value(channel, value)


def contact_lines(text: str) -> list[tuple[int, int]]:
    """Lines of the trade's contacts: ``(start, end)`` of each line, its indentation included.

    **Evidence**: the line (at most :data:`_LINE_CHARS` characters) holds a contact; besides its contacts it
    holds the words of a service no office advertises (``代开``, ``办证``, ``网贷``, ``刻章``, ``成人影视``…), of
    promotion and of a betting site, marks and figures, and at most :data:`_LINE_RESIDUE` other Han characters
    (a brand's name); it gives a channel only the trade uses, or it names a service only the trade sells
    (:data:`TRADE_SERVICE_WORDS`, not ``资源``, ``回收``, ``上门服务``, ``学历认证``) or a site word (``官网``,
    ``APP下载``) with a value of the trade's shape (:func:`_line_trade_value`: a government hotline ``12333``, a
    landline or an office's mail is none); and it writes nothing of a law's grammar (``应当``, ``不得``, ``规定``…).

    >>> t = "第一条 为了规范管理。\\n代开各地增值税发票 联系QQ：3185526604\\n第二条 本条例适用于本市。"
    >>> [t[a:b] for a, b in contact_lines(t)]
    ['代开各地增值税发票 联系QQ：3185526604']
    >>> t = "VX：hkb_666\\n网贷秒批不看征信 电话：17722339911\\n六合彩内部资料 | service1472@gmail.com"
    >>> [t[a:b] for a, b in contact_lines(t)]
    ['VX：hkb_666', '网贷秒批不看征信 电话：17722339911', '六合彩内部资料 | service1472@gmail.com']

    An office's contact lines stay:

    >>> contact_lines("联系人：刘骅萱    联系电话：83970030(FAX)\\n举报电话：12345\\n官方微信：bjsfxzw\\n邮箱：lilysouth@126.com")
    []
    >>> contact_lines("人力资源服务热线：12333\\n居家养老上门服务热线：12349\\n出入境办证咨询电话：12367\\n再生资源回收热线：13912345678")
    []
    >>> contact_lines("非法网贷举报电话：13912345678\\n代开发票举报电话：13800138000\\n刻章备案咨询电话：13800138000")
    []
    """
    if not _may_hold_contact(text):
        return []
    found: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        hit = _LINE_HINT.search(text, at)
        if hit is None:
            break
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        at = end + 1
        if end - start > _LINE_CHARS or _LAW_GRAMMAR_RE.search(text, start, end) or _OFFICE_LINE_RE.search(text, start, end):
            continue
        contacts = _contacts(text, start, end, bare_emails=True)
        if not contacts:
            continue
        trade = any(c[2] == "trade" for c in contacts)
        rest = []
        pos = start
        for a, b, *_ in contacts:
            rest.append(text[pos:a])
            pos = b
        rest.append(text[pos:end])
        rest_text = "".join(rest)
        if not trade and not (
            (_TRADE_SERVICE_RE.search(rest_text) or _STRONG_SITE_RE.search(rest_text))
            and any(_line_trade_value(channel, value) for *_, value, channel in contacts)
        ):
            continue  # (review 16 F2: ``人力资源服务热线：12333``, ``再生资源回收热线：…``, ``出入境办证咨询电话：12367``)
        residue = _LINE_FILLER_RE.sub("", rest_text)
        if len(_HAN.findall(residue)) <= _LINE_RESIDUE:
            found.append((start, end))
    return found


#: A keyword line's head (``大家都在搜：``, ``猜你喜欢：``), its items and the separators between them.
_KEYWORD_HEAD = lazy_regex(r"[ \t\u3000]*(?:\p{Han}{2,6}[：:])?")
_KEYWORD_SEP = lazy_regex(r"[ \t\u3000]*(?:[|｜丨/、，,_]|——)[ \t\u3000]*|[ \t\u3000]+")
#: The longest keyword line read, the longest item, and the fewest items of the trade's services.
_KEYWORD_LINE_CHARS = 80
_KEYWORD_ITEM_CHARS = 10
_KEYWORD_TRADE_ITEMS = 2


def service_keyword_lines(text: str) -> list[tuple[int, int]]:
    """Lines of search keywords of the trades a hijacked mirror sells (loans, certificates, invoices, adult content,
    lotteries): ``(start, end)``.

    **Evidence**: a line of at most :data:`_KEYWORD_LINE_CHARS` characters, maybe under a head of a few characters
    and a colon (``大家都在搜：``), made of three items or more between separators, each item short (at most
    :data:`_KEYWORD_ITEM_CHARS` characters), no mark that ends a sentence and no word of a law's grammar; at least
    :data:`_KEYWORD_TRADE_ITEMS` items name a service only the trade sells (``网贷``, ``黑户``, ``秒下款``, ``办证``,
    ``刻章``, ``代开``, ``成人影视``…).  A law's list of the same words is a sentence (``…办证、刻章等活动。``).

    >>> t = "第一条 甲。\\n大家都在搜：网贷口子 黑户贷款 秒下款 征信花了也能贷\\n办证|刻章|代开发票|学历认证\\n第二条 乙。"
    >>> [t[a:b] for a, b in service_keyword_lines(t)]
    ['大家都在搜：网贷口子 黑户贷款 秒下款 征信花了也能贷', '办证|刻章|代开发票|学历认证']
    >>> service_keyword_lines("禁止非法办证、刻章、代开发票等活动。\\n再生资源 回收利用 垃圾分类\\n相关链接：办证指南 刻章备案 网贷风险提示")
    []
    """
    if _TRADE_SERVICE_RE.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    at = 0
    while True:
        hit = _TRADE_SERVICE_RE.search(text, at)
        if hit is None:
            return found
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.start())
        end = len(text) if end < 0 else end
        at = end + 1
        if end - start > _KEYWORD_LINE_CHARS or _LAW_GRAMMAR_RE.search(text, start, end):
            continue
        head = _KEYWORD_HEAD.match(text, start, end)
        body = text[head.end():end].strip()
        if any(c in body for c in "。；;！？!?：:"):
            continue
        items = [item for item in _KEYWORD_SEP.split(body) if item]
        if len(items) < 3 or any(len(item) > _KEYWORD_ITEM_CHARS or not _HAN.search(item) for item in items):
            continue
        if sum(1 for item in items if _is_trade_item(item)) >= _KEYWORD_TRADE_ITEMS:
            found.append((start, end))


#: Words a keyword of the trade is made of besides its services (``黑户贷款``, ``专业办理``, ``增值税发票``).
_ITEM_WORDS_RE = lazy_regex(rf"{alternation(_SERVICE_WORDS)}|贷款|贷|办理|认证|专业|各类|增值税|发票|证书|学历")


def _is_trade_item(item: str) -> bool:
    """Whether a keyword names a service only the trade sells and little else (one Han character at most): a
    government link (``办证指南``, ``网贷风险提示``) says what about it.

    >>> [_is_trade_item(w) for w in ("网贷口子", "黑户贷款", "秒下款", "办证指南", "网贷风险提示", "再生资源")]
    [True, True, True, False, False, False]
    """
    if _TRADE_SERVICE_RE.search(item) is None:
        return False
    return len(_HAN.findall(_ITEM_WORDS_RE.sub("", item))) <= 1


# --------------------------------------------------------------------------
# Contacts disguised: a look-alike channel, the number in other digits
# --------------------------------------------------------------------------

#: The digits a disguise writes a number in: Chinese (``九五五八七九八六九〇``), capital (``壹叁柒叁玖``), circled
#: (``⑤④③⑧②``), negative circled, parenthesized, full stops (``⒈``), full width; ASCII too.


def _digit_run(digit: str, more: str) -> str:
    """Five to twelve digits of one system (maybe grouped by a space or a hyphen), no digit of it after them."""
    return rf"{digit}(?:[ \u3000\-·]?{digit}){{4,11}}(?!{more})"


_PLAIN_NUMBER = lazy_regex(r"[0-9０-９ \u3000\-·]+")
#: The trade's words before its channel: ``上分`` (a casino's top-up), ``代理``, ``开户``, ``咨询``, ``加``.
_DISGUISE_LEADS = r"(?:上分|代理|开户|咨询|联系|添加|私聊|加)"
#: Channels in look-alike spelling: ``薇``/``威信``/``V`` for 微信, ``扣扣``/``扣``/``Q`` for QQ; the strong ones (a
#: word no law writes before a number) stand alone, the weak ones (``V``, ``薇``, ``扣``, ``Q``, ``微``: a name's
#: character, a word's) want a lead, a decoration or digits in disguise.
_STRONG_DISGUISED_CHANNELS = r"扣扣|薇信|威信|[Vv]信|(?<![A-Za-z])(?:[VvWw][Xx]|QQ|qq|Qq)(?![A-Za-z])|微信"
_WEAK_DISGUISED_CHANNELS = r"薇|(?<![A-Za-z])[VvQq](?![A-Za-z])|扣|微"
#: Marks dressing a channel (``V❤``, ``薇★``).
_CHANNEL_DRESS = r"[❤♥♡❥★☆✿❀✨♪♫]"
DISGUISED_CONTACT_RE = lazy_regex(
    rf"(?P<lead>{_DISGUISE_LEADS}{{0,3}})(?P<channel>{_STRONG_DISGUISED_CHANNELS}|{_WEAK_DISGUISED_CHANNELS})"
    rf"(?P<dress>{_CHANNEL_DRESS}{{0,2}})(?:号码|号)?[：:]?[ \u3000]?"
    rf"(?P<value>{_digit_run('[0-9０-９]', '[0-9０-９.．%％]')}|{_digit_run('[〇零一二三四五六七八九]', '[〇零一二三四五六七八九十百千万亿]')}"
    rf"|{_digit_run('[零壹贰叁肆伍陆柒捌玖]', '[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]')}|{_digit_run('[⓪①-⑨]', '[⓪①-⑳]')}"
    rf"|{_digit_run('[⓿❶-❾]', '[⓿❶-❿]')}|{_digit_run('[➀-➈➊-➒]', '[➀-➒]')}|{_digit_run('[⑴-⑼]', '[⑴-⒇]')}"
    rf"|{_digit_run('[⒈-⒐]', '[⒈-⒛]')}"
    # (the width rule, before this one, spells ``⑴`` as ``(1)`` and ``⒈`` as ``1.``)
    r"|(?:[(（][0-9][)）]){5,12}(?![(（][0-9])|(?:[0-9][.．]){5,12}(?![0-9]))"
    # (a figure of the law goes on: a unit)
    r"(?![元年月日号条款项次个人名])"
)
_DISGUISE_GATE = lazy_re(
    r"(?:薇|威信|扣|[VvQqWw微][信XxＸｘ]?)[❤♥♡❥★☆✿❀✨♪♫]{0,2}(?:号码|号)?[：:]?[ \u3000]?"
    r"[0-9０-９(（〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖⓪①-⑨⓿❶-❾➀-➈➊-➒⑴-⑼⒈-⒐]"
)


def disguised_contact_insertions(text: str) -> list[tuple[int, int]]:
    """Contacts put inside a sentence of the law in disguise: ``(start, end)``, the brackets around one included.

    Real damage (set 6's ``h6_spam_disguised_contact``, session 24): a spam injector writes its contact so that a
    filter looking for ``微信`` and ASCII digits misses it: a look-alike channel (``薇``, ``V❤``, ``扣扣``, ``威信``)
    and the number in Chinese, capital or circled digits (``（加薇：九五五八七九八六九〇）``, ``代理V❤：伍陆贰伍陆叁陆捌肆贰``,
    ``（开户V❤：⑤④③⑧②①①①）``), behind the trade's words (``上分``, ``代理``, ``开户``, ``咨询``).  They stayed in the
    articles: :func:`contact_insertions` knows the plain channels and ASCII numbers only.

    **Evidence**, all of: the contact is glued inside a sentence (a Han character or its bracket on each side); no word
    before it introduces an office's contact (``拨打``, ``通过``…); and its channel is a look-alike only the trade
    writes (``扣扣``, ``威信``, ``薇信``, ``VX``), or, on a weak one (``薇``, ``V``, ``扣``, ``Q``, ``微``) or a plain
    ``微信``/``QQ``, the trade's word before it, a dressing mark or digits no office writes a number in.  A number
    followed by a unit or another figure (``扣除一二三四五元``) is the law's.

    >>> t = "负有环境保护监督管理职责的部（加薇：九五五八七九八六九〇）门委托开展检测的"
    >>> [t[a:b] for a, b in disguised_contact_insertions(t)]
    ['（加薇：九五五八七九八六九〇）']
    >>> t = "农产品加工、仓储、销售设施代理V❤：伍陆贰伍陆叁陆捌肆贰建设；搭（开户V❤：⑤④③⑧②①①①）建建筑物"
    >>> [t[a:b] for a, b in disguised_contact_insertions(t)]
    ['代理V❤：伍陆贰伍陆叁陆捌肆贰', '（开户V❤：⑤④③⑧②①①①）']
    >>> t = "历史文化街（开户威信：2476393263）区内的建筑"
    >>> [t[a:b] for a, b in disguised_contact_insertions(t)]
    ['（开户威信：2476393263）']

    A law's figures and an office's numbers stay:

    >>> disguised_contact_insertions("张薇12345678元的借款，拨打扣扣12345678，依法扣押一二三四五号车辆。")
    []
    >>> disguised_contact_insertions("市民可以通过微信12345反映问题，V12345号文件，Q23456批次。")
    []
    """
    if _DISGUISE_GATE.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    for m in DISGUISED_CONTACT_RE.finditer(text):
        lead, channel, dress, value = m.group("lead"), m.group("channel"), m.group("dress"), m.group("value")
        disguised = _PLAIN_NUMBER.fullmatch(value) is None  # (Chinese, circled, bracketed digits: no office's spelling)
        strong = channel in ("扣扣", "威信", "薇信") or channel.lower() in ("v信", "vx", "wx")
        if not (strong or dress or disguised or lead):
            continue
        if not (strong or dress or disguised) and not regex.search(r"上分|代理|开户|咨询|加", lead):
            continue  # (``联系QQ…`` alone: contact_insertions judges the plain channels)
        start, end = m.start(), m.end()
        if text[start - 1 : start] in _OPENERS and text[end : end + 1] == _OPENERS[text[start - 1]]:
            start, end = start - 1, end + 1
            outside_ok = start > 0 and end < len(text) and _HAN.match(text, start - 1) and (
                _HAN.match(text, end) or text[end] in "，。；、")
        else:
            outside_ok = start > 0 and end < len(text) and _HAN.match(text, start - 1) and _HAN.match(text, end)
        if not outside_ok:
            continue  # not glued inside a sentence: a line's contact, contact_lines's
        if not lead and _INTRODUCED.search(text, max(0, start - 4), start):
            continue
        if not lead and _ACCOUNT_OWNER.search(text, max(0, start - 2), start) and not disguised:
            continue
        found.append((start, end))
    return found
