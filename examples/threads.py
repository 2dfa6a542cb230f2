"""Threads and locks: a shared counter updated without the lock that exists
for it. (Rules SNG501-SNG512.)
"""
import threading

counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(100_000):
        counter += 1  # read-modify-write on several threads, lock never taken


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
