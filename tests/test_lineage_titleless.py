"""A title-less text joins the version group of the text its articles align with (field test 18, F18-M1).

Real: GitHub ihmsje/Change-Index-Chinese-Law (tests/real_pages/fix19/SOURCE.md): 动物防疫法 2015 (titled) and 2021
(body only), 生猪屠宰管理条例 2008 and 2016 (both body only), 食品卫生法 1995 and 食品安全法 2009 (two laws, both body
only: the negative).  Blind (/work/notes/fix19/blind.md, written before the code): V1 a title-less copy of a DLC law
with a fifth of its articles edited; N-V1 an invented text that shares only its 附则 articles with a DLC law.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build

REAL = Path(__file__).parent / "real_pages" / "fix19"


def _built(tmp_path: Path, files: dict[str, str]) -> dict[str, dict]:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in files.items():
        (raw / name).write_text(text, encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    rows = [r for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet")) for r in pq.read_table(path).to_pylist()]
    return {r["source_file"]: r for r in rows}


def _alignments(tmp_path: Path) -> list[dict]:
    return [r for path in sorted((tmp_path / "out" / "data").glob("alignments-*.parquet")) for r in pq.read_table(path).to_pylist()]


def _real(*names: str) -> dict[str, str]:
    return {name: (REAL / f"ihmsje_{name}").read_text(encoding="utf-8") for name in names}


def test_real_titleless_versions_join_the_titled_group_and_each_other(tmp_path: Path):
    docs = _built(tmp_path, _real("2015.txt", "2021.txt", "pig_2008.txt", "pig_2016.txt"))
    assert docs["2015.txt"]["title"].startswith("中华人民共和国动物防疫法") and docs["2021.txt"]["title"] == ""
    assert docs["2021.txt"]["version_group"] == docs["2015.txt"]["version_group"] is not None
    assert docs["pig_2008.txt"]["version_group"] == docs["pig_2016.txt"]["version_group"] is not None
    assert docs["pig_2008.txt"]["version_group"] != docs["2015.txt"]["version_group"]
    pairs = {(r["draft_doc_id"], r["final_doc_id"]) for r in _alignments(tmp_path)}
    assert (docs["2015.txt"]["doc_id"], docs["2021.txt"]["doc_id"]) in pairs  # 2015 -> 2021 aligned article by article


def test_real_two_laws_one_replacing_the_other_are_not_one_group(tmp_path: Path):
    """Negative, real: 食品安全法 (2009) replaced 食品卫生法 (1995) and repeats some of its articles: two laws."""
    docs = _built(tmp_path, _real("food_1995.txt", "food_2009.txt"))
    assert docs["food_1995.txt"]["version_group"] is None and docs["food_2009.txt"]["version_group"] is None


def _dlc_law() -> str:
    law = Path("/work/ref/DLC/广东地方法规/地方性法规/广东/广东省全民义务植树条例(2022-06-01).md")
    if not law.exists():
        pytest.skip("the shared DLC corpus is not beside the checkout")
    return law.read_text(encoding="utf-8")


def _body(law: str) -> list[str]:
    return [line for line in law.split("<!-- INFO END -->", 1)[1].split("\n") if line.strip()]


def test_blind_a_titleless_edited_copy_joins_its_law(tmp_path: Path):
    """V1: the law's body with its title and history removed and every fifth article reworded."""
    law = _dlc_law()
    lines = _body(law)
    edited = [line.replace("应当", "必须") if line.startswith("第") and k % 5 == 0 else line for k, line in enumerate(lines)]
    docs = _built(tmp_path, {"law.md": law, "copy.txt": "\n".join(edited) + "\n"})
    assert docs["copy.txt"]["title"] == "" and docs["copy.txt"]["version_group"] == docs["law.md"]["version_group"] is not None


def test_blind_a_text_sharing_only_its_closing_articles_stays_apart(tmp_path: Path):
    """N-V1: ten invented articles, then the law's last three articles verbatim (its 附则 shape)."""
    law = _dlc_law()
    tail = [line for line in _body(law) if line.startswith("第")][-3:]
    own = [f"第{n}条 本市对第{n}类公共停车场的收费标准实行政府指导价，由价格主管部门会同有关部门制定。" for n in
           "一二三四五六七八九十"]
    docs = _built(tmp_path, {"law.md": law, "other.txt": "\n".join(own + tail) + "\n"})
    assert docs["other.txt"]["version_group"] is None and docs["law.md"]["version_group"] is None


def test_an_undated_placed_text_is_a_member_but_not_in_the_chain():
    """chingboh's ``akn_2005.xml`` case: a placed title-less text without any date is not aligned as a version
    (a dated one is; titled texts are as before)."""
    from corpus_tools.records import Document
    from corpus_tools.structure.lineage import version_groups_by_stamp

    law = dict(doc_type="regulation", jurisdiction="中华人民共和国", version_group="vg-1")
    docs = [Document("a", "p", "a.html", 0, "", title="某法", adopted="1993-12-29", **law),
            Document("b", "p", "b.html", 0, "", title="某法", amended="2005-10-27", **law),
            Document("u", "p", "u.txt", 0, "", title="", **law),
            Document("d", "p", "d.txt", 0, "", title="", effective="2014-03-01", **law)]
    [(gid, versions)] = version_groups_by_stamp(docs, placed={"u", "d"})
    assert gid == "vg-1" and [d.doc_id for d in versions] == ["a", "b", "d"]
