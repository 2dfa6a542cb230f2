"""Cross-platform locations for the sync client's state files."""
import os
import sys
from pathlib import Path

APP_NAME = "tidesync"

if sys.platform == "win32":
    STATE_DIR = Path(os.environ.get("LOCALAPPDATA", "C:/Users/Default/AppData/Local")) / APP_NAME
elif sys.platform == "darwin":
    STATE_DIR = Path.home() / "Library" / "Application Support" / APP_NAME

DB_PATH = STATE_DIR / "state.sqlite3"
LOCK_PATH = STATE_DIR / "sync.lock"
LOG_PATH = STATE_DIR / "logs" / "sync.log"


def describe_paths():
    return {
        "database": str(DB_PATH),
        "lock": str(LOCK_PATH),
        "log": str(LOG_PATH),
    }


if __name__ == "__main__":
    for label, location in describe_paths().items():
        print(f"{label:>9}: {location}")
