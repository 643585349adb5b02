"""HELD-OUT NOISE VARIANTS, SET 11 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

An eleventh sealed set of the wide noise benchmark (issue 15), written by the
lead of session 28 after the session's briefs and before any of the rooms'
changes was merged.  Like set 10, its members were chosen off every axis named
so far: in any brief, in any earlier set (set 10 included, a development set
since this session) and in the cleaners' own modules (the lead grepped
``corpus_tools`` for each candidate mechanism and dropped the ones a module
already names).  Each docstring names the real mechanism the damage copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 11 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 11`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import html
import unicodedata

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.registry import (
    body_lines, end_of_body, last_line_of_articles, lines_at, register, top_of_body, wrap_points,
)
from tests.noise.wide.registry import body_start as _body_start

H11 = dict(heldout=True, heldout_set=11)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "set 10's reason still holds: every mark-width mechanism the lead could find on real pages is a member of "
             "an earlier set or is handled by a module that names it (the half-width ideographic marks included)",
}
_HAN = regex.compile(r"\p{Han}")
_HAN_GAP = regex.compile(r"(?<=\p{Han})(?=\p{Han})")
_LABEL = regex.compile(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?")
_LABEL_SEP = regex.compile(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?[ \u3000]*")


def _random_host(d: Damager) -> str:
    r = d.rng
    return "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(4, 7))) + r.choice((".com", ".cc", ".vip", ".net"))


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


def _page_url(d: Damager) -> str:
    r = d.rng
    return (f"http://www.{r.choice(('gov.cn', 'npc.gov.cn', 'sz.gov.cn', 'hangzhou.gov.cn', 'rd.gd.cn'))}/"
            f"{r.choice(('zwgk', 'flfg', 'xxgk', 'zcfg'))}/{r.randint(2012, 2024)}{r.randint(1, 12):02d}/t{r.randint(100000, 999999)}.html")


# --------------------------------------------------------------------------- ruby


@register("h11_ruby_reading_before", "ruby", **H11,
          description="a reading in brackets BEFORE its character ((ān)鞍), as generators that put <rt> first leave it")
def _ruby_before(d: Damager) -> None:
    """``（mǎ）马（ān）鞍山``: ruby markup written with the annotation first (``<ruby><rt>ān</rt>鞍</ruby>``,
    the order some editors and e-book converters emit, and the order a vertical page's
    annotation column is copied in) comes out of a text extractor with each reading
    before its character.  Two to five words a page, every character of the word."""
    r = d.rng
    left, right = r.choice((("(", ")"), ("（", "）"), ("[", "]")))
    spots = []
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for m in regex.finditer(r"\p{Han}{2,3}", text[_body_start(d, line) : line.end]):
            spots.append(_body_start(d, line) + m.start())
    r.shuffle(spots)
    done = 0
    for pos in spots:
        if done >= r.randint(2, 5):
            break
        size = r.choice((2, 2, 3))
        word = text[pos : pos + size]
        if len(word) < size or not all(_HAN.match(c) for c in word):
            continue
        readings = rb._readings(word, Style.TONE)
        if not readings or not d.free(pos, pos + size):
            continue
        g = d.new_group()
        for k, (ch, py) in enumerate(zip(word, readings)):
            new = f"{left}{py}{right}"
            d.insert(pos + k, new, tokens=[new], group=g)
        done += 1


# --------------------------------------------------------------------------- spam

_BRANDS = ("永利皇宫", "银河娱乐", "金沙城中心", "太阳城集团", "新濠天地", "皇冠体育", "美高梅娱乐", "威尼斯人")


@register("h11_spam_bidi_reversed", "spam", **H11,
          description="a spam brand stored backwards inside bidi override controls (\u202e…\u202c) so it displays the right way")
def _spam_bidi(d: Damager) -> None:
    """``\\u202e官网moc.xxxx 宫皇利永\\u202c``: injectors that want their text past keyword filters store
    it in reverse order and wrap it in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING,
    so a browser displays it forwards while the stored characters read backwards; the
    extracted text keeps the reversed string.  Two to four insertions a page."""
    r = d.rng
    brand = r.choice(_BRANDS)
    shown = r.choice(("{b}", "{b}官网", "{b} {h}", "{b}注册送彩金"))
    s = shown.format(b=brand, h=_random_host(d))
    stored = s[::-1]
    new = "\u202e" + stored + "\u202c" if r.random() < 0.7 else "\u202e" + stored
    spots = [p for line in body_lines(d, ("label", "para"))
             for p in (m.start() for m in _HAN_GAP.finditer(d.text, _body_start(d, line), line.end))]
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 4)]:
        d.insert(pos, new, tokens=[stored, brand[::-1]])


# --------------------------------------------------------------------------- furniture


@register("h11_furn_citation_box", "furniture", **H11,
          description="a 'how to cite this page' box after the text (引用格式 … [EB/OL]. (date) [access date]. URL.)")
def _furn_cite(d: Damager) -> None:
    """``引用格式：某市人民代表大会常务委员会. 某市绿色旅游促进条例[EB/OL]. (2021-09-29)[2024-03-02].
    http://….html.``: law libraries and academic portals print a citation in the national
    reference style (GB/T 7714, ``[EB/OL]`` for an online text) under each document, often
    with export buttons for reference managers."""
    r = d.rng
    title = d.base.law.title
    issuer = r.choice(("全国人民代表大会常务委员会", "国务院", "某市人民代表大会常务委员会", "某省人民政府"))
    y, mo, dd = r.randint(2005, 2023), r.randint(1, 12), r.randint(1, 28)
    cite = f"{issuer}. {title}[EB/OL]. ({y}-{mo:02d}-{dd:02d})[{y + 1}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}]. {_page_url(d)}."
    shape = r.choice((
        ["引用格式：", cite],
        [f"【引用本文】{cite}"],
        ["如何引用本页", cite, r.choice(("导出：EndNote | NoteExpress | RefWorks | BibTeX", "复制引用　导出引用"))],
        ["参考引用", f"GB/T 7714：{cite}", f"APA：{issuer}. ({y}). {title}. 检索自 {_page_url(d)}"],
    ))
    lines_at(d, end_of_body(d), shape)


@register("h11_furn_cache_banner", "furniture", **H11,
          description="a search engine's cached-copy banner above the page (这是 Google 对 … 的缓存 / 百度快照 … 不代表被搜索网站的即时页面)")
def _furn_cache(d: Damager) -> None:
    """``这是 Google 对 http://… 的缓存。 这是该网页在 2019年3月4日 05:12:44 GMT 的快照。``: pages
    recovered from a search engine's cache (the site is gone or blocked) keep the banner
    the engine put above its copy: the address, the date of the snapshot, a disclaimer, the
    searched words and links to the text-only version."""
    r = d.rng
    url = _page_url(d)
    y, mo, dd = r.randint(2012, 2023), r.randint(1, 12), r.randint(1, 28)
    words = r.sample(("条例", "管理", "规定", "办法", "实施", "全文"), 2)
    if r.random() < 0.5:
        lines = [f"这是 Google 对 {url} 的缓存。 这是该网页在 {y}年{mo}月{dd}日 {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} GMT 的快照。 当前页在此期间可能已经更改。 了解详情",
                 "完整版本 纯文字版本 查看源代码",
                 "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。"]
    else:
        lines = [f"百度快照 您查询的关键词是：{' '.join(words)}。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到搜藏。",
                 f"（百度和网页 {url} 的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。）"]
    lines_at(d, top_of_body(d), lines)


_STRUCK = ("<del>{old}</del><ins>{new}</ins>", "<s>{old}</s>{new}", "<strike>{old}</strike><u>{new}</u>",
           '<span style="text-decoration:line-through;color:#999">{old}</span><span style="color:red">{new}</span>')


@register("h11_furn_revision_marks", "furniture", fmt="html", **H11,
          description="an amendment comparison view: a few words of the former text struck through before the current words (<del>…</del><ins>…</ins>)")
def _furn_revisions(d: Damager) -> None:
    """``应当<del>报请</del><ins>报经</ins>批准``: law databases and people's congress sites show an
    amended law in a comparison view: the words the amendment deleted struck through and
    the words it inserted underlined or in colour, inline; a crawl of that view keeps the
    deleted words in the text.  Two to five places a page, one markup style a page."""
    r = d.rng
    shape = r.choice(_STRUCK)
    lines = body_lines(d, ("label", "para"))
    pool = [m.group() for li in lines for m in regex.finditer(r"\p{Han}{2,4}", d.text[_body_start(d, li) : li.end])]
    spots = []
    for li in lines:
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}{2,4}", d.text[start : li.end]):
            spots.append((start + m.start(), start + m.end()))
    r.shuffle(spots)
    done = 0
    for a, b in spots:
        if done >= r.randint(2, 5):
            break
        new = d.text[a:b]
        old = r.choice(pool)
        if old == new or not d.free(a, b):
            continue
        before, after = shape.split("{new}")
        g = d.new_group()
        d.insert(a, before.format(old=old), tokens=[old], group=g)
        if after:
            d.insert(b, after, tokens=[], group=g, kind="markup")
        done += 1


@register("h11_furn_reading_time", "furniture", **H11,
          description="a length and reading-time line under the title (全文约3512字，预计阅读时间9分钟)")
def _furn_reading_time(d: Damager) -> None:
    """``全文约3,512字，预计阅读时间9分钟``: portals and content platforms (2018 on) print the text's
    length and an estimated reading time under its title, sometimes with a view count."""
    r = d.rng
    n = len(_HAN.findall(d.text))
    shown = f"{n:,}" if r.random() < 0.3 else str(n)
    mins = max(1, n // r.choice((300, 400, 500)))
    line = r.choice((f"全文约{shown}字，预计阅读时间{mins}分钟", f"字数：{shown}　阅读时长：约{mins}分钟",
                     f"📖 本文共{shown}字，阅读大约需要{mins}分钟", f"阅读 {r.randint(100, 99999)} · 约{mins}分钟读完"))
    lines = d.base.lines
    lines_at(d, lines[1].outer_start if len(lines) > 1 else top_of_body(d), [line])


_VIEWER_TOP = (
    ["切换侧栏", "查找", "上一页", "下一页", "{p}", "自动缩放", "演示模式", "打开", "打印", "下载", "当前视图", "工具"],
    ["Toggle Sidebar", "Find", "Previous", "Next", "Page 1 of {n}", "Automatic Zoom", "Presentation Mode", "Print", "Download"],
    ["在线预览", "{p}", "放大 缩小 适合宽度", "下载原文件", "全屏"],
)


@register("h11_furn_pdf_viewer_ui", "furniture", **H11,
          description="the controls of an in-browser PDF viewer above the text layer (切换侧栏 / 查找 / 上一页 / 第 1 页，共 N 页 / 自动缩放)")
def _furn_viewer(d: Damager) -> None:
    """``切换侧栏⏎查找⏎上一页⏎下一页⏎1 / 6⏎自动缩放``: sites that publish the signed PDF embed it in a
    browser viewer (pdf.js and its Chinese localisation, or a vendor's "online preview");
    a crawl or a select-all of that page takes the viewer's buttons and page counter with
    the text layer, and the viewer's "loading" line at the end."""
    r = d.rng
    n = r.randint(2, 12)
    items = [s.format(n=n, p=r.choice((f"第 1 页，共 {n} 页", f"1 / {n}", f"1 of {n}"))) for s in r.choice(_VIEWER_TOP)]
    lines_at(d, top_of_body(d), items if r.random() < 0.5 else ["　".join(items)])
    if r.random() < 0.5:
        lines_at(d, end_of_body(d), [r.choice(("正在载入…", "Loading…", "文档加载完成"))])


# --------------------------------------------------------------------------- script


def _compat_twins() -> dict[str, list[str]]:
    twins: dict[str, list[str]] = {}
    for cp in range(0xF900, 0xFB00):
        c = chr(cp)
        n = unicodedata.normalize("NFC", c)
        if n != c and len(n) == 1:
            twins.setdefault(n, []).append(c)
    return twins


_TWINS = _compat_twins()


@register("h11_script_compat_ideographs", "script", **H11,
          description="some characters replaced, every time they occur, by their CJK Compatibility Ideograph twins (U+F900-U+FAFF) from a PDF font's mapping")
def _script_compat(d: Damager) -> None:
    """``本条例自2022年1月1日起施行`` with ``年`` as U+F98E and ``不`` as U+F967: PDF files made with Korean
    or old CJK fonts map some glyphs to the Compatibility Ideographs block, canonical
    duplicates of ordinary characters that look the same; the text layer then holds the
    twin for every occurrence of those characters.  Three to eight characters a page."""
    r = d.rng
    text = d.text
    present = sorted({c for c in text if c in _TWINS})
    if not present:
        return
    chosen = {c: r.choice(_TWINS[c]) for c in r.sample(present, min(len(present), r.randint(3, 8)))}
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for k in range(line.start, line.end):
            twin = chosen.get(text[k])
            if twin:
                d.edit(k, k + 1, twin, kind="transform", tokens=[twin])


# --------------------------------------------------------------------------- encoding


@register("h11_enc_hz_lines", "encoding", **H11,
          description="the page's lines in HZ (RFC 1843), the 7-bit Chinese of e-mail and Usenet (~{5ZR;Lu~} for 第一条)")
def _enc_hz(d: Damager) -> None:
    """``~{5ZR;Lu~} ~{N*AK4YJ94s~}…``: laws posted to Usenet groups and mailing lists in the 1990s and
    2000s were sent in HZ, which writes GB2312 bytes as ASCII between ``~{`` and ``~}``;
    archives and mirrors of those posts keep the ASCII form in a UTF-8 file.  Every line
    that GB2312 can encode (lines with other characters were left as they were)."""
    for line in body_lines(d, ("label", "para", "heading", "title")):
        seg = d.text[line.start : line.end]
        try:
            hz = seg.encode("hz").decode("ascii")
        except UnicodeEncodeError:
            continue
        if hz != seg:
            d.edit(line.start, line.end, hz, kind="transform", tokens=["~{"])


# --------------------------------------------------------------------------- layout


@register("h11_layout_pdf2html_lines", "layout", fmt="html", **H11,
          description="a PDF converted to HTML with one absolutely positioned <div> per printed line (pdf2htmlEX classes t m0 x1 h2 y…)")
def _layout_pdf2html(d: Damager) -> None:
    """``<div class="t m0 x2 h3 y1a ff1 fs0 fc0 sc0 ls0 ws0">第一条　为了…</div>``: portals that show a PDF as
    HTML (pdf2htmlEX and its successors) write every printed line as its own positioned
    element in page containers; a paragraph's lines are separate blocks whose only link is
    the indent class of the first line and the vertical position of the next."""
    r = d.rng
    a, b = _body_span(d)
    width = r.randint(22, 36)
    per_page = r.randint(30, 45)
    out = ['<div id="page-container">\n<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">\n']
    k = page = 0
    for li in d.base.lines:
        if li.outer_start < a:
            continue
        line = d.text[li.start : li.end]
        cuts = [0, *wrap_points(d.base.unescape(line), width), len(d.base.unescape(line))]
        plain = d.base.unescape(line)
        for i in range(len(cuts) - 1):
            piece = html.escape(plain[cuts[i] : cuts[i + 1]], quote=False)
            x = "x3" if li.kind == "heading" else ("x2" if i == 0 else "x1")
            ff = "ff2" if li.kind == "heading" else "ff1"
            k += 1
            out.append(f'<div class="t m0 {x} h2 y{k:x} {ff} fs0 fc0 sc0 ls0 ws0">{piece}</div>\n')
            if k % per_page == 0:
                page += 1
                out.append(f'</div></div>\n<div id="pf{page + 1}" class="pf w0 h0" data-page-no="{page + 1}"><div class="pc pc{page + 1} w0 h0">\n')
    out.append("</div></div>\n</div>\n")
    d.edit(a, b, "".join(out), kind="transform", tokens=[])


@register("h11_layout_vertical_chars", "layout", **H11,
          description="a vertical page's text layer copied one character per line (blank lines between paragraphs kept)")
def _layout_vertical(d: Damager) -> None:
    """``第⏎一⏎条⏎　⏎为⏎了…``: documents set vertically (old gazettes, Taiwan and Hong Kong prints,
    some ceremonial texts) give, when copied from a PDF viewer, each glyph as its own line,
    since every glyph of a vertical column is placed on its own baseline."""
    g = d.new_group()
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for k in range(line.start + 1, line.end):
            d.insert(k, "\n", kind="transform", tokens=[], group=g)


@register("h11_layout_iframe_srcdoc", "layout", fmt="html", **H11,
          description="the text as an escaped document in an <iframe srcdoc=\"…\"> attribute, the page itself holding only the frame")
def _layout_srcdoc(d: Damager) -> None:
    """``<iframe srcdoc="&lt;p&gt;第一条…">``: content systems that sandbox an editor's HTML show it in
    an inline frame whose whole document is the ``srcdoc`` attribute (HTML-escaped, quotes
    as ``&quot;``); a crawler that reads the page's elements sees an empty frame."""
    r = d.rng
    a, b = _body_span(d)
    inner = d.text[a:b]
    doc = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"仿宋";} p{text-indent:2em;}</style>'
           f"</head><body>{inner}</body></html>")
    fallback = r.choice(("", "您的浏览器不支持内嵌框架，请升级浏览器。", ""))
    frame = (f'<iframe class="{r.choice(("content-frame", "article-body", "zw"))}" sandbox="allow-same-origin" '
             f'srcdoc="{html.escape(doc, quote=True)}" width="100%" height="{r.randint(800, 4000)}" frameborder="0">{fallback}</iframe>\n')
    d.edit(a, b, frame, kind="transform", tokens=[])


