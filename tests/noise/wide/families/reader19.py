"""Layout, page shapes a reader must take apart by HTML's own rules: blind variants of reader19 (session 19).

Written in words in /work/notes/reader19/blind.md before any reader was changed for them, then coded here.
A generator wraps a law's body in markup whose block, inline or white-space role a browser reads from HTML's
rules: the text of a ``<pre>``, a ``white-space: pre-wrap`` box, spans made blocks by CSS, a generator's own
element names declared blocks in the page's ``<style>``, a two-column table whose text cell holds several
paragraphs, a ``<dl>`` of labels and texts, a body escaped twice, a body in a CDATA section.
3 of them (custom_elements, dt_dd_articles, cdata_body) are held apart: measured before and after only.
"""

from __future__ import annotations

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import register

#: The kinds of line of the base page that belong to the body (the title stays an ``<h1>``).
_BODY = ("label", "para", "heading", "meta", "other")


def _body(d: Damager) -> list:
    return [li for li in d.base.lines if li.kind in _BODY]


def _add_style(d: Damager, css: str) -> None:
    """Put a ``<style>`` rule into the page's head."""
    at = d.text.find("</head>")
    d.insert(at, f"<style type=\"text/css\">{css}</style>\n", kind="markup")


def _wrap_lines(d: Damager, opening: str, closing: str, sep: str, *, indent: str = "") -> None:
    """The body lines as text one after another (``sep`` between them) inside ``opening`` … ``closing``."""
    lines = _body(d)
    for i, li in enumerate(lines):
        start = opening if i == 0 else ""
        end = closing + "\n" if i == len(lines) - 1 else sep
        d.edit(li.outer_start, li.start, start + indent, kind="markup")
        d.edit(li.end, li.outer_end, end, kind="markup")


@register("layout_blind19_pre_text", "layout", fmt="html",
          description="a TXT/PDF-to-HTML converter: the body plain text inside one <pre>, a line (or a blank line) between paragraphs")
def _pre_text(d: Damager) -> None:
    sep = d.rng.choice(("\n", "\n\n", "\r\n"))
    style = d.rng.choice(("", ' style="white-space:pre-wrap;word-wrap:break-word"', ' class="txt"'))
    _wrap_lines(d, f"<pre{style}>", "</pre>", sep)


@register("layout_blind19_prewrap_div", "layout", fmt="html",
          description="an SPA drops a JSON text field into a div whose CSS says white-space: pre-wrap / pre-line (inline or in <style>)")
def _prewrap_div(d: Damager) -> None:
    rng = d.rng
    mode = rng.choice(("pre-wrap", "pre-line", "break-spaces"))
    sep = rng.choice(("\n", "\r\n", "\n\n"))
    indent = rng.choice(("", "\u3000\u3000", "    "))
    if rng.random() < 0.5:
        opening = f'<div class="detail-text" style="font-size:16px; white-space: {mode}; line-height:2">'
    else:
        _add_style(d, f".article-body .txt{{color:#333;white-space:{mode};text-align:justify}}")
        opening = '<div class="article-body"><div class="txt">'
    closing = "</div>" if opening.count("<div") == 1 else "</div></div>"
    _wrap_lines(d, opening, closing, sep, indent=indent)


@register("layout_blind19_css_block_spans", "layout", fmt="html",
          description="minified HTML: each paragraph a <span>/<font> made a block by CSS (inline style or a <style> class), nothing between them")
def _css_block_spans(d: Damager) -> None:
    rng = d.rng
    tag = rng.choice(("span", "font", "span"))
    if rng.random() < 0.5:
        opening = f'<{tag} style="display:block;text-indent:2em">'
    else:
        _add_style(d, ".para { display: block; margin: 8px 0 } .para b{font-weight:bold}")
        opening = f'<{tag} class="para">'
    for li in _body(d):
        d.edit(li.outer_start, li.start, opening, kind="markup")
        d.edit(li.end, li.outer_end, f"</{tag}>", kind="markup")


@register("layout_blind19_custom_elements", "layout", fmt="html",
          description="HELD APART: a generator's own elements (<tiao>, <kuan>, <x-heading>) declared display:block in <style>, minified")
def _custom_elements(d: Damager) -> None:
    names = {"label": "tiao", "para": "kuan", "heading": "x-heading", "meta": "x-meta", "other": "kuan"}
    _add_style(d, "tiao,kuan,x-heading,x-meta{display:block}x-heading{font-weight:bold;text-align:center}")
    for li in _body(d):
        name = names[li.kind]
        d.edit(li.outer_start, li.start, f"<{name}>", kind="markup")
        d.edit(li.end, li.outer_end, f"</{name}>", kind="markup")


@register("layout_blind19_text_cell_paragraphs", "layout", fmt="html",
          description="a two-column table: a chapter heading (or the title) in a rowspan cell, rows whose text cell holds 2-5 paragraphs "
                      "separated by <p>, <div> or <br><br> (labour.gov.hk's Q/A table, field18 F18-S2)")
