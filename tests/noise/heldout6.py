"""HELD-OUT NOISE VARIANTS, SET 6 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A sixth sealed set of the wide noise benchmark (issue 15), written by the lead
of session 23 while that session's rooms worked and before any of their
changes was merged: set 5's members were named in that session's briefs, so
set 5 became a development set and this set is the blind measure.  Its
variants are new members of the families of ``tests/noise/wide``: in neither
the seen generator nor the first five sealed sets, and none of them named in a
brief of any session.  Each docstring names the real mechanism the damage
copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 6 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 6`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.families import spam as sp
from tests.noise.wide.registry import (
    body_lines, end_of_body, paragraph_insert, register, top_of_body,
)
from tests.noise.wide.registry import between_articles as _between_articles, body_start as _body_start, lines_at as _lines_at

H6 = dict(heldout=True, heldout_set=6)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby


@register("h6_ruby_word_eq_field", "ruby", **H6,
          description="Word's phonetic guide left as its field code (EQ \\* jc2 … \\o\\ad(\\s\\up 9(ān),鞍))")
def _ruby_eq_field(d: Damager) -> None:
    """``EQ \\* jc2 \\* "Font:宋体" \\* hps10 \\o\\ad(\\s\\up 9(xíng),行)``: Word's 拼音指南
    (phonetic guide) stores each annotated character as an EQ field; a copy made with field codes
    shown, or a converter that writes fields as their code, leaves the code with the reading and the
    base character inside it, in braces or bare.  Each character of about one two-character word
    in twenty-five."""
    text = d.text
    font = d.rng.choice(("宋体", "仿宋_GB2312", "微软雅黑"))
    size = d.rng.choice((10, 21, 24))
    up = d.rng.choice((9, 10, 20))
    braces = d.rng.random() < 0.5
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            readings = rb._readings(run.group(), Style.TONE)
            if readings is None:
                continue
            i = 0
            while i + 2 <= len(run.group()):
                if d.rng.random() < 0.04:
                    g = d.new_group()
                    for k in (i, i + 1):
                        ch, r = run.group()[k], readings[k]
                        code = f'EQ \\* jc2 \\* "Font:{font}" \\* hps{size} \\o\\ad(\\s\\up {up}({r}),{ch})'
                        new = "{ " + code + " }" if braces else code
                        s = run.start() + k
                        d.edit(s, s + 1, new, kind="transform", tokens=[r, "EQ"], group=g)
                i += 2


_LABELS = (("（拼音：", "）"), ("(拼音: ", ")"), ("（读音：", "）"), ("（注音：", "）"), ("(pinyin: ", ")"))


@register("h6_ruby_labelled_reading", "ruby", **H6,
          description="a word's reading in a bracket that says what it is: 行政（拼音：xíng zhèng）")
def _ruby_labelled(d: Damager) -> None:
    """``行政（拼音：xíng zhèng）``, ``（注音：ㄒㄧㄥˊ ㄓㄥˋ）``: encyclopedias, reading primers and
    teaching copies gloss a word with a labelled reading in brackets after it; a law copied from
    such a page keeps the glosses.  Three to six words a page, one label style a page."""
    text = d.text
    left, right = d.rng.choice(_LABELS)
    style = Style.BOPOMOFO if "注音" in left else d.rng.choice((Style.TONE, Style.NORMAL))
    spots = []
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            if len(run.group()) >= 3:
                spots.append(run)
    d.rng.shuffle(spots)
    want, done = d.rng.randint(3, 6), 0
    for run in spots:
        if done >= want:
            break
        n = d.rng.choice((2, 2, 3))
        k = d.rng.randint(0, len(run.group()) - n)
        word = run.group()[k : k + n]
        readings = rb._readings(word, style)
        if readings is None:
            continue
        reading = (" " if style != Style.NORMAL or d.rng.random() < 0.5 else "").join(readings)
        new = f"{left}{reading}{right}"
        if d.insert(run.start() + k + n, new, tokens=[reading, left.strip("（(： :")]):
            done += 1


# --------------------------------------------------------------------------- spam

HIDDEN_BRANDS = ("聚鑫汇娱乐", "星耀棋牌", "御彩轩", "盛世彩票网", "金冠体育", "博瑞真人")
HIDDEN_STYLES = ('display:none', 'position:absolute;left:-9999px;top:-9999px', 'visibility:hidden;height:0;overflow:hidden',
                 'font-size:0;line-height:0', 'text-indent:-9999em;overflow:hidden;height:1px')


def _hidden_domain(r) -> str:
    letters = "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(2, 4)))
    return f"www.{letters}{r.randint(10, 999)}{r.choice(('.com', '.cc', '.vip', '.net'))}"


@register("h6_spam_hidden_links", "spam", fmt="html", **H6,
          description="an SEO dark-link block hidden by CSS (display:none, left:-9999px) inside a government page")
def _spam_hidden(d: Damager) -> None:
    """``<div style="display:none"><a href="http://www.xyz88.com/">聚鑫汇娱乐</a> …</div>``: the
    dark links (暗链) that intruders plant in hacked government sites for search engines: a block of
    gambling links hidden from readers by an inline style, between two paragraphs or inside one; a
    text extractor that ignores CSS keeps the brands.  Names invented."""
    r = d.rng
    text = d.text
    lines = body_lines(d, ("label", "para"))
    for _ in range(r.randint(1, 2)):
        names = r.sample(HIDDEN_BRANDS, r.randint(2, 4))
        links = [(_hidden_domain(r), n) for n in names]
        inner = "".join(f'<a href="http://{u}/" target="_blank">{n}</a>' for u, n in links)
        style = r.choice(HIDDEN_STYLES)
        toks = [t for u, n in links for t in (n, u)]
        if r.random() < 0.5:
            where = r.choice([li.outer_start for li in lines[1:]] or [end_of_body(d)])
            d.insert(where, f'<div style="{style}">{inner}</div>\n', tokens=toks)
        else:
            li = r.choice(lines)
            m = list(_HAN.finditer(text, li.start, li.end))
            if len(m) < 4:
                continue
            p = m[r.randint(1, len(m) - 2)].end()
            d.insert(p, f'<span style="{style}">{inner}</span>', tokens=toks)


_CUES = ("加薇", "薇❤", "扣扣", "威信", "V❤", "加扣", "咨询薇")
_DIGIT_DRESS = (
    dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")),
    dict(zip("0123456789", "〇一二三四五六七八九")),
    dict(zip("0123456789", "零壹贰叁肆伍陆柒捌玖")),
    dict(zip("0123456789", "０１２３４５６７８９")),
)


@register("h6_spam_disguised_contact", "spam", **H6,
          description="a contact whose number is written in circled, Chinese or capital numerals (加薇：②⑧⑦…) inserted into sentences")
def _spam_contact(d: Damager) -> None:
    """``开户咨询扣扣：贰捌柒伍伍肆壹贰叁``, ``（加薇❤：⑦⑦⑧⑥⑤④③）``: spam that dodges the filters for
    digit runs writes the account number in circled digits, Chinese numerals or the capital
    numerals of cheques, and the channel in a sound-alike with a heart; inserted into sentences,
    bare or in brackets.  Numbers random."""
    dress = d.rng.choice(_DIGIT_DRESS)

    def make(r):
        number = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(r.randint(7, 9)))
        shown = "".join(dress[c] for c in number)
        cue = r.choice(_CUES)
        s = f"{r.choice(('', '开户', '代理', '上分'))}{cue}{r.choice(('：', ':', ''))}{shown}"
        if r.random() < 0.5:
            s = f"（{s}）"
        return s, [s, shown, cue]

    sp.insert_inline(d, make, n=(2, 4))


def _share_code(r) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(r.choice(alphabet) for _ in range(11))


@register("h6_spam_share_password", "spam", **H6,
          description="a shopping app's share password (复制这段内容￥Xp7a1Ec2Rt9￥打开手机淘宝) as a line between articles")
def _spam_password(d: Damager) -> None:
    """``复制这段内容￥Xp7a1Ec2Rt9￥后打开👉手机淘宝👈``: the share password (淘口令) that promotion
    accounts paste everywhere: a code between currency signs and an instruction to open the app;
    a mirror's spam lines carry it between articles, once or twice a page.  Codes random."""
    r = d.rng
    spots = _between_articles(d) or [end_of_body(d)]
    for where in r.sample(spots, min(len(spots), r.randint(1, 2))):
        sign = r.choice(("￥", "€", "$", "₤", "¢"))
        code = _share_code(r)
        s = r.choice((f"复制这段内容{sign}{code}{sign}后打开👉手机淘宝👈",
                      f"{sign}{code}{sign}，打開【手机淘宝】即可查看",
                      f"【限时优惠】长按复制{sign}{code}{sign}打开拼多多领券"))
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=[s, code])


