"""HELD-OUT NOISE VARIANTS, SET 10 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A tenth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 27 while that session's rooms worked and before any of their
changes was merged.  Set 9's blind figure carried a caveat: three of its
members lay on axes the briefs had named in general words.  This set's members
were chosen the other way round: each lies on an axis named in no brief of
any session (mechanisms, not new spellings of old mechanisms), and the
session's briefs were written before this file and checked against its list.
Each docstring names the real mechanism the damage copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 10 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 10`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import difflib
import json
import unicodedata

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.registry import (
    body_lines, end_of_body, paragraph_insert, register, top_of_body, wrap_points,
)
from tests.noise.wide.registry import body_start as _body_start, lines_at as _lines_at

H10 = dict(heldout=True, heldout_set=10)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "every mark-width mechanism the lead could find on real pages (widened, narrowed, padded, look-alike, "
             "vertical, small, enclosed, spaced, escaped, TeX) is already a member of an earlier set or a brief's axis",
}
_HAN = regex.compile(r"\p{Han}")
_HAN_GAP = regex.compile(r"(?<=\p{Han})(?=\p{Han})")
_LABEL = regex.compile(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?")


def _han_gaps(d: Damager, lines) -> list[int]:
    """Positions between two Han characters of the lines' own text (after article labels)."""
    out = []
    for line in lines:
        start = _body_start(d, line)
        out.extend(m.start() for m in _HAN_GAP.finditer(d.text, start, line.end))
    return out


def _all_line_starts(text: str) -> list[int]:
    """Start of every physical line of ``text`` (blank lines included), none past the end."""
    starts = [0]
    starts.extend(m.end() for m in regex.finditer(r"\n", text) if m.end() < len(text))
    return starts


def _random_host(d: Damager) -> str:
    r = d.rng
    return "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(4, 7))) + r.choice((".com", ".cc", ".vip", ".net"))


def _dates(d: Damager, n: int) -> list[tuple[int, int, int]]:
    """``n`` ascending (year, month, day) triples."""
    years = sorted(d.rng.sample(range(1995, 2025), n))
    return [(y, d.rng.randint(1, 12), d.rng.randint(1, 28)) for y in years]


# --------------------------------------------------------------------------- ruby

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@register("h10_ruby_reading_notes", "ruby", **H10,
          description="note marks after a few characters and a block of their readings at the end of the page (溥① … 注音：①溥 pǔ)")
def _ruby_notes(d: Damager) -> None:
    """``溥①`` in the text and ``【注音】①溥（pǔ）②…`` after the last article: a study edition (a
    普法 reader for pupils, a learners' handout) marks characters that readers may not know
    with a note number and lists their readings at the end instead of beside them.  Four to
    nine characters a page, each one that occurs at most twice in the law."""
    r = d.rng
    text = d.text
    counts: dict[str, int] = {}
    for ch in _HAN.findall(text):
        counts[ch] = counts.get(ch, 0) + 1
    spots = []
    for line in body_lines(d, ("label", "para")):
        for m in _HAN.finditer(text, _body_start(d, line), line.end):
            if counts[m.group()] <= 2:
                spots.append(m)
    r.shuffle(spots)
    marks = r.choice(("circled", "superscript"))
    seen: set[str] = set()
    chosen = []
    for m in spots:
        if m.group() in seen or len(chosen) >= r.randint(4, 9):
            continue
        reading = rb._readings(m.group(), Style.TONE)
        if reading:
            seen.add(m.group())
            chosen.append((m, reading[0]))
    if not chosen:
        return
    chosen.sort(key=lambda pair: pair[0].start())
    entry = r.choice(("{mark}{ch}（{py}）", "{mark}{ch}：{py}", "{mark} {ch} {py}"))
    entries = []
    for n, (m, reading) in enumerate(chosen, 1):
        mark = _CIRCLED[n - 1] if marks == "circled" else str(n).translate(_SUPERSCRIPT)
        d.insert(m.end(), mark, tokens=[mark] if marks == "circled" else [])
        entries.append(entry.format(mark=mark, ch=m.group(), py=reading))
    head = r.choice(("【注音】", "注音：", "生僻字注音", "【难字注音】"))
    if r.random() < 0.5:
        lines = [head, *entries]
    else:
        lines = [head + ("" if head.endswith(("：", "】")) else "：") + "　".join(entries)]
    _lines_at(d, end_of_body(d), lines)


