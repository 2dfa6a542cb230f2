from .base import FlagProvider


class EnvironmentProvider(FlagProvider):
    name = "env"

    def __init__(self, environ):
        super().__init__()
        self.environ = environ

    def fetch(self, flag):
        raw = self.environ.get("FLAG_" + flag.upper().replace("-", "_"))
        if raw is None:
            return None
        return raw.lower() in ("1", "true", "on")


class RemoteProvider(FlagProvider):
    name = "remote"

    def __init__(self, snapshot):
        super().__init__()
        self.snapshot = dict(snapshot)

    def fetch(self, flag):
        return self.snapshot.get(flag)
