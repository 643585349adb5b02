"""HELD-OUT NOISE VARIANTS, SET 13 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A thirteenth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 30 after the session's briefs and before any of the rooms'
changes was merged.  Session 30's rooms each work on a FAMILY (bytes shown as
text, a tool's markup, reading order, per-line decorations, the renderer's
insertions, readings and positional spam); about half of this set's members
are members of those families that no brief, no earlier set and no module
names, on purpose: they measure whether a mechanism built for the family
reaches a member it was not shown.  The other half are new.  The lead grepped
``corpus_tools`` and ``tests/noise`` for each candidate and dropped the ones
already named.  Each docstring names the real mechanism the damage copies.

Every variant is recoverable by construction: the damage adds, wraps, reorders or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 13 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 13`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import base64
import html
import unicodedata

import regex
from pypinyin import Style, pinyin

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, end_of_body, register, wrap_points
from tests.noise.wide.registry import body_start as _body_start

H13 = dict(heldout=True, heldout_set=13)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "set 10's reason still holds: every mark-width mechanism the lead could find on real pages is a member of "
             "an earlier set or is handled by a module that names it",
    "script": "every script mechanism the lead could find is a member of an earlier set or is named by a module",
}
_HAN = regex.compile(r"\p{Han}")


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


def _cols(s: str) -> int:
    """Display columns of ``s`` (wide and full-width characters count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _whole(d: Damager) -> tuple[int, int]:
    """The span of the whole plain page (title included), without its final newline."""
    text = d.text
    return 0, len(text) - 1 if text.endswith("\n") else len(text)


# --------------------------------------------------------------------------- ruby

#: Sino-Vietnamese (Hán-Việt) readings of characters common in laws.
_HAN_VIET = dict(
    pair.split(":") for pair in (
        "中:trung 华:hoa 人:nhân 民:dân 共:cộng 和:hòa 国:quốc 法:pháp 律:luật 条:điều 例:lệ 规:quy 定:định "
        "政:chính 府:phủ 管:quản 理:lý 保:bảo 护:hộ 安:an 全:toàn 社:xã 会:hội 权:quyền 利:lợi 义:nghĩa 务:vụ "
        "行:hành 事:sự 公:công 市:thị 省:tỉnh 发:phát 展:triển 经:kinh 济:tế 文:văn 化:hóa 生:sinh 产:sản 业:nghiệp "
        "责:trách 任:nhiệm 制:chế 度:độ 监:giám 督:đốc 审:thẩm 查:tra 罚:phạt 款:khoản 章:chương 总:tổng 则:tắc "
        "本:bản 家:gia 机:cơ 关:quan 单:đơn 位:vị 组:tổ 织:chức 部:bộ 门:môn 地:địa 方:phương 区:khu 县:huyện "
        "财:tài 税:thuế 土:thổ 水:thủy 信:tín 息:tức 教:giáo 育:dục 交:giao 通:thông 建:kiến 设:thiết 环:hoàn "
        "境:cảnh 资:tư 源:nguyên 主:chủ 体:thể 企:xí 技:kỹ 术:thuật 医:y 药:dược 品:phẩm 食:thực 登:đăng 记:ký "
        "申:thân 请:thỉnh 许:hứa 可:khả 证:chứng 合:hợp 同:đồng 处:xử 序:tự 程:trình 秩:trật 障:chướng 进:tiến"
    ).split()
)


@register("h13_ruby_han_viet", "ruby", **H13,
          description="Sino-Vietnamese (Hán-Việt) readings after each character of a few terms (法(pháp)律(luật)), as Vietnamese study glossaries of Chinese law print them")
def _ruby_han_viet(d: Damager) -> None:
    """``监(giám)督(đốc)管(quản)理(lý)``: glossaries and study editions of Chinese laws made for
    Vietnamese readers annotate the terms with their Sino-Vietnamese reading (Vietnamese
    letters with tone diacritics), one reading after each character; a copy of the page
    keeps the readings in the text.  Two to five terms a page, every character of the term."""
    r = d.rng
    left, right = r.choice((("(", ")"), ("（", "）"), ("[", "]")))
    spots = []
    text = d.text
    for line in body_lines(d, ("label", "para")):
        start = _body_start(d, line)
        for m in regex.finditer(r"\p{Han}{2,4}", text[start : line.end]):
            if all(c in _HAN_VIET for c in m.group()):
                spots.append((start + m.start(), m.group()))
    r.shuffle(spots)
    done = 0
    want = r.randint(2, 5)
    for pos, word in spots:
        if done >= want:
            break
        if not d.free(pos, pos + len(word) + 1):
            continue
        g = d.new_group()
        for k, ch in enumerate(word):
            new = f"{left}{_HAN_VIET[ch]}{right}"
            d.insert(pos + k + 1, new, tokens=[new], group=g)
        done += 1


@register("h13_ruby_pinyin_line_over", "ruby", **H13,
          description="a line of tone-marked pinyin over a few short paragraphs, one syllable per character, as children's law readers print them")
def _ruby_line_over(d: Damager) -> None:
    """``dì èr tiáo　běn tiáo lì shì yòng yú …⏎第二条　本条例适用于…``: law readers for children and
    learners (普法读本) print the reading above the text, one syllable over each character; a
    text layer gives the reading as a line of its own above the line it reads, syllables
    spaced, the marks of the text kept in their places.  One to three paragraphs a page."""
    r = d.rng
    lines = [li for li in body_lines(d, ("label", "para")) if 8 <= li.end - li.start <= 60]
    r.shuffle(lines)
    for li in lines[: r.randint(1, 3)]:
        s = d.text[li.start : li.end]
        syllables = []
        for ch in s:
            if _HAN.match(ch):
                syllables.append(pinyin(ch, style=Style.TONE, heteronym=False)[0][0])
            elif ch in " \u3000":
                syllables.append("\u3000")
            else:
                syllables.append(ch)
        reading = regex.sub(r" ?\u3000 ?", "\u3000", " ".join(syllables))
        marked = [t for t in reading.split() if t.isalpha() and not t.isascii()]
        d.insert(li.start, reading + "\n", tokens=marked[:6])


# --------------------------------------------------------------------------- spam

_BRANDS = ("澳门新葡京", "威尼斯人", "永利皇宫", "太阳城集团", "银河娱乐", "金沙娱乐", "皇冠体育", "bet365")


@register("h13_spam_fake_citation", "spam", **H13,
          description="spam dressed as a citation after a sentence: （详见《永利皇宫娱乐管理办法》）, a brand in a law's title")
def _spam_fake_citation(d: Damager) -> None:
    """``…依法给予处罚（参照《澳门新葡京娱乐城管理规定》）。``: injectors that must get a brand past a
    reader's eye dress it as what a law is full of: a bracketed reference to another
    instrument, the brand as its title (``《…娱乐城管理办法》``).  Two to five places a page,
    before a sentence's full stop."""
    r = d.rng
    brand = r.choice(_BRANDS)
    spots = []
    text = d.text
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}。", text[start : li.end]):
            spots.append(start + m.start() + 1)
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 5)]:
        form = r.choice(("（详见《{b}{s}》）", "（参照《{b}{s}》）", "（见《{b}{s}》第{n}条）", "(参见《{b}{s}》)"))
        suffix = r.choice(("娱乐管理办法", "娱乐城管理规定", "会员条例", "游戏规则", "官方网站管理办法"))
        new = form.format(b=brand, s=suffix, n="一二三四五六七八九十"[r.randint(0, 9)])
        d.insert(pos, new, tokens=[brand, new])


