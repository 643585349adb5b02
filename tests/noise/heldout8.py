"""HELD-OUT NOISE VARIANTS, SET 8 — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

An eighth sealed set of the wide noise benchmark (issue 15), written by the
lead of session 25 while that session's rooms worked and before any of their
changes was merged: set 7's members were named in that session's briefs, so
set 7 became a development set and this set is the blind measure.  Its
variants are new members of the families of ``tests/noise/wide``: in neither
the seen generator nor the first seven sealed sets, and none of them named in
a brief of any session.  Each docstring names the real mechanism the damage
copies.

Every variant is recoverable by construction: the damage adds, wraps or
re-encodes, and the page holds the evidence to undo it; putting the recorded
originals back gives the clean law exactly (``DamagedDoc.inverse``).  Seeds
make it deterministic.

If you work on ``corpus_tools/clean`` (or on anything the benchmark scores),
do not open, grep, diff or print this file, and do not look at per-variant
output of set 8 beyond the family table that
``benchmarks/bench_noise_families.py --heldout-set 8`` prints.  Only the lead
edits it; when a variant leaks, replace it with a new one and say so in the
commit message (without its name).
"""

from __future__ import annotations

import json

import regex
from pypinyin import Style

from tests.noise.wide.core import Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.registry import (
    LIST_ITEM, body_lines, end_of_body, paragraph_insert, register, split_tokens, top_of_body,
)
from tests.noise.wide.registry import after_line as _after_line, between_articles as _between_articles, body_start as _body_start, lines_at as _lines_at

H8 = dict(heldout=True, heldout_set=8)
_HAN = regex.compile(r"\p{Han}")


# --------------------------------------------------------------------------- ruby

_SUPERSCRIPT = dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"))


@register("h8_ruby_modifier_letters", "ruby", **H8,
          description="a character's reading in Unicode superscript modifier letters right after it (鞍ᵃⁿ)")
def _ruby_modifier(d: Damager) -> None:
    """``行ˣⁱⁿᵍ政ᶻʰᵉⁿᵍ``: a reader edition typeset with the reading as a small raised word after each
    hard character; copied through a "rich text to plain text" converter that turns ``<sup>``
    into Unicode's modifier letters, the reading stays glued to its character.  Toneless,
    ``ü`` written ``v``; about one character in twelve."""
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for m in _HAN.finditer(text, _body_start(d, line), line.end):
            if d.rng.random() >= 0.08:
                continue
            r = rb._readings(m.group(), Style.NORMAL)
            if r is None or any(c not in _SUPERSCRIPT for c in r[0]):
                continue
            sup = "".join(_SUPERSCRIPT[c] for c in r[0])
            d.insert(m.end(), sup, tokens=[sup])


_WORD_BRACKETS = (("（", "）"), ("(", ")"), ("［", "］"))


@register("h8_ruby_word_hyphenated", "ruby", **H8,
          description="a word's reading after it with its syllables joined by hyphens or middle dots (行政（xíng-zhèng）)")
def _ruby_hyphenated(d: Damager) -> None:
    """``行政（xíng-zhèng）``: learners' editions and some dictionaries give a compound's reading as
    one hyphenated (or middle-dotted) word after it; a page copied from such an edition keeps one
    reading every twenty-odd characters.  Tone marks, one joiner and one bracket a page."""
    text = d.text
    joiner = d.rng.choice(("-", "·"))
    left, right = d.rng.choice(_WORD_BRACKETS)
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, _body_start(d, line), line.end):
            i, word = 0, run.group()
            while i + 2 <= len(word):
                n = d.rng.choice((2, 2, 3, 4))
                if i + n <= len(word) and d.rng.random() < 0.045:
                    readings = rb._readings(word[i : i + n], Style.TONE)
                    if readings is not None:
                        new = f"{left}{joiner.join(readings)}{right}"
                        d.insert(run.start() + i + n, new, tokens=[new])
                    i += n
                else:
                    i += 1


