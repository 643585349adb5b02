"""Line breaks a crawler removed: put them back where the document's own labels prove them.

Damage undone: a crawler that stores a page with BeautifulSoup's ``get_text(strip=True)`` or
``"".join(xpath("//p/text()"))`` removes every line break, so a whole regulation becomes one
line: ``中华人民共和国国务院令第432号《电力监管条例》已经…起施行。总　理　　温家宝二○○五年二月十五日电 力 监 管
条 例第一章　总　　则第一条为了加强电力监管…制定本条例。第二条电力监管的任务是…``
(HUANGZHIHAO1994/GCCMPD-climate-policy-dataset, GOV_PRC.csv ``Policy_Content``, 9 of 9 records;
field8b F8B-G2).  The structure stage then finds no article, no title, no document number.

Only a page that shows the damage is touched (:func:`shows_lost_line_breaks`: lines of
:data:`LONG_LINE` characters or more carry at least half of its text; clean pages carry at most
0.31 of theirs in such lines, one table page 0.71), and within it only those long lines.  A break is put back only where the
text itself proves one (each edit's ``detail`` says which):

* before an article label that continues the numbering from 第一条 strictly in sequence
  (第一条, 第二条, 第三条… at least three), after a sentence end or after a chapter heading;
* before a chapter (section) heading in sequence that an article of that sequence follows
  (``…执行。第二章　监管职责第十二条…``), and after it;
* before and after a 文号 that closes a title block (``…的通知国发〔1987〕18号各省…``) and after
  the addressee line that follows it, ending ``：``;
* around the number of an order (``中华人民共和国国务院令⏎第432号⏎``), before its signature
  (``总　理　　温家宝``), around the date under the signature;
* before enumerated items in sequence (``。二、…。三、…``) after a sentence end or ``：``, on a page
  where one of the other shapes proves lost breaks already (a clean 批复 writes its items inline:
  ``现批复如下：一、…。二、…。``);
* before the issuing organ and the date that close the text (``…执行。地质部一九八〇年二月二十日``);
* around a rule of dashes between spaces (``…法制办公室 2016年12月1日 ------ 迪庆藏族自治州发展藏医药条例(草案)``:
  a page's ``<hr>`` or rule line, flattened into the line between a notice's signature and the draft it
  publishes).

A crawler that joined the paragraphs with a space (``" ".join(...)``: xgll.com.cn's 征求意见 page,
``…制定本条例。 第二条 在本自治州…``) leaves the same evidence with a space after the sentence end: the
space becomes the break (field test 9, F9-P14).

A long line where none of these holds is left as it is (the text is evidence); the
``line_breaks_lost`` finding (:mod:`corpus_tools.validation.completeness`) tells the user.
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from typing import Any

from corpus_tools.clean.rules import LOST_LINE_BREAKS, RuleResult
from corpus_tools.lazy_patterns import lazy_re
from corpus_tools.records import CleanWarning, Edit
from corpus_tools.text import NORMATIVE_KINDS, NUMBERED_TITLE_KINDS, kinds_alternation, opens_line

#: A line this long counts towards the damage.  Clean text has such lines (DLC's longest is a 决议's
#: paragraph of 666 characters, bjtcm's 667, the field pages' up to 869: a 刑法 PDF), so the length
#: alone proves nothing; what does is their share of the page (:data:`DAMAGED_SHARE`).  The threshold
#: stays below the shortest line of a page that lost its breaks (865: GCCMPD record 08_2016).
LONG_LINE = 600
#: Share of the page's characters the long lines must carry for the page to show the damage.  Measured
#: over the base builds of session 10 (DLC, ../shared/real, every field folder): pages that lost their
#: breaks carry 0.998-1.0 of their text in long lines; clean pages at most 0.31, and one table page
#: (cells run together on a line) 0.71, on which no label proves a break.
DAMAGED_SHARE = 0.5
#: An article sequence proves the breaks only from this many members on.
MIN_ARTICLES = 3

_NUM = "零〇○一二两三四五六七八九十百千0-9０-９"
_ARTICLE = lazy_re(rf"第([{_NUM}]+)条(?!之)(?=[^、，的和或及至])")
_DIVISION = lazy_re(rf"第([{_NUM}]+)([编章节])")
#: A heading's title: short, without sentence punctuation, up to the next label.
_HEADING_TITLE = lazy_re(r"[^。，；：！？“”\n]{1,30}")
_SENTENCE_END = "。！？；"
_ATTACHMENT_LABEL = lazy_re(r"附件[一二三四五六七八九十0-9]{0,3}[：:]?")
#: An attachment's label and the title of the regulation it holds: ``附件二关于发行电力建设债券的暂行规定``.
_ATTACHMENT_TITLE = lazy_re(r"附件[一二三四五六七八九十0-9]{0,3}[：:]?[^。，；：！？\n]{2,50}?(?:规定|条例|办法|细则|规则|章程|法)")
_ITEM = lazy_re(r"([一二三四五六七八九十]{1,3})、")
_DATE = r"(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,2}月[0-9〇○零一二三四五六七八九十]{1,3}日"
_TITLE_END = kinds_alternation(NUMBERED_TITLE_KINDS)
#: A title block closed by its 文号: ``…的通知国发〔1987〕18号``.
_TITLE_NUMBER = lazy_re(rf"[^。；\n〔]{{4,100}}{_TITLE_END}(?P<no>[^\W\d_的]{{1,6}}〔[0-9]{{4}}〕[0-9]+号)")
#: The addressee line after the 文号: ``各省、自治区、直辖市人民政府，国务院各部委、各直属机构：``.
_ADDRESSEE = lazy_re(r"[^。；“”\n：]{0,120}?(?:政府|机构|部门|委员会|委|部|局|厅|院|会|办|室|单位|公司|中心|）)：")
#: A 文号 in any of the brackets its year is written in (``冀科外〔2019〕10号``, ``冀科外[2019]10号``, ``冀政（2019）3号``).
_DOC_NUMBER = r"[^\W\d_的]{1,8}[〔\[［（(][0-9]{4}[〕\]］）)][0-9]{1,4}号"
#: A red head glued on one line, its 文号 first: ``冀科农〔2012〕8号河北省财政厅河北省科学技术厅关于印发《…》的通知`` and then
#: the addressee line (:data:`_ADDRESSEE`); or its title first with the 文号 in brackets after it
#: (``河北省科学技术厅关于印发《…》的通知（冀科成市〔2012〕1号）各设区市科技局…：``): field test 29, F29-D3.
_NUMBER_TITLE = lazy_re(
    rf"[ \u3000\t]*(?:(?P<no>{_DOC_NUMBER})[ \u3000]*(?P<title>[^。；：，\n“”]{{4,120}}?{_TITLE_END})(?![》〉」』的])"
    rf"|(?P<title2>[^。；：，\n“”〔]{{4,120}}?{_TITLE_END})[ \u3000]*[（(](?P<no2>{_DOC_NUMBER})[）)])[ \u3000]*")
#: What an official title holds before its kind (``…关于…的通知``, ``…印发…的通知``, ``…转发…的通知``).
_TITLE_VERBS = ("关于", "印发", "转发")
#: The organ and the date that close a glued notice, each set apart by a run of blanks (the right-aligned signature
#: block of the page): ``…管理办法.docx　　　…　　河北省科学技术厅　　　…　　2019年5月28日``.
_SPACED_CLOSING = lazy_re(
    rf"(?<=[ \u3000]{{2}})(?P<organ>[\u4e00-\u9fff]{{2,30}}?(?:院|部|委|会|府|局|厅|室|署|行|办))[ \u3000]{{2,}}(?P<date>{_DATE})[ \u3000]*$"
    rf"|(?<=[ \u3000]{{2}})(?P<date2>{_DATE})[ \u3000]*$")
#: The number line of an order at the page's start: ``中华人民共和国国务院令第432号``.
_ORDER_NUMBER = lazy_re(r"[\u4e00-\u9fff]{2,30}令[ \u3000]*(?P<no>第[ \u3000]*[0-9]+[ \u3000]*号)")
#: An order's signature and date: ``总　理　　温家宝二○○五年二月十五日``.
_SIGNATURE = lazy_re(
    rf"(?<=[。！])(?P<sign>(?:国务院)?(?:总[ \u3000]*理|主[ \u3000]*席|部[ \u3000]*长|主[ \u3000]*任|省[ \u3000]*长|市[ \u3000]*长|局[ \u3000]*长|署[ \u3000]*长|行[ \u3000]*长)"
    rf"[ \u3000]*[\u4e00-\u9fff]{{2,4}}?)(?P<date>{_DATE})")
#: What the sentence above an order's signature says: ``…现予公布，自2005年5月1日起施行。``.
_PROMULGATION_WORDS = ("公布", "施行", "发布")
#: The organ and date that close a text: ``…执行。地质部一九八〇年二月二十日``, ``国务院2016年11月2日（此件公开发布）``.
_CLOSING = lazy_re(
    rf"(?<=[。！])(?P<organ>[\u4e00-\u9fff]{{2,30}}?(?:院|部|委|会|府|局|厅|室|署|行|办))(?P<date>{_DATE})(?P<note>（[^（）。\n]{{2,20}}）)?$")
#: An organ and a date between a sentence end and an attachment: ``…规定。国家计划委员会一九八七年二月十六日附件二``.
_SIGNED_BEFORE_ATTACHMENT = lazy_re(
    rf"(?<=[。！])(?P<organ>[\u4e00-\u9fff]{{2,30}}?(?:院|部|委|会|府|局|厅|室|署|行|办))(?P<date>{_DATE})(?=附件)")
_SPACES = " \u3000\t\xa0"
#: A rule of dashes between spaces inside a line (a flattened ``<hr>`` or rule line): ``2016年12月1日 ------ 迪庆…``.
_RULE = lazy_re(r"(?<=[ \u3000\t])[-—─－_=＝━]{10,}(?=[ \u3000\t])")


def long_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of :data:`LONG_LINE` characters or more.

    >>> long_lines("短\\n" + "长" * 600)
    [(2, 602)]
    """
    spans = []
    start = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if end - start >= LONG_LINE:
            spans.append((start, end))
        start = end + 1
    return spans


