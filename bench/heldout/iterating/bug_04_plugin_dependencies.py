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

    def _resolve(self, name):
        for dep in self.catalog[name]["requires"]:
            if dep not in self.requested:
                self.requested.add(dep)

    def _load(self, name):
        if name in self.loaded:
            return
        self._resolve(name)
        self.loaded.append(name)

    def load_all(self):
        for name in self.requested:
            self._load(name)
        return self.loaded


if __name__ == "__main__":
    loader = PluginLoader(CATALOG, ["billing"])
    try:
        loader.load_all()
    except RuntimeError as exc:
        assert "Set changed size during iteration" in str(exc)
    else:
        raise AssertionError("load_all unexpectedly finished")
    assert loader.loaded == ["billing"]
    print("BUG SHOWN")
