"""Readings and controls written by reading aids and speech synthesisers, left in the text as their notation.

Real damage undone: a law prepared for a speech synthesiser (a 普法 broadcast, an accessible edition, a government
site's read-aloud button) carries the engine's markup around and between its characters; a law copied out of a
reading edition, a wiki or a writing platform carries the platform's plain-text ruby notation.  A crawl of the
prepared script or of the source keeps the notation in the sentence: ``旅游<phoneme alphabet="py" ph="hang2">行
</phoneme>业``, ``旅游行[=hang2]业``, ``应当[p300]加强``, ``加强{{Ruby|管理|guǎn lǐ}}``.

The family's real-world members, over the mechanism's axes (what carries the reading or the control: an element,
a bracketed token, a backslash tag, a template, a tag pair; where the base stands: inside, before or after):

1. **SSML** (W3C), as the cloud engines take it (Azure with ``mstts:`` elements, Amazon Polly with ``amazon:``
   elements and ``x-amazon-pinyin``, Google, Aliyun, Tencent, Baidu, iFlytek's SSML): ``<phoneme alphabet="py"
   ph="hang2">行</phoneme>`` (alphabets ``py``, ``pinyin``, ``x-pinyin``, ``x-amazon-pinyin``, ``sapi``, ``ipa``),
   ``<say-as>``, ``<sub alias>``, ``<break/>``, ``<prosody>``, ``<emphasis>``, ``<speak>``, ``<p>``/``<s>``;
2. **Microsoft SAPI 5 XML** (``<silence msec="300"/>``, ``<pron sym="hang 2"/>``, ``<rate>``, ``<volume>``, ``<emph>``,
   ``<spell>``, ``<partofsp>``, ``<bookmark>``) and JSML/SABLE (Festival) tags of the same kind;
3. **backslash control tags** of SAPI 4, Acapela and the engines that copied them (``\\pau=300\\``, ``\\spd=180\\``,
   ``\\vol=80\\``, ``\\prn=hang2\\``, ``\\rst\\``), either case, either width;
4. **bracketed inline controls**: iFlytek's and InterPhonic's (``行[=hang2]``, ``[p500]`` pauses, ``[n1]``/``[n2]``
   number reading, ``[s5]`` speed, ``[v5]`` volume, ``[h0]``, ``[y1]``…), DECtalk's ``[:rate 200]``, ``[:np]``, Apple
   speech's embedded commands and eSpeak's phoneme input in double brackets (``[[slnc 300]]``), in ASCII or
   full-width brackets;
5. **plain-text ruby notations that name ruby** (a keyword, the base and its reading, in any order and any
   delimiters): pixiv ``[[rb:管理 > guǎn lǐ]]``, MediaWiki's ``{{Ruby|管理|guǎn lǐ}}`` (and ``Ruby-zh-p``), BBCode
   ``[ruby=guǎn lǐ]管理[/ruby]``, Typst ``#ruby[guǎn lǐ][管理]``, Re:VIEW ``@<ruby>{管理,guǎn lǐ}``, Pandoc spans
   ``[管理]{.ruby rt="guǎn lǐ"}``, Aozora Bunko's annotation ``管理［＃「管理」に「guǎn lǐ」のルビ］`` (its base quoted
   after the text it names), LaTeX's ``\\ruby{管理}{guǎn lǐ}``, literal ``<ruby>管理<rt>guǎn lǐ</rt></ruby>``;
6. **ruby notations that mark their base with a bar**: Aozora's, Kakuyomu's and Hameln's ``｜管理《guǎn lǐ》``,
   Narou's ``|管理(guǎn lǐ)``: the bar names the base, so a word's reading goes alone (:func:`_bar_units`; a
   table's bar is none); Aozora's ``《》`` without the bar, a toned word reading, on a page that shows two
   (:func:`_barless_units`: in Chinese ``《》`` marks a title and never holds a reading);
7. (read elsewhere) the notations that need no keyword: Baidu TTS's ``重(chong2)``, markdown-it's and Denden's ``{管理|guǎn|lǐ}``
   (:mod:`corpus_tools.clean.ruby`), Markdown's ``[管理]{guǎn lǐ}`` (:mod:`corpus_tools.clean.ruby_authored`).

**Evidence**, shared by the members: a reading is a romanisation of its base (pypinyin's readings, any spelling
:func:`corpus_tools.clean.ruby.group_reading` reads: a polyphone's reading is one of its readings), and the
notation names which part is the reading; a control comes from a closed vocabulary of the engine and recurs on
the page in one framing.  So:

* a reading notation goes when its reading reads its base (``[=hang2]`` after 行, a ``phoneme`` whose ``ph``
  reads its content, a keyword unit whose reading reads its Han field); the base stays;
* speech elements go on a page that shows :data:`HABIT` elements of the speech vocabulary (or one phoneme that
  reads); the page's carriers (``<p>``, ``<s>``, ``<sub>``) go only then;
* bracketed and backslash controls go on a page that shows :data:`HABIT` tokens of one framing from the engines'
  vocabularies, or :data:`SHAPE_HABIT` tokens of one framing with a value (an engine no table names), each inside
  a sentence (Han or Chinese punctuation on both sides).

Kept byte-identical: a law quoting a bracketed term (``行[注]``), a footnote mark (``[1]``), braces in a formula,
a ``｜`` before 《》 titles, a text ABOUT speech markup (:data:`ABOUT_RE`: an SSML standard quotes its elements;
kept with a warning), one isolated control.
"""

