"""Field test 28's open findings (room fieldfix29), each from a real page (tests/real_pages/fieldfix29, sources in its
SOURCE.md)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "real_pages" / "fieldfix29"


def _build(tmp_path, *files):
    import pyarrow.parquet as pq

    from corpus_tools.dataset.build import build

    raw = tmp_path / "raw"
    raw.mkdir()
    for f in files:
        shutil.copy(f, raw)
    build(raw, tmp_path / "out", progress=False)
    data = tmp_path / "out" / "data"
    docs = pq.read_table(next(data.glob("documents-*.parquet"))).to_pylist()
    arts = pq.read_table(next(data.glob("articles-*.parquet"))).to_pylist() if list(data.glob("articles-*.parquet")) else []
    return docs, arts


def test_c1_a_norm_whose_full_text_a_news_item_embeds_is_a_document_of_its_own(tmp_path):
    """F28-C1: most.gov.cn's news item ``《新一代人工智能伦理规范》发布`` reports the norm, then ``《伦理规范》全文如下：``, then
    the norm (its title glued to its preamble by the crawler, its articles, its issuer and date).  It was one document
    under the news headline, the signature in the last article's text.  The norm is the news item's attachment, titled
    by its own title, signed and dated by its signature, which is none of its last article."""
    docs, arts = _build(tmp_path, HERE / "most_ethics_norm_news.json")
    assert [(d["role"], d["title"]) for d in docs] == [
        ("notice", "《新一代人工智能伦理规范》发布"), ("attachment", "新一代人工智能伦理规范")]
    news, norm = docs
    assert norm["parent_id"] == news["doc_id"]
    assert news["text"].rstrip().endswith("《伦理规范》全文如下：") and news["num_articles"] == 0
    assert norm["text"].startswith("新一代人工智能伦理规范为深入贯彻")
    assert norm["issuer"] == "国家新一代人工智能治理专业委员会" and norm["written"] == "2021-09-25"
    last = [a for a in arts if a["doc_id"] == norm["doc_id"]][-1]
    assert last["label"] == "第二十五条"
    assert last["text"] == "本规范自公布之日起施行，并根据经济社会发展需求和人工智能发展情况适时修订。"


def test_c1_a_law_page_with_a_note_and_a_notice_with_its_own_items_do_not_split():
    """The cut needs the words of a full text (全文/原文/文本) or the next line's title named on the announcing line, a
    wrapper with a sentence and no article, and the instrument's articles under its own title."""
    from corpus_tools.structure.documents import split_documents

    law = ("某某市养犬管理条例\n说明：本条例的全文如下：\n第一条 为了规范养犬行为，制定本条例。\n第二条 本条例自公布之日起施行。\n")
    assert len(split_documents(law)) == 1
    notice = ("为做好某项工作，现将有关事项通知如下：\n某某规定\n第一条 甲。\n第二条 乙。\n")
    assert len(split_documents(notice)) == 1
    noted = ("某某条例\n第一条 甲。\n第二条 乙。\n说明：条例全文如下：\n某某条例\n第一条 甲。\n第二条 乙。\n")
    assert [s.role for s in split_documents(noted)] == ["main"]



def _moj_clean(name):
    from corpus_tools.clean import clean_and_explain
    from corpus_tools.crawl_records import read_records

    records, _ = read_records((HERE / name).read_bytes(), name)
    assert len(records) == 1
    return records[0].text, clean_and_explain(records[0].text)


def test_b5_words_cut_at_the_page_s_column_width_are_joined():
    """F28-B5: law.moj.gov.tw wraps its old texts at 64 display columns (a Han character two, an ASCII bracket or blank
    one).  Counted in characters the lines are of every length, so a list item's first line cut inside a word stayed
    cut: ``…與其⏎他衛材補給品同``, ``…或各⏎科室``, ``…及二○⏎二卡``.  Joined now; a line that ends a sentence stays."""
    raw, result = _moj_clean("moj_F0130001_wraps.json")
    assert "與其\n    他衛材" in raw and "或各\n    科室" in raw and "及二○\n    二卡" in raw
    for word in ("与其他卫材补给品同", "或各科室负责人员", "及二○二卡"):
        assert word in result.text, word
    assert "备查。\n并登记于卡片之拨发栏" in result.text  # (a sentence's end at the width: nothing proves a wrap)


def test_b5_a_clean_page_shows_no_column_width_and_keeps_its_blanks():
    """Negative: the seed pages (whole paragraphs, or a draft wrapped nowhere) show no fixed display width; blanks
    around a bracket kept ASCII (Latin inside) stay."""
    from corpus_tools.clean import clean
    from corpus_tools.clean.column_wraps import column_wrap_breaks

    seeds = sorted((Path(__file__).parent.parent / "raw").glob("00*.txt"))
    assert seeds
    for seed in seeds:
        assert column_wrap_breaks(seed.read_text(encoding="utf-8")) == [], seed.name
    assert clean("第一条 本市推广移动应用 (APP) 服务。") == "第一条 本市推广移动应用 (APP) 服务。"


