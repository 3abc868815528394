"""The shape shared by money, percent, count and quantity, found in one pass over the text.

An amount is: an optional qualifier before ("超", "最高达"), a number or a range of two
numbers ("500万～2000万", "12.8亿元-14.1亿元"), an optional word inside ("余", "多"), the
unit, and an optional word after ("以上", "左右"). One compiled pattern anchored on the
number finds every amount of every kind at once (the unit says which kind it is); the
qualifier before is read backwards from the number, so the scan never tries thirty
qualifier words at every character. ``resolve_amount`` turns one hit into exact values.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import regex

from newsfacts.extract.base import Found
from newsfacts.extract.lexicon import qualifiers as Q
from newsfacts.extract.lexicon import units as U
from newsfacts.extract.lexicon.numerals import (
    BIG_UNITS,
    DIGITS,
    MULTIPLIERS,
    NUMERAL_IDIOMS,
    SMALL_UNITS,
)
from newsfacts.extract.lexicon.units import RANK_CLASSIFIERS, TENTHS_IDIOMS
from newsfacts.extract.numerals import NUMBER, NumeralError, is_chinese_numeral, parse_number
from newsfacts.extract.patterns import trie


def alternation(words, not_before: dict[str, tuple[str, ...]] | None = None,
                raw_not_before: dict[str, str] | None = None) -> str:
    """A regex alternation of ``words``, longest first, each with its own exclusions."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        alt = regex.escape(w)
        bad = (not_before or {}).get(w)
        if bad:
            alt += "(?!" + "|".join(regex.escape(b) for b in bad) + ")"
        if raw_not_before and w in raw_not_before:
            alt += f"(?!{raw_not_before[w]})"
        if w[-1].isascii() and w[-1].isalpha():
            alt += "(?![A-Za-z])"
        parts.append(alt)
    return "(?:" + "|".join(parts) + ")"


