"""Ads of any trade in any decoration, put into a law's sentences (corpus_tools/clean/spam_units.py): members of the
family that set 15 (``h15_spam_kaomoji_decor``: a casino brand in kaomoji; ``h15_spam_vpn_ads``: a circumvention
proxy's ad) does not show, written for session 33's room spam33.

The family has two axes: the TRADE that bought the placement (betting, proxies and VPNs, loans and cash-out, fake
certificates and seals, pharma, crypto, game boosting, followers for sale, SEO, phone cards) and the DECORATION the ad
wears (kaomoji, emoji and ZWJ sequences, dingbats, box drawing, Braille, enclosed and mathematical letters, combining
marks, ASCII art, full-width runs).  Each generator crosses one trade with one decoration and puts the same ad (or
the same brand, its decoration varying) at two to four places of the law's sentences.  Two of them are the room's
held-out siblings (``HELD_OUT``): written before they were measured, never tuned on; their figures before and after
the change are in the room's report.  The others were tuned on.

Run ``python tests/test_family_spam33.py [N]`` to print each sibling's figure (pages whose cleaned text equals the
cleaned clean law) over the golden laws, ``N`` seeds each.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.spam_units import decoration_runs, glued_decorations, recurring_units
from tests.timing import small_and_large

GOLDEN = Path(__file__).parent / "golden" / "clean"
LAWS = tuple(sorted(p.name for p in GOLDEN.glob("*.clean.txt")))


def _spots(text: str) -> list[int]:
    """Positions between two Han characters inside the text of an article or a paragraph (not its first ten)."""
    out = []
    for m in re.finditer(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start > 10:
            out.append(m.end())
    return out


def _insert(text: str, rng: random.Random, make, low: int = 2, high: int = 4) -> str:
    spots = _spots(text)
    rng.shuffle(spots)
    for pos in sorted(spots[: rng.randint(low, high)], reverse=True):
        text = text[:pos] + make(rng) + text[pos:]
    return text


def _host(rng: random.Random) -> str:
    return f"{rng.choice(('ab', 'kq', 'zx', 'hy', 'tt'))}{rng.randint(100, 999)}.{rng.choice(('vip', 'cc', 'top', 'xyz', 'me'))}"


# --------------------------------------------------------------------------- held-out siblings (written first)


def crypto_emoji(text: str, rng: random.Random) -> str:
    """A crypto cash-out ad (USDT 承兑, 合约带单) dressed in emoji, a ZWJ sequence and a variation selector among them,
    the same ad at each place: ``…应当🚀USDT高价承兑👨‍💻合约带单 飞机 @btc888 💰加强…``."""
    name = rng.choice(("币安", "火币", "欧易", "抹茶"))
    ad = rng.choice((
        "🚀USDT高价承兑👨\u200d💻{n}合约带单 飞机 @btc{d} 💰",
        "💎{n}合约跟单，日赚5000+ ✈️ t.me/coin{d}",
        "🔥{n}USDT秒收🔥 ➡️ {h}",
    )).format(n=name, d=rng.randint(100, 999), h=_host(rng))
    return _insert(text, rng, lambda r: ad)


def certificate_box(text: str, rng: random.Random) -> str:
    """A fake-certificate and seal seller (办证, 刻章) framed in box-drawing characters with a QQ number or a phone:
    ``…应当╔══办证刻章══╗各类证件加急 QQ 2875641932╚══╝加强…``."""
    qq = str(rng.randint(10**8, 10**10))
    ad = rng.choice((
        "╔══办证刻章══╗各类证件加急 QQ {q}╚══╝",
        "┏━━代办各类证件━━┓ 刻章 毕业证 电话{p} ┗━━┛",
        "║专业办证║ 全国可查 微信 zj{d}",
    )).format(q=qq, p="1" + str(rng.randint(3 * 10**9, 9 * 10**9)), d=rng.randint(1000, 9999))
    return _insert(text, rng, lambda r: ad)


# --------------------------------------------------------------------------- tuned siblings


def loan_dingbats(text: str, rng: random.Random) -> str:
    """An online lender's ad (网贷, 秒批, 日息) between dingbats, with a price and a site: ``✪网贷秒批✪ 日息低至0.02% ✿ dk668.vip``."""
    ad = rng.choice((
        "✪{n}网贷秒批✪ 日息低至0.02% ✿ {h}",
        "❤信用卡代还❤套现秒到 费率0.6% ☛ {h}",
        "✦{n}借款✦ 无视黑白户 下款快 ❀{h}❀",
    )).format(n=rng.choice(("闪银", "速借", "有钱花", "快贷")), h=_host(rng))
    return _insert(text, rng, lambda r: ad)


