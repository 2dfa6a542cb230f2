"""HTTP client settings read from the environment."""
import os
import urllib.parse

_RAW_TIMEOUT = os.environ.get("FETCHER_TIMEOUT", "30s")

try:
    REQUEST_TIMEOUT = float(_RAW_TIMEOUT)
except ValueError:
    print(f"warning: ignoring malformed FETCHER_TIMEOUT={_RAW_TIMEOUT!r}")

BASE_URL = os.environ.get("FETCHER_BASE_URL", "https://example.invalid/api/")
USER_AGENT = "fetcher/2.1"

SESSION_DEFAULTS = dict(timeout=REQUEST_TIMEOUT, headers={"User-Agent": USER_AGENT})


def build_url(endpoint, **params):
    url = urllib.parse.urljoin(BASE_URL, endpoint.lstrip("/"))
    if params:
        url += "?" + urllib.parse.urlencode(sorted(params.items()))
    return url


if __name__ == "__main__":
    print(build_url("/users", page=2), SESSION_DEFAULTS)
