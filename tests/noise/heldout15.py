"""HELD-OUT NOISE VARIANTS, SET 15 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A fifteenth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 32 after the session's briefs and before any of the rooms'
changes was merged.  Session 32's rooms each work on a FAMILY (a text's bytes in
another alphabet and code unit, a lightweight markup's source, a localisation
file's strings, pieces joined out of order or overlapping, readings in several
systems, spam written to pass a filter, the envelope a channel wraps around the
text, a rule's failure); most of this set's members are members of those
families (or of the issue's families) that no brief, no earlier set and no
module names, on purpose: they measure whether a mechanism built for the family
reaches a member it was not shown.  The lead grepped ``corpus_tools``,
``tests/noise`` and the rooms' family tests for each candidate and dropped the
ones already named.  Each docstring names the real mechanism the damage copies.

Every variant is recoverable by construction: the damage adds, wraps, reorders or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 15 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 15`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import base64
import gzip
import html
import zlib

import regex
from pypinyin import Style, lazy_pinyin, pinyin

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, register, wrap_points
from tests.noise.wide.registry import body_start as _body_start

H15 = dict(heldout=True, heldout_set=15)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "every mark-width mechanism the lead could find (small and vertical forms, half-width ideographic marks, "
             "parenthesised ideographs, mathematical and enclosed letters) is a member of an earlier set or is named by "
             "a module",
    "script": "every script mechanism the lead could find (Kangxi radicals, compatibility ideographs, shinjitai, "
              "variation selectors, Hong Kong and Taiwan forms) is a member of an earlier set or is named by a module",
}
_LABEL = regex.compile(r"第[零〇一二三四五六七八九十百千两]+条(?:之[一二三四五六七八九十]+)?")
_SENTENCE_END = regex.compile(r"(?<=[。；！？])")


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


def _whole(d: Damager) -> tuple[int, int]:
    """The span of the whole plain page (title included), without its final newline."""
    text = d.text
    return 0, len(text) - 1 if text.endswith("\n") else len(text)


def _text_lines(d: Damager) -> list[tuple[str, str, int]]:
    """(kind, text, heading level) of every non-empty line of the page, in order."""
    out = []
    for li in d.base.lines:
        s = d.text[li.start : li.end]
        if not s.strip():
            continue
        level = d.base.law.rows[li.row].level if li.kind == "heading" else 0
        out.append((li.kind, s, level))
    return out


def _han_terms(d: Damager, size: tuple[int, int] = (2, 4)) -> list[tuple[int, str]]:
    """(position, term) of runs of Han characters in the body lines' own text."""
    text = d.text
    spots = []
    for line in body_lines(d, ("label", "para")):
        start = _body_start(d, line)
        for m in regex.finditer(r"\p{Han}{%d,%d}" % size, text[start : line.end]):
            spots.append((start + m.start(), m.group()))
    return spots


def _between_han(d: Damager) -> list[int]:
    """Positions between two Han characters of the body lines' own text."""
    text = d.text
    spots = []
    for li in body_lines(d, ("label", "para")):
        start = _body_start(d, li)
        for m in regex.finditer(r"\p{Han}(?=\p{Han})", text[start : li.end]):
            spots.append(start + m.end())
    return spots


def _insert_at_spots(d: Damager, make, lo: int, hi: int) -> None:
    """Insert ``make()`` (string, tokens) between Han characters at ``lo``-``hi`` random places."""
    spots = _between_han(d)
    d.rng.shuffle(spots)
    done, want = 0, d.rng.randint(lo, hi)
    for pos in spots:
        if done >= want:
            break
        new, tokens = make()
        if d.insert(pos, new, tokens=tokens):
            done += 1


# --------------------------------------------------------------------------- ruby


@register("h15_ruby_aozora_bars", "ruby", **H15,
          description="terms glossed in the Aozora Bunko ruby notation: a bar before the base, the reading in double angle brackets (｜管理《guǎn lǐ》)")
