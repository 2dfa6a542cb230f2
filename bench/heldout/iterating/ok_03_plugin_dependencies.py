"""Plugin loader that also pulls in each plugin's dependencies."""

CATALOG = {
    "auth": {"requires": ["crypto"]},
    "billing": {"requires": ["auth", "currency"]},
    "crypto": {"requires": []},
    "currency": {"requires": []},
}


class PluginLoader:
    def __init__(self, catalog, requested):
        self.catalog = catalog
        self.requested = set(requested)
        self.loaded = []

    def _resolve(self, name, queue):
        for dep in self.catalog[name]["requires"]:
            if dep not in self.requested:
                self.requested.add(dep)
                queue.append(dep)

    def _load(self, name, queue):
        if name in self.loaded:
            return
        self._resolve(name, queue)
        self.loaded.append(name)

    def load_all(self):
        queue = sorted(self.requested)
        while queue:
            self._load(queue.pop(0), queue)
        return self.loaded


if __name__ == "__main__":
    loader = PluginLoader(CATALOG, ["billing"])
    assert loader.load_all() == ["billing", "auth", "currency", "crypto"]
    assert loader.requested == set(CATALOG)
    print("OK")
