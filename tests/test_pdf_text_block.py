"""The text block a PDF line is measured against (field test field8b F8B-R1, F8B-L8): the body's pages
each by their own ink, not the whole file's, so that forms, a landscape table, a book's mirrored
margins or a contents page do not leave typesetter wraps inside words (``外籍、台⏎港澳人才``).
The PDFs are real (tests/real_pages/pdfwraps/SOURCE.md, tests/real_pages/govpdf, tests/real_pages/hkgazette)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_tools import formats
from corpus_tools.formats import PdfLine, read_pdf, text_blocks, unwrap_lines

REAL = Path(__file__).parent / "real_pages"
WRAPS = REAL / "pdfwraps"
HAN = re.compile(r"[\u4e00-\u9fff]")
ALL_PDFS = sorted(path for path in [*WRAPS.glob("*.pdf"), *(REAL / "govpdf").glob("*.pdf"), *(REAL / "hkgazette").glob("*.pdf")]
                  if path.name != "gazette_glyph_codes.pdf")  # (rejected whatever the block: glyph codes)


def _whole_file_block(lines: list[PdfLine], font_size: float) -> dict[int, tuple[float, float]]:
    """The block before F8B-R1: the outermost ink of the whole file, for every page."""
    block = (min(line.left for line in lines), max(line.right for line in lines))
    return {line.page: block for line in lines}


def _read(path: Path, monkeypatch=None) -> str:
    if monkeypatch is not None:
        monkeypatch.setattr(formats, "text_blocks", _whole_file_block)
    return read_pdf(path.read_bytes())[0]


def _break_offsets(text: str) -> set[int]:
    offsets, at = set(), 0
    for line in text.split("\n")[:-1]:
        at += len(line)
        offsets.add(at)
    return offsets


@pytest.mark.parametrize(("name", "joined", "cut"), [
    ("changle_rules_and_forms.pdf", "外籍、台港澳人才不受落户限制", "外籍、台\n港澳人才"),
    ("changle_rules_and_forms.pdf", "在长乐区范围内依法缴纳城镇职工养老保险", "在长乐区范\n围内依法缴纳"),
    ("changle_rules_and_forms.pdf", "福州市城镇职工养老保险的，须以用人单位名义在长乐区", "用人单位名义在\n长乐区"),
    # across a page break (page 1 ends at the right margin, page 2 goes on with a parenthesis, F8B-D1's PDF case):
    ("changle_rules_and_forms.pdf", "申请时处于在缴状态（人才与企业签订劳动合同", "在缴状态\n（人才与企业"),
    ("beijing_guosi_rules_and_form.pdf", "（以下简称“仅报废国四”）", "（以下\n简称"),
    ("beijing_guosi_rules_and_form.pdf", "取得道路运输经营许可且", "道路运输经营许\n可"),
    ("xingfa_mirrored_margins.pdf", "结合我国同犯罪作斗争的具体经验及实际情况，制定本法。", "制\n定本法。"),
    ("xianfa_contents_and_preamble.pdf", "推动构建人类命运共同体；坚持反对帝国主义", "共同体；\n坚持反对"),
])
def test_a_wrap_inside_a_word_is_joined(name, joined, cut, monkeypatch):
    text = _read(WRAPS / name)
    assert joined in text
    assert cut in _read(WRAPS / name, monkeypatch)  # (what the whole-file block gave)


def test_form_rows_labels_and_contents_entries_stay_lines():
    changle = _read(WRAPS / "changle_rules_and_forms.pdf").splitlines()
    for line in ("取得购房补贴资格时间 年 月 日", "房屋购买总价 房屋购买时间 年 月 日", "所购房屋地址", "附表 4",
                 "二、申请条件", "三、补助标准", "序号 姓名 性别 身份证号码"):
        assert line in changle
    assert "编号：" in _read(WRAPS / "beijing_guosi_rules_and_form.pdf").splitlines()
    xingfa = _read(WRAPS / "xingfa_mirrored_margins.pdf").splitlines()
    assert [line for line in xingfa if re.search(r".第[一二三四五六七八九十]+条(?:之一)?　", line)] == []
    assert "第二章　犯罪" in xingfa and "第一节　犯罪和刑事责任" in xingfa
    contents = [line for line in _read(WRAPS / "xianfa_contents_and_preamble.pdf").splitlines() if "....." in line]
    assert len(contents) >= 10 and all(re.search(r"\.{5,}\s*\d+$", line) for line in contents)


@pytest.mark.parametrize("path", ALL_PDFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_block_only_joins_lines(path, monkeypatch):
    """Against the whole-file block: the same characters, and no line break that was not there."""
    text = _read(path)
    before = _read(path, monkeypatch)
    assert text.replace("\n", "") == before.replace("\n", "")
    assert _break_offsets(text) <= _break_offsets(before)


def test_the_gazettes_english_and_the_last_government_pdfs_read_as_before(monkeypatch):
    gazette = REAL / "hkgazette" / "cs220202444136.pdf"
    english = [line for line in _read(gazette).splitlines() if not HAN.search(line)]
    assert english == [line for line in _read(gazette, monkeypatch).splitlines() if not HAN.search(line)]
    assert "WHEREAS Article 18 of the Basic Law of the Hong Kong Special " in english
    for name in ("beijing_rules_running_head.pdf", "shanghai_signature_on_two_edges.pdf"):
        path = REAL / "govpdf" / name
        assert _read(path) == _read(path, monkeypatch)


def test_an_english_word_at_a_break_is_never_joined():
    rows = [PdfLine("the Standing Committee of the National People's", 72, 520),
            PdfLine("Congress may add to the list", 72, 300)]
    assert unwrap_lines(rows, 12.0) == ["the Standing Committee of the National People's", "Congress may add to the list"]
    assert unwrap_lines([PdfLine("（GB/T", 72, 520), PdfLine("29912—2024）相关要求", 72, 300)], 12.0) == ["（GB/T29912—2024）相关要求"]


def test_mirrored_margins_and_a_wide_form_page():
    lines = [PdfLine("第一条　为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制", 74.2, 524.4, 0),
             PdfLine("定本法。", 74.5, 109.0, 0),
             PdfLine("第二十条　为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的", 68.6, 519.0, 1),
             PdfLine("不法侵害，而采取的制止不法侵害的行为，对不法侵害人造成损害的，属于正当防卫。", 68.7, 500.0, 1),
             PdfLine("序号 姓名", 32.0, 80.0, 2), PdfLine("1 张三 女 350000000000000000 6 型 本科 福州大学 已婚 申请人", 40.0, 797.0, 2)]
    blocks = text_blocks(lines, 9.6)
    assert blocks[0] == (74.2, 524.4) and blocks[1] == (68.6, 519.0) and blocks[2] == (32.0, 797.0)
    assert unwrap_lines(lines, 9.6)[:2] == [lines[0].text + "定本法。", lines[2].text + lines[3].text]


def test_an_adoption_note_event_ending_at_the_margin_is_not_joined_to_the_next():
    """The 基本法 booklet's 宪法 note (samiux/samiux.github.io basiclaw_full_text_gb.pdf, page of the 宪法's title):
    its first event fills the measure, the second opens at the margin with its date."""
    rows = [PdfLine("1982 年 12 月 4 日第五屆全國人民代表大會第五次會議通過", 72.9, 369.8),
            PdfLine("1982 年 12 月 4 日全國人民代表大會公告公布施行", 50.9, 288.3)]
    assert unwrap_lines(rows, 10.1) == [row.text for row in rows]
    rows = [PdfLine("（2023 年 12 月 15 日北京市人民政府第 312 号令公布 自", 80.0, 520.0),
            PdfLine("2024 年 2 月 1 日起施行）", 80.0, 250.0)]
    assert unwrap_lines(rows, 15.0) == ["（2023 年 12 月 15 日北京市人民政府第 312 号令公布 自2024 年 2 月 1 日起施行）"]
