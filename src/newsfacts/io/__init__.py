"""Readers and writers: JSONL, Parquet, CSV; all writes atomic."""

from newsfacts.io.atomic import atomic_write
from newsfacts.io.jsonl import read_articles, read_dicts, read_facts

__all__ = ["atomic_write", "read_articles", "read_dicts", "read_facts"]
