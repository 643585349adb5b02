"""The variant registry and the helpers variant functions share.

A variant is a function ``apply(d: Damager) -> None`` that records edits on
the base rendering through ``d``; it is registered with a family, the base
format it needs (``txt`` or ``html``), whether it is held out, and whether its
damage is lossy by design.  :func:`damage` renders a law, seeds a
:class:`random.Random` from ``(seed, variant, law)`` (string seeds are hashed
with SHA-512 by :mod:`random`, the same on every run and platform) and returns
the :class:`~tests.noise.wide.core.DamagedDoc`, or None when the variant found
nothing to damage in that law.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import regex

from tests.noise.wide.core import NUM, Damager, DamagedDoc, Law, Line, render_html, render_txt

FAMILIES = ("ruby", "spam", "furniture", "script", "encoding", "width", "layout", "mixed", "control")


@dataclass(frozen=True)
class Variant:
    name: str
    family: str
    apply: Callable[[Damager], None]
    fmt: str = "txt"
    heldout: bool = False
    lossy: bool = False  # every injection of the variant is lossy by design
    description: str = ""
    heldout_set: int = 0  # which sealed set a held-out variant belongs to (1: tests/noise/heldout.py, 2: heldout2.py, 3: heldout3.py, 4: heldout4.py, 5: heldout5.py, 6: heldout6.py, 7: heldout7.py, 8: heldout8.py, 9: heldout9.py, 10: heldout10.py, 11: heldout11.py)


REGISTRY: dict[str, Variant] = {}


def register(
    name: str, family: str, *, fmt: str = "txt", heldout: bool = False, lossy: bool = False, description: str = "",
    heldout_set: int = 1,
):
    """Decorator: register ``apply`` as variant ``name`` of ``family`` (a held-out one in sealed set ``heldout_set``)."""
    assert family in FAMILIES, family
    assert heldout_set in HELDOUT_SETS, heldout_set

    def deco(fn: Callable[[Damager], None]) -> Callable[[Damager], None]:
        if name in REGISTRY:
            raise ValueError(f"variant {name} registered twice")
        REGISTRY[name] = Variant(name, family, fn, fmt, heldout, lossy, description or (fn.__doc__ or "").strip().split("\n")[0],
                                 heldout_set if heldout else 0)
        return fn

    return deco


def run_as(d: Damager, name: str) -> None:
    """Apply registered variant ``name`` on ``d``, its injections recorded under its own family and name."""
    if name not in REGISTRY:
        prefix = _heldout_prefix(name)
        _load_all(prefix is not None, prefix or 1)
    v = REGISTRY[name]
    saved = d.family, d.variant
    d.family, d.variant = v.family, v.name
    try:
        v.apply(d)
    finally:
        d.family, d.variant = saved


def _heldout_prefix(name: str) -> int | None:
    """The sealed set a variant name's prefix names (``ho_`` set 1, ``h2_`` … ``h10_``), None for a seen variant.

    >>> _heldout_prefix("h10_x"), _heldout_prefix("h9_x"), _heldout_prefix("ho_x"), _heldout_prefix("ruby_x")
    (10, 9, 1, None)
    """
    if name.startswith("ho_"):
        return 1
    m = regex.match(r"h(\d+)_", name)
    return int(m.group(1)) if m and int(m.group(1)) in HELDOUT_SETS else None


def damage(law: Law, name: str, seed: int | str = 0) -> DamagedDoc | None:
    """Damage ``law`` with variant ``name`` (deterministic in ``seed``)."""
    if name not in REGISTRY:
        _load_all(False)
    for which in HELDOUT_SETS:  # a held-out variant, asked for by name
        if name not in REGISTRY:
            _load_all(True, which)
    v = REGISTRY[name]
    base = render_html(law) if v.fmt == "html" else render_txt(law)
    d = Damager(base, random.Random(f"{seed}|{name}|{law.name}"))
    d.family, d.variant = v.family, v.name
    v.apply(d)
    if not d.edits:
        return None
    return d.render([name], [v.family, *(e.family for e in d.edits)], heldout=v.heldout)


def variants(*, heldout: bool | None = False, family: str | None = None, heldout_set: int = 1) -> list[Variant]:
    """Registered variants (seen ones by default; ``heldout=None`` for all); held-out ones of set ``heldout_set`` only."""
    _load_all(heldout is not False, heldout_set)
    return [
        v for v in REGISTRY.values()
        if (heldout is None or v.heldout == heldout) and (not v.heldout or v.heldout_set == heldout_set)
        and (family is None or v.family == family)
    ]


#: The sealed held-out sets and their modules (set 2 is a fresh set: set 1's members were named in the README).
HELDOUT_SETS = {1: "tests.noise.heldout", 2: "tests.noise.heldout2", 3: "tests.noise.heldout3", 4: "tests.noise.heldout4", 5: "tests.noise.heldout5", 6: "tests.noise.heldout6", 7: "tests.noise.heldout7", 8: "tests.noise.heldout8", 9: "tests.noise.heldout9", 10: "tests.noise.heldout10", 11: "tests.noise.heldout11", 12: "tests.noise.heldout12", 13: "tests.noise.heldout13", 14: "tests.noise.heldout14", 15: "tests.noise.heldout15", 16: "tests.noise.heldout16"}
_LOADED = {"seen": False, 1: False, 2: False, 3: False, 4: False, 5: False, 6: False, 7: False, 8: False, 9: False, 10: False, 11: False, 12: False, 13: False, 14: False, 15: False, 16: False}


def _load_all(with_heldout: bool, heldout_set: int = 1) -> None:
    if not _LOADED["seen"]:
        from tests.noise.wide.families import (  # noqa: F401
            encoding, encoding18, furniture, furniture20, layout, layout18, layout20, marks19, marks20, mixed,
            reader19, ruby, ruby20, script, spam, spam19, width,
        )

        _LOADED["seen"] = True
    if with_heldout and not _LOADED[heldout_set]:
        importlib.import_module(HELDOUT_SETS[heldout_set])
        _LOADED[heldout_set] = True


# --------------------------------------------------------------------------- helpers

HAN_CHAR = regex.compile(r"\p{Han}")
#: Punctuation after which a line break or a <p> split is a real paragraph end.
FINAL = set("。；：！？…”’」』;:!?")
NO_LINE_START = set("，。、；：！？）》」』”’…%)]},.;:!?")
NO_LINE_END = set("（《「『“‘([{")
BLOCK_START = regex.compile(
    rf"^(?:第[{NUM}\d]|[{NUM}]+[、是.．]|[（(【\[〔《<]|\d|附[件表录]|目\s*[录次]|[〇零一二][〇零一二三四五六七八九]{{3}}年|[-*•·—①-⑳])"
)
LIST_ITEM = regex.compile(rf"^(?:[（(][{NUM}\d]+[）)]|[{NUM}]+、|\d+[.、．])")


def body_lines(d: Damager, kinds: Sequence[str] = ("label", "para")) -> list[Line]:
    return d.base.content_lines(kinds)


def content(d: Damager, line: Line) -> str:
    return d.text[line.start : line.end]


def han_points(d: Damager, lines: Iterable[Line], *, inside: bool = True) -> list[int]:
    """Positions right after a Han character of the lines' content (``inside``: also before a Han character)."""
    text = d.text
    out = []
    for line in lines:
        for m in HAN_CHAR.finditer(text, line.start, line.end):
            p = m.end()
            if inside and not (p < line.end and HAN_CHAR.match(text, p)):
                continue
            out.append(p)
    return out


