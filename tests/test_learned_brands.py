"""Brand names a site's spam shows with evidence on one page, learned for its other pages
(issue 15): the build removes the same brand where a page alone shows too little of it, records
what it learned, and gives the same bytes for any number of workers and chunks."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.clean.spam import remove_spam_anchors
from corpus_tools.dataset import build as build_module
from corpus_tools.dataset.build import build
from corpus_tools.dataset.learned_brands import MIN_PAGES, learn_brands
from corpus_tools.dataset.texts import page_texts

LAW = "第{n}条 县级以上人民政府应当加强对应急预案工作的领导，指导{spam}制定应急预案。\n第{m}条 本条例自公布之日起施行。\n"


def _rows(out: Path, config: str) -> list[dict]:
    return [row for path in sorted((out / "data").glob(f"{config}-*.parquet")) for row in pq.read_table(path).to_pylist()]


def _texts(out: Path) -> dict[str, str]:
    pages = _rows(out, "pages")
    return dict(zip((row["source_file"] for row in pages), page_texts(pages, _rows(out, "edits"), _rows(out, "documents"))))


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    (raw / "other").mkdir()
    # the name shown with evidence: its Latin name spells it
    (raw / "site" / "0.txt").write_text("某市应急条例\n" + LAW.format(n="一", m="二", spam="博乐彩(bolecai)官方网站"), encoding="utf-8")
    # the same brand bare, twice: too little evidence on the page alone
    for i in (1, 2):
        (raw / "site" / f"{i}.txt").write_text(f"某区应急办法{i}\n" + LAW.format(n="一", m="二", spam="博乐彩APP镇人民政府"), encoding="utf-8")
    # the same bare brand on a site that never showed it with evidence: stays
    (raw / "other" / "0.txt").write_text("某县应急办法\n" + LAW.format(n="一", m="二", spam="博乐彩APP镇人民政府"), encoding="utf-8")
    return raw


def test_the_bare_brand_alone_is_no_spam():
    """What the page alone gives: the old behaviour, and the control of the build test."""
    text = "指导博乐彩APP镇人民政府制定应急预案。"
    assert remove_spam_anchors(text)[0] == text
    assert remove_spam_anchors(text, brands=frozenset({"博乐彩"}))[0] == "指导镇人民政府制定应急预案。"


def test_a_site_learns_the_brand_and_records_it(tmp_path):
    raw = _raw(tmp_path)
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome in ("ok", "findings"), summary.render()
    texts = _texts(tmp_path / "out")
    for i in (1, 2):
        assert "博乐彩" not in texts[f"site/{i}.txt"]
        assert "指导镇人民政府制定应急预案。" in texts[f"site/{i}.txt"]
    assert "指导博乐彩APP镇人民政府制定应急预案。" in texts["other/0.txt"]
    record = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    learned = {(b["site"], b["name"]): b for b in record["edits"]["learned_brands"]}
    assert learned["site", "博乐彩"]["pages"] == 3 and learned["site", "博乐彩"]["shown_on"] == "site/0.txt"
    assert learned["site", "博乐彩"]["spam"] == "博乐彩（bolecai）官方网站"
    assert not any(site == "other" for site, _ in learned)
    assert "learned      " in summary.render()


def test_same_bytes_for_any_workers_and_chunks(tmp_path, monkeypatch):
    raw = _raw(tmp_path)
    build(raw, tmp_path / "whole", progress=False)  # one chunk
    monkeypatch.setattr(build_module, "plan_chunks", lambda sizes: [range(i, i + 1) for i in range(len(sizes))])
    build(raw, tmp_path / "one", progress=False)  # a chunk per page: the brand learned across chunks
    build(raw, tmp_path / "two", workers=2, progress=False)
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*") if p.is_file())
    for name in files:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert _texts(tmp_path / "whole") == _texts(tmp_path / "one")
    assert "博乐彩" not in _texts(tmp_path / "one")["site/2.txt"]
    assert _rows(tmp_path / "whole", "edits") == _rows(tmp_path / "one", "edits")


def test_a_name_on_too_few_pages_or_without_evidence_is_not_learned():
    spam = [("s/0.txt", "博乐彩(bolecai)官方网站")]
    assert MIN_PAGES == 2
    assert learn_brands(spam, [("s/0.txt", "第一条 甲。")]).found == ()  # shown once, nowhere else
    # on other pages, but no removed string showed it with evidence
    assert learn_brands([("s/0.txt", "万博体育manbetx")], [("s/1.txt", "博乐彩APP"), ("s/2.txt", "博乐彩APP")]).brands == {}
    # shown with evidence on another site only
    assert learn_brands(spam, [("t/1.txt", "博乐彩APP"), ("t/2.txt", "博乐彩APP")]).brands == {}


def test_no_spam_no_texts_read():
    def texts():
        raise AssertionError("cleaned texts read without a spam string showing a name")
        yield

    assert learn_brands([], texts()).brands == {}
    # the seeds' spam: names the cleaner's lists know (manbetx) are nothing to learn, nothing read
    assert learn_brands([("copy000/000.txt", "万博体育APP官方网_万博体育manbetx3.0")], texts()).brands == {}
