"""A tool's output format around the text: siblings of hOCR that the reader was not shown (room markup30).

The family (see :mod:`corpus_tools.markup_words`): the scrape is the output of an OCR engine, a PDF
converter or a document database, a word or a character per element that carries its geometry, lines and
blocks as elements.  Each generator below writes the suite's law as one member's format; the articles must
come out as from the plain text.

Tuned siblings (the mechanism was measured on them while it was written): ALTO XML (``String CONTENT=…``),
poppler's ``pdftotext -bbox-layout`` XHTML, ABBYY FineReader's XML (one ``charParams`` a character).
Held out (written and measured before the mechanism, never tuned on): PAGE XML (Transkribus, OCR-D: words
in ``TextEquiv/Unicode``, the line's and the region's text repeated beside them) and DjVu's XML
(``djvutoxml``: ``WORD coords=…``, no geometry on the lines).
"""

from __future__ import annotations

import html
import random

import pytest
import regex

from corpus_tools.pipeline import process_record
from tests.noise.wide import parse_law, render_txt
from tests.test_noise_wide import LAW

_HAN = regex.compile(r"\p{Han}")


def _paragraphs() -> list[str]:
    return [line for line in render_txt(parse_law(LAW, "test/绿色旅游.md")).text.split("\n") if line.strip()]


def _articles(data: str, name: str) -> list[tuple[str, str]]:
    rows = process_record({"source_file": name, "bytes": data.encode("utf-8")})
    return [(a["label"], a["text"]) for a in rows["articles"]]


WANTED = _articles("\n\n".join(_paragraphs()) + "\n", "law.txt")


def _lines(paragraph: str, rng: random.Random, width: int) -> list[list[str]]:
    """A paragraph cut into printed lines of ``width`` characters, each cut into an OCR engine's words
    (1 to 4 characters; the text's own blanks are word boundaries, as an engine sees them)."""
    out = []
    for at in range(0, len(paragraph), width):
        words = []
        for token in regex.finditer(r"\S+", paragraph[at : at + width]):
            s, j = token.group(), 0
            while j < len(s):
                step = rng.choice((1, 2, 2, 3, 4))
                words.append(s[j : j + step])
                j += step
        if words:
            out.append(words)
    return out


def _cols(rng: random.Random):
    width = rng.randint(14, 22)
    return width


# --------------------------------------------------------------------------- held out


def page_xml(rng: random.Random) -> tuple[str, str]:
    """PAGE XML (Transkribus, OCR-D, eScriptorium): regions, lines and words, each with a ``Coords``
    child, the text in ``TextEquiv/Unicode`` at every level (the line's and the region's text repeat the
    words')."""
    width = _cols(rng)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">\n'
           ' <Metadata><Creator>Transkribus</Creator><Created>2023-04-01T10:00:00</Created></Metadata>\n'
           ' <Page imageFilename="scan_001.jpg" imageWidth="2480" imageHeight="3508">\n']
    y = 200
    for r, paragraph in enumerate(_paragraphs()):
        lines = _lines(paragraph, rng, width)
        region = []
        for li, words in enumerate(lines):
            x = 200
            ws = []
            for k, w in enumerate(words):
                x2 = x + 40 * len(w)
                ws.append(f'    <Word id="w_{r}_{li}_{k}"><Coords points="{x},{y} {x2},{y} {x2},{y + 40} {x},{y + 40}"/>'
                          f'<TextEquiv conf="0.9{rng.randint(0, 9)}"><Unicode>{html.escape(w)}</Unicode></TextEquiv></Word>\n')
                x = x2 + 10
            text = " ".join(words)
            region.append(f'   <TextLine id="l_{r}_{li}"><Coords points="200,{y} {x},{y} {x},{y + 40} 200,{y + 40}"/>'
                          f'<Baseline points="200,{y + 35} {x},{y + 35}"/>\n' + "".join(ws)
                          + f'    <TextEquiv><Unicode>{html.escape(text)}</Unicode></TextEquiv>\n   </TextLine>\n')
            y += 50
        out.append(f'  <TextRegion id="r_{r}" type="paragraph"><Coords points="200,{y} 2200,{y}"/>\n' + "".join(region)
                   + f'   <TextEquiv><Unicode>{html.escape(chr(10).join(" ".join(w) for w in lines))}</Unicode></TextEquiv>\n  </TextRegion>\n')
    out.append(" </Page>\n</PcGts>\n")
    return "".join(out), "page.xml"


