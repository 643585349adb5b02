"""Robustness benchmark of the spam, site-furniture and layout cleaners.

A fixed random sample of clean laws is damaged with many variants of each
noise family (beyond the project's own generators: brand shapes, separators,
link hosts, furniture shapes, wraps, tables of contents) and cleaned with the
whole pipeline :func:`corpus_tools.clean.clean`.  Per variant it reports the
exact recovery rate ``clean(damaged) == clean(target)``, where ``target`` is
the clean text (for inline spam anchors: the clean text with the replaced word
deleted, since :func:`clean` alone has no corpus to restore the word from),
plus the false-positive rate on the undamaged texts and the throughput of the
spam and layout rules.

Usage::

    /work/venv/bin/python benchmarks/bench_cleaners_spam_layout.py [--corpus /tmp/corpus]
        [--n 60] [--seed 7] [--only anchor_] [--show 2] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Callable

from corpus_tools.clean import CLEANING_ORDER, clean, clean_and_explain
from corpus_tools.ingest import ingest_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the noise generators live in tests/noise/
from tests.noise import layout as layout_noise  # noqa: E402
from tests.noise import spam as spam_noise  # noqa: E402

NUM = "零〇一二三四五六七八九十百千两"

# ---------------------------------------------------------------------------
# Brand shapes a spam site may put in place of a word (inline anchors).
# ---------------------------------------------------------------------------

ANCHOR_SHAPES: dict[str, tuple[str, ...]] = {
    "seed_form": ("万博体育APP官方网_万博体育manbetx3.0", "开云体育APP官方网_开云体育kaiyun2.0", "乐鱼体育app官网_乐鱼体育leyu5.1"),
    "cn_official_site": ("开云体育(中国)官方网站", "华体会体育（中国）官方网站", "九游会(中国)官方网站", "米乐(中国)官方网站", "必威体育(中国)官方网站"),
    "official_entry": ("九游会官网入口", "开云体育官网入口", "亚博体育官网登录入口", "爱游戏体育官方入口", "半岛体育官网入口"),
    "version": ("万博体育v6.2.1", "开云app v3.0.2", "乐鱼体育V2.1", "亚博体育app5.1.0", "华体会体育v1.0"),
    "sep_underscore": ("开云体育_kaiyun", "万博体育_manbetx", "乐鱼体育_leyu"),
    "sep_dash": ("开云体育-kaiyun", "必威-betway", "亚博体育-yabo"),
    "sep_middot": ("华体会·hth", "必威·betway", "开云·kaiyun"),
    "sep_bar": ("米乐|m6", "开云体育|kaiyun", "乐鱼|leyu"),
    "sep_gun": ("乐鱼丨leyu", "开云丨kaiyun", "华体会丨hth"),
    "sep_space": ("乐鱼 leyu", "开云体育 kaiyun", "亚博 yabo"),
    "latin_link": ("kaiyun.com", "leyu.cc", "bob.vip", "hth.com", "yabo.vip", "kaiyun.cc", "ayx.cc", "manbetx.net"),
    "cjk_plus_link": ("开云kaiyun.com", "乐鱼leyu.cc", "华体会hth.vip", "kaiyun.com开云"),
    "brief_brands": ("开元棋牌", "澳门新葡京娱乐场", "pg电子", "ob体育", "bob综合", "K8凯发", "亚博yabo", "乐动体育app", "leyu.com", "九游会J9"),
    "more_brands": ("PG电子官方网站", "BOB综合体育", "凯发K8", "AG真人", "bet365体育", "金沙js", "澳门金沙js333", "威尼斯人vns", "KY开元棋牌", "DB真人", "im体育", "万博max"),
    "fullwidth": ("ｋａｉｙｕｎ．ｃｏｍ", "开云体育（中国）官方网站", "ＯＢ体育", "万博体育ＡＰＰ", "ｌｅｙｕ．ｖｉｐ"),
    "long_seo": ("华体会体育(中国)官方网站-IOS/安卓通用版/手机APP下载", "开云体育app官方下载安装-kaiyun", "乐鱼体育·(中国)官方网站-LEYU SPORTS"),
}

#: Spam lines (whole lines): promo + brand + link, link lines.
SPAM_LINES = (
    "欢迎访问开元棋牌官网 www.ky.com", "澳门新葡京娱乐场 - 官方网站", "pg电子官方网站入口", "【ob体育】",
    "bob综合体育官方入口", "K8凯发-官网首页", "亚博yabo官方网站", "乐动体育app下载", "九游会J9·真人游戏第一品牌",
    "开云体育(中国)官方网站-kaiyun.com", "立即注册送彩金 华体会体育官网", "万博体育manbetx官网登录入口",
)
LINK_LINES = (
    "https://www.kaiyun.com/", "www.bob88.vip", "http://leyu.cc/?from=gov", "https://m.hth.com/app",
    "www.yabo.com", "kaiyun.com", "https://www.ayx888.cc", "http://www.manbetx365.net/index.html",
)
FURNITURE_LINES = (
    "扫一扫在手机打开当前页", "【打印】【关闭】", "字号：大 中 小", "分享到：", "首页 > 政策法规 > 正文",
    "来源：市人大常委会 发布时间：2024-01-01 浏览次数：123", "苏ICP备12345678号", "网站标识码：3200000001",
    "主办单位：某市人民政府办公室", "【收藏】【打印】", "【字体：大 中 小】", "打印本页 | 关闭窗口",
    "当前位置：首页 > 信息公开 > 法规文件", "发布日期：2023-06-01", "浏览次数：2048", "返回顶部",
    "上一篇：关于印发通知的通知", "版权所有 © 某市人民政府", "京ICP备05070602号-1 京公网安备11010202000001号",
    "[打印] [关闭]", "字体：【大】【中】【小】", "分享到：微信 微博 QQ空间", "【打印本页】【关闭窗口】",
    "您当前的位置：首页 > 法规库", "发布时间：2024年01月01日", "阅读次数：1024", "点击数：99",
    "首页 | 政务公开 | 政策法规", "打印 关闭", "【我要纠错】【打印】【关闭】",
)
TRAILING_GLUE = ("扫一扫在手机打开当前页", "【打印】【关闭】", "【收藏】【打印】", " 打印本页 关闭窗口", "分享到：", "【字体：大 中 小】", "【打印本页】【关闭窗口】", "[打印] [关闭]")
LEADING_GLUE = ("首页 > 政策法规 > 正文", "【字体：大 中 小】", "扫一扫在手机打开当前页", "【打印】【关闭】")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def single_newline(text: str) -> str:
    """The same law with one newline between paragraphs (no blank lines)."""
    return re.sub(r"\n{2,}", "\n", text)


def paragraph_bounds(text: str) -> list[int]:
    """Offsets right after a blank line (a paragraph start), not the first."""
    return [m.end() for m in re.finditer(r"\n\n(?=\S)", text)]


def line_starts(text: str) -> list[int]:
    return [m.end() for m in re.finditer(r"\n(?=\S)", text)]


def insert_as_lines(text: str, rng: random.Random, lines: list[str]) -> str:
    """Insert each line before a random non-empty line (single newline)."""
    starts = sorted(rng.sample(line_starts(text), k=min(len(lines), len(line_starts(text)))))
    out, cursor = [], 0
    for pos, line in zip(starts, lines):
        out += [text[cursor:pos], line, "\n"]
        cursor = pos
    out.append(text[cursor:])
    return "".join(out)


def insert_as_paragraphs(text: str, rng: random.Random, lines: list[str]) -> str:
    """Insert each line as a paragraph of its own (blank lines around it)."""
    starts = paragraph_bounds(text)
    starts = sorted(rng.sample(starts, k=min(len(lines), len(starts))))
    out, cursor = [], 0
    for pos, line in zip(starts, lines):
        out += [text[cursor:pos], line, "\n\n"]
        cursor = pos
    out.append(text[cursor:])
    return "".join(out)


def at_top(text: str, lines: list[str], sep: str) -> str:
    return sep.join(lines) + sep + text


def at_bottom(text: str, lines: list[str], sep: str) -> str:
    body = text.rstrip("\n")
    tail = text[len(body):]
    return body + sep + sep.join(lines) + (tail or "")


Variant = Callable[[str, random.Random], "tuple[str, str] | None"]


def anchor_variant(shapes: tuple[str, ...]) -> Variant:
    def damage(text: str, rng: random.Random):
        result = spam_noise.replace_word(text, rng, anchor=rng.choice(shapes))
        if result is None:
            return None
        damaged, rep = result
        return damaged, text.replace(rep.word, "")

    return damage


def generator_anchor(text: str, rng: random.Random):
    result = spam_noise.replace_word(text, rng)
    if result is None:
        return None
    return result[0], text.replace(result[1].word, "")


def lines_variant(pool, *, k=(1, 3), how="lines", single=False) -> Variant:
    def damage(text: str, rng: random.Random):
        if single:
            text = single_newline(text)
        picks = [rng.choice(pool) if isinstance(pool, tuple) else pool(rng) for _ in range(rng.randint(*k))]
        if how == "lines":
            return insert_as_lines(text, rng, picks), text
        if how == "paragraphs":
            return insert_as_paragraphs(text, rng, picks), text
        sep = "\n" if single or rng.random() < 0.5 else "\n\n"
        if how == "top":
            return at_top(text, picks, sep), text
        return at_bottom(text, picks, sep), text

    return damage


def glue_end(text: str, rng: random.Random):
    body = text.rstrip("\n")
    return body + rng.choice(TRAILING_GLUE) + text[len(body):], text


def glue_end_multi(text: str, rng: random.Random):
    body = text.rstrip("\n")
    junk = rng.choice((" ", "", "\u3000")).join(rng.sample(TRAILING_GLUE, 2))
    return body + junk + text[len(body):], text


def glue_top(text: str, rng: random.Random):
    return rng.choice(LEADING_GLUE) + rng.choice(("", " ", "\u3000")) + text, text


def page_chrome(text: str, rng: random.Random):
    """A whole page's chrome: breadcrumb and meta on top, buttons and ICP at the bottom."""
    top = [rng.choice(FURNITURE_LINES[4:5] + FURNITURE_LINES[12:13] + FURNITURE_LINES[23:24]),
           rng.choice(FURNITURE_LINES[5:6] + FURNITURE_LINES[13:14] + FURNITURE_LINES[24:25]),
           rng.choice(FURNITURE_LINES[2:3] + FURNITURE_LINES[10:11] + FURNITURE_LINES[20:21])]
    bottom = [rng.choice(FURNITURE_LINES[0:2] + FURNITURE_LINES[9:10] + FURNITURE_LINES[22:23]),
              rng.choice(FURNITURE_LINES[3:4] + FURNITURE_LINES[21:22]),
              rng.choice(FURNITURE_LINES[8:9] + FURNITURE_LINES[17:18]),
              rng.choice(FURNITURE_LINES[6:8] + FURNITURE_LINES[18:19])]
    sep = rng.choice(("\n", "\n\n"))
    return at_bottom(at_top(text, top, sep), bottom, sep), text


