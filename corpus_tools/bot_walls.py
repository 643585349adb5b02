"""Pages an anti-bot wall served in place of the page asked for: a security check, not a law.

Real damage (field test 27, F27-B2): a crawler that a site's or a search engine's bot protection stopped saved the
check it was shown, and the build made a document of it: Baidu's ``百度安全验证`` page (``网络不给力，请稍后重试``,
``返回首页``, ``问题反馈``, or its slider ``请完成下方验证后继续操作`` ⏎ ``拖动左侧滑块使图片为正``), titled
``百度安全验证``, with the finding ``has_sentence`` and nothing of a law in it.  The family: the walls of search
engines, cloud WAFs and site firewalls (``安全验证``, ``人机验证``, ``滑块验证``, ``访问验证``, ``访问过于频繁``,
``您的访问已被拦截``, ``网站防火墙``), and the English ones of CDNs (``Just a moment...``, ``Checking your browser``,
``Verify you are human``, ``Attention Required!``, ``Access Denied``).

**Evidence**: the page is the wall's whole text: a wall's own words (:data:`_WALL`) in its ``<title>`` or on a line
of their own near the top, and nothing a law page holds besides: no article, chapter or item label opening a line,
and at most :data:`MAX_OTHER_HAN` Han characters on the lines that are no wall words (a law that writes of
``安全验证`` in its articles, a page that quotes a wall, keep their text).  Such a page is rejected at ingest with
the code ``bot_check`` and its reason (``rejected.jsonl``): the build goes on and exits 3 (some input not built).
"""

from __future__ import annotations

from typing import Mapping

from corpus_tools.lazy_patterns import lazy_regex

#: A wall's own words: the line or the title is one of them (with the site's or the engine's name before).
_WALL = lazy_regex(
    r"(?i)^[ \t\u3000]*(?:\p{Han}{0,8}(?:安全验证|人机(?:身份)?验证|滑块验证|滑动验证|访问验证|访问受限|访问被拒绝|请求被拦截"
    r"|(?:您的)?访问(?:请求)?(?:已被|被)拦截|网站防火墙)"
    r"|(?:您的)?(?:访问|操作|请求)(?:过于|太)频繁[^\n]{0,40}"
    r"|网络不给力[，,]\s*请稍后重试|请完成(?:下方|以下|安全)?验证(?:后继续(?:操作|访问))?[。.]?"
    r"|(?:请)?(?:拖动|按住|向右拖动)(?:左侧|下方)?滑块[^\n]{0,20}|请(?:输入|填写)验证码(?:后继续(?:访问|操作))?[。.]?"
    r"|just a moment\.{0,3}|checking your browser[^\n]{0,60}|verify(?:ing)? you are (?:a )?human[^\n]{0,60}"
    r"|attention required!?[^\n]{0,40}|access denied[^\n]{0,40}|please enable (?:javascript|cookies)[^\n]{0,60})[ \t\u3000]*$"
)
#: The controls a wall shows under its words (a button's, a link's): no part of a law either.
_CONTROL = lazy_regex(r"^[ \t\u3000]*(?:返回首页|问题反馈|刷新|重新加载|重试|换一张|看不清[？?]?|确定|提交|验证|反馈|关闭|ray id[^\n]{0,60})[ \t\u3000]*$")
#: A law's body: an article, chapter or section label, or an item, opening a line.
_BODY_LABEL = lazy_regex(r"(?m)^[ \t\u3000]*(?:第[一二三四五六七八九十百千零〇0-9]+[条章节编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
_HAN = lazy_regex(r"\p{Han}")
#: How many Han characters the lines that are no wall's words nor its controls may hold.
MAX_OTHER_HAN = 60
#: How many non-blank lines from the top a wall's words are looked for on (its page is short).
_TOP_LINES = 8


def wall_words(text: str, metadata: Mapping[str, object] | None = None) -> str | None:
    """The wall's words when ``text`` (a page's text, ``metadata`` what ingest read of it: its ``html_title``) is an
    anti-bot wall's page, else None.

    >>> wall_words("网络不给力，请稍后重试\\n返回首页\\n问题反馈\\n", {"html_title": "百度安全验证"})
    '百度安全验证'
    >>> wall_words("百度安全验证\\n请完成下方验证后继续操作\\n拖动左侧滑块使图片为正\\n")
    '百度安全验证'
    >>> wall_words("某某网络安全条例\\n第一条 为了规范网络安全验证工作，制定本条例。\\n第二条 安全验证应当依法进行。\\n")
    >>> wall_words("安全验证\\n" + "本市加强对网络平台的管理，" * 10)
    """
    if len(text) > 4000:
        return None  # a wall's page is short
    lines = [line for line in text.split("\n") if line.strip(" \t\u3000\r")]
    found = None
    title = str((metadata or {}).get("html_title") or "").strip()
    if title and _WALL.match(title):
        found = title
    other = 0
    for k, line in enumerate(lines):
        if _WALL.match(line):
            if found is None and k < _TOP_LINES:
                found = line.strip(" \t\u3000\r")
            continue
        if _CONTROL.match(line):
            continue
        other += len(_HAN.findall(line))
    if found is None or other > MAX_OTHER_HAN or _BODY_LABEL.search(text):
        return None
    return found


__all__ = ["MAX_OTHER_HAN", "wall_words"]