def djvu_xml(rng: random.Random) -> tuple[str, str]:
    """DjVuLibre's ``djvutoxml``: the hidden text layer, ``PARAGRAPH``/``LINE``/``WORD`` elements, only the
    words carry ``coords``."""
    width = _cols(rng)
    out = ['<?xml version="1.0" ?>\n<!DOCTYPE DjVuXML PUBLIC "-//W3C//DTD DjVuXML 1.1//EN" "pubtext/DjVuXML-s.dtd">\n'
           '<DjVuXML>\n<HEAD></HEAD>\n<BODY>\n<OBJECT data="file://localhost/scan.djvu" type="image/x.djvu" height="3508" width="2480">\n'
           '<PARAM name="PAGE" value="scan_001.djvu" />\n<HIDDENTEXT>\n<PAGECOLUMN>\n<REGION>\n']
    y = 3300
    for paragraph in _paragraphs():
        out.append("<PARAGRAPH>\n")
        for words in _lines(paragraph, rng, width):
            x = 200
            ws = []
            for w in words:
                x2 = x + 40 * len(w)
                ws.append(f'<WORD coords="{x},{y},{x2},{y - 40}">{html.escape(w)}</WORD>')
                x = x2 + 10
            out.append("<LINE>\n" + " \n".join(ws) + " </LINE>\n")
            y -= 50
        out.append("</PARAGRAPH>\n")
    out.append("</REGION>\n</PAGECOLUMN>\n</HIDDENTEXT>\n</OBJECT>\n</BODY>\n</DjVuXML>\n")
    return "".join(out), "scan.djvu.xml"


