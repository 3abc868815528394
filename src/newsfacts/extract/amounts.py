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
from dataclasses import dataclass
from decimal import Decimal

import regex

from newsfacts.extract.lexicon import qualifiers as Q
from newsfacts.extract.lexicon import units as U
from newsfacts.extract.lexicon.numerals import (
    BIG_UNITS,
    DIGITS,
    MULTIPLIERS,
    NUMERAL_IDIOMS,
    SMALL_UNITS,
)
from newsfacts.extract.numerals import NUMBER, NumeralError, is_chinese_numeral, parse_number


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


PRE = alternation(Q.BEFORE)
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
#: unit words as one plain alternation (fast); their exclusions are checked after a match
#: guards on unit words that are mostly dates: "2024年" and "3月" are not quantities
_UNIT_GUARDS = {"年": r"(?<![\d〇零○一二三四五六七八九]{4})", "月": r"(?<=个多|个余)"}
UNIT = "(?:" + "|".join(
    _UNIT_GUARDS.get(w, "") + regex.escape(w) for w in sorted(UNITS, key=lambda w: (-len(w), w))
) + ")"
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
_FAR_GAP = rf"(?:(?![是为和与及或])\p{{Han}}){{1,{Q.DISTANCE_MAX}}}?"
_COUNTED_RE = regex.compile(alternation(U.COUNTED_NOUNS))
_PREFIX_RE = regex.compile(
    rf"(?r)(?:(?P<pre>{PRE})|(?P<far>{alternation(Q.BEFORE_AT_DISTANCE)}){_FAR_GAP}){WRAP}"
)

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


_IDIOM_RE = re.compile(alternation(NUMERAL_IDIOMS))
_IDIOM_LEN = max(map(len, NUMERAL_IDIOMS))


def in_idiom(view: str, pos: int) -> bool:
    """True for a numeral inside an idiom that states no amount ("货比三家", "三天两头")."""
    for m in _IDIOM_RE.finditer(view, max(0, pos - _IDIOM_LEN + 1), pos + _IDIOM_LEN):
        if m.start() > pos:
            break
        if pos < m.end():
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


_cache: tuple[str, list[Hit]] | None = None


def scan(view: str) -> list[Hit]:
    """Every amount of every kind in ``view`` (cached for the last text: the finders of
    money, percent, count and quantity share one pass)."""
    global _cache
    if _cache is not None and _cache[0] is view:
        return _cache[1]
    hits: list[Hit] = []
    for m in AMOUNT_RE.finditer(view):
        n1, n2, u1, unit, inside, after, after2, pctof, imult, per = m.group(*_GROUPS)
        end = m.end()
        if not n1[0].isdigit() and in_idiom(view, m.start("n1")):
            continue
        if unit is not None:
            if unit_excluded(view, unit, m.end("unit")):
                if (imult or n1)[-1] in "万亿萬億" and _COUNTED_RE.match(view, m.start("unit")):
                    hits.append(Hit(m, None, m.start("unit"), n1, n2, u1, None, inside, None,
                                    None, imult))  # "2亿人口"
                continue
            if u1 is not None and unit_excluded(view, u1, m.end("u1")):
                continue
            info: UnitInfo | None = UNITS[unit]
            if per and info.kind != "quantity":  # "0.31元/千瓦时": the price, not the basis
                per, after, end = None, None, m.end("unit")
        elif pctof:
            info = UNITS[U.PERCENT_SIGNS[0]]
        else:
            info = None  # a counted noun without classifier ("2亿用户")
        hits.append(Hit(m, info, end, n1, n2, u1, unit, inside, after or after2, pctof,
                        imult, per))
    _cache = (view, hits)
    return hits


_PRE_LAST = frozenset(w[-1] for w in Q.BEFORE)
_FAR_WORDS = re.compile(alternation(Q.BEFORE_AT_DISTANCE))


def prefix(hit: Hit) -> tuple[str | None, str | None, int]:
    """The qualifier before a hit, read backwards from it: (word, distant word, start)."""
    start = hit.match.start()
    if start == 0:
        return None, None, start
    view = hit.match.string
    before = view[start - 1] if view[start - 1] != "\n" or start < 2 else view[start - 2]
    lo = max(0, start - 14)
    if before in _PRE_LAST or _FAR_WORDS.search(view, lo, start):
        p = _PREFIX_RE.match(view, lo, start)
        if p is not None:
            return p.group("pre"), p.group("far"), p.start()
    return None, None, start


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
        return True  # "近百家", and "百分之百"
    return text[0].isdigit() or is_chinese_numeral(text)


def _multiplier_of(numeral: str) -> Decimal:
    m = Decimal(1)
    for ch in reversed(numeral):
        if ch not in MULTIPLIERS:
            break
        m *= MULTIPLIERS[ch]
    return m


def resolve_amount(hit: Hit, factor: Decimal = Decimal(1),
                   pre: tuple[str | None, str | None, int] | None = None) -> Amount | None:
    """Values, range and qualifier of one hit; None when a numeral is not a number."""
    n1, n2, inside, after, u1 = hit.n1, hit.n2, hit.inside, hit.after, hit.u1
    pre_word, far_word, start = pre or prefix(hit)
    qualified = bool(pre_word or far_word or inside or hit.pctof)
    if not _numeral_ok(n1, qualified) or (n2 and not _numeral_ok(n2)):
        return None
    if in_quoted_name(hit.match.string, hit.match.start("n1")):
        return None
    try:
        v1 = parse_number(n1)
        v2 = parse_number(n2) if n2 else None
    except NumeralError:
        return None
    qualifier = None
    for word, table in ((after, Q.AFTER),
                        (inside, Q.INSIDE), (pre_word, Q.BEFORE),
                        (far_word, Q.BEFORE_AT_DISTANCE)):
        if word:
            qualifier = table[word]
    imult = Decimal(MULTIPLIERS[hit.imult]) if hit.imult else Decimal(1)
    if v2 is None:
        return Amount(v1 * imult * factor, None, None, qualifier, start, hit.end)
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
