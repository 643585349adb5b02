"""Session 20's compositions: one family's damage INSIDE another family's span, three families on a page.

Issue 15's mixed pages fail where rules interact: one rule's evidence destroyed by an earlier rule, a gate closed
because another damage makes the page look unlike a law, an edit of one rule overlapping another's.  Earlier
compositions (sessions 16-19) put the damages of several families side by side on a page; these put one damage
inside the span of another (a brand inside a ruby group, a chrome line cut by the page's wraps, a chrome line that
is itself mojibake) and three families on one page.  Written in words before any cleaner change:

- D1 ``mix20_ruby_spam_group``: a ruby page (ASCII brackets) where a spam site glued a brand right after a reading,
  inside the annotated word (``马鞍(an)万博体育官网山``), with a share bar at the bottom.
- D2 ``mix20_wrapped_chrome_trad``: a Traditional mirror copied with narrow hard wraps that cut its chrome lines too
  (the breadcrumb and publication line above the title, the share bar below, each in 2-3 pieces).
- D3 ``mix20_trad_width_ruby``: a Hong Kong conversion whose brackets and quotes are ASCII, with ruby readings in
  full-width brackets (width damage inside Traditional text inside a ruby page).
- D4 ``mix20_gbk_chrome_page``: a page with a breadcrumb and publication line where some lines, the chrome among
  them, are UTF-8 read as GBK (the chrome lines are mojibake as a whole, read by a browser's GB18030).
- D5 ``mix20_big5_spam_trad``: a Traditional page carrying inline spam brands, with lines of Big5 read as GBK.
- D6 ``mix20_forum_copy``: a forum copy: wraps at 28-32, a width mixture, decorated spam and pagination lines.

Held out (measured before and after, never read or tuned on until the end; added after the rules were done):

- H1 ``mix20_ho_mirror_tones_chrome``: a mirror page with a word replaced by spam everywhere, print/close buttons,
  tone-mark ruby and ASCII punctuation (a mirror page has spam and chrome and ruby).
- H2 ``mix20_ho_ruby_after_brand_gbk``: inline brands with the reading of the character before them placed after
  the brand (``受托万博体育(tuo)人``), lines of UTF-8 read as GBK.
- H3 ``mix20_ho_wrapped_chrome_spam_lines``: D2's wrapped chrome with spam promotion lines and full-width digits on
  a Simplified page.

Registered under the ``mixed`` family only when this module is imported
(``benchmarks/bench_mixed_pairs.py --combos20``): the benchmark's usual figures do not change.
"""

from __future__ import annotations

from tests.noise.wide.core import Damager
from tests.noise.wide.families.encoding import utf8_as_gb18030
from tests.noise.wide.families.furniture import SEEN as FURN
from tests.noise.wide.families.layout import hard_wrap
from tests.noise.wide.families.spam import inline_brand
from tests.noise.wide.registry import (
    body_lines, end_of_body, han_points, paragraph_insert, register, run_as, split_tokens, top_of_body,
)

# --------------------------------------------------------------------------- new members


@register("mix20_spam_at_ruby", "spam",
          description="an inline brand glued right after a ruby reading, inside the annotated word (马鞍(an)万博体育山)")
def _spam_at_ruby(d: Damager) -> None:
    points = sorted({e.start for e in d.edits if e.family == "ruby" and e.start == e.end})
    d.rng.shuffle(points)
    if not points:  # alone (no ruby member annotated the page): the annotated word is of its own making, as a pair
        _reading_and_brand(d, brand_first=False)
        return
    for p in points[: d.rng.randint(2, 3)]:
        s, toks = inline_brand(d.rng)
        d.insert(p, s, tokens=toks)


def _reading_and_brand(d: Damager, *, brand_first: bool) -> None:
    """Alone, a member of this pair finds no other member's damage to sit in: inside 2-3 words of the law's sentences
    (between two Han characters) it inserts both, the reading of the character before and an inline brand, in its
    order (``马鞍(an)万博体育山``, or ``brand_first``: ``受托万博体育(tuo)人``), as one injection."""
    from tests.noise.wide.families.ruby import _readings
    from pypinyin import Style

    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    want, done = d.rng.randint(2, 3), 0
    for p in points:
        if done == want:
            break
        readings = _readings(d.text[p - 1], Style.NORMAL)
        if not readings:
            continue
        s, toks = inline_brand(d.rng)
        reading = f"({readings[0]})"
        if d.insert(p, s + reading if brand_first else reading + s, tokens=[*toks, readings[0]]):
            done += 1


