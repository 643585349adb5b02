"""Ruby pinyin: readings of characters left in the text by flattened ``<ruby>`` markup.

Members: any bracket style, toneless / tone marks / tone numbers, any case,
``ü`` written ``v``, ``u`` or ``ü``, stacked groups, mixed-width stacks,
ruby on article labels, ruby inside genuine parentheses, HTML ``<ruby>`` with
``<rt>`` and ``<rp>``.  Readings come from pypinyin in context; a group is a
reading of its character, so deleting it is the exact inverse.  The lossy
member writes syllables that are not a reading of the character (nothing on
the page says they are annotations rather than text).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex
from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

from tests.noise.wide.core import NUM, Damager
from tests.noise.wide.registry import body_lines, register

HAN_RUN = regex.compile(r"\p{Han}+")
ASCII_PAIRS = (("(", ")"),)
FULL_PAIRS = (("（", "）"),)
OTHER_PAIRS = (("[", "]"), ("【", "】"), ("〔", "〕"))
_LATIN_GROUP_AFTER = regex.compile(r"[(（\[【〔][A-Za-z]")
_TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"

#: Common syllables, for readings that are not the character's.
COMMON_SYLLABLES = (
    "ba", "bo", "ci", "da", "de", "fa", "ge", "gu", "ha", "ji", "ka", "le", "ma", "na", "pi", "qu", "ri", "sa",
    "ta", "wa", "xi", "ya", "za", "zhe", "chu", "shi", "rou", "kuang", "niang", "pou", "sen", "nuo", "zei",
)


def toneless(reading: str) -> str:
    """``lǜ`` -> ``lv``, ``Mǎ`` -> ``ma``, ``an1`` -> ``an``."""
    out = []
    for c in unicodedata.normalize("NFD", reading.lower()):
        if unicodedata.combining(c) and c != "\u0308":
            continue
        out.append(c)
    plain = unicodedata.normalize("NFC", "".join(out)).replace("ü", "v").replace("u\u0308", "v")
    return plain.rstrip("012345")


@lru_cache(maxsize=4096)
def _readings(run: str, style: Style) -> tuple[str, ...] | None:
    out = pinyin(run, style=style, errors=lambda chars: [[None]] * len(chars))
    flat = [item[0] for item in out]
    if len(flat) != len(run) or any(r is None for r in flat):
        return None
    return tuple(flat)


def char_readings(ch: str) -> set[str]:
    """Toneless readings of a character (``ü`` as ``v``)."""
    return {toneless(r) for r in pinyin_dict.get(ord(ch), "").split(",") if r}


def spell(reading: str, *, style: str, case: str, u_as: str) -> str:
    """A reading (in pypinyin's spelling of ``style``) as a site writes it."""
    if style != "tone":  # pypinyin writes ü as v in NORMAL and TONE3
        reading = reading.replace("v", u_as)
    if case == "cap":
        reading = reading[:1].upper() + reading[1:]
    elif case == "upper":
        reading = reading.upper()
    return reading


def ruby_groups(
    d: Damager,
    *,
    rate: float = 0.25,
    pairs=ASCII_PAIRS,
    style: str = "normal",
    case: str = "lower",
    u_as: str = "v",
    stack: float = 0.0,
    max_stack: int = 3,
    mixed_width: bool = False,
    kinds=("label", "para", "heading", "title"),
    only_label: bool = False,
    before_closer: float | None = None,
    prefer_u: bool = False,
    heteronym: float = 0.0,
    unknown: bool = False,
    neutral_zero: bool = False,
    space_before: bool = False,
    letters: dict[str, str] | None = None,
    lines=None,
) -> int:
    """Insert bracketed readings after Han characters; returns how many groups."""
    rng = d.rng
    text = d.text
    pyst = {"normal": Style.NORMAL, "tone": Style.TONE, "tone3": Style.TONE3}[style]
    count = 0
    for line in lines if lines is not None else body_lines(d, kinds):
        span_end = line.end
        if only_label:
            m = regex.match(rf"第[{NUM}]+条", text[line.start : line.end])
            if not m:
                continue
            span_end = line.start + m.end()
        for run in HAN_RUN.finditer(text, line.start, span_end):
            readings = _readings(run.group(), pyst)
            if readings is None:
                continue
            for offset, (ch, reading) in enumerate(zip(run.group(), readings)):
                pos = run.start() + offset + 1
                nxt = text[pos : pos + 1]
                p = rate
                if before_closer is not None and nxt in ")）":
                    p = before_closer
                if prefer_u and "v" in reading:
                    p = max(p, 0.9)
                if rng.random() >= p:
                    continue
                if heteronym and rng.random() < heteronym:
                    others = sorted(char_readings(ch) - {reading})
                    others = [o for o in others if o.isascii() and o.isalpha()]
                    if others:
                        reading = rng.choice(others)
                lossy = False
                if unknown:
                    options = [s for s in COMMON_SYLLABLES if s not in char_readings(ch)]
                    reading = rng.choice(options)
                    lossy = True
                if style == "tone3" and not reading[-1:].isdigit():
                    reading += "0" if neutral_zero else "5"
                n = rng.randint(2, max_stack) if stack and rng.random() < stack else 1
                groups = []
                syllables = []
                for j in range(n):
                    if mixed_width and n > 1:
                        left, right = (FULL_PAIRS[0] if j % 2 == 0 else ASCII_PAIRS[0])
                    else:
                        left, right = rng.choice(pairs)
                    s = spell(reading, style=style, case=case, u_as=u_as)
                    if letters:
                        s = "".join(letters.get(c, c) for c in s)
                    syllables.append(s)
                    groups.append(f"{left}{s}{right}")
                new = (" " if space_before else "") + "".join(groups)
                # a genuine bracket with Latin text right after would read as one more group
                if _LATIN_GROUP_AFTER.match(text, pos):
                    lossy = True
                note = "syllable is not a reading of the character" if unknown else (
                    "a genuine bracketed Latin group follows" if lossy else "")
                if d.insert(pos, d.base.escape(new), tokens=syllables, lossy=lossy, note=note):
                    count += 1
    return count


@register("ruby_paren_ascii", "ruby", description="马鞍(an)山: ASCII brackets, toneless, lowercase (the seeds' member)")
def _paren_ascii(d: Damager) -> None:
    ruby_groups(d)


@register("ruby_paren_fullwidth", "ruby", description="马鞍（an）山: full-width brackets")
def _paren_full(d: Damager) -> None:
    ruby_groups(d, pairs=FULL_PAIRS)


@register("ruby_square", "ruby", description="马鞍[an]山")
def _square(d: Damager) -> None:
    ruby_groups(d, pairs=(("[", "]"),))


@register("ruby_lenticular", "ruby", description="马鞍【an】山")
def _lenticular(d: Damager) -> None:
    ruby_groups(d, pairs=(("【", "】"),))


@register("ruby_tortoise", "ruby", description="马鞍〔an〕山")
def _tortoise(d: Damager) -> None:
    ruby_groups(d, pairs=(("〔", "〕"),))


@register("ruby_tone_marks", "ruby", description="马鞍(ān)山: tone marks")
def _tone_marks(d: Damager) -> None:
    ruby_groups(d, style="tone", pairs=ASCII_PAIRS + FULL_PAIRS)


@register("ruby_tone_numbers", "ruby", description="马鞍(an1)山: tone numbers, neutral tone 5")
def _tone_numbers(d: Damager) -> None:
    ruby_groups(d, style="tone3", pairs=ASCII_PAIRS + FULL_PAIRS)


@register("ruby_capitalised", "ruby", description="马鞍(An)山")
def _capitalised(d: Damager) -> None:
    ruby_groups(d, case="cap", pairs=ASCII_PAIRS + FULL_PAIRS)


@register("ruby_uppercase", "ruby", description="马鞍(AN)山")
def _uppercase(d: Damager) -> None:
    ruby_groups(d, case="upper", pairs=ASCII_PAIRS + FULL_PAIRS)


@register("ruby_u_as_v", "ruby", description="绿(lv), 略(lve): ü written v")
def _u_v(d: Damager) -> None:
    ruby_groups(d, u_as="v", rate=0.1, prefer_u=True)


@register("ruby_u_as_u", "ruby", description="绿(lu), 略(lue): ü written u")
def _u_u(d: Damager) -> None:
    ruby_groups(d, u_as="u", rate=0.1, prefer_u=True)


@register("ruby_u_umlaut", "ruby", description="绿(lü), 略(lüe): ü written ü")
def _u_umlaut(d: Damager) -> None:
    ruby_groups(d, u_as="ü", rate=0.1, prefer_u=True)


@register("ruby_stacked", "ruby", description="互(hu)(hu)(hu): stacked groups")
def _stacked(d: Damager) -> None:
    ruby_groups(d, stack=0.6, max_stack=3)


@register("ruby_stacked_mixed_width", "ruby", description="中（zhong）(zhong)华 on a whole law: stacked mixed-width groups")
def _stacked_mixed(d: Damager) -> None:
    ruby_groups(d, rate=0.5, stack=1.0, max_stack=3, mixed_width=True)


@register("ruby_labels", "ruby", description="第(di)五(wu)条: ruby on article labels")
def _labels(d: Damager) -> None:
    ruby_groups(d, rate=0.9, only_label=True, kinds=("label",), pairs=ASCII_PAIRS + FULL_PAIRS)


@register("ruby_before_closer", "ruby", description="(2021-2023年(nian)): ruby inside genuine parentheses")
def _before_closer(d: Damager) -> None:
    n = ruby_groups(d, rate=0.03, before_closer=0.95)
    del n


@register("ruby_heteronym", "ruby", description="a reading the character has, though not in this word (行(hang) in 行政)")
def _heteronym(d: Damager) -> None:
    ruby_groups(d, rate=0.2, heteronym=1.0)


@register("ruby_dense", "ruby", description="every character annotated")
def _dense(d: Damager) -> None:
    ruby_groups(d, rate=1.0, pairs=ASCII_PAIRS + FULL_PAIRS)


@register("ruby_unknown_reading", "ruby", lossy=True, description="(xi) after a character it does not read: lossy (no evidence it is ruby)")
def _unknown(d: Damager) -> None:
    ruby_groups(d, rate=0.08, unknown=True)


def html_ruby(d: Damager, *, rate: float = 0.25, rp: bool = False, style: str = "tone", rb: bool = False, word: bool = False) -> int:
    """Wrap Han characters (or words) of an HTML base in ``<ruby>`` markup: the reading in ``<rt>``."""
    rng = d.rng
    text = d.text
    pyst = {"normal": Style.NORMAL, "tone": Style.TONE, "tone3": Style.TONE3}[style]
    count = 0
    for line in body_lines(d, ("label", "para", "heading")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), pyst)
            if readings is None:
                continue
            i = 0
            chars = run.group()
            while i < len(chars):
                size = rng.randint(2, 3) if word else 1
                size = min(size, len(chars) - i)
                if rng.random() >= rate:
                    i += size
                    continue
                start = run.start() + i
                end = start + size
                reading = " ".join(readings[i : i + size])
                g = d.new_group()
                open_ = "<ruby>" + ("<rb>" if rb else "")
                close = ("</rb>" if rb else "") + ("<rp>(</rp>" if rp else "") + f"<rt>{reading}</rt>" + ("<rp>)</rp>" if rp else "") + "</ruby>"
                if d.free(start, start) and d.free(end, end):
                    d.insert(start, open_, tokens=(), group=g)
                    d.insert(end, close, tokens=tuple(readings[i : i + size]), group=g)
                    count += 1
                i += size
    return count


