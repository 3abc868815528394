"""Imports every finder module so that each registers itself in ``FINDERS``."""
