"""Lines that are not law text, found by how the law-text model reads them, not by their words.

Damage (set 7 of the sealed benchmark; every family of inserted lines before it): a page holds, between
two of the law's sentences or under its last one, a whole line of another register: a wallet's deposit
address (``USDT（TRC20）充值地址：TQi8pmvhy17…　秒到账``), a lottery tip (``福彩3D第2023004期：独胆7 杀码09``),
a browser's advice (``建议使用IE9及以上版本浏览器，1366×768分辨率浏览本站``), a clipper's note
(``来自 印象笔记·剪藏``).  The rules that read such lines by their words (lists of brands, site words,
chrome phrases) keep every line of a new vocabulary, and the articles above them carry it into the dataset.

**Evidence** (no word list; a line is judged by its text and its place):

* the place: the line stands inside the law's span (after its first article label, before an annex, a
  form or a table), under a line that ends a sentence (a line continuing a wrapped sentence is never
  judged), and is no structure line (article, chapter, section or item label);
* the shape: the line ends with no punctuation of the law (``。；：，、``), is followed by a blank line, the
  text's end or a structure line (no line of a hard-wrapped paragraph), is no bracketed note (see :data:`MIN_HAN`)
  and holds Han characters (a model of Chinese judges Chinese);
* the text: the law-text model (:mod:`corpus_tools.language_model`, read in both directions) charges
  each character of the line (:func:`reading`: numbers as one digit) its cost; a law's line costs about
  2.3 nats a character, a line of another register much more.  A line is removed when its mean cost
  reaches :data:`MIN_COST` (more for short lines, :func:`threshold`), calibrated on /work/ref/DLC so
  that no clean line in these places comes near it.  A line within :data:`NOTE_MARGIN` of its threshold
  is kept and a warning records it.

Each removal's detail names the rule's evidence: the line's mean cost and its threshold.

More kinds of evidence widen what is judged (session 26), each recorded in its removal's detail:

* a recurring TEMPLATE (:func:`template_lines`): short lines the model alone cannot judge (``李老师 08:24``: three Han
  characters), which the page repeats with their fields varying between the law's lines (set 8's chat export), and a
  BLOCK of lines the page repeats between them (:func:`repeated_blocks`: an ebook reader's excerpt note), and (session
  27) a line the page repeats at its ARTICLES' ENDS (:func:`recurring_lines`: a law site's tool row under each article,
  ``复制本条 | 分享 | 纠错``, its words and marks the same each time, no field varying);
* an item beyond the law's LIST (:func:`extra_items`): a line WITH the law's punctuation, numbered as the next item of
  a list the law closed (``；`` … ``。``) or under a neighbour's number, whose text the model reads as another register
  (set 8's ad dressed as an item: ``（五）天禧真人娱乐真人视讯，日出千万，提款秒到。``).

All go through :func:`non_law_lines` (the rule of :func:`~corpus_tools.clean.furniture.remove_glued_furniture_at_seams`,
its edits' rule name unchanged); their details open with :data:`TEMPLATE_LINE`, :data:`RECURRING_LINE` and
:data:`EXTRA_ITEM`.
"""

from __future__ import annotations

from functools import lru_cache

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.records import CleanWarning
from corpus_tools.text import SENTENCE_FINAL, is_han

NON_LAW_LINE = "non-law line (law-text model)"

#: Least mean cost (nats a character, the two directions' mean, :func:`reading`) of a line of :data:`LONG_LINE`
#: characters or more to be removed from between two of the law's sentences.  On the 54,786 lines of
#: /work/ref/DLC in the places this rule reads (held-out and training laws; 1,287 of them no sentence and
#: with four Han characters or more, the lines this rule judges), the costliest judged line reads 4.53
#: (``知识城重点发展下列产业:``), 4.30 at 16 characters or more; a wallet's address line reads 7.1-9.4, a lottery
#: tip 6.2-9.3, a browser's advice 6.2-7.1, a clipper's note 7.4-8.3 (set 7's development variants).
#: 6.0 leaves a margin of 1.5.
MIN_COST = 6.0
#: A line that ends a sentence (``。；！？``) is never judged: the model's doubt about a whole sentence is a
#: domain's vocabulary more often than another register (``样品采用TG 209F3型热重分析仪测定。``: 7.6, a
#: technical note review 16 keeps; ``本条例所称扒鸡是指始创并根植于德州…``: 6.0; a blog's closing words
#: ``以上就是小编为您整理的…的全部内容，希望对您有所帮助。``: 5.2-6.2, below a law's costliest sentences).
#: Nor is a line of fewer than :data:`MIN_HAN` Han characters: a model of Chinese does not judge code
#: (``body{color:#181818;font-size:14px;}``, kept by review 16) or a line of another language.
MIN_HAN = 4
#: Lines this long or longer are judged at :data:`MIN_COST`; shorter ones need more (their mean is noisier).
LONG_LINE = 16
#: Extra cost a line needs per character it is shorter than :data:`LONG_LINE`.
SHORT_PENALTY = 0.15
#: Shortest line judged at all (normalised characters): a law's label of four or five characters may read
#: costly (``种畜种禽``: 8.55, a section's name in /work/ref/DLC); from six on, none reaches 4.5.
MIN_CHARS = 6
#: Longest line judged (normalised characters): a line of another register an injector or a site adds is a
#: short one; a paragraph longer than this is the law's (and the model's batch stays small).
MAX_CHARS = 200
#: Lines read on one page at most (the rule's cost stays linear, with a small constant).
MAX_LINES = 400

