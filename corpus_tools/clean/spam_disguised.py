"""Spam written to pass a keyword filter: a brand in a platform's own syntax, or with its filtered characters disguised.

Real damage (the noise benchmark's development set 14, ``h14_spam_mentions`` and ``h14_spam_split_components``): a
casino account as a micro-blog mention or a repost chain inside a sentence (``…人民政府@澳门银河官方 应当…``,
``//@永利皇宫娱乐:``), and the characters a filter looks for written as their components side by side (拆字:
``…应当加强氵奥门贝者土汤666对旅游…`` for 澳门赌场).  The brand rules read neither: a component pair is no word, and the
mention's syntax (``@``, ``//``, the blank or the colon that closes it) stayed in the law when the brand went.

The family's members, from the tools and habits that make them (what a filter-dodging poster or an injector writes):

* a platform's syntax around the brand: a mention ``@X `` or ``@X：``, a repost chain ``//@X:``, a reply ``回复@X:``,
  a topic ``#X#`` / ``＃X＃``, a super-topic ``#X超话#`` / ``#X[超话]#``, a cashtag ``$X$``, a topic with its link
  card ``#X#网页链接``;
* components split apart (拆字: ``氵奥`` for 澳, ``贝者`` for 赌, ``钅艮`` for 银), with or without marks between them;
* look-alike or sound-alike Han (``奥门``/``噢门`` for 澳门, ``愽`` for 博, ``堵场`` for 赌场, ``莆京`` for 葡京);
* Traditional forms in a Simplified page (``澳門賭場``, ``娛樂``), which a filter keyed on Simplified forms lets by;
* full-width, enclosed or mathematical letters for the Latin part (``ＡＭ新葡京``, ``𝐕𝐈𝐏``);
* marks between the characters (``澳.门.赌.场``; the spaced-brand rule reads runs of single characters, this one
  reads them after decoding).

**Evidence** (what every member shares): after the disguise is *normalised* (:func:`normalised`: a table per kind,
components to their character, look-alikes and Traditional forms to the trade's character, letters by NFKC, marks
between characters dropped) the run reads as the trade's vocabulary: a brand the anchor finder knows, or words of
games and bets (``赌场``, ``博彩``, ``娱乐``) with a name or a site word beside them, AND the disguise is real: a
component pair was decoded (no law writes ``氵`` or ``贝者`` as text), or a look-alike/Traditional/letter form was
decoded into a brand or into two of the trade's words (``澳门`` + ``赌场``).  A platform's syntax is evidence of its
own only around a name of the trade glued into a sentence (``关注@北京发布``, an e-mail address, ``参与话题#…#`` stay).
The run goes with its syntax and its tail (lucky digits, ``加V123456``, ``官网``) as one unit; the normalised form is
recorded in the edit.  A law about gambling (``禁止开设赌场``), a Traditional quotation (``澳門特別行政區``), a town
(``莆田``) and a blockage (``封堵场所``) stay: one word of the trade alone is no brand.
"""

from __future__ import annotations

import re
import unicodedata

from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.text import HAN_BLOCKS

DISGUISED_SPAM = "spam with its filtered characters disguised"
PLATFORM_SPAM = "spam in a platform's syntax"

