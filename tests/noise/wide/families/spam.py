"""Spam: gambling, lottery and SEO strings, invented here (in no cleaner's list).

Members: a brand that replaces a word everywhere on the page (with a mirror
of the law in the corpus, with one witness passage, or with no witness at
all: lossy), brands in decorations (``「」`` ``【】``), in full-width Latin,
with separators (``_ | - ·``), brands and domains inserted into a sentence
without replacing anything, lines of brand promotion, lines of SEO keywords,
lines of spam links (and ``<a>`` links in HTML pages).

Brands are built from parts (stem, category, suffix, Latin name, number,
domain ending); the vocabulary is the generator's own, so the benchmark meets
members the cleaners were not written for.  :class:`Vocabulary` lets the
held-out module build the same shapes from a different vocabulary.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import regex

from tests.noise.wide.core import Damager, render_txt
from tests.noise.wide.registry import (
    body_lines, end_of_body, fullwidth, han_points, paragraph_insert, register, split_tokens, top_of_body,
)


@dataclass(frozen=True)
class Vocabulary:
    stems: tuple[str, ...]  # CJK brand names
    latin: tuple[str, ...]  # Latin brand names
    categories: tuple[str, ...]
    suffixes: tuple[str, ...]  # suffixes a law never writes after a word
    tlds: tuple[str, ...]
    separators: tuple[str, ...]
    decorations: tuple[tuple[str, str], ...]
    promo: tuple[str, ...]
    seo: tuple[str, ...]
    seo_heads: tuple[str, ...]


SEEN = Vocabulary(
    stems=("金彩汇", "鸿发国际", "博乐彩", "赢家娱乐", "鑫利来", "旺财棋牌", "大发快三", "幸运飞艇", "杏彩", "乐天堂",
           "金多宝", "豪利777", "新濠天地", "富贵彩", "聚宝盆", "盈丰国际", "天天中彩", "百胜棋牌"),
    latin=("jch88", "hongfa", "bolecai", "yingjia", "xinlilai", "wangcai", "dafa888", "xyft", "xingcai", "ltt",
           "jdb", "haoli777", "xhtd", "fgcai", "jbp", "yfgj", "ttzc", "bsqp"),
    categories=("娱乐", "彩票", "棋牌", "体育", "电竞", "真人", "捕鱼", "电子", "快三", "时时彩"),
    suffixes=("官网", "官方网站", "app下载", "APP", "手机版", "登录入口", "网页版", "客户端", "官方入口", "最新版"),
    tlds=(".com", ".cc", ".vip", ".net", ".top", ".xyz"),
    separators=("_", "|", "-", "·"),
    decorations=(("「", "」"), ("【", "】")),
    promo=("欢迎光临", "注册就送", "首存加送", "信誉第一", "稳定出款", "天天返水", "官方直营"),
    seo=("SEO优化", "快速排名", "网站建设", "代发外链", "蜘蛛池", "霸屏推广", "百度收录", "关键词排名", "整站优化"),
    seo_heads=("热门关键词：", "相关搜索：", "标签：", "热搜："),
)

#: Law text a brand string could swallow (``…官方`` + ``网站``): no replaced word is followed by these.
_AMBIGUOUS_NEXT = regex.compile(
    r"官|网|平台|下载|入口|登录|注册|在线|客户端|中国|国际|集团|综合|电子|游戏|体育|娱乐|彩票|棋牌|真人|app|APP|[A-Za-z0-9]"
)
_WORD = regex.compile(r"(?<=\p{Han})\p{Han}{2,4}(?=\p{Han})")
#: Numbered labels (第十二条, 第三章, 第二款): a word overlapping one is never replaced.
_LABELISH = regex.compile(r"第[零〇一二三四五六七八九十百千两]+[条章节编款项]")
#: Characters that rarely start or end a content word (的决, 一千元以 are pieces, not words).
_FUNCTION_CHARS = set("的以之和与或在对由并及等了是其为于向从将被把按应不可")
_LAW_ENDINGS = ("平台", "下载", "入口", "登录", "注册", "在线", "客户端", "网站")


def brand(rng: random.Random, v: Vocabulary = SEEN, *, form: str | None = None) -> tuple[str, list[str]]:
    """A brand string and its residue tokens.

    >>> s, toks = brand(random.Random(1))
    >>> s in toks
    True
    """
    i = rng.randrange(len(v.stems))
    stem, latin = v.stems[i], v.latin[i % len(v.latin)]
    form = form or rng.choice(("cat_suffix", "paren_latin", "sep_latin", "stem_domain", "cat_latin_version"))
    cat, suf = rng.choice(v.categories), rng.choice(v.suffixes)
    if form == "cat_suffix":  # 金彩汇彩票官网
        s = f"{stem}{cat}{suf}"
    elif form == "paren_latin":  # 金彩汇(jch88)官方网站
        s = f"{stem}{rng.choice(('(', '（'))}{latin}{rng.choice((')', '）'))}{suf}"
    elif form == "sep_latin":  # 金彩汇_jch88
        s = f"{stem}{cat}{rng.choice(v.separators)}{latin}"
    elif form == "stem_domain":  # 金彩汇jch88.vip
        s = f"{stem}{latin}{rng.choice(v.tlds)}"
    elif form == "cat_latin_version":  # 金彩汇彩票jch88v2.3
        s = f"{stem}{cat}{latin}v{rng.randint(1, 9)}.{rng.randint(0, 9)}"
    elif form == "domain":  # www.jch88.vip
        s = f"{rng.choice(('www.', '', 'm.'))}{latin}{rng.choice(('', str(rng.randint(10, 999))))}{rng.choice(v.tlds)}"
    else:
        raise ValueError(form)
    return s, [s, stem, latin, suf] if form != "domain" else [s, latin]


def inline_brand(rng: random.Random, v: Vocabulary = SEEN, **kw) -> tuple[str, list[str]]:
    """A brand that does not end on a suffix the law itself writes (平台, 下载 …)."""
    for _ in range(20):
        s, toks = brand(rng, v, **kw)
        if not s.endswith(_LAW_ENDINGS):
            return s, toks
    return s, toks


def decorate(s: str, rng: random.Random, v: Vocabulary = SEEN) -> tuple[str, list[str]]:
    left, right = rng.choice(v.decorations)
    return f"{left}{s}{right}", [left, right]


def pick_word(d: Damager) -> tuple[str, list[int]] | None:
    """A 2-4 character word inside a sentence of an article, and every place (2 to 8) it occurs on the page."""
    text = d.text
    cands = []
    for line in body_lines(d):
        for m in _WORD.finditer(text, line.start, line.end):
            cands.append(m.group())
    cands = sorted(set(cands))
    d.rng.shuffle(cands)
    for word in cands[:400]:
        places = [m.start() for m in regex.finditer(regex.escape(word), text)]
        if not 2 <= len(places) <= 8:
            continue
        # a word, not a piece of one: it meets different characters on each side (公共服务, not 会会 of 常委会会议)
        if len({text[p - 1] for p in places}) < 2 or len({text[p + len(word) : p + len(word) + 1] for p in places}) < 2:
            continue
        if word[0] in _FUNCTION_CHARS or word[-1] in _FUNCTION_CHARS:
            continue
        if any(_AMBIGUOUS_NEXT.match(text, p + len(word)) for p in places):
            continue
        if any(not d.free(p, p + len(word)) for p in places):
            continue
        if any(m.start() < p + len(word) and p < m.end() for p in places for m in _LABELISH.finditer(text, max(0, p - 12), p + len(word) + 12)):
            continue
        return word, places
    return None


def replace_word(d: Damager, anchor: str, tokens: list[str], *, witness: str, v: Vocabulary = SEEN) -> bool:
    """Replace one word everywhere on the page with ``anchor``; add the witness the variant promises."""
    picked = pick_word(d)
    if picked is None:
        return False
    word, places = picked
    g = d.new_group()
    lossy = witness == "none"
    note = "no witness of the replaced word on the page or in the corpus" if lossy else f"witness: {witness}"
    for p in places:
        d.edit(p, p + len(word), anchor, kind="replace", tokens=tokens, group=g, lossy=lossy, note=note)
    law = d.base.law
    if witness == "mirror":  # a mirror site's copy of the whole law
        d.extra_files["mirror.txt"] = render_txt(law).text.encode("utf-8")
    elif witness == "passage":  # a commentary quoting the passage of the first occurrence
        line = next(li for li in d.base.lines if li.start <= places[0] < li.end)
        quote = d.base.unescape(d.text[line.start : line.end])
        page = f"关于《{law.title}》的解读\n\n该条规定：\n\n{quote}\n"
        d.extra_files["commentary.txt"] = page.encode("utf-8")
    return True


def _replace_variant(form=None, *, witness: str, decorated: bool = False, full: bool = False, v: Vocabulary = SEEN):
    def apply(d: Damager) -> None:
        s, toks = inline_brand(d.rng, v, form=form)
        if full:
            s = "".join(fullwidth(c) if c.isascii() else c for c in s)
            toks = [fullwidth(t) for t in toks]
        if decorated:
            s, deco = decorate(s, d.rng, v)
            toks = [s, *toks, *deco]
        replace_word(d, s, toks, witness=witness, v=v)

    return apply


register("spam_replace_mirror", "spam", description="a new brand replaces a word everywhere; a mirror of the law is in the corpus")(
    _replace_variant(witness="mirror"))
register("spam_replace_passage_witness", "spam", description="a new brand replaces a word everywhere; one commentary page quotes one passage")(
    _replace_variant(witness="passage"))
register("spam_replace_no_witness", "spam", lossy=True, description="a new brand replaces a word everywhere; no witness anywhere (lossy)")(
    _replace_variant(witness="none"))
register("spam_replace_decorated", "spam", description="「金彩汇彩票官网」 replaces a word (decoration + brand); mirror witness")(
    _replace_variant(witness="mirror", decorated=True))
register("spam_replace_fullwidth", "spam", description="金彩汇＿ｊｃｈ８８ replaces a word: full-width Latin; mirror witness")(
    _replace_variant("sep_latin", witness="mirror", full=True))


@register("spam_replace_known_brand", "spam", description="a brand of the project's own generator (tests/noise/spam.py) replaces a word; mirror witness")
def _known(d: Damager) -> None:
    from tests.noise.spam import brand_string

    s = brand_string(d.rng)
    replace_word(d, s, split_tokens(s), witness="mirror")


def insert_inline(d: Damager, make, n: tuple[int, int] = (2, 4)) -> None:
    """Insert strings from ``make(rng)`` between two Han characters of article sentences."""
    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(*n)]:
        s, toks = make(d.rng)
        d.insert(p, d.base.escape(s), tokens=toks)


@register("spam_insert_inline", "spam", description="a new brand inserted into a sentence, nothing replaced")
def _insert_inline(d: Damager) -> None:
    insert_inline(d, lambda r: brand(r))


@register("spam_insert_decorated", "spam", description="「brand」/【brand】 inserted into a sentence")
def _insert_decorated(d: Damager) -> None:
    def make(r):
        s, toks = brand(r)
        s2, deco = decorate(s, r)
        return s2, [s2, *toks, *deco]

    insert_inline(d, make)


@register("spam_insert_separators", "spam", description="金彩汇彩票_jch88 / 鸿发国际|hongfa inserted into a sentence")
def _insert_sep(d: Damager) -> None:
    insert_inline(d, lambda r: brand(r, form="sep_latin"))


@register("spam_insert_fullwidth", "spam", description="full-width Latin brand (金彩汇ｊｃｈ８８．ｖｉｐ) inserted into a sentence")
def _insert_full(d: Damager) -> None:
    def make(r):
        s, toks = brand(r, form=r.choice(("stem_domain", "sep_latin")))
        return fullwidth(s), [fullwidth(t) for t in toks]

    insert_inline(d, make)


@register("spam_insert_domain", "spam", description="www.jch88.vip inserted into a sentence")
def _insert_domain(d: Damager) -> None:
    insert_inline(d, lambda r: brand(r, form="domain"))


def spam_line(rng: random.Random, v: Vocabulary = SEEN) -> tuple[str, list[str]]:
    s, toks = brand(rng, v)
    promo = rng.choice(v.promo)
    parts = [promo, s]
    if rng.random() < 0.5:
        dom, dtoks = brand(rng, v, form="domain")
        parts.append(dom)
        toks += dtoks
    line = rng.choice((" ", " | ", "——", "，")).join(parts)
    return line, [line, promo, *toks]


def seo_line(rng: random.Random, v: Vocabulary = SEEN) -> tuple[str, list[str]]:
    words = [brand(rng, v)[0] for _ in range(rng.randint(2, 4))] + rng.sample(v.seo, rng.randint(1, 3))
    rng.shuffle(words)
    line = rng.choice(v.seo_heads) + rng.choice((",", "，", " ", "|", "、")).join(words)
    return line, [line, *[t for w in words for t in split_tokens(w)]]


def link_line(rng: random.Random, v: Vocabulary = SEEN) -> tuple[str, list[str]]:
    dom, toks = brand(rng, v, form="domain")
    url = rng.choice(("https://", "http://", "")) + dom + rng.choice(("", "/", "/?from=gov", "/index.html"))
    return url, [url, *toks]


def insert_lines(d: Damager, make, n: tuple[int, int] = (2, 4)) -> None:
    """Put lines from ``make`` as paragraphs of their own: between articles, at the top, at the bottom."""
    lines = body_lines(d, ("label", "para", "heading"))
    spots = [li.outer_start for li in lines] + [top_of_body(d), end_of_body(d)]
    for spot in d.rng.sample(spots, min(len(spots), d.rng.randint(*n))):
        s, toks = make(d.rng)
        pos, new = paragraph_insert(d, spot, s)
        d.insert(pos, new, tokens=toks)


@register("spam_lines_promo", "spam", description="lines of brand promotion between paragraphs")
def _lines_promo(d: Damager) -> None:
    insert_lines(d, spam_line)


@register("spam_lines_seo", "spam", description="lines of SEO keywords (热门关键词：a,b,c)")
def _lines_seo(d: Damager) -> None:
    insert_lines(d, seo_line)


@register("spam_lines_links", "spam", description="lines of spam links (https://www.jch88.vip/)")
def _lines_links(d: Damager) -> None:
    insert_lines(d, link_line)


@register("spam_html_links", "spam", fmt="html", description="<a href> spam links: paragraphs of links and links inside sentences")
def _html_links(d: Damager) -> None:
    def para(rng):
        s, toks = brand(rng)
        dom, dt = brand(rng, form="domain")
        return f'<p><a href="http://{dom}/" target="_blank">{s}</a></p>\n', [s, *toks, *dt]

    lines = body_lines(d, ("label", "para"))
    for li in d.rng.sample(lines, min(len(lines), 2)):
        markup, toks = para(d.rng)
        d.insert(li.outer_start, markup, tokens=toks)
    points = han_points(d, lines)
    for p in d.rng.sample(points, min(len(points), 2)):
        s, toks = brand(d.rng)
        dom, dt = brand(d.rng, form="domain")
        d.insert(p, f'<a href="https://{dom}">{s}</a>', tokens=[*toks, *dt])


#: Gambling and lottery vocabulary of a keyword line without a head (members invented here).
_VOCAB_ITEMS = ("百家乐", "时时彩", "真人视讯", "电子游艺", "六合彩", "快三", "老虎机", "捕鱼游戏", "体育投注", "棋牌游戏", "彩票开户")


def vocabulary_line(rng: random.Random, v: Vocabulary = SEEN) -> tuple[str, list[str]]:
    """A line of gambling vocabulary joined by separators, or promotion before a brand that
    shows little of itself (``稳定出款 | 乐天堂体育客户端``)."""
    if rng.random() < 0.5:
        items = rng.sample(_VOCAB_ITEMS, rng.randint(3, 5))
        line = rng.choice((" | ", "|", "丨", " ", "_")).join(items)
        return line, [line, *items]
    i = rng.randrange(len(v.stems))
    brand_s = f"{v.stems[i]}{rng.choice(v.categories)}{rng.choice(('客户端', 'APP', '网页版', '官网'))}"
    promo = rng.choice(v.promo)
    line = rng.choice((" | ", "，", " ", "——")).join((promo, brand_s))
    return line, [line, promo, brand_s, v.stems[i]]


@register("spam_lines_vocabulary", "spam", description="lines of gambling vocabulary joined by separators (百家乐|时时彩|真人视讯), or promotion before a bare brand (稳定出款 | 乐天堂体育客户端)")
def _lines_vocabulary(d: Damager) -> None:
    insert_lines(d, vocabulary_line)


def _weak_forms(rng: random.Random, v: Vocabulary, i: int) -> tuple[str, list[str]]:
    """A brand of the site that shows too little of itself on this page: its name before one
    word (``博乐彩APP``), its name before a category and a site word, or its domain glued in."""
    stem, latin = v.stems[i], v.latin[i % len(v.latin)]
    form = rng.choice(("app", "cat_suffix", "domain"))
    if form == "app":
        s = f"{stem}{rng.choice(('APP', '官网', '手机版'))}"
    elif form == "cat_suffix":
        s = f"{stem}{rng.choice(v.categories)}{rng.choice(v.suffixes)}"
    else:
        s = f"{latin}{rng.choice(('.com', '.net'))}"
    return s, [s, stem] if form != "domain" else [s, latin]


@register("spam_site_learned", "spam", description="a site's brands: each page shows one brand with its evidence (博乐彩(bolecai)官方网站) and carries others bare (博乐彩APP, bolecai.com glued in, a line https://m.bolecai.com/): the evidence of a bare brand is on other pages of the site")
def _site_learned(d: Damager) -> None:
    v = SEEN
    shown = d.rng.randrange(len(v.stems))
    others = [i for i in range(len(v.stems)) if i != shown]
    bare = d.rng.sample(others, 2)
    stem, latin = v.stems[shown], v.latin[shown % len(v.latin)]
    strong = d.rng.choice((f"{stem}({latin}){d.rng.choice(v.suffixes)}", f"{stem}{d.rng.choice(v.categories)}_{latin}",
                           f"{stem}{latin}{d.rng.choice(v.tlds)}"))
    insert_inline(d, lambda r: (strong, [strong, stem, latin]), n=(1, 1))
    insert_inline(d, lambda r: _weak_forms(r, v, r.choice(bare)), n=(2, 3))

    def link(r):
        url = f"https://m.{v.latin[bare[0] % len(v.latin)]}{r.choice(('.com', '.net'))}/"
        return url, [url, v.latin[bare[0] % len(v.latin)]]

    insert_lines(d, link, n=(1, 1))


# --- Blind variants of session 13 (spam13) -------------------------------------------------------
# The family in words: a spam site puts promotion for gambling, lottery, adult or SEO services into a
# law's page.  What it promotes (a CJK brand name, a Latin name, a domain, the trade's vocabulary), how
# it dresses it (brackets of any kind, full-width letters, separators, spaces and symbols between the
# characters to dodge keyword filters, links, markup) and where it puts it (in place of a word, inside a
# sentence, between sentences, as lines of its own, at the page's edges) vary independently.  These
# three members were written before any cleaner change of the session, with a vocabulary of their own
# (names, promotions, brackets no cleaner list holds), and are measured apart from the members above.

BLIND = Vocabulary(
    stems=("御龙汇", "金樽国际", "利来坊", "喜乐门", "宝盈", "财神到", "星耀", "龙腾阁", "皇朝", "福满多", "聚鑫", "天运"),
    latin=("ylh", "jinzun", "lilaifang", "xilemen", "baoying", "csd", "xingyao", "ltg", "huangchao", "fmd", "juxin", "tianyun"),
    categories=("娱乐城", "彩票网", "棋牌室", "体育投注", "电玩城", "真人娱乐", "竞彩", "六合彩"),
    suffixes=("官网首页", "平台注册", "手机端", "APP下载", "在线投注", "备用网址"),
    tlds=(".com", ".cc", ".vip", ".app", ".bet", ".me"),
    separators=("~", "/", "丨", "—"),
    decorations=(("〖", "〗"), ("『", "』"), ("［", "］"), ("[", "]"), ("☆", "☆"), ("★", "★"), ("≮", "≯")),
    promo=("注册即送88元", "充值返利百分之十", "日赚千元不是梦", "新人首充翻倍", "提款秒到账", "官方认证信誉平台"),
    seo=("网站排名", "外链代发", "整站推广"),
    seo_heads=("推荐阅读：",),
)


def _blind_brand(rng: random.Random) -> tuple[str, list[str]]:
    """A brand of the blind vocabulary: stem + category, with a Latin name or a domain half the time."""
    v = BLIND
    i = rng.randrange(len(v.stems))
    stem, latin = v.stems[i], v.latin[i]
    cat = rng.choice(v.categories)
    tail = rng.choice(("", rng.choice(v.suffixes), f"{latin}{rng.randint(10, 999)}{rng.choice(v.tlds)}"))
    s = f"{stem}{cat}{tail}"
    return s, [s, stem + cat, *([tail] if tail else [])]


@register("spam_blind_brackets", "spam", description="blind 13: a brand of a fresh vocabulary in brackets no list holds (〖〗 『』 ［］ [] ☆☆ ★★ ≮≯) inserted into a sentence")
def _blind_brackets(d: Damager) -> None:
    def make(r):
        s, toks = _blind_brand(r)
        left, right = r.choice(BLIND.decorations)
        return f"{left}{s}{right}", [f"{left}{s}{right}", *toks, left, right]

    insert_inline(d, make)


@register("spam_blind_spaced", "spam", description="blind 13: a brand whose characters are split by spaces or symbols to dodge keyword filters (御 龙 汇 娱 乐, 利.来.坊, 宝*盈*体*育) inserted into a sentence")
def _blind_spaced(d: Damager) -> None:
    def make(r):
        s, _ = _blind_brand(r)
        core = s[: r.randint(4, min(len(s), 7))]
        joiner = r.choice((" ", ".", "*", "·", "-", "丶"))
        spaced = joiner.join(core)
        return spaced, [spaced]

    insert_inline(d, make)


_SENTENCE_END = regex.compile(r"[。；](?=\p{Han})")


@register("spam_blind_ad_sentence", "spam", description="blind 13: an advertising sentence put between two sentences of an article (推荐访问御龙汇娱乐城官网首页，注册即送88元！)")
def _blind_ad_sentence(d: Damager) -> None:
    text = d.text
    points = [m.end() for line in body_lines(d) for m in _SENTENCE_END.finditer(text, line.start, line.end)]
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(1, 3)]:
        s, toks = _blind_brand(d.rng)
        lead = d.rng.choice(("推荐访问", "点击进入", "更多精彩请上", "欢迎来到", ""))
        promo = d.rng.choice(BLIND.promo)
        ad = f"{lead}{s}，{promo}{d.rng.choice(('！', '。', '!'))}"
        d.insert(p, d.base.escape(ad), tokens=[ad, *toks, promo])


# --- Blind variants of session 14 (spam14; issue 15: the damaged articles) ------------------------
# The family in words, once more, from the side of what removal must leave: a spam site replaces a
# word of the law everywhere on the page with a brand, or inserts a brand into a sentence; removal is
# right only when the article reads exactly as before: the replaced word put back where the page or
# its site shows it, nothing of the brand's dress left (brackets, blanks, the punctuation it brought),
# no two sentences or clauses joined, nothing of the law taken with it.  These three members were
# written before any cleaner change of session 14, with a vocabulary of their own (names, Latin
# spellings, pads), and are measured apart from the members above.

BLIND14 = Vocabulary(
    stems=("玖富汇", "恒运来", "金牛坊", "鼎丰国际", "瑞祥阁", "百乐门", "万利达", "汇金堂", "凯旋门", "金銮殿"),
    latin=("jfh", "hengyunlai", "jnf", "dfgj", "ruixiang", "blm", "wanlida", "hjt", "kaixuan", "jld"),
    categories=("棋牌游戏", "彩票平台", "电玩娱乐", "体育竞猜", "真人视讯", "娱乐"),
    suffixes=("官方首页", "APP", "登录网址", "手机网页版"),
    tlds=(".com", ".vip", ".bet", ".cc", ".win"),
    separators=("-", "_"),
    decorations=(),
    promo=("注册送58元",),
    seo=(),
    seo_heads=(),
)
#: Blanks a page pads an injected string with (an ASCII blank, the ideographic blank, a no-break blank).
_PADS = (" ", "\u3000", "\u00a0", "  ")


def _blind14_brand(rng: random.Random, *, upper: bool = False) -> tuple[str, list[str]]:
    v = BLIND14
    i = rng.randrange(len(v.stems))
    stem, latin = v.stems[i], v.latin[i]
    if upper:
        latin = rng.choice((latin.upper(), latin.capitalize()))
    cat = rng.choice(v.categories)
    tail = rng.choice((f"{latin}{rng.choice(v.tlds)}", f"{rng.choice(v.separators)}{latin}", f"{latin}{rng.randint(100, 999)}"))
    s = f"{stem}{cat}{tail}"
    return s, [s, stem + cat, latin]


@register("spam_blind14_replace_padded", "spam", description="blind 14: a brand of a fresh vocabulary padded with blanks (' 玖富汇棋牌游戏jfh.vip ') replaces a word everywhere; one commentary page quotes one passage")
def _blind14_padded(d: Damager) -> None:
    s, toks = _blind14_brand(d.rng)
    pad_l, pad_r = d.rng.choice(_PADS), d.rng.choice(_PADS)
    replace_word(d, f"{pad_l}{s}{pad_r}", toks, witness="passage", v=BLIND14)


@register("spam_blind14_replace_upper", "spam", description="blind 14: a brand whose Latin name is in capitals or capitalised (恒运来体育竞猜HENGYUNLAI.bet, 鼎丰国际娱乐-Dfgj) replaces a word everywhere; a mirror of the law in the corpus")
def _blind14_upper(d: Damager) -> None:
    s, toks = _blind14_brand(d.rng, upper=True)
    replace_word(d, s, toks, witness="mirror", v=BLIND14)


_CLAUSE_COMMA = regex.compile(r"[，；](?=\p{Han})")


@register("spam_blind14_insert_clause", "spam", description="blind 14: a brand put after a comma of a sentence as a clause of its own, with its own comma (…，金牛坊电玩娱乐jnf.win，…)")
def _blind14_clause(d: Damager) -> None:
    text = d.text
    points = [m.end() for line in body_lines(d) for m in _CLAUSE_COMMA.finditer(text, line.start, line.end)]
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(1, 3)]:
        s, toks = _blind14_brand(d.rng)
        clause = f"{s}{text[p - 1]}"
        d.insert(p, d.base.escape(clause), tokens=[s, *toks[1:]])


# --- Blind variants of session 15 (spam15; issue 15: text added or lost around a removed anchor) --
# The family in words, from the side of what removal may add or take: a spam string sits in a law's
# sentence either in place of a word (then the word must come back, from evidence) or between two
# words (then nothing may come back: the sentence reads whole without it).  A site repeats one
# string on a page in both cases, glues it after each item of an enumeration (民政X、财政X。), and
# dresses its Latin name against keyword filters (blanks between letters) with the tails of the
# trade after it (注册, 网址, 平台, 官网).  These three members were written before any cleaner
# change of session 15, with a vocabulary of their own, and are measured apart from the members above.

BLIND15 = Vocabulary(
    stems=("祥龙汇", "万豪盈", "金鼎轩", "运通宝", "乐盈门", "顺发坊", "金麒麟", "盛世豪庭"),
    latin=("xlh", "wanhaoying", "jdx", "yuntongbao", "lyingmen", "shunfa", "jql", "sshting"),
    categories=("娱乐", "彩票", "棋牌", "时时彩", "体育"),
    suffixes=("平台注册", "注册", "网址", "官网", "平台"),
    tlds=(".com", ".cc", ".vip"),
    separators=(),
    decorations=(),
    promo=(),
    seo=(),
    seo_heads=(),
)
#: Words a law's clause often starts with: a string put right before one leaves a sentence that reads whole.
_CLAUSE_HEADS = regex.compile(r"(?<=\p{Han})(?:应当|依法|按照|投入|组织|负责|进行|建立|加强|开展|实施|制定|做好|予以|履行)")


def _blind15_brand(rng: random.Random) -> tuple[str, list[str]]:
    v = BLIND15
    i = rng.randrange(len(v.stems))
    s = f"{v.stems[i]}{rng.choice(v.categories)}{rng.choice(v.suffixes)}"
    return s, [s, v.stems[i]]


@register("spam_blind15_insert_recurring", "spam", description="blind 15: one brand of a fresh vocabulary inserted 2-4 times on a page right before a clause's first word (同时[祥龙汇娱乐平台注册]投入使用): nothing replaced, nothing may be restored")
def _blind15_recurring(d: Damager) -> None:
    text = d.text
    points = [m.start() for line in body_lines(d) for m in _CLAUSE_HEADS.finditer(text, line.start, line.end)]
    d.rng.shuffle(points)
    s, toks = _blind15_brand(d.rng)
    for p in points[: d.rng.randint(2, 4)]:
        d.insert(p, d.base.escape(s), tokens=toks)


_ENUMERATION = regex.compile(r"(?<=[，、：；]|^)(\p{Han}{2,8}、){1,6}\p{Han}{2,8}(?=[。，；])", regex.M)


@register("spam_blind15_enumeration_glued", "spam", description="blind 15: a brand glued after each item of an enumeration (民政万豪盈彩票注册、财政万豪盈彩票注册。): the items are the law's words and stay")
def _blind15_enumeration(d: Damager) -> None:
    text = d.text
    spans = [m.span() for line in body_lines(d) for m in _ENUMERATION.finditer(text, line.start, line.end)]
    d.rng.shuffle(spans)
    s, toks = _blind15_brand(d.rng)
    for start, end in spans[:1]:
        for m in regex.finditer(r"、", text[start:end]):
            d.insert(start + m.start(), d.base.escape(s), tokens=toks)
        d.insert(end, d.base.escape(s), tokens=toks)


@register("spam_blind15_spaced_latin_tail", "spam", description="blind 15: a brand whose Latin name or domain is spelled with blanks between the letters, a trade tail after it (金鼎轩 j d x 8 8 . c o m 注册) inserted into a sentence")
def _blind15_spaced(d: Damager) -> None:
    v = BLIND15

    def make(r):
        i = r.randrange(len(v.stems))
        latin = f"{v.latin[i]}{r.randint(10, 999)}" + r.choice(("", r.choice(v.tlds)))
        spaced = " ".join(latin)
        s = f"{v.stems[i]}{r.choice(('', r.choice(v.categories)))}{r.choice((' ', ''))}{spaced}{r.choice(('', ' '))}{r.choice(v.suffixes)}"
        return s, [s, v.stems[i], spaced]

    insert_inline(d, make)


# --- Blind variants of session 16 (spam16; issue 15: spam of other trades, contacts, offers as clauses) --
# The family in words (/work/notes/spam16/blind.md, written before any cleaner change of session 16): a
# spam injector on a hijacked mirror sells more than casinos (loans, fake certificates and invoices,
# adult content, game cards, lotteries) and wants a contact, not only a brand: a QQ number, a WeChat
# handle, a phone, a Telegram handle, an e-mail.  It writes offers as clauses inside a sentence, and
# spells the trade's words half in pinyin or in full-width letters to pass keyword filters.  Six
# members with a vocabulary of their own, measured apart from the members above.

BLIND16 = Vocabulary(
    stems=("速借宝", "快办", "鑫源", "火星", "蜜桃", "闪贷侠", "金钥匙", "腾龙", "聚财猫", "大红鹰"),
    latin=("sujiebao", "kuaiban", "xinyuan", "huoxing", "mitao", "sdx", "jinyaoshi", "tenglong", "jucaimao", "dahongying"),
    categories=("贷款", "证件", "代开发票", "点卡商城", "直播", "网贷", "办证", "彩票"),
    suffixes=("APP", "网", "商城", "间", "平台"),
    tlds=(".com", ".cn", ".top"),
    separators=(),
    decorations=(("※", "※"), ("◆", "◆"), ("〔", "〕")),
    promo=("首存100送100", "日入过万点击进入", "注册就送38元彩金", "新用户秒下款3万", "不看征信当天放款", "点击进入官方网址"),
    seo=("网贷口子", "黑户贷款", "秒下款", "征信花了也能贷", "办证", "刻章", "代开发票", "学历认证", "成人影视", "福利视频"),
    seo_heads=("大家都在搜：", "猜你喜欢：", "友情链接："),
)


def _blind16_contact(rng: random.Random) -> tuple[str, str]:
    """A contact detail and its handle or number (the residue token)."""
    kind = rng.randrange(6)
    if kind == 0:
        num = str(rng.randint(10**8, 4 * 10**9))
        return f"{rng.choice(('咨询', '联系', ''))}QQ{rng.choice(('：', ':', ''))}{num}", num
    if kind == 1:
        h = rng.choice(("zxd", "hkb_", "bz", "dk")) + str(rng.randint(100, 9999))
        return f"{rng.choice(('加微信', '微信', 'VX', 'vx', '薇信'))}{rng.choice(('：', ':', ''))}{h}", h
    if kind == 2:
        num = f"1{rng.choice('3578')}{rng.randint(10**8, 10**9 - 1)}"
        return f"{rng.choice(('客服电话', '电话', '手机'))}{rng.choice(('：', ''))}{num}", num
    if kind == 3:
        h = rng.choice(("daikai", "zheng_ban", "loan", "mitao_")) + str(rng.randint(10, 999))
        return f"{rng.choice(('飞机', 'TG', 'Telegram'))}{rng.choice(('：', ':', ''))}@{h}", h
    if kind == 4:
        h = rng.choice(("kf", "service", "vip")) + str(rng.randint(100, 99999))
        mail = f"{h}@{rng.choice(('qq.com', 'outlook.com', '163.com', 'gmail.com'))}"
        return f"{rng.choice(('邮箱', '联系邮箱', ''))}{rng.choice(('：', ''))}{mail}", mail
    h = rng.choice(("bz", "dk", "fp")) + str(rng.randint(100, 9999))
    return f"{rng.choice(('微信', 'VX'))}/QQ{rng.choice(('：', ''))}{h}", h


@register("spam_blind16_contact_inline", "spam", description="blind 16: a contact detail inserted inside a sentence, bare or bracketed ((咨询QQ：2875541236), 加微信zxd8899, 飞机@daikai88)")
def _blind16_contact_inline(d: Damager) -> None:
    def make(r):
        s, tok = _blind16_contact(r)
        left, right = r.choice((("", ""), ("（", "）"), ("(", ")"), ("【", "】")))
        s = f"{left}{s}{right}"
        return s, [s, tok]

    insert_inline(d, make, n=(1, 3))


def _blind16_service(rng: random.Random) -> str:
    return rng.choice(("代开各地增值税发票", "专业办理学历证书", "网贷秒批不看征信", "成人影视资源", "游戏点卡回收",
                       "六合彩内部资料", "时时彩计划群", "各类证件办理"))


@register("spam_blind16_contact_line", "spam", description="blind 16: a line of another trade's service and a contact (代开各地增值税发票 联系QQ：3185526604)")
def _blind16_contact_line(d: Damager) -> None:
    def make(r):
        service = _blind16_service(r)
        parts = [service]
        toks = [service]
        for _ in range(r.randint(1, 2)):
            c, tok = _blind16_contact(r)
            parts.append(c)
            toks.append(tok)
        line = r.choice((" ", "，", " | ")).join(parts)
        return line, [line, *toks]

    insert_lines(d, make, n=(1, 3))


@register("spam_blind16_offer_clause", "spam", description="blind 16: an offer clause inside a sentence, decorated or bare (，首存100送100，/ ※注册就送38元彩金※)")
def _blind16_offer_clause(d: Damager) -> None:
    text = d.text
    commas = [m.end() for line in body_lines(d) for m in _CLAUSE_COMMA.finditer(text, line.start, line.end)]
    d.rng.shuffle(commas)
    for p in commas[: d.rng.randint(1, 2)]:
        promo = d.rng.choice(BLIND16.promo)
        left, right = d.rng.choice((("", ""), *BLIND16.decorations))
        clause = f"{left}{promo}{right}" + (text[p - 1] if not left else "")
        d.insert(p, d.base.escape(clause), tokens=[clause, promo])


@register("spam_blind16_replace_trades", "spam", description="blind 16: a brand of another trade (速借宝贷款APP, 鑫源代开发票网) replaces a word everywhere; a mirror of the law in the corpus")
def _blind16_replace(d: Damager) -> None:
    v = BLIND16
    i = d.rng.randrange(len(v.stems))
    s = f"{v.stems[i]}{d.rng.choice(v.categories)}{d.rng.choice(v.suffixes)}"
    replace_word(d, s, [s, v.stems[i]], witness="mirror", v=v)


_MIXED_TRADE = ("六hé彩", "博cai娱乐城", "时时cai计划", "ｂｃ体育", "yu乐城", "赛che pk10", "qi牌游戏", "Bo彩", "真ren视讯",
                "百jia乐", "体yu投注", "ｃａｉ票网")


@register("spam_blind16_mixed_script", "spam", description="blind 16: a brand whose trade words are half pinyin, initials or full-width (澳门六hé彩, 腾龙yu乐城, ｂｃ体育) inserted inside a sentence")
def _blind16_mixed(d: Damager) -> None:
    def make(r):
        stem = r.choice(BLIND16.stems + ("澳门", "北京", "香港"))
        s = f"{stem}{r.choice(_MIXED_TRADE)}"
        return s, [s]

    insert_inline(d, make)


@register("spam_blind16_keyword_run", "spam", description="blind 16: SEO keyword lines of other trades under heads no list holds (大家都在搜：网贷口子 黑户贷款 秒下款) or none")
def _blind16_keyword_run(d: Damager) -> None:
    v = BLIND16

    def make(r):
        items = r.sample(v.seo, r.randint(3, 5))
        line = r.choice((*v.seo_heads, "")) + r.choice((" ", "|", "、", "，")).join(items)
        return line, [line, *items]

    insert_lines(d, make, n=(1, 3))


# --- Blind variants of session 17 (spam17; issue 15: spam the code was not written for) -----------
# The family in words (/work/notes/spam17/blind.md, written before any cleaner change of session 17):
# what a spam injector on a hijacked mirror does that nobody here had written down: spam in another
# language and script, Latin names in Unicode's styled letters, a whole sentence of another trade that
# reads like prose, a mirror's attribution of another trade, spam in a label's place, one string
# repeated with small changes, a brand made of the page's own words, very short spam.  Eight members
# with a vocabulary of their own; D1-D4 for development, H1-H4 held out by the room until its last
# measurement.

_FOREIGN_PHRASES = (
    "바카라사이트", "토토사이트 추천", "카지노 가입머니", "온라인슬롯", "オンラインカジノ", "パチンコ攻略", "スロット無料",
    "nhà cái uy tín", "cá cược bóng đá", "สล็อตเว็บตรง", "บาคาร่าออนไลน์", "best online casino", "free spins no deposit",
    "cheap replica watches",
)


@register("spam_blind17_foreign_script", "spam", description="blind 17 (D1): gambling or ad phrases in another language and script inside a sentence (바카라사이트, オンラインカジノ, nhà cái uy tín, สล็อตเว็บตรง, best online casino)")
def _blind17_foreign(d: Damager) -> None:
    def make(r):
        s = r.choice(_FOREIGN_PHRASES)
        pad = r.choice(("", " "))
        return f"{pad}{s}{pad}", [s, *s.split()]

    insert_inline(d, make, n=(1, 3))


#: Unicode's styled alphabets: (first letter a, first digit 0 or None).
_STYLED_ALPHABETS = ((0x1D41A, 0x1D7CE), (0x1D552, 0x1D7D8), (0x1D622, None), (0x24D0, None), (0x249C, None), (0x1D5EE, 0x1D7EC))
_STYLED_CAPITALS = ((0x1D400, 0x1D7CE), (0x1D670, 0x1D7F6), (0x1F130, None), (0x1D5D4, 0x1D7EC))
_STYLED_NAMES = ("lehu", "ky", "bet", "jinying", "hth", "wanli", "dafa", "leyu")
_STYLED_TRADES = ("", "体育", "棋牌", "娱乐", "直播", "彩票")


def _styled(word: str, alphabet: tuple[int, int | None], *, capitals: bool) -> str:
    a, zero = alphabet
    out = []
    for c in word:
        if c.isdigit():
            out.append(chr(zero + int(c)) if zero else c)
        else:
            out.append(chr(a + ord(c.upper() if capitals else c) - (ord("A") if capitals else ord("a"))))
    return "".join(out)


@register("spam_blind17_styled_latin", "spam", description="blind 17 (D2): a Latin brand in Unicode styled letters (𝐋𝐄𝐇𝐔体育, ⓚⓨ棋牌, 𝕓𝕖𝕥𝟙𝟠𝟠) inside a sentence")
def _blind17_styled(d: Damager) -> None:
    def make(r):
        name = r.choice(_STYLED_NAMES) + r.choice(("", str(r.randint(10, 999))))
        capitals = r.random() < 0.4
        alphabet = r.choice(_STYLED_CAPITALS if capitals else _STYLED_ALPHABETS)
        styled = _styled(name, alphabet, capitals=capitals)
        s = styled + r.choice(_STYLED_TRADES)
        return s, [s, styled]

    insert_inline(d, make, n=(1, 3))


_PROSE_ADS = (
    "这款祛斑霜采用纯天然植物配方，坚持使用一个月即可见效。",
    "男科医院专家提醒，早泄阳痿要及早治疗，切莫讳疾忌医。",
    "比特币投资稳赚不赔，每月收益可达百分之三十。",
    "股票配资一比十，利息低至每日万分之五，资金当天到账。",
    "想要快速瘦身的朋友可以试试这款酵素，很多人一周就瘦了十斤。",
    "考研培训名师一对一辅导，不过全额退款。",
    "无痛人流只需三分钟，术后即可上班。",
    "这套学区房首付仅需二十万，先到先得。",
)


@register("spam_blind17_prose_ad", "spam", description="blind 17 (D3): a whole sentence of another trade that reads like prose, no brand, contact or Latin (这款祛斑霜采用纯天然植物配方，坚持使用一个月即可见效。) between two sentences of an article")
def _blind17_prose(d: Damager) -> None:
    text = d.text
    points = [line.start + m.end() for line in body_lines(d) for m in regex.finditer(r"。(?=\p{Han})", text[line.start : line.end])]
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(1, 2)]:
        s = d.rng.choice(_PROSE_ADS)
        d.insert(p, d.base.escape(s), tokens=[s, *[c for c in regex.split(r"[，。]", s) if len(c) >= 2]])


_ATTRIBUTION_SITES = ("乐虎直播网", "九州医美网", "鑫隆配资网", "百草减肥网", "速达代孕网", "金盾办证网")


@register("spam_blind17_attribution", "spam", description="blind 17 (D4): a mirror's attribution of another trade glued after an article's last sentence or in brackets inside it (（来源：乐虎直播网）, 本文由九州医美网整理发布。)")
def _blind17_attribution(d: Damager) -> None:
    text = d.text
    lines = [li for li in body_lines(d) if text[li.end - 1 : li.end] == "。"]
    d.rng.shuffle(lines)
    for li in lines[: d.rng.randint(1, 3)]:
        site = d.rng.choice(_ATTRIBUTION_SITES)
        form = d.rng.randrange(3)
        if form == 0:
            s = f"本文由{site}整理发布{d.rng.choice(('。', '，转载请注明出处。'))}"
            d.insert(li.end, d.base.escape(s), tokens=[s, site])
        else:
            left, right = (("（", "）"), ("(", ")"))[form - 1]
            s = f"{left}{d.rng.choice(('来源：', '转载自', '来源:'))}{site}{right}"
            d.insert(li.end - 1, d.base.escape(s), tokens=[s, site])


_LABEL_TAGS = ("【鑫隆配资】", "九州医美网讯：", "[推荐]", "▶荐读◀", "【乐虎直播】", "〈广告〉", "金盾办证网讯 ")
_LABEL_HEAD = regex.compile(r"第[零〇一二三四五六七八九十百千两]+条[ \u3000]+")


@register("spam_blind17_label_slot", "spam", description="blind 17 (H1, held out by its room): spam in a label's place, after 第X条 or at the start of a 款 (【鑫隆配资】, 九州医美网讯：, ▶荐读◀)")
def _blind17_label_slot(d: Damager) -> None:
    text = d.text
    spots = []
    for li in body_lines(d):
        m = _LABEL_HEAD.match(text, li.start, li.end)
        if m:
            spots.append(m.end())
        elif li.kind == "para" and HAN_START.match(text, li.start):
            spots.append(li.start)
    d.rng.shuffle(spots)
    for p in spots[: d.rng.randint(1, 3)]:
        s = d.rng.choice(_LABEL_TAGS)
        d.insert(p, d.base.escape(s), tokens=[s])


HAN_START = regex.compile(r"\p{Han}")
_MUTANT_STEMS = (("金鹰汇", "金鹰会", "金莺汇"), ("鼎盛坊", "鼎胜坊", "顶盛坊"), ("万鑫阁", "万新阁", "万鑫格"))


@register("spam_blind17_mutating_repeat", "spam", description="blind 17 (H2, held out by its room): one spam string repeated 3-6 times, each copy slightly changed (金鹰汇88 / 金鹰会89 / 金鹰汇-90) inside sentences")
def _blind17_mutating(d: Damager) -> None:
    forms = d.rng.choice(_MUTANT_STEMS)
    n = d.rng.randint(60, 90)
    count = [0]

    def make(r):
        count[0] += 1
        stem = r.choice(forms)
        sep = r.choice(("", "-", "_", ""))
        num = str(n + count[0])
        tail = r.choice(("", "", "娱乐", "棋牌"))
        s = f"{stem}{tail}{sep}{num}"
        return s, [s, stem]

    insert_inline(d, make, n=(3, 6))


_LOOKALIKE_TAILS = ("配资网", "医美", "直播间", "娱乐城", "贷款APP", "代孕中心", "棋牌")
_PAGE_WORD = regex.compile(r"(?<=\p{Han})\p{Han}{2}(?=\p{Han})")


@register("spam_blind17_law_lookalike", "spam", description="blind 17 (H3, held out by its room): a brand made of a word of the page and another trade's tail (监督配资网, 保障医美) inserted into a sentence elsewhere")
def _blind17_lookalike(d: Damager) -> None:
    text = d.text
    words = sorted({m.group() for li in body_lines(d) for m in _PAGE_WORD.finditer(text, li.start, li.end)
                    if not any(c in _FUNCTION_CHARS for c in m.group())})
    if not words:
        return

    def make(r):
        s = f"{r.choice(words)}{r.choice(_LOOKALIKE_TAILS)}"
        return s, [s]

    insert_inline(d, make, n=(1, 3))


_VERY_SHORT = ("荐", "广告", "AD", "(推)", "v8", "hot", "📢", "【荐】", "顶")


@register("spam_blind17_very_short", "spam", description="blind 17 (H4, held out by its room): very short spam inside a sentence (荐, 广告, AD, (推), v8, 📢)")
def _blind17_very_short(d: Damager) -> None:
    insert_inline(d, lambda r: (lambda s: (s, [s]))(r.choice(_VERY_SHORT)), n=(1, 3))


# The seen shapes with a vocabulary of session 17's room (spam17's V members, /work/notes/spam17/blind.md): Latin names
# that are English words or odd spellings, not pinyin; categories, suffixes, domains, separators, decorations and
# promotion no list of the cleaners held when they were written.
BLIND17V = Vocabulary(
    stems=("银狐汇", "紫金阁", "海王星", "金麟府", "红运当头", "神话国际", "大满贯", "极速风暴"),
    latin=("silverfox", "zijinge", "neptune", "jinlin", "luckyred", "myth", "grandslam", "turbo"),
    categories=("电玩城", "赛马会", "牌九", "骰宝", "斗牛", "彩站"),
    suffixes=("会员中心", "官方平台", "手机客户端", "线路检测", "导航", "入口网址"),
    tlds=(".info", ".club", ".live", ".games", ".bet"),
    separators=("~", "＋", "·", "/"),
    decorations=(("〔", "〕"), ("｛", "｝"), ("<<", ">>")),
    promo=("存一百送一百", "笔笔返现", "万元彩金等你拿"),
    seo=("泛站群", "快照劫持", "搜狗收录", "seo外包"),
    seo_heads=("热门推荐：", "精选关键词："),
)

register("spam_blind17v_replace_mirror", "spam", description="blind 17 V: seen shape, own vocabulary: a brand replaces a word everywhere; mirror witness")(
    _replace_variant(witness="mirror", v=BLIND17V))


@register("spam_blind17v_insert_inline", "spam", description="blind 17 V: seen shape, own vocabulary: a brand inserted into a sentence")
def _b17v_inline(d: Damager) -> None:
    insert_inline(d, lambda r: brand(r, BLIND17V))


@register("spam_blind17v_insert_decorated", "spam", description="blind 17 V: seen shape, own vocabulary: a decorated brand inserted into a sentence")
def _b17v_decorated(d: Damager) -> None:
    def make(r):
        s, toks = brand(r, BLIND17V)
        s2, deco = decorate(s, r, BLIND17V)
        return s2, [s2, *toks, *deco]

    insert_inline(d, make)


@register("spam_blind17v_insert_separators", "spam", description="blind 17 V: seen shape, own vocabulary: stem+category, separator, Latin name inserted")
def _b17v_sep(d: Damager) -> None:
    insert_inline(d, lambda r: brand(r, BLIND17V, form="sep_latin"))


@register("spam_blind17v_insert_domain", "spam", description="blind 17 V: seen shape, own vocabulary: a domain inserted into a sentence")
def _b17v_domain(d: Damager) -> None:
    insert_inline(d, lambda r: brand(r, BLIND17V, form="domain"))


@register("spam_blind17v_lines_promo", "spam", description="blind 17 V: seen shape, own vocabulary: promotion lines")
def _b17v_promo(d: Damager) -> None:
    insert_lines(d, lambda r: spam_line(r, BLIND17V))


@register("spam_blind17v_lines_seo", "spam", description="blind 17 V: seen shape, own vocabulary: SEO keyword lines")
def _b17v_seo(d: Damager) -> None:
    insert_lines(d, lambda r: seo_line(r, BLIND17V))


@register("spam_blind17v_lines_links", "spam", description="blind 17 V: seen shape, own vocabulary: link lines")
def _b17v_links(d: Damager) -> None:
    insert_lines(d, lambda r: link_line(r, BLIND17V))


# A development vocabulary of spam17 (W; its failures were read, V's were not).
DEV17W = Vocabulary(
    stems=("蓝鲸城", "金凤凰台", "钻石海岸", "天使之翼", "九龙湾", "旋风"),
    latin=("bluewhale", "phoenixgold", "diamond", "angelwing", "ninedragon", "whirlwind"),
    categories=("老虎机", "赛狗", "番摊", "梭哈"),
    suffixes=("VIP通道", "会员登录", "备用线路", "官方直营"),
    tlds=(".asia", ".site", ".fun"),
    separators=("=", "→", "丨"),
    decorations=(("〘", "〙"), ("⟨", "⟩")),
    promo=("首充三倍", "每日救援金"),
    seo=("蜘蛛引流", "快排", "权重提升"),
    seo_heads=("热门标签：",),
)


def _vocabulary_members(prefix: str, v: Vocabulary, label: str) -> None:
    register(f"{prefix}_replace_mirror", "spam", description=f"{label}: a brand replaces a word everywhere; mirror witness")(
        _replace_variant(witness="mirror", v=v))

    def decorated(r):
        s, toks = brand(r, v)
        s2, deco = decorate(s, r, v)
        return s2, [s2, *toks, *deco]

    for name, fn in (
        ("insert_inline", lambda d: insert_inline(d, lambda r: brand(r, v))),
        ("insert_decorated", lambda d: insert_inline(d, decorated)),
        ("insert_separators", lambda d: insert_inline(d, lambda r: brand(r, v, form="sep_latin"))),
        ("insert_domain", lambda d: insert_inline(d, lambda r: brand(r, v, form="domain"))),
        ("lines_promo", lambda d: insert_lines(d, lambda r: spam_line(r, v))),
        ("lines_seo", lambda d: insert_lines(d, lambda r: seo_line(r, v))),
        ("lines_links", lambda d: insert_lines(d, lambda r: link_line(r, v))),
    ):
        register(f"{prefix}_{name}", "spam", description=f"{label}: seen shape {name}")(fn)


_vocabulary_members("spam_dev17w", DEV17W, "spam17 development vocabulary W")


# --- Session 18 (spam18): vocabularies DRAWN AT RANDOM, not typed as brand lists ---------------------------------
# /work/notes/spam18/blind.md (written before any cleaner change of session 18).  Each damaged page draws its own
# vocabulary from sources unlike the cleaners' lists: development sources (pinyin syllables, a stock of Han characters
# with their readings, letter+digit codes) and held-out sources (English words, a second Han stock, emoji and
# symbols), registered only when SPAM18_HELDOUT=1 (the room's last measurement).

#: Development Han stock with readings: a name's Latin form may spell it (瑞琪 -> ruiqi), as real spam often does.
_D18_HAN = dict(zip(
    "瑞琪曜澜祥熙颐晟珑璟铂钰煜骏鸿霖沁萱翊昊皓睿澄晖嵘恒锦瀚岳峯灏泓璞琅珈玥瑜珏翔霆坤乾琨宸逸弘朗烨熠",
    "rui qi yao lan xiang xi yi sheng long jing bo yu yu jun hong lin qin xuan yi hao hao rui cheng hui rong heng jin han "
    "yue feng hao hong pu lang jia yue yu jue xiang ting kun qian kun chen yi hong lang ye yi".split(),
))
#: Pinyin syllables a random Latin name is made of (typed here, not the ruby module's table).
_D18_SYLLABLES = ("ba bo ca ce da de fa fu ga ge ha he ji ka ke la le ma me na ne pa pi qu re sa se ta te wa "
                  "xu ya ye za ze zhu chen quan meng tian kai lian wang jin long feng yun xing ding sheng bao fu hua").split()
_H18_HAN = "森岚朔砚枫桦榕棠茗蔚澈汐浔渊岑嵩峦垚鑫淼焱炫烁灿燊琛璐瑶琳瑾珀琉璃翡翠驰骐骋麒麟鹏鹤鸾凰龙"
_H18_WORDS = ("silver", "harbor", "maple", "crown", "royal", "ocean", "star", "golden", "river", "falcon", "summit",
              "velvet", "amber", "cedar", "liberty", "empire", "palace", "rocket", "thunder", "crystal", "orchid",
              "emerald", "castle", "knight", "eagle", "sunny", "happy", "lucky", "prime", "grand")


def _d18_name(rng: random.Random) -> tuple[str, str]:
    """A development brand: a Han name from the stock and a Latin name (its reading, random syllables or a code)."""
    chars = rng.sample(list(_D18_HAN), rng.randint(2, 3))
    han = "".join(chars)
    kind = rng.randrange(3)
    if kind == 0:
        latin = "".join(_D18_HAN[c] for c in chars)
    elif kind == 1:
        latin = "".join(rng.sample(_D18_SYLLABLES, rng.randint(2, 3)))
    else:
        latin = "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(1, 2))) + str(rng.randint(10, 9999))
    if kind != 2 and rng.random() < 0.4:
        latin += str(rng.randint(10, 999))
    return han, latin


def _h18_name(rng: random.Random) -> tuple[str, str]:
    """A held-out brand: a Han name from the second stock and an English-looking Latin name."""
    han = "".join(rng.sample(_H18_HAN, rng.randint(2, 4)))
    latin = "".join(rng.sample(_H18_WORDS, rng.randint(1, 2)))
    if rng.random() < 0.4:
        latin += str(rng.randint(7, 999))
    return han, latin


_R18_TRADE = {
    "d": dict(categories=("游艺厅", "水果机", "百人牛牛", "扎金花", "龙虎斗", "大小单双"),
              suffixes=("会员通道", "极速版", "下载站", "推广页", "专属通道", "尊享版"),
              tlds=(".ink", ".win", ".pro"), separators=("•", "::", "»"),
              decorations=(("⦅", "⦆"), ("⸨", "⸩"), ("⌜", "⌟")),
              promo=("充值立返", "秒提现", "免费试玩", "体验金免费领"),
              seo=("排名代做", "收录神器", "热门站点"), seo_heads=("猜你喜欢：", "更多精彩：")),
    "h": dict(categories=("连环夺宝", "旗舰厅", "马会彩", "轮盘游戏", "幸运转盘", "街机厅"),
              suffixes=("安卓版下载", "苹果版下载", "官方下载地址", "尊贵通道", "一键登录", "在线客服"),
              tlds=(".shop", ".online", ".bid"), separators=("✦", " ▲ ", "🔸"),
              decorations=(("🎰", "🎰"), ("🔥", "🔥"), ("✨", "✨"), ("◆", "◆")),
              promo=("返利无上限", "输了包赔", "体验金送不停", "输了全额返"),
              seo=("代做排名", "站群租用", "蜘蛛租用"), seo_heads=("友情链接：", "本站导航：")),
}


def random_vocabulary(rng: random.Random, sources: str) -> Vocabulary:
    """A page's own vocabulary drawn from the development (``d``) or held-out (``h``) sources.

    >>> v = random_vocabulary(random.Random(3), "d")
    >>> len(v.stems) == len(v.latin) == 8
    True
    """
    names = [(_d18_name if sources == "d" else _h18_name)(rng) for _ in range(8)]
    return Vocabulary(stems=tuple(h for h, _ in names), latin=tuple(lt for _, lt in names), **_R18_TRADE[sources])


def _r18_members(prefix: str, sources: str, label: str) -> None:
    def vocab(d: Damager) -> Vocabulary:
        return random_vocabulary(d.rng, sources)

    def replace(d: Damager) -> None:
        _replace_variant(witness="mirror", v=vocab(d))(d)

    def decorated(v):
        def make(r):
            s, toks = brand(r, v)
            s2, deco = decorate(s, r, v)
            return s2, [s2, *toks, *deco]
        return make

    register(f"{prefix}_replace_mirror", "spam", description=f"{label}: a brand replaces a word everywhere; mirror witness")(replace)
    for name, fn in (
        ("insert_inline", lambda d: (lambda v: insert_inline(d, lambda r: brand(r, v)))(vocab(d))),
        ("insert_decorated", lambda d: insert_inline(d, decorated(vocab(d)))),
        ("insert_separators", lambda d: (lambda v: insert_inline(d, lambda r: brand(r, v, form="sep_latin")))(vocab(d))),
        ("insert_domain", lambda d: (lambda v: insert_inline(d, lambda r: brand(r, v, form="domain")))(vocab(d))),
        ("lines_promo", lambda d: (lambda v: insert_lines(d, lambda r: spam_line(r, v)))(vocab(d))),
        ("lines_seo", lambda d: (lambda v: insert_lines(d, lambda r: seo_line(r, v)))(vocab(d))),
        ("lines_links", lambda d: (lambda v: insert_lines(d, lambda r: link_line(r, v)))(vocab(d))),
    ):
        register(f"{prefix}_{name}", "spam", description=f"{label}: seen shape {name}")(fn)


_r18_members("spam_r18d", "d", "spam18 R (seen shapes, random development vocabulary)")
import os as _os  # noqa: E402

if _os.environ.get("SPAM18_HELDOUT") == "1":  # the room's last measurement only (blind.md)
    _r18_members("spam_r18h", "h", "spam18 R held out (seen shapes, random held-out vocabulary)")


def _b18_title_phrase(rng: random.Random) -> str:
    words = rng.sample(("Golden", "Lucky", "Star", "Royal", "Dragon", "Club", "Online", "Palace", "Fortune", "Harbor",
                        "Win", "Plus", "Asia", "Grand", "Sky"), rng.randint(2, 3))
    return " ".join(words)


@register("spam_b18_title_phrase", "spam", description="blind 18 (B1): an English brand phrase in Title Case with spaces (Golden Harbor Club) inside a Han sentence")
def _b18_title(d: Damager) -> None:
    def make(r):
        s = _b18_title_phrase(r)
        return s, [s, *s.split()]

    insert_inline(d, make)


@register("spam_b18_han_initials", "spam", description="blind 18 (B2): a random Han name and its upper-case initials with digits (瑞琪坊RQF88) inside a sentence")
def _b18_initials(d: Damager) -> None:
    def make(r):
        chars = r.sample(list(_D18_HAN), r.randint(2, 3))
        han = "".join(chars) + r.choice(("", "坊", "阁", "汇"))
        initials = "".join(_D18_HAN[c][0].upper() for c in chars) + r.choice(("", str(r.randint(8, 999))))
        s = han + initials
        return s, [s, han, initials]

    insert_inline(d, make)


@register("spam_b18_repeated_bare", "spam", description="blind 18 (B3): one random bare brand (Han name + Latin name) inserted 3-5 times on a page, in different sentences")
def _b18_repeated(d: Damager) -> None:
    han, latin = _d18_name(d.rng)
    s = d.rng.choice((f"{han}{latin}", f"{han}", f"{latin}{han}"))
    insert_inline(d, lambda r: (s, [s]), n=(3, 5))


@register("spam_b18_sentence_tail", "spam", description="blind 18 (B4): a brand string glued after the final 。 of a paragraph (瑞琪水果机rq88)")
def _b18_tail(d: Damager) -> None:
    text = d.text
    lines = [li for li in body_lines(d) if text[li.end - 1 : li.end] == "。"]
    d.rng.shuffle(lines)
    v = random_vocabulary(d.rng, "d")
    for li in lines[: d.rng.randint(1, 3)]:
        s, toks = brand(d.rng, v, form=d.rng.choice(("cat_suffix", "sep_latin", "stem_domain")))
        d.insert(li.end, d.base.escape(s), tokens=toks)


@register("spam_b18_bare_brand_line", "spam", description="blind 18 (B5): a line of 2-4 random brand names joined by spaces or ｜, no head, no trade word")
def _b18_brand_line(d: Damager) -> None:
    def make(r):
        names = []
        for _ in range(r.randint(2, 4)):
            han, latin = _d18_name(r)
            names.append(r.choice((han, latin, han + latin)))
        line = r.choice((" ", "｜", "  ", " | ")).join(names)
        return line, [line, *names]

    insert_lines(d, make)


@register("spam_b18_code_in_parens", "spam", description="blind 18 (B6): a random name with a letters+digits code in parentheses right after a word (管理（ruiqi668）)")
def _b18_parens(d: Damager) -> None:
    def make(r):
        han, latin = _d18_name(r)
        code = latin if any(c.isdigit() for c in latin) else latin + str(r.randint(10, 999))
        left, right = r.choice((("（", "）"), ("(", ")")))
        s = f"{left}{code}{right}"
        return s, [s, code]

    insert_inline(d, make)
