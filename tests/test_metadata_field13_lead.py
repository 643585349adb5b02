"""Field test 13's metadata findings the lead fixed, from the real pages of tests/real_pages/field13_lead
(SOURCE.md there)."""

from __future__ import annotations

import pytest

from corpus_tools.structure import metadata as md
from tests.real_build import build_real_pages

TIANJIN = "tianjin_gxj_2021_3.txt"
SHANGHAI = "shanghai_fgw_2019_7.html"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field13_lead", tmp_path_factory.mktemp("field13lead"), configs=("documents", "edits"))


def test_a_letterspaced_box_under_a_menu_gives_issuer_status_and_place(built):
    """F13-D5: the box (``发 布 机 构 ：`` ⏎ ``天津市工业和信息化局`` … ``有 效 性 ：`` ⏎ ``有效``) under the site's
    menu was read in part: the issuer came from the title without its city, no place, no status."""
    notice = built["documents:" + TIANJIN][0]
    assert (notice["issuer"], notice["jurisdiction"], notice["status"]) == ("天津市工业和信息化局", "天津市", "in_force")
    assert (notice["doc_number"], notice["index_no"]) == ("津工信电力〔2021〕3号", "11120000MB1896646L/2021-00073")
    assert notice["topic"] == "科技工业信息化\\工业；科技工业信息化\\信息化"


def test_the_box_values_are_not_glued_to_their_labels(built):
    """F13-A1 on the whole page: no box value joined to the next label.  The box is the page's head, in no document
    since session 14 (fix14: the notice starts at its heading), so the cleaned page text is read."""
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page
    from tests.real_build import REAL

    cleaned = clean_page(ingest_file(REAL / "field13_lead" / TIANJIN, REAL / "field13_lead"))
    assert "信息化\n成 文 日 期 ：" in cleaned.text
    notice = built["documents:" + TIANJIN][0]
    assert "成 文 日 期" not in notice["text"] and notice["text"].startswith("市工业和信息化局关于印发\n")


def test_the_notice_keeps_its_attachment_line_above_three_issuers(built):
    """F13-A4: ``附件：…（试行）.docx`` above the three issuers was deleted as a download list."""
    notice = built["documents:" + SHANGHAI][0]
    assert "附件：上海市省间清洁购电交易机制实施办法（试行）.docx\n上海市发展和改革委员会\n" in notice["text"]
    assert not [e for e in built.get("edits:" + SHANGHAI, []) if ".docx" in e["before"]]


def test_box_validity_is_the_declared_status():
    assert md.head_fields("有 效 性 ：\n有效\n某某通知\n正文")["status"] == "有效"
    assert "status" not in md.head_fields("有效性：\n本通知自印发之日起施行，有效期五年，至2026年止。\n")
