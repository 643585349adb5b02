"""Several families on one page, as real pages carry them.

Each component records its injections under its own family and variant; the
page is reported under the mixed variant's name.
"""

from __future__ import annotations

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, han_points, register, run_as, split_tokens


@register("mixed_seedlike", "mixed", description="ruby (ASCII), ASCII punctuation, furniture lines, a brand replacing a word (mirror witness)")
def _seedlike(d: Damager) -> None:
    for name in ("spam_replace_mirror", "ruby_paren_ascii", "width_ascii_punct", "furn_print_close_cn", "furn_scan"):
        run_as(d, name)


@register("mixed_traditional_html", "mixed", fmt="html", description="Traditional HTML page, &emsp; before labels, chrome in <div>s (the page that gave zero articles)")
def _trad_html(d: Damager) -> None:
    for name in ("script_html_s2t_page", "layout_html_emsp", "html_chrome_divsoup"):
        run_as(d, name)


@register("mixed_wrapped_spam_ruby", "mixed", description="hard wraps, inserted spam, full-width ruby, zero-width characters")
def _wrapped(d: Damager) -> None:
    for name in ("spam_insert_inline", "ruby_paren_fullwidth", "enc_zero_width", "layout_hard_wrap_30"):
        run_as(d, name)


@register("mixed_traditional_mojibake", "mixed", description="Traditional page (s2tw) with lines of UTF-8 read as GBK and tone-marked ruby")
def _trad_moji(d: Damager) -> None:
    for name in ("enc_utf8_as_gbk_lines", "ruby_tone_marks", "script_s2tw_page"):
        run_as(d, name)


@register("mixed_everything", "mixed", description="one member of every family on one page")
def _everything(d: Damager) -> None:
    rng = d.rng
    for pool in (
        ("ruby_paren_ascii", "ruby_tone_numbers", "ruby_stacked", "ruby_capitalised"),
        ("spam_insert_inline", "spam_lines_seo", "spam_replace_mirror"),
        ("furn_pagination", "furn_print_close_en", "furn_attachments"),
        ("enc_zero_width", "enc_utf8_as_cp1252_lines", "enc_fffd_inserted"),
        ("width_ascii_punct", "width_fullwidth_digits"),
        ("layout_hard_wrap_30", "layout_indent_emspace", "layout_spaced_labels"),
        ("script_s2t_paragraphs",),
    ):
        run_as(d, rng.choice(pool))


# --------------------------------------------------------------------------- members added in session 11


@register("mixed_moj_interpretation", "mixed",
          description="moj.gov.tw's interpretation No. 150: a Taiwan-script page (s2tw) with ASCII commas and semicolons, some after a blank")
def _moj(d: Damager) -> None:
    for name in ("width_ascii_blank_before", "width_ascii_punct", "script_s2tw_page"):
        run_as(d, name)


@register("mixed_word_export_ascii", "mixed", fmt="html",
          description="nfra.gov.cn's Word export: <span> runs cut anywhere, ASCII punctuation, full-width digits")
def _word_ascii(d: Damager) -> None:
    for name in ("width_ascii_punct", "width_fullwidth_digits", "layout_html_word_export"):
        run_as(d, name)


@register("mixed_sentences_ruby_width", "mixed",
          description="Traditional sentences in a Simplified page, ruby with tone marks typed with a breve, spaced ASCII marks")
def _sentences_ruby_width(d: Damager) -> None:
    for name in ("width_ascii_spaced", "ruby_tone_breve", "script_sentences"):
        run_as(d, name)


# --------------------------------------------------------------------------- blind members added in session 14
# Invented by mixed14 before touching the cleaners, from combinations no mixed member above
# makes: measured before and after apart from the rest of the family.


@register("mixed_blind_latin1_marks", "mixed",
          description="lines of UTF-8 read as Latin-1 on a page with ASCII full stops, ruby with ü typed as v, junk glued to line ends")
def _blind_latin1_marks(d: Damager) -> None:
    for name in ("enc_utf8_as_latin1_lines", "width_ascii_full_stop", "ruby_u_as_v", "furn_glued_end"):
        run_as(d, name)


@register("mixed_blind_wrap_spam_hk", "mixed",
          description="a Hong Kong-script page (s2hk), narrow hard wraps, decorated inline spam, ASCII brackets and quotes")
def _blind_wrap_spam_hk(d: Damager) -> None:
    for name in ("spam_insert_decorated", "layout_hard_wrap_narrow", "script_s2hk_page", "width_ascii_brackets_quotes"):
        run_as(d, name)


@register("mixed_blind_gbk_indent_ruby", "mixed",
          description="GBK lost bytes shown as '?', stacked ruby of mixed width, ideographic indents, promotional spam lines, pagination")
