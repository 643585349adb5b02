"""HELD-OUT NOISE VARIANTS, SET 9 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A ninth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 26 while that session's rooms worked and before any of their
changes was merged: set 8's members were named in that session's briefs, so
set 8 became a development set and this set is the blind measure.  Its
variants are new members of the families of ``tests/noise/wide``: in neither
the seen generator nor the first eight sealed sets, and none of them named in
a brief of any session.  Each docstring names the real mechanism the damage
copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 9 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 9`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import html as _html

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.registry import (
    LIST_ITEM, body_lines, end_of_body, paragraph_insert, register, split_tokens, top_of_body,
)
from tests.noise.wide.registry import after_line as _after_line, between_articles as _between_articles, body_start as _body_start
from tests.noise.wide.registry import last_line_of_articles as _last_line_of_articles, lines_at as _lines_at

H9 = dict(heldout=True, heldout_set=9)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby


@register("h9_ruby_slash_readings", "ruby", **H9,
          description="a word's reading between slashes after it, dictionary style (行政 /xíng zhèng/)")
def _ruby_slash(d: Damager) -> None:
    """``行政 /xíng zhèng/``: a learner's glossary copied into the text: the reading of a word is
    written between slashes (the phonetic-transcription convention of dictionaries), its
    syllables apart, tone marks, a blank before it or none; one word in twenty-odd characters."""
    text = d.text
    blank = d.rng.choice(("", " "))
    sep = d.rng.choice((" ", ""))
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            i, word = 0, run.group()
            while i + 2 <= len(word):
                n = d.rng.choice((2, 2, 3))
                if i + n <= len(word) and d.rng.random() < 0.05:
                    readings = rb._readings(word[i : i + n], Style.TONE)
                    if readings is not None:
                        new = f"{blank}/{sep.join(readings)}/"
                        d.insert(run.start() + i + n, new, tokens=[new.strip()])
                    i += n
                else:
                    i += 1


_PALLADIUS_INITIALS = (
    ("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"), ("d", "д"), ("t", "т"),
    ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"), ("h", "х"), ("j", "цз"), ("q", "ц"), ("x", "с"), ("r", "ж"),
    ("z", "цз"), ("c", "ц"), ("s", "с"),
)
_PALLADIUS_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь", "ang": "ан",
    "eng": "эн", "ong": "ун", "er": "эр", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань",
    "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ", "van": "юань", "vn": "юнь",
}
_PALLADIUS_WHOLE = {
    "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи", "zi": "цзы", "ci": "цы", "si": "сы", "yi": "и", "ya": "я",
    "ye": "е", "yao": "яо", "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй",
    "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}


def palladius(syllable: str) -> str | None:
    """A toneless pinyin syllable (``ü`` as ``v``) in the Palladius Cyrillic system, None when unknown.

    >>> palladius("zheng"), palladius("xue"), palladius("shi")
    ('чжэн', 'сюэ', 'ши')
    """
    if syllable in _PALLADIUS_WHOLE:
        return _PALLADIUS_WHOLE[syllable]
    for ini, cyr in _PALLADIUS_INITIALS:
        if syllable.startswith(ini):
            final = syllable[len(ini):]
            if ini in ("j", "q", "x") and final.startswith("u"):
                final = "v" + final[1:]
            out = _PALLADIUS_FINALS.get(final)
            return cyr + out if out else None
    return _PALLADIUS_FINALS.get(syllable)


@register("h9_ruby_cyrillic_readings", "ruby", **H9,
          description="a character's reading in Cyrillic letters (Palladius system) in brackets after it (政（чжэн）)")
def _ruby_cyrillic(d: Damager) -> None:
    """``政（чжэн）``: a Russian learners' edition of a law (reading aids for students of Chinese in
    Russia and Central Asia) gives the reading of hard characters in the Palladius Cyrillic
    transcription, in brackets after the character; toneless, one bracket style a page, about
    one character in twelve."""
    left, right = d.rng.choice((("（", "）"), ("(", ")"), ("[", "]")))
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for m in _HAN.finditer(text, _body_start(d, line), line.end):
            if d.rng.random() >= 0.08:
                continue
            r = rb._readings(m.group(), Style.NORMAL)
            cyr = palladius(r[0]) if r else None
            if cyr:
                new = f"{left}{cyr}{right}"
                d.insert(m.end(), new, tokens=[new])


# --------------------------------------------------------------------------- spam

_PINYIN_BRANDS = (
    ("Aomen", "Xinpujing"), ("Yinhe", "Yule"), ("Taiyangcheng", "Jituan"), ("Jinsha", "Yulecheng"), ("Weinisiren", ""),
    ("Huangguan", "Tiyu"), ("Bocai", "Wang"), ("Yongli", "Huiyule"),
)


@register("h9_spam_pinyin_brand", "spam", **H9,
          description="a casino brand spelled in pinyin words inserted inside sentences (…主管部门 Aomen Xinpujing 应当…)")
def _spam_pinyin(d: Damager) -> None:
    """``主管部门 AoMen XinPuJing 应当``: injectors who learnt that filters look for Han brand names
    write the brand in pinyin (camel case, spaced or glued, sometimes with ``guanwang``), inserted
    between two Han characters of a sentence, two to four times a page, one spelling a page."""
    r = d.rng
    first, second = r.choice(_PINYIN_BRANDS)
    style = r.choice(("spaced", "camel", "glued", "lower"))
    if style == "spaced":
        brand = f"{first} {second}".strip()
    elif style == "camel":
        brand = first + second
    elif style == "glued":
        brand = first + second
    else:
        brand = (first + " " + second).strip().lower()
    if r.random() < 0.3:
        brand += r.choice((" guanwang", " yule", " zhuce"))
    spots = []
    for line in body_lines(d, ("label", "para")):
        for m in regex.finditer(r"(?<=\p{Han})(?=\p{Han})", d.text[_body_start(d, line) : line.end]):
            spots.append(_body_start(d, line) + m.start())
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 4)]:
        new = f" {brand} " if r.random() < 0.7 else brand
        d.insert(pos, new, tokens=[brand])


_FORGERY_LINES = (
    "办理毕业证、学位证、各类资格证书 全国可查 电话/微信：{tel}",
    "无抵押信用贷款 当天放款 额度5万-50万 联系QQ：{qq}",
    "代开各地增值税专用发票 正规可验 {tel}（微信同号）",
    "刻章办证 公章 财务章 合同章 加急当天取 {tel}",
    "高价回收购物卡、加油卡 现金秒结 联系人：王经理 {tel}",
)


@register("h9_spam_forgery_lines", "spam", **H9,
          description="small-ad lines of forged certificates, invoices and loans with a phone number between articles")
def _spam_forgery(d: Damager) -> None:
    """``办理毕业证、学位证、各类资格证书 全国可查 电话/微信：138…``: the small ads of the grey trades
    (forged certificates and seals, false invoices, unsecured loans) that fill abandoned
    government comment boards and mirror pages; one to three lines between articles."""
    r = d.rng
    spots = _between_articles(d) or [end_of_body(d)]
    for where in r.sample(spots, min(len(spots), r.randint(1, 3))):
        tel = "1" + r.choice("3589") + "".join(r.choice("0123456789") for _ in range(9))
        s = r.choice(_FORGERY_LINES).format(tel=tel, qq=r.randint(100000000, 2999999999))
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=split_tokens(s))


_OFFSCREEN_STYLES = (
    "position:absolute;left:-9999px;top:-9999px", "position:absolute;top:-10000px", "text-indent:-9999em;overflow:hidden",
    "font-size:0;line-height:0", "clip:rect(0 0 0 0);position:absolute",
)
_OFFSCREEN_WORDS = ("澳门赌场", "网上真人娱乐", "百家乐技巧", "时时彩平台", "体育投注网", "老虎机游戏", "六合彩资料", "棋牌游戏下载")


@register("h9_spam_offscreen_block", "spam", fmt="html", **H9,
          description="a block of casino links positioned off screen by CSS inside the page body (<div style=\"left:-9999px\">)")
def _spam_offscreen(d: Damager) -> None:
    """``<div style="position:absolute;left:-9999px">澳门赌场 百家乐技巧 …</div>``: black-hat SEO on a
    compromised government CMS hides a block of links from visitors by CSS positioning, font size
    or clipping (not ``display:none``, which search engines ignore); a text extractor that does not
    apply CSS keeps the words.  One block a page, between two paragraphs."""
    r = d.rng
    style = r.choice(_OFFSCREEN_STYLES)
    words = r.sample(_OFFSCREEN_WORDS, r.randint(3, 5))
    host = "www." + "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(4, 7))) + r.choice((".com", ".net", ".cc"))
    links = " ".join(f'<a href="http://{host}/{k}.html">{w}</a>' for k, w in enumerate(words, 1))
    markup = f'<div style="{style}">{links}</div>\n'
    lines = body_lines(d, ("label", "para"))
    where = r.choice(lines[1:] or lines).outer_start
    d.insert(where, markup, tokens=words)


# --------------------------------------------------------------------------- furniture


@register("h9_furn_crawler_provenance", "furniture", **H9,
          description="a crawler's provenance header above the law (抓取时间 / 来源URL / 栏目 lines, one shape a page)")
def _furn_provenance(d: Damager) -> None:
    """``[抓取时间] 2021-05-06 13:22:01⏎[来源URL] http://www.….gov.cn/zwgk/…/t20210506_123456.html``: a
    crawler that saves each page as text writes its own record of where and when it fetched it
    above the page text (bracketed labels, ``key: value`` or Chinese labels with a colon); the
    corpus built from its output keeps the header on every page."""
    r = d.rng
    y, mo, dd = r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28)
    stamp = f"{y}-{mo:02d}-{dd:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    site = r.choice(("www.bj.gov.cn", "www.sh.gov.cn", "fgw.gd.gov.cn", "sft.zj.gov.cn", "www.hunan.gov.cn"))
    url = f"http://{site}/zwgk/{r.choice(('zcfg', 'fgwj', 'gfxwj'))}/{y}{mo:02d}/t{y}{mo:02d}{dd:02d}_{r.randint(100000, 999999)}.html"
    shape = r.choice(("brackets", "keys", "labels"))
    if shape == "brackets":
        lines = [f"[抓取时间] {stamp}", f"[来源URL] {url}", f"[栏目] {r.choice(('政策法规', '政府信息公开 > 法规文件', '地方性法规'))}"]
    elif shape == "keys":
        lines = [f"url: {url}", f"crawl_time: {stamp}", f"status: {r.choice(('200', '200 OK'))}"]
    else:
        lines = [f"采集时间：{stamp}　采集来源：{site}", f"原始链接：{url}"]
    _lines_at(d, top_of_body(d), lines)


@register("h9_furn_translate_widget", "furniture", **H9,
          description="a page-translation widget's text at the top or the end (选择语言 ▼ / 由 Google 翻译提供技术支持)")
def _furn_translate(d: Damager) -> None:
    """``选择语言​▼⏎由 Google 翻译 提供技术支持``: portals that add a machine-translation widget (Google's
    or a domestic one) show its language picker and its credit line; a text copy keeps both, above
    the title or after the last line, sometimes with the picker's language list."""
    r = d.rng
    shape = r.choice((
        ["选择语言\u200b▼", "由 Google 翻译 提供技术支持"],
        ["Select Language ▼", "Powered by Google Translate"],
        ["翻译：English | 日本語 | 한국어 | Français | Русский", "机器翻译仅供参考"],
        ["智能翻译 ▾", "译文由机器翻译生成，仅供参考，请以中文原文为准"],
    ))
    if r.random() < 0.6:
        _lines_at(d, top_of_body(d), shape)
    else:
        _lines_at(d, end_of_body(d), shape)


