"""Review 15's findings on session 15's layout and ruby rules (R15-F7 form feeds, R15-F5 rows of
romanisation, R15-F14 capitalised glosses; /work/notes/review15.md, probes /work/notes/rev15/p4.json,
p7.json and p12.json).  Each finding: the reviewer's probe as a negative case (the text stays as
before session 15) and the session's own case as a positive one."""

from __future__ import annotations

import time

from corpus_tools.clean import clean
from corpus_tools.clean.mojibake import remove_invisible_characters


# --------------------------------------------------------------------------- R15-F7: a form feed inside a sentence


def test_a_form_feed_inside_a_sentence_joins_it_as_before() -> None:
    """Negative (R15-F7): a word processor's manual page break inside a sentence; the rule of session
    15 made it a line break (``为了加强⏎管理``), which splits the sentence."""
    assert remove_invisible_characters("第一条 为了加强\f管理，制定本条例。")[0] == "第一条 为了加强管理，制定本条例。"
    assert clean("第一条 为了加强\f管理，制定本条例。\n第二条 本条例自公布之日起施行。\n") == (
        "第一条 为了加强管理，制定本条例。\n第二条 本条例自公布之日起施行。\n"
    )


def test_a_form_feed_after_a_page_foot_or_a_sentence_is_a_line_break() -> None:
    """Positive: after a page's number (the session's case, pdftotext's ``1\\f`` glued to the next page),
    its printed shapes, or a line that ends a sentence."""
    for foot in ("1", "- 1 -", "—1—", "·1·", "第1页"):
        assert remove_invisible_characters(f"参与环境\n{foot}\f卫生设施")[0] == f"参与环境\n{foot}\n卫生设施"
    assert remove_invisible_characters("制定本条例。\f第二条 本条例")[0] == "制定本条例。\n第二条 本条例"


def test_form_feeds_are_read_in_linear_time() -> None:
    for text in ("中\f" * 100_000, ("中" * 300 + "\f") * 600, "1\f" * 100_000):
        start = time.process_time()
        remove_invisible_characters(text)
        assert time.process_time() - start < 5

