"""Words that tie a number to what it measures: trimmed off subjects, metric heads, markers.

"其中市级财政投入18.2亿元" has subject 市级财政投入 once "其中" is trimmed; "资金占比分别为…"
has the metric 资金占比; "其中" marks the parts of the total before it.
"""

from __future__ import annotations

#: words trimmed from the start of a subject ("其中横向经费" -> "横向经费")
SUBJECT_LEAD: tuple[str, ...] = (
    "其中", "此次", "本次", "共", "已", "已经", "累计", "全年", "同时", "另外", "此外", "以及",
    "并", "其", "总计", "合计", "实现", "完成", "今年", "全市", "目前", "从", "在",
    "该行", "该公司", "和", "及", "与", "但", "而", "约", "达", "此", "还", "将", "预计", "计划",
    "所在", "当时", "当日", "当天", "有望", "可望", "或将",
)

#: characters after which a lead word of ``SUBJECT_LEAD`` is part of the subject: "其余领域",
#: "其他费用" keep their 其 (not "余领域", "他费用")
LEAD_NOT_BEFORE: dict[str, str] = {"其": "余他它"}

#: words trimmed from the end of a subject ("资助强度为" -> "资助强度")
SUBJECT_TAIL: tuple[str, ...] = (
    "约为", "分别为", "分别是", "分别", "为", "是", "达到", "达", "高达", "共计", "合计",
    "累计", "总计", "实现", "完成", "获得", "在", "有", "共", "已", "约", "将", "可", "的",
    "超过", "超", "至", "到", "增至", "提升至", "提高至", "降至", "下降至", "有望", "可望",
    "或将", "从",
)

#: words that tie a time to what follows ("预计到2027年有望…"): dropped with the time when
#: asking whether a clause names anything
TIME_PREPOSITIONS: tuple[str, ...] = ("截至", "截止到", "截止", "到", "至", "于", "在")

#: verbs of earning: what they measure is an income, named by the time it is earned in
#: ("一年能挣三万元" -> 年收入, "每个月赚六千元" -> 月收入; without a time: 收入)
EARN_VERBS: tuple[str, ...] = (
    "挣", "赚", "挣到", "赚到", "挣了", "赚了", "挣得", "赚得", "赚取", "挣回", "赚回",
)
EARN_BASES: dict[str, str] = {
    "一年": "年收入", "每年": "年收入", "全年": "年收入", "一整年": "年收入",
    "一个月": "月收入", "每个月": "月收入", "每月": "月收入",
    "一天": "日收入", "每天": "日收入", "一季": "季收入", "每季": "季收入",
}
EARN_DEFAULT: str = "收入"

#: verbs right before an amount that name what it measures as a noun ("借了45万元" -> 借款,
#: "花了3000元" -> 花费); a payer's own spending is what the payer pays himself
#: ("自己只花了2000元" -> 个人自付)
VERB_NOUNS: dict[str, str] = {
    "借了": "借款", "借到": "借款", "借到了": "借款", "贷了": "贷款", "花了": "花费",
    "花掉": "花费", "花掉了": "花费", "花费了": "花费", "掏了": "花费", "付了": "花费",
    # a bare 花 only after an adverb: "鲜花300元" is a price, "一个月也就花300元" spending
    "就花": "花费", "只花": "花费", "才花": "花费", "要花": "花费", "得花": "花费",
}
SELF_PAYERS: tuple[str, ...] = ("自己", "个人", "本人")
SELF_PAID: str = "个人自付"
#: verbs of ``VERB_NOUNS`` that spend: after a payer of ``SELF_PAYERS`` they give ``SELF_PAID``
SPEND_VERBS: tuple[str, ...] = (
    "花了", "花掉", "花掉了", "花费了", "掏了", "付了", "就花", "只花", "才花", "要花", "得花",
)

#: "为62家企业融资4亿元", "为1.38万名老人支付待遇2.1亿元": after 为 (向, 给) and a count,
#: the counted noun is whom the money serves; what is measured starts at its verb
BENEFICIARY_MARKERS: tuple[str, ...] = ("为", "向", "给", "帮助")
SERVICE_VERBS: tuple[str, ...] = (
    "融资", "支付", "发放", "提供", "放贷", "贷款", "减免", "赔付", "理赔", "补贴", "节省",
    "节约", "授信", "兑付", "拨付", "垫付", "报销",
)

#: words right after an amount that never start its object ("从8亿元至18亿元不等")
NOT_OBJECT: tuple[str, ...] = ("用于", "的", "以", "将", "不等")