_LUCK = ("鑫", "鼎", "聚", "金", "盛", "鸿", "福", "发", "旺", "汇", "皇", "豪", "尊", "御", "星", "宝", "运", "财", "利", "隆")
_TRADE = ("娱乐城", "国际娱乐", "棋牌", "彩票", "体育", "真人", "电子游艺", "捕鱼", "赌场", "娱乐")


@register("h13_spam_coined_brands", "spam", **H13,
          description="spam of a brand no list holds (two lucky characters and a gambling trade: 鑫鼎娱乐城, 鸿福棋牌), with its domain, inserted in sentences")
def _spam_coined_brands(d: Damager) -> None:
    """``应当加强对鑫鼎娱乐城www.xd888.com绿色旅游…``: gambling operators rename every few weeks
    (a name of two lucky characters and the trade, and a domain of the name's initials and
    lucky digits), so the brands of a fresh injection are in no list; the brand is inserted
    into sentences, with or without decoration.  One brand a page, three to six places."""
    r = d.rng
    name = "".join(r.sample(_LUCK, 2)) + r.choice(_TRADE)
    initials = "".join(p[0][0] for p in pinyin(name[:2], style=Style.NORMAL))
    domain = f"www.{initials}{r.choice(('888', '666', '99', '168', '518', '8'))}.{r.choice(('com', 'net', 'cc', 'vip'))}"
    deco = r.choice(("{n}", "【{n}】", "「{n}」{u}", "{n}{u}", "★{n}★", "〖{n}〗"))
    spam = deco.format(n=name, u=domain)
    spots = []
    text = d.text
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}(?=\p{Han})", text[start : li.end]):
            spots.append(start + m.end())
    r.shuffle(spots)
    done = 0
    for pos in spots:
        if done >= r.randint(3, 6):
            break
        if d.insert(pos, spam, tokens=[name, domain] if domain in spam else [name]):
            done += 1