@register("ruby_html_rt", "ruby", fmt="html", description="<ruby>鞍<rt>ān</rt></ruby> in an HTML page")
def _html_rt(d: Damager) -> None:
    html_ruby(d)


@register("ruby_html_rp", "ruby", fmt="html", description="<ruby>鞍<rp>(</rp><rt>an</rt><rp>)</rp></ruby>")
def _html_rp(d: Damager) -> None:
    html_ruby(d, rp=True, style="normal")



# --------------------------------------------------------------------------- members added in session 11
# (the letters other keyboards and fonts give a reading: the third tone typed with the breve of
# Latin Extended-A, ``mă`` for ``mǎ``, as word processors' symbol tables offer it; and GB 2312's
# pinyin row, whose ``ɑ`` (A8BB) and ``ɡ`` (A8C0) Chinese documents type for ``a`` and ``g``)

#: The caron of the third tone written with a breve (``ǎ`` -> ``ă``).
BREVE_FOR_CARON = {"ǎ": "ă", "ě": "ĕ", "ǐ": "ĭ", "ǒ": "ŏ", "ǔ": "ŭ"}
#: GB 2312's pinyin letters for ``a`` and ``g`` (with tone marks kept on the other vowels).
GB2312_LETTERS = {"a": "ɑ", "g": "ɡ"}


