import re


class NotFound(Exception):
    pass


class Route:
    def __init__(self, method, pattern, endpoint):
        self.method = method
        self.regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")
        self.endpoint = endpoint

    def match(self, method, path):
        if method != self.method:
            return None
        m = self.regex.match(path)
        return m.groupdict() if m else None


class Router:
    FALLBACK_STATUS = 404

    def __init__(self):
        self.routes = []

    def route(self, pattern, method="GET"):
        def register(fn):
            self.routes.append(Route(method, pattern, fn))
            return fn
        return register

    def _find(self, method, path):
        for route in self.routes:
            params = route.match(method, path)
            if params is not None:
                endpoint = route.endpoint
                break
        else:
            raise NotFound(f"{method} {path}")
        return endpoint, params

    def dispatch(self, method, path):
        try:
            endpoint, params = self._find(method, path)
        except NotFound as exc:
            missing = str(exc)
            return self.FALLBACK_STATUS, {"error": missing}
        return endpoint(**params)


app = Router()


@app.route("/users/<user_id>")
def show_user(user_id):
    return 200, {"id": user_id}


def main():
    assert app.dispatch("GET", "/users/42") == (200, {"id": "42"})
    assert app.dispatch("DELETE", "/users/42") == (404, {"error": "DELETE /users/42"})
    print("OK")


if __name__ == "__main__":
    main()
