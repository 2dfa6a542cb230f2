"""HTTP session that owns a request context pointing back at it."""
import gc

CLOSED = []


class RequestContext:
    def __init__(self, session, defaults):
        self.session = session
        self.headers = dict(defaults)

    def build(self, method, path):
        return {"method": method, "url": self.session.base_url + path,
                "headers": dict(self.headers)}


class Session:
    def __init__(self, base_url, **defaults):
        self.base_url = base_url
        self.open = True
        self.context = RequestContext(self, defaults)

    def request(self, method, path):
        return self.context.build(method, path)

    def close(self):
        if self.open:
            self.open = False
            CLOSED.append(self.base_url)

    def __del__(self):
        self.close()


def fetch_profile(base_url):
    session = Session(base_url, Accept="application/json")
    return session.request("GET", "/me")


if __name__ == "__main__":
    gc.disable()
    try:
        req = fetch_profile("https://api.example.com")
        assert req["url"] == "https://api.example.com/me"
        assert CLOSED == []
        gc.collect()
        assert CLOSED == ["https://api.example.com"]
    finally:
        gc.enable()
    print("BUG SHOWN")
