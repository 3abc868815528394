"""Units of numeric facts: currencies, classifiers, measurement units, counted nouns.

Each table maps the written form to what the record stores: currencies to ISO codes,
quantity units to ``(unit, factor)`` so "5万吨" is 50000 吨 and "3千米" 3 公里 stays apart.
"""

from __future__ import annotations

#: currency words -> ISO 4217 code
CURRENCIES: dict[str, str] = {
    "元": "CNY", "人民币": "CNY", "元人民币": "CNY", "块钱": "CNY",
    "美元": "USD", "美金": "USD",
    "港元": "HKD", "港币": "HKD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "韩元": "KRW",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "瑞士法郎": "CHF",
    "卢布": "RUB",
    "新台币": "TWD",
    "澳门元": "MOP",
    "泰铢": "THB",
    "印度卢比": "INR",
}

#: a currency word followed by one of these is part of another word (二元结构, 元素)
CURRENCY_NOT_BEFORE: tuple[str, ...] = (
    "化", "素", "论", "宵", "旦", "器件", "次方", "结构", "复始",
)

#: classifiers of counts (longest first when matched); the record's ``unit``
CLASSIFIERS: tuple[str, ...] = (
    "人次", "车次", "架次", "户次", "批次", "层",
    "个", "项", "家", "所", "座", "台", "辆", "件", "次", "人", "名", "位", "篇", "部",
    "条", "场", "种", "类", "款", "套", "只", "头", "艘", "架", "处", "张", "本", "册",
    "户", "间", "栋", "支", "期", "届", "例", "枚", "颗", "份", "笔", "宗", "起", "股",
    "批", "组", "所", "片", "根", "节", "段", "站", "路", "趟", "轮", "道", "门", "列",
    "级", "碗", "杯", "瓶", "盒", "棵", "株", "匹", "对", "双", "单", "尾",
)

#: classifiers that make a single Chinese digit an ordinal ("二期工程", "三级医院");
#: only the cardinal 两 counts with them ("两级财政")
ORDINAL_CLASSIFIERS: tuple[str, ...] = ("期", "级")
CARDINAL_DIGITS: tuple[str, ...] = ("两",)

#: a lone digit that, before any classifier but those of people, makes an ordinal or a
#: compound, the cardinal being 两 ("二次消费", "二类", "二轮" against "两次", "两类");
#: "二人" and "二位" are cardinals of the written language
ORDINAL_DIGITS: tuple[str, ...] = ("二",)
PEOPLE_CLASSIFIERS: tuple[str, ...] = ("人", "名", "位")

#: classifiers of a rank after 前 ("位列前四位", "前10名")
RANK_CLASSIFIERS: tuple[str, ...] = ("位", "名")

#: a classifier followed by one of these is the start of another word ("3部门" is not 3 部)
CLASSIFIER_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "个": ("百分点", "月", "工作日", "小时"),
    "家": ("庭", "属", "长", "乡", "园", "居", "电"),
    "部": ("门", "署", "分", "委"),
    "位": ("数", "置", "于", "居"),
    "名": ("单", "称", "义", "字", "列", "额", "牌"),
    "条": ("件", "例", "款"),
    "所": ("有", "以", "在", "属", "谓", "得", "长"),
    "人": ("民", "才", "员", "口", "工", "均", "士", "次"),
    "次": ("方", "要", "贷"),
    "股": ("份", "东", "票", "市", "权"),
    "道": ("路",),
    "门": ("类", "户", "槛"),
    "路": ("线", "段", "径"),
    "站": ("点", "台"),
    "本": ("地", "次", "金", "市", "届", "科"),
    "台": ("湾", "阶"),
    "尾": ("声", "款", "号", "气", "矿", "数", "盘", "部", "端", "货", "水", "灯", "段", "随"),
    "头": ("部",),
    "张": ("力",),
    "起": ("步", "来", "点"),
    "场": ("景", "所", "地", "馆"),
    "类": ("似", "型"),
    "种": ("类", "植", "子"),
    "处": ("理", "于", "长"),
    "节": ("能", "点", "约"),
    "件": ("事",),
    "列": ("车",),
    "只": ("有", "是", "要", "能"),
    "项": ("目",),
    "对": ("于", "外", "接", "标", "象", "比", "话", "此", "其"),
    "双": ("方", "向", "边", "创", "循", "碳"),
    "期": ("间", "限", "货", "末", "初", "望", "待", "工程", "项目"),
    "级": ("别", "市", "政府"),
    "单": ("位", "价", "元", "独", "一", "据", "身", "调", "词", "纯", "向", "边", "品", "次",
           "体", "量", "产", "车", "间", "项"),
}

