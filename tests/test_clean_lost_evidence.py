"""Later rules must not destroy the evidence of damage an earlier rule could not repair.

Field test 7b (/work/notes/field7b.md) and field test 7 found three such cases:

* F7B-R2: on a 公文 whose UTF-8 was read as GBK (real_pages/renmin_mojibake, kevin3691/renmin),
  the stretches ``utf8_as_gbk`` kept were then "converted" as Traditional text (``閭``->``闾``),
  their U+FFFD deleted and their full-width letters narrowed, and the page logged as
  part-Traditional;
* F7B-P5/P6: an ASCII ``?`` standing for a lost character (shkps.cn ``?。ㄒ唬┓…``, dh635.com
  ``《廣播電視管理?xiàng)l例》``) became ``？`` through width, and hard_wraps joined each line
  opening with it to the line before (items 一–六 of 第四条 on three lines);
* F7-S12: the aspect particle 著 of a Traditional page that writes 着 elsewhere stayed 著
  (samiux.github.io, the Basic Law's Traditional edition: ``象徵著``, ``隨著2017年``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools.clean import RULE_NAMES, clean_and_explain
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.page import clean_page
from corpus_tools.clean.rules import HARD_WRAPS, INVISIBLE_CHARS, TRADITIONAL_TO_SIMPLIFIED, WIDTH
from corpus_tools.clean.script import _aspect_particles, convert_traditional
from corpus_tools.clean.unrepaired import GUARDED_RULES, unrepaired_mojibake
from corpus_tools.clean.width import normalize_width
from corpus_tools.ingest import ingest_file

REAL = Path(__file__).parent / "real_pages"
RENMIN = REAL / "renmin_mojibake"
KEPT = "kept byte-exact"


def _ingest(folder: Path, name: str):
    return ingest_file(folder / name, folder)


# --------------------------------------------------------------------------- F7B-R2: mojibake kept byte-exact


def _step_inputs(text: str, steps) -> list[str]:
    """The input of each rule of the pipeline, by replaying the steps."""
    inputs = []
    for edits in steps:
        inputs.append(text)
        text = apply_edits(text, edits)
    return inputs


def test_no_later_rule_edits_inside_the_mojibake_kept() -> None:
    """kevin3691/renmin 20180623101301.html: no edit of invisible_chars, t2s, width or
    width_seams falls inside a stretch of UTF-8-as-GBK mojibake of its input; on main
    392b5e9: 352 t2s edits, 141 invisible_chars and 6 width edits did."""
    page = _ingest(RENMIN, "notice_utf8_read_as_gbk.html")
    result = clean_and_explain(page.text)
    inputs = _step_inputs(page.text, result.steps)
    touched = []
    for name, text, edits in zip(RULE_NAMES, inputs, result.steps):
        if name not in GUARDED_RULES or not edits:
            continue
        spans = unrepaired_mojibake(text)
        touched += [(name, e.before) for e in edits if any(a < e.end and e.start < b or a < e.start < b for a, b in spans)]
    assert touched == []
    # every Han character outside the mojibake is the repair's Simplified text: nothing to convert
    assert [e for e in result.edits if e.rule == TRADITIONAL_TO_SIMPLIFIED] == []
    assert "闾" not in result.text and "阃" not in result.text  # t2s of 閭, 閫 (mojibake of 邯, 通)
    # what utf8_as_gbk left (most of the page on main 392b5e9: 49 stretches) is reported kept
    after_repairs = inputs[RULE_NAMES.index(INVISIBLE_CHARS)]
    stretches = unrepaired_mojibake(after_repairs)
    kept = [w for w in result.warnings if KEPT in w.message]
    assert bool(kept) == bool(stretches)
    if stretches:
        assert {w.rule for w in kept} >= {TRADITIONAL_TO_SIMPLIFIED}
        # invisible_chars keeps the U+FFFD of UTF-8 read as GBK by itself (clean/mojibake), with its own warning
        assert [w for w in result.warnings if w.rule == INVISIBLE_CHARS and w.message.startswith("U+FFFD kept")]
    # the lost-byte marks stay where the mojibake stays: they are the evidence a repair needs
    assert result.text.count("\ufffd") == sum(after_repairs[a:b].count("\ufffd") for a, b in stretches)
    assert not [w for w in result.warnings if w.rule == INVISIBLE_CHARS and w.message.startswith("U+FFFD removed")]


def test_the_mojibake_page_is_not_logged_as_traditional() -> None:
    """The page was logged ``script: mixed`` from the t2s edits made on its mojibake."""
    assert clean_page(_ingest(RENMIN, "notice_utf8_read_as_gbk.html")).script == "simplified"


def test_the_truth_copy_holds_no_mojibake_and_no_guard_warning() -> None:
    """Negative: the GB2312 copy of the same notice (clean) has no stretch and no guard warning."""
    page = _ingest(RENMIN, "notice_gb2312.html")
    assert unrepaired_mojibake(page.text) == []
    assert not [w for w in clean_and_explain(page.text).warnings if KEPT in w.message]


@pytest.mark.parametrize("folder, name", [
    ("hkbasiclaw", "basic_law_art17_19.txt"),
    ("twlaw", "國立甘肅科學教育館組織條例.md"),
    ("field7", "basiclaw_booklet_tc_toc.txt"),
    ("field7", "hk_ln136_2020_head.txt"),
])
def test_clean_traditional_pages_hold_no_mojibake_stretch(folder: str, name: str) -> None:
    """Negative: real Traditional pages (Hong Kong, Taiwan) read as no mojibake, so their
    conversion is the same as without the guard."""
    page = _ingest(REAL / folder, name)
    assert unrepaired_mojibake(page.text) == []
    result = clean_and_explain(page.text)
    assert not [w for w in result.warnings if KEPT in w.message]


def test_clean_laws_hold_no_mojibake_stretch(clean_corpus_files) -> None:
    """Negative: none of the 1,911 clean laws holds a stretch the guard would keep."""
    found = [p.name for p in clean_corpus_files if unrepaired_mojibake(p.read_text(encoding="utf-8"))]
    assert len(clean_corpus_files) > 1000 and found == []


def test_traditional_text_beside_mojibake_is_still_converted() -> None:
    """The guard keeps the mojibake only: a Traditional line on the same page converts."""
    mojibake = "閫\ufffd 鐭\ufffd"  # 通 知, each with its last byte lost (renmin_mojibake, line 3)
    traditional = "第十八條 在香港特別行政區實行的法律為本法以及本法第八條規定的香港原有法律和香港特別行政區立法機關制定的法律。"
    result = clean_and_explain(f"{mojibake}\n{traditional}\n", rules=[INVISIBLE_CHARS, TRADITIONAL_TO_SIMPLIFIED, WIDTH])
    assert result.text == f"{mojibake}\n第十八条 在香港特别行政区实行的法律为本法以及本法第八条规定的香港原有法律和香港特别行政区立法机关制定的法律。\n"


# --------------------------------------------------------------------------- F7B-P5/P6: ? for a lost character

#: pages+store/shkps_70653.txt (field 7b, shkps.cn 娱乐场所管理条例 repost), lines 12-18: the
#: 第四条 items, GBK read out of step; each ``?`` is the lost first byte of ``（``.
SHKPS = (
    "第四條 國家倡導(dǎo)弘揚(yáng)民族優(yōu)秀文化,禁止在娛樂場所從事含有下列內(nèi)容的活動:\n"
    "?。ㄒ唬┓磳椃ù_定的基本原則的;\n"
    "(二)危害國家的統(tǒng)一、主權(quán)或者領(lǐng)土完整的;\n"
    "?。ㄈ┪:野踩?、利益或者社會穩(wěn)定的;\n"
    "?。ㄋ模┥縿用褡宸至?、侵害少數(shù)民族風(fēng)俗習(xí)慣、破壞民族團(tuán)結(jié)的;\n"
    "(五)宣揚(yáng)淫穢、色情、迷信或者渲染暴力,有害消費(fèi)者身心健康的;\n"
)


def test_lines_opening_on_a_lost_character_stay_lines() -> None:
    """On main 392b5e9 width wrote ``？`` for each ``?`` and hard_wraps joined the four lines
    opening with it to the line before ("the next line opens on ？")."""
    result = clean_and_explain(SHKPS)
    assert result.text.count("\n") == SHKPS.count("\n")
    assert [e for e in result.edits if e.rule == HARD_WRAPS] == []
    assert "？" not in result.text and result.text.count("?") == SHKPS.count("?")


@pytest.mark.parametrize("line, kept", [
    # dh635.com (pages+store/dh635_633777.txt): 條 lost inside a cited title
    ("依據《廣播電視管理?xiàng)l例》,制定本辦法。", "管理?"),
    # dh635.com and shkps.cn: the site's indent before the label
    ("??? 第一條 為促進(jìn)和規(guī)范廣播電視有線數(shù)字付費(fèi)頻道業(yè)務(wù)健康發(fā)展", "??? 第一"),
    # real_pages/cityhtml/045d30563805.html: a character lost between two Han
    ("由市级科技行政部门根据法律、法规、规章的立改废释纂?情况进行动态调整", "纂?情况"),
])
def test_a_lost_character_stays_ascii(line: str, kept: str) -> None:
    assert kept in clean_and_explain(line).text


@pytest.mark.parametrize("line, fixed", [
    # real_pages/govclones/gjbcac.gov.cn.html (a clean question the session-6 brief saw repaired)
    ("我们人类难道不应该更加努力学习、终身学习吗?\u3000(作者：", "终身学习吗？"),
    # tests/cases/width.json, tests/cases/mojibake.json (brief's one-liners)
    ("是否符合规定?请说明!", "是否符合规定？请说明！"),
    ("请问具体区别是什么?\n注册到哪些单位?\n", "请问具体区别是什么？\n注册到哪些单位？\n"),
    ("为什么??", "为什么？？"),
    ("《你好吗?》", "《你好吗？》"),
])
def test_a_question_mark_is_still_full_width(line: str, fixed: str) -> None:
    """Negative: the writer's question marks are handled as before (full-width beside CJK)."""
    assert fixed in normalize_width(line)[0]
    assert fixed in clean_and_explain(line).text


