"""gbk_misalignment keeps a run that lost more than one byte (field test 16, F16-P1).

m.gsky-link.com.cn (tests/real_pages/field16/gsky_help_447_items.txt, see SOURCE.md there): the items of
《網絡出版服務管理規定》第二条 lost bytes and were read out of step, more than one byte each.  The rule put ONE
byte back and wrote ``?。法订與已出版`` where the law has ``（二）與已出版`` and ``?。ㄈ、上述作品通過`` where it
has ``（三）將上述作品通過``, with confidence high: invented characters that read like law.  The run the repair
leaves before it (``?。``, ``ㄈ``) is the rest of the damage: the text is kept and the reader warned.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import clean_and_explain, mojibake

PAGE = Path(__file__).parent / "real_pages" / "field16" / "gsky_help_447_items.txt"


def test_the_real_lossy_items_are_kept_with_a_warning():
    text = PAGE.read_text(encoding="utf-8")
    fixed, edits, warnings = mojibake.fix_gbk_misalignment(text)
    assert fixed == text and not edits
    lossy = [w for w in warnings if "more than one byte lost" in w.message]
    assert [w.excerpt.strip()[:4] for w in lossy] == ["?。ǘ┡", "?。ㄈ⑸"]


def test_no_invented_characters_reach_the_clean_text():
    out = clean_and_explain(PAGE.read_text(encoding="utf-8")).text
    assert "法订" not in out and "、上述作品" not in out
    assert "?。ǘ┡c已出版的图书" in out  # kept as the decoder left it (the rest of the line converted)


@pytest.mark.parametrize("line", [
    # the same family, invented (blind variant B2 of session 16: 《全民健身条例》-style items, GBK, two bytes lost)
    "　。ǘ┩吵锢\ufffd用经费、场地设施等全民健身资源；",
    # a repair that would open the line with a mark no line opens with (``、二）``)
    "　《\ufffd）水廠核心區以外的水源保護區；",
])
def test_lossy_item_labels_are_kept(line):
    fixed, edits, warnings = mojibake.fix_gbk_misalignment(line)
    assert fixed == line and not edits and warnings


@pytest.mark.parametrize("damaged,fixed", [
    # seed 003 (raw/003_1443a772c3010f68.txt): one lead byte lost, the run starts at the mark
    ("遴選梳理智能制造典型場景?偨Y“十三五”時期", "遴選梳理智能制造典型場景。總結“十三五”時期"),
    # the rule's docstring case: words that read before the run
    ("兼顧防災減災⑷嗣穹揽蘸屯ㄐ诺刃枰\ufffd。", "兼顧防災減災、人民防空和通信等需要。"),
    # an encoder's ``?`` for a character it lacked, in step, two characters before a lost lead byte: no evidence
    # of a second loss in the run (blind variant B4 of session 16, on a DLC law's 第十条)
    ("第十條 公民申請法律援助的經濟困難條件，按?國液捅臼械褪杖爰彝フJ定標準執行。",
     "第十條 公民申請法律援助的經濟困難條件，按?國家和本市低收入家庭認定標準執行。"),
])
def test_one_lost_byte_is_still_repaired(damaged, fixed):
    assert mojibake.fix_gbk_misalignment(damaged)[0] == fixed


def test_two_runs_each_with_its_own_mark_are_both_repaired():
    """A second lost byte after the first run's mark starts a run of its own: the first repair's
    end is the floor of the second's evidence (blind variant B1: right pairs of repairs stay)."""
    line = "第三十二條 市和區縣（市）地名行政主管部門應當鼓勵社會力量參與歷史地名保護，支持相關單位和個人依ê侠砝?脷v史地名。"
    fixed, edits, _ = mojibake.fix_gbk_misalignment(line)
    assert len(edits) == 2 and fixed.endswith("個人依法合理利用歷史地名。")