# --------------------------------------------------------------------------- spam

_FAKE_ITEM_ADS = (
    "{brand}官方网站注册即送888元彩金",
    "登录{brand}，首存即享百分百返水",
    "{brand}真人视讯，日出千万，提款秒到",
    "推荐{brand}（{domain}），信誉平台，安全可靠",
)
_FAKE_ITEM_BRANDS = ("金樽汇娱乐城", "盛世皇朝棋牌", "利澳国际", "博雅彩票网", "天禧真人娱乐")


@register("h8_spam_fake_item", "spam", **H8,
          description="an advertisement dressed as the next enumerated item after an article's last item ((四)… 注册即送888元彩金；)")
def _spam_fake_item(d: Damager) -> None:
    """``（四）金樽汇娱乐城官方网站注册即送888元彩金；``: injectors who rewrite a law page's
    paragraphs to rank a casino copy the page's own dress: the advertisement stands as one more
    item of an enumeration, with the next item number and the list's punctuation.  Once or twice
    a page, after the last item of a list."""
    r = d.rng
    lines = body_lines(d, ("para",))
    ends = []
    for a, b in zip(lines, lines[1:] + [None]):
        seg = d.text[a.start : a.end]
        m = regex.match(r"^（([一二三四五六七八九十]+)）", seg)
        if not m:
            continue
        nxt = d.text[b.start : b.end] if b is not None else ""
        if b is not None and b.article == a.article and regex.match(r"^（[一二三四五六七八九十]+）", nxt):
            continue
        ends.append((a, m.group(1)))
    nums = "一二三四五六七八九十"
    for line, num in r.sample(ends, min(len(ends), r.randint(1, 2))):
        if len(num) != 1 or num == "十":
            continue
        nxt = nums[nums.index(num) + 1]
        brand = r.choice(_FAKE_ITEM_BRANDS)
        domain = "www." + "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(3, 5))) + str(r.randint(10, 999)) + ".com"
        ad = r.choice(_FAKE_ITEM_ADS).format(brand=brand, domain=domain)
        s = f"（{nxt}）{ad}{r.choice(('；', '。', ''))}"
        _after_line(d, line, s, [s, brand, domain])


_SHORTENERS = ("t.cn/{a8}", "url.cn/{a6}", "dwz.cn/{a8}", "bit.ly/{a7}", "suo.im/{a5}", "tb.cn/{a7}", "w.url.cn/s/{a7}")
_ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@register("h8_spam_short_links", "spam", **H8,
          description="link-shortener addresses inserted into sentences before a comma or a full stop (…秩序 t.cn/A6x9KpQz，)")
def _spam_short_links(d: Damager) -> None:
    """``规范旅游市场秩序 t.cn/A6x9KpQz，``: comment and forum spam bots that hijack a government
    page's editable fields paste shortened links (t.cn, url.cn, dwz.cn, bit.ly …) that hide the
    casino behind them: no brand, no trade word, only the link, two to four a page, right before
    a comma or a full stop, with or without a blank and ``https://``."""
    r = d.rng
    spots = []
    for line in body_lines(d, ("label", "para")):
        for m in regex.finditer(r"(?<=\p{Han})[，。]", d.text[line.start : line.end]):
            spots.append(line.start + m.start())
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 4)]:
        shape = r.choice(_SHORTENERS)
        link = shape.format(**{f"a{k}": "".join(r.choice(_ALNUM) for _ in range(k)) for k in (5, 6, 7, 8)})
        if r.random() < 0.5:
            link = "https://" + link
        new = r.choice((" ", "")) + link
        d.insert(pos, new, tokens=[link])


@register("h8_spam_game_server_ads", "spam", **H8,
          description="private game-server advertisements as lines between articles (新开传奇私服 1.76复古 今日19:00开区)")
