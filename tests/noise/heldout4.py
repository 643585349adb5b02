"""HELD-OUT NOISE VARIANTS, SET 4 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A fourth sealed set of the wide noise benchmark (issue 15), written by the lead
of session 20 before any cleaner change of that session was merged, because the
members of the third set (``tests/noise/heldout3.py``) had been measured blind
twice and their weak spots were known to the person writing the rooms' briefs.
Its variants are new members of the families of ``tests/noise/wide``: in
neither the seen generator nor the first three sealed sets, and none of them
named in a brief of session 20.  Each docstring names the real mechanism (or
the real page) the damage copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 4 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 4`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import json

import regex
from pypinyin import Style, pinyin

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.families import spam as sp
from tests.noise.wide.registry import (
    body_lines, end_of_body, fullwidth, register, top_of_body,
)
from tests.noise.wide.registry import between_articles as _between_articles, body_start as _body_start, lines_at as _lines_at

H4 = dict(heldout=True, heldout_set=4)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby


@register("h4_ruby_markdown_syntax", "ruby", **H4,
          description="a word's readings left in an unrendered Markdown ruby syntax ({word|r1|r2})")
def _ruby_markdown(d: Damager) -> None:
    """``{马鞍山|mǎ|ān|shān}``, ``{行政|xíng zhèng}``: the ruby syntax of Markdown editors and their
    plugins (markdown-it-ruby, the furigana plugins of static-site generators) writes a word and its
    readings in braces; a copy of the Markdown source (or a renderer without the plugin) keeps the
    syntax in the text.  One 2-3 character word in about eight."""
    text = d.text
    style = d.rng.choice((Style.TONE, Style.NORMAL))
    per_char = d.rng.random() < 0.6
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            readings = rb._readings(run.group(), style)
            if readings is None:
                continue
            i = 0
            while i < len(run.group()):
                size = min(d.rng.randint(2, 3), len(run.group()) - i)
                if size >= 2 and d.rng.random() < 0.12:
                    word = run.group()[i : i + size]
                    rs = readings[i : i + size]
                    new = "{" + word + "|" + ("|".join(rs) if per_char else " ".join(rs)) + "}"
                    s = run.start() + i
                    d.edit(s, s + size, d.base.escape(new), kind="transform", tokens=[*rs, "{" + word])
                i += size


def _heteronym(ch: str) -> bool:
    out = pinyin(ch, style=Style.NORMAL, heteronym=True, errors=lambda chars: [[None]])
    return bool(out) and len({r for r in out[0] if r}) > 1


@register("h4_ruby_heteronyms_only", "ruby", **H4,
          description="readings only after the characters that have several readings, the one they have here")
def _ruby_heteronyms(d: Damager) -> None:
    """``行(xíng)政``, ``处(chǔ)罚``, ``重(zhòng)大``: reading materials for learners annotate only the
    characters with several readings (多音字) with the reading of the word they stand in; a copy
    flattens the annotation.  Sparse: only those characters, about one in three of them."""
    text = d.text
    left, right = d.rng.choice((("(", ")"), ("（", "）")))
    style = d.rng.choice((Style.TONE, Style.TONE3))
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            readings = rb._readings(run.group(), style)
            if readings is None:
                continue
            for k, ch in enumerate(run.group()):
                if _heteronym(ch) and d.rng.random() < 0.35:
                    d.insert(run.start() + k + 1, d.base.escape(f"{left}{readings[k]}{right}"), tokens=[readings[k]])


# --------------------------------------------------------------------------- spam

#: Gambling brands invented here, as mirrors write them in Traditional script (Macau/Taiwan spam).
TRAD_BRANDS = ("鼎鑫娛樂城", "御匯國際娛樂", "皇冠體育投注", "銀河棋牌遊戲", "威龍線上娛樂場", "金滿貫彩票網", "聚寶閣真人視訊", "華納百家樂")
TRAD_LATIN = ("dxyl", "yhgj88", "hg365", "yhqp", "wlxs", "jmg777", "jbg", "hnbjl")


@register("h4_spam_traditional_brand", "spam", **H4,
          description="a gambling brand written in Traditional script inserted into Simplified sentences")
def _spam_traditional(d: Damager) -> None:
    """``…的监督管理鼎鑫娛樂城工作…``: spam aimed at Macau and Taiwan readers keeps its brand in
    Traditional script when it is injected into a mainland (Simplified) page; a cleaner that converts
    the page's Traditional spans meets the brand in Simplified after conversion.  Names invented."""
    def make(r):
        k = r.randrange(len(TRAD_BRANDS))
        s = TRAD_BRANDS[k]
        if r.random() < 0.4:
            s += r.choice(("", "-", "｜")) + TRAD_LATIN[k] + r.choice((".com", ".net", ""))
        simp = scr.cc("t2s").convert(TRAD_BRANDS[k])
        return s, [s, TRAD_BRANDS[k], simp]

    sp.insert_inline(d, make, n=(2, 4))


