"""Time words: relative periods and the parts of a year, resolved against the publication date.

A relative period maps to a rule name that ``extract.dates`` applies to the publication
date: "去年底" -> ("year_end", -1) gives "2024-12" for an article of 2025.
"""

from __future__ import annotations

#: relative period word -> (rule, year offset); rules: year, year_end, year_start, now, vague
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "去年底": ("year_end", -1), "去年末": ("year_end", -1), "去年年底": ("year_end", -1),
    "去年年末": ("year_end", -1), "去年初": ("year_start", -1), "去年年初": ("year_start", -1),
    "去年": ("year", -1), "前年": ("year", -2), "今年": ("year", 0), "明年": ("year", 1),
    "今年以来": ("year", 0), "今年初": ("year_start", 0), "今年年初": ("year_start", 0),
    "年初": ("year_start", 0), "今年底": ("year_end", 0), "今年年底": ("year_end", 0),
    "年底": ("year_end", 0), "年末": ("year_end", 0), "明年底": ("year_end", 1),
    "目前": ("now", 0), "当前": ("now", 0), "眼下": ("now", 0), "如今": ("now", 0),
    "现阶段": ("now", 0),
    "上年末": ("year_end", -1), "上年底": ("year_end", -1), "上年": ("year", -1),
    "上半年": ("half1", 0), "下半年": ("half2", 0), "前三季度": ("quarters3", 0),
    "前不久": ("vague", 0), "日前": ("vague", 0), "近日": ("vague", 0), "近期": ("vague", 0),
    "此前": ("vague", 0), "近年来": ("vague", 0), "近些年": ("vague", 0), "不久前": ("vague", 0),
    "上月": ("month", -1), "本月": ("month", 0), "下月": ("month", 1),
}

#: "3年来", "近两年", "过去五年", "未来三年": word pattern -> direction (-1 back, +1 ahead)
YEARS_BEFORE: tuple[str, ...] = ("近", "过去", "最近", "这")
YEARS_AFTER: tuple[str, ...] = ("来", "以来", "多来")
YEARS_AHEAD: tuple[str, ...] = ("未来", "今后")

#: parts of a year after "2022年" or alone: word -> suffix of the ISO-like date
YEAR_PARTS: dict[str, str] = {
    "上半年": "H1", "下半年": "H2",
    "第一季度": "Q1", "第二季度": "Q2", "第三季度": "Q3", "第四季度": "Q4",
    "一季度": "Q1", "二季度": "Q2", "三季度": "Q3", "四季度": "Q4",
    "1季度": "Q1", "2季度": "Q2", "3季度": "Q3", "4季度": "Q4",
    "Q1": "Q1", "Q2": "Q2", "Q3": "Q3", "Q4": "Q4",
}

#: after "2025年" or "2024年6月": the year or month itself ("2025年底" -> "2025")
TIME_POINT_SUFFIXES: tuple[str, ...] = ("底", "末", "初", "上旬", "中旬", "下旬")

#: after "2024年": the year itself ("2024年度"); "年代" is a decade, not a year
YEAR_SUFFIX_NOT_A_YEAR: tuple[str, ...] = ("代", "级", "薪", "均", "轻", "龄", "限", "化")
