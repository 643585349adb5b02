"""Field test 24's findings the lead fixed (real excerpts in tests/real_pages/field24, repros of /work/f24/repro).

- F24-C1 HIGH: Taiwan's law database gives an inserted article (``第 38-3 條``) a text that opens by citing its base
  article (``第三十八條之物及…``); the record reader took the citation for the article's own label, dropped the label
  and the article was glued to the one before (中華民國刑法 412 of 415 articles).
- F24-A1 MEDIUM: the site-furniture rule deleted a document's own closing date (a contract's two parties' date fields,
  a 公示's date under its issuer) as a page's publication stamp.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tools.clean import clean
from tests.real_build import build_files

REAL = Path(__file__).parent / "real_pages" / "field24"


def _articles_of(arts: list[dict], source: str) -> dict[str, str]:
    return {row["label"]: row["text"] for row in arts if row["source_file"].split("#")[0].endswith(source)}


def test_inserted_articles_citing_their_base_keep_their_labels(tmp_path):
    """The real rows of 刑法: 38-3 opens ``第三十八條之物``, 319-5 ``第三百十九條之一至前條``, 319-6
    ``第三百十九條之一第一項``; each is an article of its own with its whole text."""
    data = (REAL / "C0000001_excerpt.json").read_bytes()
    _, arts = build_files(tmp_path, ("C0000001.json", data))
    got = _articles_of(arts, "C0000001.json")
    assert len(got) == 6, sorted(got)
    assert got["第三十八条之三"].startswith("第三十八条之物及第三十八条之一之犯罪所得")
    assert got["第三百一十九条之五"].startswith("第三百十九条之一至前条性影像之附着物")
    assert got["第三百一十九条之六"].startswith("第三百十九条之一第一项及其未遂犯")
    assert "第三十八条之物" not in got["第三十八条之二"]  # nothing glued to the article before


def test_base_article_citing_an_inserted_one_and_a_self_citation(tmp_path):
    """Field tester's variants of the same shape: ``第 2 條`` opening ``第二條之一所定之物`` and ``第 3 條`` opening
    ``第三條之規定``; each keeps its label and its text keeps the cited article's name."""
    record = {"法規性質": "法律", "法規名稱": "某某法", "沿革內容": "1.中華民國九十八年七月一日總統令制定公布全文 5 條", "法規內容": [
        {"條號": "第 1 條", "條文內容": "為規範沒收，特制定本法。"},
        {"條號": "第 1-1 條", "條文內容": "前條所定事項，由法院為之。"},
        {"條號": "第 2 條", "條文內容": "第二條之一所定之物，沒收之。"},
        {"條號": "第 2-1 條", "條文內容": "違禁物，不問屬於犯罪行為人與否，沒收之。"},
        {"條號": "第 3 條", "條文內容": "第三條之規定，自公布日施行。"},
        {"條號": "第 4 條", "條文內容": "本法自公布日施行。"}]}
    _, arts = build_files(tmp_path, ("law.json", json.dumps(record, ensure_ascii=False).encode("utf-8")))
    got = _articles_of(arts, "law.json")
    assert list(got) == ["第一条", "第一条之一", "第二条", "第二条之一", "第三条", "第四条"], list(got)
    assert got["第二条"] == "第二条之一所定之物，没收之。"
    assert got["第三条"] == "第三条之规定，自公布日施行。"


def test_a_label_repeated_in_its_text_is_still_read_once(tmp_path):
    """Negative: a dump whose text repeats the article's label before a blank (flk seeds' ``第1条 为了…``)."""
    record = [{"title": "某某条例", "article": "1", "content": "第1条 为了规范管理，制定本条例。"},
              {"title": "某某条例", "article": "2", "content": "第2条 本条例自公布之日起施行。"}]
    _, arts = build_files(tmp_path, ("law.json", json.dumps(record, ensure_ascii=False).encode("utf-8")))
    got = _articles_of(arts, "law.json")
    assert got == {"第一条": "为了规范管理，制定本条例。", "第二条": "本条例自公布之日起施行。"}, got


