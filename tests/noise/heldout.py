"""HELD-OUT NOISE VARIANTS — CLEANER DEVELOPERS MUST NOT READ THIS FILE.

This module is the sealed half of the wide noise benchmark (issue 15).  Its
variants are new members of the same families as ``tests/noise/wide``: other
brands, brackets, furniture strings, chrome layouts, romanisation quirks and
encodings.  They exist to measure generalisation honestly: a cleaner tuned on
what is written here is measured on what it memorised.  If you work on
``corpus_tools/clean`` (or on anything the benchmark scores), do not open,
grep, diff or print this file, and do not look at per-variant held-out output
beyond the totals the benchmark prints with ``--heldout``.  Only the lead and
the benchmark's owner edit it; when a variant leaks, replace it with a new
one and say so in the commit message.
"""

from __future__ import annotations

import unicodedata

import regex
from pypinyin import Style

from tests.noise.wide.core import NUM, Damager
from tests.noise.wide.families import encoding as enc
from tests.noise.wide.families import furniture as furn
from tests.noise.wide.families import layout as lay
from tests.noise.wide.families import ruby as rb
from tests.noise.wide.families import script as scr
from tests.noise.wide.families import spam as sp
from tests.noise.wide.registry import body_lines, paragraph_insert, register, run_as, split_tokens, wrap_points

H = dict(heldout=True)

# --------------------------------------------------------------------------- ruby


@register("ho_ruby_other_brackets", "ruby", **H, description="〈an〉 ｛an｝ ［an］")
def _ruby_brackets(d: Damager) -> None:
    rb.ruby_groups(d, pairs=(("〈", "〉"), ("｛", "｝"), ("［", "］")))


@register("ho_ruby_combining_tones", "ruby", **H, description="tone marks as combining diacritics (a + U+0304)")
def _ruby_combining(d: Damager) -> None:
    n0 = len(d.edits)
    rb.ruby_groups(d, style="tone")
    for e in d.edits[n0:]:
        e.new = unicodedata.normalize("NFD", e.new)
        e.tokens = tuple(unicodedata.normalize("NFD", t) for t in e.tokens)


def _bopomofo(d: Damager, rate: float = 0.25) -> None:
    text = d.text
    for line in body_lines(d, ("label", "para")):
        for run in rb.HAN_RUN.finditer(text, line.start, line.end):
            readings = rb._readings(run.group(), Style.BOPOMOFO)
            if readings is None:
                continue
            for offset, reading in enumerate(readings):
                if d.rng.random() < rate:
                    left, right = d.rng.choice((("(", ")"), ("（", "）")))
                    d.insert(run.start() + offset + 1, f"{left}{reading}{right}", tokens=[reading])


@register("ho_ruby_bopomofo", "ruby", **H, description="zhuyin readings: 鞍(ㄢ)")
def _ruby_bopo(d: Damager) -> None:
    _bopomofo(d)


@register("ho_ruby_space_before", "ruby", **H, description="a blank before the group: 鞍 (an)")
def _ruby_space(d: Damager) -> None:
    rb.ruby_groups(d, space_before=True, pairs=(("(", ")"), ("（", "）")))


@register("ho_ruby_upper_tone3", "ruby", **H, description="(AN1): capitals with tone numbers")
def _ruby_upper3(d: Damager) -> None:
    rb.ruby_groups(d, style="tone3", case="upper")


@register("ho_ruby_u_as_yu", "ruby", **H, description="ü written yu (绿(lyu), 略(lyue)), as passports do")
def _ruby_yu(d: Damager) -> None:
    rb.ruby_groups(d, u_as="yu", rate=0.1, prefer_u=True)


@register("ho_ruby_html_word", "ruby", fmt="html", **H, description="<ruby>马鞍山<rt>mǎ ān shān</rt></ruby>: a word, readings space-separated")
def _ruby_word(d: Damager) -> None:
    rb.html_ruby(d, word=True)


