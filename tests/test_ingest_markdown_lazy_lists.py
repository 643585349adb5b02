"""Markdown ordered lists numbered lazily (every item ``1.``): the markers are markup, not item numbers.

Real page: curist/taiwan-laws (GitHub, laws/ Markdown of law.moj.gov.tw, HEAD 2b4bfb7), 勞動基準法; field
test 17, F17-N2: every 項 of every article kept a ``1. `` before it (2,921 paragraphs in 8 laws).
"""

from corpus_tools.ingest import ingest_bytes

REAL_MD = (
    "# 勞動基準法\n\n**法規位階**：法律\n\n## 法條\n### 第一章 總則\n"
    "##### 第 1 條\n"
    "1. 為規定勞動條件最低標準，保障勞工權益，加強勞雇關係，促進社會與經濟發展，特制定本法；本法未規定者，適用其他法律之規定。\n"
    "1. 雇主與勞工所訂勞動條件，不得低於本法所定之最低標準。\n\n"
    "##### 第 2 條\n1. 本法用詞，定義如下：  \n一、勞工：指受雇主雇用從事工作獲致工資者。  \n\n"
    "##### 第 3 條\n1. 本法於左列各業適用之：  \n一、農、林、漁、牧業。\n"
)


def _text(md: str) -> str:
    return ingest_bytes(md.encode("utf-8"), "law.md").text


def test_lazy_item_numbers_of_a_real_taiwan_law_are_markup():
    text = _text(REAL_MD)
    assert "1. " not in text
    assert "\n為規定勞動條件最低標準" in text and "\n雇主與勞工所訂勞動條件" in text and "\n本法於左列各業適用之" in text


def test_items_a_page_counts_itself_stay():
    page = "# 实施方案\n\n## 主要任务\n\n1. 加强组织领导。\n2. 落实工作责任。\n3. 强化督促检查。\n\n1. 另一组事项。\n"
    text = _text(page)
    assert "1. 加强组织领导" in text and "2. 落实工作责任" in text and "1. 另一组事项" in text


def test_two_lazy_items_are_not_yet_a_habit():
    page = "# 通知\n\n1. 请各单位认真执行。\n\n正文。\n\n1. 附件一份。\n"
    assert "1. 请各单位认真执行" in _text(page)


def test_front_matter_issuing_authority_is_the_declared_issuer():
    """qisehong law database (field test 17, F17-M1): ``issuing_authority`` in a law's front matter."""
    from corpus_tools.clean.fields import declared_strings

    page = ingest_bytes(("---\ntitle: \"中华人民共和国社会救助法\"\nissuing_authority: \"全国人民代表大会常务委员会\"\n---\n\n"
                         "# 中华人民共和国社会救助法\n\n第一条 为了规范社会救助工作，制定本法。\n").encode("utf-8"), "law.md")
    assert declared_strings(page.metadata)["issuer"] == "全国人民代表大会常务委员会"


def test_a_lazy_list_under_a_lead_in_shows_its_numbers():
    """Review 17, R17-F9: a list CommonMark numbers 1, 2, 3 under a lead-in holds item numbers: kept as written."""
    page = ("# 数据共享办法\n\n## 第二条\n\n申请共享数据的，应当提交下列材料：\n\n1. 共享申请书；\n1. 数据使用方案；\n1. 安全承诺书。\n\n"
            "## 第三条\n\n有前条第1项情形的，予以受理。\n")
    text = _text(page)
    assert "1. 共享申请书；" in text and "1. 数据使用方案；" in text
