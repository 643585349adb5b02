"""A gazette page holding several acts, each signed: where the next act starts.

Real damage undone (field test 18, F18-S1; /work/field18/macau18_gazette): the Macau gazette's pages
(bo.io.gov.mo ``despce`` pages, io.gov.mo's ``link`` pages) print an issue's 批示 one after another, each with its
enacting formula (``行政长官行使《澳门特别行政区基本法》第五十条赋予的职权，…作出本批示。``), its numbered items and its
date and signature (``二零二二年八月十六日`` ⏎ ``行政长官 贺一诚``); io.gov.mo puts the site's record box over each
(``法规：`` ⏎ ``第198/2023号行政长官批示`` ⏎ ``公报编号：`` …), bo.io.gov.mo its empty label rows
(``相关法规 : | |||``).  The build read the page as ONE document: the second 批示's items were the first's, its
date and number lost.  The lead's decision (session 19): one document per act.

**Evidence** for a cut, all of: a signature closes the act before it (a date line and a signer's line, in either
order: :func:`_signed_at`); after it, within :data:`_REACH` lines (the record box or label rows between), the next
act opens with its own number and kind (``第199/2023号行政长官批示``, Macau's ``N/YYYY`` numbering) or its own enacting
formula (``…作出本批示。``, ``…发布本行政命令。``); and that next act is an act of its own (review 19, R19-F12): a
signature of its own closes it further down, or the site frames it as one with the record box or label rows it
puts over each act (``法规：``, ``相关法规 :`` between the signature and the number; the store's excerpts end inside
the page's last act, so its signature may be cut away).  A law citing another 批示 in a sentence, an act signed once with its annex after
the signature, or an amending act whose ``附件`` republishes the act it amends (``第3/2020號行政長官批示`` ⏎
``（經第12/2024號行政長官批示修改的文本）``, unsigned: the amending act's own annex) gives no cut.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex

#: A Macau act's number and kind on its own line: ``第198/2023號行政長官批示``, ``第12/2024号社会文化司司长批示``.
_ACT_NUMBER_LINE = lazy_regex(
    r"^\s*第\s*[0-9０-９]{1,4}\s*/\s*[0-9０-９]{4}\s*[号號]\s*\p{Han}{0,20}(?:批示|行政命令|命令|行政法规|行政法規|公告|通告)\s*$")
#: An act's enacting formula, the last clause of its opening sentence: ``…作出本批示。``, ``…發佈本行政命令。``.
_ENACTING = lazy_regex(r"(?:作出|发布|發佈|發布|制定)本(?:批示|行政命令|命令|行政法规|行政法規)[。：:]\s*$")
#: A date line under (or over) a signature: ``二零二二年八月十六日``, ``2023年12月6日``.
_DATE_LINE = lazy_regex(r"^\s*(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[0-9０-９〇零○一二三四五六七八九十]{1,3}\s*月"
                        r"\s*[0-9０-９〇零○一二三四五六七八九十]{1,3}\s*日\s*$")
#: A signer's line: a post and a name set apart by blanks (``行政长官 贺一诚``, ``社会文化司司长　欧阳瑜``).
_SIGNER_LINE = lazy_regex(r"^\s*\p{Han}{2,16}[ \u3000]+\p{Han}{2,4}\s*$")
#: How many non-blank lines after a signature the next act's number or formula may stand (io.gov.mo's record box:
#: 法规：/number/公报编号：/…/版数：/summary/相关法规 :/…/《公报》原始 PDF 版本/number/formula: 15 lines).
_REACH = 18
#: A line opening an act's annex (``附件``, ``附表一``, ``附件：``): what follows belongs to the act above.
_ANNEX_LINE = lazy_regex(r"^\s*(?:附件|附表|附錄|附录)")
#: A row of the site's record box over each act (io.gov.mo ``法規：``, ``公報編號：``, bo.io.gov.mo ``相關法規 :``).
_RECORD_ROW = lazy_regex(r"^\s*(?:法[規规]|公[報报]編號|公报编号|刊登日期|版[數数]|相[關关]法[規规]|相[關关][類类]別|相关类别)\s*[:：]")
#: A republished text's note under its number (``（經第12/2024號行政長官批示修改的文本）``, ``重新公佈``).
_REPUBLISHED = lazy_regex(r"修改的文本|重新公[佈布]|修改後的文本|修改后的文本")


def _lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines of ``text[lo:hi]``."""
    out: list[tuple[int, int]] = []
    pos = lo
    while pos < hi:
        end = text.find("\n", pos, hi)
        end = hi if end < 0 else end
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _signed_at(lines: list[str], k: int) -> bool:
    """Whether lines ``k-1`` and ``k`` are a signature: a date and a signer, in either order."""
    if k < 1:
        return False
    a, b = lines[k - 1], lines[k]
    return bool((_DATE_LINE.match(a) and _SIGNER_LINE.match(b)) or (_SIGNER_LINE.match(a) and _DATE_LINE.match(b)))