def _ruby_aozora_bars(d: Damager) -> None:
    """``…应当加强｜管理《guǎn lǐ》…``: the plain-text ruby notation of Aozora Bunko, which
    Japanese and Chinese web-novel and e-book tools (and learners' reading editions made
    with them) use: a bar (full or half width) marks where the base begins, the reading of
    the whole base follows in ``《》``; the bar is left out when the base is plainly all Han.
    A copy of such an edition keeps the notation.  Two to six terms a page; the reading
    with tone marks or tone numbers, syllables spaced or joined."""
    r = d.rng
    bar = r.choice(("｜", "|", "｜", ""))
    style = r.choice((Style.TONE, Style.TONE3))
    joiner = r.choice((" ", ""))
    spots = _han_terms(d, (2, 4))
    r.shuffle(spots)
    want, done = r.randint(2, 6), 0
    for pos, word in spots:
        if done >= want:
            break
        if not d.free(pos, pos + len(word)):
            continue
        reading = joiner.join(lazy_pinyin(word, style=style, neutral_tone_with_five=True))
        g = d.new_group()
        if bar:
            d.insert(pos, bar, tokens=[], group=g)
        d.insert(pos + len(word), f"《{reading}》", tokens=[f"《{reading}》"], group=g)
        done += 1


@register("h15_ruby_tts_phoneme_marks", "ruby", **H15,
          description="polyphonic characters annotated for a speech synthesiser: 行[=xing2] or <phoneme alphabet=\"py\" ph=\"xing2\">行</phoneme>")
def _ruby_tts_phoneme_marks(d: Damager) -> None:
    """``…旅游行[=xing2]业…`` / ``<phoneme alphabet="py" ph="hang2">行</phoneme>``: laws read out by
    a speech synthesiser (普法 broadcasts, accessible editions, a government site's read-aloud
    button) are prepared by annotating the polyphonic characters with their reading in the
    engine's markup: iFlytek's inline ``[=pinyin tone]`` after the character, or an SSML
    ``phoneme`` element around it; a crawl of the prepared script keeps the annotations.
    Three to ten polyphones a page, the reading the one the context gives."""
    r = d.rng
    ssml = r.random() < 0.5
    alphabet = r.choice(("py", "sapi", "pinyin"))
    text = d.text
    spots = []
    for line in body_lines(d, ("label", "para")):
        start = _body_start(d, line)
        s = text[start : line.end]
        for m in regex.finditer(r"\p{Han}+", s):
            word = m.group()
            readings = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)
            if len(readings) != len(word):
                continue
            for k, ch in enumerate(word):
                if len(pinyin(ch, heteronym=True)[0]) > 1:
                    spots.append((start + m.start() + k, ch, readings[k]))
    r.shuffle(spots)
    want, done = r.randint(3, 10), 0
    for pos, ch, reading in spots:
        if done >= want:
            break
        if not d.free(pos, pos + 1):
            continue
        if ssml:
            ph = f"{reading[:-1]} {reading[-1]}" if alphabet == "sapi" else reading
            new = f'<phoneme alphabet="{alphabet}" ph="{ph}">{ch}</phoneme>'
            ok = d.edit(pos, pos + 1, new, kind="replace", tokens=["<phoneme", "</phoneme>"])
        else:
            ok = d.insert(pos + 1, f"[={reading}]", tokens=[f"[={reading}]"])
        done += ok


# --------------------------------------------------------------------------- spam

_KAOMOJI = ("(๑•̀ㅂ•́)و✧", "(｡◕‿◕｡)", "ヾ(≧▽≦*)o", "(★ω★)", "(ﾉ>ω<)ﾉ", "o(*￣▽￣*)ブ", "(≧∇≦)ﾉ", "٩(๑❛ᴗ❛๑)۶", "(づ｡◕‿‿◕｡)づ")
_KAOMOJI_BRANDS = ("金沙娱乐", "新葡京", "银河娱乐", "皇冠体育", "澳门威尼斯人", "太阳城")


@register("h15_spam_kaomoji_decor", "spam", **H15,
          description="a casino brand wrapped in kaomoji emoticons ((★ω★)金沙娱乐ヾ(≧▽≦*)o) inside sentences")
