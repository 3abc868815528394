"""Parquet output with an explicit schema derived from the records (see ``io.tables``).

Chunks travel as Arrow IPC streams (cheap to write and read back); the merge writes them
into one Parquet file (zstd), grouping rows into row groups of about 64 MB so that large
archives give few, large groups. Decimals are ``decimal128(38, 10)``, exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsfacts.io.atomic import atomic_write
from newsfacts.io.formats import Table
from newsfacts.io.tables import document_row, document_schema, fact_row, fact_schema
from newsfacts.records import Article

ROW_GROUP_BYTES = 64 << 20


def _schema(table: Table):
    return fact_schema() if table == "facts" else document_schema()


class ParquetFormat:
    name = "parquet"
    suffix = ".parquet"

    def fact_rows(self, article: Article) -> list[dict[str, Any]]:
        return [fact_row(f) for f in article.facts]

    def document_row(self, article: Article) -> dict[str, Any]:
        return document_row(article)

    def encode(self, rows: list[dict[str, Any]], table: Table) -> bytes:
        import pyarrow as pa

        schema = _schema(table)
        data = pa.Table.from_pylist(rows, schema=schema)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, schema) as writer:
            writer.write_table(data)
        return sink.getvalue().to_pybytes()

    def merge(self, parts: Iterable[bytes], dest: Path, table: Table) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema(table)
        with atomic_write(dest, "wb") as fh:
            writer = pq.ParquetWriter(fh, schema, compression="zstd")
            pending: list[pa.Table] = []
            size = 0
            for part in parts:
                got = pa.ipc.open_stream(part).read_all()
                if got.num_rows:
                    pending.append(got)
                    size += got.nbytes
                if size >= ROW_GROUP_BYTES:
                    writer.write_table(pa.concat_tables(pending))
                    pending, size = [], 0
            if pending:
                writer.write_table(pa.concat_tables(pending))
            writer.close()