def label_body_start(d: Damager, line: Line) -> int:
    """Position of the first character after an article label and its blank."""
    m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?[ \u3000]*", d.text[line.start : line.end])
    return line.start + (m.end() if m else 0)


def safe_cut(line_text: str, cut: int) -> bool:
    """A break at ``cut`` that no reader can take for a paragraph end (mid-sentence).

    >>> safe_cut("第一条 为了促进智能制造发展，落实战略。", 12)
    True
    >>> safe_cut("第一条 为了促进智能制造发展，落实战略。", 14)
    False
    """
    if cut <= 0 or cut >= len(line_text) - 1:
        return False
    before, after = line_text[cut - 1], line_text[cut]
    if before in FINAL or before in "）)】]》〉>" or before.isspace() or after.isspace():
        return False
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    tail = line_text[cut:]
    if BLOCK_START.match(tail):
        return False
    head = line_text[:cut]
    if LIST_ITEM.match(line_text) and not regex.search(r"[，；。！？]", LIST_ITEM.sub("", head, count=1)):
        return False
    if not (HAN_CHAR.match(before) or before in "，、") or not HAN_CHAR.match(after):
        return False
    return True


def wrap_points(line_text: str, width: int) -> list[int]:
    """Cut points of a fixed-width hard wrap, moved forward to the next safe place."""
    points: list[int] = []
    pos = width
    while pos < len(line_text) - 1:
        cut = pos
        while cut < len(line_text) - 1 and not safe_cut(line_text, cut):
            cut += 1
        if cut >= len(line_text) - 1:
            break
        points.append(cut)
        pos = cut + width
    return points


