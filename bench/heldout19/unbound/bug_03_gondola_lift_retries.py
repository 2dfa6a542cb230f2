"""Cabin dispatch for a gondola lift, with retries on the door controller."""

import itertools


class DoorTimeout(Exception):
    pass


class DispatchError(Exception):
    pass


class DoorController:
    def __init__(self, failures):
        self._failures = itertools.chain(failures, itertools.repeat(False))

    def close(self, cabin):
        if next(self._failures):
            raise DoorTimeout(f"cabin {cabin} door did not latch")
        return True


def with_retries(action, attempts):
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except DoorTimeout as error:
            print(f"  attempt {attempt} failed")
    raise DispatchError(f"gave up after {attempts} attempts") from error


class Station:
    def __init__(self, controller):
        self.controller = controller
        self.dispatched = []

    def dispatch(self, cabin):
        with_retries(lambda: self.controller.close(cabin), attempts=3)
        self.dispatched.append(cabin)


def main():
    station = Station(DoorController([True, False, True, True, True]))
    station.dispatch(1)
    print("dispatched:", station.dispatched)
    try:
        station.dispatch(2)
    except DispatchError as exc:
        print("dispatch refused:", exc)
    except UnboundLocalError as exc:
        print("dispatch crashed:", exc)
        print("BUG SHOWN")
        return
    print("done")


if __name__ == "__main__":
    main()
