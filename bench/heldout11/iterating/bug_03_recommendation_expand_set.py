class SimilarityGraph:
    def __init__(self, edges):
        self._adj = {}
        for a, b, score in edges:
            self._adj.setdefault(a, []).append((b, score))
            self._adj.setdefault(b, []).append((a, score))

    def neighbours(self, item, min_score):
        return [n for n, s in self._adj.get(item, ()) if s >= min_score]


class CandidateExpander:
    def __init__(self, graph, blocked=(), min_score=0.6):
        self.graph = graph
        self.blocked = set(blocked)
        self.min_score = min_score

    def _admit(self, pool, item):
        if item not in self.blocked:
            pool.add(item)

    def _grow(self, pool):
        for item in pool:
            for neighbour in self.graph.neighbours(item, self.min_score):
                self._admit(pool, neighbour)

    def expand(self, seeds, rounds=2):
        pool = set(seeds)
        for _ in range(rounds):
            self._grow(pool)
        return sorted(pool - set(seeds))


if __name__ == "__main__":
    graph = SimilarityGraph([
        ("espresso-machine", "grinder", 0.9),
        ("grinder", "scale", 0.7),
        ("espresso-machine", "milk-jug", 0.8),
        ("espresso-machine", "toaster", 0.3),
    ])
    expander = CandidateExpander(graph, blocked={"toaster"})
    assert expander.expand({"scale"}, rounds=0) == []
    try:
        expander.expand({"espresso-machine"})
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc), exc
        print("BUG SHOWN")
    else:
        raise AssertionError("expansion unexpectedly completed")
