"""An ordered ``map`` over worker processes, shared by the build and validation.

Workers never outlive the process that started them: killed with ``kill -9``, a
build used to leave its workers running, and they printed ``BrokenPipeError``
tracebacks when they tried to hand back their results.  Each worker asks the
kernel to send it SIGTERM when its parent dies (Linux ``PR_SET_PDEATHSIG``;
elsewhere a thread checks the parent once a second), and ignores Ctrl-C, which
the terminal sends to the whole process group: the parent stops the workers
itself (:meth:`Mapper.__exit__`), so one interrupt gives one message, not one
traceback per worker.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from typing import Any

_PR_SET_PDEATHSIG = 1


class Mapper:
    """``map`` in source order, in-process for one worker, in processes for more."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = None
        if self.workers > 1:
            context = get_context("fork" if sys.platform != "win32" else "spawn")
            self._pool = context.Pool(self.workers, initializer=_start_worker, initargs=(os.getpid(),))

    def map(self, fn: Any, items: Iterable[Any]) -> Iterator[Any]:
        if self._pool is None:
            return map(fn, items)
        return self._pool.imap(fn, items, chunksize=1)

    def __enter__(self) -> "Mapper":
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if self._pool is not None:
            # an error or an interrupt: stop the workers at once; else let them finish
            (self._pool.terminate if kind is not None else self._pool.close)()
            self._pool.join()


def _start_worker(parent: int) -> None:
    """Initializer of a worker: ignore Ctrl-C, and die with the parent (see the module doc)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _ask_kernel_to_end_me_with(parent):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-parent").start()


def _ask_kernel_to_end_me_with(parent: int) -> bool:
    """SIGTERM to this process when its parent ends (Linux); False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    if prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        return False
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)
    return True


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
