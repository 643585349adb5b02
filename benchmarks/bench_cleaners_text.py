"""Robustness benchmark for the text-level cleaners: mojibake, ruby pinyin, script, width.

Usage::

    /work/venv/bin/python benchmarks/bench_cleaners_text.py [--corpus /tmp/corpus]
        [--docs 30] [--chars 1500] [--seed 7] [--only ruby] [--show 2] [--json out.json]

A fixed random sample of clean laws (ingested as the pipeline sees them, cut to
``--chars`` at a line end) is damaged with many variants per family, written
from the benchmark author's point of view (NOISE.md and the issue), not from
``tests.noise``: the generators here are deliberately independent.
Per variant it reports the exact recovery rate ``clean(damaged) == clean(original)``
with the whole pipeline :func:`corpus_tools.clean.clean`; the first line reports
the false-positive rate on undamaged text (``clean(x) != x`` beyond the width
normalisation of ASCII punctuation in CJK context, which the corpus allows).

Variants whose damage destroys information by construction are still measured
(``lossy`` in the table) so that a regression shows; their rate is not expected
to reach 100%.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import unicodedata
from pathlib import Path
from typing import Callable

import opencc
import regex
from pypinyin import Style, pinyin
from pypinyin.pinyin_dict import pinyin_dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_tools.clean import clean  # noqa: E402
from corpus_tools.ingest import ingest_file  # noqa: E402

Noise = Callable[[str, random.Random], str]

HAN = regex.compile(r"\p{Han}")
HAN_RUN = regex.compile(r"\p{Han}+")
LINES = regex.compile(r"^.*\S.*$", regex.M)
HAN_LINE = regex.compile(r"^.*\p{Han}.*$", regex.M)

# --------------------------------------------------------------------------- ruby

_TONE_MARKS = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "v": "ǖǘǚǜ"}


def _readings(run: str, style: Style) -> list[str] | None:
    out = pinyin(run, style=style, errors=lambda chars: [[None]] * len(chars))
    flat = [item[0] for item in out]
    if len(flat) != len(run) or any(r is None for r in flat):
        return None
    return flat


def _spell_u(reading: str, how: str) -> str:
    return reading.replace("v", how).replace("ü", how)


def ruby(
    *,
    rate: float = 1.0,
    stack: tuple[int, int] = (1, 1),
    brackets: str = "ascii",
    style: str = "plain",
    u_as: str = "v",
    capital: bool = False,
    heteronym: float = 0.0,
    before_closer: float | None = None,
) -> Noise:
    """Ruby groups after Han characters (the issue's family, parameterised)."""

    def noise(text: str, rng: random.Random) -> str:
        pieces: list[str] = []
        cursor = 0
        pstyle = {"plain": Style.NORMAL, "marks": Style.TONE, "digits": Style.TONE3}[style]
        for run in HAN_RUN.finditer(text):
            reads = _readings(run.group(), pstyle)
            if reads is None:
                continue
            for k, (char, reading) in enumerate(zip(run.group(), reads)):
                pos = run.start() + k + 1
                nxt = text[pos : pos + 1]
                if nxt in ("(", "（"):
                    continue  # would glue to a genuine parenthesis (ambiguous by nature)
                p = before_closer if (before_closer is not None and nxt in (")", "）")) else rate
                if rng.random() >= p:
                    continue
                if heteronym and style == "plain" and rng.random() < heteronym:
                    opts = [r for r in pinyin_dict.get(ord(char), "").split(",") if r]
                    if opts:  # a careless site picks any reading of the character
                        nfd = unicodedata.normalize("NFD", rng.choice(opts)).replace("u\u0308", "v")
                        reading = "".join(c for c in nfd if not unicodedata.combining(c))
                if style == "digits" and not reading[-1:].isdigit() and rng.random() < 0.5:
                    reading += "5"  # neutral tone written 5 by some sites
                reading = _spell_u(reading, u_as) if style == "plain" else reading.replace("v", "ü") if u_as == "ü" else reading
                if capital:
                    reading = reading[:1].upper() + reading[1:]
                n = rng.randint(*stack)
                groups = []
                for _ in range(n):
                    kind = brackets if brackets != "mixed" else rng.choice(("ascii", "full"))
                    left, right = ("(", ")") if kind == "ascii" else ("（", "）")
                    groups.append(f"{left}{reading}{right}")
                pieces.append(text[cursor:pos])
                pieces.append("".join(groups))
                cursor = pos
        pieces.append(text[cursor:])
        return "".join(pieces)

    return noise


# --------------------------------------------------------------------------- script

_CONVERTERS: dict[str, opencc.OpenCC] = {}


def _cc(config: str) -> opencc.OpenCC:
    if config not in _CONVERTERS:
        _CONVERTERS[config] = opencc.OpenCC(config)
    return _CONVERTERS[config]


def traditional(config: str = "s2t", *, unit: str = "page", fraction: float = 1.0, slips: float = 0.0) -> Noise:
    """Conversion to Traditional of the page, some paragraphs or some sentences, with slips."""
    sentence = regex.compile(r"[^。！？；\n]+[。！？；]*")

    def slip(orig: str, conv: str, rng: random.Random) -> str:
        if not slips or len(orig) != len(conv):
            return conv
        return "".join(o if o != c and rng.random() < slips else c for o, c in zip(orig, conv))

    def noise(text: str, rng: random.Random) -> str:
        convert = _cc(config).convert
        if unit == "page":
            return slip(text, convert(text), rng)
        pattern = LINES if unit == "paragraph" else sentence
        out, cursor = [], 0
        for m in pattern.finditer(text):
            if rng.random() < fraction:
                out += [text[cursor : m.start()], slip(m.group(), convert(m.group()), rng)]
                cursor = m.end()
        out.append(text[cursor:])
        return "".join(out)

    return noise


# --------------------------------------------------------------------------- width

_FULL_TO_ASCII = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"}


def ascii_punct(chars: str = "，；：？！（）", rate: float = 1.0, quotes: bool = False, period: bool = False) -> Noise:
    """Full-width punctuation typed as ASCII (the whole text or a share)."""

    def noise(text: str, rng: random.Random) -> str:
        out = []
        for ch in text:
            if ch in chars and rng.random() < rate:
                out.append(_FULL_TO_ASCII[ch])
            elif quotes and ch in "“”" and rng.random() < rate:
                out.append('"')
            elif period and ch == "。" and rng.random() < rate:
                out.append(".")
            else:
                out.append(ch)
        return "".join(out)

    return noise


def widen(pattern: str, rate: float = 1.0) -> Noise:
    """ASCII characters of ``pattern`` written full width (``２０２１``, ``ＡＰＰ``, ``．``)."""
    rx = regex.compile(pattern)

    def noise(text: str, rng: random.Random) -> str:
        return rx.sub(
            lambda m: "".join(chr(ord(c) + 0xFEE0) for c in m.group()) if rng.random() < rate else m.group(), text
        )

    return noise


CONTACT = (
    "联系电话：0519-85681627，传真：(0551)62999999，电子邮箱：zqyjfk@163.com；"
    "网址：https://www.gov.cn/zhengce/2021-11/01/content_5648.htm，邮编：213022。"
    "本条例自2021年11月1日起施行，第3.5条所称5G网络(含APP)由Wi-Fi、C++等构成。"
)


def with_contact(noise: Noise) -> Noise:
    """Append a line of numbers, URL, e-mail and phone numbers before damaging."""

    def wrapped(text: str, rng: random.Random) -> str:
        return noise(text, rng)

    wrapped.extra = CONTACT  # type: ignore[attr-defined]
    return wrapped


# --------------------------------------------------------------------------- mojibake


def _pick_lines(text: str, rng: random.Random, n: int, pattern: regex.Pattern = HAN_LINE) -> list[regex.Match]:
    lines = list(pattern.finditer(text))
    return sorted(rng.sample(lines, min(n, len(lines))), key=lambda m: m.start()) if lines else []


def _replace_lines(text: str, matches: list, fn: Callable[[str], str]) -> str:
    out, cursor = [], 0
    for m in matches:
        out += [text[cursor : m.start()], fn(m.group())]
        cursor = m.end()
    out.append(text[cursor:])
    return "".join(out)


def utf8_as_gbk(errors: str = "strict", n: int = 1, span: bool = False) -> Noise:
    """Lines (or a span of a line) whose UTF-8 bytes were decoded as GBK.

    ``strict`` keeps only lines that decode losslessly; ``replace`` writes U+FFFD
    for undecodable bytes, ``qmark`` writes ``?``, ``ignore`` drops them.
    """

    def conv(s: str) -> str:
        data = s.encode("utf-8")
        if errors == "qmark":
            return data.decode("gbk", errors="replace").replace("\ufffd", "?")
        return data.decode("gbk", errors=errors)

    def noise(text: str, rng: random.Random) -> str:
        cands = list(HAN_LINE.finditer(text))
        if errors == "strict" and not span:
            cands = [m for m in cands if _gbk_lossless(m.group())]
        rng.shuffle(cands)
        chosen = sorted(cands[:n], key=lambda m: m.start())
        if not span:
            return _replace_lines(text, chosen, conv)
        out, cursor = [], 0
        for m in chosen:
            runs = [r for r in HAN_RUN.finditer(m.group()) if len(r.group()) >= 2]
            if errors == "strict":
                runs = [r for r in runs if _gbk_lossless(r.group())]
            if not runs:
                continue
            r = rng.choice(runs)
            out += [text[cursor : m.start() + r.start()], conv(r.group())]
            cursor = m.start() + r.end()
        out.append(text[cursor:])
        return "".join(out)

    return noise


def _gbk_lossless(s: str) -> bool:
    try:
        s.encode("utf-8").decode("gbk")
        return True
    except UnicodeDecodeError:
        return False


def lose_byte(codec: str = "gbk", qmark: str = "?", where: str = "any", script: str = "s2t") -> Noise:
    """A GBK/Big5 stream lost one byte; the rest of the line is read out of step.

    ``qmark``: what the fixer wrote for ``？``/U+FFFD (``?``, ``？`` or U+FFFD).
    ``where``: ``any`` character, ``punct`` (a full-width punctuation mark lost
    its lead byte, the seed's case), ``han`` (a Han character).  Big5 needs
    Traditional text: the page is converted with ``script`` first (both sides).
    """

    def noise(text: str, rng: random.Random) -> str:
        cands = [i for i, ch in enumerate(text) if not ch.isascii() and not ch.isspace()]
        if where == "punct":
            cands = [i for i in cands if text[i] in "。，；：、（）“”《》"]
        elif where == "han":
            cands = [i for i in cands if HAN.match(text[i])]
        rng.shuffle(cands)
        for pos in cands:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            # the damage stops at the first ASCII byte that resynchronises: keep a short stretch
            try:
                data = text[pos:end].encode(codec)
            except UnicodeEncodeError:
                continue
            if len(data) < 4:
                continue
            damaged = data[1:].decode(codec, errors="replace")
            if qmark != "？":
                damaged = damaged.replace("？", qmark)
            damaged = damaged.replace("\ufffd", qmark if qmark != "？" else "\ufffd")
            return text[:pos] + damaged + text[end:]
        return text

    return noise


def latin1(codec: str = "cp1252", unit: str = "span", n: int = 1) -> Noise:
    """UTF-8 read as Windows-1252 or ISO-8859-1 (``ä¸­æ–‡``): a short span or a whole line."""
    span = regex.compile(r"[\p{Han}，。、；：“”（）《》]{1,6}")

    def as_single_byte(data: bytes) -> str:
        if codec == "latin-1":
            return data.decode("latin-1")
        return "".join(
            bytes((b,)).decode("cp1252", errors="ignore") or chr(b) for b in data
        )

    def noise(text: str, rng: random.Random) -> str:
        if unit == "line":
            return _replace_lines(text, _pick_lines(text, rng, n), lambda s: as_single_byte(s.encode("utf-8")))
        spans = list(span.finditer(text))
        rng.shuffle(spans)
        chosen = sorted(spans[:n], key=lambda m: m.start())
        out, cursor = [], 0
        for m in chosen:
            out += [text[cursor : m.start()], as_single_byte(m.group().encode("utf-8"))]
            cursor = m.end()
        out.append(text[cursor:])
        return "".join(out)

    return noise


def insert(chars: str, n: int = 5, *, start: bool = False) -> Noise:
    """Insert ``n`` characters drawn from ``chars`` between visible characters."""
    spot = regex.compile(r"(?<=\S)(?=\S)")

    def noise(text: str, rng: random.Random) -> str:
        if start:
            return chars[0] + text
        spots = [m.start() for m in spot.finditer(text)]
        for pos in sorted(rng.sample(spots, min(n, len(spots))), reverse=True):
            text = text[:pos] + rng.choice(chars) + text[pos:]
        return text

    return noise


def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\n", "\r\n")


def chain(*noises: Noise) -> Noise:
    def noise(text: str, rng: random.Random) -> str:
        for n in noises:
            text = n(text, rng)
        return text

    return noise


# --------------------------------------------------------------------------- variants

#: (family, name, noise, base transform applied to both sides, lossy?)
VARIANTS: list[tuple[str, str, Noise, Callable[[str], str] | None, bool]] = []


def variant(family: str, name: str, noise: Noise, base: Callable[[str], str] | None = None, lossy: bool = False) -> None:
    VARIANTS.append((family, name, noise, base, lossy))


_s2t = lambda t: _cc("s2t").convert(t)  # noqa: E731

# ruby
variant("ruby", "every char, ascii ()", ruby())
variant("ruby", "30% of chars", ruby(rate=0.3))
variant("ruby", "full-width （）", ruby(rate=0.5, brackets="full"))
variant("ruby", "mixed brackets", ruby(rate=0.5, brackets="mixed"))
variant("ruby", "stacked 2-4", ruby(rate=0.3, stack=(2, 4)))
variant("ruby", "stacked mixed brackets", ruby(rate=0.3, stack=(2, 4), brackets="mixed"))
variant("ruby", "u-umlaut as v", ruby(rate=1.0, u_as="v"))
variant("ruby", "u-umlaut as u", ruby(rate=1.0, u_as="u"))
variant("ruby", "u-umlaut as ü", ruby(rate=1.0, u_as="ü"))
variant("ruby", "tone marks", ruby(rate=0.5, style="marks"))
variant("ruby", "tone digits (ma3)", ruby(rate=0.5, style="digits"))
variant("ruby", "inside genuine ()", ruby(rate=0.0, before_closer=1.0))
variant("ruby", "heteronyms (any reading)", ruby(rate=0.5, heteronym=1.0))
variant("ruby", "capitalised", ruby(rate=0.5, capital=True))
variant("ruby", "on Traditional text", ruby(rate=0.5), base=_s2t)
variant("ruby", "on Traditional, stacked", ruby(rate=0.3, stack=(2, 4), brackets="mixed"), base=_s2t)

# script
for cfg in ("s2t", "s2tw", "s2hk"):
    variant("script", f"{cfg} page", traditional(cfg))
variant("script", "s2t paragraphs 50%", traditional("s2t", unit="paragraph", fraction=0.5))
variant("script", "s2tw paragraphs 50%", traditional("s2tw", unit="paragraph", fraction=0.5))
variant("script", "s2t sentences 50%", traditional("s2t", unit="sentence", fraction=0.5))
variant("script", "s2hk sentences 30%", traditional("s2hk", unit="sentence", fraction=0.3))
variant("script", "s2t page, 5% slips", traditional("s2t", slips=0.05))
variant("script", "s2t page, 20% slips", traditional("s2t", slips=0.2))
variant("script", "s2tw paragraphs, 10% slips", traditional("s2tw", unit="paragraph", fraction=0.5, slips=0.1))
variant("script", "s2twp page (vocabulary)", traditional("s2twp"), lossy=True)

# width
variant("width", "ascii ,;:?! all", ascii_punct("，；：？！"))
variant("width", "ascii ,;:?! 50%", ascii_punct("，；：？！", rate=0.5))
variant("width", "ascii ()", ascii_punct("（）"))
variant("width", "ascii all punct + quotes", ascii_punct(quotes=True))
variant("width", "ascii quotes", ascii_punct("", quotes=True))
variant("width", "ascii period", ascii_punct("", period=True))
variant("width", "everything ascii", ascii_punct(quotes=True, period=True))
variant("width", "full-width digits", widen(r"[0-9]+"))
variant("width", "full-width letters", widen(r"[A-Za-z]+"))
variant("width", "full-width digits+dots", widen(r"[0-9]+(?:\.[0-9]+)*"))
variant("width", "contact line: ascii punct", ascii_punct(quotes=True), base=lambda t: t + "\n" + CONTACT + "\n")
variant("width", "contact line: full-width digits", widen(r"[0-9]+"), base=lambda t: t + "\n" + CONTACT + "\n")
variant("width", "contact line: full-width alnum", widen(r"[0-9A-Za-z]+"), base=lambda t: t + "\n" + CONTACT + "\n")
variant("width", "contact line: NFKC-wide ASCII", widen(r"[!-~]+", rate=0.3), base=lambda t: t + "\n" + CONTACT + "\n")

# mojibake
variant("mojibake", "utf8-as-gbk line (lossless)", utf8_as_gbk("strict"))
variant("mojibake", "utf8-as-gbk 3 lines (lossless)", utf8_as_gbk("strict", n=3))
variant("mojibake", "utf8-as-gbk line, U+FFFD", utf8_as_gbk("replace"))
variant("mojibake", "utf8-as-gbk line, ?", utf8_as_gbk("qmark"))
variant("mojibake", "utf8-as-gbk line, bytes dropped", utf8_as_gbk("ignore"), lossy=True)
variant("mojibake", "utf8-as-gbk span (lossless)", utf8_as_gbk("strict", span=True))
variant("mojibake", "utf8-as-gbk span, U+FFFD", utf8_as_gbk("replace", span=True))
variant("mojibake", "gbk lost byte at punct, ?", lose_byte("gbk", "?", "punct"), base=_s2t)
variant("mojibake", "gbk lost byte at punct, ？", lose_byte("gbk", "？", "punct"), base=_s2t)
variant("mojibake", "gbk lost byte at punct, U+FFFD", lose_byte("gbk", "\ufffd", "punct"), base=_s2t)
variant("mojibake", "gbk lost byte at han (Simplified)", lose_byte("gbk", "?", "han"))
variant("mojibake", "gbk lost byte anywhere (Traditional)", lose_byte("gbk", "?", "any"), base=_s2t)
variant("mojibake", "big5 lost byte anywhere", lose_byte("big5", "?", "any"), base=_s2t)
variant("mojibake", "latin-1 span (cp1252)", latin1("cp1252"))
variant("mojibake", "latin-1 span (iso-8859-1)", latin1("latin-1"))
variant("mojibake", "latin-1 3 spans (cp1252)", latin1("cp1252", n=3))
variant("mojibake", "latin-1 whole line (cp1252)", latin1("cp1252", unit="line"))
variant("mojibake", "latin-1 whole line (iso-8859-1)", latin1("latin-1", unit="line"))
variant("mojibake", "zero-width U+200B-D, 2060, FEFF", insert("\u200b\u200c\u200d\u2060\ufeff", n=8))
variant("mojibake", "BOM at start", insert("\ufeff", start=True))
variant("mojibake", "soft hyphen, bidi marks", insert("\u00ad\u200e\u200f", n=5))
variant("mojibake", "C0 controls", insert("".join(map(chr, [1, 2, 7, 8, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F])), n=5))
variant("mojibake", "C1 controls", insert("".join(map(chr, range(0x80, 0xA0))), n=5))
variant("mojibake", "stray U+FFFD", insert("\ufffd", n=3))
variant("mojibake", "CRLF line ends", crlf)

# combinations
variant("combo", "Traditional + ruby (seed 004)", chain(traditional("s2t"), ruby(rate=0.3, stack=(1, 3), u_as="v")))
variant("combo", "Traditional + ascii punct + ruby", chain(traditional("s2t"), ascii_punct(), ruby(rate=0.3, before_closer=1.0)))
variant("combo", "Traditional + gbk lost byte (seed 003)", chain(traditional("s2t", slips=0.05), ascii_punct("，"), lose_byte("gbk", "?", "punct")))
variant("combo", "Traditional + utf8-as-gbk line", chain(traditional("s2t"), utf8_as_gbk("strict")))
variant("combo", "ruby + zero-width", chain(ruby(rate=0.3), insert("\u200b\ufeff", n=5)))
variant("combo", "width + latin-1 span", chain(ascii_punct(), latin1("cp1252")))
variant("combo", "full-width digits + ruby", chain(widen(r"[0-9]+"), ruby(rate=0.3)))


# --------------------------------------------------------------------------- run

_WIDTH_OK = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", '"': "“”", ".": "。", "'": "‘’"}


def load_sample(corpus: Path, docs: int, chars: int, seed: int) -> list[str]:
    files = sorted(corpus.rglob("*.md"))
    rng = random.Random(seed)
    texts = []
    for path in rng.sample(files, min(docs, len(files))):
        text = ingest_file(path, corpus).text
        if len(text) > chars:
            cut = text.rfind("\n", 0, chars)
            text = text[: cut + 1] if cut > 0 else text[:chars]
        texts.append(text)
    return texts


def false_positive(texts: list[str]) -> tuple[int, list[str]]:
    """Texts that clean() changes beyond width normalisation of punctuation."""
    from corpus_tools.clean import clean_and_explain

    bad = []
    for text in texts:
        for e in clean_and_explain(text).edits:
            ok = e.rule == "width" and (
                (e.before in _WIDTH_OK and e.after in _WIDTH_OK[e.before])
                or unicodedata.normalize("NFKC", e.before) == e.after
            )
            if not ok:
                bad.append(f"{e.rule}: {e.before!r} -> {e.after!r}")
                break
    return len(bad), bad


def first_diff(a: str, b: str) -> str:
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return f"want {a[max(0, i - 15):i + 25]!r}\n        got  {b[max(0, i - 15):i + 25]!r}"


def run(texts: list[str], seed: int, only: str | None, show: int) -> list[dict]:
    rows = []
    for family, name, noise, base, lossy in VARIANTS:
        if only and only not in family and only not in name:
            continue
        ok = tried = 0
        fails: list[str] = []
        t0 = time.perf_counter()
        for i, text in enumerate(texts):
            original = base(text) if base else text
            damaged = noise(original, random.Random(seed * 1000 + i))
            if damaged == original:
                continue
            tried += 1
            want, got = clean(original), clean(damaged)
            if want == got:
                ok += 1
            elif len(fails) < show:
                fails.append(first_diff(want, got))
        rows.append(
            {
                "family": family,
                "variant": name,
                "lossy": lossy,
                "tried": tried,
                "recovered": ok,
                "rate": ok / tried if tried else float("nan"),
                "seconds": time.perf_counter() - t0,
                "fails": fails,
            }
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/corpus"))
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--chars", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    texts = load_sample(args.corpus, args.docs, args.chars, args.seed)
    fp, examples = false_positive(texts)
    print(f"false positives on undamaged text: {fp}/{len(texts)}")
    for ex in examples[:5]:
        print("   ", ex)
    rows = run(texts, args.seed, args.only, args.show)
    print(f"{'family':9} {'variant':42} {'rate':>7} {'n':>4} {'s':>6}")
    for r in rows:
        flag = " (lossy)" if r["lossy"] else ""
        print(f"{r['family']:9} {r['variant']:42} {r['rate']:7.0%} {r['tried']:4} {r['seconds']:6.1f}{flag}")
        for f in r["fails"]:
            print("      ", f)
    if args.json:
        args.json.write_text(json.dumps({"false_positives": fp, "rows": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
