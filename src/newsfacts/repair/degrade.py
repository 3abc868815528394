"""A seeded degradation tool: puts a newspaper page's extraction damage into clean text.

It does what a PDF text extractor does to a page, so that repair can be tested on far
more text than anyone would clean by hand (``repair(degrade(x)) == x``):

- hard wraps at a column of 10-20 characters (display width, CJK 2 and ASCII 1), with the
  typesetter's rules: no line starts with closing punctuation, none ends with an opening
  one, a Latin word is never cut and the space where a line breaks between words is lost;
- justified spacing on lines cut by the column: letter spacing, or spaces around figures;
- fake-bold chunk doubling of a stretch of 10-80 characters, cut into text runs of 1-6
  characters (digits and punctuation too; runs stop at line ends, as "新材新材" + break +
  "料料");
- fake-bold character doubling of a run of 10-80 characters;
  (a bold passage starts and ends outside a number, so a stretch's edges are moved out of
  digit runs);
- a short headline paragraph glued after the previous paragraph's last sentence.

The same ``seed`` always gives the same damage.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import regex

from newsfacts.repair.layout import CLAUSE_PUNCT, display_width, is_wide

_TOKEN = regex.compile(r"[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*| |.", regex.S)
_NO_LINE_START = frozenset("，。、；：！？,.;:!?）)”’」』》〉】%％…")
_NO_LINE_END = frozenset("“‘「『（(《〈【")
_SENTENCE_END = frozenset("。！？!?")


@dataclass(frozen=True, slots=True)
class DegradeConfig:
    """How often each kind of damage is applied (per paragraph) and the column range."""

    min_column: int = 10
    max_column: int = 20
    justify: float = 0.5
    chunk_doubling: float = 0.35
    char_doubling: float = 0.25
    glue_headline: float = 0.7
    min_run: int = 10
    max_run: int = 80


def degrade(text: str, seed: int = 0, config: DegradeConfig | None = None) -> str:
    """Damage clean ``text`` the way extraction damages a printed page.

    >>> degrade("今年以来，全市新开工重大项目一百二十个，完成投资超过三百亿元。", seed=3)
    '今今年年以以来来，，全全市市新新开开工工重重大大项项\\n目目一一百百二二十十个个，，完完成成投投资资超超过过\\n三三百百亿亿元元。'
    """
    cfg = config or DegradeConfig()
    rng = random.Random(seed)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out: list[str] = []
    for para in paragraphs:
        glue = out and _is_headline(para) and _ends_sentence(out[-1])
        if glue and rng.random() < cfg.glue_headline:
            out[-1] = f"{out[-1]} {para}"
            continue
        out.append(_degrade_paragraph(para, rng, cfg))
    return "\n\n".join(out)


def _is_headline(para: str) -> bool:
    return (
        "\n" not in para
        and 2 <= len(para) <= 15
        and not any(ch in CLAUSE_PUNCT or ch.isspace() for ch in para)
    )


def _ends_sentence(para: str) -> bool:
    return para.rstrip("”’」』）)")[-1:] in _SENTENCE_END


def _degrade_paragraph(para: str, rng: random.Random, cfg: DegradeConfig) -> str:
    column = 2 * rng.randint(cfg.min_column, cfg.max_column)
    lines: list[str] = []
    full: list[bool] = []
    for source in para.split("\n"):
        wrapped = wrap(source, column)
        lines.extend(wrapped)
        full.extend([True] * (len(wrapped) - 1) + [False])
    doubled = [[1] * len(line) for line in lines]  # copies of each character
    touched = [False] * len(lines)
    if rng.random() < cfg.chunk_doubling:
        _double_chunks(lines, doubled, touched, rng, cfg)
    if rng.random() < cfg.char_doubling:
        _double_chars(lines, doubled, touched, rng, cfg)
    justify = rng.random() < cfg.justify
    out: list[str] = []
    for k, line in enumerate(lines):
        if touched[k]:
            out.append("".join(ch * n for ch, n in zip(line, doubled[k], strict=True)))
        elif justify and full[k]:
            out.append(_justify(line, letter_spacing=rng.random() < 0.5))
        else:
            out.append(line)
    return "\n".join(out)


def wrap(line: str, column: int) -> list[str]:
    """Break ``line`` into printed lines of at most ``column`` display width (plus a
    hanging punctuation mark), keeping Latin words whole.

    >>> wrap("预装Windows 11的电脑今年销量增长三成", 16)
    ['预装Windows 11的', '电脑今年销量增长', '三成']
    """
    tokens = _TOKEN.findall(line)
    out: list[str] = []
    current: list[str] = []
    width = 0
    for tok in tokens:
        w = display_width(tok)
        if current and width + w > column and tok not in _NO_LINE_START:
            while current and current[-1] == " ":
                current.pop()
            moved: list[str] = []
            while len(current) > 1 and current[-1] in _NO_LINE_END:
                moved.insert(0, current.pop())
            out.append("".join(current))
            current = moved
            width = sum(display_width(t) for t in current)
            if tok == " ":
                continue
        current.append(tok)
        width += w
    if current:
        out.append("".join(current))
    return out or [""]


def _justify(line: str, letter_spacing: bool) -> str:
    """Spaces a justified line shows: between every glyph, or around figures only."""
    out: list[str] = []
    for i, ch in enumerate(line):
        if i:
            prev = line[i - 1]
            wide_prev, wide_cur = is_wide(prev), is_wide(ch)
            spaced = (letter_spacing and (wide_prev or wide_cur)) or wide_prev != wide_cur
            if spaced and prev != " " and ch != " ":
                out.append(" ")
        out.append(ch)
    return "".join(out)


def _stretch(
    lines: list[str], touched: list[bool], rng: random.Random, cfg: DegradeConfig
) -> list[tuple[int, int]]:
    """``(line, column)`` cells of a stretch of 10-80 characters over consecutive lines
    that no other damage touched (spaces are not cells)."""
    segments: list[list[tuple[int, int]]] = [[]]
    for k, line in enumerate(lines):
        if touched[k]:
            segments.append([])
            continue
        segments[-1].extend((k, i) for i, ch in enumerate(line) if ch != " ")
    segments = [seg for seg in segments if len(seg) >= cfg.min_run]
    if not segments:
        return []
    cells = rng.choice(segments)
    size = rng.randint(cfg.min_run, min(cfg.max_run, len(cells)))
    start = 0 if rng.random() < 0.5 else rng.randint(0, len(cells) - size)
    end = start + size

    def digit(j: int) -> bool:
        k, i = cells[j]
        return lines[k][i].isdigit()

    # a bold passage does not begin or end inside a number
    while 0 < start < len(cells) and digit(start) and digit(start - 1):
        start -= 1
    while 0 < end < len(cells) and digit(end) and digit(end - 1):
        end += 1
    return cells[start:end]


def _double_chunks(lines, doubled, touched, rng, cfg) -> None:
    """Fake-bold text runs of 1-6 characters: each run read twice, runs end at line ends."""
    picked = _stretch(lines, touched, rng, cfg)
    by_line: dict[int, list[int]] = {}
    for k, i in picked:
        by_line.setdefault(k, []).append(i)
    for k, cols in by_line.items():
        touched[k] = True
        line = lines[k]
        chunks: list[tuple[int, int]] = []
        pos = 0
        while pos < len(cols):
            end = min(pos + rng.randint(1, 6), len(cols))
            while end - 1 > pos and cols[end - 1] != cols[pos] + (end - 1 - pos):
                end -= 1  # a run never spans a space
            chunks.append((cols[pos], cols[end - 1] + 1))
            pos = end
        lines[k], doubled[k] = _apply_chunks(line, chunks)


def _apply_chunks(line: str, chunks: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``line`` with each chunk written twice, and a copy count of one per new character."""
    out: list[str] = []
    pos = 0
    for a, b in chunks:
        out.append(line[pos:a])
        out.append(line[a:b] * 2)
        pos = b
    out.append(line[pos:])
    new = "".join(out)
    return new, [1] * len(new)


def _double_chars(lines, doubled, touched, rng, cfg) -> None:
    """Fake-bold glyphs: every character of a run written twice."""
    for k, i in _stretch(lines, touched, rng, cfg):
        doubled[k][i] = 2
        touched[k] = True
