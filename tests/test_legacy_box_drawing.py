"""GBK pages drawn with box-drawing forms (tests/real_pages/td2000, SOURCE.md) decode as GB18030; a file in
another encoding with the same kind of forms is still refused, and the refusal names the test it failed."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.ingest import IngestError, ingest_bytes

TD2000 = Path(__file__).parent / "real_pages" / "td2000"


@pytest.mark.parametrize("name, words", [("jiedaiht03.php", "│借款金额（大写）"), ("zulinght02.php", "租赁")])
def test_a_gbk_page_with_box_drawing_forms_decodes_as_gb18030(name, words):
    data = (TD2000 / name).read_bytes()
    page = ingest_bytes(data, name)
    assert page.encoding == "gb18030"
    assert words in page.text and "\ufffd" not in page.text
    assert sum("\u2500" <= char <= "\u257f" for char in page.text) > 100  # the forms are kept as drawn


def test_a_russian_dos_form_with_box_drawing_is_still_refused_and_says_why():
    form = ("┌──────────┬──────────┐\n│ Сумма кредита │ Дата выдачи │\n└──────────┴──────────┘\n"
            "Заемщик обязуется вернуть кредит в срок, указанный в договоре.\n" * 20)
    with pytest.raises(IngestError) as refused:
        ingest_bytes(form.encode("cp866"), "kredit.txt")
    assert refused.value.code == "undecodable" and "no Chinese legacy encoding" in str(refused.value)


def test_a_gbk_page_mostly_russian_decodes_but_is_refused_naming_the_share_that_belongs():
    page = ("┌────┐\n│ 借款合同 │\n└────┘\n" + "Заемщик обязуется вернуть кредит в срок.\n" * 10).encode("gb18030")
    with pytest.raises(IngestError) as refused:
        ingest_bytes(page, "kredit.txt")
    assert refused.value.code == "undecodable"
    assert "it decodes as GB18030, but only" in str(refused.value) and "% of its characters belong" in str(refused.value)


def test_box_drawing_alone_does_not_make_a_wrong_decoding_pass():
    """Latin-1 text decoded as GB18030 gives rare Han characters: refused with the common-character figure."""
    text = ("┌────┐\n│ Le débiteur s'engage à rembourser l'emprunt à l'échéance prévue │\n└────┘\n" * 30)
    data = text.encode("gb18030").replace("é".encode("gb18030"), "é".encode("latin-1")).replace(
        "à".encode("gb18030"), "à".encode("latin-1"))
    with pytest.raises(IngestError) as refused:
        ingest_bytes(data, "pret.txt")
    assert refused.value.code in ("undecodable", "not_chinese")


@pytest.mark.parametrize("name", ["jiedaiht03.php", "zulinght02.php"])
def test_a_page_opening_with_a_php_block_is_read_as_html(name):
    """The pages open with ``<?⏎include_once("inc/auth.inc.php");⏎…?>`` and then ``<style>…<BODY>``: they were
    read as text, their markup and CSS (``font-family: 宋体;``) left in the document."""
    page = ingest_bytes((TD2000 / name).read_bytes(), name)
    assert page.format == "html"
    assert not any(code in page.text for code in ("include_once", "font-family", "<BR>", "<br", "?>"))


def test_a_text_page_opening_with_a_question_mark_block_stays_text():
    page = ingest_bytes("<? 以下为草稿 ?>\n第一条 为了规范合同管理，制定本办法。\n".encode(), "draft.txt")
    assert page.format == "text" and page.text.startswith("<? 以下为草稿 ?>")
