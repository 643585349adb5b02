"""HELD-OUT NOISE VARIANTS, SET 2 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A fresh sealed half of the wide noise benchmark (issue 15), written in session
12 because the members of the first set (``tests/noise/heldout.py``) were
named, with their weak spots, in the README.  Its variants are new members of
the families of ``tests/noise/wide``: neither in the seen generator nor in the
first held-out set.  Most of them copy a shape of damage that a field test
found on a real page (the source is in each docstring: the field note and the
page); the others are built from a real mechanism, said so.

Every variant is recoverable by construction unless registered ``lossy``: the
damage adds, wraps or re-encodes, and the page holds the evidence to undo it
(a reading of the character, a string that is no part of a law, bytes a
strict decoder reads back); putting the recorded originals back gives the
clean law exactly (``DamagedDoc.inverse``).  Seeds make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 2 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 2`` prints.  Only the lead
and the benchmark's owner edit it; when a variant leaks, replace it with a
new one and say so in the commit message (without its name).
"""

from __future__ import annotations

import html

import regex
from pypinyin import Style

from tests.noise.wide.core import NUM, Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.families import spam as sp
from tests.noise.wide.registry import (
    body_lines, end_of_body, han_points, label_body_start, paragraph_insert, register, run_as, split_tokens,
    top_of_body, wrap_points,
)

H2 = dict(heldout=True, heldout_set=2)
_HAN = regex.compile(r"\p{Han}")


def _lines_at(d: Damager, where: str, lines: list[str]) -> None:
    """Put each of ``lines`` as a paragraph of its own at the top or the bottom of the body."""
    spot = top_of_body(d) if where == "top" else end_of_body(d)
    for s in lines:
        pos, new = paragraph_insert(d, spot, s)
        d.insert(pos, new, tokens=split_tokens(s))


# --------------------------------------------------------------------------- ruby


@register("h2_ruby_tone_blank_inside", "ruby", **H2,
          description="tone-marked reading with a blank before the closing bracket")
def _ruby_blank_inside(d: Damager) -> None:
    """``會(huì )``, ``社會(huì )主義``: the 党章 copy on the farm fcfcarencro (field11, Source 4,
    /work/field11/pages+store11/fcfcarencro_dangzhang.txt) writes some toned readings with a blank
    before ``)``; the others without it."""
    n0 = len(d.edits)
    rb.ruby_groups(d, style="tone", rate=0.25, kinds=("label", "para"))
    for e in d.edits[n0:]:
        if d.rng.random() < 0.6:
            e.new = e.new.replace(")", " )")


def _word_groups(d: Damager, *, rate: float, style: Style, render) -> None:
    """Readings of a 2-3 character word put once after the word (``render(word_readings)``)."""
    text = d.text
    for line in body_lines(d, ("label", "para")):
        start = label_body_start(d, line) if line.kind == "label" else line.start
        for run in rb.HAN_RUN.finditer(text, start, line.end):
            readings = rb._readings(run.group(), style)
            if readings is None:
                continue
            i = 0
            while i < len(run.group()):
                size = min(d.rng.randint(2, 3), len(run.group()) - i)
                if size >= 2 and d.rng.random() < rate:
                    syl = list(readings[i : i + size])
                    d.insert(run.start() + i + size, d.base.escape(render(syl)), tokens=syl)
                i += size


@register("h2_ruby_word_flat", "ruby", **H2, description="a word's readings in one bracket after the word, blank-separated")
def _ruby_word_flat(d: Damager) -> None:
    """``马鞍山(mǎ ān shān)``: word-level ruby (``<ruby>马鞍山<rp>(</rp><rt>mǎ ān shān</rt><rp>)</rp></ruby>``,
    one ``<rt>`` per word as the HTML standard allows) flattened by a text extractor that keeps the
    ``<rp>`` brackets: one group per word instead of one per character.  Constructed from that
    markup (the field's ruby pages, field11 Source 4/5, annotate per character)."""
    style = d.rng.choice((Style.TONE, Style.NORMAL))
    left, right = d.rng.choice((("(", ")"), ("（", "）")))
    _word_groups(d, rate=0.15, style=style, render=lambda syl: f"{left}{' '.join(syl)}{right}")


@register("h2_ruby_html_span", "ruby", fmt="html", **H2, description="readings in <span class=py> after each character, no brackets")
def _ruby_html_span(d: Damager) -> None:
    """``中<span class="py">zhōng</span>国``: pinyin-annotating templates put the reading in a styled
    ``<span>`` (rendered above the character by CSS), not in ``<ruby>``; a text extractor glues
    the reading to the text (``中zhōng国``).  Constructed from that mechanism (the farm copies of
    field11 Source 4 show the result with brackets)."""
    text = d.text
    cls = d.rng.choice(('class="py"', 'class="pinyin"', 'class="zy-py" style="font-size:12px"'))
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, line.start, line.end):
            readings = rb._readings(run.group(), Style.TONE)
            if readings is None:
                continue
            for offset, reading in enumerate(readings):
                if d.rng.random() < 0.2:
                    d.insert(run.start() + offset + 1, f"<span {cls}>{reading}</span>", tokens=[reading])


