"""Tiny request dispatcher with module-level accounting."""
import time

_requests_served = 0
_last_request_at = None


def _record_request():
    global _requests_served, _last_request_at
    now = time.monotonic()
    _requests_served += 1
    _last_request_at = now
    return now


class RequestHandler:
    def __init__(self, routes):
        self.routes = dict(routes)
        self.log = []

    def handle(self, path):
        handler = self.routes.get(path)
        if handler is None:
            return 404, "not found"
        _record_request()
        status, body = 200, handler()
        self.log.append((path, status))
        return status, body


def stats():
    return {"served": _requests_served, "last": _last_request_at}


if __name__ == "__main__":
    app = RequestHandler({"/health": lambda: "ok", "/version": lambda: "1.2.0"})
    assert app.handle("/missing") == (404, "not found")
    assert app.handle("/health") == (200, "ok")
    assert app.handle("/version") == (200, "1.2.0")
    assert stats()["served"] == 2
    assert stats()["last"] is not None
    assert [p for p, _ in app.log] == ["/health", "/version"]
    print("OK")
