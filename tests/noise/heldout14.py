"""HELD-OUT NOISE VARIANTS, SET 14 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

A fourteenth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 31 after the session's briefs and before any of the rooms'
changes was merged.  Session 31's rooms each work on a FAMILY (bytes shown
through a notation, a markup language's source, a transmission's chunk frames,
marks in a line's margin, interface text in the flow, spam dressed as the law's
apparatus, a reading layer beside the text); most of this set's members are
members of those families that no brief, no earlier set and no module names,
on purpose: they measure whether a mechanism built for the family reaches a
member it was not shown.  The lead grepped ``corpus_tools``, ``tests/noise`` and
the rooms' family tests for each candidate and dropped the ones already named.
Each docstring names the real mechanism the damage copies.

Every variant is recoverable by construction: the damage adds, wraps, reorders or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 14 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 14`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import base64
import html

import regex
from pypinyin import Style, pinyin

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, register, wrap_points
from tests.noise.wide.registry import body_start as _body_start

H14 = dict(heldout=True, heldout_set=14)

#: Families with no member in this set, and why: the benchmark reports them as absent, not as recovered.
ABSENT_FAMILIES = {
    "width": "set 10's reason still holds: every mark-width mechanism the lead could find on real pages is a member of "
             "an earlier set or is handled by a module that names it",
    "script": "every script mechanism the lead could find is a member of an earlier set or is named by a module",
}
_HAN = regex.compile(r"\p{Han}")
_LABEL = regex.compile(r"第[零〇一二三四五六七八九十百千两]+条(?:之[一二三四五六七八九十]+)?")


def _body_span(d: Damager) -> tuple[int, int]:
    """The base span from the first body line after the title to the end of the last line."""
    lines = d.base.lines
    first = lines[1] if len(lines) > 1 and lines[0].kind == "title" else lines[0]
    return first.outer_start, lines[-1].outer_end


def _whole(d: Damager) -> tuple[int, int]:
    """The span of the whole plain page (title included), without its final newline."""
    text = d.text
    return 0, len(text) - 1 if text.endswith("\n") else len(text)


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


# --------------------------------------------------------------------------- ruby


def _gloss_terms(d: Damager, reading, forms: tuple[tuple[str, str], ...], lo: int, hi: int) -> None:
    """Gloss every character of ``lo``-``hi`` terms with ``reading(ch)`` in one of ``forms``' brackets."""
    r = d.rng
    left, right = r.choice(forms)
    spots = _han_terms(d)
    r.shuffle(spots)
    want, done = r.randint(lo, hi), 0
    for pos, word in spots:
        if done >= want:
            break
        if not d.free(pos, pos + len(word) + 1):
            continue
        g = d.new_group()
        for k, ch in enumerate(word):
            new = f"{left}{reading(ch)}{right}"
            d.insert(pos + k + 1, new, tokens=[new], group=g)
        done += 1


@register("h14_ruby_dual_system", "ruby", **H14,
          description="each character of a few terms glossed in two systems at once: zhuyin and pinyin in one bracket (管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ))")
def _ruby_dual_system(d: Damager) -> None:
    """``管(ㄍㄨㄢˇ guǎn)理(ㄌㄧˇ lǐ)``: readers and textbooks made in Taiwan for learners who come
    from the mainland (and bilingual teaching sites) print both phonetic systems beside a
    character, the zhuyin and the pinyin reading in one bracket; a copy keeps both in the
    text.  Two to five terms a page, every character of the term."""
    order = d.rng.random() < 0.5
    sep = d.rng.choice((" ", "/", "｜"))

    def reading(ch: str) -> str:
        zy = pinyin(ch, style=Style.BOPOMOFO)[0][0]
        py = pinyin(ch, style=Style.TONE)[0][0]
        return f"{zy}{sep}{py}" if order else f"{py}{sep}{zy}"

    _gloss_terms(d, reading, (("(", ")"), ("（", "）"), ("[", "]")), 2, 5)


