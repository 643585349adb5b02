"""Session 18's compositions: carriers other rooms rarely pair with damage, each carrying 2-3 other families.

Issue 15's mixed pages are its weakest family: one family's damage hides the evidence another
rule needs.  These compositions put damage where families strike on carriers that tuned members
seldom meet: a PDF copy with running heads, a table-bodied page, a crawler's Markdown, a saved
page with its chrome, an OCR copy, a Taiwan/HK page, a draft with its 起草说明.  Four members
are new (``mix18_spam_after_breaks``, ``mix18_draft_explanation``, ``mix18_title_ruby``,
``mix18_cell_spam``); the rest are seen members composed anew.

All eight were written in words in /work/notes/mixed18/blind.md before any cleaner change.
B1-B5 (``COMBOS``) were developed on; B6-B8 (``HELD_OUT``) were measured before and after and
their failures not read until the end of the session.

Registered under the ``mixed`` family only when this module is imported
(``benchmarks/bench_mixed_pairs.py --combos18``): the benchmark's usual figures do not change.
"""

from __future__ import annotations

from tests.noise.wide.core import Damager
from tests.noise.wide.families.ruby import ruby_groups
from tests.noise.wide.families.spam import decorate, inline_brand
from tests.noise.wide.registry import (
    HAN_CHAR, body_lines, end_of_body, paragraph_insert, register, run_as, top_of_body,
)

# --------------------------------------------------------------------------- new members


@register("mix18_spam_after_breaks", "spam",
          description="an inline brand right after 1-3 line breaks another member inserted mid-sentence (a wrap, a page "
                      "break with its furniture, a cell's <br>): the brand opens a continuation line")
def _spam_after_breaks(d: Damager) -> None:
    text = d.text
    points = sorted({e.start for e in d.edits
                     if e.start == e.end and "\n" in e.new and e.family == "layout"
                     and 0 < e.start < len(text) and HAN_CHAR.match(text, e.start) and HAN_CHAR.match(text, e.start - 1)})
    d.rng.shuffle(points)
    if not points:  # alone (no other member broke a line): the brand opens a line of its own making, cut mid-sentence
        inside = [m.end() for line in body_lines(d) for m in HAN_CHAR.finditer(text, line.start, line.end - 1)
                  if HAN_CHAR.match(text, m.end())]
        for p in d.rng.sample(inside, min(len(inside), d.rng.randint(1, 3))):
            s, toks = inline_brand(d.rng)
            d.insert(p, "\n" + s, tokens=toks)
        return
    for p in points[: d.rng.randint(1, 3)]:
        s, toks = inline_brand(d.rng)
        d.insert(p, s, tokens=toks)


DRAFT_NOTICE = (
    "关于公开征求《{title}（征求意见稿）》意见的通知",
    "为广泛听取社会各界意见，现将《{title}（征求意见稿）》全文予以公布，公开征求意见。",
)
DRAFT_EXPLANATION = (
    "关于《{title}（征求意见稿）》的起草说明",
    "一、起草的必要性",
    "近年来，有关工作取得明显成效，但也存在制度不够健全、职责不够明确等问题，有必要制定本规定。",
    "二、起草过程",
    "起草过程中，起草组赴各地开展调研，召开座谈会听取意见，形成了征求意见稿。",
    "三、主要内容",
    "征求意见稿共分若干章，主要明确了适用范围、职责分工、保障措施和法律责任等内容。",
)


@register("mix18_draft_explanation", "layout",
          description="a draft for comment: a 征求意见 notice above the title and a 起草说明 (heading + 一、二、三、 sections) "
                      "after the last article; content, nothing expected removed")
def _draft_explanation(d: Damager) -> None:
    title = d.base.law.title
    top = "\n".join(x.format(title=title) for x in DRAFT_NOTICE)
    pos, new = paragraph_insert(d, top_of_body(d), top)
    d.insert(pos, new, tokens=[])
    end = "\n\n".join(x.format(title=title) for x in DRAFT_EXPLANATION)
    pos, new = paragraph_insert(d, end_of_body(d), end,
                                markup="".join(f"<p>{d.base.escape(x.format(title=title))}</p>\n" for x in DRAFT_EXPLANATION))
    d.insert(pos, new, tokens=[])


@register("mix18_title_ruby", "ruby", description="ruby readings (ASCII brackets, toneless) on the title line only")
def _title_ruby(d: Damager) -> None:
    ruby_groups(d, rate=0.4, kinds=("title",))


@register("mix18_cell_spam", "spam",
          description="a decorated brand glued at the end of 2-4 paragraphs' text, after their last mark (in a table, "
                      "before the cell's </td> or <br>)")
