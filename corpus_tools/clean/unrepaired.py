"""Mojibake the repair rules kept: stretches every later rule must leave byte-exact.

Real damage this prevents (field test 7b, kevin3691/renmin: a 公文 whose UTF-8 was read as
GBK, U+FFFD where a third byte was lost): the stretches ``utf8_as_gbk`` could not repair
were then "converted" as Traditional text (``閭``->``闾``, ``閫氬``->``阃氩``, 253 edits), their
U+FFFD deleted (111) and their full-width letters narrowed (``瑙ｆ``->``瑙f``).  Each of these
destroys the byte evidence a later repair, or a reader, needs: ``閭兏`` encodes back to the
bytes of ``邯``, ``闾兏`` does not; and the page was logged as part-Traditional.

So the pipeline asks, for each rule that rewrites characters after the byte-level repairs
(:data:`GUARDED_RULES`), whether an edit falls inside a stretch of UTF-8-read-as-GBK
mojibake still in its input (:func:`unrepaired_mojibake`), and refuses it
(:func:`mojibake_guard`): the stretch stays as the repair rules left it, with a warning.
The evidence is the one the repair rule keys on: a character made of a UTF-8 lead byte and
a continuation byte (``涓`` ``E4 B8``) followed by the middle and last characters of two
UTF-8 characters read as GBK (the validator's ``no_mojibake`` signature: ``涓叡``…), or by
the U+FFFD or ``?`` a decoder wrote for a lost byte (``閫�``); the stretch around it is the
run of characters made of UTF-8 bytes (:data:`~corpus_tools.clean.mojibake.RUN_CHARS`),
bounded by the genuine text around it, as the repair rule reads it.

On a page that holds such a stretch, a character the conversion would take alone (an isolated
Traditional-only character, or one of a "mixed" sentence) that is itself made of UTF-8 bytes
(a lead byte and a continuation byte, or continuation bytes) is the repair's residue, not
Traditional text (field test 13, F13-A2, dz-x.net: ``3鏈30鏃ワ紝`` had its ``鏃ワ紝`` repaired
to ``日，``; ``鏈``, the first two bytes of ``月`` whose third was lost, then became ``链``:
plausible, wrong, and no longer repairable, since ``链``'s bytes are not ``月``'s).  It stays,
and the warning names it (:func:`residue_edits`).

The same guard keeps the lines a decoder could not read (a quarter of them U+FFFD,
:func:`~corpus_tools.clean.mojibake.lost_lines`; field test 8: a Big5 page decoded as UTF-8 had
its garbage "converted" by ``t2s``): nothing in them reads, so no rule may rewrite them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from corpus_tools.clean import _gates
from corpus_tools.clean.mojibake import RUN_CHARS, SIG_LEAD_CHARS, SIG_MID_CHARS, SIG_TAIL_CHARS, lost_lines, misaligned_stretches
from corpus_tools.clean.rules import INVISIBLE_CHARS, LABEL_SEAMS, TRADITIONAL_TO_SIMPLIFIED, WIDTH, WIDTH_JOINS, WIDTH_SEAMS
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning, Edit

#: The rules that rewrite characters after the byte-level repairs and would destroy their
#: evidence: U+FFFD removal, script conversion, width.  (Layout rules move line breaks and
#: blanks, which are no part of a run; furniture and spam rules remove whole lines.)
GUARDED_RULES = frozenset({INVISIBLE_CHARS, TRADITIONAL_TO_SIMPLIFIED, WIDTH, WIDTH_SEAMS, WIDTH_JOINS, LABEL_SEAMS})

# (the same class name as the repair rule's gate: one bit, probed once per text)
_LEAD_BIT = _gates.register("utf8_gbk_lead", SIG_LEAD_CHARS)
_MID = frozenset(SIG_MID_CHARS)
_TAIL = frozenset(SIG_TAIL_CHARS)
_LOST = frozenset("\ufffd?")
_RUN = frozenset(RUN_CHARS) | _LOST
#: How far back from its evidence a run is followed (the repair rule's bound: linear pages).
_REACH = 200


#: How many characters of a run after a lead character a decoder's U+FFFD may stand and still
#: count as the lead's lost byte (``鎶ラ�``: 报 read as 鎶ラ, the next character's lead lost).
_LOST_REACH = 3


def _evidence_at(text: str, at: int) -> bool:
    """Whether the lead-byte character at ``at`` opens two UTF-8 characters read as GBK
    (lead, middle, last: ``涓叡閭``), a character whose last byte was lost (``閫�``), or a
    short run of UTF-8 bytes ending on a decoder's U+FFFD (``鎶ラ�``, ``锛岄�``: the pieces
    ``utf8_as_gbk`` keeps when the page does not vouch for its guess).

    >>> _evidence_at("鎶ラ\ufffd佸競", 0), _evidence_at("鎶ラ佸競", 0)
    (True, False)
    """
    nxt = text[at + 1 : at + 2]
    if nxt in _LOST or nxt in _MID and text[at + 2 : at + 3] in _TAIL:
        return True
    for char in text[at + 1 : at + 1 + _LOST_REACH]:
        if char == "\ufffd":
            return True
        if char not in _RUN:
            return False
    return False


def unrepaired_mojibake(text: str) -> list[tuple[int, int]]:
    """The stretches ``(start, end)`` of ``text`` that are UTF-8 read as GBK, sorted, disjoint.

    >>> t = "涓叡閭兏甯傚缁勭粐閮\\ufffd 关于开展 閫\\ufffd 鐭\\ufffd"
    >>> [t[a:b] for a, b in unrepaired_mojibake(t)]
    ['涓叡閭兏甯傚缁勭粐閮\\ufffd', '閫\\ufffd', '鐭\\ufffd']
    >>> unrepaired_mojibake("第一条 为了规范管理，制定本条例。"), unrepaired_mojibake("涓国")
    ([], [])
    """
    if not _gates.present(text) & _LEAD_BIT:
        return []
    spans: list[tuple[int, int]] = []
    done = 0
    n = len(text)
    for at in _gates.class_positions(text, _LEAD_BIT):
        if at < done or not _evidence_at(text, at):
            continue
        start = at
        floor = max(done, at - _REACH)
        while start > floor and text[start - 1] in _RUN:
            start -= 1
        end = at + 1
        while end < n and text[end] in _RUN:
            end += 1
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        done = end
    return spans


#: What the detail of a ``traditional_to_simplified`` edit says when the conversion took its
#: characters one by one, not as a unit the evidence shows Traditional (see
#: :func:`corpus_tools.clean.script.convert_traditional`): only such an edit may be residue.
_ALONE_NOTES = ("; isolated", "; mixed")


def residue_edits(text: str, edits: Sequence[Edit]) -> list[Edit]:
    """The ``traditional_to_simplified`` edits of ``edits`` that would convert mojibake residue:
    on a page holding UTF-8 read as GBK (:func:`unrepaired_mojibake` finds a stretch), an edit
    made alone (isolated, or in a mixed sentence) whose characters are all made of UTF-8 bytes
    (:data:`~corpus_tools.clean.mojibake.RUN_CHARS`): a lead byte and a continuation byte (``鏈``
    ``E6 9C``: the start of ``月``), or continuation bytes whose lead was lost (``細`` ``BC 9A``; in
    60 DLC laws read so with 2 % of their bytes lost, 6 of the 10 characters t2s converted were
    such).  A Traditional unit (a paragraph or sentence the evidence shows Traditional) is never
    residue: it converts.

    >>> page = "3鏈30日，鑵捐浜戞暟鎹簱\\n"
    >>> t2s = [Edit("traditional_to_simplified", 1, 2, "鏈", "链", "t2s; mixed")]
    >>> [e.before for e in residue_edits(page, t2s)]
    ['鏈']
    >>> residue_edits("3鏈30日，腾讯云数据库\\n", t2s)  # no mojibake on the page: nothing says 鏈 is residue
    []
    >>> residue_edits(page, [Edit("traditional_to_simplified", 1, 2, "鏈", "链", "t2s")])  # a Traditional unit
    []
    """
    alone = [e for e in edits if e.rule == TRADITIONAL_TO_SIMPLIFIED and any(note in e.detail for note in _ALONE_NOTES)
             and e.before and set(e.before) <= _RUN]
    if not alone or not unrepaired_mojibake(text):
        return []
    return alone


def _residue_warning(text: str, edit: Edit) -> CleanWarning:
    """The warning naming a residue character :func:`residue_edits` kept, with its run of
    UTF-8-shaped characters and a few characters around it."""
    start, end = edit.start, edit.end
    while start > 0 and text[start - 1] in _RUN and edit.start - start < 20:
        start -= 1
    while end < len(text) and text[end] in _RUN and end - edit.end < 20:
        end += 1
    excerpt = text[max(0, start - 3) : end + 3]
    left, right = edit.start - max(0, start - 3), edit.end - max(0, start - 3)
    cut_left = excerpt.rfind("\n", 0, left) + 1
    cut_right = excerpt.find("\n", right)
    return CleanWarning(
        TRADITIONAL_TO_SIMPLIFIED, edit.start,
        f"suspected UTF-8-as-GBK mojibake residue kept byte-exact: {edit.before} not converted to {edit.after} "
        "(UTF-8 bytes read as GBK on a page holding such mojibake; no evidence of Traditional text)",
        excerpt[cut_left : len(excerpt) if cut_right < 0 else cut_right],
    )


def mojibake_guard(rule: str, text: str, edits: Sequence[Edit], found: Sequence[CleanWarning]) -> tuple[list[Edit], list[CleanWarning]] | None:
    """The edits of ``rule`` that leave every stretch of unrepaired mojibake of ``text`` (its
    input) alone, and its warnings, those about refused edits replaced by one warning per
    stretch kept; None when no edit touches such a stretch (the common case).

    An edit touching a stretch (inside it, or an insertion strictly within it) is refused; so
    is a ``traditional_to_simplified`` edit of mojibake residue (:func:`residue_edits`), with a
    warning naming its characters.

    >>> t = "閫\\ufffd 鐭\\ufffd\\n本市\\ufffd区"
    >>> edits = [Edit("invisible_chars", i, i + 1, "\\ufffd", "", "U+FFFD") for i in (1, 4, 8)]
    >>> kept, warned = mojibake_guard("invisible_chars", t, edits, [])
    >>> [e.start for e in kept], [w.excerpt for w in warned]
    ([8], ['閫\\ufffd', '鐭\\ufffd'])
    >>> mojibake_guard("width", "本市,区", [Edit("width", 2, 3, ",", "，", "")], []) is None
    True
    """
    guarded = _stretch_guard(rule, text, edits, found)
    if rule != TRADITIONAL_TO_SIMPLIFIED:
        return guarded
    kept, warnings = guarded if guarded is not None else (list(edits), list(found))
    residue = residue_edits(text, kept)
    if not residue:
        return guarded
    refused = {id(e) for e in residue}
    return [e for e in kept if id(e) not in refused], [*warnings, *(_residue_warning(text, e) for e in residue)]


def _stretch_guard(rule: str, text: str, edits: Sequence[Edit], found: Sequence[CleanWarning]) -> tuple[list[Edit], list[CleanWarning]] | None:
    """:func:`mojibake_guard` for the stretches of :func:`_kept_stretches` alone."""
    spans = _kept_stretches(text)
    if not spans:
        return None
    starts = [a for a, _, _ in spans]

    def stretch_of(start: int, end: int) -> int | None:
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < spans[i][1] and (end > start or start > spans[i][0]):
            return i
        if i + 1 < len(spans) and spans[i + 1][0] < end:
            return i + 1
        return None

    kept: list[Edit] = []
    refused: dict[int, int] = {}
    for edit in edits:
        i = stretch_of(edit.start, edit.end)
        if i is None:
            kept.append(edit)
        else:
            refused[i] = refused.get(i, 0) + 1
    if not refused:
        return None
    warnings = [w for w in found if stretch_of(w.position, w.position + 1) not in refused]
    for i, count in sorted(refused.items()):
        a, b, lost = spans[i]
        edits_refused = f"{count} edit{'s' if count > 1 else ''} refused"
        warnings.append(CleanWarning(
            rule, a,
            f"line decoded with loss kept byte-exact: {edits_refused} (nothing around its U+FFFD reads)" if lost is True else
            f"suspected code-page mojibake kept byte-exact: {edits_refused} "
            "(its Latin-1 characters are the bytes a repair needs)" if lost == _CODEPAGE else
            f"suspected GBK/Big5 misalignment kept byte-exact: {edits_refused} "
            "(its characters are bytes read out of step, the evidence a repair needs)" if lost == _MISALIGNED else
            f"suspected UTF-8-as-GBK mojibake kept byte-exact: {edits_refused} "
            "(its characters and lost-byte marks are the evidence a repair needs)",
            text[a:b] if b - a <= 40 else text[a : a + 40] + "…",
        ))
    return kept, warnings


def _kept_stretches(text: str) -> list[tuple[int, int, bool | str]]:
    """``(start, end, lost)`` of the stretches no later rule may touch, sorted, disjoint: the
    runs of UTF-8 read as GBK (:func:`unrepaired_mojibake`, ``lost`` False) and the lines a
    decoder could not read (:func:`~corpus_tools.clean.mojibake.lost_lines`, ``lost`` True:
    field test 8's lossy Big5 page, whose garbage went through ``t2s``; a run inside such a
    line is part of it) and the kept code-page stretches (:func:`codepage_stretches`, ``lost``
    :data:`_CODEPAGE`), and the runs of GBK/Big5 read out of step that ``gbk_misalignment`` kept
    (:func:`~corpus_tools.clean.mojibake.misaligned_stretches`, ``lost`` :data:`_MISALIGNED`; field test
    16, F16-P2: ``width`` wrote ``（5）`` for the ``⑸`` of `` ?。ㄈ⑸鲜鲎髌吠ㄟ^``).

    >>> _kept_stretches("閫\\ufffd 本市\\n\\ufffd@\\ufffdB\\ufffd\\ufffd\\ufffd|\\ufffd餧")
    [(0, 2, False), (6, 16, True)]
    """
    runs = [(a, b, False) for a, b in unrepaired_mojibake(text)]
    codepage = codepage_stretches(text)
    if codepage:  # (disjoint among themselves; one overlapping a UTF-8-as-GBK run gives way to it)
        starts = [a for a, _, _ in runs]
        runs += [(a, b, _CODEPAGE) for a, b in codepage if not _overlaps(runs, starts, a, b)]
        runs.sort(key=_span_key)
    misaligned = misaligned_stretches(text)
    if misaligned:  # (one overlapping a stretch above joins it: ``?颗┐寤\ufffd``, a UTF-8-as-GBK run at its end)
        merged: list[tuple[int, int, bool | str]] = []
        for a, b, kind in sorted(runs + [(a, b, _MISALIGNED) for a, b in misaligned], key=_span_key):
            if merged and a < merged[-1][1]:
                pa, pb, pkind = merged[-1]
                merged[-1] = (pa, max(pb, b), kind if pkind == _MISALIGNED else pkind)
            else:
                merged.append((a, b, kind))
        runs = merged
    lines = lost_lines(text)
    if not lines:
        return runs
    out = [(a, b, True) for a, b in lines]
    ends = [b for a, b in lines]
    for a, b, kind in runs:
        i = bisect_right(ends, a)
        if i < len(lines) and lines[i][0] < b:
            continue  # a run inside a lost line (runs never cross a line): the line is kept whole
        out.append((a, b, kind))
    out.sort(key=_span_key)
    return out


def _span_key(span: tuple) -> tuple[int, int]:
    """A stretch's place: its start and end only (its kind, ``False``/``True`` or a name, does not order:
    a UTF-8-as-GBK run and a misaligned run of the same span made ``sorted`` compare a bool with a str
    and the build of a page with lost bytes everywhere failed, precb16's note on the noise benchmark)."""
    return span[0], span[1]