@register("h11_layout_definition_list", "layout", fmt="html", **H11,
          description="articles as a definition list: the label in <dt>, its text in <dd> (<dl><dt>第一条</dt><dd>为了…</dd></dl>)")
def _layout_dl(d: Damager) -> None:
    """``<dl><dt>第一条</dt><dd>为了…</dd></dl>``: database-driven portals store an article's number and
    its text in two fields and render them as a term and its description, so the label
    and the text are two blocks; the text's other paragraphs follow as further ``<dd>``."""
    text = d.text
    lines = body_lines(d, ("label", "para"))
    for i, li in enumerate(lines):
        if li.article is None:
            continue
        g = d.new_group()
        first = li.kind == "label"
        last = i + 1 >= len(lines) or lines[i + 1].article != li.article or lines[i + 1].kind == "label"
        if first:
            m = _LABEL_SEP.match(text, li.start, li.end)
            if not m:
                continue
            d.edit(li.outer_start, li.start, "<dl><dt>", kind="markup", tokens=[], group=g)
            d.insert(m.end(), "</dt>\n<dd>", kind="markup", tokens=[], group=g)
        else:
            d.edit(li.outer_start, li.start, "<dd>", kind="markup", tokens=[], group=g)
        close = "</dd></dl>\n" if last else "</dd>\n"
        d.edit(li.end, li.outer_end, close, kind="markup", tokens=[], group=g)


