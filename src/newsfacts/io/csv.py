"""CSV output: one header line of the record field names, then one row per record.

UTF-8 without BOM, RFC 4180 quoting, ``\\n`` line ends. Exact decimals are written in plain
notation ("150000000", "17.1"), null as an empty cell, nested values (blocks, edits…) as
compact JSON.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from newsfacts.io.atomic import atomic_write
from newsfacts.io.formats import Table
from newsfacts.io.tables import (
    document_columns,
    document_row,
    fact_columns,
    fact_row,
    flat_value,
)
from newsfacts.records import Article


def _columns(table: Table) -> list[str]:
    return fact_columns() if table == "facts" else document_columns()


class CsvFormat:
    name = "csv"
    suffix = ".csv"

    def fact_rows(self, article: Article) -> list[list[str]]:
        return [[flat_value(v) for v in fact_row(f).values()] for f in article.facts]

    def document_row(self, article: Article) -> list[str]:
        row = document_row(article)
        return [flat_value(row.get(c)) for c in document_columns()]

    def encode(self, rows: list[list[str]], table: Table) -> bytes:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        return buf.getvalue().encode("utf-8")

    def merge(self, parts: Iterable[bytes], dest: Path, table: Table) -> None:
        with atomic_write(dest, "wb") as fh:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(_columns(table))
            fh.write(buf.getvalue().encode("utf-8"))
            for part in parts:
                fh.write(part)
