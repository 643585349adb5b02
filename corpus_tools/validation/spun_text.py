"""Spun copies: an official text whose words a content farm swapped for synonyms.

A farm that reposts a 公文 runs it through a "伪原创" word spinner so that search engines do not
see a duplicate: field session 9 (F9-P15) found hzqdhly.com's copy of the 2003 国务院办公厅 notice on
文件发送/印章/牌子, ``机构`` -> ``组织``, ``通知`` -> ``告诉``, ``部门`` -> ``部分``, ``规定`` -> ``规则``,
``名称`` -> ``称号``, ``使用`` -> ``运用``, ``尽快建立正常的工作秩序`` -> ``赶快树立正常的作业次序``.
The swapped words cannot be repaired (each is a real word; nothing on the page says which was
there), but the spinner breaks the *fixed formulas* of 公文, which an official text never varies:

* ``通知如下`` -> ``告诉如下``, ``特此通知`` -> ``特此告诉``;
* a document title ending in 通知 -> ``《国务院关于组织设置的告诉》``;
* the 三定规定 (a department's 定职能, 定机构, 定编制 rules) -> ``“三定规则”``.

``告诉`` alone is a word of law (``告诉的才处理``, ``告诉、上诉和申诉``: bringing a complaint), so
only the formulas count, and one is no verdict: the finding needs two broken formulas or more.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_re

SPUN_TEXT = "spun_text_suspected"

#: The fixed formulas of 公文 as a word spinner breaks them, by the formula they break (none occurs
#: in the 1,911 laws of the DLC corpus, in govcn and bjtcm, or in the field tests' real pages).
SPUN_FORMULAS: dict[str, str] = {
    "通知如下": r"告诉如下",
    "特此通知": r"特此告诉",
    "《…的通知》": r"的告诉》",
    "三定规定": r"三定”?规则",
}
_SPUN_RE = lazy_re("|".join(f"(?P<f{k}>{pattern})" for k, pattern in enumerate(SPUN_FORMULAS.values())))
_FORMULA_NAMES = tuple(SPUN_FORMULAS)
#: A spun page: broken formulas of this many hits or more.
MIN_BROKEN = 2
#: The characters every broken formula holds (a cheap gate for the column scan, RE2 and ``re``).
GATE = r"告诉|规则"


def spun_formulas(title: str | None, text: str) -> str | None:
    """Why ``text`` (with ``title``) looks like a spun copy of an official text, or None: the broken
    formulas it holds (the excerpt of the finding).

    >>> spun_formulas("", "国务院现已下发《国务院关于组织设置的告诉》(国发〔2003〕8号)。现将有关事项告诉如下:")
    "2 fixed formulas of 公文 broken by a word spinner: '的告诉》' for 《…的通知》, '告诉如下' for 通知如下"
    >>> spun_formulas("", "本节规定之罪，告诉的才处理。\\n依照规则，特此通知。") is None
    True
    """
    found: list[tuple[str, str]] = []
    for source in (title or "", text):
        for match in _SPUN_RE.finditer(source):
            found.append((match.group(), _FORMULA_NAMES[int(match.lastgroup[1:])]))
    if len(found) < MIN_BROKEN:
        return None
    shown = ", ".join(f"{spun!r} for {formula}" for spun, formula in dict.fromkeys(found))
    return f"{len(found)} fixed formulas of 公文 broken by a word spinner: {shown}"


__all__ = ["GATE", "MIN_BROKEN", "SPUN_FORMULAS", "SPUN_TEXT", "spun_formulas"]
