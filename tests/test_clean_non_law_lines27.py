"""Lines that are not law text, widened again (clean/non_law_lines.py): a line RECURRING at the articles' ends
(:func:`recurring_lines`), judged by its structural place and its recurrence, not by its words.

Development member: set 9's article tool rows (``复制本条 | 分享 | 纠错`` under each article, no digit, 6.8 under the
law-text model where its threshold is 6.9).  Members imagined before coding, never seen in a benchmark:

* a per-article counter row whose numbers vary (``相关条文 2 | 评论 5``);
* a per-chapter back link with a count, before each chapter head (``返回目录（共8条）``);
* a per-article like/share row in English (``Like 12 · Share 3 · Comment``);
* two rows stacked under each article (``本条释义 | 相关案例 12`` then ``收藏本条  打印  关闭``).

Precision: the law's own recurring lines stay byte-identical: a sentence the law repeats at its articles' ends
(the Criminal Law's ``单位犯前款罪的…``, Taiwan's ``前項之未遂犯罰之。``), a lead-in (``理由：``), items, a row seen at
fewer than three articles' ends, a line the page repeats mostly inside its articles.
"""

from __future__ import annotations

import pytest

from corpus_tools.clean.furniture import remove_glued_furniture_at_seams
from corpus_tools.clean.non_law_lines import RECURRING_LINE, TEMPLATE_LINE, recurring_lines, template_lines
from corpus_tools.clean.page import clean_page
from corpus_tools.records import RawPage

TITLE = "某市养犬管理条例"
ARTICLES = [
    "第一条 为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会秩序，制定本条例。",
    "第二条 本条例适用于本市行政区域内的养犬和犬类经营活动及其相关管理工作。",
    "第三条 养犬管理工作实行政府负责、部门协作、基层参与、社会监督的原则。",
    "第四条 市和区人民政府应当加强对养犬管理工作的领导，建立养犬管理工作协调机制。",
    "第五条 公安机关是养犬管理工作的主管部门，负责养犬登记、犬只收容等工作。",
    "第六条 本条例自2024年1月1日起施行。",
]


def under_each(rows: list[list[str]], articles: list[str] = ARTICLES) -> tuple[str, str]:
    """A page with the rows of ``rows[k]`` under article k, and the same page without them."""
    noisy, clean = [TITLE, ""], [TITLE, ""]
    for article, extra in zip(articles, rows):
        noisy += [article, ""] + [x for r in extra for x in (r, "")]
        clean += [article, ""]
    return "\n".join(noisy), "\n".join(clean)


UNSEEN = {
    # no digit, so no template's field; one line, so no block; short, so the model alone keeps it (7.31 < 7.65)
    "back-to-top link": [["↑ 回到顶部"] for _ in range(6)],
    # no Han character: the model's rule never judges it
    "like/share row in English": [["Like · Share · Comment"] for _ in range(6)],
    # a counter whose number does not vary: no template (its copies are one line)
    "counter row, one count": [["本条释义 | 相关案例 12"] for _ in range(6)],
    "print row": [["收藏本条  打印  关闭"] for _ in range(6)],
}
DEVELOPMENT = {
    "tool row": [["复制本条 | 分享 | 纠错"] for _ in range(6)],
}
#: Members of the family the earlier mechanisms take (a template's varying fields, a block of two lines): they still go.
COVERED = {
    "counter row, numbers varying": [[f"相关条文 {k} | 评论 {3 * k + 1}"] for k in range(6)],
    "like/share row with counts": [[f"Like {12 + k} · Share {k} · Comment"] for k in range(6)],
    "two rows stacked": [["本条释义 | 相关案例 12", "收藏本条  打印  关闭"] for _ in range(6)],
}


@pytest.mark.parametrize("name", sorted(UNSEEN) + sorted(DEVELOPMENT))
def test_a_row_recurring_under_each_article_goes(name):
    noisy, clean = under_each({**UNSEEN, **DEVELOPMENT}[name])
    out, edits, _ = remove_glued_furniture_at_seams(noisy)
    assert out == clean, name
    assert edits and all(RECURRING_LINE in e.detail for e in edits), [e.detail for e in edits]