_FULL_LETTERS = {c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}


@register("h2_ruby_fullwidth_letters", "ruby", **H2, description="readings written in full-width Latin letters")
def _ruby_full_letters(d: Damager) -> None:
    """``马（ｍａ）鞍（ａｎ）山``: a mirror that widened every ASCII letter of the page (as the
    width family's pages widen Latin and digits, ``ＡＰＰ``, ``２０２１``) turns the ruby readings
    full width too.  Constructed from the two real damages combined."""
    rb.ruby_groups(d, pairs=rb.FULL_PAIRS + rb.ASCII_PAIRS, letters=_FULL_LETTERS, kinds=("label", "para"))


@register("h2_ruby_cedict_numbers", "ruby", **H2, description="tone numbers with ü written u: (CC-CEDICT style)")
def _ruby_cedict(d: Damager) -> None:
    """``绿(lu:4)``, ``略(lu:e4)``, ``的(de5)``: annotators built on CC-CEDICT write ü as ``u:``
    with tone numbers (the dictionary's own spelling).  Constructed from that mechanism."""
    rb.ruby_groups(d, style="tone3", u_as="u:", rate=0.12, prefer_u=True, kinds=("label", "para"))


# --------------------------------------------------------------------------- spam

#: Emoji the farm page does not use: supplementary-plane pictographs and BMP dingbats with the emoji
#: presentation selector U+FE0F, as a phone keyboard types them (❤️ is U+2764 U+FE0F).
EMOJI = ("🍇", "🥭", "🍍", "🎈", "🌈", "🦋", "🐳", "🍭", "❤\ufe0f", "✨", "☀\ufe0f", "✅", "⭐", "♥\ufe0f")


@register("h2_spam_emoji_in_words", "spam", **H2, description="emoji inserted inside words")
def _spam_emoji(d: Damager) -> None:
    """The shape of the content farm heimaoysw's salting (``不🍅得以打赏额🍓度为唯一依据``,
    field7b F7B-P1, /work/field7b/pages+store/heimaoysw_f79e77873aa9.txt): emoji inside words;
    here other emoji than that page's, half of them BMP dingbats with the emoji selector U+FE0F."""
    points = han_points(d, body_lines(d))
    for p in d.rng.sample(points, min(len(points), d.rng.randint(4, 10))):
        e = d.rng.choice(EMOJI)
        d.insert(p, e, tokens=[e])


STAR_DECORATIONS = (("▲", "▲"), ("◎", "◎"), ("●", "●"), ("♦", "♦"), ("〓", "〓"))
STAR_WORDS = ("收藏转发", "赶紧看", "手慢无", "速围观", "扫码领取", "限时免费", "点击进入", "抢先看")


@register("h2_spam_star_promo_inline", "spam", **H2, description="decorated promo words inserted inside a sentence")
def _spam_star(d: Damager) -> None:
    """The shape of ``加强网络直※不容错过※播打赏`` on the same farm page (heimaoysw, field7b):
    promo words between two symbols dropped into sentences, even inside a word; here with other
    symbols (▲ ◎ ● ♦ 〓) and other words than that page's."""
    def make(r):
        left, right = r.choice(STAR_DECORATIONS)
        w = r.choice(STAR_WORDS)
        s = f"{left}{w}{right}"
        return s, [s, w]

    sp.insert_inline(d, make, n=(2, 4))


ADULT_SEO = (
    "精品国产一区二区三区久久", "亚洲人成网站在线观看", "国产综合在线观看视频", "亚洲综合色视频在线", "欧美日韩高清一区二区",
    "成人自拍视频在线", "午夜福利免费看", "日韩精品一区二区三区", "久久综合久久鬼色", "国产精品成人免费视频",
)


@register("h2_spam_keyword_header", "spam", **H2, description="a headless line of porn-SEO keywords above the title")
def _spam_header(d: Damager) -> None:
    """``精品国产一区二区三区久久,亚洲人成人网站在线观看,国产综合在线观看视频,…`` (fcfcarencro,
    field11 Source 4) and ``国产精品成人一区二区不卡_中文字幕一区二区精品区_…`` (dh635, field7b
    F7B-P2): the farm's keyword line with no head, joined by ``,`` or ``_``, opens the page."""
    words = d.rng.sample(ADULT_SEO, d.rng.randint(3, 5))
    line = d.rng.choice((",", "_", "，")).join(words)
    pos, new = paragraph_insert(d, top_of_body(d), line)
    d.insert(pos, new, tokens=[line, *words])


CONTACT_SPAM = (
    ("代开发票", "加V：{w}"), ("正规贷款", "QQ：{q}"), ("办证刻章", "微信：{w}"), ("征信修复", "电话：1{m}"),
    ("学历提升", "VX：{w}"), ("网贷口子", "扣扣：{q}"),
)


