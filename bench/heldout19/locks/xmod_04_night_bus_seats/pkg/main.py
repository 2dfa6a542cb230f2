import threading

from . import inventory
from .agent import TicketAgent


def agent_shift(name, route, queue, start):
    agent = TicketAgent(name)
    start.wait()
    for passenger in queue:
        agent.sell(route, passenger)


def main():
    route = "N29 Enfield"
    inventory.load(route, 10)
    start = threading.Barrier(5)
    agents = [
        threading.Thread(target=agent_shift,
                         args=(f"agent{i}", route, [f"p{i}-{j}" for j in range(6)], start))
        for i in range(5)
    ]
    for a in agents:
        a.start()
    for a in agents:
        a.join()
    print("tickets sold:", len(inventory.SOLD), "seats on bus: 10")
    print("seats left:", inventory.seats_left(route))
    if len(inventory.SOLD) > 10:
        print("BUG SHOWN")
    else:
        print("no overbooking")


if __name__ == "__main__":
    main()
