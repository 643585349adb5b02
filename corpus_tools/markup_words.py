r"""A tool's output format around the text: words as positioned elements, joined into lines and paragraphs.

Real damage undone: the scrape is not a web page written for readers but the output format of a tool that
placed the text on a page image: the words sit one per element, each with its box and confidence, lines and
blocks are elements around them.  Tesseract's hOCR (``<span class='ocr_line' title="bbox …"><span
class='ocrx_word' title='bbox 296 300 350 352; x_wconf 96'>第一</span>⏎ <span …>条为</span>``, set 12,
``h12_layout_hocr``) was read as a web page: a blank between every two words (``第一 条为 了``), which hid
every article label: the page gave no article.  Other members of the family read as nothing at all (the word
in an attribute) or as one word a line (an XML reader puts each child of a container on a line).

Members (the tools and formats that write it):

- OCR engines' hOCR (Tesseract, OCRopus/kraken ``ocrx_line``, ``ocrx_cinfo`` for characters): words in
  ``span``s whose ``title`` holds ``bbox x0 y0 x1 y1``;
- ALTO XML (Library of Congress, ABBYY, Tesseract's ``alto`` renderer, newspaper archives): the word in the
  ``CONTENT`` attribute of an empty ``String`` with ``HPOS``/``VPOS``, ``SP`` elements between words;
- PAGE XML (Transkribus, OCR-D, eScriptorium): ``Word``s with a ``Coords points=…`` child and the text in
  ``TextEquiv/Unicode``, the line's and the region's text repeated beside their words;
- ABBYY FineReader's XML: one ``charParams`` element per character, with ``l t r b``;
- poppler's ``pdftotext -bbox`` / ``-bbox-layout`` (``word xMin yMin xMax yMax``; ``flow``/``block``/``line``),
  and PDFMiner's XML (``textline``/``text bbox=…``);
- DjVuLibre's ``djvutoxml`` hidden text (``LINE``/``WORD coords=…``), Google's and AWS's OCR exports turned
  into XML, e-book and caption chains that keep a box per word;
- without geometry, runs (:func:`_run_plan`): a word processor's own XML (WordprocessingML's ``w:p/w:r/w:t``,
  Word 2003 XML), a reading aid's or read-aloud tool's ``<span>`` per word one a source line, a linguist's
  tokenised TEI (``<w>``; its ``<pc>`` beside ``<w>`` is not reached: two names).

What every member shares is the evidence this module reads: many leaf elements that each carry a position
(an attribute such as ``bbox``, ``HPOS``/``VPOS``, ``l``/``t``, ``xMin``, ``x``/``y``, ``coords``, ``points``,
on the element or on a geometry-only child such as PAGE's ``Coords``), each holding a short piece of text
(its content, or an attribute of text repeated on such elements), several of them to a line.

**Evidence**, all, per page: at least :data:`MIN_WORDS` positioned leaf elements with text, grouped in at
least :data:`MIN_LINES` lines (the nearest positioned element around a word, else its parent; a line whose
words go back to the left is split there), :data:`MIN_WORDS_PER_LINE` words a line on average (a tool that
cut lines into words), the words short (median at most :data:`MAX_MEDIAN_WORD` characters), and holding
at least :data:`PAGE_SHARE` of an HTML page's Han characters: the page is the tool's output (a chart's labels
on an ordinary web page are not; an XML file is a tool's output as a whole, and PAGE XML repeats its words'
text beside them).  An ordinary web page has no such elements, and is read as before.

Then each line's words are joined as Chinese text joins (no blank, except between two Latin words, or a Latin
word and a number, whose boxes leave a gap wider than the line's usual one), the lines of one block (the element around the lines) into paragraphs (a new paragraph
at a line that opens with a structure marker, or after a short line that ends a sentence; a block that ends
on a full line in mid-sentence goes on in the next one: a page broke the paragraph), and each block is
written as its paragraphs, one a line.  Text of a line or a block beside its words that repeats them (PAGE's
``TextEquiv`` at every level) goes; a block with any other text beside its words, or holding words of its own
or another block, is read as before (nothing is dropped when the shape is not understood).
"""

from __future__ import annotations

from statistics import median
from typing import Any, Callable, Iterable

