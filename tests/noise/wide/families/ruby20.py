"""Readings and scripts, session 20 (ruby20): members written in words before the cleaners changed.

Family 1, readings: the reading of a character or a word left in the text by a flattened
annotation, in any romanisation a Chinese reader meets and in any markup that carried it.
Members written down at 05:45 UTC (before any cleaner change):

* R1 ``tongyong``: Taiwan's Tongyong Pinyin (2002-2008) after the characters, toneless, in ASCII
  brackets: ``中(jhong)心(sin)区(cyu)``;
* R2 ``markdown_source``: a Markdown ruby plugin's source printed as text (markdown-it-ruby),
  ``{马鞍山|mǎ|ān|shān}`` or ``{马鞍山|mǎ ān shān}``;
* R3 ``base_mark``: an e-text convention that marks where the base begins, ``｜马鞍山《mǎ ān shān》``;
* R4 (held out) ``tongyong_toned``: Tongyong with tone marks or numbers, full-width brackets,
  capitalised at times: ``中（Jhōng）心（sin1）``;
* R5 (held out) ``latex_source``: LaTeX's ruby/xpinyin source printed as text,
  ``\\ruby{马鞍山}{mǎ ān shān}`` / ``\\pinyin{马鞍山}{ma3 an1 shan1}``.

Family 2, scripts: Traditional text and its conversion.

* S1 ``tw_quotes_page`` (dropped): a page converted by s2tw whose converter also writes Taiwan's
  corner quotes, ``“口岸查验机构”`` -> ``「口岸查驗機構」``.  Corner quotes are punctuation style, not
  damage (lead's decision): the cleaner keeps them, and without them the member is script_s2tw_page;
* S2 ``trad_labels``: only the article labels and chapter headings Traditional (``第五條``,
  ``第二章　總則``), the articles Simplified;
* S3 (held out, dropped likewise) ``quoted_sentences``: some sentences (35 %) converted by s2tw or
  s2hk with corner quotes, the rest Simplified with its “”; without the quotes it is script_sentences;
* S4 (a finding, not fixed) ``twp_in_simplified``: Taiwan phrasing in Simplified characters
  (s2twp then t2s: 最佳化, 资讯, 程式, 支援): lossy where the phrasing is mainland usage too.
"""

from __future__ import annotations

import regex
from pypinyin import Style

from tests.noise.wide.core import NUM, Damager
from tests.noise.wide.families.ruby import HAN_RUN, _readings, _word_at
from tests.noise.wide.families.script import cc
from tests.noise.wide.registry import body_lines, register

_TONGYONG_WHOLE = {"zhi": "jhih", "chi": "chih", "shi": "shih", "ri": "rih", "zi": "zih", "ci": "cih", "si": "sih",
                   "feng": "fong", "weng": "wong", "wen": "wun"}


def tongyong(s: str) -> str:
    """A toneless Hanyu syllable (pypinyin's ``v`` for ``ü``) in Tongyong Pinyin (written apart from
    the cleaner's table: from the Tongyong chart, initials then finals)."""
    if s in _TONGYONG_WHOLE:
        return _TONGYONG_WHOLE[s]
    if s[:1] in "jqx" and s[1:2] == "u":
        s = s[0] + "yu" + s[2:]
    if s[:2] in ("lv", "nv"):
        s = s[0] + "yu" + s[2:]
    if s.startswith("zh"):
        s = "jh" + s[2:]
    elif s[:1] == "q":
        s = "c" + s[1:]
    elif s[:1] == "x":
        s = "s" + s[1:]
    if s.endswith("iong") and len(s) > 4:
        s = s[:-4] + "yong"
    elif s.endswith("iu") and len(s) > 2:
        s = s[:-2] + "iou"
    elif s.endswith("ui") and len(s) > 2 and s[-3] in "cdghkrstz":
        s = s[:-2] + "uei"
    return s


def _per_char(d: Damager, spell, *, rate: float, pairs=(("(", ")"),)) -> int:
    text, rng, count = d.text, d.rng, 0
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), Style.NORMAL)
            if readings is None:
                continue
            for offset, reading in enumerate(readings):
                if rng.random() >= rate:
                    continue
                s = spell(reading)
                left, right = rng.choice(pairs)
                lossy = bool(regex.match(r"[(（\[【〔][A-Za-z]", text[run.start() + offset + 1 : run.start() + offset + 3]))
                if d.insert(run.start() + offset + 1, d.base.escape(f"{left}{s}{right}"), tokens=[s], lossy=lossy):
                    count += 1
    return count


