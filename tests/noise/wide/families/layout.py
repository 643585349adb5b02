"""Layout: how a page breaks, indents and frames the law.

Plain text: hard wraps at a fixed width (only mid-sentence, where no reader
can take the break for a paragraph end), blank-line variations, indentation
with ideographic spaces, EM spaces, no-break spaces or tabs before article
labels, spaced labels (第 一 条), a table of contents, a summary above the title
repeating the body.  HTML: ``<p>`` split mid-sentence, ``<br>`` wraps,
``&emsp;``/``&nbsp;`` indentation, the body inside a layout ``<table>``.
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import HAN, NUM, Damager
from tests.noise.wide.registry import FINAL, body_lines, label_body_start, register, safe_cut, wrap_points

INDENTS = {
    "ideographic": ("\u3000\u3000", "\u3000"),
    "emspace": ("\u2003\u2003", "\u2003"),
    "nbsp": ("\u00a0\u00a0\u00a0\u00a0", "\u00a0\u00a0"),
    "tab": ("\t", "\t\t"),
}


def hard_wrap(d: Damager, width: tuple[int, int], *, sep: str = "\n") -> None:
    w = d.rng.randint(*width)
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        if d.fmt == "html":
            seg = seg  # escaped entities are rare in laws; a cut never falls inside one (cuts are between Han)
        for cut in wrap_points(seg, w):
            d.insert(li.start + cut, sep, tokens=["\n"] if sep == "\n" else [])


@register("layout_hard_wrap_30", "layout", description="lines hard-wrapped at a fixed width of 28-32 characters, mid-sentence")
def _wrap30(d: Damager) -> None:
    hard_wrap(d, (28, 32))


@register("layout_hard_wrap_narrow", "layout", description="hard wraps at 12-20 characters")
def _wrap_narrow(d: Damager) -> None:
    hard_wrap(d, (12, 20))


@register("layout_hard_wrap_wide", "layout", description="hard wraps at 40-60 characters")
def _wrap_wide(d: Damager) -> None:
    hard_wrap(d, (40, 60))


@register("layout_single_newline", "layout", description="no blank lines between paragraphs")
def _single(d: Damager) -> None:
    text = d.text
    for m in regex.finditer(r"\n\n+", text):
        d.edit(m.start(), m.end(), "\n", kind="transform")


@register("layout_blank_runs", "layout", description="3-6 blank lines, whitespace-only lines, trailing blanks")
def _blank_runs(d: Damager) -> None:
    rng = d.rng
    for m in regex.finditer(r"(?<=\S)\n\n(?=\S)", d.text):
        r = rng.random()
        if r < 0.3:
            d.insert(m.start() + 1, "\n" * rng.randint(2, 5))
        elif r < 0.5:
            d.insert(m.start() + 1, rng.choice((" ", "\u3000", "\t", "  ")))
        if rng.random() < 0.2:
            d.insert(m.start(), rng.choice(("  ", " \t", "\u3000")))


def indent_labels(d: Damager, kind: str, *, all_lines: bool = False, html_entity: str | None = None) -> None:
    lines = body_lines(d, ("label", "para") if all_lines else ("label",))
    for li in lines:
        if d.fmt == "html":
            new = html_entity
        else:
            new = d.rng.choice(INDENTS[kind])
        d.insert(li.start, new, tokens=[])


@register("layout_indent_ideographic", "layout", description="\\u3000\\u3000 before every paragraph")
def _ind_ideo(d: Damager) -> None:
    indent_labels(d, "ideographic", all_lines=True)


@register("layout_indent_emspace", "layout", description="EM spaces (U+2003) before article labels")
def _ind_em(d: Damager) -> None:
    indent_labels(d, "emspace")


@register("layout_indent_nbsp", "layout", description="no-break spaces before every paragraph")
def _ind_nbsp(d: Damager) -> None:
    indent_labels(d, "nbsp", all_lines=True)


@register("layout_tabs", "layout", description="tab indentation, and a tab between label and text")
def _tabs(d: Damager) -> None:
    indent_labels(d, "tab", all_lines=True)
    for li in body_lines(d, ("label",)):
        m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", d.text[li.start : li.end])
        if m and d.rng.random() < 0.5:
            d.edit(li.start + m.start(1), li.start + m.end(1), "\t", kind="transform")


def spaced_labels(d: Damager, *, irregular: bool) -> None:
    for li in body_lines(d, ("label",)):
        m = regex.match(rf"(第)([{NUM}]+)(条)", d.text[li.start : li.end])
        if not m or d.rng.random() < 0.4:
            continue
        gap = d.rng.choice((" ", "\u3000"))
        gaps = list(range(1, m.end()))  # after 第, between numerals, before 条
        if irregular:
            gaps = sorted(d.rng.sample(gaps, d.rng.randint(1, max(1, len(gaps) - 1))))
        for k in gaps:
            d.insert(li.start + k, gap if not irregular else d.rng.choice((" ", "\u3000", "  ")), tokens=[])


@register("layout_spaced_labels", "layout", description="第 一 条 / 第　十　二　条: letter-spaced labels")
def _spaced(d: Damager) -> None:
    spaced_labels(d, irregular=False)


@register("layout_spaced_labels_irregular", "layout", description="第 四条 / 第十 二 条: blanks at some places of the label only")
def _spaced_irregular(d: Damager) -> None:
    spaced_labels(d, irregular=True)


def toc_block(d: Damager) -> tuple[int, str] | None:
    heads = [li for li in d.base.lines if li.kind == "heading" and regex.match(rf"第[{NUM}]+[编章]", d.text[li.start : li.end])]
    if len(heads) < 2:
        return None
    rng = d.rng
    header = rng.choice(("目录", "目 录", "目\u3000\u3000录", "目次"))
    sep = rng.choice(("\n", "\n\n"))
    entries = []
    for h in heads:
        e = d.text[h.start : h.end]
        if rng.random() < 0.3:
            e += rng.choice(("……", "·····", " ")) + str(rng.randint(1, 40))
        entries.append(e)
    return heads[0].outer_start, header + sep + sep.join(entries) + "\n\n"


@register("layout_toc", "layout", description="a 目录 block of the chapter headings before the first chapter")
def _toc(d: Damager) -> None:
    got = toc_block(d)
    if got:
        pos, block = got
        d.insert(pos, block, tokens=[block.split("\n")[0]])


@register("layout_repeated_summary", "layout", description="one to three sentences of the body repeated above the title")
def _summary(d: Damager) -> None:
    sentences = []
    for li in body_lines(d):
        body = d.text[label_body_start(d, li) : li.end]
        sentences += [s for s in regex.findall(r"[^。！？；\n]+[。！？]", body) if "，" in s and len(s) >= 12]
    if not sentences:
        return
    i = d.rng.randrange(len(sentences))
    summary = "".join(sentences[i : i + d.rng.randint(1, 3)])
    if len(summary) < 20:
        return
    d.insert(d.base.lines[0].outer_start, summary + d.rng.choice(("\n", "\n\n")), tokens=[summary])


# --------------------------------------------------------------------------- HTML


@register("layout_html_p_split", "layout", fmt="html", description="a paragraph split across two <p> mid-sentence")
def _p_split(d: Damager) -> None:
    lines = [li for li in body_lines(d) if li.end - li.start > 30]
    for li in d.rng.sample(lines, min(len(lines), max(1, len(lines) // 4))):
        seg = d.text[li.start : li.end]
        cuts = wrap_points(seg, d.rng.randint(15, 40))
        if cuts:
            d.insert(li.start + d.rng.choice(cuts), "</p>\n<p>", tokens=["\n"])


@register("layout_html_br_wrap", "layout", fmt="html", description="lines wrapped with <br> mid-sentence")
def _br(d: Damager) -> None:
    hard_wrap(d, (20, 36), sep="<br>")


@register("layout_html_emsp", "layout", fmt="html", description="&emsp;&emsp; before article labels")
def _emsp(d: Damager) -> None:
    indent_labels(d, "emspace", html_entity="&emsp;&emsp;")


@register("layout_html_nbsp", "layout", fmt="html", description="&nbsp;&nbsp;&nbsp;&nbsp; before every paragraph")
def _nbsp(d: Damager) -> None:
    indent_labels(d, "nbsp", all_lines=True, html_entity="&nbsp;&nbsp;&nbsp;&nbsp;")


@register("layout_html_table_body", "layout", fmt="html", description="the whole body inside a layout <table><tr><td>")
def _table_body(d: Damager) -> None:
    first, last = d.base.lines[0], d.base.lines[-1]
    g = d.new_group()
    d.insert(first.outer_start, '<table width="100%" border="0"><tbody><tr><td class="bt_content" style="font-size:16px">\n', group=g)
    d.insert(last.outer_end, "</td></tr></tbody></table>\n", group=g)


@register("layout_html_table_rows", "layout", fmt="html", description="every paragraph in its own table row (<tr><td><p>…</p></td></tr>)")
def _table_rows(d: Damager) -> None:
    first, last = d.base.lines[0], d.base.lines[-1]
    d.insert(first.outer_start, "<table>\n")
    for li in d.base.lines:
        d.insert(li.outer_start, "<tr><td>")
        d.insert(li.outer_end - 1, "</td></tr>")
    d.insert(last.outer_end, "</table>\n")


@register("control_html_plain", "control", fmt="html", description="no damage: the law as a plain HTML page (format control)")
def _html_plain(d: Damager) -> None:
    d.edit(0, 0, "\n", kind="markup")  # a leading newline: an edit so that the page is rendered


@register("control_txt_plain", "control", description="no damage: the law as plain text (format control)")
def _txt_plain(d: Damager) -> None:
    d.edit(0, 0, "\n", kind="markup")


# --------------------------------------------------------------------------- members added in session 5
# (members of the family the cleaners were not written for: wraps with trailing blanks or
# indented continuation lines, PDF copies whose paragraphs open with ideographic spaces,
# HTML with every wrapped line its own block, a label in one table cell and the text in the
# next, indentation and blank lines of mixed white space)

#: White space a page puts before a paragraph or on a "blank" line (NBSP, EN, EM, ideographic,
#: figure and thin spaces, tabs), one or a few of them.
MIXED_BLANKS = ("\u00a0", "\u2002", "\u2003", "\u3000", "\u2007", "\u2009", "\t", " ")


def _mixed_blank(d: Damager, low: int = 1, high: int = 4) -> str:
    return "".join(d.rng.choice(MIXED_BLANKS) for _ in range(d.rng.randint(low, high)))


@register("layout_hard_wrap_trailing_blank", "layout",
          description="hard wraps at 24-36 characters, each cut line ending in a blank, blanks or an ideographic space")
def _wrap_trailing_blank(d: Damager) -> None:
    w = d.rng.randint(24, 36)
    pad = d.rng.choice((" ", "  ", "\u3000", " \t", "\u00a0"))
    for li in body_lines(d):
        for cut in wrap_points(d.text[li.start : li.end], w):
            d.insert(li.start + cut, pad + "\n", tokens=["\n"])


@register("layout_hard_wrap_hanging", "layout",
          description="hard wraps at 22-34 characters whose continuation lines are indented (blanks, ideographic or EM spaces)")
def _wrap_hanging(d: Damager) -> None:
    w = d.rng.randint(22, 34)
    indent = d.rng.choice(("  ", "    ", "\u3000\u3000", "\u3000", "\u2003\u2003", "\t"))
    for li in body_lines(d):
        for cut in wrap_points(d.text[li.start : li.end], w):
            d.insert(li.start + cut, "\n" + indent, tokens=["\n"])


@register("layout_pdf_copy", "layout",
          description="a PDF copy: every paragraph opens with \\u3000\\u3000, wrapped at 22-34, one newline between paragraphs")
def _pdf_copy(d: Damager) -> None:
    for m in regex.finditer(r"\n\n+", d.text):
        d.edit(m.start(), m.end(), "\n", kind="transform")
    w = d.rng.randint(22, 34)
    for li in body_lines(d):
        d.insert(li.start, "\u3000\u3000", tokens=[])
        for cut in wrap_points(d.text[li.start : li.end], w):
            d.insert(li.start + cut, "\n", tokens=["\n"])


@register("layout_indent_mixed", "layout",
          description="mixtures of NBSP, EN, EM, figure, thin and ideographic spaces and tabs before every paragraph")
def _indent_mixed(d: Damager) -> None:
    for li in body_lines(d, ("label", "para")):
        d.insert(li.start, _mixed_blank(d), tokens=[])


@register("layout_blank_mixed_lines", "layout",
          description="blank lines holding NBSP, EM, EN or ideographic spaces or tabs, and lines padded with them")
def _blank_mixed(d: Damager) -> None:
    rng = d.rng
    # (not beside a line holding only a zero-width marker, which some laws of the corpus carry:
    # a blank there would turn the marker line into a blank line, whose removal is no damage undone)
    for m in regex.finditer(r"(?<=[^\s\u200b-\u200f\u2060\ufeff])\n\n(?=[^\s\u200b-\u200f\u2060\ufeff])", d.text):
        r = rng.random()
        if r < 0.4:
            d.insert(m.start() + 1, _mixed_blank(d) + "\n" + ("\n" if rng.random() < 0.5 else ""))
        elif r < 0.6:
            d.insert(m.start() + 1, _mixed_blank(d))
        if rng.random() < 0.3:
            d.insert(m.start(), _mixed_blank(d, 1, 3))


@register("layout_html_p_per_line", "layout", fmt="html",
          description="a PDF turned into HTML: each line of a paragraph wrapped at 18-34 characters is a <p> of its own")
def _p_per_line(d: Damager) -> None:
    w = d.rng.randint(18, 34)
    for li in body_lines(d):
        for cut in wrap_points(d.text[li.start : li.end], w):
            d.insert(li.start + cut, "</p>\n<p>", tokens=["\n"])


@register("layout_html_block_split", "layout", fmt="html",
          description="a paragraph cut mid-sentence by other markup: <br/>, </p><p style=…>, </span><br><span>, </div><div>")
def _block_split(d: Damager) -> None:
    seps = ("<br/>\n", "<br />", '</p>\n<p style="text-indent:2em">', "<span></span><br><span>", "</p><div></div><p>")
    lines = [li for li in body_lines(d) if li.end - li.start > 30]
    for li in d.rng.sample(lines, min(len(lines), max(1, len(lines) // 3))):
        cuts = wrap_points(d.text[li.start : li.end], d.rng.randint(15, 40))
        if cuts:
            d.insert(li.start + d.rng.choice(cuts), d.rng.choice(seps), tokens=["\n"])


@register("layout_html_indent_entities", "layout", fmt="html",
          description="&ensp;, &#12288;, &#160;, &emsp;&nbsp; mixtures before every paragraph")
def _indent_entities(d: Damager) -> None:
    choices = ("&ensp;&ensp;", "&#12288;&#12288;", "&#160;&#160;&#160;", "&emsp;&nbsp;", "&nbsp;&emsp;&emsp;", "&#x3000;")
    for li in body_lines(d, ("label", "para")):
        d.insert(li.start, d.rng.choice(choices), tokens=[])


@register("layout_html_label_cell", "layout", fmt="html",
          description="the body a table, each article's label in one cell and its text in the next (lis.ly.gov.tw), paragraphs in rows below")
def _label_cell(d: Damager) -> None:
    first, last = d.base.lines[0], d.base.lines[-1]
    d.insert(first.outer_start, "<table>\n", kind="markup")
    for li in d.base.lines:
        seg = d.text[li.start : li.end]
        m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", seg) if li.kind == "label" else None
        if m:
            d.insert(li.outer_start, "<tr><td>", kind="markup")
            d.edit(li.start - 3, li.start, "", kind="markup")  # the <p>
            d.edit(li.start + m.start(1), li.start + m.end(1), "</td><td>", kind="markup")
        else:
            cells = "<tr><td></td><td>" if li.kind == "para" else '<tr><td colspan="2">'
            d.insert(li.outer_start, cells, kind="markup")
        d.insert(li.outer_end - 1, "</td></tr>", kind="markup")
    d.insert(last.outer_end, "</table>\n", kind="markup")


@register("layout_html_spacer_cells", "layout", fmt="html",
          description="lis.ly.gov.tw: each label in a row after an empty &nbsp; cell, the article's paragraphs in the next "
                      "table's text cell, separated by <br>")
def _spacer_cells(d: Damager) -> None:
    lines = d.base.lines
    for i, li in enumerate(lines):
        seg = d.text[li.start : li.end]
        m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", seg) if li.kind == "label" else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        last_of_article = nxt is None or nxt.kind != "para" or nxt.article != li.article
        if m:
            d.edit(li.outer_start, li.start, "<table><tr><td>&nbsp;&nbsp;&nbsp;</td><td>", kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1),
                   "</td></tr></table>\n<table><tr><td>&nbsp;&nbsp;&nbsp;&nbsp;</td><td>\n&#12288;&#12288;", kind="markup")
        elif li.kind == "para" and li.article is not None:
            d.edit(li.outer_start, li.start, "&#12288;&#12288;", kind="markup")
        else:
            continue
        d.edit(li.end, li.outer_end, "<br>\n</td></tr></table>\n" if last_of_article else "<br>\n", kind="markup")


@register("layout_html_label_cell_br", "layout", fmt="html",
          description="the body a table, a row per article: its label in one cell, all its paragraphs in the next, separated by <br>")
def _label_cell_br(d: Damager) -> None:
    lines = d.base.lines
    first, last = lines[0], lines[-1]
    d.insert(first.outer_start, "<table>\n", kind="markup")
    for i, li in enumerate(lines):
        seg = d.text[li.start : li.end]
        m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", seg) if li.kind == "label" else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        last_of_article = nxt is None or nxt.kind != "para" or nxt.article != li.article
        if m:
            d.edit(li.outer_start, li.start, "<tr><td>", kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1), "</td><td>", kind="markup")
        elif li.kind == "para" and li.article is not None:
            d.edit(li.outer_start, li.start, "", kind="markup")
        else:
            d.insert(li.outer_start, '<tr><td colspan="2">', kind="markup")
            d.insert(li.outer_end - 1, "</td></tr>", kind="markup")
            continue
        d.edit(li.end, li.outer_end, "</td></tr>\n" if last_of_article else "<br>\n", kind="markup")
    d.insert(last.outer_end, "</table>\n", kind="markup")


# --------------------------------------------------------------------------- members added in session 11
# (HTML that word processors and old CMS templates write: a Word export, each paragraph a
# ``<p class="MsoNormal">`` whose text is cut into ``<span>`` runs at arbitrary places, the label
# in a run of its own, ``<o:p></o:p>`` at the end (bjtcm.gov.cn 047_t20191219_1337992, nfra.gov.cn's
# ``《中华人民共和国保险法》第</span><span …>八十六</span>``); and the body in a layout table
# nested in the cell of another, beside an empty spacer cell)

_RUN_STYLES = (
    'style="font-family:仿宋_GB2312;font-size:16.0pt"',
    "style=\"mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:15.0000pt;mso-font-kerning:1.0000pt;\"",
    'style="font-size: 10.5pt; font-family: 仿宋; color: black; line-height: 200%"',
    'lang="EN-US"',
)
_P_STYLES = (
    '<p class="MsoNormal" style="text-indent:32.0pt;line-height:30.0pt">',
    "<p class=MsoNormal style='mso-pagination:widow-orphan;line-height:30.0000pt;'>",
    '<p class="MsoNormal" align="justify" style="text-align:justify;text-justify:inter-ideograph;">',
)


def _entity_safe_cuts(seg: str) -> list[int]:
    """Positions inside ``seg`` (escaped HTML text) that do not fall inside a character reference."""
    blocked: set[int] = set()
    for m in regex.finditer(r"&[#A-Za-z0-9]+;", seg):
        blocked.update(range(m.start() + 1, m.end()))
    return [i for i in range(1, len(seg)) if i not in blocked]


@register("layout_html_word_export", "layout", fmt="html",
          description="a Word export: <p class=MsoNormal>, the text cut into <span> runs at arbitrary places, the label in its own run, <o:p></o:p>")
def _word_export(d: Damager) -> None:
    rng = d.rng
    for li in d.base.lines:
        if li.kind not in ("label", "para", "heading", "title", "meta", "other"):
            continue
        seg = d.text[li.start : li.end]
        run = f"<span {rng.choice(_RUN_STYLES)}>"
        d.edit(li.outer_start, li.start, rng.choice(_P_STYLES) + run, kind="markup")
        cuts = _entity_safe_cuts(seg)
        label = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?(?= )", seg) if li.kind == "label" else None
        chosen = set(rng.sample(cuts, min(len(cuts), rng.randint(0, 3))))
        if label:
            chosen.add(label.end())
        for cut in sorted(chosen):
            d.insert(li.start + cut, f"</span><span {rng.choice(_RUN_STYLES)}>", kind="markup")
        tail = "</span><span lang=\"EN-US\"><o:p></o:p></span></p>\n" if rng.random() < 0.7 else "</span></p>\n"
        d.edit(li.end, li.outer_end, tail, kind="markup")


@register("layout_html_table_nested", "layout", fmt="html",
          description="the body in a layout table nested in another's cell, beside an empty spacer cell")
def _table_nested(d: Damager) -> None:
    first, last = d.base.lines[0], d.base.lines[-1]
    g = d.new_group()
    d.insert(first.outer_start,
             '<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>\n'
             '<td width="20" valign="top">&nbsp;</td>\n<td valign="top">\n'
             '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody><tr><td class="zw" align="left">\n',
             kind="markup", group=g)
    d.insert(last.outer_end, "</td></tr></tbody></table>\n</td>\n<td width=\"20\">&nbsp;</td></tr></table>\n", kind="markup", group=g)


@register("layout_html_br_paragraphs", "layout", fmt="html",
          description="the body one <p> (or <div>) whose paragraphs are separated by <br> or <br/><br/>, indented by &nbsp; or 　")
def _br_paragraphs(d: Damager) -> None:
    rng = d.rng
    lines = [li for li in d.base.lines if li.kind in ("label", "para", "heading", "other")]
    if len(lines) < 2:
        return
    tag = rng.choice(("p", "div"))
    sep = rng.choice(("<br>\n", "<br/><br/>\n", "<br />\n"))
    indent = rng.choice(("&nbsp;&nbsp;&nbsp;&nbsp;", "　　", "&#12288;&#12288;", ""))
    for i, li in enumerate(lines):
        opening = f"<{tag}>" if i == 0 else ""
        closing = f"</{tag}>\n" if i == len(lines) - 1 else sep
        d.edit(li.outer_start, li.start, opening + indent, kind="markup")
        d.edit(li.end, li.outer_end, closing, kind="markup")


# --------------------------------------------------------------------------- members added in session 14
# (blind variants of layout14, written before the cleaners were changed for them: a PDF's text
# whose page breaks fall mid-sentence with a page number and a running head between the two
# halves; an extractor that writes every inline text run on a line of its own (electricity_rag's
# 天津 page, F13-B5: ``依据《…开展⏎2021⏎年电力需求响应工作的通知》``); a fixed-width wrap that a
# later step turned into a blank inside a word (pages13b, F13-B6: ``由內政 部定之``))

#: Page-number shapes of printed pages (one shape per document; ``{n}`` the page, ``{t}`` the total).
_PAGE_FEET = ("- {n} -", "—{n}—", "— {n} —", "第{n}页", "第 {n} 页 共 {t} 页", "{n}/{t}", "·{n}·", "{n}", "－{n}－")


@register("layout_pdf_page_breaks", "layout",
          description="PDF text wrapped at 24-34, a page break every 14-26 printed lines (mid-sentence), its page number and a running head between the halves")
def _pdf_page_breaks(d: Damager) -> None:
    rng = d.rng
    w = rng.randint(24, 34)
    every = rng.randint(14, 26)
    foot = rng.choice(_PAGE_FEET)
    title = d.text[d.base.lines[0].start : d.base.lines[0].end]
    head = rng.choice((title, title, "", title + "（" + rng.choice(("草案", "修订", "2023年")) + "）"))
    around = rng.choice(("\n", "\n\n", "\n\f"))
    cuts: list[int] = []
    for li in body_lines(d):
        cuts += [li.start + c for c in wrap_points(d.text[li.start : li.end], w)]
    # the number of printed lines: every body line plus its wraps; page breaks go at the wraps only
    pages = max(2, (len(cuts) + len(body_lines(d))) // every + 1)
    page = 1
    for k, pos in enumerate(cuts):
        if k and k % every == 0:
            furniture = foot.format(n=page, t=pages)
            page += 1
            block = "\n" + furniture + around + (head + "\n" if head else "")
            d.insert(pos, block, tokens=[furniture, head] if head else [furniture])
        else:
            d.insert(pos, "\n", tokens=["\n"])


_RUN_BOUNDARY = regex.compile(r"(?<=[0-9A-Za-z.%])(?=[^0-9A-Za-z.%\s])|(?<=[^0-9A-Za-z.%\s])(?=[0-9A-Za-z])|(?<=〔)|(?=〕)")


@register("layout_inline_runs", "layout",
          description="one inline text run per line: numbers and Latin in runs of their own, the bold label apart, 0-2 style changes per paragraph")
def _inline_runs(d: Damager) -> None:
    rng = d.rng
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        points = set()
        for m in _RUN_BOUNDARY.finditer(seg):
            p = m.start()
            if 0 < p < len(seg) and seg[p - 1] not in "。；：！？" and not seg[p].isspace() and not seg[p - 1].isspace():
                points.add(p)
        label = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", seg) if li.kind == "label" else None
        if label:
            points = {p for p in points if p > label.end()}
            if rng.random() < 0.5:
                d.edit(li.start + label.start(1), li.start + label.end(1), "\n", kind="transform", tokens=["\n"])
        styles = [c for c in range(1, len(seg)) if safe_cut(seg, c) and (not label or c > label.end())]
        points.update(rng.sample(styles, min(len(styles), rng.randint(0, 2))))
        for p in sorted(points):
            d.insert(li.start + p, "\n", tokens=["\n"])


@register("layout_wrap_blank_in_words", "layout",
          description="a fixed-width wrap (18-40) turned into a blank inside the words (one space, an ideographic space or two spaces per page)")
def _wrap_blank_in_words(d: Damager) -> None:
    w = d.rng.randint(18, 40)
    blank = d.rng.choice((" ", " ", "\u3000", "  "))
    for li in body_lines(d):
        for cut in wrap_points(d.text[li.start : li.end], w):
            d.insert(li.start + cut, blank, tokens=[blank])


# --------------------------------------------------------------------------- members added in session 15
# (blind variants of layout15, written before the cleaners were changed for them: a fixed-width
# wrap set by a typesetter's line-breaking rules (the cut at exactly the width, a mark that may
# not open a line kept at the end of the line before, so lines end after 。；： mid-paragraph);
# pdftotext's output of a Word document (paragraphs opened by two ideographic spaces, one
# newline between them, each page closed by its number and a form feed, the next page's first
# line glued after the form feed, page breaks at any line, after a sentence too: F14-C3); and a
# converter that lost the line breaks before article labels and list items (the labels prove them))

#: Marks a Chinese typesetter never puts at the start of a line (they stay on the line before).
_NO_OPENING = set("，。、；：！？）》」』”’…%")
#: Marks a typesetter never leaves at the end of a line (they go to the next one).
_NO_CLOSING = set("（《「『“‘")
_RUN_CHAR = regex.compile(r"[0-9A-Za-z.%]")


def _typeset_cuts(seg: str, width: int, *, split_runs: bool = False) -> list[int]:
    """Cuts of a fixed-width wrap with Chinese line-breaking rules: at the width, or one later for a
    closing mark, one earlier for an opening one; never inside a run of digits or Latin (unless
    ``split_runs``: a wrap at exactly the width wherever it falls), never at a blank."""
    cuts: list[int] = []
    pos = width
    while pos < len(seg) - 1:
        cut = pos
        if seg[cut] in _NO_OPENING:
            cut += 1
        elif seg[cut - 1] in _NO_CLOSING:
            cut -= 1
        while not split_runs and 0 < cut < len(seg) and _RUN_CHAR.match(seg[cut]) and _RUN_CHAR.match(seg[cut - 1]):
            cut -= 1
        if cut <= (cuts[-1] if cuts else 0) or cut >= len(seg) - 1 or seg[cut].isspace() or seg[cut - 1].isspace() \
                or seg[cut] in _NO_OPENING:
            pos += 1
            continue
        cuts.append(cut)
        pos = cut + width
    return cuts


@register("layout_wrap_typeset", "layout",
          description="a typesetter's fixed-width wrap (20-40): cut at the width, after 。；：too (mid-paragraph), closing marks kept on the line")
def _wrap_typeset(d: Damager) -> None:
    w = d.rng.randint(20, 40)
    for li in body_lines(d):
        for cut in _typeset_cuts(d.text[li.start : li.end], w):
            d.insert(li.start + cut, "\n", tokens=["\n"])


@register("layout_pdftotext_pages", "layout",
          description="pdftotext of a Word file: paragraphs opened by \\u3000\\u3000, one newline between, a typeset wrap (22-36), "
                      "each page closed by its number and a form feed glued to the next page's first line, page breaks after sentences too")
def _pdftotext_pages(d: Damager) -> None:
    rng = d.rng
    seps = {m.start(): m.end() for m in regex.finditer(r"\n\n+", d.text)}
    w = rng.randint(22, 36)
    every = rng.randint(18, 30)
    foot = rng.choice(("- {n} -", "—{n}—", "{n}", "第{n}页", "－{n}－", "— {n} —"))
    lines = body_lines(d)
    # the printed lines' ends: every cut of a body line and every body line's end but the last
    ends: list[tuple[int, bool]] = []
    for i, li in enumerate(lines):
        d.insert(li.start, "\u3000\u3000", tokens=[])
        ends += [(li.start + c, False) for c in _typeset_cuts(d.text[li.start : li.end], w)]
        if i + 1 < len(lines) and li.end in seps:
            ends.append((li.end, True))
    page = 1
    for k, (pos, line_end) in enumerate(sorted(ends)):
        furniture = foot.format(n=page) if k and k % every == 0 else None
        if furniture:
            page += 1
        if line_end:  # the page ends with a paragraph: its number and a form feed before the next line
            sep_end = seps.pop(pos)
            d.edit(pos, sep_end, "\n" + furniture + "\n\f" if furniture else "\n", kind="transform",
                   tokens=[furniture] if furniture else [])
        elif furniture:
            d.insert(pos, "\n" + furniture + "\n\f", tokens=[furniture, "\n"])
        else:
            d.insert(pos, "\n", tokens=["\n"])
    for start, end in seps.items():  # one newline between the other blocks too
        d.edit(start, end, "\n", kind="transform")


_ITEM_START = regex.compile(rf"^(?:[（(][{NUM}]+[）)]|[{NUM}]+、)")


@register("layout_glued_labels", "layout",
          description="a converter lost the line break before some article labels and list items: 。第五条 … / ：（一）…；（二）…")
def _glued_labels(d: Damager) -> None:
    rng = d.rng
    lines = d.base.lines
    for prev, li in zip(lines, lines[1:]):
        if li.kind not in ("label", "para") or prev.kind not in ("label", "para") or d.text[prev.end : li.start].strip():
            continue
        seg = d.text[li.start : li.end]
        proven = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)? ", seg) if li.kind == "label" else _ITEM_START.match(seg)
        if not proven or d.text[prev.end - 1] not in "。；：" or rng.random() < 0.5:
            continue
        d.edit(prev.end, li.start, rng.choice(("", "", " ", "\u3000")), kind="transform", tokens=[])


# (second round of layout15's blind variants, written after the cleaners were changed for the first three and
# measured once before any change for them: a typeset wrap whose continuation lines are indented; pdftotext
# pages of blank-line paragraphs whose bare page numbers are glued to the next page by a form feed)


@register("layout_wrap_typeset_hanging", "layout",
          description="a typesetter's wrap (24-36, after marks too) whose continuation lines are indented by blanks or ideographic spaces")
def _wrap_typeset_hanging(d: Damager) -> None:
    w = d.rng.randint(24, 36)
    indent = d.rng.choice(("  ", "\u3000\u3000", "\u3000", "    "))
    for li in body_lines(d):
        for cut in _typeset_cuts(d.text[li.start : li.end], w):
            d.insert(li.start + cut, "\n" + indent, tokens=["\n"])


@register("layout_pdf_formfeed_glued", "layout",
          description="a typeset wrap (26-34) of blank-line paragraphs, every 16-24 printed lines a bare page number and a form feed glued to the next page's first line")
def _pdf_formfeed_glued(d: Damager) -> None:
    rng = d.rng
    w = rng.randint(26, 34)
    every = rng.randint(16, 24)
    cuts: list[int] = []
    for li in body_lines(d):
        cuts += [li.start + c for c in _typeset_cuts(d.text[li.start : li.end], w)]
    page = 1
    for k, pos in enumerate(cuts):
        if k and k % every == 0:
            d.insert(pos, f"\n{page}\f", tokens=[str(page), "\n"])
            page += 1
        else:
            d.insert(pos, "\n", tokens=["\n"])


# --------------------------------------------------------------------------- blind variants of pdf16
# (session 16, written before the cleaners were changed for them: text copied out of a PDF or a Word
# file. Shapes read in pdftotext's output, with and without -layout, of the 民法典/宪法/国旗法 PDFs of
# /work/field14/zitzhen_chinese_law: a label in a text block of its own, a wrap carrying a blank line,
# `第三条   民事主体`; and the furniture of printed gazettes and browser copies.)

_LABEL_BLANK = regex.compile(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )")


def _typeset_lines(d: Damager, width: int) -> list[int]:
    """Cut positions (in the base text) of a typeset wrap of every body line."""
    cuts: list[int] = []
    for li in body_lines(d):
        cuts += [li.start + c for c in _typeset_cuts(d.text[li.start : li.end], width)]
    return cuts


@register("layout_blind_label_own_line", "layout",
          description="pdftotext raw: article labels in a block of their own (第N条⏎⏎text, 2 of 3), text typeset-wrapped at 36-50")
def _blind_label_own_line(d: Damager) -> None:
    rng = d.rng
    for pos in _typeset_lines(d, rng.randint(36, 50)):
        d.insert(pos, "\n", tokens=["\n"])
    for li in body_lines(d, ("label",)):
        m = _LABEL_BLANK.match(d.text[li.start : li.end])
        if m and rng.random() < 2 / 3:
            d.edit(li.start + m.start(1), li.start + m.end(1), "\n\n", kind="transform", tokens=["\n"])


@register("layout_blind_layout_mode", "layout",
          description="pdftotext -layout: 第N条   text (three blanks), typeset wrap 36-50, every 30-45 lines a centred page foot and a form feed mid-sentence")
def _blind_layout_mode(d: Damager) -> None:
    rng = d.rng
    for li in body_lines(d, ("label",)):
        m = _LABEL_BLANK.match(d.text[li.start : li.end])
        if m and rng.random() < 0.6:
            d.edit(li.start + m.start(1), li.start + m.end(1), "   ", kind="transform", tokens=[])
    every = rng.randint(30, 45)
    foot = rng.choice(("- {n} -", "— {n} —", "{n}", "第 {n} 页"))
    page = 1
    for k, pos in enumerate(_typeset_lines(d, rng.randint(36, 50))):
        if k and k % every == 0:
            furniture = foot.format(n=page)
            page += 1
            d.insert(pos, "\n" + " " * rng.randint(20, 40) + furniture + "\n\f", tokens=[furniture, "\n"])
        else:
            d.insert(pos, "\n", tokens=["\n"])


def _issuer_of(title: str) -> str:
    m = regex.match(r"^(.{2,12}?(?:省|市|自治区|自治州|县|区))", title)
    return m.group(1) if m else title[:6]


@register("layout_blind_gazette_heads", "layout",
          description="a gazette's pages: running head with the page number on the outer side at each page top, or ·N·/Page N/N/T feet; breaks mid-sentence")
def _blind_gazette_heads(d: Damager) -> None:
    rng = d.rng
    title = d.base.law.title
    issuer = _issuer_of(title)
    head = rng.choice((f"{issuer}人民政府公报", f"{issuer}人大常委会公报", title))
    issue = rng.choice(("", f"  {rng.randint(2005, 2024)}年第{rng.randint(1, 24)}期", f" {rng.randint(2005, 2024)}.{rng.randint(1, 12)}"))
    shape = rng.choice(("outer", "outer", "·{n}·", "Page {n}", "{n}/{t}"))
    every = rng.randint(20, 32)
    cuts = _typeset_lines(d, rng.randint(28, 40))
    total = len(cuts) // every + 2
    page = rng.randint(1, 60)
    for k, pos in enumerate(cuts):
        if not (k and k % every == 0):
            d.insert(pos, "\n", tokens=["\n"])
            continue
        around = "\n" * rng.randint(1, 3)
        if shape == "outer":
            line = f"{page}  {head}{issue}" if page % 2 == 0 else f"{head}{issue}  {page}"
            d.insert(pos, "\n" + around + line + around, tokens=[str(page), head])
        else:
            foot = shape.format(n=page, t=total)
            d.insert(pos, "\n" + around + foot + around, tokens=[foot, "\n"])
        page += 1


@register("layout_blind_inline_pagebreak", "layout",
          description="a browser copy of a PDF: one paragraph a line, the page's foot and head glued INSIDE the sentence with blanks (…依法 - 3 - 某某条例 办理…)")
def _blind_inline_pagebreak(d: Damager) -> None:
    rng = d.rng
    title = d.base.law.title
    foot = rng.choice(("- {n} -", "Page {n}", "{n}", "第{n}页", "— {n} —"))
    head = rng.choice((title, "", title))
    every = rng.randint(500, 900)
    every = min(every, max(40, sum(li.end - li.start for li in body_lines(d)) // 3))  # (a short law: pages of its size)
    page, seen = 1, 0
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        for cut in wrap_points(seg, 8):
            if li.start + cut - seen >= every:
                seen = li.start + cut
                glue = " " + foot.format(n=page) + (" " + head if head else "") + " "
                d.insert(li.start + cut, glue, tokens=[foot.format(n=page)] + ([head] if head else []))
                page += 1
                break


@register("layout_blind_wrap_blank_line", "layout",
          description="pdftotext raw of a block-per-line PDF: typeset wrap 36-50, one wrap in three with a blank line (…未经本⏎⏎人同意…)")
def _blind_wrap_blank_line(d: Damager) -> None:
    rng = d.rng
    for pos in _typeset_lines(d, rng.randint(36, 50)):
        d.insert(pos, "\n\n" if rng.random() < 1 / 3 else "\n", tokens=["\n"])


@register("layout_blind_spread_lines", "layout",
          description="distributed alignment: title and chapter headings spread (总 则), one short paragraph in three spread, the rest wrapped at 30-40")
def _blind_spread_lines(d: Damager) -> None:
    rng = d.rng
    w = rng.randint(30, 40)
    for li in d.base.lines:
        seg = d.text[li.start : li.end]
        if li.kind in ("title", "heading") or (li.kind in ("label", "para") and len(seg) < 24 and rng.random() < 1 / 3):
            for i in range(1, len(seg)):
                if not seg[i - 1].isspace() and not seg[i].isspace() and not (seg[i - 1].isascii() and seg[i].isascii()):
                    d.insert(li.start + i, " ", tokens=[])
        elif li.kind in ("label", "para"):
            for cut in wrap_points(seg, w):
                d.insert(li.start + cut, "\n", tokens=["\n"])


@register("layout_blind_word_txt", "layout",
          description="Word 'save as txt': CRLF, no blank lines, each paragraph opened by 　　, 第N条　　text, trailing blanks on some lines")
def _blind_word_txt(d: Damager) -> None:
    rng = d.rng
    for m in regex.finditer(r"\n\n+", d.text):
        d.edit(m.start(), m.end(), "\r\n", kind="transform")
    for li in body_lines(d):
        d.insert(li.start, "\u3000\u3000", tokens=[])
        m = _LABEL_BLANK.match(d.text[li.start : li.end]) if li.kind == "label" else None
        if m:
            d.edit(li.start + m.start(1), li.start + m.end(1), "\u3000\u3000", kind="transform", tokens=[])
        if rng.random() < 0.3:
            d.insert(li.end, " ", tokens=[])


# (second round of pdf16's blind variants, written after the cleaners were changed for the first seven and
# measured before any change for these)

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


@register("layout_blind2_footnotes", "layout",
          description="PDF footnotes: a marker ① after a Han character in one article in ten, the note at the foot of its page (mid-sentence), a blank line before it")
def _blind2_footnotes(d: Damager) -> None:
    rng = d.rng
    every = rng.randint(20, 30)
    cuts = _typeset_lines(d, rng.randint(30, 44))
    markers: list[int] = []
    for li in body_lines(d, ("label",)):
        if rng.random() < 0.1:
            seg = d.text[li.start : li.end]
            spots = [i for i in range(6, len(seg) - 2) if HAN.match(seg[i - 1]) and HAN.match(seg[i])]
            if spots:
                markers.append(li.start + rng.choice(spots))
    k_marker = 0
    notes: list[str] = []
    for k, pos in enumerate(cuts):
        while k_marker < len(markers) and markers[k_marker] < pos:
            mark = _CIRCLED[len(notes) % len(_CIRCLED)]
            d.insert(markers[k_marker], mark, tokens=[mark])
            notes.append(f"{mark} 本条第二款经{rng.randint(2001, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日修改。")
            k_marker += 1
        if k and k % every == 0 and notes:
            block = "\n\n" + "\n".join(notes) + "\n"
            d.insert(pos, block, tokens=[n for n in notes] + ["\n"])
            notes = []
        else:
            d.insert(pos, "\n", tokens=["\n"])


@register("layout_blind2_alternating_heads", "layout",
          description="a book: even pages headed by the title, odd pages by the issuer, the foot — N — at each page end; breaks mid-sentence; single newlines only")
def _blind2_alternating_heads(d: Damager) -> None:
    rng = d.rng
    for m in regex.finditer(r"\n\n+", d.text):
        d.edit(m.start(), m.end(), "\n", kind="transform")
    title = d.base.law.title
    issuer = _issuer_of(title) + rng.choice(("人民代表大会常务委员会", "人民政府"))
    every = rng.randint(22, 34)
    page = 1
    for k, pos in enumerate(_typeset_lines(d, rng.randint(28, 40))):
        if k and k % every == 0:
            head = title if page % 2 == 0 else issuer
            foot = f"— {page} —"
            page += 1
            d.insert(pos, f"\n{foot}\n{head}\n", tokens=[foot, head, "\n"])
        else:
            d.insert(pos, "\n", tokens=["\n"])


@register("layout_blind2_word_wrapped_txt", "layout",
          description="Word 'save as txt' with line breaks inserted: CRLF, typeset wrap 30-40, paragraphs opened by 　　, 第N条　　text, no blank lines")
def _blind2_word_wrapped_txt(d: Damager) -> None:
    rng = d.rng
    for m in regex.finditer(r"\n\n+", d.text):
        d.edit(m.start(), m.end(), "\r\n", kind="transform")
    w = rng.randint(30, 40)
    for li in body_lines(d):
        d.insert(li.start, "\u3000\u3000", tokens=[])
        seg = d.text[li.start : li.end]
        m = _LABEL_BLANK.match(seg) if li.kind == "label" else None
        if m:
            d.edit(li.start + m.start(1), li.start + m.end(1), "\u3000\u3000", kind="transform", tokens=[])
        for cut in _typeset_cuts(seg, w):
            if not (m and m.start(1) <= cut <= m.end(1)):
                d.insert(li.start + cut, "\r\n", tokens=["\n"])


# --------------------------------------------------------------------------- blind variants of pdf17
# (session 17, written in words in /work/notes/pdf17/blind.md before the cleaners were changed for them:
# the furniture at a printed page's edges in more shapes (a gazette's issue line, a browser's print
# header and footer, a header and a footer on one break, the chapter's name as a running head, marking
# and copyright lines), page breaks at structure (a label and its text, an item, 第|十条), footnotes
# marked [1], a scan's OCR at the line edges, and wrap blanks after the characters that end organs' names.
# 3 (head_foot_docno) and 7 (footnote_brackets) are never tuned on.)


def _paged(d: Damager, width: int, every: int, block, *, cuts: list[int] | None = None) -> int:
    """Typeset-wrap the body at ``width``; every ``every`` printed lines put ``block(page_index)``
    (``(text, tokens)``) in place of the newline.  Returns the number of page breaks."""
    breaks = 0
    for k, pos in enumerate(_typeset_lines(d, width) if cuts is None else cuts):
        if k and k % every == 0:
            text, tokens = block(breaks)
            d.insert(pos, text, tokens=tokens)
            breaks += 1
        else:
            d.insert(pos, "\n", tokens=["\n"])
    return breaks


@register("layout_blind3_gazette_issue_line", "layout",
          description="a 公报's furniture line: name + issue + page (国务院公报 2019年第5号 — 13 —) at each page top after a form feed, or at the foot before it")
def _blind3_gazette_issue_line(d: Damager) -> None:
    rng = d.rng
    issuer = _issuer_of(d.base.law.title)
    name = rng.choice(("国务院公报", "中华人民共和国国务院公报", f"{issuer}人民政府公报", f"{issuer}人大常委会公报"))
    year, issue = rng.randint(2000, 2024), rng.randint(1, 36)
    issue_text = rng.choice((f"{year}年第{issue}号", f"{year}年第{issue}期", f"{year}.{issue}"))
    number = rng.choice(("— {n} —", "·{n}·", "- {n} -", "{n}"))
    sep = rng.choice((" ", "  ", "\u3000"))
    number_first = rng.random() < 0.3
    top = rng.random() < 0.5
    first = rng.randint(1, 60)

    def block(i: int) -> tuple[str, list[str]]:
        n = number.format(n=first + i)
        line = f"{n}{sep}{name}{sep}{issue_text}" if number_first else f"{name}{sep}{issue_text}{sep}{n}"
        return ("\n\f" + line + "\n" if top else "\n" + line + "\n\f"), [line, "\n"]

    _paged(d, rng.randint(30, 42), rng.randint(18, 28), block)


@register("layout_blind3_browser_print", "layout",
          description="a browser's print to PDF: print date/time and page title at each page top, the URL (or file:///) and N/T at each foot, form feed between")
def _blind3_browser_print(d: Damager) -> None:
    rng = d.rng
    title = d.base.law.title
    y, mo, da = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    stamp = rng.choice((f"{y}/{mo}/{da} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}",
                        f"{y}/{mo}/{da} 上午{rng.randint(8, 11)}:{rng.randint(0, 59):02d}",
                        f"{mo}/{da}/{y % 100:02d}, {rng.randint(1, 12)}:{rng.randint(0, 59):02d} PM"))
    page_title = rng.choice((title, f"{title} - 中国政府网", f"{title}_{_issuer_of(title)}人民政府门户网站"))
    url = rng.choice((f"https://www.gov.cn/zhengce/content/{y}-{mo:02d}/{da:02d}/content_{rng.randint(100000, 999999)}.htm",
                      f"file:///C:/Users/admin/Desktop/{title}.html",
                      f"http://www.example.gov.cn/zwgk/zcwj/{y}{mo:02d}/t{y}{mo:02d}{da:02d}_{rng.randint(1000, 9999)}.html"))
    head = f"{stamp}{rng.choice(('   ', ' ', chr(9)))}{page_title}"
    cuts = _typeset_lines(d, rng.randint(36, 48))
    every = rng.randint(24, 34)
    total = len(cuts) // every + 1

    def block(i: int) -> tuple[str, list[str]]:
        foot = f"{url} {i + 1}/{total}"
        return "\n" + foot + "\n\f" + head + "\n", [foot, url, stamp, "\n"]

    breaks = _paged(d, 0, every, block, cuts=cuts)
    d.insert(d.base.lines[0].outer_start, head + "\n", tokens=[head, stamp])
    foot = f"{url} {breaks + 1}/{total}"
    d.insert(len(d.text), "\n" + foot + "\n", tokens=[foot, url])


@register("layout_blind3_head_foot_docno", "layout",
          description="a header AND a footer on one break: — N — then a blank line and the 文号 or the issuer; page numbers skip now and then")
def _blind3_head_foot_docno(d: Damager) -> None:
    rng = d.rng
    issuer = _issuer_of(d.base.law.title)
    header = rng.choice((f"{issuer[:1]}{rng.choice(('政办发', '府办', '政发'))}〔{rng.randint(2005, 2024)}〕{rng.randint(1, 120)}号",
                         f"{issuer}人民政府办公厅", f"{issuer}人民代表大会常务委员会"))
    foot = rng.choice(("— {n} —", "- {n} -"))
    pages = [rng.randint(1, 9)]

    def block(i: int) -> tuple[str, list[str]]:
        while len(pages) <= i:
            pages.append(pages[-1] + (2 if rng.random() < 0.25 else 1))
        f = foot.format(n=pages[i])
        return "\n" + f + "\n\n" + header + "\n", [f, header, "\n"]

    _paged(d, rng.randint(28, 40), rng.randint(18, 28), block)


@register("layout_blind3_chapter_heads", "layout",
          description="the running head is the current chapter's heading (第二章　监督管理), the title before the first; the foot - N - before it")
def _blind3_chapter_heads(d: Damager) -> None:
    rng = d.rng
    title = d.base.law.title
    headings = [(li.start, d.text[li.start : li.end]) for li in d.base.lines
                if li.kind == "heading" and regex.match(rf"第[{NUM}]+章", d.text[li.start : li.end])]
    foot = rng.choice(("- {n} -", "— {n} —", "{n}"))
    blank = rng.choice(("\u3000", " ", "  "))
    cuts = _typeset_lines(d, rng.randint(28, 40))
    every = rng.randint(20, 30)

    def block(i: int) -> tuple[str, list[str]]:
        pos = cuts[(i + 1) * every]
        current = [h for s, h in headings if s < pos]
        head = regex.sub(r"\s+", blank, current[-1]) if current else title
        f = foot.format(n=i + 1)
        return "\n" + f + "\n" + head + "\n", [f, head, "\n"]

    _paged(d, 0, every, block, cuts=cuts)


_ITEM_OPEN = regex.compile(rf"^[（(][{NUM}]+[）)]")


@register("layout_blind3_break_at_structure", "layout",
          description="page furniture (- N - and the title) at structure one time in three: between a label and its text, after an item's （三）, between 第 and 十条")
def _blind3_break_at_structure(d: Damager) -> None:
    rng = d.rng
    title = d.base.law.title
    foot = rng.choice(("- {n} -", "— {n} —", "第{n}页"))
    spots: list[tuple[int, int, str]] = []  # (start, end, kind) of a structural place in the base text
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        m = _LABEL_BLANK.match(seg) if li.kind == "label" else None
        if m:
            spots.append((li.start + 1, li.start + 1, "split"))
            spots.append((li.start + m.start(1), li.start + m.end(1), "label"))
        item = _ITEM_OPEN.match(seg)
        if item:
            spots.append((li.start + item.end(), li.start + item.end(), "item"))
    cuts = _typeset_lines(d, rng.randint(30, 40))
    every = rng.randint(20, 30)
    page = 1
    for k, pos in enumerate(cuts):
        if not (k and k % every == 0):
            d.insert(pos, "\n", tokens=["\n"])
            continue
        f = foot.format(n=page)
        page += 1
        block = "\n" + f + "\n" + title + "\n"
        later = [s for s in spots if s[0] > pos][:3]
        if later and rng.random() < 1 / 3:
            start, end, _ = rng.choice(later)
            if d.edit(start, end, block, kind="transform" if end > start else "insert", tokens=[f, title, "\n"]):
                d.insert(pos, "\n", tokens=["\n"])
                continue
        d.insert(pos, block, tokens=[f, title, "\n"])


@register("layout_blind3_secret_marks", "layout",
          description="a marking line (内部资料　注意保存, 密级：秘密★1年) at each page top, a copyright line with 第N页 共T页 at each foot; breaks mid-sentence")
def _blind3_secret_marks(d: Damager) -> None:
    rng = d.rng
    issuer = _issuer_of(d.base.law.title)
    mark = rng.choice(("内部资料\u3000注意保存", "密级：秘密★1年", "机密", "仅供内部参考", "内部资料"))
    copyright_line = rng.choice((f"版权所有 © {rng.randint(2010, 2024)} {issuer}人民政府办公厅",
                                 f"版权所有：{issuer}人民政府", f"Copyright © {rng.randint(2010, 2024)} {issuer}司法局"))
    together = rng.random() < 0.5
    cuts = _typeset_lines(d, rng.randint(30, 42))
    every = rng.randint(20, 30)
    total = len(cuts) // every + 1

    def block(i: int) -> tuple[str, list[str]]:
        number = f"第{i + 1}页 共{total}页"
        foot = f"{copyright_line}  {number}" if together else f"{copyright_line}\n{i + 1}"
        gap = "\n" * rng.randint(1, 2)
        return "\n" + foot + gap + mark + gap, [copyright_line, number, mark, "\n"]

    _paged(d, 0, every, block, cuts=cuts)
    d.insert(d.base.lines[0].outer_start, mark + "\n", tokens=[mark])


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"


@register("layout_blind3_footnote_brackets", "layout",
          description="footnotes marked [1] (or ［1］, ¹) after a Han character in one article in eight, the notes at the page foot, - N - after them")
def _blind3_footnote_brackets(d: Damager) -> None:
    rng = d.rng
    style = rng.choice(("[{n}]", "［{n}］", "sup"))
    every = rng.randint(20, 30)
    cuts = _typeset_lines(d, rng.randint(30, 44))
    markers: list[int] = []
    for li in body_lines(d, ("label",)):
        if rng.random() < 1 / 8:
            seg = d.text[li.start : li.end]
            spots = [i for i in range(6, len(seg) - 2) if HAN.match(seg[i - 1]) and HAN.match(seg[i])]
            if spots:
                markers.append(li.start + rng.choice(spots))
    count, k_marker, page = 0, 0, 1
    notes: list[str] = []
    for k, pos in enumerate(cuts):
        while k_marker < len(markers) and markers[k_marker] < pos:
            count += 1
            mark = _SUPERSCRIPTS[(count - 1) % 9] if style == "sup" else style.format(n=count)
            d.insert(markers[k_marker], mark, tokens=[mark])
            notes.append(f"{mark}{rng.choice(('', ' '))}本条经{rng.randint(2001, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
                         f"{rng.choice(('修正', '修改', '第二次修正'))}。")
            k_marker += 1
        if k and k % every == 0:
            f = f"- {page} -"
            page += 1
            block = "\n" + ("\n".join(notes) + "\n" if notes else "") + f + "\n"
            d.insert(pos, block, tokens=notes + [f, "\n"])
            notes = []
        else:
            d.insert(pos, "\n", tokens=["\n"])


@register("layout_blind3_ocr_edges", "layout",
          description="OCR of a scan: a stray | or 丨 at a printed line's edge (1 in 8), a line-end 。 read as o (1 in 4), page feet — 1 3 — with blanks inside the number")
def _blind3_ocr_edges(d: Damager) -> None:
    rng = d.rng
    stray = rng.choice(("|", "丨", "|"))
    foot_shape = rng.choice(("spaced", "-{n}-", "— {n} —"))
    every = rng.randint(20, 30)
    page = rng.randint(1, 30)
    for k, pos in enumerate(_typeset_lines(d, rng.randint(26, 38))):
        text = "\n"
        if k and k % every == 0:
            n = str(page)
            f = "— " + " ".join(n) + " —" if foot_shape == "spaced" else foot_shape.format(n=n)
            page += 1
            text = "\n" + f + "\n\f"
            d.insert(pos, text, tokens=[f, "\n"])
            continue
        if d.text[pos - 1] == "。" and rng.random() < 0.25:
            d.edit(pos - 1, pos, "o", kind="replace", tokens=["o"])
        r = rng.random()
        if r < 1 / 16:
            text = " " + stray + "\n"
        elif r < 1 / 8:
            text = "\n" + stray + " "
        d.insert(pos, text, tokens=[stray, "\n"] if text != "\n" else ["\n"])


@register("layout_blind3_organ_wrap_blank", "layout",
          description="a typeset wrap (20-36) turned into a blank inside words (an ideographic space or one space per page), cuts at the exact width wherever they fall (部 门, 银 行, 社 会…)")
def _blind3_organ_wrap_blank(d: Damager) -> None:
    # (as first coded, the cut was moved up to 3 characters to fall after 部/社/行…: that breaks the print width no
    # real layout breaks; replaced after its first measurement, before any cleaner change for it: see blind.md)
    rng = d.rng
    w = rng.randint(20, 36)
    blank = rng.choice(("\u3000", " "))
    for li in body_lines(d):
        for cut in _typeset_cuts(d.text[li.start : li.end], w):
            d.insert(li.start + cut, blank, tokens=[blank])
# --------------------------------------------------------------------------- blind variants of html17
# (session 17, written in words in /work/notes/html17/blind.md before any cleaner or reader was changed:
# layouts that web pages and crawler exports give. B4 ``link_block`` and B7 ``crawler_indent`` are kept
# never tuned on.)


def _table_open_close(d: Damager, opening: str) -> None:
    first, last = d.base.lines[0], d.base.lines[-1]
    d.insert(first.outer_start, opening, kind="markup")
    d.insert(last.outer_end, "</table>\n", kind="markup")


def _last_of_article(lines: list, i: int) -> bool:
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is None or nxt.kind != "para" or nxt.article != lines[i].article


@register("layout_blind3_row_per_line", "layout", fmt="html",
          description="the body a table with a row per printed line (wrap 20-34): label cell + first line, continuation rows "
                      "and later paragraphs with an empty or &nbsp; label cell")
def _blind3_row_per_line(d: Damager) -> None:
    rng = d.rng
    w = rng.randint(20, 34)
    empty = rng.choice(("", "&nbsp;", "&nbsp;&nbsp;"))
    _table_open_close(d, '<table width="100%" border="0" cellspacing="0">\n')
    for li in d.base.lines:
        seg = d.text[li.start : li.end]
        m = _LABEL_BLANK.match(seg) if li.kind == "label" else None
        if m:
            d.edit(li.outer_start, li.start, '<tr><td width="60" valign="top">', kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1), "</td><td>", kind="markup")
        elif li.kind == "para" and li.article is not None:
            d.edit(li.outer_start, li.start, f"<tr><td>{empty}</td><td>", kind="markup")
        else:
            d.insert(li.outer_start, '<tr><td colspan="2">', kind="markup")
            d.insert(li.outer_end - 1, "</td></tr>", kind="markup")
            continue
        for cut in wrap_points(seg, w):
            if m and cut <= m.end(1):
                continue
            d.insert(li.start + cut, f"</td></tr>\n<tr><td>{empty}</td><td>", tokens=["\n"])
        d.edit(li.end, li.outer_end, "</td></tr>\n", kind="markup")


@register("layout_blind3_cell_padding", "layout", fmt="html",
          description="a row per article, label cell + text cell padded with &nbsp; runs, paragraphs in the cell after <br> and &nbsp;/　　")
def _blind3_cell_padding(d: Damager) -> None:
    rng = d.rng

    def pad() -> str:
        return "&nbsp;" * rng.randint(1, 4)

    lines = d.base.lines
    _table_open_close(d, '<table cellpadding="0" cellspacing="0" width="98%">\n')
    for i, li in enumerate(lines):
        seg = d.text[li.start : li.end]
        m = _LABEL_BLANK.match(seg) if li.kind == "label" else None
        last_of_article = _last_of_article(lines, i)
        if m:
            d.edit(li.outer_start, li.start, f'<tr><td width="72" valign="top">{pad()}', kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1), f'{pad()}</td><td width="600">{pad()}', kind="markup")
        elif li.kind == "para" and li.article is not None:
            d.edit(li.outer_start, li.start, rng.choice(("&nbsp;" * rng.randint(2, 4), "　　")), kind="markup")
        else:
            d.insert(li.outer_start, '<tr><td colspan="2">', kind="markup")
            d.insert(li.outer_end - 1, "</td></tr>", kind="markup")
            continue
        d.edit(li.end, li.outer_end, f"{pad()}</td></tr>\n" if last_of_article else "<br>\n", kind="markup")


_FONT_RUNS = (
    ('<font face="仿宋_GB2312"><span style="font-size:16pt">', "</span></font>"),
    ('<span style="font-family:仿宋;font-size:12pt"><font size="3">', "</font></span>"),
    ('<font color="#000000" face="宋体">', "</font>"),
)
_FONT_P = ('<p style="text-indent:2em;line-height:1.8">', '<p style="TEXT-INDENT: 2em; LINE-HEIGHT: 28px" align="justify">',
           '<p align="left" style="text-indent:32pt">')


@register("layout_blind3_font_span_br", "layout", fmt="html",
          description="WPS/Word CMS: <p style=text-indent> with <font>/<span> runs cut anywhere, one <br> mid-sentence in one "
                      "paragraph in three, the label in <strong> followed by &nbsp; or 　")
def _blind3_font_span_br(d: Damager) -> None:
    rng = d.rng
    open_, close = rng.choice(_FONT_RUNS)
    p_open = rng.choice(_FONT_P)
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        m = _LABEL_BLANK.match(seg) if li.kind == "label" else None
        d.edit(li.outer_start, li.start, p_open + open_, kind="markup")
        if m:
            d.insert(li.start, "<strong>", kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1), "</strong>" + rng.choice(("&nbsp;", "　", "&nbsp;&nbsp;")),
                   kind="transform", tokens=[])
        low = m.end(1) + 1 if m else 1
        cuts = [c for c in _entity_safe_cuts(seg) if c >= low]
        chosen = set(rng.sample(cuts, min(len(cuts), rng.randint(0, 3))))
        breaks = [c for c in wrap_points(seg, rng.randint(12, 30)) if c >= low]
        br = rng.choice(breaks) if breaks and rng.random() < 1 / 3 else None
        chosen.discard(br)
        for cut in sorted(chosen):
            d.insert(li.start + cut, close + open_, kind="markup")
        if br is not None:
            d.insert(li.start + br, close + "<br>" + open_, tokens=["\n"])
        d.edit(li.end, li.outer_end, close + "</p>\n", kind="markup")


@register("layout_blind3_link_block", "layout", fmt="html",
          description="a sentence cut at a link: the first 《…》 of an article an <a> in a block of its own, the sentence running on in the next block")
def _blind3_link_block(d: Damager) -> None:
    rng = d.rng
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        mm = regex.search(r"《[^《》\n]{2,40}》", seg)
        if not mm or mm.start() < 2 or mm.end() >= len(seg) - 1 or rng.random() < 0.3:
            continue
        before = seg[mm.start() - 1]
        if before in FINAL or before.isspace():
            continue
        href = f'<a href="/flfg/{rng.randint(1000, 99999)}.html" target="_blank">'
        if rng.random() < 0.5:
            opening, closing = "</p>\n<p>", "</a></p>\n<p>"
        else:
            opening, closing = "</p>\n<div>", "</a></div>\n<p>"
        d.insert(li.start + mm.start(), opening + href, tokens=["\n"])
        d.insert(li.start + mm.end(), closing, tokens=["\n"])


@register("layout_blind3_div_clause", "layout", fmt="html",
          description="<div> per clause: a paragraph split after a comma (one in two, at most 4) into consecutive <div> blocks")
def _blind3_div_clause(d: Damager) -> None:
    rng = d.rng
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        commas = [m.end() for m in regex.finditer("，", seg) if safe_cut(seg, m.end())]
        chosen = [c for c in commas if rng.random() < 0.5][:4]
        if not chosen:
            continue
        d.edit(li.outer_start, li.start, "<div>", kind="markup")
        for c in chosen:
            d.insert(li.start + c, "</div>\n<div>", tokens=["\n"])
        d.edit(li.end, li.outer_end, "</div>\n", kind="markup")


@register("layout_blind3_md_export", "layout",
          description="a crawler's Markdown: # title, ## headings, **第N条** labels, later paragraphs as > quotes (one law in two), "
                      "wraps at 30-44 ended by a backslash hard break, items as - （一）")
def _blind3_md_export(d: Damager) -> None:
    rng = d.rng
    quotes = rng.random() < 0.5
    w = rng.randint(30, 44)
    for li in d.base.lines:
        seg = d.text[li.start : li.end]
        if li.kind == "title":
            d.insert(li.start, "# ", kind="markup")
            continue
        if li.kind == "heading":
            d.insert(li.start, "## ", kind="markup")
            continue
        if li.kind not in ("label", "para"):
            continue
        m = _LABEL_BLANK.match(seg) if li.kind == "label" else None
        if m:
            d.insert(li.start, "**", kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1), "**" + rng.choice((" ", "　")), kind="transform", tokens=["**"])
        elif li.kind == "para" and _ITEM_START.match(seg):
            d.insert(li.start, "- ", kind="markup")
        elif li.kind == "para" and quotes:
            d.insert(li.start, "> ", kind="markup")
        for cut in wrap_points(seg, w):
            if m and cut <= m.end(1):
                continue
            d.insert(li.start + cut, "\\\n", tokens=["\\", "\n"])


@register("layout_blind3_crawler_indent", "layout",
          description="a crawler indents every line (4 blanks, a tab, two NBSP or 　　), title and headings too, wraps at 30-44 keeping the indent")
def _blind3_crawler_indent(d: Damager) -> None:
    rng = d.rng
    indent = rng.choice(("    ", "\t", "\u00a0\u00a0", "\u3000\u3000"))
    w = rng.randint(30, 44)
    for li in d.base.lines:
        if li.kind in ("blank", "marker"):
            continue
        d.insert(li.start, indent, tokens=[])
        if li.kind in ("label", "para"):
            for cut in wrap_points(d.text[li.start : li.end], w):
                d.insert(li.start + cut, "\n" + indent, tokens=["\n"])


_INNER_BLANKS = ("&nbsp;", "&emsp;", "&#12288;", "　", "&nbsp;&nbsp;")


@register("layout_blind3_label_inner_blanks", "layout", fmt="html",
          description="blanks before and inside labels: <p style=text-indent:2em> and 2-4 mixed entity blanks, 1-3 blanks inside "
                      "第N条, a mixed blank between label and text")
def _blind3_label_inner_blanks(d: Damager) -> None:
    rng = d.rng
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        lead = "".join(rng.choice(("&nbsp;", "&emsp;", "&#12288;", "&ensp;")) for _ in range(rng.randint(2, 4)))
        d.edit(li.outer_start, li.start, '<p style="text-indent:2em">' + lead, kind="markup")
        m = regex.match(rf"(第)([{NUM}]+)(条)(?:之[一二三四五六七八九十]+)?( )", seg) if li.kind == "label" else None
        if not m:
            continue
        gaps = list(range(1, m.end(3)))  # after 第 .. before 条
        for k in sorted(rng.sample(gaps, min(len(gaps), rng.randint(1, 3)))):
            d.insert(li.start + k, rng.choice(_INNER_BLANKS), tokens=[])
        d.edit(li.start + m.start(4), li.start + m.end(4), rng.choice(("&emsp;", "&nbsp;", "&#12288;&#12288;", "　", "&nbsp;&nbsp;&nbsp;")),
               kind="transform", tokens=[])
