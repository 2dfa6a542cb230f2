"""Threads that each make their own agent, and desks sharing one room."""
import threading

from .agent import Agent
from .backdesk import seat_walkin
from .counter import seat
from .smoker import Smoker


def shift(kind, checkpoint):
    agent = Agent(checkpoint)
    agent.sell(kind)  # expect: SNG501


def run_shifts(kind, barrier):
    workers = [threading.Thread(target=shift, args=(kind, barrier.wait)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


class Room:
    def __init__(self):
        self.seated = 0


def front(room, read_done, seated):
    seat(room, lambda: (read_done.wait(), seated.wait()))  # expect: SNG501


def back(room, read_done, seated):
    read_done.wait()
    seat_walkin(room)
    seated.wait()


def run_desks(room, read_done, seated):
    workers = [threading.Thread(target=front, args=(room, read_done, seated)),
               threading.Thread(target=back, args=(room, read_done, seated))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def kiln(checkpoint):
    smoker = Smoker(checkpoint)
    smoker.unload("salmon", 5)  # expect: SNG501


def run_kilns(barrier):
    workers = [threading.Thread(target=kiln, args=(barrier.wait,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