#: A structure line: an article, chapter, section, part label; an item (（一）, 一、, 1., (1), ①); a list's item
#: (``- ``, ``+ ``, ``* ``, ``• ``: a mirror's reading list of links, ``+\tmd格式阅读：[2013-传染病防治法](…)``).
_STRUCTURE_RE = lazy_regex(
    r"^[ \t\u3000\xa0]*(?:[-+*•·][ \t\u3000]|[（(].*[）)][ \t\u3000]*$|第[ \u3000一二三四五六七八九十百千零〇两\d\-‐－－之]{1,16}[条條章节節编編部分款项項]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．]|[\u2460-\u24ff\u2776-\u2793])"
)
#: The law's first article label: the law's span begins here.
_FIRST_ARTICLE_RE = lazy_regex(r"(?m)^[ \t\u3000\xa0#]*第[一二三四五六七八九十百千零〇\d]{1,6}条")
#: An annex, a form or a table begins: the law's own lines of any register may follow.
_ANNEX_RE = lazy_regex(r"^[ \t\u3000\xa0#]*(?:附[件表录图]|附[:：\s]|附\d|表\d|[|｜])")
#: Ends of a sentence: the line under it begins a new one.
_SENTENCE_END = frozenset(SENTENCE_FINAL)
#: Closing marks that may follow a sentence's end.
_CLOSERS = frozenset("”’」』）)】》\"'")


def threshold(length: int) -> float:
    """Least mean cost of a line of ``length`` normalised characters to be removed.

    >>> threshold(20), threshold(16), round(threshold(8), 2)
    (6.0, 6.0, 7.2)
    """
    return MIN_COST + SHORT_PENALTY * max(0, LONG_LINE - length)


@lru_cache(maxsize=1)
def _models():
    from corpus_tools.language_model import shipped

    return shipped()


def line_costs(lines: list[str], models=None) -> list[float]:
    """Mean cost (nats a character, forward and backward mean) of each normalised line, its end included.

    One batch per direction: the page's candidate lines are read at once.

    >>> from corpus_tools.language_model import toy_models
    >>> law, other = line_costs(["第二条县级以上人民政府应当加强领导。", "扫码关注公众号领取红包"], toy_models())
    >>> law < other
    True
    """
    import numpy as np

    if not lines:
        return []
    models = models or _models()
    if len(lines) > _BATCH:  # (rows of like lengths together: the padding stays small)
        order = sorted(range(len(lines)), key=lambda i: len(lines[i]))
        costs = [0.0] * len(lines)
        for k in range(0, len(order), _BATCH):
            chunk = order[k:k + _BATCH]
            for i, c in zip(chunk, line_costs([lines[i] for i in chunk], models)):
                costs[i] = c
        return costs
    out = np.zeros(len(lines))
    directions = [(models.forward, False)] + ([(models.backward, True)] if models.backward is not None else [])
    for lm, backward in directions:
        rows = [("\n" + (line[::-1] if backward else line) + "\n") for line in lines]
        width = max(len(r) for r in rows)
        ids = np.full((len(rows), width), -1, np.int64)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = lm.encode(r)
        logp = lm.position_logprobs(ids)
        mask = (np.arange(width)[None, :] >= 1) & (ids >= 0)
        out += -(logp * mask).sum(axis=1) / np.array([len(r) - 1 for r in rows])
    return (out / len(directions)).tolist()


#: Lines read in one batch of the model.
_BATCH = 64


_DIGITS_RE = lazy_regex(r"\d+")


def reading(line: str) -> str:
    """The form of a line the model judges: normalised (:func:`~corpus_tools.language_model.normalize`), each run
    of digits one digit.  A number is one token whatever its length, and the model reads digits cheaply in any
    register (a law is full of dates and amounts): a lottery tip's or a wallet's long numbers would otherwise
    dilute the cost of its words.

    >>> reading("红球：04 05 06 蓝球：08，自2019年7月1日起")
    '红球:1蓝球:1,自1年1月1日起'
    """
    from corpus_tools.language_model import normalize

    return _DIGITS_RE.sub("1", normalize(line))


#: A line ending with the law's punctuation is a sentence, a clause or a list's lead-in (``称性交者，谓…下列
#:性侵入行为：``, Taiwan's Criminal Code, 6.5 under the model of the mainland's laws): never judged.
_LAW_PUNCTUATION = frozenset("。；！？：，、;:!?,")


