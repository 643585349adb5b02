"""Deterministic, streaming Parquet shards for every config.

Rows arrive in source order and are written in row groups as they come, so
memory stays flat however large the corpus.  Writer options are fixed and no
timestamp is written: the same rows give byte-identical files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import pyarrow as pa
import pyarrow.parquet as pq

#: Fixed writer options: part of the determinism contract.
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_size": 1 << 20,
}
ROW_GROUP_ROWS = 2_000
SHARD_ROWS = 200_000


class ShardWriter:
    """Write one config's rows into ``data/{config}-{i:05d}-of-{n:05d}.parquet`` shards."""

    def __init__(self, data_dir: Path, config: str, schema: pa.Schema, *, shard_rows: int = SHARD_ROWS) -> None:
        self.data_dir = data_dir
        self.config = config
        self.schema = schema
        self.shard_rows = shard_rows
        self._buffer: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._shard_index = -1
        self._rows_in_shard = 0
        self.paths: list[Path] = []
        self.num_rows = 0

    def _open_shard(self) -> None:
        self._shard_index += 1
        path = self.data_dir / f"{self.config}-{self._shard_index:05d}.parquet.partial"
        self.paths.append(path)
        self._writer = pq.ParquetWriter(path, self.schema, **PARQUET_OPTIONS)
        self._rows_in_shard = 0

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        while self._buffer:
            if self._writer is None or self._rows_in_shard >= self.shard_rows:
                if self._writer is not None:
                    self._writer.close()
                self._open_shard()
            room = self.shard_rows - self._rows_in_shard
            chunk, self._buffer = self._buffer[:room], self._buffer[room:]
            table = pa.Table.from_pylist(chunk, schema=self.schema)
            assert self._writer is not None
            self._writer.write_table(table, row_group_size=ROW_GROUP_ROWS)
            self._rows_in_shard += len(chunk)
            self.num_rows += len(chunk)

    def close(self) -> list[Path]:
        """Flush, close and give the shards their final ``-of-N`` names."""
        self._flush()
        if self._writer is None:  # no rows at all: still write one empty shard
            self._open_shard()
        assert self._writer is not None
        self._writer.close()
        total = len(self.paths)
        final = []
        for index, path in enumerate(self.paths):
            target = self.data_dir / f"{self.config}-{index:05d}-of-{total:05d}.parquet"
            path.rename(target)
            final.append(target)
        self.paths = final
        return final
