"""Precision fixes of session 15 (precf15b) on field test 15b's real pages (tests/real_pages/field15b_precision, SOURCE.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus_tools.dataset.build import build
from corpus_tools.dataset.recurring import recurring_lines

PAGES = Path(__file__).parent / "real_pages" / "field15b_precision"
PBOC_SIGNATURE = "中国人民银行公开市场业务操作室"


def _rows(out: Path, config: str) -> list[dict]:
    return [row for path in sorted((out / "data").glob(f"{config}-*.parquet")) for row in pq.read_table(path).to_pylist()]


# --------------------------------------------------------------- F15B-P1: a signature above the closing date is no chrome


@pytest.fixture(scope="module")
def pboc_build(tmp_path_factory) -> Path:
    """The PBoC notices built as a corpus (one site: their signature recurs on every page)."""
    tmp = tmp_path_factory.mktemp("pboc")
    shutil.copytree(PAGES / "pboc", tmp / "raw" / "pboc")
    summary = build(tmp / "raw", tmp / "out", progress=False)
    assert summary.outcome == "ok", summary.render()
    return tmp / "out"


def test_the_pboc_notices_keep_their_signature_and_issuer(pboc_build):
    """pbc.gov.cn notices (haphap/china-policy-db): 4 of 5 lost ``中国人民银行公开市场业务操作室`` as the site's chrome."""
    assert not [e for e in _rows(pboc_build, "edits") if e["rule"] == "recurring_furniture"]
    documents = _rows(pboc_build, "documents")
    signed = [d for d in documents if f"{PBOC_SIGNATURE}\n" in d["text"]]
    assert len(signed) == 4
    assert signed[0]["text"].endswith(f"同时，开展了3490亿元隔夜逆回购操作。\n{PBOC_SIGNATURE}\n二〇二六年八月十四日")
    assert {d["issuer"] for d in signed} == {PBOC_SIGNATURE}


def test_the_pboc_announcements_number_is_read_from_the_title(pboc_build):
    """F15B-M2: ``公开市场业务交易公告 [2026]第157号``, ``中国人民银行公开市场业务公告［2026］第6号`` gave doc_number null."""
    numbers = {d["title"]: d["doc_number"] for d in _rows(pboc_build, "documents")}
    assert numbers == {
        "2026年中央国库现金管理商业银行定期存款（十四期）招投标通知": None,
        "公开市场业务交易公告 [2026]第157号": "公开市场业务交易公告[2026]第157号",
        "公开市场买断式逆回购招标公告 [2026]第16号": "公开市场买断式逆回购招标公告[2026]第16号",
        "中国人民银行公开市场业务公告［2026］第6号": "中国人民银行公开市场业务公告［2026］第6号",
        "公开市场业务交易公告 [2026]第153号": "公开市场业务交易公告[2026]第153号",
    }


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("上海证券交易所公告〔2025〕第3号", "上海证券交易所公告〔2025〕第3号"),  # blind, invented
        ("关于发布2025年第3号公告的通知", None),  # negatives: no series number
    ],
)
def test_a_numbered_announcement_title_is_its_number(title, number):
    from corpus_tools.structure.metadata import split_title

    assert split_title(title)[1] == number


def _notice(issuer: str, body: str, date: str) -> str:
    return f"关于{body}的通知\n各会员单位：\n为做好{body}工作，现将有关事项通知如下。\n特此通知。\n{issuer}\n{date}\n网站地图 | 联系我们\n"


def test_blind_signatures_of_unknown_suffix_stay_and_the_sites_footer_goes():
    """Invented (blind) issuers whose suffix line_kind does not know: 所, 司, 组, 室; the footer still goes."""
    for issuer in ("上海证券交易所", "财政部国库司", "国家外汇管理局综合司", "国务院联防联控机制综合组"):
        pages = [(f"site/{i}.txt", _notice(issuer, body, f"2025年{i + 1}月1日"))
                 for i, body in enumerate(("债券交易", "基金申购", "数据报送"))]
        found = recurring_lines(pages)
        assert {key for keys in found.values() for key in keys} == {"网站地图|联系我们"}, issuer


def test_an_organ_name_not_above_a_date_is_still_chrome():
    """Negative: the same name as a header line of every page (no date under it) is the site's chrome."""
    pages = [(f"site/{i}.txt", f"上海证券交易所\n关于{b}的通知\n为做好{b}工作，现将有关事项通知如下。\n")
             for i, b in enumerate(("债券交易", "基金申购", "数据报送"))]
    assert {key for keys in recurring_lines(pages).values() for key in keys} == {"上海证券交易所"}


# --------------------------------------------------------------- F15B-P2: curly quotes in English text are no Chinese context


