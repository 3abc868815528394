"""Named projects, programmes, products and documents.

- a quoted title after 项目 / 专项 / 平台 / 工程 / 计划: 项目“基于大模型的……研发”;
- a numbered programme: “416”科技创新布局 -> 416科技创新布局; when the article states the
  programme's full name with its place ("重庆市技术创新与应用发展重大（重点）专项"), every
  mention of it (“5+8”重大（重点）专项 …) gets that name;
- a named product: “天境”大模型 -> 天境;
- a document: 《…》 -> the title without brackets (kind ``document``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.registry import register

_GAP = r"[[\p{Han}]--[的]]{0,4}?"


@dataclass(frozen=True, slots=True)
class _Patterns:
    document: regex.Pattern
    titled: regex.Pattern
    programme: regex.Pattern
    named: regex.Pattern
    product: regex.Pattern
    event: regex.Pattern
    building: regex.Pattern
    launch: regex.Pattern
    inner: regex.Pattern
    listed: regex.Pattern
    works: regex.Pattern
    fullname: regex.Pattern
    known: regex.Pattern
    infra: re.Pattern
    stated: regex.Pattern


_PATTERNS: _Patterns | None = None


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        words = lex.project_words
        quoted = r"“(?P<name>[^“”\n]{1,30})”"
        places = lex.alternation(list(lex.places()))
        _PATTERNS = _Patterns(
            document=regex.compile(r"《(?P<name>[^《》\n]{1,100})》"),
            titled=regex.compile(
                rf"(?:{lex.alternation(words('intro'))})(?P<q>“(?P<name>[^“”\n]{{4,80}})”)"
            ),
            programme=regex.compile(
                r"“(?P<code>(?=[^“”]*[0-9])[0-9A-Za-z][0-9A-Za-z+\-]*)”"
                rf"(?P<body>[\p{{Han}}()]{{0,20}}?(?:{lex.alternation(words('programme'))})+)"
            ),
            named=regex.compile(
                rf"{quoted}(?P<gap>{_GAP})(?P<tail>{lex.alternation(words('named'))})", regex.V1
            ),
            product=regex.compile(
                rf"{quoted}{_GAP}(?:{lex.alternation(words('product'))})", regex.V1
            ),
            event=regex.compile(
                rf"“(?P<name>[^“”\n]{{1,20}}(?:{lex.alternation(words('event'))}))”"
            ),
            building=regex.compile(rf"{quoted}(?=建设)"),
            launch=regex.compile(rf"(?<={lex.alternation(words('launch'))}){quoted}"),
            inner=regex.compile(
                rf"“(?P<name>[^“”\n,。;:!?、的]{{1,10}}(?:{lex.alternation(words('inner'))}))”"
            ),
            listed=regex.compile(
                rf"{quoted}(?=(?:“[^“”\n]{{1,30}}”)*等[[\p{{Han}}]--[的]]{{0,8}}?"
                rf"(?:{lex.alternation(words('category'))}))",
                regex.V1,
            ),
            works=regex.compile(
                r"(?:(?<=[,。;:、\s“”])|^)(?P<name>[[\p{Han}]--[的在是]]{2,12}?"
                rf"(?P<facility>{lex.alternation(words('facility'))})"
                rf"(?P<phase>[一二三四五六七八九十0-9]+期)?(?:{lex.alternation(words('works'))})?"
                r"(?:工程|项目))",
                regex.V1 | regex.MULTILINE,
            ),
            fullname=regex.compile(
                rf"(?P<place>(?:{places})(?:省|市)?)(?P<body>[[\p{{Han}}()]--[的]]{{2,20}}?专项)",
                regex.V1,
            ),
            known=regex.compile(lex.alternation(lex.known_projects())),
            infra=re.compile(
                r"(?:(?<=[,。;:、\s“”])|^)(?P<name>[\u4e00-\u9fff]{2,6}?"
                rf"(?:{lex.alternation(words('infra'))}))",
                re.MULTILINE,
            ),
            stated=regex.compile(rf"(?:{places})(?:省|市)?"),
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
                found.extend(_project(ctx, m.start(), m.end(), "project.alias.v1", canonical)
                             for m in regex.finditer(regex.escape(form), ctx.view))
    return found


def _stated(view: str, body: str) -> tuple[int, int] | None:
    """Where the article writes ``body`` right after a place (重庆市 + body), if it does."""
    pos = view.find(body)
    while pos >= 0:
        for start in range(max(0, pos - 6), pos):
            m = patterns().stated.fullmatch(view, start, pos)
            if m:
                return start, pos + len(body)
        pos = view.find(body, pos + 1)
    return None


def _fullnames(ctx: Context) -> list[Found]:
    """Programmes named with their place (成都市前沿技术攻关专项) and their short mentions."""
    found: list[Found] = []
    bodies: dict[str, str] = {}
    for m in patterns().fullname.finditer(ctx.view):
        name = ctx.text[m.start() : m.end()]
        found.append(_project(ctx, m.start(), m.end(), "project.fullname.v1", name))
        bodies.setdefault(m.group("body"), name)
    for body, name in bodies.items():
        if len(body) >= 6:
            found.extend(_project(ctx, m.start(), m.end(), "project.alias.v1", name)
                         for m in regex.finditer(regex.escape(body), ctx.view))
    return found


def _quoted(ctx: Context) -> list[Found]:
    """Quoted names with a tail: the longest form of one quoted name names them all."""
    p, text = patterns(), ctx.text
    forms: list[tuple[int, int, str, str]] = []
    for m in p.named.finditer(ctx.view):
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
                          ("launch", p.launch), ("inner", p.inner), ("listed", p.listed)):
        found.extend(
            _project(ctx, m.start(), m.end(), f"project.{rule}.v1",
                     longest.get(m.group("name"), text[m.start("name") : m.end("name")]))
            for m in pattern.finditer(ctx.view)
        )
    return found


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


def _named_once(ctx: Context, pattern: regex.Pattern, rule: str) -> list[Found]:
    """Every mention of the names ``pattern`` finds (津南城际快线 … 快线一期)."""
    found = [_project(ctx, m.start("name"), m.end("name"), rule, m.group("name"))
             for m in pattern.finditer(ctx.view) if not _NOT_IN_NAME & set(m.group("name"))]
    if found:
        names = {f.fields["name"] for f in found}
        found.extend(_project(ctx, m.start(), m.end(), rule, m.group())
                     for m in re.finditer(lex.literal_alternation(names), ctx.view))
    return found


def _works(ctx: Context) -> list[Found]:
    """Named works: 星河第一水厂二期扩建工程 (a name before the facility, a phase or a kind of
    works after it); a facility alone (污水处理厂提标改造工程) is no name."""
    found: list[Found] = []
    for m in patterns().works.finditer(ctx.view):
        if not (m.group("phase") or m.end("facility") < m.end() - 2):
            continue
        head = m.group("name")[: m.start("facility") - m.start()]
        longest = max((w for w in lex.project_words("facility")
                       if (head + m.group("facility")).endswith(w)), key=len)
        if len(head) + len(m.group("facility")) - len(longest) < 2 or head[0] in _DETERMINERS:
            continue
        found.append(_project(ctx, m.start("name"), m.end("name"), "project.works.v1",
                              ctx.text[m.start("name") : m.end("name")]))
    return found


_DETERMINERS = frozenset("该本各这那其每全此")


@register("projects")
def find_projects(ctx: Context) -> list[Found]:
    """Project and document facts."""
    p = patterns()
    out = _documents(ctx)
    out.extend(
        _project(ctx, m.start("q"), m.end("q"), "project.quoted.v1",
                 ctx.text[m.start("name") : m.end("name")])
        for m in p.titled.finditer(ctx.view)
    )
    out.extend(_quoted(ctx))
    out.extend(_fullnames(ctx))
    out.extend(_programmes(ctx))
    out.extend(_project(ctx, m.start(), m.end(), "project.known.v1", m.group())
               for m in p.known.finditer(ctx.view))
    out.extend(_named_once(ctx, p.infra, "project.infra.v1"))
    out.extend(_works(ctx))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "project"))
    return out
