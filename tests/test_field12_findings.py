"""Findings on damage the dataset carried without one (tests/real_pages/field12_findings/SOURCE.md): a converter's
LaTeX in the text (``latex_residue``, F11-P2), a day run into the next date's year (F11-S4), and a date no calendar
has, in the text or declared by a front matter or crawl record (``date_damaged``; the metadata readers leave the
field null, review 11 F6).  A finding never changes the text; clean texts get none.
"""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

from corpus_tools.ingest import split_front_matter
from corpus_tools.validation import damaged_values, markup_residue, quality
from corpus_tools.validation.damaged_values import declared_date_problems, text_damage
from corpus_tools.validation.markup_residue import latex_residue, latex_spans
from tests.real_build import REAL, build_real_pages

FOLDER = "field12_findings"


def _page(name: str) -> str:
    return (REAL / FOLDER / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("field12"), configs=("documents", "findings", "pages"))


def _checks(built: dict[str, list[dict]], name: str) -> dict[str, list[tuple[str, str]]]:
    """check -> [(column, excerpt)] of the findings on the documents of page ``name``."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in built.get("findings:" + name, []):
        found.setdefault(row["check"], []).append((row["column"], row["excerpt"]))
    return found


def test_latex_residue_is_registered_on_documents():
    assert "latex_residue" in quality.CHECK_NAMES
    assert quality.QUALITY_CHECKS[("documents", "latex_residue")].columns == ("text",)
    assert "published" in quality.QUALITY_CHECKS[("documents", "date_damaged")].columns


# --------------------------------------------------------------------------- latex_residue


@pytest.mark.parametrize(("name", "spans", "first"), [
    ("gbt45688_appendix_c_lines.md", 8, "'$ V=60^{\\\\circ}C,T=0,C=0; $'"),
    ("pansong_05_formula_lines.md", 4, "'$$X = 5 + \\\\frac{V_{vt}-V_{vut}}{3.6}t_p$$'"),
])
def test_a_converters_latex_is_found_and_kept(built, name, spans, first):
    """MinerU's GB/T 45688 (``$ V=60^{\\circ}C,T=0,C=0; $``, ``$ V_{max,j} $  ——…``) and pansong's GB draft (``$t_p$ ——…``)."""
    ((column, why),) = _checks(built, name)["latex_residue"]
    assert column == "text"
    assert why.startswith(f"{spans} LaTeX spans: {first}"), why
    (doc,) = built["documents:" + name]
    assert "$ V_{max,j} $" in doc["text"] or "$t_p$ —— 三次换道准备阶段时间平均值" in doc["text"]  # flagged, never rewritten


def test_a_price_is_no_latex(built):
    """samiux's HK ordinance: ``可处罚款 $100,000 及监禁 3 个月``, ``$50,000``."""
    assert "$100,000" in _page("samiux_cs220202449139_fines.txt")
    assert latex_spans(_page("samiux_cs220202449139_fines.txt")) == []
    assert "latex_residue" not in _checks(built, "samiux_cs220202449139_fines.txt")


def test_a_note_number_the_reader_rendered_leaves_no_latex():
    """``注 $ ^{1} $ ：`` is read as ``注1：`` by the Markdown reader (session 11); the cover page's text holds no LaTeX."""
    head = (REAL / "field11_standards" / "gbt45688_cover.md").read_text(encoding="utf-8")
    assert latex_residue(head) is None
    assert latex_spans("注1：运行安全故障，可能引起新能源汽车运行过程中特有的电安全部件不满足设计运行条件的情形。") == []


@pytest.mark.parametrize("text", [
    "文件保存于 D:\\text{2024}\\通知.doc 与 C:\\frac{a}；",  # a path's commands stand after : or a letter
    "登录 zhang_san@example.com 或 $HOME_DIR，费用 $5 至 $10。",
    "处罚款 HK$ 50,000；另处 US$ 1,000 至 $2,000",
])
def test_dollars_and_backslashes_that_are_no_markup(text):
    assert latex_spans(text) == []


# --------------------------------------------------------------------------- date_damaged


def test_a_day_run_into_the_next_dates_year_is_found(built):
    """xinkexian's 党章: ``2012年11月142017年10月24日通过`` (F11-S4): the 日 of the 14th and the text to 2017 were lost."""
    found = _checks(built, "xinkexian_dangzhang_head.txt")["date_damaged"]
    assert found == [("text", "'2012年11月142017年': the day 14 runs into the year 2017: its 日 and the text between "
                              "the two dates were lost")]
    (doc,) = built["documents:xinkexian_dangzhang_head.txt"]
    assert "2012年11月142017年10月24日通过" in doc["text"]


