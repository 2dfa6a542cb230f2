DEFAULT_HEADERS = {"Accept": "application/json", "User-Agent": "client/1.0"}


def build_request(method, url, headers={}, cookies=()):
    merged = {**DEFAULT_HEADERS, **headers}
    if cookies:
        merged["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies)
    return {"method": method, "url": url, "headers": merged}


class ApiClient:
    def __init__(self, base):
        self.base = base

    def get(self, path, cookies=()):
        return build_request("GET", self.base + path, cookies=cookies)


def main():
    client = ApiClient("https://api.example.test")
    authed = client.get("/me", cookies=[("session", "s3cr3t")])
    assert authed["headers"]["Cookie"] == "session=s3cr3t"
    anonymous = client.get("/public/status")
    assert "Cookie" not in anonymous["headers"]
    assert build_request.__defaults__[0] == {}
    print("OK")


if __name__ == "__main__":
    main()