@register("ruby_tone_breve", "ruby", description="马(mă)鞍(ān)山: the third tone typed with a breve (ă ĕ ĭ ŏ ŭ) instead of the caron")
def _tone_breve(d: Damager) -> None:
    ruby_groups(d, style="tone", pairs=ASCII_PAIRS + FULL_PAIRS, letters=BREVE_FOR_CARON)


@register("ruby_gb2312_letters", "ruby", description="鞍(ɑn)规(ɡuī): GB 2312's pinyin ɑ and ɡ for a and g, toneless or tone-marked")
def _gb2312_letters(d: Damager) -> None:
    ruby_groups(d, style=d.rng.choice(("normal", "tone")), pairs=ASCII_PAIRS + FULL_PAIRS, letters=GB2312_LETTERS)


# --------------------------------------------------------------------------- blind members of session 13
# The family in words: a character, or a word of two to four characters, is followed by its
# reading; the reading is any romanisation of the character's readings (pinyin toneless, with
# tone marks or tone numbers, any case; ü as v/u/yu), in any bracket or in markup (HTML ruby
# with rb/rt/rp, spans with a class, superscripts), with blanks or a line wrap between the
# character and its reading.  The three members below were written (ruby13, session 13) before
# any change to the cleaner, to measure it on members it was not written for.

