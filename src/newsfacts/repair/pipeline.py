"""Run the fixers in order, keep the offset map, and explain every step.

``repair_and_explain(raw)`` is the whole repair stage: it returns the repaired text, the
map back to raw offsets, and the steps (each fixer's name and changes in the coordinates of
the text it saw), so that ``replay(raw, steps)`` gives the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields

from newsfacts.repair import fixers
from newsfacts.repair.edits import Change, OffsetMap, apply_changes, apply_with_map

Fixer = Callable[[str], list[Change]]

#: The fixers in the order they run. Each is a pure function ``text -> list[Change]``.
FIXERS: tuple[tuple[str, Fixer], ...] = (
    ("normalize_line_endings", fixers.normalize_line_endings),
    ("collapse_doubled_runs", fixers.collapse_doubled_runs),
    ("collapse_doubled_chars", fixers.collapse_doubled_chars),
    ("split_glued_headlines", fixers.split_glued_headlines),
    ("remove_justified_spaces", fixers.remove_justified_spaces),
    ("join_column_breaks", fixers.join_column_breaks),
    ("join_wrapped_lines", fixers.join_wrapped_lines),
)


@dataclass(frozen=True, slots=True)
class RepairConfig:
    """One switch per fixer, named like the fixer it turns off."""

    normalize_line_endings: bool = True
    collapse_doubled_runs: bool = True
    collapse_doubled_chars: bool = True
    split_glued_headlines: bool = True
    remove_justified_spaces: bool = True
    join_column_breaks: bool = True
    join_wrapped_lines: bool = True

    def enabled(self) -> list[tuple[str, Fixer]]:
        return [(name, fn) for name, fn in FIXERS if getattr(self, name)]


assert {f.name for f in fields(RepairConfig)} == {name for name, _ in FIXERS}


@dataclass(frozen=True, slots=True)
class Step:
    """What one fixer did: its changes, in the coordinates of the text it was given."""

    name: str
    changes: tuple[Change, ...]
    olds: tuple[str, ...] = field(default=())
    raw_ranges: tuple[tuple[int, int], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Repaired:
    raw: str
    text: str
    offsets: OffsetMap
    steps: tuple[Step, ...]

    @property
    def n_changes(self) -> int:
        return sum(len(s.changes) for s in self.steps)


def repair_and_explain(raw: str, config: RepairConfig | None = None) -> Repaired:
    """Repair ``raw`` and return the text, the offset map and the steps taken."""
    config = config or RepairConfig()
    text = raw
    offsets = OffsetMap.identity(len(raw))
    steps: list[Step] = []
    for name, fixer in config.enabled():
        changes = fixer(text)
        if not changes:
            continue
        text, offsets, olds, ranges = apply_with_map(text, offsets, changes)
        steps.append(Step(name, tuple(changes), olds, ranges))
    return Repaired(raw, text, offsets, tuple(steps))


def repair(raw: str, config: RepairConfig | None = None) -> str:
    """The repaired text alone."""
    return repair_and_explain(raw, config).text


def replay(raw: str, steps: Sequence[Step]) -> str:
    """Apply recorded steps to ``raw``: gives the repaired text again."""
    text = raw
    for step in steps:
        text = apply_changes(text, step.changes)
    return text