# --- layout ----------------------------------------------------------------

_LABEL = re.compile(rf"第([{NUM}]+)(条|章|节)")
_HEADING = re.compile(rf"^(第[{NUM}]+[章节])(\s*)(\S.*)$", re.M)


def spread_labels(gap: str) -> Variant:
    def damage(text: str, rng: random.Random):
        def spread(m):
            return gap.join(["第", *m.group(1), m.group(2)]) if rng.random() < 0.5 else m.group(0)

        return _LABEL.sub(spread, text), text

    return damage


def spaced_heading_titles(text: str, rng: random.Random):
    """``第一章 总则`` written ``第一章　总　　则`` (the clean side has no inner space)."""
    if not _HEADING.search(text):
        return None

    def spread(m):
        title = m.group(3)
        if re.search(r"\s", title) or len(title) != 2:
            return m.group(0)
        return m.group(1) + "\u3000" + title[0] + "\u3000\u3000" + title[1]

    damaged = _HEADING.sub(spread, text)
    return (damaged, text) if damaged != text else None


def indent(spaces: tuple[str, ...]) -> Variant:
    def damage(text: str, rng: random.Random):
        return "\n".join(rng.choice(spaces) + line if line.strip() and rng.random() < 0.6 else line
                         for line in text.split("\n")), text

    return damage


