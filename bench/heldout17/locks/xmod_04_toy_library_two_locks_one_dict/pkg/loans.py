import threading

from . import inventory

_loan_lock = threading.Lock()


def lend(toy):
    with _loan_lock:
        on_shelf = inventory.SHELF[toy]
        inventory.settle()
        inventory.SHELF[toy] = on_shelf - 1
