"""Field test 28's open findings (room fieldfix29), each from a real page (tests/real_pages/fieldfix29, sources in its
SOURCE.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

HERE = Path(__file__).parent / "real_pages" / "fieldfix29"


def _build(tmp_path, *files):
    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    for f in files:
        shutil.copy(f, raw)
    build(raw, tmp_path / "out", progress=False)
    data = tmp_path / "out" / "data"
    docs = pq.read_table(next(data.glob("documents-*.parquet"))).to_pylist()
    arts = pq.read_table(next(data.glob("articles-*.parquet"))).to_pylist() if list(data.glob("articles-*.parquet")) else []
    return docs, arts


def test_c1_a_norm_whose_full_text_a_news_item_embeds_is_a_document_of_its_own(tmp_path):
    """F28-C1: most.gov.cn's news item ``《新一代人工智能伦理规范》发布`` reports the norm, then ``《伦理规范》全文如下：``, then
    the norm (its title glued to its preamble by the crawler, its articles, its issuer and date).  It was one document
    under the news headline, the signature in the last article's text.  The norm is the news item's attachment, titled
    by its own title, signed and dated by its signature, which is none of its last article."""
    docs, arts = _build(tmp_path, HERE / "most_ethics_norm_news.json")
    assert [(d["role"], d["title"]) for d in docs] == [
        ("notice", "《新一代人工智能伦理规范》发布"), ("attachment", "新一代人工智能伦理规范")]
    news, norm = docs
    assert norm["parent_id"] == news["doc_id"]
    assert news["text"].rstrip().endswith("《伦理规范》全文如下：") and news["num_articles"] == 0
    assert norm["text"].startswith("新一代人工智能伦理规范为深入贯彻")
    assert norm["issuer"] == "国家新一代人工智能治理专业委员会" and norm["written"] == "2021-09-25"
    last = [a for a in arts if a["doc_id"] == norm["doc_id"]][-1]
    assert last["label"] == "第二十五条"
    assert last["text"] == "本规范自公布之日起施行，并根据经济社会发展需求和人工智能发展情况适时修订。"


def test_c1_a_law_page_with_a_note_and_a_notice_with_its_own_items_do_not_split():
    """The cut needs the words of a full text (全文/原文/文本) or the next line's title named on the announcing line, a
    wrapper with a sentence and no article, and the instrument's articles under its own title."""
    from corpus_tools.structure.documents import split_documents

    law = ("某某市养犬管理条例\n说明：本条例的全文如下：\n第一条 为了规范养犬行为，制定本条例。\n第二条 本条例自公布之日起施行。\n")
    assert len(split_documents(law)) == 1
    notice = ("为做好某项工作，现将有关事项通知如下：\n某某规定\n第一条 甲。\n第二条 乙。\n")
    assert len(split_documents(notice)) == 1
    noted = ("某某条例\n第一条 甲。\n第二条 乙。\n说明：条例全文如下：\n某某条例\n第一条 甲。\n第二条 乙。\n")
    assert [s.role for s in split_documents(noted)] == ["main"]