from __future__ import annotations

import regex

from corpus_tools.clean.rules import RUBY_PINYIN
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import is_han_script

#: Tokens of one framing (or speech elements) a page must show for its controls to go.
HABIT = 2
#: Tokens of one framing whose command no table names: they must carry a value and recur this often.
SHAPE_HABIT = 3
#: Characters around a token that put it inside a sentence (with Han characters).
_SENTENCE_MARKS = frozenset("，。；：！？、“”‘’（）《》〈〉「」『』【】—…·　 ")

#: Words of a text about speech markup itself: its elements are its content.
ABOUT_RE = lazy_regex(r"SSML|(?i:speech synthesis markup)|语音合成标记|語音合成標記|标记语言|標記語言")

# --------------------------------------------------------------------------- speech elements

#: Elements only speech markup writes (SSML, SAPI 5, JSML/SABLE): their tags prove the page's markup.
SPEECH_ELEMENTS = frozenset(
    "speak phoneme say-as sayas prosody break emphasis lexicon lexeme silence pron emph spell partofsp "
    "context bookmark rate volume pitch express-as soundevent emotion backgroundaudio breath effect auto-breaths "
    "phonation whispered lang jsml sable".split()
)
#: Elements speech markup shares with HTML (``<p>``, ``<s>``, ``<sub>``, HTML5's ``<mark>`` and ``<audio>``) or that
#: carry text: they go only on a page the others proved.
CARRIER_ELEMENTS = frozenset("p s sub w token voice paragraph sentence metadata meta desc mark audio".split())
#: Namespaces of the vendors' own elements (``mstts:express-as``, ``amazon:effect``): any of their elements is speech markup.
_NAMESPACES = ("mstts", "amazon", "sapi", "ssml", "xf", "aliyun", "baidu", "tencent")
SPEECH_TAG_RE = lazy_regex(
    r"<(?P<close>/)?(?:(?P<ns>[A-Za-z]{2,8}):)?(?P<name>[A-Za-z][A-Za-z-]{0,20})(?P<attrs>[ \t][^<>\n]{0,200})?[ \t]*/?>"
)
#: A phoneme element around its base, the reading in its ``ph`` attribute.
PHONEME_RE = lazy_regex(
    r"<phoneme\b[^<>\n]{0,120}?\bph[ \t]*=[ \t]*[\"'](?P<reading>[^\"'<>\n]{1,60})[\"'][^<>\n]{0,60}>(?P<base>\p{Han}{1,8})</phoneme[ \t]*>",
    regex.IGNORECASE,
)
_TAG_GATE = lazy_re(r"</?[A-Za-z]")


def _element(m) -> str | None:
    """The speech element a tag names, ``"*"`` for a vendor's namespaced element, or None."""
    name = m.group("name").lower()
    if m.group("ns"):
        return "*" if m.group("ns").lower() in _NAMESPACES else None
    if name in SPEECH_ELEMENTS or name in CARRIER_ELEMENTS:
        return name
    return None


def _speech_elements(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, why)`` of the speech markup's tags on a page that proves it."""
    if "<" not in text or not _TAG_GATE.search(text):
        return []
    tags = []
    proof = 0
    for m in SPEECH_TAG_RE.finditer(text):
        name = _element(m)
        if name is None:
            continue
        tags.append((m.start(), m.end(), name))
        proof += name not in CARRIER_ELEMENTS
    if not tags:
        return []
    if proof < HABIT:
        read = any(_reads(m.group("reading"), m.group("base")) for m in PHONEME_RE.finditer(text))
        if not read:
            return []
    return [(a, b, f"speech markup <{name}>") for a, b, name in tags]


