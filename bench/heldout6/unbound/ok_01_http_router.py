import re


class Request:
    def __init__(self, method, path, body=None):
        self.method = method
        self.path = path
        self.body = body


class Response:
    def __init__(self, status, body=""):
        self.status = status
        self.body = body


class Route:
    def __init__(self, pattern, view):
        self.regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")
        self.view = view

    def match(self, path):
        m = self.regex.match(path)
        return m.groupdict() if m else None


class Router:
    def __init__(self):
        self._routes = []

    def add(self, pattern, view):
        self._routes.append(Route(pattern, view))

    def resolve(self, path):
        for route in self._routes:
            params = route.match(path)
            if params is not None:
                return route.view, params
        return None, {}

    def _method_not_allowed(self, request, **params):
        return Response(405)

    def dispatch(self, request):
        view, params = self.resolve(request.path)
        if view is None:
            return Response(404)
        match request.method:
            case "GET":
                action = view.retrieve
            case "POST" | "PUT":
                action = view.store
            case "DELETE":
                action = view.destroy
            case _:
                action = self._method_not_allowed
        return action(request, **params)


class ArticleView:
    def __init__(self):
        self.articles = {"1": "hello"}

    def retrieve(self, request, article_id):
        return Response(200, self.articles.get(article_id, ""))

    def store(self, request, article_id):
        self.articles[article_id] = request.body
        return Response(201)

    def destroy(self, request, article_id):
        self.articles.pop(article_id, None)
        return Response(204)


def main():
    router = Router()
    router.add("/articles/<article_id>", ArticleView())
    assert router.dispatch(Request("GET", "/articles/1")).body == "hello"
    assert router.dispatch(Request("PUT", "/articles/2", "x")).status == 201
    assert router.dispatch(Request("HEAD", "/articles/1")).status == 405
    print("OK")


if __name__ == "__main__":
    main()
