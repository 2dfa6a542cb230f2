class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path


class Router:
    routes = {}
    prefix = ""

    @classmethod
    def get(cls, path):
        def register(handler):
            cls.routes[("GET", cls.prefix + path)] = handler
            return handler
        return register

    @classmethod
    def post(cls, path):
        def register(handler):
            cls.routes[("POST", cls.prefix + path)] = handler
            return handler
        return register

    @classmethod
    def handle(cls, request):
        handler = cls.routes.get((request.method, request.path))
        if handler is None:
            return 404, "not found"
        return 200, handler(request)

    @classmethod
    def endpoints(cls):
        return sorted(path for _, path in cls.routes)


class PublicApi(Router):
    prefix = "/api"


class AdminApi(Router):
    prefix = "/admin"


@PublicApi.get("/products")
def list_products(request):
    return ["kettle", "toaster"]


@AdminApi.post("/users/delete")
def delete_users(request):
    return "deleted"


def main():
    status, body = PublicApi.handle(Request("POST", "/admin/users/delete"))
    assert (status, body) == (200, "deleted"), (status, body)
    assert PublicApi.endpoints() == ["/admin/users/delete", "/api/products"]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
