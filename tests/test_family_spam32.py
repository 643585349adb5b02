"""Spam written to pass a keyword filter (corpus_tools/clean/spam_disguised.py): members of the family that set 14
(``h14_spam_mentions``, ``h14_spam_split_components``) does not show, written for session 32's room spam32.

Each generator puts a casino brand into the law's sentences either in a platform's own syntax (a mention, a repost
chain, a topic, a cashtag) or with its filtered characters disguised (look-alike Han, Traditional forms, components
split apart, full-width or mathematical letters, marks between the characters).  Two of them are the room's
held-out siblings (``HELD_OUT``): written before they were measured, never tuned on; their figures before and after
the change are in the room's report.  The others were tuned on.

Run ``python tests/test_family_spam32.py [N]`` to print each sibling's figure (pages whose cleaned text equals the
cleaned clean law) over the golden laws, ``N`` seeds each.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from corpus_tools.clean import clean, clean_and_explain
from corpus_tools.clean.spam_disguised import disguised_runs, platform_units
from tests.timing import small_and_large

GOLDEN = Path(__file__).parent / "golden" / "clean"
LAWS = tuple(sorted(p.name for p in GOLDEN.glob("*.clean.txt")))

BRANDS = ("澳门银河", "永利皇宫", "太阳城集团", "威尼斯人", "金沙娱乐场", "新葡京娱乐", "澳门新葡京", "澳门赌场", "博彩平台",
          "真人娱乐", "葡京娱乐", "澳门金沙")


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


# --------------------------------------------------------------------------- held-out siblings (written first)

_TRADITIONAL = {"澳门银河": "澳門銀河", "永利皇宫": "永利皇宮", "太阳城集团": "太陽城集團", "威尼斯人": "威尼斯人娛樂城",
                "金沙娱乐场": "金沙娛樂場", "新葡京娱乐": "新葡京娛樂", "澳门新葡京": "澳門新葡京", "澳门赌场": "澳門賭場",
                "博彩平台": "博彩平臺", "真人娱乐": "真人娛樂", "葡京娱乐": "葡京娛樂", "澳门金沙": "澳門金沙"}


def traditional_brand(text: str, rng: random.Random) -> str:
    """The brand in Traditional characters inside a Simplified page (a filter keyed on Simplified forms lets
    ``澳門賭場`` through), sometimes with lucky digits or a site word: ``…依法澳門新葡京888加强…``."""
    brand = _TRADITIONAL[rng.choice(BRANDS)]
    tail = rng.choice(("", "", "888", "官網", "娛樂城"))
    return _insert(text, rng, lambda r: brand + tail)


def reply_mentions(text: str, rng: random.Random) -> str:
    """A micro-blog's reply and repost forms around an account: ``回复@澳门银河客服:``, ``转发@永利皇宫VIP：``,
    ``@金沙娱乐场官方 @金沙娱乐场官方 `` (a mention doubled), a full-width ``＠``."""
    brand = rng.choice(BRANDS) + rng.choice(("官方", "客服", "VIP", "娱乐", ""))
    form = rng.choice(("回复@{a}:", "转发@{a}：", "@{a} @{a} ", "＠{a} ", "//＠{a}："))
    return _insert(text, rng, lambda r: form.format(a=brand))


# --------------------------------------------------------------------------- tuned siblings

_LOOKALIKE = {"澳": ("奥", "噢", "澚"), "博": ("愽", "慱"), "赌": ("堵", "睹"), "葡": ("莆", "匍"), "娱": ("娛", "虞")}


def lookalike_brand(text: str, rng: random.Random) -> str:
    """The filtered characters as look-alike or sound-alike Han: ``奥门新莆京``, ``噢门堵场``, ``愽彩平台``."""
    brand = rng.choice(("澳门新葡京", "澳门赌场", "博彩平台", "澳门银河", "澳门金沙", "葡京娱乐"))
    swapped = "".join(rng.choice(_LOOKALIKE[c]) if c in _LOOKALIKE else c for c in brand)
    return _insert(text, rng, lambda r: swapped + r.choice(("", "官网", "888")))


def topic_cashtag(text: str, rng: random.Random) -> str:
    """The platform's other tags: a super-topic ``#澳门银河超话#``, a cashtag ``$永利皇宫$``, a topic with a link card
    ``#金沙娱乐场#网页链接``."""
    brand = rng.choice(BRANDS)
    form = rng.choice(("#{b}超话#", "${b}$", "#{b}#网页链接", "＃{b}＃", "#{b}[超话]#"))
    return _insert(text, rng, lambda r: form.format(b=brand))


