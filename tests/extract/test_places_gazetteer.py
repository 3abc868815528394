"""The place table as a gazetteer: marked names, endings and the peoples of autonomous areas.

A marked name (大同, 白银) is also a common word: it is a place only with its ending, after
another place, or once the article has named it so; the endings and peoples of
``place_suffixes.tsv`` are each kept out of the canonical name.
"""

from __future__ import annotations

import pytest

from newsfacts import process
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.places import marked_places


def _places(text: str) -> list[tuple[str, str]]:
    """``(name, text)`` of the place facts of ``text``."""
    return [(f.name, f.text) for f in process(text).facts if f.kind == "place"]


def _ending(place: str) -> str:
    return "州" if lex.places()[place] == "prefecture" else "市"


@pytest.mark.parametrize("place", sorted(marked_places()))
def test_marked_name_alone_is_no_place(place: str) -> None:
    assert place not in {n for n, _ in _places(f"，{place}发布新政。")}


@pytest.mark.parametrize("place", sorted(p for p in marked_places()
                                         if p[-1] not in lex.not_place_chars()))
def test_marked_name_with_its_ending(place: str) -> None:
    written = place + _ending(place)
    assert (place, written) in _places(f"，{written}发布新政。")


@pytest.mark.parametrize("place", sorted(marked_places()))
def test_marked_name_after_a_place(place: str) -> None:
    assert place in {n for n, _ in _places(f"，甘肃省{place}发布新政。")}


@pytest.mark.parametrize("place", sorted(marked_places()))
def test_marked_name_named_once_is_a_place_after(place: str) -> None:
    written = f"甘肃{place}"
    names = [n for n, _ in _places(f"，{written}发布新政。{place}的企业受益。")]
    assert names.count(place) == 2


@pytest.mark.parametrize(("suffix", "role"),
                         [r[:2] for r in lex.read_table("place_suffixes") if r[1] != "people"])
def test_ending(suffix: str, role: str) -> None:
    place = "恩施" if role == "prefecture" else "成都"
    assert (place, place + suffix) in _places(f"，{place}{suffix}发布新政。")


@pytest.mark.parametrize("people", [r[0] for r in lex.read_table("place_suffixes")
                                    if r[1] == "people"])
def test_people_of_an_autonomous_prefecture(people: str) -> None:
    written = f"恩施{people}自治州"
    assert ("恩施", written) in _places(f"，{written}发布新政。")


def test_prefecture_ending_is_no_ending_of_a_country() -> None:
    assert ("美国", "美国") in _places("，美国盟友表态。")
