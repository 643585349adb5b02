"""Structure: pages into documents, the provision tree, metadata, lineage.

The build calls exactly two functions of this package:
:func:`structure_page` per cleaned page, and :func:`align_versions` once over
all documents and articles of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import regex

from corpus_tools.ids import doc_id as make_doc_id
from corpus_tools.records import Article, CleanedPage, Document


@dataclass(frozen=True)
class PageStructure:
    documents: tuple[Document, ...]
    articles: tuple[Article, ...]
    provisions: tuple[dict[str, Any], ...] = field(default=())  # rows of tables.PROVISIONS


_ARTICLE = regex.compile(r"^第([一二三四五六七八九十百零〇两]+|\d+)条[ \u3000]*", regex.M)


def structure_page(cleaned: CleanedPage) -> PageStructure:
    """Cut a cleaned page into documents and parse their articles (stub)."""
    page = cleaned.page
    text = cleaned.text
    did = make_doc_id(page.source_file, 0)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    doc = Document(
        doc_id=did, page_id=page.page_id, source_file=page.source_file, ordinal=0, text=text,
        title=title, page_start=0, page_end=len(text), script=cleaned.script,
    )
    matches = list(_ARTICLE.finditer(text))
    articles = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[m.end():end].strip()
        articles.append(Article(doc_id=did, source_file=page.source_file, article_no=i + 1,
                                text=body, label=m.group(0).strip(), start=m.start(), end=end,
                                paragraphs=tuple(p for p in body.split("\n") if p.strip())))
    return PageStructure((doc,), tuple(articles))


def align_versions(documents: Sequence[Document], articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Pair draft and final versions of one instrument article by article (stub)."""
    return []
