"""The cleaners' slow paths as they were before the noisy-text speed work.

Each function here is the original code of a path that a faster one replaced
in :mod:`corpus_tools.clean`; tests/test_clean_noisy_speed_equivalence.py
checks that the rule with the fast path returns exactly what these return
(text, edits, warnings) on generated noisy text.  Not imported by the package.
"""

from __future__ import annotations

from corpus_tools.clean import script
from corpus_tools.clean.script import (
    _BACK_TO_TRADITIONAL,
    _MIXED,
    _MIXED_MIN_TRADITIONAL,
    _NEUTRAL,  # noqa: F401  (documents the classes used below)
    _PAGE_DOMINANCE,
    _DOMINANCE,
    _PARAGRAPH_RE,
    _SENTENCE_RE,
    _SIMPLIFIED,
    _TRADITIONAL,
    HONG_KONG_FORMS,
    SIMPLIFIED_ONLY,
    TAIWAN_WORDS,
    TRADITIONAL_ONLY,
    _any_traditional_only,
    _classify,
    _convert,
    _diff_runs,
    _fill_neutral,
    _isolated_edits,
    _slip_table,
    _to_simplified,
    _units,
)
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.variant_forms import standardise
from corpus_tools.clean.rules import TRADITIONAL_TO_SIMPLIFIED
from corpus_tools.records import Edit

# --------------------------------------------------------------------------- script


def score(text: str, keep_variants: bool = False) -> tuple[int, int]:
    # (session 27, F26-A4: on a page no converter went over, a Traditional-only character that GB 2312 encodes,
    # script.SIMPLIFIED_CHARSET_VARIANTS, is no evidence of either script; a semantic change, followed here)
    traditional = script._TRADITIONAL_EVIDENCE if keep_variants else TRADITIONAL_ONLY
    return sum(map(traditional.__contains__, text)), sum(map(SIMPLIFIED_ONLY.__contains__, text))


def keeps_variants(text: str) -> bool:
    variants = sum(map(script.SIMPLIFIED_CHARSET_VARIANTS.__contains__, text))
    return variants > 0 and sum(map(TRADITIONAL_ONLY.__contains__, text)) - variants < script._CONVERTED_PAGE_MIN


def plan(text: str) -> list[tuple[int, int, str]]:
    # (session 9: lines in Japanese or Korean, or unreadable, are no evidence and not converted;
    # a semantic change, not a speed path, so the reference follows it)
    foreign = set(script.foreign_lines(text)) | set(mojibake.lost_lines(text))
    keep = keeps_variants(text)

    def score(piece: str) -> tuple[int, int]:
        return globals()["score"](piece, keep)

    t, s = score(text)
    for a, b in foreign:
        ft, fs = score(text[a:b])
        t, s = t - ft, s - fs
    dominance = 1 if t >= _PAGE_DOMINANCE * s else _DOMINANCE
    paragraphs = _units(text, _PARAGRAPH_RE)
    # (session 18: a mixed line a wrap cut out of a Traditional paragraph is read with its paragraph; a semantic
    # change, not a speed path, so the reference follows it through the same helper, with the slow count)
    classes = _fill_neutral(script._wrapped_paragraph_classes(
        text, paragraphs,
        [script._FOREIGN if (a, b) in foreign else _classify(*score(text[a:b]), dominance) for a, b in paragraphs],
        lambda a, b: score(text[a:b]), dominance,
    ))
    out: list[tuple[int, int, str]] = []
    for (a, b), cls in zip(paragraphs, classes):
        if cls == script._FOREIGN:
            out.append((a, b, cls))
            continue
        if cls != _MIXED and not (cls == _SIMPLIFIED and _any_traditional_only(text[a:b])):
            out.append((a, b, cls))
            continue
        sentences = [(a + x, a + y) for x, y in _units(text[a:b], _SENTENCE_RE)]
        sub = _fill_neutral([_classify(*score(text[x:y]), dominance) for x, y in sentences])
        out.extend((x, y, c) for (x, y), c in zip(sentences, sub))
    return out


def detect_script(text: str) -> str:
    if not _any_traditional_only(text):
        return "simplified"
    traditional = evidence = 0
    for a, b, cls in plan(text):
        if cls == script._FOREIGN:
            continue
        t, s = score(text[a:b], keeps_variants(text))
        evidence += t + s
        if cls == _TRADITIONAL:
            traditional += t + s
    if traditional == 0:
        return "simplified"
    return "traditional" if traditional >= script._TRADITIONAL_SHARE * evidence else "mixed"


