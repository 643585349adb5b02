"""Site furniture, session 20 (furn20): runs of a saved page's chrome, in any site's words and language.

The family, in words: what a site's template prints above a law's title and below its last sentence,
as lines a scraper kept: buttons, toggles and counters made only of a site's words (Chinese, English or
both), menus of cells between bars, breadcrumbs, the page's fields whose values were lost, QR captions,
the leaving-site pop-up, the template's CSS and script read as text, and link boxes (a head such as
``相关解读`` with the titles of other pages under it).  A rule must read such a line by what it is made
of, and take a run of them at the page's edge whole, never a signature, a date or an attachment of the
law under its last article.  Real members (tests/real_pages/furn20/SOURCE.md): gov.cn's tail
(扫一扫… / 解读 / two titles / 登录 / 注册), Suzhou's (相关解读 / share / ``img#imgConac {`` / 网站导航：
with the site group's names), shb's (``.xxgk_xgxx a{ color:blue;}`` / 【相关信息】 / 【部门解读】…),
jl.gov.cn's CSS head, an empty-field head (您的位置: / 正文, 来源：, 浏览次数： 次, 文章字号：大中小).

Variants developed with the rule (``clean/chrome_runs.py``):

1. ``furn20_code_tail``: template CSS and script lines among the share widget and site navigation
   after the last article;
2. ``furn20_english_chrome``: English toolbars, breadcrumbs and page counters at the top and bottom;
3. ``furn20_bilingual_menu``: a menu of bilingual cells between bars (or a date and buttons) above the title;
4. ``furn20_link_box_tail``: a link box (head, related titles) then login buttons after the last article;
5. ``furn20_empty_fields_head``: the page's fields with their values lost, a breadcrumb and a share bar
   above the title.

Held out (written here before the rule was measured on them, implemented after it was done, never tuned
on): 6. ``furn20_ho_expand_widgets`` (expand / collapse widgets with arrows or in English between
articles: ``展开阅读全文∨``, ``Read more ▼``); 7. ``furn20_ho_app_promo`` (a mobile site's tail: 手机版 |
电脑版 | 回到顶部, 下载客户端, 扫码关注政务微信); 8. ``furn20_ho_leaving_modal_en`` (the leaving-site
pop-up in English or bilingual, with its buttons).
"""

from __future__ import annotations

from tests.noise.wide.core import Damager
from tests.noise.wide.registry import body_lines, end_of_body, paragraph_insert, register, top_of_body

CODE_TAIL = (
    ("相关解读", "扫一扫在手机打开当前页", "分享到：", "$('#share-1').share();", "img#imgConac {", "height: 55px;", "}",
     "网站导航：", "中国政府网", "本市区县网站", "本市政务网站"),
    (".xxgk_xgxx a{ color:blue;}", "【相关信息】", "关于印发本市有关管理办法的通知", "【打印】", "【关闭】"),
    ("//相关政策", "document.write('相关政策');", "分享到：", "微信"),
    (".bsClose span{font-size: 20px; color: #999;}", ".bsTop{width: 220px;text-align:center}", "分享到 - 微信"),
)
ENGLISH_TOP = (
    ("Home > Policies > Regulations", "Font size: A A A | Print | Close"),
    ("You are here: Home > Laws > Local Regulations",),
    ("Accessibility | Elderly Mode | 简 | 繁 | EN",),
    ("Print | Share | Close",),
)
ENGLISH_BOTTOM = (
    ("Page 2 of 5",), ("Previous 1 2 3 Next",), ("Back to Top",), ("Related Links", "Ministry of Justice", "NPC Database"),
    ("Share: WeChat | Weibo | Email",),
)
BILINGUAL_MENU = (
    "首页 Home | 政务公开 Government | English",
    "2022年11月28日 星期一 | 设为首页 | 加入收藏",
    "网站首页 | 无障碍浏览 | 长者模式 | English",
    "首页 | 打印本页 | 关闭窗口 | 收藏",
)
LINK_BOX = (
    ("解读", "关于进一步规范本市管理工作的解读", "一图读懂本条例", "登录", "注册"),
    ("相关文章", "本市召开座谈会部署贯彻落实工作", "市人大常委会举行第三次会议", "收藏", "分享"),
    ("Related Links", "Ministry of Justice", "State Council Gazette"),
    ("【推荐阅读】", "关于开展专项检查的通知", "扫一扫在手机打开当前页"),
)
EMPTY_FIELDS = (
    ("您的位置: / 正文", "来源：", "发布日期：", "浏览次数： 次", "文章字号：大中小", "分享到：", "微博", "微信"),
    ("当前位置：首页 > 法规", "作者：", "阅读量：1024", "【字号：大 中 小】"),
    ("来源：", "时间：", "点击： 次", "打印 | 关闭"),
)


