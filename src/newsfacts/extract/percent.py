"""Percentages: "17.1%", "百分之三十", "三成", ranges "30%～40%" and "0.05个百分点" (unit pp).

Values are in percent points. ``find_percent`` locates spans, ``resolve_percent`` reads them.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from newsfacts.extract.amounts import (
    AFTER,
    PRE,
    SEP,
    alternation,
    amount_fields,
    amount_pattern,
    resolve_amount,
)
from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon.units import PERCENT_NOT_AFTER_TENTHS, PERCENT_SIGNS, PERCENT_WORDS
from newsfacts.extract.numerals import NUMBER
from newsfacts.extract.registry import register

_SIGN = alternation(PERCENT_SIGNS)
_SIGN_RE = regex.compile(amount_pattern(_SIGN, low_unit=_SIGN))
_WORDS_RE = regex.compile(
    rf"(?P<pre>{PRE})?{PERCENT_WORDS['percent_of']}(?P<n1>{NUMBER})"
    rf"(?:{SEP}(?:{PERCENT_WORDS['percent_of']})?(?P<n2>{NUMBER}))?(?P<unit>)(?P<after>{AFTER})?"
)
_TENTHS_RE = regex.compile(
    rf"(?P<pre>{PRE})?(?P<n1>{NUMBER})(?:{SEP}(?P<n2>{NUMBER}))?"
    rf"(?P<unit>{PERCENT_WORDS['tenths']})(?!{alternation(PERCENT_NOT_AFTER_TENTHS)})"
    rf"(?P<after>{AFTER})?"
)
_TIMES_RE = regex.compile(
    rf"(?P<pre>{PRE})?(?P<n1>{NUMBER})(?P<n2>)(?P<inside>多)?(?P<unit>{PERCENT_WORDS['times']})"
)
_POINTS = PERCENT_WORDS["points"]
_POINTS_RE = regex.compile(amount_pattern(_POINTS, low_unit=_POINTS))


def resolve_percent(m: regex.Match, how: str) -> Found | None:
    """One match of the pattern ``how`` (sign, words, tenths, points) -> a percent ``Found``."""
    factor = {"tenths": Decimal(10), "times": Decimal(100)}.get(how, Decimal(1))
    if how == "tenths" and m.group("n1") in ("一",):
        return None
    a = resolve_amount(m, factor)
    if a is None:
        return None
    unit = "pp" if how == "points" else "%"
    kind = "range" if a.value is None else how
    start = m.start() if how == "words" and not m.group("pre") else a.start
    return Found("percent", start, a.end, f"percent.{kind}.v1", amount_fields(a, unit))


def find_percent(ctx: Context) -> list[Found]:
    """Every percentage and percentage-point change in the text."""
    out = []
    for how, pattern in (("sign", _SIGN_RE), ("words", _WORDS_RE), ("tenths", _TENTHS_RE),
                         ("points", _POINTS_RE), ("times", _TIMES_RE)):
        for m in pattern.finditer(ctx.view):
            f = resolve_percent(m, how)
            if f is not None:
                out.append(f)
    return out


register("percent")(find_percent)