def _signatures_below(lines: list[str]) -> list[int | None]:
    """For each line, the index of the first signature (:func:`_signed_at`) strictly below it, else None (one pass
    from the foot: linear)."""
    out: list[int | None] = [None] * len(lines)
    below: int | None = None
    for m in range(len(lines) - 1, -1, -1):
        out[m] = below
        if _signed_at(lines, m):
            below = m
    return out


def _record_row(line: str) -> bool:
    """Whether ``line`` is a row of the site's record box, or one of bo.io.gov.mo's label rows closed by empty cells
    (``相關法規 : | |||``, ``《LegisMac》的法例註釋 | |||``; read from the line's end, no backtracking).

    >>> _record_row("《LegisMac》的法例注释 | |||"), _record_row("甲 | 乙"), _record_row("公報編號：")
    (True, False, True)
    """
    if _RECORD_ROW.match(line):
        return True
    tail = line.rstrip()
    bars = len(tail) - len(tail.rstrip("|"))
    return bars >= 2 and tail[:-bars].rstrip(" \t").endswith("|")


#: How many lines of a preamble (``鉴于…``) may stand between a signature and the next act's enacting formula.
_PREAMBLE_LINES = 2


def _own_act(lines: list[str], start: int, opening: int, signature_below: list[int | None]) -> bool:
    """Whether the act whose number or formula stands at line ``opening`` (the lines from ``start`` on) is an act
    of its own: no ``附件`` line and no republished text's note (``（經…修改的文本）``) at its head, and either its
    enacting formula right under the signature before it, a signature of its own closing it or the site's record
    rows over it (an amending 批示's annex republishing the amended act has none of them: R19-F12)."""
    head = lines[start:opening + 3]
    if any(_ANNEX_LINE.match(x) for x in lines[start:opening + 1]) or any(_REPUBLISHED.search(x) for x in head):
        return False
    if opening - start <= _PREAMBLE_LINES and _ENACTING.search(lines[opening]):
        # the enacting formula right under the signature (after a preamble's line or two, ``鉴于…``): the next act
        # itself (the page's last act may be cut before its signature, and the site's record box or label rows
        # between may have gone as furniture), never an annex (its ``附件`` line is refused above)
        return True
    return signature_below[opening] is not None or any(_record_row(x) for x in lines[start:opening])


def gazette_act_starts(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in ``text[lo:hi]`` where a gazette page's next signed act starts (the line after the signature
    that closes the act before it), in order; empty for a page of one act.

    >>> page = ("第1/2024號行政長官批示\\n行政長官…，作出本批示。\\n一、甲。\\n二零二四年一月二日\\n行政長官 賀一誠\\n"
    ...         "相關法規 : | |||\\n行政長官…，作出本批示。\\n一、乙。\\n二零二四年一月三日\\n行政長官 賀一誠\\n")
    >>> [page[at:].split("\\n")[0] for at in gazette_act_starts(page, 0, len(page))]
    ['相關法規 : | |||']
    >>> law = "第一條 依照第198/2023號行政長官批示辦理。\\n二零二四年一月二日\\n行政長官 賀一誠\\n附件\\n表一\\n"
    >>> gazette_act_starts(law, 0, len(law))
    []
    >>> amending = ("第12/2024號行政長官批示\\n行政長官…，作出本批示。\\n一、修改第3/2020號行政長官批示。\\n二零二四年一月二日\\n"
    ...             "行政長官 賀一誠\\n附件\\n第3/2020號行政長官批示\\n（經第12/2024號行政長官批示修改的文本）\\n一、……\\n")
    >>> gazette_act_starts(amending, 0, len(amending))
    []
    """
    spans = _lines(text, lo, hi)
    lines = [text[a:b] for a, b in spans]
    starts: list[int] = []
    signature_below = _signatures_below(lines)
    for k in range(1, len(lines) - 1):
        if not _signed_at(lines, k):
            continue
        ahead = lines[k + 1:k + 1 + _REACH]
        for j, line in enumerate(ahead):
            if _signed_at(lines, k + 1 + j):
                break  # (another signature first: no act of its own between)
            if _ACT_NUMBER_LINE.match(line) or _ENACTING.search(line):
                # the first act of the page must have shown its own formula or number too: a single act's annex
                # signed again is no second act
                if any(_ACT_NUMBER_LINE.match(x) or _ENACTING.search(x) for x in lines[:k - 1]) \
                        and _own_act(lines, k + 1, k + 1 + j, signature_below):
                    starts.append(spans[k + 1][0])
                break
    return starts


__all__ = ["gazette_act_starts"]
