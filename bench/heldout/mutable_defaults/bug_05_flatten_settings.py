"""Settings object built from nested configuration dictionaries."""


def flatten(cfg, prefix="", out={}):
    for key, value in cfg.items():
        dotted = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            flatten(value, dotted, out)
        else:
            out[dotted] = value
    return out


class Settings:
    def __init__(self, values):
        self._values = values

    @classmethod
    def from_dict(cls, cfg):
        return cls(flatten(cfg))

    def get(self, dotted, default=None):
        return self._values.get(dotted, default)

    def keys(self):
        return sorted(self._values)


if __name__ == "__main__":
    web = Settings.from_dict({"server": {"host": "0.0.0.0", "port": 8080},
                              "debug": False})
    assert web.get("server.port") == 8080

    worker = Settings.from_dict({"queue": {"url": "redis://localhost"}})
    assert worker.get("queue.url") == "redis://localhost"
    assert worker.get("server.port") == 8080
    assert "debug" in worker.keys()
    assert web.get("queue.url") == "redis://localhost"
    print("BUG SHOWN")