@register("h11_layout_overprint_doubles", "layout", **H11,
          description="bold lines of a PDF doubled character by character (第第一一条条, 总总则则): fake bold drawn twice")
def _layout_overprint(d: Damager) -> None:
    """``第第一一章章　　总总则则``: PDF producers without a bold font draw bold text twice, the second
    copy shifted by a fraction of a point (fake bold); text extraction then gives every
    character of a bold line twice.  The title, the headings and, on some pages, the
    article labels."""
    r = d.rng
    labels = r.random() < 0.5
    text = d.text
    for line in body_lines(d, ("title", "heading", "label")):
        if line.kind == "label":
            if not labels:
                continue
            m = _LABEL.match(text, line.start, line.end)
            if not m:
                continue
            a, b = m.start(), m.end()
        else:
            a, b = line.start, line.end
        g = d.new_group()
        for k in range(a, b):
            if not text[k].isspace():
                d.insert(k + 1, text[k], kind="insert", tokens=[], group=g)


# --------------------------------------------------------------------------- mixed


@register("h11_mixed_http_chunked", "mixed", fmt="html", **H11,
          description="a raw HTTP response saved whole: status line, headers, and the body in chunked transfer coding (hex sizes mid-text)")
def _mixed_chunked(d: Damager) -> None:
    """``HTTP/1.1 200 OK⏎…Transfer-Encoding: chunked⏎⏎1f4⏎<!DOCTYPE html>…⏎3e8⏎…``: a crawler that
    wrote the socket's bytes instead of the decoded body keeps the response head and the
    chunked framing: before every chunk its size in hex on a line of its own, wherever the
    server cut the stream (inside sentences, tags and entities), and ``0`` at the end."""
    r = d.rng
    text = d.text
    head = ("HTTP/1.1 200 OK\r\n" f"Server: {r.choice(('nginx', 'Apache', 'openresty', 'BWS/1.1'))}\r\n"
            f"Date: {r.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))}, {r.randint(1, 28):02d} Mar {r.randint(2016, 2024)} 0{r.randint(1, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)} GMT\r\n"
            "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n")
    cuts = [0]
    size = r.choice((256, 512, 1024, 2048))
    nbytes = 0
    for k, ch in enumerate(text):
        nbytes += len(ch.encode("utf-8"))
        if nbytes >= size and k + 1 < len(text):
            cuts.append(k + 1)
            nbytes = 0
            size = r.choice((256, 512, 1024, 2048)) if r.random() < 0.3 else size
    cuts.append(len(text))
    g = d.new_group()
    for i in range(len(cuts) - 1):
        chunk = text[cuts[i] : cuts[i + 1]]
        framing = f"{len(chunk.encode('utf-8')):x}\r\n"
        d.insert(cuts[i], (head if i == 0 else "\r\n") + framing, kind="markup", tokens=[], group=g)
    d.insert(len(text), "\r\n0\r\n\r\n", kind="markup", tokens=[], group=g)


