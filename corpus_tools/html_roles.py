"""How a browser lays out an element: its block role and its white-space role, read from HTML's own rules.

The reader writes a line break around a *block* (a paragraph, a list item, a table row) and none inside a run
of inline text, and it folds the line breaks of the source into spaces, as a browser does for ordinary text.
Both are HTML's defaults, and a page may change them: in ``<pre>`` (and ``<textarea>``, ``<listing>``,
``<xmp>``, ``<plaintext>``) the line breaks of the text are the text's, and CSS may declare any element a
block (``display: block``) or its line breaks kept (``white-space: pre | pre-wrap | pre-line |
break-spaces``), in a ``style`` attribute or in the page's ``<style>`` sheet.

Real damage undone: a generator that wraps a law's body in such markup lost every paragraph break of it: a
TXT/PDF-to-HTML converter's ``<pre>`` body, an SPA's ``<div style="white-space: pre-wrap">`` holding a JSON
text field, minified spans made blocks by a class, came out as one line holding every article (reader19's
blind shapes, notes/reader19/blind.md).

The style sheet is read as a browser's cascade reduced to what decides a line: a rule's selector is matched on
its subject and on its context of descendant (`` ``) and child (``>``) compounds (``.list-nav li a`` is a link
of a menu, not every ``<a>`` of the page: cityhtml's 德州 page broke its breadcrumb into lines when only the
subject was read); pseudo-classes, attribute selectors, sibling combinators, universal selectors and at-rules
(``@media``: a width the page is not read at) are left out; a block that floats sits beside its siblings;
among the rules that match, the most specific wins, then the later one; a ``style`` attribute wins over
the sheet.  An element CSS hides (``display: none``) that holds a few words only is no text of the page (a list's
hidden record id, ``<span>1</span><font style="display:none">1024</font>、附件`` read ``11024、附件``); a longer
one may be a part of the text a script unfolds, and stays.  A block element never becomes inline here (``<p style="display:inline">``): the reader keeps
the line break a block gives, which loses no text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corpus_tools.lazy_patterns import lazy_regex

#: Elements whose text keeps its line breaks (HTML: ``pre``, ``listing`` and ``xmp`` render as ``white-space:
#: pre``; ``textarea`` shows its text as typed; ``plaintext`` is the rest of the page as text).
PREFORMATTED = frozenset("pre listing xmp plaintext textarea".split())
#: HTML's block-level elements the reader's fixed list (``ingest._HTML_BLOCK``) may lack: what the HTML
#: standard's default style sheet displays as a block (``address``, ``figure``, ``details``…).
HTML_BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol optgroup option p plaintext pre "
    "search section summary table tbody td tfoot th thead tr ul xmp caption".split()
)
#: ``display`` values that set an element on lines of its own.
_BLOCK_DISPLAYS = frozenset("block flex grid list-item table table-row table-caption flow-root".split())
#: ``white-space`` values (and CSS Text 4's ``white-space-collapse``) that keep the text's line breaks.
_KEEPING = frozenset("pre pre-wrap pre-line break-spaces preserve preserve-breaks".split())
_FOLDING = frozenset("normal nowrap collapse".split())
#: One declaration ``name: value`` of a style attribute or rule body.
_DECLARATION = lazy_regex(r"(?i)(display|white-space|white-space-collapse|float)\s*:\s*([a-z-]+)")
#: What a style that may matter here names (a quick test before :func:`_declared`).
_DECLARES = lazy_regex(r"(?i)display|white-space")
#: A simple compound selector: a tag, classes, an id (``p``, ``.txt``, ``span.para``, ``#content``).
_COMPOUND = lazy_regex(r"^([A-Za-z][\w-]*)?((?:[.#][\w-]+)*)$")
_COMBINATORS = lazy_regex(r"\s*[>+~]\s*|\s+")
#: A page's sheets are read up to this many characters (a page's own CSS; a framework pasted inline is longer),
#: and up to this many rules that set ``display`` or ``white-space`` (a page's own sheet sets a few hundred).
MAX_SHEET_CHARS = 500_000
MAX_RULES = 5_000
#: Rules kept per subject (``a``, ``.txt``): every element is matched against those of its tag, classes and id.
MAX_RULES_PER_SUBJECT = 64


@dataclass(frozen=True)
class Rule:
    """One selector's subject of a style rule and what it declares (``display``/``white-space`` values)."""

    tag: str | None
    classes: frozenset[str]
    ident: str | None
    specificity: tuple[int, int, int]
    order: int
    display: str | None = None
    white_space: str | None = None
    #: The compounds the subject must stand in, nearest first: ``(child, (tag, classes, ident))`` (``child``: the
    #: parent itself, ``>``; else any ancestor).
    context: tuple = ()


