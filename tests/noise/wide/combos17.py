"""Session 17's combinations: NEW members of every family, composed as whole real pages.

Issue 15's mixed pages fail where damage the code was not written for meets other damage.
This module invents members that no seen generator makes (one at least per family) and
composes them in pairs and triples with each other and with seen members, shaped like real
republished pages: a doc farm's reprint of a PDF copy, a Word export on a county site, a
Traditional mirror carrying spam, a WeChat repost.  ``single_mix17_*`` applies one new member
alone (the figure its combinations are compared with).

Three combinations are BLIND (``mix17_blind_*``; written in words in
/work/notes/mixed17/blind.md before any cleaner change): their blind-only members are used
nowhere else, and their failures were not read while rules were changed.

Registered under the ``mixed`` family only when this module is imported
(``benchmarks/bench_mixed_pairs.py --combos17``): the benchmark's usual figures do not change.
"""

from __future__ import annotations

import regex

from tests.noise.wide.core import Damager
from tests.noise.wide.families.encoding import mangle_lines
from tests.noise.wide.families.ruby import ruby_groups
from tests.noise.wide.families.script import convert_span
from tests.noise.wide.families.spam import inline_brand
from tests.noise.wide.registry import (
    body_lines, end_of_body, han_points, paragraph_insert, register, run_as, safe_cut, split_tokens, top_of_body,
    wrap_points,
)

# --------------------------------------------------------------------------- new members (tuned on)


@register("mix17_lay_word_vt", "layout",
          description="a Word copy whose manual line breaks (Shift+Enter) came out as vertical tabs inside paragraphs")
def _word_vt(d: Damager) -> None:
    lines = [li for li in body_lines(d) if li.end - li.start > 36]
    d.rng.shuffle(lines)
    for li in lines[: d.rng.randint(2, 5)]:
        cuts = wrap_points(d.text[li.start : li.end], d.rng.randint(24, 40))
        for c in cuts[:2]:
            d.insert(li.start + c, "\x0b", kind="insert")


FARM_TOP = (
    "来源：{site}　　作者：佚名　　责任编辑：admin　　发布时间：2021-06-01 10:22:13　　浏览次数：1,234",
    "文章来源：{site}  编辑：小法  发布日期：2022-03-17  阅读：5678次",
    "信息来源：{site} | 责编：张三 | 更新时间：2020-11-05 | 点击：321",
)
FARM_RELATED_HEAD = ("相关文章", "相关法规：", "推荐阅读", "猜你喜欢")
FARM_RELATED = (
    "· 关于印发《城市绿化管理办法》的通知", "· 某某省道路交通安全条例（2021修正）", "· 关于进一步加强安全生产工作的意见",
    "· 某某市物业管理条例全文", "· 中华人民共和国行政许可法释义", "· 关于开展专项整治行动的实施方案",
)
FARM_BOTTOM = (
    "免责声明：本站部分内容来源于网络，如有侵权请联系删除。",
    "本文网址：http://www.fagui365.com/dfxfg/12345.html",
    "声明：本网转载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
)
FARM_SITES = ("法律法规网", "中国法规库", "律师之家", "法务之家网")


@register("mix17_furn_farm_chrome", "furniture",
          description="a doc farm's chrome: a 来源/作者/责任编辑/浏览次数 line at the top; a related-article list and a "
                      "disclaimer or URL line at the end")
def _farm_chrome(d: Damager) -> None:
    rng = d.rng
    site = rng.choice(FARM_SITES)
    s = rng.choice(FARM_TOP).format(site=site)
    pos, new = paragraph_insert(d, top_of_body(d), s)
    d.insert(pos, new, tokens=split_tokens(s))
    block = [rng.choice(FARM_RELATED_HEAD), *rng.sample(FARM_RELATED, rng.randint(3, 5)), rng.choice(FARM_BOTTOM)]
    s = "\n".join(block)
    pos, new = paragraph_insert(d, end_of_body(d), s)
    d.insert(pos, new, tokens=[t for line in block for t in split_tokens(line)])


EMOJI = (("🔥", "🔥"), ("👉", "👈"), ("✅", ""), ("💰", "💰"), ("🎁", "🎁"), ("⭐️", "⭐️"))


@register("mix17_spam_emoji_brand", "spam", description="inline brands decorated with emoji (👉澳门新葡京官网👈)")
def _emoji_brand(d: Damager) -> None:
    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(2, 4)]:
        s, toks = inline_brand(d.rng)
        left, right = d.rng.choice(EMOJI)
        d.insert(p, f"{left}{s}{right}", tokens=[f"{left}{s}{right}", *toks, *(x for x in (left, right) if x)])


