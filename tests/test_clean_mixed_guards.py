"""Guards between rules on pages that carry several kinds of damage (issue 15, the mixed family).

Glued trailing furniture after a sentence that ends on an ASCII full stop: the width rule keeps
``.`` before a blank (it cannot tell the sentence's end from a Latin abbreviation there), so the
furniture rule must accept the ``.`` as the end of a sentence after Han text, and the width rule at
the seams then makes it ``。``.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.rules import SITE_FURNITURE, WIDTH_SEAMS

#: 北京中轴线文化遗产保护条例 (2022-05-25, the shared corpus; its last article) as the blind member
#: ``mixed_blind_latin1_marks`` damaged it (seed 0): ASCII full stop, a share bar glued after it.
BEIJING_LAST_ARTICLE = "第三十一条 本条例自2022年10月1日起施行.\u3000分享：\n"


def test_a_share_bar_glued_after_an_ascii_full_stop_goes_and_the_stop_becomes_chinese():
    result = clean_and_explain(BEIJING_LAST_ARTICLE)
    assert result.text == "第三十一条 本条例自2022年10月1日起施行。\n"
    assert [(e.rule, e.before) for e in result.edits] == [(SITE_FURNITURE, "\u3000分享："), (WIDTH_SEAMS, ".")]


@pytest.mark.parametrize("text", [
    "第三十一条 详见www.gov.cn.\u3000分享：\n",  # a host's dot, no sentence of Han before it
    "第三十一条 版本为1.0 分享：\n",  # a decimal
    "第三十一条 本条例自2022年10月1日起施行.\n分享：\n",  # a line of its own: the furniture-line rule's, not this one
])
def test_a_dot_after_latin_or_digits_is_no_sentence_end(text):
    """Negative: only a ``.`` after Han text ends the sentence the glued furniture follows."""
    result = clean_and_explain(text)
    assert not [e for e in result.edits if e.detail == "glued trailing furniture"]
