"""Session 23 (mixed23): what a wiki export or a quoted mail puts under the law it copies (licence box, categories,
reference list, signature).

Family: a copy of a Wikisource (or other MediaWiki) page ends with its licence template's box, the page's categories
and maybe its retrieval line; with no wiki footer words under them, :func:`wiki_footer_block` read none of it, and the
box stayed in the last article.  Members: the benchmark's shape (box, categories); not in the benchmark: a retrieval
line without the wiki's footer, a Traditional box (``這部作品…屬於公有領域``) with ``分類：``, a box wrapped on several
lines.  Negatives: a law's own words about the public domain stay byte-identical.
"""

from __future__ import annotations

from corpus_tools.clean import clean_and_explain
from corpus_tools.clean.mirror_chrome import wiki_footer_block

LAST = "第二十三条 本规定自2006年1月1日起施行。"
BOX = ("本作品来自中华人民共和国的法律、法规、国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。"
       "根据《中华人民共和国著作权法》第五条，不适用于该法律，在中华人民共和国境内属于公有领域。")


def _tail(text: str) -> str | None:
    found = wiki_footer_block(text)
    return None if found is None else text[found[0]:found[1]]


def test_box_and_categories_go():
    text = f"第一条 为了规范管理，制定本规定。\n\n{LAST}\n\n{BOX}\n\n分类：行政法规\n"
    assert _tail(text) == f"{BOX}\n\n分类：行政法规"
    assert clean_and_explain(text).text.rstrip().endswith(LAST)


def test_retrieval_line_without_footer_words():
    text = f"{LAST}\n{BOX}\n来自“https://zh.wikisource.org/w/index.php?title=某规定&oldid=1”\n分类：地方性法规\n"
    assert _tail(text).startswith(BOX) and _tail(text).endswith("分类：地方性法规")
    # without the box, a retrieval line and categories alone stay (field 16's decision: no footer words, no footer)
    assert _tail(text.replace(BOX + "\n", "")) is None


def test_traditional_wrapped_box():
    text = f"{LAST}\n\n這部作品在全世界都屬於公有領域，\n因為作者逝世已經超過100年。\n\nPublic domain\nfalse\n\n分類：澳門法律\n"
    assert _tail(text).startswith("這部作品")


def test_box_with_no_wiki_evidence_stays():
    text = f"{LAST}\n\n{BOX}\n"
    assert _tail(text) is None  # no category, no retrieval line, no wiki's name on the page


def test_law_text_about_the_public_domain_stays():
    text = "第九条 本作品的著作权人可以声明放弃权利，使其进入公有领域。\n\n第十条 本办法自公布之日起施行。\n\n分类：行政法规\n"
    assert _tail(text) is None
    text = f"第一条 为了规范管理，制定本规定。\n\n{BOX}\n\n{LAST}\n\n分类：行政法规\n"
    assert _tail(text) is None  # an article under the box: the box is no tail


# ---- a wiki's reference list (``↑`` back-links) and its markers

WIKI_PAGE = (
    "第一条 为了促进城市绿化事业的发展，制定本条例。[1]\n\n第二条 本条例所称城市绿化，是指种植和养护树木花草等活动。[注 2]\n\n"
    "第三条 本条例自2020年1月1日起施行。[1]\n\n参考资料[编辑]\n\n1. ↑ 1.0 1.1 2019年10月1日通过。\n2. ↑ 2020年修正。\n"
)


def test_reference_list_markers_and_tail_go():
    """Not in the benchmark: numbered back-links, a reused reference (``↑ 1.0 1.1``), ``[注 2]``."""
    out = clean_and_explain(WIKI_PAGE).text
    assert "↑" not in out and "[1]" not in out and "[注 2]" not in out and "参考资料" not in out
    assert out.rstrip().endswith("第三条 本条例自2020年1月1日起施行。")


def test_reference_list_not_counting_its_markers_stays():
    text = WIKI_PAGE.replace("[注 2]", "")  # two notes, one marker number
    out = clean_and_explain(text).text
    assert "↑ 2020年修正。" in out and "[1]" in out


def test_arrow_in_the_law_stays():
    text = "第一条 指标变化如下：\n↑ 表示上升，↓ 表示下降。\n第二条 本办法自公布之日起施行。\n"
    assert clean_and_explain(text).text == text


# ---- a mail's or a forum post's signature under the law it copies

from corpus_tools.clean.mirror_chrome import mail_signature_tail  # noqa: E402

LAW = "第一条 为了促进城市绿化事业的发展，制定本条例。\n第二条 本条例自2020年1月1日起施行。\n"


def test_signature_after_separator_goes():
    text = "引用：\n> " + LAW.replace("\n第", "\n> 第") + "\n--\n此致 敬礼\n张三\n发自我的iPhone\n"
    out = clean_and_explain(text).text
    assert out.rstrip().endswith("第二条 本条例自2020年1月1日起施行。") and "敬礼" not in out


def test_quoted_signature_and_client_line():
    """Not in the benchmark: the quoted author's signature (``> --``), a client line alone (``Sent from my iPad``)."""
    text = "> " + LAW.replace("\n第", "\n> 第") + "> --\n> 张三 zhangsan@example.com\n"
    assert text[slice(*mail_signature_tail(text))] == "> --\n> 张三 zhangsan@example.com"
    text = LAW + "\nSent from my iPad\n"
    assert text[slice(*mail_signature_tail(text))] == "Sent from my iPad"


def test_law_ending_without_signature_words_stays():
    for text in (LAW + "\n--\n附件：名单\n", LAW + "\n联系人：张三\n电话：12345678\n", "来自手机客户端\n" + LAW):
        assert mail_signature_tail(text) is None
