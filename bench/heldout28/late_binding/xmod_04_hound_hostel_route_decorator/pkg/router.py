"""Minimal path router in the style of micro web frameworks."""


class NotFound(Exception):
    pass


class Router:
    def __init__(self):
        self._routes = {}

    def route(self, path):
        def register(view):
            if path in self._routes:
                raise ValueError(f"duplicate route {path}")
            self._routes[path] = view
            return view

        return register

    def dispatch(self, path):
        try:
            view = self._routes[path]
        except KeyError:
            raise NotFound(path) from None
        return 200, view()

    def paths(self):
        return sorted(self._routes)
