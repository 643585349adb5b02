"""F20-B11 (field test 20): a document-sharing site's preview that serves filler instead of the document.

renrendoc.com's preview (tests/real_pages/field20_preview/renrendoc_junk_filler.txt) holds ``全文预览已结束``,
``下载本文档`` and a 96-character run of rare characters repeated (``蒄蚄袀膇莀蚃羂羀芆…``): the build made it a
document titled ``全文预览已结束`` with no word about it.  It is flagged ``not_a_document`` now (a finding: the text is
kept); a mirror's real regulation from the same field test is not.
"""

from __future__ import annotations

from corpus_tools.validation.completeness import preview_filler
from tests.real_build import build_real_pages, built_rows

FILLER = "renrendoc_junk_filler.txt"
REAL_LAW = "law738_huangshan_xinyong.txt"


def test_the_filler_preview_is_flagged_and_the_real_law_is_not(tmp_path):
    built = build_real_pages("field20_preview", tmp_path, configs=("documents", "findings"))
    (filler,) = built_rows(built, "documents", FILLER)
    assert "not_a_document" in filler["findings"]
    (row,) = [r for r in built_rows(built, "findings", FILLER) if r["check"] == "not_a_document"]
    assert "document-sharing site's preview" in row["excerpt"] and "filler" in row["excerpt"]
    assert "全文预览已结束" in filler["text"]  # a finding keeps the text
    for doc in built_rows(built, "documents", REAL_LAW):
        assert "not_a_document" not in doc["findings"]


def test_a_truncated_preview_of_a_real_document_is_no_filler():
    """A preview that shows the document's first articles, then the wall, is a (truncated) document."""
    text = ("全文预览已结束\n下载本文档\n第一条 为了加强社会信用体系建设，规范社会信用信息管理，根据有关法律、法规，结合本市实际，"
            "制定本条例。\n第二条 本市行政区域内社会信用信息的归集、披露、使用及其监督管理活动，适用本条例。")
    assert preview_filler(text) is None
