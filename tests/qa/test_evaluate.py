"""The evaluation rule itself: keys, de-duplication, ambiguity, subjects."""

from __future__ import annotations

import pytest

from newsfacts.qa.evaluate import Report, fact_key, score_article, subject_matches

TOTAL = {"kind": "money", "value": 3150000000, "unit": "CNY", "qualifier": "approx",
         "subject": "总投资"}


def scored(pred: list[dict], gold: list[dict]) -> Report:
    report = Report()
    score_article("d", pred, gold, report)
    return report


def test_duplicate_predictions_count_once() -> None:
    r = scored([TOTAL, dict(TOTAL, subject="总投资约")], [TOTAL])
    assert (r.kinds["money"].tp, r.kinds["money"].fp, r.kinds["money"].fn) == (1, 0, 0)


def test_value_unit_and_qualifier_must_all_match() -> None:
    for changed in ({"qualifier": None}, {"unit": "USD"}, {"value": 3150000001}):
        r = scored([dict(TOTAL, **changed)], [TOTAL])
        assert (r.kinds["money"].tp, r.kinds["money"].fp, r.kinds["money"].fn) == (0, 1, 1)


def test_numbers_compare_exactly_across_int_and_float_forms() -> None:
    assert fact_key({"kind": "percent", "value": 45, "unit": "%"}) == fact_key(
        {"kind": "percent", "value": 45.0, "unit": "%"})
    assert fact_key({"kind": "percent", "value": 16.6, "unit": "%"}) != fact_key(
        {"kind": "percent", "value": 16.0, "unit": "%"})


def test_ambiguous_gold_is_neither_required_nor_a_false_positive() -> None:
    amb = {"kind": "count", "value": 12, "unit": "种", "ambiguous": True}
    assert scored([], [amb]).kinds == {}
    assert scored([dict(amb, ambiguous=None)], [amb]).kinds == {}


def test_gold_date_without_date_is_a_period() -> None:
    gold = {"kind": "date", "text": "去年底", "date": None, "ambiguous": True}
    assert fact_key(gold) == fact_key({"kind": "period", "text": "去年底", "date": None})


def test_recall_counts_missing_gold() -> None:
    r = scored([], [TOTAL, dict(TOTAL, value=1820000000, qualifier=None)])
    assert r.kinds["money"].recall == 0.0 and r.kinds["money"].fn == 2


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("总投资", "总投资", True),
        ("此次总投资", "总投资", True),
        ("“玄穹”系列", "玄穹系列", True),
        ("市级财 政投入", "市级财政投入", True),
        ("市级财政投入", "学校自筹", False),
        (None, "总投资", False),
        ("", "总投资", False),
    ],
)
def test_subject_rule(predicted: str | None, gold: str, right: bool) -> None:
    assert subject_matches(predicted, gold) is right


def test_money_subject_accuracy_is_counted_on_matches() -> None:
    r = scored([dict(TOTAL, subject="市级财政投入")], [TOTAL])
    assert (r.subject_right, r.subject_total) == (0, 1)
    r = scored([dict(TOTAL, subject="其中总投资")], [TOTAL])
    assert (r.subject_right, r.subject_total) == (1, 1)
