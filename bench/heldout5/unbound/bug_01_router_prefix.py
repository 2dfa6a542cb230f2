import re

API_PREFIX = "/api"


class Route:
    def __init__(self, method, pattern, handler):
        self.method = method
        self.pattern = pattern
        self.regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")
        self.handler = handler

    def match(self, method, path):
        if method != self.method:
            return None
        m = self.regex.match(path)
        return m.groupdict() if m else None


class Router:
    def __init__(self, versioned=False):
        self.routes = []
        self.versioned = versioned

    def _full_path(self, path, version=None):
        base = API_PREFIX.rstrip("/")
        if version is not None:
            API_PREFIX = f"/api/v{version}"
            base = API_PREFIX
        return base + path

    def add(self, method, path, handler, version=None):
        route = Route(method, self._full_path(path, version), handler)
        self.routes.append(route)
        return route

    def get(self, path, version=None):
        def decorator(fn):
            self.add("GET", path, fn, version)
            return fn
        return decorator

    def dispatch(self, method, path):
        for route in self.routes:
            params = route.match(method, path)
            if params is not None:
                return route.handler(**params)
        return 404


def build_app():
    router = Router()

    @router.get("/users/<user_id>")
    def show_user(user_id):
        return {"id": user_id}

    return router


if __name__ == "__main__":
    try:
        app = build_app()
    except UnboundLocalError as exc:
        assert "API_PREFIX" in str(exc)
        print("BUG SHOWN")
    else:
        raise SystemExit("router built without error")
