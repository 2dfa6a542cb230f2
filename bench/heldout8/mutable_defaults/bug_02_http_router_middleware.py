from collections import deque


def request_id(handler):
    def wrapped(request):
        request.setdefault("headers", {})["X-Request-Id"] = "req-1"
        return handler(request)
    return wrapped


def require_json(handler):
    def wrapped(request):
        if request.get("content_type") != "application/json":
            return 415, "unsupported"
        return handler(request)
    return wrapped


class Router:
    def __init__(self):
        self._routes = {}

    def route(self, method, path, *, middleware=deque()):
        def register(handler):
            chain = middleware
            chain.appendleft(request_id)
            wrapped = handler
            for layer in chain:
                wrapped = layer(wrapped)
            self._routes[(method, path)] = wrapped
            handler.middleware_depth = len(chain)
            return handler
        return register

    def json_route(self, method, path):
        stack = deque([require_json])
        return self.route(method, path, middleware=stack)

    def dispatch(self, method, path, request):
        return self._routes[(method, path)](request)


router = Router()


@router.route("GET", "/health")
def health(request):
    return 200, "ok"


@router.route("GET", "/version")
def version(request):
    return 200, "1.4.2"


@router.route("GET", "/metrics")
def stats(request):
    return 200, "up=1"


def main():
    assert health.middleware_depth == 1
    assert version.middleware_depth == 2, version.middleware_depth
    assert stats.middleware_depth == 3, stats.middleware_depth
    status, body = router.dispatch("GET", "/metrics", {})
    assert (status, body) == (200, "up=1")
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
