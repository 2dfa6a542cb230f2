import threading
import time

BLANKS = {"yale": 40, "ERA": 25, "chubb": 10}
_lock = threading.Lock()


def _supplier_confirm(kind, qty):
    time.sleep(0.0005)
    return f"{kind} x{qty}"


def restock(kind, qty):
    """Book a delivery of blanks into stock."""
    with _lock:
        on_hand = BLANKS[kind]
        note = _supplier_confirm(kind, qty)
        BLANKS[kind] = on_hand + qty
    return note


def level(kind):
    with _lock:
        return BLANKS[kind]
