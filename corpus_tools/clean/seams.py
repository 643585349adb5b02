"""Cheap rules run once more where another rule's edit made their evidence: the seams.

The rules of :data:`~corpus_tools.clean.CLEANING_ORDER` each read the text the rules before
them leave, so a damage that sits inside or against another family's damage is read by its
rule while the other damage is still there.  The rule then rightly keeps what it cannot
prove; once the other rule has done its work, the same evidence is plain.  Each function here
is a rule run again at the point of the pipeline where that happens, under its own name (an
edit's ``rule`` says which pass made it), its warnings left to the first pass, which reported
them: on text the rule already cleaned it finds nothing new.

- :func:`remove_ruby_at_seams`: a reading that a spam anchor or a furniture line separated
  from the character it reads (``受托[brand](hang)``; the spam rule restores ``受托银行``), and
  a reading a hard wrap cut in two (``住房(fa⏎ng)``).
- :func:`normalize_width_at_joins`: a pair of ASCII quotes that a hard wrap cut over two lines
  (``实现"一⏎窗通办"``), which the width rule will not pair line by line.
- :func:`repair_labels_at_seams`: an article label an OCR misread (``第三十－条``) that another damage hid
  from the ``invisible_chars`` rule's label repair (a reading inside it, ``第三十(shi)－条``; a Traditional
  unit, ``第三十－條``), read once that damage is gone.
- :func:`join_wrapped_anchors` (before the spam rule, not after it): a spam anchor that a hard
  wrap cut in two (``责乐天⏎堂真人·ltt任明确``), whose halves the spam rule reads as no brand, or
  takes one half of.

(:func:`~corpus_tools.clean.width.normalize_width_at_seams`, the width rule after spam and
furniture removal, is the first rule of this kind; it lives with the width rule.)
"""

from __future__ import annotations

import bisect
import json
from bisect import bisect_right
from dataclasses import replace
from typing import Iterator

import regex

from corpus_tools.clean.brands import TOKEN_RE
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.ruby import normalize_syllable, readings, remove_ruby_pinyin
from corpus_tools.clean.ocr_labels import misread_label_edits
from corpus_tools.clean.rules import LABEL_SEAMS, RUBY_SEAMS, SPAM_WRAPS, WIDTH_JOINS, RuleResult
from corpus_tools.clean.spam import remove_spam_anchors
from corpus_tools.clean.width import normalize_width_at_seams
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import Edit

#: One bracketed syllable after a Han character, cut by one line break (``住房(fa⏎ng)``,
#: ``住房（⏎fang）``, ``住房(fang⏎)``): lower-case letters (tone marks, ``ü``) only, the brackets
#: of one width, at most one blank beside the break (an indented next line).
_CUT_READING_RE = lazy_regex(
    r"(?<=\p{Han})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6})[ \u3000]?\n[ \u3000]?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6})[)）]"
)
_PAIRS = {"(": ")", "（": "）"}


def remove_ruby_at_seams(text: str) -> RuleResult:
    """Ruby again, for the readings a spam anchor, a furniture line or a hard wrap hid from the ruby rule.

    A spam anchor that replaced a word of a ruby page can stand between the word and its
    reading (``受托[brand](hang)``): the ruby rule rightly keeps a reading that no character
    of the brand has; once the spam rule has removed the brand and restored the word from
    the corpus, the reading follows the character it reads (``受托银行(hang)``).  A furniture
    line or an inserted anchor between a character and its reading does the same.  This is
    :func:`~corpus_tools.clean.ruby.remove_ruby_pinyin` again: the groups it kept, it keeps.

    **Evidence**: the ruby rule's, in the text the spam and furniture rules leave.

    >>> remove_ruby_at_seams("以下简称受托银行（hang））办理")[0]
    '以下简称受托银行）办理'
    >>> remove_ruby_at_seams("平台(APP)、钠（Na）离子、（一）、以下简称（hang）")[1]
    []

    A hard wrap that fell inside a reading (``住房(fa⏎ng)建设``) hides it from the ruby rule, which
    reads a group on one line; the hard-wraps rule would then join the halves with a blank
    (``住房（fa ng）``).  Here the halves are read together: a syllable that reads the character
    before the bracket goes, with the line break inside it (:func:`cut_readings`).

    >>> remove_ruby_at_seams("促进城镇住房(fa\\nng)建设")[0]
    '促进城镇住房建设'
    """
    _, edits, _ = remove_ruby_pinyin(text)
    cut = cut_readings(text)
    if cut:  # (the ruby rule reads most groups a break cut itself: keep none twice; edits are sorted, disjoint)
        starts = [e.start for e in edits]
        cut = [c for c in cut if not _overlaps(edits, starts, c)]
        edits = sorted(edits + cut, key=lambda e: e.start)
    if not edits:
        return text, [], []
    return apply_edits(text, edits), [replace(edit, rule=RUBY_SEAMS) for edit in edits], []


