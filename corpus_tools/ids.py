"""Stable identifiers: the same source path gives the same ids on every rebuild."""

from __future__ import annotations

import hashlib


def page_id(source_file: str) -> str:
    """Id of a page, from its path relative to the raw folder.

    >>> page_id("001_e8836f253944d275.txt")
    'p-bbc4805c6243ec01'

    Any string has an id: a name holding surrogates (a file name that is not
    UTF-8, as Python reads it) is hashed with them as they are.

    >>> page_id(b"\\xb5\\xda.txt".decode("utf-8", "surrogateescape"))
    'p-289a196119d0e93c'
    """
    return "p-" + hashlib.blake2b(source_file.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def doc_id(source_file: str, ordinal: int) -> str:
    """Id of the ``ordinal``-th document (from 0) of a page.

    >>> doc_id("001_e8836f253944d275.txt", 0)
    'd-bbc4805c6243ec01-0'
    """
    return f"d-{page_id(source_file)[2:]}-{ordinal}"
