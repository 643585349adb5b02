"""The renderer's insertions into the text flow (corpus_tools/clean/inserted_spans.py, :func:`renderer_insertions`):
members of the family that set 12 does not show, written for session 30's room inserts30.

Each generator copies a real tool that writes its own strings where a document's content flows.  Two of them are the
room's held-out siblings (``HELD_OUT``): written before they were measured, never tuned on; their figures before and
after the change are in the room's report.  The others were tuned on.

Run ``python tests/test_family_inserts30.py [DLC_DIR] [N]`` to print each sibling's figure (pages whose cleaned text
equals the cleaned clean law, and lines of the clean law found again) over ``N`` laws of a corpus folder.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from corpus_tools.clean import clean
from corpus_tools.clean.inserted_spans import renderer_insertions
from tests.timing import small_and_large

GOLDEN = Path(__file__).parent / "golden" / "clean"
LAWS = ("001_e8836f253944d275.txt.clean.txt", "002_bcf61e705208e52e.txt.clean.txt")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _body(lines: list[str]) -> list[int]:
    """Indexes of the lines holding a sentence (an article's or a paragraph's)."""
    return [i for i, line in enumerate(lines) if len(line) > 12 and line.rstrip().endswith(("。", "；", "："))]


def _after_body(lines: list[str], block: list[str]) -> str:
    """The lines, then a blank line and ``block`` after the body (the text's own final line break kept at its end)."""
    text = "\n".join(lines)
    body = text.rstrip("\n")
    return body + "\n\n" + "\n".join(block) + text[len(body):]


# --------------------------------------------------------------------------- tuned siblings


def gdocs_comments(text: str, rng: random.Random) -> str:
    """An online editor's comments (Google Docs' "download as"): lettered anchors ``[a]``, ``[b]`` after the commented
    words, the comments listed after the body, each opening with its anchor."""
    lines = _lines(text)
    body = _body(lines)
    chosen = sorted(rng.sample(body, min(len(body), rng.randint(3, 6))))
    notes = []
    for k, i in enumerate(chosen):
        mark = f"[{'abcdefghij'[k]}]"
        line = lines[i]
        cut = rng.randint(4, len(line) - 3)
        while cut < len(line) - 2 and not ("\u4e00" <= line[cut - 1] <= "\u9fff"):
            cut += 1
        lines[i] = line[:cut] + mark + line[cut:]
        notes.append(mark + rng.choice(("建议删除。", "请核实上位法依据。", "此处表述需统一。", "同意。")))
    return _after_body(lines, notes)


def angle_link_urls(text: str, rng: random.Random) -> str:
    """A Markdown-ish export of a law site's page (a browser extension's "copy as Markdown" of the print view): each
    cited law's link as ``<http://…>`` after its title."""
    host = rng.choice(("flk.npc.gov.cn", "www.law-lib.com", "db.lawbank.cn"))
    k = [0]

    def url(_m) -> str:
        k[0] += 1
        return f"{_m.group(0)}<https://{host}/detail?id={rng.randint(10000, 99999)}>"

    import re

    return re.sub(r"《[^《》\n]{2,40}》", url, text)


def mail_ip_watermark(text: str, rng: random.Random) -> str:
    """A PDF viewer's or a data-loss tool's tiled watermark: the viewer's account, the machine's address and the time,
    in the text layer between paragraphs and where a page cut a sentence."""
    stamp = f"zhangwei@{rng.choice(('corp.cn', 'gov.local'))} 10.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)} 2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    lines = _lines(text)
    out = []
    for i, line in enumerate(lines):
        if i > 3 and i % 6 == 0 and len(line) > 30 and rng.random() < 0.5:
            cut = 15
            out += [line[:cut], stamp, line[cut:]]
        elif i > 3 and i % 6 == 0:
            out += [stamp, line]
        else:
            out.append(line)
    return "\n".join(out)


def lynx_references(text: str, rng: random.Random) -> str:
    """A text browser's dump (``lynx -dump``) of a law site's page: each link's number before its words (the cited
    laws' titles), the numbered addresses listed under ``References`` after the body."""
    import re

    refs = []

    def mark(m) -> str:
        refs.append(f"http://www.example-law.cn/law/{rng.randint(100, 9999)}.html")
        return f"[{len(refs)}]{m.group(0)}"

    body = re.sub(r"《[^《》\n]{2,40}》", mark, text)
    if not refs:
        return text
    return _after_body(_lines(body), ["References", ""] + [f"   {k}. {u}" for k, u in enumerate(refs, 1)])


def relative_href_print(text: str, rng: random.Random) -> str:
    """A print stylesheet writing each link's raw ``href`` (relative) after its words: cross-references to the
    page's own anchors, ``第十条 (#art10)``."""
    import re

    return re.sub(r"(?<=[^\n　 ])第[一二三四五六七八九十百]+条", lambda m: f"{m.group(0)} (#art{rng.randint(1, 99)})", text)


def scanner_stamp(text: str, rng: random.Random) -> str:
    """A scanner app's stamp (CamScanner's ``扫描全能王 创建``) on every scanned page, in the OCR text layer between
    paragraphs and where a page cut a sentence."""
    stamp = rng.choice(("扫描全能王 创建", "CS 扫描全能王", "由 扫描全能王 扫描创建"))
    lines = _lines(text)
    out = []
    for i, line in enumerate(lines):
        if i > 3 and i % 5 == 0 and len(line) > 30:
            out += [line[:18], stamp, line[18:]]
        else:
            out.append(line)
    return "\n".join(out)


def icon_heads(text: str, rng: random.Random) -> str:
    """A reader's list icons (Material Icons' ``chevron_right``, ``arrow_right``) before each article's label."""
    import re

    name = rng.choice(("chevron_right", "arrow_right", "label_important"))
    return re.sub(r"(?m)^(?=第[一二三四五六七八九十百]+条)", name + " ", text)


# --------------------------------------------------------------------------- held-out siblings (never tuned on)


def symbol_row_each_paragraph(text: str, rng: random.Random) -> str:
    """A reader app's paragraph tools in Material Symbols (feedback, bookmark, read-aloud) whose font did not load:
    the names, one blank apart, after every paragraph's sentence."""
    names = rng.sample(("thumb_up", "thumb_down", "flag", "bookmark_add", "record_voice_over", "translate"), 2)
    row = " " + " ".join(names)
    return "\n".join(line + row if len(line) > 12 and line.endswith("。") and rng.random() < 0.7 else line
                     for line in _lines(text))


def wps_comments(text: str, rng: random.Random) -> str:
    """An office suite's comments saved as a web page (WPS's ``[批注1]``): the anchors after the commented words, the
    list after the body under ``批注``, each with the reviewer's name."""
    lines = _lines(text)
    body = _body(lines)
    chosen = sorted(rng.sample(body, min(len(body), rng.randint(3, 6))))
    notes = []
    for k, i in enumerate(chosen, 1):
        mark = f"[批注{k}]"
        line = lines[i]
        cut = line.find("，") if "，" in line else len(line) - 1
        lines[i] = line[:cut] + mark + line[cut:]
        notes.append(f"{mark} {rng.choice(('王芳', '李娜'))}：{rng.choice(('建议删除。', '请核实。', '与上位法衔接。'))}")
    return _after_body(lines, ["批注"] + notes)


SIBLINGS = {
    "gdocs_comments": gdocs_comments,
    "angle_link_urls": angle_link_urls,
    "mail_ip_watermark": mail_ip_watermark,
    "lynx_references": lynx_references,
    "relative_href_print": relative_href_print,
    "scanner_stamp": scanner_stamp,
    "icon_heads": icon_heads,
    "symbol_row_each_paragraph": symbol_row_each_paragraph,
    "wps_comments": wps_comments,
}
HELD_OUT = ("symbol_row_each_paragraph", "wps_comments")
TUNED = tuple(name for name in SIBLINGS if name not in HELD_OUT)


def _law(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("name", TUNED)
def test_tuned_siblings_come_out_clean(name, law):
    text = _law(law)
    damaged = SIBLINGS[name](text, random.Random(f"{name}:{law}"))
    if damaged == text:
        pytest.skip("the law holds no place for this member")
    assert clean(damaged) == clean(text)


@pytest.mark.parametrize("law", LAWS)
def test_clean_laws_unchanged(law):
    text = _law(law)
    assert clean(text) == clean(clean(text))


def _removed(text: str) -> list[str]:
    inline, lines = renderer_insertions(text)
    return sorted(text[a:b] for a, b, _ in inline + lines)


@pytest.mark.parametrize("text, want", [
    # set 12's development members, one of each shape
    ("第一条 为了规范，制定本规定。 linkvolume_up\n第二条 本规定自公布之日起施行。 linkvolume_up\n",
     [" linkvolume_up", " linkvolume_up"]),
    ("第一条 甲。 sharevolume_uplink\n法律责任 sharevolume_uplink\n", [" sharevolume_uplink", " sharevolume_uplink"]),
    ("根据《中华人民共和国乡村振兴促进法》 [http://www.fzb.sh.gov.cn/flfg/2007-05/18/content_78003.htm]等法律",
     [" [http://www.fzb.sh.gov.cn/flfg/2007-05/18/content_78003.htm]"]),
    ("依照第十条（http://a.cn/x.htm#tiao10）和第十二条（http://a.cn/x.htm#tiao12）处罚。",
     ["（http://a.cn/x.htm#tiao10）", "（http://a.cn/x.htm#tiao12）"]),
    ("应当加强[微软用户1]领导，保障[微软用户2]经费。\n\n________________________________\n[微软用户1]建议删除。\n[微软用户2]请核实。\n",
     ["[微软用户1]", "[微软用户1]建议删除。", "[微软用户2]", "[微软用户2]请核实。", "________________________________"]),
    ("第一条 甲乙丙丁戊己庚辛。\n张伟 6832 2024-03-05\n第二条 甲乙。\n张伟 6832 2024-03-05\n第三条 丙丁。\n张伟 6832 2024-03-05\n",
     ["张伟 6832 2024-03-05"] * 3),
    # a stamp that cut a sentence goes with the breaks around it
    ("第一条 产业园区管理机构应当完善相关环\n仅供内部学习 王芳 773****5604\n境基础设施。\n仅供内部学习 王芳 773****5604\n"
     "第二条 甲。\n仅供内部学习 王芳 773****5604\n",
     ["\n仅供内部学习 王芳 773****5604\n", "仅供内部学习 王芳 773****5604", "仅供内部学习 王芳 773****5604"]),
    # the family's other members: icon names before the lines, a raw relative href, a text browser's references,
    # a comment list with its label, a scanner app's stamp of words only where a copy cuts a sentence
    ("chevron_right 第一条 甲。\nchevron_right 第二条 乙。\n", ["chevron_right ", "chevron_right "]),
    ("应当按照本条例第二十二条 (#art62)的规定处理。", [" (#art62)"]),
    ("第一条 甲。\n\ncontent_copy share\n\n第二条 乙。\n\ncontent_copy share\n", ["content_copy share"] * 2),
    ("第一条 甲。share分享 print打印\n第二条 乙。share分享 print打印\n", ["share分享 print打印"] * 2),
    ("依照[1]《甲法》和[2]《乙条例》。\n\nReferences\n\n   1. http://a.cn/1.html\n   2. http://a.cn/2.html\n",
     ["[1]", "[2]", "References", "   1. http://a.cn/1.html", "   2. http://a.cn/2.html"]),
    ("加强[A1]领导，保障[A2]经费。\n\n批注 [A1]: 建议删除。\n批注 [A2]: 请核实。\n", ["[A1]", "[A2]", "批注 [A1]: 建议删除。", "批注 [A2]: 请核实。"]),
    ("第一条 产业园区管理机构应当\n扫描全能王 创建\n完善设施。\n扫描全能王 创建\n第二条 甲。\n扫描全能王 创建\n",
     ["\n扫描全能王 创建\n", "扫描全能王 创建", "扫描全能王 创建"]),
])
def test_members_go(text, want):
    assert _removed(text) == sorted(want)


@pytest.mark.parametrize("text", [
    # a law's own links: introduced, or a single one after no cited law's title
    "登录网站（http://www.x.gov.cn）查询，或者访问门户网站（http://www.y.gov.cn）。",
    "信息在门户网站（网址：http://www.xx.com/abc）公布。",
    "在《某某网》（http://www.a.cn）公布。",
    # footnotes: numbers, their list after the body
    "见注释[1]和[2]。\n\n[1]本条经修改。\n[2]本条经修正。\n",
    # a law's recurring terms, Latin terms inside sentences, a unit
    "国务院应当制定本法实施办法。国务院批准。本法自公布之日起施行。",
    "浓度以mg计。限值以mg计。",
    # a date line or a signature a law writes twice, an article's label
    "2020年1月1日\n2020年1月1日\n2020年1月1日\n",
    # a lettered anchor once, no list: an item's letter
    "按照下列标准[a]执行。",
    # a unit in brackets, a law's list of references with words, a repeated line of words that cuts no sentence
    "每平方公里（/km2）计，每平方公里（/km2）计。",
    "见[1]《甲法》。\n\n[1] 中华人民共和国甲法，http://a.cn/1.html\n",
    "第一条 甲。\n市人民政府 办公厅\n第二条 乙。\n市人民政府 办公厅\n第三条 丙。\n市人民政府 办公厅\n",
])
def test_the_law_stays(text):
    assert _removed(text) == []


@pytest.mark.parametrize("unit", ["。 a_b\n", "的content_copy规定", "》 [http://a.cn/", "加强[ZW1]", "张伟 6832 2024\n", "。" + "a" * 50,
                                  "chevron_right 第\n", "[1]《甲》", "   1. http://a.cn/x\n", "甲\n扫描全能王 创建\n", "条 (#a", "批注 [A1]: 甲\n", "share分享 ", "ab\n", "。a\n"])
def test_linear_on_hostile_input(unit):
    small, large = small_and_large(renderer_insertions, unit)
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