def _spam_kaomoji_decor(d: Damager) -> None:
    """``…应当(★ω★)金沙娱乐真人ヾ(≧▽≦*)o加强…``: spam written for social platforms dresses the brand
    in kaomoji (the Japanese-style emoticons built of punctuation, kana and symbols) so that
    it reads as a friendly post and a keyword filter on the brand alone misses the unit;
    the injector drops it into the law's sentences.  One brand a page, two to four places,
    a kaomoji before, after or on both sides."""
    r = d.rng
    brand = r.choice(_KAOMOJI_BRANDS) + r.choice(("", "真人", "官网", "娱乐城", "开户"))

    def make():
        left, right = r.sample(_KAOMOJI, 2)
        form = r.choice(("{l}{b}{r}", "{l}{b}", "{b}{r}", "{l} {b} {r}"))
        new = form.format(l=left, b=brand, r=right)
        return new, [brand, left, right]

    _insert_at_spots(d, make, 2, 4)


_VPN_NAMES = ("蓝灯", "极光", "快连", "旋风", "老王", "闪电", "黑洞")


@register("h15_spam_vpn_ads", "spam", **H15,
          description="an ad for a circumvention proxy (翻墙梯子/加速器 with a site) inserted into sentences, the same ad at every place")
def _spam_vpn_ads(d: Damager) -> None:
    """``…应当稳定翻墙梯子极光加速器，油管高清不卡，官网 jg88.vip加强…``: forums and comment
    sections are flooded with ads for circumvention proxies and "accelerators" (梯子, 翻墙,
    科学上网), a trade in no gambling list; an injector that spins mirror pages drops the same
    ad into the law's sentences.  One ad a page, two to four places."""
    r = d.rng
    name = r.choice(_VPN_NAMES) + r.choice(("加速器", "VPN", "梯子", "机场"))
    host = f"{r.choice(('jg', 'fq', 'kx', 'lw', 'sd'))}{r.randint(10, 99)}.{r.choice(('vip', 'cc', 'top', 'xyz', 'me'))}"
    form = r.choice(("稳定翻墙梯子{n}，油管高清不卡，官网 {h}", "科学上网找{n}，永久免费，{h}", "【{n}】一键翻墙 不限速 {h}",
                     "{n}：翻墙必备，注册送7天会员，{h}"))
    ad = form.format(n=name, h=host)
    _insert_at_spots(d, lambda: (ad, [ad, name, host]), 2, 4)


# --------------------------------------------------------------------------- furniture


@register("h15_furn_signature_stamps", "furniture", **H15,
          description="the text layer of a digitally signed PDF: the signature's appearance text (Digitally signed by …, DN, Date; or 签名有效/签名人/签名时间) after pages")
def _furn_signature_stamps(d: Damager) -> None:
    """``Digitally signed by 某市人民政府⏎Date: 2021.05.06 10:22:33 +08'00'``: documents published
    as digitally signed PDFs carry the signature's visible appearance on the signed page (or on
    every page, when an electronic seal is applied page by page); its text (the signer, the
    certificate's DN, the date, or the Chinese reader's 签名有效 block) is part of the page's
    text layer and a text extraction keeps it after the page's last line."""
    r = d.rng
    signer = r.choice(("某市人民政府", "市人民政府办公室", "某省司法厅", "市人大常委会办公厅"))
    y, mo, day = r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)
    hh, mm, ss = r.randint(8, 18), r.randint(0, 59), r.randint(0, 59)
    if r.random() < 0.5:
        stamp = (f"Digitally signed by {signer}\nDN: c=CN, o={signer}, cn={signer}\n"
                 f"Date: {y}.{mo:02d}.{day:02d} {hh:02d}:{mm:02d}:{ss:02d} +08'00'")
        tokens = ["Digitally signed by", "DN: c=CN", "+08'00'"]
    else:
        stamp = (f"{r.choice(('签名有效', '签章有效', '电子签章验证通过'))}\n签名人：{signer}\n"
                 f"签名时间：{y}-{mo:02d}-{day:02d} {hh:02d}:{mm:02d}:{ss:02d}")
        tokens = ["签名人：", "签名时间："]
    a, _ = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a and li.kind != "blank" and li.end > li.start]
    every = r.random() < 0.5
    per = r.randint(10, 16)
    ends = [lines[k].end for k in range(per - 1, len(lines) - 1, per)] if every else []
    text = d.text
    ends.append(len(text) - 1 if text.endswith("\n") else len(text))
    for end in ends:
        d.insert(end, "\n" + stamp, tokens=tokens)


