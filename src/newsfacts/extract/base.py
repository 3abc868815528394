"""What every finder receives and returns.

Finders match on characters of the width-folded view (never on jieba tokens) and return
``Found`` spans with the resolved fields; the pipeline turns them into records with ids,
sentence indexes and raw offsets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Context:
    """The text a finder works on.

    ``text`` is the repaired text, ``view`` its width-folded view (same length),
    ``sentences`` and ``blocks`` are ``(start, end)`` spans of it.
    """

    text: str
    view: str
    sentences: Sequence[tuple[int, int]] = ()
    blocks: Sequence[tuple[int, int, str]] = ()
    published: dt.date | None = None
    lexicon: Any = None


@dataclass(slots=True)
class Found:
    """A fact located in the text, with its resolved fields (record field -> value)."""

    kind: str
    start: int
    end: int
    rule: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


Finder = Callable[[Context], list[Found]]
