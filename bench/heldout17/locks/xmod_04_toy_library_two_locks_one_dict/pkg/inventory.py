import time

SHELF = {"wooden train set": 0, "marble run": 0}


def settle():
    """Give the barcode scanner a moment between read and write."""
    time.sleep(0)


def stock(toy, count):
    SHELF[toy] = count
