"""People named with a title: "嘉陵医科大学附属医院院长邓静川说" -> 邓静川, 院长, the hospital.

A name is a known surname and one or two more characters, right after a title and right
before a speech verb or a clause mark, so common words after titles (负责人介绍) are not
taken for names. Later mentions of the same name in the article are linked to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.patterns import find_words, trie
from newsfacts.extract.registry import register

#: characters that may stand between an organisation and a title (a department: 科技金融部)
MAX_DEPARTMENT = 8
_PERSON: re.Pattern | None = None
HAN = "\u3400-\u4dbf\u4e00-\u9fff"


def person_pattern() -> re.Pattern:
    """Title, optional space, surname and one or two characters, then a speech verb or mark.

    A linking word (和, 与) right before a verb or a mark is the name's last character
    (董事长温季和坦言), since it can only join the name to another noun; a given name never
    holds 的, 地, 们 … (居民高兴地说 names nobody).
    """
    global _PERSON
    if _PERSON is None:
        follower = rf"(?:{trie(lex.speech_verbs())})|[，。、；：,;:\s“”（(]|$"
        given = f"(?![{''.join(lex.person_roles('not_in_name'))}])[{HAN}]"
        _PERSON = re.compile(
            rf"(?P<title>{trie(lex.titles())})[ \u3000]?"
            rf"(?P<name>(?:{trie(lex.surnames())})(?:{given}){{1,2}}?)"
            rf"(?=(?!(?:{trie(lex.linking_words())})(?:{follower})){follower})"
        )
    return _PERSON


_DESCRIBED: tuple[re.Pattern, re.Pattern] | None = None


def described_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A role noun (老人, 村民), then a surname and one or two characters; and the cue that
    must end right before the role, up to four characters of description between (的, 村,
    岁): "82岁的独居老人钱佩兰几乎天天来" -> 钱佩兰.

    A word that follows names must come next (a speech verb, or 是, 几乎, 家 …), so
    "的老人安全出行" names nobody; the longer name is tried first unless such a word starts
    at its third character (老人王明在家), and a given name never holds 的, 地, 们 ….
    The scan starts at the role (rare), not at the cue (的 is everywhere).
    """
    global _DESCRIBED
    if _DESCRIBED is None:
        given = f"(?![{''.join(lex.person_roles('not_in_name'))}])[{HAN}]"
        after = trie(lex.speech_verbs() + lex.person_roles("after"))
        _DESCRIBED = (
            re.compile(
                rf"(?P<title>{trie(lex.person_roles('role'))})"
                rf"(?P<name>(?:{trie(lex.surnames())}){given}(?:(?!{after}){given})?)"
                rf"(?={after})"
            ),
            re.compile(rf"(?:{trie(lex.person_roles('cue'))})(?:(?!的)[{HAN}]){{0,4}}$"),
        )
    return _DESCRIBED


def _earlier_titles(view: str, start: int) -> int:
    """Where a title held with the one at ``start`` begins: "新闻发言人、总统计师" is one
    person's title, so the organisation stands before its first part."""
    titles, lengths = _title_set()
    while start > 2 and view[start - 1] == "、":
        n = next((n for n in lengths if view[start - 1 - n : start - 1] in titles), 0)
        if not n:
            break
        start -= n + 1
    return start


@cache
def _title_set() -> tuple[frozenset[str], tuple[int, ...]]:
    titles = frozenset(lex.titles())
    return titles, tuple(sorted({len(t) for t in titles}, reverse=True))


_SPEECH: re.Pattern | None = None
_SPEECH_BEFORE = frozenset("的。”,;\n")


def speech_pattern() -> re.Pattern:
    """The verbs after an untitled name: "…二十多年的谭秀梅说" is found from its 说."""
    global _SPEECH
    if _SPEECH is None:
        _SPEECH = re.compile("笑着说|说|表示|介绍|坦言|告诉")
    return _SPEECH