def choose_variant(text: str) -> str:
    hk = sum(text.count(c) for c in HONG_KONG_FORMS)
    tw = sum(text.count(w) for w in TAIWAN_WORDS)
    if "著" in text and "着" not in text:
        text = script._keep_zhu(text)[0]  # a zhù 著 (土著, 著有) is no Taiwan particle
        tw += sum(1 for a, b in zip(_convert("t2s", text), _convert("tw2s", text)) if a != b)
    if hk > tw:
        return "hk2s"
    if script._taiwan_phrased_mainland(text):
        return "tw2sp"
    return "tw2s" if tw else "t2s"


def diff_runs_equal_length(before: str, after: str):
    start = None
    for i, (x, y) in enumerate(zip(before, after)):
        if x != y:
            if start is None:
                start = i
        elif start is not None:
            yield start, i, after[start:i]
            start = None
    if start is not None:
        yield start, len(before), after[start:]


def span_edits(text: str, start: int, end: int, config: str, detail: str) -> list[Edit]:
    before = text[start:end]
    # (session 17: variant forms OpenCC keeps are written as their standard characters first)
    source = standardise(before)
    if not SIMPLIFIED_ONLY.isdisjoint(before):
        source = source.translate(_slip_table(_BACK_TO_TRADITIONAL[config]))
    after = _to_simplified(config, source)
    # (session 20: the 噁 of 二噁英 is kept where OpenCC writes 𫫇, followed here)
    after = script._keep_dioxin(before, after)
    return [Edit(TRADITIONAL_TO_SIMPLIFIED, start + i, start + j, before[i:j], repl, detail) for i, j, repl in _diff_runs(before, after)]


def across_breaks(text: str, whole: list[tuple[int, int]], config: str) -> dict[tuple[int, int], str] | None:
    """(session 17) Each whole-converted unit's source as OpenCC reads it when a break between two
    Han characters (clean/word_breaks.py) is left out: character by character, a position at a time."""
    from corpus_tools.clean.word_breaks import WORD_BREAK_RE

    inside = {p: k for k, (a, b) in enumerate(whole) for p in range(a, b)}
    removed: set[int] = set()
    for m in WORD_BREAK_RE.finditer(text):
        s, e = m.span()
        if s - 1 in inside and e in inside and all(p in inside or text[p] == "\n" for p in range(s, e)):
            removed.update(range(s, e))
    if not removed:
        return None
    sources = {(a, b): standardise(text[a:b]) if not score(text[a:b])[1]
               else standardise(text[a:b]).translate(_slip_table(_BACK_TO_TRADITIONAL[config]))
               for a, b in whole}
    stream, origin = [], []
    for k, (a, b) in enumerate(whole):
        if k and not (whole[k - 1][1] < a and all(p in removed for p in range(whole[k - 1][1], a))):
            stream.append("\n")
            origin.append(None)
        for p in range(a, b):
            if p not in removed:
                stream.append(sources[(a, b)][p - a])
                origin.append(p)
    converted = _to_simplified(config, "".join(stream))
    if len(converted) != len(stream):
        return None
    chars = {p: c for p, c in zip(origin, converted) if p is not None}
    return {(a, b): "".join(chars.get(p, sources[(a, b)][p - a]) for p in range(a, b)) for a, b in whole}


