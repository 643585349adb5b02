"""Publishing end to end against a local Hub-compatible endpoint (no internet).

The server (tests/hub_server.py) stores repositories as bare git repositories
and LFS objects by sha256, and speaks the routes huggingface_hub and datasets
use.  Publishing runs in-process (so failures can be injected); reading back
runs in subprocesses with HF_ENDPOINT, HF_HUB_DISABLE_XET=1, a temporary
HF_HOME and a dummy token in the environment, exactly as a researcher would.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from huggingface_hub import HfApi, constants

from corpus_tools.publish import hub
from corpus_tools.publish.release import config_files
from tests.hub_server import HubServer
from tests.release_helpers import changed_raw, copy_raw, make_build

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "hf_dummy_" + secrets.token_hex(12)  # a fresh token; it must never appear in any output
REPO = "acme/chinese-regulations"


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("e2e-builds")
    first = make_build(copy_raw(tmp / "raw1"), tmp / "build1")
    second = make_build(changed_raw(tmp / "raw2"), tmp / "build2")
    return first, second


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh Hub on 127.0.0.1 (free port).

    In this process HF_ENDPOINT was read when huggingface_hub was imported, so
    publishing here gets the endpoint explicitly; the subprocesses below get
    it from HF_ENDPOINT, as users do.
    """
    from huggingface_hub.utils import are_progress_bars_disabled, disable_progress_bars, enable_progress_bars

    bars_were_disabled = are_progress_bars_disabled()
    disable_progress_bars()
    srv = HubServer(tmp_path / "hub", token=TOKEN).start()
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)  # read at import: patch the constant
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    yield srv
    srv.stop()
    if not bars_were_disabled:
        enable_progress_bars()
    assert srv.unknown_routes == [], "the client used routes the test server does not implement"