def shows_lost_line_breaks(text: str) -> bool:
    """The cheap test: lines of :data:`LONG_LINE` characters or more hold at least
    :data:`DAMAGED_SHARE` of the page.  A page with normal line breaks is rejected here
    (a length test first, then the lengths of its lines, one ``str.split`` in C: 0.04 CPU-s over the
    1,911 DLC laws).

    >>> shows_lost_line_breaks("第一条 为了。\\n第二条 本条例。")
    False
    >>> shows_lost_line_breaks("标题\\n" + "第一条为了。" * 120)
    True
    """
    if len(text) < LONG_LINE:
        return False
    return sum(n for n in map(len, text.split("\n")) if n >= LONG_LINE) >= DAMAGED_SHARE * len(text)


def joined_article_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines, of any length, that hold 第一条 and then 第二条 and 第三条: a short page
    whose crawler joined the paragraphs lost its breaks as surely as a long one (xgll.com.cn's 征求意见
    page, 800 characters: the draft's ``第一章 总则 第一条 … 第二条 … 第三条 …`` on one line of 480, under
    the 600 of :data:`LONG_LINE`).  Only candidates: the breaks still need the labels in sequence after
    sentence ends.  Found from each ``第一条`` with ``str.find`` (a few per law), no pattern over the page.

    >>> t = "通知。\\n第一章 总则 第一条 为了甲。 第二条 乙。 第三条 丙。\\n"
    >>> [t[a:b][:6] for a, b in joined_article_lines(t)]
    ['第一章 总则']
    >>> joined_article_lines("第一条 为了甲。\\n第二条 乙。\\n第三条 丙。\\n第四条 依照第一条、第二条、第三条。")
    []
    """
    spans: list[tuple[int, int]] = []
    for first in ("第一条", "第1条"):
        at = text.find(first)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            second = text.find(first.replace("一", "二").replace("1", "2"), at, end)
            if second >= 0 and text.find(first.replace("一", "三").replace("1", "3"), second, end) >= 0 \
                    and _after_sentence(text, second) and (start, end) not in spans:
                spans.append((start, end))
            at = text.find(first, end)
    return sorted(spans)


def _glued_head(text: str, start: int, end: int | None = None) -> tuple[Any, Any] | None:
    """The red head (:data:`_NUMBER_TITLE`) at ``start`` and the addressee line after it, when its title is an
    official one (:data:`_TITLE_VERBS`); None otherwise."""
    end = len(text) if end is None else end
    match = _NUMBER_TITLE.match(text, start, end)
    if match is None or not any(verb in (match.group("title") or match.group("title2")) for verb in _TITLE_VERBS):
        return None
    addressee = _ADDRESSEE.match(text, match.end(), end)
    return None if addressee is None else (match, addressee)


def glued_heads(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of the lines, of any length, that open with a notice's red head glued on one line: its 文号, its
    organs and its title, then its addressee line (``冀科农〔2012〕8号河北省财政厅河北省科学技术厅关于印发《…》的通知各设区市科技局、
    财政局，省直有关单位：``), or its title with the 文号 in brackets after it, then the addressees.  Three lines of a
    red head on one prove that the crawler joined the page's ``<p>``: kjt.hebei.gov.cn's 规范性文件 records (field test
    29, F29-D3), 300-400 characters each, under :data:`LONG_LINE`, lost their 文号, issuer and date.

    >>> t = "冀科外〔2019〕10号河北省科学技术厅关于印发《某办法》的通知各市科技局，省直有关部门：　　为加强管理，制定本办法。"
    >>> glued_heads(t) == [(0, len(t))]
    True

    A title line with its 文号 and nothing after it, or a sentence citing a 文号, is no glued head:

    >>> glued_heads("某某厅关于印发《某办法》的通知（冀科外〔2019〕10号）\n各市科技局：\n"), glued_heads("根据《某通知》（冀政〔2019〕3号）：")
    ([], [])
    """
    if "号" not in text:
        return []
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        if _glued_head(text, start, end) is not None:
            spans.append((start, end))
        start = end + 1
    return spans


