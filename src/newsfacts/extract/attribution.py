"""Tie numeric facts to what they measure: ``subject``, ``metric``, ``period``, ``parent``.

Works on the clause before a number ("总投入超90亿元" -> subject 总投入), on "其中" parts
("…，其中财政投入近18亿元" -> parent is the total before 其中) and on "分别" lists
("A、B和C占比分别为1%、2%和3%" -> subjects A, B, C with the shared metric 占比).
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import attribution as L

NUMERIC = frozenset({"money", "percent", "count", "quantity"})
TIME = frozenset({"date", "period"})


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_LEAD_RE = regex.compile(f"^(?:{_alt(L.SUBJECT_LEAD)})+")
_TAIL_RE = regex.compile(f"(?:{_alt(L.SUBJECT_TAIL)})+$")
_METRIC_TAIL_RE = regex.compile(f"(?:{_alt(L.METRIC_TAILS)})$")
_METRIC_HEAD_RE = regex.compile(_alt(L.METRIC_HEADS))
_BREAK_RE = regex.compile(f"[{regex.escape(L.CLAUSE_BREAKS)}]")
_LIST_SPLIT_RE = regex.compile(_alt(L.LIST_SEPARATORS))
_RIGHT_RE = regex.compile(
    rf"(?:{_alt(L.RIGHT_LEAD)})?(?P<noun>\p{{Han}}{{2,12}}?)(?=$|[{regex.escape(L.CLAUSE_BREAKS)}]"
    rf"|{_alt(L.RIGHT_LEAD)})"
)
_OBJECT_VERB_RE = regex.compile(_alt(L.OBJECT_VERBS))
_GAP_RE = regex.compile(rf"^[\s{regex.escape(''.join(L.LIST_SEPARATORS))},，]*$")


def clean_subject(text: str) -> str | None:
    """Trim connectives and verbs off a left context; None when nothing is left."""
    s = text.strip()
    for _ in range(3):
        t = _TAIL_RE.sub("", _LEAD_RE.sub("", s))
        if t == s:
            break
        s = t
    return s or None


def _clause_start(view: str, lo: int, pos: int) -> int:
    """Start of the clause ending at ``pos`` (not before ``lo``)."""
    for i in range(pos - 1, lo - 1, -1):
        if view[i] in L.CLAUSE_BREAKS:
            return i + 1
    return lo


def attribute(ctx: Context, found: list[Found]) -> None:
    """Fill ``subject``, ``metric``, ``period`` and ``parent`` in place where the text says."""
    if not found:
        return
    starts = [s for s, _ in ctx.sentences] or [0]
    bounds = list(ctx.sentences) or [(0, len(ctx.view))]
    by_sentence: dict[int, list[Found]] = {}
    for f in sorted(found, key=lambda f: f.start):
        by_sentence.setdefault(max(bisect_right(starts, f.start) - 1, 0), []).append(f)
    previous: list[Found] = []
    for idx, facts in sorted(by_sentence.items()):
        lo, hi = bounds[idx] if idx < len(bounds) else (0, len(ctx.view))
        numeric = [f for f in facts if f.kind in NUMERIC]
        times = [f for f in facts if f.kind in TIME]
        for f in numeric:
            _subject(ctx, f, lo, times, numeric)
            _period(ctx, f, times)
        _parents(ctx, numeric, lo, previous)
        _respectively(ctx, numeric, lo, hi)
        if numeric:
            previous = numeric


def _subject(ctx: Context, f: Found, lo: int, times: list[Found], numeric: list[Found]) -> None:
    view = ctx.view
    start = _clause_start(view, lo, f.start)
    for t in times:  # a date opening the clause is the period, not the subject
        if t.start == start and t.end <= f.start:
            start = t.end
    for n in numeric:  # "611个，总投入…": never reach back over another number
        if start <= n.start and n.end <= f.start:
            start = n.end
    left = view[start:f.start]
    metric = None
    if f.kind == "percent":
        left = _TAIL_RE.sub("", left)
        m = _METRIC_TAIL_RE.search(left)
        if m:
            metric, left = m.group(), left[: m.start()]
    if left.startswith(L.COMPARISON_LEAD):
        earlier = [n for n in numeric if n.end <= f.start and n.fields.get("subject")]
        metric = clean_subject(left) or metric
        subject = earlier[-1].fields["subject"] if earlier else None
    else:
        subject = clean_subject(ctx.text[start:start + len(left)])
    if f.kind == "money" and _OBJECT_VERB_RE.search(left + view[f.start:f.end]):
        m = _RIGHT_RE.match(view, f.end, min(len(view), f.end + 20))
        if m and not m.group().startswith(("用于", "的", "以", "将")):
            subject = ctx.text[m.start("noun"):m.end("noun")]
    if subject is None and f.end < len(view) and view[f.end:f.end + 1] == "\n" and start == lo:
        nxt = view[f.end + 1:f.end + 40]  # sidebar: "87.65亿元\n归属于母公司股东的净利润，…"
        m = _BREAK_RE.search(nxt)
        subject = clean_subject(ctx.text[f.end + 1:f.end + 1 + (m.start() if m else len(nxt))])
    f.fields["subject"] = subject
    if metric:
        f.fields["metric"] = metric


def _period(ctx: Context, f: Found, times: list[Found]) -> None:
    before = [t for t in times if t.end <= f.start]
    t = before[-1] if before else next((t for t in times if t.start >= f.end), None)
    if t is not None:
        f.fields["period"] = t.fields.get("date") or ctx.text[t.start:t.end]


def _parents(ctx: Context, numeric: list[Found], lo: int, previous: list[Found]) -> None:
    """Parts after "其中" point to the total of the same kind and unit before it."""
    view = ctx.view
    for marker in L.PART_MARKERS:
        pos = view.find(marker, lo)
        while pos != -1 and (not numeric or pos < numeric[-1].end):
            before = [n for n in numeric if n.end <= pos]
            if not before and view[lo:pos].strip() == "":
                before = previous
            parts = [n for n in numeric if n.start > pos]
            for part in parts:
                totals = [b for b in before if b.kind == part.kind
                          and b.fields.get("unit") == part.fields.get("unit")]
                if not totals:
                    continue
                total = totals[-1]
                tv = total.fields.get("value") or total.fields.get("high")
                pv = part.fields.get("value") or part.fields.get("high")
                if tv is not None and pv is not None and pv < tv:
                    part.fields["parent"] = total
            pos = view.find(marker, pos + len(marker))
            if numeric and pos > numeric[-1].end:
                break


def _respectively(ctx: Context, numeric: list[Found], lo: int, hi: int) -> None:
    """Align "A、B和C…分别为x、y和z" values with their items."""
    view, text = ctx.view, ctx.text
    last_items: list[str] | None = None
    pos = view.find(L.RESPECTIVELY, lo, hi)
    while pos != -1:
        after = [n for n in numeric if n.start > pos]
        values: list[Found] = []
        for n in after:
            gap_from = values[-1].end if values else None
            if gap_from is not None and not _GAP_RE.match(view[gap_from:n.start]):
                break
            if not values and n.kind not in ("percent", "money", "count", "quantity"):
                break
            values.append(n)
        start = _clause_start(view, lo, pos)
        while view[start - 1:start] == "、":  # the clause runs over list commas
            start = _clause_start(view, lo, start - 1)
        clause = text[start:pos]
        items = [i for i in _LIST_SPLIT_RE.split(clause) if i]
        head = text[pos + len(L.RESPECTIVELY):values[0].start] if values else ""
        head = regex.sub(r"^(?:为|是|达|占)", "", head) if head else head
        if len(values) >= 2:
            metric = None
            if len(items) == len(values):
                items, metric = _split_metric(items)
                last_items = items
            elif len(items) <= 1 and last_items and len(last_items) == len(values):
                metric = clean_subject(clause) if clause else None
                items = last_items
            else:
                earlier = [n for n in numeric if n.end <= start and n.fields.get("subject")]
                if len(earlier) >= len(values):
                    items = [e.fields["subject"] for e in earlier[-len(values):]]
                    metric = clean_subject(head) or None
                else:
                    items = _earlier_list(text, start, len(values))
            for item, n in zip(items, values, strict=False):
                n.fields["subject"] = clean_subject(item) or item
                if metric:
                    n.fields["metric"] = metric
        pos = view.find(L.RESPECTIVELY, pos + len(L.RESPECTIVELY), hi)


_EARLIER_CLAUSE = regex.compile(r"[^,，。;；:：!！?？\n]+")


def _earlier_list(text: str, before: int, n: int) -> list[str]:
    """"韩国、日本、越南、德国位列…。…对上述四国…分别为…": the nearest earlier list of ``n``
    items (within the previous 150 characters), its last item cut like a metric."""
    clauses = list(_EARLIER_CLAUSE.finditer(text, max(0, before - 150), before))
    for c in reversed(clauses):
        items = [i for i in _LIST_SPLIT_RE.split(c.group()) if i]
        if len(items) == n and all(len(i) <= 12 for i in items[:-1]):
            return _split_metric(items)[0]
    return []


def _split_metric(items: list[str]) -> tuple[list[str], str | None]:
    """"绿色低碳项目支持数量占比" after short items -> ("绿色低碳", "项目支持数量占比")."""
    last = items[-1]
    m = None
    for m in _METRIC_HEAD_RE.finditer(last):
        if m.start() >= 1:
            break
    else:
        m = None
    if m is None:
        lengths = {len(i) for i in items[:-1]}
        if len(lengths) == 1 and len(last) > (n := lengths.pop()):
            return [*items[:-1], last[:n]], _TAIL_RE.sub("", last[n:]) or None
        return items, None
    return [*items[:-1], last[: m.start()]], _TAIL_RE.sub("", last[m.start():]) or None
