from functools import partial


class Kitchen:
    def __init__(self):
        self.fired = []

    def fire(self, table, course, dishes):
        self.fired.append((table, course, tuple(dishes)))


class Ticket:
    def __init__(self, table, courses):
        self.table = table
        self.courses = courses
        self._pending = []

    def schedule(self, kitchen):
        self._pending = [
            partial(kitchen.fire, self.table, course, dishes)
            for course, dishes in self.courses.items()
        ]

    def next_course(self):
        if not self._pending:
            return False
        self._pending.pop(0)()
        return True


class Expo:
    def __init__(self, kitchen):
        self.kitchen = kitchen
        self.tickets = []

    def accept(self, ticket):
        ticket.schedule(self.kitchen)
        self.tickets.append(ticket)

    def call_all(self):
        while any(t.next_course() for t in self.tickets):
            pass


def main():
    kitchen = Kitchen()
    expo = Expo(kitchen)
    expo.accept(Ticket(12, {"starter": ["burrata"], "main": ["risotto", "sea bass"],
                            "dessert": ["tiramisu"]}))
    expo.call_all()
    assert [c for _, c, _ in kitchen.fired] == ["starter", "main", "dessert"], kitchen.fired
    assert kitchen.fired[1][2] == ("risotto", "sea bass")
    print("OK")


if __name__ == "__main__":
    main()
