"""Field test 25, fixes of session 26's room fieldfix26 (real excerpts: tests/real_pages/fieldfix26/SOURCE.md).

1. F25-A1: a line the page marks as a paragraph's start (an indent deeper than the page's shallowest line, a Markdown
   hard break) is no wrap's tail, in Markdown and plain text; F25-A3: the same marks keep ``sentence_lines`` from
   joining a legislative reason to the article's last sentence.
Invented members of the family (not in field test 25) are marked so.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.ingest import markdown_to_text

from tests.real_build import build_files

PAGES = Path(__file__).parent / "real_pages" / "fieldfix26"
FISHERY = PAGES / "lis_01131_fishery_art15.md"
REASONS = PAGES / "lis_01477_reasons.md"


def _clean(text: str, fmt: str = "text", **options) -> str:
    return clean_and_explain(text, source_format=fmt, **options).text


def _joins(text: str, fmt: str = "text") -> list:
    return [e for e in clean_and_explain(text, source_format=fmt).edits if e.rule == "hard_wraps"]


# --------------------------------------------------------------------------- 1. paragraph marks (F25-A1, F25-A3)

def test_two_paragraphs_of_a_statute_stay_apart_markdown():
    """Real: 漁會法 第十五條, each 項 indented U+3000×2 and ended with a Markdown hard break; the first lacks its 。."""
    text = _clean(markdown_to_text(FISHERY.read_text(encoding="utf-8")), "markdown")
    lines = text.splitlines()
    assert "渔民不得参加二个以上区渔会为会员" in lines
    assert any(line.startswith("第一项各款人员申请加入渔会会员资格之认定") for line in lines)


def test_two_paragraphs_of_a_statute_stay_apart_in_a_build(tmp_path):
    """Real, the whole build: the 項 after the unfinished one is an article paragraph of its own."""
    docs, arts = build_files(tmp_path, (FISHERY.name, FISHERY.read_bytes()))
    text = "\n".join(d["text"] for d in docs)
    assert "为会员第一项" not in text
    assert "渔民不得参加二个以上区渔会为会员\n第一项各款人员" in text


def test_two_paragraphs_of_a_statute_stay_apart_plain_text():
    """The same 項 as a plain .txt page, every paragraph indented U+3000×2 (field test 25's repro)."""
    raw = ("第十五条　会员资格\n"
           "　　当地未设区渔会之渔民，得加入邻近之区渔会为会员。\n"
           "　　远洋、近海渔民得加入其船籍所在地区渔会为会员。\n"
           "　　渔民不得参加二个以上区渔会为会员\n"
           "　　第一项各款人员申请加入渔会会员资格之认定，由中央主管机关定之。\n"
           "　　渔会会员入会未满六个月者，无本法所定之选举权。\n")
    assert "渔民不得参加二个以上区渔会为会员\n第一项各款人员" in _clean(raw)


_MARKET = ("第十二条　摊位管理",
           "市场开办者应当建立摊位登记制度。",
           "摊位登记应当载明经营者的姓名和经营范围。",
           "经营者不得同时在二个以上市场设立摊位",
           "摊位登记的具体办法，由市人民政府规定。",
           "违反本条规定的，由市场监督管理部门责令改正。")


def _page(indent: str, end: str = "") -> str:
    return "\n".join([_MARKET[0]] + [indent + line + end for line in _MARKET[1:]]) + "\n"


def test_blank_indented_paragraphs_stay_apart():
    """Invented member: paragraphs indented with four ASCII blanks (a text editor's indent), one lacking its 。."""
    assert "设立摊位\n摊位登记的具体办法" in _clean(_page("    "))


def test_one_ideographic_space_or_no_break_spaces_mark_paragraphs():
    """Invented members: a single U+3000 indent; two no-break spaces (an HTML ``&nbsp;&nbsp;`` indent saved as text)."""
    assert "设立摊位\n摊位登记的具体办法" in _clean(_page("\u3000"))
    assert "设立摊位\n\xa0\xa0摊位登记的具体办法" in _clean(_page("\xa0\xa0"))


def test_markdown_hard_breaks_alone_mark_paragraphs():
    """Invented member: a Markdown page that marks its paragraphs by hard breaks only (no indent)."""
    assert "设立摊位\n摊位登记的具体办法" in _clean(markdown_to_text(_page("", "  ")), "markdown")


def test_two_trailing_blanks_of_a_plain_text_page_are_no_mark():
    """Negative: in a plain .txt two trailing blanks are padding, not a hard break (the join of main stays)."""
    assert "设立摊位摊位登记的具体办法" in _clean(_page("", "  "))


def test_a_pdf_margin_indents_every_line_and_the_paragraph_deeper():
    """Invented member: a PDF text layer with a two-blank margin on every line, paragraphs indented six: the wraps
    at the margin join, the paragraph opened deeper stays apart."""
    raw = ("  第五条　用人单位应当依法建立和完善劳动规章制度，保障劳动者享有劳动权利、履\n"
           "  行劳动义务。\n"
           "      用人单位应当依法为劳动者缴纳社会保险费，不得以任何理由拒\n"
           "  绝或者拖延缴纳。\n"
           "      劳动者不得参加二个以上用人单位为其职工\n"
           "      第一款规定的劳动者范围，由省人民政府规定。\n"
           "      用人单位应当按时足额支付劳动报酬。\n")
    text = _clean(raw)
    assert "保障劳动者享有劳动权利、履行劳动义务。" in text
    assert "不得以任何理由拒绝或者拖延缴纳。" in text
    assert "为其职工\n第一款规定的劳动者范围" in text


def test_a_page_indenting_every_wrapped_line_alike_is_still_joined():
    """Negative (invented): every line indented alike and cut mid-sentence: the indent marks nothing, the wraps join."""
    raw = ("第一条\u3000为了规范城市绿化管理，根据有关法律、行政\n"
           "\u3000\u3000法规的规定，结合本市实际，制定本条例。\n"
           "第二条\u3000本条例适用于本市行政区域内城市绿化\n"
           "\u3000\u3000的规划、建设、保护和管理活动。\n"
           "第三条\u3000市绿化行政主管部门负责全市城市绿\n"
           "\u3000\u3000化的监督管理工作，区绿化部门负责本辖区\n"
           "\u3000\u3000的城市绿化管理工作。\n")
    assert _clean(raw) == _clean(raw.replace("\u3000\u3000", ""))


def test_a_bracket_closing_on_the_indented_line_is_still_joined():
    """Negative (invented): a title mark the line before opened closes on the marked line: a wrap whatever the mark."""
    raw = ("\u3000\u3000第一条\u3000为了规范管理，制定本办法。\n"
           "\u3000\u3000第二条\u3000本办法适用于本市。\n"
           "\u3000\u3000第三条\u3000依照《中华人民共和国行政\n"
           "\u3000\u3000许可法》的规定办理。\n"
           "\u3000\u3000第四条\u3000本办法自公布之日起施行。\n")
    assert "依照《中华人民共和国行政许可法》的规定办理。" in _clean(raw)


def test_a_legislative_reason_is_not_glued_to_the_article():
    """Real: 國防部政治作戰局組織法 (F25-A3): ``…（以下簡稱本局）。  ⏎> 理由：…`` stayed two lines without t2s only."""
    text = _clean(markdown_to_text(REASONS.read_text(encoding="utf-8")), "markdown")
    assert "特设政治作战局（以下简称本局）。\n理由：" in text
    assert "（以下简称本局）。理由" not in text


def test_clean_text_comes_out_byte_identical():
    """Negative: an indented clean page with no wrap at all is untouched."""
    raw = "第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n第三条　本办法自公布之日起施行。\n"
    assert _clean(raw) == raw


# --------------------------------------------------------------------------- 2. F25-B1: marked TOC entries

COMPANY = PAGES / "npc_company_law_toc_excerpt.txt"


def test_a_toc_with_marked_section_entries_goes_whole():
    """Real: 公司法 (NPC Word file), sections listed ``*第一节 设立``: the whole 目录 goes, the body's headings stay."""
    raw = COMPANY.read_text(encoding="utf-8")
    text = _clean(raw)
    assert "*第一节" not in text and "目录" not in text
    assert text.count("第十五章 附则") == 1 and text.count("第一节 设立") == 2  # (two chapters have a 第一节 设立)
    assert text.index("第一章 总则") < text.index("第一条 为了规范公司的组织和行为")


def test_toc_entries_marked_otherwise_go_too():
    """Invented members: ``·``, ``•`` and ``－`` before the section entries."""
    for marker in ("·", "•", "－ "):
        raw = ("某某法\n目录\n第一章 总则\n第二章 登记\n" + marker + "第一节 设立\n" + marker + "第二节 变更\n第三章 附则\n"
               "第一章 总则\n第一条 为了规范登记，制定本法。\n第二章 登记\n第一节 设立\n第二条 设立应当登记。\n"
               "第二节 变更\n第三条 变更应当登记。\n第三章 附则\n第四条 本法自公布之日起施行。\n")
        assert _clean(raw).startswith("某某法\n第一章 总则\n第一条"), marker


def test_a_marked_list_not_repeated_later_stays():
    """Negative: marked entries the text does not repeat are no table of contents (kept, warned)."""
    raw = ("某某法\n目录\n第一章 总则\n*第一节 设立\n*第二节 变更\n"
           "第一章 总则\n第一条 为了规范登记，制定本法。\n第二节 变更\n第二条 变更应当登记。\n")
    assert _clean(raw) == raw


# --------------------------------------------------------------------------- 3. F25-B3: blockquote markers

def test_a_blockquote_marker_before_an_indented_paragraph_goes():
    """Real lines (01477.md's reasons): ``> 　　二、…`` keeps its paragraph and loses its marker, like ``> 理由：``."""
    text = markdown_to_text(REASONS.read_text(encoding="utf-8"))
    assert not any(line.startswith(">") for line in text.splitlines())
    assert "\u3000\u3000二、为明确划分本局与国防部政风室职掌" not in text  # (traditional here: read as written)
    assert "\u3000\u3000二、為明確劃分本局與國防部政風室職掌" in text


def test_other_prefixes_before_an_ideographic_indent_go():
    """Invented members: ``>　`` without a blank, a bullet or a heading mark before U+3000; negative: a line that
    opens on blanks then U+3000 (no prefix) keeps them for cjk_spaces."""
    assert markdown_to_text(">\u3000\u3000三、本法施行。\n") == "\u3000\u3000三、本法施行。\n"
    assert markdown_to_text("- \u3000\u3000四、甲。\n") == "\u3000\u3000四、甲。\n"
    assert markdown_to_text("## \u3000第一章　总则\n") == "\u3000第一章　总则\n"
    assert markdown_to_text("  \u3000\u3000五、乙。\n") == "  \u3000\u3000五、乙。\n"


# --------------------------------------------------------------------------- 4. F25-C3: a label split over paragraphs

def _labels(text: str) -> list[tuple[str, int]]:
    from corpus_tools.records import CleanedPage, RawPage
    from corpus_tools.structure import structure_page

    page = RawPage(source_file="x.md", sha256="0" * 64, encoding="utf-8", format="markdown", text=text)
    return [(a.label, a.article_suffix) for a in structure_page(CleanedPage(page, text)).articles]


def test_a_suffix_a_paragraph_below_its_label_is_the_labels():
    """Real lines (刑法 README.md of the zitzhen/Chinese-law site, F25-C3): ``第二百三十四条⏎⏎之一⏎⏎【组织出卖人体器官罪】``."""
    text = ("第二百三十四条\n\n【故意伤害罪】故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。\n\n"
            "第二百三十四条\n\n之一\n\n【组织出卖人体器官罪】组织他人出卖人体器官的，处五年以下有期徒刑，并处罚金。\n\n"
            "第二百三十五条\n\n【过失致人重伤罪】过失伤害他人致人重伤的，处三年以下有期徒刑或者拘役。\n")
    assert _labels(text) == [("第二百三十四条", 0), ("第二百三十四条之一", 1), ("第二百三十五条", 0)]


def test_running_text_opening_with_zhi_a_paragraph_below_stays_text():
    """Negative (invented): a paragraph opening on 之一的… after a label is the article's text."""
    assert _labels("第十七条\n\n之一的罚款，由县级以上人民政府决定。\n\n第十八条\n\n本法自公布之日起施行。\n") == [("第十七条", 0), ("第十八条", 0)]


# --------------------------------------------------------------------------- 5. F25-A2: a record's list of paragraphs

COURT = PAGES / "cons_court_111_14_heading.json"


def _record_text(tmp_path, name: str, record: dict) -> str:
    import json

    docs, _ = build_files(tmp_path, (name, json.dumps(record, ensure_ascii=False).encode("utf-8")))
    return "\n".join(d["text"] for d in docs)


def test_a_heading_element_is_not_glued_to_the_next_paragraph(tmp_path):
    """Real: 111年憲判字第14號's 理由, ``參、聲請人、關係機關及關係人言詞辯論要旨`` and the paragraph after it."""
    docs, _ = build_files(tmp_path, (COURT.name, COURT.read_bytes()))
    text = "\n".join(d["text"] for d in docs)
    assert "参、声请人、关系机关及关系人言词辩论要旨\n本庭于111年5月24日" in text


def test_a_judgment_paragraph_element_is_not_glued_to_the_next(tmp_path):
    """Invented member: a simplified judgment's ``content`` list, one paragraph ending without its 。."""
    text = _record_text(tmp_path, "j.json", {"title": "某某盗窃案刑事判决书", "content": [
        "本院认为，被告人的行为构成盗窃罪。", "公诉机关指控被告人犯盗窃罪的事实清楚，证据确实、充分，指控的罪名成立",
        "本院依法予以支持。", "被告人自愿认罪认罚，可以从宽处理。",
        "据此，依照《中华人民共和国刑法》第二百六十四条之规定，判决如下：", "被告人犯盗窃罪，判处有期徒刑六个月。"]})
    assert "指控的罪名成立\n本院依法予以支持。" in text


def test_a_regulation_paragraph_element_is_not_glued_to_the_next(tmp_path):
    """Invented member: a regulation's ``正文`` list, a 款 whose 。 the crawl lost before the next 款."""
    text = _record_text(tmp_path, "r.json", {"标题": "某市某某管理办法", "正文": [
        "第一条　为了规范管理，制定本办法。", "第二条　本办法适用于本市。",
        "市人民政府应当加强对本办法实施工作的领导和统筹协调", "区人民政府负责本辖区内的具体实施工作。",
        "第三条　本办法自公布之日起施行。"]})
    assert "统筹协调\n区人民政府负责" in text


def test_a_list_of_printed_lines_is_still_joined(tmp_path):
    """Negative (invented): a list whose elements are a PDF's printed lines, cut mid-sentence: no paragraph marks."""
    text = _record_text(tmp_path, "p.json", {"标题": "某市城市绿化条例", "正文": [
        "第一条　为了规范城市绿化管理，根据有关法律、行政", "法规的规定，结合本市实际，制定本条例。",
        "第二条　本条例适用于本市行政区域内城市绿化的", "规划、建设、保护和管理活动。",
        "第三条　市绿化行政主管部门负责全市城市绿化的", "监督管理工作，区绿化部门负责本辖区的城市绿", "化管理工作。"]})
    assert "根据有关法律、行政法规的规定" in text and "负责本辖区的城市绿化管理工作。" in text


# --------------------------------------------------------------------------- 6. a recurring section heading is no chrome

def _recurring(pages: list[tuple[str, str]]) -> set[str]:
    from corpus_tools.dataset.recurring import recurring_lines

    return set().union(*recurring_lines(pages).values()) if pages else set()


def test_a_decisions_section_heading_recurring_on_every_page_is_no_chrome():
    """Real shape (tw_cons_court, the lead's note): every decision opens on ``主文`` (its sections as the reader
    writes them); the site's real chrome line, invented here, still goes."""
    pages = [(f"court/{i}.json", f"網站導覽\n主文\n本件聲請不受理。\n理由\n一、聲請人因案件{i}，聲請法規範憲法審查。\n")
             for i in range(4)]
    found = _recurring(pages)
    assert "主文" not in found and "網站導覽" in found


def test_other_section_headings_recurring_are_no_chrome():
    """Invented members: a 裁判文书 crawl's sections at the page's edge (``本院认为``, ``裁判结果：``), a 序言."""
    pages = [(f"ws/{i}.txt", f"当事人\n原告张{i}，被告李{i}。\n本院认为\n原告诉请{i}于法有据。\n裁判结果：\n")
             for i in range(4)]
    found = _recurring(pages)
    assert not found & {"当事人", "本院认为", "裁判结果："}
    pages = [(f"xf/{i}.txt", f"序言\n本法是第{i}部根本法。\n第一条 本法适用于全国。\n") for i in range(4)]
    assert "序言" not in _recurring(pages)


# --------------------------------------------------------------------------- 7. F25-C2: reasons and link lines are notes

def _provisions(text: str, fmt: str = "markdown") -> list:
    from corpus_tools.records import CleanedPage, RawPage
    from corpus_tools.structure import structure_page

    page = RawPage(source_file="x.md", sha256="0" * 64, encoding="utf-8", format=fmt, text=text)
    return structure_page(CleanedPage(page, text))


def test_legislative_reasons_are_notes_not_article_text(tmp_path):
    """Real: 國防部政治作戰局組織法 (01477.md), each article followed by ``> 理由：…`` (kept as a note, out of the article)."""
    docs, arts = build_files(tmp_path, (REASONS.name, REASONS.read_bytes()))
    assert arts and not any("理由" in a["text"] for a in arts)
    assert arts[0]["text"].rstrip() == "国防部为办理国军政治作战事项，特设政治作战局（以下简称本局）。"
    assert "理由：" in docs[0]["text"]  # the document keeps the reason: no text lost


def test_cross_reference_lines_and_explanations_are_notes():
    """Invented members: a site's ``被引用条文：`` / ``引用条文：`` link lines and a bill's ``说明：`` under articles."""
    text = ("第一条 为了规范管理，制定本法。\n被引用条文：某某条例 第三条\n"
            "第二条 本法所称管理，是指登记活动。\n说明：一、明定用语定义。\n二、参照外国立法例。\n"
            "第三条 本法自公布之日起施行。\n引用条文：某某法 第一条\n")
    structured = _provisions(text)
    assert [(a.label, a.text.strip()) for a in structured.articles] == [
        ("第一条", "为了规范管理，制定本法。"), ("第二条", "本法所称管理，是指登记活动。"), ("第三条", "本法自公布之日起施行。")]


def test_one_form_field_named_reason_stays_article_text():
    """Negative (invented): a single ``理由：`` line inside one article (a form's field) is the article's text."""
    text = "第一条 申请书应当载明下列事项：\n（一）申请人姓名；\n理由：\n第二条 本法自公布之日起施行。\n"
    arts = _provisions(text, "text").articles
    assert "理由：" in arts[0].text


# --------------------------------------------------------------------------- 8. F25-D1: a Taiwan court's decision is typed so

def test_a_taiwan_court_decision_is_a_court_document(tmp_path):
    """Field test 25's repro (d1_trad_court_keys.json: 111年憲判字第13號's keys, text invented) and invented members: a
    Supreme Court ruling's number with 年度; negative: a ministry's order number (no year before its words)."""
    import json

    def doc_type(record: dict, name: str) -> str:
        sub = tmp_path / name
        sub.mkdir()
        docs, _ = build_files(sub, (name + ".json", json.dumps(record, ensure_ascii=False).encode("utf-8")))
        return docs[0]["doc_type"]

    body = ["主文", "聲請不受理。", "理由", "一、本件聲請人因案件，聲請法規範憲法審查。", "二、核其所陳，未具體敘明違憲之理由。"]
    assert doc_type({"標題": "健保資料庫案", "判決字號": "111年憲判字第13號", "判決日期": "2022-08-12", "內容": body}, "a") == "court_document"
    assert doc_type({"标题": "某某请求损害赔偿案", "文号": "112年度台上字第1234号", "内容": body}, "b") == "court_document"
    assert doc_type({"标题": "财政部令", "文号": "台财库字第10303649360号", "内容": ["一、为加强管理，订定本办法。", "二、本办法自发布日施行。"]},
                    "c") != "court_document"


def test_a_hanging_indents_wrapped_line_is_still_joined():
    """Real (field test 24's tw_moj_json, J0080003 有限公司及股份有限公司最低資本額標準 第2條, law.moj.gov.tw): the items open
    with one U+3000, an item's wrapped line is indented three: a continuation, joined as on main (新⏎臺幣)."""
    raw = ("第2條\u3000有限公司及股份有限公司經營左列事業者，應實收之最低資本額如左：\n"
           "\u3000一\u3000興建國民住宅出租出售業：新臺幣二千五百萬元。\n"
           "\u3000二\u3000興建商業大樓出租出售業：新臺幣三千五百萬元。\n"
           "\u3000三\u3000遠洋漁業：新臺幣四百萬元。\n"
           "\u3000四\u3000汽車製造業：新臺幣一億元。\n"
           "\u3000五\u3000觀光旅館業：國際觀光旅館新臺幣六千五百萬元。一般觀光旅館新\n"
           "\u3000\u3000\u3000臺幣二千六百萬元。\n"
           "\u3000六\u3000建築經理業：新臺幣五千萬元。\n")
    assert "一般观光旅馆新台币二千六百万元。" in _clean(raw)


def test_a_form_with_every_line_indented_and_wrapped_is_still_joined():
    """Real (field test 24's oa_court_formats, fabao.com's 刑事上诉状 read as HTML): every line indented U+3000×2, the
    form's labels and sentences as its wrapped lines: the indent marks nothing, the wraps join as on main."""
    raw = ("刑事上诉状\n\u3000\u3000\n"
           "\u3000\u3000上诉人（刑事公诉案件被告人、刑事自诉案件自诉人、刑事附带民事\n\u3000\u3000案件原告人或被告人）：\n"
           "\u3000\u3000填写姓名、性别、出生年月日、民族、籍贯、职业、工作单位和职务、\n\u3000\u3000住址等基本情况。\n"
           "\u3000\u3000被上诉人（刑事自诉案件自诉人或被告人、刑事附带民事案件原告人或\n"
           "\u3000\u3000被告人，刑事公诉案件被告人提出上诉者不列被上诉人）：\n\u3000\u3000填写姓名等基本情况。\n"
           "\u3000\u3000上诉人因_____________一案，不服________________人民法院______年\n"
           "\u3000\u3000_______月_________日（\u3000）字第________号刑事判决（或裁定），现提出\n\u3000\u3000上诉。\n"
           "\u3000\u3000上诉请求：\n\u3000\u3000填写具体的上诉请求\n\u3000\u3000上诉理由：\n"
           "\u3000\u3000对一审判决或裁定不服的具体内容，阐明上诉的理由和法律依据。\n\u3000\u3000此致\n"
           "\u3000\u3000__________人民法院\n\u3000\u3000上诉人：\n\u3000\u3000代书人：\n\u3000\u3000年\u3000\u3000月\u3000\u3000日\n")
    text = _clean(raw, "html")
    assert "工作单位和职务、住址等基本情况。" in text and "现提出上诉。" in text
