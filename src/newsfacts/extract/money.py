"""Money: amounts in a currency, exact and in whole units ("1.5亿元" -> 150000000 CNY).

``find_money`` locates spans on the width-folded view; ``resolve_money`` reads one span
into value or range, ISO currency code and qualifier.
"""

from __future__ import annotations

import regex

from newsfacts.extract.amounts import alternation, amount_fields, amount_pattern, resolve_amount
from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon.units import CURRENCIES, CURRENCY_NOT_BEFORE
from newsfacts.extract.registry import register

_CURRENCY = alternation(CURRENCIES, {c: CURRENCY_NOT_BEFORE for c in CURRENCIES})
MONEY_RE = regex.compile(amount_pattern(_CURRENCY))


def resolve_money(m: regex.Match) -> Found | None:
    """One match -> a money ``Found`` (None when the numeral is not a number)."""
    a = resolve_amount(m)
    if a is None:
        return None
    u1 = m.group("u1")
    if u1 and CURRENCIES[u1] != CURRENCIES[m.group("unit")]:
        return None
    rule = "money.range.v1" if a.value is None else "money.point.v1"
    return Found("money", a.start, a.end, rule, amount_fields(a, CURRENCIES[m.group("unit")]))


def find_money(ctx: Context) -> list[Found]:
    """Every amount of money in the text."""
    out = []
    for m in MONEY_RE.finditer(ctx.view):
        f = resolve_money(m)
        if f is not None:
            out.append(f)
    return out


register("money")(find_money)
