"""Release folders: deterministic files and manifests, logical content hashes, changelogs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpus_tools.publish.release import (
    MANIFEST,
    ReleaseError,
    TOOL_PACKAGES,
    config_files,
    diff_releases,
    logical_hash,
    parse_version,
    prepare_release,
    release_tags,
    sha256_file,
    verify_release,
)
from corpus_tools.tables import CONFIGS
from tests.release_helpers import AMENDMENT, DROPPED, changed_raw, copy_raw, make_build


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("release-builds")
    first = make_build(copy_raw(tmp / "raw1"), tmp / "build1")
    second = make_build(changed_raw(tmp / "raw2"), tmp / "build2")
    return first, second


@pytest.fixture(scope="module")
def release1(builds, tmp_path_factory) -> Path:
    return prepare_release(builds[0], tmp_path_factory.mktemp("rel") / "v1.0.0", "1.0.0", repo_id="acme/regs").folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_releases_of_the_same_build_are_byte_identical(builds, release1, tmp_path):
    again = prepare_release(builds[0], tmp_path / "again", "1.0.0", repo_id="acme/regs").folder
    first, second = _tree(release1), _tree(again)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []
    manifest = json.loads(first[MANIFEST])
    assert set(manifest["files"]) == set(first) - {MANIFEST}
    for rel, entry in manifest["files"].items():
        assert entry["sha256"] == sha256_file(release1 / rel)


def test_manifest_records_version_rows_hashes_and_tools(release1):
    manifest = json.loads((release1 / MANIFEST).read_text(encoding="utf-8"))
    assert (manifest["version"], manifest["tag"], manifest["name"]) == ("1.0.0", "v1.0.0", "acme/regs")
    assert set(manifest["configs"]) == set(CONFIGS)
    for name, info in manifest["configs"].items():
        paths = [release1 / rel for rel in info["files"]]
        assert info["num_rows"] == sum(pq.ParquetFile(p).metadata.num_rows for p in paths)
        assert info["content_sha256"] == logical_hash(name, paths)
    assert manifest["configs"]["articles"]["num_rows"] > 0
    assert set(manifest["tools"]) == set(TOOL_PACKAGES)
    assert all(isinstance(v, str) and v for v in manifest["tools"].values())
    assert "date" not in json.dumps(manifest).lower()  # nothing clock-dependent


def test_logical_hash_ignores_the_parquet_encoding_but_not_the_rows(release1, tmp_path):
    files = config_files(release1)["articles"]
    table = pa.concat_tables(pq.read_table(f) for f in files)
    # Re-encode: other codec, tiny row groups, two shards, rows in reverse order.
    half = table.num_rows // 2
    reversed_rows = table.take(list(range(table.num_rows - 1, -1, -1)))
    a, b = tmp_path / "articles-00000-of-00002.parquet", tmp_path / "articles-00001-of-00002.parquet"
    pq.write_table(reversed_rows.slice(0, half), a, compression="snappy", row_group_size=7)
    pq.write_table(reversed_rows.slice(half), b, compression="gzip", use_dictionary=False)
    assert sha256_file(a) != sha256_file(files[0])
    assert logical_hash("articles", [a, b]) == logical_hash("articles", files)
    # One changed character changes the hash.
    texts = table.column("text").to_pylist()
    texts[0] = texts[0] + "。"
    changed = table.set_column(table.schema.get_field_index("text"), "text", pa.array(texts))
    c = tmp_path / "changed.parquet"
    pq.write_table(changed, c)
    assert logical_hash("articles", [c]) != logical_hash("articles", files)


def test_verify_release_catches_tampering_and_missing_files(release1, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(release1, copy)
    assert verify_release(copy) == []
    shard = config_files(copy)["articles"][0]
    table = pq.read_table(shard)
    pq.write_table(table.slice(1), shard)
    problems = verify_release(copy)
    assert any("articles" in p and "sha256" in p for p in problems)
    config_files(copy)["edits"][0].unlink()
    assert any("missing" in p for p in verify_release(copy))
    # A partial copy (one config) verifies when only that config is asked for.
    partial = tmp_path / "partial"
    shutil.copytree(release1, partial)
    for name, paths in config_files(partial).items():
        if name != "documents":
            for p in paths:
                p.unlink()
    assert verify_release(partial, configs=["documents"]) == []
    assert verify_release(partial) != []


def test_changelog_compares_with_the_previous_release(builds, release1, tmp_path):
    release2 = prepare_release(builds[1], tmp_path / "v1.1.0", "1.1.0", repo_id="acme/regs",
                               previous_dir=release1, previous_version="1.0.0")
    diff = release2.diff
    assert diff is not None
    removed_sources = {pq.read_table(config_files(release1)["documents"][0]).to_pandas().set_index("doc_id").loc[d, "source_file"] for d, _ in diff.removed}
    assert removed_sources == {DROPPED}
    assert not diff.added
    amended = [c for c in diff.changed if "text" in c.fields_changed]
    assert amended and all(c.articles_changed for c in amended)
    assert any("第三条" in c.articles_changed for c in amended)
    log = (release2.folder / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## v1.1.0") < log.index("## v1.0.0")  # newest first, history kept
    assert "第三条" in log and "Documents removed" in log
    # The amendment is really in the new release's article text.
    articles = pq.read_table(config_files(release2.folder)["articles"][0]).column("text").to_pylist()
    assert any(AMENDMENT in t for t in articles)
    # The previous release compared with itself: nothing changed.
    same = diff_releases(release1, release1)
    assert same.empty and same.unchanged == len(pq.read_table(config_files(release1)["documents"][0]))


@pytest.mark.parametrize("text", ["1.2", "v1.2.3.4", "01.2.3", "1.2.3-rc1", "latest", ""])
def test_versions_must_be_semantic(text):
    with pytest.raises(ReleaseError):
        parse_version(text)


def test_release_tags_order_numerically():
    assert release_tags(["v1.2.0", "v1.10.0", "v1.9.9", "nightly", "v0.1.0"]) == ["v0.1.0", "v1.2.0", "v1.9.9", "v1.10.0"]
    assert parse_version("v2.0.0") > parse_version("1.99.99")


# --------------------------------------------------------------------------- hostile folders and manifests (issue 18)

def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_release_never_replaces_a_folder_it_did_not_make(builds, release1, tmp_path):
    """Making a release replaces its folder: only an empty one, or a release folder (its manifest
    lists all it holds).  A folder of one's own work, the build, or a folder inside or around the
    build is refused, and left as it was."""
    from corpus_tools.publish.release import ReleaseDirRefused

    work = tmp_path / "work"
    work.mkdir()
    (work / "notes.txt").write_text("my notes\n", encoding="utf-8")
    build = tmp_path / "build"
    shutil.copytree(builds[0], build)
    kept = _files(build)
    for target in (work, build, build / "data", build / "release", tmp_path):
        with pytest.raises(ReleaseDirRefused):
            prepare_release(build, target, "1.0.0")
    assert (work / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
    assert _files(build) == kept
    again = tmp_path / "again"
    shutil.copytree(release1, again)
    (again / "data" / "notes.parquet").write_bytes(b"mine")  # a release folder with something added
    with pytest.raises(ReleaseDirRefused):
        prepare_release(build, again, "1.0.0")
    (again / "data" / "notes.parquet").unlink()
    assert prepare_release(build, again, "1.0.1").folder == again  # a release folder: replaced
    empty = tmp_path / "empty"
    empty.mkdir()
    assert verify_release(prepare_release(build, empty, "1.0.0").folder) == []


@pytest.mark.parametrize("path", ["../secret.txt", "/etc/hostname", "data/../../secret.txt"])
def test_a_manifest_that_lists_a_path_outside_its_folder_is_refused(release1, tmp_path, path):
    copy = tmp_path / "release"
    shutil.copytree(release1, copy)
    (tmp_path / "secret.txt").write_text("secret\n", encoding="utf-8")
    manifest = json.loads((copy / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"][path] = {"sha256": sha256_file(Path(os.path.normpath(copy / path))), "size": 7}
    (copy / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ReleaseError, match="not a path inside the release folder"):
        verify_release(copy)


def test_a_folder_holding_shards_the_manifest_does_not_list_does_not_verify(release1, tmp_path):
    """load_dataset reads every shard of a config's pattern: a leftover shard doubles the rows."""
    copy = tmp_path / "release"
    shutil.copytree(release1, copy)
    shard = config_files(copy)["documents"][0]
    shutil.copyfile(shard, shard.with_name("documents-00000-of-00002.parquet"))
    problems = verify_release(copy)
    assert problems == ["data/documents-00000-of-00002.parquet: not in the manifest (a leftover? load_dataset "
                        "would read it): remove it"]
    assert verify_release(copy, configs=["articles"]) == problems


def test_a_release_carries_the_build_record_its_card_promises(builds, release1):
    """The release card's "More Information" lists ``build.json``; releases used to leave it out."""
    record = release1 / "build.json"
    assert record.read_bytes() == (builds[0] / "build.json").read_bytes()
    assert "build.json" in json.loads((release1 / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert "`build.json`" in (release1 / "README.md").read_text(encoding="utf-8")