def test_lossy_check_is_linear_on_a_hostile_line():
    import time

    line = "　" * 100_000 + "?" * 50_000 + "。ǘ┡c已" * 8_000
    start = time.process_time()
    mojibake.lossy_neighbour(line, len(line) - 3)
    mojibake.fix_gbk_misalignment(line[:200_000])
    # 17 CPU-s alone on main 78af0dc and on this code (session 20, measured), 20.3 under the CI's two workers: the
    # bound catches a quadratic scan (minutes), not a few seconds of cache contention
    assert time.process_time() - start < 40


# --------------------------------------------------------------------------- F16-P2: later rules leave a kept run byte-exact


def test_width_leaves_the_enclosed_numeral_of_a_kept_run_alone():
    """F16-P2 on the real page: width wrote ``（5）`` for the ``⑸`` of the kept run `` ?。ㄈ⑸鲜鲎髌吠ㄟ^``
    (``⑸`` is ``A2 C9``, halves of two characters read across their boundary, no list number)."""
    result = clean_and_explain(PAGE.read_text(encoding="utf-8"))
    assert "?。ㄈ⑸鲜鲎髌吠ㄟ^" in result.text and "（5）" not in result.text
    assert any(w.rule == "width" and "misalignment kept byte-exact" in w.message for w in result.warnings)


@pytest.mark.parametrize("line,kept", [
    # field 16's invented variant v2 (/work/field16/_variants16/v2_lossy_with_q.txt, item 二 of the same 第二条,
    # Simplified, GBK with three bytes lost): ``⒈`` -> ``1.``, ``⑵`` -> ``（2）`` inside the kept run
    ("ǘ┯胍殉霭娴耐际椤⒈ㄖ健⑵诳?、音像制品、电子出版物等内容相一致的数字化作品；\n", "ǘ┯胍殉霭娴耐际椤⒈ㄖ健⑵诳?"),
    # its v3: the U+FFFD a decoder wrote for a byte of the run (removed by invisible_chars)
    ("ǘ\ufffd）与已出版的图书、报纸、期刊、音像制品、电子出版物等内容相一致的数字化作品；\n", "ǘ\ufffd）"),
    # its v1: the ``?`` of a kept run turned ``？``
    ("ǘ?）与已出版的图书、报纸、期刊、音像制品、电子出版物等内容相一致的数字化作品；\n", "ǘ?）"),
])
def test_a_kept_run_reaches_the_reader_byte_exact(line, kept):
    result = clean_and_explain(line)
    assert any(w.rule == "gbk_misalignment" for w in result.warnings)
    assert kept in result.text


@pytest.mark.parametrize("line", [
    # enclosed numerals and full-width figures of clean text still convert (width's cases): no run kept here
    "⑴本市行政区域内的建设项目；\n",
    "第十条 依照本条例第５条规定，⒈申请人应当提交材料。\n",
])
def test_clean_enclosed_numerals_still_convert(line):
    assert mojibake.misaligned_stretches(line) == []
    assert clean_and_explain(line).text != line


@pytest.mark.parametrize("line,kept", [
    # a kept run whose end is also a UTF-8-as-GBK stretch (``寤\ufffd``): the two join, the ``?`` stays ASCII
    # (fresh variant of session 16 on a DLC law's 第十一条)
    ("第十一条 各级人民政府应当采取有效措施，?颗┐寤\ufffd耕道路等农业机械化基础设施的规划、建设和维护。\n", "?颗┐寤\ufffd"),
    # a lost pair's trace (``審?C關``: the mark and a stray ASCII byte) on a page with no improbable character
    ("第二十四條 審?C關應當加強政府投資建設項目效益審計。\n", "?C"),
])
def test_kept_runs_joined_or_without_improbable_characters_stay(line, kept):
    assert kept in clean_and_explain(line).text


