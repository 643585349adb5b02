"""Family tests of session 31's readings room: a reading layer interleaved with the text, line by line.

Reading aids and study editions put a layer beside the text, a line of readings over (or under) each line of the
law; once the page is text the layer is a line of romanised (or Zhuyin) syllables inside the law.  Generators of
members over plain strings (a law of the suite's shape, or any clean law of the DLC when run as a script).  Two of
them are this room's held-out members, written before the mechanism and never tuned on: :func:`zhuyin_line_under`
and :func:`word_tone3_line_over`.  The others are tuned siblings: :func:`item_line_over` (the development member's
residue: an item's line, its label's bracket kept in the row), :func:`pinyin_line_under`, :func:`wade_giles_line_over`,
:func:`tone_number_line_over`.

Run as a script to measure every member on clean laws of the DLC (pages that clean back to the clean law exactly):
``PYTHONPATH=. python tests/test_family_readings31.py /work/ref/DLC 40``.
"""

from __future__ import annotations

import random
import sys

import pytest
import regex
from pypinyin import Style, lazy_pinyin

from corpus_tools.clean import clean

_HAN = regex.compile(r"\p{Han}")


def _lines(text: str, *, items: bool = False) -> list[tuple[int, str]]:
    """``(start, line)`` of the law's body lines (articles, paragraphs, items), 8 to 60 characters."""
    out, at = [], 0
    for line in text.split("\n"):
        body = line and not line.startswith(("#", "<", "!")) and _HAN.search(line)
        if body and 8 <= len(line) <= 60 and (not items or line.startswith(("（", "("))):
            out.append((at, line))
        at += len(line) + 1
    return out


def _row(line: str, style, *, words: bool = False, rng: random.Random | None = None, marks: bool = True) -> str:
    """The reading row of ``line`` in pypinyin's ``style``: a syllable over each character, the line's marks
    kept in their places (``marks``), blanks between; ``words`` joins the syllables of runs of one to three
    characters (a word's reading written as one word)."""
    tokens: list[str] = []
    run: list[str] = []

    def flush():
        if not run:
            return
        if words and rng is not None:
            i = 0
            while i < len(run):
                n = rng.randint(1, 3)
                tokens.append("".join(run[i:i + n]))
                i += n
        else:
            tokens.extend(run)
        run.clear()

    for ch in line:
        if _HAN.match(ch):
            run.append(lazy_pinyin(ch, style=style)[0])
        else:
            flush()
            if ch in " \u3000":
                continue
            if marks:
                tokens.append(ch)
    flush()
    return " ".join(tokens)


def _over(text: str, rng: random.Random, row, *, under: bool = False, items: bool = False, k=(1, 3)) -> str:
    lines = _lines(text, items=items)
    rng.shuffle(lines)
    inserts = []
    for at, line in lines[: rng.randint(*k)]:
        r = row(line)
        inserts.append((at + len(line), "\n" + r) if under else (at, r + "\n"))
    for at, s in sorted(inserts, reverse=True):
        text = text[:at] + s + text[at:]
    return text


# --------------------------------------------------------------------------- held-out members (written first)


def zhuyin_line_under(text: str, rng: random.Random) -> str:
    """HELD OUT. A Taiwanese reader's Zhuyin (bopomofo) row under each of one to three lines, marks kept
    (``第二條 本條例…⏎ㄉㄧˋ ㄦˋ ㄊㄧㄠˊ ㄅㄣˇ …``), as 注音 editions for pupils print it beside the text."""
    return _over(text, rng, lambda line: _row(line, Style.BOPOMOFO), under=True)


def word_tone3_line_over(text: str, rng: random.Random) -> str:
    """HELD OUT. A learning app's export: the reading over the line with tone numbers, a word's syllables
    written together (``ben3tiao2li4 shi4yong4 yu2 …``), the line's marks kept."""
    return _over(text, rng, lambda line: _row(line, Style.TONE3, words=True, rng=rng))


# --------------------------------------------------------------------------- tuned siblings