def convert_traditional(text: str) -> tuple[str, list[Edit], list]:
    if not _any_traditional_only(text):
        return text, [], []
    units = plan(text)
    keep = keeps_variants(text)

    def score(piece: str) -> tuple[int, int]:
        return globals()["score"](piece, keep)

    traditional = "".join(text[a:b] for a, b, cls in units if cls == _TRADITIONAL)
    config = choose_variant(traditional) if traditional else "t2s"
    whole = [(a, b) for a, b, cls in units
             if cls == _TRADITIONAL or (cls == _MIXED and score(text[a:b])[0] >= _MIXED_MIN_TRADITIONAL)]
    joined = across_breaks(text, whole, config)
    edits: list[Edit] = []
    for a, b, cls in units:
        if joined is not None and (a, b) in joined:
            before = text[a:b]
            detail = config if cls == _TRADITIONAL else f"{config}; mixed"
            after = script._keep_dioxin(before, joined[(a, b)])  # (session 20, as in span_edits)
            edits.extend(Edit(TRADITIONAL_TO_SIMPLIFIED, a + i, a + j, before[i:j], repl, detail)
                         for i, j, repl in _diff_runs(before, after))
        elif cls == _TRADITIONAL or (cls == _MIXED and score(text[a:b])[0] >= _MIXED_MIN_TRADITIONAL):
            edits.extend(span_edits(text, a, b, config, config if cls == _TRADITIONAL else f"{config}; mixed"))
        elif cls != script._FOREIGN and not TRADITIONAL_ONLY.isdisjoint(text[a:b]):
            edits.extend(_isolated_edits(text, a, b, config, keep_variants=keep))
    # (session 9: edits touching a document number say so; a semantic change, followed here)
    edits = script._mark_document_numbers(text, edits)
    return apply_edits(text, edits), edits, []


# --------------------------------------------------------------------------- mojibake

from corpus_tools.clean import mojibake  # noqa: E402
from corpus_tools.clean.mojibake import (  # noqa: E402
    _CHINESE_TEXT,
    _LEAD_BYTES,
    _LINE_END_MARKS,
    _MISALIGN_CODECS,
    _QMARKS,
    _TRAIL_BYTES,
    BIGRAM_BONUS,
    TRAIL_LOSS_PENALTY,
    _best_chars,
    _Choice,
    _cost,
    _encode_window,
    _is_common,
    _pair_table,
    _unpaired_bytes,
)


def misalignment_choices(text: str, end: int, window_start: int) -> list[_Choice]:
    """mojibake._misalignment_choices before the options were cached."""
    choices: list[_Choice] = []
    marker = text[end]
    after = text[end + 1 : end + 2]
    for codec in _MISALIGN_CODECS:
        table = _pair_table(codec)
        lasts_bytes = [ord(marker)] if marker not in _QMARKS else _unpaired_bytes(codec, after)
        for s in range(end - 1, window_start - 1, -1):
            raw = _encode_window(text[s:end], codec)
            if raw is None:
                break
            middle = []
            for k in range(1, len(raw) - 1, 2):
                ch = table.get(raw[k : k + 2])
                if ch is None:
                    break
                middle.append(ch)
            else:
                mid = "".join(middle)
                if not _CHINESE_TEXT.fullmatch(mid) or sum(not _is_common(c) for c in mid) > len(mid) // 10:
                    continue
                left = text[s - 1 : s] if s > 0 else ""
                first_opts = [(table[bytes((lead, raw[0]))], 0.0) for lead in _LEAD_BYTES[codec] if bytes((lead, raw[0])) in table]
                first_opts += [
                    (table[bytes((raw[0], trail))], TRAIL_LOSS_PENALTY)
                    for trail in _TRAIL_BYTES[codec]
                    if bytes((raw[0], trail)) in table
                ]
                last_opts = [(table[bytes((raw[-1], t))], 0.0) for t in lasts_bytes if bytes((raw[-1], t)) in table]
                firsts = _best_chars(first_opts, left, mid[:1] or "")
                lasts = _best_chars(last_opts, mid[-1:] or "", after)
                head = text[window_start:s]
                for _, first, penalty in firsts:
                    for _, last in ((c, ch) for c, ch, _ in lasts):
                        out = head + first + mid + last
                        lost = first.encode(codec)[1 if penalty else 0]
                        info = {"codec": codec, "lost_byte": f"{lost:02X}", "lost": "trail" if penalty else "lead"}
                        line_end = 2 * BIGRAM_BONUS if after in ("", "\n") and last in _LINE_END_MARKS else 0.0
                        choices.append(_Choice(out, _cost(out + after) + penalty - line_end, info))
                continue
            continue
    return choices


def fix_gbk_misalignment(text: str):
    """mojibake.fix_gbk_misalignment with the uncached choices."""
    fast = mojibake._misalignment_choices
    mojibake._misalignment_choices = misalignment_choices
    try:
        return mojibake.fix_gbk_misalignment(text)
    finally:
        mojibake._misalignment_choices = fast


# --------------------------------------------------------------------------- width

