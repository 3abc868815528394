"""Imports every finder module so that each registers itself in ``FINDERS``."""

from newsfacts.extract import (  # noqa: F401
    counts,
    dates,
    money,
    orgs,
    people,
    percent,
    places,
    projects,
)
