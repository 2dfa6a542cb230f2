import threading

from . import inventory

_return_lock = threading.Lock()


def give_back(toy, checkpoint):
    with _return_lock:
        inventory.TOYS[toy] += 1
        checkpoint()