@register("ho_ruby_html_rb_fullwidth_rp", "ruby", fmt="html", **H, description="<ruby><rb>鞍</rb><rp>（</rp><rt>ān</rt><rp>）</rp></ruby>")
def _ruby_rb(d: Damager) -> None:
    n0 = len(d.edits)
    rb.html_ruby(d, rp=True, rb=True)
    for e in d.edits[n0:]:
        e.new = e.new.replace("<rp>(</rp>", "<rp>（</rp>").replace("<rp>)</rp>", "<rp>）</rp>")


# --------------------------------------------------------------------------- spam

HELD_VOCAB = sp.Vocabulary(
    stems=("龙腾娱乐城", "吉祥坊", "永盈会", "沙巴", "凯旋门国际", "博天堂", "云顶", "太阳城集团", "新宝", "大三元", "喜来登娱乐", "万家乐彩"),
    latin=("longteng", "jxf", "yyh", "saba", "kxm", "btt", "yunding", "tyc", "xinbao", "dsy", "xld", "wjlc"),
    categories=("娱乐城", "博彩", "六合彩", "百家乐", "轮盘", "老虎机"),
    suffixes=("官方认证", "唯一官网", "备用网址", "线路检测", "手机投注", "开户"),
    tlds=(".me", ".tv", ".win", ".bet", ".club"),
    separators=("~", "/", "—", "•"),
    decorations=(("〖", "〗"), ("『", "』"), ("★", "★")),
    promo=("首充返利", "日出千万", "大额无忧", "24小时在线"),
    seo=("站群", "黑帽SEO", "泛目录", "寄生虫", "秒收录"),
    seo_heads=("推荐阅读：", "猜你喜欢：", "TAGS："),
)

register("ho_spam_replace_mirror", "spam", **H, description="a held-out brand replaces a word everywhere; mirror witness")(
    sp._replace_variant(witness="mirror", v=HELD_VOCAB))
register("ho_spam_replace_decorated", "spam", **H, description="〖brand〗 / 『brand』 replaces a word; mirror witness")(
    sp._replace_variant(witness="mirror", decorated=True, v=HELD_VOCAB))


@register("ho_spam_insert_inline", "spam", **H, description="held-out brands inserted into sentences")
def _spam_ins(d: Damager) -> None:
    sp.insert_inline(d, lambda r: sp.brand(r, HELD_VOCAB))


@register("ho_spam_insert_decorated_sep", "spam", **H, description="★brand~latin★ inserted into sentences")
def _spam_ins_deco(d: Damager) -> None:
    def make(r):
        s, toks = sp.brand(r, HELD_VOCAB, form="sep_latin")
        s2, deco = sp.decorate(s, r, HELD_VOCAB)
        return s2, [s2, *toks, *deco]

    sp.insert_inline(d, make)


@register("ho_spam_lines_seo", "spam", **H, description="猜你喜欢：… lines of held-out SEO keywords")
def _spam_seo(d: Damager) -> None:
    sp.insert_lines(d, lambda r: sp.seo_line(r, HELD_VOCAB))


@register("ho_spam_lines_promo_links", "spam", **H, description="held-out promotion lines and links")
def _spam_promo(d: Damager) -> None:
    sp.insert_lines(d, lambda r: sp.spam_line(r, HELD_VOCAB) if r.random() < 0.5 else sp.link_line(r, HELD_VOCAB))


# --------------------------------------------------------------------------- furniture