def _spam_game_ads(d: Damager) -> None:
    """``新开传奇私服 1.76复古金币版 今日19:00开区 www.…com``: the oldest trade of Chinese link spam
    after gambling: private servers of online games (传奇, 魔域, 奇迹, 热血江湖) announce new
    "districts" with their opening hour and address; one to three lines between articles."""
    r = d.rng
    spots = _between_articles(d) or [end_of_body(d)]
    for where in r.sample(spots, min(len(spots), r.randint(1, 3))):
        host = "www." + "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(r.randint(3, 6))) + r.choice(("sf", "cq", "my")) + ".com"
        s = r.choice((
            f"新开传奇私服 1.76复古金币版 今日{r.randint(10, 22)}:00开区 {host}",
            "热血江湖私服发布网 无限元宝 满级VIP 新区火爆开启",
            f"魔域私服{r.randint(2, 9)}.0 公益服 不花一分钱 QQ群：{r.randint(100000000, 999999999)}",
            f"奇迹MU私服 {r.randint(1, 12)}月{r.randint(1, 28)}日新区 高爆率 {host}",
        ))
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=split_tokens(s))


# --------------------------------------------------------------------------- furniture


@register("h8_furn_paywall_prompt", "furniture", **H8,
          description="a law database's membership and login prompts above the text and after it (登录后查看全文 / 开通VIP免费下载)")
def _furn_paywall(d: Damager) -> None:
    """``您当前为游客身份，登录后可查看全文及历史版本``, ``开通VIP会员，免费下载本法规Word/PDF版``:
    commercial law databases put membership prompts around the texts they show; a copy made by
    a logged-in user keeps the prompts with the whole text.  A line above and/or after the law."""
    r = d.rng
    top = r.choice(("您当前为游客身份，登录后可查看全文及历史版本", "本法规为会员专享内容，请登录后阅读", "【会员】登录查看法规全文、关联法规及裁判文书"))
    end = r.choice(("开通VIP会员，免费下载本法规Word/PDF版", "以上为全文内容，点击“收藏”加入我的法规库", "下载本文 需要消耗 5 积分　立即开通会员"))
    which = r.choice(("top", "end", "both"))
    if which in ("top", "both"):
        _lines_at(d, top_of_body(d), [top])
    if which in ("end", "both"):
        _lines_at(d, end_of_body(d), [end])


_TERMS = ("人民政府", "主管部门", "有关部门", "行政机关", "单位和个人", "监督管理", "法律责任", "罚款", "许可",
          "规划", "应急", "处分", "备案", "登记", "经营者", "消费者", "公安机关", "委员会", "标准", "合同")
_GLOSS_MARKS = ("[释义]", "［查看释义］", "(词条)", "ⓘ", "[?]", "〔注释〕")


@register("h8_furn_glossary_marks", "furniture", **H8,
          description="the marks of a portal's glossary links left after terms inside sentences (主管部门[释义])")
def _furn_glossary(d: Damager) -> None:
    """``市旅游主管部门［查看释义］应当…``: legal portals and encyclopedias link the terms of a text to
    their glossary with a small mark after the term (a bracketed label or an icon); the text of a
    copied page keeps the mark inside the sentence.  Two to five terms a page, one mark a page."""
    r = d.rng
    mark = r.choice(_GLOSS_MARKS)
    spots = []
    for line in body_lines(d, ("label", "para")):
        seg = d.text[line.start : line.end]
        for t in _TERMS:
            k = seg.find(t)
            if k >= 0:
                spots.append(line.start + k + len(t))
    spots = sorted(set(spots))
    r.shuffle(spots)
    for pos in spots[: r.randint(2, 5)]:
        d.insert(pos, mark, tokens=[mark])


@register("h8_furn_clipboard_notice", "furniture", **H8,
          description="the copyright notice a site appends to copied text (——— 版权声明：本文为…原创文章 … 原文链接：https://…)")