INSIDE = alternation(Q.INSIDE)
AFTER = alternation(Q.AFTER)
SEP = alternation(Q.RANGE_SEPARATORS)
#: a single line break left inside an amount by a column wrap ("近\n22亿元")
WRAP = r"\n?"


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What a unit word means: the kind of fact, the stored unit, the factor, the rule."""

    kind: str
    unit: str | None
    factor: int
    how: str


def _unit_table() -> dict[str, UnitInfo]:
    table: dict[str, UnitInfo] = {}

    def add(word: str, info: UnitInfo) -> None:
        if word in table and table[word] != info:
            raise ValueError(f"unit word {word!r} is in two tables")
        table[word] = info

    for word, code in U.CURRENCIES.items():
        add(word, UnitInfo("money", code, 1, "point"))
    for sign in U.PERCENT_SIGNS:
        add(sign, UnitInfo("percent", "%", 1, "sign"))
    add(U.PERCENT_WORDS["tenths"], UnitInfo("percent", "%", 10, "tenths"))
    add(U.PERCENT_WORDS["points"], UnitInfo("percent", "pp", 1, "points"))
    add(U.PERCENT_WORDS["times"], UnitInfo("percent", "%", 100, "times"))
    for word in U.CLASSIFIERS:
        add(word, UnitInfo("count", word, 1, "classifier"))
    for word in U.COUNTED_SHORT_NOUNS:
        add(word, UnitInfo("count", None, 1, "noun"))
    for word, (unit, factor) in U.QUANTITY_UNITS.items():
        add(word, UnitInfo("quantity", unit, factor, "unit"))
    return table


UNITS: dict[str, UnitInfo] = _unit_table()
_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    **{c: U.CURRENCY_NOT_BEFORE for c in U.CURRENCIES},
    **U.CLASSIFIER_NOT_BEFORE,
    **U.QUANTITY_NOT_BEFORE,
    U.PERCENT_WORDS["tenths"]: U.PERCENT_NOT_AFTER_TENTHS,
}


#: unit words as one trie (fast); their exclusions are checked after a match; guards on
#: unit words that are mostly dates: "2024年" and "3月" are not quantities
_UNIT_GUARDS = {"年": r"(?<![\d〇零○一二三四五六七八九]{4})", "月": r"(?<=个多|个余)"}
UNIT = trie(UNITS, _UNIT_GUARDS)
_HAN = regex.compile(r"\p{Han}")
_LATIN = regex.compile(r"[A-Za-z]")


def unit_excluded(view: str, word: str, end: int) -> bool:
    """The unit word at ``view[:end]`` is the start of another word ("3家庭", "成为", "5GB")."""
    bad = _NOT_BEFORE.get(word)
    if bad and view.startswith(bad, end):
        return True
    if word in U.COUNTED_SHORT_NOUNS and _HAN.match(view, end):
        return True
    return word[-1].isascii() and word[-1].isalpha() and bool(_LATIN.match(view, end))
_PCT_OF = U.PERCENT_WORDS["percent_of"]

#: every character an amount can start with: the scan skips the rest at C speed
_FIRST = "[\\d" + "".join(sorted({*DIGITS, *SMALL_UNITS, *BIG_UNITS, _PCT_OF[0]})) + "]"

#: compiled by the standard library: with the first-character lookahead it scans about
#: twice as fast as ``regex`` on news text (the pattern needs nothing ``regex`` adds)
AMOUNT_RE = re.compile(
    rf"(?={_FIRST})(?P<pctof>{_PCT_OF})?(?P<n1>{NUMBER})"
    rf"(?:(?P<u1>{UNIT})?\s?{SEP}\s?(?:{_PCT_OF})?(?P<n2>{NUMBER}))?"
    rf"(?P<inside>{INSIDE})?(?(inside)(?P<imult>[万亿萬億])?){WRAP}"
    rf"(?:(?P<unit>{UNIT})(?P<per>/{alternation(U.RATE_BASES)})?(?P<after>{AFTER})?"
    rf"|(?P<bare>)(?<=[万亿萬億])(?={alternation(U.COUNTED_NOUNS)}|[,;。、\n]|$)"
    rf"|(?(pctof)(?P<after2>{AFTER})?|(?!)))"
)

_COUNTED_RE = regex.compile(alternation(U.COUNTED_NOUNS))

#: opening quotes of a name: a number right after one, closed soon, is part of the name
_NAME_QUOTES = "“‘「『\""
_NAME_CLOSE = regex.compile(r"[^“”‘’「」『』\"\n，。；]{0,12}[”’」』\"]")
_ANY_OPEN = re.compile("[" + _NAME_QUOTES + "]")
_NAME_OPEN = regex.compile(r"(?r)[“‘「『\"][^“”‘’「」『』\"\n，。；,;]{1,8}")


def in_quoted_name(view: str, start: int) -> bool:
    """True for a number inside a short quoted name (“三年倍增”, “3+6”, “金塔300兆瓦…”)."""
    if start == 0:
        return False
    if view[start - 1] in _NAME_QUOTES:
        return bool(_NAME_CLOSE.match(view, start))
    if _ANY_OPEN.search(view, max(0, start - 9), start) is None:
        return False  # the common case, answered without the backward match
    return bool(_NAME_OPEN.match(view, max(0, start - 9), start)) and bool(
        _NAME_CLOSE.match(view, start))


def _idiom_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Two characters around a numeral of an idiom -> (idiom, offset of the numeral): the
    pair at the numeral (or, for a last character, before it) is looked up per hit."""
    index: dict[str, list[tuple[str, int]]] = {}
    numeral = {*DIGITS, *SMALL_UNITS, *BIG_UNITS}
    for idiom in NUMERAL_IDIOMS:
        for k, ch in enumerate(idiom):
            if ch in numeral:
                pair = idiom[k:k + 2] if k + 1 < len(idiom) else idiom[k - 1:k + 1]
                index.setdefault(pair, []).append((idiom, k))
    return {pair: tuple(v) for pair, v in index.items()}


_IDIOMS = _idiom_index()


def in_idiom(view: str, pos: int) -> bool:
    """True for a numeral inside an idiom that states no amount ("货比三家", "三天两头")."""
    for pair in (view[pos:pos + 2], view[pos - 1:pos + 1] if pos else ""):
        for idiom, k in _IDIOMS.get(pair, ()):
            if pos >= k and view.startswith(idiom, pos - k):
                return True
    return False