def test_english_marks_beside_curly_quotes_stay_ascii_on_the_real_page():
    """党章 zh/en (zhongpengqun blog): ``to the people,” and`` -> ``，``, ``“redden and sweat”; that`` -> ``；``."""
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page

    cleaned = clean_page(ingest_file(PAGES / "cpc_constitution_quotes_excerpt.md", PAGES))
    assert "“from the people, to the people,” and translating" in cleaned.text
    assert "are made to “redden and sweat”; that penalties" in cleaned.text
    assert [(e.before, e.after) for e in cleaned.edits if e.rule == "width"] == [(":", "：")]  # `requirements:：`, the source's own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind, invented: English sentences with curly quotes
        ("Article 3: Uphold the “Three Represents”, and the “mass line”; see “Rules”: below.",
         "Article 3: Uphold the “Three Represents”, and the “mass line”; see “Rules”: below."),
        ("as stated “for the people,” as stated", "as stated “for the people,” as stated"),
        ("the term ‘organ’, as used in this Law; means", "the term ‘organ’, as used in this Law; means"),
        # negatives: Chinese text keeps its full-width marks
        ("坚持“三个代表”,重要思想", "坚持“三个代表”，重要思想"),
        ("“三个代表”, 重要", "“三个代表”， 重要"),
        ("他说:“好”", "他说：“好”"),
        ("所称“Smart City”, 是指本市", "所称“Smart City”， 是指本市"),
    ],
)
def test_marks_beside_curly_quotes_follow_the_script_of_their_stretch(text, expected):
    from corpus_tools.clean.width import normalize_width

    assert normalize_width(text)[0] == expected


def test_the_quote_guard_is_linear_on_a_hostile_line():
    import time

    from corpus_tools.clean.width import normalize_width

    text = "word”, " * 30000  # 210k characters, a mark beside a curly quote every 7
    started = time.process_time()
    assert normalize_width(text)[0] == text
    assert time.process_time() - started < 10


# --------------------------------------------------------------- F15B-P3: a break between Chinese and English is no wrap


def _cleaned(name: str) -> str:
    from corpus_tools.ingest import ingest_file
    from corpus_tools.pipeline import clean_page

    return clean_page(ingest_file(PAGES / name, PAGES)).text


def test_the_bilingual_company_law_keeps_its_languages_on_their_lines():
    """公司法 zh/en from a PDF: ``召集，⏎ Article 107`` and ``应当代⏎ Article 140 …overseas.⏎ 有关股东`` were joined."""
    text = _cleaned("cpc_company_law_bilingual_excerpt.txt")
    assert "由监事会主席负责召集，\nArticle 107 Meetings" in text
    assert "收款代理人应当代\nArticle 140 The company" in text
    assert "listed overseas.\n有关股东收取公司就" in text


def test_the_bilingual_marriage_law_keeps_its_heading_apart_and_joins_its_chinese_wrap():
    text = _cleaned("cpc_marriage_law_bilingual_excerpt.txt")
    assert "Chapter Six Supplementary Provisions 第六章 附则\narticle 50 The people's congresses" in text
    assert "其他法律对有关婚姻家庭的违法行为和法律责任另有规定的，依照其规定。" in text  # a Chinese wrap: joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind, invented: the same switch in other shapes
        ("第五条 本公司股东会由代理人负责召集，\nArticle 5 The company shall appoint an agent.", None),
        ("第三条 本条例所称企业，是指依法设立的\n(a) enterprises established according to law;", None),
        ("The State shall protect the lawful rights\n国家保护公民的合法权益，禁止任何组织侵犯。", None),
        # negatives: wraps inside Chinese text are still joined
        ("用户可以通过手机上的应用商店，\nAPP Store 下载本应用。", "用户可以通过手机上的应用商店，APP Store 下载本应用。"),
        ("第一条 为了促进发展，落实制造\n业立市战略。", "第一条 为了促进发展，落实制造业立市战略。"),
    ],
)
def test_a_break_where_the_script_switches_stays(text, expected):
    from corpus_tools.clean.layout import join_hard_wraps

    assert join_hard_wraps(text)[0] == (text if expected is None else expected)


def test_the_script_switch_is_linear_on_a_hostile_page():
    import time

    from corpus_tools.clean.layout import join_hard_wraps

    text = "监事会负责召集，\nArticle one two three\n" * 7000  # 220k characters, a switch at every break
    started = time.process_time()
    assert join_hard_wraps(text)[0] == text
    assert time.process_time() - started < 20


# --------------------------------------------------------------- F15B-M3: a ministry's department signs (…司)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # blind, invented (field15b's variants): a department of a ministry signs a notice
        ("现将有关事项通知如下。\n\n财政部国库司\n2025年4月1日\n", ("财政部国库司", "2025-04-01")),
        ("特此通知。\n国家外汇管理局综合司\n二〇二五年四月一日\n", ("国家外汇管理局综合司", "2025-04-01")),
        # the real PBoC signature (tests/real_pages/field15b_precision/pboc, record 2)
        ("同时，开展了3490亿元隔夜逆回购操作。\n中国人民银行公开市场业务操作室\n二〇二六年八月十四日",
         ("中国人民银行公开市场业务操作室", "2026-08-14")),
        # negatives: a company signs as before; ``本公司`` names no issuer
        ("特此公告。\n某某科技有限公司\n2025年1月1日\n", ("某某科技有限公司", "2025-01-01")),
        ("特此通知。\n本公司\n2025年1月1日\n", None),
    ],
)
def test_a_signature_ending_on_a_department_gives_issuer_and_written_date(tail, expected):
    from corpus_tools.structure.metadata import signature

    assert signature(tail) == expected