_COMMENT_HEADS = ("【释义】", "【条文释义】", "【理解与适用】", "释义：", "【条文解读】")
_COMMENT_TOPICS = ("立法目的", "适用范围", "管理职责", "部门分工", "禁止性行为", "法律责任", "监督检查", "资金保障", "施行日期")


@register("h11_mixed_commentary_edition", "mixed", **H11,
          description="an annotated edition: a commentary paragraph after many articles (【释义】本条是关于…的规定。…)")
def _mixed_commentary(d: Damager) -> None:
    """``【释义】本条是关于立法目的的规定。…``: annotated editions of a law (释义 books by the drafting
    committee, study editions) follow each article with the editors' explanation; a text
    copied from them keeps the commentary between the articles.  One head style a page,
    a commentary after about half of the articles, one or two paragraphs each."""
    r = d.rng
    head = r.choice(_COMMENT_HEADS)
    own_line = r.random() < 0.4
    text = d.text
    for li in last_line_of_articles(d):
        if r.random() >= 0.5:
            continue
        body = text[_body_start(d, li) : li.end]
        clause = regex.split(r"[，。；：]", body)[0][:16]
        paras = [f"本条是关于{r.choice(_COMMENT_TOPICS)}的规定。"]
        if len(clause) >= 4 and r.random() < 0.7:
            paras[0] += f"本条明确了“{clause}”的要求，理解本条应当结合本法其他规定。"
        if r.random() < 0.4:
            paras.append(r.choice(("实践中应当注意以下几点：一是把握立法本意；二是结合地方实际；三是做好衔接。",
                                   "本条在起草过程中，各方面意见较为一致。")))
        lines = ([head.rstrip("：")] + paras) if own_line else [head + paras[0], *paras[1:]]
        d.insert(li.end, "".join("\n\n" + s for s in lines), tokens=[head.strip("【】：")] + paras)