_WIDE = str.maketrans("AMVIPBET0123456789", "ＡＭＶＩＰＢＥＴ０１２３４５６７８９")
_BOLD = {c: chr(0x1D400 + ord(c) - 65) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def lettered_brand(text: str, rng: random.Random) -> str:
    """The brand's Latin part in full-width or mathematical letters: ``ＡＭ新葡京``, ``𝐀𝐌银河ＶＩＰ``."""
    han = rng.choice(("新葡京", "银河", "金沙", "永利", "威尼斯人"))
    latin = rng.choice(("AM", "AM", "VIP", "BET"))
    latin = latin.translate(_WIDE) if rng.random() < 0.5 else "".join(_BOLD[c] for c in latin)
    return _insert(text, rng, lambda r: r.choice(("{l}{h}", "{h}{l}", "{l}{h}娱乐")).format(l=latin, h=han))


_COMPONENTS = {"澳": "氵奥", "赌": "贝者", "博": "十尃", "娱": "女吴", "彩": "采彡", "葡": "艹匍", "场": "土汤", "银": "钅艮",
               "河": "氵可", "沙": "氵少", "城": "土成", "钱": "钅戋"}


def split_marked(text: str, rng: random.Random) -> str:
    """Components split apart with a mark between the characters, or other components: ``氵奥.门.贝者.土汤``,
    ``钅艮河娱乐``, ``金氵少城``."""
    brand = rng.choice(("澳门赌场", "澳门银河", "金沙城", "博彩平台", "真人娱乐"))
    parts = [_COMPONENTS.get(c, c) if rng.random() < 0.8 else c for c in brand]
    mark = rng.choice(("", "", ".", "*", "-"))
    return _insert(text, rng, lambda r: mark.join(parts))


SIBLINGS = {
    "traditional_brand": traditional_brand,
    "reply_mentions": reply_mentions,
    "lookalike_brand": lookalike_brand,
    "topic_cashtag": topic_cashtag,
    "lettered_brand": lettered_brand,
    "split_marked": split_marked,
}
HELD_OUT = ("traditional_brand", "reply_mentions")
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
    # set 14's development members, each of their forms
    ("第一条 县级以上人民政府@澳门银河官方 应当加强管理。\n第二条 不@太阳城集团 完整的，报告//@永利皇宫娱乐:环境监理情况。\n",
     "第一条 县级以上人民政府应当加强管理。\n第二条 不完整的，报告环境监理情况。\n"),
    ("第一条 主管 @金沙娱乐场 部门应当报告@永利皇宫VIP：环境监理情况。\n", "第一条 主管部门应当报告环境监理情况。\n"),
    ("第一条 负氵奥门新艹匍京责本市住房公积金的管理，大气氵奥门贝者土汤666环境监测。\n"
     "第二条 遵循以下十尃采彡平台加V123456指导思想，亻言兴言贝者土汤官网加强管理。\n",
     "第一条 负责本市住房公积金的管理，大气环境监测。\n第二条 遵循以下指导思想，加强管理。\n"),
    # the family's other members: look-alikes, topics and cashtags, letters, initials, marks
    ("第一条 依法噢门堵场官网加强管理，规范奥门新莆京888经营。\n", "第一条 依法加强管理，规范经营。\n"),
    ("第一条 统计部门公布#澳门银河超话#的数据，规范$永利皇宫$管理。\n", "第一条 统计部门公布的数据，规范管理。\n"),
    ("第一条 加强ＡＭ新葡京管理，推进𝐕𝐈𝐏银河娱乐建设。\n", "第一条 加强管理，推进建设。\n"),
    ("第一条 加强氵奥.门.贝者.土汤管理，推进金氵少土成建设。\n", "第一条 加强管理，推进建设。\n"),
])
def test_members_go(text, want):
    assert clean(text) == want


_LAW = [
    # e-mail addresses, accounts and topics a regulation about platforms names
    "第一条 电子邮箱：bjfzb@beijing.gov.cn，举报邮箱zqyjfk@163.com。\n",
    "第三条 关注@北京发布 微博，参与话题#全民健身#讨论，@市公安局 回复。\n",
    # laws about gambling, lotteries, games; a town; a blockage; the Olympics; a VIP lane; a form's marks
    "第四条 以营利为目的开设赌场的，依法追究刑事责任；封堵场所出入口。\n",
    "第五条 莆田市、奥运场馆、体育彩票和福利彩票的发行，依照《彩票管理条例》执行。\n",
    "第六条 机场设置VIP通道，澳门特别行政区居民凭证件通行。\n",
    "第七条 德·智·体·美·劳全面发展。娱乐场所。平台。\n",
]
#: Pages the scanners must read nothing on, where other rules change text (the script rule converts a Traditional
#: quotation; the social-tag and anchor rules took the example tag and mention before this module existed).
_READ_NOTHING = _LAW + [
    "第二条 网络用户不得使用#澳门赌场#等话题发布赌博信息，不得冒用@永利皇宫官方 名义。\n",
    "第八条 依照《澳門特別行政區基本法》和澳門博彩業經營法律制度的規定。\n",
    "第九条 香港特别行政区《賭博條例》規定，禁止開設賭場。\n",
]


@pytest.mark.parametrize("text", _LAW)
def test_law_stays(text):
    assert clean(text) == text


@pytest.mark.parametrize("text", _READ_NOTHING)
def test_scanners_read_nothing_on_the_law(text):
    assert disguised_runs(text) == [] and platform_units(text) == []


def test_scanners_on_the_law_find_nothing():
    for law in LAWS:
        text = _law(law)
        assert disguised_runs(text) == [] and platform_units(text) == []


def test_the_edit_records_the_normalised_form():
    result = clean_and_explain("第一条 大气氵奥门贝者土汤666环境监测。\n")
    notes = [e.detail for e in result.edits if "normalised" in (e.detail or "")]
    assert notes and "澳门赌场666" in notes[0]


@pytest.mark.parametrize("text", ["", "氵", "@", "#", "$", "氵奥门贝者土汤", "@澳门银河官方 ", "#澳门银河#", "噢门堵场\r\n",
                                  "\r\n".join(["氵奥门贝者土汤"] * 5), "第一条 @永利皇宫娱乐:", "//@", "＠＠＠", "ＡＭ", "奥奥奥"])
def test_hostile_pages_do_not_raise(text):
    disguised_runs(text)
    platform_units(text)
    clean(text)


@pytest.mark.parametrize("unit", ["氵奥门", "噢门堵", "@澳门银河 ", "//@永利皇宫娱乐", "#澳门银河超话", "奥", "ＡＭ", "２０",
                                  "平。台。", "贝者土汤666加V", "$a$"])
def test_linear_on_hostile_input(unit):
    def run(text):
        disguised_runs(text)
        platform_units(text)
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
