"""Percentages: "51.3%", "百分之三十", "三成", ranges "10%-20%" and "0.05个百分点" (unit pp).

Values are in percent points ("三成" is 30, "近一倍" is 100). ``find_percent`` takes the
percent hits of the shared amount scan; ``resolve_percent`` reads one hit.
"""

from __future__ import annotations

from decimal import Decimal

from newsfacts.extract.amounts import UNITS, Hit, amount_fields, resolve_amount, scan
from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon.units import TENTHS_IDIOMS
from newsfacts.extract.registry import register


def resolve_percent(hit: Hit) -> Found | None:
    """One hit -> a percent ``Found``."""
    info = hit.info
    assert info is not None
    if hit.u1 and UNITS[hit.u1] != info:
        return None
    if info.how == "tenths" and hit.match.string.startswith(TENTHS_IDIOMS, hit.match.start("n1")):
        return None  # "一成不变"; "一成左右", "增长一成" are 10%
    if info.how == "times" and hit.inside not in (None, "多"):
        return None
    a = resolve_amount(hit, Decimal(info.factor))
    if a is None:
        return None
    how = "words" if hit.pctof else info.how
    kind = "range" if a.value is None else how
    return Found("percent", a.start, a.end, f"percent.{kind}.v1", amount_fields(a, info.unit))


def find_percent(ctx: Context) -> list[Found]:
    """Every percentage and percentage-point change in the text."""
    out = []
    for hit in scan(ctx.view):
        if hit.info is not None and hit.info.kind == "percent":
            f = resolve_percent(hit)
            if f is not None:
                out.append(f)
    return out


register("percent")(find_percent)