def _reads(reading: str, base: str) -> bool:
    """Whether ``reading`` reads the whole of ``base``."""
    from corpus_tools.clean.ruby import group_reading

    found = group_reading(reading.strip(" \t\u3000"), base)
    return found is not None and found[0] == len(base)


# --------------------------------------------------------------------------- bracketed and backslash controls

#: The engines' control vocabularies, by framing: iFlytek/InterPhonic's one-letter controls (with their digits:
#: ``[m2]``, a unit of area, is none of them), DECtalk's colon commands, SAPI 4's and Acapela's backslash tags.
VOCABULARY = {
    "[": frozenset("p n s v t h y b i x z r w o f g".split()),
    "[:": frozenset("rate np nh nb nd nf nk nl np nr nu nv nw ra dv phoneme name pause volume tone punct mode error say comma period skip sync".split()),
    "\\": frozenset("pau spd vol pit rst emp prn pro mrk vce rms rpit rspd chr com ctx dem eng prt".split()),
}
#: A bracketed or backslash control: a reading after its character (``[=hang2]``), a command with its value in
#: one or two brackets, maybe after a colon (``[p500]``, ``[[slnc 300]]``, ``[:rate 200]``), a backslash tag
#: (``\\pau=300\\``).  Either width.
CONTROL_RE = lazy_regex(
    r"(?P<open>[\[［]{1,2}[:：]?)(?:[=＝](?P<reading>[A-Za-zà-ǜÀ-Ǜ0-5 ]{1,16})"
    r"|(?P<cmd>[A-Za-z]{1,8})(?:[ =＝]?(?P<val>[-+]?[0-9][0-9.]{0,6}|[-+])|[ =＝](?P<word>[A-Za-z]{1,10}(?: [A-Za-z0-9]{1,6}){0,2}))?)"
    r"(?P<close>[\]］]{1,2})"
    r"|(?P<bopen>[\\＼])(?P<bcmd>[A-Za-z]{2,5})(?:[=＝](?P<bval>[^\\＼\s]{1,16}))?[\\＼]"
)
_CONTROL_GATE = lazy_re(r"[\[［][\[［]?[:：=＝]?[A-Za-z=＝]|[\\＼][A-Za-z]{2,5}[=＝\\＼]")


def _in_sentence(text: str, start: int, end: int, tokens: set[int], token_ends: set[int]) -> bool:
    """Whether a token at ``[start, end)`` stands inside a sentence: Han or Chinese punctuation (or another token)
    on both sides, the line's end after it."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else "\n"
    left = start in token_ends or bool(before) and (is_han_script(before) or before in _SENTENCE_MARKS)
    right = end in tokens or after in "\r\n" or is_han_script(after) or after in _SENTENCE_MARKS
    return left and right


def _controls(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, why)`` of the controls the page proves."""
    if not _CONTROL_GATE.search(text):
        return []
    found = []
    for m in CONTROL_RE.finditer(text):
        if m.group("bopen"):
            frame, cmd, val = "\\", m.group("bcmd").lower(), m.group("bval") or ""
        else:
            opened, closed = m.group("open"), m.group("close")
            if len(opened.rstrip(":：")) != len(closed):
                continue  # ``[[p300]``: brackets that do not pair
            frame = "[" * len(closed) + (":" if opened[-1] in ":：" else "")
            if m.group("reading") is not None:
                found.append((m.start(), m.end(), frame, "=", m.group("reading")))
                continue
            cmd, val = m.group("cmd").lower(), m.group("val") or m.group("word") or ""
        found.append((m.start(), m.end(), frame, cmd, val))
    if not found:
        return []
    starts = {a for a, *_ in found}
    ends = {b for _, b, *_ in found}
    by_frame: dict[str, list] = {}
    for a, b, frame, cmd, val in found:
        if cmd == "=":  # a reading after its character: it reads it (its own evidence), or it is no control
            if a and _reads(val, text[a - 1]):
                by_frame.setdefault(frame, []).append((a, b, "known", f"reading of {text[a - 1]}, for a speech synthesiser"))
            continue
        if not _in_sentence(text, a, b, starts, ends):
            continue
        if frame == "[" and not val[:1].isdigit():
            continue  # a one-letter control always has its digits (``[p500]``); ``[s]``, ``[a]`` are a unit, a label
        if cmd in VOCABULARY.get(frame, ()):
            kind = "pause" if frame == "[" and cmd == "p" and len(val) >= 2 else "known"
        elif val and len(cmd) >= 2:
            kind = "shaped"  # a command and its value, of an engine no table names
        else:
            continue  # (``[m2]``, a unit; ``[b1]``, a citation)
        by_frame.setdefault(frame, []).append((a, b, kind, f"speech synthesiser control {text[a:b]}"))
    out = []
    for frame, tokens in by_frame.items():
        known = [t for t in tokens if t[2] != "shaped"]
        proof = [t for t in tokens if t[3].startswith("reading") or t[2] == "pause"]
        if frame == "[":  # one letter and its digits: a citation's or a unit's shape too, so a pause or a reading proves the engine
            if proof and len(known) >= HABIT or [t for t in proof if t[3].startswith("reading")]:
                out += [(a, b, why) for a, b, kind, why in known]
            shaped = [t for t in tokens if t[2] == "shaped"]
            if len(shaped) >= SHAPE_HABIT:
                out += [(a, b, why) for a, b, _, why in shaped]
        elif len(known) >= HABIT:
            out += [(a, b, why) for a, b, kind, why in tokens if kind != "shaped" or len(tokens) >= SHAPE_HABIT]
        elif len(tokens) >= SHAPE_HABIT:
            out += [(a, b, why) for a, b, _, why in tokens]
    return sorted(out)
    return out