def tei_tokens(rng: random.Random) -> tuple[str, str]:
    """A corpus linguist's TEI: each paragraph tokenised, a word in ``<w>``, a punctuation mark in ``<pc>``,
    one token a source line (written before the runs branch was, and never tuned on)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
           '<title>语料</title></titleStmt></fileDesc></teiHeader>\n<text><body>\n']
    for paragraph in _paragraphs():
        tokens = []
        for words in _lines(paragraph, rng, 1000):
            for w in words:
                for piece in regex.findall(r"\p{P}+|[^\p{P}]+", w):
                    tag = "pc" if regex.fullmatch(r"\p{P}+", piece) else "w"
                    tokens.append(f'<{tag} pos="x">{html.escape(piece)}</{tag}>')
        out.append("<p>\n  " + "\n  ".join(tokens) + "\n</p>\n")
    out.append("</body></text></TEI>\n")
    return "".join(out), "corpus.xml"


# --------------------------------------------------------------------------- tuned


def alto_xml(rng: random.Random) -> tuple[str, str]:
    """ALTO XML (Library of Congress; ABBYY, Tesseract's ``alto`` renderer, newspaper archives): the word
    in a ``CONTENT`` attribute of an empty ``String``, an ``SP`` between words."""
    width = _cols(rng)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">\n'
           ' <Description><MeasurementUnit>pixel</MeasurementUnit><OCRProcessing ID="OCR_0"><ocrProcessingStep>'
           '<processingSoftware><softwareName>tesseract 5.3.0</softwareName></processingSoftware></ocrProcessingStep>'
           '</OCRProcessing></Description>\n <Layout>\n  <Page WIDTH="2480" HEIGHT="3508" PHYSICAL_IMG_NR="0" ID="page_0">\n'
           '   <PrintSpace HPOS="0" VPOS="0" WIDTH="2480" HEIGHT="3508">\n']
    y = 200
    for b, paragraph in enumerate(_paragraphs()):
        out.append(f'    <TextBlock ID="block_{b}" HPOS="200" VPOS="{y}" WIDTH="2000" HEIGHT="100">\n')
        for li, words in enumerate(_lines(paragraph, rng, width)):
            x = 200
            ws = []
            for k, w in enumerate(words):
                wd = 40 * len(w)
                ws.append(f'<String ID="string_{b}_{li}_{k}" HPOS="{x}" VPOS="{y}" WIDTH="{wd}" HEIGHT="40" '
                          f'WC="0.{rng.randint(70, 99)}" CONTENT="{html.escape(w)}"/>')
                x += wd + 10
            out.append(f'     <TextLine ID="line_{b}_{li}" HPOS="200" VPOS="{y}" WIDTH="{x - 200}" HEIGHT="40">\n      '
                       + f'<SP WIDTH="10" VPOS="{y}" HPOS="0"/>'.join(ws) + "\n     </TextLine>\n")
            y += 50
        out.append("    </TextBlock>\n")
    out.append("   </PrintSpace>\n  </Page>\n </Layout>\n</alto>\n")
    return "".join(out), "scan_alto.xml"


def pdftotext_bbox(rng: random.Random) -> tuple[str, str]:
    """poppler's ``pdftotext -bbox-layout``: XHTML with ``flow``/``block``/``line``/``word`` elements, each with
    ``xMin yMin xMax yMax``."""
    width = _cols(rng)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
           ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
           '<head>\n<title></title>\n<meta name="Producer" content="Microsoft® Word 2016"/>\n</head>\n<body>\n<doc>\n'
           '  <page width="595.320000" height="841.920000">\n    <flow>\n']
    y = 72.0
    for paragraph in _paragraphs():
        out.append(f'      <block xMin="90.000000" yMin="{y:.6f}" xMax="505.000000" yMax="{y + 20:.6f}">\n')
        for words in _lines(paragraph, rng, width):
            out.append(f'        <line xMin="90.000000" yMin="{y:.6f}" xMax="505.000000" yMax="{y + 12:.6f}">\n')
            x = 90.0
            for w in words:
                x2 = x + 10.5 * len(w)
                out.append(f'          <word xMin="{x:.6f}" yMin="{y:.6f}" xMax="{x2:.6f}" yMax="{y + 12:.6f}">{html.escape(w)}</word>\n')
                x = x2
            out.append("        </line>\n")
            y += 15.6
        out.append("      </block>\n")
    out.append("    </flow>\n  </page>\n</doc>\n</body>\n</html>\n")
    return "".join(out), "law.html"


def abbyy_xml(rng: random.Random) -> tuple[str, str]:
    """ABBYY FineReader's XML export: ``block``/``par``/``line`` and one ``charParams`` element per character
    with its box (``l t r b``) and confidences, runs of a style in ``formatting``."""
    width = _cols(rng)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml" '
           'version="1.0" producer="ABBYY FineReader Engine 12" languages="">\n<page width="2480" height="3508" resolution="300" originalCoords="1">\n'
           '<block blockType="Text" blockName="" l="200" t="200" r="2200" b="3300"><region><rect l="200" t="200" r="2200" b="3300"/></region>\n<text>\n']
    y = 200
    for paragraph in _paragraphs():
        out.append('<par align="Justified" leftIndent="0" startIndent="600" lineSpacing="1380">\n')
        for words in _lines(paragraph, rng, width):
            x = 200
            chars = []
            for k, w in enumerate(words):
                for c in w:
                    chars.append(f'<charParams l="{x}" t="{y}" r="{x + 40}" b="{y + 40}" wordStart="{"1" if c is w[0] else "0"}" '
                                 f'charConfidence="{rng.randint(50, 100)}">{html.escape(c)}</charParams>')
                    x += 42
                if regex.fullmatch(r"[A-Za-z0-9.]+", w) and k + 1 < len(words):
                    chars.append(f'<charParams l="{x}" t="{y}" r="{x + 10}" b="{y + 40}"> </charParams>')
            out.append(f'<line baseline="{y + 35}" l="200" t="{y}" r="{x}" b="{y + 40}"><formatting lang="ChinesePRC" ff="SimSun" fs="12.">'
                       + "".join(chars) + "</formatting></line>\n")
            y += 50
        out.append("</par>\n")
    out.append("</text>\n</block>\n</page>\n</document>\n")
    return "".join(out), "scan.xml"


def word_xml(rng: random.Random) -> tuple[str, str]:
    """A word processor's own XML (WordprocessingML's ``document.xml``, Word 2003 XML): each paragraph a
    ``w:p``, its text in runs ``w:r/w:t`` cut wherever a proofing mark, a revision id or a font changed, one
    run a source line."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/'
           'wordprocessingml/2006/main"><w:body>\n']
    for paragraph in _paragraphs():
        runs = []
        at = 0
        while at < len(paragraph):
            step = rng.choice((1, 2, 3, 4, 6))
            piece = paragraph[at : at + step]
            at += step
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            runs.append(f'<w:r w:rsidRPr="00{rng.randint(100000, 999999)}"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
                        f'<w:t{space}>{html.escape(piece)}</w:t></w:r>')
        out.append('<w:p><w:pPr><w:jc w:val="both"/></w:pPr>\n' + "\n".join(runs) + "\n</w:p>\n")
    out.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>\n')
    return "".join(out), "document.xml"


