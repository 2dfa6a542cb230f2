"""HTTP client family with per-client default headers."""


class HttpClient:
    default_headers = {"User-Agent": "svc-client/2.1", "Accept": "application/json"}
    timeout = 10

    def __init__(self, base_url, token=None, timeout=None):
        self.base_url = base_url
        self.headers = dict(self.default_headers)
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        if timeout is not None:
            self.timeout = timeout

    def prepare(self, method, path):
        return {"method": method, "url": self.base_url + path,
                "headers": dict(self.headers), "timeout": self.timeout}


class GitHubClient(HttpClient):
    default_headers = {**HttpClient.default_headers,
                       "Accept": "application/vnd.github+json"}

    def __init__(self, token=None):
        super().__init__("https://api.github.com", token=token)


if __name__ == "__main__":
    gh = GitHubClient(token="ghp_example")
    req = gh.prepare("GET", "/user")
    assert req["headers"]["Authorization"] == "Bearer ghp_example"
    assert req["headers"]["Accept"] == "application/vnd.github+json"

    status = HttpClient("https://status.example.com", timeout=2)
    req = status.prepare("GET", "/health")
    assert req["timeout"] == 2 and HttpClient.timeout == 10
    assert "Authorization" not in req["headers"]
    assert req["headers"]["Accept"] == "application/json"
    print("OK")
