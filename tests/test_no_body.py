"""The ``no_body`` finding: a page with no text of a document (a placeholder, a download wall) on the real
pages that showed it, and short real texts (批复, a 国务院令) that must not carry it.

tests/real_pages/field10/SOURCE.md: field test 9, F9-E9 (Elysia4's metadata-only file) and F9-P11 (m.bdocx.com's
download page), both built as documents with 0 findings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.validation.completeness import NO_BODY, no_body
from corpus_tools.validation.quality import CHECK_NAMES
from tests.real_build import build_real_pages

FIELD10 = Path(__file__).parent / "real_pages" / "field10"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages("field10", tmp_path_factory.mktemp("no_body"),
                            names=("metadata_only_hk_decision.md", "m_bdocx_down_24308808.txt", "cee_pdf_viewer_gdbycfml.md"),
                            configs=("documents", "findings"))


def _excerpt(built: dict, name: str) -> str:
    (found,) = [f["excerpt"] for f in built["findings:" + name] if f["check"] == NO_BODY]
    return found


def test_the_check_is_registered():
    assert NO_BODY in CHECK_NAMES


def test_a_metadata_only_file_has_no_body(built):
    (document,) = built["documents:metadata_only_hk_decision.md"]
    assert NO_BODY in document["findings"]
    assert "（未取得正文，请通过官方链接查阅。）" in _excerpt(built, "metadata_only_hk_decision.md")
    assert "（未取得正文，请通过官方链接查阅。）" in document["text"]  # the text is kept


def test_a_download_page_has_no_body(built):
    (document,) = built["documents:m_bdocx_down_24308808.txt"]
    assert NO_BODY in document["findings"]
    excerpt = _excerpt(built, "m_bdocx_down_24308808.txt")
    assert excerpt.startswith("a download or login wall") and "captcha" in excerpt and "login" in excerpt


def test_a_page_whose_text_is_a_pdf_viewer_has_no_body(built):
    (document,) = built["documents:cee_pdf_viewer_gdbycfml.md"]
    assert document["title"] == "广东省生态环境不予行政处罚的轻微违法行为目录"
    # since session 12 the viewer's notice goes as site chrome (furniture.viewer_notice_lines): the document has no
    # text left at all, and says so (non_empty_text) instead of "the text says it is elsewhere"
    assert "non_empty_text" in document["findings"] or NO_BODY in document["findings"]


def test_a_notice_that_points_to_its_attachment_after_its_own_body_has_a_body():
    """bjtcm's notices end ``名单详见附件1。`` after their own sentences; only a text that is nothing but the
    pointer (/work/shared/real/bjtcm/052_t20191219_1338256.html: ``详见附件！``) has none."""
    assert no_body("关于公布名单的通知", "各有关单位：\n经评审，现将名单予以公布。\n推荐名额详见附件1。\n") is None
    assert no_body("", "详见附件！\n") == "the text says it is elsewhere: 详见附件！"


@pytest.mark.parametrize("name", ["govcn_pifu_045_text.txt", "govcn_order_707_text.txt", "spp_pifu_atm_text.txt"])
def test_short_real_texts_have_a_body(name: str) -> None:
    text = (FIELD10 / name).read_text(encoding="utf-8")
    assert no_body(text.split("\n", 1)[0], text) is None


@pytest.mark.parametrize("text", [
    # a regulation that quotes the phrase keeps its articles
    "第十二条 申请材料未取得正文的，不予受理。\n（未取得正文的，退回申请人）",
    # a guide whose sentences name the widgets: not short widget lines
    "登录网上办事大厅后，输入账号、密码和验证码，点击“立即下载”即可获取电子证照，支付方式为微信支付。",
    # a real rule on payments names captcha, payment and login: it has articles
    "第二十条 收单机构应当采用验证码\n支付方式: 微信支付\n忘记密码\n快捷下载\n第二十一条 本规范自发布之日起施行。",
])
def test_texts_that_name_the_words_are_not_flagged(text: str) -> None:
    assert no_body("某规定", text) is None
