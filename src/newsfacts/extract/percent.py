"""Percentages: "51.3%", "百分之三十", "三成", ranges "10%-20%" and "0.05个百分点" (unit pp).

Values are in percent points ("三成" is 30, "近一倍" is 100). ``find_percent`` takes the
percent hits of the shared amount scan; ``resolve_percent`` reads one hit.
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
    resolve_amount,
)
from newsfacts.extract.base import Context, Found
from newsfacts.extract.registry import register


def resolve_percent(hit: Hit, pre: Prefix | None = None) -> Found | None:
    """One hit -> a percent ``Found`` (idioms such as "一成不变" are left out by the scan)."""
    info = hit.info
    assert info is not None
    if hit.u1 and UNITS[hit.u1] != info:
        return None
    if info.how == "times" and hit.inside not in (None, "多"):
        return None
    a = resolve_amount(hit, Decimal(info.factor), pre)
    if a is None:
        return None
    how = "words" if hit.pctof else info.how
    kind = "range" if a.value is None else how
    return Found("percent", a.start, a.end, f"percent.{kind}.v1", amount_fields(a, info.unit))


def find_percent(ctx: Context) -> list[Found]:
    """Every percentage and percentage-point change in the text."""
    return found_amounts(ctx.view, "percent")


RESOLVERS["percent"] = resolve_percent
register("percent")(find_percent)
