"""Core of the wide noise generator: laws, base renderings, recorded injections.

A clean law of the shared corpus (Markdown: ``# title``, date lines,
``<!-- INFO END -->``, ``## 第一章`` headings, one ``第N条`` article per line,
blank lines between paragraphs) is parsed into logical lines and rendered as a
*base* page, plain text (what :func:`corpus_tools.ingest.markdown_to_text`
would give) or a small HTML page.  A :class:`Damager` collects edits on the base
text, each one an :class:`Injection` in the making: base span, new string,
family, variant, kind, lossy or not, residue tokens.  Edits never overlap (an
insertion may sit at the edge of a replacement); :meth:`Damager.render` applies
them all at once and records for every injection its span in the damaged text
and its original span in the base text, so that putting the originals back
(:meth:`DamagedDoc.inverse`) gives the base text exactly.

Kinds of injection (what "oracle plain deletion" can undo):

``insert``
    noise added where nothing was (spam line, ruby group, furniture, a hard
    wrap's newline): deleting it restores the text;
``replace``
    noise standing where a piece of the law was (a spam brand in place of a
    word, U+FFFD in place of a character): deleting it loses the piece;
``transform``
    the law's own text in another form (Traditional script, mojibake, width,
    a line layout): deleting it loses the text;
``markup``
    a change outside any text the dataset holds (an HTML charset declaration).

An injection is ``lossy`` when its original cannot be known from the page (and
the corpus) by construction, with the reason in ``note``; the benchmark
reports lossy damage apart.  ``tokens`` are strings that betray the injection
if they survive cleaning (a brand and its parts, a ruby syllable, a Traditional
character, a mojibake character); the benchmark counts the surplus of each
token in the cleaned articles over the undamaged build.
"""

from __future__ import annotations

import html
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import regex

NUM = "零〇一二三四五六七八九十百千两"
#: An article label line of the shared corpus: ``第十二条 `` (or ``第十二条之一 ``).
LABEL_RE = regex.compile(rf"^第[{NUM}]+条(?:之[一二三四五六七八九十]+)?(?=[ \u3000])")
DIVISION_RE = regex.compile(rf"^第[{NUM}]+(?:分编|编|章|节)")
HAN = regex.compile(r"\p{Han}")
INVISIBLE_ONLY = regex.compile(r"^[\s\u200b-\u200f\u2060\ufeff]*$")

KINDS = ("insert", "replace", "transform", "markup")


@dataclass(frozen=True)
class Row:
    """One logical line of a law: ``kind`` is title, meta, heading, label, para, other, marker or blank."""

    kind: str
    text: str
    article: int | None = None  # index of the article the line belongs to
    level: int = 0  # heading level (2 for ##, 3 for ###)


@dataclass(frozen=True)
class Law:
    """A clean law: its name in the corpus, the Markdown file, its logical lines."""

    name: str
    md: str
    rows: tuple[Row, ...]

    @property
    def title(self) -> str:
        return next((r.text for r in self.rows if r.kind == "title"), "")

    @property
    def num_articles(self) -> int:
        return sum(1 for r in self.rows if r.kind == "label")


