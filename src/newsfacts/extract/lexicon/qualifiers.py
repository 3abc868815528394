"""Qualifier and range words, mapped to the record vocabulary.

The qualifier word is part of a fact's text ("超9亿元", "230余台", "20个以上"); the words in
``NEUTRAL`` ("达", "合计") state the amount exactly and add no qualifier.
"""

from __future__ import annotations

#: words written before the number
BEFORE: dict[str, str] = {
    "超过": "over", "超": "over", "逾": "over", "突破": "over",
    "近": "nearly", "接近": "nearly", "将近": "nearly",
    "约": "approx", "大约": "approx", "约为": "approx", "约占": "approx",
    # "约有4亿人": 约 governs the figure across 有
    "约有": "approx", "大约有": "approx",
    "不少于": "at_least", "至少": "at_least", "不低于": "at_least",
    "不足": "under", "不到": "under", "低于": "under",
    "不超过": "at_most", "最高": "at_most", "最多": "at_most", "至多": "at_most",
    "最高达": "at_most", "最多达": "at_most", "最高可达": "at_most", "不高于": "at_most",
}

#: words ending in a qualifier of ``BEFORE`` that are no qualifier ("节约6亿元" saves 6亿元
#: exactly; "签约3个项目" signs three)
NOT_BEFORE: tuple[str, ...] = (
    "节约", "签约", "违约", "预约", "履约", "制约", "特约", "合约", "公约", "条约", "赶超",
)

#: qualifiers that may stand a few words before the number ("最高补贴2000元",
#: "最多卖出腊肉3.2万斤", "不低于多年平均流量的10%"); the words between are part of the
#: fact's text
BEFORE_AT_DISTANCE: dict[str, str] = {
    "最高": "at_most", "最多": "at_most", "不超过": "at_most",
    "不低于": "at_least", "不少于": "at_least",
}
#: how many characters may stand between such a qualifier and its number
DISTANCE_MAX = 8

#: words between the number and its unit ("230余台", "20多家", "2万余元")
INSIDE: dict[str, str] = {"余": "over", "多": "over", "个多": "over", "个余": "over"}

#: a lone 百/千/万 is a number only after a qualifier ("近百家", "逾百台")
ROUND_AFTER_QUALIFIER: tuple[str, ...] = ("百", "千", "万", "亿")

#: words after the unit ("20个以上", "25分钟左右", "40分钟以内")
AFTER: dict[str, str] = {
    "以上": "at_least", "及以上": "at_least",
    "左右": "approx",
    "以下": "at_most", "及以下": "at_most", "以内": "at_most",
}

#: words that state the amount as it is: kept out of the fact's text, no qualifier
NEUTRAL: tuple[str, ...] = ("达", "高达", "合计", "共计", "累计", "达到")

#: separators of a range ("500万～2000万元", "12.8亿元-14.1亿元", "230亿元到270亿元");
#: matched on the width-folded view, where ～ is "~" and － is "-"
RANGE_SEPARATORS: tuple[str, ...] = ("~", "〜", "-", "—", "——", "–", "至", "到")
