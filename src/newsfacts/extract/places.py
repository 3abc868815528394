"""Places: provinces, cities and countries, named without 省/市.

A place inside an organisation's name (浙江 in 浙江大学) is part of that name, not a place
fact. A city missing from the table is learned from the article when "X市" stands in a
place's context ("在南充市", "溪州市的", "溪州市云塘区"); its bare mentions are then places
too. The article's main city and province also tell which city "市科技局" belongs to.
"""

from __future__ import annotations

import re
import threading
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


_CITY: regex.Pattern | None = None
_CITY_WORDS = ("全市", "本市", "该市", "我市")


def city_pattern() -> regex.Pattern:
    """X市 with an unknown X of two or three characters, where only a city can stand.

    ``a``: after 在 / 位于 / 来自 …; ``b``: before 的, a district or another city;
    ``c``: at a clause start (counted when the article also says 全市 / 本市).
    """
    global _CITY
    if _CITY is None:
        stops = "".join(w for w in lex.name_stops() if len(w) == 1)
        x = rf"[[\p{{Han}}]--[{''.join(sorted(lex.not_place_chars('name')))}{stops}]]"
        _CITY = regex.compile(
            rf"(?:(?<=在|位于|来自|地处|落户|从|到|赴|于)(?P<a>{x}{{2,3}})"
            rf"|(?P<b>{x}{{2}})(?=市(?:的|\p{{Han}}{{2}}[区县]|[、和与及]\p{{Han}}{{2}}市))"
            rf"|(?<=^|[,。;:“”\s(])(?P<c>{x}{{2}}))市(?![场值面况价民])",
            regex.V1 | regex.MULTILINE,
        )
    return _CITY


def learned_cities(ctx: Context) -> Counter[str]:
    """Cities missing from the table that the article names as cities, with their counts."""
    cached = getattr(_LEARNED, "entry", None)
    if cached is not None and cached[0] is ctx:
        return cached[1]
    counts: Counter[str] = Counter()
    if "市" in ctx.view:
        table, stops = lex.places(), frozenset(lex.name_stops())
        loose = any(w in ctx.view for w in _CITY_WORDS)
        for m in city_pattern().finditer(ctx.view):
            name = m.group("a") or m.group("b") or (m.group("c") if loose else None)
            if name and name not in table and name not in stops:
                counts[name] += 1
    _LEARNED.entry = (ctx, counts)
    return counts


_LEARNED = threading.local()


def main_places(ctx: Context) -> tuple[str | None, str | None]:
    """The city and the province the article speaks of most, or None when it names none.

    >>> main_places(Context(text="武汉市启动。武汉科技。成都", view="武汉市启动。武汉科技。成都"))
    ('武汉', None)
    """
    counts: Counter[str] = Counter(m.group("name") for m in place_pattern().finditer(ctx.view))
    counts.update(learned_cities(ctx))
    table = lex.places()
    city = next((n for n, _ in counts.most_common() if table.get(n, "city") == "city"), None)
    province = next((n for n, _ in counts.most_common() if table.get(n) == "province"), None)
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
    learned = learned_cities(ctx)
    if learned:
        mention = re.compile(rf"(?P<name>{lex.literal_alternation(list(learned))})市?")
        out.extend(Found("place", m.start(), m.end(), "place.learned.v1",
                         {"name": m.group("name")})
                   for m in mention.finditer(ctx.view)
                   if not any(s < m.end() and m.start() < e for s, e in orgs))
    for m in county_pattern().finditer(ctx.view):
        if not any(s < m.end() and m.start() < e for s, e in orgs):
            out.append(Found("place", m.start(), m.end(), "place.county.v1",
                             {"name": m.group("name")}))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "place"))
    return out