@register("h15_furn_speech_transcript", "furniture", **H15,
          description="a speech-to-text export of the law read aloud: a speaker-and-time line (说话人1 00:03:12) before every few paragraphs")
def _furn_speech_transcript(d: Damager) -> None:
    """``说话人1 00:03:12⏎第五条　…``: laws are read aloud in study sessions and recorded; the
    recording's transcript, exported from a speech-to-text service (meeting-minutes and
    transcription apps), heads each speaker turn with the speaker's label and the time since
    the start; a text taken from the export keeps the heads between the paragraphs."""
    r = d.rng
    a, _ = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a and li.kind != "blank" and li.end > li.start]
    form = r.choice(("说话人{n} {t}", "发言人{n}  {t}", "Speaker {n} {t}", "{t} 说话人{n}", "主持人 {t}"))
    secs = r.randint(0, 120)
    k = 0
    while k < len(lines):
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        t = f"{hh:02d}:{mm:02d}:{ss:02d}" if r.random() < 0.6 else f"{hh * 60 + mm:02d}:{ss:02d}"
        head = form.format(n=r.randint(1, 2), t=t)
        d.insert(lines[k].start, head + "\n", tokens=[head])
        step = r.randint(1, 4)
        secs += sum(len(d.text[li.start : li.end]) for li in lines[k : k + step]) // 4 + r.randint(1, 9)
        k += step


@register("h15_furn_chatbot_widget", "furniture", **H15,
          description="a government site's floating service robot saved with the page: its title, greeting, suggested questions and input box after the law")
def _furn_chatbot_widget(d: Damager) -> None:
    """``智能客服⏎您好！我是市政府智能客服"小政"，很高兴为您服务。⏎猜你想问：如何查询政策文件？⏎请输入您的问题 发送``:
    government portals float a service robot over every page; a complete save of the page (or
    a text extraction that reads the whole DOM) keeps the widget's text after the law: its
    title, the greeting, the suggested questions and the input box's placeholder and button."""
    r = d.rng
    bot = r.choice(("小政", "小法", "政务小助手", "智能小助理"))
    title = r.choice(("智能客服", "在线咨询", "智能问答", "政务机器人"))
    lines = [title, f"您好！我是{r.choice(('市政府', '本网站', '司法局'))}智能客服“{bot}”，很高兴为您服务。",
             r.choice(("请问有什么可以帮您？", "请输入您想咨询的问题。"))]
    qs = r.sample(("如何查询政策文件？", "如何办理行政复议？", "政府信息公开怎么申请？", "法规规章在哪里查？", "如何联系我们？"), r.randint(2, 3))
    if r.random() < 0.5:
        lines.append("猜你想问：" + r.choice((" | ", "  ", "　")).join(qs))
    else:
        lines.append("猜你想问")
        lines.extend(f"{k}. {q}" for k, q in enumerate(qs, 1))
    lines.append(r.choice(("请输入您的问题", "请简要描述您的问题")) + r.choice(("  发送", "　　发送", "\n发送")))
    block = "\n".join(lines)
    text = d.text
    end = len(text) - 1 if text.endswith("\n") else len(text)
    d.insert(end, "\n\n" + block, tokens=[title, bot, "猜你想问", "发送"])


# --------------------------------------------------------------------------- encoding


@register("h15_enc_base64_gzip", "encoding", **H15,
          description="the text compressed (gzip or zlib) and then base64-encoded, as APIs and caches store large text fields")