from corpus_tools.clean import width  # noqa: E402
from corpus_tools.clean.width import (  # noqa: E402
    _DQUOTE_PAIR_RE,
    _FULLWIDTH_ALNUM_BIT,
    _FULLWIDTH_ALNUM_RE,
    _FULLWIDTH_DOT_RE,
    _FULLWIDTH_GATE,
    _FULLWIDTH_MARK_BIT,
    _FULLWIDTH_SIGN_RE,
    _FULLWIDTH_URL_RE,
    _HAS_CJK,
    _LONE_PAREN_RE,
    _PERIOD_RE,
    _SIMPLE,
    _SIMPLE_RE,
    _SQUOTE_PAIR_RE,
    _TO_ASCII_TABLE,
    _URL_FULLWIDTH,
    _URL_TABLE,
    _gates,
    _half_pairs,
    _paren_pairs,
    _touches_cjk,
)


# width._changes before its single-character passes read the neighbours from a memo
def width_changes(text: str, earlier_stops: int = 0) -> dict[int, tuple[int, str]]:
    """Position -> (end, replacement) of every width change, before protection.

    Each pass runs only when its trigger character occurs at all (``in`` on a
    str is a C scan, far faster than a regex): clean text skips most passes.
    """
    out: dict[int, tuple[int, str]] = {}
    # Gates: an ASCII character occurs in ``text`` iff it occurs in its
    # Latin-1 extraction (shared, small); the full-width ones are looked up
    # in the shared class probe.  The single-character passes (``, ; : ? ! .``
    # and lone brackets) match one character, so instead of scanning the
    # whole text with the regex, it is matched at each occurrence of its
    # character (``str.find``): the same matches, as single-character matches
    # at distinct positions cannot overlap.
    latin = _gates.latin1_chars(text)
    if _gates.has_any_byte(latin, b",;:?!"):
        fields = width._CitationLines(text)  # (a rule: a citation's field separators stay, ``北京: 中华书局, 2000``)
        for i in _gates.positions(text, ",;:?!", latin):
            m = _SIMPLE_RE.match(text, i)
            mark = m.group() if m else (text[i] if width._padded_between_han(text, i) else None)  # (a rule)
            if mark and not (mark == "?" and width.lost_character_mark(text, i)) and not (
                mark in "?!" and width._marks_before_misread(text, i)  # (a rule of session 14)
            ) and not (
                b"." in latin and mark in ",:;" and fields.separates_fields(i)
            ) and not width._quote_in_latin_text(text, i):  # (a rule of session 15: curly quotes in English)
                out[i] = (i + 1, _SIMPLE[mark])
    if b"." in latin:
        stops = earlier_stops
        citations = width._CitationLines(text)
        for i in _gates.find_all(text, "."):
            m = _PERIOD_RE.match(text, i)
            if m and not width._ends_latin_quotation(text, i) and not width._dot_inside_a_name(text, i) and (  # (rules)
                # (a rule: a ``.`` before a blank ends a sentence only after a clause, ``甲. 甲`` keeps it)
                i + 1 == len(text) or text[i + 1] not in " \xa0" or width._ends_a_clause(text, i) and not citations(i)
            ):
                out[i] = (m.end(), "。")
                stops += 1
        if stops >= width._FULL_STOP_CONSENSUS:  # (a rule of session 15: a page of ASCII full stops)
            out.update(width._more_ascii_full_stops(text, out, citations))
    if b"(" in latin or b")" in latin:
        paired: set[int] = set()
        for m in _paren_pairs(text):
            paired.update((m.start(), m.end() - 1))
            inner = m.group(1)
            if inner and (_HAS_CJK.search(inner) or _touches_cjk(text, m.start(), m.end())) and not (
                width.notation_bracket(text, m.start(), m.end())  # (a rule of session 20: ``65dB(A)``, F20-A5)
            ):
                out[m.start()] = (m.start() + 1, "（")
                out[m.end() - 1] = (m.end(), "）")
        for i in _gates.positions(text, "()", latin):
            m = _LONE_PAREN_RE.match(text, i)
            if m and m.start() not in paired and not (m.group() == ")" and width._closes_lost_reading(text, i)):  # (a rule)
                out[m.start()] = (m.end(), "（" if m.group() == "(" else "）")
        for m in _half_pairs(text, latin):  # ``（0551)``: one half of a pair typed in ASCII
            i = m.start() if m.group()[0] == "(" else m.end() - 1
            if i not in paired:
                out[i] = (i + 1, "（" if m.group()[0] == "(" else "）")
        for opening, closing in width._pairs_across_a_break(text, paired):  # (a rule, not a speed path)
            if (opening in out) != (closing in out):
                out.pop(opening, None)
                out.pop(closing, None)
    if b"<" in latin and b">" in latin:  # (a rule of session 14: ``<宪法>`` typed for ``《宪法》``)
        for opening, closing in width._angle_title_pairs(text):
            out[opening] = (opening + 1, "《")
            out[closing] = (closing + 1, "》")
    if b'"' in latin:
        across = width._quotes_across_lines(text)  # (a rule, not a speed path)
        for m in _DQUOTE_PAIR_RE.finditer(text):
            if width._is_prime(text, m.end() - 1) or any(s <= m.start() < e for s, e in across):
                continue
            if _HAS_CJK.search(m.group(1)) or _touches_cjk(text, m.start(), m.end()):
                out[m.start()] = (m.start() + 1, "“")
                out[m.end() - 1] = (m.end(), "”")
        out.update(width._quotes_paired_across_lines(text, across))  # (a rule of session 15)
    if b"'" in latin:
        for m in _SQUOTE_PAIR_RE.finditer(text):
            if width._is_prime(text, m.end() - 1):
                continue
            out[m.start()] = (m.start() + 1, "‘")
            out[m.end() - 1] = (m.end(), "’")
    present = _gates.present(text)
    if present & _FULLWIDTH_ALNUM_BIT:
        for m in _FULLWIDTH_ALNUM_RE.finditer(text):
            if all(ch == "０" for ch in m.group()) and (  # (a rule of session 14: ``第０九六`` is a Chinese numeral's zero)
                text[m.start() - 1 : m.start()] in set("〇○零一二三四五六七八九") - {""}
                or text[m.end() : m.end() + 1] in set("〇○零一二三四五六七八九") - {""}
            ):
                continue
            out[m.start()] = (m.end(), m.group().translate(_TO_ASCII_TABLE))
        for m in width._FULLWIDTH_NUMBER_MARK_RE.finditer(text):  # (a rule of session 14: ``１０：３０`` widened whole)
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not width._digits_stay_fullwidth(text, line_start):
                for i in range(m.start(), m.end()):
                    if text[i] in "：－，":
                        out[i] = (i + 1, _URL_FULLWIDTH[text[i]])
        if "\u3000" in text:  # (a rule of session 15: ``ＧＢ　１５８３４`` widened whole, blank and all)
            out.update(width._blanks_widened_whole(text, {}))
    if not present & (_FULLWIDTH_ALNUM_BIT | _FULLWIDTH_MARK_BIT):
        return out  # exact: the passes below all need one of these characters
    if "．" in text or "＠" in text:
        for m in _FULLWIDTH_DOT_RE.finditer(text):
            out[m.start()] = (m.end(), m.group().translate(_URL_TABLE))
        if "．" in text:
            out.update(width._fullwidth_full_stops(text))  # (a rule of session 13, not a speed path)
    if "－" in text or "＋" in text:
        for m in _FULLWIDTH_SIGN_RE.finditer(text):
            for i, ch in enumerate(m.group(), m.start()):
                out[i] = (i + 1, _URL_FULLWIDTH[ch])
    if "／" in text:  # (a rule of session 13: ``ＧＢ／Ｔ``, ``１／３`` widened whole)
        for m in width._FULLWIDTH_SLASH_RE.finditer(text):
            out[m.start()] = (m.end(), "/")
    if "／／" in text or "ｗｗｗ" in text:
        for m in _FULLWIDTH_URL_RE.finditer(text):
            for i, ch in enumerate(m.group(), m.start()):
                if ch.isascii():
                    out.pop(i, None)  # ``ｈｔｔｐｓ:／／``: the URL's own ASCII stays
                elif ch in _URL_FULLWIDTH and not _FULLWIDTH_GATE.match(ch):  # letters: one run edit above
                    out[i] = (i + 1, _URL_FULLWIDTH[ch])
    return out


