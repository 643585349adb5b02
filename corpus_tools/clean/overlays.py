r"""Consent and prompt overlays kept in a saved page: a cookie banner, an age gate, an open-in-app or
browser-upgrade prompt, with their buttons (session 23, furn23).

Real damage undone: a site shows a box over the page (a cookie or privacy consent, "download our app",
"your browser is too old", "are you 18?") and a browser's innerText crawl or a saved page keeps its text,
one control a line, at the page's head or after the law's last article, where it becomes part of that
article::

    第十四条 本守则自通过之日起施行。
    为了给您提供更好的服务，本站会使用Cookie。
    同意并继续　管理设置

**Evidence** (precision first: a law may speak of cookies, privacy policies, browsers and apps): a block of
short lines holding the box's **prompt** (a sentence in the site's own voice asking for consent, or
prompting to open an app or upgrade the browser, or asking the reader's age) *and* at least one line made
only of the box's **action buttons** (``接受``, ``拒绝``, ``同意并继续``, ``仅必要``, ``Accept all``,
``立即打开``, ``是　否``…), right below or above it, blank lines aside.  Links of the box (``隐私政策``,
``了解更多``) go with the block but are no evidence.  A prompt without a button beside it stays (a site's
privacy-policy page says the same words as its text), and so does a line of buttons without a prompt
(``是``/``否`` in a form).
"""

from __future__ import annotations

from corpus_tools.clean.page_lines import ARTICLE_LINE_RE, line_bounds
from corpus_tools.lazy_patterns import lazy_regex

_BLANKS = " \t\u3000\u00a0"

#: Cheap gate: a word one of the prompts holds.
_GATE_RE = lazy_regex(r"(?i)cookie|隐私|浏览器|browser|(?<![a-z])app(?![a-z])|客户端|周岁|(?<!\d)18(?!\d)|年满")

#: The longest prompt line (a banner's two sentences).
_MAX_PROMPT = 200
#: The most lines a box holds, prompt, buttons and links together.
_MAX_BOX_LINES = 6

#: The site speaking of itself (a law speaks of 网络运营者, never of 本站 or 我们).
_SITE_VOICE = r"(?:本站|本网站|本网|我们|我站|本平台|本页面?|本应用|(?i:\bwe\b|\bour\b|\bthis\s+(?:web)?site\b))"
#: Prompts of an overlay, each a whole line.
_PROMPT_RE = lazy_regex(
    # a cookie consent in the site's voice: 本站会使用Cookie / We use cookies to improve your experience
    rf"(?=[^\n]*(?i:cookie))(?=[^\n]*{_SITE_VOICE})[^\n]{{4,{_MAX_PROMPT}}}"
    # a privacy consent: 请阅读《隐私政策》…点击"同意"即表示您同意
    rf"|(?=[^\n]*隐私)(?=[^\n]*[您你])(?=[^\n]*(?:点击|继续(?:使用|浏览|访问)))(?=[^\n]*(?:同意|接受))[^\n]{{4,{_MAX_PROMPT}}}"
    # an age gate: 您是否已年满18周岁？
    rf"|(?=[^\n]*[您你])(?=[^\n]*(?:年满|已满|满)[ \u3000]*(?:18|十八)[ \u3000]*周?岁)[^\n]{{4,{_MAX_PROMPT}}}"
    r"|(?=[^\n]*(?i:\bare\s+you\s+(?:over\s+)?18(?!\d)|\bat\s+least\s+18(?!\d)))[^\n]{4,200}"
    # an open-in-app prompt: 打开APP，阅读体验更佳 / 下载客户端
    rf"|(?=[^\n]*(?:(?i:(?<![a-z])app(?![a-z]))|客户端))(?=[^\n]*(?:打开|下载|安装|(?i:\bopen\b|\bdownload\b|\binstall\b)))[^\n]{{2,{_MAX_PROMPT}}}"
    # a browser notice: 您的浏览器版本过低，请升级 / Your browser is out of date
    rf"|(?=[^\n]*浏览器)(?=[^\n]*(?:版本过低|版本太低|过旧|太旧|不兼容|不支持|升级|更新|更换))[^\n]{{4,{_MAX_PROMPT}}}"
    r"|(?=[^\n]*(?i:\bbrowser\b))(?=[^\n]*(?i:out\s+of\s+date|outdated|not\s+supported|upgrade|update))[^\n]{4,200}"
)
#: A box's action buttons (Chinese and English), one token each.
_ACTION_RE = lazy_regex(
    r"接受|拒绝|同意|不同意|同意并继续|接受并继续|同意并关闭|接受全部|全部接受|接受所有|接受所有Cookie|"
    r"仅必要|仅接受必要(?:的)?(?:Cookie)?|仅限必要|仅使用必要(?:的)?(?:Cookie)?|必要Cookie|拒绝全部|全部拒绝|拒绝所有|拒绝非必要(?:Cookie)?|"
    r"管理设置|Cookie设置|偏好设置|自定义设置|自定义|管理Cookie|我知道了|知道了|好的|确定|确认|取消|关闭|"
    r"是|否|已满18岁|未满18岁|已满18周岁|未满18周岁|进入|离开|进入网站|离开网站|"
    r"立即打开|立即下载|打开|下载|打开APP|下载APP|打开App|下载App|App内打开|APP内打开|继续浏览|继续访问|以后再说|下次再说|暂不|暂不下载|"
    r"立即升级|升级浏览器|下载浏览器|忽略|[×✕✖Xx]|"
    r"(?i:accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?|decline|agree|i\s+agree|allow(?:\s+all)?|deny|"
    r"(?:cookie\s+)?settings|manage(?:\s+(?:cookies|preferences|settings))?|preferences|customi[sz]e|"
    r"ok|okay|got\s+it|close|dismiss|continue|open(?:\s+(?:in\s+)?app)?|download(?:\s+app)?|upgrade(?:\s+(?:now|browser))?|"
    r"not\s+now|later|yes|no|enter|leave|exit)"
)
#: A box's links: they go with the box, but are no evidence (a privacy page's heading says 隐私政策).
_LINK_RE = lazy_regex(r"隐私政策|隐私声明|隐私协议|Cookie政策|Cookie声明|用户协议|了解更多|查看详情|详情|(?i:privacy\s+policy|cookie\s+policy|learn\s+more|more\s+info)")
#: What separates a box's buttons on their line (a single blank is kept: ``Accept all`` is one button).
_SEP_RE = lazy_regex(r"(?:[\t\u3000\u00a0|｜/／·•,，、\[\]【】<>()（）《》!！]|  )+")
_BLANK_RE = lazy_regex(r" +")


