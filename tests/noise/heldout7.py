"""HELD-OUT NOISE VARIANTS, SET 7 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A seventh sealed set of the wide noise benchmark (issue 15), written by the
lead of session 24 while that session's rooms worked and before any of their
changes was merged: set 6's members were named in that session's briefs, so
set 6 became a development set and this set is the blind measure.  Its
variants are new members of the families of ``tests/noise/wide``: in neither
the seen generator nor the first six sealed sets, and none of them named in a
brief of any session.  Each docstring names the real mechanism the damage
copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 7 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 7`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import base64

import regex
from pypinyin import Style, pinyin

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.registry import (
    LIST_ITEM, body_lines, end_of_body, paragraph_insert, register, top_of_body,
)
from tests.noise.wide.registry import between_articles as _between_articles, body_start as _body_start, lines_at as _lines_at

H7 = dict(heldout=True, heldout_set=7)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby


@register("h7_ruby_annotation_anchors", "ruby", **H7,
          description="a word's reading kept in Unicode's interlinear annotation characters (U+FFF9 word U+FFFA reading U+FFFB)")
def _ruby_anchors(d: Damager) -> None:
    """``\\ufff9行政\\ufffaxíng zhèng\\ufffb``: Unicode's own plain-text ruby.  Rich-text editors and
    input methods that copy an annotated word as plain text write the base between the anchor and
    the separator and the reading between the separator and the terminator; a reader that drops
    the invisible format characters leaves the reading glued after the word.  About one
    two-character word in twenty; tone marks or toneless, one style a page."""
    text = d.text
    style = d.rng.choice((Style.TONE, Style.NORMAL))
    joiner = d.rng.choice((" ", ""))
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            i = 0
            while i + 2 <= len(run.group()):
                if d.rng.random() < 0.05:
                    word = run.group()[i : i + 2]
                    readings = rb._readings(word, style)
                    if readings is not None:
                        reading = joiner.join(readings)
                        g = d.new_group()
                        s = run.start() + i
                        d.insert(s, "\ufff9", tokens=[], group=g)
                        d.insert(s + 2, f"\ufffa{reading}\ufffb", tokens=[reading], group=g)
                    i += 2
                else:
                    i += 1


_GLOSSES = (("（音", "）"), ("(音", ")"), ("〔音", "〕"), ("（读若", "）"), ("（音同", "）"))


@register("h7_ruby_homophone_gloss", "ruby", **H7,
          description="a character's reading given by a homophone character after it (鞍（音安）)")
def _ruby_homophone(d: Damager) -> None:
    """``鞍（音安）``, ``读若``: the direct-sound gloss (直音) of Chinese dictionaries and annotated
    readers: a character's reading shown by a common character that sounds the same; a law copied
    from an annotated teaching copy keeps the glosses.  Three to six characters a page, the
    homophone taken from the page's own characters, one gloss style a page."""
    text = d.text
    left, right = d.rng.choice(_GLOSSES)
    lines = body_lines(d, ("label", "para"))
    by_sound: dict[str, list[str]] = {}
    for line in lines:
        for m in _HAN.finditer(text, _body_start(d, line), line.end):
            ch = m.group()
            r = pinyin(ch, style=Style.TONE, errors=lambda chars: [[None]] * len(chars))[0][0]
            if r and ch not in by_sound.setdefault(r, []):
                by_sound[r].append(ch)
    spots = []
    for line in lines:
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            if len(run.group()) >= 2:
                spots.append(run)
    d.rng.shuffle(spots)
    want, done = d.rng.randint(3, 6), 0
    for run in spots:
        if done >= want:
            break
        readings = rb._readings(run.group(), Style.TONE)
        if readings is None:
            continue
        k = d.rng.randrange(len(run.group()))
        ch, r = run.group()[k], readings[k]
        others = [c for c in by_sound.get(r, ()) if c != ch]
        if not others:
            continue
        new = f"{left}{d.rng.choice(others)}{right}"
        if d.insert(run.start() + k + 1, new, tokens=[new]):
            done += 1


# --------------------------------------------------------------------------- spam

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@register("h7_spam_crypto_wallet", "spam", **H7,
          description="a crypto-currency deposit address with its pitch as a line between articles (USDT（TRC20）充值地址：T…)")
