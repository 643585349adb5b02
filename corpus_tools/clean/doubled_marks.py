"""Punctuation left doubled where a spam farm cut its injected anchors: ``先锋队，，是``, ``根本利益，。党的``.

Real damage undone (field test 18, F18-N4): a gift-shop spam domain's copy of the 中国共产党章程 (2022) had its
injected anchors cut out with the commas that framed them left behind: ``先鋒隊,,是中國``, ``根本利益,。黨的``,
``馬克思列寧主義,、毛澤東思想`` (24 on one page of 830 characters).  A comma next to another clause mark is no
Chinese punctuation: of two marks in one place the first comma is the farm's (the text's mark is the ``、``, ``。``
or ``；`` after it; of two commas either one).  A comma after the text's mark stays: QA dumps join an article's
lines with one (LawBench answers: ``（一）核查债权；,（二）申请``).

**Evidence** (all needed, read on the whole page): at least :data:`MIN_DOUBLES` such pairs, at least one in
:data:`COMMA_SHARE` of the page's commas doubled (a farm's cut leaves them all over the page, a writer's slip
once or twice: LawBench and lawyer-llama questions hold one to three), and no sign that the writer doubles
marks (``，，，``, ``。。``, ``！！``, ``？？``: a chat record's habit).  Marks inside a run of three or more marks
(a table of symbols, ``……``, ``——``) are never touched.

Commas that separate fields are no farm's (review19 F9): a CSV-shaped block (three or more rows with the same
number of commas outside double quotes, blank lines between them allowed; the width rule's second pass
reads them full-width) writes an empty cell as ``,,``;
taking a comma out shifts the columns.  Its pairs are neither evidence nor cut, and its commas are not counted.

**Echoed marks** (:func:`echoed_marks`, session 23): a converter or an editor that writes a clause mark twice
(``建设、、财政``, ``规划，，加大``, ``职能。。本市``; in both widths, ``规划，,加大``, which the width rule reads
as ``，，``, and ``本规定。.``) leaves the echo all over the page, about one mark in sixteen on the noise benchmark's development set 5.
Clean law text holds none (two pages of the 1,911 of the reference corpus hold one pair each): the second mark of
each pair goes, on a page that shows :data:`MIN_ECHOES` pairs at least, one in :data:`ECHO_SHARE` of its clause
marks at least, and no sign that the writer doubles marks (a run of three, ``，，，`` ``。。。``; ``！！``, ``？？``:
a chat record's habit, whose pairs stay) and few pairs of two different marks (``公布，。``, ``教育、，科学``: a spam
farm's cut, the rule above, which keeps a page whose evidence does not hold).  ``……``, ``——``, ``？！`` and any run of three marks or more are
never touched, nor a CSV-shaped block's empty cells.
"""

from __future__ import annotations

import bisect

from corpus_tools.lazy_patterns import lazy_regex

#: Marks a doubled pair must not touch on either side (a run of three marks is a table or the writer's habit).
_MARKS = r"，,、。；;：:！!？?…—"
#: A comma before another clause mark, after a Han character or a closing mark and before no third mark: the
#: comma is the farm's (the first of two commas; the one before ``、``, ``。`` or ``；``).  A comma AFTER the text's
#: mark is no farm's: QA dumps join an article's lines with one (LawBench answers: ``（一）核查债权；,（二）申请``).
_DOUBLED = lazy_regex(rf"(?<=[\p{{Han}}）》”’])[，,](?=[，,、。；;](?![{_MARKS}]))")
#: The writer's own doubled marks: a run of commas, ``。。``, ``！！``, ``？？``.
_WRITERS_DOUBLES = lazy_regex(r"[，,]{3}|。。|[！!]{2}|[？?]{2}")
#: The ``detail`` of the width rule's edit that takes such a comma out.
DETAIL = "a comma a spam farm left beside the text's own mark where it cut an anchor (doubled marks over the page)"
#: How many doubled pairs a page needs, and the share of its commas they must hold.
MIN_DOUBLES = 5
COMMA_SHARE = 4  # one in four


def farm_cut_commas(text: str) -> list[int]:
    """The positions of the commas a spam farm left doubled beside the text's own marks, when the page's
    evidence holds (module docstring); else none.

    >>> page = "先锋队,,是领导核心,,代表要求,代表方向,,代表根本利益,。党的理想。马克思列宁主义,、毛泽东思想,、邓小平理论。"
    >>> [page[i - 1 : i + 2] for i in farm_cut_commas(page)]
    ['队,,', '心,,', '向,,', '益,。', '义,、', '想,、']
    >>> farm_cut_commas("教了3800学费。，，，，也写了收条。。问我是做工程的，，找朋友融资，，没有视力，，对方")
    []
    >>> farm_cut_commas("借款人身份证号码：，本人同意")
    []
    >>> farm_cut_commas("职权：,（一）核查债权；,（二）申请；,（三）监督；,（四）选任；,（五）决定；,（六）通过。")
    []
    >>> farm_cut_commas("名称,地址,备注,结论\\n" + "\\n".join(f"{n}公司,海淀区,,合格" for n in "甲乙丙丁戊己"))
    []
    """
    if "," not in text and "，" not in text:
        return []
    rows = _delimited_rows(text)
    found = [m.start() for m in _DOUBLED.finditer(text) if not _inside(m.start(), rows)]
    commas = text.count(",") + text.count("，") - sum(text.count(",", a, b) + text.count("，", a, b) for a, b in rows)
    if len(found) < MIN_DOUBLES or len(found) * COMMA_SHARE < commas:
        return []
    if _WRITERS_DOUBLES.search(text):
        return []
    return found


