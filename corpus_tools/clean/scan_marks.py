"""Marks an OCR of a scanned page misread at the edges of its printed lines.

Real damage (the brief of session 17 on scanned 公报 and 规范性文件 PDFs, pdf17's blind variant ``layout_blind3_ocr_edges``;
the scanned 国务院公报 of field test 16, samiux ``gwyb198911.pdf``, has no text layer to read it from): the scanner
reads the gutter's shadow or the page's frame as a vertical stroke standing at the edge of a printed line, apart from
the text by a blank: ``…市公积金管理中心应当 |⏎说明理由`` or ``…应当⏎丨 说明理由``.  The stroke is no character of
the law (``丨`` is a dictionary radical, ``|`` no Chinese mark); left there, it keeps the wrap from being joined.

**Evidence**, all of: the stroke (``|``, ``｜`` or ``丨``) stands at the very start or end of a line with a blank
between it and the text; the text goes on across that edge (a Han character or a Chinese mark on both sides of
the wrap it stands at, or a paragraph's end and a blank line: a stroke beside a heading or a page's number stays);
the page holds at least :data:`MIN_STRAY_MARKS` such strokes, and no stroke
anywhere else (a menu's or a table's separators, ``欢迎访问… | 繁体 | 支持IPv6``, ``公报編號: | 31/2000 |``, stand
inside lines too).  Only the stroke and its blank go; the wrap is the layout rules' to join.

A stroke glued between a Han character and a Latin name or number (``百胜棋牌快三|bsqp``, ``鸿发国际|hongfa``:
the separator of a spam brand the spam rule removes later, mixed18) joins one name's two spellings: it is no
menu's or table's separator (those stand between blanks, or between words of one script), so it does not
veto the page's scan strokes (it vetoed every one of them on an OCR copy carrying such a brand).
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re

#: The strokes a scan's OCR reads at a line's edge.
STROKES = "|｜丨"
#: The fewest strokes a page must show (one could be a writer's own separator).
MIN_STRAY_MARKS = 3
#: The fewest characters of text on a line a stroke stands at: a scan's printed line, not a menu's item
#: (``中国政府网 |⏎安徽省人民政府网 |⏎…微博 |⏎微信 |``: a 铜陵市 page's head, tests/test_clean_field12_chrome.py).
MIN_PRINTED_LINE = 10
_BLANKS = " \t\u3000\xa0"
_HAN = lazy_re(r"[\u3400-\u9fff]")
#: A stroke glued between a Han character and a Latin name or number, either way round (``快三|bsqp``,
#: ``ttzc|天天中彩``): a name's separator, no menu's (see the module).
_NAME_SEPARATOR = lazy_re(r"(?<=[\u3400-\u9fff])[|｜丨](?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[|｜丨](?=[\u3400-\u9fff])")
#: What a line cut inside a sentence may stop on, and what the next may start with.
_GOES_ON_BEFORE = "，、（《“。；：！？）》”"
_GOES_ON_AFTER = "，、。；：！？）》”"
#: A sentence's end that may close a paragraph (a blank line after it).
_PARAGRAPH_END = "。！？；"


def _han_or(ch: str, marks: str) -> bool:
    return bool(ch) and (_HAN.match(ch) is not None or ch in marks)


def _separates(inner: str) -> bool:
    """True when ``inner`` (a line without its edge strokes) holds a stroke that separates words: any stroke but a
    name's separator glued between Han and Latin (see the module).

    >>> _separates("欢迎访问 | 繁体 | 支持IPv6"), _separates("首页|新闻"), _separates("的行为百胜棋牌快三|bsqp的")
    (True, True, False)
    """
    if not any(s in inner for s in STROKES):
        return False
    return sum(inner.count(s) for s in STROKES) > len(_NAME_SEPARATOR.findall(inner))


def stray_scan_strokes(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each stray stroke at a line's edge, with the blank between it and the text (see the module).

    >>> t = "第一条 为了规范本市住房公积金的管理 |\\n和使用，维护职工合法权益，\\n丨 根据国家有关规定，结合本市\\n实际，制定本规定。本规定 |\\n自公布之日起施行。\\n"
    >>> [t[a:b] for a, b in stray_scan_strokes(t)]
    [' |', '丨 ', ' |']
    >>> stray_scan_strokes(t.replace("自公布", "自 | 公布"))  # (a stroke inside a line: a separator page)
    []
    >>> v = t.replace("结合本市", "结合快三|bsqp本市")  # (a spam brand's separator inside a line)
    >>> [v[a:b] for a, b in stray_scan_strokes(v)]
    [' |', '丨 ', ' |']
    >>> u = "第一条 为了规范本市住房公积金的管理 |\\n| 和使用，维护职工合法权益，根据国家 |\\n有关规定，制定本规定。本规定 |\\n自公布之日起施行。\\n"
    >>> [u[a:b] for a, b in stray_scan_strokes(u)]  # (strokes at both edges of one line: the law's 家 stays)
    [' |', '| ', ' |', ' |']
    >>> stray_scan_strokes("欢迎访问平顶山市公安局 |\\n| 繁体 | 支持IPv6\\n澳門特別行政區法例 |\\n鑑於判給長江建築有限公司執行工程\\n")
    []
    >>> stray_scan_strokes("中国政府网 |\\n安徽省人民政府网 |\\n铜陵市人民政府网\\n微博 |\\n微信 |\\n长者版 |\\n政务公开\\n")
    []
    """
    if not any(s in text for s in STROKES):
        return []
    found: list[tuple[int, int]] = []
    lines = text.split("\n")
    at = 0
    bounds = []
    for line in lines:
        bounds.append((at, at + len(line)))
        at += len(line) + 1
    for i, (start, end) in enumerate(bounds):
        line = text[start:end]
        if not any(s in line for s in STROKES):
            continue
        body = line.strip(_BLANKS)
        lead = body[:1] in STROKES and len(body) > 2 and body[1] in _BLANKS
        tail = body[-1:] in STROKES and len(body) > 2 and body[-2] in _BLANKS
        inner = body[1 if lead else 0 : len(body) - 1 if tail else len(body)]
        if _separates(inner):
            return []  # a stroke inside a line: a menu's or a table's separators, no scan's noise
        if not (lead or tail):
            continue  # (only a name's separator on this line: a spam brand's)
        if len(inner.strip(_BLANKS)) < MIN_PRINTED_LINE:
            continue  # a short line: a menu's item or a heading, no printed line of a scan
        offset = start + line.index(body[0])
        if tail:
            words = inner.rstrip(_BLANKS)
            nxt = text[bounds[i + 1][0] : bounds[i + 1][1]].lstrip(_BLANKS + "".join(STROKES)) if i + 1 < len(bounds) else ""
            if _han_or(words[-1:], _GOES_ON_BEFORE) and (_han_or(nxt[:1], _GOES_ON_AFTER) or not nxt and words[-1:] in _PARAGRAPH_END):
                # (``words`` is measured in ``inner``, which starts after a leading stroke: a line with strokes at both
                # edges took the law's last character with its tail stroke, ``确保数据交易 |`` -> ``确保数据交``)
                found.append((offset + (1 if lead else 0) + len(words), offset + len(body)))
        if lead:
            words = inner.lstrip(_BLANKS)
            prev = text[bounds[i - 1][0] : bounds[i - 1][1]].rstrip(_BLANKS + "".join(STROKES)) if i else ""
            if (_han_or(prev[-1:], _GOES_ON_BEFORE) or not prev and i) and _han_or(words[:1], _GOES_ON_AFTER):
                found.append((offset, offset + len(body) - len(body[1:].lstrip(_BLANKS))))
    return sorted(found) if len(found) >= MIN_STRAY_MARKS else []
