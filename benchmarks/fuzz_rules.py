"""Hunt the cleaning rules' crashes and hangs as a family: feed every rule hostile pages, in strict mode.

A rule's failure no longer costs the page in a build (:mod:`corpus_tools.clean.rule_guard` skips the rule
with a warning), but it still costs that rule's cleaning, and a hang costs the build.  This script looks for
both, seeded and bounded in time, with no network:

* **pairs**: every noise generator of the suite (the wide registry's seen variants and the development
  held-out sets 9-14; never the sealed set) applied TWO AT A TIME to one law
  (:func:`tests.noise.wide.corpus._compose`), pairs drawn at random within ``--seconds`` (``--per-page 3``:
  three at a time);
* **cuts**: such pages cut at random points (a crawler's truncated download, a cut inside a tag or a
  multi-byte sequence's characters);
* **line ends**: such pages with CRLF and with CR-only line ends;
* **shapes**: the empty page, one character of many kinds, one repeated line (a law's, a tag, a label);
* **scale**: one generator's damaged page repeated up to about 1 MB, each rule timed alone at 1/4 and at the full
  size (``--scale-kb``): a rule whose time grows more than :data:`SUPERLINEAR` times for 4 times the input is
  flagged.

Each page goes through ingest (the bytes as a file of its format), every rule (``clean_page``, strict:
an exception or an edit log that does not replay raises) and the structure (``page_columns``: the rows a build
writes).  A failure is printed once per (stage, rule, error type, first line of message), with the smallest
page that showed it written to ``--out`` (a folder) for a test.

    PYTHONPATH=$PWD nice python benchmarks/fuzz_rules.py --seconds 600 --seed 0 --out /tmp/fuzz

The exit code is 1 when a crash or a superlinear rule was found, else 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["CORPUS_TOOLS_STRICT_RULES"] = "1"  # a failing rule raises (corpus_tools.clean.rule_guard)

from corpus_tools.clean import CLEANING_ORDER  # noqa: E402
from corpus_tools.ingest import IngestError, ingest_bytes  # noqa: E402
from corpus_tools.pipeline import clean_page, page_columns  # noqa: E402
from tests.noise.wide.core import Law, parse_law  # noqa: E402
from tests.noise.wide.corpus import _compose, sample_laws, tarball, unpack  # noqa: E402
from tests.noise.wide.registry import REGISTRY, damage, variants  # noqa: E402

#: The development held-out sets the fuzzer may read (never the sealed one).
DEVELOPMENT_SETS = (9, 10, 11, 12, 13, 14)
#: A rule whose time on 4 times the input grows more than this many times is flagged as superlinear.
SUPERLINEAR = 8.0
#: A page that takes longer than this (seconds) in one stage is reported as a hang.
HANG_SECONDS = 60
#: A page that takes more CPU seconds than this (ingest, clean, structure) is printed (a rule to look at).
SLOW_PAGE_SECONDS = 5.0

_FALLBACK_LAW = (
    "# 某市物业管理条例\n\n第一章 总则\n\n第一条 为了规范物业管理活动，维护业主和物业服务企业的合法权益，制定本条例。\n\n"
    "第二条 本条例适用于本市行政区域内的物业管理活动。\n\n第二章 业主\n\n第三条 业主享有下列权利：\n"
    "（一）按照物业服务合同的约定，接受物业服务企业提供的服务；\n（二）提议召开业主大会会议。\n\n"
    "第四条 本条例自2021年11月1日起施行。\n"
)


@dataclass
class Found:
    """The failures seen, one per kind, with the smallest page that showed each."""

    kinds: dict[tuple[str, str, str, str], dict] = field(default_factory=dict)
    pages: int = 0
    slow: list[dict] = field(default_factory=list)
    slow_pages: list[dict] = field(default_factory=list)

    def add(self, stage: str, rule: str, error: BaseException, page: str, fmt: str, how: str) -> None:
        first = (str(error).splitlines() or [""])[0][:160]
        key = (stage, rule, type(error).__name__, first)
        seen = self.kinds.get(key)
        if seen is None:
            print(f"FAIL {stage} {rule}: {type(error).__name__}: {first}  [{how}, {len(page)} chars]", flush=True)
            self.kinds[key] = {"stage": stage, "rule": rule, "error": type(error).__name__, "message": first,
                               "how": how, "fmt": fmt, "page": page, "count": 1,
                               "traceback": "".join(traceback.format_exception(error))[-3000:]}
        else:
            seen["count"] += 1
            if len(page) < len(seen["page"]):
                seen.update(page=page, fmt=fmt, how=how)


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):  # pragma: no cover - only on a hang
    raise _Timeout(f"no answer in {HANG_SECONDS} s")


def _failing_rule(error: BaseException) -> str:
    """The rule whose module the traceback's innermost corpus_tools.clean frame is in (best effort)."""
    tb = error.__traceback__
    where = "?"
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if "/corpus_tools/" in name:
            where = name.split("/corpus_tools/", 1)[1] + f":{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def run_page(found: Found, text: str, fmt: str, how: str) -> None:
    """Ingest, clean (strict) and structure one page; record what fails."""
    found.pages += 1
    started = time.process_time()
    data = text.encode("utf-8", "surrogatepass")
    name = "page.html" if fmt == "html" else "page.txt"
    signal.alarm(HANG_SECONDS)
    try:
        try:
            raw = ingest_bytes(data, name)
        except IngestError:
            return  # a page ingest refuses, with its reason: not a crash
        except Exception as error:  # noqa: BLE001
            found.add("ingest", _failing_rule(error), error, text, fmt, how)
            return
        try:
            cleaned = clean_page(raw)
        except Exception as error:  # noqa: BLE001
            found.add("clean", _failing_rule(error), error, text, fmt, how)
            return
        try:
            page_columns(cleaned)
        except Exception as error:  # noqa: BLE001
            found.add("structure", _failing_rule(error), error, text, fmt, how)
    except _Timeout as error:
        found.add("hang", how, error, text, fmt, how)
    finally:
        signal.alarm(0)
        spent = time.process_time() - started
        if spent > SLOW_PAGE_SECONDS:
            print(f"slow page: {spent:.1f} CPU s, {len(text):,} chars [{how}]", flush=True)
            found.slow_pages.append({"how": how, "chars": len(text), "cpu_s": round(spent, 1)})


