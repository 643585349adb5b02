"""Patterns compiled on first use (:mod:`corpus_tools.lazy_patterns`, issue 20: start-up).

A lazy pattern must behave as the compiled one, and since a typo in a pattern now shows
at its first use instead of at import, every module-level lazy pattern of the package is
compiled here once.
"""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import re

import pytest
import regex

import corpus_tools
from corpus_tools.lazy_patterns import every_lazy_pattern, lazy_re, lazy_regex

#: Modules that import optional extras (datatrove), and the one that runs the command line.
_OPTIONAL = ("corpus_tools.integrations", "corpus_tools.__main__")


def _module_names() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(corpus_tools.__path__, "corpus_tools.")
        if not info.name.startswith(_OPTIONAL)
    )


def test_every_lazy_pattern_of_the_package_compiles_as_it_would_have_at_import():
    for name in _module_names():
        importlib.import_module(name)
    patterns = [lazy for lazy in every_lazy_pattern() if (lazy.module or "").startswith("corpus_tools.")]
    assert len(patterns) > 50
    for lazy in patterns:
        compile, source, flags, kwargs = lazy._recipe
        eager = compile(source, flags, **kwargs)
        assert lazy.compiled().pattern == eager.pattern, (lazy.module, source)
        assert lazy.flags == eager.flags and lazy.groups == eager.groups, (lazy.module, source)


def test_a_module_name_of_a_lazy_pattern_names_the_compiled_pattern_after_its_first_use():
    from corpus_tools import html_meta

    lazy = next(p for p in every_lazy_pattern() if p.module == "corpus_tools.html_meta" and p.pattern.startswith("^(?P<label>"))
    lazy.match("来源：本站")
    assert isinstance(html_meta._LABEL_CELL, regex.Pattern) and html_meta._LABEL_CELL is lazy.compiled()


@pytest.mark.parametrize("make", [lazy_re, lazy_regex])
def test_a_lazy_pattern_answers_as_the_compiled_one(make):
    text = "第一条 本市，区\n第二十条 （略）\n第三条"
    lazy, eager = make(r"^第(\w+?)条", re.M), (re if make is lazy_re else regex).compile(r"^第(\w+?)条", re.M)
    assert lazy.pattern == eager.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub("<\\1>", text) == eager.sub("<\\1>", text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.match(text, 9).span() == eager.match(text, 9).span()
    assert lazy.groupindex == eager.groupindex and lazy.flags == eager.flags


def test_after_the_first_use_the_methods_are_the_compiled_patterns_own():
    lazy = lazy_regex(r"\d+")
    assert "_compiled" not in vars(lazy)  # nothing compiled yet
    assert lazy.search("第12条").group() == "12"
    assert lazy.search.__self__ is lazy.compiled()
    assert "search" in vars(lazy)  # no __getattr__ on the next call


def test_a_lazy_pattern_pickles_as_its_recipe():
    for lazy in (lazy_regex(r"第(?P<n>\d+)条", regex.V1), lazy_re(r"\s+")):
        back = pickle.loads(pickle.dumps(lazy))
        assert "_compiled" not in vars(back)
        assert back.pattern == lazy.pattern and back.flags == lazy.flags
        lazy.search("x")
        again = pickle.loads(pickle.dumps(lazy))  # a compiled one pickles as the recipe too
        assert "_compiled" not in vars(again) and again.pattern == lazy.pattern


def test_a_bad_pattern_fails_at_its_first_use_with_the_compilers_error():
    bad = lazy_regex(r"第(\d+条")
    with pytest.raises(regex.error):
        bad.search("第1条")


def _run_counting_compiles(records: str, body: str) -> str:
    """Run ``body`` in a fresh interpreter whose ``re.compile`` and ``regex.compile`` append ``(module,
    pattern)`` to ``calls`` when the calling module's name passes ``records`` (an expression in ``caller``);
    return what it prints."""
    import subprocess
    import sys

    code = (
        "import re, regex, pkgutil, importlib\n"
        "calls = []\n"
        "for module in (re, regex):\n"
        "    original = module.compile\n"
        "    def counting(pattern, *args, _original=original, **kwargs):\n"
        "        import sys\n"
        "        caller = sys._getframe(1).f_globals.get('__name__', '')\n"
        f"        if {records}:\n"
        "            calls.append((caller, str(pattern)[:40]))\n"
        "        return _original(pattern, *args, **kwargs)\n"
        "    module.compile = counting\n"
    ) + body
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_importing_the_cleaning_rules_ingest_and_structure_compiles_no_pattern():
    """``corpus-tools clean`` of one page pays only for the patterns the page needs: importing the
    rules and ingest compiles no pattern of theirs with ``re.compile``/``regex.compile`` (they
    compiled a few hundred at import, about half a CPU-second), and of their lazy patterns only
    what module-level code uses at import (spam's ``_CATEGORY_END``, which sorts the brand
    list).  Nor does structure (``metadata``, ``documents``, ``tree``: 290 patterns, 0.1 CPU-s
    of every build process's start until session 15)."""
    out = _run_counting_compiles(
        "caller.startswith('corpus_tools') and caller not in ('corpus_tools.lazy_patterns', 'corpus_tools.regex_cache')",
        "import corpus_tools.clean, corpus_tools.ingest, corpus_tools.structure, corpus_tools.structure.lineage\n"
        "import corpus_tools.structure.standards, corpus_tools.structure.content_key\n"
        "from corpus_tools.lazy_patterns import every_lazy_pattern\n"
        "print(calls, sum('_compiled' in vars(p) for p in every_lazy_pattern()))\n",
    )
    calls, compiled = out.rsplit(" ", 1)
    assert calls == "[]", calls
    assert int(compiled) <= 1, compiled


def test_importing_validation_compiles_no_pattern():
    """Validation's ~60 module-level patterns (completeness, damaged values, quality, spam pages …) compiled at
    import until session 16 (about 0.03 CPU-s of each ``corpus-tools validate`` and build process's start,
    beside 0.45 of pandas and pandera): none of them with ``re.compile``/``regex.compile`` now, and none of
    its lazy patterns is compiled by the import itself."""
    out = _run_counting_compiles(
        "caller.startswith('corpus_tools.validation')",
        "import corpus_tools.validation\n"
        "for info in pkgutil.iter_modules(corpus_tools.validation.__path__, 'corpus_tools.validation.'):\n"
        "    importlib.import_module(info.name)\n"
        "from corpus_tools.lazy_patterns import every_lazy_pattern\n"
        "mine = [p for p in every_lazy_pattern() if (p.module or '').startswith('corpus_tools.validation')]\n"
        "print(calls, len(mine), sum('_compiled' in vars(p) for p in mine))\n",
    )
    calls, made, compiled = out.rsplit(" ", 2)
    assert calls == "[]", calls
    assert int(made) > 50, made  # the patterns are there, waiting
    assert int(compiled) == 0, compiled