def _text_cell_paragraphs(d: Damager) -> None:
    rng = d.rng
    lines = _body(d)
    if len(lines) < 2:
        return
    style = rng.choice(("p", "div", "brbr", "br"))

    def para(text_open: bool) -> tuple[str, str]:
        if style in ("p", "div"):
            return f"<{style}>", f"</{style}>"
        return "", "<br><br>" if style == "brbr" else "<br>"

    # groups: a heading starts a group of its own rows; body lines go by 2-5 into a row
    groups: list[tuple[object, list]] = []
    head = None
    current: list = []
    for li in lines:
        if li.kind == "heading":
            if current:
                groups.append((head, current))
            head, current = li, []
        else:
            current.append(li)
    if current:
        groups.append((head, current))
    first = lines[0]
    d.insert(first.outer_start, '<table class="faq" width="100%" border="0" cellpadding="4">\n', kind="markup")
    for head, members in groups:
        rows: list[list] = []
        i = 0
        while i < len(members):
            k = rng.randint(2, 5)
            rows.append(members[i:i + k])
            i += k
        for r, row in enumerate(rows):
            tr = "<tr>"
            if r == 0:
                span = f' rowspan="{len(rows)}"' if len(rows) > 1 else ""
                if head is not None:
                    d.edit(head.outer_start, head.start, f'<tr><td valign="top" width="20%"{span}>', kind="markup")
                    d.edit(head.end, head.outer_end, "</td>", kind="markup")
                    tr = ""
                else:
                    tr = f'<tr><td valign="top" width="20%"{span}></td>'
            for j, li in enumerate(row):
                opening, closing = para(True)
                cell_open = (tr + "<td>") if j == 0 else ""
                cell_close = "</td></tr>\n" if j == len(row) - 1 else ""
                if j == len(row) - 1 and style in ("brbr", "br"):
                    closing = ""
                d.edit(li.outer_start, li.start, cell_open + opening, kind="markup")
                d.edit(li.end, li.outer_end, closing + cell_close, kind="markup")
    d.insert(lines[-1].outer_end, "</table>\n", kind="markup")


@register("layout_blind19_dt_dd_articles", "layout", fmt="html",
          description="HELD APART: the body a <dl>: each article's label a <dt>, its text a <dd>, later paragraphs further <dd>s; headings <dt>")
def _dt_dd_articles(d: Damager) -> None:
    import regex

    from tests.noise.wide.core import NUM

    lines = _body(d)
    if not lines:
        return
    d.insert(lines[0].outer_start, "<dl class=\"law\">\n", kind="markup")
    for li in lines:
        seg = d.text[li.start:li.end]
        m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?( )", seg) if li.kind == "label" else None
        if m:
            d.edit(li.outer_start, li.start, "<dt>", kind="markup")
            d.edit(li.start + m.start(1), li.start + m.end(1), "</dt><dd>", kind="markup")
            d.edit(li.end, li.outer_end, "</dd>\n", kind="markup")
        elif li.kind == "heading":
            d.edit(li.outer_start, li.start, "<dt class=\"zhang\">", kind="markup")
            d.edit(li.end, li.outer_end, "</dt>\n", kind="markup")
        else:
            d.edit(li.outer_start, li.start, "<dd>", kind="markup")
            d.edit(li.end, li.outer_end, "</dd>\n", kind="markup")
    d.insert(lines[-1].outer_end, "</dl>\n", kind="markup")


@register("layout_blind19_escaped_markup", "layout", fmt="html",
          description="a CMS escaped the content field twice: &lt;p&gt;…&lt;/p&gt; and &amp;nbsp; shown as text inside one <div>")
def _escaped_markup(d: Damager) -> None:
    rng = d.rng
    sep = rng.choice(("\n", "", "\r\n"))
    indent = rng.choice(("", "&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;", "&amp;emsp;&amp;emsp;"))
    para = rng.choice(('&lt;p&gt;', '&lt;p style="text-indent:2em;"&gt;', '&lt;P&gt;'))
    close = "&lt;/P&gt;" if para == "&lt;P&gt;" else "&lt;/p&gt;"
    lines = _body(d)
    for i, li in enumerate(lines):
        start = '<div class="TRS_Editor">' if i == 0 else ""
        end = close + ("</div>\n" if i == len(lines) - 1 else sep)
        d.edit(li.outer_start, li.start, start + para + indent, kind="markup")
        d.edit(li.end, li.outer_end, end, kind="markup")


@register("layout_blind19_cdata_body", "layout", fmt="html",
          description="HELD APART: an XHTML page with an XML prolog whose body's HTML sits in a <![CDATA[ … ]]> section (an RSS description copied)")
def _cdata_body(d: Damager) -> None:
    d.insert(0, '<?xml version="1.0" encoding="utf-8"?>\n', kind="markup")
    at = d.text.find("<html>")
    d.edit(at, at + len("<html>"), '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">', kind="markup")
    lines = _body(d)
    if not lines:
        return
    d.insert(lines[0].outer_start, '<div class="description"><![CDATA[', kind="markup")
    d.insert(lines[-1].outer_end, "]]></div>\n", kind="markup")