# --------------------------------------------------------------------------- furniture


@register("h6_furn_search_box", "furniture", **H6, description="a portal's search box and hot words above the title")
def _furn_search(d: Damager) -> None:
    """``请输入关键字　搜索　高级搜索``, ``热门搜索：社保 公积金 …``: the search box of a portal's
    header; a saved page's text keeps its placeholder, its button and its hot words above the law."""
    r = d.rng
    lines = [r.choice(("请输入关键字　搜索　高级搜索", "站内搜索：　　搜 索", "请输入您要搜索的内容　检索",
                       "全站搜索 | 本栏目搜索　请输入关键词"))]
    if r.random() < 0.7:
        lines.append(r.choice(("热门搜索：社保　公积金　营业执照　办事指南", "热搜词：政策解读 人事任免 招考信息",
                               "热点：疫情防控　优化营商环境")))
    _lines_at(d, top_of_body(d), lines)


@register("h6_furn_image_placeholders", "furniture", **H6,
          description="picture placeholders and photo captions between articles ([图片], 图为…（记者 摄）)")
def _furn_images(d: Damager) -> None:
    """``[图片]``, ``图为市人大常委会第三十五次会议现场。（记者 王明 摄）``, ``（点击图片查看大图）``: a news
    portal's copy of a law carries the pictures its editor put into the text; a text copy keeps
    the placeholder the extractor writes for the image and the caption under it."""
    r = d.rng
    spots = _between_articles(d) or [end_of_body(d)]
    for where in r.sample(spots, min(len(spots), r.randint(1, 3))):
        lines = [r.choice(("[图片]", "[图片]", "【图片】", "（点击图片查看大图）", "[img]"))]
        if r.random() < 0.6:
            lines.append(r.choice(("图为市人大常委会第三十五次会议现场。（记者 王明 摄）",
                                   "资料图片（图片来源：网络）", "图片来源：新华社")))
        _lines_at(d, where, lines)


