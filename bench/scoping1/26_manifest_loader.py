"""Load package manifests for the release tool."""
import json
import sys
from pathlib import Path


class ManifestError(Exception):
    pass


def log_warning(message):
    print(f"[warn] {message}", file=sys.stderr)


def load_manifest(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, json.JSONDecodeError) as err:
        log_warning(f"could not read manifest at {path}")
    raise ManifestError(f"invalid manifest {path}: {err}")


def release_version(project_dir):
    manifest = load_manifest(Path(project_dir) / "release-manifest.json")
    return manifest.get("version", "0.0.0")


if __name__ == "__main__":
    print(release_version("/nonexistent/project"))