def test_an_impossible_date_on_a_cover_is_found_and_read_into_no_field(built):
    """A cover's ``2025-02-30 实施`` (review 11 F6's probe): effective null, the finding names the date and its field."""
    (doc,) = built["documents:gbt45688_cover_day_0230.md"]
    assert doc["effective"] is None and doc["published"] == "2025-05-30"
    assert _checks(built, "gbt45688_cover_day_0230.md")["date_damaged"] == [
        ("text", "'2025-02-30' is no calendar day (实施: effective)")]


@pytest.mark.parametrize(("name", "column", "why"), [
    ("zhengce_doc_1_head_day_0230.md", "published", "declared published '2024-02-30' is no calendar day"),
    ("chinatax_cases_000264_month13.csv#000001", "published", "declared publish_date '2025-13-04' is no calendar day"),
])
def test_a_declared_date_no_calendar_has_is_found_on_its_field(built, name, column, why):
    """A front matter's unquoted ``published: 2024-02-30`` (it stopped the whole build) and a record's ``2025-13-04``."""
    assert _checks(built, name)["date_damaged"] == [(column, why)]
    first = min(built["documents:" + name], key=lambda d: d["ordinal"])
    assert first[column] is None
    assert why.split("'")[1] in json.loads(built["pages:" + name][0]["metadata"]).values()  # kept as declared


def test_a_yaml_date_no_calendar_has_is_kept_as_written():
    metadata, body = split_front_matter("---\npublished: 2024-02-30\neffective: 2024-03-01\n---\n正文", "a.md")
    assert metadata == {"published": "2024-02-30", "effective": "2024-03-01"} and body == "正文"


@pytest.mark.parametrize("text", [
    "本办法自2024年2月29日起施行。2000年2月29日；2023年12月31日；2023-04-30 发布；2023年11月30日通过",  # leap days, month ends
    "GB/T 1234-2019-02-30；编号 2019-13-01-0001；版本 v2023-02-30",  # no date: inside a number
    "2012年11月14日通过；2017年10月24日通过；2012年11月 2017年",
    "（2012年11月14日中国共产党第十八次全国代表大会部分修改，2017年10月24日中国共产党第十九次全国代表大会部分修改）",
])
def test_whole_dates_are_no_damage(text):
    assert [why for check, why in text_damage(text) if check == "date_damaged"] == []


def test_declared_values_that_are_calendar_days_or_no_date_field_are_no_finding():
    assert declared_date_problems({"publish_date": "2024-02-29", "published": "2024年2月29日", "effective_date": "2023-06-12 09:51",
                                   "crawled_at": "2023-02-30", "url": "https://x/2023-02-30", "title": "2023年2月30日会议纪要"}) == []


def test_the_gates_keep_every_row_their_checks_flag():
    """The RE2 gates keep every text a Python pattern flags (one of each new shape) and no clean row."""
    texts = ["2012年11月142017年10月24日通过", "2025-02-30 实施", "2023年2月29日起施行", "2023年13月1日", "2023-04-31",
             "2023年6月31日", "2019-00-10", "第一条 2024年2月29日起施行，2023年4月30日发布。"]
    documents = pa.table({"text": texts, "doc_number": [None] * len(texts), "issuer": [None] * len(texts)})
    flagged = {row for check, _, hits in damaged_values.document_damage(documents) for row, _ in hits}
    assert flagged == set(range(len(texts) - 1))
    latex = ["注 $ v^{2} $ 按式计算", "$ 10 \\% $ 的", "功率 5\\mathrm{kW}", "$ \\geq $ 3", "罚款 $100,000 及 $5"]
    found = markup_residue.document_residue(pa.table({"text": latex}))
    assert [row for _, _, hits in found for row, _ in hits] == [0, 1, 2, 3]


# --------------------------------------------------------------------------- the clean corpus


def test_no_clean_law_gets_a_new_date_or_latex_finding(clean_corpus_files):
    """The 1,911 laws of the clean corpus: no ``latex_residue``, ``field_code_residue``, ``html_entity_residue``, no
    impossible or run-together date."""
    assert len(clean_corpus_files) > 1900
    flagged = []
    for path in clean_corpus_files:
        text = path.read_text(encoding="utf-8")
        whys = [why for check, why in text_damage(text) if "calendar day" in why or "runs into" in why]
        residue = [why for why in (latex_residue(text), markup_residue.field_codes(text), markup_residue.entity_references(text)) if why]
        if whys or residue:
            flagged.append((path.name, whys, residue))
    assert flagged == []


