"""Tie numeric facts to what they measure: ``subject``, ``metric``, ``period``, ``parent``.

Works on the clause before a number ("总投资约31.5亿元" -> subject 总投资), on "其中" parts
("…，其中市级财政投入18.2亿元" -> parent is the total before 其中) and on "分别" lists
("A、B和C占比分别为1%、2%和3%" -> subjects A, B, C with the shared metric 占比).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import attrgetter

import regex

from newsfacts.extract.base import Context, Found
from newsfacts.extract.lexicon import attribution as L
from newsfacts.extract.lexicon import qualifiers as Q
from newsfacts.extract.lexicon.numerals import DIGITS
from newsfacts.extract.patterns import longest_first

NUMERIC = frozenset({"money", "percent", "count", "quantity"})
TIME = frozenset({"date", "period"})
_START = attrgetter("start")
_OBJECT_VERBS = frozenset(L.OBJECT_VERBS)


_LEAD_RE = re.compile("^(?:{})+".format("|".join(
    re.escape(w) + (f"(?![{L.LEAD_NOT_BEFORE[w]}])" if w in L.LEAD_NOT_BEFORE else "")
    for w in sorted(set(L.SUBJECT_LEAD), key=lambda w: (-len(w), w)))))


def _tails(words: tuple[str, ...]) -> str:
    """Tail words, longest first, none cut off a word that only ends like one ("节约" keeps
    its 约: the words of ``Q.NOT_BEFORE``)."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        heads = [nb[:-len(w)] for nb in Q.NOT_BEFORE if nb.endswith(w) and len(nb) > len(w)]
        parts.append("".join(f"(?<!{re.escape(h)})" for h in heads) + re.escape(w))
    return "|".join(parts)


_TAIL_RE = re.compile(f"(?:{_tails(L.SUBJECT_TAIL)})+$")
_METRIC_TAIL_RE = re.compile(f"(?:{longest_first(L.METRIC_TAILS)})$")
_METRIC_HEAD_RE = re.compile(longest_first(L.METRIC_HEADS))
_BREAK_RE = re.compile(f"[{re.escape(L.CLAUSE_BREAKS)}]")
_LIST_SPLIT_RE = re.compile(longest_first(L.LIST_SEPARATORS))
_RIGHT_RE = regex.compile(
    rf"(?:{longest_first(L.RIGHT_LEAD)})?(?P<noun>(?:[A-Za-z][A-Za-z+\-]{{0,5}})?\p{{Han}}{{2,12}}?)(?=$|[{regex.escape(L.CLAUSE_BREAKS)}]"
    rf"|{longest_first(L.RIGHT_LEAD)})"
)
_OBJECT_VERB_RE = re.compile(longest_first(L.OBJECT_VERBS))
_PREDICATE_RE = regex.compile(f"(?r){longest_first(L.PREDICATE_VERBS)}")
_PRICE_RE = regex.compile(f"(?r){longest_first(L.PRICE_VERBS)}")
_BASIS_RE = re.compile(longest_first(L.BASIS_MARKERS))
_BASIS_TAIL_RE = regex.compile(r"每\p{Han}{1,2}$")
_AGENT_RE = re.compile(
    f"(?:{longest_first(L.AGENT_ADVERBS)})(?P<verb>{longest_first(L.NOMINAL_VERBS)})$")
_MODIFIED_RE = regex.compile(r"(?P<noun>\p{Han}{2,8}?)的")
_GAP_NOUN_RE = regex.compile(
    rf"(?:{longest_first(Q.BEFORE_AT_DISTANCE)})(?P<gap>\p{{Han}}{{1,8}}?)(?=[\d{''.join(DIGITS)}十百千万亿])")
_EARN_RE = regex.compile(
    rf"(?:(?P<base>{longest_first(L.EARN_BASES)})\p{{Han}}{{0,6}}?)?(?:{longest_first(L.EARN_VERBS)})$")
