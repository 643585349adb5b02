"""XML of a schema this project has no reader for, read by its text content.

Real damage undone: a law corpus's own XML of 公司法 (CHINGBOH/law-corpus ``xml-akn/company_law/2005.xml``,
``<law format="legal-corpus-simple-akn">`` with ``<unit type="article" number="第一条"><content>…</content></unit>``
x 219) was read as plain text: the tags stayed in the document, its title became
``<unit type="article" ref="company_law:2005:article_1" number="第一条" path="/article[1]">``, no article was
found, and 1,217 cleaning edits went into the markup (field16 F16-I1).

An XML file is markup, as HTML is: :func:`xml_to_text` writes its text content, and the
structure of its elements as lines, whatever the elements are called:

- an element whose own text is blank between its children (a container) puts each child on
  lines of its own; an element holding text of its own (mixed content) is one run of text,
  its inline children (``<ref>《某法》</ref>``) in it, a line break element (``<br/>``, TEI's
  ``<lb/>``) a new line, and a line break inside the text one too;
- an article's or a heading's number given as an attribute of its container
  (``number="第一条"``) or as an element of its own (Akoma Ntoso's ``<num>第一条</num>``) is
  written before the first line that follows it, as a page prints it (``第一条　为了…``), unless
  that line starts with it already;
- a container's ``heading`` or ``title`` attribute is a line of its own after the number;
- the first short ``<title>``/``<docTitle>``/``<name>``-like element, or the root's ``title``
  attribute, is the page's declared title.

What is refused, with the reason (:class:`XmlTextError`): a file that declares entities (a
``<!ENTITY>`` or a DTD's internal subset: a law's text needs none, and expanding them is how
an XML bomb works), a malformed file, and nesting deeper than :data:`MAX_DEPTH`.
Taiwan's law XML has its own reader (:mod:`corpus_tools.law_xml`), which knows its fields.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import regex

from corpus_tools import markup_words
from corpus_tools.lazy_patterns import lazy_regex

#: Elements deeper than this are no document a person wrote (the HTML reader's limit).
MAX_DEPTH = 1000
#: A number of a provision or a heading: ``第一条``, ``第十五条之一``, ``第 3 章``, ``第二编``.
_LABEL = lazy_regex(r"^第[ \t\u3000]*[〇零一二三四五六七八九十百千万两0-9０-９]{1,12}[ \t\u3000]*[编章节条款项目]"
                    r"(?:之[一二三四五六七八九十0-9]{1,4})?$")
#: Attributes and elements that carry a provision's number (local names, lower case).
_NUMBER_NAMES = frozenset({"num", "number", "no", "label", "ordinal"})
#: An item's number (``（一）``, ``（1）``, ``一、``, ``1.``, ``①``), written glued to its text as a page prints it.
_ITEM_NUMBER = lazy_regex(r"^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,3}[.．、]|[①-⑳])$")
#: Endings of element names that carry a provision's or an item's number as their whole text, in schemas that give
#: the number an element of its own beside the text: Japan's e-Gov law XML (``ArticleTitle``, ``ParagraphNum``,
#: ``ItemTitle``, ``Subitem1Title``: Teetrition/Chinese-Law-Formatter writes Chinese laws so, field test 30 F30-C6:
#: ``（一）`` on a line of its own above ``文字作品；``), Akoma Ntoso and USLM (``num``), JATS and DocBook (``label``).
_NUMBER_ENDINGS = ("num", "number", "title", "label", "no")
#: Attributes of a container that carry its heading.
_HEADING_ATTRIBUTES = ("heading", "title")
#: Elements whose text is a document's title (local names, lower case).
_TITLE_NAMES = frozenset({"title", "doctitle", "name", "lawname", "law_name", "标题", "名称", "法规名称", "法律名称"})
#: Elements that break a line inside mixed content.
_BREAK_NAMES = frozenset({"br", "lb"})
#: Elements that are paragraphs inside mixed content (their text starts and ends a line).
_PARAGRAPH_NAMES = frozenset({"p", "para", "paragraph", "div", "block", "li", "item"})
_TITLE_MAX_CHARS = 100
_SEPARATOR = "\u3000"  # between a number and its text, as the law XML reader writes it


class XmlTextError(ValueError):
    """The XML file is not read (the reason is the message)."""


def _local(name: Any) -> str:
    """An element's or attribute's name without its namespace, lower case (comments and
    processing instructions have none)."""
    if not isinstance(name, str):
        return ""
    return name.rsplit("}", 1)[-1].lower()


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def _label(value: str | None) -> str | None:
    """``value`` when it is a provision's or heading's number, spaces dropped.

    >>> _label(" 第一条 "), _label("第 3 章"), _label("第十五条之一"), _label("company_law:2005:article_1")
    ('第一条', '第3章', '第十五条之一', None)
    """
    if value is None:
        return None
    value = value.strip()
    if len(value) > 24 or not _LABEL.match(value):
        return None
    return regex.sub(r"[ \t\u3000]", "", value)


def _mixed(element: ET.Element) -> bool:
    """Whether ``element`` holds text of its own (not only blanks between its children)."""
    return not _blank(element.text) or any(not _blank(child.tail) for child in element)


def _run_text(element: ET.Element) -> str:
    """The text of a mixed element, its inline children in it, a break element or a paragraph
    child a line break (an explicit stack: no recursion on deep input)."""
    parts: list[str] = [element.text or ""]
    stack: list[tuple[ET.Element, bool]] = [(child, False) for child in reversed(element)]
    while stack:
        node, closing = stack.pop()
        name = _local(node.tag)
        if closing:
            if name in _PARAGRAPH_NAMES:
                parts.append("\n")
            parts.append(node.tail or "")
            continue
        if name in _BREAK_NAMES:
            parts.append("\n")
            parts.append(node.tail or "")
            continue
        if name in _PARAGRAPH_NAMES:
            parts.append("\n")
        if isinstance(node.tag, str):
            parts.append(node.text or "")
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


def _depth(root: ET.Element) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in node)
    return deepest


def xml_to_text(xml: str) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of an XML file of any schema: its text content, one line per block
    (see the module's docstring); :class:`XmlTextError` when it is not read.

    The real file's shape (CHINGBOH/law-corpus ``xml-akn/company_law/2005.xml``, first article):

    >>> text, metadata = xml_to_text('<?xml version="1.0" encoding="UTF-8"?>\\n'
    ...     '<law slug="cn_company_law_2005" format="legal-corpus-simple-akn">\\n'
    ...     '  <unit type="article" ref="company_law:2005:article_1" number="第一条" path="/article[1]">\\n'
    ...     '    <content>为了规范公司的组织和行为，制定本法。</content>\\n  </unit>\\n'
    ...     '  <unit type="article" ref="company_law:2005:article_3" number="第三条" path="/article[3]">\\n'
    ...     '    <content>公司是企业法人。\\n有限责任公司的股东以其认缴的出资额为限对公司承担责任。</content>\\n  </unit>\\n</law>\\n')
    >>> print(text, end="")
    第一条　为了规范公司的组织和行为，制定本法。
    第三条　公司是企业法人。
    有限责任公司的股东以其认缴的出资额为限对公司承担责任。
    >>> metadata
    {}

    Akoma Ntoso's numbers and headings as elements, an inline reference kept in its sentence:

    >>> text, metadata = xml_to_text('<akomaNtoso><act><preface><docTitle>某某条例</docTitle></preface><body>'
    ...     '<chapter><num>第一章</num><heading>总则</heading><article><num>第一条</num><content>'
    ...     '<p>依照<ref href="/cn/law">《中华人民共和国公司法》</ref>，制定本条例。</p></content></article>'
    ...     '</chapter></body></act></akomaNtoso>')
    >>> print(text, end="")
    某某条例
    第一章　总则
    第一条　依照《中华人民共和国公司法》，制定本条例。
    >>> metadata
    {'title': '某某条例'}

    Japan's e-Gov law XML, as a converter writes Chinese laws in it (field test 30 F30-C6): each number in an element of
    its own beside its sentence, written before it as the page prints it:

    >>> text, _ = xml_to_text('<Law><LawBody><Article Num="3"><ArticleTitle>第三条</ArticleTitle><Paragraph Num="1">'
    ...     '<ParagraphNum/><ParagraphSentence><Sentence>本法所称的作品，包括：</Sentence></ParagraphSentence>'
    ...     '<Item Num="1"><ItemTitle>（一）</ItemTitle><ItemSentence><Sentence>文字作品；</Sentence></ItemSentence></Item>'
    ...     '</Paragraph></Article></LawBody></Law>')
    >>> print(text, end="")
    第三条　本法所称的作品，包括：
    （一）文字作品；
    """
    head = xml[:20000]
    if regex.search(r"<!ENTITY|<!DOCTYPE[^>\[]*\[", head, flags=regex.I):
        raise XmlTextError("XML that declares entities (<!ENTITY> or a DTD's internal subset) is not read: "
                           "a law's text needs none")
    try:
        root = ET.fromstring(xml.lstrip("\ufeff").encode("utf-8"))
    except ET.ParseError as error:
        raise XmlTextError(f"malformed XML ({error})") from None
    if _depth(root) > MAX_DEPTH:
        raise XmlTextError(f"XML nested deeper than {MAX_DEPTH:,} elements (limit): not a document a person wrote")

    lines: list[str] = []
    pending: list[str | None] = [None]  # a number waiting for the line it heads
    glue = [_SEPARATOR]  # what stands between the pending number and its line (none after an item's number)
    metadata: dict[str, Any] = {}
    word_blocks = markup_words.join_xml_words(root)  # a tool's output: OCR words in ALTO, PAGE, ABBYY, DjVu XML
    if word_blocks:
        metadata["word_markup_blocks"] = word_blocks

    def emit(line: str) -> None:
        line = line.strip()
        if not line:
            return
        label = pending[0]
        if label is not None:
            pending[0] = None
            if not regex.sub(r"[ \t\u3000]", "", line).startswith(label):
                line = f"{label}{glue[0]}{line}"
        lines.append(line)

    def hold(label: str, separator: str = _SEPARATOR) -> None:
        if pending[0] is not None:
            lines.append(pending[0])  # a number followed by another number: a line of its own
        pending[0] = label
        glue[0] = separator

    title = root.get("title") or root.get("name")
    if title and title.strip() and len(title.strip()) <= _TITLE_MAX_CHARS:
        metadata["title"] = title.strip()
        emit(title)
    stack: list[ET.Element] = [root]
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str):
            continue  # a comment or a processing instruction
        name = _local(node.tag)
        label = next((_label(value) for key, value in node.attrib.items()
                      if _local(key) in _NUMBER_NAMES and _label(value)), None)
        if label is not None:
            hold(label)
        if _mixed(node) or len(node) == 0:
            text = _run_text(node)
            if name in _NUMBER_NAMES and _label(text):
                hold(_label(text))
                continue
            if name.endswith(_NUMBER_ENDINGS) and "\n" not in text.strip():
                number = text.strip()
                if _label(number) and "条" in number:  # e-Gov's <ArticleTitle>第三条</ArticleTitle> (a chapter's title has its name)
                    hold(_label(number))
                    continue
                if _ITEM_NUMBER.match(number):  # e-Gov's <ItemTitle>（一）</ItemTitle>: glued to its text
                    hold(number, "")
                    continue
            if (name in _TITLE_NAMES and "title" not in metadata and text.strip()
                    and len(text.strip()) <= _TITLE_MAX_CHARS and "\n" not in text.strip()):
                metadata["title"] = text.strip()
            for line in text.split("\n"):
                emit(line)
            continue
        heading = next((value.strip() for key in _HEADING_ATTRIBUTES for value in [node.get(key)]
                        if value and value.strip() and len(value.strip()) <= _TITLE_MAX_CHARS), None)
        if node is root:
            heading = None  # written above as the title
        if heading is not None:
            emit(heading)
        stack.extend(reversed(node))
    if pending[0] is not None:
        lines.append(pending[0])
    return ("\n".join(lines) + "\n" if lines else ""), metadata
