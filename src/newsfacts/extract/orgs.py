"""Organisations: full names by suffix, government bodies, regulators, short company names.

Names are found on the width-folded view with compiled patterns: a suffix (有限公司, 大学 …)
is located first and the name grows leftwards over Han characters, then is cut after the last
word that cannot be inside a name: a stop ("由西京理工大学先进能源材料研究院牵头" -> the
institute) or clause material (a verb, "一趟" …), so "要一趟一趟跑医院" names nothing.
Every mention of one organisation in an article gets the same canonical ``name``: the full
name when the article states it ("星衡智算" -> "杭州星衡智算科技股份有限公司", "市科技局" ->
"武汉市科学技术局", "云塘区生态环境局" -> the "溪州市云塘区生态环境局" stated before).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.patterns import find_words, trie
from newsfacts.extract.places import main_county, main_places, may_be_city, place_before
from newsfacts.extract.registry import by_overlap_runs, register

MAX_NAME = 30
_START = attrgetter("start")
_END = attrgetter("end")
_NAME_CHAR = r"[[\p{Han}A-Za-z&·]--[的]]"
_LEFT = regex.compile(f"{_NAME_CHAR}{{0,{MAX_NAME}}}", regex.REVERSE | regex.V1)
_DETERMINERS = frozenset("该本各这那其多某每全此")
_LEADING_JUNK = "年度月日号"
_LEVELS = ("省级", "市级", "国家级", "区级", "县级")
_LOCAL = regex.compile(r"\p{Han}{2}[县区镇乡]")
_GENERIC_ENDINGS = ("试点", "合作", "指定", "首批", "联合")
_NUMERALS = "一二两三四五六七八九十几"
#: characters that end a name's left run at once (punctuation, spaces, digits, 的)
_NOT_NAME = frozenset(",.。;:!?、“”\"'()《》\n\t \u3000的0123456789%")
#: first characters of what may follow a short name in ``context`` (牵头, 联合, 、, 发布 …)
_AFTER_NAME = frozenset("牵联携共、等和合宣发数统(")


@dataclass(frozen=True, slots=True)
class _Patterns:
    suffix: re.Pattern
    stops: re.Pattern
    gov: re.Pattern
    regulator: re.Pattern
    regulator_office: re.Pattern
    tails: re.Pattern
    titles: re.Pattern
    place_start: re.Pattern
    short: regex.Pattern
    enumeration: regex.Pattern
    context: re.Pattern
    title_near: re.Pattern
    byline: regex.Pattern
    called: regex.Pattern
    generic: re.Pattern
    counted: re.Pattern
    kinds_after: re.Pattern
    backer_verb: re.Pattern
    backers: re.Pattern
    backer: re.Pattern
    local: re.Pattern
    this_bank: re.Pattern


def _build() -> _Patterns:
    places = trie(list(lex.places()))
    tails = trie(lex.company_tails())
    name = r"[[\p{Han}A-Za-z]--[的]]"
    han = r"(?:(?!的)[\u4e00-\u9fffA-Za-z])"  # the same for the stdlib engine
    titles = trie(lex.titles())
    numerals = f"0-9{_NUMERALS}百千多"
    kind = lex.org_counters("kind")
    backer = rf"(?![由获]){han}{{2,6}}?(?:{tails})"
    verbs = trie(lex.backer_verbs())
    return _Patterns(
        suffix=re.compile(trie(list(lex.org_suffixes()))),
        # every stop, overlapping ones included: a lookahead at each position
        stops=re.compile(
            rf"(?=(?P<w>{trie(lex.name_stops())}"
            rf"|[{_NUMERALS}]+(?:{trie(lex.verbal_measures())})))"
        ),
        gov=re.compile(trie(list(lex.gov_bodies()))),
        regulator=re.compile(
            rf"(?P<head>{trie(lex.regulator_heads())})"
            rf"|(?P<body>{trie(list(lex.regulators()))})"
        ),
        regulator_office=re.compile(rf"(?:{places})[省市]?监管分?局"),
        tails=re.compile(tails),
        titles=re.compile(titles),
        place_start=re.compile(rf"(?:{places})[市省]?"),
        short=regex.compile(rf"{name}{{2,6}}(?:{tails})", regex.V1),
        enumeration=regex.compile(r"(?:[[\p{Han}A-Za-z&·]--[的]]+、)+[[\p{Han}A-Za-z&·]--[的]]+",
                                  regex.V1),
        # short names in an organisation's context: 由X牵头, X牵头, 联合X、Y等
        context=re.compile(
            rf"(?:由|联合|携手)(?P<a>{han}{{2,6}}?(?:{tails}))(?=牵头|联合|携手|共同|、|等|和|合作)"
            rf"|(?:(?<=[,。;:、\s])|^)(?P<b>{han}{{2,6}}?(?:{tails}))(?=牵头|联合|携手|宣布|发布)"
            rf"|(?<=机构|公司|企业)(?P<c>{han}{{2,6}}?(?:{tails}))(?=发布|数据|统计)"
            rf"|(?:(?<=[,。;:、\s”])|^)(?P<d>{han}{{2,6}}?(?:{tails}))"
            rf"(?=\([0-9]{{6}}(?:\.[A-Z]{{2}})?\)|{han}{{0,6}}?(?:{titles})[\u4e00-\u9fff])",
            re.MULTILINE,
        ),
        title_near=re.compile(rf".{{0,9}}?(?:{titles})"),
        called=regex.compile(r"\((?:以下)?简称“(?P<name>[^“”\n]{2,12})”\)"),
        byline=regex.compile(r"据(?P<name>[^\s,。;]{2,24}?)(?:报道|消息|电)?$"),
        # a body made of kind words only (二级以上公立, 三级公立): a kind of body, no name
        generic=re.compile(
            rf"(?:{trie([w for w in lex.org_generic() if len(w) > 1])}"
            r"|及?以[上下])+"
        ),
        # a number and a classifier or a class word: 三家医院, 五大中心
        counted=re.compile(rf"[{numerals}]+[{lex.org_counters('count')}{kind}]"),
        # a list closed by 等 and a class of N (胸痛中心、卒中中心等“五大中心”)
        kinds_after=re.compile(rf"(?:、[^、,。;]{{1,12}}?)*等“?[{numerals}]+[{kind}]"),
        backer_verb=re.compile(verbs),
        # investors named short before a verb of investing, alone or listed, one of them
        # maybe with its country (新加坡的星洲生命科学基金), the list closed by 等 and a
        # count (等6家机构跟投)
        backers=re.compile(
            rf"(?:(?<=[,。;:\s”由获])|^){backer}(?:[、和与及](?:(?:{places})的)?{backer})*"
            rf"(?:等(?:[{numerals}]+[家个位])?{han}{{0,6}}?)?(?:共同|联合)?(?:{verbs})$",
            re.MULTILINE,
        ),
        backer=re.compile(rf"{backer}(?=[、和与及等]|共同|联合|{verbs})"),
        # the places opening a name: 潍坊市潍河医院 -> 潍河医院, 汐水县青竹乡… -> 青竹乡…
        local=re.compile(rf"(?:(?:{places})(?:省|市|自治区)?|{han}{{2}}[市县区乡镇])+"),
        # a branch written after 该行 (该行宜昌临江支行): the bank is the one named before
        this_bank=re.compile(
            rf"该行(?P<name>{han}{{2,8}}?(?:{trie(_with_class('branch'))}))"
        ),
    )


def _with_class(cls: str) -> list[str]:
    return [s for s, c in lex.org_suffixes().items() if c == cls]


_PATTERNS: _Patterns | None = None


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _build()
    return _PATTERNS


def _trim_left(view: str, start: int, body_end: int) -> int:
    """Move ``start`` past the last word that cannot start a name and past leading date words."""
    cut = start
    for m in patterns().stops.finditer(view, start, body_end):
        end = m.end("w")
        if end > cut and end <= body_end and not _after_place(view, start, m.start()):
            cut = end
    while cut < body_end and view[cut] in _LEADING_JUNK:
        cut += 1
    return cut


def _after_place(view: str, start: int, pos: int) -> bool:
    """A stop right after a place name is part of the name (香港联合交易所)."""
    return pos - start >= 2 and 0 < place_before(view, pos) <= pos - start


def _suffix_of(name: str) -> str | None:
    """The longest organisation suffix ``name`` ends with."""
    table = lex.org_suffixes()
    for n in _suffix_lengths():
        if name[-n:] in table:
            return name[-n:]
    return None


@cache
def _generic() -> frozenset[str]:
    return frozenset(lex.org_generic())


@cache
def _suffix_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(s) for s in lex.org_suffixes()}, reverse=True))


@cache
def _suffix_words() -> tuple[str, ...]:
    return tuple(lex.org_suffixes())


@lru_cache(maxsize=8192)
def _valid_suffix_name(name: str, suffix: str, bounded: bool) -> bool:
    """A name by suffix is kept when what stands before the suffix names something.

    A weak suffix (中心, 实验室 …) needs a place first, or a short name standing alone
    (``bounded``: punctuation or a name stop right before it); a branch (支行) needs its
    parent's name. Names repeat across articles, and the answer follows from the name
    alone (cached).
    """
    places = _places_tuple()
    body = name[: -len(suffix)]
    if len(body) < 2 or body[0] in _DETERMINERS or body in _generic():
        return False
    if patterns().generic.fullmatch(body) or patterns().counted.match(body):
        return False
    if body.startswith(_suffix_words()) or body.startswith(_LEVELS):
        return False
    if body.endswith(_GENERIC_ENDINGS):
        return False
    cls = lex.org_suffixes()[suffix]
    placed = body.startswith(places) or body.startswith(("中国", "国家", "全国")) or bool(
        _LOCAL.match(body)
    ) or (body[2:3] == "市" and len(body) > 3 and may_be_city(body[:2]))  # 黄山市屯溪区…
    if cls == "placed":
        return placed or patterns().place_start.search(body) is not None
    if cls == "branch":  # 瀚海银行长兴支行: the parent named by its own suffix
        return patterns().suffix.search(body) is not None
    if cls == "weak":
        if patterns().local.fullmatch(body):
            return False  # 洋口镇中心, 上海市中心: a place and a common word, the town centre
        return placed or (bounded and len(body) <= 4 and not body.startswith(("省", "市"))) or (
            _holds_parent(body)
        )
    return True


def _holds_parent(body: str) -> bool:
    """A body naming the organisation a unit belongs to by its strong suffix (庐陵农林大学
    林学院森林碳汇研究中心: the university, then the college), a suffix word followed by
    what would make it a common word (大学生) excepted."""
    table, blockers = lex.org_suffixes(), lex.suffix_blockers()
    return any(
        m.start() >= 2 and table[m.group()] == "strong"
        and body[m.end() : m.end() + 1] not in blockers.get(m.group(), "")
        for m in patterns().suffix.finditer(body)
    )


#: suffixes of a unit inside a university or an academy (建筑与规划学院, 材料与化工研究所)
_UNITS = frozenset({"学院", "研究院", "研究所", "中心", "实验室"})


def _joined_unit(view: str, run_start: int, start: int) -> int:
    """Where a unit whose name holds 与 / 和 begins when its parent, named by a strong
    suffix, stands right before it: "澜州理工大学建筑与规划学院" is one name, while
    "清华大学和北京大学", "北京大学教授和…学院" are two (no unit word between the parent and
    the 和, or a title there); ``start`` when no parent is found."""
    stop, p = start - 1, patterns()
    table = lex.org_suffixes()
    parent = None
    for m in p.suffix.finditer(view, run_start, stop):
        if table[m.group()] == "strong" and m.start() - run_start >= 2:
            parent = m
    if parent is None or not 1 <= stop - parent.end() <= 6:
        return start
    if p.titles.search(view, parent.end(), stop) or p.stops.search(view, parent.end(), stop):
        return start
    return _trim_left(view, run_start, parent.start())


def _find_by_suffix(ctx: Context, out: list[Found]) -> None:
    view, p = ctx.view, patterns()
    blockers, verbs = lex.suffix_blockers(), lex.suffix_verbs()
    counters = lex.org_counters("count")
    for m in p.suffix.finditer(view):
        if m.end() < len(view) and view[m.end()] in blockers.get(m.group(), ""):
            continue
        if m.start() > 0 and view[m.start() - 1] in verbs.get(m.group(), ""):
            continue  # 在桂林读大学: a verb and its object
        if m.start() < 2 or view[m.start() - 1] in _NOT_NAME:  # ，集团所属: no name
            continue
        left = _LEFT.match(view, 0, m.start())
        run_start = left.start() if left else m.start()
        start = _trim_left(view, run_start, m.start())
        if start > run_start and view[start - 1] in "与和" and m.group() in _UNITS:
            start = _joined_unit(view, run_start, start)
        if start == run_start > 0 and view[start - 1].isdigit() and view[start] in counters:
            start += 1  # 12家三级医院: the classifier of a count
        if start > 0 and view[start - 1] == "“" and view.startswith("”", m.end()) and (
            not view.endswith("称", 0, start - 1)
        ):
            continue  # “时间银行”: a coined name of a scheme (see projects), unless 简称“…”
        name = ctx.text[start : m.end()]
        suffix = _suffix_of(name)
        bounded = start > run_start or run_start == 0 or (
            not view[run_start - 1].isalnum() and view[run_start - 1] not in "”\"'"
        )
        if bounded and suffix and lex.org_suffixes()[suffix] == "weak" and p.kinds_after.match(
            view, m.end()
        ):
            continue  # 胸痛中心、卒中中心等五大中心: kinds of centre
        if suffix and _valid_suffix_name(name, suffix, bounded):
            out.append(Found("org", start, m.end(), "org.suffix.v1", {"name": name}))


@cache
def _places_tuple() -> tuple[str, ...]:
    return tuple(lex.places())


def _gov_name(pre: str, body: str, city: str | None, province: str | None,
              county: str | None = None) -> str:
    full = lex.gov_bodies()[body]
    if pre == "市" and city:
        return f"{city}市{full}"
    if pre == "省" and province:
        return f"{province}省{full}"
    if pre == "县" and county:  # 在吉安市杉源县… 县林业局 -> 杉源县林业局
        return f"{county}县{full}"
    if pre in lex.places():
        kind = lex.places()[pre]
        return pre + ("市" if kind == "city" else "省" if kind == "province" else "") + full
    return pre + full


def _gov_prefix(view: str, start: int) -> str:
    """The place before a body ending at ``start``: 市, 成都市, 溪州市云塘区, 国家 …

    A district keeps the city (and province) before it; an unknown city is two characters
    before 市 that may name one (not 获悉市, 11月获市).
    """
    pos = _district_start(view, start)
    if pos is None:
        n = _known_place_before(view, start) or _unknown_city_before(view, start)
        if n:
            return view[start - n : start]
        return next((w for w in _LONE_PREFIXES if view.endswith(w, 0, start)), "")
    return view[pos:start]


_LONE_PREFIXES = ("国家", "自治区", "市", "省", "区", "县")


def _known_place_before(view: str, end: int) -> int:
    """A place of the table with its 省 / 市 / 自治区 ending at ``end``: its length or 0."""
    for suffix in ("自治区", "省", "市", ""):
        if view.endswith(suffix, 0, end):
            n = place_before(view, end - len(suffix))
            if n:
                return n + len(suffix)
    return 0


def _unknown_city_before(view: str, end: int) -> int:
    return 3 if end >= 3 and view[end - 1] == "市" and may_be_city(view[end - 3 : end - 1]) else 0


def _district_start(view: str, start: int) -> int | None:
    """Where a district (two characters and 区 / 县, or three after its city: 浦东新区)
    ending at ``start`` begins, its city and province included; None when none ends there
    or a word that cannot open a name (联合, 由) stands where its name would."""
    if start < 3 or view[start - 1] not in "区县":
        return None
    for size in (3, 2):
        pos = start - 1 - size
        if pos < 0 or not _han(view[pos : start - 1]) or "市" in view[pos : start - 1]:
            continue
        if view[pos : start - 1] in _stop_words():
            continue  # 联合县发展改革局: a verb, then a county body written short
        city = pos
        if view.endswith("市", 0, pos) and (n := place_before(view, pos - 1)):
            city -= n + 1
        elif n := place_before(view, pos) or _unknown_city_before(view, pos):
            city -= n
        if view.endswith("省", 0, city) and (n := place_before(view, city - 1)):
            city -= n + 1
        if city < pos or size == 2:
            return city
    return None


def _han(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _find_gov(ctx: Context, out: list[Found]) -> None:
    mains: tuple[str | None, str | None] | None = None  # read only for a bare 市 or 省
    county: str | None = None  # read only for a bare 县 ("" when the article names none)
    view, p = ctx.view, patterns()
    not_prefix = lex.not_place_chars()
    new: list[Found] = []
    for m in p.gov.finditer(view):
        body = m.group()
        pre = _gov_prefix(view, m.start())
        if not pre and not (body.endswith("部") and not body.endswith("指挥部")):
            continue  # a ministry stands alone (科技部); a headquarters (指挥部) never does
        start = m.start() - len(pre)
        if len(pre) == 1 and start > 0 and view[start - 1] in not_prefix:
            continue
        pre_text = ctx.text[start : m.start()]
        if mains is None and pre_text in ("市", "省"):
            mains = main_places(ctx)
        if county is None and pre_text == "县":
            county = main_county(view) or ""
        name = _gov_name(pre_text, body, *(mains or (None, None)), county)
        new.append(Found("org", start, m.end(), "org.gov.v1", {"name": name}))
    _complete_districts(new)
    out.extend(new)


def _complete_districts(found: list[Found]) -> None:
    """A district body named without its city takes the name stated with it (云塘区… ->
    溪州市云塘区…)."""
    names = {f.fields["name"] for f in found}
    for f in found:
        name = f.fields["name"]
        if _LOCAL.match(name):
            longer = [n for n in names if len(n) > len(name) and n.endswith(name)]
            if longer:
                f.fields["name"] = max(longer, key=len)


def _find_regulators(ctx: Context, out: list[Found]) -> None:
    """Regional regulator offices, short (厦门金融监管局) or full, under their full name."""
    if "监" not in ctx.view:
        return
    p, view = patterns(), ctx.view
    for m in p.regulator.finditer(view):
        if m.group("head"):
            office = p.regulator_office.match(view, m.end())
            if office:
                out.append(Found("org", m.start(), office.end(), "org.regulator.v1",
                                 {"name": ctx.text[m.start() : office.end()]}))
            continue
        n = place_before(view, m.start())
        if n:
            name = lex.regulators()[m.group("body")].format(place=view[m.start() - n : m.start()])
            out.append(Found("org", m.start() - n, m.end(), "org.regulator.v1", {"name": name}))


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(lex.name_stops())


def _find_byline(ctx: Context, out: list[Found]) -> None:
    for start, end, kind in ctx.blocks:
        if kind != "byline":
            continue
        m = patterns().byline.match(ctx.view, start, end)
        if m:
            out.append(Found("org", m.start("name"), m.end("name"), "org.byline.v1",
                             {"name": ctx.text[m.start("name") : m.end("name")]}))


def _find_in_context(ctx: Context, out: list[Found]) -> None:
    """Short names in an organisation's context, searched only around company tails that
    a context word, a stock code or a title follows."""
    p, seen, view = patterns(), set(), ctx.view
    for t in p.tails.finditer(view):
        # a title may hold the tail (证券分析师)
        if view[t.end() : t.end() + 1] not in _AFTER_NAME and not p.title_near.match(
            view, t.start(), t.end() + 14
        ):
            continue
        m = p.context.search(view, max(0, t.start() - 10), t.end() + 20)
        if m is None or m.span() in seen:
            continue
        seen.add(m.span())
        g = next(k for k in ("a", "b", "c", "d") if m.group(k))
        s, e = m.span(g)
        s = _trim_left(ctx.view, s, e - 2)
        if p.suffix.search(ctx.view, s, e - 1) is None:  # 秦川银行科技金融部: bank, department
            out.append(Found("org", s, e, "org.context.v1", {"name": ctx.text[s:e]}))


@cache
def _tails_longest() -> tuple[str, ...]:
    return tuple(sorted(lex.company_tails(), key=len, reverse=True))


def _find_backers(ctx: Context, out: list[Found]) -> None:
    """Investors named short before a verb of investing: 由星澜资本领投, and each of a list
    closed by 等 (华屿创投、江南产业基金等老股东跟投)."""
    p, view = patterns(), ctx.view
    last = 0
    tails = _tails_longest()
    for v in p.backer_verb.finditer(view):
        at = v.start() - 2 if view.endswith(("共同", "联合"), 0, v.start()) else v.start()
        if not view.endswith(tails, 0, at) and view.find("等", v.start() - 8, at) < 0:
            continue  # no tail before the verb, no list closed by 等: no investor
        m = p.backers.search(view, max(last, v.start() - 48), v.end())
        if m is None:
            continue
        for item in p.backer.finditer(view, m.start(), v.end()):
            s = _trim_left(view, item.start(), item.end() - 2)
            stem = view[s : item.end()]
            stem = next((stem[: -len(t)] for t in _tails_longest() if stem.endswith(t)), stem)
            if len(stem) < 2 or stem in _generic() or p.generic.fullmatch(stem):
                continue  # 民间资本投资: capital of a kind, no investor
            out.append(Found("org", s, item.end(), "org.context.v1",
                             {"name": ctx.text[s : item.end()]}))
        last = v.end()


def _find_branches_of_this_bank(ctx: Context, out: list[Found]) -> None:
    """A branch written after 该行 gets the name of the bank named last before it
    (荆楚银行武汉分行 …；该行宜昌临江支行 -> 荆楚银行宜昌临江支行)."""
    if "该行" not in ctx.view:
        return
    p, view = patterns(), ctx.view
    for m in p.this_bank.finditer(view):
        s, e = m.span("name")
        if p.stops.search(view, s, e - 2) is not None:
            continue  # 该行将在…支行: a clause, not a name
        banks = [f for f in out if f.end <= m.start() and "银行" in f.fields["name"]]
        if banks:
            parent = max(banks, key=_END).fields["name"]
            bank = parent[: parent.index("银行") + 2]
            out.append(Found("org", s, e, "org.branch.v1", {"name": bank + ctx.text[s:e]}))


def _enumerations(view: str, positions: list[int]) -> list[regex.Match]:
    """The 、-lists holding the given positions of 、 (each list once)."""
    out: list[regex.Match] = []
    covered = -1
    for pos in positions:
        if pos <= covered:
            continue
        m = patterns().enumeration.search(view, max(0, pos - 40), pos + 40)
        while m is not None and m.end() < pos:
            m = patterns().enumeration.search(view, m.end(), pos + 40)
        if m is not None and m.start() <= pos:
            out.append(m)
            covered = m.end()
    return out


def _find_in_lists(ctx: Context, found: list[Found]) -> list[Found]:
    """Short company names listed beside known organisations (浙江大学、星衡智算科技等)."""
    ends = {f.end for f in found}
    extra: list[Found] = []
    view = ctx.view
    windows = sorted({f.end for f in found if view.startswith("、", f.end)}
                     | {f.start - 1 for f in found if f.start > 0 and view[f.start - 1] == "、"})
    for m in _enumerations(view, windows):
        items: list[tuple[int, int]] = []
        pos = m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        s, e = items[-1]
        cut = ctx.view.find("等", s, e)
        if cut > s:
            items[-1] = (s, cut)
        s, e = items[0]
        items[0] = (_trim_left(ctx.view, s, e - 1), e)
        if not any(e in ends for _, e in items):
            continue
        for s, e in items:
            if e not in ends and patterns().short.fullmatch(ctx.view, s, e):
                extra.append(Found("org", s, e, "org.context.v1", {"name": ctx.text[s:e]}))
    return found + extra


def _complete_units(found: list[Found]) -> None:
    """A unit named once under its parent (吴中医科大学药学院) and later without it, at the
    head of a smaller unit (药学院核酸药物研究所), takes the parent's name there too."""
    units: dict[str, str] = {}
    table = _suffix_words()
    for f in found:
        if f.rule == "org.suffix.v1" and (parent := _parent_of(f.fields["name"])):
            unit = f.fields["name"][len(parent) :]
            if len(unit) >= 3 and unit not in lex.org_suffixes():
                units.setdefault(unit, parent)
    if not units:
        return
    for f in found:
        name = f.fields["name"]
        if f.rule == "org.suffix.v1" and name.startswith(tuple(units)):
            unit = next(u for u in units if name.startswith(u))
            if len(name) > len(unit) and name.endswith(table):
                f.fields["name"] = units[unit] + name


