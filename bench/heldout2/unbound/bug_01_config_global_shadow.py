DEFAULT_TIMEOUT = 30
DEFAULT_RETRIES = 3
ENV_PREFIX = "APP_"


def _read_env(environ, key):
    return environ.get(ENV_PREFIX + key.upper())


class ConfigLoader:
    def __init__(self, environ):
        self.environ = environ
        self.values = {}

    def load(self, overrides=None):
        overrides = overrides or {}
        self.values["retries"] = self._retries()
        self.values["timeout"] = self._timeout(overrides)
        return self.values

    def _retries(self):
        raw = _read_env(self.environ, "retries")
        return int(raw) if raw is not None else DEFAULT_RETRIES

    def _timeout(self, overrides):
        raw = _read_env(self.environ, "timeout")
        if raw is not None:
            return int(raw)
        timeout = DEFAULT_TIMEOUT
        if "timeout" in overrides:
            DEFAULT_TIMEOUT = int(overrides["timeout"])
            timeout = DEFAULT_TIMEOUT
        return timeout


def main():
    loader = ConfigLoader({"APP_TIMEOUT": "5"})
    assert loader.load()["timeout"] == 5
    loader = ConfigLoader({"APP_RETRIES": "7"})
    try:
        loader.load()
    except UnboundLocalError as exc:
        assert "DEFAULT_TIMEOUT" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("expected UnboundLocalError")


if __name__ == "__main__":
    main()
