"""Content farms' chrome around a copied text: a CMS credit, wrapper words, a doc farm's upload box.

Real damage (field test 12, F12-D3, the `pages` corpus, pages+store12):

* hunanyuer.com (a 百科 farm copying a 单位小客车增量指标 notice) keeps its CMS's credit
  ``Empire CMS,phome.net |`` as a line between ``申请条件：`` and its list, and wraps the text in
  ``The Beginning`` … ``THE END``;
* zhuangpeitu.com (装配图网, a doc farm serving a 工信部中小企业司 standard) keeps its upload box
  ``上传人：无*** 文档编号：131273945 上传时间：2022-08-06 格式：DOC 页数：22 大小：325.50KB``, the
  buttons ``收藏 版权申诉 举报 下载``, the thumbnails' captions ``中小企业公共服务平台网络共享数据指标_第1页``
  (joined into one line by ``hard_wraps`` once the ``第1页 / 共22页`` lines go) and ``资源描述：``.

**Evidence**, line by line and whole lines only: a CMS's name with its vendor's site and nothing
else (no law names a CMS vendor); ``The Beginning`` as the text's first line, ``THE END`` as its
last; an upload box: one line of at least :data:`MIN_BOX_FIELDS` of a doc farm's own fields
(上传人, 文档编号, 上传时间, 页数, 大小…: labels no regulation uses for itself); and, only on a
page with such a box, the box's buttons, its ``资源描述：`` label, and captions ``<name>_第N页``
numbered 1, 2, 3… in order.
"""

from __future__ import annotations

import re

from corpus_tools.clean._gates import latin1_chars
from corpus_tools.lazy_patterns import lazy_re

#: A CMS's credit line: the product and (optionally) its vendor's site, separators, nothing else.
_CMS_CREDIT_RE = lazy_re(
    r"[ \t\u3000]*(?:powered\s+by\s+)?(?:empire\s*cms|帝国\s*cms|dede\s*cms|织梦\s*cms|phpcms|discuz!?)"
    r"(?:[ \t\u3000]*[,，|/][ \t\u3000]*(?:phome\.net|dedecms\.com|phpcms\.cn|discuz\.net|comsenz\.com))?"
    r"[ \t\u3000|,，]*",
    re.IGNORECASE,
)
_BEGINNING_RE = lazy_re(r"[ \t\u3000]*the beginning[ \t\u3000]*", re.IGNORECASE)
_END_RE = lazy_re(r"[ \t\u3000]*the end[ \t\u3000]*", re.IGNORECASE)

#: A doc farm's own fields (the labels of its upload box).
_BOX_LABELS = "上传人|上传者|文档编号|文档ID|上传时间|上传日期|格式|页数|文档页数|大小|文件大小|下载积分|所需积分"
_BOX_FIELD_RE = lazy_re(rf"(?:^|[ \t\u3000])(?:{_BOX_LABELS})[ \t\u3000]*[:：][ \t\u3000]*[^\s:：。；，]{{1,30}}")
_BOX_FIELDS_LINE_RE = lazy_re(rf"(?:[ \t\u3000]*(?:{_BOX_LABELS})[ \t\u3000]*[:：][ \t\u3000]*[^\s:：。；，]{{1,30}})+[ \t\u3000]*")
MIN_BOX_FIELDS = 4
#: The box's buttons: a line of these words only, two of them at least.
_BOX_BUTTONS_RE = lazy_re(r"[ \t\u3000]*(?:(?:收藏|版权申诉|举报|下载|分享|打印|侵权投诉|立即下载|加入收藏)[ \t\u3000]*){2,}")
_DESCRIPTION_LABEL_RE = lazy_re(r"[ \t\u3000]*资源描述[ \t\u3000]*[:：][ \t\u3000]*")
#: A thumbnail's caption: the document's name, ``_第N页``.
_CAPTION_RE = lazy_re(r"[ \t\u3000]*(?P<name>[^\n_]{2,80})_第(?P<page>\d{1,3})页[ \t\u3000]*")


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        out.append((at, end))
        at = end + 1
    return out