def _overlaps(edits: list[Edit], starts: list[int], edit: Edit) -> bool:
    """Whether ``edit`` overlaps one of ``edits`` (sorted by start, disjoint; ``starts`` their
    starts): one bisection, so that a page of many cut readings is read in linear time."""
    at = bisect.bisect_left(starts, edit.end)
    return at > 0 and edits[at - 1].end > edit.start


def cut_readings(text: str) -> list[Edit]:
    """The bracketed readings a line break cut in two, as removals (the break goes with them).

    Real damage of the kind: a page's lines were wrapped after its ruby was flattened
    (:func:`~corpus_tools.clean.ruby._wrapped_group` takes a wrap *before* a reading); a wrap
    can as well fall inside one.  A paragraph never ends inside a bracketed reading, so the
    break is a wrap and goes with the reading.

    **Evidence**: the two halves, joined, spell one toneless reading of the Han character
    right before the bracket (``房`` reads ``fang``); lower-case letters only (a capitalised
    or Latin word in brackets is no reading cut by a wrap: ``(A⏎B)`` stays).

    >>> [e.before for e in cut_readings("住房(fa\\nng)建设，住房（\\nfang）建设，住房(fa\\nn)，附件(a\\nb)")]
    ['(fa\\nng)', '（\\nfang）']
    """
    if "\n" not in text or ("(" not in text and "（" not in text):
        return []
    edits = []
    for m in _CUT_READING_RE.finditer(text):
        letters = m.group(1) + m.group(2)
        if _PAIRS[m.group()[0]] == m.group()[-1] and len(letters) >= 2 and normalize_syllable(letters) in readings(text[m.start() - 1]):
            edits.append(Edit(RUBY_SEAMS, m.start(), m.end(), m.group(), "", f"reading of {text[m.start() - 1]}, cut by a line break"))
    return edits


def repair_labels_at_seams(text: str) -> RuleResult:
    """The OCR label repair again, for the misread labels other damage hid from the ``invisible_chars`` rule.

    Real damage (a clean-corpus law copied from a scan, 彭水苗族土家族自治县城乡建设管理条例, with the ruby
    family over it): the scan's OCR read the 一 of ``第三十一条`` as ``－``; ruby readings inside the label
    (``第三十(shi)－条(tiao)``) hid it from the label repair, which reads a label's characters side by side, and
    once the ruby rule had removed them ``第三十－条`` was left for a second cleaning pass to repair (the
    pipeline's idempotence broke).  A Traditional unit (``第三十－條``) hides it the same way until the script
    rule converts it.  This is :func:`~corpus_tools.clean.ocr_labels.misread_label_edits` again, after the
    rules that remove such damage; on a text the first repair read it finds nothing.

    **Evidence**: the label repair's (:mod:`corpus_tools.clean.ocr_labels`: the label's shape, and a numeral
    written as a law writes it), in the text the ruby, script and layout rules leave.

    >>> repair_labels_at_seams("第三十条 应当缴纳。\\n\\n第三十－条 应当统一规划。")[0]
    '第三十条 应当缴纳。\\n\\n第三十一条 应当统一规划。'
    >>> repair_labels_at_seams("第十－二十条、第三－五条规定的。")[1]
    []
    """
    edits = misread_label_edits(text)
    if not edits:
        return text, [], []
    return apply_edits(text, edits), [replace(edit, rule=LABEL_SEAMS) for edit in edits], []


