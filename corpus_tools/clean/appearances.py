r"""What a page's floating widgets and a document's signature put into the text layer (session 33, furniture33).

Two real mechanisms leave blocks of lines that no law sentence continues, after the law's last line (or after every
page's last line) and, more rarely, above its title:

**Floating widgets of a government portal**, kept by a complete save of the page or by a text extraction that reads
the whole DOM (a browser's innerText, a crawler's ``get_text()``):

* a **service robot** (智能客服, 智能问答, 政务机器人): its title, its greeting in its own voice (``您好！我是…智能客服
  “小政”，很高兴为您服务。``), the suggested questions (``猜你想问：…``, a numbered list of short questions), the input
  box's placeholder and its button (``请输入您的问题　发送``);
* a **live-chat window** with a human agent (在线客服, 人工客服): the working hours (``客服工作时间：9:00-17:00``), the
  queue or transfer notice (``正在为您转接人工客服``), the agent's greeting, the message box (``请输入消息…``, ``按Enter
  发送``, ``转人工``, ``结束会话``);
* an **AI assistant** of a portal (a large-model 问政 assistant, a 数字人): its name and greeting, ``你可以这样问我``,
  the generated answer's notice (``以上内容由AI生成，仅供参考``) and its buttons (``重新生成``, ``复制``, ``停止生成``);
* a **12345 hot-line box** (``12345政务服务便民热线``, ``7×24小时服务``) with the **floating buttons** beside it
  (``在线咨询``, ``我要留言``, ``意见征集``, ``返回顶部``);
* an **accessibility toolbar** (``适老化模式 | 无障碍 | 关怀版``, ``读屏``, ``辅助线``, ``十字光标``) and a **scan-to-read QR
  box** (``微信扫一扫：分享``, ``二维码便可将本文分享至朋友圈。``) whose lines the furniture's line table does not hold;
* other members of the family have their own modules with their own evidence: feedback and survey pop-ups
  (:mod:`~corpus_tools.clean.ui_widgets`: ``我要纠错``, ``满意度评价``), cookie and privacy banners
  (:mod:`~corpus_tools.clean.overlays`), single toolbar, share-bar and scan-to-phone lines
  (:mod:`~corpus_tools.clean.furniture`, :mod:`~corpus_tools.clean.chrome_runs`).

**A signed document's signature appearance**, whose text is part of the signed PDF's or OFD's text layer (on the
signed page, or on every page when a seal is applied page by page):

* Adobe Acrobat's appearance: ``Digitally signed by 某市人民政府``, ``DN: c=CN, o=…, cn=…``, ``Date: 2021.05.06
  10:22:33 +08'00'``, the signer's ``Reason:`` and ``Location:``, a reader's verdict (``Signature Not Verified``,
  ``Signature Valid``);
* the signer's certificate as a distinguished name on one line (``CN=…, OU=…, O=…, C=CN``) with the signing time;
* a Chinese PDF/OFD reader's signature panel (Foxit/福昕, WPS, 数科, 书生): ``签名有效``/``签章有效``/``电子签章验证通过``,
  ``签名人：``/``签章人：``/``签名者：``, ``签名时间：``/``签名日期：``, ``证书颁发者：``, ``证书序列号：``, ``签名状态：``;
* an electronic seal's verification lines (``本文件已加盖电子印章``, ``电子印章验证码：…``, ``验证网址：https://…``);
* an e-signing platform's stamp (``签署方：…``, ``签署时间：…``, ``验签地址：…``) and a time-stamp authority's line
  (``时间戳：2021-05-06 10:22:33``);
* an e-signing envelope's identifier at each page's top (``DocuSign Envelope ID: 3F2504E0-…``);
* an electronic document exchange's stamp (``电子公文传输系统``, ``签收时间：…``, ``发文单位：…``).

**What every member shares**, and the only evidence taken: a block of whole lines, each line one formula of the
widget's or the signature appearance's vocabulary (a title, a greeting in the widget's own voice, a suggestion list,
an input box, a button row; a signing verdict, a signer's, a time's, a certificate's or a verification's field with
its value), that holds a line no law prints as a line of its own (the widget's greeting or suggestion header, an AI
notice; a signing verdict, ``Digitally signed by``, a certificate's DN, a seal's statement) or, for a signature, a
signer's field together with a signing time down to the minute.  A widget's block stands at the page's end (only
blank lines or the site's furniture lines after it) or at its head, before the law's first article; a signature's
block anywhere between whole lines (every page's foot).  A line of the law (an article's, a chapter's or an item's
label, a sentence ending in ``。``/``；``), the law's own ``签发人：``, ``附件``, ``抄送``, issuer and date, and an empty
form (``签名人：　　　　日期：　年　月　日``) are never a line of such a block: they end it.
"""

