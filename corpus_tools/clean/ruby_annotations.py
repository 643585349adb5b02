"""Annotations whose content is a reading of the characters next to them, told by the reading itself.

The ruby family's general detector: a span next to Han characters whose content is a READING of
those characters.  A reading is any romanisation :mod:`corpus_tools.clean.ruby` knows (pinyin with
or without tones, tone numbers, Zhuyin, Wade-Giles, Tongyong…: :func:`~corpus_tools.clean.ruby.group_reading`)
or a homophone: Han characters that share a reading with the characters they follow, one for one
(:func:`homophone_of`).  Two shapes are read here:

* **Unicode's interlinear annotation** (:func:`interlinear_readings`): U+FFF9 opens the annotated
  text, U+FFFA separates its annotation, U+FFFB ends it (``\\ufff9中国\\ufffazhōngguó\\ufffb``).  An
  exporter writes a word's ruby so; a reader that shows these characters as nothing, or a cleaner
  that drops them as invisible, leaves the reading glued to the word (``建设有中youzhong国特色``, which
  the spam rule then took for a Latin brand, removing the word with it).  The marks name base and
  annotation: the annotation goes when it reads its base, and the base stays.  An annotation that
  reads nothing (a translation, a note) keeps its text; only its marks go, as invisible characters.
* **A bracketed homophone gloss** (:func:`homophone_glosses`): a character's sound given by a
  homophone in brackets after it, maybe after a label (``鞍（音安）``, ``财政〔音证〕``, ``图（音同途）``,
  ``县（读若限）``, ``管理【读如馆里】``).  Neither the brackets nor the label are listed: a page that
  glosses its characters so does it with one habit, and what recurs around the matched homophones (the
  opening bracket with the label's characters, the closing bracket) is learned from the page
  (:data:`HABIT`).  One isolated gloss is no habit and stays (a law may gloss one rare character).
  The brackets may be any pair of one mark, or blanks (``鞍，音安，山``, ``鞍 音安 山``, ``鞍/音安/山``:
  :data:`GLOSS_PAIR_RE`); there the label is required, and the habit is learned the same way.

Genuine parentheses stay: ``（含）``, ``（音像制品）``, ``（以下简称“…”）`` read nothing of the characters
before them; a bracket repeating its own character (``人（人）``) is no homophone; a list of variant or
capital forms (``壹（一）``, ``貳（贰）``) names the same word and is no gloss without a label on it.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import Edit
from corpus_tools.text import is_han_script

# --------------------------------------------------------------------------- Unicode interlinear annotation

ANCHOR, SEPARATOR, TERMINATOR = "\ufff9", "\ufffa", "\ufffb"
#: One well-formed annotation: the annotated text (up to 16 characters) and its annotation (up to 60), on one line.
INTERLINEAR_RE = lazy_regex("\ufff9([^\ufff9-\ufffb\\n]{1,16})\ufffa([^\ufff9-\ufffb\\n]{1,60})\ufffb")


def annotation_reads(annotation: str, base: str) -> bool:
    """Whether ``annotation`` is a reading of the whole of ``base``: a romanisation of it (any the ruby
    rule knows) or a homophone of it.

    >>> [annotation_reads(a, b) for a, b in (("zhōng guó", "中国"), ("youzhong", "有中"), ("ㄓㄨㄥ ㄍㄨㄛˊ", "中国"), ("安", "鞍"))]
    [True, True, True, True]
    >>> [annotation_reads(a, b) for a, b in (("China", "中国"), ("zhong", "中国"), ("含", "以上"), ("中国", "中国"))]
    [False, False, False, False]
    """
    from corpus_tools.clean.ruby import group_reading

    text = annotation.strip(" \u3000\u00a0")
    if not text or not base or len(base) > 8:
        return False
    if all(is_han_script(c) for c in text):
        return homophone_of(text, base)
    found = group_reading(text, base)
    return found is not None and found[0] == len(base)


def interlinear_readings(text: str) -> list[tuple[int, int, int, int]]:
    """The interlinear annotations of ``text`` whose annotation reads its base: ``(start, base_end, end)``
    spans as ``(anchor, separator, terminator, end)`` positions.

    >>> t = "建设\\ufff9有中\\ufffayouzhong\\ufffb国，\\ufff9世界\\ufffaworld\\ufffb"
    >>> [(t[a], t[a + 1:s], t[s + 1:z]) for a, s, z, _ in interlinear_readings(t)]
    [('\\ufff9', '有中', 'youzhong')]
    """
    if SEPARATOR not in text:
        return []
    out = []
    for m in INTERLINEAR_RE.finditer(text):
        if annotation_reads(m.group(2), m.group(1)):
            out.append((m.start(), m.end(1), m.end() - 1, m.end()))
    return out


def interlinear_marks(text: str) -> frozenset[int]:
    """Positions of the marks of the annotations :func:`interlinear_readings` reads: the invisible
    characters' rule leaves them to the ruby rule, which removes each with its reading.

    >>> sorted(interlinear_marks("\\ufff9马鞍\\ufffamǎ'ān\\ufffb山"))
    [0, 3, 9]
    """
    return frozenset(p for a, s, z, _ in interlinear_readings(text) for p in (a, s, z))


def interlinear_edits(text: str) -> list[Edit]:
    """The ruby rule's edits for the annotations :func:`interlinear_readings` reads: the anchor goes, and
    the separator with the reading and the terminator.

    >>> t = "第一条 为了\\ufff9规范\\ufffaguīfàn\\ufffb管理"
    >>> [e.before for e in interlinear_edits(t)]
    ['\\ufff9', '\\ufffaguīfàn\\ufffb']
    """
    edits: list[Edit] = []
    for anchor, separator, _, end in interlinear_readings(text):
        base = text[anchor + 1:separator]
        edits.append(Edit(RUBY_PINYIN, anchor, anchor + 1, ANCHOR, "", f"interlinear annotation anchor before {base}"))
        edits.append(Edit(RUBY_PINYIN, separator, end, text[separator:end], "", f"reading of {base}, an interlinear annotation"))
    return edits


# --------------------------------------------------------------------------- homophone glosses


def homophone_of(chars: str, base: str) -> bool:
    """Whether ``chars`` are homophones of ``base``, one for one: each shares a toneless reading with
    its counterpart and is another character (and not its Simplified or Traditional form).

    >>> homophone_of("安", "鞍"), homophone_of("馆里", "管理"), homophone_of("馬", "马"), homophone_of("途", "安")
    (True, True, False, False)
    """
    from corpus_tools.clean.ruby import _counterparts, readings

    if len(chars) != len(base) or not chars:
        return False
    for c, b in zip(chars, base):
        if c == b or not readings(c) & readings(b) or c in _counterparts(b):
            return False
    return True


_OPEN = "(（[［【〔{｛〖〘「『〈《<＜﹙﹛﹝"
_CLOSE = ")）]］】〕}｝〗〙」』〉》>＞﹚﹜﹞"
_QUOTES = "“”\"'‘’「」"
#: A bracket right after a Han character holding only Han characters (a label, maybe, then the homophone,
#: maybe quoted, maybe after a colon): the candidates.
GLOSS_RE = lazy_regex(
    rf"(?<=\p{{Han}})([{regex.escape(_OPEN)}])(\p{{Han}}{{0,3}}?)[：:]?[{_QUOTES}]?(\p{{Han}}{{1,4}})[{_QUOTES}]?([{regex.escape(_CLOSE)}])"
)
#: The same mark on both sides of a label and a homophone right after a Han character, where the gloss
#: has no brackets (``鞍，音安，山``, ``鞍 音安 山``, ``鞍/音安/山``): the candidates.  Any one mark that is no
#: bracket, no quotation mark and no sentence end (:func:`_gloss_pair_mark`); the label is not optional
#: here (:func:`homophone_glosses`).
GLOSS_PAIR_RE = lazy_regex(
    rf"(?<=\p{{Han}})([^\p{{Han}}\p{{L}}\p{{N}}\p{{Ps}}\p{{Pe}}\p{{Pi}}\p{{Pf}}\n。．.！!？?；;：:{regex.escape(_QUOTES)}])"
    rf"(\p{{Han}}{{1,3}}?)[：:]?[{_QUOTES}]?(\p{{Han}}{{1,4}})[{_QUOTES}]?(\1)"
)
#: Glosses of one habit (the same opening bracket and label, the same closing bracket) a page must show,
#: reading different characters, before any of them goes; without a label, more.
HABIT = 2
UNLABELLED_HABIT = 4


def _glosses_at(text: str, m) -> list[tuple[str, int]]:
    """Each way to read the candidate ``m`` as a label and a homophone of as many characters before it:
    ``(label, length)``, the longest homophone first (``引进(音近)`` reads ``近`` after the label ``音``, or
    ``音近`` with no label: the page's habit decides)."""
    label, chars = m.group(2), m.group(3)
    whole = label + chars
    start = m.start()
    out = []
    for h in range(min(len(whole), 4), 0, -1):
        homophone, lab = whole[-h:], whole[:-h]
        if len(lab) > 3:
            break
        base = text[max(0, start - h):start]
        if len(base) == h and all(is_han_script(c) for c in base) and homophone_of(homophone, base):
            out.append((lab, h))
    return out


def homophone_glosses(text: str) -> list[Edit]:
    """Bracketed homophone glosses of the characters before them (``鞍（音安）``), as removals.

    **Evidence**: the bracket's last characters are homophones of as many characters right before it
    (:func:`homophone_of`), and the page shows the same habit (opening bracket and label, closing
    bracket) on :data:`HABIT` different characters (:data:`UNLABELLED_HABIT` without a label).  Where a
    bracket reads in two ways (``引进(音近)``: ``近`` after the label ``音``, or ``音近`` without one), the
    habit the page shows most is its reading.

    >>> t = "马鞍（音安）山，财政（音证）、人民银行，构成（音城）犯罪，引进（音近）"
    >>> [e.before for e in homophone_glosses(t)]
    ['（音安）', '（音证）', '（音城）', '（音近）']
    >>> homophone_glosses("依法（含）以上，图书（音像制品），（以下简称“中心”）")
    []
    >>> homophone_glosses("马鞍（音安）山")  # one isolated gloss: no habit
    []
    >>> homophone_glosses("壹（一）、贰（二）、叁（三）、肆（四）")  # capital numerals: the same word
    []
    >>> [e.before for e in homophone_glosses("马鞍，音安，山市的财政，音证，部门")], homophone_glosses("是，市，式，事")
    (['，音安，', '，音证，'], [])
    """
    candidates = []
    support: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for m, labelled in _gloss_candidates(text):
        ways = [way for way in _glosses_at(text, m) if (way[0] or not labelled) and not _correction(text, m, *way)]
        if not ways:
            continue
        candidates.append((m, ways))
        for label, h in ways:
            support[(m.group(1), label, m.group(4))].add(text[m.start() - h:m.start()])
    habits: dict[tuple[str, str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for m, ways in candidates:
        label, h = max(ways, key=lambda way: (len(support[(m.group(1), way[0], m.group(4))]), way[1]))
        if not label and not _main_readings_agree(text[m.start() - h:m.start()], m.group(3)[-h:]):
            continue  # 站（点）: 点 reads zhan only in a rare sense; without a label, the usual readings must agree
        habits[(m.group(1), label, m.group(4))].append((m.start(), m.end(), text[m.start() - h:m.start()]))
    edits: list[Edit] = []
    for (opener, label, closer), found in habits.items():
        need = HABIT if label else UNLABELLED_HABIT
        if len({base for _, _, base in found}) < need:
            continue
        if not label and all(base in _HAN_NUMERALS for _, _, base in found):
            continue
        if label and not _label_names_sound(text, opener, label, closer, len(found)):
            continue
        edits += [Edit(RUBY_PINYIN, a, b, text[a:b], "", f"homophone gloss of {base}") for a, b, base in found]
    return sorted(edits, key=lambda e: e.start)


def _gloss_candidates(text: str):
    """The bracketed candidates (:data:`GLOSS_RE`), then those between a pair of one mark (:data:`GLOSS_PAIR_RE`,
    whose label is not optional: ``甲，乙，`` lists characters), each with whether it needs a label."""
    if any(c in text for c in _OPEN):
        for m in GLOSS_RE.finditer(text):
            yield m, False
    if _PAIR_GATE.search(text):
        for m in GLOSS_PAIR_RE.finditer(text, overlapped=True):
            yield m, True


#: The cheap gate of :data:`GLOSS_PAIR_RE`: a Han character, a mark, a Han character, within three of a
#: mark again (the standard library's scan, Han as its main block).
_PAIR_GATE = lazy_re(r"[\u4e00-\u9fff]([^\w\n。．.！!？?；;：:（）()])[\u4e00-\u9fff]{2,7}\1")


def _pairs_known(chain: str) -> int:
    """How many of the pairs of neighbouring Han characters of ``chain`` clean law text shows (a pair with a
    punctuation mark says nothing of the word)."""
    from corpus_tools.clean.evidence import law_bigrams

    pairs = law_bigrams()
    return sum(chain[i:i + 2] in pairs for i in range(len(chain) - 1) if is_han_script(chain[i]) and is_han_script(chain[i + 1]))


def _correction(text: str, m, label: str, h: int) -> bool:
    """Whether the bracket ``m`` (its label ``label``, its homophone of ``h`` characters) is a correction, not a
    gloss: its homophone fits the sentence on both sides, better than the characters it follows
    (``下一部（应为步）骤``: an erratum names the right character, which reads the same).  A gloss follows the
    law's own word: ``财政（音证）部门`` (财政 and 政部 fit, 财证 and 证部 do not).  The pairs are those clean law
    text shows, so a rare word of the law (记功, absent from them) proves nothing: its gloss must fit on both
    sides to count as the right character.

    >>> t = "下一部（应为步）骤，财政（音证）部门，给予记功（音工）、晋级"
    >>> [_correction(t, m, "", 1) for m in GLOSS_RE.finditer(t)]
    [True, False, False]
    """
    start, after = m.start(), m.end()
    homophone = (m.group(2) + m.group(3))[-h:]
    left, right = text[max(0, start - h - 1):start - h], text[after:after + 1]
    if not (left and right and is_han_script(left) and is_han_script(right)):
        return False
    fit = _pairs_known(left + homophone + right)
    return fit == len(homophone) + 1 and fit > _pairs_known(left + text[start - h:start] + right)


def _main_readings_agree(base: str, chars: str) -> bool:
    """Whether each of ``chars`` has the usual reading (pypinyin's first, toneless) of its counterpart in ``base``.

    >>> _main_readings_agree("厂", "场"), _main_readings_agree("站", "点")
    (True, False)
    """
    from corpus_tools.clean.ruby import _pinyin_dict, _toneless

    table = _pinyin_dict()
    first = lambda c: _toneless(table.get(ord(c), "").split(",")[0])  # noqa: E731
    return len(base) == len(chars) and all(first(b) and first(b) == first(c) for b, c in zip(base, chars))


#: The share of a page's brackets opening on a label (and its bracket) whose rest is a homophone, for the label
#: to name a sound: a gloss's label introduces homophones only (``（音安）``, ``（音城）``); a word that happens to
#: precede one (``厂（或场）``) introduces anything else as well (``（或者单位）``).
LABEL_SHARE = 0.8


def _label_names_sound(text: str, opener: str, label: str, closer: str, glosses: int) -> bool:
    """Whether the brackets of ``text`` that open with ``opener`` + ``label`` and close with ``closer`` are
    homophone glosses (``glosses`` of them) in :data:`LABEL_SHARE` at least.

    >>> _label_names_sound("厂（或场）、站（或者单位）、部（或者个人）", "（", "或", "）", 1)
    False
    """
    head = opener + label
    total = 0
    at = text.find(head)
    while at >= 0:
        stop = text.find(closer, at + len(head), at + len(head) + 12)
        if stop >= 0 and "\n" not in text[at:stop]:
            total += 1
        at = text.find(head, at + len(head))
    return glosses >= LABEL_SHARE * total


#: Capital numerals and their plain forms (``壹（一）``): the same word, written twice.
_HAN_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億两兩")


def label_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """The spans of the glosses ``edits`` (their labels name the sound: ``读音`` in one teaches nothing)."""
    return [(e.start, e.end) for e in edits]