def _stands_alone(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is followed by a blank line, the text's end or a structure line: a line
    of a hard-wrapped page goes on in the next line (``前项保证金于得标时，…；未得标者，无息退还⏎…``) and is
    never judged.

    >>> t = "甲乙丙\\n丁戊己\\n\\n第二条"
    >>> _stands_alone(t, 3), _stands_alone(t, 7)
    (False, True)
    """
    if end >= len(text):
        return True
    nxt = text.find("\n", end + 1)
    line = text[end + 1:nxt if nxt >= 0 else len(text)]
    return not line.strip() or bool(_STRUCTURE_RE.match(line))


def _ends_sentence(line: str) -> bool:
    line = line.rstrip(" \t\u3000\xa0")
    while line and line[-1] in _CLOSERS:
        line = line[:-1]
    return bool(line) and line[-1] in _SENTENCE_END


def candidate_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line in a place where only law stands: inside the law's span, under a line
    that ends a sentence, no structure line, before any annex or table.

    >>> t = "某条例\\n第一条 为了规范管理：\\n（一）甲；\\n扫码关注领红包\\n第二条 本条例自公布之日起施行。\\n以上内容仅供参考\\n附件\\n表格"
    >>> [t[a:b] for a, b in candidate_lines(t)]
    ['扫码关注领红包', '以上内容仅供参考']
    """
    first = _FIRST_ARTICLE_RE.search(text)
    if first is None:
        return []
    out: list[tuple[int, int]] = []
    pos = text.find("\n", first.start())
    previous = text[first.start():pos if pos >= 0 else len(text)]
    while 0 <= pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        pos = end if end < len(text) else -1
        line = text[start:end]
        if not line.strip():
            continue
        if _ANNEX_RE.match(line):
            break
        if _ends_sentence(previous) and not _STRUCTURE_RE.match(line):
            out.append((start, end))
            if len(out) >= MAX_LINES:
                break
        previous = line
    return out


def non_law_lines(text: str, warnings: list[CleanWarning] | None = None, rule: str = "") -> list[tuple[int, int, str]]:
    """``(start, end, detail)`` of each line the law-text model reads as another register (see the module), the lines
    of a recurring template or block (:func:`template_lines`) and the items beyond a closed list (:func:`extra_items`)
    the model reads so, in the page's order.

    A line whose cost reaches only :data:`NOTE_MARGIN` below its threshold is kept; with ``warnings`` a warning records it.
    """
    out = template_lines(text)
    taken = {a for a, _, _ in out}
    spans = [(a, b) for a, b in candidate_lines(text) if a not in taken and _may_be_judged(text[a:b])]
    rows = [reading(text[a:b]) for a, b in spans]
    keep = [i for i, r in enumerate(rows)
            if MIN_CHARS <= len(r) <= MAX_CHARS and r[-1] not in _LAW_PUNCTUATION and sum(map(is_han, r)) >= MIN_HAN
            and _stands_alone(text, spans[i][1])]
    judged = [(spans[i][0], spans[i][1], rows[i], NON_LAW_LINE) for i in keep]
    judged += [(a, b, r, EXTRA_ITEM) for a, b, r in extra_items(text) if a not in taken]
    if not judged:  # (no line to read: neither the model nor numpy is loaded, a plain page's cleaning stays light)
        return sorted(out)
    costs = line_costs([r for _, _, r, _ in judged])
    for (a, b, row, name), cost in zip(judged, costs):
        limit = threshold(len(row))
        if cost >= limit:
            out.append((a, b, f"{name}: cost {cost:.2f} >= {limit:.2f}"))
        elif warnings is not None and cost >= limit - NOTE_MARGIN:
            warnings.append(CleanWarning(rule, a, f"line kept, the law-text model reads it as another register ({cost:.2f} < {limit:.2f})", text[a:b][:60]))
    return sorted(out)


#: The same marks as a page writes them before the model's normal form (full width): read on the raw line.
_LAW_PUNCTUATION_RAW = _LAW_PUNCTUATION | frozenset("！？：；，")


def _may_be_judged(line: str) -> bool:
    """The checks of :func:`non_law_lines` that need no model, on the raw line: it does not end with the law's
    punctuation and holds :data:`MIN_HAN` Han characters (normalising changes neither).

    >>> _may_be_judged("第二条 本条例自公布之日起施行。　"), _may_be_judged("扫码关注公众号领取红包")
    (False, True)
    """
    end = line.rstrip(" \t\u3000\xa0")
    return bool(end) and end[-1] not in _LAW_PUNCTUATION_RAW and sum(map(is_han, end)) >= MIN_HAN


#: A line within this much of its threshold is kept with a warning.
NOTE_MARGIN = 0.5


# --- Lines of one recurring template: a chat export's sender lines, a forum's post headers ---------------------------

TEMPLATE_LINE = "non-law line (recurring template)"

#: Places (in the law's span, after its first article label) a template's lines must stand at, in as many runs.
TEMPLATE_PLACES = 3
#: Longest line read as a template's line (raw characters, blanks aside): a sender's or a post's header is short.
TEMPLATE_MAX_CHARS = 60
#: Least mean cost (:func:`line_costs`) of a template's lines: the frame's recurrence is the evidence, the model only
#: keeps a law's own recurring lines (``被引用条文：保险法 第八十二条之一``, lis.ly.gov.tw: 4.9-5.7) out of reach.
TEMPLATE_MIN_COST = 5.0

_HAN_RUN_RE = lazy_regex(r"\p{Han}+")
_LATIN_RUN_RE = lazy_regex(r"[A-Za-z]+")
_BLANKS_RE = lazy_regex(r"[\s\u3000\xa0]+")
#: A line of the law's own that repeats a frame with other numbers: a date (``2019年3月1日``, ``二〇一九年``) or a
#: reference to a provision (``第82条``, ``第十三条``).
_LAW_NUMBERS_RE = lazy_regex(r"\d\s*年\s*\d|[〇○零一二三四五六七八九]年|第\s*[\d一二三四五六七八九十百千零〇]+(?:\s*[-‐－之]\s*[\d一二三四五六七八九十]+)?\s*[条條款项項章节節编編]")


def frame(line: str) -> str:
    """The frame of a line: blanks removed, each run of digits ``0``, of Latin letters ``a``, of Han characters ``H``.
    Lines of one template (a chat export's ``NAME HH:MM``) share it whatever their fields hold.

    >>> frame("李老师 08:24") == frame("法务小王 17:47") == "H0:0"
    True
    >>> frame("2019-08-10 10:42:36 张律师（646740006）")
    '0-0-0:0:0H（0）'
    """
    return _HAN_RUN_RE.sub("H", _LATIN_RUN_RE.sub("a", _DIGITS_RE.sub("0", _BLANKS_RE.sub("", line))))


_CLOSERS = {")": "(", "）": "（", "]": "[", "】": "【", "〕": "〔"}


def _closes_unopened(line: str) -> bool:
    """Whether ``line`` holds a closing bracket with no opening one before it in the line.

    >>> _closes_unopened("第 918  頁)"), _closes_unopened("(二) 第 919 頁"), _closes_unopened("李老师 08:24")
    (True, False, False)
    """
    depth = dict.fromkeys(_CLOSERS.values(), 0)
    for ch in line:
        if ch in depth:
            depth[ch] += 1
        elif ch in _CLOSERS:
            if depth[_CLOSERS[ch]] == 0:
                return True
            depth[_CLOSERS[ch]] -= 1
    return False


def _template_line(line: str) -> bool:
    """Whether a line may be a template's: short, with a number field and a word field (or marks around one date or
    time: a chat's day separator ``—— 2019-08-11 ——``), ending with no mark of the law's punctuation, no structure
    line, no date and no reference to a provision (a law's own numbered lines), no line of a kind a law's text holds
    (:func:`~corpus_tools.clean.evidence.line_kind`: a contact or address field, a table's row, a signature).

    >>> [_template_line(x) for x in ("李老师 08:24", "—— 2019-08-11 ——", "第三条 施行。", "2019年3月1日 施行", "被引用条文：保险法 第82条", "12")]
    [True, True, False, False, False, False]
    >>> [_template_line(x) for x in ("联系人：张三，电话：010-12345678", "1.5  2.0  3.5  4.0", "第 9-1 条", "第 84-2 條")]
    [False, False, False, False]

    A line that closes a bracket it did not open is the wrapped end of the line before it (law.moj.gov.tw's notes,
    ``(備註：附式一請參閱…彙編 (83年5月版) (二)⏎  第 918  頁)``), never a template's own line:

    >>> _template_line("  第 918  頁)"), _template_line("第 918 页")
    (False, True)
    """
    from corpus_tools.clean.evidence import line_kind

    stripped = line.strip(" \t\u3000\xa0")
    if _closes_unopened(stripped):
        return False
    if not (0 < len(stripped) <= TEMPLATE_MAX_CHARS and stripped[-1] not in _LAW_PUNCTUATION_RAW
            and any(ch.isdigit() for ch in stripped)
            and not _STRUCTURE_RE.match(stripped.lstrip("#> \t\u3000")) and not _LAW_NUMBERS_RE.search(stripped)):
        return False
    kind = line_kind(line)
    if any(ch.isalpha() for ch in stripped):
        return kind is None
    # no word: marks around one date or time (a table's row of figures, ``1.5  2.0  3.5``, holds more numbers)
    return kind in (None, "columns") and sum(not ch.isdigit() and not ch.isspace() for ch in stripped) >= 2 and len(
        _DIGITS_RE.findall(stripped)) <= 3


def template_lines(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, detail)`` of each line of a template the page repeats between the law's lines (a chat export's
    sender and time above each message, a forum's post header, a mail digest's sender line).

    Damage (set 8's chat export, field folders' copied group chats): ``张律师 10:42`` or
    ``2019-08-10 10:42:36 张律师(646740006)`` above every few paragraphs; each line is short, ends with no
    punctuation, holds few Han characters, so that no single line is evidence.

    **Evidence**: the page's lines of one :func:`frame` (fields abstracted) stand at :data:`TEMPLATE_PLACES` places of
    the law's span or more, in as many runs (interleaved with the law's lines, not one table or list); their fields
    vary (not one line repeated) and a field's words recur (a sender writes several messages: a table's or a figure's
    captions, ``图1 工艺流程`` ``图2 取样点``, never repeat their words); no line is a structure line, a date, a
    reference to a provision or a sentence (:func:`_template_line`); and the model reads the lines at
    :data:`TEMPLATE_MIN_COST` or more on average.  Every line of the frame before the annex goes, the leading ones
    above the title included.

    >>> t = "某条例\\n李老师 08:24\\n第一条 甲。\\n张律师 08:30\\n第二条 乙。\\n李老师 08:41\\n第三条 丙。\\n张律师 08:52\\n第四条 丁。\\n"
    >>> [t[a:b] for a, b, _ in template_lines(t)]
    ['李老师 08:24', '张律师 08:30', '李老师 08:41', '张律师 08:52']
    """
    first = _FIRST_ARTICLE_RE.search(text)
    if first is None:
        return []
    lines: dict[str, list[tuple[int, int, int]]] = {}
    every: list[tuple[int, int]] = []  # the non-blank lines of the law's span
    pos, index = 0, 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            if pos > first.start() and _ANNEX_RE.match(line):
                break
            if _template_line(line):
                lines.setdefault(frame(line), []).append((pos, end, index))
            if pos > first.start():
                every.append((pos, end))
            index += 1
            if index > 20 * MAX_LINES:
                break
        pos = end + 1
    out: list[tuple[int, int, str]] = []
    for shape, places in lines.items():
        inside = [p for p in places if p[0] > first.start()]
        runs = sum(1 for k, p in enumerate(inside) if k == 0 or inside[k - 1][2] != p[2] - 1)
        if runs < TEMPLATE_PLACES:
            continue
        bodies = [_BLANKS_RE.sub("", text[a:b]) for a, b, _ in places]
        words = [_DIGITS_RE.sub("0", body) for body in bodies]
        if len(set(bodies)) < 2 or len(set(words)) == len(words):
            continue
        costs = line_costs([reading(text[a:b]) for a, b, _ in places[:MAX_LINES]])
        cost = sum(costs) / len(costs)
        if cost < TEMPLATE_MIN_COST:
            continue
        detail = f"{TEMPLATE_LINE}: frame {shape!r} at {len(places)} places, {runs} runs, cost {cost:.2f} >= {TEMPLATE_MIN_COST:.2f}"
        out += [(a, b, detail) for a, b, _ in places]
    taken = {a for a, _, _ in out}
    out += [(a, b, d) for a, b, d in repeated_blocks(text, every) if a not in taken]
    taken = {a for a, _, _ in out}
    out += [(a, b, d) for a, b, d in recurring_lines(text, every) if a not in taken]
    return sorted(out)


def _block_line(line: str) -> bool:
    """Whether a line may belong to a repeated block: short, no structure line, no date, no reference to a provision
    (lis.ly.gov.tw lists ``被引用条文：保险法第八十二条之一`` under each article, the same pairs of citations recurring)."""
    stripped = line.strip(" \t\u3000\xa0")
    return (0 < len(stripped) <= TEMPLATE_MAX_CHARS and not _STRUCTURE_RE.match(stripped.lstrip("#> \t\u3000"))
            and not _LAW_NUMBERS_RE.search(stripped))


def repeated_blocks(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, detail)`` of the lines of a block the page repeats between the law's lines: an ebook reader's
    excerpt note (``摘录来自⏎上海市住房公积金管理若干规定⏎人民出版社⏎此材料可能受版权保护。``) pasted under each passage
    copied, a site's share box between sections.  ``lines``: the ``(start, end)`` of the non-blank lines of the law's span.

    **Evidence**: two lines in a row (blanks aside, digits abstracted) stand in the same order at
    :data:`TEMPLATE_PLACES` places of the law's span or more, no two places touching; each is short, no structure line,
    no date, no reference to a provision (:func:`_block_line`), and one of the two ends no sentence (a law repeats a
    sentence, ``前项之未遂犯罚之。``, never a fragment and its neighbour, three times between its articles); and the
    law-text model reads the two at :data:`TEMPLATE_MIN_COST` or more (a law's own wrapped lines printed again,
    tests/test_layout14_wraps_and_heads.py, read as law and stay).

    >>> note = "摘录来自\\n某条例\\n人民出版社\\n"
    >>> t = "某条例\\n第一条 甲。\\n" + note + "第二条 乙。\\n" + note + "第三条 丙。\\n" + note + "第四条 丁。\\n"
    >>> spans = [(m.start(), m.end()) for m in _LINE_RE.finditer(t)][1:]
    >>> sorted({t[a:b] for a, b, _ in repeated_blocks(t, spans)})
    ['人民出版社', '摘录来自', '某条例']
    """
    keys = [_DIGITS_RE.sub("0", _BLANKS_RE.sub("", text[a:b])) if _block_line(text[a:b]) else None for a, b in lines]
    pairs: dict[tuple[str, str], list[int]] = {}
    for i in range(len(lines) - 1):
        if keys[i] is not None and keys[i + 1] is not None:
            pairs.setdefault((keys[i], keys[i + 1]), []).append(i)
    chosen: dict[int, int] = {}
    for (first, second), places in pairs.items():
        if len(places) < TEMPLATE_PLACES or any(b - a < 2 for a, b in zip(places, places[1:])):
            continue
        if _ends_sentence(first) and _ends_sentence(second):
            continue
        i = places[0]
        costs = line_costs([reading(text[a:b]) for a, b in lines[i : i + 2]])
        if sum(costs) / len(costs) < TEMPLATE_MIN_COST:
            continue  # lines the law-text model reads as law: a law printed again (a page's running repeats), no note
        for i in places:
            chosen[i] = max(chosen.get(i, 0), len(places))
            chosen[i + 1] = max(chosen.get(i + 1, 0), len(places))
    return [(lines[i][0], lines[i][1], f"{TEMPLATE_LINE}: block of lines repeated at {n} places") for i, n in sorted(chosen.items())]


