import threading
import time

from . import inventory

_machine_lock = threading.Lock()
cut_log = []


def _run_cutter(code):
    time.sleep(0.0005)
    return code[::-1]


def cut_key(kind, code):
    """Cut one key, consuming a blank of the given kind."""
    with _machine_lock:
        blanks = inventory.BLANKS[kind]
        if blanks <= 0:
            raise LookupError(f"out of {kind} blanks")
        profile = _run_cutter(code)
        inventory.BLANKS[kind] = blanks - 1
        cut_log.append((kind, profile))
    return profile