# --------------------------------------------------------------------------- ruby notations that name ruby

#: A reading: syllables apart (blanks, hyphens) or joined (a joined word's up to 40 letters).
_R = r"[A-Za-zà-ǜÀ-Ǜ\u0300-\u036f'’0-5]{1,40}(?:[ \-][A-Za-zà-ǜÀ-Ǜ\u0300-\u036f'’0-5]{1,12}){0,7}"
#: A separator between a notation's fields: marks and blanks, an attribute word (``rt``, ``text``), a kana particle
#: of the Aozora annotation (``に``, ``の``).
_SEP = r"(?:[^\p{Han}\p{L}\p{N}\n，。；！？、]|[にのをがは]|(?i:rt|rb|text|reading)(?![A-Za-z])){0,8}"
_KEYWORD = r"(?:(?i:ruby|rb)(?:[-_][A-Za-z]{1,4}){0,3}(?![A-Za-z])|ルビ)"
#: How a notation opens: Aozora's annotation, a sigil (Typst ``#``, Re:VIEW ``@<``, LaTeX ``\\``), one or two brackets.
_OPEN = r"(?:［＃「|[#＃@\\]<?|[\[{<［｛＜]{1,2})"
#: A unit of a notation that names ruby: the keyword, the base (Han) and its reading, in the orders the notations
#: use (keyword base reading, keyword reading base, base keyword reading, base reading keyword).
UNIT_RE = lazy_regex(
    rf"(?P<open>{_OPEN})(?:"
    rf"{_KEYWORD}{_SEP}(?:(?P<b1>\p{{Han}}{{1,8}}){_SEP}(?P<r1>{_R})|(?P<r2>{_R}){_SEP}(?P<b2>\p{{Han}}{{1,8}}))"
    rf"|(?P<b3>\p{{Han}}{{1,8}}){_SEP}(?:{_KEYWORD}{_SEP}(?P<r3>{_R})|(?P<r4>{_R}){_SEP}{_KEYWORD}))"
)
_OPENERS = "[{(<「『［｛（＜《"
_CLOSERS = "]})>」』］｝）＞》"
_CLOSING_TAG = lazy_regex(r"(?:[\[<［＜]/(?i:ruby|rb|rt|rp)[\]>］＞]){1,3}")
_UNIT_GATE = lazy_re(r"(?<![A-Za-z])(?i:ruby|rb)(?![a-z])|ルビ")
#: Characters looked at on either side of a keyword for its unit.
_WINDOW = 40


