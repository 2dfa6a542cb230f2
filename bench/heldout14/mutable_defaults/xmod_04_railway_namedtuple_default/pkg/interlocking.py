"""Route building and conflict checks for the interlocking."""

from .models import Block, Route


def extend(route, block):
    route.blocks.append(block)
    return route


def build_route(name, entry, exit_, block_ids, lengths):
    route = Route(name, entry, exit_)
    for block_id in block_ids:
        extend(route, Block(block_id, lengths.get(block_id, 100)))
    return route


def conflicts(route_a, route_b):
    ids_a = {b.block_id for b in route_a.blocks}
    return sorted(ids_a.intersection(b.block_id for b in route_b.blocks))


class Interlocking:
    def __init__(self):
        self.set_routes = []

    def request(self, route):
        for other in self.set_routes:
            clash = conflicts(route, other)
            if clash:
                return False, clash
        self.set_routes.append(route._replace(locked=True))
        return True, []