@dataclass
class StyleSheet:
    """The rules of a page's ``<style>`` elements that set ``display`` or ``white-space``, indexed by what
    their subject names first (an id, a class, a tag)."""

    by_key: dict[str, list[Rule]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def add(self, rule: Rule) -> None:
        key = ("#" + rule.ident) if rule.ident else ("." + min(rule.classes)) if rule.classes else (rule.tag or "")
        rules = self.by_key.setdefault(key, [])
        if len(rules) < MAX_RULES_PER_SUBJECT:  # (each element is matched against its subject's rules: bounded)
            rules.append(rule)

    def matching(self, node: Any, memo: dict | None = None) -> list[Rule]:
        """The rules whose selector matches ``node`` (its subject, then its context among the ancestors; ``memo``
        keeps each context step's answer per ancestor, which every element under that ancestor shares)."""
        attrs = node.attributes
        tag, ident = node.tag, attrs.get("id")
        classes = frozenset((attrs.get("class") or "").split())
        keys = [tag] + ["." + c for c in classes] + (["#" + ident] if ident else [])
        out = []
        seen: set[int] = set()
        for key in keys:
            for rule in self.by_key.get(key, ()):
                if id(rule) in seen:
                    continue
                seen.add(id(rule))
                if not ((rule.tag is None or rule.tag == tag) and rule.classes <= classes and (rule.ident is None or rule.ident == ident)):
                    continue
                if rule.context and not _in_context(node, rule.context, memo if memo is not None else {}, id(rule)):
                    continue
                out.append(rule)
        return out


def _declared(body: str) -> tuple[str | None, str | None]:
    """The ``display`` and ``white-space`` a declaration block sets (the last one of each wins); a block that
    floats (``float: left``) sits beside its siblings, as inline text does: its ``display`` is read ``inline``.

    >>> _declared("color:red; display : Block !important; white-space:pre-wrap")
    ('block', 'pre-wrap')
    >>> _declared("display: block; font-size:15px; float: left")
    ('inline', None)
    """
    display = white_space = None
    floats = False
    for m in _DECLARATION.finditer(body):
        name, value = m.group(1).lower(), m.group(2).lower()
        if name == "display":
            display = value
        elif name == "float":
            floats = value in ("left", "right", "inline-start", "inline-end")
        else:
            white_space = value
    if floats and display is not None and display != "none":
        display = "inline"
    return display, white_space


def read_sheet(css: str, sheet: StyleSheet | None = None, *, start: int = 0) -> StyleSheet:
    """The rules of ``css`` (a ``<style>`` element's text) that set ``display`` or ``white-space``.

    One split at each ``}``, one ``rpartition`` at its ``{``: linear in the sheet, whatever it holds.

    >>> s = read_sheet(".txt{white-space:pre-line} tiao, kuan {display:block} a:hover{display:block} @media print{.x{display:block}}")
    >>> sorted(s.by_key)
    ['.txt', 'kuan', 'tiao']
    """
    sheet = sheet if sheet is not None else StyleSheet()
    order = start
    in_at_rule = False  # inside the block of an at-rule (@media, @supports): rules for another medium or width
    for chunk in _without_comments(css[:MAX_SHEET_CHARS]).split("}"):
        selectors, brace, body = chunk.rpartition("{")
        if not brace:
            in_at_rule = False  # the closing brace of an at-rule's block
            continue
        if "{" in selectors:  # an at-rule's block opens with its first rule
            in_at_rule = True
            continue
        selectors = selectors.rsplit(";", 1)[-1]  # (after ``@import …;``)
        if in_at_rule or "@" in selectors:
            continue
        display, white_space = _declared(body)
        if display is None and white_space is None:
            continue
        for selector in selectors.split(","):
            selector = selector.strip()
            if not selector or any(mark in selector for mark in ":[*@{+~"):
                continue
            parts = _COMBINATORS.split(selector)
            joints = [m.group().strip() for m in _COMBINATORS.finditer(selector)]
            compounds = [_compound(part) for part in parts]
            if any(c is None for c in compounds):
                continue
            tag, classes, ident = compounds[-1]
            context = tuple((joints[k] == ">", compounds[k]) for k in range(len(compounds) - 2, -1, -1))
            ids = sum(1 for c in compounds if c[2])
            order += 1
            if order - start > MAX_RULES:
                return sheet
            sheet.add(Rule(tag, classes, ident, (ids, sum(len(c[1]) for c in compounds), sum(1 for c in compounds if c[0])),
                           order, display, white_space, context))
    return sheet


def _compound(text: str) -> tuple[str | None, frozenset[str], str | None] | None:
    """A simple compound selector as ``(tag, classes, id)``, or None (``div.a#b`` -> ``('div', {'a'}, 'b')``)."""
    m = _COMPOUND.match(text)
    if not m or not text:
        return None
    pieces = _split_compound(m.group(2))
    idents = [p[1:] for p in pieces if p.startswith("#")]
    return ((m.group(1) or "").lower() or None, frozenset(p[1:] for p in pieces if p.startswith(".")),
            idents[0] if idents else None)


def _matches(node: Any, compound: tuple[str | None, frozenset[str], str | None]) -> bool:
    tag, classes, ident = compound
    if tag is not None and node.tag != tag:
        return False
    attrs = node.attributes
    if ident is not None and attrs.get("id") != ident:
        return False
    return not classes or classes <= frozenset((attrs.get("class") or "").split())


def _in_context(node: Any, context: tuple, memo: dict, rule_key: int) -> bool:
    """Whether ``node``'s ancestors hold the rule's context (nearest first; the nearest match taken, which is
    right for descendant chains; a chain mixing ``>`` may be missed, never matched wrongly).

    The answer of "the steps from ``i`` on, read from ancestor ``a`` upwards" is the same for every element
    under ``a``, so ``memo`` keeps it per (rule, step, ancestor) and a walk stops at the first answer known:
    each ancestor is climbed once per rule and step.  Without it the walk was quadratic in the page's nesting
    (review19 F2: 2,000 nested ``<div>`` and 64 rules ``span.zN div`` took 33 CPU-s).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> tree = LexborHTMLParser('<section class="a"><div><p>甲</p></div></section><div><p>乙</p></div>')
    >>> rule = read_sheet("section.a p{display:block}").by_key["p"][0]
    >>> memo = {}
    >>> [_in_context(p, rule.context, memo, 1) for p in tree.css("p")]
    [True, False]
    """
    step, current = 0, node.parent
    walked: list[tuple[int, int, int]] = []  # the (rule, step, ancestor) keys whose answer this walk gives
    while True:
        if step == len(context):
            found = True
            break
        if current is None:
            found = False
            break
        key = (rule_key, step, current.mem_id)
        known = memo.get(key)
        if known is not None:
            found = known
            break
        walked.append(key)
        child, compound = context[step]
        matched = not current.tag.startswith("-") and _matches(current, compound)
        if child and not matched:
            found = False
            break
        if matched:
            step += 1
        current = current.parent
    for key in walked:
        memo[key] = found
    return found


def _without_comments(css: str) -> str:
    """``css`` without its ``/* … */`` comments (found with ``str.find``: linear however many open and never close).

    >>> _without_comments("a{x} /* b{display:block} */ c{y} /* open")
    'a{x}  c{y} '
    """
    out: list[str] = []
    pos = 0
    while True:
        at = css.find("/*", pos)
        if at < 0:
            out.append(css[pos:])
            return "".join(out)
        out.append(css[pos:at])
        end = css.find("*/", at + 2)
        if end < 0:
            return "".join(out)
        pos = end + 2


def _split_compound(parts: str) -> list[str]:
    """``.a.b#c`` -> ``['.a', '.b', '#c']``."""
    out: list[str] = []
    for ch in parts:
        if ch in ".#":
            out.append(ch)
        elif out:
            out[-1] += ch
    return out


def page_sheet(tree: Any) -> StyleSheet:
    """The rules of every ``<style>`` element of a parsed page (read before the reader drops them)."""
    sheet = StyleSheet()
    for node in tree.css("style"):
        read_sheet(node.text(deep=True), sheet, start=sum(len(v) for v in sheet.by_key.values()))
    return sheet


@dataclass(frozen=True)
class Roles:
    """What the page's CSS says of its elements, by ``mem_id``: the elements it makes blocks, and the
    elements that set the white-space of their text (True: line breaks kept; False: folded)."""

    blocks: frozenset[int] = frozenset()
    white_space: dict[int, bool] = field(default_factory=dict)
    hidden: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.blocks or self.white_space or self.hidden)