from __future__ import annotations

from typing import Callable


from corpus_tools.clean.page_lines import ITEM_OPENING_RE, line_bounds
from corpus_tools.lazy_patterns import lazy_regex

_BLANKS = " \t\u3000\u00a0\r"
#: The longest line of a block, and the most lines a block holds (blank lines aside).
_MAX_LINE = 160
_MAX_BLOCK = 14

#: A line of the law's own structure (an article, a chapter, a section, a part): never a block's line.
_LAW_LABEL_RE = lazy_regex(r"[ \t\u3000]*第[一二三四五六七八九十百千零〇\d]{1,6}[条條章节節编編]")
#: The law's own closing lines: its issuer's signing field, copy list, attachments (never a block's line).
_OWN_CLOSING_RE = lazy_regex(r"签发人|簽發人|抄送|抄报|附件|附表|印发")

# --------------------------------------------------------------------------- the vocabulary (one table per role)

#: A date with a clock time (``2021.05.06 10:22:33``, ``2024/04/18 16:45``, ``2021年5月6日 10:22``), maybe a zone.
_DATETIME = (r"(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?|\d{1,2}/\d{1,2}/\d{4})[ \tT\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
             r"(?:\.\d{1,6})?[ \t]*(?:[+＋\-－]\d{2}[:：'’]?\d{2}'?|Z|\(?(?:UTC|GMT|CST)[+\-]?\d{0,2}(?::?\d{2})?\)?|[+＋]08'00'|)")
_DATETIME_RE = lazy_regex(_DATETIME)
#: A field's label and its separator.
_COLON = r"[ \t\u3000]*[:：][ \t\u3000]*"