#: A CSV-shaped block needs this many rows with the same number of fields (a header and two records).
MIN_ROWS = 3


def _delimited_rows(text: str) -> list[tuple[int, int]]:
    """The spans of the lines whose ASCII commas separate fields: runs of :data:`MIN_ROWS` or more non-blank
    lines (blank lines between them allowed) with the same number (two or more) of commas (``,`` or ``，``) outside
    double quotes.  One pass over the lines.

    >>> text = "说明：\\n名称,地址,结论\\n甲公司,\\"海淀区,中关村\\",合格\\n\\n乙公司,,合格\\n先锋队,,是核心,,代表"
    >>> [text[a:b] for a, b in _delimited_rows(text)]
    ['名称,地址,结论', '甲公司,"海淀区,中关村",合格', '乙公司,,合格']
    """
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    run_fields = -1
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        quoted = line.replace("“", '"').replace("”", '"').split('"')  # (the width rule's pass types them curly)
        fields = sum(part.count(",") + part.count("，") for part in quoted[::2])
        if fields >= 2 and fields == run_fields:
            run.append((start, end))
            continue
        if len(run) >= MIN_ROWS:
            out.extend(run)
        run, run_fields = ([(start, end)], fields) if fields >= 2 else ([], -1)
    if len(run) >= MIN_ROWS:
        out.extend(run)
    return out


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (sorted, disjoint)."""
    at = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


#: The clause marks a converter's echo doubles (read in full width: the width rule's reading of the page).
_ECHO_MARKS = "，、。；："
#: A clause mark written twice, after no mark and before none (a run of three marks is a table or a habit).
#: (``。.``: the full stop in both widths, which the width rule leaves ASCII after a mark)
_ECHO = lazy_regex(rf"(?<![{_MARKS}])(?:([{_ECHO_MARKS}])\1|。\.)(?![{_MARKS}.0-9A-Za-z])")
#: The writer's own doubles: a run of three of one clause mark, ``！！``, ``？？``.
_WRITERS_RUNS = lazy_regex(rf"([{_ECHO_MARKS},.;:])\1\1|[！!]{{2}}|[？?]{{2}}")
#: The gate, on the page as it came: two clause marks side by side, in either width.
_MAY_ECHO = lazy_regex(r"[，、。；：,;:.][，、。；：,;:]|。\.")
#: Two different clause marks side by side (``公布，。``, ``教育、，科学``, ``领导；，各部门``): a spam farm's cut
#: (:func:`farm_cut_commas`) or a dump's line joins; an echo writes one mark twice.  A page of echoes shows fewer
#: than one such pair for :data:`MIXED_SHARE` pairs of one mark.
_MIXED = lazy_regex(rf"(?<![{_MARKS}])(?:，[、。；：]|、[，。；：]|。[，、；：]|；[，、。：]|：[，、。；])(?![{_MARKS}])")
MIXED_SHARE = 4
#: The ``detail`` of the width rule's edit that takes an echo out.
ECHO_DETAIL = "a clause mark written twice by a converter or an editor (echoed marks over the page)"
#: How many pairs a page needs, and the share of its clause marks they must hold.
MIN_ECHOES = 3
ECHO_SHARE = 40  # one in forty


def may_echo(text: str) -> bool:
    """Whether ``text`` holds two clause marks side by side (a C scan: the gate of :func:`echoed_marks`).

    >>> may_echo("建设、、财政"), may_echo("规划，,加大"), may_echo("建设、财政。")
    (True, True, False)
    """
    return _MAY_ECHO.search(text) is not None


def echoed_marks(text: str) -> list[int]:
    """The positions of the echoes (the second mark of each pair) of a page whose clause marks a converter or an
    editor wrote twice, when the page's evidence holds (module docstring); else none.  ``text`` is the page as the
    width rule leaves it (its marks full width, the same length).

    >>> page = "接受建设、、财政监督。规划，，加大投入，确保需要。。本市；；区县、乡、镇。"
    >>> [page[i - 1 : i + 1] for i in echoed_marks(page)]
    ['、、', '，，', '。。', '；；']
    >>> csv = "名称，地址，备注，结论\\n" + "\\n".join(f"{n}公司，海淀区，，合格" for n in "甲乙丙丁戊己")
    >>> echoed_marks(csv)
    []
    >>> echoed_marks("问我是做工程的，，找朋友融资，，没有视力，，对方说好！！")
    []
    >>> echoed_marks("建设、、财政。" + "本市、区县、乡镇。" * 60)
    []
    >>> page = "他说……那么——好？！接受建设、、财政，，规划。。"
    >>> [page[i - 1 : i + 1] for i in echoed_marks(page)]
    ['、、', '，，', '。。']
    """
    found = [m.start() + 1 for m in _ECHO.finditer(text)]
    if len(found) < MIN_ECHOES:
        return []
    marks = sum(text.count(mark) for mark in _ECHO_MARKS)
    if len(found) * ECHO_SHARE < marks or _WRITERS_RUNS.search(text):
        return []
    if len(_MIXED.findall(text)) * MIXED_SHARE > len(found):
        return []  # (two different marks side by side as well: a farm's cut or a dump's joins, no echo)
    if "，" in text or "," in text:
        # (an empty cell of a CSV-shaped block is ``,,``; a line ending a sentence is a paragraph, no record)
        rows = [(a, b) for a, b in _delimited_rows(text) if text[a:b].rstrip()[-1:] not in ("。", "；")]
        if rows:
            found = [i for i in found if text[i] != "，" or not _inside(i, rows)]
            if len(found) < MIN_ECHOES:
                return []
    return found
