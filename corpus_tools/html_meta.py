"""Metadata an HTML page states about itself: its info box, ``<title>``, ``<h1>`` and ``<meta>`` tags.

Government sites put a document's metadata in an info box above the text
(gov.cn: 索引号 / 主题分类 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期 /
主题词; provincial 信息公开 pages: 信息名称 / 文号 / 发布机构 / 生成日期 …), a
table of ``label：`` cells each followed by its value cell (or ``label：value``
in one cell).  :func:`info_box_tables` finds those tables, :func:`info_fields`
reads them into fields named in English (:data:`LABELS`).  The box's rows stay
in the page text (convention 5); ingest records where they are, so that the
document starts after them.

``<title>`` usually appends the site's name (``…的通知 - 乌鲁木齐市人民政府``,
``万载县人民政府-…``, ``…_中国政府网``): :func:`strip_site_name` keeps the part that is
not a site name.  The ``<meta>`` names of the national template for government
websites (``ArticleTitle``, ``PubDate``, ``ContentSource``, ``SiteName`` …) are kept.
"""

from __future__ import annotations

from typing import Any, Iterable

import regex

#: Info-box label (spaces removed, no colon) -> field.  A label not listed here makes a
#: cell an ordinary cell.
LABELS: dict[str, str] = {
    **dict.fromkeys(("标题", "名称", "信息名称", "文件名称", "文件标题"), "title"),
    **dict.fromkeys(("发文机关", "发布机构", "发文单位", "发布单位", "制发机关", "成文机关", "发文机构", "发布机关"), "issuer"),
    **dict.fromkeys(("发文字号", "文号", "文件编号", "发文号"), "doc_number"),
    **dict.fromkeys(("成文日期", "成文时间", "签发日期"), "written"),
    **dict.fromkeys(("发布日期", "发布时间", "公开日期", "印发日期", "生成日期", "发文日期"), "published"),
    **dict.fromkeys(("实施日期", "施行日期", "生效日期", "生效时间"), "effective"),
    **dict.fromkeys(("废止日期", "失效日期", "失效时间"), "expired"),
    **dict.fromkeys(("有效性", "时效性", "效力状态", "时效", "有效性状态"), "validity"),
    **dict.fromkeys(("索引号", "索取号"), "index_no"),
    **dict.fromkeys(("主题分类", "主题", "分类", "信息分类", "体裁分类", "组配分类"), "topic"),
    **dict.fromkeys(("主题词", "关键词", "关键字"), "keywords"),
}
_SPACE = regex.compile(r"[\s\u3000\u00a0]+")
_LABEL_CELL = regex.compile(r"^(?P<label>[^：:]{2,12})[：:](?P<value>.*)$", regex.S)

#: ``<meta name>`` (lower case) -> metadata key.  ``title``/``author`` etc. are the
#: common names, ``articletitle``/``pubdate``/``contentsource`` those of the national
#: template for government websites.
META_NAMES: dict[str, str] = {
    "title": "meta_title", "articletitle": "meta_title", "description": "meta_description",
    "keywords": "meta_keywords", "author": "meta_author", "publishdate": "meta_published",
    "pubdate": "meta_published", "source": "meta_source", "contentsource": "meta_source",
    "sitename": "meta_site_name",
}


def _cell_text(cell: Any) -> str:
    """A cell's text, whitespace runs (line breaks inside the cell) as one space.

    The spaces inside a label (``索 引 号``, ``标　　题``) are removed by :func:`label_field`,
    not here: a value keeps its own (``国务院办公厅　中央军委办公厅``) as one space.
    """
    return _SPACE.sub(" ", cell.text(deep=True, separator=" ")).strip()


def label_field(text: str) -> str | None:
    """The field an info-box label names, or None.

    >>> label_field("索 引 号："), label_field("标　　题:"), label_field("第一条：")
    ('index_no', 'title', None)
    """
    s = _SPACE.sub("", text)
    if not s.endswith(("：", ":")):
        return None
    return LABELS.get(s[:-1])


def _rows(table: Any) -> list[list[str]]:
    rows = []
    for tr in table.css("tr"):
        cells = [_cell_text(c) for c in tr.iter() if c.tag in ("td", "th")]
        if cells:
            rows.append(cells)
    return rows


def _pairs(rows: Iterable[list[str]]) -> list[tuple[str, str, bool]]:
    """(field, value, label_alone) for each labelled cell of the rows."""
    out = []
    for cells in rows:
        k = 0
        while k < len(cells):
            field = label_field(cells[k])
            if field is not None:
                nxt = cells[k + 1] if k + 1 < len(cells) else ""
                if label_field(nxt) is not None:
                    nxt = ""
                else:
                    k += 1
                out.append((field, nxt, True))
            else:
                m = _LABEL_CELL.match(cells[k])
                if m and label_field(m.group("label") + "：") is not None:
                    out.append((label_field(m.group("label") + "："), m.group("value").strip(), False))
            k += 1
    return out


