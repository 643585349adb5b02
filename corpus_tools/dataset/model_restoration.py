"""Restore the word a spam string replaced when no other page witnesses it.

A spam site replaces one word of a law everywhere on the page with one brand
string; the ``spam_anchor`` rule removes the string and records each *gap*
with up to twelve characters of context on each side.  :func:`decide` takes
all gaps of one spam string on one page and decides one word for all of them:

1. **Candidates**: from each of the gaps with the longest contexts, two beam
   searches of the model of legal Chinese
   (:mod:`corpus_tools.language_model`) propose strings of 1-8 word
   characters: the left-to-right model from the left context, the
   right-to-left one from the right context; the witnesses' words and
   strings of the page's own text that sit after a gap's left context or
   before its right one are added.
2. **Joint score**: a candidate's score is the sum over all gaps of the
   log-probability of the filled-in text, both directions averaged (forward
   ``log P(word + right context | left context)``, backward the same read
   from the right): a longer word pays for every character it adds, and
   earns it back where the contexts fit.  A word the page still shows
   elsewhere loses :data:`PRESENT_PENALTY` nats per gap times the log of its
   count: the spam site replaced the word everywhere, so a word still on the
   page is unlikely to be it (but may still win where the contexts insist).
3. **Calibrated confidence**: the best candidate is restored only when its
   score beats the runner-up's by the margin per gap :data:`MARGINS` gives
   for the number of gaps (one gap alone: never), calibrated on held-out
   laws (``benchmarks/bench_restore_model.py``); otherwise the gaps stay
   unresolved.  Per gap, because a small bias of the model for one word over
   another, summed over a hundred gaps, is no evidence.
4. **Witnesses win**: a word that other pages witness is kept even when the
   model prefers another; a confident disagreement is flagged as a conflict.

The decision's ``evidence`` dict (model score, margin, runner-up, gaps
agreeing, witnesses) goes into the edit's detail.

>>> from corpus_tools.language_model import toy_models
>>> gaps = [("第二条县级以上", "应当加强对本条例实施的领导。"), ("第三条县级以上", "有关部门按照各自职责")]
>>> d = decide(gaps, models=toy_models(), margin=1.0)
>>> d.word, d.evidence["gaps_agreeing"]
('人民政府', 2)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np
import regex

from corpus_tools import language_model

#: Longest word a gap may hide (characters).
MAX_WORD = 8
#: Context characters used on each side (the spam rule records up to 12).
CONTEXT = 12
#: Strings kept per step of the beam search from one gap's context (each direction).
BEAM = 48
#: Gaps whose beams propose candidates (the ones with the longest contexts).
BEAM_GAPS = 6
#: Gaps that propose candidates when a witnessed word is only checked against the model.
WITNESS_CHECK_GAPS = 1
#: Candidates per gap kept after scoring on that gap alone, for the joint score.
SHORTLIST = 40
#: Least score margin of the best word over the runner-up, in nats per gap, by the number of
#: gaps of the string on the page: ``{least gaps: margin}`` (1, 2, 3-4, 5+).  Each is the least
#: margin whose wrong restorations stay within 0.25 % of that bucket's gaps on 1,600 cases of the
#: calibration laws (``benchmarks/bench_restore_model.py``, ``docs/restore-model.md``).
MARGINS = {1: 7.98, 2: 7.25, 3: 3.37, 5: 2.38}
#: Penalty (nats per gap, times ``log(1 + count)``) of a word that the page still shows
#: ``count`` times outside the gaps: a spam site replaces the word everywhere, so a word still
#: on the page is unlikely to be the one replaced, the less so the more often it shows (once:
#: a heading the site did not reach, 3.5 nats per gap; sixty times: 21).  Chosen on the
#: calibration laws (3 flat, 6 and 10 flat, exclusion, 3-8 times the log: 5 times the log
#: restores as many as exclusion and still lets a heading's survivor win where the contexts insist).
PRESENT_PENALTY = 5.0
#: Weight of the backward model's score of a filled-in gap (the forward one has the rest).
BACKWARD_WEIGHT = 0.5
#: Rows scored in one batch.
SCORE_BATCH = 4096

_HAN_RUN = regex.compile(r"\p{Han}{1,%d}" % MAX_WORD)
#: What a hidden word may be made of: Han characters, letters, digits (never punctuation).
_WORD = regex.compile(r"[\p{Han}\p{L}\p{Nd}]{1,%d}" % MAX_WORD)


@dataclass(frozen=True)
class Decision:
    """The word decided for all gaps of one spam string, and why.

    ``word == ""``: the model was not confident enough (or had no candidate);
    the gaps stay unresolved.  ``conflict``: a witness word was kept although
    the model confidently preferred ``evidence["model_word"]``.
    """

    word: str
    margin: float
    evidence: dict = field(default_factory=dict)
    conflict: bool = False

    @property
    def resolved(self) -> bool:
        return bool(self.word)


def _side(gap: Any) -> tuple[str, str]:
    if isinstance(gap, tuple):
        return gap
    return gap.left, gap.right


def contexts(gaps: Sequence[Any]) -> list[tuple[str, str]]:
    """Normalised (left, right) contexts; a side shorter than recorded met a line edge.

    The spam rule records up to twelve characters, fewer only where the line
    (or a neighbouring anchor) ends: the model reads that edge as the line
    boundary.

    >>> contexts([("第二条　县级以上", "应当，加强领导并且统筹协调相关工作")])
    [('\\n第二条县级以上', '应当,加强领导并且统筹协')]
    """
    out = []
    for gap in gaps:
        left, right = _side(gap)
        short_left, short_right = len(left) < CONTEXT, len(right) < CONTEXT
        left = language_model.normalize(left)[-CONTEXT:]
        right = language_model.normalize(right)[:CONTEXT]
        out.append((("\n" if short_left else "") + left, right + ("\n" if short_right else "")))
    return out


def _pack(rows: list[np.ndarray]) -> np.ndarray:
    width = max(len(r) for r in rows)
    out = np.full((len(rows), width), -1, np.int64)
    for i, r in enumerate(rows):
        out[i, :len(r)] = r
    return out


def _beam(model: language_model.LegalLM, context: np.ndarray, width: int = BEAM) -> dict[str, float]:
    """Strings of 1..MAX_WORD word characters the model expects after ``context``, with log-probabilities.

    ``context`` is in the model's reading order (the right context reversed
    for the backward model, whose strings come back reversed).  A beam
    search: at each length the ``width`` most probable strings are extended
    by every word character (a Han character, a letter, a digit), scored by
    the model's full next-character distribution.
    """
    history = model.order - 1
    pad = model.size - 1  # never in an n-gram: a context reaching it is not found
    tail = [int(c) for c in context[-history:]]
    beam: list[tuple[tuple[int, ...], float]] = [((), 0.0)]
    found: dict[str, float] = {}
    excluded = np.where(model.wordlike, 0.0, -np.inf)
    for _ in range(MAX_WORD):
        seqs = [(tail + list(word))[-history:] for word, _ in beam]
        contexts = np.array([[pad] * (history - len(q)) + q for q in seqs], np.int64)
        totals = model.next_logprobs(contexts) + excluded + np.array([score for _, score in beam])[:, None]
        flat = totals.ravel()
        top = np.argpartition(-flat, min(width, flat.size - 1))[:width]
        top = top[np.isfinite(flat[top])]
        top = top[np.lexsort((top, -flat[top]))]  # by score, ties by index: deterministic
        size = totals.shape[1]
        beam = [(beam[i // size][0] + (int(i % size),), float(flat[i])) for i in top]
        for word, score in beam:
            text = "".join(model.chars[c] for c in word)
            found[text] = max(found.get(text, -np.inf), score)
    return found


def _document_candidates(text: str, sides: Sequence[tuple[str, str]]) -> set[str]:
    """Han strings of the page's own text found after a gap's left context or before its right one."""
    found: set[str] = set()
    if not text:
        return found
    for left, right in sides:
        key = left.strip("\n")[-3:]
        if len(key) >= 2:
            start = text.find(key)
            while start >= 0:
                run = _HAN_RUN.match(text, start + len(key))
                if run:
                    found.update(run.group(0)[:k] for k in range(1, len(run.group(0)) + 1))
                start = text.find(key, start + 1)
        key = right.strip("\n")[:3]
        if len(key) >= 2:
            end = text.find(key)
            while end >= 0:
                lo = end
                while lo > 0 and end - lo < MAX_WORD and _HAN_RUN.match(text, lo - 1, lo):
                    lo -= 1
                found.update(text[k:end] for k in range(lo, end))
                end = text.find(key, end + 1)
    return found


def _segments(text: str, sides: Sequence[tuple[str, str]]) -> list[str]:
    """The page's lines, cut where a gap closed (its left and right context met).

    >>> _segments("提升能力。\\n第二条", [("\\n提升", "能力。")])
    ['提升', '能力。', '第二条']
    """
    cuts: set[int] = set()
    for left, right in sides:
        head, tail = left.strip("\n")[-3:], right.strip("\n")[:3]
        if not head or not tail:
            continue
        junction = head + tail
        at = text.find(junction)
        while at >= 0:
            cuts.add(at + len(head))
            at = text.find(junction, at + 1)
    pieces, last = [], 0
    for cut in sorted(cuts):
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return [line for piece in pieces for line in piece.split("\n") if line]


def _direction_rows(model: language_model.LegalLM, sides: Sequence[tuple[str, str]], backward: bool) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per gap, in the model's reading order: the context before the word (as much as the model
    reads), and the context after it (cut where the word's characters no longer reach)."""
    reach = model.order - 1  # the longest history the model reads: no more context changes a score
    if backward:
        return [(model.encode(right[::-1][-reach:]), model.encode(left[::-1][:reach])) for left, right in sides]
    return [(model.encode(left[-reach:]), model.encode(right[:reach])) for left, right in sides]


