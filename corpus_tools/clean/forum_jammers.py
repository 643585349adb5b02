"""Forum copy-protection strings ("jammers") that a crawler kept in a post's text.

Real damage: forum software spoils copying by putting a hidden run of random ASCII at every line break of a
post.  Discuz! (``function_discuzcode.php``, ``jammer()``) builds five to fifteen pairs ``chr(32..59) + ' ' +
chr(63..126)`` and writes them either before the line break in ``<font class="jammer">`` (its stylesheet hides
the class) or after it in ``<span style="display:none">``; a reader never sees them, a crawler that takes the
post's text keeps them: ``…制定本条例。3 Z* s" t4 ?-`` at the end of a line, ``?- t4 Q]第二条…`` at the start of
the next.  A law copied from such a forum (a construction-standards forum's copy of a regulation, seen in the
field; Discuz! boards such as 1point3acres, whose scrapers strip ``class="jammer"`` and ``display:none``)
carries a fresh run on many of its lines.

**Evidence**: the run's shape, its place and its variation on the page.  A candidate is three or more short
tokens of printable ASCII (one to three characters each, one or two blanks between them) at a line's end after
the line's own non-ASCII text (or at a line's start before it); a law never writes such tokens there.  The page
is a jammed page only when at least :data:`_PAGE_EVIDENCE` of its candidates are *random*: tokens that mix
letters, digits and signs inside themselves (``Z*``, ``t4``), three kinds of character in the run, and every
random run on the page different from the others (a jammer is drawn afresh for each line; a site's fixed tail
repeated on every line is furniture, not a jammer).  On a jammed page every candidate goes.  A law line that
ends in a standard's number (``GB 5749-2006``), an item label (``(一)``), a URL or a formula's single letters
(``Q = V / t``) is no candidate or no random one, and a page without the page's evidence keeps every line.
"""

from __future__ import annotations

import unicodedata

from corpus_tools.clean.rules import INVISIBLE_CHARS
from corpus_tools.records import Edit

JAMMER = "forum copy-protection string (jammer)"

#: Blanks between a jammer's tokens: Discuz!'s space (doubled when its ``chr(32..59)`` drew a space) and the
#: no-break space an ``&nbsp;`` leaves.
_SEPARATORS = " \xa0"
#: The longest token of a jammer (Discuz!'s are one or two characters: ``y`` + next ``x``).
_TOKEN_MAX = 3
#: The fewest tokens of a candidate (Discuz! writes five pairs at least: six tokens and more).
_MIN_TOKENS = 3
#: A line's own end marks on a page written with ASCII punctuation: glued to the line's text, one of them opens no
#: jammer (it is read as the law's, for a jammer is never proved to have drawn it).
_LAW_ENDS = frozenset(".,;:!?)]\"'")
#: The fewest random candidates, all different, that make a page a jammed page.
_PAGE_EVIDENCE = 2
#: The fewest tokens of a random candidate that mix two kinds of character inside themselves (``Z*``, ``t4``).
_MIXED_TOKENS = 2


def _kind(ch: str) -> int:
    if "a" <= ch <= "z":
        return 0
    if "A" <= ch <= "Z":
        return 1
    if "0" <= ch <= "9":
        return 2
    return 3


def _is_token_char(ch: str) -> bool:
    return "!" <= ch <= "~"


def _is_text(ch: str) -> bool:
    """Whether ``ch`` is a character of the line's own non-ASCII text (not a blank)."""
    return ord(ch) > 0x7F and not ch.isspace()


def _tokens_back(line: str, end: int) -> tuple[int, list[str]]:
    """The short ASCII tokens that end ``line[:end]``, read backwards: ``(start of the first, tokens)``.

    >>> _tokens_back('本条例。3 Z* s" t4 ?-', 17)
    (4, ['3', 'Z*', 's"', 't4', '?-'])
    """
    tokens: list[str] = []
    i = end
    start = end
    while i > 0:
        j = i
        while j > 0 and _is_token_char(line[j - 1]) and i - j <= _TOKEN_MAX:
            j -= 1
        if j == i or i - j > _TOKEN_MAX or (j > 0 and _is_token_char(line[j - 1])):
            break  # no token here, or a longer word (``5749-2006``)
        tokens.append(line[j:i])
        start = j
        k = j
        while k > 0 and line[k - 1] in _SEPARATORS and j - k < 2:
            k -= 1
        if k == j or k == 0 or not _is_token_char(line[k - 1]):
            break
        i = k
    tokens.reverse()
    return start, tokens


def _tokens_forward(line: str, start: int) -> tuple[int, list[str]]:
    """The short ASCII tokens that open ``line[start:]``: ``(end of the last, tokens)``.

    >>> _tokens_forward('?- t4 Q]第二条', 0)
    (8, ['?-', 't4', 'Q]'])
    """
    tokens: list[str] = []
    i = start
    end = start
    n = len(line)
    while i < n:
        j = i
        while j < n and _is_token_char(line[j]) and j - i <= _TOKEN_MAX:
            j += 1
        if j == i or j - i > _TOKEN_MAX:
            break
        tokens.append(line[i:j])
        end = j
        k = j
        while k < n and line[k] in _SEPARATORS and k - j < 2:
            k += 1
        if k == j or k == n or not _is_token_char(line[k]):
            break
        i = k
    return end, tokens