def _wrapped(s: str, width: int) -> str:
    """``s`` cut every ``width`` characters (a copier's hard wrap; never inside an ASCII run)."""
    out, line = [], ""
    for i, ch in enumerate(s):
        line += ch
        nxt = s[i + 1 : i + 2]
        if len(line) >= width and nxt and not (ch.isascii() and ch.isalnum() and nxt.isascii() and nxt.isalnum()):
            out.append(line)
            line = ""
    out.append(line)
    return "\n".join(x for x in out if x)


@register("mix20_furn_wrapped_lines", "furniture",
          description="a copy hard-wrapped at 12-20 characters with its chrome: a breadcrumb and publication line above "
                      "the title and a share bar below, cut by the same wraps as the body")
def _furn_wrapped(d: Damager) -> None:
    w = d.rng.randint(12, 20)
    for where, pools in ((top_of_body(d), (FURN.breadcrumb, FURN.publish)), (end_of_body(d), (FURN.share,))):
        for pool in pools:
            s = d.rng.choice(pool)
            pos, new = paragraph_insert(d, where, _wrapped(s, w))
            d.insert(pos, new, tokens=split_tokens(s))
    hard_wrap(d, (w, w))


@register("mix20_furn_mojibake", "furniture",
          description="a publication line and print/close buttons at the top and bottom, as UTF-8 read as GB18030 "
                      "(a browser's GBK: 鍙戝竷鏃ユ湡…)")
def _furn_mojibake(d: Damager) -> None:
    for where, pool in ((top_of_body(d), FURN.publish + FURN.breadcrumb), (end_of_body(d), FURN.print_cn + FURN.share)):
        fits = [(s, m) for s in pool if (m := utf8_as_gb18030(s)) is not None]
        if not fits:
            continue
        s, m = d.rng.choice(fits)
        pos, new = paragraph_insert(d, where, m)
        d.insert(pos, new, tokens=[m, *split_tokens(s)])


@register("mix20_ruby_after_brand", "ruby",
          description="the reading of the character before an inline brand, placed after the brand (受托万博体育(tuo)人): "
                      "the ruby site annotated the page after the spam site glued its brands in")
def _ruby_after_brand(d: Damager) -> None:
    from tests.noise.wide.families.ruby import _readings
    from pypinyin import Style

    points = sorted({e.start for e in d.edits if e.family == "spam" and e.start == e.end and e.start > 0})
    if not points:  # alone (no spam member glued a brand in): the brand is of its own making, as a pair
        _reading_and_brand(d, brand_first=True)
        return
    for p in points:
        readings = _readings(d.text[p - 1], Style.NORMAL)
        if readings:
            d.insert(p, f"({readings[0]})", tokens=[readings[0]])


# --------------------------------------------------------------------------- compositions

#: Developed on (D1-D6): their failures are read.
COMBOS: dict[str, tuple[str, ...]] = {
    "mix20_ruby_spam_group": ("ruby_paren_ascii", "mix20_spam_at_ruby", "furn_share"),
    "mix20_wrapped_chrome_trad": ("mix20_furn_wrapped_lines", "script_s2t_page"),
    "mix20_trad_width_ruby": ("script_s2hk_page", "width_ascii_brackets_quotes", "ruby_paren_fullwidth"),
    "mix20_gbk_chrome_page": ("mix20_furn_mojibake", "furn_breadcrumb_publish", "enc_utf8_as_gbk_lines"),
    "mix20_big5_spam_trad": ("script_s2t_page", "enc_big5_as_gbk_lines", "spam_insert_inline"),
    "mix20_forum_copy": ("layout_hard_wrap_30", "width_mixture", "spam_insert_decorated", "furn_pagination"),
}
#: Held out (H1-H3): measured before and after, failures not read until the end.
HELD_OUT: dict[str, tuple[str, ...]] = {
    "mix20_ho_mirror_tones_chrome": ("spam_replace_mirror", "furn_print_close_cn", "ruby_tone_marks", "width_ascii_punct"),
    "mix20_ho_ruby_after_brand_gbk": ("spam_insert_inline", "mix20_ruby_after_brand", "enc_utf8_as_gbk_lines"),
    "mix20_ho_wrapped_chrome_spam_lines": ("spam_lines_promo", "mix20_furn_wrapped_lines", "width_fullwidth_digits"),
}
CARRIERS = ("mix20_furn_wrapped_lines", "mix20_furn_mojibake")


def _composed(members: tuple[str, ...]):
    def apply(d: Damager) -> None:
        for name in members:
            run_as(d, name)

    return apply


def _register_all() -> None:
    for name, members in {**COMBOS, **HELD_OUT}.items():
        register(name, "mixed", description=" then ".join(members))(_composed(members))
    for carrier in CARRIERS:
        register(f"single_{carrier}", "mixed", description=f"{carrier} alone")(_composed((carrier,)))


_register_all()
