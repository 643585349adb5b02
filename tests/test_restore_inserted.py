"""Spam inserted into a sentence replaced nothing: the restorer writes no word there.

The lines below are real: articles of the clean corpus of local regulations
(``../ref/DLC``, path under it named with each), copied unchanged.  The damage is the
one spam sites do: a brand string inserted between two characters of a sentence
(``依法履行职责澳门新葡京，保障``), or put in place of a word.  Before the empty join
counted as evidence, the restorer wrote into an inserted gap any short word some
other law shows between the same contexts (处以 for 处, 促进公民文明行为 for
促进文明行为): a false edit of legal text.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from corpus_tools.clean.spam import GAP_CLOSED, remove_spam_anchors
from corpus_tools.dataset.build import build
from corpus_tools.dataset.restore import GUESS, Gap, collect_gaps, resolve_gaps
from tests.conftest import RAW

BRAND = "澳门新葡京官网"

# 浙江地方法规/地方性法规/浙江/浙江省公共信用信息管理条例(2017-09-30).md, 第三十五条
CREDIT = (
    "第三十五条 单位和个人违反本条例规定，有下列行为之一的，由省发展和改革部门或者设区的市、县（市、区）"
    "公共信用建设综合部门没收违法所得，对单位处一万元以上十万元以下罚款，对个人处一千元以上一万元以下罚款："
)
#: Other laws: 处以 before the fine (the word a restorer may be tempted to write) ...
FINE_WITH_YI = [
    # 河南地方法规/地方性法规/河南/郑州市城市市容和环境卫生管理条例(2020-08-05).md
    "（十）违反第三十七条第一款规定，未经核准擅自处置建筑垃圾的，对施工单位处以一万元以上十万元以下罚款，对建设单位、运输单位处以五千元以上三万元以下罚款；",
    # 浙江地方法规/地方性法规/浙江/杭州市环境噪声管理条例(2010-01-13).md, 第四十条
    "第四十条 违反本条例第十二条规定，建设项目的噪声污染防治设施未经验收合格投入生产或使用的，由批准该建设项目的环境影响报告文件的环境保护部门责令其停止生产或使用，并可处以一万元以上十万元以下罚款。",
    # 山东地方法规/地方性法规/山东/济南市城市市容管理条例(2015-09-24).md
    "（一）未经批准，擅自对临街建筑物进行外部装修、变更临街门窗的,处以一万元以上十万元以下罚款；",
    # 上海地方法规/地方性法规/上海/上海市民防条例(2018-12-20).md
    "（二）出租或者使用未经验收或者验收不合格的民防工程的，对个人处以一千元以上五千元以下罚款，对单位处以一万元以上五万元以下罚款；造成损失的，应当依法予以赔偿；",
]
#: ... and laws that write the article's own words: 处 and the fine side by side.
FINE_WITHOUT_YI = [
    # 上海地方法规/地方性法规/上海/上海市大气污染防治条例(2018-12-20).md, 第九十九条
    "第九十九条 违反本条例第六十一条规定，在人口集中地区和其他需要特殊保护的区域内，贮存、加工、制造或者使用产生强烈异味、恶臭气体的物质，造成周围环境污染的，由市或者区生态环境部门责令改正，对单位处一万元以上十万元以下罚款，对个人处五百元以上二千元以下罚款。",
    # 北京地方法规/地方性法规/北京/北京市水污染防治条例.md, 第八十五条
    "第八十五条 违反本条例规定，向雨水收集口、雨水管道排放或者倾倒污水、污物和垃圾等废弃物的，由城市管理综合执法部门责令停止违法行为，对个人处一千元以上一万元以下的罚款；对单位处一万元以上十万元以下的罚款。",
]

# 北京地方法规/地方性法规/北京/北京市文明行为促进条例(2020-04-24).md, 第一条
CIVILITY = (
    "第一条 为了培育和践行社会主义核心价值观，传承和弘扬中华传统美德，引导和促进文明行为，提高公民思想觉悟、"
    "道德水准和文明素养，促进社会文明进步，根据宪法和有关法律、法规，结合本市实际，制定本条例。"
)
CIVILITY_WITH_CITIZENS = [
    # 山东地方法规/地方性法规/山东/菏泽市文明行为促进条例(2019-12-13).md, 第一条
    "第一条 为了引导和促进公民文明行为，提升公民文明素质和社会文明水平，培育和践行社会主义核心价值观，根据有关法律、法规，结合本市实际，制定本条例。",
    # 河南地方法规/地方性法规/河南/南阳市文明行为促进条例(2021-06-07).md, 第一条
    "第一条 为了培育和践行社会主义核心价值观，引导和促进公民文明行为养成，提升公民文明素质和社会文明程度，推进精神文明建设，根据有关法律、法规，结合本市实际，制定本条例。",
    # 河南地方法规/地方性法规/河南/商丘市文明行为促进条例(2019-11-13).md, 第一条
    "第一条 为了培育和践行社会主义核心价值观，规范、引导和促进公民文明行为，提升公民文明素质和社会文明程度，建设美好商丘，根据有关法律、法规，结合本市实际，制定本条例。",
]
CIVILITY_WITHOUT_CITIZENS = [
    # 山东地方法规/地方性法规/山东/济南市文明行为促进条例(2019-02-12).md, 第一条
    "第一条 为了引导和促进文明行为，培育和践行社会主义核心价值观，传承和弘扬中华优秀传统文化，提高公民文明素质和社会文明水平，根据有关法律、法规，结合本市实际，制定本条例。",
    # 山东地方法规/地方性法规/山东/济宁市文明行为促进条例(2019-07-29).md, 第一条
    "第一条 为培育和践行社会主义核心价值观，引导和促进文明行为，提升公民文明素养和社会文明程度，根据有关法律、法规，结合本市实际，制定本条例。",
]

# 山东地方法规/地方性法规/山东/枣庄市环城绿道管理条例(2021-08-02).md, 第五条 (its second paragraph)
GREENWAY = "镇人民政府、街道办事处在职责范围内做好本辖区内环城绿道相关工作。"
#: Laws that write 乡镇、街道 (the contexts of a gap after 镇 side by side).
TOWNSHIP_AND_STREET = [
    # 上海地方法规/地方性法规/上海/上海市优化营商环境条例(2020-04-10).md
    "各区应当建立网格化企业服务模式，在乡镇、街道、园区及商务楼宇等设立企业服务专员，为协调解决企业诉求提供服务。",
    # 上海地方法规/地方性法规/上海/上海市促进就业若干规定(2005-12-29).md
    "乡镇、街道公共就业服务机构根据本辖区居、村民委员会的实际情况设置就业援助员，为劳动者就业提供服务。",
]


def _insert(text: str, after: str, spam: str = BRAND) -> str:
    at = text.index(after) + len(after)
    return text[:at] + spam + text[at:]


def _restore(dirty: str, corpus: list[str]) -> tuple[str, list]:
    """The page cleaned by the spam rule with the restorations its corpus gives (one build's two passes)."""
    first, edits, _ = remove_spam_anchors(dirty)
    gaps = collect_gaps("page", edits)
    assert gaps, "the test's spam must leave a gap"
    texts = [("page", first)] + [(f"law{i}", law) for i, law in enumerate(corpus)]
    restorations = resolve_gaps(gaps, texts, model=False).get("page", {})
    final, edits, _ = remove_spam_anchors(dirty, restorations=restorations)
    return final, edits


def test_inserted_before_a_fine_writes_no_word_although_other_laws_write_yi():
    dirty = _insert(CREDIT, "对单位处")
    only_yi, edits = _restore(dirty, FINE_WITH_YI)
    # the temptation: alone, 处以 is all the corpus shows, in several laws' sentences: a guess (session 19's decision),
    # not written, recorded with its witnesses
    assert only_yi == CREDIT
    assert [e.gap for e in edits] == ["conflict"]
    assert json.loads(edits[0].detail)["evidence"][0][GUESS] == "以"
    final, edits = _restore(dirty, FINE_WITH_YI + FINE_WITHOUT_YI)
    assert final == CREDIT
    assert [e.gap for e in edits] == ["conflict"]  # 处以 and 处 both attested: nothing written, recorded
    candidates = {c["conflict"] for c in json.loads(edits[0].detail)["evidence"]}
    assert candidates == {"以", ""}


def test_inserted_between_words_other_laws_join_closes_the_gap():
    dirty = _insert(CIVILITY, "引导和促进")
    final, edits = _restore(dirty, CIVILITY_WITH_CITIZENS + CIVILITY_WITHOUT_CITIZENS)
    assert final == CIVILITY
    assert [e.gap for e in edits] in (["closed"], ["conflict"])
    assert all(e.after == "" for e in edits)


def test_join_attested_and_no_word_closes_the_gap_and_records_it():
    dirty = _insert(CIVILITY, "引导和促进")
    final, edits = _restore(dirty, CIVILITY_WITHOUT_CITIZENS + [CIVILITY])  # a mirror of the law, unspammed
    assert final == CIVILITY
    assert [e.gap for e in edits] == [GAP_CLOSED]
    detail = json.loads(edits[0].detail)
    assert detail["gap"] == GAP_CLOSED and detail["confidence"] >= 0.5
    assert detail["evidence"][0]["empty_join"] == detail["confidence"]


def test_replaced_word_is_restored_from_the_mirror_although_other_laws_join_the_contexts():
    """Positive: a brand put in place of 人民政府; other laws write 乡镇、街道, the mirror
    of the page holds the whole passage with the word."""
    dirty = GREENWAY.replace("人民政府", "澳门新葡京官网", 1)
    final, edits = _restore(dirty, TOWNSHIP_AND_STREET + [GREENWAY])
    assert final == GREENWAY
    assert [e.gap for e in edits] == ["restored"]
    without_mirror, _ = _restore(dirty, TOWNSHIP_AND_STREET)
    assert without_mirror == GREENWAY.replace("人民政府", "", 1)  # no witness of the word: nothing written


def test_replaced_word_is_still_restored_when_no_join_is_attested():
    dirty = CREDIT.replace("没收违法所得", "澳门新葡京官网", 1)
    final, edits = _restore(dirty, [CREDIT.replace("第三十五条", "第三十六条")] + FINE_WITHOUT_YI)
    assert final == CREDIT and [e.gap for e in edits] == ["restored"]


def test_own_page_closed_gap_is_no_evidence_but_a_repeat_on_the_page_is():
    """Pass 1 removed the brand: the page itself shows the contexts joined at the gap."""
    dirty = _insert(CIVILITY, "引导和促进")
    first, edits, _ = remove_spam_anchors(dirty)
    gaps = collect_gaps("page", edits)
    assert resolve_gaps(gaps, [("page", first)], model=False) == {}
    repeated = first + "\n" + CIVILITY.replace("第一条", "第二条")  # the page repeats the sentence unspammed
    restoration = resolve_gaps(gaps, [("page", repeated)], model=False)["page"][gaps[0].start]
    assert restoration.closed and not restoration.word


def test_one_gap_of_a_brand_closed_leaves_weak_words_of_its_other_gaps_unwritten():
    """A brand inserted at two places of one page: where one gap is attested as an insertion,
    another gap of the same string gets no weakly witnessed word (it is no replacement)."""
    gaps = [
        Gap("page", 10, BRAND, "传承和弘扬中华传统美德，引导和促进", "文明行为，提高公民思想觉悟"),
        Gap("page", 80, BRAND, "单位", "违反本条例规定"),
    ]
    corpus = [("law0", CIVILITY), ("law1", "第九条 单位个人违反本条例规定的。"), ("law2", "第三条 单位和个人违反本条例规定的。")]
    result = resolve_gaps(gaps, corpus, model=False)["page"]
    assert result[10].closed
    assert not result[80].resolved


def test_build_of_two_pages_closes_the_inserted_gap_and_restores_the_replaced_word(tmp_path):
    """End to end: seed 002 (Changzhou regulation) with a brand inserted into a sentence and
    another put in place of a word; seed 001 (Tianjin regulation) carries both sentences."""
    raw = tmp_path / "raw"
    raw.mkdir()
    tianjin = next(RAW.glob("001_*.txt"))
    changzhou = next(RAW.glob("002_*.txt"))
    shutil.copy(tianjin, raw / tianjin.name)
    text = changzhou.read_text(encoding="utf-8")
    inserted = "将智能制造发展纳入"
    replaced = "计量测试"
    assert text.count(inserted) == 1 and text.count(replaced) == 1
    dirty = _insert(text, inserted).replace(replaced, "开云体育kaiyun", 1)
    (raw / changzhou.name).write_text(dirty, encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.restored == 1

    clean_raw = tmp_path / "clean"
    clean_raw.mkdir()
    shutil.copy(changzhou, clean_raw / changzhou.name)
    expected = build(clean_raw, tmp_path / "expected", progress=False, restore_words=False)
    assert expected.restored == 0

    def texts(out: Path) -> list[str]:
        table = pq.read_table(next((out / "data").glob("articles-*.parquet")))
        rows = table.to_pylist()
        return [r["text"] for r in rows if r["source_file"] == changzhou.name]

    assert texts(tmp_path / "out") == texts(tmp_path / "expected")
    edits = pq.read_table(next((tmp_path / "out" / "data").glob("edits-*.parquet"))).to_pylist()
    gaps = sorted(json.loads(e["detail"]).get("gap", "restored") for e in edits if e["rule"] == "spam_anchor")
    assert gaps == [GAP_CLOSED, "restored"]
    # every gap is counted once in build.json: restored, closed, unresolved (closed ones were not counted)
    assert (summary.restored, summary.closed_gaps, summary.unresolved_gaps) == (1, 1, 0)
    counts = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))["edits"]
    assert (counts["restored_words"], counts["closed_spam_gaps"], counts["unresolved_spam_gaps"]) == (1, 1, 0)


