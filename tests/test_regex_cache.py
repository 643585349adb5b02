"""Compiled ``regex`` patterns kept on disk between runs (:mod:`corpus_tools.regex_cache`, issue 20: start-up).

A pattern rebuilt from the cache must be the pattern ``regex.compile`` gives: the same
compiled data (``_pickled_data``: source, flags, code, groups, named lists), for every lazy
pattern of the package; a damaged or foreign file is ignored; a folder that cannot be
written, or caching turned off, costs nothing but the cache.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest
import regex

import corpus_tools
from corpus_tools import regex_cache
from corpus_tools.lazy_patterns import every_lazy_pattern

#: A paragraph of a real law (北京市实施《中华人民共和国水法》办法, /work/ref/DLC 北京地方法规) to run patterns over.
SAMPLE = ("第一条 为了合理开发、利用、节约和保护水资源，防治水害，实现水资源的可持续利用，"
          "适应首都经济社会发展的需要，根据《中华人民共和国水法》，结合本市实际情况，制定本办法。\n"
          "第二条 在本市行政区域内开发、利用、节约、保护、管理水资源，防治水害，适用本办法。\n")


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache folder of the test's own, and the module's state as at start-up."""
    monkeypatch.setenv("CORPUS_TOOLS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regex_cache, "_store", None)
    monkeypatch.setattr(regex_cache, "_new", {})
    monkeypatch.setattr(regex_cache, "_saving", True)  # no atexit hook from the tests: _save is called by hand
    return tmp_path / "cache"


def _restart() -> None:
    """What a new process sees: nothing loaded, nothing pending."""
    regex_cache._store = None
    regex_cache._new.clear()


def _package_regex_recipes() -> list[tuple[str, int, dict]]:
    for info in pkgutil.walk_packages(corpus_tools.__path__, "corpus_tools."):
        if not info.name.startswith(("corpus_tools.integrations", "corpus_tools.__main__")):
            importlib.import_module(info.name)
    recipes = {}
    for lazy in every_lazy_pattern():
        compile, source, flags, kwargs = lazy._recipe
        if compile is regex_cache.cached_regex and (lazy.module or "").startswith("corpus_tools."):
            recipes[(source, flags)] = (source, flags, kwargs)
    return list(recipes.values())


def test_every_lazy_regex_of_the_package_comes_back_from_the_cache_as_regex_compiles_it(fresh_cache):
    recipes = _package_regex_recipes()
    assert len(recipes) > 200
    first = [regex_cache.cached_regex(source, flags, **kwargs) for source, flags, kwargs in recipes]
    regex_cache._save()
    assert regex_cache.cache_file().is_file()
    _restart()
    again = [regex_cache.cached_regex(source, flags, **kwargs) for source, flags, kwargs in recipes]
    assert not regex_cache._new  # every one rebuilt from the file, none compiled
    for (source, flags, kwargs), one, two in zip(recipes, first, again):
        eager = regex.compile(source, flags, **kwargs)
        assert one._pickled_data == eager._pickled_data == two._pickled_data, source
        sample = SAMPLE if isinstance(source, str) else SAMPLE.encode("gb18030")  # a few patterns read bytes
        assert [m.span() for m in two.finditer(sample)] == [m.span() for m in eager.finditer(sample)], source


def test_named_lists_and_flags_are_part_of_what_identifies_a_pattern(fresh_cache):
    brands = regex_cache.cached_regex(r"\L<brands>", brands=["万博", "开云"])
    other = regex_cache.cached_regex(r"\L<brands>", brands=["乐鱼"])
    folded = regex_cache.cached_regex(r"abc", regex.I)
    regex_cache._save()
    _restart()
    assert regex_cache.cached_regex(r"\L<brands>", brands=["开云", "万博"]).search("禁止开云体育").group() == "开云"
    assert regex_cache.cached_regex(r"\L<brands>", brands=["乐鱼"]).search("禁止开云体育") is None
    assert regex_cache.cached_regex(r"abc", regex.I).match("ABC") and not regex_cache.cached_regex(r"abc").match("ABC")
    assert brands.search("开云") and other.search("乐鱼") and folded.match("aBc")


def test_a_damaged_file_is_ignored_and_written_again(fresh_cache):
    regex_cache.cached_regex(r"第(\d+)条")
    regex_cache._save()
    path = regex_cache.cache_file()
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF  # one byte of the compiled code changed
    path.write_bytes(bytes(raw))
    _restart()
    assert regex_cache.cached_regex(r"第(\d+)条").search("依照第12条").group(1) == "12"
    assert regex_cache._new  # compiled afresh, not read from the damaged file
    regex_cache._save()
    _restart()
    assert regex_cache.cached_regex(r"第(\d+)条").search("第3条").group(1) == "3" and not regex_cache._new


def test_a_locale_dependent_pattern_is_never_kept(fresh_cache):
    regex_cache.cached_regex(r"(?L)\w+")
    assert not regex_cache._new


def test_no_folder_to_write_means_no_cache_and_no_error(tmp_path, monkeypatch, fresh_cache):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("CORPUS_TOOLS_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    assert regex_cache.cached_regex(r"条例").search("本条例") is not None
    regex_cache._save()
    monkeypatch.setenv("CORPUS_TOOLS_CACHE_DIR", "")  # turned off
    assert regex_cache.cache_file() is None
    regex_cache._save()


def test_a_process_writes_the_patterns_it_compiled_when_it_ends(tmp_path):
    code = ("from corpus_tools.lazy_patterns import lazy_regex\n"
            "assert lazy_regex(r'第[一二三]条').search('第二条')\n")
    env = {"CORPUS_TOOLS_CACHE_DIR": str(tmp_path), "PATH": "", "PYTHONPATH": ":".join(sys.path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 32
