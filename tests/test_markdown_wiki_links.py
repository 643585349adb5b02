"""MediaWiki links in a law copied from zh.wikisource into Markdown (field test 17, F17-N1).

Real pages: the qisehong law database (Markdown files whose front matter says
``source: 国家法律法规数据库 (via Wikisource)``): 生态环境法典 (2026) kept ``《[[中华人民共和国湿地保护法]]》``
in 25 articles, 社会救助法 (2026) ended on a category link.
"""

from corpus_tools.ingest import ingest_bytes


def _text(md: str) -> str:
    return ingest_bytes(md.encode("utf-8"), "law.md").text


def test_a_law_name_linked_in_wiki_markup_reads_as_the_name():
    line = ("第七百二十八条 国家严格控制占用湿地。确需占用的，应当依照《[[中华人民共和国湿地保护法]]》的规定办理。")
    text = _text("# 生态环境法典\n\n" + line + "\n")
    assert "依照《中华人民共和国湿地保护法》的规定办理" in text and "[[" not in text


def test_the_category_line_shows_nothing():
    text = _text("# 社会救助法\n\n第七十八条 本法自2026年7月1日起施行。\n\n[[Category:中华人民共和国法律|SHEHUI JIUZHU FA]]\n")
    assert text.rstrip().endswith("本法自2026年7月1日起施行。") and "Category" not in text


def test_double_brackets_without_han_text_stay():
    page = "# 标准\n\n数组写作 a[[1]] 表示嵌套。\n"
    assert "a[[1]]" in _text(page)
