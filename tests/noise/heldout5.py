"""HELD-OUT NOISE VARIANTS, SET 5 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A fifth sealed set of the wide noise benchmark (issue 15), written by the lead
of session 22 while that session's rooms worked and before any of their
changes was merged: set 4's weak families were named in that session's briefs,
so set 4 became a development set and this set is the blind measure.  Its
variants are new members of the families of ``tests/noise/wide``: in neither
the seen generator nor the first four sealed sets, and none of them named in a
brief of any session.  Each docstring names the real mechanism the damage
copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 5 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 5`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import quopri

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.families import spam as sp
from tests.noise.wide.registry import (
    body_lines, end_of_body, register, top_of_body,
)
from tests.noise.wide.registry import between_articles as _between_articles, body_start as _body_start, lines_at as _lines_at

H5 = dict(heldout=True, heldout_set=5)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby

_SUPERSCRIPT = str.maketrans("012345", "⁰¹²³⁴⁵")


@register("h5_ruby_superscript_tones", "ruby", **H5,
          description="a reading after a character with its tone as a superscript digit (zheng⁴)")
def _ruby_superscript(d: Damager) -> None:
    """``政(zheng⁴)府(fu³)``: dictionaries and learner glossaries print the tone number raised
    (Wade-Giles' habit carried into pinyin glossaries); a copy keeps the raised digits as the
    Unicode superscripts.  About one character in six, one bracket style per page."""
    text = d.text
    left, right = d.rng.choice((("(", ")"), ("（", "）"), ("[", "]")))
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            readings = rb._readings(run.group(), Style.TONE3)
            if readings is None:
                continue
            for k, r in enumerate(readings):
                if d.rng.random() < 0.16:
                    raised = r.translate(_SUPERSCRIPT)
                    d.insert(run.start() + k + 1, f"{left}{raised}{right}", tokens=[raised])


@register("h5_ruby_rtc_container", "ruby", fmt="html", **H5,
          description="HTML ruby with <rb> bases and the readings in an <rtc> container")
def _ruby_rtc(d: Damager) -> None:
    """``<ruby><rb>行</rb><rb>政</rb><rtc><rt>xíng</rt><rt>zhèng</rt></rtc></ruby>``: the complex
    ruby markup (HTML Ruby Extensions, written by EPUB and e-book tools) that keeps the bases in
    ``rb`` and the readings of a whole word in one ``rtc``; a text extractor that knows ``rt`` only
    inside ``ruby`` keeps the readings after the word.  One two-character word in about nine."""
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            readings = rb._readings(run.group(), Style.TONE)
            if readings is None:
                continue
            i = 0
            while i + 2 <= len(run.group()):
                if d.rng.random() < 0.11:
                    word, rs = run.group()[i : i + 2], readings[i : i + 2]
                    new = ("<ruby>" + "".join(f"<rb>{c}</rb>" for c in word) + "<rtc>"
                           + "".join(f"<rt>{r}</rt>" for r in rs) + "</rtc></ruby>")
                    s = run.start() + i
                    d.edit(s, s + 2, new, kind="markup", tokens=list(rs))
                i += 2


# --------------------------------------------------------------------------- spam

IDN_NAMES = ("恒泰娱乐", "金沙城", "新锦江", "永利汇", "大发快三", "博狗")
IDN_TLDS = (".网址", ".中国", ".公司", ".网络", ".在线")


@register("h5_spam_idn_domain", "spam", **H5,
          description="a gambling site's internationalised domain (恒泰娱乐.网址) inserted into sentences")
def _spam_idn(d: Damager) -> None:
    """``恒泰娱乐.网址``, ``www.金沙城.中国``: gambling sites register domains under Chinese
    top-level domains (.网址 .中国 .公司) whose whole name is Han characters, so the address reads
    like words; injectors put the bare address into the text.  Names invented."""
    def make(r):
        name, tld = r.choice(IDN_NAMES), r.choice(IDN_TLDS)
        s = r.choice(("", "www.", "http://")) + name + tld
        return s, [s, name + tld]

    sp.insert_inline(d, make, n=(2, 4))


HASHTAG_NAMES = ("鑫利来棋牌", "鸿福娱乐官网", "澳门威尼斯人", "大赢家体育", "皇家88真人")


@register("h5_spam_hashtags", "spam", **H5,
          description="a brand as a social-network topic (#鸿福娱乐官网#) or mention inserted into sentences")
def _spam_hashtags(d: Damager) -> None:
    """``#鸿福娱乐官网#``, ``@鑫利来棋牌``: spam copied from Weibo and similar networks keeps the
    topic marks around the brand (``#…#``) or the mention sign; it lands inside a law's sentence.
    Names invented."""
    def make(r):
        name = r.choice(HASHTAG_NAMES)
        s = r.choice((f"#{name}#", f"＃{name}＃", f"@{name}", f"#{name}# @{name}"))
        return s, [s, name]

    sp.insert_inline(d, make, n=(2, 4))


OVERLAY_NAMES = ("富贵娱乐", "乐天堂", "宝马会", "新葡京", "天天彩票")
OVERLAYS = ("\u0336", "\u0335", "\u0337", "\u0338", "\u0489")


@register("h5_spam_combining_overlay", "spam", **H5,
          description="a brand with a combining overlay after each character (富̶贵̶娱̶乐̶) inserted into sentences")
def _spam_overlay(d: Damager) -> None:
    """``富̶贵̶娱̶乐̶``: spam that dodges keyword filters by putting a combining stroke or slash
    (U+0335-U+0338, U+0489) after every character of the brand, so no filter word matches while a
    reader still reads the name.  Names invented."""
    def make(r):
        name, mark = r.choice(OVERLAY_NAMES), r.choice(OVERLAYS)
        s = "".join(c + mark for c in name)
        return s, [s, name]

    sp.insert_inline(d, make, n=(2, 4))


# --------------------------------------------------------------------------- furniture


@register("h5_furn_cookie_banner", "furniture", **H5, description="a cookie-consent banner's lines at the page's top or end")
def _furn_cookie(d: Damager) -> None:
    """``本网站使用Cookie以提升您的浏览体验…``, ``接受　拒绝``, ``隐私政策``: the cookie-consent
    banner that sites (and government portals' English mirrors) show until it is clicked away; a
    saved page keeps its text at the top or the bottom."""
    r = d.rng
    lines = [r.choice(("本网站使用Cookie以提升您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
                       "我们使用cookies来改善您的访问体验，点击“接受”即表示您同意。",
                       "为了给您提供更好的服务，本站会使用Cookie。")),
             r.choice(("接受　拒绝", "我知道了", "同意并继续　管理设置", "接受全部 | 仅必要")),]
    if r.random() < 0.5:
        lines.append(r.choice(("隐私政策", "了解更多")))
    _lines_at(d, r.choice((top_of_body(d), end_of_body(d))), lines)


@register("h5_furn_back_to_top", "furniture", **H5, description="back-to-top links between the parts of a long law")
def _furn_back_to_top(d: Damager) -> None:
    """``返回顶部``, ``↑回到顶部``, ``[返回目录]``: long laws on portal pages carry a jump link at
    the end of each chapter (or every few articles); a text copy keeps them as lines of their own."""
    r = d.rng
    label = r.choice(("返回顶部", "↑回到顶部", "[返回目录]", "▲ 返回顶部", "TOP"))
    heads = [li.outer_start for li in d.base.lines if li.kind == "heading"]
    spots = heads[1:] if len(heads) >= 3 else _between_articles(d)[2::3]
    for where in spots[:8]:
        _lines_at(d, where, [label])
    _lines_at(d, end_of_body(d), [label])


@register("h5_furn_print_margins", "furniture", **H5,
          description="a browser's print header and footer (date, title, address, n/m) at the printed page breaks")
def _furn_print_margins(d: Damager) -> None:
    """``2023/5/12 下午3:24　XX条例_中国政府网`` above and ``https://www.gov.cn/…/content_5.htm　2/5``
    below each printed page: a page printed from the browser to PDF and copied back to text keeps the
    browser's page margins (date and title at the top, address and page count at the bottom)."""
    r = d.rng
    title = d.base.law.title
    stamp = f"{r.randint(2019, 2024)}/{r.randint(1, 12)}/{r.randint(1, 28)} {r.choice(('上午', '下午'))}{r.randint(1, 11)}:{r.randint(0, 59):02d}"
    site = r.choice(("中国政府网", "北京市人民政府", "国家法律法规数据库"))
    url = f"https://www.{r.choice(('gov.cn', 'beijing.gov.cn', 'flk.npc.gov.cn'))}/zhengce/content/{r.randint(2019, 2024)}-{r.randint(1, 12):02d}/{r.randint(10, 28)}/content_{r.randint(5000000, 5999999)}.htm"
    spots = _between_articles(d)
    breaks = sorted(r.sample(spots, min(len(spots), r.randint(2, 4))))
    total = len(breaks) + 1
    head = f"{stamp}　{title}_{site}"
    _lines_at(d, top_of_body(d), [head])
    for k, where in enumerate(breaks, 1):
        _lines_at(d, where, [f"{url}　{k}/{total}", head])
    _lines_at(d, end_of_body(d), [f"{url}　{total}/{total}"])


# --------------------------------------------------------------------------- script


@register("h5_script_trad_chapter_blocks", "script", **H5,
          description="some whole chapters (heading and articles) Traditional, the others Simplified")
def _script_chapters(d: Damager) -> None:
    """A page assembled from per-chapter pages of two mirrors: the chapters taken from a Hong Kong
    or Taiwan copy (OpenCC s2hk/s2t) are Traditional from their heading to their last article, the
    others Simplified.  Without chapters, runs of a few articles."""
    config = d.rng.choice(("s2hk", "s2t"))
    lines = [li for li in d.base.lines if li.kind in ("heading", "label", "para")]
    blocks: list[list] = []
    for li in lines:
        starts = li.kind == "heading" or (not any(x.kind == "heading" for x in lines) and li.kind == "label"
                                          and (not blocks or len([x for x in blocks[-1] if x.kind == "label"]) >= 3))
        if starts or not blocks:
            blocks.append([])
        blocks[-1].append(li)
    parity = d.rng.randint(0, 1)
    picked = [b for k, b in enumerate(blocks) if k % 2 == parity] or blocks[-1:]
    for block in picked:
        for li in block:
            scr.convert_span(d, li.start, li.end, config)


# --------------------------------------------------------------------------- encoding


def _quoted_printable(seg: str) -> str | None:
    """``seg``'s UTF-8 as a quoted-printable body (``=E7=AC=AC``), soft breaks ``=`` at 76 columns."""
    if not _HAN.search(seg) or "=" in seg:
        return None
    return quopri.encodestring(seg.encode("utf-8")).decode("ascii")


@register("h5_enc_quoted_printable", "encoding", **H5, description="lines left as a quoted-printable mail body (=E7=AC=AC)")
def _enc_qp(d: Damager) -> None:
    """``=E7=AC=AC=E4=BA=94=E6=9D=A1=E3=80=80…=`` with soft line breaks: a law sent by mail and saved
    from the raw message (``.eml``) whose body was quoted-printable, for one to three paragraphs."""
    enc.mangle_lines(d, _quoted_printable, n=(1, 3))


def _utf8_as_cp1253(seg: str) -> str | None:
    try:
        return seg.encode("utf-8").decode("cp1253")
    except UnicodeDecodeError:
        return None


@register("h5_enc_utf8_as_cp1253", "encoding", **H5,
          description="the longest part of a line of UTF-8 read as Windows-1253 (Greek)")
def _enc_cp1253(d: Damager) -> None:
    """``δΈ­ζ–‡``-like mojibake with Greek letters: UTF-8 read by a Greek locale's reader
    (Windows-1253), the longest part of a line a strict decoder reads without loss."""
    enc.mangle_spans(d, _utf8_as_cp1253, n=(1, 3), min_chars=6)


# --------------------------------------------------------------------------- width

_DIGITS = regex.compile(r"[0-9]+")


@register("h5_width_math_digits", "width", **H5,
          description="the digits of some lines in mathematical bold or sans-serif forms (𝟐𝟎𝟐𝟐)")
def _width_math(d: Damager) -> None:
    """``𝟐𝟎𝟐𝟐年𝟏月𝟏日``: text styled in a social-media editor or a formula tool, whose "bold" digits
    are the Mathematical Alphanumeric Symbols (U+1D7CE…), copied back as characters; the digits of
    about half the lines that have any."""
    text = d.text
    base = d.rng.choice((0x1D7CE, 0x1D7E2, 0x1D7EC))
    for line in body_lines(d, ("label", "para")):
        if d.rng.random() < 0.5:
            continue
        for m in _DIGITS.finditer(text, line.start, line.end):
            new = "".join(chr(base + int(c)) for c in m.group())
            d.edit(m.start(), m.end(), new, kind="transform", tokens=[])


_MARK = regex.compile(r"(?<=\p{Han})[，。、；：](?=\p{Han}|\n|$)")


@register("h5_width_doubled_marks", "width", **H5, description="a full-width mark typed twice (，， 。。 、、)")
def _width_doubled(d: Damager) -> None:
    """``旅游者，，应当``: a key pressed twice in the IME (or a stuck key) writes the mark twice;
    a writer's text has it at a few places, about one mark in fifteen."""
    text = d.text
    marks = [m for line in body_lines(d, ("label", "para")) for m in _MARK.finditer(text, line.start, line.end)]
    for m in d.rng.sample(marks, min(len(marks), max(1, len(marks) // 15))):
        d.insert(m.end(), m.group(), tokens=[])


# --------------------------------------------------------------------------- layout


@register("h5_layout_mail_quote", "layout", **H5, description="every line quoted with > (a mail reply or a forum quote)")
def _layout_quote(d: Damager) -> None:
    """``> 第一条 …``: a law quoted in a mail reply or a Markdown quote block, every line of it
    (blank ones as ``>``) opened by the quote mark, once or twice nested (``>> ``)."""
    text = d.text
    mark = d.rng.choice(("> ", ">> ", "> > "))
    starts = [0] + [m.end() for m in regex.finditer(r"\n", text) if m.end() < len(text)]
    for pos in starts:
        blank = pos < len(text) and text[pos] == "\n"
        d.insert(pos, mark.rstrip() if blank else mark, tokens=[])


@register("h5_layout_doubled_cr", "layout", **H5, description="every line break written as CR CR LF")
def _layout_crcrlf(d: Damager) -> None:
    """``\\r\\r\\n``: a Windows text (CR LF) written again through a text-mode writer that turns each
    LF into CR LF, so every line ends in two carriage returns and a line feed."""
    for m in regex.finditer(r"\n", d.text):
        d.edit(m.start(), m.end(), "\r\r\n", kind="transform", tokens=[])


@register("h5_layout_trailing_padding", "layout", **H5,
          description="every line padded at its end with blanks to a fixed column (a fixed-width export)")
def _layout_padding(d: Damager) -> None:
    """A fixed-width export (a mainframe report, a database's CHAR column, a terminal capture) pads
    each line with blanks up to the column width: ASCII spaces or ideographic spaces after the
    text, a long line's padding to the next multiple of the width."""
    text = d.text
    width = d.rng.choice((40, 60, 80))
    pad = d.rng.choice((" ", "\u3000"))
    for m in regex.finditer(r"[^\n]*\n", text):
        line = m.group()[:-1]
        cols = sum(2 if ord(c) > 0x2E80 else 1 for c in line)
        need = (width - cols % width) % width or width
        n = need if pad == " " else max(1, need // 2)
        d.insert(m.end() - 1, pad * n, tokens=[])


# --------------------------------------------------------------------------- mixed


@register("h5_mixed_wikisource", "mixed", **H5,
          description="a Wikisource copy: site header, [编辑] after headings, the public-domain notice and categories at the end")
def _mixed_wikisource(d: Damager) -> None:
    """A law copied from Wikisource (维基文库): ``维基文库，自由的图书馆`` and ``跳转到导航 跳转到搜索``
    above it, ``[编辑]`` after each heading, the notice that Chinese laws are exempt from copyright
    (著作权法第五条) and ``分类：…`` at the end, and ASCII brackets where the wiki source typed them."""
    r = d.rng
    text = d.text
    _lines_at(d, top_of_body(d), ["维基文库，自由的图书馆", "跳转到导航 跳转到搜索"])
    for li in d.base.lines:
        if li.kind == "heading":
            d.insert(li.end, d.base.escape(r.choice(("[编辑]", "［编辑］"))), tokens=["编辑"])
    _lines_at(d, end_of_body(d), [
        "本作品来自中华人民共和国的法律、法规、国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，"
        "及其官方正式译文。根据《中华人民共和国著作权法》第五条，不适用于该法律，在中华人民共和国境内属于公有领域。",
        f"分类：{r.choice(('中华人民共和国法律', '地方性法规', '行政法规'))}"])
    pairs = [m for m in regex.finditer(r"（([^（）\n]{1,30})）", text)]
    for m in r.sample(pairs, min(len(pairs), 4)):
        d.edit(m.start(), m.start() + 1, "(", kind="transform", tokens=[], family="width")
        d.edit(m.end() - 1, m.end(), ")", kind="transform", tokens=[], family="width")


@register("h5_mixed_gazette_pages", "mixed", **H5,
          description="a gazette PDF's copy: — n — page numbers and the gazette's running head between articles")
def _mixed_gazette(d: Damager) -> None:
    """A law copied from a provincial government gazette's PDF (人民政府公报): at each page break the
    page number set between dashes (``— 12 —``) and the running head of the next page
    (``XX省人民政府公报　2021年第3期``), and the issue's head above the law."""
    r = d.rng
    head = f"{r.choice(('浙江省', '广东省', '四川省', '河北省'))}人民政府公报　{r.randint(2015, 2024)}年第{r.randint(1, 24)}期"
    _lines_at(d, top_of_body(d), [head])
    spots = _between_articles(d)
    first = r.randint(2, 60)
    for k, where in enumerate(sorted(r.sample(spots, min(len(spots), r.randint(2, 5))))):
        _lines_at(d, where, [f"{r.choice(('—', '－', '-'))} {first + k} {r.choice(('—', '－', '-'))}", head])