_SUPERSCRIPT = str.maketrans("012345", "⁰¹²³⁴⁵")


@register("h14_ruby_superscript_tones", "ruby", **H14,
          description="each character of a few terms glossed with toneless pinyin and a superscript tone number (管(guan³)理(li³))")
def _ruby_superscript_tones(d: Damager) -> None:
    """``管(guan³)理(li³)``: dictionaries and glossaries in the older sinological habit write the
    tone as a superscript number after the syllable (Unicode's superscript digits when the
    text was typed, not styled); a copy of such a glossary keeps them.  Two to five terms a
    page, every character of the term; the neutral tone without a number."""

    def reading(ch: str) -> str:
        s = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=False, v_to_u=True)[0][0]
        return s.translate(_SUPERSCRIPT)

    _gloss_terms(d, reading, (("(", ")"), ("（", "）"), ("〔", "〕")), 2, 5)


# --------------------------------------------------------------------------- spam

#: Characters a filter looks for, split into two components as evaders write them (拆字).
_SPLIT = {"澳": "氵奥", "赌": "贝者", "博": "十尃", "娱": "女吴", "彩": "采彡", "葡": "艹匍", "赢": "亡口月贝凡",
          "钱": "钅戋", "场": "土汤", "信": "亻言", "誉": "兴言"}
_SPLIT_BRANDS = ("澳门新葡京", "澳门赌场", "博彩平台", "真人娱乐", "信誉赌场", "澳门博彩", "葡京娱乐")


@register("h14_spam_split_components", "spam", **H14,
          description="spam whose filtered characters are written as their two components (氵奥门贝者场 for 澳门赌场), inserted in sentences")
def _spam_split_components(d: Damager) -> None:
    """``…应当加强氵奥门贝者场十尃采彡对旅游…``: spam that must pass a keyword filter writes the
    characters the filter looks for as their components side by side (拆字: 澳 as 氵奥, 赌 as
    贝者), which a reader still recognises; the run sits inside a sentence, sometimes with
    a contact or lucky digits.  One brand a page, two to five places."""
    r = d.rng
    brand = r.choice(_SPLIT_BRANDS)
    split = "".join(_SPLIT.get(c, c) for c in brand)
    tail = r.choice(("", "", f"{r.choice(('888', '666', '168'))}", f"加V{r.randint(100000, 999999)}", "官网"))
    spam = split + tail
    spots = _between_han(d)
    r.shuffle(spots)
    done, want = 0, r.randint(2, 5)
    for pos in spots:
        if done >= want:
            break
        if d.insert(pos, spam, tokens=[split]):
            done += 1


_MENTION_BRANDS = ("澳门银河", "永利皇宫", "太阳城集团", "威尼斯人", "金沙娱乐场", "新葡京娱乐")


@register("h14_spam_mentions", "spam", **H14,
          description="spam as micro-blog mentions and repost chains inside sentences (@澳门银河官方 , //@永利皇宫娱乐:)")
def _spam_mentions(d: Damager) -> None:
    """``…县级以上人民政府@澳门银河官方 应当…`` / ``//@永利皇宫娱乐:``: a law reposted on a micro-blog
    collects the platform's mention and repost-chain syntax, and spam accounts ride on it:
    the account's name (a casino brand) as an ``@`` mention in the sentence, or a repost
    chain ``//@name:`` left in the middle of the text.  One account a page, two to four
    places."""
    r = d.rng
    brand = r.choice(_MENTION_BRANDS)
    account = brand + r.choice(("官方", "客服", "娱乐", "官网", "VIP", ""))
    form = r.choice(("@{a} ", "//@{a}:", "@{a}：", " @{a} "))
    spam = form.format(a=account)
    spots = _between_han(d)
    r.shuffle(spots)
    done, want = 0, r.randint(2, 4)
    for pos in spots:
        if done >= want:
            break
        if d.insert(pos, spam, tokens=[account]):
            done += 1


# --------------------------------------------------------------------------- furniture


