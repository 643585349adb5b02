"""Advertising sentences a spam site put between two sentences of a law, naming its brand bare.

Real damage (the noise benchmark's ``spam_blind_ad_sentence``, members invented in session 13 from
what hijacked 民政 and 政务 copies carry, measured 100 % residue in sessions 13-15):
``…提供必要的资料。星耀彩票网，新人首充翻倍。实施检查的部门…``,
``…通报出席情况。欢迎来到喜乐门娱乐城，官方认证信誉平台！常委会办公厅…``,
``…并书面通知申请人。聚鑫电玩城，注册即送88元！不准贷款的…``.
The brand there has no Latin name, no domain, no known name: nothing the spam anchor rule can
hold on to, so the sentence stayed in the law, every word of it.

What such a sentence is made of is the evidence: the vocabulary of the trade (games and bets,
site words, promotion, money), a bare name of a few characters, and nothing else.  A law's sentence
that names lotteries, sites or bonuses says what to do about them, in words the trade never writes.
"""

from __future__ import annotations

import bisect

from corpus_tools.clean.brands import CATEGORY_WORDS, PROMO, SEO, STRONG_SUFFIX_WORDS, WEAK_SUFFIX_WORDS, alternation
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import SENTENCE_FINAL

PROMOTION_SENTENCE = "promotion sentence"

#: Money and welcome offers only a betting site writes (the gate: a sentence holds one of them).
#: ``立即送医`` and ``借出款项`` of the clean laws are no offers (no 注册/首存 before 送, no 出款 alone).
#: (The lookahead names the first character of every alternative: ``re`` then skips to those characters, twice
#: as fast on the clean laws, where the gate finds nothing.)
_OFFER_RE = lazy_re(
    r"(?=[注首充存新会送彩返稳秒欢信翻日])(?:(?:注册|首存|首充|充值|存款|新人|新会员|会员)(?:就|即|立|可)?(?:加送|赠送|送|返|领)|送(?:\d+|[一二三四五六七八九十百千]+)元"
    r"|彩金|返水|返利|首充|首存|稳定出款|秒到账?|欢迎(?:光临|来到|访问)|信誉(?:平台|第一|保证|至上)|翻倍|日赚)"
)
#: The trade's words, taken out of a candidate sentence to see what is left.
_TRADE_RE = lazy_regex(
    rf"(?:https?://|www\.)[A-Za-z0-9.\-_/%?=&#:~+]{{1,120}}|{PROMO}|{SEO}|注册|即送|就送|认证|更多精彩|请上|请访问|请登录|提款|到账|日赚"
    rf"|{alternation(set(CATEGORY_WORDS) | set(STRONG_SUFFIX_WORDS) | set(WEAK_SUFFIX_WORDS))}|(?:[0-9０-９]+|百分之[零一二三四五六七八九十百]+|[一二三四五六七八九十百千万]+(?=[元倍]))[元倍%％]?"
)
_HAN = lazy_regex(r"\p{Han}")
#: The Han name glued before a brand's span (searched in the four characters before it).
_NAME_BEFORE = lazy_regex(r"\p{Han}+$")
#: Words of a law's grammar (duty, permission, prohibition, procedure): an advertisement writes none.
_LAW_GRAMMAR_RE = lazy_re(r"应当|应该|不得|可以|必须|依法|按照|依照|根据|规定|予以|禁止|责令|处以|负责|管理|办理|以上|以下|条例|本法|的，")
#: Where a sentence ends inside a line (the end mark belongs to the sentence).
_SENTENCE_END = lazy_regex(rf"[{SENTENCE_FINAL}]+")
#: The longest sentence read (an advertisement is short; a law's long sentence is never one).
_SENTENCE_CHARS = 40
#: The most Han characters a sentence may hold outside the trade's words: a bare brand name (御龙汇, 喜乐门)
#: and a word of filler (认证, 翻倍).
_RESIDUE_MAX = 5