def _furn_clipboard(d: Damager) -> None:
    """``版权声明：本文为CSDN博主「…」的原创文章…⏎原文链接：https://…``, ``作者：…⏎链接：…⏎来源：知乎⏎
    著作权归作者所有…``: blog and Q&A sites add their notice to whatever a reader copies; a law
    assembled by copying from such a site keeps one notice at its end, and one more between two
    articles when it was copied in two pieces."""
    r = d.rng
    slug = "".join(r.choice("0123456789") for _ in range(9))

    def notice() -> list[str]:
        shape = r.choice(("csdn", "zhihu", "generic"))
        if shape == "csdn":
            user = r.choice(("法律人小张", "lawstudy2020", "政策研究员"))
            return ["————————————————",
                    f"版权声明：本文为CSDN博主「{user}」的原创文章，遵循CC 4.0 BY-SA版权协议，转载请附上原文出处链接及本声明。",
                    f"原文链接：https://blog.csdn.net/{user.encode('utf-8').hex()[:8]}/article/details/{slug}"]
        if shape == "zhihu":
            return [f"作者：{r.choice(('法条君', '律政先锋', '普法小助手'))}", f"链接：https://www.zhihu.com/question/{slug}/answer/{slug[::-1]}",
                    "来源：知乎", "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"]
        return [f"本文来自：{r.choice(('法律快车', '中顾法律网', '110法律咨询网'))}（www.{r.choice(('lawtime', 'zgfl', 'fl110'))}.cn）　详细出处参考：http://www.example.cn/{slug}.html"]

    spots = _between_articles(d)
    if spots and r.random() < 0.4:
        _lines_at(d, r.choice(spots), notice())
    _lines_at(d, end_of_body(d), notice())


# --------------------------------------------------------------------------- script

_PAREN = regex.compile(r"（([^（）\n]{2,40})）")


@register("h8_script_parenthetical", "script", **H8,
          description="the contents of （…） Traditional in a Simplified page (（以下簡稱“綠色原則”）)")