def parse_law(md: str, name: str = "law.md") -> Law:
    """Parse a law of the shared corpus into logical lines.

    >>> law = parse_law("# 某条例\\n\\n2020年通过\\n\\n<!-- INFO END -->\\n\\n## 第一章 总则\\n\\n第一条 为了。\\n\\n本条。\\n")
    >>> [(r.kind, r.article) for r in law.rows if r.kind != "blank"]
    [('title', None), ('meta', None), ('heading', None), ('label', 0), ('para', 0)]
    """
    rows: list[Row] = []
    article: int | None = None
    seen_body = False
    count = 0
    for line in md.split("\n"):
        stripped = line.strip()
        if stripped.startswith("<!--") and stripped.endswith("-->"):
            continue
        if not stripped:
            if rows and rows[-1].kind != "blank":
                rows.append(Row("blank", ""))
            continue
        m = regex.match(r"^(#+)\s*(.*)$", line)
        if m:
            level = len(m.group(1))
            text = m.group(2).rstrip()
            if level == 1:
                rows.append(Row("title", text))
            else:
                rows.append(Row("heading", text, None, level))
                article = None
                seen_body = True
            continue
        text = line.rstrip()
        if INVISIBLE_ONLY.match(text):
            # a zero-width "blank line" marker some laws of the corpus carry: kept, never damaged
            rows.append(Row("marker", text, article))
            continue
        if LABEL_RE.match(text):
            article = count
            count += 1
            seen_body = True
            rows.append(Row("label", text, article))
        elif article is not None:
            rows.append(Row("para", text, article))
        elif not seen_body:
            rows.append(Row("meta", text))
        else:
            rows.append(Row("other", text))
    while rows and rows[-1].kind == "blank":
        rows.pop()
    return Law(name=name, md=md, rows=tuple(rows))


