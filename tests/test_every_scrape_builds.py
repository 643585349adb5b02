"""Every scrape yields a dataset (issue 13): real crawls, one law, twenty laws, raw/, notices without
a single 第N条, and a noisy corpus in which the documents damaged beyond repair are flagged and the
rest come out clean.  Each build is loaded config by config with ``datasets.load_dataset``.

The noisy corpus comes from a small local generator over the noise modules of ``tests/noise/``
(:func:`make_local_noisy_corpus`): recoverable damage of every family on most laws (the composition
``test_clean_pipeline`` proves undone, and a sentence in Traditional script), and on some
damage no cleaner can undo (an article repeated by the scraper, an article label lost while the
law refers to it, a word replaced by spam with no witness anywhere in the corpus).
"""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from corpus_tools import cli
from corpus_tools.dataset.build import build
from tests.conftest import RAW, SHARED
from tests.dataset_checks import load_every_declared_config, validates
from tests.noise.script import to_traditional
from tests.test_clean_pipeline import _corrupt as recoverable_damage  # every recoverable family, composed

REAL = SHARED / "real"


def _documents(out: Path) -> list[dict]:
    return [row for path in sorted((out / "data").glob("documents-*.parquet"))
            for row in pq.read_table(path, columns=["doc_id", "source_file", "title", "findings"]).to_pylist()]


def _findings(out: Path) -> list[dict]:
    return [row for path in sorted((out / "data").glob("findings-*.parquet")) for row in pq.read_table(path).to_pylist()]


def _check_build(raw: Path, out: Path, cache: Path, *, workers: int = 1) -> tuple[int, dict]:
    """Build ``raw`` with the command line; the output must validate and every declared config load."""
    result = CliRunner().invoke(cli.app, ["build", str(raw), "--out", str(out), "-q", "--workers", str(workers)])
    assert result.exit_code in (cli.EXIT_OK, cli.EXIT_REJECTED), result.stderr
    assert validates(out) == cli.EXIT_OK
    loaded = load_every_declared_config(out, cache)
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    findings = _findings(out)
    assert record["findings"]["total"] == len(findings)
    flagged_docs = {d["doc_id"] for d in _documents(out) if d["findings"]}
    assert record["findings"]["documents_flagged"] == len(flagged_docs)
    assert {f["doc_id"] for f in findings if f["doc_id"]} == flagged_docs
    if "documents" in loaded:  # the one-line filter of the card
        clean = loaded["documents"].filter(lambda r: not r["findings"])
        assert clean.num_rows == loaded["documents"].num_rows - len(flagged_docs)
    return result.exit_code, record


# --------------------------------------------------------------------------- real crawls


@pytest.mark.parametrize("site", ["govcn", "bjtcm"])
def test_real_crawls_build_and_load(site, tmp_path):
    raw = REAL / site
    if not raw.is_dir():
        pytest.skip(f"{raw} not found")
    code, record = _check_build(raw, tmp_path / "out", tmp_path / "cache")
    assert code == (cli.EXIT_REJECTED if record["input"]["rejected"] else cli.EXIT_OK)
    assert "alignments" in record["empty_configs"], "no draft/final pair in a month of notices"
    # an empty title is data about its document, never a reason to refuse the crawl
    for doc in _documents(tmp_path / "out"):
        assert ("non_empty_title" in doc["findings"]) == (not (doc["title"] or "").strip()), doc
    print(f"\n{site}: findings {record['findings']}")


# --------------------------------------------------------------------------- clean laws


@pytest.fixture(scope="module")
def clean_laws(clean_corpus_files):
    return clean_corpus_files


