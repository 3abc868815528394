"""Named projects, programmes, products and documents.

- a quoted title after 项目 / 专项 / 平台 / 工程 / 计划: 项目“基于碳化硅的车规级功率模块研发”;
- a numbered programme: “51020”现代产业集群 -> 51020现代产业集群; when the article states the
  programme's full name with its place, every mention of it gets that name;
- a programme named with its place (成都市前沿技术攻关专项) and its short mentions;
- a named product: “玄穹”系列大模型 -> 玄穹; a quoted name ending in 工程 / 行动 (“强村工程”);
- a quoted work that won a prize (“…关键技术及应用”获…一等奖), a quoted name the sentence
  defines as a kind of product (“绿碳贷”是…一款信贷产品);
- a short quoted name (no sentence punctuation) in a naming context: after a verb of launching
  (推出, 建成, 试点 …) or a kind of product (机器人“星澜Pro”), before a head
  (“以旧换新”政策), or a place-led brand (“云岭红茶”获批地理标志); then its every quoted mention;
- named works: 星河第一水厂二期扩建工程; built projects: 津南城际快线;
- a document: 《…》 -> the title without brackets (kind ``document``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import chain

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.patterns import find_words, longest_first, trie
from newsfacts.extract.registry import register

_HAN = r"(?:(?!的)[\u4e00-\u9fff])"  # a Han character other than 的
_GAP = rf"{_HAN}{{0,4}}?"


@dataclass(frozen=True, slots=True)
class _Patterns:
    document: re.Pattern
    quote: re.Pattern
    programme: re.Pattern
    named: re.Pattern
    named_long: re.Pattern
    product: re.Pattern
    event: re.Pattern
    building: re.Pattern
    inner: re.Pattern
    listed: re.Pattern
    works: re.Pattern
    works_head: regex.Pattern
    fullname: re.Pattern
    known: re.Pattern
    infra: re.Pattern
    infra_head: regex.Pattern
    opening: re.Pattern
    stated: regex.Pattern
    code: re.Pattern
    base: re.Pattern
    brand: re.Pattern
    award: re.Pattern
    defined: re.Pattern


_PATTERNS: _Patterns | None = None
_WORKS_END = ("工程", "项目")


def _first_chars(words: tuple[str, ...]) -> str:
    """A class of the first characters of ``words``."""
    return "[" + "".join(sorted({re.escape(w[0]) for w in words})) + "]"


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        words = lex.project_words
        quoted = r"“(?P<name>[^“”\n]{1,30})”"
        # a name, not a phrase: short and without sentence punctuation
        short = r"“(?P<name>[^“”\n,。;:!?、…]{1,15})”"
        places = trie(list(lex.places()))
        _PATTERNS = _Patterns(
            document=re.compile(r"《(?P<name>[^《》\n]{1,100})》"),
            quote=re.compile(r"“(?P<name>[^“”\n]{1,80})”"),
            programme=re.compile(
                r"“(?P<code>(?=[^“”]*[0-9])[0-9A-Za-z][0-9A-Za-z+\-]*)”"
                rf"(?P<body>[\u4e00-\u9fff()]{{0,20}}?(?:{trie(words('programme'))})+)"
            ),
            named=re.compile(
                rf"{quoted}(?P<gap>{_GAP})(?P<tail>{trie(words('named'))})"
            ),
            # a short name and a longer kind ending a phrase: “水润黔乡”农村供水保障行动
            named_long=re.compile(
                rf"{short}(?P<gap>{_HAN}{{5,8}}?)(?P<tail>{trie(words('named'))})"
                r"(?![\u4e00-\u9fff])"
            ),
            # not after 等: “1210”等监管模式 gives examples of a kind, no name
            product=re.compile(rf"{quoted}(?!等){_GAP}(?:{trie(words('product'))})"),
            event=re.compile(
                rf"“(?P<name>[^“”\n]{{1,20}}(?:{trie(words('event'))}))”"
            ),
            building=re.compile(rf"{quoted}(?=建设)"),
            brand=re.compile(
                rf"{short}(?=[^。\n“]{{0,30}}?(?:{trie(words('brand'))}))"
            ),
            # the work that won: “…关键技术及应用”获技术发明类一等奖
            award=re.compile(
                r"“(?P<name>[^“”\n,。;:!?…]{4,30})”"
                rf"(?=(?:{trie(words('adverb'))})?(?:{trie(words('award'))})"
                rf"[^“”\n,。;:]{{0,12}}?(?:{trie(words('prize'))}))"
            ),
            # a name the sentence defines: “绿碳贷”是该行去年推出的一款…信贷产品
            defined=re.compile(
                rf"{short}(?=[是为][^。\n“”]{{0,30}}?[一这][款种项个套]"
                rf"[^。\n“”,]{{0,12}}?(?:{trie(words('defined'))}))"
            ),
            inner=re.compile(
                rf"“(?P<name>[^“”\n,。;:!?、的]{{1,10}}(?:{trie(words('inner'))}))”"
            ),
            listed=re.compile(
                rf"{quoted}(?=(?:“[^“”\n]{{1,30}}”)*等{_HAN}{{0,8}}?"
                rf"(?:{trie(words('category'))}))"
            ),
            # the first-character lookahead lets the scan skip other characters at C speed
            works=re.compile(
                rf"(?={_first_chars(words('facility'))})(?P<facility>{trie(words('facility'))})"
                rf"(?P<phase>[一二三四五六七八九十0-9]+期)?(?:{trie(words('works'))})?"
                rf"(?:{'|'.join(_WORKS_END)})"
            ),
            works_head=regex.compile(r"[[\p{Han}]--[的在是]]{2,12}", regex.REVERSE | regex.V1),
            fullname=re.compile(
                rf"(?P<place>(?:{places})(?:省|市)?)"
                r"(?P<body>(?:(?!的)[\u4e00-\u9fff()]){2,20}?专项)"
            ),
            known=re.compile(trie(lex.known_projects())),
            infra=re.compile(trie(words("infra"))),
            infra_head=regex.compile(r"[\u4e00-\u9fff]{2,7}", regex.REVERSE),
            opening=re.compile(trie(lex.name_stops())),
            stated=regex.compile(rf"(?:{places})(?:省|市)?"),
            # a product code after a kind of product: 核心产品HR-201, 候选药物XB-07
            code=re.compile(
                rf"(?:{trie(words('code_kind'))})"
                r"(?P<name>[A-Z]{1,5}-?[0-9]{2,5}[A-Z]?)(?![0-9A-Za-z\-])"
            ),
            # right after a company's name: what it calls a base (核酸药物产业化基地)
            # with no clause word between (华为在东莞建设生产基地 names no base)
            base=re.compile(
                rf"(?:(?!{trie(lex.name_stops() + words('works') + words('launch'))}|投资|打造)"
                rf"{_HAN}){{2,10}}?(?:{trie(words('base'))})"
            ),
        )
    return _PATTERNS


def _project(ctx: Context, start: int, end: int, rule: str, name: str) -> Found:
    return Found("project", start, end, rule, {"name": name})


def _programmes(ctx: Context) -> list[Found]:
    """Numbered programmes and the further mentions of their names, canonically named."""
    matches = list(patterns().programme.finditer(ctx.view))
    if not matches:
        return []
    found: list[Found] = []
    bodies: dict[str, set[str]] = {}
    for m in matches:
        bodies.setdefault(m.group("code"), set()).add(m.group("body"))
    for code, forms in bodies.items():
        longest = max(forms, key=len)
        stated = _stated(ctx.view, longest)
        if stated:
            canonical = ctx.text[stated[0] : stated[1]]
        else:
            at = ctx.view.index(f"“{code}”{longest}") + len(code) + 2
            canonical = code + ctx.text[at : at + len(longest)]
        for m in matches:
            if m.group("code") == code:
                found.append(_project(ctx, m.start(), m.end(), "project.programme.v1", canonical))
        for form in forms:
            if len(form) >= 4:
                found.extend(_project(ctx, s, e, "project.alias.v1", canonical)
                             for s, e in find_words((form,), ctx.view))
    return found


def _stated(view: str, body: str) -> tuple[int, int] | None:
    """Where the article writes ``body`` right after a place (成都市 + body), if it does."""
    pos = view.find(body)
    while pos >= 0:
        for start in range(max(0, pos - 6), pos):
            m = patterns().stated.fullmatch(view, start, pos)
            if m:
                return start, pos + len(body)
        pos = view.find(body, pos + 1)
    return None


def _fullname_matches(view: str) -> list[re.Match]:
    """``fullname`` matches, searched only before each 专项 (a name is at most 26 long)."""
    out: list[re.Match] = []
    last, at = 0, view.find("专项")
    while at >= 0:
        m = patterns().fullname.search(view, max(last, at - 30), at + 2)
        if m is not None:
            out.append(m)
            last = m.end()
        at = view.find("专项", max(at + 2, last))
    return out


def _fullnames(ctx: Context) -> list[Found]:
    """Programmes named with their place (成都市前沿技术攻关专项) and their short mentions."""
    found: list[Found] = []
    bodies: dict[str, str] = {}
    for m in _fullname_matches(ctx.view):
        name = ctx.text[m.start() : m.end()]
        found.append(_project(ctx, m.start(), m.end(), "project.fullname.v1", name))
        bodies.setdefault(m.group("body"), name)
    for body, name in bodies.items():
        if len(body) >= 6:
            found.extend(_project(ctx, s, e, "project.alias.v1", name)
                         for s, e in find_words((body,), ctx.view))
    return found


def _quoted(ctx: Context) -> list[Found]:
    """Quoted names with a tail: the longest form of one quoted name names them all."""
    p, text = patterns(), ctx.text
    forms: list[tuple[int, int, str, str]] = []
    for m in chain(p.named.finditer(ctx.view), p.named_long.finditer(ctx.view)):
        inner = text[m.start("name") : m.end("name")]
        full = inner if not m.group("gap") and m.group("tail") == "项目" else (
            text[m.start("name") : m.end("name")] + text[m.start("gap") : m.end()]
        )
        forms.append((m.start(), m.end(), inner, full))
    longest: dict[str, str] = {}
    for _s, _e, inner, full in forms:
        if len(full) > len(longest.get(inner, "")):
            longest[inner] = full
    found = [_project(ctx, s, e, "project.named.v1", longest[inner]) for s, e, inner, _ in forms]
    for rule, pattern in (("product", p.product), ("event", p.event), ("building", p.building),
                          ("inner", p.inner), ("listed", p.listed), ("award", p.award),
                          ("defined", p.defined)):
        found.extend(
            _project(ctx, m.start(), m.end(), f"project.{rule}.v1",
                     longest.get(m.group("name"), text[m.start("name") : m.end("name")]))
            for m in pattern.finditer(ctx.view)
        )
    found.extend(_introduced(ctx, longest))
    found.extend(_brands(ctx))
    return _quoted_mentions(ctx, found)


_ASPECT = frozenset("了后着过")
_LATIN_OR_DIGIT = re.compile("[0-9A-Za-z]")
#: a quoted name is short and holds no sentence punctuation
MAX_SHORT = 15
_SENTENCE_MARK = re.compile("[,。;:!?、…]")


def _introduced(ctx: Context, longest: dict[str, str]) -> list[Found]:
    """Quoted names after the word that introduces them, in one pass over the quotes:
    a title after 项目 / 专项 … (four characters or more), a short name after a verb of
    launching (推出“茶农贷”, 建成了“…”) or after a kind of product (机器人“星澜Pro”); a short
    name shaped as an organisation (“时间银行”, “爱心超市”) is a coined name for a scheme."""
    view, text = ctx.view, ctx.text
    intro, launch, kind = (tuple(lex.project_words(r)) for r in ("intro", "launch", "kind"))
    coined = tuple(lex.org_suffixes())
    found: list[Found] = []
    for m in patterns().quote.finditer(view):
        at, name = m.start(), m.group("name")
        raw = text[m.start("name") : m.end("name")]
        if len(name) >= 4 and view.endswith(intro, 0, at):
            found.append(_project(ctx, at, m.end(), "project.quoted.v1", raw))
        if len(name) > MAX_SHORT or _SENTENCE_MARK.search(name) or _manner(name):
            continue
        if name.endswith(coined) and len(name) >= 4 and not view.endswith("称", 0, at):
            # “时间银行”: a scheme, no bank; (以下简称“秦川银行”) names the bank short
            found.append(_project(ctx, at, m.end(), "project.coined.v1", longest.get(name, raw)))
        elif view.endswith(launch, 0, at) or (
            view.endswith("了", 0, at) and view.endswith(launch, 0, at - 1)
        ):
            found.append(_project(ctx, at, m.end(), "project.launch.v1", longest.get(name, raw)))
        elif view.endswith(kind, 0, at) and _named_after_kind(view, name, m.end()):
            found.append(_project(ctx, at, m.end(), "project.kind.v1", longest.get(name, raw)))
    return found


_FACE_TO_FACE = re.compile(r"(.)[对把连]\1")


def _manner(name: str) -> bool:
    """A quoted manner, not a name: 一站式, 升级版, and the X对X shape (一对一, 点对点)."""
    return name.endswith(lex.project_words("manner")) or bool(_FACE_TO_FACE.fullmatch(name))


def _named_after_kind(view: str, name: str, end: int) -> bool:
    """After a kind (机器人“…”) a quote is a name when it looks like one: three characters
    or more, or a model code, no aspect mark after it (机器人“上岗”后 is a predicate) and no
    word of a predicate opening it (保险“不划算”, 保险“当摆设”)."""
    if len(name) < 3 and not _LATIN_OR_DIGIT.search(name):
        return False
    if name.startswith(lex.project_words("predicate")):
        return False
    return end >= len(view) or view[end] not in _ASPECT


def _brands(ctx: Context) -> list[Found]:
    """Quoted names opening with a place of the article, a brand word after them in the
    sentence: “云岭红茶”获批国家地理标志 (云岭县 stated)."""
    view, found = ctx.view, []
    if "“" not in view or not any(w in view for w in lex.project_words("brand")):
        return found
    for m in patterns().brand.finditer(view):
        name = m.group("name")
        if _place_led(view, name):
            found.append(_project(ctx, m.start(), m.end(), "project.brand.v1",
                                  ctx.text[m.start("name") : m.end("name")]))
    return found


def _place_led(view: str, name: str) -> bool:
    """Whether ``name`` opens with a place of the table or one the article writes with
    县 / 市 / 省 (汐水 of 汐水县), followed by at least two characters."""
    if len(name) < 4:
        return False
    head = name[:2]
    return head in lex.places() or any(head + s in view for s in "县市省")


def _quoted_mentions(ctx: Context, found: list[Found]) -> list[Found]:
    """Every quoted mention of a quoted name found above (“星澜Pro”用时不到3分钟)."""
    names = {f.fields["name"] for f in found if ctx.view[f.start] == "“"}
    if not names:
        return found
    taken = {f.start for f in found}
    if any(not n or "“" in n or "”" in n for n in names):
        mention = re.compile("“(?:" + longest_first(names) + ")”")
        spans = [(m.start(), m.end()) for m in mention.finditer(ctx.view)]
    else:
        spans = _quoted_spans(ctx.view, names)
    found.extend(_project(ctx, s, e, "project.mention.v1", ctx.view[s + 1:e - 1])
                 for s, e in spans if s not in taken)
    return found


def _quoted_spans(view: str, names: set[str]) -> list[tuple[int, int]]:
    """Spans of “name” for names without quotes: what sits between an opening quote and
    the next closing one is one name or none, so a set lookup does without a per-article
    pattern."""
    spans: list[tuple[int, int]] = []
    pos = view.find("“")
    while pos >= 0:
        close = view.find("”", pos + 1)
        if close < 0:
            break
        if view[pos + 1:close] in names:
            spans.append((pos, close + 1))
            pos = view.find("“", close + 1)
        else:
            pos = view.find("“", pos + 1)
    return spans


def _documents(ctx: Context) -> list[Found]:
    """Titles in 《》; a short title ending a longer one stated earlier takes its name."""
    found: list[Found] = []
    for m in patterns().document.finditer(ctx.view):
        name = ctx.text[m.start("name") : m.end("name")]
        longer = next((f.fields["name"] for f in found
                       if f.fields["name"].endswith(name) and f.fields["name"] != name), None)
        found.append(Found("document", m.start(), m.end(), "document.brackets.v1",
                           {"name": longer or name}))
    return found


_NOT_IN_NAME = frozenset("的在")


def _infrastructure(ctx: Context) -> list[Found]:
    """Built projects named by their kind (津南城际快线, 海河双港大桥): two to six characters
    from a clause start to the kind, a word that opens no name (其中, 包括) left out, and
    every further mention of those names."""
    p, view, rule = patterns(), ctx.view, "project.infra.v1"
    found: list[Found] = []
    last = 0
    for m in p.infra.finditer(view):
        head = p.infra_head.match(view, max(last, m.start() - 7), m.start())
        if head is None or head.end() - head.start() > 6 or head.start() < last:
            continue
        if head.start() > 0 and view[head.start() - 1] not in _BOUNDARY:
            continue
        start = head.start()
        opening = p.opening.match(view, start, m.start())
        if opening is not None:  # 其中越城岭隧道: the name starts after 其中
            start = opening.end()
            if m.start() - start < 2:
                continue
        name = view[start : m.end()]
        if view.endswith(lex.project_words("sort"), start, m.start()):
            continue  # 小型水库, 病险水库: a sort of the kind, no name
        if not _NOT_IN_NAME & set(name):
            found.append(_project(ctx, start, m.end(), rule, name))
            last = m.end()
    if found:
        names = {f.fields["name"] for f in found}
        found.extend(_project(ctx, s, e, rule, view[s:e]) for s, e in find_words(names, view))
        full = _full_forms(names, view)
        for f in found:
            f.fields["name"] = full.get(f.fields["name"], f.fields["name"])
    return found


def _full_forms(names: set[str], view: str) -> dict[str, str]:
    """Names with the kind written short -> the full name, when the article writes it too
    (邵桂高铁 -> 邵桂高速铁路)."""
    out: dict[str, str] = {}
    for short, full in lex.infra_full_forms().items():
        for name in names:
            if name.endswith(short) and (long := name[: -len(short)] + full) in view:
                out[name] = long
    return out


def _works(ctx: Context) -> list[Found]:
    """Named works: 星河第一水厂二期扩建工程 (a name before the facility, a phase or a kind of
    works after it); a facility alone (污水处理厂提标改造工程) is no name."""
    p, view = patterns(), ctx.view
    found: list[Found] = []
    if _WORKS_END[0] not in view and _WORKS_END[1] not in view:
        return found  # every named works ends with one of them
    for m in p.works.finditer(view):
        if not (m.group("phase") or m.end("facility") < m.end() - 2):
            continue
        head = p.works_head.match(view, max(0, m.start() - 12), m.start())
        if head is None or (head.start() > 0 and view[head.start() - 1] not in _BOUNDARY):
            continue
        stem = head.group() + m.group("facility")
        longest = max((w for w in lex.project_words("facility") if stem.endswith(w)), key=len)
        if len(stem) - len(longest) < 2 or stem[0] in _DETERMINERS:
            continue
        found.append(_project(ctx, head.start(), m.end(), "project.works.v1",
                              ctx.text[head.start() : m.end()]))
    return found


def _codes(ctx: Context) -> list[Found]:
    """Product codes named after a kind of product (核心产品HR-201) and their every mention."""
    names = {m.group("name") for m in patterns().code.finditer(ctx.view)}
    return [_project(ctx, s, e, "project.code.v1", ctx.view[s:e])
            for s, e in find_words(names, ctx.view)
            if not _LATIN_OR_DIGIT.match(ctx.view, e) and (
                s == 0 or not _LATIN_OR_DIGIT.match(ctx.view, s - 1))]


@cache
def _base_ends() -> frozenset[str]:
    return frozenset(w[-2:] for w in lex.project_words("base"))


def _bases(ctx: Context) -> list[Found]:
    """A base or park named after the company building it: 禾瑞生物核酸药物产业化基地
    (禾瑞生物 an organisation of the article); a base of a kind (生物医药产业基地) is none."""
    from newsfacts.extract.orgs import analyse

    if not any(end in ctx.view for end in _base_ends()):
        return []  # plain searches for the few endings of the base words (基地, 业园)
    p = patterns()
    found = [_project(ctx, o.start, m.end(), "project.base.v1", ctx.text[o.start : m.end()])
             for o in analyse(ctx) if (m := p.base.match(ctx.view, o.end)) is not None]
    return found


_BOUNDARY = frozenset(",。;:、“”\n\t \u3000")
_DETERMINERS = frozenset("该本各这那其每全此")


@register("projects")
def find_projects(ctx: Context) -> list[Found]:
    """Project and document facts."""
    p = patterns()
    out = _documents(ctx)
    out.extend(_quoted(ctx))
    out.extend(_fullnames(ctx))
    out.extend(_programmes(ctx))
    out.extend(_project(ctx, m.start(), m.end(), "project.known.v1", m.group())
               for m in p.known.finditer(ctx.view))
    out.extend(_infrastructure(ctx))
    out.extend(_works(ctx))
    out.extend(_codes(ctx))
    out.extend(_bases(ctx))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "project"))
    return out
