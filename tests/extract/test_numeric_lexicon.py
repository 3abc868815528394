"""Every entry of the numeric lexicon tables does what its table says, in a sentence."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from newsfacts.extract import Context, extract
from newsfacts.extract.attribution import _split_metric, clean_subject
from newsfacts.extract.lexicon import attribution as A
from newsfacts.extract.lexicon import numerals as N
from newsfacts.extract.lexicon import periods as P
from newsfacts.extract.lexicon import qualifiers as Q
from newsfacts.extract.lexicon import units as U
from newsfacts.extract.numerals import parse_number
from newsfacts.repair import fold_width

PUBLISHED = dt.date(2025, 2, 12)


def facts(text: str, kind: str, published: dt.date | None = None):
    ctx = Context(text=text, view=fold_width(text), sentences=[(0, len(text))],
                  published=published)
    return [f for f in extract(ctx) if f.kind == kind]


def only(text: str, kind: str, published: dt.date | None = None):
    found = facts(text, kind, published)
    assert len(found) == 1, [text[f.start:f.end] for f in found]
    return found[0]


@pytest.mark.parametrize(("char", "value"), N.DIGITS.items())
def test_digit(char: str, value: int) -> None:
    assert parse_number(char) == value


@pytest.mark.parametrize(("char", "value"), {**N.SMALL_UNITS, **N.BIG_UNITS}.items())
def test_multiplier(char: str, value: int) -> None:
    assert parse_number("3" + char) == 3 * value
    assert parse_number("三" + char) == 3 * value


@pytest.mark.parametrize("unit", N.UNIT_AFTER_THOUSAND)
def test_thousand_before_unit_is_not_a_multiplier(unit: str) -> None:
    found = facts(f"运距5千{unit}。", "money") + facts(f"运距5千{unit}。", "count")
    assert all(f.fields.get("value") != 5000 for f in found)


@pytest.mark.parametrize(("word", "code"), U.CURRENCIES.items())
def test_currency(word: str, code: str) -> None:
    f = only(f"金额为100{word}。", "money")
    assert (f.fields["value"], f.fields["unit"]) == (100, code)


@pytest.mark.parametrize("after", U.CURRENCY_NOT_BEFORE)
def test_currency_word_inside_other_words(after: str) -> None:
    assert facts(f"城乡二元{after}问题。", "money") == []


@pytest.mark.parametrize("cls", U.CLASSIFIERS)
def test_classifier(cls: str) -> None:
    f = only(f"共有两{cls}，另有12{cls}。", "count") if cls in U.ORDINAL_CLASSIFIERS else only(
        f"今年共有12{cls}。", "count")
    assert f.fields["unit"] == cls


@pytest.mark.parametrize(("cls", "after"), [
    (c, a) for c, words in U.CLASSIFIER_NOT_BEFORE.items() for a in words
])
def test_classifier_inside_other_words(cls: str, after: str) -> None:
    text = f"今年共有12{cls}{after}。"
    assert not any(f.fields["unit"] == cls and text[f.start:f.end] == f"12{cls}"
                   for f in facts(text, "count"))


@pytest.mark.parametrize("noun", U.COUNTED_NOUNS)
def test_counted_noun(noun: str) -> None:
    f = only(f"服务2亿{noun}。", "count")
    assert (f.fields["value"], f.fields["unit"]) == (200000000, None)


@pytest.mark.parametrize("noun", U.COUNTED_SHORT_NOUNS)
def test_counted_short_noun(noun: str) -> None:
    f = only(f"对上述四{noun}。", "count")
    assert (f.fields["value"], f.fields["unit"]) == (4, None)


@pytest.mark.parametrize(("word", "spec"), U.QUANTITY_UNITS.items())
def test_quantity_unit(word: str, spec: tuple[str, int]) -> None:
    inside = U.QUANTITY_NEEDS_INSIDE.get(word, ("",))[0]
    f = only(f"总量不超过12{inside}{word}。", "quantity")
    assert (f.fields["value"], f.fields["unit"]) == (12 * spec[1], spec[0])


@pytest.mark.parametrize(("unit", "after"), [
    (u, a) for u, words in U.QUANTITY_NOT_BEFORE.items() for a in words
])
def test_quantity_unit_inside_other_words(unit: str, after: str) -> None:
    assert facts(f"共12{unit}{after}。", "quantity") == []


@pytest.mark.parametrize(("word", "qualifier"), Q.BEFORE.items())
def test_qualifier_before(word: str, qualifier: str) -> None:
    f = only(f"收入{word}100万元。", "money")
    assert f.fields["qualifier"] == qualifier and f.fields["value"] == 1000000


@pytest.mark.parametrize(("word", "qualifier"), Q.BEFORE_AT_DISTANCE.items())
def test_qualifier_at_distance(word: str, qualifier: str) -> None:
    text = f"单件{word}补贴2000元。"
    f = only(text, "money")
    assert f.fields["qualifier"] == qualifier and text[f.start:f.end].startswith(word)


@pytest.mark.parametrize(("word", "qualifier"), Q.INSIDE.items())
def test_qualifier_inside(word: str, qualifier: str) -> None:
    if word.startswith("个"):
        f = only(f"提前3{word}月订舱。", "quantity")
    else:
        f = only(f"收入100万{word}元。", "money")
    assert f.fields["qualifier"] == qualifier


@pytest.mark.parametrize(("word", "qualifier"), Q.AFTER.items())
def test_qualifier_after(word: str, qualifier: str) -> None:
    f = only(f"收入100万元{word}。", "money")
    assert f.fields["qualifier"] == qualifier


@pytest.mark.parametrize("word", Q.NEUTRAL)
def test_neutral_words_add_no_qualifier(word: str) -> None:
    f = only(f"收入{word}100万元。", "money")
    assert f.fields["qualifier"] is None


@pytest.mark.parametrize("word", U.DURATION_LEADS)
def test_duration_lead(word: str) -> None:
    text = f"这份合同{word}8年。"
    f = only(text, "quantity")
    assert (f.fields["unit"], f.fields["value"], f.fields["qualifier"]) == ("年", 8, None)
    assert text[f.start:f.end] == "8年"


@pytest.mark.parametrize("sep", Q.RANGE_SEPARATORS)
def test_range_separator(sep: str) -> None:
    f = only(f"收入100万元{sep}200万元。", "money")
    assert (f.fields["low"], f.fields["high"]) == (1000000, 2000000)


@pytest.mark.parametrize("word", Q.ROUND_AFTER_QUALIFIER)
def test_round_number_after_qualifier(word: str) -> None:
    f = only(f"共有近{word}家企业。", "count")
    assert f.fields["value"] == parse_number("一" + word)


@pytest.mark.parametrize("after", U.PERCENT_NOT_AFTER_TENTHS)
def test_tenths_inside_other_words(after: str) -> None:
    assert facts(f"其中三成{after}。", "percent") == []


def test_percent_words() -> None:
    assert only("增长百分之三十。", "percent").fields["value"] == 30
    assert only("约三成。", "percent").fields["value"] == 30
    assert only("提高2个百分点。", "percent").fields["unit"] == "pp"
    assert only("增长近一倍。", "percent").fields["value"] == 100


@pytest.mark.parametrize(("word", "spec"), P.RELATIVE_PERIODS.items())
def test_relative_period(word: str, spec: tuple[str, int]) -> None:
    text = f"，{word}，"
    f = only(text, "period", PUBLISHED)
    assert text[f.start:f.end] == word and f.rule == f"period.{spec[0]}.v1"
    assert (f.fields["date"] is None) == (spec[0] == "vague")


@pytest.mark.parametrize("word", P.YEARS_BEFORE)
def test_years_before(word: str) -> None:
    assert only(f"，{word}3年，", "period", PUBLISHED).fields["date"] == "2022/2025"


@pytest.mark.parametrize("word", P.YEARS_AFTER)
def test_years_since(word: str) -> None:
    assert only(f"，3年{word}，", "period", PUBLISHED).fields["date"] == "2022/2025"


@pytest.mark.parametrize("word", P.YEARS_AHEAD)
def test_years_ahead(word: str) -> None:
    assert only(f"，{word}3年，", "period", PUBLISHED).fields["date"] == "2025/2028"


@pytest.mark.parametrize(("word", "part"), P.YEAR_PARTS.items())
def test_year_part(word: str, part: str) -> None:
    assert only(f"2024年{word}，", "date").fields["date"] == f"2024-{part}"


@pytest.mark.parametrize("word", P.TIME_POINT_SUFFIXES)
def test_time_point_suffix(word: str) -> None:
    assert only(f"到2025年{word}，", "date").fields["date"] == "2025"


@pytest.mark.parametrize("word", P.YEAR_SUFFIX_NOT_A_YEAR)
def test_not_a_year(word: str) -> None:
    assert facts(f"1990年{word}", "date") == []


@pytest.mark.parametrize("word", A.SUBJECT_LEAD)
def test_subject_lead(word: str) -> None:
    assert clean_subject(word + "营业收入") == "营业收入"


@pytest.mark.parametrize("word", A.SUBJECT_TAIL)
def test_subject_tail(word: str) -> None:
    assert clean_subject("营业收入" + word) == "营业收入"


@pytest.mark.parametrize("word", A.METRIC_TAILS)
def test_metric_tail(word: str) -> None:
    f = only(f"项目{word}12%。", "percent")
    assert f.fields["metric"] == word


@pytest.mark.parametrize("word", A.METRIC_HEADS)
def test_metric_head(word: str) -> None:
    items, metric = _split_metric(["电子信息", "生物医药", f"航空航天{word}占比"])
    assert items[-1] == "航空航天" and metric is not None and metric.startswith(word)


@pytest.mark.parametrize("verb", A.OBJECT_VERBS)
def test_object_verb(verb: str) -> None:
    f = only(f"公司{verb}5000万元专项资金。", "money")
    assert f.fields["subject"] == "专项资金"


@pytest.mark.parametrize("lead", A.COMPARISON_LEAD)
def test_comparison_lead(lead: str) -> None:
    text = f"存款余额7842亿元，{lead}上年增加612亿元。"
    found = facts(text, "money")
    assert [f.fields["subject"] for f in found] == ["存款余额", "存款余额"]


@pytest.mark.parametrize("marker", A.PART_MARKERS)
def test_part_marker(marker: str) -> None:
    found = facts(f"总投资超40亿元，{marker}财政资金近12亿元、社会资本超28亿元。", "money")
    assert [f.fields.get("parent") for f in found] == [None, found[0], found[0]]


@pytest.mark.parametrize("sep", A.LIST_SEPARATORS)
def test_list_separator(sep: str) -> None:
    found = facts(f"甲类、乙类{sep}丙类项目占比分别为20%、30%和50%。", "percent")
    assert [f.fields["subject"] for f in found] == ["甲类", "乙类", "丙类"]
    assert {f.fields["metric"] for f in found} == {"项目占比"}


def test_respectively_reuses_items() -> None:
    found = facts("甲类、乙类和丙类项目数量占比分别为20%、30%和50%，资金占比分别为10%、"
                  "40%和50%。", "percent")
    assert [f.fields["subject"] for f in found] == ["甲类", "乙类", "丙类"] * 2
    assert [f.fields["metric"] for f in found][3:] == ["资金占比"] * 3


def test_values_are_exact() -> None:
    assert only("营收16.4亿元。", "money").fields["value"] == Decimal("1640000000")


def test_respectively_takes_an_earlier_list() -> None:
    found = facts("韩国、日本、越南位列前三位。青岛对上述三国出口分别为61亿元、50亿元和32亿元。",
                  "money")
    assert [f.fields["subject"] for f in found] == ["韩国", "日本", "越南"]


@pytest.mark.parametrize("verb", A.PREDICATE_VERBS)
def test_earlier_list_leaves_its_verb_out(verb: str) -> None:
    found = facts(f"公司此前{verb}种子轮和天使轮融资，金额分别为500万元和2000万元。", "money")
    assert [f.fields["subject"] for f in found] == ["种子轮", "天使轮融资"]


@pytest.mark.parametrize("base", U.RATE_BASES)
def test_rate_basis(base: str) -> None:
    f = only(f"处理能力为12万吨/{base}。", "quantity")
    stored = U.QUANTITY_UNITS.get(base, (base, 1))[0]
    assert (f.fields["value"], f.fields["unit"]) == (120000, f"吨/{stored}")
    assert only(f"售价为12元/{base}。", "money").fields["unit"] == "CNY"


@pytest.mark.parametrize("idiom", U.TENTHS_IDIOMS)
def test_tenths_idiom(idiom: str) -> None:
    assert facts(f"规则{idiom}。", "percent") == []


@pytest.mark.parametrize("verb", A.PREDICATE_VERBS)
def test_predicate_verb(verb: str) -> None:
    f = only(f"集团上半年{verb}经营收入12亿元。", "money")
    assert f.fields["subject"] == "经营收入"


@pytest.mark.parametrize("verb", A.PRICE_VERBS)
def test_price_verb(verb: str) -> None:
    f = only(f"该股{verb}每股9.5元。", "money")
    assert f.fields["subject"] == "该股"


@pytest.mark.parametrize("marker", A.BASIS_MARKERS)
def test_basis_marker(marker: str) -> None:
    f = only(f"各县{marker}每校300万元配套。", "money")
    assert f.fields["subject"] == "各县"


@pytest.mark.parametrize("verb", A.NOMINAL_VERBS)
@pytest.mark.parametrize("adverb", A.AGENT_ADVERBS)
def test_agent_adverb_and_nominal_verb(adverb: str, verb: str) -> None:
    f = only(f"全市{adverb}{verb}3亿元。", "money")
    assert f.fields["subject"] == verb


@pytest.mark.parametrize("word", A.DESCRIBES_NEXT)
def test_describes_next(word: str) -> None:
    f = only(f"集团{word}5亿元的产业基金。", "money")
    assert f.fields["subject"] == "产业基金"


def test_clause_without_noun_takes_the_subject_before() -> None:
    found = facts("资产总额不足300亿元，如今已超过1100亿元。", "money")
    assert [f.fields["subject"] for f in found] == ["资产总额", "资产总额"]
    found = facts("公司派发中期股息每股0.2元，合计约5亿元。", "money")
    assert [f.fields["subject"] for f in found] == ["中期股息", "中期股息"]


def test_clause_with_a_noun_keeps_its_own_subject() -> None:
    found = facts("资产总额不足300亿元，负债总额超过100亿元。", "money")
    assert [f.fields["subject"] for f in found] == ["资产总额", "负债总额"]


@pytest.mark.parametrize(("word", "before"), [
    (w, b) for w, chars in P.PERIOD_NOT_AFTER.items() for b in chars
])
def test_period_word_after_another_word(word: str, before: str) -> None:
    assert facts(f"，{before}{word}，", "period", PUBLISHED) == []
    assert only(f"，{word}，", "period", PUBLISHED).fields["date"] is not None or word in (
        "日前", "近日", "近期", "此前")


@pytest.mark.parametrize(("word", "after"), [
    (w, a) for w, chars in P.PERIOD_NOT_BEFORE.items() for a in chars
])
def test_period_word_before_another_word(word: str, after: str) -> None:
    assert facts(f"，{word}{after}，", "period", PUBLISHED) == []


NUMERIC_KINDS = ("money", "percent", "count", "quantity", "date", "period")


@pytest.mark.parametrize("idiom", N.NUMERAL_IDIOMS)
def test_numeral_idiom(idiom: str) -> None:
    text = f"大家都说{idiom}。"
    assert [f for k in NUMERIC_KINDS for f in facts(text, k)] == []


@pytest.mark.parametrize("zero", N.ZERO_DIGITS)
def test_zero_opening_a_word(zero: str) -> None:
    assert facts(f"园区里的{zero}部件企业有12家。", "count")[0].fields["value"] == 12
    assert len(facts(f"园区里的{zero}部件企业有12家。", "count")) == 1
    assert parse_number(f"{zero}点五") == Decimal("0.5")


@pytest.mark.parametrize("prep", A.TIME_PREPOSITIONS)
def test_time_preposition(prep: str) -> None:
    found = facts(f"数字经济规模约为800亿元，预计{prep}2030年有望突破2000亿元。", "money")
    assert [f.fields["subject"] for f in found] == ["数字经济规模"] * 2


@pytest.mark.parametrize("verb", A.EARN_VERBS)
def test_earn_verb(verb: str) -> None:
    assert only(f"老李靠养蜂{verb}三万元。", "money").fields["subject"] == A.EARN_DEFAULT


@pytest.mark.parametrize(("base", "noun"), A.EARN_BASES.items())
def test_earn_basis(base: str, noun: str) -> None:
    assert only(f"老李{base}能挣三万多元。", "money").fields["subject"] == noun


@pytest.mark.parametrize("verb", A.SOURCE_VERBS)
def test_source_verb(verb: str) -> None:
    f = only(f"新增贷款中，约30亿元{verb}政策性银行。", "money")
    assert f.fields["subject"] == f"{verb}政策性银行"


def test_clause_with_time_and_noun_keeps_its_own_subject() -> None:
    found = facts("数字经济规模约为800亿元，到2030年核心产业规模将突破2000亿元。", "money")
    assert [f.fields["subject"] for f in found] == ["数字经济规模", "核心产业规模"]


@pytest.mark.parametrize(("verb", "noun"), A.VERB_NOUNS.items())
def test_verb_noun(verb: str, noun: str) -> None:
    assert only(f"老李上个月{verb}三万元。", "money").fields["subject"] == noun


@pytest.mark.parametrize("payer", A.SELF_PAYERS)
@pytest.mark.parametrize("verb", A.SPEND_VERBS)
def test_self_paid(payer: str, verb: str) -> None:
    f = only(f"报销以后{payer}只{verb}800元。", "money")
    assert f.fields["subject"] == A.SELF_PAID


@pytest.mark.parametrize("marker", A.BENEFICIARY_MARKERS)
@pytest.mark.parametrize("verb", A.SERVICE_VERBS)
def test_service_after_beneficiary(marker: str, verb: str) -> None:
    f = only(f"基金已{marker}120家企业{verb}6亿元。", "money")
    assert f.fields["subject"] == verb


@pytest.mark.parametrize("word", A.NOT_OBJECT)
def test_not_object(word: str) -> None:
    f = only(f"各县财政投入3000万元{word}建设。", "money")
    assert f.fields["subject"] != f"{word}建设"


@pytest.mark.parametrize("word", Q.NOT_BEFORE)
def test_not_a_qualifier_before(word: str) -> None:
    text = f"今年{word}6亿元。"
    f = only(text, "money")
    assert f.fields["qualifier"] is None and text[f.start:f.end] == "6亿元"


@pytest.mark.parametrize("noun", A.PAYMENT_NOUNS)
def test_payment_noun_after_amount(noun: str) -> None:
    assert only(f"每户每年可享受800元{noun}。", "money").fields["subject"] == noun
    f = only(f"每户每年可享受800元{noun}资金。", "money")  # it must close the clause
    assert f.fields["subject"] not in (noun, f"{noun}资金")


@pytest.mark.parametrize("link", A.PAYMENT_LINKS)
def test_payment_link(link: str) -> None:
    f = only(f"政府按每餐2元{link}运营补贴，餐费不再上调。", "money")
    assert f.fields["subject"] == "运营补贴"


@pytest.mark.parametrize("modal", A.MODALS)
@pytest.mark.parametrize("verb", A.RECEIVE_VERBS)
def test_modal_before_receiving_verb(modal: str, verb: str) -> None:
    f = only(f"参保老人每月{modal}{verb}护理津贴600元。", "money")
    want = "护理津贴" if verb in A.PREDICATE_VERBS else f"参保老人每月{verb}护理津贴"
    assert f.fields["subject"] == want


@pytest.mark.parametrize(("lead", "chars"), A.LEAD_NOT_BEFORE.items())
def test_lead_kept_before(lead: str, chars: str) -> None:
    assert clean_subject(f"{lead}营业收入") == "营业收入"
    for ch in chars:
        assert clean_subject(f"{lead}{ch}费用") == f"{lead}{ch}费用"