#: Lines no law prints alone: a signing verdict, Acrobat's signer line, a seal's statement, an envelope's identifier.
_SIGNATURE_ANCHOR_RE = lazy_regex(
    r"[ \t\u3000]*(?:"
    r"(?:签名|簽名|签章|簽章|电子签章|電子簽章|数字签名|數字簽名|电子签名|電子簽名)(?:验证)?(?:有效|无效|無效|已验证|验证通过|驗證通過|验证成功|"
    r"有效性未知|未验证|未经验证|状态未知)[^\n。；]{0,40}"
    r"|(?i:(?:digitally|electronically)\s+signed(?:\s+by)?\b[^\n]{0,120})"
    r"|(?i:signature\s+(?:not\s+verified|valid|invalid|verified|validity\s+unknown|is\s+valid)[^\n]{0,40})"
    r"|(?i:(?:docusign|adobe\s+sign|sign)\s+envelope\s+id[ \t]*:[ \t]*[0-9A-F]{8}-?[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{4}-?[0-9A-F]{12})"
    r"|本(?:文件|件|文档|文檔|公文|页|頁)[^\n。；]{0,16}(?:已)?(?:加盖|加蓋|盖有|蓋有)(?:了)?(?:电子|電子)?(?:印章|签章|簽章|公章)[^\n。；]{0,30}"
    r"|本(?:文件|件|文档|文檔|公文)(?:已)?(?:由|经|經|通过|通過)[^\n。；]{1,24}(?:电子|電子)?(?:签署|簽署|签章|簽章|签名|簽名|盖章|蓋章)(?:生效)?"
    # a time-stamp authority's line (the server that countersigned the time)
    r"|(?:时间戳|時間戳)(?:服务器|服務器|服务|服務|机构|機構|颁发机构)(?:地址)?[ \t\u3000]*[:：][^\n。；]{1,80}"
    r"|(?i:tsa|time[ \t]*stamp(?:ing)?[ \t]+(?:authority|server))[ \t]*[:：][^\n。；]{1,80}"
    # an electronic document exchange's stamp (电子公文传输系统, 此件经电子公文交换系统传输)
    r"|[（(]?(?:此件|本件|本文件)?(?:经|經|通过|通過|由)?[\p{Han}]{0,8}(?:电子公文|電子公文)(?:传输|傳輸|交换|交換)(?:系统|系統|平台)?"
    r"(?:传输|傳輸|发送|發送|接收|签收|簽收)?[^\n。；]{0,12}[）)]?"
    r")[ \t\u3000]*"
)
#: A certificate's distinguished name on one line (``DN: c=CN, o=…, cn=…``, ``CN=…, O=…, C=CN``): attribute types
#: of X.500, at least three of them, one a country or a common name.
_DN_RE = lazy_regex(
    r"[ \t\u3000]*(?:(?i:dn|subject|issuer|tsa)[ \t]*[:：][ \t]*|(?:签名者|签署者|证书|證書)?(?:证书)?(?:主题|主題|使用者|颁发者|頒發者)?[:：]?[ \t]*)?"
    r"(?i:(?:cn|o|ou|c|l|st|e|email|emailaddress|dc|serialnumber|street|title|g|sn)[ \t]*=[^,，;；=\n]{1,60}[,，;；][ \t\u3000]*){2,9}"
    r"(?i:(?:cn|o|ou|c|l|st|e|email|emailaddress|dc|serialnumber|street|title|g|sn)[ \t]*=[^,，;；=\n]{1,60})[ \t\u3000]*"
)
_DN_KEY_RE = lazy_regex(r"(?i:(?<![a-z])(?:c[ \t]*=[ \t]*cn|cn[ \t]*=))")
#: A signature's fields (the label and a value), by kind: the signer, the time, the rest (reason, location, the
#: certificate, the status, the seal's code, the verification address).
_SIGNATURE_FIELD_RE = lazy_regex(
    r"[ \t\u3000]*(?:"
    rf"(?P<signer>(?:签名|簽名|签章|簽章|签署|簽署|盖章|蓋章|用印)(?:人|者|方|单位|單位|机构|機構)|(?i:signed\s+by|signer|signatory)){_COLON}[^\n。；]{{2,60}}"
    rf"|(?P<when>(?:签名|簽名|签章|簽章|签署|簽署|盖章|蓋章|用印|签收|簽收|接收|传输|傳輸)(?:时间|時間|日期)|时间戳|時間戳|(?i:date|signing\s+time|signed\s+on|signed\s+at|time\s*stamp|timestamp)){_COLON}"
    rf"(?P<stamp>{_DATETIME})"
    rf"|(?P<other>(?:签名|簽名|签章|簽章|签署|簽署)(?:原因|理由|位置|地点|地點|状态|狀態|算法|结果|結果)|证书(?:颁发者|颁发机构|序列号|有效期|主题|持有者|持有人|编号)|"
    r"證書(?:頒發者|序號|有效期)|颁发者|頒發者|发文单位|發文單位|收文单位|收文單位|签收人|簽收人|传输编号|傳輸編號|文件编号|文件編號|签名者证书|验证结果|驗證結果|(?:电子)?印章(?:编号|名称|验证码)|(?:电子印章)?验证码|防伪码|防偽碼|"
    rf"时间戳(?:服务|服務)(?:器|机构)?|(?i:reason|location|contact\s+info|issuer|serial\s+number|certificate|subject|dn)){_COLON}[^\n。；]{{1,80}}"
    rf"|(?P<where>验证网址|驗證網址|验证地址|驗證地址|验签地址|驗簽地址|查验地址|查驗地址|验证平台|(?i:verify\s+at|verification\s+url)){_COLON}"
    r"(?:https?://)?[A-Za-z0-9][A-Za-z0-9.\-]{2,60}[^\s]{0,60}"
    r")[ \t\u3000]*"
)
#: A signature panel's own heading (``签名属性``, ``数字签名信息``, ``签章信息``): a line of the block, no evidence.
_SIGNATURE_HEAD_RE = lazy_regex(
    r"[ \t\u3000]*(?:签名|簽名|签章|簽章|数字签名|數字簽名|电子签名|電子簽名|电子签章|電子簽章)(?:属性|屬性|信息|資訊|详情|詳情|面板|验证|驗證)[ \t\u3000]*"
)