# --------------------------------------------------------------------------- furniture


@register("h13_furn_fax_headers", "furniture", **H13,
          description="a faxed copy's transmission header at the top of every page (date, time, FROM: sender and number, TO:, P.3/12)")
def _furn_fax_headers(d: Damager) -> None:
    """``2019-03-05 14:22  FROM:市人民政府法制办 0571-87051234  TO:87654321  P.003/012``: notices and
    drafts sent between offices by fax and then scanned or OCR'd carry the fax machine's
    transmission line on top of every page: the date and time, the sender's station name
    and number, the receiver's number and the page counter."""
    r = d.rng
    a, b = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    per = r.randint(7, 13)
    starts = [lines[k] for k in range(0, len(lines), per)]
    total = len(starts) + (1 if r.random() < 0.3 else 0)
    y, mo, dd, hh, mm = r.randint(2003, 2021), r.randint(1, 12), r.randint(1, 28), r.randint(8, 17), r.randint(0, 59)
    station = r.choice(("市人民政府法制办", "SFJ-FZC", "省人大法工委", "FAX-ZFB", "区司法局", "0571 8705 1234"))
    own = f"0{r.randint(10, 999)}-{r.randint(2000000, 89999999)}"
    to = f"{r.randint(2000000, 89999999)}"
    month = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")[mo - 1]
    style = r.randint(0, 2)
    for k, li in enumerate(starts, 1):
        if style == 0:
            head = f"{y}-{mo:02d}-{dd:02d} {hh:02d}:{mm:02d}  FROM:{station} {own}  TO:{to}  P.{k:03d}/{total:03d}"
        elif style == 1:
            head = f"{month}-{dd:02d}-{y} {hh:02d}:{mm:02d}  FROM:{station}  ID:{own}  PAGE {k}/{total}"
        else:
            head = f"{y}年{mo:02d}月{dd:02d}日 {hh:02d}:{mm:02d}  发件人:{station}  传真号码:{own}  第{k}页/共{total}页"
        d.insert(li.start, head + "\n", tokens=[head, "FROM:", station, "P." if style == 0 else head[-6:]])


@register("h13_furn_share_popup", "furniture", **H13,
          description="a selection-share popup's labels (分享到：微博 微信 复制 ×) saved where the reader had selected, mid-sentence")
def _furn_share_popup(d: Damager) -> None:
    """``…应当依法履行分享到：新浪微博 微信 QQ空间 复制 ×监督管理职责``: sites with a "share the selected
    text" widget insert its popup into the article's DOM right after the selection; a page
    saved (or a text copied) while a selection was open keeps the popup's labels in the
    middle of a sentence.  One or two places a page."""
    r = d.rng
    pop = r.choice((
        "分享到：新浪微博 微信 QQ空间 复制 ×",
        "分享 | 微博 | 微信 | 复制链接 | 关闭",
        "划词分享：微博 微信 QQ 人人网",
        "Share: Weibo WeChat Copy ✕",
        "复制 搜索 分享 翻译",
    ))
    spots = []
    text = d.text
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}(?=\p{Han})", text[start : li.end]):
            spots.append(start + m.end())
    r.shuffle(spots)
    done = 0
    for pos in spots:
        if done >= r.randint(1, 2):
            break
        if d.insert(pos, pop, tokens=[pop, *pop.replace("：", " ").replace("|", " ").split()]):
            done += 1