WORD_SEPARATORS = (" ", "", "-")


def _word_at(chars: str, i: int) -> int:
    """Length of the longest word of pypinyin's phrase dictionary (2-4 characters) at ``chars[i]``, else 1."""
    from pypinyin.phrases_dict import phrases_dict

    for size in (4, 3, 2):
        if i + size <= len(chars) and chars[i : i + size] in phrases_dict:
            return size
    return 1


def word_groups(d: Damager, *, rate: float = 0.3) -> int:
    """One bracket after a word of 2-4 characters with the readings of the whole word."""
    rng = d.rng
    text = d.text
    style = rng.choice(("normal", "tone"))
    pyst = {"normal": Style.NORMAL, "tone": Style.TONE}[style]
    sep = rng.choice(WORD_SEPARATORS)
    left, right = rng.choice(ASCII_PAIRS + FULL_PAIRS + (("【", "】"),))
    capital = rng.random() < 0.3
    count = 0
    for line in body_lines(d, ("label", "para", "heading")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), pyst)
            if readings is None:
                continue
            chars = run.group()
            i = 0
            while i < len(chars):
                size = _word_at(chars, i)
                if size < 2 or rng.random() >= rate:
                    i += size
                    continue
                syllables = [spell(r, style=style, case="lower", u_as="v") for r in readings[i : i + size]]
                word = sep.join(syllables)
                if capital:
                    word = word[:1].upper() + word[1:]
                pos = run.start() + i + size
                lossy = bool(_LATIN_GROUP_AFTER.match(text, pos))
                if d.insert(pos, d.base.escape(f"{left}{word}{right}"), tokens=syllables, lossy=lossy,
                            note="a genuine bracketed Latin group follows" if lossy else ""):
                    count += 1
                i += size
    return count


@register("ruby_blind_word", "ruby", description="马鞍山(mǎ ān shān) / 中华（zhonghua）: one bracket reading a whole word (blind, session 13)")
def _blind_word(d: Damager) -> None:
    word_groups(d)


#: HTML shapes a site gives a reading (without ``<rt>`` markup the flattened text keeps it).
HTML_SHAPES = ("span_brackets", "sup", "rb_word_rp", "span_bare")


def html_shapes(d: Damager, *, rate: float = 0.25) -> int:
    """Readings in HTML markup of one shape a page: ``字<span class="pinyin">(zì)</span>``,
    ``字<sup>zì</sup>``, ``<ruby><rb>中国</rb><rp>（</rp><rt>zhōng guó</rt><rp>）</rp></ruby>``,
    ``字<span class="py">zì</span>``."""
    rng = d.rng
    text = d.text
    shape = rng.choice(HTML_SHAPES)
    style = rng.choice(("normal", "tone"))
    pyst = {"normal": Style.NORMAL, "tone": Style.TONE}[style]
    count = 0
    for line in body_lines(d, ("label", "para", "heading")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), pyst)
            if readings is None:
                continue
            chars = run.group()
            i = 0
            while i < len(chars):
                size = min(rng.randint(1, 3), len(chars) - i) if shape == "rb_word_rp" else 1
                if rng.random() >= rate:
                    i += size
                    continue
                start = run.start() + i
                end = start + size
                syllables = [spell(r, style=style, case="lower", u_as="v") for r in readings[i : i + size]]
                reading = " ".join(syllables)
                if shape == "rb_word_rp":
                    if d.free(start, start) and d.free(end, end):
                        g = d.new_group()
                        d.insert(start, "<ruby><rb>", tokens=(), group=g)
                        d.insert(end, f"</rb><rp>（</rp><rt>{reading}</rt><rp>）</rp></ruby>", tokens=tuple(syllables), group=g)
                        count += 1
                else:
                    new = {
                        "span_brackets": f'<span class="pinyin">({reading})</span>',
                        "sup": f"<sup>{reading}</sup>",
                        "span_bare": f'<span class="py">{reading}</span>',
                    }[shape]
                    if d.insert(end, new, tokens=tuple(syllables)):
                        count += 1
                i += size
    return count