def _numeral(text: str) -> int | None:
    from corpus_tools.numerals import parse_numeral  # only on a damaged page

    return parse_numeral(text)


def _after_spaces(text: str, at: int) -> int:
    """``at`` moved back over the spaces before it (the joiner of paragraphs a crawler put there)."""
    while at > 0 and text[at - 1] in _SPACES:
        at -= 1
    return at


def _past_spaces(text: str, at: int) -> int:
    """``at`` moved on over the spaces after it (a break goes after the joiner, which it replaces)."""
    while at < len(text) and text[at] in _SPACES:
        at += 1
    return at


def _after_sentence(text: str, at: int) -> bool:
    """``text[at]`` starts a line or follows a sentence end (``。``, ``。”``), spaces between.

    >>> _after_sentence("制定本条例。第二条", 6), _after_sentence("制定本条例。 第二条", 7), _after_sentence("依照 第二条", 3)
    (True, True, False)
    """
    at = _after_spaces(text, at)
    if at == 0 or text[at - 1] == "\n":
        return True
    before = text[at - 1]
    return before in _SENTENCE_END or (before in "”’" and at >= 2 and text[at - 2] in _SENTENCE_END)


def _heading_before(text: str, at: int, divisions: dict[int, tuple[int, int | None, str]]) -> int | None:
    """The start of the chapter (section) heading that ends right at ``at``: ``第一章　总　　则``
    directly before ``第一条`` (a label, a title of Han characters without sentence punctuation)."""
    for start in range(at - 1, max(-1, at - 41), -1):  # the nearest label first
        if start in divisions:
            title = text[divisions[start][0]:at]
            match = _HEADING_TITLE.fullmatch(title)
            if match and any("\u4e00" <= c <= "\u9fff" for c in title):
                return start
    return None


def _heading_in_place(text: str, heading: int, divisions: dict[int, tuple[int, int | None, str]]) -> bool:
    """A heading starts a line where it follows a sentence end, opens its division's numbering
    (第一章 after the law's title), or follows another heading (第一节 after 第二章…)."""
    return (_after_sentence(text, heading) or divisions[heading][1] == 1
            or _heading_before(text, heading, divisions) is not None)


def _attachment_title_before(text: str, at: int) -> int | None:
    """The start of an attachment's label (``附件二``) whose statute title ends right at ``at``:
    ``…附件二关于发行电力建设债券的暂行规定第一条为了…``."""
    match = _ATTACHMENT_TITLE.search(text, max(0, at - 60), at)
    return match.start() if match and match.end() == at else None


#: A regulation's title or its promulgation's date right before its 第一条, where a crawler stripped the breaks
#: (:func:`_opener_before`): ``…二○○七年十二月十四日职工带薪年休假条例第一条``, ``…2024年7月9日（此件主动公开）…管理办法第一条``.
_OPENER_DATE = lazy_re(rf"{_DATE}(?:（[^（）。\n]{{1,20}}）)?")
_OPENER_TITLE = lazy_re(
    rf"[ \u3000\t]*(?:(?P<title>(?![本依据根按对从])[^。，；：！？“”\n]{{2,60}}?{kinds_alternation(NORMATIVE_KINDS)}"
    r"(?:（[^（）。\n]{1,6}）)?)[ \u3000\t]*)?")
#: What a citation of 第一条 goes on with (``第一条规定``, ``第一条所称``), never the first article's own text.
_CITED_ON = "规所中第款项之"
#: How many damaged labels a sequence may pass over (:func:`_article_breaks`), and how many labels after the gap,
#: each proven, must go on from it.
MAX_LABEL_GAP = 3
_RESUMING = 2


