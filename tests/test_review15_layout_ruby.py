"""Review 15's findings on session 15's layout and ruby rules (R15-F7 form feeds, R15-F5 rows of
romanisation, R15-F14 capitalised glosses; /work/notes/review15.md, probes /work/notes/rev15/p4.json,
p7.json and p12.json).  Each finding: the reviewer's probe as a negative case (the text stays as
before session 15) and the session's own case as a positive one."""

from __future__ import annotations

import time

from corpus_tools.clean import clean
from corpus_tools.clean.mojibake import remove_invisible_characters


# --------------------------------------------------------------------------- R15-F7: a form feed inside a sentence


def test_a_form_feed_inside_a_sentence_joins_it_as_before() -> None:
    """Negative (R15-F7): a word processor's manual page break inside a sentence; the rule of session
    15 made it a line break (``为了加强⏎管理``), which splits the sentence."""
    assert remove_invisible_characters("第一条 为了加强\f管理，制定本条例。")[0] == "第一条 为了加强管理，制定本条例。"
    assert clean("第一条 为了加强\f管理，制定本条例。\n第二条 本条例自公布之日起施行。\n") == (
        "第一条 为了加强管理，制定本条例。\n第二条 本条例自公布之日起施行。\n"
    )


def test_a_form_feed_after_a_page_foot_or_a_sentence_is_a_line_break() -> None:
    """Positive: after a page's number (the session's case, pdftotext's ``1\\f`` glued to the next page),
    its printed shapes, or a line that ends a sentence."""
    for foot in ("1", "- 1 -", "—1—", "·1·", "第1页"):
        assert remove_invisible_characters(f"参与环境\n{foot}\f卫生设施")[0] == f"参与环境\n{foot}\n卫生设施"
    assert remove_invisible_characters("制定本条例。\f第二条 本条例")[0] == "制定本条例。\n第二条 本条例"


def test_form_feeds_are_read_in_linear_time() -> None:
    for text in ("中\f" * 100_000, ("中" * 300 + "\f") * 600, "1\f" * 100_000):
        start = time.process_time()
        remove_invisible_characters(text)
        assert time.process_time() - start < 5


# --------------------------------------------------------------------------- R15-F5: rows of romanisation that are content

from corpus_tools.clean.ruby_rows import rt_rows  # noqa: E402


def test_toneless_romanisation_of_a_list_or_a_sign_stays() -> None:
    """Negative (R15-F5, probes of p4): a toneless lower-case romanisation above each name of a list,
    place of a sign standard or body of a bilingual list is the page's content, not a converter's
    ``<rt>`` row: the lines it reads hold no mark of prose."""
    for page in (
        "附件：获奖人员名单\nzhang wei\n张伟\nli na\n李娜\nwang fang\n王芳\n",
        "地名标志示例：\nchang an jie\n长安街\nwang fu jing\n王府井\nxi dan\n西单\n",
        "Article 1\n第一条 为了规范管理，制定本条例。\nan hui\n安徽省人民政府\nhe nan\n河南省人民政府\nshan xi\n山西省人民政府\n",
    ):
        assert rt_rows(page) == []
        assert clean(page) == page


def test_a_converters_rows_still_go() -> None:
    """Positive: toned rows (the session's case) and toneless rows over lines of prose (the blind
    member ruby_blind_rt_rows writes both) go; a list's toneless row goes with such a consensus."""
    toned = "dì èr tiáo\n第二条 本规定适用于本市。\nhǎi yáng\n海洋环境污染防治依照法律执行。\nfáng zhì\n防治污染，保护环境。\n"
    assert clean(toned) == "第二条 本规定适用于本市。\n海洋环境污染防治依照法律执行。\n防治污染，保护环境。\n"
    toneless = "di er tiao\n第二条 本规定适用于本市。\nhai yang\n海洋环境污染防治依照法律执行。\nfang zhi\n防治污染，保护环境。\n"
    assert clean(toneless) == "第二条 本规定适用于本市。\n海洋环境污染防治依照法律执行。\n防治污染，保护环境。\n"
    assert [e.before for e in rt_rows(toneless + "zong ze\n总则\n")][-1] == "zong ze\n"


# --------------------------------------------------------------------------- R15-F14: capitalised glosses that are content

from corpus_tools.clean.ruby import remove_ruby_pinyin  # noqa: E402


def test_a_list_of_culture_words_spelled_in_pinyin_keeps_its_spellings() -> None:
    """Negative (R15-F14, probe rb_culture): nine words glossed by their pinyin spelling made the
    consensus of capitalised glosses; the teaching words (拼音, 拼写) stand at the line's end, beyond
    40 characters of the first five, which went.  (麻将（Majiang） is the spam rule's, as before.)"""
    text = (
        "第五条 推广中华文化特色词汇的标准译法：关系（Guanxi）、功夫（Gongfu）、风水（Fengshui）、太极（Taiji）、"
        "饺子（Jiaozi）、旗袍（Qipao）、豆腐（Doufu）、气功（Qigong）、粽子（Zongzi）等词汇采用汉语拼音拼写。\n"
    )
    out, edits, warnings = remove_ruby_pinyin(text)
    assert out == text and edits == []
    assert len(warnings) >= 9


def test_three_hyphenated_terms_are_no_consensus() -> None:
    """Negative (R15-F14, probe rb_hyphen): hyphens between a term's syllables made three glosses a
    consensus; they now count as capitalised glosses (eight words at least)."""
    text = "术语：一带一路（Yi-dai-yi-lu）、小康社会（Xiao-kang she-hui）、经济特区（Jing-ji te-qu）。\n"
    assert remove_ruby_pinyin(text)[0] == text


def test_a_converters_hyphenated_word_ruby_still_goes() -> None:
    """Positive: a converter's word ruby glosses the page's vocabulary (the session's case:
    浙江省曹娥江流域水环境保护条例 第一条, /work/ref/DLC, with hyphenated capitalised glosses)."""
    clean_text = "为了保护和改善曹娥江生态环境，保障曹娥江流域的经济和社会可持续发展，根据有关法律、行政法规的规定，制定本条例。"
    words = [("保护", "Bao-hu"), ("改善", "Gai-shan"), ("生态", "Sheng-tai"), ("经济", "Jing-ji"), ("社会", "She-hui"),
             ("发展", "Fa-zhan"), ("根据", "Gen-ju"), ("法律", "Fa-lv"), ("规定", "Gui-ding")]
    damaged = clean_text
    for word, reading in words:
        damaged = damaged.replace(word, f"{word}（{reading}）", 1)
    assert remove_ruby_pinyin(damaged)[0] == clean_text


def test_teaching_words_read_over_a_long_line_in_linear_time() -> None:
    line = "经济（Jingji）社会（Shehui）根据（Genju）发展（Fazhan）法律（Falv）规定（Guiding）保护（Baohu）改善（Gaishan）"
    for text in (line * 2_500 + "拼音", (line + "\n") * 2_500):
        start = time.process_time()
        remove_ruby_pinyin(text)
        assert time.process_time() - start < 20
