"""Compiled ``regex`` patterns kept on disk between runs, as ``.pyc`` files keep bytecode (issue 20: start-up).

The ``regex`` module parses and compiles a pattern in Python: the few hundred lazy
patterns of the rules (:mod:`corpus_tools.lazy_patterns`) cost about 0.6 CPU-s to
compile, and ``corpus-tools clean`` of one seed page spends 0.12-0.25 CPU-s of its
0.4-0.6 compiling the hundred or so its page reaches, on every call from a shell loop
(and every build worker pays its share again).  What the compiler produces is plain data:
the tuple ``regex`` itself pickles a pattern as (``Pattern._pickled_data``: the source,
flags, the compiled code as a list of integers, group names, named lists), and
``regex._regex.compile(*data)`` rebuilds the same pattern object from it in
microseconds; this is how ``pickle`` round-trips a ``regex`` pattern.

:func:`cached_regex` is ``regex.compile`` with that data kept in one file per ``regex``
version and Python (``$CORPUS_TOOLS_CACHE_DIR``, else ``$XDG_CACHE_HOME/corpus-tools``, else
``~/.cache/corpus-tools``; ``CORPUS_TOOLS_CACHE_DIR=`` empty turns it off): a pattern found
there is rebuilt from its data, any other is compiled by ``regex`` and its data written back
when the process ends (an entry no process used in the last :data:`KEEP_WRITES` writes of the
file goes).  The file is ``marshal`` data (plain values; loading it runs no
code) behind a BLAKE2 digest: a file that does not check, or that another ``regex`` or
Python wrote, is ignored and rewritten.  A folder that cannot be written just means no cache.

>>> import regex
>>> fresh = cached_regex(r"第(?P<n>[一二三])条", regex.V1)
>>> fresh.search("依照第二条规定").group("n"), fresh._pickled_data == regex.compile(r"第(?P<n>[一二三])条", regex.V1)._pickled_data
('二', True)
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Writes of the file (by processes that compiled something) an entry outlives unused: a pattern
#: whose source differs from run to run (an alternation joined in a set's order, as spam's brand
#: lists were until session 14: ``clean.brands.alternation``) is never read back, and goes after
#: these many writes instead of piling up.
KEEP_WRITES = 12

_DIGEST = 32

_store: dict[bytes, Any] | None = None  # key -> the pattern's data, loaded at the first call
_new: dict[bytes, Any] = {}  # compiled in this process, not in the file yet
_used: set[bytes] = set()  # read from the file in this process
_saving = False


def cache_file() -> Path | None:
    """The cache file of this ``regex`` version and this Python (None: caching turned off)."""
    import regex

    folder = os.environ.get("CORPUS_TOOLS_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "corpus-tools")
    if not folder:
        return None
    return Path(folder) / f"regex-{regex.__version__}-{sys.implementation.cache_tag}.marshal"


def _key(pattern: str, flags: int, kwargs: dict[str, Any]) -> bytes | None:
    """What identifies a compiled pattern: its source, flags, named lists and ``regex``'s default
    version (None: a pattern this cache does not keep, e.g. bytes or a locale-dependent one)."""
    import regex

    if not isinstance(pattern, str) or flags & regex.LOCALE:
        return None
    try:
        lists = tuple(sorted((name, tuple(sorted(values))) for name, values in kwargs.items()))
        return hashlib.blake2b(marshal.dumps((pattern, int(flags), lists, int(regex.DEFAULT_VERSION))), digest_size=20).digest()
    except (TypeError, ValueError):
        return None


def _read(path: Path | None) -> tuple[int, dict[bytes, tuple[int, Any]]]:
    """The file's count of writes and its entries (key -> (the write that last used it, data));
    (0, {}) for a missing, damaged or foreign file."""
    if path is None:
        return 0, {}
    try:
        raw = path.read_bytes()
        body = raw[_DIGEST:]
        if hashlib.blake2b(body, digest_size=_DIGEST).digest() != raw[:_DIGEST]:
            return 0, {}
        writes, entries = marshal.loads(body)
        if isinstance(writes, int) and isinstance(entries, dict):
            return writes, entries
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return 0, {}


def _save() -> None:
    """Write the patterns this process compiled into the cache file, merged with what is there
    (other processes may have written it since), atomically; the entries this process used or
    made are stamped with this write, and those no write used in the last :data:`KEEP_WRITES`
    are dropped."""
    path = cache_file()
    if not _new or path is None:
        return
    try:
        writes, entries = _read(path)
        writes += 1
        for key in _used:
            if key in entries:
                entries[key] = (writes, entries[key][1])
        entries.update((key, (writes, data)) for key, data in _new.items())
        entries = {key: entry for key, entry in entries.items() if writes - entry[0] < KEEP_WRITES}
        body = marshal.dumps((writes, entries))
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(hashlib.blake2b(body, digest_size=_DIGEST).digest() + body)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        _new.clear()
    except (OSError, ValueError):
        pass  # no cache where the folder cannot be written


def cached_regex(pattern: str, flags: int = 0, **kwargs: Any) -> Any:
    """``regex.compile(pattern, flags, **kwargs)``, rebuilt from the cache file when it holds the
    pattern (see the module)."""
    import regex

    global _store, _saving
    key = _key(pattern, flags, kwargs)
    if key is None:
        return regex.compile(pattern, flags, **kwargs)
    if _store is None:
        _store = {k: data for k, (_, data) in _read(cache_file())[1].items()}
    data = _store.get(key)
    if data is not None:
        try:
            from regex import _regex

            compiled = _regex.compile(*data)
            _used.add(key)
            return compiled
        except Exception:  # noqa: BLE001 - data of another build of regex: compile it afresh
            del _store[key]
    compiled = regex.compile(pattern, flags, **kwargs)
    if compiled.flags & regex.LOCALE:  # an inline (?L): it depends on the locale of the run
        return compiled
    data = compiled._pickled_data
    try:
        marshal.dumps(data)
    except ValueError:
        return compiled
    _store[key] = _new[key] = data
    if not _saving:
        _saving = True
        atexit.register(_save)
    return compiled


__all__ = ["KEEP_WRITES", "cache_file", "cached_regex"]
