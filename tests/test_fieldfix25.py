"""Field tests 22-24, fixes of session 25's room fieldfix25 (tests/real_pages/fieldfix25/SOURCE.md).

1. A furniture span that starts (or ends) inside a line keeps that line's break (the lead's finding on field 23's
   nea_crawl: ``新华社记者 王鹏 摄pagebreak``), and the editor's page-break marker glued to a line goes.
Invented variants (other markers, other rules' spans) are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.page_lines import merge_line_spans

from tests.real_build import build_files

PAGES = Path(__file__).parent / "real_pages" / "fieldfix25"
NEA = PAGES / "nea_photo_story_pagebreak.json"


def _removed(text: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for s, e, _ in merge_line_spans(text, [(a, b, ["x"]) for a, b in spans]):
        out.append(text[at:s])
        at = e
    return "".join(out) + text[at:]


# --------------------------------------------------------------------------- 1. partial-line furniture spans

def test_the_glued_page_break_goes_and_the_caption_keeps_its_line(tmp_path):
    """Real: 国家能源局's copy of a 新华社 photo story, one ``<p>…摄<b>pagebreak</b></p>`` among six standalone ones."""
    docs, _ = build_files(tmp_path, (NEA.name, NEA.read_bytes()))
    text = "\n".join(d["text"] for d in docs)
    assert "pagebreak" not in text
    lines = text.splitlines()
    assert "10月25日，中铁十一局工作人员在中卫300万千瓦光伏绿电项目1号升压站进行并网发电前的最后调试。" in lines
    assert not any(line.startswith("新华社记者") and line != "新华社记者 王鹏 摄" for line in lines)  # nothing glued on


def test_a_span_from_inside_a_line_to_its_end_keeps_the_break():
    """The span arithmetic for every furniture rule (invented spans of the real shapes)."""
    t = "新华社记者 王鹏 摄pagebreak\n10月25日，工作人员调试。\n"
    assert _removed(t, [(10, 19)]) == "新华社记者 王鹏 摄\n10月25日，工作人员调试。\n"
    # merged with whole furniture lines under it: the break before the next paragraph stays
    t = "第五条 本办法自发布之日起施行。分享到：\n微信\n微博\n\n附件：申请表"
    i = t.index("分享到")
    assert _removed(t, [(i, t.index("\n", i)), (t.index("微信"), t.index("微信") + 2), (t.index("微博"), t.index("微博") + 2)]) \
        == "第五条 本办法自发布之日起施行。\n\n附件：申请表"
    # a span from a line's start into its text: the break before it stays
    t = "一、总体要求\n[NextPage]二、主要任务\n"
    assert _removed(t, [(7, 17)]) == "一、总体要求\n二、主要任务\n"
    # whole lines as before (negative): line and its break go
    t = "甲。\n分享到：\n乙。\n"
    assert _removed(t, [(3, 7)]) == "甲。\n乙。\n"


def test_glued_markers_of_other_editors_go_with_their_lines_kept():
    """Invented members of the family: UEditor's, DedeCMS's and WordPress's markers glued to a line's end or start."""
    page = ("关于加强安全生产工作的通知\n"
            "一、总体要求。坚持安全第一。_ueditor_page_break_tag_\n"
            "#p#第二页#e#二、主要任务。加强隐患排查。\n"
            "三、保障措施。落实责任。<!--nextpage-->\n"
            "四、其他。本通知自印发之日起施行。\n")
    got = clean_and_explain(page).text
    assert got == ("关于加强安全生产工作的通知\n一、总体要求。坚持安全第一。\n二、主要任务。加强隐患排查。\n"
                   "三、保障措施。落实责任。\n四、其他。本通知自印发之日起施行。\n"), got


def test_words_like_the_markers_stay():
    """Negatives: a style sheet's property, a Latin word, the word inside a sentence; a clean page byte-identical."""
    for page in ("打印时设置page-break属性。\n第二条 甲。\n", "调用setPageBreak方法。\n第二条 乙。\n",
                 "第一条 本办法所称pagebreak是指分页符。\n第二条 丙。\n",
                 "第一条 为了规范管理，制定本办法。\n第二条 本办法自发布之日起施行。\n"):
        assert clean_and_explain(page).text == page, page


# --------------------------------------------------------------------------- 2. F24-D3: a Taiwanese record's history

TW_ORDER = PAGES / "tw_moj_G0320028.json"