def _overlaps(spans: list[tuple[int, int, bool]], starts: list[int], a: int, b: int) -> bool:
    """Whether ``[a, b)`` overlaps one of the sorted, disjoint ``spans`` (``starts``: their starts).

    >>> spans = [(2, 5, False), (9, 12, False)]
    >>> [_overlaps(spans, [2, 9], a, b) for a, b in ((0, 2), (4, 6), (5, 9), (11, 20))]
    [False, True, False, True]
    """
    i = bisect_right(starts, a) - 1
    return (i >= 0 and spans[i][1] > a) or (i + 1 < len(spans) and spans[i + 1][0] < b)


#: The kind of a kept stretch that is text of one code page shown in Latin-1 (``lost`` of :func:`_kept_stretches`).
_CODEPAGE = "codepage"
#: The kind of a kept stretch that is GBK/Big5 read out of step (``lost`` of :func:`_kept_stretches`).
_MISALIGNED = "misaligned"
#: A run of Latin-1 letters and signs (not the ``·`` of Chinese names, ``°``, ``±``) with the CJK characters,
#: marks and digits among them: where a GBK page shown as Latin-1 and partly read back left its garbage.
_LATIN1_RUN = lazy_regex(r"[\u00a1-\u00b6\u00b8-\u00ff][\u00a1-\u00ff\p{Han}\u3000-\u303f\uff00-\uffef0-9]{3,}")
_LATIN1_SIGNS = frozenset(map(chr, range(0xA1, 0x100))) - frozenset("·°±×÷")
#: The Latin-1 letters (``À``…``ÿ`` without ``×÷``): code-page garbage holds some, a form's ``××××年×月×日`` none.
_LATIN1_LETTERS = frozenset(map(chr, range(0xC0, 0x100))) - frozenset("×÷")
#: At least this many Latin-1 characters, and this share of the run, make it code-page garbage.
_LATIN1_MIN, _LATIN1_SHARE = 4, 0.4


