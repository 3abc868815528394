"""Dates and periods: "2022年" -> "2022", "2022年第三季度" -> "2022-Q3", "2021年1－5月" ->
"2021-01/2021-05", "2024年前三季度" -> "2024-Q1/2024-Q3", "2024年前5个月" ->
"2024-01/2024-05", "3月28日" -> "--03-28" (or a full date when the publication date is known);
relative periods (去年底, 4年来, 前不久) are kind ``period``, resolved when the date is known.
"""

from __future__ import annotations

import datetime as dt
import re

import regex

from newsfacts.extract.amounts import SEP, alternation
from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon.periods import (
    PERIOD_NOT_AFTER,
    PERIOD_NOT_BEFORE,
    RELATIVE_PERIODS,
    TIME_POINT_SUFFIXES,
    YEAR_PARTS,
    YEAR_SUFFIX_NOT_A_YEAR,
    YEARS_AFTER,
    YEARS_AHEAD,
    YEARS_BEFORE,
)
from newsfacts.extract.numerals import NumeralError, parse_number
from newsfacts.extract.patterns import trie
from newsfacts.extract.registry import register

_Y = r"(?:1[89]\d{2}|20\d{2}|[〇零○一二三四五六七八九]{4})"
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_D = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_PART = trie(YEAR_PARTS)
_NOT_YEAR = alternation(YEAR_SUFFIX_NOT_A_YEAR)
_POINT = alternation(TIME_POINT_SUFFIXES)
_Q = r"[一二两三四1-4]"
_SMALL = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})"

#: a date has 年 or 月 within a few characters of its first digit: a cheap test first
_DATE_AHEAD = r"(?=[\d〇零○一二三四五六七八九十]{1,4}(?:年|月|\s?(?:[-~〜—–至到]|——)))"
_DATE = (
    rf"{_DATE_AHEAD}(?<![\d.])(?:"
    rf"(?P<ry>{_Y})年(?P<rm1>{_M})月(?P<rd1>{_D})[日号]{SEP}(?:(?P<rm2>{_M})月)?(?P<rd2>{_D})[日号]"
    rf"|(?P<rom1>{_M})月(?P<rod1>{_D})[日号]{SEP}(?:(?P<rom2>{_M})月)?(?P<rod2>{_D})[日号]"
    rf"|(?P<y1>{_Y})年?\s?{SEP}\s?(?P<y2>{_Y})年"
    rf"|(?P<y>{_Y})年(?:"
    rf"前(?P<qn>{_Q})个?季度"
    rf"|第?(?P<q1>{_Q})\s?(?:{SEP}|、)\s?第?(?P<q2>{_Q})季度"
    rf"|前(?P<mn>{_M}|两)个月"
    rf"|(?P<m1>{_M})\s?{SEP}\s?(?P<m2>{_M})月"
    rf"|(?P<m>{_M})月(?:(?P<d>{_D})[日号]|{_POINT})?"
    rf"|(?P<part>{_PART})"
    rf"|(?P<fy>度)"
    rf"|{_POINT}"
    rf"|(?!{_NOT_YEAR}))"
    rf"|(?P<om>{_M})月(?P<od>{_D})[日号]"
    rf")"
)
_PERIOD = (
    rf"(?P<word>{trie(RELATIVE_PERIODS)})"
    rf"|(?:{alternation(YEARS_BEFORE)})(?P<back>{_SMALL})年(?!代)"
    rf"|(?<![\d第])(?P<since>{_SMALL})年(?:{alternation(YEARS_AFTER)})"
    rf"|(?:{alternation(YEARS_AHEAD)})(?P<ahead>{_SMALL})年"
)
#: every character a date or a period can start with (the scan skips the rest at C speed)
_FIRST = "[\\d" + regex.escape("".join(sorted(
    set("〇零○一二三四五六七八九十两")
    | {w[0] for w in (*RELATIVE_PERIODS, *YEARS_BEFORE, *YEARS_AHEAD)}))) + "]"
