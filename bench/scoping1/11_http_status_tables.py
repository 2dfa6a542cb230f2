"""Build lookup tables for HTTP status codes at import time."""
from http import HTTPStatus

_table = {}
for status in HTTPStatus:
    _table[status.value] = status.phrase
STATUS_PHRASES = dict(_table)
del _table, status

CLIENT_ERRORS = {code: phrase for code, phrase in STATUS_PHRASES.items() if 400 <= code < 500}
SERVER_ERRORS = {code: phrase for code, phrase in STATUS_PHRASES.items() if code >= 500}
RETRYABLE = frozenset(code for code in _table if code in (429, 502, 503, 504))


def describe(code):
    phrase = STATUS_PHRASES.get(code, "Unknown")
    suffix = " (retryable)" if code in RETRYABLE else ""
    return f"{code} {phrase}{suffix}"


if __name__ == "__main__":
    for code in (200, 404, 503):
        print(describe(code))
