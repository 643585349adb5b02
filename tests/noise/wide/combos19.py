"""Session 19's compositions: carriers taken from the field, each carrying the damage of 2-3 other families.

Issue 15's mixed pages are its weakest family on the sealed sets.  Earlier compositions (sessions 15-18) put damage
on PDF copies, tables, crawler Markdown, saved chrome, OCR, WeChat reposts, Word exports and drafts.  These put it on
three page shapes met in the field tests that no composition used, copying each real page's own chrome (data, not
code):

- ``mix19_macau_chrome``: the Macau gazette's LegisMac pipe-padded block
  (/work/field18/macau18_gazette/bo_io_gov_mo_2022_34_despce.txt);
- ``mix19_jekyll_pdf_rule``: a Jekyll page's front matter, the source PDF's URL and an underscore rule
  (/work/field15b/cpc_bilingual_md/company-law-of-the-people-s-republic-of-china.md);
- ``mix19_vuepress_page``: a VuePress page: front matter, ``::: tip`` / ``::: warning`` containers, ``&emsp;``
  after each article label (/work/field16/cee_vuepress/P1_zhrmghgxzcff.md).

All eight compositions were written in words in /work/notes/mixed19/blind.md before any cleaner change.  B1-B5
(``COMBOS``) were developed on; B6-B8 (``HELD_OUT``) were measured before and after, their failures not read until
the end of the session.  ``single_mix19_*`` applies one carrier alone.

Registered under the ``mixed`` family only when this module is imported
(``benchmarks/bench_mixed_pairs.py --combos19``): the benchmark's usual figures do not change.
"""

from __future__ import annotations

from tests.noise.wide.core import LABEL_RE, Damager
from tests.noise.wide.registry import end_of_body, register, run_as, split_tokens, top_of_body

# --------------------------------------------------------------------------- carriers (new members, layout)

#: The LegisMac block the Macau gazette's text export prints around each 批示 (bo_io_gov_mo_2022_34_despce.txt).
MACAU_CHROME = ("相關法規 : | |||", "相關類別 : | |||", "《LegisMac》的法例註釋 | |||")


@register("mix19_macau_chrome", "layout",
          description="the Macau gazette's pipe-padded LegisMac chrome (相關法規 : | ||| …) above the title and after the "
                      "last line")
def _macau_chrome(d: Damager) -> None:
    block = "\n".join(MACAU_CHROME)
    toks = [t for line in MACAU_CHROME for t in split_tokens(line)]
    d.insert(top_of_body(d), block + "\n", tokens=toks)
    end = end_of_body(d)
    d.insert(end, ("" if d.text.endswith("\n") else "\n") + block + "\n", tokens=toks)


#: The top of a Jekyll site's page (cpc_bilingual_md): its theme's front matter, then the source PDF and a rule.
JEKYLL_FRONT = ("---", "layout: default", "title: Hello", "description: Introduction about this site and me.", "---", "")
PDF_URLS = ("https://www.huaxincem.com/upload/20220322/6239378d268d6.pdf",
            "https://www.gov.cn/zhengce/pdfFile/2021_PDF.pdf", "http://www.npc.gov.cn/npc/c30834/201910/file.pdf")


@register("mix19_jekyll_pdf_rule", "layout",
          description="a Jekyll page: its theme's front matter (title: Hello) above the title; the source PDF's URL and "
                      "a rule of several hundred underscores after it")
def _jekyll_pdf_rule(d: Damager) -> None:
    rng = d.rng
    front = "\n".join(JEKYLL_FRONT) + "\n"
    d.insert(top_of_body(d), front, tokens=["layout: default", "title: Hello", "Introduction about this site and me."])
    title = d.base.lines[0]
    url = rng.choice(PDF_URLS)
    rule = "_" * rng.randint(300, 900)
    d.insert(title.end, "\n" + url + "\n" + rule, tokens=[url, "___"])


VUE_FRONT = ("---", "title: {title}", "shortTitle: {short}", "icon: article", "date: 2021-07-15", "category:", "  - 法律",
             "tag:", "  - 基本法", "---", "")
VUE_TAIL = ("---", "", "::: warning 原文链接", "<https://flk.npc.gov.cn/detail2.html?ZmY4MDgwODE3NzAzYWRkMjAxNzczNzNkZjZhNDNlMzM%3D>",
            ":::")


@register("mix19_vuepress_page", "layout",
          description="a VuePress page: front matter, the date lines in a ::: tip 修订信息 container, &emsp; between each "
                      "article label and its text, a ::: warning 原文链接 container at the end")
def _vuepress_page(d: Damager) -> None:
    title = d.base.law.title
    short = title.split("）")[-1][-8:] or title
    front = "\n".join(VUE_FRONT).format(title=title, short=short) + "\n"
    d.insert(top_of_body(d), front, tokens=["shortTitle", "icon: article", "category:", "tag:"])
    metas = [li for li in d.base.lines if li.kind == "meta"]
    if metas:
        d.insert(metas[0].outer_start, "::: tip 修订信息\n\n", tokens=["::: tip", "修订信息"])
        d.insert(metas[-1].end, "\n\n:::", tokens=[":::"])
    for li in d.base.lines:
        if li.kind != "label":
            continue
        m = LABEL_RE.match(d.text[li.start : li.end])
        if m and d.text[li.start + m.end()] == " ":
            d.edit(li.start + m.end(), li.start + m.end() + 1, "&emsp;", kind="transform", tokens=["&emsp;"])
    d.insert(end_of_body(d), "\n" + "\n".join(VUE_TAIL) + "\n", tokens=["原文链接", "::: warning", "flk.npc.gov.cn"])