def _copy(files: list[Path], target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(files):
        shutil.copyfile(path, target / f"{i:03d}_{path.name}")
    return target


@pytest.mark.parametrize("count", [1, 20])
def test_clean_laws_build_without_findings(count, clean_laws, tmp_path):
    raw = _copy(clean_laws[:: len(clean_laws) // count][:count], tmp_path / "raw")
    code, record = _check_build(raw, tmp_path / "out", tmp_path / "cache")
    assert code == cli.EXIT_OK
    assert record["findings"]["total"] == 0 and "findings" in record["empty_configs"]
    assert "alignments" in record["empty_configs"]
    assert CliRunner().invoke(cli.app, ["build", str(raw), "--out", str(tmp_path / "strict"), "-q", "--strict"]).exit_code == cli.EXIT_OK


def test_raw_seeds_build_and_load(tmp_path):
    code, record = _check_build(RAW, tmp_path / "out", tmp_path / "cache")
    assert code == cli.EXIT_OK
    assert record["configs"]["alignments"]["rows"] > 0, "the Changzhou draft and its final text"


NOTICES = [
    ("关于做好2021年春节期间安全生产工作的通知", "各区人民政府，市政府各委、办、局：\n为切实做好春节期间安全生产工作，现将有关事项通知如下：\n"
     "一、提高思想认识。各单位要高度重视，认真部署。\n二、强化隐患排查。要组织开展全面检查。\n三、加强值班值守。严格执行领导带班制度。\n"
     "特此通知。\n北京市人民政府办公厅\n2021年1月20日\n"),
    ("关于公布2020年度优秀单位名单的通知", "各有关单位：\n经评审，现将2020年度优秀单位名单予以公布。\n"
     "希望受表彰的单位珍惜荣誉，再创佳绩。\n附件：优秀单位名单\n北京市中医管理局\n2021年3月2日\n"),
    ("关于召开年度工作会议的通知", "各处室：\n定于2021年4月15日上午9时召开年度工作会议，请准时参加。\n联系人：王明\n联系电话：64010910\n"
     "办公室\n2021年4月8日\n"),
]


def test_a_crawl_of_notices_without_articles_builds(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, (title, body) in enumerate(NOTICES):
        (raw / f"{i:03d}.txt").write_text(f"{title}\n{body}", encoding="utf-8")
    code, record = _check_build(raw, tmp_path / "out", tmp_path / "cache")
    assert code == cli.EXIT_OK
    assert {"articles", "alignments"} <= set(record["empty_configs"])
    assert record["configs"]["documents"]["rows"] >= len(NOTICES)


# --------------------------------------------------------------------------- a noisy corpus

_LABEL_LINE = re.compile(r"^第([一二三四五六七八九十百零〇两]+)条", re.M)
_CJK_WORD = re.compile(r"(?<=[\u4e00-\u9fff])[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff])")


def _repeat_an_article(text: str, rng: random.Random) -> str | None:
    """The scraper repeated one article's paragraph: its number now occurs twice."""
    lines = text.split("\n")
    articles = [i for i, line in enumerate(lines) if _LABEL_LINE.match(line)]
    if len(articles) < 3:
        return None
    k = rng.randrange(1, len(articles) - 1)
    lines.insert(articles[k + 1], lines[articles[k]])
    lines.insert(articles[k + 1] + 1, "")
    return "\n".join(lines)


def _lose_a_referenced_label(text: str, rng: random.Random) -> str | None:
    """An article lost its label while the law refers to it (依照第N条): a hole in the numbering the
    source does not have."""
    labels = [m for m in _LABEL_LINE.finditer(text)]
    referenced = [m for m in labels[1:-1] if text.count(m.group(0)) >= 2]
    if not referenced:
        return None
    m = rng.choice(referenced)
    return text[: m.start()] + text[m.end():].lstrip(" 　")


def _unwitnessed_spam_gap(text: str, rng: random.Random, corpus: str) -> str | None:
    """A word replaced by a spam brand where no other page holds the same passage: nothing can restore it."""
    starts = [m.start() for m in _LABEL_LINE.finditer(text)]
    candidates = [m for m in _CJK_WORD.finditer(text, starts[0] if starts else 0)
                  if corpus.count(text[m.start() - 12: m.start()]) == 1 and "\n" not in text[m.start() - 12: m.end() + 12]]
    if not candidates:
        return None
    m = rng.choice(candidates)
    return text[: m.start()] + rng.choice(["万博体育manbetx3.0平台", "开云体育官方网站", "乐鱼体育app下载"]) + text[m.end():]


BEYOND_REPAIR = {
    "repeated article": ("article_numbers_unique", _repeat_an_article),
    "lost label": ("article_numbers_contiguous", _lose_a_referenced_label),
    "unwitnessed spam gap": ("unresolved_spam_gap", _unwitnessed_spam_gap),
}


def make_local_noisy_corpus(laws: list[Path], out: Path, seed: int = 0) -> dict[str, str | None]:
    """Write the laws, damaged, into ``out``; return file name -> the finding its document must carry
    (None: recoverable damage only, the document must come out clean)."""
    out.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in laws]
    corpus = "\n".join(texts)
    expected: dict[str, str | None] = {}
    kinds = list(BEYOND_REPAIR)
    for i, text in enumerate(texts):
        rng = random.Random(f"{seed}|{i}")
        name = f"{i:03d}.md"
        damaged, check = None, None
        if i % 6 == 0:
            kind = kinds[(i // 6) % len(kinds)]
            check, damage = BEYOND_REPAIR[kind]
            damaged = damage(text, rng, corpus) if kind == "unwitnessed spam gap" else damage(text, rng)
        if damaged is None:
            damaged, check = recoverable_damage(text, rng), None
            if i % 5 == 1:  # one sentence converted to Traditional
                damaged = to_traditional(damaged, rng, variant="s2t", unit="sentence", fraction=0.1)
        (out / name).write_text(damaged, encoding="utf-8")
        expected[name] = check
    return expected


@pytest.fixture(scope="module")
def noisy_build(clean_laws, tmp_path_factory):
    laws = [p for p in clean_laws if 3_000 < p.stat().st_size < 12_000][::5][:120]
    assert len(laws) >= 100
    tmp = tmp_path_factory.mktemp("noisy")
    expected = make_local_noisy_corpus(laws, tmp / "raw")
    summary = build(tmp / "raw", tmp / "out", progress=False, workers=2)
    return expected, summary, tmp


def _incomplete_sources(clean_laws) -> set[str]:
    """Names (as :func:`make_local_noisy_corpus` gives them) of the laws whose clean copy is itself cut
    short: the shared corpus holds LawRefBook copies that stop mid-law (宁波市全民阅读促进条例 ends at
    第三章 第二十八条; the law has five chapters), which ``truncated`` rightly flags before any noise."""
    from corpus_tools.validation.completeness import truncated

    laws = [p for p in clean_laws if 3_000 < p.stat().st_size < 12_000][::5][:120]
    names = set()
    for i, path in enumerate(laws):
        text = path.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0].lstrip("# ").strip()
        if truncated(title, text):
            names.add(f"{i:03d}.md")
    return names


def test_noisy_corpus_flags_the_damaged_documents_and_only_those(noisy_build, clean_laws):
    expected, summary, tmp = noisy_build
    cut_short = _incomplete_sources(clean_laws)
    out = tmp / "out"
    assert summary.outcome == "ok", summary.render()
    assert sum(1 for check in expected.values() if check) >= 15 and len(expected) >= 100
    assert {check for check in expected.values() if check} == {check for check, _ in BEYOND_REPAIR.values()}
    by_file: dict[str, set[str]] = {}
    for doc in _documents(out):
        by_file.setdefault(doc["source_file"], set()).update(doc["findings"])
    for name in cut_short:  # the source's own truncation, not the noise's
        by_file[name] = by_file.get(name, set()) - {"truncated"}
    wrong = {name: (check, sorted(by_file.get(name, ()))) for name, check in expected.items()
             if (check is None and by_file.get(name)) or (check is not None and check not in by_file.get(name, ()))}
    assert not wrong, f"{len(wrong)} documents flagged wrongly (expected, found): {dict(list(wrong.items())[:8])}"
    print(f"\nnoisy corpus: {len(expected)} laws, {sum(1 for c in expected.values() if c)} damaged beyond repair; "
          f"findings {summary.findings_record()}")


def test_noisy_corpus_loads_validates_and_strict_exits_4(noisy_build, tmp_path):
    _, _, tmp = noisy_build
    out = tmp / "out"
    loaded = load_every_declared_config(out, tmp_path / "cache")
    assert loaded["findings"].num_rows > 0
    assert validates(out) == cli.EXIT_OK and validates(out, strict=True) == cli.EXIT_FINDINGS
    strict = CliRunner().invoke(cli.app, ["build", str(tmp / "raw"), "--out", str(tmp_path / "strict"), "-q", "--strict",
                                          "--workers", "2"])
    assert strict.exit_code == cli.EXIT_FINDINGS and (tmp_path / "strict" / "build.json").exists()
    assert "findings" in strict.stderr