def _score(model: language_model.LegalLM, words: Sequence[str], sides: Sequence[tuple[str, str]], *, backward: bool = False) -> np.ndarray:
    """``scores[i, g]``: log P(words[i] + after_g | before_g) in the model's reading direction.

    Forward, the log-probability of the word and the right context after the
    left context; backward, of the reversed word and the reversed left
    context after the reversed right context.  Both estimate log P(left +
    word + right) up to a constant per gap.
    """
    encoded = _direction_rows(model, sides, backward)
    rows, starts = [], []
    for word in words:
        code = model.encode(word[::-1] if backward else word)
        for before, after in encoded:
            rows.append(np.concatenate([before, code, after]))
            starts.append(len(before))
    scores = np.zeros(len(rows))
    for lo in range(0, len(rows), SCORE_BATCH):  # bounded memory for pages with many gaps
        scores[lo:lo + SCORE_BATCH] = model.score_ids(_pack(rows[lo:lo + SCORE_BATCH]), np.array(starts[lo:lo + SCORE_BATCH]))
    return scores.reshape(len(words), len(sides))


@dataclass
class Scored:
    """Every candidate of one spam string on one page, scored on every gap.

    ``forward[i, g]`` and ``backward[i, g]`` are the two directions' scores
    of ``words[i]`` in gap ``g`` (``backward`` is None without a backward
    model); ``present[i]`` how often the page still shows ``words[i]``;
    ``proposed[i]`` whether the search proposed it (a word passed as
    ``extra`` for diagnostics may not have been).
    """

    words: list[str]
    forward: np.ndarray
    backward: np.ndarray | None
    present: np.ndarray
    proposed: np.ndarray
    candidates: int

    def gap_scores(self, backward_weight: float = BACKWARD_WEIGHT) -> np.ndarray:
        """Per candidate and gap: the log-probability of the filled-in gap, both directions averaged."""
        if self.backward is None or backward_weight <= 0:
            return self.forward
        return (1.0 - backward_weight) * self.forward + backward_weight * self.backward


