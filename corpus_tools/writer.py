"""The fixed Parquet writer options: part of the determinism contract.

The build (:func:`corpus_tools.build.write_chunk`) writes each chunk's rows of
a config as one shard with these options, in row groups of
:data:`ROW_GROUP_ROWS`.  No timestamp is written: the same rows give
byte-identical files.
"""

from __future__ import annotations

from typing import Any

#: Fixed writer options.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_size": 1 << 20,
}
#: Rows per row group: small enough for readers that filter (``doc_id in …``) to skip most of a shard.
ROW_GROUP_ROWS = 2_000
