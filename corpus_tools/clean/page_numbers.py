"""Page numbers of a PDF turned into text: printed ones between dashes, and lone ones counting the pages.

Real damage undone: a PDF's text keeps its page numbers among the sentences,

* **printed between dashes** (``— 7 —``, ``－ 5 －``, ``- 3 -``): on a line of their own, or where the
  extraction glued them into a line (``收到书面意见后，— 7  —``, ``录入（或— 3 —导入）``);
* **alone on their lines** (黑龙江 量刑指导意见 实施细则: ``1O``, ``11``, ``12``, ``3``…, OCR slips
  and lost digits included), only where a run of them counts the pages with text between them;
  a table's row numbers and numbered points stay.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus_tools.lazy_patterns import lazy_re

_PAGE_DASH = "—－–"
#: Dots a PDF prints around a page number (``·3·``, ``•3•``) on a line of its own.
_PAGE_DOTS = "·•"
#: A page number as a PDF prints it, centred between dashes with blanks inside (``— 7 —``):
#: no line of the 1,911 clean laws holds this shape, while a range (``2019—2021``,
#: ``第一章—第三章``) never has blanks on both sides of a short number.
_PRINTED_PAGE_NUMBER_RE = lazy_re(
    rf"(?<![\d{_PAGE_DASH}-])[{_PAGE_DASH}]{{1,2}}[ \t\u3000\xa0]+\d{{1,3}}[ \t\u3000\xa0]+"
    rf"[{_PAGE_DASH}]{{1,2}}(?![\d{_PAGE_DASH}-])[ \t\u3000\xa0]*"
)
#: The same alone on its line, where ASCII hyphens and no blanks also occur (``-3-``), or between dots (``·3·``);
#: a scan's OCR may set a blank between the digits (``— 2 2 —``, pdf17's blind variant of scanned pages).
#: (:data:`corpus_tools.clean.running_heads._PAGE_FOOT_RE` is a wider, separate shape on purpose:
#: it only steps over a page foot beside a running title, the title being the evidence.)
_PAGE_NUMBER_LINE_RE = lazy_re(
    rf"^[ \t\u3000\xa0]*(?:[{_PAGE_DASH}-]{{1,2}}[ \t\u3000\xa0]*\d(?: ?\d){{0,2}}[ \t\u3000\xa0]*[{_PAGE_DASH}-]{{1,2}}"
    rf"|[{_PAGE_DOTS}][ \t\u3000\xa0]*\d{{1,3}}[ \t\u3000\xa0]*[{_PAGE_DOTS}])[ \t\u3000\xa0]*$",
    re.MULTILINE,
)


def printed_page_numbers(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The printed page numbers of a PDF's text: (whole lines, marks glued into a line).

    Real damage: text extracted from gazette and ministry PDFs keeps the page footer
    (``— 7 —``) on a line of its own or glued to the line it interrupts, in the middle of
    an article (``…收到书面意见后，— 7  —⏎应在 10 个工作日内…``; pbc.gov.cn normative
    documents, field test of session 6).  A mark glued into a line counts only on a page
    showing two marks or more: one such shape alone is no numbered page.

    >>> t = "第二十一条 收到书面意见后，— 7  —\\n应在10个工作日内答复。\\n— 8 —\\n"
    >>> lines, glued = printed_page_numbers(t)
    >>> [t[a:b] for a, b in lines], [t[a:b] for a, b in glued]
    (['— 8 —'], ['— 7  —'])
    >>> printed_page_numbers("2019—2021年，第一章—第三章，（一）— （三）项")
    ([], [])
    >>> t = "本条例自公布之日起\\n— 2 2 —\\n施行。\\n- 23 -\\n"
    >>> [t[a:b] for a, b in printed_page_numbers(t)[0]]
    ['— 2 2 —', '- 23 -']
    >>> t = "拥有本市农村土地承包经营权证的非农业户籍人员，\\n·1·\\n凭本人居民身份证…"
    >>> [t[a:b] for a, b in printed_page_numbers(t)[0]]
    ['·1·']
    """
    if not any(dash in text for dash in _PAGE_DASH + _PAGE_DOTS) and "-" not in text:
        return [], []
    lines = [(m.start(), m.end()) for m in _PAGE_NUMBER_LINE_RE.finditer(text)]
    whole = {start for start, _ in lines}
    glued = []
    for m in _PRINTED_PAGE_NUMBER_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if line_start not in whole:
            glued.append((m.start(), m.end()))
    if len(lines) + len(glued) < 2:
        glued = []
    return lines, glued
