import threading

from . import inventory

_return_lock = threading.Lock()


def give_back(toy):
    with _return_lock:
        on_shelf = inventory.SHELF[toy]
        inventory.settle()
        inventory.SHELF[toy] = on_shelf + 1
