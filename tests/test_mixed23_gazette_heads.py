"""Session 23 (mixed23): a printed periodical's running head between the pages of a law it reprints.

Family: a gazette, journal or yearbook prints its issue line (``某某省人民政府公报　2020年第14期``, a yearbook's name
and section) at every page top, with the page's number at the foot of the page before.  When the printer broke the
pages between paragraphs, no sentence showed the head cut into it, and the head stayed at the end of the article
before it.  Members here: the benchmark's shape (head under the number), and members not in the benchmark: the number
printed on the head's own line, a head whose break follows a chapter heading, a yearbook head (no issue number), a
page cut inside a sentence next to breaks between paragraphs.  Negatives: a line that recurs but not in counted page
breaks stays byte-identical.
"""

from __future__ import annotations

from corpus_tools.clean.running_heads import running_title_spans

#: A page's text: one long paragraph (a printed page holds more than a few lines).
BODY = "第一条 为了保护和改善生态环境，保障流域的经济和社会可持续发展，根据有关法律、行政法规，结合本省实际，制定本条例。" * 4


def _removed(text: str) -> str:
    out, last = [], 0
    for a, b in running_title_spans(text):
        out.append(text[last:a])
        last = b
    out.append(text[last:])
    return "".join(out)


def _gazette(head: str, feet: list[str], *, top: bool = True) -> str:
    pages = [f"{BODY}\n\n{foot}\n\n{head}\n\n第{c}条 本条例自公布之日起施行。\n\n" for foot, c in zip(feet, "二三四五六")]
    return (f"{head}\n\n" if top else "") + "某某条例\n\n" + "".join(pages)


def test_gazette_head_under_counted_page_numbers_goes_top_copy_stays():
    head = "河北省人民政府公报　2020年第14期"
    text = _gazette(head, ["— 11 —", "－ 12 -", "- 13 －"])
    out = _removed(text)
    assert out.count(head) == 1 and out.startswith(head)
    assert "— 11 —" not in out and "第二条 本条例" in out


def test_page_number_on_the_head_line_itself():
    """Not in the benchmark: the number printed beside the head (``— 11 —　某某公报``)."""
    text = "某某条例\n\n" + "".join(
        f"{BODY}\n\n— {n} —　浙江省人民政府公报　2019年第5期\n\n第{c}条 本条例自公布之日起施行。\n\n" for n, c in ((7, "二"), (8, "三"), (9, "四")))
    out = _removed(text)
    assert "公报" not in out and out.count("第") == text.count("第") - 3


def test_yearbook_head_without_issue_number_needs_three_breaks():
    """Not in the benchmark: a yearbook's head (name and section, no issue) proves itself at three counted breaks."""
    head = "北京年鉴　法规文件"
    out = _removed(_gazette(head, ["- 35 -", "- 36 -", "- 37 -"]))
    assert out.count(head) == 1
    two = _gazette("某某单位　内部资料", ["- 35 -", "- 36 -"])
    assert running_title_spans(two) == []  # two breaks, no periodical's words: not enough


def test_head_after_a_chapter_heading_before_a_later_article():
    head = "四川省人民政府公报　2023年第6期"
    text = (f"{head}\n\n某某条例\n\n{BODY}\n\n- 13 -\n\n{head}\n\n第八条 本条例自公布之日起施行。\n\n{BODY}\n\n第三章　社员"
            f"\n\n- 14 -\n\n{head}\n\n第十七条 社员享有下列权利。\n\n{BODY}\n\n- 15 -\n\n{head}\n\n第二十条 本条例自公布之日起施行。\n")
    out = _removed(text)
    assert out.count(head) == 1 and "第三章　社员\n\n第十七条" in out


def test_numbers_that_do_not_count_up_keep_everything():
    text = _gazette("河北省人民政府公报　2020年第14期", ["— 11 —", "— 13 —", "— 12 —"])
    assert _removed(text) == text


def test_recurring_line_also_standing_in_the_text_stays():
    """A line that also stands elsewhere (not at a page top) is the page's own text."""
    head = "河北省人民政府公报　2020年第14期"
    text = _gazette(head, ["— 11 —", "— 12 —", "— 13 —"]) + f"{head}\n\n附件：名单\n"
    text = text.replace("某某条例\n\n", f"某某条例\n\n{head}\n\n本规定刊载于\n\n", 1)
    assert _removed(text) == text


def test_repeated_heading_without_page_numbers_stays():
    text = "".join(f"{BODY}\n\n说明材料\n\n第{c}条 本条例自公布之日起施行。\n\n" for c in "二三四五")
    assert running_title_spans(text) == []