#: nouns of a payment that follow the amount they measure ("每餐可享受3至5元补贴" -> 补贴,
#: "政府按每餐2元给运营补贴" -> 运营补贴): the amount is that payment, not whoever pays it
PAYMENT_NOUNS: tuple[str, ...] = (
    "补贴", "补助", "奖补", "奖励", "奖金", "津贴", "分红", "红包", "补偿", "待遇", "资助",
)
#: words that may stand between an amount and its payment noun ("2元给运营补贴",
#: "按每人3000元的标准给予补贴")
PAYMENT_LINKS: tuple[str, ...] = (
    "的标准给予", "的标准发放", "标准给予", "标准发放", "给予", "发放", "给", "作为",
)

#: modal verbs dropped from a subject before a verb of receiving ("每亩每年可分得收益" ->
#: 每亩每年分得收益): the amount is what is received, not what may be; "可支配收入" keeps
#: its 可, since 支配 is no verb of ``RECEIVE_VERBS``
MODALS: tuple[str, ...] = ("可以", "可", "能够", "能")
RECEIVE_VERBS: tuple[str, ...] = (
    "分得", "分到", "获得", "获", "领取", "领到", "享受", "得到", "拿到", "申领",
)

#: verbs after an amount that opens its clause and name where the money comes from
#: ("约30亿元来自政策性银行" -> 来自政策性银行)
SOURCE_VERBS: tuple[str, ...] = ("来自于", "来自", "来源于", "源自", "出自")

#: verbs that put what is measured after the amount ("完成5.6亿美元融资",
#: "给予50万元科研启动经费"): the noun after the amount is the subject
OBJECT_VERBS: tuple[str, ...] = (
    "完成", "给予", "安排", "投入", "获得", "发放", "争取", "吸引", "带动", "募集", "筹集",
    "拨付", "提供", "设立", "新增", "发行", "收到", "领到", "拿到",
)

#: verbs after which the measured noun is named ("…在福建实现保费收入217.5亿元" -> 保费收入;
#: "派发现金股利0.285元" -> 现金股利); with nothing after them the clause is kept whole
PREDICATE_VERBS: tuple[str, ...] = (
    "实现", "完成", "达到", "录得", "取得", "派发", "发放", "获得", "提供", "需要", "省下",
    "节省", "节约",
)

#: verbs of a price that follow what is priced ("H股收报每股14元" -> H股)
PRICE_VERBS: tuple[str, ...] = ("收报", "报收", "收于")

#: a basis before the amount; what is measured stands before it ("各区按每校…" -> 各区)
BASIS_MARKERS: tuple[str, ...] = ("按照", "按")

#: verbs that also name what is measured ("全区将再投入1.8亿元" -> 投入), after an adverb
NOMINAL_VERBS: tuple[str, ...] = ("投入", "投资", "融资", "补贴", "奖励", "资助")
AGENT_ADVERBS: tuple[str, ...] = ("将再", "再", "将", "拟", "已", "还", "又", "共")

#: a left context ending in these describes the noun after "amount 的": "拟以1亿元的自有资金"
#: (the means), "设立规模50亿元的母基金" (the size of what follows), "调拨价值80万元的药品"
#: (the worth of what follows)
DESCRIBES_NEXT: tuple[str, ...] = (
    "以", "用", "动用", "使用", "规模", "总规模", "首期规模", "价值", "总价值",
)

#: words that open what follows an amount but are not its subject ("用于", "设立")
RIGHT_LEAD: tuple[str, ...] = ("用于", "设立", "支持", "的", "以", "将", "和", "及", "与")

#: words a metric starts with, to split "涉农贷款余额增速" after the list's last item
METRIC_HEADS: tuple[str, ...] = (
    "项目", "支持", "数量", "占比", "资金", "贷款", "余额", "增速", "增长", "收入", "营收",
    "利润", "进度", "规模", "投资", "比重", "比例", "产值", "产量", "销量", "金额", "人数",
    "同比", "环比", "的",
)

#: metric words that end a percent's left context ("四级手术占比达到31.7%" -> metric 占比)
METRIC_TAILS: tuple[str, ...] = (
    "同比增长", "同比下降", "环比增长", "环比下降", "同比提高", "同比收窄", "占比", "比重",
    "比例", "增速", "增幅", "降幅", "增长", "下降", "提高", "提升", "收窄", "减少", "增加",
)

#: a left context starting with these compares with an earlier figure ("较上年末增长")
COMPARISON_LEAD: tuple[str, ...] = ("较", "比", "同比", "环比", "相比")

#: "其中" marks the parts of the total stated before it
PART_MARKERS: tuple[str, ...] = ("其中",)

#: "分别" (为, 是, 达, 占 …) aligns a list of values with a list of items
RESPECTIVELY: str = "分别"

#: separators of list items ("A、B、C和D")
LIST_SEPARATORS: tuple[str, ...] = ("、", "和", "及", "与", "以及")

#: characters that end the clause a subject is taken from (width-folded view)
CLAUSE_BREAKS: str = ",，;；:：。!！?？、\n()（）“”\""
