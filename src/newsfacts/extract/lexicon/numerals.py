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

#: digits that never begin a number unless a decimal follows ("零点五" is 0.5; "零部件",
#: "零售", "零件" are words)
ZERO_DIGITS: tuple[str, ...] = ("零", "〇", "○")

#: idioms (成语 and set phrases) whose numerals state no amount: nothing inside them is a
#: fact ("货比三家" is no count of 3 家, "三天两头" no quantity of 3 天)
NUMERAL_IDIOMS: tuple[str, ...] = (
    "货比三家", "三番五次", "三番两次", "一五一十", "千差万别", "七上八下", "三人成虎",
    "三人行", "三天两头", "三天打鱼两天晒网", "三头六臂", "四面八方", "说三道四",
    "五花八门", "三个臭皮匠", "两条腿走路", "三位一体", "四位一体", "五位一体", "三座大山",
    "九层之台", "三碗不过岗", "一举两得", "五湖四海", "半斤八两", "十拿九稳", "举一反三",
    "三言两语", "九牛一毛", "千方百计", "一日千里", "三心二意", "一石二鸟", "七嘴八舌",
    "万无一失", "百里挑一", "九死一生", "三长两短", "接二连三", "一波三折", "乱七八糟",
    "颠三倒四", "丢三落四", "一干二净", "一清二楚", "三令五申", "三五成群", "千军万马",
    "千家万户", "一箭双雕", "两全其美", "四分五裂", "横七竖八", "七零八落", "百发百中",
    "十全十美", "三足鼎立", "两面三刀", "一年半载", "三年五载", "一朝一夕", "千篇一律",
    "万紫千红", "一本万利", "五颜六色", "四通八达", "七手八脚", "八九不离十", "一分为二",
    "三生有幸", "一刀两断", "一传十十传百", "千秋万代", "万人空巷", "三顾茅庐", "八面玲珑",
    "六神无主", "五体投地", "十万火急", "一问三不知", "三下五除二", "四平八稳", "三教九流",
    "七十二行", "三百六十行", "一而再再而三", "三更半夜", "一年四季", "一日三餐", "十年如一日",
)