@register("h14_furn_bates_stamps", "furniture", **H14,
          description="a production set's Bates numbers: every page footed by a prefix and a running six- or seven-digit number (SFJ-000123)")
def _furn_bates_stamps(d: Damager) -> None:
    """``SFJ-LAW-000123``: documents produced in litigation, in archives and in file reviews are
    stamped page by page with a running number (Bates numbering) at the foot of the page;
    a text layer of the stamped PDF gives the stamp as a line of its own after every page's
    last line.  Pages of seven to fourteen lines."""
    r = d.rng
    a, _ = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    per = r.randint(7, 14)
    prefix = r.choice(("SFJ-LAW-", "ZFB", "GOV-", "FZB_", "DOC"))
    digits = r.choice((6, 7, 8))
    n = r.randint(1, 5000)
    suffix = r.choice(("", "", " CONFIDENTIAL", "（内部）"))
    for k in range(per - 1, len(lines), per):
        stamp = f"{prefix}{n:0{digits}d}{suffix}"
        d.insert(lines[k].end, "\n" + stamp, tokens=[stamp])
        n += 1


_DISCLAIMERS = (
    "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用（包括但不限于全部或部分地泄露、复制、或散发）本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！",
    "此邮件及其附件可能包含保密或受法律保护的信息。若您并非预期收件人，请勿阅读、使用、复制或转发，并请立即通知发件人并删除此邮件。",
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "注意：本邮件由系统自动发送，请勿直接回复。",
)


@register("h14_furn_mail_disclaimer", "furniture", **H14,
          description="a law forwarded by e-mail: the sender's signature block and the mail system's confidentiality disclaimer after the last article")
def _furn_mail_disclaimer(d: Damager) -> None:
    """``--⏎张伟⏎市司法局法制科⏎电话：0571-87051234⏎⏎本邮件及其附件含有保密信息，…``: regulations
    circulated by e-mail between offices (and archived from the mailbox) end with the
    sender's signature block and the disclaimer the organisation's mail server appends;
    the archived text keeps both after the law's last line."""
    r = d.rng
    name = r.choice(("张伟", "李娜", "王芳", "刘洋", "陈静"))
    unit = r.choice(("市司法局法制科", "区人民政府办公室", "省人大常委会法工委", "市场监督管理局政策法规处"))
    sig = f"{r.choice(('--', '-- ', '——', '________________________________'))}\n{name}\n{unit}\n电话：0{r.randint(10, 999)}-{r.randint(2000000, 89999999)}"
    if r.random() < 0.5:
        sig += f"\n邮箱：{r.choice(('zhangw', 'lina', 'fzk', 'office'))}@{r.choice(('sfj', 'gov', 'rd'))}.{r.choice(('hz', 'sz', 'bj'))}.gov.cn"
    parts = [sig]
    chosen = r.sample(_DISCLAIMERS, r.randint(1, 2))
    parts.extend(chosen)
    new = "\n\n" + "\n\n".join(parts)
    text = d.text
    end = len(text) - 1 if text.endswith("\n") else len(text)
    d.insert(end, new, tokens=[name, *(c[:12] for c in chosen)])


@register("h14_furn_phone_screenshots", "furniture", **H14,
          description="OCR of phone screenshots: each screen topped by the status bar (time, carrier, signal, battery) and the app's title bar")