def wrap(width: int, *, single: bool) -> Variant:
    def damage(text: str, rng: random.Random):
        if single:
            text = single_newline(text)
        return layout_noise.hard_wrap(text, rng, width=width), text

    return damage


def extra_blank(text: str, rng: random.Random):
    return layout_noise.extra_blank_lines(text, rng, rate=0.3), text


def blank_runs(text: str, rng: random.Random):
    """Every paragraph break (one blank line) stretched to 2-6 blank lines."""
    return re.sub(r"(?<=\S)\n\n(?=\S)", lambda m: "\n" * rng.randint(3, 7), text), text


def blank_runs_all(text: str, rng: random.Random):
    """Every run of blank lines stretched, the corpus's two-blank-line metadata
    gap too (ambiguous: a widened gap does not say how wide it was)."""
    return re.sub(r"\n\n+(?=\S)", lambda m: "\n" * rng.randint(3, 7), text), text


def blank_between_single(text: str, rng: random.Random):
    """A single-newline text whose paragraphs got a blank line each (HTML <p>)."""
    single = single_newline(text)
    return single.replace("\n", "\n\n"), single


def summary(text: str, rng: random.Random):
    damaged = layout_noise.add_repeated_summary(text, rng)
    return (damaged, text) if damaged != text else None


def toc(header: str, *, entry_sep: str = "\n", leaders: bool = False) -> Variant:
    def damage(text: str, rng: random.Random):
        heads = [m for m in re.finditer(rf"^第[{NUM}]+[章节][^\n]*$", text, re.M)]
        seen, entries = set(), []
        for m in heads:
            key = re.sub(r"\s", "", m.group(0))
            if key in seen:
                break
            seen.add(key)
            entry = m.group(0)
            if leaders:
                entry += rng.choice(("……", "………", "·····", " ")) + str(rng.randint(1, 30))
            entries.append(entry)
        if len(entries) < 2:
            return None
        first = heads[0].start()
        block = header + entry_sep + entry_sep.join(entries) + "\n\n"
        return text[:first] + block + text[first:], text

    return damage