#: A widget's greeting in its own voice: ``您好！我是…客服“小政”``, ``很高兴为您服务``, ``请问有什么可以帮您``.
_GREETING_RE = lazy_regex(
    r"[ \t\u3000]*(?:(?:您好|你好|嗨|Hi|hi|Hello)[！!，,。~～ \u3000]*)?(?:"
    r"我是[^\n。；]{0,24}?(?:客服|助手|助理|机器人|機器人|数字人|數字人|小\p{Han}{1,2}|AI)[^\n；]{0,60}"
    r"|(?:欢迎|歡迎)(?:咨询|諮詢|使用|光临|光臨|来到|來到)[^\n；]{0,50}"
    r"|很高兴为(?:您|你)服务[^\n；]{0,20}"
    r"|(?:请问)?(?:有什么|有什麼|有啥)(?:可以|能|需要)?(?:帮|幫)(?:您|你|到您|到你)[^\n；]{0,12}"
    r")[ \t\u3000]*"
)
#: A suggestion list's header, alone or with its questions on the line.
_SUGGEST_RE = lazy_regex(
    r"[ \t\u3000]*(?:猜你想问|猜您想问|猜你想知道|猜您想知道|你可能想问|您可能想问|你可能想知道|您可能想知道|大家都在问|你可以这样问我?|"
    r"您可以这样问我?|试试这样问|你可以问我|您可以问我)(?:[：:][^\n]{0,120})?[ \t\u3000]*"
)
#: A generated answer's notice (an AI assistant's).
_AI_NOTICE_RE = lazy_regex(
    r"[ \t\u3000]*(?:以上)?(?:内容|回答|答案|回复)?(?:由|为)(?:AI|ai|人工智能|大模型)(?:生成|自动生成)[^\n]{0,24}"
)
#: A widget's title alone on its line (``智能客服``, ``政务机器人``, ``AI助手``, ``数字人小申``).
_WIDGET_TITLE_RE = lazy_regex(
    r"[ \t\u3000]*[\p{Han}A-Za-z]{0,8}(?:客服|问答|問答|咨询|諮詢|机器人|機器人|助手|助理|数字人|數字人|客服中心)[\p{Han}A-Za-z]{0,3}"
    r"[ \t\u3000]*"
)
#: An input box's placeholder (``请输入您的问题``, ``请简要描述您的问题``, ``请输入消息…``), maybe with its button.
_INPUT_RE = lazy_regex(
    r"[ \t\u3000]*(?:请|請|在此)?(?:输入|輸入|简要描述|簡要描述|描述|填写|填寫)(?:您|你)?(?:的|想|要)?(?:咨询|諮詢|询问|詢問)?(?:的)?"
    r"(?:问题|問題|消息|内容|內容|关键词|關鍵詞|关键字)[^\n。；]{0,16}?(?:[\.…。]{0,3})[ \t\u3000]*"
    r"(?:(?:发送|發送|提交|搜索|咨询)[ \t\u3000]*)?"
    # (an assistant's invitation in the box: 有问题，尽管问我)
    r"|[ \t\u3000]*(?:有(?:什么|任何)?(?:问题|問題|疑问|疑問)|想(?:问|了解)(?:什么|啥))[，,\s]*(?:尽管|儘管|随时|隨時|请|可以)?(?:问我|問我)[吧~～！!。]?[ \t\u3000]*"
)
#: A widget's buttons, a row of them (one or more on the line).
_BUTTON = (r"(?:回到顶部|发送|發送|提交|转人工|轉人工|人工服务|人工客服|结束会话|結束會話|结束对话|重新生成|复制|複製|点赞|点踩|停止生成|返回顶部|"
           r"回到顶部|在线咨询|在線諮詢|我要留言|我要咨询|意见征集|在线客服|在線客服|置顶|清空|清空对话|新对话|新建对话|最小化|"
           r"按(?:Enter|回车|回車)(?:键)?(?:发送|發送)|(?:Enter|回车)(?:发送|發送))")
