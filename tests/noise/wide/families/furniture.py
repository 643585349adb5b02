"""Site furniture: what a government site prints around a law.

Members in plain text: print/close buttons in Chinese and English,
pagination, share bars, scan-to-phone lines, font-size switches, attachment
download lists after the last article, footnote markers with their notes,
breadcrumbs and publication lines; furniture glued to the first or last line.
On complete saved HTML pages: header, navigation menus, accessibility toggles
(无障碍, 长辈版), link lists (相关链接), footers (网站标识码, 京ICP备, 版权所有),
a hidden "您即将离开本站" modal, in ``<div>`` soup, in semantic elements or in
an old table layout.  :class:`Strings` lets the held-out module reuse the
shapes with other strings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import (
    body_lines, end_of_body, han_points, paragraph_insert, register, split_tokens, top_of_body,
)


@dataclass(frozen=True)
class Strings:
    print_cn: tuple[str, ...]
    print_en: tuple[str, ...]
    pagination: tuple[str, ...]
    share: tuple[str, ...]
    scan: tuple[str, ...]
    font: tuple[str, ...]
    breadcrumb: tuple[str, ...]
    publish: tuple[str, ...]
    attach_heads: tuple[str, ...]
    attach_ext: tuple[str, ...]
    note_heads: tuple[str, ...]
    markers: tuple[str, ...]  # format strings with {n}
    sites: tuple[str, ...]
    menus: tuple[str, ...]
    toggles: tuple[str, ...]
    related: tuple[str, ...]
    footer: tuple[str, ...]
    modal: tuple[str, ...]
    prevnext: tuple[str, ...]


SEEN = Strings(
    print_cn=("打印本页 关闭窗口", "【打印本页】 【关闭窗口】", "[打印本页] [关闭窗口]", "打印 | 关闭", "【打印】【关闭】", "打印本页　关闭本页"),
    print_en=("Print | Close", "[Print] [Close]", "Print this page  Close window", "PRINT | CLOSE", "Print  Close", "【Print】【Close】"),
    pagination=("上一页 1 2 3 下一页", "第1页 共3页", "首页 上一页 下一页 尾页", "共3页 当前第2页", "< 上一页 1 2 3 4 下一页 >", "1 2 3 下一页 尾页",
                "第2页/共4页", "上一页 下一页"),
    share=("分享到：微信 微博 QQ空间", "分享到： 新浪微博 腾讯微博 微信", "分享：", "一键分享", "分享到：[微信] [微博]", "分享至：微信 朋友圈 QQ"),
    scan=("扫一扫在手机打开当前页", "扫一扫 手机看", "用微信扫描二维码 分享至好友和朋友圈", "扫一扫在手机上查看当前页面", "手机扫一扫 打开当前页"),
    font=("【字体：大 中 小】", "字号：大 中 小", "【字体：大 中 小】【打印】【关闭】", "字体：[大] [中] [小]", "【字号 大 中 小】"),
    breadcrumb=("当前位置：首页 > 政务公开 > 政策法规", "您现在的位置：首页 >> 法规规章 >> 地方性法规", "首页 > 信息公开 > 法规文件 > 正文",
                "当前位置: 首页 / 法律法规 / 地方法规"),
    publish=("发布时间：2021-09-29 10:12 来源：市人大常委会 浏览次数：1024", "发布日期：2022-03-28 信息来源：本网 阅读次数：356",
             "时间：2020-05-14 来源：法制办 作者：管理员 点击：88"),
    attach_heads=("附件下载：", "相关附件：", "附件：", "【附件下载】"),
    attach_ext=(".doc", ".docx", ".pdf", ".xls"),
    note_heads=("注释：", "【注释】", "注："),
    markers=("[{n}]", "[注{n}]", "（注{n}）"),
    sites=("某市人民政府", "某省人大常委会", "某市司法局", "某区人民政府门户网站"),
    menus=("首页|政务公开|政务服务|互动交流|走进本市|专题专栏", "首页 机构概况 新闻中心 信息公开 办事服务 公众参与",
           "网站首页|政府信息公开|法规规章|政策解读|在线服务|互动交流"),
    toggles=("无障碍", "长辈版", "繁體", "English", "关怀模式", "无障碍浏览", "简体版"),
    related=("相关链接", "中国政府网", "国务院部门网站", "地方政府网站", "国家法律法规数据库", "全国人大网", "省人民政府网"),
    footer=("主办：某市人民政府办公室", "承办：某市大数据中心", "网站标识码：3200000001", "京ICP备05070218号", "京公网安备 11010202000001号",
            "版权所有：某市人民政府", "网站地图 | 联系我们 | 使用帮助", "建议使用1920×1080分辨率浏览"),
    modal=("您即将离开本站，前往第三方网站", "您访问的链接即将离开本网站，是否继续？", "继续访问", "放弃"),
    prevnext=("上一篇：关于印发实施方案的通知", "下一篇：没有了", "上一篇：无", "下一篇：某市政府工作规则"),
)


def furniture_lines(d: Damager, pool: tuple[str, ...], *, where: tuple[str, ...] = ("top", "bottom"), n: tuple[int, int] = (1, 2)) -> None:
    """Put lines from ``pool`` as paragraphs at the top, bottom or between articles."""
    rng = d.rng
    spots = []
    if "top" in where:
        spots.append(top_of_body(d))
    if "bottom" in where:
        spots.append(end_of_body(d))
    if "middle" in where:
        spots += [li.outer_start for li in body_lines(d, ("label",))][1:]
    picked = rng.sample(spots, min(len(spots), rng.randint(*n))) if "middle" in where else spots
    for spot in picked:
        s = rng.choice(pool)
        pos, new = paragraph_insert(d, spot, s)
        d.insert(pos, new, tokens=split_tokens(s))


@register("furn_print_close_cn", "furniture", description="打印本页 关闭窗口 (and bracketed forms) at the top and bottom")
def _print_cn(d: Damager) -> None:
    furniture_lines(d, SEEN.print_cn)


@register("furn_print_close_en", "furniture", description="Print | Close (English buttons) at the top and bottom")
def _print_en(d: Damager) -> None:
    furniture_lines(d, SEEN.print_en)


@register("furn_pagination", "furniture", description="上一页 1 2 3 下一页, 第1页 共3页 between articles and at the bottom")
def _pagination(d: Damager) -> None:
    furniture_lines(d, SEEN.pagination, where=("middle", "bottom"), n=(1, 3))


@register("furn_share", "furniture", description="分享到：微信 微博 QQ空间 at the bottom")
def _share(d: Damager) -> None:
    furniture_lines(d, SEEN.share, where=("bottom",))


@register("furn_scan", "furniture", description="扫一扫在手机打开当前页 at the top or bottom")
def _scan(d: Damager) -> None:
    furniture_lines(d, SEEN.scan, where=(d.rng.choice(("top", "bottom")),))


@register("furn_font_size", "furniture", description="【字体：大 中 小】 at the top")
def _font(d: Damager) -> None:
    furniture_lines(d, SEEN.font, where=("top",))


@register("furn_breadcrumb_publish", "furniture", description="breadcrumb and publication line above the title")
def _breadcrumb(d: Damager) -> None:
    top = top_of_body(d)
    for pool in (SEEN.breadcrumb, SEEN.publish):
        s = d.rng.choice(pool)
        pos, new = paragraph_insert(d, top, s)
        d.insert(pos, new, tokens=split_tokens(s))


@register("furn_prev_next", "furniture", description="上一篇：… 下一篇：… after the last article")
def _prevnext(d: Damager) -> None:
    end = end_of_body(d)
    for s in d.rng.sample(SEEN.prevnext, 2):
        pos, new = paragraph_insert(d, end, s)
        d.insert(pos, new, tokens=split_tokens(s))


def attachment_block(rng: random.Random, title: str, s: Strings = SEEN) -> list[str]:
    head = rng.choice(s.attach_heads)
    names = [f"{title}{rng.choice(('', '（全文）', '解读', '说明'))}{rng.choice(s.attach_ext)}" for _ in range(rng.randint(1, 3))]
    return [head, *[f"{i}. {n}" if rng.random() < 0.6 else n for i, n in enumerate(names, 1)]]


@register("furn_attachments", "furniture", description="附件下载： list of .doc/.pdf files after the last article")
def _attachments(d: Damager) -> None:
    lines = attachment_block(d.rng, d.base.law.title)
    end = end_of_body(d)
    for s in lines:
        pos, new = paragraph_insert(d, end, s)
        d.insert(pos, new, tokens=[s, *([s.split(". ", 1)[-1]] if ". " in s else [])])


def footnotes(d: Damager, s: Strings = SEEN) -> None:
    """Markers ``[1]`` after words of articles, and the notes after the last article."""
    rng = d.rng
    fmt = rng.choice(s.markers)
    points = han_points(d, body_lines(d), inside=False)
    points = sorted(rng.sample(points, min(len(points), rng.randint(1, 3))))
    end = end_of_body(d)
    notes = [rng.choice(s.note_heads)]
    for n, p in enumerate(points, 1):
        marker = fmt.format(n=n)
        d.insert(p, d.base.escape(marker), tokens=[marker])
        notes.append(f"{marker}{rng.choice(('参见', '详见', '根据'))}《{rng.choice(('中华人民共和国立法法', '本市有关规定', '国务院相关决定'))}》。")
    for line in notes:
        pos, new = paragraph_insert(d, end, line)
        d.insert(pos, new, tokens=[line])


@register("furn_footnotes", "furniture", description="footnote markers [1] in articles, notes after the last article")
def _footnotes(d: Damager) -> None:
    footnotes(d)


@register("furn_glued_end", "furniture", description="打印 | 关闭 / 分享到： glued onto the last line (no line break)")
def _glued_end(d: Damager) -> None:
    last = body_lines(d)[-1]
    s = d.rng.choice(SEEN.print_cn + SEEN.share + SEEN.scan + SEEN.print_en)
    new = d.rng.choice(("", " ", "\u3000")) + s
    d.insert(last.end, d.base.escape(new), tokens=split_tokens(s))


@register("furn_glued_start", "furniture", description="【字体：大 中 小】 glued before the title on its line")
def _glued_start(d: Damager) -> None:
    title = d.base.lines[0]
    s = d.rng.choice(SEEN.font + SEEN.scan + SEEN.print_cn)
    d.insert(title.start, d.base.escape(s + d.rng.choice(("", " ", "\u3000"))), tokens=split_tokens(s))


# --------------------------------------------------------------------------- complete saved HTML pages


def _links(items, rng: random.Random, *, ul: bool = True) -> str:
    if ul:
        return "<ul>" + "".join(f'<li><a href="/{rng.randint(100, 999)}.html">{i}</a></li>' for i in items) + "</ul>"
    return " ".join(f'<a href="/{rng.randint(100, 999)}.html">{i}</a>' for i in items)


def chrome_parts(rng: random.Random, s: Strings, title: str) -> dict[str, tuple[str, list[str]]]:
    """Blocks of site chrome as ``name -> (visible text pieces joined, tokens)`` built by :func:`chrome`."""
    site = rng.choice(s.sites)
    menu = rng.choice(s.menus).replace("|", " ").split()
    toggles = rng.sample(s.toggles, 3)
    related = [s.related[0], *rng.sample(s.related[1:], 3)]
    footer = rng.sample(s.footer, 5)
    meta = [rng.choice(s.publish), rng.choice(s.font), rng.choice(s.print_cn)]
    return {
        "site": (site, [site]),
        "toggles": (" ".join(toggles), toggles),
        "menu": (" ".join(menu), menu),
        "breadcrumb": (rng.choice(s.breadcrumb), []),
        "meta": (" ".join(meta), [t for m in meta for t in split_tokens(m)]),
        "share": (rng.choice(s.share) + " " + rng.choice(s.scan), []),
        "prevnext": (" ".join(rng.sample(s.prevnext, 2)), []),
        "related": (" ".join(related), related),
        "footer": (" ".join(footer), [t for f in footer for t in split_tokens(f)]),
        "modal": (" ".join(s.modal), list(s.modal)),
    }


#: Elements of the chrome blocks per style: ``block -> (open, close)``; None: the style has no such block.
_WRAPPERS = {
    "div": {
        "top": ('<div class="top">', "</div>"), "menu": ('<div class="menu">', "</div>"), "crumb": ('<div class="crumb">', "</div>"),
        "share": ('<div class="share">', "</div>"), "prevnext": ('<div class="pn">', "</div>"),
        "links": ('<div class="links">', "</div>"), "footer": ('<div class="footer">', "</div>"),
    },
    "semantic": {
        "top": ("<header>", "</header>"), "menu": ("<nav>", "</nav>"), "crumb": ('<nav class="crumb">', "</nav>"),
        "share": ('<aside class="share">', "</aside>"), "prevnext": None,
        "links": ("<aside>", "</aside>"), "footer": ("<footer>", "</footer>"),
    },
}


def chrome(d: Damager, s: Strings = SEEN, *, style: str = "div", parts: tuple[str, ...] | None = None) -> None:
    """Wrap the page's content in a site's chrome (before and after the content ``<div>``)."""
    rng = d.rng
    text = d.text
    p = chrome_parts(rng, s, d.base.law.title)
    want = parts or tuple(p)
    h = {k: v for k, v in p.items()}

    def toks(*names):
        out = []
        for n in names:
            if n in want:
                out += [x for x in split_tokens(h[n][0]) if len(x) >= 2] + h[n][1]
        return out

    menu_html = _links(h["menu"][0].split(), rng)
    toggles_html = " | ".join(f'<a href="javascript:;" class="tg">{t}</a>' for t in h["toggles"][0].split())
    related_items = h["related"][0].split()
    related_html = f'<div class="hd">{related_items[0]}</div>' + _links(related_items[1:], rng)
    modal_html = (
        '<div class="modal" id="leave" style="display:none"><div class="box">'
        f'<p>{s.modal[0]}</p><p>{s.modal[1]}</p><a class="ok">{s.modal[2]}</a> <a class="no">{s.modal[3]}</a></div></div>\n'
    )
    script = '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");})();</script>\n'
    if style == "table":
        top = '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2">'
        if "site" in want or "toggles" in want:
            top += f'<table><tr><td class="logo">{h["site"][0]}</td><td align="right">{toggles_html}</td></tr></table>'
        if "menu" in want:
            top += '<table class="menu"><tr>' + "".join(f"<td><a href=\"#\">{m}</a></td>" for m in h["menu"][0].split()) + "</tr></table>"
        top += "</td></tr>\n<tr><td class=\"left\" width=\"200\" valign=\"top\">"
        if "related" in want:
            top += related_html
        top += '</td><td class="main" valign="top">\n'
        if "breadcrumb" in want:
            top += f'<div class="crumb">{h["breadcrumb"][0]}</div>\n'
        if "meta" in want:
            top += f'<div class="info">{h["meta"][0]}</div>\n'
        bottom = ""
        if "share" in want:
            bottom += f'<div class="share">{h["share"][0]}</div>\n'
        if "prevnext" in want:
            bottom += f'<div class="pn">{h["prevnext"][0]}</div>\n'
        bottom += "</td></tr>\n"
        if "footer" in want:
            bottom += '<tr><td colspan="2" class="foot">' + "<br>".join(h["footer"][0].split(" ", 2)) + "</td></tr>\n"
        bottom += "</table>\n"
        if "modal" in want:
            bottom += modal_html
        bottom += script
    else:  # <div> soup, or the same blocks in semantic elements
        w = _WRAPPERS[style]

        def wrap(block: str, inner: str) -> str:
            return f"{w[block][0]}{inner}{w[block][1]}\n"

        top = ""
        if "site" in want or "toggles" in want:
            top += wrap("top", f'<div class="logo">{h["site"][0]}</div><div class="tools">{toggles_html}</div>')
        if "menu" in want:
            top += wrap("menu", menu_html)
        if "breadcrumb" in want:
            top += wrap("crumb", h["breadcrumb"][0])
        if "meta" in want:
            top += f'<div class="info">{h["meta"][0]}</div>\n'
        bottom = ""
        if "share" in want:
            bottom += wrap("share", h["share"][0])
        if "prevnext" in want and w["prevnext"]:
            bottom += wrap("prevnext", h["prevnext"][0])
        if "related" in want:
            bottom += wrap("links", related_html)
        if "footer" in want:
            bottom += wrap("footer", "".join(f"<p>{f}</p>" for f in h["footer"][0].split(" ", 2)))
        if "modal" in want:
            bottom += modal_html
        bottom += script
    body_open = text.index("<body>\n") + len("<body>\n")
    body_close = text.index("</body>")
    if top:
        d.insert(body_open, top, tokens=toks("site", "toggles", "menu", "breadcrumb", "meta", "related" if style == "table" else ""))
    d.insert(body_close, bottom, tokens=toks("share", "prevnext", "footer", "modal", "related" if style != "table" else ""))


@register("html_chrome_divsoup", "furniture", fmt="html", description="complete saved page, chrome in <div>s: header, toggles, menu, breadcrumb, share, links, footer, hidden modal")
def _chrome_div(d: Damager) -> None:
    chrome(d, style="div")


@register("html_chrome_semantic", "furniture", fmt="html", description="complete saved page, chrome in <header>/<nav>/<aside>/<footer>")
def _chrome_sem(d: Damager) -> None:
    chrome(d, style="semantic")


@register("html_chrome_table", "furniture", fmt="html", description="complete saved page in an old table layout (menu row, link column, footer row)")
def _chrome_table(d: Damager) -> None:
    chrome(d, style="table")


@register("html_modal", "furniture", fmt="html", description="only the hidden 您即将离开本站 modal and a script")
def _modal(d: Damager) -> None:
    chrome(d, style="div", parts=("modal",))


@register("html_accessibility_bar", "furniture", fmt="html", description="only the header with 无障碍 / 长辈版 toggles")
def _access(d: Damager) -> None:
    chrome(d, style="div", parts=("site", "toggles"))


@register("html_footer_only", "furniture", fmt="html", description="only the footer: 主办, 网站标识码, 京ICP备, 版权所有")
def _footer(d: Damager) -> None:
    chrome(d, style="div", parts=("footer",))