_VERB_NOUN_RE = regex.compile(
    rf"(?:(?P<self>{longest_first(L.SELF_PAYERS)})\p{{Han}}{{0,3}}?)?"
    rf"(?P<verb>{longest_first(L.VERB_NOUNS)})$")
_VERB_NOUN_ENDS = tuple(L.VERB_NOUNS)
_SERVICE_RE = re.compile(longest_first(L.SERVICE_VERBS))
_MODAL_RE = re.compile(f"(?:{longest_first(L.MODALS)})(?={longest_first(L.RECEIVE_VERBS)})")
#: "3至5元补贴。", "2元给运营补贴，": a payment noun closing the clause right after the amount
_PAYMENT_RE = regex.compile(
    rf"(?:{longest_first(L.PAYMENT_LINKS)})?(?P<noun>\p{{Han}}{{0,4}}?(?:{longest_first(L.PAYMENT_NOUNS)}))"
    rf"(?=$|[{regex.escape(L.CLAUSE_BREAKS)}])")
_NOT_OBJECT = tuple(L.NOT_OBJECT)
_BASIS_ONLY_RE = regex.compile(r"(?:每\p{Han}{1,2}?)+")
_SOURCE_RE = regex.compile(
    rf"(?:{longest_first(L.SOURCE_VERBS)})[^{regex.escape(L.CLAUSE_BREAKS)}]{{2,12}}")
_TIME_PREP = tuple(L.TIME_PREPOSITIONS)
_HEAD_VERB_RE = regex.compile(r"^(?:为|是|达|占)")
_GAP_RE = regex.compile(rf"^[\s{regex.escape(''.join(L.LIST_SEPARATORS))},，]*$")


@lru_cache(maxsize=8192)
def _strip_tail(text: str) -> str:
    return _TAIL_RE.sub("", text) if text.endswith(L.SUBJECT_TAIL) else text


@lru_cache(maxsize=8192)
def clean_subject(text: str) -> str | None:
    """Trim connectives and verbs off a left context; None when nothing is left."""
    s = text.strip()
    for _ in range(3):
        t = _TAIL_RE.sub("", _LEAD_RE.sub("", s))
        if t == s:
            break
        s = t
    return s or None


#: a clause break, searched backwards: the nearest one is found without scanning the clause
_BREAK_REV_RE = regex.compile(f"(?r)[{regex.escape(L.CLAUSE_BREAKS)}]")
_NL_BREAKS = "\n" in L.CLAUSE_BREAKS


def _last_break(view: str, lo: int, pos: int) -> int:
    """The last clause break in ``view[lo:pos]`` (-1 for none); a line break ending the
    range counts only where no break stands before it ("…，\n3亿元" -> the comma)."""
    end = pos - 1 if _NL_BREAKS and pos > lo and view[pos - 1] == "\n" else pos
    m = _BREAK_REV_RE.search(view, lo, end)
    if m is not None:
        return m.start()
    return pos - 1 if end != pos else -1


def _clause_start(view: str, lo: int, pos: int) -> int:
    """Start of the clause ending at ``pos`` (not before ``lo``)."""
    i = _last_break(view, max(lo, pos - 200), pos)
    if i >= 0:
        return i + 1
    if pos - lo <= 200:
        return lo
    i = max(view.rfind(c, lo, pos) for c in L.CLAUSE_BREAKS)
    return lo if i < 0 else i + 1


