"""A court's header block (court, kind of decision, case number) at the head of a ruling a site reposted.

Real damage undone (field test 18, F18-M2; /work/field18/pages18_court/lawking_show_252_6555.txt): a Beijing law
firm's page (lawking.com.cn) reposts (2015)惠中法刑二终字第294号 under its banner ``北京律师在线``; the ruling's own
header follows the site's chrome and the case's headline::

    张兴财、黎铁军损害商业信誉、商品声誉二审刑事裁定书
    广东省惠州市中级人民法院
    刑事裁定书
    （2015）惠中法刑二终字第294号

The build took the banner for the title (``北京律师在线``), so the document was ``other`` of ``北京市``, with no number
and no issuer.  The header block is the court's own statement of what the text is; it wins over whatever line
came before it (:func:`court_header`, used by :func:`corpus_tools.structure._describe`).

It wins only as the page's own head, not as a quotation (review 19, R19-F3): a judicial interpretation that prints a
ruling's head as a sample (``…的解释`` ⏎ ``（…审判委员会第1880次会议通过）`` ⏎ ``附：文书样式一`` ⏎ ``某某人民法院`` ⏎
``民事判决书`` ⏎ ``（2023）某01民终1号`` ⏎ ``第一条 …``) stays the interpretation.  No block is taken under a title
of the page's own kind (解释/规定/通知/批复/决定/办法/条例/意见…), an adoption line or an article, nor when the text
under the block is an article of a law rather than the ruling's.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus_tools.lazy_patterns import lazy_regex
from corpus_tools.structure.documents import case_number

#: A court's name alone on its line (``广东省惠州市中级人民法院``, ``北京市海淀区人民法院``, ``最高人民法院``).
_COURT_LINE = lazy_regex(r"^\p{Han}{2,40}(?:人民法院|法院|人民法庭)$")
#: The kind of a court's decision alone on its line, letters spaced or not (``刑 事 裁 定 书``, ``民事判决书``).
_DECISION_KIND = lazy_regex(r"^(?:刑事|民事|行政|执行|国家赔偿|赔偿|刑事附带民事)?(?:判决书|裁定书|调解书|决定书|裁决书)$")
#: A case's headline ends with the kind of decision (裁判文书网's titles: ``…二审刑事裁定书``).
_DECISION_TITLE = lazy_regex(r"(?:判决书|裁定书|调解书|决定书|裁决书)$")
#: The header block on the text's first line, its parts joined by blanks (裁判文书网 copies whose paragraphs were joined
#: with single spaces: ``福建省福州市鼓楼区人民法院 刑事判决书 （2018）闽0102刑初389号 公诉机关…``, field test 23 F23-D2).
_JOINED_HEAD = lazy_regex(
    r"[ \t\u3000\xa0]*(?:(?P<headline>[^ \t\u3000\xa0\n]{4,80}?(?:判决书|裁定书|调解书|决定书|裁决书))[ \t\u3000\xa0]+)?"
    r"(?P<court>[^\P{Han}的]{2,40}?(?:人民法院|法院|人民法庭))[ \t\u3000\xa0]+"
    r"(?P<kind>(?:刑事|民事|行政|执行|国家赔偿|赔偿|刑事附带民事)?(?:判决书|裁定书|调解书|决定书|裁决书))[ \t\u3000\xa0]+"
    r"(?P<number>[^ \t\u3000\xa0\n]{6,40})(?=[ \t\u3000\xa0\n]|$)")
#: How many non-blank lines from the text's head the header block may start at (a site's banner, menus, promos).
_REACH = 40
#: How many non-blank lines above the court's line the case's headline may stand (a byline ``时间:… 来源:`` between).
_HEADLINE_REACH = 3
#: A title line of the page's own document kind above the block (``…适用法律问题的解释（示例）``, ``…的批复``,
#: ``关于印发…文书样式的通知``): the page is that document, the block below it a quotation.
_OWN_KIND_TITLE = lazy_regex(r"^[^。；;|｜>＞]{4,100}(?:解释|规定|通知|批复|决定|办法|条例|意见|细则|答复|公告|规则|法)"
                             r"(?:[（(][^）)]{1,20}[）)])?$")
#: An adoption or promulgation line under a title (``（2023年3月1日最高人民法院审判委员会第1880次会议通过）``).
_ADOPTION_LINE = lazy_regex(r"^[（(][^）)]{0,80}(?:通过|公布|发布|施行|修正|修订)[^）)]{0,20}[）)]$")
#: An article's head (``第一条``, ``第12条``): a law's text, not a ruling's.
_ARTICLE_LINE = lazy_regex(r"^第[一二三四五六七八九十百零〇0-9]{1,6}条")


@dataclass(frozen=True)
class CourtHeader:
    """Where the block stands in the text, and what it states."""

    start: int
    end: int
    court: str
    kind: str
    number: str
    title: str  # the case's headline above the block, else the court's name and the decision's kind


def _squeezed(line: str) -> str:
    return "".join(line.split())


def court_header(text: str) -> CourtHeader | None:
    """The court header block among the text's first :data:`_REACH` non-blank lines: a court's name, the kind of
    decision, the case number (:func:`~corpus_tools.structure.documents.case_number`), one a line in a row.

    >>> h = court_header("北京律师在线\\n张兴财损害商业信誉二审刑事裁定书\\n广东省惠州市中级人民法院\\n刑 事 裁 定 书\\n（2015）惠中法刑二终字第294号\\n原公诉机关…。\\n")
    >>> h.title, h.court, h.kind, h.number
    ('张兴财损害商业信誉二审刑事裁定书', '广东省惠州市中级人民法院', '刑事裁定书', '（2015）惠中法刑二终字第294号')
    >>> court_header("某律师事务所\\n本所律师代理的（2015）惠中法刑二终字第294号案件已审结。\\n") is None
    True
    """
    joined = _joined_head(text)
    if joined is not None:
        return joined
    lines: list[tuple[int, int, str]] = []
    pos = 0
    while pos <= len(text) and len(lines) < _REACH + 2:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        squeezed = _squeezed(text[pos:end])
        if squeezed:
            lines.append((pos, end, squeezed))
        pos = end + 1
    for k in range(min(_REACH, len(lines) - 2)):
        court, kind, number = lines[k][2], lines[k + 1][2], lines[k + 2][2]
        if not (_COURT_LINE.match(court) and _DECISION_KIND.match(kind)):
            continue
        case = case_number(number)
        if case is None:
            continue
        if not _own_head(lines, k):
            return None
        above = [line for _, _, line in lines[max(0, k - _HEADLINE_REACH):k]]
        headline = next((line for line in reversed(above) if _DECISION_TITLE.search(line) and len(line) <= 80
                         and not _DECISION_KIND.match(line)), None)
        return CourtHeader(lines[k][0], lines[k + 2][1], court, kind, case, headline or court + kind)
    return None


def _joined_head(text: str) -> CourtHeader | None:
    r"""The header block on the text's first line, court, kind and case number separated by blanks (under the case's
    headline when it opens the line, as in the line-wise block), the ruling going on after them (F23-D2: 60 of 60 such judgments had no title, no case number, doc_type ``other``).

    >>> h = _joined_head("福建省福州市鼓楼区人民法院 刑事判决书 （2018）闽0102刑初389号 公诉机关福州市鼓楼区人民检察院。 被告人雷辉")
    >>> h.title, h.number, h.end
    ('福建省福州市鼓楼区人民法院刑事判决书', '（2018）闽0102刑初389号', 37)
    >>> _joined_head("钟育军容留他人吸毒罪一审刑事判决书 福建省厦门市集美区人民法院 刑事判决书 （2016）闽0211刑初753号 公诉机关").title
    '钟育军容留他人吸毒罪一审刑事判决书'
    >>> _joined_head("本院审理的某某人民法院 刑事判决书 （2018）闽0102刑初389号 一案") is None
    True
    """
    m = _JOINED_HEAD.match(text)
    if m is None:
        return None
    number = case_number(m.group("number"))
    if number is None:
        return None
    return CourtHeader(m.start("headline") if m.group("headline") else m.start("court"), m.end("number"),
                       m.group("court"), m.group("kind"), number, m.group("headline") or m.group("court") + m.group("kind"))


def _own_head(lines: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the block at line ``k`` heads the page's own text: no title of a document kind, adoption line or
    article above it, and no article right under it (a quoted sample's head: R19-F3).

    >>> rows = [(0, 0, x) for x in ("某某的解释", "某某人民法院", "民事判决书", "（2023）某01民终1号", "第一条 甲。")]
    >>> _own_head(rows, 1), _own_head(rows[1:], 0), _own_head(rows[1:4], 0)
    (False, False, True)
    """
    if any(_OWN_KIND_TITLE.match(line) or _ADOPTION_LINE.match(line) or _ARTICLE_LINE.match(line)
           for _, _, line in lines[:k]):
        return False
    return not (k + 3 < len(lines) and _ARTICLE_LINE.match(lines[k + 3][2]))


__all__ = ["CourtHeader", "court_header"]
