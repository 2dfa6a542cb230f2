from dataclasses import dataclass


class HeaderMap:
    def __init__(self, pairs=()):
        self._items = {}
        for key, value in pairs:
            self.set(key, value)

    def set(self, key, value):
        self._items[key.lower()] = (key, value)

    def get(self, key, default=None):
        entry = self._items.get(key.lower())
        return entry[1] if entry else default

    def __contains__(self, key):
        return key.lower() in self._items

    def items(self):
        return [pair for pair in self._items.values()]


@dataclass
class Request:
    method: str
    url: str
    headers: HeaderMap = HeaderMap()
    body: bytes = b""

    def with_auth(self, token):
        self.headers.set("Authorization", f"Bearer {token}")
        return self

    def with_json(self, payload):
        import json
        self.body = json.dumps(payload).encode()
        self.headers.set("Content-Type", "application/json")
        return self


class Client:
    def __init__(self, base_url, token=None):
        self.base_url = base_url
        self.token = token

    def build(self, method, path, json_body=None):
        req = Request(method, self.base_url + path)
        if self.token:
            req.with_auth(self.token)
        if json_body is not None:
            req.with_json(json_body)
        return req


if __name__ == "__main__":
    admin = Client("https://api.example.com", token="s3cret-admin")
    public = Client("https://api.example.com")
    admin.build("POST", "/users", {"name": "ada"})
    anon = public.build("GET", "/status")
    assert "Authorization" in anon.headers
    assert anon.headers.get("authorization") == "Bearer s3cret-admin"
    print("BUG SHOWN")
