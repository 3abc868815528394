"""The offset map is exact both ways, on damaged text of every kind (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.repair import repair_and_explain, replay
from newsfacts.repair.degrade import degrade

PIECES = [
    "前不久", "前不久前不久", "，，", "20252025", "年度", "水利设水利设\n施施", "前前不不久久",
    "研究研究", "谢谢", "2020年", "8888元", "1111", "Windows 11", " ", "\n", "\n\n", "。 稳中有进",
    "增 速 分 别 为 ", "18.42% 、", "全市新开工项目", "，", "。", "\r\n", "３４．２％", "　　",
]

damaged = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.builds(
        degrade,
        st.lists(st.sampled_from(PIECES[:-3]), min_size=5, max_size=40).map("".join),
        st.integers(0, 10_000),
    ),
)


@settings(max_examples=300, deadline=None)
@given(damaged)
def test_replay_and_offsets_are_exact(raw: str) -> None:
    rep = repair_and_explain(raw)
    text, offsets = rep.text, rep.offsets
    assert replay(raw, rep.steps) == text
    assert len(offsets) == len(text) and offsets.raw_length == len(raw)
    kept: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        a, b = offsets.raw_range(i, i + 1)
        assert 0 <= a <= b <= len(raw)
        if b - a == 1 and raw[a] == ch:
            kept.append((i, a))
        else:  # written by a change: a line break, a space or nothing but layout
            assert ch in "\n " or ch in raw[a:b]
    for i, a in kept:  # kept characters map back and forth one to one
        assert offsets.to_raw(i) == a
        assert offsets.from_raw(a) == i
    raw_starts = [offsets.to_raw(i) for i in range(len(text))]
    assert raw_starts == sorted(raw_starts)
    back = [offsets.from_raw(j) for j in range(len(raw) + 1)]
    assert back == sorted(back) and back[-1] == len(text)


@settings(max_examples=200, deadline=None)
@given(damaged, st.data())
def test_span_round_trip(raw: str, data: st.DataObject) -> None:
    rep = repair_and_explain(raw)
    n = len(rep.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    rs, re_ = rep.offsets.raw_range(start, end)
    assert 0 <= rs <= re_ <= len(raw)
    fs, fe = rep.offsets.from_raw_range(rs, re_)
    if end > start:
        assert fs <= start and end <= fe  # the raw range holds every character of the span
        kept = [
            i for i in range(start, end)
            if rep.offsets.ends[i] - rep.offsets.starts[i] == 1
            and raw[rep.offsets.starts[i]] == rep.text[i]
        ]
        for i in kept:
            assert rs <= rep.offsets.starts[i] < re_
