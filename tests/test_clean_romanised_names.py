"""A brand spelled in Latin letters put into a law's sentences (corpus_tools/clean/inserted_spans.py,
``romanised_names``; the spam rule removes it).  Set 9's ``h9_spam_pinyin_brand`` (``…组织的 AomenXinpujing 检查…``,
``…泥浆等废Yongli Huiyule弃物…``) and members of the family it does not hold: a CamelCase brand of no brand list, a
brand in Wade-Giles, words one syllable each, an ideographic blank, a brand at one place of a word the page writes
whole; what a law writes in Latin letters stays (an acronym, a term glued to the word it qualifies, a gloss, a name
written once)."""

from __future__ import annotations

import pytest

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.inserted_spans import romanised_names
from tests.timing import cpu_seconds

LAW = ("第一条 为了加强城市绿化管理，改善生态环境，制定本条例。\n"
       "第二条 县级以上人民政府应当将城市绿化建设纳入国民经济和社会发展规划。\n"
       "第三条 城市绿化管理所需资金列入本级财政预算，专款专用。\n"
       "第四条 任何单位和个人都有保护城市绿化的义务，并有权制止和检举损害城市绿化的行为。\n")


def _insert(text: str, brand: str, places: list[str], pad: str = " ") -> str:
    """``text`` with ``brand`` (padded with ``pad``) put after each of ``places`` (a word of the text)."""
    for place in places:
        at = text.index(place) + len(place)
        text = text[:at] + pad + brand + pad + text[at:]
    return text


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in romanised_names(text)]


@pytest.mark.parametrize("brand, pad, places", [
    # set 9's shapes: a brand in pinyin, CamelCase or words apart, padded with blanks or glued, inside words too
    ("AomenXinpujing", " ", ["加强城市", "国民经济", "财政"]),
    ("Yongli Huiyule", "", ["改善生", "专款专", "检举损"]),
    ("weinisiren", " ", ["县级以", "任何单位和"]),
    # members set 9 does not hold: a CamelCase brand no brand list names, a brand in Wade-Giles, a brand whose every
    # syllable is a word, an ideographic blank around it, words joined by a hyphen
    ("JinlongGuoji", " ", ["城市绿化管", "纳入", "都有保护"]),
    ("Hsin-p'u-ching", "", ["生态", "社会发展", "制止"]),
    ("Jin Long Guo Ji", " ", ["制定本", "本级财", "个人"]),
    ("Dongfang Mingzhu", "\u3000", ["改善", "发展规", "专款"]),
])
def test_a_romanised_brand_put_into_sentences_goes(brand, pad, places):
    damaged = _insert(LAW, brand, places, pad)
    assert _names(damaged) == [brand] * len(places)
    result = clean_and_explain(damaged)
    assert result.text == clean_and_explain(LAW).text
    assert result.edits and all(e.rule == "spam_anchor" for e in result.edits)


def test_a_brand_at_one_place_of_a_word_the_page_writes_whole_goes():
    text = ("第一条 对于善本、珍本和不宜外借的馆 huangguan tiyu 藏文献信息资料，可以限制使用。\n"
            "第二条 图书馆应当依法保护馆 huangguan tiyu 藏文献信息资料，不得任意封存馆藏文献。\n")
    assert _names(text) == ["huangguan tiyu", "huangguan tiyu"]
    assert clean_and_explain(text).text == text.replace(" huangguan tiyu ", "")


def test_an_article_label_keeps_its_blank():
    text = "第七条 YinheYule 开发建设城镇住宅小区。\n第八条 设立学前教育发展专项资 YinheYule 金。\n"
    assert clean_and_explain(text).text == "第七条 开发建设城镇住宅小区。\n第八条 设立学前教育发展专项资金。\n"


@pytest.mark.parametrize("text", [
    # a term glued to the word it qualifies, every time (a guideline's virus lineage, a sequencing method)
    "包括乙型流感病毒Yamagata系和Victoria系。检出Victoria系和Yamagata系。乙型流感Yamagata系和Victoria系。",
    "以Sanger测序法作为对比，针对与Sanger测序法或同类已上市产品。",
    # acronyms, a unit, a standard, a pH
    "说明书中注明MRI内容，按MRI检查；采用NEMA标准和NEMA标准；PAGE电泳和PAGE电泳；溶液pH值和pH值。",
    # a gloss: the Han name and its pinyin, on a bilingual sign (twice, beside different words)
    "标牌应当标注中关村Zhongguancun大街，中关村Zhongguancun科技园区的标牌。",
    # a name written once
    "上海开放法律联盟 OpenLaw裁判文书检索。",
    # in brackets, or before punctuation: a law's own Latin
    "本市（Beijing）和本市（Beijing）的规定；名称为Wangfujing，以及Wangfujing。",
])
def test_what_the_law_writes_in_latin_letters_stays(text):
    assert romanised_names(text) == []


@pytest.mark.parametrize("unit", ["的abcdefghijklmnopqrstuvwxyz检", "的AomenXinpujing检", "的Ab'cD-ef Gh Ij Kl Mn 检", "馆 tiyu 藏"])
def test_the_scan_is_linear(unit):
    small = cpu_seconds(romanised_names, unit * 2_000)
    large = cpu_seconds(romanised_names, unit * 20_000)
    assert large < 20 * max(small, 0.01)


def test_a_name_once_on_a_page_goes_when_the_site_learned_it(tmp_path):
    """Recurrence across the corpus: a page shows the name twice (evidence of its own), another once; the build learns
    a word of it for the site and cleans the other page again.  A page of another site keeps its single name."""
    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    (raw / "other").mkdir()
    once = "第二条 县级以上人民政府文物主管部门 Aomen Xinpujing yule 负责本行政区域内的文物保护工作。\n"
    (raw / "site" / "a.txt").write_text(_insert(LAW, "Aomen Xinpujing yule", ["加强城市", "国民经济"]), encoding="utf-8")
    (raw / "site" / "b.txt").write_text("第一条 为了保护文物，制定本条例。\n" + once, encoding="utf-8")
    (raw / "other" / "c.txt").write_text("第一条 为了保护古树，制定本条例。\n" + once.replace("文物", "古树"), encoding="utf-8")
    summary = build(raw, tmp_path / "out", progress=False)
    assert summary.outcome in ("ok", "findings"), summary.render()
    docs = {row["source_file"]: row["text"] for path in sorted((tmp_path / "out" / "data").glob("documents-*.parquet"))
            for row in pq.read_table(path).to_pylist()}
    assert "Aomen" not in docs["site/a.txt"] and "Aomen" not in docs["site/b.txt"]
    assert "文物主管部门负责本行政区域内的文物保护工作。" in docs["site/b.txt"]
    assert "Aomen" in docs["other/c.txt"]