@register("h6_furn_date_banner", "furniture", **H6,
          description="today's date, weekday, lunar date or weather in the portal's header above the title")
def _furn_date(d: Damager) -> None:
    """``今天是：2024年3月5日　星期二　农历正月廿五``: Chinese portals show the day (often with the
    lunar date or the weather) in their header bar; a saved page's text keeps it above the law, and
    the date is not the law's."""
    r = d.rng
    y, m, dd = r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28)
    week = r.choice("一二三四五六日")
    line = r.choice((f"今天是：{y}年{m}月{dd}日　星期{week}", f"{y}年{m}月{dd}日 星期{week} 农历{r.choice('正二三四五六七八九十')}月初{r.choice('一二三四五六七八九')}",
                     f"{y}年{m:02d}月{dd:02d}日　星期{week}　晴 {r.randint(-5, 15)}℃～{r.randint(16, 32)}℃",
                     f"今天是{y}年{m}月{dd}日 星期{week}"))
    _lines_at(d, top_of_body(d), [line])


# --------------------------------------------------------------------------- script


@register("h6_script_scattered_chars", "script", **H6,
          description="single characters Traditional here and there in a Simplified page (国務院, 發展)")
def _script_scattered(d: Damager) -> None:
    """``县级以上人民政府應当加强``: a page typed with an input method or an OCR font that now and
    then gives the Traditional form of a single character (not a word, not a sentence): about one
    convertible character in eight, Simplified around it."""
    text = d.text
    config = d.rng.choice(("s2t", "s2hk"))
    for line in body_lines(d, ("label", "para")):
        for m in _HAN.finditer(text, _body_start(d, line), line.end):
            if d.rng.random() < 0.12:
                scr.convert_span(d, m.start(), m.end(), config)