@register("h9_furn_article_toolbar", "furniture", **H9,
          description="a law database's tool line after most articles (关联法规(3)　司法案例(12)　条文释义 / 复制本条 | 分享 | 纠错)")
def _furn_toolbar(d: Damager) -> None:
    """``关联法规(3)　司法案例(12)　条文释义``: law databases put a row of links under every article
    (related provisions, cases, commentary, copy/share/report buttons) with counts that change
    from article to article; a copied page keeps the row under about three articles in four."""
    r = d.rng
    shape = r.choice(("counts", "buttons", "bracketed"))
    for li in _last_line_of_articles(d):
        if r.random() >= 0.75:
            continue
        if shape == "counts":
            s = f"关联法规({r.randint(0, 9)})　司法案例({r.randint(0, 99)})　条文释义"
        elif shape == "buttons":
            s = r.choice(("复制本条 | 分享 | 纠错", "复制本条 | 分享本条 | 收藏"))
        else:
            s = f"【相关条文】【案例{r.randint(1, 40)}】【解读】"
        _after_line(d, li, s, split_tokens(s))


# --------------------------------------------------------------------------- script


@register("h9_script_article_blocks", "script", **H9,
          description="two to four whole articles (label and paragraphs) in Traditional in a Simplified page")
def _script_articles(d: Damager) -> None:
    """``第十二條　旅遊經營者應當…``: an editor who rebuilt a law page from two copies took a few
    articles from a Hong Kong or Taiwan reprint: those articles, label and all their paragraphs,
    are Traditional; the rest of the page is Simplified.  One converter a page."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw"))
    by_article: dict[int, list] = {}
    for li in body_lines(d, ("label", "para")):
        if li.article is not None:
            by_article.setdefault(li.article, []).append(li)
    if not by_article:
        return
    chosen = d.rng.sample(sorted(by_article), min(len(by_article), d.rng.randint(2, 4)))
    for art in chosen:
        for li in by_article[art]:
            scr.convert_span(d, li.start, li.end, config)


_CLAUSE = regex.compile(r"[^，；。：！？\n]+[，；。：！？]?")


@register("h9_script_clause_flips", "script", **H9,
          description="single clauses (between commas) converted to Traditional here and there inside Simplified sentences")
def _script_clauses(d: Damager) -> None:
    """``旅游经营者應當遵守下列規定，不得…``: a text assembled by an input method with a per-phrase
    script toggle, or merged from two copies clause by clause: about one clause in four,
    comma to comma, is Traditional; one converter a page."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw"))
    for line in body_lines(d, ("label", "para")):
        start = _body_start(d, line)
        for m in _CLAUSE.finditer(d.text, start, line.end):
            if d.rng.random() < 0.25:
                scr.convert_span(d, m.start(), m.end(), config)


