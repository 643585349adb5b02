"""The build's recurring-furniture pass (issue 15a): lines a site's chrome leaves at the edges
of many of its pages go, as whole lines, with an edit each; the law's own recurring lines
(signatures, dates, addressees, metadata labels and values) stay, and so does a line that
recurs on too few of the site's pages."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.dataset.texts import page_texts
from corpus_tools.dataset.recurring import recurring_lines
from tests.conftest import SHARED

LAWS = ("某市停车条例", "某市绿化条例", "某市养犬条例", "某市供水条例")


def _page(law: str) -> str:
    return (
        "某区人民政府门户网站\n"
        "公开方式：\n主动公开\n"
        "各街道办事处，区政府各委、办、局：\n"
        f"{law}\n第一条 为了规范{law[2:-2]}管理，制定本条例。\n第二条 本条例自公布之日起施行。\n"
        "某区人民政府\n2020年1月1日\n"
        "本网站由某区人民政府办公室主办\n"
    )


def _rows(out: Path, config: str) -> list[dict]:
    return [row for path in sorted((out / "data").glob(f"{config}-*.parquet")) for row in pq.read_table(path).to_pylist()]


def test_chrome_on_most_pages_of_a_site_goes_and_the_laws_own_lines_stay(tmp_path):
    raw = tmp_path / "raw"
    (raw / "qu").mkdir(parents=True)
    (raw / "other").mkdir()
    for i, law in enumerate(LAWS):
        (raw / "qu" / f"{i}.txt").write_text(_page(law), encoding="utf-8")
    (raw / "other" / "0.txt").write_text(_page("某县河道条例"), encoding="utf-8")  # the same lines, once on its site
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    pages = _rows(tmp_path / "out", "pages")  # the cleaned page is its edits replayed, or its documents (data format 4)
    texts = dict(zip((row["source_file"] for row in pages),
                     page_texts(pages, _rows(tmp_path / "out", "edits"), _rows(tmp_path / "out", "documents"))))
    for i, law in enumerate(LAWS):
        text = texts[f"qu/{i}.txt"]
        assert "门户网站" not in text and "本网站由" not in text
        for kept in ("公开方式：\n主动公开\n", "各街道办事处，区政府各委、办、局：\n", f"{law}\n", "某区人民政府\n2020年1月1日\n"):
            assert kept in text
    assert texts["other/0.txt"].startswith("某区人民政府门户网站\n")
    edits = [row for row in _rows(tmp_path / "out", "edits") if row["rule"] == "recurring_furniture"]
    assert sorted({e["source_file"] for e in edits}) == [f"qu/{i}.txt" for i in range(4)]
    assert {e["before"].strip() for e in edits} == {"某区人民政府门户网站", "本网站由某区人民政府办公室主办"}


def test_a_line_on_too_few_of_the_sites_pages_is_no_chrome():
    pages = [(f"qu/{i}.txt", _page(law)) for i, law in enumerate(LAWS[:2])]
    pages += [(f"qu/x{i}.txt", f"某条例{i}\n第一条 甲。\n") for i in range(3)]
    assert recurring_lines(pages) == {}


def test_the_real_pages_have_no_recurring_chrome():
    """The 106 real pages of ../shared/real: their edges hold the laws' own lines (gov.cn
    metadata labels, addressees, signatures) and no chrome the first pass left: nothing goes."""
    from corpus_tools.ingest import IngestError, ingest_file
    from corpus_tools.pipeline import clean_page

    real = SHARED / "real"
    if not any(real.glob("*/*.html")):
        pytest.skip(f"{real} not present")
    pages = []
    for path in sorted(real.glob("*/*.html")):
        try:
            page = ingest_file(path, real)
        except IngestError:
            continue
        pages.append((page.source_file, clean_page(page).text))
    assert len(pages) > 100
    assert recurring_lines(pages) == {}, json.dumps({k: sorted(v) for k, v in recurring_lines(pages).items()}, ensure_ascii=False)


REAL_LYTW = Path(__file__).parent / "real_pages" / "lytw"


def test_outline_labels_at_the_edge_of_every_page_of_a_site_are_no_chrome(tmp_path):
    """Real pages (tests/real_pages/lytw/SOURCE.md): each 第N條 stands on a line of its own, so
    `第一条` is at the edge of every page of the site; it was deleted as recurring chrome and
    article 1 merged into the version history before it."""
    raw = tmp_path / "raw"
    (raw / "lytw").mkdir(parents=True)
    for path in sorted(REAL_LYTW.glob("*.html")):
        (raw / "lytw" / path.name).write_bytes(path.read_bytes())
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    removed = [row["before"] for row in _rows(tmp_path / "out", "edits") if row["rule"] == "recurring_furniture"]
    assert removed == []
    articles = _rows(tmp_path / "out", "articles")
    firsts = {row["source_file"]: row["article_no"] for row in sorted(articles, key=lambda r: -r["article_no"])}
    assert sorted(firsts) == [f"lytw/{p.name}" for p in sorted(REAL_LYTW.glob("*.html"))]
    assert set(firsts.values()) == {1}
    chapters = {row["source_file"]: row["chapter_title"] for row in articles if row["article_no"] == 1 and row["chapter_no"]}
    assert chapters == {"lytw/01128_0112893122400.html": "总则", "lytw/01141_0114189063000.html": "总则"}
    first_of_01010 = next(r for r in articles if r["source_file"] == "lytw/01010_0101036032700.html" and r["article_no"] == 1)
    assert first_of_01010["text"].endswith("本法依宪法第六十一条制定之。")


def test_a_templates_blank_signature_date_is_no_chrome():
    """The court-document templates of one site (xinmasi/TD2000, field test of session 6) all close on
    ``审判员 ×××`` / ``××××年××月××日`` / ``（院印）``: the date was deleted from 14 of 14."""
    def template(kind: str) -> str:
        return (f"{kind}\n（××××）×字第××号\n原告×××。\n本院认为，……\n判决如下：……\n"
                "审判长　×××\n审判员　×××\n\n××××年××月××日\n（院印）\n本件与原本核对无异\n书记员　×××\n")
    pages = [(f"td/{i}.html", template(kind)) for i, kind in enumerate(("民事判决书", "刑事判决书", "行政判决书", "民事裁定书"))]
    found = recurring_lines(pages)
    assert all("××××年××月××日" not in keys for keys in found.values()), found


@pytest.mark.parametrize("folder, kept", [
    # one real notice saved three times (field test 9, F9-P17): its title and heading were deleted from all three
    ("a_duplicate_copies", ("东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见", "（一）减轻企业负担，稳定就业岗位")),
    # three 起草说明 of one site (constructed in the standard form): the outline heading each opens with
    ("b_qicao_heading", ("一、起草背景",)),
    # three notices of one issuer (constructed, GB/T 9704 end): the publication note and the distribution line
    ("c_banji_tail", ("（此件公开发布）", "抄送：市委各部门，市人大常委会办公厅，市政协办公厅")),
])
def test_a_documents_own_lines_shared_by_a_sites_pages_stay(tmp_path, folder, kept):
    raw = Path(__file__).parent / "real_pages" / "field9" / "recurring" / folder
    out = tmp_path / "out"
    build(raw, out, progress=False)
    assert [e for e in _rows(out, "edits") if e["rule"] == "recurring_furniture"] == []
    texts = [d["text"] for d in _rows(out, "documents")]
    for line in kept:
        assert all(line in text for text in texts), line


def test_different_documents_between_sentence_like_chrome_are_not_copies():
    """The review of session 9: pages that open and close on chrome reading as a sentence (``欢迎访问…！``,
    ``主办：…。``) had one content key for all their documents, so the site's chrome was never found."""
    page = lambda n: (f"首页 | 网站地图\n欢迎访问某市人民政府网站！\n某市关于第{n}项工作的通知\n各区：\n现就第{n}项工作通知如下。\n"
                      f"请认真落实第{n}项工作。\n主办：某市人民政府办公厅。\n联系我们 | 网站声明\n")
    found = recurring_lines([(f"site/{n}.html", page(n)) for n in range(6)])
    assert len(found) == 6 and all(keys == {"首页|网站地图", "联系我们|网站声明"} for keys in found.values())
