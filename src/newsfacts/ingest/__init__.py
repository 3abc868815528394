"""Ingest: bytes and files -> documents (encodings, folders, JSONL archives)."""

from newsfacts.ingest.decode import Decoded, decode_bytes
from newsfacts.ingest.sources import Document, iter_documents

__all__ = ["Decoded", "Document", "decode_bytes", "iter_documents"]