def normalize_width_at_joins(text: str) -> RuleResult:
    """Width again, for the ASCII quotes a hard wrap cut over two lines, once the lines are joined.

    The width rule pairs straight double quotes line by line and keeps the ``"`` of lines
    whose quotes cannot be paired that way (a wrapped paragraph: ``实现"一⏎窗通办"；``), lest it
    turn every pair after the break around.  Once the hard-wraps rule has joined the lines,
    the pair is on one line and reads as any other (``实现“一窗通办”；``).  This is the width
    rule again (:func:`~corpus_tools.clean.width.normalize_width_at_seams`: without padding
    marks), of which only the straight double quotes are taken: the other marks the width rule
    kept, it kept for reasons a join does not change (a page that pads its brackets, ``( 由… )``
    of the Hong Kong gazette, read differently once the layout rules have removed the blanks).

    **Evidence**: the width rule's pairing of straight double quotes, in the lines the layout
    rules leave.

    >>> normalize_width_at_joins('实现"一窗通办"；进驻')[0]
    '实现“一窗通办”；进驻'
    >>> normalize_width_at_joins('(由行政长官制定 )')[1]
    []
    >>> [e.after for e in normalize_width_at_joins('实现"一\\n窗通办"；进驻')[1]]  # (width pairs one break since session 15)
    ['“', '”']
    """
    _, edits, _ = normalize_width_at_seams(text)
    quotes = [replace(edit, rule=WIDTH_JOINS) for edit in edits if edit.before == '"']
    if not quotes:
        return text, [], []
    return apply_edits(text, quotes), quotes, []


#: A line break between two lines of text that a wrap may have made: text on both sides (the blanks
#: padding a wrapped line's end or indenting its continuation go with it).
_WRAP_BREAK_RE = lazy_regex(r"(?<=[^\s])[ \t\u3000\u00a0]{0,2}\n[ \t\u3000\u00a0]{0,2}(?=[^\s])")
#: What ends a paragraph, before a line that opens a block (an article, an item): a break there is no wrap.
_SENTENCE_END = frozenset("。；！？：.;!?:")
_BLOCK_START_RE = lazy_regex(r"第[零〇一二三四五六七八九十百千两\d]+[编章节条款项]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]")


