"""Request builder used by a small HTTP client."""


class Request:
    def __init__(self, method, url, headers):
        self.method = method
        self.url = url
        self.headers = headers

    def __repr__(self):
        return f"Request({self.method} {self.url} {self.headers})"


def _apply_defaults(headers):
    headers.setdefault("User-Agent", "tinyhttp/0.3")
    headers.setdefault("Accept", "application/json")


def _apply_auth(headers, token):
    if token:
        headers["Authorization"] = f"Bearer {token}"


def build_request(url, method="GET", headers=None, token=None):
    headers = dict(headers or {})
    _apply_defaults(headers)
    _apply_auth(headers, token)
    return Request(method, url, headers)


class ApiClient:
    def __init__(self, base_url, token=None):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def get(self, path):
        return build_request(f"{self.base_url}{path}", token=self.token)


if __name__ == "__main__":
    private = ApiClient("https://api.internal/", token="s3cr3t")
    public = ApiClient("https://status.example.com")

    r1 = private.get("/users")
    assert r1.headers["Authorization"] == "Bearer s3cr3t"

    r2 = public.get("/ping")
    assert "Authorization" not in r2.headers
    assert r2.headers["User-Agent"] == "tinyhttp/0.3"

    base = {"Accept": "text/plain"}
    r3 = build_request("https://x", headers=base, token="t")
    assert base == {"Accept": "text/plain"}
    assert r3.headers["Accept"] == "text/plain"
    print("OK")
