"""Regexes compiled the first time they are used, not at import (issue 20: start-up).

The cleaning rules, ingest and structure hold a few hundred module-level patterns;
compiling them all at import cost ``corpus-tools clean`` of one page about half a
CPU-second, though a page uses a fraction of them (most rules stop at a fast gate).
:func:`lazy_regex` and :func:`lazy_re` stand in for ``regex.compile`` and
``re.compile`` at module level: the source is kept (``.pattern`` composes other
patterns without compiling anything), and the first use of any other attribute
compiles the pattern once.

At that first use the module's global names that hold the lazy pattern are pointed at
the compiled pattern itself, so the module's functions, which look the name up at each
call, then run the compiled pattern with nothing in between (a stand-in object costs
about 50-90 ns per call, measurable on the hot paths).  What still holds the stand-in
(another module's ``from … import NAME``, a tuple of patterns) gets the compiled
pattern's bound methods, set on the stand-in at first use.

>>> import regex
>>> WORD = lazy_regex(r"第[一二三]条")
>>> WORD.pattern, isinstance(WORD, LazyPattern)  # nothing compiled yet
('第[一二三]条', True)
>>> held = [WORD]  # a reference that is no module-level name
>>> WORD.search("依照第二条规定").group(), isinstance(WORD, regex.Pattern)
('第二条', True)
>>> held[0].search.__self__ is WORD  # the stand-in answers with the compiled pattern's methods
True
>>> lazy_re(r"\\d+", 0).sub("#", "第12条")
'第#条'
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable

#: What a compiled pattern offers that is copied onto the object at first use (then read
#: from the instance, with no ``__getattr__`` in between).
_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
               "groups", "groupindex")


class LazyPattern:
    """A pattern that compiles itself (with ``compile``) the first time it is used.

    It answers what the compiled pattern answers; pass :meth:`compiled` where a real
    ``re.Pattern`` / ``regex.Pattern`` object is required (``isinstance`` checks, the
    module-level functions ``re.sub(pattern, …)``).  Pickles as its recipe.
    """

    def __init__(self, compile: Callable[..., Any], pattern: str, flags: int = 0, *,
                 namespace: dict[str, Any] | None = None, **kwargs: Any) -> None:
        self.pattern = pattern
        self._recipe = (compile, pattern, flags, kwargs)
        self._namespace = namespace
        self.module = namespace.get("__name__") if namespace is not None else None
        _ALL.append(self)

    def compiled(self) -> Any:
        """The compiled pattern (compiled now if it was not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            compile, pattern, flags, kwargs = self._recipe
            found = compile(pattern, flags, **kwargs)
            for name in _ATTRIBUTES:
                if hasattr(found, name):
                    setattr(self, name, getattr(found, name))
            self._compiled = found
            namespace, self._namespace = self._namespace, None
            if namespace is not None:  # the module's names for this stand-in now name the pattern
                for key in [key for key, value in namespace.items() if value is self]:
                    namespace[key] = found
        return found

    def __getattr__(self, name: str) -> Any:
        # only called for what the instance does not hold yet: compile, then answer
        if name.startswith("__") or name in ("_recipe", "_compiled", "_namespace"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple:
        compile, pattern, flags, kwargs = self._recipe
        return (_rebuild, (compile, pattern, flags, kwargs))

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "not compiled yet"
        return f"<lazy pattern {self.pattern!r}, {state}>"


#: Every lazy pattern made (the tests compile each of them once).
_ALL: list[LazyPattern] = []


def _rebuild(compile: Callable[..., Any], pattern: str, flags: int, kwargs: dict) -> LazyPattern:
    return LazyPattern(compile, pattern, flags, **kwargs)


def lazy_regex(pattern: str, flags: int = 0, **kwargs: Any) -> LazyPattern:
    """``regex.compile(pattern, flags, **kwargs)``, done on first use (see the module), from the
    compiled patterns kept on disk when they hold it (:mod:`corpus_tools.regex_cache`)."""
    from corpus_tools.regex_cache import cached_regex

    return LazyPattern(cached_regex, pattern, flags, namespace=sys._getframe(1).f_globals, **kwargs)


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, done on first use (see the module)."""
    return LazyPattern(re.compile, pattern, flags, namespace=sys._getframe(1).f_globals)


def every_lazy_pattern() -> list[LazyPattern]:
    """Every lazy pattern made so far in this process."""
    return list(_ALL)


__all__ = ["LazyPattern", "every_lazy_pattern", "lazy_re", "lazy_regex"]