def _speakers(view: str) -> list[tuple[int, int]]:
    """Spans of names between 的 (or a clause mark) and a speech verb: a surname and one or
    two characters, the longer name first, as the leftmost match would take it."""
    out: list[tuple[int, int]] = []
    surnames = _surname_set()
    for m in speech_pattern().finditer(view):
        end = m.start()
        for size in (4, 3, 2):  # names of 2–4 characters, surnames of 1–2
            start = end - size
            if start < 1 or view[start - 1] not in _SPEECH_BEFORE or (out and start < out[-1][1]):
                continue
            name = view[start:end]
            if any(name[:n] in surnames and 1 <= size - n <= 2 for n in (1, 2)) and all(
                "\u3400" <= c <= "\u9fff" for c in name
            ):
                out.append((start, end))
                break
    return out


@cache
def _followers() -> tuple[str, ...]:
    """Words of two or more characters that follow a name, so never begin a given name
    (师傅介绍 is no 傅介绍)."""
    return tuple(w for w in lex.speech_verbs() if len(w) >= 2)


@cache
def _role_set() -> frozenset[str]:
    """Descriptions (村民, 居民) that are in the title table too."""
    return frozenset(lex.person_roles("role"))


@cache
def _surname_set() -> frozenset[str]:
    return frozenset(lex.surnames())


_HAN_GAP = regex.compile(rf"\p{{Han}}{{0,{MAX_DEPARTMENT}}}")


def _org_before(ctx: Context, title_start: int, orgs: list[Found], ends: list[int]) -> str | None:
    """The organisation that ends just before the title, a department at most between
    (``orgs`` do not overlap and are in order, so ``ends``, their ends, are sorted)."""
    i = bisect_right(ends, title_start) - 1
    if i >= 0 and _HAN_GAP.fullmatch(ctx.view, ends[i], title_start):
        return orgs[i].fields["name"]
    return None


@register("people")
def find_people(ctx: Context) -> list[Found]:
    """Person facts with ``title`` and ``org`` when the text states them."""
    from newsfacts.extract.orgs import analyse

    orgs = analyse(ctx)
    ends = [f.end for f in orgs]
    out: list[Found] = []
    not_names = set(lex.not_names())
    roles = _role_set()
    for m in person_pattern().finditer(ctx.view):
        name = m.group("name")
        if name in not_names or name[0] == name[1] or name[1:].startswith(_followers()):
            continue
        if m.group("title") in roles and ctx.view.startswith("是", m.end()):
            continue  # 村民张某是…: a description, found below only with its cue
        first = _earlier_titles(ctx.view, m.start("title"))
        out.append(Found("person", m.start("name"), m.end("name"), "person.title.v1", {
            "name": name,
            "title": ctx.text[first : m.end("title")],
            "org": _org_before(ctx, first, orgs, ends),
        }))
    taken = {f.start for f in out}
    described, cue = described_patterns()
    for m in described.finditer(ctx.view):
        name = m.group("name")
        if m.start("name") in taken or name[0] == name[1] or name[:2] in not_names:
            continue  # 的老人全部是: a word, no name
        if not cue.search(ctx.view, max(0, m.start() - 5), m.start()):
            continue  # no description before the role: 老人服务, 村民收入
        out.append(Found("person", m.start("name"), m.end("name"), "person.described.v1",
                             {"name": name, "title": m.group("title"), "org": None}))
    for start, end in _speakers(ctx.view):
        name = ctx.view[start:end]
        if name not in not_names and name[0] != name[1]:
            out.append(Found("person", start, end, "person.speech.v1",
                             {"name": name, "title": None, "org": None}))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "person"))
    if out:
        known = {f.fields["name"]: f for f in out}
        taken = {(f.start, f.end) for f in out}
        for start, end in find_words(known, ctx.view):
            if (start, end) not in taken:
                first = known[ctx.view[start:end]]
                out.append(Found("person", start, end, "person.alias.v1", dict(first.fields)))
    return out