#: measurement units -> (unit stored in the record, factor applied to the value)
QUANTITY_UNITS: dict[str, tuple[str, int]] = {
    "TB": ("TB", 1), "PB": ("PB", 1), "GB": ("GB", 1), "EB": ("EB", 1), "MB": ("MB", 1),
    "吨": ("吨", 1), "斤": ("斤", 1), "公斤": ("公斤", 1), "千克": ("千克", 1), "克": ("克", 1),
    "公里": ("公里", 1), "千米": ("公里", 1), "米": ("米", 1), "厘米": ("厘米", 1),
    "毫米": ("毫米", 1), "纳米": ("纳米", 1),
    "平方公里": ("平方公里", 1), "平方米": ("平方米", 1), "公顷": ("公顷", 1), "亩": ("亩", 1),
    "立方米": ("立方米", 1), "方": ("立方米", 1), "升": ("升", 1),
    "千瓦时": ("千瓦时", 1), "度电": ("千瓦时", 1), "千瓦": ("千瓦", 1), "兆瓦": ("兆瓦", 1),
    "吉瓦": ("吉瓦", 1), "kWh": ("千瓦时", 1), "kW": ("千瓦", 1), "MW": ("兆瓦", 1),
    "GW": ("吉瓦", 1),
    "标准箱": ("标准箱", 1), "TEU": ("标准箱", 1),
    "岁": ("岁", 1),
    "瓦时/千克": ("瓦时/千克", 1), "兆瓦时": ("兆瓦时", 1), "吨标准煤": ("吨标准煤", 1),
    "小时": ("小时", 1), "个小时": ("小时", 1), "分钟": ("分钟", 1), "天": ("天", 1),
    "个月": ("月", 1), "月": ("月", 1), "年": ("年", 1), "度": ("度", 1),
    "微克": ("微克", 1), "毫克": ("毫克", 1),
}

#: what a quantity is counted per ("48.5万吨/日", "28微克/立方米", "120公里/小时"): the
#: stored unit becomes "吨/日"; a price per unit ("0.31元/千瓦时") stays money in its
#: currency, the basis left out of its span (the record's money unit is an ISO code)
RATE_BASES: tuple[str, ...] = (
    "日", "天", "年", "月", "周", "小时", "时", "分钟", "秒",
    "立方米", "平方米", "平方公里", "升", "千克", "公斤", "吨", "公里", "千米", "亩",
    "千瓦时", "人", "户",
)

#: units only read as quantities after these inside words ("一个多月"; "3月" is a date)
QUANTITY_NEEDS_INSIDE: dict[str, tuple[str, ...]] = {"月": ("个多", "个余")}

#: units only read as quantities after a qualifier ("不超过2年"; "3年来" is a period) or
#: in a range of durations ("1至3年"; a range of four-digit years, "2023至2025年", is a date)
QUANTITY_NEEDS_QUALIFIER: tuple[str, ...] = ("年",)
#: words right before a number that say it is a length of time, as a qualifier would
#: ("期限长达25年", "为期3年", "有效期5年"); they add no qualifier and stay out of the text
DURATION_LEADS: tuple[str, ...] = ("长达", "为期", "期限", "期限为", "有效期", "有效期为")
#: units of a length of time: after a horizon lead, or before 内, such a length is a
#: period, not a measured quantity
TIME_UNITS: tuple[str, ...] = ("天", "小时", "个小时", "分钟", "个月", "月", "年")
#: words right before a number that make a length of time the horizon of a forecast or a
#: plan ("未来3天", "今后两年") or the first stretch of a year ("今年前两个月"): a period
HORIZON_LEADS: tuple[str, ...] = ("未来", "今后", "前")
#: words ending in a horizon lead that are none: "提前3天" moves a date by a length of time
HORIZON_LEAD_NOT: tuple[str, ...] = ("提前",)
YEAR_DIGITS = 4

#: a quantity unit followed by these is another word ("3米高"' stays; "方面", "方式" do not)
QUANTITY_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "方": ("面", "式", "案", "向", "法", "位", "便", "能", "正", "阵", "针"),
    "米": ("饭", "粉"),
    "克": ("服", "隆", "制"),
    "升": ("级", "值", "温", "高", "至"),
    "岁": ("月",),
    # "两天内", "24小时内": a span within which something happens, a period ("15天以内"
    # stays a quantity, 以内 its qualifier)
    "天": ("然", "津", "下", "空", "地", "气", "价", "内"),
    "小时": ("候", "内"),
    "个小时": ("内",),
    "分钟": ("内",),
    "个月": ("内",),
    # "还需要3—5年时间": a stretch of time, a period
    "年": ("来", "以来", "间", "前", "后", "内", "级", "度", "代", "底", "末", "初", "时间"),
}

#: nouns counted without a classifier ("2亿用户"): a count with unit null
COUNTED_NOUNS: tuple[str, ...] = (
    "用户", "网民", "人口", "游客", "旅客", "观众", "粉丝", "会员", "居民", "农户", "客户",
    "市场主体", "中小企业", "企业", "党员", "职工", "学生", "患者", "读者", "乘客", "群众",
    "老人", "儿童", "农民", "员工", "消费者",
)

#: nouns counted by a small number without classifier ("上述四国"): a count with unit null
COUNTED_SHORT_NOUNS: tuple[str, ...] = ("国",)

#: percent signs and words ("%", "％" folds to "%"; 百分之三十; 三成; 个百分点)
PERCENT_SIGNS: tuple[str, ...] = ("%",)
PERCENT_WORDS: dict[str, str] = {
    "percent_of": "百分之", "tenths": "成", "points": "个百分点", "times": "倍",
}

#: idioms that start with a tenths amount but state none ("一成不变")
TENTHS_IDIOMS: tuple[str, ...] = ("一成不变", "一成不易")

#: 成 followed by these is another word (成为, 成本, 成果), not tenths
PERCENT_NOT_AFTER_TENTHS: tuple[str, ...] = (
    "为", "员", "本", "果", "功", "立", "都", "长", "熟", "交", "绩", "型", "品", "效", "就",
    "败", "片", "群", "批", "套", "规", "年", "人", "分", "色", "全",
)
