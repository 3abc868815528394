"""JSON Schema of the records, exported by ``newsfacts schema`` and committed."""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from newsfacts.records.models import Article, Fact, ManifestEntry
from newsfacts.records.version import SCHEMA_VERSION


def json_schema() -> dict[str, Any]:
    """One document holding the schemas of a fact, an article and a manifest entry."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsfacts records",
        "schema_version": SCHEMA_VERSION,
        "fact": TypeAdapter(Fact).json_schema(mode="serialization"),
        "article": Article.model_json_schema(mode="serialization"),
        "manifest_entry": ManifestEntry.model_json_schema(mode="serialization"),
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
