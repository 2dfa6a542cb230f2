"""URL router where each route declares its allowed methods."""


class Route:
    def __init__(self, path, handler, methods=["GET", "HEAD"]):
        self.path = path
        self.handler = handler
        self.methods = frozenset(m.upper() for m in methods)
        self.middlewares = []

    def allows(self, method):
        return method.upper() in self.methods

    def __call__(self, request):
        for mw in self.middlewares:
            request = mw(request)
            if request is None:
                return 403, "forbidden"
        return 200, self.handler(request)


class Router:
    def __init__(self):
        self._routes = {}

    def add(self, path, handler, **kwargs):
        self._routes[path] = Route(path, handler, **kwargs)

    def use(self, path, middleware):
        self._routes[path].middlewares.append(middleware)

    def dispatch(self, method, path, request):
        route = self._routes.get(path)
        if route is None:
            return 404, "not found"
        if not route.allows(method):
            return 405, "method not allowed"
        return route(request)


def require_admin(request):
    return request if request.get("role") == "admin" else None


if __name__ == "__main__":
    router = Router()
    router.add("/admin", lambda req: "dashboard", methods=["GET", "POST"])
    router.add("/status", lambda req: "up")
    router.use("/admin", require_admin)

    assert router.dispatch("POST", "/admin", {"role": "admin"}) == (200, "dashboard")
    assert router.dispatch("GET", "/admin", {"role": "guest"}) == (403, "forbidden")
    assert router.dispatch("GET", "/status", {"role": "guest"}) == (200, "up")
    assert router.dispatch("POST", "/status", {}) == (405, "method not allowed")
    assert Route.__init__.__defaults__ == (["GET", "HEAD"],)
    print("OK")
