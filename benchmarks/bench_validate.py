"""Benchmark: how long validation of 100,000 articles takes (not a test).

Synthesises a valid dataset of N articles (default 100,000) with realistic
text: article bodies are taken from the shared clean corpus when it is
present (``../shared/corpus/local-regulations.tar.xz``), else generated from
legal phrases with the corpus's length distribution.  Around them: one
document per 30 articles (its text the articles joined), one page per
document, provisions, edits (a width edit each page's ingested text replays); alignments and
findings have no rows (left out of the folder, declared empty by its card).  Then times
:func:`corpus_tools.validation.run.validate_tables` (in-memory tables) on the whole
dataset, on the articles config alone, and :func:`validate_path` on the
dataset written as parquet (what the build gate runs): once one shard per
config, once cut into chunks of pages as the build writes it (validate_path
streams them), with the peak RSS of each in a fresh process; after one warm-up
run that pays the one-off imports (OpenCC tables of the script cleaner, pypinyin).  The
benchmark stops with exit 1 and the report if any of these validations finds its own
dataset invalid (it once timed an invalid folder: no card).

    /work/venv/bin/python benchmarks/bench_validate.py [--articles 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus_tools import tables  # noqa: E402
from corpus_tools.dataset.texts import paragraph_ends  # noqa: E402
from corpus_tools.ids import doc_id, page_id  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "local-regulations.tar.xz"
_ARTICLE = regex.compile(r"(?m)^第[一二三四五六七八九十百零〇两]+条(?:之[一二三四五六七八九十]+)?[ \u3000]+")
_HEADING = regex.compile(r"\n#|\n<!--")
_PHRASES = (
    "为了规范智能制造发展", "根据有关法律、行政法规", "结合本市实际", "制定本条例", "市人民政府应当",
    "加强对智能制造工作的领导", "建立健全协调机制", "统筹解决重大问题", "有关部门按照各自职责", "做好相关工作",
    "鼓励企业开展技术改造", "支持建设公共服务平台", "依法给予处罚", "本条例自公布之日起施行",
)


def corpus_bodies(limit: int) -> list[str]:
    """Article bodies of the clean corpus (one line each), or [] when it is absent."""
    if not CORPUS.exists():
        return []
    bodies: list[str] = []
    with tarfile.open(CORPUS) as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".md"):
                continue
            text = tar.extractfile(member).read().decode("utf-8")  # type: ignore[union-attr]
            for part in _ARTICLE.split(text)[1:]:
                part = _HEADING.split(part, maxsplit=1)[0]
                bodies.append("\n".join(line.strip() for line in part.splitlines() if line.strip()))
            if len(bodies) >= 2 * limit:
                break
    # The corpus keeps a little ASCII punctuation between Han characters (a
    # residual-noise error): keep only the bodies the validator accepts.
    from corpus_tools.validation.residual import scan

    flagged = set()
    for rows in scan(pa.array(bodies, type=pa.string())).values():
        flagged.update(rows.tolist())
    return [b for i, b in enumerate(bodies) if i not in flagged and b][:limit]


def synthetic_body(rng: random.Random) -> str:
    n = max(1, int(rng.lognormvariate(1.6, 0.6)))
    return "，".join(rng.choice(_PHRASES) for _ in range(n)) + "。"


def synthesise(n_articles: int, *, per_doc: int = 30, seed: int = 0) -> dict[str, pa.Table]:
    """A valid dataset of ``n_articles`` articles (every config of corpus_tools.tables)."""
    rng = random.Random(seed)
    bodies = corpus_bodies(n_articles) or [synthetic_body(rng) for _ in range(2000)]
    documents, articles, provisions, edits, pages = [], [], [], [], []
    n_docs = (n_articles + per_doc - 1) // per_doc
    made = 0
    for d in range(n_docs):
        source = f"{d:06d}.txt"
        did, pid = doc_id(source, 0), page_id(source)
        title = f"某市智能制造促进条例{d}"
        parts, cursor = [title, "\n"], len(title) + 1
        count = min(per_doc, n_articles - made)
        for k in range(1, count + 1):
            body = bodies[(made + k) % len(bodies)]
            label = f"第{k}条"
            line = f"{label} {body}\n"
            start, end = cursor, cursor + len(line) - 1
            articles.append(dict(
                doc_id=did, source_file=source, article_no=k, article_suffix=0, label=label, heading=None,
                part=None, chapter_no=1 + (k - 1) // 10, chapter_title="总则", section_no=None, section_title=None,
                paragraph_ends=paragraph_ends(body.split("\n")), text=body, start=start, end=end, eid=f"chp_{1 + (k - 1) // 10}__art_{k}",
                repealed=False, findings=[],
            ))
            provisions.append(dict(
                doc_id=did, source_file=source, eid=f"chp_{1 + (k - 1) // 10}__art_{k}", parent_eid=None, ordinal=k,
                depth=1, type="article", num=k, suffix=None, label=label, heading=None, text=line[:-1],
                start=start, end=end,
            ))
            parts.append(line)
            cursor += len(line)
        made += count
        text = "".join(parts)
        documents.append(dict(
            doc_id=did, page_id=pid, source_file=source, ordinal=0, role="main", parent_id=None, attachment_no=None,
            title=title, doc_type="regulation", jurisdiction="某市", issuer="某市人民代表大会常务委员会",
            status="in_force", adopted="2021-09-27", approved="2021-11-19", published="2021-11-20",
            effective="2022-01-01", amended=None, source_url=f"https://example.gov.cn/{d}.html", script="simplified",
            version_group=None, num_articles=count, first_article_no=1 if count else None, numbering_gaps=[],
            num_chars=len(text), page_start=0, page_end=len(text), findings=[], text=text,
        ))
        # the page as scraped had an ASCII comma where the text has its first ，: the width rule's
        # edit, which replayed on ingested_text gives the cleaned page (data format 3)
        comma = text.find("，")
        ingested = text if comma < 0 else text[:comma] + "," + text[comma + 1:]
        page_edits = [] if comma < 0 else [
            dict(doc_id=did, page_id=pid, source_file=source, seq=0, step=9, rule="width", start=comma, end=comma + 1,
                 before=",", after="，", detail="{}"),
        ]
        edits.extend(page_edits)
        pages.append(dict(
            page_id=pid, source_file=source, sha256=hashlib.sha256(ingested.encode()).hexdigest(), encoding="utf-8",
            format="text", script="simplified", num_edits=len(page_edits), num_warnings=0, warnings="[]",
            metadata=json.dumps({}), ingested_text=ingested, text_sha256=hashlib.sha256(text.encode()).hexdigest(),
        ))
    return {
        "documents": pa.Table.from_pylist(documents, schema=tables.DOCUMENTS),
        "articles": pa.Table.from_pylist(articles, schema=tables.ARTICLES),
        "provisions": pa.Table.from_pylist(provisions, schema=tables.PROVISIONS),
        "edits": pa.Table.from_pylist(edits, schema=tables.EDITS),
        "alignments": pa.Table.from_pylist([], schema=tables.ALIGNMENTS),
        "pages": pa.Table.from_pylist(pages, schema=tables.PAGES),
        "findings": pa.Table.from_pylist([], schema=tables.FINDINGS),  # a clean dataset: no finding
    }


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def write_shards(data: dict[str, pa.Table], folder: Path, shards: int, **options: object) -> None:
    """The dataset as the build lays it out: pages cut into ``shards`` chunks, each config's rows of a
    chunk in that config's shard of the chunk (alignments, without a source file, in one shard), a
    config without rows left out, and the dataset card, which names the files and declares the
    empty configs (a folder holding ``data/`` without a card is invalid: ``card_names_the_files``)."""
    from corpus_tools.dataset.card import write_card

    (folder / "data").mkdir(parents=True, exist_ok=True)
    sources = data["pages"].column("source_file").to_pylist()
    chunk_of = {source: k * shards // len(sources) for k, source in enumerate(sources)}
    files: dict[str, list[Path]] = {}
    for name, table in data.items():
        if not table.num_rows:
            continue  # datasets cannot load an empty split: the card declares the config empty
        if "source_file" not in table.schema.names or shards == 1:
            path = folder / "data" / f"{name}-00000-of-00001.parquet"
            pq.write_table(table, path, **options)
            files[name] = [path]
            continue
        chunks = pa.array([chunk_of.get(s, 0) for s in table.column("source_file").to_pylist()])
        present = sorted(set(chunks.to_pylist()))
        for i, k in enumerate(present):
            part = table.filter(pc.equal(chunks, k))
            path = folder / "data" / f"{name}-{i:05d}-of-{len(present):05d}.parquet"
            pq.write_table(part, path, **options)
            files.setdefault(name, []).append(path)
    write_card(folder, files, {})


def _high_water_mb() -> int:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) >> 10
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10


def _peak_rss_child(path: str, queue: object) -> None:
    from corpus_tools.validation import residual
    from corpus_tools.validation.run import validate_path

    for check in residual.NOISE_CHECKS:  # detectors loaded: what is left is validation's own memory
        residual.detector(check)
    before = _high_water_mb()
    report = validate_path(path)
    queue.put((before, _high_water_mb(), report.ok))  # type: ignore[attr-defined]


def peak_rss(path: str) -> tuple[int, int, bool]:
    """(MB after imports, peak MB, ok) of ``validate_path(path)`` in a fresh process."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_peak_rss_child, args=(path, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shards", type=int, default=16, help="chunks of pages for the sharded layout")
    args = parser.parse_args(argv)

    from corpus_tools.validation.run import validate_path, validate_tables

    started = time.perf_counter()
    data = synthesise(args.articles)
    chars = sum(len(t) for t in data["articles"].column("text").to_pylist())
    print(f"synthesised {data['articles'].num_rows:,} articles ({chars / data['articles'].num_rows:.0f} chars on average, "
          f"{chars / 1e6:.1f} M chars), {data['documents'].num_rows:,} documents, {data['pages'].num_rows:,} pages "
          f"in {time.perf_counter() - started:.1f}s (bodies from {'the clean corpus' if CORPUS.exists() else 'phrases'})")

    warm = validate_tables(data)
    if not warm.ok:
        print(warm.render(), file=sys.stderr)
        print("the synthetic dataset is invalid: fix the benchmark", file=sys.stderr)
        return 1
    whole = _time(lambda: validate_tables(data), args.repeat)
    only_articles = _time(lambda: validate_tables({"articles": data["articles"]}), args.repeat)
    try:  # write the files as the build does (row groups of a few thousand rows: many chunks on reading)
        from corpus_tools.dataset.writer import PARQUET_OPTIONS, ROW_GROUP_ROWS
    except ImportError:
        PARQUET_OPTIONS, ROW_GROUP_ROWS = {"compression": "zstd"}, 2_000
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one", Path(tmp) / "many"
        write_shards(data, one, 1, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)
        write_shards(data, many, args.shards, row_group_size=ROW_GROUP_ROWS, **PARQUET_OPTIONS)
        for folder in (one, many):  # what is timed must be the validation of a valid dataset
            report = validate_path(folder)
            if not report.ok:
                print(report.render(), file=sys.stderr)
                print(f"the synthetic dataset written to {folder.name}/ is invalid: fix the benchmark", file=sys.stderr)
                return 1
        from_files = _time(lambda: validate_path(one), args.repeat)
        from_shards = _time(lambda: validate_path(many), args.repeat)
        memory = {"one shard per config": peak_rss(str(one)), f"{args.shards} chunks of shards": peak_rss(str(many))}
    for label, runs in (
        ("validate_tables, every config:", whole),
        ("validate_tables, articles only:", only_articles),
        ("validate_path (parquet on disk):", from_files),
        (f"validate_path ({args.shards} chunks):", from_shards),
    ):
        print(f"{label:<35} median {statistics.median(runs):.3f}s, best {min(runs):.3f}s  (runs: {', '.join(f'{t:.3f}' for t in runs)})")
    for label, (base, peak, ok) in memory.items():
        print(f"peak RSS of validate_path, {label}: {peak} MB ({base} MB after imports){'' if ok else ' INVALID'}")
    if not all(ok for _, _, ok in memory.values()):
        print("validate_path found the synthetic dataset invalid in a fresh process: fix the benchmark", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