#: dates and periods in one pass (a date and a period never share characters); compiled by
#: the standard library, which with the lookahead scans news text about twice as fast; no
#: date or period starts at a digit inside a number
TIME_RE = re.compile(f"(?={_FIRST})(?!(?<=[\\d.])\\d)(?:{_DATE}|{_PERIOD})")
_PERIOD_GROUPS = ("word", "back", "since", "ahead")


def _int(text: str) -> int:
    return int(parse_number(text))


def _year(text: str) -> int:
    return int(parse_number(text))


def resolve_date(m: re.Match[str], published: dt.date | None) -> Found | None:
    """One match -> a date ``Found`` with the ISO-like ``date``; None when out of range."""
    g = m.groupdict()
    end = m.end()
    try:
        if g["ry"] or g["rom1"]:
            date = _day_range(g, published)
            if date is None:
                return None
            rule = "date.day_range.v1"
        elif g["y"]:
            y = _year(g["y"])
            if g["qn"] or g["q1"]:
                q1, q2 = (1, _int(g["qn"])) if g["qn"] else (_int(g["q1"]), _int(g["q2"]))
                if 1 <= q1 < q2 <= 4:
                    date, rule = f"{y}-Q{q1}/{y}-Q{q2}", "date.quarter_range.v1"
                else:  # "2022年前一季度": the year alone
                    date, rule, end = f"{y}", "date.year.v1", m.end("y") + 1
            elif g["mn"]:
                mn = _int(g["mn"])
                if 2 <= mn <= 12:
                    date, rule = f"{y}-01/{y}-{mn:02d}", "date.month_range.v1"
                else:
                    date, rule, end = f"{y}", "date.year.v1", m.end("y") + 1
            elif g["m1"]:
                m1, m2 = _int(g["m1"]), _int(g["m2"])
                if not 1 <= m1 < m2 <= 12:
                    return None
                date, rule = f"{y}-{m1:02d}/{y}-{m2:02d}", "date.month_range.v1"
            elif g["m"]:
                mo = _int(g["m"])
                if g["d"]:
                    date, rule = dt.date(y, mo, _int(g["d"])).isoformat(), "date.day.v1"
                else:
                    date, rule = f"{y}-{mo:02d}", "date.month.v1"
            elif g["part"]:
                date, rule = f"{y}-{YEAR_PARTS[g['part']]}", "date.part.v1"
            else:
                date, rule = f"{y}", "date.year.v1"
            if not 1800 <= y <= 2100:
                return None
        elif g["y1"]:
            y1, y2 = _year(g["y1"]), _year(g["y2"])
            if not y1 < y2:
                return None
            date, rule = f"{y1}/{y2}", "date.year_range.v1"
        else:
            mo, d = _int(g["om"]), _int(g["od"])
            dt.date(2000, mo, d)  # validates (2000 is a leap year)
            date, rule = f"--{mo:02d}-{d:02d}", "date.day.v1"
            if published is not None:
                year = published.year
                if (mo, d) > (published.month, published.day):
                    year -= 1
                date = dt.date(year, mo, d).isoformat()
    except (ValueError, NumeralError):
        return None
    return Found("date", m.start(), end, rule, {"date": date})


def _day_range(g: dict, published: dt.date | None) -> str | None:
    """"1月28日至2月4日" -> "--01-28/--02-04" (full dates with a year or publication date)."""
    m1 = _int(g["rm1"] or g["rom1"])
    d1 = _int(g["rd1"] or g["rod1"])
    m2 = _int(g["rm2"] or g["rom2"]) if (g["rm2"] or g["rom2"]) else m1
    d2 = _int(g["rd2"] or g["rod2"])
    if (m2, d2) <= (m1, d1):
        return None
    dt.date(2000, m1, d1), dt.date(2000, m2, d2)  # validate
    year = _year(g["ry"]) if g["ry"] else None
    if year is None and published is not None:
        year = published.year - (1 if (m1, d1) > (published.month, published.day) else 0)
    if year is None:
        return f"--{m1:02d}-{d1:02d}/--{m2:02d}-{d2:02d}"
    return f"{dt.date(year, m1, d1).isoformat()}/{dt.date(year, m2, d2).isoformat()}"


