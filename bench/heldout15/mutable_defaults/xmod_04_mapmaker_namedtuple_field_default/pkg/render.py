BASE_LAYERS = {"topo": ["land", "water", "contours"], "road": ["land", "roads"]}


def add_overlays(request, overlays):
    for name in overlays:
        if name not in request.layers:
            request.layers.append(name)
    return request


def render(request):
    stack = BASE_LAYERS[request.style] + list(request.layers)
    return {"key": request.key(), "stack": stack}


class TileCache:
    def __init__(self):
        self._tiles = {}
        self.misses = 0

    def get(self, request):
        k = request.key()
        if k not in self._tiles:
            self.misses += 1
            self._tiles[k] = render(request)
        return self._tiles[k]
