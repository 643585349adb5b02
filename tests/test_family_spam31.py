"""Spam dressed as the law's own apparatus (corpus_tools/clean/spam_apparatus.py): members of the family that set 13
(``h13_spam_fake_citation``, a bracketed citation of a casino's "rules") does not show, written for session 31's room
spam31.

Each generator copies a form a law's apparatus takes (a note, a source line, a document number, a footnote, a
related-law list, an attachment, an issuer line) with a spam brand or host as its content.  Two of them are the room's
held-out siblings (``HELD_OUT``): written before they were measured, never tuned on; their figures before and after the
change are in the room's report.  The others were tuned on.

Run ``python tests/test_family_spam31.py [N]`` to print each sibling's figure (pages whose cleaned text equals the
cleaned clean law) over the golden laws, ``N`` seeds each.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.spam_apparatus import apparatus_spans
from corpus_tools.clean.spam_pitches import escort_pitches
from corpus_tools.clean.spam_tags import brand_hosts
from tests.timing import small_and_large

GOLDEN = Path(__file__).parent / "golden" / "clean"
LAWS = tuple(sorted(p.name for p in GOLDEN.glob("*.clean.txt")))

BRANDS = ("澳门新葡京", "威尼斯人", "永利皇宫", "太阳城集团", "澳门金沙", "新葡京", "亚博体育", "万博体育", "开云体育", "九游会",
          "bet365", "manbetx", "188金宝博", "必威体育")
HOSTS = ("www.xpj888.com", "www.js9905.vip", "www.bet365.com", "www.ybty168.cc", "kaiyun88.net")


def _sentence_ends(text: str) -> list[int]:
    """Positions of the full stops that close a sentence of an article or a paragraph (after a Han character)."""
    out = []
    for m in re.finditer(r"[\u4e00-\u9fff]。", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start > 10:
            out.append(m.start() + 1)
    return out


def _insert_at_ends(text: str, rng: random.Random, make, low: int = 2, high: int = 4) -> str:
    spots = _sentence_ends(text)
    rng.shuffle(spots)
    for pos in sorted(spots[: rng.randint(low, high)], reverse=True):
        text = text[:pos] + make(rng) + text[pos:]
    return text


def _after_body(text: str, block: list[str]) -> str:
    body = text.rstrip("\n")
    return body + "\n" + "\n".join(block) + text[len(body):]


# --------------------------------------------------------------------------- held-out siblings (written first)


def footnote_endnotes(text: str, rng: random.Random) -> str:
    """A word processor's footnotes: the page ends with numbered notes citing a casino's "rules", one note among the
    law's, ``[1] 参见《威尼斯人娱乐城会员章程》。`` (the note without a marker in the text: a copy that lost the
    superscripts)."""
    notes = []
    for k in range(rng.randint(1, 3)):
        brand = rng.choice(BRANDS)
        notes.append(rng.choice(("[{k}] 参见《{b}娱乐城会员章程》。", "[{k}]详见《{b}官方网站用户协议》第{n}条。",
                                 "{c} 参照《{b}游戏规则》。")).format(k=k + 1, b=brand, n="一二三四五六七八九"[rng.randint(0, 8)],
                                                                  c="①②③"[k]))
    return _after_body(text, notes)


def attachment_titles(text: str, rng: random.Random) -> str:
    """An attachment list after the body whose title is the brand's: ``附件2：澳门新葡京会员注册表``, the list of a
    CMS's attachments turned into a placement."""
    brand = rng.choice(BRANDS)
    return _after_body(text, [rng.choice(("附件：{b}会员注册表", "附件{n}：{b}开户申请表", "附件{n}：《{b}会员服务协议》"))
                              .format(b=brand, n=rng.randint(1, 3))])


# --------------------------------------------------------------------------- tuned siblings


def amendment_notes(text: str, rng: random.Random) -> str:
    """An amendment or source note after a sentence: ``（根据2023年《太阳城集团娱乐管理规定》修正）``."""
    brand = rng.choice(BRANDS)
    return _insert_at_ends(text, rng, lambda r: r.choice((
        "（根据{y}年《{b}娱乐管理规定》修正）", "（摘自《{b}会员手册》）", "（依据《{b}官方网站管理办法》第{n}条）",
        "（来源：{b}官方网站）")).format(b=brand, y=r.randint(2015, 2024), n="一二三四五六七八九十"[r.randint(0, 9)]))


