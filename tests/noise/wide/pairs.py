"""Pairs and triples of noise families on one page, composed from the SEEN members.

Issue 15's mixed pages stay far below their single families.  To find where two
kinds of damage meet badly, every pair of the seven families below is composed
in both orders of application (the first member applied claims the base text it
edits; the second damages what is left, so the order decides who wins a
conflict), plus a few triples.  Each page draws one member of each family from
the family's pool (the pools hold seen members only; the three blind
combinations' members are left out of them).  ``single_FAMILY`` applies one
pool member alone: the figure a pair is compared with.

These variants are registered under the ``mixed`` family only when this module
is imported (``benchmarks/bench_mixed_pairs.py`` does): the benchmark's usual
figures do not change.
"""

from __future__ import annotations

from itertools import combinations

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import register, run_as

#: Seen members per family (plain-text pages).  Converter layout: PDF/Word copies with page feet
#: and heads, wraps, blanks inside words and labels, form feeds.
POOLS: dict[str, tuple[str, ...]] = {
    "layout": ("layout_pdf_copy", "layout_hard_wrap_30", "layout_wrap_blank_in_words", "layout_spaced_labels",
               "layout_spaced_labels_irregular", "layout_pdf_formfeed_glued", "layout_pdftotext_pages",
               "layout_wrap_typeset", "layout_hard_wrap_trailing_blank"),
    "width": ("width_ascii_punct", "width_fullwidth_digits", "width_ascii_brackets_quotes", "width_mixture",
              "width_ascii_comma_blank", "width_enclosed_item_numbers", "width_ascii_full_stop"),
    "script": ("script_s2t_page", "script_s2tw_page", "script_s2hk_page", "script_s2t_paragraphs", "script_sentences",
               "script_s2t_slips"),
    "encoding": ("enc_utf8_as_gbk_lines", "enc_zero_width", "enc_gbk_lost_byte_qmark", "enc_fffd_inserted",
                 "enc_utf8_as_cp1252_lines", "enc_controls", "enc_utf8_as_latin1_lines"),
    "ruby": ("ruby_paren_ascii", "ruby_paren_fullwidth", "ruby_tone_marks", "ruby_stacked", "ruby_tone_numbers",
             "ruby_u_as_v", "ruby_capitalised"),
    "spam": ("spam_insert_inline", "spam_replace_mirror", "spam_lines_seo", "spam_insert_decorated",
             "spam_insert_separators", "spam_lines_promo", "spam_insert_domain"),
    "furniture": ("furn_pagination", "furn_print_close_cn", "furn_share", "furn_glued_end", "furn_breadcrumb_publish",
                  "furn_scan", "furn_prev_next", "furn_font_size"),
}
SHORT = {"layout": "lay", "width": "wid", "script": "scr", "encoding": "enc", "ruby": "rub", "spam": "spm",
         "furniture": "fur"}
#: Triples where three of the damages the issue names meet (labels and wraps on converted pages).
TRIPLES = (("script", "layout", "width"), ("encoding", "layout", "spam"), ("ruby", "script", "layout"),
           ("spam", "furniture", "layout"), ("width", "ruby", "encoding"), ("script", "spam", "furniture"))


def _composed(families: tuple[str, ...]):
    def apply(d: Damager) -> None:
        for fam in families:
            run_as(d, d.rng.choice(POOLS[fam]))

    return apply


def _name(families: tuple[str, ...]) -> str:
    return "pair_" + "+".join(SHORT[f] for f in families)


for _fam in POOLS:
    register(f"single_{SHORT[_fam]}", "mixed", description=f"one seen {_fam} member alone")(_composed((_fam,)))
for _a, _b in combinations(POOLS, 2):
    for _order in ((_a, _b), (_b, _a)):
        register(_name(_order), "mixed", description=" then ".join(_order))(_composed(_order))
for _t in TRIPLES:
    register(_name(_t), "mixed", description=" then ".join(_t))(_composed(_t))


# --------------------------------------------------------------------------- blind (see /work/notes/mixed16/blind.md)


@register("pair_blind16_twp_pages_latin", "mixed",
          description="Taiwan-phrasing page (s2twp) copied from a PDF with page breaks, full-width Latin letters and digits")
def _blind16_twp_pages_latin(d: Damager) -> None:
    for name in ("width_fullwidth_latin", "layout_pdf_page_breaks", "script_s2twp_page"):
        run_as(d, name)


@register("pair_blind16_gb18030_fwspam_square", "mixed",
          description="lines of UTF-8 read as GB18030, full-width inline spam brands, ruby in square brackets")
def _blind16_gb18030_fwspam_square(d: Damager) -> None:
    for name in ("spam_insert_fullwidth", "ruby_square", "enc_utf8_as_gb18030_lines"):
        run_as(d, name)


@register("pair_blind16_notes_lenticular_glued", "mixed",
          description="footnotes, ruby in lenticular brackets, labels glued to the line before, ASCII colons and quotes")
def _blind16_notes_lenticular_glued(d: Damager) -> None:
    for name in ("layout_glued_labels", "ruby_lenticular", "furn_footnotes", "width_ascii_colon_quote"):
        run_as(d, name)