_BOOK_TITLE = regex.compile(r"《([^《》\n]{2,40})》")


@register("h6_script_quoted_titles", "script", **H6,
          description="the names of cited laws inside 《…》 Traditional in a Simplified page")
def _script_titles(d: Damager) -> None:
    """``根据《中華人民共和國旅遊法》``: a page whose editor pasted the names of the laws it cites
    from a Hong Kong or Taiwan database, so every 《…》 reads Traditional and the sentence around it
    Simplified."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw"))
    for line in body_lines(d, ("label", "para", "heading")):
        for m in _BOOK_TITLE.finditer(d.text, line.start, line.end):
            scr.convert_span(d, m.start(1), m.end(1), config)


# --------------------------------------------------------------------------- encoding


def _python_bytes(seg: str) -> str | None:
    """``seg``'s UTF-8 as Python prints a bytes object (``\\xe7\\xac\\xac``), ASCII kept."""
    if not _HAN.search(seg) or "\\" in seg or "'" in seg:
        return None
    return repr(seg.encode("utf-8"))[2:-1]


@register("h6_enc_python_bytes", "encoding", **H6, description="lines left as a printed bytes object (b'\\xe7\\xac\\xac…')")
def _enc_bytes(d: Damager) -> None:
    """``b'\\xe7\\xac\\xac\\xe4\\xba\\x94\\xe6\\x9d\\xa1 ...'``: a scraper that wrote ``str(bytes)`` (or
    a log line) instead of the decoded text: one to three lines as Python shows a bytes object,
    with or without its ``b'…'`` wrapper."""
    wrap = d.rng.random() < 0.5

    def mangle(seg: str) -> str | None:
        s = _python_bytes(seg)
        return None if s is None else (f"b'{s}'" if wrap else s)

    enc.mangle_lines(d, mangle, n=(1, 3))


_SINGLE_BYTE = ("cp1257", "iso8859_5", "iso8859_7", "cp1258")


@register("h6_enc_utf8_as_single_byte", "encoding", **H6,
          description="the longest part of a line of UTF-8 read by a Baltic, Cyrillic ISO, Greek ISO or Vietnamese single-byte reader")
def _enc_single(d: Damager) -> None:
    """``δΈ­``-like mojibake in other alphabets: UTF-8 read by a reader set to a single-byte code page
    of another region (Windows-1257, ISO-8859-5, ISO-8859-7, Windows-1258), the longest part of a
    line such a strict decoder reads without loss; one code page a page."""
    codec = d.rng.choice(_SINGLE_BYTE)

    def mangle(seg: str) -> str | None:
        try:
            out = seg.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            return None
        return out if out != seg else None

    enc.mangle_spans(d, mangle, n=(1, 3), min_chars=6)


@register("h6_enc_bom_mojibake", "encoding", **H6,
          description="a UTF-8 byte-order mark read as Windows-1252 (ï»¿) at the start of some paragraphs")
