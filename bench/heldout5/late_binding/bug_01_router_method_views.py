class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body


class ResourceView:
    def list(self, request):
        return Response(200, "list")

    def create(self, request):
        return Response(201, "create")

    def destroy(self, request):
        return Response(204, "destroy")


class Router:
    ACTIONS = {"GET": "list", "POST": "create", "DELETE": "destroy"}

    def __init__(self):
        self._table = {}

    def register(self, prefix, view):
        for method, action in self.ACTIONS.items():
            if hasattr(view, action):
                self._table[(method, prefix)] = lambda request: getattr(view, action)(request)

    def handle(self, method, path, request=None):
        handler = self._table.get((method, path))
        if handler is None:
            return Response(405, "method not allowed")
        return handler(request or {})


if __name__ == "__main__":
    router = Router()
    router.register("/articles", ResourceView())
    got = router.handle("GET", "/articles")
    assert (got.status, got.body) == (204, "destroy")
    assert router.handle("POST", "/articles").status == 204
    print("BUG SHOWN")
