"""Extract: finders and resolvers per fact kind; ``lexicon/`` holds the language tables."""

from newsfacts.extract.base import Context, Finder, Found
from newsfacts.extract.registry import FINDERS, extract

__all__ = ["FINDERS", "Context", "Finder", "Found", "extract"]
