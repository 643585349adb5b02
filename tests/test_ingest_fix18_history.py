"""A Taiwan law's version history (沿革) written as a lazily numbered Markdown list (session 18, fix18; field test 17's
curist/taiwan-laws Markdown): the entries numbered as the law's database numbers them, the first entry read as the law's
enactment (published, issuer, its order's number), no other list touched (review 17, R17-F9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file, markdown_to_text
from corpus_tools.markdown_text import numbered_history
from tests.real_build import page_documents

FOLDER = Path(__file__).parent / "real_pages" / "fix18"
INSURANCE = FOLDER / "md2_保險業投資保險相關事業管理辦法.md"
EQUIPMENT = FOLDER / "md2_交通事業機關呆廢器材處理辦法.md"


def test_the_history_reads_as_the_databases_numbered_entries() -> None:
    text = ingest_file(INSURANCE, FOLDER).text
    history = text[text.index("沿革"):].splitlines()[1:5]
    assert [line[:8] for line in history] == ["1.中華民國九十", "2.中華民國一百", "3.中華民國一百", "4.中華民國一百"]
    assert "1. 中華民國" not in text


def test_the_first_entry_dates_and_numbers_the_law() -> None:
    [document] = page_documents(INSURANCE)
    assert (document.published, document.doc_number, document.issuer) == ("2007-08-29", "金管保一字第09602503941号",
                                                                          "行政院金融监督管理委员会")


def test_the_articles_lazy_numbers_still_go_beside_a_history() -> None:
    # two 項 written ``1. `` under 第 4 條: the page's other lazy items (its history's) are evidence of its numbering too
    [document] = page_documents(EQUIPMENT)
    assert "\n1. 凡因" not in document.text and "凡因规格、性能已不合标准" in document.text
    assert document.published == "1955-01-05" and document.doc_number == "（44）交发计字第00076号"


NOT_A_HISTORY = (
    # an article's items under a lead-in keep their lazy numbers (R17-F9)
    "## 第二條\n申請應檢具下列文件：\n1. 中華民國九十年一月一日以後之申請書。\n1. 其他。\n",
    # items under the 沿革 heading that are no dated entries
    "## 沿革\n1. 本法歷次修正。\n1. 詳見立法院公報。\n",
    # a history in another heading's section, not under 沿革
    "## 附則\n1. 中華民國九十年一月一日起施行。\n",
)


@pytest.mark.parametrize("body", NOT_A_HISTORY)
def test_no_other_list_is_renumbered(body: str) -> None:
    assert numbered_history(body) == (body, {})
    assert markdown_to_text(body).count("1. ") == body.count("1. ")  # (nor stripped by the reader)


def test_the_history_stops_at_the_next_heading() -> None:
    body = "## 沿革\n1. 中華民國九十年一月一日總統令制定公布全文 3 條\n## 附件\n1. 中華民國九十一年申請表\n"
    text, declared = numbered_history(body)
    assert text == "## 沿革\n1.中華民國九十年一月一日總統令制定公布全文 3 條\n## 附件\n1. 中華民國九十一年申請表\n"
    assert declared == {"published": "2001-01-01", "issuer": "總統"}


def test_a_long_history_is_read_in_linear_time() -> None:
    import time

    body = "## 沿革\n" + "1. 中華民國九十年一月一日總統令修正公布第 3 條\n" * 20_000
    began = time.process_time()
    text, _ = numbered_history(body)
    assert time.process_time() - began < 2.0
    assert text.rstrip().endswith("20000.中華民國九十年一月一日總統令修正公布第 3 條")


def test_a_laws_rank_is_no_sites_chrome() -> None:
    # three laws of one rank (命令) from the same database: their head's 法規位階 line recurs, and stays (field test 17:
    # recurring_furniture took it from 41 of 48 laws); the repository's own section heading ``法條`` is still its chrome
    from corpus_tools.dataset.recurring import recurring_lines

    names = ("md2_保險業投資保險相關事業管理辦法.md", "md2_交通事業機關呆廢器材處理辦法.md", "md2_內政部國家公園署台江國家公園管理處編制表.md")
    pages = [(f"twlaws/{name}", ingest_file(FOLDER / name, FOLDER).text) for name in names]
    assert all("法規位階：命令" in text for _, text in pages)
    found = recurring_lines(pages)
    assert found and all("法規位階：命令" not in keys and "法規位階:命令" not in keys for keys in found.values())
    assert all("法條" in keys for keys in found.values())


def test_a_taiwan_laws_inserted_articles_number_alike_from_its_json_and_its_markdown(tmp_path: Path) -> None:
    """The JSON reader writes the database's ``第 1-1 條`` as the gazette's ``第1條之1`` (a hyphen label is read only
    alone on its line, and an article may open on another's label: F16B-I1); the Markdown keeps ``第 1-1 條`` alone
    on its line.  Decision (session 18): both stay as they are, since the numbers, the dataset's labels and the
    articles agree, which this test holds (it found the Markdown's inserted articles keeping their paragraphs' lazy
    ``1. `` and its last article holding the 沿革: both mended)."""
    from corpus_tools.dataset.build import build
    import pyarrow.parquet as pq

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("json_個人資料保護法.json", "md_個人資料保護法.md"):
        (raw / name).write_bytes((FOLDER / name).read_bytes())
    build(raw, tmp_path / "out")
    rows = [row for f in sorted((tmp_path / "out" / "data").glob("articles-*.parquet")) for row in pq.read_table(f).to_pylist()]
    by_file: dict[str, list[tuple]] = {}
    for row in rows:
        by_file.setdefault(row["source_file"].split("#")[0], []).append((row["article_no"], row["article_suffix"], row["label"], row["text"]))
    assert by_file["json_個人資料保護法.json"] == by_file["md_個人資料保護法.md"]
    assert (1, 1, "第一条之一") in [key[:3] for key in by_file["md_個人資料保護法.md"]]
