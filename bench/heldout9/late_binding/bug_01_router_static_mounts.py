import posixpath


class Request:
    def __init__(self, path):
        self.path = path


class App:
    def __init__(self):
        self.handlers = []

    def mount(self, prefix, handler):
        self.handlers.append((prefix, handler))

    def __call__(self, request):
        for prefix, handler in sorted(self.handlers, key=lambda item: -len(item[0])):
            if request.path.startswith(prefix):
                return handler(request, request.path[len(prefix):])
        return ("404", None)


def serve_file(root, rel):
    return ("200", posixpath.join(root, rel.lstrip("/")))


def mount_static(app, directories):
    for prefix, root in directories.items():
        app.mount(prefix, lambda request, rel: serve_file(root, rel))


app = App()
mount_static(app, {"/css": "/srv/assets/css", "/img": "/srv/assets/img", "/js": "/srv/assets/js"})
status, path = app(Request("/css/site.css"))
assert status == "200"
assert path == "/srv/assets/js/site.css", path
print("BUG SHOWN")
