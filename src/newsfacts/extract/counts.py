"""Counts and quantities: "611个", "300余项", "20家以上", "2亿用户", "超150TB", "5万吨".

A count's unit is its classifier (null for a counted noun: "2亿用户" is 200000000 with unit
null); a quantity's unit is a measurement unit with its multiplier applied. A lone 一 before
a classifier ("一批", "一套") is an article, not a count.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from newsfacts.extract.amounts import (
    INSIDE,
    PRE,
    alternation,
    amount_fields,
    amount_pattern,
    resolve_amount,
)
from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon.periods import YEARS_BEFORE
from newsfacts.extract.lexicon.units import (
    CARDINAL_DIGITS,
    CLASSIFIER_NOT_BEFORE,
    CLASSIFIERS,
    COUNTED_NOUNS,
    COUNTED_SHORT_NOUNS,
    ORDINAL_CLASSIFIERS,
    QUANTITY_NEEDS_INSIDE,
    QUANTITY_NEEDS_QUALIFIER,
    QUANTITY_NOT_BEFORE,
    QUANTITY_UNITS,
    RANK_CLASSIFIERS,
)
from newsfacts.extract.numerals import NUMBER
from newsfacts.extract.registry import register

_NOT_A_COUNT = frozenset({"一", "壹"})

COUNT_RE = regex.compile(amount_pattern(alternation(CLASSIFIERS, CLASSIFIER_NOT_BEFORE)))
NOUN_COUNT_RE = regex.compile(
    rf"(?P<pre>{PRE})?(?P<n1>{NUMBER})(?<=[万亿萬億])(?P<n2>)(?P<inside>{INSIDE})?(?P<unit>)"
    rf"(?={alternation(COUNTED_NOUNS)}|[,;。、\n]|$)"
)
SHORT_NOUN_COUNT_RE = regex.compile(
    rf"(?P<pre>)(?P<n1>{NUMBER})(?P<n2>)(?P<inside>)(?P<unit>{alternation(COUNTED_SHORT_NOUNS)})"
    r"(?![\p{Han}])"
)
QUANTITY_RE = regex.compile(amount_pattern(alternation(QUANTITY_UNITS, QUANTITY_NOT_BEFORE)))


def resolve_count(m: regex.Match, with_unit: bool = True) -> Found | None:
    """One match -> a count ``Found``; None for a lone 一 or a numeral that is no number."""
    n1, unit = m.group("n1"), m.group("unit")
    if n1 in _NOT_A_COUNT and not m.group("n2"):
        return None
    if unit in ORDINAL_CLASSIFIERS and n1 not in CARDINAL_DIGITS:
        return None
    if unit in RANK_CLASSIFIERS and m.string[m.start("n1") - 1:m.start("n1")] == "前":
        return None
    a = resolve_amount(m)
    if a is None:
        return None
    unit = m.group("unit") if with_unit else None
    rule = "count.range.v1" if a.value is None else (
        "count.classifier.v1" if with_unit else "count.noun.v1")
    return Found("count", a.start, a.end, rule, amount_fields(a, unit))


def resolve_quantity(m: regex.Match) -> Found | None:
    """One match -> a quantity ``Found`` with the unit's factor applied."""
    unit, factor = QUANTITY_UNITS[m.group("unit")]
    needs = QUANTITY_NEEDS_INSIDE.get(m.group("unit"))
    if needs and m.group("inside") not in needs:
        return None
    if m.group("n1") in _NOT_A_COUNT and not (m.group("inside") or m.group("n2")):
        return None
    if m.group("unit") in QUANTITY_NEEDS_QUALIFIER and (
        not (m.group("pre") or m.group("far")) or m.group("pre") in YEARS_BEFORE
    ):
        return None  # "近三年" is a period
    a = resolve_amount(m, Decimal(factor))
    if a is None:
        return None
    rule = "quantity.range.v1" if a.value is None else "quantity.unit.v1"
    return Found("quantity", a.start, a.end, rule, amount_fields(a, unit))


def find_counts(ctx: Context) -> list[Found]:
    """Every count with a classifier, and every large count of a counted noun."""
    out = []
    for m in COUNT_RE.finditer(ctx.view):
        f = resolve_count(m)
        if f is not None:
            out.append(f)
    for pattern in (NOUN_COUNT_RE, SHORT_NOUN_COUNT_RE):
        for m in pattern.finditer(ctx.view):
            f = resolve_count(m, with_unit=False)
            if f is not None:
                if pattern is SHORT_NOUN_COUNT_RE:
                    f.end = m.end()
                out.append(f)
    return out


def find_quantities(ctx: Context) -> list[Found]:
    """Every measured quantity (TB, 吨, 公里, 平方米, 亩, 千瓦时, 岁 …)."""
    out = []
    for m in QUANTITY_RE.finditer(ctx.view):
        f = resolve_quantity(m)
        if f is not None:
            out.append(f)
    return out


register("count")(find_counts)
register("quantity")(find_quantities)