def reading_aid_spans(rng: random.Random) -> tuple[str, str]:
    """A reading aid's saved page (a dictionary pop-up or read-aloud tool): each word of a paragraph in a
    ``span`` of its own, one a source line, so a browser shows a blank between every two words."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>某市绿色旅游促进条例</title></head><body>\n"]
    for paragraph in _paragraphs():
        spans = [f"<span class='rw-word' data-idx='{k}'>{html.escape(w)}</span>"
                 for k, w in enumerate(w for words in _lines(paragraph, rng, 1000) for w in words)]
        out.append("<p>\n  " + "\n  ".join(spans) + "\n</p>\n")
    out.append("</body></html>\n")
    return "".join(out), "law.html"


HELD_OUT = {"page_xml": page_xml, "djvu_xml": djvu_xml, "tei_tokens": tei_tokens}
TUNED = {"alto_xml": alto_xml, "pdftotext_bbox": pdftotext_bbox, "abbyy_xml": abbyy_xml, "word_xml": word_xml,
         "reading_aid_spans": reading_aid_spans}
MEMBERS = {**HELD_OUT, **TUNED}


def exact_share(member, seeds=range(5)) -> float:
    """Share of the law's articles that come out exactly, over ``seeds``."""
    got = total = 0
    for seed in seeds:
        page, name = member(random.Random(seed))
        try:
            found = dict(_articles(page, name))
        except Exception:  # a page refused (no text read): no article
            found = {}
        got += sum(1 for label, text in WANTED if found.get(label) == text)
        total += len(WANTED)
    return got / total


#: Held-out members the mechanism does not reach (a known failure, reported: TEI's ``<w>`` and ``<pc>`` are two
#: names, and the runs branch wants one).
MISSED = {"tei_tokens"}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in MISSED else n
                                  for n in sorted(MEMBERS)])
def test_member_reads_as_the_plain_law(name):
    page, file_name = MEMBERS[name](random.Random(1))
    assert _articles(page, file_name) == WANTED


if __name__ == "__main__":  # the figures per member (the report's before and after)
    for name, member in MEMBERS.items():
        print(f"{name:16} {'held out' if name in HELD_OUT else 'tuned':9} {100 * exact_share(member):5.1f} %")


# --------------------------------------------------------------------------- the development member, and precision


def _hocr(rng: random.Random) -> str:
    """Tesseract's hOCR in a saved page (the development member's shape, written here from its description)."""
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><meta name='ocr-system' content='tesseract 5.3.0' />"
           "<title>某市绿色旅游促进条例</title></head><body><div class='ocr_page' title='bbox 0 0 2480 3508'>\n"]
    paragraphs = _paragraphs()
    out.append(f"<h1>{paragraphs[0]}</h1>\n")
    y = 300
    for paragraph in paragraphs[1:]:
        out.append(f"<p class='ocr_par' title='bbox 296 {y} 2180 {y + 60}'>\n")
        for words in _lines(paragraph, rng, 16):
            spans, x = [], 296
            for w in words:
                spans.append(f"<span class='ocrx_word' title='bbox {x} {y} {x + 52 * len(w)} {y + 52}; x_wconf 90'>{html.escape(w)}</span>")
                x += 52 * len(w) + 8
            out.append(f" <span class='ocr_line' title='bbox 296 {y} {x} {y + 52}'>\n  " + "\n  ".join(spans) + "\n </span>\n")
            y += 60
        out.append("</p>\n")
    out.append("</div></body></html>\n")
    return "".join(out)


