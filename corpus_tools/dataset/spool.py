"""A spool: records pickled one after another into a file, and read back as a stream.

The restorations pass spools the cleaned texts (one corpus's worth would not fit
in memory) and reads them back in order.  Unpickling runs code: a spool is read
only by the process that wrote it, from its own temporary folder, never from a
folder a caller names (the datatrove adapter's parts are JSON for that reason).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def append(handle: IO[bytes], record: Any) -> None:
    """Add one record to the spool open (binary, for writing) as ``handle``."""
    pickle.dump(record, handle, protocol=pickle.HIGHEST_PROTOCOL)


def records(path: Path) -> Iterator[Any]:
    """The records of the spool at ``path``, in the order they were added.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp) / "x.spool"
    ...     with path.open("wb") as handle:
    ...         append(handle, ("a.txt", "甲"))
    ...         append(handle, ("b.txt", "乙"))
    ...     list(records(path))
    [('a.txt', '甲'), ('b.txt', '乙')]
    """
    with Path(path).open("rb") as handle:
        while True:
            try:
                yield pickle.load(handle)
            except EOFError:
                return


__all__ = ["append", "records"]
