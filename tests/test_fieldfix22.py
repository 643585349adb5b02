"""Field tests 20 and 21, fixes of session 22's room fieldfix22 (tests/real_pages/fieldfix22/SOURCE.md).

F21-C3: a law's rows numbered with bare digits get labels composed in Chinese numerals, as the articles table writes
them (the lead's decision).  F21-D1: a law database's stated level types the instrument.  F21-D2: Xinhua's dispatch
dated the day of a law's revision dates its publication.  F21-B5: a site search's result page and a Q&A thread are
flagged ``not_a_document``.  F21-B4: a line opening with ``。`` is flagged ``orphan_stop``, its text kept.  F20-C7: a
line opening with a lettered or Roman enumerator is never joined to the line before.  F20-B7: ``於`` the preposition in
a page otherwise Simplified becomes ``于``.  Invented variants are marked so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.crawl_records import read_records, record_page

from tests.real_build import build_files

PAGES = Path(__file__).parent / "real_pages" / "fieldfix22"
FLK_INTERIM = PAGES / "flk_interim_rules_1999.json"
AML_HEAD = PAGES / "govcn_aml_law_head.json"
ZHIDAO = PAGES / "zhidao_accounting_law_qa.json"
SEARCH = PAGES / "govcn_search_result_text.txt"
JX_STOPS = PAGES / "jx_art_4975_1568494_lines1-9.txt"
COCHLEAR = PAGES / "cmde_08_cochlear_lettered_items.txt"
ISD_SC = PAGES / "isd_sc_fali_fabu.txt"


# --------------------------------------------------------------------------- F21-C3

def test_bare_numbered_rows_are_labelled_as_the_articles_table_labels_them(tmp_path):
    """flk's 暂行规定 numbers its provisions ``1``…``10``: the text read ``第1条 为了贯彻…``, a label the regulation never
    prints, while the articles table said ``第一条``.  Now both say ``第一条``…``第十条``; every provision's text is kept."""
    law = json.loads(FLK_INTERIM.read_bytes())
    (record,), codec = read_records(FLK_INTERIM.read_bytes(), FLK_INTERIM.name)
    page = record_page(record, codec)
    labels = [line.split(" ", 1)[0] for line in page.text.splitlines() if line.startswith("第")]
    assert labels == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条", "第九条", "第十条"]
    for row in law["provisions"]:
        assert row["content"].strip() in page.text
    docs, arts = build_files(tmp_path, (FLK_INTERIM.name, FLK_INTERIM.read_bytes()))
    (doc,) = docs
    assert [a["label"] for a in arts] == labels
    assert all(f"\n{a['label']} " in "\n" + doc["text"] for a in arts)
    assert "第1条" not in doc["text"] and "第10条" not in doc["text"]


def test_a_row_whose_text_opens_with_its_label_in_arabic_numerals_is_not_labelled_again():
    """INVENTED variant of the real file: the rows' texts open with ``第1条``/``第2条`` themselves; the composed
    ``第一条`` is not set before them (one label per article, the row's own)."""
    law = json.loads(FLK_INTERIM.read_bytes())
    law["provisions"] = [{**row, "content": f"第{row['provision_ref']}条 {row['content']}"} for row in law["provisions"][:2]]
    (record,), codec = read_records(json.dumps(law, ensure_ascii=False).encode(), "x.json")
    lines = [line for line in record_page(record, codec).text.splitlines() if line.startswith("第")]
    assert [line.split(" ", 1)[0] for line in lines] == ["第1条", "第2条"]


# --------------------------------------------------------------------------- F21-D1

def test_a_state_council_regulation_named_interim_provisions_is_typed_by_the_databases_level(tmp_path):
    """flk says ``type: administrative_regulation`` / ``行政法规``: a 行政法规 is a 法规 (``regulation``), not a ministry's
    规章; the title's 暂行规定 alone gave ``rules``."""
    docs, _ = build_files(tmp_path, (FLK_INTERIM.name, FLK_INTERIM.read_bytes()))
    (doc,) = docs
    assert (doc["title"], doc["issuer"], doc["doc_type"]) == ("外国在华常住人员携带进境物品进口税收暂行规定", "国务院", "regulation")


