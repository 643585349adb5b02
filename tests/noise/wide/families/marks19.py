"""Width, BLIND members of session 19 (marks19): marks an input method, a converter or a typesetter got wrong.

Written in words first (/work/notes/marks19/blind.md, 02:27 UTC), before any cleaner change.  The family:
Chinese prose writes its marks full width, numbers, Latin words and codes keep ASCII, and the right form of
a mark follows from its neighbours and its partner.  V2, V6 and V8 (``smart_quotes_one_direction``,
``number_marks_widened``, ``mark_in_two_widths``) were held out: measured before and at the end only.
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, register

_ENUMERATION_BETWEEN_HAN = regex.compile(r"(?<=\p{Han})、(?=\p{Han})")
_QUOTED_HAN = regex.compile(r"“([^“”\n]*\p{Han}[^“”\n]*)”")
_PAIR_AROUND_HAN = regex.compile(r"（([^（）\n]*\p{Han}[^（）\n]*)）|《([^《》\n]*\p{Han}[^《》\n]*)》")
_HALF_NARROW = {"（": "(", "）": ")", "《": "<", "》": ">"}
_KANA_FORM = {"。": "｡", "、": "､"}
_KANA_MARK = regex.compile(r"(?<=\p{Han})[。、](?=\p{Han}|$)", regex.M)
_CLAUSE_MARK = regex.compile(r"(?<=\p{Han})[，；：](?=\p{Han})")
_BLANK_AFTER = {"，": ", ", "；": "; ", "：": ": "}
_DECIMAL = regex.compile(r"(?<=[0-9])\.(?=[0-9])")
_ENTITY = {"“": "&ldquo;", "”": "&rdquo;", "，": "&#65292;", "、": "&#x3001;", "；": "&#65307;"}
_ENTITY_MARK = regex.compile(r"(?<=\p{Han})[，、；](?=\p{Han})")
_TWO_WIDTHS = {"，": (",，", "，,"), "：": (":：", "：:"), "；": (";；", "；;")}


def _swap(d: Damager, pattern: regex.Pattern, new, rate: float) -> None:
    for li in body_lines(d):
        for m in pattern.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                s = new(m.group()) if callable(new) else new if isinstance(new, str) else new[m.group()]
                d.edit(m.start(), m.end(), s, kind="transform", tokens=[s.strip() or s])


def _pair_ends(d: Damager, pattern: regex.Pattern, rate: float, ends) -> None:
    """Rewrite the two ends of each pair ``pattern`` finds with ``ends(open, close) -> (open', close')``."""
    for li in body_lines(d):
        for m in pattern.finditer(d.text, li.start, li.end):
            if d.rng.random() >= rate:
                continue
            o, c = m.group()[0], m.group()[-1]
            no, nc = ends(o, c)
            g = d.new_group()
            if no != o:
                d.edit(m.start(), m.start() + 1, no, kind="transform", tokens=[no], group=g)
            if nc != c:
                d.edit(m.end() - 1, m.end(), nc, kind="transform", tokens=[nc], group=g)


@register("width_blind19_ime_backslash_enumeration", "width",
          description="BLIND (session 19): 、 between Han typed with the IME in English mode: the 、 key types \\ (生产\\经营)")
def _ime_backslash(d: Damager) -> None:
    _swap(d, _ENUMERATION_BETWEEN_HAN, "\\", 0.6)


@register("width_blind19_smart_quotes_one_direction", "width",
          description="BLIND (session 19, held out): Word's AutoFormat after a Han character curls both halves closing: ”…”")
def _smart_quotes(d: Damager) -> None:
    _pair_ends(d, _QUOTED_HAN, 0.8, lambda o, c: ("”", c))


@register("width_blind19_pair_half_narrowed", "width",
          description="BLIND (session 19): a pair around Han converted on one side only: （…) (…） 《…> <…》")
def _pair_half(d: Damager) -> None:
    def one_side(o: str, c: str) -> tuple[str, str]:
        return (_HALF_NARROW[o], c) if d.rng.random() < 0.5 else (o, _HALF_NARROW[c])

    _pair_ends(d, _PAIR_AROUND_HAN, 0.6, one_side)


@register("width_blind19_halfwidth_kana_marks", "width",
          description="BLIND (session 19): 。、 after Han as JIS X 0201's half-width forms ｡ ､ (a Japanese code page)")
def _kana_marks(d: Damager) -> None:
    _swap(d, _KANA_MARK, _KANA_FORM, 0.6)


@register("width_blind19_ascii_mark_blank_after", "width",
          description="BLIND (session 19): ，；： between Han typed ', ' '; ' ': ' (English habit: a blank after the ASCII mark only)")
def _blank_after(d: Damager) -> None:
    _swap(d, _CLAUSE_MARK, _BLANK_AFTER, 0.5)


@register("width_blind19_number_marks_widened", "width",
          description="BLIND (session 19, held out): a number's decimal point typed in full-width mode, digits ASCII: 1。5米, 0．1元")
def _number_marks(d: Damager) -> None:
    _swap(d, _DECIMAL, lambda _: d.rng.choice(("。", "．")), 1.0)


@register("width_blind19_html_entity_marks", "width",
          description="BLIND (session 19): marks stored as HTML entities a scraper did not decode: &ldquo;…&rdquo; &#65292; &#x3001;")
def _entity_marks(d: Damager) -> None:
    _swap(d, _ENTITY_MARK, _ENTITY, 0.4)
    _pair_ends(d, _QUOTED_HAN, 0.6, lambda o, c: (_ENTITY[o], _ENTITY[c]))


@register("width_blind19_mark_in_two_widths", "width",
          description="BLIND (session 19, held out): a converter put the full-width mark beside the ASCII one it kept: ,， ：: ;；")
def _two_widths(d: Damager) -> None:
    _swap(d, _CLAUSE_MARK, lambda m: d.rng.choice(_TWO_WIDTHS[m]), 0.4)
