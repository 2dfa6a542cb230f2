import threading

from . import inventory

_loan_lock = threading.Lock()


def lend(toy, checkpoint):
    with _loan_lock:
        on_shelf = inventory.TOYS[toy]
        checkpoint()
        inventory.TOYS[toy] = on_shelf - 1
