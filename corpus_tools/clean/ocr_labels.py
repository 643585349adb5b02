"""Article and division labels an OCR of a scanned page misread, character by character.

Real damage: OCR engines read the 第 of a label as the look-alike 笫 (bamboo over 弟: a character of one word
only, 床笫, "bed mat"), and at a line's start as 弟; they read a numeral's 十 as ``+`` and 一 as a dash
(``—``, ``－``).  The label is lost to a search and to the structure's label reader, which then runs the article
into the one before it: ``笫十二条 市公积金管委会…``, ``第+二条``, ``第—条``.  (Layout family of the brief: copies
of scanned documents; layout18's variant ``layout_blind4_ocr_labels``.)

**Evidence**, the label's own shape: a numeral and a unit of the law's divisions (``条 章 节 编 款 项``) after
the misread 第, or a misread numeral between 第 and the unit, and

* 笫: anywhere (笫 before a numeral and a unit is no word);
* 弟: only opening a line, the unit followed by a blank (``弟三条 为了…``; 弟 is a common character);
* ``+`` ``—`` ``－`` inside the numeral: only when the numeral they make is written as a law writes it
  (``十二``, ``二十``, ``一百一十``; a range ``第十—二十条`` or ``第三—五条`` makes none and stays).

Only the misread characters change.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re

from corpus_tools.clean import rules
from corpus_tools.records import Edit

#: What an OCR reads for the characters of a label, and what they stand for.
MISREAD = {"笫": "第", "弟": "第", "+": "十", "＋": "十", "—": "一", "－": "一"}
_NUMERAL = "零〇一二三四五六七八九十百千两"
_LOOKALIKES = "+＋—－"
#: A label with at least one misread character, anywhere (stdlib ``re``; bounded runs, then a unit), and a 弟
#: label opening a line.
_MISREAD_FIRST = lazy_re(
    rf"笫(?:[{_NUMERAL}{_LOOKALIKES}]{{1,12}}|[0-9]{{1,4}})(?=[条章节编款项])"
    rf"|第[{_NUMERAL}]{{0,11}}[{_LOOKALIKES}][{_NUMERAL}{_LOOKALIKES}]{{0,11}}(?=[条章节编款项])"
)
_MISREAD_LINE_START = lazy_re(rf"(?<![^\n])([ \t\u3000]*)(弟[{_NUMERAL}{_LOOKALIKES}]{{1,12}})(?=[条章节编][ \u3000])")
_DIGITS = "零一二三四五六七八九"


def might_hold_misread_labels(text: str) -> bool:
    """Exact gate: a misread label holds one of these (C-speed ``in`` scans)."""
    return "笫" in text or "弟" in text or "第" in text and any(ch in text for ch in _LOOKALIKES)


def _as_written(n: int) -> str:
    """``n`` (1-9999) as a law writes it in a label.

    >>> [_as_written(n) for n in (1, 10, 12, 20, 105, 110, 1001)]
    ['一', '十', '十二', '二十', '一百零五', '一百一十', '一千零一']
    """
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero else "") + _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    if n % 10:
        out += ("零" if zero else "") + _DIGITS[n % 10]
    return out


def _repaired(label: str) -> str | None:
    """The label (its 第 and numeral) with its misread characters read back, or None when the numeral it makes is
    no numeral a law writes (after a lookalike) or none at all."""
    from corpus_tools.numerals import parse_numeral  # only on a page holding a misread label

    fixed = "".join(MISREAD.get(ch, ch) if i == 0 or ch in _LOOKALIKES else ch for i, ch in enumerate(label))
    numeral = fixed[1:]
    value = parse_numeral(numeral)
    if value is None or not 0 < value < 10_000:
        return None
    if any(ch in _LOOKALIKES for ch in label) and _as_written(value) != numeral:
        return None
    return fixed


def misread_label_edits(text: str) -> list[Edit]:
    """Edits reading back the characters an OCR misread in labels (module docstring).

    >>> [(e.before, e.after) for e in misread_label_edits("笫十二条 市公积金管委会应当…\\n第+三条 本规定自公布之日起施行。")]
    [('笫', '第'), ('+', '十')]
    >>> [(e.before, e.after) for e in misread_label_edits("弟三条　为了规范。\\n依照第—条规定。")]
    [('弟', '第'), ('—', '一')]
    >>> misread_label_edits("床笫之私。\\n表弟三条鱼。\\n第十—二十条、第三—五条规定的。")
    []
    """
    if not might_hold_misread_labels(text):
        return []
    found: list[tuple[int, str]] = [(m.start(), m.group()) for m in _MISREAD_FIRST.finditer(text)]
    found += [(m.start(2), m.group(2)) for m in _MISREAD_LINE_START.finditer(text)]
    edits: list[Edit] = []
    for start, label in sorted(found):
        fixed = _repaired(label)
        if fixed is None:
            continue
        for k, (was, now) in enumerate(zip(label, fixed)):
            if was != now:
                edits.append(Edit(rules.INVISIBLE_CHARS, start + k, start + k + 1, was, now,
                                  f"an OCR's misreading in the label {label}: {was} read for {now}"))
    return edits
