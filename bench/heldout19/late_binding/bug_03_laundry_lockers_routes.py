"""Command routing for a laundry locker bank's keypad firmware."""

import functools


class Router:
    def __init__(self):
        self.routes = {}

    def route(self, code):
        def decorate(func):
            @functools.wraps(func)
            def handler(bank):
                return func(bank)
            self.routes[code] = handler
            return handler
        return decorate

    def dispatch(self, code, bank):
        return self.routes[code](bank)


class LockerBank:
    def __init__(self, size):
        self.doors = {n: "closed" for n in range(1, size + 1)}

    def open(self, number):
        self.doors[number] = "open"
        return number


router = Router()

for locker_no in range(1, 5):
    @router.route(f"*{locker_no}#")
    def open_locker(bank):
        return bank.open(locker_no)


def main():
    bank = LockerBank(4)
    opened = router.dispatch("*2#", bank)
    print("keyed *2#, opened locker", opened)
    print("doors:", bank.doors)
    if bank.doors[2] != "open":
        print("BUG SHOWN")
    else:
        print("routing correct")


if __name__ == "__main__":
    main()
