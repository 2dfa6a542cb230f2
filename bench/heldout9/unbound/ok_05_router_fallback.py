import re


class Route:
    def __init__(self, method, pattern, handler):
        self.method = method
        self.regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")
        self.handler = handler

    def match(self, method, path):
        if method != self.method:
            return None
        m = self.regex.match(path)
        return m.groupdict() if m else None


def not_found():
    return {"status": 404}


class Router:
    def __init__(self):
        self.routes = []

    def add(self, method, pattern):
        def register(fn):
            self.routes.append(Route(method, pattern, fn))
            return fn
        return register

    def resolve(self, method, path):
        for route in self.routes:
            params = route.match(method, path)
            if params is not None:
                handler = route.handler
                break
        else:
            handler, params = not_found, {}
        return handler, params

    def dispatch(self, method, path):
        handler, params = self.resolve(method, path)
        return handler(**params)


router = Router()


@router.add("GET", "/users/<user_id>")
def show_user(user_id):
    return {"status": 200, "user": user_id}


assert router.dispatch("GET", "/users/42") == {"status": 200, "user": "42"}
assert router.dispatch("DELETE", "/users/42") == {"status": 404}
print("OK")
