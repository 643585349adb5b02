"""Cleaning: the ordered chain of rules, and the functions that run it.

Each rule is a pure function ``text -> (text, edits, warnings)`` living in the
module of its noise family; :mod:`corpus_tools.clean.rules` names the rules and
:data:`CLEANING_ORDER` is the one place that fixes their order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from corpus_tools.clean import codec_swap, column_wraps, escapes, footer_seams, furniture, layout, linebreaks, mojibake, paragraph_marks, restatements, ruby, rule_guard, script, seams, spam, width
from corpus_tools.clean.unrepaired import GUARDED_RULES, mojibake_guard
from corpus_tools.clean.edits import apply_edits, group_by_step
from corpus_tools.clean.evidence import table_row_guard
from corpus_tools.clean.rules import (
    BIG5_GBK_MIXUP,
    BLANK_LINES,
    CJK_SPACES,
    ESCAPED_TEXT,
    GBK_MISALIGNMENT,
    HARD_WRAPS,
    INVISIBLE_CHARS,
    LABEL_SEAMS,
    LATIN1_MOJIBAKE,
    LOST_LINE_BREAKS,
    REPEATED_SUMMARY,
    FURNITURE_SEAMS,
    RECURRING_FURNITURE,
    RUBY_PINYIN,
    RUBY_SEAMS,
    SITE_FURNITURE,
    SPAM_ANCHOR,
    SPAM_WRAPS,
    TABLE_OF_CONTENTS,
    TRADITIONAL_TO_SIMPLIFIED,
    TRANSLATED_PARAGRAPHS,
    UTF8_AS_GBK,
    WIDTH,
    WIDTH_JOINS,
    WIDTH_SEAMS,
    Rule,
)
from corpus_tools.records import CleanWarning, Edit

#: The order of the cleaners.  Order matters:
CLEANING_ORDER: tuple[tuple[str, Rule], ...] = (
    # 1. Byte-level mojibake first: the misaligned GBK / UTF-8-as-GBK evidence is
    #    destroyed by anything that rewrites characters (ftfy, OpenCC, width).  Lines of
    #    Big5 read as GBK (or the reverse) first of all: their bytes are in step, and a
    #    lost-byte repair inside one would put them out of step.
    #    Text left escaped comes first of all: what its escapes name may be mojibake.
    (ESCAPED_TEXT, escapes.unescape_text),
    (BIG5_GBK_MIXUP, codec_swap.fix_big5_gbk_mixup),
    (GBK_MISALIGNMENT, mojibake.fix_gbk_misalignment),
    (UTF8_AS_GBK, mojibake.fix_utf8_read_as_gbk),
    # 2. Latin-1 style mojibake via ftfy, only on spans a cheap detector flags.
    (LATIN1_MOJIBAKE, mojibake.fix_latin1_mojibake),
    # 3. Invisible damage: zero-width and control characters, U+FFFD.
    (INVISIBLE_CHARS, mojibake.remove_invisible_characters),
    # 4. Ruby pinyin before width normalisation turns "(an)" into "（an）" and
    #    before script conversion (pypinyin reads Traditional characters too).
    (RUBY_PINYIN, ruby.remove_ruby_pinyin),
    # 5. Script: Traditional spans to Simplified, never the whole text blindly.
    (TRADITIONAL_TO_SIMPLIFIED, script.convert_traditional),
    # 6. Width: full-width punctuation between CJK, ASCII digits and Latin.
    (WIDTH, width.normalize_width),
    # 7. Site furniture and spam once the characters are canonical (Simplified,
    #    Chinese punctuation, no ruby), so that one pattern per brand or furniture
    #    shape serves every script and width variant; and before the layout rules,
    #    which would otherwise join junk lines into paragraphs.
    (SITE_FURNITURE, furniture.remove_site_furniture),
    #    A spam anchor a hard wrap cut in two (``责乐天⏎堂真人·ltt任明``) is joined first, so that
    #    the spam rule reads it whole (and its gap has its context on both sides).
    (SPAM_WRAPS, seams.join_wrapped_anchors),
    (SPAM_ANCHOR, spam.remove_spam_anchors),
    # 8. Lines the corpus shows at the edges of many pages (a site's own chrome), when
    #    the build found them; after the spam rule, whose gap positions the corpus-level
    #    restoration keys on (both corpus passes see the same spam rule input).
    (RECURRING_FURNITURE, furniture.remove_recurring_lines),
    # 8a. Furniture glued to the first or last sentence once more, where a spam line (or a recurring
    #     chrome line) at the page's edge hid the edge from the furniture rule, which runs before the
    #     spam rule (``…起施行。【打印本页】【关闭窗口】⏎[spam link line]``).
    (FURNITURE_SEAMS, furniture.remove_glued_furniture_at_seams),
    # 8b. Ruby once more where a removed anchor or furniture line (or the word the spam
    #     rule restored) leaves a reading after the character it reads
    #     (``受托[brand](hang)`` -> ``受托银行(hang)`` -> ``受托银行``); before width at the
    #     seams, which reads the brackets the reading leaves behind.
    (RUBY_SEAMS, seams.remove_ruby_at_seams),
    # 9. Width once more where removed spam or furniture leaves the law's own
    #    ASCII punctuation next to Chinese text (``禁止开云kaiyun.com:`` -> ``禁止:``).
    (WIDTH_SEAMS, width.normalize_width_at_seams),
    # 10. Layout last: it works on the final characters.  First the line breaks a crawler
    #     removed (a whole regulation on one line), where the labels prove them: every layout
    #     rule after it reads lines.
    (LOST_LINE_BREAKS, linebreaks.restore_line_breaks),
    (CJK_SPACES, layout.remove_spaces_inside_cjk),
    (HARD_WRAPS, layout.join_hard_wraps),
    #     Width once more on the lines just joined: a pair of ASCII quotes a wrap cut in two
    #     (``实现"一⏎窗通办"``) is paired once it is on one line.
    (WIDTH_JOINS, seams.normalize_width_at_joins),
    (TABLE_OF_CONTENTS, layout.drop_table_of_contents),
    (REPEATED_SUMMARY, layout.drop_repeated_summary),
    (BLANK_LINES, layout.normalize_blank_lines),
    #     The OCR label repair of invisible_chars once more, on the labels the rules since have uncovered (a reading
    #     inside a label, ``第三十(shi)－条``; a Traditional unit, ``第三十－條``), so that one pass reaches the fixed
    #     point; after the layout rules (whose steps keep their indexes), before the last rule.
    (LABEL_SEAMS, seams.repair_labels_at_seams),
    # 11. A paragraph that restates the law's article in another language (a bilingual site's translation),
    #     read on the final paragraphs; last, so that every earlier rule's step keeps its index.  (The
    #     restatement in another script goes inside traditional_to_simplified, which reads both scripts.)
    (TRANSLATED_PARAGRAPHS, restatements.drop_translated_paragraphs),
)

RULE_NAMES: tuple[str, ...] = tuple(name for name, _ in CLEANING_ORDER)

#: The rule that takes the corpus-level restorations (its keyword ``restorations``: the words
#: spam anchors replaced, see :mod:`corpus_tools.dataset.restore`).
RESTORING_RULE = SPAM_ANCHOR

_NO_OPTIONS: Mapping[str, Any] = {}


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text, its edit log (pipeline order), and the warnings."""

    text: str
    edits: tuple[Edit, ...]
    warnings: tuple[CleanWarning, ...]
    steps: tuple[tuple[Edit, ...], ...]  # edits per rule run, in CLEANING_ORDER