def _spam_wallet(d: Damager) -> None:
    """``USDT（TRC20）充值地址：TQ5w…　秒到账 高返利``: the money-laundering and gambling deposit pitches
    that replaced bank-card numbers in planted spam: a wallet address (TRON, Bitcoin or Ethereum
    form) with an offer, once or twice a page between articles.  Addresses random."""
    r = d.rng
    spots = _between_articles(d) or [end_of_body(d)]
    for where in r.sample(spots, min(len(spots), r.randint(1, 2))):
        tron = "T" + "".join(r.choice(_B58) for _ in range(33))
        btc = "bc1q" + "".join(r.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
        eth = "0x" + "".join(r.choice("0123456789abcdef") for _ in range(40))
        s, addr = r.choice((
            (f"USDT（TRC20）充值地址：{tron}　秒到账 高返利", tron),
            (f"泰达币收款地址：{tron}，首充即送20%", tron),
            (f"比特币钱包：{btc}　U商承兑 欢迎合作", btc),
            (f"ETH/USDT（ERC20）：{eth} 全网最低汇率", eth),
        ))
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=[s, addr])


_MARQUEE_BRANDS = ("鼎盛国际娱乐", "凯旋门棋牌", "金沙湾彩票站", "万豪体育平台", "汇丰娱乐场", "宝龙真人视讯")


@register("h7_spam_marquee", "spam", fmt="html", **H7,
          description="a scrolling <marquee> of gambling links planted at the top of a government page or between paragraphs")
def _spam_marquee(d: Damager) -> None:
    """``<marquee scrollamount="4"><a href="http://www.ds8868.com/">鼎盛国际娱乐</a>　…</marquee>``:
    intruders who take over an old government CMS often plant a visible scrolling bar of casino
    links (the obsolete but still rendered ``<marquee>``) at the top of each article or between two
    paragraphs; a text extractor keeps its link texts.  Names invented."""
    r = d.rng
    lines = body_lines(d, ("label", "para"))
    names = r.sample(_MARQUEE_BRANDS, r.randint(2, 4))
    links = []
    for n in names:
        host = "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(2, 4))) + str(r.randint(100, 9999))
        links.append((f"www.{host}{r.choice(('.com', '.net', '.cc'))}", n))
    sep = r.choice(("　", " | ", "&nbsp;&nbsp;"))
    inner = sep.join(f'<a href="http://{u}/" target="_blank">{n}</a>' for u, n in links)
    attrs = r.choice(('scrollamount="4"', 'behavior="scroll" direction="left"', 'onmouseover="this.stop()" onmouseout="this.start()"'))
    toks = [t for u, n in links for t in (n, u)]
    where = top_of_body(d) if r.random() < 0.5 or len(lines) < 3 else r.choice([li.outer_start for li in lines[1:]])
    d.insert(where, f"<marquee {attrs}>{inner}</marquee>\n", tokens=toks)


@register("h7_spam_lottery_tips", "spam", **H7,
          description="lottery 'tips' lines (【双色球第2024035期推荐】红球：03 08 15 …) between articles")
def _spam_lottery(d: Damager) -> None:
    """``【双色球第2024035期推荐】红球：03 08 15 21 27 32 蓝球：11``: the prediction lines of lottery
    spam farms (双色球, 六合彩, 福彩3D), which SEO intruders paste into the pages they hijack:
    one to three lines between articles.  Numbers random."""
    r = d.rng
    spots = _between_articles(d) or [end_of_body(d)]
    for where in r.sample(spots, min(len(spots), r.randint(1, 3))):
        y, k = r.randint(2019, 2025), r.randint(1, 150)
        reds = " ".join(f"{n:02d}" for n in sorted(r.sample(range(1, 34), 6)))
        picks = " ".join(f"{n:02d}" for n in sorted(r.sample(range(1, 50), 6)))
        s = r.choice((
            f"【双色球第{y}{k:03d}期推荐】红球：{reds} 蓝球：{r.randint(1, 16):02d}",
            f"六合彩今晚开奖预测：{picks} 特码{r.randint(1, 49):02d}　准确率98%",
            f"福彩3D第{y}{k:03d}期：独胆{r.randint(0, 9)} 杀码{r.randint(0, 9)}{r.randint(0, 9)} 必中三码",
        ))
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=[s])


