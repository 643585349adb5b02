"""Lead's fixes of session 31."""

from __future__ import annotations

from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.page_lines import merge_line_spans
from corpus_tools.records import Edit


def test_merged_line_spans_never_overlap():
    """A signature separator ``--`` and a source line below a blank line, both read as junk, stayed two blocks
    whose line breaks both spans took: the two removals overlapped by one newline and the cleaning rule that
    applied them raised ``ValueError: overlapping or unsorted edits`` — the whole page was refused."""
    for text in ("第九条 本办法自公布之日起施行。\n--\n\n※ 来源：某站 example.net\n",
                 "第九条 本办法自公布之日起施行。\n--\n\n※ 来源：某站 example.net"):
        a, c = text.index("--"), text.index("※")
        spans = merge_line_spans(text, [(a, a + 2, ["sep"]), (c, len(text.rstrip("\n")), ["source"])])
        assert all(s1[1] <= s2[0] for s1, s2 in zip(spans, spans[1:])), spans
        edits = [Edit("test", s, e, text[s:e], "", "") for s, e, _ in spans]
        assert apply_edits(text, edits).rstrip("\n") == "第九条 本办法自公布之日起施行。"
        assert [n for _, _, notes in spans for n in notes] == ["sep", "source"]
