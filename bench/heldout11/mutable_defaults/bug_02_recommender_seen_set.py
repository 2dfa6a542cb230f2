from collections import Counter


class Catalog:
    def __init__(self, titles):
        self.titles = titles

    def by_genre(self, genre):
        return [t for t, g in self.titles.items() if genre in g]


class Recommender:
    def __init__(self, catalog, history, popularity):
        self.catalog = catalog
        self.history = history
        self.popularity = popularity

    def _favourite_genres(self, user):
        counts = Counter(g for t in self.history.get(user, ()) for g in self.catalog.titles[t])
        return [g for g, _ in counts.most_common(2)]

    def _rank(self, user, exclude):
        picks = []
        for genre in self._favourite_genres(user):
            candidates = sorted(self.catalog.by_genre(genre),
                                key=lambda t: -self.popularity.get(t, 0))
            for title in candidates:
                if title in exclude:
                    continue
                picks.append(title)
                exclude.add(title)
        return picks

    def recommend(self, user, limit=3, exclude=set()):
        exclude.update(self.history.get(user, ()))
        return self._rank(user, exclude)[:limit]


if __name__ == "__main__":
    catalog = Catalog({
        "Alien": ("scifi", "horror"),
        "Arrival": ("scifi",),
        "Dune": ("scifi",),
        "Heat": ("crime",),
        "Se7en": ("crime", "horror"),
        "Solaris": ("scifi",),
    })
    history = {"ana": ["Alien"], "ben": ["Heat", "Arrival"]}
    popularity = {"Dune": 90, "Arrival": 80, "Solaris": 40, "Se7en": 70, "Heat": 60}
    engine = Recommender(catalog, history, popularity)

    assert engine.recommend("ana") == ["Dune", "Arrival", "Solaris"]
    ben = engine.recommend("ben")
    assert "Dune" not in ben and "Se7en" not in ben, ben
    assert ben == [], ben
    print("BUG SHOWN")
