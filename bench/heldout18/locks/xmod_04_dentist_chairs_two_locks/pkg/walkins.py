import threading
import time

_walkin_lock = threading.Lock()


def seat_walkin(surgery):
    with _walkin_lock:
        visits = surgery.visits
        time.sleep(0)
        surgery.seated += 1
        surgery.visits = visits + 1


def discharge_walkin(surgery):
    with _walkin_lock:
        surgery.seated -= 1