def _enc_bom(d: Damager) -> None:
    """``ï»¿第五条``: files saved with a UTF-8 byte-order mark, concatenated into one page (one file
    per article or per chapter) and read as Windows-1252, show the mark as three Latin letters at the
    start of each joined file: the page's first line and a few paragraphs."""
    r = d.rng
    lines = body_lines(d, ("label", "heading"))
    picks = [d.base.lines[0]] + r.sample(lines, min(len(lines), r.randint(1, 4)))
    for li in picks:
        d.insert(li.start, "ï»¿", tokens=["ï»¿"])


# --------------------------------------------------------------------------- width

_STOP = regex.compile(r"(?<=\p{Han})。(?=\p{Han}|$)", regex.M)


@register("h6_width_circle_stops", "width", **H6, description="。 read by an OCR as a white circle (○ ◯)")
def _width_circles(d: Damager) -> None:
    """``本条例自公布之日起施行○``: an OCR engine (or a font-mapping PDF copy) reads the ideographic
    full stop as the geometric white circle it looks like; about a third of the full stops after a
    Han character, one circle a page."""
    circle = d.rng.choice(("○", "◯"))
    for line in body_lines(d, ("label", "para")):
        for m in _STOP.finditer(d.text, line.start, line.end):
            if d.rng.random() < 0.35:
                d.edit(m.start(), m.end(), circle, kind="transform", tokens=[])


_TITLE_PAIRS = (("«", "»"), ("≪", "≫"), ("⟪", "⟫"))


@register("h6_width_title_lookalikes", "width", **H6, description="《…》 written with look-alike double angle marks (« » ≪ ≫ ⟪ ⟫)")
def _width_titles(d: Damager) -> None:
    """``根据«中华人民共和国旅游法»``: a font converter or a writer's European keyboard gives the
    book-title marks as guillemets or the mathematical much-less/much-greater signs; one pair a page,
    on most titles."""
    left, right = d.rng.choice(_TITLE_PAIRS)
    for line in body_lines(d, ("label", "para", "heading")):
        for m in _BOOK_TITLE.finditer(d.text, line.start, line.end):
            if d.rng.random() < 0.8:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, left, kind="transform", tokens=[], group=g)
                d.edit(m.end() - 1, m.end(), right, kind="transform", tokens=[], group=g)


# --------------------------------------------------------------------------- layout


@register("h6_layout_literal_newlines", "layout", **H6, description="the page on one line, its breaks written as the two characters \\n")
def _layout_literal(d: Damager) -> None:
    """``第一条 为了…\\n\\n第二条 …``: a text field of a crawler's JSON or CSV export printed without
    decoding its escapes: the whole page on one line, every line break the two characters
    backslash-n (or ``\\r\\n``)."""
    mark = d.rng.choice(("\\n", "\\r\\n"))
    text = d.text
    for m in regex.finditer(r"\n", text):
        if m.end() < len(text):
            d.edit(m.start(), m.end(), mark, kind="transform", tokens=[])


@register("h6_layout_tag_residue", "layout", **H6, description="a text file whose paragraphs keep their HTML tags (<p>…</p>, <br />)")
def _layout_tags(d: Damager) -> None:
    """``<p style="text-indent:2em">第一条 …</p>``: a crawler that stored the article's inner HTML
    in a text field, then wrote it as plain text: each paragraph keeps its tags, or a ``<br />``
    ends each line.  One style a page."""
    r = d.rng
    style = r.choice(("p", "p_indent", "br", "div"))
    for li in d.base.lines:
        if li.kind not in ("label", "para", "heading"):
            continue
        g = d.new_group()
        if style == "br":
            d.insert(li.end, "<br />", tokens=["<br />"], group=g)
            continue
        tag = {"p": "<p>", "p_indent": '<p style="text-indent:2em;">', "div": "<div>"}[style]
        close = "</div>" if style == "div" else "</p>"
        d.insert(li.start, tag, tokens=[tag], group=g)
        d.insert(li.end, close, tokens=[close], group=g)