#: A page number alone on its line, as a PDF's text layer or its OCR gives it (``12``, ``1O`` with O for 0).
_LONE_NUMBER_RE = lazy_re(r"^[ \t\u3000]*([0-9OoIl]{1,3})[ \t\u3000]*$", re.MULTILINE)
_OCR_DIGITS = str.maketrans("OoIl", "0011")
#: The fewest numbers in a run of pages, and the fewest lines between two of them (a page holds more;
#: a table's row numbers stand a few lines apart).
_PAGE_RUN_MIN = 3
_PAGE_LINES_MIN = 8
#: A page of a document holds a sentence: the rows of a table laid one cell per line (``序号⏎⏎单位名称⏎地址…⏎⏎1⏎⏎某某单位1…``,
#: ten cells a row) hold none between their numbers (review 12, F4).
_PAGE_PROSE_RE = lazy_re(r"[。；，！？;,!?]")  # (a PDF text writes ASCII marks: ``破坏生产经营的;``)


def lone_page_numbers(text: str) -> list[tuple[int, int]]:
    """Page numbers a PDF's text keeps alone on their lines, as whole lines: only a run of them
    counting the pages.

    Real damage: 黑龙江's 量刑指导意见 实施细则 as the repository extracted it from the PDF (nonameche/law-pdf-extract,
    field test 10) keeps ``1O``, ``11``, ``12``, ``3``, ``4``, ``15``, ``16`` (13 and 14 lost their first digit, 10 was read
    with an O) between the sentences, one every page: ``(3)纠集3人以上公然破坏生产经营的;⏎1O⏎⏎(4)其他…``, and a wrap
    across the page (``…致使枯⏎12⏎⏎萎或者死亡3株以上的``) kept the number inside the sentence.

    **Evidence**: at least :data:`_PAGE_RUN_MIN` such lines, each standing apart (a blank line on one side), each
    the page after the one before (the page after next when a page lost its number; its last digit alone
    when the first was lost), at least :data:`_PAGE_LINES_MIN` lines apart with a sentence between them.  Row numbers of
    a table (a few lines apart, or cells without a sentence however many), numbered points (``1⏎一、本标准依…``) and a lone number elsewhere stay.

    >>> page = "甲。\\n" * 9
    >>> t = "第一条 甲。\\n" + page + "1O\\n\\n" + page + "11\\n\\n" + page + "2\\n\\n" + page
    >>> [t[a:b] for a, b in lone_page_numbers(t)]
    ['1O', '11', '2']
    >>> row = "某某单位{0}\\n某某路{0}号\\n张三\\n1234567\\n甲类\\n100\\n2\\n300\\n无\\n"
    >>> lone_page_numbers("序号\\n单位名称\\n地址\\n\\n" + "".join(f"{n}\\n\\n" + row.format(n) + "\\n" for n in range(1, 6)))
    []
    >>> lone_page_numbers("序号\\n\\n1\\n\\n甲\\n\\n2\\n\\n乙\\n\\n3\\n\\n丙\\n")
    []
    """
    candidates = [(a, b, value) for a, b, value, apart, _ in _lone_numbers(text) if apart]
    if len(candidates) < _PAGE_RUN_MIN:
        return []
    return [(a, b) for run in _page_runs(text, candidates) for a, b, _, _ in run]