def _parent_of(name: str) -> str | None:
    """The parent opening a unit's name, up to its strong suffix (吴中医科大学药学院 ->
    吴中医科大学), or None."""
    table, blockers = lex.org_suffixes(), lex.suffix_blockers()
    ends = [m.end() for m in patterns().suffix.finditer(name, 0, len(name) - 2)
            if m.start() >= 2 and table[m.group()] == "strong"
            and name[m.end() : m.end() + 1] not in blockers.get(m.group(), "")]
    return name[: ends[-1]] if ends else None


def _user_entries(ctx: Context, out: list[Found]) -> None:
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "org"))


def _longest(found: list[Found]) -> list[Found]:
    """Non-overlapping mentions, the longest first (earlier first on ties), by start."""
    return sorted(by_overlap_runs(found, _longest_run), key=_START)


def _longest_run(found: list[Found]) -> list[Found]:
    starts: list[int] = []  # kept spans, sorted and disjoint
    ends: list[int] = []
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        i = bisect_left(starts, f.end)  # spans before i start before f ends
        if i and ends[i - 1] > f.start:
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        kept.append(f)
    return kept


def short_forms(name: str) -> list[str]:
    """Shorter ways an article may write a full company name, longest first.

    >>> short_forms("杭州星衡智算科技股份有限公司")
    ['星衡智算科技', '星衡智算']
    """
    return list(_short_forms(name))


