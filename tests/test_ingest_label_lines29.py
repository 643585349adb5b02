"""Markup that separates a label from its text or a printed line from its paragraph (attr29).

Definition lists (:func:`corpus_tools.ingest.join_term_labels`): ``<dl><dt>第十三条</dt><dd>（市）区…</dd></dl>``
put the label on a line of its own, and a text opening with a parenthesis lost its opening words to a heading
(set 11, ``h11_layout_definition_list``: 99.9 %, 0.1 % false edits).  Positioned lines of a PDF's text layer
(:mod:`corpus_tools.html_lines`): pdf2htmlEX's ``div.t`` lines and pdf.js's positioned spans, one per printed line,
joined into their paragraphs by their left edges (set 11, ``h11_layout_pdf2html_lines``: 99.8 %).
Negatives: a glossary's terms, a flush-left text layer (labels at the margin), and positioned elements of an
ordinary page are read as before."""

from __future__ import annotations

import html

import pytest

from corpus_tools.ingest import html_to_text
from corpus_tools.pipeline import process_record

TITLE = "某市学前教育促进条例"
ARTICLES = [
    ("第一条", ["为了促进本市学前教育事业发展，规范学前教育机构的设立和管理，根据有关法律、法规，结合本市实际，制定本条例。"]),
    ("第二条", ["（市）区教育行政部门应当自受理许可申请之日起二十个工作日内作出是否批准的书面决定。准予许可的，应当在十个工作日内核发办学许可证。",
               "学前教育机构取得办学许可证后，应当依照有关法律、法规到登记机关办理登记。"]),
    ("第三条", ["区、县（市）教育行政部门履行下列职责：", "（一）制定本区域学前教育发展规划和年度计划，并组织实施；",
               "（二）负责本区域内学前教育机构的审批、登记注册和日常监督管理工作，指导学前教育机构提高保育教育质量；"]),
    ("第四条", ["本条例自2013年1月1日起施行。"]),
]
PLAIN = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
         + "".join(f"<p>{label} {paras[0]}</p>" + "".join(f"<p>{p}</p>" for p in paras[1:]) for label, paras in ARTICLES)
         + "</body></html>")


def _articles(page: str) -> list[tuple[str, str, str]]:
    rows = process_record({"source_file": "page.html", "bytes": page.encode("utf-8")})
    return [(a["label"], a.get("heading") or "", a["text"]) for a in rows["articles"]]


WANTED = _articles(PLAIN)


def _dl(sep: str) -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            + "".join(f"<dl><dt>{label}{sep}</dt>\n" + "".join(f"<dd>{p}</dd>\n" for p in paras) + "</dl>"
                      for label, paras in ARTICLES) + "</body></html>")


@pytest.mark.parametrize("sep", ["", " ", "\u3000", "&nbsp;"])
def test_a_definition_lists_labels_stand_before_their_text(sep):
    assert _articles(_dl(sep)) == WANTED


def test_a_glossarys_terms_stay_lines_of_their_own():
    page = ("<html><body><p>本条例下列用语的含义：</p><dl><dt>学前教育机构</dt><dd>指幼儿园和其他实施学前教育的机构。</dd>"
            "<dt>第一章</dt><p>不是描述</p></dl></body></html>")
    text, meta = html_to_text(page)
    assert "term_labels_joined" not in meta
    assert text == "本条例下列用语的含义：\n学前教育机构\n指幼儿园和其他实施学前教育的机构。\n第一章\n不是描述\n"


def _printed(width: int = 24) -> list[tuple[str, str]]:
    """The law as printed lines: ``(left edge, text)``, a paragraph's first line indented (``x2``), the rest at
    the margin (``x1``), the title centred (``x3``)."""
    out = [("x3", TITLE)]
    for label, paras in ARTICLES:
        for i, para in enumerate(paras):
            text = f"{label} {para}" if i == 0 else para
            cuts = list(range(0, len(text), width))
            for k, at in enumerate(cuts):
                out.append(("x2" if k == 0 else "x1", text[at : at + width]))
    return out


def _pdf2htmlex(lines: list[tuple[str, str]]) -> str:
    divs = "".join(f'<div class="t m0 {x} h2 y{k + 1:x} ff1 fs0 fc0 sc0 ls0 ws0">{html.escape(t)}</div>\n'
                   for k, (x, t) in enumerate(lines))
    return ('<html><head><title>t</title></head><body><div id="page-container"><div id="pf1" class="pf w0 h0">'
            f'<div class="pc pc1 w0 h0">{divs}</div></div></div></body></html>')


def _pdfjs(lines: list[tuple[str, str]], breaks: bool) -> str:
    left = {"x1": "72.00px", "x2": "96.00px", "x3": "180.00px"}
    spans = "".join(f'<span style="left: {left[x]}; top: {90 + 18 * k:.2f}px; font-size: 16.00px; font-family: serif;">'
                    f"{html.escape(t)}</span>" + ("<br>" if breaks else "") for k, (x, t) in enumerate(lines))
    return f'<html><body><div class="textLayer">{spans}</div></body></html>'


@pytest.mark.parametrize("kind", ["pdf2htmlex", "pdfjs_with_breaks", "pdfjs_without_breaks"])
def test_printed_lines_join_into_their_paragraphs(kind):
    lines = _printed()
    page = _pdf2htmlex(lines) if kind == "pdf2htmlex" else _pdfjs(lines, kind == "pdfjs_with_breaks")
    text, meta = html_to_text(page)
    assert meta["positioned_lines_joined"] == sum(1 for x, _ in lines if x == "x1")
    assert _articles(page) == WANTED


def test_a_flush_left_text_layer_is_read_as_before():
    lines = [("x1" if x == "x2" else x, t) for x, t in _printed()]  # paragraphs open at the margin too
    page = _pdf2htmlex(lines)
    text, meta = html_to_text(page)
    assert "positioned_lines_joined" not in meta
    assert text.count("\n") == len(lines)


def test_positioned_elements_of_an_ordinary_page_are_read_as_before():
    page = ('<html><body><div style="position:absolute; left: 10px; top: 5px">扫一扫</div>'
            + "".join(f"<p>{label} {paras[0]}</p>" for label, paras in ARTICLES) + "</body></html>")
    text, meta = html_to_text(page)
    assert "positioned_lines_joined" not in meta


def test_the_text_layer_reading_stays_linear():
    from selectolax.lexbor import LexborHTMLParser

    from corpus_tools.html_lines import join_positioned_lines
    from tests.timing import small_and_large

    unit = ('<div class="t m0 x2 h2 y1 ff1">第一条 本条例适用于本市行政区域内的</div><div class="t m0 x1 h2 y2 ff1">物业管理活动。</div>'
            '<span style="left:1px;top:2px">甲</span>')

    def read(page: str) -> int:
        return join_positioned_lines(LexborHTMLParser(page))

    small, large = small_and_large(read, unit, small=20_000, large=200_000)
    assert large < max(30 * small, 1.0), (small, large)
