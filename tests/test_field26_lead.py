"""Field test 26: the lead's fixes, each from a real line (tests/real_pages/field26, sources in its SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.mojibake import fix_gbk_misalignment, misaligned_stretches

HERE = Path(__file__).parent / "real_pages" / "field26"


def test_a1_rare_character_before_fullwidth_question_mark_is_kept():
    """F26-A1: ``武器级钚？`` (plutonium) on a clean transcript was "repaired" as a lost GBK byte into ``武器级项协``:
    the rare character's pair with the mark reads one byte later as common characters, and that same reading
    counted as the page's GBK damage.  The line comes out byte-identical."""
    line = (HERE / "mfa_2014-02-26_line31.txt").read_text(encoding="utf-8")
    assert line.count("钚？") == 4
    text, edits, warnings = fix_gbk_misalignment(line)
    assert edits == [] and text == line
    assert clean(line) == line
    # F26-R1: nor is the clean line flagged as misaligned text kept (the document finding misaligned_kept)
    assert warnings == [] and misaligned_stretches(line) == []


def test_a1_short_frames_and_other_rare_characters():
    for s in ("日本拥有的分离钚？", "这里出产的茯？", "他姓佟？", "这里出产的芩？"):
        assert fix_gbk_misalignment(s)[1] == [], s


def test_a1_real_lost_byte_with_other_damage_still_repaired():
    """The repair keeps its evidence from elsewhere: a page that shows a run read out of step (or U+FFFD) apart
    from the mark is still repaired (the docstring examples of fix_gbk_misalignment)."""
    assert fix_gbk_misalignment("遴選梳理智能制造典型場景?偨Y“十三五”時期")[0] == "遴選梳理智能制造典型場景。總結“十三五”時期"
    assert fix_gbk_misalignment("兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰\ufffd。")[0] == "兼顧防災減災、人民防空和通信等需要。"
    edits = clean_and_explain("日本拥有的分离钚？\n").edits
    assert not [e for e in edits if e.rule == "gbk_misalignment"]


def test_c1_law_json_with_full_text_beside_nested_articles_is_one_record():
    """F26-C1: a law JSON holding ``full_text`` and the same text split into ``chapters[].articles[]`` was read
    as the nested chapter's rows: title ``正文``, no dates, the interpretation's preamble lost.  It is one record
    now, its text the full text (preamble included), its own title and dates read."""
    from corpus_tools.crawl_records import read_records

    data = (HERE / "laws_data_interpretation_19971231.json").read_bytes()
    records, _ = read_records(data, "laws_data_interpretation_19971231.json")
    assert len(records) == 1
    page = records[0]
    assert page.text.startswith("修订后的《中华人民共和国刑法》1997年10月1日施行以来")
    assert "现解释如下" in page.text and "第一条" in page.text
    assert page.fields.get("title") == "最高人民法院关于适用刑法第十二条几个问题的解释"


def test_a2_markdown_underscore_fill_in_blanks_are_kept():
    """F26-A2: the Markdown reader took the underscores of a form's fill-in blanks for bold marks and dropped them
    (``于____年__月__日`` -> ``于__年月__日``; 37 blanks on one flk page), unlogged.  Underscores are emphasis only as
    CommonMark reads them: two alone, not inside a word."""
    from corpus_tools.ingest import _strip_emphasis

    line = "申请人______因______纠纷，于____年__月__日达成调解协议。"
    assert _strip_emphasis(line) == line
    assert _strip_emphasis("签名：________") == "签名：________"
    assert _strip_emphasis("__注__ **第一条** 为了") == "注 第一条 为了"


def test_merge_a_statutes_item_under_a_repeated_number_stays():
    """The merge of session 26 (non_law_lines' "item beyond the list") removed real items of Taiwan statutes whose
    ``一、二、`` restart under an article's own list (``二、任职十五年以上者，由退职人员就左列给与择一支领之：``, 01204.md;
    three lines of the Legislative Yuan corpus): a repeated number is no evidence."""
    from corpus_tools.ingest import ingest_file

    raw = ingest_file(HERE / "tw_lis_ly_01204.md", HERE)
    out = clean_and_explain(raw.text, source_format=raw.format).text
    assert "二、任職十五年以上者" in raw.text
    assert out.count("二、任职十五年以上者，由退职人员就左列给与择一支领之") == 1