def _furn_phone_screenshots(d: Damager) -> None:
    """``14:22　中国移动 4G　　87%⏎＜ 返回　　某市绿色旅游促进条例　　···⏎…``: laws are passed around as
    series of phone screenshots (a chat, a forum post, a help desk's reply); the OCR of each
    screenshot begins with the phone's status bar (the time, the carrier, the network, the
    battery) and the app's title bar (a back arrow, the page title, a menu), and a text
    collected from the series keeps them before every screen's lines."""
    r = d.rng
    a, _ = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    per = r.randint(6, 11)
    hh, mm = r.randint(7, 22), r.randint(0, 50)
    carrier = r.choice(("中国移动", "中国联通", "中国电信", "CMCC", ""))
    net = r.choice(("4G", "5G", "4G+", "HD 4G", "WiFi"))
    battery = r.randint(35, 99)
    title = d.base.law.title[:r.randint(8, 14)] + r.choice(("…", "...", ""))
    back = r.choice(("＜ 返回", "< 返回", "〈", "← ", "＜"))
    menu = r.choice(("···", "⋯", "…", "⋮"))
    for k in range(0, len(lines), per):
        mm += r.randint(0, 2)
        bar = f"{hh:02d}:{mm % 60:02d}{r.choice(('　', ' ', '  '))}{carrier} {net}{r.choice(('　　', '  ', ' '))}{battery}%"
        head = f"{bar}\n{back}{r.choice(('　　', '  '))}{title}{r.choice(('　　', '  '))}{menu}"
        d.insert(lines[k].start, head + "\n", tokens=[bar])
        battery = max(5, battery - r.randint(0, 2))


# --------------------------------------------------------------------------- encoding

_Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"


def _z85(raw: bytes) -> str:
    """ZeroMQ's Z85 (RFC 32/Z85): four bytes big-endian as five characters of its alphabet."""
    out = []
    for k in range(0, len(raw), 4):
        v = int.from_bytes(raw[k : k + 4], "big")
        chars = []
        for _ in range(5):
            v, rem = divmod(v, 85)
            chars.append(_Z85[rem])
        out.append("".join(reversed(chars)))
    return "".join(out)


@register("h14_enc_z85", "encoding", **H14,
          description="the text file's bytes in Z85 (ZeroMQ's Base85 alphabet of digits, letters and .-:+=^!/*?&<>()[]{}@%$#), wrapped")
def _enc_z85(d: Damager) -> None:
    """``x(?D0v>p1Hz!ahKa{j%…``: ZeroMQ's Z85 (a Base85 with an alphabet safe in source code and
    JSON strings) carries binary payloads in messages, configuration and logs; a crawl of a
    message log or a paste keeps a document's bytes in it.  The file is the law in UTF-8
    (padded with blanks to a multiple of four bytes), lines of 80 or 100 characters."""
    r = d.rng
    start, end = _whole(d) if r.random() < 0.5 else (_body_span(d)[0], _whole(d)[1])
    raw = d.text[start:end].encode("utf-8")
    raw += b" " * (-len(raw) % 4)
    enc = _z85(raw)
    width = r.choice((80, 100))
    body = "\n".join(enc[k : k + width] for k in range(0, len(enc), width))
    d.edit(start, end, body, kind="transform", tokens=[])


@register("h14_enc_base64_utf16", "encoding", **H14,
          description="the text's UTF-16LE bytes in base64 (with or without a byte-order mark), as .NET, PowerShell and Windows tools serialise strings")
