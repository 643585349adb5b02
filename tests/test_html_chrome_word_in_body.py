"""A law whose whole body is one block (a ``<p>`` of ``<br>``-separated paragraphs) that
names a toolbar word in a sentence (无障碍设施, barrier-free facilities).

Found by the seen noise variant ``layout_html_br_paragraphs`` (session 11): on the clean law
温州市市容和环境卫生管理条例 (2018) of the shared corpus, rendered as a complete page whose body is
one ``<p>`` with ``<br/><br/>`` between paragraphs, ingest kept the title and one date line and
dropped all 55 articles: :data:`corpus_tools.html_content._CHROME_MARKERS` makes a block that holds
``无障碍`` anywhere "never prose", so the main content was looked for elsewhere.  Laws write
无障碍设施, 技术支持, 版权所有 and 联系 in their sentences.  Fixed: the marker words disqualify no
block of more than :data:`corpus_tools.html_content.CHROME_MAX_SENTENCES` sentences.
"""

from __future__ import annotations

from pathlib import Path


from corpus_tools.ingest import html_to_text
from tests.noise.wide.core import parse_law

LAW = "温州市市容和环境卫生管理条例"


def _one_block_page(law_md: str) -> str:
    law = parse_law(law_md)
    head = [r.text for r in law.rows if r.kind in ("title",)]
    meta = [r.text for r in law.rows if r.kind == "meta"]
    body = [r.text for r in law.rows if r.kind in ("heading", "label", "para", "other")]
    return (
        f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{head[0]}</title>\n</head>\n<body>\n"
        f"<div class=\"content\">\n<h1>{head[0]}</h1>\n" + "".join(f"<p>{m}</p>\n" for m in meta)
        + "<p>" + "".join(f"&#12288;&#12288;{line}<br/><br/>\n" for line in body) + "</p>\n</div>\n</body>\n</html>\n"
    )


def test_one_block_body_naming_barrier_free_facilities_is_kept(clean_corpus_files: list[Path]) -> None:
    path = next(p for p in clean_corpus_files if p.name.startswith(LAW))
    md = path.read_text(encoding="utf-8")
    assert "无障碍设施" in md
    text, _ = html_to_text(_one_block_page(md))
    assert "第十九条" in text and "第五十五条" in text


def test_the_same_page_without_the_toolbar_word_is_kept(clean_corpus_files: list[Path]) -> None:
    """The control: the same page with 无障碍 written 无阻碍 keeps all its articles."""
    path = next(p for p in clean_corpus_files if p.name.startswith(LAW))
    text, _ = html_to_text(_one_block_page(path.read_text(encoding="utf-8").replace("无障碍", "无阻碍")))
    assert "第十九条" in text and "第五十五条" in text