@register("mix19_spam_edge_lines", "spam",
          description="a spam link or promotion line above the title and below the last line (a spam site's own lines "
                      "at the page's edges, outside the furniture already there)")
def _spam_edge_lines(d: Damager) -> None:
    from tests.noise.wide.families.spam import link_line, spam_line

    for where, make in ((top_of_body(d), d.rng.choice((link_line, spam_line))),
                        (end_of_body(d), d.rng.choice((link_line, spam_line)))):
        s, toks = make(d.rng)
        if where == 0:
            d.insert(where, s + "\n", tokens=toks)
        else:
            d.insert(where, ("" if d.text.endswith("\n") else "\n") + s + "\n", tokens=toks)


# --------------------------------------------------------------------------- compositions

#: Developed on (B1-B5 of blind.md): their failures are read.
COMBOS: dict[str, tuple[str, ...]] = {
    "mix19_macau_hk_commas": ("mix19_macau_chrome", "script_s2hk_page", "width_ascii_punct"),
    "mix19_macau_glued_ruby_labels": ("mix19_macau_chrome", "furn_glued_end", "ruby_labels"),
    "mix19_jekyll_gbk_title_ruby": ("mix19_jekyll_pdf_rule", "mix18_title_ruby", "enc_utf8_as_gbk_lines"),
    "mix19_jekyll_wrap_spam_digits": ("mix19_jekyll_pdf_rule", "layout_hard_wrap_30", "mix18_spam_after_breaks",
                                      "width_fullwidth_digits"),
    "mix19_vuepress_trad_title_separators": ("mix19_vuepress_page", "script_trad_title_blind18", "spam_insert_separators"),
}
#: Probes written at 02:27, after B1-B5 were read (not blind): the carriers with damage at the places two rules meet
#: (a label read by ruby, width and mojibake at once; a title carrying two families; spam in a label's slot).
PROBES: dict[str, tuple[str, ...]] = {
    "mix19_probe_vuepress_ruby_labels_gbk": ("mix19_vuepress_page", "ruby_labels", "enc_utf8_as_gbk_lines"),
    "mix19_probe_macau_hk_glued_wrap": ("mix19_macau_chrome", "script_s2hk_page", "furn_glued_end", "layout_hard_wrap_30"),
    "mix19_probe_jekyll_trad_ruby_title": ("mix19_jekyll_pdf_rule", "script_trad_title_blind18", "mix18_title_ruby"),
    "mix19_probe_vuepress_title_phrase_ascii": ("mix19_vuepress_page", "spam_b18_title_phrase", "width_ascii_punct"),
    "mix19_probe_macau_label_slot_ruby": ("mix19_macau_chrome", "spam_blind17_label_slot", "ruby_labels"),
    "mix19_probe_jekyll_ocr_qmark": ("mix19_jekyll_pdf_rule", "layout_blind3_ocr_edges", "enc_gbk_lost_byte_qmark"),
    "mix19_probe_vuepress_pages_tones_digits": ("mix19_vuepress_page", "layout_pdf_page_breaks", "ruby_tone_marks",
                                                "width_fullwidth_digits"),
    "mix19_probe_macau_cp1252_promo_single": ("mix19_macau_chrome", "enc_utf8_as_cp1252_lines", "spam_lines_promo",
                                              "layout_single_newline"),
    # (03:02, after the furniture seams were written: tuned on, not blind) furniture glued to the page's edges with a
    # spam site's lines beyond them
    "mix19_probe_glued_end_spam_edges": ("furn_glued_end", "mix19_spam_edge_lines"),
    "mix19_probe_glued_start_spam_edges_trad": ("mix19_spam_edge_lines", "furn_glued_start", "script_s2t_page"),
}
#: Held out (B6-B8): measured before and after, failures not read until the end.
HELD_OUT: dict[str, tuple[str, ...]] = {
    "mix19_ho_vuepress_ruby_glued": ("mix19_vuepress_page", "ruby_paren_fullwidth", "furn_glued_start"),
    "mix19_ho_macau_wrap_latin1_slips": ("mix19_macau_chrome", "layout_hard_wrap_trailing_blank",
                                         "enc_utf8_as_latin1_lines", "script_s2t_slips"),
    "mix19_ho_jekyll_small_forms_links": ("mix19_jekyll_pdf_rule", "width_blind_small_forms", "spam_lines_links",
                                          "ruby_labels"),
}
CARRIERS = ("mix19_macau_chrome", "mix19_jekyll_pdf_rule", "mix19_vuepress_page")


def _composed(members: tuple[str, ...]):
    def apply(d: Damager) -> None:
        for name in members:
            run_as(d, name)

    return apply


def _register_all() -> None:
    from tests.noise.wide import combos18  # noqa: F401  (mix18_title_ruby, mix18_spam_after_breaks)

    for name, members in {**COMBOS, **PROBES, **HELD_OUT}.items():
        register(name, "mixed", description=" then ".join(members))(_composed(members))
    for carrier in CARRIERS:
        register(f"single_{carrier}", "mixed", description=f"{carrier} alone")(_composed((carrier,)))


_register_all()
