"""The shape shared by money, percent, count and quantity: qualifier, number, range, unit.

One pattern per kind is built from the lexicon tables: an optional qualifier before
("超", "最高达"), a number or a range of two numbers ("1000万～3000万", "12.8亿元-14.1亿元"),
an optional word inside ("余", "多"), the unit, and an optional word after ("以上", "左右").
``resolve_amount`` turns one match into exact values and the record's qualifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from newsfacts.extract.lexicon import qualifiers as Q
from newsfacts.extract.lexicon.numerals import MULTIPLIERS
from newsfacts.extract.numerals import NUMBER, NumeralError, is_chinese_numeral, parse_number


def alternation(words, not_before: dict[str, tuple[str, ...]] | None = None) -> str:
    """A regex alternation of ``words``, longest first, each with its own exclusions."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        alt = regex.escape(w)
        bad = (not_before or {}).get(w)
        if bad:
            alt += "(?!" + "|".join(regex.escape(b) for b in bad) + ")"
        if w[-1].isascii() and w[-1].isalpha():
            alt += "(?![A-Za-z])"
        parts.append(alt)
    return "(?:" + "|".join(parts) + ")"


PRE = alternation(Q.BEFORE)
FAR = (
    rf"(?P<far>{alternation(Q.BEFORE_AT_DISTANCE)})"
    rf"(?:(?![是为和与及或])\p{{Han}}){{1,{Q.DISTANCE_MAX}}}?"
)
INSIDE = alternation(Q.INSIDE)
AFTER = alternation(Q.AFTER)
SEP = alternation(Q.RANGE_SEPARATORS)
#: a single line break left inside an amount by a column wrap ("近\n22亿元")
WRAP = r"\n?"
#: opening quotes of a name: a number right after one, closed soon, is part of the name
_NAME_QUOTES = "“‘「『\""
_NAME_CLOSE = regex.compile(r"[^“”‘’「」『』\"\n，。；]{0,12}[”’」』\"]")


def in_quoted_name(view: str, start: int) -> bool:
    """True for a number opening a short quoted name (“四个面向”, “5+8”)."""
    return start > 0 and view[start - 1] in _NAME_QUOTES and bool(
        _NAME_CLOSE.match(view, start))


def amount_pattern(unit: str, low_unit: str | None = None, after: bool = True) -> str:
    """Qualifier? number (unit? separator number)? inside? unit after? — with named groups."""
    low_unit = unit if low_unit is None else low_unit
    return (
        rf"(?:(?P<pre>{PRE})|{FAR})?{WRAP}"
        rf"(?P<n1>{NUMBER})"
        rf"(?:(?P<u1>{low_unit})?\s?{SEP}\s?(?P<n2>{NUMBER}))?"
        rf"(?P<inside>{INSIDE})?{WRAP}"
        rf"(?P<unit>{unit})"
        + (rf"(?P<after>{AFTER})?" if after else "")
    )


@dataclass(frozen=True, slots=True)
class Amount:
    """A resolved amount before its unit is interpreted."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str | None
    start: int
    end: int


def _numeral_ok(text: str, qualified: bool = False) -> bool:
    if qualified and all(c in Q.ROUND_AFTER_QUALIFIER for c in text):
        return True
    return text[0].isdigit() or is_chinese_numeral(text)


def _multiplier_of(numeral: str) -> Decimal:
    m = Decimal(1)
    for ch in reversed(numeral):
        if ch not in MULTIPLIERS:
            break
        m *= MULTIPLIERS[ch]
    return m


def resolve_amount(m: regex.Match, factor: Decimal = Decimal(1)) -> Amount | None:
    """Values, range and qualifier of one match; None when a numeral is not a number."""
    n1, n2 = m.group("n1"), m.group("n2")
    g = m.groupdict()
    qualified = bool(g.get("pre") or g.get("far") or g.get("inside"))
    if not _numeral_ok(n1, qualified) or (n2 and not _numeral_ok(n2)):
        return None
    try:
        v1 = parse_number(n1)
        v2 = parse_number(n2) if n2 else None
    except NumeralError:
        return None
    groups = m.groupdict()
    qualifier = None
    for group, table in (("after", Q.AFTER), ("inside", Q.INSIDE), ("pre", Q.BEFORE),
                         ("far", Q.BEFORE_AT_DISTANCE)):
        word = groups.get(group)
        if word:
            qualifier = table[word]
    start = m.start("n1")
    for group in ("pre", "far"):
        if groups.get(group):
            start = m.start(group)
    if in_quoted_name(m.string, start):
        return None
    if v2 is None:
        return Amount(v1 * factor, None, None, qualifier, start, m.end())
    if n1[0].isdigit() and n1[-1].isdigit() and not groups.get("u1"):
        v1 *= _multiplier_of(n2)  # "1000～3000万元": the low end shares the multiplier
    if v1 >= v2:
        return None
    return Amount(None, v1 * factor, v2 * factor, qualifier, start, m.end())


def amount_fields(a: Amount, unit: str | None) -> dict:
    """The record fields of an amount (value or low/high, unit, qualifier)."""
    fields: dict = {"unit": unit, "qualifier": a.qualifier}
    if a.value is not None:
        fields["value"] = a.value
    else:
        fields["low"], fields["high"] = a.low, a.high
    return fields
