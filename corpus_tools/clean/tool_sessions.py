r"""A law inside the output of a tool a person ran: a recorded terminal session, a chat assistant's answer (wrap28).

Real damage undone: a law reaches a page through a tool's output, and the page keeps the tool's own lines
around the law (and between its screens), which the structure reads as the law's (the last article ends with
``Script done on …``, a paragraph with ``--More--(37%)``).  The family, by the tool:

* a **terminal session** recorded with ``script(1)`` (or copied out of a terminal): the recorder's header and
  footer (``Script started on 2023-04-02 09:12:44+08:00 [TERM=…]``, ``Script done on …``), the shell's prompt
  with the command that fetched or paged the law (``user@host:~$ curl -s http://… | more``, ``[root@host ~]#
  less law.txt``) and the session's end (``user@host:~$ exit``, ``exit``, ``logout``), and the pager's prompt
  wherever a screen ended: ``more``'s ``--More--(37%)``, ``less``'s ``(END)`` and ``:``, a ``lines 1-24/120 20%``
  status line, ``Press RETURN to continue``;
* a **chat assistant's answer** quoting the law: a sentence addressed to the user above it (``好的，以下是《…》的
  全文：``, ``当然可以！下面是…``, ``根据您的要求，我整理了…``) and below it an offer, a wish or a reminder (``如需对某一条款进行
  解读，请随时告诉我。``, ``希望以上内容对您有所帮助！``, ``需要我帮您总结要点吗？``, ``⚠️ 温馨提示：…请以官方发布的最新版本为准。``),
  with the Markdown rules (``---``) between.

Evidence, for the page as a whole: the tool's grammar at both of the page's edges, or twice.  A session needs two
of its marks (the recorder's header, its footer, a prompt line at the top, one at the bottom, a ``--More--``
prompt); then its lines at the page's edges go (only lines of the session's grammar, read from each edge inward
until the first line of text) and its pager prompts wherever they stand, each a whole line.  An answer needs
its opening (addressed to the user, :data:`_OPENING`: at the top, before the law's title or first article) and
its closing (every line from the closing inward to the law addressed to the user or a reminder:
:data:`_CLOSING`); a law's own sentences (``我省``, ``我国``, ``本条例``) are neither.  A page with one mark alone
keeps its lines.
"""

from __future__ import annotations

from corpus_tools.clean.page_lines import line_bounds, line_bounds_backwards
from corpus_tools.lazy_patterns import lazy_regex

#: The most lines the tool's grammar takes at one edge of the page.
MAX_EDGE_LINES = 8

#: ``script(1)``'s header and footer (util-linux's Chinese messages too: ``脚本启动于 …``, ``脚本完成于 …``).
_SCRIPT_START = lazy_regex(r"[ \t]*(?:Script started(?: on|,)?|脚本启动于) [^\n]{0,200}")
_SCRIPT_DONE = lazy_regex(r"[ \t]*(?:Script done(?: on|,)?|脚本完成于) [^\n]{0,200}")
#: A shell's prompt (``user@host:~$``, ``[user@host dir]#``, ``PS C:\>``, ``C:\Users\a>``) with the command after it.
_PROMPT = lazy_regex(
    r"[ \t]*(?P<who>\[[\w.-]{1,32}@[\w.-]{1,64}(?:[ \t][^\]\n]{0,60})?\]|[\w.-]{1,32}@[\w.-]{1,64}(?::[^\s$#%>\n]{0,80})?"
    r"|(?:PS )?[A-Za-z]:\\[^>\n]{0,80})[ \t]?[$#%>](?:[ \t]?[^\n]{0,300})?"
)
#: A session's last word: the shell's ``exit``/``logout`` echoed alone.
_SESSION_END = lazy_regex(r"[ \t]*(?:exit|logout)[ \t]*")
#: ``more``'s prompt (a whole line; Windows' ``-- More (37%) --``): unambiguous wherever it stands.
_MORE = lazy_regex(r"[ \t]*-{1,2}[ \t]?More[ \t]?(?:\([0-9]{1,3}%\)[ \t]?)?-{1,2}(?:[ \t]?\([0-9]{1,3}%\))?[ \t]*")
#: Other pagers' prompts (a whole line), taken only on a proven session: ``less``'s ``(END)`` and ``:``, a status
#: line (``lines 1-24/120 20%``, ``law.txt lines 1-40 byte 3021``), ``Press RETURN to continue``, ``-- MOST: …``.
_PAGER = lazy_regex(
    r"[ \t]*(?::|\(END\)|(?:[^\s\n]{1,80}[ \t]+)?lines[ \t][0-9]{1,7}-[0-9]{1,7}(?:/[0-9]{1,7})?(?:[ \t][^\n]{0,40})?"
    r"|Press RETURN to continue[^\n]{0,20}|--[ \t]?MOST:[^\n]{0,80}|--Less--[^\n]{0,20})[ \t]*"
)