def _tokens(line: str) -> list[str]:
    """The buttons of a line: its chunks between separators, a chunk of several words split at its blanks unless it
    is one button whole (``Accept all``, ``Upgrade now``; ``接受 拒绝``).

    >>> _tokens("Accept all | Reject all"), _tokens("接受 拒绝"), _tokens("[Accept] [Reject]")
    (['Accept all', 'Reject all'], ['接受', '拒绝'], ['Accept', 'Reject'])
    """
    tokens: list[str] = []
    for chunk in _SEP_RE.split(line):
        chunk = chunk.strip(" ")
        if not chunk:
            continue
        if " " in chunk and (_ACTION_RE.fullmatch(chunk) or _LINK_RE.fullmatch(chunk)):
            tokens.append(chunk)
        else:
            tokens += [t for t in _BLANK_RE.split(chunk) if t]
    return tokens


def _button_line(line: str) -> str | None:
    """``"action"`` when ``line`` is made of a box's buttons and links only with one action at least, ``"link"``
    when of links only, else None.

    >>> _button_line("同意并继续　管理设置"), _button_line("接受全部 | 仅必要"), _button_line("[Accept] [Reject]")
    ('action', 'action', 'action')
    >>> _button_line("隐私政策"), _button_line("第一条 接受监督"), _button_line("同意")
    ('link', None, 'action')
    """
    s = line.strip(_BLANKS)
    if not s or len(s) > 60:
        return None
    tokens = _tokens(s)
    if not tokens:
        return None
    kinds = []
    for t in tokens:
        if _ACTION_RE.fullmatch(t):
            kinds.append("action")
        elif _LINK_RE.fullmatch(t):
            kinds.append("link")
        else:
            return None
    return "action" if "action" in kinds else "link"


def _prompt(line: str) -> bool:
    """Whether ``line`` is an overlay's prompt (no article's label: a law's article on cookies stays).

    >>> _prompt("为了给您提供更好的服务，本站会使用Cookie。"), _prompt("We use cookies to improve your experience.")
    (True, True)
    >>> _prompt("第十条 网络运营者使用Cookie收集个人信息的，应当告知用户。"), _prompt("您的浏览器版本过低，请升级后访问。")
    (False, True)
    """
    s = line.strip(_BLANKS)
    return (0 < len(s) <= _MAX_PROMPT and not ARTICLE_LINE_RE.match(s)
            and _PROMPT_RE.fullmatch(s) is not None)


def overlay_blocks(text: str) -> list[tuple[int, int]]:
    r"""``(line start, line end)`` of each line of the consent and prompt boxes of ``text`` (module docstring).

    >>> t = "第十四条 本守则自通过之日起施行。\n\n为了给您提供更好的服务，本站会使用Cookie。\n\n同意并继续　管理设置\n\n隐私政策\n"
    >>> [t[a:b] for a, b in overlay_blocks(t)]
    ['为了给您提供更好的服务，本站会使用Cookie。', '同意并继续　管理设置', '隐私政策']

    A prompt without its buttons, or a law's sentence on cookies, stays:

    >>> overlay_blocks("隐私政策\n本网站使用Cookie以提升您的浏览体验。\n第一条 本政策适用于本网站。\n")
    []
    >>> overlay_blocks("第五条 网站使用Cookie的，应当征得用户同意。\n接受\n")
    []
    """
    if not _GATE_RE.search(text):
        return []
    lines = [(a, b) for a, b in line_bounds(text) if text[a:b].strip(_BLANKS)]
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    for k, (a, b) in enumerate(lines):
        if k in taken or not _GATE_RE.search(text, a, b) or not _prompt(text[a:b]):
            continue
        box = [k]
        actions = 0
        j = k + 1  # the box's lines below its prompt: buttons, links, a second prompt
        while j < len(lines) and len(box) < _MAX_BOX_LINES:
            line = text[lines[j][0]:lines[j][1]]
            kind = _button_line(line)
            if kind is None and not _prompt(line):
                break
            actions += kind == "action"
            box.append(j)
            j += 1
        i = k - 1  # buttons above the prompt (a box that prints them first); no link: a privacy page's heading
        while i >= 0 and len(box) < _MAX_BOX_LINES and i not in taken:
            if _button_line(text[lines[i][0]:lines[i][1]]) != "action":
                break
            actions += 1
            box.append(i)
            i -= 1
        if actions:
            taken.update(box)
            found += [lines[m] for m in sorted(box)]
    return sorted(set(found))