def tables_holding_tables(root: Any) -> frozenset[int]:
    """The ``mem_id`` of every table under ``root`` that holds another table (a layout table).

    One pass: from each table, climb to the nearest table above it, remembering for
    every node on the way which table that is, so no node is climbed twice.  (Asking
    each table for the tables inside it costs the size of its subtree: tables nested
    10,000 deep made that quadratic.)

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser("<table id=a><tr><td><div><table id=b><tr><td>x</td></tr></table></div></td></tr></table><table id=c></table>")
    >>> sorted(t.attributes["id"] for t in tree.css("table") if t.mem_id in tables_holding_tables(tree.root))
    ['a']
    """
    nearest: dict[int, int | None] = {}  # node -> the nearest table at or above it
    holders: set[int] = set()
    for table in root.css("table"):
        climbed: list[int] = []
        node = table.parent
        found: int | None = None
        while node is not None:
            key = node.mem_id
            if key in nearest:
                found = nearest[key]
                break
            if node.tag == "table":
                found = key
                break
            climbed.append(key)
            node = node.parent
        for key in climbed:
            nearest[key] = found
        if found is not None:
            holders.add(found)
    return frozenset(holders)


def info_box_tables(tree: Any, holders: frozenset[int] | None = None) -> list[Any]:
    """The tables of an HTML tree that are metadata boxes, in document order.

    A box is a table with no table inside it (not in ``holders``,
    :func:`tables_holding_tables`) whose labelled cells name at least three fields;
    a table right after a box whose every row opens with a label continues it
    (gov.cn's separate 主题词 row).
    """
    if holders is None:
        holders = tables_holding_tables(tree.root)
    boxes: list[Any] = []
    previous_was_box = False
    for table in tree.css("table"):
        if table.mem_id in holders:
            continue
        rows = _rows(table)
        pairs = _pairs(rows)
        fields = {field for field, _, _ in pairs}
        continues = previous_was_box and pairs and all(label_field(cells[0]) for cells in rows)
        if len(fields) >= 3 or continues:
            boxes.append(table)
            previous_was_box = True
        else:
            previous_was_box = False
    return boxes


def info_fields(tables: Iterable[Any]) -> dict[str, str]:
    """Field -> value of info-box tables (the first non-empty value of each field)."""
    fields: dict[str, str] = {}
    for table in tables:
        for field, value, _ in _pairs(_rows(table)):
            if value and field not in fields:
                fields[field] = value
    return fields


#: Separators between a page's title and the site's name in ``<title>``.
_TITLE_SEPARATOR = regex.compile(r"\s*(?:[_|｜]|--?|——|—|－|\s-\s)\s*")
#: A part of ``<title>`` that names a site or a column, not a document.
_SITE_PART = regex.compile(
    r"(?:网|網|网站|門戶|门户|门户网站|政府|人民政府|官网|首页|专栏|频道|欢迎您!?|欢迎您！?|政务公开|信息公开|政府信息公开)$"
)


def strip_site_name(title: str, site_name: str | None = None) -> str:
    """The document's part of an HTML ``<title>``: the site's (and column's) name removed.

    >>> strip_site_name("关于举办培训班的通知 - 乌鲁木齐市人民政府")
    '关于举办培训班的通知'
    >>> strip_site_name("万载县人民政府-2015年万载县国民经济和社会发展统计公报")
    '2015年万载县国民经济和社会发展统计公报'
    >>> strip_site_name("国务院关于印发《国务院工作规则》的通知_政府信息公开专栏")
    '国务院关于印发《国务院工作规则》的通知'
    >>> strip_site_name("万载县人民政府")
    ''
    """
    site = _SPACE.sub("", site_name or "")
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title.strip()) if p.strip()]
    kept = [p for p in parts if not _SITE_PART.search(_SPACE.sub("", p)) and (not site or _SPACE.sub("", p) not in site)]
    if not kept:
        return ""
    return max(kept, key=len)


def page_metadata(tree: Any) -> dict[str, Any]:
    """``<title>`` (as ``html_title``, and without the site's name as ``title_from_html``),
    the single ``<h1>`` (``html_h1``) and the known ``<meta>`` names of a parsed page."""
    metadata: dict[str, Any] = {}
    for meta in tree.css("meta[name]"):
        key = META_NAMES.get((meta.attributes.get("name") or "").strip().lower())
        content = (meta.attributes.get("content") or "").strip()
        if key and content and key not in metadata:
            metadata[key] = content
    title = tree.css_first("title")
    if title is not None and title.text(strip=True):
        metadata["html_title"] = _SPACE.sub(" ", title.text(strip=True))
        stripped = strip_site_name(metadata["html_title"], metadata.get("meta_site_name"))
        if stripped:
            metadata["title_from_html"] = stripped
    headings = [h for h in tree.css("h1") if _cell_text(h)]
    if len(headings) == 1:
        metadata["html_h1"] = _cell_text(headings[0])
    return metadata
