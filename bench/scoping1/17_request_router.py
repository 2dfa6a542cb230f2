"""Method-based request routing for a tiny WSGI-style handler."""


class ResourceHandler:
    allowed_methods = ("GET", "POST")

    def handle_get(self, request):
        return 200, f"listing {request['path']}"

    dispatch_table = {"GET": handle_get, "POST": handle_post}

    def handle_post(self, request):
        return 201, f"created under {request['path']}"

    def __call__(self, request):
        method = request["method"].upper()
        if method not in self.allowed_methods:
            return 405, "method not allowed"
        return self.dispatch_table[method](self, request)


if __name__ == "__main__":
    handler = ResourceHandler()
    print(handler({"method": "get", "path": "/widgets"}))
    print(handler({"method": "delete", "path": "/widgets/3"}))
