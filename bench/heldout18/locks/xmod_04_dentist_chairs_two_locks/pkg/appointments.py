import threading
import time

_booking_lock = threading.Lock()


def seat_appointment(surgery):
    with _booking_lock:
        visits = surgery.visits
        time.sleep(0)
        surgery.visits = visits + 1
        surgery.seated += 1


def finish_appointment(surgery):
    with _booking_lock:
        surgery.seated -= 1
