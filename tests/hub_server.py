"""A small, offline, Hub-compatible HTTP endpoint for tests (stdlib only, plus the ``git`` CLI).

Why not olah: olah (PyPI) is a read-only mirror/proxy.  It serves repositories
it cached from an upstream Hub and has no route for creating a repository,
pre-uploading, committing or tagging, which is exactly what publishing needs.
So this module implements both sides itself, backed by real git:

* every repository is a bare git repository under ``root/<type>s/<org>/<name>.git``:
  commits, branches and tags are real git objects and refs, and every ref
  update is a compare-and-swap (``git update-ref NEW OLD``), so a concurrent
  change makes a commit fail instead of overwriting it;
* large files are stored like the Hub stores them: the git tree holds a Git-LFS
  pointer (``version https://git-lfs.github.com/spec/v1 / oid sha256:... / size N``)
  and the content lives in a content-addressed store ``root/lfs/<sha256>``
  whose uploads are verified against their sha256.

Routes implemented (the ones ``huggingface_hub`` 2.x and ``datasets`` 5.x
call, with the response shapes and ``X-Error-Code`` headers they parse):

write side (bearer token required when the server has one)
  POST /api/repos/create                                  create_repo (initial commit with .gitattributes, 409 if it exists)
  POST /api/validate-yaml                                 the README.md metadata check create_commit makes first
  POST /api/{type}s/{org}/{name}/preupload/{rev}          upload modes ("lfs" | "regular") and remote oids
  POST /{type}s/{org}/{name}.git/info/lfs/objects/batch   LFS batch API, basic transfer (no multipart)
  PUT  /lfs-upload/{sha256}                               LFS object upload (verified), POST /lfs-verify/{sha256}
  POST /api/{type}s/{org}/{name}/commit/{branch}          ndjson commit: header (parentCommit honoured, 412 on mismatch),
                                                          file, lfsFile, deletedFile, deletedFolder
  POST /api/{type}s/{org}/{name}/tag/{rev}                create_tag (409 if the tag exists)
  DELETE /api/{type}s/{org}/{name}/tag/{tag}              delete_tag

read side (public)
  GET  /api/whoami-v2
  GET|HEAD /api/{type}s/{org}/{name}[/revision/{rev}]     repo_info / dataset_info (sha, siblings, cardData)
  GET  /api/{type}s/{org}/{name}/refs                     list_repo_refs (branches, tags; converts and PRs empty)
  GET  /api/{type}s/{org}/{name}/commits/{rev}            list_repo_commits (first-parent history)
  GET  /api/{type}s/{org}/{name}/tree/{rev}[/{path}]      list_repo_tree (recursive or not; no pagination)
  POST /api/{type}s/{org}/{name}/paths-info/{rev}         get_paths_info
  GET|HEAD /{type}s/{org}/{name}/resolve/{rev}/{path}     file download: X-Repo-Commit, ETag (git blob oid, or the
                                                          sha256 for LFS files, as on the Hub), Content-Length, Range

Not implemented (a request to anything else answers 404 and is recorded in
``HubServer.unknown_routes`` so a test can assert none was hit): Xet storage
(clients must run with ``HF_HUB_DISABLE_XET=1``), LFS multipart transfer,
pull requests (``create_pr``), copies between repositories, ``refs/convert/parquet``
and the dataset-viewer service, pagination, repository names without an
organisation, private/gated repositories, users and permissions beyond one token.

Run standalone: ``python tests/hub_server.py --root DIR [--port N] [--token T]``.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import json
import os
import re
import subprocess
import tempfile
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

LFS_POINTER_PREFIX = b"version https://git-lfs.github.com/spec/v1\n"
#: The .gitattributes the Hub writes into every new repository (abridged to the data formats).
DEFAULT_GITATTRIBUTES = "".join(
    f"{pattern} filter=lfs diff=lfs merge=lfs -text\n"
    for pattern in ("*.parquet", "*.arrow", "*.bin", "*.gz", "*.zip", "*.zst", "*.tar", "*.npy", "*.pt", "*.safetensors")
)
LFS_SIZE_THRESHOLD = 10 * 1024 * 1024  # bigger files always go to LFS, as on the Hub
_REV = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$")
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,95}$")
_GIT_ENV = {
    "GIT_AUTHOR_NAME": "hub-test-server",
    "GIT_AUTHOR_EMAIL": "hub@localhost",
    "GIT_COMMITTER_NAME": "hub-test-server",
    "GIT_COMMITTER_EMAIL": "hub@localhost",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_TERMINAL_PROMPT": "0",
}


class HubError(Exception):
    """An HTTP error answer: status, Hub error code (X-Error-Code) and message."""

    def __init__(self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.headers = status, message, code, headers or {}


# --------------------------------------------------------------------------- git storage

class Repo:
    """One bare git repository plus the shared LFS store."""

    def __init__(self, path: Path, lfs_dir: Path) -> None:
        self.path = path
        self.lfs_dir = lfs_dir
        self.lock = threading.Lock()
        self._pointer_cache: dict[str, tuple[str, int, int] | None] = {}

    def git(self, *args: str, input: bytes | None = None, env: dict[str, str] | None = None, check: bool = True) -> bytes:
        full_env = {**os.environ, **_GIT_ENV, **(env or {})}
        full_env.pop("GIT_DIR", None)
        result = subprocess.run(
            ["git", f"--git-dir={self.path}", *args], input=input, capture_output=True, env=full_env
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"git {' '.join(args)} failed: {result.stderr.decode(errors='replace')}")
        return result.stdout

    def init(self) -> str:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(self.path)], check=True, env={**os.environ, **_GIT_ENV})
        blob = self.git("hash-object", "-w", "--stdin", input=DEFAULT_GITATTRIBUTES.encode()).decode().strip()
        return self.commit({".gitattributes": blob}, None, "initial commit", "main")

    # -- revisions
    def resolve(self, revision: str) -> str:
        """A branch, a tag or a full commit id -> commit id (404 RevisionNotFound otherwise)."""
        if _SHA1.match(revision):
            kind = self.git("cat-file", "-t", revision, check=False).strip()
            if kind == b"commit":
                return revision
        elif _REV.match(revision) and ".." not in revision:
            for ref in (f"refs/heads/{revision}", f"refs/tags/{revision}", revision if revision.startswith("refs/") else None):
                if ref is None:
                    continue
                out = self.git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False).strip()
                if out:
                    return out.decode()
        raise HubError(404, f"Invalid rev id: {revision}", "RevisionNotFound")

    def branch_head(self, branch: str) -> str | None:
        out = self.git("rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False).strip()
        return out.decode() or None

    def refs(self) -> dict[str, list[dict[str, str]]]:
        out = self.git("for-each-ref", "--format=%(refname)%00%(objectname)%00%(*objectname)", "refs/heads", "refs/tags")
        branches, tags = [], []
        for line in out.decode().splitlines():
            ref, obj, peeled = line.split("\0")
            entry = {"name": ref.split("/", 2)[2], "ref": ref, "targetCommit": peeled or obj}
            (branches if ref.startswith("refs/heads/") else tags).append(entry)
        return {"branches": branches, "converts": [], "tags": tags, "pullRequests": []}

    # -- trees and blobs
    def ls_tree(self, commit: str, path: str = "", recursive: bool = True) -> list[dict[str, Any]]:
        """Entries ``{type, oid, size, path[, lfs]}`` under ``path`` (a folder; "" is the root)."""
        args = ["ls-tree", "-z", "-l", "--full-tree"]
        if recursive:
            args += ["-r", "-t"]
        target = f"{commit}:{path}" if path else commit
        if path:
            kind = self.git("cat-file", "-t", target, check=False).strip()
            if kind != b"tree":
                raise HubError(404, f"{path} is not a folder", "EntryNotFound")
            args = [a for a in args if a != "--full-tree"]
        out = self.git(*args, target)
        entries = []
        prefix = f"{path}/" if path else ""
        for record in out.split(b"\0"):
            if not record:
                continue
            meta, name = record.split(b"\t", 1)
            mode, kind, oid, size = meta.decode().split()
            entries.append(self._entry(kind, oid, size, prefix + name.decode()))
        return entries

    def _entry(self, kind: str, oid: str, size: str, path: str) -> dict[str, Any]:
        if kind == "tree":
            return {"type": "directory", "oid": oid, "size": 0, "path": path}
        entry: dict[str, Any] = {"type": "file", "oid": oid, "size": int(size), "path": path}
        pointer = self.pointer(oid, int(size))
        if pointer is not None:
            sha256, real_size, pointer_size = pointer
            entry["size"] = real_size
            entry["lfs"] = {"oid": sha256, "size": real_size, "pointerSize": pointer_size}
        return entry

    def pointer(self, oid: str, size: int) -> tuple[str, int, int] | None:
        """(sha256, size, pointer size) when the blob ``oid`` is an LFS pointer; blobs are immutable, so cached."""
        if size > 512:
            return None
        if oid not in self._pointer_cache:
            data = self.git("cat-file", "blob", oid)
            self._pointer_cache[oid] = parse_pointer(data)
        return self._pointer_cache[oid]

    def entry(self, commit: str, path: str) -> dict[str, Any] | None:
        out = self.git("ls-tree", "-z", "-l", "--full-tree", commit, "--", path).split(b"\0")
        for record in out:
            if record:
                meta, name = record.split(b"\t", 1)
                if name.decode() == path:
                    mode, kind, oid, size = meta.decode().split()
                    return self._entry(kind, oid, size, path)
        return None

    def read_blob(self, oid: str) -> bytes:
        return self.git("cat-file", "blob", oid)

    def commit_info(self, commit: str) -> dict[str, Any]:
        fmt = "%H%x00%an%x00%ct%x00%s%x00%b"
        sha, author, stamp, title, body = self.git("show", "-s", f"--format={fmt}", commit).decode().split("\0", 4)
        date = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(int(stamp)))  # the Hub's format
        return {"id": sha, "authors": [{"user": author}], "date": date, "title": title, "message": body.strip()}

    # -- writing
    def commit(self, changes: dict[str, str | None], parent: str | None, message: str, branch: str, *, folders: tuple[str, ...] = ()) -> str:
        """Apply ``{path: blob oid or None (delete)}`` on ``parent``, commit, and move ``branch`` by compare-and-swap."""
        with tempfile.TemporaryDirectory() as tmp:
            env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
            if parent:
                self.git("read-tree", parent, env=env)
            for folder in folders:
                self.git("rm", "--cached", "-r", "-q", "--ignore-unmatch", "--", folder, env=env)
            for path, oid in changes.items():
                if oid is None:
                    self.git("update-index", "--force-remove", "--", path, env=env)
                else:
                    self.git("update-index", "--add", "--cacheinfo", f"100644,{oid},{path}", env=env)
            tree = self.git("write-tree", env=env).decode().strip()
        args = ["commit-tree", tree, "-m", message]
        if parent:
            args += ["-p", parent]
        new = self.git(*args).decode().strip()
        # compare-and-swap: fails if the branch moved since ``parent`` was read
        self.git("update-ref", f"refs/heads/{branch}", new, parent or "", check=False)
        if self.branch_head(branch) != new:
            raise HubError(412, "A commit has happened since. Please refresh and try again.", None)
        return new

    def lfs_path(self, sha256: str) -> Path:
        return self.lfs_dir / sha256


def parse_pointer(data: bytes) -> tuple[str, int, int] | None:
    """(sha256, size, len) of a Git-LFS pointer file, or None for ordinary content."""
    if not data.startswith(LFS_POINTER_PREFIX):
        return None
    fields = dict(line.split(" ", 1) for line in data.decode().splitlines()[1:] if " " in line)
    oid = fields.get("oid", "")
    if not oid.startswith("sha256:") or not fields.get("size", "").isdigit():
        return None
    return oid[len("sha256:"):], int(fields["size"]), len(data)


def make_pointer(sha256: str, size: int) -> bytes:
    return LFS_POINTER_PREFIX + f"oid sha256:{sha256}\nsize {size}\n".encode()


# --------------------------------------------------------------------------- HTTP

class HubServer:
    """The server object: ``start()`` in a background thread, ``url``, ``stop()``."""

    def __init__(self, root: Path, *, host: str = "127.0.0.1", port: int = 0, token: str | None = None) -> None:
        self.root = Path(root)
        self.lfs_dir = self.root / "lfs"
        self.lfs_dir.mkdir(parents=True, exist_ok=True)
        self.token = token
        self.unknown_routes: list[str] = []
        self.requests: list[tuple[str, str, int]] = []
        self._repos: dict[str, Repo] = {}
        self._repos_lock = threading.Lock()
        handler = type("BoundHandler", (_Handler,), {"hub": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "HubServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="hub-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> "HubServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def repo(self, repo_type: str, repo_id: str, *, create: bool = False) -> Repo:
        org, _, name = repo_id.partition("/")
        if not (_NAME.match(org) and _NAME.match(name)) or repo_type not in ("model", "dataset", "space"):
            raise HubError(400, f"invalid repo id {repo_id!r}")
        key = f"{repo_type}s/{org}/{name}"
        with self._repos_lock:
            repo = self._repos.get(key)
            if repo is None:
                repo = Repo(self.root / f"{repo_type}s" / org / f"{name}.git", self.lfs_dir)
                if not repo.path.exists():
                    if not create:
                        raise HubError(404, "Repository not found", "RepoNotFound")
                    repo.init()
                self._repos[key] = repo
            elif create:
                raise HubError(409, "You already created this repo", None)
        return repo


_TYPE_PREFIX = {"datasets": "dataset", "spaces": "space", "models": "model"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub: HubServer
    server_version = "hub-test-server/1.0"

    # -- plumbing
    def log_message(self, format: str, *args: Any) -> None:  # quiet; requests are recorded instead
        pass

    def _body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Date", formatdate(usegmt=True))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.hub.requests.append((self.command, self.path, status))

    def _json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(data).encode(), headers)

    def _error(self, error: HubError) -> None:
        headers = dict(error.headers)
        if error.code:
            headers["X-Error-Code"] = error.code
        headers["X-Error-Message"] = error.message
        self._json({"error": error.message}, error.status, headers)

    def _require_token(self) -> None:
        if self.hub.token is None:
            return
        auth = self.headers.get("Authorization", "")
        if auth != f"Bearer {self.hub.token}":
            raise HubError(401, "Invalid credentials in Authorization header", None)

    def _dispatch(self) -> None:
        body = b""
        try:
            body = self._body() if self.command in ("POST", "PUT", "DELETE") else b""
            split = urlsplit(self.path)
            segments = [unquote(s) for s in split.path.split("/")[1:]]
            query = {k: v[-1] for k, v in parse_qs(split.query).items()}
            self._route(segments, query, body)
        except HubError as error:
            self._error(error)
        except Exception as error:  # a server bug: answer 500 with the reason, never hang
            self._json({"error": f"{type(error).__name__}: {error}"}, 500)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = lambda self: self._dispatch()  # noqa: E731

    def _base(self) -> str:
        return f"http://{self.headers.get('Host')}"

    # -- routing
    def _route(self, s: list[str], q: dict[str, str], body: bytes) -> None:
        m = self.command
        if s[:2] == ["api", "whoami-v2"] and m == "GET":
            self._require_token()
            return self._json({"type": "user", "name": "test-user", "orgs": [], "auth": {"accessToken": {"role": "write"}}})
        if s[:3] == ["api", "repos", "create"] and m == "POST":
            return self._create_repo(json.loads(body or b"{}"))
        if s[:2] == ["api", "validate-yaml"] and m == "POST":
            return self._validate_yaml(json.loads(body or b"{}"))
        if s[:1] == ["lfs-upload"] and len(s) == 2 and m == "PUT":
            return self._lfs_upload(s[1], body)
        if s[:1] == ["lfs-verify"] and len(s) == 2 and m == "POST":
            return self._lfs_verify(s[1], json.loads(body or b"{}"))
        if len(s) >= 4 and s[0] == "api" and s[1] in _TYPE_PREFIX:
            repo_type, repo_id, rest = _TYPE_PREFIX[s[1]], f"{s[2]}/{s[3]}", s[4:]
            return self._api(m, repo_type, repo_id, rest, q, body)
        if len(s) == 7 and s[0] in _TYPE_PREFIX and s[2].endswith(".git") and s[3:] == ["info", "lfs", "objects", "batch"] and m == "POST":
            return self._lfs_batch(_TYPE_PREFIX[s[0]], f"{s[1]}/{s[2][:-4]}", json.loads(body or b"{}"))
        if len(s) >= 6 and s[0] in _TYPE_PREFIX and s[3] == "resolve" and m in ("GET", "HEAD"):
            return self._resolve(_TYPE_PREFIX[s[0]], f"{s[1]}/{s[2]}", s[4], "/".join(s[5:]))
        if len(s) >= 5 and s[2] == "resolve" and m in ("GET", "HEAD"):  # models have no prefix
            return self._resolve("model", f"{s[0]}/{s[1]}", s[3], "/".join(s[4:]))
        self._unknown()

    def _unknown(self) -> None:
        self.hub.unknown_routes.append(f"{self.command} {self.path}")
        raise HubError(404, f"route not implemented by the test server: {self.command} {self.path}", None)

    def _api(self, m: str, repo_type: str, repo_id: str, rest: list[str], q: dict[str, str], body: bytes) -> None:
        if not rest and m in ("GET", "HEAD"):
            return self._info(repo_type, repo_id, "main")
        op, args = rest[0], rest[1:]
        if op == "revision" and args and m in ("GET", "HEAD"):
            return self._info(repo_type, repo_id, args[0])
        if op == "refs" and m == "GET":
            return self._json(self.hub.repo(repo_type, repo_id).refs())
        if op == "commits" and args and m == "GET":
            repo = self.hub.repo(repo_type, repo_id)
            head = repo.resolve(args[0])
            shas = repo.git("rev-list", "--first-parent", head).decode().split()
            return self._json([repo.commit_info(sha) for sha in shas])
        if op == "tree" and args and m == "GET":
            repo = self.hub.repo(repo_type, repo_id)
            commit = repo.resolve(args[0])
            recursive = q.get("recursive", "false").lower() in ("1", "true")
            return self._json(repo.ls_tree(commit, "/".join(args[1:]).strip("/"), recursive), headers={"X-Repo-Commit": commit})
        if op == "paths-info" and args and m == "POST":
            repo = self.hub.repo(repo_type, repo_id)
            commit = repo.resolve(args[0])
            form = parse_qs(body.decode())
            found = [repo.entry(commit, p.strip("/")) for p in form.get("paths", [])]
            return self._json([e for e in found if e is not None])
        if op == "preupload" and args and m == "POST":
            return self._preupload(repo_type, repo_id, args[0], json.loads(body or b"{}"), q)
        if op == "commit" and args and m == "POST":
            return self._commit(repo_type, repo_id, args[0], body, q)
        if op == "tag" and args and m == "POST":
            return self._tag(repo_type, repo_id, args[0], json.loads(body or b"{}"))
        if op == "tag" and args and m == "DELETE":
            self._require_token()
            repo = self.hub.repo(repo_type, repo_id)
            if not repo.git("rev-parse", "--verify", "--quiet", f"refs/tags/{args[0]}", check=False).strip():
                raise HubError(404, f"Tag {args[0]} not found", "RevisionNotFound")
            repo.git("update-ref", "-d", f"refs/tags/{args[0]}")
            return self._json({})
        self._unknown()

    # -- read handlers
    def _info(self, repo_type: str, repo_id: str, revision: str) -> None:
        repo = self.hub.repo(repo_type, repo_id)
        commit = repo.resolve(revision)
        files = [e for e in repo.ls_tree(commit) if e["type"] == "file"]
        card = None
        readme = next((e for e in files if e["path"] == "README.md"), None)
        if readme is not None:
            card = _front_matter(repo.read_blob(readme["oid"]).decode("utf-8", "replace"))
        info = {
            "_id": hashlib.sha1(repo_id.encode()).hexdigest()[:24],
            "id": repo_id,
            "author": repo_id.split("/")[0],
            "sha": commit,
            "lastModified": repo.commit_info(commit)["date"],
            "private": False,
            "gated": False,
            "disabled": False,
            "tags": [],
            "cardData": card,
            "siblings": [{"rfilename": e["path"]} for e in files],
        }
        self._json(info, headers={"X-Repo-Commit": commit})

    def _resolve(self, repo_type: str, repo_id: str, revision: str, path: str) -> None:
        repo = self.hub.repo(repo_type, repo_id)
        commit = repo.resolve(revision)
        entry = repo.entry(commit, path)
        if entry is None or entry["type"] != "file":
            raise HubError(404, "Entry not found", "EntryNotFound", {"X-Repo-Commit": commit})
        headers = {"X-Repo-Commit": commit, "Accept-Ranges": "bytes"}
        if "lfs" in entry:
            sha256 = entry["lfs"]["oid"]
            headers["ETag"] = f'"{sha256}"'
            headers["X-Linked-Etag"] = f'"{sha256}"'
            headers["X-Linked-Size"] = str(entry["size"])
            source = repo.lfs_path(sha256)
            data = source.read_bytes() if self.command == "GET" else b""
            size = entry["size"]
        else:
            headers["ETag"] = f'"{entry["oid"]}"'
            data = repo.read_blob(entry["oid"])
            size = len(data)
        status = 200
        range_header = self.headers.get("Range")
        if range_header and self.command == "GET":
            start_s, _, end_s = range_header.removeprefix("bytes=").partition("-")
            start = int(start_s) if start_s else max(0, size - int(end_s))
            end = min(int(end_s), size - 1) if (start_s and end_s) else size - 1
            if start >= size:
                raise HubError(416, "Requested range not satisfiable", None, {"Content-Range": f"bytes */{size}"})
            data = data[start : end + 1]
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
            status = 206
        if self.command == "HEAD":
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(size))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.hub.requests.append((self.command, self.path, status))
            return
        self._send(status, data, headers, content_type="application/octet-stream")

    # -- write handlers
    def _create_repo(self, payload: dict[str, Any]) -> None:
        self._require_token()
        repo_type = payload.get("type") or "model"
        repo_id = f"{payload.get('organization') or 'test-user'}/{payload.get('name')}"
        prefix = "" if repo_type == "model" else f"{repo_type}s/"
        url = f"{self._base()}/{prefix}{repo_id}"
        try:
            self.hub.repo(repo_type, repo_id, create=True)
        except HubError as error:
            if error.status == 409:
                return self._json({"error": error.message, "url": url}, 409)
            raise
        self._json({"url": url, "name": repo_id, "id": repo_id})

    def _validate_yaml(self, payload: dict[str, Any]) -> None:
        content = payload.get("content", "")
        try:
            meta = _front_matter(content)
        except yaml.YAMLError as error:
            return self._json({"errors": [{"message": f"invalid YAML: {error}"}], "warnings": []}, 400)
        if content.startswith("---") and not isinstance(meta, dict):
            return self._json({"errors": [{"message": "metadata must be a YAML mapping"}], "warnings": []}, 400)
        self._json({"errors": [], "warnings": []})

    def _preupload(self, repo_type: str, repo_id: str, revision: str, payload: dict[str, Any], q: dict[str, str]) -> None:
        self._require_token()
        repo = self.hub.repo(repo_type, repo_id)
        commit = repo.resolve(revision)
        patterns = _lfs_patterns(repo, commit)
        files = []
        for item in payload.get("files", []):
            path, size = item["path"], int(item["size"])
            sample = base64.b64decode(item.get("sample", ""))
            lfs = size > LFS_SIZE_THRESHOLD or b"\0" in sample or any(fnmatch.fnmatch(path.rsplit("/", 1)[-1], p) or fnmatch.fnmatch(path, p) for p in patterns)
            existing = repo.entry(commit, path)
            oid = None
            if existing is not None and existing["type"] == "file":
                oid = existing["lfs"]["oid"] if "lfs" in existing else existing["oid"]
            files.append({"path": path, "uploadMode": "lfs" if lfs else "regular", "shouldIgnore": False, "oid": oid})
        self._json({"files": files, "commitOid": commit})

    def _lfs_batch(self, repo_type: str, repo_id: str, payload: dict[str, Any]) -> None:
        self._require_token()
        self.hub.repo(repo_type, repo_id)
        if payload.get("operation") != "upload":
            raise HubError(400, "only the upload operation is implemented")
        objects = []
        for obj in payload.get("objects", []):
            oid, size = obj["oid"], int(obj["size"])
            if not _SHA256.match(oid):
                objects.append({"oid": oid, "size": size, "error": {"code": 422, "message": "invalid oid"}})
                continue
            entry: dict[str, Any] = {"oid": oid, "size": size, "authenticated": True}
            if not self.hub.lfs_dir.joinpath(oid).exists():
                entry["actions"] = {
                    "upload": {"href": f"{self._base()}/lfs-upload/{oid}?size={size}", "header": {}},
                    "verify": {"href": f"{self._base()}/lfs-verify/{oid}", "header": {}},
                }
            objects.append(entry)
        self._send(200, json.dumps({"transfer": "basic", "objects": objects}).encode(), content_type="application/vnd.git-lfs+json")

    def _lfs_upload(self, oid: str, body: bytes) -> None:
        if not _SHA256.match(oid):
            raise HubError(400, "invalid oid")
        if hashlib.sha256(body).hexdigest() != oid:
            raise HubError(400, "uploaded content does not match its sha256")
        target = self.hub.lfs_dir / oid
        tmp = target.with_name(f".{oid}.{threading.get_ident()}.partial")
        tmp.write_bytes(body)
        tmp.replace(target)
        self._send(200, b"", headers={"ETag": f'"{oid}"'})

    def _lfs_verify(self, oid: str, payload: dict[str, Any]) -> None:
        target = self.hub.lfs_dir / oid
        if not target.exists() or target.stat().st_size != int(payload.get("size", -1)):
            raise HubError(404, "object not found or wrong size")
        self._json({"success": True})

    def _commit(self, repo_type: str, repo_id: str, revision: str, body: bytes, q: dict[str, str]) -> None:
        self._require_token()
        if q.get("create_pr"):
            raise HubError(501, "pull requests are not implemented by the test server")
        repo = self.hub.repo(repo_type, repo_id)
        lines = [json.loads(line) for line in body.decode().splitlines() if line.strip()]
        if not lines or lines[0].get("key") != "header":
            raise HubError(400, "the commit payload must start with a header line")
        header = lines[0]["value"]
        with repo.lock:
            head = repo.branch_head(revision)
            if head is None:
                raise HubError(404, f"Invalid rev id: {revision} (commits go to branches)", "RevisionNotFound")
            parent = header.get("parentCommit")
            if parent is not None and not head.startswith(parent):
                raise HubError(412, "A commit has happened since. Please refresh and try again.")
            changes: dict[str, str | None] = {}
            folders: list[str] = []
            for line in lines[1:]:
                key, value = line["key"], line["value"]
                path = value["path"].strip("/")
                if key == "file":
                    content = base64.b64decode(value["content"]) if value.get("encoding") == "base64" else value["content"].encode()
                    changes[path] = repo.git("hash-object", "-w", "--stdin", input=content).decode().strip()
                elif key == "lfsFile":
                    oid = value["oid"]
                    stored = self.hub.lfs_dir / oid
                    if not _SHA256.match(oid) or not stored.exists():
                        raise HubError(400, f"LFS object {oid} of {path} was not uploaded")
                    size = stored.stat().st_size
                    if value.get("size") is not None and int(value["size"]) != size:
                        raise HubError(400, f"LFS object {oid} has size {size}, not {value['size']}")
                    changes[path] = repo.git("hash-object", "-w", "--stdin", input=make_pointer(oid, size)).decode().strip()
                elif key == "deletedFile":
                    if repo.entry(head, path) is None:
                        raise HubError(404, "A file with this name doesn't exist", "EntryNotFound")
                    changes[path] = None
                elif key == "deletedFolder":
                    folders.append(path)
                else:
                    raise HubError(400, f"unknown commit operation {key!r}")
            message = header.get("summary") or "commit"
            if header.get("description"):
                message += "\n\n" + header["description"]
            new = repo.commit(changes, head, message, revision, folders=tuple(folders))
        prefix = "" if repo_type == "model" else f"{repo_type}s/"
        self._json({
            "commitUrl": f"{self._base()}/{prefix}{repo_id}/commit/{new}",
            "commitOid": new,
            "pullRequestUrl": None,
            "success": True,
        })

    def _tag(self, repo_type: str, repo_id: str, revision: str, payload: dict[str, Any]) -> None:
        self._require_token()
        repo = self.hub.repo(repo_type, repo_id)
        tag = payload.get("tag", "")
        if not _REV.match(tag) or ".." in tag:
            raise HubError(400, f"invalid tag name {tag!r}")
        commit = repo.resolve(revision)
        with repo.lock:
            if repo.git("rev-parse", "--verify", "--quiet", f"refs/tags/{tag}", check=False).strip():
                raise HubError(409, f"Tag {tag} already exists")
            if payload.get("message"):
                repo.git("tag", "-a", "-m", payload["message"], tag, commit)
            else:
                # an empty old value makes update-ref fail if the tag appeared meanwhile
                repo.git("update-ref", f"refs/tags/{tag}", commit, "")
        self._json({})


def _front_matter(text: str) -> dict[str, Any] | None:
    if not text.startswith("---"):
        return None
    parts = text.split("\n---", 1)
    if len(parts) < 2:
        return None
    return yaml.safe_load(parts[0][3:])


def _lfs_patterns(repo: Repo, commit: str) -> list[str]:
    entry = repo.entry(commit, ".gitattributes")
    if entry is None:
        return []
    text = repo.read_blob(entry["oid"]).decode("utf-8", "replace")
    return [line.split()[0] for line in text.splitlines() if "filter=lfs" in line and line.split()]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=None)
    args = parser.parse_args()
    server = HubServer(args.root, port=args.port, token=args.token).start()
    print(server.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