@register("h2_spam_contact_inline", "spam", **H2, description="service spam with a WeChat/QQ/phone contact inserted into sentences")
def _spam_contact(d: Damager) -> None:
    """``（代开发票加V：kp8866）``: invoice, loan and certificate spam with a contact, the other
    great family of Chinese SEO spam beside gambling (in no list of the project); bracketed or bare,
    inserted between two characters of a sentence.  Vocabulary invented here."""
    def make(r):
        what, how = r.choice(CONTACT_SPAM)
        contact = how.format(w=r.choice(("kp", "dk", "bz", "zx", "xl")) + str(r.randint(1000, 99999)),
                             q=str(r.randint(10_000_000, 3_999_999_999)), m=str(r.randint(3_000_000_000, 8_999_999_999)))
        core = what + r.choice(("", " ", "，")) + contact
        s = r.choice(("（{}）", "【{}】", "{}", " {} ")).format(core)
        return s, [s.strip(), what, contact]

    sp.insert_inline(d, make, n=(2, 3))


SERVICE_VOCAB = sp.Vocabulary(
    stems=("代开发票", "办证刻章", "快速下款", "网贷口子", "征信修复", "学历提升", "私家侦探", "无抵押贷"),
    latin=("kaipiao", "banzheng", "xiakuan", "wangdai", "zhengxin", "xueli", "zhentan", "daikuan"),
    categories=("专业", "正规", "加急", "秒批", "包过"),
    suffixes=("联系电话", "微信同号", "诚信办理", "全国可寄", "当天出证"),
    tlds=(".shop", ".ltd", ".link"),
    separators=("~", "/", "＋"),
    decorations=(("〔", "〕"), ("《", "》")),
    promo=("诚信经营", "无需押金", "安全保密"),
    seo=("代办", "口子"),
    seo_heads=("推荐：",),
)


@register("h2_spam_replace_service", "spam", **H2, description="service spam (no gambling) replaces a word everywhere; mirror witness")
def _spam_replace_service(d: Damager) -> None:
    """A word of the law replaced everywhere by an invoice/loan/certificate spam string (the
    mechanism of seed 000's 万博 anchor, with a vocabulary in no list); a mirror of the law is in
    the corpus, as 001/002 are for seed 000."""
    s, toks = sp.inline_brand(d.rng, SERVICE_VOCAB, form=d.rng.choice(("cat_suffix", "paren_latin", "stem_domain")))
    sp.replace_word(d, s, toks, witness="mirror", v=SERVICE_VOCAB)


# --------------------------------------------------------------------------- furniture

DISCLAIMERS = (
    "特别提示：本库所有资料均来源于网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。",
    "温馨提示：本站所载文章仅供学习交流，如有侵权请联系删除。",
    "郑重声明：本网站所刊载信息，仅供参考，以政府部门正式公布的文本为准。",
    "【版权说明】以上内容转载自互联网，不代表本站观点，具体以官方发布为准。",
)


@register("h2_furn_disclaimer", "furniture", **H2, description="a library's disclaimer after the last article")
def _furn_disclaimer(d: Damager) -> None:
    """``免责声明：本库所有资料均来源于网络、报刊等公开媒体，本文仅供参考。如需引用，请以正式文件为准。``
    after 第三十条 of the chinacourt.org 法律文库 page (field11 F11-C1, /work/field11/MyDAIDAI+law/test.php),
    here with other heads (特别提示, 温馨提示, 郑重声明, 版权说明) and wordings, glued to their text."""
    _lines_at(d, "bottom", [d.rng.choice(DISCLAIMERS)])


@register("h2_furn_modified_address", "furniture", **H2, description="last-modified stamp and address/phone bullets after the last article")
def _furn_modified(d: Damager) -> None:
    """``最後修改日期 2020/11/27 下午 03:40:53``, ``• 708008 台南市安平區永華路二段2號``,
    ``• +886 6 297 6688``: the page footer of tncc.gov.tw after the last article (field11 F11-S3,
    /work/field11/pages+store11/tncc_yishiguize_richeng.txt), in Simplified script here."""
    r = d.rng
    stamp = (f"最后修改日期 {r.randint(2015, 2024)}/{r.randint(1, 12)}/{r.randint(1, 28)} "
             f"{r.choice(('上午', '下午'))} {r.randint(1, 12):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")
    address = f"• {r.randint(100000, 999999)} {r.choice(('某市某区永华路二段2号', '某县人民路168号', '某市行政中心东楼'))}"
    phone = f"• {r.choice(('+886 6 ', '0', '+86 '))}{r.randint(10, 99)} {r.randint(1000000, 9999999)}"
    lines = [stamp, address, phone] if r.random() < 0.5 else [stamp]
    _lines_at(d, "bottom", lines)


MIRROR_CHROME_TOP = ("网站首页 | 法律法规 | 司法解释 | 地方法规 | 裁判文书 | 合同范本", "【我要纠错】 【收藏本文】 【打印本文】",
                     "所属分类：地方性法规 › 环境保护")
MIRROR_CHROME_BOTH = ("全文下载：Word版 | TXT版", "本篇全文下载：[DOC] [TXT]")