def item_line_over(text: str, rng: random.Random) -> str:
    """The development member on an item: the row over ``（三）按照规定…`` starts with the label's bracket
    (``（ sān ） àn zhào …``)."""
    return _over(text, rng, lambda line: _row(line, Style.TONE), items=True)


def pinyin_line_under(text: str, rng: random.Random) -> str:
    """Karaoke or subtitle style: the tone-marked reading row under each of one to three lines, marks kept."""
    return _over(text, rng, lambda line: _row(line, Style.TONE), under=True)


def wade_giles_line_over(text: str, rng: random.Random) -> str:
    """An older study edition's Wade-Giles row over the line (``ti erh t'iao …``), marks kept."""
    return _over(text, rng, lambda line: _row(line, Style.WADEGILES))


def tone_number_line_over(text: str, rng: random.Random) -> str:
    """A row of tone-numbered syllables over the line, no marks (``di4 er4 tiao2 ben3 …``), as a text-to-speech
    helper dumps its reading."""
    return _over(text, rng, lambda line: _row(line, Style.TONE3, marks=False))


#: Syllables of the systems no table of readings covers, drawn for characters (the mechanism reads the system's
#: grammar and the one-to-one count, not the readings).
_JYUTPING = "gwok3 gaa1 faat3 leot6 zing3 fu2 jan4 man4 bou2 wu6 gun2 lei5 se5 wui6 ging1 zai3 man4 faa3 si5 bun2".split()
_HAN_VIET = "quốc gia pháp luật chính phủ nhân dân bảo hộ quản lý xã hội kinh tế văn hóa thị bản điều lệ".split()


def _system_row(line: str, rng: random.Random, syllables: list[str]) -> str:
    return " ".join(rng.choice(syllables) if _HAN.match(ch) else ch for ch in line if ch not in " \u3000")


def jyutping_line_over(text: str, rng: random.Random) -> str:
    """A Hong Kong learners' page: a Jyutping row with tone numbers over each of one to three lines, marks kept."""
    return _over(text, rng, lambda line: _system_row(line, rng, _JYUTPING))


def han_viet_line_under(text: str, rng: random.Random) -> str:
    """A Vietnamese learners' edition: the Hán-Việt reading row under the line, marks kept."""
    return _over(text, rng, lambda line: _system_row(line, rng, _HAN_VIET), under=True)


MEMBERS = {
    "zhuyin_line_under (held out)": zhuyin_line_under,
    "word_tone3_line_over (held out)": word_tone3_line_over,
    "item_line_over": item_line_over,
    "pinyin_line_under": pinyin_line_under,
    "wade_giles_line_over": wade_giles_line_over,
    "tone_number_line_over": tone_number_line_over,
    "jyutping_line_over": jyutping_line_over,
    "han_viet_line_under": han_viet_line_under,
}


# --------------------------------------------------------------------------- measuring (a script)


def measure(corpus: str, n: int, seed: int = 0) -> dict[str, tuple[int, int]]:
    """Per member: ``(pages that clean back exactly, pages damaged)`` over ``n`` clean laws of ``corpus``."""
    from pathlib import Path

    paths = sorted(Path(corpus).rglob("*.md"))
    random.Random(seed).shuffle(paths)
    laws = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        if 2000 < len(text) < 12000:
            laws.append((p.name, text))
        if len(laws) >= n:
            break
    out = {}
    for name, member in MEMBERS.items():
        exact = damaged_pages = 0
        for law_name, text in laws:
            damaged = member(text, random.Random(f"{name}-{law_name}"))
            if damaged == text:
                continue
            damaged_pages += 1
            exact += clean(damaged) == clean(text)
        out[name] = (exact, damaged_pages)
    return out


if __name__ == "__main__":
    corpus, n = sys.argv[1], int(sys.argv[2])
    for name, (exact, total) in measure(corpus, n).items():
        print(f"{name:36s} {exact:3d}/{total:3d} exact pages ({100 * exact / max(total, 1):.1f} %)")