# --------------------------------------------------------------------------- furniture


@register("h7_furn_database_fields", "furniture", **H7,
          description="a law database's field box (【发布部门】 【时效性】 【效力级别】 …) above the title")
def _furn_fields(d: Damager) -> None:
    """``【发布部门】…　【时效性】现行有效　【效力级别】地方性法规``: law databases show each law's
    catalogue fields in a box above its text; a copy of the page keeps them, one field a line or
    all on one line, bracketed or with colons."""
    r = d.rng
    y, m, dd = r.randint(2000, 2024), r.randint(1, 12), r.randint(1, 28)
    fields = [("发布部门", r.choice(("上海市人民代表大会常务委员会", "上海市人大(含常委会)", "市人大常委会"))),
              ("发布日期", f"{y}.{m:02d}.{dd:02d}"), ("实施日期", f"{y}.{min(m + 1, 12):02d}.01"),
              ("时效性", r.choice(("现行有效", "已被修改", "现行有效"))), ("效力级别", "地方性法规"),
              ("法规类别", r.choice(("城市管理", "环境保护", "社会保障", "综合规定")))]
    if r.random() < 0.5:
        fields = fields[:2] + fields[3:5]
    dress = r.choice(("【{k}】{v}", "{k}：{v}", "{k}: {v}"))
    items = [dress.format(k=k, v=v) for k, v in fields]
    lines = items if r.random() < 0.6 else ["　".join(items)]
    _lines_at(d, top_of_body(d), lines)


@register("h7_furn_browser_advice", "furniture", **H7,
          description="the site's browser and screen-resolution advice (建议使用IE9以上浏览器，1366×768分辨率) in its footer")
def _furn_browser(d: Damager) -> None:
    """``建议使用IE9及以上版本浏览器，1366×768分辨率浏览本站``: government portals print which browser
    and resolution they were built for (or warn that yours is too old) in the header or footer; a
    saved page's text keeps the line."""
    r = d.rng
    line = r.choice(("建议使用IE9及以上版本浏览器，1366×768分辨率浏览本站",
                     "为获得最佳浏览效果，推荐使用Chrome、Firefox或360浏览器（极速模式）",
                     "您的浏览器版本过低，部分功能无法正常使用，请升级浏览器后访问",
                     "本站支持IPv6访问　最佳分辨率1920*1080"))
    where = end_of_body(d) if r.random() < 0.7 else top_of_body(d)
    _lines_at(d, where, [line])


@register("h7_furn_reading_tools", "furniture", **H7,
          description="reading time and the download/copy buttons (全文约3200字，阅读约需8分钟　下载PDF | 下载Word) under the title")
def _furn_tools(d: Damager) -> None:
    """``全文约3200字，阅读约需8分钟``, ``下载PDF | 下载Word | 复制链接``: newer portals show a reading
    time and buttons to export the text above it; a copy keeps their labels between the title and
    the first line."""
    r = d.rng
    n = len(d.text) // 100 * 100
    lines = [r.choice((f"全文约{n}字，阅读约需{max(1, n // 400)}分钟", f"本文共{n}字　预计阅读时间{max(1, n // 500)}分钟"))]
    if r.random() < 0.7:
        lines.append(r.choice(("下载PDF | 下载Word | 复制链接", "【下载PDF】【下载WORD】【复制本页链接】", "导出：PDF　Word　TXT")))
    if r.random() < 0.5:
        lines.reverse()
    where = d.base.lines[1].outer_start if len(d.base.lines) > 1 else end_of_body(d)
    _lines_at(d, where, lines)


# --------------------------------------------------------------------------- script

_QUOTED = regex.compile(r"“([^“”\n]{2,24})”")


@register("h7_script_quoted_terms", "script", **H7,
          description="the terms inside “…” Traditional in a Simplified page (本条例所称“綠色原則”)")