def paragraph_insert(d: Damager, where: int, text: str, *, markup: str | None = None) -> tuple[int, str]:
    """The string that puts ``text`` as a paragraph of its own at base position ``where``.

    ``where`` is a line's outer start (or the end of the text for txt, the
    end of the last line for html).  Returns ``(position, string)``.
    """
    if d.fmt == "html":
        return where, markup if markup is not None else f"<p>{d.base.escape(text)}</p>\n"
    if where >= len(d.text):
        return len(d.text), "\n" + text + "\n"
    return where, text + "\n\n"


def end_of_body(d: Damager) -> int:
    """Where a paragraph after the last line goes (txt: end of text; html: after the last element)."""
    if d.fmt == "html":
        return d.base.lines[-1].outer_end
    return len(d.text)


def top_of_body(d: Damager) -> int:
    """Where a paragraph before the title goes."""
    return d.base.lines[0].outer_start


def split_tokens(s: str) -> list[str]:
    """Distinctive pieces of a furniture or spam string: the string and its parts of 2+ characters."""
    parts = [p for p in regex.split(r"[\s|｜丨/\\>»«<【】\[\]「」『』（）()：:，,、·•_\-—~]+", s) if len(p) >= 2]
    return [s.strip(), *parts]


def lines_at(d: Damager, where: int, lines: Sequence[str]) -> None:
    """Put each of ``lines`` as a paragraph of its own at base position ``where`` (a line's outer start or the end)."""
    for s in lines:
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=split_tokens(s))


def after_line(d: Damager, line: Line, text: str, tokens: Sequence[str]) -> bool:
    """Put ``text`` as a paragraph of its own right after ``line`` (txt pages: a blank line between)."""
    return d.insert(line.end, "\n\n" + text, tokens=tokens)


def last_line_of_articles(d: Damager) -> list[Line]:
    """The last body line of each article, in order."""
    last_of: dict[int, Line] = {}
    for li in body_lines(d, ("label", "para")):
        if li.article is not None:
            last_of[li.article] = li
    return [li for _, li in sorted(last_of.items())]


def between_articles(d: Damager) -> list[int]:
    """Outer starts of article label lines after the first (places between two articles)."""
    return [li.outer_start for li in body_lines(d, ("label",))][1:]


def body_start(d: Damager, line: Line) -> int:
    """Where a line's own text starts: after the article label on a label line."""
    return label_body_start(d, line) if line.kind == "label" else line.start


def fullwidth(s: str) -> str:
    """ASCII letters, digits and ``.@-_/:`` in full width."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def choose(rng: random.Random, seq: Sequence, k: int) -> list:
    return rng.sample(list(seq), min(k, len(seq)))