_GROUPS = ("n1", "n2", "u1", "unit", "inside", "after", "after2", "pctof", "imult", "per")


@dataclass(slots=True)
class Hit:
    """One amount in the text: its parts as written and its unit's meaning (None: a
    counted noun such as "2亿用户"). ``imult`` is a multiplier after 余/多 ("三千余万元");
    ``per`` the basis of a rate ("/日" in "48.5万吨/日"), kept for quantities only."""

    match: re.Match[str]
    info: UnitInfo | None
    end: int
    n1: str
    n2: str | None
    u1: str | None
    unit: str | None
    inside: str | None
    after: str | None
    pctof: str | None
    imult: str | None = None
    per: str | None = None


#: a qualifier before an amount: (word next to it, word at a distance, start of the fact)
Prefix = tuple[str | None, str | None, int]
#: kind -> resolver of one hit of that kind (filled by the money, percent and count modules)
RESOLVERS: dict[str, Callable[[Hit, Prefix], Found | None]] = {}
KINDS = ("money", "percent", "count", "quantity")

#: words read before a number: qualifiers, and words that only say "a length of time" or
#: "a horizon" (None: no qualifier, and the fact starts at its number)
_BEFORE: dict[str, str | None] = {**dict.fromkeys((*U.DURATION_LEADS, *U.HORIZON_LEADS)),
                                   **Q.BEFORE}
_NOT_BEFORE_WORDS = frozenset((*Q.NOT_BEFORE, *U.HORIZON_LEAD_NOT))
_PRE_LAST = frozenset(w[-1] for w in _BEFORE)
#: last character of a qualifier word -> lengths of the words ending with it, longest first
_PRE_LENS = {c: tuple(sorted({len(w) for w in (*_BEFORE, *_NOT_BEFORE_WORDS) if w[-1] == c},
                             reverse=True)) for c in _PRE_LAST}
_FAR_ITEMS = sorted(Q.BEFORE_AT_DISTANCE, key=lambda w: (-len(w), w))
#: characters a qualifier at a distance never reaches over ("最高的是…")
_GAP_STOP = frozenset("是为和与及或")
#: every start of a distant qualifier word, overlapping ones included
_FAR_WORDS = re.compile(f"(?={alternation(Q.BEFORE_AT_DISTANCE)})")
_TENTHS = U.PERCENT_WORDS["tenths"]
_MISS = object()
_NO_PREFIX: Prefix = (None, None, -1)
#: resolved surfaces: (match text, counted-noun path, qualifier words) -> what it resolves
#: to; amounts repeat within and across texts, and all but the context checks made in
#: ``_resolve_all`` follows from the surface
_memo: dict[str | tuple, tuple | None] = {}
_MEMO_MAX = 50_000
_cache: tuple[str, dict[str, list[Found]]] | None = None


def prefix_at(view: str, start: int, far: bool = True) -> Prefix:
    """The qualifier before the amount at ``start``, read backwards (``far``: a distant
    qualifier word starts in the 14 characters before it): the longest word of
    ``Q.BEFORE`` right before it (a line break between allowed), else a word of
    ``Q.BEFORE_AT_DISTANCE`` a few Han characters before it ("最高补贴2000元"). String
    lookups, no backward regex."""
    if start == 0:
        return None, None, start
    end = start - 1 if view[start - 1] == "\n" else start
    lo = max(0, start - 14)
    lengths = _PRE_LENS.get(view[end - 1:end])
    if lengths:
        for n in lengths:
            if end - n < lo:
                continue
            w = view[end - n:end]
            if w in _BEFORE:
                return w, None, end - n if _BEFORE[w] else start
            if w in _NOT_BEFORE_WORDS:  # "节约" is no 约
                break
    if far:
        pos = end
        for _ in range(Q.DISTANCE_MAX):
            pos -= 1
            if pos < lo or view[pos] in _GAP_STOP or not _HAN.match(view, pos):
                break
            for w in _FAR_ITEMS:
                if pos - len(w) >= lo and view.startswith(w, pos - len(w)):
                    return None, w, pos - len(w)
    return None, None, start