# 浙江地方法规/地方性法规/浙江/温州市市容和环境卫生管理条例(2018-08-15).md (a paragraph of its 第三十一条)
SANITATION = (
    "因建设等特殊原因确需关闭、闲置、拆除环境卫生设施的，建设单位应当报市容环境卫生行政主管部门批准；关闭、闲置、"
    "拆除生活垃圾处置设施的，必须经市容环境卫生行政主管部门商环境保护行政主管部门同意后核准，并采取措施，防止污染环境；"
    "迁移环境卫生设施的，应当先建后拆。"
)


def test_model_writes_no_word_where_it_reads_the_gap_closed_far_better(monkeypatch):
    """A brand inserted inside a word (卫|生, the noise benchmark's spam_insert_inline): no witness, and
    the model of legal Chinese, choosing among words only, wrote 生计 (卫生计生行政, a real phrase of
    other laws) with a margin of 8.1 nats; it reads 卫生行政 far better still."""
    from corpus_tools.dataset import restore

    dirty = _insert(SANITATION, "建设单位应当报市容环境卫")
    first, edits, _ = remove_spam_anchors(dirty)
    gaps = collect_gaps("page", edits)
    assert resolve_gaps(gaps, [("page", first)]) == {}
    monkeypatch.setattr(restore, "MODEL_JOIN_MARGIN", float("-inf"))  # the veto off: the model's own choice
    assert resolve_gaps(gaps, [("page", first)])["page"][gaps[0].start].word == "生计"


