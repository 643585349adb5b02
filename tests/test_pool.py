"""corpus_tools.pool.Mapper: the order of the results, and ``first_here`` (issue 20: workers that
inherit the set-up of the first item instead of each doing it again)."""

from __future__ import annotations

import os

import pytest

from corpus_tools.pool import Mapper

#: What an item's work sets up once per process (as the cleaners' lazy regexes and tables do).
_SET_UP: dict[str, int] = {}


def _square_and_say_where(x: int) -> tuple[int, int, bool]:
    """x squared, the process it ran in, and whether the set-up was already there."""
    inherited = "done" in _SET_UP
    _SET_UP["done"] = x
    return x * x, os.getpid(), inherited


@pytest.fixture(autouse=True)
def _fresh_set_up():
    _SET_UP.clear()
    yield
    _SET_UP.clear()


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("first_here", [False, True])
def test_results_come_in_the_items_order(workers, first_here):
    with Mapper(workers) as mapper:
        results = list(mapper.map(_square_and_say_where, range(12), first_here=first_here))
    assert [r[0] for r in results] == [x * x for x in range(12)]


def test_first_here_runs_the_first_item_here_and_the_workers_inherit_its_set_up():
    with Mapper(2) as mapper:
        results = list(mapper.map(_square_and_say_where, range(8), first_here=True))
    (_, first_pid, first_inherited), rest = results[0], results[1:]
    assert first_pid == os.getpid() and not first_inherited
    assert all(pid != os.getpid() for _, pid, _ in rest)
    assert all(inherited for _, _, inherited in rest)  # forked after the first item's set-up


def test_without_first_here_each_worker_sets_up_for_itself():
    with Mapper(2) as mapper:
        results = list(mapper.map(_square_and_say_where, range(8)))
    assert all(pid != os.getpid() for _, pid, _ in results)
    firsts = {}
    for _, pid, inherited in results:
        firsts.setdefault(pid, inherited)
    assert not any(firsts.values())  # each worker's first item found nothing set up


def test_first_here_of_no_items_is_no_results():
    with Mapper(2) as mapper:
        assert list(mapper.map(_square_and_say_where, [], first_here=True)) == []
