"""HELD-OUT NOISE VARIANTS, SET 12 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A twelfth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 29 after the session's briefs and before any of the rooms'
changes was merged.  Its members were chosen off the axes named so far: in the
session's briefs, in every earlier set (set 11 included, a development set since
this session) and in the cleaners' own modules (the lead grepped
``corpus_tools`` for each candidate mechanism and dropped the ones a module
already names).  A few members are new members of a family whose other members
are known, on purpose: they measure whether a mechanism built for its family
reaches a member it was not shown.  Each docstring names the real mechanism the
damage copies.

Every variant is recoverable by construction: the damage adds, wraps, reorders or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 12 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 12`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import binascii
import html
import unicodedata

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import (
    body_lines, end_of_body, last_line_of_articles, lines_at, register, top_of_body, wrap_points,
)
from tests.noise.wide.registry import body_start as _body_start

H12 = dict(heldout=True, heldout_set=12)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "set 10's reason still holds: every mark-width mechanism the lead could find on real pages is a member of "
             "an earlier set or is handled by a module that names it",
    "script": "every script mechanism the lead could find (conversions, variants, compatibility and kana look-alikes, "
              "glosses, Japanese and Korean forms) is a member of an earlier set or is named by a module",
}
_HAN = regex.compile(r"\p{Han}")
_LABEL = regex.compile(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?")


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


def _cols(s: str) -> int:
    """Display columns of ``s`` (wide and full-width characters count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _host(d: Damager) -> str:
    r = d.rng
    return f"www.{r.choice(('gov.cn', 'npc.gov.cn', 'sz.gov.cn', 'hangzhou.gov.cn', 'rd.gd.cn', 'fzb.sh.gov.cn'))}"


def _page_url(d: Damager) -> str:
    r = d.rng
    return (f"http://{_host(d)}/{r.choice(('zwgk', 'flfg', 'xxgk', 'zcfg'))}/"
            f"{r.randint(2012, 2024)}{r.randint(1, 12):02d}/t{r.randint(100000, 999999)}.html")


# --------------------------------------------------------------------------- ruby

#: Cantonese readings (Jyutping) of characters common in laws.
_JYUTPING = dict(
    (c, j) for c, j in (pair.split(":") for pair in (
        "中:zung1 华:waa4 人:jan4 民:man4 共:gung6 和:wo4 国:gwok3 法:faat3 律:leot6 条:tiu4 例:lai6 规:kwai1 定:ding6 "
        "本:bun2 市:si5 省:saang2 政:zing3 府:fu2 管:gun2 理:lei5 部:bou6 门:mun4 工:gung1 作:zok3 行:hang4 为:wai4 "
        "发:faat3 展:zin2 保:bou2 护:wu6 安:on1 全:cyun4 社:se5 会:wui6 经:ging1 济:zai3 文:man4 化:faa3 生:sang1 "
        "产:caan2 企:kei5 业:jip6 单:daan1 位:wai2 机:gei1 关:gwaan1 公:gung1 开:hoi1 依:ji1 照:ziu3 有:jau5 应:jing1 "
        "当:dong1 实:sat6 施:si1 监:gaam1 督:duk1 检:gim2 查:caa4 建:gin3 设:cit3 环:waan4 境:ging2 资:zi1 源:jyun4 "
        "利:lei6 用:jung6 服:fuk6 务:mou6 活:wut6 动:dung6 组:zou2 织:zik1 制:zai3 度:dou6 责:zaak3 任:jam6 权:kyun4 "
        "义:ji6 县:jyun6 区:keoi1 地:dei6 方:fong1 城:sing4 乡:hoeng1 村:cyun1 农:nung4 水:seoi2 土:tou2 信:seon3 "
        "息:sik1 技:gei6 术:seot6 教:gaau3 育:juk6 卫:wai6 健:gin6 康:hong1 交:gaau1 通:tung1 旅:leoi5 游:jau4 "
        "促:cuk1 进:zeon3 标:biu1 准:zeon2 计:gai3 划:waak6 财:coi4 税:seoi3 收:sau1 费:fai3 价:gaa3 格:gaak3 "
        "场:coeng4 登:dang1 记:gei3 申:san1 请:cing2 审:sam2 批:pai1 许:heoi2 可:ho2 证:zing3 书:syu1 合:hap6 "
        "同:tung4 处:cyu5 罚:fat6 款:fun2 年:nin4 月:jyut6 日:jat6 起:hei2 规划:kwai1 主:zyu2 体:tai2 事:si6 "
        "项:hong6 目:muk6 章:zoeng1 程:cing4 序:zeoi6 医:ji1 疗:liu4 药:joek6 品:ban2 食:sik6 纳:naap6 统:tung2 "
        "筹:cau4 协:hip3 调:tiu4 领:ling5 导:dou6 绿:luk6 色:sik1 秩:dit6 障:zoeng3 者:ze2 益:jik1").split()
    )
)


@register("h12_ruby_jyutping", "ruby", **H12,
          description="Cantonese readings in Jyutping after each character of a few words (国(gwok3)家), as Hong Kong learning pages print them")
def _ruby_jyutping(d: Damager) -> None:
    """``保(bou2)护(wu6)环(waan4)境(ging2)``: Hong Kong pages for learners and some bilingual legal
    glossaries annotate words with their Cantonese reading in Jyutping (letters and a tone
    digit 1-6) instead of Mandarin pinyin; a text extractor keeps the readings after their
    characters.  Two to five words a page, every character of the word."""
    r = d.rng
    left, right = r.choice((("(", ")"), ("（", "）"), ("[", "]"), ("〔", "〕")))
    spots = []
    text = d.text
    for line in body_lines(d, ("label", "para")):
        start = _body_start(d, line)
        for m in regex.finditer(r"\p{Han}{2,3}", text[start : line.end]):
            if all(c in _JYUTPING for c in m.group()):
                spots.append((start + m.start(), m.group()))
    r.shuffle(spots)
    done = 0
    for pos, word in spots:
        if done >= r.randint(2, 5):
            break
        if not d.free(pos, pos + len(word) + 1):
            continue
        g = d.new_group()
        for k, ch in enumerate(word):
            new = f"{left}{_JYUTPING[ch]}{right}"
            d.insert(pos + k + 1, new, tokens=[new], group=g)
        done += 1


#: Fanqie spellings (an initial's character and a final's character, then 切 or 反) of characters common in laws.
_FANQIE = dict(
    pair.split(":") for pair in (
        "中:陟弓 同:徒红 公:古红 天:他前 人:如邻 大:徒盖 法:方乏 律:吕恤 国:古或 民:弥邻 政:之盛 府:方矩 令:力政 "
        "条:徒聊 行:户庚 事:鉏吏 理:良士 管:古满 保:博抱 护:胡误 安:乌寒 全:疾缘 社:常者 会:黄外 规:居随 定:徒径 "
        "权:巨员 利:力至 义:宜寄 务:亡遇 依:于希 照:之少 设:识列 立:力入 制:征例 度:徒故 督:冬毒 审:式荏 罚:房越 "
        "款:苦管 章:诸良 秩:直一 序:徐吕 益:伊昔 障:之亮 促:七玉 筹:直由"
    ).split()
)


@register("h12_ruby_fanqie", "ruby", **H12,
          description="a character's reading given in fanqie after it (政（之盛切）), as annotated classical-style editions gloss characters")
def _ruby_fanqie(d: Damager) -> None:
    """``依（于希切）照``: editions annotated in the traditional way (and dictionaries quoted into them)
    give a character's reading as a fanqie: the initial of one character and the final of
    another, then ``切`` (or ``反`` in older books), in brackets right after the character.
    Three to six places a page, one bracket and one marker style a page."""
    r = d.rng
    left, right = r.choice((("（", "）"), ("(", ")"), ("〔", "〕")))
    mark = r.choice(("切", "切", "反"))
    text = d.text
    spots = [k for line in body_lines(d, ("label", "para")) for k in range(_body_start(d, line), line.end)
             if text[k] in _FANQIE]
    r.shuffle(spots)
    done = 0
    for k in spots:
        if done >= r.randint(3, 6):
            break
        new = f"{left}{_FANQIE[text[k]]}{mark}{right}"
        if d.insert(k + 1, new, tokens=[new]):
            done += 1


# --------------------------------------------------------------------------- spam

_ACROSTIC = ("永利皇宫", "银河娱乐", "太阳城网", "皇冠体育", "澳门新葡", "金沙娱乐", "威尼斯人", "葡京赌场")


@register("h12_spam_acrostic", "spam", **H12,
          description="a brand spelt down the page: one of its characters put before the first character of each of a run of lines")
def _spam_acrostic(d: Damager) -> None:
    """``永第五条　…⏎利第六条　…⏎皇第七条　…⏎宫第八条　…``: injectors that must get a brand past filters
    reading along the lines spread it down the page as a hidden acrostic (藏头), one character
    at the start of each of four consecutive paragraphs; the brand reads only in the
    column.  One or two runs a page, one brand a page."""
    r = d.rng
    brand = r.choice(_ACROSTIC)
    lines = body_lines(d, ("label", "para"))
    starts = list(range(0, max(0, len(lines) - len(brand) + 1)))
    r.shuffle(starts)
    runs = 0
    taken: set[int] = set()
    text = d.text
    for s in starts:
        if runs >= r.randint(1, 2):
            break
        run = lines[s : s + len(brand)]
        if any(i in taken for i in range(s - 1, s + len(brand) + 1)):
            continue
        g = d.new_group()
        for ch, li in zip(brand, run):
            d.insert(li.start, ch, tokens=[ch + text[li.start : li.start + 3]], group=g)
        taken.update(range(s, s + len(brand)))
        runs += 1


# --------------------------------------------------------------------------- furniture


@register("h12_furn_wayback_toolbar", "furniture", fmt="html", **H12,
          description="a web archive's replay toolbar saved above the page (The Wayback Machine - https://web.archive.org/web/2016…/http://…, N captures, About this capture)")
def _furn_wayback(d: Damager) -> None:
    """``The Wayback Machine - https://web.archive.org/web/20160305123456/http://www.….html``: pages a
    crawl took from a web archive (the site moved or was taken down) keep the replay
    toolbar the archive writes into the top of every page it serves: the archived address,
    a capture count and date range, month and year strips, the collection that captured it."""
    r = d.rng
    y, mo, dd = r.randint(2010, 2020), r.randint(1, 12), r.randint(1, 28)
    stamp = f"{y}{mo:02d}{dd:02d}{r.randint(0, 23):02d}{r.randint(10, 59)}{r.randint(10, 59)}"
    url = _page_url(d)
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    n = r.randint(3, 240)
    last = y + r.randint(1, 6)
    items = [
        f'<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;">',
        '<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">',
        f'<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page">INTERNET ARCHIVE</a></div>',
        f'<div id="wm-toolbar"><form target="_top" method="get" action="/web/submit"><input type="text" name="url" value="{url}"/><input type="submit" value="Go"/></form></div>',
        f'<div id="wm-capinfo"><a class="t" href="/web/{stamp}*/{url}" title="See a list of every capture for this URL">{n} captures</a>',
        f'<div class="r">{dd:02d} {months[mo - 1]} {y} - {r.randint(1, 28):02d} {r.choice(months)} {last}</div></div>',
        f'<div id="wm-nav"><a href="#">{months[mo - 2]}</a> <span>{months[mo - 1].upper()}</span> <a href="#">{months[mo % 12]}</a> '
        f'<span>{dd:02d}</span> <a href="#">{y - 1}</a> <span>{y}</span> <a href="#">{y + 1}</a></div>',
        '<div id="wm-btns"><a href="#">success</a> <a href="#">fail</a> <a href="#" title="About this capture">About this capture</a></div>',
        f'<div id="wm-capresources">COLLECTED BY Organization: <a href="#">Internet Archive</a> '
        f'Collection: <a href="#">{r.choice(("Wide Crawl Number 13", "Alexa Crawl DK", "Common Crawl", "Archive Team: URLs"))}</a></div>',
        '<div>TIMESTAMPS</div></div></div></div>',
        "<!-- END WAYBACK TOOLBAR INSERT -->",
    ]
    head = f"<!-- BEGIN WAYBACK TOOLBAR INSERT -->\n"
    banner = f'<div class="wb-autocomplete-suggestions">The Wayback Machine - https://web.archive.org/web/{stamp}/{url}</div>\n'
    d.insert(top_of_body(d), banner + head + "\n".join(items) + "\n",
             tokens=["The Wayback Machine", "INTERNET ARCHIVE", f"{n} captures", "About this capture", "COLLECTED BY", "TIMESTAMPS"])


_ICONS_TOOL = ("content_copy", "share", "bookmark_border", "link", "volume_up", "more_vert", "print", "star_border")


@register("h12_furn_icon_ligatures", "furniture", fmt="html", **H12,
          description="icon-font ligature names left as words (content_copy share bookmark_border) at article ends and in a toolbar above the title")
def _furn_icons(d: Damager) -> None:
    """``…制定本条例。content_copy share``: pages styled with a ligature icon font (Material Icons and
    its successors) write each icon as its name in an ``<i class="material-icons">`` element,
    which the font draws as a glyph; a text extractor gets the names.  A law reader puts a
    copy/share/bookmark tool row at the end of each article, and a toolbar above the title."""
    r = d.rng
    cls = r.choice(("material-icons", "material-icons-outlined", "material-symbols-outlined"))
    tools = r.sample(_ICONS_TOOL, r.randint(2, 3))
    row = "".join(f'<i class="{cls}">{t}</i>' for t in tools)
    row = f' <span class="{r.choice(("art-tools", "tiao-tools", "op"))}">{row}</span>'
    for li in last_line_of_articles(d):
        if r.random() < 0.8:
            d.insert(li.end, row, tokens=[tools[0]], kind="insert")
    top = "".join(f'<a href="#"><i class="{cls}">{t}</i>{label}</a> ' for t, label in
                  r.sample((("print", "打印"), ("text_increase", "放大"), ("text_decrease", "缩小"), ("share", "分享"), ("close", "关闭")), 3))
    d.insert(top_of_body(d), f'<div class="toolbar">{top}</div>\n', tokens=["text_increase", "text_decrease", "print", "close"])


_WM_NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏")


@register("h12_furn_tiled_watermark", "furniture", **H12,
          description="a document system's tiled watermark (a user's name, a number and a date) in the text layer every few paragraphs, sometimes inside one")
def _furn_watermark(d: Damager) -> None:
    """``张伟 6832 2024-03-05``: office document systems and internal portals tile a watermark with
    the viewer's name, staff or phone digits and the date over every page (to trace leaks);
    in a PDF made from the view it is text, and the text layer puts it where the content
    stream draws it: between paragraphs, or inside one where a page ends mid-sentence."""
    r = d.rng
    name = r.choice(_WM_NAMES)
    wm = r.choice((f"{name} {r.randint(1000, 9999)} {r.randint(2019, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                   f"内部资料 注意保存 {name}{r.randint(1000, 9999)}",
                   f"{name} {r.randint(2019, 2025)}/{r.randint(1, 12)}/{r.randint(1, 28)} {r.randint(8, 19)}:{r.randint(10, 59)}",
                   f"仅供{r.choice(('内部学习', '工作参考', '内部使用'))} {name} {r.randint(100, 999)}****{r.randint(1000, 9999)}"))
    lines = body_lines(d, ("label", "para"))
    k = r.randint(2, 5)
    g = d.new_group()
    while k < len(lines):
        li = lines[k]
        cuts = wrap_points(d.text[li.start : li.end], r.randint(14, 30)) if r.random() < 0.3 else []
        if cuts:
            d.insert(li.start + cuts[0], f"\n{wm}\n", tokens=[wm], group=g)
        else:
            d.insert(li.outer_start, f"{wm}\n\n", tokens=[wm], group=g)
        k += r.randint(4, 9)


_TIAO = regex.compile(r"(?<![\n　 ])第[一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?")


@register("h12_furn_print_link_urls", "furniture", **H12,
          description="a print stylesheet's link addresses after linked text: cited law titles and article references followed by (http://…)")
def _furn_print_urls(d: Damager) -> None:
    """``依照《中华人民共和国行政许可法》(http://www.gov.cn/flfg/2005-06/27/content_9899.htm)``: law sites
    link the laws a text cites and its cross-references (``第十条`` to ``#tiao10``); their print
    stylesheet (``a[href]:after { content: " (" attr(href) ")" }``) writes each link's address
    after its text, and a page saved from print preview or printed to PDF keeps them."""
    r = d.rng
    left, right = r.choice(((" (", ")"), ("(", ")"), (" [", "]"), ("（", "）")))
    host = _host(d)
    text = d.text
    n = 0
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in regex.finditer(r"《[^《》\n]{2,40}》", text[start : li.end]):
            url = f"http://{host}/flfg/{r.randint(2001, 2023)}-{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/content_{r.randint(1000, 99999)}.htm"
            if d.insert(start + m.end(), f"{left}{url}{right}", tokens=[url]):
                n += 1
        for m in _TIAO.finditer(text, start, li.end):
            if r.random() < 0.7:
                url = f"{_page_url(d)}#tiao{r.randint(1, 120)}"
                if d.insert(m.end(), f"{left}{url}{right}", tokens=[url]):
                    n += 1


# --------------------------------------------------------------------------- layout


@register("h12_layout_hocr", "layout", fmt="html", **H12,
          description="OCR output saved as hOCR: each printed line an ocr_line span, each word an ocrx_word span with its bbox and confidence, whitespace between words")
def _layout_hocr(d: Damager) -> None:
    """``<span class='ocr_line' title="bbox 296 300 2180 352; …"><span class='ocrx_word' title='bbox 296 300 350 352;
    x_wconf 96'>第一条</span>⏎ <span class='ocrx_word' …>为了</span>…``: scanned gazettes OCR'd with
    Tesseract and published (or crawled) as hOCR: a page, areas, paragraphs, printed lines,
    and words as nested elements, a newline and indentation between word elements, so a
    reader of the markup gets a blank between every two words and a break at every line."""
    r = d.rng
    a, b = _body_span(d)
    width = r.randint(24, 36)
    out = []
    page = line_no = word_no = par_no = 0
    y = 300
    def open_page() -> None:
        nonlocal page, y
        page += 1
        y = 300
        out.append(f"  <div class='ocr_page' id='page_{page}' title='image \"scan_{page:03d}.png\"; bbox 0 0 2480 3508; ppageno {page - 1}'>\n"
                   f"   <div class='ocr_carea' id='block_{page}_1' title=\"bbox 280 290 2200 3300\">\n")
    def close_page() -> None:
        out.append("   </div>\n  </div>\n")
    open_page()
    for li in d.base.lines:
        if li.outer_start < a:
            continue
        plain = d.base.unescape(d.text[li.start : li.end])
        cuts = [0, *wrap_points(plain, width), len(plain)]
        par_no += 1
        out.append(f"    <p class='ocr_par' id='par_{page}_{par_no}' lang='chi_sim' title=\"bbox 296 {y} 2180 {y + 60 * (len(cuts) - 1)}\">\n")
        for i in range(len(cuts) - 1):
            line_no += 1
            piece = plain[cuts[i] : cuts[i + 1]]
            words = []
            k = 0
            for tok in regex.finditer(r"\S+", piece):
                s = tok.group()
                j = 0
                while j < len(s):
                    step = r.choice((1, 2, 2, 3, 4))
                    while j + step < len(s) and not (_HAN.match(s[j + step]) or s[j + step].isalnum()):
                        step += 1  # marks stay with the word before them
                    words.append(s[j : j + step])
                    j += step
            x = 296
            spans = []
            for w in words:
                word_no += 1
                x2 = x + 52 * len(w)
                spans.append(f"<span class='ocrx_word' id='word_{page}_{word_no}' title='bbox {x} {y} {x2} {y + 52}; x_wconf {r.randint(71, 97)}'>{html.escape(w, quote=False)}</span>")
                x = x2 + 8
            out.append(f"     <span class='ocr_line' id='line_{page}_{line_no}' title=\"bbox 296 {y} {x} {y + 52}; baseline 0 -8; x_size 52; x_descenders 6; x_ascenders 12\">\n      "
                       + "\n      ".join(spans) + "\n     </span>\n")
            y += 60
            if y > 3200:
                out.append("    </p>\n")
                close_page()
                open_page()
                par_no += 1
                out.append(f"    <p class='ocr_par' id='par_{page}_{par_no}' lang='chi_sim' title=\"bbox 296 {y} 2180 {y + 60}\">\n")
        out.append("    </p>\n")
    close_page()
    d.edit(a, b, "".join(out), kind="transform", tokens=[])
    meta = '<meta charset="utf-8">'
    at = d.text.find(meta)
    if at >= 0:
        d.insert(at + len(meta), "\n<meta name='ocr-system' content='tesseract 5.3.0' />\n"
                 "<meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf'/>",
                 kind="markup", tokens=[])


@register("h12_layout_pages_bottom_up", "layout", **H12,
          description="a PDF whose content stream draws each page's lines from the bottom up: every page's paragraphs in reverse order, a form feed between pages")
def _layout_bottom_up(d: Damager) -> None:
    """``第四条 …⏎⏎第三条 …⏎⏎第二条 …⏎\\f第八条 …``: some PDF producers (report engines, a flipped
    coordinate system) write a page's text objects from the bottom of the page to the top;
    a text extractor that follows the content stream gives each page's lines in reverse,
    pages in order with a form feed between them."""
    r = d.rng
    a, b = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    pages = []
    k = 0
    while k < len(lines):
        n = r.randint(6, 14)
        pages.append(lines[k : k + n])
        k += n
    out = "\f".join("\n".join(d.text[li.start : li.end] + "\n" for li in reversed(page)) for page in pages)
    new = out + ("" if d.text[b - 1 : b] == "\n" else "")
    if new != d.text[a:b]:
        d.edit(a, b, new, kind="transform", tokens=[])


@register("h12_layout_two_columns", "layout", **H12,
          description="pdftotext -layout of a two-column page: two printed columns side by side on each line, padded with blanks, a form feed between pages")
def _layout_two_columns(d: Damager) -> None:
    """``第一条 为了促进绿色旅游发展，规范      的合法权益，根据《中华人民共和国``: gazettes and
    newspapers print laws in two (or three) columns; ``pdftotext -layout`` keeps the page's
    geometry, so each output line holds a line of the left column, blanks, and the line of
    the right column beside it; a paragraph's first line is indented."""
    r = d.rng
    a, b = _body_span(d)
    width = r.randint(14, 20)
    rows_per_col = r.randint(28, 40)
    printed: list[str] = []
    for li in d.base.lines:
        if li.outer_start < a:
            continue
        plain = d.text[li.start : li.end]
        if li.kind == "heading":
            pad = max(0, (width * 2 - _cols(plain)) // 2)
            printed.append(" " * pad + plain)
            continue
        cuts = [0, *wrap_points(plain, width), len(plain)]
        for i in range(len(cuts) - 1):
            printed.append(("    " if i == 0 else "") + plain[cuts[i] : cuts[i + 1]])
    col_w = max(_cols(s) for s in printed) + r.randint(4, 9)
    pages = []
    for p in range(0, len(printed), rows_per_col * 2):
        left = printed[p : p + rows_per_col]
        right = printed[p + rows_per_col : p + rows_per_col * 2]
        rows = []
        for i in range(len(left)):
            if i < len(right):
                rows.append(left[i] + " " * (col_w - _cols(left[i])) + right[i])
            else:
                rows.append(left[i])
        pages.append("\n".join(rows) + "\n")
    d.edit(a, b, "\f".join(pages), kind="transform", tokens=[])


@register("h12_layout_control_pictures", "layout", **H12,
          description="line breaks shown as Unicode control pictures (␍␊, ␊ or ␤): the whole text on one line")
def _layout_control_pictures(d: Damager) -> None:
    """``第一条 为了…。␊␊第二条 本市…``: log viewers, web consoles and text fields that must keep a record
    on one line replace each line break with the control picture that names it (``␊`` LINE
    FEED, ``␍␊`` for CR LF, or ``␤`` NEWLINE); a page copied from such a view holds the whole
    text on one line with the pictures where the breaks were."""
    r = d.rng
    mark = r.choice(("\u240a", "\u240d\u240a", "\u2424"))
    text = d.text
    end = len(text) - 1 if text.endswith("\n") else len(text)
    g = d.new_group()
    for k in range(0, end):
        if text[k] == "\n":
            d.edit(k, k + 1, mark, kind="transform", tokens=[], group=g)


@register("h12_layout_rst_source", "layout", **H12,
          description="the law as reStructuredText source: the title over- and underlined with =, headings underlined, a contents directive, labels in ** on some pages")
def _layout_rst(d: Damager) -> None:
    """``====⏎某市绿色旅游促进条例⏎====⏎⏎.. contents:: 目录⏎   :depth: 2⏎⏎第一章　总则⏎------``: law
    collections kept in Sphinx projects (and read the Docs mirrors) are crawled as their
    reStructuredText source: title and headings marked by lines of ``=``, ``-``, ``~`` as long
    as the text's display width, directives, strong labels on some projects."""
    r = d.rng
    bold = r.random() < 0.5
    under = {1: "=", 2: "-", 3: "~", 4: "^"}
    text = d.text
    law = d.base.law
    for li in d.base.lines:
        s = text[li.start : li.end]
        w = _cols(s)
        if li.kind == "title":
            bar = "=" * w
            d.insert(li.start, bar + "\n", kind="markup", tokens=[])
            d.insert(li.end, "\n" + bar + "\n\n.. contents:: 目录\n   :depth: 2\n   :local:", kind="markup", tokens=[])
        elif li.kind == "heading":
            level = law.rows[li.row].level
            d.insert(li.end, "\n" + under.get(level, "-") * w, kind="markup", tokens=[])
        elif li.kind == "label" and bold:
            m = _LABEL.match(text, li.start, li.end)
            if m:
                g = d.new_group()
                d.insert(m.start(), "**", kind="markup", tokens=[], group=g)
                d.insert(m.end(), "**", kind="markup", tokens=[], group=g)


@register("h12_layout_newspaper_jumps", "layout", **H12,
          description="a newspaper's jump lines where the text continues on another page ((下转第三版) … (上接第一版)) and the new page's header, mid-sentence")
def _layout_jumps(d: Damager) -> None:
    """``…加强对绿色旅游（下转第三版）⏎⏎2024年3月5日　星期二　第3版⏎⏎（上接第一版）工作的领导…``: newspapers
    that print a law in full run it over several pages; where a page's column ends the
    text says where it goes on (``下转``, ``转第N版``), and the continuation opens with where it
    came from (``上接``, ``紧接``), often under the new page's date line, mid-sentence."""
    r = d.rng
    lines = [li for li in body_lines(d, ("label", "para")) if li.end - li.start > 30]
    if not lines:
        return
    style = r.choice((("（下转第{n}版）", "（上接第{m}版）"), ("(转第{n}版)", "(紧接第{m}版)"), ("（下转{n}版）", "（上接{m}版）")))
    numerals = r.random() < 0.6
    def num(k: int) -> str:
        return "一二三四五六七八九十"[k - 1] if numerals and k <= 10 else (f"A{k}" if r.random() < 0.2 else str(k))
    picks = sorted(r.sample(range(len(lines)), min(len(lines), r.randint(1, 3))))
    page = 1
    y, mo, dd = r.randint(2005, 2024), r.randint(1, 12), r.randint(1, 28)
    paper = r.choice(("人民日报", "法制日报", "某某日报", "经济日报"))
    for i in picks:
        li = lines[i]
        cuts = wrap_points(d.text[li.start : li.end], r.randint(12, 40))
        if not cuts:
            continue
        nxt = page + r.randint(1, 3)
        out = style[0].format(n=num(nxt))
        inn = style[1].format(m=num(page))
        header = r.choice((f"{y}年{mo}月{dd}日　星期{'一二三四五六日'[r.randint(0, 6)]}　{paper}　第{nxt}版", "", f"{paper}　{y}.{mo:02d}.{dd:02d}　第{nxt}版"))
        mid = f"{out}\n\n" + (f"{header}\n\n" if header else "") + inn
        d.insert(li.start + cuts[0], mid, tokens=[out, inn] + ([header] if header else []))
        page = nxt


# --------------------------------------------------------------------------- mixed

_COMMENTS = ("此处建议修改为“应当”。", "建议删除。", "与第十条表述重复，请核实。", "请法制办审核。", "上位法已修改，注意衔接。",
             "建议增加罚则。", "此款是否保留？", "表述不够准确，建议再斟酌。", "已按部门意见修改。", "需与财政部门协商。")


@register("h12_mixed_word_comments", "mixed", **H12,
          description="a draft's reviewer comments from a word processor: anchors like [ZW1] after words and the comment texts listed after the body")
def _mixed_word_comments(d: Damager) -> None:
    """``应当加强[ZW1]对绿色旅游工作的领导…⏎________⏎[ZW1]此处建议修改为“应当”。``: drafts for comment
    circulated as word-processor files carry the reviewers' comments; saved as a web page
    or copied from one, each comment leaves an anchor (the reviewer's initials or name and a
    number) after the commented words, and the comment texts follow the body after a rule."""
    r = d.rng
    who = r.choice(("ZW", "A", "LN", "张伟", "w", "微软用户"))
    lines = body_lines(d, ("label", "para"))
    spots = []
    for li in lines:
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}{2,4}", d.text[start : li.end]):
            spots.append(start + m.end())
    r.shuffle(spots)
    chosen = sorted(spots[: r.randint(3, 7)])
    notes = []
    g = d.new_group()
    for k, pos in enumerate(chosen, 1):
        anchor = f"[{who}{k}]"
        if d.insert(pos, anchor, tokens=[anchor], group=g):
            notes.append(f"{anchor}{r.choice(_COMMENTS)}")
    if notes:
        rule = r.choice(("________________________________", "", "批注"))
        lines_at(d, end_of_body(d), ([rule] if rule else []) + notes)


@register("h12_mixed_git_blame", "mixed", **H12,
          description="a law kept in a repository, copied from a blame view: every line prefixed with a commit hash, author, date and line number")
def _mixed_git_blame(d: Damager) -> None:
    """``3f9a2c1d (张三 2019-04-12 10:22:31 +0800 12) 第一条 为了…``: laws kept as text in version control
    (collections on code hosts) are sometimes saved from ``git blame`` or a host's blame view:
    each line carries the commit that last changed it, the author, the time and the line
    number, padded to one width; blank lines too."""
    r = d.rng
    commits = []
    for _ in range(r.randint(2, 4)):
        h = "".join(r.choice("0123456789abcdef") for _ in range(8))
        who = r.choice(("张三", "LawBot", "lisi", "王五", "mirror-sync", "chen.wei"))
        when = f"{r.randint(2016, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(10, 59)}:{r.randint(10, 59)} +0800"
        commits.append((h, who, when))
    wide = max(_cols(c[1]) for c in commits)
    text = d.text
    starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n" and k + 1 < len(text)]
    digits = len(str(len(starts)))
    current = r.choice(commits)
    g = d.new_group()
    for n, s in enumerate(starts, 1):
        if r.random() < 0.15:
            current = r.choice(commits)
        h, who, when = current
        prefix = f"{h} ({who}{' ' * (wide - _cols(who))} {when} {n:>{digits}}) "
        d.insert(s, prefix, kind="markup", tokens=[], group=g)


# --------------------------------------------------------------------------- encoding


@register("h12_enc_uuencoded", "encoding", **H12,
          description="the text file sent uuencoded (begin 644 law.txt / M-lines / end), as mail and news attachments were")
def _enc_uuencoded(d: Damager) -> None:
    """``begin 644 tiaoli.txt⏎M Y^L ….⏎`⏎end``: before MIME, a text file attached to a mail or a news
    post was uuencoded (three bytes as four printable characters, 45 bytes a line, each
    line led by its length character); archives of those posts keep the encoded block in
    the message, and the file inside is the law, in GBK or UTF-8."""
    r = d.rng
    a, b = _body_span(d)
    title_line = d.base.lines[0]
    codec = r.choice(("gbk", "utf-8"))
    whole = r.random() < 0.5
    start = title_line.start if whole else a
    body = d.text[start:b]
    try:
        raw = body.encode(codec)
    except UnicodeEncodeError:
        raw = body.encode("utf-8")
    name = r.choice(("tiaoli.txt", "law.txt", "fagui.txt", "wenjian.txt"))
    rows = [binascii.b2a_uu(raw[k : k + 45]).decode("ascii") for k in range(0, len(raw), 45)]
    block = f"begin 644 {name}\n" + "".join(rows) + "`\nend\n"
    d.edit(start, b, block, kind="transform", tokens=["begin 644"])