def score_candidates(
    gaps: Sequence[Any],
    document_text: str = "",
    witnesses: Mapping[str, float] | None = None,
    *,
    models: language_model.Models | None = None,
    extra: Sequence[str] = (),
    probes: int = BEAM_GAPS,
) -> Scored | None:
    """Propose candidates for the gaps of one spam string and score each on every gap (None: no candidate).

    The ``probes`` gaps with the longest contexts propose candidates (a beam
    search from each side) and shortlist them.
    """
    models = models or language_model.shipped()
    sides = contexts(gaps)
    if not sides:
        return None
    forward, backward = models.forward, models.backward
    by_context = sorted(range(len(sides)), key=lambda g: (-(len(sides[g][0]) + len(sides[g][1])), g))
    probe_ids = by_context[:probes]
    proposed: set[str] = set()
    for g in probe_ids:
        proposed.update(_beam(forward, forward.encode(sides[g][0])))
        if backward is not None:
            proposed.update(word[::-1] for word in _beam(backward, backward.encode(sides[g][1][::-1])))
    text = language_model.normalize(document_text)
    natural = {w for w in proposed | set(witnesses or ()) | _document_candidates(text, sides) if _WORD.fullmatch(w)}
    candidates = sorted(natural | {w for w in extra if w})
    if not candidates:
        return None
    # Shortlist on the probe gaps (both directions), then score the shortlist on every gap.
    probe = [sides[g] for g in probe_ids]
    local = _score(forward, candidates, probe)
    if backward is not None:
        local = local + _score(backward, candidates, probe, backward=True)
    keep: set[int] = set()
    for g in range(local.shape[1]):
        keep.update(np.argsort(-local[:, g], kind="stable")[:SHORTLIST].tolist())
    keep.update(candidates.index(w) for w in (*(witnesses or ()), *extra) if w in candidates)
    shortlist = [candidates[i] for i in sorted(keep)]
    segments = _segments(text, sides) if text else []
    return Scored(
        words=shortlist,
        forward=_score(forward, shortlist, sides),
        backward=_score(backward, shortlist, sides, backward=True) if backward is not None else None,
        present=np.array([sum(segment.count(w) for segment in segments) for w in shortlist]),
        proposed=np.array([w in natural for w in shortlist]),
        candidates=len(natural),
    )


