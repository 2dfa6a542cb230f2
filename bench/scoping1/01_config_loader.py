"""Layered configuration loader for the deployment toolkit."""
import json
import os
from pathlib import Path

DEFAULTS = {
    "log_level": "INFO",
    "workers": 4,
    "cache_dir": "~/.cache/deploykit",
}

CONFIG_SEARCH_PATH = [
    Path("/etc/deploykit/config.json"),
    Path.home() / ".config" / "deploykit.json",
]


def _merge(base, override):
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


ACTIVE_CONFIG = load_layered_config(CONFIG_SEARCH_PATH)


def load_layered_config(paths):
    config = dict(DEFAULTS)
    for path in paths:
        if path.is_file():
            with path.open() as handle:
                config = _merge(config, json.load(handle))
    env_level = os.environ.get("DEPLOYKIT_LOG_LEVEL")
    if env_level:
        config["log_level"] = env_level
    return config


if __name__ == "__main__":
    print(json.dumps(ACTIVE_CONFIG, indent=2))