def test_a_kept_run_is_a_finding_of_its_document(tmp_path):
    """Session 17: the kept runs were a page warning only; the document (and its article) now says
    ``misaligned_kept``, found from the row's text by the cleaner's own detector (validate finds it again)."""
    from tests.real_build import built_documents
    from corpus_tools.validation.residual import MISALIGNED_KEPT, detector

    documents = built_documents(tmp_path, PAGE)
    assert [MISALIGNED_KEPT in row["findings"] for row in documents] == [True] * len(documents)
    assert detector(MISALIGNED_KEPT).find("第二条 本规定所称网络出版服务，是指通过信息网络向公众提供网络出版物。") is None


@pytest.mark.parametrize("text", [
    # clean text with rare characters, a U+FFFD a decoder left after ordinary text, a question
    "第五条 二噁英、氡、鍀的排放标准由省人民政府制定。",
    "第一条 为了\ufffd规范管理，制定本条例。",
    "请问具体区别是什么？",
])
def test_no_finding_without_a_kept_run(text):
    from corpus_tools.validation.residual import MISALIGNED_KEPT, detector

    assert detector(MISALIGNED_KEPT).find(text) is None


# Articles of clean laws (../shared/corpus, DLC) with the loss a GBK stream suffers: a character AND a byte lost
# (three bytes), read by a GBK reader; precf16's fresh cases C3 of session 16.  The one-byte repair wrote fluent
# text with a character gone (``机动椅车``, ``应当对教师``), confidence high.
THREE_BYTES_LOST = [
    ("第三十条 自行车、人力三轮车不得加装动力装置。燃油助力车、电动自行车、残疾人机动轮椅车不得改装动力装置。",
     "第三十条 自行车、人力三轮车不得加装动力装置。燃油助力车、电动自行车、残疾人机兑纬挡坏酶淖岸?力装置。"),
    ("第五条 学校应当加强对教师的思想政治教育和业务培训，按照教师法以及国家和本市的有关规定，负责本校的教师工作。",
     "第五条 学校应当慷越淌Φ乃枷胝?治教育和业务培训，按照教师法以及国家和本市的有关规定，负责本校的教师工作。"),
]


@pytest.mark.parametrize("line,damaged", THREE_BYTES_LOST)
def test_a_character_lost_with_a_byte_is_kept_with_a_warning(line, damaged):
    fixed, edits, warnings = mojibake.fix_gbk_misalignment(damaged)
    assert fixed == damaged and not edits
    assert any("a character lost with the byte" in w.message for w in warnings)
    assert mojibake.misaligned_stretches(damaged)  # later rules leave the run byte-exact; validation finds it


# Where one lead byte lost in these lines was repaired right before the guard (session 16's rule): every one still is.
ONE_BYTE_REPAIRED = [[6, 8, 9, 14, 15, 28, 31, 32, 34, 36, 37, 43, 44, 49],
                     [6, 7, 8, 9, 10, 13, 15, 20, 21, 22, 23, 25, 26, 27, 31, 32, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44,
                      45, 46, 48, 51, 52]]


@pytest.mark.parametrize("line,places", zip([line for line, _ in THREE_BYTES_LOST], ONE_BYTE_REPAIRED))
def test_one_lost_byte_in_the_same_lines_is_still_repaired(line, places):
    """The same articles with ONE lead byte lost instead: no character is missing, the repair stands."""
    data = line.encode("gbk")
    for i in places:
        at = len(line[:i].encode("gbk"))
        damaged = (data[:at] + data[at + 1 :]).decode("gbk", errors="replace").replace("\ufffd", "?")
        if len(damaged) == len(line) and sum(a != b for a, b in zip(damaged, line)) == 1:
            # a lone ``?`` where a comma stood, the only trace on an otherwise clean page: it cannot be told
            # from a typed question mark, so it is kept (F18-A3, the lead's decision of session 19)
            assert mojibake.fix_gbk_misalignment(damaged)[0] == damaged
            continue
        assert mojibake.fix_gbk_misalignment(damaged)[0] == line, damaged