import regex

from corpus_tools.lazy_patterns import lazy_regex

#: A page needs this many positioned words, at least.
MIN_WORDS = 30
#: ... in this many lines, at least.
MIN_LINES = 5
#: ... with this many words a line on average (a tool that cut each line into words or characters).
MIN_WORDS_PER_LINE = 2.0
#: ... and words this short (median characters): a tool's words, not an ordinary page's positioned blocks.
MAX_MEDIAN_WORD = 8
#: ... and the words hold at least this share of the page's Han characters (the page is the tool's output).
PAGE_SHARE = 0.5
#: A line that ends a sentence and is shorter than this share of the page's full lines ends its paragraph.
SHORT_LINE_SHARE = 0.6

#: A block whose last line is at least this share of the page's full lines and ends in mid-sentence goes on
#: in the next block (a paragraph broken by the end of a page or a column).
CARRIED_LINE_SHARE = 0.8

#: Attributes that place an element on the page (local names, lower case); their value opens with a number.
POSITION_ATTRIBUTES = frozenset({
    "x", "y", "l", "t", "left", "top", "hpos", "vpos", "xmin", "ymin", "x0", "y0", "x1", "y1", "coords", "points",
    "bbox", "box", "hpos_", "ulx", "uly",
})
#: Attributes that are no text of the word (names, styles, sizes, confidences).
_NOT_TEXT = frozenset({"id", "class", "style", "title", "lang", "xml:lang", "name", "type", "stylerefs", "tagrefs", "font",
                       "ff", "fs", "width", "height", "right", "bottom", "r", "b", "xmax", "ymax", "wc", "cc", "conf"})
_NUMBER = lazy_regex(r"\s*-?\d+(?:\.\d+)?")
#: hOCR's box in a ``title``: ``bbox 296 300 350 352``.
_BBOX = lazy_regex(r"(?:^|;)\s*bbox\s+(-?\d+(?:\.\d+)?)\s+-?\d")
#: A cheap look at the source before the tree is walked: a position attribute with a number (found from its
#: ``=`` and a number, the name looked at in the few characters before: a scan of the whole page for the
#: names took 0.07 s on the 108 real pages, this one 0.01 s).
_NUMBER_VALUE = lazy_regex(r"""=\s{0,4}["']?\s{0,4}-?\d""")
_POSITION_NAME = lazy_regex(r"""(?i)\s(?:x|y|l|t|left|top|hpos|vpos|xmin|ymin|x0|y0|x1|y1|coords|points|bbox|box|ulx|uly)\s{0,4}$""")
_HAN = lazy_regex(r"\p{Han}")
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SENTENCE_END = "。；！？：;!?:"


class Adapter:
    """How the mechanism sees a tree: its elements in document order, an element's parent, local name,
    attributes (local names, lower case) and text (deep)."""

    def __init__(self, elements: list[Any], parent: Callable[[Any], Any], name: Callable[[Any], str],
                 attributes: Callable[[Any], dict[str, str]], text: Callable[[Any], str],
                 key: Callable[[Any], int], page_text: Callable[[], str] | None,
                 own_texts: Callable[[Any], list[str]]) -> None:
        self.elements, self.parent, self.name, self.attributes, self.text, self.key, self.page_text = (
            elements, parent, name, attributes, text, key, page_text)
        self.own_texts = own_texts  # the text pieces of an element outside its element children


class Block:
    """A block to rewrite: its element and its paragraphs."""

    __slots__ = ("node", "paragraphs")

    def __init__(self, node: Any, paragraphs: list[str]) -> None:
        self.node, self.paragraphs = node, paragraphs


def hinted(source: str) -> bool:
    """Whether the source holds enough position attributes to be looked at (a cheap, linear look).

    >>> hinted('<p>第一条</p>'), hinted('<span title="bbox 1 2 3 4">第一</span>' * 40)
    (False, True)
    """
    count = source.count("bbox ")  # hOCR's boxes, in titles
    if count >= MIN_WORDS:
        return True
    for m in _NUMBER_VALUE.finditer(source):
        if _POSITION_NAME.search(source, max(0, m.start() - 12), m.start()):
            count += 1
            if count >= MIN_WORDS:
                return True
    return False


