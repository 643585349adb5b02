"""Whole texts from a dataset that stores each text once (data format 4), and from formats 2 and 3.

The seeds are built once; the whole texts the public functions of
:mod:`corpus_tools.dataset.texts` give are checked against what the rows promise, computed
here without those functions: a page's edits replayed with the cleaners' own
``clean.edits.replay``, a provision's full text as its own text and its children's with
whitespace between (the tree walked here), an article's paragraphs as the pipeline made them
in memory, and against the same build written as tools of formats 2 and 3 wrote it
(:func:`tests.release_helpers.as_format_2`, :func:`~tests.release_helpers.as_format_3`).
Real pages (``../shared/real``) give the paragraphs that hold their items' line breaks and
the pages without edits whose documents tile them, which format 4 stores without
``ingested_text``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from datasets import load_dataset

from corpus_tools.dataset import texts
from corpus_tools.dataset.build import build
from corpus_tools.ingest import ingest_bytes, ingest_file
from corpus_tools.pipeline import clean_page, page_columns
from corpus_tools.tables import ARTICLES, DATA_FORMAT, PAGES, PROVISIONS
from tests.conftest import RAW
from tests.release_helpers import as_format_2, as_format_3

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
if not REAL.is_dir():
    REAL = Path("/work/shared/real")
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real is not beside the checkout")

BLANK = " \t\r\n\u3000\xa0"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("texts") / "dataset"
    summary = build(RAW, out, progress=False)
    assert summary.outcome == "ok", summary.render()
    return out


@pytest.fixture(scope="module")
def format_2(built, tmp_path_factory) -> Path:
    return as_format_2(built, tmp_path_factory.mktemp("texts-f2") / "dataset")


@pytest.fixture(scope="module")
def format_3(built, tmp_path_factory) -> Path:
    return as_format_3(built, tmp_path_factory.mktemp("texts-f3") / "dataset")


def _table(folder: Path, config: str) -> pa.Table:
    return pa.concat_tables([pq.read_table(p) for p in sorted((folder / "data").glob(f"{config}-*.parquet"))])


def test_the_stored_columns_are_format_4(built):
    assert DATA_FORMAT == 6  # (formats 5 and 6 changed no column: the columns are format 4's)
    assert _table(built, "pages").schema.names == PAGES.names and "text" not in PAGES.names
    assert _table(built, "provisions").schema.names == PROVISIONS.names
    assert _table(built, "articles").schema.names == ARTICLES.names and "paragraphs" not in ARTICLES.names
    assert _table(built, "articles").schema.field("paragraph_ends").type == pa.list_(pa.int32())


def test_page_texts_replay_the_edits_and_match_the_stored_hash(built):
    from corpus_tools.clean.edits import replay
    from corpus_tools.records import Edit

    pages, edits = _table(built, "pages"), _table(built, "edits").to_pylist()
    documents = _table(built, "documents").to_pylist()
    got = texts.page_texts(pages, _table(built, "edits"))
    assert len(got) == pages.num_rows == 5
    for page, text in zip(pages.to_pylist(), got):
        steps: dict[int, list[Edit]] = {}
        for row in sorted((e for e in edits if e["page_id"] == page["page_id"] and e["field"] is None), key=lambda e: e["seq"]):
            steps.setdefault(row["step"], []).append(Edit(row["rule"], row["start"], row["end"], row["before"], row["after"]))
        assert steps, "every seed page has edits"
        assert text == replay(page["ingested_text"], [steps[k] for k in sorted(steps)]) != page["ingested_text"]
        assert hashlib.sha256(text.encode()).hexdigest() == page["text_sha256"]
        for doc in (d for d in documents if d["page_id"] == page["page_id"]):
            assert text[doc["page_start"]:doc["page_end"]] == doc["text"]


def _reassembled(rows: list[dict], document: str) -> dict[str, str]:
    """eid -> the node's full text built from own texts: its own text, then each child's full text,
    with the document's whitespace between them (only whitespace is taken from the document)."""
    children: dict[str | None, list[dict]] = {}
    for row in rows:
        children.setdefault(row["parent_eid"], []).append(row)
    full: dict[str, str] = {}

    def walk(row: dict) -> tuple[str, int]:
        text, at = row["text"], row["start"] + len(row["text"])
        for child in children.get(row["eid"], []):
            gap = document[at:child["start"]]
            assert not gap.strip(BLANK), (row["eid"], gap)
            child_text, at = walk(child)
            text += gap + child_text
        assert not document[at:row["end"]].strip(BLANK) and at <= row["end"]
        full[row["eid"]] = text + document[at:row["end"]]
        return full[row["eid"]], row["end"]

    for top in children.get(None, []):
        walk(top)
    return full


