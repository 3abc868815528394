"""Imports every finder module so that each registers itself in ``FINDERS``."""

from newsfacts.extract import counts, dates, money, percent  # noqa: F401
from newsfacts.extract import orgs, people, places, projects  # noqa: F401