@lru_cache(maxsize=8192)
def _short_forms(name: str) -> tuple[str, ...]:
    """``short_forms``, once per name (names repeat across articles)."""
    forms: list[str] = []
    suffix = _suffix_of(name)
    if suffix is None or lex.org_suffixes()[suffix] != "strong" or suffix in ("大学", "学院"):
        return ()
    stem = name[: -len(suffix)]
    place = patterns().place_start.match(stem)
    if place:
        bare = place.group().rstrip("市省")
        if len(stem) - len(bare) >= 3:
            stem = stem[len(bare) :].removeprefix("市").removeprefix("省")
    if patterns().local.fullmatch(stem):
        return ()  # 顺昌县医院: what is left is the county, no short name of the hospital
    tails = lex.company_tails()
    while len(stem) >= 3:
        forms.append(stem)
        if not stem.endswith(tails):
            break
        tail = next(t for t in tails if stem.endswith(t))
        if len(stem) <= len(tail):
            break
        stem = stem[: -len(tail)]
    return tuple(f for f in forms if len(f) >= 3 and f != name)


@lru_cache(maxsize=8192)
def without_place(name: str) -> str | None:
    """The name without the places opening it, when what is left still names something
    (cached: names repeat across articles).

    >>> without_place("潍坊市潍河医院")
    '潍河医院'
    """
    suffix = _suffix_of(name)
    m = patterns().local.match(name)
    if suffix is None or m is None or lex.org_suffixes()[suffix] == "placed":
        return None
    rest = name[m.end() :]
    body = rest[: -len(suffix)]
    if len(body) < 2 or body in _generic() or patterns().generic.fullmatch(body):
        return None
    if patterns().gov.search(rest) or patterns().counted.match(body):
        return None
    return rest