ZW_NAMES = ("金樽娱乐", "瑞丰彩票", "鼎泰棋牌", "万禧体育", "昌盛真人", "福满电竞")


@register("h4_spam_zero_width_brand", "spam", **H4,
          description="a brand whose characters are interleaved with invisible characters, inserted into sentences")
def _spam_zero_width(d: Damager) -> None:
    r"""``金\u200b樽\u200b娱\u200b乐``: spam that dodges keyword filters by putting zero-width spaces,
    joiners or soft hyphens between a brand's characters (the trick of comment and forum spam);
    the reader sees a plain brand inside the law's sentence.  Names invented."""
    pool = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad")

    def make(r):
        name = r.choice(ZW_NAMES)
        z = r.choice(pool)
        s = z.join(name)
        if r.random() < 0.3:
            s = z + s + z
        return s, [s, name]

    sp.insert_inline(d, make, n=(2, 4))


#: Homophones and near-homophones spam writes to dodge filters (菠菜 for 博彩, 鱼乐 for 娱乐).
HOMOPHONE_TRADES = ("菠菜", "渔乐城", "鱼乐场", "旗牌", "采票", "真仁视讯", "百嘉乐", "時时采", "体肓投注")
HOMOPHONE_HEADS = ("鑫发", "鼎盛", "汇赢", "旺达", "荣昌", "宏运")


@register("h4_spam_homophone_trades", "spam", **H4,
          description="brands whose trade words are spelt with homophones (菠菜 for 博彩) inserted into sentences")
def _spam_homophones(d: Damager) -> None:
    """``鑫发菠菜``, ``汇赢渔乐城``, ``宏运旗牌hy88``: Chinese gambling spam spells its trade words
    with homophones or look-alikes (菠菜 for 博彩, 鱼乐 for 娱乐, 采票 for 彩票) so that keyword
    filters miss them.  Names invented; the homophones are the ones spam uses."""
    def make(r):
        head, trade = r.choice(HOMOPHONE_HEADS), r.choice(HOMOPHONE_TRADES)
        s = head + trade
        if r.random() < 0.35:
            s += r.choice(("", "_", " ")) + r.choice(("xf", "ds", "hy", "wd", "rc")) + str(r.randint(10, 999))
        return s, [s, head + trade]

    sp.insert_inline(d, make, n=(2, 4))


# --------------------------------------------------------------------------- furniture


@register("h4_furn_comment_box", "furniture", **H4, description="a comment box's lines after the last article")
def _furn_comments(d: Damager) -> None:
    """``网友评论``, ``已有0人参与``, ``请文明上网，理性发言``, ``验证码：`` ``提交评论``: the comment
    widget of news and mirror pages (the 163/sina templates and the CMS of law portals), saved after
    the text."""
    r = d.rng
    lines = [r.choice(("网友评论", "我要评论", "发表评论", "评论区")),
             r.choice(("（已有0人参与）", "共有0条评论", "0条评论 / 0人参与")),
             r.choice(("请文明上网，理性发言。", "请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。")),
             r.choice(("用户名：匿名　验证码：　提交评论", "登录后才能发表评论", "评论内容：　发表")),]
    _lines_at(d, end_of_body(d), lines[: r.randint(3, 4)])