def _tw_record(**changes) -> bytes:
    record = json.loads(TW_ORDER.read_text(encoding="utf-8"))
    record.update(changes)
    for key in [k for k, v in changes.items() if v is None]:
        del record[key]
    return json.dumps(record, ensure_ascii=False).encode()


def test_a_taiwanese_ministry_order_is_not_national_and_keeps_its_order_number(tmp_path):
    """Real: law.moj.gov.tw's 中央公債提前償還或另發新公債調換辦法 (財政部): jurisdiction 中华人民共和国 from the ministry's
    name, although its 沿革內容 is dated 中華民國九十八年; no 字號 read."""
    docs, _ = build_files(tmp_path, (TW_ORDER.name, TW_ORDER.read_bytes()))
    (doc,) = docs
    assert doc["jurisdiction"] is None and doc["jurisdiction_level"] is None
    assert doc["issuer"] == "财政部" and doc["published"] == "2009-02-19"
    assert doc["doc_number"] == "台财库字第09800037070号"


def test_the_history_under_other_names_and_other_dated_fields_count(tmp_path):
    """Invented members of the family: the history under another field name (``history``), a 交通部 order whose record
    gives its date in a field of its own (``發布日期: 民國99年3月17日``), a 內政部 order whose record names 行政院 in its
    category; each read as Taiwan's, not national."""
    history = json.loads(TW_ORDER.read_text(encoding="utf-8"))["沿革內容"]
    files = (("a.json", _tw_record(**{"沿革內容": None, "history": history})),
             ("b.json", _tw_record(**{"沿革內容": None, "法規名稱": "自由貿易港區入出及居住管理辦法", "主管機關": "交通部",
                                      "發布日期": "民國99年3月17日"})),
             ("c.json", _tw_record(**{"沿革內容": None, "法規名稱": "內政部組織規程", "主管機關": "內政部",
                                      "法規類別": "行政院＞內政部＞綜合規劃目"})))
    docs, _ = build_files(tmp_path, *files)
    got = sorted((d["source_file"].split("#")[0], d["jurisdiction"]) for d in docs)
    assert got == [("a.json", None), ("b.json", None), ("c.json", None)], got  # (all three national before)


def test_a_prc_ministry_record_stays_national(tmp_path):
    """Negative: the same record of a Beijing ministry (no ROC date, no ROC organ in its fields, and no address on
    Taiwan's law database, which session 28 reads as evidence too: F28-D1) stays national."""
    data = _tw_record(**{"沿革內容": None, "法規網址": None, "法規名稱": "中央国债提前偿还办法", "法規類別": "部门规章＞财政部",
                         "主管機關": "财政部", "最新異動日期": "20090219"})
    docs, _ = build_files(tmp_path, ("d.json", data))
    assert [d["jurisdiction"] for d in docs] == ["中华人民共和国"]


# --------------------------------------------------------------------------- 3. F24-D1: a catalogue page

CATALOGUE = PAGES / "P4__README.md"
LISTED_LAW = PAGES / "P4__wkwrhjfzglbf.md"


def test_a_catalogue_page_keeps_its_own_title_and_is_no_version_of_its_first_entry(tmp_path):
    """Real: vuepress_envlaw's 规章 page (``## [尾矿污染环境防治管理办法](/posts/P4/wkwrhjfzglbf)`` first) beside that 办法."""
    docs, _ = build_files(tmp_path, (CATALOGUE.name, CATALOGUE.read_bytes()), (LISTED_LAW.name, LISTED_LAW.read_bytes()))
    by_file = {d["source_file"]: d for d in docs}
    catalogue, law = by_file["P4__README.md"], by_file["P4__wkwrhjfzglbf.md"]
    assert (catalogue["title"], catalogue["doc_type"]) == ("规章", "other")
    assert law["title"] == "尾矿污染环境防治管理办法" and law["doc_type"] == "rules" and law["num_articles"] == 35
    assert catalogue["version_group"] is None or catalogue["version_group"] != law["version_group"]


def _entries(titles: list[str], under: str) -> str:
    return "".join(f"{t}\n\n{under}\n\n" for t in titles)


