"""Field test 17's structure and metadata leftovers (session 18, fix18), from the real pages (tests/real_pages/fix18).

F17-S1 an empty ``附件：`` above the signature made the signature an attachment; F17-M3 a report's lead cut by the
crawler was the title, a signer's name wrapped after 的 lost its first line; F17-N4 a spam site's search keyword
before the headline was in the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.structure.documents import find_title, signature_block
from corpus_tools.structure.metadata import tidy_title
from tests.real_build import page_documents

FOLDER = Path(__file__).parent / "real_pages" / "fix18"


@pytest.mark.parametrize("name,issuer,written", [
    ("jx_art_18830_1508831.txt", "江西省市场监管局", "2020-02-20"),
    ("jx_art_5400_1594700.txt", "江西省市场监督管理局", "2020-03-18"),
])
def test_an_empty_attachment_label_over_the_signature_annexes_nothing(name: str, issuer: str, written: str) -> None:
    documents = page_documents(FOLDER / name)
    assert [d.role for d in documents] == ["main"]
    assert documents[0].issuer == issuer and documents[0].written == written
    assert documents[0].text.rstrip().endswith("附件：\n" + issuer + "\n" + written[:4] + "年" + str(int(written[5:7])) + "月"
                                              + str(int(written[8:])) + "日")


ATTACHMENT_KEPT = (
    # names under the label: the 附件说明 (F13-C5's shape), the notice keeps its signature: one document
    ("现印发你们，请按照执行。\n附件：\n区域电网输电价格定价办法\n国家发展改革委\n2020年1月19日\n", ["main"]),
    # an attachment with a text, under a bare label: still an attachment
    ("特此通知。\n某局\n2020年1月1日\n附件：\n某某办法\n第一条 为了规范某事，制定本办法。\n第二条 本办法自公布之日起施行。\n", ["notice", "attachment"]),
    # a bare label over an organ and a date with more text under them: not the notice's tail
    ("特此通知。\n附件：\n某某委员会\n2020年1月19日\n一、申报条件：具有独立法人资格。\n二、申报程序：各单位于5月前报送。\n", None),
)


@pytest.mark.parametrize("text,roles", ATTACHMENT_KEPT)
def test_attachments_with_names_or_text_stay(tmp_path: Path, text: str, roles: list[str] | None) -> None:
    documents = page_documents(FOLDER / "probe.txt", text, tmp_path)
    if roles is None:
        assert len(documents) == 2 and documents[1].role == "attachment"
    else:
        assert [d.role for d in documents] == roles


def test_a_cut_lead_is_no_title() -> None:
    documents = page_documents(FOLDER / "jx_art_18830_1579802.txt")
    assert documents[0].title == "" and documents[0].issuer == "江西省市场监督管理局"


@pytest.mark.parametrize("lead", ["近期，江西省市场监督管理局", "近日，某市人民政府", "日前,国家发展改革委", "今年以来，全省各地"])
def test_a_leads_adverb_and_comma_open_no_title(lead: str) -> None:
    assert find_title(lead + "\n组织开展了专项监督抽检，抽检了样品。\n")[0] == ""


@pytest.mark.parametrize("title", ["近期工作要点", "关于近期加强安全生产工作的通知", "目前我国农村土地制度改革的若干问题"])
def test_titles_with_those_words_stay(title: str) -> None:
    assert find_title(title + "\n一、总体要求。\n")[0] == title


def test_a_signers_name_wrapped_after_its_de_is_one_name() -> None:
    documents = page_documents(FOLDER / "jx_art_5400_1565516.txt")
    assert documents[0].issuer == "省市场监管局新型冠状病毒感染的肺炎疫情防控工作领导小组"
    assert documents[0].written == "2020-03-09"


def test_a_sentence_line_above_the_signer_is_not_its_name() -> None:
    assert signature_block("请各单位认真做好相关工作。\n某某局\n2020年3月9日\n") == ("某某局", "2020年3月9日")
    assert signature_block("附件：某某表\n中国人民银行\n财政部\n2020年3月9日\n") == ("中国人民银行 财政部", "2020年3月9日")


def test_a_spam_sites_search_keyword_leaves_the_title() -> None:
    documents = page_documents(FOLDER / "lianzhaobiao_gupiaopeizianquan_22133.txt")
    assert documents[0].title == "场外配资清理的合法性分析"


@pytest.mark.parametrize("title,expected", [
    ("时时彩技巧 某某彩票管理办法实施细则", "某某彩票管理办法实施细则"),  # another trade (blind to the code: written after it, not tuned)
    ("股票配资 风险提示", "股票配资 风险提示"),  # no search word: kept
    ("彩票管理条例", "彩票管理条例"),
    ("国务院办公厅 关于加强彩票管理的通知", "国务院办公厅 关于加强彩票管理的通知"),
    ("配资平台 规范", "配资平台 规范"),  # too short after the blank to be a headline
])
def test_the_keyword_needs_its_shape(title: str, expected: str) -> None:
    assert tidy_title(title, "", 0) == expected
