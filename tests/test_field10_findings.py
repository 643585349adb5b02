"""Findings for damage field test 10 found carried silently (tests/real_pages/field10_findings/SOURCE.md):
``ocr_duplicate`` (F10-L1: a PDF extraction that wrote every page twice, text layer then OCR),
``date_damaged`` and ``doc_number_damaged`` (F10-A4, F10-Z3, F10-D1), ``digits_lost`` (F10-N1),
``doc_number_form`` and ``issuer_form`` (F10-J1: declared metadata taken verbatim).  A finding never
changes the text: the build's text is the same with the checks as without them.
"""

from __future__ import annotations

import json

from pathlib import Path

import pyarrow as pa
import pytest

from corpus_tools.ingest import ingest_file
from corpus_tools.validation import damaged_values, quality
from corpus_tools.validation.damaged_values import doc_number_problem, issuer_problem, text_damage
from corpus_tools.validation.ocr_copies import ocr_copies
from tests.conftest import SHARED
from tests.real_build import REAL, build_real_pages

FOLDER = "field10_findings"
NEW_CHECKS = ("ocr_duplicate", "date_damaged", "doc_number_damaged", "digits_lost", "doc_number_form", "issuer_form")


def _page(name: str) -> str:
    return (REAL / FOLDER / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[dict]]:
    return build_real_pages(FOLDER, tmp_path_factory.mktemp("field10"), configs=("documents", "findings", "pages"))