def _enc_base64_gzip(d: Damager) -> None:
    """``H4sIAAAAAAAC/3u6Z/fT9ob3k1Y9…`` / ``eJx7ul/3…``: web APIs, message queues and page caches
    store large text fields compressed and then base64-encoded (a JSON field, a cache entry, a
    log line); a crawler that stored the raw field holds the law's UTF-8 bytes gzipped (or
    zlib-deflated) in base64, on one line or wrapped at 76 characters."""
    r = d.rng
    start, end = _whole(d) if r.random() < 0.5 else (_body_span(d)[0], _whole(d)[1])
    raw = d.text[start:end].encode("utf-8")
    packed = gzip.compress(raw, compresslevel=9, mtime=0) if r.random() < 0.5 else zlib.compress(raw, 9)
    enc = base64.b64encode(packed).decode("ascii")
    if r.random() < 0.6:
        enc = "\n".join(enc[k : k + 76] for k in range(0, len(enc), 76))
    d.edit(start, end, enc, kind="transform", tokens=[])


@register("h15_enc_reg_hex_utf16", "encoding", **H15,
          description="the text kept in a Windows registry export: a REG_EXPAND_SZ/REG_MULTI_SZ value as comma-separated UTF-16LE hex bytes (hex(2):/hex(7):), wrapped with backslashes")
