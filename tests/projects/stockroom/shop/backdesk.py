import threading

_back_lock = threading.Lock()


def seat_walkin(room):
    with _back_lock:
        room.seated += 1