def _script_parenthetical(d: Damager) -> None:
    """``（以下簡稱“綠色原則”）``: an editor who pasted a law's parenthetical notes (abbreviations,
    inclusions, exceptions) from a Hong Kong or Taiwan copy: every parenthesis converted, the
    sentence around it Simplified."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw"))
    for line in body_lines(d, ("label", "para")):
        for m in _PAREN.finditer(d.text, line.start, line.end):
            scr.convert_span(d, m.start(1), m.end(1), config)


@register("h8_script_parallel_twins", "script", **H8,
          description="paragraphs followed by their Traditional twin (简繁对照: each line given again in Traditional)")
def _script_twins(d: Damager) -> None:
    """A 简繁对照 page (study sites and Hong Kong/Macau readers' editions): each paragraph is given
    in Simplified and again, right after it, in Traditional; a copy of the page keeps both.  About
    two paragraphs in three, one converter a page; only twins that differ are written."""
    config = d.rng.choice(("s2t", "s2hk", "s2tw"))
    conv = scr.cc(config)
    for line in body_lines(d, ("label", "para")):
        if d.rng.random() >= 0.65:
            continue
        seg = d.text[line.start : line.end]
        twin = conv.convert(seg)
        if twin != seg:
            _after_line(d, line, twin, [twin])


# --------------------------------------------------------------------------- encoding

_JS_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")


def _js_escape(seg: str) -> str:
    """``seg`` as JavaScript's ``escape()`` writes it: ``%XX`` below U+0100, ``%uXXXX`` above."""
    out = []
    for unit in regex.findall(r".", seg, flags=regex.S):
        if unit in _JS_SAFE:
            out.append(unit)
            continue
        raw = unit.encode("utf-16-be")
        for i in range(0, len(raw), 2):
            cu = raw[i] << 8 | raw[i + 1]
            out.append(f"%{cu:02X}" if cu < 0x100 else f"%u{cu:04X}")
    return "".join(out)


@register("h8_enc_js_escape", "encoding", **H8,
          description="spans of a line as JavaScript escape() output (%u7B2C%u4E94%u6761, %20 for a blank)")
def _enc_js_escape(d: Damager) -> None:
    """``%u7B2C%u4E94%u6761%20%u4E3A%u4E86``: old pages stored their text through JavaScript's
    ``escape()`` and wrote it with ``unescape()`` at load time; a crawler that reads the source
    without running the script keeps the escaped form.  The longest convertible part of one to
    three lines."""
    enc.mangle_spans(d, lambda seg: _js_escape(seg) if _HAN.search(seg) else None, n=(1, 3), min_chars=6)


@register("h8_enc_hex_bytes", "encoding", **H8,
          description="one or two paragraphs as the hexadecimal of their bytes (E7AC ACE4…, 0xe7ac…, e7 ac ac …)")
def _enc_hex_bytes(d: Damager) -> None:
    """``0xE7ACACE4BA94E69DA1…``: a paragraph exported from a database column stored as binary (SQL
    hex literal), or pasted from a hex viewer: the UTF-8 or GBK bytes in hexadecimal, one form a
    page (run, ``0x`` literal, or byte pairs apart)."""
    charset = d.rng.choice(("utf-8", "utf-8", "gbk"))
    shape = d.rng.choice(("run", "literal", "pairs"))
    upper = d.rng.random() < 0.5

    def mangle(seg: str) -> str | None:
        if not _HAN.search(seg):
            return None
        try:
            raw = seg.encode(charset)
        except UnicodeEncodeError:
            return None
        h = raw.hex()
        if upper:
            h = h.upper()
        if shape == "literal":
            return "0x" + h
        if shape == "pairs":
            return " ".join(h[i : i + 2] for i in range(0, len(h), 2))
        return h

    enc.mangle_lines(d, mangle, n=(1, 2))


def _utf8_as_koi8r(seg: str) -> str | None:
    out = seg.encode("utf-8").decode("koi8-r")
    return out if out.encode("koi8-r").decode("utf-8") == seg else None


@register("h8_enc_utf8_as_koi8r", "encoding", **H8,
          description="the longest part of a line of UTF-8 read as KOI8-R (Russian Unix), box drawing and Cyrillic")
def _enc_koi8r(d: Damager) -> None:
    """``Гъ╛Д╨╬ФЖ║Б…``: a mirror on a Russian-configured server (KOI8-R, the Unix default of Russian
    hosts) serves UTF-8 bytes as KOI8-R: Han characters become box-drawing characters and
    Cyrillic letters; the longest convertible part of one to three lines."""
    enc.mangle_spans(d, _utf8_as_koi8r, n=(1, 3), min_chars=6)


# --------------------------------------------------------------------------- width

_QUOTE = regex.compile(r"“([^“”\n]{1,40})”")
_FOREIGN_QUOTES = (("„", "“"), ("„", "”"), ("‟", "”"))


@register("h8_width_foreign_quotes", "width", **H8,
          description="“…” written with low or reversed opening quotation marks („绿色原则“ / „…” / ‟…”)")
def _width_quotes(d: Damager) -> None:
    """``（以下简称„绿色原则“）``: a text that went through a German or East European locale's
    autocorrect (or an OCR trained on it) writes the opening quotation mark low (``„``) and may
    turn the closing one: most quotation pairs of a page, one style a page."""
    left, right = d.rng.choice(_FOREIGN_QUOTES)
    for line in body_lines(d, ("label", "para", "heading")):
        for m in _QUOTE.finditer(d.text, line.start, line.end):
            if d.rng.random() < 0.85:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, left, kind="transform", tokens=[], group=g)
                if right != "”":
                    d.edit(m.end() - 1, m.end(), right, kind="transform", tokens=[], group=g)


@register("h8_width_enumeration_dots", "width", **H8,
          description="the enumeration comma 、 between Han written as a katakana or hyphenation middle dot (节能・节水)")