def _env(srv: HubServer, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env.update(
        HF_ENDPOINT=srv.url, HF_HUB_DISABLE_XET="1", HF_HOME=str(tmp_path / "hf-home"), HF_TOKEN=TOKEN,
        HF_HUB_DISABLE_TELEMETRY="1", HF_HUB_DISABLE_PROGRESS_BARS="1", HF_DATASETS_DISABLE_PROGRESS_BARS="1",
        PYTHONPATH=str(ROOT),
    )
    return env


def _state(srv: HubServer) -> tuple[dict, list[str]]:
    api = HfApi(endpoint=srv.url, token=TOKEN)
    refs = api.list_repo_refs(REPO, repo_type="dataset")
    commits = [c.commit_id for c in api.list_repo_commits(REPO, repo_type="dataset")]
    return {r.ref: r.target_commit for r in (*refs.branches, *refs.tags)}, commits


def _rows(build: Path, config: str, column: str) -> list:
    return sorted(v for p in config_files(build)[config] for v in pq.read_table(p, columns=[column]).column(column).to_pylist())


def test_publish_two_versions_and_load_each_by_tag(server, builds, tmp_path):
    first, second = builds
    v1 = hub.publish(first, REPO, "1.0.0", endpoint=server.url)
    assert v1.created_repo and v1.commit and v1.previous_tag is None
    v2 = hub.publish(second, REPO, "1.1.0", endpoint=server.url)
    assert v2.previous_tag == "v1.0.0" and v2.parent_commit == v1.commit
    assert "Documents removed" in v2.changelog_entry and "第三条" in v2.changelog_entry
    refs, commits = _state(server)
    assert refs["refs/tags/v1.0.0"] == v1.commit and refs["refs/tags/v1.1.0"] == v2.commit
    assert refs["refs/heads/main"] == v2.commit and commits[:2] == [v2.commit, v1.commit]

    # A second v1.1.0, and an older version, are refused; the repository is unchanged.
    with pytest.raises(hub.PublishError, match="already released") as refused:
        hub.publish(first, REPO, "1.1.0", endpoint=server.url)
    assert refused.value.kind == hub.REFUSED
    with pytest.raises(hub.PublishError, match="not greater"):
        hub.publish(first, REPO, "1.0.5", endpoint=server.url)
    assert _state(server) == (refs, commits)

    # Researchers: plain datasets.load_dataset(repo, config, revision=tag), in a fresh process.
    script = textwrap.dedent(
        f"""
        import json, datasets
        out = {{}}
        for tag in ("v1.0.0", "v1.1.0"):
            docs = datasets.load_dataset({REPO!r}, "documents", split="train", revision=tag)
            arts = datasets.load_dataset({REPO!r}, "articles", split="train", revision=tag)
            out[tag] = {{"doc_ids": sorted(docs["doc_id"]), "texts": sorted(arts["text"])}}
        print(json.dumps(out, ensure_ascii=False))
        """
    )
    run = subprocess.run([sys.executable, "-c", script], env=_env(server, tmp_path), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    loaded = json.loads(run.stdout.strip().splitlines()[-1])
    for tag, build in (("v1.0.0", first), ("v1.1.0", second)):
        assert loaded[tag]["doc_ids"] == _rows(build, "documents", "doc_id")
        assert loaded[tag]["texts"] == _rows(build, "articles", "text")
    assert loaded["v1.0.0"] != loaded["v1.1.0"]
    assert TOKEN not in run.stdout + run.stderr

    # corpus-tools download, with HF_ENDPOINT from the environment: fetch, verify, say where.
    out_dir = tmp_path / "v1.0.0-articles"
    run = subprocess.run(
        [sys.executable, "-m", "corpus_tools", "download", "--repo-id", REPO, "--version", "1.0.0", "--config", "articles", "--out", str(out_dir)],
        env=_env(server, tmp_path), capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert str(out_dir) in run.stdout and "verified against MANIFEST.json" in run.stdout
    assert 'revision="v1.0.0"' in run.stdout
    assert sorted(p.name for p in (out_dir / "data").glob("*.parquet")) == sorted(p.name for p in config_files(first)["articles"])
    assert TOKEN not in run.stdout + run.stderr

    # Tampering with the downloaded copy is caught on the next verification.
    shard = next((out_dir / "data").glob("articles-*.parquet"))
    pq.write_table(pq.read_table(shard).slice(1), shard)
    from corpus_tools.publish.release import verify_release

    assert verify_release(out_dir, configs=["articles"])


def test_publish_cli_never_prints_the_token(server, builds, tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "corpus_tools", "publish", str(builds[0]), "--repo-id", REPO, "--version", "0.1.0"],
        env=_env(server, tmp_path), capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "published acme/chinese-regulations v0.1.0" in run.stdout
    assert TOKEN not in run.stdout + run.stderr
    refs, _ = _state(server)
    assert "refs/tags/v0.1.0" in refs


def test_invalid_build_is_refused_before_anything_is_sent(server, builds, tmp_path):
    hub.publish(builds[0], REPO, "1.0.0", endpoint=server.url)
    before = _state(server)
    requests_before = len(server.requests)
    broken = tmp_path / "broken"
    shutil.copytree(builds[0], broken)
    shard = config_files(broken)["documents"][0]
    table = pq.read_table(shard)
    pq.write_table(pa.concat_tables([table, table.slice(0, 1)]), shard)  # a duplicated document
    with pytest.raises(hub.PublishError, match="failed validation") as refused:
        hub.publish(broken, REPO, "1.1.0", endpoint=server.url)
    assert refused.value.kind == hub.INVALID
    assert _state(server) == before
    assert len(server.requests) == requests_before + 2  # only the two reads of _state above, nothing from publish


def test_interrupted_publish_leaves_the_repository_as_it_was(server, builds, monkeypatch):
    v1 = hub.publish(builds[0], REPO, "1.0.0", endpoint=server.url)
    before = _state(server)

    def interrupted(self, *args, **kwargs):
        raise KeyboardInterrupt("simulated interruption after upload, before the commit")

    with monkeypatch.context() as patch:
        patch.setattr(HfApi, "create_commit", interrupted)
        with pytest.raises(KeyboardInterrupt):
            hub.publish(builds[1], REPO, "1.1.0", endpoint=server.url)
    assert _state(server) == before  # no commit, no tag; the uploaded objects are unreferenced
    assert any("lfs-upload" in path for _, path, _ in server.requests)  # the upload really happened
    # The same release can simply be published again.
    v2 = hub.publish(builds[1], REPO, "1.1.0", endpoint=server.url)
    assert v2.parent_commit == v1.commit


def test_concurrent_change_fails_instead_of_being_overwritten(server, builds, monkeypatch):
    hub.publish(builds[0], REPO, "1.0.0", endpoint=server.url)
    other = HfApi(endpoint=server.url, token=TOKEN)
    original = HfApi.preupload_lfs_files

    injected = []

    def someone_commits_meanwhile(self, *args, **kwargs):
        original(self, *args, **kwargs)
        if injected:  # the other commit's own preupload
            return
        injected.append(True)
        from huggingface_hub import CommitOperationAdd

        other.create_commit(REPO, [CommitOperationAdd("NOTES.md", b"a maintainer's note\n")], commit_message="note",
                            repo_type="dataset")

    monkeypatch.setattr(HfApi, "preupload_lfs_files", someone_commits_meanwhile)
    with pytest.raises(hub.PublishError, match="concurrent commit") as failed:
        hub.publish(builds[1], REPO, "1.1.0", endpoint=server.url)
    assert failed.value.kind == hub.HUB_FAILED
    refs, commits = _state(server)
    assert "refs/tags/v1.1.0" not in refs
    files = HfApi(endpoint=server.url).list_repo_files(REPO, repo_type="dataset")
    assert "NOTES.md" in files  # the other commit survived


def test_dry_run_changes_nothing(server, builds, tmp_path):
    result = hub.publish(builds[0], REPO, "1.0.0", dry_run=True, release_dir=tmp_path / "rel", endpoint=server.url)
    assert result.dry_run and result.commit is None and result.created_repo
    assert (tmp_path / "rel" / "MANIFEST.json").exists()
    assert not any(method != "GET" for method, _, _ in server.requests)
    with pytest.raises(Exception):
        HfApi(endpoint=server.url).list_repo_refs(REPO, repo_type="dataset")


def test_notebook_loads_a_published_version(server, builds, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    hub.publish(builds[1], REPO, "2.0.0", endpoint=server.url)
    for key, value in _env(server, tmp_path).items():
        if key.startswith("HF_"):
            monkeypatch.setenv(key, value)
    monkeypatch.setenv("CORPUS_TOOLS_REPO_ID", REPO)
    monkeypatch.setenv("CORPUS_TOOLS_VERSION", "2.0.0")
    monkeypatch.setenv("CORPUS_TOOLS_DATASET", str(tmp_path / "does-not-exist"))  # must not be used
    path = ROOT / "notebooks" / "explore.ipynb"
    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    text = "\n".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    documents = sum(pq.ParquetFile(p).metadata.num_rows for p in config_files(builds[1])["documents"])
    assert f"source: {REPO} (revision v2.0.0)" in text
    assert f"{documents:,} documents" in text


# --------------------------------------------------------------------------- hostile faults (issue 18)

def test_publish_release_dir_never_deletes_a_folder_it_did_not_make(server, builds, tmp_path):
    """``--release-dir`` at a folder of one's own work, or at the build itself, is refused before
    anything is validated, sent or written, even with ``--dry-run``; the folders stay as they were."""
    from typer.testing import CliRunner

    from corpus_tools import cli

    work = tmp_path / "work"
    work.mkdir()
    (work / "notes.txt").write_text("my notes\n", encoding="utf-8")
    build_files = {p: p.read_bytes() for p in builds[0].rglob("*") if p.is_file()}
    for target in (work, builds[0]):
        for dry_run in ([], ["--dry-run"]):
            result = CliRunner().invoke(cli.app, ["publish", str(builds[0]), "--repo-id", REPO, "--version", "1.0.0",
                                                  "--endpoint", server.url, "--release-dir", str(target), "-q", *dry_run])
            assert result.exit_code == cli.EXIT_USAGE, result.output
            assert "refusing" in result.stderr or "choose a folder of its own" in result.stderr
    assert (work / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
    assert {p: p.read_bytes() for p in builds[0].rglob("*") if p.is_file()} == build_files
    assert not [request for request in server.requests if request[0] != "GET"]
    kept = hub.publish(builds[0], REPO, "1.0.0", dry_run=True, release_dir=tmp_path / "release", endpoint=server.url)
    assert kept.release_dir == tmp_path / "release"  # a new folder is fine, and so is the same one again
    hub.publish(builds[0], REPO, "1.0.0", dry_run=True, release_dir=tmp_path / "release", endpoint=server.url)


def test_a_network_failure_at_the_tag_step_says_committed_not_tagged_and_a_rerun_tags(server, builds, monkeypatch):
    """The commit is made, tagging fails (the connection drops): one line saying so and how to finish,
    exit 6; the same publish again tags that commit, without a new one."""
    from typer.testing import CliRunner

    from corpus_tools import cli

    command = ["publish", str(builds[0]), "--repo-id", REPO, "--version", "1.0.0", "--endpoint", server.url, "-q"]

    def dropped(self, *args, **kwargs):
        raise ConnectionError("Connection reset by peer")

    with monkeypatch.context() as patch:
        patch.setattr(HfApi, "create_tag", dropped)
        failed = CliRunner().invoke(cli.app, command)
    assert isinstance(failed.exception, SystemExit) and failed.exit_code == cli.EXIT_UNTAGGED, failed.exception
    errors = [line for line in failed.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in failed.stderr
    assert "committed" in errors[0] and "ConnectionError" in errors[0] and "run the same publish command again" in errors[0]
    refs, commits = _state(server)
    assert "refs/tags/v1.0.0" not in refs and len(commits) == 2  # the repository's first commit, and the release's
    finished = CliRunner().invoke(cli.app, command)
    assert finished.exit_code == cli.EXIT_OK, finished.output
    refs_after, commits_after = _state(server)
    assert commits_after == commits and refs_after["refs/tags/v1.0.0"] == commits[0]


def test_download_does_not_verify_a_folder_holding_shards_the_manifest_does_not_list(server, builds, tmp_path):
    hub.publish(builds[0], REPO, "1.0.0", endpoint=server.url)
    out = tmp_path / "download"
    hub.download(REPO, "1.0.0", out_dir=out, endpoint=server.url)
    shard = next((out / "data").glob("documents-*.parquet"))
    shutil.copyfile(shard, shard.with_name("documents-00000-of-00002.parquet"))  # e.g. left by an older release
    with pytest.raises(hub.PublishError) as refused:
        hub.download(REPO, "1.0.0", out_dir=out, endpoint=server.url)
    assert refused.value.kind == hub.INVALID and "not in the manifest" in refused.value.details


def test_a_real_publish_says_what_a_new_data_format_changed(server, builds, monkeypatch):
    """The changelog of a publish compares the previous release's card (fetched from the Hub) with
    the build's: after a release of data format 1, the next one says what format 2 changed, as
    ``diff_releases`` does on local folders (issue 20 found that a real publish fetched no card,
    and compared before the new release had one)."""
    from corpus_tools.dataset import card
    from corpus_tools.tables import DATA_FORMAT

    with monkeypatch.context() as patched:
        patched.setattr(card, "DATA_FORMAT", 1)  # the card of a release made by a tool of format 1
        assert hub.publish(builds[0], REPO, "1.0.0", endpoint=server.url).commit
    second = hub.publish(builds[0], REPO, "1.1.0", endpoint=server.url)
    assert DATA_FORMAT >= 2 and "data format 2: `edits.position` is renamed `start`" in second.changelog_entry
    third = hub.publish(builds[1], REPO, "1.2.0", endpoint=server.url)
    assert "data format" not in third.changelog_entry  # the same format: nothing to say


def _download_older_release(server, build: Path, tmp_path: Path, convert) -> Path:
    """Publish ``build`` as an older tool did (``convert``: a helper of tests/release_helpers.py
    that rewrites a release in an older data format), tag it v1.0.0, and download it with the
    CLI: the folder it gives, verified against its manifest."""
    from corpus_tools.publish.release import MANIFEST, build_manifest, prepare_release, write_json

    made = prepare_release(build, tmp_path / "release-new", "1.0.0", repo_id=REPO)
    old = convert(made.folder, tmp_path / "release-old")
    write_json(old / MANIFEST, build_manifest(old, "1.0.0", repo_id=REPO))  # the manifest of what it published
    api = HfApi(endpoint=server.url, token=TOKEN)
    api.create_repo(REPO, repo_type="dataset")
    commit = api.upload_folder(repo_id=REPO, folder_path=str(old), repo_type="dataset", commit_message="Release v1.0.0")
    api.create_tag(REPO, tag="v1.0.0", revision=commit.oid, repo_type="dataset")
    out = tmp_path / "download"
    run = subprocess.run(
        [sys.executable, "-m", "corpus_tools", "download", "--repo-id", REPO, "--version", "1.0.0", "--out", str(out)],
        env=_env(server, tmp_path), capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "verified against MANIFEST.json" in run.stdout
    return out


def _printed_json(script: str, server, tmp_path: Path) -> dict:
    """Run ``script`` in a fresh interpreter (as a researcher would, with ``datasets``) and read
    the JSON object it prints last."""
    run = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], env=_env(server, tmp_path),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_download_of_a_format_2_release_gives_the_whole_texts(server, builds, tmp_path):
    """A release a tool of data format 2 published (``pages.text``, each provision's full text, a card
    saying ``data_format: 2``; issue 20 made format 3) still downloads and verifies, loads with
    ``load_dataset``, and :mod:`corpus_tools.dataset.texts` gives the same whole texts from it as from
    the format-3 build of the same pages."""
    from corpus_tools.dataset.card import declared_format
    from corpus_tools.dataset.texts import page_texts, provision_texts
    from tests.release_helpers import as_format_2

    out = _download_older_release(server, builds[0], tmp_path, as_format_2)
    assert declared_format(out) == 2
    assert "text" in pq.read_schema(next((out / "data").glob("pages-*.parquet"))).names
    loaded = _printed_json(f"""
        import json, datasets
        from corpus_tools.dataset.texts import page_texts, provision_texts
        load = lambda name: datasets.load_dataset({str(out)!r}, name, split="train")
        print(json.dumps({{"pages": page_texts(load("pages"), load("edits")),
                          "provisions": provision_texts(load("provisions"), load("documents")),
                          "stored": list(load("provisions")["text"])}}, ensure_ascii=False))
        """, server, tmp_path)

    def table(config: str) -> pa.Table:
        return pa.concat_tables([pq.read_table(p) for p in config_files(builds[0])[config]])

    assert loaded["pages"] == page_texts(table("pages"), table("edits"))  # the cleaned pages, whole
    assert loaded["provisions"] == loaded["stored"] == provision_texts(table("provisions"), table("documents"))
    assert loaded["stored"] != table("provisions").column("text").to_pylist()  # format 3 stores own texts only


def test_download_of_a_format_3_release_gives_the_whole_texts(server, builds, tmp_path):
    """A release a tool of data format 3 published (``articles.paragraphs`` as strings, every
    ``pages.ingested_text``, a card saying ``data_format: 3``; issue 20 made format 4) still downloads
    and verifies, loads with ``load_dataset``, and :mod:`corpus_tools.dataset.texts` gives the same
    paragraphs and pages from it as from the format-4 build of the same pages."""
    from corpus_tools.dataset.card import declared_format
    from corpus_tools.dataset.texts import article_paragraph_lists, page_texts
    from tests.release_helpers import as_format_3

    out = _download_older_release(server, builds[0], tmp_path, as_format_3)
    assert declared_format(out) == 3
    assert "paragraphs" in pq.read_schema(next((out / "data").glob("articles-*.parquet"))).names
    loaded = _printed_json(f"""
        import json, datasets
        from corpus_tools.dataset.texts import article_paragraph_lists, page_texts
        load = lambda name: datasets.load_dataset({str(out)!r}, name, split="train")
        print(json.dumps({{"pages": page_texts(load("pages"), load("edits"), load("documents")),
                          "paragraphs": article_paragraph_lists(load("articles"))}}, ensure_ascii=False))
        """, server, tmp_path)

    def table(config: str) -> pa.Table:
        return pa.concat_tables([pq.read_table(p) for p in config_files(builds[0])[config]])

    assert loaded["pages"] == page_texts(table("pages"), table("edits"), table("documents"))
    assert loaded["paragraphs"] == article_paragraph_lists(table("articles"))
    assert any(len(p) > 1 for p in loaded["paragraphs"])
