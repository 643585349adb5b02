"""The copier's note above a document: a crawler's disclaimer, not the document.

Real damage (field test 12, F12-B2, zhiyao87/Shanghai-Gov-Docs-Index, every one of its 2 952
Markdown copies of Shanghai 规范性文件): the crawl writes a blockquote above the ``#`` title,

    > 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以[官方链接](…)发布版本为准。&siteId=0010
    > 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。

and both lines became the first lines of every document (glued together by ``hard_wraps`` where
the first ends in the link's spilled ``&siteId=0010``).  The evidence is the wording *and* the
place: a line that says a script extracted the text for retrieval (脚本/爬虫 … 提取/抓取 …
仅供检索/以…为准), or that states the copyright exemption of official documents (著作权法第五条 …
不适用著作权法), among the lines that open the text, before anything else.  The same words
inside a document (a quotation, a 著作权 regulation's own article) are never at its head.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re

#: A crawler says what it did: a script/crawler extracted (fetched, collected) the text, and
#: the copy is for retrieval only / the official version prevails.
_CRAWL_NOTE_RE = lazy_re(
    r"(?=.*(?:脚本|爬虫|抓取程序|采集程序|程序自动|自动提取|自动抓取|自动采集))"
    r"(?=.*(?:提取|抓取|采集|获取|转换|整理))"
    r"(?=.*(?:仅供(?:检索|查阅|参考|学习|研究)|以[^。\n]{0,40}为准))"
)
#: The copy's licence: official documents are outside copyright (著作权法 第五条).
_EXEMPTION_NOTE_RE = lazy_re(
    r"著作权法》?第五条[^\n]{0,60}不适用(?:于)?(?:《?中华人民共和国)?著作权法"
)
#: How many lines at the head of the text are looked at, and how long a note may be.
HEAD_LINES = 4
MAX_NOTE_CHARS = 240


def copier_note_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the copier's note lines that open ``text`` (module docstring), as
    whole lines (without their line break).

    >>> t = ("本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以官方链接发布版本为准。&siteId=0010\\n"
    ...      "依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。\\n\\n"
    ...      "上海市交通委员会关于废止和宣布失效部分文件的通知\\n")
    >>> [t[a:b][:6] for a, b in copier_note_lines(t)]
    ['本文正文由脚', '依《中华人民']

    The same words below the head are the document's (a quotation) and stay:

    >>> copier_note_lines("某某办法\\n第一条 依《中华人民共和国著作权法》第五条第一项，具有立法性质的文件不适用著作权法。\\n")
    []
    """
    found: list[tuple[int, int]] = []
    at, seen = 0, 0
    while at < len(text) and seen < HEAD_LINES:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip()
        if line:
            seen += 1
            if len(line) > MAX_NOTE_CHARS or not (_CRAWL_NOTE_RE.match(line) or _EXEMPTION_NOTE_RE.search(line)):
                break  # the document begins: notes only open the text
            found.append((at, end))
        at = end + 1
    return found


#: A law database's citation code (北大法宝: ``【法宝引证码】CLI.A.1300837``, ``CLI.C.9274531``, ``CLI.1.12345``), the whole
#: line: the database's stamp on its copy, not the case's text.
_DATABASE_CODE_RE = lazy_re(r"[ \t\u3000]*[【\[]?法宝引证码[】\]]?[ \t\u3000]*[:：]?[ \t\u3000]*CLI\.[A-Z0-9]{1,3}(?:\.[A-Z0-9]{1,3})?\.\d{3,12}[ \t\u3000]*")


def database_code_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line that is a law database's citation code alone (field test 22, F22-B3: pkulaw's copy of
    a 人民司法 case keeps ``【法宝引证码】CLI.A.1300837`` under its title).

    **Evidence**: the whole line is the label and the code and nothing else; the code cited inside a sentence stays.

    >>> t = "某某案\\n\\n【法宝引证码】CLI.A.1300837\\n\\n期刊名称：《人民司法（案例）》\\n"
    >>> [t[a:b] for a, b in database_code_lines(t)]
    ['【法宝引证码】CLI.A.1300837']
    >>> database_code_lines("第一条 引用本案时，应当注明法宝引证码CLI.A.1300837。\\n")
    []
    """
    found: list[tuple[int, int]] = []
    at = text.find("法宝引证码")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if _DATABASE_CODE_RE.fullmatch(text, start, end):
            found.append((start, end))
        at = text.find("法宝引证码", end)
    return found
