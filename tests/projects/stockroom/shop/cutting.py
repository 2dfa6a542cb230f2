import threading

from . import inventory

_machine_lock = threading.Lock()


def cut_key(kind, checkpoint):
    with _machine_lock:
        blanks = inventory.BLANKS[kind]
        checkpoint()
        inventory.BLANKS[kind] = blanks - 1  # expect: SNG501


def cut_key_safely(kind):
    with inventory._lock:
        inventory.BLANKS[kind] -= 1


def label(kind):
    with _machine_lock:
        inventory.BLANKS[kind + "-label"] = 0