#: A line holding more than blanks.
_LINE_RE = lazy_regex(r"(?m)^.*\S.*$")


# --- A line recurring at the articles' ends: a site's tool row, a per-article counter, a chapter's back link ---------

RECURRING_LINE = "non-law line (recurring at the articles' ends)"

#: Least mean cost (:func:`line_costs`) of a line recurring at :data:`TEMPLATE_PLACES` articles' ends; each further
#: article's end it stands at lowers it by :data:`RECURRING_STEP`, down to :data:`RECURRING_FLOOR`.
RECURRING_MIN_COST = 6.0
RECURRING_STEP = 0.1
RECURRING_FLOOR = 5.0
#: A line ending so leads into the next one or continues a list (``理由：``, ``（一）…；``): never a row of its own.
_LEAD_IN = frozenset("：，、；:,;")


def _recurring_key(line: str) -> str | None:
    """The template of a line that may be a recurring row (blanks removed, each run of digits ``0``), or None: a line
    of :data:`TEMPLATE_MAX_CHARS` characters at most, with two letters or more (Han or Latin), no structure line, no
    date or reference to a provision (:data:`_LAW_NUMBERS_RE`), no line of a kind a law's text holds
    (:func:`~corpus_tools.clean.evidence.line_kind`: a field, a signature, a title; a row of columns may be a tool
    row, ``收藏本条  打印  关闭``), no lead-in (:data:`_LEAD_IN`) and no sentence: a law
    repeats its own sentences at its articles' ends (the Criminal Law's ``单位犯前款罪的，…依照前款的规定处罚。`` ends 27
    articles; Taiwan's ``前項之未遂犯罰之。`` reads 7.8 under the mainland's model), so a whole sentence is no row.

    >>> _recurring_key("关联法规(4)　司法案例(11)　条文释义"), _recurring_key("复制本条 | 分享 | 纠错")
    ('关联法规(0)司法案例(0)条文释义', '复制本条|分享|纠错')
    >>> [_recurring_key(x) for x in ("理由：", "（一）甲；", "本条第2款删除", "——", "第三条 施行。", "前項之未遂犯罰之。")]
    [None, None, None, None, None, None]
    >>> _recurring_key("联系人：张三，电话：010-12345678") is None
    True
    """
    stripped = line.strip(" \t\u3000\xa0")
    if not (0 < len(stripped) <= TEMPLATE_MAX_CHARS and stripped[-1] not in _LEAD_IN and not _ends_sentence(stripped)
            and sum(ch.isalpha() for ch in stripped) >= 2
            and not _STRUCTURE_RE.match(stripped.lstrip("#> \t\u3000")) and not _LAW_NUMBERS_RE.search(stripped)):
        return None
    from corpus_tools.clean.evidence import line_kind

    if line_kind(line) not in (None, "columns"):
        return None  # a kind of line a law's text holds: a contact or address field, a signature, a date, a title
    return _DIGITS_RE.sub("0", _BLANKS_RE.sub("", stripped))