#: The ASCII words the credit and wrapper lines need (lowercased): the whole text is lowercased only
#: when its Latin-1 characters hold one (a copy of the text for ``str.lower``: 0.1 CPU-s on the
#: 1,911 clean laws, which hold none).  Only ASCII letters lowercase to these letters, but for
#: ``İ`` (-> ``i`` and a combining dot, which no word holds) and the Kelvin sign (-> ``k``).
_ASCII_WORDS = (b"cms", b"discuz", b"the beginning", b"the end")


def farm_chrome_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the farm chrome lines of ``text`` (module docstring), whole lines.

    >>> t = "The Beginning\\n申请条件：\\nEmpire CMS,phome.net |\\n两年内没有发生逾期的行为，可以申请。\\nTHE END"
    >>> [t[a:b] for a, b in farm_chrome_lines(t)]
    ['The Beginning', 'Empire CMS,phome.net |', 'THE END']
    >>> t = ("某标准\\n上传人：无*** 文档编号：131273945 上传时间：2022-08-06 格式：DOC 页数：22 大小：325.50KB\\n"
    ...      "收藏 版权申诉 举报 下载\\n某标准_第1页\\n某标准_第2页\\n资源描述：\\n1、内部资料注意保存")
    >>> [t[a:b][:8] for a, b in farm_chrome_lines(t)]
    ['上传人：无***', '收藏 版权申诉 ', '某标准_第1页', '某标准_第2页', '资源描述：']

    Without the upload box, buttons and captions are the text's own words:

    >>> farm_chrome_lines("附件：\\n收藏 下载\\n图表_第1页\\n图表_第2页\\n格式：见附表\\n")
    []
    """
    latin = latin1_chars(text).lower()  # (exact gate: the ASCII words below stay contiguous there)
    lower = text.lower() if any(word in latin for word in _ASCII_WORDS) else ""
    credit = "cms" in lower or "discuz" in lower
    wrapped = "the beginning" in lower or "the end" in lower
    boxed = "_第" in text or "上传" in text or "文档编号" in text
    if not (credit or wrapped or boxed):
        return []
    lines = [(a, b) for a, b in _lines(text) if text[a:b].strip()]
    found: list[tuple[int, int]] = []
    if wrapped and lines:
        first, last = lines[0], lines[-1]
        if _BEGINNING_RE.fullmatch(text, *first):
            found.append(first)
        if last != first and _END_RE.fullmatch(text, *last):
            found.append(last)
    if credit:
        found += [(a, b) for a, b in lines if _CMS_CREDIT_RE.fullmatch(text, a, b)]
    if boxed:
        found += _upload_box(text, lines)
    return sorted(set(found))


def _upload_box(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The doc farm's upload box line, and (only with it) its buttons, label and thumbnail captions."""
    box = [(a, b) for a, b in lines
           if _BOX_FIELDS_LINE_RE.fullmatch(text, a, b) and len(_BOX_FIELD_RE.findall(text, a, b)) >= MIN_BOX_FIELDS]
    if not box:
        return []
    found = list(box)
    found += [(a, b) for a, b in lines if _BOX_BUTTONS_RE.fullmatch(text, a, b) or _DESCRIPTION_LABEL_RE.fullmatch(text, a, b)]
    captions = [(a, b, m.group("name"), int(m.group("page"))) for a, b in lines
                if (m := _CAPTION_RE.fullmatch(text, a, b))]
    expected: dict[str, int] = {}
    for a, b, name, page in captions:  # each name's captions numbered 1, 2, 3… in order
        if page == expected.get(name, 1):
            expected[name] = page + 1
            found.append((a, b))
    return found


# --------------------------------------------------------------------------
# A doc farm's chunk numbers (``…5.共享数⏎⏎2、据指标表样…``)
# --------------------------------------------------------------------------