def combo(*variants: Variant) -> Variant:
    """Damage after damage; the first variant decides the target (put anchors first)."""
    def damage(text: str, rng: random.Random):
        target = None
        for v in variants:
            out = v(text, rng)
            if out is None:
                return None
            text, t = out
            target = t if target is None else target
        return text, target

    return damage


VARIANTS: dict[str, Variant] = {}
for _name, _shapes in ANCHOR_SHAPES.items():
    VARIANTS[f"anchor_{_name}"] = anchor_variant(_shapes)
VARIANTS["anchor_generator"] = generator_anchor
VARIANTS.update({
    "spam_line_generator": lines_variant(lambda rng: spam_noise.spam_line(rng)),
    "spam_line_brief": lines_variant(SPAM_LINES),
    "spam_line_as_paragraph": lines_variant(SPAM_LINES, how="paragraphs"),
    "spam_line_top": lines_variant(SPAM_LINES, how="top", k=(1, 2)),
    "spam_line_bottom": lines_variant(SPAM_LINES, how="bottom", k=(1, 2)),
    "link_line": lines_variant(LINK_LINES),
    "link_line_as_paragraph": lines_variant(LINK_LINES, how="paragraphs"),
    "furniture_line": lines_variant(FURNITURE_LINES),
    "furniture_line_single_nl": lines_variant(FURNITURE_LINES, single=True),
    "furniture_as_paragraph": lines_variant(FURNITURE_LINES, how="paragraphs"),
    "furniture_top": lines_variant(FURNITURE_LINES, how="top", k=(1, 4)),
    "furniture_bottom": lines_variant(FURNITURE_LINES, how="bottom", k=(1, 4)),
    "furniture_bottom_single_nl": lines_variant(FURNITURE_LINES, how="bottom", k=(1, 4), single=True),
    "page_chrome": page_chrome,
    "glued_end": glue_end,
    "glued_end_multi": glue_end_multi,
    "glued_top": glue_top,
    "spread_labels_space": spread_labels(" "),
    "spread_labels_ideographic": spread_labels("\u3000"),
    "spaced_heading_titles": spaced_heading_titles,
    "indent_ideographic": indent(("\u3000\u3000",)),
    "indent_ascii": indent(("  ", "    ", " ")),
    "wrap20_blank": wrap(20, single=False),
    "wrap30_blank": wrap(30, single=False),
    "wrap40_blank": wrap(40, single=False),
    "wrap20_single": wrap(20, single=True),
    "wrap30_single": wrap(30, single=True),
    "wrap40_single": wrap(40, single=True),
    "extra_blank_lines": extra_blank,
    "blank_runs_3_7": blank_runs,
    "blank_runs_all(ambiguous)": blank_runs_all,
    "blank_between_single(ambiguous)": blank_between_single,
    "repeated_summary": summary,
    "toc_目录": toc("目录"),
    "toc_目_录": toc("目 录"),
    "toc_目　　录": toc("目　　录"),
    "toc_目次_leaders": toc("目次", leaders=True),
    "toc_blank_sep": toc("目　录", entry_sep="\n\n"),
    "indent+wrap30_single": combo(wrap(30, single=True), indent(("\u3000\u3000",))),
    "anchor+chrome+wrap": combo(anchor_variant(ANCHOR_SHAPES["cn_official_site"]), page_chrome, wrap(30, single=False)),
    "anchor+spamlines+indent": combo(anchor_variant(ANCHOR_SHAPES["brief_brands"]), lines_variant(SPAM_LINES + LINK_LINES, how="paragraphs"), indent(("\u3000\u3000",))),
})


