"""Router with decorator-based registration of CRUD list endpoints."""


class Router:
    def __init__(self):
        self._routes = {}

    def route(self, path, methods=("GET",)):
        def decorator(handler):
            for method in methods:
                self._routes[(method, path)] = handler
            return handler
        return decorator

    def dispatch(self, method, path, request):
        handler = self._routes.get((method, path))
        if handler is None:
            return 404, None
        return 200, handler(request)


def _make_lister(resource, items):
    def list_items(request):
        limit = request.get("limit", 10)
        return {"resource": resource, "items": items[:limit]}
    return list_items


def register_listing_endpoints(router, store):
    for resource in store:
        router.route(f"/{resource}")(_make_lister(resource, store[resource]))


if __name__ == "__main__":
    store = {
        "users": ["alice", "bob"],
        "orders": [101, 102, 103],
        "invoices": ["INV-1"],
    }
    router = Router()
    register_listing_endpoints(router, store)

    status, body = router.dispatch("GET", "/users", {})
    assert status == 200
    assert body == {"resource": "users", "items": ["alice", "bob"]}
    status, body = router.dispatch("GET", "/orders", {"limit": 2})
    assert body["items"] == [101, 102]
    print("OK")