# --------------------------------------------------------------------------- encoding


def _css_escape(seg: str, upper: bool) -> str:
    r"""``seg`` as a CSS string escapes it: each non-ASCII character as ``\`` and its hex code point,
    a blank after it when the next character is a hex digit or a blank (the CSS rule)."""
    out = []
    for i, ch in enumerate(seg):
        if ord(ch) < 0x80:
            out.append(ch)
            continue
        h = f"{ord(ch):x}"
        h = h.upper() if upper else h
        nxt = seg[i + 1 : i + 2]
        out.append("\\" + h + (" " if nxt and (nxt in "0123456789abcdefABCDEF " ) else ""))
    return "".join(out)


@register("h9_enc_css_escapes", "encoding", **H9,
          description="spans of a line as CSS escapes (\\7b2c\\4e94\\6761, a blank where a hex digit follows)")
def _enc_css(d: Damager) -> None:
    r"""``\7b2c\4e94\6761 \4e3a\4e86``: pages whose text is drawn by CSS ``content:`` (anti-scraping
    fonts and "copy protection" themes) store it as CSS escapes; a crawler reading the stylesheet
    gets the escapes.  The longest part of one to three lines, one case a page."""
    upper = d.rng.random() < 0.4
    enc.mangle_spans(d, lambda seg: _css_escape(seg, upper) if _HAN.search(seg) else None, n=(1, 3), min_chars=6)


