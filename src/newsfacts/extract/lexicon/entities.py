"""Entity vocabulary read from the ``*.tsv`` tables beside this module.

The tables are plain data (one entry a line, ``#`` comments, tab-separated columns) so that
adding a suffix, a title or a place is an edit of a table, not of a finder.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def read_table(name: str) -> list[tuple[str, ...]]:
    """Rows of ``<name>.tsv``: stripped, tab-split, comments and blank lines dropped."""
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    rows: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return rows


def _words(name: str) -> tuple[str, ...]:
    return tuple(row[0] for row in read_table(name))


def _mapping(name: str) -> dict[str, str]:
    """First column -> second column."""
    return {row[0]: row[1] for row in read_table(name)}


def _with_role(name: str, role: str) -> list[str]:
    """First column of the rows whose second column is ``role``."""
    return [row[0] for row in read_table(name) if row[1] == role]


@cache
def org_suffixes() -> dict[str, str]:
    """Organisation name ending -> ``strong`` or ``weak``."""
    return _mapping("org_suffixes")


@cache
def suffix_blockers() -> dict[str, str]:
    """Suffix -> characters that may not follow it in a name's last position (大学生)."""
    return {row[0]: row[2] for row in read_table("org_suffixes") if len(row) > 2}


@cache
def suffix_verbs() -> dict[str, str]:
    """Suffix -> verbs that, right before it, make it their object (读大学, 住进医院)."""
    return {row[0]: row[3] for row in read_table("org_suffixes") if len(row) > 3}


@cache
def gov_bodies() -> dict[str, str]:
    """Government body as written (科技局) -> its full form (科学技术局)."""
    return _mapping("gov_bodies")


@cache
def titles() -> tuple[str, ...]:
    return _words("titles")


@cache
def surnames() -> tuple[str, ...]:
    return _words("surnames")


@cache
def places() -> dict[str, str]:
    """Place name (without 省/市) -> ``province``, ``city``, ``region`` or ``country``."""
    return _mapping("places")


@cache
def name_stops() -> tuple[str, ...]:
    """Words that cannot start a name (由, 在, 联合 …)."""
    return _words("name_stops")


@cache
def company_tails() -> tuple[str, ...]:
    return _words("company_tails")


@cache
def org_generic() -> tuple[str, ...]:
    """Words that turn a suffix into a common noun (该公司, 商业银行)."""
    return _words("org_generic")


@cache
def org_counters(role: str) -> str:
    """Characters of one role (``count``: 家, 所; ``kind``: 大, 类) that make a numbered
    noun of what follows a number, not a name."""
    return "".join(_with_role("org_counters", role))


@cache
def backer_verbs() -> tuple[str, ...]:
    """Verbs after investors named short (星澜资本领投, 华屿创投等跟投)."""
    return _words("backer_verbs")


@cache
def speech_verbs() -> tuple[str, ...]:
    return _words("speech_verbs")


@cache
def person_roles(kind: str) -> tuple[str, ...]:
    """Rows of one kind (``cue``, ``role``, ``not_in_name``) of the table of people named
    by a description (82岁的独居老人钱佩兰)."""
    return tuple(_with_role("person_roles", kind))


@cache
def linking_words() -> tuple[str, ...]:
    """Words after a name that join it to another noun (和, 与): never right before a verb."""
    return tuple(r[0] for r in read_table("speech_verbs") if r[1:2] == ("link",))


@cache
def project_words(role: str) -> tuple[str, ...]:
    """Project vocabulary of one role: ``intro``, ``programme`` or ``product``."""
    return tuple(_with_role("project_words", role))


@cache
def infra_full_forms() -> dict[str, str]:
    """A built project's kind written short -> its full form (高铁 -> 高速铁路)."""
    return {r[0]: r[2] for r in read_table("project_words") if r[1] == "infra_short"}


@cache
def verbal_measures() -> tuple[str, ...]:
    """Measure words of actions (趟, 次): a numeral before them is clause material."""
    return _words("verbal_measures")


@cache
def regulators() -> dict[str, str]:
    """Regional regulator office as written after a place -> its full name template."""
    return _mapping("regulators")


@cache
def regulator_heads() -> tuple[str, ...]:
    """National regulators heading the full names of their regional offices."""
    return _words("regulator_heads")


@cache
def not_place_chars(scope: str = "any") -> frozenset[str]:
    """Characters that, before 市/省/区, make a common word (城市, 上市, 全市); with
    ``scope="name"`` also those that only an unknown place name never holds (年, 月)."""
    rows = read_table("not_place_chars")
    return frozenset(r[0] for r in rows if scope == "name" or len(r) < 2 or r[1] != "name")


@cache
def not_names() -> tuple[str, ...]:
    """Surname-led words that are not names (游客)."""
    return _words("not_names")


@cache
def known_projects() -> tuple[str, ...]:
    """National programmes named without quotes (国家重点研发计划)."""
    return _words("known_projects")


@cache
def place_traps() -> tuple[str, ...]:
    """Common words holding a place name (医保定点 holds 保定)."""
    return _words("place_traps")
