"""Scripts: Traditional text, whole page or parts, by OpenCC, and Big5 bytes.

Every changed character is one ``transform`` injection (its token is the
Traditional character).  A character is lossy when OpenCC's inverse
conversion of its line does not give the Simplified original back (``乾``
from ``干``, Taiwan phrasing that t2s does not undo).
"""

from __future__ import annotations

from functools import lru_cache

import opencc
import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import register

BACK = {"s2t": "t2s", "s2tw": "tw2s", "s2hk": "hk2s", "s2twp": "tw2sp"}
_SENTENCE = regex.compile(r"[^。！？；\n]+[。！？；]*")


@lru_cache(maxsize=None)
def cc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert_span(d: Damager, start: int, end: int, config: str) -> int:
    """Convert ``text[start:end]`` to Traditional by ``config``; one injection per changed character.

    The span's changed characters are lossy when OpenCC's inverse conversion
    of the converted span does not give the span back (``干`` → ``幹``/``乾``,
    or a Taiwan phrase that ``tw2sp`` maps to another mainland word).
    """
    seg = d.text[start:end]
    conv = cc(config).convert(seg)
    if conv == seg:
        return 0
    back = cc(BACK[config]).convert(conv)
    lossy = back != seg
    note = f"{BACK[config]} does not give the span back" if lossy else ""
    n = 0
    if len(conv) == len(seg):
        for i, (a, b) in enumerate(zip(seg, conv)):
            if a != b and d.edit(start + i, start + i + 1, b, kind="transform", tokens=[b], lossy=lossy, note=note):
                n += 1
    else:
        toks = [c for c in conv if c not in seg]
        if d.edit(start, end, conv, kind="transform", tokens=toks, lossy=lossy, note=note or "phrase conversion changed the length"):
            n += 1
    return n


def convert_lines(d: Damager, config: str, *, unit: str = "page", fraction: float = 1.0) -> int:
    n = 0
    for line in d.base.lines:
        if unit == "page":
            n += convert_span(d, line.start, line.end, config)
        elif unit == "paragraph":
            if d.rng.random() < fraction:
                n += convert_span(d, line.start, line.end, config)
        else:
            for m in _SENTENCE.finditer(d.text, line.start, line.end):
                if d.rng.random() < fraction:
                    n += convert_span(d, m.start(), m.end(), config)
    return n


@register("script_s2t_page", "script", description="whole page converted by OpenCC s2t")
def _s2t(d: Damager) -> None:
    convert_lines(d, "s2t")


@register("script_s2tw_page", "script", description="whole page converted by OpenCC s2tw (Taiwan characters)")
def _s2tw(d: Damager) -> None:
    convert_lines(d, "s2tw")


@register("script_s2hk_page", "script", description="whole page converted by OpenCC s2hk (Hong Kong characters)")
def _s2hk(d: Damager) -> None:
    convert_lines(d, "s2hk")


@register("script_s2twp_page", "script", description="whole page converted by s2twp: Taiwan phrasing (软件→軟體), undone by tw2sp")
def _s2twp(d: Damager) -> None:
    convert_lines(d, "s2twp")


@register("script_s2t_paragraphs", "script", description="some paragraphs (40%) converted by s2t, the rest Simplified")
def _s2t_par(d: Damager) -> None:
    convert_lines(d, d.rng.choice(("s2t", "s2tw")), unit="paragraph", fraction=0.4)


@register("script_html_s2t_page", "script", fmt="html", description="an HTML page converted by s2t (title, headings, body)")
def _html_s2t(d: Damager) -> None:
    convert_lines(d, "s2t")


def big5_page(d: Damager, config: str = "s2tw", codec: str = "big5") -> None:
    """The page in Traditional, saved as Big5 bytes (skipped when a character has no Big5 code)."""
    conv = cc(config).convert(d.text)
    try:
        conv.encode(codec)
    except UnicodeEncodeError:
        return
    if convert_lines(d, config):
        d.encoding = codec
        if d.fmt == "html":
            head = regex.search(r"<title>([^<]*)</title>", d.text)
            convert_span(d, head.start(1), head.end(1), config)
            at = d.text.index('charset="utf-8"') + len('charset="')
            d.edit(at, at + 5, codec, kind="markup")


@register("enc_big5_page", "encoding", description="whole page Traditional (s2tw), saved as Big5 bytes")
def _big5(d: Damager) -> None:
    big5_page(d)


# --------------------------------------------------------------------------- members added in session 11
# (a page mixing Traditional and Simplified below the paragraph: some sentences converted, as a
# mirror that converts what its translation memory holds; a whole page converted with the mirror's
# slips, characters it left Simplified, as seed 003 writes 示范 in 示範 text)