def _opener_before(text: str, at: int) -> tuple[str, int | None] | None:
    """Whether 第一条 at ``at`` opens a regulation printed under its order or notice, whose breaks a crawler
    stripped: it follows the date that signs the order (``…二○一二年四月二十八日第一条``), or the regulation's title
    (a statute kind at its end, no sentence punctuation) that follows that date, a sentence end or a line start.
    Returns (what it follows, where the title starts or None), or None.

    >>> t = "现予公布。总理温家宝二○○七年十二月十四日职工带薪年休假条例第一条为了"
    >>> _opener_before(t, t.index("第一条")) == ("the regulation's title", t.index("职工"))
    True
    >>> t = "（此件主动公开）。2024年7月9日（此件主动公开）金融机构参与人社公共服务管理办法　　第一条"
    >>> _opener_before(t, t.index("第一条"))[0]
    "the regulation's title"
    >>> t = "总理温家宝二○一二年四月二十八日第一条为了"
    >>> _opener_before(t, t.index("第一条"))
    ("the signature's date", None)
    >>> [_opener_before(t, t.index("第一条")) for t in ("依照本条例第一条规定。", "。依照本条例第一条", "违反了第一条")]
    [None, None, None]
    """
    if text.startswith(tuple(_CITED_ON), at + 3):
        return None
    lo = max(0, at - 110)
    leads = [(m.end(), "the signature's date") for m in _OPENER_DATE.finditer(text, lo, at)]
    leads += [(i + 1, "") for i in range(lo, at) if text[i] in "。！？；\n"]
    if lo == 0:
        leads.append((0, ""))
    for end, what in sorted(leads, reverse=True):  # the nearest lead: the shortest title
        match = _OPENER_TITLE.fullmatch(text, end, at)
        if match is None:
            continue
        if match.group("title") is not None:
            return "the regulation's title", match.start("title")
        return (what, None) if what else None
    return None


def _article_breaks(text: str, breaks: dict[int, str]) -> None:
    """Article labels in sequence from 第一条, and the headings right before them; a new sequence
    starts at a 第一条 under a heading or an attachment's title (a regulation after its order).

    A sequence may open at a 第一条 that follows its regulation's title or its order's date (:func:`_opener_before`,
    field test 29, F29-C1: ``…二○○七年十二月十四日职工带薪年休假条例第一条为了…``), and may pass over up to
    :data:`MAX_LABEL_GAP` labels a damaged page garbled (F29-C5: ``…申请第四条重大项目…``, a table's cells read out of
    order) when the labels after the gap go on in sequence, each proven: the gap stays text, the structure's
    numbering findings name it.  An excerpt of a code (a chapter, F29-C6: ``第十八章技术合同第一节一般规定第三百二十二条…``)
    opens its sequence at its first label right after a heading in place, when the next labels go on from it.
    """
    divisions = {m.start(): (m.end(), _numeral(m.group(1)), m.group(2)) for m in _DIVISION.finditer(text)}
    # every label and what proves it opens a line: (label, number, heading, attachment, opener, proven)
    labels: list[tuple[int, int | None, int | None, int | None, tuple[str, int | None] | None, bool]] = []
    for match in _ARTICLE.finditer(text):
        number = _numeral(match.group(1))
        at = match.start()
        heading = _heading_before(text, at, divisions)
        if heading is not None and not _heading_in_place(text, heading, divisions):
            heading = None
        attachment = _attachment_title_before(text, at) if number == 1 and heading is None else None
        opener = (_opener_before(text, at) if number == 1 and heading is None and attachment is None
                  and not _after_sentence(text, at) else None)
        proven = heading is not None or attachment is not None or _after_sentence(text, at)
        labels.append((at, number, heading, attachment, opener, proven))
    proven_at = [k for k, label in enumerate(labels) if label[5]]
    chains: list[list[tuple[int, int, int | None, int | None, tuple[str, int | None] | None]]] = [[]]
    for k, (at, number, heading, attachment, opener, proven) in enumerate(labels):
        chain = chains[-1]
        last = chain[-1][1] if chain else 0
        if number is None:
            continue
        if number == 1 and chain:  # a second sequence needs a heading or a title to open it
            if len(chain) < MIN_ARTICLES or (heading is None and attachment is None):
                continue
            chains.append(chain := [])
        elif number == 1 and opener is not None:
            if not _goes_on(labels, proven_at, k, 1, MIN_ARTICLES - 1):
                continue  # (its successors must prove the sequence it opens)
        elif number == last + 1:
            if not proven:
                continue
        elif chain and last + 1 < number <= last + 1 + MAX_LABEL_GAP:
            if not proven or not _goes_on(labels, proven_at, k, number, _RESUMING):
                continue
        elif not chain and len(chains) == 1 and number > 1 and heading is not None:
            # an excerpt of a code (a chapter, a 编) opens at its heading with its own number (F29-C6)
            if not _goes_on(labels, proven_at, k, number, MIN_ARTICLES - 1):
                continue
        else:
            continue
        chain.append((at, number, heading, attachment, opener))
    for chain in chains:
        if len(chain) >= MIN_ARTICLES:
            _keep_articles(text, chain, divisions, breaks)


def _goes_on(labels: list, proven: list[int], k: int, number: int, count: int) -> bool:
    """Whether the next ``count`` proven labels after ``labels[k]`` are ``number`` + 1, + 2… (the unproven ones
    between them skipped: a citation inside an article opens no line).  ``proven``: the indexes of the proven
    labels, in order (found by bisection: no scan over the unproven ones)."""
    first = bisect.bisect_right(proven, k)
    following = proven[first:first + count]
    return len(following) == count and all(labels[i][1] == number + 1 + j for j, i in enumerate(following))