def normalize_width(text: str):
    """width.normalize_width applying Edit lists between its passes, as before."""
    changes = width_changes(text)
    lost = width._lost_character_warnings(text)  # (what it reports, not a path made faster)
    debris = width._may_have_blanks_after_marks(text)  # (a rule of session 22: ``资金， 并提高``, F20-B4)
    if not changes and not debris:
        return text, [], lost + width._quotes_across_lines_warnings(text) + width._brackets_across_lines_warnings(text)
    latin = width._gates.latin1_chars(text)
    maybe_protected = b"@" in latin or b"://" in latin or b"www." in latin
    protected = width._Protected(text) if maybe_protected and ("@" in text or "://" in text or "www." in text) else None
    if protected is not None:
        changes = {start: change for start, change in changes.items() if start not in protected}
    for _ in range(width._MAX_PASSES):
        if not width._has_dependent(text, changes):
            break
        current = apply_edits(text, width._edits(text, changes))
        stops = sum(1 for start, change in changes.items() if change[1] == "。" and text[start] == ".")
        more = {
            start: change
            for start, change in width_changes(current, stops).items()
            if start not in changes and (protected is None or start not in protected)
        }
        if not more:
            break
        changes.update(more)
    if " " in text or "\xa0" in text:
        changes = width._with_blank_padding(text, changes)  # (a rule, not a speed path)
    blanks_after: set[int] = set()
    if debris:  # (a rule, not a speed path)
        changes, blanks_after = width._with_blanks_after_marks(text, changes)
    edits = width._edits(text, changes)
    if blanks_after:
        edits = width._with_blank_details(edits, blanks_after)
    out = apply_edits(text, edits)
    return out, edits, lost + width._quotes_across_lines_warnings(out) + width._brackets_across_lines_warnings(out)