# 浙江地方法规/地方性法规/浙江/杭州市历史文化街区和历史建筑保护条例(2013-04-09).md, 第五条: the law writes 本行政区内
# (mixed18's composition inserted a brand after 本行政区; the build filled the gap with 域 read in other laws)
HANGZHOU = "第五条 市、区、县（市）人民政府历史文化街区和历史建筑保护主管部门负责本行政区内历史文化街区和历史建筑保护的组织、协调和监督管理工作。"
DISTRICT_AREA = [
    # 浙江地方法规/地方性法规/浙江/衢州市历史文化街区保护条例(2021-06-07).md, 第六条
    "第六条 住房和城乡建设部门负责本行政区域内历史文化街区的申报、保护规划的编制与实施、监督检查等具体工作。",
    # 浙江地方法规/地方性法规/浙江/宁波市历史文化名城名镇名村保护条例(2015-06-12).md, 第四条
    "第四条 市和县（市）区人民政府负责本行政区域内历史文化名城、街区、名镇、名村以及历史建筑的保护与监督管理工作。",
]


def test_a_word_other_laws_write_in_a_like_context_is_a_guess_not_written():
    """Session 19's decision: restoring from other laws' text only when one passage of the corpus shows the context."""
    dirty = _insert(HANGZHOU, "负责本行政区", "鸿发国际快三_hongfa")
    final, edits = _restore(dirty, DISTRICT_AREA)
    assert final == HANGZHOU
    assert [e.gap for e in edits] == ["conflict"]
    guess = json.loads(edits[0].detail)["evidence"][0]
    assert guess[GUESS] == "域" and guess["witnesses"] == 2
    assert {w["source"] for w in guess["evidence"]} == {"law0", "law1"}  # where the guess came from


def test_one_passage_of_another_law_still_restores_and_says_where():
    final, edits = _restore(_insert(HANGZHOU, "负责本行政区", "鸿发国际快三_hongfa"), DISTRICT_AREA[:1])
    assert final == HANGZHOU.replace("本行政区内", "本行政区域内")  # (the page's own witness alone: allowed, recorded)
    assert [e.gap for e in edits] == ["restored"]
    assert json.loads(edits[0].detail)["evidence"][0]["source"] == "law0"