@register("ruby_blind_html_shapes", "ruby", fmt="html", description="字<span class=pinyin>(zì)</span>, 字<sup>zì</sup>, <rb>中国</rb><rp>（</rp><rt>…: other HTML shapes (blind, session 13)")
def _blind_html_shapes(d: Damager) -> None:
    html_shapes(d)


SUPERSCRIPT_TONES = str.maketrans("012345", "⁰¹²³⁴⁵")


@register("ruby_blind_blanks_wrap", "ruby", description="马 （ ma³ ）鞍, 马\\n(ma): blanks around and inside the group, superscript tone numbers, a wrap before it (blind, session 13)")
def _blind_blanks_wrap(d: Damager) -> None:
    rng = d.rng
    text = d.text
    superscript = rng.random() < 0.5
    pyst = Style.TONE3 if superscript else Style.NORMAL
    for line in body_lines(d, ("label", "para")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), pyst)
            if readings is None:
                continue
            for offset, reading in enumerate(readings):
                if rng.random() >= 0.2:
                    continue
                pos = run.start() + offset + 1
                if superscript:
                    reading = (reading if reading[-1:].isdigit() else reading + "5").translate(SUPERSCRIPT_TONES)
                left, right = rng.choice(ASCII_PAIRS + FULL_PAIRS)
                inner = rng.choice(("", " ", "\u3000"))
                before = "\n" if rng.random() < 0.1 else rng.choice(("", " ", "\u3000", "\u00a0"))
                token = toneless(unicodedata.normalize("NFKC", reading))
                lossy = bool(_LATIN_GROUP_AFTER.match(text, pos))
                d.insert(pos, f"{before}{left}{inner}{reading}{inner}{right}", tokens=(token,), lossy=lossy,
                         note="a genuine bracketed Latin group follows" if lossy else "")


# --------------------------------------------------------------------------- members added with the rule (session 13)
# (written after the rule: seen members, not blind ones)


@register("ruby_bare", "ruby", description="第dì二èr条: readings stuck to their characters, no bracket (<ruby> flattened without <rp>)")
def _bare(d: Damager) -> None:
    ruby_groups(d, style=d.rng.choice(("tone", "normal")), pairs=(("", ""),), rate=0.3)


@register("ruby_ahead", "ruby", description="(mǎ)马(ān)鞍: the reading before its character")
def _ahead(d: Damager) -> None:
    rng = d.rng
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), Style.TONE)
            if readings is None:
                continue
            for offset, reading in enumerate(readings):
                if rng.random() >= 0.25:
                    continue
                pos = run.start() + offset
                left, right = rng.choice(ASCII_PAIRS + FULL_PAIRS)
                d.insert(pos, f"{left}{reading}{right}", tokens=(reading,))


# --------------------------------------------------------------------------- blind members of session 15
# The family in words (ruby15): a reading ends up in the text beside the character(s) it reads.
# Where: after or before its character, in any bracket or in none, in markup in any state, or on a
# line of its own above the text (a converter writes the <rt> row over the base row).  What: any
# romanisation of one of the character's readings (pinyin toneless / tone marks / tone numbers,
# any case, ü as v/u/yu; Wade-Giles, Zhuyin; Jyutping on Hong Kong pages), of a character or of a
# whole word, once or stacked.  The three members below were written before any change to the
# cleaner of session 15, to measure it on members it was not written for.