def threshold(gaps: int) -> float:
    """The calibrated least margin per gap for a spam string with ``gaps`` gaps on the page.

    >>> threshold(1) > threshold(2) > threshold(3) == threshold(4) > threshold(5) == threshold(100)
    True
    """
    return MARGINS[max(k for k in MARGINS if k <= max(gaps, 1))]


def choose(
    scored: Scored | None,
    witnesses: Mapping[str, float] | None = None,
    *,
    margin: float | None = None,
    present_penalty: float = PRESENT_PENALTY,
    backward_weight: float = BACKWARD_WEIGHT,
    extra: Sequence[str] = (),
) -> Decision:
    """The word for all gaps, from the scored candidates: the best joint score, if its lead is enough."""
    if scored is None:
        return Decision("", 0.0, {"reason": "no candidate"})
    witnesses = dict(witnesses or {})
    per_gap = scored.gap_scores(backward_weight)
    gaps = per_gap.shape[1]
    if margin is None:
        margin = threshold(gaps)
    penalised = per_gap - present_penalty * np.log1p(scored.present)[:, None]
    total = penalised.sum(axis=1)
    ranked = [i for i in np.argsort(-total, kind="stable") if scored.proposed[i]]
    if not ranked:
        return Decision("", 0.0, {"reason": "no candidate"})
    best, second = int(ranked[0]), (int(ranked[1]) if len(ranked) > 1 else None)
    gap_best = np.where(scored.proposed[:, None], penalised, -np.inf).argmax(axis=0)
    lead = float(total[best] - total[second]) / gaps if second is not None else float("inf")
    words = scored.words
    evidence: dict[str, Any] = {
        "method": "language_model",
        "model_word": words[best],
        "model_score": round(float(total[best]), 2),
        "margin": round(lead, 2),
        "present_on_page": int(scored.present[best]),
        "runner_up": words[second] if second is not None else None,
        "gaps": gaps,
        "gaps_agreeing": int(np.count_nonzero(gap_best == best)),
        "candidates": scored.candidates,
    }
    if extra:  # diagnostics: where the extra words rank, the leading candidates and their counts on the page
        evidence["top"] = [(words[i], round(float(total[i]), 2), int(scored.present[i]), int(np.count_nonzero(gap_best == i))) for i in ranked[:30]]
        evidence["extra"] = {
            w: {"score": round(float(total[i]), 2), "rank": int(np.count_nonzero(scored.proposed & (total > total[i]))), "proposed": bool(scored.proposed[i])}
            for w in extra for i in [words.index(w)]
        }
    if witnesses:
        word = max(witnesses, key=lambda w: (witnesses[w], w))
        evidence["witnesses"] = {w: round(c, 3) for w, c in sorted(witnesses.items(), key=lambda kv: -kv[1])[:3]}
        conflict = lead >= margin and words[best] != word
        return Decision(word, lead, evidence, conflict=conflict)
    if lead < margin:
        return Decision("", lead, evidence)
    return Decision(words[best], lead, evidence)


def decide(
    gaps: Sequence[Any],
    document_text: str = "",
    witnesses: Mapping[str, float] | None = None,
    *,
    models: language_model.Models | None = None,
    margin: float | None = None,
    present_penalty: float = PRESENT_PENALTY,
    extra: Sequence[str] = (),
) -> Decision:
    """Decide one word for all gaps of one spam string on one page.

    ``gaps`` are ``(left, right)`` pairs or objects with ``left``/``right``
    (the spam rule's recorded contexts); ``document_text`` the page's cleaned
    text (its strings that fit a gap's contexts are candidates);
    ``witnesses`` maps words that other pages witness to their confidence.
    ``models`` default to the shipped ones (loaded on first use).
    ``margin`` (nats per gap) overrides the calibrated thresholds
    (:func:`threshold`).  ``extra`` words are scored too and their rank
    reported (diagnostics).

    >>> from corpus_tools.language_model import toy_models
    >>> decide([("第四条本条例自公布之日起", "。")], models=toy_models(), margin=1.0).word
    '施行'
    >>> decide([("第四条本条例自公布之日起", "。")], models=toy_models(), margin=1e9).word
    ''
    """
    probes = WITNESS_CHECK_GAPS if witnesses else BEAM_GAPS  # a witnessed word is only checked: a lighter search
    scored = score_candidates(gaps, document_text, witnesses, models=models, extra=extra, probes=probes)
    return choose(scored, witnesses, margin=margin, present_penalty=present_penalty, extra=extra)


__all__ = ["Decision", "Scored", "choose", "contexts", "decide", "score_candidates", "threshold"]
