"""Factory that builds a small versioned API router class."""


def build_api_router(prefix, methods, version="v1"):
    class ApiRouter:
        PREFIX = f"/{version}/{prefix.strip('/')}"
        METHODS = tuple(m.upper() for m in methods)
        ROUTE_TABLE = {m: f"{PREFIX}/{m.lower()}" for m in METHODS}

        def __init__(self):
            self.handlers = {}

        def bind(self, method, handler):
            method = method.upper()
            if method not in self.METHODS:
                raise ValueError(f"{method} not allowed on {self.PREFIX}")
            self.handlers[self.ROUTE_TABLE[method]] = handler

        def dispatch(self, path, request):
            handler = self.handlers.get(path)
            if handler is None:
                return 404, None
            return 200, handler(request)

    return ApiRouter


def build_default_routers():
    routers = {}
    for resource in ("users", "orders"):
        routers[resource] = build_api_router(resource, ["get", "post"])()
    return routers


if __name__ == "__main__":
    try:
        routers = build_default_routers()
    except NameError as exc:
        assert "PREFIX" in str(exc)
    else:
        raise AssertionError("router class built unexpectedly")
    print("BUG SHOWN")
