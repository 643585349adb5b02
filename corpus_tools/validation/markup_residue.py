"""Markup residue: a converter's math markup, or a word processor's field codes, left in Chinese prose, found,
never rewritten.

Field test 11 (F11-P2) read a MinerU PDF→Markdown of GB/T 45688—2025 (a national standard): the PDF's
superscript note numbers, units and formulas stay as LaTeX in the text (``注 $ ^{1} $ ：运行安全故障…`` for
``注1：``, ``乘以 $ 10^{6} $ ，精确到百万分之一度``, ``高温阈值/ $ ^{\\circ} $ C``, ``$ V_{max,j} $  ——充电阶段…``,
a display formula ``$$ r_{\\mathrm{V}}=\\sqrt{\\frac{1}{N}…} $$``); pansong/gb-icv's Markdown of a GB standard
writes its symbols the same way (``$t_p$ —— 三次换道准备阶段时间平均值``).  A reader of the dataset sees
``$ ^{1} $`` where the document prints a small 1; no rule may rewrite it (``$ ^{2} $`` is a note number, a
square or a footnote: only the page knows), so the text is kept and ``latex_residue`` says so.

Evidence is markup, not a dollar sign: a span between ``$`` (or ``$$``) on one line that holds a TeX command
(``\\geq``, ``\\mathrm``, ``\\%``) or a super/subscript (``^{1}``, ``_{max}``, ``t_p``), or a TeX command
that takes a braced argument (``\\mathrm{kW}``, ``\\frac{1}{N}``) standing after no path character.  A
price (``罚款 $100,000 及监禁 3 个月``: samiux's bilingual HK ordinances) holds none; a Windows path
(``C:\\text\\a``) has its command after a ``:`` or ``\\``.

``field_code_residue``: a Word document's field code left in the text where its result stands (vickywu97/
verified-chinese-law-kb's 专利法 and 增值税法 records, exported from the official .docx: ``本法\\l"Z6T53"第五十三条``,
the bookmark switch of a ``HYPERLINK \\l "Z6T53"`` cross-reference whose field name was dropped).  Evidence: a
field switch with its quoted argument (``\\l "…"``, ``\\o "…"``), or a field's keyword (``HYPERLINK``,
``PAGEREF _Toc…``, ``\\* MERGEFORMAT``).

``html_entity_residue``: an HTML character reference shown as text where its character stands (a page of
ljz060707-lang's crawl, 上海市高中阶段学校招生录取改革实施办法, escaped twice by its site: ``试点&ldquo;探索建立拔尖创新人才培养基地
&rdquo;项目``, the browser shows the same).  Only the references of characters a text writes (quotes, dashes,
spaces, ``&amp;``, a numeric reference); a private-use one (``&#xE010;``) is named by ``lost_glyphs``, a misspelt one
(``&sp;``: gov.cn's) is none.

The texts are read by one RE2 pass over the column (:data:`TEXT_GATE`); only the few it keeps are read in
Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from corpus_tools.lazy_patterns import lazy_re

if TYPE_CHECKING:
    import pyarrow as pa

LATEX_RESIDUE = "latex_residue"
FIELD_CODE_RESIDUE = "field_code_residue"
ENTITY_RESIDUE = "html_entity_residue"

#: What only TeX writes inside math: a command (``\geq``, ``\mathrm``), an escaped sign (``\%``, ``\ ``,
#: ``\,``), a braced super/subscript (``^{1}``, ``_{max}``), or a one-character one after a letter, digit or
#: brace and before none (``t_p``, ``10^6``, ``)^2``; an identifier's ``user_name`` is none).
_TEX = r"\\[A-Za-z]{2,}|\\[%,;! ]|[\^_]\{|(?<=[A-Za-z0-9})])[\^_][A-Za-z0-9](?![A-Za-z0-9])"
#: One math span: ``$ … $`` or ``$$ … $$`` on one line, at most 400 characters, holding TeX.
_MATH = lazy_re(r"\$\$?(?P<inner>[^$\n]{1,400}?)\$\$?")
_TEX_RE = lazy_re(_TEX)
#: A TeX command with its braced argument outside ``$``: ``\mathrm{kW}``, ``\frac{1}{N}``, ``\text{m}``; never
#: after a path's ``:``, ``\``, ``/`` or a letter (``C:\text{``); a number before it is the quantity (``5\mathrm{kW}``).
_COMMANDS = ("mathrm|mathbf|mathit|mathsf|mathcal|mathbb|text|textrm|textbf|frac|dfrac|tfrac|sqrt|overline|underline|"
             "widehat|widetilde|hat|bar|vec|dot|boldsymbol|operatorname")
_BARE_COMMAND = lazy_re(rf"(?<![A-Za-z:\\/._-])\\(?:{_COMMANDS})\{{[^{{}}\n]{{0,40}}\}}?")
#: A Word field code: a switch with its quoted argument (``\l"Z6T53"``, ``\o "提示"``; the quotes as a cleaner
#: may have widened them), or a field's own keyword with what follows it.
_FIELD_CODE = lazy_re(r"\\[lo][ \t]?[\"“”][^\"“”\n]{1,40}[\"“”]|\bHYPERLINK[ \t]+(?:\\l[ \t]?)?[\"“]"
                         r"|\bPAGEREF[ \t]+_Toc[0-9]+|\\\*[ \t]?MERGEFORMAT\b")
#: A character reference of a character a text writes, or a numeric one: ``&ldquo;``, ``&nbsp;``, ``&#8220;``.
_NAMED = ("ldquo|rdquo|lsquo|rsquo|bdquo|laquo|raquo|quot|apos|amp|lt|gt|nbsp|ensp|emsp|thinsp|ideographicspace|mdash|ndash|"
          "hellip|middot|bull|times|divide|deg|plusmn|permil|sect|para|copy|reg|trade|yen|rarr|larr|uarr|darr|le|ge|ne")
_ENTITY = lazy_re(rf"&(?:(?:{_NAMED})|#[0-9]{{2,7}}|#[xX][0-9a-fA-F]{{2,6}});")
#: RE2 gate over the text column: a ``$`` span holding a backslash, ``^`` or ``_``, a bare braced command, a field
#: code's switch or keyword, or a character reference.
TEXT_GATE = (r"\$[^$\n]{0,400}[\\^_][^$\n]{0,400}\$|\\(?:" + _COMMANDS + r")\{"
             r"|\\[lo][ \t]?[\"“”]|HYPERLINK|PAGEREF|MERGEFORMAT|&(?:[a-z]{2,16}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")

#: (name, the documents' columns it reads, description) of the check, for the quality registry.
CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (LATEX_RESIDUE, ("text",),
     "the document's text holds no LaTeX a PDF→Markdown converter (MinerU, Marker) left for what the document "
     "prints: a $…$ or $$…$$ span on one line holding a TeX command or a super/subscript (注 $ ^{1} $ ： for 注1：, "
     "$ 10^{6} $, $ \\geq $, $ 10 \\% $, $ V_{max,j} $), or a braced TeX command (\\mathrm{kW}, \\frac{1}{N}); a price "
     "($100,000) or a path is none; the excerpt gives the count and the first spans; the text is kept"),
    (FIELD_CODE_RESIDUE, ("text",),
     "the document's text holds no field code of the word processor it was exported from: a cross-reference's "
     "switch and bookmark where only its result should stand (本法\\l\"Z6T53\"第五十三条: HYPERLINK \\l \"Z6T53\"), "
     "a HYPERLINK or PAGEREF _Toc… field, \\* MERGEFORMAT; the excerpt gives the count and the first codes; the "
     "text is kept"),
    (ENTITY_RESIDUE, ("text",),
     "the document's text shows no HTML character reference where its character stands (试点&ldquo;探索…&rdquo;项目: a "
     "page its site escaped twice): a quote's, a dash's, a space's, &amp;, or a numeric one; a private-use reference "
     "is named by lost_glyphs; the excerpt gives the count and the first references; the text is kept (on a page "
     "read as HTML or Markdown, escaped_text reads the complete named references of a text's signs once more: "
     "what stays is markup's own, &amp; &lt; &gt; &quot; &apos;, or a plain-text page's)"),
)


def latex_spans(text: str) -> list[str]:
    """The LaTeX spans of ``text``, in text order: math spans holding TeX and bare braced commands.

    MinerU's note numbers and formulas in GB/T 45688—2025 (F11-P2) and a symbol of pansong/gb-icv's GB text:

    >>> latex_spans("注 $ ^{1} $ ：运行安全故障，可能引起新能源汽车运行过程中特有的电安全部件不满足设计运行条件的情形。")
    ['$ ^{1} $']
    >>> latex_spans("以度为单位的纬度值乘以 $ 10^{6} $ ，精确到百万分之一度；$t_p$ —— 三次换道准备阶段时间平均值；")
    ['$ 10^{6} $', '$t_p$']
    >>> latex_spans("当  $ r_{V} $  小于 0.5 V 时；$$ r_{\\\\mathrm{V}}=\\\\sqrt{\\\\frac{1}{N}} $$ 功率 5\\\\mathrm{kW}")
    ['$ r_{V} $', '$$ r_{\\\\mathrm{V}}=\\\\sqrt{\\\\frac{1}{N}} $$', '\\\\mathrm{kW}']

    Prices, a path, an e-mail's underscore and a plain dollar amount are no markup:

    >>> latex_spans("即属犯罪，一经定罪，可处罚款 $100,000 及监禁 3 个月；a fine of $50,000 and to imprisonment")
    []
    >>> latex_spans("文件保存于 C:\\\\text{报告}；联系 zhang_san@example.com，费用 $5 至 $10；$user_name$")
    []
    """
    found: list[tuple[int, str]] = []
    maths = list(_MATH.finditer(text))
    found += [(m.start(), m.group(0)) for m in maths if _TEX_RE.search(m.group("inner"))]
    # the bare commands outside the math spans: the spans blanked out, positions kept (one pass, linear;
    # a test of each command against every span was quadratic: review 12, F2)
    outside = _MATH.sub(lambda m: " " * len(m.group(0)), text) if maths else text
    found += [(m.start(), m.group(0)) for m in _BARE_COMMAND.finditer(outside)]
    return [span for _, span in sorted(found)]


def latex_residue(text: str) -> str | None:
    """Why ``text`` holds LaTeX residue (the count and the first three spans), or None.

    >>> latex_residue("注 $ ^{1} $ ：运行安全故障。\\n注 $ ^{2} $ ：运行安全隐患。")
    "2 LaTeX spans: '$ ^{1} $', '$ ^{2} $'"
    >>> latex_residue("注1：运行安全故障。") is None
    True
    """
    spans = latex_spans(text)
    if not spans:
        return None
    shown = ", ".join(repr(s if len(s) <= 60 else s[:59] + "…") for s in list(dict.fromkeys(spans))[:3])
    return f"{len(spans)} LaTeX span{'s' if len(spans) > 1 else ''}: {shown}"


def field_codes(text: str) -> str | None:
    """Why ``text`` holds a word processor's field codes (the count and the first three), or None.

    vickywu97's 专利法 第五十八条 (the switch of a HYPERLINK cross-reference, its keyword dropped):

    >>> print(field_codes('除依照本法\\\\l"Z6T53"第五十三条第（二）项、\\\\l"Z6T55"第五十五条规定给予的强制许可外'))
    2 field codes: '\\\\l"Z6T53"', '\\\\l"Z6T55"'
    >>> field_codes("见第五十三条第（二）项；路径 D:\\\\labels\\\\o2；HYPERLINK 一词") is None
    True
    """
    codes = [m.group(0) for m in _FIELD_CODE.finditer(text)]
    if not codes:
        return None
    shown = ", ".join(repr(c) for c in list(dict.fromkeys(codes))[:3])
    return f"{len(codes)} field code{'s' if len(codes) > 1 else ''}: {shown}"


def entity_references(text: str) -> str | None:
    """Why ``text`` shows HTML character references as text (the count and the first three), or None.

    >>> entity_references("合计不低于该类自主招生计划的15%。试点&ldquo;探索建立拔尖创新人才培养基地&rdquo;项目的普通高中学校")
    "2 character references: '&ldquo;', '&rdquo;'"
    >>> entity_references("国务院办公厅 &sp;一九九六年七月十七日；2\ue0105米写作 2&#xE010;5米；AT&T 与 R&D；&nbsp") is None
    True
    """
    refs = [m.group(0) for m in _ENTITY.finditer(text) if not _private_use(m.group(0))]
    if not refs:
        return None
    shown = ", ".join(repr(r) for r in list(dict.fromkeys(refs))[:3])
    return f"{len(refs)} character reference{'s' if len(refs) > 1 else ''}: {shown}"


def _private_use(reference: str) -> bool:
    """A numeric reference to a private-use code point (``&#xE010;``): the lost_glyphs check names it."""
    if not reference.startswith("&#"):
        return False
    digits = reference[2:-1]
    point = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
    return 0xE000 <= point <= 0xF8FF or point >= 0xF0000


def document_residue(documents: pa.Table) -> list[tuple[str, str, list[tuple[int, str]]]]:
    """(check, column, [(row, excerpt)]) of :data:`CHECKS` over the documents."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = documents.column("text")
    gate = pc.fill_null(pc.match_substring_regex(texts, TEXT_GATE), False).to_numpy(zero_copy_only=False)
    rows = np.flatnonzero(np.asarray(gate, dtype=bool))
    found: dict[str, list[tuple[int, str]]] = {LATEX_RESIDUE: [], FIELD_CODE_RESIDUE: [], ENTITY_RESIDUE: []}
    if len(rows):
        for row, text in zip(rows.tolist(), texts.take(pa.array(rows, pa.int64())).to_pylist()):
            for check, find in ((LATEX_RESIDUE, latex_residue), (FIELD_CODE_RESIDUE, field_codes),
                                (ENTITY_RESIDUE, entity_references)):
                why = find(text or "")
                if why:
                    found[check].append((row, why))
    return [(check, "text", hits) for check, hits in found.items() if hits]


__all__ = ["CHECKS", "ENTITY_RESIDUE", "FIELD_CODE_RESIDUE", "LATEX_RESIDUE", "entity_references", "field_codes", "TEXT_GATE", "document_residue", "latex_residue", "latex_spans"]