_SENTENCE_END = regex.compile(r"[。；](?=[^\n])")


@register("h6_layout_sentence_lines", "layout", **H6,
          description="every sentence of a paragraph on a line of its own, paragraphs still apart by blank lines")
def _layout_sentences(d: Damager) -> None:
    """``第三条 市、区人民政府应当加强…。⏎区人民政府负责…。``: a corpus tool's sentence-split export (one
    sentence a line) that kept the blank line between paragraphs: every 。 or ； inside a paragraph
    is followed by a line break."""
    for li in body_lines(d, ("label", "para")):
        for m in _SENTENCE_END.finditer(d.text, li.start, li.end):
            if m.end() < li.end:
                d.insert(m.end(), "\n", tokens=[])


# --------------------------------------------------------------------------- mixed


@register("h6_mixed_baike_copy", "mixed", **H6,
          description="an encyclopedia entry's copy: its toolbar above the title, [n] references, 参考资料 and tags at the end")
def _mixed_baike(d: Damager) -> None:
    """A law copied from an online encyclopedia entry (百科): ``收藏 查看我的收藏 0 有用+1 0`` and
    ``编辑 锁定 讨论`` above it, reference marks ``[1]`` after a few sentences, and ``参考资料``
    with its numbered sources and ``词条标签：`` at the end."""
    r = d.rng
    title = d.base.law.title
    _lines_at(d, top_of_body(d), [r.choice(("收藏", "收藏 查看我的收藏")), f"0有用+1 {r.randint(0, 9)}",
                                  r.choice(("编辑 锁定 讨论 上传视频", "编辑 讨论 锁定"))])
    ends = [li.end for li in body_lines(d) if d.text[li.end - 1 : li.end] == "。"]
    n = 0
    for p in sorted(r.sample(ends, min(len(ends), r.randint(2, 4)))):
        n += 1
        d.insert(p, f"[{n}]", tokens=[f"[{n}]"])
    refs = ["参考资料"] + [f"{k}.  {title} ．{r.choice(('中国人大网', '北大法宝', '政府网站'))}[引用日期{r.randint(2015, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}]"
                         for k in range(1, max(n, 1) + 1)]
    refs.append(f"词条标签：{r.choice(('法律', '社会', '地方法规'))} ， {r.choice(('规章', '书籍', '政策'))}")
    _lines_at(d, end_of_body(d), refs)


@register("h6_mixed_converter_watermark", "mixed", **H6,
          description="a document converter's evaluation watermark at the top and end, with its page counters")
def _mixed_converter(d: Damager) -> None:
    """A law converted from .doc or .pdf by a library run without a licence: ``Evaluation Warning:
    The document was created with Spire.Doc for .NET.`` above the text, the vendor's line at the
    end, and the converter's ``第 2 页 共 5 页`` counters at the page breaks."""
    r = d.rng
    top = r.choice(("Evaluation Warning: The document was created with Spire.Doc for .NET.",
                    "Evaluation Only. Created with Aspose.Words. Copyright 2003-2023 Aspose Pty Ltd.",
                    "Evaluation Warning : The document was created with Spire.PDF for .NET."))
    _lines_at(d, top_of_body(d), [top])
    spots = _between_articles(d)
    breaks = sorted(r.sample(spots, min(len(spots), r.randint(1, 3))))
    total = len(breaks) + 1
    for k, where in enumerate(breaks, 1):
        _lines_at(d, where, [f"第 {k} 页 共 {total} 页"])
    _lines_at(d, end_of_body(d), [r.choice(("Created with an evaluation copy of Aspose.Words. To discover the full versions of our APIs please visit: https://products.aspose.com/words/",
                                            "This document was truncated here because it was created in the Evaluation Mode."))])