# --------------------------------------------------------------------------- tests

LAW = """# 某市计量监督管理条例

<!-- INFO END -->

## 第一章 总则

第一条 为了加强计量监督管理，保障计量单位制的统一，根据有关法律，结合本市实际，制定本条例。

第二条 本条例适用于本市行政区域内的计量活动及其监督管理。

第三条 从事下列活动使用计量单位的，应当使用国家法定计量单位：

（一）制发公文、公报、统计报表；

（二）从事教学、科研，发表学术论文和报告；

（三）按照规定的时间、路线行驶；

第四条 市人民政府负责本市计量工作，将计量经费列入本级财政预算。

第五条 鼓励单位和个人参与计量监督，有权对违法行为进行举报。

第六条 本条例自公布之日起施行。
"""


@pytest.mark.parametrize("member", list(MEMBERS.values()), ids=list(MEMBERS))
def test_member_cleans_back(member):
    """Each member's reading layer on the suite's law cleans back to the law, for a few seeds."""
    want = clean(LAW)
    for seed in range(4):
        damaged = member(LAW, random.Random(f"{member.__name__}-{seed}"))
        assert damaged != LAW
        assert clean(damaged) == want, (seed, damaged)


#: Clean laws with Latin the text states as content: words, model numbers, organisations' English names, a
#: pinyin place name, a name list's romanisation, a title's romanisation.  Each must come out byte-identical.
CLEAN_WITH_LATIN = (
    "第一条 本条例所称无线局域网（WLAN）设备，包括型号为TP-Link TL-WR841N的路由器。\n\n第二条 本市依法管理。\n",
    "第一条 世界卫生组织（World Health Organization）发布的标准，本市参照执行。\n\n第二条 本市依法管理。\n",
    "第一条 本条例适用于本市行政区域。\n\nBeijing Municipal Regulations on Metrology\n\n第二条 本市依法管理。\n",
    "# 中华人民共和国计量法\n\nZhonghua Renmin Gongheguo Jiliang Fa\n\n第一条 为了加强计量监督管理，制定本法。\n",
    "获奖人员名单：\n\nzhang wei\n张伟\nli na\n李娜\n",
    "第一条 本市位于长安街（Chang'an Jie）以北。\n\n第二条 本市依法管理。\n",
    "第一条 本标准代号为GB/T 19001-2016，等同采用ISO 9001:2015。\n\n第二条 本市依法管理。\n",
)


@pytest.mark.parametrize("page", CLEAN_WITH_LATIN)
def test_latin_content_stays(page):
    """Latin the law states as content reads nothing syllable by syllable, marks and all: byte-identical."""
    assert clean(page) == page


def test_translation_line_is_no_reading_layer():
    """A bilingual edition's translation line reads nothing: the ruby rule leaves it (whether a translation goes is
    an owner's decision, taken elsewhere: ``translated_paragraphs``)."""
    from corpus_tools.clean import clean_and_explain

    page = "第一条 本条例适用于本市。\nArticle 1 These Regulations apply to this Municipality.\n\n第二条 本市依法管理。\n"
    assert not [e for e in clean_and_explain(page).edits if e.rule == "ruby_pinyin"]


def test_taught_layer_stays():
    """A textbook's reading row near a word naming pinyin is content: kept (with a warning)."""
    page = "汉语拼音教学：\n\nbā lā ， dā mā 。\n八拉，搭妈。\n\n第二条 本市依法管理。\n"
    assert clean(page) == page


# --------------------------------------------------------------------------- linear on hostile input


@pytest.mark.parametrize("unit", [
    "a 、 a 、 a ；\n啊、啊、啊；\n",  # every line a layer reading the next one
    "（ a ） a a a a a a a a ，\n",  # a layer with nothing to read
    "ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ā ，\n啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊，\n",
])
def test_rt_rows_linear(unit):
    from corpus_tools.clean.ruby_rows import rt_rows
    from tests.timing import small_and_large

    small, large = small_and_large(rt_rows, unit)
    assert large < 20 * small + 0.05