CONTRACT = (
    "委托代理合同\n\n甲方：某某有限公司\n乙方：某某律师事务所\n一、甲方委托乙方代理甲方与某某公司的仲裁活动。\n"
    "二、本合同一式三份，自双方签字、盖章后生效。\n"
)


def test_a_contracts_two_dated_fields_stay():
    """F24-A1's real shape (a 委托代理合同 form of xinmasi/TD2000's law library): the parties' date fields, blank or
    filled, are the contract's; the text comes out byte-identical."""
    blank = CONTRACT + ("甲方：                                    乙方：\n法定代表人：                              法定代表人：\n"
                        "时间：    年    月    日                 时间：    年    月    日\n")
    filled = CONTRACT + "甲方：某某有限公司　　乙方：某某律师事务所\n法定代表人：张三　　　法定代表人：李四\n时间：2021年5月8日　　时间：2021年5月8日\n"
    for text in (blank, filled):
        assert "时间：" in clean(text).splitlines()[-1]


def test_a_date_under_its_signature_stays_and_a_sites_stamp_goes():
    notice = "关于某某项目的公示\n\n根据有关规定，现将某某项目予以公示，公示期为5个工作日。\n联系电话：12345678\n\n某某区人民政府\n日期：2021年5月8日\n"
    assert clean(notice).rstrip("\n").endswith("某某区人民政府\n日期：2021年5月8日")
    contract = CONTRACT + "甲方：某某有限公司\n时间：2021-05-08\n"
    assert clean(contract).rstrip("\n").endswith("时间：2021-05-08")
    stamped = "某某条例\n日期：2021-05-08\n第一条 为了规范管理，制定本条例。\n"
    assert "日期" not in clean(stamped)  # a page's stamp above the text still goes
    chrome = "某某条例\n第一条 为了规范管理，制定本条例。\n时间：2020-05-14 来源：法制办 作者：管理员\n"
    assert "来源" not in clean(chrome)


def test_zhu_of_distinction_stays_zhu():
    """F24-A3 (陸海空軍勳賞條例 第10條, Taiwan's law database): 著 of ``特著忠勇戰功`` reads zhù (shows, distinguishes
    itself) and stays 著 in Simplified; the particle after 隨 still becomes 着."""
    from corpus_tools.clean.script import _to_simplified

    real = "榮譽旗不分等級，凡陸、海、空軍部隊，特著忠勇戰功者，頒給之。"
    for config in ("tw2s", "t2s"):
        assert _to_simplified(config, real) == "荣誉旗不分等级，凡陆、海、空军部队，特著忠勇战功者，颁给之。"
    assert _to_simplified("tw2s", "隨著發展") == "随着发展"


def test_cms_page_break_markers_go(tmp_path):
    """F24-B3: 国家能源局's copy of a 新华社 photo story (jas0no7/local_spider_jason's record, its ``body_html``) separates
    the photos by its CMS's ``<p><b>pagebreak</b></p>``; the word stood six times between the captions."""
    page = ("<html><body><h1>中卫300万千瓦光伏绿电项目全容量并网</h1>"
            "<p>  新能源绿电项目，也是国内规模领先的单体光伏项目之一。项目整体建成后，每年可实现发电量57.8亿千瓦时。</p>"
            "<p><b>pagebreak</b></p>"
            "<p>  10月25日拍摄的中卫300万千瓦光伏绿电项目1号升压站（无人机照片）。</p>"
            "<p><b>pagebreak</b></p>"
            "<p>  项目由中国华电集团投资建设。</p></body></html>")
    docs, _ = build_files(tmp_path, ("nea.html", page.encode("utf-8")))
    text = "".join(d["text"] for d in docs)
    assert "pagebreak" not in text
    assert "1号升压站（无人机照片）" in text and "项目由中国华电集团投资建设" in text


def test_page_break_words_in_a_sentence_stay():
    text = "第一条 打印时设置 page-break-after 属性，分页符写作 [page] 标记。\n"
    assert clean(text) == text
