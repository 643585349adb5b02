"""Field test 29 (room intake29): a file named after a code (``…法典``) gives its title (F29-D6).

Real page: chenbxun/urban-rights-guard @ 690692f, ``data/laws_html/中华人民共和国民法典.html`` (371 KB, not stored here):
the test page is its opening, the HTML fragment the repository keeps (an adoption note, the 目录 and the first
articles, invented as a shorter copy of that shape).
"""

from __future__ import annotations

from corpus_tools.ingest import ingest_bytes
from corpus_tools.pipeline import clean_page
from corpus_tools.structure import structure_page
from corpus_tools.structure.metadata import title_from_file_name

_FRAGMENT = ("<p>（2020年5月28日第十三届全国人民代表大会第三次会议通过）</p>\n<h3>目　　录</h3>\n"
             "<p><a href=\"#chap1\">第一编　总　　则</a></p>\n<p><a href=\"#chap2\">第一章　基本规定</a></p>\n"
             "<h3>第一编　总　　则</h3>\n<h4>第一章　基本规定</h4>\n"
             "<p><strong>第一条</strong>　为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，制定本法。</p>\n"
             "<p><strong>第二条</strong>　民法调整平等主体的自然人、法人和非法人组织之间的人身关系和财产关系。</p>\n"
             "<p><strong>第三条</strong>　民事主体的人身权利、财产权利以及其他合法权益受法律保护，任何组织或者个人不得侵犯。</p>\n")


def test_a_code_s_file_name_is_its_title():
    assert title_from_file_name("data/laws_html/中华人民共和国民法典.html") == "中华人民共和国民法典"
    assert title_from_file_name("澳門刑事訴訟法典.md", converted=True) == "澳门刑事诉讼法典"


def test_the_civil_code_gets_its_file_name_as_title():
    page = ingest_bytes(_FRAGMENT.encode(), "data/laws_html/中华人民共和国民法典.html")
    (document,) = structure_page(clean_page(page)).documents
    assert document.title == "中华人民共和国民法典"


def test_a_file_named_for_work_on_a_code_is_no_title():
    """Negative: 法典 inside the name, not at its end."""
    assert title_from_file_name("法典编纂工作情况记录.txt") is None