@register("h4_furn_feedback_widget", "furniture", **H4,
          description="a satisfaction/correction widget after the last article (and its button at the top)")
def _furn_feedback(d: Damager) -> None:
    """``本页面内容对您是否有帮助？``, ``有帮助　没帮助``, ``【我要纠错】``, ``满意度评价：满意 一般 不满意``:
    the feedback and error-report widgets that government portals carry under each document (the
    national 政府网站 规范 asks for them), saved with the page."""
    r = d.rng
    lines = [r.choice(("本页面内容对您是否有帮助？", "您对本页面内容是否满意？", "这篇文章对您有帮助吗？")),
             r.choice(("有帮助　没帮助", "满意　一般　不满意", "非常满意 满意 一般 不满意")),
             r.choice(("【我要纠错】", "[我要纠错]", "纠错")),]
    _lines_at(d, end_of_body(d), lines)
    if r.random() < 0.5:
        _lines_at(d, top_of_body(d), [r.choice(("【我要纠错】", "我要纠错 | 打印"))])


@register("h4_furn_audio_player", "furniture", **H4, description="a read-aloud player's lines above the text")
def _furn_audio(d: Damager) -> None:
    """``语音播报``, ``▶ 00:00 / 05:32``, ``听全文``: the read-aloud (语音播报) players of government
    and news pages, whose control labels and time display a text copy keeps above the law."""
    r = d.rng
    m, s = r.randint(1, 14), r.randint(0, 59)
    lines = [r.choice(("语音播报", "听全文", "【语音朗读】", "点击收听")),
             r.choice((f"▶ 00:00 / {m:02d}:{s:02d}", f"00:00/{m:02d}:{s:02d}", f"播放　00:00　{m:02d}:{s:02d}　1.0x"))]
    _lines_at(d, top_of_body(d), lines)


# --------------------------------------------------------------------------- script


@register("h4_script_body_traditional", "script", **H4,
          description="every article Traditional, the title and headings Simplified")
def _script_body(d: Damager) -> None:
    """A page whose CMS template sets the title and headings itself (in Simplified) around a body
    pasted from a Taiwan or Hong Kong copy (OpenCC s2tw or s2hk): the reverse of a template that
    converts only its own fields."""
    config = d.rng.choice(("s2tw", "s2hk", "s2t"))
    for line in body_lines(d, ("label", "para")):
        scr.convert_span(d, line.start, line.end, config)


@register("h4_script_second_half", "script", **H4,
          description="the law's text Simplified up to an article, Traditional from there to the end")
