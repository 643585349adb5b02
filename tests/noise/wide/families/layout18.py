"""Layout, round 4 of printed documents copied as text: blind variants of layout18 (session 18).

Written in words in /work/notes/layout18/blind.md before any cleaner was changed for them, then coded here.
They are unlike pdf16's and pdf17's members: a page foot of two lines (the printing line and ``第 N 页，共 T 页``),
Roman page numbers, a foot glued to the next page's first line, a double-spaced copy (a blank line after every
printed line), a wrap that cuts numbers and Latin runs, a compilation book's alternating heads, a scan's OCR
confusing article labels (``笫十条``, ``第+二条``), a scan's binding margin (``……装……订……线……``).
3 of them (roman_pages, compilation_heads, binding_margin) are held apart: measured before and after only.
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import NUM, Damager
from tests.noise.wide.families.layout import _issuer_of, _paged, _typeset_cuts, _typeset_lines
from tests.noise.wide.registry import body_lines, register

_LABEL = regex.compile(rf"^(第)([{NUM}]+)(条(?:之[一二三四五六七八九十]+)?)([ \u3000])")


def _roman(n: int) -> str:
    """``n`` in Roman numerals (upper case).

    >>> _roman(4), _roman(9), _roman(14)
    ('IV', 'IX', 'XIV')
    """
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


@register("layout_blind4_two_line_foot", "layout",
          description="a page foot of two lines: the printing line (XX市人民政府办公室  2021年3月5日印发, or 抄送：…) and （共T页 第N页）")
def _blind4_two_line_foot(d: Damager) -> None:
    rng = d.rng
    issuer = _issuer_of(d.base.law.title)
    y, mo, da = rng.randint(2005, 2024), rng.randint(1, 12), rng.randint(1, 28)
    printing = rng.choice((f"{issuer}人民政府办公室{rng.choice(('  ', chr(0x3000), ' '))}{y}年{mo}月{da}日印发",
                           f"抄送：{issuer}委办公室，{issuer}人大常委会办公室。",
                           f"{issuer}人民代表大会常务委员会办公厅{rng.choice(('  ', chr(0x3000)))}{y}年{mo}月{da}日印"))
    number = rng.choice(("（共{t}页 第{n}页）", "第 {n} 页，共 {t} 页", "第{n}页/共{t}页"))
    cuts = _typeset_lines(d, rng.randint(30, 40))
    every = rng.randint(20, 28)
    total = len(cuts) // every + 1

    def block(i: int) -> tuple[str, list[str]]:
        n = number.format(n=i + 1, t=total)
        gap = "\n" * rng.randint(1, 2)
        return gap + printing + "\n" + n + gap, [printing, n, "\n"]

    _paged(d, 0, every, block, cuts=cuts)


@register("layout_blind4_roman_pages", "layout",
          description="a book's front-matter numbering: the page foot a Roman numeral alone on its line (ii, - iii -, ·IV·), a form feed after it one document in two")
def _blind4_roman_pages(d: Damager) -> None:
    rng = d.rng
    shape = rng.choice(("{r}", "- {r} -", "·{R}·", "{R}", "— {r} —"))
    feed = "\f" if rng.random() < 0.5 else ""
    first = rng.randint(1, 6)

    def block(i: int) -> tuple[str, list[str]]:
        upper = _roman(first + i)
        foot = shape.format(r=upper.lower(), R=upper)
        return "\n" + foot + "\n" + feed, [foot, "\n"]

    _paged(d, rng.randint(28, 40), rng.randint(18, 28), block)


@register("layout_blind4_foot_glued_next", "layout",
          description="pdftotext puts the page foot at the start of the next page's first line: …依法⏎— 3 —承担… / 第3页 承担… / 3/12 承担…")
def _blind4_foot_glued_next(d: Damager) -> None:
    rng = d.rng
    shape = rng.choice(("— {n} —", "- {n} -", "第{n}页", "{n}/{t}", "－{n}－"))
    glue = rng.choice(("", " ", "\u3000"))
    cuts = _typeset_lines(d, rng.randint(26, 38))
    every = rng.randint(18, 28)
    total = len(cuts) // every + 1
    first = rng.randint(1, 9)

    def block(i: int) -> tuple[str, list[str]]:
        foot = shape.format(n=first + i, t=total)
        return "\n" + foot + glue, [foot, "\n"]

    _paged(d, 0, every, block, cuts=cuts)


@register("layout_blind4_double_spaced", "layout",
          description="a double-spaced PDF copy: a blank line after every printed line (a typeset wrap of 28-42) as after every paragraph")
def _blind4_double_spaced(d: Damager) -> None:
    for pos in _typeset_lines(d, d.rng.randint(28, 42)):
        d.insert(pos, "\n\n", tokens=["\n"])


def _raw_cuts(seg: str, width: int) -> list[int]:
    """Cuts of a wrap at exactly ``width`` wherever it falls (inside numbers and Latin runs too); a mark that may not
    open a line stays on the line before (kinsoku), an opening one goes to the next; never at a blank."""
    return _typeset_cuts(seg, width, split_runs=True)


@register("layout_blind4_digit_breaks", "layout",
          description="a wrap (24-36) at exactly the width, inside numbers and Latin runs too, no hyphen (20⏎21年, GB/T 1⏎2345)")
def _blind4_digit_breaks(d: Damager) -> None:
    w = d.rng.randint(24, 36)
    for li in body_lines(d):
        for cut in _raw_cuts(d.text[li.start : li.end], w):
            d.insert(li.start + cut, "\n", tokens=["\n"])


@register("layout_blind4_compilation_heads", "layout",
          description="a 规章汇编: even pages headed N　　XX市人民政府规章汇编（2019）, odd pages <title>　　N, after a blank line at the page top")
def _blind4_compilation_heads(d: Damager) -> None:
    rng = d.rng
    title = d.base.law.title
    book = f"{_issuer_of(title)}{rng.choice(('人民政府规章汇编', '地方性法规汇编', '政府规章汇编'))}（{rng.randint(2000, 2024)}）"
    gap = rng.choice(("\u3000\u3000", "  ", "    "))
    first = rng.randint(1, 200)

    def block(i: int) -> tuple[str, list[str]]:
        n = first + i
        head = f"{n}{gap}{book}" if n % 2 == 0 else f"{title}{gap}{n}"
        return "\n\n" + head + "\n", [head, str(n), "\n"]

    _paged(d, rng.randint(30, 40), rng.randint(22, 30), block)


@register("layout_blind4_ocr_labels", "layout",
          description="a scan's OCR of article labels: 第 read 笫 (1 in 3), 十 read + or 一 read — (1 in 8), the blank after a label lost (1 in 6); wrap, - N - feet")
def _blind4_ocr_labels(d: Damager) -> None:
    rng = d.rng
    for li in body_lines(d, ("label",)):
        m = _LABEL.match(d.text[li.start : li.end])
        if not m:
            continue
        if rng.random() < 1 / 3:
            d.edit(li.start + m.start(1), li.start + m.end(1), "笫", kind="replace", tokens=["笫"])
        number = m.group(2)
        if rng.random() < 1 / 8:
            for k, ch in enumerate(number):
                if ch in "十一":
                    wrong = "+" if ch == "十" else "—"
                    d.edit(li.start + m.start(2) + k, li.start + m.start(2) + k + 1, wrong, kind="replace", tokens=[wrong])
                    break
        if rng.random() < 1 / 6:
            d.edit(li.start + m.start(4), li.start + m.end(4), "", kind="transform", tokens=[])
    foot = rng.choice(("- {n} -", "— {n} —", "－{n}－"))

    def block(i: int) -> tuple[str, list[str]]:
        f = foot.format(n=i + 1)
        return "\n" + f + "\n", [f, "\n"]

    _paged(d, rng.randint(28, 40), rng.randint(20, 28), block)


@register("layout_blind4_binding_margin", "layout",
          description="a scan's binding margin read as text at each page break (…………装…………订…………线…………), 第N页 alone below it one page in two")
def _blind4_binding_margin(d: Damager) -> None:
    rng = d.rng
    fill = rng.choice(("…" * 6, "-" * 10, "." * 12, " "))
    words = rng.choice(("装订线", "装订线", "密封线"))
    margin = fill + fill.join(words) + fill if fill != " " else " ".join(words)

    def block(i: int) -> tuple[str, list[str]]:
        number = f"\n第{i + 1}页" if rng.random() < 0.5 else ""
        return "\n" + margin + number + "\n", [margin, number.strip(), "\n"]

    _paged(d, rng.randint(30, 40), rng.randint(20, 28), block)
