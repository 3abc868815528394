"""Batch: run the pipeline over archives with workers, a manifest, a journal to resume."""

from newsfacts.batch.journal import JournalMismatch
from newsfacts.batch.runner import Summary, run_extract

__all__ = ["JournalMismatch", "Summary", "run_extract"]