#: Of the position attributes, those that give the left edge (a box's first number is its left edge too).
_HORIZONTAL = ("hpos", "x", "l", "left", "xmin", "x0", "x1", "ulx", "coords", "points", "bbox", "box")


#: An element closed and the next opened on the next line of the source (runs one a line).
_RUN_BREAK = lazy_regex(r"</[A-Za-z][\w:-]{0,40}>[ \t]*\r?\n[ \t]*<[A-Za-z]")


def _runs_hinted(source: str) -> bool:
    """Whether the source has enough elements one a line to be looked at for runs (a cheap, linear look).

    >>> _runs_hinted("<p>第一条</p>"), _runs_hinted("<span>第一</span>\\n<span>条</span>\\n" * 40)
    (False, True)
    """
    count = 0
    for _ in _RUN_BREAK.finditer(source):
        count += 1
        if count >= MIN_WORDS:
            return True
    return False


def _position(attributes: dict[str, str]) -> float | None:
    """The left edge an element's attributes place it at (``-1.0``: placed, but no left edge given; None: not
    positioned).

    >>> _position({"width": "10", "vpos": "900", "hpos": "40"}), _position({"vpos": "9"}), _position({"title": "bbox 3 4 5 6"})
    (40.0, -1.0, 3.0)
    """
    placed = False
    for name in _HORIZONTAL:
        value = attributes.get(name)
        if value:
            m = _NUMBER.match(value)
            if m:
                return float(m.group())
    for name, value in attributes.items():
        if name in POSITION_ATTRIBUTES and value and _NUMBER.match(value):
            placed = True
        elif name == "title" and value and "bbox" in value:
            m = _BBOX.search(value)
            if m:
                return float(m.group(1))
    return -1.0 if placed else None


def _right(attributes: dict[str, str], left: float) -> float | None:
    """The right edge an element's attributes give (``xMax``, ``r``, a box's third number, a left edge plus
    a width, the largest x of a polygon), or None.

    >>> _right({"title": "bbox 3 4 50 6; x_wconf 9"}, 3), _right({"hpos": "40", "width": "12"}, 40), _right({"points": "1,2 9,2 9,5"}, 1)
    (50.0, 52.0, 9.0)
    """
    for name in ("xmax", "r", "right", "x1"):
        value = attributes.get(name)
        if value and (m := _NUMBER.match(value)) and float(m.group()) > left:
            return float(m.group())
    width = attributes.get("width")
    if width and (m := _NUMBER.match(width)) and left >= 0:
        return left + float(m.group())
    for name in ("title", "bbox", "box", "coords"):
        value = attributes.get(name)
        if value:
            numbers = regex.findall(r"-?\d+(?:\.\d+)?", value[:200])
            if len(numbers) >= 4 and (name != "title" or "bbox" in value):
                return max(float(numbers[0]), float(numbers[2]))
    value = attributes.get("points")
    if value:
        xs = [float(pair.split(",")[0]) for pair in value.split()[:64] if _NUMBER.fullmatch(pair.split(",")[0])]
        if xs:
            return max(xs)
    return None


def _own_blank(blank: str) -> bool:
    """Whether ``blank`` (whitespace at a run's edge) is the document's own blank, not a source's indentation
    (which holds a line break).

    >>> _own_blank(" "), _own_blank("\\u3000"), _own_blank("\\n  "), _own_blank("")
    (True, True, False, False)
    """
    return bool(blank) and "\n" not in blank and "\r" not in blank


#: The gap before a piece that follows a blank the text itself holds (a run's edge): a real blank (:func:`_join`).
OWN_BLANK = -1.0


