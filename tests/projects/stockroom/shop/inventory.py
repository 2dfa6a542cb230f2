import threading

BLANKS = {"yale": 40}
_lock = threading.Lock()


def restock(kind, qty, checkpoint):
    with _lock:
        on_hand = BLANKS[kind]
        checkpoint()
        BLANKS[kind] = on_hand + qty


def level(kind):
    with _lock:
        return BLANKS[kind]


TOYS = {"train": 10}


COLD = {"salmon": 0}


def current(product):
    return COLD[product]


def put(product, kilos):
    COLD[product] = kilos