# ---------------------------------------------------------------------------
# Runner
# ---------------------------------------------------------------------------


def load_sample(corpus: Path, n: int, seed: int, max_chars: int) -> list[tuple[str, str]]:
    paths = sorted(corpus.rglob("*.md"))
    rng = random.Random(seed)
    out = []
    for path in rng.sample(paths, n):
        text = ingest_file(path, corpus).text
        if len(text) > max_chars:
            cut = text.rfind("\n\n", 0, max_chars)
            text = text[: cut + 1] if cut > 0 else text
        out.append((path.name, text))
    return out


def first_difference(expected: str, got: str) -> str:
    i = next((k for k, (a, b) in enumerate(zip(expected, got)) if a != b), min(len(expected), len(got)))
    return f"@{i}: want {expected[max(0, i - 25):i + 25]!r} got {got[max(0, i - 25):i + 25]!r}"


def run(sample, names, seed: int, show: int) -> dict[str, dict]:
    cleaned = {name: clean(text) for name, text in sample}
    results = {}
    for variant in names:
        damage = VARIANTS[variant]
        ok = total = 0
        examples = []
        for i, (name, text) in enumerate(sample):
            rng = random.Random(f"{seed}:{variant}:{i}")
            out = damage(text, rng)
            if out is None:
                continue
            damaged, target = out
            want = cleaned[name] if target == text else clean(target)
            got = clean(damaged)
            total += 1
            if got == want:
                ok += 1
            elif len(examples) < show:
                examples.append(f"{name}: {first_difference(want, got)}")
        results[variant] = {"ok": ok, "total": total, "rate": ok / total if total else float("nan"), "examples": examples}
    return results


#: The rules this benchmark audits (the others, e.g. width, may change clean text).
AUDITED_RULES = frozenset({
    "site_furniture", "spam_anchor", "cjk_spaces", "hard_wraps", "table_of_contents", "repeated_summary", "blank_lines",
})


def false_positives(sample) -> dict[str, tuple[int, list[str]]]:
    """Undamaged texts that an audited rule changes, as written and with one newline per paragraph."""
    out = {}
    for form, convert in (("blank-line", lambda t: t), ("single-newline", single_newline)):
        bad = []
        for name, text in sample:
            edits = [e for e in clean_and_explain(convert(text)).edits if e.rule in AUDITED_RULES]
            if edits:
                bad.append(f"{name}: {edits[0].rule} {edits[0].before[:30]!r}->{edits[0].after[:30]!r}")
        out[form] = (len(bad), bad[:5])
    return out


def throughput(corpus: Path, limit: int) -> dict[str, float]:
    """MB/s of each spam and layout rule, and of the whole chain, on the corpus."""
    paths = sorted(corpus.rglob("*.md"))[:limit]
    texts = [ingest_file(p, corpus).text for p in paths]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    figures = {}
    total = 0.0
    for name, rule in CLEANING_ORDER:
        t = time.perf_counter()
        texts = [rule(text)[0] for text in texts]
        elapsed = time.perf_counter() - t
        total += elapsed
        figures[name] = mb / elapsed
    figures["ALL RULES"] = mb / total
    figures["MB"] = mb
    return figures


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/corpus"))
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--max-chars", type=int, default=6000)
    parser.add_argument("--only", default="", help="run variants whose name contains this")
    parser.add_argument("--show", type=int, default=1, help="failing examples shown per variant")
    parser.add_argument("--speed", type=int, default=0, help="also time the rules on this many corpus files")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    sample = load_sample(args.corpus, args.n, args.seed, args.max_chars)
    names = [v for v in VARIANTS if args.only in v]
    t = time.perf_counter()
    results = run(sample, names, args.seed, args.show)
    print(f"{'variant':32} {'ok':>5} {'n':>5} {'rate':>7}")
    for variant, r in results.items():
        print(f"{variant:32} {r['ok']:5d} {r['total']:5d} {r['rate']:7.1%}")
        for example in r["examples"]:
            print("    ", example[:240])
    fps = false_positives(sample)
    for form, (n_fp, fp) in fps.items():
        print(f"false positives ({form}) on the undamaged sample: {n_fp}/{len(sample)} {fp}")
    print(f"({time.perf_counter() - t:.1f}s)")
    out = {"variants": results, "false_positives": {k: v[0] for k, v in fps.items()}}
    if args.speed:
        figures = throughput(args.corpus, args.speed)
        for name, value in figures.items():
            print(f"  {name:28} {value:8.1f}")
        out["throughput_mb_s"] = figures
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
