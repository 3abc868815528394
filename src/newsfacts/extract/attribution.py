"""Tie numeric facts to what they measure: subject, metric, period and parent (stub)."""

from __future__ import annotations

from newsfacts.extract.base import Context, Found


def attribute(ctx: Context, found: list[Found]) -> None:
    """Fill ``subject``, ``metric``, ``period`` and ``parent`` in place where the text says."""
    return None