_BUTTONS_RE = lazy_regex(rf"[ \t\u3000]*{_BUTTON}(?:[ \t\u3000|｜/·•]+{_BUTTON})*[ \t\u3000]*")
#: A widget's service lines: working hours, a queue or transfer notice, a hot line's name and hours.
_SERVICE_RE = lazy_regex(
    r"[ \t\u3000]*(?:"
    r"(?:客服|人工|在线|在線|服务|服務|咨询|諮詢)?(?:工作|服务|服務|在线|在線|接待)时间[：:][^\n。；]{0,30}\d{1,2}[:：]\d{2}[^\n。；]{0,20}"
    r"|正在为(?:您|你)(?:转接|接入|轉接)[^\n；]{0,24}|(?:当前|當前)?排队(?:人数|中)[^\n。；]{0,16}|客服[\p{Han}A-Za-z0-9]{1,6}为(?:您|你)服务[！!。]?"
    r"|(?:12345[\p{Han}]{0,10}热线|[\p{Han}]{0,10}热线[ \t\u3000]*[:：]?[ \t\u3000]*12345|12345)[ \t\u3000]*"
    r"|(?:7[×xX*]24|全天24|24)小时(?:人工)?(?:服务|在线|热线)[^\n。；]{0,12}|拨打12345[^\n。；]{0,16}"
    r")[ \t\u3000]*"
)
#: An accessibility toolbar's words (a portal's 适老化/无障碍 bar): its modes and tools, one a token.
_A11Y_TOKEN_RE = lazy_regex(
    r"无障碍(?:浏览|瀏覽|阅读|閱讀|模式|通道|服务)?|無障礙(?:瀏覽|閱讀|模式)?|长者模式|長者模式|长辈版|長輩版|适老化(?:模式|版)?|適老化(?:模式|版)?|"
    r"关怀版|關懷版|关怀模式|關懷模式|读屏(?:模式)?|讀屏(?:模式)?|大字版|大字模式|语音阅读|語音閱讀|语音朗读|指读|指讀|连读|連讀|"
    r"放大|缩小|縮小|辅助线|輔助線|十字光标|十字光標|纯文本|純文本|高对比度|高對比度|配色|开启|開啟|关闭|關閉|退出(?:服务|服務)?|重置|声音|聲音|"
    r"语速|語速|帮助|幫助|(?i:a\+|a-)"
)
_A11Y_STRONG_RE = lazy_regex(r"无障碍|無障礙|长者模式|長者模式|长辈版|長輩版|适老化|適老化|关怀版|關懷版|关怀模式|关怀模式|读屏|讀屏|大字版|辅助线|輔助線|十字光标|十字光標")
_TOKEN_SEP_RE = lazy_regex(r"[ \t\u3000|｜/·•、，,]+")
#: A "read it on your phone" or "share by QR" box's line: a scan and the page, the phone or the sharing.
_QR_RE = lazy_regex(
    r"(?=[^\n]{0,60}(?:扫一扫|掃一掃|扫一下|掃一下|扫码|掃碼|二维码|二維碼|扫描|掃描|(?i:qr)))"
    r"(?=[^\n]{0,60}(?:本文|本页|本頁|当前页|當前頁|朋友圈|分享|手机|手機|打开|打開|阅读|閱讀|发现|發現))[^\n]{2,60}"
)
#: A floating button only a page's chrome offers (the block's end).
_FLOAT_RE = lazy_regex(r"返回顶部|回到顶部|返回頂部|回到頂部|置顶|置頂")

