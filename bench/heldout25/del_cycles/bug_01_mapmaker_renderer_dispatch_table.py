"""Tile renderer for a web map-making service.

A renderer holds a scratch-buffer lease from a shared pool while it draws
the tiles of one map request; the lease is handed back when the renderer
is finalised so other requests can render.  Output formats are dispatched
through a small table built at construction time.
"""
import gc


class BufferPool:
    def __init__(self, size):
        self.size = size
        self.leased = set()

    def lease(self, owner):
        if len(self.leased) >= self.size:
            raise RuntimeError("no scratch buffers left")
        self.leased.add(owner)
        return owner

    def give_back(self, owner):
        self.leased.discard(owner)


class TileRenderer:
    def __init__(self, request_id, pool):
        self.request_id = request_id
        self.pool = pool
        self.lease = None
        self.lease = pool.lease(request_id)
        self.formats = {
            "png": self._render_png,
            "svg": self._render_svg,
        }
        self.rendered = []

    def _render_png(self, z, x, y):
        return f"{self.request_id}/{z}/{x}/{y}.png"

    def _render_svg(self, z, x, y):
        return f"{self.request_id}/{z}/{x}/{y}.svg"

    def render(self, fmt, tiles):
        draw = self.formats[fmt]
        self.rendered.extend(draw(*tile) for tile in tiles)
        return self.rendered

    def __del__(self):
        if self.lease is not None:
            self.pool.give_back(self.lease)


def handle_request(pool, request_id, fmt, tiles):
    renderer = TileRenderer(request_id, pool)
    return list(renderer.render(fmt, tiles))


def main():
    pool = BufferPool(size=2)
    gc.disable()
    try:
        print(handle_request(pool, "req-17", "png", [(12, 2048, 1361), (12, 2049, 1361)]))
        print(handle_request(pool, "req-18", "svg", [(9, 256, 170)]))
        still_leased = sorted(pool.leased)
        print("buffers still leased after both requests finished:", still_leased)
        try:
            handle_request(pool, "req-19", "png", [(3, 4, 2)])
            third_ok = True
        except RuntimeError as exc:
            print("third request refused:", exc)
            third_ok = False
        gc.collect()
        print("after a full collection:", sorted(pool.leased))
    finally:
        gc.enable()

    if still_leased or not third_ok:
        print("renderers kept their buffer leases after going out of scope")
        print("BUG SHOWN")
    else:
        print("buffers recycled promptly")


if __name__ == "__main__":
    main()