def _keep_articles(text: str, chain: list[tuple[int, int, int | None, int | None]],
                   divisions: dict[int, tuple[int, int | None, str]], breaks: dict[int, str]) -> None:
    last: dict[str, int] = {}
    first = chain[0][1]
    before = first - 1
    for at, number, heading, attachment, opener in chain:
        opened = ("a heading" if heading is not None else "an attachment's title" if attachment is not None
                  else opener[0] if opener is not None else "a sentence end")
        gap = f" (labels {before + 1}–{number - 1} garbled, kept as text)" if number > before + 1 else ""
        since = "from 1" if first == 1 else f"of an excerpt from {first}"
        breaks.setdefault(at, f"article {number} continues the numbering {since} after {opened}{gap}")
        before = number
        if opener is not None and opener[1] is not None:
            breaks.setdefault(opener[1], "the regulation's title before its first article")
        if attachment is not None:
            label = _ATTACHMENT_LABEL.match(text, attachment)
            breaks.setdefault(attachment, "attachment label before its regulation")
            breaks.setdefault(label.end(), "attachment's title after its label")
        while heading is not None:
            _, value, unit = divisions[heading]
            previous = last.get(unit)
            in_sequence = value is not None and (value == (previous or 0) + 1 or (unit == "节" and value == 1))
            if not in_sequence:
                break
            last[unit] = value
            if unit == "章":
                last.pop("节", None)
            breaks.setdefault(heading, f"heading 第{value}{unit} in sequence before article {number}")
            heading = _heading_before(text, heading, divisions)


def _item_breaks(text: str, breaks: dict[int, str]) -> None:
    """Enumerated items in sequence (一、 二、 三、…), each after a sentence end or ``：``."""
    run: list[tuple[int, int]] = []
    for match in _ITEM.finditer(text):
        at = match.start()
        if at > 0 and text[at - 1] in _NUM:
            continue
        number = _numeral(match.group(1))
        gap = _after_spaces(text, at)
        ok = gap == 0 or text[gap - 1] in "。！？：\n" or (text[gap - 1] in "”" and gap >= 2 and text[gap - 2] == "。")
        if not ok or number is None:
            continue
        if number == 1:
            if len(run) >= 2:
                _keep_run(run, breaks)
            run = [(at, 1)]
        elif run and number == run[-1][1] + 1:
            run.append((at, number))
    if len(run) >= 2:
        _keep_run(run, breaks)


#: The paragraph indent a crawler kept as the joiner of the ``<p>`` it joined: two ideographic spaces, after a
#: sentence end or the colon that opens a list (``…微型企业。　　中型企业…``, ``…奖：　　（一）…``).
_INDENT_JOINER = lazy_re(r"[。！？；：][”’]?(\u3000\u3000)(?![ \u3000\t\n])")
#: At least this many of a page's proven breaks must stand after the indent to prove it is the page's joiner.
MIN_INDENT_JOINS = 2


def _head_joined_by_indent(text: str, heads: list[tuple[int, int]]) -> bool:
    """Whether a glued red head (:func:`glued_heads`) shows the page's joiner: its addressee line ends with ``：`` and
    exactly two ideographic spaces, the first paragraph's indent, before the body (``…省直有关部门：　　为深入…``)."""
    for start, end in heads:
        head = _glued_head(text, start, end)
        addressee = head[1] if head is not None else None
        if addressee is not None and text.startswith("\u3000\u3000", addressee.end()) \
                and text[addressee.end() + 2:addressee.end() + 3] not in ("", " ", "\u3000", "\t", "\n"):
            return True
    return False


def _indent_breaks(text: str, spans: list[tuple[int, int]], breaks: dict[int, str], *, joined_head: bool = False) -> None:
    """Paragraphs the crawler joined with their two-em indent (``　　``), on a page whose proven breaks show that
    joiner: field test 29, F29-C2 (kjt.hebei.gov.cn's laws: ``…微型企业。　　中型企业、小型企业…``, ``…科学技术奖：
    　　（一）国家最高科学技术奖；　　（二）…``): the article breaks went back, but each article's 款 and 项 stayed on
    one line (250 of 1,273 articles).

    **Evidence**: at least :data:`MIN_INDENT_JOINS` of the breaks already proven inside the long lines (labels in
    sequence, headings, a 文号 and its addressees) stand right after exactly two ideographic spaces, and more of
    them so than not; then two ideographic spaces after a sentence end (``。！？；``, or ``：`` opening a list),
    inside those lines, are a paragraph's start.  On any other page the spaces stay.

    >>> t = "第一条　甲。　　第二条　乙是丙。　　丁戊。　　第三条　己：　　（一）庚；　　（二）辛。"
    >>> b = {t.index("第二条"): "article", t.index("第三条"): "article"}
    >>> _indent_breaks(t, [(0, len(t))], b)
    >>> [t[at:at + 4] for at in sorted(b)]
    ['第二条　', '丁戊。　', '第三条　', '（一）庚', '（二）辛']
    >>> b = {t.index("第二条"): "article"}
    >>> _indent_breaks(t, [(0, len(t))], b); len(b)
    1
    """
    proven = _inside_spans(sorted(breaks), spans)
    joined = sum(1 for at in proven if text.endswith("\u3000\u3000", 0, at) and not text.endswith("\u3000" * 3, 0, at))
    if not joined_head and (joined < MIN_INDENT_JOINS or 2 * joined <= len(proven)):
        return  # (a glued red head whose addressees end in the indent proves the joiner itself: F29-D3)
    for start, end in spans:
        for match in _INDENT_JOINER.finditer(text, start, end):
            breaks.setdefault(match.end(1), "a paragraph's indent after a sentence end, the page's joiner of paragraphs")


def _keep_run(run: list[tuple[int, int]], breaks: dict[int, str]) -> None:
    for at, number in run:
        breaks.setdefault(at, f"item {number} of a sequence of {len(run)} after a sentence end")


#: How many characters of an issuer's code may stand before the part :data:`_TITLE_NUMBER` read as the 文号.
_CODE_REACH = 8


