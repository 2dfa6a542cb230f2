"""Discover extra template directories for the static-site builder."""
import os
from pathlib import Path

DEFAULT_TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
_EXTRA = os.environ.get("SITEGEN_TEMPLATE_PATH", "")

TEMPLATE_DIRS = [DEFAULT_TEMPLATE_DIR]
for raw_dir in filter(None, _EXTRA.split(os.pathsep)):
    template_dir = Path(raw_dir).expanduser()
    TEMPLATE_DIRS.insert(0, template_dir)

PRIMARY_TEMPLATE_DIR = template_dir


def resolve_template(name):
    for directory in TEMPLATE_DIRS:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    return PRIMARY_TEMPLATE_DIR / name


if __name__ == "__main__":
    print("primary:", PRIMARY_TEMPLATE_DIR)
    print("index:", resolve_template("index.html"))
