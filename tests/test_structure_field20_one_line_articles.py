"""Field test 20's rules whose articles all sit on one line (F20-C8; tests/real_pages/field20_fix/SOURCE.md).

Family: a page that lost every line break of its rules keeps its labels each after a sentence end
(``。 第二条 本规定所称…``); 第一条 follows the title on its line.  With no label opening a line, 第一条 after the
title and at least 第二条, 第三条 glued in sequence after it, each after ``。；！？`` and no cross-reference, are
the articles.  Variants:
  (a) spaces around the labels (``…制定本规定。 第二条 本规定所称…``: 法律资料网's copy of 白山政令[1997]3号, real);
  (b) no spaces after the first label (``…制定本办法。第二条本办法所称…``; 第一条 needs a blank after the title's
      line, as :func:`~corpus_tools.structure.documents.title_before_first_article` reads it);
  (c) held out (written after the rule): full-width spaces and a semicolon before a label (``…乙；　第三条　丙。``).
Negatives: a citation inside the run (``依照本法第二条 规定``) is no label, and one label after 第一条 is no sequence.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

PAGES = Path(__file__).parent / "real_pages" / "field20_fix"


def _structure(page: Path):
    return structure_page(clean_page(ingest_file(page, page.parent)))


def _articles(tmp_path: Path, text: str) -> list[tuple[int | None, str]]:
    page = tmp_path / "probe.txt"
    page.write_text(text, encoding="utf-8")
    return [(a.article_no, a.text[:6]) for a in _structure(page).articles]


def test_the_baishan_rules_on_one_line_get_their_four_articles():
    """The page (truncated after 第四条 by the search excerpt) gave doc_type rules and num_articles 0."""
    structure = _structure(PAGES / "law604b_baishan_qingzhen.txt")
    assert [a.article_no for a in structure.articles] == [1, 2, 3, 4]
    assert len({a.doc_id for a in structure.articles}) == 1
    assert structure.articles[1].text.startswith("本规定所称的清真食品，是指按照清真饮食习惯生产加工、经营销售的食品。")


def test_labels_glued_without_spaces(tmp_path):
    t = "某某市某某管理办法\n某某市某某管理办法第一条 为加强管理，制定本办法。第二条本办法所称某某，是指甲。第三条本办法自发布之日起施行。\n"
    assert [n for n, _ in _articles(tmp_path, t)] == [1, 2, 3]


def test_held_out_full_width_spaces_and_a_semicolon(tmp_path):
    t = "某某市某某管理规定\n某某市某某管理规定　第一条　为加强管理，制定本规定。　第二条　本规定所称某某，是指甲；　第三条　本规定自发布之日起施行。\n"
    assert [n for n, _ in _articles(tmp_path, t)] == [1, 2, 3]


def test_a_citation_or_a_lone_label_makes_no_articles(tmp_path):
    t = "某某市某某管理规定\n某某市某某管理规定 第一条 为加强管理，依照本法第二条 规定，制定本规定。 第三条 乙。\n"
    assert _articles(tmp_path, t) == []
    t = "某某市某某管理规定\n某某市某某管理规定 第一条 为加强管理，制定本规定。 第二条 乙。\n"
    assert _articles(tmp_path, t) == []
