"""Width: ASCII punctuation in Chinese context, full-width digits and letters.

Only punctuation between Han characters (or pairs around Han text) is made
ASCII, the domain where the dataset's convention (full width in Chinese text)
is unambiguous; digits and Latin letters are widened anywhere in articles.
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, register

_BETWEEN_HAN = regex.compile(r"(?<=\p{Han})[，；：？！](?=\p{Han})")
_PAIRS = regex.compile(r"（([^（）\n]*\p{Han}[^（）\n]*)）|“([^“”\n]*\p{Han}[^“”\n]*)”")
_ALNUM = regex.compile(r"[0-9]+")
_LATIN = regex.compile(r"[A-Za-z]+")
TO_ASCII = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}


def ascii_punct(d: Damager, rate: float = 0.5) -> None:
    for li in body_lines(d):
        for m in _BETWEEN_HAN.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                d.edit(m.start(), m.end(), TO_ASCII[m.group()], kind="transform", tokens=[TO_ASCII[m.group()]])


def ascii_pairs(d: Damager, rate: float = 0.6) -> None:
    for li in body_lines(d):
        for m in _PAIRS.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                quote = m.group().startswith("“")
                o, c = ('"', '"') if quote else ("(", ")")
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, o, kind="transform", tokens=[o], group=g)
                d.edit(m.end() - 1, m.end(), c, kind="transform", tokens=[c], group=g)


def widen(d: Damager, pattern: regex.Pattern, rate: float = 0.7) -> None:
    for li in body_lines(d, ("label", "para", "meta")):
        for m in pattern.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                new = "".join(chr(ord(c) + 0xFEE0) for c in m.group())
                d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])


@register("width_ascii_punct", "width", description="，；：？！ between Han characters written , ; : ? !")
def _punct(d: Damager) -> None:
    ascii_punct(d)


@register("width_ascii_brackets_quotes", "width", description="（…） and “…” around Chinese text written (…) and \"…\"")
def _pairs(d: Damager) -> None:
    ascii_pairs(d)


@register("width_fullwidth_digits", "width", description="２０２１年: full-width digits")
def _digits(d: Damager) -> None:
    widen(d, _ALNUM)


@register("width_fullwidth_latin", "width", description="ＡＰＰ, ５Ｇ: full-width Latin letters (laws that have Latin)")
def _latin(d: Damager) -> None:
    widen(d, _LATIN, rate=1.0)


# --------------------------------------------------------------------------- members added in session 5
# (ASCII punctuation in the places the seen members do not put it: a full stop, a comma
# followed by a blank as on an English keyboard, a colon before a quotation, clause ends at
# the end of a line, book-title marks typed as angle brackets; and a page mixing them all
# with full-width digits and letters)

_FULL_STOP = regex.compile(r"(?<=\p{Han})。(?=\p{Han}|$)", regex.M)
_COMMA_HAN = regex.compile(r"(?<=\p{Han})，(?=\p{Han})")
_COLON_QUOTE = regex.compile(r"(?<=\p{Han})：(?=“)")
_LINE_END_CLAUSE = regex.compile(r"(?<=\p{Han})[；：](?=\n|$)", regex.M)
_BOOK_TITLE = regex.compile(r"《([^《》\n]*\p{Han}[^《》\n]*)》")


def _swap(d: Damager, pattern: regex.Pattern, new: str | dict, rate: float) -> None:
    for li in body_lines(d):
        for m in pattern.finditer(d.text, li.start, li.end):
            if d.rng.random() < rate:
                s = new if isinstance(new, str) else new[m.group()]
                d.edit(m.start(), m.end(), s, kind="transform", tokens=[s.strip() or s])


@register("width_ascii_full_stop", "width", description="。 written . after a Han character (before Han or at the end of a line)")
def _full_stop(d: Damager) -> None:
    _swap(d, _FULL_STOP, ".", 0.6)


@register("width_ascii_comma_blank", "width", description="， written ', ' (a comma and a blank, English keyboard) between Han characters")
def _comma_blank(d: Damager) -> None:
    _swap(d, _COMMA_HAN, ", ", 0.6)


@register("width_ascii_line_end_clauses", "width", description="；/： closing a line (items, lead-ins) written ; and :")
def _line_end(d: Damager) -> None:
    _swap(d, _LINE_END_CLAUSE, {"；": ";", "：": ":"}, 0.8)


@register("width_ascii_colon_quote", "width", description="：“…” written :\"…\" (a colon before a quotation, straight quotes)")
def _colon_quote(d: Damager) -> None:
    _swap(d, _COLON_QUOTE, ":", 1.0)
    ascii_pairs(d, rate=1.0)


@register("width_mixture", "width",
          description="one page mixing ASCII , ; : ? ! ( ) \" . and full-width digits and letters at random")
def _mixture(d: Damager) -> None:
    _swap(d, _FULL_STOP, ".", 0.3)
    ascii_punct(d, rate=0.3)
    ascii_pairs(d, rate=0.3)
    widen(d, _ALNUM, rate=0.5)
    widen(d, _LATIN, rate=0.5)


# --------------------------------------------------------------------------- members added in session 11
# (blanks the typist or the converter left around the ASCII mark: a blank before it, as on
# moj.gov.tw's interpretation No. 150 (``依次遞補 ,其任期``, ``予以駁回 ,侵害``), or on both
# sides, as in the 来源 line of lszqingdao.gov.cn (``来源 : 青岛市司法局``))

_CLAUSE_MARK = regex.compile(r"(?<=\p{Han})[，；：](?=\p{Han})")


@register("width_ascii_blank_before", "width",
          description="，；： between Han written ' ,' ' ;' ' :' (a blank before the ASCII mark: 遞補 ,其任期, moj.gov.tw)")
def _blank_before(d: Damager) -> None:
    _swap(d, _CLAUSE_MARK, {"，": " ,", "；": " ;", "：": " :"}, 0.5)


@register("width_ascii_spaced", "width",
          description="，；： between Han written ' , ' ' ; ' ' : ' (blanks on both sides: 来源 : 青岛市司法局)")
def _spaced(d: Damager) -> None:
    _swap(d, _CLAUSE_MARK, {"，": " , ", "；": " ; ", "：": " : "}, 0.5)



# --------------------------------------------------------------------------- BLIND members of session 13
# The family, in words: scrapers and converters hand CJK text over with its punctuation in
# the wrong *form*, not only the wrong width.  Besides ASCII for full width (and full width for
# ASCII), Unicode carries compatibility and presentation forms of the same marks in other
# blocks: the small form variants (U+FE50-FE6B) that Big5 and CNS 11643 encode beside the
# normal marks, the presentation forms of vertical text (U+FE10-FE19, U+FE30-FE4F) that a
# vertical layout's PDF or e-book export leaves in horizontal text, the half-width forms
# (U+FF61-FF64) of JIS X 0201; and converters that pad every full-width mark with blanks.
# These three were written by width13 before the width rule was changed for them, and are
# reported apart from the rest (blind: the rule was built from the principles, not on them).

_SMALL_FORM = {"，": "﹐", "、": "﹑", "；": "﹔", "：": "﹕", "？": "﹖", "！": "﹗"}
_SMALL_MARK = regex.compile(r"(?<=\p{Han})[，、；：？！](?=\p{Han})")
_VERTICAL_FORM = {"，": "︐", "、": "︑", "。": "︒", "：": "︓", "；": "︔", "！": "︕", "？": "︖"}
_VERTICAL_MARK = regex.compile(r"[，、。：；！？]")
_VERTICAL_PAIRS = regex.compile(r"（([^（）\n]*)）|《([^《》\n]*)》")
_PADDABLE = regex.compile(r"(?<=\p{Han})[，、；：。](?=\p{Han}|$)", regex.M)


@register("width_blind_small_forms", "width",
          description="，、；：？！ between Han as Big5's small form variants ﹐﹑﹔﹕﹖﹗, （…） around Han as ﹙…﹚")
def _blind_small_forms(d: Damager) -> None:
    _swap(d, _SMALL_MARK, _SMALL_FORM, 0.6)
    for li in body_lines(d):
        for m in _PAIRS.finditer(d.text, li.start, li.end):
            if m.group().startswith("（") and d.rng.random() < 0.6:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, "﹙", kind="transform", tokens=["﹙"], group=g)
                d.edit(m.end() - 1, m.end(), "﹚", kind="transform", tokens=["﹚"], group=g)


@register("width_blind_vertical_forms", "width",
          description="，、。：；！？ and （）《》 as vertical presentation forms ︐︑︒︓︔︕︖ ︵︶ ︽︾ (a vertical layout's export)")
def _blind_vertical_forms(d: Damager) -> None:
    _swap(d, _VERTICAL_MARK, _VERTICAL_FORM, 0.5)
    for li in body_lines(d):
        for m in _VERTICAL_PAIRS.finditer(d.text, li.start, li.end):
            if d.rng.random() < 0.5:
                o, c = ("︵", "︶") if m.group().startswith("（") else ("︽", "︾")
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, o, kind="transform", tokens=[o], group=g)
                d.edit(m.end() - 1, m.end(), c, kind="transform", tokens=[c], group=g)


@register("width_blind_padded_marks", "width",
          description="every ，、；：。 after Han padded with blanks by a converter (本市 ，区 / 本市 ， 区 / 批准 。)")
def _blind_padded_marks(d: Damager) -> None:
    for li in body_lines(d):
        for m in _PADDABLE.finditer(d.text, li.start, li.end):
            end_of_line = m.end() == li.end
            new = " " + m.group() if end_of_line or d.rng.random() < 0.5 else " " + m.group() + " "
            d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])


# --------------------------------------------------------------------------- BLIND members of session 14
# The family, in words (session 14): a CJK page's marks, digits and letters can reach us at the
# wrong width (ASCII for full width, full width for ASCII), in another block's form of the same
# mark (compatibility, presentation, canonical singletons), as a look-alike from a block the
# input method or code table sits beside, padded by blanks of any kind, and with a width that
# depends on the neighbours (the ``.`` of 3.5 vs the ``。`` of a sentence, the ``:`` of 10:30
# vs the ``：`` of 电话：).  Written by width14 BEFORE the width rule was changed for them, and
# reported apart from the rest:
# * a converter that widened every number whole, its inner marks with it (``１０：３０``,
#   ``１，０００``, ``２０２１－２０２３``): the separator of a number is ASCII (GB/T 15834
#   leaves numbers to GB/T 15835);
# * look-alikes from other blocks: the ratio sign ``∶`` (GB2312 A1C3, next to the colon in
#   input methods' symbol tables) for ``：``, the Greek question mark U+037E (canonically ``;``)
#   for ``；``, the low-9 quote ``‚`` (cp1252 0x82) for ``，``, the CJK reversed double-prime
#   quotes ``〝…〞`` for ``“…”``;
# * blanks of other kinds around marks: the ideographic space, the no-break and the narrow
#   no-break space (Word's French autocorrect before ``: ; ! ?``), the thin space.

_NUMBER_WITH_MARKS = regex.compile(r"(?<![0-9A-Za-z.])[0-9]+(?:[.,:\-/][0-9]+)+(?![0-9A-Za-z])")
_LOOKALIKE = {"：": "∶", "；": "\u037e", "，": "‚"}
_LOOKALIKE_MARK = regex.compile(r"(?<=\p{Han})[：；，](?=\p{Han}|“)")
_QUOTED_HAN = regex.compile(r"“([^“”\n]*\p{Han}[^“”\n]*)”")
_OTHER_BLANKS = ("\u3000", "\u00a0", "\u202f", "\u2009")
_BLANKABLE = regex.compile(r"(?<=\p{Han})[，；：。](?=\p{Han}|$)", regex.M)


@register("width_blind_widened_numbers", "width",
          description="numbers widened whole with their inner marks: １０：３０, １，０００, ３．５, ２０２１－２０２３, １／３")
def _blind_widened_numbers(d: Damager) -> None:
    for li in body_lines(d, ("label", "para", "meta")):
        for m in _NUMBER_WITH_MARKS.finditer(d.text, li.start, li.end):
            if d.rng.random() < 0.8:
                new = "".join(chr(ord(c) + 0xFEE0) for c in m.group())
                d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])
    widen(d, _ALNUM, rate=0.3)


@register("width_blind_lookalike_marks", "width",
          description="：；， after Han as look-alikes ∶ (ratio) ; (Greek question mark) ‚ (low-9 quote); “…” as 〝…〞")
def _blind_lookalike_marks(d: Damager) -> None:
    _swap(d, _LOOKALIKE_MARK, _LOOKALIKE, 0.5)
    for li in body_lines(d):
        for m in _QUOTED_HAN.finditer(d.text, li.start, li.end):
            if d.rng.random() < 0.6:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, "〝", kind="transform", tokens=["〝"], group=g)
                d.edit(m.end() - 1, m.end(), "〞", kind="transform", tokens=["〞"], group=g)


@register("width_blind_other_blanks", "width",
          description="，；：。 after Han padded by an ideographic, no-break, narrow no-break or thin space (本市\u3000，区, 电话\u202f：)")
def _blind_other_blanks(d: Damager) -> None:
    blank = d.rng.choice(_OTHER_BLANKS)  # one converter, one kind of blank per page
    for li in body_lines(d):
        for m in _BLANKABLE.finditer(d.text, li.start, li.end):
            if d.rng.random() < 0.7:
                after = m.end() < li.end and m.group() != "。" and d.rng.random() < 0.5
                new = blank + m.group() + (blank if after else "")
                d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])


# --------------------------------------------------------------------------- members added in session 14 (seen)
# the book-title marks the session-5 comment above names, typed on a Latin keyboard (the keys of 《》
# type < and >), developed on by width14 (not blind)

@register("width_ascii_book_title", "width", description="《…》 around Han written <…> (the IME's keys in English mode)")
def _book_title(d: Damager) -> None:
    for li in body_lines(d):
        for m in _BOOK_TITLE.finditer(d.text, li.start, li.end):
            if d.rng.random() < 0.6:
                g = d.new_group()
                d.edit(m.start(), m.start() + 1, "<", kind="transform", tokens=["<"], group=g)
                d.edit(m.end() - 1, m.end(), ">", kind="transform", tokens=[">"], group=g)


# --------------------------------------------------------------------------- BLIND members of session 15
# The family, in words (session 15): Chinese prose writes its marks full width (GB/T 15834) and
# leaves digits, Latin letters and the marks *inside* numbers, codes, URLs and Latin terms in ASCII
# (GB/T 15835).  A tool that does not know this moves the boundary for a whole page at once: a
# normaliser narrows every full-width form (NFKC, ftfy's defaults), a converter narrows every mark
# including the sentence-final ones, another widens every ASCII character including the marks of
# numbers and codes.  Which form is right then depends on the mark's neighbours (``。`` vs the ``.``
# of 3.5, 1.2.3 or ``e.g.``; ``：`` vs the ``:`` of 10:30; ``，`` vs the ``,`` of 1,000; brackets
# around Chinese vs around Latin) and on the page's own consensus.  Written by width15 BEFORE the
# width rule was changed for them, and reported apart from the rest:
# * a page normalised by NFKC with ftfy's quote uncurling (NOISE.md: "ftfy's default settings turn
#   ，into , and “” into \"\" and the ideographic space into a space"): every U+FF01-FF5E form to
#   ASCII, U+3000 to a space, curly quotes straight; ``。、《》`` have no decomposition and stay;
#   ``％～`` narrowed are marked lossy (the clean corpus writes both widths, the page cannot say);
# * a converter that narrowed every mark of the page, the sentence-final ones too, and those that
#   touch digits, Latin letters or other marks (``施行.``, ``(试行)``, ``"APP"``, ``<…>`` for 《…》);
# * a converter that widened every ASCII character of the body: digits and letters with the marks
#   and blanks between them (``ＧＢ／Ｔ　１５８３４－２０１１``, ``３．５％``, ``Ｗｉ－Ｆｉ``, ``（ＡＰＰ）``).

_NFKC_LOSSY = frozenset("％～")
_NFKC_FORMS = regex.compile(r"[\uff01-\uff5e\u3000“”‘’]+")
_UNCURL = {"“": '"', "”": '"', "‘": "'", "’": "'", "\u3000": " "}


@register("width_blind_nfkc_page", "width",
          description="a whole page through NFKC + ftfy's uncurl_quotes: ，：；？！（）％～ to ASCII, 　 to a blank, “”‘’ straight")
def _blind_nfkc_page(d: Damager) -> None:
    for li in body_lines(d, ("label", "para", "meta", "heading")):
        for m in _NFKC_FORMS.finditer(d.text, li.start, li.end):
            for i, ch in enumerate(m.group()):
                new = _UNCURL.get(ch) or chr(ord(ch) - 0xFEE0)
                p = m.start() + i
                d.edit(p, p + 1, new, kind="transform", lossy=ch in _NFKC_LOSSY, tokens=[new.strip() or new])


_EVERY_MARK = {"，": ",", "。": ".", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")",
               "“": '"', "”": '"', "‘": "'", "’": "'", "《": "<", "》": ">"}
_EVERY_MARK_RE = regex.compile("[" + "".join(_EVERY_MARK) + "]")


@register("width_blind_every_mark_narrowed", "width",
          description="every ，。；：？！（）“”‘’《》 of the page narrowed, sentence ends and marks beside digits/Latin too")
def _blind_every_mark_narrowed(d: Damager) -> None:
    for li in body_lines(d):
        for m in _EVERY_MARK_RE.finditer(d.text, li.start, li.end):
            new = _EVERY_MARK[m.group()]
            d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])


_ASCII_RUN = regex.compile(r"[0-9A-Za-z](?:[0-9A-Za-z.,:/\-+%@_ ]*[0-9A-Za-z%])?")


@register("width_blind_ascii_widened_whole", "width",
          description="every ASCII run of the body widened whole, its marks and blanks too: ＧＢ／Ｔ　１５８３４－２０１１, ３．５％, Ｗｉ－Ｆｉ")
def _blind_ascii_widened_whole(d: Damager) -> None:
    for li in body_lines(d, ("label", "para", "meta")):
        for m in _ASCII_RUN.finditer(d.text, li.start, li.end):
            new = "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) for c in m.group())
            # the clean corpus writes both % and ％: a widened % cannot be told from a clean ％
            d.edit(m.start(), m.end(), new, kind="transform", lossy="%" in m.group(), tokens=[new])


# --------------------------------------------------------------------------- members added in session 15 (seen)
# item labels in enclosed compatibility forms (NFKC composites of a bracketed number), developed on by
# width15 after the blind members above (not blind): a word processor's numbering or a converter sets
# GB2312's parenthesized ideographs ㈠-㈩ (A2E5-A2EE) for the labels （一）-（十）

_ITEM_LABEL = regex.compile(r"^（([一二三四五六七八九十])）", regex.M)
_ENCLOSED_ITEM = {c: chr(0x3220 + k) for k, c in enumerate("一二三四五六七八九十")}


@register("width_enclosed_item_numbers", "width",
          description="item labels （一）…（十） opening a line written as the enclosed forms ㈠…㈩")
def _enclosed_item_numbers(d: Damager) -> None:
    for li in body_lines(d):
        for m in _ITEM_LABEL.finditer(d.text, li.start, li.end):
            new = _ENCLOSED_ITEM[m.group(1)]
            d.edit(m.start(), m.end(), new, kind="transform", tokens=[new])
