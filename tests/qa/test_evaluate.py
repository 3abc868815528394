"""The evaluation rule itself: keys, de-duplication, ambiguity, subjects."""

from __future__ import annotations

import pytest

from newsfacts.qa.evaluate import Report, fact_key, score_article, subject_matches

M90 = {"kind": "money", "value": 9000000000, "unit": "CNY", "qualifier": "over",
       "subject": "总投入"}


def scored(pred: list[dict], gold: list[dict]) -> Report:
    report = Report()
    score_article("d", pred, gold, report)
    return report


def test_duplicate_predictions_count_once() -> None:
    r = scored([M90, dict(M90, subject="总投入超")], [M90])
    assert (r.kinds["money"].tp, r.kinds["money"].fp, r.kinds["money"].fn) == (1, 0, 0)


def test_value_unit_and_qualifier_must_all_match() -> None:
    for changed in ({"qualifier": None}, {"unit": "USD"}, {"value": 9000000001}):
        r = scored([dict(M90, **changed)], [M90])
        assert (r.kinds["money"].tp, r.kinds["money"].fp, r.kinds["money"].fn) == (0, 1, 1)


def test_numbers_compare_exactly_across_int_and_float_forms() -> None:
    assert fact_key({"kind": "percent", "value": 29, "unit": "%"}) == fact_key(
        {"kind": "percent", "value": 29.0, "unit": "%"})
    assert fact_key({"kind": "percent", "value": 17.1, "unit": "%"}) != fact_key(
        {"kind": "percent", "value": 17.0, "unit": "%"})


def test_ambiguous_gold_is_neither_required_nor_a_false_positive() -> None:
    amb = {"kind": "count", "value": 8, "unit": "大(场景)", "ambiguous": True}
    assert scored([], [amb]).kinds == {}
    assert scored([dict(amb, ambiguous=None)], [amb]).kinds == {}


def test_gold_date_without_date_is_a_period() -> None:
    gold = {"kind": "date", "text": "去年底", "date": None, "ambiguous": True}
    assert fact_key(gold) == fact_key({"kind": "period", "text": "去年底", "date": None})


def test_recall_counts_missing_gold() -> None:
    r = scored([], [M90, dict(M90, value=1800000000, qualifier="nearly")])
    assert r.kinds["money"].recall == 0.0 and r.kinds["money"].fn == 2


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("总投入", "总投入", True),
        ("此次总投入", "总投入", True),
        ("“上新”项目", "上新项目", True),
        ("财 政投入", "财政投入", True),
        ("财政投入", "带动社会投入", False),
        (None, "总投入", False),
        ("", "总投入", False),
    ],
)
def test_subject_rule(predicted: str | None, gold: str, right: bool) -> None:
    assert subject_matches(predicted, gold) is right


def test_money_subject_accuracy_is_counted_on_matches() -> None:
    r = scored([dict(M90, subject="财政投入")], [M90])
    assert (r.subject_right, r.subject_total) == (0, 1)
    r = scored([dict(M90, subject="其中总投入")], [M90])
    assert (r.subject_right, r.subject_total) == (1, 1)