HELD_STRINGS = furn.Strings(
    print_cn=("【打印此页】【关闭此页】", "打印文章 关闭文章", "〖打印〗〖关闭〗", "[ 打印 ] [ 关闭 ]"),
    print_en=("Print Page | Close Window", "PRINT  CLOSE  TOP", "Back to top", "Print｜Close"),
    pagination=("« 1 2 3 »", "页码：1/3", "[1] [2] [3] 下页", "第 1 / 3 页", "共5页 1 2 3 4 5 跳转"),
    share=("Share: WeChat Weibo", "分享：微信好友 QQ好友 钉钉", "转发到：", "分享本页：【微信】【微博】"),
    scan=("手机扫码阅读", "使用手机扫描二维码阅读本文", "扫码在移动端查看"),
    font=("字号：默认 大 超大", "字体大小：T T T", "【大字版】【标准版】", "〔放大〕〔缩小〕〔默认〕"),
    breadcrumb=("位置：网站首页 » 法规文件 » 详情", "您所在位置：主页→政策文件→详细内容"),
    publish=("文章来源：政府办 发布时间：2023年5月6日 阅读量：2891", "【发布单位：法制科】【发布日期：2022-07-01】"),
    attach_heads=("附件列表：", "相关下载：", "【下载附件】"),
    attach_ext=(".wps", ".ofd", ".zip"),
    note_heads=("脚注：", "【注】"),
    markers=("〔{n}〕", "^{n}", "【{n}】"),
    sites=("某自治州人民政府", "某县人民政府网", "某开发区管委会"),
    menus=("首 页 | 政府信息 | 公共服务 | 政民互动 | 数据开放", "主页 要闻动态 公开目录 办事大厅 民意征集"),
    toggles=("适老化", "读屏专用", "大字幕", "语音播报", "智能问答"),
    related=("友情链接", "部门网站", "县区网站", "兄弟城市", "新闻媒体"),
    footer=("网站主办单位：某县人民政府办公室", "政府网站找错", "网站标识码 4400000031", "粤ICP备12345678号-2", "技术支持：某科技有限公司",
            "您是第123456位访客"),
    modal=("即将跳转至外部网站，请注意信息安全", "本链接将离开政府网站", "确定", "取消"),
    prevnext=("上一条：某县农村公路条例", "下一条：暂无"),
)


@register("ho_furn_print_close", "furniture", **H, description="held-out print/close strings, Chinese and English")
def _f_print(d: Damager) -> None:
    furn.furniture_lines(d, HELD_STRINGS.print_cn + HELD_STRINGS.print_en)


@register("ho_furn_pagination", "furniture", **H, description="« 1 2 3 », 页码：1/3 between articles and at the bottom")
def _f_page(d: Damager) -> None:
    furn.furniture_lines(d, HELD_STRINGS.pagination, where=("middle", "bottom"), n=(1, 3))


@register("ho_furn_share_scan_font", "furniture", **H, description="held-out share, scan and font-size strings")
def _f_share(d: Damager) -> None:
    furn.furniture_lines(d, HELD_STRINGS.share + HELD_STRINGS.scan + HELD_STRINGS.font)


@register("ho_furn_attachments", "furniture", **H, description="附件列表： .wps/.ofd files after the last article")
def _f_att(d: Damager) -> None:
    lines = furn.attachment_block(d.rng, d.base.law.title, HELD_STRINGS)
    end = furn.end_of_body(d)
    for s in lines:
        pos, new = paragraph_insert(d, end, s)
        d.insert(pos, new, tokens=[s])


@register("ho_furn_footnotes", "furniture", **H, description="〔1〕 / ^1 footnote markers and notes")
def _f_notes(d: Damager) -> None:
    furn.footnotes(d, HELD_STRINGS)


@register("ho_html_chrome_div", "furniture", fmt="html", **H, description="complete saved page, held-out strings, chrome in <div>s")
def _f_chrome(d: Damager) -> None:
    furn.chrome(d, HELD_STRINGS, style="div")


@register("ho_html_chrome_sidebar", "furniture", fmt="html", **H, description="new layout: a sidebar column of link lists before the content, a fixed toolbar after it")
def _f_sidebar(d: Damager) -> None:
    text = d.text
    rng = d.rng
    s = HELD_STRINGS
    side_items = list(s.related) + ["热点专题", "政策解读", "图片新闻"]
    rng.shuffle(side_items)
    side = '<div class="wrap"><div class="left"><dl>' + "".join(f"<dd><a href=\"#\">{x}</a></dd>" for x in side_items[:6]) + "</dl></div>\n"
    side += f'<div class="right"><div class="pos">{rng.choice(s.breadcrumb)}</div>\n'
    toolbar = '</div></div>\n<div class="fixbar"><span>返回顶部</span> <span>打印</span> <span>关闭</span> <span>收藏本页</span></div>\n'
    toolbar += '<div class="foot">' + " ".join(rng.sample(s.footer, 3)) + "</div>\n"
    open_at = text.index("<body>\n") + len("<body>\n")
    close_at = text.index("</body>")
    d.insert(open_at, side, tokens=[t for x in side_items[:6] for t in split_tokens(x)])
    d.insert(close_at, toolbar, tokens=["返回顶部", "收藏本页", *[t for f in s.footer for t in split_tokens(f)]])


