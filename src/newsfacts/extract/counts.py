"""Counts and quantities: "346个", "230余台", "20个以上", "2亿用户", "超过12PB", "5万吨".

A rate is a quantity whose unit carries its basis: "48.5万吨/日" is 485000 with unit
"吨/日", "28微克/立方米" 28 with unit "微克/立方米".

A count's unit is its classifier (null for a counted noun: "2亿用户" is 200000000 with unit
null); a quantity's unit is a measurement unit with its multiplier applied. A lone 一 before
a classifier ("一批", "一套") is an article, not a count.
"""

from __future__ import annotations

from decimal import Decimal

from newsfacts.extract.amounts import (
    RESOLVERS,
    UNITS,
    Hit,
    Prefix,
    amount_fields,
    found_amounts,
    prefix,
    resolve_amount,
)
from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon.periods import YEARS_BEFORE
from newsfacts.extract.lexicon.units import (
    CARDINAL_DIGITS,
    HORIZON_LEADS,
    ORDINAL_CLASSIFIERS,
    ORDINAL_DIGITS,
    PEOPLE_CLASSIFIERS,
    QUANTITY_NEEDS_INSIDE,
    QUANTITY_NEEDS_QUALIFIER,
    QUANTITY_UNITS,
    TIME_UNITS,
    YEAR_DIGITS,
)
from newsfacts.extract.registry import register

_NOT_A_COUNT = frozenset({"一", "壹"})


def resolve_count(hit: Hit, pre: Prefix | None = None) -> Found | None:
    """One hit -> a count ``Found``; None for a lone 一 or an ordinal (ranks such as
    "前10名" are left out by the scan)."""
    n1, unit = hit.n1, hit.unit
    if hit.u1 and hit.u1 != unit:
        return None
    if n1 in _NOT_A_COUNT and not hit.n2:
        return None
    if unit in ORDINAL_CLASSIFIERS and n1 not in CARDINAL_DIGITS:
        return None
    if n1 in ORDINAL_DIGITS and not hit.n2 and unit not in PEOPLE_CLASSIFIERS:
        return None  # 二次消费: secondary, the count would be 两次
    a = resolve_amount(hit, pre=pre)
    if a is None:
        return None
    stored = hit.info.unit if hit.info is not None else None
    if a.value is None:
        rule = "count.range.v1"
    else:
        rule = "count.classifier.v1" if stored else "count.noun.v1"
    return Found("count", a.start, a.end, rule, amount_fields(a, stored))


def resolve_quantity(hit: Hit, pre: Prefix | None = None) -> Found | None:
    """One hit -> a quantity ``Found`` with the unit's factor applied."""
    info = hit.info
    assert info is not None
    word = hit.unit
    if hit.u1 and UNITS[hit.u1] != info:
        return None
    needs = QUANTITY_NEEDS_INSIDE.get(word or "")
    if needs and hit.inside not in needs:
        return None
    if hit.n1 in _NOT_A_COUNT and not (hit.inside or hit.n2):
        return None
    pre = pre or prefix(hit)
    if pre[0] in HORIZON_LEADS and word in TIME_UNITS:
        return None  # "未来3天", "今年前两个月": the horizon of a forecast, a period
    if word in QUANTITY_NEEDS_QUALIFIER and (
        not (pre[0] or pre[1] or _duration_range(hit)) or pre[0] in YEARS_BEFORE
    ):
        return None  # "近三年" is a period, "2023至2025年" a date; "1至3年" a duration
    a = resolve_amount(hit, Decimal(info.factor), pre)
    if a is None:
        return None
    unit = info.unit
    if hit.per:  # "48.5万吨/日" -> 485000 吨/日
        base = hit.per[1:]
        unit = f"{unit}/{QUANTITY_UNITS.get(base, (base, 1))[0]}"
    rule = "quantity.range.v1" if a.value is None else "quantity.unit.v1"
    return Found("quantity", a.start, a.end, rule, amount_fields(a, unit))


def _duration_range(hit: Hit) -> bool:
    """A range of years that measures a duration: "1至3年", not "2023至2025年"."""
    return bool(hit.n2) and len(hit.n1) < YEAR_DIGITS


def find_counts(ctx: Context) -> list[Found]:
    """Every count with a classifier, and every large count of a counted noun."""
    return found_amounts(ctx.view, "count")


def find_quantities(ctx: Context) -> list[Found]:
    """Every measured quantity (TB, 吨, 公里, 平方米, 亩, 千瓦时, 岁 …)."""
    return found_amounts(ctx.view, "quantity")


RESOLVERS["count"] = resolve_count
RESOLVERS["quantity"] = resolve_quantity
register("count")(find_counts)
register("quantity")(find_quantities)