def codepage_stretches(text: str) -> list[tuple[int, int]]:
    """The runs of ``text`` that are a page of another code page shown in Latin-1 and kept (the
    ``latin1_mojibake`` rule repairs what reads; what it kept is still bytes).

    Real damage this prevents (field test 14, F14-A3, ahsfa.cn: GBK shown as Latin-1 and partly read
    back as UTF-8): ``½¨É蹤×÷`` (the bytes of 建设工作) had its ``蹤`` "converted" to ``踪`` by t2s, and the
    bytes were lost for any later repair.  Chinese text writes a Latin-1 sign now and then (``3×4``,
    ``25°``, ``艾力·买买提``, a form's ``××××年×月×日``: review 14, R14-F11); four of them or more, two of
    them different and a Latin-1 letter among them, making up two fifths of a run never.

    >>> t = "Ö¤È¯ÐÐÒµ½¨É蹤×÷ 第一条 长度3×4米，25°。"
    >>> [t[a:b] for a, b in codepage_stretches(t)]
    ['Ö¤È¯ÐÐÒµ½¨É蹤×÷']
    >>> codepage_stretches("艾力·买买提·阿不都，面积3×4×5立方米"), codepage_stretches("已於××××年×月×日經國務院批準")
    ([], [])
    """
    if _LATIN1_PRESENT.search(text) is None:
        return []
    out = []
    for m in _LATIN1_RUN.finditer(text):
        run = m.group()
        latin = sum(1 for ch in run if ch in _LATIN1_SIGNS)
        if (latin >= _LATIN1_MIN and latin >= _LATIN1_SHARE * (m.end() - m.start())
                and any(ch in _LATIN1_LETTERS for ch in run) and len(set(run) & _LATIN1_SIGNS) >= 2):
            out.append((m.start(), m.end()))
    return out


_LATIN1_PRESENT = lazy_regex(r"[\u00a1-\u00b6\u00b8-\u00ff]")


__all__ = ["GUARDED_RULES", "mojibake_guard", "residue_edits", "unrepaired_mojibake"]
