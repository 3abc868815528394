"""Encodings are detected per document and recorded; what is not text is refused with a code."""

from __future__ import annotations

import json

import pytest

from conftest import CASES
from newsfacts.errors import NewsfactsError
from newsfacts.ingest import decode_bytes
from newsfacts.ingest.sources import document_from_bytes


def rows(name: str) -> list[dict]:
    path = CASES / "ingest" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", rows("encodings.jsonl"), ids=lambda c: c["label"])
def test_encoding_is_detected_and_recorded(case: dict) -> None:
    decoded = decode_bytes(case["text"].encode(case["encode"]))
    assert decoded.text == case["text"]
    assert decoded.encoding == case["expected"]


@pytest.mark.parametrize("case", rows("encodings.jsonl"), ids=lambda c: c["label"])
def test_encoding_option_overrides_detection(case: dict) -> None:
    data = case["text"].encode(case["encode"])
    decoded = decode_bytes(data, case["encode"])
    assert decoded.text == case["text"]
    assert decoded.encoding == case["encode"]


@pytest.mark.parametrize("case", rows("bad_inputs.jsonl"), ids=lambda c: c["label"])
def test_bad_input_becomes_an_error_document(case: dict) -> None:
    doc = document_from_bytes(bytes.fromhex(case["hex"]), "d", "d.txt")
    assert not doc.ok and doc.text is None
    assert doc.error.startswith(case["code"] + ":")


def test_wrong_encoding_option_is_a_clear_error() -> None:
    with pytest.raises(NewsfactsError, match=r"NF002.*--encoding"):
        decode_bytes("港口吞吐量突破3亿吨".encode("gb18030"), "utf-8")


def test_unknown_encoding_name_is_a_clear_error() -> None:
    with pytest.raises(NewsfactsError, match=r"NF002.*no-such-codec"):
        decode_bytes(b"abc", "no-such-codec")


def test_random_bytes_are_never_taken_for_text() -> None:
    import random

    rng = random.Random(6)
    for _ in range(20):
        junk = bytes(rng.randrange(256) for _ in range(4096))
        doc = document_from_bytes(junk, "j", "j.bin")
        assert not doc.ok, doc.encoding
