"""Publish a build to the Hugging Face Hub as a versioned release, and download one back.

``publish`` turns a build folder into a release (:mod:`corpus_tools.publish.release`)
and puts it on the Hub so that nothing is half-published, overwritten or invalid:

1. the version must be a semantic version ``X.Y.Z`` whose tag ``vX.Y.Z`` does
   not exist yet and which is greater than every released version (unless
   ``allow_older``);
2. the build is validated (:func:`corpus_tools.validation.run.validate_path`) and
   refused if invalid; the release folder is checked against its own manifest;
3. the LFS files are uploaded first (``preupload_lfs_files``): content-addressed
   objects that no ref points to, so an interruption here changes nothing
   visible;
4. the whole release becomes **one commit** on ``main`` (``create_commit`` with
   ``parent_commit`` = the head read in step 1: if anyone committed meanwhile,
   the Hub refuses instead of overwriting), deleting files of the previous
   release that this one does not have;
5. that commit, by its id, is tagged ``vX.Y.Z`` (the Hub refuses an existing tag).

A failure of the Hub or the network is one line, whose :class:`PublishError` kind says
what happened: :data:`HUB_FAILED` before the commit (nothing changed), :data:`UNTAGGED`
after it (the files are on ``main``, no tag names them: the same ``publish`` again tags
that commit).

The token comes from the usual Hugging Face sources (``HF_TOKEN``, the token
file of ``hf auth login``) through :func:`huggingface_hub.get_token`, or is
passed explicitly; it is never printed or logged.  ``HF_ENDPOINT`` is honoured
(through ``huggingface_hub.constants.ENDPOINT``), or an endpoint is passed.

``download`` fetches one release (optionally one config) at its tag and
verifies every file against the release's ``MANIFEST.json``.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from corpus_tools.dataset.card import LICENSE_FILE
from corpus_tools.dataset.finish import BUILD_RECORD
from corpus_tools.publish.release import (
    CHANGELOG,
    MANIFEST,
    README,
    Release,
    ReleaseDirRefused,
    ReleaseError,
    check_release_dir,
    parse_version,
    prepare_release,
    read_manifest,
    release_tags,
    verify_release,
    version_tag,
)
from corpus_tools.tables import CONFIGS

REPO_TYPE = "dataset"
BRANCH = "main"
KEEP_REMOTE = {".gitattributes"}  # files of the repository that a release never deletes

#: Why publishing or downloading stopped: the ``kind`` of a :class:`PublishError`
#: (``corpus-tools`` turns each into its exit code, see docs/publishing.md).
REFUSED = "refused"  # bad arguments, refused version (exists, not newer), no token, missing folder, a release dir not ours
INVALID = "invalid"  # the build failed validation / the download does not match its manifest
HUB_FAILED = "hub_failed"  # the Hub refused or failed (concurrent change, network, permissions): nothing was committed
UNTAGGED = "untagged"  # the release commit is on main, but tagging it failed: run the same publish again


def hub_errors() -> tuple[type[BaseException], ...]:
    """What the Hub client raises when the Hub or the network fails: its HTTP errors, the
    HTTP library's transport errors (not OSError in every version) and OSError
    (ConnectionError, TimeoutError, requests' errors)."""
    from huggingface_hub.errors import HfHubHTTPError

    return (OSError, HfHubHTTPError, *HfHubHTTPError.__mro__[1:2])


def _one_line(error: BaseException) -> str:
    """An error as one line: its type and the first line of its message."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


class PublishError(Exception):
    """Publishing or downloading stopped; ``kind`` says why (:data:`REFUSED`, :data:`INVALID`, :data:`HUB_FAILED`)."""

    def __init__(self, message: str, kind: str = REFUSED, *, details: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.details = details


@dataclass
class PublishResult:
    repo_id: str
    version: str
    tag: str
    dry_run: bool
    release_dir: Path | None
    previous_tag: str | None
    changelog_entry: str
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    commit: str | None = None
    parent_commit: str | None = None
    created_repo: bool = False
    url: str = ""
    offline: str | None = None  # a dry run that could not reach the Hub: why

    def render(self) -> str:
        size = sum(f["size"] for f in self.files.values())
        head = "DRY RUN: nothing was uploaded" if self.dry_run else f"published {self.repo_id} {self.tag}"
        lines = [head]
        if self.offline:
            lines.append(f"OFFLINE: the Hub was not reached ({self.offline}): the plan assumes no earlier release, so "
                         "the version, the changelog and the files to delete are not checked against the Hub")
        lines += [
            f"repository   {self.repo_id}" + (" (not checked: offline)" if self.offline else " (would be created)" if self.created_repo and self.dry_run
                                              else " (created)" if self.created_repo else ""),
            f"version      {self.version} (tag {self.tag}; previous release {self.previous_tag or 'none'})",
            f"files        {len(self.files)} ({size / 1e6:.2f} MB)" + (f"; {len(self.deleted)} old files deleted" if self.deleted else ""),
        ]
        if self.commit:
            lines.append(f"commit       {self.commit} (parent {self.parent_commit})")
        if self.release_dir is not None:
            lines.append(f"release dir  {self.release_dir}")
        lines += ["", "load it with:", f'  load_dataset("{self.repo_id}", "articles", revision="{self.tag}")', "", self.changelog_entry.rstrip()]
        return "\n".join(lines)


@dataclass
class DownloadResult:
    repo_id: str
    version: str
    tag: str
    path: Path
    configs: list[str]
    commit: str | None
    manifest: dict[str, Any]

    def render(self) -> str:
        lines = [
            f"downloaded {self.repo_id} {self.tag} (commit {self.commit}); verified against MANIFEST.json",
            f"path   {self.path}",
            "rows   " + ", ".join(f"{c} {self.manifest['configs'][c]['num_rows']:,}" for c in self.configs),
            "",
            "load it with:",
        ]
        for config in self.configs[:2]:
            lines.append(f'  load_dataset("{self.repo_id}", "{config}", split="train", revision="{self.tag}")')
            lines.append(f'  load_dataset("parquet", data_files="{self.path}/data/{config}-*.parquet", split="train")')
        return "\n".join(lines)


# --------------------------------------------------------------------------- helpers

def _api(endpoint: str | None, token: str | None):
    from huggingface_hub import HfApi, constants

    return HfApi(endpoint=endpoint or constants.ENDPOINT, token=token)


def resolve_token(token: str | None = None) -> str | None:
    """An explicit token, else the usual Hugging Face sources (HF_TOKEN, the token file)."""
    if token:
        return token
    from huggingface_hub import get_token

    return get_token()


def check_repo_id(repo_id: str) -> str:
    """``ORG/NAME`` or refuse.

    >>> check_repo_id("acme/chinese-regulations")
    'acme/chinese-regulations'
    """
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    try:
        validate_repo_id(repo_id)
    except HFValidationError as error:
        raise PublishError(f"invalid repo id {repo_id!r}: {error}") from None
    if repo_id.count("/") != 1:
        raise PublishError(f"repo id must be ORG/NAME, got {repo_id!r}")
    return repo_id


def remote_state(api, repo_id: str) -> tuple[bool, str | None, dict[str, str]]:
    """(exists, head commit of main, {tag: commit}) of a dataset repository."""
    from huggingface_hub.errors import RepositoryNotFoundError

    try:
        refs = api.list_repo_refs(repo_id, repo_type=REPO_TYPE)
    except RepositoryNotFoundError:
        return False, None, {}
    head = next((b.target_commit for b in refs.branches if b.name == BRANCH), None)
    return True, head, {t.name: t.target_commit for t in refs.tags}


def check_version(version: str, tags: dict[str, str], *, allow_older: bool = False) -> tuple[str, str | None]:
    """(tag, previous release tag) for a new version, or refuse it.

    The previous release is the greatest released version below the new one.

    >>> check_version("1.1.0", {"v1.0.0": "a"})
    ('v1.1.0', 'v1.0.0')
    >>> check_version("1.0.0", {"v1.0.0": "a"})
    Traceback (most recent call last):
    ...
    corpus_tools.publish.hub.PublishError: version 1.0.0 is already released: tag v1.0.0 exists (at a); choose a new version
    """
    tag = version_tag(version)
    new = parse_version(version)
    if tag in tags:
        raise PublishError(f"version {version} is already released: tag {tag} exists (at {tags[tag][:12]}); choose a new version")
    released = release_tags(tags)
    latest = released[-1] if released else None
    if latest is not None and parse_version(latest) >= new and not allow_older:
        raise PublishError(
            f"version {version} is not greater than the latest release {latest}; "
            "publish a greater version, or pass --allow-older to release an older line on purpose"
        )
    below = [t for t in released if parse_version(t) < new]
    return tag, (below[-1] if below else None)


def _validate_build(build_dir: Path, validator: Callable[[Path], Any] | None) -> None:
    if validator is None:
        try:
            from corpus_tools.validation.run import validate_path as validator
        except ImportError as error:  # never publish unvalidated data
            raise PublishError(f"cannot validate the build (corpus_tools.validation.run unavailable: {error}); refusing to publish") from None
    report = validator(build_dir)
    if not report.ok:
        count = len(report.errors)
        raise PublishError(
            f"the build {build_dir} failed validation" + (f" ({count} errors)" if count else "") + "; refusing to publish",
            INVALID,
            details=report.render(),
        )


def _fetch_previous(api, repo_id: str, tag: str, into: Path) -> Path:
    """The files of release ``tag`` that the changelog needs (manifest, changelog, the card with its
    data format and configuration, documents, articles)."""
    patterns = [MANIFEST, CHANGELOG, "README.md", "data/documents-*.parquet", "data/articles-*.parquet"]
    path = api.snapshot_download(repo_id, repo_type=REPO_TYPE, revision=tag, allow_patterns=patterns, local_dir=into)
    return Path(path)


# --------------------------------------------------------------------------- publish

def publish(
    build_dir: Path,
    repo_id: str,
    version: str,
    *,
    dry_run: bool = False,
    allow_older: bool = False,
    private: bool = False,
    endpoint: str | None = None,
    token: str | None = None,
    release_dir: Path | None = None,
    validator: Callable[[Path], Any] | None = None,
    log: Callable[[str], None] = lambda message: None,
) -> PublishResult:
    """Publish ``build_dir`` as release ``version`` of the dataset ``repo_id`` (see the module doc).

    ``release_dir`` keeps the release folder (default: a temporary folder,
    removed afterwards).  ``validator`` replaces
    :func:`corpus_tools.validation.run.validate_path` (for tests of the gate only).
    """
    build_dir, version, token = _check_request(build_dir, repo_id, version, token, dry_run=dry_run, release_dir=release_dir)
    log(f"validating {build_dir}")
    _validate_build(build_dir, validator)

    api = _api(endpoint, token)
    offline = None
    try:
        exists, head, tags = remote_state(api, repo_id)
    except hub_errors() as error:
        if not dry_run:
            raise PublishError(f"cannot read {repo_id} on the Hub: {_one_line(error)}; nothing was changed on the Hub", HUB_FAILED) from None
        offline = _one_line(error)  # a dry run plans offline: as a first release, unchecked
        exists, head, tags = False, None, {}
        log(f"{repo_id}: the Hub cannot be reached ({offline}); planning offline, as a first release")
    tag, previous_tag = check_version(version, tags, allow_older=allow_older)
    if offline is None:
        log(f"{repo_id}: " + (f"head {head}, {len(tags)} tags" if exists else "does not exist yet"))

    keep = release_dir is not None
    work = Path(tempfile.mkdtemp(prefix="corpus-tools-publish-"))
    try:
        previous_dir = None
        if previous_tag is not None:
            log(f"fetching {previous_tag} for the changelog")
            try:
                previous_dir = _fetch_previous(api, repo_id, previous_tag, work / "previous")
            except hub_errors() as error:
                raise PublishError(f"cannot fetch {previous_tag} of {repo_id} for the changelog: {_one_line(error)}; "
                                   "nothing was changed on the Hub", HUB_FAILED) from None
        release = _make_release(build_dir, Path(release_dir) if keep else work / "release", version, repo_id, previous_dir, previous_tag)
        result = PublishResult(
            repo_id=repo_id, version=version, tag=tag, dry_run=dry_run,
            release_dir=release.folder if keep else None, previous_tag=previous_tag,
            changelog_entry=_changelog_entry(release),
            files=release.manifest["files"] | {MANIFEST: _file_entry(release.folder / MANIFEST)},
            created_repo=not exists, parent_commit=head, offline=offline,
        )
        remote_files: list[str] = []
        if exists and head is not None:
            try:
                remote_files = sorted(api.list_repo_files(repo_id, repo_type=REPO_TYPE, revision=head))
            except hub_errors() as error:
                raise PublishError(f"cannot list the files of {repo_id}: {_one_line(error)}; nothing was changed on the Hub", HUB_FAILED) from None
        result.deleted = [p for p in remote_files if p not in result.files and p not in KEEP_REMOTE]
        if not dry_run:
            _upload(api, result, release.folder, allow_older=allow_older, private=private, log=log)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _check_request(
    build_dir: Path, repo_id: str, version: str, token: str | None, *, dry_run: bool, release_dir: Path | None = None
) -> tuple[Path, str, str | None]:
    """(build folder, normalised version ``X.Y.Z``, token) of a publish request, or refuse it
    (before anything is validated, sent or written)."""
    build_dir = Path(build_dir)
    check_repo_id(repo_id)
    try:
        version = "{}.{}.{}".format(*parse_version(version))
    except ReleaseError as error:
        raise PublishError(str(error)) from None
    if not build_dir.is_dir():
        raise PublishError(f"build folder not found: {build_dir}")
    if release_dir is not None:
        try:
            check_release_dir(Path(release_dir), build_dir)
        except ReleaseError as error:
            raise PublishError(str(error)) from None
    token = resolve_token(token)
    if token is None and not dry_run:
        raise PublishError("no Hugging Face token: set HF_TOKEN or run `hf auth login` (the token is never printed)")
    return build_dir, version, token


def _make_release(
    build_dir: Path, target: Path, version: str, repo_id: str, previous_dir: Path | None, previous_tag: str | None
) -> Release:
    """The release folder of ``build_dir`` in ``target``, checked against its own manifest."""
    try:
        release = prepare_release(
            build_dir, target, version, repo_id=repo_id, previous_dir=previous_dir, previous_version=previous_tag,
        )
    except ReleaseDirRefused as error:
        raise PublishError(str(error)) from None
    except ReleaseError as error:
        raise PublishError(str(error), INVALID) from None
    problems = verify_release(release.folder)
    if problems:
        raise PublishError("the release folder does not match its own manifest", INVALID, details="\n".join(problems))
    return release


def _upload(
    api, result: PublishResult, folder: Path, *, allow_older: bool, private: bool, log: Callable[[str], None]
) -> None:
    """Steps 3 to 5 of the module doc: LFS files first, then one commit on the head read
    before (``result.parent_commit``), then its tag; ``result`` gets the commit and the URL."""
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete

    repo_id, tag, head = result.repo_id, result.tag, result.parent_commit
    try:
        if result.created_repo:
            log(f"creating dataset repository {repo_id}")
            api.create_repo(repo_id, repo_type=REPO_TYPE, private=private, exist_ok=True)
            _, head, tags = remote_state(api, repo_id)
            tag, _ = check_version(result.version, tags, allow_older=allow_older)
            result.parent_commit = head
        additions = [CommitOperationAdd(path_in_repo=rel, path_or_fileobj=str(folder / rel)) for rel in sorted(result.files)]
        deletions = [CommitOperationDelete(path_in_repo=rel) for rel in result.deleted]
        log(f"uploading {len(additions)} files")
        api.preupload_lfs_files(repo_id, additions=additions, repo_type=REPO_TYPE, revision=BRANCH, free_memory=False)
        log(f"committing {tag} on {BRANCH} (parent {head})")
        commit = api.create_commit(
            repo_id,
            operations=[*additions, *deletions],
            commit_message=f"Release {tag}",
            commit_description=result.changelog_entry,
            repo_type=REPO_TYPE,
            revision=BRANCH,
            parent_commit=head,
        )
        result.commit = commit.oid
        log(f"tagging {commit.oid} as {tag}")
        api.create_tag(repo_id, tag=tag, revision=commit.oid, tag_message=f"Release {tag}", repo_type=REPO_TYPE)
    except hub_errors() as error:
        status = getattr(getattr(error, "response", None), "status_code", None)
        reason = {
            412: "the repository changed since it was read (a concurrent commit): nothing was overwritten; retry",
            409: f"tag {tag} was created meanwhile by someone else",
        }.get(status, _one_line(error))
        if result.commit is None:
            raise PublishError(f"publishing {tag} to {repo_id} failed before any commit: {reason}; nothing was committed",
                               HUB_FAILED) from None
        if status == 409:
            raise PublishError(f"committed {result.commit} on {BRANCH} of {repo_id}, but {reason}: see which commit "
                               f"the tag names before anything else", UNTAGGED) from None
        raise PublishError(_untagged(result, reason), UNTAGGED) from None
    try:
        _, _, tags_after = remote_state(api, repo_id)
    except hub_errors() as error:
        raise PublishError(f"committed {result.commit} and tagged it {tag}, but reading the tags back failed "
                           f"({_one_line(error)}): `corpus-tools download --repo-id {repo_id} --version {result.version}` "
                           "shows whether the release is complete", UNTAGGED) from None
    if tags_after.get(tag) != result.commit:
        raise PublishError(_untagged(result, f"tag {tag} does not point at it"), UNTAGGED)
    result.url = f"{api.endpoint}/datasets/{repo_id}/tree/{tag}"


def _untagged(result: PublishResult, reason: str) -> str:
    """What happened when the release commit is made but not tagged, and how to finish."""
    return (f"committed {result.commit} on {BRANCH} of {result.repo_id}, but tagging it {result.tag} failed "
            f"({reason}): the release's files are on {BRANCH} and no tag names them; run the same publish "
            "command again to tag that commit (it finds every file on main and makes no new commit)")


def _file_entry(path: Path) -> dict[str, Any]:
    from corpus_tools.publish.release import sha256_file

    return {"sha256": sha256_file(path), "size": path.stat().st_size}


def _changelog_entry(release: Release) -> str:
    text = (release.folder / CHANGELOG).read_text(encoding="utf-8")
    sections = text.split("\n## ")
    return "## " + sections[1].strip() + "\n" if len(sections) > 1 else text


# --------------------------------------------------------------------------- download

def download(
    repo_id: str,
    version: str,
    *,
    configs: list[str] | None = None,
    out_dir: Path | None = None,
    endpoint: str | None = None,
    token: str | None = None,
) -> DownloadResult:
    """Fetch release ``version`` (``"latest"`` for the newest) and verify it against its manifest.

    Without ``out_dir`` the files stay in the Hugging Face cache (the
    snapshot folder of the tag's commit) and that folder is returned.
    """
    from huggingface_hub.errors import RepositoryNotFoundError, RevisionNotFoundError

    check_repo_id(repo_id)
    unknown = [c for c in configs or [] if c not in CONFIGS]
    if unknown:
        raise PublishError(f"unknown config(s) {unknown}; choose from {list(CONFIGS)}")
    api = _api(endpoint, resolve_token(token))
    try:
        if version == "latest":
            _, _, tags = remote_state(api, repo_id)
            released = release_tags(tags)
            if not released:
                raise PublishError(f"{repo_id} has no release tag")
            tag = released[-1]
        else:
            try:
                tag = version_tag(version)
            except ReleaseError as error:
                raise PublishError(str(error)) from None
        info = api.dataset_info(repo_id, revision=tag)
        wanted = configs or list(CONFIGS)
        patterns = [MANIFEST, README, CHANGELOG, LICENSE_FILE, BUILD_RECORD, "rejected.jsonl"] + [f"data/{c}-*.parquet" for c in wanted]
        path = Path(api.snapshot_download(
            repo_id, repo_type=REPO_TYPE, revision=info.sha, allow_patterns=patterns,
            local_dir=str(out_dir) if out_dir is not None else None,
        ))
    except RepositoryNotFoundError:
        raise PublishError(f"dataset {repo_id} not found on {api.endpoint}", REFUSED) from None
    except RevisionNotFoundError:
        raise PublishError(f"{repo_id} has no release {version} (no tag {version_tag(version) if version != 'latest' else ''})", REFUSED) from None
    except hub_errors() as error:
        raise PublishError(f"download of {repo_id} failed: {_one_line(error)}", HUB_FAILED) from None
    try:
        manifest = read_manifest(path)
    except ReleaseError as error:
        raise PublishError(f"{tag} is not a corpus-tools release: {error}", INVALID) from None
    if manifest.get("tag") != tag:
        raise PublishError(f"the manifest at {tag} describes {manifest.get('tag')}", INVALID)
    problems = verify_release(path, configs=wanted)
    if problems:
        raise PublishError(f"{repo_id} {tag} does not match its MANIFEST.json", INVALID, details="\n".join(problems))
    return DownloadResult(repo_id, manifest["version"], tag, path, wanted, info.sha, manifest)