def _closing(text: str, start: int, end: int) -> int | None:
    """Where the unit ``text[start:end]`` ends once its open brackets are closed, in order (then a closing tag), or
    None when the text does not close them.  A ``>`` that closes nothing is a separator (``[[rb:管理 > guǎn lǐ]]``).

    >>> t = "[[rb:管理 > guǎn lǐ]]，"
    >>> _closing(t, 0, 17), _closing("{{Ruby|管理|guǎn lǐ)", 0, 17)
    (19, None)
    """
    stack: list[str] = []
    for ch in text[start:end]:
        k = _OPENERS.find(ch)
        if k >= 0:
            stack.append(_CLOSERS[k])
        elif ch in _CLOSERS:
            if stack and stack[-1] == ch:
                stack.pop()
            elif ch not in ">＞":
                return None
    at = end
    while stack and at < len(text):
        if text[at] == stack[-1]:
            stack.pop()
        elif text[at] not in "\"'”’ ":
            return None
        at += 1
    if stack:
        return None
    m = _CLOSING_TAG.match(text, at)
    return m.end() if m else at


def _ruby_units(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, after, why)`` of the ruby notations whose reading reads their base: each keyword looked at in
    a window around it (the unit holds it)."""
    if not _UNIT_GATE.search(text):
        return []
    out: list[tuple[int, int, str, str]] = []
    done = 0
    for kw in _UNIT_GATE.finditer(text):
        if kw.start() < done:
            continue
        m = UNIT_RE.search(text, max(done, kw.start() - _WINDOW), min(len(text), kw.end() + 2 * _WINDOW))
        while m is not None and m.start() <= kw.start():
            if m.end() >= kw.end() and m.group("open"):
                break
            m = UNIT_RE.search(text, m.start() + 1, min(len(text), kw.end() + 2 * _WINDOW))
        if m is None or m.start() > kw.start():
            continue
        for b, r in (("b1", "r1"), ("b2", "r2"), ("b3", "r3"), ("b3", "r4")):
            if m.group(b) is not None and m.group(r) is not None:
                base, reading, base_first = m.group(b), m.group(r), b == "b3"
                break
        else:
            continue
        if not _reads(reading, base):
            continue
        start = m.start()
        end = _closing(text, start, m.end())
        if end is None or "\n" in text[start:end]:
            continue
        # Aozora's annotation quotes the base that stands right before it: the whole annotation goes
        quoted = base_first and m.start(b) > start and text[max(0, start - len(base)):start] == base
        out.append((start, end, "" if quoted else base, f"ruby notation of {base}"))
        done = end
    return out


# --------------------------------------------------------------------------- ruby notations that mark their base

#: Aozora's, Kakuyomu's and Narou's ruby: a bar (either width) marks where the base begins, the reading follows the
#: base in ``《》`` or in parentheses (``｜管理《guǎn lǐ》``, ``|管理(guan3li3)``).
BAR_RE = lazy_regex(
    rf"(?<![|｜])[|｜](?P<base>\p{{Han}}{{1,8}})(?:《(?P<r1>{_R})》|\((?P<r2>{_R})\)|（(?P<r3>{_R})）)"
)
_BAR_GATE = lazy_re(r"[|｜][\u3400-\u9fff]")
#: Aozora's ruby bracket without its bar (left out when the base is plainly Han): ``县级《xiànjí》``.  In Chinese
#: ``《》`` marks a title and never holds a reading, so a toned reading of a word in it is the notation.
BARLESS_RE = lazy_regex(rf"(?<=\p{{Han}})《(?P<reading>{_R})》")
_TONED = lazy_re(r"[1-5āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_BARLESS_GATE = lazy_re(r"[\u3400-\u9fff]《[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")


def _bar_units(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, after, why)`` of the bar notations whose reading reads the whole base the bar marks.

    The bar names where the base begins, so a word's reading goes on its own (one term glossed on a page, which a
    bracketed reading without the bar would need the page's consensus for).

    >>> [u[2] for u in _bar_units("依法|文化展示《wen2hua4zhan3shi4》、｜大活动期《dà huó dòng qī》、|条例《ABC》")]
    ['文化展示', '大活动期']
    """
    out = []
    if _BAR_GATE.search(text):
        for m in BAR_RE.finditer(text):
            base = m.group("base")
            reading = m.group("r1") or m.group("r2") or m.group("r3")
            if _in_table(text, m.start()):
                continue
            if _reads(reading, base):
                out.append((m.start(), m.end(), base, f"ruby notation of {base} (a bar marks the base)"))
    return out + _barless_units(text, out)