# --------------------------------------------------------------------------- scripts and encodings


@register("ho_script_s2t_sentences", "script", **H, description="some sentences (30%) converted to Traditional inside Simplified paragraphs")
def _s_sent(d: Damager) -> None:
    scr.convert_lines(d, "s2t", unit="sentence", fraction=0.3)


@register("ho_script_mirror_slips", "script", **H, description="whole page s2hk with 15% of converted characters left Simplified (mirror slips)")
def _s_slips(d: Damager) -> None:
    n0 = len(d.edits)
    scr.convert_lines(d, "s2hk")
    keep = [e for e in d.edits[n0:] if d.rng.random() >= 0.15]
    d.edits[n0:] = keep


@register("ho_enc_big5_html", "encoding", fmt="html", **H, description="an HTML page in Traditional, Big5 bytes, meta charset=big5")
def _e_big5html(d: Damager) -> None:
    scr.big5_page(d, "s2tw")


def _gbk_as_big5(seg: str) -> str | None:
    try:
        return seg.encode("gbk").decode("big5")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None


def _utf8_as_big5(seg: str) -> str | None:
    return seg.encode("utf-8").decode("big5", errors="replace")


@register("ho_enc_gbk_as_big5_lines", "encoding", **H, description="lines of GBK read as Big5")
def _e_gbk_big5(d: Damager) -> None:
    enc.mangle_spans(d, _gbk_as_big5)


@register("ho_enc_utf8_as_big5_lines", "encoding", lossy=True, **H, description="lines of UTF-8 read as Big5, undecodable bytes as U+FFFD: lossy")
def _e_u8_big5(d: Damager) -> None:
    n0 = len(d.edits)
    enc.mangle_lines(d, _utf8_as_big5, n=(1, 2))
    for e in d.edits[n0:]:
        e.lossy, e.note = True, "bytes lost to U+FFFD"


@register("ho_enc_double_cp1252", "encoding", **H, description="UTF-8 read as cp1252 twice (Ã¤Â¸Â­)")
def _e_double(d: Damager) -> None:
    enc.mangle_lines(d, lambda s: enc.as_cp1252(enc.as_cp1252(s.encode("utf-8")).encode("utf-8")), n=(1, 2))


@register("ho_enc_c1_controls", "encoding", **H, description="C1 control characters (U+0080-U+009F) between characters")
def _e_c1(d: Damager) -> None:
    enc.invisible(d, tuple(chr(c) for c in range(0x80, 0xA0) if c != 0x85))


@register("ho_enc_utf8_as_gbk_spans", "encoding", **H, description="short spans (2-6 characters) of UTF-8 read as GBK inside clean lines")
def _e_spans(d: Damager) -> None:
    rng = d.rng
    for li in rng.sample(body_lines(d), min(3, len(body_lines(d)))):
        seg = d.text[li.start : li.end]
        for _ in range(5):
            a = rng.randrange(0, max(1, len(seg) - 6))
            b = a + rng.choice((2, 4, 6))
            new = enc.utf8_as_gb18030(seg[a:b])
            if new and regex.fullmatch(r"\p{Han}+", seg[a:b]):
                d.edit(li.start + a, li.start + b, new, kind="transform", tokens=enc._tokens(new, seg[a:b]))
                break


# --------------------------------------------------------------------------- width


@register("ho_width_halfwidth_cjk_punct", "width", **H, description="halfwidth forms ｡ ､ for 。、")
def _w_half(d: Damager) -> None:
    for li in body_lines(d):
        for m in regex.finditer(r"[。、]", d.text[li.start : li.end]):
            if d.rng.random() < 0.5:
                new = {"。": "｡", "、": "､"}[m.group()]
                d.edit(li.start + m.start(), li.start + m.end(), new, kind="transform", tokens=[new])