def _bare_names(found: list[Found]) -> dict[str, str]:
    """Names without their places -> the full name, when only one full name gives it
    (江北区人民医院 and 渝中区人民医院 leave 人民医院 to neither)."""
    bare: dict[str, set[str]] = {}
    for f in found:
        if f.rule == "org.suffix.v1" and (form := without_place(f.fields["name"])):
            bare.setdefault(form, set()).add(f.fields["name"])
    return {form: next(iter(full)) for form, full in bare.items() if len(full) == 1}


def _link_aliases(ctx: Context, found: list[Found]) -> list[Found]:
    """Find every further mention of a known organisation and give it the canonical name."""
    canon: dict[str, str] = {}
    for f in found:
        full = f.fields["name"]
        if f.rule == "org.suffix.v1":
            for form in _short_forms(full):
                canon.setdefault(form, full)
        elif f.rule == "org.context.v1":
            for tail in lex.company_tails():
                brand = full.removesuffix(tail)
                if brand != full and len(brand) >= 3:
                    canon.setdefault(brand, full)
    for form, full in _bare_names(found).items():
        canon.setdefault(form, full)
    for f in found:
        canon.setdefault(ctx.text[f.start : f.end], f.fields["name"])
    for m in patterns().called.finditer(ctx.view):
        before = [f for f in found if f.end == m.start()]
        if before:
            canon[ctx.text[m.start("name") : m.end("name")]] = before[0].fields["name"]
    if not canon:
        return found
    found_at = {(f.start, f.end) for f in found}  # a mention there loses to what is found
    text = ctx.text
    extra = [Found("org", s, e, "org.alias.v1", {"name": canon[text[s:e]]})
             for s, e in find_words(canon, text) if (s, e) not in found_at]
    merged = _longest(found + extra)
    for f in merged:
        f.fields["name"] = canon.get(f.fields["name"], f.fields["name"])
    return merged


def analyse(ctx: Context) -> list[Found]:
    """Every organisation mention of the article, non-overlapping, canonically named."""
    cached = getattr(_CACHE, "entry", None)
    if cached is not None and cached[0] is ctx:
        return cached[1]
    found: list[Found] = []
    _user_entries(ctx, found)
    _find_gov(ctx, found)
    _find_regulators(ctx, found)
    _find_by_suffix(ctx, found)
    _find_byline(ctx, found)
    _find_in_context(ctx, found)
    _find_backers(ctx, found)
    _find_branches_of_this_bank(ctx, found)
    found = _find_in_lists(ctx, _longest(found))
    _complete_units(found)
    result = _link_aliases(ctx, _longest(found))
    _CACHE.entry = (ctx, result)
    return result


_CACHE = threading.local()


@register("orgs")
def find_orgs(ctx: Context) -> list[Found]:
    """Organisation facts (copies: the pipeline may change them)."""
    return [Found(f.kind, f.start, f.end, f.rule, dict(f.fields)) for f in analyse(ctx)]