def _in_table(text: str, at: int) -> bool:
    """Whether the bar at ``at`` is a table's: on a line that opens with a bar, or not inside a sentence (after a
    Han character, a Chinese mark, or a blank after a Han character: ``第三条 ｜管理《guǎnlǐ》``).

    >>> _in_table("| 序号 | 名称 |\\n|1|市场(shichang)监管|", 17), _in_table("依法｜管理《guǎnlǐ》", 2)
    (True, False)
    """
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].lstrip(" \t\u3000")[:1] in ("|", "｜") or at == line_start:
        return True
    before = text[at - 1]
    if before in " \u3000" and at - 2 >= line_start:
        before = text[at - 2]
    return not (is_han_script(before) or before in _SENTENCE_MARKS and before not in " \u3000")


def _barless_units(text: str, barred: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Aozora's ``《》`` after a word without the bar: a toned reading of two characters at least, on a page that
    shows :data:`HABIT` different words glossed so (or one besides a barred gloss).  One such gloss alone stays.

    >>> [u[0] for u in _barless_units("县级《xiànjí》以上，加强管理《guǎnlǐ》。", [])]
    [2, 17]
    >>> _barless_units("县级《xiànjí》以上，《条例》，管理《guanli》", [])
    []
    """
    if not _BARLESS_GATE.search(text):
        return []
    from corpus_tools.clean.ruby import group_reading

    found = []
    for m in BARLESS_RE.finditer(text):
        reading = m.group("reading")
        if not _TONED.search(reading):
            continue
        read = group_reading(reading, text[max(0, m.start() - 8):m.start()])
        if read is not None and read[0] >= 2:
            found.append((m.start(), m.end(), "", f"ruby notation of {text[m.start() - read[0]:m.start()]} (Aozora brackets)"))
    taken = {(a, b) for a, b, _, _ in barred}
    found = [f for f in found if not any(a <= f[0] < b for a, b in taken)]
    if len({text[a:b] for a, b, _, _ in found}) + len(barred) < HABIT:
        return []
    return found


# --------------------------------------------------------------------------- the rule's pass


def _whole_lines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with a line that holds nothing else (``<speak>``, ``</speak>``) taken with its line break."""
    out = []
    for a, b, why in spans:
        out.append((a, b, why))
    by_line: dict[int, list[int]] = {}
    for i, (a, b, _) in enumerate(out):
        by_line.setdefault(text.rfind("\n", 0, a) + 1, []).append(i)
    merged = []
    for line_start, idx in by_line.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        covered = sum(out[i][1] - out[i][0] for i in idx)
        rest = text[line_start:line_end]
        if covered and len(rest.strip(" \t\r\u3000")) == covered and line_end < len(text) \
                and all(text[out[i][0]] == "<" for i in idx):
            merged.append((line_start, line_end + 1, out[idx[0]][2]))
        else:
            merged += [out[i] for i in idx]
    return merged


def notation_edits(text: str) -> tuple[list[Edit], list[CleanWarning]]:
    """The readings and controls of reading aids and speech synthesisers on ``text``: sorted, disjoint edits (the
    base kept), and the notations kept on a text about speech markup.

    >>> t = '旅游<phoneme alphabet="py" ph="hang2">行</phoneme>业，<break time="300ms"/>应当<phoneme alphabet="sapi" ph="zhong 4">重</phoneme>视'
    >>> from corpus_tools.clean.edits import apply_edits
    >>> apply_edits(t, notation_edits(t)[0])
    '旅游行业，应当重视'
    >>> t = "旅游行[=hang2]业，[p300]应当[n1]重[=zhong4]视"
    >>> apply_edits(t, notation_edits(t)[0])
    '旅游行业，应当重视'
    >>> t = "加强{{Ruby|管理|guǎn lǐ}}，保障[[rb:安全 > ān quán]]，依法[ruby=jiān dū]监督[/ruby]"
    >>> apply_edits(t, notation_edits(t)[0])
    '加强管理，保障安全，依法监督'
    >>> notation_edits("行[注]、[1]、{a|b}、｜《条例》、行[=abc]")
    ([], [])
    """
    spans = _speech_elements(text) + _controls(text)
    units = _ruby_units(text) + _bar_units(text)
    if not spans and not units:
        return [], []
    edits = [Edit(RUBY_PINYIN, a, b, text[a:b], "", why) for a, b, why in _whole_lines(text, spans)]
    edits += [Edit(RUBY_PINYIN, a, b, text[a:b], after, why) for a, b, after, why in units]
    edits.sort(key=lambda e: (e.start, -e.end))
    out: list[Edit] = []
    for e in edits:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    if ABOUT_RE.search(text):
        return [], [CleanWarning(RUBY_PINYIN, e.start, "speech or ruby markup on a text about markup; kept", e.before) for e in out]
    return out, []