def _enc_base64_utf16(d: Damager) -> None:
    """``//7sfgBO/2cUTjpOhk4…``: Windows tools and .NET serialisers keep strings as UTF-16 (little
    endian) and write them as base64 (PowerShell's encoded commands, .NET XML and JSON of
    string blobs, Exchange exports); a crawl that stored the serialised field holds the
    law's UTF-16 bytes in base64, lines of 76 characters or one line."""
    r = d.rng
    start, end = _whole(d) if r.random() < 0.5 else (_body_span(d)[0], _whole(d)[1])
    raw = d.text[start:end].encode("utf-16-le")
    if r.random() < 0.5:
        raw = b"\xff\xfe" + raw
    enc = base64.b64encode(raw).decode("ascii")
    if r.random() < 0.7:
        enc = "\n".join(enc[k : k + 76] for k in range(0, len(enc), 76))
    d.edit(start, end, enc, kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


@register("h14_layout_texinfo", "layout", **H14,
          description="the law as Texinfo source: \\input texinfo, @settitle, @node/@chapter/@section for headings, @strong{} around labels, @bye")
def _layout_texinfo(d: Damager) -> None:
    """``\\input texinfo⏎@settitle 某市绿色旅游促进条例⏎@node Top⏎@chapter 第一章　总则⏎@strong{第一条}　为了…⏎@bye``:
    documentation sets built with GNU Texinfo (info manuals of legal text collections) are
    crawled as their source: a header, a node and chapter/section command per heading,
    paragraphs separated by blank lines, ``@strong{}``/``@emph{}`` around the labels,
    ``@@``, ``@{`` and ``@}`` for the three special characters, ``@bye`` at the end."""
    r = d.rng
    text = d.text
    strong = r.choice(("@strong{", "@b{", "@emph{", None))

    def esc(s: str) -> str:
        return s.replace("@", "@@").replace("{", "@{").replace("}", "@}")

    out = []
    node = 0
    for li in d.base.lines:
        s = text[li.start : li.end]
        if li.kind == "title":
            out.append(f"\\input texinfo   @c -*-texinfo-*-\n@setfilename law{r.randint(1, 999)}.info\n"
                       f"@documentencoding UTF-8\n@settitle {esc(s)}\n\n@node Top\n@top {esc(s)}\n")
            continue
        if li.kind == "heading":
            node += 1
            cmd = "@chapter" if d.base.law.rows[li.row].level <= 2 else "@section"
            out.append(f"@node N{node}\n{cmd} {esc(s)}\n")
            continue
        m = _LABEL.match(s)
        if strong and m and li.kind == "label":
            out.append(f"{strong}{esc(m.group())}}}{esc(s[m.end():])}\n")
        else:
            out.append(esc(s) + "\n")
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out) + "\n@bye", kind="transform", tokens=["@node"])


@register("h14_layout_asciidoc", "layout", **H14,
          description="the law as AsciiDoc source: = title and attribute lines, == / === headings, *bold* labels, paragraphs between blank lines")
def _layout_asciidoc(d: Damager) -> None:
    """``= 某市绿色旅游促进条例⏎:doctype: book⏎:lang: zh-CN⏎⏎== 第一章　总则⏎⏎*第一条*　为了…``: documents
    kept in AsciiDoc (publishing chains built on Asciidoctor, company and project wikis)
    are crawled as their source: a document title and attribute entries, section titles
    as runs of ``=``, labels in bold, paragraphs separated by blank lines, a comment line
    or an anchor now and then."""
    r = d.rng
    text = d.text
    bold = r.choice(("*{}*", "**{}**", "[.label]#{}#", None))
    out = []
    for li in d.base.lines:
        s = text[li.start : li.end]
        if li.kind == "title":
            out.append(f"= {s}\n:doctype: book\n:lang: zh-CN\n:toc:\n// generated {r.randint(2018, 2024)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}")
            continue
        if li.kind == "heading":
            level = d.base.law.rows[li.row].level
            out.append(f"[[s{li.row}]]\n{'=' * min(4, level + 1)} {s}")
            continue
        m = _LABEL.match(s)
        if bold and m and li.kind == "label":
            out.append(bold.format(m.group()) + s[m.end():])
        else:
            out.append(s)
    start, end = _whole(d)
    d.edit(start, end, "\n\n".join(out), kind="transform", tokens=[":doctype:"])


@register("h14_layout_fifth_line_numbers", "layout", **H14,
          description="a transcript-style edition: the text hard-wrapped and every fifth line numbered in the right margin (5, 10, 15 …)")