# --------------------------------------------------------------------------- spam

_JAMMER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'()*+,-./:;<=>?@[]^_`{|}~"


def _jammer(d: Damager) -> str:
    r = d.rng
    return " ".join("".join(r.choice(_JAMMER_CHARS) for _ in range(r.choice((1, 2, 2)))) for _ in range(r.randint(3, 7)))


@register("h10_spam_forum_jammer", "spam", **H10,
          description="a forum's copy-protection strings of random ASCII at the end of lines (…制定本条例。$ V( R8 j' Y%)")
def _spam_jammer(d: Damager) -> None:
    """``…制定本条例。3 Z* s" t4 ?-``: forum software (Discuz!'s ``jammer``) adds an invisible run of
    random ASCII letters and signs to the end of post lines to spoil copying; a crawler that
    takes the post's text keeps them.  A page posted on such a forum has them after about
    half of its lines, a fresh run each time."""
    for line in body_lines(d, ("label", "para")):
        if d.rng.random() < 0.5:
            jam = _jammer(d)
            d.insert(line.end, jam if d.rng.random() < 0.7 else " " + jam, tokens=[jam])


_NOSCRIPT_WORDS = ("北京赛车pk10", "幸运飞艇计划", "快三走势图", "电子游艺平台", "真人视讯", "捕鱼游戏官网", "体育比分直播", "彩票开奖结果")


@register("h10_spam_noscript_block", "spam", fmt="html", **H10,
          description="casino links inside a <noscript> element in the page body")