#: A doc farm's share line above the text it serves (``《…》由会员分享，可在线阅读，更多相关《…》请在装配图网上搜索。``).
_SHARE_LINE_RE = lazy_re(r"由(?:会员|用户|网友)(?:分享|上传)[，,][ \t\u3000]*可在线阅读")
#: A chunk's number opening its paragraph: ``1、``, ``2、``… (and the blanks after it).
_CHUNK_NUMBER_RE = lazy_re(r"[ \t\u3000]*([1-9]\d{0,3})、[ \t\u3000]*")
#: What ends a sentence or a list item: a break after one may be the text's own.
_SENTENCE_ENDS = "。；！？：.;!?:）)"
#: The fewest characters of a chunk the farm cut (its cuts are some hundreds of characters apart).
MIN_CHUNK_CHARS = 100


def farm_chunk_numbers(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of a doc farm's chunk numbers: the ``1、`` opening its first chunk, and
    for each next chunk the paragraph break and its number (``\\n\\n2、``), so that the cut word
    closes again.

    Real damage (field test 12, F12-D3): 装配图网 (zhuangpeitu.com) serves a 工信部中小企业司
    standard's text flattened into one run and cut every few hundred characters, wherever the
    cut falls: ``…5.共享数⏎⏎2、据指标表样…``; its clones (820124.com: ``…彈簧剛度的驗⏎⏎2、算…``) and
    三一办公 (31ppt.com: ``…摩擦片压紧制⏎⏎2、动鼓形成制动…``) do the same.  The numbers are the
    farm's, the breaks fall inside words.

    **Evidence**: the farm's share line (``由会员分享，可在线阅读``) above; the paragraph right
    under it opens with ``1、``; the next ones open with ``2、``, ``3、``… in order, each after
    one blank line, each chunk one line of :data:`MIN_CHUNK_CHARS` characters at least (the
    last excepted), and one break at least inside a sentence (a cut).  The first break in that
    pattern ends the chunks; a list of the text's own (``1、…⏎2、…`` without the share line, short
    items, or items that all end their sentences) is never touched.

    >>> chunk = "内部资料注意保存中小企业公共服务平台网络共享数据指标标准" * 4
    >>> t = "《某标准》由会员分享，可在线阅读。\\n\\n1、" + chunk + "共享数\\n\\n2、据指标表样。\\n"
    >>> [t[a:b] for a, b in farm_chunk_numbers(t)]
    ['1、', '\\n\\n2、']
    >>> farm_chunk_numbers("某通知\\n\\n1、" + chunk + "\\n\\n2、据指标表样。\\n")
    []
    >>> farm_chunk_numbers("《某标准》由会员分享，可在线阅读。\\n\\n1、" + chunk + "。\\n\\n2、据指标表样。\\n")
    []
    """
    share = _SHARE_LINE_RE.search(text)
    if share is None:
        return []
    at = text.find("\n", share.end())
    while 0 <= at < len(text) and text[at] == "\n":
        at += 1
    if at < 0 or at >= len(text):
        return []
    found: list[tuple[int, int]] = []
    expected = 1
    start = at  # the chunk's line
    while True:
        number = _CHUNK_NUMBER_RE.match(text, start)
        if number is None or int(number.group(1)) != expected:
            break
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if expected == 1:
            found.append((start, number.end()))
        else:
            found.append((start - 2, number.end()))
        expected += 1
        if not text.startswith("\n\n", end) or text.startswith("\n\n\n", end) or end - number.end() < MIN_CHUNK_CHARS:
            break  # the next chunk must follow after one blank line, and this one be a cut chunk's length
        start = end + 2
    if expected <= 2 or not any(text[a - 1] not in _SENTENCE_ENDS for a, _ in found[1:]):
        return []  # one chunk, or every break after a sentence's end: a list of the text's own
    return found
