"""Precision, recall and F1 per fact kind against hand-checked gold.

The rule, per article: predicted facts are de-duplicated by their key (kind plus value or
low/high, unit and qualifier; or date; or canonical name) and matched one-to-one with gold
facts of the same key. Gold facts marked ``ambiguous`` are neither required nor false
positives. A ``subject`` is right when, spaces and quotes removed, one contains the other.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

NUMERIC = frozenset({"money", "percent", "count", "quantity"})
_SUBJECT_DROP = str.maketrans("", "", " \u3000\t\n“”\"'‘’「」『』")


def _num(x: Any) -> Decimal | None:
    if x is None:
        return None
    return Decimal(str(x)).normalize()


def fact_key(fact: Mapping[str, Any]) -> tuple:
    """The identity of a fact for matching (see the module docstring)."""
    kind = fact["kind"]
    if kind == "date" and fact.get("date") is None:
        kind = "period"  # a date gold line without a date is a relative period (前不久, 3年来)
    if kind in NUMERIC:
        return (kind, _num(fact.get("value")), _num(fact.get("low")), _num(fact.get("high")),
                fact.get("unit"), fact.get("qualifier"))
    if kind == "date":
        return (kind, fact.get("date"))
    if kind == "period":
        return (kind, (fact.get("text") or "").strip())
    return (kind, fact.get("name"))


def subject_matches(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return False
    p, g = predicted.translate(_SUBJECT_DROP), gold.translate(_SUBJECT_DROP)
    return bool(p) and bool(g) and (p in g or g in p)


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    kinds: dict[str, KindScore] = field(default_factory=lambda: defaultdict(KindScore))
    subject_right: int = 0
    subject_total: int = 0
    false_positives: list[tuple[str, dict]] = field(default_factory=list)
    false_negatives: list[tuple[str, dict]] = field(default_factory=list)
    subject_misses: list[tuple[str, dict, list]] = field(default_factory=list)

    @property
    def subject_accuracy(self) -> float:
        return self.subject_right / self.subject_total if self.subject_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": {
                k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                for k, s in sorted(self.kinds.items())
            },
            "money_subject_accuracy": round(self.subject_accuracy, 4),
            "money_subject": {"right": self.subject_right, "total": self.subject_total},
        }


def score_article(doc_id: str, predicted: Iterable[Mapping[str, Any]],
                  gold: Iterable[Mapping[str, Any]], report: Report) -> None:
    """Add one article's matches to ``report``."""
    pred_by_key: dict[tuple, list[Mapping[str, Any]]] = defaultdict(list)
    for f in predicted:
        pred_by_key[fact_key(f)].append(f)
    required: Counter[tuple] = Counter()
    ambiguous: set[tuple] = set()
    gold_by_key: dict[tuple, Mapping[str, Any]] = {}
    for g in gold:
        key = fact_key(g)
        if g.get("ambiguous"):
            ambiguous.add(key)
        else:
            required[key] += 1
            gold_by_key.setdefault(key, g)
    for key, preds in pred_by_key.items():
        kind = key[0]
        if required[key] > 0:
            required[key] -= 1
            report.kinds[kind].tp += 1
            g = gold_by_key[key]
            if kind == "money" and g.get("subject"):
                report.subject_total += 1
                if any(subject_matches(p.get("subject"), g["subject"]) for p in preds):
                    report.subject_right += 1
                else:
                    got = [p.get("subject") for p in preds]
                    report.subject_misses.append((doc_id, dict(g), got))
        elif key not in ambiguous and key not in gold_by_key:
            report.kinds[kind].fp += 1
            report.false_positives.append((doc_id, dict(preds[0])))
    for key, n in required.items():
        if n > 0:
            report.kinds[key[0]].fn += n
            report.false_negatives.append((doc_id, dict(gold_by_key[key])))


def find_gold_pairs(directory: str | Path) -> list[tuple[str, Path, Path]]:
    """``(doc_id, raw, gold)`` for a corpus (``raw/``, ``gold/``) or a folder of
    ``<id>.txt`` beside ``<id>.gold.jsonl``."""
    root = Path(directory)
    pairs: list[tuple[str, Path, Path]] = []
    if (root / "raw").is_dir() and (root / "gold").is_dir():
        for gold in sorted((root / "gold").glob("*.jsonl")):
            raw = root / "raw" / f"{gold.stem}.txt"
            if raw.exists():
                pairs.append((gold.stem, raw, gold))
    else:
        for gold in sorted(root.glob("*.gold.jsonl")):
            doc_id = gold.name[: -len(".gold.jsonl")]
            raw = root / f"{doc_id}.txt"
            if raw.exists():
                pairs.append((doc_id, raw, gold))
    return pairs