#: A page's number alone on its line with the word that says so: ``Page 3``, ``第3页``, ``第 3 页 共 12 页``, ``3/12``;
#: the total first too (``共12页 第3页``, ``第3页/共12页``: pdf17); in brackets (``（共12页 第3页）``: layout18).
_LABELLED_PAGE_RE = lazy_re(
    r"^[ \t\u3000]*[（(\[【]?[ \t\u3000]?(?:(?:Page|PAGE|page)[ \t]?(\d{1,4})(?:[ \t]?(?:/|of)[ \t]?\d{1,4})?"
    r"|第[ \t\u3000]?(\d{1,4})[ \t\u3000]?页(?:[ \t\u3000]?[,，/／]?[ \t\u3000]?共[ \t\u3000]?\d{1,4}[ \t\u3000]?页)?"
    r"|共[ \t\u3000]?\d{1,4}[ \t\u3000]?页[ \t\u3000]?[,，/／]?[ \t\u3000]?第[ \t\u3000]?(\d{1,4})[ \t\u3000]?页"
    r"|(\d{1,4})[ \t]?[/／][ \t]?\d{1,4})[ \t\u3000]?[）)\]】]?[ \t\u3000]*$",
    re.MULTILINE,
)


def labelled_page_lines(text: str) -> list[tuple[int, int]]:
    """Lines holding a page's number with its word (``Page 3``, ``第3页``, ``第 3 页 共 12 页``, ``3/12``), as
    whole lines: only a run of them counting the pages.

    Real damage: a PDF's text keeps its page feet among the sentences, where a page break cut one:
    ``…第十三届全国人民代表大会常务委员会第六⏎Page 2⏎次会议《关于修改…`` (the bilingual 公司法 of field
    test 15b, F15B-N3: 66 such lines in one file); gazettes print ``第 3 页 共 12 页`` or ``3/12``.
    **Evidence**: as for :func:`lone_page_numbers` (at least :data:`_PAGE_RUN_MIN` lines, each the page after
    the one before, :data:`_PAGE_LINES_MIN` lines apart with a sentence between), no blank line needed: the
    word says the number is a page's.  A cited ``第3页`` inside a sentence is no line of its own.

    >>> page = "甲乙丙丁，戊己庚辛。\\n" * 9
    >>> t = page + "第六\\nPage 2\\n次会议。\\n" + page + "Page 3\\n" + page + "Page 4\\n" + page
    >>> [t[a:b] for a, b in labelled_page_lines(t)]
    ['Page 2', 'Page 3', 'Page 4']
    >>> t = page + "共9页 第2页\\n" + page + "共9页 第3页\\n" + page + "共9页 第4页\\n" + page
    >>> [t[a:b] for a, b in labelled_page_lines(t)]
    ['共9页 第2页', '共9页 第3页', '共9页 第4页']
    >>> labelled_page_lines(page + "第3页\\n" + page + "第7页\\n" + page + "第9页\\n")  # no count
    []
    """
    if "age" not in text and "页" not in text and "/" not in text and "／" not in text:
        return []
    candidates = []
    for m in _LABELLED_PAGE_RE.finditer(text):
        value = int(next(g for g in m.groups() if g))
        line_start = text.rfind("\n", 0, m.start()) + 1
        candidates.append((line_start, m.end(), value))
    if len(candidates) < _PAGE_RUN_MIN:
        return []
    return [(a, b) for run in _page_runs(text, candidates) for a, b, _, _ in run]