#: Characters written as their components (拆字), the trade's characters a filter looks for: the components in
#: writing order, left to right or top to bottom.
COMPONENTS: dict[str, str] = {
    "氵奥": "澳", "贝者": "赌", "十尃": "博", "忄尃": "博", "女吴": "娱", "采彡": "彩", "艹匍": "葡", "土汤": "场", "土昜": "场",
    "钅艮": "银", "氵可": "河", "氵少": "沙", "土成": "城", "钅戋": "钱", "亻言": "信", "兴言": "誉", "亡口月贝凡": "赢",
    "白王": "皇", "宀吕": "宫", "禾刂": "利", "尸匕": "尼", "其斤": "斯", "木其": "棋", "片卑": "牌", "扌殳": "投",
    "氵主": "注", "王求": "球", "讠凡": "讯", "亻本": "体", "扌甲": "押", "贝兼": "赚", "车俞": "输", "纟工": "红",
    "西示": "票", "石马": "码", "亠口小": "京", "金少": "钞", "贝长": "账", "王见": "现", "亻直": "值", "辶反": "返",
    "丬夕大": "奖", "女昌": "娼", "女支": "妓", "纟勺": "约", "木仓": "枪", "阝日": "阳", "氵羊": "洋",
}
#: Look-alike or sound-alike Han a poster writes for the trade's characters (the filter matches the character, not its
#: sound or shape): ``奥门``, ``噢门``, ``愽彩``, ``堵场``, ``莆京``.
LOOKALIKES: dict[str, str] = {
    "奥": "澳", "噢": "澳", "澚": "澳", "懊": "澳", "墺": "澳", "愽": "博", "慱": "博", "镈": "博", "堵": "赌", "睹": "赌",
    "莆": "葡", "匍": "葡", "蒲": "葡", "虞": "娱", "俣": "娱", "彲": "彩", "釆": "彩",
}
#: Traditional forms of the trade's characters (a Simplified page's filter lets ``澳門賭場`` by).
TRADITIONAL: dict[str, str] = dict(zip(
    "門賭場娛樂銀陽團宮網臺體際國貴賓開戶註冊線實錢贏現輸號費買莊龍鳳發財寶麗華豐匯億萬勝會員優禮紅贈騰訊視頻遊戲魚獎聖鑽環亞盤購導傳葡誠譽與",
    "门赌场娱乐银阳团宫网台体际国贵宾开户注册线实钱赢现输号费买庄龙凤发财宝丽华丰汇亿万胜会员优礼红赠腾讯视频游戏鱼奖圣钻环亚盘购导传葡诚誉与",
))
#: Marks a poster writes between the characters of a run (dropped when normalising, between two characters).
_MARKS = frozenset(".*-_丶•・·。．＊－|/~～")
#: Marks that end a sentence too: dropped only in a run of marks, another one to three characters away (``平。台。网``,
#: ``真.人.女吴。乐``: a dot a converter turned into a full stop), never where a sentence ends (``…土汤。平台…``).
_STOPS = frozenset("。．")
_HAN = rf"[{HAN_BLOCKS}]"
_HAN_RE = lazy_re(_HAN)
#: What a disguised run may hold: Han, Latin letters and digits (in any width or alphabet: NFKC reads them), marks.
_LETTER_RANGES = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff\u2460-\u24ff\U0001f130-\U0001f189"
_RUN_CHAR = lazy_re(rf"[{HAN_BLOCKS}A-Za-z0-9{_LETTER_RANGES}]")
#: A character that may open a disguise: a component's first character, a look-alike, a Traditional form, a letter
#: of another width or alphabet.
#: Pinyin initials a poster writes for the trade's words (``AM新葡京``: ``AM`` for 澳门), and the trade's Latin site word.
INITIALS: dict[str, str] = {"AM": "澳门", "am": "澳门", "DB": "赌博", "BC": "博彩", "DC": "赌场", "ZR": "真人"}
_LATIN_TRIGGER = r"(?<![A-Za-z])(?:AM|am|DB|BC|DC|ZR)(?![A-Za-z])"
_TRIGGER_RE = lazy_re(
    "(?:" + "|".join(sorted(map(re.escape, COMPONENTS), key=len, reverse=True))
    + "|[" + "".join(sorted(set(LOOKALIKES) | {k for k, v in TRADITIONAL.items() if k != v})) + _LETTER_RANGES + "]"
    + "|" + _LATIN_TRIGGER + ")+"
)
#: The trade's words a normalised run is read for (besides the anchor finder's brands): words of games and bets, the
#: brands' names the lists hold as weak ones, the place the trade names, its site words.
TARGET_WORDS: tuple[str, ...] = (
    "博彩", "赌场", "赌博", "娱乐城", "娱乐场", "娱乐", "真人", "彩票", "棋牌", "百家乐", "老虎机", "时时彩", "六合彩", "投注",
    "下注", "视讯", "赌球", "体育投注", "电子游艺", "捕鱼",
)
NAME_WORDS: tuple[str, ...] = (
    "澳门", "葡京", "新葡京", "金沙", "金沙城", "银河", "永利", "皇宫", "威尼斯人", "太阳城", "美高梅", "星际", "信誉", "皇冠", "赢钱",
)
SITE_WORDS: tuple[str, ...] = ("官网", "官方", "平台", "客服", "集团", "国际", "会员", "开户", "注册", "首页", "网址", "VIP", "vip")
_ITEMS = tuple(sorted(set(TARGET_WORDS) | set(NAME_WORDS) | set(SITE_WORDS), key=len, reverse=True))
_ITEM_RE = lazy_re("|".join(map(re.escape, _ITEMS)))
#: A run's tail: lucky digits, a contact after ``加V``/``微信``, a site word.
_TAIL_RE = lazy_re(r"(?:加[Vv微]|[Vv]信|微信|QQ|qq)[：:]?[A-Za-z0-9_\-]{5,20}|[0-9]{2,4}(?![0-9])|官网|官方|VIP")
#: How many characters around a trigger a run is read in (bounded: the scan is linear in the page).
_WINDOW = 14


