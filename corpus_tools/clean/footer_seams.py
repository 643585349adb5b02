r"""Web-footer seams: where a furniture rule removed a web site's chrome lines, so that ``hard_wraps`` joins nothing there.

Real damage undone (field test 19, F19-A2): wenke99's preview of 中国地名汉语拼音字母拼写规则 was cut mid-sentence,
its footer (版权所有…, 网站标识码…) was removed by ``site_furniture``, and ``hard_wraps`` glued the cut line to the
site's tail sentence after the footer (``…西小巷本站为…``, ``…审批后文章来源于网络，如有侵权请联系删除。``).

The family: a web page's chrome between a cut article and the site's own text.  Its members: a copyright line
(``版权所有：…``, ``Copyright © …``), an ICP/公网安备/网站标识码 line, an organiser line (``主办单位：…``,
``承办：…``, ``技术支持：…``), a contact line (``联系电话：…``, ``联系我们``, ``地址：…``), a print/close bar
(``【打印本页】【关闭窗口】``).  Not a member: a PDF copy's page furniture (``- 3 -``, ``第3页 共10页``, a running
head repeating the title or the gazette's name, and a copyright line printed over a page's number), which sits
*inside* real wraps: a removed page number between two lines of one sentence leaves a wrap that must be joined
(session 19 tried every removed line as a seam and lost 6-13 points on the PDF page-break variants).

A seam is a position in the text after the step that removed the lines; :func:`carry_seams` moves the positions
over every later step's edits (one walk over both sorted lists) until ``hard_wraps`` reads them.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: Words only a web site's chrome holds: copyright, ICP and site identifiers, organiser, contact, print/close bars.
_WEB_CHROME = lazy_regex(
    r"版权所有|[Cc]opyright|COPYRIGHT|©|ICP[备证]|公网安备|网站标识码|网站识别码|主办单位|承办单位|协办单位|"
    r"^[\s　【\[]*(?:主办|承办|协办|技术支持|运行维护|联系电话|联系方式|联系我们|地址|邮编|电子邮箱|E-?mail)[:：]?|"
    r"技术支持[:：]|联系我们|网站地图|网站声明|隐私声明|打印本页|关闭窗口|【打印】|【关闭】|返回顶部|收藏本页|设为首页",
)


#: A printed page's number: alone on its line (``3``, ``- 3 -``, ``— 3 —``, ``·3·``, ``第3页``, ``3/10``) or as a page
#: count anywhere in a line (``版权所有：某某市人民政府  第1页 共3页``).  A web page prints no page numbers between its
#: lines; a PDF prints them at each page's foot, beside the copyright line some PDFs repeat there.
_PAGE_NUMBER = lazy_regex(
    r"^[\s\-—－–―·•]*(?:第\s*[0-9]{1,4}\s*页(?:\s*[，,/]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}(?:\s*/\s*[0-9]{1,4})?)"
    r"[\s\-—－–―·•]*$|第\s*[0-9]{1,4}\s*页\s*[，,/]?\s*共\s*[0-9]{1,4}\s*页",
)


def is_web_chrome(removed: str) -> bool:
    r"""Whether removed lines are a web site's chrome (a footer, a print/close bar), not a PDF's page furniture.

    A block that holds a page number is a printed page's break even when it holds a copyright line too (a PDF that
    prints ``Copyright © 2021 …`` over each page's number): the lines around it are one sentence's real wrap.

    >>> [is_web_chrome(t) for t in ("版权所有：某某市人民政府\n", "【打印本页】【关闭窗口】\n", "主办：某某市政府办公室\n")]
    [True, True, True]
    >>> [is_web_chrome(t) for t in ("- 3 -\n", "第3页 共10页\n", "某某市人民政府公报\n", "某某市建设工程管理办法\n")]
    [False, False, False, False]
    >>> [is_web_chrome(t) for t in ("Copyright © 2021 某某市司法局\n1\n\n仅供内部参考\n", "版权所有：某某市人民政府  第1页 共3页\n")]
    [False, False]
    """
    lines = [line for line in removed.split("\n") if line.strip()]
    if any(_PAGE_NUMBER.search(line) for line in lines):
        return False
    return any(_WEB_CHROME.search(line) for line in lines)


def web_footer_seams(edits: Iterable[Edit]) -> list[int]:
    r"""The positions, in the text after ``edits``, where one of them removed whole lines of web chrome.

    >>> web_footer_seams([Edit("site_furniture", 4, 13, "版权所有：某某网\n", "", "")])
    [4]
    >>> web_footer_seams([Edit("site_furniture", 4, 10, "- 3 -\n", "", ""), Edit("site_furniture", 20, 26, "【打印】", "", "")])
    []
    """
    seams = []
    shift = 0
    for e in sorted(edits, key=lambda edit: edit.start):
        if "\n" in e.before and not e.after.strip() and is_web_chrome(e.before):
            seams.append(e.start + shift)
        shift += len(e.after) - len(e.before)
    return seams


def carry_seams(positions: Sequence[int], edits: Iterable[Edit]) -> list[int]:
    """``positions`` (sorted) moved over one step's ``edits``; a position inside an edit's span goes to its start.

    One walk over both sorted lists: linear however many seams and edits a page has.

    >>> carry_seams([10], [Edit("width", 2, 3, ",", "，", "")]), carry_seams([10], [Edit("width", 2, 5, "abc", "", "")])
    ([10], [7])
    >>> carry_seams([4, 10], [Edit("hard_wraps", 3, 6, "a\\nb", "ab", "")])
    [3, 9]
    """
    ordered = sorted(edits, key=lambda edit: edit.start)
    moved = []
    k = shift = 0
    for pos in positions:
        while k < len(ordered) and ordered[k].end <= pos:
            shift += len(ordered[k].after) - len(ordered[k].before)
            k += 1
        if k < len(ordered) and ordered[k].start < pos:
            pos = ordered[k].start
        moved.append(pos + shift)
    return moved


__all__ = ["carry_seams", "is_web_chrome", "web_footer_seams"]
