"""A small pool of render surfaces shared by open diagrams."""


class SurfacePool:
    def __init__(self, size):
        self.free = [f"surface-{i}" for i in range(size)]
        self.in_use = set()

    def acquire(self):
        surface = self.free.pop()
        self.in_use.add(surface)
        return surface

    def release(self, surface):
        self.in_use.discard(surface)
        self.free.append(surface)


POOL = SurfacePool(4)