def _lone_numbers(text: str) -> list[tuple[int, int, int, bool, bool]]:
    """Lines holding a number alone: (line start, line end, value, standing apart (a blank line on one
    side), inside a sentence (the line before stops on a Han character or a comma, the line after goes
    on with a Han character))."""
    found = []
    for m in _LONE_NUMBER_RE.finditer(text):
        token = m.group(1)
        if not any(c.isdigit() for c in token):
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, m.end()
        apart = text.startswith("\n\n", line_end) or text.endswith("\n\n", 0, line_start) or line_end == len(text)
        before = text[max(0, line_start - 2) : line_start - 1] if line_start else ""
        after = text[line_end + 1 : line_end + 2]
        inside = (not apart and _SENTENCE_GOES_ON_BEFORE.match(before) is not None and _HAN_AFTER.match(after) is not None
                  and not _heading_after(text, line_end))
        found.append((line_start, line_end, int(token.translate(_OCR_DIGITS)), apart, inside))
    return found


#: The longest line without a mark that is taken for a section's heading (``范围``, ``术语和定义``).
_HEADING_CHARS = 12
_SENTENCE_MARKS = frozenset("，。；、：:,;！？!?）)”")


def _heading_after(text: str, line_end: int) -> bool:
    """Whether the line after ``line_end`` is a section's heading, short and without a mark (a standard's
    ``1⏎范围``, ``3⏎术语和定义``), not the rest of a sentence a page break cut: a page's first line is
    a full line of text or ends its sentence with a mark (review 15, R15-F6: a clean standard lost its
    section numbers 1-4, its reference list and its definitions ending on Han before them).

    >>> _heading_after("1\\n术语和定义\\n下列", 1), _heading_after("1\\n卫生设施的建设。\\n", 1)
    (True, False)
    """
    end = text.find("\n", line_end + 1)
    line = text[line_end + 1 : len(text) if end < 0 else end].strip()
    return len(line) <= _HEADING_CHARS and not any(c in _SENTENCE_MARKS for c in line)


#: The last character of a line a sentence goes on from, and the first of the line it goes on in.
_SENTENCE_GOES_ON_BEFORE = lazy_re(r"[\u3400-\u9fff，、]")
_HAN_AFTER = lazy_re(r"[\u3400-\u9fff]")
#: Of a run of lone page numbers standing between text lines, this many at least cut a sentence in two.
_PAGE_CUTS_MIN = 2


def sentence_page_numbers(text: str) -> list[tuple[int, int]]:
    """Page numbers a PDF's text keeps alone on their lines with no blank line beside them, where a
    run of them counts the pages and some stand inside sentences, as whole lines.

    Real damage: pdftotext and copies of a PDF's text put a page's number on the line after its last
    line and go on with the next page's first line on the line after it: when a sentence runs across
    the page, the number stands between its halves (``…引导社会资本参与环境⏎1⏎卫生设施的…``), and
    the hard wrap rule glued it into the sentence (``环境1卫生``: closing notes of session 14).

    **Evidence**, all of: at least :data:`_PAGE_RUN_MIN` lone numbers counting the pages (as for
    :func:`lone_page_numbers`: each the page after the one before, :data:`_PAGE_LINES_MIN` lines apart with a
    sentence between), :data:`_PAGE_CUTS_MIN` of them between two halves of a sentence (the line before
    stops on a Han character or a comma, the line after goes on with a Han character), and no number of
    the run alone on a line twice on the page (a footnote's mark and its note: ``…人民法⏎7⏎庭”运动``,
    ``7⏎见《…》``).  A section number (``1⏎范围``) never cuts a sentence; a table's row numbers stand a
    few lines apart.

    >>> page = "本条例所称的市容环境卫生管理，是指对城市道路、广场、\\n" * 8 + "公共场所的管理。\\n"
    >>> t = page + "引导社会资本参与环境\\n1\\n卫生设施的建设。\\n" + page + "2\\n第八条 本市。\\n" + page + "加强\\n3\\n管理。\\n"
    >>> [t[a:b] for a, b in sentence_page_numbers(t)]
    ['1', '2', '3']
    >>> sentence_page_numbers(t.replace("加强\\n3\\n管理", "加强管理。\\n3\\n管理"))  # one number inside a sentence only
    []
    >>> sentence_page_numbers(t + "1\\n见《某某条例》。\\n")  # 1 stands alone twice: a footnote's mark and its note
    []
    """
    numbers = _lone_numbers(text)
    if sum(inside for *_, inside in numbers) < _PAGE_CUTS_MIN:
        return []
    times = Counter(value for _, _, value, _, _ in numbers)
    value_at = {a: value for a, _, value, _, _ in numbers}
    inside = {a for a, _, _, _, cut in numbers if cut}
    found = []
    for run in _page_runs(text, [(a, b, value) for a, b, value, _, _ in numbers]):
        if sum(a in inside for a, _, _, _ in run) >= _PAGE_CUTS_MIN and all(times[value_at[a]] == 1 for a, _, _, _ in run):
            found += [(a, b) for a, b, _, _ in run]
    return found


