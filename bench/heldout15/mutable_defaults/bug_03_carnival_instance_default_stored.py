"""Ride queue management for a travelling carnival."""

import itertools

_ticket_numbers = itertools.count(1000)


class RideQueue:
    def __init__(self, capacity=40):
        self.capacity = capacity
        self.waiting = []

    def join(self, rider):
        if len(self.waiting) >= self.capacity:
            raise OverflowError("queue full")
        ticket = next(_ticket_numbers)
        self.waiting.append((ticket, rider))
        return ticket

    def board(self, seats):
        boarding, self.waiting = self.waiting[:seats], self.waiting[seats:]
        return [rider for _, rider in boarding]

    def __len__(self):
        return len(self.waiting)


class Ride:
    def __init__(self, name, seats, min_height_cm, queue=RideQueue()):
        self.name = name
        self.seats = seats
        self.min_height_cm = min_height_cm
        self.queue = queue
        self.cycles = 0

    def admit(self, rider, height_cm):
        if height_cm < self.min_height_cm:
            return None
        return self.queue.join(rider)

    def run_cycle(self):
        self.cycles += 1
        return self.queue.board(self.seats)


class Midway:
    def __init__(self):
        self.rides = {}

    def build(self, name, seats, min_height_cm):
        self.rides[name] = Ride(name, seats, min_height_cm)
        return self.rides[name]

    def status(self):
        return {name: len(ride.queue) for name, ride in self.rides.items()}


def main():
    midway = Midway()
    waltzer = midway.build("Waltzer", seats=4, min_height_cm=120)
    teacups = midway.build("Teacups", seats=6, min_height_cm=90)

    waltzer.admit("Ada", 150)
    waltzer.admit("Ben", 135)
    teacups.admit("Cleo", 100)
    waltzer.admit("Dot", 110)

    print("queues:", midway.status())
    first_teacups = teacups.run_cycle()
    print("teacups boarded:", first_teacups)
    if first_teacups != ["Cleo"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
