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
from dataclasses import dataclass
from functools import cache

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.places import main_places
from newsfacts.extract.registry import register

MAX_NAME = 30
_NAME_CHAR = r"[[\p{Han}A-Za-z&·]--[的]]"
_LEFT = regex.compile(f"{_NAME_CHAR}{{0,{MAX_NAME}}}", regex.REVERSE | regex.V1)
_DETERMINERS = frozenset("该本各这那其多某每全此")
_LEADING_JUNK = "年度月日号"
_LEVELS = ("省级", "市级", "国家级", "区级", "县级")
_LOCAL = regex.compile(r"\p{Han}{2}[县区镇]")
_GENERIC_ENDINGS = ("试点", "合作", "指定", "首批", "联合")
_NUMERALS = "一二两三四五六七八九十几"


@dataclass(frozen=True, slots=True)
class _Patterns:
    suffix: re.Pattern
    stops: regex.Pattern
    gov: re.Pattern
    gov_prefix: regex.Pattern
    gov_prefix_known: regex.Pattern
    regulator: regex.Pattern
    tails: re.Pattern
    place_end: regex.Pattern
    short: regex.Pattern
    enumeration: regex.Pattern
    context: regex.Pattern
    byline: regex.Pattern
    called: regex.Pattern


def _build() -> _Patterns:
    places = lex.alternation(list(lex.places()))
    tails = lex.alternation(lex.company_tails())
    name = r"[[\p{Han}A-Za-z]--[的]]"
    titles = lex.alternation(lex.titles())
    # an unknown city: two characters none of which makes a common word before 市 (上市)
    stop_chars = "".join(w for w in lex.name_stops() if len(w) == 1)
    city = rf"[[\p{{Han}}]--[{''.join(sorted(lex.not_place_chars('name')))}{stop_chars}]]{{2}}市"
    district = rf"(?:(?:{places})省)?(?:(?:{places})市?|(?P<city>{city}))?\p{{Han}}{{2}}[县区]"
    known = rf"(?:{places})(?:省|市|自治区)?|\p{{Han}}{{2}}[县区]|国家|市|省|自治区|区|县"
    return _Patterns(
        suffix=re.compile(lex.alternation(list(lex.org_suffixes()))),
        stops=regex.compile(
            rf"{lex.alternation(lex.name_stops())}"
            rf"|[{_NUMERALS}]+(?:{lex.alternation(lex.verbal_measures())})"
        ),
        gov=re.compile(lex.alternation(list(lex.gov_bodies()))),
        gov_prefix=regex.compile(rf"{district}|(?P<city2>{city})|{known}",
                                 regex.REVERSE | regex.V1),
        gov_prefix_known=regex.compile(known, regex.REVERSE),
        regulator=regex.compile(
            rf"(?:{lex.alternation(lex.regulator_heads())})(?:{places})(?:省|市)?监管分?局"
            rf"|(?P<place>{places})(?P<body>{lex.alternation(list(lex.regulators()))})"
        ),
        tails=re.compile(tails),
        place_end=regex.compile(places, regex.REVERSE),
        short=regex.compile(rf"{name}{{2,6}}(?:{tails})", regex.V1),
        enumeration=regex.compile(r"(?:[[\p{Han}A-Za-z&·]--[的]]+、)+[[\p{Han}A-Za-z&·]--[的]]+",
                                  regex.V1),
        # short names in an organisation's context: 由X牵头, X牵头, 联合X、Y等
        context=regex.compile(
            rf"(?:由|联合|携手)(?P<a>{name}{{2,6}}?(?:{tails}))(?=牵头|联合|携手|共同|、|等|和|合作)"
            rf"|(?<=^|[,。;:、\s])(?P<b>{name}{{2,6}}?(?:{tails}))(?=牵头|联合|携手|宣布|发布)"
            rf"|(?<=机构|公司|企业)(?P<c>{name}{{2,6}}?(?:{tails}))(?=发布|数据|统计)"
            rf"|(?<=^|[,。;:、\s”])(?P<d>{name}{{2,6}}?(?:{tails}))"
            rf"(?=\([0-9]{{6}}(?:\.[A-Z]{{2}})?\)|{name}{{0,6}}?(?:{titles})\p{{Han}})",
            regex.V1 | regex.MULTILINE,
        ),
        called=regex.compile(r"\((?:以下)?简称“(?P<name>[^“”\n]{2,12})”\)"),
        byline=regex.compile(r"据(?P<name>[^\s,。;]{2,24}?)(?:报道|消息|电)?$"),
    )