@register("h2_furn_mirror_chrome", "furniture", **H2, description="a law mirror's site bars at the top and its download line at top and bottom")
def _furn_mirror(d: Damager) -> None:
    """The shape of the 法律资料网 template of the infoeach subdomains (field7b F7B-P9,
    /work/field7b/pages+store/infoeach_law907_77124.txt and infoeach_law963_82798.txt): site bars
    above the law and a download line above and below it; here with another mirror's bars (menu,
    纠错/收藏/打印 buttons, category path) and download line."""
    r = d.rng
    dl = r.choice(MIRROR_CHROME_BOTH)
    _lines_at(d, "top", [*r.sample(MIRROR_CHROME_TOP, r.randint(1, 2)), dl])
    _lines_at(d, "bottom", [dl])


def _server_error(r) -> list[str]:
    """The lines of one server error of a classic ASP, ASP.NET or Java site (numbers drawn)."""
    form = r.choice(("asp_odbc", "asp_ado", "java", "aspnet"))
    if form == "asp_odbc":
        return ["Microsoft OLE DB Provider for ODBC Drivers 错误 '80004005'",
                f"[Microsoft][ODBC Microsoft Access Driver] 常见错误 不能打开注册表关键字 'Temporary (volatile) Jet DSN for process "
                f"0x{r.randint(256, 4095):x} Thread 0x{r.randint(256, 4095):x}'。",
                f"/inc/conn.asp，行 {r.randint(5, 60)}"]
    if form == "asp_ado":
        return ["ADODB.Recordset 错误 '800a0bb9'", "参数类型不正确，或不在可以接受的范围之内，或与其他参数冲突。",
                f"/{r.choice(('news', 'fagui', 'zcfg'))}/show.asp，行 {r.randint(10, 200)}"]
    if form == "java":
        return ["java.lang.NullPointerException",
                f"\tat com.{r.choice(('trs', 'hanweb', 'cms'))}.web.ArticleAction.view(ArticleAction.java:{r.randint(40, 900)})"]
    return [f"“/{r.choice(('web', 'site'))}”应用程序中的服务器错误。", "未将对象引用设置到对象的实例。"]


@register("h2_furn_server_errors", "furniture", **H2, description="a server error printed above the page (ASP, ASP.NET, Java)")
def _furn_server_errors(d: Damager) -> None:
    """The shape of heimaoysw's four ``Warning: file_get_contents(…): Failed to open stream: …
    in /www/wwwroot/…/TemplateEngine.php on line 2691`` lines at the top of the page (field7b,
    /work/field7b/pages+store/heimaoysw_f79e77873aa9.txt): a server's error message printed
    before the content; here the errors of other stacks (classic ASP with ODBC/ADODB, ASP.NET,
    Java), as sites running them print them."""
    spot = top_of_body(d)
    for line in _server_error(d.rng):
        pos, new = paragraph_insert(d, spot, line)
        d.insert(pos, new, tokens=split_tokens(line))


@register("h2_html_hidden_copy", "furniture", fmt="html", **H2,
          description="a hidden read-aloud copy of the whole text and a hidden site-URL div in a saved page")
def _furn_hidden_copy(d: Damager) -> None:
    """The shape of gz.gov.cn's hidden copy of the body for its read-aloud button (``div.bbnr``,
    field10 F10-G1) and of gov.cn's ``<div class="siteurl hide">https://www.gov.cn/</div>`` (field8
    F8-G2): invisible in a browser, text to an extractor; here hidden by other means (the
    ``hidden`` attribute, ``aria-hidden`` with a zero height, ``visibility:hidden``)."""
    text = d.text
    labels = body_lines(d, ("label", "para"))
    plain = [html.unescape(text[li.start : li.end]) for li in d.base.lines]
    copy = "<br>".join(html.escape(p, quote=False) for p in plain)
    url = d.rng.choice(("https://www.gov.cn/", "https://www.gz.gov.cn/", "http://www.example.gov.cn/"))
    picks = d.rng.sample(labels, min(3, len(labels)))
    frags = [html.unescape(text[label_body_start(d, li) : li.end])[:16] for li in picks]
    open_at = text.index("<body>\n") + len("<body>\n")
    close_at = text.index("</body>")
    hide_url = d.rng.choice(('<div class="print-url" hidden>{}</div>', '<span class="link-tip" style="visibility:hidden">{}</span>'))
    hide_copy = d.rng.choice(('<div class="tts-text" hidden>{}</div>',
                              '<div class="read-box" aria-hidden="true" style="height:0;overflow:hidden">{}</div>',
                              '<div class="voice" style="visibility: hidden; position: absolute;">{}</div>'))
    d.insert(open_at, hide_url.format(url) + "\n", tokens=[url])
    d.insert(close_at, hide_copy.format(copy) + "\n", tokens=[f for f in frags if len(f) >= 8])


# --------------------------------------------------------------------------- script


def _char_table(seg: str) -> str:
    """``seg`` converted one character at a time (no phrases), as a JavaScript 繁體 toggle does."""
    return "".join(scr.cc("s2t").convert(c) for c in seg)