def prefix(hit: Hit) -> Prefix:
    """The qualifier before a hit, read backwards from it: (word, distant word, start)."""
    return prefix_at(hit.match.string, hit.match.start())


def found_amounts(view: str, kind: str) -> list[Found]:
    """The facts of one kind among the amounts of ``view``: one pass finds and resolves
    those of every kind, kept for the other kinds' finders of the same text."""
    global _cache
    cached = _cache
    if cached is None or cached[0] is not view or kind not in cached[1]:
        cached = _cache = (view, _resolve_all(view))
    return cached[1].pop(kind)


def _hit(m: re.Match[str], counted: bool) -> Hit:
    """The parts of one match (``counted``: the unit word starts a counted noun, "2亿人口")."""
    n1, n2, u1, unit, inside, after, after2, pctof, imult, per = m.group(*_GROUP_IDS)
    if counted:
        return Hit(m, None, m.start("unit"), n1, n2, u1, None, inside, None, None, imult)
    end = m.end()
    if unit is not None:
        info: UnitInfo | None = UNITS[unit]
        if per and info.kind != "quantity":  # "0.31元/千瓦时": the price, not the basis
            per, after, end = None, None, m.end("unit")
    elif pctof:
        info = UNITS[U.PERCENT_SIGNS[0]]
    else:
        info = None  # a counted noun without classifier ("2亿用户")
    return Hit(m, info, end, n1, n2, u1, unit, inside, after or after2, pctof, imult, per)


def _resolve(m: re.Match[str], counted: bool, pre: Prefix) -> Found | None:
    hit = _hit(m, counted)
    return RESOLVERS["count" if hit.info is None else hit.info.kind](hit, pre)


_GI = AMOUNT_RE.groupindex
_GROUP_IDS = tuple(_GI[g] for g in _GROUPS)
_G_N1, _G_U1, _G_UNIT, _G_PCTOF = _GI["n1"], _GI["u1"], _GI["unit"], _GI["pctof"]
#: unit words with no exclusion to check after them (most classifiers and currencies)
_PLAIN_UNITS = frozenset(w for w in UNITS if not _NOT_BEFORE.get(w)
                         and w not in U.COUNTED_SHORT_NOUNS
                         and not (w[-1].isascii() and w[-1].isalpha()))
#: unit words whose exclusion is more than a list of next words ("国", "GB")
_SPECIAL_UNITS = frozenset(w for w in UNITS if w in U.COUNTED_SHORT_NOUNS
                           or (w[-1].isascii() and w[-1].isalpha()))
_CHECKED_UNITS = frozenset({_TENTHS, *RANK_CLASSIFIERS})


