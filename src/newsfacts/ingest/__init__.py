"""Ingest: bytes and files -> documents (encodings, folders, globs, archives, stdin)."""

from newsfacts.ingest.decode import Decoded, decode_bytes
from newsfacts.ingest.sources import Document, Item, iter_documents, iter_items, to_document

__all__ = ["Decoded", "Document", "Item", "decode_bytes", "iter_documents", "iter_items",
           "to_document"]
