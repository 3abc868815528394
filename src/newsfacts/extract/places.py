"""Places: provinces, cities, prefectures and countries, named without 省/市/州.

A place inside an organisation's name (浙江 in 浙江大学) is part of that name, not a place
fact. A city missing from the table is learned from the article when "X市" stands in a
place's context ("在南充市", "溪州市的", "溪州市云塘区"); its bare mentions are then places
too. The article's main city and province also tell which city "市科技局" belongs to.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.patterns import find_words, trie
from newsfacts.extract.registry import register

_PLACE: re.Pattern | None = None


@cache
def _suffixes(role: str) -> tuple[str, ...]:
    """Endings after a place (``suffix``: 省, 市; ``prefecture``: 州, 地区, 盟) and the
    peoples an autonomous one names (``people``)."""
    return tuple(r[0] for r in lex.read_table("place_suffixes") if r[1] == role)


def place_pattern() -> re.Pattern:
    """Every place of the table, with its optional ending (省, 市, 恩施土家族苗族自治州)."""
    global _PLACE
    if _PLACE is None:
        endings = _suffixes("suffix") + _suffixes("prefecture")
        _PLACE = re.compile(
            rf"(?P<name>{trie(list(lex.places()))})"
            rf"(?P<suffix>(?:{trie(_suffixes('people'))})+自治[区州]|{trie(endings)})?"
        )
    return _PLACE


@cache
def marked_places() -> frozenset[str]:
    """Names that are also common words (大同, 日照, 白银): places only when written with
    their ending, right after another place (山东日照), or named so once in the article."""
    return frozenset(r[0] for r in lex.read_table("places") if r[2:3] == ("marked",))


_TRAPS: re.Pattern | None = None


def trap_pattern() -> re.Pattern:
    """Common words holding a place name (医保定点)."""
    global _TRAPS
    if _TRAPS is None:
        _TRAPS = re.compile(trie(lex.place_traps()))
    return _TRAPS


#: what may stand right before a county's name (瓜州县 after 在, a clause mark, its city or
#: its prefecture: 恩施州来凤县)
_BEFORE_COUNTY = frozenset("在从到于、,。市省州 \n\t\u3000")


def counties(view: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of counties of two characters written with 县 (瓜州县)."""
    out: list[tuple[int, int, str]] = []
    at = view.find("县", 2)
    while at >= 0:
        start = at - 2
        name = view[start:at]
        if (start == 0 or view[start - 1] in _BEFORE_COUNTY) and _may_be_place(name):
            out.append((start, at + 1, name))
        at = view.find("县", at + 1)
    return out


def main_county(view: str) -> str | None:
    """The county written with 县 that the article names most, or None when it names none
    or two as often (a bare 县 then points at no county).

    >>> main_county("在吉安市杉源县，县林业局牵头。今年，杉源县参与。")
    '杉源'
    """
    counts = Counter(name for _s, _e, name in counties(view)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


_CITY_WORDS = ("全市", "本市", "该市", "我市")
#: words after which "X市" can only be a city (在溪州市, 位于溪州市)
_PLACE_MARKERS = ("在", "位于", "来自", "地处", "落户", "从", "到", "赴", "于")
#: characters after 市 that make a common word of it (市场, 市值, 市民)
_NOT_AFTER_CITY = frozenset("场值面况价民")
_CLAUSE_START = frozenset(",。;:“”(\n\t \u3000")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@cache
def _not_in_city() -> frozenset[str]:
    stops = {w for w in lex.name_stops() if len(w) == 1}
    return lex.not_place_chars("name") | stops


def may_be_city(name: str) -> bool:
    """True when ``name`` could be a city missing from the table: Han characters none of
    which makes a common word before 市 (上市, 全市), and no stop word (获悉)."""
    return _may_be_place(name) and name not in lex.places()


def _may_be_place(name: str) -> bool:
    return (_HAN_RUN.fullmatch(name) is not None and _not_in_city().isdisjoint(name)
            and name not in _stop_words())


_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(lex.name_stops())


def _city_at(view: str, i: int, loose: bool, last: int) -> str | None:
    """The unknown city of the 市 at ``i`` when its context is a place's, else None.

    After 在 / 位于 / 来自 … (two or three characters); before 的, a district or another city
    (two); at a clause start when the article also says 全市 / 本市 (``loose``, two).
    """
    if view[i + 1 : i + 2] in _NOT_AFTER_CITY:
        return None
    for n in (3, 2):
        start = i - n
        if start < last or not may_be_city(view[start:i]):
            continue
        if view.endswith(_PLACE_MARKERS, 0, start) or _after_province(view, start):
            return view[start:i]
        if n == 3:
            continue
        after = view[i + 1 : i + 5]
        if after.startswith("的") or (
            len(after) >= 3 and _is_han(after[0]) and _is_han(after[1]) and after[2] in "区县"
        ) or (
            len(after) == 4 and after[0] in "、和与及" and _is_han(after[1])
            and _is_han(after[2]) and after[3] == "市"
        ):
            return view[start:i]
        if loose and (start == 0 or view[start - 1] in _CLAUSE_START):
            return view[start:i]
    return None


def _after_province(view: str, start: int) -> bool:
    """A province of the table written with its ending right before ``start`` (贵州省岑川市:
    what follows a province and ends in 市 is one of its cities)."""
    for ending in ("省", "自治区"):
        if view.endswith(ending, 0, start):
            n = place_before(view, start - len(ending))
            return bool(n) and lex.places()[view[start - len(ending) - n : start - len(ending)]] \
                == "province"
    return False


def learned_cities(ctx: Context) -> Counter[str]:
    """Cities missing from the table that the article names as cities, with their counts."""
    cached = getattr(_LEARNED, "entry", None)
    if cached is not None and cached[0] is ctx:
        return cached[1]
    counts: Counter[str] = Counter()
    view = ctx.view
    i = view.find("市")
    if i >= 0:
        loose = any(w in view for w in _CITY_WORDS)
        last = 0
        while i >= 0:
            name = _city_at(view, i, loose, last)
            if name:
                counts[name] += 1
                last = i + 1
            i = view.find("市", i + 1)
    _LEARNED.entry = (ctx, counts)
    return counts


@cache
def _place_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in lex.places()}, reverse=True))