#: A suggested question of a numbered list (``1. 如何查询政策文件？``): a line of the block under a suggestion header.
_QUESTION_RE = lazy_regex(r"[ \t\u3000]*(?:\d{1,2}[.、．][ \t\u3000]*|[•·-][ \t\u3000]*)?[^\n。；]{2,40}[？?][ \t\u3000]*")

_GATE_RE = lazy_regex(
    r"签名|簽名|签章|簽章|签署|簽署|印章|(?i:signed|signature|envelope\s+id|cn=|c=cn)|时间戳|"
    r"客服|我是|猜你|猜您|想问|这样问|AI生成|ai生成|12345|返回顶部|回到顶部|在线咨询|电子公文|(?i:tsa\b)|"
    r"无障碍|無障礙|长者模式|适老化|關懷版|关怀版|读屏|扫一扫|掃一掃|扫码|二维码"
)


def _role(line: str) -> tuple[str, str] | None:
    """The family and the role of one whole line: ``("signature"|"widget", "anchor"|"signer"|"when"|"field")``, or
    None for a line of other words (the law's, or of a shape the table does not hold)."""
    s = line.strip(_BLANKS)
    if not s or len(s) > _MAX_LINE or _LAW_LABEL_RE.match(s) or _OWN_CLOSING_RE.search(s):
        return None
    if _SIGNATURE_ANCHOR_RE.fullmatch(s):
        return ("signature", "anchor")
    if _DN_RE.fullmatch(s) and _DN_KEY_RE.search(s):
        return ("signature", "anchor")
    m = _SIGNATURE_FIELD_RE.fullmatch(s)
    if m:
        return ("signature", "signer" if m.group("signer") else "when" if m.group("when") else "field")
    if _SIGNATURE_HEAD_RE.fullmatch(s):
        return ("signature", "field")
    if ITEM_OPENING_RE.match(s) and not _QUESTION_RE.fullmatch(s):
        return None
    if _GREETING_RE.fullmatch(s) or _SUGGEST_RE.fullmatch(s) or _AI_NOTICE_RE.fullmatch(s):
        return ("widget", "anchor")
    if _INPUT_RE.fullmatch(s):
        return ("widget", "field")
    if _QR_RE.fullmatch(s):
        return ("widget", "qr")
    tokens = [t for t in _TOKEN_SEP_RE.split(s) if t]
    if tokens and len(tokens) <= 16 and all(_A11Y_TOKEN_RE.fullmatch(t) for t in tokens):
        return ("widget", "toolbar")
    if "。" in s or "；" in s:
        return None
    if (_WIDGET_TITLE_RE.fullmatch(s) and len(s) <= 14) or _BUTTONS_RE.fullmatch(s):
        return ("widget", "field")
    if _SERVICE_RE.fullmatch(s):
        return ("widget", "service")
    if _QUESTION_RE.fullmatch(s):
        return ("widget", "question")
    return None


def _signature_proven(roles: list[str], lines: list[str]) -> bool:
    """A signature's block: a verdict, a signer line, a DN or a seal's statement; or a signer's field with a signing
    time to the minute."""
    if "anchor" in roles:
        return True
    return "signer" in roles and "when" in roles


def _widget_proven(roles: list[str], lines: list[str]) -> bool:
    """A widget's block: the widget's greeting, a suggestion header or an AI notice, with another line of the widget;
    or, without them, a hot line's or a service's line with a row of the floating buttons and a third line."""
    if "anchor" in roles:
        return len(roles) >= 2
    if "question" in roles:
        return False  # (questions under no widget's header: a FAQ's own)
    if "toolbar" in roles:  # an accessibility bar: two of its modes or tools no law lists as a line
        return len({m.group() for s in lines for m in _A11Y_STRONG_RE.finditer(s)}) >= 2
    if "qr" in roles:  # a scan-to-read box: two of its lines
        return roles.count("qr") >= 2
    if any(_FLOAT_RE.search(s) for s in lines) and all(r == "field" for r in roles):
        return len(roles) >= 2  # the floating buttons (在线咨询, 意见征集) with the page's 返回顶部
    buttons = sum(1 for s in lines if _BUTTONS_RE.fullmatch(s.strip(_BLANKS)))
    return "service" in roles and buttons >= 1 and len(roles) >= 3