def normalised(text: str, lo: int, hi: int) -> tuple[str, list[int], list[int], list[str]]:
    """``text[lo:hi]`` with its disguise undone: the normalised characters, for each the start and end of what it
    came from in ``text``, and how it was decoded (``""`` for a plain character, ``"split"``, ``"lookalike"``,
    ``"traditional"``, ``"letter"``, ``"initials"``).  A mark is dropped only between two characters of a run, one of
    them Han (a host's dot, ``kaiyun.vip``, and a figure's, ``1.5``, stay).

    >>> normalised("加强氵奥门贝者土汤", 0, 9)[0], normalised("噢.门.堵.场", 0, 7)[0], normalised("ＡＭ澳門", 0, 4)[0]
    ('加强澳门赌场', '澳门赌场', 'AM澳门')
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[str] = []
    i = lo
    while i < hi:
        ch = text[i]
        pair = next((k for k in _COMPONENT_KEYS.get(ch, ()) if text.startswith(k, i) and i + len(k) <= hi), None)
        if pair is not None:
            out.append(COMPONENTS[pair])
            starts.append(i)
            ends.append(i + len(pair))
            kinds.append("split")
            i += len(pair)
            continue
        initials = INITIALS.get(text[i:i + 2]) if ch.isascii() and ch.isalpha() else None
        if initials and i + 2 <= hi and not (i > lo and text[i - 1].isascii() and text[i - 1].isalpha()) \
                and not (i + 2 < len(text) and text[i + 2].isascii() and text[i + 2].isalpha()):
            out.extend(initials)
            starts.extend((i, i))
            ends.extend((i + 2, i + 2))
            kinds.extend(("initials", "initials"))
            i += 2
            continue
        if ch in _MARKS and out and i + 1 < hi and _RUN_CHAR.match(text, i + 1) and _RUN_CHAR.match(text, i - 1) \
                and (_HAN_RE.match(text, i - 1) or _HAN_RE.match(text, i + 1)) \
                and (ch not in _STOPS or _MARKS.intersection(text[max(lo, i - 3):i] + text[i + 1:min(hi, i + 4)])):
            ends[-1] = i + 1  # (a mark between two characters belongs to the one before it)
            i += 1
            continue
        if ch in LOOKALIKES:
            out.append(LOOKALIKES[ch])
            kinds.append("lookalike")
        elif ch in TRADITIONAL and TRADITIONAL[ch] != ch:
            out.append(TRADITIONAL[ch])
            kinds.append("traditional")
        elif ord(ch) > 0xFF00 or 0x1D400 <= ord(ch) <= 0x1D7FF or 0x2460 <= ord(ch) <= 0x24FF or 0x1F130 <= ord(ch) <= 0x1F189:
            folded = unicodedata.normalize("NFKC", ch)
            if len(folded) == 1 and folded.isascii() and folded.isalnum():
                out.append(folded.upper() if 0x1F130 <= ord(ch) else folded)
                kinds.append("letter")
            else:
                out.append(ch)
                kinds.append("")
        else:
            out.append(ch)
            kinds.append("")
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return "".join(out), starts, ends, kinds


_COMPONENT_KEYS: dict[str, tuple[str, ...]] = {}
for _key in sorted(COMPONENTS, key=len, reverse=True):
    _COMPONENT_KEYS[_key[0]] = _COMPONENT_KEYS.get(_key[0], ()) + (_key,)


def _brand_spans(norm: str) -> list[tuple[int, int]]:
    from corpus_tools.clean.spam import find_spam_anchors

    return [(a.start, a.end) for a in find_spam_anchors(norm, shorten=False)]


def _clusters(norm: str) -> list[tuple[int, int, int, int]]:
    """Runs of the trade's items in a normalised string, items side by side: ``(start, end, items, target words or
    brands)``.

    >>> _clusters("加强澳门赌场对旅游"), _clusters("封赌场所")
    ([(2, 6, 2, 1)], [(1, 3, 1, 1)])
    """
    items: list[tuple[int, int, bool]] = [(m.start(), m.end(), m.group() in _STRONG) for m in _ITEM_RE.finditer(norm)]
    if not items:
        return []  # (no word of the trade in the run: the anchor finder is not asked, clean pages pay little)
    brands = _brand_spans(norm)
    spans = sorted(items + [(s, e, True) for s, e in brands])
    out: list[list[int]] = []
    for s, e, strong in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
            out[-1][2] += 1
            out[-1][3] += strong
        else:
            out.append([s, e, 1, int(strong)])
    return [tuple(c) for c in out]  # type: ignore[misc]


#: Site words a law writes too (``服务平台``, ``国际化``): at a run's edge they are the law's when the law reads on
#: across the run through them.
_WEAK_EDGES = tuple(w for w in SITE_WORDS if not w.isascii())


def _trimmed(text: str, norm: str, starts: list[int], ends: list[int], s: int, e: int) -> tuple[int, int]:
    """A cluster ``norm[s:e]`` less a site word at its edge that the law's sentence may hold (precision first: the
    site word of a brand, ``博彩平台对``, is left then): a site word at the end that reads on into the character after
    the run (``国际化``), one at the start that the character before the run reads on into (``服务平台``).

    >>> t = "彰显常州国际化"
    >>> _trimmed(t, t, list(range(7)), list(range(1, 8)), 2, 6)
    (2, 4)
    """
    from corpus_tools.clean.evidence import law_bigrams

    pairs = law_bigrams()
    before = text[starts[s] - 1] if starts[s] > 0 else ""
    after = text[ends[e - 1]] if ends[e - 1] < len(text) else ""
    def plain(a: int, b: int) -> bool:  # (the site word as the law writes it: no mark in it or before it, no decoding)
        return text[starts[a]:ends[b - 1]] == norm[a:b] and text[starts[a] - 1:starts[a]] not in _MARKS

    for w in _WEAK_EDGES:
        if e - s > len(w) and norm.startswith(w, e - len(w)) and after and w[-1] + after in pairs and plain(e - len(w), e):
            e -= len(w)
            break
    for w in _WEAK_EDGES:
        if e - s > len(w) and norm.startswith(w, s) and before and before + w[0] in pairs and plain(s, s + len(w)):
            s += len(w)
            break
    return s, e


_STRONG = frozenset(TARGET_WORDS) | frozenset(NAME_WORDS) - {"澳门", "信誉", "星际", "皇冠"}


def _accepted(kinds: list[str], norm: str, s: int, e: int, items: int, strong: int) -> bool:
    """Whether a cluster ``norm[s:e]`` with its decodings is a disguised run of the trade (see the module's
    **Evidence**)."""
    decoded = {k for k in kinds[s:e] if k}
    if not decoded:
        return False  # (no disguise: the plain brand is the brand rules')
    if not strong:
        return False
    if "split" in decoded:
        return True
    return items >= 2 or bool(_brand_spans(norm[s:e]))


#: How many Han characters on each side of a run of Traditional forms are read for the script of its text.
_CONTEXT = 6


def _in_traditional_text(text: str, start: int, end: int) -> bool:
    """Whether the Han characters around ``text[start:end]`` (and its own plain ones) are Traditional too: a quotation
    or a page in Traditional characters, where ``澳門`` and ``博彩`` are words, not a disguise (OpenCC's ``t2s`` changes
    them).

    >>> t = "依照澳門博彩業經營法律，依法澳門賭場加强"
    >>> _in_traditional_text(t, 2, 6), _in_traditional_text(t, t.index("澳門賭"), t.index("加"))
    (True, False)
    """
    from corpus_tools.clean.script import _convert

    lo, hi = start, end
    while lo > start - _CONTEXT and lo > 0 and _HAN_RE.match(text, lo - 1):
        lo -= 1
    while hi < end + _CONTEXT and hi < len(text) and _HAN_RE.match(text, hi):
        hi += 1
    around = text[lo:start] + "".join(c for c in text[start:end] if c not in TRADITIONAL) + text[end:hi]
    return _convert("t2s", around) != around


def disguised_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of the trade whose filtered characters are disguised, put into the law's sentences: ``(start, end,
    normalised form)``, with the run's tail (lucky digits, a contact, a site word).

    >>> t = "负氵奥门新艹匍京责本市，大气氵奥门贝者土汤666环境，依法噢门堵场官网加强，规范澳門賭場888管理。"
    >>> [(t[a:b], n) for a, b, n in disguised_runs(t)]
    [('氵奥门新艹匍京', '澳门新葡京'), ('氵奥门贝者土汤666', '澳门赌场666'), ('噢门堵场官网', '澳门赌场官网'), ('澳門賭場888', '澳门赌场888')]

    The law's words stay: a blockage, a town, a Traditional quotation, a law about gambling.

    >>> disguised_runs("封堵场所，莆田市，澳門特別行政區，禁止開設賭場，奥运场馆，娛樂場所。")
    []
    """
    out: list[tuple[int, int, str]] = []
    if not text or not _TRIGGER_RE.search(text):
        return out
    done = 0
    for m in _TRIGGER_RE.finditer(text):
        if m.start() < done:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        line_end = len(text) if line_end < 0 else line_end
        lo, hi = max(line_start, done, m.start() - _WINDOW), min(line_end, m.end() + _WINDOW)
        norm, starts, ends, kinds = normalised(text, lo, hi)
        for s, e, items, strong in _clusters(norm):
            while s > 0 and kinds[s - 1] == "letter":  # (the brand's Latin part in other letters, ``𝐀𝐌新葡京``)
                s -= 1
            while e < len(norm) and kinds[e] == "letter":
                e += 1
            if not (starts[s] < m.end() and ends[e - 1] > m.start()) or not _accepted(kinds, norm, s, e, items, strong):
                continue
            if e == len(norm) and hi < line_end and _RUN_CHAR.match(text, hi):
                continue  # (a run cut by the window's edge, a host read in part: unsure, kept)
            s, e = _trimmed(text, norm, starts, ends, s, e)
            if {k for k in kinds[s:e] if k} == {"traditional"} and _in_traditional_text(text, starts[s], ends[e - 1]):
                continue
            if not (starts[s] < m.end() and ends[e - 1] > m.start()) or not _accepted(kinds, norm, s, e, 2, strong):
                continue
            start, end = starts[s], ends[e - 1]
            tail = _TAIL_RE.match(text, end)
            if tail:
                end = tail.end()
            out.append((start, end, norm[s:e] + (tail.group() if tail else "")))
            done = end
            break
    return out


