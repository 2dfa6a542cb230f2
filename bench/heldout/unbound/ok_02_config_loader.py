"""Configuration loader that picks a parser from the file extension."""
import configparser
import json
import os
import tempfile


class UnsupportedFormat(ValueError):
    pass


def _parse_json(text):
    return json.loads(text)


def _parse_ini(text):
    cp = configparser.ConfigParser()
    cp.read_string(text)
    return {section: dict(cp[section]) for section in cp.sections()}


class ConfigLoader:
    parsers = {".json": _parse_json, ".ini": _parse_ini, ".cfg": _parse_ini}

    def __init__(self, search_dirs):
        self.search_dirs = list(search_dirs)
        self.loaded = {}

    def _locate(self, name):
        for directory in self.search_dirs:
            for candidate in sorted(os.listdir(directory)):
                if os.path.splitext(candidate)[0] == name:
                    return os.path.join(directory, candidate)
        raise FileNotFoundError(name)

    def load(self, name):
        path = self._locate(name)
        ext = os.path.splitext(path)[1].lower()
        if ext == ".json":
            parser = _parse_json
        elif ext in (".ini", ".cfg"):
            parser = _parse_ini
        else:
            raise UnsupportedFormat(f"no parser for {ext!r}")
        with open(path) as fh:
            text = fh.read()
        data = parser(text)
        self.loaded[name] = data
        return data


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "app.json"), "w") as fh:
            json.dump({"debug": True}, fh)
        with open(os.path.join(tmp, "db.ini"), "w") as fh:
            fh.write("[primary]\nhost = localhost\n")
        with open(os.path.join(tmp, "cache.toml"), "w") as fh:
            fh.write("ttl = 30\n")
        loader = ConfigLoader([tmp])
        assert loader.load("app") == {"debug": True}
        assert loader.load("db") == {"primary": {"host": "localhost"}}
        try:
            loader.load("cache")
        except UnsupportedFormat as exc:
            assert ".toml" in str(exc)
        else:
            raise AssertionError("toml config should be rejected")
        assert sorted(loader.loaded) == ["app", "db"]
    print("OK")