def document_numbers(text: str, rng: random.Random) -> str:
    """A document number dressed as the brand's own after a sentence: ``（永利皇宫发〔2023〕8号）``."""
    brand = rng.choice(BRANDS)
    return _insert_at_ends(text, rng, lambda r: "（{b}{k}〔{y}〕{n}号）".format(
        b=brand, k=r.choice(("发", "字", "规", "办发")), y=r.randint(2015, 2024), n=r.randint(1, 99)))


def related_laws_line(text: str, rng: random.Random) -> tuple[str, str]:
    """A legal database's "related laws" line after the body, the brand's "rules" among real titles:
    ``相关法规：《中华人民共和国行政处罚法》、《金沙娱乐游戏规则》``.  The page's line of real titles is what must come
    out (the second text returned): the spam title goes, the law's own citations stay."""
    brand = rng.choice(BRANDS)
    real = rng.sample(("《中华人民共和国行政处罚法》", "《中华人民共和国行政许可法》", "《中华人民共和国刑法》"), 2)
    spam = "《{b}{s}》".format(b=brand, s=rng.choice(("游戏规则", "会员条例", "娱乐城管理规定")))
    at = rng.randint(0, 2)
    label = rng.choice(("相关法规：", "相关法律：", "延伸阅读："))
    return (_after_body(text, [label + "、".join(real[:at] + [spam] + real[at:])]),
            _after_body(text, [label + "、".join(real)]))


def source_lines(text: str, rng: random.Random) -> str:
    """A source or issuer line of the page's apparatus after the body: ``信息来源：www.xpj888.com``,
    ``发布机关：太阳城集团娱乐城``."""
    line = rng.choice(("信息来源：{h}", "来源：{b}官方网站", "发布机关：{b}娱乐城", "文章来源：{b}官网 {h}"))
    return _after_body(text, [line.format(h=rng.choice(HOSTS), b=rng.choice(BRANDS))])


def hosts_in_citations(text: str, rng: random.Random) -> str:
    """A citation whose content is a spam host: ``（详见www.xpj888.com）``, ``（参见：bet365.com公告）``."""
    return _insert_at_ends(text, rng, lambda r: r.choice(("（详见{h}）", "（参见：{h}公告）", "(来源：{h})"))
                           .format(h=r.choice(HOSTS)))


SIBLINGS = {
    "footnote_endnotes": footnote_endnotes,
    "attachment_titles": attachment_titles,
    "amendment_notes": amendment_notes,
    "document_numbers": document_numbers,
    "related_laws_line": related_laws_line,
    "source_lines": source_lines,
    "hosts_in_citations": hosts_in_citations,
}
HELD_OUT = ("footnote_endnotes", "attachment_titles")
TUNED = tuple(name for name in SIBLINGS if name not in HELD_OUT)