#: A platform's syntax around a name: a reply or a repost's word, ``//``, the mention's or the tag's mark, the name.
_PLATFORM_RE = lazy_re(
    r"(?P<lead>(?:回复|转发)?(?://)?)(?P<open>[@＠#＃$＄])"
    rf"(?P<name>(?:[{HAN_BLOCKS}A-Za-z0-9{_LETTER_RANGES}]|[.*\-_丶]){{2,20}})"
)
_PLATFORM_GATE = lazy_re(r"[@＠#＃$＄]")
#: What closes a mention (a blank or a colon), a topic (its second mark, a super-topic's word), a cashtag.
_CLOSERS = {"@": (" ", ":", "：", "\u3000"), "＠": (" ", ":", "：", "\u3000"), "#": ("#", "＃"), "＃": ("#", "＃"),
            "$": ("$", "＄"), "＄": ("$", "＄")}
_TOPIC_WORDS = ("[超话]", "超话", "【超话】")
_CARD = ("网页链接", "O网页链接", "🔗网页链接")
#: Words before a tag that hold it as the sentence's object (a notice names a topic or an account).
_HOLDING_BEFORE = ("话题", "发起", "参与", "关注", "搜索", "标签", "带上", "添加", "微博", "超话", "主题", "账号", "用户", "使用",
                   "发布", "冒用", "名为", "昵称", "例如")