def recurring_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``(start, end, detail)`` of each copy of a line the page repeats at its articles' ends: a site's tool row
    under each article (``复制本条 | 分享 | 纠错``), a per-article counter (``关联法规(4)　司法案例(11)　条文释义``), a
    chapter's back link before each chapter.  ``lines``: the ``(start, end)`` of the non-blank lines of the law's span.

    Damage (set 9's article tool rows, a law site's furniture printed once per article): each row is short, holds
    Han words and often no digit, so that neither the model alone (``复制本条 | 分享 | 纠错``: 6.8, its threshold 6.9)
    nor a template's fields (:func:`template_lines`) are evidence.

    **Evidence**: the structural place and its recurrence.  The line (digits abstracted, :func:`_recurring_key`)
    stands at the end of :data:`TEMPLATE_PLACES` articles or more: after a line that ends the article's sentence,
    alone or with other such rows, before the next article, chapter or section label or the end of the law's span;
    most of its copies stand there; and the law-text model reads it at :data:`RECURRING_MIN_COST` or more, less
    :data:`RECURRING_STEP` for each further article it ends (the more articles a line follows, the stronger the
    evidence), never under :data:`RECURRING_FLOOR`.  A law's own recurring lines stay: items, dates, references
    to provisions, a lead-in (``理由：``) and a sentence (``前项之未遂犯罚之。``) are never keys; on /work/ref/DLC and
    the field folders 20-26 (their ingested pages) no other line recurs at three articles' ends.

    >>> row = "复制本条 | 分享 | 纠错"
    >>> arts = ["第一条 为了规范管理，制定本条例。", "第二条 本条例适用于本市。", "第三条 市人民政府负责实施。", "第四条 本条例自公布之日起施行。"]
    >>> t = "某条例\\n" + "\\n".join(a + "\\n" + row for a in arts) + "\\n"
    >>> spans = [(m.start(), m.end()) for m in _LINE_RE.finditer(t)][1:]
    >>> [t[a:b] for a, b, _ in recurring_lines(t, spans)]
    ['复制本条 | 分享 | 纠错', '复制本条 | 分享 | 纠错', '复制本条 | 分享 | 纠错', '复制本条 | 分享 | 纠错']
    """
    keys = [_recurring_key(text[a:b]) for a, b in lines]
    at_end: dict[str, int] = {}
    copies: dict[str, list[int]] = {}
    i = 0
    while i < len(lines):
        if keys[i] is None:
            i += 1
            continue
        j = i
        while j < len(lines) and keys[j] is not None:
            j += 1  # a run of rows: lines[i:j]
        before = text[lines[i - 1][0]:lines[i - 1][1]] if i else text[:lines[0][0]].rstrip().rpartition("\n")[2]
        closes = _ends_sentence(before) and (j == len(lines) or bool(_LABEL_RE.match(text[lines[j][0]:lines[j][1]])))
        for k in range(i, j):
            copies.setdefault(keys[k], []).append(k)
            if closes:
                at_end[keys[k]] = at_end.get(keys[k], 0) + 1
        i = j
    out: list[tuple[int, int, str]] = []
    checked = 0
    for key, n in at_end.items():
        places = copies[key]
        if n < TEMPLATE_PLACES or 2 * n < len(places):
            continue
        checked += 1
        if checked > _RECURRING_KEYS_MAX:
            break  # (each check reads a few lines with the model: bounded, the rule stays linear)
        forms = list(dict.fromkeys(text[lines[k][0]:lines[k][1]] for k in places))[:3]
        costs = line_costs([reading(f) for f in forms])
        cost = sum(costs) / len(costs)
        limit = max(RECURRING_FLOOR, RECURRING_MIN_COST - RECURRING_STEP * (n - TEMPLATE_PLACES))
        if cost < limit:
            continue
        detail = f"{RECURRING_LINE}: at the end of {n} articles, {len(places)} copies, cost {cost:.2f} >= {limit:.2f}"
        out += [(lines[k][0], lines[k][1], detail) for k in places]
    return sorted(out)


#: An article's, chapter's, section's or part's label (either script): the line after an article's end.
_LABEL_RE = lazy_regex(r"^[ \t\u3000\xa0#]*第[ \u3000一二三四五六七八九十百千零〇两\d\-‐－之]{1,16}[条條章节節编編]")
#: The most recurring lines of a page judged.
_RECURRING_KEYS_MAX = 16


# --- An item dressed as the next item of a list ---------------------------------------------------------------------

EXTRA_ITEM = "non-law line (item beyond the law's list)"

#: An item's label: ``（一）``/``(1)``, ``一、``, ``1.``/``1、``, ``①``; the group names its series.
_ITEM_LABEL_RE = lazy_regex(
    r"^[ \t\u3000\xa0]*(?:[（(](?P<paren>[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?P<han>[一二三四五六七八九十]{1,3})、"
    r"|(?P<digit>\d{1,2})[、．.](?!\d)|(?P<circled>[\u2460-\u2473]))[ \t\u3000\xa0]*"
)
#: A line that opens a new article, chapter or section: a list ends there.
_DIVISION_RE = lazy_regex(r"^[ \t\u3000\xa0#]*第[ \u3000一二三四五六七八九十百千零〇两\d]{1,12}[条章节编]")


_HAN_DIGITS = {ch: k for k, ch in enumerate("零一二三四五六七八九")}


def _item_number(value: str) -> int | None:
    """The number of an item label's numeral: Arabic digits, or one to three Han numerals up to 九十九 (the
    structure parser's own reader is not loaded while cleaning: tests/test_start_up.py).

    >>> [_item_number(v) for v in ("5", "三", "十", "十二", "二十", "二十三", "十十")]
    [5, 3, 10, 12, 20, 23, None]
    """
    if value.isdigit():
        return int(value)
    if "十" not in value:
        return _HAN_DIGITS.get(value) if len(value) == 1 else None
    tens, _, units = value.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    t = _HAN_DIGITS.get(tens, 0) if tens else 1
    u = _HAN_DIGITS.get(units, 0) if units else 0
    return None if (tens and tens not in _HAN_DIGITS) or (units and units not in _HAN_DIGITS) else t * 10 + u


def _item(line: str) -> tuple[str, int, int] | None:
    """``(series, number, end of the label)`` of an item line, or None.

    >>> _item("（五）天禧真人娱乐。"), _item("二、适用范围"), _item("③ 其他"), _item("1.5米以上")
    (('paren-han', 5, 3), ('han', 2, 2), ('circled', 3, 2), None)
    """
    m = _ITEM_LABEL_RE.match(line)
    if m is None:
        return None
    kind = m.lastgroup
    value = m.group(kind)
    if kind == "circled":
        return kind, ord(value) - 0x245F, m.end()
    number = _item_number(value)
    if number is None:
        return None
    if kind == "paren":
        kind += "-digit" if value.isdigit() else "-han"
    return kind, number, m.end()


def _list_end(line: str) -> str:
    line = line.rstrip(" \t\u3000\xa0")
    while line and line[-1] in _CLOSERS:
        line = line[:-1]
    return line[-1:]


def _closed(text: str, items: list[tuple[int, int, str, int, int]]) -> bool:
    """Whether a law's list was closed by its last item: the items before it end with ``；`` (or ``;``), the last with
    ``。``: the law's own way of ending a list (GB/T 1.1, the drafting rules of laws), after which no item follows."""
    return len(items) >= 2 and _list_end(text[items[-1][0]:items[-1][1]]) == "。" and all(
        _list_end(text[a:b]) in ("；", ";") for a, b, *_ in items[:-1])


