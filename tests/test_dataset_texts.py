"""Whole texts from a dataset that stores each text once (data format 3), and from format 2.

The seeds are built once; the whole texts the public functions of
:mod:`corpus_tools.dataset.texts` give are checked against what the rows promise, computed
here without those functions: a page's edits replayed with the cleaners' own
``clean.edits.replay``, a provision's full text as its own text and its children's with
whitespace between (the tree walked here), and against the same build written as a tool of
format 2 wrote it (:func:`tests.release_helpers.as_format_2`).
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
from corpus_tools.tables import DATA_FORMAT, PAGES, PROVISIONS
from tests.conftest import RAW
from tests.release_helpers import as_format_2

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


def _table(folder: Path, config: str) -> pa.Table:
    return pa.concat_tables([pq.read_table(p) for p in sorted((folder / "data").glob(f"{config}-*.parquet"))])


def test_the_stored_columns_are_format_3(built):
    assert DATA_FORMAT == 3
    assert _table(built, "pages").schema.names == PAGES.names and "text" not in PAGES.names
    assert _table(built, "provisions").schema.names == PROVISIONS.names


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