@register("script_sentences", "script", description="some sentences (35%) Traditional (s2t, s2tw or s2hk), the rest Simplified")
def _sentences(d: Damager) -> None:
    convert_lines(d, d.rng.choice(("s2t", "s2tw", "s2hk")), unit="sentence", fraction=0.35)


@register("script_s2t_slips", "script", description="page converted by s2t with slips: 15% of the changed characters left Simplified (示范 in 示範 text, seed 003)")
def _slips(d: Damager) -> None:
    for line in d.base.lines:
        seg = d.text[line.start : line.end]
        conv = cc("s2t").convert(seg)
        if conv == seg or len(conv) != len(seg) or cc("t2s").convert(conv) != seg:
            continue
        mixed = "".join(b if a != b and d.rng.random() >= 0.15 else a for a, b in zip(seg, conv))
        lossy = cc("t2s").convert(mixed) != seg  # a slip next to a converted neighbour may change the phrase
        note = "t2s does not give the mixed line back" if lossy else ""
        for i, (a, b) in enumerate(zip(seg, mixed)):
            if a != b:
                d.edit(line.start + i, line.start + i + 1, b, kind="transform", tokens=[b], lossy=lossy, note=note)


# --------------------------------------------------------------------------- blind variants (session 16)
# Written by enc16 from the brief (variant characters of older or Hong Kong converters, Taiwan
# phrasing on a half-converted page), in words first (/work/notes/enc16/blind.md).

def _with_table(d: Damager, table_for) -> None:
    """Convert each line by s2t, then write each Traditional character through ``table_for(char)``."""
    for line in d.base.lines:
        seg = d.text[line.start : line.end]
        conv = cc("s2t").convert(seg)
        if conv == seg or len(conv) != len(seg):
            continue
        lossy = cc("t2s").convert(conv) != seg
        note = "t2s does not give the line back" if lossy else ""
        for i, (a, b) in enumerate(zip(seg, conv)):
            b = table_for(b)
            if a != b:
                d.edit(line.start + i, line.start + i + 1, b, kind="transform", tokens=[b], lossy=lossy, note=note)


#: Traditional character -> the variant form (異體字) an older converter or a Hong Kong font writes.
VARIANT_FORMS = {"為": "爲", "眾": "衆", "線": "綫", "產": "産", "說": "説", "閱": "閲", "峰": "峯", "裡": "裏",
                 "真": "眞", "教": "敎", "告": "吿", "偽": "僞", "銳": "鋭", "稅": "税", "脫": "脱", "兌": "兑"}


@register("script_variants_blind16", "script", description="BLIND (session 16): a page converted by s2t whose converter writes variant forms (爲 衆 綫 産 説 …)")
def _variant_forms(d: Damager) -> None:
    _with_table(d, lambda c: VARIANT_FORMS.get(c, c))


@register("script_twp_sentences_blind16", "script", description="BLIND (session 16): some sentences (35%) converted by s2twp (Taiwan phrasing), the rest Simplified")
def _twp_sentences(d: Damager) -> None:
    convert_lines(d, "s2twp", unit="sentence", fraction=0.35)


# --------------------------------------------------------------------------- blind variants (session 17)
# Written by enc17 in words first (/work/notes/enc17/blind.md, 20:51 UTC), before any cleaner change:
# a Traditional page whose words a fixed-width wrap or letter-spacing cut, and a mirror that converts
# character by character (no phrases).


@register("script_wrapped_s2t_blind17", "script", description="BLIND (session 17): a page converted by s2t, then hard-wrapped at 18-30 characters (a PDF copy): breaks inside words (顯⏎著)")
def _wrapped_s2t(d: Damager) -> None:
    from tests.noise.wide.registry import body_lines, wrap_points

    convert_lines(d, "s2t")
    w = d.rng.randint(18, 30)
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        if len(seg) <= 26:
            continue
        for cut in wrap_points(seg, w):
            d.insert(li.start + cut, "\n", tokens=["\n"])


@register("script_spread_s2t_blind17", "script", description="BLIND (session 17): a page converted by s2t whose headings and a fifth of its lines are letter-spaced (國 家 發 展)")
def _spread_s2t(d: Damager) -> None:
    from tests.noise.wide.registry import body_lines

    convert_lines(d, "s2t")
    blank = d.rng.choice((" ", "\u3000"))
    for li in body_lines(d, ("heading", "label", "para")):
        if li.kind != "heading" and d.rng.random() >= 0.2:
            continue
        seg = d.text[li.start : li.end]
        for i in range(1, len(seg)):
            if regex.match(r"\p{Han}", seg[i - 1]) and regex.match(r"\p{Han}", seg[i]):
                d.insert(li.start + i, blank, tokens=[blank] if blank.strip() else [])