def attribute(ctx: Context, found: list[Found]) -> None:
    """Fill ``subject``, ``metric``, ``period`` and ``parent`` in place where the text says."""
    numeric, times, orgs = [], [], []
    for f in found:
        kind = f.kind
        if kind in NUMERIC:
            numeric.append(f)
        elif kind in TIME:
            times.append(f)
        elif kind == "org":
            orgs.append(f)
    if not numeric:
        return
    numeric.sort(key=_START)
    times.sort(key=_START)
    orgs.sort(key=_START)
    view, text = ctx.view, ctx.text
    t_starts = [f.start for f in times]
    o_starts = [f.start for f in orgs]
    n_starts = [f.start for f in numeric]
    starts = [s for s, _ in ctx.sentences] or [0]
    ends = [e for _, e in ctx.sentences] or [len(view)]
    last_sentence = len(starts) - 1
    previous: list[Found] = []
    part_at = sorted(i for m in L.PART_MARKERS for i in _find_all(view, m))  # most texts
    has_lists = L.RESPECTIVELY in view  # have neither: those passes are skipped
    s_times: list[Found] = []
    s_orgs: tuple[str, ...] = ()
    i, n = 0, len(numeric)
    while i < n:  # one sentence with numbers at a time
        idx = bisect_right(starts, n_starts[i]) - 1
        if idx < 0:
            idx = 0  # facts before the first sentence belong to it
        lo, hi = starts[idx], ends[idx]
        nxt = starts[idx + 1] if idx < last_sentence else len(view) + 1
        j = bisect_left(n_starts, nxt, i + 1)
        here = numeric[i:j]
        i = j
        first = lo if idx else -1
        if times:
            s_times = times[bisect_left(t_starts, first):bisect_left(t_starts, nxt)]
        if orgs:
            a, b = bisect_left(o_starts, first), bisect_left(o_starts, nxt)
            s_orgs = tuple([text[o.start:o.end] for o in orgs[a:b]]) if a < b else ()
        prev = None
        for f in here:
            _subject(ctx, f, lo, s_times, here, s_orgs, prev)
            prev = f
        if s_times:
            _periods(text, here, s_times)
        if part_at:
            k = bisect_left(part_at, lo)
            if k < len(part_at) and part_at[k] < here[-1].end:
                _parents(ctx, here, lo, previous)
        if has_lists and view.find(L.RESPECTIVELY, lo, hi) >= 0:
            _respectively(ctx, here, lo, hi)
        previous = here


