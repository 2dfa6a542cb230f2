import hashlib


class CookieJar:
    def __init__(self):
        self.cookies = {}

    def header_value(self):
        return "; ".join(f"{k}={v}" for k, v in sorted(self.cookies.items()))


def _attach_cookies(headers, jar):
    if jar is not None and jar.cookies:
        headers["Cookie"] = jar.header_value()


def _sign(method, url, headers):
    digest = hashlib.sha256(f"{method} {url}".encode()).hexdigest()[:12]
    headers["X-Signature"] = digest
    return headers


def build_request(method, url, headers={}, jar=None):
    _attach_cookies(headers, jar)
    return {"method": method, "url": url, "headers": _sign(method, url, headers)}


class ApiClient:
    def __init__(self, base):
        self.base = base

    def get(self, path, jar=None):
        return build_request("GET", self.base + path, jar=jar)


def main():
    client = ApiClient("https://api.example.test")
    jar = CookieJar()
    jar.cookies["session"] = "s3cr3t"
    client.get("/me", jar=jar)
    anonymous = client.get("/public/status")
    assert anonymous["headers"].get("Cookie") == "session=s3cr3t"
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
