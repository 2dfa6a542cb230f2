"""Symphony ticketing: held seats release themselves when their hold expires."""


class Seat:
    def __init__(self, row, number, hold_until):
        self.row = row
        self.number = number
        self.hold_until = hold_until
        self.owner = None

    @property
    def label(self):
        return f"{self.row}{self.number}"

    def expire(self, now):
        if now >= self.hold_until:
            self.owner.release(self)
            return True
        return False


class HoldList:
    def __init__(self, concert):
        self.concert = concert
        self.held = []
        self.released = []

    def hold(self, seat):
        seat.owner = self
        self.held.append(seat)

    def release(self, seat):
        self.held.remove(seat)
        self.released.append(seat.label)

    def tick(self, now):
        for seat in self.held:
            seat.expire(now)


def main():
    holds = HoldList("Mahler 5")
    for n in range(1, 7):
        holds.hold(Seat("K", n, hold_until=10))
    holds.hold(Seat("L", 1, hold_until=99))
    holds.tick(now=15)
    still_held = [s.label for s in holds.held]
    print("still held after expiry:", still_held)
    if still_held != ["L1"]:
        print("BUG SHOWN")
        return
    print("OK")


if __name__ == "__main__":
    main()
