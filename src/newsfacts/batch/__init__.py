"""Batch: run the pipeline over archives, with a manifest for every document."""

from newsfacts.batch.runner import Summary, run_extract

__all__ = ["Summary", "run_extract"]