@register("ruby_blind_rt_rows", "ruby", description="dì èr tiáo⏎第二条: a converter's <rt> row on its own line above the text it reads (blind, session 15)")
def _blind_rt_rows(d: Damager) -> None:
    rng = d.rng
    text = d.text
    style = rng.choice(("normal", "tone"))
    pyst = {"normal": Style.NORMAL, "tone": Style.TONE}[style]
    sep = rng.choice((" ", "  ", "\u3000"))
    for line in body_lines(d, ("label", "para")):
        if rng.random() >= 0.3:
            continue
        # the first stretch of the line (up to its first punctuation mark): a converter's row is as
        # long as the ruby it annotates
        m = regex.match(r"[\p{Han}]{2,16}", text[line.start : line.end])
        if not m:
            continue
        readings = _readings(m.group(), pyst)
        if readings is None:
            continue
        syllables = [spell(r, style=style, case="lower", u_as="v") for r in readings]
        d.insert(line.start, sep.join(syllables) + "\n", tokens=syllables)


@register("ruby_blind_glued_before", "ruby", description="dì第èr二tiáo条: readings stuck before their characters, no bracket (blind, session 15)")
def _blind_glued_before(d: Damager) -> None:
    rng = d.rng
    text = d.text
    style = rng.choice(("normal", "tone"))
    pyst = {"normal": Style.NORMAL, "tone": Style.TONE}[style]
    for line in body_lines(d, ("label", "para")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            readings = _readings(run.group(), pyst)
            if readings is None:
                continue
            for offset, reading in enumerate(readings):
                if rng.random() >= 0.3:
                    continue
                s = spell(reading, style=style, case="lower", u_as="v")
                d.insert(run.start() + offset, s, tokens=(s,))


#: Other romanisations a page may write its ruby in: Zhuyin (bopomofo, with its tone marks) and
#: Wade-Giles (apostrophes, superscript tone numbers); one per page.
OTHER_SYSTEMS = ("zhuyin", "wadegiles")
OTHER_PAIRS_15 = (("(", ")"), ("（", "）"), ("《", "》"), ("〈", "〉"), ("「", "」"))


@register("ruby_blind_other_systems", "ruby", description="中(ㄓㄨㄥ)华《hua²》: Zhuyin or Wade-Giles readings in any bracket (blind, session 15)")
def _blind_other_systems(d: Damager) -> None:
    rng = d.rng
    text = d.text
    system = rng.choice(OTHER_SYSTEMS)
    left, right = rng.choice(OTHER_PAIRS_15)
    for line in body_lines(d, ("label", "para")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            if system == "zhuyin":
                spelled = _readings(run.group(), Style.BOPOMOFO)
            else:
                base = _readings(run.group(), Style.WADEGILES)
                tones = _readings(run.group(), Style.TONE3)
                # (pypinyin spells Wade-Giles ü as v: a page writes ü)
                spelled = None if base is None or tones is None else tuple(
                    b.replace("v", "ü") + (t[-1] if t[-1:].isdigit() else "").translate(SUPERSCRIPT_TONES)
                    for b, t in zip(base, tones))
            if spelled is None:
                continue
            for offset, reading in enumerate(spelled):
                if rng.random() >= 0.25:
                    continue
                pos = run.start() + offset + 1
                lossy = bool(_LATIN_GROUP_AFTER.match(text, pos))
                d.insert(pos, d.base.escape(f"{left}{reading}{right}"), tokens=(reading,), lossy=lossy,
                         note="a genuine bracketed Latin group follows" if lossy else "")


# --------------------------------------------------------------------------- members added with the rule (session 15)
# (written after the rule, from the probes that showed them: seen members, not blind ones)


@register("ruby_bare_tone_numbers", "ruby", description="第di4二er4条tiao2: readings stuck to their characters with tone numbers")
def _bare_tone_numbers(d: Damager) -> None:
    ruby_groups(d, style="tone3", pairs=(("", ""),), rate=0.3)


@register("ruby_spaced", "ruby", description="为 wèi 了 le: a blank on each side of a reading, no bracket")
def _spaced(d: Damager) -> None:
    ruby_groups(d, style=d.rng.choice(("tone", "normal")), pairs=((" ", " "),), rate=0.3)


@register("ruby_bare_zhuyin", "ruby", description="中ㄓㄨㄥ華ㄏㄨㄚˊ: Zhuyin readings stuck to their characters")
def _bare_zhuyin(d: Damager) -> None:
    rng = d.rng
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for run in HAN_RUN.finditer(text, line.start, line.end):
            spelled = _readings(run.group(), Style.BOPOMOFO)
            if spelled is None:
                continue
            for offset, reading in enumerate(spelled):
                if rng.random() < 0.3:
                    d.insert(run.start() + offset + 1, reading, tokens=(reading,))
