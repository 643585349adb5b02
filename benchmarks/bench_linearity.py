"""Time against input length for every cleaning rule, ingest and structure, on adversarial shapes.

Issue 18's acceptance: every stage is linear in its input, so one hostile page can never stop
a corpus.  Each cleaning rule of :data:`corpus_tools.clean.CLEANING_ORDER` runs alone on
``TITLE + pattern * k + "\\n"`` for inputs of 1k, 3k, 10k, 30k and 100k characters, for its
own worst known patterns (read off the rule: the characters that make it look closer) and for
generic shapes every rule gets (repeated brackets, label prefixes ``第第第``, ``（一）``, one
line of 100k characters, 100k newlines …).  Ingest reads adversarial HTML and Markdown bytes
(:func:`corpus_tools.ingest.ingest_bytes`), structure parses adversarial clean text
(:func:`corpus_tools.structure.structure_rows`).

Times are CPU seconds of the child process that runs the stage (``time.process_time``), so
that other work on a shared machine slows a point less; the budget is wall time.

A stage is **super-linear** on a pattern when its time per character at 100k is more than
:data:`RATIO_LIMIT` times its time per character at 10k (a linear stage gives about 1; a
quadratic one about 10).  A run that takes longer than ``--budget`` seconds is stopped (its
process killed) and the larger sizes are not tried: flagged too.  Each point is the best of
repeated runs (at least ``--min-seconds`` of work, at most ``--repeat`` runs): the machine
is shared.

By default the table shows, for each stage, the pattern with the worst ratio, and every
flagged pattern; ``--all`` shows every pattern.  Exit status 1 when a stage is flagged
(``--stage NAME`` restricts the run to some stages, ``--pattern LABEL`` to some patterns).

Usage::

    PYTHONPATH=. .venv/bin/python benchmarks/bench_linearity.py [--all] [--budget 20] [--stage hard_wraps]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from dataclasses import dataclass
from typing import Callable

SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)
#: Time per character at 100k over time per character at 10k above which a stage is flagged.
RATIO_LIMIT = 3.0
TITLE = "某市物业管理条例\n"


@dataclass(frozen=True)
class Shape:
    """An adversarial input: ``make(n)`` gives about ``n`` characters (or bytes, for ingest)."""

    label: str
    make: Callable[[int], object]


def repeat(unit: str, *, title: bool = True) -> Shape:
    """``TITLE + unit * k + "\\n"`` of about ``n`` characters (the issue's hostile lines)."""
    label = unit.replace("\n", "\\n").replace("\t", "\\t").replace("\u3000", "\\u3000")

    def make(n: int) -> str:
        return (TITLE if title else "") + unit * max(1, n // len(unit)) + "\n"

    return Shape(label if title else label + " (no title)", make)


def line(before: str, unit: str, after: str) -> Shape:
    """``TITLE + before + unit * k + after``: one long run inside a line (a run of tabs before
    text, a heading's leaders), where a regex may retry the run from each of its characters."""
    label = (before + unit + "…" + after).replace("\n", "\\n").replace("\t", "\\t")

    def make(n: int) -> str:
        return TITLE + before + unit * max(1, n // len(unit)) + after

    return Shape(label, make)


def headings(n: int) -> str:
    """Distinct chapter headings, a line of prose, and the same headings again (a table of
    contents without a 目录 header): every list start has a long list after it."""
    k = max(1, n // 16)
    listed = "".join(f"第{i}章\n" for i in range(k))
    return TITLE + listed + "正文。\n" + listed


#: Shapes every cleaning rule and structure get.
GENERIC = [
    repeat("（"), repeat("）"), repeat("（）"), repeat("（（））"), repeat("【"), repeat("《》"), repeat("[]"),
    repeat("第"), repeat("第第第条"), repeat("（一）"), repeat("（一）\n"), repeat("一、"), repeat("第一条"),
    repeat("第一条\n"), repeat("中"), repeat("中 "), repeat("\n"), repeat(" \n"), repeat("a"), repeat("a "),
    repeat("中，"), repeat("。"), repeat("\t"), repeat("中\t"), repeat("1."), repeat("?"),
]

#: Each rule's own worst known shapes: the characters that make it look further.
RULE_SHAPES: dict[str, list[Shape]] = {
    "big5_gbk_mixup": [repeat("條例".encode("big5").decode("gbk", "replace")), repeat("第一條".encode("big5").decode("gbk", "replace") + "\n"),
                       repeat("条例".encode("gbk").decode("big5", "replace")), repeat("中".encode("big5").decode("gbk", "replace"))],
    "recurring_furniture": [repeat("打印 关闭\n"), repeat("首页 > 政策\n"), repeat("中\n"), repeat("第一条\n")],
    "gbk_misalignment": [repeat("中?"), repeat("（a"), repeat("中\ufffd"), repeat("中a"), repeat("?偨Y"), repeat("中?\n"),
                         repeat("鍥?"), repeat(".com")],
    "utf8_as_gbk": [repeat("涓枃"), repeat("鍙戝竷"), repeat("涓"), repeat("“"), repeat("锛"), repeat("涓?"),
                    repeat("涓\ufffd"), repeat("绗??"), repeat("鍙戝竷?"), repeat("鍙戝竷竷")],
    "latin1_mojibake": [repeat("Ã©"), repeat("â€œ"), repeat("Ã"), repeat("ä¸\xad"), repeat("Â ")],
    "invisible_chars": [repeat("\u200b"), repeat("中\u200b"), repeat("\ufffd"), repeat("\x01"), repeat("\r\n"), repeat("\u202e")],
    "ruby_pinyin": [repeat("馬鞍(an)"), repeat("(an)"), repeat("(a"), repeat("中(zhong)"), repeat("中（zhōng）"),
                    repeat("中(zhong)(zhong)"), repeat("(中"), repeat("中(")],
    "traditional_to_simplified": [repeat("條"), repeat("說明"), repeat("著"), repeat("條。\n"), repeat("中條"), repeat("臺"),
                                  # F7-S1: Taiwan phrases (tw2s/tw2sp differ) by dot leaders and English
                                  repeat("國務院資訊......\n"), repeat("國務院資料 Schedule 4 of the service ....B2481\n")],
    "width": [repeat("中,"), repeat("１"), repeat("ａ"), repeat("http://"), repeat("a@b."), repeat('"中'),
              repeat("(中)"), repeat("1．"), repeat("中:"), repeat("12,")],
    "site_furniture": [repeat("打印 关闭\n"), repeat("来源："), repeat("来源：\n"), repeat("分享到："), repeat("扫一扫"),
                       repeat("ICP备"), repeat("政策文件：\n"), repeat("首页 > "), repeat("【字体：大 中 小】")],
    "spam_anchor": [repeat("www."), repeat("ｗｗｗ．"), repeat("http://"), repeat(".com"), repeat("开云"),
                    repeat("开云体育"), repeat("www.a"), repeat("a.com "), repeat("中www.")],
    "ruby_seams": [repeat("馬鞍(an)"), repeat("中（zhōng）"), repeat("中(zhong)(zhong)"), repeat("(中")],
    "width_seams": [repeat("：\n"), repeat("中:"), repeat("中:\n"), repeat("中,")],
    "lost_line_breaks": [repeat("第一条为了。"), repeat("。第一章 总则第一条"), repeat("中"), repeat("。一、中"),
                         repeat("的通知国发〔2020〕1号"), repeat("。国务院2020年1月1日"), repeat("。总理 李四二〇二〇年一月一日")],
    "cjk_spaces": [repeat("第 一 条"), repeat("第 "), repeat("中\u3000"), repeat("\u3000"), repeat("中  "),
                   repeat("中" * 30 + " "), repeat("中" * 30 + " 中 "), repeat("中" * 30 + " \n"),
                   repeat("第 一"), repeat("\u3000\n"), line("\t", "中  ", "\n")],
    "hard_wraps": [repeat("中，\n"), repeat("中\n"), repeat("第一条 为了，\n"), repeat("中。\n\n中\n"), repeat("中。中\n"),
                   repeat("一、中，\n"), repeat("。a"), repeat("a，\n"), repeat("第一条 为了。ab\ncd\n"),
                   repeat("中中中中中中中中中中中中中中中中中中\n"), repeat("中\n\n")],
    "width_joins": [repeat('中"'), repeat('"中\n'), repeat("中:"), repeat("中,")],
    "label_seams": [repeat("第十－"), repeat("第－十－"), repeat("笫十"), repeat("第一百－条")],
    "table_of_contents": [repeat("目录\n第一章 总则\n"), repeat("第一章 总则……1\n"), repeat("第一章\n"), repeat("目录\n"),
                          line("目录\n第一章", ".", "x\n第二章\n"), line("目录\n第一章", " ", "x\n第二章\n"),
                          Shape("第N章\\n × k, prose, again", headings), repeat("第一章"), repeat("第一章 总则 ")],
    "repeated_summary": [repeat("中。\n"), repeat("本条例。\n"), repeat("中中中中。"), repeat("中。\n\n")],
    "blank_lines": [repeat("\n\n\n\n"), repeat(" \n"), repeat("中\n\n\n"), line("", "\t", "中\n  \n"), line("", "\t", "中 \n"),
                    line("", "  ", "中 \n")],
}


def _html(unit: str, wrap: tuple[str, str] = ("<html><body>", "</body></html>")) -> Shape:
    def make(n: int) -> bytes:
        return (wrap[0] + unit * max(1, n // len(unit)) + wrap[1]).encode("utf-8")

    return Shape("html " + unit, make)


def _markdown(unit: str) -> Shape:
    def make(n: int) -> bytes:
        return ("# 某市条例\n\n" + unit * max(1, n // len(unit)) + "\n").encode("utf-8")

    label = unit.replace("\n", "\\n")
    return Shape("md " + label, make)


INGEST_SHAPES = [
    _html("<p>中</p>"), _html("<p>中"), _html("<div>中</div>"), _html("<br>"), _html("<tr><td>中</td></tr>", ("<table>", "</table>")),
    _html("<td>中", ("<table><tr>", "</tr></table>")), _html('<td colspan="9">中</td>', ("<table><tr>", "</tr></table>")),
    _html("<b>中"), _html("<span>"), _html("</div>"), _html("&amp;"), _html("<!--"), _html("<a href=x>中</a>"),
    _html("<"), _html("中"), _html("<p>中<br>中</p>\n"),
    _markdown("**a "), _markdown("*a "), _markdown("__a "), _markdown("[a](b)"), _markdown("[a]("), _markdown("`a"),
    _markdown("> "), _markdown("- 中\n"), _markdown("<!-- "), _markdown("|中|\n"), _markdown("中"), _markdown("\\*"),
    _markdown("![a](b)"), _markdown("#"),
]

def numbered(unit: str) -> Shape:
    """``TITLE`` + ``unit`` with the numerals 1, 2, 3 … (``第{n}条\n``): distinct labels in order."""
    from corpus_tools.structure.numerals import to_chinese

    def make(n: int) -> str:
        out, size, k = [TITLE], 0, 1
        while size < n:
            line = unit.format(n=to_chinese(k))
            out.append(line)
            size, k = size + len(line), k + 1
        return "".join(out)

    return Shape(unit.replace("\n", "\\n") + " (n = 1, 2, 3 …)", make)


STRUCTURE_SHAPES = [
    *GENERIC, repeat("第一章\n"), repeat("第一章 总则\n第一条 中。\n"), repeat("第一条 中。\n（一）中；\n"), repeat("附件\n"),
    repeat("附件1\n"), repeat("第一节\n"), repeat("一、中\n（一）中\n1.中\n"), repeat("目录\n"), repeat("第一编\n"),
    repeat("关于印发的通知\n"), repeat("2024年1月1日\n"), repeat("之一"), repeat("第一条之一\n"), repeat("（一）（二）"),
    repeat("第一分编\n"), repeat("【第一条】\n"), repeat("第 一 条\n"), repeat("第一条（目的）\n"), repeat("目录\n第一章\n"),
    repeat("第一章\n一、\n"), repeat("一、\n（一）\n1.\n（1）\n①\n"), repeat("附件：\n"), repeat("国务院令\n"),
    numbered("第{n}条\n"), numbered("第{n}章\n"), numbered("第{n}章\n第{n}条 中。\n"), numbered("{n}、中\n"),
]


# --------------------------------------------------------------------------- stages


def _rule(name: str) -> Callable[[object], object]:
    from corpus_tools.clean import CLEANING_ORDER

    return dict(CLEANING_ORDER)[name]


def _ingest(data: object) -> object:
    from corpus_tools.ingest import IngestError, ingest_bytes

    name = "page.html" if bytes(data[:6]) == b"<html>" or bytes(data[:7]) == b"<table>" else "page.md"  # type: ignore[index]
    try:
        return ingest_bytes(data, name)  # type: ignore[arg-type]
    except IngestError as error:  # a limit: rejected, which is an answer in time too
        return error


def _structure(text: object) -> object:
    from corpus_tools.records import CleanedPage, RawPage
    from corpus_tools.structure import structure_rows

    page = RawPage("page.txt", "0" * 64, "utf-8", "text", str(text))
    return structure_rows(CleanedPage(page, str(text)))


def stages(names: list[str] | None) -> list[tuple[str, Callable[[object], object], list[Shape]]]:
    from corpus_tools.clean import CLEANING_ORDER

    out: list[tuple[str, Callable[[object], object], list[Shape]]] = []
    for name, _ in CLEANING_ORDER:
        out.append((name, _rule(name), RULE_SHAPES.get(name, []) + GENERIC))
    out.append(("ingest", _ingest, INGEST_SHAPES))
    out.append(("structure", _structure, STRUCTURE_SHAPES))
    return [s for s in out if not names or s[0] in names]


# --------------------------------------------------------------------------- timing


def _best(fn: Callable[[object], object], arg: object, repeat_: int, min_seconds: float, max_seconds: float) -> float:
    """The fastest of up to ``repeat_`` runs (at least two, until ``min_seconds`` were spent; no new
    run once ``max_seconds`` were), in CPU seconds of the child process: on a shared machine wall
    time varies several-fold between identical runs, the CPU a run needs much less."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < repeat_ and (runs == 0 or spent < min_seconds or runs < 2) and spent < max_seconds:
        start = time.process_time()
        fn(arg)
        took = time.process_time() - start
        best, spent, runs = min(best, took), spent + took, runs + 1
    return best


def _series(fn: Callable[[object], object], shape: Shape, budget: float, repeat_: int, min_seconds: float, send) -> None:
    """In a child process: time each size, sending each point as it is measured (after one untimed
    run on a small input: loading tables and models on first use is not the stage's scan)."""
    try:
        fn(shape.make(100))
        for n in SIZES:
            arg = shape.make(n)
            send.send((n, _best(fn, arg, repeat_, min_seconds, budget / 4), len(arg)))  # type: ignore[arg-type]
    except Exception as error:  # noqa: BLE001 - a stage that fails is reported, not timed
        send.send(("error", f"{type(error).__name__}: {error}", 0))


def measure(fn: Callable[[object], object], shape: Shape, *, budget: float, repeat_: int, min_seconds: float) -> dict[int, float | None]:
    """Seconds per size (None: not reached in ``budget`` seconds, the run killed)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_series, args=(fn, shape, budget, repeat_, min_seconds, send), daemon=True)
    child.start()
    times: dict[int, float | None] = dict.fromkeys(SIZES)
    try:
        for n in SIZES:
            if not receive.poll(budget * (2 if n == SIZES[-1] else 1)):
                break
            size, seconds, _ = receive.recv()
            if size == "error":
                raise RuntimeError(f"{shape.label!r} failed: {seconds}")
            times[size] = seconds
    finally:
        child.kill()
        child.join()
    return times


def ratio(times: dict[int, float | None]) -> float:
    """Time per character at 100k over time per character at 10k (inf: 100k not reached)."""
    small, large = times.get(10_000), times.get(100_000)
    if large is None or small is None:
        return float("inf")
    return (large / 100_000) / max(small / 10_000, 1e-7)


def _cell(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    return f"{seconds * 1000:.1f}" if seconds < 10 else f"{seconds:.0f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="show every pattern, not only each stage's worst and the flagged ones")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds one size may take before the series is stopped")
    parser.add_argument("--repeat", type=int, default=5, help="runs per point at most (best kept)")
    parser.add_argument("--min-seconds", type=float, default=0.05, help="repeat a point until this much time was spent")
    parser.add_argument("--stage", action="append", help="only these stages (rule names, ingest, structure)")
    parser.add_argument("--pattern", action="append", help="only these pattern labels")
    args = parser.parse_args(argv)

    header = "| stage | pattern | " + " | ".join(f"{n // 1000}k ms" for n in SIZES) + " | ratio 100k/10k | |"
    print(header)
    print("|" + " --- |" * (len(SIZES) + 4))
    flagged = []
    for name, fn, shapes in stages(args.stage):
        rows = []
        for shape in shapes:
            if args.pattern and shape.label not in args.pattern:
                continue
            times = measure(fn, shape, budget=args.budget, repeat_=args.repeat, min_seconds=args.min_seconds)
            r = ratio(times)
            bad = r > RATIO_LIMIT
            rows.append((r, shape.label, times, bad))
            if bad:
                flagged.append((name, shape.label, r))
        worst = max(rows, key=lambda row: (row[0], row[2].get(SIZES[-1]) or 0.0), default=None)
        for r, label, times, bad in rows:
            if args.all or bad or (worst is not None and label == worst[1]):
                cells = " | ".join(_cell(times[n]) for n in SIZES)
                shown = "∞" if r == float("inf") else f"{r:.1f}"
                print(f"| {name} | `{label}` | {cells} | {shown} | {'SUPER-LINEAR' if bad else ''} |", flush=True)
    print()
    if flagged:
        print(f"super-linear (time per character at 100k > {RATIO_LIMIT:g} x at 10k, or over the budget):")
        for name, label, r in flagged:
            print(f"  {name}: {label!r} ({'over the budget' if r == float('inf') else f'{r:.1f}x'})")
        return 1
    print(f"every stage linear on every pattern (ratio <= {RATIO_LIMIT:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