def _enc_reg_hex_utf16(d: Damager) -> None:
    """``"Text"=hex(7):2c,67,02,5e,…,\\⏎  ed,8f,…``: Windows programs keep strings in the registry;
    regedit exports an expandable or multi-string value as its UTF-16LE bytes in comma-separated
    hex pairs, wrapped at 80 columns with a backslash and two blanks of indent.  A crawl of a
    shared ``.reg`` file (a law reader's or an office tool's settings) holds the law so: one
    value per page, a multi-string's lines separated by NUL characters."""
    r = d.rng
    start, end = _whole(d)
    body = d.text[start:end]
    multi = r.random() < 0.5
    if multi:
        raw = body.replace("\n", "\x00").encode("utf-16-le") + b"\x00\x00\x00\x00"
        kind, name = "hex(7)", r.choice(("Lines", "Text", "Content"))
    else:
        raw = body.encode("utf-16-le") + b"\x00\x00"
        kind, name = "hex(2)", r.choice(("Body", "Text", "Document"))
    key = f"[HKEY_CURRENT_USER\\Software\\{r.choice(('LawReader', 'FaGui', 'OfficeDocs'))}\\Docs\\{r.randint(1, 9999):04d}]"
    head = f'"{name}"={kind}:'
    pairs = [f"{b:02x}" for b in raw]
    rows, row = [], head
    for k, p in enumerate(pairs):
        piece = p + ("," if k < len(pairs) - 1 else "")
        if len(row) + len(piece) > 77 and row.strip():
            rows.append(row + "\\")
            row = "  "
        row += piece
    rows.append(row)
    page = "Windows Registry Editor Version 5.00\n\n" + key + "\n" + "\n".join(rows) + "\n"
    d.edit(start, end, page, kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


def _typst_escape(s: str) -> str:
    return regex.sub(r"([\\*_#$@<`\[\]])", r"\\\1", s)


@register("h15_layout_typst", "layout", **H15,
          description="the law as Typst source: #set rules, the title in #align/#text, = / == headings, *bold* labels, paragraphs between blank lines")
def _layout_typst(d: Damager) -> None:
    """``#set text(lang: "zh", font: "Noto Serif CJK SC")⏎#align(center)[#text(18pt, weight: "bold")[某市…条例]]⏎= 第一章　总则⏎*第一条*　为了…``:
    Typst (a typesetting system that many now use in place of LaTeX, with Chinese templates
    for official documents and theses) is crawled as its source from repositories and shared
    projects: ``#set``/``#show`` rules, the title in a function call, headings as runs of
    ``=``, strong emphasis between ``*``, paragraphs separated by blank lines, markup
    characters escaped with a backslash, a comment now and then."""
    r = d.rng
    bold = r.choice(("*{}*", "#strong[{}]", None))
    out = [f'#set document(title: "{r.choice(("law", "tiaoli", "doc"))}")',
           f'#set text(lang: "zh", font: "{r.choice(("Noto Serif CJK SC", "SimSun", "FangSong"))}", size: 12pt)',
           '#set par(first-line-indent: 2em, justify: true)']
    if r.random() < 0.5:
        out.append(f"// {r.choice(('generated', 'edited'))} {r.randint(2023, 2025)}")
    for kind, s, level in _text_lines(d):
        if kind == "title":
            out.append(f'#align(center)[#text({r.choice(("16pt", "18pt", "22pt"))}, weight: "bold")[{_typst_escape(s)}]]')
            continue
        if kind == "heading":
            out.append(f"{'=' * max(1, min(3, level - 1))} {_typst_escape(s)}")
            continue
        m = _LABEL.match(s)
        if bold and m and kind == "label":
            out.append(bold.format(m.group()) + _typst_escape(s[m.end():]))
        else:
            out.append(_typst_escape(s))
    start, end = _whole(d)
    d.edit(start, end, "\n\n".join(out), kind="transform", tokens=["#set", "#align"])


@register("h15_layout_restarted_download", "layout", **H15,
          description="a download that restarted: the first part of the page (cut mid-line) followed by the whole page again")
def _layout_restarted_download(d: Damager) -> None:
    """``某市…条例⏎…第五条　县级以上人民政某市…条例⏎第一条…``: a download tool that resumes an
    interrupted transfer appends what the server sends; when the server ignores the range
    and sends the file from the start again, the saved page is the part received before the
    break (cut anywhere, mid-line and mid-word) followed by the complete page.  The break
    falls between a fifth and four fifths of the page."""
    r = d.rng
    text = d.text
    end = len(text) - 1 if text.endswith("\n") else len(text)
    cut = r.randint(end // 5, end * 4 // 5)
    while cut < end and text[cut] == "\n":
        cut += 1
    d.insert(0, text[:cut], tokens=[])


# --------------------------------------------------------------------------- mixed


def _odf_text(s: str) -> str:
    """A paragraph's text as ODF writes it: escaped, runs of blanks as text:s, tabs as text:tab."""
    e = html.escape(s, quote=False)
    e = e.replace("\t", "<text:tab/>")

    def spaces(m: regex.Match) -> str:
        n = len(m.group())
        return " " + (f'<text:s text:c="{n - 1}"/>' if n > 2 else "<text:s/>")

    return regex.sub(r" {2,}", spaces, e)


@register("h15_mixed_odf_flat_xml", "mixed", **H15,
          description="the law as a flat OpenDocument text (.fodt): office:document, text:h headings with outline levels, text:p paragraphs, labels in a text:span")
def _mixed_odf_flat_xml(d: Damager) -> None:
    """``<office:document …><office:body><office:text><text:h text:outline-level="1">第一章　总则</text:h>⏎<text:p text:style-name="P2"><text:span text:style-name="T1">第一条</text:span>　为了…</text:p>``:
    LibreOffice and WPS save documents as flat OpenDocument XML (.fodt, and the content.xml
    of an .odt); offices publish and repositories keep them, and a crawl stores the XML:
    namespaced elements, a heading element with its outline level per heading, one paragraph
    element per paragraph, styled spans around the labels, spaces as ``text:s``, now and
    then a soft page break."""
    r = d.rng
    span = r.random() < 0.6
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.text">\n',
           ' <office:meta><meta:generator xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">'
           f'{r.choice(("LibreOffice/7.5.4.2$Linux_X86_64", "WPS Office/11.1", "LibreOffice/6.4"))}</meta:generator></office:meta>\n',
           ' <office:body>\n  <office:text>\n']
    for kind, s, level in _text_lines(d):
        e = _odf_text(s)
        if kind == "title":
            out.append(f'   <text:p text:style-name="Title">{e}</text:p>\n')
        elif kind == "heading":
            out.append(f'   <text:h text:style-name="Heading_20_{max(1, level - 1)}" text:outline-level="{max(1, level - 1)}">{e}</text:h>\n')
        else:
            m = _LABEL.match(s)
            if span and m and kind == "label":
                e = f'<text:span text:style-name="T1">{m.group()}</text:span>' + _odf_text(s[m.end():])
            brk = "<text:soft-page-break/>" if r.random() < 0.05 else ""
            out.append(f'   <text:p text:style-name="P{r.choice((1, 2))}">{brk}{e}</text:p>\n')
    out.append("  </office:text>\n </office:body>\n</office:document>")
    start, end = _whole(d)
    d.edit(start, end, "".join(out), kind="transform", tokens=["<text:p", "office:"])


def _php_string(s: str, quote: str) -> str:
    if quote == "'":
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


@register("h15_mixed_php_lang_array", "mixed", **H15,
          description="the law's lines as the values of a PHP language file (return [ 'art_1' => '第一条…', … ]; or $lang['…'] = '…';)")
def _mixed_php_lang_array(d: Damager) -> None:
    """``<?php⏎// lang/zh-cn/law.php⏎return [⏎    'title' => '某市…条例',⏎    'art_1' => '第一条　为了…',``:
    PHP sites (Laravel, ThinkPHP and many government CMSs built on them) keep their
    displayed texts in language files, arrays of keys and quoted strings; a site that put a
    law's paragraphs in its language file publishes the file in its repository or leaks it
    through a misconfigured server, and a crawl keeps the law as the array's values (single
    or double quoted, escaped, one per line, keys and a comment around)."""
    r = d.rng
    quote = r.choice(("'", '"', "'"))
    old_style = r.random() < 0.35
    out = ["<?php", f"// {r.choice(('lang/zh-cn/law.php', 'resources/lang/zh_CN/tiaoli.php', 'application/lang/zh-cn.php'))}"]
    if not old_style:
        out.append("return [")
    n_art = n_line = 0
    for kind, s, _ in _text_lines(d):
        if kind == "title":
            key = "title"
        elif kind == "label":
            n_art += 1
            key = f"art_{n_art}"
        else:
            n_line += 1
            key = f"line_{n_line}"
        value = _php_string(s, quote)
        out.append(f"$lang['{key}'] = {value};" if old_style else f"    '{key}' => {value},")
    if not old_style:
        out.append("];")
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out) + "\n", kind="transform", tokens=["<?php", "=>", "$lang["])