#: An assistant's opening, addressed to the user, handing over the law: an interjection or the second person, then
#: the handover (``以下是``, ``下面是``, ``如下``) of a text it names (``《…》``, ``全文``, ``原文``, ``条文``): a reply
#: letter's greeting (``您好！关于您反映的问题，现答复如下：``) hands over no text.
_OPENING = lazy_regex(
    r"[ \t\u3000]*(?:(?:好的|好|当然可以|当然|没问题|可以|嗯)[！!，,。～~ ]|[^\n]{0,30}?(?:您|为你|给你))"
    r"[^\n]{0,60}?(?:以下是|以下为|下面是|下面为|如下|整理了|找到了|查到了|摘录了|附上|列出了|这是|为您提供)[^\n]{0,60}?"
    r"(?<=《[^\n]{0,60}|全文|原文|完整内容|完整版|条文|文本)[^\n]{0,30}?[：:。！!]?[ \t]*"
)
#: The longest opening line read (an answer's first sentence; a longer line is the text's own).
_MAX_OPENING = 160
#: An assistant's closing line: an offer or a wish addressed to the user (the second person, or the first person
#: singular offering: ``告诉我``, ``需要我``), a summary of the answer (``以上就是…``), a reminder to check the
#: official text, or a Markdown rule between them.
_CLOSING = lazy_regex(
    r"[ \t]*(?:[-*_][ \t]*){3,}[ \t]*"
    r"|[^\n]{0,120}?(?:您|你(?!们)|告诉我|需要我|问我|我(?:可以|来|帮|再|将|会)|以上就是|以上是[^\n]{0,12}(?:全部|完整|全文)"
    r"|温馨提示|仅供参考|以官方[^\n]{0,20}为准|AI[ \t]?生成|人工智能生成)[^\n]{0,120}"
)
#: The first line of a law's own text: its title or an article, chapter or item label.
_LAW_LINE = lazy_regex(r"[ \t\u3000]*(?:第[一二三四五六七八九十百千零〇0-9]{1,8}[条章节编]|[^\n]{2,60}(?:条例|规定|办法|细则|决定|规则|章程|守则|法)\s*$)")


def _edge_lines(text: str, bounds, grammar) -> list[tuple[int, int]]:
    """The lines of ``grammar`` read from one edge inward (blank lines between them taken), up to the first other line."""
    taken: list[tuple[int, int]] = []
    seen = 0
    for a, b in bounds:
        if not text[a:b].strip():
            continue
        seen += 1
        if seen > MAX_EDGE_LINES or not grammar(text, a, b):
            break
        taken.append((a, b))
    return taken


def _session_line(text: str, a: int, b: int) -> bool:
    return bool(_SCRIPT_START.fullmatch(text, a, b) or _SCRIPT_DONE.fullmatch(text, a, b) or _PROMPT.fullmatch(text, a, b)
                or _SESSION_END.fullmatch(text, a, b) or _MORE.fullmatch(text, a, b) or _PAGER.fullmatch(text, a, b))