@register("h2_script_char_table", "script", **H2, description="page converted character by character (no phrase table)")
def _script_char_table(d: Damager) -> None:
    """Many Chinese government sites offer a 繁體 button that converts the page in the browser
    with a one-to-one character table (no phrases: 头发 -> 頭發, 皇后 -> 皇後); a crawler that saved
    that view keeps its output.  Lossy where t2s does not give the line back."""
    for line in d.base.lines:
        seg = d.text[line.start : line.end]
        conv = _char_table(seg)
        if conv == seg or len(conv) != len(seg):
            continue
        lossy = scr.cc("t2s").convert(conv) != seg
        note = "t2s does not give the line back" if lossy else ""
        for i, (a, b) in enumerate(zip(seg, conv)):
            if a != b:
                d.edit(line.start + i, line.start + i + 1, b, kind="transform", tokens=[b], lossy=lossy, note=note)


CORNER = {"“": "「", "”": "」", "‘": "『", "’": "』"}


@register("h2_script_tw_corner_quotes", "script", **H2, description="Taiwan-script page whose quotation marks became corner brackets")
def _script_corner(d: Damager) -> None:
    """A Taiwan mirror (s2tw) that also writes quotations the Taiwan way, ``「…」`` and ``『…』``
    for ``“…”`` and ``‘…’``, as moj.gov.tw's interpretation No. 150 does (``雖規定:「立法委員之任期``,
    field10, /work/field10/pages+store10b/moj_ExContent_C_D_150.txt)."""
    scr.convert_lines(d, "s2tw")
    for line in body_lines(d, ("label", "para", "heading", "title")):
        for m in regex.finditer(r"[“”‘’]", d.text[line.start : line.end]):
            new = CORNER[m.group()]
            d.edit(line.start + m.start(), line.start + m.end(), new, kind="transform", tokens=[new])


@register("h2_script_title_headings", "script", **H2, description="title and headings Traditional, body Simplified")
def _script_titles(d: Damager) -> None:
    """A mirror whose template prints the title and the headings from a Traditional index over
    a Simplified body.  Constructed (a page assembled from two copies of the law); lossy where t2s
    does not give a heading back."""
    for line in d.base.lines:
        if line.kind in ("title", "heading"):
            scr.convert_span(d, line.start, line.end, d.rng.choice(("s2t", "s2tw")))


@register("h2_script_twp_paragraphs", "script", **H2, description="half the paragraphs in Taiwan phrasing (s2twp)")
def _script_twp_par(d: Damager) -> None:
    """Paragraphs taken from a Taiwan copy (Traditional characters and Taiwan words, 信息 -> 資訊)
    among Simplified ones.  Constructed from the mixed-script pages of the seeds (003) with Taiwan
    phrasing; lossy where tw2sp does not give the paragraph back."""
    scr.convert_lines(d, "s2twp", unit="paragraph", fraction=0.5)


@register("h2_script_hk_html", "script", fmt="html", **H2, description="an HTML page converted s2hk, title included")
def _script_hk_html(d: Damager) -> None:
    """A Hong Kong site's saved page in Hong Kong character forms (s2hk), its ``<title>`` converted
    too (the info.gov.hk press releases behind the kanhan proxy of field11 Source 8 are in Hong
    Kong script before the proxy converts them)."""
    scr.convert_lines(d, "s2hk")
    head = regex.search(r"<title>([^<]*)</title>", d.text)
    if head:
        scr.convert_span(d, head.start(1), head.end(1), "s2hk")


# --------------------------------------------------------------------------- encoding


def _gbk_as_cp1252(seg: str) -> str | None:
    """``seg``'s GBK bytes as a browser shows Windows-1252 (``ÖÐ»ª`` for ``中华``); None when GBK lacks a character.

    >>> _gbk_as_cp1252("中华")
    'ÖÐ»ª'
    """
    try:
        return enc.as_cp1252(seg.encode("gbk"))
    except UnicodeEncodeError:
        return None


@register("h2_enc_gbk_as_cp1252_lines", "encoding", **H2, description="lines of GBK bytes read as cp1252")
def _enc_gbk_cp1252(d: Damager) -> None:
    """``ÖÐ»ªÈËÃñ¹²ºÍ¹ú``: GBK text shown by a Western decoder, the mojibake of GBK mail and
    of old GB2312 pages without a charset (the reverse of the UTF-8-as-GBK family the seeds show).
    Every byte survives (cp1252's five holes become C1 controls)."""
    enc.mangle_lines(d, _gbk_as_cp1252, n=(1, 3))


def _moji_tokens(d: Damager, codec_bytes: str, codec_read: str) -> list[str]:
    """A few characters the first article line would show when its ``codec_bytes`` bytes are read as ``codec_read``."""
    lines = body_lines(d, ("label",))
    if not lines:
        return []
    seg = html.unescape(d.text[lines[0].start : lines[0].end])[:24]
    try:
        shown = seg.encode(codec_bytes).decode(codec_read, errors="replace")
    except UnicodeEncodeError:
        return []
    return enc._tokens(shown, seg)[:6]