@register("mix17_ruby_padded", "ruby", description="马鞍( an )山: a blank inside each bracket of the reading")
def _ruby_padded(d: Damager) -> None:
    ruby_groups(d, pairs=(("( ", " )"), ("（ ", " ）")))


def _cp1250(seg: str) -> str | None:
    """UTF-8 as a browser's windows-1250 reader shows it: the five bytes cp1250 leaves undefined read as C1 controls."""
    return "".join(b.decode("cp1250", errors="strict") if b[0] not in b"\x81\x83\x88\x90\x98" else chr(b[0])
                   for b in (bytes([x]) for x in seg.encode("utf-8")))


@register("mix17_enc_utf8_as_cp1250_lines", "encoding",
          description="lines of UTF-8 read as cp1250 (a Central European Windows locale: ä¸­ -> ä¸­, Ĺ‚ …)")
def _enc_cp1250(d: Damager) -> None:
    mangle_lines(d, _cp1250)


@register("mix17_scr_mixed_standards", "script",
          description="a mirror whose paragraphs were converted each by another standard (s2t, s2tw, s2hk), a third left Simplified")
def _mixed_standards(d: Damager) -> None:
    for line in d.base.lines:
        r = d.rng.random()
        if r < 0.66:
            convert_span(d, line.start, line.end, ("s2t", "s2tw", "s2hk")[int(r / 0.22)])


_HALF = {"。": "｡", "、": "､", "「": "｢", "」": "｣"}


@register("mix17_wid_halfwidth_forms", "width",
          description="half-width forms ｡､ (a Japanese IME or Shift-JIS route) for 。、 in some paragraphs")
def _halfwidth(d: Damager) -> None:
    lines = body_lines(d)
    for li in lines:
        if d.rng.random() < 0.4:
            for m in regex.finditer("[。、「」]", d.text[li.start : li.end]):
                p = li.start + m.start()
                d.edit(p, p + 1, _HALF[m.group()], kind="transform", tokens=[_HALF[m.group()]])


# --------------------------------------------------------------------------- damage of two families on the SAME span
# (the Damager refuses edits inside another's span, so each of these applies both damages in one edit)


@register("mix17_enc_gbk_wrapped", "encoding",
          description="a line of UTF-8 read as GBK, then hard-wrapped at 26-34 characters of the mojibake (a garbled page "
                      "printed to PDF and copied back)")
def _enc_gbk_wrapped(d: Damager) -> None:
    from tests.noise.wide.families.encoding import _tokens, utf8_as_gbk

    def garble(start: int, end: int) -> bool:
        """``text[start:end]`` read as GBK and wrapped at 26-34 characters; False when a byte would be lost."""
        seg = d.text[start:end]
        new = utf8_as_gbk(seg)
        if new is None:
            return False
        w = d.rng.randint(26, 34)
        wrapped = "\n".join(new[i : i + w] for i in range(0, len(new), w))
        return bool(d.edit(start, end, wrapped, kind="transform", tokens=_tokens(new, seg)))

    lines = [li for li in body_lines(d) if li.end - li.start > 30]
    d.rng.shuffle(lines)
    done = 0
    for li in lines:
        if done >= d.rng.randint(1, 3):
            break
        if garble(li.start, li.end):
            done += 1
    if not done:
        # no whole line's bytes read as strict GBK (a short law, the test suite's): the longest stretch of a line
        # that does (8 characters at least); the pages damaged before are damaged as before
        for li in [li for li in body_lines(d) if li.end - li.start > 10]:
            spans = ((a, b) for a in range(li.start, min(li.end - 8, li.start + 20))
                     for b in range(li.end, a + 7, -1))
            found = next(((a, b) for a, b in spans if utf8_as_gbk(d.text[a:b]) is not None), None)
            if found and garble(*found):
                break


@register("mix17_spam_ruby_brand", "spam",
          description="an inline brand that the ruby site annotated too: 万(wan)博(bo)体(ti)育(yu)官网 between two words")
def _spam_ruby_brand(d: Damager) -> None:
    from tests.noise.wide.families.ruby import HAN_RUN, _readings
    from pypinyin import Style

    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(2, 3)]:
        s, toks = inline_brand(d.rng)
        out = []
        for run in regex.split(r"(\p{Han}+)", s):
            if run and HAN_RUN.fullmatch(run):
                readings = _readings(run, Style.NORMAL)
                out.append("".join(f"{c}({r})" for c, r in zip(run, readings)) if readings else run)
            else:
                out.append(run)
        d.insert(p, "".join(out), tokens=toks)


@register("mix17_spam_trad_brand", "spam",
          description="an inline brand converted to Traditional with the page (萬博體育官網 in an s2t mirror)")