def _checks(built: dict[str, list[dict]], name: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in built.get("findings:" + name, []):
        found.setdefault(row["check"], []).append(row["excerpt"])
    return found


def test_the_checks_are_registered_on_documents():
    for check in NEW_CHECKS:
        assert check in quality.CHECK_NAMES
        assert ("documents", check) in quality.QUALITY_CHECKS
    assert quality.QUALITY_CHECKS[("documents", "doc_number_form")].columns == ("doc_number",)


# --------------------------------------------------------------------------- ocr_duplicate


def test_a_pdf_text_with_every_page_and_its_ocr_copy_is_found():
    """辽宁_一.txt's head: the copies are where the OCR errors are, each after the page it re-reads."""
    text = _page("liaoning_lianggui_head300.txt")
    found = ocr_copies(text)
    assert found is not None
    assert len(found.stretches) >= 4
    assert 0.25 <= found.share <= 0.6  # every page twice: about half of the text is the copy
    for stretch in found.stretches:
        assert stretch.source_start < stretch.source_end <= stretch.start < stretch.end
        assert stretch.exact_rate < 0.97
    copies = "".join(text[s.start:s.end] for s in found.stretches)
    assert "量州网当" in copies and "和罪的" in copies  # the OCR's errors stand in the copies …
    originals = "".join(text[s.source_start:s.source_end] for s in found.stretches)
    assert "量州" not in originals  # … not in the text layer they re-read
    excerpt = found.describe(text)
    assert excerpt.startswith(f"{len(found.stretches)} stretches re-read earlier text") and "lines " in excerpt


def test_the_finding_is_on_the_document_and_the_text_is_kept(built):
    (document,) = built["documents:liaoning_lianggui_head300.txt"]
    assert "ocr_duplicate" in document["findings"]
    assert "了亡省昌级人民决防" in document["text"]
    assert "% of the text" in _checks(built, "liaoning_lianggui_head300.txt")["ocr_duplicate"][0]


def test_an_ocr_text_read_once_is_no_copy(built):
    """黑龙江_一.txt has OCR errors (破坏生严经管) but every page once."""
    assert ocr_copies(_page("heilongjiang_lianggui_ocr_only.txt")) is None
    assert "ocr_duplicate" not in _checks(built, "heilongjiang_lianggui_ocr_only.txt")


def test_an_exact_repetition_and_two_versions_of_a_notice_are_no_ocr_copy():
    """Pages saved twice are no OCR re-reading; two notices of one template (临安区/桐庐县 购房消费券,
    field 8b's ljz060707 page) differ by whole words, not by scattered characters."""
    text = _page("liaoning_lianggui_head300.txt")
    layer = "\n".join(text.split("\n")[44:64])  # one page of the text layer
    assert ocr_copies("\n".join([layer] * 6)) is None
    varied = [layer.replace("辽宁省", place) for place in ("吉林省", "黑龙江省", "河北省", "山西省", "江苏省", "浙江省")]
    assert ocr_copies("\n".join(varied)) is None


def _clean_texts(clean_corpus_files: list[Path]) -> list[tuple[str, str]]:
    return [(path.name, path.read_text(encoding="utf-8")) for path in clean_corpus_files]


def test_the_clean_corpus_has_no_ocr_copy_and_no_damaged_value(clean_corpus_files):
    """0 of the 1,911 laws: their repeated formulas (…责令改正，处…罚款, 第N次会议通过 notes, item lists)
    align for a phrase or a line, never a page with scattered errors; their dates and 文号 are whole."""
    flagged = [name for name, text in _clean_texts(clean_corpus_files) if ocr_copies(text) is not None]
    assert not flagged
    damaged = [(name, why) for name, text in _clean_texts(clean_corpus_files) for _, why in text_damage(text)]
    assert not damaged


@pytest.mark.skipif(not (SHARED / "real").is_dir(), reason="../shared/real is not beside the checkout")
@pytest.mark.parametrize("folder", ["govcn", "bjtcm"])
def test_real_pages_carry_none_of_the_findings(folder):
    root = SHARED / "real" / folder
    read = 0
    for path in sorted(root.iterdir()):
        try:
            page = ingest_file(path, root)
        except Exception:  # noqa: BLE001 - a page ingest refuses is no text to test here
            continue
        read += 1
        assert ocr_copies(page.text) is None, path.name
        assert not list(text_damage(page.text)), path.name
    assert read > 40


# --------------------------------------------------------------------------- damaged dates and numbers


@pytest.mark.parametrize(("name", "check", "expected"), [
    ("abrd_12efe566.txt", "date_damaged", "'2017822日' lost its 年/月 (reads 2017-08-22); '2023828日' lost its 年/月 (reads 2023-08-28)"),
    ("yinchuan_sfj_t20201029_2271003.txt", "date_damaged", "'201310月15日' lost its 年/月 (reads 2013-10-15)"),
    ("mdx_2018-1220012.txt", "date_damaged", "'{ 2017 6 23' lost its 年/月 (reads 2017-06-23)"),
    ("mdx_2018-1220012.txt", "doc_number_damaged", "'〔201746' lost its 〕 and 号 (reads 〔2017〕46号)"),
])
def test_dates_and_document_numbers_that_lost_characters_are_found(built, name, check, expected):
    assert _checks(built, name)[check] == [expected]
    assert any(check in d["findings"] for d in built["documents:" + name])


def test_a_date_with_two_readings_says_so():
    """field 8's yuan_25874903.txt (六安市裕安区发改委): ``2024126日印`` is 2024-01-26 or 2024-12-06."""
    assert list(text_damage("六安市裕安区发展和改革委员会           2024126日印")) == [
        ("date_damaged", "'2024126日' lost its 年/月 (2 readings: 2024-01-26, 2024-12-06)")]


def test_a_farm_that_dropped_digits_is_found(built):
    (why,) = _checks(built, "huayeluhui_sjslczl_4594.txt")["digits_lost"]
    assert why == "'毫升': a number is missing; '高速（G）': a number is missing; '年8月15日': a number is missing"


@pytest.mark.parametrize("text", [
    "禁止发动机排量五十毫升以上的两轮摩托车上道路行驶。",  # a numeral word before the measure
    "药品的剂量以毫升计，按毫升计费，每毫升不得超过规定。",  # a definition
    "排量在50毫升以上的，按照摩托车管理。",
    "每年3月31日前报送；次年4月30日止；同年8月15日施行；当年9月30日前。",
    "2017年8月22日阿坝藏族羌族自治州第十二届人民代表大会常务委员会第二次会议修订",
    "穗府办规〔2024〕13号；财税〔2024〕28号；京政发[2019]5号；国务院令第746号",
    "成都市绕城高速（G4201）以内；国道（G318）沿线",
    "二〇一七年八月二十二日；2017-08-22；20170822",
])
def test_whole_values_are_no_damage(text):
    assert not list(text_damage(text))


# --------------------------------------------------------------------------- declared metadata


@pytest.mark.parametrize(("name", "check", "value"), [
    ("zhengce_doc_2.md", "doc_number_form", "（2025年第一批常态分配通告）"),
    ("zhengce_doc_3.md", "doc_number_form", "穗府办规〔2021〕14号为依据"),
    ("zhengce_doc_4.md", "doc_number_form", "（依据《居住证暂行条例》《广东省流动人口服务管理条例》）"),
    ("zhengce_doc_4.md", "issuer_form", "粤省事微信公众号（天河区政府网转载）"),
    ("zhengce_doc_6.md", "doc_number_form", "（依据穗天教规字〔2024〕1号）"),
])
def test_declared_values_of_no_form_are_found_and_kept(built, name, check, value):
    (why,) = _checks(built, name)[check]
    assert repr(value) in why and "not taken" in why
    column = "doc_number" if check == "doc_number_form" else "issuer"
    # not taken as the field (F10-J1, ingest11): what the source declares stays in the page's metadata
    assert built["documents:" + name][0][column] != value
    assert json.loads(built["pages:" + name][0]["metadata"])["not_taken"][column]["value"] == value


def test_declared_values_of_their_form_are_no_finding(built):
    assert not ({"doc_number_form", "issuer_form"} & set(_checks(built, "zhengce_doc_5.md")))
    for value in ("穗府办规〔2024〕13号", "国务院令第746号", "2020年第74号号外公告", "粤府函〔2019〕八号", None, ""):
        assert doc_number_problem(value) is None, value
    for value in ("广州市人民政府办公厅", "广州市医疗保障局（广州市医疗保险服务中心）", "国家互联网信息办公室", None):
        assert issuer_problem(value) is None, value


def test_the_checks_read_only_the_rows_their_gate_keeps():
    """The RE2 gate keeps every row a Python pattern would flag (here: one of each shape) and no clean row."""
    texts = ["2017822日修订", "201310月15日公布", "{ 2017 6 23", "牟政办发〔201746", "排量毫升以上", "高速(G)以内",
             "交通管理局年8月15日", "条例》年9月27日发布", "第一条 为了规范管理，制定本条例。"]
    documents = pa.table({"text": texts, "doc_number": [None] * len(texts), "issuer": [None] * len(texts)})
    flagged = {row for _, _, hits in damaged_values.document_damage(documents) for row, _ in hits}
    assert flagged == set(range(len(texts) - 1))