def terminal_session_lines(text: str) -> list[tuple[int, int]]:
    """A recorded terminal session's lines around the law and its pager's prompts, on a page that proves the session.

    >>> t = ("Script started on 2023-04-02 09:12:44+08:00 [TERM=\\"xterm\\"]\\n\\nuser@host:~$ more law_12.txt\\n\\n某市条例\\n\\n"
    ...      "第一条 为了规范管理，制定本条例。\\n\\n--More--(50%)\\n\\n第二条 本条例自公布之日起施行。\\n\\nuser@host:~$ exit\\n\\nexit\\n\\n"
    ...      "Script done on 2023-04-02 09:13:01+08:00 [COMMAND_EXIT_CODE=\\"0\\"]\\n")
    >>> [t[a:b] for a, b in terminal_session_lines(t)]  # doctest: +NORMALIZE_WHITESPACE
    ['Script started on 2023-04-02 09:12:44+08:00 [TERM="xterm"]', 'user@host:~$ more law_12.txt', '--More--(50%)',
     'user@host:~$ exit', 'exit', 'Script done on 2023-04-02 09:13:01+08:00 [COMMAND_EXIT_CODE="0"]']

    One mark alone (a law that quotes a command line, a ``:`` of its own) keeps its lines:

    >>> terminal_session_lines("user@host:~$ 某市条例\\n第一条 为了规范管理，制定本条例：\\n:\\n(END)\\n")
    []
    """
    if "@" not in text and "Script " not in text and "More" not in text and ":\\" not in text and "脚本" not in text:
        return []
    top = _edge_lines(text, line_bounds(text), _session_line)
    bottom = _edge_lines(text, line_bounds_backwards(text), _session_line)
    mores = [(m.start(), m.end()) for m in _MORE.finditer(text)] if "More" in text else []
    mores = [(a, b) for a, b in mores if (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b] == "\n")]
    marks = 0
    for lines, grammar in ((top, _SCRIPT_START), (bottom, _SCRIPT_DONE), (top, _PROMPT), (bottom, _PROMPT)):
        marks += any(grammar.fullmatch(text, a, b) for a, b in lines)
    marks += bool(mores)
    if marks < 2:
        return []
    pagers = [(a, b) for a, b in line_bounds(text) if b - a <= 120 and _PAGER.fullmatch(text, a, b)]
    return sorted(set(top) | set(bottom) | set(mores) | set(pagers))


def assistant_answer_lines(text: str) -> list[tuple[int, int]]:
    """A chat assistant's opening above the law and its closing below it, on a page that has both.

    >>> t = ("好的，以下是《某市条例》的全文：\\n\\n---\\n\\n某市条例\\n\\n第一条 为了规范管理，制定本条例。\\n\\n"
    ...      "第二条 本条例自公布之日起施行。\\n\\n---\\n\\n⚠️ 温馨提示：法规可能已经修订，请以官方发布的最新版本为准。\\n")
    >>> [t[a:b] for a, b in assistant_answer_lines(t)]
    ['好的，以下是《某市条例》的全文：', '---', '---', '⚠️ 温馨提示：法规可能已经修订，请以官方发布的最新版本为准。']

    A closing without the opening (a notice that ends ``如有疑问，请与您所在单位联系。``), and a law's own last
    sentences, stay:

    >>> assistant_answer_lines("某市条例\\n第一条 为了规范管理，制定本条例。\\n如有疑问，请与您所在单位联系。\\n")
    []
    >>> assistant_answer_lines("您好！关于您反映的问题，现答复如下：\\n经核查，该路段已纳入改造计划。\\n感谢您的来信！\\n")
    []
    """
    if "您" not in text and "你" not in text and "我" not in text and "温馨提示" not in text and "为准" not in text:
        return []
    opening: list[tuple[int, int]] = []
    for a, b in line_bounds(text):
        if not text[a:b].strip():
            continue
        if not opening:
            if b - a > _MAX_OPENING or _LAW_LINE.match(text, a, b) or not _OPENING.fullmatch(text, a, b):
                return []
            opening.append((a, b))
        elif _RULE.fullmatch(text, a, b):
            opening.append((a, b))
        else:
            break
    closing = _edge_lines(text, line_bounds_backwards(text), lambda t, a, b: bool(_CLOSING.fullmatch(t, a, b)
                                                                               and not _LAW_LINE.match(t, a, b)))
    if not opening or not any(not _RULE.fullmatch(text, a, b) for a, b in closing):
        return []
    return opening + sorted(closing)


_RULE = lazy_regex(r"[ \t]*(?:[-*_][ \t]*){3,}")


def tool_output_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a tool's output around a law (:func:`terminal_session_lines`, :func:`assistant_answer_lines`)."""
    return terminal_session_lines(text) + assistant_answer_lines(text)


__all__ = ["MAX_EDGE_LINES", "assistant_answer_lines", "terminal_session_lines", "tool_output_lines"]