_PATTERNS: _Patterns | None = None


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _build()
    return _PATTERNS


def _trim_left(view: str, start: int, body_end: int) -> int:
    """Move ``start`` past the last word that cannot start a name and past leading date words."""
    cut = start
    for m in patterns().stops.finditer(view, start, body_end, overlapped=True):
        if m.end() > cut and m.end() <= body_end and not _after_place(view, start, m.start()):
            cut = m.end()
    while cut < body_end and view[cut] in _LEADING_JUNK:
        cut += 1
    return cut


def _after_place(view: str, start: int, pos: int) -> bool:
    """A stop right after a place name is part of the name (香港联合交易所)."""
    return pos - start >= 2 and patterns().place_end.match(view, start, pos) is not None


def _suffix_of(name: str) -> str | None:
    for suf in lex.suffixes_longest_first():
        if name.endswith(suf):
            return suf
    return None


def _valid_suffix_name(name: str, suffix: str, places: tuple[str, ...], bounded: bool) -> bool:
    """A name by suffix is kept when what stands before the suffix names something.

    A weak suffix (中心, 实验室 …) needs a place first, or a short name standing alone
    (``bounded``: punctuation or a name stop right before it).
    """
    body = name[: -len(suffix)]
    generic = lex.org_generic()
    if len(body) < 2 or body[0] in _DETERMINERS or body in generic:
        return False
    if body.startswith(tuple(lex.org_suffixes())) or body.startswith(_LEVELS):
        return False
    if any(body.endswith(g) for g in _GENERIC_ENDINGS):
        return False
    cls = lex.org_suffixes()[suffix]
    placed = body.startswith(places) or body.startswith(("中国", "国家", "全国")) or bool(
        _LOCAL.match(body)
    )
    if cls == "placed":
        return placed or any(p in body for p in places)
    if cls == "weak":
        return placed or (bounded and len(body) <= 4 and not body.startswith(("省", "市")))
    return True


def _find_by_suffix(ctx: Context, out: list[Found]) -> None:
    view, p = ctx.view, patterns()
    places = tuple(lex.places())
    for m in p.suffix.finditer(view):
        if m.end() < len(view) and view[m.end()] in lex.suffix_blockers().get(m.group(), ""):
            continue
        left = _LEFT.match(view, 0, m.start())
        run_start = left.start() if left else m.start()
        start = _trim_left(view, run_start, m.start())
        name = ctx.text[start : m.end()]
        suffix = _suffix_of(name)
        bounded = start > run_start or run_start == 0 or (
            not view[run_start - 1].isalnum() and view[run_start - 1] not in "”\"'"
        )
        if suffix and _valid_suffix_name(name, suffix, places, bounded):
            out.append(Found("org", start, m.end(), "org.suffix.v1", {"name": name}))


def _gov_name(pre: str, body: str, city: str | None, province: str | None) -> str:
    full = lex.gov_bodies()[body]
    if pre == "市" and city:
        return f"{city}市{full}"
    if pre == "省" and province:
        return f"{province}省{full}"
    if pre in lex.places():
        kind = lex.places()[pre]
        return pre + ("市" if kind == "city" else "省" if kind == "province" else "") + full
    return pre + full


def _gov_prefix(view: str, start: int) -> str:
    """The place before a body ending at ``start``: 市, 成都市, 溪州市云塘区, 国家 …

    An unknown city (two characters before 市) counts only when it is no stop word (获悉市).
    """
    p = patterns()
    pm = p.gov_prefix.match(view, max(0, start - 16), start)
    if pm is None:
        return ""
    city = pm.group("city") or pm.group("city2")
    if city and city[:2] in _stop_words():
        pm = p.gov_prefix_known.match(view, max(0, start - 12), start)
    return pm.group() if pm else ""