def _utf8_as_cp1256(seg: str) -> str | None:
    try:
        out = seg.encode("utf-8").decode("cp1256")
    except UnicodeDecodeError:
        return None
    return out if out.encode("cp1256").decode("utf-8") == seg else None


@register("h9_enc_utf8_as_cp1256", "encoding", **H9,
          description="the longest part of a line of UTF-8 read as Windows-1256 (Arabic): Arabic letters, Latin and marks")
def _enc_cp1256(d: Damager) -> None:
    """``ç¬¬ن؛”و‌،``-like mojibake with Arabic letters: a mirror served from a host whose default
    code page is Windows-1256 (Gulf and Levant hosting) shows UTF-8 bytes as Arabic letters,
    Latin letters and marks; the longest convertible part of one to three lines."""
    enc.mangle_spans(d, _utf8_as_cp1256, n=(1, 3), min_chars=6)


def _tag_string(s: str) -> str:
    return "\U000E0001" + "".join(chr(0xE0000 + ord(c)) for c in s) + "\U000E007F"


@register("h9_enc_tag_characters", "encoding", **H9,
          description="an invisible watermark in Unicode tag characters (U+E0001 … U+E007F) inside sentences")
def _enc_tags(d: Damager) -> None:
    """A mirror that watermarks its copies with an invisible id written in Unicode's tag characters
    (the language-tag block, invisible in every browser): ``U+E0001`` then the id's ASCII letters
    moved to ``U+E00xx``; two to five marks a page, between two Han characters."""
    r = d.rng
    mark = _tag_string(r.choice(("src:lawmirror", "id-" + str(r.randint(1000, 99999)), "cpy.gov.mirror", "wm" + str(r.randint(10, 99)))))
    spots = []
    for line in body_lines(d, ("label", "para")):
        for m in regex.finditer(r"(?<=\p{Han})(?=\p{Han})", d.text[line.start : line.end]):
            spots.append(line.start + m.start())
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 5)]:
        d.insert(pos, mark, tokens=[mark])


