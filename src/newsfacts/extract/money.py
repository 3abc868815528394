"""Money: amounts in a currency, exact and in whole units ("1.5亿元" -> 150000000 CNY).

``find_money`` takes the money hits of the shared amount scan; ``resolve_money`` reads one
hit into value or range, ISO currency code and qualifier.
"""

from __future__ import annotations

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


def resolve_money(hit: Hit, pre: Prefix | None = None) -> Found | None:
    """One hit -> a money ``Found`` (None when the numeral is not a number)."""
    if hit.u1 and UNITS[hit.u1] != hit.info:
        return None
    a = resolve_amount(hit, pre=pre)
    if a is None or hit.info is None:
        return None
    rule = "money.range.v1" if a.value is None else "money.point.v1"
    return Found("money", a.start, a.end, rule, amount_fields(a, hit.info.unit))


def find_money(ctx: Context) -> list[Found]:
    """Every amount of money in the text."""
    return found_amounts(ctx.view, "money")


RESOLVERS["money"] = resolve_money
register("money")(find_money)
