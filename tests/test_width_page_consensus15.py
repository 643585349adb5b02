"""Width, session 15: a page's full stops read by its own consensus, a code's blank widened whole,
GB2312.TXT's horizontal bar for the dash.  The case table (``tests/cases/width.json``) holds the
one-line cases; here: the blind damage as a page, the real pages, and the scans' speed."""

from __future__ import annotations

import time
from pathlib import Path

from corpus_tools.clean import clean
from corpus_tools.clean.edits import apply_edits
from corpus_tools.clean.width import normalize_width

REAL = Path(__file__).resolve().parents[2] / "shared" / "real" / "govcn"
REAL_PAGES = Path(__file__).resolve().parent / "real_pages"

#: Articles of 北京市实施《农民专业合作社法》办法 (the clean corpus), as written there.
CLEAN_ARTICLES = (
    "为了实施《中华人民共和国农民专业合作社法》，结合本市实际，制定本办法。",
    "本市行政区域内农民专业合作社的设立、运行、终止以及有关指导、扶持和服务等活动，适用本办法。",
    "农民专业合作社的成员中，农民至少应当占成员总数的80%。",
    "成员超过150人的，可以按照章程规定设立成员代表大会；成员超过500人的，成员代表人数不少于成员总数的20%。"
    "成员代表大会代表的选举办法由章程规定。",
    "本办法自2010年1月1日起施行。",
)
NARROW = str.maketrans({"，": ",", "。": ".", "；": ";", "：": ":", "（": "(", "）": ")", "“": '"', "”": '"', "《": "<", "》": ">"})


def test_page_with_every_mark_narrowed_comes_back() -> None:
    """The blind damage of session 15 (every mark of the page narrowed, the sentence-final ones too)
    on real articles: the stops after a percentage come back with the rest."""
    page = "\n".join(CLEAN_ARTICLES)
    out, edits, _ = normalize_width(page.translate(NARROW))
    assert out == page
    assert all(e.rule == "width" for e in edits)


def test_clean_articles_are_untouched() -> None:
    page = "\n".join(CLEAN_ARTICLES)
    assert normalize_width(page) == (page, [], [])


def test_fullwidth_stops_of_a_page_come_back_and_a_slip_stays() -> None:
    page = "\n".join(CLEAN_ARTICLES)
    out, _, _ = normalize_width(page.replace("。", "．"))
    assert out == page
    slip = "饲养、经营畜禽的．单位和个人，必须做好。\n本办法自2010年1月1日起施行。"  # (the clean corpus's slip, one ．)
    assert normalize_width(slip)[0] == slip


def test_govcn_dashes_read_as_the_dash() -> None:
    """gov.cn pages of 1997 decoded by GB2312.TXT: ``5―6级``, ``1997年10月――1998年2月``."""
    for name, want in (("051_content_5345291.html", "多次5—6级"), ("050_content_5345293.html", "1997年10月——1998年2月")):
        path = REAL / name
        if not path.exists():
            continue  # (the shared pages live beside the checkout, as in CI)
        out = clean(path.read_text(encoding="utf-8"))
        assert want in out and "―" not in out


def test_macau_gazette_header_keeps_its_bar() -> None:
    text = (REAL_PAGES / "field10_layout" / "wanglu_macau_gazette_head.txt").read_text(encoding="utf-8")
    assert normalize_width(text)[0].count("―") == text.count("―") > 0


def test_idempotent() -> None:
    for text in ("\n".join(CLEAN_ARTICLES).translate(NARROW), "以坐标Ｎ　３４°４６．５２０′", "多次5―6级，10月――1998年"):
        once = normalize_width(text)[0]
        assert normalize_width(once)[1] == []


def test_linear_on_hostile_input() -> None:
    """200k characters shaped for the new scans: each well under a few CPU-seconds."""
    hostile = [
        "中中中中中中中.1" * 25_000,
        "中中中中中中中." * 25_000 + '中"' * 20_000,
        "中" * 190_000 + "." * 10_000,
        "中中中中中中." + "5." * 100_000,
        "Ａ　" * 100_000,
        "1―" * 100_000,
        "年" + "1" * 100_000 + "―" + "2" * 99_000,
    ]
    for text in hostile:
        start = time.process_time()
        out, edits, _ = normalize_width(text)
        assert apply_edits(text, edits) == out
        assert time.process_time() - start < 8, text[:10]


# --------------------------------------------------------------------------- enclosed item numbers

from hypothesis import given, settings, strategies as st  # noqa: E402

from corpus_tools.clean.mojibake import COMMON_CHARS  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(COMMON_CHARS[:100] + "0123456789Ab ,.;:?!()\"'\n，。、；：（）︐﹐" + "㈠㈡㈩⑴⑵⒇⒈⒛①"),
               max_size=60))
def test_enclosed_numbers_idempotent_and_replayable(text: str) -> None:
    out, edits, _ = normalize_width(text)
    assert apply_edits(text, edits) == out
    assert normalize_width(out)[:2] == (out, [])


def test_enclosed_numbers_real_items() -> None:
    """重庆市统计管理条例's items (the clean corpus) numbered by a word processor as ㈠㈡: the labels come back."""
    page = "第三十条 有下列行为之一的，责令改正：\n（一）虚报、瞒报统计资料的；\n（二）伪造、篡改统计资料的。"
    out, edits, _ = normalize_width(page.replace("（一）", "㈠").replace("（二）", "㈡"))
    assert out == page and [(e.before, e.after) for e in edits] == [("㈠", "（一）"), ("㈡", "（二）")]


def test_enclosed_numbers_linear() -> None:
    for text in ("㈠" * 200_000, "⑴中" * 100_000, "⒈," * 100_000):
        start = time.process_time()
        out, edits, _ = normalize_width(text)
        assert apply_edits(text, edits) == out
        assert time.process_time() - start < 8, text[:4]