def appearance_lines(text: str, passable: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """The lines of the widgets' and the signature appearances' blocks of ``text`` (whole lines, in order).

    Real damage: a complete save of a portal's page keeps the service robot floating over it after the law (``智能客服
    ⏎您好！我是市政府智能客服“小政”，很高兴为您服务。⏎猜你想问：…⏎请输入您的问题　发送``); a signed PDF's text layer keeps
    the signature's appearance after the signed page's last line (``Digitally signed by 某市人民政府⏎Date: 2021.05.06
    10:22:33 +08'00'``, ``签名有效⏎签名人：某市人民政府⏎签名时间：2021-05-06 10:22:33``); the module docstring lists the
    members.

    **Evidence**: a block of whole lines (blank lines inside it go with it), each one formula of one family's table,
    proven by a line no law prints alone (a widget's greeting in its own voice, a suggestion header, an AI notice; a
    signing verdict, ``Digitally signed by``, a certificate's DN, a seal's statement) or, for a signature, by a
    signer's field with a signing time to the minute.  A widget's block must close the page (after it only blank
    lines or lines ``passable`` accepts: the site's furniture) or open it (no article above it); a signature's may
    stand between any two whole lines.  Some other line must remain: a page of nothing but such blocks keeps them.

    >>> t = "第九条 本条例自2021年1月1日起施行。\\n签名有效\\n签名人：某市人民政府\\n签名时间：2021-05-06 10:22:33\\n"
    >>> [t[a:b] for a, b in appearance_lines(t)]
    ['签名有效', '签名人：某市人民政府', '签名时间：2021-05-06 10:22:33']
    >>> t = "第九条 本条例自2021年1月1日起施行。\\n\\n智能客服\\n您好！我是智能客服“小政”，很高兴为您服务。\\n请输入您的问题　发送\\n"
    >>> [t[a:b][:5] for a, b in appearance_lines(t)]
    ['智能客服', '您好！我是', '请输入您的']

    A law on electronic signatures, an empty form and the law's own closing stay:

    >>> appearance_lines("第十三条 电子签名同时符合下列条件的，视为可靠的电子签名：\\n（一）签名有效；\\n签发人：张三\\n")
    []
    >>> appearance_lines("第九条 本办法自公布之日起施行。\\n附件：申请表\\n签名人：　　　　\\n签名时间：　　年　月　日\\n")
    []
    """
    if not text or _GATE_RE.search(text) is None:
        return []
    bounds = list(line_bounds(text))
    rows: list[tuple[int, int, tuple[str, str] | None]] = []  # non-blank lines with their role
    for a, b in bounds:
        if text[a:b].strip(_BLANKS):
            rows.append((a, b, _role(text[a:b]) if b - a <= _MAX_LINE + 8 else None))
    if not rows:
        return []
    found: list[tuple[int, int]] = []
    k, n = 0, len(rows)
    tail = None  # the first row of the page's closing run of ``passable`` lines (read once, last line first)
    labels = [i for i, (a, b, _) in enumerate(rows) if _LAW_LABEL_RE.match(text, a, b)]
    while k < n:
        role = rows[k][2]
        if role is None:
            k += 1
            continue
        family = role[0]
        j = k
        while j < n and rows[j][2] is not None and rows[j][2][0] == family and j - k < _MAX_BLOCK:
            j += 1
        block = rows[k:j]
        roles = [r[2][1] for r in block]  # type: ignore[index]
        lines = [text[a:b] for a, b, _ in block]
        if family == "signature":
            take = _signature_proven(roles, lines) and (k > 0 or j < n)
        else:
            take = False
            if _widget_proven(roles, lines):
                if tail is None:
                    tail = n
                    while tail > 0 and passable is not None and passable(text[rows[tail - 1][0]:rows[tail - 1][1]]):
                        tail -= 1
                # the page's end (only the site's furniture after it), or its head (no article above, one below)
                take = (j >= tail and k > 0) or (bool(labels) and labels[0] >= j)
        if take:
            found += [(a, b) for a, b, _ in block]
        k = j
    return found