def _law(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("law", LAWS[:3])
@pytest.mark.parametrize("name", TUNED)
def test_tuned_siblings_come_out_clean(name, law):
    text = _law(law)
    damaged, want = _damage(name, text, random.Random(f"{name}:{law}"))
    assert damaged != want
    assert clean(damaged) == clean(want)


def _damage(name: str, text: str, rng: random.Random) -> tuple[str, str]:
    """The damaged page and the page it must come out as (the clean law, or the page's own apparatus)."""
    out = SIBLINGS[name](text, rng)
    return out if isinstance(out, tuple) else (out, text)


@pytest.mark.parametrize("text, want", [
    # set 13's development member, each of its forms
    ("第一条 为了规范管理，制定本条例（参照《澳门新葡京娱乐城管理规定》）。\n第二条 依法给予处罚（详见《永利皇宫会员条例》）。\n",
     "第一条 为了规范管理，制定本条例。\n第二条 依法给予处罚。\n"),
    ("第一条 本条例自公布之日起施行(参见《bet365官方网站管理办法》)。\n第二条 加强管理（见《银河娱乐游戏规则》第三条）。\n",
     "第一条 本条例自公布之日起施行。\n第二条 加强管理。\n"),
    # the family's other forms: a note, a document number, a source line, a related-law list
    ("第一条 加强管理（根据2023年《太阳城集团娱乐管理规定》修正）。\n第二条 依法处罚（永利皇宫发〔2023〕8号）。\n",
     "第一条 加强管理。\n第二条 依法处罚。\n"),
    ("第一条 加强管理。\n相关法规：《中华人民共和国刑法》、《金沙娱乐游戏规则》\n信息来源：www.xpj888.com\n",
     "第一条 加强管理。\n相关法规：《中华人民共和国刑法》\n"),
    # F30-A3/B3: the spun page's subject stays, the escort ad with its WeChat number goes (its head, a city, stays)
    ("关于制止未成年人沉迷支散游戏的通知\n一、实施支散游戏账号实名注册制度。\n二、严格控制未成年人使用支散游戏时段。\n"
     "三、规定支散游戏企业不得为未满8周岁的用户提供游戏付费服务；同一支散游戏企业所提供的游戏付费服务，8周岁以上未满16周岁的"
     "厦门美女上门预约（微信181-8279-1445）提供顶级外围女上门，可满足你的一切要求未成年人用户，单次充值金额不得超过50元。\n",
     "关于制止未成年人沉迷支散游戏的通知\n一、实施支散游戏账号实名注册制度。\n二、严格控制未成年人使用支散游戏时段。\n"
     "三、规定支散游戏企业不得为未满8周岁的用户提供游戏付费服务；同一支散游戏企业所提供的游戏付费服务，8周岁以上未满16周岁的"
     "厦门未成年人用户，单次充值金额不得超过50元。\n"),
    # set 11 (h11_spam_bidi_reversed): the law's 当 after a brand stays; a brand with its bare host goes
    ("第一条 图书馆应\u202e乐娱梅高美当根据读者需要设置读者目录。\n", "第一条 图书馆应当根据读者需要设置读者目录。\n"),
    ("第一条 未按照备案的\u202epiv.szannner 宫皇利永\u202c修缮方案。\n第二条 可移动\u202emoc.bxfakka 心中城沙金\u202c红色文化。\n",
     "第一条 未按照备案的修缮方案。\n第二条 可移动红色文化。\n"),
])
def test_members_go(text, want):
    assert clean(text) == want


@pytest.mark.parametrize("text", [
    # a law citing other laws in every form, laws about lotteries, gambling and games
    "第一条 依照《中华人民共和国行政处罚法》的规定处理（参照《中华人民共和国刑法》第三百零三条）。\n",
    "第一条 为了加强彩票管理，根据《彩票管理条例》（国务院令第554号），制定本办法（参见《彩票管理条例实施细则》）。\n",
    "第二条 本条例所称娱乐场所（见《娱乐场所管理条例》第二条），是指以营利为目的的歌舞、游艺场所。\n",
    "第三条 以营利为目的开设赌场的（依照《中华人民共和国刑法》第三百零三条），依法追究刑事责任。\n",
    "第四条 网络游戏（参照《网络游戏管理暂行办法》）运营企业应当实名注册。\n相关法规：《中华人民共和国未成年人保护法》、《娱乐场所管理条例》\n",
    "第五条 福利彩票发行机构（民政部发〔2012〕8号）负责体育彩票以外的彩票发行。\n",
    "第六条 提供上门服务的家政企业应当预约登记，联系电话：12345678。\n",
    "第七条 登录江南区政府网站www.jn.gov.cn查询，或者关注银河社区公众号。\n",
])
def test_law_apparatus_stays(text):
    assert clean(text) == text


def test_scanners_on_the_law_find_nothing():
    for law in LAWS:
        text = _law(law)
        assert apparatus_spans(text, []) == [] and escort_pitches(text) == [] and brand_hosts(text) == []


@pytest.mark.parametrize("unit", ["（参照《太阳城集团", "《永利皇宫会员》", "相关法规：《甲》、", "(详见", "外围女上门微信", "美女上门预约（微信18182791445）",
                                  "永利皇宫 a.b.c.d", "甲a.", "金沙城中心 ab.com"])
def test_linear_on_hostile_input(unit):
    def run(text):
        apparatus_spans(text, [(i, i + 2) for i in range(0, len(text), 97)])
        escort_pitches(text)
        brand_hosts(text)
    small, large = small_and_large(run, unit)
    assert large < max(0.05, 20 * small)


def figures(seeds: int = 3) -> dict[str, tuple[int, int]]:
    """Per sibling: (pages that come out as the cleaned clean law, pages)."""
    out = {}
    for name, make in SIBLINGS.items():
        good = total = 0
        for law in LAWS:
            text = _law(law)
            for seed in range(seeds):
                damaged, want = _damage(name, text, random.Random(f"{name}:{law}:{seed}"))
                total += 1
                good += clean(damaged) == clean(want)
        out[name] = (good, total)
    return out


if __name__ == "__main__":
    for name, (good, total) in figures(int(sys.argv[1]) if len(sys.argv) > 1 else 3).items():
        print(f"{name:22s} {'held-out' if name in HELD_OUT else 'tuned   '} {good}/{total} = {100 * good / total:.0f} %")