@register("h2_enc_utf8_labelled_gb2312", "encoding", fmt="html", **H2, description="UTF-8 bytes, <meta charset> says gb2312")
def _enc_label_gb2312(d: Damager) -> None:
    """A template's stale declaration: the CMS moved to UTF-8, the header still says
    ``charset=gb2312`` (a reader that trusts it shows ``涓浗`` for ``中国``).  The bytes are right."""
    at = d.text.index('charset="utf-8"') + len('charset="')
    d.edit(at, at + 5, "gb2312", kind="markup", tokens=_moji_tokens(d, "utf-8", "gb18030"))


@register("h2_enc_gbk_labelled_utf8", "encoding", fmt="html", **H2, description="GBK bytes, <meta charset> says utf-8")
def _enc_label_utf8(d: Damager) -> None:
    """The other way round: a page saved as GBK by an editor, its header copied from a UTF-8
    template (a reader that trusts it meets invalid UTF-8 everywhere).  The bytes are right."""
    try:
        d.text.encode("gbk")
    except UnicodeEncodeError:
        return
    d.encoding = "gbk"
    at = d.text.index('charset="utf-8"') + len('charset="')
    d.edit(at, at + 5, "utf-8", kind="markup", tokens=["\ufffd"])


#: The ideographic space U+3000 of an indentation after a wrong decoding: its GBK bytes A1 A1 read as
#: cp1252 (``¡¡``), its UTF-8 bytes E3 80 80 read as cp1252 (``ã€€``).
INDENT_MOJIBAKE = ("¡¡¡¡", "¡¡", "ã€€ã€€", "ã€€")


@register("h2_enc_indent_mojibake", "encoding", **H2, description="the ideographic indentation of paragraphs as Latin mojibake")
def _enc_indent_moji(d: Damager) -> None:
    """The shape of ``??? 第一条 为促进和规范…`` (dh635, field7b F7B-P3): a page whose U+3000
    indentation went through a wrong codec while its text did not; here the indentation read as
    cp1252, from GBK (``¡¡¡¡第一条``) or from UTF-8 (``ã€€ã€€第一条``)."""
    r = d.rng
    mark = r.choice(INDENT_MOJIBAKE)
    for li in body_lines(d, ("label", "para")):
        if r.random() < 0.6:
            d.insert(li.start, mark, tokens=[mark[:2]])


PUA_ICONS = tuple(chr(c) for c in (0xF015, 0xF0E0, 0xE905, 0xE7FD, 0xF3A5, 0xE8B6, 0xF00C, 0xE902))


@register("h2_enc_private_use_icons", "encoding", **H2, description="private-use icon-font characters at line ends and between characters")
def _enc_pua(d: Damager) -> None:
    """``国家税务总局各省级税务局⏎\\ue61a⏎北京``: an icon font's private-use character (U+E61A) left
    in the text three times by the chinatax page of field7 F7-C6; here other icon fonts' code
    points (Font Awesome's U+F0xx, IcoMoon's U+E9xx, Material's U+E7xx-E8xx), at the start or end
    of lines and between two characters."""
    r = d.rng
    lines = body_lines(d, ("label", "para", "heading"))
    for li in r.sample(lines, min(len(lines), r.randint(2, 5))):
        c = r.choice(PUA_ICONS)
        d.insert(r.choice((li.start, li.end)), c, tokens=[c])
    points = han_points(d, body_lines(d))
    for p in r.sample(points, min(len(points), r.randint(1, 3))):
        c = r.choice(PUA_ICONS)
        d.insert(p, c, tokens=[c])


# --------------------------------------------------------------------------- width


def _swap_between_han(d: Damager, table: dict[str, str], rate: float, *, end_of_line: bool = False) -> None:
    marks = regex.escape("".join(table))
    pattern = regex.compile(rf"(?<=\p{{Han}})[{marks}](?=\p{{Han}}{'|$' if end_of_line else ''})", regex.M)
    for li in body_lines(d):
        for m in pattern.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                new = table[m.group()]
                d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])


@register("h2_width_small_forms", "width", **H2, description="small form variants ﹐﹑﹔﹕ for ，、；：")
def _width_small(d: Damager) -> None:
    """Big5 has the small form variants (``﹐`` A14D, ``﹔`` A14F, ``﹕`` A150) next to the normal
    marks, and Big5 pages and their conversions use them; NFKC folds them to ASCII, not to the
    full-width marks of the dataset."""
    _swap_between_han(d, {"，": "﹐", "、": "﹑", "；": "﹔", "：": "﹕"}, 0.5)


@register("h2_width_presentation_colon", "width", **H2, description="︰ (U+FE30) for ： after Han characters")
def _width_colon(d: Damager) -> None:
    """``︰``, the presentation form Hong Kong's Big5 pages write for the colon (the HK gazette of
    field7, /work/field7/_repro/speed_t2s/cs139_ingested.txt); here for ``：`` after a Han
    character, before text, a quotation, an item or the end of the line."""
    for li in body_lines(d):
        for m in regex.finditer(r"(?<=\p{Han})：", d.text[li.start : li.end]):
            if d.rng.random() < 0.9:
                d.edit(li.start + m.start(), li.start + m.end(), "︰", kind="transform", tokens=["︰"])


