"""Brand strings of no list, found by their shape and delimited by the law-text model.

Damage (session 18's measure of issue 15): an injector glues a brand of its own vocabulary into a
law's sentence, a Han name, maybe a trade word and a separator, and a Latin name, a code, a version
or a domain ending (``并有权对瀚岳泓扎金花•n8726违反本条例的行为``, ``法律、法琪皓扎金花::qihao901规和决议``,
``县级以上人民政府烨澄逸r4090.ink应当``).  The rules that read brands by their words (lists of brands,
games, site words) keep such strings whole when the words are new: the seen shapes with a random
vocabulary came out exact on 0-15 % of the damaged articles.

**Evidence** (the shape, then the model; no word list):

* the shape: a Latin run holding a lower-case letter (a law's acronyms, standards and units are
  upper case or a number's unit: ``APP``, ``GB/T``, ``10kV``), glued to a Han character on its left
  (maybe through one or two separators) inside a sentence of Han text; not a link or an e-mail
  address (their rules judge them), not an official host, not a party's handle or a site's address
  a sentence introduces (:func:`~corpus_tools.clean.cited_spans.introduced`), not a gloss in brackets;
* the model: the law-text model (:mod:`corpus_tools.language_model`, read in both directions)
  scores the sentence around the run with every candidate span removed, the run with up to
  :data:`_MAX_HAN_BEFORE` Han characters before it and :data:`_MAX_HAN_AFTER` after it; each removed
  character is charged the mean cost of a law's character (:data:`CHAR_COST`), so that a span grows
  over a character only when the sentence reads better without it.  The best span is taken when the
  sentence reads better by more than :data:`MIN_GAIN` nats than with the run kept.

The model loads on the first page holding a run of this shape, never on another.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

from corpus_tools.clean.brands import FILE_EXTENSIONS, alternation, is_official_host
from corpus_tools.clean.cited_spans import in_licence_plate, introduced
from corpus_tools.lazy_patterns import lazy_re, lazy_regex
from corpus_tools.text import is_han

MODEL_DELIMITED_BRAND = "brand delimited by the law-text model"

#: What a removed character is charged (natural log, the two directions' mean): the 90th percentile of the cost of
#: a character of clean law text under the shipped model (4.58 on 298,786 characters of the held-out calibration laws
#: of /work/ref/DLC; mean 2.27).  A span grows over a character only when keeping it costs more than nine in ten
#: characters of a law: a law's word beside the brand reads cheaply from its own side and stays.
CHAR_COST = 4.6
#: Least gain (natural log, the two directions' mean, removed characters charged) of the best removal over keeping
#: the run: the span must cost more than the sentence's own words would.
MIN_GAIN = 15.0
#: Least junction evidence (natural log, the smaller of the two directions): how much likelier the law's next two
#: characters read right after the span's left side than after the span (and, read backwards, the two before it
#: right before the span's right side).  An inserted string breaks the sentence; a product's model or a site's
#: name a text writes is a word of it.  The highest of the 342 runs of this shape on the clean and real pages
#: (/work/ref/DLC, /work/shared, the seeds, tests/real_pages, every /work/field1* folder): 6.7 (``…分钟前PoweredByZ-Blog``
#: in a LawBench answer), 6.6 (``被害人赵某1存放在该车内的vivox5手机``); 8 leaves a margin.
MIN_JUNCTION = 8.0
#: Least junction evidence of each place when one name stands at several places of a page, each time between
#: other neighbours (an inserted brand is put anywhere; a text's own term keeps its collocations): on the clean
#: and real pages, no name of this shape stands twice with junction evidence of 4 or more at different places
#: (the highest: an anonymised party ``顾x13`` of a judgment, below 4).
MIN_REPEATED_JUNCTION = 5.0
#: Least junction evidence of a run whose name the build learned for the page's site (:func:`learnable_names`: a
#: string removed as spam on another page of the site held it): the name's evidence is on the other page, the model
#: still delimits it and still has to read the sentence better without it (:data:`MIN_GAIN`).  A site's spam glues
#: the same name in anywhere, and some places break the sentence less (``本市福旺※meihaiming住房``: 2.8, ``最高限
#: 雅萌蕾jiaguo771额``: 5.2, on the seventh session's blind site pages).  On the clean and real pages, no run that
#: the model rule reads and that the widened separators add reaches 3 (654 runs, highest 2.3), and 28 of the 342 it
#: read before do (``vivox5``: 6.6): a learned name must first have been removed as spam on the same site.
LEARNED_JUNCTION = 3.0
#: Least gain of the best removal around a learned name: the sentence reads better without it, each removed
#: character charged (:data:`CHAR_COST`); the name's evidence is the other page, the model only delimits it
#: (``具体补偿标准和补偿办法zeanyuan457按照``: 14.2, below :data:`MIN_GAIN`).
LEARNED_GAIN = 0.0
#: Least length of a learned Latin name, and least letters in it (``kaimei88``, ``lilei``: not ``v2``, ``abc``).
MIN_LEARNED_NAME = 5
#: Runs the model reads on one page at most (a page of thousands is a spam farm the other rules judge; the model's
#: reading costs about 10 ms a run): the rule's cost stays linear in the page, with a small constant.
MAX_READS = 200
_MAX_HAN_BEFORE = 8
_MAX_HAN_AFTER = 6
#: Characters of context scored on each side of the widest candidate.
_CONTEXT = 6
#: Characters of the law read across the junction (a line's end counts as one: the model writes it).
_JUNCTION = 2
#: Grammatical particles: a span holding one is a phrase of the sentence, not a name glued into it.
_PARTICLES = frozenset("的之在和与或及是了其把被将对由从向于为以")

#: A Latin run with a lower-case letter, maybe digits, dots, a hyphen or an underscore inside.
_RUN_RE = lazy_regex(r"(?<![A-Za-z0-9@./_\\\-])[A-Za-z0-9][A-Za-z0-9._\-]*(?<![._\-])(?![A-Za-z0-9@/:])")
_GATE_RE = lazy_re(r"[a-z]")
#: A masked party of a judgment (``被告人房x1``, ``顾x13``, ``姚xxxx1``: LawBench and CAIL write a name's hidden part so).
_MASK_RE = lazy_regex(r"[xX]+\d*")
#: A file's name (``附件1.docx``): an attachment a page links, not a brand.
_FILE_NAME_RE = lazy_regex(r".*\.(?i:" + alternation(FILE_EXTENSIONS) + r")")
#: Characters that never glue a Latin run to the Han text before it: a sentence's own punctuation (a list
#: ``微信、qq``, a clause ``，iphone``), brackets and quotes (a gloss ``（app）``, a citation ``“wifi”``: the
#: decoration rules judge them), a line's edges.
_NOT_GLUE = frozenset("，。、；！？,;!?“”‘’\"'\n\r\t\u3000")
#: A number with its unit (``10kV``, ``2.5mg``, ``5m``), a unit alone (``kg``, ``mL``): a law's measure.
_UNIT_RE = lazy_regex(r"\d+(?:\.\d+)?[A-Za-z]{1,3}|[A-Za-z]{1,3}(?:\d)?|pH|[a-z]{1,3}/[a-z]{1,3}")


def _is_glue(c: str) -> bool:
    """Whether ``c`` may stand between a brand's Han name and its Latin name: any one symbol or mark that is no
    letter, digit or Han character, no bracket or quote and no sentence punctuation (an injector's separators
    are any symbol: ``•`` ``»`` ``::`` ``※`` ``¤`` ``‖``; a list of them lagged behind every new site).

    >>> [_is_glue(c) for c in "•»※¤‖_-: "], [_is_glue(c) for c in "，、（“a5中\\n"]
    ([True, True, True, True, True, True, True, True, True], [False, False, False, False, False, False, False, False])
    """
    if c == " ":
        return True
    if c in _NOT_GLUE:
        return False
    category = unicodedata.category(c)
    return category[0] in "PS" and category not in ("Ps", "Pe")


def _candidate_runs(text: str) -> list[tuple[int, int, int, int, int, int]]:
    """``(han_start, glue_start, run_start, run_end, line_start, line_end)`` of each Latin run of a brand's shape
    glued into a Han sentence: ``han_start`` is where the Han characters before it begin, ``glue_start`` where
    its separators begin.  One pass: each line is measured once, whatever number of runs it holds."""
    out = []
    line = (-1, -1, False)  # (start, end, whether it is a Han sentence) of the line of the last run
    for m in _RUN_RE.finditer(text):
        a, b = m.span()
        run = m.group()
        if not _GATE_RE.search(run) or _UNIT_RE.fullmatch(run) or _FILE_NAME_RE.fullmatch(run) or _MASK_RE.fullmatch(run):
            continue
        letters = sum(c.isalpha() for c in run)
        if letters < 2 and not any(c.isdigit() for c in run):
            continue
        k = a
        while k > 0 and a - k < 2 and _is_glue(text[k - 1]):
            k -= 1
        if k == 0 or not is_han(text[k - 1]):
            continue
        if "." in run and is_official_host(run):
            continue
        if introduced(text, a) or in_licence_plate(text, a, b):
            continue
        if not line[0] <= a < line[1]:
            line_start = text.rfind("\n", 0, a) + 1
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            han = latin = 0
            for c in text[line_start:line_end]:
                if is_han(c):
                    han += 1
                elif c.isascii() and c.isalpha():
                    latin += 1
            line = (line_start, line_end, han >= 12 and latin <= han)  # (not a heading, a bilingual or an English line)
        if not line[2]:
            continue
        h = k
        while h > line[0] and k - h < _MAX_HAN_BEFORE and is_han(text[h - 1]):
            h -= 1
        out.append((h, k, a, b, line[0], line[1]))
    return out


@lru_cache(maxsize=1)
def _models():
    from corpus_tools.language_model import shipped

    return shipped()


def _scores(lm, rows: list[str]) -> "list[float]":
    import numpy as np

    encoded = [lm.encode(r) for r in rows]
    ids = np.full((len(rows), max(len(e) for e in encoded)), -1, np.int64)
    for i, e in enumerate(encoded):
        ids[i, : len(e)] = e
    return lm.score_ids(ids, 0).tolist()


def _best_removal(text: str, h: int, k: int, a: int, b: int, line_start: int, line_end: int) -> tuple[float, int, int]:
    """The span around the run ``text[a:b]`` (from ``h..k`` on the left to ``b..b+6`` on the right) whose
    removal reads best, and its gain over keeping everything."""
    from corpus_tools.language_model import normalize

    e_max = b
    while e_max < line_end and e_max - b < _MAX_HAN_AFTER and is_han(text[e_max]):
        e_max += 1
    lo, hi = max(line_start, h - _CONTEXT), min(line_end, e_max + _CONTEXT)
    starts = list(range(h, k + 1)) + ([a] if a != k else [])
    spans = [(s, e) for s in starts for e in range(b, e_max + 1)]
    rows = [text[lo:hi]] + [text[lo:s] + text[e:hi] for s, e in spans]
    rows = [normalize(r) for r in rows]
    models = _models()
    fwd = _scores(models.forward, rows)
    bwd = _scores(models.backward, [r[::-1] for r in rows])
    base = (fwd[0] + bwd[0]) / 2
    best = (float("-inf"), a, b)
    for (s, e), f, w in zip(spans, fwd[1:], bwd[1:]):
        gain = (f + w) / 2 - base - CHAR_COST * (e - s)
        if gain > best[0]:
            best = (gain, s, e)
    return best


def _junction(text: str, s: int, e: int, line_start: int, line_end: int) -> float:
    """How much the span ``text[s:e]`` breaks its sentence: the smaller of log P(next characters | left side) less
    log P(next characters | left side and span), and the same read right to left (a line's edge is the model's
    boundary symbol)."""
    from corpus_tools.language_model import normalize

    left = ("\n" if s - line_start < _CONTEXT else "") + normalize(text[max(line_start, s - _CONTEXT):s])
    right = normalize(text[e:min(line_end, e + _CONTEXT)]) + ("\n" if line_end - e < _CONTEXT else "")
    span = normalize(text[s:e])
    models = _models()
    ahead = right[:_JUNCTION]
    forward = models.forward.logprob(left, ahead) - models.forward.logprob(left + span, ahead)
    behind = left[-_JUNCTION:][::-1]
    backward = models.backward.logprob(right[::-1], behind) - models.backward.logprob((span + right)[::-1], behind)
    return min(forward, backward)


def learnable_names(spam: str) -> frozenset[str]:
    """The Latin names of a string removed as spam that the rule reads as brands (lower case): runs of the rule's
    shape, at least :data:`MIN_LEARNED_NAME` characters with three letters, no unit, file, masked party, common word
    or official host; a domain gives its name (``kaimei88.loan``: ``kaimei88``).  What a build learns for the
    site of the page (:mod:`corpus_tools.dataset.learned_brands`), to read on its other pages with
    :data:`LEARNED_JUNCTION`.

    >>> sorted(learnable_names("福旺※meihaiming")), sorted(learnable_names("宏泰快贷 hongtai88.loan"))
    (['meihaiming'], ['hongtai88'])
    >>> learnable_names("下载app"), learnable_names("10kV线路"), learnable_names("www.gov.cn"), learnable_names("顾x13")
    (frozenset(), frozenset(), frozenset(), frozenset())
    """
    from corpus_tools.clean.brands import COMMON_LATIN

    out = set()
    for m in _RUN_RE.finditer(spam):
        run = m.group().lower()
        if _UNIT_RE.fullmatch(run) or _FILE_NAME_RE.fullmatch(run) or _MASK_RE.fullmatch(run):
            continue
        if "." in run and is_official_host(run):
            continue
        name = run.split(".")[0]  # (a domain gives its name: a dotted name would hide it from the build's finder)
        if name:
            letters = sum(c.isalpha() for c in name)
            if len(name) >= MIN_LEARNED_NAME and letters >= 3 and name not in COMMON_LATIN and name not in ("www", "https", "http"):
                out.add(name)
    return frozenset(out)


def model_delimited_brands(
    text: str, busy: Callable[[int, int], bool] = lambda s, e: False, learned: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of brand strings glued into a law's sentences, delimited by the law-text model (``busy(s, e)``:
    a span another rule took already, left alone; ``learned``: Latin names the build learned for the page's site,
    read with :data:`LEARNED_GAIN` and :data:`LEARNED_JUNCTION`).

    >>> t = "第九条 建设单位应当按照有关安全技昊霆游艺厅»daji术规范和标准采购、配置电梯设备。"
    >>> [t[s:e] for s, e in model_delimited_brands(t)]
    ['昊霆游艺厅»daji']
    >>> model_delimited_brands("第五条 鼓励企业开发APP，推进5G网络和PM2.5监测，建设10kV线路和www.beijing.gov.cn网站。")
    []
    >>> model_delimited_brands("被告人盗走被害人赵某存放在该车内的vivox5手机1部及人民币4500元。")  # (a judgment's exhibit)
    []
    """
    out: list[tuple[int, int]] = []

    def known(name: str) -> bool:  # (a learned domain's name, ``hongtai88`` of ``hongtai88.vip``, is learned too)
        return bool(learned) and (name in learned or name.split(".")[0] in learned)

    read = 0
    found: list[tuple[int, int, float, str]] = []  # (start, end, junction evidence, the run's name)
    for h, k, a, b, line_start, line_end in _candidate_runs(text):
        if busy(a, b) or (found and a < found[-1][1]):
            continue
        read += 1
        if read > MAX_READS:
            break
        gain, s, e = _best_removal(text, h, k, a, b, line_start, line_end)
        name = text[a:b].lower()
        if gain < (LEARNED_GAIN if known(name) else MIN_GAIN) or _PARTICLES.intersection(text[s:a]) or _PARTICLES.intersection(text[b:e]):
            continue
        found.append((s, e, _junction(text, s, e, line_start, line_end), name))

    repeated: dict[str, list[tuple[int, int]]] = {}
    for s, e, junction, name in found:
        if MIN_REPEATED_JUNCTION <= junction < MIN_JUNCTION and not known(name):
            repeated.setdefault(name, []).append((s, e))
    out = [(s, e) for s, e, junction, name in found if junction >= (LEARNED_JUNCTION if known(name) else MIN_JUNCTION)]
    for name, places in repeated.items():
        strong = [(s, e) for s, e, junction, n in found if n == name and junction >= MIN_JUNCTION]
        places = places + strong
        lefts, rights = {text[s - 1 : s] for s, _ in places}, {text[e : e + 1] for _, e in places}
        if len(places) >= 2 and len(lefts) == len(rights) == len(places):
            out.extend(p for p in places if p not in strong)
    return sorted(out)


__all__ = [
    "CHAR_COST", "LEARNED_GAIN", "LEARNED_JUNCTION", "MIN_GAIN", "MIN_JUNCTION", "MIN_REPEATED_JUNCTION", "MODEL_DELIMITED_BRAND", "learnable_names",
    "model_delimited_brands",
]
