"""The schema version of every record; bump on any incompatible change."""

SCHEMA_VERSION: int = 1


def is_compatible(version: int | str, current: int = SCHEMA_VERSION) -> bool:
    """A record is readable when its major version equals ours (compared as integers)."""
    return int(version) == current