#: A bracketed lower-case syllable (a ruby reading: no brand's word).
_READING_RE = lazy_regex(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
#: How long a run of joined lines the spam rule reads as one paragraph (a bound on its cost, whatever the page).
_BLOCK = 100
#: How far from a break the words of a brand are looked for before the spam rule is run on the joined page.
_ANCHOR_REACH = 10


def _brand_word(m: "regex.Match[str]") -> bool:
    """A word that makes a string a brand (a category, a spam site's word, a domain, a Latin name of two
    letters or more, a ``v``-version); not a word a law writes beside any name (``中国``, ``综合``,
    ``平台``), a single letter (``X``) or a section number (``3.1``)."""
    kind, word = m.lastgroup, m.group()
    if kind == "latin":
        return len(word) >= 2
    if kind == "version":
        return word[0] in "vV"
    return kind not in ("digits", "weak")


def _near_brand_words(text: str, breaks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A cheap gate: the breaks with a word of a spam anchor's vocabulary (a category, a site word, a
    Latin name, a version, a domain: :data:`~corpus_tools.clean.brands.TOKEN_RE`, digits alone and
    ruby readings aside) within :data:`_ANCHOR_REACH` characters; beside the others no anchor can
    straddle the break, and the spam rule is not run again there.  One scan of the stretches
    within reach of the breaks.

    >>> _near_brand_words("责乐天\\n堂真人·ltt任明确、处理得当以及其他应当遵守的规则\\n和规定", [(3, 4), (30, 31)])
    [(3, 4)]
    """
    spans: list[list[int]] = []  # the stretches within reach of a break, merged
    for start, end in breaks:
        lo, hi = max(0, start - _ANCHOR_REACH), min(len(text), end + _ANCHOR_REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    words = [(m.start(), m.end()) for lo, hi in spans for m in TOKEN_RE.finditer(text, lo, hi) if _brand_word(m)
             and not _READING_RE.match(text, max(0, m.start() - 1))]
    if not words:
        return []
    ends = [end for _, end in words]  # sorted too: the matches do not overlap
    kept = []
    for start, end in breaks:
        k = bisect_right(ends, start - _ANCHOR_REACH)  # the first word ending after the reach before the break
        if k < len(words) and words[k][0] < end + _ANCHOR_REACH:
            kept.append((start, end))
    return kept


#: What an anchor found over a joined break holds to be a brand's: a Han character (its Chinese name or trade
#: words) or a domain.  Joined, an English word and the hash or path wrapped after it (``commit⏎9ece7ea9…``,
#: ``copy of⏎/work/…``) read as a Latin brand, and both went (review 15, R15-F13: five real SOURCE.md files).
_HAN_OR_DOMAIN = lazy_regex(r"\p{Han}|\.[A-Za-z]{2,}")


def _a_side_is_figures(span: str) -> bool:
    """Whether the part of ``span`` before its first line break or after its last holds no letter and no Han
    character: a number that opens or ends a line of the law (a date, ``2015年``), which a brand's domain or name
    on the line beside it swallowed once the lines were joined.  A brand cut by a wrap has letters or Han on both
    sides (``wangca⏎iv8.2``, ``盈丰⏎国际``).

    Real damage: the noisy corpus of the test suite (河南省国家工作人员宪法宣誓办法 with a spam line
    ``…bet3652.0-www.kaiyun.com`` above ``2015年9月26日 河南省第十二届…``): joined, the anchor took ``2015`` and the
    law lost it.

    >>> _a_side_is_figures("kaiyun.com\\n2015"), _a_side_is_figures("wangca\\niv8.2"), _a_side_is_figures("盈丰\\n国际")
    (True, False, False)
    """
    head, _, rest = span.partition("\n")
    tail = rest.rsplit("\n", 1)[-1]
    return not any(c.isalpha() for c in head) or not any(c.isalpha() for c in tail)


def _spam_line_before(text: str, start: int, brands: frozenset[str]) -> bool:
    """Whether the anchor starting at ``start`` opens its line and the spam rule removes that line whole on its own:
    a spam line above a paragraph, not an anchor a wrap cut in two.  Joined with the next line, the anchor swallowed
    the paragraph's first word where that word is one of the spam vocabulary's (``电子`` of ``电子游艺``).

    Real damage: the noisy corpus of the test suite (浙江省电动自行车管理条例, a spam line ``永利皇宫·betway-APP |
    kaiyun.com`` above ``电子商务平台经营者应当…``): joined, the anchor took ``电子`` and the law lost it.

    >>> _spam_line_before("第一条 甲。\\n永利皇宫·betway-APP | kaiyun.com\\n电子商务平台经营者应当审查。", 7, frozenset())
    True
    >>> _spam_line_before("第三条 做到事实清楚、责乐天\\n堂真人·ltt任明确。", 11, frozenset())
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t\u3000"):
        return False
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    _, found, _ = remove_spam_anchors(line, brands=brands)
    return any(not e.after and e.start == 0 and e.end >= len(line.rstrip(" \t\u3000")) for e in found)


def _readings_only(anchor: str) -> bool:
    """Whether ``anchor`` is Han characters and their ruby readings and nothing else: each bracketed lower-case
    syllable reads the Han character before it (stacked readings too), and no Latin letter stands outside them.
    A brand's Latin name in brackets reads no character (``乐天堂（ltt）最新版``): that anchor is a brand.

    Real damage (mixed16's pairs of families, layout then ruby): a wrap padded with a blank and a tab fell between a
    character and its stacked reading (``合法权 \\t⏎(quan)(quan)(quan)益``); joined, the spam rule took
    ``权（quan）（quan）（quan）`` for a brand repeating its name, and the law lost ``权``.

    >>> _readings_only("权（quan）（quan）（quan）"), _readings_only("乐天堂（ltt）最新版"), _readings_only("金多宝体育最新版（ye）")
    (True, False, False)
    >>> _readings_only("乐天堂真人·ltt"), _readings_only("杏彩（xingcai)官网.com")
    (False, False)
    """
    groups = list(_READING_RE.finditer(anchor))
    if not groups or regex.search(r"[A-Za-z0-9]", _READING_RE.sub("", anchor)):
        return False
    for m in groups:
        at = m.start()
        while at > 0 and anchor[at - 1] in ")）":  # (a stacked reading: the character before the first)
            at = anchor.rfind("(", 0, at - 1) if anchor[at - 1] == ")" else anchor.rfind("（", 0, at - 1)
            if at < 0:
                return False
        if at == 0 or normalize_syllable(m.group()[1:-1]) not in readings(anchor[at - 1]):
            return False
    return True


def join_wrapped_anchors(text: str, *, brands: frozenset[str] = frozenset()) -> RuleResult:
    """Join the halves of a spam anchor that a hard wrap cut in two, so that the spam rule reads it whole.

    Real damage of the kind: a page that carried spam anchors inside its sentences was then
    saved as text wrapped at a fixed width (or copied from a PDF), and a wrap fell inside an
    anchor: ``责乐天⏎堂真人·ltt任明确``.  The spam rule reads each line on its own: neither half
    is a brand, or it takes one half (``金彩汇jch88`` before the break) and keeps the other
    (``.com`` opening the next line, ``盈丰国际`` once the layout rules join the lines).  The
    hard-wraps rule, after it, then joins Latin halves with a blank (``xht d.vip``).

    The spam rule is run on the page with its wraps joined; an anchor it removes there that spans
    one of the breaks, inside a line of text on both sides, was cut by a wrap: a paragraph never
    ends inside an anchor.  Here the break (with the blanks padding it) is taken out of the
    anchor, and nothing else: the spam rule, next, removes the anchor from the joined line with
    its context on both sides (its gap and restoration as for any anchor), and the layout rules
    decide on the rest of the wrap.

    **Evidence**: the spam rule's own, on the page with its breaks between two lines of text
    joined; an anchor straddling a break, a deletion inside a sentence (never a spam line), not
    after a sentence's end before a line that opens an article or an item.

    >>> join_wrapped_anchors("第三条 做到事实清楚、责乐天\\n堂真人·ltt任明确、处理得当。")[0]
    '第三条 做到事实清楚、责乐天堂真人·ltt任明确、处理得当。'
    >>> join_wrapped_anchors("第三条 做到事实清楚、责\\n任明确、处理得当。")[1]
    []
    """
    if "\n" not in text:
        return text, [], []
    breaks = _near_brand_words(text, [(m.start(), m.end()) for m in _WRAP_BREAK_RE.finditer(text)])
    if not breaks:
        return text, [], []
    edits: list[Edit] = []
    for view, origin in _joined_lines(text, breaks):
        _, found, _ = remove_spam_anchors(view, brands=brands)
        for e in found:
            if e.after or '"spam_line"' in e.detail or "\n" in e.before:
                continue
            start, end = origin[e.start], origin[e.end - 1] + 1
            if end - start == e.end - e.start:  # no break inside: the spam rule reads it on the page as it is
                continue
            if 0 < e.start and view[e.start - 1] in _SENTENCE_END and _BLOCK_START_RE.match(view, e.end):
                continue
            if not _HAN_OR_DOMAIN.search(e.before):
                continue  # an English word wrapped before a hash or a path (``commit⏎9ece7ea9…``): no brand (R15-F13)
            if _readings_only(e.before):
                continue  # a character and its ruby readings, which a wrap held apart from it: no brand
            if _a_side_is_figures(text[start:end]):
                continue  # a spam line's domain and the next line's year (``…kaiyun.com⏎2015年9月26日``): no wrap
            if _spam_line_before(text, start, brands):
                continue  # a whole spam line and the next paragraph's first word (``…kaiyun.com⏎电子商务``): no wrap
            if edits and start < edits[-1].end:  # (two anchors over two breaks, read apart: the first)
                continue
            detail = json.dumps({"note": "a wrap inside a spam anchor", "anchor": e.before}, ensure_ascii=False)
            edits.append(Edit(SPAM_WRAPS, start, end, text[start:end], e.before, detail))
    if not edits:
        return text, [], []
    return apply_edits(text, edits), edits, []


def _joined_lines(text: str, breaks: list[tuple[int, int]]) -> Iterator[tuple[str, list[int]]]:
    """The lines beside the breaks, joined where one break follows the line after another, the
    breaks taken out (at most about :data:`_BLOCK` characters together: a longer run goes on in a
    new paragraph from its last line); for each character of such a paragraph, where it stands
    in ``text``.  Each paragraph is read on its own: one that ended inside an anchor would show
    the spam rule that anchor's first half as the page's own shortest form of it.

    >>> [(view, origin) for view, origin in _joined_lines("甲\\n乙丙\\n丁\\n\\n戊\\n己", [(1, 2), (4, 5), (9, 10)])]
    [('甲乙丙丁', [0, 2, 3, 5]), ('戊己', [8, 10])]
    """
    ranges: list[list] = []  # [start, end, breaks]
    for start, end in breaks:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if ranges and ranges[-1][1] >= start and ranges[-1][1] - ranges[-1][0] < _BLOCK:
            ranges[-1][1] = line_end
            ranges[-1][2].append((start, end))
        else:
            ranges.append([line_start, line_end, [(start, end)]])
    for start, end, inside in ranges:
        pieces, origin, cursor = [], [], start
        for cut, resume in inside:
            pieces.append(text[cursor:cut])
            origin += range(cursor, cut)
            cursor = resume
        pieces.append(text[cursor:end])
        origin += range(cursor, end)
        yield "".join(pieces), origin

__all__ = ["join_wrapped_anchors", "normalize_width_at_joins", "remove_ruby_at_seams"]