# --------------------------------------------------------------------------- ruby

from corpus_tools.clean import ruby  # noqa: E402


def remove_ruby_pinyin(text: str):
    """ruby.remove_ruby_pinyin without its fast gate: every candidate looked at (then the readings in other writing
    and reading systems, which the gate does not guard, as the rule reads them: session 30's ``ruby_systems`` reads
    Latin glosses the random pieces hold)."""
    edits, warnings = ruby._find_ruby_in(text, gate=False)
    edits, warnings = ruby._with_notations(text, edits, warnings)  # (session 33: reading aids' notations, own gates)
    return apply_edits(text, edits), edits, warnings


# --------------------------------------------------------------------------- spam

from corpus_tools.clean import spam  # noqa: E402


def known_anchors(text: str):
    """spam.known_anchors as before: every hint's line scanned in full by
    REPEATED_BRAND_RE, once per hint."""
    starts = spam._latin_hints(text)
    starts += spam._cjk_hints(text)
    found = []
    cursor = 0
    for pos in sorted(starts):
        if pos < cursor:
            continue
        match = spam.ANCHOR_RE.match(text, pos)
        anchor = spam._accept(text, pos, match.group(0)) if match else None
        if anchor:
            found.append(anchor)
            cursor = anchor.end
        elif match and spam._URL_RE.match(text, pos):
            cursor = match.end()  # behaviour, not speed: no anchor starts inside a link that is no spam
    for hint_start, hint_end in spam._repeat_hints(text):
        line_start = text.rfind("\n", 0, hint_start) + 1
        line_end = text.find("\n", hint_end)
        for match in spam.REPEATED_BRAND_RE.finditer(text, line_start, len(text) if line_end < 0 else line_end):
            anchor = spam._accept(text, match.start(), match.group(0), repeated=True)
            if anchor:
                found.append(anchor)
    found.sort(key=lambda a: (a.start, -a.end))
    result = []
    for anchor in found:
        if result and anchor.start < result[-1].end:
            continue
        result.append(anchor)
    return result


def find_spam_anchors(text: str, **kwargs):
    """spam.find_spam_anchors with the old search for known brands (the units of
    :mod:`corpus_tools.clean.brands` are found the same way on both sides)."""
    return _with_slow_known(spam.find_spam_anchors, text, **kwargs)


def remove_spam_anchors(text: str, **kwargs):
    """spam.remove_spam_anchors with the old search for known brands."""
    return _with_slow_known(spam.remove_spam_anchors, text, **kwargs)


def _with_slow_known(function, text: str, **kwargs):
    fast = spam.known_anchors
    spam.known_anchors = known_anchors
    try:
        return function(text, **kwargs)
    finally:
        spam.known_anchors = fast