def _words(d: Damager, wrap, *, rate: float = 0.3) -> int:
    """``wrap(word, readings) -> (before, after)`` around words of 2-4 characters (and single characters at times)."""
    text, rng, count = d.text, d.rng, 0
    for line in body_lines(d, ("label", "para", "heading")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            chars = run.group()
            readings = _readings(chars, Style.TONE)
            if readings is None:
                continue
            i = 0
            while i < len(chars):
                size = _word_at(chars, i)
                if rng.random() >= rate:
                    i += size
                    continue
                before, after = wrap(chars[i : i + size], list(readings[i : i + size]))
                g = d.new_group()
                a, b = run.start() + i, run.start() + i + size
                if d.insert(a, d.base.escape(before), tokens=[before], group=g) and d.insert(
                    b, d.base.escape(after), tokens=[after], group=g
                ):
                    count += 1
                i += size
    return count


@register("ruby20_tongyong", "ruby", description="中(jhong)心(sin)区(cyu): Taiwan's Tongyong Pinyin, toneless, ASCII brackets (session 20)")
def _tongyong(d: Damager) -> None:
    _per_char(d, tongyong, rate=0.3)


@register("ruby20_markdown_source", "ruby",
          description="{马鞍山|mǎ|ān|shān} / {马鞍山|mǎ ān shān}: a Markdown ruby plugin's source printed as text (session 20)")
def _markdown_source(d: Damager) -> None:
    bars = d.rng.random() < 0.5
    _words(d, lambda word, rs: ("{", "|" + ("|".join(rs) if bars else " ".join(rs)) + "}"))


@register("ruby20_base_mark", "ruby", description="｜马鞍山《mǎ ān shān》: a bar marks where the base begins (session 20)")
def _base_mark(d: Damager) -> None:
    _words(d, lambda word, rs: ("｜", "《" + " ".join(rs) + "》"))


_LABEL_OR_HEADING = regex.compile(rf"^(?:#+ )?第[{NUM}]+[条章节编](?:之[{NUM}]+)?(?:[ \u3000]+\S[^\n]{{0,20}}$)?")


@register("script20_trad_labels", "script",
          description="第五條 / 第二章　總則: only article labels and chapter headings Traditional (s2t), the articles Simplified (session 20)")
def _trad_labels(d: Damager) -> None:
    conv = cc("s2t")
    for line in body_lines(d, ("label", "heading")):
        m = _LABEL_OR_HEADING.match(d.text[line.start : line.end])
        if not m:
            continue
        src = m.group()
        if line.kind == "label":  # the label only, not the article's text
            src = regex.match(rf"(?:#+ )?第[{NUM}]+条(?:之[{NUM}]+)?", src).group()
        out = conv.convert(src)
        for i, (x, y) in enumerate(zip(src, out)):
            if x != y:
                d.edit(line.start + i, line.start + i + 1, y, kind="transform", tokens=[y])


# --------------------------------------------------------------------------- held out (written after the rules, never tuned on)

_VOWELS = "aeiouv"
_MARKS = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "v": "ǖǘǚǜ"}


def _tone_mark(syllable: str, tone: int) -> str:
    """Put tone ``tone`` (1-4) on a toneless syllable: a or e first, o of ou, else the last vowel."""
    if not 1 <= tone <= 4:
        return syllable.replace("v", "ü")
    for key in ("a", "e", "ou"):
        i = syllable.find(key)
        if i >= 0:
            break
    else:
        i = max(syllable.rfind(c) for c in _VOWELS)
    if i < 0:
        return syllable
    c = syllable[i]
    return (syllable[:i] + _MARKS[c][tone - 1] + syllable[i + 1 :]).replace("v", "ü")


@register("ruby20_ho_tongyong_toned", "ruby",
          description="HELD OUT (session 20): 中（Jhōng）心（sin1）: Tongyong with tone marks or numbers, full-width brackets, capitals at times")
def _tongyong_toned(d: Damager) -> None:
    numbers = d.rng.random() < 0.5
    text, rng = d.text, d.rng
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            toned = _readings(run.group(), Style.TONE3)
            if toned is None:
                continue
            for offset, r in enumerate(toned):
                if rng.random() >= 0.3:
                    continue
                tone = int(r[-1]) if r[-1:].isdigit() else 5
                plain = tongyong(r.rstrip("012345"))
                s = f"{plain}{tone}" if numbers else _tone_mark(plain, tone)
                if rng.random() < 0.3:
                    s = s[:1].upper() + s[1:]
                pos = run.start() + offset + 1
                lossy = bool(regex.match(r"[(（\[【〔][A-Za-z]", text[pos : pos + 2]))
                d.insert(pos, d.base.escape(f"（{s}）"), tokens=[s], lossy=lossy)


@register("ruby20_ho_latex_source", "ruby",
          description="HELD OUT (session 20): \\ruby{马鞍山}{mǎ ān shān} / \\pinyin{…}{ma3 an1 shan1}: LaTeX ruby source printed as text")
def _latex_source(d: Damager) -> None:
    macro = d.rng.choice(("ruby", "pinyin"))
    _words(d, lambda word, rs: (f"\\{macro}{{", "}{" + " ".join(rs) + "}"))