def place_before(view: str, end: int) -> int:
    """The length of the longest place of the table ending at ``end`` (0 for none)."""
    table = lex.places()
    for n in _place_lengths():
        if n <= end and view[end - n : end] in table:
            return n
    return 0


_LEARNED = threading.local()
_TABLE = threading.local()


def table_places(ctx: Context) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every place of the table in the article (found once)."""
    cached = getattr(_TABLE, "entry", None)
    if cached is not None and cached[0] is ctx:
        return cached[1]
    view, marked, table = ctx.view, marked_places(), lex.places()
    found: list[tuple[int, int, str]] = []
    doubtful: list[tuple[int, int, str]] = []
    named: set[str] = set()  # marked names the article writes as places
    for m in place_pattern().finditer(view):
        name, suffix = m.group("name"), m.group("suffix") or ""
        kind = table[name]
        if suffix and kind != "prefecture" and suffix in _suffixes("prefecture"):
            suffix = ""  # 美国盟友: no ending of a country
        end = m.end("name") + len(suffix)
        if name not in marked:
            found.append((m.start(), end, name))
        elif _stated(view, m.start(), "" if name[-1] in _ending_words() else suffix):
            found.append((m.start(), end, name))
            named.add(name)
        else:
            doubtful.append((m.start(), end, name))
    if named and doubtful:
        found.extend(d for d in doubtful if d[2] in named)
        found.sort()
    _TABLE.entry = (ctx, found)
    return found


@cache
def _ending_words() -> frozenset[str]:
    """Last characters of a name that make a common word with its ending (消费|城市: the 市
    of 费城市 does not show 费城 is meant)."""
    return lex.not_place_chars()


#: what may stand between a place and a marked name after it (山东省日照, 塞尔维亚、黑山)
_BETWEEN_PLACES = ("省", "市", "自治区", "、", "和", "与", "")


def _stated(view: str, start: int, suffix: str) -> bool:
    """A marked name is a place when written with its ending (白银市, 红河州; 地区 only after
    a prefecture: not 黄河源地区) or right after another place of the table (山东日照)."""
    if suffix:
        return True
    for between in _BETWEEN_PLACES:
        if view.endswith(between, 0, start) and place_before(view, start - len(between)):
            return True
    return False


class _Spans:
    """Spans that hide a place (organisations, trap words), asked for overlaps by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, e in spans:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


def _in_trap(traps: list[tuple[int, int]], start: int) -> bool:
    """Whether a trap word holds the place starting at ``start`` (医保定点, 沿海地区); one
    starting before the trap is its own (上海地区 is no 海地区 trap). Traps do not overlap."""
    i = bisect_right(traps, (start, 1 << 62))
    return i > 0 and traps[i - 1][1] > start


def main_places(ctx: Context) -> tuple[str | None, str | None]:
    """The city and the province the article speaks of most, or None when it names none.

    >>> main_places(Context(text="武汉市启动。武汉科技。成都", view="武汉市启动。武汉科技。成都"))
    ('武汉', None)
    """
    counts: Counter[str] = Counter(name for _s, _e, name in table_places(ctx))
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
    traps = [(m.start(), m.end()) for m in trap_pattern().finditer(ctx.view)]
    in_orgs, hidden = _Spans(list(orgs)), _Spans(orgs + traps)
    out = [Found("place", s, e, "place.table.v1", {"name": name})
           for s, e, name in table_places(ctx)
           if not _in_trap(traps, s) and not in_orgs.overlaps(s, s + len(name))]
    learned = learned_cities(ctx)
    if learned:
        view = ctx.view
        for s, e in find_words(learned, view, tail="市"):
            end = e + 1 if view.startswith("市", e) else e
            if not hidden.overlaps(s, end):
                out.append(Found("place", s, end, "place.learned.v1", {"name": view[s:e]}))
    out.extend(Found("place", s, e, "place.county.v1", {"name": name})
               for s, e, name in counties(ctx.view) if not hidden.overlaps(s, e))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "place"))
    return out