def test_hocr_page_reads_as_the_plain_law():
    assert _articles(_hocr(random.Random(3)), "scan.html") == WANTED


def _read_as_before(page: str, monkeypatch) -> tuple[str, str]:
    from corpus_tools import markup_words
    from corpus_tools.ingest import html_to_text

    now = html_to_text(page)[0]
    monkeypatch.setattr(markup_words, "plan", lambda adapter: None)
    return now, html_to_text(page)[0]


def test_an_ordinary_page_of_spans_reads_as_before(monkeypatch):
    """A Word-exported page: every paragraph in styled spans with blanks between them; no geometry, no change."""
    body = "".join(f"<p class='MsoNormal'><span style='font-family:宋体'>{p[:3]}</span>\n<span style='font-size:12pt'>{p[3:]}</span></p>"
                   for p in _paragraphs())
    now, before = _read_as_before(f"<html><body>{body}</body></html>", monkeypatch)
    assert now == before and "第一条  为了" in now


def test_a_chart_of_positioned_labels_on_a_law_page_reads_as_before(monkeypatch):
    """An SVG chart's labels carry x and y, a few to a row: they are a part of the page, not the page."""
    labels = "".join(f"<g>{''.join(f'<text x={10 + 40 * i} y={20 * row}>{2010 + i}年</text>' for i in range(8))}</g>"
                     for row in range(6))
    body = "".join(f"<p>{p}</p>" for p in _paragraphs())
    now, before = _read_as_before(f"<html><body>{body}<svg width=400 height=200>{labels}</svg></body></html>", monkeypatch)
    assert now == before


def test_text_beside_the_words_that_is_not_theirs_keeps_its_block():
    """A block whose text beside the words is no repeat of them is read as before (nothing is dropped)."""
    page, name = page_xml(random.Random(1))
    assert "<TextEquiv><Unicode>" in page
    page = page.replace("<TextEquiv><Unicode>", "<TextEquiv><Unicode>附件一", 1)
    from corpus_tools.xml_text import xml_to_text

    assert "附件一" in xml_to_text(page)[0]


def test_hostile_nesting_of_positioned_elements_is_linear():
    from tests.timing import cpu_seconds

    from corpus_tools.xml_text import xml_to_text

    def nested(n: int) -> str:
        return "<doc>" + "".join(f"<w x='{i}' y='1'>第{i % 10}<w x='{i}' y='2'>条</w>" for i in range(n)) + "</w>" * n + "</doc>"

    def flat(n: int) -> str:
        return "<doc>" + "".join(f"<l x='0'><w x='{i}'>第一</w><w x='{i + 1}'>条为</w></l>" for i in range(n)) + "</doc>"

    for shape in (nested, flat):
        small, large = cpu_seconds(xml_to_text, shape(200)), cpu_seconds(xml_to_text, shape(800))
        assert large < 4 * 4 * small + 0.05, (shape.__name__, small, large)


def test_hostile_html_shapes_are_linear():
    """Runs one a source line nested in each other, and blocks of positioned lines nested in each other."""
    from tests.timing import cpu_seconds

    from corpus_tools.ingest import html_to_text

    def nested_runs(n: int) -> str:
        return "<body>" + "<div>\n<span>第一</span>\n<span>条为</span>\n" * n + "</div>" * n + "</body>"

    def nested_blocks(n: int) -> str:
        line = "<span x='0'>" + "".join(f"<b x='{i}'>第一</b>" for i in range(3)) + "</span>"
        return "<body>" + f"<div>{line}" * n + "</div>" * n + "</body>"

    for shape in (nested_runs, nested_blocks):
        small, large = cpu_seconds(html_to_text, shape(150)), cpu_seconds(html_to_text, shape(600))
        assert large < 4 * 4 * small + 0.05, (shape.__name__, small, large)