@register("h2_width_word_forms", "width", **H2, description="〝…〞 for “…” and ﹙…﹚ for （…）")
def _width_word_forms(d: Damager) -> None:
    """``〝…〞`` (U+301D/U+301E), the double prime quotation marks Chinese word processors offer for
    “…”, and ``﹙…﹚`` (U+FE59/U+FE5A), the small parentheses of Big5 (A15D/A15E) for （…）, around
    Chinese text (``﹙一﹚``).  Constructed from the character sets that carry them."""
    pairs = {"“": ("〝", "〞"), "（": ("﹙", "﹚")}
    for li in body_lines(d):
        for m in regex.finditer(r"“[^“”\n]*\p{Han}[^“”\n]*”|（[^（）\n]*\p{Han}[^（）\n]*）", d.text[li.start : li.end]):
            if d.rng.random() >= 0.6:
                continue
            left, right = pairs[m.group()[0]]
            g = d.new_group()
            a, b = li.start + m.start(), li.start + m.end()
            d.edit(a, a + 1, left, kind="transform", tokens=[left], group=g)
            d.edit(b - 1, b, right, kind="transform", tokens=[right], group=g)


@register("h2_width_fullwidth_stop", "width", **H2, description="． (U+FF0E) for 。 after Han characters")
def _width_stop(d: Damager) -> None:
    """``．``, the full-width full stop that Japanese-style and some technical Chinese typesetting
    use for ``。``; here after a Han character, mid-paragraph or at the end of a line."""
    _swap_between_han(d, {"。": "．"}, 0.6, end_of_line=True)


@register("h2_width_vertical_forms", "width", **H2, description="vertical presentation forms ︐︑︒︓︔ for ，、。：；")
def _width_vertical(d: Damager) -> None:
    """``︐ ︑ ︒ ︓ ︔`` (U+FE10-FE14): the marks of vertical typesetting, which text copied from a
    vertically set PDF or e-book keeps."""
    _swap_between_han(d, {"，": "︐", "、": "︑", "。": "︒", "：": "︓", "；": "︔"}, 0.4, end_of_line=True)


# --------------------------------------------------------------------------- layout


@register("h2_layout_pipe_rows", "layout", **H2, description="a layout table rendered with pipes: label | text |")
def _layout_pipes(d: Damager) -> None:
    """``第 一 條 | 本規則依…訂定之。 |``, ``第 一 章 總 則 | |`` (mcrc.gov.tw, field11 F11-S3,
    /work/field11/pages+store11/mcrc_yishiguize.txt): crawlers that write Markdown (Jina, Firecrawl)
    render the site's layout table as pipe rows without a delimiter row; here each paragraph of an
    article is a row of its own (``| text |``)."""
    for li in d.base.lines:
        seg = d.text[li.start : li.end]
        if li.kind == "label":
            m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", seg)
            if m:
                d.edit(li.start + m.start(1), li.start + m.end(1), " | ", kind="transform", tokens=["|"])
                d.insert(li.end, " |", tokens=["|"])
        elif li.kind == "para" and li.article is not None:
            d.insert(li.start, "| ", tokens=["|"])
            d.insert(li.end, " |", tokens=["|"])
        elif li.kind == "heading":
            d.insert(li.end, " | |", tokens=["|"])


_INLINE_RUN = regex.compile(r"[0-9A-Za-z]+")


@register("h2_layout_inline_runs_own_lines", "layout", **H2, description="digit and Latin runs on lines of their own inside a sentence")
def _layout_inline_lines(d: Damager) -> None:
    """``本法自⏎2006⏎年⏎1⏎月⏎1⏎日起施行。`` (field7 F7-C2, 2018_raw.txt / 2023_raw.txt): the
    extractor put every inline ``<span>`` of the page's numbers on a line of its own."""
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        for m in _INLINE_RUN.finditer(seg):
            if m.start() == 0 or d.rng.random() >= 0.7:
                continue
            d.insert(li.start + m.start(), "\n", tokens=[])
            if m.end() < len(seg):
                d.insert(li.start + m.end(), "\n", tokens=[])


@register("h2_layout_pdf_word_blanks", "layout", **H2, description="a blank inside a word where a PDF line wrapped")
def _layout_pdf_blanks(d: Damager) -> None:
    """``精 神``, ``通 知``, ``牴 觸``: 42 blanks in a 1,629-character notice, 27 of them exactly 30
    characters apart (field10 F10-T1): the PDF's line ends became blanks between two characters."""
    w = d.rng.randint(26, 36)
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        for cut in wrap_points(seg, w):
            if _HAN.match(seg, cut - 1) and _HAN.match(seg, cut):
                d.insert(li.start + cut, " ", tokens=[])