def _number_start(text: str, lo: int, no: int) -> int:
    """Where the 文号 that :data:`_TITLE_NUMBER` found at ``no`` starts: at ``no``, or earlier when a blank sets the
    number apart from the title and the characters from the blank to ``no`` are one word (the issuer's code holds
    a kind of document, read as the title's end).

    Real damage (field test 23, F23-A3): ``…登记的复函 国能综函安全〔2025〕59号`` was broken ``…复函 国能综函`` ⏎
    ``安全〔2025〕59号`` (函 of 国能综函 read as the end of the title ``…复函``), and the document lost its number.

    >>> t = "国家能源局综合司关于同意某水电站大坝安全注册登记的复函 国能综函安全〔2025〕59号 大坝安全监察中心："
    >>> t[_number_start(t, 0, t.index("安全〔"))]
    '国'
    >>> t = "国务院关于某事的通知国发〔1987〕18号"
    >>> _number_start(t, 0, t.index("国发")) == t.index("国发")
    True
    """
    k = no
    while k > lo and no - k < _CODE_REACH and (text[k - 1].isalpha() and text[k - 1] != "的"):
        k -= 1
    if k < no and k - lo >= 4 and text[k - 1] in " \u3000\t\xa0":
        return k
    return no


#: A statute's title and its adoption note at the head of a line that lost its breaks (``中华人民共和国中小企业促进法
#: （2002年6月29日第九届全国人民代表大会常务委员会第二十八次会议通过…修订）　　目录　　第一章…``): field test 29, F29-D2
#: (kjt.hebei.gov.cn's laws: title, issuer and adoption date lost).  Not after a news agency's dateline
#: (``新华社北京12月24日电中华人民共和国…法（…）``): the title block would take the dateline into the title.
_TITLE_NOTE = lazy_re(
    r"[ \u3000\t]*"
    rf"(?P<title>(?![^\n（）]{{0,30}}?日电)[^\n。，：；！？（）“”]{{4,60}}?{kinds_alternation(NORMATIVE_KINDS)})"
    r"(?P<note>（[^（）\n]{0,200}?[0-9〇○零一二三四五六七八九十]日[^（）\n]{0,40}?(?:通过|修订|修正|公布|批准)[^（）\n]{0,240}）)")


def _head_breaks(text: str, line_start: int, breaks: dict[int, str]) -> None:
    """The head of a page: a 文号 closing the title and the addressee line; a 文号 opening it before the organs and
    the title, or in brackets after the title (:data:`_NUMBER_TITLE`, F29-D3); an order's number; a statute's title
    and its adoption note (``…促进法（2002年6月29日…会议通过…）``), the note on a line of its own."""
    head = _glued_head(text, line_start)
    if head is not None:
        match, addressee = head
        if match.group("no") is not None:
            breaks.setdefault(match.start("title"), "the title under its document number")
        else:
            breaks.setdefault(match.start("no2") - 1, "the document number in brackets under its title")
        breaks.setdefault(match.end(), "the addressee line after the title")
        breaks.setdefault(_past_spaces(text, addressee.end()), "after the addressee line")
        return
    match = _TITLE_NUMBER.match(text, line_start)
    if match:
        breaks.setdefault(_number_start(text, match.start(), match.start("no")), "document number after its title")
        end = match.end("no")
        breaks.setdefault(end, "after the document number")
        addressee = _ADDRESSEE.match(text, end)
        if addressee and not _DIVISION.match(text, end):
            breaks.setdefault(addressee.end(), "after the addressee line")
        return
    match = _ORDER_NUMBER.match(text, line_start)
    if match:
        breaks.setdefault(match.start("no"), "the order's number under its header")
        breaks.setdefault(match.end(), "after the order's number")
        return
    match = _TITLE_NOTE.match(text, line_start)
    if match:  # (field test 29, F29-D2)
        breaks.setdefault(match.start("note"), "the adoption note under the statute's title")
        breaks.setdefault(match.end("note"), "after the adoption note")


def _closing_breaks(text: str, start: int, end: int, breaks: dict[int, str]) -> None:
    """An order's signature and date, and the organ and date that close the text."""
    for match in _SIGNATURE.finditer(text, start, end):
        sentence = text[max(start, text.rfind("。", start, match.start() - 1) + 1):match.start()]
        if not any(word in sentence for word in _PROMULGATION_WORDS):
            continue  # a head of office named in prose (``。市长张三2020年3月5日主持…``), no order's signature
        breaks.setdefault(match.start("sign"), "before the signature")
        breaks.setdefault(match.start("date"), "date under the signature")
        breaks.setdefault(match.end("date"), "after the signature's date")
    for match in _SIGNED_BEFORE_ATTACHMENT.finditer(text, start, end):
        breaks.setdefault(match.start("organ"), "issuing organ before an attachment")
        breaks.setdefault(match.start("date"), "date before an attachment")
        breaks.setdefault(match.end("date"), "attachment after the signature's date")
    for match in _RULE.finditer(text, start, end):
        breaks.setdefault(match.start(), "a rule of dashes the line flattened")
        after = match.end()
        while after < end and text[after] in _SPACES:
            after += 1
        breaks.setdefault(after, "after a rule of dashes")
    match = _SPACED_CLOSING.search(text, start, end)
    if match:  # (F29-D3: the right-aligned signature block, set apart by runs of blanks)
        if match.group("organ") is not None:
            breaks.setdefault(match.start("organ"), "issuing organ closing the text, set apart by blanks")
            breaks.setdefault(match.start("date"), "date closing the text, set apart by blanks")
        else:
            breaks.setdefault(match.start("date2"), "date closing the text, set apart by blanks")
    match = _CLOSING.search(text, start, end)
    if match:
        breaks.setdefault(match.start("organ"), "issuing organ closing the text")
        breaks.setdefault(match.start("date"), "date closing the text")
        if match.group("note"):
            breaks.setdefault(match.start("note"), "note after the closing date")


