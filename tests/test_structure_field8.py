"""Structure failures the field tests of session 7 showed on real pages (/work/notes/field7.md,
field7b.md), each with the real page or the real lines that showed it, and pages that must not change.

Sources: tests/real_pages/field8/SOURCE.md and the SOURCE.md of the other folders named below.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.structure.tree import outline

REAL = Path(__file__).parent / "real_pages"


def _build(folder: str, out: Path, names: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """Documents and articles of a build of tests/real_pages/FOLDER (only ``names`` when given),
    by ``config:file name``, in order."""
    raw = out / "raw"
    raw.mkdir(parents=True)
    for path in sorted((REAL / folder).iterdir()):
        if path.name != "SOURCE.md" and (not names or path.name in names):
            (raw / path.name).write_bytes(path.read_bytes())
    summary = build(raw, out / "build", progress=False)
    assert summary.outcome == "ok", summary.render()
    by_file: dict[str, list[dict]] = {}
    for config in ("documents", "articles"):
        for path in sorted((out / "build" / "data").glob(f"{config}-*.parquet")):
            for row in pq.read_table(path).to_pylist():
                by_file.setdefault(config + ":" + Path(row["source_file"]).name, []).append(row)
    for rows in by_file.values():
        rows.sort(key=lambda r: (r.get("doc_id", ""), r.get("ordinal", 0), r.get("start", 0)))
    return by_file


@pytest.fixture(scope="module")
def field8(tmp_path_factory) -> dict[str, list[dict]]:
    return _build("field8", tmp_path_factory.mktemp("field8"))


# F7B-P3: ``??? 第一條``, the indentation a crawler wrote as question marks ----------------------------

@pytest.mark.parametrize("name, second", [
    ("shkps_70653.txt", "本条例所称娱乐场所"),
    ("dh635_633777_body.txt", "本办法适用于"),
])
def test_an_article_behind_lost_indentation_is_read(field8, name, second):
    articles = field8["articles:" + name]
    assert [a["label"] for a in articles[:2]] == ["第一条", "第二条"]
    assert articles[0]["text"].startswith("为")
    assert articles[1]["text"].startswith(second)


@pytest.mark.parametrize("indent", ["???", "？？？", "?", "\ufffd\ufffd", "??\u3000"])
def test_any_run_of_question_marks_before_a_label_is_indentation(indent):
    text = f"某条例\n第一章 总则\n{indent} 第一条 为了甲，制定本条例。\n第二条 乙。\n"
    assert [e.label for e in outline(text).events] == ["第一章", "第一条", "第二条"]


def test_question_marks_before_other_text_or_a_mid_line_label_open_nothing():
    text = ("某条例\n第一条 为了甲，制定本条例。\n？。（一）反对宪法确定的基本原则的；\n"
            "是否适用？第二条规定的程序。\n第二条 乙。\n")
    assert [e.label for e in outline(text).events] == ["第一条", "第二条"]


# F7-S10: the Hong Kong gazette's ``[ 第 2 條 ]`` and its bilingual page headers ------------------------

GAZETTE = REAL / "hkgazette" / "cs220202449139_excerpt.txt"


def test_a_schedules_bracketed_authority_and_the_page_headers_are_no_articles():
    """L.N. 139 of 2020 (tests/real_pages/hkgazette): ``附表 4⏎[ 第 2 條 ]⏎關於移除…的細則`` cites rule 2
    (the English page's ``[r. 2]``); ``附表 4——第 1 部⏎第 1 條⏎Schedule 4—Part 1⏎Section 1`` heads a page.
    Its provisions are ``1. 釋義``, ``2. …``: no 第N條 of this text is an article."""
    text = GAZETTE.read_text(encoding="utf-8")
    assert "\n[ 第 2 條 ]\n" in text and "\n第 1 條\nSchedule 4—Part 1" in text
    assert [e for e in outline(text).events if e.type == "article"] == []


@pytest.mark.parametrize("text, labels", [
    ("某条例\n[第一条]为了甲，制定本条例。\n[第二条]本条例自公布之日起施行。\n", ["第一条", "第二条"]),
    ("某条例\n【第一条】\n为了甲，制定本条例。\n【第二条】\n本条例自公布之日起施行。\n", ["第一条", "第二条"]),
    ("某条例\n第一条\n为了甲，制定本条例。\n第二条\nSection 2 of the Ordinance applies.\n", ["第一条", "第二条"]),
])
def test_bracketed_labels_with_their_body_and_labels_over_other_english_stay_articles(text, labels):
    assert [e.label for e in outline(text).events if e.type == "article"] == labels


# F7B-P8: a notice that puts a draft out for comment, the draft under its signature --------------------

@pytest.mark.parametrize("name, draft", [
    ("xmrd_46.txt", "厦门经济特区社会信用条例"),
    ("shenyang_4342086.txt", "沈阳市社会信用条例（草案）"),
])
def test_a_notice_for_comment_and_the_draft_under_its_signature_are_two_documents(field8, name, draft):
    documents = field8["documents:" + name]
    assert [d["role"] for d in documents] == ["notice", "attachment"]
    assert documents[1]["title"] == draft
    assert documents[1]["status"] == "draft_for_comment"
    assert documents[1]["text"].lstrip().startswith(draft[:8])


def test_a_notice_for_comment_signed_without_a_text_under_it_stays_whole():
    from corpus_tools.structure.documents import split_documents
    notice = ("关于某某事项公开征求意见的公告\n现将有关事项向社会公开征求意见，请于11月23日前反馈。\n"
              "某某市人大常委会办公厅\n2018年11月12日\n联系电话：0592-1234567\n")
    assert [s.role for s in split_documents(notice)] == ["main"]