def _script_terms(d: Damager) -> None:
    """``（以下简称“綠色原則”）``: an editor who copied a law's defined terms and abbreviations from a
    Hong Kong or Taiwan copy (or a glossary) gives every quoted term in Traditional, the sentence
    around it Simplified."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw"))
    for line in body_lines(d, ("label", "para")):
        for m in _QUOTED.finditer(d.text, line.start, line.end):
            scr.convert_span(d, m.start(1), m.end(1), config)


@register("h7_script_item_lines", "script", **H7,
          description="the enumerated items of articles ((一)… (二)…) Traditional, the article sentences Simplified")
def _script_items(d: Damager) -> None:
    """``（一）明碼標價，不得欺騙…``: a page assembled from two sources, the items of each article
    pasted from a Traditional copy (a mirror that converts list blocks apart from paragraphs); the
    labels and sentences of the articles stay Simplified."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw", "s2twp"))
    for line in body_lines(d, ("para",)):
        seg = d.text[line.start : line.end]
        m = LIST_ITEM.match(seg)
        if m:
            scr.convert_span(d, line.start + m.end(), line.end, config)


# --------------------------------------------------------------------------- encoding


@register("h7_enc_base64_paragraphs", "encoding", **H7,
          description="one or two paragraphs left as the base64 of their bytes (a mail part never decoded)")
def _enc_base64(d: Damager) -> None:
    """``56ys5LqU5p2hIOaXhea4uOe7j+iQpeiAhQ==``: a law forwarded by mail as a multipart message and
    archived raw: a paragraph (a text part of its own) kept as the base64 of its UTF-8 or GB18030
    bytes, on one line or wrapped at 76 columns as mail writes it."""
    charset = d.rng.choice(("utf-8", "utf-8", "gb18030"))
    wrap = d.rng.random() < 0.5

    def mangle(seg: str) -> str | None:
        if not _HAN.search(seg):
            return None
        body = base64.b64encode(seg.encode(charset)).decode("ascii")
        if wrap:
            body = "\n".join(body[i : i + 76] for i in range(0, len(body), 76))
        return body

    enc.mangle_lines(d, mangle, n=(1, 2))


def _rtf_unicode(seg: str, fallback: str) -> str:
    """``seg`` as RTF writes non-ASCII text: ``\\uN`` with N the signed 16-bit code unit, then a fallback."""
    out = []
    raw = seg.encode("utf-16-le")
    for i in range(0, len(raw), 2):
        unit = raw[i] | raw[i + 1] << 8
        if unit < 0x80:
            out.append(chr(unit))
        else:
            out.append(f"\\u{unit if unit < 0x8000 else unit - 0x10000}{fallback}")
    return "".join(out)


@register("h7_enc_rtf_unicode_words", "encoding", **H7,
          description="spans of a line as RTF \\uN control words (\\u31532?\\u20116?, negative above U+7FFF)")
def _enc_rtf_unicode(d: Damager) -> None:
    """``\\u31532?\\u20116?\\u26465?``: RTF stores each non-ASCII character as the control word
    ``\\u`` with its UTF-16 code unit as a signed decimal (so characters above U+7FFF are negative)
    and a fallback character; a tool that strips RTF's groups but not its control words leaves
    them in place of the text.  The longest convertible part of one to three lines."""
    fallback = d.rng.choice(("?", "\\'3f"))

    def mangle(seg: str) -> str | None:
        return _rtf_unicode(seg, fallback) if _HAN.search(seg) else None

    enc.mangle_spans(d, mangle, n=(1, 3), min_chars=6)


# --------------------------------------------------------------------------- width

_PARENS = (("❨", "❩"), ("⦅", "⦆"), ("⸨", "⸩"))
_PAREN_SPAN = regex.compile(r"（[^（）\n]{1,30}）")


@register("h7_width_paren_lookalikes", "width", **H7,
          description="full-width parentheses （） written as look-alike ornamental brackets (❨❩ ⦅⦆ ⸨⸩)")
def _width_parens(d: Damager) -> None:
    """``❨一❩明码标价``: a PDF whose font maps the full-width parentheses to ornament or
    white-parenthesis glyphs, copied as those characters: most bracket pairs of a page, one pair
    style a page."""
    left, right = d.rng.choice(_PARENS)
    for line in body_lines(d, ("label", "para", "heading")):
        for m in _PAREN_SPAN.finditer(d.text, line.start, line.end):
            if d.rng.random() < 0.8:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, left, kind="transform", tokens=[], group=g)
                d.edit(m.end() - 1, m.end(), right, kind="transform", tokens=[], group=g)