def _spam_noscript(d: Damager) -> None:
    """``<noscript><a href="http://…">北京赛车pk10</a> …</noscript>``: SEO injectors on a compromised
    CMS put their links in a ``<noscript>`` element, which browsers with scripts never show
    but a text extractor (no scripting) reads as text.  One block a page, after the title or
    between two paragraphs."""
    r = d.rng
    host = "www." + _random_host(d)
    words = r.sample(_NOSCRIPT_WORDS, r.randint(3, 5))
    if r.random() < 0.5:
        inner = " ".join(f'<a href="http://{host}/">{w}</a>' for w in words)
    else:
        inner = "".join(f"<p>{w} {host}</p>" for w in words)
    lines = body_lines(d, ("label", "para"))
    where = r.choice(lines[: max(2, len(lines) // 2)]).outer_start
    d.insert(where, f"<noscript>{inner}</noscript>\n", tokens=words)


_ADULT = ("午夜福利", "成人直播", "同城约会", "福利视频", "看片神器", "夜间直播间", "私密影院")


@register("h10_spam_adult_inline", "spam", **H10,
          description="adult-site ads put inside sentences (主管部门【午夜福利】应当…, 成人直播 xxx.vip)")
def _spam_adult(d: Damager) -> None:
    """``主管部门【午夜福利】应当``: not every injector sells gambling: adult sites and their streaming
    apps buy the same black-hat placements, with their own vocabulary, sometimes a domain, in
    brackets or bare, inserted between two characters of a sentence two to four times a page."""
    r = d.rng
    word = r.choice(_ADULT)
    host = _random_host(d)
    shape = r.choice(("【{w}】", "{w}", "{w} {h}", "「{w}」{h}", "{w}app下载"))
    s = shape.format(w=word, h=host)
    spots = _han_gaps(d, body_lines(d, ("label", "para")))
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 4)]:
        d.insert(pos, s, tokens=[s, word])


# --------------------------------------------------------------------------- furniture


def _chapter_names(d: Damager) -> list[str]:
    names = []
    for li in body_lines(d, ("heading",)):
        m = regex.match(r"第[一二三四五六七八九十]+章[\s\u3000]*(.+)", d.text[li.start : li.end])
        if m:
            names.append(regex.sub(r"\s+", "", m.group(1)))
    return names


@register("h10_furn_ai_summary", "furniture", **H10,
          description="a portal's machine-written summary box between the title and the text (AI摘要 … 以上内容由AI生成，仅供参考)")
def _furn_ai(d: Damager) -> None:
    """``AI摘要⏎本条例共五章四十条，主要规定了…⏎以上内容由AI生成，仅供参考``: portals that added a
    large-language-model summary above each document (2024 on) show it in a box under the
    title; a copy of the page keeps the box's label, its prose and its disclaimer."""
    r = d.rng
    n = len(body_lines(d, ("label",)))
    chapters = [c for c in _chapter_names(d) if c not in ("总则", "附则")]
    topics = "、".join(chapters[:3]) if chapters else r.choice(("管理职责、监督检查和法律责任", "适用范围、主要制度和法律责任"))
    kind = r.choice(("本文件", "该法规", "本规定"))
    summary = f"{kind}共{n}条，主要规定了{topics}等内容。"
    shape = r.choice((
        ["AI摘要", summary, "以上内容由AI生成，仅供参考"],
        [f"智能摘要：{summary}", "（内容由大模型生成，请以原文为准）"],
        ["✨ AI总结", f"• {summary}", "• 明确了相关部门的职责分工。", "AI生成 仅供参考"],
    ))
    lines = d.base.lines
    _lines_at(d, lines[1].outer_start if len(lines) > 1 else top_of_body(d), shape)


_CAPTIONS = ("适用范围", "基本原则", "职责分工", "部门职责", "监督检查", "禁止行为", "资金保障", "信息公开", "应急处置", "社会参与",
             "表彰奖励", "登记管理", "服务规范", "协调机制", "举报投诉", "责任追究")


@register("h10_furn_article_captions", "furniture", **H10,
          description="a compilation's subject captions after article labels (第一条【立法目的】为了…)")
def _furn_captions(d: Damager) -> None:
    """``第一条【立法目的】为了…``: annotated compilations and law databases give each article a short
    subject caption (条旨) in brackets after its label; a text copied from them keeps the
    captions, which the enacted text does not have.  Most articles of a page, one bracket
    style a page."""
    r = d.rng
    left, right = r.choice((("【", "】"), ("〔", "〕"), ("［", "］")))
    labels = body_lines(d, ("label",))
    for k, li in enumerate(labels):
        if r.random() >= 0.85:
            continue
        m = _LABEL.match(d.text, li.start, li.end)
        if not m:
            continue
        cap = "立法目的" if k == 0 else "施行日期" if k == len(labels) - 1 else r.choice(_CAPTIONS)
        new = f"{left}{cap}{right}"
        d.insert(m.end(), new, tokens=[new])


@register("h10_furn_version_timeline", "furniture", **H10,
          description="a law database's version list (历史版本 / 2016-03-25 修正 / 2021-09-29 修订（现行有效）) at the top or the end")
def _furn_versions(d: Damager) -> None:
    """``历史版本⏎2010年7月30日　公布⏎2016年3月25日　修正⏎2021年9月29日　修订（现行有效）``: law
    databases list every version of a law beside its text, as lines, as one line of dates or
    as a timeline; a copied page keeps the list above the title or after the last line."""
    r = d.rng
    dates = _dates(d, r.randint(2, 4))
    acts = ["公布", *(r.choice(("修正", "修订")) for _ in dates[1:])]
    shape = r.choice(("lines", "one", "arrow"))
    if shape == "lines":
        lines = ["历史版本"] + [f"{y}年{m}月{dd}日　{a}" for (y, m, dd), a in zip(dates, acts)]
        lines[-1] += "（现行有效）"
    elif shape == "one":
        ds = [f"{y}-{m:02d}-{dd:02d}" for y, m, dd in reversed(dates)]
        lines = ["版本：" + ds[0] + "（现行） | " + " | ".join(ds[1:]) + "　[版本对比]"]
    else:
        lines = ["时效性变化：" + " → ".join(f"{y}.{m:02d}.{dd:02d} {a}" for (y, m, dd), a in zip(dates, acts))]
    _lines_at(d, top_of_body(d) if r.random() < 0.5 else end_of_body(d), lines)


@register("h10_furn_screen_reader_text", "furniture", fmt="html", **H10,
          description="screen-reader-only text after linked law names (《…》<span class=\"sr-only\">（在新窗口打开）</span>)")
def _furn_sr_only(d: Damager) -> None:
    """``《中华人民共和国行政许可法》<span class="sr-only">（在新窗口打开）</span>``: accessible portals
    link the laws a text cites and add a visually hidden note for screen readers after each
    link (a class such as ``sr-only`` or ``visually-hidden`` clips it away); a text extractor
    that does not apply the stylesheet reads the note into the sentence."""
    r = d.rng
    cls = r.choice(("sr-only", "visually-hidden", "screen-reader-text", "element-invisible"))
    note = r.choice(("（在新窗口打开）", "（链接打开新窗口）", "(opens in a new window)", "外部链接"))
    style = "<style>." + cls + "{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}</style>\n"
    head = d.text.find("</head>")
    done = 0
    for line in body_lines(d, ("label", "para")):
        for m in regex.finditer(r"《[^《》\n]{2,40}》", d.text[line.start : line.end]):
            if r.random() < 0.8:
                g = d.new_group()
                a, b = line.start + m.start(), line.start + m.end()
                d.insert(a, '<a href="/flfg/' + str(r.randint(1000, 99999)) + '.html">', tokens=[], group=g, kind="markup")
                d.insert(b, f'</a><span class="{cls}">{note}</span>', tokens=[note], group=g)
                done += 1
    if done and head >= 0:
        d.insert(head, style, tokens=[], kind="markup")


# --------------------------------------------------------------------------- script


def _cross_strait_word(orig: str, a: int, b: int) -> tuple[int, int, str] | None:
    """The shortest window of ``orig`` around ``[a, b)`` (2-4 characters) whose Taiwan phrasing
    differs from its character conversion: ``(start, end, Taiwan word)``."""
    tw, twp = scr.cc("s2tw"), scr.cc("s2twp")
    for size in (2, 3, 4):
        for start in range(max(0, b - size), min(a, len(orig) - size) + 1):
            w = orig[start : start + size]
            if start <= a and start + size >= b and _HAN.fullmatch(w[0]) and all(_HAN.match(c) for c in w):
                p = twp.convert(w)
                if p != tw.convert(w):
                    return start, start + size, p
    return None


@register("h10_script_cross_strait_glosses", "script", **H10,
          description="Taiwan's word for a mainland term glossed in brackets after it (软件（台：軟體）, 信息(資訊))")
def _script_glosses(d: Damager) -> None:
    """``软件（台湾称“軟體”）``: a cross-strait edition for readers in Taiwan (trade associations,
    Taiwan-invested firms' compliance notes) glosses mainland terms with the Taiwan word in
    Traditional characters, in brackets after the term; about one term in two, one gloss
    style a page."""
    r = d.rng
    shape = r.choice(("（台：{w}）", "({w})", "（臺灣稱「{w}」）", "〔台译：{w}〕"))
    tw, twp = scr.cc("s2tw"), scr.cc("s2twp")
    text = d.text
    for line in body_lines(d, ("label", "para")):
        start = _body_start(d, line)
        orig = text[start : line.end]
        a_tw, a_twp = tw.convert(orig), twp.convert(orig)
        if a_tw == a_twp or len(a_tw) != len(orig):
            continue
        last = -1
        for op, i1, i2, _, _ in difflib.SequenceMatcher(None, a_tw, a_twp, autojunk=False).get_opcodes():
            if op == "equal" or i1 <= last or r.random() >= 0.5:
                continue
            found = _cross_strait_word(orig, i1, max(i2, i1 + 1))
            if found is None:
                continue
            s, e, word = found
            last = e
            new = shape.format(w=word)
            d.insert(start + e, new, tokens=[new])


# --------------------------------------------------------------------------- encoding


def _utf8_as_utf16(seg: str) -> str | None:
    data = seg.encode("utf-8")
    if len(data) % 2:
        return None
    try:
        out = data.decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Cn", "Zl", "Zp", "Zs") for c in out):
        return None
    return out if out.encode("utf-16-le").decode("utf-8") == seg else None


@register("h10_enc_utf8_as_utf16", "encoding", **H10,
          description="a stretch of a line of UTF-8 read as UTF-16LE (byte pairs become Hangul, Han and private-use characters)")
def _enc_utf16(d: Damager) -> None:
    """``륧䷤掼...``: a program that guesses "UTF-16" for a short file without a byte-order mark (the
    old Windows text-detection heuristic) reads each pair of UTF-8 bytes as one character;
    the text was pasted on as it was displayed.  The longest convertible part of one to
    three lines (an even number of bytes)."""
    enc.mangle_spans(d, _utf8_as_utf16, n=(1, 3), min_chars=6)


@register("h10_enc_ansi_colours", "encoding", **H10,
          description="terminal colour codes around labels and headings (\\x1b[1;32m第一条\\x1b[0m), or their remains without the escape ([1m第一条[0m)")
def _enc_ansi(d: Damager) -> None:
    """``\\x1b[1m第一条\\x1b[0m``: a command-line law viewer prints labels and headings in bold or
    colour with ANSI SGR codes; its output redirected to a file keeps them, and a later pass
    that deleted control characters leaves ``[1m…[0m`` behind (one of the two a page)."""
    r = d.rng
    esc = "\x1b" if r.random() < 0.5 else ""
    bold = r.choice(("[1m", "[1;32m", "[01;34m", "[1;33m"))
    reset = r.choice(("[0m", "[m"))
    text = d.text
    for li in body_lines(d, ("label", "heading", "title")):
        if li.kind == "label":
            m = _LABEL.match(text, li.start, li.end)
            if not m:
                continue
            a, b = m.start(), m.end()
        else:
            a, b = li.start, li.end
        g = d.new_group()
        d.insert(a, esc + bold, tokens=[bold], group=g, kind="markup")
        d.insert(b, esc + reset, tokens=[], group=g, kind="markup")


# --------------------------------------------------------------------------- layout

_DECOYS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"


@register("h10_layout_decoy_glyphs", "layout", fmt="html", **H10,
          description="anti-copy decoy characters in spans hidden by a stylesheet class (规<span class=\"k3\">的</span>定)")
def _layout_decoys(d: Damager) -> None:
    """``规<span class="k3">的</span>定``: anti-scraping themes scatter random common characters
    through the text in elements that a class in the page's stylesheet hides
    (``.k3{display:none}``): readers see the text, copy and crawl get the decoys.  About one
    gap in twelve between two characters, one class a page (sometimes a second class that is
    shown, to mislead)."""
    r = d.rng
    hidden = "".join(r.choice("abcdefghkmnpqrstuvwxyz") for _ in range(r.randint(1, 3))) + str(r.randint(1, 99))
    shown = hidden[::-1] + "x"
    tag = r.choice(("span", "font", "i", "em"))
    head = d.text.find("</head>")
    if head < 0:
        return
    d.insert(head, f"<style>.{hidden}{{display:none}} .{shown}{{color:inherit}}</style>\n", tokens=[], kind="markup")
    for pos in _han_gaps(d, body_lines(d, ("label", "para"))):
        if r.random() < 1 / 12:
            d.insert(pos, f'<{tag} class="{hidden}">{r.choice(_DECOYS)}</{tag}>', tokens=[])


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


@register("h10_layout_spa_state", "layout", fmt="html", **H10,
          description="a client-rendered page: the visible body is a loading skeleton, the text is in the script's initial-state JSON")
def _layout_spa(d: Damager) -> None:
    """``<div id="app">加载中…</div><script>window.__INITIAL_STATE__={"detail":{"content":"<p>第一条…"}}``:
    portals rebuilt as single-page applications send an empty shell and the document inside
    a script's initial state (JSON, markup escaped as ``\\u003C`` or ``<\\/``); a crawler
    that does not run scripts saves the shell, and the text is only in the JSON."""
    r = d.rng
    a, b = _body_span(d)
    inner = d.text[a:b]
    var = r.choice(("window.__INITIAL_STATE__", "window.__NUXT__", "var pageData", "self.__next_f_state"))
    title = d.base.law.title
    payload = {"code": 200, "detail": {"id": r.randint(10000, 999999), "title": title, "content": inner,
                                        "publishTime": f"{r.randint(2015, 2024)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}"}}
    js = json.dumps(payload, ensure_ascii=r.random() < 0.4)
    js = js.replace("</", "<\\/") if r.random() < 0.5 else js.replace("<", "\\u003C").replace(">", "\\u003E")
    shell = (f'<div id="app"><div class="skeleton">{r.choice(("加载中…", "页面加载中，请稍候", "Loading..."))}</div></div>\n'
             f"<script>{var}={js};</script>\n")
    d.edit(a, b, shell, kind="transform", tokens=[])


@register("h10_layout_textarea", "layout", fmt="html", **H10,
          description="the text inside a read-only <textarea> of a form page (the portal's 'copy the full text' box)")
def _layout_textarea(d: Damager) -> None:
    """``<textarea readonly>第一条　为了…</textarea>``: some portals show the full text in a read-only
    text box under a "copy the full text" button (one blank line between paragraphs, only
    ``&`` and ``<`` escaped), with the form's own labels around it."""
    r = d.rng
    a, b = _body_span(d)
    text = d.text
    paras = [d.base.unescape(text[li.start : li.end]) for li in d.base.lines if li.outer_start >= a]
    body = "\n\n".join(p.replace("&", "&amp;").replace("<", "&lt;") for p in paras)
    box = (f'<div class="copybox"><button type="button">{r.choice(("复制全文", "一键复制", "复制"))}</button>\n'
           f'<form><textarea readonly rows="{r.randint(20, 60)}" cols="{r.choice((80, 100, 120))}" id="fulltext">\n{body}\n</textarea></form></div>\n')
    d.edit(a, b, box, kind="transform", tokens=[])


@register("h10_layout_git_diff", "layout", **H10,
          description="the law as a new file in a version-control diff (diff --git, +++ b/…, @@ -0,0 +1,N @@, every line prefixed with +)")
def _layout_diff(d: Damager) -> None:
    """``+第一条　为了…``: repositories that track laws in git (one file per law) are mirrored by
    tools that save a commit's patch: a header (sometimes the commit's author, date and
    message above it), one hunk, and every line of the new file prefixed with ``+``."""
    r = d.rng
    text = d.text
    starts = _all_line_starts(text)
    name = r.choice(("laws", "法规", "data/地方性法规", "docs")) + "/" + d.base.law.title + ".md"
    head = ""
    if r.random() < 0.5:
        sha = "".join(r.choice("0123456789abcdef") for _ in range(40))
        head = (f"commit {sha}\nAuthor: {r.choice(('lawbot', 'mirror-sync', 'zhang.wei'))} <{r.choice(('bot', 'noreply', 'dev'))}@example.org>\n"
                f"Date:   {r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} Mar {r.randint(1, 28)} 10:{r.randint(10, 59)}:00 {r.randint(2019, 2024)} +0800\n\n"
                f"    {r.choice(('新增', 'add', '更新'))}：{d.base.law.title}\n\n")
    head += (f"diff --git a/{name} b/{name}\nnew file mode 100644\nindex 0000000..{''.join(r.choice('0123456789abcdef') for _ in range(7))}\n"
             f"--- /dev/null\n+++ b/{name}\n@@ -0,0 +1,{len(starts)} @@\n")
    g = d.new_group()
    d.insert(0, head + "+", tokens=[], group=g, kind="markup")
    for s in starts[1:]:
        d.insert(s, "+", tokens=[], group=g, kind="markup")


@register("h10_layout_backslash_breaks", "layout", **H10,
          description="paragraphs broken into short lines by manual line breaks that a converter wrote as a backslash at the line end")
def _layout_backslash(d: Damager) -> None:
    """``第一条　为了规范…\\⏎管理，制定本条例。``: a Word file typed with a manual line break
    (Shift+Enter) at the end of every printed line, converted to Markdown by pandoc, which
    writes each manual break as a backslash before the line end; one width a page."""
    width = d.rng.randint(18, 32)
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for cut in wrap_points(text[line.start : line.end], width):
            d.insert(line.start + cut, "\\\n", kind="transform", tokens=[])


# --------------------------------------------------------------------------- mixed


@register("h10_mixed_llm_answer", "mixed", **H10,
          description="a chatbot's answer quoting the law: a polite opening, bold article labels, a closing offer and a disclaimer")
def _mixed_llm(d: Damager) -> None:
    """``好的，以下是《…》的全文：`` … ``**第一条**`` … ``如需对某一条款进行解读，请随时告诉我。``: users
    ask a chat assistant for a law and paste its answer into shared documents and sites; the
    answer opens with a sentence addressed to the user, often sets labels in Markdown bold,
    and ends with an offer of help and a reminder to check the official text."""
    r = d.rng
    title = d.base.law.title
    opening = r.choice((f"好的，以下是《{title}》的全文：", f"当然可以！下面是《{title}》的完整内容。",
                        f"根据您的要求，我整理了《{title}》的全文，如下："))
    closing = r.choice((["如需对某一条款进行解读，请随时告诉我。"],
                        ["希望以上内容对您有所帮助！如果您还有其他问题，欢迎继续提问。"],
                        ["---", "⚠️ 温馨提示：法规可能已经修订，请以官方发布的最新版本为准。"],
                        ["以上就是该法规的全部内容。需要我帮您总结要点吗？"]))
    _lines_at(d, top_of_body(d), [opening] + (["---"] if r.random() < 0.4 else []))
    if r.random() < 0.6:
        for li in body_lines(d, ("label",)):
            m = _LABEL.match(d.text, li.start, li.end)
            if m:
                g = d.new_group()
                d.insert(m.start(), "**", tokens=[], group=g, kind="markup")
                d.insert(m.end(), "**", tokens=[], group=g, kind="markup")
    _lines_at(d, end_of_body(d), closing)


@register("h10_mixed_ocr_markdown", "mixed", **H10,
          description="a scan read by a document-OCR model into Markdown: image links, numbers as inline math ($2019$ 年), a page-split comment")
def _mixed_ocr_md(d: Damager) -> None:
    """``![](images/8f3a….jpg)``, ``$2019$ 年``, ``$30 \\%$``: gazette scans converted by the newer
    OCR-to-Markdown models (layout model + formula recogniser) come out with the emblem and
    seals as image links, runs of digits and percentages typeset as inline LaTeX math, and
    sometimes a comment where a page ended."""
    r = d.rng
    text = d.text
    img = "".join(r.choice("0123456789abcdef") for _ in range(24))
    _lines_at(d, top_of_body(d), [f"![](images/{img}.jpg)"])
    pad = r.choice(("", " "))
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for m in regex.finditer(r"\d+(?:\.\d+)?%?", text[line.start : line.end]):
            a, b = line.start + m.start(), line.start + m.end()
            if r.random() < 0.85:
                g = d.new_group()
                d.insert(a, "$" if pad == "" else " $", tokens=[], group=g, kind="markup")
                if m.group().endswith("%"):
                    d.edit(b - 1, b, "\\%$" + pad, kind="transform", tokens=[], group=g)
                else:
                    d.insert(b, "$" + pad, tokens=[], group=g, kind="markup")
    lines = body_lines(d, ("label", "para"))
    for li in r.sample(lines[2:], min(len(lines[2:]), r.randint(1, 3))):
        pos, new = paragraph_insert(d, li.outer_start, r.choice(("<!-- page break -->", f"<!-- Page {r.randint(2, 9)} -->")))
        d.insert(pos, new, tokens=[])


def _json_line(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


@register("h10_mixed_notebook_output", "mixed", **H10,
          description="a Jupyter notebook (.ipynb JSON) whose code cell printed the law: every line a JSON string in the output's text list")
def _mixed_ipynb(d: Damager) -> None:
    """``"text": ["第一条　为了…\\n", "\\n", …]``: data-science notebooks that scrape a law and print it
    are published as ``.ipynb`` files; the law is the stdout of a code cell, each printed
    line a JSON string ending in ``\\n`` inside the output's ``text`` list."""
    r = d.rng
    text = d.text
    url = f"http://www.{r.choice(('gov', 'flk.npc', 'law'))}.cn/{r.randint(1000, 99999)}.html"
    code = ["import requests\\n", "from bs4 import BeautifulSoup\\n", f'html = requests.get(\\"{url}\\").text\\n',
            'print(BeautifulSoup(html, \\"html.parser\\").get_text())']
    head = ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ' + str(r.randint(1, 40)) + ',\n'
            '   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n')
    tail = ('     ]\n    }\n   ],\n   "source": [\n' + ",\n".join(f'    "{c}"' for c in code) + '\n   ]\n  }\n ],\n'
            ' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},\n'
            ' "nbformat": 4,\n "nbformat_minor": 5\n}\n')
    starts = _all_line_starts(text)
    g = d.new_group()
    d.insert(0, head, tokens=[], group=g, kind="markup")
    for k, s in enumerate(starts):
        end = text.find("\n", s)
        end = len(text) if end < 0 else end
        d.insert(s, '      "', tokens=[], group=g, kind="markup")
        for m in regex.finditer(r'["\\]', text[s:end]):
            d.edit(s + m.start(), s + m.end(), _json_line(m.group()), kind="transform", tokens=[], group=g)
        if end < len(text):
            last = k == len(starts) - 1
            d.edit(end, end + 1, '\\n"' + ("" if last else ",") + "\n", kind="transform", tokens=[], group=g)
    d.insert(len(text), tail, tokens=[], group=g, kind="markup")


@register("h10_mixed_terminal_session", "mixed", **H10,
          description="a recorded terminal session that paged the law: Script started/done lines, the shell prompt, --More--(N%) prompts")
def _mixed_terminal(d: Damager) -> None:
    """``Script started on 2023-04-02 09:12:44+08:00`` … ``--More--(37%)`` … ``Script done on …``: a
    law fetched and paged in a terminal and recorded with ``script(1)``; the typescript keeps
    the recorder's header and footer, the prompt and command, and the pager's prompt wherever
    a screen ended (every 18 to 30 lines)."""
    r = d.rng
    y, mo, dd = r.randint(2018, 2024), r.randint(1, 12), r.randint(1, 28)
    host = r.choice(("user@ubuntu", "root@law-mirror", "dev@bj-node2"))
    cmd = r.choice(("lynx -dump http://www.example.gov.cn/flfg/{n}.html | more", "curl -s http://www.example.gov.cn/{n}.txt | more",
                    "more law_{n}.txt")).format(n=r.randint(100, 9999))
    top = [f'Script started on {y}-{mo:02d}-{dd:02d} {r.randint(8, 20):02d}:{r.randint(10, 59):02d}:{r.randint(10, 59):02d}+08:00 [TERM="xterm-256color" TTY="/dev/pts/{r.randint(0, 5)}" COLUMNS="{r.choice((80, 120))}" LINES="{r.choice((24, 40))}"]',
           f"{host}:~$ {cmd}"]
    _lines_at(d, top_of_body(d), top)
    lines = d.base.lines
    step = r.randint(9, 15)  # txt base lines are separated by blank lines: about 18-30 screen lines
    for i in range(step, len(lines), step):
        pos, new = paragraph_insert(d, lines[i].outer_start, f"--More--({min(99, 100 * i // len(lines))}%)")
        d.insert(pos, new, tokens=[])
    _lines_at(d, end_of_body(d), [f"{host}:~$ exit", "exit", f'Script done on {y}-{mo:02d}-{dd:02d} {r.randint(20, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}+08:00 [COMMAND_EXIT_CODE="0"]'])
