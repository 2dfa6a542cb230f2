"""Cached JSON-schema lookup for the validation middleware."""

SCHEMAS = {
    "user": {"type": "object", "required": ["id", "email"]},
    "order": {"type": "object", "required": ["id", "items"]},
}

_schema_cache = {}


def get_schema(name, refresh=False):
    if name in _schema_cache and not refresh:
        return _schema_cache[name]
    if refresh:
        _schema_cache = {}
    schema = dict(SCHEMAS[name])
    schema["$id"] = f"urn:schema:{name}"
    _schema_cache[name] = schema
    return schema


def missing_fields(kind, document):
    required = get_schema(kind)["required"]
    return [field for field in required if field not in document]


if __name__ == "__main__":
    print(missing_fields("user", {"id": 3}))
    print(missing_fields("order", {"id": 9, "items": []}))
