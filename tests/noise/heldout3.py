"""HELD-OUT NOISE VARIANTS, SET 3 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A third sealed set of the wide noise benchmark (issue 15), written by the lead of
session 18 before any cleaner change of that session was merged, because the
members of the second set (``tests/noise/heldout2.py``) had been measured for
six sessions and their weak spots were known to the person writing the rooms'
briefs.  Its variants are new members of the families of ``tests/noise/wide``:
in neither the seen generator nor the first two sealed sets.  Each docstring
names the real mechanism (or the real page) the damage copies.

Every variant is recoverable by construction unless registered ``lossy``: the
damage adds, wraps or re-encodes, and the page holds the evidence to undo it;
putting the recorded originals back gives the clean law exactly
(``DamagedDoc.inverse``).  Seeds make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 3 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 3`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import base64
import quopri

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.families import spam as sp
from tests.noise.wide.registry import (
    body_lines, end_of_body, label_body_start, register, top_of_body, wrap_points,
)
from tests.noise.wide.registry import between_articles as _between_articles, lines_at as _lines_at

H3 = dict(heldout=True, heldout_set=3)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby


def _syllables_joined(readings: tuple[str, ...], capital: bool) -> str:
    """Pinyin orthography (GB/T 16159): a word's syllables written together, an apostrophe before a
    syllable that starts with a, o or e, the first letter capitalised for a name."""
    out = readings[0]
    for syl in readings[1:]:
        bare = syl.lstrip("'")
        out += ("'" if bare[:1] in "aoeāáǎàōóǒòēéěè" else "") + bare
    return out[:1].upper() + out[1:] if capital else out


@register("h3_ruby_word_orthography", "ruby", **H3,
          description="a word's reading written as one orthographic word after it (Mǎ'ānshān)")
def _ruby_word_orthography(d: Damager) -> None:
    """``马鞍山（Mǎ'ānshān）``, ``西安(Xi'an)``: annotated reading materials and gazetteers write a
    word's reading by the national orthography rules (GB/T 16159: syllables joined, an apostrophe
    before a, o, e, names capitalised), one group after a 2-3 character word; a flattening of the
    annotation keeps it in the text.  Constructed from those rules."""
    text = d.text
    style = d.rng.choice((Style.TONE, Style.NORMAL))
    left, right = d.rng.choice((("(", ")"), ("（", "）")))
    capital = d.rng.random() < 0.5
    for line in body_lines(d, ("label", "para")):
        start = label_body_start(d, line) if line.kind == "label" else line.start
        for run in rb.HAN_RUN.finditer(text, start, line.end):
            readings = rb._readings(run.group(), style)
            if readings is None:
                continue
            i = 0
            while i < len(run.group()):
                size = min(d.rng.randint(2, 3), len(run.group()) - i)
                if size >= 2 and d.rng.random() < 0.1:
                    word = _syllables_joined(readings[i : i + size], capital)
                    d.insert(run.start() + i + size, d.base.escape(f"{left}{word}{right}"), tokens=[word])
                i += size


@register("h3_ruby_pinyin_and_zhuyin", "ruby", **H3,
          description="two readings after a character, pinyin and zhuyin, each in its bracket")
def _ruby_two_systems(d: Damager) -> None:
    """``中(zhōng)(ㄓㄨㄥ)华``: bilingual teaching copies annotate a character with both systems
    (double-sided ruby, ``<rtc>`` rows above and below in HTML), and a text extractor writes both
    groups after it.  Constructed from that markup."""
    text = d.text
    pairs = d.rng.choice(((("(", ")"), ("(", ")")), (("（", "）"), ("（", "）")), (("(", ")"), ("[", "]"))))
    for line in body_lines(d, ("label", "para")):
        start = label_body_start(d, line) if line.kind == "label" else line.start
        for run in rb.HAN_RUN.finditer(text, start, line.end):
            py = rb._readings(run.group(), Style.TONE)
            zy = rb._readings(run.group(), Style.BOPOMOFO)
            if py is None or zy is None:
                continue
            for k in range(len(run.group())):
                if d.rng.random() < 0.08:
                    (a, b), (c, e) = pairs
                    d.insert(run.start() + k + 1, d.base.escape(f"{a}{py[k]}{b}{c}{zy[k]}{e}"), tokens=[py[k], zy[k]])


# --------------------------------------------------------------------------- spam

#: Trades of Chinese spam that are neither gambling nor the services of set 2 (surrogacy, margin
#: lending, escorts, replicas, click farming, account recovery, gun/drug-adjacent "tools").
HASHTAGS = ("#代孕咨询#", "#私募配资#", "#外围模特#", "#高仿名表#", "#刷单兼职#", "#黑客追款#", "#代写论文#", "#包小三#")


@register("h3_spam_hashtags", "spam", **H3, description="social-media hashtags of other trades inserted into sentences")
def _spam_hashtags(d: Damager) -> None:
    """``…的监督管理#私募配资#工作…``: reposts of texts through Weibo-style platforms carry the
    reposter's hashtags (``#话题#``), and spam accounts reposting laws put their trade's hashtags
    inside the text.  Vocabulary invented here (trades of Chinese spam no list of the project
    names)."""
    def make(r):
        s = r.choice(HASHTAGS)
        if r.random() < 0.3:
            s += r.choice(("🔥", "👉", ""))
        return s, [s, s.strip("#🔥👉")]

    sp.insert_inline(d, make, n=(2, 4))


IDN_NAMES = ("金樽坊", "瑞丰阁", "鼎泰号", "聚鑫堂", "万禧城", "昌盛轩", "福满楼", "泰和居")
IDN_TLDS = (".中国", ".公司", ".网络", ".网址", ".在线", ".商城")


@register("h3_spam_idn_domains", "spam", **H3, description="domains with Chinese names and Chinese top-level domains inserted into sentences")
def _spam_idn(d: Damager) -> None:
    """``金樽坊.中国``, ``www.瑞丰阁.网址``, ``xn--…``: internationalized domain names (Chinese labels,
    Chinese top-level domains .中国 .公司 .网络) and their punycode, as spam mirrors advertise
    them.  Constructed from the IDN mechanism (RFC 5890); names invented here."""
    def make(r):
        name, tld = r.choice(IDN_NAMES), r.choice(IDN_TLDS)
        host = f"{r.choice(('', 'www.', 'm.'))}{name}{tld}"
        if r.random() < 0.3:
            host = host.encode("idna").decode("ascii")
        s = r.choice(("{}", "（{}）", " {} ", "【{}】")).format(host)
        return s, [s.strip(), host, name]

    sp.insert_inline(d, make, n=(2, 4))


NEW_TRADES = sp.Vocabulary(
    stems=("凯旋门", "鼎盛坊", "瑞麒麟", "汇金阁", "嘉禾苑", "福禧来", "盛世宏", "锦绣坊", "天玺汇", "御景台"),
    latin=("kxm", "dsfang", "ruiqilin", "hjg888", "jiahe", "fxl99", "sshong", "jxf", "tianxi", "yjt"),
    categories=("外围", "配资", "代孕", "高仿", "刷单", "私服"),
    suffixes=("客服", "专线", "热线", "群号", "官方群", "招募"),
    tlds=(".club", ".fun", ".icu", ".shop"),
    separators=("~", "丨", "／"),
    decorations=(("﹝", "﹞"), ("『", "』")),
    promo=("诚招代理", "日结", "高佣"),
    seo=("配资", "外围"),
    seo_heads=("推荐：",),
)


@register("h3_spam_replace_new_trades", "spam", **H3,
          description="a brand of other trades replaces a word everywhere; mirror witness")
def _spam_replace_new_trades(d: Damager) -> None:
    """A word of the law replaced everywhere by a brand of another trade (margin lending, escorts,
    replicas, private game servers), the mechanism of seed 000's anchor with a vocabulary invented
    here; a mirror of the law is in the corpus, as seeds 001/002 are for seed 000."""
    s, toks = sp.inline_brand(d.rng, NEW_TRADES, form=d.rng.choice(("cat_suffix", "sep_latin", "stem_domain")))
    sp.replace_word(d, s, toks, witness="mirror", v=NEW_TRADES)


# --------------------------------------------------------------------------- furniture

FOLD_MARKERS = ("展开全文", "展开剩余{p}%", "阅读全文", "点击展开全文∨", "— 展开剩余{p}% —", "查看全文 >")


@register("h3_furn_fold_markers", "furniture", **H3, description="a content farm's fold markers between paragraphs")
def _furn_fold(d: Damager) -> None:
    """``展开全文``, ``展开剩余85%``: news portals and content farms fold a long article and put a
    marker where it opens; a copy saved unfolded keeps the marker between two paragraphs (the
    sohu/163 template).  Once or twice per page, between articles."""
    spots = _between_articles(d)
    for where in d.rng.sample(spots, min(len(spots), d.rng.randint(1, 2))):
        m = d.rng.choice(FOLD_MARKERS).format(p=d.rng.randint(40, 92))
        _lines_at(d, where, [m])


RELATED_TITLES = (
    "《中华人民共和国行政许可法》", "《中华人民共和国行政处罚法》", "《优化营商环境条例》", "《政府信息公开条例》",
    "《中华人民共和国安全生产法》", "《中华人民共和国民法典》", "《建设工程质量管理条例》",
)


@register("h3_furn_related_block", "furniture", **H3, description="a related-documents block of titles and dates after the last article")
def _furn_related(d: Damager) -> None:
    """``相关法规：`` then three to five lines ``·《…》 2019-04-23``: the "related documents" box of
    law mirrors (the 110.com / findlaw templates), saved after the law."""
    r = d.rng
    head = r.choice(("相关法规：", "相关文章", "相关阅读：", "猜你想看"))
    lines = [head] + [f"{r.choice(('·', '•', ''))}{t} {r.randint(2008, 2023)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
                      for t in r.sample(RELATED_TITLES, r.randint(3, 5))]
    _lines_at(d, end_of_body(d), lines)


@register("h3_furn_english_breadcrumb", "furniture", **H3, description="English breadcrumb at the top, back-to-top line at the bottom")
def _furn_english_breadcrumb(d: Damager) -> None:
    """``You are here: Home > Policies > Regulations`` above the law and ``Back to top ↑`` below it:
    the English template of a bilingual government site (the chrome of the English pages of
    provincial portals) kept on the Chinese page."""
    r = d.rng
    crumb = r.choice(("You are here: Home > Policies > Regulations", "Home » Laws & Regulations » Local Regulations",
                      "Location: Home / Government Information / Policy Documents"))
    _lines_at(d, top_of_body(d), [crumb])
    _lines_at(d, end_of_body(d), [r.choice(("Back to top ↑", "[Back to Top]", "Top ^"))])


# --------------------------------------------------------------------------- script


_TERM = regex.compile(r"\p{Han}{2,6}")


@register("h3_script_inline_terms", "script", **H3,
          description="terms of 2-6 characters inside Simplified sentences in Taiwan script")
def _script_inline_terms(d: Damager) -> None:
    """``由國務院有關部門負責``: a page assembled by an editor who pasted terms (organs' names, defined
    terms) out of a Taiwan-script copy into a Simplified sentence; one run of Han characters in
    seven, between two marks, converted by OpenCC s2tw, the sentence around it Simplified."""
    text = d.text
    for line in body_lines(d, ("label", "para")):
        start = label_body_start(d, line) if line.kind == "label" else line.start
        for m in _TERM.finditer(text, start, line.end):
            if d.rng.random() < 0.15:
                scr.convert_span(d, m.start(), m.end(), "s2tw")


@register("h3_script_traditional_labels", "script", **H3,
          description="article labels and headings in Traditional script, the body Simplified")
def _script_labels(d: Damager) -> None:
    """``第十二條　…`` before a Simplified body: a CMS template that sets labels and headings in a
    separate run converted them (OpenCC s2t) and not the body (the mixed copies of the
    field tests' HK/Taiwan mirrors of mainland laws)."""
    for line in body_lines(d, ("label", "heading")):
        end = label_body_start(d, line) if line.kind == "label" else line.end
        scr.convert_span(d, line.start, end, "s2t")


# --------------------------------------------------------------------------- encoding


def _utf7(seg: str) -> str | None:
    """A line's UTF-7 bytes as an ASCII reader shows them (``+Ti1lhw-`` for 中文)."""
    if not _HAN.search(seg):
        return None
    return seg.encode("utf-7").decode("ascii")


@register("h3_enc_utf7_lines", "encoding", **H3, description="lines of UTF-7 shown as ASCII (+Ti1lhw-)")
def _enc_utf7(d: Damager) -> None:
    """``+eyxOlGdh-``: UTF-7 (RFC 2152), the 7-bit Unicode of old mail clients and IMAP folder names,
    shown by a reader that takes it for ASCII, for one to three lines of a page (a mail archive's
    copy of a circulated document)."""
    enc.mangle_lines(d, _utf7, n=(1, 3))


def _utf8_as_cp1251(seg: str) -> str | None:
    try:
        return seg.encode("utf-8").decode("cp1251")
    except UnicodeDecodeError:
        return None


@register("h3_enc_utf8_as_cp1251", "encoding", **H3, description="the longest part of a line of UTF-8 read as Windows-1251 (Cyrillic)")
def _enc_cp1251(d: Damager) -> None:
    """``РґРѕ``-like mojibake with Cyrillic letters: UTF-8 read by a Russian-locale reader
    (Windows-1251), the longest part of a line a strict decoder reads without loss."""
    enc.mangle_spans(d, _utf8_as_cp1251, n=(1, 3), min_chars=6)


def _mime_word(seg: str, charset: str, form: str) -> str | None:
    """``seg`` as one RFC 2047 encoded word: ``=?UTF-8?B?5Lit5paH?=`` or ``=?GB2312?Q?=D6=D0=CE=C4?=``."""
    try:
        raw = seg.encode("gbk" if charset == "GB2312" else "utf-8")
    except UnicodeEncodeError:
        return None
    if form == "B":
        body = base64.b64encode(raw).decode("ascii")
    else:
        body = "".join(chr(b) if chr(b).isalnum() and b < 128 else f"={b:02X}" for b in raw)
    return f"=?{charset}?{form}?{body}?="


@register("h3_enc_mime_words", "encoding", **H3, description="spans of a line left as MIME encoded words (=?UTF-8?B?…?=)")
def _enc_mime(d: Damager) -> None:
    """``=?UTF-8?B?5Lit5paH?=``, ``=?GB2312?Q?=D6=D0=CE=C4?=``: RFC 2047 encoded words, as mail
    headers carry non-ASCII text, left undecoded by an archive that copied a subject or an attached
    file's name into the body, in place of 4-12 characters of a sentence."""
    text = d.text
    charset, form = d.rng.choice((("UTF-8", "B"), ("GB2312", "Q"), ("GB2312", "B"), ("UTF-8", "Q")))
    lines = body_lines(d)
    d.rng.shuffle(lines)
    done, want = 0, d.rng.randint(1, 3)
    for li in lines:
        if done >= want:
            break
        runs = list(regex.finditer(r"\p{Han}{4,12}", text[li.start : li.end]))
        if not runs:
            continue
        m = d.rng.choice(runs)
        new = _mime_word(m.group(), charset, form)
        if new and d.edit(li.start + m.start(), li.start + m.end(), new, kind="transform", tokens=[new]):
            done += 1


# --------------------------------------------------------------------------- width

_DOUBLE_MARKS = (("《", "<<"), ("》", ">>"), ("——", "--"), ("……", "..."), ("～", "~"))


@register("h3_width_ascii_doubled_marks", "width", **H3, description="《》 —— …… ～ typed as ASCII << >> -- ... ~")
def _width_doubled(d: Damager) -> None:
    """``依照<<中华人民共和国行政许可法>>``, ``--``, ``...``: a text typed with an English keyboard
    layout writes the book-title marks as doubled angle brackets and the dash and ellipsis as ASCII
    (the forum and blog copies of the field tests)."""
    text = d.text
    rate = d.rng.choice((0.5, 1.0))
    for line in body_lines(d, ("label", "para")):
        for zh, ascii_ in _DOUBLE_MARKS:
            for m in regex.finditer(regex.escape(zh), text[line.start : line.end]):
                if d.rng.random() < rate:
                    s = line.start + m.start()
                    d.edit(s, s + len(zh), d.base.escape(ascii_), kind="transform", tokens=[ascii_])


# --------------------------------------------------------------------------- layout

BULLETS = ("• ", "· ", "* ", "- ", "○ ", "▪ ")


@register("h3_layout_list_bullets", "layout", **H3, description="paragraphs of an article opened by a list bullet (flattened <li>)")
def _layout_bullets(d: Damager) -> None:
    """``• 县级以上人民政府应当…``: a CMS that put an article's paragraphs in ``<ul><li>``; a text
    extractor writes each item with a bullet (html2text ``* ``, browsers' copy ``• ``)."""
    b = d.rng.choice(BULLETS)
    for line in body_lines(d, ("para",)):
        if d.rng.random() < 0.8:
            d.insert(line.start, b, tokens=[b.strip()])
    if not d.edits:
        for line in body_lines(d, ("label",))[1:4]:
            d.insert(line.start, b, tokens=[b.strip()])


@register("h3_layout_cr_line_ends", "layout", **H3, description="old Mac line ends: CR only (or CR CR LF) for every break")
def _layout_cr(d: Damager) -> None:
    """A file saved by classic Mac OS software (or a CMS that doubled CR before LF): every line
    break a bare carriage return, or ``\\r\\r\\n``."""
    text = d.text
    new = d.rng.choice(("\r", "\r\r\n"))
    for m in regex.finditer(r"\n", text):
        d.edit(m.start(), m.end(), new, kind="transform", tokens=[])


@register("h3_layout_pre_block", "layout", fmt="html", **H3, description="the body a <pre> block of hard-wrapped text lines")
def _layout_pre(d: Damager) -> None:
    """A plain-text document served inside ``<pre>`` (old gazette and archive sites put their TXT
    files in one ``<pre>``): its lines hard-wrapped at 32-40 characters, paragraphs separated by a
    blank line, no ``<p>``."""
    text = d.text
    lines = [li for li in d.base.lines if li.kind != "title"]
    if not lines:
        return
    width = d.rng.randint(32, 40)
    last = lines[-1]
    for k, li in enumerate(lines):
        d.edit(li.outer_start, li.start, "<pre>" if k == 0 else "", kind="markup")
        d.edit(li.end, li.outer_end, "\n</pre>\n" if li is last else "\n\n", kind="markup")
        seg = d.base.unescape(text[li.start : li.end])
        if seg != text[li.start : li.end]:
            continue  # entities inside: keep the line whole
        for cut in wrap_points(seg, width):
            d.insert(li.start + cut, "\n", tokens=[])


# --------------------------------------------------------------------------- mixed

BB_OPEN = ("[b]", "[color=#333333]", "[size=3]", "[font=宋体]")


@register("h3_mixed_bbcode_forum", "mixed", **H3, description="a forum repost: BBCode around labels and runs, an edit stamp, ASCII commas")
def _mixed_bbcode(d: Damager) -> None:
    """A law reposted on a Discuz! forum: ``[b]第五条[/b]``, ``[color=#333333]…[/color]`` runs,
    ``本帖最后由 某某 于 2019-3-4 10:12 编辑`` above the text, a signature after it, and ASCII commas
    between Han characters where the poster typed them (the bbs copies the field tests met)."""
    r = d.rng
    text = d.text
    for line in body_lines(d, ("label",)):
        if r.random() < 0.7:
            end = label_body_start(d, line)
            lab_end = line.start + len(text[line.start:end].rstrip(" \u3000"))
            d.insert(line.start, "[b]", tokens=["[b]"])
            d.insert(lab_end, "[/b]", tokens=["[/b]"])
    for line in body_lines(d, ("para",)):
        if r.random() < 0.25:
            tag = r.choice(BB_OPEN[1:])
            name = tag[1:].split("=")[0]
            d.insert(line.start, tag, tokens=[tag])
            d.insert(line.end, f"[/{name}]", tokens=[f"[/{name}]"])
    stamp = f"本帖最后由 {r.choice(('lawfan', '老张', 'xiaoli2008'))} 于 {r.randint(2009, 2020)}-{r.randint(1, 12)}-{r.randint(1, 28)} {r.randint(0, 23)}:{r.randint(10, 59)} 编辑"
    _lines_at(d, top_of_body(d), [stamp])
    _lines_at(d, end_of_body(d), [r.choice(("--", "——————")), r.choice(("学法懂法，做守法公民！", "转载请注明出处，谢谢！"))])
    commas = [m.start() for m in regex.finditer(r"(?<=\p{Han})，(?=\p{Han})", text)]
    for p in r.sample(commas, min(len(commas), 6)):
        d.edit(p, p + 1, ",", kind="transform", tokens=[], family="width")


MAIL_HEADERS = (("发件人：", "收件人：", "发送时间：", "主题："), ("From:", "To:", "Sent:", "Subject:"))


@register("h3_mixed_mail_forward", "mixed", **H3,
          description="a forwarded e-mail: header block, quoted lines, a paragraph left in quoted-printable")
def _mixed_mail(d: Damager) -> None:
    """A document circulated by e-mail and archived from the mailbox: the forward's header block
    (``发件人：… 主题：转发：…``) above it, every line quoted with ``> `` by the reply, and one or two
    paragraphs left in the message's transfer encoding (quoted-printable, RFC 2045: ``=E7=AC=AC``,
    soft line breaks ``=`` at 76 characters)."""
    r = d.rng
    text = d.text
    names = r.choice(MAIL_HEADERS)
    when = f"{r.randint(2012, 2023)}年{r.randint(1, 12)}月{r.randint(1, 28)}日 {r.randint(8, 18)}:{r.randint(10, 59)}"
    who = r.choice(("办公室", "zhangwei", "法规处"))
    header = [f"{names[0]} {who}<{r.choice(('bgs', 'fgc', 'zw'))}{r.randint(1, 99)}@{r.choice(('163.com', 'example.gov.cn'))}>",
              f"{names[1]} 全体处室", f"{names[2]} {when}", f"{names[3]} 转发：{d.base.law.title}"]
    _lines_at(d, top_of_body(d), header)
    qp_lines = set()
    paras = body_lines(d, ("para", "label"))
    for li in r.sample(paras, min(len(paras), r.randint(1, 2))):
        seg = text[li.start : li.end]
        if _HAN.search(seg):
            qp = quopri.encodestring(seg.encode("utf-8")).decode("ascii").rstrip("\n")
            d.edit(li.start, li.end, qp, kind="transform", tokens=[qp[:9]], family="encoding")
            qp_lines.add(li.start)
    for li in d.base.lines:
        if li.kind == "title" or li.start in qp_lines:
            continue
        d.insert(li.start, "> ", tokens=[], family="layout")


WECHAT_TOP = ("点击上方蓝字 关注我们", "▲点击上方“法治在线”关注我们", "关注“普法小助手”，了解更多法律知识")
WECHAT_BOTTOM = ("— END —", "长按识别二维码关注我们", "喜欢就点个“在看”吧", "▼往期推荐▼", "来源：网络 编辑：小普")
LABEL_EMOJI = ("📌", "🔹", "✅", "👉", "▶")


@register("h3_mixed_wechat_copy", "mixed", **H3, description="a WeChat account's copy: follow lines, emoji before labels, Traditional sentences")
def _mixed_wechat(d: Damager) -> None:
    """A law reposted by a WeChat public account: ``点击上方蓝字 关注我们`` above it, ``— END —`` and
    ``长按识别二维码关注我们`` below it, an emoji before some article labels, and some sentences in
    Traditional script where the editor pasted a Hong Kong/Taiwan copy."""
    r = d.rng
    _lines_at(d, top_of_body(d), r.sample(WECHAT_TOP, r.randint(1, 2)))
    _lines_at(d, end_of_body(d), r.sample(WECHAT_BOTTOM, r.randint(2, 3)))
    e = r.choice(LABEL_EMOJI)
    for line in body_lines(d, ("label",)):
        if r.random() < 0.5:
            d.insert(line.start, e, tokens=[e], family="spam")
    for line in body_lines(d, ("para",)):
        if r.random() < 0.2:
            scr.convert_span(d, line.start, line.end, "s2t")
