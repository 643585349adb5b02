"""Session 17's second round on text copied out of PDF and Word files (room pdf17): real pages in
tests/real_pages/pdf17/SOURCE.md, negative cases beside each positive one."""

from __future__ import annotations

import time
from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.wrap_spaces import wrap_spaces

REAL = Path(__file__).parent / "real_pages" / "pdf17"


def _read(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- wrap blanks after names' ends and clause marks


def test_wrap_spaces_after_an_organs_name_go_where_the_print_width_proves_them():
    """医疗保障法（草案） as a RAG repository extracted it from the PDF: the printed lines' ends became spaces 60 columns
    apart; those after 部/行/；/》/） were kept as list separators (``行政部门、财政部 门指导``, ``医药服务行 为``)."""
    out = clean_and_explain(_read("yibaofa_caoan_pdf_spaces.txt")).text
    for words in ("医疗保障行政部门、财政部门指导统筹地区", "规范医药服务行为，", "由医疗保障行政部门责令改正", "责令改正；造成",
                  "《中华人民共和国慈善法》等法律", "（以下统称灵活就业人员）参加职工"):
        assert words in out, words
    assert "给予举报人奖励。 举报" in out  # (a space after a sentence's end: a paragraph's end, for all the rule knows)
    out = clean_and_explain(_read("yibao_pianbao_yijian_pdf_spaces.txt")).text
    assert "以诈骗罪定罪处罚；同时构成" in out and "可以认定行为人具有主观明知" in out
    assert "最高人民法院 最高人民检察院 公安部" in out  # the signers' names on one line: no print width there


def test_names_typed_apart_stay_without_a_print_width():
    """Contacts typed as an organ and a person apart on a page with no periodic spaces stay byte for byte."""
    text = _read("tianjin_xiangying_contacts.txt")
    assert wrap_spaces(text) == []
    out = clean_and_explain(text).text
    assert "市工业和信息化局电力处 章建新" in out and "国网天津市电力公司营销部 李野" in out


def test_an_organ_list_in_a_wrapped_page_stays_when_its_spaces_are_off_the_width():
    """A page whose wraps recur every 30 columns, and a sentence listing organs with spaces at other distances."""
    line = "为了规范本市医疗保障基金的使用和管理，保障参保人员的合法权益，促进医疗保障事业健康发展，制定本办法。"
    wrapped = "\n".join(line[:15] + " " + line[15:30] + " " + line[30:45] + " " + line[45:] for _ in range(4))
    organs = "抄送单位为市财政局 市卫生健康委员会 市市场监管局 市审计局，各单位应当按照职责分工做好相关工作。"
    edits = wrap_spaces(wrapped + "\n" + organs + "\n")
    assert len(edits) == 12 and all(e.start < len(wrapped) for e in edits)


def test_wrap_spaces_stay_linear_on_a_long_page():
    line = "医疗保障行政部门、财政部 门指导统筹地区人民政府医疗保障行政部门、财政部 门指导统筹地区人民政府医疗保障行政部 门"
    text = "\n".join([line] * 2800)  # ~200k characters
    began = time.process_time()
    wrap_spaces(text)
    assert time.process_time() - began < 5


# --------------------------------------------------------------------------- running lines at the page's edges
# Sentences below are 上海市住房公积金管理若干规定's (the clean corpus, DLC): the page breaks cut them as pdf17's blind
# variants do.  The shapes are a gazette's issue line (``国务院公报 2019年第5号 — 13 —``; the Vietnamese 公报 CÔNG BÁO prints
# ``123 CÔNG BÁO/Số …`` the same way), a marking and a copyright line, a browser's print header and footer.

from corpus_tools.clean.running_heads import chapter_running_heads, running_title_spans  # noqa: E402

_PARA = ("缴存住房公积金的职工购买、建造、翻建、大修自住住房时，可以向市公积金管理中心申请住房公积金贷款。"
         "市公积金管理中心应当自受理住房公积金贷款申请之日起十五日内作出准予贷款或者不准贷款的决定，并书面通知申请人。") * 3


def _paged(breaks: list[str], *, title: str = "上海市住房公积金管理若干规定") -> str:
    """A law whose page breaks fall inside sentences, each break's furniture given."""
    parts = [title, "", "第一条 " + _PARA]
    for n, furniture in enumerate(breaks):
        parts.append(f"第{'二三四五六七八'[n]}条 准予贷款的，由受托银行办理贷款手续；不准贷款的，市公积金管理中心")
        parts.append(furniture)
        parts.append(("应当说明理由。", "应当书面说明理由。", "应当当面说明理由。", "应当及时说明理由。")[n] + _PARA)
    return "\n".join(parts) + "\n"


def _removed(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in running_title_spans(text)]


def test_a_gazette_issue_line_with_its_page_number_goes_at_each_break():
    text = _paged([f"国务院公报 2019年第5号 — {n} —" for n in (13, 14, 15)])
    assert _removed(text) == [f"国务院公报 2019年第5号 — {n} —" for n in (13, 14, 15)]
    out = clean_and_explain(text).text
    assert "国务院公报" not in out and "市公积金管理中心应当书面说明理由。" in out


def test_an_issue_line_whose_numbers_do_not_count_up_stays():
    text = _paged([f"国务院公报 2019年第5号 — {n} —" for n in (13, 12, 15)])
    assert _removed(text) == []


def test_a_footer_and_a_header_on_one_break_go_together():
    """A copyright line with 第N页 共T页 (its numbers prove it), then a marking line (proven across the footer)."""
    text = _paged([f"版权所有：上海市人民政府  第{n}页 共3页\n内部资料\u3000注意保存" for n in (1, 2)])
    assert _removed(text) == [f"版权所有：上海市人民政府  第{n}页 共3页\n内部资料\u3000注意保存" for n in (1, 2)]


def test_a_browser_print_footer_and_header_go():
    url = "https://www.gov.cn/zhengce/content/2019-01/24/content_366107.htm"
    text = _paged([f"{url} {n}/4\n\f2019/1/24 19:56   上海市住房公积金管理若干规定 - 中国政府网" for n in (1, 2, 3)])
    removed = _removed(text)
    assert len(removed) == 3 and all(r.startswith(url) and r.endswith("中国政府网") for r in removed)
    out = clean_and_explain(text).text  # (the whole rule chain: invisible_chars takes the form feeds away first)
    assert url not in out and "中国政府网" not in out and "市公积金管理中心应当书面说明理由" in out


def test_a_marking_line_under_a_copyright_line_and_a_bare_page_number_goes():
    text = _paged([f"Copyright © 2021 上海市司法局\n{n}\n\n仅供内部参考\n" for n in (1, 2, 3)])
    out = clean_and_explain(text).text
    assert "仅供内部参考" not in out and "Copyright" not in out and "市公积金管理中心应当当面说明理由" in out


def test_a_line_with_clause_marks_twice_beside_page_feet_stays():
    """``注：本条所称贷款，是指…`` is text: a line with clause marks and no page number needs three recurrences."""
    text = _paged(["- 1 -\n注：本条所称贷款，是指住房公积金贷款", "- 2 -\n注：本条所称贷款，是指住房公积金贷款"])
    assert _removed(text) == []


def test_the_title_above_an_attachment_stays_after_a_page_foot():
    """A running title proven by two cut sentences; its recurrence as an attachment's own title (a date line or
    the first article after it) stays."""
    title = "上海市住房公积金管理若干规定"
    text = _paged([f"- {n} -\n{title}" for n in (1, 2)]) + f"附件\n- 3 -\n{title}\n（2005年1月4日通过）\n第一条 " + _PARA + "\n"
    removed = _removed(text)
    assert removed == [f"- 1 -\n{title}", f"- 2 -\n{title}"]


def test_a_chapter_heading_as_running_head_goes_and_the_chapter_heading_stays():
    body = "第一条 " + _PARA
    text = ("某某条例\n第一章　总则\n" + body + "\n第二条 准予贷款的，由受托银行办理贷款手续；不准贷款的，市公积金管理中心\n- 1 -\n第一章　总则\n"
            "应当说明理由。" + _PARA + "\n第二章　贷款\n第三条 " + _PARA + "市公积金管理中心应当自受理住房公积金贷款申请之日起\n- 2 -\n"
            "第二章　贷款\n十五日内作出决定。\n")
    assert [text[a:b] for a, b in chapter_running_heads(text)] == ["- 1 -\n第一章\u3000总则", "- 2 -\n第二章\u3000贷款"]
    out = clean_and_explain(text).text
    assert out.count("第一章") == 1 and out.count("第二章") == 1 and "市公积金管理中心应当说明理由" in out


def test_a_contents_page_then_the_chapter_heading_after_a_page_foot_stays():
    """Contents entries first, then each chapter's own heading at a page top before its first article."""
    contents = "目录\n第一章　总则\n第二章　贷款\n第三章　附则\n"
    text = (contents + "- 1 -\n第一章　总则\n第一条 " + _PARA + "\n- 2 -\n第二章　贷款\n第二条 " + _PARA + "\n- 3 -\n第三章　附则\n第三条 "
            + _PARA + "\n")
    assert chapter_running_heads(text) == []


def test_running_lines_stay_linear_on_hostile_input():
    line = "国务院公报 2019年第5号 — 13 —"
    text = ("第一条 " + "某" * 60 + "\n" + line + "\n") * 3000 + ("第二章 某某\n" * 5000)  # ~230k characters
    began = time.process_time()
    running_title_spans(text)
    chapter_running_heads(text)
    assert time.process_time() - began < 10


# --------------------------------------------------------------------------- a scan's strokes at the printed lines' edges

from corpus_tools.clean.page_numbers import printed_page_numbers  # noqa: E402
from corpus_tools.clean.scan_marks import stray_scan_strokes  # noqa: E402

def test_a_scans_strokes_at_line_edges_go_and_the_wraps_join():
    """上海市住房公积金管理若干规定 (DLC) typeset at 26 and scanned: strokes at four line edges."""
    text = ("上海市住房公积金管理若干规定\n\n第一条 为了加强本市住房公积金的管理，维护住房 |\n公积金所有者的合法权益，促进城镇住房建设，\n"
            "丨 提高城镇居民的居住水平，根据国务院《住房公积金\n管理条例》，结合本市实际情况，制定本规定。 |\n\n"
            "第二条 上海市住房公积金管理委员会是本市住房公积金 |\n管理的决策机构。\n")
    assert [text[a:b] for a, b in stray_scan_strokes(text)] == [" |", "丨 ", " |", " |"]
    out = clean_and_explain(text).text
    assert "维护住房公积金所有者的合法权益，促进城镇住房建设，提高城镇居民" in out and "|" not in out and "丨" not in out


def test_separators_of_menus_and_record_tables_stay():
    """Real pages whose lines start or end with a pipe (a site's menu, a gazette's record table, a Markdown table)."""
    for name in ("pipes_gaj_pds_menu.txt", "pipes_wikisource_macau.txt", "pipes_shandan_record_table.txt", "pipes_cee_vuepress_table.md"):
        text = _read(name)
        assert "|" in text and stray_scan_strokes(text) == [], name
    assert stray_scan_strokes(_read("tianjin_xiangying_contacts.txt")) == []
    assert stray_scan_strokes("| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |\n") == []


def test_an_ocr_page_number_with_a_blank_between_its_digits_is_a_page_number():
    t = "本条例自公布之日起\n— 2 2 —\n施行。\n"
    assert [t[a:b] for a, b in printed_page_numbers(t)[0]] == ["— 2 2 —"]
    assert printed_page_numbers("2019—2021年，第一章—第三章\n— 一 —\n")[0] == []


def test_scan_strokes_stay_linear():
    text = "第一条 为了加强本市住房公积金的管理，维护住房 |\n丨 公积金所有者的合法权益\n" * 7000  # ~240k characters (printed lines: 10 characters or more)
    began = time.process_time()
    assert len(stray_scan_strokes(text)) == 14000
    assert time.process_time() - began < 5


# --------------------------------------------------------------------------- notes at a page's foot

from corpus_tools.clean.page_notes import page_foot_notes  # noqa: E402

_ARTS = ("第一条 为了加强本市住房公积金的管理，维护住房公积金所有者的合法权益，制定本规定。\n\n"
         "第二条 上海市住房公积金管理委员会是本市住房公积金管理的决策机构。\n\n")


def test_a_page_foot_note_and_its_marker_go_and_the_sentence_joins():
    text = (_ARTS + "第三条 职工提取住房公积金账户内存储余额后，其依法享受社会保障①的权利不受影\n\n"
            "① 本条第二款经2019年5月1日修改。\n- 3 -\n响。\n")
    lines, marks = page_foot_notes(text)
    assert [text[a:b].strip() for a, b in lines] == ["① 本条第二款经2019年5月1日修改。"] and [text[a:b] for a, b in marks] == ["①"]
    out = clean_and_explain(text).text
    assert "其依法享受社会保障的权利不受影响。" in out and "2019年5月1日修改" not in out


def test_bracketed_notes_at_a_form_feed_go():
    text = _ARTS + "第三条 市公积金管理中心应当自受理[1]申请之日起\n[1] 本条经2009年修正。\n\f十五日内作出决定。\n"
    lines, marks = page_foot_notes(text)
    assert [text[a:b] for a, b in marks] == ["[1]"] and len(lines) == 1


def test_an_enumeration_and_a_documents_own_notes_stay():
    """Items opened by ① (a list, no page break), a note citing a work (the document's own), a note whose marker the
    page does not show: all kept."""
    listing = _ARTS + "第三条 下列事项应当公布：\n①本规定的修改；\n②缴存比例的调整。\n\n第四条 本规定自公布之日起施行。\n"
    assert page_foot_notes(listing) == ([], [])
    cited = _ARTS + "第三条 依照有关规定①办理贷款\n① 参见《住房公积金管理条例》，中国法制出版社2019年版。\n- 3 -\n手续。\n"
    assert page_foot_notes(cited) == ([], [])
    unmarked = _ARTS + "第三条 依照有关规定办理贷款\n① 本条经2019年修改。\n- 3 -\n手续。\n"
    assert page_foot_notes(unmarked) == ([], [])


def test_page_foot_notes_stay_linear():
    text = ("第一条 依照有关规定①办理贷款手续\n① 本条经2019年修改。\n- 3 -\n" + "某" * 40 + "\n") * 3000
    began = time.process_time()
    page_foot_notes(text)
    assert time.process_time() - began < 5


def test_a_running_title_at_breaks_inside_labels_goes_and_the_label_joins():
    """Page breaks between 第 and 十四条 (a label a narrow wrap cut) leave the same 第 line before the title each time:
    no passage printed twice (浙江省计量监督管理条例, DLC, as pdf17's blind variant broke it)."""
    title = "浙江省计量监督管理条例"
    arts = ["第十三条 非强制检定的计量器具，可以采用校准等方式进行量值溯源。" * 4, "第十九条 计量检定机构应当按照计量检定规程开展检定。" * 12,
            "第三十条 供水、供电、供气、供热单位应当保证计量器具的准确。" * 12]
    text = (f"{title}\n\n{arts[0]}\n\n第\n— 1 —\n{title}\n十四条 任何单位和个人不得有下列行为。\n\n{arts[1]}\n\n第\n— 2 —\n{title}\n"
            f"二十四条 计量校准机构应当备案。\n\n{arts[2]}\n\n第四十一条 违反本条例规定的，由计量\n— 3 —\n{title}\n主管部门予以处罚。\n")
    assert len(running_title_spans(text)) == 3
    out = clean_and_explain(text).text
    assert "第十四条 任何单位" in out and "第二十四条 计量校准机构" in out and "由计量主管部门予以处罚" in out and out.count(title) == 1