def _cascade(node: Any, sheet: StyleSheet, memo: dict | None = None) -> tuple[str | None, str | None]:
    attrs = node.attributes
    display = white_space = None
    if sheet:
        rules = sheet.matching(node, memo)
        for rule in sorted(rules, key=lambda r: (r.specificity, r.order)):
            display = rule.display or display
            white_space = rule.white_space or white_space
    style = attrs.get("style")
    if style and _DECLARES.search(style):  # (most styles set fonts and margins: one cheap search first)
        inline_display, inline_white_space = _declared(style)
        display = inline_display or display
        white_space = inline_white_space or white_space
    return display, white_space


def element_roles(root: Any, sheet: StyleSheet, html: str) -> Roles:
    """The roles CSS gives the elements under ``root`` (``style`` attributes and ``sheet``).

    A page whose source names neither ``display`` nor ``white-space`` is not walked.

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> html = ('<style>.p{display:block}</style><div style="white-space:pre-line"><span class="p">甲</span><b>乙</b>'
    ...         '<font style="display:none">1024</font><p style="display:none">第三条 本条例自公布之日起施行。</p></div>')
    >>> tree = LexborHTMLParser(html)
    >>> roles = element_roles(tree.body, page_sheet(tree), html)
    >>> [n.tag for n in tree.body.traverse() if n.mem_id in roles.blocks], [n.tag for n in tree.body.traverse() if roles.white_space.get(n.mem_id)]
    (['span'], ['div'])
    >>> [n.tag for n in tree.body.traverse() if n.mem_id in roles.hidden]  # (a hidden article may be a collapsed one: kept)
    ['font']
    """
    lowered = html.lower()
    if "display" not in lowered and "white-space" not in lowered:
        return Roles()
    blocks: set[int] = set()
    white_space: dict[int, bool] = {}
    hidden: set[int] = set()
    memo: dict = {}
    for node in root.traverse():
        if node.tag.startswith("-"):
            continue
        display, ws = _cascade(node, sheet, memo)
        if display in _BLOCK_DISPLAYS and node.tag not in HTML_BLOCKS:
            blocks.add(node.mem_id)
        elif display == "none" and _a_few_words(node):
            hidden.add(node.mem_id)
        if ws in _KEEPING:
            white_space[node.mem_id] = True
        elif ws in _FOLDING:
            white_space[node.mem_id] = False
    return Roles(frozenset(blocks), white_space, frozenset(hidden))


#: The longest text of an element CSS hides that the reader leaves out (a few words: an id, a watermark, a
#: poisoned character); a longer one may be a collapsed part of the text a script shows, and stays.
HIDDEN_WORDS_CHARS = 20
_SENTENCE_END = lazy_regex(r"[。；！？]")


def _a_few_words(node: Any) -> bool:
    """Whether a hidden element holds a few words only (:data:`HIDDEN_WORDS_CHARS` characters, no sentence end)."""
    text = "".join(node.text(deep=True).split())
    return len(text) <= HIDDEN_WORDS_CHARS and not _SENTENCE_END.search(text)


__all__ = ["HTML_BLOCKS", "PREFORMATTED", "Roles", "StyleSheet", "element_roles", "page_sheet", "read_sheet"]
