"""Every entry of the entity tables in ``extract/lexicon/*.tsv`` is used by a finder.

One generated sentence per entry: a suffix makes an organisation, a government short form
gets its full name, a title introduces a person, a stop word is cut off a name, and so on.
"""

from __future__ import annotations

import pytest

from newsfacts import process
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.places import marked_places


def _named(text: str, kind: str) -> list:
    return [f for f in process(text).facts if f.kind == kind]


def _names(text: str, kind: str) -> set[str]:
    return {f.name for f in _named(text, kind)}


@pytest.mark.parametrize("suffix", sorted(lex.org_suffixes()))
def test_org_suffix(suffix: str) -> None:
    parent = "银行" if lex.org_suffixes()[suffix] == "branch" else ""  # a branch of what
    assert f"成都星澜{parent}{suffix}" in _names(f"，由成都星澜{parent}{suffix}牵头。", "org")


@pytest.mark.parametrize("suffix", [s for s, c in sorted(lex.org_suffixes().items())
                                    if c == "branch"])
def test_branch_needs_its_parent(suffix: str) -> None:
    assert not _names(f"，在成都设立科技金融专营{suffix}。", "org")


@pytest.mark.parametrize(
    ("suffix", "after"), [(s, c) for s, cs in sorted(lex.suffix_blockers().items()) for c in cs]
)
def test_org_suffix_blocked_by_next_char(suffix: str, after: str) -> None:
    assert f"成都星澜{suffix}" not in _names(f"，成都星澜{suffix}{after}。", "org")


@pytest.mark.parametrize(
    ("suffix", "verb"), [(s, c) for s, cs in sorted(lex.suffix_verbs().items()) for c in cs]
)
def test_org_suffix_after_a_verb_is_its_object(suffix: str, verb: str) -> None:
    assert not _names(f"，他在成都星澜{verb}{suffix}。", "org")


@pytest.mark.parametrize(("surface", "full"), sorted(lex.gov_bodies().items()))
def test_gov_body_full_form(surface: str, full: str) -> None:
    assert f"成都市{full}" in _names(f"成都加快发展。记者从市{surface}了解到。", "org")


@pytest.mark.parametrize("title", lex.titles())
def test_title_introduces_person(title: str) -> None:
    people = _named(f"，星澜集团{title}张明远说。", "person")
    assert [(p.name, p.title) for p in people] == [("张明远", title)]


@pytest.mark.parametrize("surname", lex.surnames())
def test_surname(surname: str) -> None:
    assert f"{surname}知远" in _names(f"，院长{surname}知远说。", "person")


@pytest.mark.parametrize("verb", lex.speech_verbs())
def test_word_after_a_name(verb: str) -> None:
    assert _names(f"，院长张明{verb}了。", "person") == {"张明"}


@pytest.mark.parametrize("verb", lex.linking_words())
def test_linking_word_before_a_verb_ends_the_name(verb: str) -> None:
    assert _names(f"，院长张明{verb}说，好。", "person") == {f"张明{verb}"}


@pytest.mark.parametrize("cue", lex.person_roles("cue"))
@pytest.mark.parametrize("role", lex.person_roles("role"))
def test_described_person(cue: str, role: str) -> None:
    assert "张知远" in _names(f"今年七十{cue}{role}张知远是这里的常客。", "person")


@pytest.mark.parametrize("role", lex.person_roles("role"))
def test_description_needs_its_cue(role: str) -> None:
    assert "张知远" not in _names(f"，{role}张知远是这里的常客。", "person")


@pytest.mark.parametrize("after", lex.person_roles("after"))
def test_word_after_a_described_name(after: str) -> None:
    assert _names(f"，八十岁的老人张知远{after}。", "person") == {"张知远"}


@pytest.mark.parametrize("char", lex.person_roles("not_in_name"))
def test_char_never_in_a_given_name(char: str) -> None:
    assert not _names(f"，八十岁的老人张{char}是这里的常客，院长高{char}说。", "person")


@pytest.mark.parametrize("word", lex.not_names())
def test_not_a_name(word: str) -> None:
    assert word not in _names(f"，市民{word}说。", "person")


