"""User dictionaries: names a user knows, with their kind and canonical name.

A plain UTF-8 file, one entry a line, ``#`` comments allowed::

    星衡智算科技	org
    星衡智算	org	星衡智算科技
    玄穹	project

(``name<TAB>kind[<TAB>canonical]``, kind one of org / project / person / place). Entries
are recognised as facts wherever they stand, and the same names are added to the word
segmenter so that it keeps them whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.repair.width import fold_width

KINDS = frozenset({"org", "project", "person", "place", "document"})


class UserDictError(ValueError):
    """A user dictionary line that cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class UserEntry:
    name: str
    kind: str
    canonical: str


@dataclass
class UserLexicon:
    """The entries of one or more user dictionaries, matched longest first."""

    entries: tuple[UserEntry, ...] = ()
    _matchers: dict[str, tuple[regex.Pattern, dict[str, str]] | None] = field(
        default_factory=dict, repr=False)

    def canonical(self, name: str, kind: str) -> str | None:
        """The canonical name of ``name`` as ``kind``, or None when the user did not list it."""
        for e in self.entries:
            if e.name == name and e.kind == kind:
                return e.canonical
        return None

    def words(self) -> list[str]:
        """Every name, for the segmenter's user words."""
        return sorted({e.name for e in self.entries})

    def find(self, ctx: Context, kind: str) -> list[Found]:
        """Every mention of an entry of ``kind`` in the text (matched on the view)."""
        matcher = self._matcher(kind)
        if matcher is None:
            return []
        pattern, canonical = matcher
        return [
            Found(kind, m.start(), m.end(), f"{kind}.user.v1", {"name": canonical[m.group()]})
            for m in pattern.finditer(ctx.view)
        ]

    def _matcher(self, kind: str) -> tuple[regex.Pattern, dict[str, str]] | None:
        """The pattern of ``kind``'s names (longest first) and folded name -> canonical,
        built once per lexicon."""
        if kind not in self._matchers:
            canonical = {fold_width(e.name): e.canonical for e in self.entries if e.kind == kind}
            self._matchers[kind] = (
                regex.compile("|".join(regex.escape(n) for n in
                                       sorted(canonical, key=lambda n: (-len(n), n)))),
                canonical,
            ) if canonical else None
        return self._matchers[kind]


def parse_user_dict(lines: Iterable[str], source: str = "<user>") -> list[UserEntry]:
    """Entries of one dictionary; a malformed line raises ``UserDictError`` naming it."""
    entries: list[UserEntry] = []
    for n, line in enumerate(lines, 1):
        line = line.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) not in (2, 3) or not cells[0]:
            raise UserDictError(f"{source}:{n}: expected 'name<TAB>kind[<TAB>canonical]'")
        kind = cells[1]
        if kind not in KINDS:
            raise UserDictError(
                f"{source}:{n}: unknown kind {kind!r}; use one of {', '.join(sorted(KINDS))}"
            )
        canonical = cells[2] if len(cells) == 3 and cells[2] else cells[0]
        entries.append(UserEntry(cells[0], kind, canonical))
    return entries


def load_user_dicts(paths: Iterable[str | Path]) -> UserLexicon:
    """Read user dictionaries into one lexicon (later files add to earlier ones)."""
    entries: list[UserEntry] = []
    for path in paths:
        p = Path(path)
        entries.extend(parse_user_dict(p.read_text(encoding="utf-8").splitlines(), str(p)))
    return UserLexicon(tuple(entries))