def _width_dots(d: Damager) -> None:
    """``节能・节水・减排``: a Japanese input method (and fonts of Japanese word processors) writes
    the enumeration comma as the katakana middle dot, a Taiwan one as the hyphenation point;
    most 、 of a page, one dot a page."""
    dot = d.rng.choice(("・", "･", "‧"))
    for line in body_lines(d, ("label", "para", "heading")):
        for m in regex.finditer(r"(?<=\p{Han})、(?=\p{Han})", d.text[line.start : line.end]):
            if d.rng.random() < 0.75:
                p = line.start + m.start()
                d.edit(p, p + 1, dot, kind="transform", tokens=[])


# --------------------------------------------------------------------------- layout


@register("h8_layout_json_lines", "layout", **H8,
          description="every line a JSON object of a JSON Lines export ({\"id\": 3, \"text\": \"第一条 …\"}), no blank lines")
def _layout_jsonl(d: Damager) -> None:
    """``{"id": 3, "text": "第一条 为了…"}``: a crawler's JSON Lines output (one object per
    paragraph, ``ensure_ascii=False``) saved as the page's text: quotes and backslashes escaped
    inside the strings, the blank lines gone, one key order a page."""
    r = d.rng
    text = d.text
    key = r.choice(("text", "content", "paragraph"))
    first = r.random() < 0.6
    for k, li in enumerate(d.base.lines, 1):
        g = d.new_group()
        d.insert(li.start, f'{{"id": {k}, "{key}": "' if first else f'{{"{key}": "', tokens=[], group=g)
        for m in regex.finditer(r'["\\\t]', text[li.start : li.end]):
            esc = json.dumps(m.group())[1:-1]
            d.edit(li.start + m.start(), li.start + m.end(), esc, kind="transform", tokens=[], group=g)
        d.insert(li.end, '"}' if first else f'", "id": {k}}}', tokens=[], group=g)
    for m in regex.finditer(r"(?<=\n)\n+", text):
        d.edit(m.start(), m.end(), "", kind="transform", tokens=[])