def _resolve_all(view: str) -> dict[str, list[Found]]:
    out: dict[str, list[Found]] = {k: [] for k in KINDS}
    memo = _memo
    far_at = ([m.start() for m in _FAR_WORDS.finditer(view)]
              if any(w in view for w in Q.BEFORE_AT_DISTANCE) else [])
    opens = [m.start() for m in _ANY_OPEN.finditer(view)]  # quotes: a handful per text
    for m in AMOUNT_RE.finditer(view):
        n1, u1, unit, pctof = m.group(_G_N1, _G_U1, _G_UNIT, _G_PCTOF)
        start = m.start()
        n1_at = start + len(pctof) if pctof else start
        if not n1[0].isdigit() and in_idiom(view, n1_at):
            continue
        counted = False
        if unit is not None and (unit not in _PLAIN_UNITS or u1 is not None):
            bad = _NOT_BEFORE.get(unit)
            if (bad and view.startswith(bad, m.end(_G_UNIT))) or (
                    unit in _SPECIAL_UNITS and unit_excluded(view, unit, m.end(_G_UNIT))):
                imult = m.group("imult")
                if not ((imult or n1)[-1] in "万亿萬億"
                        and _COUNTED_RE.match(view, m.start(_G_UNIT))):
                    continue
                counted = True  # "2亿人口"
            elif u1 is not None and unit_excluded(view, u1, m.end(_G_U1)):
                continue
        if unit in _CHECKED_UNITS and not counted:
            if unit == _TENTHS and view.startswith(TENTHS_IDIOMS, n1_at):
                continue  # "一成不变"; "一成左右", "增长一成" are 10%
            if unit in RANK_CLASSIFIERS and view[n1_at - 1:n1_at] == "前":
                continue  # "前10名" is a rank
        if opens:
            i = bisect_left(opens, n1_at - 9)
            if i < len(opens) and opens[i] < n1_at and in_quoted_name(view, n1_at):
                continue
        pre = _NO_PREFIX
        if start:
            c = view[start - 1]
            if c == "\n" and start > 1:
                c = view[start - 2]
            far = False
            if far_at:
                i = bisect_left(far_at, start - 14)
                far = i < len(far_at) and far_at[i] < start
            if far or c in _PRE_LAST:
                pre = prefix_at(view, start, far)
        # the surface alone is the key in the common case (no qualifier, not counted)
        key = m.group() if pre[0] is None and pre[1] is None and not counted else (
            m.group(), counted, pre[0], pre[1])
        r = memo.get(key, _MISS)
        if r is _MISS:
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            f = _resolve(m, counted, pre if pre[2] >= 0 else (None, None, start))
            if f is None:
                memo[key] = None
            else:
                memo[key] = (f.kind, f.rule, dict(f.fields), f.end - start)
                out[f.kind].append(f)
        elif r is not None:
            kind, rule, fields, end = r
            out[kind].append(Found(kind, pre[2] if pre[2] >= 0 else start, start + end, rule,
                                   dict(fields)))
    return out


class Amount(NamedTuple):
    """A resolved amount before its unit is interpreted."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: str | None
    start: int
    end: int


def _numeral_ok(text: str, qualified: bool = False) -> bool:
    if qualified and all(c in Q.ROUND_AFTER_QUALIFIER for c in text):
        return True  # "近百家", and "百分之百"
    return text[0].isdigit() or is_chinese_numeral(text)


def _multiplier_of(numeral: str) -> Decimal:
    m = Decimal(1)
    for ch in reversed(numeral):
        if ch not in MULTIPLIERS:
            break
        m *= MULTIPLIERS[ch]
    return m


_ONE = Decimal(1)


def resolve_amount(hit: Hit, factor: Decimal = _ONE,
                   pre: tuple[str | None, str | None, int] | None = None) -> Amount | None:
    """Values, range and qualifier of one hit; None when a numeral is not a number."""
    n1, n2, inside, after, u1 = hit.n1, hit.n2, hit.inside, hit.after, hit.u1
    pre_word, far_word, start = pre or prefix(hit)
    qualified = bool(pre_word or far_word or inside or hit.pctof)
    if not _numeral_ok(n1, qualified) or (n2 and not _numeral_ok(n2)):
        return None
    try:
        v1 = parse_number(n1)
        v2 = parse_number(n2) if n2 else None
    except NumeralError:
        return None
    qualifier = (Q.BEFORE_AT_DISTANCE[far_word] if far_word else Q.BEFORE[pre_word]
                 if pre_word in Q.BEFORE else Q.INSIDE[inside] if inside
                 else Q.AFTER[after] if after else None)  # a word before wins over one after
    imult = Decimal(MULTIPLIERS[hit.imult]) if hit.imult else _ONE
    if v2 is None:
        if imult is not _ONE or factor != 1:
            v1 = v1 * imult * factor
        return Amount(v1, None, None, qualifier, start, hit.end)
    if n1[0].isdigit() and n1[-1].isdigit() and not u1:
        v1 *= _multiplier_of(n2) * imult  # "500～2000万元": the low end shares the multiplier
    v2 *= imult
    if v1 >= v2:
        return None
    return Amount(None, v1 * factor, v2 * factor, qualifier, start, hit.end)


def amount_fields(a: Amount, unit: str | None) -> dict:
    """The record fields of an amount (value or low/high, unit, qualifier)."""
    fields: dict = {"unit": unit, "qualifier": a.qualifier}
    if a.value is not None:
        fields["value"] = a.value
    else:
        fields["low"], fields["high"] = a.low, a.high
    return fields
