"""A page that prints the same law twice: the second copy is a document of its own.

Real damage undone: stats.gov.cn's page of 统计法 (a crawler's record, field test 16 F16-S2) prints the law,
a list of related headlines, then the law again under its title and adoption record (the site's print
view and its screen view of one text).  The page was one document of 106 articles, each number twice
(53 ``article_numbers_unique`` findings), the second copy's articles counted as the first's, and a
cross-source check of the last article compared the second copy's with another source's.

**Evidence**: the document's own title line stands again, alone on its line, at most
:data:`_TITLE_REACH` lines above a second article numbered 第一条, and the opening of that 第一条 (its
letters and digits, :data:`_OPENING_CHARS` of them, at least :data:`_OPENING_MIN`) is the first copy's: the
same law starting again, word for word.  A law whose numbering starts again for another text (supplementary
provisions, an annex, another law set after it: :func:`corpus_tools.structure.documents.restarted_laws`), a
table of contents that lists 第一条 before the body, a 第一条 quoted by an amendment, or a repeat without
its title line, stays as it is.

A copy that holds the first copy's text word for word (:func:`is_copy`: its letters and digits stand whole in the
first copy's; field test 21, F21-C2: the two documents were both ``main`` and neither marked) is marked a copy of the
first (``Segment.copy_of``, the document's ``duplicate_of``, as any copy in the corpus is); a copy that differs
(a word, an article) is a document of its own, unmarked.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Sequence

import regex

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.structure.content_key import letters_and_digits
from corpus_tools.structure.documents import Segment, find_title
from corpus_tools.text import HSPACE_CLASS as _HS

#: A line that opens a law's numbering: its first article.
_FIRST_ARTICLE = lazy_regex(rf"^{_HS}*第{_HS}*[一1１]{_HS}*[条條](?!之)", regex.M)
#: How much of the first article's opening is compared (letters and digits), and the least a copy must hold.
_OPENING_CHARS, _OPENING_MIN = 200, 30
#: The title line of the copy stands at most this many lines above its first article.
_TITLE_REACH = 40
#: At most this many first articles are looked at in one document.
_FIRSTS_MAX = 64


#: The next article's label at a line's start (where the first article ends).
_NEXT_ARTICLE = lazy_regex(rf"^{_HS}*第{_HS}*[0-9０-９一二三四五六七八九十百千零〇两]{{1,8}}{_HS}*[条條]", regex.M)


def _opening(text: str, at: int, end: int) -> str:
    """The letters and digits of the first article starting at ``at`` (its label included, up to the next
    article's label), :data:`_OPENING_CHARS` at most."""
    stop = min(end, at + 4 * _OPENING_CHARS)
    following = _NEXT_ARTICLE.search(text, text.find("\n", at, stop) + 1 or stop, stop)
    return letters_and_digits(text[at:following.start() if following else stop])[:_OPENING_CHARS]


def _squeezed(line: str) -> str:
    """The line without any whitespace: a copy's title compared whatever its spacing (``公 司 法``, ``公司法``)."""
    return "".join(line.split())


def repeated_copy_starts(text: str, lo: int, hi: int, title: str) -> list[int]:
    """Where a copy of the law ``text[lo:hi]`` (whose title is ``title``) starts again: the start of the
    title line above a second 第一条 that opens as the first does (see the module's docstring).

    >>> law = "某某统计法\\n（2001年1月1日通过）\\n第一条 为了科学、有效地组织统计工作，保障统计资料的真实性、准确性，制定本法。\\n第二条 本法自公布之日起施行。\\n"
    >>> t = law + "相关解读：\\n某某解读之一\\n" + law
    >>> [t[at:at + 5] for at in repeated_copy_starts(t, 0, len(t), "某某统计法")]
    ['某某统计法']

    Another text numbered anew, a table of contents, a repeat without the title line: no copy.

    >>> t2 = law + "某某统计法实施细则\\n第一条 根据某某法，制定本细则。\\n"
    >>> bare = law + law[law.index("第一条"):]
    >>> repeated_copy_starts(t2, 0, len(t2), "某某统计法"), repeated_copy_starts(bare, 0, len(bare), "某某统计法")
    ([], [])
    >>> toc = "某某统计法\\n目录\\n第一条 宗旨\\n第二条 施行\\n" + law
    >>> repeated_copy_starts(toc, 0, len(toc), "某某统计法")
    []
    """
    key = _squeezed(title)
    if len(key) < 4:
        return []
    firsts = [m.start() for m in itertools.islice(_FIRST_ARTICLE.finditer(text, lo, hi), _FIRSTS_MAX)]
    if len(firsts) < 2:
        return []
    opening = _opening(text, firsts[0], hi)
    if len(opening) < _OPENING_MIN:
        return []
    starts: list[int] = []
    for previous, first in zip(firsts, firsts[1:]):
        if _opening(text, first, hi) != opening:
            continue
        line_end = first - 1
        for _ in range(_TITLE_REACH):
            if line_end <= previous:
                break
            newline = text.rfind("\n", previous, line_end)
            if newline < 0:
                break
            line_start = newline + 1
            if _squeezed(text[line_start:line_end]) == key:
                starts.append(line_start)
                break
            line_end = line_start - 1
    return starts


def is_copy(first: str, second: str) -> bool:
    """Whether ``second`` repeats ``first`` word for word: its letters and digits
    (:func:`corpus_tools.structure.content_key.letters_and_digits`, what :func:`corpus_tools.structure.lineage.copy_key`
    compares) stand whole, in one run, in the first's, which may hold lines the page set before or after its law
    (the site's chrome, a box of related headlines).

    >>> law = "某某统计法\\n第一条 为了科学、有效地组织统计工作，制定本法。\\n第二条 本法自公布之日起施行。\\n"
    >>> is_copy("首页\\n字体：大 中 小\\n" + law, law), is_copy(law, law.replace("公布", "印发"))
    (True, False)
    >>> is_copy(law + "相关阅读：\\n某某法解读之一\\n", law)
    True
    """
    key = letters_and_digits(second)
    return bool(key) and key in letters_and_digits(first)


def split_repeated_copies(text: str, segments: Sequence[Segment]) -> list[Segment]:
    """``segments`` with each main document that holds its law twice (or more) cut where each copy starts:
    each copy after the first is a document of its own, as a compilation's part, marked a copy of the first
    when it repeats it word for word (:func:`is_copy`)."""
    out: list[Segment] = []
    for seg in segments:
        if seg.role != "main" or seg.supplementary or seg.annex:
            out.append(seg)
            continue
        title = find_title(text[seg.start:seg.end])[0]
        starts = repeated_copy_starts(text, seg.start, seg.end, title) if title else []
        if not starts:
            out.append(seg)
            continue
        bounds = [seg.start, *starts, seg.end]
        at = len(out)
        out.append(dataclasses.replace(seg, end=bounds[1]))
        out += [Segment(a, b, "main", compiled=True,
                        copy_of=at if is_copy(text[bounds[0]:bounds[1]], text[a:b]) else None)
                for a, b in zip(bounds[1:], bounds[2:])]
    return out
