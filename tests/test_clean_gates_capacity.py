"""The gates' class table (clean/_gates.py) has room for a fixed number of character classes, one
bit each; every class registered in a process takes one.  In one test worker the rules' classes, the
doctests' (``_doctest``…) and the tests' own (``_test_first``…) are all registered, and at 16 bits the
first full-suite run of session 7 failed in one worker with ``too many character classes`` once a
14th rule class was added (fixed by widening the table to 32 bits, b908f2f).  This test counts every
class a process can register and fails, naming them, before the table overflows.

Counted, by name (a name registered again keeps its bit): every ``register(<literal name>, …)`` call of
the package and of the tests (read from the source, so that classes registered lazily, in a function,
are counted too), and every ``register("<name>"`` in a docstring of the package (its doctests).  The
classes registered after importing every cleaning module must be among them: a class registered
under a computed name cannot be counted from the source and fails the test too.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import corpus_tools.clean
from corpus_tools.clean import _gates

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "corpus_tools"
TESTS = ROOT / "tests"
#: The held-out noise registries are the lead's, never read by helpers (and hold no gate class).
NOT_READ = {TESTS / "noise" / "heldout.py", TESTS / "noise" / "heldout2.py", TESTS / "noise" / "heldout3.py"}
#: This file registers its classes only into a table it monkeypatches (the limit test below).
NOT_COUNTED = {Path(__file__).resolve()}
_DOCTEST_CALL = re.compile(r"""\bregister\(\s*(['"])(?P<name>[^'"]+)\1""")


def _register_calls(path: Path) -> list[tuple[str | None, int]]:
    """(name, line) of every call of the gates' ``register`` in one file: ``_gates.register(…)``, or
    ``register(…)`` where the file imports ``register`` from ``corpus_tools.clean._gates``; name None when
    it is not a string literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    bare = any(isinstance(node, ast.ImportFrom) and node.module == "corpus_tools.clean._gates"
               and any(alias.name == "register" and alias.asname is None for alias in node.names)
               for node in ast.walk(tree))
    out: list[tuple[str | None, int]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        gates_call = (isinstance(func, ast.Attribute) and func.attr == "register"
                      and isinstance(func.value, ast.Name) and func.value.id == "_gates")
        if gates_call or (bare and isinstance(func, ast.Name) and func.id == "register"):
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            out.append((first.value if literal else None, node.lineno))
    return out


def _doctest_names(path: Path) -> set[str]:
    """Names of the gate classes the doctests of one module register."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False) or ""
            names |= {m["name"] for m in _DOCTEST_CALL.finditer(doc) if ">>>" in doc}
    return names


def _sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if p not in NOT_READ and p.resolve() not in NOT_COUNTED)


def _capacity() -> int:
    """Bits per entry of the table the probes build (its dtype)."""
    return _gates._build_table().dtype.itemsize * 8


def _all_registered_names() -> dict[str, set[str]]:
    """The names of the classes each kind of code registers (read from the source)."""
    found: dict[str, set[str]] = {"rules": set(), "doctests": set(), "tests": set()}
    computed: list[str] = []
    for kind, folder in (("rules", PACKAGE), ("tests", TESTS)):
        for path in _sources(folder):
            for name, line in _register_calls(path):
                if name is None:
                    computed.append(f"{path.relative_to(ROOT)}:{line}")
                elif kind == "rules" and path.name == "_gates.py":
                    continue  # the module itself only defines register
                else:
                    found[kind].add(name)
    for path in _sources(PACKAGE):
        found["doctests"] |= _doctest_names(path)
    assert not computed, (
        f"gate classes registered under a computed name cannot be counted against the class table: {computed}; "
        "register them under a literal name")
    return found


def test_the_class_table_holds_every_class_the_rules_doctests_and_tests_register():
    found = _all_registered_names()
    names = set().union(*found.values())
    capacity = _capacity()
    listed = "; ".join(f"{kind} {len(found[kind])} ({', '.join(sorted(found[kind]))})" for kind in found)
    assert len(names) <= capacity, (
        f"{len(names)} gate character classes can be registered in one process ({listed}), but the class table "
        f"of corpus_tools/clean/_gates.py holds {capacity} bits: a test worker that imports every rule and runs "
        f"the doctests and tests fails with 'too many character classes'. Widen the table (_build_table's dtype, "
        f"classes()' docstring, register's limit) or share a class between rules.")


def test_every_class_registered_at_import_is_counted():
    """The source count sees what the rules really register: import every cleaning module (and the
    lazily registered gate of codec_swap), then every registered name is one the source shows."""
    for module in pkgutil.walk_packages(corpus_tools.clean.__path__, "corpus_tools.clean."):
        importlib.import_module(module.name)
    found = _all_registered_names()
    counted = set().union(*found.values())
    registered = set(_gates._classes)
    assert registered - counted == set(), f"gate classes registered but not found in the source: {sorted(registered - counted)}"
    assert found["rules"] <= registered, f"rule classes in the source never registered at import: {sorted(found['rules'] - registered)}"


def test_register_refuses_a_class_beyond_the_table(monkeypatch):
    """register's limit is the table's width: one class more than it holds is refused, not a wrong bit."""
    capacity = _capacity()
    monkeypatch.setattr(_gates, "_classes", {f"_full_{k}": (1 << k, frozenset()) for k in range(capacity - 1)})
    monkeypatch.setattr(_gates, "_table", None)
    assert _gates.register("_last_that_fits", "甲") == 1 << (capacity - 1)
    with pytest.raises(RuntimeError, match="too many character classes"):
        _gates.register("_one_too_many", "乙")
    monkeypatch.setattr(_gates, "_table", None)  # the real table is rebuilt on the next probe