def _block_at(d: Damager, where: int, lines: tuple[str, ...]) -> None:
    for s in lines:
        pos, new = paragraph_insert(d, where, s)
        d.insert(pos, new, tokens=[s.strip()])


@register("furn20_code_tail", "furniture", description="template CSS / script lines among share and nav lines after the last article")
def _code_tail(d: Damager) -> None:
    _block_at(d, end_of_body(d), d.rng.choice(CODE_TAIL))


@register("furn20_english_chrome", "furniture", description="English toolbar, breadcrumb and page counter at the top and bottom")
def _english(d: Damager) -> None:
    _block_at(d, top_of_body(d), d.rng.choice(ENGLISH_TOP))
    _block_at(d, end_of_body(d), d.rng.choice(ENGLISH_BOTTOM))


@register("furn20_bilingual_menu", "furniture", description="a menu of bilingual cells or a date and buttons between bars above the title")
def _menu(d: Damager) -> None:
    _block_at(d, top_of_body(d), (d.rng.choice(BILINGUAL_MENU),))


@register("furn20_link_box_tail", "furniture", description="a link box (head, other pages' titles) and buttons after the last article")
def _link_box(d: Damager) -> None:
    _block_at(d, end_of_body(d), d.rng.choice(LINK_BOX))


@register("furn20_empty_fields_head", "furniture", description="the page's fields with their values lost, breadcrumb and share above the title")
def _empty_fields(d: Damager) -> None:
    _block_at(d, top_of_body(d), d.rng.choice(EMPTY_FIELDS))


# --------------------------------------------------------------------------- held out (measured once, never tuned on)

EXPAND = ("展开阅读全文∨", "Read more ▼", "点击展开全文", "收起全文 ∧", "Show more", "展开 ︾")
APP_PROMO = (
    ("手机版 | 电脑版 | 回到顶部",),
    ("下载客户端", "扫码关注政务微信"),
    ("官方微信 | 官方微博 | 移动客户端", "返回顶部"),
)
LEAVING_EN = (
    ("You are about to leave this website.", "Continue", "Cancel"),
    ("您即将离开本站 You are leaving this site", "继续访问 Continue | 取消 Cancel"),
)


@register("furn20_ho_expand_widgets", "furniture", description="HELD OUT (furn20): expand / collapse widgets with arrows or in English between articles")
def _ho_expand(d: Damager) -> None:
    labels = [li.outer_start for li in body_lines(d, ("label",))][1:]
    for spot in d.rng.sample(labels, min(len(labels), d.rng.randint(1, 2))):
        _block_at(d, spot, (d.rng.choice(EXPAND),))


@register("furn20_ho_app_promo", "furniture", description="HELD OUT (furn20): a mobile site's tail (手机版 | 电脑版, 下载客户端, 扫码关注…)")
def _ho_app(d: Damager) -> None:
    _block_at(d, end_of_body(d), d.rng.choice(APP_PROMO))


@register("furn20_ho_leaving_modal_en", "furniture", description="HELD OUT (furn20): the leaving-site pop-up in English or bilingual with its buttons")
def _ho_leaving(d: Damager) -> None:
    _block_at(d, end_of_body(d), d.rng.choice(LEAVING_EN))