def _generators() -> list[str]:
    names = [v.name for v in variants(heldout=False)]
    for which in DEVELOPMENT_SETS:
        names += [v.name for v in variants(heldout=True, heldout_set=which)]
    return sorted(set(names))


def _laws(args: argparse.Namespace) -> list[Law]:
    corpus = args.corpus
    if corpus is None and tarball().exists():
        corpus = unpack(Path(args.work) / "corpus")
    if corpus is None:
        return [parse_law(_FALLBACK_LAW, "fallback.md")]
    return sample_laws(corpus, args.docs, args.seed, max_chars=6000) or [parse_law(_FALLBACK_LAW, "fallback.md")]


def _shapes(laws: list[Law]) -> list[tuple[str, str, str]]:
    """Pages of odd shapes: (text, fmt, how)."""
    line = "第一条 为了规范物业管理活动，制定本条例。"
    out = [("", "txt", "empty"), ("\n", "txt", "one newline"), ("\r\n", "txt", "one CRLF"), ("\r", "txt", "one CR")]
    for ch in "第条。a1\t\u3000\ufeff\ufffd\u200b\x00<>&#（【":
        out.append((ch, "txt", f"one char {ch!r}"))
        out.append((ch, "html", f"one char {ch!r} (html)"))
    for rep in (line, "<p>", "第一条", "【打印本页】【关闭窗口】", "(di)", "\u3000\u3000", "&#", "�", "<td>\t</td>", "第"):
        out.append(("\n".join([rep] * 300), "txt", f"repeated line {rep!r}"))
        out.append((rep * 3000, "txt", f"one long line of {rep!r}"))
    out.append(("<html><body>" + "<p>" * 2000 + "</body></html>", "html", "unclosed p x2000"))
    return out