def _is_random(tokens: list[str]) -> bool:
    """Whether a candidate's tokens look drawn at random: two tokens or more mix kinds of character inside
    themselves and the run holds three kinds (lower, upper, digit, sign).

    >>> _is_random(['3', 'Z*', 's"', 't4', '?-']), _is_random(['Q', '=', 'V', '/', 't']), _is_random(['a', 'b', 'c'])
    (True, False, False)
    """
    mixed = sum(len({_kind(c) for c in t}) > 1 for t in tokens)
    kinds = {_kind(c) for t in tokens for c in t}
    return mixed >= _MIXED_TOKENS and len(kinds) >= 3


def _candidates(text: str) -> list[tuple[int, int, list[str]]]:
    """Every run of short ASCII tokens at a line's end after its non-ASCII text, or at a line's start before
    it: ``(start, end, tokens)`` in ``text``; the blanks between a line-end run and the text go with it."""
    out: list[tuple[int, int, list[str]]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        end = line_end
        if end > pos and text[end - 1] == "\r":
            end -= 1
        line = text[pos:end]
        if line and _is_token_char(line[-1]):
            start, tokens = _tokens_back(line, len(line))
            mark = -1
            if (tokens and start > 0 and _is_text(line[start - 1]) and tokens[0][0] in _LAW_ENDS
                    and not unicodedata.category(line[start - 1]).startswith("P")):
                # the line's own end mark glued to its words (``物品: f c k B``, ``物品:f c k B``) stays; after
                # the line's own end mark (``说明理由。?``) it is the jammer's
                mark = start
                start += 1
                tokens = [tokens[0][1:]] + tokens[1:] if len(tokens[0]) > 1 else tokens[1:]
            if len(tokens) >= _MIN_TOKENS:
                s = start
                while s > 0 and line[s - 1] in _SEPARATORS:
                    s -= 1
                if s > 0 and (s - 1 == mark or _is_text(line[s - 1])):
                    out.append((pos + s, pos + len(line), tokens))
        if line and _is_token_char(line[0]):
            stop, tokens = _tokens_forward(line, 0)
            if (len(tokens) >= _MIN_TOKENS and stop < len(line) and _is_text(line[stop])
                    and not (out and out[-1][0] < pos + stop and out[-1][1] > pos)):
                out.append((pos, pos + stop, tokens))
        if nl < 0:
            break
        pos = nl + 1
    return out


def jammer_runs(text: str) -> list[tuple[int, int]]:
    """The jammers of a jammed page: ``(start, end)`` spans, sorted (a line-end run with the blanks before it).

    >>> t = ('第一条 为了规范管理，制定本条例。3 Z* s" t4 ?-\\n第二条 本条例适用于本市。\\n'
    ...      '第三条 水质应当符合GB 5749-2006的要求。 Q] 7 x@ Vb\\n第四条 政府应当加强领导。$ V( R8 j\\' Y%\\n')
    >>> [t[a:b] for a, b in jammer_runs(t)]
    ['3 Z* s" t4 ?-', ' Q] 7 x@ Vb', "$ V( R8 j' Y%"]

    A mark glued to the line's text is the line's own, on a page written with ASCII punctuation:

    >>> t = '第一条 下列物品: f c k B\\n第二条 禁止下列行为:x5 ;M P.\\n第三条 应当加强领导。?$ V( R8 j\\' Y%\\n'
    >>> [t[a:b] for a, b in jammer_runs(t)]
    [' f c k B', 'x5 ;M P.', "?$ V( R8 j' Y%"]

    A line-start run (Discuz!'s hidden ``<span>`` after the line break) goes too:

    >>> t = '第一条 制定本条例。3 Z* s" t4 ?-\\n?- t4 Q]第二条 适用于本市。\\n第三条 应当加强领导。$ V( R8 j\\' Y%\\n'
    >>> [t[a:b] for a, b in jammer_runs(t)]
    ['3 Z* s" t4 ?-', '?- t4 Q]', "$ V( R8 j' Y%"]

    One random-looking tail is no evidence, nor is a tail repeated on every line, nor the law's own endings:

    >>> jammer_runs('第一条 制定本条例。3 Z* s" t4 ?-\\n第二条 适用于本市。\\n')
    []
    >>> jammer_runs('第一条 制定本条例。a1 B2 c3\\n第二条 适用于本市。a1 B2 c3\\n第三条 领导。a1 B2 c3\\n')
    []
    >>> jammer_runs('计算公式：Q = V / t\\n其中：P = F / A\\n标准为GB 5749-2006\\n见附件(一)\\n网址 www.gov.cn\\n')
    []
    """
    cands = _candidates(text)
    if len(cands) < _PAGE_EVIDENCE:
        return []
    random_runs = [" ".join(tokens) for _, _, tokens in cands if _is_random(tokens)]
    if len(random_runs) < _PAGE_EVIDENCE or len(set(random_runs)) < len(random_runs):
        return []
    return [(a, b) for a, b, _ in cands]


def jammer_edits(text: str) -> list[Edit]:
    """The edits that remove a jammed page's jammers (:func:`jammer_runs`), under the invisible-character rule:
    they are text the forum hides from its readers.

    >>> t = '第一条 制定本条例。3 Z* s" t4 ?-\\n第二条 适用于本市。 Q] 7 x@ Vb\\n'
    >>> [(e.before, e.after) for e in jammer_edits(t)]
    [('3 Z* s" t4 ?-', ''), (' Q] 7 x@ Vb', '')]
    """
    return [Edit(INVISIBLE_CHARS, a, b, text[a:b], "", JAMMER) for a, b in jammer_runs(text)]