@pytest.mark.parametrize("unit", ["二、料帳所用卡片及登記方法 (料帳卡片補一二○一表)  (附件一) 與其\n", "甲" * 64 + "\n", " \n", "第1條　" + "乙" * 40])
def test_b5_the_column_width_reader_is_linear(unit):
    """Hostile input for :func:`column_wrap_breaks`: lines all at one width, blank lines, one endless line."""
    from corpus_tools.clean.column_wraps import column_wrap_breaks
    from tests.timing import small_and_large

    small, large = small_and_large(column_wrap_breaks, unit)
    assert large < max(30 * small, 0.5), (small, large)


def test_b3_a_credential_put_inside_a_phrase_the_page_writes_whole_goes(tmp_path):
    """F28-B3: the Guangdong portal's cloned news page writes ``参访团方墨广告传媒（广州）有限公司董事长、北京大学特邀讲师马艺甄成员
    热烈分享…`` and, twice elsewhere, ``参访团成员``: the credential was put inside the phrase and goes."""
    docs, _ = _build(tmp_path, Path(__file__).parent / "real_pages" / "field28" / "myzgd_news_clone.html")
    text = "\n".join(d["text"] for d in docs)
    assert "马艺甄" not in text and "方墨广告传媒" not in text
    assert "参访团成员热烈分享来粤访问的真切感受" in text
    assert text.count("参访团成员") == 3


def test_b3_a_credential_with_no_phrase_around_it_on_the_page_stays(tmp_path):
    """Negative: the Shanghai clone's ``上海特宇盛源文化传媒有限公司执行董事席靖宣（原名席海彦）作闭幕讲话`` has no phrase of the
    page around it: nothing shows the sentence went without it, and it stays (an observation, not an edit)."""
    docs, _ = _build(tmp_path, HERE / "xhyshanghai_news_clone.html")
    assert "上海特宇盛源文化传媒有限公司执行董事席靖宣" in "\n".join(d["text"] for d in docs)


def test_b3_the_copies_of_one_credential_make_no_phrase_of_the_page(tmp_path):
    """Negative: the Daxing clone's headline is repeated as the body's first line, both carrying ``中国书法协会会员、大兴书法
    家协会驻会副主席兼秘书长胡文成``; the characters of the one copy around a piece of the other (``协会驻会``) are no phrase
    the page writes whole, and the text stays as it was."""
    docs, _ = _build(tmp_path, HERE / "hjhbjdx_news_clone.html")
    text = "\n".join(d["text"] for d in docs)
    assert text.count("中国书法协会会员、大兴书法家协会驻会副主席兼秘书长胡文成") == 2


def test_d4_a_law_without_its_title_line_is_typed_by_what_its_articles_call_it(tmp_path):
    """F28-D4: 劳动法 without its title line (107 articles, ``制定本法`` … ``本法自1995年1月1日起施行``) was typed ``other``;
    its articles call it a law.  The title stays empty (the page does not give it)."""
    docs, arts = _build(tmp_path, HERE / "labor_law_untitled.txt")
    assert [(d["title"], d["doc_type"]) for d in docs] == [("", "regulation")]
    assert len(arts) == 107


def test_d4_an_untitled_text_that_names_itself_otherwise_stays_other():
    """Negative: an untitled text whose articles call it 本办法 (a kind the issuer decides) is not typed from them."""
    from corpus_tools.structure import metadata as md

    text = "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 本办法自发布之日起施行。\n"
    assert md.untitled_law_type("", text, has_articles=True) is None


def test_d3_an_excerpt_whose_header_dates_a_commencement_no_article_states_is_flagged(tmp_path):
    """F28-D3 (b): 环境保护法's header ``（2014年4月24日修订，2015年1月1日起施行）`` over articles 1-20 of 70 (no chapter
    headings, no commencement article) had no finding.  The header dates a commencement that no article states."""
    docs, _ = _build(tmp_path, HERE / "envlaw_excerpt.txt")
    assert [d["title"] for d in docs] == ["中华人民共和国环境保护法"]
    assert "truncated" in docs[0]["findings"]


def test_d3_a_whole_law_with_its_commencement_article_is_not_flagged():
    """Negative: the same header over a law whose last article states its commencement."""
    from corpus_tools.validation.completeness import truncated

    text = (HERE / "envlaw_excerpt.txt").read_text(encoding="utf-8") + "\n第七十条　本法自2015年1月1日起施行。\n"
    assert truncated("中华人民共和国环境保护法", text) is None