_WIDE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789:",
                      "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ０１２３４５６７８９：")


def boosting_fullwidth(text: str, rng: random.Random) -> str:
    """A game-boosting ad (代练, 上分) in full-width letters and digits: ``ＬＯＬ代练上分 王者荣耀代练 ＶＸ：ｄｌ８８６６``."""
    ad = rng.choice((
        "LOL代练上分 王者荣耀代练 VX:dl{d}",
        "王者代练 包上王者 {p}元起 QQ{q}",
        "吃鸡代练 安全不封号 VX:cj{d}",
    )).format(d=rng.randint(1000, 9999), p=rng.choice((30, 50, 88)), q=rng.randint(10**7, 10**9))
    return _insert(text, rng, lambda r: ad.translate(_WIDE))


def followers_braille(text: str, rng: random.Random) -> str:
    """Followers for sale (刷粉, 涨粉) between Braille patterns and with a price: ``⠿抖音刷粉涨粉⠿ 1000粉只要9.9元 ⠶ fen88.cc``."""
    ad = rng.choice((
        "⠿{p}刷粉涨粉⠿ 1000粉只要9.9元 ⠶ {h}",
        "⣿{p}涨粉点赞⣿ 真人粉 秒到账 {h}",
        "⠛⠛{p}买粉{d}元一万⠛⠛",
    )).format(p=rng.choice(("抖音", "快手", "小红书", "微博")), h=_host(rng), d=rng.randint(20, 99))
    return _insert(text, rng, lambda r: ad)


