"""Named projects, programmes, products and documents.

- a quoted title after 项目 / 专项 / 平台 / 工程 / 计划: 项目“基于大模型的……研发”;
- a numbered programme: “416”科技创新布局 -> 416科技创新布局; when the article states the
  programme's full name with its place ("重庆市技术创新与应用发展重大（重点）专项"), every
  mention of it (“5+8”重大（重点）专项 …) gets that name;
- a named product: “天境”大模型 -> 天境;
- a document: 《…》 -> the title without brackets (kind ``document``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import entities as lex
from newsfacts.extract.registry import register


@dataclass(frozen=True, slots=True)
class _Patterns:
    document: regex.Pattern
    titled: regex.Pattern
    programme: regex.Pattern
    product: regex.Pattern


_PATTERNS: _Patterns | None = None


def patterns() -> _Patterns:
    global _PATTERNS
    if _PATTERNS is None:
        _PATTERNS = _Patterns(
            document=regex.compile(r"《(?P<name>[^《》\n]{1,100})》"),
            titled=regex.compile(
                rf"(?:{lex.alternation(lex.project_words('intro'))})"
                r"(?P<q>“(?P<name>[^“”\n]{4,80})”)"
            ),
            programme=regex.compile(
                r"“(?P<code>[0-9][0-9+\-]*)”"
                rf"(?P<body>[\p{{Han}}()]{{0,20}}?(?:{lex.alternation(lex.project_words('programme'))}))"
            ),
            product=regex.compile(
                r"“(?P<name>[^“”\n]{1,12})”"
                rf"(?:{lex.alternation(lex.project_words('product'))})"
            ),
        )
    return _PATTERNS


def _programmes(ctx: Context) -> list[Found]:
    """Numbered programmes and the further mentions of their names, canonically named."""
    found = [
        Found("project", m.start(), m.end(), "project.programme.v1",
              {"name": m.group("code") + ctx.text[m.start("body") : m.end("body")]})
        for m in patterns().programme.finditer(ctx.view)
    ]
    if not found:
        return found
    bodies: dict[str, set[str]] = {}
    for m in patterns().programme.finditer(ctx.view):
        bodies.setdefault(m.group("code"), set()).add(m.group("body"))
    places = lex.alternation(list(lex.places()))
    extra: list[Found] = []
    for code, forms in bodies.items():
        longest = max(forms, key=len)
        canonical = code + longest
        stated = regex.search(rf"(?:{places})(?:省|市)?{regex.escape(longest)}", ctx.view)
        if stated:
            canonical = ctx.text[stated.start() : stated.end()]
            extra.append(Found("project", stated.start(), stated.end(), "project.fullname.v1",
                               {"name": canonical}))
        for f in found:
            if ctx.view[f.start + 1 : f.start + 1 + len(code)] == code:
                f.fields["name"] = canonical
        for form in forms:
            if len(form) < 4:
                continue
            for m in regex.finditer(regex.escape(form), ctx.view):
                extra.append(Found("project", m.start(), m.end(), "project.alias.v1",
                                   {"name": canonical}))
    return found + extra


@register("projects")
def find_projects(ctx: Context) -> list[Found]:
    """Project and document facts."""
    p = patterns()
    out: list[Found] = [
        Found("document", m.start(), m.end(), "document.brackets.v1",
              {"name": ctx.text[m.start("name") : m.end("name")]})
        for m in p.document.finditer(ctx.view)
    ]
    out.extend(
        Found("project", m.start("q"), m.end("q"), "project.quoted.v1",
              {"name": ctx.text[m.start("name") : m.end("name")]})
        for m in p.titled.finditer(ctx.view)
    )
    out.extend(
        Found("project", m.start(), m.end(), "project.product.v1",
              {"name": ctx.text[m.start("name") : m.end("name")]})
        for m in p.product.finditer(ctx.view)
    )
    out.extend(_programmes(ctx))
    if ctx.lexicon is not None:
        out.extend(ctx.lexicon.find(ctx, "project"))
    return out