def resolve_period(m: re.Match[str], published: dt.date | None) -> Found:
    """One match -> a period ``Found``; ``date`` resolved from ``published`` when known."""
    g = m.groupdict()
    date = None
    if g["word"]:
        how, offset = RELATIVE_PERIODS[g["word"]]
        rule = f"period.{how}.v1"
        if published is not None:
            y = published.year + offset
            date = {
                "year": f"{y}", "year_end": f"{y}-12", "year_start": f"{y}-01",
                "now": published.isoformat(), "vague": None,
                "month": _shift_month(published, offset),
                "half1": f"{y}-H1", "half2": f"{y}-H2", "quarters3": f"{y}-Q1/{y}-Q3",
            }[how]
    else:
        n = _int(g["back"] or g["since"] or g["ahead"])
        rule = "period.years.v1"
        if published is not None:
            y = published.year
            date = f"{y}/{y + n}" if g["ahead"] else f"{y - n}/{y}"
    return Found("period", m.start(), m.end(), rule, {"date": date})


def _shift_month(d: dt.date, offset: int) -> str:
    months = d.year * 12 + d.month - 1 + offset
    return f"{months // 12}-{months % 12 + 1:02d}"


_cache: tuple[str, list[re.Match[str]], list[re.Match[str]]] | None = None
_PERIOD_GROUP_IDS = tuple(TIME_RE.groupindex[g] for g in _PERIOD_GROUPS)
_MISS = object()
#: (surface, publication date) -> (rule, date, end offset) or None: dates repeat, and their
#: values follow from the surface and the publication date alone
_memo: dict[tuple, tuple | None] = {}
_MEMO_MAX = 20_000


def _scan(view: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Date matches and period matches of one pass over ``view`` (cached for the last text)."""
    global _cache
    if _cache is None or _cache[0] is not view:
        dates, periods = [], []
        for m in TIME_RE.finditer(view):
            (periods if any(m.group(*_PERIOD_GROUP_IDS)) else dates).append(m)
        _cache = (view, dates, periods)
    return _cache[1], _cache[2]


def _resolved(kind: str, m: re.Match[str], published: dt.date | None) -> Found | None:
    """``resolve_date`` or ``resolve_period`` of one match, once per distinct surface."""
    key = (kind, m.group(), published)
    r = _memo.get(key, _MISS)
    if r is _MISS:
        if len(_memo) >= _MEMO_MAX:
            _memo.clear()
        f = (resolve_date if kind == "date" else resolve_period)(m, published)
        r = _memo[key] = None if f is None else (f.rule, f.fields["date"], f.end - f.start)
    if r is None:
        return None
    start = m.start()
    return Found(kind, start, start + r[2], r[0], {"date": r[1]})


def find_dates(ctx: Context) -> list[Found]:
    """Every absolute date, month, quarter, half-year and year in the text."""
    out = []
    for m in _scan(ctx.view)[0]:
        f = _resolved("date", m, ctx.published)
        if f is not None:
            out.append(f)
    return out


def is_time_word(view: str, m: re.Match[str]) -> bool:
    """A relative word that is a time here, not part of another word ("登上月球", "应当前往",
    "说明年轻人", "节日前"): the neighbours listed in the period lexicon say no."""
    word = m.group("word")
    if word is None:
        return True
    start, end = m.span()
    if start and view[start - 1] in PERIOD_NOT_AFTER.get(word, ()):
        return False
    return not (end < len(view) and view[end] in PERIOD_NOT_BEFORE.get(word, ()))


def find_periods(ctx: Context) -> list[Found]:
    """Every relative or vague period (去年底, 4年来, 前不久, 近三年, 目前) that is a time."""
    view, published = ctx.view, ctx.published
    out = []
    for m in _scan(view)[1]:
        if is_time_word(view, m):
            f = _resolved("period", m, published)
            if f is not None:
                out.append(f)
    return out


register("date")(find_dates)
register("period")(find_periods)
