"""A user interface's text dropped into a sentence (corpus_tools/clean/interface_spans.py): members of the family that
set 13 does not show, written for session 31's room inserts31.

Set 13's development member is ``h13_furn_share_popup`` (a selection-share popup's labels saved mid-sentence).  Each
generator below copies another real widget whose text a browser shows only on interaction (or to assistive tools) and
that a crawler's text extraction flattened into the sentence where the widget's element sat.  Two of them are the
room's held-out siblings (``HELD_OUT``): written before they were measured, never tuned on; their figures before and
after the change are in the room's report.  The others were tuned on.

Run ``python tests/test_family_inserts31.py [DLC_DIR] [N]`` to print each sibling's figure (pages whose cleaned text
equals the cleaned clean law, and lines of the clean law found again) over ``N`` laws of a corpus folder.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.interface_spans import interface_spans
from tests.timing import small_and_large

GOLDEN = Path(__file__).parent / "golden" / "clean"
LAWS = ("001_e8836f253944d275.txt.clean.txt", "002_bcf61e705208e52e.txt.clean.txt")
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])")


def _insert_mid_sentence(text: str, rng: random.Random, choices: tuple[str, ...], places: tuple[int, int] = (1, 2)) -> str:
    """``text`` with one of ``choices`` (one string a page, as one site's widget) put between two Han characters of a
    body line (an article's or a paragraph's, past its label), at one or two places."""
    widget = rng.choice(choices)
    lines = text.split("\n")
    spots = []
    for i, line in enumerate(lines):
        if len(line) <= 12 or line.startswith("#"):
            continue
        skip = line.find(" ") + 1 if line.startswith("第") else 0
        spots += [(i, m.end()) for m in _HAN_PAIR.finditer(line, skip + 2)]
    if not spots:
        return text
    chosen = rng.sample(spots, min(len(spots), rng.randint(*places)))
    for i, at in sorted(chosen, reverse=True):
        lines[i] = lines[i][:at] + widget + lines[i][at:]
    return "\n".join(lines)


# --------------------------------------------------------------------------- tuned siblings


def copy_toast(text: str, rng: random.Random) -> str:
    """A copy button's toast (a site's "copy this article" button, a clipboard library's notice): ``复制成功`` shown for
    a second where the button sat, saved by a crawl that ran the page's scripts."""
    return _insert_mid_sentence(text, rng, ("复制成功", "已复制到剪贴板", "✓ 链接已复制", "复制成功！", "Copied!"))


def expand_collapse(text: str, rng: random.Random) -> str:
    """A folded article's control (a CMS's "read more" fold, a mobile page's ``展开全文``): the control's label and its
    arrow flattened where the fold cut the text."""
    return _insert_mid_sentence(text, rng, ("展开全文∨", "展开阅读全文 ▼", "…展开", "收起 ∧", "点击展开全文", "Read more ▾"))


def reader_highlight_bar(text: str, rng: random.Random) -> str:
    """A reader app's selection toolbar (an e-book or law-reader app: highlight, note, copy, share, look up) saved
    with the selection open."""
    return _insert_mid_sentence(text, rng, ("划线 写想法 复制 查询 分享", "高亮 | 笔记 | 复制 | 分享", "Highlight Note Copy Share",
                                            "复制 高亮 批注 纠错"))


def screen_reader_label(text: str, rng: random.Random) -> str:
    """A link's screen-reader-only label (``.sr-only``, ``.visually-hidden``: "opens in a new window", "external link")
    that a text extraction keeps after the linked words; a law site links the laws its text cites."""
    label = rng.choice(("（在新窗口打开）", "(opens in a new window)", "[外部链接]", "（此链接将在新窗口打开）", "（新窗口打开）"))
    n = [0]
    limit = rng.randint(1, 3)

    def add(m: re.Match) -> str:
        n[0] += 1
        return m.group(0) + label if n[0] <= limit else m.group(0)

    out = re.sub(r"《[^《》\n]{2,40}》", add, text)
    return out if out != text else _insert_mid_sentence(text, rng, (label,))


# --------------------------------------------------------------------------- held-out siblings


def dictionary_popup(text: str, rng: random.Random) -> str:
    """A dictionary or translation extension's popup (a word-lookup plug-in, a browser's built-in translator) opened
    on a selected word and saved with it."""
    return _insert_mid_sentence(text, rng, ("有道词典 查词 翻译 发音 ×", "翻译 朗读 复制 ✕", "Look up Translate Speak ×",
                                            "百度翻译 | 查看释义 | 关闭"))


def like_counter(text: str, rng: random.Random) -> str:
    """A paragraph's reaction widget (a news or WeChat-article mirror's per-paragraph like, favourite and forward
    counters) flattened inside the sentence where the widget was anchored."""
    return _insert_mid_sentence(text, rng, ("👍 赞(12) 收藏 转发", "点赞 36 | 收藏 5 | 转发", "赞 12 评论 3 分享", "♡ 喜欢 18 ☆ 收藏"))


SIBLINGS = {
    "copy_toast": copy_toast,
    "expand_collapse": expand_collapse,
    "reader_highlight_bar": reader_highlight_bar,
    "screen_reader_label": screen_reader_label,
    "dictionary_popup": dictionary_popup,
    "like_counter": like_counter,
}
HELD_OUT = ("dictionary_popup", "like_counter")
TUNED = tuple(name for name in SIBLINGS if name not in HELD_OUT)


def _law(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", TUNED)
def test_tuned_siblings_come_out_clean(name, law):
    text = _law(law)
    damaged = SIBLINGS[name](text, random.Random(f"{name}:{law}"))
    assert damaged != text
    assert clean(damaged) == clean(text)


@pytest.mark.parametrize("law", LAWS)
def test_clean_laws_unchanged(law):
    text = _law(law)
    assert interface_spans(text) == []
    assert clean(text) == clean(clean(text))


def _removed(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in interface_spans(text)]


_SENTENCE = "第三条 县级以上人民政府应当依法履行{}监督管理职责，保障安全。"


@pytest.mark.parametrize("widget", [
    # set 13's development member's popups
    "分享到：新浪微博 微信 QQ空间 复制 ×", "分享 | 微博 | 微信 | 复制链接 | 关闭", "划词分享：微博 微信 QQ 人人网",
    "Share: Weibo WeChat Copy ✕", "复制 搜索 分享 翻译",
    # the tuned siblings: toasts, fold controls, a reader app's toolbar, assistive labels
    "复制成功", "已复制到剪贴板", "✓ 链接已复制", "复制成功！", "Copied!", "展开全文∨", "展开阅读全文 ▼", "收起 ∧", "点击展开全文",
    "Read more ▾", "划线 写想法 复制 查询 分享", "高亮 | 笔记 | 复制 | 分享", "Highlight Note Copy Share", "复制 高亮 批注 纠错",
    "（在新窗口打开）", "(opens in a new window)", "[外部链接]", "（此链接将在新窗口打开）",
    # more of the family: a font-size and read-aloud control, a tooltip, a like button with its counter
    "字号：大 中 小 | 朗读", "点击查看大图", "点赞 (3)", "点击朗读", "请输入关键词 搜索",
])
def test_members_go(widget):
    assert _removed(_SENTENCE.format(widget)) == [widget]


@pytest.mark.parametrize("text, want", [
    # a line with a date's blank (a passing note of a law's history) is a sentence: its blank sets no short word apart
    ("1993年3月5日 山东省第七届人民代表大会常务委员会第三十三划线 写想法 复制 查询 分享次会议通过", ["划线 写想法 复制 查询 分享"]),
    # an assistive label between two cited titles
    ("根据《中华人民共和国广告法》（此链接将在新窗口打开）《城市市容和环境卫生管理条例》等法律", ["（此链接将在新窗口打开）"]),
])
def test_members_in_their_places(text, want):
    assert _removed(text) == want


def test_a_glyph_leaves_the_law_word_after_it():
    """A close glyph glued to the law's next word, itself a word of the table (``中``, as in font sizes): it stays."""
    text = "第三条 市公积金管理分享到：新浪微博 微信 QQ空间 复制 ×中心可以申请。"
    assert _removed(text) == ["分享到：新浪微博 微信 QQ空间 复制 ×"]


@pytest.mark.parametrize("text", [
    # laws about copying, sharing, platforms and forms: their own words, in their grammar
    "第二十八条 自然人可以向数据处理者要求查阅、复制其个人数据，数据处理者应当按照有关规定及时提供。",
    "第六条 各级人民政府及其有关部门应当及时总结、复制、推广行之有效的经验和做法。",
    "第十条 通过网站、微博、微信公众号、QQ群等方式发布信息的，应当标明来源。",
    "第十二条 网络运营者不得利用分享、转发、点赞、收藏等功能诱导用户传播违法信息。",
    "第九条 用户可以分享 微博 微信中的内容，不得分享他人微博。",
    "第五条 收藏单位应当对收藏的文物展开研究，展开全面调查。",
    "第七条 长×宽×高不得超过规定尺寸，按照(长×宽)计算。",
    # a layout's words set apart by blanks (a table's row, a keyword line), a label's blank
    "平台名称 微信 微博 抖音 备注 主管部门 网信办",
    "| 微信 | 微博 | 抖音 |",
    "第一章　总则 分享",
    "关键词：复制 分享 转发",
])
def test_the_law_stays(text):
    assert _removed(text) == []


@pytest.mark.parametrize("unit", ["甲分享 微博 ", "复制成功", "×", " 微信", "甲 | ", "点赞 12 ", "Copy Share ", "（在新窗口打开",
                                  "分享" * 20 + " "])
def test_linear_on_hostile_input(unit):
    small, large = small_and_large(interface_spans, unit)
    assert large < max(0.05, 20 * small)


def score(corpus: Path, n: int) -> dict[str, tuple[float, float]]:
    """Each sibling's (pages exact %, clean lines found %) over ``n`` laws of ``corpus``."""
    import difflib

    paths = sorted(corpus.rglob("*.md"))
    rng = random.Random(0)
    paths = rng.sample(paths, min(n, len(paths)))
    out = {}
    for name, gen in SIBLINGS.items():
        exact = found = total = 0
        for p in paths:
            text = p.read_text(encoding="utf-8")
            want = clean(text)
            got = clean(gen(text, random.Random(f"{name}:{p.name}")))
            exact += got == want
            a, b = want.split("\n"), got.split("\n")
            found += sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
            total += len(a)
        out[name] = (100 * exact / len(paths), 100 * found / total)
    return out


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/ref/DLC")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    for name, (exact, found) in score(corpus, n).items():
        print(f"{name:28s} {'held-out' if name in HELD_OUT else 'tuned':8s} pages exact {exact:5.1f}  lines {found:5.1f}")