def promotion_sentences(text: str, brands: "list[tuple[int, int]] | None" = None) -> list[tuple[int, int]]:
    """Advertising sentences between a law's sentences on one line: ``(start, end)``, end mark included.

    **Evidence**: the sentence holds an offer only a betting site makes (:data:`_OFFER_RE`: 注册即送,
    首充, 彩金, 返水, 欢迎光临…), is short (at most :data:`_SENTENCE_CHARS` characters), stands on a line
    with other sentences (a line of spam alone is the spam-line rules'), writes no word of a law's
    grammar (应当, 不得, 可以, 依法, 规定…: :data:`_LAW_GRAMMAR_RE`), and once the trade's words are
    taken out (promotion, games and bets, site words, numbers, links) at most :data:`_RESIDUE_MAX` Han
    characters are left, no more than the trade's words took.  Given the spans of the page's ``brands`` (spam
    anchors), a brand in the sentence and the name of up to four Han characters glued before it are the trade's too
    (``更多精彩请上龙腾阁棋牌室ltg520.bet，日赚千元不是梦！``: the anchor took the domain, the name stood).

    >>> t = "第五条 提供必要的资料。星耀彩票网，新人首充翻倍。实施检查的部门应当保守秘密。"
    >>> [t[a:b] for a, b in promotion_sentences(t)]
    ['星耀彩票网，新人首充翻倍。']
    >>> t = "第六条 每次会议通报出席情况。欢迎来到喜乐门娱乐城，官方认证信誉平台！办公厅每年统计。"
    >>> [t[a:b] for a, b in promotion_sentences(t)]
    ['欢迎来到喜乐门娱乐城，官方认证信誉平台！']

    A law's sentences about lotteries and prizes stay:

    >>> t = "处二万元以下的罚款；更多精彩请上聚鑫真人娱乐，官方认证信誉平台！情节严重的，处二十万元以下的罚款。"
    >>> [t[a:b] for a, b in promotion_sentences(t)]
    ['更多精彩请上聚鑫真人娱乐，官方认证信誉平台！']
    >>> promotion_sentences("第七条 彩票发行机构应当公布彩金。新人首充的，不得赠送彩票。彩票返奖实行专户管理。")
    []
    >>> t = "已建的排污口应当限期整治。更多精彩请上龙腾阁棋牌室ltg520.bet，日赚千元不是梦！已建成的养殖场应当搬迁。"
    >>> a = t.index("ltg"); promotion_sentences(t), [t[s:e] for s, e in promotion_sentences(t, [(a, a + 10)])]
    ([], ['更多精彩请上龙腾阁棋牌室ltg520.bet，日赚千元不是梦！'])
    """
    if _OFFER_RE.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    spans = sorted(brands or [])
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if _OFFER_RE.search(text, line_start, line_end) is not None:
            out += _line_sentences(text, line_start, line_end, spans)
        line_start = line_end + 1
    return out