def _layout_fifth_line_numbers(d: Damager) -> None:
    """``县级以上人民政府应当加强对绿色旅游工作的领导，　　　　　5``: court transcripts, pleading papers,
    legislative bills and scholarly editions number every fifth line in the margin; the
    text layer of such a PDF gives the lines as printed (hard-wrapped at the measure) with
    the number after the line's text, separated by blanks."""
    r = d.rng
    width = r.randint(24, 34)
    gap = r.choice(("    ", "\u3000\u3000", "\t", "        "))
    text = d.text
    count = 0
    a, _ = _body_span(d)
    for li in d.base.lines:
        if li.outer_start < a:
            continue
        s = text[li.start : li.end]
        cuts = [*wrap_points(s, width), len(s)]
        g = d.new_group()
        for cut in cuts:
            count += 1
            if cut < len(s):
                mark = f"{gap}{count}\n" if count % 5 == 0 else "\n"
                d.insert(li.start + cut, mark, kind="insert", tokens=[], group=g)
            elif count % 5 == 0:
                d.insert(li.end, f"{gap}{count}", kind="insert", tokens=[], group=g)


@register("h14_layout_overlapping_pages", "layout", **H14,
          description="a paged view joined by a crawler: every page starts by repeating the previous page's last paragraph")
def _layout_overlapping_pages(d: Damager) -> None:
    """``…第九条　…。⏎第九条　…。⏎第十条…``: mobile and reader views that page a long text repeat the
    last paragraph of a page at the top of the next (so that the reader keeps the thread),
    and text chunkers for search and retrieval overlap their chunks; a crawler that joined
    the pages (or the chunks) keeps every repeated paragraph twice, one after the other."""
    r = d.rng
    a, _ = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a and li.kind in ("label", "para")]
    per = r.randint(5, 10)
    text = d.text
    for k in range(per - 1, len(lines) - 1, per):
        li = lines[k]
        s = text[li.start : li.end]
        d.insert(li.end, "\n" + s, tokens=[])


# --------------------------------------------------------------------------- mixed


def _po_string(s: str, wrap: int) -> str:
    """A PO file's quoted string, escaped, split gettext-style when longer than ``wrap``."""
    e = s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if len(e) <= wrap:
        return f'"{e}"'
    parts = [e[k : k + wrap] for k in range(0, len(e), wrap)]
    # never split an escape
    fixed = []
    for p in parts:
        if fixed and fixed[-1].endswith("\\") and not fixed[-1].endswith("\\\\"):
            fixed[-1], p = fixed[-1][:-1], "\\" + p
        fixed.append(p)
    return '""\n' + "\n".join(f'"{p}"' for p in fixed)


@register("h14_mixed_gettext_po", "mixed", **H14,
          description="the law in a gettext PO file: a header entry, then each line a msgid (long ones split over quoted lines) with an empty msgstr")
def _mixed_gettext_po(d: Damager) -> None:
    """``#: law.html:12⏎msgid ""⏎"第一条　为了促进绿色旅游…"⏎"…制定本条例。"⏎msgstr ""``: sites and apps
    localised with gettext extract their texts (here a law page's paragraphs) into PO
    files; translation platforms publish the files, and a crawl of one keeps the law as
    msgid strings, escaped and split at about 70 columns, each with an empty msgstr."""
    r = d.rng
    name = r.choice(("law.html", "templates/law_detail.html", "content/tiaoli.md", "zh_CN/LC_MESSAGES/site.po"))
    lang = r.choice(("en", "fr", "ug", "bo"))
    out = ['# Translation of the law pages.\n#\nmsgid ""\nmsgstr ""\n'
           f'"Project-Id-Version: lawsite {r.randint(1, 4)}.{r.randint(0, 9)}\\n"\n'
           '"Content-Type: text/plain; charset=UTF-8\\n"\n'
           f'"Language: {lang}\\n"\n']
    wrap = r.choice((30, 35))
    for n, li in enumerate(d.base.lines, 1):
        s = d.text[li.start : li.end]
        out.append(f"#: {name}:{n * r.randint(1, 3) + 10}\nmsgid {_po_string(s, wrap)}\nmsgstr \"\"\n")
    start, end = _whole(d)
    d.edit(start, end, "\n".join(out), kind="transform", tokens=["msgid"])


