"""A revision view's former wording in a plain or Markdown text: the words an amendment deleted, marked so.

Law databases and people's congress sites show an amended law in a comparison view, the deleted words
marked before the inserted ones.  HTML's markup (``<del>``, ``<s>``, a line-through style) is read at
ingest (:func:`corpus_tools.html_content.drop_struck_text`); what reaches the cleaner as text keeps other
marks:

* **Markdown's strike-through** (GFM ``~~…~~``), from a converter that turned the view into Markdown:
  ``应当~~报请~~报经批准``;
* **bracketed notation** of an editor's comparison text: ``应当[删除：报请][增加：报经]批准``,
  ``【删去：按月】``, ``〔删除：市政府〕``; the inserted words' wrapper (``[增加：…]``, ``[新增：…]``,
  ``[修改为：…]``) is unwrapped, its words are the current text.

**Evidence**: the mark itself: a pair of ``~~`` (no law writes one: 0 of the 1,911 clean laws) around
words on one line, a bracket whose label says deleted (删除/删去 with a colon); an insertion's wrapper
only on a page that also shows a deletion so.  Not here: a strike-through of combining overlays (U+0336
on each character) may also be a spam styler's dress on the law's own words (clean/spam_dressed.py), and
stays with the invisible-character rule's warning; a page that shows former and current wording side by
side with no mark (修改前/修改后 columns) keeps both.
"""

from __future__ import annotations

from corpus_tools.lazy_patterns import lazy_regex

#: GFM strike-through: ``~~`` (or its full-width form) around one to 80 characters of one line, no blank
#: inside either mark.
_STRUCK = lazy_regex(r"(?P<m>~~|～～)(?=[^\s~～])(?P<words>[^\n~～]{1,80}?)(?<=[^\s~～])(?P=m)")
_OPEN, _CLOSE = "[【〔［(（", "]】〕］)）"
#: A bracketed deletion ``[删除：报请]`` and an insertion ``[增加：报经]``, in one bracket pair each.
_NOTATION = lazy_regex(
    r"(?P<open>[\[【〔［(（])(?P<label>删除|删去|已删除|原文|增加|新增|增补|修改为|改为)[：:](?P<words>[^\n\[\]【】〔〕［］()（）]{1,80})"
    r"(?P<close>[\]】〕］)）])"
)
_DELETED = frozenset({"删除", "删去", "已删除", "原文"})
_GATE = lazy_regex(r"~~|～～|删除[：:]|删去[：:]|已删除[：:]|原文[：:]")


def struck_words(text: str) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, replacement)`` that drop a revision view's former words and unwrap its
    current ones (module docstring): sorted, disjoint.

    >>> t = "第一条 应当~~报请~~报经批准，[删除：按月][增加：按季度]报送。"
    >>> [(t[a:b], r) for a, b, r in struck_words(t)]
    [('~~报请~~', ''), ('[删除：按月]', ''), ('[增加：按季度]', '按季度')]

    A tilde range, one tilde, an insertion with no deletion on the page stay:

    >>> struck_words("第二条 每日8~10时，气温~5℃。"), struck_words("第三条 本条[增加：甲]。")
    ([], [])
    """
    if not _GATE.search(text):
        return []
    out: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in _STRUCK.finditer(text)]
    notation = [m for m in _NOTATION.finditer(text) if _CLOSE[_OPEN.index(m.group("open"))] == m.group("close")
                or m.group("open") in "(（" and m.group("close") in ")）"]
    if any(m.group("label") in _DELETED for m in notation):
        out += [(m.start(), m.end(), "" if m.group("label") in _DELETED else m.group("words")) for m in notation]
    out.sort()
    disjoint: list[tuple[int, int, str]] = []
    for edit in out:
        if not disjoint or edit[0] >= disjoint[-1][1]:
            disjoint.append(edit)
    return disjoint


#: A comparison table's header cells: the former wording's column and the current one's.
_FORMER_CELL = lazy_regex(r"[ \u3000]*(?:修改前|修订前|修正前|原条文|原文|原规定|现行条文|现行规定|旧条文)(?:条文|内容|文本)?[ \u3000]*")
_CURRENT_CELL = lazy_regex(r"[ \u3000]*(?:修改后|修订后|修正后|修改稿|修订稿|修订草案|修改草案|新条文|修改后条文|修订后条文)(?:条文|内容|文本)?[ \u3000]*")
_COLUMNS_GATE = lazy_regex(r"(?:修改|修订|修正)[前后]|原条文|现行条文|修订草案|修改草案")
_CELL_SPLIT = lazy_regex(r"\t|[ \u3000]*[|｜][ \u3000]*")


def comparison_columns(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each header line of a comparison table that sets the former wording beside the
    current one with no mark of which words changed (``修改前⇥修改后``, ``| 原条文 | 修改后条文 |``).

    Such a page shows both wordings and nothing says which words of a row the amendment deleted: the
    cleaner keeps both columns and records a finding (module docstring), for whoever reads the rows.

    >>> t = "某条例修改对照表\\n修改前\\t修改后\\n第一条 应当报请批准。\\t第一条 应当报经批准。\\n"
    >>> [t[a:b] for a, b in comparison_columns(t)]
    ['修改前\\t修改后']
    >>> comparison_columns("第十条 法规修改前后的对照表应当一并提交。\\n")
    []
    """
    if not _COLUMNS_GATE.search(text):
        return []
    out = []
    at = 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - at <= 200 and _COLUMNS_GATE.search(text, at, end) and _CELL_SPLIT.search(text, at, end):
            cells = [c for c in _CELL_SPLIT.split(text[at:end]) if c.strip(" \u3000")]
            if (2 <= len(cells) <= 4 and any(_FORMER_CELL.fullmatch(c) for c in cells)
                    and any(_CURRENT_CELL.fullmatch(c) for c in cells)):
                out.append((at, end))
        at = end + 1
    return out