#: Words after a tag that hold it as an example or an object of the sentence (``#澳门赌场#等话题``).
_HOLDING_AFTER = ("话题", "超话", "标签", "主题", "等", "之类", "账号", "用户")
#: How many characters of the name may stand after the trade's run when the mark that closes it is further on.
_NAME_AFTER = 4


def platform_units(text: str) -> list[tuple[int, int, str]]:
    """A name of the trade in a platform's syntax glued into a sentence: ``(start, end, normalised name)``, the
    syntax with it (``//``, ``@``, the closing blank or colon, a topic's marks, a link card).

    >>> t = "县级以上人民政府@澳门银河官方 应当，不@太阳城集团 完整，报告VIP//@永利皇宫娱乐:环境，主管 @金沙娱乐场 部门，规定#澳门银河超话#的"
    >>> [t[a:b] for a, b, _ in platform_units(t)]
    ['@澳门银河官方 ', '@太阳城集团 ', '//@永利皇宫娱乐:', ' @金沙娱乐场 ', '#澳门银河超话#']

    E-mail addresses, accounts of authorities and topics a sentence names stay:

    >>> platform_units("邮箱zqyjfk@163.com，关注@北京发布，参与话题#全民健身体育#讨论，@市公安局 回复，#热议#")
    []
    >>> platform_units("不得使用#澳门赌场#等话题，不得发布#澳门银河#赌博信息，冒用@永利皇宫官方 名义")
    []
    """
    out: list[tuple[int, int, str]] = []
    if not text or not _PLATFORM_GATE.search(text):
        return out
    for m in _PLATFORM_RE.finditer(text):
        start, opener = m.start(), m.group("open")
        if out and start < out[-1][1]:
            continue
        at = m.start("open")
        if opener in "@＠" and at > 0 and text[at - 1].isascii() and text[at - 1].isalnum() and not m.group("lead"):
            continue  # (an e-mail address)
        before = text[max(0, start - 4):start]
        if any(before.endswith(w) for w in _HOLDING_BEFORE):
            continue
        name_lo, name_hi = m.start("name"), m.end("name")
        norm, starts, ends, kinds = normalised(text, name_lo, name_hi)
        clusters = [c for c in _clusters(norm) if c[0] <= 2 and c[3]]
        if not clusters:
            continue
        s, e = clusters[0][0], clusters[0][1]
        run_end = ends[e - 1]
        closers = _CLOSERS[opener]
        end = None
        for k in range(run_end, min(name_hi, run_end + _NAME_AFTER) + 1):
            close = next((c for c in closers if text.startswith(c, k)), None)
            word = next((w for w in _TOPIC_WORDS if text.startswith(w, k)), "") if opener not in "@＠" else ""
            if word:
                close = next((c for c in closers if text.startswith(c, k + len(word))), None)
            if close is not None:
                end = k + len(word) + len(close)
                break
        glued = start > 0 and (_HAN_RE.match(text, start - 1) or text[start - 1] in " \u3000" and start > 1
                               and _HAN_RE.match(text, start - 2))
        if end is None:
            if opener not in "@＠" or not glued:
                continue  # (a one-sided topic or cashtag is no syntax this rule reads)
            tail = _TAIL_RE.match(text, run_end)
            end = tail.end() if tail else run_end
        elif opener in "#＃$＄" and not (glued or m.group("lead")):
            if not (end < len(text) and _HAN_RE.match(text, end)):
                continue
        if text.startswith(_HOLDING_AFTER, end):
            continue
        card = next((c for c in _CARD if text.startswith(c, end)), "")
        end += len(card)
        if text[start - 1:start] in " \u3000" and glued and text[end - 1:end] in " \u3000":
            start -= 1  # (a mention set off by blanks on both sides: the blanks are the platform's)
        elif text[end - 1:end] in " \u3000" and not (end < len(text) and _HAN_RE.match(text, end)):
            end -= 1  # (a closing blank before a mark or the line's end is the law's spacing)
        out.append((start, end, norm[s:e]))
    return out


__all__ = ["COMPONENTS", "DISGUISED_SPAM", "LOOKALIKES", "PLATFORM_SPAM", "TRADITIONAL", "disguised_runs", "normalised",
           "platform_units"]