def _chunks(s: str, r) -> list[str]:
    """A rough word segmentation: runs of Han cut into pieces of one to three, other runs whole."""
    out = []
    for m in regex.finditer(r"\p{Han}+|[0-9０-９]+|[A-Za-z]+|\s+|.", s):
        piece = m.group()
        if regex.match(r"\p{Han}", piece):
            k = 0
            while k < len(piece):
                n = r.choice((1, 2, 2, 2, 3))
                out.append(piece[k : k + n])
                k += n
        else:
            out.append(piece)
    return out


def _tag(tok: str, r) -> str:
    if regex.fullmatch(r"\p{P}+", tok):
        return "w"
    if regex.fullmatch(r"[0-9０-９]+|[零〇一二三四五六七八九十百千]+", tok):
        return "m"
    return r.choice(("n", "v", "n", "vn", "p", "d", "a", "u", "c", "nz"))


@register("h15_mixed_pos_tagged", "mixed", **H15,
          description="the law as a segmented and part-of-speech tagged corpus text: word/tag tokens separated by blanks, an id per paragraph (People's Daily style)")
def _mixed_pos_tagged(d: Damager) -> None:
    """``20210315-01-003-002/m  第/m  一/m  条/q  为了/p  促进/v  绿色/n …``: legal-NLP corpora are
    distributed segmented and tagged in the People's Daily corpus format: one paragraph a
    line, a paragraph id first, every word followed by a slash and its part-of-speech tag,
    tokens separated by two blanks (punctuation tagged ``w``, the law's own blanks kept as
    tokens of their own); a crawl of such a corpus holds the law so."""
    r = d.rng
    day = f"{r.randint(2015, 2024)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    art = r.randint(1, 40)
    sep = r.choice(("  ", " "))
    out = []
    for n, (_, s, _) in enumerate(_text_lines(d), 1):
        toks = [f"{day}-01-{art:03d}-{n:03d}/m"]
        for tok in _chunks(s, r):
            toks.append(f"{tok}/{_tag(tok, r) if tok.strip() else 'x'}")
        out.append(sep.join(toks))
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["/m", "/w"])


@register("h15_mixed_conll_u", "mixed", **H15,
          description="the law as a CoNLL-U treebank file: # newdoc/# newpar/# sent_id/# text comments, then one token a line with its ten columns")
