"""Ruby written by an authoring tool (a word processor, a typesetting or markup system), flattened to text.

Real damage undone: the reading a writer put over a character with the tool's own ruby feature
comes out, once the document is text, as the tool's notation around the character:

* **Word's phonetic guide** (拼音指南), and LibreOffice's and WPS's, which write Word's field when
  they save a ``.doc``, is an ``EQ`` field: ``{ EQ \\* jc2 \\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(pīn),拼) }``.
  An extractor that shows field codes instead of results (Alt+F9, a ``.doc`` read as text, an RTF
  reader) leaves the instruction in the sentence, with or without the field's braces, its marks
  U+0013/U+0015 (the invisible characters' rule removes the marks and leaves such a field to this
  one), either alignment switch (``\\o\\ad``, ``\\o\\ac``, ``\\o\\al``…), the reading over or under
  (``\\s\\up``, ``\\s\\do``), backslashes of either width or doubled (RTF), the punctuation of
  either width, and the list separator of the writer's locale (``,`` or ``;``):
  :func:`eq_field_edits` puts the base back;
* **typesetting and markup sources** a page was written in: LaTeX's ``\\ruby{字}{zì}``,
  ``\\xpinyin{字}{zi4}`` and ``字\\pinyin{zì}``, Markdown ruby ``[字]{zì}``, ``[字]^(zì)``, reStructuredText's
  ``:ruby:`字 <zì>``` (markdown-it's ``{字|zì}`` is :func:`corpus_tools.clean.ruby._source_markup`'s):
  :func:`markup_edits`;
* **readings introduced by a label**: a tool (or a writer's macro) that writes the guide into the text
  as ``处理（拼音：chǔ lǐ）``, ``（注音：ㄔㄨˇ）``, ``(pinyin: chuli)``, ``〔读音 chǔ〕``…:
  :func:`labelled_edits`.

**Evidence**: the notation names which part is the reading and which the base, and the reading is
a reading of its base (pypinyin, as :func:`corpus_tools.clean.ruby.group_reading` reads a bracketed
group).  A field or a markup whose reading reads nothing stays (with a warning), and so do fields
on a text about the word processor itself (:data:`ABOUT_TOOLS_RE`).  A label is a weaker mark (a
law may gloss a rare character: ``圩（音：wéi）区``): a labelled reading goes only on a page showing
:data:`LABELLED_CONSENSUS` different ones; the teaching words' guard of the ruby rule applies to all
of them (a text that teaches pinyin states readings).
"""

from __future__ import annotations

import bisect

import regex

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.clean.ruby import (
    _BODY,
    _START,
    CLOSERS,
    MAX_WORD,
    OPENERS,
    TEACHING_WINDOW,
    _fold,
    _reading_ahead,
    group_reading,
    ruby_beyond_teaching,
)
from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import is_han_script

_SPACE = "[ \\t\u3000\u00a0]"
#: A blank between a field's tokens: a line break too (catdoc and other ``.doc`` readers wrap their lines at
#: the blanks, and a field is long: ``…\\* jc2⏎\\* "Font:宋体"…``).
_GAP = "[ \\t\u3000\u00a0\n]"
#: A backslash as the field shows it: either width, doubled where RTF escapes it.
_BS = r"(?:\\{1,2}|＼{1,2})"
#: A switch of the field (``\\* jc2``, ``\\* "Font:宋体"``, ``\\* hps10``): up to the next backslash.
_SWITCH = rf"{_BS}\*(?:[^\\＼\n]|\n(?!\n)){{0,60}}+"
#: The reading's part of an overlay: ``\\s\\up 9(pīn)``, ``\\s\\do 4（pīn）``.
_ANNOTATION = rf"{_BS}s(?:{_BS}(?:up|do|ai|di){_GAP}{{0,2}}-?[0-9]{{0,3}}{_GAP}{{0,2}})+[(（]{_GAP}{{0,2}}(?P<reading>(?:[^()（）\\＼\n,，;；]|\n(?!\n)){{1,60}}?){_GAP}{{0,2}}[)）]"
_BASE = r"(?P<base>[^()（）\\＼\n,，;；{}｛｝\"“”]{1,12}?)"
_LIST_SEP = f"{_GAP}{{0,2}}[,，;；]{_GAP}{{0,2}}"
#: Word's phonetic guide as a field instruction: the keyword and its switches (the keyword may be
#: lost with the field's marks), the overlay ``\\o`` with its alignment, the annotation and the base in
#: either order; the field's braces when the extractor showed them.
EQ_FIELD_RE = lazy_regex(
    rf"(?P<lb>[{{｛]{_GAP}{{0,3}})?(?P<core>(?:(?i:EQ){_GAP}{{0,3}})?(?:{_SWITCH})*+{_BS}o(?:{_BS}a[a-z]{_GAP}{{0,2}})?"
    rf"{_GAP}{{0,2}}[(（]{_GAP}{{0,2}}(?:{_ANNOTATION}{_LIST_SEP}{_BASE}|{_BASE}{_LIST_SEP}{_ANNOTATION}){_GAP}{{0,2}}[)）])"
    rf"(?P<rb>{_GAP}{{0,3}}[}}｝])?"
)
#: Words of a text about the word processor or its fields: their examples are content.
ABOUT_TOOLS_RE = lazy_regex(
    r"域代码|域代碼|域开关|域開關|域结果|域結果|拼音指南|注音指南|(?i:\bword\b|\bwps\b|libreoffice|openoffice)|"
    r"Alt\s*\+\s*F9|Shift\s*\+\s*F9|Ctrl\s*\+\s*F9|(?i:\bEQ\b)\s*域"
)