@register("h2_layout_pdf_page_footers", "layout", **H2, description="PDF page numbers (— 3 —) on lines of their own, cutting paragraphs")
def _layout_page_footers(d: Damager) -> None:
    """``— 3 —`` / ``－ 3 －`` / ``- 3 -``: the page footer of a Chinese official document PDF
    (GB/T 9704 puts the page number between dashes), kept by a text extraction between the last
    line of one page and the first of the next, mid-sentence (the PDF copies of field10 F10-L1 keep
    their page breaks so)."""
    r = d.rng
    style = r.choice(("— {} —", "－ {} －", "- {} -", "-{}-"))
    page = 1
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        cuts = wrap_points(seg, r.randint(20, 40))
        if cuts and r.random() < 0.35:
            page += 1
            footer = style.format(page)
            d.insert(li.start + r.choice(cuts), f"\n{footer}\n" if r.random() < 0.6 else f"\n\n{footer}\n\n", tokens=[footer, "\n"])


_WECHAT_SECTION = (
    '<section style="margin: 0px 8px; line-height: 1.75em;">',
    '<section data-role="paragraph" class="_135editor" style="box-sizing: border-box;">',
    '<section style="text-indent: 2em; letter-spacing: 1px;">',
)
_WECHAT_SPAN = (
    '<span style="font-size: 15px; color: rgb(62, 62, 62);">',
    '<span style="letter-spacing: 1px; font-family: 微软雅黑;">',
)


@register("h2_layout_wechat_sections", "layout", fmt="html", **H2, description="WeChat editor markup: <section><p><span>, labels in <strong>")
def _layout_wechat(d: Damager) -> None:
    """A WeChat-editor (135editor) article: every paragraph a ``<section style=…>`` around a ``<p>``
    whose text is cut into styled ``<span>`` runs, the article label in ``<strong>`` (field10 F10-N2,
    the literal ``<section style=…>``/``<strong>`` markup of a WeChat repost on the 320924.com archiver)."""
    r = d.rng
    for li in body_lines(d, ("label", "para", "heading")):
        seg = d.text[li.start : li.end]
        span = r.choice(_WECHAT_SPAN)
        d.edit(li.outer_start, li.start, r.choice(_WECHAT_SECTION) + '<p style="margin-bottom: 0px;">' + span, kind="markup")
        m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?", seg) if li.kind == "label" else None
        if m:
            d.insert(li.start, "<strong>", kind="markup")
            d.insert(li.start + m.end(), "</strong>", kind="markup")
        for cut in wrap_points(seg, r.randint(12, 30))[:3]:
            if not (m and cut <= m.end()):
                d.insert(li.start + cut, "</span>" + r.choice(_WECHAT_SPAN), kind="markup")
        d.edit(li.end, li.outer_end, "</span></p></section>\n", kind="markup")


# --------------------------------------------------------------------------- mixed


@register("h2_mixed_farm_notice", "mixed", **H2, description="a content farm's copy: a server error, keyword header, emoji and decorated promo words in sentences")
def _mixed_farm(d: Damager) -> None:
    """The heimaoysw page of field7b as a whole, in this set's members: a server error, a keyword
    line, emoji and decorated promo words inside sentences."""
    for name in ("h2_furn_server_errors", "h2_spam_keyword_header", "h2_spam_emoji_in_words", "h2_spam_star_promo_inline"):
        run_as(d, name)


@register("h2_mixed_council_rows", "mixed", **H2, description="a Taiwan council page: pipe rows, corner quotes, Traditional, footer stamp")
def _mixed_council(d: Damager) -> None:
    """mcrc.gov.tw and tncc.gov.tw of field11 Source 4 together: a Traditional page as pipe rows,
    Taiwan quotation marks, the last-modified footer."""
    for name in ("h2_layout_pipe_rows", "h2_script_tw_corner_quotes", "h2_furn_modified_address"):
        run_as(d, name)


@register("h2_mixed_party_farm", "mixed", **H2, description="a farm copy: keyword header, character-table Traditional, toned ruby with blanks")
def _mixed_party(d: Damager) -> None:
    """fcfcarencro's 党章 (field11 Source 4): keyword header, Traditional script, toned readings
    with a blank before the bracket."""
    for name in ("h2_spam_keyword_header", "h2_ruby_tone_blank_inside", "h2_script_char_table"):
        run_as(d, name)


@register("h2_mixed_pdf_copy", "mixed", **H2, description="a PDF copy: page footers, blanks at wraps, vertical-form marks, icon characters")
def _mixed_pdf(d: Damager) -> None:
    """A text layer copied from a PDF: page numbers mid-paragraph, blanks where lines wrapped,
    presentation-form punctuation, icon-font characters."""
    for name in ("h2_layout_pdf_page_footers", "h2_layout_pdf_word_blanks", "h2_width_vertical_forms", "h2_enc_private_use_icons"):
        run_as(d, name)


@register("h2_mixed_mirror_page", "mixed", **H2, description="a law mirror: site bars, disclaimer, GBK-as-cp1252 lines, small-form marks, service spam")
def _mixed_mirror(d: Damager) -> None:
    """The 法律资料网 / chinacourt mirrors of field7b and field11 with an encoding accident and a
    spammed word."""
    for name in ("h2_furn_mirror_chrome", "h2_furn_disclaimer", "h2_enc_gbk_as_cp1252_lines", "h2_width_small_forms",
                 "h2_spam_contact_inline"):
        run_as(d, name)
