"""JSON encoder used for the council's animal-welfare returns.

The inspector's system rejects NaN/Infinity and wants stable key order, so
this wraps the standard encoder with those settings.
"""
import json as _json


def dumps(obj, indent=None):
    return _json.dumps(obj, indent=indent, sort_keys=True, allow_nan=False,
                       ensure_ascii=True)