@register("ho_width_ascii_full_stop", "width", **H, description="。 written . between Chinese sentences (mid-paragraph)")
def _w_stop(d: Damager) -> None:
    for li in body_lines(d):
        for m in regex.finditer(r"(?<=\p{Han})。(?=\p{Han})", d.text, pos=li.start, endpos=li.end):
            if d.rng.random() < 0.6:
                d.edit(m.start(), m.end(), ".", kind="transform", tokens=["."])


# --------------------------------------------------------------------------- layout


@register("ho_layout_numeric_entity_indent", "layout", fmt="html", **H, description="&#12288;&#12288; before every paragraph")
def _l_entity(d: Damager) -> None:
    lay.indent_labels(d, "ideographic", all_lines=True, html_entity="&#12288;&#12288;")


@register("ho_layout_label_cell", "layout", fmt="html", **H, description="articles as table rows, the label in its own cell")
def _l_cell(d: Damager) -> None:
    lines = d.base.lines
    d.insert(lines[0].outer_start, "<table>\n")
    for li in lines:
        if li.kind == "label":
            m = regex.match(rf"第[{NUM}]+条(?:之[一二三四五六七八九十]+)?[ \u3000]", d.text[li.start : li.end])
            d.insert(li.outer_start, "<tr><td>")
            d.edit(li.start + m.end() - 1, li.start + m.end(), "</p></td><td><p>", kind="transform")
            d.insert(li.outer_end - 1, "</td></tr>")
    d.insert(lines[-1].outer_end, "</table>\n")


@register("ho_layout_div_span", "layout", fmt="html", **H, description="<div><span> per paragraph, label in <strong>, spans split mid-sentence")
def _l_divspan(d: Damager) -> None:
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        d.edit(li.outer_start, li.start, '<div class="p"><span>', kind="transform")
        d.edit(li.end, li.outer_end - 1, "</span></div>", kind="transform")
        m = regex.match(rf"第[{NUM}]+条", seg)
        if li.kind == "label" and m:
            d.insert(li.start, "<strong>")
            d.insert(li.start + m.end(), "</strong>")
        cuts = wrap_points(seg, d.rng.randint(10, 30))
        for c in cuts[:2]:
            d.insert(li.start + c, '</span><span style="">')


@register("ho_layout_wrap_trailing_spaces", "layout", **H, description="hard wraps at 20-30 characters, wrapped lines ending with blanks, CRLF line ends")
def _l_wrap_sp(d: Damager) -> None:
    w = d.rng.randint(20, 30)
    for li in body_lines(d):
        seg = d.text[li.start : li.end]
        for cut in wrap_points(seg, w):
            d.insert(li.start + cut, d.rng.choice(("  ", " ", "\u3000")) + "\r\n", tokens=["\n"])


@register("ho_layout_toc_dotted", "layout", **H, description="目录 with dot leaders and page numbers on every entry")
def _l_toc(d: Damager) -> None:
    got = lay.toc_block(d)
    if got:
        pos, block = got
        lines = block.split("\n")
        out = [lines[0]] + [f"{x}{'.' * d.rng.randint(6, 20)}{d.rng.randint(1, 30)}" if x.strip() else x for x in lines[1:-2]] + lines[-2:]
        d.insert(pos, "\n".join(out), tokens=[lines[0]])


# --------------------------------------------------------------------------- mixed


@register("ho_mixed_html_page", "mixed", fmt="html", **H, description="held-out chrome, word ruby, a Traditional page and <p> splits together")
def _m_html(d: Damager) -> None:
    for name in ("ho_ruby_html_word", "layout_html_p_split", "ho_html_chrome_sidebar", "script_html_s2t_page"):
        run_as(d, name)


@register("ho_mixed_text_page", "mixed", **H, description="held-out spam, bopomofo ruby, halfwidth punctuation, C1 controls")
def _m_text(d: Damager) -> None:
    for name in ("ho_spam_insert_inline", "ho_ruby_bopomofo", "ho_width_halfwidth_cjk_punct", "ho_enc_c1_controls"):
        run_as(d, name)