def extra_items(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, reading of the item's text)`` of each item a list of the law's span could do without: numbered
    as the next item under the list's last one (a number repeating its neighbour's is no evidence).  The model
    judges the item's text (:func:`non_law_lines`); nothing is removed here.

    Damage (set 8's fake items): an ad dressed as the list's next item, with the law's punctuation
    (``（四）无尚未还清并可能影响贷款偿还能力的债务。⏎（五）天禧真人娱乐真人视讯，日出千万，提款秒到。``): the rule for
    lines without final punctuation never read it, and structure lines were never judged.

    **Evidence** (with the model's): the item's number continues its series at the list's end, after a list the
    law closed (the list reads whole without it); the line is the item's whole text (it ends a sentence or stands
    alone); its text holds :data:`MIN_HAN` Han characters.

    >>> t = "第一条 下列行为禁止：\\n（一）甲；\\n（二）乙。\\n（三）登录博雅彩票网，首存即享百分百返水\\n第二条 施行。"
    >>> [t[a:b] for a, b, _ in extra_items(t)]
    ['（三）登录博雅彩票网，首存即享百分百返水']
    """
    first = _FIRST_ARTICLE_RE.search(text)
    if first is None:
        return []
    items: list[tuple[int, int, str, int, int]] = []  # (start, end, series, number, label end) of one article
    out: list[tuple[int, int, str]] = []

    def close() -> None:
        by_series: dict[str, list[tuple[int, int, str, int, int]]] = {}
        for item in items:
            by_series.setdefault(item[2], []).append(item)
        for series in by_series.values():
            for k, (a, b, _, n, label) in enumerate(series):
                before = series[k - 1][3] if k else None
                after = series[k + 1][3] if k + 1 < len(series) else None
                if not (before == n - 1 and after is None and _closed(text, series[:k])):
                    # (a number repeating its neighbour's is no evidence: a Taiwan statute's reasons restart their
                    # ``一、二、`` under the article's own list, 立法院 pages: real items were taken, merge of session 26)
                    continue
                line = text[a:b]
                if not (_ends_sentence(line) or _stands_alone(text, b)):
                    continue
                row = reading(line[label:])
                if MIN_CHARS <= len(row) <= MAX_CHARS and sum(map(is_han, row)) >= MIN_HAN:
                    out.append((a, b, row))
        items.clear()

    pos = first.start()
    count = 0
    while pos < len(text) and count < MAX_LINES * 20:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            count += 1
            if _ANNEX_RE.match(line):
                break
            if _DIVISION_RE.match(line):
                close()
            else:
                item = _item(line)
                if item is not None:
                    items.append((pos, end, *item))
        pos = end + 1
    close()
    return out[:MAX_LINES]