def _blind_gbk_indent_ruby(d: Damager) -> None:
    for name in ("enc_gbk_lost_byte_qmark", "ruby_stacked_mixed_width", "layout_indent_ideographic", "spam_lines_promo",
                 "furn_pagination"):
        run_as(d, name)


# --------------------------------------------------------------------------- blind members added in session 15
# Invented by mixed15 before touching the cleaners, from combinations no mixed member above
# makes: measured before and after apart from the rest of the family.


@register("mixed_blind15_pdf_spam_commas", "mixed",
          description="a PDF copy (ideographic indents, wraps at 22-34, one newline between paragraphs) carrying inline spam "
                      "with separators, ASCII commas after a blank, a share bar")
def _blind15_pdf_spam_commas(d: Damager) -> None:
    for name in ("spam_insert_separators", "width_ascii_comma_blank", "furn_share", "layout_pdf_copy"):
        run_as(d, name)


@register("mixed_blind15_trad_wrap_ruby", "mixed",
          description="a Traditional page (s2t) with ASCII clause marks at line ends, wraps padded with blanks, ruby with ü")
def _blind15_trad_wrap_ruby(d: Damager) -> None:
    for name in ("ruby_u_umlaut", "width_ascii_line_end_clauses", "layout_hard_wrap_trailing_blank", "script_s2t_page"):
        run_as(d, name)


def _cut_inside_spam(d: Damager) -> None:
    """Inline brands cut by the page's wrap (the spam was there before the page was wrapped)."""
    from tests.noise.wide.families.spam import inline_brand

    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(2, 3)]:
        s, toks = inline_brand(d.rng)
        k = d.rng.randint(2, max(2, len(s) - 2))
        d.insert(p, s[:k] + "\n" + s[k:], tokens=toks)


def _pagination_mid_sentence(d: Damager) -> None:
    """A pagination line where a page ended in mid-sentence (between two wrapped halves)."""
    from tests.noise.wide.families.furniture import SEEN as FURNITURE
    from tests.noise.wide.registry import wrap_points

    lines = [li for li in body_lines(d) if li.end - li.start > 40]
    d.rng.shuffle(lines)
    for li in lines[: d.rng.randint(1, 2)]:
        cuts = wrap_points(d.text[li.start : li.end], 26)
        if cuts:
            s = d.rng.choice(FURNITURE.pagination)
            d.insert(li.start + d.rng.choice(cuts), "\n" + s + "\n", tokens=split_tokens(s))


@register("mixed_blind15_cut_inside", "mixed",
          description="a page wrapped at 28-32 whose wraps also fall inside inline brands, with a pagination line between "
                      "the halves of a sentence, and ASCII ruby")
def _blind15_cut_inside(d: Damager) -> None:
    saved = d.family, d.variant
    d.family, d.variant = "spam", "spam_insert_inline"  # (recorded as the members whose kind of injection they are)
    _cut_inside_spam(d)
    d.family, d.variant = "furniture", "furn_pagination"
    _pagination_mid_sentence(d)
    d.family, d.variant = saved
    for name in ("ruby_paren_ascii", "layout_hard_wrap_30"):
        run_as(d, name)


def _cut_inside_decorated(d: Damager) -> None:
    """Decorated or full-width brands whose wrap is padded: blanks before the break, an indent after it."""
    from tests.noise.wide.families.spam import brand, decorate
    from tests.noise.wide.registry import fullwidth

    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(2, 4)]:
        s, toks = brand(d.rng)
        if d.rng.random() < 0.5:
            s, deco = decorate(s, d.rng)
            toks = [s, *toks, *deco]
        else:
            s, toks = fullwidth(s), [fullwidth(t) for t in toks]
        k = d.rng.randint(1, max(1, len(s) - 1))
        d.insert(p, s[:k] + d.rng.choice((" ", "\u3000", "")) + "\n" + d.rng.choice(("", "  ", "\u3000\u3000")) + s[k:], tokens=toks)


# Invented by mixed15 after spam_wraps was written (a check of how far it generalises): measured apart.
@register("mixed_blind15b_cut_padded", "mixed",
          description="a Hong Kong-script page (s2hk) wrapped at 12-20 whose wraps fall inside decorated or full-width "
                      "brands, padded with blanks or indented, and ASCII punctuation")
def _blind15b_cut_padded(d: Damager) -> None:
    saved = d.family, d.variant
    d.family, d.variant = "spam", "spam_insert_decorated"
    _cut_inside_decorated(d)
    d.family, d.variant = saved
    for name in ("width_ascii_punct", "layout_hard_wrap_narrow", "script_s2hk_page"):
        run_as(d, name)
