"""Seats changed through the object every desk is handed, each desk under its own lock."""
import threading

_front_lock = threading.Lock()


def seat(room, checkpoint):
    with _front_lock:
        seated = room.seated
        checkpoint()
        room.seated = seated + 1