@pytest.mark.parametrize(("place", "kind"), sorted(lex.places().items()))
def test_place(place: str, kind: str) -> None:
    assert kind in {"province", "city", "prefecture", "region", "country", "world_city"}
    ending = "州" if kind == "prefecture" else "市"  # a marked name needs its ending …
    written = f"甘肃{place}{ending}" if place in marked_places() else place  # … or a place
    assert place in _names(f"，{written}发布新政。", "place")


@pytest.mark.parametrize("trap", lex.place_traps())
def test_place_trap(trap: str) -> None:
    assert not _named(f"，已{trap}。", "place")


@pytest.mark.parametrize("stop", lex.name_stops())
def test_name_stop_is_cut_off(stop: str) -> None:
    names = _names(f"，{stop}成都星澜科技有限公司表示。", "org")
    assert "成都星澜科技有限公司" in names


@pytest.mark.parametrize("tail", lex.company_tails())
def test_company_tail_short_name(tail: str) -> None:
    assert f"星澜{tail}" in _names(f"，星澜{tail}牵头，联合江城大学攻关。", "org")


@pytest.mark.parametrize("word", lex.org_generic())
def test_generic_word_makes_no_org(word: str) -> None:
    assert f"{word}研究院" not in _names(f"，{word}研究院介绍。", "org")


@pytest.mark.parametrize("word", lex.project_words("intro"))
def test_project_intro(word: str) -> None:
    assert "星澜智能质检平台研发" in _names(f"，{word}“星澜智能质检平台研发”。", "project")


@pytest.mark.parametrize("word", lex.project_words("programme"))
def test_numbered_programme(word: str) -> None:
    assert f"88星澜{word}" in _names(f"，推进“88”星澜{word}。", "project")


@pytest.mark.parametrize("word", lex.project_words("product"))
def test_product(word: str) -> None:
    assert "星澜" in _names(f"，看好“星澜”{word}。", "project")


@pytest.mark.parametrize("word", lex.project_words("named"))
def test_named_programme(word: str) -> None:
    want = "星澜万家" if word == "项目" else f"星澜万家{word}"
    assert want in _names(f"，实施“星澜万家”{word}。", "project")


@pytest.mark.parametrize("word", lex.project_words("event"))
def test_event(word: str) -> None:
    assert f"星澜{word}" in _names(f"，第三届“星澜{word}”开幕。", "project")


@pytest.mark.parametrize("word", lex.project_words("infra"))
def test_infrastructure(word: str) -> None:
    assert f"星澜{word}" in _names(f"，星澜{word}建成。", "project")


@pytest.mark.parametrize("word", lex.project_words("launch"))
def test_launched_product(word: str) -> None:
    assert "星澜贷" in _names(f"，银行{word}“星澜贷”。", "project")


@pytest.mark.parametrize("verb", lex.project_words("award"))
@pytest.mark.parametrize("adverb", ("", *lex.project_words("adverb")))
def test_award_winning_work(verb: str, adverb: str) -> None:
    text = f"，团队的“星澜矿区生态修复技术”{adverb}{verb}科技进步奖。"
    assert "星澜矿区生态修复技术" in _names(text, "project")


@pytest.mark.parametrize("word", lex.project_words("defined"))
def test_defined_product(word: str) -> None:
    assert "星澜贷" in _names(f"，“星澜贷”是该行推出的一款普惠{word}。", "project")


@pytest.mark.parametrize("name", lex.known_projects())
def test_known_project(name: str) -> None:
    assert name in _names(f"，团队承担{name}项目。", "project")


@pytest.mark.parametrize("measure", lex.verbal_measures())
def test_action_measure_is_cut_off(measure: str) -> None:
    names = _names(f"，三{measure}江城星澜医院牵头。", "org")
    assert names == {"江城星澜医院"}


@pytest.mark.parametrize(("surface", "template"), sorted(lex.regulators().items()))
def test_regulator_short_form(surface: str, template: str) -> None:
    assert template.format(place="厦门") in _names(f"，厦门{surface}发布数据。", "org")


@pytest.mark.parametrize("head", lex.regulator_heads())
def test_regulator_full_name(head: str) -> None:
    assert f"{head}厦门监管局" in _names(f"，{head}厦门监管局发布数据。", "org")