def clean_and_explain(
    text: str,
    *,
    restorations: Mapping[int, object] | None = None,
    rules: Sequence[str] | None = None,
    source_format: str | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> CleanResult:
    """Run the cleaners of :data:`CLEANING_ORDER`; return text, edits, warnings.

    ``restorations`` maps a spam anchor's start (in the ``spam_anchor`` rule's
    input) to the word to restore there (see :mod:`corpus_tools.dataset.restore`);
    they go to :data:`RESTORING_RULE`.  ``rules`` limits the run to the named rules
    and ``options`` gives a rule its options (``{"traditional_to_simplified":
    {"conversion": "tw2s"}}``): what a :class:`~corpus_tools.clean.plan.CleaningPlan`
    holds (``--only``, ``--skip``, ``--convert`` and the config file of ``clean`` and
    ``build``).  A rule that does not run is an empty step: ``steps`` stays aligned
    with :data:`CLEANING_ORDER`.  ``source_format`` is the format ingest read the page
    in (``html``, ``markdown``, ``text``): evidence only the ingest path gives (an HTML
    page's lines are its blocks, never a layout's fixed-width wrap).

    Mojibake the repair rules kept is guarded here from the rules that rewrite characters
    after them (:data:`~corpus_tools.clean.unrepaired.GUARDED_RULES`): an edit inside a
    stretch of UTF-8 read as GBK is refused and the stretch reported
    (:func:`~corpus_tools.clean.unrepaired.mojibake_guard`), so that its bytes stay
    readable.  Table rows (lines of TAB-separated cells, house convention 4) are guarded here,
    for every rule: an edit that would move, delete or add a cell separator, or join
    or split a row, is refused and reported as a warning
    (:func:`~corpus_tools.clean.evidence.table_row_guard`).

    >>> clean_and_explain("第一条 本条例自2021年11月1日起施行。").text
    '第一条 本条例自2021年11月1日起施行。'
    >>> result = clean_and_explain("本市,區", rules=["width"])
    >>> result.text, [RULE_NAMES[step] for step, edits in enumerate(result.steps) if edits], len(result.steps) == len(RULE_NAMES)
    ('本市，區', ['width'], True)
    """
    given: dict[str, dict[str, Any]] = {name: dict(values) for name, values in options.items()} if options else {}
    if restorations:
        given.setdefault(RESTORING_RULE, {})["restorations"] = restorations
    if rules is None or SPAM_ANCHOR in rules:  # (a brand's interleaved invisible characters are the spam rule's)
        given.setdefault(INVISIBLE_CHARS, {})["interleaved_brands"] = True
    if source_format is not None:
        given.setdefault(HARD_WRAPS, {})["source_format"] = source_format
        given.setdefault(ESCAPED_TEXT, {})["source_format"] = source_format
        given.setdefault(CJK_SPACES, {})["source_format"] = source_format
    steps: list[tuple[Edit, ...]] = []
    warnings: list[CleanWarning] = []
    chrome_seams: list[int] = []  # where a furniture rule removed web chrome, in the current text (footer_seams)
    indents: dict[int, int] = {}  # the line indents cjk_spaces removed, in its output (paragraph_marks)
    # the breaks at the page's fixed display width, read before any rule changed a character's width (F28-B5)
    column_breaks = column_wraps.column_wrap_breaks(text) if source_format != "html" else []
    for name, rule in CLEANING_ORDER:
        if rules is not None and name not in rules:
            steps.append(())
            continue
        before = text
        options = given.get(name, _NO_OPTIONS)
        if name == HARD_WRAPS and chrome_seams:
            options = {**options, "seams": tuple(chrome_seams)}
        if name == HARD_WRAPS and indents:
            options = {**options, "indents": indents}
        if name == HARD_WRAPS and column_breaks:
            options = {**options, "columns": tuple(column_breaks)}
        try:
            text, edits, found = rule_guard.checked(name, before, rule(before, **options))
            if edits and name in GUARDED_RULES and (guarded := mojibake_guard(name, before, edits, found)) is not None:
                edits, found = guarded
                text = apply_edits(before, edits)
            if edits and "\t" in before:
                kept, refused = table_row_guard(name, before, edits, whole_rows_may_go=name == TABLE_OF_CONTENTS)
                if refused:
                    edits, text = kept, apply_edits(before, kept)
                    found = [*found, *refused]
            # the state carried to the next rules, committed only once the whole step succeeded
            carried = _carried(name, before, edits, indents, chrome_seams, column_breaks)
        except Exception as error:  # noqa: BLE001 (a rule's failure costs its step, never the page: rule_guard)
            text, edits, found = before, (), [rule_guard.skipped(name, error)]
        else:
            indents, chrome_seams, column_breaks = carried
        warnings.extend(found)
        steps.append(tuple(edits))
    flat = tuple(edit for step in steps for edit in step)
    return CleanResult(text, flat, tuple(warnings), tuple(steps))


def _carried(name: str, before: str, edits: Sequence[Edit], indents: dict[int, int], chrome_seams: list[int],
             column_breaks: list[int]) -> tuple[dict[int, int], list[int], list[int]]:
    """The state :func:`clean_and_explain` carries between rules, after the rule ``name`` made ``edits`` on
    ``before``: the indents ``cjk_spaces`` removed, the web chrome seams and the column breaks moved to
    the rule's output (a new list or dict, never the old one changed: a failed step leaves it as it was)."""
    if not edits:
        return indents, chrome_seams, column_breaks
    if name == CJK_SPACES:
        # the indents cjk_spaces removed: hard_wraps reads them as the page's paragraph marks (F25-A1)
        indents = paragraph_marks.removed_indents(before, edits)
    if chrome_seams:
        chrome_seams = footer_seams.carry_seams(chrome_seams, edits)
    if column_breaks:
        column_breaks = footer_seams.carry_seams(column_breaks, edits)
    if name in _FOOTER_RULES:
        chrome_seams = sorted(chrome_seams + footer_seams.web_footer_seams(edits))
    return indents, chrome_seams, column_breaks


#: The rules whose removed lines may be a web site's chrome (a footer, a print/close bar): ``hard_wraps`` joins
#: nothing across them (:mod:`corpus_tools.clean.footer_seams`).  Not ``page_edges``: a PDF's page furniture.
_FOOTER_RULES = frozenset({SITE_FURNITURE, RECURRING_FURNITURE, FURNITURE_SEAMS})


def clean(text: str) -> str:
    """Clean one page of text (no corpus-level restoration).

    >>> clean("本市,区")
    '本市，区'
    """
    return clean_and_explain(text).text


__all__ = ["CLEANING_ORDER", "RESTORING_RULE", "RULE_NAMES", "CleanResult", "clean", "clean_and_explain", "group_by_step"]
