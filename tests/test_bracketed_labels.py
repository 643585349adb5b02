"""An article label the structure reads inside brackets (``【第一条】``, the HK gazette's
``[ 第 2 條 ]``) passes the validator's span check: a build with such a page was refused whole
(``INVALID OUTPUT``, nothing written) because ``text_is_document_span`` did not know the bracket.
Real page: tests/real_pages/hkgazette (SOURCE.md), the L.N. 139 excerpt, whose schedules open
with ``附表 1⏎[ 第 2 條 ]``."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.dataset.build import build

GAZETTE = Path(__file__).parent / "real_pages" / "hkgazette" / "cs220202449139_excerpt.txt"


def test_a_build_with_bracketed_labels_is_valid_and_written(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / GAZETTE.name).write_bytes(GAZETTE.read_bytes())
    (raw / "brackets.txt").write_text("某市某条例\n【第一条】为了促进发展，制定本条例。\n【第二条】本条例自公布之日起施行。\n",
                                      encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    articles = [r for p in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for r in pq.read_table(p).to_pylist()]
    bracketed = [a for a in articles if a["source_file"] == "brackets.txt"]
    assert [(a["label"], a["text"]) for a in bracketed] == [("第一条", "为了促进发展，制定本条例。"), ("第二条", "本条例自公布之日起施行。")]
    # the gazette's ``[ 第 2 條 ]`` cites the provision its schedule is made under: no article
    # (tests/test_structure_field8.py); the build with it is valid all the same
    assert not any(a["source_file"] == GAZETTE.name and a["text"].startswith("关于移除危害国家安全的讯息") for a in articles)


# The brackets a label may be written in are one constant of the structure (structure.tree.LABEL_OPENERS),
# which the validator imports: the validator once listed its own, with a full-width ［ the structure never read.
CEE = Path(__file__).parent / "real_pages" / "vuepress_cee" / "gywyxtwfxwxzcfxjflgfxjsywtdyj.md"
_CLOSER = {"【": "】", "[": "]"}


def test_the_validator_reads_a_label_in_every_bracket_the_structure_reads(tmp_path):
    from corpus_tools.structure.tree import LABEL_OPENERS
    from corpus_tools.validation import texts

    assert texts.LABEL_OPENERS is LABEL_OPENERS
    raw = tmp_path / "raw"
    raw.mkdir()
    for k, opener in enumerate(LABEL_OPENERS):
        closer = _CLOSER[opener]
        (raw / f"b{k}.txt").write_text(f"某市某条例\n{opener}第一条{closer}为了促进发展，制定本条例。\n"
                                       f"{opener} 第二条 {closer}本条例自公布之日起施行。\n", encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    articles = [r for p in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for r in pq.read_table(p).to_pylist()]
    for k in range(len(LABEL_OPENERS)):
        assert [(a["label"], a["text"]) for a in articles if a["source_file"] == f"b{k}.txt"] == [
            ("第一条", "为了促进发展，制定本条例。"), ("第二条", "本条例自公布之日起施行。")]


def test_full_width_square_brackets_are_not_a_label_bracket(tmp_path):
    """``［`` is not read: the one real page of the field folders, /work/shared/real, raw/ and the clean
    corpus that holds full-width square brackets uses them in a document number (``法［2004］96号``,
    tests/real_pages/vuepress_cee, a 生态环境部 opinion); no page writes ``［第一条］`` (nor does any
    public repository of the code index). That page builds with its text as written, and a page in
    ``［第N条］`` keeps its lines as text (no article), valid either way."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / CEE.name).write_bytes(CEE.read_bytes())
    (raw / "full_width.txt").write_text("某市某条例\n［第一条］为了促进发展，制定本条例。\n［第二条］本条例自公布之日起施行。\n",
                                        encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    data = tmp_path / "out" / "data"
    articles = [r for p in sorted(data.glob("articles-*.parquet")) for r in pq.read_table(p).to_pylist()]
    documents = {r["source_file"]: r for p in sorted(data.glob("documents-*.parquet")) for r in pq.read_table(p).to_pylist()}
    assert not [a for a in articles if a["source_file"] == "full_width.txt"]
    assert "［第一条］为了促进发展，制定本条例。" in documents["full_width.txt"]["text"]
    assert "（法［2004］96号，以下简称《纪要》）" in documents[CEE.name]["text"]