def _spam_trad_brand(d: Damager) -> None:
    from tests.noise.wide.families.script import cc

    points = han_points(d, body_lines(d))
    d.rng.shuffle(points)
    for p in points[: d.rng.randint(2, 3)]:
        s, toks = inline_brand(d.rng)
        t = cc("s2t").convert(s)
        d.insert(p, t, tokens=[t, *(cc("s2t").convert(x) for x in toks)])


@register("mix17_lay_label_trad_spaced_glued", "layout",
          description="article labels damaged three ways at once: Traditional (條), letter-spaced and glued to the line before")
def _label_thrice(d: Damager) -> None:
    from tests.noise.wide.families.script import cc

    text = d.text
    for li in body_lines(d, ("label",)):
        m = _LABEL.match(text, li.start, li.end)
        if not m or li.start < 2 or text[li.start - 1] != "\n":
            continue
        spaced = d.rng.choice((" ", "\u3000")).join(cc("s2t").convert(m.group()))
        gap_start = li.start - 1
        while gap_start > 0 and text[gap_start - 1] == "\n":
            gap_start -= 1
        glue = d.rng.random() < 0.3 and text[gap_start - 1] in "。；"
        d.edit(gap_start if glue else li.start, m.end(), spaced if glue else spaced, kind="replace", tokens=[spaced])


# --------------------------------------------------------------------------- blind-only members (blind.md)


WECHAT_TOP = ("点击上方蓝字关注我们", "点击上方“普法在线”关注我们")
WECHAT_BYLINE = ("原创 普法在线 2021-05-06 08:30", "原创 法治某市 法治某市 2022-09-12 17:45")
WECHAT_TAIL = ("长按识别二维码关注", "点个“在看”，分享给更多人", "阅读原文", "喜欢此内容的人还喜欢")


@register("mix17_blind_furn_wechat", "furniture",
          description="BLIND: a WeChat repost's chrome (点击上方蓝字关注我们, an 原创 byline; 长按识别二维码关注, 在看, 阅读原文)")
def _blind_wechat(d: Damager) -> None:
    rng = d.rng
    head = [rng.choice(WECHAT_TOP), rng.choice(WECHAT_BYLINE)]
    s = "\n".join(head)
    pos, new = paragraph_insert(d, top_of_body(d), s)
    d.insert(pos, new, tokens=[t for x in head for t in split_tokens(x)])
    tail = rng.sample(WECHAT_TAIL, rng.randint(2, 4))
    s = "\n".join(tail)
    pos, new = paragraph_insert(d, end_of_body(d), s)
    d.insert(pos, new, tokens=[t for x in tail for t in split_tokens(x)])


@register("mix17_blind_wid_ellipsis_dash", "width",
          description="BLIND: …… typed as ...... and —— as -- (an ASCII keyboard)")
def _blind_ellipsis(d: Damager) -> None:
    for li in body_lines(d, ("label", "para", "heading", "title")):
        for m in regex.finditer("……|——", d.text[li.start : li.end]):
            new = "......" if m.group() == "……" else "--"
            d.edit(li.start + m.start(), li.start + m.end(), new, kind="transform", tokens=[new])
    # laws with neither: the keyboard also typed the page's full stops of one paragraph as ASCII
    if not d.edits:
        lines = body_lines(d)
        li = d.rng.choice(lines)
        for m in regex.finditer("。", d.text[li.start : li.end]):
            d.edit(li.start + m.start(), li.start + m.end(), ".", kind="transform", tokens=["."])


_LABEL = regex.compile(r"第[一二三四五六七八九十百零〇两]+条(?:之[一二三四五六七八九十]+)?")


@register("mix17_blind_scr_labels_only", "script",
          description="BLIND: a mirror that converted only headings and article labels to Traditional (第十二條, 第一章 總則)")
def _blind_labels_only(d: Damager) -> None:
    for line in d.base.lines:
        if line.kind == "heading":
            convert_span(d, line.start, line.end, "s2t")
        elif line.kind == "label":
            m = _LABEL.match(d.text, line.start, line.end)
            if m:
                convert_span(d, m.start(), m.end(), "s2t")


def _koi8(seg: str) -> str | None:
    return seg.encode("utf-8").decode("koi8_r")


@register("mix17_blind_enc_utf8_as_koi8_lines", "encoding", description="BLIND: lines of UTF-8 read as KOI8-R")
def _blind_koi8(d: Damager) -> None:
    mangle_lines(d, _koi8)


@register("mix17_blind_lay_word_tab", "layout",
          description="BLIND: Word list numbering saved as txt: a TAB after each article label, wrapped continuation lines "
                      "indented with four blanks")
