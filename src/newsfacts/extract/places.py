"""Places: provinces, cities and countries, named without 省/市.

A place inside an organisation's name (湖南 in 湖南大学) is part of that name, not a place
fact. The article's main city and province also tell which city "市科技局" belongs to.
"""

from __future__ import annotations

import re
from collections import Counter

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.registry import register

_PLACE: re.Pattern | None = None


def place_pattern() -> re.Pattern:
    """Every place of the table, with its optional 省/市/自治区."""
    global _PLACE
    if _PLACE is None:
        _PLACE = re.compile(
            rf"(?P<name>{lex.alternation(list(lex.places()))})(?:特别行政区|自治区|省|市)?"
        )
    return _PLACE


_TRAPS: re.Pattern | None = None
_COUNTY: regex.Pattern | None = None


def trap_pattern() -> re.Pattern:
    """Common words holding a place name (医保定点)."""
    global _TRAPS
    if _TRAPS is None:
        _TRAPS = re.compile(lex.alternation(lex.place_traps()))
    return _TRAPS


def county_pattern() -> regex.Pattern:
    """A county of two characters after a clause mark, a 在/从/到 or its city (瓜州县)."""
    global _COUNTY
    if _COUNTY is None:
        _COUNTY = regex.compile(
            r"(?<=[在从到于、,。\s]|市|省|^)(?P<name>[[\p{Han}]--[全该本各每]]{2})县",
            regex.V1 | regex.MULTILINE,
        )
    return _COUNTY


def main_places(ctx: Context) -> tuple[str | None, str | None]:
    """The city and the province the article speaks of most, or None when it names none.

    >>> main_places(Context(text="重庆市启动。重庆科技。成都", view="重庆市启动。重庆科技。成都"))
    ('重庆', None)
    """
    counts: Counter[str] = Counter(m.group("name") for m in place_pattern().finditer(ctx.view))
    table = lex.places()
    city = next((n for n, _ in counts.most_common() if table[n] == "city"), None)
    province = next((n for n, _ in counts.most_common() if table[n] == "province"), None)
    return city, province


@register("places")
def find_places(ctx: Context) -> list[Found]:
    """Place facts outside organisation names."""
    from newsfacts.extract.orgs import analyse

    orgs = [(f.start, f.end) for f in analyse(ctx)]
    orgs += [(m.start(), m.end()) for m in trap_pattern().finditer(ctx.view)]
    out: list[Found] = []
    for m in place_pattern().finditer(ctx.view):
        if any(s < m.end() and m.start() < e for s, e in orgs):
            continue
        out.append(Found("place", m.start(), m.end(), "place.table.v1",
                         {"name": m.group("name")}))
    for m in county_pattern().finditer(ctx.view):
        if not any(s < m.end() and m.start() < e for s, e in orgs):
            out.append(Found("place", m.start(), m.end(), "place.county.v1",
                             {"name": m.group("name")}))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "place"))
    return out