def _mixed_conll_u(d: Damager) -> None:
    """``# newpar⏎# sent_id = law-12⏎# text = 第一条　为了促进绿色旅游发展，制定本条例。⏎1	第一	第一	NUM	…``: parsed
    legal corpora are shared in the CoNLL-U format of Universal Dependencies: comment lines
    open each document, paragraph and sentence (the sentence's text in ``# text``), then one
    token a line with ten tab-separated columns (form, lemma, tags, head, relation, and
    ``SpaceAfter=No`` where the next token follows without a blank), a blank line after
    each sentence.  A crawl of such a file holds the law as the treebank."""
    r = d.rng
    doc = r.choice(("law", "reg", "tl"))
    out = [f"# newdoc id = {doc}-{r.randint(1, 999)}"]
    sid = 0
    for _, s, _ in _text_lines(d):
        out.append("# newpar")
        for sentence in (p for p in _SENTENCE_END.split(s) if p):
            sid += 1
            out.append(f"# sent_id = {doc}-{sid}")
            out.append(f"# text = {sentence}")
            toks = _chunks(sentence, r)
            rows = []
            k = 0
            while k < len(toks):
                tok = toks[k]
                if not tok.strip():
                    k += 1
                    continue
                after = toks[k + 1] if k + 1 < len(toks) else ""
                if after and not after.strip():
                    misc = "SpacesAfter=" + after.replace(" ", "\\s").replace("\t", "\\t")
                elif after:
                    misc = "SpaceAfter=No"
                else:
                    misc = "_"
                upos = {"w": "PUNCT", "m": "NUM"}.get(_tag(tok, r), r.choice(("NOUN", "VERB", "ADP", "ADV", "ADJ", "PART")))
                rows.append([tok, tok, upos, "_", "_", "0" if not rows else str(r.randint(1, len(rows))),
                             "root" if not rows else r.choice(("nsubj", "obj", "nmod", "punct", "advmod", "case")), "_", misc])
                k += 1
            out.extend(f"{n}\t" + "\t".join(row) for n, row in enumerate(rows, 1))
            out.append("")
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["# text =", "# sent_id", "SpaceAfter=No"])


@register("h15_mixed_paddleocr_results", "mixed", **H15,
          description="an OCR engine's raw results printed: each text line a [[box corners], ('text', confidence)] entry (PaddleOCR's list), the law's lines hard-wrapped as on the page")
def _mixed_paddleocr_results(d: Damager) -> None:
    """``[[[28.0, 36.0], [412.0, 36.0], [412.0, 58.0], [28.0, 58.0]], ('第一条　为了促进绿色旅游', 0.9953)]``:
    Chinese OCR pipelines (PaddleOCR and the tools built on it) return, per detected text
    line, the four corners of its box and the recognised text with a confidence; scripts that
    digitise scanned laws print that list, one entry a line, and the printout is what gets
    published.  The lines are the page's printed lines (each paragraph wrapped at the
    measure), in reading order, with the engine's log line now and then."""
    r = d.rng
    width = r.randint(22, 34)
    out = []
    if r.random() < 0.5:
        out.append(f"[{r.randint(2021, 2024)}/0{r.randint(1, 9)}/1{r.randint(0, 9)} 10:2{r.randint(0, 9)}:3{r.randint(0, 9)}] ppocr DEBUG: dt_boxes num : {r.randint(20, 60)}, elapsed : 0.{r.randint(10, 99)}")
    y = float(r.randint(20, 60))
    for _, s, _ in _text_lines(d):
        cuts = [0, *wrap_points(s, width), len(s)]
        for a, b in zip(cuts, cuts[1:]):
            piece = s[a:b]
            x1, x2 = float(r.randint(20, 60)), float(r.randint(380, 460))
            conf = r.randint(9000, 9999) / 10000
            out.append(f"[[[{x1}, {y}], [{x2}, {y}], [{x2}, {y + 22.0}], [{x1}, {y + 22.0}]], ({piece!r}, {conf})]")
            y += float(r.randint(28, 34))
        y += float(r.randint(6, 12))
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["[[[", "ppocr"])