def test_catalogues_of_other_shapes_are_catalogues(tmp_path):
    """Invented members: a Markdown catalogue whose front matter names no kind (``title: 目录``) over 条例 titles with
    their dates; a text file listing notices, each with its date, under a heading; a catalogue whose entries are
    headings with their issuers under them."""
    laws = ["广东省环境保护条例", "广东省大气污染防治条例", "广东省水污染防治条例", "江门市扬尘污染防治条例"]
    a = "---\ntitle: 目录\n---\n\n" + _entries(laws, "2019年11月29日通过，2020年1月1日起施行")
    notices = ["关于开展大气污染防治专项检查的通知", "关于加强危险废物监管的通知", "关于做好汛期环境应急工作的通知"]
    b = "政策文件\n\n" + _entries(notices, "2023-05-06")
    rules = ["环境行政处罚办法", "环境保护主管部门实施查封、扣押办法", "环境保护主管部门实施按日连续处罚办法"]
    c = "## 部门规章\n\n" + "".join(f"## {t}\n\n生态环境部\n\n" for t in rules)
    docs, _ = build_files(tmp_path, ("a.md", a.encode()), ("b.txt", b.encode()), ("c.md", c.encode()))
    got = sorted((d["source_file"], d["title"], d["doc_type"]) for d in docs)
    assert [(f.split("#")[0], t, k) for f, t, k in got] == [("a.md", "目录", "other"), ("b.txt", "政策文件", "other"),
                                                           ("c.md", "部门规章", "other")], got
    # (before: b 关于开展大气污染防治专项检查的通知 notice, c 部门规章环境行政处罚办法 rules: their first entries)


def test_a_law_or_a_notice_with_listed_texts_is_no_catalogue(tmp_path):
    """Negatives: a notice that lists its attachments by number; a short 办法 with no article labels."""
    notice = ("关于印发三个办法的通知\n\n各区生态环境分局：\n\n现将《甲管理办法》《乙管理办法》《丙管理办法》印发给你们，请遵照执行。\n\n"
              "附件：1.甲管理办法\n\n2.乙管理办法\n\n3.丙管理办法\n\n某市生态环境局\n\n2023年5月6日\n")
    rule = "某某管理办法\n\n为了规范管理，制定本办法。\n\n本办法自发布之日起施行。\n"
    docs, _ = build_files(tmp_path, ("n.txt", notice.encode()), ("r.txt", rule.encode()))
    got = sorted((d["source_file"].split("#")[0], d["title"], d["doc_type"]) for d in docs)
    assert ("n.txt", "关于印发三个办法的通知", "notice") in got, got
    assert ("r.txt", "某某管理办法", "normative_document") in got or ("r.txt", "某某管理办法", "rules") in got, got


# --------------------------------------------------------------------------- 4. F24-E1: a list of files beside the records

STAFFING = PAGES / "tw_moj_G0300080.json"


def test_a_staffing_table_beside_its_pdf_list_is_read_as_its_law(tmp_path):
    """Real: law.moj.gov.tw's 財政部中區國稅局編制表, refused before (its ``附件`` list of PDFs beside ``法規內容``)."""
    docs, _ = build_files(tmp_path, (STAFFING.name, STAFFING.read_bytes()))
    (doc,) = docs
    assert doc["title"] == "财政部中区国税局编制表"
    assert doc["issuer"] == "财政部" and doc["published"] == "2013-01-04" and doc["jurisdiction"] is None
    assert "本编制表依据财政部各地区国税局各分局组织准则" in doc["text"]


def test_a_list_of_files_beside_a_crawl_is_not_its_records():
    """Invented members: a news crawl's object with its items and an attachments list (name, link); a list of
    download links only; negatives: two arrays of records with text stay refused."""
    import pytest

    from corpus_tools.crawl_records import read_records
    from corpus_tools.ingest import IngestError

    news = {"items": [{"title": "关于开展安全检查的通知", "content": "各单位：为加强安全生产工作，现就有关事项通知如下。"},
                      {"title": "关于做好防汛工作的通知", "content": "各单位：为做好今年防汛工作，现就有关事项通知如下。"}],
            "attachments": [{"name": "检查表.docx", "url": "https://x.example/a.docx"}, {"file": "https://x.example/b.pdf"}]}
    records, _ = read_records(json.dumps(news, ensure_ascii=False).encode(), "n.json")
    assert [r.text for r in records] == [item["content"] for item in news["items"]]
    both = {"a": news["items"], "b": [{"title": "甲", "content": "乙丙丁的正文，一句完整的话。"}]}
    with pytest.raises(IngestError):
        read_records(json.dumps(both, ensure_ascii=False).encode(), "b.json")