def _inside_spans(positions: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """The sorted ``positions`` strictly inside one of the sorted, disjoint ``spans`` (one merge
    pass over both: checking every break against every long line was quadratic on pages of long
    lines full of items).

    >>> _inside_spans([0, 3, 5, 9, 12], [(0, 5), (8, 12)])
    [3, 9]
    """
    out: list[int] = []
    k = 0
    for at in positions:
        while k < len(spans) and spans[k][1] <= at:
            k += 1
        if k < len(spans) and spans[k][0] < at < spans[k][1]:
            out.append(at)
    return out


#: The blank a page puts after its article labels at line starts (``第一条 为了…``, ``第一条　为了…``).
_LABEL_BLANKS = " \u3000"


#: An article label, letter-spaced or not (``第十四条``, ``第　十　四　条``): a label glued to the line before
#: may also be spaced (a converter's copy of a justified page), and this rule runs before the blanks of
#: spaced labels are taken out (cjk_spaces).
_ARTICLE_MAYBE_SPACED = lazy_re(rf"第((?:[ \u3000]?[{_NUM}])+)[ \u3000]?条(?!之)(?=[^、，的和或及至])")
_LETTER_SPACING = lazy_re(r"[ \u3000]")


def glued_label_breaks(text: str) -> dict[int, str]:
    """Article labels a converter glued to the line before, on a page whose other labels open their
    lines: position -> evidence.

    Damage undone: a converter or a copy that lost single line breaks glues a paragraph to the one
    before it: ``…排放。第十四条 企业事业单位…``, while the page's other articles open lines of their own.
    Where a whole page lost its breaks, :func:`restore_line_breaks` reads its long lines; this is the
    damage on a page that kept most.

    **Evidence**, all of: the label stands after a sentence end; its number is the next after an
    article that opens a line (or one put back so) and opens no line anywhere on the page (a citation
    ``。第十四条规定的…`` of an article the page labels at a line start stays); it is followed by the
    blank the page's line-start labels are followed by (a space or an ideographic space, the same one,
    after most of them).  The first article has no article before it: ``第一条`` glued to the preamble
    (``…为此，制定本守则。第一条 常委会组成人员…``, a Traditional mirror whose labels were also spaced:
    mixed17) is put back when ``第二条`` opens a line and no ``第一条`` does.  Items glued the same way (``；（二）…``) are not put back: the clean laws
    write some lists so (``…的； （五）提出…``, 23 places in 13 of DLC's laws), and nothing on the page
    tells the two apart.

    >>> t = "第一条 甲。\\n第二条 乙。第三条 丙：（一）丁；（二）戊；\\n（三）己。\\n第四条 庚。"
    >>> sorted(glued_label_breaks(t).items())
    [(13, 'article 3 continues the line-start labels (2 before it)')]
    >>> glued_label_breaks("守则\\n为此，制定本守则。第一条 甲。\\n第二条 乙。\\n第三条 丙。")
    {12: 'article 1 opens the line-start labels (2 after it)'}
    >>> glued_label_breaks("第　一　条　甲。\\n第　二　条　乙。第　三　条　丙。\\n第　四　条　庚。")  # labels letter-spaced
    {17: 'article 3 continues the line-start labels (2 before it)'}
    >>> glued_label_breaks("第一条 甲。\\n第二条 乙。第三条规定的丙。\\n第三条 丙。\\n第四条 庚。")
    {}
    >>> glued_label_breaks("第一条 甲。\\n第二条 乙。第三条\u3000丙。\\n第四条 庚。")  # another blank than the page's labels
    {}
    """
    breaks: dict[int, str] = {}
    starts: dict[int, str] = {}  # number -> the blank after the label, of the labels opening a line
    glued: list[tuple[int, int, str]] = []
    for match in _ARTICLE_MAYBE_SPACED.finditer(text):
        number = _numeral(_LETTER_SPACING.sub("", match.group(1)))
        if number is None:
            continue
        blank = text[match.end() : match.end() + 1]
        if opens_line(text, match.start(), _SPACES):
            starts.setdefault(number, blank if blank in _LABEL_BLANKS else "")
        elif _after_sentence(text, match.start()):
            glued.append((match.start(), number, blank))
    if not glued or not starts:
        return breaks
    page_blank, count = Counter(starts.values()).most_common(1)[0]
    if not page_blank or 2 * count <= len(starts):
        return breaks
    found: set[int] = set()
    for at, number, blank in glued:
        if blank != page_blank or number in starts:
            continue
        if number - 1 in starts or number - 1 in found:
            found.add(number)
            breaks[at] = f"article {number} continues the line-start labels ({number - 1} before it)"
        elif number == 1 and 2 in starts:
            found.add(number)
            breaks[at] = "article 1 opens the line-start labels (2 after it)"
    return breaks


def restore_line_breaks(text: str) -> RuleResult:
    """Put back the line breaks a crawler removed, where the text's own labels prove them.

    **Evidence**: first the page must show the damage (:func:`shows_lost_line_breaks`: its lines of
    :data:`LONG_LINE` characters or more carry half its text); then, inside those lines only, a break
    goes in where one of the shapes listed in the module's docstring proves it (an article label
    continuing the numbering from 第一条, a heading in sequence before one, a 文号 after its title and
    the addressee after it, an order's number, signature and date, items ``一、二、`` in sequence after
    a sentence end, the organ and date closing the text).  Spaces before the break become the break.
    A long line without such evidence is kept whole, with a warning.

    >>> page = "电力监管条例第一章　总　　则第一条为了加强电力监管，制定本条例。第二条电力监管应当依法进行。"
    >>> page += "第三条国务院电力监管机构依照本条例" + "，履行职责" * 120 + "。"
    >>> text, edits, _ = restore_line_breaks(page)
    >>> text.split("\\n")[:4]
    ['电力监管条例', '第一章\u3000总\u3000\u3000则', '第一条为了加强电力监管，制定本条例。', '第二条电力监管应当依法进行。']
    >>> restore_line_breaks("第一条 为了。\\n第二条 本条例。\\n第三条 施行。")[1]
    []
    """
    long_page = shows_lost_line_breaks(text)
    heads: list[tuple[int, int]] = []
    if long_page:
        spans = long_lines(text)
    else:
        heads = glued_heads(text)
        spans = sorted(set(joined_article_lines(text)) | set(heads))
        if not spans:
            return _glued_labels_restored(text)
    breaks: dict[int, str] = {}
    _article_breaks(text, breaks)
    for start, end in spans:
        _head_breaks(text, start, breaks)
        _closing_breaks(text, start, end, breaks)
    if _inside_spans(sorted(breaks), spans):
        # items written inline (``现批复如下：一、…。二、…。``) are a style of clean text: they prove
        # lost breaks only on a page whose labels, head or closing prove some already
        _item_breaks(text, breaks)
        _indent_breaks(text, spans, breaks, joined_head=_head_joined_by_indent(text, heads))
    inside = _inside_spans(sorted(breaks), spans)
    edits: list[Edit] = []
    for at in inside:
        start = at
        while start > 0 and text[start - 1] in _SPACES:
            start -= 1
        end = at
        if start == 0 or text[start - 1] == "\n" or (edits and edits[-1].end > start):
            continue
        edits.append(Edit(LOST_LINE_BREAKS, start, end, text[start:end], "\n", json.dumps({"evidence": breaks[at]}, ensure_ascii=False)))
    warnings: list[CleanWarning] = []
    if not edits:
        if not long_page:
            return text, [], []  # a short line whose labels proved nothing: no damage shown
        for start, end in spans:
            warnings.append(CleanWarning(LOST_LINE_BREAKS, start, f"a line of {end - start} characters and no label proves a break: line breaks lost, kept as is",
                                         text[start:start + 40]))
        return text, [], warnings
    from corpus_tools.clean.edits import apply_edits

    return apply_edits(text, edits), edits, warnings


#: Exact gate of :func:`glued_label_breaks`: an article label right after a sentence end (blanks between).
_GLUED_HINT = lazy_re(rf"[。！？；”’][ \u3000\t]*第[ \u3000]?[{_NUM}]")


#: A list item's number in brackets (``（二）``) and an article label opening a line (a list ends with its article).
_BRACKET_ITEM = lazy_re(r"[（(](?P<b>[一二三四五六七八九十]{1,3})[）)]|(?<![一二三四五六七八九十])(?P<c>[一二三四五六七八九十]{1,3})、")
_LABEL_AT_LINE_START = lazy_re(rf"(?m)^[ \u3000\t]*第[{_NUM}]+条")


def glued_item_breaks(text: str) -> dict[int, str]:
    """List items a converter glued to the line before, on a page where it glued article labels too:
    position -> evidence.

    Damage undone: the converter that glued ``。第十四条 …`` to the line before glued the items of a list
    the same way (``…下列规定：（一）…；（二）…``; the noise family's layout_glued_labels, the issue's mixed
    pages).  Alone, a glued item is no damage: clean laws write some lists so, even next to items that
    open lines (``…墒情；（四）大中型水库…`` in 重庆市水文条例, 3 such places and 32 after a blank in DLC's
    1,911 laws), so this runs only where :func:`glued_label_breaks` proved the page lost its breaks.

    **Evidence**, all of: the item stands right after ``；``, ``：`` or ``。`` (blanks between); its number
    is the next after the article's item of the same kind (``（二）`` or ``二、``) before it, which opens a
    line or was put back so; or it is item one after a ``：`` and item two of its kind follows in the
    same article.

    >>> t = "第二条 有下列情形之一的：\\n（一）甲；（二）乙；\\n（三）丙。\\n第三条 丁：（一）戊；（二）己。"
    >>> sorted(glued_item_breaks(t).values())
    ['item 1 opens a list after a colon', 'item 2 continues the items before it', 'item 2 continues the items before it']
    >>> sorted(glued_item_breaks("第四条 如下：\\n一、甲。二、乙。\\n第五条 第十一、十二条。").values())
    ['item 2 continues the items before it']
    """
    breaks: dict[int, str] = {}
    labels = [m.start() for m in _LABEL_AT_LINE_START.finditer(text)]
    items = [(m.start(), "b" if m.group("b") else "c", _numeral(m.group("b") or m.group("c")))
             for m in _BRACKET_ITEM.finditer(text)]
    last: dict[str, int] = {}  # kind -> the number of the article's item before, when it opens a line or was put back
    label_k = 0
    for k, (at, kind, number) in enumerate(items):
        while label_k < len(labels) and labels[label_k] <= at:
            label_k += 1
            last = {}  # a new article: new lists
        if number is None:
            last.pop(kind, None)
            continue
        if opens_line(text, at, _SPACES):
            last[kind] = number
            continue
        gap = _after_spaces(text, at)
        if gap == 0 or text[gap - 1] not in "；：。":
            last.pop(kind, None)
            continue
        next_label = labels[label_k] if label_k < len(labels) else len(text)
        following = [n for a, kd, n in items[k + 1 : k + 4] if kd == kind and a < next_label]
        if kind in last and number == last[kind] + 1:
            breaks[at] = "item %d continues the items before it" % number
            last[kind] = number
        elif number == 1 and text[gap - 1] == "：" and following[:1] == [2]:
            breaks[at] = "item 1 opens a list after a colon"
            last[kind] = 1
        else:
            last.pop(kind, None)
    return breaks


def _glued_labels_restored(text: str) -> RuleResult:
    """:func:`glued_label_breaks` applied: each proven label opens a line again (the blanks before it
    become the break), and on such a page the items glued the same way (:func:`glued_item_breaks`)."""
    if not _GLUED_HINT.search(text):
        return text, [], []
    breaks = glued_label_breaks(text)
    if not breaks:
        return text, [], []
    for at, why in glued_item_breaks(text).items():
        breaks.setdefault(at, why)
    from corpus_tools.clean.edits import apply_edits

    edits = []
    for at in sorted(breaks):
        start = _after_spaces(text, at)
        edits.append(Edit(LOST_LINE_BREAKS, start, at, text[start:at], "\n", json.dumps({"evidence": breaks[at]}, ensure_ascii=False)))
    return apply_edits(text, edits), edits, []


__all__ = ["DAMAGED_SHARE", "LONG_LINE", "long_lines", "restore_line_breaks", "shows_lost_line_breaks"]