# --------------------------------------------------------------------------- F7-S12: the aspect particle 著

#: samiux.github.io basiclaw_full_text_tc.pdf (憲法及香港基本法全文, Traditional edition), as ingested:
#: the page writes the particle 着 (沿着, 隨着) and 著 (象徵著, 隨著) alike, so t2s is chosen.
BASIC_LAW_TC = (
    "期處於社會主義初級階段。國家的根本任務是，沿着中國特色社會\n"
    "國的懷抱中興旺發達。花蕊上的五顆星象徵著香港同胞心中熱愛祖\n"
    "常委會確定。常委會組成人員認為，隨著2017年的臨近，現在需要\n"
    "際情況，循序漸進地發展民主，是中央堅定不移的一貫立場。隨着\n"
)


def test_the_aspect_particle_becomes_zhe() -> None:
    """On main 392b5e9 ``象征著``, ``随著2017年`` stayed (field 7, F7-S12)."""
    out = convert_traditional(BASIC_LAW_TC)[0]
    assert "象征着香港同胞" in out and "随着2017年" in out and "著" not in out


@pytest.mark.parametrize("line", [
    # clean laws (shared corpus): 著 reading zhù
    "剽窃、篡改、假冒或者以其他方式侵害他人著作權、專利權和其他科學技術成果",
    "各級人民政府和愛衛會對愛國衛生工作成績顯著的單位和個人",
    "小規模食品生產經營者應當在生產經營場所顯著位置公示許可證",
    "維護著作權人的合法權益，支持著名商標的保護，建立古籍著錄制度",
])
def test_zhu_words_stay_under_t2s(line: str) -> None:
    """Negative: a 著 that reads zhù (著作, 显著, 著名, 著录; 持著作权, 持 a verb) stays 著."""
    out = convert_traditional(line + "，沿着")[0]
    assert out.count("著") == line.count("著")


def test_no_zhu_of_the_clean_laws_reads_as_the_particle(clean_corpus_files) -> None:
    """Negative: Simplified law writes the particle 着, so every 著 of the 1,911 clean laws reads
    zhù (1,011 of them): none is taken for the particle."""
    taken = []
    for path in clean_corpus_files:
        text = path.read_text(encoding="utf-8")
        if "著" in text:
            taken += [text[max(0, i - 6) : i + 3] for i in _aspect_particles(text)]
    assert taken == []


def test_a_lost_character_kept_is_reported() -> None:
    """The ``?`` width leaves is reported (once per run), the writer's question mark is not."""
    warnings = normalize_width(SHKPS + "终身学习吗?\n")[2]
    assert [w.excerpt for w in warnings] == ["?。ㄒ唬┓磳椃", "?。ㄈ┪:野踩", "。ㄈ┪:野踩?、利益或者社", "?。ㄋ模┥縿用", "┥縿用褡宸至?、侵害少數("]