def test_without_a_stated_level_or_with_a_level_that_proves_nothing_the_title_types_it(tmp_path):
    """Negative (INVENTED variants of the real file): without ``type``/``category_name`` the title's 暂行规定 gives
    ``rules`` as before; a subject category (``经济法``) or a site's ``type: post`` proves no level."""
    law = json.loads(FLK_INTERIM.read_bytes())
    bare = {k: v for k, v in law.items() if k not in ("type", "category_name")}
    subject = {**law, "type": "post", "category_name": "经济法 (Economic)"}
    docs, _ = build_files(tmp_path, ("a.json", json.dumps(bare, ensure_ascii=False).encode()),
                     ("b.json", json.dumps(subject, ensure_ascii=False).encode()))
    assert [d["doc_type"] for d in docs] == ["rules", "rules"]


# --------------------------------------------------------------------------- F21-D2

def test_the_xinhua_dispatch_of_the_revised_law_dates_its_publication(tmp_path):
    """gov.cn's 反洗钱法: ``新华社北京11月8日电`` over ``（2006年10月31日…通过　2024年11月8日…修订）``: published 2024-11-08
    (the day the law was revised and its text sent out), not the site's stamp 2024-11-09; it was None."""
    docs, _ = build_files(tmp_path, (AML_HEAD.name, AML_HEAD.read_bytes()))
    (doc,) = docs
    assert (doc["title"], doc["adopted"], doc["amended"], doc["published"]) == (
        "中华人民共和国反洗钱法", "2006-10-31", "2024-11-08", "2024-11-08")
    assert doc["doc_type"] == "regulation"


def test_a_dispatch_of_another_day_dates_nothing(tmp_path):
    """Negative (INVENTED variant of the real record): a dispatch dated 11月9日 (a day the record does not give
    itself) leaves ``published`` empty, as before."""
    record = json.loads(AML_HEAD.read_bytes())
    record["content"] = record["content"].replace("新华社北京11月8日电", "新华社北京11月9日电")
    docs, _ = build_files(tmp_path, ("x.json", json.dumps(record, ensure_ascii=False).encode()))
    assert [d["published"] for d in docs] == [None]


# --------------------------------------------------------------------------- F21-B5

def test_a_search_result_page_and_a_qa_thread_are_flagged_not_a_document(tmp_path):
    """gov.cn's ``中国政府网站内搜索`` (facets, sort widgets, snippets) and a 百度知道 question page were unflagged
    documents; each is now flagged, its text kept, the build not refused."""
    docs, _ = build_files(tmp_path, (SEARCH.name, SEARCH.read_bytes()), (ZHIDAO.name, ZHIDAO.read_bytes()))
    assert len(docs) == 2 and all("not_a_document" in d["findings"] for d in docs)
    search = next(d for d in docs if d["source_file"] == SEARCH.name)
    assert "相关结果：约 103 个" in search["text"] and "按相关度 按时间" in search["text"]  # kept
    findings = [r for f in sorted((tmp_path / "out" / "data").glob("findings-*.parquet")) for r in pq.read_table(f).to_pylist()
                if r["check"] == "not_a_document"]
    assert sorted(r["excerpt"].split(",")[0] for r in findings) == ["a Q&A site's question thread", "a site search's result page"]


def test_laws_that_mention_search_or_answers_are_documents(tmp_path):
    """Negative: the real flk regulation and a law page (反洗钱法's head) carry no such finding; an INVENTED rule on a
    site's search function speaks of 按相关度, 时间不限 in sentences, not in widget lines."""
    rule = ("某市政府网站管理办法\n第五条 站内搜索应当提供按相关度、按时间排序方式。\n第六条 检索方式：全文或者标题；"
            "时间范围：时间不限、一周内、一月内、一年内。\n第七条 对网民提问，我来答栏目应当在五个工作日内答复。\n")
    docs, _ = build_files(tmp_path, (FLK_INTERIM.name, FLK_INTERIM.read_bytes()), (AML_HEAD.name, AML_HEAD.read_bytes()),
                     ("rule.txt", rule.encode()))
    assert len(docs) == 3 and not any("not_a_document" in d["findings"] for d in docs)


# --------------------------------------------------------------------------- F21-B4

def test_lines_opening_with_a_stray_stop_are_flagged_and_kept(tmp_path):
    """江西's notice lost its bold run-in headings: ``。进一步强化国家级开发区招商引资…`` and ``。完善电子口岸平台功能…``
    open their lines.  Flagged ``orphan_stop``; no character is invented or removed."""
    docs, _ = build_files(tmp_path, (JX_STOPS.name, JX_STOPS.read_bytes()))
    (doc,) = docs
    assert "orphan_stop" in doc["findings"]
    lines = doc["text"].split("\n")
    assert [line[:10] for line in lines if line.startswith("。")] == ["。进一步强化国家级开", "。完善电子口岸平台功"]
    finding = next(r for f in sorted((tmp_path / "out" / "data").glob("findings-*.parquet")) for r in pq.read_table(f).to_pylist()
                   if r["check"] == "orphan_stop")
    assert finding["excerpt"].startswith("2 lines open with 。")


