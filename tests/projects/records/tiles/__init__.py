"""A tile renderer whose request records are NamedTuples of another module."""