_BOLD = {c: chr(0x1D400 + ord(c) - 65) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def pharma_letters(text: str, rng: random.Random) -> str:
    """A pharmacy's ad in mathematical bold or enclosed letters, with a phone: ``𝐕𝐈𝐀𝐆𝐑𝐀正品药房 货到付款 ☎13812345678``."""
    word = rng.choice(("VIAGRA", "CIALIS"))
    dressed = "".join(_BOLD[c] for c in word) if rng.random() < 0.5 else "".join(chr(0x24B6 + ord(c) - 65) for c in word)
    ad = rng.choice(("{w}正品药房 货到付款 ☎1{p}", "{w}原装进口 隐私发货 {h}")).format(
        w=dressed, p=rng.randint(3 * 10**9, 9 * 10**9), h=_host(rng))
    return _insert(text, rng, lambda r: ad)


def seo_ascii_art(text: str, rng: random.Random) -> str:
    """An SEO seller's ad (快速排名, 霸屏, 外链) in ASCII-art arrows and frames: ``>>>百度快速排名 SEO霸屏<<< seo{d}.com``."""
    ad = rng.choice((
        ">>>百度快速排名 SEO霸屏<<< {h}",
        "=====> 网站优化 外链代发 包月{p}元 <=====",
        "*~*~ 关键词排名首页 *~*~ {h}",
    )).format(h=_host(rng), p=rng.choice((99, 199, 299)))
    return _insert(text, rng, lambda r: ad)


_KAOMOJI = ("(｀・ω・´)", "(=^▽^=)", "(ง •̀_•́)ง", "(✿◠‿◠)", "(ಥ_ಥ)", "ʕ•ᴥ•ʔ", "(っ˘ω˘ς)", "(๑˃ᴗ˂)ﻭ", "(╯°□°）╯", "♪(´▽｀)")


def kaomoji_unlisted(text: str, rng: random.Random) -> str:
    """A brand of no list (a betting site's or a dating app's made-up name) in kaomoji that vary from place to place:
    ``…应当(｀・ω・´)星耀国际(✿◠‿◠)加强…``."""
    brand = rng.choice(("星耀国际", "鸿运来", "恒大国际", "蜜聊交友", "同城约会")) + rng.choice(("", "平台", "APP"))

    def make(r: random.Random) -> str:
        left, right = r.sample(_KAOMOJI, 2)
        return r.choice(("{l}{b}{r}", "{l}{b}", "{b}{r}")).format(l=left, b=brand, r=right)

    return _insert(text, rng, make)


SIBLINGS = {
    "crypto_emoji": crypto_emoji,
    "certificate_box": certificate_box,
    "loan_dingbats": loan_dingbats,
    "boosting_fullwidth": boosting_fullwidth,
    "followers_braille": followers_braille,
    "pharma_letters": pharma_letters,
    "seo_ascii_art": seo_ascii_art,
    "kaomoji_unlisted": kaomoji_unlisted,
}
HELD_OUT = ("crypto_emoji", "certificate_box")
TUNED = tuple(name for name in SIBLINGS if name not in HELD_OUT)


def _law(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("law", LAWS[:3])
@pytest.mark.parametrize("name", TUNED)
def test_tuned_siblings_come_out_clean(name, law):
    text = _law(law)
    damaged = SIBLINGS[name](text, random.Random(f"{name}:{law}"))
    assert damaged != text
    assert clean(damaged) == clean(text)


@pytest.mark.parametrize("text, want", [
    # set 15's development members: a listed brand in kaomoji (the brand rules took the brand, the kaomoji stayed;
    # a resort's name, dressed left at one place and right at the other, stayed whole), a proxy's ad (its host went)
    ("第一条 责令借款人限期退回违法(≧∇≦)ﾉ银河娱乐官网(★ω★)所贷款额。\n第二条 依照《中华人民共和(≧∇≦)ﾉ银河娱乐官网ヾ(≧▽≦*)o国行政诉讼法》的规定。\n",
     "第一条 责令借款人限期退回违法所贷款额。\n第二条 依照《中华人民共和国行政诉讼法》的规定。\n"),
    ("第一条 报省人民政府批准，并澳门威尼斯人(≧∇≦)ﾉ按照有关法律办理。\n第二条 食品生产者不得在食品中添加药物或٩(๑❛ᴗ❛๑)۶澳门威尼斯人营养强化剂。\n",
     "第一条 报省人民政府批准，并按照有关法律办理。\n第二条 食品生产者不得在食品中添加药物或营养强化剂。\n"),
    ("第一条 上海市住房公积金管理委员会（以下简称稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc市公积金管委会）是决策机构。\n"
     "第二条 本市机关、事业单位、外稳定翻墙梯子快连VPN，油管高清不卡，官网 sd31.cc商投资企业应当缴存住房公积金。\n",
     "第一条 上海市住房公积金管理委员会（以下简称市公积金管委会）是决策机构。\n第二条 本市机关、事业单位、外商投资企业应当缴存住房公积金。\n"),
    ("第一条 对区县人民【快连梯子】一键翻墙 不限速 jg14.top政府及有关部门的主要负责人进行问责。\n"
     "第二条 加强环境保护意【快连梯子】一键翻墙 不限速 jg14.top识，鼓励科学技术研究。\n",
     "第一条 对区县人民政府及有关部门的主要负责人进行问责。\n第二条 加强环境保护意识，鼓励科学技术研究。\n"),
    # the family's other members: a name of no list in kaomoji, a loan ad in dingbats, followers in Braille, ASCII art
    ("第一条 县级以上人民政府应当(｀・ω・´)星耀国际(✿◠‿◠)加强领导。\n第二条 有关部门(ಥ_ಥ)星耀国际按照职责做好工作。\n",
     "第一条 县级以上人民政府应当加强领导。\n第二条 有关部门按照职责做好工作。\n"),
    ("第一条 县级以上人民政府✪速借网贷秒批✪ 日息低至0.02% ✿ dk668.vip应当加强领导。\n第二条 有关部门按照✪速借网贷秒批✪ 日息低至0.02% ✿ dk668.vip职责做好工作。\n",
     "第一条 县级以上人民政府应当加强领导。\n第二条 有关部门按照职责做好工作。\n"),
    ("第一条 县级以上人民政府应当⠛⠛抖音买粉57元一万⠛⠛加强领导。\n第二条 有关部门按照⠛⠛抖音买粉57元一万⠛⠛职责做好工作。\n",
     "第一条 县级以上人民政府应当加强领导。\n第二条 有关部门按照职责做好工作。\n"),
    ("第一条 县级以上人民政府应当>>>百度快速排名 SEO霸屏<<< tt512.top加强领导。\n第二条 有关部门按照>>>百度快速排名 SEO霸屏<<< tt512.top职责做好工作。\n",
     "第一条 县级以上人民政府应当加强领导。\n第二条 有关部门按照职责做好工作。\n"),
])
def test_members_go(text, want):
    assert clean(text) == want


_LAW = [
    # a rule about VPNs, a lottery regulation, a loan rule: the trade's words, repeated
    "第一条 提供虚拟专用网络服务，应当取得许可。\n第二条 未经许可，不得提供虚拟专用网络服务，不得利用虚拟专用网络从事违法活动。\n",
    "第一条 彩票发行机构应当公布彩票游戏规则。\n第二条 彩票代销者不得向未成年人销售彩票，不得以诋毁同业者等手段进行不正当竞争。\n",
    "第一条 借款人应当按照约定的日息0.02%支付利息。\n第二条 贷款人不得预先在本金中扣除利息，日息0.02%以上的部分无效。\n",
    # a rule on emoji and symbols in account names, quoting them; a chemist's Greek letters; a form's boxes; a rating
    "第三条 不得在用户名称中使用表情符号，如“(★ω★)”“ヾ(≧▽≦*)o”等。\n第四条 名称不得含有☆、★、♪等符号。\n",
    "第五条 α，β-不饱和醛的含量（≥90%）应当符合标准，温度为25℃±2℃。\n第六条 □同意 □不同意（请在□内打√）\n",
    "第七条 评定为★★★★级以上的旅游饭店，应当公示。\n第八条 评定为★★★级的饭店，应当备案。\n",
    # a regulation quoting the spam it forbids: a tag, a decorated brand, an ad in quotation marks
    "第二条 网络用户不得使用#澳门赌场#等话题发布赌博信息，不得冒用@永利皇宫官方 名义。\n",
    "第九条 禁止发布「金沙娱乐真人」等赌博广告，不得发布含有“#澳门赌场#”等话题的信息。\n",
    "第十条 例如#金沙娱乐#、#澳门赌场#等话题，应当屏蔽；禁止发布「金沙娱乐真人」赌博广告。\n",
    # a notice that gives its site and hotline twice, set off by the sentence
    "一、请登录www.abc.com查询，或者拨打电话12345678咨询。\n二、申报材料请登录www.abc.com下载，或者拨打电话12345678咨询。\n",
]


@pytest.mark.parametrize("text", _LAW)
def test_law_stays(text):
    assert clean(text) == text


def test_scanners_on_the_law_find_nothing():
    for law in LAWS:
        text = _law(law)
        assert recurring_units(text) == [] and decoration_runs(text) == []


def test_glued_decoration_goes_with_another_rules_unit():
    t = "违法(≧∇≦)ﾉ银河娱乐官网(★ω★)所贷款额，依法✪ 网贷秒批 ✪处理（一）"
    a, b, c = t.index("银"), t.index("(★"), t.index("网贷")
    assert [t[s:e] for s, e in glued_decorations(t, [(a, b), (c, c + 4)])] == ["(≧∇≦)ﾉ", "(★ω★)", "✪ ", " ✪"]
    assert glued_decorations("第一条 依法（一）处理，第（二）项", [(6, 8)]) == []


_UNIT = "(★ω★)银河娱乐"
_AD = "稳定翻墙梯子快连VPN，官网 sd31.cc"


@pytest.mark.parametrize("text", ["", "(", "★", "ω", "ヾ(≧▽≦*)o", _UNIT, _AD, "\r\n".join([_UNIT] * 5), "\n".join([_AD] * 5),
                                  _UNIT + "第一条" + _UNIT, "第一条 甲" + _AD + "乙\r\n第二条 丙" + _AD + "丁\r\n",
                                  _AD * 20, _UNIT * 20, "⠛" * 50, "=" * 60, "(" * 30 + ")" * 30, "依法" + "(★ω★)" * 10 + "管理"])
def test_hostile_pages_do_not_raise(text):
    decoration_runs(text)
    recurring_units(text)
    glued_decorations(text, [(0, min(1, len(text)))])
    clean(text)


@pytest.mark.parametrize("unit", ["(★ω★)", "ヾ(≧▽≦*)o", "银河娱乐", "依法(★ω★)银河娱乐管理", "甲" + _AD + "乙", "⠛", "=>", "o(", ")o",
                                  "jg14.top", "QQ 12345678", "(((", "★ ★ "])
def test_linear_on_hostile_input(unit):
    def run(text):
        decoration_runs(text)
        recurring_units(text)
    small, large = small_and_large(run, unit, small=2_000, large=20_000)
    assert large < max(0.05, 20 * small)


def figures(seeds: int = 3) -> dict[str, tuple[int, int]]:
    """Per sibling: (pages that come out as the cleaned clean law, pages)."""
    out = {}
    for name, make in SIBLINGS.items():
        good = total = 0
        for law in LAWS:
            text = _law(law)
            want = clean(text)
            for seed in range(seeds):
                damaged = make(text, random.Random(f"{name}:{law}:{seed}"))
                total += 1
                good += clean(damaged) == want
        out[name] = (good, total)
    return out


if __name__ == "__main__":
    for name, (good, total) in figures(int(sys.argv[1]) if len(sys.argv) > 1 else 3).items():
        print(f"{name:22s} {'held-out' if name in HELD_OUT else 'tuned   '} {good}/{total} = {100 * good / total:.0f} %")