def _find_all(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


@lru_cache(maxsize=8192)
def _narrow(subject: str, orgs: tuple[str, ...]) -> str:
    """The measured noun of a left context: not the agent, the verb or the basis.

    "…在福建实现保费收入" -> 保费收入; "瀚川人寿H股收报每股" -> H股; "各区按每校" -> 各区;
    "中期股息每股" -> 中期股息; "全区将再投入" -> 投入. Each step keeps the subject when it
    would leave nothing.
    """
    s = subject
    m = _BASIS_RE.search(s)
    if m and m.start() >= 2:
        s = clean_subject(s[:m.start()]) or s
    m = _PRICE_RE.search(s)
    if m and m.start() >= 1:
        s = clean_subject(s[:m.start()]) or s
    else:
        m = _PREDICATE_RE.search(s)
        if m:
            tail = clean_subject(s[m.end():])
            if tail and _BASIS_TAIL_RE.fullmatch(tail) is None and tail not in L.NOMINAL_VERBS:
                s = tail
    m = _BASIS_TAIL_RE.search(s)
    if m and m.start() >= 2:
        s = clean_subject(s[:m.start()]) or s
    for org in orgs:
        if s.startswith(org) and len(s) - len(org) >= 2:
            s = clean_subject(s[len(org):]) or s
            break
    m = _AGENT_RE.search(s) if s.endswith(L.NOMINAL_VERBS) else None
    if m:
        s = m.group("verb")
    return s


def _has_noun(left: str, start: int, times: list[Found]) -> bool:
    """Whether a left context names anything besides time words and adverbs ("如今已",
    "预计2027年将" do not)."""
    bare = left
    for t in times:
        if start <= t.start and t.end <= start + len(left):
            before = left[:t.start - start]
            prep = next((p for p in _TIME_PREP if before.endswith(p)), "")
            bare = bare.replace(left[t.start - start - len(prep):t.end - start], "")
    return clean_subject(bare) is not None


def _inherited(f: Found, numeric: list[Found]) -> str | None:
    """"每股0.18元，合计约22亿元", "资产总额不足300亿元，如今已超过1100亿元": an amount whose
    clause names nothing takes the subject of the amount of the same unit before it."""
    unit = f.fields.get("unit")
    earlier = [n for n in numeric if n.end <= f.start and n.kind == f.kind
               and n.fields.get("unit") == unit and n.fields.get("subject")]
    return earlier[-1].fields["subject"] if earlier else None


def _modified(ctx: Context, f: Found) -> str | None:
    """"，5000元以下小额理赔的…": an amount opening its clause describes the noun after it."""
    m = _MODIFIED_RE.match(ctx.view, f.end, min(len(ctx.view), f.end + 9))
    if m is None or _BREAK_RE.search(m.group("noun")):
        return None
    return ctx.text[m.start("noun"):m.end("noun")]


@lru_cache(maxsize=1024)
def _time_lead(gap: str) -> bool:
    """"到", "预计到", "截至": words that only lead a time into the clause."""
    for p in _TIME_PREP:
        if gap.endswith(p):
            return clean_subject(gap[:-len(p)]) is None
    return False


def _source(ctx: Context, f: Found) -> str | None:
    """"，约30亿元来自政策性银行": an amount opening its clause is the money from there."""
    m = _SOURCE_RE.match(ctx.view, f.end, min(len(ctx.view), f.end + 16))
    return ctx.text[m.start():m.end()] if m else None


@lru_cache(maxsize=16384)
def _left_part(kind: str, left: str, left_text: str, orgs: tuple[str, ...],
               has_noun: bool | None) -> tuple[str | None, str | None, bool, str | None]:
    """What the clause before a fact says, from its words alone (cached: clauses repeat,
    the amounts after them do not): (subject, metric, compares with an earlier figure, an
    income word). ``has_noun``: whether the clause names anything once its times are
    left out (None: it holds no time)."""
    metric = None
    if kind == "percent":
        left = _strip_tail(left)
        m = _METRIC_TAIL_RE.search(left) if left.endswith(L.METRIC_TAILS) else None
        if m:
            metric, left = m.group(), left[: m.start()]
    compare = left.startswith(L.COMPARISON_LEAD)
    subject = None
    if compare:
        metric = clean_subject(left) or metric
    else:
        subject = clean_subject(left_text[:len(left)])
        if subject is not None and kind != "percent":
            if has_noun is None:
                has_noun = clean_subject(left) is not None
            subject = _narrow(subject, orgs) if has_noun else None
    if subject is not None and len(subject) > 3:
        subject = _MODAL_RE.sub("", subject)
    earn = None
    if kind == "money" and left.endswith(L.EARN_VERBS):
        m = _EARN_RE.search(left)  # "一年能挣三万元" -> 年收入
        if m is not None:
            earn = L.EARN_BASES[m.group("base")] if m.group("base") else L.EARN_DEFAULT
    elif kind == "money" and left.endswith(_VERB_NOUN_ENDS):
        m = _VERB_NOUN_RE.search(left)  # "借了45万元" -> 借款; "自己只花了" -> 个人自付
        if m is not None:
            verb = m.group("verb")
            earn = (L.SELF_PAID if m.group("self") and verb in L.SPEND_VERBS
                    else L.VERB_NOUNS[verb])
    return subject, metric, compare, earn


def _subject(ctx: Context, f: Found, lo: int, times: list[Found], numeric: list[Found],
             orgs: tuple[str, ...], prev: Found | None) -> None:
    """``prev``: the numeric fact before ``f`` in its sentence (they never overlap)."""
    view = ctx.view
    fs, fe = f.start, f.end
    floor = prev.start if prev is not None and prev.start > lo else lo
    start = _clause_start(view, floor, fs)
    for t in times:  # a date opening the clause is the period, not the subject
        if t.end <= fs and (
                t.start == start or (start < t.start and _time_lead(view[start:t.start]))):
            start = t.end
    served = False
    if prev is not None and start <= prev.start:  # "高架站4座，总投资…": never reach back
        served = prev.kind == "count" and view.endswith(L.BENEFICIARY_MARKERS, lo, prev.start)
        start = prev.end  # over another number
    left = view[start:fs]
    has_noun = None
    for t in times:
        if start <= t.start and t.end <= fs:
            has_noun = _has_noun(left, start, times)
            break
    kind = f.kind
    subject, metric, compare, earn = _left_part(kind, left, ctx.text[start:fs], orgs, has_noun)
    if compare:
        earlier = [n for n in numeric if n.end <= fs and n.fields.get("subject")]
        subject = earlier[-1].fields["subject"] if earlier else None
    if kind == "money" and _OBJECT_VERB_RE.search(view, start, fe):  # names its object after
        m = _RIGHT_RE.match(view, fe, min(len(view), fe + 20))
        if m and not m.group().startswith(_NOT_OBJECT):
            subject = ctx.text[m.start("noun"):m.end("noun")]
    if served and subject:  # "为62家航运企业融资" -> 融资
        m = _SERVICE_RE.search(subject, 1)
        subject = subject[m.start():] if m else subject
    if kind != "percent":
        if subject is None or subject in _OBJECT_VERBS or _BASIS_ONLY_RE.fullmatch(subject):
            g = _GAP_NOUN_RE.match(view, fs, fe)  # "给予最高奖励500万元" -> 奖励
            subject = clean_subject(ctx.text[g.start("gap"):g.end("gap")]) if g else subject
        if view.startswith("的", fe) and left.endswith(L.DESCRIBES_NEXT):
            m = _RIGHT_RE.match(view, fe + 1, min(len(view), fe + 21))
            subject = ctx.text[m.start("noun"):m.end("noun")] if m else subject
        if subject is None and left.strip():
            subject = _inherited(f, numeric)
        elif subject is None:
            subject = _modified(ctx, f) or _source(ctx, f)
    if earn is not None:
        subject = earn
    if kind == "money":
        m = _PAYMENT_RE.match(view, fe, min(len(view), fe + 10))
        if m is not None:
            subject = ctx.text[m.start("noun"):m.end("noun")]
    if subject is None and view[fe:fe + 1] == "\n" and start == lo:
        nxt = view[fe + 1:fe + 40]  # sidebar: "87.65亿元\n归属于母公司股东的净利润，…"
        m = _BREAK_RE.search(nxt)
        subject = clean_subject(ctx.text[fe + 1:fe + 1 + (m.start() if m else len(nxt))])
    f.fields["subject"] = subject
    if metric:
        f.fields["metric"] = metric


def _periods(text: str, numeric: list[Found], times: list[Found]) -> None:
    """Each number takes the time before it in its sentence, else the first one after it
    (both lists sorted and never overlapping, so one pointer walks the times)."""
    k, n = 0, len(times)
    for f in numeric:
        while k < n and times[k].end <= f.start:
            k += 1
        t = times[k - 1] if k else times[0]
        f.fields["period"] = t.fields.get("date") or text[t.start:t.end]


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
        head = _HEAD_VERB_RE.sub("", head) if head else head
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
    items (within the previous 150 characters), its last item cut like a metric and its
    first item cut after the clause's verb ("公司已完成天使轮和A轮融资" -> 天使轮)."""
    clauses = list(_EARLIER_CLAUSE.finditer(text, max(0, before - 150), before))
    for c in reversed(clauses):
        items = [i for i in _LIST_SPLIT_RE.split(c.group()) if i]
        if len(items) == n and all(len(i) <= 12 for i in items[:-1]):
            items = _split_metric(items)[0]
            m = _PREDICATE_RE.search(items[0])
            if m is not None and (first := clean_subject(items[0][m.end():])):
                items[0] = first
            return items
    return []


def _split_metric(items: list[str]) -> tuple[list[str], str | None]:
    """"涉农贷款余额增速" after short items -> ("涉农", "贷款余额增速")."""
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