@pytest.mark.parametrize("char", sorted(lex.not_place_chars("name")))
def test_no_city_ends_in(char: str) -> None:
    text = f"，记者在星{char}市看到。星{char}市科技局发布通知。"
    assert f"星{char}" not in _names(text, "place")
    assert f"星{char}市科学技术局" not in _names(text, "org")


def test_unknown_city_is_learned() -> None:
    text = "，记者在星澜市看到。星澜市科技局发布通知。"
    assert "星澜" in _names(text, "place")
    assert "星澜市科学技术局" in _names(text, "org")


@pytest.mark.parametrize("word", lex.project_words("inner"))
def test_quoted_programme(word: str) -> None:
    assert f"星澜{word}" in _names(f"，围绕“星澜{word}”推进。", "project")


@pytest.mark.parametrize("word", lex.project_words("category"))
def test_listed_product(word: str) -> None:
    assert "星澜保" in _names(f"，推广“星澜保”等普惠{word}。", "project")


@pytest.mark.parametrize("word", lex.project_words("facility"))
def test_works_facility(word: str) -> None:
    assert f"星澜{word}二期工程" in _names(f"，星澜{word}二期工程开工。", "project")


@pytest.mark.parametrize("word", lex.project_words("works"))
def test_works_kind(word: str) -> None:
    assert f"星澜水厂{word}工程" in _names(f"，星澜水厂{word}工程开工。", "project")


@pytest.mark.parametrize("verb", lex.backer_verbs())
def test_investors_before_a_verb_of_investing(verb: str) -> None:
    names = _names(f"，由星澜资本{verb}，青禾创投、海川基金等机构跟投。", "org")
    assert {"星澜资本", "青禾创投", "海川基金"} <= names
    assert not _named(f"，民间资本{verb}增长。", "org")


@pytest.mark.parametrize("counter", lex.org_counters("count"))
def test_counted_noun_is_no_org(counter: str) -> None:
    names = _names(f"，全市12{counter}星澜医院开展服务，三{counter}医院参与。", "org")
    assert names == {"星澜医院"}


@pytest.mark.parametrize("kind", lex.org_counters("kind"))
def test_numbered_class_is_no_org(kind: str) -> None:
    text = f"，创伤中心、星澜中心等“五{kind}中心”覆盖全市。"
    assert not _named(text, "org")
    assert "星澜中心" in _names("，星澜中心、江城大学开展研究。", "org")


@pytest.mark.parametrize("word", lex.project_words("kind"))
def test_name_after_its_kind(word: str) -> None:
    assert "星澜Pro" in _names(f"，看好{word}“星澜Pro”。", "project")
    assert not _named(f"，看好{word}“上岗”后。", "project")


@pytest.mark.parametrize("word", lex.project_words("brand"))
def test_brand_led_by_a_place(word: str) -> None:
    assert "云岭红茶" in _names(f"云岭县茶农增收。“云岭红茶”获批{word}。", "project")
    assert not _named(f"，坚持“质量第一”，打响{word}。", "project")


@pytest.mark.parametrize("word", lex.project_words("manner"))
def test_quoted_manner_is_no_name(word: str) -> None:
    assert not _named(f"，推出“一站{word}”服务。", "project")
    assert "一站通" in _names("，推出“一站通”服务。", "project")


@pytest.mark.parametrize(("short", "full"), sorted(lex.infra_full_forms().items()))
def test_infra_short_form_takes_the_full_name(short: str, full: str) -> None:
    text = f"，星澜{short}今日开通。\n\n星澜{full}全长80公里。"
    assert _names(text, "project") == {f"星澜{full}"}


@pytest.mark.parametrize("word", lex.project_words("code_kind"))
def test_product_code_after_its_kind(word: str) -> None:
    assert "XB-07" in _names(f"，公司的{word}XB-07进入临床，XB-07疗效良好。", "project")


@pytest.mark.parametrize("word", lex.project_words("base"))
def test_base_after_a_company(word: str) -> None:
    text = f"，星澜科技有限公司宣布，星澜科技电池{word}开工。"
    assert f"星澜科技电池{word}" in _names(text, "project")