_BBS = (("水木社区", "newsmth.net", "Law"), ("北大未名站", "bbs.pku.edu.cn", "Law"),
        ("日月光华", "bbs.fudan.edu.cn", "Law"), ("饮水思源", "bbs.sjtu.edu.cn", "LawAndOrder"))
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@register("h14_mixed_bbs_posts", "mixed", **H14,
          description="the law reposted on a university BBS in several posts: each with the 发信人/标题/发信站 header and the ※ 来源 footer")
def _mixed_bbs_posts(d: Damager) -> None:
    """``发信人: lawfan (法律爱好者), 信区: Law⏎标  题: 某市绿色旅游促进条例(2)⏎发信站: 水木社区 (Mon Mar  5 14:22:33 2019), 站内⏎⏎…⏎--⏎⏎※ 来源:·水木社区 newsmth.net·[FROM: 202.112.3.*]``:
    university and public BBSes (the Telnet-era boards whose archives are still crawled)
    took long texts in several posts; each post opens with the poster, the board, the
    title with the part number and the station line, and closes with the signature
    separator and the station's source line."""
    r = d.rng
    a, _ = _body_span(d)
    lines = [li for li in d.base.lines if li.outer_start >= a]
    per = r.randint(6, 12)
    station, host, board = r.choice(_BBS)
    user = r.choice(("lawfan", "fazhi", "xiaoli", "jurist", "oldtree"))
    nick = r.choice(("法律爱好者", "普法小组", "路人甲", "老树"))
    title = d.base.law.title
    ip = f"{r.randint(58, 222)}.{r.randint(1, 254)}.{r.randint(1, 254)}.*"
    y, mo, day = r.randint(1999, 2012), r.randint(1, 12), r.randint(1, 28)
    parts = list(range(0, len(lines), per))
    for n, k in enumerate(parts, 1):
        hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        when = f"{r.choice(_DAYS)} {_MONTHS[mo - 1]} {day:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}"
        head = (f"发信人: {user} ({nick}), 信区: {board}\n标  题: {title}({n})\n"
                f"发信站: {station} ({when}), 站内\n\n")
        d.insert(lines[k].start, head, tokens=[f"发信人: {user}", f"发信站: {station}"])
        last = lines[min(k + per, len(lines)) - 1]
        foot = f"\n--\n\n※ 来源:·{station} {host}·[FROM: {ip}]"
        d.insert(last.end, foot, tokens=["※ 来源", host])


@register("h14_mixed_docbook", "mixed", **H14,
          description="the law as a DocBook XML book: info/title, bridgehead headings, a para per line, labels in emphasis role=bold")
def _mixed_docbook(d: Damager) -> None:
    """``<book xml:lang="zh-CN"><info><title>…</title></info><bridgehead renderas="sect1">第一章　总则</bridgehead>
    <para><emphasis role="bold">第一条</emphasis>　为了…</para>``: publishers and documentation
    chains keep texts in DocBook XML; a law typeset through such a chain is crawled as its
    source: an info block with the title, headings as bridgeheads (or sections), one para
    element per paragraph, the label in bold emphasis, an XML declaration and a doctype."""
    r = d.rng
    text = d.text
    bold = r.random() < 0.6
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n'
           '<book xml:lang="zh-CN">\n']
    for li in d.base.lines:
        s = text[li.start : li.end]
        e = html.escape(s, quote=False)
        if li.kind == "title":
            out.append(f"<info><title>{e}</title><date>{r.randint(2010, 2024)}</date></info>\n")
        elif li.kind == "heading":
            level = d.base.law.rows[li.row].level
            out.append(f'<bridgehead renderas="sect{min(level, 3)}">{e}</bridgehead>\n')
        else:
            m = _LABEL.match(s)
            if bold and m and li.kind == "label":
                e = f'<emphasis role="bold">{m.group()}</emphasis>' + html.escape(s[m.end():], quote=False)
            out.append(f"<para>{e}</para>\n")
    out.append("</book>")
    start, end = _whole(d)
    d.edit(start, end, "".join(out), kind="transform", tokens=["<para>"])
