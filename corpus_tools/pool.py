"""An ordered ``map`` over worker processes, shared by the build and validation.

Workers never outlive the process that started them: killed with ``kill -9``, a
build used to leave its workers running, and they printed ``BrokenPipeError``
tracebacks when they tried to hand back their results.  Each worker asks the
kernel to send it SIGTERM when its parent dies (Linux ``PR_SET_PDEATHSIG``;
elsewhere a thread checks the parent once a second), and ignores Ctrl-C, which
the terminal sends to the whole process group: the parent stops the workers
itself (:meth:`Mapper.__exit__`), so one interrupt gives one message, not one
traceback per worker.

A worker that dies in a task (the kernel's out-of-memory killer, a crash in native
code) left ``multiprocessing.Pool.imap`` waiting forever for the result it would never
send (the pool quietly starts a new worker; the task is lost), and ``Pool.terminate``
could then deadlock on the queue's lock.  The workers are a
:class:`concurrent.futures.ProcessPoolExecutor`, which notices a worker's death: the
map raises :class:`WorkerDied` and the other workers are stopped.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any

_PR_SET_PDEATHSIG = 1


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of the work (its task's result will never come)."""


class Mapper:
    """``map`` in source order, in-process for one worker, in processes for more."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = None
        if self.workers > 1:
            context = get_context("fork" if sys.platform != "win32" else "spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                             initargs=(os.getpid(),))

    def map(self, fn: Any, items: Iterable[Any], *, first_here: bool = False) -> Iterator[Any]:
        """``fn`` of each item, in the items' order.

        ``first_here`` runs the first item in this process, before the workers start (they
        start at the first item sent to them): they are forked from a process that has
        already done one item's work, so what that work set up once (regexes compiled on
        first use, tables, models) they inherit instead of each setting it up again.
        Measured on the clean corpus (issue 20): a worker's first chunk costs 1.8 CPU-s,
        the same chunk warm 1.2-1.3.  The price: the first item is not done in parallel.
        """
        if self._pool is None:
            return map(fn, items)
        if first_here:
            return self._first_here(fn, iter(items))
        return self._results(self._pool.map(fn, items))

    def _first_here(self, fn: Any, items: Iterator[Any]) -> Iterator[Any]:
        for first in items:
            yield fn(first)
            break
        yield from self._results(self._pool.map(fn, items))

    def _results(self, results: Iterator[Any]) -> Iterator[Any]:
        try:
            yield from results
        except BrokenProcessPool:
            ended = [p for p in self._processes() if p.exitcode is not None]
            how = (f"killed by signal {-ended[0].exitcode}" if ended and ended[0].exitcode < 0
                   else f"exit code {ended[0].exitcode}" if ended else "ended abruptly")
            raise WorkerDied(f"a worker process ended in the middle of its work ({how}; out of memory?): "
                             "its result will never come") from None

    def _processes(self) -> list[Any]:
        """The worker processes (the executor lists them only privately; it has no terminate before 3.14)."""
        return list((getattr(self._pool, "_processes", None) or {}).values())

    def __enter__(self) -> "Mapper":
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        if self._pool is None:
            return
        if kind is None:  # let them finish
            self._pool.shutdown(wait=True)
            return
        processes = self._processes()  # an error or an interrupt: stop the workers at once
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.exitcode is None:
                process.terminate()
        for process in processes:
            process.join()


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