def _timestamp(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


@register("h8_layout_subtitle_cues", "layout", **H8,
          description="the law as a subtitle file of a read-aloud video: each line a cue with its number and times (SRT or WebVTT)")
def _layout_subtitles(d: Damager) -> None:
    """``12⏎00:01:03,250 --> 00:01:09,500⏎第五条 旅游经营者应当遵守下列规定：``: law-reading videos
    (普法 read-alouds) publish their subtitles, and text sites copy the subtitle file as the law's
    text: each line a cue, its number and time range above it (SRT), or the WebVTT form with a
    header and no numbers."""
    r = d.rng
    vtt = r.random() < 0.4
    sep = "." if vtt else ","
    t = r.uniform(0.5, 3.0)
    if vtt:
        d.insert(0, "WEBVTT\n\n", tokens=["WEBVTT"])
    for k, li in enumerate(d.base.lines, 1):
        dur = max(1.5, (li.end - li.start) * r.uniform(0.2, 0.28))
        head = f"{_timestamp(t, sep)} --> {_timestamp(t + dur, sep)}"
        t += dur + r.uniform(0.0, 0.6)
        cue = (f"{k}\n" if not vtt else "") + head + "\n"
        d.insert(li.start, cue, tokens=[head], group=d.new_group())


@register("h8_layout_wikitext_source", "layout", **H8,
          description="the law as MediaWiki source: = title =, == headings ==, '''第一条''' in bold, items indented with :")
def _layout_wikitext(d: Damager) -> None:
    """``== 第一章　总则 ==``, ``'''第一条'''　为了…``, ``:（一）明码标价…``: the edit source of a wiki
    copy (Wikisource, a local wiki) saved instead of the rendered page: the title and headings
    between equal signs, article labels bold, items indented with a colon; a category line at
    the end now and then."""
    r = d.rng
    text = d.text
    for li in d.base.lines:
        seg = text[li.start : li.end]
        g = d.new_group()
        if li.kind == "title":
            d.insert(li.start, "= ", tokens=[], group=g)
            d.insert(li.end, " =", tokens=[], group=g)
        elif li.kind == "heading":
            d.insert(li.start, "== ", tokens=[], group=g)
            d.insert(li.end, " ==", tokens=[], group=g)
        elif li.kind == "label":
            m = regex.match(r"第[一二三四五六七八九十百千零〇]+条(?:之[一二三四五六七八九十]+)?", seg)
            if m:
                d.insert(li.start, "'''", tokens=[], group=g)
                d.insert(li.start + m.end(), "'''", tokens=[], group=g)
        elif li.kind == "para" and LIST_ITEM.match(seg):
            d.insert(li.start, ":", tokens=[], group=g)
    if r.random() < 0.5:
        s = r.choice(("[[Category:地方性法规]]", "[[分类:中华人民共和国法规]]"))
        pos, new = paragraph_insert(d, end_of_body(d), s)
        d.insert(pos, new, tokens=[s])


# --------------------------------------------------------------------------- mixed

_CHAT_NAMES = ("张律师", "法务小王", "李老师", "群主", "陈科长")


@register("h8_mixed_chat_export", "mixed", **H8,
          description="a group chat's exported history: the law posted as messages, each under its sender and time line")
def _mixed_chat(d: Damager) -> None:
    """A law shared paragraph by paragraph in a WeChat or QQ study group and exported with the
    chat: a header line (``微信群聊“…”的聊天记录``), a sender line with the time above each message
    (one to three paragraphs), now and then a day separator."""
    r = d.rng
    y, mo, dd = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 27)
    group = r.choice(("法规学习群", "普法志愿者", "法务交流群"))
    qq = r.random() < 0.5
    header = f"消息记录（此消息记录为文本格式，不支持重新导入）　消息分组:{group}" if qq else f"微信群聊“{group}”的聊天记录如下："
    lines = d.base.lines
    _lines_at(d, top_of_body(d), [header])
    h, mi = r.randint(8, 20), r.randint(0, 50)
    i = 0
    day_done = False
    while i < len(lines):
        name = r.choice(_CHAT_NAMES)
        mi += r.randint(0, 3)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        stamp = f"{y}-{mo:02d}-{dd:02d} {h:02d}:{mi:02d}:{r.randint(0, 59):02d} {name}({r.randint(10000000, 999999999)})" if qq else f"{name} {h:02d}:{mi:02d}"
        block = [stamp]
        if not day_done and i > len(lines) // 2 and r.random() < 0.5:
            block.insert(0, f"—————  {y}-{mo:02d}-{dd + 1:02d}  —————")
            day_done = True
        _lines_at(d, lines[i].outer_start, block)
        i += r.randint(1, 3)


_ENGLISH = (
    "This Regulation is formulated in accordance with the relevant laws and administrative regulations.",
    "The people's governments at or above the county level shall strengthen their leadership over this work.",
    "The competent departments shall, according to their respective duties, do a good job in the relevant work.",
    "Any unit or individual shall have the right to report acts in violation of this Regulation.",
    "Where a violation constitutes a crime, criminal liability shall be investigated in accordance with the law.",
    "This Regulation shall come into force as of the date of promulgation.",
    "The specific measures shall be formulated by the municipal people's government.",
    "Operators shall abide by laws and regulations and accept supervision by the public.",
)


@register("h8_mixed_bilingual_parallel", "mixed", **H8,
          description="a bilingual page: an English translation paragraph (Article N …) after most articles")
def _mixed_bilingual(d: Damager) -> None:
    """A 中英对照 copy (law translation sites, foreign-investment portals): after each article its
    English translation, opened by ``Article N``; a copy of the page keeps both languages.  About
    four articles in five; the English here is generic (the translation itself is not scored)."""
    r = d.rng
    last_of: dict[int, object] = {}
    for li in body_lines(d, ("label", "para")):
        if li.article is not None:
            last_of[li.article] = li
    for art, li in sorted(last_of.items()):
        if r.random() >= 0.8:
            continue
        s = f"Article {art + 1}  " + " ".join(r.sample(_ENGLISH, r.randint(1, 2)))
        _after_line(d, li, s, [s])