def test_provision_texts_are_own_texts_and_children(built):
    provisions, documents = _table(built, "provisions"), _table(built, "documents")
    got = texts.provision_texts(provisions, documents)
    text_of = dict(zip(documents.column("doc_id").to_pylist(), documents.column("text").to_pylist()))
    rows = provisions.to_pylist()
    parents = {r["parent_eid"] for r in rows}
    assert any(r["eid"] in parents for r in rows), "the seeds have nodes with children"
    own_shorter = 0
    for doc_id in text_of:
        mine = [(r, g) for r, g in zip(rows, got) if r["doc_id"] == doc_id]
        full = _reassembled([r for r, _ in mine], text_of[doc_id])
        for row, text in mine:
            assert text == full[row["eid"]] == text_of[doc_id][row["start"]:row["end"]]
            assert text.startswith(row["text"])
            own_shorter += len(row["text"]) < len(text)
    assert own_shorter > 10
    stored = sum(len(r["text"]) for r in rows)
    assert stored < 0.8 * sum(map(len, got))  # each text once: the own texts are much less than the full ones


def test_one_call_on_what_load_dataset_returns(built):
    """A researcher's session: load the configs with datasets, one call per kind of whole text, one row at a time too."""
    configs = {name: load_dataset(str(built), name, split="train") for name in ("documents", "provisions", "pages", "edits")}
    full = texts.provision_texts(configs["provisions"], configs["documents"])
    clean = texts.page_texts(configs["pages"], configs["edits"])
    assert full == texts.provision_texts(_table(built, "provisions"), _table(built, "documents"))
    assert clean == texts.page_texts(_table(built, "pages"), _table(built, "edits"))
    row = configs["provisions"][len(full) // 2]
    document = configs["documents"].filter(lambda d: d["doc_id"] == row["doc_id"])[0]["text"]
    assert texts.provision_text(row, document) == texts.provision_text(row, configs["documents"]) == full[len(full) // 2]
    assert texts.page_text(configs["pages"][1], configs["edits"]) == clean[1]
    frame = configs["edits"].to_pandas()
    assert texts.page_texts(configs["pages"].to_pandas(), frame) == clean  # pandas frames too
    shuffled = configs["pages"].shuffle(seed=0)
    assert texts.page_texts(shuffled, configs["edits"]) == [clean[configs["pages"]["page_id"].index(p)] for p in shuffled["page_id"]]


def test_format_2_gives_the_same_whole_texts(built, format_2):
    assert "text" in _table(format_2, "pages").schema.names
    assert texts.page_texts(_table(format_2, "pages"), _table(format_2, "edits")) == \
        texts.page_texts(_table(built, "pages"), _table(built, "edits"))
    assert texts.provision_texts(_table(format_2, "provisions"), _table(format_2, "documents")) == \
        _table(format_2, "provisions").column("text").to_pylist() == \
        texts.provision_texts(_table(built, "provisions"), _table(built, "documents"))
    page = load_dataset(str(format_2), "pages", split="train")[0]
    assert texts.page_text(page, {"page_id": [], "seq": []}) == page["text"]  # format 2: the stored text


def test_a_page_without_edits_is_its_ingested_text():
    page = {"page_id": "p-1", "ingested_text": "第一条　为了规范，制定本条例。", "text_sha256": "…"}
    assert texts.page_text(page, []) == page["ingested_text"]


def test_an_edit_that_does_not_fit_is_an_error_naming_it():
    edits = [{"page_id": "p", "seq": 0, "step": 2, "start": 0, "end": 1, "before": "總", "after": "总", "field": None}]
    with pytest.raises(ValueError, match="edit 0 .step 2. expects '總' at 0"):
        texts.page_text({"page_id": "p", "ingested_text": "总则", "text_sha256": ""}, edits)


def test_metadata_edits_are_not_replayed_on_the_page():
    edits = [{"page_id": "p", "seq": 0, "step": 0, "start": 0, "end": 1, "before": "標", "after": "标", "field": "title"}]
    assert texts.page_text({"page_id": "p", "ingested_text": "总则", "text_sha256": ""}, edits) == "总则"


# --------------------------------------------------------------------------- paragraphs (format 4)


def _in_memory(raw: bytes, name: str) -> tuple[dict, dict]:
    """A page's columns as the pipeline makes them (paragraphs as strings, every text whole), and as
    the build stores them (:func:`~corpus_tools.dataset.texts.store_once`)."""
    columns = page_columns(clean_page(ingest_bytes(raw, name)))
    return columns, texts.store_once(columns)


def _real_pages(site: str | None = None) -> list[Path]:
    """The real pages of ``../shared/real`` (one site's), less the few the build rejects (empty after reading)."""
    from corpus_tools.ingest import IngestError

    paths = []
    for path in sorted(p for name in ([site] if site else ["govcn", "bjtcm"]) for p in (REAL / name).iterdir()):
        try:
            ingest_file(path, path.parent)
        except IngestError:
            continue
        paths.append(path)
    return paths


def _paragraph_round_trip(paths: list[Path]) -> tuple[int, int, int]:
    """Each article's paragraphs read back from what the build stores are the pipeline's own; returns
    (articles, of which with a paragraph holding line breaks, of which not a split of text at its newlines)."""
    count = inner = unsplit = 0
    for path in paths:
        columns, stored = _in_memory(path.read_bytes(), path.name)
        made = columns["articles"]["paragraphs"]
        assert "paragraphs" not in stored["articles"]
        assert texts.article_paragraph_lists(stored["articles"]) == [list(p) for p in made], path.name
        for row in range(len(made)):
            one = {name: values[row] for name, values in stored["articles"].items()}
            assert texts.article_paragraphs(one) == list(made[row])
        count += len(made)
        inner += sum(any("\n" in p for p in paragraphs) for paragraphs in made)
        unsplit += sum(list(paragraphs) != text.split("\n") for paragraphs, text in zip(made, columns["articles"]["text"]))
    return count, inner, unsplit


def test_paragraphs_round_trip_on_the_seeds():
    count, inner, unsplit = _paragraph_round_trip(sorted(RAW.glob("*.txt")))
    assert count > 100 and inner > 0 and unsplit == inner


@needs_real
def test_paragraphs_round_trip_on_real_pages_whose_paragraphs_hold_line_breaks():
    """govcn and bjtcm: items (（一）…) stay inside their paragraph, so a paragraph may hold line breaks and
    the paragraphs are not ``text.split("\\n")``: the ends say where each ends."""
    count, inner, unsplit = _paragraph_round_trip(_real_pages())
    assert count > 400 and inner > 50 and unsplit == inner


def test_paragraphs_of_the_built_seeds_in_every_form(built, format_3):
    stored = _table(built, "articles")
    got = texts.article_paragraph_lists(stored)
    assert all("\n".join(p) == t for p, t in zip(got, stored.column("text").to_pylist()))
    assert any(len(p) > 1 for p in got) and any("\n" in x for p in got for x in p)
    loaded = load_dataset(str(built), "articles", split="train")
    assert texts.article_paragraph_lists(loaded) == texts.article_paragraph_lists(loaded.to_pandas()) == got
    assert texts.article_paragraphs(loaded[3]) == got[3]
    old = _table(format_3, "articles")  # a release of format 3: the paragraphs as strings
    assert "paragraphs" in old.schema.names and "paragraph_ends" not in old.schema.names
    assert texts.article_paragraph_lists(old) == old.column("paragraphs").to_pylist() == got
    assert texts.article_paragraphs(load_dataset(str(format_3), "articles", split="train")[3]) == got[3]


def test_paragraph_ends_that_do_not_fit_the_text_are_an_error():
    with pytest.raises(ValueError, match="not the ends of paragraphs"):
        texts.article_paragraphs({"text": "甲：\n（一）乙；", "paragraph_ends": [3, 8]})  # 3 is inside （一）
    with pytest.raises(ValueError, match="not the ends of paragraphs"):
        texts.split_paragraphs("甲", [2])


# --------------------------------------------------------------------------- pages rebuilt from documents (format 4)


def _elided_and_kept(paths: list[Path], *, reingest: bool = False) -> tuple[int, int]:
    """Each page's stored columns give its cleaned text back, with its documents; returns (pages stored
    without ingested_text, pages stored with it).  ``reingest``: the page's cleaned text ingested
    again as a ``.txt`` file (clean text: no edit)."""
    elided = kept = 0
    for path in paths:
        cleaned = clean_page(ingest_file(path, path.parent))
        if reingest:
            cleaned = clean_page(ingest_bytes(cleaned.text.encode("utf-8"), path.stem + ".txt"))
        columns = page_columns(cleaned)
        stored = texts.store_once(columns)
        page, edits, documents = stored["pages"], stored["edits"], stored["documents"]
        of_text = [e for e, f in zip(edits["seq"], edits["field"]) if f is None]
        spans = sorted(zip(documents["page_start"], documents["page_end"], documents["text"]))
        tiles = bool(spans) and spans[0][0] == 0 and spans[-1][1] == len(cleaned.text) and \
            all(a[1] == b[0] for a, b in zip(spans, spans[1:])) and "".join(t for _, _, t in spans) == cleaned.text
        assert (page["ingested_text"][0] is None) == (not of_text and tiles), path.name
        assert texts.page_texts(page, edits, documents) == [cleaned.text], path.name
        row = {name: values[0] for name, values in page.items()}
        assert texts.page_text(row, edits, documents) == cleaned.text
        assert texts.text_sha256(cleaned.text) == page["text_sha256"][0]
        if page["ingested_text"][0] is None:
            elided += 1
            with pytest.raises(ValueError, match=f"page {row['page_id']} stores no ingested_text.*pass the documents"):
                texts.page_text(row, edits)
        else:
            kept += 1
            assert page["ingested_text"][0] == cleaned.page.text
    return elided, kept


@needs_real
def test_real_pages_without_edits_whose_documents_tile_them_store_no_ingested_text():
    """bjtcm: the pages whose cleaning changed nothing are their one document; the others (edits) keep
    their ingested text.  govcn: every page has edits (site furniture) and some hold an info box
    outside every document: all keep it."""
    elided, kept = _elided_and_kept(_real_pages("bjtcm"))
    assert elided > 0 and kept > 0
    assert _elided_and_kept(_real_pages("govcn"))[0] == 0


@needs_real
def test_clean_pages_of_several_documents_are_rebuilt_from_them():
    """bjtcm's cleaned pages ingested again as text (no edit): notices with their attachments, each page
    its documents joined.  (govcn's no longer serve: their text opens with the page's info box as lines, which
    the first document now starts after — session 12, metadata.field_block_end — so their documents do not
    tile them and they keep their ingested text, as any page whose documents leave lines out.)"""
    paths = _real_pages("bjtcm")[:12]
    elided, kept = _elided_and_kept(paths, reingest=True)
    assert elided > 0 and elided + kept == len(paths)
    govcn = _real_pages("govcn")[:6]
    assert sum(_elided_and_kept(govcn, reingest=True)) == len(govcn)


def test_a_page_whose_documents_do_not_tile_it_keeps_its_ingested_text():
    """No edit, but a line before the first document (a page with a metadata box) or between two, or no
    document at all: the documents do not give the page, so its ingested text stays."""
    page = {"page_id": ["p"], "ingested_text": ["索引号：1\n第一条 甲。"], "text": ["索引号：1\n第一条 甲。"]}
    no_edits = {"field": []}
    docs = {"page_start": [6], "page_end": [12], "text": ["第一条 甲。"]}
    assert not texts.page_is_its_documents(page, no_edits, docs)
    assert not texts.page_is_its_documents(page, no_edits, {"page_start": [], "page_end": [], "text": []})
    tiled = {"page_start": [0, 6], "page_end": [6, 12], "text": ["索引号：1\n", "第一条 甲。"]}
    assert texts.page_is_its_documents(page, no_edits, tiled)
    assert not texts.page_is_its_documents(page, {"field": [None]}, tiled)  # an edit of its text
    assert texts.page_is_its_documents(page, {"field": ["title"]}, tiled)  # an edit of its title only
    assert texts.tiled_text([(0, 6, "索引号：1\n"), (7, 12, "第一条 甲。")]) is None


@needs_real
def test_the_spam_restoration_reads_pages_stored_without_ingested_text(tmp_path):
    """The build's second pass reads every page's cleaned text back from the shards
    (:func:`corpus_tools.dataset.restore.cleaned_texts`): pages without ingested text are their documents."""
    from corpus_tools.dataset.restore import cleaned_texts
    from corpus_tools.dataset.writer import ChunkResult

    raw = tmp_path / "raw"
    raw.mkdir()
    for path in _real_pages("bjtcm")[:16]:
        (raw / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    assert build(raw, out, progress=False).outcome == "ok"
    pages = _table(out, "pages")
    assert pages.column("ingested_text").null_count > 0
    files = {name: str(next((out / "data").glob(f"{name}-*.parquet"))) for name in ("pages", "edits", "documents")}
    read = dict(cleaned_texts([ChunkResult(0, [], files=files)]))
    expected = {path.name: clean_page(ingest_file(raw / path.name, raw)).text for path in raw.iterdir()}
    assert read == expected
    assert texts.page_texts(load_dataset(str(out), "pages", split="train"), _table(out, "edits"),
                            load_dataset(str(out), "documents", split="train")) == [expected[s] for s in pages.column("source_file").to_pylist()]
    old = as_format_3(out, tmp_path / "format-3")  # a release of format 3: every ingested text stored
    assert _table(old, "pages").column("ingested_text").null_count == 0
    assert texts.page_texts(_table(old, "pages"), _table(old, "edits")) == texts.page_texts(pages, _table(out, "edits"), _table(out, "documents"))