@pytest.mark.parametrize("name", sorted(COVERED))
def test_the_family_s_members_with_fields_or_blocks_go_too(name):
    noisy, clean = under_each(COVERED[name])
    out, edits, _ = remove_glued_furniture_at_seams(noisy)
    assert out == clean, name
    assert edits and all("non-law line" in e.detail for e in edits)


def test_the_whole_pipeline_returns_the_law_byte_identical():
    noisy, clean = under_each(DEVELOPMENT["tool row"])
    assert clean_page(RawPage("a.txt", "0", "utf-8", "text", noisy + "\n")).text == clean_page(
        RawPage("a.txt", "0", "utf-8", "text", clean + "\n")).text


def test_a_back_link_before_each_chapter_goes():
    chapters = ["第一章 总则", "第二章 登记", "第三章 管理", "第四章 附则"]
    noisy, clean = [TITLE, ""], [TITLE, ""]
    for k, chapter in enumerate(chapters):
        if k:
            noisy += ["▲ 返回本章开头", ""]
        noisy += [chapter, "", ARTICLES[k], ""]
        clean += [chapter, "", ARTICLES[k], ""]
    noisy += ["▲ 返回本章开头", ""]
    out, edits, _ = remove_glued_furniture_at_seams("\n".join(noisy))
    assert out == "\n".join(clean)
    assert len(edits) == 4 and all(RECURRING_LINE in e.detail for e in edits)


def test_the_more_articles_a_row_ends_the_lower_its_bar():
    # ``复制本条 | 分享本条 | 收藏`` reads 6.5: under three articles' ends that is evidence already (limit 6.0)
    noisy, clean = under_each([["复制本条 | 分享本条 | 收藏"] for _ in range(3)], ARTICLES[:3])
    assert remove_glued_furniture_at_seams(noisy)[0] == clean


LAW_OWN = {
    # a sentence the law repeats at its articles' ends (Criminal Law; Taiwan's code reads 7.8 under the model)
    "repeated sentence": [["单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。"]] * 6,
    "taiwan attempt clause": [["前項之未遂犯罰之。"]] * 6,
    # a Taiwan statute's reasons open under each article
    "reasons lead-in": [["理由：", "一、本条明定立法目的。"]] * 6,
    # an item list closing each article
    "items": [["（一）依法登记；", "（二）按时免疫。"]] * 6,
    # a notice's contact field under each part (a kind of line a law's text holds)
    "contact field": [["联系人：张三，电话：010-12345678"]] * 6,
    # a provision's own note with a reference
    "amendment note": [["本条第2款删除"]] * 6,
}


@pytest.mark.parametrize("name", sorted(LAW_OWN))
def test_a_law_s_own_recurring_lines_stay(name):
    noisy, _ = under_each(LAW_OWN[name])
    assert recurring_lines(noisy, _spans(noisy)) == [], name
    assert not any(RECURRING_LINE in e.detail for e in remove_glued_furniture_at_seams(noisy)[1]), name


def test_a_row_at_two_articles_ends_is_no_evidence():
    noisy, _ = under_each([["复制本条 | 分享 | 纠错"], ["复制本条 | 分享 | 纠错"], [], [], [], []])
    assert not any(RECURRING_LINE in e.detail for e in remove_glued_furniture_at_seams(noisy)[1])


def test_a_line_mostly_inside_the_articles_stays():
    # the same short line inside each article (between its paragraphs) and at only a few ends: no row of the site
    row = "复制本条 | 分享 | 纠错"
    noisy = [TITLE, ""]
    for k, article in enumerate(ARTICLES):
        noisy += [article, "", row, "", "前款规定的其他事项，由市人民政府另行规定。", ""]
        if k < 3:
            noisy += [row, ""]
    text = "\n".join(noisy)
    assert recurring_lines(text, _spans(text)) == []


def test_rows_before_the_first_article_are_not_read():
    text = "\n\n".join([TITLE, "复制本条 | 分享 | 纠错"] * 3 + ARTICLES)
    assert recurring_lines(text, _spans(text)) == []
    assert not any(TEMPLATE_LINE in d or RECURRING_LINE in d for _, _, d in template_lines(text))


def _spans(text: str) -> list[tuple[int, int]]:
    """The non-blank lines after the first article label (what :func:`template_lines` passes)."""
    first = text.index("第一条")
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip() and pos > first:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