def _page_runs(text: str, candidates: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """The runs of ``candidates`` (line start, line end, value) that count the pages: each the page after the
    one before (or after next; its last digit alone), :data:`_PAGE_LINES_MIN` text lines apart with a sentence
    between; a run holds :data:`_PAGE_RUN_MIN` at least.  Each run: (line start, line end, page, lines before)."""
    runs: list[list[tuple[int, int, int, int]]] = []
    run: list[tuple[int, int, int, int]] = []  # (line start, line end, page, text lines before it)
    line_no, counted = 0, 0
    for line_start, line_end, value in candidates:
        line_no += _text_lines(text, counted, line_start)  # (blank lines aside: a table's cells stand between them)
        counted = line_start
        if run:
            previous = run[-1][2]
            page = next((p for p in (previous + 1, previous + 2) if value in (p, p % 10, p % 100)), None)
            if (page is not None and line_no - run[-1][3] >= _PAGE_LINES_MIN
                    and _PAGE_PROSE_RE.search(text, run[-1][1], line_start)):
                run.append((line_start, line_end, page, line_no))
                continue
            if len(run) >= _PAGE_RUN_MIN:
                runs.append(run)
        run = [(line_start, line_end, value, line_no)]
    if len(run) >= _PAGE_RUN_MIN:
        runs.append(run)
    return runs


_TEXT_LINE_RE = lazy_re(r"[^\s\u3000][^\n]*")


def _text_lines(text: str, start: int, end: int) -> int:
    """How many lines of ``text[start:end]`` hold some text (blank ones aside)."""
    return sum(1 for _ in _TEXT_LINE_RE.finditer(text, start, end))


#: A page's number in a printed shape opening a line, glued to the text the line goes on with (the next page's
#: first line, pdftotext without -layout: ``－7－ 租、物业…``, ``— 3 —承担…``, ``第3页 承担…``, ``3/12 承担…``):
#: the shape (1, its kind), the number, and the blanks after it; the text must go on with a Han character or a mark.
_LEADING_PAGE_RE = lazy_re(
    rf"^[ \t\u3000]*(?P<page>[{_PAGE_DASH}-]{{1,2}}[ \t]?(?P<n1>\d{{1,3}})[ \t]?[{_PAGE_DASH}-]{{1,2}}"
    rf"|[{_PAGE_DOTS}][ \t]?(?P<n2>\d{{1,3}})[ \t]?[{_PAGE_DOTS}]"
    r"|第[ \t]?(?P<n3>\d{1,3})[ \t]?页"
    r"|(?P<n4>\d{1,3})/(?P<total>\d{1,3}))[ \t\u3000]{0,2}(?=[\u3400-\u9fff，、；。：）》”])",
    re.MULTILINE,
)
#: What the line before a glued page number stops on when the page break cut its sentence.
_CUT_LINE_END = lazy_re(r"[\u3400-\u9fff，、（《“]$")
#: The fewest glued numbers counting the pages; a fraction's shape (``1/3``, ``2/3``) needs one more.
_LEADING_RUN_MIN = 2
_PAGE_CHARS_MIN = 150


def leading_page_numbers(text: str) -> list[tuple[int, int]]:
    """Page numbers glued at the start of the next page's first line, with the blanks after them.

    Real damage (the layout family of the brief: copies of printed documents; layout18's blind variant
    ``layout_blind4_foot_glued_next``): pdftotext without ``-layout`` may write a page's foot before the next
    page's first line, so that the foot opens the line that goes on with the sentence the page break cut,
    ``…用于支付房⏎－7－ 租、物业专项维修资金…``; once the wrap is joined, the number stands inside the sentence.

    **Evidence**, all of: one printed shape (between dashes or dots, ``第N页``, ``N/T``) opening lines, each glued
    to text that goes on with a Han character or a mark; the numbers count the pages (each the one before plus one),
    :data:`_PAGE_CHARS_MIN` characters apart at least, :data:`_LEADING_RUN_MIN` of them at least after a line that
    stops inside a sentence (on a Han character, a comma or an opening mark: the page break cut it), and for
    ``N/T`` one more, its ``T`` the same each time and no smaller than ``N`` (a fraction ``1/3`` opening a wrapped
    line is a number of the text).  Only the number and its blanks go; the line break is the layout rules' to join.

    >>> page = "本条例所称的市容环境卫生管理，是指对城市道路、广场、公共场所的管理。" * 5
    >>> t = page + "应当依法\\n－3－ 承担责任。" + page + "应当\\n－4－ 依法办理。" + page
    >>> [t[a:b] for a, b in leading_page_numbers(t)]
    ['－3－ ', '－4－ ']
    >>> t = page + "不得少于\\n1/3以上。" + page + "不得少于\\n2/3以上。" + page
    >>> leading_page_numbers(t)
    []
    >>> leading_page_numbers(page + "应当依法\\n－3－ 承担责任。" + page + "应当\\n－7－ 依法办理。" + page)  # no count
    []
    >>> leading_page_numbers(page + "。\\n- 3 -承担" + page + "。\\n- 4 -依法" + page)  # after a sentence's end: no cut shown
    []
    >>> t = page + "应当依法\\n－3－ 承担责任。" + page + "应当\\n－4－ 依法办理。" + page + "。\\n－5－ 本条例自公布之日起施行。"
    >>> [t[a:b] for a, b in leading_page_numbers(t)]  # a page ending with a sentence, in a run the cut ones prove
    ['－3－ ', '－4－ ', '－5－ ']
    """
    if "\n" not in text:
        return []
    found: dict[str, list[tuple[int, int, int, int]]] = {}
    for m in _LEADING_PAGE_RE.finditer(text):
        line_start = m.start()
        if line_start == 0:
            continue
        cut = _CUT_LINE_END.search(text[max(0, line_start - 2) : line_start - 1]) is not None
        kind = next(k for k in ("n1", "n2", "n3", "n4") if m.group(k))
        shape = kind + (m.group("total") or "") + ("".join(ch for ch in m.group("page") if not ch.isdigit()) if kind != "n4" else "")
        found.setdefault(shape, []).append((m.start("page"), m.end(), int(m.group(kind)), int(m.group("total") or 0), cut))
    spans: list[tuple[int, int]] = []
    for shape, places in found.items():
        fraction = shape.startswith("n4")
        needed = _LEADING_RUN_MIN + (1 if fraction else 0)
        run: list[tuple[int, int, int, int, bool]] = []
        for place in places + [(-1, -1, -1, -1, False)]:
            if run and place[2] == run[-1][2] + 1 and place[0] - run[-1][1] >= _PAGE_CHARS_MIN:
                run.append(place)
                continue
            # (the run's numbers that cut sentences prove it; a page that ended with a sentence is one of it too)
            if sum(1 for *_, cut in run if cut) >= needed and (not fraction or all(p[2] <= p[3] for p in run)):
                spans += [(p[0], p[1]) for p in run]
            run = [place]
    return sorted(spans)