def _join(pieces: list[tuple[str, float | None]]) -> str:
    """Pieces of a line (each with the gap before it, from the boxes, or None) joined as Chinese text joins:
    no blank, except a blank between two Latin words (or a Latin word and a number) whose gap is wider than
    the line's usual gap between its pieces (a tool's blank is a gap; a number or a word the tool cut has none).

    A piece whose gap is :data:`OWN_BLANK` follows a blank the text itself holds (a run's ``xml:space="preserve"``
    edge, ``<w:t xml:space="preserve"> 为了</w:t>``): that blank is the document's own character, not a tool's
    gap, and stays between any two characters (``第一条 为了``).

    >>> _join([("第一", None), ("条为", 8.0), ("ISO", 8.0), ("9001", 30.0), ("A", 8.0), ("PP", 8.0), ("202", 8.0), ("4年", 30.0)])
    '第一条为ISO 9001APP2024年'
    >>> _join([("第一", 0.0), ("条", 0.0), ("为了", OWN_BLANK), ("促进", 0.0)])
    '第一条 为了促进'
    """
    gaps = sorted(g for _, g in pieces if g is not None and g != OWN_BLANK)
    usual = gaps[len(gaps) // 2] if gaps else None
    out = ""
    for text, gap in pieces:
        if not text:
            continue
        a, b = out[-1:], text[:1]
        if out and gap == OWN_BLANK:
            out += " "
        elif (out and usual is not None and gap is not None and gap > 1.5 * usual + 1 and a in _ALNUM and b in _ALNUM
                and not (a.isdigit() and b.isdigit())):
            out += " "
        out += text
    return out


def _compact(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def plan(adapter: Adapter) -> list[Block] | None:
    """The blocks to rewrite and their paragraphs, or None when the page shows no evidence (module docstring):
    positioned words, else runs (:func:`_run_lines`)."""
    return _positioned_plan(adapter) or _run_plan(adapter)


def _positioned_plan(adapter: Adapter) -> list[Block] | None:
    """Positioned words (module docstring)."""
    key, parent, attributes = adapter.key, adapter.parent, adapter.attributes
    attrs: dict[int, dict[str, str]] = {}
    x_of: dict[int, float] = {}
    children: dict[int, int] = {}
    for node in adapter.elements:
        a = attrs[key(node)] = attributes(node)
        up = parent(node)
        if up is not None:
            children[key(up)] = children.get(key(up), 0) + 1
        x = _position(a)
        if x is not None:
            x_of[key(node)] = x
    if len(x_of) < MIN_WORDS:
        return None
    # a geometry-only child (PAGE's ``Coords``, ABBYY's ``rect``) places its parent, and is no word of its own
    described: set[int] = set()
    for node in adapter.elements:
        k = key(node)
        up = parent(node)
        if k in x_of and not children.get(k) and up is not None and key(up) not in x_of and adapter.text(node) == "":
            described.add(k)
    geometry: dict[int, dict[str, str]] = {}  # the attributes that place an element (its own, or its descriptor's)
    for node in adapter.elements:
        k = key(node)
        up = parent(node)
        if k in described and up is not None and key(up) not in x_of:
            x_of[key(up)] = x_of[k]
            geometry[key(up)] = attrs[k]
        elif k in x_of and k not in geometry:
            geometry[k] = attrs[k]
    positioned = {k for k in x_of if k not in described}
    above: set[int] = set()  # elements with a positioned element inside them
    for node in adapter.elements:
        if key(node) not in positioned:
            continue
        up = parent(node)
        while up is not None and key(up) not in above:
            above.add(key(up))
            up = parent(up)
    leaves = [node for node in adapter.elements if key(node) in positioned and key(node) not in above]
    # the words' text: their content, or the text attribute the vocabulary repeats on them (ALTO's CONTENT)
    texts: dict[int, str] = {key(node): adapter.text(node) for node in leaves}
    bare = [node for node in leaves if not texts[key(node)].strip()]
    holder = _text_attribute([attrs[key(node)] for node in bare])
    if holder is not None:
        for node in bare:
            texts[key(node)] = attrs[key(node)].get(holder, "")
    words = [node for node in leaves if texts[key(node)].strip()]
    if len(words) < MIN_WORDS or median(len(texts[key(node)].strip()) for node in words) > MAX_MEDIAN_WORD:
        return None
    han = sum(len(_HAN.findall(texts[key(node)])) for node in words)
    if adapter.page_text is not None and han < PAGE_SHARE * len(_HAN.findall(adapter.page_text())):
        return None  # the words are a part of an ordinary page (a chart's labels), not the page: read as before
    # lines: the nearest positioned element around a word, else its parent; split where the words go back left
    lines: dict[int, list[list[Any]]] = {}
    line_nodes: dict[int, Any] = {}
    last_x: dict[int, float] = {}  # the left edge of a line's last word with text
    for node in leaves:
        up = parent(node)
        while up is not None and key(up) not in positioned:
            up = parent(up)
        if up is None:
            up = parent(node)
        if up is None:
            continue
        runs = lines.setdefault(key(up), [[]])
        line_nodes[key(up)] = up
        x = x_of[key(node)]
        if texts[key(node)].strip():
            if runs[-1] and 0 <= x < last_x.get(key(up), -1.0):
                runs.append([])  # the words go back to the left: a new printed line
            last_x[key(up)] = x
        if texts[key(node)].strip() or runs[-1]:
            runs[-1].append(node)
    line_texts: dict[int, list[str]] = {}
    count = 0
    for k, runs in lines.items():
        joined = []
        for run in runs:
            pieces: list[tuple[str, float | None]] = []
            right: float | None = None
            for node in run:
                t = texts[key(node)].strip()
                if not t:
                    continue
                left = x_of[key(node)]
                pieces.append((t, left - right if right is not None and left >= 0 else None))
                right = _right(geometry.get(key(node), {}), left)
            text = _join(pieces)
            if text:
                joined.append(text)
        line_texts[k] = joined
        count += len(joined)
    if count < MIN_LINES or len(words) < MIN_WORDS_PER_LINE * count:
        return None
    return _blocks(adapter, line_texts, line_nodes)


def _blocks(adapter: Adapter, line_texts: dict[int, list[str]], line_nodes: dict[int, Any]) -> list[Block] | None:
    """The blocks around the lines, each with its paragraphs (module docstring)."""
    from corpus_tools.clean.containers import led_lines

    key, parent = adapter.key, adapter.parent
    lines = line_texts
    lengths = sorted(len(t) for texts_ in line_texts.values() for t in texts_)
    full = lengths[int(0.9 * (len(lengths) - 1))]
    # blocks: the element around the lines
    blocks: dict[int, list[Any]] = {}
    block_nodes: dict[int, Any] = {}
    for k, node in line_nodes.items():
        up = parent(node)
        target = up if up is not None else node
        blocks.setdefault(key(target), []).append(node)
        block_nodes[key(target)] = target
    index = {key(node): i for i, node in enumerate(adapter.elements)}
    out: list[Block] = []
    last: str | None = None  # the last line of the block rewritten before
    paragraphs: list[str]
    holding: set[int] = set()  # elements around a block (a block inside a block: the outer one is read as before)
    for k, node in block_nodes.items():
        for up in _ancestors(adapter, node):
            if key(up) in holding:
                break
            holding.add(key(up))
    for k, members in blocks.items():
        if k in lines or k in holding:
            last = None
            continue  # the block holds words of its own, or another block, beside its lines: read as before
        members.sort(key=lambda n: index[key(n)])
        paragraphs = []
        previous_ended = False
        for node in members:
            for text in line_texts[key(node)]:
                opens = led_lines(text.lstrip(" \u3000\xa0")) > 0
                if paragraphs and not opens and not previous_ended:
                    paragraphs[-1] = _join([(paragraphs[-1], None), (text, None)])
                else:
                    paragraphs.append(text)
                previous_ended = text[-1:] in _SENTENCE_END and len(text) < SHORT_LINE_SHARE * full
        block_words = "".join(_compact(p) for p in paragraphs)
        if not _repeats(_compact(adapter.text(block_nodes[k])), block_words):
            last = None
            continue  # text beside the words that is not theirs again: the block is read as before
        first = line_texts[key(members[0])][:1] if members else []
        if (out and out[-1].paragraphs and last is not None and paragraphs and first and len(last) >= CARRIED_LINE_SHARE * full
                and last[-1:] not in _SENTENCE_END and not led_lines(first[0].lstrip(" \u3000\xa0"))):
            # the block before ended on a full line in mid-sentence (a page or a column broke the paragraph)
            out[-1].paragraphs[-1] = _join([(out[-1].paragraphs[-1], None), (paragraphs.pop(0), None)])
        tail = line_texts[key(members[-1])] if members else []
        last = tail[-1] if tail else None
        out.append(Block(block_nodes[k], paragraphs))
    return out or None


#: Runs: a line's runs hold at most this many characters (median), ...
MAX_MEDIAN_RUN = 6
#: ... a line holds this many runs on average, ...
MIN_RUNS_PER_LINE = 3.0
#: ... and at most this share of them opens with a structure marker (the children of a law's own XML, its
#: articles, each open with one).
MAX_LED_RUNS = 0.3
#: ... and each run is an element with at most this many elements in it (``w:r`` holds ``w:rPr``, ``w:t``).
MAX_RUN_ELEMENTS = 12
#: HTML elements that are blocks of their own (an HTML reader writes them on lines of their own already).
_HTML_BLOCKS = frozenset("address article aside blockquote body br dd div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6 "
                         "header hr html li main nav ol p pre section table tbody td tfoot th thead tr ul".split())


def _run_plan(adapter: Adapter) -> list[Block] | None:
    """Runs: a vocabulary without geometry that writes each word or run of a line as an element of its own
    (WordprocessingML's ``<w:p><w:r><w:t>第一</w:t></w:r>⏎<w:r>…``, TEI's ``<w>`` tokens, a reading aid's
    ``<span class="word">`` per word, one a source line): an XML reader put each run on a line of its own,
    an HTML reader a blank between every two.

    **Evidence**, all, per page: elements (lines) whose children with text are at least two, all of one name
    and class (runs), with no text of their own between them (an HTML page: only line breaks of its source);
    at least :data:`MIN_WORDS` runs in :data:`MIN_LINES` lines, :data:`MIN_RUNS_PER_LINE` a line on
    average, short (median at most :data:`MAX_MEDIAN_RUN` characters) and few of them opening with a
    structure marker (:data:`MAX_LED_RUNS`: a law's XML whose articles are its children is no line of runs);
    on an HTML page they hold at least :data:`PAGE_SHARE` of its Han characters.  Each line is written as its
    runs joined, one paragraph.
    """
    from corpus_tools.clean.containers import led_lines

    key, parent = adapter.key, adapter.parent
    html = adapter.page_text is not None
    kids: dict[int, list[Any]] = {}
    nodes: dict[int, Any] = {}
    for node in adapter.elements:
        up = parent(node)
        if up is not None:
            kids.setdefault(key(up), []).append(node)
            nodes[key(up)] = up
    texts: dict[int, str] = {}
    line_texts: dict[int, list[str]] = {}
    line_nodes: dict[int, Any] = {}
    runs_seen: list[str] = []
    candidates: dict[int, tuple[Any, list[Any]]] = {}
    blank_before: set[int] = set()  # runs after a run that is the document's own blank alone
    size: dict[int, int] = {}  # elements in each element's subtree (a run is a small one)
    for node in reversed(adapter.elements):
        up = parent(node)
        if up is not None:
            size[key(up)] = size.get(key(up), 1) + size.get(key(node), 1)
    for k, children in kids.items():
        if len(children) < 2 or any(size.get(key(child), 1) > MAX_RUN_ELEMENTS for child in children):
            continue
        line = nodes[k]
        if html and adapter.name(line) not in _HTML_BLOCKS:
            continue  # an HTML line of runs is a block (an inline element's runs stay inline)
        own = adapter.own_texts(line)
        if any(piece.strip() for piece in own):
            continue  # text of its own between the children: a sentence with inline elements, not runs
        with_text = []
        pending = False
        for child in children:
            t = texts.setdefault(key(child), adapter.text(child))
            if t.strip():
                if pending:
                    blank_before.add(key(child))
                pending = False
                with_text.append(child)
            elif with_text and _own_blank(t):
                pending = True  # a run of the document's own blank alone: a blank before the next run
        if len(with_text) < 2:
            continue
        if html and sum(1 for piece in own if "\n" in piece) < 0.9 * (len(with_text) - 1):
            continue  # an HTML page's runs one a line of its source (the blank the reader saw between them)
        signature = {(adapter.name(c), adapter.attributes(c).get("class", "")) for c in with_text}
        if len(signature) != 1 or (html and next(iter(signature))[0] in _HTML_BLOCKS):
            continue
        candidates[k] = (line, with_text)
    inner: set[int] = set()  # lines that hold a line: their children are no runs
    for k, (line, _) in candidates.items():
        for up in _ancestors(adapter, line):
            if key(up) in inner:
                break
            inner.add(key(up))
    for k, (line, with_text) in candidates.items():
        if k in inner:
            continue
        pieces: list[tuple[str, float | None]] = []
        before = ""
        for child in with_text:
            raw = texts[key(child)]
            # a blank the run itself holds at its edge is the document's own (``<w:t xml:space="preserve"> 为了</w:t>``,
            # ``第一条 为了``): it stays, between any two characters (a source's indentation, with its line break, is none)
            blank = (_own_blank(before[len(before.rstrip()):]) or _own_blank(raw[: len(raw) - len(raw.lstrip())])
                     or key(child) in blank_before)
            pieces.append((raw.strip(), OWN_BLANK if blank and pieces else 0.0))
            before = raw
            runs_seen.append(raw.strip())
        line_texts[k] = [_join(pieces)]
        line_nodes[k] = line
    if len(runs_seen) < MIN_WORDS or len(line_texts) < MIN_LINES or len(runs_seen) < MIN_RUNS_PER_LINE * len(line_texts):
        return None
    if median(len(t) for t in runs_seen) > MAX_MEDIAN_RUN:
        return None
    if sum(1 for t in runs_seen if led_lines(t)) > MAX_LED_RUNS * len(runs_seen):
        return None
    if html:
        han = sum(len(_HAN.findall(t)) for t in runs_seen)
        if han < PAGE_SHARE * len(_HAN.findall(adapter.page_text())):  # type: ignore[misc]
            return None
    return [Block(line, line_texts[k]) for k, line in line_nodes.items()] or None


def _ancestors(adapter: Adapter, node: Any) -> Iterable[Any]:
    up = adapter.parent(node)
    while up is not None:
        yield up
        up = adapter.parent(up)


def _repeats(whole: str, words: str) -> bool:
    """Whether ``whole`` (a block's text, blanks dropped) holds nothing but the words' text, any number of
    times over (PAGE repeats a line's and a region's text beside their words; ALTO's words are attributes).

    >>> _repeats("第一条为了第一条为了", "第一条为了"), _repeats("", "第一条"), _repeats("第一条为了附件", "第一条为了")
    (True, True, False)
    """
    from collections import Counter

    if not whole:
        return True
    if not words or len(whole) % len(words):
        return False
    times = len(whole) // len(words)
    have = Counter(words)
    return Counter(whole) == Counter({c: n * times for c, n in have.items()})


def _text_attribute(attribute_sets: list[dict[str, str]]) -> str | None:
    """The attribute that holds the words' text when the words have none of their own (ALTO's ``CONTENT``):
    the one (not a name, a style, a box or a number) whose values hold Han characters on at least half of them.

    >>> _text_attribute([{"id": "w1", "content": "第一"}, {"id": "w2", "content": "条为"}, {"id": "s1"}])
    'content'
    """
    if not attribute_sets:
        return None
    counts: dict[str, int] = {}
    for a in attribute_sets:
        for name, value in a.items():
            if name in _NOT_TEXT or name in POSITION_ATTRIBUTES or not value or not _HAN.search(value):
                continue
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] * 2 >= len(attribute_sets) else None


# --------------------------------------------------------------------------- the two trees


def _local(name: Any) -> str:
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower() if isinstance(name, str) else ""


def join_html_words(tree: Any, html: str) -> int:
    """Rewrite the blocks of a tool's word markup in a parsed HTML page (selectolax) as their paragraphs, one
    a line; return how many blocks were rewritten (0: no evidence, the page is read as before).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> line = ("<span class='ocr_line' title='bbox 0 0 900 40'>" + "".join(
    ...     "<span class='ocrx_word' title='bbox {x} {y} {x2} {z}; x_wconf 90'>{w}</span>\\n".format(x=i * 60, x2=i * 60 + 50, y=0, z=40, w=w)
    ...     for i, w in enumerate(["第一", "条为", "了规", "范，", "制定本", "条例。"])) + "</span>")
    >>> page = "<body>" + "".join("<p class='ocr_par' title='bbox 0 0 900 40'>" + line + "</p>" for _ in range(6)) + "</body>"
    >>> tree = LexborHTMLParser(page)
    >>> join_html_words(tree, page), tree.body.text()[:28]
    (6, '第一条为了规范，制定本条例。第一条为了规范，制定本条例。')
    """
    positioned, runs = hinted(html), _runs_hinted(html)
    if not positioned and not runs:
        return 0
    root = tree.body or tree.root
    if root is None:
        return 0
    elements = [node for node in root.traverse(include_text=False) if isinstance(node.tag, str) and not node.tag.startswith("-")]
    parents: dict[int, Any] = {}
    for node in elements:
        parents[node.mem_id] = node.parent
    inside = {node.mem_id for node in elements}
    adapter = Adapter(
        elements,
        lambda n: p if (p := parents.get(n.mem_id)) is not None and p.mem_id in inside else None,
        lambda n: _local(n.tag),
        lambda n: {_local(k): (v or "") for k, v in n.attributes.items()},
        lambda n: n.text(deep=True) or "",
        lambda n: n.mem_id,
        lambda: root.text(deep=True) or "",
        lambda n: [c.text_content or "" for c in n.iter(include_text=True) if c.tag == "-text"],
    )
    blocks = (_positioned_plan(adapter) if positioned else None) or (_run_plan(adapter) if runs else None)
    if not blocks:
        return 0
    from selectolax.lexbor import LexborHTMLParser
    import html as html_module

    for block in blocks:
        markup = "<div>" + "<br>".join(html_module.escape(p, quote=False) for p in block.paragraphs) + "</div>"
        new = LexborHTMLParser(markup).css_first("div")
        for child in list(block.node.iter(include_text=True)):
            child.decompose()
        block.node.insert_child(new)
    return len(blocks)


def join_xml_words(root: Any) -> int:
    """Rewrite the blocks of a tool's word markup in an XML tree (ElementTree) as ``<p>`` elements, one a
    paragraph; return how many blocks were rewritten (0: no evidence, the file is read as before).

    >>> import xml.etree.ElementTree as ET
    >>> line = "<TextLine HPOS='0' VPOS='0'>" + "<SP/>".join(
    ...     f"<String HPOS='{i * 60}' VPOS='0' WC='0.9' CONTENT='{w}'/>" for i, w in enumerate(["第一", "条为", "了规", "范，", "制定本", "条例。"])) + "</TextLine>"
    >>> root = ET.fromstring("<alto><Layout>" + "<TextBlock HPOS='0' VPOS='0'>" + line + "</TextBlock>" * 1 + ("<TextBlock HPOS='0' VPOS='0'>" + line + "</TextBlock>") * 5 + "</Layout></alto>")
    >>> join_xml_words(root), [p.text for p in root.iter("p")][:2]
    (6, ['第一条为了规范，制定本条例。', '第一条为了规范，制定本条例。'])
    """
    import xml.etree.ElementTree as ET

    elements = [node for node in root.iter() if isinstance(node.tag, str)]
    if len(elements) < MIN_WORDS:
        return 0
    parents: dict[int, Any] = {id(child): node for node in elements for child in node}
    adapter = Adapter(
        elements,
        lambda n: parents.get(id(n)),
        lambda n: _local(n.tag),
        lambda n: {_local(k): v for k, v in n.attrib.items()},
        lambda n: "".join(n.itertext()),
        id,
        None,  # an XML file is the tool's output as a whole (no web page around a chart)
        lambda n: [n.text or "", *(c.tail or "" for c in n)],
    )
    blocks = plan(adapter)
    if not blocks:
        return 0
    for block in blocks:
        node = block.node
        for child in list(node):
            node.remove(child)
        node.text = None
        for paragraph in block.paragraphs:
            p = ET.SubElement(node, "p")
            p.text = paragraph
            p.tail = "\n"
    return len(blocks)


__all__ = ["MAX_MEDIAN_WORD", "MIN_LINES", "MIN_WORDS", "MIN_WORDS_PER_LINE", "CARRIED_LINE_SHARE", "PAGE_SHARE", "POSITION_ATTRIBUTES", "SHORT_LINE_SHARE",
           "hinted", "join_html_words", "join_xml_words", "plan"]
