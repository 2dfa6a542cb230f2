"""URL router where routes carry their own middleware chain."""


class Route:
    def __init__(self, path, handler, middlewares=[]):
        self.path = path
        self.handler = handler
        self.middlewares = middlewares

    def __call__(self, request):
        for mw in self.middlewares:
            request = mw(request)
            if request is None:
                return 403, "forbidden"
        return 200, self.handler(request)


class Router:
    def __init__(self):
        self._routes = {}

    def add(self, path, handler):
        self._routes[path] = Route(path, handler)

    def use(self, path, middleware):
        self._routes[path].middlewares.append(middleware)

    def dispatch(self, path, request):
        route = self._routes.get(path)
        if route is None:
            return 404, "not found"
        return route(request)


def require_admin(request):
    return request if request.get("role") == "admin" else None


if __name__ == "__main__":
    router = Router()
    router.add("/admin", lambda req: "dashboard")
    router.add("/status", lambda req: "up")
    router.use("/admin", require_admin)

    assert router.dispatch("/admin", {"role": "admin"}) == (200, "dashboard")
    assert router.dispatch("/admin", {"role": "guest"}) == (403, "forbidden")
    assert router.dispatch("/status", {"role": "guest"}) == (403, "forbidden")
    print("BUG SHOWN")