_OVERLAY_GATE = lazy_regex(r"[\\＼]o[\\＼(（ \t\u3000\u00a0]")


def _gated_fields(text: str) -> bool:
    return ("\\" in text or "＼" in text) and _OVERLAY_GATE.search(text) is not None


def _reads_base(reading: str, base: str) -> bool:
    """Whether ``reading`` reads every character of ``base`` (Han characters, blanks aside)."""
    chars = base.strip(" \t\u3000\u00a0")
    if not chars or not all(is_han_script(c) for c in chars):
        return False
    found = group_reading(reading.strip(" \t\u3000\u00a0"), chars)
    return found is not None and found[0] == len(chars)


def eq_field_edits(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """Word phonetic-guide fields left as instructions, as edits that put their base back.

    >>> t = '第{ EQ \\\\* jc2 \\\\* "Font:宋体" \\\\* hps10 \\\\o\\\\ad(\\\\s\\\\up 9(wǔ),五) }条 公EQ \\\\* jc2 \\\\* hps10 \\\\o\\\\ac(\\\\s\\\\up 9(jī jīn),积金)'
    >>> [(e.before[:4], e.after) for e in eq_field_edits(t)[0]]
    [('{ EQ', '五'), ('EQ \\\\', '积金')]
    >>> [e.after for e in eq_field_edits('＼o＼ad（＼s＼up 9（zhōng）；中）、\\\\\\\\o\\\\\\\\ad(\\\\\\\\s\\\\\\\\up 9(guó),国)')[0]]
    ['中', '国']
    >>> edits, warnings = eq_field_edits('EQ \\\\* jc2 \\\\o\\\\ad(\\\\s\\\\up 9(ABC),中)')
    >>> edits, [w.excerpt[-2:] for w in warnings]
    ([], ['中)'])
    """
    if not _gated_fields(text):
        return [], []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    for m in EQ_FIELD_RE.finditer(text):
        start, end = m.span()
        if m.group("lb") and not m.group("rb"):
            start = m.start("core")
        elif m.group("rb") and not m.group("lb"):
            end = m.end("core")
        base = m.group("base")
        if not _reads_base(m.group("reading").replace("\n", " "), base):
            warnings.append(CleanWarning(RUBY_PINYIN, start, "phonetic guide field whose reading does not read its base; kept", text[start:end]))
            continue
        edits.append(Edit(RUBY_PINYIN, start, end, text[start:end], base.strip(" \t\u3000\u00a0"), "Word phonetic guide field"))
    return _off_tool_texts(text, edits, warnings)


def _off_tool_texts(text: str, edits: list[Edit], warnings: list[CleanWarning]) -> tuple[list[Edit], list[CleanWarning]]:
    """``edits`` without the fields on a line that names the tool (:data:`ABOUT_TOOLS_RE`) within
    :data:`~corpus_tools.clean.ruby.TEACHING_WINDOW` characters: a help text or a manual shows the field as its
    content (``在Word中按Alt+F9显示域代码：{ EQ …}``).  Words inside a removed field (a font's name) do not
    count; a page whose fields mostly stand far from such words is a damaged page that names the tool.

    >>> t = '在Word中按Alt+F9，拼音显示为EQ \\\\o\\\\ad(\\\\s\\\\up 9(pīn),拼)'
    >>> eq_field_edits(t)[0], [w.message[:20] for w in eq_field_edits(t)[1]]
    ([], ['phonetic guide field'])
    """
    if not edits or not ABOUT_TOOLS_RE.search(text):
        return edits, warnings
    spans = [(e.start, e.end) for e in edits]
    ends = [b for _, b in spans]
    words = []
    for w in ABOUT_TOOLS_RE.finditer(text):
        at = bisect.bisect_right(ends, w.start())
        if at < len(spans) and spans[at][0] <= w.start():
            continue  # a font's name inside a field
        words.append(w.start())
    if not words:
        return edits, warnings
    near, far = [], []
    for e in edits:
        lo = max(text.rfind("\n", 0, e.start) + 1, e.start - TEACHING_WINDOW)
        line_end = text.find("\n", e.end)
        hi = min(len(text) if line_end < 0 else line_end, e.end + TEACHING_WINDOW)
        at = bisect.bisect_left(words, lo)
        (near if at < len(words) and words[at] < hi else far).append(e)
    if not near or ruby_beyond_teaching(far, len(near)):
        return edits, warnings
    warnings = warnings + [CleanWarning(RUBY_PINYIN, e.start, "phonetic guide field on a text about the tool; kept", e.before) for e in near]
    return far, warnings


# --------------------------------------------------------------------------- typesetting and markup sources

_READING = rf"[{_START}][{_BODY}]{{0,40}}?"
#: LaTeX's ruby commands with base and reading (``\\ruby{字}{zì}``, ``\\ruby[g]{字}{zì}``,
#: ``\\xpinyin{字}{zi4}``, luatexja's ``\\ltjruby``), and a Markdown or reStructuredText ruby
#: (``[字]{zì}``, ``[字]^(zì)``, ``:ruby:`字 <zì>```, ``:ruby:`字|zì```).
MARKUP_RE = lazy_regex(
    rf"{_BS}(?:[A-Za-z]{{0,6}}ruby|x?pinyin|zhuyin)\*?(?:\[[^\]\n]{{0,20}}\])?[{{](?P<base>\p{{Han}}{{1,{MAX_WORD}}})[}}][{{](?P<reading>[^{{}}\n]{{1,60}})[}}]"
    rf"|\[(?P<base>\p{{Han}}{{1,{MAX_WORD}}})\](?:\^[{{(]|[{{])(?P<reading>{_READING})[}})]"
    rf"|:ruby:`(?P<base>\p{{Han}}{{1,{MAX_WORD}}}){_SPACE}*(?:<(?P<reading>{_READING})>|[|｜](?P<reading>{_READING}))`"
)
#: LaTeX's reading alone after its character (xpinyin's ``\\pinyin{zì}``, a ``\\zhuyin{}``).
LONE_READING_RE = lazy_regex(rf"(?<=\p{{Han}}){_BS}(?:pinyin|zhuyin|rt)[{{](?P<reading>{_READING})[}}]")


def _gated_markup(text: str) -> bool:
    return (("\\" in text or "＼" in text) and "{" in text) or "]{" in text or "]^" in text or ":ruby:" in text


def markup_edits(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """A typesetting or markup system's ruby source, as edits that keep the base alone.

    >>> t = "\\\\ruby{第}{dì}五条、[中国]{zhōng guó}、[行]^(háng)业、:ruby:`字 <zì>`、法\\\\pinyin{fǎ}、[甲]{A}"
    >>> [(e.before, e.after) for e in markup_edits(t)[0]]
    [('\\\\ruby{第}{dì}', '第'), ('[中国]{zhōng guó}', '中国'), ('[行]^(háng)', '行'), (':ruby:`字 <zì>`', '字'), ('\\\\pinyin{fǎ}', '')]
    """
    if not _gated_markup(text):
        return [], []
    edits: list[Edit] = []
    warnings: list[CleanWarning] = []
    for m in MARKUP_RE.finditer(text):
        base = m.group("base")
        if _reads_base(m.group("reading").replace("|", " "), base):
            edits.append(Edit(RUBY_PINYIN, m.start(), m.end(), m.group(), base, "ruby in a typesetting or markup source"))
        elif m.group().startswith(("\\", "＼", ":")):
            warnings.append(CleanWarning(RUBY_PINYIN, m.start(), "ruby markup whose reading does not read its base; kept", m.group()))
    if "\\" in text or "＼" in text:
        for m in LONE_READING_RE.finditer(text):
            found = group_reading(m.group("reading"), text[max(0, m.start() - MAX_WORD):m.start()])
            if found is not None:
                edits.append(Edit(RUBY_PINYIN, m.start(), m.end(), m.group(), "", "reading in a typesetting source"))
    edits.sort(key=lambda e: e.start)
    return edits, warnings


# --------------------------------------------------------------------------- labelled readings

#: Labels that introduce a reading inside its bracket (``（拼音：chǔ lǐ）``, ``(pinyin: chuli)``,
#: ``〔注音 ㄔㄨˇ〕``, ``（读作zì）``): the words for a reading, a spelling or a sound.
LABELS = (
    "汉语拼音|漢語拼音|拼音|拼讀|拼读|注音符号|注音符號|注音|註音|讀音|读音|讀作|读作|讀為|读为|讀如|读如|讀|读|發音|发音|念作|唸作|念|"
    "標音|标音|音標|音标|音讀|音读|音|拼|(?i:han ?yu ?pin ?yin|pin ?yin|zhu ?yin|bopomofo|romani[sz]ation|pronunciation|pron\\.?|reading|py)"
)
_LABEL_SEP = f"{_SPACE}{{0,2}}(?:[为為是][：:]?|[：:﹕︰=＝]){_SPACE}{{0,2}}|{_SPACE}{{1,2}}|"
#: A labelled reading: a bracket opening on a label, a colon or a blank (or nothing), the reading,
#: the closing bracket.
LABELLED_RE = lazy_regex(
    rf"{_SPACE}{{0,2}}[{regex.escape(OPENERS)}]{_SPACE}{{0,2}}(?:{LABELS})(?:{_LABEL_SEP})(?P<quote>[\"“'‘])?(?P<reading>{_READING})(?(quote)[\"”'’]){_SPACE}{{0,2}}[{regex.escape(CLOSERS)}]"
)
#: Different labelled readings (characters read, reading) a page must show before they count as ruby.
LABELLED_CONSENSUS = 2


def labelled_edits(text: str) -> list[Edit]:
    """Readings introduced by a label (``社会主（拼音：huì zhǔ）义``), as removals.

    The group reads the characters right before it, or, when it opens a run of Han characters and
    reads none before, those right after it; the page shows :data:`LABELLED_CONSENSUS` different ones.

    >>> t = "社会主（拼音： huì zhǔ）义、公积(pinyin: gong ji)金、对地震〔注音 ㄉㄧˋ ㄓㄣˋ〕灾区、（读音：dì）第五条"
    >>> [e.before for e in labelled_edits(t)]
    ['（拼音： huì zhǔ）', '(pinyin: gong ji)', '〔注音 ㄉㄧˋ ㄓㄣˋ〕', '（读音：dì）']
    >>> labelled_edits("圩（音：wéi）区"), labelled_edits("附件（注：A）、附件（注：A）、办法（读作ABC）")
    ([], [])
    """
    if not _gated_labelled(text):
        return []
    found: list[tuple[int, int, str, str]] = []
    for m in LABELLED_RE.finditer(text):
        start = m.start()
        reading = m.group("reading")
        if start and is_han_script(text[start - 1]):  # (the blanks before it go with it: 马 (ma) 鞍)
            before = text[max(0, start - MAX_WORD):start]
            read = group_reading(reading, before)
            if read is not None:
                found.append((start, m.end(), before[-read[0]:], _fold(reading)))
                continue
        after = text[m.end():m.end() + MAX_WORD]
        k = _reading_ahead(reading, after)
        if k is not None:  # read ahead: the blanks before the bracket are the text's (第三条 （读作：zhèng fǔ）政府)
            found.append((start + len(m.group()) - len(m.group().lstrip(" \t\u3000\u00a0")), m.end(), after[:k], _fold(reading)))
    if len({(chars, r) for _, _, chars, r in found}) < LABELLED_CONSENSUS:
        return []
    return [Edit(RUBY_PINYIN, s, e, text[s:e], "", f"labelled reading of {chars}") for s, e, chars, _ in found]


def label_spans(text: str) -> list[tuple[int, int]]:
    """Where a labelled reading stands (its brackets), read or not: its label names the reading and
    teaches nothing (the ruby rule's teaching words inside do not count).

    >>> label_spans("社会主（拼音：huì zhǔ）义、汉语拼音")
    [(3, 15)]
    """
    if not _gated_labelled(text):
        return []
    return [m.span() for m in LABELLED_RE.finditer(text)]


def _gated_labelled(text: str) -> bool:
    return LABELLED_RE.search(text) is not None


def gated(text: str) -> bool:
    """Whether ``text`` may hold ruby of this module (cheap tests first)."""
    return _gated_fields(text) or _gated_markup(text) or _gated_labelled(text)


def authored_ruby(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """All the authored ruby of ``text``: sorted, disjoint edits, and the notations kept."""
    fields, warnings = eq_field_edits(text)
    markup, markup_warnings = markup_edits(text)
    edits = sorted(fields + markup + labelled_edits(text), key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    for e in edits:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out, warnings + markup_warnings