def fuzz(args: argparse.Namespace) -> Found:
    found = Found()
    rng = random.Random(f"fuzz-rules|{args.seed}")
    laws = _laws(args)
    names = _generators()
    print(f"{len(names)} generators, {len(laws)} laws, {len(CLEANING_ORDER)} rules", flush=True)
    for text, fmt, how in _shapes(laws):
        run_page(found, text, fmt, how)
    print(f"shapes done: {found.pages} pages", flush=True)
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        law = rng.choice(laws)
        pair = rng.sample(names, args.per_page)
        try:
            doc = _compose(law, pair, f"fuzz{args.seed}")
        except Exception:  # noqa: BLE001 (a generator's own failure on this pair: not the cleaners')
            continue
        if doc is None:
            continue
        how = "+".join(pair)
        text = doc.text
        run_page(found, text, doc.fmt, how)
        kind = rng.random()
        if kind < 0.4 and len(text) > 2:
            a = rng.randrange(len(text))
            b = rng.randrange(a, len(text) + 1)
            run_page(found, text[a:b], doc.fmt, how + f" cut {a}:{b}")
        elif kind < 0.6:
            run_page(found, text.replace("\r\n", "\n").replace("\n", "\r\n"), doc.fmt, how + " CRLF")
        elif kind < 0.7:
            run_page(found, text.replace("\r\n", "\n").replace("\n", "\r"), doc.fmt, how + " CR")
    if args.scale_kb:
        scale(found, laws, names, rng, args.scale_kb * 1024)
    return found


def scale(found: Found, laws: list[Law], names: list[str], rng: random.Random, size: int) -> None:
    """Each rule timed alone on a page of one generator's damage at size/4 and at size."""
    picks = rng.sample(names, min(len(names), 6))
    for name in picks:
        doc = None
        for law in laws:
            doc = damage(law, name, seed=0)
            if doc is not None:
                break
        if doc is None or REGISTRY[name].fmt == "html":
            continue
        unit = doc.text + "\n"
        big = unit * max(1, size // max(1, len(unit)))
        small = big[: len(big) // 4]
        for rule_name, rule in CLEANING_ORDER:
            times = []
            for page in (small, big):
                signal.alarm(HANG_SECONDS * 4)
                start = time.process_time()
                try:
                    rule(page)
                except _Timeout as error:
                    found.add("hang", rule_name, error, unit, "txt", f"{name} x{len(page) // len(unit)}")
                    times.append(float("inf"))
                    break
                except Exception as error:  # noqa: BLE001
                    found.add("clean-alone", rule_name, error, unit, "txt", f"{name} x{len(page) // len(unit)}")
                    times.append(float("nan"))
                    break
                finally:
                    signal.alarm(0)
                times.append(time.process_time() - start)
            if len(times) == 2 and times[1] > 0.2 and times[1] > SUPERLINEAR * max(times[0], 0.01):
                item = {"rule": rule_name, "generator": name, "small_s": round(times[0], 3), "big_s": round(times[1], 3),
                        "big_chars": len(big)}
                found.slow.append(item)
                print(f"SLOW {rule_name} on {name}: {times[0]:.3f} s -> {times[1]:.3f} s for 4x the input", flush=True)
        print(f"scaled {name} ({len(big):,} chars)", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300, help="time for the random pairs (default 300)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-page", type=int, default=2, help="generators applied to one page (default 2)")
    ap.add_argument("--docs", type=int, default=20, help="laws drawn from the corpus (default 20)")
    ap.add_argument("--corpus", type=Path, help="an unpacked corpus folder (default: unpack the shared tarball)")
    ap.add_argument("--work", default="/tmp/fuzz_rules_work", help="where the tarball is unpacked")
    ap.add_argument("--scale-kb", type=int, default=1024, help="size of the scale pages in KB (0: skip)")
    ap.add_argument("--out", type=Path, help="a folder for the failing pages and failures.json")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    started = time.monotonic()
    found = fuzz(args)
    print(f"{found.pages} pages in {time.monotonic() - started:.0f} s; {len(found.kinds)} kinds of failure, "
          f"{len(found.slow)} superlinear rule(s)")
    for item in found.kinds.values():
        print(f"  {item['stage']:9} {item['rule']}: {item['error']}: {item['message']} (x{item['count']}; {item['how']})")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for k, item in enumerate(found.kinds.values()):
            (args.out / f"fail{k:02d}.{item['fmt']}").write_text(item["page"], encoding="utf-8", errors="surrogatepass")
        (args.out / "failures.json").write_text(json.dumps({"failures": list(found.kinds.values()), "slow": found.slow,
                                                           "slow_pages": found.slow_pages},
                                                           ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if found.kinds or found.slow else 0


if __name__ == "__main__":
    sys.exit(main())
