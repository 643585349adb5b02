"""Writing ``OUT_DIR`` so that no fault loses it: one build at a time, staging beside it, a swap that can be undone.

A build writes into a staging folder beside ``OUT_DIR`` and swaps it in only when it is
complete and valid.  Around that, three faults are handled here:

* **Two builds into one ``OUT_DIR``** raced (one crashed with "Directory not empty" and
  left ``.old`` folders).  :func:`locked` takes an exclusive lock on ``.OUT.lock`` beside
  ``OUT_DIR`` for the whole build; a second build fails at once with :class:`OutDirBusy`,
  naming the process that holds it.  The kernel drops the lock when that process dies, so a
  killed build never leaves it held (only the empty file, reused by the next build).
* **Stale staging folders** of killed builds were never removed.  Staging folders are named
  ``.OUT.building-PID-…``; :func:`recover`, run under the lock before a build starts,
  removes those whose process is gone (a folder of a process still running is left alone).
  Older corpus-tools named them ``.OUT.building-XXXXXXXX`` (no process id): such a folder is
  removed once nothing in it has changed for :data:`ABANDONED_AFTER` seconds (a build writes
  a shard every few seconds).
* **A build killed during the swap** left ``OUT_DIR`` missing (the data only in a hidden
  ``.OUT.old-PID``).  :func:`swap_in` exchanges the two folders in one step where the
  system can (Linux ``renameat2(RENAME_EXCHANGE)``: ``OUT_DIR`` always exists, old or new);
  elsewhere it renames ``OUT_DIR`` to ``.OUT.old-PID`` and the staging folder to ``OUT_DIR``,
  and if it is killed between the two, :func:`recover` renames ``.OUT.old-PID`` back on the
  next build (``corpus-tools validate`` says where the data is: :func:`interrupted_swap`).
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; builds into one OUT_DIR are not serialised
    fcntl = None  # type: ignore[assignment]


class OutDirBusy(RuntimeError):
    """Another process holds the lock on ``OUT_DIR``: it is building into it."""


def lock_path(out_dir: Path) -> Path:
    """The lock file of ``out_dir``: ``.NAME.lock`` beside it, there while a build runs.

    >>> lock_path(Path("build/dataset"))
    PosixPath('build/.dataset.lock')
    """
    return out_dir.parent / f".{out_dir.name}.lock"


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the exclusive lock on ``out_dir`` (see the module doc), or raise :class:`OutDirBusy`."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    path = lock_path(out_dir)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutDirBusy(f"another corpus-tools process (pid {holder}) is building into {out_dir}; "
                             "nothing written: wait for it to finish") from None
        if _same_file(fd, path):
            break
        os.close(fd)  # the holder removed the file as it finished: lock the one at the path now
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        path.unlink(missing_ok=True)  # while still holding it: a waiter finds it gone and retries
        os.close(fd)  # releases the lock


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def new_staging(out_dir: Path) -> Path:
    """A new staging folder beside ``out_dir``, named after this process (see :func:`recover`)."""
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.building-{os.getpid()}-", dir=out_dir.parent))
    staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; the dataset is not
    return staging


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: A staging folder of an older corpus-tools (no process id in its name) in which nothing changed for
#: this long is abandoned (see the module doc).
ABANDONED_AFTER = 3600.0


def _owned(out_dir: Path, kind: str) -> Iterator[tuple[Path, int | None]]:
    """The folders ``.NAME.KIND-…`` beside ``out_dir``, with the process id in their name (None for
    the names of older versions: ``.NAME.building-`` and mkdtemp's random letters and digits)."""
    pattern = re.compile(re.escape(f".{out_dir.name}.{kind}-") + r"(?:(\d+)(?:-|$))?")
    try:
        entries = list(os.scandir(out_dir.parent))
    except OSError:
        return
    for entry in sorted(entries, key=lambda e: e.name):
        match = pattern.match(entry.name)
        if match and entry.is_dir(follow_symlinks=False):
            yield Path(entry.path), int(match.group(1)) if match.group(1) else None


def _running(pid: int) -> bool:
    """A process with this id exists (one of another user counts).

    >>> _running(os.getpid())
    True
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(out_dir: Path) -> list[str]:
    """Undo what killed builds left beside ``out_dir`` (call it holding :func:`locked`); return
    what was done, one line each.

    * ``.OUT.old-PID`` of a dead process: renamed back to ``OUT_DIR`` if that is missing (the
      build died between the two renames of the swap), else removed (it died after them);
    * ``.OUT.building-PID-…`` of a dead process: removed.
    """
    done = []
    for old, pid in _owned(out_dir, "old"):
        if pid is None or pid == os.getpid() or _running(pid):
            continue
        if not out_dir.exists():
            old.rename(out_dir)
            done.append(f"restored {out_dir} from {old.name} (a build was killed during its swap)")
        else:
            shutil.rmtree(old, ignore_errors=True)
            done.append(f"removed {old.name} (left by a build killed after its swap)")
    for staging, pid in _owned(out_dir, "building"):
        if pid is None:
            if not _unchanged_for(staging, ABANDONED_AFTER):
                continue
        elif pid == os.getpid() or _running(pid):
            continue
        shutil.rmtree(staging, ignore_errors=True)
        done.append(f"removed {staging.name} (staging folder of a build that was killed)")
    return done


def _unchanged_for(folder: Path, seconds: float) -> bool:
    """Nothing in ``folder`` (it, its entries and theirs: a build's ``data/`` and its shards) was
    changed in the last ``seconds``."""
    newest = 0.0
    try:
        for top in [folder, *folder.iterdir()]:
            newest = max(newest, top.lstat().st_mtime)
            if top != folder and top.is_dir() and not top.is_symlink():
                newest = max([newest, *(entry.lstat().st_mtime for entry in top.iterdir())])
    except OSError:
        return False  # changing under us, or unreadable: not ours to remove
    return time.time() - newest > seconds


def interrupted_swap(out_dir: Path) -> Path | None:
    """Where the previous dataset is when ``out_dir`` is missing because a build was killed
    during its swap (``None`` when ``out_dir`` exists or no such folder is there)."""
    out_dir = Path(out_dir)
    if out_dir.exists():
        return None
    return next((old for old, pid in _owned(out_dir, "old") if pid is not None and not _running(pid)), None)


def swap_in(staging: Path, out_dir: Path) -> None:
    """Put ``staging`` in place of ``out_dir`` (see the module doc); the previous build is removed."""
    if not os.path.lexists(out_dir):
        staging.rename(out_dir)
        return
    if _exchange(staging, out_dir):
        shutil.rmtree(staging, ignore_errors=True)  # it holds the previous build now
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    out_dir.rename(old)
    staging.rename(out_dir)  # killed before this: recover() renames old back
    shutil.rmtree(old, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap the paths ``a`` and ``b`` in one atomic step (Linux ``renameat2``); False where the
    system or the file system cannot (then nothing changed)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # a C library without it (glibc < 2.28)
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


__all__ = ["OutDirBusy", "interrupted_swap", "lock_path", "locked", "new_staging", "recover", "swap_in"]