# --------------------------------------------------------------------------- field_code_residue


def test_a_word_cross_references_field_code_is_found_and_kept(built):
    """vickywu97's 专利法 records: ``本法\\l"Z6T53"第五十三条`` (a HYPERLINK's bookmark switch, its keyword dropped)."""
    name = "vickywu97_patent_law_56-58_78.json#000001"
    ((column, why),) = _checks(built, name)["field_code_residue"]
    assert column == "text" and why.startswith("4 field codes: '\\\\l“Z6T53”', '\\\\l“Z6T55”', '\\\\l“Z1T19”'"), why
    assert "field_code_residue" in quality.CHECK_NAMES
    (doc,) = built["documents:" + name]
    assert "本法\\l“Z6T53”第五十三条" in doc["text"]  # flagged, never rewritten


@pytest.mark.parametrize("text", [
    "依照本法第五十三条第（二）项、第五十五条规定给予的强制许可",
    "文件路径 D:\\labels\\old\\通知.doc；\\o 不是开关；HYPERLINK 一词；MERGEFORMAT",
])
def test_text_without_a_field_code_is_no_finding(text):
    assert markup_residue.field_codes(text) is None


def test_a_formulas_subscript_is_no_attribute_list():
    """MinerU's C.3 formula of GB/T 45688—2025: ``\\sum_{j=1}^{N}`` read as a Markdown attribute list lost ``{j=1}``
    (no edit said so); the latex_residue finding shows it whole."""
    from corpus_tools.markdown_text import render_line

    line = next(x for x in _page("gbt45688_appendix_c_lines.md").splitlines() if "\\sum_" in x)
    assert "\\sum_{j=1}^{N}" in render_line(line)[0]
    assert render_line("## 第一章{align=center}") == ["## 第一章"] and render_line("见[附件](a.pdf){target=\"_blank\"}") == ["见附件"]


# --------------------------------------------------------------------------- html_entity_residue


def test_a_page_escaped_twice_is_read_once_more(built):
    """ljz060707's 上海市高中阶段学校招生录取改革实施办法: ``试点&ldquo;探索建立拔尖创新人才培养基地&rdquo;项目``.

    Session 15 (fix15): an HTML page's reader decoded its references once; the complete named references left
    (``&amp;ldquo;`` in the HTML) are read by ``escaped_text`` (each an edit), so no finding is left.  The same
    text on a plain-text page is kept and found (below)."""
    name = "ljz060707_shanghai_gaozhong_zhaosheng_paras.html"
    assert "html_entity_residue" not in _checks(built, name)
    (doc,) = built["documents:" + name]
    assert "试点“探索建立拔尖创新人才培养基地”项目" in doc["text"] and "（以下简称“名额分配”）" in doc["text"]
    assert "&ldquo;" not in doc["text"]


def test_a_plain_text_page_escaped_twice_decodes_its_quote_pairs_only():
    """The same paragraph as plain text. Session 12 kept every reference on plain text (no reader decoded anything:
    they may be the text's own); since session 19 (marks19, field 18's N7: LawBench's judgments) a ``&ldquo;…&rdquo;``
    PAIR around Chinese text is decoded with an edit (no Chinese text writes the pair as its own words), while a lone
    reference stays and is found."""
    from corpus_tools.clean import clean_and_explain

    text = "试点&ldquo;探索建立拔尖创新人才培养基地&rdquo;项目的普通高中学校（以下简称&ldquo;名额分配&rdquo;）"
    result = clean_and_explain(text, source_format="text", rules=["escaped_text"])
    assert result.text == "试点“探索建立拔尖创新人才培养基地”项目的普通高中学校（以下简称“名额分配”）"
    assert [e.rule for e in result.edits] and {e.rule for e in result.edits} == {"escaped_text"}
    assert markup_residue.entity_references(text) == "4 character references: '&ldquo;', '&rdquo;'"
    lone = "试点&ldquo;探索建立拔尖创新人才培养基地项目的普通高中学校"
    assert clean_and_explain(lone, source_format="text", rules=["escaped_text"]).text == lone


@pytest.mark.parametrize("text", [
    "国务院办公厅 &sp;一九九六年七月十七日",  # gov.cn 052's own misspelt reference: no character's
    "高程103\ue0105米；2&#xE010;5米",  # a font's glyph: lost_glyphs
    "AT&T 与 R&D 合作；符号 & 连接；&nbsp 无分号",
])
def test_text_without_a_character_reference_is_no_finding(text):
    assert markup_residue.entity_references(text) is None
