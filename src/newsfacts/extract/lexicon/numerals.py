"""Numeral tables: the characters Chinese writes numbers with, and what they are worth.

Kept as data so that a missing form (壹, 萬, 〇) is a one-line fix covered by a test.
"""

from __future__ import annotations

#: digit characters -> value (simplified, traditional and financial forms)
DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "貳": 2, "贰": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}

#: units inside a section (十二, 三千五百)
SMALL_UNITS: dict[str, int] = {
    "十": 10, "拾": 10,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
}

#: section units (三千五百万, 十二万五千, 一点五亿)
BIG_UNITS: dict[str, int] = {
    "万": 10**4, "萬": 10**4,
    "亿": 10**8, "億": 10**8,
}

#: multipliers written after Arabic digits ("1.5亿", "3千万", "11,089.14亿")
MULTIPLIERS: dict[str, int] = {**SMALL_UNITS, **BIG_UNITS}

#: the decimal point of Chinese numerals (一点五亿)
DECIMAL_POINT = "点"

#: a 千 followed by these is the start of a unit (千瓦时, 千米, 千克), not a multiplier
UNIT_AFTER_THOUSAND: tuple[str, ...] = ("瓦", "米", "克", "帕", "伏", "赫", "卡", "字节")
