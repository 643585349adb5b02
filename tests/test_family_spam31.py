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