def _blind_word_tab(d: Damager) -> None:
    text = d.text
    for li in body_lines(d, ("label",)):
        m = regex.match(r"(第[一二三四五六七八九十百零〇两]+条(?:之[一二三四五六七八九十]+)?)([ \u3000]+)", text[li.start : li.end])
        if m:
            d.edit(li.start + m.end(1), li.start + m.end(2), "\t", kind="replace", tokens=[])
    for li in body_lines(d):
        seg = text[li.start : li.end]
        if len(seg) > 40:
            for c in wrap_points(seg, 38):
                if safe_cut(seg, c):
                    d.insert(li.start + c, "\n    ")


# --------------------------------------------------------------------------- combinations

#: name -> members applied in order (tuned: I read their failures).
COMBOS: dict[str, tuple[str, ...]] = {
    # one new member alone
    **{f"single_{n}": (n,) for n in (
        "mix17_lay_word_vt", "mix17_furn_farm_chrome", "mix17_spam_emoji_brand", "mix17_ruby_padded",
        "mix17_enc_utf8_as_cp1250_lines", "mix17_scr_mixed_standards", "mix17_wid_halfwidth_forms")},
    # whole pages
    "mix17_farm_pdf_reprint": ("mix17_spam_emoji_brand", "layout_pdf_page_breaks", "mix17_furn_farm_chrome"),
    "mix17_county_word_vt": ("mix17_lay_word_vt", "width_ascii_punct", "furn_breadcrumb_publish"),
    "mix17_trad_mirror_spam": ("spam_insert_inline", "mix17_scr_mixed_standards", "furn_prev_next"),
    "mix17_trad_mirror_emoji": ("mix17_spam_emoji_brand", "mix17_scr_mixed_standards"),
    "mix17_ruby_cp1250_wrap": ("mix17_ruby_padded", "mix17_enc_utf8_as_cp1250_lines", "layout_hard_wrap_30"),
    "mix17_halfwidth_blank_hk": ("mix17_wid_halfwidth_forms", "layout_wrap_blank_in_words", "script_s2hk_page"),
    "mix17_emoji_narrow_wrap": ("mix17_spam_emoji_brand", "layout_hard_wrap_narrow"),
    "mix17_vt_ruby_gbk": ("mix17_lay_word_vt", "mix17_ruby_padded", "enc_utf8_as_gbk_lines"),
    "mix17_farm_halfwidth_cp1250": ("mix17_furn_farm_chrome", "mix17_wid_halfwidth_forms", "mix17_enc_utf8_as_cp1250_lines"),
    "mix17_padded_ruby_spaced_labels": ("mix17_ruby_padded", "layout_spaced_labels", "width_fullwidth_digits"),
    "mix17_farm_spam_lines_pdf": ("spam_lines_seo", "mix17_furn_farm_chrome", "layout_pdftotext_pages"),
    "mix17_halfwidth_ruby_trad": ("mix17_ruby_padded", "mix17_wid_halfwidth_forms", "script_s2tw_page"),
    # two damages on one span, alone and with a seen member of a third family
    "mix17_same_gbk_wrapped": ("mix17_enc_gbk_wrapped", "layout_hard_wrap_30"),
    "mix17_same_ruby_brand": ("mix17_spam_ruby_brand", "ruby_paren_ascii"),
    "mix17_same_trad_brand": ("mix17_spam_trad_brand", "script_s2t_page", "furn_share"),
    "mix17_same_label_thrice": ("mix17_lay_label_trad_spaced_glued", "script_s2t_page"),
    "mix17_same_label_thrice_wrap": ("mix17_lay_label_trad_spaced_glued", "script_s2tw_page", "layout_hard_wrap_30"),
    # attribution: which member of mix17_farm_spam_lines_pdf leaves its wraps
    "mix17_diag_pdftotext": ("layout_pdftotext_pages",),
    "mix17_diag_seo_pdftotext": ("spam_lines_seo", "layout_pdftotext_pages"),
    "mix17_diag_farm_pdftotext": ("mix17_furn_farm_chrome", "layout_pdftotext_pages"),
}
#: The blind combinations (blind.md): measured, never read before the end.
BLIND: dict[str, tuple[str, ...]] = {
    "mix17_blind_wechat_repost": ("mix17_spam_emoji_brand", "mix17_blind_wid_ellipsis_dash", "mix17_blind_furn_wechat"),
    "mix17_blind_trad_labels_koi8": ("mix17_ruby_padded", "mix17_blind_enc_utf8_as_koi8_lines", "mix17_blind_scr_labels_only"),
    "mix17_blind_word_tab_farm": ("mix17_blind_lay_word_tab", "mix17_wid_halfwidth_forms", "mix17_furn_farm_chrome"),
}


def _composed(members: tuple[str, ...]):
    def apply(d: Damager) -> None:
        for name in members:
            run_as(d, name)

    return apply


for _name, _members in {**COMBOS, **BLIND}.items():
    register(_name, "mixed",
             description=" then ".join(_members))(_composed(_members))