def _find_gov(ctx: Context, out: list[Found]) -> None:
    city, province = main_places(ctx)
    view, p = ctx.view, patterns()
    not_prefix = lex.not_place_chars()
    new: list[Found] = []
    for m in p.gov.finditer(view):
        body = m.group()
        pre = _gov_prefix(view, m.start())
        if not pre and not body.endswith("部"):
            continue
        start = m.start() - len(pre)
        if len(pre) == 1 and start > 0 and view[start - 1] in not_prefix:
            continue
        name = _gov_name(ctx.text[start : m.start()], body, city, province)
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
    for m in patterns().regulator.finditer(ctx.view):
        if m.group("body"):
            name = lex.regulators()[m.group("body")].format(place=m.group("place"))
        else:
            name = ctx.text[m.start() : m.end()]
        out.append(Found("org", m.start(), m.end(), "org.regulator.v1", {"name": name}))


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
    """Short names in an organisation's context, searched only around company tails."""
    p, seen = patterns(), set()
    for t in p.tails.finditer(ctx.view):
        m = p.context.search(ctx.view, max(0, t.start() - 10), t.end() + 20)
        if m is None or m.span() in seen:
            continue
        seen.add(m.span())
        g = next(k for k in ("a", "b", "c", "d") if m.group(k))
        s, e = m.span(g)
        s = _trim_left(ctx.view, s, e - 2)
        if p.suffix.search(ctx.view, s, e - 1) is None:  # 秦川银行科技金融部: bank, department
            out.append(Found("org", s, e, "org.context.v1", {"name": ctx.text[s:e]}))


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
    """Short company names listed beside known organisations (湖南大学、长安汽车等)."""
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


def _user_entries(ctx: Context, out: list[Found]) -> None:
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "org"))


def _longest(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (-f.length, f.start)):
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def short_forms(name: str) -> list[str]:
    """Shorter ways an article may write a full company name, longest first.

    >>> short_forms("马上消费金融股份有限公司")
    ['马上消费金融', '马上消费']
    """
    forms: list[str] = []
    suffix = _suffix_of(name)
    if suffix is None or lex.org_suffixes()[suffix] != "strong" or suffix in ("大学", "学院"):
        return forms
    stem = name[: -len(suffix)]
    for place in lex.places_longest_first():
        if stem.startswith(place) and len(stem) - len(place) >= 3:
            stem = stem[len(place) :].removeprefix("市").removeprefix("省")
            break
    while len(stem) >= 3:
        forms.append(stem)
        tail = next((t for t in lex.company_tails() if stem.endswith(t) and len(stem) > len(t)),
                    None)
        if tail is None:
            break
        stem = stem[: -len(tail)]
    return [f for f in forms if len(f) >= 3 and f != name]


def _link_aliases(ctx: Context, found: list[Found]) -> list[Found]:
    """Find every further mention of a known organisation and give it the canonical name."""
    canon: dict[str, str] = {}
    for f in found:
        full = f.fields["name"]
        if f.rule == "org.suffix.v1":
            for form in short_forms(full):
                canon.setdefault(form, full)
        elif f.rule == "org.context.v1":
            for tail in lex.company_tails():
                brand = full.removesuffix(tail)
                if brand != full and len(brand) >= 3:
                    canon.setdefault(brand, full)
    for f in found:
        canon.setdefault(ctx.text[f.start : f.end], f.fields["name"])
    for m in patterns().called.finditer(ctx.view):
        before = [f for f in found if f.end == m.start()]
        if before:
            canon[ctx.text[m.start("name") : m.end("name")]] = before[0].fields["name"]
    if not canon:
        return found
    alias_re = re.compile(lex.literal_alternation(list(canon)))
    extra = [
        Found("org", m.start(), m.end(), "org.alias.v1", {"name": canon[m.group()]})
        for m in alias_re.finditer(ctx.text)
    ]
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
    found = _find_in_lists(ctx, _longest(found))
    result = _link_aliases(ctx, _longest(found))
    _CACHE.entry = (ctx, result)
    return result


_CACHE = threading.local()


@register("orgs")
def find_orgs(ctx: Context) -> list[Found]:
    """Organisation facts (copies: the pipeline may change them)."""
    return [Found(f.kind, f.start, f.end, f.rule, dict(f.fields)) for f in analyse(ctx)]
