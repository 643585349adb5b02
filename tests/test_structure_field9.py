"""Structure on real pages of field test 9 (/work/notes/field9.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page

PAGES = Path(__file__).parent / "real_pages" / "field9"


def _documents(path: Path):
    return structure_page(clean_page(ingest_file(path, path.parent))).documents


def test_a_bare_breadcrumb_label_does_not_take_the_title_line():
    """F9-P18: 广安区人民政府's page opens with ``您当前所在位置:`` (the crumbs' links lost), and the title
    under it was read as that label's value: title ''."""
    notice = _documents(PAGES / "guanganqu_content_1717747978409553920.txt")[0]
    assert notice.title == "广安市广安区人民政府办公室关于印发广安市广安区城市精细化管理实施细则的通知"


@pytest.mark.parametrize("label", ["您当前所在位置：", "当前所在位置：", "您当前所在的位置：", "您目前所处位置：", "当前位置：", "您现在的位置："])
def test_breadcrumb_labels_in_the_wordings_sites_use(tmp_path, label):
    page = tmp_path / "p.txt"
    page.write_text(f"{label}\n\n某市人民政府关于做好防汛工作的通知\n各区人民政府：\n现就做好防汛工作通知如下。\n", encoding="utf-8")
    assert _documents(page)[0].title == "某市人民政府关于做好防汛工作的通知"


def test_a_document_number_above_the_title_is_the_number_not_a_wall():
    """F9-P12: a 公文 printed without its letterhead keeps the 文号 above the title (沪府发〔2017〕92号 ⏎
    上海市人民政府印发《…》的通知); the title was '' and the document typed other."""
    notice = _documents(PAGES / "htgfsre_nw41430_54611.txt")[0]
    assert notice.title == "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"
    assert notice.doc_number == "沪府发〔2017〕92号"


@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_state_council_number_above_its_title(tmp_path, blank):
    """The same layout, constructed by field test 9 from 国办发〔2019〕5号 (with and without blank lines)."""
    page = tmp_path / "p.txt"
    page.write_text(f"国办发〔2019〕5号\n{blank}国务院办公厅关于加强和规范事中事后监管的指导意见\n{blank}"
                    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为深入推进简政放权，现提出以下意见。\n", encoding="utf-8")
    (doc,) = _documents(page)
    assert (doc.title, doc.doc_number) == ("国务院办公厅关于加强和规范事中事后监管的指导意见", "国办发〔2019〕5号")


def test_an_adoption_note_behind_its_label_is_read():
    """F9-E1: flk.npc.gov.cn's .docx as Markdown puts the note behind a label, ``> 沿革：（2000年12月25日…通过
    2001年2月5日…公布 自2001年2月14日起施行）``; adopted and published were null on 18 of 19 such files."""
    (doc,) = _documents(PAGES / "flk_md_zhiwu_xinpinzhong_2001.md")
    assert (doc.adopted, doc.published, doc.effective) == ("2000-12-25", "2001-02-05", "2001-02-14")
