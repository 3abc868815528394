"""Repair: raw text -> repaired text + explained edits + offset map."""

from newsfacts.repair.edits import Change, OffsetMap, apply_changes
from newsfacts.repair.pipeline import (
    FIXERS,
    RepairConfig,
    Repaired,
    Step,
    repair,
    repair_and_explain,
    replay,
)
from newsfacts.repair.width import fold_width

__all__ = [
    "FIXERS", "Change", "OffsetMap", "RepairConfig", "Repaired", "Step", "apply_changes",
    "fold_width", "repair", "repair_and_explain", "replay",
]