def _script_second_half(d: Damager) -> None:
    """A page completed from another copy: the editor's Simplified copy broke off, the rest was
    pasted from a Traditional mirror (s2t or s2hk), from an article's label to the end of the law,
    headings included."""
    lines = [li for li in d.base.lines if li.kind in ("label", "para", "heading")]
    labels = [k for k, li in enumerate(lines) if li.kind == "label"]
    if len(labels) < 2:
        return
    cut = labels[d.rng.randint(len(labels) // 3, max(len(labels) // 3, len(labels) - 1))]
    config = d.rng.choice(("s2t", "s2hk"))
    for li in lines[cut:]:
        scr.convert_span(d, li.start, li.end, config)


# --------------------------------------------------------------------------- encoding


def _json_escaped(seg: str) -> str | None:
    """``seg`` as ``json.dumps`` writes it with ``ensure_ascii`` (``\\u4e2d\\u6587``), quotes stripped."""
    if not _HAN.search(seg):
        return None
    return json.dumps(seg)[1:-1]


@register("h4_enc_json_escapes", "encoding", **H4, description="lines left as JSON \\uXXXX escapes")
def _enc_json(d: Damager) -> None:
    """``\\u7b2c\\u4e94\\u6761``: a crawler that stored its pages with ``json.dumps`` (ASCII-only by
    default) and an export that wrote the JSON string's body, not its value, for one to three lines."""
    enc.mangle_lines(d, _json_escaped, n=(1, 3))


def _utf8_as_cp1250(seg: str) -> str | None:
    try:
        return seg.encode("utf-8").decode("cp1250")
    except UnicodeDecodeError:
        return None


@register("h4_enc_utf8_as_cp1250", "encoding", **H4,
          description="the longest part of a line of UTF-8 read as Windows-1250 (Central European)")
def _enc_cp1250(d: Damager) -> None:
    """``ä¸­ć–‡``-like mojibake with Czech/Polish letters: UTF-8 read by a Central European locale's
    reader (Windows-1250), the longest part of a line a strict decoder reads without loss."""
    enc.mangle_spans(d, _utf8_as_cp1250, n=(1, 3), min_chars=6)


def _byte_references(seg: str) -> str | None:
    """Each non-ASCII character of ``seg`` as numeric references of its UTF-8 bytes (``&#228;&#184;&#173;``)."""
    if not _HAN.search(seg):
        return None
    return "".join(c if ord(c) < 128 else "".join(f"&#{b};" for b in c.encode("utf-8")) for c in seg)


@register("h4_enc_byte_references", "encoding", fmt="html", **H4,
          description="lines of an HTML page as numeric references of their UTF-8 bytes (&#228;&#184;&#173;)")
def _enc_byte_refs(d: Damager) -> None:
    """``&#231;&#172;&#172;``: a CMS that read UTF-8 input as Latin-1 and then escaped every
    non-ASCII character it saw as a numeric reference, so that the browser shows Latin mojibake
    (``ç¬¬``) for one to three paragraphs."""
    text = d.text
    lines = [li for li in body_lines(d) if _HAN.search(text[li.start : li.end])]
    d.rng.shuffle(lines)
    done, want = 0, d.rng.randint(1, 3)
    for li in lines:
        if done >= want:
            break
        seg = d.base.unescape(text[li.start : li.end])
        if seg != text[li.start : li.end]:
            continue
        new = _byte_references(seg)
        if new and d.edit(li.start, li.end, new, kind="transform", tokens=[new[:18]]):
            done += 1


# --------------------------------------------------------------------------- width

_FULL_MARK_BEFORE_HAN = regex.compile(r"(?<=\p{Han})[，；：、。](?=\p{Han})")


@register("h4_width_blank_after_fullwidth", "width", **H4,
          description="an ASCII blank typed after full-width ，；：、。 inside a paragraph")
def _width_blank_after(d: Damager) -> None:
    """``本条例， 自公布之日起施行``: a writer who learned to type English puts a blank after every mark,
    the full-width ones too (their width already holds the space); one mark in two, one or two
    blanks."""
    text = d.text
    pad = d.rng.choice((" ", "  "))
    for line in body_lines(d, ("label", "para")):
        for m in _FULL_MARK_BEFORE_HAN.finditer(text, line.start, line.end):
            if d.rng.random() < 0.5:
                d.insert(m.end(), pad, tokens=[])


_ITEM = regex.compile(r"（([一二三四五六七八九十]{1,3})）")


@register("h4_width_item_brackets_ascii", "width", **H4,
          description="item labels （一） opening a line typed with ASCII brackets (一)")
def _width_items(d: Damager) -> None:
    """``(一)明码标价``, ``( 二 ) 建立…``: item labels typed with the IME in English mode, or narrowed by
    a converter that only knew the brackets; the sentences after them keep their full-width marks."""
    text = d.text
    spaced = d.rng.random() < 0.3
    for line in body_lines(d, ("para", "label")):
        start = _body_start(d, line)
        m = _ITEM.match(text, start, line.end)
        if m:
            new = f"( {m.group(1)} )" if spaced else f"({m.group(1)})"
            d.edit(m.start(), m.end(), new, kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


@register("h4_layout_line_numbers", "layout", **H4, description="every line of the file numbered at its start (cat -n, viewers)")
def _layout_line_numbers(d: Damager) -> None:
    """``     5\t第三条 …``, ``12 | …``: a text copied from a viewer or a listing that numbers every line
    of the file, blank lines too (``cat -n``, ``nl -ba``, a code viewer's gutter)."""
    text = d.text
    form = d.rng.choice(("{n:>6}\t", "{n:>4}  ", "{n} | "))
    starts = [0] + [m.end() for m in regex.finditer(r"\n", text) if m.end() < len(text)]
    for k, pos in enumerate(starts, 1):
        d.insert(pos, form.format(n=k), tokens=[])


@register("h4_layout_unicode_separators", "layout", **H4,
          description="every line break a Unicode line or paragraph separator (U+2028/U+2029)")
def _layout_separators(d: Damager) -> None:
    """A text exported by software that writes Unicode's own separators for breaks (InDesign and
    JavaScript-built exports: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR): one of them
    for every line break of the page."""
    text = d.text
    sep = d.rng.choice(("\u2028", "\u2029"))
    for m in regex.finditer(r"\n", text):
        d.edit(m.start(), m.end(), sep, kind="transform", tokens=[])


# --------------------------------------------------------------------------- mixed


@register("h4_mixed_qa_repost", "mixed", **H4,
          description="a Q&A site's repost: vote line above, author/link/licence block below, ASCII commas")
def _mixed_qa(d: Damager) -> None:
    """A law quoted in full in an answer on a Q&A site and copied from there: ``1,024 人赞同了该回答``
    above it, ``作者：…`` ``链接：https://…`` ``来源：…`` ``著作权归作者所有。商业转载请联系作者获得授权，
    非商业转载请注明出处。`` below it (the Zhihu copy block), ``编辑于 2021-03-05 10:12`` at the end, and
    ASCII commas where the answerer typed them."""
    r = d.rng
    text = d.text
    _lines_at(d, top_of_body(d), [f"{r.randint(2, 3000):,} 人赞同了该回答"])
    n = r.randint(10**8, 10**9)
    tail = [f"作者：{r.choice(('法律小白', 'lawyer_wang', '知法'))}",
            f"链接：https://www.{r.choice(('zhihu', 'wenda-site'))}.com/question/{n}/answer/{n + 7}",
            f"来源：{r.choice(('知乎', '问答社区'))}",
            "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
            f"编辑于 {r.randint(2016, 2023)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"]
    _lines_at(d, end_of_body(d), tail)
    commas = [m.start() for m in regex.finditer(r"(?<=\p{Han})，(?=\p{Han})", text)]
    for p in r.sample(commas, min(len(commas), 5)):
        d.edit(p, p + 1, ",", kind="transform", tokens=[], family="width")


@register("h4_mixed_document_share", "mixed", **H4,
          description="a document-sharing site's copy: site header, page feet between articles, widened digits, download line")
def _mixed_docshare(d: Damager) -> None:
    """A law downloaded as text from a document-sharing site (文库/doc88 templates): ``XX条例 - 文库``
    at the top, ``第 2 页 共 5 页`` between some articles where the document's pages ended, the digits
    of the text in full width as the uploaded Word file typed them, and ``免费下载 | 立即下载`` with
    ``本文档由用户上传，如有侵权请联系删除`` at the end."""
    r = d.rng
    text = d.text
    _lines_at(d, top_of_body(d), [f"{d.base.law.title} - {r.choice(('百度文库', '道客巴巴', '原创力文档'))}"])
    spots = _between_articles(d)
    total = max(2, min(len(spots) + 1, r.randint(3, 6)))
    for k, where in enumerate(sorted(r.sample(spots, min(len(spots), total - 1))), 1):
        _lines_at(d, where, [f"第 {k} 页 共 {total} 页"])
    _lines_at(d, end_of_body(d), ["本文档由用户上传，如有侵权请联系删除", r.choice(("免费下载 | 立即下载", "下载文档 收藏 分享"))])
    for line in body_lines(d, ("label", "para")):
        for m in regex.finditer(r"\d+", text[_body_start(d, line) : line.end]):
            s = _body_start(d, line) + m.start()
            d.edit(s, s + len(m.group()), fullwidth(m.group()), kind="transform", tokens=[], family="width")
