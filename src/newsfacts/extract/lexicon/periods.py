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
    "去年上半年": ("half1", -1), "去年下半年": ("half2", -1), "今年上半年": ("half1", 0),
    "今年下半年": ("half2", 0), "去年同期": ("year", -1), "上年同期": ("year", -1),
}

#: a relative word after one of these is part of another word, not a time: "登上月球",
#: "应当前往", "说明年轻人", "过去年均", "节日前", "接近日本", "因此前期"
PERIOD_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "上月": ("登", "奔", "飞", "送"),
    "当前": ("应", "理", "相", "当"),
    "明年": ("说", "证", "表", "声", "光", "文", "透", "阐", "查", "注", "标", "载", "聪",
             "发", "英", "指", "照", "分", "鲜", "精", "清", "简", "申", "公", "开", "神"),
    "去年": ("过", "失", "回", "除"),
    "上年": ("马", "赶", "爬", "跟"),
    "日前": ("节", "假", "生", "作", "期", "周", "念", "每", "当", "同", "次", "某",
             "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "十", "一", "二", "三", "四",
             "五", "六", "七", "八", "九"),
    "近日": ("接", "将", "靠", "贴", "逼", "临", "最"),
    "近期": ("接", "将", "靠", "贴", "逼", "临"),
    "此前": ("因", "如", "彼", "由", "对", "在", "从", "至", "据", "为"),
    "本月": ("日", "资", "成", "根", "基", "版", "剧", "课", "账", "样"),
}

#: a relative word before one of these is part of another word: "上年纪", "如今年轻人",
#: "上月球", "近日本", "当前往"
PERIOD_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "上年": ("纪", "龄", "轻"),
    "今年": ("轻", "龄", "纪"),
    "明年": ("轻", "龄", "纪", "代"),
    "去年": ("轻", "龄", "纪", "代"),
    "上月": ("球", "亮", "饼", "光", "台", "色"),
    "近日": ("本", "常", "益", "均", "照"),
    "近期": ("望", "待", "货", "限"),
    "当前": ("往", "去", "来"),
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