_OCR_LETTERS = {"0": ("O", "o"), "1": ("l", "I")}
_DIGIT_RUN = regex.compile(r"\d{2,}")


@register("h7_width_ocr_digit_letters", "width", **H7,
          description="a digit inside a number read by an OCR as a look-alike letter (2O21年, l5日)")
def _width_ocr_digits(d: Damager) -> None:
    """``2O21年9月l5日``: an OCR engine reading a scan without a digit context takes 0 for the letter
    O (or o) and 1 for l (or I) now and then: one digit in about two numbers of five (of two digits
    or more), one letter for each digit a page."""
    table = {k: d.rng.choice(v) for k, v in _OCR_LETTERS.items()}
    for line in body_lines(d, ("label", "para", "heading")):
        for m in _DIGIT_RUN.finditer(d.text, line.start, line.end):
            if d.rng.random() < 0.4:
                spots = [i for i, c in enumerate(m.group()) if c in table]
                if spots:
                    i = d.rng.choice(spots)
                    d.edit(m.start() + i, m.start() + i + 1, table[m.group()[i]], kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


@register("h7_layout_csv_rows", "layout", **H7,
          description="every line a row of a two-column CSV export (n,\"text\"), a header row, no blank lines")
def _layout_csv(d: Damager) -> None:
    """``序号,内容⏎1,"某市绿色旅游促进条例"⏎2,"第一条 为了…"``: a crawler that stored the page's
    paragraphs as CSV rows (a number and the quoted text, quotes inside doubled), the file later
    renamed .txt: a header row, one row per line, the blank lines gone."""
    r = d.rng
    text = d.text
    header = r.choice(("序号,内容", "id,text", '"行号","正文"'))
    d.insert(0, header + "\n", tokens=[header])
    for k, li in enumerate(d.base.lines, 1):
        g = d.new_group()
        d.insert(li.start, f'{k},"', tokens=[], group=g)
        for m in regex.finditer('"', text[li.start : li.end]):
            d.edit(li.start + m.start(), li.start + m.end(), '""', kind="transform", tokens=[], group=g)
        d.insert(li.end, '"', tokens=[], group=g)
    for m in regex.finditer(r"(?<=\n)\n+", text):
        d.edit(m.start(), m.end(), "", kind="transform", tokens=[])


@register("h7_layout_python_list", "layout", **H7,
          description="the page printed as a list of its paragraphs on one line (['第一条 …', '第二条 …'])")
def _layout_list(d: Damager) -> None:
    """``['某市绿色旅游促进条例', '第一条 为了…', …]``: a scraper that wrote ``str(paragraphs)`` (or
    ``json.dumps`` with ``ensure_ascii=False``) instead of joining them: the whole page on one line,
    each paragraph a quoted item, the quote character escaped inside items."""
    r = d.rng
    q = r.choice(("'", '"'))
    sep = f"{q}, {q}" if r.random() < 0.7 else f"{q},{q}"
    text = d.text
    lines = d.base.lines
    d.insert(lines[0].start, f"[{q}", tokens=[])
    for li in lines:
        for m in regex.finditer(regex.escape(q), text[li.start : li.end]):
            d.edit(li.start + m.start(), li.start + m.end(), "\\" + q, kind="transform", tokens=[])
    for a, b in zip(lines, lines[1:]):
        d.edit(a.end, b.start, sep, kind="transform", tokens=[])
    d.edit(lines[-1].end, len(text), f"{q}]\n", kind="transform", tokens=[])


@register("h7_layout_pilcrow_marks", "layout", **H7,
          description="a paragraph mark (¶ or ↵) at the end of every line, blank lines included")
def _layout_pilcrow(d: Damager) -> None:
    """``第一条 为了…制定本条例。¶``: a copy made from a Word document shown with its formatting marks
    (an OCR of a screenshot, or a PDF printed from that view) keeps the paragraph mark at every
    line end, the empty paragraphs' marks too; one mark a page."""
    mark = d.rng.choice(("¶", "↵", "↲"))
    for m in regex.finditer(r"\n", d.text):
        d.insert(m.start(), mark, tokens=[mark])


# --------------------------------------------------------------------------- mixed


@register("h7_mixed_lawfirm_blog", "mixed", **H7,
          description="a legal-advice site's SEO copy: '2023最新…全文' and its info line above, the editor's closing lines below")
def _mixed_lawfirm(d: Damager) -> None:
    """A law reposted by a legal-advice site for search traffic: an SEO headline ``2023最新某市…条例全文``
    and ``发布时间：… 浏览：1234次`` above the law, ``以上就是小编为您整理的…`` and the site's
    copyright disclaimer after it.  Site names invented."""
    r = d.rng
    title = d.base.law.title
    y = r.randint(2018, 2025)
    site = r.choice(("律法通", "找律帮", "法务圈"))
    top = [r.choice((f"{y}最新{title}全文", f"{title}全文（{y}年最新版）")),
           f"发布时间：{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}　来源：{site}　浏览：{r.randint(100, 99999)}次"]
    end = [r.choice((f"以上就是小编为您整理的{title}的全部内容，希望对您有所帮助。如果您还有其他法律问题，欢迎咨询{site}在线律师。",
                     f"以上就是关于{title}的相关内容，更多法律知识请关注{site}。")),
           r.choice(("声明：本站部分内容来源于网络，如有侵权请联系删除。", "免责声明：本文仅供参考，不构成任何法律意见。"))]
    _lines_at(d, top_of_body(d), top)
    _lines_at(d, end_of_body(d), end)


@register("h7_mixed_ebook_excerpt", "mixed", **H7,
          description="passages copied out of an e-book reader, each with the reader's excerpt note (摘录来自 … 此材料可能受版权保护。)")
def _mixed_ebook(d: Damager) -> None:
    """A law assembled from passages copied out of an e-book reader: Apple Books appends ``摘录来自``,
    the book's title and publisher and ``此材料可能受版权保护。`` to every copied passage, Kindle a
    line with the book and the location; one to three notes between articles and one at the end."""
    r = d.rng
    title = d.base.law.title
    publisher = r.choice(("中国法制出版社", "法律出版社", "人民出版社"))
    if r.random() < 0.5:
        def note():
            return ["摘录来自", title, publisher, "此材料可能受版权保护。"]
    else:
        def note():
            a = r.randint(10, 3000)
            return [f"{title} ({publisher}) - Kindle 位置 {a}-{a + r.randint(2, 40)}"]
    spots = _between_articles(d)
    for where in sorted(r.sample(spots, min(len(spots), r.randint(1, 3)))):
        _lines_at(d, where, note())
    _lines_at(d, end_of_body(d), note())


@register("h7_mixed_web_clipper", "mixed", **H7,
          description="a web clipper's note: source address and save time above the law, the clipper's signature below")
def _mixed_clipper(d: Damager) -> None:
    """A law saved to a note-taking app with its web clipper (印象笔记·剪藏, 有道云笔记, 为知笔记) and
    exported: the page's address and the time it was clipped above the text, the clipper's line
    below it."""
    r = d.rng
    y, m, dd = r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28)
    url = f"http://www.{r.choice(('sh', 'js', 'zj', 'gd'))}.gov.cn/{r.choice(('zwgk', 'xxgk', 'flfg'))}/{y}{m:02d}/t{y}{m:02d}{dd:02d}_{r.randint(100000, 999999)}.html"
    top = r.choice(([f"原文链接：{url}", f"剪藏时间：{y}-{m:02d}-{dd:02d} {r.randint(8, 22)}:{r.randint(0, 59):02d}"],
                    [f"Clipped from: {url}", f"Saved: {y}/{m}/{dd} {r.randint(1, 12)}:{r.randint(0, 59):02d} PM"],
                    [f"来源网址：{url}"]))
    end = r.choice(("来自 印象笔记·剪藏", "—— 来自为知笔记(Wiz)", "本文由有道云笔记网页剪报保存"))
    _lines_at(d, top_of_body(d), top)
    _lines_at(d, end_of_body(d), [end])