def _cell_spam(d: Damager) -> None:
    lines = [li for li in body_lines(d) if li.end - li.start > 8]
    d.rng.shuffle(lines)
    for li in lines[: d.rng.randint(2, 4)]:
        s, toks = inline_brand(d.rng)
        s, marks = decorate(s, d.rng)
        d.insert(li.end, d.base.escape(s) if d.fmt == "html" else s, tokens=[s, *toks, *marks])


# --------------------------------------------------------------------------- compositions

#: Developed on (B1-B5 of blind.md): their failures are read.
COMBOS: dict[str, tuple[str, ...]] = {
    "mix18_pdf_heads_trad_ruby_labels": ("layout_pdf_page_breaks", "ruby_labels", "script_s2t_page"),
    "mix18_table_cells_spam_width": ("layout_html_label_cell_br", "mix18_cell_spam", "width_ascii_punct"),
    # the link lines go in first: inserted at a label's start after the export's ``**``, a line would land inside
    # the bold markup (``**http://…⏎⏎第十一条**``), which no crawler writes (a generator artefact, seen at 23:35)
    "mix18_crawler_md_gbk_links": ("spam_lines_links", "layout_blind3_md_export", "enc_utf8_as_gbk_lines"),
    "mix18_saved_chrome_ruby_small": ("html_chrome_semantic", "ruby_tone_marks", "width_blind_small_forms"),
    "mix18_ocr_spam_after_breaks": ("layout_blind3_ocr_edges", "mix18_spam_after_breaks", "script_s2t_slips"),
}
#: Probes written at 23:52, after B1-B5 were read (not blind): damage inside the labels a carrier's reader needs at
#: ingest (a table's label cell, a Markdown export's bold label) and chrome around Traditional ruby pages.
PROBES: dict[str, tuple[str, ...]] = {
    "mix18_probe_label_cell_ruby_trad": ("layout_html_label_cell", "ruby_labels", "script_html_s2t_page"),
    "mix18_probe_md_ruby_labels_fwdigits": ("layout_blind3_md_export", "ruby_labels", "width_fullwidth_digits"),
    "mix18_probe_spacer_cells_spam_gbk": ("layout_html_spacer_cells", "spam_insert_decorated", "enc_utf8_as_gbk_lines"),
    "mix18_probe_divsoup_rt_trad": ("html_chrome_divsoup", "ruby_html_rt", "script_html_s2t_page"),
    "mix18_probe_pdf_heads_gbk_spaced": ("layout_pdf_page_breaks", "layout_spaced_labels", "enc_utf8_as_gbk_lines"),
    # (00:10) page-wide evidence that another family's damage may blur: a print width, a page's full stops, a
    # consensus of readings
    "mix18_probe_wrap_blanks_spam_pages": ("layout_wrap_blank_in_words", "spam_insert_inline", "furn_pagination"),
    "mix18_probe_full_stops_domains": ("width_ascii_full_stop", "spam_insert_domain", "spam_lines_links"),
    "mix18_probe_wrap_dense_ruby": ("layout_hard_wrap_30", "ruby_dense", "width_ascii_punct"),
    "mix18_probe_trailing_blank_twp_spam": ("layout_hard_wrap_trailing_blank", "script_s2twp_page", "spam_insert_separators"),
}
#: Held out (B6-B8): measured before and after, failures not read until the end.
HELD_OUT: dict[str, tuple[str, ...]] = {
    "mix18_ho_tw_zhuyin_small_wrap": ("script_s2tw_page", "ruby_bare_zhuyin", "width_blind_small_forms",
                                      "layout_hard_wrap_trailing_blank"),
    "mix18_ho_draft_promo_separators": ("mix18_draft_explanation", "spam_lines_promo", "spam_insert_separators",
                                        "width_ascii_punct"),
    "mix18_ho_pdftotext_hk_cp1252_title": ("layout_pdftotext_pages", "script_s2hk_page", "enc_utf8_as_cp1252_lines",
                                           "mix18_title_ruby"),
}
_HTML = {"mix18_table_cells_spam_width", "mix18_saved_chrome_ruby_small", "mix18_probe_label_cell_ruby_trad",
         "mix18_probe_spacer_cells_spam_gbk", "mix18_probe_divsoup_rt_trad"}


def _composed(members: tuple[str, ...]):
    def apply(d: Damager) -> None:
        for name in members:
            run_as(d, name)

    return apply


for _name, _members in {**COMBOS, **PROBES, **HELD_OUT}.items():
    register(_name, "mixed", fmt="html" if _name in _HTML else "txt",
             description=" then ".join(_members))(_composed(_members))
