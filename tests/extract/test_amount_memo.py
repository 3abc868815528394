"""The amount memos (by surface and by shape) never change what an amount resolves to.

The corpus texts with every digit shifted give amounts of one shape with other values:
ranges that fall out of order, ranks, other magnitudes. Each is resolved once with memos
that keep nothing and once after the memos have seen every other variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.extract import amounts
from newsfacts.extract import finders as _finders  # noqa: F401  (fills the resolvers)
from newsfacts.repair import fold_width, repair

RAW = Path(__file__).resolve().parents[2] / "corpus" / "raw"


class _Forget(dict):
    """A memo that keeps nothing: every amount is resolved in full."""

    def __setitem__(self, key, value) -> None:
        pass


def _shifted(text: str, k: int) -> str:
    return text.translate(str.maketrans("0123456789", "".join(str((d + k) % 10)
                                                              for d in range(10))))


def _views() -> list[str]:
    texts = [repair(p.read_text(encoding="utf-8")) for p in sorted(RAW.glob("*.txt"))]
    return [fold_width(_shifted(t, k)) for t in texts for k in range(10)]


def test_memos_resolve_as_fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    views = _views()
    with monkeypatch.context() as mp:
        mp.setattr(amounts, "_memo", _Forget())
        mp.setattr(amounts, "_shapes", _Forget())
        fresh = [amounts._resolve_all(v) for v in views]
    amounts._memo.clear()
    amounts._shapes.clear()
    for v in reversed(views):  # warm the memos in the other order
        amounts._resolve_all(v)
    warm = [amounts._resolve_all(v) for v in views]
    assert sum(len(x) for r in fresh for x in r.values()) > 0
    assert warm == fresh