@register("h13_furn_browser_print_margins", "furniture", **H13,
          description="a page printed to PDF from a browser: every printed page headed by the date and the page's title and footed by its address and n/N")
def _furn_browser_print(d: Damager) -> None:
    """``2024/3/5 14:22　　某市绿色旅游促进条例_某市人民政府⏎…⏎http://www.sz.gov.cn/zwgk/…/t123.html　　3/12``:
    a browser printing a web page (to paper or to PDF, with headers and footers on) writes
    the date and time and the page's ``<title>`` at the top of every printed page and the
    address and the page counter at the bottom; a text layer of the PDF keeps them
    between the law's lines."""
    r = d.rng
    a, b = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    per = r.randint(8, 15)
    starts = list(range(0, len(lines), per))
    total = len(starts)
    title = d.base.law.title + r.choice(("_某市人民政府", " - 中国政府网", "-司法局", "_法律法规库", ""))
    y, mo, dd, hh, mm = r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)
    stamp = r.choice((f"{y}/{mo}/{dd} {hh}:{mm:02d}", f"{mo}/{dd}/{y % 100:02d}, {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                      f"{y}/{mo:02d}/{dd:02d} {hh:02d}:{mm:02d}"))
    url = f"http://www.{r.choice(('sz.gov.cn', 'gov.cn', 'hangzhou.gov.cn', 'sfj.beijing.gov.cn'))}/zwgk/{y}{mo:02d}/t{r.randint(100000, 999999)}.html"
    gap = r.choice(("\u3000\u3000", "    ", "\t"))
    for n, k in enumerate(starts, 1):
        head = f"{stamp}{gap}{title}"
        d.insert(lines[k].start, head + "\n", tokens=[head, stamp])
        last = lines[min(k + per, len(lines)) - 1]
        foot = f"{url}{gap}{n}/{total}"
        d.insert(last.end, "\n" + foot, tokens=[foot, url])


# --------------------------------------------------------------------------- encoding


@register("h13_enc_ascii85", "encoding", **H13,
          description="the text file's bytes in Ascii85 between <~ and ~>, as PostScript/PDF streams and some paste tools carry them")
def _enc_ascii85(d: Damager) -> None:
    """``<~6"FnCAKYE!A0>u4+EV:.+Cf>,E,oN2F(oQ1+D#G$F(K...~>``: Adobe's Ascii85 (btoa's encoding with
    the ``<~ ~>`` delimiters), four bytes as five characters from ``!`` to ``u``, ``z`` for
    four zero bytes, is how PostScript and PDF streams (and some paste and mail tools) carry
    a file as printable text; a file extracted without decoding the filter keeps the
    encoded block.  The file is the law in UTF-8 or GBK, lines of 64 or 75 characters."""
    r = d.rng
    codec = r.choice(("utf-8", "gbk"))
    start, end = _whole(d) if r.random() < 0.5 else (_body_span(d)[0], _whole(d)[1])
    body = d.text[start:end]
    try:
        raw = body.encode(codec)
    except UnicodeEncodeError:
        raw = body.encode("utf-8")
    enc = base64.a85encode(raw, adobe=True, wrapcol=r.choice((64, 75))).decode("ascii")
    d.edit(start, end, enc, kind="transform", tokens=["<~"])


@register("h13_enc_meta_notation", "encoding", **H13,
          description="the UTF-8 file shown by cat -v / less without a UTF-8 locale: every byte above 127 as M- notation (M-gM-,M-,)")
def _enc_meta_notation(d: Damager) -> None:
    """``M-gM-,M-,M-dM-8M-^@M-fM-^]M-!``: ``cat -v`` (and ``less``, ``more`` and terminals without a
    UTF-8 locale) show each byte above 127 in meta notation, ``M-`` and the byte's low seven
    bits (a control as ``^`` and a letter, DEL as ``^?``); a file pasted from such a view into
    a bug report, a forum or a log holds the law as runs of ``M-`` sequences, ASCII kept."""
    r = d.rng
    start, end = _whole(d) if r.random() < 0.5 else (_body_span(d)[0], _whole(d)[1])
    out = []
    for byte in d.text[start:end].encode("utf-8"):
        if byte == 10 or 32 <= byte < 127:
            out.append(chr(byte))
            continue
        prefix = ""
        if byte >= 128:
            prefix, byte = "M-", byte - 128
        if byte < 32:
            out.append(prefix + "^" + chr(byte + 64))
        elif byte == 127:
            out.append(prefix + "^?")
        else:
            out.append(prefix + chr(byte))
    d.edit(start, end, "".join(out), kind="transform", tokens=["M-"])


# --------------------------------------------------------------------------- layout


@register("h13_layout_alto_xml", "layout", **H13,
          description="OCR output as ALTO XML: each word a String element with its text in CONTENT and its HPOS/VPOS, lines TextLine, blocks TextBlock")
def _layout_alto(d: Damager) -> None:
    """``<TextLine ID="L12" HPOS="296" VPOS="1200" …><String ID="S80" CONTENT="第一条" HPOS="296" …
    WC="0.96"/><SP/><String CONTENT="为了" …/>``: libraries and newspaper archives publish their
    OCR as ALTO (Analyzed Layout and Text Object, the METS/ALTO standard of digitised
    gazettes): pages, print spaces, text blocks, lines and words as elements, the word's
    text in the ``CONTENT`` attribute, the geometry in ``HPOS``/``VPOS``/``WIDTH``/``HEIGHT``,
    ``SP`` elements where the printed line had a blank."""
    r = d.rng
    start, end = _whole(d)
    width = r.randint(22, 34)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">\n'
           '<Description><MeasurementUnit>pixel</MeasurementUnit><OCRProcessing ID="OCR_0"><ocrProcessingStep>'
           f'<processingSoftware><softwareName>{r.choice(("ABBYY FineReader", "Tesseract", "Transkribus"))}</softwareName>'
           '</processingSoftware></ocrProcessingStep></OCRProcessing></Description>\n<Layout>\n'
           '<Page ID="P1" PHYSICAL_IMG_NR="1" WIDTH="2480" HEIGHT="3508">\n<PrintSpace HPOS="280" VPOS="290" WIDTH="1920" HEIGHT="3000">\n']
    y = 300
    block = line_no = word_no = 0
    for li in d.base.lines:
        plain = d.text[li.start : li.end]
        block += 1
        cuts = [0, *wrap_points(plain, width), len(plain)]
        out.append(f'<TextBlock ID="B{block}" HPOS="296" VPOS="{y}" WIDTH="1880" HEIGHT="{60 * (len(cuts) - 1)}">\n')
        for i in range(len(cuts) - 1):
            line_no += 1
            piece = plain[cuts[i] : cuts[i + 1]]
            x = 296
            parts = []
            for tok in regex.finditer(r"\S+|\s+", piece):
                s = tok.group()
                if s.isspace():
                    parts.append(f'<SP WIDTH="{20 * len(s)}" HPOS="{x}" VPOS="{y}"/>')
                    x += 20 * len(s)
                    continue
                j = 0
                while j < len(s):
                    step = r.choice((1, 2, 2, 3))
                    while j + step < len(s) and not (_HAN.match(s[j + step]) or s[j + step].isalnum()):
                        step += 1
                    w = s[j : j + step]
                    word_no += 1
                    parts.append(f'<String ID="S{word_no}" CONTENT="{html.escape(w)}" HPOS="{x}" VPOS="{y}" '
                                 f'WIDTH="{52 * len(w)}" HEIGHT="52" WC="0.{r.randint(71, 99)}"/>')
                    x += 52 * len(w)
                    j += step
            out.append(f'<TextLine ID="L{line_no}" HPOS="296" VPOS="{y}" WIDTH="{x - 296}" HEIGHT="52">'
                       + "".join(parts) + "</TextLine>\n")
            y += 60
        out.append("</TextBlock>\n")
        y += 30
    out.append("</PrintSpace>\n</Page>\n</Layout>\n</alto>")
    d.edit(start, end, "".join(out), kind="transform", tokens=[])


@register("h13_layout_troff_source", "layout", **H13,
          description="the law as troff/man source: .TH title line, .SH for chapters, .PP before paragraphs, \\fB…\\fR around labels")
def _layout_troff(d: Damager) -> None:
    """``.TH "某市绿色旅游促进条例" 7 "2021-03-01"⏎.SH "第一章　总则"⏎.PP⏎\\fB第一条\\fR　为了…``: collections of
    laws packaged for Unix systems (man pages of a legal corpus, groff sources of a
    typeset edition) are crawled as their troff source: a title macro, section macros
    for headings, a paragraph macro before each paragraph, font escapes around the
    labels, comment lines ``.\\"``."""
    r = d.rng
    text = d.text
    bold = r.random() < 0.6
    for li in d.base.lines:
        s = text[li.start : li.end]
        if li.kind == "title":
            d.edit(li.start, li.end, f'.\\" generated by lawman {r.randint(1, 3)}.{r.randint(0, 9)}\n.TH "{s}" 7 "{r.randint(2015, 2024)}" "" "法律法规"',
                   kind="transform", tokens=[".TH"])
        elif li.kind == "heading":
            macro = ".SH" if d.base.law.rows[li.row].level <= 2 else ".SS"
            d.insert(li.start, f'{macro} "', kind="markup", tokens=[macro])
            d.insert(li.end, '"', kind="markup", tokens=[])
        elif li.kind in ("label", "para", "meta", "other"):
            d.insert(li.start, ".PP\n", kind="markup", tokens=[".PP"])
            m = regex.match(r"第[零〇一二三四五六七八九十百千两]+条(?:之[一二三四五六七八九十]+)?", s)
            if bold and m and li.kind == "label":
                d.insert(li.start + m.end(), "\\fR", kind="markup", tokens=["\\fR"])
                d.insert(li.start, "\\fB", kind="markup", tokens=["\\fB"])


@register("h13_layout_pages_lexical", "layout", **H13,
          description="a law paged by its CMS (index.html, index_1 … index_12) joined by a crawler that sorted the page files by name: 1, 10, 11, 12, 2, 3 …")
def _layout_pages_lexical(d: Damager) -> None:
    """``…第四条…⏎第三十一条…第三十四条…⏎第五条…``: long laws on government sites are split over
    pages (``t123.html``, ``t123_1.html`` … ``t123_12.html``); a crawler that fetched every
    page and joined them in the order of their file names sorts them as strings, so page
    10 comes after page 1 and before page 2.  Each page a run of whole paragraphs."""
    r = d.rng
    a, b = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    if len(lines) < 11:
        return
    n_pages = r.randint(11, min(16, len(lines)))
    size = len(lines) / n_pages
    cuts = [round(k * size) for k in range(n_pages)] + [len(lines)]
    pages = [lines[cuts[k] : cuts[k + 1]] for k in range(n_pages)]
    order = sorted(range(n_pages), key=lambda k: ("index" if k == 0 else f"index_{k}"))
    text = d.text
    def chunk(page) -> str:
        return text[page[0].outer_start : page[-1].outer_end]
    blocks = [chunk(pages[k]) for k in order]
    sep = r.choice(("", "\n"))
    new = sep.join(blk if blk.endswith("\n") else blk + "\n" for blk in blocks)
    old = text[a:b]
    if not old.endswith("\n"):
        new = new[:-1] if new.endswith("\n") else new
    if new != old:
        d.edit(a, b, new, kind="transform", tokens=[])


@register("h13_layout_show_ends", "layout", **H13,
          description="a text viewed with its line ends shown (cat -E, vim's :set list): a $ at the end of every line, blank lines as a lone $")
def _layout_show_ends(d: Damager) -> None:
    """``第一条　为了促进…，制定本条例。$⏎$⏎第二条　…$``: ``cat -E`` (``cat -A`` without control
    characters), vim's ``:set list`` and some diff viewers mark every line end with ``$``
    so that trailing blanks show; a text copied from such a view carries a dollar sign at
    the end of every line, the blank lines as a lone ``$``."""
    r = d.rng
    text = d.text
    mark = r.choice(("$", "$", "¬"))
    g = d.new_group()
    for k, ch in enumerate(text):
        if ch == "\n":
            d.insert(k, mark, kind="insert", tokens=[], group=g)


@register("h13_layout_change_bars", "layout", **H13,
          description="a consolidated edition's change bars: a vertical bar in the margin of the lines an amendment changed")
def _layout_change_bars(d: Damager) -> None:
    """``|  第十二条　县级以上人民政府…``: consolidated and redline editions (and drafts compared with
    the law in force) mark the lines an amendment changed with a bar in the margin; a text
    layer gives the bar and the margin's blanks at the start of those lines.  Runs of one
    to four changed paragraphs, a fifth to a third of the body."""
    r = d.rng
    bar = r.choice(("|  ", "| ", "│ ", "｜"))
    lines = body_lines(d, ("label", "para"))
    k = r.randint(0, 3)
    marked = 0
    while k < len(lines) and marked < len(lines) // 3:
        run = r.randint(1, 4)
        for li in lines[k : k + run]:
            if d.insert(li.start, bar, kind="insert", tokens=[bar.strip()]):
                marked += 1
        k += run + r.randint(2, 7)


# --------------------------------------------------------------------------- mixed


@register("h13_mixed_sms_segments", "mixed", **H13,
          description="the law sent as numbered text messages: the text cut every 60-70 characters, each message opened by (k/N) and the sender's signature")
def _mixed_sms(d: Damager) -> None:
    """``【某市司法局】(3/41)本条例适用于本市行政区域内的绿色⏎【某市司法局】(4/41)旅游活动…``: law-popularisation
    campaigns (普法) push new regulations as text messages and official accounts; a long text
    goes as concatenated messages of about 70 characters, each opened with the sender's
    signature and its number in the series; an archive of the messages lists them one a
    line, so the cuts fall mid-sentence."""
    r = d.rng
    a, end = _body_span(d)
    text = d.text
    sig = r.choice(("【某市司法局】", "【普法宣传】", "【市人大常委会】", "[司法局普法]", "【法治某市】"))
    size = r.randint(60, 70)
    cuts = [a]
    pos = a + size
    while pos < end - 5:
        cuts.append(pos)
        pos += size
    total = len(cuts)
    for k, p in enumerate(cuts, 1):
        head = f"{sig}({k}/{total})"
        at_line_start = p == 0 or text[p - 1] == "\n"
        if text[p : p + 1] == "\n":
            continue
        new = head if at_line_start else "\n" + head
        d.insert(p, new, tokens=[sig, f"({k}/{total})"])


@register("h13_mixed_xliff", "mixed", **H13,
          description="the law in a translation file (XLIFF): each line a trans-unit with its source and an empty target, as CAT tools export it")
def _mixed_xliff(d: Damager) -> None:
    """``<trans-unit id="12" xml:space="preserve"><source>第一条　为了…</source><target state="new"/>
    </trans-unit>``: laws sent out for translation travel as XLIFF files exported by the
    translation tools (Trados, memoQ, OmegaT): a file element naming the original, one
    translation unit per segment (a line of the law), the source text and an empty or
    partial target; a crawl of a translation portal stores the file as it is."""
    r = d.rng
    start, end = _whole(d)
    name = r.choice(("tiaoli.docx", "law_zh.txt", "source.doc", "某条例.docx"))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
           f'<file original="{name}" source-language="zh-CN" target-language="{r.choice(("en-US", "fr-FR", "ru-RU"))}" datatype="plaintext">\n<body>\n']
    n = 0
    for li in d.base.lines:
        n += 1
        s = html.escape(d.text[li.start : li.end], quote=False)
        target = r.choice(('<target state="new"/>', "<target/>", '<target state="needs-translation"></target>'))
        out.append(f'<trans-unit id="{n}" xml:space="preserve">\n<source>{s}</source>\n{target}\n</trans-unit>\n')
    out.append("</body>\n</file>\n</xliff>")
    d.edit(start, end, "".join(out), kind="transform", tokens=["trans-unit"])