# --------------------------------------------------------------------------- width

_QUOTE = regex.compile(r"“([^“”\n]{1,40})”")


@register("h9_width_tex_quotes", "width", **H9,
          description="“…” written as TeX's quotes (``绿色原则'') in a page typeset from LaTeX source")
def _width_tex(d: Damager) -> None:
    """````绿色原则''``: a law typeset with LaTeX and converted back to text (or copied from the
    source) writes the quotation marks as TeX does: two backticks and two apostrophes; most
    pairs of a page."""
    for line in body_lines(d, ("label", "para", "heading")):
        for m in _QUOTE.finditer(d.text, line.start, line.end):
            if d.rng.random() < 0.9:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, "``", kind="transform", tokens=[], group=g)
                d.edit(m.end() - 1, m.end(), "''", kind="transform", tokens=[], group=g)


_HAN_ASCII = regex.compile(r"(?<=\p{Han})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\p{Han})")


@register("h9_width_pangu_spacing", "width", **H9,
          description="a blank put between every Han character and an ASCII letter or digit (2019 年, 第 3 项, PM2.5 浓度)")
def _width_pangu(d: Damager) -> None:
    """``2019 年 10 月 1 日``: blogs and note apps run "pangu" spacing, which puts a blank between every
    CJK character and an adjacent ASCII letter or digit; a law copied through such a site has the
    blanks everywhere on the page."""
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for m in _HAN_ASCII.finditer(d.text, line.start, line.end):
            d.insert(m.start(), " ", kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


def _drop_blank_lines(d: Damager) -> None:
    for m in regex.finditer(r"(?<=\n)\n+", d.text):
        d.edit(m.start(), m.end(), "", kind="transform", tokens=[])


_XML_TAGS = (
    dict(root="law", title="title", heading="chapter", label="article", para="paragraph", item="item"),
    dict(root="fagui", title="biaoti", heading="zhang", label="tiao", para="kuan", item="xiang"),
)


@register("h9_layout_xml_export", "layout", **H9,
          description="the law as an XML export: a prolog, a root element, each line in an element by its kind")
def _layout_xml(d: Damager) -> None:
    """``<article>第一条　为了…</article>``: law databases export their texts as XML (one element per
    title, chapter heading, article and paragraph, reserved characters escaped), and a crawler
    that fetched the export saved it as the page's text: a prolog and a root element, indented
    elements, no blank lines."""
    r = d.rng
    tags = r.choice(_XML_TAGS)
    text = d.text
    g0 = d.new_group()
    d.insert(0, f'<?xml version="1.0" encoding="UTF-8"?>\n<{tags["root"]}>\n', tokens=[], group=g0, kind="markup")
    for li in d.base.lines:
        seg = text[li.start : li.end]
        kind = li.kind
        if kind == "para" and LIST_ITEM.match(seg):
            kind = "item"
        tag = tags.get(kind, tags["para"])
        indent = "" if kind == "title" else "  "
        g = d.new_group()
        d.insert(li.start, f"{indent}<{tag}>", tokens=[], group=g, kind="markup")
        for m in regex.finditer(r"[&<>]", seg):
            d.edit(li.start + m.start(), li.start + m.end(), _html.escape(m.group(), quote=False), kind="transform", tokens=[], group=g)
        d.insert(li.end, f"</{tag}>", tokens=[], group=g, kind="markup")
    _drop_blank_lines(d)
    d.insert(len(text), f"</{tags['root']}>\n", tokens=[], group=g0, kind="markup")


@register("h9_layout_org_source", "layout", **H9,
          description="the law as Emacs Org source: #+TITLE:, * and ** headings, *第一条* bold labels, - items")
def _layout_org(d: Damager) -> None:
    """``#+TITLE: …``, ``* 第一章　总则``, ``*第一条*　为了…``, ``- （一）…``: a law kept in an Org-mode
    notebook and published raw: the title as a keyword line, chapter and section headings as
    starred outline lines, article labels between asterisks (bold), items as list entries; an
    options line now and then."""
    r = d.rng
    text = d.text
    for li in d.base.lines:
        seg = text[li.start : li.end]
        g = d.new_group()
        if li.kind == "title":
            d.insert(li.start, "#+TITLE: ", tokens=[], group=g, kind="markup")
        elif li.kind == "heading":
            stars = "**" if regex.match(r"第[一二三四五六七八九十百零〇]+节", seg) else "*"
            d.insert(li.start, stars + " ", tokens=[], group=g, kind="markup")
        elif li.kind == "label":
            m = regex.match(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?", seg)
            if m:
                d.insert(li.start, "*", tokens=[], group=g, kind="markup")
                d.insert(li.start + m.end(), "*", tokens=[], group=g, kind="markup")
        elif li.kind == "para" and LIST_ITEM.match(seg):
            d.insert(li.start, "- ", tokens=[], group=g, kind="markup")
    if r.random() < 0.5:
        d.insert(0, "#+OPTIONS: toc:nil num:nil\n", tokens=[], kind="markup")


_LATEX_SPECIAL = regex.compile(r"[%&#_$]")


@register("h9_layout_latex_source", "layout", **H9,
          description="the law as LaTeX source: preamble, \\title{…}\\maketitle, \\section*{第一章…}, \\textbf{第一条}, \\end{document}")
def _layout_latex(d: Damager) -> None:
    r"""``\section*{第一章　总则}``, ``\textbf{第一条}　为了…``: a law typeset with ctex and shared as its
    source file: a preamble, the title in ``\title{}`` with ``\maketitle``, headings as starred
    sections, labels in bold, reserved characters escaped (``\%``), ``\end{document}`` at the
    end; paragraphs stay apart by blank lines."""
    r = d.rng
    text = d.text
    cls = r.choice(("ctexart", "article"))
    pre = f"\\documentclass[UTF8]{{{cls}}}\n" + ("\\usepackage{ctex}\n" if cls == "article" else "") + "\\begin{document}\n"
    g0 = d.new_group()
    d.insert(0, pre, tokens=[], group=g0, kind="markup")
    for li in d.base.lines:
        seg = text[li.start : li.end]
        g = d.new_group()
        if li.kind == "title":
            d.insert(li.start, "\\title{", tokens=[], group=g, kind="markup")
            d.insert(li.end, "}\n\\maketitle", tokens=[], group=g, kind="markup")
        elif li.kind == "heading":
            d.insert(li.start, "\\section*{", tokens=[], group=g, kind="markup")
            d.insert(li.end, "}", tokens=[], group=g, kind="markup")
        elif li.kind == "label":
            m = regex.match(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?", seg)
            if m:
                d.insert(li.start, "\\textbf{", tokens=[], group=g, kind="markup")
                d.insert(li.start + m.end(), "}", tokens=[], group=g, kind="markup")
        for m in _LATEX_SPECIAL.finditer(seg):
            d.edit(li.start + m.start(), li.start + m.end(), "\\" + m.group(), kind="transform", tokens=[], group=g)
    d.insert(len(text), "\\end{document}\n", tokens=[], group=g0, kind="markup")


# --------------------------------------------------------------------------- mixed


@register("h9_mixed_slide_deck", "mixed", **H9,
          description="a training deck's text export: slide headers (幻灯片 N / Slide N / 第N页) and a recurring footer line")
def _mixed_slides(d: Damager) -> None:
    """A 普法 training deck (PowerPoint/WPS) that shows the law slide by slide, exported as text:
    each slide's paragraphs under a header with its number and over the deck's footer line
    (the organiser's name and the course); one to three paragraphs a slide."""
    r = d.rng
    org = r.choice(("某区司法局", "市普法办", "县市场监督管理局", "法治宣传中心"))
    footer = f"{org}　{r.choice(('普法宣传课件', '法规学习培训', '以案释法系列讲座'))}"
    head = r.choice(("幻灯片 {n}", "Slide {n}", "第{n}页", "— {n} —"))
    lines = d.base.lines
    i, n = 0, 1
    while i < len(lines):
        k = r.randint(1, 3)
        _lines_at(d, lines[i].outer_start, [head.format(n=n)])
        if i + k < len(lines):
            _lines_at(d, lines[i + k].outer_start, [footer])
        else:
            _lines_at(d, end_of_body(d), [footer])
        i += k
        n += 1


@register("h9_mixed_microblog_thread", "mixed", **H9,
          description="a law posted as a numbered microblog thread: hashtag headers (N/M), 展开全文 marks, post time and counters")
def _mixed_weibo(d: Damager) -> None:
    """A law posted in a series of microblog posts by a 普法 account and copied from the timeline:
    each post opens with the topic tag and its number in the thread, some end with the feed's
    ``展开全文`` link, and each is followed by its time, client and counters line."""
    r = d.rng
    tag = r.choice(("#普法#", "#法规速递#", "#以案说法#", "#法治宣传#"))
    lines = body_lines(d, ("label", "para", "heading"))
    groups = []
    i = 0
    while i < len(lines):
        k = r.randint(1, 3)
        groups.append((lines[i], lines[min(i + k, len(lines)) - 1]))
        i += k
    total = len(groups)
    mo, dd = r.randint(1, 12), r.randint(1, 28)
    h, mi = r.randint(8, 20), r.randint(0, 50)
    for n, (first, last) in enumerate(groups, 1):
        _lines_at(d, first.outer_start, [f"{tag}（{n}/{total}）"])
        mi += r.randint(1, 9)
        if mi >= 60:
            h, mi = min(h + 1, 23), mi - 60
        tail = []
        if r.random() < 0.3:
            tail.append(r.choice(("...展开全文c", "展开全文∨")))
        tail.append(f"{mo}月{dd}日 {h:02d}:{mi:02d} 来自 {r.choice(('微博 weibo.com', 'iPhone客户端', 'HUAWEI Mate 40'))}")
        tail.append(f"转发 {r.randint(0, 99)} ｜ 评论 {r.randint(0, 50)} ｜ 赞 {r.randint(0, 300)}")
        where = groups[n][0].outer_start if n < total else end_of_body(d)
        _lines_at(d, where, tail)
