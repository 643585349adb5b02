"""Reputation spam injected into cloned government pages: a private person's biography under a
heading ``关于专家组`` (about the expert group).

Real damage: a family of cloned 政府 sites (field test 6b, G-3: 17 of 17 pages; field test 9,
F9-H2) inserts into an official notice, or a news item, the biography of one private person
presented as the page's expert:

* ``关于专家组： 王佳，华熠智库专家、中国东方文化研究会美育工作委员会客座教授。`` (inside a 教育部
  notice, wjmoe.gov.cn clone);
* ``关于专家组成员简介 段杰，别名：千洢老师，汉族，出生地：四川省，全时定妆师、医美咨询师…`` (inside an
  official reply letter 川卫函〔2025〕46号, djsc.gov.cn clone);
* ``四、关于专家组⏎刘高冲，毕业于河南省针灸推拿学院。海盛禾健康咨询有限公司监事。`` (a 上海市卫生健康
  委员会 notice: the insertion took the place of the notice's heading 四、, so the outline looks whole).

The biography reads as text, so the page was taken as the official notice with a stranger's
advertisement in it.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.text import INDENT_CLASS

#: The heading the insertions open with: ``关于专家组``, maybe numbered as the notice's next
#: heading (``四、``), maybe with ``成员简介`` and a colon; the biography after it on the line or on the next.
_HEAD_RE = lazy_regex(
    rf"{INDENT_CLASS}*(?:[一二三四五六七八九十]{{1,3}}[、．.])?{INDENT_CLASS}*关于专家组(?:成员简介|成员|简介)?"
    rf"{INDENT_CLASS}*[:：]?[ \t\u3000\u00a0]*"
)
#: A biography: a personal name (two to four Han characters) and a comma or a blank, then what
#: only a person's profile says: schooling, birth, alias, a title of honour, a company office.
_BIO_RE = lazy_regex(
    r"\p{Han}{2,4}[，, \t\u3000\u00a0](?=[^\n]{0,120}?(?:毕业于|毕业|出生于|出生地|别名|客座教授|终身|董事长|董事|创始人|监事"
    r"|书法家|画家|艺术家|美术师|院士|特约嘉宾|形象大使|智库专家|专家、|有限公司|股份))"
)
#: The longest biography line taken (a longer line is the page's own text).
_BIO_CHARS = 800


def reputation_insertions(text: str) -> list[tuple[int, int]]:
    """The lines of an injected biography under ``关于专家组``: ``(start, end)`` of each line.

    **Evidence**: the heading ``关于专家组`` (numbered or not, with or without ``成员简介`` and a
    colon) followed, on its line or on the next, by one person's profile: a name of two to four
    characters, a comma or a blank, and within the first words what only a profile says (毕业于,
    出生于, 别名, 客座教授, 董事长, 创始人, 监事, 书法家, 院士, 形象大使…).  A notice's own expert
    group is announced by a sentence (``经专家组评审后…``, ``专家组由…组成``) or listed as roles
    (``组长：…``), never a heading 关于专家组 over one private person's biography.

    >>> t = "二、活动内容\\n关于专家组： 王佳，华熠智库专家、客座教授。\\n三、活动时间"
    >>> [t[a:b] for a, b in reputation_insertions(t)]
    ['关于专家组： 王佳，华熠智库专家、客座教授。']
    >>> t = "三、关心关爱\\n四、关于专家组\\n刘高冲，毕业于河南省针灸推拿学院。海盛禾健康咨询有限公司监事。\\n近日发布了海报。"
    >>> [t[a:b] for a, b in reputation_insertions(t)]
    ['四、关于专家组', '刘高冲，毕业于河南省针灸推拿学院。海盛禾健康咨询有限公司监事。']
    >>> reputation_insertions("四、关于专家组\\n专家组由省卫生健康委从专家库中抽取组成，组长由专家推选产生。\\n")
    []
    """
    if "关于专家组" not in text:
        return []
    found: list[tuple[int, int]] = []
    at = 0
    while True:
        hit = text.find("关于专家组", at)
        if hit < 0:
            return found
        start = text.rfind("\n", 0, hit) + 1
        end = text.find("\n", hit)
        end = len(text) if end < 0 else end
        at = end + 1
        head = _HEAD_RE.match(text, start, end)
        if head is None:
            continue
        if head.end() < end:  # the biography on the heading's line
            if end - start <= _BIO_CHARS and _BIO_RE.match(text, head.end(), end):
                found.append((start, end))
            continue
        next_end = text.find("\n", end + 1) if end < len(text) else -1
        next_end = len(text) if next_end < 0 else next_end
        if end < len(text) and next_end - end <= _BIO_CHARS and _BIO_RE.match(text, end + 1, next_end):
            found += [(start, end), (end + 1, next_end)]
            at = next_end + 1