def _line_sentences(text: str, line_start: int, line_end: int, brands: "list[tuple[int, int]]" = ()) -> list[tuple[int, int]]:
    """The advertising sentences of the line ``text[line_start:line_end]``, read sentence by sentence; a line of
    one sentence is none (a line of spam alone is the spam-line rules').

    >>> t = "提供必要的资料。星耀彩票网，新人首充翻倍。实施检查的部门应当保守秘密。"
    >>> [t[a:b] for a, b in _line_sentences(t, 0, len(t))], _line_sentences("星耀彩票网，新人首充翻倍。", 0, 13)
    (['星耀彩票网，新人首充翻倍。'], [])
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, line_end)]
    if not ends or len(ends) < 2 and ends[-1] >= len(text[line_start:line_end].rstrip()) + line_start:
        return []  # one sentence: the line itself
    if ends[-1] < line_end:
        ends.append(line_end)
    out = []
    start = line_start
    for end in ends:
        if end - start <= _SENTENCE_CHARS and (start, end) != (line_start, line_end) and _is_promotion(text, start, end, brands):
            out.append((start, end))
        start = end
    return out


def _is_promotion(text: str, start: int, end: int, brands: "list[tuple[int, int]]" = ()) -> bool:
    """Whether the sentence ``text[start:end]`` is an advertisement, by the evidence :func:`promotion_sentences`
    names: an offer, no word of a law's grammar, a sentence of its own (not a label's first piece), and no more
    Han characters outside the trade's words than in them.

    >>> t, law, label = "。星耀彩票网，新人首充翻倍。", "。新人首充的，不得赠送彩票。", "第一条星耀彩票网，新人首充翻倍。"
    >>> _is_promotion(t, 1, len(t)), _is_promotion(law, 1, len(law)), _is_promotion(label, 3, len(label))
    (True, False, False)
    """
    if _OFFER_RE.search(text, start, end) is None or _LAW_GRAMMAR_RE.search(text, start, end) is not None:
        return False
    if start > 0 and text[start - 1] not in "。！？!?；;\n" and not text[start:start + 1].isspace():
        return False  # inside a label or after a clause: the line's first piece after a label
    taken = sum(len(_HAN.findall(m.group())) for m in _TRADE_RE.finditer(text, start, end))
    k = bisect.bisect_left(brands, (start, start))
    while k < len(brands) and brands[k][0] < end:  # a brand of the page, and the name glued before it
        a, b = brands[k]
        k += 1
        if b <= end:
            name = _NAME_BEFORE.search(text, max(start, a - 4), a)
            taken += len(_HAN.findall(text, a, b)) + (len(name.group()) if name else 0)
    total = len(_HAN.findall(text, start, end))
    residue = total - taken
    return residue <= _RESIDUE_MAX and taken >= residue and taken >= 4


PROMOTION_CLAUSE = "promotion clause"

#: Offers written as a clause of their own inside a law's sentence (session 16's blind members: ``，首存100送100，``,
#: ``※注册就送38元彩金※``, ``〔新用户秒下款3万〕``, ``，日入过万点击进入，``): the offers of :data:`_OFFER_RE`, and the
#: loan trade's and the click-bait's (``秒下款``, ``当天放款``, ``不看征信``, ``日入过万``, ``点击进入``).
_CLAUSE_OFFERS = (
    rf"{_OFFER_RE.pattern[_OFFER_RE.pattern.index(')') + 1:]}|秒下款|秒批|(?:当天|当日|极速)(?:放款|下款|到账)|不看征信|黑户可[贷下]"
    r"|[日月]入(?:过万|[一二三四五六七八九十百千万\d]+)|点击进入|立即进入"
)
#: (The lookahead names the first character of every alternative, as :data:`_OFFER_RE`'s does: ``re`` skips to them.)
_CLAUSE_OFFER_RE = lazy_re(r"(?=[注首充存新会送彩返稳秒欢信翻日当极不黑月点立])(?:" + _CLAUSE_OFFERS + ")")
#: The offers of a clause (the residual scan's hint, :mod:`corpus_tools.clean.spam`).
CLAUSE_OFFER_HINT = _CLAUSE_OFFERS
#: What a promotion clause is made of besides its offers: the trade's words (:data:`_TRADE_RE`) and the loan trade's.
_CLAUSE_TRADE_RE = lazy_regex(
    rf"{_TRADE_RE.pattern}|{_CLAUSE_OFFERS}|新用户|用户|额度|秒|万|送|进入|点击|官方网址|网址|平台|[A-Za-z0-9.]+"
)
#: Marks that bound a clause, and the decorations a clause may be dressed in (opener -> closer).
_CLAUSE_MARKS = "，,；;。！？!?：:\n"
_CLAUSE_DECORATIONS = {"※": "※", "◆": "◆", "★": "★", "☆": "☆", "〔": "〕", "【": "】", "〖": "〗", "［": "］", "[": "]", "「": "」"}
#: A clause's figure: an amount (``100``, ``38元``, ``3万``, ``翻两倍``) or a site's address (``ltg520.bet``).  A
#: government page writes an offer's words bare (review 16 F4: ``点击进入下载``, ``秒批秒办``, ``当日到账``, a law's
#: ``彩票销售，注册就送，属于违法行为``); the trade names what it pays, or makes two offers at once.
_CLAUSE_FIGURE = lazy_regex(r"[0-9０-９]|[一二三四五六七八九十百千万两]+[元倍]|[A-Za-z][A-Za-z0-9\-]*\.[A-Za-z]{2,}")
#: The longest clause read (an offer is a few words).
_CLAUSE_CHARS = 24
#: The most Han characters a clause may hold outside the trade's words.
_CLAUSE_RESIDUE = 2


def promotion_clauses(text: str) -> list[tuple[int, int]]:
    """Offers put as a clause into a law's sentence: ``(start, end)``, the decoration included, its marks not (the
    spam rule drops the mark the removal doubles).

    **Evidence**: a clause (between two marks of a sentence, ``，…，``, or in a decoration, ``※…※``, ``〔…〕``,
    inside a line of text) of at most :data:`_CLAUSE_CHARS` characters holds an offer only the trade makes
    (:data:`_CLAUSE_OFFER_RE`: 首存, 注册就送, 彩金, 秒下款, 当天放款, 日入过万…) with a figure (:data:`_CLAUSE_FIGURE`)
    or a second offer, no word of a law's grammar, and outside the trade's words, numbers and site words at most
    :data:`_CLAUSE_RESIDUE` Han characters.  A law's
    clause about lotteries or loans says what to do (``不得``, ``应当``) or about whom: more words than the trade's.

    >>> t = "负有监督管理职责的部门委托开展检测的，首存100送100，其出具的数据应当真实。"
    >>> [t[a:b] for a, b in promotion_clauses(t)]
    ['首存100送100']
    >>> t = "县级以上人民政府应当，※注册就送38元彩金※依法加强管理，〔新用户秒下款3万〕并公布。"
    >>> [t[a:b] for a, b in promotion_clauses(t)]
    ['※注册就送38元彩金※', '〔新用户秒下款3万〕']

    A law's clauses about the same things stay:

    >>> promotion_clauses("彩票发行机构应当公布彩金，不得向未成年人销售彩票，新人首充的，不得赠送彩票。")
    []
    >>> promotion_clauses("贷款人应当审查借款人的征信，当天放款的，应当登记。")
    []

    A government page's link texts and slogans, and a law naming an offer it forbids, stay (review 16 F4):

    >>> promotion_clauses("详见附件，点击进入下载。推行一网通办，秒批秒办，提升效率。彩票销售，注册就送，属于违法行为。")
    []
    """
    if _CLAUSE_OFFER_RE.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    done = -1
    for hit in _CLAUSE_OFFER_RE.finditer(text):
        if hit.start() < done:
            continue
        span = _decorated_clause(text, hit.start(), hit.end()) or _marked_clause(text, hit.start(), hit.end())
        if span is None:
            continue
        start, end = span
        done = end
        if _LAW_GRAMMAR_RE.search(text, start, min(len(text), end + 1)) is not None:
            continue  # (the mark after the clause too: ``新人首充的，`` is a law's condition)
        taken = sum(len(_HAN.findall(m.group())) for m in _CLAUSE_TRADE_RE.finditer(text, start, end))
        if len(_HAN.findall(text, start, end)) - taken > _CLAUSE_RESIDUE or taken < 3:
            continue
        if _CLAUSE_FIGURE.search(text, start, end) is None and len(_CLAUSE_OFFER_RE.findall(text, start, end)) < 2:
            continue  # one offer's words, bare: a government's link text or slogan (review 16 F4)
        found.append((start, end))
    return found


def _decorated_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The decoration around the offer ``text[start:end]`` (``※注册就送38元彩金※``), inside a line of text.

    >>> _decorated_clause("应当※注册就送38元彩金※依法", 3, 7), _decorated_clause("应当注册就送※", 2, 6)
    ((2, 13), None)
    """
    lo = start
    while lo > 0 and start - lo < _CLAUSE_CHARS and text[lo - 1] not in _CLAUSE_DECORATIONS and text[lo - 1] not in _CLAUSE_MARKS:
        lo -= 1
    if lo == 0 or text[lo - 1] not in _CLAUSE_DECORATIONS:
        return None
    closer = _CLAUSE_DECORATIONS[text[lo - 1]]
    hi = text.find(closer, end, min(len(text), lo + _CLAUSE_CHARS))
    if hi < 0 or any(c in _CLAUSE_MARKS for c in text[end:hi]):
        return None
    if lo - 1 == 0 or text[lo - 2] == "\n" or hi + 1 >= len(text) or text[hi + 1] == "\n":
        return None  # a decorated line of its own: the spam-line rules'
    return lo - 1, hi + 1


def _marked_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause between two marks of a sentence that holds the offer ``text[start:end]`` (``，首存100送100，``), not
    a line's first or whole piece (a line of spam alone is the spam-line rules').

    >>> t = "检测的，首存100送100，其出具"
    >>> _marked_clause(t, 4, 6), _marked_clause("首存100送100，其出具", 0, 2)
    ((4, 13), None)
    """
    lo = start
    while lo > 0 and start - lo <= _CLAUSE_CHARS and text[lo - 1] not in _CLAUSE_MARKS:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end <= _CLAUSE_CHARS and text[hi] not in _CLAUSE_MARKS:
        hi += 1
    if lo == 0 or hi >= len(text) or hi - lo > _CLAUSE_CHARS:
        return None
    if text[lo - 1] not in "，,；;" and text[hi] not in "，,；;":
        return None  # a sentence of its own: :func:`promotion_sentences`'
    if text[lo - 1] == "\n" or text[hi] == "\n":
        return None
    return lo, hi