@dataclass(frozen=True)
class Line:
    """A logical line in a base rendering: content span and outer span (with its markup)."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    kind: str
    article: int | None
    row: int  # index into Law.rows


@dataclass
class BaseDoc:
    """A clean law rendered as a page: ``fmt`` txt or html, its text and lines."""

    law: Law
    fmt: str
    text: str
    lines: list[Line]

    def content_lines(self, kinds: Iterable[str] = ("label", "para")) -> list[Line]:
        kinds = tuple(kinds)
        return [line for line in self.lines if line.kind in kinds]

    def article_regions(self) -> list[tuple[int, int, int, int, int]]:
        """``(start, end, ext_end, label_start, label_end)`` per article in base coordinates.

        ``end`` is the end of its last line, ``ext_end`` the start of whatever
        follows it (next article, heading) or the end of the text: an
        insertion anywhere in ``[start, ext_end]`` touches the article.
        ``label_start:label_end`` is its ``第N条`` label: damage there can hide
        the article, merging it into the one before.
        """
        regions: dict[int, list[int]] = {}
        order: list[int] = []
        for line in self.lines:
            if line.article is None:
                continue
            if line.article not in regions:
                m = LABEL_RE.match(self.unescape(self.text[line.start : line.end]))
                label_end = line.start + (m.end() if m else 0)
                regions[line.article] = [line.outer_start, line.outer_end, line.start, label_end]
                order.append(line.article)
            regions[line.article][1] = max(regions[line.article][1], line.outer_end)
        result = []
        for art in order:
            s, e, ls, le = regions[art]
            nxt = [line.outer_start for line in self.lines if line.outer_start >= e and line.article != art]
            result.append((s, e, min(nxt) if nxt else len(self.text), ls, le))
        return result

    def escape(self, s: str) -> str:
        return html.escape(s, quote=False) if self.fmt == "html" else s

    def unescape(self, s: str) -> str:
        return html.unescape(s) if self.fmt == "html" else s


def render_txt(law: Law) -> BaseDoc:
    """The law as plain text: the Markdown without its markup, blank lines kept.

    >>> b = render_txt(parse_law("# 条例\\n\\n第一条 为了。\\n"))
    >>> b.text
    '条例\\n\\n第一条 为了。\\n'
    """
    parts: list[str] = []
    lines: list[Line] = []
    pos = 0
    for i, row in enumerate(law.rows):
        text = row.text
        if row.kind != "blank":
            lines.append(Line(pos, pos + len(text), pos, pos + len(text) + 1, row.kind, row.article, i))
        parts.append(text + "\n")
        pos += len(text) + 1
    return BaseDoc(law, "txt", "".join(parts), lines)


HTML_HEAD = '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n<body>\n<div class="content">\n'
HTML_TAIL = "</div>\n</body>\n</html>\n"


def render_html(law: Law) -> BaseDoc:
    """The law as a small HTML page: ``<h1>`` title, ``<h2>``/``<h3>`` headings, one ``<p>`` per line.

    >>> b = render_html(parse_law("# 条例\\n\\n第一条 为了<甲>。\\n"))
    >>> "<p>第一条 为了&lt;甲&gt;。</p>" in b.text, b.text[b.lines[1].start:b.lines[1].end]
    (True, '第一条 为了&lt;甲&gt;。')
    """
    head = HTML_HEAD.format(title=html.escape(law.title, quote=False))
    parts = [head]
    pos = len(head)
    lines: list[Line] = []
    for i, row in enumerate(law.rows):
        if row.kind == "blank":
            continue
        tag = {"title": "h1", "heading": f"h{min(row.level, 6)}"}.get(row.kind, "p")
        open_, close = f"<{tag}>", f"</{tag}>\n"
        text = html.escape(row.text, quote=False)
        lines.append(Line(pos + len(open_), pos + len(open_) + len(text), pos, pos + len(open_) + len(text) + len(close), row.kind, row.article, i))
        chunk = open_ + text + close
        parts.append(chunk)
        pos += len(chunk)
    parts.append(HTML_TAIL)
    return BaseDoc(law, "html", "".join(parts), lines)


@dataclass
class Injection:
    """One recorded piece of damage."""

    family: str
    variant: str
    kind: str
    start: int  # span in the damaged text
    end: int
    orig_start: int  # span in the base text
    orig_end: int
    original: str
    injected: str
    lossy: bool = False
    tokens: tuple[str, ...] = ()
    group: int | None = None
    note: str = ""

    def to_json(self) -> dict:
        d = asdict(self)
        d["tokens"] = list(self.tokens)
        return d


@dataclass
class _Edit:
    start: int
    end: int
    new: str
    family: str
    variant: str
    kind: str
    lossy: bool
    tokens: tuple[str, ...]
    group: int | None
    note: str
    seq: int


@dataclass
class DamagedDoc:
    """A damaged page with its base, its bytes and every injection."""

    law_name: str
    fmt: str  # txt or html
    base_text: str
    text: str  # the damaged text (as decoded by a correct reader)
    encoding: str
    injections: list[Injection]
    regions: list[tuple[int, int, int, int, int]]  # article regions in base coordinates (BaseDoc.article_regions)
    variants: tuple[str, ...]
    families: tuple[str, ...]
    extra_files: dict[str, bytes] = field(default_factory=dict)  # witness pages, relative path -> bytes
    heldout: bool = False

    @property
    def suffix(self) -> str:
        return ".html" if self.fmt == "html" else ".txt"

    @property
    def data(self) -> bytes:
        return self.text.encode(self.encoding)

    def inverse(self, which: Callable[[Injection], bool] | None = None) -> str:
        """The damaged text with the originals of the chosen injections (all by default) put back."""
        pieces, cursor = [], 0
        for inj in sorted(self.injections, key=lambda i: (i.start, i.end)):
            if which is None or which(inj):
                pieces += [self.text[cursor : inj.start], inj.original]
                cursor = inj.end
        pieces.append(self.text[cursor:])
        return "".join(pieces)

    def articles_of(self, inj: Injection) -> list[int]:
        """Indices of the articles an injection touches (by its base span)."""
        s, e = inj.orig_start, inj.orig_end
        if inj.kind == "markup":
            return []
        out = set()
        for k, (rs, _re, ext, ls, le) in enumerate(self.regions):
            if s == e:
                if rs <= s <= ext:
                    out.add(k)
                if k and ls < s < le:  # inside the label: the article may merge into the one before
                    out.add(k - 1)
            else:
                if s < ext and rs < e:
                    out.add(k)
                if k and s < le and ls < e:
                    out.add(k - 1)
        return sorted(out)

    @property
    def lossy(self) -> bool:
        return any(i.lossy for i in self.injections)

    def manifest(self) -> dict:
        return {
            "law": self.law_name,
            "format": self.fmt,
            "encoding": self.encoding,
            "variants": list(self.variants),
            "families": list(self.families),
            "heldout": self.heldout,
            "injections": len(self.injections),
            "lossy_injections": sum(i.lossy for i in self.injections),
            "witness_files": sorted(self.extra_files),
        }


class Conflict(Exception):
    pass


class Damager:
    """Collects non-overlapping edits on a base rendering and renders the damaged page."""

    def __init__(self, base: BaseDoc, rng: random.Random) -> None:
        self.base = base
        self.rng = rng
        self.edits: list[_Edit] = []
        self.encoding = "utf-8"
        self.extra_files: dict[str, bytes] = {}
        self._seq = 0
        self._group = 0
        self.family = ""
        self.variant = ""

    # ------------------------------------------------------------------ bookkeeping
    @property
    def text(self) -> str:
        return self.base.text

    @property
    def fmt(self) -> str:
        return self.base.fmt

    def new_group(self) -> int:
        self._group += 1
        return self._group

    def free(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` (or the point ``start`` when empty) touches no replaced span."""
        for e in self.edits:
            if e.start == e.end:
                if start < e.start < end:
                    return False
                continue
            if start == end:
                if e.start < start < e.end:
                    return False
            elif start < e.end and e.start < end:
                return False
        return True

    def edit(
        self,
        start: int,
        end: int,
        new: str,
        *,
        kind: str,
        lossy: bool = False,
        tokens: Sequence[str] = (),
        group: int | None = None,
        note: str = "",
        family: str | None = None,
        variant: str | None = None,
    ) -> bool:
        """Record one edit of the base text; False (nothing recorded) when it would overlap another."""
        assert kind in KINDS, kind
        assert 0 <= start <= end <= len(self.text)
        if start == end and not new:
            return False
        if not self.free(start, end):
            return False
        self._seq += 1
        toks = tuple(dict.fromkeys(t for t in tokens if t))
        self.edits.append(
            _Edit(start, end, new, family or self.family, variant or self.variant, kind, lossy, toks, group, note, self._seq)
        )
        return True

    def insert(self, pos: int, new: str, **kw) -> bool:
        return self.edit(pos, pos, new, kind=kw.pop("kind", "insert"), **kw)

    def touched(self) -> int:
        return len(self.edits)

    # ------------------------------------------------------------------ rendering
    def render(self, variants: Sequence[str], families: Sequence[str], *, heldout: bool = False) -> DamagedDoc:
        text = self.text
        order = sorted(self.edits, key=lambda e: (e.start, 0 if e.start == e.end else 1, e.seq))
        pieces: list[str] = []
        injections: list[Injection] = []
        cursor = 0
        out_len = 0
        for e in order:
            pieces.append(text[cursor : e.start])
            out_len += e.start - cursor
            injections.append(
                Injection(
                    family=e.family, variant=e.variant, kind=e.kind, start=out_len, end=out_len + len(e.new),
                    orig_start=e.start, orig_end=e.end, original=text[e.start : e.end], injected=e.new,
                    lossy=e.lossy, tokens=e.tokens, group=e.group, note=e.note,
                )
            )
            pieces.append(e.new)
            out_len += len(e.new)
            cursor = e.end
        pieces.append(text[cursor:])
        damaged = "".join(pieces)
        return DamagedDoc(
            law_name=self.base.law.name, fmt=self.fmt, base_text=text, text=damaged, encoding=self.encoding,
            injections=injections, regions=self.base.article_regions(), variants=tuple(variants),
            families=tuple(dict.fromkeys(families)), extra_files=dict(self.extra_files), heldout=heldout,
        )


def load_laws(corpus_dir: Path) -> list[Path]:
    """Every Markdown law under ``corpus_dir`` in path order."""
    return sorted(Path(corpus_dir).rglob("*.md"))


def read_law(path: Path, root: Path) -> Law:
    return parse_law(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
