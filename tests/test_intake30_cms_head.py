"""Session 30 (room intake30), field test 29's F29-B1: the template a CMS prints above an article's title (slogan banner,
search label, the sidebar's leader box, the column's name) is the site's, known by the article's own header: the title
line directly over the page's meta fields (来源/访问量/更新日期…).  Family and evidence: corpus_tools/clean/cms_head.py.

Held out (written before they were run, never tuned on): the university page and the county page.
Real page: tests/real_pages/intake30/SOURCE.md; invented ones are marked so.
"""

from __future__ import annotations

from pathlib import Path

from corpus_tools.clean.furniture import remove_site_furniture

REAL = Path(__file__).parent / "real_pages" / "intake30"
BODY = "第一条　为了规范管理，制定本办法。\n第二条　本办法自公布之日起施行。\n"


def _cleaned(text: str) -> str:
    return remove_site_furniture(text)[0]


def test_a_peoples_congress_sites_template_goes():
    """阿坝州人大常委会 (abrd.gov.cn): 11 lines of banner, search label, leader box and column kept before."""
    text = (REAL / "abrd_gov_cn_c104567_202401_12efe566.txt").read_text(encoding="utf-8")
    out = _cleaned(text)
    assert out.lstrip("\n").startswith("阿坝藏族羌族自治州人民代表大会常务委员会机关公文处理办法\n")
    for chrome in ("宣传人大制度", "信息搜索", "主任之窗", "李为国", "自身建设"):
        assert chrome not in out
    assert "第一条为实现阿坝藏族羌族自治州人民代表大会常务委员会机关" in out


def test_a_party_sites_leader_box_and_column_go():
    """Invented sibling: a motto banner, a search label, a leader box, a column, the fields on one line."""
    text = "不忘初心 牢记使命\n站内检索：\n领导之窗\n区委书记\n张三\n通知公告\n\n某某区机关事务管理办法\n发布时间：2020-01-02　浏览次数：23\n" + BODY
    assert _cleaned(text).startswith("某某区机关事务管理办法\n")


def test_held_out_a_university_page():
    """Held-out invented sibling: a university's motto and column above a rule, its author, source and hits."""
    text = "厚德博学 求是创新\n当前栏目\n规章制度\n某某大学学生宿舍管理规定\n作者：学生处\n来源：学生处\n点击数：120\n" + BODY
    assert _cleaned(text).startswith("某某大学学生宿舍管理规定\n")


def test_held_out_a_county_page():
    """Held-out invented sibling: a county site's welcome banner and its column over a notice."""
    text = "欢迎访问某某县人民政府网站！\n政务公开\n政策文件\n\n某某县人民政府关于做好春耕生产工作的通知\n\n信息来源：县政府办\n更新时间：2023-03-01\n\n各乡镇人民政府：\n现就做好春耕生产工作通知如下。\n"
    assert _cleaned(text).lstrip("\n").startswith("某某县人民政府关于做好春耕生产工作的通知\n")


def test_a_document_head_above_the_title_stays():
    """Negatives (invented): an order's header; a red head; a page without the meta fields."""
    order = "中华人民共和国国务院令\n第一号\n某某条例\n来源：国务院\n发布时间：2020-01-01\n" + BODY
    assert _cleaned(order).startswith("中华人民共和国国务院令\n第一号\n某某条例\n")
    red = "某某市人民政府文件\n某某市人民政府关于印发某某办法的通知\n来源：市政府\n发布时间：2020-01-01\n" + BODY
    assert _cleaned(red).startswith("某某市人民政府文件\n")
    bare = "政策文件\n附件1\n某某办法\n" + BODY
    assert _cleaned(bare) == bare