def test_a_stop_inside_a_line_is_no_orphan():
    """Negative (INVENTED): run-in headings kept on their lines (``（一）坚持政府主导。各级政府…``), a law's article."""
    from corpus_tools.validation.completeness import orphan_stop

    assert orphan_stop("（一）坚持政府主导。各级政府要加强领导。\n（二）强化保障。推进落实。") is None
    assert orphan_stop("第一条 为了规范管理，制定本办法。") is None


# --------------------------------------------------------------------------- F20-C7

def test_a_lettered_list_item_is_not_joined_to_the_item_before():
    """cmde's 人工耳蜗 guideline: ``b.植入体排异造成的皮肤破溃，⏎c.脑膜炎。`` was joined (the comma read as a sentence
    cut) into ``…皮肤破溃，c.脑膜炎。``.  The page comes out byte-identical."""
    from corpus_tools.clean import clean_and_explain

    text = COCHLEAR.read_text(encoding="utf-8")
    cleaned = clean_and_explain(text)
    assert not [e for e in cleaned.edits if e.rule == "hard_wraps"]
    assert "\nb.植入体排异造成的皮肤破溃，\nc.脑膜炎。\n" in cleaned.text


def test_roman_and_lettered_enumerators_open_a_block_and_latin_abbreviations_do_not():
    """INVENTED lines: ``i.``/``ii.``/``IV.``/``c.``/``ｃ．`` before a Han character open an item; ``e.g.``, ``x.509``,
    ``v2.0`` and a Latin word do not (the break needs evidence as before)."""
    from corpus_tools.clean.layout import _BLOCK_START

    assert all(_BLOCK_START.match(line) for line in ("c.脑膜炎。", "ｃ．脑膜炎。", "i.适用范围", "ii.术后随访", "IV.不良事件", "b、安全性"))
    assert not any(_BLOCK_START.match(line) for line in ("e.g.植入体", "x.509证书", "v2.0版本", "mL的溶液", "is.gd"))


def test_a_wrap_inside_a_lettered_item_still_joins():
    """INVENTED: the item's own line broken after a comma (``a.装置不能正常工作，⏎且无法恢复的，…``) is a wrap inside the
    item: the next line opens with no enumerator, the break's evidence stands."""
    from corpus_tools.clean.layout import join_hard_wraps

    joined, edits = join_hard_wraps("a.装置不能正常工作，\n且无法恢复的，应当记录在案。\nb.脑膜炎。")[:2]
    assert joined == "a.装置不能正常工作，且无法恢复的，应当记录在案。\nb.脑膜炎。" and len(edits) == 1


# --------------------------------------------------------------------------- F20-B7

def test_the_preposition_yu_left_by_a_simplified_proxy_is_converted():
    """sc.isd.gov.hk's Simplified proxy keeps ``於``: ``鉴於由活页版过渡``, ``律政司於二○一○年七月``, ``适用於活页版``; the page
    holds no Traditional-only character.  Each ``於`` becomes ``于`` with an edit of its own; nothing else changes."""
    from corpus_tools.clean import clean_and_explain
    from corpus_tools.clean.script import YU_DETAIL

    text = ISD_SC.read_text(encoding="utf-8")
    cleaned = clean_and_explain(text)
    yu = [e for e in cleaned.edits if e.rule == "traditional_to_simplified"]
    assert [(e.before, e.after, e.detail) for e in yu] == [("於", "于", YU_DETAIL)] * 3
    assert [text[e.start - 1:e.end + 1] for e in yu] == ["鉴於由", "司於二", "用於活"]
    assert "於" not in cleaned.text and "鉴于由活页版过渡" in cleaned.text


def test_yu_stays_in_traditional_pages_and_where_it_is_no_preposition():
    """Negative: a Traditional page (INVENTED line, 關於 with Traditional-only characters) goes through the Traditional
    conversion as before; in the real Simplified page an INVENTED surname 於 (``作家於梨华``) stays ``於``."""
    from corpus_tools.clean.script import convert_traditional

    assert convert_traditional("香港特別行政區政府關於電子版法例的公告")[0] == "香港特别行政区政府关于电子版法例的公告"
    text = ISD_SC.read_text(encoding="utf-8") + "\n作家於梨华出席。\n"
    out, edits, _ = convert_traditional(text)
    assert "作家於梨华出席。" in out and len(edits) == 3