@register("script_char_table_s2t_blind17", "script", description="BLIND (session 17): a page converted to Traditional character by character (no phrases: 头发 -> 頭發, 干部 -> 幹部 but 干净 -> 幹淨)")
def _char_table_s2t(d: Damager) -> None:
    conv = cc("s2t").convert
    for line in d.base.lines:
        seg = d.text[line.start : line.end]
        out = "".join(conv(c) for c in seg)
        if out == seg or len(out) != len(seg):
            continue
        lossy = cc("t2s").convert(out) != seg
        note = "t2s does not give the line back" if lossy else ""
        for i, (a, b) in enumerate(zip(seg, out)):
            if a != b:
                d.edit(line.start + i, line.start + i + 1, b, kind="transform", tokens=[b], lossy=lossy, note=note)


# --------------------------------------------------------------------------- blind variants (session 18)
# Written by script18 in words first (/work/notes/script18/blind.md, 23:27 UTC), before any cleaner change.
# Held out (never tuned on): cut_paragraphs (V2) and variant_mix (V5).

#: A Hong Kong mirror's phrase table (V1), applied after s2hk: the mainland word, its Hong Kong wording.
HK_PHRASES = {"信息": "資訊", "网络": "網絡", "数据库": "資料庫", "打印": "列印", "质量": "質素",
              "出租车": "的士", "视频": "視像", "默认": "預設"}


@register("script_hk_phrased_blind18", "script", description="BLIND (session 18): a page converted by s2hk, then a Hong Kong mirror's phrases (信息→資訊, 网络→網絡, 质量→質素, 视频→視像)")
def _hk_phrased(d: Damager) -> None:
    pattern = regex.compile("|".join(sorted(HK_PHRASES, key=len, reverse=True)))
    for line in d.base.lines:
        seg = d.text[line.start : line.end]
        chars = cc("s2hk").convert(seg)
        if len(chars) != len(seg):
            continue
        out = list(chars)
        for m in pattern.finditer(seg):
            hk = HK_PHRASES[m.group()]
            if len(hk) == len(m.group()):
                out[m.start() : m.end()] = hk
        out = "".join(out)
        if out == seg:
            continue
        lossy = cc("hk2s").convert(out) != seg
        note = "hk2s does not give the line back" if lossy else ""
        for i, (a, b) in enumerate(zip(seg, out)):
            if a != b:
                d.edit(line.start + i, line.start + i + 1, b, kind="transform", tokens=[b], lossy=lossy, note=note)


@register("script_cut_paragraphs_blind18", "script", description="BLIND (session 18, held out): each paragraph over 20 characters converted by s2t/s2tw up to a random cut (30-70 %), the rest Simplified")
def _cut_paragraphs(d: Damager) -> None:
    config = d.rng.choice(("s2t", "s2tw"))
    for line in d.base.lines:
        if line.end - line.start <= 20:
            continue
        cut = line.start + int((line.end - line.start) * d.rng.uniform(0.3, 0.7))
        convert_span(d, line.start, cut, config)


@register("script_trad_title_blind18", "script", description="BLIND (session 18): only the title and the chapter/section headings converted by s2t or s2hk, the articles Simplified")
def _trad_title(d: Damager) -> None:
    config = d.rng.choice(("s2t", "s2hk"))
    for line in d.base.lines:
        if line.kind in ("title", "heading"):
            convert_span(d, line.start, line.end, config)


#: Japanese shinjitai forms a font or IME wrote for Traditional characters (V4).
SHINJITAI = {"關": "関", "發": "発", "對": "対", "縣": "県", "圖": "図", "廣": "広", "經": "経", "總": "総",
             "實": "実", "處": "処", "擴": "拡", "價": "価", "團": "団", "圍": "囲", "條": "条"}


@register("script_shinjitai_blind18", "script", description="BLIND (session 18): a page converted by s2t whose font writes Japanese shinjitai (関 発 対 県 図 経 総 条), no kana")
def _shinjitai(d: Damager) -> None:
    _with_table(d, lambda c: SHINJITAI.get(c, c))


#: Characters a page writes now in one form, now in another (V5): the standard Traditional form first.
VARIANT_MIX = {"群": "羣", "污": "汙汚", "歲": "嵗", "鄰": "隣", "裡": "裏", "床": "牀", "略": "畧", "峰": "峯",
               "冊": "册", "教": "敎", "線": "綫", "秘": "祕", "蹟": "跡"}


@register("script_variant_mix_blind18", "script", description="BLIND (session 18, held out): a page converted by s2t that writes some characters now standard, now in a variant form (群/羣, 污/汙/汚, 略/畧)")
def _variant_mix(d: Damager) -> None:
    _with_table(d, lambda c: d.rng.choice(c + VARIANT_MIX[c]) if c in VARIANT_MIX else c)
