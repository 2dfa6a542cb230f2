"""Tiny request dispatcher with module-level accounting."""
import time

_requests_served = 0
_last_request_at = None


def _record_request():
    now = time.monotonic()
    _requests_served += 1
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
    try:
        app.handle("/health")
    except UnboundLocalError as exc:
        assert "_requests_served" in str(exc)
    else:
        raise AssertionError("accounting helper unexpectedly succeeded")
    assert stats()["served"] == 0
    assert app.log == []
    print("BUG SHOWN")
