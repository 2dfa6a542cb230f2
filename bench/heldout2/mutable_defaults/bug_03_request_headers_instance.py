class Headers:
    def __init__(self):
        self._items = {}

    def set(self, key, value):
        self._items[key.lower()] = value

    def get(self, key):
        return self._items.get(key.lower())

    def as_dict(self):
        return dict(self._items)


def _apply_auth(headers, token):
    if token:
        headers.set("Authorization", f"Bearer {token}")
    headers.set("User-Agent", "svc-client/1.2")
    return headers


class Request:
    def __init__(self, method, url, headers):
        self.method = method
        self.url = url
        self.headers = headers


def build_request(method, url, token=None, headers=Headers()):
    return Request(method, url, _apply_auth(headers, token))


def main():
    admin = build_request("DELETE", "/users/4", token="s3cr3t")
    assert admin.headers.get("authorization") == "Bearer s3cr3t"
    public = build_request("GET", "/status")
    leaked = public.headers.get("authorization")
    assert leaked == "Bearer s3cr3t", leaked
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
