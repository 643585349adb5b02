"""The ``lost_line_breaks`` rule on the real pages that showed the damage, and on text it must leave alone.

Field test 8b (F8B-G2, /work/notes/field8b.md): a crawler's dump of gov.cn pages whose line breaks were all
removed (HUANGZHIHAO1994/GCCMPD, 9 of 9 records) built with 0 articles, no title, no document number and no
finding.  Sources: tests/real_pages/gccmpd/SOURCE.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.edits import replay
from corpus_tools.clean.linebreaks import LONG_LINE, restore_line_breaks, shows_lost_line_breaks
from corpus_tools.ingest import ingest_file
from tests.conftest import SHARED
from tests.real_build import build_real_pages

REAL = Path(__file__).parent / "real_pages"
GCCMPD = REAL / "gccmpd"


def _page(name: str) -> str:
    return (GCCMPD / name).read_text(encoding="utf-8")


def test_the_electricity_regulation_gets_its_lines_back():
    text, edits, warnings = restore_line_breaks(_page("03_2005.txt"))
    lines = text.split("\n")
    assert lines[:7] == [
        "中华人民共和国国务院令", "第432号",
        "《电力监管条例》已经2005年2月2日国务院第80次常务会议通过，现予公布，自2005年5月1日起施行。",
        "总　理　　温家宝", "二○○五年二月十五日", "电 力 监 管 条 例", "第一章　总　　则",
    ]
    assert lines[7].startswith("第一条为了加强电力监管") and lines[8].startswith("第二条电力监管的任务")
    chapters = [line for line in lines if line.startswith("第") and "章" in line[:4]]
    assert chapters == ["第一章　总　　则", "第二章　监管机构", "第三章　监管职责", "第四章　监管措施", "第五章　法律责任", "第六章　附　　则"]
    articles = [line for line in lines if line.startswith("第") and "条" in line[:6]]
    assert len(articles) == 37 and articles[-1] == "第三十七条本条例自2005年5月1日起施行。"
    assert not warnings


@pytest.mark.parametrize("name", ["02_1987.txt", "03_2005.txt", "08_2016.txt"])
def test_only_line_breaks_are_put_in_and_the_edits_replay(name):
    raw = _page(name)
    result = clean_and_explain(raw)
    step = RULE_NAMES.index("lost_line_breaks")
    assert result.steps[step], "the rule made no edit on a page that lost its line breaks"
    assert all(e.after == "\n" and not e.before.strip() for e in result.steps[step])
    assert all(json.loads(e.detail)["evidence"] for e in result.steps[step])
    assert replay(raw, result.steps) == result.text
    squeeze = lambda s: "".join(s.split())  # noqa: E731 - no other character changes
    before = clean_and_explain(raw, rules=[r for r in RULE_NAMES if r != "lost_line_breaks"]).text
    assert squeeze(result.text) == squeeze(before)


def test_a_notice_head_and_its_closing_lines_are_split_where_the_text_proves_them():
    lines = restore_line_breaks(_page("08_2016.txt"))[0].split("\n")
    assert lines[:4] == [
        "国务院关于全国矿产资源规划（2016—2020年）的批复", "国函〔2016〕178号",
        "国土资源部、国家发展改革委、工业和信息化部、财政部、环境保护部、商务部：",
        "你们《关于审批〈全国矿产资源规划（2016—2020年）〉的请示》（国土资发〔2016〕93号）收悉。现批复如下：",
    ]
    assert [line[:2] for line in lines[4:8]] == ["一、", "二、", "三、", "四、"]
    assert lines[-3:] == ["国务院", "2016年11月2日", "（此件公开发布）"]


def test_a_title_ending_in_a_title_word_keeps_it_before_the_document_number():
    lines = restore_line_breaks(_page("02_1987.txt"))[0].split("\n")
    assert lines[:3] == ["国务院批转国家计委关于发行一九八七年电力建设债券报告的通知", "国发〔1987〕18号",
                         "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    names = tuple(path.name for path in GCCMPD.glob("*.txt"))
    return build_real_pages("gccmpd", tmp_path_factory.mktemp("gccmpd"), names, ("documents", "articles", "edits"))


def test_the_build_reads_the_regulation_its_order_and_the_notices(built):
    documents = built["documents:03_2005.txt"]
    regulation = next(d for d in documents if d["title"] == "电力监管条例")
    numbers = [a["article_no"] for a in built["articles:03_2005.txt"] if a["doc_id"] == regulation["doc_id"]]
    assert numbers == list(range(1, 38))
    assert any(d["doc_number"] == "国务院令第432号" for d in documents)
    (reply,) = built["documents:08_2016.txt"]
    assert (reply["title"], reply["doc_number"]) == ("国务院关于全国矿产资源规划（2016—2020年）的批复", "国函〔2016〕178号")
    notice, rules = built["documents:02_1987.txt"]
    assert (notice["title"], notice["doc_number"]) == ("国务院批转国家计委关于发行一九八七年电力建设债券报告的通知", "国发〔1987〕18号")
    assert rules["title"] == "关于发行电力建设债券的暂行规定"
    numbers = [a["article_no"] for a in built["articles:02_1987.txt"] if a["doc_id"] == rules["doc_id"]]
    assert numbers == list(range(1, 18))


def test_a_regulation_attached_after_its_signed_report_opens_a_second_numbering():
    """02_1987: ``…暂行规定。国家计划委员会一九八七年二月十六日附件二关于发行电力建设债券的暂行规定第一条为了…``."""
    lines = restore_line_breaks(_page("02_1987.txt"))[0].split("\n")
    at = lines.index("附件二")
    assert lines[at - 2:at + 3] == ["国家计划委员会", "一九八七年二月十六日", "附件二", "关于发行电力建设债券的暂行规定",
                                    lines[at + 2]]
    assert lines[at + 2].startswith("第一条为了保证电力建设债券") and lines[-1] == "第十七条本规定自一九八七年一月一日起实行。"


def test_labels_that_do_not_continue_a_numbering_from_one_prove_nothing(built):
    """F8-P4's scrambled page (labels 第十四条…第十九条 on one line): nothing proves a break; it stays,
    with a warning of the rule."""
    raw = _page("jianbiaoku_7594_218145.txt")
    assert shows_lost_line_breaks(raw)
    text, edits, warnings = restore_line_breaks(raw)
    assert (text, edits) == (raw, []) and [w.rule for w in warnings] == ["lost_line_breaks"]
    assert not built.get("edits:jianbiaoku_7594_218145.txt") or not any(
        e["rule"] == "lost_line_breaks" for e in built["edits:jianbiaoku_7594_218145.txt"])


# Negative cases: text with its line breaks, and long lines no label proves -----------------------------

def test_the_longest_paragraph_of_the_clean_corpus_is_no_damage():
    """The DLC 决议 whose paragraph of 666 characters is the longest line of the 1,911 laws."""
    page = ingest_file(GCCMPD / "dlc_henan_resolution_2015.md", GCCMPD).text
    assert max(map(len, page.split("\n"))) == 666
    assert not shows_lost_line_breaks(page)
    assert clean_and_explain(page).steps[RULE_NAMES.index("lost_line_breaks")] == ()


def test_a_long_paragraph_alone_is_scanned_and_left_alone():
    paragraph = "为了进一步贯彻落实党的决策部署，加快现代化建设，" * 26 + "特作如下决议。"
    page = "关于促进全面建成小康社会的决议\n" + paragraph + "\n一、坚持发展第一要务。\n二、加强组织领导。\n"
    assert shows_lost_line_breaks(page)
    text, edits, warnings = restore_line_breaks(page)
    assert (text, edits) == (page, []) and len(warnings) == 1


def test_a_long_line_with_labels_out_of_sequence_stays():
    line = "第一条为了规范管理，制定本办法。" + "依照第三条和第五条的规定办理。第七条规定的情形除外。" * 40
    assert len(line) > LONG_LINE and restore_line_breaks(line)[1] == []


_GOVCN = SHARED / "real" / "govcn"


@pytest.mark.skipif(not _GOVCN.is_dir(), reason="../shared/real is not beside the checkout")
@pytest.mark.parametrize("name", sorted(p.name for p in _GOVCN.iterdir())[:40] if _GOVCN.is_dir() else ["-"])
def test_real_govcn_pages_keep_their_lines(name):
    page = ingest_file(SHARED / "real" / "govcn" / name, SHARED / "real" / "govcn")
    assert restore_line_breaks(page.text)[1] == []


@pytest.mark.parametrize("folder", ["field8", "field8b", "civilcode", "crawler_md", "flkdocs"])
def test_real_pages_of_the_test_suite_get_no_edit(folder):
    for path in sorted((REAL / folder).iterdir()):
        if path.name == "SOURCE.md" or not path.is_file():
            continue
        try:
            page = ingest_file(path, REAL / folder)
        except Exception:  # noqa: BLE001 - a page ingest refuses is no text to test here
            continue
        assert restore_line_breaks(page.text)[1] == [], path.name


def test_a_head_of_office_named_in_prose_is_no_signature():
    """Only the sentence that promulgates an order (公布, 施行, 发布) stands above a signature; a news
    sentence naming a mayor and a date stays whole."""
    from corpus_tools.clean.linebreaks import _closing_breaks

    prose = "会议听取了汇报。市长张三2020年3月5日主持召开常务会议，研究部署有关工作。"
    breaks: dict[int, str] = {}
    _closing_breaks(prose, 0, len(prose), breaks)
    assert breaks == {}
    order = "《电力监管条例》已经国务院常务会议通过，现予公布，自2005年5月1日起施行。总　理　　温家宝二○○五年二月十五日电力监管条例"
    _closing_breaks(order, 0, len(order), breaks)
    assert sorted(breaks.values()) == ["after the signature's date", "before the signature", "date under the signature"]


def test_a_body_sentence_after_the_document_number_is_no_addressee():
    """After ``…的通知国发〔2020〕1号`` the line up to ``：`` is an addressee only when it ends on an organ."""
    from corpus_tools.clean.linebreaks import _head_breaks

    text = "国务院关于做好有关工作的通知国发〔2020〕1号为贯彻落实有关部署，现就有关事项通知如下：一、加强领导。"
    breaks: dict[int, str] = {}
    _head_breaks(text, 0, breaks)
    assert sorted(breaks.values()) == ["after the document number", "document number after its title"]


def test_items_written_inline_in_a_clean_reply_prove_nothing_alone():
    """Review of session 9 (F7): a clean 批复 whose title, 文号 and addressee have their own lines and
    whose body is one paragraph with its items inline passes the page test (its paragraph is most of the
    page), but items inline are a style of clean text: with nothing else proving lost breaks, none goes in."""
    body = ("你省《关于调整部分地区行政区划的请示》收悉。经研究，现批复如下："
            "一、同意撤销某县，设立某市，以原某县的行政区域为某市的行政区域，" + "市人民政府驻地不变，" * 20 + "各项工作照常进行。"
            "二、某市由省直辖，" + "有关机构编制事项按规定办理，" * 15 + "所需人员编制自行解决。"
            "三、行政区划调整涉及的各项工作，" + "要严格按照有关规定办理，" * 12 + "确保社会稳定。")
    page = "国务院关于同意某省调整部分行政区划的批复\n国函〔2019〕1号\n某省人民政府：\n" + body + "\n国务院\n2019年1月5日\n"
    assert len(body) > LONG_LINE and shows_lost_line_breaks(page)
    text, edits, warnings = restore_line_breaks(page)
    assert (text, edits) == (page, []) and len(warnings) == 1


def test_items_still_go_in_on_a_page_whose_head_proves_the_damage():
    """The same reply as a crawler stored it (every break removed): its 文号 and addressee prove the
    damage, and the items get their lines back."""
    body = ("你省《关于调整部分地区行政区划的请示》收悉。经研究，现批复如下："
            "一、同意撤销某县，设立某市，" + "市人民政府驻地不变，" * 30 + "各项工作照常进行。"
            "二、某市由省直辖，" + "有关机构编制事项按规定办理，" * 25 + "所需人员编制自行解决。")
    page = "国务院关于同意某省调整部分行政区划的批复国函〔2019〕1号某省人民政府：" + body
    assert len(page) > LONG_LINE
    text, edits, _ = restore_line_breaks(page)
    lines = text.split("\n")
    assert any(line.startswith("一、") for line in lines) and any(line.startswith("二、") for line in lines)
